"""A privacy request through every channel ends up in the register, with the right deadline.

One running service (``python -m bot serve``) takes requests by API, a signed Zendesk webhook,
a real Dovecot inbox (IMAP IDLE), LMTP and the web chat. Afterwards ``privacywacht register
list --json`` (a separate process, as the privacy officer runs it) shows each with its type,
channel and a deadline one calendar month after receipt; the customer got the reference and
the Dutch deadline in the channel they wrote in; the identity check went by mail and its
link works; and no requester's address is anywhere in the register file in the clear.
"""

from __future__ import annotations

import asyncio
import json
import re
import smtplib
import subprocess
import sys
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import aiohttp
import pytest

from bot.store.deadlines import add_months, format_dutch_date
from tests.mail.dovecot import HOST
from tests.mail.test_service_mail import mail_toml, wait_until
from tests.ports import free_port
from tests.service.harness import (
    REPO,
    ServiceProcess,
    chatwoot_message,
    post_message,
    post_webhook,
    request,
)

API_CUSTOMER = "anna.devries@klant.example"
WEBHOOK_CUSTOMER = "sanne.bakker@example.nl"
IMAP_CUSTOMER = "ilse.brandsma@klant.example"
LMTP_CUSTOMER = "kees.deboer@klant.example"
CHAT_CUSTOMER = "piet.visser@klant.example"
VERIFY_FROM = "privacy@bedrijf.example"


def customer_mail(sender: str, message_id: str, subject: str, text: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "support@bedrijf.example"
    mail["Subject"] = subject
    mail["Message-ID"] = message_id
    mail["Date"] = format_datetime(datetime.now(UTC))
    mail.set_content(text)
    return mail.as_bytes()


async def _chat(url: str, text: str) -> dict:
    async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
        await ws.receive_json(timeout=30)  # welcome
        await ws.send_json({"type": "message", "text": text, "id": "verzoek-1"})
        return await ws.receive_json(timeout=60)


def register_cli(service: ServiceProcess, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "bot", "--config", str(service.config), "register"]
    command += [*args, "--data-dir", str(service.data_dir)]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=60)


class _Form(HTMLParser):
    """The hidden fields of the confirmation form."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "input" and values.get("name"):
            self.fields[values["name"] or ""] = values.get("value") or ""


@pytest.fixture
def service(dovecot, smtp_capture, tmp_path):
    lmtp_port = free_port()
    extra = (
        mail_toml(dovecot, smtp_capture, lmtp=lmtp_port)
        + f"""
[chat]
handover = "smtp"

[register]
verify = "email"
verify_from = "{VERIFY_FROM}"
"""
    )
    process = ServiceProcess(tmp_path / "svc", extra_toml=extra)
    process.lmtp_port = lmtp_port  # type: ignore[attr-defined]
    process.start()
    yield process
    assert process.stop() == 0


def test_requests_from_every_channel_are_registered_answered_and_kept_secret(
    service, dovecot, smtp_capture
) -> None:
    # API: an access request (identity check by mail)
    api = post_message(
        service.base_url,
        {
            "sender": f"Anna de Vries <{API_CUSTOMER}>",
            "text": "Hierbij doe ik een inzageverzoek (art. 15 AVG). Welke gegevens hebben "
            "jullie van mij?",
        },
    )
    assert api.status == 201, api.body
    answer = api.json()
    assert answer["request"]["type"] == "access"
    reference = answer["request"]["reference"]
    assert re.fullmatch(r"AVG-\d{4}-\d{6}", reference)
    due = add_months(datetime.fromisoformat(answer["request"]["received_at"]), 1)
    assert f"uiterlijk {format_dutch_date(due)}" in answer["reply"]
    assert reference in answer["reply"] and "identiteitsbewijs" in answer["reply"]

    # a signed Chatwoot webhook: an erasure request
    hook = post_webhook(
        service.base_url,
        "chatwoot",
        chatwoot_message(
            "Verwijder al mijn gegevens uit jullie systemen, graag.", email=WEBHOOK_CUSTOMER
        ),
    )
    assert hook.status == 200, hook.body
    (hooked,) = hook.json()["requests"]
    assert hooked["type"] == "erasure" and "uiterlijk" in hooked["reply"]

    # the inbox (IMAP): no more newsletters (consent withdrawn); LMTP: a rectification
    dovecot.deliver(
        customer_mail(
            f"Ilse Brandsma <{IMAP_CUSTOMER}>",
            "<nieuwsbrief-1@klant.example>",
            "Nieuwsbrief",
            "Ik wil geen nieuwsbrief meer ontvangen en bel mij niet meer.",
        )
    )
    with smtplib.LMTP(HOST, service.lmtp_port, timeout=30) as lmtp:
        lmtp.sendmail(
            LMTP_CUSTOMER,
            ["support@bedrijf.example"],
            customer_mail(
                f"Kees de Boer <{LMTP_CUSTOMER}>",
                "<adres-1@klant.example>",
                "Adres",
                "Mijn adres klopt niet meer in jullie administratie, kunnen jullie het corrigeren?",
            ),
        )

    # the chat: a portability request with the address in the text
    url = service.base_url.replace("http://", "ws://") + "/chat/ws"
    chat = asyncio.run(_chat(url, f"Stuur mijn gegevens als csv naar {CHAT_CUSTOMER} alsjeblieft"))
    assert chat["type"] == "reply", chat
    assert chat["request"]["type"] == "portability"
    assert chat["request"]["reference"] in chat["text"] and "uiterlijk" in chat["text"]
    assert CHAT_CUSTOMER not in chat["redacted"]

    def registered() -> list[dict]:
        listed = register_cli(service, "list", "--json")
        assert listed.returncode == 0, listed.stderr
        return json.loads(listed.stdout)

    wait_until(lambda: len(registered()) == 5, timeout=60, what="five registered requests")
    assert sorted((e["channel"], e["type"]) for e in registered()) == [
        ("api", "access"),
        ("chat", "portability"),
        ("chatwoot", "erasure"),
        ("email", "rectification"),
        ("email", "withdraw_consent"),
    ]
    for entry in registered():
        received = datetime.fromisoformat(entry["received_at"])
        assert datetime.fromisoformat(entry["due_at"]) == add_months(received, 1)
        assert entry["status"] in ("received", "identity_pending")

    # the mailed requests got their reference and deadline by mail, threaded under theirs
    def mails_to(address: str) -> list:
        return [m for m in smtp_capture.messages if m.rcpt_tos == [address]]

    wait_until(lambda: mails_to(IMAP_CUSTOMER) and mails_to(LMTP_CUSTOMER), timeout=30,
               what="answers to the mailed requests")  # fmt: skip
    for address in (IMAP_CUSTOMER, LMTP_CUSTOMER):
        (reply,) = [m for m in mails_to(address) if "X-Privacywacht-Request" in m.message]
        ref = reply.message["X-Privacywacht-Request"]
        assert ref in reply.body and "Je krijgt uiterlijk" in reply.body
        assert reply.message["Auto-Submitted"] == "auto-replied"

    # identity by a one-time link to the address the request came from; no ID copies
    (check,) = [m for m in mails_to(API_CUSTOMER)]
    assert reference in check.message["Subject"]
    link = re.search(r"(http://\S+/verify\?token=[\w-]+)", check.body)
    assert link is not None
    path = urlsplit(link.group(1))
    page = request(service.base_url, "GET", f"{path.path}?{path.query}")
    assert page.status == 200
    shown = json.loads(register_cli(service, "show", reference, "--json").stdout)["request"]
    assert shown["status"] == "identity_pending"  # opening the link alone confirms nothing
    form = _Form()
    form.feed(page.body.decode())
    token = parse_qs(path.query)["token"][0]
    assert form.fields.get("token") == token
    confirmed = request(
        service.base_url,
        "POST",
        "/verify",
        urlencode(form.fields).encode(),
        {"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert confirmed.status == 200, confirmed.body
    shown = json.loads(register_cli(service, "show", reference, "--json").stdout)["request"]
    assert shown["status"] == "in_progress"

    # the register file alone reveals no one
    files = [p for p in Path(service.data_dir).glob("register.db*") if p.is_file()]
    assert any(p.name == "register.db" for p in files)
    data = b"".join(p.read_bytes() for p in files)
    for address in (API_CUSTOMER, WEBHOOK_CUSTOMER, IMAP_CUSTOMER, LMTP_CUSTOMER, CHAT_CUSTOMER):
        for form_of in (address, address.upper(), address.split("@")[0]):
            assert form_of.encode() not in data, form_of
    assert token.encode() not in data
    assert b"AVG-" in data  # the search reads the real file
