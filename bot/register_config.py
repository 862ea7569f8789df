"""``[register]`` settings: the keys that protect requesters, identity checks, reviewer tokens.

Why a module of its own: the service, the ``privacywacht register`` command and the tests
must open the register with the very same keys — a register opened with another HMAC key
would no longer recognise anyone (:class:`bot.store.register.HmacKeyMismatchError`).

Where the keys come from, first match wins:

1. ``[register] hmac_key``, ``keys`` and ``active_key`` — in a config file or, better, in the
   environment (``PRIVACYWACHT_REGISTER_HMAC_KEY``, ``PRIVACYWACHT_REGISTER_KEYS='{"2026":
   "<Fernet key>"}'``, ``PRIVACYWACHT_REGISTER_ACTIVE_KEY=2026``);
2. otherwise a key file (``key_file``, default ``<data_dir>/register-keys.json``, mode 0600)
   that is created once with fresh random keys, so the embedded defaults work unedited.

A key file beside the register protects a stolen register file but not a stolen data
directory; production setups should pass the keys in the environment or point ``key_file``
at storage the backups of the data directory do not include. Errors name keys, never values.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet

from bot.settings import Settings, SettingsError, dataclass_values
from bot.store.db import holds_data
from bot.store.register import REGISTER_FILE, Register

log = logging.getLogger("privacywacht.register")

KEY_FILE = "register-keys.json"
KEY_FILE_MODE = 0o600
#: The HMAC key is text (its UTF-8 bytes are the key); shorter ones are refused.
MIN_HMAC_KEY_CHARS = 32
VERIFY_METHODS = ("email", "none")


@dataclass(frozen=True)
class RegisterKeys:
    """What :class:`bot.store.register.Register` needs to open: never printed."""

    keys: Mapping[str, str] = field(repr=False)
    active_key_id: str
    hmac_key: bytes = field(repr=False)


@dataclass(frozen=True)
class RegisterConfig:
    """The ``[register]`` table. Every key has a default, so the table may be absent."""

    hmac_key: str = field(default="", repr=False)
    keys: Mapping[str, str] = field(default_factory=dict, repr=False)
    active_key: str = ""
    key_file: str = ""
    #: "email": a one-time link and code go to the address the request came from; "none":
    #: the officer checks identity by other means (the request starts as "received").
    verify: str = "email"
    #: Sender of the verification mail; empty: ``[mail] forward_from``.
    verify_from: str = ""
    verify_ttl_hours: int = 72
    #: Where customers reach this service (for the link in the verification mail); empty:
    #: ``http://<[service] host>:<[service] port>``.
    public_url: str = ""
    #: Privacy officers' bearer tokens for the register API: ``name = "token"``. The name is
    #: the actor in the request's history.
    reviewers: Mapping[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any]) -> RegisterConfig:
        table = dict(table)
        keys = _string_table(table.pop("keys", {}), "keys")
        reviewers = _string_table(table.pop("reviewers", {}), "reviewers")
        values = dataclass_values("register", cls, table)
        config = cls(keys=keys, reviewers=reviewers, **values)
        if config.verify not in VERIFY_METHODS:
            raise SettingsError(f"[register] verify must be one of {', '.join(VERIFY_METHODS)}")
        if config.verify_ttl_hours <= 0:
            raise SettingsError("[register] verify_ttl_hours must be positive")
        if len(set(reviewers.values())) != len(reviewers):
            raise SettingsError("[register] reviewers must each have their own token")
        return config

    @classmethod
    def from_settings(cls, settings: Settings) -> RegisterConfig:
        table = settings.raw.get("register", {})
        if not isinstance(table, Mapping):
            raise SettingsError("[register] must be a table")
        return cls.from_mapping(table)

    def key_path(self, data_dir: Path) -> Path:
        return Path(self.key_file) if self.key_file else Path(data_dir) / KEY_FILE

    @property
    def uses_key_file(self) -> bool:
        return not (self.hmac_key or self.keys or self.active_key)

    def resolve_keys(self, data_dir: Path) -> RegisterKeys:
        """The configured keys, else those of the key file — created only while the register
        beside it holds no data (see :func:`missing_key_file_error`)."""
        if not self.uses_key_file:
            return _checked(self.keys, self.active_key, self.hmac_key, "[register]")
        register = Path(data_dir) / REGISTER_FILE
        return load_or_create_key_file(
            self.key_path(data_dir), create=not holds_data(register), register=register
        )


def load_or_create_key_file(
    path: Path, *, create: bool = True, register: Path | None = None
) -> RegisterKeys:
    """The keys in ``path``; a missing file is created with fresh keys (0600, never logged),
    unless ``create`` is False: then it is a :class:`SettingsError` naming the file and the
    register (``register``) that needs it, and nothing is written."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if not create:
            raise missing_key_file_error(path, register or path.with_name(REGISTER_FILE)) from None
        return _create_key_file(path)
    except (OSError, ValueError):
        raise SettingsError(f"register key file {path} is unreadable or not JSON") from None
    if not isinstance(data, dict):
        raise SettingsError(f"register key file {path} must hold a JSON object")
    return _checked(data.get("keys"), data.get("active_key"), data.get("hmac_key"), str(path))


def missing_key_file_error(path: Path, data: Path) -> SettingsError:
    """Why the service does not start when the register's key file is gone (Dutch: it is
    printed by the command line, like every start-up error)."""
    return SettingsError(
        f"sleutelbestand ontbreekt: {path}. Het register {data} bevat al aanvragen die met"
        f" die sleutels zijn versleuteld en gehasht; zonder dat bestand herkent het niemand."
        f" Zet {path.name} terug uit de back-up van de sleutelbestanden (of geef de sleutels"
        " op met [register] hmac_key, keys en active_key). Er is niets geschreven: nieuwe"
        " sleutels maakt privacywacht alleen bij een register zonder gegevens."
    )


def _create_key_file(path: Path) -> RegisterKeys:
    key_id = "k1"
    data = {
        "hmac_key": secrets.token_urlsafe(32),
        "keys": {key_id: Fernet.generate_key().decode("ascii")},
        "active_key": key_id,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, KEY_FILE_MODE)
    except FileExistsError:  # another process created it first: use theirs
        return load_or_create_key_file(path)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2)
        handle.write("\n")
        handle.flush()
        os.fsync(handle.fileno())
    log.info("register.keys_created", extra={"ctx": {"path": path.name}})
    return _checked(data["keys"], data["active_key"], data["hmac_key"], str(path))


def _checked(keys: Any, active: Any, hmac_key: Any, where: str) -> RegisterKeys:
    if not isinstance(keys, Mapping) or not keys:
        raise SettingsError(f"{where}: keys must be a table of key id = Fernet key")
    if not all(isinstance(k, str) and k and isinstance(v, str) for k, v in keys.items()):
        raise SettingsError(f"{where}: keys must map key ids to Fernet keys (strings)")
    if not isinstance(active, str) or active not in keys:
        raise SettingsError(f"{where}: active_key must name one of the keys")
    for key_id, key in keys.items():
        try:
            Fernet(key)
        except (ValueError, TypeError):
            raise SettingsError(f"{where}: key {key_id!r} is not a valid Fernet key") from None
    if not isinstance(hmac_key, str) or len(hmac_key) < MIN_HMAC_KEY_CHARS:
        raise SettingsError(f"{where}: hmac_key must be at least {MIN_HMAC_KEY_CHARS} characters")
    return RegisterKeys(dict(keys), active, hmac_key.encode("utf-8"))


def _string_table(value: Any, key: str) -> dict[str, str]:
    if isinstance(value, str) and value.strip().startswith("{"):
        try:
            value = json.loads(value)
        except ValueError:
            raise SettingsError(f"[register] {key} must be a table") from None
    if value in ("", None):
        return {}
    if not isinstance(value, Mapping):
        raise SettingsError(f"[register] {key} must be a table")
    if not all(isinstance(k, str) and k and isinstance(v, str) and v for k, v in value.items()):
        raise SettingsError(f"[register] {key} must map names to non-empty strings")
    return dict(value)


def open_register(config: RegisterConfig, data_dir: Path) -> Register:
    """The service's register at ``<data_dir>/register.db`` with the configured keys."""
    keys = config.resolve_keys(data_dir)
    return Register.in_dir(data_dir, keys.keys, keys.active_key_id, keys.hmac_key)
