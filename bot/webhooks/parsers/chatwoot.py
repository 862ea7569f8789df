"""Chatwoot: ``message_created`` events, for messages from the contact only.

Shape (Chatwoot docs, "Webhook events", message_created)::

    {"event": "message_created", "id": 118, "content": "hi", "message_type": "incoming",
     "content_type": "text", "private": false, "content_attributes": {},
     "sender": {"id": 14, "name": "...", "type": "contact"},
     "conversation": {"id": 10, "additional_attributes": {...},
                      "meta": {"sender": {"email": "...", "name": "..."}}},
     "account": {"id": 1, "name": "..."}}

Only ``message_type == "incoming"`` (the contact's messages; Chatwoot's enum value 0) with
``private == false`` is kept; agent replies, private notes, activity and template messages and
every other event are ignored, as are messages without text (attachments only). Conversation
ids are per account, so the account id goes into the derived dedup id.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.webhooks.fields import Reader, load_object
from bot.webhooks.message import IncomingMessage, derive_event_id
from bot.webhooks.providers import CHATWOOT

MESSAGE_CREATED = "message_created"
_INCOMING = ("incoming", 0)

_read = Reader(CHATWOOT)


def parse(body: bytes, headers: Mapping[str, str] | None = None) -> list[IncomingMessage]:
    """The contact's message; [] for anything else."""
    data = load_object(CHATWOOT, body)
    if data.get("event") != MESSAGE_CREATED:
        return []
    kind = data.get("message_type")
    if isinstance(kind, bool) or kind not in _INCOMING:
        return []
    if _read.flag(data, "private") is True:
        return []
    text = _read.text(data, "content", required=True)
    if not text or not text.strip():
        return []
    message = _read.require_ident(data, "id")
    conversation = _read.ident(data, "conversation", "id", required=False)
    if conversation is None:
        conversation = _read.ident(data, "conversation", "display_id", required=False)
    if conversation is None:
        raise _read.error("missing field 'conversation.id'")
    account = _read.ident(data, "account", "id", required=False) or ""
    return [
        IncomingMessage(
            provider=CHATWOOT,
            event_id=derive_event_id(CHATWOOT, account, conversation, message),
            conversation_ref=conversation,
            comment_id=message,
            sender=_sender(data),
            subject=_subject(data),
            text=text,
            html=False,
            author_is_customer=True,
        )
    ]


def _sender(data: Mapping[str, Any]) -> str | None:
    for path in (
        ("sender", "email"),
        ("conversation", "meta", "sender", "email"),
        ("sender", "name"),
        ("conversation", "meta", "sender", "name"),
    ):
        value = _read.text(data, *path)
        if value:
            return value
    return None


def _subject(data: Mapping[str, Any]) -> str | None:
    """E-mail inboxes only: the message's own subject, else the conversation's."""
    return (
        _read.text(data, "content_attributes", "email", "subject")
        or _read.text(data, "conversation", "additional_attributes", "mail_subject")
        or None
    )
