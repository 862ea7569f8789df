"""Handing a chat to a person: the redacted message goes to the helpdesk by mail or webhook.

Both ways carry only what was stored (the redacted text and ids), so a failed handover can be
retried from the database without the raw message. Mail threading: the conversation's first
message carries the conversation's Message-ID, later ones refer to it, so the helpdesk keeps
one ticket per chat.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass

import aiohttp

from bot.mail.forward import ForwardError, SmtpForwarder, compose_forward

log = logging.getLogger("privacywacht.chat")

HANDOVER_MODES = ("none", "smtp", "webhook")
MAIL_DOMAIN = "privacywacht.invalid"
SIGNATURE_HEADER = "X-Privacywacht-Signature"


class HandoverError(Exception):
    """The helpdesk did not take the message; it stays stored with status ``failed``."""


@dataclass(frozen=True)
class ChatMessage:
    """What the helpdesk gets: redacted text and ids, nothing else."""

    conversation_id: str
    message_id: str
    text: str
    language: str
    first: bool


def conversation_message_id(conversation_id: str) -> str:
    return f"<chat-{conversation_id}@{MAIL_DOMAIN}>"


class MailHandover:
    def __init__(self, forwarder: SmtpForwarder, forward_to: str, from_address: str) -> None:
        self.forwarder = forwarder
        self.forward_to = forward_to
        self.from_address = from_address

    async def send(self, message: ChatMessage) -> None:
        root = conversation_message_id(message.conversation_id)
        subject = "Chatgesprek" if message.language == "nl" else "Chat conversation"
        mail = compose_forward(
            forward_to=self.forward_to,
            from_address=self.from_address,
            sender=None,
            reply_to=None,
            subject=f"{subject} {message.conversation_id[:8]}",
            text=message.text,
            message_id=root if message.first else f"<chat-{message.message_id}@{MAIL_DOMAIN}>",
            in_reply_to=None if message.first else root,
            references=() if message.first else (root,),
            date=None,
            stored_id=message.message_id,
        )
        try:
            await self.forwarder.send(mail)
        except ForwardError:
            raise HandoverError("mail handover failed") from None


class WebhookHandover:
    """POSTs JSON to the configured URL, signed with HMAC-SHA256 of the body (hex), so the
    receiver can check it came from us; redirects are not followed."""

    def __init__(self, url: str, secret: str, timeout_s: float = 10.0) -> None:
        self.url = url
        self.secret = secret
        self.timeout = aiohttp.ClientTimeout(total=timeout_s)

    async def send(self, message: ChatMessage) -> None:
        body = json.dumps(
            {
                "conversation_id": message.conversation_id,
                "message_id": message.message_id,
                "channel": "chat",
                "language": message.language,
                "text": message.text,
            },
            ensure_ascii=False,
        ).encode()
        signature = hmac.new(self.secret.encode(), body, hashlib.sha256).hexdigest()
        headers = {"Content-Type": "application/json", SIGNATURE_HEADER: f"sha256={signature}"}
        try:
            async with (
                aiohttp.ClientSession(timeout=self.timeout) as session,
                session.post(self.url, data=body, headers=headers, allow_redirects=False) as resp,
            ):
                if resp.status >= 300:
                    log.warning("chat.handover_refused", extra={"ctx": {"status": resp.status}})
                    raise HandoverError("webhook handover refused")
        except (aiohttp.ClientError, TimeoutError):
            log.warning("chat.handover_failed", extra={"ctx": {"error": "connection"}})
            raise HandoverError("webhook handover failed") from None
