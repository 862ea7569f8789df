"""Freshdesk: the JSON body of an automation rule's "Trigger webhook" action.

Freshdesk has no fixed webhook payload: the admin writes the body with placeholders such as
``{{ticket.id}}``. The keys we accept are documented in :mod:`bot.webhooks.payloads`. The text
is ``latest_public_comment`` when that is non-empty (a rule on ticket updates), else
``description`` (a rule on ticket creation). ``{{ticket.description}}`` renders HTML, so the
body says so with ``"html": true``; without it the text is taken as plain text.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.webhooks.fields import Reader, load_object
from bot.webhooks.message import IncomingMessage, derive_event_id
from bot.webhooks.providers import FRESHDESK

_read = Reader(FRESHDESK)


def parse(body: bytes, headers: Mapping[str, str] | None = None) -> list[IncomingMessage]:
    """The ticket's newest public text as a message; [] when the rule sent no text."""
    data = load_object(FRESHDESK, body)
    ticket = _read.require_ident(data, "ticket_id")
    if "latest_public_comment" not in data and "description" not in data:
        raise _read.error("missing field 'latest_public_comment' or 'description'")
    comment = _read.text(data, "latest_public_comment")
    description = _read.text(data, "description")
    if comment and comment.strip():
        text, source = comment, "latest_public_comment"
    elif description and description.strip():
        text, source = description, "description"
    else:
        return []
    comment_id = _read.ident(data, "comment_id", required=False)
    return [
        IncomingMessage(
            provider=FRESHDESK,
            event_id=_event_id(data, ticket, comment_id, source, text),
            conversation_ref=ticket,
            comment_id=comment_id,
            sender=_read.text(data, "requester_email") or None,
            subject=_read.text(data, "subject") or None,
            text=text,
            html=_read.flag(data, "html") is True,
            author_is_customer=None,  # the placeholders do not say who wrote the comment
        )
    ]


def _event_id(
    data: Mapping[str, object], ticket: str, comment: str | None, source: str, text: str
) -> str:
    supplied = _read.ident(data, "event_id", required=False)
    if supplied:
        return supplied
    if comment:
        return derive_event_id(FRESHDESK, ticket, comment)
    if source == "description":
        return derive_event_id(FRESHDESK, ticket, "description")  # one description per ticket
    # Freshdesk has no placeholder for a comment id: only the text tells two replies on one
    # ticket apart. See "event ids without a comment id" in bot.webhooks.payloads.
    return derive_event_id(FRESHDESK, ticket, "text", text)
