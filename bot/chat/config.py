"""``[chat]`` settings: the web chat and where a chat goes when a person must take over."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.chat.handover import HANDOVER_MODES
from bot.settings import SettingsError, dataclass_values


@dataclass(frozen=True)
class ChatConfig:
    enabled: bool = True
    #: "smtp" (to ``[mail] forward_to``), "webhook" (``handover_url``) or "none"; the default
    #: "auto" is "smtp" when a forward address is configured, else "none"
    handover: str = "auto"
    handover_url: str | None = None
    handover_secret: str = field(default="", repr=False)
    #: From address of handover mails (chats have no customer address)
    handover_from: str = "chat@privacywacht.invalid"
    purpose: str | None = None
    #: a WebSocket frame larger than this closes the socket (aiohttp's limit); keep it above
    #: ``[limits] max_message_chars`` (JSON may spend 6 bytes on one character) so long
    #: messages get the clear error frame instead
    max_frame_bytes: int = 262_144
    #: how often failed handovers are sent again
    retry_interval_s: float = 60.0

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any], forward_to: str | None) -> ChatConfig:
        values = dataclass_values("chat", cls, table)
        config = cls(**values)
        handover = config.handover
        if handover == "auto":
            handover = "smtp" if forward_to else "none"
        if handover not in HANDOVER_MODES:
            raise SettingsError(f"[chat] handover must be one of {('auto', *HANDOVER_MODES)}")
        if handover == "smtp" and not forward_to:
            raise SettingsError("[chat] handover = 'smtp' needs [mail] forward_to")
        if handover == "webhook" and not (config.handover_url and config.handover_secret):
            raise SettingsError(
                "[chat] handover = 'webhook' needs handover_url and handover_secret"
            )
        return cls(**{**values, "handover": handover})
