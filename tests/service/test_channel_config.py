"""``[mail]`` and ``[chat]`` settings, and the signed webhook handover of a chat."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json

import pytest
from aiohttp import web

from bot.chat.config import ChatConfig
from bot.chat.handover import SIGNATURE_HEADER, ChatMessage, HandoverError, WebhookHandover
from bot.mail.config import MailConfig
from bot.service_config import ServiceConfig
from bot.settings import SettingsError, load_settings
from tests.ports import free_port
from tests.service.harness import BackgroundServer


def test_embedded_defaults_turn_every_mail_intake_off_and_the_chat_on() -> None:
    config = ServiceConfig.from_settings(load_settings(None))
    assert not config.mail.imap_enabled and not config.mail.lmtp_enabled
    assert config.mail.forward_to is None and config.mail.after_processing == "delete"
    assert config.chat.enabled and config.chat.handover == "none"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"after_processing": "archive"}, "after_processing must be one of"),
        ({"imap_security": "tls"}, "imap_security must be one of"),
        ({"imap_host": "imap.example.nl"}, "needs username and password"),
        ({"imap_port": "negen"}, "imap_port must be a number"),
        ({"passwd": "x"}, "unknown keys: passwd"),
    ],
)
def test_bad_mail_settings_name_the_key_not_the_value(table: dict, message: str) -> None:
    with pytest.raises(SettingsError, match=message) as error:
        MailConfig.from_mapping({"password": "geheim-123", **table})
    assert "geheim-123" not in str(error.value)


def test_mail_settings_from_the_environment_are_coerced() -> None:
    config = MailConfig.from_mapping(
        {"imap_host": "imap.example.nl", "imap_port": "1143", "username": "u", "password": "p"}
    )
    assert config.imap_enabled and config.imap_port == 1143
    assert "password" not in repr(config)  # repr=False: secrets stay out of logs and tracebacks


@pytest.mark.parametrize(
    ("table", "forward_to", "expected"),
    [
        ({}, None, "none"),
        ({}, "helpdesk@example.nl", "smtp"),
        ({"handover": "none"}, "helpdesk@example.nl", "none"),
        ({"handover": "webhook", "handover_url": "http://h", "handover_secret": "s"}, None,
         "webhook"),
    ],
)  # fmt: skip
def test_chat_handover_follows_the_configuration(table, forward_to, expected) -> None:
    assert ChatConfig.from_mapping(table, forward_to).handover == expected


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"handover": "smtp"}, "needs \\[mail\\] forward_to"),
        ({"handover": "webhook"}, "needs handover_url and handover_secret"),
        ({"handover": "fax"}, "handover must be one of"),
        ({"colour": "blue"}, "unknown keys"),
        ({"enabled": "nee"}, "enabled must be true or false"),
        ({"retry_interval_s": "vaak"}, "retry_interval_s must be a number"),
    ],
)
def test_bad_chat_settings_are_refused(table: dict, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        ChatConfig.from_mapping(table, None)


class Receiver:
    """A helpdesk endpoint that records what it was sent; answers ``status``."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.received: list[tuple[bytes, dict[str, str]]] = []
        self.app = web.Application()
        self.app.router.add_post("/hook", self.hook)

    async def hook(self, request: web.Request) -> web.Response:
        self.received.append((await request.read(), dict(request.headers)))
        return web.Response(status=self.status)


MESSAGE = ChatMessage("conv-1", "msg-1", "Mijn BSN is [BSN-1].", "nl", True)


def test_webhook_handover_is_signed_and_carries_only_redacted_text() -> None:
    receiver = Receiver()
    with BackgroundServer(receiver.app) as server:
        handover = WebhookHandover(server.base_url + "/hook", "gedeeld-geheim")
        asyncio.run(handover.send(MESSAGE))
    ((body, headers),) = receiver.received
    expected = hmac.new(b"gedeeld-geheim", body, hashlib.sha256).hexdigest()
    assert headers[SIGNATURE_HEADER] == f"sha256={expected}"
    assert json.loads(body) == {
        "conversation_id": "conv-1",
        "message_id": "msg-1",
        "channel": "chat",
        "language": "nl",
        "text": "Mijn BSN is [BSN-1].",
    }


@pytest.mark.parametrize("status", [302, 500])
def test_webhook_handover_that_is_not_accepted_raises(status: int) -> None:
    receiver = Receiver(status)
    with BackgroundServer(receiver.app) as server:
        handover = WebhookHandover(server.base_url + "/hook", "s")
        with pytest.raises(HandoverError):
            asyncio.run(handover.send(MESSAGE))


def test_webhook_handover_to_nobody_raises() -> None:
    handover = WebhookHandover(f"http://127.0.0.1:{free_port()}/hook", "s", timeout_s=2)
    with pytest.raises(HandoverError):
        asyncio.run(handover.send(MESSAGE))
