"""From a classified message to a registered privacy request, in every channel.

Every channel (API, ticket webhooks, e-mail, chat) calls :meth:`RequestDesk.route` after the
redacted message is committed, with the classifier's result and the sender as the channel
knows it. The desk registers the request (with the requester's contact details, which exist
only in this call's memory until the register encrypts them), starts the identity check
where one is proportionate, and gives the channel the paragraph to tell the customer.

Idempotent per message: a provider's retry of a delivery that was committed (and maybe
registered) before a crash is registered once and does not send a second confirmation mail.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parseaddr
from typing import Any, Protocol

from bot.engine import Redacted
from bot.store.deadlines import format_dutch_date
from bot.store.register import Register, RegisterError, RequestRecord
from pipelines.request_reply import NextStep, compose_request_reply

log = logging.getLogger("privacywacht.register")

#: Requests that hand out or change someone's data: only the person themselves may make
#: them, so we check that the request comes from the address we answer. An objection, a
#: withdrawn consent or a complaint harms no one when honoured for an impostor (AVG art.
#: 12(6): ask for more only when there is reasonable doubt).
VERIFY_TYPES = frozenset(
    {"access", "rectification", "erasure", "restriction", "portability", "automated_decision"}
)

ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


class Verifier(Protocol):
    """The identity check (:class:`bot.identity.IdentityVerifier`)."""

    async def start(self, reference: str, email: str, language: str = "nl") -> bool: ...


@dataclass(frozen=True)
class Contact:
    """How to reach the requester; raw values, in memory only."""

    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class RoutedRequest:
    """A registered request as the channel reports it (no contact details)."""

    record: RequestRecord
    duplicate: bool
    next_step: NextStep
    #: This very message was registered before (a retried delivery): tell nothing new.
    replayed: bool = False

    def as_json(self) -> dict[str, Any]:
        """The ``request`` object of the API answer, extended with the register's view."""
        return {
            "reference": self.record.reference,
            "status": self.record.status,
            "received_at": self.record.received_at,
            "due_at": self.record.due_at,
            "deadline": format_deadline(self.record.deadline, "nl"),
            "duplicate": self.duplicate,
            "identity_check": self.next_step.value,
        }

    def reply(self, language: str = "nl") -> str:
        return compose_request_reply(
            self.record.type,
            self.record.reference,
            format_deadline(self.record.deadline, language),
            language,
            next_step=self.next_step,
            duplicate=self.duplicate,
            on_behalf_of=self.record.on_behalf_of,
        )


def format_deadline(moment: str | date, language: str = "nl") -> str:
    """ "21 december 2026" (Dutch) or "21 December 2026" (English)."""
    if language != "en":
        return format_dutch_date(moment)
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return f"{moment.day} {ENGLISH_MONTHS[moment.month - 1]} {moment.year}"


def requester_contact(
    sender: str | None, entities: Sequence[Mapping[str, Any]], values: Sequence[str]
) -> Contact:
    """The requester's address: the channel's sender, else the first one the message gives.

    A chat has no sender address; "mail me op jan@example.nl" is then where the answer goes.
    The values are the detected (raw) values, parallel to ``entities``.
    """
    email = _address(sender)
    phone = None
    for entity, value in zip(entities, values, strict=False):
        kind = entity.get("type")
        if kind == "EMAIL" and email is None:
            email = _address(value)
        elif kind == "PHONE" and phone is None:
            phone = value
    return Contact(email, phone)


def _address(value: str | None) -> str | None:
    if not value:
        return None
    _, address = parseaddr(value)
    return address if "@" in address else None


async def route_message(
    desk: RequestDesk | None,
    channel: str,
    result: Redacted,
    *,
    message_id: str,
    conversation_id: str | None,
    sender: str | None,
    language: str,
) -> RoutedRequest | None:
    """Register the request a redacted message makes, if it makes one (the channels' call)."""
    if desk is None or not result.request:
        return None
    return await desk.route(
        channel=channel,
        request=result.request,
        contact=requester_contact(sender, result.entities, result.values),
        conversation_id=conversation_id,
        message_id=message_id,
        language=language,
    )


class RequestDesk:
    """Registers requests and starts identity checks; one per service."""

    def __init__(
        self,
        register: Register,
        verifier: Verifier | None = None,
        verify_types: frozenset[str] = VERIFY_TYPES,
    ) -> None:
        self.register = register
        self.verifier = verifier
        self.verify_types = verify_types

    async def route(
        self,
        *,
        channel: str,
        request: Mapping[str, Any],
        contact: Contact,
        conversation_id: str | None,
        message_id: str,
        language: str = "nl",
        received_at: datetime | None = None,
    ) -> RoutedRequest:
        """Register ``request`` (the classifier's ``{"type", "on_behalf_of", ...}``).

        Raises :class:`RegisterError` when the register cannot take it: the channel then
        answers as for a failed commit, so the provider retries (and this is idempotent).
        """
        kind = str(request["type"])
        earlier = await asyncio.to_thread(self.register.find_by_message, message_id)
        if earlier is not None:
            return RoutedRequest(earlier, True, self._next_step(earlier), replayed=True)
        record, duplicate = await asyncio.to_thread(
            self._create_with_contact,
            kind,
            channel,
            received_at or datetime.now(UTC),
            contact,
            conversation_id,
            message_id,
            bool(request.get("on_behalf_of")),
        )
        log.info(
            "register.request",
            extra={
                "ctx": {
                    "reference": record.reference,
                    "channel": channel,
                    "message_id": message_id,
                    "outcome": "duplicate" if duplicate else "registered",
                }
            },
        )
        if duplicate:
            return RoutedRequest(record, True, self._next_step(record))
        step = self._next_step(record)
        if step is NextStep.VERIFY_SENT:
            assert self.verifier is not None and contact.email is not None
            sent = await self.verifier.start(record.reference, contact.email, language)
            if not sent:
                step = NextStep.VERIFY_BY_COLLEAGUE
            record = await asyncio.to_thread(self.register.get, record.reference) or record
        return RoutedRequest(record, False, step)

    def _create_with_contact(
        self,
        kind: str,
        channel: str,
        received_at: datetime,
        contact: Contact,
        conversation_id: str | None,
        message_id: str,
        on_behalf_of: bool,
    ) -> tuple[RequestRecord, bool]:
        """Create; a contact detail the register cannot read (a malformed phone number in the
        text) is dropped rather than losing the request: first the phone, then the address."""
        fallbacks = list(
            dict.fromkeys([(contact.email, contact.phone), (contact.email, None), (None, None)])
        )
        for email, phone in fallbacks:
            try:
                return self.register.create(
                    kind,
                    channel,
                    received_at,
                    email=email,
                    phone=phone,
                    conversation_id=conversation_id,
                    message_id=message_id,
                    on_behalf_of=on_behalf_of,
                )
            except RegisterError as error:
                if not isinstance(error, ValueError) or (email, phone) == fallbacks[-1]:
                    raise
        raise AssertionError("unreachable: the last fallback raises or returns")

    def _next_step(self, record: RequestRecord) -> NextStep:
        if record.type not in self.verify_types:
            return NextStep.NONE
        if self.verifier is not None and record.has_email:
            return NextStep.VERIFY_SENT
        if record.has_email or record.has_phone:
            return NextStep.VERIFY_BY_COLLEAGUE
        return NextStep.ASK_CONTACT
