"""Keyed digests of personal values, so the audit log can be searched without holding values.

A privacy officer must be able to answer "in which messages did BSN 111222333 occur?" (an
access or erasure request, article 15/17 AVG) although the service never stores that BSN.
The audit log therefore keeps HMAC-SHA256(key, normalise(value)) per finding. A plain hash
would not do: a BSN or a phone number has so few possible values that anyone holding the
database could hash them all; without the key the digests say nothing.

The keys live in a small keyring file (``keys.json``, mode 0600). The newest key is used for
new digests; older keys stay so that values digested before a rotation can still be found —
a lookup computes the digest under every key. Whoever holds both the keyring and the database
can still test guesses, so the keyring belongs on storage the database backups do not include
(pass another path to :class:`Keyring` for that).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import threading
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from bot.store.errors import KeyringError, KeyringMissingError

log = logging.getLogger(__name__)

KEYRING_FILE = "keys.json"
KEY_BYTES = 32
KEYRING_FORMAT = 1
FILE_MODE = 0o600
#: what the keyring key is derived for when it keys a caller's own ids (see caller_ref)
CALLER_ID_PURPOSE = "privacywacht caller id v1"
CALLER_REF_PREFIX = "hmac:"

#: Types compared as words: case and runs of whitespace do not matter, punctuation does
#: (``j.de-vries@example.nl`` is not ``jdevries@example.nl``). The same split as
#: ``pipelines.anonymize.normalise``, so "the same value" means the same thing in placeholders
#: and in lookups. Every other type is an identifier.
TEXT_TYPES = frozenset(
    {
        "PERSON",
        "EMAIL",
        "LOCATION",
        "ADDRESS",
        "ORGANIZATION",
        "URL",
        "HEALTH",
        "SPECIAL",
        "DATE_OF_BIRTH",
    }
)
#: Identifiers are written with all kinds of grouping: ``1234 AB``, ``06-1234 5678``,
#: ``NL91 ABNA 0417 1643 00``, ``12-AB-34``, ``111.222.333``.
_SEPARATORS = re.compile(r"[\s.\-/()_]+")
#: ``+31 (0)6 ...``: the trunk zero written next to the country code.
_TRUNK_ZERO = re.compile(r"\(\s*0\s*\)")


class Digest(NamedTuple):
    """One keyed digest: which key made it, and the hex HMAC-SHA256."""

    key_id: str
    hex: str


def normalise(entity_type: str, value: str) -> str:
    """The form two spellings of one value share, so a lookup finds either spelling.

    Unicode is NFKC-normalised first (a full-width digit or a decomposed ``é`` is the same
    character to a reader). Words (names, e-mail addresses, addresses) are casefolded with
    whitespace collapsed; identifiers lose case and separators. Dutch phone numbers written
    internationally (``+31 6 ...``, ``0031 6 ...``, ``+31 (0)6 ...``) become the national
    ``06...``, because customers write both and an officer should not have to try each.
    """
    text = unicodedata.normalize("NFKC", value)
    if entity_type in TEXT_TYPES:
        return " ".join(text.casefold().split())
    if entity_type == "PHONE":
        text = _TRUNK_ZERO.sub("", text)
    compact = _SEPARATORS.sub("", text).casefold()
    if entity_type == "PHONE":
        if compact.startswith("+31"):
            compact = "0" + compact[3:]
        elif compact.startswith("0031"):
            compact = "0" + compact[4:]
    return compact


@dataclass(frozen=True)
class _Key:
    key_id: str
    created_at: str
    secret: bytes = field(repr=False)


class Keyring:
    """The HMAC keys in ``keys.json``; created with one fresh key on first use.

    Safe to share between threads: the key list is an immutable tuple swapped under a lock,
    so digesting never sees half a rotation.
    """

    def __init__(self, path: Path, *, create: bool = True) -> None:
        """``create=False``: a missing file is a :class:`KeyringMissingError` (the caller
        knows there is data digested with the lost keys), and nothing is written."""
        self._path = Path(path)
        self._lock = threading.Lock()
        self._keys: tuple[_Key, ...] = ()
        with self._lock:
            self._keys = self._load_or_create(create)

    @classmethod
    def in_dir(cls, data_dir: Path, *, create: bool = True) -> Keyring:
        """The keyring at ``data_dir/keys.json``."""
        return cls(Path(data_dir) / KEYRING_FILE, create=create)

    def __repr__(self) -> str:
        return f"Keyring(path={str(self._path)!r}, key_ids={list(self.key_ids)!r})"

    @property
    def path(self) -> Path:
        return self._path

    @property
    def active_key_id(self) -> str:
        """The id of the key new digests are made with (the newest)."""
        return self._keys[-1].key_id

    @property
    def key_ids(self) -> tuple[str, ...]:
        """All key ids, oldest first."""
        return tuple(key.key_id for key in self._keys)

    def rotate(self) -> str:
        """Add a fresh key and make it the active one; returns its id.

        Old keys stay: digests made with them remain findable. The file is re-read first so
        a key added by another process since we loaded is not dropped, then replaced
        atomically (a crash leaves the old file or the new one, never half of one).
        """
        with self._lock:
            keys = self._read() if self._path.exists() else self._keys
            keys = (*keys, _new_key({key.key_id for key in keys}))
            self._write(keys, replace=True)
            self._keys = keys
            return keys[-1].key_id

    def reload(self) -> None:
        """Pick up keys another process added (a rotation from the command line)."""
        with self._lock:
            self._keys = self._read()

    def digest(self, entity_type: str, value: str) -> Digest:
        """The digest under the active key: what the store writes for a new finding."""
        key = self._keys[-1]
        return Digest(key.key_id, _hmac(key.secret, normalise(entity_type, value)))

    def digest_with(self, key_id: str, entity_type: str, value: str) -> Digest:
        """The digest under one named key (for re-checking a stored row)."""
        for key in self._keys:
            if key.key_id == key_id:
                return Digest(key.key_id, _hmac(key.secret, normalise(entity_type, value)))
        raise KeyringError(f"unknown key id {key_id!r}")

    def derived_key(self, key_id: str, purpose: str) -> bytes:
        """A key for another use of the keyring key ``key_id`` (e.g. conversation memory):
        HMAC(key, purpose), so that its digests never equal the audit log's."""
        for key in self._keys:
            if key.key_id == key_id:
                return hmac.new(key.secret, purpose.encode(), hashlib.sha256).digest()
        raise KeyringError(f"unknown key id {key_id!r}")

    def caller_ref(self, value: str, key_id: str | None = None) -> str:
        """How an id a caller chose (an API ``conversation_id``, an ``Idempotency-Key``) is
        stored: ``hmac:<key id>:<hex>``, keyed with a key derived for this use only.

        Callers put anything in their ids — an e-mail address as conversation id, a BSN in
        an idempotency key — so the value itself is never kept; the same value always gives
        the same ref under one key, which is all a lookup needs. Exact, not normalised: ids
        differ by case. ``key_id`` defaults to the active key.
        """
        key_id = key_id if key_id is not None else self.active_key_id
        secret = self.derived_key(key_id, CALLER_ID_PURPOSE)
        digest = hmac.new(secret, value.encode("utf-8"), hashlib.sha256).hexdigest()
        return f"{CALLER_REF_PREFIX}{key_id}:{digest}"

    def caller_refs(self, value: str) -> list[str]:
        """:meth:`caller_ref` under every key, newest first: what a lookup must match."""
        return [self.caller_ref(value, key.key_id) for key in reversed(self._keys)]

    def lookup_digests(self, entity_type: str, value: str) -> list[Digest]:
        """The digest under every key, newest first: what a search must match against."""
        normalised = normalise(entity_type, value)
        return [Digest(key.key_id, _hmac(key.secret, normalised)) for key in reversed(self._keys)]

    # -- file handling -------------------------------------------------------------------

    def _load_or_create(self, create: bool) -> tuple[_Key, ...]:
        if self._path.exists():
            return self._read()
        if not create:
            raise KeyringMissingError(
                f"keyring file {self._path.name} is missing beside data digested with its keys;"
                " restore it from the backup of the key files"
            )
        self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        keys = (_new_key(set()),)
        try:
            self._write(keys, replace=False)
        except FileExistsError:
            # another process created it between our check and our write: use theirs
            return self._read()
        return keys

    def _read(self) -> tuple[_Key, ...]:
        try:
            mode = self._path.stat().st_mode & 0o777
            if mode & 0o077:
                os.chmod(self._path, FILE_MODE)
                log.warning("keyring file was readable by others; permissions set to 0600")
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeyringError("keyring file not found") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            raise KeyringError("keyring file is unreadable") from None
        return _parse(data)

    def _write(self, keys: tuple[_Key, ...], *, replace: bool) -> None:
        """Write to a private temporary file, then move (or link) it into place.

        The temporary file is created 0600 with ``O_EXCL`` so the secret is never readable by
        others, not even for a moment; ``os.link`` refuses to overwrite, which makes the first
        creation safe against a concurrent first creation.
        """
        payload = json.dumps(
            {
                "format": KEYRING_FORMAT,
                "keys": [
                    {"id": k.key_id, "created_at": k.created_at, "secret": k.secret.hex()}
                    for k in keys
                ],
            },
            indent=2,
        ).encode("utf-8")
        tmp = self._path.with_name(f".{self._path.name}.{secrets.token_hex(6)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            os.fchmod(fd, FILE_MODE)  # the umask may have taken bits away, never added any
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            if replace:
                os.replace(tmp, self._path)
            else:
                os.link(tmp, self._path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        _fsync_dir(self._path.parent)


def _hmac(secret: bytes, normalised: str) -> str:
    return hmac.new(secret, normalised.encode("utf-8"), hashlib.sha256).hexdigest()


def _new_key(taken: set[str]) -> _Key:
    key_id = secrets.token_hex(4)
    while key_id in taken:
        key_id = secrets.token_hex(4)
    created = datetime.now(UTC).isoformat(timespec="seconds")
    return _Key(key_id, created, secrets.token_bytes(KEY_BYTES))


def _parse(data: Any) -> tuple[_Key, ...]:
    """Validate the file's content; errors say what is wrong, never what is there."""
    if not isinstance(data, dict) or data.get("format") != KEYRING_FORMAT:
        raise KeyringError("keyring file has an unknown format")
    entries = data.get("keys")
    if not isinstance(entries, list) or not entries:
        raise KeyringError("keyring file holds no keys")
    keys: list[_Key] = []
    for entry in entries:
        try:
            key = _Key(str(entry["id"]), str(entry["created_at"]), bytes.fromhex(entry["secret"]))
        except (KeyError, TypeError, ValueError):
            raise KeyringError("keyring file has a malformed key") from None
        if not key.key_id or len(key.secret) != KEY_BYTES:
            raise KeyringError("keyring file has a malformed key")
        keys.append(key)
    if len({key.key_id for key in keys}) != len(keys):
        raise KeyringError("keyring file has duplicate key ids")
    return tuple(keys)


def _fsync_dir(directory: Path) -> None:
    """Make the rename durable; not every platform lets a directory be opened for this."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
