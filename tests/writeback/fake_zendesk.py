"""A local aiohttp server that plays Zendesk's redaction endpoints for the write-back tests.

It checks the Authorization header, records every call (method, path, JSON body) and answers
from a script of replies, so tests can stage 429-then-200, 500-twice-then-200, 404, timeouts.
It deliberately echoes the request body (and a reason line) in error responses: a client that
copied the response into its exception would then leak the comment text, and the tests catch it.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer


@dataclass
class Reply:
    """One scripted answer."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Call:
    """One request as the fake received it."""

    method: str
    path: str
    query: str
    authorization: str | None
    content_type: str
    body: Any


def basic(email: str, token: str) -> str:
    """The header Zendesk expects for API-token auth: Basic base64("{email}/token:{token}")."""
    raw = f"{email}/token:{token}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


class FakeZendesk:
    """The fake's state: expected auth, scripted replies, recorded calls."""

    def __init__(self, authorization: str, replies: list[Reply] | None = None) -> None:
        self.authorization = authorization
        self.replies = list(replies or [])
        self.calls: list[Call] = []

    def make_app(self) -> web.Application:
        """A fresh application (one belongs to one event loop; tests run several loops)."""
        app = web.Application()
        app.router.add_put("/api/v2/comment_redactions/{comment_id}", self.handle)
        app.router.add_put("/api/v2/tickets/{ticket_id}/comments/{comment_id}/redact", self.handle)
        app.router.add_route("*", "/elsewhere", self.handle)
        return app

    async def handle(self, request: web.Request) -> web.StreamResponse:
        raw = await request.text()
        try:
            body: Any = json.loads(raw)
        except ValueError:
            body = raw
        self.calls.append(
            Call(
                method=request.method,
                path=request.path,
                query=request.query_string,
                authorization=request.headers.get("Authorization"),
                content_type=request.content_type,
                body=body,
            )
        )
        echo = json.dumps({"error": "RecordInvalid", "echo": body})
        if request.headers.get("Authorization") != self.authorization:
            return web.Response(status=401, text=echo, content_type="application/json")
        reply = self.replies.pop(0) if self.replies else Reply()
        if reply.delay:
            await asyncio.sleep(reply.delay)
        if 200 <= reply.status < 300:
            comment = {"comment": {"id": int(request.match_info.get("comment_id", 0))}}
            return web.json_response(comment, status=reply.status, headers=reply.headers)
        reason = None
        if isinstance(body, dict):  # a hostile reason line that quotes the request
            quoted = str(body.get("html_body") or body.get("text") or "")
            reason = f"Refused {quoted}".replace("\n", " ")[:200]
            reason = reason.encode("ascii", "replace").decode("ascii")
        return web.Response(
            status=reply.status,
            reason=reason,
            headers=reply.headers,
            text=echo,
            content_type="application/json",
        )


@asynccontextmanager
async def serve(fake: FakeZendesk) -> AsyncIterator[str]:
    """Run ``fake`` on 127.0.0.1 at a free port; yields its base URL."""
    async with TestServer(fake.make_app(), host="127.0.0.1") as server:
        yield f"http://127.0.0.1:{server.port}"
