"""Secrets: passwords, PIN and door codes, 2FA recovery codes, BitLocker keys, API tokens.

A secret has no shape of its own, so most patterns start at a cue word ("wachtwoord",
"deurcode", "API-key", "verhuiscode") and take the value after a separator (":", "is", "was",
"="), or directly after the cue when the value looks like a secret (digits or symbols in it).
Ordinary words after the cue ("het wachtwoord is verlopen", "wachtwoord vergeten") are states,
not secrets: a value of letters only needs a colon or quotes. Error codes ("code RC-17",
"foutcode FF-502") and postcodes are not cues. Shapes that are secrets on their own are taken
without a cue: BitLocker recovery keys (eight groups of six digits) and vendor token prefixes
(``sk_live_``, ``ghp_``, ``AKIA``). The span is the secret only: no cue word, no sentence
punctuation after it (a "!" or "#" that belongs to the password stays).

Secrets are also given in passing, a few words after the cue, so a cue reaches the rest of its
sentence and the next one (``_near_cues``): after a password cue ("wachtwoord", "paswoord",
"pw", misspelt "wachtwrd") any password-shaped token (letters with digits, or with a symbol and
a capital; never a file name, domain, version or code in capitals), also in parentheses, in a
list, the second of two, or alone on a line a few lines on; after a keypad cue ("pincode",
"alarm…", "kluis…", a bare "code" with a door or safe near) a lone 4-8 digit number. A label
before the token ("gebruikersnaam", "netwerk", "op", "sinds") makes it something else. A card's
security code is three or four digits after "CVC" or right after the expiry date. The cue and
label words are data: ``pipelines/data/credential_cues.txt`` and
``credential_window_cues.txt``.

A hard-wrapped mail may put the value on the line after its cue ("CVC\n318"). After a
one-time-code cue ("code uit de app", "sms-code", "verificatiecode") a code may be written in
two groups of three digits. A value given before its cue may be pointed back to ("4821, dat is
de code van het hek"). Words that make a cue about rules ("password policy: min. 12") and
technical names of a password's shape ("sha256", "x86_64") are never secrets. A secret found
once is taken wherever it recurs in the message (six or more characters, with a letter).

A bare "code" tied to its channel ("een sms met code …", "de code uit de mail", "in de sms
stond …") is a one-time code, and so is a card reader's response code ("responscode",
"antwoordcode", two groups of four digits). A lock's combination may be written digit by digit
("het cijferslot staat op 0-4-1-7", "3 8 2 1"). A password may stand in apposition ("mijn
paswoord van de webmail, zonnebloem, werkt niet"). After a sentence about logging in, the
password-shaped items of a list under a line about trying ("Ik heb deze geprobeerd:") are
passwords tried. The cue words are data (``credential_window_cues.txt``: otp, channel, login,
try, aside).

A door, gate or key safe that "gaat open met 4718" names its code (``opener`` cues), and a
combination lock "staat op 062" (three dials are enough). A password cue reaches the end of its
own sentence however long an aside between dashes makes it. A bare "wifi" takes only a key of
the full chosen shape (both cases, a digit, a symbol). Some secrets are found by where they
stand: the password in a URL's user info ("postgres://user:<pw>@host"), the token of an
"Authorization: Bearer/Basic" header, a passphrase said to have its spaces ("… is blue heron
1977 lakeside (with spaces)"), and a chosen password alone on its line that the next line
points back at as what logs in ("Dat is wat ik gebruik voor …").

A value may be given in its role before the cue ("604 118 als verificatiecode", "5283 als
pincode", also after a label such as "al drie jaar"), pointed back to with a short aside
(""Kastanje!Boom8" was volgens haar het wachtwoord"), or changed into ("de deurcode is
gewijzigd in 9052"). A bare "pass" is a password only after a user name's label on its line
("user m.dewit, pass X"); "kode" is a spelling of "code". A passphrase is the rest of the line
after its cue and a colon; a login pair ("Inlog: x@y.nl / Zeilboot44") gives its password after
the slash; a password-shaped token typed in where logging in fails ("heb X ingetypt") is one;
and a keypad code may be said digit by digit ("vier nul twee acht").
"""

from __future__ import annotations

import re as std_re
from pathlib import Path

import regex as re
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.nl.stop_words import STOP_WORDS as NL_STOP_WORDS

from pipelines.recognizers._scan import (
    CandidateScan,
    lowered,
    lowered_starts,
    starts_of,
    trie_regex,
)
from pipelines.recognizers.base import DutchRecognizer
from pipelines.recognizers.spoken_numbers import DIGIT_WORDS, spoken_digits

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def _data_lines(name: str) -> list[str]:
    """The non-comment lines of a data file in ``pipelines/data``."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


#: cue words that introduce a secret (regex fragments, matched case-insensitively)
SECRET_CUES: tuple[str, ...] = tuple(_data_lines("credential_cues.txt"))
#: cue words for the boost in the window (prefixes, see base.cue_regex)
CONTEXT_CUES: tuple[str, ...] = tuple(_data_lines("credential_context_cues.txt"))
#: cues that are secrets only with a colon or "=" ("pass the …", "pin 3 van de connector")
_WEAK_CUES = frozenset(
    {"ww", "pw", "pwd", "pass", "pin", "sleutel", "code", "wifi", "token", "geheim", "bios"}
)

_CUE_ALT = "|".join(SECRET_CUES)
#: words that come between cue and verb: "het wachtwoord van ons gastennetwerk is …"
_FILLER_WORD = (
    r"(?!(?:en|maar|of|want|omdat|dus|and|but|or|because|terwijl|als|dan|nummer|is|was)\b)"
    r"[^\s.!?,;:]+"
)
_VERB = (
    r"(?:[ \t]*(?:[:=]|->|=>|→)[ \t]*"
    r"|[ \t]+(?:is|was|wordt|werd|luidt|blijft|zijn|waren|staat|:)(?:[ \t]+(?:nu|gewoon|nog"
    r"|trouwens|dus|eigenlijk|voortaan|tijdelijk|altijd|sowieso))*[ \t]*:?[ \t]+)"
)
#: the secret: no spaces or quotes; sentence punctuation after it is left out
#: (in a connection string the next setting ends it: "Password=X;Encrypt=True")
_VALUE = (
    r"(?P<value>[^\s\"'“”‘’(\[<]+?)"
    r"(?=[.,;:)\]}\"'”’?]*(?:\s|$)|;[A-Za-z][\w ]{0,30}=)"
)
#: a bare value must have a digit or a symbol in it
_BARE_VALUE = r"(?=[^\s]*?[\d#*!@$%&+=_~^])" + _VALUE
_QUOTED = r"[\"'“‘`](?P<value>[^\"'”’`\n]{3,64})[\"'”’`]"

#: a value that is a state or an ordinary word, never the secret
_STATE_WORDS = frozenset(
    [
        "verlopen",
        "gewijzigd",
        "veranderd",
        "aangepast",
        "kwijt",
        "nodig",
        "gereset",
        "vergeten",
        "verkeerd",
        "onjuist",
        "fout",
        "juist",
        "correct",
        "niet",
        "wel",
        "ook",
        "nog",
        "goed",
        "ingevuld",
        "ingesteld",
        "opgeslagen",
        "geblokkeerd",
        "gestuurd",
        "verstuurd",
        "ontvangen",
        "aangemaakt",
        "opnieuw",
        "hetzelfde",
        "anders",
        "nieuw",
        "oud",
        "oude",
        "nieuwe",
        "zelfde",
        "leeg",
        "verloren",
        "gelekt",
        "gehackt",
        "geaccepteerd",
        "geweigerd",
        "vereist",
        "verplicht",
        "ongeldig",
        "geldig",
        "bekend",
        "onbekend",
        "mee",
        "erbij",
        "zo",
        "dit",
        "dat",
        "die",
        "deze",
        "het",
        "een",
        "de",
        "van",
        "voor",
        "bij",
        "met",
        "in",
        "op",
        "te",
        "via",
        "per",
        "expired",
        "changed",
        "wrong",
        "incorrect",
        "invalid",
        "reset",
        "required",
        "needed",
        "sent",
        "lost",
        "same",
        "new",
        "old",
        "the",
        "a",
        "weet",
        "werkt",
        "werken",
        "klopt",
        "kloppen",
        "kreeg",
        "kregen",
        "krijg",
        "gevraagd",
        "vragen",
        "gebruikt",
        "gebruik",
        "wijzigen",
        "veranderen",
        "resetten",
        "invullen",
        "aanpassen",
        "instellen",
        "sturen",
        "delen",
        "doorgeven",
        "ingetrokken",
        "ingetypt",
        "getypt",
        "vernieuwd",
        "verwijderd",
        "gedeeld",
        "geüpdatet",
        # a policy's description, not a value ("wachtwoord: min. 12 tekens")
        "min",
        "max",
        "minimaal",
        "maximaal",
        "minimum",
        "maximum",
        "minstens",
        "hoogstens",
    ]
)
#: a value said with a verb ("de passphrase is …"), whose first word may make it a state
_SAID_BEFORE = std_re.compile(r"(?:is|was|luidt|wordt)[ \t]+(?:nu[ \t]+|gewoon[ \t]+)?$")
_NOT_STATE = r"(?!(?:" + "|".join(sorted(_STATE_WORDS, key=len, reverse=True)) + r")(?![\p{L}\d]))"
#: the function words of Dutch and English (spaCy's stop-word lists): a sentence that goes on
#: after a cue's colon, never a password by itself
_FUNCTION_WORDS = NL_STOP_WORDS | EN_STOP_WORDS

_NOT_SECRET_SHAPES = re.compile(
    r"\d{1,2}[:.]\d{2}(?:u|h)?"  # time
    r"|\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}"  # date
    r"|[€$]\S*|\d+(?:[.,]\d+)?%?"  # amount, bare number handled below
    r"|[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+|(?:https?://|www\.)\S+"  # e-mail (a dotted domain), URL
    r"|(?:\d{1,3}\.){3}\d{1,3}"  # IPv4
    r"|[A-Z]{1,5}-?\d{1,5}"  # error code RC-17, FF-502
    r"|0x[0-9a-fA-F]+",
)
#: the label of a user name, before the password of a pair ("user k.smit, pass X")
_USER_LABEL = re.compile(
    r"(?<![\p{L}])(?:user(?:name|id)?|gebruiker(?:snaam)?|login|inlog(?:naam)?|account)(?![\p{L}])",
    re.IGNORECASE,
)
#: a value that is a PIN or door code: digits, maybe with # or *
_KEYPAD = re.compile(r"[#*]?\d{4,8}[#*]?")
#: what a recovery code looks like: groups of 3-6 letters and digits, or 4+4 digits
_CODE_SHAPE = re.compile(
    r"(?<![\w\-])(?:[A-Za-z0-9]{3,6}(?:-[A-Za-z0-9]{3,6}){1,4}|\d{4}[ ]\d{4})(?![\w\-])"
)
_CODE_LIST_CUE = re.compile(
    r"(?<![\p{L}])(?:herstel|back[\s\-]?up|recovery|reserve|nood|2fa|mfa)[\s\-]?codes?"
    r"(?![\p{L}])",
    re.IGNORECASE,
)
_NOT_CODE_CUE = re.compile(
    r"(?:fout|error|status|melding|qr|html|bron|source|promo|actie|kortings?|discount|coupon"
    r"|voucher|product|land|country|area|postal|zip|post|btw|ean|sku|tracking|klant|order"
    r"|factuur|bestel|referentie|dossier|boekings?|reserverings?|risico\w*|ticket)[\s\-,]*$",
    re.IGNORECASE,
)
_BUSINESS_BEFORE = re.compile(
    r"(?:ticket|factuur|order|bestelling|invoice|klantnr|klantnummer|ref)\S*[\s#:]*$",
    re.IGNORECASE,
)


def _literal_start(fragment: str) -> str:
    """The literal letters a cue fragment always starts with ("pwd?" -> "pw")."""
    found = std_re.match(r"[^\W_]+", fragment)
    if found is None:
        raise ValueError(f"credential cue without a literal start: {fragment!r}")
    literal = found.group(0)
    if fragment[len(literal) : len(literal) + 1] in ("?", "*", "{"):
        literal = literal[:-1]
    return literal


#: where each slow pattern can start, in lowercase (see address.CandidateScan): the first
#: word of a cue in SECRET_CUES, of "changed into" and of "it was"
_STARTS: dict[str, std_re.Pattern[str]] = {
    name: std_re.compile(trie_regex(words))
    for name, words in (
        ("cue", tuple(_literal_start(cue) for cue in SECRET_CUES)),
        (
            "changed_into",
            ("veranderd", "gewijzigd", "aangepast", "gewisseld", "changed", "reset", "gezet"),
        ),
        ("it_was", ("het ", "it ", "was het")),
        (
            "passphrase",
            ("wachtwoordzin", "wachtzin", "passphrase", "pass phrase", "pass-phrase",
             "herstelzin", "seed", "recovery"),
        ),
        ("typed_in", ("tik", "toets", "typ", "voer")),
        ("code_grouped", ("code",)),
        ("markup_field", ('"pass', "'pass", '"pwd', '"wacht', '"secret', "<pass", "<pwd",
                          "<wacht", "<secret")),
        ("reused", ("gebruik", "use")),
        ("wifi_pair", ("wifi", "wi-fi", "wlan", "netwerk", "network")),
        ("totp_secret", ("geheime", "secret", "setup", "2fa", "totp", "authenticator", "herstel")),
        ("set_to", ("op ", "naar ", "to ")),
        ("login_with", ("inlog", "log in", "login", "aanmeld", "meld aan", "sign in", "logged in",
                        "ingelogd")),
    )
}  # fmt: skip
#: a BitLocker key's first group: the stdlib pattern tries its lookbehind at every position
_BITLOCKER_START = std_re.compile(r"\d{6}-\d")
_STARTS_OF_PATTERN = {
    "cue_separator_value": "cue",
    "cue_bare_value": "cue",
    "changed_into": "changed_into",
    "it_was": "it_was",
    "passphrase_line": "passphrase",
    "passphrase_said": "passphrase",
    "typed_in_code": "typed_in",
    "login_with": "login_with",
    "code_grouped": "code_grouped",
    "markup_field": "markup_field",
    "reused": "reused",
    "wifi_pair": "wifi_pair",
    "totp_secret": "totp_secret",
    "set_to": "set_to",
}


def looks_secret(value: str) -> bool:
    """Whether a bare value (no separator after the cue) has the mix of a secret."""
    if _KEYPAD.fullmatch(value):
        return True
    has_digit = any(ch.isdigit() for ch in value)
    has_alpha = any(ch.isalpha() for ch in value)
    has_symbol = any(not ch.isalnum() for ch in value)
    return len(value) >= 6 and has_alpha and (has_digit or has_symbol)


#: card security codes: three or four digits right after the cue are the secret
_CARD_CUES = frozenset({"cvc", "cvc2", "cvv", "cvv2", "csc"})
_CARD_CODE_BEFORE = re.compile(
    r"(?<![\p{L}])(?:cvc2?|cvv2?|csc)(?:[\s:=]+(?:is|was|code|nummer|:))*[\s:=]*$", re.IGNORECASE
)
#: a symbol that makes a password of letters ("KoffieMetKoek!"); "-" and "." join words too
_STRONG_SYMBOLS = frozenset("!#$%&*@^~+=?_")
_NOT_PASSWORD = std_re.compile(
    r"[\w\-]+\.[a-z0-9]{2,4}"  # a file name
    r"|v?\d+(?:\.\d+)+\S*"  # a version
    r"|[0-9a-f]{6,}"  # a hex id
    r"|\S*[@/\\]\S*|\S*[a-z]\.[a-z]\S*",  # mail, path, URL, domain, user.name
    std_re.IGNORECASE,
)


#: a word with a number in front or behind ("2-stapsverificatie", "24-uurs", "covid-19"):
#: an ordinary word
_NUMBERED_WORD = std_re.compile(r"\d{1,3}-[^\W\d_]+(?:-[^\W\d_]+)*|[a-zà-ÿ]+-\d{1,2}")
#: "APP_VERSION=3.8.0": a setting, whose value the cue patterns judge themselves
_ASSIGNMENT = std_re.compile(r"[A-Za-z_][\w.\-]*[=:]")


def password_shaped(token: str) -> bool:
    """Whether a token, found near a password cue, has the shape of a password.

    Letters with digits ("kiki2011", "Tulpen-Laan-9") or with a strong symbol and a capital
    ("KoffieMetKoek!"); some lowercase, so that codes in capitals (HERFST25, KPN-8A21F) and
    version strings stay out, and never a file name, address, domain or hex id.
    """
    if not 6 <= len(token) <= 64 or _NOT_PASSWORD.fullmatch(token) or _ASSIGNMENT.match(token):
        return False
    if token.lower() in _TECH_WORDS:
        return False
    letters = sum(ch.isalpha() for ch in token)
    if letters < 3 or not any(ch.islower() for ch in token):
        return False
    if any(ch.isdigit() for ch in token):
        return not _NUMBERED_WORD.fullmatch(token)
    core = token.rstrip("!?")  # "Bedankt!!": an exclamation, not a symbol of the password
    if any(ch in _STRONG_SYMBOLS for ch in core):
        return any(ch.isupper() for ch in core)
    return core != token and sum(ch.isupper() for ch in core) >= 2  # "KoffieMetKoek!"


def _window_words() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {}
    for line in _data_lines("credential_window_cues.txt"):
        kind, word = line.split(None, 1)
        kinds.setdefault(kind, []).append(word.lower())
    return {kind: tuple(words) for kind, words in kinds.items()}


_WINDOW_WORDS = _window_words()


def _word_alternation(words: tuple[str, ...]) -> str:
    """Words (a "*" lets a compound tail follow, else the word must end) as one regex,
    factored as a trie (see ``trie_regex``); the word start is checked by the caller."""
    whole = tuple(w.replace("-", " ") for w in words if not w.endswith("*"))
    prefix = tuple(w.rstrip("*").replace("-", " ") for w in words if w.endswith("*"))
    parts = []
    if whole:
        parts.append(trie_regex(whole).replace(r"[ \t]+", r"[\s\-]") + r"(?![a-z])")
    if prefix:
        parts.append(trie_regex(prefix).replace(r"[ \t]+", r"[\s\-]") + r"[a-z]*")
    return "(?:" + "|".join(parts) + ")"


def _word_regex(words: tuple[str, ...]) -> std_re.Pattern[str]:
    """The words at a word start."""
    return std_re.compile(r"(?<![a-z0-9])" + _word_alternation(words))


#: technical names of a password's shape ("sha256", "x86_64"), never a secret
_TECH_WORDS = frozenset(_WINDOW_WORDS["tech"])
#: words right after a password cue that make the phrase about rules ("password policy: …")
_ABOUT_WORDS = frozenset(_WINDOW_WORDS["about"])
_PASSWORD_CUE = _word_regex(_WINDOW_WORDS["password"])
_KEYPAD_CUE = _word_regex(_WINDOW_WORDS["keypad"])
_KEYPAD_CONTEXT = _word_regex(_WINDOW_WORDS["context"])
#: all three kinds of cue in one scan; without a leading lookbehind ``re`` skips ahead by the
#: first letters, so the word start is checked on each match (see ``_cue_starts``)
_ANY_CUE = std_re.compile(
    rf"(?P<wifi>{_word_alternation(_WINDOW_WORDS['wifi'])})"
    rf"|(?P<password>{_word_alternation(_WINDOW_WORDS['password'])})"
    rf"|(?P<keypad>{_word_alternation(_WINDOW_WORDS['keypad'])})"
    rf"|(?P<otp>{_word_alternation(_WINDOW_WORDS['otp'])})"
    rf"|(?P<wifi_bare>{_word_alternation(_WINDOW_WORDS['wifi_bare'])})"
    # "kode": the Flemish and phonetic spelling of a bare code
    r"|(?P<code>(?:code|kode|combinatie)(?![a-z]))"
)
#: a literal piece of every cue: a text with none of them has no cue, and is not scanned
_CUE_PIECES = tuple(
    sorted(
        {
            w.rstrip("*").replace("-", " ").split()[0][:4]
            for k in ("password", "keypad", "wifi", "otp", "wifi_bare")
            for w in _WINDOW_WORDS[k]
        }
        | {"code", "kode", "comb"}
    )
)
#: words that can start a card's expiry date (see _EXPIRY): the scan runs only when one is there
#: one scan for any of the pieces (a loop of ``in`` tests over ~60 pieces cost more)
_CUE_PIECES_RE = std_re.compile("|".join(map(std_re.escape, _CUE_PIECES)))
#: the cues found only where one of their first letters starts (every alternative of
#: ``_ANY_CUE`` opens with its piece), the same matches as ``_ANY_CUE.finditer``
_ANY_CUE_SCAN = CandidateScan(_ANY_CUE, starts_of(_CUE_PIECES_RE))
_EXPIRY_WORDS = ("geldig", "exp", "verval", "valid")
_LABELS = frozenset(_WINDOW_WORDS["label"])
_PREPOSITIONS = frozenset(_WINDOW_WORDS["prep"])
_UNIT_AFTER = std_re.compile(
    r"[ \t]?(?:" + "|".join(map(std_re.escape, _WINDOW_WORDS["unit"])) + r")(?![a-z])"
)
#: where a cue's window ends: the end of the sentence after the cue's own
_SENTENCE_END = std_re.compile(r"[.!?](?=\s)|\n[ \t]*\n")
_WINDOW = 200
#: a token in the window: no spaces, quotes or brackets; trailing sentence punctuation left out
_TOKEN = std_re.compile(
    r"(?<![^\s(\[\"'“‘:=,;])[^\s\"'“”‘’()\[\]<>,;]+?(?=[.,;:?)\]\"'”’]*(?:\s|$))"
)
#: a Wi-Fi key of digits only: 8-63 digits (WPA allows 8-63 characters)
_WIFI_DIGITS = std_re.compile(r"\d{8,63}")
#: a Wi-Fi key cue shortly before a value: its digits may be longer than a PIN's
_WIFI_BEFORE = std_re.compile(
    r"(?:wi-?fi|wlan|wpa2?|netwerk|network|beveiligings)[\s\-]?(?:wachtwoord|paswoord|password"
    r"|sleutel|key|code|passphrase|psk)",
    std_re.IGNORECASE,
)
#: a value given before its cue: "561937 is de alarmcode", "Zomer2024! is het wachtwoord"
_VALUE_BEFORE_CUE = std_re.compile(
    r"(?<![^\s(\[\"'“‘:=,;])(\d{3}[ ]\d{3}|[^\s\"'“”‘’()\[\]<>,;]{4,64})[\"'”’]?"
    r"(?:(?:,|[ \t]+[–—\-])?[ \t]+(?:dat|dit|die|that|this))?"
    # "X als pincode", "X as my password": the value given in its role
    r"[ \t]+(?:is|was|wordt|blijft|=|->|(?P<role>als|as))"
    # a short aside: "X was volgens hem het wachtwoord", "X is toch de code"
    r"(?:[ \t]+(?:volgens[ \t]+(?:hem|haar|mij|hen|hun|mijn[ \t]+\w+)|denk[ \t]+ik|toch|ook"
    r"|altijd|eigenlijk|dus|gewoon|nog|nu))?"
    r"(?:[ \t]+(?:de|het|onze|ons|mijn|m'n|jullie|uw|je|the|our|my|your))?"
    r"(?:[ \t]+(?:nieuwe|juiste|tijdelijke|huidige|new|current))?[ \t]+$"
)
#: a lone keypad number: 4-8 digits, not part of a date, amount, phone, IBAN or postcode
_LONE_NUMBER = std_re.compile(
    r"(?<![\w.,:/\-+€$])(?<!\d[ \t])[#*]?\d{4,8}[#*]?(?![\w/\-]|[.,:]\d|[ \t]\d|[ \t]?[A-Z]{2}\b)"
)
#: a lock's combination, digit by digit: 3-8 single digits with dashes or spaces ("0-4-1-7",
#: "3 8 2 1"); dates, phone numbers and article numbers have longer groups
_SPACED_DIGITS = std_re.compile(
    r"(?<![\w.,:/\-+€$])(?<!\d[ \t])\d(?:-\d{1}){2,7}(?![\w/\-]|[.,:]\d|[ \t]\d)"
    r"|(?<![\w.,:/\-+€$])(?<!\d[ \t])\d(?:[ ]\d){2,7}(?![\w/\-]|[.,:]\d|[ \t]\d)"
)
#: a code said digit by digit ("zeven drie een negen"): four to eight digit words
_DIGIT_WORD = "|".join(sorted(map(std_re.escape, DIGIT_WORDS), key=len, reverse=True))
_SPOKEN_CODE = std_re.compile(
    rf"(?<![^\W\d_])(?i:{_DIGIT_WORD})(?:[ \t,\-]+(?i:{_DIGIT_WORD})){{3,7}}(?![^\W\d_])"
)
#: a keypad value in a cue's window: a lone number, a lock's digits or a code said aloud
_KEYPAD_TOKEN = std_re.compile(
    f"{_LONE_NUMBER.pattern}|{_SPACED_DIGITS.pattern}|{_SPOKEN_CODE.pattern}"
)
#: a one-time code: a lone 4-8 digit number, or six digits in two groups of three ("381 027"),
#: or a card reader's eight in two groups of four ("8120 3377")
_OTP_NUMBER = std_re.compile(
    r"(?<![\w.,:/\-+€$])(?<!\d[ \t])(?:\d{3}[ ]\d{3}|\d{4}[ ]\d{4}|\d{2}(?:[ ]\d{2}){3}|\d{4,8})"
    r"(?![\w/\-]|[.,:]\d|[ \t]\d)"
)
#: a token alone on its line (maybe a list bullet): a password pasted after the message
_OWN_LINE = std_re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?([^\s\"'“”‘’()\[\]<>,;]{6,64})[ \t]*$", std_re.M
)
_OWN_LINE_REACH = 300
#: a line about trying that introduces a list ("Ik heb deze geprobeerd:"): a try verb, at most
#: a few words before the line ends
_TRY_INTRO = std_re.compile(
    r"(?<![a-z])" + _word_alternation(_WINDOW_WORDS["try"]) + r"[^\n.!?]{0,40}?[:.]?[ \t]*\n"
)
#: one item of a list: a lone token on its line, maybe after a bullet or a number
_LIST_ITEM = std_re.compile(
    r"[ \t]*(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?([^\s\"'“”‘’()\[\]<>,;]{6,64})[ \t]*(?:\n|$)"
)
#: "<cue> van de webmail, zonnebloem, …": a password in apposition, after the thing it opens;
#: matched right after a password cue
_APPOSITION = std_re.compile(
    r"[ \t]+(?:van|voor|bij|op|of|for)[ \t]+"
    r"(?:(?:de|het|mijn|m'n|onze|ons|je|jouw|uw|zijn|haar|the|my|our)[ \t]+)?"
    r"[^\s,.;:!?()]+(?:[ \t]+[^\s,.;:!?()]+)?,[ \t]+"
    r"(?P<value>[^\s,;:\"'“”‘’()\[\]<>]{3,64}),[ \t]+[^\W\d_]"
)
#: "het afgesproken codewoord, ijsbeertje, dus …": the password right after its own cue, when
#: a determiner before the cue says it is one thing (a list of fields has none)
_BARE_APPOSITION = std_re.compile(r",[ \t]+(?P<value>[^\s,;:\"'“”‘’()\[\]<>]{3,64}),[ \t]+[^\W\d_]")
_OWN_CUE_BEFORE = std_re.compile(
    r"(?<![a-z])(?:het|mijn|m'n|ons|onze|zijn|haar|hun|jullie|the|my|our)[ \t]+"
    r"(?:(?:afgesproken|geheime|nieuwe|vaste|eigen|agreed|secret|new)[ \t]+)?$"
)
_ASIDES = frozenset(_WINDOW_WORDS["aside"])
_CHANNEL = _word_alternation(_WINDOW_WORDS["channel"])
#: a bare "code" tied to the channel it came by: "een sms met (de) code", "de code uit de mail",
#: "in de sms stond"; the one-time code follows (in the sentence after "code", right after
#: "stond"). Tried only at each "code" and "stond" a plain search finds.
_CHANNEL_BEFORE_CODE = std_re.compile(
    rf"(?<![a-z0-9])(?:{_CHANNEL})[ \t]+(?:met|waarin|with)[ \t]+"
    r"(?:(?:de|een|mijn|m'n|die|the|a|your)[ \t]+)?(?:[a-z]+[ \t]+)?$"
)
_CODE_FROM_CHANNEL = std_re.compile(
    r"code[ \t]+(?:uit|in|van|per|via|from)[ \t]+"
    rf"(?:(?:de|het|mijn|m'n|een|die|the|my|your)[ \t]+)?(?:{_CHANNEL})(?![a-z])"
)
_CHANNEL_BEFORE_STOOD = std_re.compile(
    rf"(?<![a-z])in[ \t]+(?:de|het|mijn|m'n|die|dat)[ \t]+(?:{_CHANNEL})[ \t]+$"
)
_STOOD = std_re.compile(r"(?:stond|staat|stonden|zat)(?:[ \t]+(?:er|de[ \t]+code))*[ \t]*:?[ \t]*")
#: the last word of a try line whose list is of devices or places ("geprobeerd met:")
_LIST_OF_PLACES = frozenset({"met", "on", "with", "via", "bij", "at", "apparaten", "devices"})
_LOGIN_CUE = _word_regex(_WINDOW_WORDS["login"])
#: literal pieces of the try verbs: a text without one has no list of passwords tried
_TRY_PIECES = ("geprob", "probeerde", "ingevuld", "ingetypt", "getypt", "ingevoerd", "getest",
               "getoetst", "tried", "typed", "entered")  # fmt: skip
#: a token right before a try verb ("heb Sneeuwpop88 ingetypt")
#: the words of a token pointed back at ("Tamara1979 is het"), a cheap gate for ``_typed_in``
_POINTER_PIECES = ("is het", "was het", "is it", "was it")
_TYPED_IN = std_re.compile(
    r"(?<![^\s\"'“‘(])([^\s\"'“”‘’()\[\]<>,;]{4,64})[\"'”’]?[ \t]+"
    r"(?:ingetypt|getypt|ingevoerd|ingevuld|geprobeerd|ingetoetst|getoetst|typed|entered|tried)"
    r"(?![a-z])",
    std_re.IGNORECASE,
)
#: a value followed by the verb that sets it ("op 8093 gezet")
_SET_AFTER = std_re.compile(r"\S+[ \t]+(?:gezet|ingesteld|veranderd|gewijzigd|gezet\.)(?![a-z])")
#: what a password is set on: an account, a login, a password itself
_ACCOUNT_WORDS = std_re.compile(
    r"account|login|inlog|wachtwoord|paswoord|password|beheerder|admin|gebruiker"
)
#: "(was X)" right after a secret: the secret it replaced
_FORMER = std_re.compile(
    r"[ \t]*\((?:was|oud|voorheen|eerder|old|previously)[: \t]+([^\s()\"']{3,64})\)"
)
_SLASH_AFTER = std_re.compile(r"[ \t]*/[ \t]*\S")
_WIFI_CUE = std_re.compile(r"wi-?fi|wlan|netwerk|network", std_re.IGNORECASE)
#: a sentence (up to its stop or line end)
_SENTENCE = std_re.compile(r"[^.!?\n]+(?:[.!?](?=\s|$))?")
_TRY_WORD = std_re.compile(r"(?<![a-z])(?:geprobeerd|probeerde|ingevuld|ingetypt|tried|typed)")
#: a token in running text, without the punctuation around it (a final "!" stays)
_INLINE_TOKEN = std_re.compile(
    r"(?<![^\s\"'“‘(,:])([^\s\"'“”‘’()\[\]<>,;:]{6,64}?)(?=[.,;:)\"'”’]?(?:\s|$))"
)
#: a bank card and the machine it is used at
_CARD_MACHINE = std_re.compile(
    r"(?<![a-z])(?:pinpas|bankpas|betaalpas|pas|kaart|pinautomaat|geldautomaat|automaat|atm"
    r"|pincode|pin)(?![a-z])"
)
#: a line that asks something
_QUESTION_LINE = std_re.compile(r"^[^\n]*(?:\?[ \t]*|ook alweer[^\n]*)$", std_re.M)
#: a later line's first token, after quote marks, a time stamp and a speaker
_ANSWER_LINE = std_re.compile(
    r"^[ \t]*(?:>[ \t>]*)?(?:\[[^\]\n]{1,25}\][ \t]*)?(?:[^\s:][^:\n]{0,29}:[ \t]+)?"
    r"([^\s\"'“”‘’()\[\]<>,;]{6,64}?)(?=[.,;!?]?(?:\s|$))[^\n]*$",
    std_re.M,
)
#: a question for the value itself: "wat is de wifi ook alweer", "hoe luidt het wachtwoord"
_ASKS_VALUE = std_re.compile(
    r"(?<![a-z])(?:wat|hoe)[ \t]+(?:is|was|luidt|luidde)(?![a-z])|what(?:'s|[ \t]+is|[ \t]+was)"
    r"|ook[ \t]+alweer"
)
_WROTE = std_re.compile(r"(?:schreef|wrote|a écrit|schrieb)[^\n]*:[ \t]*$")
#: the cue of a security question, whose answer is an ordinary word
_ANSWER_CUE = std_re.compile(r".*(?:vraag|question)$")
#: what a system says of a wrong secret: "… ingevuld en dan zegt hij fout"
_REJECTED = std_re.compile(
    r"(?<![a-z])(?:fout|onjuist|ongeldig|incorrect|verkeerd|klopt niet|wrong|invalid"
    r"|geweigerd|niet geaccepteerd|not accepted)(?![a-z])"
)
#: a token pointed back at, right before "is het" ("… gezet. Tamara1979 is het")
_POINTED = std_re.compile(r"(?:^|(?<=[\s\"'“‘(]))([^\s\"'“”‘’()\[\]<>,;]{6,64})[\"'”’]?[ \t]+$")
_POINTER = std_re.compile(r"(?<![a-z])(?:is|was)[ \t]+(?:het|it)(?![a-z])", std_re.IGNORECASE)
#: a year after "van" ("is van 2019") is a date, not a code
_YEAR = std_re.compile(r"(?:19[5-9]|20[0-4])\d")
_OF_BEFORE = std_re.compile(r"(?<![a-z])van[ \t]+$")
_CHANNEL_PIECES = ("sms", "mail", "whatsapp", "bericht", "text")
#: a card's expiry date; three or four digits right after it are the card's security code
_EXPIRY = std_re.compile(
    r"(?<![a-z])(?:geldig[ \t]+(?:tot|t/m)|exp(?:iry|ires|iration)?\.?|vervaldatum|valid[ \t]+"
    r"(?:thru|through|until)|vervalt)[ \t:]*\d{1,2}[/\-]\d{2,4}[,;]?[ \t]*(?:(?:cvc2?|cvv2?|csc"
    r"|code|beveiligingscode)[ \t:]*)?(\d{3,4})(?![\d/\-]|[.,]\d)"
)
_WORDS_BEFORE = std_re.compile(r"([^\s]+)\s+(?:([^\s]+)\s+)?(?:([^\s]+)\s+)?$")
#: "de achterdeur gaat open met 4718": an opening phrase, then the code (maybe after "code")
_OPENER = std_re.compile(
    r"(?<![a-z])" + _word_alternation(_WINDOW_WORDS["opener"])
    + r"[ \t]+(?:(?:de|het|the)[ \t]+)?(?:(?:code|pincode|combinatie)[ \t]+)?"
)  # fmt: skip
_OPENER_PIECES = (" open", "uit met", "aan met", "ontgrendel", "unlocks", "disarm")
#: "het cijferslot staat op 062": the setting of a lock; the "op" is no date's or amount's
_SET_TO = std_re.compile(
    r"(?<![a-z])(?:staat|stond|staan|stonden|zet|gezet|draai|gedraaid|ingesteld|set"
    # a code changed to a new one: "de deurcode is gewijzigd in 4512"
    r"|gewijzigd|veranderd|aangepast|gewisseld|changed)[ \t]+"
    r"(?:(?:nu|altijd|nog)[ \t]+)?(?:op|to|on|in|naar)[ \t]+$"
)
#: a combination lock's dials: three digits are enough
_LOCK_WORDS = ("slot", "combinati", "lock")
_DIALS = std_re.compile(r"(?<![\w.,:/\-+€$])(?<!\d[ \t])\d{3}(?![\w/\-]|[.,:]\d|[ \t]\d)")
#: a password cue's own sentence may be long ("het wachtwoord dat … – aside – is X"): the
#: window reaches its end up to this far
_OWN_SENTENCE_REACH = 400
#: "postgres://boeking:<password>@db01": the password in a URL's user info
_URL_PASSWORD = std_re.compile(
    r"(?<![\w])[a-z][a-z0-9+.\-]{1,15}://[^\s:/@\"'<>]{1,64}:(?P<value>[^\s/@\"'<>]{3,128})@"
    r"[\w\-]",
    std_re.IGNORECASE,
)
#: a placeholder in a URL or header, never the secret itself
_PLACEHOLDER = std_re.compile(
    r"[*x•.]+|[<{$%\[].*|(?:pass(?:word)?|wachtwoord|secret|geheim|pwd|token|changeme|xxx+)",
    std_re.IGNORECASE,
)
#: an HTTP authorization header's token: "Authorization: Bearer <token>", "Basic <base64>"
_AUTH_TOKEN = std_re.compile(
    r"(?<![\w])(?:bearer|basic)[ \t]+(?P<value>[A-Za-z0-9._~+/\-]{16,}=*)(?![\w+/=])",
    std_re.IGNORECASE,
)
#: a passphrase of words, said to have its spaces: "the password is four words here (with
#: spaces)", "wachtwoord: drie losse woorden, met spaties"
_SPACED_PHRASE = std_re.compile(
    r"(?:[:=]|(?<![a-z])(?:is|was|wordt|luidt))[ \t]+"
    r"(?P<value>[^\s()\"'“”‘’,;]+(?:[ \t][^\s()\"'“”‘’,;]+){1,6}?)[ \t]*[(,–\-]?[ \t]*"
    r"(?:with|met|incl\.?|inclusief|including)[ \t]+(?:de[ \t]+|the[ \t]+)?(?:spaces|spaties)"
)
#: a chosen password alone on its line: upper and lower case, a digit and a strong symbol
_STRONG_LINE = std_re.compile(
    r"^[ \t]*((?=[^\s]*[A-Z])(?=[^\s]*[a-z])(?=[^\s]*\d)(?=[^\s]*[!#$%&*@^~+=?_])"
    r"[^\s\"'“”‘’()\[\]<>,;]{8,64})[ \t]*$",
    std_re.M,
)
#: a line that points back at the token before it
_POINTER = std_re.compile(r"[ \t]*(?:dat|dit|die|daarmee|hiermee|that|this|it)(?:'s)?(?![a-z])")
#: a line beside it that tells it is used to log in ("Dat is wat ik altijd gebruik voor het
#: ouderportaal", "daarmee log ik in"): a login word or a word of using
_USE_CUE = std_re.compile(
    r"(?<![a-z])(?:gebruik|use[sd]?(?![a-z])|log(?:de)?[ \t]+(?:ik|je|we|u)(?![a-z])|"
    + _word_alternation(_WINDOW_WORDS["login"])
    + ")"
)


#: a unit of time that a count before it makes a duration ("twee jaar", "3 maanden")
_DURATION_UNITS = frozenset({"jaar", "jaren", "maand", "maanden", "week", "weken", "years"})
_COUNT_WORDS = frozenset(
    "een twee drie vier vijf zes zeven acht negen tien elf twaalf paar aantal enkele "
    "one two three four five six seven eight nine ten few".split()
)


def _is_count(word: str) -> bool:
    return word.isdigit() or word in _COUNT_WORDS


def _labelled(text: str, start: int, preps: bool = True) -> bool:
    """Whether one of the three words before ``start`` (in its clause) labels it as other data;
    ``preps=False`` for a shape no date or amount has ("het slot staat op 0-4-1-7")."""
    clause = text[max(0, start - 60) : start]
    clause = std_re.split(r"[,;.!?\n(]\s", clause)[-1]
    words = [w.strip(":=#.()[]\"'") for w in clause.lower().split()[-3:]]
    if preps and words and words[-1] in _PREPOSITIONS:
        # "de code op 8093 gezet": what a code is set to, not a date or an amount
        return _SET_AFTER.match(text, start) is None
    for i, word in enumerate(words):
        if word in _DURATION_UNITS and i > 0 and _is_count(words[i - 1]):
            continue  # "al twee jaar 7720": how long, not a label of the number
        if word in _LABELS or word.rsplit("-", 1)[-1] in _LABELS:
            return True
        if word.endswith(("nummer", "nr", "naam")) and not word.startswith(("pin", "puk")):
            return True
    return False


_EMAIL_AT_PAIR = std_re.compile(r"@[\w-]+(?:\.[\w-]+)+[ \t]*[/\n]")


def _email_starts(text: str) -> list[int]:
    """Where an e-mail address followed by a slash starts: each such "@domain /" walked back
    over its local part (a scan for the local part itself would try every word)."""
    starts = []
    for at in _EMAIL_AT_PAIR.finditer(text):
        pos = at.start()
        while pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "._+-"):
            pos -= 1
        starts.append(pos)
    return starts


_LETTERS = std_re.compile(r"[^\W\d_]{4,}")
_DIGITS = std_re.compile(r"\d+")


def _variants_of_one_word(tokens: list[str]) -> bool:
    """Whether two or more tokens are spellings of one word with other case or symbols."""
    stems = []
    for token in tokens:
        letters = _LETTERS.search(token)
        if letters is None:
            return False
        stems.append(letters.group(0).lower())
    if len(stems) < 2 or len(set(stems)) != 1:
        return False
    # only the number changing is a series ("Office2019", "Office2021"), not guesses
    return len({_DIGITS.sub("", token) for token in tokens}) > 1


def _cue_start(low: str, end: int) -> int:
    """The start of the word (letters, hyphens) that ends at ``end``."""
    start = end
    while start > 0 and (low[start - 1].isalpha() or low[start - 1] == "-"):
        start -= 1
    return start


class CredentialRecognizer(DutchRecognizer):
    """Finds passwords, PINs, recovery codes, BitLocker keys and API tokens."""

    ENTITY = "CREDENTIAL"
    PATTERNS = [
        Pattern("bitlocker_key", r"(?<![\d\-])\d{6}(?:-\d{6}){7}(?![\d\-])", 0.9),
        Pattern(
            "vendor_token",
            r"(?<![\w\-])(?-i:(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}"
            r"|(?:[a-z]{2,6}_)?(?:live|test)_[A-Za-z0-9]{20,}|gh[pousr]_[A-Za-z0-9]{30,}|whsec_[A-Za-z0-9]{20,}"
            r"|github_pat_[A-Za-z0-9_]{40,}|xox[abposr]-[A-Za-z0-9\-]{10,}"
            r"|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_\-]{35}|glpat-[A-Za-z0-9_\-]{20,}"
            r"|SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}"
            r"|eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,})(?![\w\-])",
            0.8,
        ),
        Pattern(
            "cue_separator_value",
            rf"\m(?<![\d])(?P<cue>{_CUE_ALT})(?![\p{{L}}])(?:[ \t]*\([^)\n]{{1,30}}\))?"
            rf"(?:[ \t]+{_FILLER_WORD}){{0,7}}?{_VERB}(?:{_QUOTED}|{_NOT_STATE}{_VALUE})",
            0.6,
        ),
        Pattern(
            "cue_bare_value",
            rf"\m(?<![\d])(?P<cue>{_CUE_ALT})(?![\p{{L}}])"
            rf"(?:[ \t]+(?P<filler>{_FILLER_WORD})){{0,3}}?(?:[ \t]+|[ \t]*\n[ \t]*)"
            rf"{_BARE_VALUE}",
            0.5,
        ),
        Pattern(
            # a passphrase is words: after its cue and a colon, the rest of the line
            # ("wachtwoordzin: rode fiets onder de brug")
            "passphrase_line",
            r"(?<![\p{L}])(?:wachtwoordzin|wachtzin|passphrase|pass[ \t\-]phrase|herstelzin"
            r"|seed[ \t\-]?phrase|recovery[ \t\-]phrase)[ \t]*[:=][ \t]*[\"'“]?"
            r"(?P<value>[\p{L}\d][^\n\"”]{2,120}?)[\"'”]?[ \t]*[.!]?[ \t]*(?=\n|$)",
            0.6,
        ),
        Pattern(
            # said in a sentence: "de passphrase is drie rode fietsen, die typ ik goed"; the
            # words up to the clause's end (two to eight of them)
            "passphrase_said",
            r"(?<![\p{L}])(?:wachtwoordzin|wachtzin|passphrase|pass[ \t\-]phrase|herstelzin"
            r"|seed[ \t\-]?phrase|recovery[ \t\-]phrase)(?:[ \t]+(?:voor|van|bij|op|for|of)"
            r"(?:[ \t]+\p{L}+){1,2}?)?[ \t]+(?:is|was|luidt|wordt)[ \t]+"
            r"(?:nu[ \t]+|gewoon[ \t]+)?"
            r"(?P<value>[\p{L}\d][\p{L}\d'!?#&*+-]*(?:[ \t]+[\p{L}\d][\p{L}\d'!?#&*+-]*){1,7}?)"
            r"(?=[ \t]*(?:[,;.:)]|\n|$)|[ \t]+(?:en|maar|want|dus|and|but)[ \t])",
            0.6,
        ),
        Pattern(
            # a login given as a pair: "Inlog: piet@voorbeeld.nl / Fietsband99"
            "login_pair",
            r"(?<![\p{L}])(?:inlog(?:gen)?(?:gegevens)?|login|log[ \t]+in|account"
            r"|gebruiker(?:snaam)?|user(?:name)?)(?:[ \t]+met)?[ \t]*:[ \t]*[^\s/]+[ \t]*/[ \t]*"
            r"(?P<value>[^\s\"']+?)(?=[.,;)]?(?:\s|$))",
            0.6,
        ),
        Pattern(
            # an e-mail address is a login by itself: "haar gegevens: x@y.nl / Zonnedak77"
            "email_pair",
            r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*/[ \t]*"
            r"(?P<value>[^\s\"'/]+?)(?=[.,;)]?(?:\s|$))"
            # or alone on the next line of a chat, after the speaker: "[21:15] Eva: <password>"
            r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*\n\[[^\]\n]{1,25}\][ \t]*"
            r"(?:[^\s:]{1,30}(?:[ \t][^\s:]{1,30})?:[ \t]*)?"
            r"(?P<value>[^\s\"'/]{6,64})[ \t]*(?=\n|$)",
            0.6,
        ),
        Pattern(
            # what one logs in with: "inloggen lukt niet met Vlinder!62", "ik log in met
            # x@y.nl en Zw3mbad#Oost"; a token with a symbol, or after the user name
            "login_with",
            r"(?<![\p{L}])(?:inloggen|inlog|log[ \t]+in|login|aanmelden|meld[ \t]+aan|sign[ \t]+in"
            r"|logged[ \t]+in|ingelogd)(?:[ \t]+(?:als|as)[ \t]+(?P<user>[\w.@+-]+))?"
            r"(?:[ \t]+\p{L}+){0,3}?[ \t]+(?:met|with)[ \t]+"
            r"(?:(?P<user>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w.-]+)[ \t]+(?:en|and|&|\+|/)[ \t]+)?"
            r"(?P<value>[^\s\"'“”‘’()\[\]<>,;]{6,64}?)(?=[.,;:!?)]?(?:\s|$))",
            0.5,
        ),
        Pattern(
            # a code read out in two groups of three: "Uw code voor het koppelen is 706 318",
            # "my pickup code is 778 412"
            "code_grouped",
            r"(?<![\p{L}])code(?:[ \t]+[^\s.!?\n]+){0,7}?[ \t]+(?:is|was|luidt|:)[ \t]*:?[ \t]*"
            r"(?P<value>\d{3}[ ]\d{3})(?![ \t]?\d)",
            0.5,
        ),
        Pattern(
            # a password field of pasted JSON or XML: "password":"…", <pass>…</pass>
            "markup_field",
            r"(?i:[\"'](?:password|passwd|pwd|pass|wachtwoord|secret)[\"'][ \t]*:[ \t]*[\"']"
            r"(?P<value>[^\"'\n]{3,64})[\"']"
            r"|<(?P<tag>password|passwd|pwd|pass|wachtwoord|secret)>(?P<value>[^<\n]{3,64})"
            r"</(?P=tag)>)",
            0.6,
        ),
        Pattern(
            # a Wi-Fi network and its key: "Wifi: Studio_Zolder / rozemarijn-2024" (the name
            # before the slash is no secret)
            "wifi_pair",
            r"(?<![\p{L}])(?:wi-?fi|wlan|netwerk|network)[^:\n]{0,20}:[ \t]*[^\s/]+[ \t]*/[ \t]*"
            r"(?P<value>[^\s\"']{6,64}?)(?=[.,;)]?(?:\s|$))",
            0.6,
        ),
        Pattern(
            # an authenticator's setup key in groups of four: "JBSW Y3DP EHPK 3PXP"
            "totp_secret",
            r"(?<![\p{L}])(?:geheime[ \t]+sleutel|secret[ \t]+key|setup[ \t]+key|2fa[ \t-]?sleutel"
            r"|totp|authenticator[ \t-]?sleutel|herstelsleutel)[^\n]{0,40}?"
            r"(?P<value>(?-i:[A-Z2-7]{4}(?:[ ][A-Z2-7]{4}){3,7}))(?![A-Z2-7])",
            0.6,
        ),
        Pattern(
            # one password used everywhere: "ik gebruik overal Dolfijn1975"
            "reused",
            r"(?<![\p{L}])(?:gebruik|gebruikt|gebruikte|use|used)[ \t]+(?:overal|everywhere"
            r"|altijd|always|voor[ \t]+alles)[ \t]+(?P<value>[^\s\"'“”‘’()\[\]<>,;]{6,64}?)"
            r"(?=[.,;:!?)]?(?:\s|$))",
            0.5,
        ),
        Pattern(
            # an account set to a password: "kun je het account op Tijdelijk!Webs1te zetten?"
            "set_to",
            r"(?<![\p{L}])(?:op|naar|to)[ \t]+(?P<value>[^\s\"'“”‘’()\[\]<>,;]{6,64}?)[ \t]+"
            r"(?:zetten|zet|gezet|instellen|ingesteld|veranderen|wijzigen)(?![\p{L}])",
            0.5,
        ),
        Pattern(
            # a bare number typed in to get past a lock screen: "tik je 271047 in", "toets
            # daar 5512 in"; a labelled number ("voer uw klantnummer … in") is something else
            "typed_in_code",
            r"(?<![\p{L}])(?:tik|tikt|toets|toetst|typ|typt|voer|voert)(?:[ \t]+(?:je|u|ik|jij"
            r"|dan|daar|daarna|even|gewoon|nu|eerst|opnieuw)){0,3}[ \t]+"
            r"(?P<value>\d{4,8})[ \t]+in(?![\p{L}])",
            0.5,
        ),
        Pattern(
            "changed_into",
            r"(?<![\p{L}])(?:veranderd|gewijzigd|aangepast|gewisseld|changed|reset|gezet)"
            rf"[ \t]+(?:in|naar|to|into|op)[ \t]+{_VALUE}",
            0.1,
        ),
        Pattern(
            "it_was",
            r"(?<![\p{L}])(?:(?:het|it)[ \t]+(?:was|is|wordt|werd|was:|is:)|was[ \t]+het)"
            rf"(?:[ \t]+(?:nu|gewoon|trouwens))?[ \t]+{_VALUE}",
            0.1,
        ),
    ]
    CONTEXT = CONTEXT_CUES
    CONTEXT_BEFORE = 120

    _cue_re = re.compile(rf"(?i:{_CUE_ALT})")

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_language)
        self._compiled = [
            (
                p,
                CandidateScan(c, lowered_starts(_STARTS[_STARTS_OF_PATTERN[p.name]]))
                if p.name in _STARTS_OF_PATTERN
                else CandidateScan(c, _email_starts)
                if p.name == "email_pair"
                else CandidateScan(c, starts_of(_BITLOCKER_START))
                if p.name == "bitlocker_key"
                else c,
            )
            for p, c in self._compiled
        ]
        self._by_name = {p.name: c for p, c in self._compiled}
        self._code_pattern = Pattern("recovery_code_list", _CODE_SHAPE.pattern, 0.6)
        self._near_pattern = Pattern("near_cue", _TOKEN.pattern, 0.5)

    def accept(self, text: str, start: int, end: int) -> bool:
        """Keep values that can be secrets; drop states, dates, times and error codes."""
        value = text[start:end]
        if len(value) < 3 or len(value) > 200:
            return False
        if value.lower() in _STATE_WORDS:
            return False
        if _PLACEHOLDER.fullmatch(value):
            return False  # "${DB_PASSWORD}", "<password>", "••••••••": a slot, not a secret
        if " " in value and _SAID_BEFORE.search(text, max(0, start - 12), start):
            first = value.split(None, 1)[0].lower()
            if first in _STATE_WORDS or first in _FUNCTION_WORDS:
                return False  # "de passphrase is te kort": a state, no phrase
        if value.islower() and value.isalpha() and value in _FUNCTION_WORDS:
            return False  # "mijn wachtwoord: toen zag ik …": the sentence goes on, no secret
        if value.isdigit() and len(value) > 8:
            # a Wi-Fi key may be all digits; any other long number is an id, not a secret
            return _WIFI_DIGITS.fullmatch(value) is not None and bool(
                _WIFI_BEFORE.search(text, max(0, start - 60), start)
            )
        if _NOT_SECRET_SHAPES.fullmatch(value) and not _KEYPAD.fullmatch(value):
            card_code = len(value) in (3, 4) and value.isdigit()
            before = text[max(0, start - 40) : start].lower()
            after_expiry = any(m.end(1) == len(before) + len(value)
                               for m in _EXPIRY.finditer(before + value))  # fmt: skip
            if not (card_code and (_CARD_CODE_BEFORE.search(before) or after_expiry)):
                return self._lock_dials(text, start, value)
        return True

    @staticmethod
    def _lock_dials(text: str, start: int, value: str) -> bool:
        """Three digits a combination lock is set to ("het cijferslot staat op 062")."""
        if len(value) != 3 or not value.isdigit():
            return False
        before = text[max(0, start - 80) : start].lower()
        return _SET_TO.search(before) is not None and any(w in before for w in _LOCK_WORDS)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Match the patterns, check each cue's own rules, and collect recovery-code lists."""
        if entities and self.ENTITY not in entities:
            return []
        results: list[RecognizerResult] = []
        for pattern, compiled in self._compiled:
            for match in compiled.finditer(text):
                start, end = match.span("value") if "value" in compiled.groupindex else match.span()
                if start < 0 or start == end or not self._cue_rules(text, match, pattern.name):
                    continue
                result = self._score_match(text, start, end, pattern)
                if result is not None:
                    results.append(result)
        results.extend(self._recovery_codes(text))
        results.extend(self._near_cues(text))
        results.extend(self._shaped(text))
        results = self.remove_duplicates(results)
        results.sort(key=lambda r: (r.start, -(r.end - r.start)))
        kept: list[RecognizerResult] = []
        for result in results:
            if kept and result.start < kept[-1].end:
                if result.score > kept[-1].score and result.end - result.start >= 3:
                    kept[-1] = result
                continue
            kept.append(result)
        return self._recurrences(text, self._former_values(text, kept))

    def _former_values(self, text: str, kept: list[RecognizerResult]) -> list[RecognizerResult]:
        """The old secret named in brackets after the new one ("Vuurtoren (was Tijgerlelie)")."""
        extra: list[RecognizerResult] = []
        for result in kept:
            former = _FORMER.match(text, result.end)
            if former is None:
                continue
            found = self._score_match(text, former.start(1), former.end(1), self._near_pattern)
            if found is not None:
                extra.append(found)
        return sorted(kept + extra, key=lambda r: r.start) if extra else kept

    def _recurrences(self, text: str, kept: list[RecognizerResult]) -> list[RecognizerResult]:
        """A secret given once is a secret wherever it stands again in the message ("de code
        X, … de tijdelijke code X werkt niet"): other whole-token occurrences of a found value
        of six or more characters with a letter in it (a number may recur as something else)."""
        values = {text[r.start : r.end] for r in kept if r.end - r.start >= 6}
        values = {v for v in values if any(ch.isalpha() for ch in v)}
        if not values:
            return kept
        taken = {(r.start, r.end) for r in kept}
        extra: list[RecognizerResult] = []
        for value in values:
            pos = text.find(value)
            while pos >= 0:
                end = pos + len(value)
                free = not any(r.start < end and pos < r.end for r in kept)
                whole = not text[pos - 1 : pos].isalnum() and not text[end : end + 1].isalnum()
                if free and whole and (pos, end) not in taken:
                    result = self._score_match(text, pos, end, self._near_pattern)
                    if result is not None:
                        extra.append(result)
                pos = text.find(value, end)
        if not extra:
            return kept
        return sorted(kept + extra, key=lambda r: r.start)

    def _cue_rules(self, text: str, match: re.Match[str], name: str) -> bool:
        """Rules that depend on which cue and which separator introduced the value."""
        if "cue" not in match.re.groupindex:
            if name in ("login_pair", "email_pair"):
                return password_shaped(match.group("value"))
            if name == "login_with":
                value = match.group("value")
                if not password_shaped(value):
                    return False
                strong = any(ch in _STRONG_SYMBOLS for ch in value.rstrip("!?"))
                return strong or bool(match.group("user"))
            if name in ("reused", "set_to"):
                value = match.group("value")
                if not password_shaped(value):
                    return False
                if name == "set_to":  # an account or a password is what is set
                    clause = text[max(0, match.start() - 120) : match.start()].lower()
                    return _ACCOUNT_WORDS.search(clause) is not None
                return True
            if name == "typed_in_code":
                value = match.group("value")
                year = len(value) == 4 and value.startswith(("19", "20"))
                return not year and not _labelled(text, match.start("value"))
            if name in ("it_was", "changed_into"):
                value = match.group("value")
                return looks_secret(value) and not value.isdigit()
            return True
        cue = match.group("cue").lower()
        value = match.group("value")
        between = text[match.end("cue") : match.start("value")].split(None, 1)
        if between and between[0].lower().strip(":=(") in _ABOUT_WORDS:
            return False  # "password policy: min. 12 characters"
        before = text[max(0, match.start() - 25) : match.start()]
        if cue == "code" and _NOT_CODE_CUE.search(before):
            return False
        if name == "cue_bare_value":
            filler = match.group("filler")
            if cue in _CARD_CUES:
                return not filler and re.fullmatch(r"\d{3,4}", value) is not None
            if cue in _WEAK_CUES and not (
                (cue == "pin" and _KEYPAD.fullmatch(value))
                or (cue in ("pw", "pwd", "ww", "bios") and password_shaped(value))
                or (cue == "pass" and password_shaped(value) and self._after_a_user(text, match))
            ):
                return False
            if filler and not _KEYPAD.fullmatch(value):
                return False
            if not looks_secret(value):
                return False
            if password_shaped(value) and not value.isalnum():
                return True  # "nieuw wachtwoord Bosbes#2025 werkt niet": the value decides
            after = text[match.end() : match.end() + 20].lstrip().lower()
            return (
                after.split(" ")[0].strip(".,") not in _STATE_WORDS
                or _KEYPAD.fullmatch(value) is not None
            )
        # separator present
        if _SLASH_AFTER.match(text, match.end("value")) and _WIFI_CUE.fullmatch(cue):
            return False  # "Wifi: Studio_Zolder / <key>": the network's name, its key follows
        sep = text[match.start("cue") + len(match.group("cue")) : match.start("value")]
        quoted = text[match.start("value") - 1] in "\"'“‘`"
        has_colon = bool(re.search(r"[:=→>]", sep))
        if not quoted and value.isalpha() and not has_colon and not _ANSWER_CUE.match(cue):
            return False  # an answer to a security question is a word: "… is Snuffel"
        if cue in _WEAK_CUES and not (has_colon or quoted or looks_secret(value)):
            return False
        if cue in _WEAK_CUES and value.isalpha() and not quoted:
            return False  # "Wifi: netwerk X": a word after a weak cue is a label, not a secret
        return not (cue == "code" and re.fullmatch(r"[A-Za-z]{1,5}-?\d{1,5}|[1-5]\d\d", value))

    @staticmethod
    def _after_a_user(text: str, match: re.Match[str]) -> bool:
        """Whether a user name's label stands before the cue on its line ("user k.smit, pass
        X"): then a bare "pass" is the password of that pair, not the verb."""
        line_start = text.rfind("\n", 0, match.start("cue")) + 1
        return (
            _USER_LABEL.search(text, max(line_start, match.start("cue") - 60), match.start("cue"))
            is not None
        )

    def _recovery_codes(self, text: str) -> list[RecognizerResult]:
        """Code-shaped values within a short stretch after "herstelcodes", "backup codes"."""
        found: list[RecognizerResult] = []
        for cue in _CODE_LIST_CUE.finditer(text):
            # the list may start after a blank line ("back-upcodes:", a blank line, the codes)
            head = text[cue.end() : cue.end() + 10]
            first = cue.end() + len(head) - len(head.lstrip(": \t\n"))
            stretch_end = text.find("\n\n", first)
            stretch_end = min(cue.end() + 150, stretch_end if stretch_end >= 0 else len(text))
            for code in _CODE_SHAPE.finditer(text, cue.end(), stretch_end):
                value = code.group(0)
                groups = re.split(r"[ \-]", value)
                if not all(any(ch.isdigit() for ch in g) for g in groups):
                    continue
                if (
                    all(g.isdigit() for g in groups)
                    and len(groups) < 3
                    and " " not in value
                    and not (len(groups[0]) == len(groups[-1]) >= 5)  # "83920-11475"
                    and not (len(groups[0]) == len(groups[-1]) == 4)  # "4471-2093"
                ):
                    continue
                if _BUSINESS_BEFORE.search(text[max(0, code.start() - 25) : code.start()]):
                    continue
                result = self._score_match(text, code.start(), code.end(), self._code_pattern)
                if result is not None:
                    found.append(result)
        return found

    def _near_cues(self, text: str) -> list[RecognizerResult]:
        """Secrets a sentence or two after a cue, however they are introduced.

        After a password cue a password-shaped token; after a keypad cue (pincode, alarm,
        kluis) or a bare "code" with a door, safe or alarm near it, a lone 4-8 digit number.
        The scan runs only from the cues, which a lowercase search finds fast.
        """
        low = lowered(text)
        if low is None:
            return []
        found: list[RecognizerResult] = []
        windows: list[tuple[str, int, int]] = []
        has_cue = _CUE_PIECES_RE.search(low) is not None
        for cue in _ANY_CUE_SCAN.finditer(low) if has_cue else ():
            before = low[cue.start() - 1 : cue.start()]
            # a long password word ends a compound and is still one ("beheerderswachtwoord")
            head = cue.lastgroup == "password" and len(cue.group(0)) >= 8
            if (before.isalnum() and not head) or (before == "-" and cue.lastgroup == "code"):
                continue  # not at a word start ("spin", "foutcode", "QR-code")
            kind = cue.lastgroup or ""
            if kind == "code":
                near = low[max(0, cue.start() - 150) : cue.end() + 40]
                if not _KEYPAD_CONTEXT.search(near) or _NOT_CODE_CUE.search(
                    text[max(0, cue.start() - 25) : cue.start()]
                ):
                    continue
                kind = "keypad"
            if kind == "password":
                found.extend(self._apposition(text, low, cue.end()))
            end = self._window_end(text, cue.end())
            if kind == "password":
                end = self._own_sentence_end(text, cue.end(), end)
            windows.append((kind, cue.end(), end))
            if kind == "keypad" and any(w in cue.group(0) for w in _LOCK_WORDS):
                windows.append(("dials", cue.end(), end))
            before_cue = _VALUE_BEFORE_CUE.search(text, max(0, cue.start() - 80), cue.start())
            if (
                before_cue
                and self._fits(kind, before_cue.group(1), low, before_cue.end(1))
                # "al twee jaar 6619 als pincode": the role word outweighs a label before it
                and (before_cue.group("role") or not _labelled(text, before_cue.start(1)))
            ):
                result = self._score_match(
                    text, before_cue.start(1), before_cue.end(1), self._near_pattern
                )
                if result is not None:
                    found.append(result)
            if kind in ("keypad", "otp", "wifi_bare"):
                continue
            reach = min(len(text), cue.end() + _OWN_LINE_REACH)
            for line in _OWN_LINE.finditer(text, cue.end(), reach):
                if password_shaped(line.group(1)):
                    result = self._score_match(text, line.start(1), line.end(1), self._near_pattern)
                    if result is not None:
                        found.append(result)
        if any(w in low for w in _CHANNEL_PIECES):
            windows.extend(self._channel_windows(text, low))
        if any(w in low for w in _TRY_PIECES):
            found.extend(self._tried_lists(text, low))
            found.extend(self._typed_in(text, low))
            found.extend(self._tried_variants(text, low))
        if any(w in low for w in _POINTER_PIECES):
            found.extend(self._pointed_back(text, low))
        if "?" in text or "alweer" in low:
            found.extend(self._answers(text, low))
        if any(w in low for w in _OPENER_PIECES):
            found.extend(self._openers(text, low))
        if any(word in low for word in _EXPIRY_WORDS):
            for expiry in _EXPIRY.finditer(low):
                result = self._score_match(text, expiry.start(1), expiry.end(1), self._near_pattern)
                if result is not None:
                    found.append(result)
        for kind, start, end in windows:
            tokens = (
                _KEYPAD_TOKEN
                if kind == "keypad"
                else _OTP_NUMBER
                if kind == "otp"
                else _DIALS
                if kind == "dials"
                else _TOKEN
            )
            for token in tokens.finditer(text, start, end):
                value = token.group(0)
                if not self._fits(kind, value, low, token.end()):
                    continue
                spaced = kind == "keypad" and _SPACED_DIGITS.fullmatch(value) is not None
                set_to = kind in ("keypad", "dials") and _SET_TO.search(
                    low, max(0, token.start() - 30), token.start()
                )
                if _labelled(text, token.start(), preps=not (spaced or set_to)):
                    continue
                if _YEAR.fullmatch(value) and _OF_BEFORE.search(
                    low, max(0, token.start() - 8), token.start()
                ):
                    continue  # "mijn kaartlezer is van 2019": a year
                result = self._score_match(text, token.start(), token.end(), self._near_pattern)
                if result is not None:
                    found.append(result)
        return found

    def _channel_windows(self, text: str, low: str) -> list[tuple[str, int, int]]:
        """Windows for a one-time code after a bare "code" tied to its channel ("een sms met
        code", "de code uit de mail": the sentence after it) or right after "in de sms stond"."""
        windows: list[tuple[str, int, int]] = []
        pos = low.find("code")
        while pos >= 0:
            end = pos + 4
            if not low[pos - 1 : pos].isalnum() and not low[end : end + 1].isalpha():
                after = _CODE_FROM_CHANNEL.match(low, pos)
                if after is not None:
                    end = after.end()
                if after is not None or _CHANNEL_BEFORE_CODE.search(low, max(0, pos - 60), pos):
                    windows.append(("otp", end, self._window_end(text, end)))
            pos = low.find("code", pos + 4)
        for verb in ("stond", "staat", "zat"):
            pos = low.find(verb)
            while pos >= 0:
                if _CHANNEL_BEFORE_STOOD.search(low, max(0, pos - 40), pos):
                    stood = _STOOD.match(low, pos)
                    number = _OTP_NUMBER.match(text, stood.end()) if stood else None
                    if number is not None:
                        windows.append(("otp", number.start(), number.end()))
                pos = low.find(verb, pos + len(verb))
        return windows

    def _typed_in(self, text: str, low: str) -> list[RecognizerResult]:
        """A password-shaped token typed in where logging in fails ("Ik heb Sneeuwpop88
        ingetypt maar inloggen lukt niet"): a try verb right after it, and a login word in its
        sentence or the one before."""
        found: list[RecognizerResult] = []
        for typed in _TYPED_IN.finditer(text):
            token = typed.group(1)
            # a number is a password typed in only where a password was asked for ("het
            # wachtwoord is uw geboortedatum … Ik heb 14071988 ingevuld")
            digits = (
                token.isdigit() and 6 <= len(token) <= 8 and not _labelled(text, typed.start(1))
            )
            # a card's PIN typed at a machine: "mijn pas is ingeslikt … ik heb 8264 ingetoetst"
            pin = (
                token.isdigit()
                and 4 <= len(token) <= 6
                and not (len(token) == 4 and token.startswith(("19", "20")))  # a year
                and not _labelled(text, typed.start(1))
                and typed.group(0).rstrip().lower().endswith(("ingetoetst", "getoetst"))
                and _CARD_MACHINE.search(low, max(0, typed.start() - 300), typed.start())
                is not None
            )
            if pin:
                result = self._score_match(text, typed.start(1), typed.end(1), self._near_pattern)
                if result is not None:
                    found.append(result)
                continue
            if not password_shaped(token) and not digits:
                continue
            ends = [m.end() for m in _SENTENCE_END.finditer(low, max(0, typed.start() - 200))]
            before = [e for e in ends if e <= typed.start()]
            after = [e for e in ends if e > typed.start()]
            start = before[-2] if len(before) >= 2 else max(0, typed.start() - 200)
            end = after[0] if after else len(low)
            if digits:
                if not _PASSWORD_CUE.search(low, max(0, typed.start() - 300), typed.start()):
                    continue
            elif not _LOGIN_CUE.search(low, start, end) and not _REJECTED.search(
                low, typed.end(), end
            ):
                continue
            result = self._score_match(text, typed.start(1), typed.end(1), self._near_pattern)
            if result is not None:
                found.append(result)
        return found

    def _tried_variants(self, text: str, low: str) -> list[RecognizerResult]:
        """Guesses at one password in one sentence with a try word ("geprobeerd met tulp27 en
        daarna met Tulp27!", "geprobeerd: Lente25, lente25 en Lente25!"): two or more
        password-shaped spellings of one word."""
        found: list[RecognizerResult] = []
        for sentence in _SENTENCE.finditer(text):
            if not _TRY_WORD.search(low, sentence.start(), sentence.end()):
                continue
            tokens = [
                t
                for t in _INLINE_TOKEN.finditer(text, sentence.start(), sentence.end())
                if password_shaped(t.group(1))
            ]
            if not _variants_of_one_word([t.group(1) for t in tokens]):
                continue
            for token in tokens:
                result = self._score_match(text, token.start(1), token.end(1), self._near_pattern)
                if result is not None:
                    found.append(result)
        return found

    def _answers(self, text: str, low: str) -> list[RecognizerResult]:
        """The answer to a question about a password, on one of the next lines of a chat or a
        quoted reply ("wat is de wifi ook alweer?" … "Mam: KoekjesTrommel18 met 2
        hoofdletters"): its first token, when it has a password's shape."""
        found: list[RecognizerResult] = []
        for question in _QUESTION_LINE.finditer(low):
            line = question.group(0)
            if not (_PASSWORD_CUE.search(line) or _WIFI_CUE.search(line)):
                continue
            if not _ASKS_VALUE.search(line):
                continue  # "kunnen jullie mijn wachtwoord resetten?" asks for no value
            for answer in _ANSWER_LINE.finditer(text, question.end(), question.end() + 300):
                if _WROTE.search(answer.group(0)):
                    continue  # "Op 12 jan. schreef Maaike:": the quote's header, not the answer
                token = answer.group(1)
                if password_shaped(token):
                    result = self._score_match(
                        text, answer.start(1), answer.end(1), self._near_pattern
                    )
                    if result is not None:
                        found.append(result)
                break
        return found

    def _pointed_back(self, text: str, low: str) -> list[RecognizerResult]:
        """A password-shaped token that "is het" points back at, after a password cue in the
        300 characters before it ("Deel je wachtwoord nooit … Tamara1979 is het")."""
        found: list[RecognizerResult] = []
        for pointer in _POINTER.finditer(text):
            token = _POINTED.search(text, max(0, pointer.start() - 70), pointer.start())
            if token is None or not password_shaped(token.group(1)):
                continue
            if not _PASSWORD_CUE.search(low, max(0, token.start(1) - 300), token.start(1)):
                continue
            result = self._score_match(text, token.start(1), token.end(1), self._near_pattern)
            if result is not None:
                found.append(result)
        return found

    def _tried_lists(self, text: str, low: str) -> list[RecognizerResult]:
        """The password-shaped items of a list introduced by a line about trying ("Ik heb deze
        geprobeerd:\n- Lente2020\n- Lente2021!"), when a login cue stands in that line or in the
        sentence before it ("Inloggen lukt niet."); a list of products or orders has none."""
        found: list[RecognizerResult] = []
        for intro in _TRY_INTRO.finditer(low):
            line_start = low.rfind("\n", 0, intro.start()) + 1
            ends = [
                m.end() for m in _SENTENCE_END.finditer(low, max(0, line_start - 200), line_start)
            ]
            context_start = ends[-2] if len(ends) >= 2 else max(0, line_start - 200)
            login = _LOGIN_CUE.search(low, context_start, intro.end()) is not None
            last = intro.group(0).rstrip(" \t\n:.").rsplit(None, 1)[-1]
            if last in _PREPOSITIONS or last in _LIST_OF_PLACES:
                continue  # "geprobeerd op:\n- iPhone15": the devices it was tried on
            pos = intro.end()
            items = []
            while (item := _LIST_ITEM.match(text, pos)) is not None and item.end() > pos:
                pos = item.end()
                if password_shaped(item.group(1)):
                    items.append(item)
            # without a login word, guesses at one password give themselves away: variants of
            # one word ("Kievit1978", "kievit1978!"); a list of products has different names
            if not login and not _variants_of_one_word([i.group(1) for i in items]):
                continue
            for item in items:
                result = self._score_match(text, item.start(1), item.end(1), self._near_pattern)
                if result is not None:
                    found.append(result)
        return found

    def _apposition(self, text: str, low: str, end: int) -> list[RecognizerResult]:
        """A password between commas after its cue and the thing it opens ("mijn paswoord van
        de webmail, zonnebloem, werkt niet"): password-shaped, or one lowercase word that is
        no function word, state, aside or the thing's own name."""
        match = _APPOSITION.match(text, end)
        if match is None:
            cue_start = max(0, end - 40)
            if not _OWN_CUE_BEFORE.search(low, cue_start, _cue_start(low, end)):
                return []
            match = _BARE_APPOSITION.match(text, end)
            if match is None:
                return []
        value = match.group("value")
        word = value.lower()
        if word in _LABELS or word.endswith(("naam", "adres", "nummer")):
            return []
        if not password_shaped(value) and not (
            value.isalpha()
            and value.islower()
            and len(value) >= 4
            and word not in _FUNCTION_WORDS
            and word not in _STATE_WORDS
            and word not in _ASIDES
        ):
            return []
        result = self._score_match(
            text, match.start("value"), match.end("value"), self._near_pattern
        )
        return [result] if result is not None else []

    @staticmethod
    def _fits(kind: str, value: str, low: str, end: int) -> bool:
        """Whether ``value`` (ending at ``end``) is the kind of secret a ``kind`` cue names."""
        if kind == "password":
            return password_shaped(value)
        if kind == "wifi":
            return password_shaped(value) or _WIFI_DIGITS.fullmatch(value) is not None
        if kind == "wifi_bare":  # a weak cue: only the full shape of a chosen key
            return _STRONG_LINE.fullmatch(value) is not None and password_shaped(value)
        if kind == "dials":
            return not _UNIT_AFTER.match(low, end)
        if kind == "otp" and _OTP_NUMBER.fullmatch(value):
            return not _UNIT_AFTER.match(low, end)
        if kind == "keypad" and _SPACED_DIGITS.fullmatch(value):
            return not _UNIT_AFTER.match(low, end)
        if kind == "keypad" and _SPOKEN_CODE.fullmatch(value):
            return 4 <= len(spoken_digits(value)) <= 8
        return _KEYPAD.fullmatch(value) is not None and not _UNIT_AFTER.match(low, end)

    @staticmethod
    def _own_sentence_end(text: str, start: int, end: int) -> int:
        """A window ``end`` cut short inside the cue's own sentence reaches that sentence's end
        (at most _OWN_SENTENCE_REACH on): "het wachtwoord dat … – a long aside – is X"."""
        if end != start + _WINDOW:
            return end
        reach = min(len(text), start + _OWN_SENTENCE_REACH)
        stop = _SENTENCE_END.search(text, start, reach)
        if stop is None:
            return reach if reach == len(text) else end  # the message ends the sentence
        return stop.end() if stop.start() > end else end

    def _openers(self, text: str, low: str) -> list[RecognizerResult]:
        """ "<door, gate, key safe, alarm> gaat open met 4718": the number right after an opening
        phrase, when a door, gate, safe or alarm word stands before it in its clause."""
        found: list[RecognizerResult] = []
        for opener in _OPENER.finditer(low):
            clause = low[max(0, opener.start() - 100) : opener.start()]
            clause = std_re.split(r"[.!?;\n]\s", clause)[-1]
            if not _KEYPAD_CONTEXT.search(clause) and not _KEYPAD_CUE.search(clause):
                continue
            token = _KEYPAD_TOKEN.match(text, opener.end())
            if token is None or _UNIT_AFTER.match(low, token.end()):
                continue
            result = self._score_match(text, token.start(), token.end(), self._near_pattern)
            if result is not None:
                found.append(result)
        return found

    def _shaped(self, text: str) -> list[RecognizerResult]:
        """Secrets by where they stand: the password in a URL's user info
        ("postgres://user:<password>@host"), the token of an HTTP authorization header, a
        passphrase said to have its spaces after a cue, and a chosen password alone on its line
        beside a line about using it to log in."""
        found: list[RecognizerResult] = []
        spans: list[tuple[int, int]] = []
        if "://" in text:
            for url in _URL_PASSWORD.finditer(text):
                if not _PLACEHOLDER.fullmatch(url.group("value")):
                    spans.append(url.span("value"))
        low = lowered(text)
        if low is not None and ("bearer" in low or "basic" in low):
            for header in _AUTH_TOKEN.finditer(text):
                value = header.group("value")
                if any(ch.isdigit() for ch in value) and not _PLACEHOLDER.fullmatch(value):
                    spans.append(header.span("value"))
        if low is not None and ("spatie" in low or "spaces" in low):
            for phrase in _SPACED_PHRASE.finditer(low):
                cue_zone = low[max(0, phrase.start() - 60) : phrase.start() + 1]
                words = phrase.group("value").split()
                if _PASSWORD_CUE.search(cue_zone) and not any(
                    w in _STATE_WORDS or w in _FUNCTION_WORDS for w in words
                ):  # "is niet geldig met spaties": a sentence about it, not the phrase
                    spans.append(phrase.span("value"))
        if low is not None and "\n" in text:
            for line in _STRONG_LINE.finditer(text):
                if not password_shaped(line.group(1)):
                    continue
                if self._used_to_log_in(low, line.start(), line.end()):
                    spans.append(line.span(1))
        for start, end in spans:
            result = self._score_match(text, start, end, self._near_pattern)
            if result is not None:
                found.append(result)
        return found

    @staticmethod
    def _used_to_log_in(low: str, start: int, end: int) -> bool:
        """Whether the line after a lone token points back at it as what logs in ("Dat is wat
        ik gebruik voor het portaal", "daarmee log ik in"), or the line before introduces it
        so ("Hiermee log ik in:"); a token under "Zie bijlage:" is not."""
        next_end = low.find("\n", end + 1)
        after = low[end + 1 : next_end if next_end >= 0 else len(low)]
        if _POINTER.match(after) and _USE_CUE.search(after):
            return True
        before = low[low.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)].rstrip()
        return before.endswith(":") and _USE_CUE.search(before) is not None

    @staticmethod
    def _window_end(text: str, start: int) -> int:
        """The end of the sentence after the one ``start`` is in, at most _WINDOW on."""
        limit = min(len(text), start + _WINDOW)
        end = start
        for _ in range(2):
            stop = _SENTENCE_END.search(text, end, limit)
            if stop is None:
                return limit
            end = stop.end()
        return end
