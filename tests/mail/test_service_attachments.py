"""Attachments reach the helpdesk, end to end: mails built with EmailMessage are delivered over
LMTP to the running service (``python -m bot serve``); the helpdesk is a capturing SMTP server.

A log is redacted in the mail's conversation (its placeholders are the body's), binary files go
only where ``[mail] forward_attachments`` lets them and an identity document never does, the
stored text says what went where, and no value — not the bytes of a forwarded PDF either — is
in the data directory or the logs.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

import pytest

from tests.mail.smtp_capture import Captured, CapturingSMTP
from tests.mail.test_service_mail import CUSTOMER, email_rows, lmtp_send, mail_toml
from tests.ports import free_port
from tests.service import canary
from tests.service.canary import Canary, assert_no_canaries
from tests.service.harness import MAX_MESSAGE_CHARS, ServiceProcess

PERSON, PHONE, IBAN = canary.PERSON, canary.PHONE, canary.IBAN
#: a second number that only the log has: it must get the next placeholder
CALLBACK = Canary("PHONE", "06-58213947", ("58213947",))
BODY = (
    f"Beste support,\n\nIk ben {PERSON.value} en de synchronisatie faalt steeds. "
    f"Bel me gerust op {PHONE.value}.\n\nZie het logbestand in de bijlage."
)
LOG = (
    "2026-03-02 10:14:07 INFO  sync gestart\n"
    f"2026-03-02 10:14:08 ERROR sync mislukt voor gebruiker {PERSON.value}, "
    f"telefoon {PHONE.value}\n"
    f"2026-03-02 10:14:09 WARN  terugbellen op {CALLBACK.value}\n"
)
#: the PDF's bytes carry a value, so the scan proves they are not written anywhere
PDF = b"%PDF-1.4\n% offerte voor rekening " + IBAN.value.encode() + b"\n" + b"0" * 2000
CSV = b"datum;bedrag\n2026-02-01;129,00\n"
SCREENSHOT = b"\x89PNG\r\n\x1a\n" + b"2" * 700
PASSPORT = b"\xff\xd8\xff\xe0" + b"3" * 900
VALUES = (PERSON, PHONE, IBAN, CALLBACK)


def support_mail(message_id: str) -> bytes:
    """A customer's mail with a log, a CSV named after them, a PDF, a screenshot and a
    passport photo attached."""
    mail = EmailMessage()
    mail["From"] = CUSTOMER
    mail["To"] = "support@bedrijf.example"
    mail["Subject"] = "Synchronisatie faalt"
    mail["Message-ID"] = message_id
    mail.set_content(BODY)
    mail.add_attachment(LOG, subtype="plain", filename="outlook.log")
    mail.add_attachment(
        CSV,
        maintype="application",
        subtype="octet-stream",
        filename=f"facturen_{PERSON.value.replace(' ', '_')}.csv",
    )
    mail.add_attachment(PDF, maintype="application", subtype="pdf", filename="offerte.pdf")
    mail.add_attachment(SCREENSHOT, maintype="image", subtype="png", filename="foutmelding.png")
    mail.add_attachment(PASSPORT, maintype="image", subtype="jpeg", filename="paspoort_kopie.jpg")
    return mail.as_bytes()


def files(forward: Captured) -> dict[str, object]:
    """The forwarded mail's attachments by file name, decoded."""
    return {part.get_filename(): part.get_content() for part in forward.message.iter_attachments()}


def forwarded_text(forward: Captured) -> list[str]:
    """Everything text in the forwarded mail, decoded (a base64 part hides nothing from the
    scan this way)."""
    texts = [forward.body, forward.message["Subject"]]
    for part in forward.message.iter_attachments():
        texts.append(part.get_filename() or "")
        content = part.get_content()
        if isinstance(content, str):
            texts.append(content)
    return texts


@pytest.fixture
def service_with(tmp_path, smtp_capture: CapturingSMTP):
    """Start the service with LMTP on a free port and ``[mail]`` plus ``extra`` lines."""
    started: list[ServiceProcess] = []

    def start(extra: str = "") -> tuple[ServiceProcess, int]:
        port = free_port()
        service = ServiceProcess(
            tmp_path / f"svc{len(started)}",
            extra_toml=mail_toml(None, smtp_capture, lmtp=port) + extra,
        )
        started.append(service)
        service.start()
        return service, port

    yield start
    for service in started:
        service.stop()


def test_a_log_is_redacted_with_the_bodys_placeholders_and_binaries_stay_by_default(
    service_with, smtp_capture: CapturingSMTP
) -> None:
    service, port = service_with()
    assert lmtp_send(port, support_mail("<bijlagen-1@klant.example>"), ["support@x"]) == {}

    (forward,) = smtp_capture.messages  # LMTP answers after the forward
    assert forward.message.get_content_type() == "multipart/mixed"
    body = forward.body
    assert "Ik ben [PERSOON-1] en de synchronisatie faalt" in body
    assert "Bel me gerust op [TELEFOONNUMMER-1]." in body
    attached = files(forward)
    # text: redacted in the body's conversation; its own new number gets the next placeholder
    log = attached["outlook.log"]
    assert "sync mislukt voor gebruiker [PERSOON-1], telefoon [TELEFOONNUMMER-1]" in log
    assert "terugbellen op [TELEFOONNUMMER-2]" in log
    assert "2026-03-02 10:14:07 INFO  sync gestart" in log
    # the CSV's name held the customer's name: it goes out redacted, its text as text
    csv = attached["facturen_[PERSOON-1].csv"]
    assert isinstance(csv, str) and csv.splitlines() == ["datum;bedrag", "2026-02-01;129,00"]
    # binary files are not forwarded unless configured, the passport photo not at all
    assert set(attached) == {"outlook.log", "facturen_[PERSOON-1].csv"}
    assert b"%PDF" not in forward.data and b"\x89PNG" not in forward.data

    ((text, status, _, _),) = email_rows(service)
    assert status == "forwarded"
    for line in (
        f"[Bijlage: facturen_[PERSOON-1].csv (application/octet-stream, {len(CSV)} bytes) —"
        " doorgestuurd (geredigeerd)]",
        "[Bijlage: offerte.pdf (application/pdf, 2 kB) — niet doorgestuurd: type niet toegestaan]",
        "[Bijlage: foutmelding.png (image/png, 708 bytes) — niet doorgestuurd: type niet"
        " toegestaan]",
        "[Bijlage: naam weggelaten (image/jpeg, 904 bytes) — niet doorgestuurd: lijkt een"
        " identiteitsbewijs]",
    ):
        assert line in text and line in body  # stored, and the helpdesk reads it too
    # (its size is what the mail carried: the lines end in CRLF on the wire)
    assert re.search(
        r"\[Bijlage: outlook\.log \(text/plain, \d+ bytes\) — doorgestuurd \(geredigeerd\)\]", text
    )
    assert "paspoort" not in text and "paspoort" not in forward.data.decode("utf-8", "replace")

    others = [c for c in VALUES if c is not canary.EMAIL]
    assert_no_canaries([], forwarded_text(forward), others)
    stored = assert_no_canaries([service.data_dir], service.captured(), VALUES)
    assert service.db in stored


def test_allowed_types_go_unchanged_but_never_an_identity_document(
    service_with, smtp_capture: CapturingSMTP
) -> None:
    service, port = service_with('forward_attachments = ["application/pdf", "image/*"]\n')
    too_long = EmailMessage()
    too_long["From"] = CUSTOMER
    too_long["Subject"] = "Nog een log"
    too_long["Message-ID"] = "<bijlagen-3@klant.example>"
    too_long.set_content(f"{canary.SENTENCES['PERSON']} Hier is het volledige log.")
    big_log = f"regel van {PERSON.value}\n" * (MAX_MESSAGE_CHARS // 20)
    assert len(big_log) > MAX_MESSAGE_CHARS
    too_long.add_attachment(big_log, filename="volledig.log")

    assert lmtp_send(port, support_mail("<bijlagen-2@klant.example>"), ["support@x"]) == {}
    assert lmtp_send(port, too_long.as_bytes(), ["support@x"]) == {}

    first, second = smtp_capture.messages
    attached = files(first)
    assert attached["offerte.pdf"] == PDF  # byte for byte, as the customer sent it
    assert attached["foutmelding.png"] == SCREENSHOT
    assert "outlook.log" in attached and "facturen_[PERSOON-1].csv" in attached
    assert len(attached) == 4  # the passport photo is not among them, whatever is allowed
    assert b"paspoort" not in first.data and PASSPORT[:4] not in first.data
    # a text too long to redact is held back, never sent unredacted
    assert files(second) == {}
    assert "[Bijlage: volledig.log (text/plain, 1 kB) — niet doorgestuurd: te groot]" in (
        second.body
    )

    (first_text, _, _, _), (second_text, _, _, _) = email_rows(service)
    assert "[Bijlage: offerte.pdf (application/pdf, 2 kB) — doorgestuurd]" in first_text
    assert "[Bijlage: foutmelding.png (image/png, 708 bytes) — doorgestuurd]" in first_text
    assert "lijkt een identiteitsbewijs]" in first_text
    assert "— niet doorgestuurd: te groot]" in second_text

    # the helpdesk got the PDF with the number in it; the service kept none of it
    stored = assert_no_canaries([service.data_dir], service.captured(), VALUES)
    assert service.db in stored
