"""An in-process review UI: ``web.Application`` + ``setup_review`` + aiohttp's TestClient.

The project does not use pytest-aiohttp; as in ``tests/service/test_register_api.py`` the
client runs on an ``asyncio.Runner`` of its own and :class:`Browser` gives it a synchronous
face. The TestClient keeps cookies like a browser, so a test logs in and goes on.

The accounts use cheap scrypt parameters (n=2**10) so that the many logins here stay fast;
the real parameters are tested in ``test_passwords.py`` and ``test_accounts.py``.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from multidict import CIMultiDictProxy

from bot.app import json_errors
from bot.review import (
    ACCOUNTS,
    SESSION_COOKIE,
    Accounts,
    ReviewConfig,
    csrf_token,
    current_user,
    render,
    require_role,
    setup_review,
)
from bot.review.passwords import ScryptParams

FAST = ScryptParams(n=2**10, r=8, p=1)
PASSWORD = "paarden-staal-batterij"
OFFICER_PASSWORD = "nietje-kantoor-lamp-7"


class Clock:
    """Sessions' and throttling's clock, standing still unless a test moves it."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Answer:
    status: int
    headers: CIMultiDictProxy[str]
    text: str
    cookies: list[str] = field(default_factory=list)

    @property
    def location(self) -> str:
        return self.headers.get("Location", "")

    def set_cookie(self, name: str) -> str | None:
        """The raw Set-Cookie line for ``name`` (flags included), if the answer set it."""
        for line in self.cookies:
            if line.startswith(f"{name}="):
                return line
        return None


_CSRF = re.compile(r'name="csrf" value="([^"]*)"')


def csrf_in(html: str) -> str:
    """The hidden CSRF field's value in a page."""
    match = _CSRF.search(html)
    assert match is not None, "no csrf field on the page"
    return match.group(1)


class Browser:
    """A synchronous face on a TestClient; never follows redirects (tests look at them)."""

    def __init__(self, runner: asyncio.Runner, client: TestClient) -> None:
        self._runner = runner
        self.client = client

    def request(
        self,
        method: str,
        path: str,
        *,
        data: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        async def send() -> Answer:
            async with self.client.request(
                method, path, data=data, headers=headers or {}, allow_redirects=False
            ) as response:
                return Answer(
                    response.status,
                    response.headers,
                    await response.text(),
                    response.headers.getall("Set-Cookie", []),
                )

        return self._runner.run(send())

    def get(self, path: str, **kwargs: Any) -> Answer:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, data: dict[str, str] | None = None, **kwargs: Any) -> Answer:
        return self.request("POST", path, data=data, **kwargs)

    def login(self, name: str, password: str, *, next: str | None = None, **kwargs: Any) -> Answer:
        """Fetch the form (for its token), then post it."""
        page = self.get("/login", **kwargs)
        assert page.status == 200, page.status
        form = {"name": name, "password": password, "csrf": csrf_in(page.text)}
        if next is not None:
            form["next"] = next
        return self.post("/login", form, **kwargs)

    def cookie(self, name: str) -> str | None:
        for morsel in self.client.session.cookie_jar:
            if morsel.key == name:
                return morsel.value
        return None

    def set_cookie(self, name: str, value: str) -> None:
        self.client.session.cookie_jar.update_cookies({name: value}, self.client.make_url("/"))

    def forget_cookies(self) -> None:
        self.client.session.cookie_jar.clear()

    def page_csrf(self, path: str = "/review") -> str:
        page = self.get(path)
        assert page.status == 200, page.status
        return csrf_in(page.text)


@dataclass
class Site:
    browser: Browser
    accounts: Accounts
    clock: Clock
    app: web.Application

    @property
    def session_token(self) -> str | None:
        return self.browser.cookie(SESSION_COOKIE)


@require_role("officer")
async def officer_only(request: web.Request) -> web.StreamResponse:
    return web.Response(text="alleen voor de privacy officer")


async def save(request: web.Request) -> web.StreamResponse:
    """A state-changing page action: it answers only when the middleware let it through."""
    form = await request.post()
    user = current_user(request)
    assert user is not None
    return web.Response(text=f"opgeslagen door {user.name}: {form.get('note', '')}")


async def page_with_form(request: web.Request) -> web.StreamResponse:
    context = {"nav": "messages", "title": "Formulier", "message": "", "token": csrf_token(request)}
    return render(request, "error.html", context)


async def healthz(request: web.Request) -> web.StreamResponse:
    return web.json_response({"status": "ok"})


SiteFactory = Callable[..., Site]


@pytest.fixture
def make_site(tmp_path: Path) -> Iterator[SiteFactory]:
    """Build a review UI like ``create_app`` would (``json_errors`` outside), two users."""
    runners: list[tuple[asyncio.Runner, TestClient]] = []

    def build(config: ReviewConfig | None = None) -> Site:
        clock = Clock()
        app = web.Application(middlewares=[json_errors])
        data_dir = tmp_path / f"data{len(runners)}"
        setup_review(app, data_dir, config, clock=clock, params=FAST)
        app.router.add_get("/review/officer", officer_only)
        app.router.add_post("/review/save", save)
        app.router.add_get("/review/form", page_with_form)
        app.router.add_get("/healthz", healthz)
        runner = asyncio.Runner()

        async def start() -> TestClient:
            client = TestClient(TestServer(app, host="127.0.0.1"))
            await client.start_server()
            return client

        client = runner.run(start())
        runners.append((runner, client))
        accounts = app[ACCOUNTS]
        accounts.add("anne", "reviewer", PASSWORD)
        accounts.add("olga", "officer", OFFICER_PASSWORD)
        return Site(Browser(runner, client), accounts, clock, app)

    yield build
    for runner, client in runners:
        runner.run(client.close())
        runner.close()


@pytest.fixture
def site(make_site: SiteFactory) -> Site:
    return make_site()


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[Any]:
    """The review UI over a store and register holding every code a page can show
    (:mod:`tests.review.seed`); nobody logged in yet."""
    from tests.review.seed import build, seed_messages

    state, _app, client = build(tmp_path)
    seed_messages(state)
    yield state
    state.runner.run(client.close())
    state.runner.run(state.store.close())
    state.register.close()
    state.runner.close()
