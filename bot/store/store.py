"""The store: redacted messages, their conversations, and the audit log of findings.

Only redacted text enters the database. A finding's original value arrives in memory (see
:class:`FindingRecord`), is turned into a keyed digest here, and goes no further. Each
processed message is written in one transaction — conversation, message, findings and
delivery together or not at all — so a crash or an error never leaves a message without its
audit trail, or a delivery marked as done whose message is missing.

A :class:`Store` is synchronous and holds one SQLite connection; in the aiohttp app use
:class:`bot.store.writer.AsyncStore`, which runs it on a single worker thread.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from bot.store import review
from bot.store.db import DB_FILE_MODE, OpenDatabase, connect, holds_data, write_transaction
from bot.store.errors import StoreError, UnknownConversationError
from bot.store.keys import Digest, Keyring
from bot.store.models import (
    CHANNELS,
    DEFAULT_STATUS,
    STATUSES,
    ConversationMemory,
    DigestCount,
    Feedback,
    FindingDetail,
    FindingRecord,
    MemoryRecord,
    MessageDetail,
    MessageSummary,
    RecordResult,
    StoredConversation,
    StoredFinding,
    StoredMessage,
    TypeCount,
    WeekCount,
)
from bot.store.review import (
    InvalidSpanError,
    ReviewValueError,
    UnknownFindingError,
    UnknownMessageError,
)
from bot.store.schema import migrate

Clock = Callable[[], datetime]


#: what the keyring key is derived for when it digests conversation memory
MEMORY_KEY = "privacywacht conversation memory v1"


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Store(OpenDatabase):
    """Opens (and migrates) the database at ``path``; the keyring defaults to its directory.

    Not meant to be shared between threads — a lock makes that safe, not fast; give it to one
    :class:`~bot.store.writer.AsyncStore` instead.
    """

    def __init__(
        self, path: Path, *, keyring: Keyring | None = None, clock: Clock = _utc_now
    ) -> None:
        self._path = Path(path)
        self._lock = threading.RLock()
        self._clock = clock
        if keyring is None:
            # new keys only beside a new database: a database with data and no keyring is
            # an error (a fresh key could never check its digests), before anything is written
            keyring = Keyring.in_dir(self._path.parent, create=not holds_data(self._path))
        self._keyring = keyring
        self._db = connect(self._path)
        self._closed = False
        try:
            migrate(self._db, keyring=self._keyring)
        except BaseException:
            self._db.close()
            self._closed = True
            raise

    # -- life cycle ----------------------------------------------------------------------

    @property
    def keyring(self) -> Keyring:
        return self._keyring

    # -- writing -------------------------------------------------------------------------

    def record_message(
        self,
        *,
        channel: str,
        text_redacted: str,
        findings: Sequence[FindingRecord] = (),
        external_ref: str | None = None,
        conversation_id: str | None = None,
        event_id: str | None = None,
        sender_redacted: str | None = None,
        subject_redacted: str | None = None,
        request_type: str | None = None,
        purpose: str | None = None,
        status: str = DEFAULT_STATUS,
        memory: Sequence[MemoryRecord] = (),
        memory_key_id: str | None = None,
    ) -> RecordResult:
        """Store one processed message with its findings, atomically.

        ``memory`` is what the conversation learned from this message (digests and numbers
        under the key ``memory_key_id``, see :meth:`conversation_memory`); it is stored in the
        same transaction, so a message and its placeholder numbers exist together or not at all.

        The conversation is ``conversation_id`` when given (it must exist), else the one for
        (``channel``, ``external_ref``) — created on its first message — else a new one.
        When (``channel``, ``event_id``) was recorded before, the earlier ids come back with
        ``duplicate=True`` and nothing is written: providers redeliver webhooks.

        Raises ``ValueError`` for arguments that can never be stored,
        :class:`UnknownConversationError` for an unknown ``conversation_id`` and
        :class:`StoreError` when the database refuses; in every case nothing is stored.
        """
        findings = tuple(findings)
        _check_args(channel, text_redacted, status, event_id, external_ref, findings)
        # Digest before the transaction: keeps the write lock short, and the raw values are
        # not needed past this line.
        finding_rows = [
            _finding_row(self._keyring.digest(f.entity_type, f.value), f) for f in findings
        ]
        with self._lock:
            db = self._open_db()
            now = _timestamp(self._clock())
            try:
                with write_transaction(db):
                    if event_id is not None:
                        earlier = self._delivery(channel, event_id)
                        if earlier is not None:
                            return earlier
                    conv_id = self._conversation_for(
                        channel, external_ref, conversation_id, purpose, now
                    )
                    message_id = str(uuid.uuid4())
                    self._insert_message(
                        {
                            "id": message_id,
                            "conversation_id": conv_id,
                            "channel": channel,
                            "created_at": now,
                            "sender_redacted": sender_redacted,
                            "subject_redacted": subject_redacted,
                            "text_redacted": text_redacted,
                            "request_type": request_type,
                            "purpose": purpose,
                            "entity_count": len(finding_rows),
                            "status": status,
                        }
                    )
                    self._insert_findings(
                        [{**row, "message_id": message_id} for row in finding_rows]
                    )
                    self._insert_memory(conv_id, memory, memory_key_id)
                    if event_id is not None:
                        self._insert_delivery(
                            {
                                "channel": channel,
                                "event_id": event_id,
                                "message_id": message_id,
                                "received_at": now,
                            }
                        )
            except sqlite3.Error as error:
                # sqlite's own messages name constraints, not values; still, say only what
                # failed and keep its error as the cause for the traceback.
                raise StoreError("could not record the message") from error
        return RecordResult(message_id, conv_id, duplicate=False)

    def set_status(self, message_id: str, status: str) -> bool:
        """Mark a message forwarded or failed; False when there is no such message."""
        if status not in STATUSES:
            raise ValueError("unknown message status")
        with self._lock:
            db = self._open_db()
            with write_transaction(db):
                cursor = db.execute(
                    "UPDATE messages SET status = ? WHERE id = ?", [status, message_id]
                )
            return cursor.rowcount == 1

    def rotate_key(self) -> str:
        """Start digesting with a fresh key (see :meth:`Keyring.rotate`); returns its id."""
        with self._lock:
            self._open_db()
            return self._keyring.rotate()

    # The three inserts are separate methods so a test can make one of them fail half-way.

    def _insert_message(self, row: dict[str, Any]) -> None:
        self._db["messages"].insert(row)

    def _insert_findings(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._db["findings"].insert_all(rows)

    def _insert_memory(
        self, conversation_id: str, records: Sequence[MemoryRecord], key_id: str | None
    ) -> None:
        if not records:
            return
        if key_id is None:
            raise ValueError("conversation memory needs the id of the key it was digested with")
        self._db.conn.executemany(
            "INSERT OR IGNORE INTO conversation_memory"
            " (conversation_id, kind, entity_type, digest, number, key_id)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(conversation_id, r.kind, r.entity_type, r.digest, r.number, key_id) for r in records],
        )

    def _insert_delivery(self, row: dict[str, Any]) -> None:
        self._db["deliveries"].insert(row)

    def _delivery(self, channel: str, event_id: str) -> RecordResult | None:
        rows = list(
            self._db.query(
                "SELECT d.message_id, m.conversation_id FROM deliveries d"
                " JOIN messages m ON m.id = d.message_id"
                " WHERE d.channel = ? AND d.event_id = ?",
                [channel, event_id],
            )
        )
        if not rows:
            return None
        return RecordResult(rows[0]["message_id"], rows[0]["conversation_id"], duplicate=True)

    def _conversation_for(
        self,
        channel: str,
        external_ref: str | None,
        conversation_id: str | None,
        purpose: str | None,
        now: str,
    ) -> str:
        """The conversation id to file the message under, creating the conversation if new.

        An existing conversation keeps the purpose it was opened under (each message records
        its own); only a conversation that had none takes the message's.
        """
        conversations = self._db["conversations"]
        if conversation_id is not None:
            existing = self._conversation_row(conversation_id)
            if existing is None:
                raise UnknownConversationError("conversation not found")
        elif external_ref is not None:
            existing = self._conversation_by_ref(channel, external_ref)
        else:
            existing = None
        if existing is None:
            new_id = str(uuid.uuid4())
            conversations.insert(
                {
                    "id": new_id,
                    "channel": channel,
                    "external_ref": external_ref,
                    "created_at": now,
                    "updated_at": now,
                    "purpose": purpose,
                }
            )
            return new_id
        self._db.execute(
            "UPDATE conversations SET updated_at = ?, purpose = coalesce(purpose, ?) WHERE id = ?",
            [now, purpose, existing["id"]],
        )
        return existing["id"]

    # -- reading -------------------------------------------------------------------------

    def get_message(self, message_id: str) -> StoredMessage | None:
        """One message as stored (redacted), or None."""
        row = self._one("SELECT * FROM messages WHERE id = ?", [message_id])
        return StoredMessage(**row) if row else None

    def list_messages(self, conversation_id: str) -> list[StoredMessage]:
        """The messages of one conversation, oldest first."""
        rows = self._all(
            "SELECT * FROM messages WHERE conversation_id = ? ORDER BY created_at, rowid",
            [conversation_id],
        )
        return [StoredMessage(**row) for row in rows]

    def messages_with_status(
        self, channel: str, status: str, limit: int = 100
    ) -> list[StoredMessage]:
        """Messages of a channel in one status, oldest first (to retry failed handovers)."""
        rows = self._all(
            "SELECT * FROM messages WHERE channel = ? AND status = ? "
            "ORDER BY created_at, rowid LIMIT ?",
            [channel, status, limit],
        )
        return [StoredMessage(**row) for row in rows]

    def findings_for(self, message_id: str) -> list[StoredFinding]:
        """The audit log of one message, in text order."""
        rows = self._all(
            'SELECT * FROM findings WHERE message_id = ? ORDER BY start, "end", id', [message_id]
        )
        return [StoredFinding(**row) for row in rows]

    def get_conversation(self, conversation_id: str) -> StoredConversation | None:
        row = self._one("SELECT * FROM conversations WHERE id = ?", [conversation_id])
        return StoredConversation(**row) if row else None

    def find_conversation(self, channel: str, external_ref: str) -> StoredConversation | None:
        """The conversation of a provider's ticket, so a reply joins its thread."""
        row = self._one(
            "SELECT * FROM conversations WHERE channel = ? AND external_ref = ?",
            [channel, external_ref],
        )
        return StoredConversation(**row) if row else None

    def conversation_memory(self, conversation_id: str | None) -> ConversationMemory:
        """What the conversation remembers, with the key to continue it.

        A new conversation (None, or nothing remembered yet) starts under the active key; an
        existing one keeps the key it started with for as long as the keyring holds that key,
        so that a key rotation does not renumber its placeholders. A conversation whose key was
        removed from the keyring starts over (its old digests can no longer be matched).
        """
        rows = (
            self._all(
                "SELECT kind, entity_type, digest, number, key_id FROM conversation_memory"
                " WHERE conversation_id = ?",
                [conversation_id],
            )
            if conversation_id is not None
            else []
        )
        key_ids = set(self._keyring.key_ids)
        usable = [row for row in rows if row["key_id"] in key_ids]
        key_id = usable[0]["key_id"] if usable else self._keyring.active_key_id
        records = tuple(
            MemoryRecord(row["kind"], row["entity_type"], row["digest"], row["number"])
            for row in usable
            if row["key_id"] == key_id
        )
        return ConversationMemory(key_id, self._keyring.derived_key(key_id, MEMORY_KEY), records)

    def find_delivery(self, channel: str, event_id: str) -> RecordResult | None:
        """The earlier result for a webhook event, if it was recorded.

        Lets the app skip redaction for an obvious redelivery; :meth:`record_message` still
        checks again inside its transaction, so a race between the two is harmless.
        """
        with self._lock:
            self._open_db()
            return self._delivery(channel, event_id)

    def find_caller_delivery(self, channel: str, event_id: str) -> RecordResult | None:
        """:meth:`find_delivery` for an id the caller chose, stored as a keyed HMAC (see
        :meth:`Keyring.caller_ref`); matched under every key, so a rotation forgets nothing."""
        with self._lock:
            self._open_db()
            for ref in self._keyring.caller_refs(event_id):
                found = self._delivery(channel, ref)
                if found is not None:
                    return found
        return None

    def find_caller_conversation(
        self, channel: str, external_ref: str
    ) -> StoredConversation | None:
        """:meth:`find_conversation` for a conversation id the caller chose (a keyed HMAC)."""
        for ref in self._keyring.caller_refs(external_ref):
            found = self.find_conversation(channel, ref)
            if found is not None:
                return found
        return None

    def find_by_value(self, entity_type: str, value: str) -> list[str]:
        """Ids of the messages (oldest first) in which ``value`` was found as ``entity_type``.

        The value is digested under every key in the keyring, so messages recorded before a
        key rotation are found too. The value itself is neither stored nor logged.
        """
        return self._messages_with(entity_type, self._keyring.lookup_digests(entity_type, value))

    def find_by_digest(self, key_id: str, value_hmac: str) -> list[str]:
        """Ids of the messages with one stored digest (drill-down from :meth:`count_by_digest`)."""
        return self._messages_with(None, [Digest(key_id, value_hmac)])

    def count_by_digest(
        self, entity_type: str | None = None, *, min_messages: int = 1, limit: int = 100
    ) -> list[DigestCount]:
        """Values (as digests) by the number of messages they occur in, most frequent first.

        Shows a privacy officer that one BSN or address keeps coming back without showing
        which. A value digested under two keys (before and after a rotation) counts as two.
        """
        where = "WHERE entity_type = ?" if entity_type is not None else ""
        params: list[Any] = [entity_type] if entity_type is not None else []
        rows = self._all(
            "SELECT entity_type, key_id, value_hmac, count(*) AS findings,"
            " count(DISTINCT message_id) AS messages"
            f" FROM findings {where}"
            " GROUP BY entity_type, key_id, value_hmac"
            " HAVING messages >= ?"
            " ORDER BY messages DESC, findings DESC, value_hmac LIMIT ?",
            [*params, min_messages, limit],
        )
        return [DigestCount(**row) for row in rows]

    def _messages_with(self, entity_type: str | None, digests: Sequence[Digest]) -> list[str]:
        if not digests:
            return []
        matches = " OR ".join(["(f.key_id = ? AND f.value_hmac = ?)"] * len(digests))
        params: list[Any] = [part for digest in digests for part in digest]
        type_clause = ""
        if entity_type is not None:
            type_clause = "f.entity_type = ? AND "
            params.insert(0, entity_type)
        rows = self._all(
            "SELECT id FROM messages WHERE id IN"
            f" (SELECT f.message_id FROM findings f WHERE {type_clause}({matches}))"
            " ORDER BY created_at, rowid",
            params,
        )
        return [row["id"] for row in rows]

    # -- the review pages --------------------------------------------------------------------

    def search_messages(
        self,
        channel: str | None = None,
        entity_type: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        has_request: bool | None = None,
        text: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[list[MessageSummary], int]:
        """One page of the message list, newest first, and how many messages match in all.

        Every filter is optional; an empty string counts as "no filter" because that is what
        an empty form field sends. ``entity_type``: the message has a finding of that type
        (kept or redacted). ``since``/``until``: ISO dates, both days included, in UTC.
        ``has_request``: the message carried a privacy request (True) or not (False).
        ``text``: a piece of the redacted text, matched literally (``%`` and ``_`` are not
        wildcards); case is ignored for ASCII letters only, SQLite's LIKE folds no others.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if channel:
            clauses.append("m.channel = ?")
            params.append(channel)
        if entity_type:
            clauses.append(
                "EXISTS (SELECT 1 FROM findings f WHERE f.message_id = m.id AND f.entity_type = ?)"
            )
            params.append(entity_type)
        first_day = review.day_bound(since, "since")
        last_day = review.day_bound(until, "until")
        if first_day is not None:
            clauses.append("m.created_at >= ?")
            params.append(first_day.isoformat())
        if last_day is not None:
            clauses.append("m.created_at < ?")
            params.append((last_day + timedelta(days=1)).isoformat())
        if has_request is not None:
            if not isinstance(has_request, bool):
                raise ReviewValueError("has_request must be True, False or None")
            clauses.append(
                "m.request_type IS NOT NULL" if has_request else "m.request_type IS NULL"
            )
        if text is not None and not isinstance(text, str):
            raise ReviewValueError("text must be a string or None")
        if text and text.strip():
            clauses.append("m.text_redacted LIKE ? ESCAPE '\\'")
            params.append(review.like_pattern(text.strip()))
        for name, number, low, high in (
            ("limit", limit, 1, review.MAX_PAGE),
            ("offset", offset, 0, None),
        ):
            if isinstance(number, bool) or not isinstance(number, int) or number < low:
                raise ReviewValueError(f"{name} must be an integer of at least {low}")
            if high is not None and number > high:
                raise ReviewValueError(f"{name} must be at most {high}")
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        head = review.SNIPPET_CHARS + 40
        with self._read_snapshot() as db:
            total = db.execute(f"SELECT count(*) FROM messages m {where}", params).fetchone()[0]
            rows = list(
                db.query(
                    "SELECT m.id, m.conversation_id, m.channel, m.created_at, m.status,"
                    f" m.request_type, substr(m.text_redacted, 1, {head}) AS head,"
                    " length(m.text_redacted) AS length,"
                    " (SELECT count(*) FROM findings f WHERE f.message_id = m.id)"
                    " AS finding_count"
                    f" FROM messages m {where}"
                    " ORDER BY m.created_at DESC, m.rowid DESC LIMIT ? OFFSET ?",
                    [*params, limit, offset],
                )
            )
        summaries = [
            MessageSummary(
                id=row["id"],
                conversation_id=row["conversation_id"],
                channel=row["channel"],
                created_at=row["created_at"],
                status=row["status"],
                request_type=row["request_type"],
                snippet=review.snippet(row["head"], row["length"]),
                finding_count=row["finding_count"],
            )
            for row in rows
        ]
        return summaries, total

    def message_detail(self, message_id: str) -> MessageDetail | None:
        """A message as stored, its findings (with where each stands in the redacted text
        now) and the reviewers' feedback on it; None when there is no such message."""
        with self._read_snapshot() as db:
            message = self._one("SELECT * FROM messages WHERE id = ?", [message_id])
            if message is None:
                return None
            findings = list(
                db.query(
                    'SELECT * FROM findings WHERE message_id = ? ORDER BY start, "end", id',
                    [message_id],
                )
            )
            feedback = list(
                db.query("SELECT * FROM feedback WHERE message_id = ? ORDER BY id", [message_id])
            )
        found = review.layout(message["text_redacted"], review.as_findings(findings))
        details = []
        for row in findings:
            span = found.spans.get(row["id"])
            details.append(
                FindingDetail(
                    id=row["id"],
                    entity_type=row["entity_type"],
                    start=row["start"],
                    end=row["end"],
                    recognizer=row["recognizer"],
                    score=row["score"],
                    action=row["action"],
                    reason=row["reason"],
                    redacted_start=span[0] if span else None,
                    redacted_end=span[1] if span else None,
                )
            )
        return MessageDetail(
            message=StoredMessage(**message),
            findings=tuple(details),
            feedback=tuple(Feedback(**row) for row in feedback),
        )

    def mark_false_positive(
        self, message_id: str, finding_id: int, actor: str, note: str | None = None
    ) -> Feedback:
        """Record that a finding was not personal data, for the detection regression set.

        Nothing is un-redacted: the original is gone, the placeholder stays. Marking the
        same finding again returns the first remark instead of counting it twice (a double
        click, or a second reviewer agreeing). Raises :class:`UnknownMessageError`,
        :class:`UnknownFindingError` (also for a finding of another message) or
        :class:`ReviewValueError`.
        """
        actor = review.check_actor(actor)
        note = review.check_note(note)
        if isinstance(finding_id, bool) or not isinstance(finding_id, int):
            raise ReviewValueError("finding_id must be an integer")
        with self._lock:
            db = self._open_db()
            now = _timestamp(self._clock())
            try:
                with write_transaction(db):
                    self._message_row(message_id)
                    finding = self._one(
                        "SELECT id, entity_type FROM findings WHERE id = ? AND message_id = ?",
                        [finding_id, message_id],
                    )
                    if finding is None:
                        raise UnknownFindingError("the message has no such finding")
                    earlier = self._one(
                        "SELECT * FROM feedback WHERE kind = 'false_positive' AND finding_id = ?",
                        [finding_id],
                    )
                    if earlier is not None:
                        return Feedback(**earlier)
                    row = self._insert_feedback(
                        {
                            "message_id": message_id,
                            "kind": "false_positive",
                            "finding_id": finding_id,
                            "start": None,
                            "end": None,
                            "entity_type": finding["entity_type"],
                            "actor": actor,
                            "created_at": now,
                            "note": note,
                        }
                    )
            except sqlite3.Error as error:
                raise StoreError("could not record the feedback") from error
        assert row is not None
        return Feedback(**row)

    def mark_missed(
        self,
        message_id: str,
        start: int,
        end: int,
        entity_type: str | None,
        actor: str,
        note: str | None = None,
    ) -> Feedback:
        """Redact a value the pipeline missed, in the stored message, at once.

        ``start``/``end`` are offsets into the message's redacted text as it is now (what
        the reviewer sees); surrounding whitespace is trimmed off. In one transaction:

        * the span becomes a placeholder in the conversation's numbering: the one the same
          value already has in this conversation (found by its digest), else the next free
          number for the type among the conversation's stored texts, so one placeholder
          does not stand for two people there;
        * a finding is added (recognizer ``reviewer``, action ``redact``, score 1.0) at the
          span's offsets in the ORIGINAL text, like every other audit row, with the value's
          digest under the active key - so a later look-up by value finds this message too;
        * earlier ``missed`` remarks on this message behind the span move with the text;
        * the remark is recorded with the new placeholder's offsets and finding.

        The value itself is not stored, only its digest. ``entity_type`` None means PERSON.
        Raises :class:`InvalidSpanError` (a ``ValueError``) with the reason when the span
        cannot be redacted, :class:`UnknownMessageError`, or :class:`ReviewValueError`.
        """
        entity_type = entity_type or review.DEFAULT_MISSED_TYPE
        label = review.placeholder_label(entity_type)
        actor = review.check_actor(actor)
        note = review.check_note(note)
        with self._lock:
            db = self._open_db()
            now = _timestamp(self._clock())
            try:
                with write_transaction(db):
                    message = self._message_row(message_id)
                    text: str = message["text_redacted"]
                    rows = self._all(
                        'SELECT id, entity_type, start, "end", action FROM findings'
                        " WHERE message_id = ?",
                        [message_id],
                    )
                    found = review.layout(text, review.as_findings(rows))
                    start, end = review.check_missed_span(text, start, end, found)
                    original = found.to_original(start, end)
                    if original is None:
                        raise InvalidSpanError(
                            "the message's audit rows do not match its text there, so the"
                            " span cannot be placed in the original"
                        )
                    digest = self._keyring.digest(entity_type, text[start:end])
                    placeholder = self._placeholder_for(
                        message["conversation_id"], entity_type, label, text[start:end]
                    )
                    shift = len(placeholder) - (end - start)
                    db.execute(
                        "UPDATE messages SET text_redacted = ?, entity_count = entity_count + 1"
                        " WHERE id = ?",
                        [text[:start] + placeholder + text[end:], message_id],
                    )
                    finding_id = self._insert_finding(
                        {
                            "message_id": message_id,
                            "entity_type": entity_type,
                            "start": original[0],
                            "end": original[1],
                            "recognizer": review.REVIEWER_RECOGNIZER,
                            "score": review.REVIEWER_SCORE,
                            "action": review.REDACT,
                            "reason": review.MISSED_REASON,
                            "value_hmac": digest.hex,
                            "key_id": digest.key_id,
                        }
                    )
                    # Remarks hold offsets into the redacted text, which just changed behind
                    # the span; the audit rows hold original offsets, which did not.
                    db.execute(
                        'UPDATE feedback SET start = start + ?, "end" = "end" + ?'
                        " WHERE message_id = ? AND start IS NOT NULL AND start >= ?",
                        [shift, shift, message_id, end],
                    )
                    row = self._insert_feedback(
                        {
                            "message_id": message_id,
                            "kind": "missed",
                            "finding_id": finding_id,
                            "start": start,
                            "end": start + len(placeholder),
                            "entity_type": entity_type,
                            "actor": actor,
                            "created_at": now,
                            "note": note,
                        }
                    )
            except sqlite3.Error as error:
                raise StoreError("could not redact the span") from error
        assert row is not None
        return Feedback(**row)

    def export_feedback_jsonl(self, file: TextIO | str | os.PathLike[str]) -> int:
        """Write every remark as one JSON line for the regression set; returns how many.

        Each line: ``kind``, ``entity_type``, ``text`` (at most about 500 characters of the
        message's redacted text around the span), ``start``/``end`` (the span in ``text``:
        the placeholder of a missed value or of a false positive; null when the text no
        longer shows it), ``channel``, ``created_at`` (when it was marked) and
        ``message_created_at``. Only redacted text: there is no original to leak. Actor and
        note are left out - the file is meant to be shared, and a note is free text a
        reviewer may have typed a name into. A path is created 0600 like the database.
        """
        with self._read_snapshot() as db:
            rows = list(
                db.query(
                    "SELECT fb.*, m.text_redacted, m.channel,"
                    " m.created_at AS message_created_at"
                    " FROM feedback fb JOIN messages m ON m.id = fb.message_id"
                    " ORDER BY fb.id"
                )
            )
            fp_messages = sorted({r["message_id"] for r in rows if r["start"] is None})
            layouts: dict[str, review.Layout] = {}
            for message_id in fp_messages:
                findings = db.query(
                    'SELECT id, entity_type, start, "end", action FROM findings'
                    " WHERE message_id = ?",
                    [message_id],
                )
                text = next(r["text_redacted"] for r in rows if r["message_id"] == message_id)
                layouts[message_id] = review.layout(text, review.as_findings(findings))
        lines = [_feedback_line(row, layouts.get(row["message_id"])) for row in rows]
        if isinstance(file, str | os.PathLike):
            fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, DB_FILE_MODE)
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.writelines(lines)
        else:
            file.writelines(lines)
        return len(lines)

    # -- dashboard -------------------------------------------------------------------------

    def redactions_per_week(self, weeks: int = 12) -> list[WeekCount]:
        """Redacted findings per ISO week (by the message's UTC date) and entity type, for
        the last ``weeks`` weeks including this one; oldest week first, weeks without
        redactions left out (:func:`bot.store.review.weekly_stacks` fills them in)."""
        if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= 520:
            raise ReviewValueError("weeks must be an integer from 1 to 520")
        today = self._clock().astimezone(UTC).date()
        first = review.week_starts(weeks, today)[0]
        # substr: the UTC date as stored. date() on the full stamp would round .999999 s up
        # and move the last moment of a Sunday into the next week.
        rows = self._all(
            "SELECT date(substr(m.created_at, 1, 10), 'weekday 0', '-6 days') AS week_start,"
            " f.entity_type, count(*) AS count"
            " FROM findings f JOIN messages m ON m.id = f.message_id"
            " WHERE f.action = ? AND m.created_at >= ?"
            " GROUP BY week_start, f.entity_type ORDER BY week_start, f.entity_type",
            [review.REDACT, first.isoformat()],
        )
        return [WeekCount(r["week_start"], r["entity_type"], r["count"]) for r in rows]

    def requests_per_type(self) -> list[TypeCount]:
        """Messages per privacy-request type, most frequent first."""
        rows = self._all(
            "SELECT request_type, count(*) AS count FROM messages"
            " WHERE request_type IS NOT NULL GROUP BY request_type ORDER BY count DESC, 1",
            [],
        )
        return [TypeCount(r["request_type"], r["count"]) for r in rows]

    def _message_row(self, message_id: str) -> dict[str, Any]:
        row = self._one("SELECT * FROM messages WHERE id = ?", [message_id])
        if row is None:
            raise UnknownMessageError("message not found")
        return row

    def _placeholder_for(
        self, conversation_id: str, entity_type: str, label: str, value: str
    ) -> str:
        """The placeholder ``value`` gets in its conversation (see :meth:`mark_missed`)."""
        digests = self._keyring.lookup_digests(entity_type, value)
        matches = " OR ".join(["(f.key_id = ? AND f.value_hmac = ?)"] * len(digests))
        same_value = self._all(
            "SELECT f.message_id, m.text_redacted FROM findings f"
            " JOIN messages m ON m.id = f.message_id"
            f" WHERE m.conversation_id = ? AND f.entity_type = ? AND f.action = ? AND ({matches})"
            " ORDER BY m.created_at, f.id",
            [conversation_id, entity_type, review.REDACT, *(p for d in digests for p in d)],
        )
        own = re.compile(rf"\[{re.escape(label)}-([0-9]+)\]")
        digest_set = {tuple(d) for d in digests}
        for row in same_value:
            findings = self._all(
                'SELECT id, entity_type, start, "end", action, key_id, value_hmac'
                " FROM findings WHERE message_id = ?",
                [row["message_id"]],
            )
            found = review.layout(row["text_redacted"], review.as_findings(findings))
            for finding in findings:
                span = found.spans.get(finding["id"])
                if span is None or (finding["key_id"], finding["value_hmac"]) not in digest_set:
                    continue
                shown = row["text_redacted"][span[0] : span[1]]
                if finding["entity_type"] == entity_type and own.fullmatch(shown):
                    return shown
        texts = self._all(
            "SELECT text_redacted, subject_redacted, sender_redacted FROM messages"
            " WHERE conversation_id = ?",
            [conversation_id],
        )
        numbers = [
            int(number)
            for row in texts
            for text in row.values()
            if text
            for number in own.findall(text)
        ]
        return f"[{label}-{max(numbers, default=0) + 1}]"

    def _insert_finding(self, row: dict[str, Any]) -> int:
        return int(self._db["findings"].insert(row).last_pk)

    def _insert_feedback(self, row: dict[str, Any]) -> dict[str, Any] | None:
        """Insert a remark and read it back as stored (id and defaults filled in)."""
        feedback_id = int(self._db["feedback"].insert(row).last_pk)
        return self._one("SELECT * FROM feedback WHERE id = ?", [feedback_id])

    @contextlib.contextmanager
    def _read_snapshot(self) -> Iterator[Any]:
        """Several reads that see one state of the database (a count and its page agree)
        even while another process writes: one read transaction, under the lock."""
        with self._lock:
            db = self._open_db()
            db.execute("BEGIN")
            try:
                yield db
            finally:
                if db.conn.in_transaction:
                    db.execute("COMMIT")

    def _conversation_row(self, conversation_id: str) -> dict[str, Any] | None:
        return self._one("SELECT * FROM conversations WHERE id = ?", [conversation_id])

    def _conversation_by_ref(self, channel: str, external_ref: str) -> dict[str, Any] | None:
        return self._one(
            "SELECT * FROM conversations WHERE channel = ? AND external_ref = ?",
            [channel, external_ref],
        )

    def _one(self, sql: str, params: list[Any]) -> dict[str, Any] | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None

    def _all(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._open_db().query(sql, params))


def _timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with a fixed width, so text order is time order."""
    if moment.tzinfo is None:
        raise ValueError("clock must return an aware datetime")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _feedback_line(row: dict[str, Any], found: review.Layout | None) -> str:
    """One JSON line of :meth:`Store.export_feedback_jsonl`."""
    text: str = row["text_redacted"]
    span: tuple[int, int] | None
    if row["start"] is not None:
        span = (row["start"], row["end"])
    else:
        span = found.spans.get(row["finding_id"]) if found is not None else None
    if span is not None and not (0 <= span[0] < span[1] <= len(text)):
        span = None
    if span is None:
        context, start, end = text[: review.CONTEXT_CHARS], None, None
    else:
        context, start, end = review.context_window(text, *span)
    line = {
        "kind": row["kind"],
        "entity_type": row["entity_type"],
        "text": context,
        "start": start,
        "end": end,
        "channel": row["channel"],
        "created_at": row["created_at"],
        "message_created_at": row["message_created_at"],
    }
    return json.dumps(line, ensure_ascii=False) + "\n"


def _finding_row(digest: Digest, finding: FindingRecord) -> dict[str, Any]:
    """The row for one finding: everything but the value, which becomes its digest."""
    return {
        "entity_type": finding.entity_type,
        "start": finding.start,
        "end": finding.end,
        "recognizer": finding.recognizer,
        "score": float(finding.score),
        "action": finding.action,
        "reason": finding.reason,
        "value_hmac": digest.hex,
        "key_id": digest.key_id,
    }


def _check_args(
    channel: str,
    text_redacted: str,
    status: str,
    event_id: str | None,
    external_ref: str | None,
    findings: Sequence[FindingRecord],
) -> None:
    """Refuse what can never be stored before any work; messages name fields, not values."""
    if channel not in CHANNELS:
        raise ValueError("unknown channel")
    if status not in STATUSES:
        raise ValueError("unknown message status")
    if not isinstance(text_redacted, str):
        raise ValueError("text_redacted must be a string")
    if event_id is not None and (not isinstance(event_id, str) or not event_id):
        raise ValueError("event_id must be a non-empty string or None")
    if external_ref is not None and (not isinstance(external_ref, str) or not external_ref):
        raise ValueError("external_ref must be a non-empty string or None")
    if isinstance(findings, str | bytes) or not all(isinstance(f, FindingRecord) for f in findings):
        raise ValueError("findings must be FindingRecord objects")
