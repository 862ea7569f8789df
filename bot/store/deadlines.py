"""Deadlines of privacy requests (AVG art. 12(3)) and how they are told to customers.

A request must be answered "without undue delay and in any event within one month of receipt";
that month may be extended "by two further months where necessary", provided the requester is
told so, with the reasons, within the first month. "One month" is a calendar month, not 30
days: a request received on 15 March is due on 15 April. A date that the next month does not
have moves back to that month's last day (31 January → 28 or 29 February, 31 March → 30 April),
because moving it forward would give the controller days the regulation does not give.

The time of day is kept: these functions only move the date. They work on whatever timezone
the value carries; the register keeps UTC throughout (see :func:`format_dutch_date` on why a
date told to a customer from a UTC value is never later than the legal one).
"""

from __future__ import annotations

import calendar
from datetime import date, datetime
from typing import TypeVar

#: One calendar month to answer (art. 12(3), first sentence).
RESPONSE_MONTHS = 1
#: The extension: two further months, counted from the end of the first (art. 12(3)).
EXTENSION_MONTHS = 2

DUTCH_MONTHS: tuple[str, ...] = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

D = TypeVar("D", bound=date)


def add_months(moment: D, months: int) -> D:
    """``moment`` moved ``months`` calendar months, clamped to the last day of the month.

    Works for ``date`` and ``datetime`` alike (a ``datetime`` keeps its time and tzinfo).
    Clamping goes back, never forward: 31 January + 1 month is the last day of February.
    """
    if isinstance(months, bool) or not isinstance(months, int):
        raise TypeError("months must be an integer")
    index = moment.year * 12 + (moment.month - 1) + months
    year, month_index = divmod(index, 12)
    month = month_index + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def response_deadline(received_at: datetime) -> datetime:
    """When a request received at ``received_at`` must be answered: one calendar month on."""
    return add_months(_aware(received_at), RESPONSE_MONTHS)


def extended_deadline(due_at: datetime) -> datetime:
    """The deadline after the art. 12(3) extension: two months after the ORIGINAL due date.

    Counted from the first deadline rather than three months from receipt: the two differ at
    month ends (received 31 January 2027: due 28 February, extended to 28 April, not 30 April)
    and the earlier of the two is the one that can never be too late.
    """
    return add_months(_aware(due_at), EXTENSION_MONTHS)


def format_dutch_date(moment: date | datetime | str) -> str:
    """A date as Dutch customers read it: ``21 december 2026`` (no leading zero, no weekday).

    Used in "uiterlijk 21 december 2026". A ``datetime`` is formatted in its own timezone, no
    conversion: the register's values are UTC, and the UTC date of a deadline is never later
    than the deadline counted from the Dutch date of receipt (UTC runs behind Dutch time, and
    adding months never moves an earlier date past a later one), so a customer is never promised
    a day more than the law gives. An ISO 8601 string (as stored) is accepted too.
    """
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)
        except ValueError:
            raise ValueError("not an ISO 8601 date") from None
    if not isinstance(moment, date):
        raise TypeError("expected a date, a datetime or an ISO 8601 string")
    return f"{moment.day} {DUTCH_MONTHS[moment.month - 1]} {moment.year}"


def _aware(moment: datetime) -> datetime:
    """Deadlines are instants; a naive datetime has no defined instant, so refuse it."""
    if not isinstance(moment, datetime):
        raise TypeError("expected a datetime")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("datetime must be timezone-aware")
    return moment
