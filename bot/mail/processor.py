"""One incoming mail, whatever way it came in (IMAP or LMTP): parse, redact, commit, forward.

The outcome tells the intake what to do with the original:

* ``DONE`` — the redacted form is committed (and forwarded, when forwarding is configured):
  the original may now be deleted, moved or acknowledged;
* ``RETRY`` — something that may pass failed (a worker died, the helpdesk's SMTP is down):
  keep the original and try again later; nothing is lost;
* ``REJECTED`` — the mail can never be processed (not a mail, too large): keep it where a
  person can look at it, and say so; never delete it.

Idempotent by design: the event id is a digest of the Message-ID, so a mail fetched again
after a crash — before or after the commit — is stored once, and forwarded until the
helpdesk has it.

Attachments (:mod:`bot.mail.attachments`): their names and texts are redacted in the same
engine call as the mail, the stored text ends with a list of them saying what went where, and
the forwarded mail carries the ones that may go.
"""

from __future__ import annotations

import asyncio
import enum
import hashlib
import logging
import time
from dataclasses import dataclass, replace

from bot.assistant import assistant_reply
from bot.engine import EngineBusyError, EngineError, InputRejectedError, RedactionEngine
from bot.intake import (
    MessageBusy,
    MessageFailed,
    MessageRejected,
    RedactedMessage,
    log_stored,
    redact_message,
    store_redacted,
)
from bot.mail.attachments import (
    HandledAttachment,
    handle_attachments,
    plan_attachments,
    redaction_parts,
)
from bot.mail.config import MailConfig
from bot.mail.forward import ForwardError, SmtpForwarder, compose_auto_reply, compose_forward
from bot.mail.headers import parse_capped
from bot.requests_desk import RequestDesk, RoutedRequest, route_message
from bot.store import AsyncStore
from bot.store.register import RegisterError
from pipelines.language import detect_language
from pipelines.mail import MailParseError, ParsedMail

log = logging.getLogger("privacywacht.mail")

CHANNEL = "email"
EMPTY_BODY = "(geen tekst)"


class Outcome(enum.Enum):
    DONE = "done"
    RETRY = "retry"
    REJECTED = "rejected"


@dataclass(frozen=True)
class MailResult:
    outcome: Outcome
    message_id: str | None = None
    reason: str | None = None
    #: RETRY because the work queue is full (LMTP 451 4.3.2 instead of 4.3.0)
    busy: bool = False


def _digest(value: str | bytes) -> str:
    data = value.encode("utf-8", "surrogateescape") if isinstance(value, str) else value
    return hashlib.sha256(data).hexdigest()[:32]


def event_id(parsed: ParsedMail, raw: bytes) -> str:
    """The same mail gets the same id, fetched twice or delivered twice; a digest because a
    Message-ID may carry an address (``<CAF...@mail.example.nl>``)."""
    return "mid:" + _digest(parsed.message_id) if parsed.message_id else "raw:" + _digest(raw)


def thread_ref(parsed: ParsedMail) -> str | None:
    """The conversation a mail belongs to: the first message of its thread (References lists
    the thread from its root), so a reply joins its question's conversation."""
    root = parsed.references[0] if parsed.references else parsed.in_reply_to or parsed.message_id
    return "thread:" + _digest(root) if root else None


def new_text(parsed: ParsedMail) -> str:
    """What the sender wrote in this mail: body and signature. The quoted history is not part
    of it (its messages were stored when they came in); the attachment list is added after
    redaction (:func:`with_attachment_list`), from the redacted names."""
    parts = [parsed.body.strip(), parsed.signature.strip()]
    text = "\n\n".join(p for p in parts if p)
    return text or EMPTY_BODY


def shortened_history(quoted: str, limit: int) -> str | None:
    """The quoted history, shortened to ``limit`` characters (at a line end) with a note
    when longer: the earlier messages are in the thread already (they were stored when they
    came in, and the helpdesk has them), so the cut loses nothing a person needs. The note
    is Dutch, like everything a helpdesk agent reads from privacywacht."""
    if not quoted.strip():
        return None
    if len(quoted) <= limit:
        return quoted
    note = "\n[… eerdere berichten ingekort door privacywacht: {} tekens weggelaten]"
    room = max(0, limit - len(note.format(len(quoted))))
    cut = quoted.rfind("\n", 0, room)
    kept = quoted[: cut if cut > room // 2 else room]
    return kept + note.format(len(quoted) - len(kept))


def with_attachment_list(
    message: RedactedMessage, attachments: tuple[HandledAttachment, ...]
) -> RedactedMessage:
    """The message with its attachment list after the text: what is stored and forwarded.

    Appended after the redacted text, so the audit offsets of the text stay where they were;
    every name in the list is already redacted.
    """
    if not attachments:
        return message
    text = "\n\n".join([message.result.text.rstrip(), *(item.line for item in attachments)])
    return replace(message, result=replace(message.result, text=text))


class MailProcessor:
    def __init__(
        self,
        engine: RedactionEngine,
        store: AsyncStore,
        config: MailConfig,
        forwarder: SmtpForwarder | None,
        desk: RequestDesk | None = None,
        replier: SmtpForwarder | None = None,
        reply_from: str | None = None,
    ) -> None:
        self.engine = engine
        self.store = store
        self.config = config
        self.forwarder = forwarder
        self.desk = desk
        self.replier = replier
        self.reply_from = reply_from

    async def process(self, raw: bytes, source: str) -> MailResult:
        """Process one raw mail; ``source`` ("imap"/"lmtp") is for the log only."""
        started = time.perf_counter()
        try:
            # in a worker under the time cap, headers capped: parsing scales with the input
            # and must not stall the event loop (issue 19)
            parsed = await self.engine.run(parse_capped, raw, self.config.max_message_bytes)
        except MailParseError as exc:
            log.warning("mail.rejected", extra={"ctx": {"source": source, "error": "parse"}})
            return MailResult(Outcome.REJECTED, reason=str(exc))
        except EngineBusyError:
            return MailResult(Outcome.RETRY, reason="busy", busy=True)
        except InputRejectedError as exc:  # the time cap: it would run away again
            log.error("mail.rejected", extra={"ctx": {"source": source, "error": "timeout"}})
            return MailResult(Outcome.REJECTED, reason=str(exc))
        except EngineError:
            return MailResult(Outcome.RETRY, reason="parsing failed")
        mail_event = event_id(parsed, raw)
        earlier = await self.store.find_delivery(CHANNEL, mail_event)
        if (
            earlier is not None
            and not await self._needs_forward(earlier.message_id)
            and not await self._needs_register(earlier.message_id)
        ):
            log.info(
                "mail.duplicate",
                extra={"ctx": {"source": source, "message_id": earlier.message_id}},
            )
            return MailResult(Outcome.DONE, earlier.message_id)

        conversation_ref = thread_ref(parsed)
        sender = (
            f"{parsed.from_name} <{parsed.from_address}>"
            if parsed.from_name and parsed.from_address
            else parsed.from_address or parsed.from_name
        )
        purpose = self.config.purpose
        async with self.engine.turns.turn(
            f"{CHANNEL}:{conversation_ref}" if conversation_ref else None
        ):
            conversation = (
                await self.store.find_conversation(CHANNEL, conversation_ref)
                if conversation_ref
                else None
            )
            memory = await self.store.conversation_memory(conversation.id if conversation else None)
            planned = plan_attachments(
                parsed.attachments,
                self.config if self.forwarder is not None else None,
                self.engine.settings.max_chars,
            )
            try:
                # body, quoted history, sender, subject and attachments in one conversation:
                # two different numbers in the body and the history never share a
                # placeholder, and a log's "[PERSOON-1]" is the body's
                message = await redact_message(
                    self.engine,
                    CHANNEL,
                    new_text(parsed),
                    sender,
                    # a subject is a line: one over the budget is cut, not the mail refused
                    parsed.subject[: self.engine.settings.max_chars],
                    purpose,
                    memory,
                    quoted=shortened_history(parsed.quoted, self.engine.settings.max_chars),
                    extra=redaction_parts(planned),
                    split=True,  # a long mail is redacted in parts, not refused
                )
            except MessageRejected as exc:
                log.warning(
                    "mail.rejected", extra={"ctx": {"source": source, "status": exc.status}}
                )
                return MailResult(Outcome.REJECTED, reason=exc.reason)
            except MessageBusy:
                return MailResult(Outcome.RETRY, reason="busy", busy=True)
            except MessageFailed:
                return MailResult(Outcome.RETRY, reason="redaction failed")
            attachments = handle_attachments(planned, message.extra)
            message = with_attachment_list(message, attachments)

            if earlier is None:
                recorded = await store_redacted(
                    self.store,
                    CHANNEL,
                    message,
                    event_id=mail_event,
                    external_ref=conversation_ref,
                )
                log_stored(CHANNEL, recorded.message_id, message.result, started)
            else:
                recorded = earlier
        stored_id = recorded.message_id
        try:
            routed = await self._register(parsed, message, stored_id, recorded.conversation_id)
        except RegisterError:
            log.error(
                "register.failed", extra={"ctx": {"channel": CHANNEL, "message_id": stored_id}}
            )
            return MailResult(Outcome.RETRY, stored_id, reason="registering the request failed")
        if self.forwarder is None:
            return MailResult(Outcome.DONE, stored_id)
        return await self._forward(parsed, message, stored_id, routed, attachments)

    async def _needs_register(self, message_id: str) -> bool:
        """A stored request that is not in the register yet (a crash or a register failure
        came between the two): fetch the mail again and register it."""
        if self.desk is None:
            return False
        stored = await self.store.get_message(message_id)
        if stored is None or not stored.request_type:
            return False
        register = self.desk.register
        return await asyncio.to_thread(register.find_by_message, message_id) is None

    async def _register(
        self, parsed: ParsedMail, message: RedactedMessage, stored_id: str, conversation_id: str
    ) -> RoutedRequest | None:
        """Register the request the mail makes and answer the customer by mail (once)."""
        result = message.result
        language = detect_language(result.text)
        routed = await route_message(
            self.desk,
            CHANNEL,
            result,
            message_id=stored_id,
            conversation_id=conversation_id,
            sender=parsed.from_address,
            language=language,
        )
        if routed is not None and not routed.replayed:
            await self._acknowledge(parsed, message, routed, language)
        return routed

    async def _acknowledge(
        self, parsed: ParsedMail, message: RedactedMessage, routed: RoutedRequest, language: str
    ) -> None:
        """The assistant's answer to a mailed request: the reference and the deadline, in a
        reply to the customer's own mail. A failure is logged; the request stands."""
        if self.replier is None or not self.reply_from or not parsed.from_address:
            return
        text = assistant_reply(
            message.result.text, message.result.entities, language, None, routed.reply(language)
        )
        mail = compose_auto_reply(
            to=parsed.reply_to or parsed.from_address,
            sender=self.reply_from,
            subject=message.subject or "",
            text=text,
            in_reply_to=parsed.message_id,
            references=parsed.references,
            reference=routed.record.reference,
        )
        try:
            await self.replier.send(mail)
        except ForwardError as exc:
            log.error(
                "mail.reply_failed",
                extra={"ctx": {"reference": routed.record.reference, "code": exc.code}},
            )
            return
        log.info("mail.replied", extra={"ctx": {"reference": routed.record.reference}})

    async def _needs_forward(self, message_id: str) -> bool:
        if self.forwarder is None:
            return False
        stored = await self.store.get_message(message_id)
        return stored is not None and stored.status != "forwarded"

    async def _forward(
        self,
        parsed: ParsedMail,
        message: RedactedMessage,
        stored_id: str,
        routed: RoutedRequest | None = None,
        attachments: tuple[HandledAttachment, ...] = (),
    ) -> MailResult:
        assert self.forwarder is not None and self.config.forward_to
        outgoing = [item.outgoing for item in attachments if item.outgoing is not None]
        text = message.result.text
        if message.quoted is not None:
            text = f"{text}\n\n{message.quoted}"
        mail = compose_forward(
            forward_to=self.config.forward_to,
            from_address=parsed.from_address,
            sender=self.config.forward_from,
            reply_to=parsed.reply_to,
            subject=message.subject or "",
            text=text,
            message_id=parsed.message_id,
            in_reply_to=parsed.in_reply_to,
            references=parsed.references,
            date=parsed.date,
            stored_id=stored_id,
            attachments=outgoing,
        )
        if routed is not None:  # the helpdesk sees the request is in the register
            mail["X-Privacywacht-Request"] = routed.record.reference
        try:
            await self.forwarder.send(mail)
        except ForwardError as exc:
            await self.store.set_status(stored_id, "failed")
            log.error(
                "mail.forward_gave_up", extra={"ctx": {"message_id": stored_id, "code": exc.code}}
            )
            return MailResult(Outcome.RETRY, stored_id, reason="forwarding failed")
        await self.store.set_status(stored_id, "forwarded")
        counts = {"message_id": stored_id, "attachments": len(outgoing)}
        log.info("mail.forwarded", extra={"ctx": counts})
        return MailResult(Outcome.DONE, stored_id)
