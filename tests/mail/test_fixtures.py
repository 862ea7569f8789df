"""The e-mail fixtures work for real: LMTP into Dovecot, IMAP out (IDLE, MOVE, expunge), SMTP
capture with staged failures."""

from __future__ import annotations

import email
import smtplib
import threading
import time
from email.message import EmailMessage
from email.policy import default as default_policy

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from tests.mail import dovecot as dovecot_module
from tests.mail.conftest import require_dovecot
from tests.mail.dovecot import Dovecot, DovecotError
from tests.mail.smtp_capture import CapturingSMTP


def make_mail(subject: str, body: str = "Hallo, mijn ordernummer is 12345.") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jan Klant <klant@example.test>"
    msg["To"] = "support@example.test"
    msg["Subject"] = subject
    msg.set_content(body)
    return msg.as_bytes()


def subject_of(raw: bytes) -> str:
    return email.message_from_bytes(raw, policy=default_policy)["Subject"]


def test_lmtp_delivery_is_visible_over_imap(dovecot: Dovecot) -> None:
    dovecot.deliver(make_mail("Vraag over mijn bestelling", "Groetjes, Jan — één vraag"))

    with IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False, timeout=10) as client:
        client.login(dovecot.user, dovecot.password)
        info = client.select_folder("INBOX")
        assert info[b"EXISTS"] == 1
        uids = client.search(["SUBJECT", "bestelling"])
        assert len(uids) == 1
        raw = client.fetch(uids, ["BODY.PEEK[]"])[uids[0]][b"BODY[]"]
        client.logout()

    parsed = email.message_from_bytes(raw, policy=default_policy)
    assert parsed["Subject"] == "Vraag over mijn bestelling"
    assert parsed["Delivered-To"] == dovecot.address
    assert "één vraag" in parsed.get_content()
    assert dovecot.list_inbox() == [raw]
    stored = [p for sub in ("new", "cur") for p in (dovecot.mail_dir / sub).iterdir()]
    assert len(stored) == 1


def test_wrong_password_and_unknown_recipient_are_refused(dovecot: Dovecot) -> None:
    client = IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False, timeout=10)
    with pytest.raises(LoginError):
        client.login(dovecot.user, "fout")
    client.shutdown()

    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        dovecot.deliver(make_mail("Aan niemand"), to="niemand@example.test")
    assert refused.value.recipients["niemand@example.test"][0] == 550


def test_idle_reports_new_mail(dovecot: Dovecot) -> None:
    with dovecot.imap() as client:
        client.select_folder("INBOX")
        client.idle()
        sender = threading.Timer(0.2, dovecot.deliver, args=(make_mail("Nieuw tijdens IDLE"),))
        sender.start()
        responses: list = []
        deadline = time.monotonic() + 10
        try:
            while time.monotonic() < deadline:
                responses += client.idle_check(timeout=1)
                if any(r[1:2] == (b"EXISTS",) for r in responses):
                    break
        finally:
            sender.join()
            client.idle_done()
        assert (1, b"EXISTS") in responses, responses

    assert [subject_of(m) for m in dovecot.list_inbox()] == ["Nieuw tijdens IDLE"]


def test_move_into_created_folder(dovecot: Dovecot) -> None:
    dovecot.create_folder("Archief")
    assert dovecot.folder_names() == ["Archief", "INBOX"]
    dovecot.deliver(make_mail("Verplaats mij"))

    with dovecot.imap() as client:
        assert b"MOVE" in client.capabilities()
        client.select_folder("INBOX")
        uids = client.search("ALL")
        assert len(uids) == 1
        client.move(uids, "Archief")
        assert client.search("ALL") == []

    assert dovecot.list_inbox() == []
    assert [subject_of(m) for m in dovecot.list_inbox("Archief")] == ["Verplaats mij"]


def test_delete_and_expunge(dovecot: Dovecot) -> None:
    dovecot.deliver(make_mail("Weg ermee"))
    dovecot.deliver(make_mail("Blijft staan"))

    with dovecot.imap() as client:
        client.select_folder("INBOX")
        doomed = client.search(["SUBJECT", "Weg ermee"])
        assert len(doomed) == 1
        client.delete_messages(doomed)
        assert b"\\Deleted" in client.get_flags(doomed)[doomed[0]]
        client.expunge()
        assert len(client.search("ALL")) == 1

    assert [subject_of(m) for m in dovecot.list_inbox()] == ["Blijft staan"]


def test_reset_empties_the_mailbox(dovecot: Dovecot) -> None:
    dovecot.create_folder("Archief/2024")
    dovecot.deliver(make_mail("Oud"))
    with dovecot.imap() as client:
        client.select_folder("INBOX")
        client.copy(client.search("ALL"), "Archief/2024")

    dovecot.reset()

    assert dovecot.folder_names() == ["INBOX"]
    assert dovecot.list_inbox() == []


def test_own_instance_starts_and_stops_cleanly() -> None:
    require_dovecot()
    with Dovecot(user="ander", password="ook-geheim") as server:
        assert server.startup_seconds is not None and server.startup_seconds < 5
        root, proc = server.root, server._proc
        server.deliver(make_mail("Eigen instantie"))
        assert [subject_of(m) for m in server.list_inbox()] == ["Eigen instantie"]
    assert proc is not None and proc.returncode is not None
    assert root is not None and not root.exists()
    assert not server.running


def test_startup_failure_shows_dovecots_log(monkeypatch: pytest.MonkeyPatch) -> None:
    require_dovecot()
    monkeypatch.setattr(dovecot_module, "_config", lambda **_: "no_such_setting = 1\n")
    server = Dovecot()
    with pytest.raises(DovecotError) as failure:
        server.start()
    message = str(failure.value)
    assert "its log" in message
    assert "no_such_setting" in message  # Dovecot's own complaint about the config
    assert server.root is None  # the temporary directory is gone


def test_smtp_capture_receives_a_message(smtp_capture: CapturingSMTP) -> None:
    raw = make_mail("Doorgestuurd")
    with smtplib.SMTP(smtp_capture.host, smtp_capture.port, timeout=10) as client:
        client.sendmail("bot@example.test", ["a@example.test", "b@example.test"], raw)

    [captured] = smtp_capture.wait_for(1, timeout=5)
    assert captured.mail_from == "bot@example.test"
    assert captured.rcpt_tos == ["a@example.test", "b@example.test"]
    assert subject_of(captured.data) == "Doorgestuurd"
    assert b"ordernummer is 12345" in captured.data


def test_fail_next_gives_one_temporary_failure(smtp_capture: CapturingSMTP) -> None:
    smtp_capture.fail_next(1)
    with smtplib.SMTP(smtp_capture.host, smtp_capture.port, timeout=10) as client:
        with pytest.raises(smtplib.SMTPDataError) as failed:
            client.sendmail("bot@example.test", ["a@example.test"], make_mail("Poging 1"))
        assert failed.value.smtp_code == 451
        client.sendmail("bot@example.test", ["a@example.test"], make_mail("Poging 2"))

    assert [subject_of(m.data) for m in smtp_capture.wait_for(1)] == ["Poging 2"]
    assert len(smtp_capture.messages) == 1


def test_wait_for_says_what_is_missing(smtp_capture: CapturingSMTP) -> None:
    with pytest.raises(TimeoutError, match=r"expected 2 message\(s\).* got 0"):
        smtp_capture.wait_for(2, timeout=0.1)
