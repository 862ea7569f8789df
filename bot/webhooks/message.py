"""The normalised message every provider's payload is turned into, and its deduplication id.

Why one shape: the rest of privacywacht (redaction, storage) should not care which ticket
system a message came from. And why a dedup id on every message: all providers retry failed
deliveries, and some fire several webhooks for one change, so the same message can arrive more
than once; ``(provider, event_id)`` tells the store it has already kept it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    """One message from a ticket or conversation, as the provider sent it (not yet redacted).

    ``sender``, ``subject`` and ``text`` are raw personal data: they are left out of ``repr()``
    so that logging a message object by mistake does not put them in a log.
    """

    provider: str
    #: the provider's delivery/event id, or a stable id derived from ticket and comment ids;
    #: deduplicate on ``(provider, event_id)``
    event_id: str
    #: the ticket or conversation id, as a string
    conversation_ref: str
    #: the comment/article/thread/message id within the conversation, when the payload has one
    comment_id: str | None
    #: the message author's e-mail address or name, as the provider gives it
    sender: str | None = field(repr=False)
    subject: str | None = field(repr=False)
    text: str = field(repr=False)
    #: whether ``text`` is HTML (Zammad articles, Help Scout threads) rather than plain text
    html: bool
    #: True for the customer, False for an agent, None when the payload does not say
    author_is_customer: bool | None


def derive_event_id(provider: str, *parts: str) -> str:
    """A stable event id for payloads that carry none: sha256 over the provider and ``parts``.

    ``parts`` are ticket and comment ids, so a redelivery of the same comment yields the same
    id while two comments on one ticket do not collide. JSON encoding keeps the parts apart
    (``("1", "23")`` and ``("12", "3")`` hash differently).
    """
    encoded = json.dumps([provider, *parts], separators=(",", ":"), ensure_ascii=True)
    return "sha256:" + hashlib.sha256(encoded.encode("ascii")).hexdigest()
