"""Who is asking: the session cookie, CSRF tokens, roles and the security headers.

Everything under ``/review`` needs a logged-in user; this is enforced once, by
:func:`auth_middleware`, instead of by each page handler, so a page added later is protected
by default. The middleware

* looks up the ``pw_session`` cookie (server-side session, see :mod:`bot.review.accounts`)
  and puts the session on the request (read it with :func:`bot.review.keys.current_user`
  and :func:`bot.review.keys.csrf_token`);
* sends anonymous requests to ``/login?next=...``;
* checks the CSRF token on every state-changing request under ``/review`` and ``/logout``
  (hidden form field ``csrf`` or header ``X-CSRF-Token``; constant-time compare);
* turns errors under these paths into Dutch HTML pages, not the API's JSON.

Why both SameSite=Strict and a token: SameSite is a browser promise (old or embedded
browsers ignore it, and it says nothing about a sibling subdomain), the token is ours.

:func:`add_security_headers` sets the headers on every response under these paths however
the response was made (handler, error page, static file, redirect) — an
``on_response_prepare`` hook, so a handler cannot forget them.
"""

from __future__ import annotations

import asyncio
import functools
import hmac
import logging
import re
from collections.abc import Awaitable, Callable, Mapping

from aiohttp import web
from yarl import URL

from bot.forms import read_form
from bot.logs import route_of
from bot.review import labels
from bot.review.accounts import Session
from bot.review.config import ReviewConfig
from bot.review.keys import ACCOUNTS, REVIEW_CONFIG, SESSION, current_user
from bot.review.render import error_page

__all__ = [
    "CSRF_FIELD",
    "CSRF_HEADER",
    "SECURITY_HEADERS",
    "SESSION_COOKIE",
    "add_security_headers",
    "auth_middleware",
    "clear_session_cookie",
    "client_address",
    "csrf_ok",
    "is_protected",
    "is_review_path",
    "is_secure",
    "load_session",
    "login_url",
    "require_role",
    "safe_next",
    "set_session_cookie",
]

log = logging.getLogger("privacywacht.review")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

SESSION_COOKIE = "pw_session"
CSRF_FIELD = "csrf"
CSRF_HEADER = "X-CSRF-Token"
REVIEW_PREFIX = "/review"
STATIC_PREFIX = "/review/static/"
LOGIN_PATH = "/login"
LOGOUT_PATH = "/logout"
HOME_PATH = "/review"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

SECURITY_HEADERS: Mapping[str, str] = {
    # No script is shipped, so none is allowed; 'self' styles only (no inline styles).
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
        " frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    # Pages show (redacted) customer messages: no copy in a browser or proxy cache.
    "Cache-Control": "no-store",
}


# -- paths ---------------------------------------------------------------------------------


def is_review_path(path: str) -> bool:
    """Paths whose responses get the security headers and HTML error pages."""
    return path.startswith(REVIEW_PREFIX) or path in (LOGIN_PATH, LOGOUT_PATH)


def is_protected(path: str) -> bool:
    """Paths that need a session. A prefix test, not ``/review/``: a route someone adds as
    ``/reviews`` or ``/review-export`` is protected too rather than public by accident."""
    if path.startswith(STATIC_PREFIX):
        return False
    return path.startswith(REVIEW_PREFIX) or path == LOGOUT_PATH


_CONTROL = re.compile(r"[\x00-\x1f\x7f\\]")


def safe_next(value: object) -> str:
    """Where to go after login: a local path under ``/review``, else ``/review``.

    Refused: anything with a scheme or host (``https://evil``, ``//evil``), backslashes
    (browsers read ``/\\evil`` as ``//evil``), control characters, ``..`` segments, and
    paths outside ``/review``.
    """
    if not isinstance(value, str) or not value or len(value) > 2000 or _CONTROL.search(value):
        return HOME_PATH
    if not value.startswith("/") or value.startswith("//"):
        return HOME_PATH
    try:
        url = URL(value)
    except ValueError:
        return HOME_PATH
    if url.scheme or url.host or url.raw_authority:
        return HOME_PATH
    path = url.path
    if not (path == HOME_PATH or path.startswith(HOME_PATH + "/")):
        return HOME_PATH
    if any(segment in ("..", ".") for segment in path.split("/")):
        return HOME_PATH
    return value


# -- roles ----------------------------------------------------------------------------------


def require_role(*roles: str) -> Callable[[Handler], Handler]:
    """Decorator for a handler only these roles may use; others get a 403 page.

    ``@require_role("officer")``. Reviewer pages need no decorator: every logged-in user
    may see them. The role is read from the database on every request, so a changed role
    counts at once.
    """

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def checked(request: web.Request) -> web.StreamResponse:
            user = current_user(request)
            if user is None:
                raise web.HTTPFound(login_url(request))
            if user.role not in roles:
                log.info(
                    "review.forbidden",
                    extra={"ctx": {"actor": user.name, "path": route_of(request)}},
                )
                raise web.HTTPForbidden()
            return await handler(request)

        return checked

    return decorate


# -- transport details ---------------------------------------------------------------------


def _last_header_value(request: web.Request, name: str) -> str:
    """The value the nearest proxy added (the last one), not whatever the client sent."""
    values = request.headers.getall(name, [])
    if not values:
        return ""
    return values[-1].split(",")[-1].strip()


def is_secure(request: web.Request, config: ReviewConfig) -> bool:
    """Whether the browser reached us over HTTPS (then the cookie gets ``Secure``)."""
    if request.secure:
        return True
    return config.trust_proxy and _last_header_value(request, "X-Forwarded-Proto") == "https"


def client_address(request: web.Request, config: ReviewConfig) -> str:
    """The client's address for throttling; the proxy's ``X-Forwarded-For`` when trusted."""
    if config.trust_proxy:
        forwarded = _last_header_value(request, "X-Forwarded-For")
        if forwarded:
            return forwarded[:100]
    return request.remote or "unknown"


def set_session_cookie(
    response: web.StreamResponse, request: web.Request, config: ReviewConfig, token: str
) -> None:
    """``pw_session``: HttpOnly (no script reads it), SameSite=Strict, whole site, ``Secure``
    over HTTPS. No ``Max-Age``: a browser-session cookie; the server decides when it ends."""
    response.set_cookie(
        SESSION_COOKIE,
        token,
        path="/",
        httponly=True,
        samesite="Strict",
        secure=is_secure(request, config),
    )


def clear_session_cookie(
    response: web.StreamResponse, request: web.Request, config: ReviewConfig
) -> None:
    response.del_cookie(
        SESSION_COOKIE,
        path="/",
        httponly=True,
        samesite="Strict",
        secure=is_secure(request, config),
    )


def login_url(request: web.Request) -> str:
    """``/login`` with ``next`` set to this page (for GET; a form post cannot be replayed)."""
    if request.method in ("GET", "HEAD"):
        target = safe_next(request.path_qs)
        if target != HOME_PATH:
            return str(URL(LOGIN_PATH).with_query(next=target))
    return LOGIN_PATH


def _redirect(location: str, status: int = 302) -> web.Response:
    return web.Response(status=status, headers={"Location": location})


# -- the middleware ------------------------------------------------------------------------


#: what ``secrets.token_urlsafe`` makes (see :mod:`bot.review.accounts`), with room to spare
_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{1,200}")


def _cookie_readable(request: web.Request) -> bool:
    """No session cookie, or one that could be ours. aiohttp hands non-ASCII header bytes
    over as lone surrogates, which no digest or database can take."""
    token = request.cookies.get(SESSION_COOKIE, "")
    return not token or _TOKEN_RE.fullmatch(token) is not None


async def load_session(request: web.Request) -> Session | None:
    """Find the cookie's session (in a worker thread: SQLite) and remember it on the request.
    A cookie that cannot be ours (non-ASCII bytes arrive as surrogates) is no session: the
    pages anyone may see (``/login``) show as for a visitor without one."""
    token = request.cookies.get(SESSION_COOKIE, "")
    if not token or _TOKEN_RE.fullmatch(token) is None:
        return None
    accounts = request.config_dict[ACCOUNTS]
    idle = request.config_dict[REVIEW_CONFIG].idle
    session = await asyncio.to_thread(accounts.session, token, idle)
    if session is not None:
        request[SESSION] = session
    return session


async def _submitted_csrf(request: web.Request) -> str:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await read_form(request)  # cached: the handler's own request.post() reuses it
        value = form.get(CSRF_FIELD)
        if isinstance(value, str):
            return value
    return ""


def csrf_ok(expected: str, submitted: str) -> bool:
    """Constant-time comparison; an empty token never matches. A header's non-ASCII bytes
    arrive as surrogates: they are encoded as they are (no match, a 403, not a 500)."""
    if not expected or not submitted:
        return False
    offered = submitted.encode("utf-8", "surrogatepass")
    return hmac.compare_digest(expected.encode("utf-8"), offered)


@web.middleware
async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Session, login redirect, CSRF check and HTML errors for the review UI's paths."""
    path = request.path
    if not is_review_path(path):
        return await handler(request)
    try:
        if is_protected(path):
            if not _cookie_readable(request):
                # a byte no browser sends: refused (and the cookie cleared) before any lookup
                response = error_page(request, 400, "cookie")
                clear_session_cookie(response, request, request.config_dict[REVIEW_CONFIG])
                return response
            session = await load_session(request)
            if session is None:
                if path == LOGOUT_PATH:
                    return _redirect(LOGIN_PATH, 303)
                status = 302 if request.method in SAFE_METHODS else 303
                return _redirect(login_url(request), status)
            if not labels.loaded():  # Presidio's import: a second, once, off the loop
                await asyncio.to_thread(labels.warm)
            if request.method not in SAFE_METHODS:
                submitted = await _submitted_csrf(request)
                if not csrf_ok(session.csrf_token, submitted):
                    log.warning(
                        "review.csrf_refused",
                        extra={"ctx": {"method": request.method, "path": route_of(request)}},
                    )
                    return error_page(request, 403, "csrf")
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        kept = {k: v for k, v in exc.headers.items() if k in ("Allow", "Retry-After")}
        return error_page(request, exc.status, headers=kept)
    except ConnectionResetError:  # the browser went away mid-body: one line, no stack
        log.info("request.client_gone", extra={"ctx": {"path": route_of(request)}})
        return error_page(request, 400)
    except Exception:
        log.exception("review.failed", extra={"ctx": {"path": route_of(request)}})
        return error_page(request, 500)


async def add_security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """``on_response_prepare``: the security headers on every review UI response."""
    if is_review_path(request.path):
        response.headers.update(SECURITY_HEADERS)
