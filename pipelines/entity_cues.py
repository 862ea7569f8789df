"""A spaCy step that corrects the NER model's persons by the words right around them.

Why: the CNN knows a cue word only if its training text contained that word. Dutch makes its
classifier nouns by compounding ("het Gentse IT-bedrijf Netvanta", "vastgoedbevak Immoveld",
"provinciehoofdstad Zwolle", "de Belgische technoband Velvet Morax"), so most cues a text
uses were never seen, while the last part of the compound, its head, says plainly what the
name is. The same holds for a company's own last word ("Vandamme Securities", "Kessler Cup"), an
acronym with an article ("de NMBS") and a nationality word ("alle Duitsers"). On CoNLL-2002
``ned.testa`` these rules take out about 30% of the model's false persons (see the model
card); in support messages they rarely fire, and when they do it is on a shop, app or provider.

The rules, in order; all start from spans the model found, and rules 0-5 only from its
persons (no rule adds a span of its own, so none can make an ordinary word a name):

0. **tussenvoegsel**: a one-word first name followed by "van", "de", "van der", "Van", "le"
   ... and a capitalised word takes that word as its surname ("gebeld met Brigitta van
   Egisheim", which the model reads as Brigitta from the place Egisheim). So does a known
   first name followed straight by one capitalised word in the same sentence ("stopt Gerda
   Kraai als penningmeester"): the model drops a surname that is also an ordinary word. These
   are the rules that widen a person; they leave acronyms ("Lisa van KPN"), products ("Sanne
   Outlook" never), greetings and weekdays ("Hoi Sanne Goedemorgen"), a run of more capitalised
   words and a next sentence alone.
1. **role prefix**: a leading role word inside a person ("Trendwatcher Marijke Vandelanotte",
   "president Kagomba", "KNVB-woordvoerder De Roover") is cut off; the name is what follows.
2. **classifier**: a noun right before the name in the same sentence ("IT-bedrijf X", "de
   Amerikaanse staat X", "met zijn band X") or after it as an apposition ("X, de club"), whose
   head is an organisation, place or thing word, gives that label to every mention of the same
   text in the document. A bare head that is also a verb ("staat", "merk", "app") counts only
   after an adjective, and compounds that are verbs ("bestaat", "verband") never count.
   Agent nouns that describe people as often as firms ("specialist", "consultant") are not on
   the lists, so "onze IT-specialist Tim" stays a person.
3. **organisation word**: a multi-word person that starts or ends with an organisation's word
   ("Radio Zonnedal", "Brixton Communications", "Hofman Administraties"), or that follows such a
   word or "The" ("Radio Zeelicht", "The Silver Foxes"), is an organisation.
4. **acronym with an article**: "de NMBS", "het OM": people do not take an article.
5. **nationality and place**: "Duitsers", "Argentijn", "Italiaanse", "Joegoslavisch" are not
   names; a well-known country, world city or region ("Egypte", "Belgrado",
   ``pipelines/places.py``) is a place, except the few that are also first names or surnames
   ("Sydney", "Maas") and a surname of a full person name in the same document.
6. **role before a place or firm**: the model's place or organisation of one or two
   capitalised words right after a lowercase role or family word is a person ("premier
   Vanlommel", "Labour-premier Hartigan", "vader Dumortier"). This is the one rule that makes a
   person of another label; it never makes one of an unlabelled word.

7. **shape**: a person with a code in it ("WK-2024-01977", "Lenovo ThinkPad L14"), with no
   letter at all ("✔"), or ending in a compound whose head is a lowercase noun
   ("Rabo-rekening", "Outlook-profiel", "Mollie API-key") is no name: names carry neither.

8. **ordinary words**: a person made only of words that the OpenTaal list knows as ordinary
   lowercase words and not as proper names (the ``DL`` tag of ``wordlist_tags``) is no name:
   a defined term in a contract ("De Verwerker"), a heading ("VAN DE OVEREENKOMST"), a
   capitalised opener ("Klantgegevens"). Names that are also words ("Bakker",
   "Roos") carry the ``DB`` tag and stay.

9. **words of another language**: a person made only of ordinary words of English, German,
   French, Spanish, Italian or Portuguese (simplemma's dictionaries, minus
   every Faker first name and surname, stored by ``wordlist_tags``) and of no listed Dutch
   proper name is no name: a pasted log's field labels ("Target Name", "Serial Number"), a
   foreign closing ("Viele Grüße", "Un saludo"); one word alone only at the start of a line
   ("Domain:"), as a foreign word inside a sentence is as often a surname. "Will", "Rose" or
   "Smith" are names in Faker's lists and stay.

10. **the person checks** of ``pipelines.names.checks`` (ordinary words and their compounds,
    another language, a shop's name, a known town, a product's version), which the analyzer
    also applies to the rules' persons: a shop becomes an organisation, a town a place, the
    rest is dropped.

A span that rule 2, 5, 7, 8, 9 or 10 finds to be neither a person, a place nor an organisation (a
product, an event, a nationality, a ticket number) is dropped: the model has no label for
those.

A one-word name that is the surname of a full person name in the same document is never
relabelled by 2 ("Jan Jansen ... bij Bouwbedrijf Jansen ... Jansen belde"): privacy first.

Registered as the spaCy factory ``privacywacht_entity_cues`` (entry point in
``pyproject.toml``); it has no weights and nothing to initialise.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipelines.names import BUSINESS_WORD, PARTICLES
from pipelines.names.checks import why_not_a_person
from pipelines.names.first_names import first_names
from pipelines.names.words import GENERIC, first_name_and_surname, is_role_noun
from pipelines.nationalities import NAT_ADJ, NAT_NEUTER, NAT_NOUN, NAT_PLURAL
from pipelines.places import COUNTRIES, REGIONS, WORLD_CITIES
from pipelines.products import is_product
from pipelines.wordlist_tags import FOREIGN_KEY

FACTORY = "privacywacht_entity_cues"

#: heads of nouns that name an organisation ("IT-bedrijf", "zakenbank", "vastgoedbevak")
ORG_HEADS = frozenset(
    """bedrijf firma onderneming concern groep holding multinational bank verzekeraar
    maatschappij provider leverancier fabrikant producent dienstverlener distributeur bevak
    fonds keten supermarkt warenhuis webwinkel webshop winkel uitgeverij krant dagblad weekblad
    tijdschrift magazine zender omroep persbureau partij vakbond club ploeg band orkest koor
    ensemble circus gezelschap label merk ziekenhuis universiteit hogeschool ministerie
    agentschap instituut organisatie vereniging stichting federatie vzw coöperatie startup
    bureau kantoor brouwerij fabriek operator beursorganisator groothandel retailer
    dienst""".split()
)
#: heads of nouns that name a place ("deelstaat", "hoofdstad", "sportpaleis")
LOC_HEADS = frozenset(
    """stad dorp gemeente provincie staat land regio streek eiland rivier gebergte wijk plein
    luchthaven haven vallei woestijn republiek koninkrijk emiraat departement kanton
    sportpaleis stadion arena station halte zaal ruimte lokaal""".split()
)
#: heads of nouns that name a work, event or product ("kampioenschap", "monitoringsysteem");
#: the model has no label for these, so such a "person" is dropped
MISC_HEADS = frozenset(
    """festival toernooi kampioenschap film boek album single programma serie spel game
    systeem software applicatie app website project operatie wet verdrag ziekte virus model
    product pakket platform tool richtlijn""".split()
)
_ALL_HEADS = ORG_HEADS | LOC_HEADS | MISC_HEADS
#: bare heads that are also verb forms ("Het staat Jan vrij", "dan app ik Sanne"): they count
#: only after an adjective ("de Amerikaanse staat Georgia")
_VERB_HOMOGRAPHS = frozenset({"staat", "merk", "app", "spel", "land", "model", "wet", "boek"})
#: a compound that starts with a verb prefix is a verb or another noun ("bestaat", "verband")
_VERB_PREFIXES = frozenset({"be", "ge", "ver", "ont", "toe", "op", "uit", "af", "aan", "her"})
_DETERMINERS = frozenset({"de", "het", "een"})
#: words before a bare head that make it a noun: articles and possessives ("mijn provider X")
_NOUN_OPENERS = _DETERMINERS | {"mijn", "onze", "ons", "uw", "jouw", "je", "zijn", "haar", "hun"}
#: what a span becomes that is neither person, place nor organisation: it is dropped
_NO_LABEL = ""
#: words ending in -e that are no adjective before a noun
_NOT_ADJECTIVES = frozenset(
    """die deze de wie mee twee drie hare ze je we me te alle welke elke sommige andere vele
    beide zulke enige ene hele""".split()
)
#: an organisation's own first or last word ("Radio Zonnedal", "Vandamme Securities",
#: "Kessler Cup"); not "post" ("Washington Post"), which is a surname ("Rosalie de Post")
ORG_WORDS = frozenset(
    """securities communications directories exchange fund times telegraph club bank group
    groep holding cup co airlines airways motors systems partners capital media records
    pharma foods technologies solutions services consulting insurance corporation corp
    company international industries entertainment network networks news journal
    herald tribune gazette magazine radio tv museum universiteit university college
    institute instituut foundation stichting vereniging federatie associates ventures labs
    software energy electric telecom bv nv ltd inc gmbh ag fc kv sv café hotel restaurant
    camping theater""".split()
)
#: nationality words that are also common first names or surnames ("Noor", "Brit", "Frans")
_NATIONALITY_NAMES = frozenset(
    {"Brit", "Noor", "Frans", "Pool", "Deen", "Turk", "Engels", "Fransman", "Rus", "Ier"}
)
NATIONALITIES = frozenset(NAT_ADJ + NAT_NOUN + NAT_NEUTER + NAT_PLURAL) - _NATIONALITY_NAMES
#: nationality adjectives beyond the list: "Joegoslavisch", "Tsjechische" (not "-ese", which
#: would take "Therese")
_NATIONALITY_ENDING = re.compile(r"^\w{3,}(?:isch|ische)$")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
#: places that are also first names or common surnames ("Sydney", "Sofia", "Maas", "Kempen")
_PLACE_NAMES = frozenset(
    {"Sydney", "Sofia", "Santiago", "Lima", "Bergen", "Maas", "Rijn", "Kempen"}
)
PLACES = frozenset(COUNTRIES + WORLD_CITIES + REGIONS) - _PLACE_NAMES
#: family words before a name: "vader Pichon", "zijn zoon Mickael" (exact words: as suffixes
#: they end patronymic surnames, "Janszoon")
_KIN_WORDS = frozenset(
    "vader moeder zoon dochter broer zus zuster oom tante neef nicht opa oma baas".split()
)


#: rule 10: what a person becomes that ``pipelines.names.checks`` finds to be no person
_LABEL_OF_CHECK: dict[str | None, str] = {
    "a date word": _NO_LABEL,
    "ordinary words": _NO_LABEL,
    "another language": _NO_LABEL,
    "a shop's name": "ORG",
    "a place": "LOC",
    "a product's version": _NO_LABEL,
    "a brand's shape": _NO_LABEL,
}


def _head_label(word: str) -> str | None:
    """ORG, LOC or "" (a thing) if lowercase ``word`` ends in a classifier head, else None."""
    last = word.split("-")[-1]
    for heads, label in ((ORG_HEADS, "ORG"), (LOC_HEADS, "LOC"), (MISC_HEADS, _NO_LABEL)):
        if last in heads:
            return label
        for cut in range(1, len(last) - 2):
            head = last[cut:]
            if head in heads:
                return None if last[:cut] in _VERB_PREFIXES and "-" not in word else label
    return None


def _is_adjective(token: Token) -> bool:
    """An attributive adjective before a noun: "Amerikaanse", "ziedende", "grootste"."""
    return (
        token.is_alpha
        and len(token) > 3
        and token.text.endswith("e")
        and (token.is_lower or token.is_title)
        and token.lower_ not in _NOT_ADJECTIVES
    )


def _classifier_before(doc: Doc, ent: Span) -> str | None:
    """The label that the noun right before ``ent`` (same sentence) gives it, if any."""
    if ent.start == 0 or ent[0].is_sent_start:
        return None
    cue = doc[ent.start - 1]
    if cue.text == "(" and ent.end < len(doc) and ent.start >= 2:
        cue = doc[ent.start - 2]  # "de leasemaatschappij (Autolease)": the name in brackets
    last = cue.text.split("-")[-1]
    if not last.isalpha() or not (last.islower() or (cue.is_title and cue.is_sent_start)):
        return None
    label = _head_label(cue.lower_)
    if label is None or "-" in cue.text or cue.lower_ not in _ALL_HEADS:
        return label  # a compound head: "IT-bedrijf", "deelstaat", "technoband"
    # a bare head needs a word before it that makes it a noun
    before = doc[cue.i - 1] if cue.i > 0 and not cue.is_sent_start else None
    if before is None:
        return None
    if _is_adjective(before) or (
        before.lower_ in _NOUN_OPENERS and cue.lower_ not in _VERB_HOMOGRAPHS
    ):
        return label
    return None


def _apposition_after(doc: Doc, ent: Span) -> str | None:
    """The label of an apposition right after ``ent``: "Atlético Venaro, de club"."""
    i = ent.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in _DETERMINERS:
        return None
    j = i + 2
    while j < len(doc) and _is_adjective(doc[j]) and not doc[j].is_sent_start:
        j += 1
    if j >= len(doc) or doc[j].is_sent_start or not doc[j].is_lower or not doc[j].is_alpha:
        return None
    return _head_label(doc[j].lower_)


def _role_word(token: Token) -> bool:
    """A role noun or a compound ending in one ("Nobelprijswinnaar", "Mossad-chef")."""
    return token.text.split("-")[-1].isalpha() and is_role_noun(token.text)


def _without_role_prefix(doc: Doc, ent: Span) -> Span:
    start = ent.start
    while start < ent.end - 1:
        token, following = doc[start], doc[start + 1]
        lowercase_role = (
            token.is_lower
            and token.is_alpha
            and token.lower_ not in PARTICLES
            and following.is_title
        )
        if not (lowercase_role or _role_word(token)):
            break
        start += 1
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


def _is_organisation(doc: Doc, ent: Span) -> bool:
    """Rules 3 and 4: an organisation's own word, or an acronym with an article.

    A name typed all in lowercase is a chat user's ("willem van den post"), not a firm's."""
    if ent.start > 0 and not ent[0].is_sent_start:
        before = doc[ent.start - 1]
        if before.text == "The" or (before.is_title and before.lower_ in ORG_WORDS):
            return True  # "Radio Zeelicht", "The Silver Foxes": the model cut the name short
    if (
        len(ent) > 1
        and not ent.text.islower()
        and (
            ent[0].lower_ in ORG_WORDS
            or ent[-1].lower_ in ORG_WORDS
            or (
                BUSINESS_WORD.match(ent[-1].text) is not None
                # "Esther Mulderij": a first name, then a surname that merely ends like a trade
                and not first_name_and_surname([t.text for t in ent])
            )
        )
    ):
        return True
    if not _ACRONYM.match(ent[-1].text):
        return False
    article = ent[0] if len(ent) == 2 else (doc[ent.start - 1] if ent.start else None)
    return len(ent) <= 2 and article is not None and article.lower_ in ("de", "het")


def _is_nationality(ent: Span) -> bool:
    text = ent.text
    return len(ent) <= 2 and (text in NATIONALITIES or bool(_NATIONALITY_ENDING.match(text)))


#: a code: letters, digits and hyphens with a digit ("WK-2024-01977", "L14"); a token that
#: runs a name into other text ("Mei Lan;Zhou;2011-09-14;...", a CSV line) is no code
_CODE = re.compile(r"^[\w-]*\d[\w-]*$")


def _opens_line(token: Token) -> bool:
    """First word of its line: where a log's field label or a closing stands. A lone foreign
    word inside a sentence is as often a surname ("Bush", "Kohl") as a word."""
    return token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws


#: rule 8 drops a one-word person only from this length on (letters)
_LONG_WORD = 8


def _has_a_name_shape(ent: Span) -> bool:
    """Rules 7, 8 and 9: no code-like token, some letter, no lowercase compound head at the
    end, and not only ordinary words of Dutch or another language.

    A lowercase name typed in chat ("jan-willem") keeps its shape: the head rule needs a
    capital in the word ("Rabo-rekening")."""
    if any(_CODE.match(t.text) for t in ent):
        return False
    if not any(ch.isalpha() for ch in ent.text):
        return False
    # capitalised words only: a name typed in lowercase ("bas", "roos") is looked up as a
    # word and so tagged DL; capitalised, it is found among the proper names (DB)
    # One word alone must be long: short first names missing from the list's proper names
    # ("Lieven") are ordinary words there too; long compounds are not names.
    words = [t for t in ent if any(c.isalpha() for c in t.text) and t.lower_ not in PARTICLES]
    if (
        words
        and (len(words) > 1 or len(words[0]) >= _LONG_WORD)
        and all(t.tag_ == "DL" and not t.is_lower for t in words)
    ):
        return False  # rule 8: ordinary words only ("VAN DE OVEREENKOMST": the particles aside)
    foreign = ent.doc.user_data.get(FOREIGN_KEY)
    if (
        foreign
        and words
        and (len(words) > 1 or _opens_line(words[0]))
        and all(t.i in foreign and t.tag_ not in ("DC", "DB") for t in words)
    ):
        return False  # rule 9: words of another language
    last = ent[-1].text
    if "-" in last and not last.islower():
        # a plural head keeps its apostrophe: "Excel-macro's", "YouTube-video's"
        head = last.rsplit("-", 1)[1].removesuffix("'s").removesuffix("’s")
        if len(head) >= 3 and head.isalpha() and head.islower() and head not in PARTICLES:
            return False
    return True


def _after_role_word(doc: Doc, ent: Span) -> bool:
    """Rule 6: a place or organisation of one or two capitalised words right after a role or
    family word is a person: "premier Vanlommel", "Labour-premier Hartigan", "vader Dumortier"."""
    if len(ent) > 2 or ent.start == 0 or ent[0].is_sent_start or not all(t.is_title for t in ent):
        return False
    cue = doc[ent.start - 1]
    last = cue.text.split("-")[-1]
    if not last.isalpha() or not last.islower():
        return False
    return _role_word(cue) or last in _KIN_WORDS or (last == "man" and "-" in cue.text)


#: particle sequences that continue a first name into a surname ("Brigitta van Egisheim",
#: Flemish "Wannes Van Gastel", "Jet le Gulcher", "Mohamed el Idrissi"), in any case, longest
#: first; not "al" or "te", which are also Dutch adverbs ("heeft Jan al Windows")
_TUSSENVOEGSELS = (
    ("van", "der"), ("van", "den"), ("van", "de"), ("van", "het"), ("van", "'t"), ("in", "'t"),
    ("op", "de"), ("op", "den"), ("van",), ("de",), ("der",), ("den",), ("ter",), ("ten",),
    ("vander",), ("vanden",), ("vande",), ("le",), ("la",), ("du",), ("da",), ("di",), ("del",),
    ("della",), ("dos",), ("das",), ("von",), ("el",),
)  # fmt: skip


_TUSSENVOEGSEL_STARTS = frozenset(p[0] for p in _TUSSENVOEGSELS)


#: words before a name that make it a surname: after them "van X" is where the person works
_TITLES = frozenset({"meneer", "mevrouw", "heer", "dhr", "mevr", "mw", "mr", "mrs", "ms"})


def _surname_after(doc: Doc, ent: Span, entity_of: dict[int, Span]) -> int | None:
    """End of "van Ginkel" right after a one-word first name ``ent``, or None.

    The model reads "gebeld met Brigitta van Egisheim" as Brigitta from the place Egisheim;
    after a bare first name a tussenvoegsel and a capitalised word are her surname. Not when
    the word is an acronym ("Jan van KPN"), opens a longer name or an entity of several words
    ("Emma van Lelijveld Installatietechniek", "Smeets van Latier & Jerusalem vof"), lies in
    the next sentence, or when a title makes the first word a surname already ("Meneer Vos van
    Poldervink")."""
    if ent.end >= len(doc):
        return None
    if ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in _TITLES:
        return None
    if doc[ent.end].lower_ not in _TUSSENVOEGSEL_STARTS:
        return _bare_surname_after(doc, ent, entity_of)
    for particles in _TUSSENVOEGSELS:
        end = ent.end + len(particles)
        if end >= len(doc) or tuple(t.lower_ for t in doc[ent.end : end]) != particles:
            continue
        surname = doc[end]
        if not (surname.is_title and surname.is_alpha):
            return None
        if any(t.is_sent_start for t in doc[ent.end : end + 1]):
            return None
        owner = entity_of.get(surname.i)
        if owner is not None and len(owner) > 1:
            return None
        after = doc[end + 1] if end + 1 < len(doc) else None
        if (
            after is not None
            and not after.is_sent_start
            and (after.is_title or after.is_upper or after.text in ("&", "+"))
        ):
            return None
        return end + 1
    return None


def _capitalised_after(doc: Doc, end: int) -> bool:
    """Whether a capitalised word (or "&", "+") follows ``end`` in the same sentence."""
    if end + 1 >= len(doc):
        return False
    after = doc[end + 1]
    return not after.is_sent_start and (after.is_title or after.is_upper or after.text in "&+")


def _bare_surname_after(doc: Doc, ent: Span, entity_of: dict[int, Span]) -> int | None:
    """End of "Kraai" right after the known first name ``ent`` ("stopt Gerda Kraai als ..."),
    or None.

    The model leaves out a surname that is also an ordinary word; right after a first name, in
    the same sentence, a lone capitalised word is her surname. Not a product, a greeting or
    weekday, a word of a longer entity, or the first of several capitalised words (a heading
    in Title Case, "Jan Albert Heijn")."""
    surname = doc[ent.end]
    if not (surname.is_title and surname.is_alpha and len(surname) > 1) or surname.is_sent_start:
        return None
    if ent.text not in first_names() or surname.lower_ in GENERIC or is_product(surname.text):
        return None
    owner = entity_of.get(surname.i)
    if owner is not None and len(owner) > 1:
        return None
    if _capitalised_after(doc, ent.end):
        return None
    return ent.end + 1


def _with_surnames(doc: Doc, ents: list[Span], person_label: str) -> list[Span]:
    entity_of = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    out: list[Span] = []
    skip_until = -1
    for ent in ents:
        if ent.start < skip_until:
            continue  # the one-word entity that became the surname
        end = None
        if ent.label_ == person_label and len(ent) == 1 and ent[0].is_title:
            end = _surname_after(doc, ent, entity_of)
        if end is None:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, end, label=person_label))
        skip_until = end
    return out


def corrected_entities(doc: Doc, person_label: str = "PER", org_label: str = "ORG") -> list[Span]:
    """The document's entities with the rules in the module docstring applied (a new list)."""
    ents = [
        _without_role_prefix(doc, ent) if ent.label_ == person_label and len(ent) > 1 else ent
        for ent in _with_surnames(doc, list(doc.ents), person_label)
    ]
    surnames = {
        ent[-1].text
        for ent in ents
        if ent.label_ == person_label and len(ent) > 1 and ent[-1].is_title
    }
    classified: dict[str, str] = {}
    for ent in ents:
        if ent.label_ == person_label:
            label = _classifier_before(doc, ent)
            if label is None:
                label = _apposition_after(doc, ent)
            if label is not None:
                classified.setdefault(ent.text, label)
    out: list[Span] = []
    for ent in ents:
        label = ent.label_
        if label == person_label:
            if ent.text in classified and not (len(ent) == 1 and ent.text in surnames):
                label = classified[ent.text]
            elif _after_role_word(doc, ent):
                pass  # "wethouder Esther Mulderij": the role says a person
            elif _is_organisation(doc, ent):
                label = org_label
            elif _is_nationality(ent):
                label = _NO_LABEL
            elif ent.text in PLACES and ent.text not in surnames:
                label = "LOC"
            elif not _has_a_name_shape(ent):
                label = _NO_LABEL
            else:
                label = _LABEL_OF_CHECK.get(why_not_a_person(ent, frozenset(surnames)), label)
        elif _after_role_word(doc, ent):
            label = person_label
        if label == _NO_LABEL:
            continue
        out.append(ent if label == ent.label_ else Span(doc, ent.start, ent.end, label=label))
    return out


class EntityCues:
    """Relabels and trims ``doc.ents`` by the rules in the module docstring; trains nothing."""

    def __init__(self, name: str = FACTORY, person_label: str = "PER", org_label: str = "ORG"):
        self.name = name
        self.person_label = person_label
        self.org_label = org_label

    def __call__(self, doc: Doc) -> Doc:
        if doc.ents:
            doc.ents = corrected_entities(doc, self.person_label, self.org_label)
        return doc


@Language.factory(FACTORY, default_config={"person_label": "PER", "org_label": "ORG"})
def make_entity_cues(nlp: Language, name: str, person_label: str, org_label: str) -> EntityCues:
    return EntityCues(name, person_label, org_label)
