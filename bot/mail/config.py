"""``[mail]`` settings: where mail comes in (IMAP, LMTP) and where the clean copy goes (SMTP).

Every way in is off until configured: IMAP when ``imap_host`` is set, LMTP when ``lmtp_port``
is set, forwarding when ``forward_to`` is set. Validation errors name the key, never a value
(passwords live here).

``forward_attachments`` is off the same way: binary attachments (images, PDFs, office files)
reach the helpdesk only for the media types listed, because a screenshot or a scan cannot be
redacted and may show anything. Text attachments are redacted and always forwarded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from bot.settings import SettingsError, dataclass_values

AFTER_PROCESSING = ("delete", "move", "keep")
SECURITY = ("ssl", "starttls", "none")
#: ``type/subtype``, ``type/*`` or ``*/*`` (RFC 6838 names, case-insensitive)
_TOKEN = r"[a-z0-9][a-z0-9!#$&^_.+-]*"
_MEDIA_RANGE = re.compile(rf"^(?:\*/\*|{_TOKEN}/(?:\*|{_TOKEN}))$")


@dataclass(frozen=True)
class MailConfig:
    # IMAP inbox (polled with IDLE)
    imap_host: str | None = None
    imap_port: int = 993
    imap_security: str = "ssl"
    username: str = ""
    password: str = field(default="", repr=False)
    mailbox: str = "INBOX"
    #: what happens to the original once its redacted form is committed (and forwarded)
    after_processing: str = "delete"
    move_to: str = "Verwerkt"
    #: IDLE is renewed this often (RFC 2177: servers may drop it after 30 minutes)
    idle_timeout_s: float = 300.0
    #: without IDLE support, poll this often
    poll_interval_s: float = 30.0
    #: wait before retrying after a failure (doubles up to ``max_backoff_s``)
    retry_backoff_s: float = 2.0
    max_backoff_s: float = 300.0
    # LMTP listener (an MTA such as Postfix delivers here)
    lmtp_host: str = "127.0.0.1"
    lmtp_port: int | None = None
    # SMTP towards the helpdesk
    forward_to: str | None = None
    forward_from: str | None = None
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 25
    smtp_security: str = "none"
    smtp_username: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_timeout_s: float = 30.0
    smtp_attempts: int = 3
    #: mails larger than this are refused (LMTP 552) or left in the inbox, flagged
    max_message_bytes: int = 25_000_000
    #: policy purpose applied to mail (None: the default purpose)
    purpose: str | None = None
    #: binary attachment types forwarded unchanged ("application/pdf", "image/*"); empty: none.
    #: Text attachments are redacted and forwarded regardless; identity documents never.
    forward_attachments: tuple[str, ...] = ()

    @property
    def imap_enabled(self) -> bool:
        return bool(self.imap_host)

    @property
    def lmtp_enabled(self) -> bool:
        return self.lmtp_port is not None

    def allows_attachment(self, content_type: str) -> bool:
        """Whether ``forward_attachments`` lets a binary attachment of this type through."""
        content_type = content_type.lower()
        major = content_type.partition("/")[0]
        return any(
            allowed in ("*/*", content_type, f"{major}/*") for allowed in self.forward_attachments
        )

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any]) -> MailConfig:
        # a list, which the shared coercion (strings and numbers) does not take: read apart
        scalars = {key: value for key, value in table.items() if key != "forward_attachments"}
        config = cls(**dataclass_values("mail", cls, scalars))
        if "forward_attachments" in table:
            config = replace(
                config, forward_attachments=_media_ranges(table["forward_attachments"])
            )
        if config.after_processing not in AFTER_PROCESSING:
            raise SettingsError(f"[mail] after_processing must be one of {AFTER_PROCESSING}")
        for key in ("imap_security", "smtp_security"):
            if getattr(config, key) not in SECURITY:
                raise SettingsError(f"[mail] {key} must be one of {SECURITY}")
        if config.imap_enabled and not (config.username and config.password):
            raise SettingsError("[mail] imap_host needs username and password")
        if config.after_processing == "move" and not config.move_to:
            raise SettingsError("[mail] after_processing = 'move' needs move_to")
        return config


def _media_ranges(value: Any) -> tuple[str, ...]:
    """``forward_attachments`` as lower-case media ranges. A TOML list, or from the
    environment a JSON list or one comma-separated string; empty or absent: none."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise SettingsError("[mail] forward_attachments must be a list of media types")
    ranges = tuple(dict.fromkeys(v.strip().lower() for v in value if v.strip()))
    for item in ranges:
        if not _MEDIA_RANGE.match(item):
            raise SettingsError(
                "[mail] forward_attachments: each entry is a media type such as"
                ' "application/pdf" or "image/*"'
            )
    return ranges
