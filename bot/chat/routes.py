"""``GET /chat`` (the page), ``/chat/static/*`` and ``/chat/ws`` (the WebSocket).

Frames are JSON. The page sends ``{"type": "message", "text": ..., "id"?: ...}``; the service
answers ``{"type": "reply", "text": ..., ...}``, or ``{"type": "error", "reason": ...}`` for a
frame it cannot use — and keeps the socket open. On connect it sends ``{"type": "welcome",
"session": ..., "history": [...]}``: the page reconnects with ``?session=...`` and the
conversation goes on where it was (the history shows the stored, redacted messages).
"""

from __future__ import annotations

import logging
from pathlib import Path

from aiohttp import WSMsgType, web

from bot import jsonbody
from bot.chat.service import (
    GREETING,
    SESSION_RE,
    ChatService,
    FrameError,
    new_session,
    parse_frame,
)
from bot.intake import MessageBusy, MessageFailed, MessageRejected
from bot.limits import BUDGETS, retry_after
from pipelines.language import detect_language

log = logging.getLogger("privacywacht.chat")

CHAT = web.AppKey("chat", ChatService)
STATIC = Path(__file__).resolve().parent.parent / "static"
_STATIC_FILES = {"chat.js": "text/javascript", "chat.css": "text/css"}
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


def add_routes(app: web.Application) -> None:
    app.router.add_get("/chat", chat_page)
    app.router.add_get("/chat/static/{name}", chat_static)
    app.router.add_get("/chat/ws", chat_ws)


async def chat_page(request: web.Request) -> web.Response:
    return web.Response(
        body=(STATIC / "chat.html").read_bytes(),
        content_type="text/html",
        charset="utf-8",
        headers=SECURITY_HEADERS,
    )


async def chat_static(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    if name not in _STATIC_FILES:
        raise web.HTTPNotFound()
    return web.Response(
        body=(STATIC / name).read_bytes(),
        content_type=_STATIC_FILES[name],
        charset="utf-8",
        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache"},
    )


async def chat_ws(request: web.Request) -> web.WebSocketResponse:
    chat = request.app[CHAT]
    ws = web.WebSocketResponse(heartbeat=30, max_msg_size=chat.config.max_frame_bytes)
    await ws.prepare(request)
    session = request.query.get("session", "")
    if not SESSION_RE.match(session):
        session = new_session()
    conversation_id, history = await chat.history(session)
    language = request.query.get("lang") if request.query.get("lang") in ("nl", "en") else "nl"
    await ws.send_json(
        {
            "type": "welcome",
            "session": session,
            "conversation_id": conversation_id,
            "history": history,
            "text": GREETING[language],
        }
    )
    log.info("chat.connected", extra={"ctx": {"conversation_id": conversation_id}})
    async for frame in ws:
        if frame.type == WSMsgType.TEXT:
            await _on_text(ws, chat, session, frame.data, request)
        elif frame.type == WSMsgType.BINARY:
            await _error(ws, "binary frames are not supported: send JSON text")
        elif frame.type == WSMsgType.ERROR:
            log.warning(
                "chat.socket_error", extra={"ctx": {"error": type(ws.exception()).__name__}}
            )
            break
    return ws


async def _error(ws: web.WebSocketResponse, reason: str, wait: float | None = None) -> None:
    frame: dict[str, object] = {"type": "error", "reason": reason}
    if wait is not None:
        frame["retry_after"] = int(retry_after(wait))
    await ws.send_json(frame)


async def _over_budget(ws: web.WebSocketResponse, session: str, request: web.Request) -> bool:
    """Whether the session or its address has used its messages for now (then an error
    frame with ``retry_after`` is sent; the socket stays open)."""
    budgets = request.app.get(BUDGETS)
    if budgets is None:
        return False
    chat_rate = ("chat:" + session, "chat session", budgets.config.chat_per_minute)
    wait, spent = budgets.take(request, chat_rate)
    if not wait:
        return False
    seconds = retry_after(wait)
    await _error(ws, f"too many messages for this {spent}: try again in {seconds} s", wait)
    return True


async def _on_text(
    ws: web.WebSocketResponse,
    chat: ChatService,
    session: str,
    data: str,
    request: web.Request,
) -> None:
    try:
        frame = jsonbody.loads(data)  # lone surrogates become U+FFFD; too deep is refused
    except jsonbody.JSONBodyError as exc:  # the reason quotes nothing of the frame
        await _error(ws, f"frame is not usable JSON: {exc.reason}")
        return
    if isinstance(frame, dict) and frame.get("type") == "ping":
        await ws.send_json({"type": "pong"})
        return
    try:
        text, client_id = parse_frame(frame)
        if await _over_budget(ws, session, request):
            return
        answer = await chat.answer(session, text, client_id)
    except FrameError as exc:
        await _error(ws, str(exc))
        return
    except MessageRejected as exc:
        await _error(ws, exc.reason)
        return
    except MessageBusy as exc:
        busy = "busy: the work queue is full, your message was not saved; try again"
        await _error(ws, busy, exc.retry_after)
        return
    except MessageFailed:
        language = detect_language(text)
        reason = (
            "Er ging iets mis; je bericht is niet bewaard. Probeer het opnieuw."
            if language == "nl"
            else "Something went wrong; your message was not saved. Please try again."
        )
        await _error(ws, reason)
        return
    await ws.send_json(
        {
            "type": "reply",
            "text": answer.reply,
            "language": answer.language,
            "message_id": answer.message_id,
            "conversation_id": answer.conversation_id,
            "redacted": answer.text,
            "removed": answer.removed,
            "handed_over": answer.handed_over,
            "request": answer.request,
        }
    )
