"""``/login``, ``/logout`` and the start page ``/review``.

Login answers every failure with the same sentence ("Onjuiste naam of wachtwoord") and,
through :meth:`bot.review.accounts.Accounts.verify`, in the same time, so the form tells no
one which names exist. Failures are counted per name and per client address
(:class:`bot.review.ratelimit.FailureLimiter`); over the limit the form answers 429 without
checking the password at all, so a blocked guesser learns nothing more.

The login form has a CSRF token too, although there is no session yet: otherwise another
site could log a reviewer's browser into an account of the attacker's ("login CSRF") and
read along with what the reviewer then does. The token is a double-submit cookie
(``pw_login``, Path=/login) matched against the hidden field.

Failed logins are logged without the name: people type their password into the name field.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
import secrets
from collections.abc import Mapping
from typing import Any

from aiohttp import web

from bot.forms import read_form
from bot.review.auth import (
    CSRF_FIELD,
    HOME_PATH,
    LOGIN_PATH,
    SESSION_COOKIE,
    clear_session_cookie,
    client_address,
    csrf_ok,
    is_secure,
    load_session,
    safe_next,
    set_session_cookie,
)
from bot.review.keys import ACCOUNTS, REVIEW_CONFIG, REVIEW_STATE, current_user
from bot.review.pages import landing_context
from bot.review.passwords import MAX_PASSWORD_CHARS
from bot.review.render import render

__all__ = ["LOGIN_COOKIE", "home", "login_page", "login_submit", "logout"]

log = logging.getLogger("privacywacht.review")

LOGIN_COOKIE = "pw_login"
WRONG = "Onjuiste naam of wachtwoord."
EXPIRED_FORM = "Het formulier was verlopen. Probeer het opnieuw."
_TOKEN = re.compile(r"[A-Za-z0-9_-]{32,64}")
_MAX_NAME = 200


async def login_page(request: web.Request) -> web.StreamResponse:
    """The login form; someone already logged in goes straight on."""
    target = safe_next(request.query.get("next"))
    if await load_session(request) is not None:
        return web.Response(status=302, headers={"Location": target})
    return _login_form(request, target)


async def login_submit(request: web.Request) -> web.StreamResponse:
    """Check the form's token, the throttle, then the password; a new session on success."""
    form = await read_form(request)
    name = _field(form, "name", _MAX_NAME).strip().lower()
    password = _field(form, "password", 4 * MAX_PASSWORD_CHARS)
    target = safe_next(_field(form, "next", 2000))
    if not csrf_ok(_login_token(request), _field(form, CSRF_FIELD, 200)):
        log.info("review.login_refused", extra={"ctx": {"outcome": "csrf"}})
        return _login_form(request, target, error=EXPIRED_FORM, name=name, status=403)

    config = request.app[REVIEW_CONFIG]
    state = request.app[REVIEW_STATE]
    keys = (f"name:{name}", f"ip:{client_address(request, config)}")
    wait = state.limiter.retry_after(*keys)
    if wait is not None:
        seconds = max(1, math.ceil(wait))
        log.info(
            "review.login_refused",
            extra={"ctx": {"outcome": "rate_limited", "retry_after": seconds}},
        )
        minutes = max(1, math.ceil(seconds / 60))
        message = (
            "Te veel mislukte pogingen om in te loggen. Probeer het over"
            f" {minutes} {'minuut' if minutes == 1 else 'minuten'} opnieuw."
        )
        response = _login_form(request, target, error=message, name=name, status=429)
        response.headers["Retry-After"] = str(seconds)
        return response

    # Counted as a failure before the check, in the same step as the limit test (no await
    # in between): otherwise a burst of parallel posts would all pass the test while the
    # first ones are still hashing, and the limit would be the burst size, not five.
    state.limiter.failure(*keys)
    accounts = request.app[ACCOUNTS]
    async with state.kdf_slots:
        user = await asyncio.to_thread(accounts.verify, name, password)
    if user is None:
        log.info("review.login_failed", extra={"ctx": {"outcome": "wrong_credentials"}})
        return _login_form(request, target, error=WRONG, name=name)

    state.limiter.reset(keys[0])
    state.limiter.forgive(keys[1])
    # A new session every time (never adopt the id the browser came with: session
    # fixation); the browser's previous session, if any, ends here.
    old = request.cookies.get(SESSION_COOKIE)
    if old:
        await asyncio.to_thread(accounts.end_session, old)
    session = await asyncio.to_thread(accounts.create_session, user, config.lifetime)
    response = web.Response(status=303, headers={"Location": target})
    set_session_cookie(response, request, config, session.token)
    response.del_cookie(LOGIN_COOKIE, path=LOGIN_PATH)
    log.info("review.login", extra={"ctx": {"actor": user.name, "outcome": "ok"}})
    return response


async def logout(request: web.Request) -> web.StreamResponse:
    """End the session (the middleware already checked that there is one and the token)."""
    user = current_user(request)
    token = request.cookies.get(SESSION_COOKIE, "")
    await asyncio.to_thread(request.app[ACCOUNTS].end_session, token)
    response = web.Response(status=303, headers={"Location": LOGIN_PATH})
    clear_session_cookie(response, request, request.app[REVIEW_CONFIG])
    log.info(
        "review.logout", extra={"ctx": {"actor": user.name if user else None, "outcome": "ok"}}
    )
    return response


async def home(request: web.Request) -> web.StreamResponse:
    """``/review``, where login lands: the work waiting, not a welcome. New messages since
    the previous visit (the first time: the last week), overdue requests and requests due
    within a week, each linked to its page. A part whose source is not set up (an app with
    the login but without the store or the register) is simply empty."""
    return render(request, "home.html", {"nav": "home", **await landing_context(request)})


# -- helpers -------------------------------------------------------------------------------


def _field(form: Mapping[str, Any], name: str, limit: int) -> str:
    """A text field of the form; "" when absent, a file, or longer than ``limit``."""
    value = form.get(name)
    if not isinstance(value, str) or len(value) > limit:
        return ""
    return value


def _login_token(request: web.Request) -> str:
    token = request.cookies.get(LOGIN_COOKIE, "")
    return token if _TOKEN.fullmatch(token) else ""


def _login_form(
    request: web.Request,
    target: str,
    *,
    error: str | None = None,
    name: str = "",
    status: int = 200,
) -> web.Response:
    """The form with a login token: the browser's, or a new one in a cookie."""
    token = _login_token(request) or secrets.token_urlsafe(32)
    context = {
        "user": None,
        "csrf_token": token,
        "next": target if target != HOME_PATH else "",
        "name": name,
        "error": error,
    }
    response = render(request, "login.html", context, status=status)
    response.set_cookie(
        LOGIN_COOKIE,
        token,
        path=LOGIN_PATH,
        httponly=True,
        samesite="Strict",
        secure=is_secure(request, request.app[REVIEW_CONFIG]),
    )
    return response
