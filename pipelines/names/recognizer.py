"""Person names from cues that need no model: titles, initials, headers, labels, closings.

Support messages name people in a few fixed places: the mail header (``Van: Nurcan Yavuzalp
<...>``), the ticket form (``Behandelaar: Joost Verhelst``), the chat speaker label, the greeting
and the closing, and after titles or initials (``dhr. T. van der Gaag``, ``P.J. de Wolff``).
Those cues find most names before any NER model runs, and they find them with high precision:
a capitalised word is a name only when a cue says so ("Bakker", "Vos" and "de Boer" are also
ordinary words). A name found with a strong cue is then looked up elsewhere in the same message,
so the bare "Femke" above a signature is caught once the header named Femke Ooms.

Chat users type names in lowercase ("ze heet petra", "klant: wout meersman"); such a name is
accepted only right after the strongest cues and only when it is no common Dutch word.
"""

from __future__ import annotations

import re as std_re
from collections.abc import Iterable
from dataclasses import dataclass

import regex as re
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipelines.names.first_names import first_names
from pipelines.names.wordlists import alternation, entries, word_set

# --- the shape of a name ----------------------------------------------------------------------
_U = r"\p{Lu}"
_L = r"[\p{Ll}\p{M}]"
#: Jan, O'Sullivan, McDonald, Öztürk
_CAPWORD = rf"(?:{_U}['’]{_U}{_L}+|{_U}{_L}+(?:{_U}{_L}+)?)"
#: tussenvoegsels inside a hyphenated surname: Wirjosentono-de Graaf
_HYPHEN_TV = r"(?:van der|van den|van de|van|de|der|den|ter|ten|el|al)"
#: Bosma-Terpstra, Fung-A-Loi, Dirk-Jan, Wirjosentono-de Graaf
_CAPNAME = rf"{_CAPWORD}(?:-(?:{_U}(?=-)|(?:{_HYPHEN_TV} )?{_CAPWORD}))*"
_TV_PHRASES = entries("tussenvoegsels")
_TV = (
    "(?i:"
    + "|".join(re.escape(p).replace(r"\ ", " ") for p in sorted(_TV_PHRASES, key=len, reverse=True))
    + r")(?![\w'’])"
)
_SP = r"[ \t\u00a0]{1,3}"
_INIT = rf"(?:(?:Th|Chr|Ch|Joh|Ph|IJ|{_U})\.)"
_INITIALS = rf"{_INIT}(?:[ ]?{_INIT}){{0,4}}"
_END = r"(?![\w@-]|['’]\w|\.\w)"
#: a capitalised name: "P.J. de Wolff", "Jeroen in 't Zandt", "Mirte K.", "Nora Amal Ben Haddou"
NAME_CAP = (
    rf"(?:{_INITIALS}[ ]?(?:{_TV}{_SP})?{_CAPNAME}"
    rf"|(?:{_TV}{_SP})?{_CAPNAME}(?:{_SP}(?:{_TV}{_SP})?{_CAPNAME}|{_SP}{_INIT}(?!\w)){{0,4}})"
    rf"{_END}"
)
_ANYWORD = rf"(?:\p{{L}}['’])?\p{{L}}{_L}+(?:\p{{Lu}}{_L}+)?(?:-\p{{L}}{_L}+)*"
_ANYINIT = r"\p{L}\."
#: a name in any case; the words after the first are checked one by one afterwards
NAME_ANY = (
    rf"(?:(?:{_ANYINIT}[ ]?){{1,4}}(?:{_TV}{_SP})?{_ANYWORD}"
    rf"|{_ANYWORD}(?:{_SP}(?:{_TV}{_SP})?(?:{_ANYWORD}|{_ANYINIT}(?!\w))){{0,4}})"
    rf"{_END}"
)

_TOKEN = re.compile(r"[^\s]+")
#: one-word tussenvoegsels; "in", "op", "uit" and "d." count only inside their phrase
_TV_WORDS = frozenset(w for p in _TV_PHRASES for w in p.split()) - {"in", "op", "uit", "d.", "het"}
_TV_PAIRS = {"in": {"'t", "’t", "de", "den", "het"}, "op": {"de", "den", "'t", "ten"},
             "uit": {"de", "den", "het"}, "van": {"het"}, "v.": {"d."}}  # fmt: skip
#: tussenvoegsels that also join lowercase chat names ("lieke v. dam", "greet van den berg")
_STRONG_TV = word_set("chat_tussenvoegsels")
#: a capitalised word with a lowercase part after a hyphen that is no tussenvoegsel
_LOWER_COMPOUND = re.compile(r"-(?!(?:van|de|der|den|ter|ten|el|al|ben|bin|ould)(?:-|$))\p{Ll}")
#: stop words that are also first names
_NAME_LIKE_STOPWORDS = word_set("name_like_stop_words")
_IS_INITIALS = re.compile(r"^(?:(?:Th|Chr|Ch|Joh|Ph|IJ|\p{L})\.)+$")


# --- words that are never names (data/*/items.txt) ----------------------------------------
#: after a cue these are greetings, roles, pronouns or generic addressees, not names
_GENERIC = word_set("generic_words")
#: lowercase words that follow "ik ben", "mijn zoon", "ze heet" and are no name
_COMMON = word_set("common_words") | STOP_WORDS
#: lowercase words that end or refuse a lowercase name: the above, English function words and
#: chat fillers ("visitor: oops too late, its gone")
_COMMON_LOWER = _COMMON | EN_STOP_WORDS | word_set("chat_fillers")
#: English words after "I'm" / "I am" that are no name ("I'm Away", "I'm Fine"); with the
#: English stop words, and words on -ing ("I'm Travelling")
_EN_COMMON = word_set("english_states")
#: English stop words that are also first names
_EN_NAME_LIKE = word_set("english_name_like_stop_words")
#: words that make a name line a company line ("Kempen IT", "Metaalwerken Verheyen nv")
_COMPANY_WORDS = word_set("company_words")
#: short company words that are ordinary English words unless written in capitals ("IT")
_SHORT_COMPANY_WORDS = word_set("short_company_words")
#: short legal forms written in mixed case: "Fratelli Rossi SpA"
_MIXED_CASE_FORMS = word_set("mixed_case_legal_forms")
_COMPANY_SUFFIXES = entries("company_suffixes")
#: a word on "-huis" opens a shop's name ("Theehuis Wang") but ends many surnames (Nijhuis)
_SHOP_HEAD_SUFFIX = "huis"
#: the local part of a shared mailbox: its display name is a company or a desk
_SHARED_MAILBOXES = word_set("shared_mailboxes")
#: roles in parentheses after a name: "Veerle Coppens (praktijkmanager)", "Stijn (servicedesk)"
_ROLE = re.compile(
    r"(?i)(?:manager|co[öo]rdinator|directeur|director|eigenaar|owner|zaakvoerder|medewerk|"
    r"assistent|boekhoud|accountant|secretar|receptie|servicedesk|helpdesk|support|marketing|"
    r"sales|\bhr\b|finance|administratie|\bict\b|\bit\b|lijn\b|delegee|delegu|collega|"
    r"stagiai|vennoot|\bceo\b|\bcto\b|\bcfo\b|beheerder|verkoop|inkoop|planner|technie|monteur|"
    r"consultant|adviseur|\bjuf\b|docent|leraar|\barts\b|huisarts|tandarts|advocaat|notaris|"
    r"contactpersoon|vertegenwoordig|echtgeno|\bzoon\b|dochter)"
)
#: lowercase words after which a lowercase name may end ("ze heet petra en wil ...")
_FOLLOW = word_set("words_after_lowercase_name")
#: lowercase words shaped like participles, adjectives and job titles, not like names
_PARTICIPLE = re.compile(
    r"^(?:ge|be|ver|ont|her)\p{L}{3,}[dt]$|^ge\p{L}{4,}en$|^(?:be|ver|ont|her)\p{L}{3,}en$"
    r"|(?:eert|[kgpfmlhd]t|aat|oet|ijt)$"
    r"|^(?:af|op|aan|in|uit|door|over|toe|mee|weg|terug)ge\p{L}{3,}$"
    r"|(?:ig|lijk|baar|isch|heid|ing|trice|ief|eel)$|\p{L}{3}(?:ster|eur|ist|aal)$"
    r"|^(?:hier|daar|waar|er)(?:over|mee|voor|van|aan|op|in|uit|door|bij|naar|om|na|onder|toe)$"
)
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:nl|be|com|eu|org|net|io|info|de|fr|co|nu)\b")
#: a domain match lies inside one run of ``[\w.-]`` that holds one of these literally
_TLD_HINT = std_re.compile(r"\.(?:nl|be|com|eu|org|net|io|info|de|fr|co|nu)")
_RUN_CHAR = re.compile(r"[\w.-]")
_RUN_REST = re.compile(r"[\w.-]*")
_LABEL_SPLIT = re.compile(r"[.\-_]")
_SINGLE_INITIAL_BLOCKERS = re.compile(
    r"(?i)(?:optie|bijlage|stap|punt|fase|type|versie|blok|categorie|plan|model|serie|klasse|"
    r"groep|ronde|kamer|gebouw|hal|vak|zone|niveau|deel|hoofdstuk|appendix|annex|option|step|"
    r"part|vitamine|artikel|lid|sub|figuur|tabel|bus)\s*$"
)
_ABBREVIATIONS = word_set("abbreviations")


# --- the cues ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Rule:
    """One cue: a regex whose group ``name`` is the candidate name, and how to judge it."""

    name: str
    regex: re.Pattern[str]
    score: float
    #: lowercase names accepted after this cue
    lowercase: bool = False
    #: what must follow the name: "any", "boundary" (punctuation, line end, or a full name)
    #: or "line" (the name ends its line, a role after a separator may follow)
    follow: str = "any"
    #: a lone word here is checked against the message's domain names (greetings, intros)
    weak: bool = False
    #: a cheap regex for what follows the name; the name is then searched just before it. It
    #: runs over the lowercased text (see ``_candidates``), so it is written in lowercase
    anchor: std_re.Pattern[str] | None = None
    #: where a match can start: ``regex`` is tried only where this cheap standard-library
    #: pattern matches the lowercased text (see ``_cue``); None scans with ``regex`` throughout
    cue: std_re.Pattern[str] | None = None
    #: for a rule whose matches never span lines: ``regex`` scans only the lines in which this
    #: cue matches (the lowercased text); used where a match's start has no cheap cue
    line_cue: std_re.Pattern[str] | None = None
    #: lowercase strings of which one must be in the text for the rule to run at all
    needs: tuple[str, ...] = ()


def _rx(pattern: str) -> re.Pattern[str]:
    """Cue words in any case; the name parts switch case-insensitivity off with ``(?-i:)``."""
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE)


def _cue(pattern: str) -> std_re.Pattern[str]:
    """Where a rule's match may start, as a standard-library regex over the lowercased text.

    Scanning a whole message with a ``regex`` pattern that opens on a large case-insensitive
    alternation is slow; the standard library scans lowercase literals several times faster.
    A cue must match at *every* position where the rule's regex can match (it may match at more:
    the rule's regex has the last word), so it is the rule's opening with everything that
    narrows it dropped or loosened. Its lookbehinds exclude only ASCII word characters, which are
    word characters for ``regex`` too.
    """
    if pattern != pattern.lower():
        raise ValueError(f"a cue runs over lowercased text, so it must be lowercase: {pattern!r}")
    return std_re.compile(pattern, std_re.MULTILINE)


_CAP = f"(?-i:{NAME_CAP})"
_ANY = f"(?-i:{NAME_ANY})"
#: a WhatsApp export's timestamp: "02-02-25 19:40", "2/2/2025, 7:40 pm", "12.03.24 10:15:02"
_WA_STAMP = (
    r"[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{2,4},?[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
    r"(?:[ \t]*[ap]\.?m\.?)?"
)
#: what opens a chat line: "[14:02] ", "[02/02/2025, 19:40:12] ", "02-02-25 19:40 - "
_TIME = rf"(?:(?:\[[^\]\n]{{1,25}}\]|{_WA_STAMP}[ \t]*[-–])[ \t]*)?"
_TITLES = (
    r"(?:(?:de[ \t]+)?heer|dhr\.?|meneer|mijnheer|mnr\.?|mevr\.?|mevrouw|mw\.?|mej\.?|mejuffrouw|"
    r"mr\.|dr\.|ir\.|ing\.|drs\.|prof\.|dr|drs|prof|fam\.|familie|"
    # the titles of customers who write in their own language
    r"herr|frau|madame|monsieur|mme\.?|mlle\.?|señora|señor|sra\.|sr\.|srta\.|signora|"
    r"signor|sig\.(?:ra)?|"
    r"(?-i:Mr|Mrs|Ms|Miss|Dr|Prof|Mr\.|Mrs\.|Ms\.|Dr\.|Mw|Mevr|Dhr)\.?)"
)
_LABELS = (
    r"naam|klant|volledige[ \t]+naam|naam[ \t]+klant|klantnaam|contactpersoon|"
    r"contact[ \t]+ter[ \t]+"
    r"plaatse|aangemaakt[ \t]+door|behandelaar|behandeld[ \t]+door|agent|medewerker|melder|"
    r"gemeld[ \t]+door|monteur|technieker|technicus|toegewezen[ \t]+aan|geregistreerd[ \t]+door|"
    r"aanvrager|aangevraagd[ \t]+door|aangenomen[ \t]+door|goedgekeurd[ \t]+door|ingediend[ \t]+"
    r"door|ingevoerd[ \t]+door|opgehaald[ \t]+door|afgehandeld[ \t]+door|full[ \t]+name|name|"
    r"customer[ \t]+name|contact[ \t]+person|requester|assigned[ \t]+to|created[ \t]+by|"
    r"op[ \t]+naam[ \t]+van|t\.n\.v\.?|tnv|ten[ \t]+name[ \t]+van|rekeninghouder|"
    r"account[ \t]+holder|name[ \t]+on[ \t]+card|kaarthouder|cardholder|tenaamstelling|"
    r"eigenaar|voornaam|achternaam|ondertekend[ \t]+door|getekend[ \t]+door|patiënt|cliënt|"
    r"opvolging|opgevolgd[ \t]+door|vervanger|vervangster|uitgevoerd[ \t]+door|toegewezen|"
    r"gecontroleerd[ \t]+door|verantwoordelijke|"
    # the English labels of ticket systems and logs (Jira, ServiceNow, git)
    r"assignee|reporter|reported[ \t]+by|requested[ \t]+by|opened[ \t]+by|resolved[ \t]+by|"
    r"closed[ \t]+by|approved[ \t]+by|reviewed[ \t]+by|caller|author|owner|submitted[ \t]+by"
)
#: labels whose value is a person even when lowercase words follow ("Aangemaakt door: Ruben na
#: telefonisch contact"); "Naam:", "Klant:", "Agent:" also open chat lines and are left out
_PERSON_LABEL = re.compile(
    r"(?i)(?:door|aan|behandelaar|monteur|technieker|technicus|contactpersoon|vervang|opvolg|"
    r"aanvrager|melder|verantwoordelijke)$"
)
#: "Behandeld door Annelies Claes", "Ingediend via het portaal door Sofie Wuyts (AB-123)"
_BY_VERBS = alternation("done_by_participles")
#: "door" fields of a ticket, filled in with a person (not "opgehaald door", "uitgevoerd door")
_DESK_FIELD = re.compile(
    r"(?i)aangemaakt|behandeld|goedgekeurd|gemeld|ingediend|ingevoerd|geregistreerd|aangevraagd|"
    r"aangenomen|afgehandeld|opgevolgd|toegewezen|assigned"
)
#: headings whose author or subject follows in brackets: "Analyse (Joris):"
_HEADINGS = alternation("note_headings")
#: words in a heading's brackets that are no author: "Update (Dringend):"
_NOT_AUTHORS = word_set("heading_remarks")
#: list labels whose value is several people: "Aanwezig: dr. Peeters, technieker Wouter"
_LIST_LABELS = r"aanwezig(?:en)?|deelnemers|attendees|participants"
#: chat speaker labels: what follows is a message, a name only when it is all there is
_CHAT_LABELS = alternation("chat_speaker_labels")
_CLOSINGS = (
    r"(?:met[ \t]+vriendelijke[ \t]+groet(?:en|jes)?|vriendelijke[ \t]+groet(?:en|jes)?|"
    r"hartelijke[ \t]+groet(?:en)?|beste[ \t]+groet(?:en)?|groet(?:en|jes)?|hoogachtend|mvg|"
    r"m\.v\.g\.?|gr\.?|grt|grtz|grts|greetz|kind[ \t]+regards|best[ \t]+regards|"
    r"warm[ \t]+regards|regards|best|cheers|thanks|thank[ \t]+you|many[ \t]+thanks|"
    r"alvast[ \t]+bedankt|bedankt|dank[ \t]+je[ \t]+wel|dank[ \t]+u[ \t]+wel|dankjewel|"
    r"tot[ \t]+(?:volgende[ \t]+week|snel|morgen|ziens|dan)|liefs|succes|"
    # the closings of the neighbours and customers who write in their own language
    r"mit[ \t]+freundlichen[ \t]+grü(?:ß|ss)en|(?:viele|liebe|beste|freundliche)[ \t]+"
    r"grü(?:ß|ss)e|mfg|cordialement|bien[ \t]+à[ \t]+vous|(?:un[ \t]+)?saludos?|atentamente|"
    r"cordiali[ \t]+saluti|distinti[ \t]+saluti|pozdrawiam(?:[ \t]+serdecznie)?|"
    r"z[ \t]+poważaniem)"
)
_RELATIONS = alternation("relations")
#: relations that name someone even without "mijn/zijn/onze" in front
_RELATIONS_BARE = alternation("relations_without_possessive")
#: an article before a role in apposition: "de medewerker, Ola Kamińska, stond ..."
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'])(?:de|het|die|deze|een|the|our|onze)[ \t]+(?:\w+[ \t]+)?$", re.I
)
#: what a name before "mijne zoon" may not be: a request at the start of a sentence
_IMPERATIVES = word_set("imperatives")
_POSSESSIVE = alternation("possessives")
#: "mijn", "onze nieuwe" right before a relation word
_POSSESSIVE_BEFORE = re.compile(rf"(?<![\w'])(?:{_POSSESSIVE})[ \t]+(?:\w+[ \t]+)?$", re.I)
#: note headings followed by a name: "Notitie Mirte K.:", "Samenvatting Houda Amrani:"
_NOTE_LABELS = alternation("note_labels")
#: chat speakers whose name follows in parentheses: "Medewerker (Dewi):"
_SPEAKER_ROLES = alternation("speaker_roles")
#: "mijn naam is", "ik heet", "u spreekt met", ...; a bare "naam" follows separately
_INTROS = (
    r"mijn[ \t]+naam[ \t]+is|de[ \t]+naam[ \t]+is|naam[ \t]+is|my[ \t]+name[ \t]+is|ik[ \t]+heet|"
    r"ze[ \t]+heet|zij[ \t]+heet|hij[ \t]+heet|heet|(?:u|je|jij|ge|gij)[ \t]+spreekt[ \t]+met|"
    r"spreek[ \t]+(?:ik|je)[ \t]+met|(?:you(?:'re|[ \t]+are)[ \t]+)?speaking[ \t]+(?:with|to)|"
    r"op[ \t]+naam[ \t]+van|ten[ \t]+name[ \t]+van|t\.n\.v\.?|tnv|on[ \t]+behalf[ \t]+of|namens"
)
#: acknowledgements that open a line and may be followed by a name: "Top Marlon,"
_ACKS = alternation("acknowledgements")
#: ASCII word characters are word characters for ``regex`` too, so a cue may exclude them
_NO_WORD_BEFORE = r"(?<![a-z0-9_])"
_GREETINGS = (
    r"beste|hoi|hallo|hello|dag|hey|hee|hi|goedemorgen|goedemiddag|goedenavond|goeiemorgen|"
    r"goeiemiddag|goeienavond|goedendag|dear|thanks|thank[ \t]+you|dank[ \t]+je(?:[ \t]+wel)?|"
    r"dank[ \t]+u(?:[ \t]+wel)?|bedankt|merci|welkom|lieve|geachte"
)

#: family words that name a person's relative: "de dochter van X" is X's daughter
_KIN = alternation("kin")
#: greetings before a lowercase name; not "dag", "welkom", "beste" (also "day", "welcome",
#: "best"), which precede ordinary words in lowercase chat
_LOWER_GREETINGS = (
    r"hoi|hallo|hello|hey|hee|hi|thanks|thank[ \t]+you|dank[ \t]+je(?:[ \t]+wel)?|"
    r"dank[ \t]+u(?:[ \t]+wel)?|bedankt|merci|lieve"
)
#: verbs that send a message or a call on to someone: "doorsturen naar X", "naar X gemaild"
_SEND_VERBS = (
    r"(?:door)?stu(?:ur|urt|ren|urde|urden)|(?:door)?gestuurd|(?:door)?mail(?:t|en|de|den)?|"
    r"(?:door)?gemaild|forward(?:t|en)?|geforward|doorzetten|doorgezet|escaleren|geëscaleerd|"
    r"overdragen|overgedragen|doorverbinden|doorverbonden|doorgeven|doorgegeven"
)

_RULES: tuple[_Rule, ...] = (
    # dhr. T. van der Gaag, mevrouw Fung-A-Loi, Meneer Claeys, mr. R.S. van Leeuwen-Amrani
    _Rule(
        "title",
        _rx(
            rf"(?<![\w.])(?:{_TITLES})[ \t]+(?:(?:dr|ir|ing|drs|prof|mr)\.[ \t]*)?(?P<name>{_CAP})"
        ),
        0.75,
        cue=_cue(rf"(?<![a-z0-9_.])(?:{_TITLES.lower()})[ \t]"),
    ),
    # P.J. de Wolff, R.A. van 't Zand, K. Dijkhuis
    _Rule(
        "initials",
        _rx(rf"(?<![\w.&@/-])(?P<name>(?-i:{_INITIALS}[ ]?(?:{_TV}{_SP})?{_CAPNAME}){_END})"),
        0.7,
    ),
    # Van: Nurcan Yavuzalp <nurcan@...>; "schreef Jan Jansen <jan@...>:"; "Aan: ...; Piet <...>"
    _Rule(
        "header",
        _rx(
            rf"^[ \t>]*(?:van|from|aan|to|cc|bcc|afzender|sender|reply-to)[ \t]*:[ \t]*\"?"
            rf"(?P<name>{_ANY})\"?[ \t]*[<\[](?:mailto:)?(?P<addr>[^<>\s@\]]+)@"
        ),
        0.8,
        lowercase=True,
        needs=("@",),
        cue=_cue(r"^[ \t>]*(?:van|from|aan|to|cc|bcc|afzender|sender|reply-to)[ \t]*:"),
    ),
    _Rule(
        "display_name",
        _rx(rf"(?<![\w@.'’-])\"?(?P<name>{_CAP})\"?[ \t]*[<(\[](?:mailto:)?(?P<addr>[^<>()\s@]+)@"),
        0.7,
        needs=("@",),
        # a name never spans lines: only lines with an address opening are scanned
        line_cue=_cue(r"[<(\[][^<>()\n@]*@"),
    ),
    _Rule(
        "wrote",
        _rx(rf"^[ \t>]*(?P<name>{_CAP})[ \t]+(?:wrote|schreef)[ \t]*:"),
        0.65,
        needs=("wrote", "schreef"),
        cue=_cue(r"^[^\n]*(?:wrote|schreef)"),
    ),
    # Behandelaar: Joost Verhelst | Klant: Lieke Smit (QRT-48210) | t.n.v. K. Dijkhuis
    _Rule(
        "label",
        _rx(rf"(?<![\w.])(?P<lab>{_LABELS})[ \t]*:[ \t]*(?:{_TITLES}[ \t]+)?(?P<name>{_ANY})"),
        0.7,
        lowercase=True,
        follow="boundary",
        cue=_cue(rf"(?<![a-z0-9_.])(?:{_LABELS})[ \t]*:"),
    ),
    # Behandeld door Annelies Claes | Ingediend via het portaal door Sofie Wuyts (AB-123)
    _Rule(
        "by",
        _rx(
            rf"(?<![\w])(?:(?:{_BY_VERBS})(?:[ \t]+[^\n.:;,()\[\]]{{1,30}}?)?[ \t]+door"
            rf"|toegewezen[ \t]+aan|assigned[ \t]+to)[ \t]*:?[ \t]*"
            rf"(?:{_TITLES}[ \t]+)?(?P<name>{_CAP})"
        ),
        0.6,
        weak=True,
        needs=("door", "toegewezen", "assigned"),
        # a match never spans lines: only lines that say "door", "toegewezen" are scanned
        line_cue=_cue(r"door|toegewezen|assigned"),
    ),
    # Aanwezig: dr. Peeters, technieker Wouter en Els Maes
    _Rule(
        "list_label",
        _rx(
            rf"(?<=(?<![\w.])(?:{_LIST_LABELS})[ \t]*:(?:[^\n]*?(?:[,;]|[ \t](?:en|and)[ \t]))?"
            rf"[ \t]*)(?:(?:{_TITLES}|{_RELATIONS})[ \t]+)?(?P<name>{_CAP})"
        ),
        0.6,
        line_cue=_cue(rf"(?:{_LIST_LABELS})[ \t]*:"),
    ),
    # klant: wout meersman | [10:42] bezoeker: Senne Kabasele, 07/11/1998
    _Rule(
        "chat_label",
        _rx(rf"^[ \t]*{_TIME}(?:{_CHAT_LABELS})[ \t]*:[ \t]*(?P<name>{_ANY})"),
        0.65,
        lowercase=True,
        follow="line",
        cue=_cue(rf"^[ \t]*{_TIME}(?:{_CHAT_LABELS})[ \t]*:"),
    ),
    # Klant Lieke Smit (QRT-48210) | Notitie Mirte K.: | Samenvatting Houda Amrani:
    _Rule(
        "note_label",
        _rx(
            rf"^[ \t]*(?:{_NOTE_LABELS})[ \t]+(?:van[ \t]+|door[ \t]+)?(?P<name>{_CAP})[ \t]*[:(,]"
        ),
        0.6,
        cue=_cue(rf"^[ \t]*(?:{_NOTE_LABELS})[ \t]"),
    ),
    # Medewerker (Dewi): | Interne notitie (Naima): | medewerker (lisa):
    _Rule(
        "speaker_paren",
        _rx(rf"^[ \t]*{_TIME}(?:{_SPEAKER_ROLES})[ \t]*\((?P<name>{_ANY})\)[ \t]*:?"),
        0.7,
        lowercase=True,
        needs=("(",),
        cue=_cue(rf"^[ \t]*{_TIME}(?:{_SPEAKER_ROLES})[ \t]*\("),
    ),
    # [09:15] Jolien (Kempen IT): | Wout (Kempen IT):
    _Rule(
        "speaker_org",
        _rx(
            rf"^[ \t]*{_TIME}(?P<name>{_CAP})[ \t]*\((?P<org>(?-i:\p{{Lu}})[^()\n]{{1,39}})\)"
            rf"[ \t]*:"
        ),
        0.65,
        needs=("):",),
        cue=_cue(r"^[^\n]*\([^()\n]{2,40}\)[ \t]*:"),
    ),
    # Winkelkraan (Mirjam): | 02-02-25 19:42 - Fietshuis Jansen (Mirjam): the company speaks
    # through a person; taken only when the part before the brackets is an organisation
    _Rule(
        "org_speaker",
        _rx(
            rf"^[ \t]*{_TIME}(?P<org>[^\n():]{{2,40}}?)[ \t]*\((?=[^()\n]{{2,40}}\))"
            rf"(?P<name>{_CAP})\)[ \t]*:"
        ),
        0.65,
        needs=("):",),
        cue=_cue(r"^[^\n]*\([^()\n]{2,40}\)[ \t]*:"),
    ),
    # 02-02-25 19:40 - Xiaoyu Wang: | [02/02/2025, 19:40:12] Xiaoyu Wang: (WhatsApp exports)
    _Rule(
        "wa_speaker",
        _rx(rf"^[ \t]*(?:\[{_WA_STAMP}\]|{_WA_STAMP}[ \t]*[-–])[ \t]*(?P<name>{_CAP})[ \t]*:"),
        0.65,
        weak=True,
        cue=_cue(r"^[ \t]*\[?[0-9]{1,4}[-/.][0-9]{1,2}[-/.]"),
    ),
    # [11:03] Leie ICT – Evelien:
    _Rule(
        "speaker_dash",
        _rx(
            rf"^[ \t]*\[[^\]\n]{{1,25}}\][ \t]*[^\n:]{{2,40}}?[ \t]+[–—-][ \t]+"
            rf"(?P<name>{_CAP})[ \t]*:"
        ),
        0.6,
        needs=("[",),
        cue=_cue(r"^[ \t]*\["),
    ),
    # Kabelkoning – Wessel: (no time stamp): the part after the dash is a person only when it is a
    # known first name and the part before is not ("Maasland ICT – Evelien:")
    _Rule(
        "speaker_dash_plain",
        _rx(
            rf"^[ \t]*{_TIME}(?P<org>[^\n:–—]{{2,40}}?)[ \t]+[–—][ \t]+"
            rf"(?P<name>{_CAP})[ \t]*:"
        ),
        0.6,
        needs=("–", "—"),
        line_cue=_cue(r"[–—][^\n:]{1,40}:"),
    ),
    # [14:32] Ilias – Maasland ICT: | [15:03] Mitchell | Telefoonhuis: | [11:21] Febe @ Hostkot:
    _Rule(
        "speaker_sep",
        _rx(
            rf"^[ \t]*\[[^\]\n]{{1,25}}\][ \t]*(?P<name>{_CAP})[ \t]+(?P<sep>[–—|@-])[ \t]+"
            rf"(?P<org>[^\s:][^\n:]{{0,39}}?)[ \t]*:"
        ),
        0.6,
        needs=("[",),
        cue=_cue(r"^[ \t]*\["),
    ),
    # Analyse (Joris): | Aanvraag via HR (Griet Lambrechts)
    _Rule(
        "heading_paren",
        _rx(
            rf"^[ \t]*{_TIME}(?:{_HEADINGS})(?:[ \t]+(?:via|door|van)[ \t]+[^\n()]{{1,30}}?)?"
            rf"[ \t]*\((?P<name>{_CAP})\)[ \t]*(?::|$)"
        ),
        0.6,
        needs=("(",),
        cue=_cue(rf"^[ \t]*{_TIME}(?:{_HEADINGS})"),
    ),
    # Veerle Coppens (praktijkmanager) | Nathalie (marketing)
    _Rule(
        "role_paren",
        _rx(rf"(?<![\w@.'’-])(?P<name>{_CAP})[ \t]*\Z"),
        0.6,
        anchor=std_re.compile(r"\((?P<role>[^()\n]{2,40})\)"),
    ),
    # Met vriendelijke groet,\n\nNurcan Yavuzalp
    _Rule(
        "closing",
        _rx(
            rf"^(?P<q>[ \t]*(?:>[ \t]*)*){_CLOSINGS}[ \t]*[,.!]?[ \t]*\n(?:[ \t>]*\n){{0,3}}"
            rf"(?P<q2>[ \t]*(?:>[ \t]*)*)(?:{_TITLES}[ \t]+)?(?P<name>{_ANY})"
        ),
        0.7,
        lowercase=True,
        follow="line",
        cue=_cue(rf"^[ \t>]*(?:{_CLOSINGS})[ \t]*[,.!]?[ \t]*\n"),
    ),
    # Gr Youssef | groetjes sytske | Met vriendelijke groet, Piotr Zielinski
    _Rule(
        "closing_inline",
        _rx(
            rf"(?:^|(?<=[.!?][ \t]{{1,3}}))[ \t>]*{_CLOSINGS}(?:[ \t]*,[ \t]*|[ \t]+)"
            rf"(?P<name>{_ANY})(?=[ \t]*[.!]?[ \t]*$)"
        ),
        0.65,
        lowercase=True,
        follow="line",
        # a line start or a blank after ".", "!" or "?" comes before
        cue=_cue(rf"(?<![^\n \t])[ \t>]*(?:{_CLOSINGS})(?:[ \t]*,|[ \t])"),
    ),
    # groetjes van eliane | De groeten van Marco
    _Rule(
        "closing_van",
        _rx(
            rf"(?:^|(?<=[.!?][ \t]{{1,3}}))[ \t>]*(?:de[ \t]+)?(?:groet(?:en|jes)|liefs|greetz)"
            rf"[ \t]+van[ \t]+(?P<name>{_ANY})(?=[ \t]*[.!]?[ \t]*$)"
        ),
        0.6,
        lowercase=True,
        follow="line",
        cue=_cue(
            r"(?<![^\n \t])[ \t>]*(?:de[ \t]+)?(?:groet(?:en|jes)|liefs|greetz)[ \t]+van[ \t]"
        ),
    ),
    # ik ben X | u spreekt met X | naam is X | ze heet X | my name is X | I'm X
    _Rule(
        "intro_strong",
        _rx(
            rf"(?<![\w])(?:{_INTROS}|(?<=^|[.!?,][ \t]{{0,3}})naam"
            rf"|(?<=^|[.!?,;:][ \t]{{0,3}}|\b(?:and|oh|ok|so|btw|en|hi|hey|hello|hoi)[ \t,]{{1,3}})"
            rf"name[ \t]+is)[ \t]+"
            rf"(?:{_TITLES}[ \t]+)?(?P<name>{_ANY})"
        ),
        0.6,
        lowercase=True,
        weak=True,
        cue=_cue(rf"{_NO_WORD_BEFORE}(?:{_INTROS}|naam|name[ \t]+is)[ \t]"),
    ),
    _Rule(
        "intro",
        _rx(
            rf"(?<![\w])(?:ik[ \t]+ben|['’]k[ \t]+ben|(?P<en>i['’]?m|i[ \t]+am))[ \t]+"
            rf"(?P<name>{_ANY})"
        ),
        0.5,
        lowercase=True,
        weak=True,
        cue=_cue(rf"{_NO_WORD_BEFORE}(?:ik[ \t]+ben|['’]k[ \t]+ben|i['’]?m|i[ \t]+am)[ \t]"),
    ),
    # "Goedemorgen, met Jan de Vries" (on the phone, in chat)
    _Rule(
        "intro_met",
        _rx(
            rf"(?:^|(?<=[.!?,][ \t]{{0,3}})|(?<=\b(?:hallo|hoi|goedemorgen|goedemiddag|"
            rf"goedenavond|goeiemorgen|goeiemiddag|goedendag|dag|hey|ja)[ \t,]{{1,3}}))[ \t]*"
            rf"(?:met|(?<=\b(?:hallo|hoi|ja|dag)[ \t,]{{1,3}})me"
            rf"|me(?=[ \t]+[^\n]{{1,40}}?[ \t]hier\b))"
            rf"[ \t]+(?P<name>{_ANY})"
            rf"(?=[ \t]*(?:[,.!]|$|hier\b|van\b|uit\b|spreekt\b))"
        ),
        0.5,
        lowercase=True,
        weak=True,
        # a line start, a blank or a comma, or a sentence end comes before
        cue=_cue(r"(?<![^\n\t .!?,])[ \t]*met?[ \t]"),
    ),
    # mijn dochter Manon | onze collega Hanne Peeters | echtgenoot Ruud Brinkman
    _Rule(
        "relation",
        _rx(
            rf"(?<![\w])(?P<rel>{_RELATIONS})(?:[ \t]+(?P<is>is|heet|named|called))?"
            rf"[ \t]*(?P<comma>,)?[ \t]+(?P<name>{_ANY})"
        ),
        0.55,
        lowercase=True,
        weak=True,
        cue=_cue(rf"{_NO_WORD_BEFORE}(?:{_RELATIONS})[ \t]*,?[ \t]"),
    ),
    # "de dochter van Karen Martel", "namens de zoon van mevrouw Claes": family "of" a person
    # (not "de man van Coolblue" or "de medewerker van KPN": those are of a company)
    _Rule(
        "kin_of",
        _rx(
            rf"(?<![\w])(?:{_KIN})[ \t]+van[ \t]+(?:{_TITLES}[ \t]+)?"
            rf"(?:(?:dr|ir|ing|drs|prof|mr)\.[ \t]*)?(?P<name>{_CAP})"
        ),
        0.55,
        weak=True,
        needs=("van",),
        cue=_cue(rf"{_NO_WORD_BEFORE}(?:{_KIN})[ \t]+van[ \t]"),
    ),
    # "Nancy en ik zijn allebei ..." | "ik en Jeroen": coordinated with "ik", a person
    _Rule(
        "and_i",
        _rx(rf"(?<![\w@.'’-])(?P<name>{_CAP})\Z"),
        0.5,
        weak=True,
        needs=(" en ik",),
        # the name is searched just before " en ik"
        anchor=std_re.compile(r"[ \t]+en[ \t]+ik(?![\w'’])"),
    ),
    # kevin mijne zoon zegt ... | Kevin, mijn zoon, heeft ...
    _Rule(
        "relation_before",
        _rx(rf"(?:^|[.!?:;,])[ \t]*(?P<name>{_ANY})[ \t]*(?P<comma>,)?[ \t]+\Z"),
        0.55,
        lowercase=True,
        weak=True,
        # the name is searched just before "mijne zoon" and a word or comma after it
        anchor=std_re.compile(
            r"(?:mijne(?<![\w']mijne)|mijn(?<![\w']mijn)|m'n(?<![\w']m'n)|onze(?<![\w']onze))"
            rf"[ \t]+(?:{_RELATIONS.lower()})(?=[ \t]*,|[ \t]+[^\W\d_]|[ \t]*$)",
            std_re.MULTILINE,
        ),
    ),
    # Beste Dirk-Jan, | Hoi Joost, | Thanks Arjun. | Dag Bart, | Top Marlon,
    _Rule(
        "greeting",
        _rx(
            rf"(?<![\w])(?:{_GREETINGS}|(?<=^|:[ \t]{{0,3}})(?P<ack>{_ACKS}))"
            rf"[ \t]*,?[ \t]+(?P<name>{_CAP})(?=[ \t]*(?:[,!.?:;]|$))"
        ),
        0.5,
        weak=True,
        cue=_cue(rf"{_NO_WORD_BEFORE}(?:{_GREETINGS}|{_ACKS})[ \t]*,?[ \t]"),
    ),
    # chat in lowercase: "ok dank je suzanna!!", "hoi jeroen," — at a line or sentence start,
    # one word, then "," or "!" (not "nog een dag wachten?": no "dag" here)
    _Rule(
        "greeting_lower",
        _rx(
            rf"(?:^|(?<=[.!?:][ \t]{{1,3}}))[ \t]*(?:(?:{_ACKS})[ \t]*,?[ \t]+)?"
            rf"(?:{_LOWER_GREETINGS})[ \t]*,?[ \t]+(?P<name>(?-i:\p{{Ll}}{{3,}}))"
            rf"(?=[ \t]*(?:[,!]|$))"
        ),
        0.5,
        lowercase=True,
        weak=True,
        cue=_cue(
            rf"{_NO_WORD_BEFORE}(?:(?:{_ACKS})[ \t]*,?[ \t]+)?(?:{_LOWER_GREETINGS})[ \t]*,?[ \t]"
        ),
    ),
    # "Kun je dit doorsturen naar Heleen?" | "stuur het naar Sanne de Wit" (the model reads
    # "naar X" as a place)
    _Rule(
        "send_to",
        _rx(
            rf"(?<![\w])(?:{_SEND_VERBS})(?:[ \t]+[^\s.!?,;:]+){{0,4}}?[ \t]+naar[ \t]+"
            rf"(?:{_TITLES}[ \t]+)?(?P<name>{_CAP})"
        ),
        0.55,
        weak=True,
        needs=("naar",),
        cue=_cue(rf"{_NO_WORD_BEFORE}(?:{_SEND_VERBS})[ \t]"),
    ),
    # "heb het naar Joost gemaild" | "naar mevrouw Claes doorgestuurd"
    _Rule(
        "sent_to",
        _rx(
            rf"(?<![\w])naar[ \t]+(?:{_TITLES}[ \t]+)?(?P<name>{_CAP})"
            rf"(?=[ \t]+(?:{_SEND_VERBS})(?![\w]))"
        ),
        0.55,
        weak=True,
        cue=_cue(r"(?<![a-z0-9_])naar[ \t]"),
    ),
)

_QUOTE = re.compile(r">")
#: what may follow a name that ends its line: a role or company after a separator
_LINE_TAIL = re.compile(r"[ \t]*(?:[|,–—(]|-[ \t]|[.!][ \t]*$)")
#: what may follow a label value or an introduced name
_BOUNDARY = re.compile(r"[ \t]*(?:[,()|;:!?–—\"'’]|-[ \t]|\.(?!\w))")
#: what ends one name in a list of names
_LIST_END = re.compile(r"[ \t]*(?:[,;()/|]|\.?[ \t]*$|(?:en|and)[ \t]|[–—-][ \t])", re.M)
#: an organisation's shape: an acronym, CamelCase or a domain ("Maasland ICT", "HostKot.be")
_ORG_SHAPE = re.compile(r"\p{Lu}{2,}|\p{Ll}\p{Lu}|\.\p{L}{2,}")


#: characters that ``regex`` matches case-insensitively to a cue letter but that do not lowercase
#: to it (or not to one character); a test checks this list against all of Unicode
_CASE_TRAPS = frozenset("İſ\U0001df95")  # the last matches the "ß" of "Grüße"


def _domain_labels(lowered: str) -> set[str]:
    """The labels of the domain names in the message ("bakkerij", "jansen", "nl").

    The same as splitting every ``_DOMAIN.findall(lowered)``, but ``_DOMAIN`` runs only over the
    few runs of ``[\\w.-]`` that hold a ".nl"-like ending: a match never leaves such a run.
    """
    labels: set[str] = set()
    run_end = 0
    for hint in _TLD_HINT.finditer(lowered):
        if hint.start() < run_end:
            continue  # in the run just searched
        run_start = hint.start()
        while run_start > 0 and _RUN_CHAR.match(lowered, run_start - 1):
            run_start -= 1
        run_end = _RUN_REST.match(lowered, hint.start()).end()
        for domain in _DOMAIN.findall(lowered, run_start, run_end):
            labels.update(_LABEL_SPLIT.split(domain))
    return labels


#: what may not touch a repeated name: it would be part of a longer word, address or path
_REPEAT_BEFORE = re.compile(r"[\w@./'’-]")
_REPEAT_AFTER = re.compile(r"[\w@'’-]|\.\w")


def _find_whole(text: str, variants: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the variants standing alone, left to right, longest first, not overlapping.

    What ``finditer`` of ``(?<![\\w@./'’-])(?:v1|v2|...)(?![\\w@'’-]|\\.\\w)`` gives with the
    variants longest first, without compiling that pattern: the names differ per message, so
    ``regex`` would compile a new pattern for nearly every message, and that costs more than
    this search.
    """
    longest: dict[int, int] = {}  # start -> length of the longest variant standing alone there
    for variant in variants:
        start = text.find(variant)
        while start != -1:
            end = start + len(variant)
            if (
                len(variant) > longest.get(start, 0)
                and not (start and _REPEAT_BEFORE.match(text, start - 1))
                and not _REPEAT_AFTER.match(text, end)
            ):
                longest[start] = len(variant)
            start = text.find(variant, start + 1)
    spans = []
    taken = 0
    for start in sorted(longest):
        if start >= taken:
            taken = start + longest[start]
            spans.append((start, taken))
    return spans


def _is_shop_head(token: str) -> bool:
    """A word on "-huis" in front of a name: "Theehuis Wang", "Fietsenhuis Jansen"."""
    low = token.lower()
    return len(low) > 6 and low.endswith(_SHOP_HEAD_SUFFIX)


def _is_company_token(token: str) -> bool:
    """A legal form, desk or trade word: the line names a company, not a person."""
    bare = token.strip(".,;:()\"'")
    low = bare.lower()
    if low in _SHORT_COMPANY_WORDS:
        return bare.isupper() or bare in _MIXED_CASE_FORMS
    if low in _COMPANY_WORDS:
        return True
    return len(low) > 6 and any(low.endswith(s) for s in _COMPANY_SUFFIXES)


#: "de WhatsApp-service van Winkelkraan", "het team van X", "welkom bij X": X is a company
_ORG_VAN = std_re.compile(r"van[ \t]+")
_ORG_WELCOME = std_re.compile(r"welkom[ \t]+bij[ \t]+")
#: what comes before "van" in such a phrase
_ORG_HEADS = entries("organisation_heads")
#: "het team van X" names a company in a signature only: "ik zit in het team van Marieke"
_TEAM_SIGNATURE = std_re.compile(
    r"[ \t>]*(?:(?:met[ \t]+)?(?:vriendelijke[ \t]+|hartelijke[ \t]+)?groet(?:en|jes)?[ \t]*,?"
    r"[ \t]*)?(?:namens[ \t]+)?(?:het[ \t]+)?(?:[\w-]+[ \t]+)?[\w-]*team[ \t]+van[ \t]+"
)
_ORG_AFTER_CUE = re.compile(_CAP)
#: an organisation's shape where a speaker's name may be CamelCase (McDonald, DeShawn): an
#: acronym, a domain, or a capital after three lowercase letters (WhatsApp, HostKot)
_SPEAKER_ORG_SHAPE = re.compile(r"\p{Lu}{2,}|\.\p{L}{2,}|\p{Ll}{3}\p{Lu}")
#: a chat speaker at a line start, alone or with a bracket: "02-02-25 19:41 - Winkelkraan:",
#: "[10:02] Winkelkraan (Mirjam):"
_SPEAKER_LINE = re.compile(
    rf"^[ \t]*(?P<stamp>(?:\[[^\]\n]{{1,25}}\]|{_WA_STAMP}[ \t]*[-–])[ \t]*)?"
    rf"(?P<x>{NAME_CAP})[ \t]*(?:\((?P<y>[^()\n]{{1,40}})\)[ \t]*)?:",
    re.MULTILINE,
)
#: a bracket before a colon: the line may hold a speaker with a bracket ("X (Y):"); and the
#: lines that open with a timestamp (``_SPEAKER_LINE`` is tried at their start)
_BRACKET_SPEAKER_CUE = std_re.compile(r"\)[ \t]*:")
_NO_WORD_CHAR_BEFORE = std_re.compile(r"[a-z0-9_]")
_STAMPED_LINE_CUE = std_re.compile(r"^[ \t]*(?:\[|[0-9]{1,4}[-/.][0-9])", std_re.MULTILINE)


class _Message:
    """What the cues may check against the whole message; the organisations on first use."""

    __slots__ = ("_orgs", "doc", "domains", "lowered", "text")

    def __init__(self, text: str, lowered: str, domains: set[str], doc: Doc | None = None) -> None:
        self.text = text
        self.lowered = lowered
        self.domains = domains
        self.doc = doc
        self._orgs: frozenset[str] | None = None

    def name_like(self, start: int, end: int) -> bool:
        """The first word at ``start`` is a known first name or proper name: a Faker first
        name, or a proper name of the OpenTaal list (tagged DC/DB by the model's first step).
        "Kabelkoning (Wessel):" then names Wessel, "Lotte (Webkade):" names Lotte."""
        word = self.text[start:end].split()[0] if self.text[start:end].split() else ""
        if word in first_names():
            return True
        if self.doc is None:
            return False
        span = self.doc.char_span(start, start + len(word), alignment_mode="expand")
        return span is not None and len(span) == 1 and span[0].tag_ in ("DC", "DB")

    def orgs(self) -> frozenset[str]:
        """Names this message uses for an organisation.

        "service van X", "team van X", "welkom bij X"; and a chat speaker that also speaks
        through people ("Winkelkraan:" and "Winkelkraan (Mirjam):", or "X (Mirjam):" and
        "X (Joost):"): a person does not speak through someone else.
        """
        if self._orgs is None:
            text = self.text
            orgs: set[str] = set()
            lowered = self.lowered
            hits = []
            for hit in _ORG_VAN.finditer(lowered):
                head = lowered[max(0, hit.start() - 16) : hit.start()]
                if not head[-1:].isspace() or not head.rstrip().endswith(_ORG_HEADS):
                    continue
                if head.rstrip().endswith("team"):
                    line_start = lowered.rfind("\n", 0, hit.start()) + 1
                    if not _TEAM_SIGNATURE.fullmatch(lowered, line_start, hit.end()):
                        continue
                hits.append(hit)
            hits += [
                hit
                for hit in _ORG_WELCOME.finditer(lowered)
                if not _NO_WORD_CHAR_BEFORE.search(lowered[max(0, hit.start() - 1) : hit.start()])
            ]
            for hit in hits:
                match = _ORG_AFTER_CUE.match(text, hit.end())
                if match is not None:
                    orgs.add(match.group())
            brackets: dict[str, set[str]] = {}
            if "(" in text:
                line_end = -1
                for hit in _BRACKET_SPEAKER_CUE.finditer(lowered):
                    if hit.start() < line_end:
                        continue  # this line has been tried
                    line_start = lowered.rfind("\n", 0, hit.start()) + 1
                    line_end = lowered.find("\n", hit.start())
                    if line_end == -1:
                        line_end = len(lowered)
                    m = _SPEAKER_LINE.match(text, line_start)
                    if m is not None and m.group("y") is not None:
                        brackets.setdefault(m.group("x"), set()).add(m.group("y").strip())
            if brackets:
                bare: set[str] = set()
                for hit in _STAMPED_LINE_CUE.finditer(lowered):
                    m = _SPEAKER_LINE.match(text, hit.start())
                    if m is not None and m.group("y") is None and m.group("stamp"):
                        bare.add(m.group("x"))
                orgs.update(x for x, ys in brackets.items() if x in bare or len(ys) > 1)
            self._orgs = frozenset(orgs)
        return self._orgs

    def is_org(self, value: str) -> bool:
        """The words name an organisation: a company word or shape, a domain, or said so."""
        words = value.split()
        if any(_is_company_token(w) for w in words) or _SPEAKER_ORG_SHAPE.search(value):
            return True
        if len(words) >= 2 and _is_shop_head(words[0]):
            return True
        if len(words) == 1 and value.lower() in self.domains:
            return True
        return value in self.orgs()


class PersonRulesRecognizer(LocalRecognizer):
    """Finds ``PERSON`` names after titles, initials, headers, labels, greetings and closings."""

    ENTITY = "PERSON"

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            name=type(self).__name__,
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Nothing to load: the regexes are compiled at import."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Apply every cue, then look for the names found again elsewhere in the message."""
        if entities and self.ENTITY not in entities:
            return []
        lowered = text.lower()
        domains = _domain_labels(lowered) if "." in text else set()
        # İ and ſ match a cue letter for ``regex`` without lowercasing to it: scan in full
        cues_apply = not (_CASE_TRAPS & set(text))
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        message = _Message(text, lowered, domains, doc if isinstance(doc, Doc) else None)
        found: list[tuple[int, int, float, str]] = []
        for rule in _RULES:
            if rule.needs and not any(n in lowered for n in rule.needs):
                continue
            for match in self._candidates(text, lowered if cues_apply else None, rule):
                span = self._judge(text, match, rule, message)
                if span is not None:
                    found.append((span[0], span[1], rule.score, rule.name))
        found = self._resolve(found)
        found = self._resolve(found + self._repeats(text, found))
        return [self._result(start, end, score, how) for start, end, score, how in found]

    @staticmethod
    def _candidates(text: str, lowered: str | None, rule: _Rule) -> Iterable[re.Match[str]]:
        """The rule's matches, the same as ``rule.regex.finditer(text)`` would give.

        With a cue (and the lowercased text to run it on) ``regex`` is tried only where the cue
        matches, left to right, going on after each match's end as ``finditer`` does: the cue
        matches wherever ``regex`` could, so nothing is missed. An anchored rule looks for its
        name only before each anchor.
        """
        if rule.anchor is None:
            if lowered is None or (rule.cue is None and rule.line_cue is None):
                yield from rule.regex.finditer(text)
                return
            if rule.line_cue is not None:
                yield from PersonRulesRecognizer._in_lines(text, lowered, rule)
                return
            search, match_at = rule.cue.search, rule.regex.match
            pos = 0
            while (hit := search(lowered, pos)) is not None:
                match = match_at(text, hit.start())
                if match is None:
                    pos = hit.start() + 1
                else:
                    yield match
                    pos = match.end()  # a name is never empty, so this moves on
            return
        if lowered is None:  # İ or ſ in the text: the anchor runs over the text itself
            anyway = std_re.compile(rule.anchor.pattern, rule.anchor.flags | std_re.IGNORECASE)
            anchors = anyway.finditer(text)
        else:
            anchors = rule.anchor.finditer(lowered)
        for anchor in anchors:
            if rule.name == "role_paren" and not _ROLE.search(anchor.group("role")):
                continue
            match = rule.regex.search(text, max(0, anchor.start() - 80), anchor.start())
            if match is not None:
                yield match

    @staticmethod
    def _in_lines(text: str, lowered: str, rule: _Rule) -> Iterable[re.Match[str]]:
        """``rule.regex.finditer`` over the lines that ``rule.line_cue`` finds, in order.

        Each line is scanned with its newline (what a lookahead at the line end sees) and with
        the text before it visible to lookbehinds, so a match is the one a full scan gives.
        """
        assert rule.line_cue is not None
        line_end = -1
        for hit in rule.line_cue.finditer(lowered):
            if hit.start() <= line_end:
                continue  # this line has been scanned
            line_start = lowered.rfind("\n", 0, hit.start()) + 1
            line_end = lowered.find("\n", hit.start())
            if line_end == -1:
                yield from rule.regex.finditer(text, line_start)
                return
            yield from rule.regex.finditer(text, line_start, line_end + 1)

    # --- judging one candidate ------------------------------------------------------------
    def _judge(
        self, text: str, match: re.Match[str], rule: _Rule, message: _Message
    ) -> tuple[int, int] | None:
        start, end = match.span("name")
        tokens = [(m.start() + start, m.end() + start) for m in _TOKEN.finditer(text[start:end])]
        kept = self._trim(text, tokens, rule)
        if not kept:
            return None
        start, end = kept[0][0], kept[-1][1]
        words = [text[a:b] for a, b, _ in kept]
        names = [text[a:b] for a, b, tv in kept if not tv and not _IS_INITIALS.match(text[a:b])]
        lowercase = bool(names) and not names[0][:1].isupper()
        if lowercase and not rule.lowercase:
            return None
        if not self._plausible(words, names, lowercase, rule):
            return None
        segment_end = self._segment_end(text, end)
        around = words + text[end:segment_end].split()[:2]
        if any(_is_company_token(t) for t in around):
            return None
        if len(names) >= 2 and _is_shop_head(names[0]):
            return None
        if not self._follow_ok(text, end, words, lowercase, rule, match):
            return None
        if not self._rule_specific(text, match, rule, start, words, message):
            return None
        if (rule.weak or lowercase) and len(words) == 1:
            low = words[0].lower()
            domains = message.domains
            if low in domains or any(len(low) >= 5 and d.startswith(low) for d in domains):
                return None
        if text[start:end] in message.orgs():
            return None  # "Hallo Winkelkraan," where the chat shows Winkelkraan is the shop
        return start, end

    @staticmethod
    def _trim(text: str, tokens: list[tuple[int, int]], rule: _Rule) -> list[tuple[int, int, bool]]:
        """Keep the name words (start, end, is-tussenvoegsel): stop at a common word."""
        kept: list[tuple[int, int, bool]] = []
        lows = [text[a:b].lower() for a, b in tokens]
        first_upper: bool | None = None
        i = 0
        while i < len(tokens):
            a, b = tokens[i]
            word, low = text[a:b], lows[i]
            nxt = lows[i + 1] if i + 1 < len(lows) else ""
            width = 2 if nxt in _TV_PAIRS.get(low, ()) else 1 if low in _TV_WORDS else 0
            if width and word[:1].isupper() and word.endswith("."):
                width = 0  # "Rik V." ends in an initial, not in "v." for "van"
            if width and (first_upper is not False or low in _STRONG_TV):
                kept.extend((x, y, True) for x, y in tokens[i : i + width])
                i += width
                continue
            i += 1
            if _IS_INITIALS.match(word):
                kept.append((a, b, False))  # an initial: H.J. / Th. / r.
                continue
            upper = word[:1].isupper()
            if upper and _LOWER_COMPOUND.search(word):
                break  # "Microsoft-klant" is a compound noun, "Wirjosentono-de" a surname
            if first_upper is None:
                first_upper = upper
                if kept and not upper and all(tv for _, _, tv in kept):
                    return []  # "ik ben van mening": a lowercase name never starts with "van"
            elif first_upper and not upper:
                break
            if low in _GENERIC or (not upper and low in _COMMON_LOWER):
                break
            if upper and low in STOP_WORDS and not any(not tv for _, _, tv in kept):
                # "Ik", "Het", "Mijn" open a sentence; "Elke", "Ben", "Wil" are also names
                next_upper = i < len(tokens) and text[tokens[i][0]].isupper()
                if low not in _NAME_LIKE_STOPWORDS or (rule.weak and not next_upper):
                    break
            kept.append((a, b, False))
        while kept and kept[-1][2]:
            kept.pop()
        return kept

    @staticmethod
    def _plausible(words: list[str], names: list[str], lowercase: bool, rule: _Rule) -> bool:
        """The words look like a name: not a generic word, not a common lowercase word."""
        if not names:
            return False
        if len(names) > 5:
            return False
        if any(w.lower() in _GENERIC for w in names):
            return False
        if words[0].endswith(".") and words[0].upper() in _ABBREVIATIONS:
            return False
        if lowercase:
            if _PARTICIPLE.search(names[0].lower()):
                return False  # surnames may look like verbs (Verlinden), first names do not
            for w in names:
                low = w.lower()
                if low in _COMMON_LOWER or len(low) < 3:
                    return False
            if rule.name in ("chat_label", "label") and len(words) < 2:
                return False
        return True

    @staticmethod
    def _segment_end(text: str, start: int) -> int:
        """Where the field that holds the name ends: a bracket, comma, dash or line end."""
        limit = min(len(text), start + 80)
        cut = limit
        for stop in ("\n", "(", ",", " - ", " – ", " — ", "|", "<", ";"):
            pos = text.find(stop, start, limit)
            if pos != -1 and pos < cut:
                cut = pos
        return cut

    @staticmethod
    def _follow_ok(
        text: str, end: int, words: list[str], lowercase: bool, rule: _Rule, match: re.Match[str]
    ) -> bool:
        """What follows the name fits the cue (a label value ends there, a closing line ends)."""
        n_words = len(words)
        if rule.name == "relation_before":
            return True  # the relation follows: "kevin mijne zoon zegt"
        rest = text[end : end + 40]
        line = rest.split("\n", 1)[0]
        stripped = line.strip()
        if rule.follow == "line":
            if not stripped:
                return True
            if lowercase:
                return stripped.startswith(",")
            return bool(_LINE_TAIL.match(line))
        boundary = not stripped or bool(_BOUNDARY.match(line))
        if lowercase:
            if boundary:
                return True
            nxt = stripped.split()[0].lower().strip(".,!?") if stripped else ""
            return nxt in _FOLLOW
        if rule.follow == "boundary":
            if boundary or n_words >= 2:
                return True
            # "Aangemaakt door: Ruben na telefonisch contact": a person label, then a remark
            return (
                rule.name == "label"
                and bool(_PERSON_LABEL.search(match.group("lab")))
                and stripped[:1].islower()
                and words[0].lower() not in _COMMON_LOWER
                and not _PARTICIPLE.search(words[0].lower())
            )
        return True

    @staticmethod
    def _rule_specific(
        text: str,
        match: re.Match[str],
        rule: _Rule,
        start: int,
        words: list[str],
        message: _Message,
    ) -> bool:
        """Checks that only one cue needs."""
        if rule.name in ("header", "display_name"):
            local = match.group("addr").lower()
            return local.split("+")[0] not in _SHARED_MAILBOXES
        if rule.name == "closing":
            return len(_QUOTE.findall(match.group("q"))) == len(_QUOTE.findall(match.group("q2")))
        if rule.name == "greeting" and match.group("ack"):
            return text[match.end("name") : match.end("name") + 1] == ","  # "Top Marlon, we"
        if rule.name == "initials" and words[0].count(".") == 1 and len(words) == 2:
            return not _SINGLE_INITIAL_BLOCKERS.search(text[max(0, start - 20) : start])
        if rule.name == "relation":
            rel = match.group("rel").lower()
            before = text[max(0, match.start() - 25) : match.start()]
            poss = _POSSESSIVE_BEFORE.search(before)
            upper = words[0][:1].isupper()
            if match.group("is") and not upper:
                return False  # "mijn zoon is ziek"
            if poss is not None:
                return True
            if not upper:
                return False
            if re.fullmatch(_RELATIONS_BARE, rel):
                return True
            # apposition: "de medewerker, Ola Kamińska, stond aan de balie"
            after = text[match.end("name") : match.end("name") + 3].lstrip(" \t")
            return (
                bool(match.group("comma"))
                and after[:1] == ","
                and bool(_ARTICLE_BEFORE.search(before))
            )
        if rule.name == "relation_before":
            low = words[0].lower()
            if low in _IMPERATIVES or low in _GENERIC or low in _COMMON_LOWER:
                return False
            # lowercase only in Flemish chat: "kevin mijne zoon"
            return words[0][:1].isupper() or text[match.end() : match.end() + 5].lower() == "mijne"
        if rule.name == "by" and len(words) == 1:
            # one word after "door" may be a company ("opgehaald door Bpost"), except in a
            # ticket field that opens its line ("Behandeld door Annelies")
            line_start = text.rfind("\n", 0, match.start()) + 1
            return not text[line_start : match.start()].strip(" \t|>*•-") and bool(
                _DESK_FIELD.match(text, match.start())
            )
        if rule.name == "intro" and match.group("en"):
            # English "I'm X": a name is capitalised and no word of the language ("I'm Away")
            low = words[0].lower()
            return (
                words[0][:1].isupper()
                and not (low in EN_STOP_WORDS and low not in _EN_NAME_LIKE)
                and not any(w.lower() in _EN_COMMON for w in words)
                and not (len(low) >= 6 and low.endswith("ing"))
            )
        if rule.name == "org_speaker":
            # "Winkelkraan (Mirjam):" names Mirjam only where Winkelkraan is an organisation
            org, name = match.group("org").strip(), match.group("name")
            if message.is_org(name):
                return False
            return message.is_org(org) or (
                message.name_like(*match.span("name"))
                and not message.name_like(match.start("org"), match.end("org"))
            )
        if rule.name == "speaker_org":
            # "Lotte (Webkade):" names Lotte, unless the part before the brackets is the company
            if message.is_org(match.group("org")):
                return True
            if message.is_org(match.group("name")):
                return False
            # "Kabelkoning (Wessel):": the known first name in brackets speaks for the company
            return message.name_like(*match.span("name")) or not message.name_like(
                *match.span("org")
            )
        if rule.name == "speaker_dash_plain":
            return message.name_like(*match.span("name")) and not message.name_like(
                *match.span("org")
            )
        if rule.name == "list_label":
            return bool(_LIST_END.match(text, match.end("name")))
        if rule.name == "speaker_sep" and match.group("sep") != "@" and match.group("sep") != "|":
            # "Ilias – Maasland ICT:" names a person first; "Leie ICT – Evelien:" a company
            org = match.group("org")
            return any(_is_company_token(w) for w in org.split()) or bool(_ORG_SHAPE.search(org))
        if rule.name == "heading_paren" and len(words) == 1:
            low = words[0].lower()
            return not (
                low in _NOT_AUTHORS
                or low in _COMMON_LOWER
                or low.endswith("end")
                or _PARTICIPLE.search(low)
            )
        return True

    # --- the same name elsewhere ----------------------------------------------------------
    @staticmethod
    def _repeats(
        text: str, found: Iterable[tuple[int, int, float, str]]
    ) -> list[tuple[int, int, float, str]]:
        """Occurrences of names (and first names) already found with a firm cue."""
        variants: set[str] = set()
        for start, end, score, how in found:
            value = text[start:end]
            words = value.split()
            if len(words) < 2 and (score < 0.6 or how == "title"):
                continue  # a lone word after "meneer" is a surname: "Garage Verhaegen" is no person
            if len(words) >= 2:
                variants.add(value)
            first = words[0]
            if (
                not first.endswith(".")
                and len(first) >= 3
                and first.lower() not in _COMMON
                and first.lower() not in _GENERIC
                and first.lower() not in _TV_WORDS
            ):
                variants.add(first)
                if first.islower():
                    variants.add(first.capitalize())
        if not variants:
            return []
        repeats = []
        for start, end in _find_whole(text, variants):
            before = text[max(0, start - 30) : start].split()
            if before and (_is_company_token(before[-1]) or _is_shop_head(before[-1])):
                continue  # "Garage Verhaegen", "Hofman Administratie": the company, not the person
            repeats.append((start, end, 0.5, "repeat"))
        return repeats

    @staticmethod
    def _resolve(
        found: list[tuple[int, int, float, str]],
    ) -> list[tuple[int, int, float, str]]:
        """One result per stretch of text: the best-scored, then the longest."""
        best: list[tuple[int, int, float, str]] = []
        for cand in sorted(found, key=lambda f: (-f[2], -(f[1] - f[0]), f[0])):
            if all(cand[1] <= s or cand[0] >= e for s, e, _, _ in best):
                best.append(cand)
        return sorted(best)

    def _result(self, start: int, end: int, score: float, how: str) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=score,
            pattern_name=how,
            textual_explanation=f"{self.name}: name after cue '{how}'",
        )
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            },
        )
