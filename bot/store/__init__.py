"""Storage of redacted messages and their audit log (SQLite via sqlite-utils).

Only redacted text is stored; what was found is logged per finding with a keyed digest of
the value instead of the value. Use :class:`AsyncStore` from the aiohttp app and
:class:`Store` from scripts and tests.
"""

from bot.store.errors import (
    KeyringError,
    KeyringMissingError,
    MigrationError,
    StoreClosedError,
    StoreError,
    UnknownConversationError,
)
from bot.store.keys import Digest, Keyring, normalise
from bot.store.models import (
    CHANNELS,
    STATUSES,
    ConversationMemory,
    DigestCount,
    FindingRecord,
    MemoryRecord,
    RecordResult,
    StoredConversation,
    StoredFinding,
    StoredMessage,
)
from bot.store.schema import MIGRATIONS, migrate, schema_version
from bot.store.store import Store
from bot.store.writer import AsyncStore

__all__ = [
    "CHANNELS",
    "MIGRATIONS",
    "STATUSES",
    "AsyncStore",
    "ConversationMemory",
    "Digest",
    "DigestCount",
    "FindingRecord",
    "Keyring",
    "KeyringError",
    "KeyringMissingError",
    "MemoryRecord",
    "MigrationError",
    "RecordResult",
    "Store",
    "StoreClosedError",
    "StoreError",
    "StoredConversation",
    "StoredFinding",
    "StoredMessage",
    "UnknownConversationError",
    "migrate",
    "normalise",
    "schema_version",
]
