"""The Dutch words the review pages show for the service's internal codes.

Why one module: the store, the register, the API and the configuration share one vocabulary
of English codes (``PERSON``, ``forwarded``, ``email``, ``identity_pending``, ...) so that
scripts, JSON and config files agree. Reviewers and privacy officers read Dutch, and a page
that says "status forwarded" next to ``[PERSOON-1]`` makes them translate in their heads.
Templates therefore never print a code, only what the filters here make of it
(:func:`filters`). The review UI has no English option, so there is one language to complete.

Entity types are named as the placeholders in the text name them (``PERSON`` → PERSOON):
the table is the anonymizer's own (:data:`pipelines.anonymize.PLACEHOLDER_LABELS`), read on
first use, so a page and a placeholder cannot disagree, and a service whose review UI nobody
opens never loads Presidio in its main process (a second and some 60 MB; the auth middleware
calls :func:`warm` in a worker thread before the first logged-in page, off the event loop).

Texts the register writes itself into a request's history (identity checks, extensions,
repeats) are stored in English; :func:`event_note` shows them in Dutch and leaves what a
person wrote alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from bot.store.deadlines import format_dutch_date
from pipelines.request_reply import request_noun

__all__ = [
    "ACTOR_LABELS",
    "CHANNEL_LABELS",
    "EVENT_LABELS",
    "MESSAGE_STATUS_LABELS",
    "RECOGNIZER_LABELS",
    "REQUEST_STATUS_LABELS",
    "actor_label",
    "channel_label",
    "event_label",
    "event_note",
    "filters",
    "loaded",
    "message_status_label",
    "purpose_words",
    "reason_label",
    "recognizer_label",
    "request_status_label",
    "request_type_label",
    "type_label",
    "type_labels",
    "warm",
]

#: Where a message or request came from (``bot.store.models.CHANNELS`` and the register's
#: extra ``letter``, ``phone`` and ``in_person``). Products keep their own spelling.
CHANNEL_LABELS: Mapping[str, str] = {
    "api": "API",
    "zendesk": "Zendesk",
    "zammad": "Zammad",
    "helpscout": "Help Scout",
    "chatwoot": "Chatwoot",
    "freshdesk": "Freshdesk",
    "email": "e-mail",
    "chat": "webchat",
    "letter": "brief",
    "phone": "telefoon",
    "in_person": "persoonlijk",
}

#: A stored message's status (``bot.store.models.STATUSES``).
MESSAGE_STATUS_LABELS: Mapping[str, str] = {
    "processed": "verwerkt",
    "forwarded": "doorgestuurd",
    "failed": "doorsturen mislukt",
}

#: A privacy request's status (``bot.store.register.REQUEST_STATUSES``).
REQUEST_STATUS_LABELS: Mapping[str, str] = {
    "received": "ontvangen",
    "identity_pending": "identiteit controleren",
    "in_progress": "in behandeling",
    "completed": "afgehandeld",
    "refused": "geweigerd",
    "withdrawn": "ingetrokken",
}

#: What a line of a request's history records (``bot.store.register.RegisterEvent.kind``).
EVENT_LABELS: Mapping[str, str] = {
    "received": "ontvangen",
    "status": "status gewijzigd",
    "duplicate": "opnieuw ontvangen",
    "extended": "termijn verlengd",
    "verification": "verificatiemail opnieuw verstuurd",
}

#: The register's actors that are no reviewer: the service itself, and the requester (who
#: confirms their identity by link or code).
ACTOR_LABELS: Mapping[str, str] = {
    "system": "Privacywacht (automatisch)",
    "requester": "de aanvrager",
}

#: Recognizers are named by their class (``NlBsnRecognizer``): a technical name a reviewer
#: can report. One is a person: the reviewer who marked a value as missed.
RECOGNIZER_LABELS: Mapping[str, str] = {"reviewer": "beoordelaar"}

_CONTACT_FIELDS = {"email": "e-mailadres", "phone": "telefoonnummer"}

#: Notes the register writes word for word (bot/store/register.py).
_FIXED_NOTES: Mapping[str, str] = {
    "verification code sent by e-mail": "verificatiecode per e-mail verstuurd",
    "verification code sent again by e-mail; earlier links and codes no longer work": (
        "verificatiecode opnieuw per e-mail verstuurd; eerdere links en codes werken niet meer"
    ),
    "identity verified by e-mail link": "identiteit bevestigd via de link in de e-mail",
    "identity verified by e-mail code": "identiteit bevestigd met de code uit de e-mail",
    "contact details not merged: key unavailable": (
        "contactgegevens niet aangevuld: de sleutel was niet beschikbaar"
    ),
}
_EXTENDED = re.compile(
    r"deadline extended to (?P<until>\S+), requester notified; reason: (?P<reason>.*)", re.DOTALL
)
_DUPLICATE = re.compile(r"duplicate received via (?P<channel>\S+) at (?P<at>\S+)")
_CONVERSATION = re.compile(r"conversation (?P<id>\S+)")
_MESSAGE = re.compile(r"message (?P<id>\S+)")
_ADDED = re.compile(r"added to contact details: (?P<fields>[a-z, ]+)")

#: A policy reason that names a purpose by its configuration name (pipelines/policy.py).
_PURPOSE_REASON = re.compile(r"(?P<negation>niet )?nodig voor doel '(?P<name>[^']*)'")
#: An entity type code inside a sentence (``CREDENTIAL wordt nooit bewaard``).
_TYPE_CODE = re.compile(r"(?<![\w-])[A-Z][A-Z_]+(?![\w-])")


@functools.cache
def type_labels() -> Mapping[str, str]:
    """The anonymizer's placeholder words per entity type, imported on first use."""
    from pipelines.anonymize import PLACEHOLDER_LABELS

    return dict(PLACEHOLDER_LABELS)


def warm() -> None:
    """Load the placeholder table now (in a worker thread), so that rendering a page never
    stalls the event loop for Presidio's import."""
    type_labels()


def loaded() -> bool:
    """Whether :func:`warm` (or any label lookup) has run."""
    return type_labels.cache_info().currsize > 0


def type_label(entity_type: object) -> str:
    """``PERSON`` → ``PERSOON``: the word of the type's placeholders."""
    code = str(entity_type)
    return type_labels().get(code, code)


def channel_label(channel: object) -> str:
    """``email`` → ``e-mail``."""
    code = str(channel)
    return CHANNEL_LABELS.get(code, code)


def message_status_label(status: object) -> str:
    """``forwarded`` → ``doorgestuurd``."""
    code = str(status)
    return MESSAGE_STATUS_LABELS.get(code, code)


def request_status_label(status: object) -> str:
    """``identity_pending`` → ``identiteit controleren``."""
    code = str(status)
    return REQUEST_STATUS_LABELS.get(code, code)


def request_type_label(request_type: object) -> str:
    """``access`` → the noun the customer's answer uses ("verzoek om inzage in je gegevens")."""
    return request_noun(str(request_type))


def actor_label(actor: object) -> str:
    """A reviewer's name as it is; the service and the requester in words."""
    name = str(actor)
    return ACTOR_LABELS.get(name, name)


def event_label(kind: object) -> str:
    """``extended`` → ``termijn verlengd``."""
    code = str(kind)
    return EVENT_LABELS.get(code, code)


def recognizer_label(recognizer: object) -> str:
    """A recognizer's class name as it is; ``reviewer`` (a person's mark) in Dutch."""
    name = str(recognizer)
    return RECOGNIZER_LABELS.get(name, name)


def purpose_words(description: str, name: str) -> str:
    """How a reviewer reads a purpose: the head of its description in the policy file
    ("Gewone supportvraag: alleen het klantnummer ..." → "Gewone supportvraag"), or its
    configuration name when it has no description."""
    head = description.split(":", 1)[0].strip().rstrip(".")
    return head or name


def reason_label(reason: object, purposes: Mapping[str, str] | None = None) -> str:
    """A stored policy reason as a reviewer reads it.

    ``niet nodig voor doel 'default'`` names the purpose by its configuration key; the page
    says ``niet nodig voor het doel ‘Gewone supportvraag’`` (``purposes``: name → words, from
    the policy the service runs with). Type codes inside a reason become placeholder words
    (``CREDENTIAL wordt nooit bewaard`` → ``INLOGGEGEVEN wordt nooit bewaard``). Any other
    reason is already Dutch and is shown as stored.
    """
    text = str(reason)
    words = purposes or {}

    def purpose(match: re.Match[str]) -> str:
        name = match["name"]
        return f"{match['negation'] or ''}nodig voor het doel ‘{words.get(name, name)}’"

    text = _PURPOSE_REASON.sub(purpose, text)
    labels = type_labels()
    return _TYPE_CODE.sub(lambda m: labels.get(m[0], m[0]), text)


def _moment(stamp: str) -> str:
    """``2026-03-10T12:00:00.000000+00:00`` → ``10 maart 2026, 12:00`` (as stored, UTC)."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{format_dutch_date(moment)}, {moment:%H:%M}"


def _duplicate_part(part: str) -> str:
    if match := _DUPLICATE.fullmatch(part):
        return f"opnieuw ontvangen via {channel_label(match['channel'])} op {_moment(match['at'])}"
    if match := _CONVERSATION.fullmatch(part):
        return f"gesprek {match['id']}"
    if match := _MESSAGE.fullmatch(part):
        return f"bericht {match['id']}"
    if match := _ADDED.fullmatch(part):
        fields = [f.strip() for f in match["fields"].split(",")]
        added = ", ".join(_CONTACT_FIELDS.get(f, f) for f in fields)
        return f"toegevoegd aan de contactgegevens: {added}"
    return _FIXED_NOTES.get(part, part)


def event_note(note: object, kind: object = None) -> str:
    """The note of a history line; the register's own (English) notes in Dutch.

    Only the notes the register writes for an event of that ``kind`` are translated, whole:
    what an officer typed is shown exactly as typed.
    """
    if note is None:
        return ""
    text = str(note)
    if kind == "extended" and (match := _EXTENDED.fullmatch(text)):
        until = _moment(match["until"]).split(",", 1)[0]
        return f"termijn verlengd tot {until}, aanvrager ingelicht; reden: {match['reason']}"
    if kind == "duplicate":
        return "; ".join(_duplicate_part(part) for part in text.split("; "))
    if kind in ("status", "verification"):
        return _FIXED_NOTES.get(text, text)
    return text


def filters(purposes: Mapping[str, str]) -> dict[str, Callable[..., Any]]:
    """The Jinja filters of the review templates; ``purposes`` as for :func:`reason_label`."""
    return {
        "type_label": type_label,
        "channel_label": channel_label,
        "message_status": message_status_label,
        "request_status": request_status_label,
        "request_type": request_type_label,
        "actor_label": actor_label,
        "recognizer_label": recognizer_label,
        "event_label": event_label,
        "event_note": event_note,
        "reason_label": functools.partial(reason_label, purposes=purposes),
    }
