"""Turn a provider's webhook body into normalised :class:`IncomingMessage` objects.

``parse(provider, body, headers)`` returns the messages to redact and store, ``[]`` for events
privacywacht does not keep (agent-only notes, status changes, bot messages, …), and raises
:class:`PayloadError` for a body that is not JSON or lacks a field it needs. Call it only after
:func:`bot.webhooks.signatures.verify` accepted the request. Deduplicate on
``(message.provider, message.event_id)``: providers retry deliveries.

Zendesk event webhooks, Zammad, Help Scout and Chatwoot send fixed payloads (described in
each parser's module under ``bot.webhooks.parsers``). Zendesk triggers/automations and
Freshdesk automation rules send a JSON body *you* write; privacywacht accepts these keys:

Zendesk trigger or automation ("Notify active webhook", request format JSON)::

    {
      "ticket_id": "{{ticket.id}}",
      "comment_id": "{{ticket.latest_comment.id}}",
      "comment": "{{ticket.latest_comment.value}}",
      "comment_is_public": "{{ticket.latest_comment.is_public}}",
      "subject": "{{ticket.title}}",
      "requester": "{{ticket.requester.email}}",
      "author": "{{ticket.latest_comment.author.email}}"
    }

- ``ticket_id`` and ``comment`` are required; everything else is optional.
- ``comment_is_public`` ``"false"`` means an internal note: it is ignored.
- ``author`` is the comment's writer; when both ``author`` and ``requester`` are given,
  ``author_is_customer`` is whether they are the same address. The message's sender is
  ``author``, else ``requester``.
- Zendesk renders placeholders for webhooks as unformatted text, so the text is plain.

Freshdesk automation rule ("Trigger webhook", encoding JSON). The *Simple* content that
Freshdesk offers by default needs no typing: tick at least the ticket ID and the description
(rules on ticket creation) or the latest public comment (rules on updates), and the requester's
name and e-mail; Freshdesk sends ``{"freshdesk_webhook": {"ticket_id": …, "ticket_subject": …,
"ticket_description": …, "ticket_latest_public_comment": …, "ticket_contact_name": …, …}}``
(see :mod:`bot.webhooks.parsers.freshdesk`). With *Advanced* content, write::

    {
      "ticket_id": "{{ticket.id}}",
      "subject": "{{ticket.subject}}",
      "requester_name": "{{ticket.requester.name}}",
      "requester_email": "{{ticket.requester.email}}",
      "description": "{{ticket.description}}",
      "latest_public_comment": "{{ticket.latest_public_comment}}"
    }

- ``ticket_id`` and at least one of ``description`` / ``latest_public_comment`` are required.
  A non-empty ``latest_public_comment`` wins (rules on ticket updates); else ``description``
  is used (rules on ticket creation). The private comment is never read.
- Freshdesk renders both text placeholders as HTML: any markup (tags, ``&amp;``) in any text
  field is turned into text before redaction, whether or not the body says ``"html": true``
  (which is still accepted: it makes text without tags be read as HTML too).
- ``{{ticket.latest_public_comment}}`` begins with ``Author Name : ``; that prefix is removed
  and compared with ``requester_name``: ``author_is_customer`` is whether they are the same
  (None without a requester name). An agent's public reply is sent under the agent's name.

Both formats also accept ``"event_id"`` (your own delivery id) and ``"comment_id"``. Ids — ticket,
comment and event ids — must be numbers or id-like tokens (letters, digits, ``. _ : + -``); a
body with anything else there, such as a placeholder that did not render (``{{ticket.id}}``)
or an e-mail address, is refused, because ids are stored as they are.

Event ids without a comment id: when a trigger body has neither ``event_id`` nor
``comment_id`` (Freshdesk offers no comment-id placeholder), the only thing that tells two
replies on one ticket apart is their text, so the derived id is a sha256 over provider, ticket
id *and text*. That is a fingerprint of the unredacted text: whoever holds it can confirm a
guessed text. Send ``comment_id`` (Zendesk: ``{{ticket.latest_comment.id}}``) or ``event_id``
where you can, or have the store key such ids with a server secret (HMAC) before keeping them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from bot.webhooks.errors import PayloadError
from bot.webhooks.message import IncomingMessage
from bot.webhooks.parsers import chatwoot, freshdesk, helpscout, zammad, zendesk
from bot.webhooks.providers import (
    CHATWOOT,
    FRESHDESK,
    HELPSCOUT,
    ZAMMAD,
    ZENDESK,
    check_provider,
)

Parser = Callable[[bytes, Mapping[str, str] | None], list[IncomingMessage]]

_PARSERS: dict[str, Parser] = {
    ZENDESK: zendesk.parse,
    ZAMMAD: zammad.parse,
    HELPSCOUT: helpscout.parse,
    CHATWOOT: chatwoot.parse,
    FRESHDESK: freshdesk.parse,
}


def parse(
    provider: str, body: bytes, headers: Mapping[str, str] | None = None
) -> list[IncomingMessage]:
    """The messages in ``provider``'s webhook ``body``; ``[]`` for events to ignore.

    ``headers`` are the request headers; Help Scout needs them (its event name is the
    ``X-HelpScout-Event`` header), the other providers ignore them.
    """
    return _PARSERS[check_provider(provider, PayloadError)](body, headers)
