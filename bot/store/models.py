"""The values going into and coming out of the store.

Kept apart from :mod:`bot.store.store` so the web layer can build a :class:`FindingRecord`
without importing anything that touches a database.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import NamedTuple

#: Where a message can come from. Also a table (``channels``) so the database refuses a typo;
#: a new channel is a migration that inserts one row.
CHANNELS: tuple[str, ...] = (
    "api",
    "zendesk",
    "zammad",
    "helpscout",
    "chatwoot",
    "freshdesk",
    "email",
    "chat",
)

#: ``processed``: redacted and stored; ``forwarded``: passed on to the help desk;
#: ``failed``: stored, but passing it on failed (so it can be retried).
STATUSES: tuple[str, ...] = ("processed", "forwarded", "failed")
DEFAULT_STATUS = "processed"


@dataclass(frozen=True, slots=True)
class FindingRecord:
    """One finding as the pipeline hands it to the store.

    ``value`` is the original text of the span. It lives only in memory: the store turns it
    into a keyed digest and drops it. It is left out of ``repr`` (and so out of logs and
    tracebacks that print this object). Offsets refer to the ORIGINAL text, as the pipeline
    reports them. Validation errors name the field, never its content.
    """

    entity_type: str
    start: int
    end: int
    recognizer: str
    score: float
    action: str
    reason: str
    value: str = field(repr=False)

    def __post_init__(self) -> None:
        for name in ("entity_type", "recognizer", "action"):
            text = getattr(self, name)
            if not isinstance(text, str) or not text:
                raise ValueError(f"finding field {name!r} must be a non-empty string")
        if not isinstance(self.reason, str):
            raise ValueError("finding field 'reason' must be a string")
        if not isinstance(self.value, str):
            raise ValueError("finding field 'value' must be a string")
        for name in ("start", "end"):
            offset = getattr(self, name)
            if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
                raise ValueError(f"finding field {name!r} must be a non-negative integer")
        if self.end < self.start:
            raise ValueError("finding field 'end' must not be before 'start'")
        score = self.score
        if (
            isinstance(score, bool)
            or not isinstance(score, int | float)
            or not math.isfinite(score)
            or not 0.0 <= score <= 1.0
        ):
            raise ValueError("finding field 'score' must be a number from 0 to 1")


@dataclass(frozen=True, slots=True)
class RecordResult:
    """What :meth:`Store.record_message` did.

    ``duplicate`` is true when the (channel, event_id) was delivered before: the ids are then
    those of the earlier message and nothing was written.
    """

    message_id: str
    conversation_id: str
    duplicate: bool


@dataclass(frozen=True, slots=True)
class StoredConversation:
    """A conversation row."""

    id: str
    channel: str
    external_ref: str | None
    created_at: str
    updated_at: str
    purpose: str | None


@dataclass(frozen=True, slots=True)
class StoredMessage:
    """A message row: only redacted text, as stored."""

    id: str
    conversation_id: str
    channel: str
    created_at: str
    sender_redacted: str | None
    subject_redacted: str | None
    text_redacted: str
    request_type: str | None
    purpose: str | None
    entity_count: int
    status: str


@dataclass(frozen=True, slots=True)
class StoredFinding:
    """An audit-log row: what was found where and what was done, with the value's digest."""

    id: int
    message_id: str
    entity_type: str
    start: int
    end: int
    recognizer: str
    score: float
    action: str
    reason: str
    value_hmac: str
    key_id: str


@dataclass(frozen=True, slots=True)
class DigestCount:
    """How often one (unknown) value recurs: the basis of a "most frequent values" view."""

    entity_type: str
    key_id: str
    value_hmac: str
    findings: int
    messages: int


# -- the review pages ----------------------------------------------------------------------

#: What a reviewer can say about the redaction of a message: a finding that was not personal
#: data (``false_positive``), or personal data the pipeline did not find (``missed``).
FEEDBACK_KINDS: tuple[str, ...] = ("false_positive", "missed")


@dataclass(frozen=True, slots=True)
class MessageSummary:
    """One row of the message list: enough to choose a message, not the whole text."""

    id: str
    conversation_id: str
    channel: str
    created_at: str
    status: str
    request_type: str | None
    #: the start of the redacted text (about 200 characters, never half a placeholder)
    snippet: str
    finding_count: int


@dataclass(frozen=True, slots=True)
class FindingDetail:
    """A finding as the review page shows it: the audit row without its digest.

    ``start``/``end`` are offsets in the ORIGINAL text, as the audit log has always recorded
    them; the original is gone, so the page cannot use them. ``redacted_start`` and
    ``redacted_end`` are where the finding stands in the stored redacted text now (its
    placeholder, or the kept text); None when the stored text does not show it where the
    audit rows say it should be.
    """

    id: int
    entity_type: str
    start: int
    end: int
    recognizer: str
    score: float
    action: str
    reason: str
    redacted_start: int | None
    redacted_end: int | None


@dataclass(frozen=True, slots=True)
class Feedback:
    """One reviewer's remark on a message's redaction.

    ``false_positive`` names the finding (``finding_id``); ``missed`` gives the span of the
    placeholder that the reviewer's redaction put into the redacted text (``start``/``end``,
    kept in step when a later redaction in the same message moves it) and the finding that
    redaction added (``finding_id``).
    """

    id: int
    message_id: str
    kind: str
    finding_id: int | None
    start: int | None
    end: int | None
    entity_type: str
    actor: str
    created_at: str
    note: str | None


@dataclass(frozen=True, slots=True)
class MessageDetail:
    """A stored message with its audit rows (text order) and its feedback (oldest first)."""

    message: StoredMessage
    findings: tuple[FindingDetail, ...]
    feedback: tuple[Feedback, ...]


class WeekCount(NamedTuple):
    """Redactions of one entity type in one ISO week (``week_start`` is its Monday)."""

    week_start: str
    entity_type: str
    count: int


class TypeCount(NamedTuple):
    """Messages that carried one kind of privacy request."""

    request_type: str
    count: int


@dataclass(frozen=True)
class MemoryRecord:
    """One fact a conversation remembers (see ``pipelines.conversation.MemoryEntry``): a keyed
    digest, what kind of fact it is, and the placeholder number it stands for."""

    kind: str
    entity_type: str
    digest: str
    number: int | None = None


@dataclass(frozen=True)
class ConversationMemory:
    """A conversation's memory as the redaction workers need it: the records and the key
    they were digested under (derived from the keyring key ``key_id``; memory only)."""

    key_id: str
    key: bytes = field(repr=False)
    records: tuple[MemoryRecord, ...] = ()
