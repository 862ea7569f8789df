"""The answer to a request aiohttp cannot parse: a status and a reason, never the request.

aiohttp answers a malformed request line or header itself, before any middleware runs, and
its text quotes the offending line (``Invalid header token: b'X-Note: ...'``) — which may be
the very personal data or secret a client put there. :func:`install` makes those answers
name the status only. aiohttp offers no setting or hook for this (the answer is built by
``RequestHandler.handle_error`` for a request that was never routed, so neither middlewares
nor ``on_response_prepare`` see it), hence a small wrapper around that one method; it also
logs such a request as one warning instead of aiohttp's error with a stack.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from aiohttp import web
from aiohttp.web_protocol import RequestHandler

log = logging.getLogger("privacywacht.http")

_MARK = "_privacywacht_quiet"


def install() -> None:
    """Make aiohttp's own 4xx answers quote nothing (idempotent; 500s are already generic)."""
    original = RequestHandler.handle_error
    if getattr(original, _MARK, False):
        return

    def handle_error(
        self: RequestHandler,
        request: Any,
        status: int = 500,
        exc: BaseException | None = None,
        message: str | None = None,
    ) -> Any:
        if status == HTTPStatus.INTERNAL_SERVER_ERROR:
            return original(self, request, status, exc, message)
        # the client's mistake: one warning line with the error's class (aiohttp would log an
        # ERROR with its stack), and an answer that quotes nothing
        log.warning(
            "http.unparsable", extra={"ctx": {"status": status, "error": type(exc).__name__}}
        )
        if request.writer.output_size > 0:  # as aiohttp: too late for another answer
            raise ConnectionError("a response was sent already")
        response = web.Response(
            status=status, text=f"{status} {_phrase(status)}: the request could not be parsed\n"
        )
        response.force_close()
        return response

    setattr(handle_error, _MARK, True)
    RequestHandler.handle_error = handle_error  # type: ignore[method-assign]


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
