"""Starts and stops the configured ways mail comes in, around one shared processor."""

from __future__ import annotations

import logging

from bot.engine import RedactionEngine
from bot.mail.config import MailConfig
from bot.mail.forward import SmtpForwarder
from bot.mail.imap import ImapPoller
from bot.mail.lmtp import LmtpListener
from bot.mail.processor import MailProcessor
from bot.requests_desk import RequestDesk
from bot.store import AsyncStore

log = logging.getLogger("privacywacht.mail")


class MailService:
    def __init__(
        self,
        config: MailConfig,
        engine: RedactionEngine,
        store: AsyncStore,
        desk: RequestDesk | None = None,
        reply_from: str | None = None,
    ) -> None:
        self.config = config
        self.forwarder = SmtpForwarder(config) if config.forward_to else None
        # Customers who mail a privacy request get the reference and deadline by mail, from
        # reply_from (else forward_from); without a sender address there is no answer mail.
        sender = reply_from or config.forward_from
        replier = self.forwarder or (SmtpForwarder(config) if sender else None)
        self.processor = MailProcessor(
            engine, store, config, self.forwarder, desk, replier if sender else None, sender
        )
        self.poller = ImapPoller(config, self.processor.process) if config.imap_enabled else None
        self.lmtp = LmtpListener(config, self.processor.process) if config.lmtp_enabled else None

    async def start(self) -> None:
        if self.lmtp is not None:
            await self.lmtp.start()
        if self.poller is not None:
            self.poller.start()

    async def stop(self) -> None:
        """Stop taking mail in; the mail in hand is finished first."""
        if self.lmtp is not None:
            await self.lmtp.stop()
        if self.poller is not None:
            await self.poller.stop()
