"""Last checks on every person, whoever found it (the model or a rule): is it a name at all?

Why: the model and the cue rules see a capitalised word in a name's place, but Dutch support
text is full of capitalised things that are no one: a heading or field label made of ordinary
words ("Klantgegevens", "Levertijden En Bereikbaarheid", "Serial Number"), a shop
speaking in a chat ("[14:05] Bakkerij Smulders:", "Bloemenwinkel Anemoon"), a town ("gevestigd te
Apeldoorn"), a product named with its version ("Planvox 7.2", "Virusvrij 365 Premium"). Each
check below asks the knowledge the word-list step stored in the document
(``pipelines.wordlist_tags``: OpenTaal's ordinary words and their compounds, simplemma's
words of six other languages, GeoNames' towns, all minus Faker's first names and surnames),
not a list of strings seen in some text:

1. **ordinary words**: every word of the person is an ordinary word (OpenTaal's, or a compound
   of them), and either there are several, or the one word is long, or it is typed in
   lowercase ("werknemer", "kantoorteam") and no first name;
2. **another language**: words of another language only, several of them ("Target Account
   Name Field"), or one that opens an English sentence ("Invoice attached below", not "Bush zei")
   or follows another foreign word ("open Tuesday through Friday");
3. **a shop's or thing's name**: a chat speaker that starts with, or follows, a capitalised
   ordinary noun that is no title, relation or role ("[14:05] Yogastudio Oost:", "Bloemenwinkel
   Anemoon:", but "Tante Ria:" and "Dokter Jansen:" stay); or an ordinary noun with "van"
   ("Dockingstation van Merkx"). In running text a capitalised word before a name is as often
   a title ("Minister", "Trendwatcher") as a shop's first word, so it is left alone;
4. **a place**: the person is exactly a town of 15,000 or more inhabitants, no title stands
   before it, and it is no surname of a full name in the same text ("Jan Assen ... Assen
   belde");
5. **a product's version**: a version or model code follows ("Roosterkoning 3.1", "Zonnestraal
   Max 410 W") or the person follows a product's number ("Virusvrij 365 Premium");
6. **a brand's shape**: a capital inside a word that no surname prefix explains ("HelderBackup",
   but "McAllister", "DeShawn"), or a capitalised article before lowercase words ("De
   metformine");
7. **a date word**: an English weekday ("Tue"), or a month beside a number ("Mar 5").

Words of a person found with initials or a title ("mevrouw Apeldoorn") are left alone: the
cue outweighs the word's kind.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.tokens import Doc, Span, Token

from pipelines.language import detect_language
from pipelines.names import PARTICLES
from pipelines.names.companies import is_company_token, is_shop_head
from pipelines.names.first_names import (
    first_names,
    lowercase_first_names,
    lowercase_person_names,
    person_names,
)
from pipelines.names.wordlists import word_set
from pipelines.products import is_product
from pipelines.recognizers.address import STREET_SUFFIXES
from pipelines.recognizers.organization import _LEGAL_FORM
from pipelines.wordlist_tags import COMPOUND_KEY, FOREIGN_KEY, PLACE_KEY

#: a company written with its legal form: up to four capitalised words (particles between)
_COMPANY_WITH_LEGAL_FORM = re.compile(
    r"(?<![\w&])(?P<core>[^\W\d_][\w&'’-]*(?:[ \t]+(?:(?:van|de|der|den|het|ter|ten)[ \t]+)*"
    r"[^\W\d_][\w&'’-]*){0,3})[ \t,]+" + _LEGAL_FORM + r"(?![\w])"
)
_COMPANIES_KEY = "privacywacht.text_companies"
_NAMED_THING_HEADS = word_set("named_thing_heads")
_NAMED_THING_BEFORE = word_set("named_thing_before")
_NAMED_THING_HEADS_APART = word_set("named_thing_heads_apart")
#: articles and possessives: people are not "mijn Toon" or "de Billy"
_DETERMINERS = word_set("determiners")
#: what joins the items of a list
_LIST_JOINERS = frozenset({"en", "of", ",", "&", "and", "or", "/"})
#: one initial: a letter and its full stop ("M.")
_IS_INITIAL = re.compile(r"^[^\W\d_]\.$")
#: a capitalised ordinary word alone is dropped only from this many letters on: shorter ones
#: are as often a name missing from the list ("Lieven")
LONG_WORD = 8
#: a version ("5.3", "4.6.1"), not a date ("12.03.2025")
_VERSION = re.compile(r"^v?\d{1,3}(?:\.\d{1,3}){1,3}$")
#: a model code: letters and digits mixed ("23H2", "28c", "WD19"), not a postcode ("3512ab"),
#: a count ("2x") or an ordinal ("3e", "2nd")
_MODEL_CODE = re.compile(r"^(?=[A-Za-z0-9/-]*\d)(?=[A-Za-z0-9/-]*[A-Za-z])[A-Za-z0-9/-]{2,10}$")
_NOT_A_CODE = re.compile(r"^(?:\d{4}[a-zA-Z]{2}|\d+(?:x|e|de|ste|st|nd|rd|th)|\d+[-/]\d+.*)$")
_SMALL_NUMBER = re.compile(r"^\d{1,3}$")
#: three letters in a row: a word, not a time stamp or a bracket
_WORDISH = re.compile(r"[^\W\d_]{3,}")
#: tokens of a sentence looked at for its language
_SENTENCE_TOKENS = 40
_WEEKDAYS = frozenset(calendar.day_name) | frozenset(calendar.day_abbr)
_MONTHS = (frozenset(calendar.month_name) | frozenset(calendar.month_abbr)) - {""}
#: titles after which a word is a surname, whatever else it is
_TITLE_WORDS = word_set("titles_before_surname")
#: a capital inside a word after a lowercase letter: "HelderBackup"; group 1 is the prefix
_INNER_CAPITAL = re.compile(r"^([A-Z][a-z]+)[A-Z][a-z]")
#: prefixes of surnames and first names written with an inner capital
_NAME_PREFIXES = word_set("inner_capital_prefixes")
#: a saint's name with a hyphen names a place, never a person
_SAINT = re.compile(r"^(?:Sint|St\.?|Saint|Sainte|Sankt|Sant|Santa|Santo|São)-\w")


#: the local parts and names of shared mailboxes ("sales", "planning", "klantenservice")
_SHARED_MAILBOXES = word_set("shared_mailboxes")
#: greetings, thanks and closings: the one word after them is the person ("Gr Gonda")
_GREETING_WORDS = word_set("greeting_words")

#: words that address or describe a person right before the name ("Tante Ria", "Dokter Jansen")
ADDRESS_WORDS = word_set("address_words")


def _is_name_word(token: Token) -> bool:
    """Known as a first name or surname (Faker) or as a proper name (OpenTaal DC/DB)."""
    return token.tag_ in ("DC", "DB") or token.lower_ in lowercase_person_names()


def is_ordinary(token: Token) -> bool:
    """An ordinary Dutch word (OpenTaal) or a compound of them, and nobody's name."""
    doc = token.doc
    ordinary = token.tag_ == "DL" or token.i in doc.user_data.get(COMPOUND_KEY, ())
    return ordinary and not (token.is_lower and token.lower_ in lowercase_first_names())


def _is_foreign(token: Token) -> bool:
    return token.i in token.doc.user_data.get(FOREIGN_KEY, ()) and token.tag_ not in ("DC", "DB")


def _name_words(span: Span) -> list[Token]:
    return [t for t in span if any(c.isalpha() for c in t.text) and t.lower_ not in PARTICLES]


def _opens_sentence(token: Token) -> bool:
    """First word of a line or a sentence (after . ! ? : or a bullet)."""
    i = token.i
    if i == 0 or token.is_sent_start:
        return True
    before = token.doc[i - 1]
    return "\n" in before.text_with_ws or before.text in (".", "!", "?", ":", "-", "•", "*")


def _speaker_label(doc: Doc, span: Span) -> bool:
    """The span ends a chat speaker's label: a colon follows, and before it on its line stand
    only a time stamp, brackets or a dash ("[14:05] Bakkerij Smulders:")."""
    if span.end >= len(doc) or doc[span.end].text != ":":
        return False
    i = span.start - 1
    while i >= 0 and "\n" not in doc[i].text_with_ws:
        if _WORDISH.search(doc[i].text) and doc[i].text not in ("AM", "PM"):
            return False
        i -= 1
    return True


def _after_a_title(span: Span) -> bool:
    """A title or form of address right before the person ("mw.", "meneer", "Herr")."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.text == "." and span.start >= 2:
        before = span.doc[span.start - 2]  # "mw ." as two tokens
    return before.lower_.rstrip(".") in _TITLE_WORDS


def _ordinary_words(span: Span) -> bool:
    words = _name_words(span)
    if not words or not all(is_ordinary(t) for t in words):
        return False
    if len(words) > 1:
        return True
    word = words[0]
    with_particle = len(span) > 1 and not _is_name_word(word)  # "De Klant", not "de Vos"
    return word.is_lower or len(word) >= LONG_WORD or with_particle or _an_exclamation(word)


def _initial_and_a_word(span: Span) -> bool:
    """One initial and one ordinary word that no locale knows as a surname: a sentence ending
    on a letter and the next one opening ("maat L of M. Kan ik ruilen?", "rijbewijs B.
    Solliciteren?"), not "J. Bakker" (a Faker surname)."""
    if len(span) != 2 or not _IS_INITIAL.match(span[0].text):
        return False
    word = span[1]
    return is_ordinary(word) and word.text not in person_names()


def _company_of_the_text(span: Span) -> bool:
    """The name of a company the same text introduces with its legal form, repeated without
    it: "Brinkman Logistiek B.V." … "Brinkman is aansprakelijk"; the part before the ordinary
    words that say what the company does counts as its name ("Brinkman" of "Brinkman
    Logistiek")."""
    words = [t.text for t in span if t.is_alpha and len(t) > 1 and t.lower_ not in PARTICLES]
    return bool(words) and " ".join(words).casefold() in _text_companies(span.doc)


def _text_companies(doc: Doc) -> frozenset[str]:
    """The names of the companies that ``doc`` writes with a legal form (cached on the doc)."""
    cached = doc.user_data.get(_COMPANIES_KEY)
    if cached is not None:
        return cached
    names: set[str] = set()
    for match in _COMPANY_WITH_LEGAL_FORM.finditer(doc.text):
        core = doc.char_span(*match.span("core"), alignment_mode="contract")
        words = [t for t in core or () if t.is_alpha and t.lower_ not in PARTICLES]
        if not words:
            continue
        names.add(" ".join(t.text for t in words).casefold())
        for cut in range(1, len(words)):
            if all(is_ordinary(t) for t in words[cut:]):
                names.add(" ".join(t.text for t in words[:cut]).casefold())
                break
    names |= _companies_by_trade_word(doc)
    doc.user_data[_COMPANIES_KEY] = frozen = frozenset(names)
    return frozen


def _companies_by_trade_word(doc: Doc) -> set[str]:
    """Names the text joins to a capitalised trade word, before or after it: "Sportcentrum
    De Kraai", "Hofstede Installatietechniek". A firm called after its owner is written so
    through its own documents, and then shortened to the name alone ("Hofstede is
    aansprakelijk"). Not a first name ("Kapsalon Ria": Ria may well be the owner speaking), and
    not a surname the text also gives a person ("Karel Hofstede")."""
    names: set[str] = set()
    tokens = list(doc)
    for i, token in enumerate(tokens):
        if not (token.is_title and token.is_alpha and is_company_token(token.text)):
            continue
        after = _capitalised_run(tokens, i + 1, 1)
        before = _capitalised_run(tokens, i - 1, -1)
        for run in (after, before):
            if run and not is_company_token(run[-1].text if run is after else run[0].text):
                words = [t.text for t in run if t.lower_ not in PARTICLES]
                if len(words) == len(run) == 1 and words[0] in first_names():
                    continue  # "Kapsalon Ria", but "Sportcentrum De Wolf"
                names.add(" ".join(words).casefold())
    people = {
        doc[t.i + 1].text.casefold()
        for t in tokens[:-1]
        if t.is_title and t.text in first_names() and doc[t.i + 1].is_title
    }
    return {name for name in names if name and name.split()[-1] not in people}


def _capitalised_run(tokens: list[Token], start: int, step: int) -> list[Token]:
    """Up to two capitalised words (and the particles between them) from ``start`` on, in
    reading order; empty when the first is not capitalised or the line ends."""
    run: list[Token] = []
    i = start
    capitals = 0
    while 0 <= i < len(tokens) and capitals < 2:
        token = tokens[i]
        if token.is_title and token.is_alpha and not (token.is_sent_start and is_ordinary(token)):
            run.append(token)
            capitals += 1
        elif run and token.lower_ in PARTICLES and token.is_alpha:
            run.append(token)
        else:
            break
        i += step
    while run and run[-1].lower_ in PARTICLES:
        run.pop()
    return run if step > 0 else run[::-1]


def _named_thing(span: Span) -> bool:
    """A street, room, prize, event or institution named after a person: the name ends in
    its head ("Schaepmanstraat", "Van Goghzaal"), the head follows ("… McDonald Huis") or
    the kind of thing stands before it ("zaal Kamerlingh Onnes", "treinstel 'Rembrandt'")."""
    words = _name_words(span)
    if not words:
        return False
    if _ends_in_a_thing(words):
        return True
    if words[0].lower_.split("-")[0] in _NAMED_THING_BEFORE and "-" in words[0].text:
        return True  # "Ruimte-Van Ostade", "Zaal-De Linde": the room is named so
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_title and after.lower_ in _NAMED_THING_HEADS_APART:
        return True
    before = span.start - 1
    quoted = False
    while before >= 0 and doc[before].is_punct and doc[before].text in "'‘’\"“”":
        before -= 1
        quoted = True
    # "Vergaderzaal Van Ostade", "Ruimte-Van Ostade": the room's word before the particle
    while before >= 0 and doc[before].lower_ in PARTICLES:
        before -= 1
    if before < 0:
        return False
    word = doc[before]
    if any(part in _NAMED_THING_BEFORE for part in word.lower_.split("-")):
        return True
    # "Versie 4.3 'Jacobus'": a release's name in quotes after its number
    return quoted and _VERSION.fullmatch(word.text) is not None


def _ends_in_a_thing(words: list[Token]) -> bool:
    """The last word is a named thing's head, glued ("Schaepmanstraat") or, after a name,
    apart ("Tante Truus Toernooi")."""
    last = words[-1].lower_
    before = words[-1].nbor(-1) if words[-1].i > 0 else None
    if (
        len(words) > 1
        and last in _NAMED_THING_HEADS_APART
        and before is not None
        and before.lower_ not in PARTICLES
    ):
        return True  # not "H.J. van 't Zand": after a particle, the head is a surname
    glued = any(last.endswith(h) and len(last) >= len(h) + 3 for h in _NAMED_THING_HEADS)
    return glued and last not in lowercase_person_names()


def _a_product(span: Span) -> bool:
    """A product, app, shop or brand of the lists (``pipelines.products``): one that is no
    one's name in any locale wherever it stands ("Beste Blokker", "Sentry"), one that is also a
    name only with an article or possessive before it ("mijn Toon", "de Billy")."""
    value = span.text
    if is_product(value):
        return True
    words = _name_words(span)
    first = words[0] if words else None
    if len(words) > 1 and first.is_title and first.is_alpha and is_product(first.text):
        return True  # "Minecraft Bedrock", "Spotify Connect": a product's edition or feature
    if span.start > 0 and _MODEL_CODE.match(span.doc[span.start - 1].text):
        return True  # "Huawei P30 Lite", "Galaxy S24 Ultra": what follows a model code
    if not is_product(value, include_name_like=True) or span.start == 0:
        return False
    return span.doc[span.start - 1].lower_ in _DETERMINERS


def _brand_named_like_a_surname(span: Span, surnames: frozenset[str] = frozenset()) -> bool:
    """One word that is a listed brand or product and, in every locale Faker knows, a surname
    but never a first name ("de hakmolen van Bosch", "moet ik naar Braun zelf?"): a person
    is not named by a bare surname unless the text gives the full name ("Petra Bosch ...
    Bosch belde") or a title before it, which :func:`why_not_a_person` checks first."""
    if len(span) != 1 or span.text in surnames:
        return False
    word = span[0].text
    return is_product(word, include_name_like=True) and word not in first_names()


def _listed_with_products(span: Span) -> bool:
    """A word in a list of products ("Strava en Komoot", "Bosch, Siemens en Miele"): what is
    listed with apps and brands is an app or brand, not a person."""
    doc = span.doc
    for joiner, product in ((span.start - 1, span.start - 2), (span.end, span.end + 1)):
        if not (0 <= joiner < len(doc) and 0 <= product < len(doc)):
            continue
        if doc[joiner].lower_ not in _LIST_JOINERS and not _a_switch(span, joiner):
            continue
        neighbour = doc[product]
        pair = (
            doc[product - 1 : product + 1] if product < span.start else doc[product : product + 2]
        )
        if not (neighbour.text[:1].isupper() and len(neighbour) >= 3):
            continue  # not "LG, Anke" or "Gracias por todo, Lucía": a closing, not a list
        if is_product(neighbour.text) or (len(pair) == 2 and is_product(pair.text)):
            return True
    return False


def _a_switch(span: Span, joiner: int) -> bool:
    """A move "van X naar Y", X or Y the span, the span a product that is also a name: a move from
    one provider, app or device to another ("overstappen van Mona naar Lebara", with Mona a
    listed provider), so both are of one kind."""
    doc = span.doc
    if doc[joiner].lower_ != "naar" or not is_product(span.text, include_name_like=True):
        return False  # "het pakket ging van Jeroen naar Ziggo": Jeroen is no provider
    if joiner >= span.end:  # "van <span> naar <product>"
        return span.start > 0 and doc[span.start - 1].lower_ == "van"
    van = joiner - 2  # "van <product> naar <span>"
    return van >= 0 and doc[van].lower_ == "van"


def _an_exclamation(word: Token) -> bool:
    """A short ordinary word that opens a sentence and is closed by punctuation at once, and
    that no locale knows as a name: a reply ("Gedaan.", "Fijn!", "Haha, mooi"), not a name
    missing from the lists (those are no ordinary words) nor "Roos!" (a Faker name)."""
    following = word.nbor(1).text if word.i + 1 < len(word.doc) else ""
    return (
        _opens_sentence(word)
        and following in (".", "!", "?", ",", "…")
        and word.text not in person_names()
    )


def _any_language_word(token: Token) -> bool | None:
    """True for an ordinary word of Dutch or another language, None for a word no list knows,
    False for a name (a Faker name, or a proper name only of the OpenTaal list)."""
    if token.lower_ in lowercase_person_names() or token.tag_ == "DC":
        return False
    if token.i in token.doc.user_data.get(FOREIGN_KEY, ()) or is_ordinary(token):
        return True
    return False if token.tag_ == "DB" else None


def _foreign_word(span: Span) -> bool:
    words = _name_words(span)
    if (
        words
        and all(w.lower_ in EN_STOP_WORDS for w in words)
        and _opens_sentence(words[0])
        and _english_sentence(span.doc, words[0].i)
    ):
        return True  # "May I have your name?", "An account failed to log on."
    if len(words) >= 2:
        # a field label or phrase of a pasted log or a foreign closing: ordinary words of any
        # language, one word unknown to every list allowed among three or more ("Target Account
        # Name Field"); no word a name anywhere ("Mei Ling Tan", "Unser Fahrer Zbigniew")
        kinds = [_any_language_word(t) for t in words]
        if False in kinds or not any(_is_foreign(t) for t in words):
            return False
        return kinds.count(None) <= (1 if len(words) >= 3 else 0)
    if len(words) != 1 or not _is_foreign(words[0]) or words[0].is_lower:
        return False
    word = words[0]
    doc = span.doc
    if _opens_sentence(word):
        # "Invoice attached below", not "Bush zei": the sentence goes on in the other language
        return _english_sentence(doc, word.i)
    before = span.doc[word.i - 1]
    foreign = span.doc.user_data.get(FOREIGN_KEY, ())
    if before.i not in foreign or not before.is_alpha:
        return False
    # a word that is also Dutch ("to", "is") says "English" only after another foreign word
    return before.tag_ != "DL" or before.is_title or (before.i > 0 and before.i - 1 in foreign)


def _english_sentence(doc: Doc, start: int) -> bool:
    """The sentence from token ``start`` on is English (``pipelines.language``)."""
    end = start + 1
    while end < len(doc) and end - start < _SENTENCE_TOKENS:
        token = doc[end]
        end += 1
        if token.text in (".", "!", "?") or "\n" in token.text_with_ws:
            break
    return detect_language(doc[start:end].text, default="nl") == "en"


def _shop_word(token: Token) -> bool:
    """A capitalised ordinary noun that may open a shop's or firm's name."""
    return (
        token.is_title
        and token.is_alpha
        and len(token) >= 4
        # an ordinary word, or a trade compound the list lacks ("Rijwielhuis", "Loodgietersbedrijf")
        and (is_ordinary(token) or is_shop_head(token.text) or is_company_token(token.text))
        and not _is_name_word(token)
        and token.lower_ not in ADDRESS_WORDS
    )


def _shop_name(span: Span) -> bool:
    doc = span.doc
    first = span[0]
    if (
        len(span) >= 3
        and span[1].lower_ in PARTICLES
        and (is_ordinary(first) or _lowercase_head(first))
        and not _is_name_word(first)
        and first.lower_ not in ADDRESS_WORDS
    ):
        return True  # "Dockingstation van Merkx", "Signal-berichten van Android": a thing's
    # in running text a capitalised word before a name is as often a title ("Minister X")
    if _speaker_label(doc, span) and len(_name_words(span)) >= 2 and _shop_word(first):
        return True  # "[14:05] Fietsenwinkel Velozo:"
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if first.tag_ in ("", "DC") and first.text in first_names():
        return False  # "Notitie Sander K.:", "Samenvatting Lotte Verbeek:": a note's author
    return (
        "\n" not in before.text_with_ws
        and _shop_word(before)
        and _speaker_label(doc, doc[before.i : span.end])  # "Bloemenhuis Anemoon:"
    )


def _lowercase_head(token: Token) -> bool:
    """A compound with a lowercase head after a hyphen: "Signal-berichten", "kassa-app"."""
    head = token.text.rsplit("-", 1)[-1] if "-" in token.text else ""
    return len(head) >= 3 and head.isalpha() and head.islower() and head not in PARTICLES


def _place(span: Span, surnames: frozenset[str] = frozenset()) -> bool:
    doc = span.doc
    if _SAINT.match(span.text):
        return True  # "Sint-Bavo", "Saint-Lambertus": a church, hospital, station or town
    if (span.start, span.end) not in doc.user_data.get(PLACE_KEY, ()) or span.start == 0:
        return False
    if any(t.text in person_names() for t in span) or span.text in surnames:
        return False
    before = doc[span.start - 1].lower_.rstrip(".,")
    # "mevrouw Assen", "Gr Gonda", "Hoi Lima": addressed or signing, so a person
    return before not in ADDRESS_WORDS and before not in _GREETING_WORDS


def _versioned(span: Span) -> bool:
    """A version or model code after the name, past at most two more capitalised words; or a
    product's number right before it."""
    doc = span.doc
    if span.start >= 2 and _SMALL_NUMBER.match(doc[span.start - 1].text):
        product = doc[span.start - 2]  # "Virusvrij 365 Premium"
        if product.text[:1].isupper() and "\n" not in product.text_with_ws:
            return True
    i = span.end
    skipped = 0
    while i < len(doc) and skipped <= 2 and "\n" not in doc[i - 1].text_with_ws:
        text = doc[i].text
        if _VERSION.match(text) or (_MODEL_CODE.match(text) and not _NOT_A_CODE.match(text)):
            return True
        if _SMALL_NUMBER.match(text):
            return _ends_a_model_name(doc, i)
        if not (doc[i].is_title or doc[i].is_upper) or not doc[i].is_alpha:
            return False
        i += 1
        skipped += 1
    return False


def _ends_a_model_name(doc: Doc, i: int) -> bool:
    """The small number at ``i`` ends a model name ("Golf 8,", "Planvox 7 Pro"), not a count
    ("Jeroen 3 keer gebeld")."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return (
        after is None
        or "\n" in doc[i].text_with_ws
        or after.text in (")", ",", ";")
        or (after.is_title and not after.is_sent_start)
        or after.is_upper
    )


def _brand_shape(span: Span) -> bool:
    """A word with a capital inside that no surname prefix explains ("HelderBackup", "FitLoop":
    a brand; "McAllister", "DeShawn", "VanDijk" may be names), or a capitalised article before
    lowercase words ("De metformine": a noun, not a name typed in lowercase)."""
    words = _name_words(span)
    if (
        words
        and span[0].is_title
        and span[0].lower_ in PARTICLES
        and all(w.is_lower for w in words)
    ):
        return True
    for word in words:
        match = _INNER_CAPITAL.match(word.text)
        if match and match.group(1).lower() not in _NAME_PREFIXES:
            return True
    return False


def _date_word(span: Span) -> bool:
    """An English weekday ("Tue", "Friday"), or a month next to a number ("Mar 5", "3 May");
    the stdlib ``calendar`` knows them (Dutch ones are ordinary words of the word list)."""
    if len(span) != 1:
        return False
    word = span[0].text.rstrip(".")
    if word in _WEEKDAYS:
        return True
    if word not in _MONTHS:
        return False
    doc = span.doc
    near = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    return any(t.like_num for t in near)


def _town_of_an_address(span: Span) -> bool:
    """A word right after a house number and a comma ("Kanaalstraat 12, Nieuw-Nickerie") or
    before a US state and ZIP code ("Redmond, WA 98052"): the town of an address."""
    doc = span.doc
    i, j = span.start, span.end
    after_number = (
        i >= 3
        and doc[i - 1].text == ","
        and doc[i - 2].like_num
        and doc[i - 3].lower_.endswith(STREET_SUFFIXES)  # "Kanaalstraat 12, …"
    )
    before_state = (
        j + 2 < len(doc)
        and doc[j].text == ","
        and _US_STATE.fullmatch(doc[j + 1].text) is not None
        and _ZIP.fullmatch(doc[j + 2].text) is not None
    )
    return len(span) <= 2 and (after_number or before_state)


#: a US state's code and a ZIP code after a town ("Redmond, WA 98052")
_US_STATE = re.compile(r"[A-Z]{2}")
_ZIP = re.compile(r"\d{5}(?:-\d{4})?")


def _whereabouts(span: Span) -> bool:
    """One word after "uit" or "te" ("Roger Lambrecht (71) uit Appelterre", "woonachtig te
    Oosterwolde"): where someone is from or lives, a place; not a known first name ("een
    kaart uit Anna's collectie" has a possessive), nor the start of a longer name."""
    if len(span) != 1 or span.start == 0 or span.text in first_names():
        return False
    doc = span.doc
    if doc[span.start - 1].lower_ not in ("uit", "te"):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or not (after.is_title or after.text in ("'s", "’s"))


def _a_shared_mailbox(span: Span) -> bool:
    """One word that names a shared mailbox ("Aan: Sales <sales@…>", "Planning"): a desk, never
    a person's name (``data/shared_mailboxes``)."""
    return len(span) == 1 and span.text.lower() in _SHARED_MAILBOXES


def _numbered_heading(span: Span) -> bool:
    """One word alone on a numbered line ("3. Varia", "4) Rondvraag"): an agenda item or a
    heading; a known first name there ("2. Piet") stays a person."""
    if len(span) != 1 or span.text in first_names():
        return False
    doc = span.doc
    text = doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    return _NUMBERED.fullmatch(text[line_start : span.start_char]) is not None and not text[
        span.end_char : line_end
    ].strip(" \t:.")


#: what opens a numbered line: "3. ", "4) ", "12. "
_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+")


CHECKS = (
    ("a date word", _date_word),
    ("the company of the text", _company_of_the_text),
    ("ordinary words", _ordinary_words),
    ("a letter ending a sentence", _initial_and_a_word),
    ("a thing named after a person", _named_thing),
    ("a product", _a_product),
    ("a brand named like a surname", _brand_named_like_a_surname),
    ("listed with products", _listed_with_products),
    ("another language", _foreign_word),
    ("a shop's name", _shop_name),
    ("a place", _place),
    ("where someone is from", _whereabouts),
    ("the town of an address", _town_of_an_address),
    ("a numbered heading", _numbered_heading),
    ("a shared mailbox", _a_shared_mailbox),
    ("a product's version", _versioned),
    ("a brand's shape", _brand_shape),
)


#: checks that also need the surnames of the text's full person names
_WITH_SURNAMES = (_place, _brand_named_like_a_surname)


def why_not_a_person(span: Span, surnames: frozenset[str] = frozenset()) -> str | None:
    """The check that finds ``span`` is no person's name, or None when it may be one.

    ``surnames``: last words of the full person names in the same text ("Jan Vianen ...
    Vianen belde"): such a word is the person, not the town."""
    if span.doc.user_data.get(COMPOUND_KEY) is None:
        return None  # a pipeline without the word list: no knowledge to judge by
    words = _name_words(span)
    if words and _ends_in_a_thing(words):
        return "a thing named after a person"  # "Dr. Schaepmanstraat": a title names it too
    if _after_a_title(span):
        return None  # "mw. bakker", "mevrouw Apeldoorn": the title says a person follows
    for reason, check in CHECKS:
        if check(span, surnames) if check in _WITH_SURNAMES else check(span):
            return reason
    return None


def _products_named_so(doc: Doc, results: list, text: str) -> frozenset[str]:
    """One-word persons that the text itself shows to be a product that is also a name: one
    of their mentions is part of a listed product ("Hé Siri", "Norton 360") or follows an
    article or possessive ("mijn Alexa"). Then "Siri reageert niet" is the assistant too, as
    a writer does not switch what a name means within one text."""
    words = {
        text[r.start : r.end]
        for r in results
        if r.entity_type == "PERSON" and " " not in text[r.start : r.end]
    }
    words = {w for w in words if is_product(w, include_name_like=True)}
    if not words:
        return frozenset()
    named: set[str] = set()
    for token in doc:
        if token.text not in words or token.text in named:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            (before is not None and before.lower_ in _DETERMINERS)
            or (before is not None and is_product(f"{before.text} {token.text}"))
            or (after is not None and is_product(f"{token.text} {after.text}"))
        ):
            named.add(token.text)
    return frozenset(named)


#: checks that find the person to be a place of the text's people: kept, as LOCATION
_PLACE_REASONS = frozenset({"where someone is from", "the town of an address"})

#: findings whose phrases may contain a name that is not a person
_PHRASE_TYPES = frozenset({"HEALTH", "SPECIAL"})


def drop_non_persons(doc: Doc, results: Iterable, text: str | None = None) -> list:
    """``results`` (Presidio findings) without the persons :func:`why_not_a_person` rejects."""
    results = list(results)
    text = doc.text if text is None else text  # ``doc.text`` joins every token: once
    surnames = frozenset(
        text[r.start : r.end].split()[-1]
        for r in results
        if r.entity_type == "PERSON" and len(text[r.start : r.end].split()) > 1
    )
    products = _products_named_so(doc, results, text)
    # a name inside a health or special-category phrase is part of it ("de ziekte van
    # Parkinson", "omdat wij Getuigen van Jehova zijn"): the phrase says what it is
    phrases = [(r.start, r.end) for r in results if r.entity_type in _PHRASE_TYPES]
    kept = []
    for result in results:
        if result.entity_type == "PERSON" and any(
            start <= result.start and result.end <= end for start, end in phrases
        ):
            continue
        if result.entity_type == "PERSON" and text[result.start : result.end] in products:
            continue
        if result.entity_type == "PERSON":
            span = doc.char_span(result.start, result.end, alignment_mode="expand")
            reason = why_not_a_person(span, surnames) if span is not None and len(span) else None
            if reason in _PLACE_REASONS:
                # "uit Appelterre": still the whereabouts of a person, which the policy weighs
                kept.append(
                    RecognizerResult(
                        "LOCATION",
                        result.start,
                        result.end,
                        result.score,
                        result.analysis_explanation,
                        result.recognition_metadata,
                    )
                )
                continue
            if reason is not None:
                continue
        kept.append(result)
    return kept
