"""Zammad: the default payload of a webhook called by a trigger.

Shape (admin-docs.zammad.org, "Webhook Payload"; Zammad's ``TriggerWebhookJob``)::

    {"ticket":  {"id": 81, "number": "10081", "title": "...", "customer": {...}, ...},
     "article": {"id": 104, "ticket_id": 81, "body": "...", "content_type": "text/html",
                 "from": "Emily Adams <emily@example.com>", "subject": "...",
                 "internal": false, "sender": "Customer", "type": "phone", ...}}

``sender`` is the article's sender type (``Customer``, ``Agent`` or ``System``). Internal
articles (notes) are ignored, and so is a trigger that fired without an article (a scheduler
run or a ticket attribute change: ``article`` is then empty). Zammad's own delivery id is a
header (``X-Zammad-Delivery``) and differs per trigger, so the dedup id is derived from ticket
and article ids instead: the same article reported by two triggers is kept once.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.webhooks.fields import Reader, load_object
from bot.webhooks.message import IncomingMessage, derive_event_id
from bot.webhooks.providers import ZAMMAD

_read = Reader(ZAMMAD)
_AUTHOR_IS_CUSTOMER = {"customer": True, "agent": False, "system": False}


def parse(body: bytes, headers: Mapping[str, str] | None = None) -> list[IncomingMessage]:
    """The trigger's article as a message; [] without an article or for an internal one."""
    data = load_object(ZAMMAD, body)
    ticket = _read.require_ident(data, "ticket", "id")
    article = _read.obj(data, "article", required=False)
    if not article:
        return []
    if _read.flag(data, "article", "internal") is True:
        return []
    text = _read.text(data, "article", "body", required=True)
    if not text or not text.strip():
        return []
    article_id = _read.require_ident(data, "article", "id")
    content_type = _read.text(data, "article", "content_type") or ""
    sender_type = _read.text(data, "article", "sender") or ""
    subject = _read.text(data, "article", "subject") or _read.text(data, "ticket", "title")
    return [
        IncomingMessage(
            provider=ZAMMAD,
            event_id=derive_event_id(ZAMMAD, ticket, article_id),
            conversation_ref=ticket,
            comment_id=article_id,
            sender=_read.text(data, "article", "from") or None,
            subject=subject or None,
            text=text,
            html=content_type.strip().lower().startswith("text/html"),
            author_is_customer=_AUTHOR_IS_CUSTOMER.get(sender_type.strip().lower()),
        )
    ]
