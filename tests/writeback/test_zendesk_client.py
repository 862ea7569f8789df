"""ZendeskWriteBack against a real local HTTP server that plays Zendesk.

Neither pytest-asyncio nor pytest-aiohttp is installed, so every test drives its scenario with
``asyncio.run``. Sleeping is injected where a test would otherwise wait for Retry-After.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from typing import Any

import aiohttp
import pytest

from bot.writeback import SpanError, WriteBackError, ZendeskConfig, ZendeskWriteBack
from tests.writeback.fake_zendesk import FakeZendesk, Reply, basic, serve

EMAIL = "agent@example.nl"
TOKEN = "zd-api-token-123"
OAUTH = "oauth-access-token-456"
CANARY = "Zq7Kanarie"
TEXT = f"Hoi, ik ben Jan {CANARY} <jan@{CANARY}.nl> & mijn IBAN is NL91ABNA0417164300."


def spans_of(text: str, *parts: str) -> list[tuple[int, int]]:
    """Offsets of each part's first occurrence (what the redactor would report)."""
    return [(text.index(p), text.index(p) + len(p)) for p in parts]


SPANS = spans_of(TEXT, f"Jan {CANARY}", f"jan@{CANARY}.nl", "NL91ABNA0417164300")
EXPECTED_HTML = (
    f"Hoi, ik ben <redact>Jan {CANARY}</redact> &lt;<redact>jan@{CANARY}.nl</redact>&gt; "
    "&amp; mijn IBAN is <redact>NL91ABNA0417164300</redact>."
)


class Sleeps:
    """Injected sleep: records the delays instead of waiting them."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


def table(base_url: str, **overrides: Any) -> dict[str, Any]:
    """A ``[webhooks.zendesk]`` table pointing at the fake."""
    values: dict[str, Any] = {
        "base_url": base_url,
        "email": EMAIL,
        "api_token": TOKEN,
        "write_back": True,
        "timeout": 5,
        "retries": 3,
        "backoff": 0.2,
        "secret": "webhook-signing-secret",  # belongs to the receiving side; ignored here
    }
    values.update(overrides)
    return {k: v for k, v in values.items() if v is not None}


async def redact(
    fake: FakeZendesk,
    text: str = TEXT,
    spans: list[tuple[int, int]] = SPANS,
    html: bool = False,
    sleep: Sleeps | None = None,
    ticket_id: Any = 123,
    comment_id: Any = 456,
    **overrides: Any,
) -> None:
    """Serve ``fake`` and run one ``redact_comment`` against it."""
    async with serve(fake) as base_url:
        client = ZendeskWriteBack.from_mapping(
            table(base_url, **overrides), sleep=sleep or Sleeps()
        )
        async with client:
            await client.redact_comment(ticket_id, comment_id, text, spans, html)


def assert_no_text(error: BaseException) -> None:
    for shown in (str(error), repr(error), repr(error.args)):
        assert CANARY not in shown
        assert "NL91ABNA" not in shown


def test_plain_comment_is_sent_as_escaped_html_with_redact_tags():
    fake = FakeZendesk(basic(EMAIL, TOKEN))
    asyncio.run(redact(fake))
    [call] = fake.calls
    assert call.method == "PUT"
    assert call.path == "/api/v2/comment_redactions/456"
    assert call.query == ""
    assert call.content_type == "application/json"
    assert call.body == {"ticket_id": 123, "html_body": EXPECTED_HTML}


def test_oauth_token_is_sent_as_bearer():
    fake = FakeZendesk(f"Bearer {OAUTH}")
    asyncio.run(redact(fake, email=None, api_token=None, oauth_token=OAUTH))
    [call] = fake.calls
    assert call.authorization == f"Bearer {OAUTH}"
    assert call.body["html_body"] == EXPECTED_HTML


def test_html_comment_keeps_markup_and_wraps_only_the_spans():
    source = (
        '<div class="zd-comment" dir="auto"><p>Bel <b>Jan Jansen</b> op 06-12345678 '
        '&amp; mail <a href="https://example.nl">hier</a></p></div>'
    )
    spans = spans_of(source, "Jan Jansen", "06-12345678")
    fake = FakeZendesk(basic(EMAIL, TOKEN))
    asyncio.run(redact(fake, text=source, spans=spans, html=True))
    [call] = fake.calls
    assert call.body["html_body"] == (
        '<div class="zd-comment" dir="auto"><p>Bel <b><redact>Jan Jansen</redact></b> op '
        '<redact>06-12345678</redact> &amp; mail <a href="https://example.nl">hier</a></p></div>'
    )


def test_429_waits_retry_after_then_succeeds():
    fake = FakeZendesk(basic(EMAIL, TOKEN), [Reply(429, {"Retry-After": "7"}), Reply(200)])
    sleeps = Sleeps()
    asyncio.run(redact(fake, sleep=sleeps))
    assert sleeps.delays == [7.0]
    assert len(fake.calls) == 2
    assert (
        fake.calls[0].body == fake.calls[1].body == {"ticket_id": 123, "html_body": EXPECTED_HTML}
    )


def test_500_twice_backs_off_then_succeeds():
    fake = FakeZendesk(basic(EMAIL, TOKEN), [Reply(500), Reply(503), Reply(200)])
    sleeps = Sleeps()
    asyncio.run(redact(fake, sleep=sleeps, backoff=0.2))
    assert len(fake.calls) == 3
    assert all(call.path == "/api/v2/comment_redactions/456" for call in fake.calls)
    first, second = sleeps.delays
    assert 0.1 <= first <= 0.2  # backoff * 2**0 * jitter in [0.5, 1]
    assert 0.2 <= second <= 0.4  # backoff * 2**1 * jitter


def test_retries_really_sleep_with_the_default_sleep():
    fake = FakeZendesk(basic(EMAIL, TOKEN), [Reply(502), Reply(200)])

    async def scenario() -> None:
        async with serve(fake) as base_url:
            client = ZendeskWriteBack.from_mapping(table(base_url, backoff=0.01))
            async with client:
                await client.redact_comment(123, 456, TEXT, SPANS, False)

    asyncio.run(scenario())
    assert len(fake.calls) == 2


def test_404_fails_at_once_without_text():
    fake = FakeZendesk(basic(EMAIL, TOKEN), [Reply(404)])
    with pytest.raises(WriteBackError) as caught:
        asyncio.run(redact(fake))
    error = caught.value
    assert (error.status, error.reason) == (404, "Not Found")
    assert (error.ticket_id, error.comment_id, error.attempts) == (123, 456, 1)
    assert error.__cause__ is None
    assert len(fake.calls) == 1
    assert_no_text(error)


@pytest.mark.parametrize("status", [400, 403, 409, 422])
def test_other_4xx_are_not_retried(status):
    fake = FakeZendesk(basic(EMAIL, TOKEN), [Reply(status), Reply(200)])
    sleeps = Sleeps()
    with pytest.raises(WriteBackError) as caught:
        asyncio.run(redact(fake, sleep=sleeps))
    assert caught.value.status == status
    assert len(fake.calls) == 1 and sleeps.delays == []
    assert_no_text(caught.value)


def test_wrong_credentials_give_401_without_retry():
    fake = FakeZendesk(basic(EMAIL, "the-right-token"))
    with pytest.raises(WriteBackError) as caught:
        asyncio.run(redact(fake))
    assert caught.value.status == 401
    assert fake.calls[0].authorization == basic(EMAIL, TOKEN)
    assert len(fake.calls) == 1


def test_persistent_500_gives_up_after_the_configured_retries(caplog):
    fake = FakeZendesk(basic(EMAIL, TOKEN), [Reply(500)] * 10)
    sleeps = Sleeps()
    caplog.set_level(logging.DEBUG, logger="bot.writeback")
    with pytest.raises(WriteBackError) as caught:
        asyncio.run(redact(fake, sleep=sleeps, retries=2))
    assert caught.value.status == 500 and caught.value.attempts == 3
    assert len(fake.calls) == 3 and len(sleeps.delays) == 2
    assert_no_text(caught.value)
    events = [record.msg for record in caplog.records]
    assert events == ["zendesk.redact.retry", "zendesk.redact.retry", "zendesk.redact.failed"]
    assert caplog.records[0].ctx["attempt"] == 1 and caplog.records[0].ctx["status"] == 500
    for record in caplog.records:
        assert CANARY not in record.getMessage() and CANARY not in repr(record.ctx)


def test_retry_after_longer_than_allowed_fails_at_once_for_rescheduling():
    fake = FakeZendesk(basic(EMAIL, TOKEN), [Reply(429, {"Retry-After": "3600"}), Reply(200)])
    sleeps = Sleeps()
    with pytest.raises(WriteBackError) as caught:
        asyncio.run(redact(fake, sleep=sleeps, max_retry_after=60))
    assert caught.value.status == 429 and caught.value.retry_after == 3600.0
    assert len(fake.calls) == 1 and sleeps.delays == []


def test_timeout_is_retried_then_reported():
    fake = FakeZendesk(basic(EMAIL, TOKEN), [Reply(200, delay=1.0), Reply(200, delay=1.0)])
    sleeps = Sleeps()
    with pytest.raises(WriteBackError) as caught:
        asyncio.run(redact(fake, sleep=sleeps, timeout=0.1, retries=1))
    assert caught.value.status is None and caught.value.reason == "Timeout"
    assert caught.value.attempts == 2 and len(sleeps.delays) == 1
    assert_no_text(caught.value)


def test_connection_refused_is_reported_without_text():
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    async def scenario() -> None:
        config = ZendeskConfig.from_mapping(
            table(f"http://127.0.0.1:{port}", retries=1, backoff=0.0)
        )
        async with ZendeskWriteBack(config) as client:
            await client.redact_comment(123, 456, TEXT, SPANS, False)

    with pytest.raises(WriteBackError) as caught:
        asyncio.run(scenario())
    assert caught.value.status is None and caught.value.reason == "Connection error"
    assert caught.value.attempts == 2
    assert_no_text(caught.value)


def test_redirects_are_not_followed():
    fake = FakeZendesk(basic(EMAIL, TOKEN), [Reply(302, {"Location": "/elsewhere"})])
    with pytest.raises(WriteBackError) as caught:
        asyncio.run(redact(fake))
    assert caught.value.status == 302
    assert [call.path for call in fake.calls] == ["/api/v2/comment_redactions/456"]


def test_legacy_endpoint_sends_each_string_longest_first():
    text = "Jan Jansen belde. Later belde Jan opnieuw, en Jan Jansen mailde jan@example.nl."
    jan_alone = text.index("Jan opnieuw")
    spans = [
        (0, 10),  # Jan Jansen
        (jan_alone, jan_alone + 3),  # Jan
        (text.index("Jan Jansen mailde"), text.index("Jan Jansen mailde") + 10),
        spans_of(text, "jan@example.nl")[0],
    ]
    fake = FakeZendesk(basic(EMAIL, TOKEN))
    asyncio.run(redact(fake, text=text, spans=spans, endpoint="legacy"))
    assert [call.path for call in fake.calls] == ["/api/v2/tickets/123/comments/456/redact"] * 3
    assert [call.body for call in fake.calls] == [
        {"text": "jan@example.nl"},
        {"text": "Jan Jansen"},
        {"text": "Jan"},
    ]


def test_legacy_skips_a_string_that_only_occurred_inside_a_longer_one():
    text = "Groet, Jan Jansen"
    fake = FakeZendesk(basic(EMAIL, TOKEN))
    spans = [(7, 17), (7, 10)]  # overlapping: merged into one span
    asyncio.run(redact(fake, text=text, spans=spans, endpoint="legacy"))
    assert [call.body for call in fake.calls] == [{"text": "Jan Jansen"}]


def test_legacy_error_carries_no_text():
    fake = FakeZendesk(basic(EMAIL, TOKEN), [Reply(422)])
    with pytest.raises(WriteBackError) as caught:
        asyncio.run(redact(fake, endpoint="legacy"))
    assert caught.value.status == 422
    assert_no_text(caught.value)


def test_auto_endpoint_picks_by_comment_kind():
    source = "<p>Bel Jan Jansen</p>"
    fake = FakeZendesk(basic(EMAIL, TOKEN))
    asyncio.run(redact(fake, text=TEXT, spans=SPANS[:1], html=False, endpoint="auto"))
    asyncio.run(
        redact(fake, text=source, spans=spans_of(source, "Jan Jansen"), html=True, endpoint="auto")
    )
    assert [call.path for call in fake.calls] == [
        "/api/v2/tickets/123/comments/456/redact",
        "/api/v2/comment_redactions/456",
    ]
    assert fake.calls[0].body == {"text": f"Jan {CANARY}"}


def test_disabled_or_empty_does_not_call_zendesk():
    fake = FakeZendesk(basic(EMAIL, TOKEN))
    asyncio.run(redact(fake, write_back=False))
    asyncio.run(redact(fake, spans=[]))
    asyncio.run(redact(fake, spans=[(3, 3)]))
    asyncio.run(redact(fake, spans=[], endpoint="legacy"))
    assert fake.calls == []


def test_bad_spans_fail_before_any_request():
    fake = FakeZendesk(basic(EMAIL, TOKEN))
    with pytest.raises(SpanError) as caught:
        asyncio.run(redact(fake, spans=[(0, len(TEXT) + 5)]))
    assert fake.calls == []
    assert_no_text(caught.value)


def test_ids_from_webhook_strings_are_accepted_and_paths_cannot_be_injected():
    fake = FakeZendesk(basic(EMAIL, TOKEN))
    asyncio.run(redact(fake, ticket_id="123", comment_id="456"))
    assert fake.calls[0].path == "/api/v2/comment_redactions/456"
    assert fake.calls[0].body["ticket_id"] == 123
    for bad in ("456/../../users", "-1", 0, True, 4.5, None):
        with pytest.raises(ValueError):
            asyncio.run(redact(fake, comment_id=bad))
    assert len(fake.calls) == 1


def test_injected_session_is_left_open_owned_session_is_closed():
    fake = FakeZendesk(basic(EMAIL, TOKEN))

    async def scenario() -> tuple[bool, bool]:
        async with serve(fake) as base_url, aiohttp.ClientSession() as shared:
            config = ZendeskConfig.from_mapping(table(base_url))
            async with ZendeskWriteBack(config, shared) as client:
                await client.redact_comment(123, 456, TEXT, SPANS, False)
            injected_open = not shared.closed
            owned = ZendeskWriteBack(config)
            await owned.redact_comment(123, 457, TEXT, SPANS, False)
            session = owned._session
            await owned.close()
            return injected_open, session is not None and session.closed

    injected_open, owned_closed = asyncio.run(scenario())
    assert injected_open and owned_closed
    assert [call.path for call in fake.calls] == [
        "/api/v2/comment_redactions/456",
        "/api/v2/comment_redactions/457",
    ]
