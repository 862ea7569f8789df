"""The service's own settings (``[service]``, ``[api]``, ``[webhooks.*]``) read from Settings.

Kept apart from :mod:`bot.settings` (which the command line and pipelines share) because
only the service needs ports, tokens and secrets. Validation errors name the key, never a
secret value.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.chat.config import ChatConfig
from bot.limits import LimitsConfig
from bot.mail.config import MailConfig
from bot.register_config import RegisterConfig
from bot.settings import PROJECT_ROOT, Settings, SettingsError


@dataclass(frozen=True)
class ServiceConfig:
    host: str = "127.0.0.1"
    port: int = 8080
    data_dir: Path = Path("var")
    workers: int = 2
    max_body_bytes: int = 1_048_576
    shutdown_timeout_s: float = 30.0
    #: a connection that has not sent a request's headers this long after it opened (or
    #: after its last answer) is closed (aiohttp's keep-alive timer)
    header_timeout_s: float = 15.0
    #: a request body that has not arrived this long after its headers is answered 408
    body_timeout_s: float = 30.0
    limits: LimitsConfig = field(default_factory=LimitsConfig, repr=False)
    api_tokens: tuple[str, ...] = field(default=(), repr=False)
    webhooks: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, repr=False)
    mail: MailConfig = field(default_factory=MailConfig, repr=False)
    chat: ChatConfig = field(default_factory=ChatConfig, repr=False)
    register: RegisterConfig = field(default_factory=RegisterConfig, repr=False)

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        host: str | None = None,
        port: int | None = None,
        data_dir: str | Path | None = None,
    ) -> ServiceConfig:
        raw = settings.raw
        service = raw.get("service", {})
        tokens = raw.get("api", {}).get("tokens", [])
        if isinstance(tokens, str):
            tokens = [tokens]
        if not isinstance(tokens, list) or not all(isinstance(t, str) and t for t in tokens):
            raise SettingsError("[api] tokens must be a list of non-empty strings")
        webhooks = raw.get("webhooks", {})
        if not isinstance(webhooks, Mapping):
            raise SettingsError("[webhooks] must be a table of provider tables")
        directory = Path(data_dir if data_dir is not None else service.get("data_dir", "var"))
        if not directory.is_absolute():
            directory = Path.cwd() / directory
        mail = MailConfig.from_mapping(_table(raw, "mail"))
        chat = ChatConfig.from_mapping(_table(raw, "chat"), mail.forward_to)
        return cls(
            host=host or str(service.get("host", "127.0.0.1")),
            port=_int(port if port is not None else service.get("port", 8080), "port"),
            data_dir=directory,
            workers=_int(service.get("workers", min(2, os.cpu_count() or 1)), "workers"),
            max_body_bytes=_int(service.get("max_body_bytes", 1_048_576), "max_body_bytes"),
            shutdown_timeout_s=float(service.get("shutdown_timeout_s", 30.0)),
            header_timeout_s=_seconds(service.get("header_timeout_s", 15.0), "header_timeout_s"),
            body_timeout_s=_seconds(service.get("body_timeout_s", 30.0), "body_timeout_s"),
            limits=LimitsConfig.from_mapping(_table(raw, "limits")),
            api_tokens=tuple(tokens),
            webhooks={k: v for k, v in webhooks.items() if isinstance(v, Mapping)},
            mail=mail,
            chat=chat,
            register=RegisterConfig.from_mapping(_table(raw, "register")),
        )


def _table(raw: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    table = raw.get(name, {})
    if not isinstance(table, Mapping):
        raise SettingsError(f"[{name}] must be a table")
    return table


def _seconds(value: Any, key: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise SettingsError(f"[service] {key} must be a number") from None
    if not number > 0:
        raise SettingsError(f"[service] {key} must be positive")
    return number


def _int(value: Any, key: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise SettingsError(f"[service] {key} must be a whole number") from None
    if number < 0 or (key != "port" and number == 0):
        raise SettingsError(f"[service] {key} must be positive")
    return number


__all__ = ["PROJECT_ROOT", "ServiceConfig"]
