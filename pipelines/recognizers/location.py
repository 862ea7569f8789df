"""Where a person lives or was: the town of an address, or a place after a whereabouts cue.

A town is personal data when it is part of someone's address (after a postcode: "5038 KR
Tilburg", "2650 Edegem") or when the text says the person lives, was or moves there ("ik woon
in Schiedam", "ik ben Wim uit Boechout", "working from home in Kessel-Lo"). A town in a company
name ("RepairHuis Zutphen"), an office's location ("Quantora Labs in Gent") or "servers in
Nederland" is not about a person, so there is no pattern that takes a bare capitalised word:
every pattern needs a postcode or a cue about a person.
"""

from __future__ import annotations

import heapq
import re as std_re
from collections.abc import Callable, Iterable
from typing import Any

import regex as re
from presidio_analyzer import Pattern

from pipelines.recognizers._scan import CandidateScan, lowered_starts, starts_of, trie_regex
from pipelines.recognizers.address import HOUSE_NUMBER, in_company_letterhead
from pipelines.recognizers.base import DutchRecognizer

#: words that connect the parts of a town name ("Capelle aan den IJssel", "Bergen op Zoom")
_CONNECT = r"(?:aan|op|in|bij|onder|over|ter|ten|a/d|a\.d\.)(?:[ ](?:den|de|der|het|'t))?"
#: capitalised words after a town that are no part of it
_STOP_AFTER = (
    r"(?!(?:Tel|Telefoon|Tel\.|T|M|E|F|Gsm|GSM|Mob|Mobiel|Nederland|Netherlands|The|België"
    r"|Belgie|Belgium|Belgique|NL|BE|KvK|KVK|Btw|BTW|IBAN|Email|E-mail|Website|Web|Ik|I|Mijn"
    r"|Maar|En|Of|Dus|Want|Als|Dan|Dat|Die|Het|De|Een|Op|In|Met|Voor|Van|Please|Thanks|And|But"
    r"|Groeten|Groet|Bedankt|Dank)(?![\p{L}\-]))"
)
_CAP_WORD = r"(?-i:\p{Lu})[\p{L}'’]*(?:-[\p{L}'’]+)*"
_ANY_WORD = r"[\p{L}][\p{L}'’]*(?:-[\p{L}'’]+)*"
_PREFIX = r"(?:['’][st][ \-]?)?"

#: a town after a postcode: first word in any case ("3072ap rotterdam"), the rest capitalised
TOWN_ANY_CASE = rf"{_PREFIX}{_ANY_WORD}(?:[ ](?:{_CONNECT}[ ])?{_STOP_AFTER}{_CAP_WORD}){{0,3}}"
#: a town after a cue: every word capitalised
TOWN_CAPITALISED = (
    rf"{_PREFIX}{_STOP_AFTER}{_CAP_WORD}(?:[ ](?:{_CONNECT}[ ])?{_STOP_AFTER}{_CAP_WORD}){{0,3}}"
)

#: a town must end here: line end, punctuation, or a lowercase word
_TOWN_END = r"(?![\p{L}'’\-])"

#: first words of the incident cues: "ingebroken in zijn auto ... in Berchem"
_INCIDENTS = (
    "ingebroken", "inbraak", "gestolen", "beroofd", "overvallen", "diefstal", "aangereden",
    "opengebroken", "ingeslagen",
)  # fmt: skip
#: first words of _KIN and _KIN_EN
_KIN_WORDS = (
    "schoon", "groot", "ouders", "familie", "moeder", "vader", "zus", "broer", "oma", "opa",
    "tante", "oom", "dochter", "zoon", "kinderen", "vriend", "partner", "nicht", "neef", "parents",
    "family", "mother", "mom", "mum", "father", "dad", "sister", "brother", "grandparents",
    "in-laws", "relatives", "friend", "aunt", "uncle", "daughter", "son", "kids",
)  # fmt: skip
#: people a person stays with ("bij mijn ouders in Gent", "with my parents in Kumasi")
_KIN = (
    r"(?:schoon|groot)?(?:ouders|familie|familieleden|moeder|vader|zus|zussen|zuster|broer|broers"
    r"|oma|opa|tante|oom|dochter|zoon|kinderen|vriend|vriendin|vrienden|partner|nicht|neef)"
)
_KIN_EN = (
    r"(?:parents|family|mother|mom|mum|father|dad|sister|brother|grandparents|in-laws|relatives"
    r"|friends?|aunt|uncle|daughter|son|kids|partner)(?:['’]s?)?"
)
#: lowercase words that may stand between "ik ben" / "we zaten" and "in" / "op"
_STAY_FILLERS = (
    r"(?:die|dat|toen|gisteren|vorige|deze|dag|week|weken|weekend|moment|nog|nu|even|tijdelijk"
    r"|zelf|dan|daar|\d+|dagen|maanden|maand|een|paar|tot|eind|begin|momenteel|volgende|komende"
    r"|vandaag|morgen|al|sinds|half|twee|drie|vier|vijf|zes|hele|de|het|ook|weer)"
)
#: subjects that are no person: "the data lives in Frankfurt", "het domein is verhuisd"
_THING = (
    r"(?:it|data|server|servers|site|website|backup|backups|file|files|database|mailbox|which"
    r"|that|app|account|domain|copy|mail|email|e-mail|service|repo|repository|bucket)"
)
#: a capitalised full name: "Stefano Bellucci", "Anouk van der Berg"
_FULL_NAME = (
    r"(?<![\p{L}'’\-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \t]+(?:van|de|der|den|ter|ten|da|di"
    r"|dos|del|von|el|al|le|la|van[ \t]+der|van[ \t]+den|van[ \t]+de|in[ \t]+'t))?"
    r"(?:[ \t]+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)*)+"
)
#: a place alone in brackets: every word title-case ("(Haarlem)", "(Bergen op Zoom)")
_TITLE_WORD = r"(?:IJ|\p{Lu})\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}?\p{Ll}+)*"
_TITLE_PLACE = rf"(?-i:{_TITLE_WORD}(?:[ ](?:{_CONNECT}[ ])?{_TITLE_WORD}){{0,3}})"

#: cue words after which a capitalised place is where a person lives, is or moves to, each with
#: the lowercase words its match can start with (the prefilter finds only those)
_CUE_ALTERNATIVES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("woon",),
        r"\b(?:woon|woont|wonen|woonde|woonden)\b(?:[ \t]+(?:en[ \t]+werk|al|nu|sinds|sinds"
        r"|kort|inmiddels|momenteel|tegenwoordig|zelf|ook|nog|tijdelijk|vroeger|\d+|jaar|jaren"
        r"|maanden|zes|vijf|tien|twee|drie|vier|lang|een|paar|tijdje|weer)){0,6}[ \t]+(?:in|te)"
        r"|\bwoonachtig(?:[ \t]+(?:in|te))?"
        r"|\bwoonplaats[ \t]*(?::|is)",
    ),
    (("wonen",), r"\bwonende?[ \t]+(?:in|te)"),
    (("place", "city", "town"), r"\b(?:place[ \t]+of[ \t]+residence|city|town)[ \t]*(?::|is)"),
    # "mijn nieuwe adres in Gent", "her old address is in Lviv": the match starts at "adres"
    (
        ("woonadres", "huisadres", "adres", "address"),
        r"(?=woonadres|huisadres|adres|address)(?<=\b(?:mijn|m'n|je|jouw|zijn|z'n|haar|uw|ons"
        r"|onze|hun|my|his|her|our|their|your)(?:[ \t]+(?:oude|nieuwe|huidige|vorige|eigen|old"
        r"|new|current|home|previous))?[ \t]+)(?:woonadres|huisadres|adres|address)[ \t]+"
        r"(?:is[ \t]+)?(?:in|te)",
    ),
    (
        ("ik ", "we ", "wij ", "hij ", "zij ", "ze "),
        r"\b(?:ik|we|wij|hij|zij|ze)\b(?:"
        r"(?:[ \t]+(?:ben|zijn|is|ga|gaan|gaat|wil|willen|net|pas|onlangs|binnenkort|vorige"
        r"|maand|week|jaar|al|sinds|kort|inmiddels|recent|afgelopen|zomer|dan|straks|volgend"
        r"|volgende|waarschijnlijk|definitief)){0,3}[ \t]+(?:verhuis|verhuisd|verhuizen|verhuist"
        r"|terugverhuis|terugverhuisd|terugverhuizen)(?:[ \t]+[\p{L}]+){0,3}?[ \t]+naar"
        rf"|[ \t]+(?:zat|zaten|zit|zitten)(?:[ \t]+{_STAY_FILLERS}){{0,3}}[ \t]+in"
        # islands and holiday places too: "ik ben 3 weken op Curaçao", "we waren op Texel"
        r"|[ \t]+(?:was|waren|ben|zijn|is|verblijf|verblijven|logeer|logeerde)"
        rf"(?:[ \t]+{_STAY_FILLERS}){{0,3}}[ \t]+(?:in|op)"
        r"|[ \t]+(?:kom|komen|kwam|kwamen)[ \t]+(?:van|vanuit))"
        r"|\b(?:ik|hij|zij|ze)\b[^.\n!?,]{0,30}?[ \t]vanuit"
        r"|\bik[ \t]+ben\b[^.\n!?,]{0,40}?[ \t]uit",
    ),
    # "Taras is in augustus verhuisd naar", "in mei zijn we verhuisd naar": a person moved
    (
        ("verhuisd", "terugverhuisd"),
        r"(?=(?:terug)?verhuisd)(?<=(?:\b(?:ik|we|wij|hij|zij|ze|jullie|u)|(?-i:(?!(?:Het|Dit"
        r"|Dat|Die|Deze|Er|Alles|Niets|Iets|Wat|Welk|Ook|Nu|Dan|Toen)\b)(?<![\p{L}])"
        r"\p{Lu}\p{Ll}+)|\b(?:mijn|m'n|zijn|z'n|haar|onze|hun|je|jouw|uw|de|onze)[ \t]+"
        rf"(?:{_KIN}|klant|collega|man|vrouw|huurder|bewoner))[ \t]+(?:ben|is|zijn|was|waren)"
        r"(?:[ \t]+(?-i:[\p{Ll}\d]+)){0,4}[ \t]+|\b(?:ben|is|zijn|was|waren)[ \t]+(?:ik|we"
        r"|wij|hij|zij|ze|jullie|u)(?:[ \t]+(?-i:[\p{Ll}\d]+)){0,4}[ \t]+)"
        r"(?:terug)?verhuisd[ \t]+naar",
    ),
    (
        ("kom", "kwam", "afkomstig"),
        r"\b(?:kom|komt|komen|kwam|kwamen|afkomstig)\b(?:[ \t]+(?:oorspronkelijk|eigenlijk|zelf"
        r"|ook|net|pas|zojuist|vandaag|gisteren|nog|weer|terug|van[ \t]+origine)){0,2}[ \t]+uit",
    ),
    # "ik ben net terug uit Lviv", "we zijn weer terug in Gent"
    (
        ("terug",),
        r"(?=terug)(?<=\b(?:ben|zijn|is|was|waren|weer|net|pas|nu)[ \t]+)terug(?:[ \t]+van"
        r"[ \t]+(?:vakantie|reis))?[ \t]+(?:in|op|uit)",
    ),
    (
        ("verbl", "logeer"),
        r"\b(?:verblijft|verbleef|verbleven|logeert|logeren|logeerden)\b"
        rf"(?:[ \t]+{_STAY_FILLERS}){{0,3}}[ \t]+(?:in|op)",
    ),
    (
        ("op reis", "op wintersport", "op citytrip", "met reis", "met wintersport", "met citytrip"),
        r"\b(?:op|met)[ \t]+(?:reis|wintersport|citytrip)[ \t]+(?:in|op|naar)",
    ),
    (
        ("vakantie", "holiday", "vacation"),
        r"\b(?:vakantie|holiday|vacation)[ \t]+(?:in|op|naar|to)",
    ),
    (
        ("on a", "on business", "on trip"),
        r"\bon[ \t]+(?:a[ \t]+)?(?:business[ \t]+)?trip[ \t]+(?:in|to)",
    ),
    # "bij mijn ouders in Gent", "with my parents in Kumasi": the match starts at the kin word
    (
        _KIN_WORDS,
        rf"(?={_KIN})(?<=\bbij[ \t]+(?:(?:mijn|m'n|zijn|z'n|haar|onze|ons|hun|je|jouw|uw)[ \t]+)?)"
        rf"{_KIN}[ \t]+(?:in|op|te)"
        rf"|(?={_KIN_EN})(?<=\b(?:with|at|visiting)[ \t]+(?:my|his|her|our|their)[ \t]+)"
        rf"{_KIN_EN}[ \t]+in",
    ),
    (("geboren",), r"\bgeboren(?:[ \t]+en[ \t]+getogen)?[ \t]+(?:in|te)"),
    (
        ("i ", "i'm", "i’m", "we ", "we're", "we’re", "they"),
        r"\b(?:i|we|they)[ \t]+(?:live|lived|stay|stayed|was|were|am|are)"
        r"(?:[ \t]+(?:currently|now|still|temporarily|already|also|just|back|actually)){0,2}"
        r"[ \t]+in"
        r"|\b(?:i'm|i’m|i[ \t]+am|we're|we’re|we[ \t]+are|they're|they’re)"
        r"(?:[ \t]+(?:currently|now|still|temporarily|already|also|just|back|actually)){0,2}"
        r"(?:[ \t]+(?:living|based|staying|from)(?:[ \t]+in)?|[ \t]+in)",
    ),
    (
        ("liv", "resid", "stay"),
        rf"(?=liv|resid|stay)(?<!\b{_THING}[ \t]+)\b(?:lives|lived|living|resides|resided"
        r"|residing|stays|staying|stayed)[ \t]+in",
    ),
    (("travel",), r"\btravel(?:s|led|ed|ling|ing)?[ \t]+(?:to|in|through)"),
    (
        ("fly", "flies", "flew", "heading", "headed", "moved", "moving", "relocat"),
        r"\b(?:fly|flies|flying|flew|heading|headed|moved|moving|relocated|relocating)[ \t]+to",
    ),
    (
        ("reis", "vlieg", "vloog", "vlogen"),
        r"\b(?:reis|reist|reizen|reisde|reisden|vlieg|vliegt|vliegen|vloog|vlogen)\b"
        r"(?:[ \t]+(?:morgen|vandaag|volgende|week|maand|straks|binnenkort|net|pas|even|nu|ook"
        r"|zelf|dan|eind|begin|\d+)){0,3}[ \t]+naar",
    ),
    (("back",), r"\bback[ \t]+in"),
    (("work",), r"\b(?:work|working|works)[ \t]+from[ \t]+home[ \t]+in"),
    (("thuis",), r"\b(?:thuis|thuiswerk|thuiswerken|thuiskantoor)[ \t]+in"),
    (("(",), r"\((?:thuis|home|privé|prive),"),
    (("born",), r"\bborn[ \t]+in"),
    (("inlog",), r"\b(?:inloggen|inlogt|inlog)[ \t]+vanuit"),
    (("van thuis",), r"\bvan[ \t]+thuis[ \t]+uit[ \t]+in"),
    (
        _INCIDENTS,
        r"\b(?:ingebroken|inbraak|gestolen|beroofd|overvallen|diefstal|aangereden|opengebroken"
        r"|ingeslagen)\b[^.\n!?]{0,100}?[ \t]in",
    ),
)
#: a place alone in brackets after a person's full name: "Stefano Bellucci (Haarlem)"
_NAME_BRACKET = rf"(?=\()(?<={_FULL_NAME}[ \t]*)\((?={_TITLE_PLACE}\))"
#: a place before "(thuis)": "werkplek: Haarlem (thuis)"; the place is in the lookbehind
_HOME_BRACKET = (
    r"(?=\((?i:thuis|home|privé|prive)\))"
    rf"(?<=(?<![\p{{L}}'’\-])(?P<value>{_TITLE_PLACE})[ \t]*)\((?i:thuis|home|privé|prive)\)"
)


def _cue_pattern(alternatives: list[str], brackets: bool) -> str:
    """``place_after_cue`` for some of _CUE_ALTERNATIVES, with the bracket forms or without."""
    cues = "(?:" + "|".join(alternatives) + r")[ \t]+"
    if not brackets:
        return rf"(?i:{cues})(?P<value>{TOWN_CAPITALISED}){_TOWN_END}"
    return (
        rf"(?:(?i:{cues})|{_NAME_BRACKET})(?P<value>{TOWN_CAPITALISED}){_TOWN_END}"
        rf"|{_HOME_BRACKET}"
    )


#: the first words of the alternatives in _CUE_ALTERNATIVES; each starts at a word start
_CUE_FIRST_WORDS: tuple[str, ...] = tuple(w for words, _ in _CUE_ALTERNATIVES for w in words)
#: where the bracket forms can start: "(" before a letter that is no ASCII lowercase, or
#: before "thuis" / "home" / "privé" in any case
_BRACKET_STARTS = std_re.compile(r"\((?:(?![a-z])(?=[^\W\d_])|(?i:thuis|home|priv))")

#: software, services and other things a person "sits in" that are not places
_NOT_PLACE = frozenset(
    [
        "teams",
        "outlook",
        "zoom",
        "excel",
        "word",
        "windows",
        "chrome",
        "safari",
        "firefox",
        "google",
        "microsoft",
        "office",
        "gmail",
        "whatsapp",
        "slack",
        "skype",
        "citrix",
        "sap",
        "exact",
        "twinfield",
        "moneybird",
        "teamviewer",
        "linux",
        "android",
        "ios",
        "mac",
        "macos",
        "azure",
        "aws",
        "onedrive",
        "sharepoint",
        "dropbox",
        "vpn",
        "it",
        "ict",
        "hr",
        "de",
        "het",
        "een",
        "mijn",
        "onze",
        "nederland",
        "belgië",
        "belgie",
        "belgium",
        "netherlands",
        "europa",
        "europe",
    ]
)
#: countries are kept only after cues about living and moving, not after "in" in general
_COUNTRIES = frozenset(
    ["nederland", "belgië", "belgie", "belgium", "netherlands", "europa", "europe"]
)
#: capitalised words after a cue that are times, teams, services or states, not places ("back
#: in March", "I'm in Sales", "ik zit op Facebook", "ik ben op Maandag")
_NOT_WHEREABOUTS = frozenset(
    """
    januari februari maart april mei juni juli augustus september oktober november december
    january february march may june july august october
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday
    friday saturday sunday kerst kerstmis pasen christmas easter
    sales marketing finance support engineering accounting management legal charge touch stock
    business contact progress time trouble control line queue quarantaine quarantine meeting
    gesprek overleg vergadering bespreking kantoor school werk bed thuis home vakantie holiday
    facebook instagram linkedin twitter tiktok youtube ziggo kpn telenet proximus odido vodafone
    orange scarlet wordpress shopify magento joomla drupal wix zendesk jira notion trello
    """.split()
)
#: words that make the name before "(Haarlem)" a company, and suffixes of such words
_COMPANY_WORDS = frozenset(
    """
    bv b.v. nv n.v. vof bvba vzw ltd inc gmbh llc labs lab analytics group groep holding
    solutions systems services service consulting consultancy media design studio software
    hosting support team it ict tech digital online partners bouw advies klantenservice helpdesk
    servicedesk sales finance marketing administratie boekhouding webshop shop
    """.split()
)
_COMPANY_SUFFIXES = (
    "praktijk", "bedrijf", "kantoor", "bureau", "atelier", "kliniek", "winkel", "groep",
    "techniek", "host", "hosting", "soft", "ware", "diensten", "consult", "centrum", "fabriek",
    "handel", "makelaardij", "verzekeringen", "school", "zorg", "werken", "erij", "tech", "net",
    "labs",
)  # fmt: skip
#: a role, relation or label in brackets after a name, not a place: "(Teamleider)", "(Zoon)"
_ROLE_SUFFIXES = (
    "manager", "leider", "leidster", "directeur", "director", "eigenaar", "eigenares", "owner",
    "beheerder", "medewerker", "medewerkster", "ontwikkelaar", "developer", "engineer", "adviseur",
    "consultant", "specialist", "coördinator", "coordinator", "assistent", "assistant", "officer",
    "stagiair", "stagiaire", "boekhouder", "secretaresse", "monteur", "planner", "accountant",
    "klant", "collega", "lead", "admin", "support", "intern", "student", "vennoot", "oprichter",
    "founder", "zaakvoerder", "partner", "moeder", "vader", "zoon", "dochter", "echtgenoot",
    "echtgenote", "broer", "zus", "docent", "leraar", "arts", "advocaat", "notaris", "persoon",
    "nieuw", "optioneel", "vertrouwelijk", "bijlage", "privé", "prive", "mobiel", "zakelijk",
    "persoonlijk", "extern", "test", "concept", "urgent", "spoed", "open", "gesloten", "junior",
    "senior", "desk", "team", "afdeling", "sales", "marketing", "finance", "administratie",
)  # fmt: skip
#: public bodies named after their town are organisations: "(Gemeente Zwolle)"
_PUBLIC_BODIES = frozenset(
    "gemeente provincie waterschap politie ziekenhuis universiteit hogeschool ministerie "
    "rijksoverheid ggd omgevingsdienst veiligheidsregio stad stadsbestuur ocmw".split()
)


def _cue_candidates(
    words: Callable[[str], Iterable[int] | None],
) -> Callable[[str], Iterable[int] | None]:
    """Candidates for ``place_after_cue``: the cue words' starts and the brackets', merged."""
    brackets = starts_of(_BRACKET_STARTS)

    def candidates(text: str) -> Iterable[int] | None:
        found = words(text)
        if found is None or "(" not in text:
            return found
        return heapq.merge(found, brackets(text))

    return candidates


class _ByFirstChar:
    """``place_after_cue`` split by the first character of its cues, for ``CandidateScan``.

    Tried at a candidate, the whole alternation costs a few microseconds; the part whose cues
    start with the candidate's character gives the same match (no other cue can start there),
    several times faster. Any other character, and ``finditer``, use the whole pattern.
    """

    def __init__(self, pattern: Any, flags: int) -> None:
        self.pattern = pattern
        firsts = {w[0] for w in _CUE_FIRST_WORDS}
        self._parts = {
            ch: re.compile(
                _cue_pattern(
                    [rx for words, rx in _CUE_ALTERNATIVES if any(w[0] == ch for w in words)],
                    brackets=ch == "(",
                ),
                flags,
            )
            for ch in firsts
        }

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)

    def match(self, text: str, pos: int = 0) -> Any:
        part = self._parts.get(text[pos : pos + 1].lower(), self.pattern)
        return part.match(text, pos)


class LocationRecognizer(DutchRecognizer):
    """Finds the town of an address and the place a person lives, was or moves to."""

    ENTITY = "LOCATION"
    FLAGS = re.MULTILINE
    PATTERNS = [
        Pattern(
            "town_after_nl_postcode",
            r"(?<![\p{L}\d\-/.,])(?P<pc>[1-9]\d{3}(?P<sp>[ \t]?)(?P<letters>[a-zA-Z]{2}))"
            rf"(?![\p{{L}}\d])[ \t]+(?P<value>{TOWN_ANY_CASE}){_TOWN_END}",
            0.5,
        ),
        Pattern(
            "town_after_be_postcode",
            rf"(?<=\p{{L}}[ \t]+){HOUSE_NUMBER}[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?(?:B-)?[1-9]\d{{3}}"
            rf"[ \t]+(?![a-zA-Z]{{2}}(?![\p{{L}}]))(?P<value>{TOWN_CAPITALISED}){_TOWN_END}",
            0.5,
        ),
        Pattern(
            "place_after_cue",
            _cue_pattern([rx for _, rx in _CUE_ALTERNATIVES], brackets=True),
            0.5,
        ),
    ]
    PATTERNS.append(
        Pattern(
            "place_before_incident",
            rf"(?<![\p{{L}}])(?i:in)[ \t]+(?P<value>{TOWN_CAPITALISED}){_TOWN_END}"
            r"(?:[ \t,]+[\p{L}]+){0,4}?[ \t]+(?i:ingebroken|gestolen|beroofd|overvallen"
            r"|aangereden)(?![\p{L}])",
            0.5,
        )
    )
    CONTEXT = ("woon", "adres", "address", "postcode", "verhuis", "live")
    #: where ``place_after_cue`` can start: the first words of _CUES, in lowercase
    _CUE_STARTS = std_re.compile(
        r"(?<!\w)" + trie_regex(tuple(w for w in _CUE_FIRST_WORDS if w != "("))
    )

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_language)
        self._compiled = [
            (
                p,
                CandidateScan(
                    _ByFirstChar(c, self.FLAGS), _cue_candidates(lowered_starts(self._CUE_STARTS))
                )
                if p.name == "place_after_cue"
                else c,
            )
            for p, c in self._compiled
        ]

    _nl_postcode = re.compile(
        r"(?<![\p{L}\d\-/.,])[1-9]\d{3}([ \t]?)([a-zA-Z]{2})[ \t]+\S*$", re.MULTILINE
    )
    _common_pairs = frozenset(
        [
            "en",
            "de",
            "op",
            "in",
            "om",
            "te",
            "is",
            "al",
            "na",
            "of",
            "nu",
            "ik",
            "je",
            "we",
            "ze",
            "zo",
            "er",
            "ja",
            "uw",
            "la",
            "le",
            "ca",
            "eu",
            "nl",
            "be",
            "tv",
            "pc",
            "tm",
            "tot",
        ]
    )

    _name_before = re.compile(r"((?:[\p{L}'’.&\-]+[ \t]+){0,4}[\p{L}'’.&\-]+)[ \t]*\($")
    _inner_capital = re.compile(r"\p{Ll}\p{Lu}")

    def _company_or_role(self, text: str, start: int, value: str) -> bool:
        """Whether "Name (Value)" gives a company or a role, not the person's town."""
        low = value.lower()
        if low.endswith(_ROLE_SUFFIXES + _COMPANY_SUFFIXES) or low in _COMPANY_WORDS:
            return True
        if any(word in _PUBLIC_BODIES for word in low.split()):
            return True
        if self._inner_capital.search(value) and not value.startswith("IJ"):
            return True  # "FixPunt", "PolderHost"
        if re.search(rf"[@.]{re.escape(low)}\.|{re.escape(low)}\.[a-z]{{2,4}}\b", text.lower()):
            return True  # the company's domain: "stefano@acmebouw.nl"
        line = text[text.rfind("\n", 0, start) + 1 : start]
        name = self._name_before.search(line)
        words = name.group(1).lower().split() if name else []
        return any(w in _COMPANY_WORDS or w.endswith(_COMPANY_SUFFIXES) for w in words)

    def accept(self, text: str, start: int, end: int) -> bool:
        """Check the postcode's shape and drop software names and letterhead towns."""
        value = text[start:end]
        first = value.split()[0].lower().strip("'’")
        if (first in _NOT_PLACE and first not in _COUNTRIES) or first in _NOT_WHEREABOUTS:
            return False
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
            return not self._company_or_role(text, start, value)
        before = text[max(0, start - 12) : start]
        postcode = self._nl_postcode.search(before)
        if postcode is not None:
            space, letters = postcode.group(1), postcode.group(2)
            if letters.lower() in self._common_pairs and not letters.isupper():
                return False
            if letters.islower() and space:
                # "2024 en Utrecht": only as part of an address with a house number
                line = text[text.rfind("\n", 0, start) + 1 : start]
                if not re.search(r"\p{L}[ \t]+\d{1,5}\p{L}?[ \t,]+[1-9]\d{3}", line):
                    return False
        elif first in _COUNTRIES:
            cue = text[max(0, start - 40) : start].lower()
            if not re.search(r"woon|wonen|verhuis|live|moved|geboren|born|uit", cue):
                return False
        # "3072ap rotterdam" in a chat, but not "2564 BN en mobiel"
        town_ends = re.match(r"[ \t]*(?:$|[,.;()])", text[end : end + 3], re.MULTILINE)
        if value[0].islower() and not town_ends:
            return False
        if re.search(r"\d", before):
            return not in_company_letterhead(text, start)
        return True
