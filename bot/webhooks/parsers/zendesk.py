"""Zendesk: event webhooks (ticket and messaging events) and trigger/automation webhooks.

A Zendesk webhook either subscribes to Zendesk events — fixed JSON whose ``type`` starts with
``zen:event-type:`` — or is called by a trigger or automation with a JSON body the admin writes
(see :mod:`bot.webhooks.payloads` for the keys we accept). A body whose ``type`` is not a
Zendesk event type is read as a trigger body.

Event payloads (developer.zendesk.com, "Webhook event types")::

    {"type": "zen:event-type:ticket.comment_added", "id": "<event id>", "time": "...",
     "account_id": 123, "subject": "zen:ticket:5158", "zendesk_event_version": "2022-11-06",
     "detail": {"id": "5158", "subject": "...", "description": "...", "requester_id": "...",
                "actor_id": "...", ...},
     "event": {"comment": {"id": 987, "body": "...", "is_public": true,
                           "author": {"id": 1, "is_staff": false, "name": "..."}}}}

``ticket.created`` carries the opening text in ``detail.description``; the messaging event
``messaging_ticket.message_added`` carries ``event.message.{id,body}`` and
``event.actor.{type,name}`` with actor type ``end_user``, ``agent``, ``trigger`` or
``system``. Internal notes (``is_public: false``) and bot/system messages are ignored. Other
event types are ignored. Note: if you subscribe to both ``ticket.created`` and
``ticket.comment_added``, the opening text may arrive twice under different event ids.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from bot.webhooks.fields import Reader, load_object
from bot.webhooks.message import IncomingMessage, derive_event_id
from bot.webhooks.providers import ZENDESK

EVENT_PREFIX = "zen:event-type:"
TICKET_CREATED = "zen:event-type:ticket.created"
COMMENT_ADDED = "zen:event-type:ticket.comment_added"
MESSAGE_ADDED = "zen:event-type:messaging_ticket.message_added"

_SUBJECT_TICKET = re.compile(r"zen:ticket:(\d{1,20})", re.ASCII)
_read = Reader(ZENDESK)

Payload = Mapping[str, Any]


def parse(body: bytes, headers: Mapping[str, str] | None = None) -> list[IncomingMessage]:
    """Messages in a Zendesk webhook body; [] for events privacywacht does not keep."""
    data = load_object(ZENDESK, body)
    kind = data.get("type")
    if isinstance(kind, str) and kind.startswith(EVENT_PREFIX):
        handler = _EVENT_HANDLERS.get(kind)
        return handler(data) if handler else []
    return _trigger(data)


def _ticket_created(data: Payload) -> list[IncomingMessage]:
    text = _read.text(data, "detail", "description", required=True)
    if not text or not text.strip():
        return []
    requester = _read.ident(data, "detail", "requester_id", required=False)
    actor = _read.ident(data, "detail", "actor_id", required=False)
    return [
        IncomingMessage(
            provider=ZENDESK,
            event_id=_read.require_ident(data, "id"),
            conversation_ref=_ticket_ref(data),
            comment_id=None,
            sender=None,  # the event names the requester by id only
            subject=_read.text(data, "detail", "subject"),
            text=text,
            html=False,
            author_is_customer=(requester == actor) if requester and actor else None,
        )
    ]


def _comment_added(data: Payload) -> list[IncomingMessage]:
    _read.obj(data, "event", "comment")
    if _read.flag(data, "event", "comment", "is_public") is False:
        return []  # an internal note: not the customer's conversation
    text = _read.text(data, "event", "comment", "body", required=True)
    if not text or not text.strip():
        return []
    is_staff = _read.flag(data, "event", "comment", "author", "is_staff")
    return [
        IncomingMessage(
            provider=ZENDESK,
            event_id=_read.require_ident(data, "id"),
            conversation_ref=_ticket_ref(data),
            comment_id=_read.require_ident(data, "event", "comment", "id"),
            sender=_read.text(data, "event", "comment", "author", "name"),
            subject=_read.text(data, "detail", "subject"),
            text=text,
            html=False,
            author_is_customer=None if is_staff is None else not is_staff,
        )
    ]


def _message_added(data: Payload) -> list[IncomingMessage]:
    actor_type = _read.text(data, "event", "actor", "type")
    if actor_type not in ("end_user", "agent"):
        return []  # trigger, system and bot messages are not part of the conversation
    _read.obj(data, "event", "message")
    text = _read.text(data, "event", "message", "body", required=True)
    if not text or not text.strip():
        return []
    return [
        IncomingMessage(
            provider=ZENDESK,
            event_id=_read.require_ident(data, "id"),
            conversation_ref=_ticket_ref(data),
            comment_id=_read.require_ident(data, "event", "message", "id"),
            sender=_read.text(data, "event", "actor", "name"),
            subject=None,
            text=text,
            html=False,
            author_is_customer=actor_type == "end_user",
        )
    ]


_EVENT_HANDLERS: dict[str, Callable[[Payload], list[IncomingMessage]]] = {
    TICKET_CREATED: _ticket_created,
    COMMENT_ADDED: _comment_added,
    MESSAGE_ADDED: _message_added,
}


def _ticket_ref(data: Payload) -> str:
    """The ticket id from ``detail.id``, else from the event subject ``zen:ticket:<id>``."""
    ticket = _read.ident(data, "detail", "id", required=False)
    if ticket:
        return ticket
    subject = data.get("subject")
    match = _SUBJECT_TICKET.fullmatch(subject) if isinstance(subject, str) else None
    if match is None:
        raise _read.error("missing field 'detail.id'")
    return match.group(1)


def _trigger(data: Payload) -> list[IncomingMessage]:
    """A trigger/automation body with the keys documented in :mod:`bot.webhooks.payloads`."""
    ticket = _read.require_ident(data, "ticket_id")
    if _read.flag(data, "comment_is_public") is False:
        return []
    text = _read.text(data, "comment", required=True)
    if not text or not text.strip():
        return []
    comment = _read.ident(data, "comment_id", required=False)
    requester = _read.text(data, "requester") or None
    author = _read.text(data, "author") or None
    customer = None
    if requester and author:
        customer = requester.strip().casefold() == author.strip().casefold()
    return [
        IncomingMessage(
            provider=ZENDESK,
            event_id=_trigger_event_id(data, ticket, comment, text),
            conversation_ref=ticket,
            comment_id=comment,
            sender=author or requester,
            subject=_read.text(data, "subject") or None,
            text=text,
            html=False,  # Zendesk renders placeholders for webhooks as unformatted text
            author_is_customer=customer,
        )
    ]


def _trigger_event_id(data: Payload, ticket: str, comment: str | None, text: str) -> str:
    supplied = _read.ident(data, "event_id", required=False)
    if supplied:
        return supplied
    if comment:
        return derive_event_id(ZENDESK, ticket, comment)
    # No comment id: only the text tells two comments on one ticket apart. See the note on
    # "event ids without a comment id" in bot.webhooks.payloads.
    return derive_event_id(ZENDESK, ticket, "text", text)
