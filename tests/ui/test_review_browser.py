"""The review UI in a real browser: Debian's Chromium driven by Playwright, against the
running service (``python -m bot serve``). Log in and land on the work (new messages,
overdue requests, requests due within a week), filter, open a message, mark a false positive
and a missed name, see the register and the dashboard; come back and see only what is new.
Every page the reviewer reached is read for English codes. Screenshots of each step go to
``test-artifacts/`` (or ``$PRIVACYWACHT_ARTIFACTS``) for a person to look at.

Never a downloaded browser: ``executable_path="/usr/bin/chromium"`` (``apt-get install
chromium``). Without it the test is skipped here and fails in CI (``.ci/run`` sets
``PRIVACYWACHT_REQUIRE_CHROMIUM``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.register_config import RegisterConfig, open_register
from bot.settings import load_settings
from tests.review.dutch import english_in
from tests.service.harness import REPO, ServiceProcess, post_message

CHROMIUM = Path("/usr/bin/chromium")
REQUIRE_ENV = "PRIVACYWACHT_REQUIRE_CHROMIUM"
REVIEWER, OFFICER = ("anne", "paarden-staal-batterij"), ("olga", "nietje-kantoor-lamp-7")
#: A reviewer of their own for the start page, so that the other test's visits do not count.
PIETER = ("pieter", "wolk-fiets-lantaarn-9")


def artifacts() -> Path:
    folder = Path(os.environ.get("PRIVACYWACHT_ARTIFACTS", REPO / "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def add_user(service: ServiceProcess, name: str, role: str, password: str) -> None:
    command = [sys.executable, "-m", "bot", "--config", str(service.config), "users", "add"]
    command += [name, "--role", role, "--password-stdin", "--data-dir", str(service.data_dir)]
    done = subprocess.run(command, input=password + "\n", text=True, capture_output=True)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        reason = "Debian's chromium is not installed (apt-get install chromium)"
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(f"{reason}, and {REQUIRE_ENV} is set", pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"]
        )
        yield launched
        launched.close()


def seed_register(service: ServiceProcess) -> dict[str, str]:
    """Two requests that need work, registered weeks ago in the service's own register (its
    keys, before it starts): one past its deadline, one due within the week."""
    settings = load_settings(service.config, environ={})
    register = open_register(RegisterConfig.from_settings(settings), service.data_dir)
    now = datetime.now(UTC)
    try:
        overdue, _ = register.create(
            "erasure", "letter", now - timedelta(days=40), email="r.voorbeeld@klant.example"
        )
        due, _ = register.create("objection", "phone", now - timedelta(days=27), phone="0612000000")
    finally:
        register.close()
    return {"overdue": overdue.reference, "due_soon": due.reference}


@pytest.fixture(scope="module")
def service(tmp_path_factory) -> Iterator[ServiceProcess]:
    process = ServiceProcess(tmp_path_factory.mktemp("ui"))
    process.requests = seed_register(process)  # type: ignore[attr-defined]
    process.start()
    add_user(process, *REVIEWER[:1], "reviewer", REVIEWER[1])
    add_user(process, *OFFICER[:1], "officer", OFFICER[1])
    add_user(process, *PIETER[:1], "reviewer", PIETER[1])
    for text in (
        "Beste support, mijn BSN is 111222333 en de factuur klopt niet. Groet, Marieke Jansen."
        " Mijn buurman Gerrit Hoogendoorn heeft hetzelfde probleem.",
        "Hierbij doe ik een inzageverzoek (art. 15 AVG). Welke gegevens hebben jullie van mij?",
    ):
        answer = post_message(process.base_url, {"text": text, "sender": "klant@example.nl"})
        assert answer.status == 201, answer.body
    yield process
    process.stop()


def login(page, base: str, name: str, password: str, path: str = "/review/messages") -> None:
    page.goto(f"{base}{path}")
    assert "/login" in page.url  # anonymous: to the login page first
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}{path}")


def seen_text(page) -> str:
    """What a person sees: the rendered text and the tooltips."""
    titles = page.eval_on_selector_all("[title]", "els => els.map(e => e.title)")
    return "\n".join([page.title(), page.inner_text("body"), *titles])


def crawl_for_english(page, base: str) -> dict[str, list[str]]:
    """Every page under /review that links reach from the start page: the English codes on
    each (none, when all is well)."""
    queue, found = ["/review"], {}
    while queue and len(found) < 100:
        path = queue.pop(0)
        if path in found:
            continue
        page.goto(f"{base}{path}")
        found[path] = english_in(seen_text(page))
        hrefs = page.eval_on_selector_all(
            "a[href^='/review']", "els => els.map(e => e.getAttribute('href'))"
        )
        for href in hrefs:
            target = href.split("#", 1)[0]
            if not target.startswith("/review/static/") and not target.endswith(".jsonl"):
                queue.append(target)
    return found


def test_reviewer_and_officer_in_the_browser(service, browser) -> None:
    shots = artifacts()
    base = service.base_url
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    login(page, base, *REVIEWER)
    assert page.locator("table.messages tbody tr").count() == 2
    page.screenshot(path=str(shots / "01-berichten.png"), full_page=True)

    page.select_option("select[name=request]", "nee")
    page.click("form.filters button[type=submit]")
    rows = page.locator("table.messages tbody tr")
    assert rows.count() == 1 and "[BSN-1]" in rows.first.inner_text()
    page.screenshot(path=str(shots / "02-gefilterd.png"), full_page=True)

    rows.first.locator("a").click()
    assert page.locator("mark.redact").count() >= 2
    assert "111222333" not in page.content()
    page.screenshot(path=str(shots / "03-bericht.png"), full_page=True)

    page.locator("form.inline button").first.click()
    assert "Vastgelegd als onterecht" in page.inner_text("main")
    text = page.inner_text("pre.redacted")
    # the blank model (no NER) leaves a name the reviewer then marks
    missed = next(n for n in ("Marieke Jansen", "Gerrit Hoogendoorn", "buurman") if n in text)
    page.fill("form.missed input[name=text]", missed)
    page.select_option("form.missed select[name=type]", "PERSON")
    page.click("form.missed button[type=submit]")
    assert "alsnog verwijderd" in page.inner_text("main")
    assert missed not in page.inner_text("pre.redacted")
    page.screenshot(path=str(shots / "04-gemist.png"), full_page=True)

    page.click("nav >> text=Register")
    assert "AVG-" in page.inner_text("table.register")
    assert page.locator("form.officer").count() == 0  # a reviewer sees no officer actions
    page.click("nav >> text=Dashboard")
    assert page.locator("main svg").count() >= 5
    page.screenshot(path=str(shots / "05-dashboard.png"), full_page=True)
    page.click("form.logout button")
    context.close()

    officer = browser.new_context(locale="nl-NL").new_page()
    login(officer, base, *OFFICER)
    officer.click("nav >> text=Register")
    officer.locator("table.register a").first.click()
    officer.select_option("form.officer select[name=status]", "in_progress")
    officer.click("form.officer >> text=Opslaan")
    assert "Status bijgewerkt" in officer.inner_text("main")
    assert "in behandeling" in officer.inner_text("dl.request")
    officer.screenshot(path=str(shots / "06-register-officer.png"), full_page=True)
    assert errors == []  # no CSP violation or script error in the console


def test_the_start_page_shows_the_work(service, browser) -> None:
    """Runs after the walk-through above (file order): it adds a message to the service."""
    shots = artifacts()
    base = service.base_url
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto(f"{base}/login")
    page.fill("input[name=name]", "pieter")
    page.fill("input[name=password]", PIETER[1])
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/review")  # login lands on the work
    assert page.inner_text("h1") == "Werk voor pieter"
    assert "Je eerste bezoek" in page.inner_text("main")
    new = page.locator("table.new-messages tbody tr")
    assert new.count() == 2 and "[BSN-1]" in page.inner_text("table.new-messages")
    overdue = page.locator("table.overdue-requests tbody tr")
    assert overdue.count() == 1 and "te laat" in overdue.first.inner_text()
    due = page.locator("table.due-requests tbody tr")
    assert due.count() == 1 and service.requests["due_soon"] in due.first.inner_text()
    page.screenshot(path=str(shots / "00-start.png"), full_page=True)

    overdue.first.locator("a").click()  # each row leads to its item
    page.wait_for_url(f"{base}/review/register/{service.requests['overdue']}")
    assert "(te laat)" in page.inner_text("dl.request") and "brief" in page.inner_text("dl.request")
    page.go_back()
    page.locator("table.new-messages tbody tr a").first.click()
    page.wait_for_url(f"{base}/review/messages/*")
    assert page.locator("pre.redacted").count() == 1

    # nothing English on any page the reviewer can reach, with the pipeline's real findings
    english = crawl_for_english(page, base)
    assert len(english) >= 7  # start, lists, messages, requests, dashboard
    assert {path: codes for path, codes in english.items() if codes} == {}

    page.click("form.logout button")
    answer = post_message(base, {"text": "Is mijn pakket al onderweg? Groet, Sietske Bouma."})
    assert answer.status == 201, answer.body
    login(page, base, "pieter", PIETER[1], path="/review")
    assert "Nieuw sinds je vorige bezoek" in page.inner_text("main")
    rows = page.locator("table.new-messages tbody tr")
    assert rows.count() == 1 and "pakket" in rows.first.inner_text()
    page.screenshot(path=str(shots / "00-start-weer.png"), full_page=True)
    context.close()
    assert errors == []
