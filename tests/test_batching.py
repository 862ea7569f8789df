"""Batched redaction: ``Redactor.redact_batch`` and ``redact --jsonl`` in batches give exactly
what one message at a time gives, in the same order, conversation by conversation."""

from __future__ import annotations

import io
import json
import os
import threading

import pytest

from bot import cli
from bot.cli import _batches, redact_jsonl
from pipelines.conversation import Conversation
from pipelines.policy import PolicyError
from pipelines.redaction import InputTooLargeError, Redactor

MESSAGES = [
    "Beste Karin de Vries, uw IBAN NL91ABNA0417164300 is gewijzigd.",
    "Hoi, ik ben Wessel Bakker, bel me op 06-12345678. Karin weet ervan.",
    "Mijn BSN is 111222333 en ik woon op Dorpsstraat 12, 1234 AB Zwolle.",
    "Graag mijn gegevens verwijderen. Groet, Wessel",
    "Karin de Vries en Wessel Bakker komen morgen langs.",
    "Mail naar karin.devries@example.nl of bel 020-1234567.",
]


def _view(result):
    return result.text, result.entities(), result.request


def test_redact_batch_equals_one_by_one(redactor: Redactor):
    one = [_view(redactor.redact(text)) for text in MESSAGES]
    batched = [_view(r) for r in redactor.redact_batch([(t, None, None) for t in MESSAGES], 4)]
    assert batched == one


def test_redact_batch_keeps_conversation_order(redactor: Redactor):
    """Two interleaved conversations: each one's placeholders are numbered as if its
    messages had been redacted alone, one after the other."""
    jobs = [(text, None, index % 2) for index, text in enumerate(MESSAGES)]
    alone = {0: Conversation(), 1: Conversation()}
    expected = [_view(redactor.redact(text, None, alone[key])) for text, _, key in jobs]
    together = {0: Conversation(), 1: Conversation()}
    results = redactor.redact_batch([(t, p, together[k]) for t, p, k in jobs], batch_size=3)
    assert [_view(r) for r in results] == expected
    assert "[PERSOON-1]" in expected[0][0]


def test_redact_batch_reports_errors_in_place(redactor: Redactor):
    jobs = [
        (MESSAGES[0], None, None),
        ("x" * (redactor.max_chars + 1), None, None),
        (MESSAGES[1], "geen-doel", None),
        (MESSAGES[2], "billing", None),
    ]
    first, too_long, unknown, billing = redactor.redact_batch(jobs)
    assert _view(first) == _view(redactor.redact(MESSAGES[0]))
    assert isinstance(too_long, InputTooLargeError)
    assert isinstance(unknown, PolicyError)
    assert _view(billing) == _view(redactor.redact(MESSAGES[2], "billing"))


def _jsonl_lines() -> bytes:
    lines = []
    for index, text in enumerate(MESSAGES * 3):
        line = {"id": index, "text": text, "conversation_id": f"c{index % 4}"}
        if index % 5 == 2:
            line["purpose"] = "billing"
        lines.append(json.dumps(line, ensure_ascii=False))
        if index == 4:
            lines.append('{"id": "kapot", "text": 5}')
        if index == 7:
            lines.append(json.dumps({"id": "doel", "text": "hoi", "purpose": "geen-doel"}))
    return ("\n".join(lines) + "\n").encode()


def test_jsonl_batched_equals_line_by_line(redactor: Redactor, monkeypatch: pytest.MonkeyPatch):
    def run() -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        status = redact_jsonl(redactor, io.BytesIO(_jsonl_lines()), out, err, None)
        return status, out.getvalue(), err.getvalue()

    batched = run()
    monkeypatch.setattr(cli, "JSONL_BATCH_LINES", 1)
    assert cli.JSONL_BATCH_LINES == 1
    monkeypatch.setattr(cli, "_batches", lambda s: ([line] for line in cli._lines(s)))
    single = run()
    assert batched == single
    status, out, err = batched
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == list(range(len(MESSAGES) * 3))
    assert err.count("privacywacht: regel") == 2


def test_batches_respect_size_limits():
    payload = b"".join(b'{"id": %d, "text": "a"}\n' % i for i in range(10)) + b"\n\n"
    batches = list(_batches(io.BytesIO(payload), lines=4))
    assert [len(b) for b in batches] == [4, 4, 2]
    assert [number for batch in batches for number, _ in batch] == list(range(1, 11))
    assert [len(b) for b in _batches(io.BytesIO(payload), lines=100, size=40)] == [2] * 5


def test_batch_ends_when_a_pipe_has_no_more_yet():
    """A writer that waits for each answer gets it: the batch does not wait for more lines."""
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb") as reader, os.fdopen(write_end, "wb") as writer:
        writer.write(b'{"id": 1, "text": "a"}\n')
        writer.flush()
        first: list = []
        thread = threading.Thread(target=lambda: first.append(next(_batches(reader))))
        thread.start()
        thread.join(timeout=10)
        assert not thread.is_alive(), "the first batch waited for more input"
        assert [number for number, _ in first[0]] == [1]
