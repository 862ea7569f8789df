"""Redact one message and commit it: the path every channel shares (API, webhooks, e-mail, chat).

Why one module: the guarantees — redact before anything is written, the redacted text and its
audit rows in one transaction, a replayed event stored once — must not differ per channel.
Channels only translate the two outcomes below into their own answer (an HTTP status, an SMTP
reply code, a chat frame, leaving a mail in the inbox).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from bot.engine import (
    EngineBusyError,
    EngineError,
    InputRejectedError,
    Redacted,
    RedactionEngine,
)
from bot.jsonbody import clean_optional, clean_text
from bot.store import AsyncStore, ConversationMemory, FindingRecord, RecordResult

log = logging.getLogger("privacywacht.intake")


class MessageRejected(Exception):
    """The message can never be processed as sent (too long, binary, unknown purpose).

    ``status`` is the HTTP-style status (400 or 413); ``reason`` is ours and never quotes the
    message. Channels answer with it and do not retry.
    """

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class MessageFailed(Exception):
    """Redaction failed for a reason that may pass (a worker died): nothing was stored, so
    the channel must keep the message and retry (provider retry, mail left in the inbox)."""


class MessageBusy(MessageFailed):
    """The work queue is full: nothing was done; the channel answers "busy, try again in
    ``retry_after`` seconds" (HTTP 503, LMTP 451 4.3.2, a chat error frame)."""

    def __init__(self, retry_after: float) -> None:
        super().__init__("the work queue is full")
        self.retry_after = retry_after


@dataclass(frozen=True)
class RedactedMessage:
    """A message's text, sender, subject and quoted history after redaction (all but the
    text may be absent), and the conversation memory it continued. ``extra`` holds the
    channel's own further parts (a mail's attachment names and texts), redacted last."""

    result: Redacted
    sender: str | None
    subject: str | None
    quoted: str | None = None
    memory_key_id: str | None = None
    extra: tuple[str | None, ...] = ()


def findings_for_store(result: Redacted) -> list[FindingRecord]:
    """The audit rows of a redaction; the values go to the store only to be HMAC'd."""
    return [
        FindingRecord(
            entity_type=e["type"],
            start=e["start"],
            end=e["end"],
            recognizer=e["recognizer"] or "unknown",
            score=min(1.0, max(0.0, float(e["score"]))),
            action=e["action"],
            reason=e["reason"] or "-",
            value=value,
        )
        for e, value in zip(result.entities, result.values, strict=True)
    ]


async def redact_message(
    engine: RedactionEngine,
    channel: str,
    text: str,
    sender: str | None,
    subject: str | None,
    purpose: str | None,
    memory: ConversationMemory | None,
    quoted: str | None = None,
    extra: tuple[str | None, ...] = (),
    split: bool = False,
) -> RedactedMessage:
    """Redact the text, then the quoted history, sender and subject, then ``extra``, in one
    conversation continued from ``memory``: the same person or number gets the same
    placeholder in all of them and in every earlier message. Raises :class:`MessageRejected`,
    :class:`MessageBusy` or :class:`MessageFailed`. ``split``: a text over the size budget
    is redacted in parts (mail) instead of refused.

    Lone surrogates (a broken mail header, a chat frame) become U+FFFD first: the NLP and the
    store need text that has a UTF-8 form, and the character stood for nothing.
    """
    text, sender, subject = clean_text(text), clean_optional(sender), clean_optional(subject)
    quoted, extra = clean_optional(quoted), tuple(map(clean_optional, extra))
    try:
        result = await engine.redact(
            text, purpose, memory, (quoted, sender, subject, *extra), split=split
        )
    except EngineBusyError as exc:
        log.warning("message.busy", extra={"ctx": {"channel": channel}})
        raise MessageBusy(exc.retry_after) from None
    except InputRejectedError as exc:
        raise MessageRejected(exc.status, str(exc)) from None
    except EngineError as exc:
        failure = {"channel": channel, "error": type(exc).__name__}
        log.error("message.failed", extra={"ctx": failure})
        raise MessageFailed("redaction failed: nothing was stored") from None
    quoted_text, sender_text, subject_text, *extra_texts = result.parts
    return RedactedMessage(
        result,
        sender_text,
        subject_text,
        quoted_text,
        memory.key_id if memory is not None else None,
        tuple(extra_texts),
    )


async def store_redacted(
    store: AsyncStore,
    channel: str,
    message: RedactedMessage,
    *,
    event_id: str | None,
    conversation_id: str | None = None,
    external_ref: str | None = None,
    status: str = "processed",
) -> RecordResult:
    """Commit one redacted message and its audit rows (one transaction in the store)."""
    return await store.record_message(
        channel=channel,
        conversation_id=conversation_id,
        external_ref=external_ref,
        event_id=event_id,
        sender_redacted=message.sender,
        subject_redacted=message.subject,
        text_redacted=message.result.text,
        request_type=(message.result.request or {}).get("type"),
        purpose=message.result.purpose,
        findings=findings_for_store(message.result),
        status=status,
        memory=message.result.memory if message.memory_key_id else (),
        memory_key_id=message.memory_key_id,
    )


def log_stored(channel: str, message_id: str, result: Redacted, started: float) -> None:
    """One line per stored message: ids and counts only."""
    redacted = sum(1 for e in result.entities if e["action"] == "redact")
    log.info(
        "message.stored",
        extra={
            "ctx": {
                "channel": channel,
                "message_id": message_id,
                "entities": len(result.entities),
                "redacted": redacted,
                "kept": len(result.entities) - redacted,
                "ms": round((time.perf_counter() - started) * 1000, 1),
            }
        },
    )
