"""The ``[webhooks.zendesk]`` table and the Retry-After parser."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime

import pytest

from bot.writeback import ConfigError, ZendeskConfig, ZendeskWriteBack, parse_retry_after

TOML = """
[webhooks.zendesk]
subdomain = "acme"
email = "agent@acme.nl"
api_token = "zd-secret-token"
secret = "webhook-signing-secret"
write_back = true
"""


def test_toml_table_with_subdomain():
    table = tomllib.loads(TOML)["webhooks"]["zendesk"]
    config = ZendeskConfig.from_mapping(table)
    assert config.base_url == "https://acme.zendesk.com"
    assert (config.email, config.api_token, config.oauth_token) == (
        "agent@acme.nl",
        "zd-secret-token",
        None,
    )
    assert config.write_back is True
    assert (config.timeout, config.retries, config.endpoint) == (10.0, 3, "comment_redactions")
    assert "zd-secret-token" not in repr(config)


def test_defaults_are_receive_only():
    config = ZendeskConfig.from_mapping({"subdomain": "acme"})
    assert config.write_back is False
    assert ZendeskWriteBack(config).enabled is False


def test_oauth_and_base_url():
    config = ZendeskConfig.from_mapping(
        {"base_url": "https://support.acme.nl/", "oauth_token": "tok", "write_back": True}
    )
    assert config.base_url == "https://support.acme.nl"
    assert "tok" not in repr(config)


def test_plain_http_only_to_localhost():
    assert ZendeskConfig.from_mapping({"base_url": "http://127.0.0.1:8080"}).base_url
    with pytest.raises(ConfigError, match="https"):
        ZendeskConfig.from_mapping({"base_url": "http://acme.zendesk.com"})


@pytest.mark.parametrize(
    "table",
    [
        {"subdomain": "acme", "write_back": True},  # no credentials
        {"subdomain": "acme", "write_back": True, "api_token": "t"},  # token without email
        {
            "subdomain": "acme",
            "write_back": True,
            "email": "a@b.nl",
            "api_token": "t",
            "oauth_token": "o",
        },  # both
        {"write_back": True, "oauth_token": "o"},  # nowhere to send it
        {"subdomain": "acme", "base_url": "https://acme.zendesk.com"},
        {"subdomain": "acme.evil.com"},
        {"subdomain": "Acme_Support"},
        {"base_url": "ftp://acme.zendesk.com"},
        {"base_url": "https://acme.zendesk.com/?token=x"},
        {"base_url": "https://user:pw@acme.zendesk.com"},
        {"write_back": "yes"},
        {"timeout": 0},
        {"timeout": "10"},
        {"retries": -1},
        {"retries": 2.5},
        {"endpoint": "graphql"},
    ],
)
def test_bad_tables_are_refused(table):
    with pytest.raises(ConfigError) as caught:
        ZendeskConfig.from_mapping(table)
    assert "zd-secret-token" not in str(caught.value)


def test_secret_values_never_appear_in_config_errors():
    table = {"subdomain": "acme", "write_back": True, "api_token": "zd-secret-token"}
    with pytest.raises(ConfigError) as caught:
        ZendeskConfig.from_mapping(table)
    assert "zd-secret-token" not in str(caught.value)


def test_retry_after_parsing():
    now = datetime(2026, 11, 21, 9, 0, 0, tzinfo=UTC)
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("Sat, 21 Nov 2026 09:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Sat, 21 Nov 2026 08:59:00 GMT", now=now) == 0.0
    assert parse_retry_after("-5") == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("nan") is None
