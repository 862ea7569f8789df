"""The reviewers' and privacy officer's web UI: accounts, login, sessions and the page frame.

Wiring it into an application (``bot.app.create_app``)::

    from bot.review import ReviewConfig, setup_review

    setup_review(app, config.data_dir, ReviewConfig.from_settings(settings))

A page handler::

    from bot.review import current_user, render, require_role

    async def messages(request):                    # any logged-in user
        user = current_user(request)               # never None under /review
        return render(request, "messages.html", {"nav": "messages", "rows": rows})

    @require_role("officer")
    async def register_page(request): ...

Templates extend ``base.html``; forms that post put ``{{ csrf_input() }}`` inside.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from pathlib import Path

from aiohttp import web

from bot.retention import DB_FILE
from bot.review.accounts import ACCOUNTS_FILE, ROLES, Accounts, Session, User, utc_now
from bot.review.auth import (
    CSRF_FIELD,
    CSRF_HEADER,
    SECURITY_HEADERS,
    SESSION_COOKIE,
    add_security_headers,
    auth_middleware,
    require_role,
)
from bot.review.config import ReviewConfig
from bot.review.keys import (
    ACCOUNTS,
    REVIEW_CONFIG,
    REVIEW_STATE,
    SESSION,
    STORE_FILE,
    ReviewState,
    csrf_token,
    current_session,
    current_user,
)
from bot.review.passwords import DEFAULT_PARAMS, ScryptParams
from bot.review.ratelimit import FailureLimiter
from bot.review.render import STATIC_DIR, error_page, make_environment, render, review_context
from bot.review.views import home, login_page, login_submit, logout

__all__ = [
    "ACCOUNTS",
    "ACCOUNTS_FILE",
    "CSRF_FIELD",
    "CSRF_HEADER",
    "REVIEW_CONFIG",
    "REVIEW_STATE",
    "ROLES",
    "SECURITY_HEADERS",
    "SESSION",
    "SESSION_COOKIE",
    "Accounts",
    "ReviewConfig",
    "Session",
    "User",
    "csrf_token",
    "current_session",
    "current_user",
    "error_page",
    "render",
    "require_role",
    "review_context",
    "setup_review",
]


#: the review UI's static files, by name: a request names one of these or gets a 404
#: (aiohttp's static route answered a name longer than the file system allows with a 500)
STATIC_FILES = {p.name: p for p in STATIC_DIR.iterdir() if p.is_file()}


async def static_file(request: web.Request) -> web.StreamResponse:
    """``GET /review/static/{filename}``: one of :data:`STATIC_FILES`, else 404."""
    path = STATIC_FILES.get(request.match_info["filename"])
    if path is None:
        raise web.HTTPNotFound()
    return web.FileResponse(path)


def setup_review(
    app: web.Application,
    data_dir: Path | str,
    config: ReviewConfig | None = None,
    *,
    clock: Callable[[], datetime] | None = None,
    params: ScryptParams = DEFAULT_PARAMS,
) -> None:
    """Add the review UI to ``app``: templates, the auth middleware, the security headers,
    ``/login``, ``/logout``, ``/review`` and ``/review/static/``, and ``accounts.db`` in
    ``data_dir`` (opened at start-up, closed at shutdown, via ``cleanup_ctx``). The start
    page reads the message store in ``data_dir`` (``privacywacht.db``) and, when the app has
    one, the register (``bot.register_api.REGISTER``).

    Call it before the application starts and before adding review pages. The middleware is
    appended to ``app.middlewares``: it must sit inside any middleware that turns errors into
    JSON (as ``bot.app.json_errors`` does), which appending after it guarantees. ``clock``
    (timezone-aware UTC) replaces the wall clock for sessions and login throttling (tests).
    """
    config = config or ReviewConfig()
    data_dir = Path(data_dir)
    app[REVIEW_CONFIG] = config
    now = clock or utc_now
    limiter = FailureLimiter(
        config.login_failures,
        config.login_window.total_seconds(),
        clock=(lambda: now().timestamp()) if clock is not None else time.monotonic,
    )
    app[REVIEW_STATE] = ReviewState(limiter)
    app[STORE_FILE] = data_dir / DB_FILE
    make_environment(app)
    app.middlewares.append(auth_middleware)
    app.on_response_prepare.append(add_security_headers)
    app.router.add_get("/login", login_page)
    app.router.add_post("/login", login_submit)
    app.router.add_post("/logout", logout)
    app.router.add_get("/review", home)
    app.router.add_get("/review/static/{filename}", static_file)

    async def accounts_ctx(app: web.Application) -> AsyncIterator[None]:
        accounts = await asyncio.to_thread(Accounts.in_dir, data_dir, clock=now, params=params)
        app[ACCOUNTS] = accounts
        try:
            yield
        finally:
            await asyncio.to_thread(accounts.close)

    app.cleanup_ctx.append(accounts_ctx)
