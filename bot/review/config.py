"""``[review]`` settings of the review web UI. Every key has a default, so the table may be
absent; the defaults are the safe choice for a service reached directly over HTTP(S)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.review.labels import purpose_words
from bot.settings import Settings, SettingsError, dataclass_values
from pipelines.policy import load_policy

__all__ = ["ReviewConfig"]


@dataclass(frozen=True)
class ReviewConfig:
    """Session lifetimes, login throttling and whether a reverse proxy is trusted."""

    #: A session ends after this many minutes without a request.
    idle_minutes: int = 30
    #: ... and this many hours after login, however busy: a stolen cookie is worth a day at most.
    absolute_hours: int = 8
    #: Failed logins per name and per client address within the window before 429.
    login_failures: int = 5
    login_window_minutes: int = 15
    #: Believe ``X-Forwarded-Proto`` (for the cookie's ``Secure``) and ``X-Forwarded-For``
    #: (for throttling per address). Only behind a proxy that sets both and strips what the
    #: client sent: otherwise any client could claim to be anyone.
    trust_proxy: bool = False
    #: Purpose name -> the words reviewers read for it (not a ``[review]`` key: taken from
    #: the policy file the service runs with, see :meth:`from_settings`).
    purposes: Mapping[str, str] = field(default_factory=lambda: purpose_words_of(None))

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any]) -> ReviewConfig:
        if "purposes" in table:
            raise SettingsError("[review] unknown keys: purposes")
        config = cls(**dataclass_values("review", cls, table))
        for key in ("idle_minutes", "absolute_hours", "login_failures", "login_window_minutes"):
            if getattr(config, key) <= 0:
                raise SettingsError(f"[review] {key} must be positive")
        return config

    @classmethod
    def from_settings(cls, settings: Settings) -> ReviewConfig:
        table = settings.raw.get("review", {})
        if not isinstance(table, Mapping):
            raise SettingsError("[review] must be a table")
        config = cls.from_mapping(table)
        return replace(config, purposes=purpose_words_of(settings.policy_file))

    @property
    def idle(self) -> timedelta:
        return timedelta(minutes=self.idle_minutes)

    @property
    def lifetime(self) -> timedelta:
        return timedelta(hours=self.absolute_hours)

    @property
    def login_window(self) -> timedelta:
        return timedelta(minutes=self.login_window_minutes)


@functools.cache
def purpose_words_of(policy_file: Path | None) -> Mapping[str, str]:
    """Purpose name -> words (:func:`bot.review.labels.purpose_words`) from a policy file
    (``None``: the shipped one). Empty when the file cannot be read: the pages then name a
    purpose by its key, and the engine, which needs the file, reports the error itself."""
    try:
        policy = load_policy(policy_file)
    except (OSError, ValueError):  # PolicyError and TOMLDecodeError are ValueErrors
        return {}
    return {name: purpose_words(p.description, name) for name, p in policy.purposes.items()}
