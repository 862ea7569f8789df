"""LMTP listener: the second way in, for a mail server (Postfix, Dovecot's LDA) that delivers
support mail straight to privacywacht instead of into a mailbox.

The reply to DATA is the commit receipt: 250 only after the redacted form is stored (and
forwarded), 451 when something that may pass failed — the MTA keeps the mail in its queue and
retries, so nothing is lost — and 554 for a mail that can never be processed (the MTA bounces
it to the sender, with our reason). LMTP answers once per recipient (RFC 2033 4.2); the mail
is processed once for all of them.

Runs on the service's own event loop (``loop.create_server`` with aiosmtpd's ``LMTP``
protocol), not in aiosmtpd's ``Controller`` thread, so the processor needs no thread hop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import Envelope, Session

from bot.mail.config import MailConfig
from bot.mail.processor import MailResult, Outcome

log = logging.getLogger("privacywacht.mail")
# aiosmtpd logs peers, senders and recipients at INFO; our log filter would reduce them to
# an unstructured event anyway, but they are noise without value here
logging.getLogger("mail.log").setLevel(logging.WARNING)

Handler = Callable[[bytes, str], Awaitable[MailResult]]


class _Delivery:
    """aiosmtpd handler: ``handle_DATA`` is called once the whole mail has arrived."""

    def __init__(self, handle: Handler) -> None:
        self.handle = handle

    async def handle_DATA(self, server: LMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        recipients = max(1, len(envelope.rcpt_tos))
        log.info("mail.fetched", extra={"ctx": {"source": "lmtp", "bytes": len(raw)}})
        try:
            result = await self.handle(raw, "lmtp")
        except Exception:
            log.exception("lmtp.failed")
            reply = "451 4.3.0 Tijdelijke fout, probeer het later opnieuw"
        else:
            if result.outcome is Outcome.DONE:
                reply = f"250 2.0.0 Ok: stored as {result.message_id}"
            elif result.outcome is Outcome.RETRY and result.busy:  # the work queue is full
                reply = "451 4.3.2 Te druk, probeer het later opnieuw"
            elif result.outcome is Outcome.RETRY:
                reply = "451 4.3.0 Tijdelijke fout, probeer het later opnieuw"
            else:
                reason = (result.reason or "message refused").replace("\r", " ").replace("\n", " ")
                reply = f"554 5.6.0 {reason[:200]}"
        return "\r\n".join([reply] * recipients)


class LmtpListener:
    def __init__(self, config: MailConfig, handle: Handler) -> None:
        self.config = config
        self.handler = _Delivery(handle)
        self._server: asyncio.base_events.Server | None = None

    @property
    def port(self) -> int | None:
        if self._server is None or not self._server.sockets:
            return None
        return self._server.sockets[0].getsockname()[1]

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        config = self.config

        def protocol() -> LMTP:
            return LMTP(
                self.handler,
                data_size_limit=config.max_message_bytes,
                enable_SMTPUTF8=True,
                decode_data=False,
                hostname="privacywacht",
                ident="privacywacht LMTP",
                loop=loop,
            )

        self._server = await loop.create_server(protocol, config.lmtp_host, config.lmtp_port)
        log.info("lmtp.listening", extra={"ctx": {"port": self.port}})

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
