"""Malformed input against the running service: a 4xx with a reason (or the message stored,
for lone surrogates), never a 500, never a traceback, and no error body that quotes the input.

Every value here is invented. The session's service (``conftest.service``) is used; the logs
a test produced are the part of stderr written after it began.
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from datetime import timedelta
from typing import Any

import aiohttp
import pytest

from bot.review.accounts import Accounts
from tests.service.harness import (
    TOKEN,
    ServiceProcess,
    chatwoot_message,
    freshdesk_rule,
    helpscout_conversation,
    log_start,
    post_json,
    post_message,
    post_webhook,
    query,
    request,
    table_counts,
    zammad_article,
    zendesk_comment,
)

REPLACEMENT = "\ufffd"
#: a value that must never come back in an error body or a log line
SECRET = "271828182"


class LogWindow:
    """The service's stderr written after this point (after :func:`log_start`'s fence: the
    access line of the test before can arrive late)."""

    def __init__(self, service: ServiceProcess) -> None:
        self.service = service
        self.start = log_start(service)

    def text(self) -> str:
        return self.service.stderr()[self.start :]

    def assert_clean(self, *absent: str) -> None:
        logged = self.text()
        assert "Traceback" not in logged
        assert '"level":"ERROR"' not in logged, logged[-2000:]
        for value in absent:
            assert value not in logged


@pytest.fixture
def logs(service: ServiceProcess) -> LogWindow:
    return LogWindow(service)


def raw_http(service: ServiceProcess, data: bytes, timeout: float = 30.0) -> bytes:
    """Send ``data`` as it is (header bytes no HTTP client would send) and read to EOF."""
    with socket.create_connection(("127.0.0.1", service.port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def text_of(db, message_id: str) -> tuple[str, str | None, str | None]:
    [row] = query(
        db,
        "SELECT text_redacted, sender_redacted, subject_redacted FROM messages WHERE id = ?",
        (message_id,),
    )
    return row


# ---------------------------------------------------------------------------------------------
# lone surrogates: replaced by U+FFFD, the message is stored


def test_escaped_lone_surrogates_in_api_fields_are_replaced_and_stored(service, logs) -> None:
    payload = {
        "text": "Mijn oven \ud800 doet het niet meer.",
        "sender": "klant\udfff",
        "subject": "Oven \udbff kapot",
    }
    answer = post_message(service.base_url, payload)  # json.dumps writes "\ud800" escapes
    assert answer.status == 201, answer.body
    text, sender, subject = text_of(service.db, answer.json()["id"])
    assert text == f"Mijn oven {REPLACEMENT} doet het niet meer."
    assert REPLACEMENT in (sender or "") + (subject or "")
    logs.assert_clean()


def test_raw_surrogate_bytes_in_the_api_body_are_replaced_and_stored(service, logs) -> None:
    body = '{"text": "De lamp \ud800 flikkert."}'.encode("utf-8", "surrogatepass")
    assert b"\xed\xa0\x80" in body
    answer = post_message(service.base_url, body)
    assert answer.status == 201, answer.body
    assert text_of(service.db, answer.json()["id"])[0] == f"De lamp {REPLACEMENT} flikkert."
    logs.assert_clean()


def test_a_surrogate_pair_written_as_two_escapes_is_one_character(service) -> None:
    answer = post_message(service.base_url, b'{"text": "Top \\ud83d\\ude00 dank je"}')
    assert answer.status == 201
    assert text_of(service.db, answer.json()["id"])[0] == "Top \U0001f600 dank je"


WEBHOOKS = {
    "zendesk": lambda text: zendesk_comment(text, subject="Vraag \ud800 over levering"),
    "zammad": lambda text: zammad_article(f"<p>{text}</p>", sender="Els <els\udc00@example.nl>"),
    "helpscout": lambda text: helpscout_conversation(f"<p>{text}</p>"),
    "chatwoot": lambda text: chatwoot_message(text),
    "freshdesk": lambda text: freshdesk_rule(f"<div>{text}</div>"),
}


@pytest.mark.parametrize("raw", [False, True], ids=["escaped", "raw-bytes"])
@pytest.mark.parametrize("provider", sorted(WEBHOOKS))
def test_lone_surrogates_on_every_signed_webhook_are_replaced_and_stored(
    service, logs, provider: str, raw: bool
) -> None:
    payload = WEBHOOKS[provider]("Het pakket \ud800 is nooit aangekomen.")
    body = (
        json.dumps(payload, ensure_ascii=False).encode("utf-8", "surrogatepass")
        if raw
        else json.dumps(payload).encode()
    )
    answer = post_webhook(service.base_url, provider, body)
    assert answer.status == 200, answer.body
    result = answer.json()
    assert result["stored"] == 1 and len(result["ids"]) == 1
    text = text_of(service.db, result["ids"][0])[0]
    assert f"Het pakket {REPLACEMENT} is nooit aangekomen." in text
    logs.assert_clean()


# ---------------------------------------------------------------------------------------------
# nesting


DEEP = [b"[" * 1000, b"[" * 100 + b"]" * 100, b'{"text": ' + b"[" * 70 + b"]" * 70 + b"}"]


@pytest.mark.parametrize("body", DEEP, ids=["unclosed-1000", "closed-100", "field-70"])
def test_deeply_nested_json_on_the_api_is_a_400(service, logs, body: bytes) -> None:
    before = table_counts(service.db)
    answer = post_message(service.base_url, body)
    assert answer.status == 400
    assert answer.json()["error"] in {"JSON nested deeper than 64 levels"}
    assert b"[[" not in answer.body
    assert table_counts(service.db) == before
    logs.assert_clean()


@pytest.mark.parametrize("body", DEEP[:2], ids=["unclosed-1000", "closed-100"])
def test_deeply_nested_json_on_the_register_api_is_a_400(service, logs, body: bytes) -> None:
    reviewer = (service.data_dir / "reviewer-token").read_text().strip()
    answer = post_json(
        service.base_url,
        "/api/v1/register/PW-2026-0001/status",
        body,
        {"Authorization": f"Bearer {reviewer}"},
    )
    assert answer.status == 400
    assert answer.json()["error"] == "JSON nested deeper than 64 levels"
    logs.assert_clean()


@pytest.mark.parametrize("provider", ["zendesk", "chatwoot"])
def test_deeply_nested_json_on_a_signed_webhook_is_a_400(service, logs, provider: str) -> None:
    answer = post_webhook(service.base_url, provider, b"[" * 1000)
    assert answer.status == 400
    assert "nested deeper" in answer.json()["error"]
    logs.assert_clean()


async def _chat(url: str, frames: list[str]) -> tuple[list[dict[str, Any]], bool]:
    async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
        answers = [await ws.receive_json(timeout=30)]
        for frame in frames:
            await ws.send_str(frame)
            answers.append(await ws.receive_json(timeout=60))
        return answers, ws.closed


def test_the_chat_socket_answers_hostile_frames_with_an_error_and_stays_open(service, logs) -> None:
    url = service.base_url.replace("http://", "ws://") + "/chat/ws"
    frames = [
        "[" * 1000,
        json.dumps({"type": "message", "text": "[[[[ haakjes in een zin ]]]]"}),
        "[" * 100 + "]" * 100,
        json.dumps({"type": "message", "text": "Mijn fiets \ud800 is gestolen."}),
        json.dumps({"type": "message", "text": "Wanneer komt de monteur?"}),
    ]
    answers, closed = asyncio.run(_chat(url, frames))
    assert not closed
    kinds = [a["type"] for a in answers[1:]]
    assert kinds == ["error", "reply", "error", "reply", "reply"]
    for error in (answers[1], answers[3]):
        assert error["reason"] == "frame is not usable JSON: JSON nested deeper than 64 levels"
    assert answers[4]["redacted"] == f"Mijn fiets {REPLACEMENT} is gestolen."
    logs.assert_clean(SECRET)


# ---------------------------------------------------------------------------------------------
# header bytes


def _api_request(header: bytes, body: bytes = b'{"text": "Graag een nieuwe pas."}') -> bytes:
    return (
        b"POST /api/v1/messages HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        b"Content-Type: application/json\r\nAuthorization: Bearer " + TOKEN.encode() + b"\r\n"
        + header + b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )  # fmt: skip


@pytest.mark.parametrize(
    "key", [b"bestelling-\xe9-42", b"\xff\xfe", "sleutel-\u00e9".encode(), b"met spatie"]
)
def test_a_non_ascii_idempotency_key_is_a_400_before_any_work(service, logs, key: bytes) -> None:
    before = table_counts(service.db)
    answer = raw_http(service, _api_request(b"Idempotency-Key: " + key))
    assert status_of(answer) == 400
    body = answer.partition(b"\r\n\r\n")[2]
    assert json.loads(body) == {
        "error": "header 'Idempotency-Key' must be 1-200 visible ASCII characters"
    }
    assert key not in body
    assert table_counts(service.db) == before
    logs.assert_clean()
    assert '"message.stored"' not in logs.text()  # refused before the redaction


def test_a_bad_header_line_is_a_400_that_does_not_quote_it(service, logs) -> None:
    for line in (f"X-Note\x01: bsn {SECRET}".encode(), f"geen kop {SECRET}".encode()):
        answer = raw_http(
            service, b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n" + line + b"\r\n\r\n"
        )
        assert status_of(answer) == 400
        assert SECRET.encode() not in answer
        assert b"could not be parsed" in answer
    deadline = time.monotonic() + 10
    while logs.text().count('"http.access"') < 2 and time.monotonic() < deadline:
        time.sleep(0.05)  # the access line follows the answer
    # one warning per request and an access line that survived the parse error, no stack
    events = [json.loads(x) for x in logs.text().splitlines() if x.startswith("{")]
    assert [e["event"] for e in events].count("http.unparsable") == 2
    access = [e for e in events if e["event"] == "http.access"]
    assert [(e["status"], e["path"]) for e in access] == [(400, "-"), (400, "-")]
    logs.assert_clean(SECRET)


# ---------------------------------------------------------------------------------------------
# error bodies never quote names


def test_unknown_field_and_query_names_are_counted_not_quoted(service, logs) -> None:
    answer = post_message(service.base_url, {"text": "Hoi", f"bsn_{SECRET}": 1})
    assert answer.status == 400
    assert answer.json()["error"].startswith("1 unknown field; allowed: ")
    assert SECRET.encode() not in answer.body
    reviewer = (service.data_dir / "reviewer-token").read_text().strip()
    listed = request(
        service.base_url,
        "GET",
        f"/api/v1/register?bsn{SECRET}=1",
        headers={"Authorization": f"Bearer {reviewer}"},
    )
    assert listed.status == 400
    assert listed.json()["error"].startswith("1 unknown query parameter; allowed: ")
    assert SECRET.encode() not in listed.body
    logs.assert_clean(SECRET)


# ---------------------------------------------------------------------------------------------
# the review UI: a broken cookie, out-of-range filters


@pytest.fixture(scope="module")
def session_cookie(service) -> str:
    accounts = Accounts.in_dir(service.data_dir)
    try:
        user = accounts.add("fenna", "reviewer", "een-lang-en-sterk-wachtwoord-7")
        return accounts.create_session(user, timedelta(hours=1)).token
    finally:
        accounts.close()


@pytest.mark.parametrize("cookie", [b"ab\xe9cd", b"\xed\xa0\x80", b"a\xffb"])
def test_a_non_ascii_session_cookie_is_a_400_that_clears_it(service, logs, cookie: bytes) -> None:
    answer = raw_http(
        service,
        b"GET /review/messages HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        b"Cookie: pw_session=" + cookie + b"\r\n\r\n",
    )
    assert status_of(answer) == 400
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b"Set-Cookie: pw_session=" in head and b"Max-Age=0" in head
    assert cookie not in body
    logs.assert_clean()


@pytest.mark.parametrize(
    "query_string",
    [
        "until=9999-99-99",
        "since=0000-00-00",
        "until=9999-12-31",
        "since=0001-01-01&until=9999-12-30",
        "page=999999999999999999999",
        "page=99999999999999999999999999999999999999999999999999999999999999999999999999",
        "page=-3",
        "page=%D9%A3",  # an Arabic-Indic digit: isdigit() says yes, int() would too
    ],
)
def test_out_of_range_review_filters_are_not_a_500(
    service, logs, session_cookie: str, query_string: str
) -> None:
    answer = request(
        service.base_url,
        "GET",
        f"/review/messages?{query_string}",
        headers={"Cookie": f"pw_session={session_cookie}"},
    )
    assert answer.status == 200, answer.status
    logs.assert_clean()


# ---------------------------------------------------------------------------------------------
# a client that goes away mid-body


def test_a_client_gone_mid_body_is_one_line_without_a_stack(service, logs) -> None:
    before = table_counts(service.db)
    for path, auth in (
        ("/api/v1/messages", f"Authorization: Bearer {TOKEN}\r\n"),
        ("/webhooks/zendesk", ""),
    ):
        with socket.create_connection(("127.0.0.1", service.port), timeout=10) as sock:
            sock.sendall(
                f"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                f'{auth}Content-Length: 1500\r\n\r\n{{"text": "Mijn BSN is {SECRET}'.encode()
            )
            time.sleep(0.2)
    deadline = time.monotonic() + 10
    while logs.text().count('"request.client_gone"') < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert logs.text().count('"request.client_gone"') == 2
    assert table_counts(service.db) == before
    logs.assert_clean(SECRET)


# ---------------------------------------------------------------------------------------------
# found by the fuzz suite (tests/fuzz): each was a 500


def test_a_non_ascii_bearer_token_is_a_401(service, logs) -> None:
    answer = raw_http(service, _api_request(b"X-Note: fuzz").replace(
        b"Bearer " + TOKEN.encode(), b"Bearer \xe9" + SECRET.encode()
    ))  # fmt: skip
    assert status_of(answer) == 401
    assert SECRET.encode() not in answer
    logs.assert_clean(SECRET)


def test_a_non_ascii_csrf_header_is_a_403(service, logs, session_cookie: str) -> None:
    answer = raw_http(
        service,
        b"POST /review/messages/onbekend/onterecht HTTP/1.1\r\nHost: localhost\r\n"
        b"Connection: close\r\nCookie: pw_session=" + session_cookie.encode() + b"\r\n"
        b"X-CSRF-Token: \xe9" + SECRET.encode() + b"\r\nContent-Length: 0\r\n\r\n",
    )
    assert status_of(answer) == 403
    assert SECRET.encode() not in answer
    logs.assert_clean(SECRET)


def test_the_login_page_with_a_non_ascii_cookie_is_shown_as_to_a_visitor(service, logs) -> None:
    answer = raw_http(
        service,
        b"GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
        b"Cookie: pw_session=\xe9" + SECRET.encode() + b"\r\n\r\n",
    )
    assert status_of(answer) == 200
    assert b'type="password"' in answer
    logs.assert_clean(SECRET)


@pytest.mark.parametrize("path", ["/login", "/review/messages/x/onterecht"])
@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("multipart/form-data", b"name=fenna"),  # no boundary
        ("multipart/form-data; boundary=grens", f"bsn {SECRET}".encode()),  # no start
        ("multipart/form-data; boundary=grens", f"--grens\r\nbsn {SECRET}\r\n\r\n".encode()),
        ("multipart/form-data; boundary=grens", b"--grens\r\n\r\nx\r\n--grens--\r\n"),  # no name
    ],
    ids=["no-boundary", "no-start", "bad-part-header", "unnamed-part"],
)
def test_a_broken_multipart_form_is_a_400_that_quotes_nothing(
    service, logs, session_cookie: str, path: str, content_type: str, body: bytes
) -> None:
    headers = {"Content-Type": content_type, "Cookie": f"pw_session={session_cookie}"}
    if path.startswith("/review/"):  # past the CSRF check, to the handler's form read
        accounts = Accounts.in_dir(service.data_dir)
        try:
            session = accounts.session(session_cookie, timedelta(hours=1))
        finally:
            accounts.close()
        assert session is not None
        headers["X-CSRF-Token"] = session.csrf_token
    answer = request(service.base_url, "POST", path, body, headers)
    assert answer.status == 400, answer.status
    assert SECRET.encode() not in answer.body
    logs.assert_clean(SECRET)


def test_a_static_file_name_longer_than_the_file_system_allows_is_a_404(service, logs) -> None:
    answer = request(service.base_url, "GET", "/review/static/" + "a" * 300 + SECRET)
    assert answer.status == 404
    assert SECRET.encode() not in answer.body
    assert request(service.base_url, "GET", "/review/static/review.css").status == 200
    logs.assert_clean(SECRET)
