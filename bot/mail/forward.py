"""The helpdesk gets the clean copy: a redacted mail, threaded like the original, over SMTP.

Why these headers: helpdesks (Zendesk, Freshdesk, Zammad, Help Scout) thread incoming mail by
``Message-ID`` / ``In-Reply-To`` / ``References`` and make the ``From`` address the requester.
So those are kept as the customer sent them — the address is data the ticket needs to be
answered — while the display name, subject and body are the redacted ones. ``Sender`` names
us as the party that transmitted it (RFC 5322 3.6.2).

Attachments the service lets through (:mod:`bot.mail.attachments` decides) go along: redacted
text as UTF-8, binary files as the customer sent them.

smtplib runs in a thread (``asyncio.to_thread``): one short connection per mail is cheap
next to redaction, and it needs no extra dependency. Errors carry the SMTP code only: a
server's error text may echo addresses.
"""

from __future__ import annotations

import asyncio
import logging
import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr

from bot.mail.config import MailConfig

log = logging.getLogger("privacywacht.mail")

FOOTER_NL = (
    "-- \nDoorgestuurd door privacywacht: persoonsgegevens die niet nodig zijn om deze vraag "
    "te beantwoorden zijn verwijderd."
)


class ForwardError(Exception):
    """Forwarding failed; ``code`` is the SMTP reply code (None: no answer/connection)."""

    def __init__(self, code: int | None, permanent: bool) -> None:
        super().__init__(f"forwarding failed (smtp code {code})")
        self.code = code
        self.permanent = permanent


@dataclass(frozen=True)
class OutgoingAttachment:
    """A file for the helpdesk: ``data`` is redacted text (str) or the unchanged bytes of an
    allowed binary file. Kept out of ``repr``: it is customer content."""

    filename: str
    content_type: str
    data: str | bytes = field(repr=False)


def _attach(mail: EmailMessage, item: OutgoingAttachment) -> None:
    maintype, _, subtype = item.content_type.partition("/")
    if isinstance(item.data, str) and maintype == "text":
        mail.add_attachment(item.data, subtype=subtype, charset="utf-8", filename=item.filename)
    elif isinstance(item.data, str):  # application/json and other text formats
        mail.add_attachment(
            item.data.encode("utf-8"),
            maintype=maintype,
            subtype=subtype,
            filename=item.filename,
            params={"charset": "utf-8"},
        )
    else:
        mail.add_attachment(item.data, maintype=maintype, subtype=subtype, filename=item.filename)


def compose_forward(
    *,
    forward_to: str,
    from_address: str | None,
    sender: str | None,
    reply_to: str | None,
    subject: str,
    text: str,
    message_id: str | None,
    in_reply_to: str | None,
    references: tuple[str, ...],
    date: str | None,
    stored_id: str,
    attachments: Sequence[OutgoingAttachment] = (),
) -> EmailMessage:
    """The mail the helpdesk receives. ``subject``, ``text`` and text attachments must already
    be redacted; with attachments it becomes multipart/mixed, the text first."""
    mail = EmailMessage()
    mail["From"] = from_address or sender or forward_to
    if sender and sender != mail["From"]:
        mail["Sender"] = sender
    if reply_to:
        mail["Reply-To"] = reply_to
    mail["To"] = forward_to
    mail["Subject"] = subject
    mail["Date"] = date or format_datetime(datetime.now(UTC))
    mail["Message-ID"] = message_id or make_msgid(domain="privacywacht.invalid")
    if in_reply_to:
        mail["In-Reply-To"] = in_reply_to
    if references:
        mail["References"] = " ".join(references)
    mail["X-Privacywacht-Id"] = stored_id
    mail["Auto-Submitted"] = "auto-forwarded"
    mail.set_content(f"{text.rstrip()}\n\n{FOOTER_NL}\n")
    for item in attachments:
        _attach(mail, item)
    return mail


def compose_auto_reply(
    *,
    to: str,
    sender: str,
    subject: str,
    text: str,
    in_reply_to: str | None,
    references: tuple[str, ...],
    reference: str,
) -> EmailMessage:
    """The assistant's answer to a customer's mail, threaded under it. ``subject`` is the
    redacted one; ``Auto-Submitted: auto-replied`` (RFC 3834) keeps autoresponders from
    answering back."""
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = to
    base = subject.strip()
    mail["Subject"] = base if base.lower().startswith("re:") else f"Re: {base or reference}"
    mail["Date"] = format_datetime(datetime.now(UTC))
    mail["Message-ID"] = make_msgid(domain="privacywacht.invalid")
    if in_reply_to:
        mail["In-Reply-To"] = in_reply_to
        mail["References"] = " ".join((*references, in_reply_to))
    mail["Auto-Submitted"] = "auto-replied"
    mail["X-Privacywacht-Request"] = reference
    mail.set_content(f"{text.rstrip()}\n")
    return mail


class SmtpForwarder:
    """Sends with retries: temporary failures (4xx, no connection) are retried with backoff,
    permanent ones (5xx) are not. The caller keeps the message when all attempts fail."""

    def __init__(self, config: MailConfig) -> None:
        self.config = config

    async def send(self, mail: EmailMessage) -> None:
        config = self.config
        attempts = max(1, config.smtp_attempts)
        for attempt in range(1, attempts + 1):
            try:
                await asyncio.to_thread(self._send_once, mail)
                return
            except ForwardError as exc:
                log.warning(
                    "mail.forward_failed",
                    extra={"ctx": {"attempt": attempt, "code": exc.code, "error": "smtp"}},
                )
                if exc.permanent or attempt == attempts:
                    raise
                await asyncio.sleep(min(config.retry_backoff_s * 2 ** (attempt - 1), 30.0))

    def _send_once(self, mail: EmailMessage) -> None:
        config = self.config
        envelope_from = config.forward_from or _bare(mail["From"])
        try:
            if config.smtp_security == "ssl":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    config.smtp_host,
                    config.smtp_port,
                    timeout=config.smtp_timeout_s,
                    context=ssl.create_default_context(),
                )
            else:
                client = smtplib.SMTP(
                    config.smtp_host, config.smtp_port, timeout=config.smtp_timeout_s
                )
            with client:
                if config.smtp_security == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if config.smtp_username:
                    client.login(config.smtp_username, config.smtp_password)
                # The mail's own To: the helpdesk for a forward, the customer for an answer.
                client.send_message(mail, from_addr=envelope_from, to_addrs=[_bare(mail["To"])])
        except smtplib.SMTPResponseException as exc:
            raise ForwardError(exc.smtp_code, permanent=exc.smtp_code >= 500) from None
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            code = codes[0] if codes else None
            raise ForwardError(code, permanent=bool(code and code >= 500)) from None
        except (smtplib.SMTPException, OSError):
            raise ForwardError(None, permanent=False) from None


def _bare(address: str | None) -> str:
    return parseaddr(address or "")[1]
