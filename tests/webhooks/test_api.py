"""The package's public surface: provider names, dispatch, and derived event ids."""

from __future__ import annotations

import hashlib
import json

import pytest

import bot.webhooks as webhooks
from bot.webhooks import PROVIDERS, PayloadError, derive_event_id, parse


def test_providers_tuple() -> None:
    assert PROVIDERS == ("zendesk", "zammad", "helpscout", "chatwoot", "freshdesk")
    assert isinstance(PROVIDERS, tuple)


def test_public_names_are_exported() -> None:
    for name in webhooks.__all__:
        assert hasattr(webhooks, name), name


def test_module_does_not_import_aiohttp() -> None:
    import bot.webhooks.fields
    import bot.webhooks.payloads
    import bot.webhooks.signatures

    for module in (bot.webhooks.signatures, bot.webhooks.payloads, bot.webhooks.fields):
        assert "aiohttp" not in vars(module)


@pytest.mark.parametrize("provider", ["jira", "Zendesk", "", None])
def test_parse_refuses_unknown_providers(provider) -> None:
    with pytest.raises(PayloadError) as excinfo:
        parse(provider, b"{}")
    assert (excinfo.value.provider, excinfo.value.reason) == ("unknown", "unknown provider")


def test_derive_event_id_is_sha256_of_the_json_encoded_parts() -> None:
    expected = hashlib.sha256(json.dumps(["zammad", "81", "104"]).replace(" ", "").encode())
    assert derive_event_id("zammad", "81", "104") == "sha256:" + expected.hexdigest()


def test_derive_event_id_keeps_parts_apart() -> None:
    assert derive_event_id("zammad", "1", "23") != derive_event_id("zammad", "12", "3")
    assert derive_event_id("zammad", "1", "2") != derive_event_id("chatwoot", "1", "2")
    assert derive_event_id("zammad", "1", "2") == derive_event_id("zammad", "1", "2")


def test_parse_returns_a_list_even_for_ignored_events() -> None:
    ignored = json.dumps({"event": "conversation_created"}).encode()
    assert parse("chatwoot", ignored) == []
