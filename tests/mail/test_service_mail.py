"""E-mail end to end: a real Dovecot inbox (IMAP IDLE) and LMTP into the running service
(``python -m bot serve``), the helpdesk played by a local SMTP server capturing what it gets."""

from __future__ import annotations

import os
import re
import signal
import smtplib
import socket
import sqlite3
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from tests.mail.dovecot import HOST, Dovecot
from tests.mail.smtp_capture import CapturingSMTP
from tests.ports import free_port
from tests.service import canary
from tests.service.canary import assert_no_canaries
from tests.service.harness import ServiceProcess

HELPDESK = "helpdesk@support.example"
CUSTOMER = "ilse.brandsma@klant.example"
BSN = "111222333"
THREAD = ("<vraag-1@klant.example>", "<antwoord-1@bedrijf.example>")

PLAIN = f"""Beste support,

De factuur klopt nog steeds niet. Mijn BSN is {BSN}, als jullie dat nodig hebben.
Het bedrag van € 129,- is te hoog voor één maand.

Met vriendelijke groet,
Ilse Brandsma
{canary.PHONE.value}

Van: Support <support@bedrijf.example>
Verzonden: maandag 3 november 2025 10:12
Aan: Ilse Brandsma <{CUSTOMER}>
Onderwerp: RE: Factuur 2026-114 klopt niet

Beste Ilse,

We kijken ernaar en komen erop terug.
"""
HTML = f"""<html><body><p>Beste support,</p>
<p>De factuur klopt nog steeds niet. Mijn BSN is {BSN}, als jullie dat nodig hebben.<br>
Het bedrag van &euro; 129,- is te hoog voor één maand.</p>
<p>Met vriendelijke groet,<br>Ilse Brandsma<br>{canary.PHONE.value}</p>
<blockquote><p>Beste Ilse,</p><p>We kijken ernaar en komen erop terug.</p></blockquote>
</body></html>"""


def dutch_mail(message_id: str, *, plain: bool = True) -> bytes:
    """A reply in a thread: text (optional) + HTML in windows-1252 + a PDF attachment."""
    mail = EmailMessage()
    mail["From"] = f"Ilse Brandsma <{CUSTOMER}>"
    mail["To"] = "support@bedrijf.example"
    mail["Subject"] = "Re: Factuur 2026-114 klopt niet"
    mail["Message-ID"] = message_id
    mail["In-Reply-To"] = THREAD[1]
    mail["References"] = " ".join(THREAD)
    mail["Date"] = format_datetime(datetime(2026, 11, 20, 9, 30, tzinfo=UTC))
    if plain:
        mail.set_content(PLAIN)
        mail.add_alternative(HTML.replace("&euro;", "€"), subtype="html", charset="windows-1252")
    else:
        mail.set_content(HTML.replace("&euro;", "€"), subtype="html", charset="windows-1252")
    mail.add_attachment(
        b"%PDF-1.4\n" + b"0" * 3000, maintype="application", subtype="pdf", filename="factuur.pdf"
    )
    mail.add_attachment(
        b"\x89PNG" + b"1" * 500, maintype="image", subtype="png", filename="paspoort_kopie.png"
    )
    return mail.as_bytes()


def mail_toml(
    dovecot: Dovecot | None, helpdesk: CapturingSMTP, *, mode: str = "delete", lmtp: int = 0
) -> str:
    lines = [
        "[mail]",
        f'forward_to = "{HELPDESK}"',
        f'smtp_host = "{helpdesk.host}"',
        f"smtp_port = {helpdesk.port}",
        "retry_backoff_s = 0.2",
        "idle_timeout_s = 5",
        f'after_processing = "{mode}"',
    ]
    if dovecot is not None:
        lines += [
            f'imap_host = "{dovecot.host}"',
            f"imap_port = {dovecot.imap_port}",
            'imap_security = "none"',
            f'username = "{dovecot.user}"',
            f'password = "{dovecot.password}"',
        ]
    if lmtp:
        lines += [f'lmtp_host = "{HOST}"', f"lmtp_port = {lmtp}"]
    return "\n" + "\n".join(lines) + "\n"


def email_rows(service: ServiceProcess) -> list[tuple[str, str, str | None, str | None]]:
    with sqlite3.connect(service.db) as db:
        return db.execute(
            "SELECT text_redacted, status, sender_redacted, subject_redacted FROM messages "
            "WHERE channel = 'email' ORDER BY rowid"
        ).fetchall()


def wait_until(check, timeout: float = 20.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def helpdesk(smtp_capture: CapturingSMTP) -> CapturingSMTP:
    return smtp_capture


@pytest.fixture
def running(tmp_path):
    """Start services for a test and stop them all afterwards."""
    started: list[ServiceProcess] = []

    def start(extra: str, workdir=None) -> ServiceProcess:
        service = ServiceProcess(workdir or tmp_path / f"svc{len(started)}", extra_toml=extra)
        started.append(service)
        service.start()
        return service

    yield start
    for service in started:
        service.stop()


# --------------------------------------------------------------------------------------------
# IMAP


@pytest.mark.parametrize("plain", [True, False], ids=["text-and-html", "html-only"])
def test_inbox_mail_is_redacted_forwarded_threaded_and_removed(
    dovecot, helpdesk, running, plain: bool
) -> None:
    service = running(mail_toml(dovecot, helpdesk))
    dovecot.deliver(dutch_mail("<vraag-2@klant.example>", plain=plain))

    (forward,) = helpdesk.wait_for(1, timeout=30)
    received, body = forward.message, forward.body
    # threading and the customer's address are kept: the helpdesk needs them
    assert received["Message-ID"] == "<vraag-2@klant.example>"
    assert received["In-Reply-To"] == THREAD[1]
    assert received["References"] == " ".join(THREAD)
    assert received["From"] == CUSTOMER and forward.rcpt_tos == [HELPDESK]
    assert received["Subject"] == "Re: Factuur 2026-114 klopt niet"
    # the content is the redacted one; the legacy charset decoded right
    assert "De factuur klopt nog steeds niet. Mijn BSN is [BSN-1]" in body
    assert "€ 129,- is te hoog voor één maand" in body
    raw = forward.data.decode("utf-8", "replace")
    for secret in (BSN, "Brandsma", canary.PHONE.value, "47193852"):
        assert secret not in raw
    assert "Ilse" not in body  # learned from the signature, redacted in the quoted reply too
    # binary attachments: listed with where they went, not forwarded by default; the
    # passport scan loses even its name
    assert (
        "[Bijlage: factuur.pdf (application/pdf, 3 kB) — niet doorgestuurd: type niet toegestaan]"
        in body
    )
    assert (
        "[Bijlage: naam weggelaten (image/png, 504 bytes) — niet doorgestuurd: lijkt een"
        " identiteitsbewijs]" in body
    )
    assert "paspoort" not in raw and "%PDF" not in raw
    assert not received.is_multipart()

    wait_until(lambda: dovecot.list_inbox() == [], what="the original to leave the inbox")
    ((text, status, sender, subject),) = email_rows(service)
    assert status == "forwarded" and "[BSN-1]" in text and BSN not in text
    assert CUSTOMER not in (sender or "") and "Brandsma" not in (sender or "")
    assert subject == "Re: Factuur 2026-114 klopt niet"
    assert "We kijken ernaar" not in text  # the quoted history is not stored again


def test_move_puts_the_original_in_the_processed_folder(dovecot, helpdesk, running) -> None:
    running(mail_toml(dovecot, helpdesk, mode="move"))
    dovecot.deliver(dutch_mail("<verplaats-1@klant.example>"))
    helpdesk.wait_for(1, timeout=30)
    wait_until(lambda: dovecot.list_inbox() == [], what="the inbox to empty")
    assert "Verwerkt" in dovecot.folder_names()
    assert len(dovecot.list_inbox("Verwerkt")) == 1


def test_keep_leaves_the_original_and_processes_it_once(dovecot, helpdesk, running) -> None:
    service = running(mail_toml(dovecot, helpdesk, mode="keep"))
    dovecot.deliver(dutch_mail("<bewaar-1@klant.example>"))
    helpdesk.wait_for(1, timeout=30)
    dovecot.deliver(dutch_mail("<bewaar-2@klant.example>"))  # wakes the IDLE loop again
    helpdesk.wait_for(2, timeout=30)
    time.sleep(1.0)
    assert len(helpdesk.messages) == 2 and len(email_rows(service)) == 2
    assert len(dovecot.list_inbox()) == 2


def test_helpdesk_down_keeps_the_mail_in_the_inbox_until_it_is_forwarded(
    dovecot, helpdesk, running
) -> None:
    helpdesk.fail_next(3, code=451)  # the first round of attempts fails
    service = running(mail_toml(dovecot, helpdesk))
    dovecot.deliver(dutch_mail("<later-1@klant.example>"))
    (forward,) = helpdesk.wait_for(1, timeout=30)
    wait_until(lambda: dovecot.list_inbox() == [], what="the inbox to empty")
    ((_, status, _, _),) = email_rows(service)  # stored once, forwarded on the retry
    assert status == "forwarded"
    assert forward.message["Message-ID"] == "<later-1@klant.example>"


def test_a_mail_that_can_never_be_processed_stays_in_the_inbox_flagged(
    dovecot, helpdesk, running
) -> None:
    service = running(mail_toml(dovecot, helpdesk))
    too_long = EmailMessage()
    too_long["From"] = CUSTOMER
    too_long["Subject"] = "Logbestand"
    too_long.set_content("regel uit het logbestand\n" * 400)  # over max_message_chars (1000)
    dovecot.deliver(too_long.as_bytes())
    dovecot.deliver(dutch_mail("<na-rommel@klant.example>"))
    helpdesk.wait_for(1, timeout=30)
    wait_until(lambda: len(dovecot.list_inbox()) == 1, what="the good mail to leave")
    with dovecot.imap() as client:
        client.select_folder("INBOX")
        flags = next(iter(client.get_flags(client.search("ALL")).values()))
    assert b"$PrivacywachtRejected" in flags
    assert len(email_rows(service)) == 1
    events = [e["event"] for e in service.log_events()]
    assert "mail.rejected" in events


def test_killed_between_fetch_and_commit_the_mail_survives_and_counts_once(
    dovecot, helpdesk, tmp_path
) -> None:
    extra = mail_toml(dovecot, helpdesk)
    service = ServiceProcess(tmp_path / "svc", extra_toml=extra)
    service.start()
    try:
        # freeze the redaction workers: the poller fetches the mail and then waits on them
        for pid in service.workers():
            os.kill(pid, signal.SIGSTOP)
        dovecot.deliver(dutch_mail("<crash-1@klant.example>"))
        wait_until(
            lambda: any(e["event"] == "mail.fetched" for e in service.log_events()),
            what="the service to fetch the mail",
        )
        service.kill()  # SIGKILL, service and workers: nothing is committed
    finally:
        service.kill()
    assert len(dovecot.list_inbox()) == 1
    assert email_rows(service) == []
    assert helpdesk.messages == []

    restarted = ServiceProcess(tmp_path / "svc", extra_toml=extra)
    restarted.start()
    try:
        helpdesk.wait_for(1, timeout=30)
        wait_until(lambda: dovecot.list_inbox() == [], what="the inbox to empty")
        time.sleep(1.0)
        assert len(helpdesk.messages) == 1
        assert len(email_rows(restarted)) == 1
    finally:
        restarted.stop()


# --------------------------------------------------------------------------------------------
# LMTP


def lmtp_send(port: int, raw: bytes, recipients: list[str]) -> dict:
    """Deliver as an MTA does: CRLF line ends (smtplib leaves bytes as they are)."""
    with smtplib.LMTP(HOST, port, timeout=30) as lmtp:
        return lmtp.sendmail(CUSTOMER, recipients, re.sub(rb"\r?\n", b"\r\n", raw))


def test_lmtp_delivery_is_committed_before_it_is_acknowledged(helpdesk, running) -> None:
    port = free_port()
    service = running(mail_toml(None, helpdesk, lmtp=port))
    refused = lmtp_send(port, dutch_mail("<lmtp-1@klant.example>"), ["support@bedrijf.example"])
    assert refused == {}
    # the 250 came after the commit and the forward
    ((text, status, _, _),) = email_rows(service)
    assert status == "forwarded" and "[BSN-1]" in text
    (forward,) = helpdesk.messages
    assert forward.message["Message-ID"] == "<lmtp-1@klant.example>"


def test_lmtp_temporary_failure_is_451_and_the_retry_is_stored_once(helpdesk, running) -> None:
    port = free_port()
    service = running(mail_toml(None, helpdesk, lmtp=port))
    raw = dutch_mail("<lmtp-2@klant.example>")
    helpdesk.fail_next(3, code=451)
    with pytest.raises(smtplib.SMTPDataError) as refused:
        lmtp_send(port, raw, ["support@bedrijf.example"])
    assert refused.value.smtp_code == 451
    assert lmtp_send(port, raw, ["support@bedrijf.example"]) == {}  # the MTA's retry
    assert [status for _, status, _, _ in email_rows(service)] == ["forwarded"]
    assert len(helpdesk.messages) == 1


def test_lmtp_refuses_what_is_not_mail_with_a_reason(helpdesk, running) -> None:
    port = free_port()
    service = running(mail_toml(None, helpdesk, lmtp=port))
    with pytest.raises(smtplib.SMTPDataError) as refused:
        lmtp_send(port, b"\x00 not a mail", ["support@bedrijf.example"])
    assert refused.value.smtp_code == 554
    assert b"not an e-mail message" in refused.value.smtp_error
    assert email_rows(service) == []


def lmtp_dialogue(port: int, raw: bytes, recipients: list[str]) -> list[bytes]:
    """An LMTP session by hand (smtplib reads one reply after DATA; RFC 2033 wants one per
    recipient): returns the replies to DATA's end."""
    with socket.create_connection((HOST, port), timeout=30) as sock:
        stream = sock.makefile("rwb")

        def command(line: bytes) -> bytes:
            stream.write(line + b"\r\n")
            stream.flush()
            return read_reply()

        def read_reply() -> bytes:
            lines = [stream.readline()]
            while lines[-1][3:4] == b"-":
                lines.append(stream.readline())
            return lines[-1]

        assert read_reply().startswith(b"220")
        assert command(b"LHLO mta.example").startswith(b"250")
        assert command(b"MAIL FROM:<" + CUSTOMER.encode() + b">").startswith(b"250")
        for rcpt in recipients:
            assert command(b"RCPT TO:<" + rcpt.encode() + b">").startswith(b"250")
        assert command(b"DATA").startswith(b"354")
        stream.write(re.sub(rb"\r?\n", b"\r\n", raw).rstrip(b"\r\n") + b"\r\n.\r\n")
        stream.flush()
        replies = [read_reply() for _ in recipients]
        assert command(b"QUIT").startswith(b"221")
        return replies


def test_lmtp_answers_each_recipient(helpdesk, running) -> None:
    port = free_port()
    service = running(mail_toml(None, helpdesk, lmtp=port))
    replies = lmtp_dialogue(
        port,
        dutch_mail("<lmtp-3@klant.example>"),
        ["support@bedrijf.example", "info@bedrijf.example"],
    )
    assert [r[:9] for r in replies] == [b"250 2.0.0"] * 2
    assert len(email_rows(service)) == 1 and len(helpdesk.messages) == 1


# --------------------------------------------------------------------------------------------
# canaries


def canary_mail(message_id: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = canary.SENDER_WITH_EMAIL
    mail["To"] = "support@bedrijf.example"
    mail["Subject"] = canary.SUBJECT
    mail["Message-ID"] = message_id
    mail.set_content(canary.TEXT + "\n\nMet vriendelijke groet,\n" + canary.PERSON.value)
    mail.add_alternative(f"<p>{canary.TEXT}</p>", subtype="html", charset="iso-8859-1")
    return mail.as_bytes()


def test_canaries_through_imap_and_lmtp_leave_no_trace(dovecot, helpdesk, running) -> None:
    port = free_port()
    service = running(mail_toml(dovecot, helpdesk, lmtp=port))
    dovecot.deliver(canary_mail("<kanarie-imap@vogelpost-mail.nl>"))
    assert lmtp_send(port, canary_mail("<kanarie-lmtp@vogelpost-mail.nl>"), [HELPDESK]) == {}
    helpdesk.wait_for(2, timeout=30)
    wait_until(lambda: dovecot.list_inbox() == [], what="the inbox to empty")
    assert len(email_rows(service)) == 2
    # the helpdesk may get the sender's address (it answers the customer); nothing else
    others = [c for c in canary.CANARIES if c is not canary.EMAIL]
    for forward in helpdesk.messages:
        assert_no_canaries([], [forward.body, forward.message["Subject"]], others)
    files = assert_no_canaries([service.data_dir], service.captured())
    assert service.db in files
