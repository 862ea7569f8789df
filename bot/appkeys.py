"""Application keys shared by the service and its page modules.

In a module of its own so that page modules (``bot.review.pages``) can reach the store
without importing ``bot.app``, which imports them.
"""

from __future__ import annotations

from aiohttp import web

from bot.store import AsyncStore

STORE = web.AppKey("store", AsyncStore)
