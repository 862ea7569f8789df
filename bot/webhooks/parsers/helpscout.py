"""Help Scout: conversation webhooks, taking the latest customer thread.

The event name is not in the body but in the ``X-HelpScout-Event`` header
(developer.helpscout.com/webhooks), so this parser needs the request headers. We keep
``convo.created`` and ``convo.customer.reply.created``; every other event is ignored.

The body is a conversation object (developer.helpscout.com/webhooks/objects/conversation)::

    {"id": 291938, "number": 349, "subject": "...",
     "primaryCustomer": {"id": 1, "first": "...", "last": "...", "email": "..."},
     "_embedded": {"threads": [
        {"id": 1234, "type": "customer", "state": "published", "body": "<p>...</p>",
         "createdAt": "2012-07-23T12:34:12Z",
         "createdBy": {"id": 1, "type": "customer", "email": "..."},
         "customer": {"id": 1, "email": "..."}}, ...]}}

Older (v1) deliveries put the threads in a top-level ``threads`` list and the customer in
``customer``; both are read. Thread bodies are HTML. Only published threads written by the
customer count (type ``customer``, or created by a customer); notes, line items and agent
replies never do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.webhooks.fields import Reader, load_object
from bot.webhooks.headers import get_header
from bot.webhooks.message import IncomingMessage, derive_event_id
from bot.webhooks.providers import HELPSCOUT

EVENT_HEADER = "X-HelpScout-Event"
KEPT_EVENTS = frozenset({"convo.created", "convo.customer.reply.created"})
_NEVER_CUSTOMER = frozenset({"note", "lineitem", "message"})

_read = Reader(HELPSCOUT)


def parse(body: bytes, headers: Mapping[str, str] | None = None) -> list[IncomingMessage]:
    """The newest customer thread of the conversation; [] for other events or none found."""
    event = get_header(headers, EVENT_HEADER)
    if event is None:
        raise _read.error(f"missing header '{EVENT_HEADER}'")
    if event.strip().lower() not in KEPT_EVENTS:
        return []
    data = load_object(HELPSCOUT, body)
    conversation = _read.require_ident(data, "id")
    threads = _read.objects(data, "_embedded", "threads")
    if threads is None:
        threads = _read.objects(data, "threads")
    if threads is None:
        raise _read.error("missing field '_embedded.threads'")
    thread = _latest_customer_thread(threads)
    if thread is None:
        return []
    text = _read.text(thread, "body", required=True)
    if not text or not text.strip():
        return []
    thread_id = _read.ident(thread, "id", required=False)
    if thread_id is None:
        raise _read.error("missing field '_embedded.threads.id'")
    return [
        IncomingMessage(
            provider=HELPSCOUT,
            event_id=derive_event_id(HELPSCOUT, conversation, thread_id),
            conversation_ref=conversation,
            comment_id=thread_id,
            sender=_sender(data, thread),
            subject=_read.text(data, "subject") or None,
            text=text,
            html=True,
            author_is_customer=True,
        )
    ]


def _is_customer_thread(thread: Mapping[str, Any]) -> bool:
    state = thread.get("state")
    if isinstance(state, str) and state.lower() != "published":
        return False  # drafts and threads held for review are not (yet) part of the conversation
    kind = thread.get("type")
    kind = kind.lower() if isinstance(kind, str) else ""
    if kind == "customer":
        return True
    created_by = thread.get("createdBy")
    by_customer = isinstance(created_by, Mapping) and created_by.get("type") == "customer"
    return by_customer and kind not in _NEVER_CUSTOMER


def _latest_customer_thread(threads: list[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The newest customer thread by ``createdAt``; on a tie the earlier one in the list.

    Help Scout lists threads newest first, but the order is not relied upon.
    """
    candidates = [
        (str(thread.get("createdAt") or ""), -position, thread)
        for position, thread in enumerate(threads)
        if _is_customer_thread(thread)
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda candidate: (candidate[0], candidate[1]))[2]


def _sender(data: Mapping[str, Any], thread: Mapping[str, Any]) -> str | None:
    for source, path in (
        (thread, ("createdBy", "email")),
        (thread, ("customer", "email")),
        (data, ("primaryCustomer", "email")),
        (data, ("customer", "email")),
    ):
        value = _read.text(source, *path)
        if value:
            return value
    return None
