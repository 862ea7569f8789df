"""The review UI over HTTP: login, sessions, CSRF, roles, throttling and headers."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from pathlib import Path

import pytest
from yarl import URL

from bot.review import SECURITY_HEADERS, SESSION_COOKIE, ReviewConfig, labels
from bot.review.render import TEMPLATE_DIR
from bot.settings import Settings, SettingsError
from tests.review.conftest import (
    OFFICER_PASSWORD,
    PASSWORD,
    Answer,
    Site,
    SiteFactory,
    csrf_in,
)

WRONG = "Onjuiste naam of wachtwoord"


def assert_security_headers(answer: Answer) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert answer.headers.get(name) == value, name
    assert "script-src" not in answer.headers["Content-Security-Policy"]


def logged_in(site: Site, name: str = "anne", password: str = PASSWORD) -> Answer:
    answer = site.browser.login(name, password)
    assert answer.status == 303, answer.text
    return answer


def login_again(site: Site, name: str = "anne", password: str = PASSWORD) -> Answer:
    """Post the login form while the browser still presents its current session cookie
    (``GET /login`` would redirect a logged-in browser, so the form is fetched without it)."""
    current = site.session_token
    assert current is not None
    site.browser.forget_cookies()
    page = site.browser.get("/login")
    site.browser.set_cookie(SESSION_COOKIE, current)
    answer = site.browser.post(
        "/login", {"name": name, "password": password, "csrf": csrf_in(page.text)}
    )
    assert answer.status == 303, answer.text
    return answer


# -- anonymous -----------------------------------------------------------------------------


def test_anonymous_review_pages_redirect_to_login(site: Site) -> None:
    answer = site.browser.get("/review")
    assert answer.status == 302
    assert answer.location == "/login"
    assert_security_headers(answer)

    answer = site.browser.get("/review/messages?status=open")
    assert answer.status == 302
    location = URL(answer.location)
    assert location.path == "/login"
    assert location.query["next"] == "/review/messages?status=open"

    # also routes that do not exist (yet): nothing under /review is public by accident
    assert site.browser.get("/review/anything").status == 302
    assert site.browser.get("/reviews").status == 302
    answer = site.browser.post("/review/save", {"note": "x"})
    assert (answer.status, answer.location) == (303, "/login")


def test_stylesheet_is_public_and_has_the_headers(site: Site) -> None:
    answer = site.browser.get("/review/static/review.css")
    assert answer.status == 200
    assert answer.headers["Content-Type"].startswith("text/css")
    assert_security_headers(answer)


def test_login_page(site: Site) -> None:
    answer = site.browser.get("/login")
    assert answer.status == 200
    assert '<html lang="nl">' in answer.text
    assert 'action="/login"' in answer.text and 'type="password"' in answer.text
    assert csrf_in(answer.text)
    assert "Uitloggen" not in answer.text
    assert_security_headers(answer)
    cookie = answer.set_cookie("pw_login")
    assert cookie is not None and "HttpOnly" in cookie and "SameSite=Strict" in cookie


def test_other_routes_get_no_review_headers(site: Site) -> None:
    answer = site.browser.get("/healthz")
    assert answer.status == 200
    assert "Content-Security-Policy" not in answer.headers


def test_templates_have_no_inline_script_or_style() -> None:
    for template in Path(TEMPLATE_DIR).glob("*.html"):
        text = template.read_text(encoding="utf-8").lower()
        for forbidden in ("<script", "<style", "style=", "onclick", "javascript:"):
            assert forbidden not in text, (template.name, forbidden)


# -- logging in ----------------------------------------------------------------------------


def test_wrong_password_and_unknown_name_get_the_same_answer(site: Site) -> None:
    wrong = site.browser.login("anne", "niet-het-goede-wachtwoord")
    unknown = site.browser.login("niemand", "niet-het-goede-wachtwoord")
    for answer in (wrong, unknown):
        assert answer.status == 200
        assert WRONG in answer.text
        assert answer.set_cookie(SESSION_COOKIE) is None
        assert "niet-het-goede-wachtwoord" not in answer.text
    assert site.browser.get("/review").status == 302


def test_login_sets_a_strict_http_only_cookie(site: Site) -> None:
    answer = logged_in(site)
    assert answer.location == "/review"
    cookie = answer.set_cookie(SESSION_COOKIE)
    assert cookie is not None
    flags = [part.strip() for part in cookie.split(";")]
    assert "HttpOnly" in flags
    assert "SameSite=Strict" in flags
    assert "Path=/" in flags
    assert "Secure" not in flags  # plain http in this test
    assert not any(flag.lower().startswith(("max-age", "expires")) for flag in flags)
    assert_security_headers(answer)

    home = site.browser.get("/review")
    assert home.status == 200
    assert "Werk voor anne" in home.text and "Geen nieuwe berichten" in home.text
    assert "beoordelaar" in home.text
    for link in ("/review/messages", "/review/register", "/review/dashboard"):
        assert f'href="{link}"' in home.text
    assert 'action="/logout"' in home.text and csrf_in(home.text)
    assert_security_headers(home)


def test_names_are_case_insensitive_at_login(site: Site) -> None:
    assert site.browser.login("  Anne ", PASSWORD).status == 303


def test_secure_cookie_over_https_only_when_the_proxy_is_trusted(
    make_site: SiteFactory,
) -> None:
    https = {"X-Forwarded-Proto": "https"}
    trusted = make_site(ReviewConfig(trust_proxy=True))
    page = trusted.browser.get("/login", headers=https)
    login_cookie = page.set_cookie("pw_login")
    assert login_cookie is not None and "Secure" in login_cookie
    # the client's jar (rightly) keeps a Secure cookie off plain http; a browser behind
    # the TLS proxy would send it, so send it by hand
    token = csrf_in(page.text)
    answer = trusted.browser.post(
        "/login",
        {"name": "anne", "password": PASSWORD, "csrf": token},
        headers={**https, "Cookie": f"pw_login={token}"},
    )
    assert answer.status == 303
    cookie = answer.set_cookie(SESSION_COOKIE)
    assert cookie is not None and "Secure" in cookie

    untrusted = make_site(ReviewConfig(trust_proxy=False))
    cookie = untrusted.browser.login("anne", PASSWORD, headers=https).set_cookie(SESSION_COOKIE)
    assert cookie is not None and "Secure" not in cookie


def test_every_login_gets_a_new_session_id(site: Site) -> None:
    site.browser.set_cookie(SESSION_COOKIE, "attacker-chosen-session-id")
    logged_in(site)
    first = site.session_token
    assert first and first != "attacker-chosen-session-id"
    login_again(site)
    second = site.session_token
    assert second and second != first
    # the browser's previous session ended with the new login
    assert site.accounts.session(first, ReviewConfig().idle) is None
    assert site.browser.get("/review").status == 200


def test_already_logged_in_skips_the_form(site: Site) -> None:
    logged_in(site)
    answer = site.browser.get("/login?next=/review/messages")
    assert (answer.status, answer.location) == (302, "/review/messages")


def test_login_form_needs_its_own_token(site: Site) -> None:
    site.browser.get("/login")
    answer = site.browser.post("/login", {"name": "anne", "password": PASSWORD})
    assert answer.status == 403
    assert "verlopen" in answer.text
    assert answer.set_cookie(SESSION_COOKIE) is None
    answer = site.browser.post("/login", {"name": "anne", "password": PASSWORD, "csrf": "x" * 43})
    assert answer.status == 403


@pytest.mark.parametrize(
    "next_value",
    ["//evil.example", "https://evil.example/review", "/\\evil.example", "/api/v1/register"],
)
def test_next_cannot_leave_the_review_ui(site: Site, next_value: str) -> None:
    page = site.browser.get(f"/login?next={next_value}")
    assert "evil" not in page.text
    answer = site.browser.login("anne", PASSWORD, next=next_value)
    assert (answer.status, answer.location) == (303, "/review")


def test_next_leads_back_to_the_page(site: Site) -> None:
    first = site.browser.get("/review/form?tab=2")
    target = URL(first.location).query["next"]
    page = site.browser.get(first.location)
    assert 'name="next" value="/review/form?tab=2"' in page.text
    answer = site.browser.login("anne", PASSWORD, next=target)
    assert (answer.status, answer.location) == (303, "/review/form?tab=2")


# -- throttling ----------------------------------------------------------------------------


def test_five_failures_block_the_name_with_429(site: Site) -> None:
    for _ in range(5):
        assert WRONG in site.browser.login("anne", "niet-het-goede-wachtwoord").text
    answer = site.browser.login("anne", PASSWORD)  # even the right password: not checked
    assert answer.status == 429
    assert "Te veel mislukte pogingen" in answer.text
    assert int(answer.headers["Retry-After"]) > 0
    assert answer.set_cookie(SESSION_COOKIE) is None
    assert_security_headers(answer)
    site.clock.advance(minutes=15)
    assert site.browser.login("anne", PASSWORD).status == 303


def test_throttled_per_name_and_per_address(make_site: SiteFactory) -> None:
    site = make_site(ReviewConfig(trust_proxy=True))

    def attempt(name: str, password: str, address: str) -> int:
        return site.browser.login(name, password, headers={"X-Forwarded-For": address}).status

    for i in range(5):  # one name from five addresses
        assert attempt("anne", "niet-het-goede-wachtwoord", f"10.0.0.{i}") == 200
    assert attempt("anne", PASSWORD, "10.0.0.99") == 429
    assert attempt("olga", OFFICER_PASSWORD, "10.0.0.99") == 303

    site.browser.forget_cookies()
    for i in range(5):  # five names from one address
        assert attempt(f"gok{i}", "niet-het-goede-wachtwoord", "192.0.2.7") == 200
    assert attempt("olga", OFFICER_PASSWORD, "192.0.2.7") == 429
    assert attempt("olga", OFFICER_PASSWORD, "192.0.2.8") == 303


def test_a_burst_of_parallel_guesses_is_held_to_the_limit(site: Site) -> None:
    page = site.browser.get("/login")
    form = {"name": "anne", "password": "niet-het-goede-wachtwoord", "csrf": csrf_in(page.text)}

    async def burst() -> list[int]:
        async def one() -> int:
            async with site.browser.client.post(
                "/login", data=form, allow_redirects=False
            ) as response:
                return response.status

        return list(await asyncio.gather(*(one() for _ in range(12))))

    statuses = site.browser._runner.run(burst())
    assert sorted(statuses) == [200] * 5 + [429] * 7


def test_successful_logins_do_not_use_up_the_address(site: Site) -> None:
    for _ in range(8):
        site.browser.forget_cookies()
        assert site.browser.login("anne", PASSWORD).status == 303


# -- sessions ------------------------------------------------------------------------------


def test_idle_sessions_expire(site: Site) -> None:
    logged_in(site)
    site.clock.advance(minutes=29)
    assert site.browser.get("/review").status == 200
    site.clock.advance(minutes=29)
    assert site.browser.get("/review").status == 200  # use keeps it alive
    site.clock.advance(minutes=30)
    answer = site.browser.get("/review")
    assert (answer.status, answer.location) == (302, "/login")


def test_sessions_end_after_eight_hours_however_busy(site: Site) -> None:
    logged_in(site)
    for _ in range(23):  # 23 x 20 minutes = 7 h 40 min
        site.clock.advance(minutes=20)
        assert site.browser.get("/review").status == 200
    site.clock.advance(minutes=20)
    assert site.browser.get("/review").status == 302


def test_disabling_a_user_ends_the_session(site: Site) -> None:
    logged_in(site)
    site.accounts.disable("anne")
    assert site.browser.get("/review").status == 302
    assert WRONG in site.browser.login("anne", PASSWORD).text


# -- CSRF and logout -----------------------------------------------------------------------


def test_logout_needs_the_csrf_token(site: Site) -> None:
    logged_in(site)
    token = site.browser.page_csrf()
    for form in ({}, {"csrf": ""}, {"csrf": token[:-1] + ("A" if token[-1] != "A" else "B")}):
        answer = site.browser.post("/logout", form)
        assert answer.status == 403
        assert "Formulier verlopen" in answer.text
        assert_security_headers(answer)
    assert site.browser.get("/review").status == 200  # still logged in

    session = site.session_token
    assert session is not None
    answer = site.browser.post("/logout", {"csrf": token})
    assert (answer.status, answer.location) == (303, "/login")
    cleared = answer.set_cookie(SESSION_COOKIE)
    assert cleared is not None and "Max-Age=0" in cleared
    assert_security_headers(answer)
    assert site.browser.get("/review").status == 302
    # the old cookie, replayed, is dead on the server too
    site.browser.set_cookie(SESSION_COOKIE, session)
    assert site.browser.get("/review").status == 302


def test_logout_when_not_logged_in_goes_to_login(site: Site) -> None:
    answer = site.browser.post("/logout", {"csrf": "whatever"})
    assert (answer.status, answer.location) == (303, "/login")


def test_state_changing_review_requests_need_the_token(site: Site) -> None:
    logged_in(site)
    token = site.browser.page_csrf("/review/form")
    assert site.browser.post("/review/save", {"note": "a"}).status == 403
    assert site.browser.post("/review/save", {"note": "a", "csrf": "fout"}).status == 403
    answer = site.browser.post("/review/save", {"note": "a", "csrf": token})
    assert (answer.status, answer.text) == (200, "opgeslagen door anne: a")
    header = {"X-CSRF-Token": token}
    assert site.browser.post("/review/save", {"note": "b"}, headers=header).status == 200
    assert site.browser.request("DELETE", "/review/save").status == 403


def test_a_token_belongs_to_its_session(site: Site) -> None:
    logged_in(site)
    old_token = site.browser.page_csrf()
    login_again(site)
    assert site.browser.page_csrf() != old_token
    assert site.browser.post("/review/save", {"csrf": old_token}).status == 403


# -- roles and errors ----------------------------------------------------------------------


def test_officer_only_routes(site: Site) -> None:
    logged_in(site)
    answer = site.browser.get("/review/officer")
    assert answer.status == 403
    assert "Geen toegang" in answer.text and "<html" in answer.text
    assert_security_headers(answer)

    site.browser.forget_cookies()
    logged_in(site, "olga", OFFICER_PASSWORD)
    answer = site.browser.get("/review/officer")
    assert (answer.status, answer.text) == (200, "alleen voor de privacy officer")
    assert "privacy officer" in site.browser.get("/review").text


def test_role_change_counts_at_once(site: Site) -> None:
    logged_in(site)
    assert site.browser.get("/review/officer").status == 403
    site.accounts.set_role("anne", "officer")
    assert site.browser.get("/review/officer").status == 200


def test_errors_under_review_are_dutch_html_not_json(site: Site) -> None:
    logged_in(site)
    answer = site.browser.get("/review/bestaat-niet")
    assert answer.status == 404
    assert answer.headers["Content-Type"].startswith("text/html")
    assert "Pagina niet gevonden" in answer.text
    assert_security_headers(answer)
    answer = site.browser.get("/logout")
    assert answer.status == 405
    assert "Niet toegestaan" in answer.text


# -- configuration -------------------------------------------------------------------------


def test_configuration_from_settings() -> None:
    config = ReviewConfig.from_settings(
        Settings(raw={"review": {"idle_minutes": "10", "trust_proxy": True}})
    )
    assert config.idle == timedelta(minutes=10) and config.trust_proxy
    assert ReviewConfig.from_settings(Settings()) == ReviewConfig()
    with pytest.raises(SettingsError, match="idle_minutes"):
        ReviewConfig.from_mapping({"idle_minutes": 0})
    with pytest.raises(SettingsError, match="unknown keys"):
        ReviewConfig.from_mapping({"idel_minutes": 5})


# -- logs ----------------------------------------------------------------------------------


def test_logs_carry_no_password_and_no_failed_name(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="privacywacht.review")
    site.browser.login("een-getypte-naam", "niet-het-goede-wachtwoord")
    logged_in(site)
    site.browser.post("/logout", {"csrf": site.browser.page_csrf()})
    events = [(r.msg, getattr(r, "ctx", {})) for r in caplog.records]
    assert ("review.login_failed", {"outcome": "wrong_credentials"}) in events
    assert ("review.login", {"actor": "anne", "outcome": "ok"}) in events
    assert ("review.logout", {"actor": "anne", "outcome": "ok"}) in events
    dumped = repr([vars(r) for r in caplog.records])
    for secret in (PASSWORD, "niet-het-goede-wachtwoord", "een-getypte-naam"):
        assert secret not in dumped


def test_type_names_load_off_the_loop_before_the_first_page(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The placeholder words come with Presidio's import: loaded in a worker thread by the
    first logged-in request, never by the login page, never on the event loop."""
    threads: list[bool] = []
    real = labels.warm

    def warm() -> None:
        try:
            asyncio.get_running_loop()
            threads.append(True)
        except RuntimeError:
            threads.append(False)
        real()

    monkeypatch.setattr(labels, "warm", warm)
    labels.type_labels.cache_clear()
    assert site.browser.get("/login").status == 200 and not labels.loaded()
    logged_in(site)
    assert site.browser.get("/review").status == 200
    assert labels.loaded() and threads == [False]  # once, where no loop runs
    site.browser.get("/review")
    assert threads == [False]
