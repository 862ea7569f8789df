"""Where a person lives or was: the town of an address, or a place after a whereabouts cue.

A town is personal data when it is part of someone's address (after a postcode: "5041 SJ
Tilburg", "2640 Mortsel") or when the text says the person lives, was or moves there ("ik woon
in Schiedam", "ik ben Bert uit Mortsel", "working from home in Heverlee"). A town in a company
name ("FixPunt Deventer"), an office's location ("Lumeta Labs in Leuven") or "servers in
Nederland" is not about a person, so there is no pattern that takes a bare capitalised word:
every pattern needs a postcode or a cue about a person.
"""

from __future__ import annotations

import re as std_re

import regex as re
from presidio_analyzer import Pattern

from pipelines.recognizers._scan import CandidateScan, lowered_starts, trie_regex
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

#: a town after a postcode: first word in any case ("3061kb rotterdam"), the rest capitalised
TOWN_ANY_CASE = rf"{_PREFIX}{_ANY_WORD}(?:[ ](?:{_CONNECT}[ ])?{_STOP_AFTER}{_CAP_WORD}){{0,3}}"
#: a town after a cue: every word capitalised
TOWN_CAPITALISED = (
    rf"{_PREFIX}{_STOP_AFTER}{_CAP_WORD}(?:[ ](?:{_CONNECT}[ ])?{_STOP_AFTER}{_CAP_WORD}){{0,3}}"
)

#: a town must end here: line end, punctuation, or a lowercase word
_TOWN_END = r"(?![\p{L}'’\-])"

#: cue words after which a capitalised place is where a person lives, is or moves to
_CUES = (
    r"(?:\b(?:woon|woont|wonen|woonde|woonden)\b(?:[ \t]+(?:en[ \t]+werk|al|nu|sinds|sinds"
    r"|kort|inmiddels|momenteel|tegenwoordig|zelf|ook|nog|tijdelijk|vroeger|\d+|jaar|jaren"
    r"|maanden|zes|vijf|tien|twee|drie|vier|lang|een|paar|tijdje|weer)){0,6}[ \t]+(?:in|te)"
    r"|\bwoonachtig(?:[ \t]+(?:in|te))?"
    r"|\bwonende?[ \t]+(?:in|te)"
    r"|\b(?:woonplaats|place[ \t]+of[ \t]+residence|city|town)[ \t]*(?::|is)"
    r"|\b(?:ik|we|wij|hij|zij|ze)\b(?:[ \t]+(?:ben|zijn|is|ga|gaan|gaat|wil|willen|net|pas"
    r"|onlangs|binnenkort|vorige|maand|week|jaar|al|sinds|kort|inmiddels|recent|afgelopen"
    r"|zomer|dan|straks|volgend|volgende|waarschijnlijk|definitief)){0,3}[ \t]+(?:verhuis|verhuisd"
    r"|verhuizen|verhuist|terugverhuis|terugverhuisd|terugverhuizen)"
    r"(?:[ \t]+[\p{L}]+){0,3}?[ \t]+naar"
    r"|\bik[ \t]+ben\b[^.\n!?,]{0,40}?[ \t]uit"
    r"|\b(?:kom|kwam|komt|afkomstig)\b(?:[ \t]+(?:oorspronkelijk|eigenlijk|zelf|ook))?[ \t]+uit"
    r"|\b(?:ik|we|wij|hij|zij|ze)[ \t]+(?:zat|zaten|zit|zitten|was|waren|ben|verblijf"
    r"|verblijven|logeer|logeerde)(?:[ \t]+(?:die|dat|op|toen|gisteren|vorige|deze|dag|week"
    r"|weekend|moment|nog|nu|even|tijdelijk|toen|zelf|dan|daar)){0,3}[ \t]+in"
    r"|\bop[ \t]+(?:vakantie|reis)[ \t]+(?:in|naar)"
    r"|\bgeboren(?:[ \t]+en[ \t]+getogen)?[ \t]+(?:in|te)"
    r"|\b(?:i|we)[ \t]+(?:live|lived|stay|stayed|was|were)[ \t]+in"
    r"|\b(?:i'm|i[ \t]+am|we're|we[ \t]+are)[ \t]+(?:living|based|staying|from)(?:[ \t]+in)?"
    r"|\bliving[ \t]+in"
    r"|\b(?:work|working|works)[ \t]+from[ \t]+home[ \t]+in"
    r"|\b(?:thuis|thuiswerk|thuiswerken|thuiskantoor)[ \t]+in"
    r"|\b(?:moved|moving|relocated|relocating)[ \t]+to"
    r"|\bborn[ \t]+in"
    r"|\b(?:ik|hij|zij|ze)\b[^.\n!?,]{0,30}?[ \t]vanuit"
    r"|\b(?:inloggen|inlogt|inlog)[ \t]+vanuit"
    r"|\bvan[ \t]+thuis[ \t]+uit[ \t]+in"
    r"|\b(?:ik|we|wij|hij|zij|ze)[ \t]+(?:kom|komen|kwam|kwamen)[ \t]+(?:van|vanuit)"
    r"|\b(?:ingebroken|inbraak|gestolen|beroofd|overvallen|diefstal|aangereden|opengebroken"
    r"|ingeslagen)\b"
    r"[^.\n!?]{0,100}?[ \t]in"
    r")[ \t]+"
)

#: the first words of the alternatives in _CUES
_CUE_FIRST_WORDS: tuple[str, ...] = (
    "woon", "wonen", "place", "city", "town", "ik ", "we ", "wij ", "hij ", "zij ", "ze ", "i ",
    "i'm", "kom", "kwam", "afkomstig", "op vakantie", "op reis", "geboren", "living", "work",
    "thuis", "moved", "moving", "relocat", "born", "ingebroken", "inbraak", "gestolen",
    "beroofd", "overvallen", "diefstal", "aangereden", "opengebroken", "ingeslagen", "inlog",
    "van thuis",
)  # fmt: skip

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
            rf"(?i:{_CUES})(?P<value>{TOWN_CAPITALISED}){_TOWN_END}",
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
    _CUE_STARTS = std_re.compile(trie_regex(_CUE_FIRST_WORDS))

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_language)
        self._compiled = [
            (
                p,
                CandidateScan(c, lowered_starts(self._CUE_STARTS))
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

    def accept(self, text: str, start: int, end: int) -> bool:
        """Check the postcode's shape and drop software names and letterhead towns."""
        value = text[start:end]
        first = value.split()[0].lower().strip("'’")
        if first in _NOT_PLACE and first not in _COUNTRIES:
            return False
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
        # "3061kb rotterdam" in a chat, but not "2531 VK en mobiel"
        town_ends = re.match(r"[ \t]*(?:$|[,.;()])", text[end : end + 3], re.MULTILINE)
        if value[0].islower() and not town_ends:
            return False
        if re.search(r"\d", before):
            return not in_company_letterhead(text, start)
        return True
