"""The web chat over a real WebSocket client against the running service (``python -m bot
serve``), with the helpdesk played by a local SMTP server that captures the handover mails."""

from __future__ import annotations

import asyncio
import sqlite3
import time

import aiohttp
import pytest

from tests.mail.smtp_capture import CapturingSMTP
from tests.service import canary
from tests.service.canary import assert_no_canaries
from tests.service.harness import ServiceProcess, request

HELPDESK = "helpdesk@support.example"
BSN = "111222333"


@pytest.fixture(scope="module")
def helpdesk():
    with CapturingSMTP() as smtp:
        yield smtp


@pytest.fixture(scope="module")
def chat_service(tmp_path_factory, helpdesk):
    extra = f"""
[mail]
forward_to = "{HELPDESK}"
smtp_host = "{helpdesk.host}"
smtp_port = {helpdesk.port}
retry_backoff_s = 0.1

[chat]
handover = "smtp"
retry_interval_s = 0.5
"""
    service = ServiceProcess(tmp_path_factory.mktemp("chat"), extra_toml=extra)
    service.start()
    yield service
    service.stop()


@pytest.fixture(autouse=True)
def _clear(helpdesk):
    helpdesk.clear()


def ws_url(service: ServiceProcess, session: str | None = None) -> str:
    url = service.base_url.replace("http://", "ws://") + "/chat/ws"
    return f"{url}?session={session}" if session else url


async def _exchange(url: str, frames: list) -> list[dict]:
    """Connect, read the welcome, send each frame and read one answer per frame."""
    async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
        answers = [await ws.receive_json(timeout=30)]
        for frame in frames:
            if isinstance(frame, bytes):
                await ws.send_bytes(frame)
            elif isinstance(frame, str):
                await ws.send_str(frame)
            else:
                await ws.send_json(frame)
            answers.append(await ws.receive_json(timeout=60))
        assert not ws.closed
        return answers


def exchange(url: str, *frames) -> list[dict]:
    return asyncio.run(_exchange(url, list(frames)))


def stored_chat(service: ServiceProcess) -> list[tuple[str, str, str]]:
    with sqlite3.connect(service.db) as db:
        return db.execute(
            "SELECT conversation_id, text_redacted, status FROM messages WHERE channel = 'chat' "
            "ORDER BY rowid"
        ).fetchall()


def test_page_is_dutch_and_loads_its_script_without_inline_code(chat_service) -> None:
    page = request(chat_service.base_url, "GET", "/chat")
    assert page.status == 200
    html = page.body.decode()
    assert '<html lang="nl">' in html and "Chat met de support" in html
    assert '<script src="/chat/static/chat.js"' in html
    assert "<script>" not in html  # no inline script: the CSP forbids it
    assert "script-src 'self'" in page.headers["content-security-policy"]
    script = request(chat_service.base_url, "GET", "/chat/static/chat.js")
    assert script.status == 200 and b"/chat/ws" in script.body
    assert request(chat_service.base_url, "GET", "/chat/static/../app.py").status == 404


def test_bsn_and_question_are_redacted_stored_handed_over_and_explained(
    chat_service, helpdesk
) -> None:
    welcome, reply = exchange(
        ws_url(chat_service),
        {"type": "message", "text": f"Hoi, mijn BSN is {BSN}. Waarom is mijn factuur zo hoog?"},
    )
    assert welcome["type"] == "welcome" and welcome["text"].startswith("Hallo!")
    assert reply["type"] == "reply" and reply["language"] == "nl"
    assert "Je stuurde ons een BSN" in reply["text"] and "verwijderd" in reply["text"]
    assert "collega" in reply["text"] and reply["handed_over"] is True
    assert reply["redacted"] == "Hoi, mijn BSN is [BSN-1]. Waarom is mijn factuur zo hoog?"
    assert reply["removed"] == ["BSN"]

    rows = [r for r in stored_chat(chat_service) if r[0] == reply["conversation_id"]]
    assert [(text, status) for _, text, status in rows] == [(reply["redacted"], "forwarded")]

    (mail,) = helpdesk.wait_for(1, timeout=10)
    assert mail.rcpt_tos == [HELPDESK]
    received, body = mail.message, mail.body
    assert "Waarom is mijn factuur zo hoog?" in body and "[BSN-1]" in body
    assert BSN not in mail.data.decode("utf-8", "replace")
    assert received["Message-ID"] == f"<chat-{reply['conversation_id']}@privacywacht.invalid>"


def test_privacy_question_in_chat_is_answered_from_the_statement(chat_service) -> None:
    _, reply = exchange(
        ws_url(chat_service),
        {"type": "message", "text": "Delen jullie mijn gegevens met andere bedrijven?"},
    )
    assert "Uit onze privacyverklaring" in reply["text"]
    assert "/privacy#met-wie-wij-je-gegevens-delen" in reply["text"]


def test_english_customer_gets_an_english_answer(chat_service) -> None:
    _, reply = exchange(
        ws_url(chat_service),
        {"type": "message", "text": f"Hello, my BSN is {BSN}, can you please check my invoice?"},
    )
    assert reply["language"] == "en"
    assert reply["text"].startswith("Thank you, we have received your message.")
    assert "citizen service number" in reply["text"]


def test_bad_frames_get_an_error_and_the_conversation_goes_on(chat_service) -> None:
    answers = exchange(
        ws_url(chat_service),
        "dit is geen json",
        {"type": "typing"},
        {"type": "message", "text": "   "},
        {"type": "message", "text": 42},
        [1, 2],
        b"\x00\x01binary",
        {"type": "message", "text": "x" * 5000},  # over the test's max_message_chars
        {"type": "ping"},
        {"type": "message", "text": "Mijn printer doet het niet meer."},
    )
    kinds = [a["type"] for a in answers[1:]]
    assert kinds == ["error"] * 7 + ["pong", "reply"]
    reasons = [a["reason"] for a in answers[1:8]]
    assert reasons[0].startswith("frame is not usable JSON: malformed JSON")
    assert reasons[1].startswith("unknown frame type")
    assert "'text' is required" in reasons[2] and "'text' is required" in reasons[3]
    assert reasons[4] == "frame must be a JSON object"
    assert reasons[5].startswith("binary frames")
    assert "longer than" in reasons[6] or "characters" in reasons[6]
    assert "dit is geen json" not in " ".join(reasons)


def test_conversation_survives_a_reconnect(chat_service, helpdesk) -> None:
    welcome, first = exchange(
        ws_url(chat_service),
        {"type": "message", "text": "Mijn naam is Ilse Brandsma, ik kan niet inloggen."},
    )
    session = welcome["session"]
    assert "Brandsma" not in first["redacted"]
    again, second = exchange(
        ws_url(chat_service, session),
        {"type": "message", "text": "Brandsma is mijn achternaam, het gaat om mijn account."},
    )
    assert again["session"] == session
    assert again["conversation_id"] == first["conversation_id"]
    assert again["history"] == [first["redacted"]]
    assert second["conversation_id"] == first["conversation_id"]
    # the surname learned in the first connection is still redacted after the reconnect
    assert "Brandsma" not in second["redacted"]
    mails = helpdesk.wait_for(2, timeout=10)
    root = f"<chat-{first['conversation_id']}@privacywacht.invalid>"
    follow_up = mails[1].message
    assert follow_up["In-Reply-To"] == root and follow_up["References"] == root


def test_a_resent_message_with_the_same_id_is_stored_once(chat_service) -> None:
    frame = {"type": "message", "text": "Is mijn bestelling al verzonden?", "id": "m-1"}
    welcome, first = exchange(ws_url(chat_service), frame)
    _, second = exchange(ws_url(chat_service, welcome["session"]), frame)
    assert second["message_id"] == first["message_id"]
    rows = [r for r in stored_chat(chat_service) if r[0] == first["conversation_id"]]
    assert len(rows) == 1


def test_helpdesk_down_keeps_the_message_says_so_and_retries(chat_service, helpdesk) -> None:
    helpdesk.fail_next(3, code=451)  # every attempt of the first handover fails
    _, reply = exchange(ws_url(chat_service), {"type": "message", "text": "Mijn wifi valt weg."})
    assert reply["handed_over"] is False
    assert "bewaard" in reply["text"] and "opnieuw" in reply["text"]
    # the retry loop sends it from the stored (redacted) text once the helpdesk is back
    (mail,) = helpdesk.wait_for(1, timeout=20)
    assert "Mijn wifi valt weg." in mail.body

    def rows() -> list[tuple[str, str]]:
        found = [r for r in stored_chat(chat_service) if r[0] == reply["conversation_id"]]
        return [(text, status) for _, text, status in found]

    deadline = time.monotonic() + 10  # the status is set just after the helpdesk said 250
    while rows() != [("Mijn wifi valt weg.", "forwarded")] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert rows() == [("Mijn wifi valt weg.", "forwarded")]
    events = [
        e["event"]
        for e in chat_service.log_events()
        if e.get("message_id") == reply["message_id"]
        or e.get("ctx", {}).get("message_id") == reply["message_id"]
    ]
    assert events.index("chat.handover_failed") < events.index("chat.handed_over")


def test_chat_with_canaries_leaves_no_trace(chat_service, helpdesk) -> None:
    answers = exchange(
        ws_url(chat_service),
        *({"type": "message", "text": sentence} for sentence in canary.SENTENCES.values()),
        {"type": "message", "text": canary.TEXT},
    )
    assert all(a["type"] == "reply" for a in answers[1:])
    texts = [*chat_service.captured(), *(str(a) for a in answers)]
    texts += [m.data for m in helpdesk.wait_for(len(answers) - 1, timeout=20)]
    files = assert_no_canaries([chat_service.data_dir], texts)
    assert chat_service.db in files
