"""The review UI's application and request keys, and the accessors page handlers use.

A module of its own so that the middleware, the renderer and the pages can all import them
without importing each other.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path

from aiohttp import web

from bot.review.accounts import Accounts, Session, User
from bot.review.config import ReviewConfig
from bot.review.ratelimit import FailureLimiter

__all__ = [
    "ACCOUNTS",
    "REVIEW_CONFIG",
    "REVIEW_STATE",
    "SESSION",
    "STORE_FILE",
    "ReviewState",
    "csrf_token",
    "current_session",
    "current_user",
]

#: Login throttling and KDF concurrency: at most this many scrypt runs at once (32 MiB each).
KDF_SLOTS = 4


@dataclass
class ReviewState:
    """Per-application state of the login: the failure counter and the KDF slots."""

    limiter: FailureLimiter
    kdf_slots: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(KDF_SLOTS))


#: The open accounts database (set while the application runs, by ``cleanup_ctx``).
ACCOUNTS = web.AppKey("review_accounts", Accounts)
REVIEW_CONFIG = web.AppKey("review_config", ReviewConfig)
REVIEW_STATE = web.AppKey("review_state", ReviewState)
#: The message store's file, which the start page reads over a read-only connection.
STORE_FILE = web.AppKey("review_store_file", Path)
#: The session the auth middleware found for this request.
SESSION = web.RequestKey("review_session", Session)


def current_session(request: web.Request) -> Session | None:
    """The session the middleware found for this request, if any."""
    return request.get(SESSION)


def current_user(request: web.Request) -> User | None:
    """The logged-in user; never None inside a handler under ``/review`` (the middleware
    redirected anonymous requests before the handler ran)."""
    session = request.get(SESSION)
    return session.user if session is not None else None


def csrf_token(request: web.Request) -> str:
    """The session's CSRF token for a form's hidden ``csrf`` field ("" when anonymous)."""
    session = request.get(SESSION)
    return session.csrf_token if session is not None else ""
