"""The verification mail: a one-time link and code to the address a privacy request came from.

Why by mail and not by a copy of an ID document: the AVG asks for no more data than needed
(art. 5(1)(c)), and the Dutch DPA advises against ID copies; someone who can read the mailbox
the request came from is, for a request about that mailbox's data, the person concerned. The
register issues and checks the secrets (:meth:`bot.store.register.Register.start_verification`);
this module writes and sends the mail, and the customer confirms on the pages of
:mod:`bot.identity_routes`.

A failure to send never loses the request: it stays registered (``identity_pending``) and the
privacy officer sees it there. Logs name the reference and the error class only — never the
address, the link or the code.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import urlencode

from bot.mail.forward import ForwardError, SmtpForwarder
from bot.store.register import Register, RegisterError, RequestRecord

__all__ = [
    "LANGUAGES",
    "AddressMismatchError",
    "IdentityVerifier",
    "compose_verification_mail",
    "verification_link",
]

log = logging.getLogger("privacywacht.identity")

LANGUAGES = ("nl", "en")

_SUBJECT = {
    "nl": "Bevestig je privacyverzoek {reference}",
    "en": "Confirm your privacy request {reference}",
}

_BODY = {
    "nl": """\
Hallo,

We hebben je privacyverzoek ontvangen (referentie {reference}).
Voordat we het behandelen, vragen we je te bevestigen dat jij het
verzoek hebt gedaan. Zo weten we zeker dat we gegevens alleen aan jou
geven.

Bevestig je verzoek via deze link:
{link}

Werkt de link niet? Ga dan naar {page}
en vul je referentie {reference} en deze code in:
{code}

De link en de code zijn {hours} geldig en werken één keer.

We vragen je nooit om een kopie van je paspoort, identiteitskaart of
rijbewijs. Stuur die ook niet mee.

Heb je dit verzoek niet gedaan? Dan kun je deze mail negeren.

Met vriendelijke groet,
Het privacyteam
""",
    "en": """\
Hello,

We have received your privacy request (reference {reference}).
Before we handle it, we ask you to confirm that you made the request.
That way we can be sure we give data only to you.

Confirm your request with this link:
{link}

Does the link not work? Then go to {page}
and enter your reference {reference} and this code:
{code}

The link and the code are valid for {hours} and work once.

We will never ask you for a copy of your passport, identity card or
driving licence. Please do not send one.

Did you not make this request? Then you can ignore this e-mail.

Kind regards,
The privacy team
""",
}


def verification_link(public_url: str, token: str, language: str = "nl") -> str:
    """The customer's link; English mails open the English page."""
    query = {"token": token, **({"lang": "en"} if language == "en" else {})}
    return f"{_verify_page(public_url)}?{urlencode(query)}"


def compose_verification_mail(
    *,
    to: str,
    from_address: str,
    reference: str,
    token: str,
    code: str,
    public_url: str,
    ttl: timedelta,
    language: str = "nl",
) -> EmailMessage:
    """The verification mail, plain text; ``language`` "en" for English, else Dutch.

    Raises ``ValueError`` for an address that cannot be a header (the message of which may
    quote it: callers must not log it).
    """
    language = language if language in LANGUAGES else "nl"
    mail = EmailMessage()
    mail["To"] = _address(to)
    mail["From"] = from_address
    mail["Subject"] = _SUBJECT[language].format(reference=reference)
    mail["Date"] = format_datetime(datetime.now(UTC))
    mail["Message-ID"] = make_msgid(domain=_domain(from_address))
    # RFC 3834: no out-of-office replies to an automatic mail.
    mail["Auto-Submitted"] = "auto-generated"
    mail.set_content(
        _BODY[language].format(
            reference=reference,
            link=verification_link(public_url, token, language),
            page=_verify_page(public_url),
            code=code,
            hours=_hours(ttl, language),
        ),
        # Readable in any mail source view, unlike base64; "=" in the link becomes "=3D".
        cte="quoted-printable",
    )
    mail["Content-Language"] = language  # after set_content, which resets Content-* headers
    return mail


class IdentityVerifier:
    """Starts verifications (register + mail) and confirms them, from asyncio.

    The register is synchronous and thread-safe, so it runs in a worker thread. ``smtp``
    supplies the server settings and the retries of 4xx answers.
    """

    def __init__(
        self,
        register: Register,
        smtp: SmtpForwarder,
        from_address: str,
        public_url: str,
        ttl: timedelta,
    ) -> None:
        if not isinstance(ttl, timedelta) or ttl <= timedelta(0):
            raise ValueError("ttl must be a positive timedelta")
        self.register = register
        self.smtp = smtp
        self.from_address = from_address
        self.public_url = public_url
        self.ttl = ttl

    async def start(self, reference: str, email: str, language: str = "nl") -> bool:
        """Issue a link and code for ``reference`` and mail them to ``email``; True if sent.

        ``email`` must be the address the register holds for the request: the point of the
        check is that the mail goes to the contact already known, so any other is refused.
        On any failure the request stays registered and False comes back.
        """
        try:
            _address(email)  # before the register moves the status: it could never be sent
            token, code = await asyncio.to_thread(self._issue, reference, email)
        except (RegisterError, ValueError) as error:
            _log_failure("identity.verification_not_started", reference, error)
            return False
        try:
            mail = compose_verification_mail(
                to=email,
                from_address=self.from_address,
                reference=reference,
                token=token,
                code=code,
                public_url=self.public_url,
                ttl=self.ttl,
                language=language,
            )
            await self.smtp.send(mail)
        except (ForwardError, ValueError) as error:
            _log_failure("identity.verification_mail_failed", reference, error)
            return False
        log.info(
            "identity.verification_sent",
            extra={"ctx": {"reference": reference, "language": language}},
        )
        return True

    async def confirm(
        self,
        token: str | None = None,
        *,
        reference: str | None = None,
        code: str | None = None,
    ) -> RequestRecord:
        """:meth:`Register.confirm_verification` in a worker thread (raises its errors)."""
        record = await asyncio.to_thread(
            self.register.confirm_verification, token, reference=reference, code=code
        )
        log.info("identity.verified", extra={"ctx": {"reference": record.reference}})
        return record

    def _issue(self, reference: str, email: str) -> tuple[str, str]:
        """Check the address against the register, then start; in a worker thread."""
        known = self.register.find_by_contact(email=email)
        if all(record.reference != reference for record in known):
            raise AddressMismatchError(f"the address is not the one registered for {reference}")
        return self.register.start_verification(reference, self.ttl)


class AddressMismatchError(RegisterError):
    """The address given is not the one registered for the request (it is not repeated)."""


def _log_failure(event: str, reference: str, error: Exception) -> None:
    ctx: dict[str, object] = {"reference": reference, "error": type(error).__name__}
    if isinstance(error, ForwardError):
        ctx["code"] = error.code
    log.warning(event, extra={"ctx": ctx})


def _verify_page(public_url: str) -> str:
    return f"{public_url.rstrip('/')}/verify"


def _hours(ttl: timedelta, language: str) -> str:
    hours = max(1, round(ttl.total_seconds() / 3600))
    if language == "en":
        return f"{hours} hour" if hours == 1 else f"{hours} hours"
    return f"{hours} uur"


def _address(value: str) -> Address:
    """The recipient as a header value; a malformed address is a ValueError, never sent."""
    if not isinstance(value, str) or any(ch in value for ch in "\r\n,;<>"):
        raise ValueError("recipient address is not usable")
    local, at, domain = value.strip().rpartition("@")
    if not at or not local or not domain:
        raise ValueError("recipient address is not usable")
    try:
        return Address(addr_spec=value.strip())
    except (ValueError, HeaderParseError):
        # The parser's messages quote the address: replace them.
        raise ValueError("recipient address is not usable") from None


def _domain(address: str) -> str:
    domain = address.rpartition("@")[2].strip().strip(">")
    return domain or "privacywacht.invalid"
