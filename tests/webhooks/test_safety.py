"""Nothing raw in errors: no text, subject, sender, header value or body byte in an exception.

A canary string is planted in every place a webhook can carry personal data; whatever goes
wrong, it must not show up in ``str(exc)``, ``repr(exc)`` or the formatted traceback (which is
what loggers and error trackers record, chained exceptions included).
"""

from __future__ import annotations

import json
import pickle
import traceback

import pytest

from bot.webhooks import (
    PROVIDERS,
    IncomingMessage,
    PayloadError,
    SignatureError,
    WebhookError,
    parse,
    verify,
)
from tests.webhooks.signing import NOW, SECRETS, signed

CANARY = "CANARY-Wilhelmina-7f3a9"
HS_HEADERS = {"X-HelpScout-Event": "convo.customer.reply.created"}


def assert_no_canary(error: BaseException) -> None:
    rendered = "".join(traceback.format_exception(error))
    for text in (str(error), repr(error), rendered):
        assert CANARY not in text
        assert CANARY.encode().hex() not in text
    assert error.__cause__ is None
    assert error.__suppress_context__ or error.__context__ is None


def headers_for(provider: str) -> dict[str, str] | None:
    return HS_HEADERS if provider == "helpscout" else None


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize(
    "raw",
    [
        f'{{"ticket_id": "1", "comment": "{CANARY}'.encode(),  # cut off
        f'{{"comment": "{CANARY}", }}'.encode(),  # trailing comma
        f"{CANARY}".encode(),
        b'{"comment": "\xff' + CANARY.encode() + b'"}',  # not UTF-8
        f'["{CANARY}"]'.encode(),  # JSON, but not an object
    ],
)
def test_parse_error_on_a_body_with_a_canary_does_not_leak_it(provider: str, raw: bytes) -> None:
    with pytest.raises(PayloadError) as excinfo:
        parse(provider, raw, headers_for(provider))
    assert_no_canary(excinfo.value)


# valid JSON full of canaries, but each body lacks the id the provider needs
MISSING_IDS = {
    "zendesk": {
        "type": "zen:event-type:ticket.comment_added",
        "subject": CANARY,
        "detail": {"subject": CANARY, "description": CANARY},
        "event": {"comment": {"id": 1, "body": CANARY, "author": {"name": CANARY}}},
    },
    "zammad": {"ticket": {"title": CANARY}, "article": {"body": CANARY, "from": CANARY}},
    "helpscout": {"subject": CANARY, "_embedded": {"threads": []}},
    "chatwoot": {
        "event": "message_created",
        "message_type": "incoming",
        "content": CANARY,
        "sender": {"name": CANARY, "email": CANARY},
    },
    "freshdesk": {"subject": CANARY, "requester_email": CANARY, "description": CANARY},
}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_missing_field_error_names_the_field_not_the_content(provider: str) -> None:
    raw = json.dumps(MISSING_IDS[provider]).encode()
    with pytest.raises(PayloadError) as excinfo:
        parse(provider, raw, headers_for(provider))
    assert excinfo.value.reason.startswith("missing field '")
    assert_no_canary(excinfo.value)


# the canary where an id should be, or where an object should be
WRONG_VALUES = {
    "zendesk": {"ticket_id": f"{CANARY} Jansen", "comment": CANARY},
    "zammad": {"ticket": {"id": 1}, "article": {"id": 2, "body": CANARY, "internal": CANARY}},
    "helpscout": {"id": 1, "_embedded": {"threads": [CANARY]}},
    "chatwoot": {
        "event": "message_created",
        "message_type": "incoming",
        "content": "hallo",
        "id": f"{CANARY}@example.nl",
        "conversation": {"id": 3},
    },
    "freshdesk": {"ticket_id": "1", "description": "hallo", "html": CANARY},
}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_wrong_value_error_does_not_quote_the_value(provider: str) -> None:
    raw = json.dumps(WRONG_VALUES[provider]).encode()
    with pytest.raises(PayloadError) as excinfo:
        parse(provider, raw, headers_for(provider))
    assert_no_canary(excinfo.value)


def test_signature_mismatch_on_a_body_with_a_canary_does_not_leak_it() -> None:
    raw = json.dumps({"comment": CANARY}).encode()
    for provider in ("zendesk", "zammad", "helpscout", "chatwoot"):
        headers = signed(provider, b"{}")
        with pytest.raises(SignatureError) as excinfo:
            verify(provider, headers, raw, {"secret": SECRETS[provider]}, now=NOW)
        assert excinfo.value.reason == "signature mismatch"
        assert_no_canary(excinfo.value)


@pytest.mark.parametrize(
    ("provider", "headers"),
    [
        ("zendesk", {"X-Zendesk-Webhook-Signature": CANARY}),
        (
            "zendesk",
            {"X-Zendesk-Webhook-Signature": "x", "X-Zendesk-Webhook-Signature-Timestamp": CANARY},
        ),
        ("zammad", {"X-Hub-Signature": CANARY}),
        ("zammad", {"X-Hub-Signature": f"{CANARY}=abc"}),
        ("helpscout", {"X-HelpScout-Signature": CANARY}),
        ("chatwoot", {"X-Chatwoot-Signature": "sha256=ab", "X-Chatwoot-Timestamp": CANARY}),
        ("freshdesk", {"Authorization": f"Basic {CANARY}"}),
        ("freshdesk", {"X-Privacywacht-Secret": CANARY}),
    ],
)
def test_header_values_are_never_echoed(provider: str, headers: dict[str, str]) -> None:
    table = {
        "secret": "s",
        "username": "u",
        "password": "p",
        "header": "X-Privacywacht-Secret",
        "header_value": "v",
    }
    with pytest.raises(SignatureError) as excinfo:
        verify(provider, headers, b"{}", table, now=NOW)
    assert_no_canary(excinfo.value)


def test_helpscout_event_header_value_is_never_echoed() -> None:
    # an unknown event is ignored without an error at all
    assert parse("helpscout", b"{}", {"X-HelpScout-Event": CANARY}) == []


def test_unknown_provider_name_is_never_echoed() -> None:
    with pytest.raises(SignatureError) as signature:
        verify(CANARY, {}, b"{}", {"secret": "s"}, now=NOW)
    with pytest.raises(PayloadError) as payload:
        parse(CANARY, b"{}")
    assert_no_canary(signature.value)
    assert_no_canary(payload.value)


def test_message_repr_leaves_out_text_sender_and_subject() -> None:
    message = IncomingMessage(
        provider="zammad",
        event_id="sha256:00",
        conversation_ref="81",
        comment_id="104",
        sender=f"{CANARY}@example.nl",
        subject=f"Re: {CANARY}",
        text=f"Mijn BSN is {CANARY}",
        html=False,
        author_is_customer=True,
    )
    assert CANARY not in repr(message)
    assert CANARY not in str(message)
    assert "conversation_ref='81'" in repr(message)


@pytest.mark.parametrize("error_type", [SignatureError, PayloadError])
def test_errors_survive_pickling(error_type: type[WebhookError]) -> None:
    error = error_type("chatwoot", "stale timestamp")
    restored = pickle.loads(pickle.dumps(error))
    assert type(restored) is error_type
    assert (restored.provider, restored.reason) == ("chatwoot", "stale timestamp")
    assert str(restored) == "chatwoot: stale timestamp"
