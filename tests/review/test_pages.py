"""The review pages on an in-process app: list and filters, a message with its findings,
feedback (false positive, missed → redacted at once), the register and officer actions,
the dashboard; a reviewer cannot do an officer's actions."""

from __future__ import annotations

import asyncio
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from cryptography.fernet import Fernet

from bot.app import json_errors
from bot.appkeys import STORE
from bot.register_api import REGISTER
from bot.review import ACCOUNTS, setup_review
from bot.review.pages import add_pages
from bot.store import AsyncStore, FindingRecord
from bot.store.register import Register
from tests.review.conftest import FAST, OFFICER_PASSWORD, PASSWORD, Browser, csrf_in

ORIGINAL = "Hoi, ik ben Anna Smit en mijn collega Joris Kaandorp belt morgen over 111222333."
TEXT = ORIGINAL.replace("Anna Smit", "[PERSON-1]").replace("111222333", "[BSN-1]")


def span(value: str) -> tuple[int, int]:
    start = ORIGINAL.index(value)
    return start, start + len(value)


def finding(kind: str, start: int, end: int, value: str) -> FindingRecord:
    return FindingRecord(
        entity_type=kind, start=start, end=end, recognizer="test", score=0.9,
        action="redact", reason="niet nodig", value=value,
    )  # fmt: skip


@dataclass
class Review:
    browser: Browser
    store: AsyncStore
    register: Register
    runner: asyncio.Runner
    message_id: str
    reference: str


@pytest.fixture
def review(tmp_path) -> Iterator[Review]:
    runner = asyncio.Runner()
    app = web.Application(middlewares=[json_errors])
    setup_review(app, tmp_path, params=FAST)
    add_pages(app)
    register = Register.in_dir(tmp_path, {"k": Fernet.generate_key()}, "k", secrets.token_bytes(32))
    app[REGISTER] = register

    async def start() -> tuple[TestClient, AsyncStore, str]:
        store = await AsyncStore.open(tmp_path / "privacywacht.db")
        app[STORE] = store
        recorded = await store.record_message(
            channel="api",
            text_redacted=TEXT,
            findings=[
                finding("PERSON", *span("Anna Smit"), "Anna Smit"),
                finding("BSN", *span("111222333"), "111222333"),
            ],
            request_type="access",
        )
        await store.record_message(channel="chat", text_redacted="Mijn wifi doet het niet.")
        client = TestClient(TestServer(app, host="127.0.0.1"))
        await client.start_server()
        return client, store, recorded.message_id

    client, store, message_id = runner.run(start())
    app[ACCOUNTS].add("anne", "reviewer", PASSWORD)
    app[ACCOUNTS].add("olga", "officer", OFFICER_PASSWORD)
    old = datetime.now(UTC) - timedelta(days=40)
    record, _ = register.create("erasure", "api", old, email="x@klant.example")
    yield Review(Browser(runner, client), store, register, runner, message_id, record.reference)
    runner.run(client.close())
    runner.run(store.close())
    register.close()
    runner.close()


def test_anonymous_visitors_are_sent_to_the_login(review) -> None:
    for path in ("/review/messages", "/review/register", "/review/dashboard"):
        answer = review.browser.get(path)
        assert answer.status == 302 and answer.location.startswith("/login")


def test_list_filters_and_search(review) -> None:
    assert review.browser.login("anne", PASSWORD).status == 303
    page = review.browser.get("/review/messages")
    assert page.status == 200 and "2 berichten" in page.text
    assert "[PERSON-1]" in page.text
    assert "1 bericht" in review.browser.get("/review/messages?channel=chat").text
    assert "Mijn wifi" not in review.browser.get("/review/messages?request=ja").text
    assert "Mijn wifi" not in review.browser.get("/review/messages?type=BSN").text
    assert "0 berichten" in review.browser.get("/review/messages?q=printer").text
    assert "1 bericht" in review.browser.get("/review/messages?q=WIFI").text
    assert review.browser.get("/review/messages?since=2999-01-01").text.count("<tr>") == 2


def test_message_view_highlights_each_finding_with_its_reasons(review) -> None:
    review.browser.login("anne", PASSWORD)
    page = review.browser.get(f"/review/messages/{review.message_id}")
    assert page.status == 200
    marks = re.findall(r'<mark class="redact"[^>]*title="([^"]*)">([^<]*)</mark>', page.text)
    assert [text for _, text in marks] == ["[PERSON-1]", "[BSN-1]"]
    assert "PERSOON · test · 0.90 · niet nodig" in marks[0][0]  # the placeholder's word
    assert review.browser.get("/review/messages/onbekend").status == 404


def test_false_positive_and_missed_name(review) -> None:
    review.browser.login("anne", PASSWORD)
    path = f"/review/messages/{review.message_id}"
    page = review.browser.get(path)
    finding_id = re.search(r'name="finding" value="(\d+)"', page.text).group(1)
    done = review.browser.post(
        f"{path}/onterecht", {"csrf": csrf_in(page.text), "finding": finding_id}
    )
    assert done.status == 303
    missed = review.browser.post(
        f"{path}/gemist", {"csrf": csrf_in(page.text), "text": "Joris Kaandorp", "type": "PERSON"}
    )
    assert missed.status == 303 and "melding=gemist" in missed.location
    after = review.browser.get(path).text
    assert "Joris Kaandorp" not in after and "onterecht gemeld" in after
    detail = review.runner.run(review.store.message_detail(review.message_id))
    assert "Joris" not in detail.message.text_redacted
    assert {f.kind for f in detail.feedback} == {"false_positive", "missed"}
    export = review.browser.get("/review/feedback.jsonl")
    assert export.status == 200 and export.text.count("\n") == 2 and "Joris" not in export.text


def test_forms_without_csrf_are_refused(review) -> None:
    review.browser.login("anne", PASSWORD)
    path = f"/review/messages/{review.message_id}/gemist"
    assert review.browser.post(path, {"text": "Joris", "type": "PERSON"}).status == 403


def test_register_shows_overdue_and_only_officers_act(review) -> None:
    review.browser.login("anne", PASSWORD)
    page = review.browser.get("/review/register")
    assert review.reference in page.text and 'class="overdue"' in page.text
    detail = review.browser.get(f"/review/register/{review.reference}")
    assert "Nieuwe status" not in detail.text  # no officer forms for a reviewer
    forbidden = review.browser.post(
        f"/review/register/{review.reference}/status",
        {"csrf": csrf_in(detail.text), "status": "in_progress"},
    )
    assert forbidden.status == 403
    assert review.register.get(review.reference).status == "received"


def test_officer_advances_refuses_with_motivation_and_sees_history(review) -> None:
    review.browser.login("olga", OFFICER_PASSWORD)
    path = f"/review/register/{review.reference}"
    token = csrf_in(review.browser.get(path).text)
    ok = review.browser.post(f"{path}/status", {"csrf": token, "status": "in_progress"})
    assert ok.status == 303 and review.register.get(review.reference).status == "in_progress"
    refused = review.browser.post(f"{path}/status", {"csrf": token, "status": "refused"})
    assert "motivering-nodig" in refused.location
    review.browser.post(
        f"{path}/status", {"csrf": token, "status": "refused", "note": "kennelijk ongegrond"}
    )
    record = review.register.get(review.reference)
    assert record.status == "refused" and record.refusal_motivation == "kennelijk ongegrond"
    history = review.browser.get(path).text
    assert "olga" in history and "kennelijk ongegrond" in history


def test_dashboard_draws_inline_svg(review) -> None:
    review.browser.login("anne", PASSWORD)
    page = review.browser.get("/review/dashboard")
    assert page.status == 200 and page.text.count("<svg") >= 5
    assert "style=" not in page.text and "<script" not in page.text
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
