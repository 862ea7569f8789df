"""The chat assistant: one customer message in, redacted and stored, an answer out.

Why a session token and not the conversation id in the page: the token is a bearer secret
the browser keeps (sessionStorage) to resume after a reconnect; the database only holds its
digest as the conversation's external reference, so the file alone cannot be used to join a
customer's chat.
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
import time
from dataclasses import dataclass
from typing import Any

from bot.assistant import Statement, assistant_reply
from bot.chat.config import ChatConfig
from bot.chat.handover import ChatMessage, HandoverError, MailHandover, WebhookHandover
from bot.engine import RedactionEngine
from bot.intake import MessageFailed, log_stored, redact_message, store_redacted
from bot.requests_desk import RequestDesk, route_message
from bot.store import AsyncStore
from bot.store.register import RegisterError
from pipelines.language import detect_language

log = logging.getLogger("privacywacht.chat")

CHANNEL = "chat"
SESSION_RE = re.compile(r"^[A-Za-z0-9_-]{22,64}$")
CLIENT_ID_RE = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")

GREETING = {
    "nl": (
        "Hallo! Waarmee kunnen we je helpen? Je hoeft ons geen BSN, wachtwoord of kopie van "
        "je paspoort te sturen: die hebben we niet nodig."
    ),
    "en": (
        "Hello! How can we help? There is no need to send us a citizen service number, a "
        "password or a copy of your passport."
    ),
}
HANDED_OVER = {
    "nl": "Een collega van de support bekijkt je vraag en neemt contact met je op.",
    "en": "A colleague from our support team will look at your question and get back to you.",
}
HANDOVER_DELAYED = {
    "nl": (
        "We konden je vraag nog niet aan een collega doorgeven; we proberen het zo opnieuw. "
        "Je bericht is bewaard, je hoeft het niet opnieuw te sturen."
    ),
    "en": (
        "We could not pass your question on to a colleague yet; we will try again shortly. "
        "Your message is saved, there is no need to send it again."
    ),
}


class FrameError(ValueError):
    """A frame we cannot use; ``reason`` is sent back to the page, the chat stays open."""


def new_session() -> str:
    return secrets.token_urlsafe(24)


def session_ref(session: str) -> str:
    return "session:" + hashlib.sha256(session.encode()).hexdigest()[:40]


@dataclass(frozen=True)
class Answer:
    reply: str
    language: str
    message_id: str
    conversation_id: str
    text: str
    removed: list[str]
    handed_over: bool
    #: the privacy request the message made, as registered (reference, deadline), if any
    request: dict[str, Any] | None = None


def parse_frame(data: Any) -> tuple[str, str | None]:
    """``{"type": "message", "text": ..., "id"?: ...}`` -> (text, client id)."""
    if not isinstance(data, dict):
        raise FrameError("frame must be a JSON object")
    if data.get("type") != "message":
        raise FrameError('unknown frame type: send {"type": "message", "text": ...}')
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise FrameError("field 'text' is required and must be a non-empty string")
    client_id = data.get("id")
    if client_id is not None and (
        not isinstance(client_id, str) or not CLIENT_ID_RE.match(client_id)
    ):
        raise FrameError("field 'id' must be 1-64 letters, digits or -_.:")
    return text, client_id


class ChatService:
    def __init__(
        self,
        config: ChatConfig,
        engine: RedactionEngine,
        store: AsyncStore,
        handover: MailHandover | WebhookHandover | None,
        statement: Statement | None = None,
        desk: RequestDesk | None = None,
    ) -> None:
        self.statement = statement
        self.desk = desk
        self.config = config
        self.engine = engine
        self.store = store
        self.handover = handover

    async def history(self, session: str) -> tuple[str | None, list[str]]:
        """The conversation of a session and its stored (redacted) messages, oldest first."""
        conversation = await self.store.find_conversation(CHANNEL, session_ref(session))
        if conversation is None:
            return None, []
        messages = await self.store.list_messages(conversation.id)
        return conversation.id, [m.text_redacted for m in messages]

    async def answer(self, session: str, text: str, client_id: str | None) -> Answer:
        """Redact, store, hand over, reply. Raises MessageRejected/MessageFailed (nothing
        stored) for the caller to turn into an error frame."""
        started = time.perf_counter()
        ref = session_ref(session)
        async with self.engine.turns.turn(f"{CHANNEL}:{ref}"):
            conversation = await self.store.find_conversation(CHANNEL, ref)
            memory = await self.store.conversation_memory(conversation.id if conversation else None)
            message = await redact_message(
                self.engine, CHANNEL, text, None, None, self.config.purpose, memory
            )
            result = message.result
            event_id = f"{ref}:{client_id}" if client_id else None
            recorded = await store_redacted(
                self.store, CHANNEL, message, event_id=event_id, external_ref=ref
            )
        language = detect_language(result.text)
        handed_over = False
        if not recorded.duplicate:
            log_stored(CHANNEL, recorded.message_id, result, started)
            handed_over = await self._hand_over(
                ChatMessage(
                    conversation_id=recorded.conversation_id,
                    message_id=recorded.message_id,
                    text=result.text,
                    language=language,
                    first=conversation is None,
                )
            )
        try:
            routed = await route_message(
                self.desk,
                CHANNEL,
                result,
                message_id=recorded.message_id,
                conversation_id=recorded.conversation_id,
                sender=None,
                language=language,
            )
        except RegisterError:
            # Stored, not registered: the customer resends (same id) and the resend registers.
            log.error("register.failed", extra={"ctx": {"message_id": recorded.message_id}})
            raise MessageFailed("the privacy request could not be registered") from None
        paragraph = routed.reply(language) if routed is not None else None
        reply = assistant_reply(result.text, result.entities, language, self.statement, paragraph)
        if self.handover is not None:
            delayed = not handed_over and not recorded.duplicate
            reply += " " + (HANDOVER_DELAYED if delayed else HANDED_OVER)[language]
        removed = sorted({e["type"] for e in result.entities if e["action"] == "redact"})
        return Answer(
            reply=reply,
            language=language,
            message_id=recorded.message_id,
            conversation_id=recorded.conversation_id,
            text=result.text,
            removed=removed,
            handed_over=handed_over,
            request={"type": routed.record.type, **routed.as_json()} if routed else None,
        )

    async def retry_failed_handovers(self) -> int:
        """Hand over again what failed before, from the stored (redacted) text; the customer
        was told we would. Returns how many went through."""
        if self.handover is None:
            return 0
        done = 0
        for stored in await self.store.messages_with_status(CHANNEL, "failed"):
            earlier = await self.store.list_messages(stored.conversation_id)
            message = ChatMessage(
                conversation_id=stored.conversation_id,
                message_id=stored.id,
                text=stored.text_redacted,
                language=detect_language(stored.text_redacted),
                first=bool(earlier) and earlier[0].id == stored.id,
            )
            if not await self._hand_over(message):
                break  # the helpdesk is still down: try again at the next round
            done += 1
        return done

    async def _hand_over(self, message: ChatMessage) -> bool:
        if self.handover is None:
            return False
        try:
            await self.handover.send(message)
        except HandoverError:
            await self.store.set_status(message.message_id, "failed")
            log.error("chat.handover_failed", extra={"ctx": {"message_id": message.message_id}})
            return False
        await self.store.set_status(message.message_id, "forwarded")
        log.info("chat.handed_over", extra={"ctx": {"message_id": message.message_id}})
        return True
