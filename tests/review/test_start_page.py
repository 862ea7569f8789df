"""``/review`` after login shows the work: messages since the previous visit (the first
time: the last week), overdue requests and those due within a week, each linked."""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime, timedelta

import pytest

from bot.review import overview, pages
from bot.review.keys import STORE_FILE
from bot.store.deadlines import format_dutch_date
from tests.review.conftest import OFFICER_PASSWORD, PASSWORD, csrf_in

_ROW_LINK = re.compile(r'<a href="(/review/(?:messages|register)/[^"#?]+)">')


def section(html: str, table_class: str) -> str:
    """The body of one table on the start page."""
    match = re.search(rf'<table class="[^"]*\b{table_class}\b[^"]*">(.*?)</table>', html, re.S)
    assert match is not None, table_class
    return match.group(1)


def links(html: str) -> list[str]:
    return _ROW_LINK.findall(html)


def days_left(seeded, reference: str) -> int:
    """Calendar days from the clock's today to the request's deadline."""
    deadline = datetime.fromisoformat(seeded.register.get(reference).deadline)
    return (deadline.date() - seeded.clock.now.date()).days


def test_first_visit_lists_the_week_and_the_requests_that_need_work(seeded) -> None:
    seeded.clock.advance(days=-10)
    too_old = seeded.record("api", "Een vraag van lang geleden.")
    seeded.clock.advance(days=10)

    assert seeded.browser.login("anne", PASSWORD).location == "/review"
    page = seeded.browser.get("/review")
    assert page.status == 200
    assert "Berichten van de afgelopen week" in page.text and "Je eerste bezoek" in page.text

    shown = links(section(page.text, "new-messages"))
    week = [f"/review/messages/{m}" for m in seeded.messages if m != too_old]
    assert sorted(shown) == sorted(week)
    assert f"/review/messages/{too_old}" not in shown
    assert f"<strong>{len(week)}</strong> nieuwe berichten" in page.text

    refs = seeded.references
    overdue = links(section(page.text, "overdue-requests"))
    assert overdue == [f"/review/register/{refs['overdue']}"]
    late = -days_left(seeded, refs["overdue"])
    assert f"({late} dagen te laat)" in section(page.text, "overdue-requests")
    due = links(section(page.text, "due-requests"))
    assert due == [f"/review/register/{refs['due_soon']}"]  # not the later or closed ones
    left = days_left(seeded, refs["due_soon"])  # a month after 27 days ago: 1 to 4 days
    words = {0: "vandaag", 1: "morgen"}.get(left, f"nog {left} dagen")
    assert f"({words})" in section(page.text, "due-requests")

    for path in [*shown, *overdue, *due]:  # every row leads to its item
        assert seeded.browser.get(path).status == 200, path


def test_next_visit_lists_only_what_came_after_the_last_one(seeded) -> None:
    seeded.browser.login("anne", PASSWORD)
    seeded.clock.advance(minutes=10)
    seen = seeded.browser.get("/review")  # still here ten minutes later
    left_at = seeded.clock.now
    seeded.browser.post("/logout", {"csrf": csrf_in(seen.text)})

    seeded.clock.advance(hours=3)
    new = seeded.record("chat", "Is mijn pakket al onderweg? Groet, [PERSOON-1]")
    seeded.clock.advance(minutes=5)
    seeded.browser.login("anne", PASSWORD)
    page = seeded.browser.get("/review")
    assert "Nieuw sinds je vorige bezoek" in page.text
    assert f"Binnengekomen na {format_dutch_date(left_at)}, {left_at:%H:%M}." in page.text
    assert links(section(page.text, "new-messages")) == [f"/review/messages/{new}"]
    assert "<strong>1</strong> nieuw bericht" in page.text and "webchat" in page.text

    # the same list for the rest of the session, however often the page is opened
    seeded.clock.advance(minutes=20)
    again = seeded.browser.get("/review")
    assert links(section(again.text, "new-messages")) == [f"/review/messages/{new}"]

    # the officer has never been here: the whole week
    seeded.browser.forget_cookies()
    seeded.browser.login("olga", OFFICER_PASSWORD)
    officer = links(section(seeded.browser.get("/review").text, "new-messages"))
    assert len(officer) == len(seeded.messages)


def test_many_new_messages_link_to_the_full_list(seeded, monkeypatch) -> None:
    found = overview.new_messages(
        seeded.browser.client.app[STORE_FILE], seeded.clock.now - timedelta(days=7), limit=3
    )
    assert len(found.rows) == 3 and found.total == len(seeded.messages)
    assert [r.id for r in found.rows] == seeded.messages[-3:][::-1]  # newest first

    monkeypatch.setattr(pages, "new_messages", functools.partial(overview.new_messages, limit=3))
    seeded.browser.login("anne", PASSWORD)
    page = seeded.browser.get("/review")
    assert len(links(section(page.text, "new-messages"))) == 3
    day = (seeded.clock.now - timedelta(days=7)).date().isoformat()
    assert f'href="/review/messages?since={day}"' in page.text
    assert f"Alle {len(seeded.messages)} nieuwe berichten" in page.text


def test_text_on_the_start_page_is_escaped(seeded) -> None:
    seeded.record("api", '<script>alert("x")</script><img src=x onerror=alert(1)>')
    seeded.browser.login("anne", PASSWORD)
    page = seeded.browser.get("/review").text
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page


def test_a_missing_store_is_an_empty_list(tmp_path) -> None:
    found = overview.new_messages(tmp_path / "geen.db", datetime.now(UTC))
    assert (found.rows, found.total) == ([], 0)


@pytest.mark.parametrize("days", [0, 1, 3])
def test_due_requests_split_overdue_from_due_soon(seeded, days: int) -> None:
    now = seeded.clock.now + timedelta(days=days)
    overdue, due_soon = overview.due_requests(seeded.register, now)
    assert all(r.is_open for r in overdue + due_soon)
    assert seeded.references["overdue"] in [r.reference for r in overdue]
    assert not {r.reference for r in overdue} & {r.reference for r in due_soon}
