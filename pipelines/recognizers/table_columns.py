"""Personal data in pasted tables: CSV exports, semicolon lists, tab pastes, markdown tables.

Support tickets carry user lists for onboarding, badge lists and payment reports. A value in
such a table is often recognisable only by its column header: "4417" under ``pincode`` is a
PIN, "Welkom!7394" under ``wachtwoord`` a password, "Zhou" under ``achternaam`` a surname. The
other recognizers look at a value's shape or at a cue word next to it, and a table puts the cue
one or more lines above the value. So this recognizer reads the table's shape instead:

1. a header line of at least three cells split by ``;``, ``,``, a tab or ``|`` (a markdown
   table's ``|---|`` line is skipped), every cell a short label and at least one of them a
   known column name (Dutch or English, any case, spaces, underscores and hyphens ignored);
2. the lines below it with the same number of cells, up to the first line that does not fit;
3. for each mapped column, the cell's value (trimmed of spaces and quotes) when it looks like
   that kind of value (an e-mail address has an ``@``, a name is capitalised words, a phone
   number has digits), so that "ja", "n.v.t." or "-" under a header are not reported.

Prose with commas, a single ``a | b`` line, ``key: value`` lists and log lines do not pass
step 1: their "cells" are sentences, contain colons or digits first, or name no known column.
Plain prose costs a few ``str.count`` calls per line; only a line with two delimiters of one
kind is split into cells.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.recognizers.base import finding
from pipelines.recognizers.email import is_role_address

#: the score of a value found under a known header: the header is the only evidence
TABLE_SCORE = 0.6
#: delimiters in the order they are tried: a tab or semicolon table may have commas in cells
DELIMITERS: tuple[str, ...] = ("\t", ";", "|", ",")
#: a header needs this many cells: two cells are a ``key | value`` line, not a table
MIN_CELLS = 3
#: the longest header label; longer "cells" are sentences
MAX_LABEL_CHARS = 40
#: the most words in a header label ("e-mailadres ouder / verzorger" is four)
MAX_LABEL_WORDS = 4

# --- header names ----------------------------------------------------------------------------
# Keys are compact: lowercase, with spaces, underscores, hyphens and dots removed, so that
# "Date of birth", "date_of_birth" and "DATE-OF-BIRTH" are all "dateofbirth".

#: column kind -> compact header names that mean it exactly
_HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "credential": (
        "wachtwoord", "password", "passwd", "pwd", "ww", "pincode", "pin", "toegangscode",
        "code", "inlogcode", "deurcode", "alarmcode", "wifiwachtwoord", "wachtwoorden",
        "tijdelijkwachtwoord", "initieelwachtwoord", "startwachtwoord", "temppassword",
        "initialpassword",
    ),
    "date_of_birth": (
        "geboortedatum", "gebdatum", "geboren", "dob", "dateofbirth", "birthdate", "birthday",
        "geboortedag", "verjaardag",
    ),
    "person": (
        "voornaam", "voornamen", "achternaam", "naam", "name", "firstname", "lastname",
        "surname", "roepnaam", "contactpersoon", "medewerker", "cardholder", "kaarthouder",
        "fullname", "volledigenaam", "familienaam", "givenname", "meisjesnaam", "leerling",
        "student", "ouder", "klantnaam", "naamouder", "naamleerling", "naamopkaart",
        "nameoncard", "werknemer", "employee", "contact", "contactname", "aanvrager",
    ),
    "particle": ("tussenvoegsel", "tussenvoegsels", "tv", "prefix"),
    "bsn": ("bsn", "burgerservicenummer", "bsnnummer", "sofinummer"),
    "iban": ("iban", "rekeningnummer", "rekening", "bankrekening", "bankrekeningnummer",
             "ibannummer", "accountnumber", "bankaccount"),
    "phone": (
        "telefoon", "tel", "telnr", "telefoonnummer", "gsm", "gsmnummer", "mobiel",
        "mobielnummer", "mobielenummer", "phone", "phonenumber", "mobile", "mobilenumber",
        "telephone", "cell", "cellphone", "telefoonouder", "telmobiel", "telefoonnr",
    ),
    "address": (
        "adres", "straat", "address", "straatnaam", "huisadres", "woonadres", "streetaddress",
        "street", "straatenhuisnummer", "adresregel", "addressline", "postadres",
    ),
    "location": ("woonplaats", "plaats", "city", "town", "stad", "gemeente", "geboorteplaats",
                 "residence", "plaatsnaam"),
    "postcode": ("postcode", "zip", "zipcode", "postalcode", "postnummer"),
    "credit_card": ("kaartnummer", "cardnumber", "creditcard", "creditcardnummer",
                    "creditcardnumber", "ccnumber", "cc", "pan", "card", "kaart", "betaalkaart",
                    "cardno"),
    "license_plate": ("kenteken", "nummerplaat", "licenseplate", "licenceplate", "plate",
                      "kentekenplaat"),
    "email": ("email", "mail", "emailadres", "mailadres", "emailaddress", "emailouder"),
    "ip": ("ip", "ipadres", "ipaddress", "ipv4", "ipv6"),
}  # fmt: skip

#: short or generic names that mean the column only as the whole header: "code" alone is a
#: PIN or access code, "productcode" or "btw code" is not; "plaats in rij" is no town
_EXACT_ONLY = frozenset({
    "code", "contact", "plaats", "cell", "cc", "pan", "plate", "prefix", "tv", "rekening", "card",
    "kaart",
    "leerling", "student", "ouder", "street",
})  # fmt: skip

#: a word in a header that makes a name column something else's name ("bedrijf naam")
_NOT_A_PERSON_WORDS = frozenset({
    "bedrijf", "bedrijfs", "company", "firma", "organisatie", "organization", "org",
    "product", "artikel", "item", "bestand", "file", "host", "server", "domein", "domain",
    "user", "gebruiker", "gebruikers", "account", "device", "apparaat", "school", "klas",
    "team", "groep", "group", "afdeling", "department", "project", "merk", "brand", "app",
    "netwerk", "network", "wifi", "printer", "display", "ssid", "map", "folder", "locatie",
})  # fmt: skip

#: words of a sentence, not of a column label ("ik ben geboren", "graag je naam")
_FUNCTION_WORDS = frozenset({
    "ik", "je", "jij", "u", "wij", "we", "mijn", "jouw", "uw", "onze", "de", "het", "een",
    "en", "of", "is", "ben", "heb", "zijn", "met", "voor", "graag", "the", "a", "my", "your",
    "our", "and", "or", "are", "please", "niet", "geen", "nog", "ook", "wel",
})  # fmt: skip

_KIND_OF_NAME: dict[str, str] = {
    name: kind for kind, names in _HEADER_NAMES.items() for name in names
}

#: column kind -> the entity type it reports
_ENTITY_OF_KIND: dict[str, str] = {
    "credential": "CREDENTIAL",
    "date_of_birth": "DATE_OF_BIRTH",
    "person": "PERSON",
    "particle": "PERSON",
    "bsn": "BSN",
    "iban": "IBAN",
    "phone": "PHONE",
    "address": "ADDRESS",
    "location": "LOCATION",
    "postcode": "POSTCODE",
    "credit_card": "CREDIT_CARD",
    "license_plate": "LICENSE_PLATE",
    "email": "EMAIL",
    "ip": "IP_ADDRESS",
}

# --- shapes ----------------------------------------------------------------------------------

#: a header label: starts with a letter or "#", then word characters and a few label signs; no
#: colon (``key: value``), no "=" or "@" (log lines, data rows)
_LABEL = re.compile(r"(?:[^\W\d_]|#)[\w .#/()'&+\-]*")
#: what a compact header name drops
_COMPACT_DROP = re.compile(r"[\s_\-.*`'\"/]+|\([^)]*\)")
_WORD_SPLIT = re.compile(r"[\s_\-./]+")
#: the line under a markdown header: ``|---|:---:|``
_MARKDOWN_RULE = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*")
#: values that say "no value"
_EMPTY_VALUES = frozenset({
    "-", "--", "---", "n.v.t.", "n.v.t", "nvt", "n/a", "na", "null", "none", "nil", "onbekend",
    "unknown", "geen", "?", "x", "leeg", "empty", "tbd", "nee", "ja", "yes", "no", "true",
    "false", "waar", "onwaar", "0", "...", "…",
})  # fmt: skip

_NAME_PARTICLES = frozenset({
    "van", "de", "der", "den", "het", "'t", "’t", "ter", "ten", "te", "in", "op", "von", "vom",
    "zu", "da", "di", "du", "le", "la", "el", "al", "bin", "ben", "'s", "’s", "d'", "dos",
    "das", "del", "della", "des", "y", "e", "aan", "bij", "uit", "uijt", "vd", "v.d.",
})  # fmt: skip
_COMPANY_WORDS = frozenset({
    "bv", "b.v.", "nv", "n.v.", "vof", "v.o.f.", "bvba", "cv", "c.v.", "gmbh", "ltd", "inc",
    "llc", "holding", "stichting", "vereniging", "groep", "group", "diensten", "services",
    "solutions", "beheer", "consultancy", "vzw", "bvba.", "srl", "sa",
})  # fmt: skip
#: a capitalised name word: "Zhou", "Tjin-A-Tsoi", "O'Brien", "McDonald", "J.", "J.W."
_NAME_WORD = re.compile(r"(?:[^\W\d_]\.)+|[^\W\d_]+(?:['’\-][^\W\d_]+)*[.,]?")
_DIGITS = re.compile(r"\d")
_SPACE = re.compile(r"\s")
_ALNUM = re.compile(r"[^\W_]")
_IBAN = re.compile(r"[a-z]{2}\d{2}[a-z0-9]{8,30}", re.IGNORECASE)
_IPV4 = re.compile(r"(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?")
_IPV6 = re.compile(r"[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:/\d{1,3})?", re.IGNORECASE)
_EMAIL = re.compile(r"[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+")
_PHONE = re.compile(r"[+(]?[\d() .\-/]{6,24}")
_PLATE = re.compile(r"[a-z0-9]{1,3}(?:[\- ]?[a-z0-9]{1,3}){1,3}", re.IGNORECASE)


def _digit_count(value: str) -> int:
    """Digits in a value, whatever groups them: "06-12345678" and "06 1234 5678" alike."""
    return sum(ch.isdigit() for ch in value)


def _is_name(value: str) -> bool:
    """Capitalised words with Dutch particles between them; no legal form, digit or "@"."""
    if _DIGITS.search(value) or "@" in value or len(value) > 60:
        return False
    words = value.split()
    if not words or len(words) > 6:
        return False
    capitalised = 0
    for word in words:
        low = word.lower()
        if low in _COMPANY_WORDS or low.rstrip(".,") in _COMPANY_WORDS:
            return False
        if low in _NAME_PARTICLES:
            continue
        if not (word[0].isupper() and _NAME_WORD.fullmatch(word)):
            return False
        capitalised += 1
    # at least one word that is more than an initial: "J." alone is no name
    return capitalised > 0 and any(len(w.rstrip(".,")) > 1 and "." not in w for w in words)


def _is_address(value: str) -> bool:
    """A street with a house number, or a capitalised street name: not a prose fragment."""
    if len(value) > 80 or "@" in value or not any(ch.isalpha() for ch in value):
        return False
    return bool(_DIGITS.search(value)) or _is_name(value)


def _is_place(value: str) -> bool:
    """A capitalised place name: "Den Haag", "'s-Hertogenbosch", "Sint-Niklaas"."""
    if _DIGITS.search(value) or "@" in value:
        return False
    return value[0].isupper() or value.lower().startswith(("'s", "’s"))


def _is_particle(value: str) -> bool:
    """A tussenvoegsel: "van", "van der", "de"."""
    return all(word.lower() in _NAME_PARTICLES for word in value.split())


#: column kind -> does this cell value look like that kind of data
_VALUE_CHECKS: dict[str, Callable[[str], bool]] = {
    "credential": lambda v: 3 <= len(v) <= 64 and not _SPACE.search(v) and bool(_ALNUM.search(v)),
    "date_of_birth": lambda v: len(v) <= 30 and _digit_count(v) >= 2,
    "person": _is_name,
    "particle": _is_particle,
    "bsn": lambda v: 8 <= _digit_count(v) <= 9 and len(v) <= 13,
    "iban": lambda v: bool(_IBAN.fullmatch(v.replace(" ", ""))) or 7 <= _digit_count(v) <= 12,
    "phone": lambda v: bool(_PHONE.fullmatch(v)) and 6 <= _digit_count(v) <= 15,
    "address": _is_address,
    "location": lambda v: len(v) <= 50 and _is_place(v),
    "postcode": lambda v: len(v) <= 10 and _digit_count(v) >= 4,
    "credit_card": lambda v: 12 <= _digit_count(v) <= 19 and len(v) <= 24,
    "license_plate": lambda v: bool(_PLATE.fullmatch(v)) and _digit_count(v) > 0,
    # a team mailbox in the list ("balie@…") is the company's, as everywhere else
    "email": lambda v: bool(_EMAIL.fullmatch(v)) and not is_role_address(v),
    "ip": lambda v: bool(_IPV4.fullmatch(v) or (":" in v and _IPV6.fullmatch(v))),
}


@dataclass(frozen=True)
class _Layout:
    """How a table's lines split: the delimiter, and whether the rows are ``| a | b |``."""

    delimiter: str
    markdown: bool


def _column_kind(label: str) -> str | None:
    """The kind of data a header label announces, or None for "klas", "bedrag", "datum"."""
    compact = _COMPACT_DROP.sub("", label.lower())
    kind = _KIND_OF_NAME.get(compact)
    if kind is not None:
        return kind
    words = [w for w in _WORD_SPLIT.split(_COMPACT_DROP.sub(" ", label.lower())) if w]
    if len(words) < 2 or len(words) > 3 or not _FUNCTION_WORDS.isdisjoint(words):
        return None
    # "email ouder", "naam leerling", "tijdelijk wachtwoord": one word names the column
    if any(w in _NOT_A_PERSON_WORDS for w in words):
        words = [w for w in words if _KIND_OF_NAME.get(w) not in ("person", "particle")]
    kinds = {_KIND_OF_NAME[w] for w in words if w in _KIND_OF_NAME and w not in _EXACT_ONLY}
    return kinds.pop() if len(kinds) == 1 else None


def _split(line: str, layout: _Layout) -> list[tuple[int, int]]:
    """The cells of ``line`` as (start, end) offsets into it, quoted CSV cells kept whole."""
    start, end = 0, len(line)
    if layout.markdown:
        stripped = line.strip()
        if not stripped.startswith("|"):
            return []
        start = line.index("|") + 1
        end = line.rindex("|")
        if end < start or line[end + 1 :].strip():
            end = len(line)
    delimiter = layout.delimiter
    if '"' not in line:
        cells: list[tuple[int, int]] = []
        pos = start
        for part in line[start:end].split(delimiter):
            cells.append((pos, pos + len(part)))
            pos += len(part) + 1
        return cells
    return _split_quoted(line, start, end, delimiter)


_QUOTED_CELL: dict[str, re.Pattern[str]] = {
    d: re.compile(rf' *"(?:[^"]|"")*" *(?={re.escape(d)}|$)|[^{re.escape(d)}]*') for d in DELIMITERS
}


def _split_quoted(line: str, start: int, end: int, delimiter: str) -> list[tuple[int, int]]:
    """Split a CSV line whose cells may be quoted (``"Zhou, Mei Lan";"1B"``)."""
    pattern = _QUOTED_CELL[delimiter]
    body = line[:end]
    cells: list[tuple[int, int]] = []
    pos = start
    while True:
        match = pattern.match(body, pos)
        assert match is not None  # the second alternative matches the empty string
        cells.append(match.span())
        pos = match.end()
        if pos >= end:
            return cells
        pos += 1  # the delimiter


def _trim(line: str, start: int, end: int) -> tuple[int, int]:
    """The cell without surrounding spaces and one pair of quotes around it."""
    cell = line[start:end]
    stripped = cell.strip()
    if not stripped:
        return start, start
    start += len(cell) - len(cell.lstrip())
    end = start + len(stripped)
    if len(stripped) >= 2 and stripped[0] == stripped[-1] and stripped[0] in "\"'":
        inner = stripped[1:-1]
        start += 1 + len(inner) - len(inner.lstrip())
        end = start + len(inner.strip())
    return start, end


class TableColumnsRecognizer(LocalRecognizer):
    """Finds personal data in the columns of pasted tables, by the column's header."""

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(
            supported_entities=sorted(set(_ENTITY_OF_KIND.values())),
            name=type(self).__name__,
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Nothing to load: the header names and shapes are compiled at import."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Find header lines, then report the mapped cells of the rows under each."""
        wanted = set(entities) & set(self.supported_entities) if entities else None
        if wanted is not None and not wanted:
            return []
        # cheap check: a table needs a line with two delimiters of one kind
        if not any(text.count(d) >= 2 for d in DELIMITERS):
            return []
        lines = text.split("\n")
        offsets: list[int] = []
        pos = 0
        for line in lines:
            offsets.append(pos)
            pos += len(line) + 1
        results: list[RecognizerResult] = []
        index = 0
        while index < len(lines) - 1:
            line = lines[index]
            header = self._header(line) if self._may_be_header(line) else None
            if header is None:
                index += 1
                continue
            layout, columns = header
            index = self._rows(text, lines, offsets, index, layout, columns, wanted, results)
        return results

    @staticmethod
    def _may_be_header(line: str) -> bool:
        """The cheap test every line gets: two delimiters of one kind."""
        return (
            line.count(",") >= 2
            or line.count(";") >= 2
            or line.count("\t") >= 2
            or line.count("|") >= 2
        )

    @staticmethod
    def _header(line: str) -> tuple[_Layout, dict[int, str]] | None:
        """The layout and the mapped columns (cell index -> kind) when ``line`` is a header."""
        line = line.rstrip("\r")
        if line.rstrip().endswith(("?", "!", ":", ".")):
            return None
        for delimiter in DELIMITERS:
            if line.count(delimiter) < 2:
                continue
            layout = _Layout(delimiter, delimiter == "|" and line.lstrip().startswith("|"))
            cells = _split(line, layout)
            if len(cells) < MIN_CELLS:
                continue
            columns: dict[int, str] = {}
            labels = 0
            for number, (start, end) in enumerate(cells):
                s, e = _trim(line, start, end)
                label = line[s:e].strip("*_` ")
                if not label:
                    continue
                if (
                    len(label) > MAX_LABEL_CHARS
                    or not _LABEL.fullmatch(label)
                    or label.count(" ") >= MAX_LABEL_WORDS
                ):
                    break
                labels += 1
                kind = _column_kind(label)
                if kind is not None:
                    columns[number] = kind
            else:
                if columns and labels >= 2:
                    return layout, columns
        return None

    def _rows(
        self,
        text: str,
        lines: list[str],
        offsets: list[int],
        header_index: int,
        layout: _Layout,
        columns: dict[int, str],
        wanted: set[str] | None,
        results: list[RecognizerResult],
    ) -> int:
        """Report the mapped cells of the rows under a header; return the first line after."""
        header = lines[header_index].rstrip("\r")
        width = len(_split(header, layout))
        index = header_index + 1
        if layout.markdown and index < len(lines) and _MARKDOWN_RULE.fullmatch(lines[index]):
            index += 1
        while index < len(lines):
            line = lines[index].rstrip("\r")
            if not line.strip() or line.count(layout.delimiter) < width - 1:
                break
            cells = _split(line, layout)
            if len(cells) != width:
                break
            if line.strip() != header.strip():
                self._report(text, line, offsets[index], cells, columns, wanted, results)
            index += 1
        return max(index, header_index + 1)

    def _report(
        self,
        text: str,
        line: str,
        offset: int,
        cells: list[tuple[int, int]],
        columns: dict[int, str],
        wanted: set[str] | None,
        results: list[RecognizerResult],
    ) -> None:
        """Add a result for each mapped cell whose value has the shape of its column."""
        for number, kind in columns.items():
            entity = _ENTITY_OF_KIND[kind]
            if wanted is not None and entity not in wanted:
                continue
            start, end = _trim(line, *cells[number])
            value = line[start:end]
            if not value or value.lower() in _EMPTY_VALUES or not _VALUE_CHECKS[kind](value):
                continue
            results.append(self._result(entity, offset + start, offset + end, kind))

    def _result(self, entity: str, start: int, end: int, kind: str) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=TABLE_SCORE,
            textual_explanation=f"{self.name}: value in a '{kind}' table column",
        )
        # the header is the context: Presidio's enhancer has nothing to add
        return finding(self, entity, start, end, TABLE_SCORE, explanation)
