"""Dates of birth: any common Dutch or English date, but only in a birth context.

A date alone is an invoice date, a deadline or a log time; it is personal data when someone says
it is their (or a relative's) birth date. So a birth cue (geboren, geboortedatum, DOB, born …)
must stand within ~120 characters before the date, possibly on the previous chat line ("Wat is
je geboortedatum? … Senne, 07/11/1998"), with no other date or date label
("factuurdatum", "uiterlijk") in between. The date must be
a real calendar date (stdlib ``datetime``) with a year from 1900 to this year.
"""

from __future__ import annotations

import datetime as dt

import regex as re
from presidio_analyzer import Pattern

from pipelines.recognizers.base import DutchRecognizer

MONTHS: dict[str, int] = {
    "januari": 1,
    "january": 1,
    "jan": 1,
    "februari": 2,
    "february": 2,
    "feb": 2,
    "maart": 3,
    "march": 3,
    "mrt": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "augustus": 8,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_NUMERIC = re.compile(r"(\d{1,2})[\-/.](\d{1,2})[\-/.](\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DAY_MONTH = re.compile(rf"(\d{{1,2}})(?:e|st|nd|rd|th)?\s+({_MONTH})\s+(\d{{4}})", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.IGNORECASE)
#: any date-like text, to see whether another date sits between the cue and this one
_ANY_DATE = re.compile(
    rf"\d{{1,2}}[\-/.]\d{{1,2}}[\-/.]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}",
    re.IGNORECASE,
)
#: a corrected birth date follows the wrong one closely ("… maar moet X zijn", "… i.p.v. X")
CORRECTION_GAP = 25
_BIRTH_CUE = re.compile(
    r"°|(?<!\w)(?:geboren|geb\.|geboortedatum|geboortedag|geboortejaar|dob|d\.o\.b\.|"
    r"date\s+of\s+birth|birth\s*date|birthdate|born|birthday|verjaardag|jarig)",
    re.IGNORECASE,
)
#: a label for another kind of date between the cue and the date: "factuurdatum", "uiterlijk"
_OTHER_DATE_LABEL = re.compile(
    r"(?<!\w)(?:factuur\w*|verval\w*|datum|date|deadline|uiterlijk|termijn|sinds|since|t/m|"
    r"vanaf|verzonden|sent|besteld|geleverd|levering|afspraak|gepland|ingang|start|einde)(?!\w)",
    re.IGNORECASE,
)
_BOUNDARY_BEFORE = r"(?<![\w\-/.])"
_BOUNDARY_AFTER = r"(?![\w\-/]|[.:]\d)"


#: a time right after a date: "14-02-25 10:07", "11-03-2025, 17:49"
_TIME_AFTER = re.compile(r",?[ \t]+\d{1,2}:\d{2}(?!\d)")


class DateOfBirthRecognizer(DutchRecognizer):
    """Finds dates that the text calls a birth date."""

    ENTITY = "DATE_OF_BIRTH"
    PATTERNS = [
        Pattern("date_numeric", _BOUNDARY_BEFORE + _NUMERIC.pattern + _BOUNDARY_AFTER, 0.2),
        Pattern("date_iso", _BOUNDARY_BEFORE + _ISO.pattern + _BOUNDARY_AFTER, 0.2),
        Pattern("date_day_month", _BOUNDARY_BEFORE + _DAY_MONTH.pattern + r"(?!\w)", 0.2),
        Pattern("date_month_day", r"(?<!\w)" + _MONTH_DAY.pattern + r"(?!\w)", 0.2),
    ]
    CONTEXT = (
        "geboren",
        "geb.",
        "geboortedatum",
        "geboortedag",
        "dob",
        "date of birth",
        "birth",
        "born",
        "birthday",
        "verjaardag",
        "jarig",
        "°",
    )
    CONTEXT_REQUIRED = True
    CONTEXT_BEFORE = 120
    CONTEXT_AFTER = 0

    def validate_result(self, pattern_text: str) -> bool | None:
        """A real calendar date in a plausible birth year, else no birth date."""
        date = parse_date(pattern_text)
        if date is None or not 1900 <= date.year <= dt.date.today().year:
            return False
        return None

    def accept(self, text: str, start: int, end: int) -> bool:
        """Not a chat or log time stamp: a date that opens its line (or a bracket) and is
        followed by a time ("[14-02-25 10:07] Naam: …", "11-03-2025 17:49 - Naam: …") says
        when a message was sent, even right after "Mag ik uw geboortedatum?"."""
        line_start = text.rfind("\n", 0, start) + 1
        opens_line = not text[line_start:start].strip(" \t[(")
        return not (opens_line and _TIME_AFTER.match(text, end))

    def find_cue(self, text: str, start: int, end: int) -> str | None:
        """The nearest birth cue before the date, if no other date stands in between."""
        window_start = max(0, start - self.CONTEXT_BEFORE)
        cues = list(_BIRTH_CUE.finditer(text, window_start, start))
        if not cues:
            return None
        last = cues[-1]
        if _OTHER_DATE_LABEL.search(text, last.end(), start):
            return None
        between = list(_ANY_DATE.finditer(text, last.end(), start))
        # one other date may stand in between when it is the same birth date being corrected:
        # "geboortedatum staat op 12/07/1985 maar moet 21/07/1985 zijn"
        if len(between) > 1 or (between and start - between[0].end() > CORRECTION_GAP):
            return None
        return last.group(0).lower()


def parse_date(value: str) -> dt.date | None:
    """The date a matched spelling stands for, or None if it is no calendar date."""
    try:
        if match := _ISO.fullmatch(value):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _NUMERIC.fullmatch(value):
            year = int(match[3])
            if len(match[3]) == 2:
                year += 1900 if year > dt.date.today().year % 100 else 2000
            return dt.date(year, int(match[2]), int(match[1]))
        if match := _DAY_MONTH.fullmatch(value):
            return dt.date(int(match[3]), MONTHS[match[2].lower().rstrip(".")], int(match[1]))
        if match := _MONTH_DAY.fullmatch(value):
            return dt.date(int(match[3]), MONTHS[match[1].lower().rstrip(".")], int(match[2]))
    except ValueError:
        return None
    return None
