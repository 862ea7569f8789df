"""The review pages' data: the message list, a message's detail, reviewers' feedback (a false
positive is recorded; a missed value is redacted in place), the regression export, the
dashboard's numbers and the migration that added them."""

from __future__ import annotations

import asyncio
import io
import json
import sqlite3
import stat
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.store import MIGRATIONS, AsyncStore, FindingRecord, RecordResult, Store, schema_version
from bot.store.db import connect
from bot.store.keys import Keyring
from bot.store.review import (
    CONTEXT_CHARS,
    InvalidSpanError,
    ReviewValueError,
    UnknownFindingError,
    UnknownMessageError,
    context_window,
    layout,
    median_days_to_close,
    overdue_count,
    snippet,
    weekly_stacks,
)
from bot.store.schema import migrate
from tests.store.helpers import FakeClock

Found = tuple[str, str, str | None]  # entity type, value, placeholder (None: kept)


def record(store: Store, original: str, found: list[Found] = (), **options: object) -> RecordResult:
    """Store ``original`` the way the pipeline does: findings at their ORIGINAL offsets, the
    redacted text with each redacted value replaced by its placeholder (values are located by
    their first occurrence after the previous one, so a test reads like the message)."""
    findings: list[FindingRecord] = []
    pieces: list[str] = []
    cursor = 0
    for entity_type, value, placeholder in found:
        start = original.index(value, cursor)
        end = start + len(value)
        pieces.append(original[cursor:start])
        pieces.append(value if placeholder is None else placeholder)
        cursor = end
        findings.append(
            FindingRecord(
                entity_type=entity_type,
                start=start,
                end=end,
                recognizer="TestRecognizer",
                score=0.9,
                action="keep" if placeholder is None else "redact",
                reason="test",
                value=value,
            )
        )
    pieces.append(original[cursor:])
    args: dict[str, object] = {"channel": "zendesk", "purpose": "support"}
    args.update(options)
    return store.record_message(text_redacted="".join(pieces), findings=findings, **args)


ORIGINAL = "Beste, ik ben Jan de Vries, BSN 111222333. Mijn buurman Piet belt 0612345678."
ORIGINAL_FOUND: list[Found] = [
    ("PERSON", "Jan de Vries", "[PERSOON-1]"),
    ("BSN", "111222333", "[BSN-1]"),
    ("PHONE", "0612345678", "[TELEFOONNUMMER-1]"),
]
REDACTED = "Beste, ik ben [PERSOON-1], BSN [BSN-1]. Mijn buurman Piet belt [TELEFOONNUMMER-1]."


def _piet(store: Store, message_id: str) -> tuple[int, int]:
    text = store.get_message(message_id).text_redacted
    start = text.index("Piet")
    return start, start + len("Piet")


# -- the message list ----------------------------------------------------------------------


def test_each_filter(store: Store, clock: FakeClock) -> None:
    clock.now = datetime(2024, 5, 1, 23, 59, 58, tzinfo=UTC)
    may1 = record(store, "Factuur 50% korting voor Jan", [("PERSON", "Jan", "[PERSOON-1]")])
    clock.now = datetime(2024, 5, 2, 12, 0, tzinfo=UTC)
    may2 = record(
        store,
        "Ik wil inzage, mijn IBAN is NL91ABNA0417164300",
        [("IBAN", "NL91ABNA0417164300", "[IBAN-1]")],
        channel="email",
        request_type="access",
    )
    clock.now = datetime(2024, 5, 3, 0, 0, tzinfo=UTC)
    may3 = record(store, "Factuur 50 euro korting_code", channel="api")

    def ids(**filters: object) -> list[str]:
        rows, total = store.search_messages(**filters)
        assert total == len(rows)
        return [row.id for row in rows]

    every = [may3.message_id, may2.message_id, may1.message_id]  # newest first
    assert ids() == every
    assert ids(channel="email") == [may2.message_id]
    assert ids(channel="fax") == []
    assert ids(channel="", entity_type="", text="  ") == every  # empty form fields
    assert ids(entity_type="PERSON") == [may1.message_id]
    assert ids(entity_type="IBAN") == [may2.message_id]
    assert ids(has_request=True) == [may2.message_id]
    assert ids(has_request=False) == [may3.message_id, may1.message_id]
    # dates are whole UTC days, both ends included
    assert ids(since="2024-05-02") == [may3.message_id, may2.message_id]
    assert ids(until="2024-05-01") == [may1.message_id]
    assert ids(since="2024-05-02", until="2024-05-02") == [may2.message_id]
    assert ids(since=date(2024, 5, 3), until=date(2024, 5, 3)) == [may3.message_id]
    # text: literal % and _, case-insensitive, only in the redacted text
    assert ids(text="50%") == [may1.message_id]
    assert ids(text="50") == [may3.message_id, may1.message_id]
    assert ids(text="korting_") == [may3.message_id]
    assert ids(text="KORTING") == [may3.message_id, may1.message_id]
    assert ids(text="[persoon-1]") == [may1.message_id]
    assert ids(text="Jan") == []  # the original value is not there to find
    assert ids(text="%") == [may1.message_id]
    assert ids(channel="zendesk", text="factuur", has_request=False) == [may1.message_id]


def test_a_summary_row(store: Store) -> None:
    result = record(store, ORIGINAL, ORIGINAL_FOUND, request_type="erasure")
    (row,), total = store.search_messages()
    assert total == 1
    assert row.id == result.message_id
    assert row.conversation_id == result.conversation_id
    assert (row.channel, row.status, row.request_type) == ("zendesk", "processed", "erasure")
    assert row.snippet == REDACTED
    assert row.finding_count == 3


def test_pagination_and_total(store: Store) -> None:
    made = [record(store, f"bericht {n}").message_id for n in range(7)]
    newest_first = made[::-1]
    page, total = store.search_messages(limit=3)
    assert total == 7 and [r.id for r in page] == newest_first[:3]
    page, total = store.search_messages(limit=3, offset=3)
    assert total == 7 and [r.id for r in page] == newest_first[3:6]
    page, total = store.search_messages(limit=3, offset=6)
    assert total == 7 and [r.id for r in page] == newest_first[6:]
    page, total = store.search_messages(limit=3, offset=30)
    assert total == 7 and page == []
    page, total = store.search_messages(text="bericht 1", limit=1)
    assert total == 1 and [r.id for r in page] == [made[1]]


@pytest.mark.parametrize(
    "filters",
    [
        {"limit": 0},
        {"limit": 501},
        {"offset": -1},
        {"limit": True},
        {"since": "1 mei"},
        {"until": "2024-13-01"},
        {"has_request": "ja"},
    ],
)
def test_bad_filters_are_refused(store: Store, filters: dict) -> None:
    with pytest.raises(ReviewValueError):
        store.search_messages(**filters)


def test_snippets_are_short_and_never_half_a_placeholder() -> None:
    text = "a" * 195 + " [PERSOON-12] en verder " + "b" * 100
    assert snippet(text[:240], len(text)) == "a" * 195 + "…"
    short = "Hallo\n\n  [PERSOON-1],\tgroet"
    assert snippet(short, len(short)) == "Hallo [PERSOON-1], groet"
    exact = "x" * 200
    assert snippet(exact, 200) == exact


def test_long_text_gets_a_snippet_through_the_list(store: Store) -> None:
    record(store, "woord " * 100)
    (row,), _ = store.search_messages()
    assert row.snippet.endswith("…") and len(row.snippet) <= 201


# -- a message in detail ---------------------------------------------------------------------


def test_detail_places_every_finding_in_the_redacted_text(store: Store) -> None:
    found = [*ORIGINAL_FOUND]
    found.insert(2, ("PERSON", "Piet", None))  # kept by the policy: stays as it was
    result = record(store, ORIGINAL, found)
    detail = store.message_detail(result.message_id)
    assert detail is not None
    assert detail.message.id == result.message_id
    text = detail.message.text_redacted
    shown = [
        (f.entity_type, f.action, text[f.redacted_start : f.redacted_end]) for f in detail.findings
    ]
    assert shown == [
        ("PERSON", "redact", "[PERSOON-1]"),
        ("BSN", "redact", "[BSN-1]"),
        ("PERSON", "keep", "Piet"),
        ("PHONE", "redact", "[TELEFOONNUMMER-1]"),
    ]
    first = detail.findings[0]
    assert (first.start, first.end) == (14, 26)  # the audit row's original offsets
    assert (first.recognizer, first.score, first.reason) == ("TestRecognizer", 0.9, "test")
    assert not hasattr(first, "value_hmac")
    assert detail.feedback == ()
    assert store.message_detail("nope") is None


def test_findings_that_do_not_fit_the_text_are_not_placed() -> None:
    @dataclass
    class F:
        id: int
        entity_type: str
        start: int
        end: int
        action: str

    text = "Mijn BSN is [BSN-1], mail [E-MAILADRES-1] of bel 06."
    found = layout(
        text,
        [F(1, "BSN", 12, 21, "redact"), F(2, "EMAIL", 24, 39, "redact"), F(3, "X", 50, 52, "keep")],
    )
    assert found.spans[1] == (12, 19)
    assert found.spans[2] is None and found.spans[3] is None  # mail should be at 22
    assert found.unknown_from == 22
    assert found.to_original(0, 4) == (0, 4)
    assert found.to_original(20, 21) == (22, 23)
    assert found.to_original(30, 35) is None
    # a truncated kept IP address is a replacement too
    ip = layout("van 10.1.0.0/16 af", [F(1, "IP_ADDRESS", 4, 14, "keep")])
    assert ip.spans[1] == (4, 15) and ip.replaced == ((4, 15, 1),)


# -- feedback: false positives -----------------------------------------------------------------


def test_false_positive_is_recorded_once(store: Store) -> None:
    result = record(store, ORIGINAL, ORIGINAL_FOUND)
    before = store.get_message(result.message_id)
    bsn = store.message_detail(result.message_id).findings[1]
    remark = store.mark_false_positive(result.message_id, bsn.id, " anna ", note="ordernummer")
    assert (remark.kind, remark.finding_id, remark.entity_type) == ("false_positive", bsn.id, "BSN")
    assert (remark.start, remark.end) == (None, None)
    assert (remark.actor, remark.note, remark.message_id) == ("anna", "ordernummer", before.id)
    assert remark.created_at.startswith("2024-05-01T09:00")
    # the text stays as it is: there is no original to put back
    assert store.get_message(result.message_id) == before
    again = store.mark_false_positive(result.message_id, bsn.id, "bert")
    assert again == remark
    assert store.message_detail(result.message_id).feedback == (remark,)


def test_false_positive_of_an_unknown_or_foreign_finding(store: Store) -> None:
    one = record(store, ORIGINAL, ORIGINAL_FOUND)
    other = record(store, "Jan", [("PERSON", "Jan", "[PERSOON-1]")])
    foreign = store.findings_for(other.message_id)[0].id
    with pytest.raises(UnknownFindingError):
        store.mark_false_positive(one.message_id, foreign, "anna")
    with pytest.raises(UnknownFindingError):
        store.mark_false_positive(one.message_id, 9999, "anna")
    with pytest.raises(UnknownMessageError):
        store.mark_false_positive("nope", foreign, "anna")
    with pytest.raises(ReviewValueError):
        store.mark_false_positive(one.message_id, foreign, "  ")
    assert store.message_detail(one.message_id).feedback == ()


# -- feedback: missed values -----------------------------------------------------------------


def test_missed_value_is_redacted_in_place(store: Store) -> None:
    result = record(store, ORIGINAL, ORIGINAL_FOUND)
    before = store.message_detail(result.message_id)
    start, end = _piet(store, result.message_id)

    remark = store.mark_missed(result.message_id, start, end, "PERSON", "anna")

    after = store.message_detail(result.message_id)
    text = after.message.text_redacted
    assert text == REDACTED.replace("Piet", "[PERSOON-2]")
    assert after.message.entity_count == 4
    assert (remark.kind, remark.entity_type, remark.actor) == ("missed", "PERSON", "anna")
    assert text[remark.start : remark.end] == "[PERSOON-2]"
    assert after.feedback == (remark,)
    # the new audit row: the reviewer's, at the value's offsets in the ORIGINAL text
    new = next(f for f in after.findings if f.id == remark.finding_id)
    original_start = ORIGINAL.index("Piet")
    assert (new.start, new.end) == (original_start, original_start + 4)
    assert (new.recognizer, new.action, new.reason, new.score) == (
        "reviewer",
        "redact",
        "gemist bij review",
        1.0,
    )
    stored = next(f for f in store.findings_for(result.message_id) if f.id == new.id)
    assert stored.value_hmac == store.keyring.digest("PERSON", "Piet").hex
    assert stored.key_id == store.keyring.active_key_id
    assert store.find_by_value("PERSON", "piet") == [result.message_id]
    # earlier findings keep their place; the later one moved with the text
    old = {f.id: f for f in before.findings}
    for finding in after.findings:
        assert text[finding.redacted_start : finding.redacted_end].startswith("[")
        if finding.id in old:
            assert (finding.start, finding.end) == (old[finding.id].start, old[finding.id].end)
    phone_before = before.findings[-1]
    phone_after = next(f for f in after.findings if f.id == phone_before.id)
    grown = len("[PERSOON-2]") - len("Piet")
    assert phone_after.redacted_start == phone_before.redacted_start + grown
    assert phone_after.redacted_end == phone_before.redacted_end + grown
    # the value is in no row of the database
    conn = sqlite3.connect(store.path)
    dump = "\n".join(conn.iterdump())
    conn.close()
    assert "Piet" not in dump


def test_a_second_missed_value_earlier_moves_the_first_remark(store: Store) -> None:
    result = record(store, "Groet van Klaas aan Piet, tot ziens.")
    piet = store.mark_missed(result.message_id, 20, 24, None, "anna")  # None: PERSON
    assert (piet.start, piet.end, piet.entity_type) == (20, 31, "PERSON")
    klaas = store.mark_missed(result.message_id, 10, 15, "PERSON", "bert")
    text = store.get_message(result.message_id).text_redacted
    assert text == "Groet van [PERSOON-2] aan [PERSOON-1], tot ziens."
    first, second = store.message_detail(result.message_id).feedback
    assert first.id == piet.id and text[first.start : first.end] == "[PERSOON-1]"
    assert second == klaas and text[klaas.start : klaas.end] == "[PERSOON-2]"
    originals = sorted((f.start, f.end) for f in store.findings_for(result.message_id))
    assert originals == [(10, 15), (20, 24)]  # offsets in "Groet van Klaas aan Piet, ..."


def test_missed_selection_is_trimmed_of_whitespace(store: Store) -> None:
    result = record(store, "Hallo Piet en Klaas")
    remark = store.mark_missed(result.message_id, 5, 11, "PERSON", "anna")  # " Piet "
    assert store.get_message(result.message_id).text_redacted == "Hallo [PERSOON-1] en Klaas"
    assert (remark.start, remark.end) == (6, 17)


def test_missed_value_takes_the_conversation_numbering(store: Store) -> None:
    first = record(
        store,
        "Jan en Marie schrijven",
        [("PERSON", "Jan", "[PERSOON-1]"), ("PERSON", "Marie", "[PERSOON-2]")],
        external_ref="T-1",
    )
    second = record(store, "Groet, Marie. Cc: Kees", external_ref="T-1")
    assert second.conversation_id == first.conversation_id
    # the same value already has a placeholder in this conversation: it gets that one
    start = store.get_message(second.message_id).text_redacted.index("Marie")
    store.mark_missed(second.message_id, start, start + 5, "PERSON", "anna")
    # a new value gets the next number free in the whole conversation, not in the message
    text = store.get_message(second.message_id).text_redacted
    start = text.index("Kees")
    store.mark_missed(second.message_id, start, start + 4, "PERSON", "anna")
    assert store.get_message(second.message_id).text_redacted == (
        "Groet, [PERSOON-2]. Cc: [PERSOON-3]"
    )
    # another type starts at 1; a conversation of its own starts at 1 too
    third = record(store, "Bel 020-1234567", external_ref="T-1")
    store.mark_missed(third.message_id, 4, 15, "PHONE", "anna")
    assert store.get_message(third.message_id).text_redacted == "Bel [TELEFOONNUMMER-1]"
    elsewhere = record(store, "Kees", external_ref="T-2")
    store.mark_missed(elsewhere.message_id, 0, 4, "PERSON", "anna")
    assert store.get_message(elsewhere.message_id).text_redacted == "[PERSOON-1]"


@pytest.mark.parametrize(
    ("start", "end", "reason"),
    [
        (5, 5, "empty"),
        (13, 14, "empty"),  # only whitespace
        (-1, 3, "outside"),
        (10, 500, "outside"),
        (20, 10, "outside"),
        (12, 18, "placeholder"),  # reaches into [PERSOON-1]
        (14, 25, "placeholder"),  # exactly [PERSOON-1]
        (33, 36, "placeholder"),  # inside [BSN-1]
        (53, 57, "kept"),  # Piet, kept by the policy
        (0, 4.0, "integers"),
    ],
)
def test_invalid_spans_are_refused(store: Store, start, end, reason: str) -> None:
    found = [*ORIGINAL_FOUND]
    found.insert(2, ("PERSON", "Piet", None))
    result = record(store, ORIGINAL, found)
    before = store.message_detail(result.message_id)
    with pytest.raises(InvalidSpanError) as caught:
        store.mark_missed(result.message_id, start, end, "PERSON", "anna")
    assert isinstance(caught.value, ValueError)
    assert reason in caught.value.reason
    assert store.message_detail(result.message_id) == before


def test_too_long_and_other_refusals(store: Store) -> None:
    result = record(store, "x" * 300)
    with pytest.raises(InvalidSpanError, match="longer than 200"):
        store.mark_missed(result.message_id, 0, 201, "PERSON", "anna")
    store.mark_missed(result.message_id, 0, 200, "PERSON", "anna")  # 200 is allowed
    with pytest.raises(ReviewValueError, match="entity type"):
        store.mark_missed(result.message_id, 250, 260, "NICKNAME", "anna")
    with pytest.raises(ReviewValueError, match="actor"):
        store.mark_missed(result.message_id, 250, 260, "PERSON", "")
    with pytest.raises(UnknownMessageError):
        store.mark_missed("nope", 0, 1, "PERSON", "anna")
    assert len(store.message_detail(result.message_id).feedback) == 1


def test_a_span_the_audit_rows_cannot_place_is_refused(store: Store) -> None:
    # audit rows that do not match the text (not what the pipeline writes): refuse rather
    # than record the value at a guessed place in the original
    result = store.record_message(
        channel="api",
        text_redacted="Mijn mail is [E-MAIL-1]. Piet",
        findings=[  # the placeholder should then be at 14, not at 13
            FindingRecord("EMAIL", 14, 27, "r", 0.9, "redact", "", "a@example.org"),
        ],
    )
    with pytest.raises(InvalidSpanError, match="audit rows"):
        store.mark_missed(result.message_id, 25, 29, "PERSON", "anna")
    # before the first unmatched row the mapping still holds
    store.mark_missed(result.message_id, 0, 4, "PERSON", "anna")


# -- the export --------------------------------------------------------------------------------


def test_export_jsonl(store: Store, data_dir: Path) -> None:
    long_original = "Inleiding. " * 60 + ORIGINAL + " Slot." * 80
    result = record(store, long_original, ORIGINAL_FOUND, channel="email")
    bsn = store.message_detail(result.message_id).findings[1]
    store.mark_false_positive(result.message_id, bsn.id, "anna", note="Piet zei dit")
    start, end = _piet(store, result.message_id)
    store.mark_missed(result.message_id, start, end, "PERSON", "bert")

    buffer = io.StringIO()
    assert store.export_feedback_jsonl(buffer) == 2
    lines = [json.loads(line) for line in buffer.getvalue().splitlines()]
    keys = {"kind", "entity_type", "text", "start", "end", "channel", "created_at"}
    for line in lines:
        assert set(line) == keys | {"message_created_at"}
        assert line["channel"] == "email"
        assert len(line["text"]) <= CONTEXT_CHARS
        assert "Piet" not in line["text"]  # neither the redacted value nor the note
    false_positive, missed = lines
    assert false_positive["kind"] == "false_positive" and false_positive["entity_type"] == "BSN"
    text = false_positive["text"]
    assert text[false_positive["start"] : false_positive["end"]] == "[BSN-1]"
    assert (missed["kind"], missed["entity_type"]) == ("missed", "PERSON")
    assert missed["text"][missed["start"] : missed["end"]] == "[PERSOON-2]"

    path = data_dir / "feedback.jsonl"
    assert store.export_feedback_jsonl(path) == 2
    assert path.read_text(encoding="utf-8") == buffer.getvalue()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_context_window_keeps_placeholders_whole() -> None:
    text = "a" * 300 + "[PERSOON-1]" + "b" * 300
    window, start, end = context_window(text, 300, 311, size=100)
    assert len(window) <= 100 and window[start:end] == "[PERSOON-1]"
    text = "[IBAN-1]" * 100 + "[PERSOON-1]" + "[IBAN-2]" * 100
    window, start, end = context_window(text, 800, 811, size=100)
    assert window[start:end] == "[PERSOON-1]"
    assert window.startswith("[IBAN-1]") and window.endswith("[IBAN-2]")
    assert context_window("kort", 0, 4) == ("kort", 0, 4)


# -- the dashboard -----------------------------------------------------------------------------


def test_redactions_per_week_and_requests_per_type(store: Store, clock: FakeClock) -> None:
    moments = [
        datetime(2024, 4, 1, 10, 0, tzinfo=UTC),  # Monday, more than 4 weeks back
        datetime(2024, 4, 22, 8, 0, tzinfo=UTC),  # Monday
        datetime(2024, 4, 28, 23, 59, 58, 999998, tzinfo=UTC),  # Sunday, the same week
        datetime(2024, 5, 1, 9, 0, tzinfo=UTC),  # Wednesday, this week
    ]
    for number, moment in enumerate(moments):
        clock.now = moment
        record(
            store,
            f"Jan {number} met 0612345678 en info@example.org",
            [
                ("PERSON", "Jan", "[PERSOON-1]"),
                ("PHONE", "0612345678", "[TELEFOONNUMMER-1]"),
                ("EMAIL", "info@example.org", None),  # kept: not a redaction
            ],
            request_type="access" if number else "erasure",
        )
    clock.now = datetime(2024, 5, 2, 12, 0, tzinfo=UTC)
    record(store, "geen verzoek")

    counts = store.redactions_per_week(weeks=4)
    assert counts == [
        ("2024-04-22", "PERSON", 2),
        ("2024-04-22", "PHONE", 2),
        ("2024-04-29", "PERSON", 1),
        ("2024-04-29", "PHONE", 1),
    ]
    assert counts[0].week_start == "2024-04-22" and counts[0].count == 2
    assert len(store.redactions_per_week(weeks=6)) == 6
    with pytest.raises(ReviewValueError):
        store.redactions_per_week(weeks=0)

    categories, stacks = weekly_stacks(counts, 4, date(2024, 5, 2))
    assert categories == ["2024-04-08", "2024-04-15", "2024-04-22", "2024-04-29"]
    assert stacks == {"PERSON": [0, 0, 2, 1], "PHONE": [0, 0, 2, 1]}
    assert list(stacks) == ["PERSON", "PHONE"]

    assert store.requests_per_type() == [("access", 3), ("erasure", 1)]


@dataclass(frozen=True)
class _Request:
    received_at: str
    closed_at: str | None
    due_at: str
    status: str = "open"

    @property
    def deadline(self) -> str:
        return self.due_at

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


def test_register_numbers() -> None:
    day = timedelta(days=1)
    start = datetime(2024, 5, 1, tzinfo=UTC)

    def request(closed_after: float | None, due_after: int) -> _Request:
        closed = None if closed_after is None else (start + closed_after * day).isoformat()
        return _Request(start.isoformat(), closed, (start + due_after * day).isoformat())

    records = [request(2, 30), request(3.5, 30), request(40, 30), request(None, 30)]
    records.append(request(None, 10))
    assert median_days_to_close(records) == 3.5
    assert median_days_to_close([request(None, 30)]) is None
    assert overdue_count(records, start + 20 * day) == 1
    assert overdue_count(records, start + 31 * day) == 2
    with pytest.raises(ValueError):
        overdue_count(records, datetime(2024, 6, 1))


# -- migration and the async wrappers ----------------------------------------------------------


def test_a_version_1_database_is_migrated(data_dir: Path) -> None:
    path = data_dir / "privacywacht.db"
    Keyring.in_dir(data_dir)  # a version-1 install had its keys.json beside the database
    db = connect(path)
    assert migrate(db, MIGRATIONS[:1]) == [1]
    db["conversations"].insert(
        {
            "id": "c" * 36,
            "channel": "api",
            "external_ref": None,
            "created_at": "2024-01-01T00:00:00.000000+00:00",
            "updated_at": "2024-01-01T00:00:00.000000+00:00",
            "purpose": None,
        }
    )
    db["messages"].insert(
        {
            "id": "m" * 36,
            "conversation_id": "c" * 36,
            "channel": "api",
            "created_at": "2024-01-01T00:00:00.000000+00:00",
            "sender_redacted": None,
            "subject_redacted": None,
            "text_redacted": "Van Piet",
            "request_type": None,
            "purpose": None,
            "entity_count": 0,
            "status": "processed",
        }
    )
    assert not db["feedback"].exists()
    db.close()

    with Store(path) as store:
        assert schema_version(store._db) == len(MIGRATIONS)
        assert store._db["feedback"].exists()
        rows, total = store.search_messages(text="piet")
        assert total == 1 and rows[0].id == "m" * 36
        remark = store.mark_missed("m" * 36, 4, 8, "PERSON", "anna")
        assert store.get_message("m" * 36).text_redacted == "Van [PERSOON-1]"
        assert store.message_detail("m" * 36).feedback == (remark,)
    with Store(path) as again:  # and opening it once more changes nothing
        assert schema_version(again._db) == len(MIGRATIONS)


def test_feedback_goes_with_its_message(store: Store) -> None:
    result = record(store, "Van Piet")
    store.mark_missed(result.message_id, 4, 8, "PERSON", "anna")
    with store._db.conn:
        store._db.execute("DELETE FROM messages WHERE id = ?", [result.message_id])
    assert store._db.execute("SELECT count(*) FROM feedback").fetchone()[0] == 0


def test_feedback_rows_are_checked_by_the_schema(store: Store) -> None:
    result = record(store, "Van Piet")
    bad = [
        # a kind that does not exist
        'INSERT INTO feedback (message_id, kind, start, "end", entity_type, actor, created_at)'
        " VALUES ('{m}', 'liked', 0, 3, 'PERSON', 'a', 't')",
        # neither a finding nor a span
        "INSERT INTO feedback (message_id, kind, entity_type, actor, created_at)"
        " VALUES ('{m}', 'missed', 'PERSON', 'a', 't')",
        # half a span
        "INSERT INTO feedback (message_id, kind, start, entity_type, actor, created_at)"
        " VALUES ('{m}', 'missed', 3, 'PERSON', 'a', 't')",
    ]
    for sql in bad:
        with pytest.raises(sqlite3.IntegrityError):
            store._db.execute(sql.format(m=result.message_id))


def test_async_wrappers(data_dir: Path) -> None:
    async def main() -> None:
        async with await AsyncStore.open(data_dir / "pw.db") as astore:
            result = await astore.record_message(channel="api", text_redacted="Van Piet")
            rows, total = await astore.search_messages(text="piet")
            assert total == 1 and rows[0].id == result.message_id
            remark = await astore.mark_missed(result.message_id, 4, 8, "PERSON", "anna")
            detail = await astore.message_detail(result.message_id)
            assert detail.feedback == (remark,)
            fp = await astore.mark_false_positive(result.message_id, remark.finding_id, "bert")
            assert fp.kind == "false_positive"
            buffer = io.StringIO()
            assert await astore.export_feedback_jsonl(buffer) == 2
            assert len(await astore.redactions_per_week()) == 1
            assert await astore.requests_per_type() == []

    asyncio.run(main())
