"""The command line: the JSONL contract and clear errors for bad input (lines, never text)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from bot.cli import InputError, redact_jsonl, redact_plain

CANARY_BSN = "645290415"


def run_cli(*args: str, stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, timeout=120
    )


def jsonl(redactor, payload: bytes, purpose=None):
    out, err = io.StringIO(), io.StringIO()
    status = redact_jsonl(redactor, io.BytesIO(payload), out, err, purpose)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    return status, lines, err.getvalue()


def test_plain_redaction_through_the_installed_command():
    done = run_cli("redact", stdin=f"Mijn BSN is {CANARY_BSN}.".encode())
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == "Mijn BSN is [BSN-1]."


def test_jsonl_contract(redactor):
    status, lines, err = jsonl(
        redactor, json.dumps({"id": "m1", "text": f"bsn {CANARY_BSN}"}).encode() + b"\n"
    )
    assert status == 0 and err == ""
    (line,) = lines
    assert set(line) == {"id", "text", "entities", "request"}
    assert line["id"] == "m1" and line["request"] is None
    (entity,) = line["entities"]
    assert {"type", "start", "end", "score", "action", "recognizer"} <= set(entity)
    assert (entity["type"], entity["start"], entity["end"], entity["action"]) == (
        "BSN",
        4,
        13,
        "redact",
    )


def test_one_bad_line_does_not_lose_the_others(redactor):
    payload = b"\n".join(
        [
            json.dumps({"id": 1, "text": "eerste"}).encode(),
            b'{"id": 2, "text": "kapot' + CANARY_BSN.encode(),  # malformed JSON
            b"\xff\xfe not utf-8",
            json.dumps({"id": 4, "text": 42}).encode(),
            json.dumps(["not", "an", "object"]).encode(),
            json.dumps({"id": 6, "text": "laatste"}).encode(),
        ]
    )
    status, lines, err = jsonl(redactor, payload)
    assert status == 1
    assert [line["id"] for line in lines] == [1, 6]
    for number in (2, 3, 4, 5):
        assert f"regel {number}:" in err
    assert CANARY_BSN not in err


def test_unknown_purpose_is_reported_per_line(redactor):
    payload = json.dumps({"id": "x", "text": "hoi", "purpose": "spionage"}).encode()
    status, lines, err = jsonl(redactor, payload)
    assert status == 1 and lines == []
    assert "regel 1: onbekend doel 'spionage'" in err


def test_same_conversation_shares_placeholders(redactor):
    payload = b"\n".join(
        json.dumps({"id": i, "conversation_id": "c1", "text": f"bsn {CANARY_BSN}"}).encode()
        for i in range(2)
    )
    _, lines, _ = jsonl(redactor, payload)
    assert [line["text"] for line in lines] == ["bsn [BSN-1]", "bsn [BSN-1]"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "geen invoer"),
        (b"   \n", "geen invoer"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binair"),
        (b"caf\xe9 " + CANARY_BSN.encode(), "geen geldige UTF-8 bij byte 3"),
    ],
)
def test_bad_plain_input_gets_a_clear_error(redactor, data, reason):
    with pytest.raises(InputError, match=reason) as caught:
        redact_plain(redactor, io.BytesIO(data), io.StringIO(), None)
    assert CANARY_BSN not in str(caught.value)


def test_oversized_message_is_refused_without_echoing_it():
    huge = ("Mijn BSN is " + CANARY_BSN + ". ") * 500_000  # ~12 MB
    done = run_cli("redact", stdin=huge.encode())
    assert done.returncode == 2
    assert b"limiet" in done.stderr
    assert CANARY_BSN.encode() not in done.stderr + done.stdout
    assert b"Traceback" not in done.stderr


def test_malformed_jsonl_through_the_command_exits_nonzero_but_keeps_good_lines():
    payload = b'{"id": "a", "text": "hallo"}\n{broken\n{"id": "c", "text": "doei"}\n'
    done = run_cli("redact", "--jsonl", stdin=payload)
    assert done.returncode == 1
    ids = [json.loads(line)["id"] for line in done.stdout.decode().splitlines()]
    assert ids == ["a", "c"]
    assert b"regel 2: geen geldige JSON" in done.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_only(redactor):
    payload = b"\n".join(json.dumps({"id": i, "text": "hallo"}).encode() for i in range(120))
    terminal = _Terminal()
    redact_jsonl(redactor, io.BytesIO(payload), io.StringIO(), terminal, None)
    assert "100 berichten verwerkt" in terminal.getvalue()
    piped = io.StringIO()
    redact_jsonl(redactor, io.BytesIO(payload), io.StringIO(), piped, None)
    assert piped.getvalue() == ""
