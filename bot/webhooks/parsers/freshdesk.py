"""Freshdesk: the JSON body of an automation rule's "Trigger webhook" action, in both forms.

Freshdesk has no fixed webhook payload; the rule's *Content* decides it:

* **Simple** (the default): the admin ticks ticket fields and Freshdesk sends them wrapped in
  one object, each named ``ticket_`` + the placeholder's path::

      {"freshdesk_webhook": {"ticket_id": 11, "ticket_subject": "...",
                             "ticket_description": "<div>...</div>",
                             "ticket_latest_public_comment": "Author Name : <div ...>...</div>",
                             "ticket_contact_email": "...", "ticket_contact_name": "...", ...}}

* **Advanced**: the admin writes the JSON with placeholders (``{{ticket.id}}``); the keys we
  read are documented in :mod:`bot.webhooks.payloads`. A hand-written body wrapped in
  ``freshdesk_webhook`` (as some integration guides write it) is read like a Simple one.

The text is the latest public comment when there is one (a rule on ticket updates), else the
description (a rule on ticket creation). The private comment is never read: it is an agent's
internal note.

Why the HTML handling lives here: Freshdesk renders ``{{ticket.description}}`` and
``{{ticket.latest_public_comment}}`` as HTML whatever the rule says, and the Simple form has
no way to say so at all. So any markup (a tag or a character entity) is turned into text here,
before anything is redacted or stored — ``"html": true`` in an Advanced body is still honoured
(text without markup is then read as HTML too) but no longer needed. The message leaves this
parser as plain text (``html`` False).

``{{ticket.latest_public_comment}}`` starts with its author: ``Author Name : <div>…``. That
prefix is split off (it is not what the customer wrote) and compared with the requester's
name, when the body has one, to tell a customer's reply from an agent's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.webhooks.fields import Reader, load_object
from bot.webhooks.message import IncomingMessage, derive_event_id
from bot.webhooks.providers import FRESHDESK
from pipelines.mailtext import html_to_text

#: the object the Simple content form wraps its fields in
SIMPLE_WRAPPER = "freshdesk_webhook"

#: each field under the names it has in an Advanced body (ours) and in a Simple one
#: (``ticket_`` + placeholder path; a ticket's contact is its requester)
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "ticket_id": ("ticket_id",),
    "subject": ("subject", "ticket_subject"),
    "description": ("description", "ticket_description"),
    "comment": ("latest_public_comment", "ticket_latest_public_comment"),
    "requester_email": ("requester_email", "ticket_requester_email", "ticket_contact_email"),
    "requester_name": ("requester_name", "ticket_requester_name", "ticket_contact_name"),
}

#: a tag (``<div ...>``, ``</p>``, ``<br/>``, a comment) or a character entity (``&amp;``,
#: ``&#39;``): "a < b" or "Jansen & Zn" alone are not markup
_MARKUP = re.compile(
    r"<(?:/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?|!--.*?--)>"
    r"|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});",
    re.DOTALL,
)
#: "Author Name : <div" — the author as {{ticket.latest_public_comment}} renders it, before
#: the comment's markup (only then: in plain text "Let op : ..." is the customer's own)
_AUTHOR_PREFIX = re.compile(r"\A\s*(?P<author>[^\s<>:][^<>:\n]{0,199}?)\s+:\s+(?=<)")

_read = Reader(FRESHDESK)


@dataclass(frozen=True)
class _Body:
    """The request body and where in it the fields are: at the top, or in the Simple wrapper.

    Lookups go through the whole body with the full path, so an error names the field as the
    admin sees it (``freshdesk_webhook.ticket_id``).
    """

    root: Mapping[str, Any]
    prefix: tuple[str, ...]

    @property
    def fields(self) -> Mapping[str, Any]:
        inner = _read.obj(self.root, *self.prefix) if self.prefix else self.root
        assert inner is not None  # required: obj() raised otherwise
        return inner

    def path(self, key: str) -> tuple[str, ...]:
        return (*self.prefix, key)

    def present(self, field: str) -> str | None:
        """The first of ``field``'s names that the body has, or None."""
        return next((name for name in FIELD_NAMES[field] if name in self.fields), None)

    def text(self, field: str) -> str | None:
        name = self.present(field)
        return None if name is None else _read.text(self.root, *self.path(name))

    def ident(self, key: str, *, required: bool) -> str | None:
        return _read.ident(self.root, *self.path(key), required=required)


def parse(body: bytes, headers: Mapping[str, str] | None = None) -> list[IncomingMessage]:
    """The ticket's newest public text as a plain-text message; [] when the rule sent none."""
    data = load_object(FRESHDESK, body)
    fields = _Body(data, (SIMPLE_WRAPPER,) if SIMPLE_WRAPPER in data else ())
    ticket = fields.ident("ticket_id", required=True)
    assert ticket is not None  # required: ident() raised otherwise
    if fields.present("comment") is None and fields.present("description") is None:
        simple = 1 if fields.prefix else 0  # name them as the form in use spells them
        comment, description = (".".join(fields.path(FIELD_NAMES[f][simple]))
                                for f in ("comment", "description"))  # fmt: skip
        raise _read.error(f"missing field '{comment}' or '{description}'")
    as_html = _read.flag(data, *fields.path("html")) is True
    comment = fields.text("comment")
    author = None
    if comment and comment.strip():
        author, comment = _split_author(comment)
    comment = _plain(comment, as_html)
    description = _plain(fields.text("description"), as_html)
    if comment:
        text, source = comment, "latest_public_comment"
    elif description:
        text, source, author = description, "description", None
    else:
        return []
    customer = _is_customer(author, fields.text("requester_name"))
    requester = fields.text("requester_email") or None
    sender = author if customer is False else (requester or author)
    comment_id = fields.ident("comment_id", required=False)
    return [
        IncomingMessage(
            provider=FRESHDESK,
            event_id=_event_id(fields, ticket, comment_id, source, text),
            conversation_ref=ticket,
            comment_id=comment_id,
            sender=_plain(sender, False),
            subject=_plain(fields.text("subject"), False),
            text=text,
            html=False,  # whatever markup there was is gone (see the module's docstring)
            author_is_customer=customer if source == "latest_public_comment" else None,
        )
    ]


def looks_like_html(text: str) -> bool:
    """True when ``text`` holds a tag or a character entity."""
    return _MARKUP.search(text) is not None


def _plain(text: str | None, as_html: bool) -> str | None:
    """``text`` without markup, stripped; None when nothing readable is left."""
    if text is None:
        return None
    if as_html or looks_like_html(text):
        text = html_to_text(text)
    text = text.strip()
    return text or None


def _split_author(comment: str) -> tuple[str | None, str]:
    """(author, comment) from ``Author Name : <div>…``; (None, comment) without the prefix."""
    match = _AUTHOR_PREFIX.match(comment)
    if match is None:
        return None, comment
    return match.group("author").strip(), comment[match.end() :]


def _is_customer(author: str | None, requester_name: str | None) -> bool | None:
    """Whether the comment's author is the ticket's requester; None when either is unknown."""
    if not author or not requester_name or not requester_name.strip():
        return None
    return " ".join(author.casefold().split()) == " ".join(requester_name.casefold().split())


def _event_id(fields: _Body, ticket: str, comment: str | None, source: str, text: str) -> str:
    supplied = fields.ident("event_id", required=False)
    if supplied:
        return supplied
    if comment:
        return derive_event_id(FRESHDESK, ticket, comment)
    if source == "description":
        return derive_event_id(FRESHDESK, ticket, "description")  # one description per ticket
    # Freshdesk has no placeholder for a comment id: only the text tells two replies on one
    # ticket apart. See "event ids without a comment id" in bot.webhooks.payloads.
    return derive_event_id(FRESHDESK, ticket, "text", text)
