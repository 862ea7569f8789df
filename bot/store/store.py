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

import sqlite3
import threading
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.store.db import OpenDatabase, connect, write_transaction
from bot.store.errors import StoreError, UnknownConversationError
from bot.store.keys import Digest, Keyring
from bot.store.models import (
    CHANNELS,
    DEFAULT_STATUS,
    STATUSES,
    DigestCount,
    FindingRecord,
    RecordResult,
    StoredConversation,
    StoredFinding,
    StoredMessage,
)
from bot.store.schema import migrate

Clock = Callable[[], datetime]


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
        self._keyring = keyring if keyring is not None else Keyring.in_dir(self._path.parent)
        self._db = connect(self._path)
        self._closed = False
        try:
            migrate(self._db)
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
    ) -> RecordResult:
        """Store one processed message with its findings, atomically.

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

    def find_delivery(self, channel: str, event_id: str) -> RecordResult | None:
        """The earlier result for a webhook event, if it was recorded.

        Lets the app skip redaction for an obvious redelivery; :meth:`record_message` still
        checks again inside its transaction, so a race between the two is harmless.
        """
        with self._lock:
            self._open_db()
            return self._delivery(channel, event_id)

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
