"""Exceptions of the storage layer.

Every message here is a fixed sentence or names a field, a table or a key id — never a value
from a message or a finding. Exceptions end up in logs, error responses and bug reports, and
the whole point of this service is that personal data ends up in none of those.
"""

from __future__ import annotations


class StoreError(Exception):
    """Something in the storage layer went wrong; the message never carries message data."""


class StoreClosedError(StoreError):
    """The store was closed; raised instead of a confusing sqlite or executor error."""


class UnknownConversationError(StoreError):
    """A message named a conversation id that is not in the database."""


class KeyringError(StoreError):
    """The keyring file is missing a key, unreadable or malformed."""


class KeyringMissingError(KeyringError):
    """The keyring file is gone while the database beside it holds data digested with it:
    no new keys are made then (they could never check the old digests)."""


class MigrationError(StoreError):
    """The database has a schema version this code does not know (newer code wrote it)."""
