"""Deadline arithmetic (AVG art. 12(3)) and the Dutch dates customers are told."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from bot.store.deadlines import (
    DUTCH_MONTHS,
    add_months,
    extended_deadline,
    format_dutch_date,
    response_deadline,
)


def _at(year: int, month: int, day: int, hour: int = 14, minute: int = 37) -> datetime:
    return datetime(year, month, day, hour, minute, 12, 345678, tzinfo=UTC)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ((2027, 1, 31), (2027, 2, 28)),  # no 31 February: back to the month's last day
        ((2028, 1, 31), (2028, 2, 29)),  # leap year
        ((2027, 1, 29), (2027, 2, 28)),
        ((2028, 1, 29), (2028, 2, 29)),
        ((2027, 1, 30), (2027, 2, 28)),
        ((2027, 3, 30), (2027, 4, 30)),
        ((2027, 3, 31), (2027, 4, 30)),
        ((2027, 5, 31), (2027, 6, 30)),
        ((2026, 12, 31), (2027, 1, 31)),  # over the year end
        ((2026, 12, 1), (2027, 1, 1)),
        ((2027, 1, 15), (2027, 2, 15)),
        ((2027, 2, 28), (2027, 3, 28)),  # the same date, not the month's last day
        ((2028, 2, 29), (2028, 3, 29)),
        ((2100, 1, 31), (2100, 2, 28)),  # 2100 is not a leap year
        ((2000, 1, 31), (2000, 2, 29)),  # 2000 is
    ],
)
def test_response_deadline_is_one_calendar_month(
    received: tuple[int, int, int], due: tuple[int, int, int]
) -> None:
    assert response_deadline(_at(*received)) == _at(*due)


def test_time_of_day_and_timezone_are_kept() -> None:
    amsterdam = timezone(timedelta(hours=1))
    received = datetime(2027, 1, 31, 23, 59, 59, 999999, tzinfo=amsterdam)
    assert response_deadline(received) == datetime(
        2027, 2, 28, 23, 59, 59, 999999, tzinfo=amsterdam
    )
    assert response_deadline(received).tzinfo is amsterdam


@pytest.mark.parametrize(
    ("due", "extended"),
    [
        ((2027, 2, 28), (2027, 4, 28)),  # received 31 Jan 2027: two months from 28 February
        ((2028, 2, 29), (2028, 4, 29)),
        ((2027, 1, 31), (2027, 3, 31)),  # received 31 Dec 2026
        ((2026, 12, 31), (2027, 2, 28)),
        ((2027, 4, 30), (2027, 6, 30)),
        ((2027, 10, 31), (2027, 12, 31)),
        ((2027, 11, 30), (2028, 1, 30)),
        ((2027, 12, 31), (2028, 2, 29)),
    ],
)
def test_extension_is_two_months_from_the_original_due_date(
    due: tuple[int, int, int], extended: tuple[int, int, int]
) -> None:
    assert extended_deadline(_at(*due)) == _at(*extended)


def test_extension_counts_from_the_due_date_not_from_receipt() -> None:
    received = _at(2027, 1, 31)
    due = response_deadline(received)
    assert due == _at(2027, 2, 28)
    assert extended_deadline(due) == _at(2027, 4, 28)
    assert add_months(received, 3) == _at(2027, 4, 30)  # later: not what the register uses


@pytest.mark.parametrize(
    ("start", "months", "result"),
    [
        (date(2027, 3, 31), -1, date(2027, 2, 28)),
        (date(2027, 1, 31), 13, date(2028, 2, 29)),
        (date(2027, 1, 31), 0, date(2027, 1, 31)),
        (date(2027, 12, 15), 1, date(2028, 1, 15)),
        (date(2027, 1, 15), -13, date(2025, 12, 15)),
    ],
)
def test_add_months_on_dates(start: date, months: int, result: date) -> None:
    assert add_months(start, months) == result


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        response_deadline(datetime(2027, 1, 31, 12, 0))
    with pytest.raises(ValueError, match="timezone-aware"):
        extended_deadline(datetime(2027, 1, 31, 12, 0))


def test_add_months_wants_an_integer() -> None:
    with pytest.raises(TypeError):
        add_months(date(2027, 1, 1), 1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        add_months(date(2027, 1, 1), True)


# -- Dutch dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("month", "name"),
    list(
        zip(
            range(1, 13),
            [
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
            ],
            strict=True,
        )
    ),
)
def test_dutch_month_names(month: int, name: str) -> None:
    assert DUTCH_MONTHS[month - 1] == name
    assert format_dutch_date(date(2026, month, 9)) == f"9 {name} 2026"


def test_format_dutch_date() -> None:
    assert format_dutch_date(datetime(2026, 12, 21, 10, 30, tzinfo=UTC)) == "21 december 2026"
    assert f"uiterlijk {format_dutch_date(date(2027, 1, 1))}" == "uiterlijk 1 januari 2027"
    # the stored form (ISO 8601 UTC) goes in as it is
    assert format_dutch_date("2027-02-28T10:00:00.000000+00:00") == "28 februari 2027"
    assert format_dutch_date("2028-02-29") == "29 februari 2028"


def test_format_dutch_date_uses_the_values_own_date() -> None:
    # 23:30 UTC on 28 February is 1 March in Amsterdam; the UTC date is told, the earlier one
    moment = datetime(2027, 2, 28, 23, 30, tzinfo=UTC)
    assert format_dutch_date(moment) == "28 februari 2027"
    amsterdam = moment.astimezone(timezone(timedelta(hours=1)))
    assert format_dutch_date(amsterdam) == "1 maart 2027"


def test_format_dutch_date_refuses_what_is_no_date() -> None:
    with pytest.raises(ValueError, match="ISO 8601"):
        format_dutch_date("morgen")
    with pytest.raises(TypeError):
        format_dutch_date(20261221)  # type: ignore[arg-type]
