"""A hostile mail over LMTP does not stall the service (issue 19): its MIME parsing and
header decoding run in a worker, and a Subject of 10,000 folded encoded words is cut before
it is decoded. ``/healthz`` keeps answering while it is delivered (the latency is measured in
``benchmarks/hostile.py``; here a generous timeout only keeps a stall from hanging the run)."""

from __future__ import annotations

import smtplib
import threading
from email.message import EmailMessage

import pytest

from tests.mail.test_service_mail import (  # noqa: F401 (fixtures)
    email_rows,
    helpdesk,
    lmtp_send,
    mail_toml,
    running,
)
from tests.ports import free_port
from tests.service.harness import ServiceProcess, request


def hostile_mail(words: int) -> bytes:
    subject = "\r\n ".join(f"=?utf-8?q?bestelling_{i}_=C3=A9?=" for i in range(words))
    return (
        "From: Klant <klant@voorbeeld.example>\r\nTo: support@bedrijf.example\r\n"
        f"Subject: {subject}\r\nMessage-ID: <lang-onderwerp@voorbeeld.example>\r\n\r\n"
        "Goedemiddag, mijn bestelling is niet aangekomen.\r\n"
    ).encode()


def test_healthz_answers_while_a_mail_with_a_huge_subject_is_delivered(
    helpdesk,  # noqa: F811
    running,  # noqa: F811
) -> None:
    port = free_port()
    service = running(mail_toml(None, helpdesk, lmtp=port))
    outcome: dict[str, object] = {}

    def deliver() -> None:
        outcome["refused"] = lmtp_send(port, hostile_mail(10_000), ["support@bedrijf.example"])

    sender = threading.Thread(target=deliver)
    sender.start()
    answers = []
    while sender.is_alive() and len(answers) < 500:
        answers.append(request(service.base_url, "GET", "/healthz", timeout=5).status)
    sender.join(60)
    assert answers and set(answers) == {200}
    assert outcome["refused"] == {}
    ((text, status, _, subject),) = email_rows(service)
    assert status == "forwarded" and "niet aangekomen" in text
    assert subject.startswith("bestelling 0 ébestelling 1 é")
    assert len(subject) < 10_000  # cut at a fold, not decoded whole


def test_a_long_mail_is_redacted_in_parts_and_a_longer_one_refused(helpdesk, tmp_path) -> None:  # noqa: F811
    port = free_port()
    service = ServiceProcess(
        tmp_path / "svc",
        extra_toml=mail_toml(None, helpdesk, lmtp=port),
        limits={"max_mail_chars": 5_000},  # max_message_chars is 1000 in the tests
    )
    service.start()
    try:
        lines = [f"Regel {i}: de router knippert oranje na de update.\n" for i in range(60)]
        body = "".join(lines) + "Bel mij terug op 0612345678.\n"
        assert 1_000 < len(body) < 5_000
        refused = lmtp_send(port, long_mail("<lang-1@voorbeeld.example>", body), ["s@b.example"])
        assert refused == {}
        ((text, status, _, _),) = email_rows(service)
        assert status == "forwarded"
        assert "Regel 0:" in text and "Regel 59:" in text  # nothing lost
        assert "0612345678" not in text and "[TELEFOONNUMMER-1]" in text
        with pytest.raises(smtplib.SMTPDataError) as too_long:
            lmtp_send(port, long_mail("<lang-2@voorbeeld.example>", body * 3), ["s@b.example"])
        assert too_long.value.smtp_code == 554
        assert b"the limit is 5000" in too_long.value.smtp_error
        assert len(email_rows(service)) == 1
    finally:
        service.stop()


def long_mail(message_id: str, body: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Klant <klant@voorbeeld.example>"
    mail["To"] = "support@bedrijf.example"
    mail["Subject"] = "Storing internet"
    mail["Message-ID"] = message_id
    mail.set_content(body)
    return bytes(mail)
