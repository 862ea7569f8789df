"""One placeholder per person and per number across a conversation, in every channel, across a
restart of the service — and none of the values at rest.

The running service (``python -m bot serve``) gets the first message of a conversation through
the API, a Zendesk webhook, the web chat and LMTP (a mail), is stopped and started again, and
then gets the second message of each conversation: a new colleague and a new phone number,
and the first person again. The mail's second message quotes the first one.
"""

from __future__ import annotations

import asyncio
import smtplib
import sqlite3
from email.message import EmailMessage

import aiohttp
import pytest

from tests.mail.dovecot import HOST
from tests.mail.smtp_capture import CapturingSMTP
from tests.ports import free_port
from tests.service.canary import Canary, assert_no_canaries
from tests.service.harness import (
    ServiceProcess,
    post_message,
    post_webhook,
    unique_id,
    zendesk_comment,
)

HELPDESK = "helpdesk@support.example"
FIRST = "Ik ben Wouter Brink, bel me op 06-28374659."
SECOND = "Mijn collega Hanna Verbeek belt je op 06-11223344. Wouter Brink is vandaag afwezig."
FIRST_REDACTED = "Ik ben [PERSOON-1], bel me op [TELEFOONNUMMER-1]."
SECOND_REDACTED = (
    "Mijn collega [PERSOON-2] belt je op [TELEFOONNUMMER-2]. [PERSOON-1] is vandaag afwezig."
)
VALUES = (
    Canary("PERSON", "Wouter Brink", ("Wouter", "Brink")),
    Canary("PERSON", "Hanna Verbeek", ("Hanna", "Verbeek")),
    Canary("PHONE", "06-28374659", ("28374659",)),
    Canary("PHONE", "06-11223344", ("11223344",)),
)


@pytest.fixture(scope="module")
def helpdesk():
    with CapturingSMTP() as smtp:
        yield smtp


def _mail(message_id: str, body: str, *, reply_to: str | None = None) -> bytes:
    mail = EmailMessage()
    mail["From"] = "klant@klant.example"
    mail["To"] = "support@bedrijf.example"
    mail["Subject"] = "Re: Printer" if reply_to else "Printer"
    mail["Message-ID"] = message_id
    if reply_to:
        mail["In-Reply-To"] = reply_to
        mail["References"] = reply_to
    mail.set_content(body)
    return mail.as_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _lmtp(port: int, raw: bytes) -> None:
    with smtplib.LMTP(HOST, port, timeout=30) as lmtp:
        assert lmtp.sendmail("klant@klant.example", ["support@bedrijf.example"], raw) == {}


async def _chat(url: str, text: str) -> dict:
    async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
        welcome = await ws.receive_json(timeout=30)
        await ws.send_json({"type": "message", "text": text})
        answer = await ws.receive_json(timeout=60)
        return {"session": welcome["session"], **answer}


def _texts(service: ServiceProcess, channel: str) -> list[str]:
    with sqlite3.connect(service.db) as db:
        return [
            row[0]
            for row in db.execute(
                "SELECT text_redacted FROM messages WHERE channel = ? ORDER BY rowid", (channel,)
            )
        ]


def test_every_channel_keeps_placeholder_numbers_across_messages_and_a_restart(
    tmp_path, helpdesk
) -> None:
    lmtp_port = free_port()
    extra = f"""
[mail]
forward_to = "{HELPDESK}"
smtp_host = "{helpdesk.host}"
smtp_port = {helpdesk.port}
retry_backoff_s = 0.2
lmtp_host = "{HOST}"
lmtp_port = {lmtp_port}

[chat]
handover = "smtp"
retry_interval_s = 0.5
"""
    service = ServiceProcess(tmp_path / "svc", extra_toml=extra)
    ws = service.base_url.replace("http://", "ws://") + "/chat/ws"
    ticket, conversation = unique_id(), f"gesprek-{unique_id()}"
    root = "<printer-1@klant.example>"
    answers: list[str | bytes] = []

    service.start()
    try:
        api_first = post_message(service.base_url, {"text": FIRST, "conversation_id": conversation})
        assert api_first.status == 201, api_first.body
        assert api_first.json()["text"] == FIRST_REDACTED
        answers.append(api_first.body.decode())
        assert (
            post_webhook(service.base_url, "zendesk", zendesk_comment(FIRST, ticket=ticket)).status
            == 200
        )
        chat_first = asyncio.run(_chat(ws, FIRST))
        assert chat_first["redacted"] == FIRST_REDACTED
        answers.append(str(chat_first))
        _lmtp(lmtp_port, _mail(root, FIRST))
    finally:
        assert service.stop() == 0

    service.start()  # a new process: nothing of the first messages is in memory
    try:
        api_second = post_message(
            service.base_url, {"text": SECOND, "conversation_id": conversation}
        )
        assert api_second.status == 201, api_second.body
        assert api_second.json()["text"] == SECOND_REDACTED
        answers.append(api_second.body.decode())
        assert (
            post_webhook(service.base_url, "zendesk", zendesk_comment(SECOND, ticket=ticket)).status
            == 200
        )
        chat_second = asyncio.run(_chat(f"{ws}?session={chat_first['session']}", SECOND))
        assert chat_second["redacted"] == SECOND_REDACTED
        answers.append(str(chat_second))
        quoted = "\n".join(f"> {line}" for line in ("Op maandag schreef de klant:", FIRST))
        _lmtp(
            lmtp_port, _mail("<printer-2@klant.example>", f"{SECOND}\n\n{quoted}\n", reply_to=root)
        )
    finally:
        assert service.stop() == 0

    ticket_texts = _texts(service, "zendesk")
    assert ticket_texts == [FIRST_REDACTED, SECOND_REDACTED]
    assert _texts(service, "chat") == [FIRST_REDACTED, SECOND_REDACTED]
    mails = _texts(service, "email")
    assert mails[0].startswith(FIRST_REDACTED) and mails[1].startswith(SECOND_REDACTED)
    # the quoted history is numbered with the thread, not on its own
    forwards = {m.message["Message-ID"]: m.message for m in helpdesk.wait_for(4, timeout=20)}
    forwarded_reply = forwards["<printer-2@klant.example>"].get_content()
    assert SECOND_REDACTED in forwarded_reply
    assert f"> {FIRST_REDACTED}" in forwarded_reply
    answers += [m.data for m in helpdesk.wait_for(4)]
    files = assert_no_canaries([service.data_dir], [*service.captured(), *answers], VALUES)
    assert service.db in files
