"""The aiohttp application: generic API, ticket-system webhooks, health, OpenAPI.

Flow for every message, whatever the channel: authenticate (bearer token or the provider's
signature) -> parse -> skip a replayed event id -> redact in the process pool -> commit the
redacted message and its audit rows in one transaction -> answer. The answer comes only after
the commit, so a crash before it makes the provider retry and nothing is lost; a crash in the
pipeline stores nothing. Raw text exists only in this request's memory and the worker's.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import os
import re
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiohttp import web

from bot import http_errors, jsonbody, retention
from bot.appkeys import STORE
from bot.assistant import Statement, assistant_reply
from bot.chat.handover import MailHandover, WebhookHandover
from bot.chat.routes import CHAT
from bot.chat.routes import add_routes as add_chat_routes
from bot.chat.service import ChatService
from bot.engine import (
    EngineBusyError,
    EngineError,
    EngineSettings,
    InputRejectedError,
    Redacted,
    RedactionEngine,
)
from bot.identity import IdentityVerifier
from bot.identity_routes import VERIFIER
from bot.identity_routes import add_routes as add_identity_routes
from bot.intake import (
    MessageBusy,
    MessageFailed,
    MessageRejected,
    log_stored,
    redact_message,
    store_redacted,
)
from bot.key_files import check_key_files
from bot.limits import BUDGETS, Budgets, busy, too_many
from bot.logs import route_of
from bot.mail.forward import SmtpForwarder
from bot.mail.service import MailService
from bot.openapi import openapi_document
from bot.register_api import REGISTER, REVIEWERS
from bot.register_api import add_routes as add_register_routes
from bot.register_config import open_register
from bot.requests_desk import (
    RequestDesk,
    RoutedRequest,
    requester_contact,
    route_message,
)
from bot.retention import RetentionConfig
from bot.review import ReviewConfig, setup_review
from bot.review.pages import add_pages as add_review_pages
from bot.service_config import ServiceConfig
from bot.settings import Settings
from bot.store import AsyncStore
from bot.store.register import Register, RegisterError
from bot.webhooks import PROVIDERS, PayloadError, SignatureError, parse, verify
from bot.writeback import WriteBackError, ZendeskWriteBack
from pipelines.language import detect_language
from pipelines.mailtext import html_to_text

log = logging.getLogger("privacywacht.service")

SETTINGS = web.AppKey("settings", Settings)
CONFIG = web.AppKey("config", ServiceConfig)
ENGINE = web.AppKey("engine", RedactionEngine)
ZENDESK = web.AppKey("zendesk_writeback", ZendeskWriteBack)
TOKENS = web.AppKey("api_tokens", tuple)
STATEMENT = web.AppKey("privacy_statement", object)
DESK = web.AppKey("request_desk", RequestDesk)
TOKEN_FILE = "api-token"
REVIEWER_TOKEN_FILE = "reviewer-token"

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def error(status: int, reason: str) -> web.Response:
    """A JSON error body; ``reason`` is ours (never quotes the request)."""
    return web.json_response({"error": reason}, status=status)


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every error is JSON with a reason; unexpected ones are logged by class only."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        reasons = {
            404: "no such route",
            405: "method not allowed",
            413: f"body larger than {request.app[CONFIG].max_body_bytes} bytes",
        }
        return error(exc.status, reasons.get(exc.status, exc.reason))
    except ConnectionResetError:
        # the client went away mid-body: one line, no stack; the answer reaches nobody
        log.info("request.client_gone", extra={"ctx": {"path": route_of(request)}})
        return error(400, "the connection closed before the body was complete")
    except Exception:
        log.exception("request.failed", extra={"ctx": {"path": route_of(request)}})
        return error(500, "internal error: nothing was stored")


@web.middleware
async def body_deadline(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A request body must arrive within ``[service] body_timeout_s`` of its headers: it is
    read here under that deadline (a slow client gets 408 and the connection is closed)
    and the handler reads it from memory. Multipart bodies are streamed by their handler."""
    if request.body_exists and not request.content_type.startswith("multipart/"):
        timeout = request.app[CONFIG].body_timeout_s
        try:
            async with asyncio.timeout(timeout):
                await request.read()
        except TimeoutError:
            log.info("request.body_timeout", extra={"ctx": {"path": route_of(request)}})
            response = error(408, f"the body did not arrive within {timeout:g} s")
            response.force_close()
            return response
    return await handler(request)


# --------------------------------------------------------------------------------------------
# lifecycle


async def engine_ctx(app: web.Application) -> AsyncIterator[None]:
    settings, config = app[SETTINGS], app[CONFIG]
    engine = RedactionEngine(
        EngineSettings(
            model=settings.model,
            policy_file=settings.policy_file,
            max_chars=settings.max_message_chars,
            recognizers=dict(settings.recognizers),
            workers=config.workers,
            company=dict(settings.company),
            max_queue=config.limits.max_queue,
            timeout_s=config.limits.message_timeout_s,
            long_chars=config.limits.long_message_chars,
            max_split_chars=config.limits.max_mail_chars,
        )
    )
    app[ENGINE] = engine
    started = time.perf_counter()
    await engine.start()
    log.info(
        "engine.ready",
        extra={"ctx": {"count": config.workers, "ms": (time.perf_counter() - started) * 1000}},
    )
    yield
    await engine.close()


def load_or_create_token(data_dir: Path, name: str = TOKEN_FILE) -> str:
    """A token used when none is configured: created once, readable by owner only.

    Why: the embedded defaults must work without editing a file, but an open API would accept
    anyone's messages (or show anyone the register). The token is never logged; ``cat
    var/api-token`` (``var/reviewer-token``) shows it.
    """
    path = data_dir / name
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        token = secrets.token_urlsafe(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(token + "\n")
        log.info("api.token_created", extra={"ctx": {"path": name}})
        return token


async def store_ctx(app: web.Application) -> AsyncIterator[None]:
    config = app[CONFIG]
    # first of all: a key file missing beside its data stops the start, nothing written
    check_key_files(config.data_dir, config.register)
    config.data_dir.mkdir(parents=True, exist_ok=True)
    app[STORE] = await AsyncStore.open(config.data_dir / retention.DB_FILE)
    app[TOKENS] = config.api_tokens or (load_or_create_token(config.data_dir),)
    yield
    await app[STORE].close()


async def register_ctx(app: web.Application) -> AsyncIterator[None]:
    """The register of privacy requests, beside the message store (its own file and keys)."""
    config = app[CONFIG]
    register: Register = await asyncio.to_thread(open_register, config.register, config.data_dir)
    verifier = _verifier(app, register)
    app[DESK] = RequestDesk(register, verifier)
    if verifier is not None:
        app[VERIFIER] = verifier
    app[REGISTER] = register
    app[REVIEWERS] = dict(config.register.reviewers) or {
        "privacy-officer": load_or_create_token(config.data_dir, REVIEWER_TOKEN_FILE)
    }
    yield
    await asyncio.to_thread(register.close)


def _verifier(app: web.Application, register: Register) -> IdentityVerifier | None:
    """The identity check by mail, when a sender address for it is configured."""
    config = app[CONFIG]
    sender = config.register.verify_from or config.mail.forward_from
    if config.register.verify != "email" or not sender:
        return None
    public_url = config.register.public_url or f"http://{config.host}:{config.port}"
    return IdentityVerifier(
        register,
        SmtpForwarder(config.mail),
        sender,
        public_url.rstrip("/"),
        timedelta(hours=config.register.verify_ttl_hours),
    )


async def retention_ctx(app: web.Application) -> AsyncIterator[None]:
    """Expired messages, audit rows and closed requests are deleted in the background (and
    gone from the file bytes); it stops before the register closes."""
    config = RetentionConfig.from_settings(app[SETTINGS])
    async with retention.running(app[CONFIG].data_dir, config, app[REGISTER]):
        yield


async def writeback_ctx(app: web.Application) -> AsyncIterator[None]:
    table = app[CONFIG].webhooks.get("zendesk", {})
    zendesk = ZendeskWriteBack.from_mapping(table) if table.get("write_back") else None
    if zendesk is not None:
        app[ZENDESK] = zendesk
    yield
    if zendesk is not None:
        await zendesk.close()


async def channels_ctx(app: web.Application) -> AsyncIterator[None]:
    """Mail intake and chat start after the engine and store (and stop before them): a mail
    fetched during shutdown is finished, not cut off mid-commit."""
    config, engine, store = app[CONFIG], app[ENGINE], app[STORE]
    mail = MailService(config.mail, engine, store, app[DESK], config.register.verify_from)
    retries: asyncio.Task[None] | None = None
    if config.chat.enabled:
        chat = app[CHAT] = ChatService(
            config.chat, engine, store, _handover(config, mail), app[STATEMENT], app[DESK]
        )
        if chat.handover is not None:
            retries = asyncio.create_task(_retry_handovers(chat, config.chat.retry_interval_s))
    await mail.start()
    yield
    if retries is not None:
        retries.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await retries
    await mail.stop()


async def _retry_handovers(chat: ChatService, interval: float) -> None:
    """Failed chat handovers are sent again from the database until the helpdesk takes them."""
    while True:
        await asyncio.sleep(interval)
        try:
            await chat.retry_failed_handovers()
        except Exception:
            log.exception("chat.retry_failed")


def _handover(config: ServiceConfig, mail: MailService) -> MailHandover | WebhookHandover | None:
    chat = config.chat
    if chat.handover == "smtp" and mail.forwarder is not None and config.mail.forward_to:
        return MailHandover(mail.forwarder, config.mail.forward_to, chat.handover_from)
    if chat.handover == "webhook" and chat.handover_url:
        return WebhookHandover(chat.handover_url, chat.handover_secret)
    return None


def create_app(settings: Settings, config: ServiceConfig | None = None) -> web.Application:
    """Build the application; store, register, write-back, engine, mail and chat start in
    ``cleanup_ctx`` (in that order; they stop in reverse)."""
    config = config or ServiceConfig.from_settings(settings)
    http_errors.install()  # aiohttp's own 400s for unparsable requests quote nothing
    app = web.Application(
        middlewares=[json_errors, body_deadline], client_max_size=config.max_body_bytes
    )
    app[SETTINGS] = settings
    app[CONFIG] = config
    app[STATEMENT] = Statement.from_settings(settings)
    review = ReviewConfig.from_settings(settings)
    app[BUDGETS] = Budgets(config.limits, trust_proxy=review.trust_proxy)
    # after json_errors: errors under /review, /login and /logout become Dutch HTML pages
    setup_review(app, config.data_dir, review)
    add_review_pages(app)
    app.cleanup_ctx.extend(
        [store_ctx, register_ctx, retention_ctx, writeback_ctx, engine_ctx, channels_ctx]
    )
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/api/openapi.json", openapi)
    app.router.add_get("/privacy", privacy_statement)
    app.router.add_post("/api/v1/messages", post_message)
    app.router.add_post("/webhooks/{provider}", webhook)
    add_register_routes(app)
    add_identity_routes(app)
    if config.chat.enabled:
        add_chat_routes(app)
    return app


# --------------------------------------------------------------------------------------------
# helpers


async def read_json(request: web.Request) -> Any:
    """The JSON body, or a 415/400 that says what is wrong (without quoting the body)."""
    if request.content_type != "application/json":
        raise web.HTTPUnsupportedMediaType(reason="send application/json")
    body = await request.read()  # over client_max_size -> 413 from aiohttp
    try:
        return jsonbody.loads(body)  # lone surrogates become U+FFFD; too deep is a 400
    except jsonbody.JSONBodyError as exc:
        raise web.HTTPBadRequest(reason=exc.reason) from None


async def healthz(request: web.Request) -> web.Response:
    engine = request.app.get(ENGINE)
    if engine is None or not engine.ready:
        return web.json_response({"status": "starting"}, status=503)
    return web.json_response({"status": "ok", "workers": request.app[CONFIG].workers})


async def privacy_statement(request: web.Request) -> web.Response:
    statement = request.app[STATEMENT]
    if statement is None:
        raise web.HTTPNotFound()
    return web.Response(text=statement.to_html(), content_type="text/html", charset="utf-8")


async def openapi(request: web.Request) -> web.Response:
    return web.json_response(openapi_document())


def bearer_ok(request: web.Request) -> bool:
    tokens = request.app[TOKENS]
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return False
    # compare with every token so the time does not tell which one nearly matched; a header's
    # non-ASCII bytes arrive as surrogates, which only "surrogatepass" encodes (a 401, not a 500)
    offered = token.encode("utf-8", "surrogatepass")
    return any([hmac.compare_digest(offered, t.encode()) for t in tokens])


_API_FIELDS = {"conversation_id", "sender", "subject", "text", "purpose"}
#: aiohttp hands a header's non-ASCII bytes over as lone surrogates; such a key is refused
#: before any work (it could not be stored, and no client library sends one).
_IDEMPOTENCY_KEY = re.compile(r"[!-~]{1,200}")


async def post_message(request: web.Request) -> web.Response:
    """``POST /api/v1/messages``: redact, store, answer with the redacted text and a reply."""
    if not bearer_ok(request):
        return web.json_response(
            {"error": "missing or invalid bearer token"},
            status=401,
            headers={"WWW-Authenticate": 'Bearer realm="privacywacht"'},
        )
    budgets = request.app[BUDGETS]
    token = hashlib.sha256(request.headers["Authorization"].encode()).hexdigest()[:16]
    wait, spent = budgets.take(request, ("token:" + token, "token", budgets.config.api_per_minute))
    if wait:
        return too_many(wait, spent)
    body = await read_json(request)
    if not isinstance(body, dict):
        return error(400, "body must be a JSON object")
    unknown = len(set(body) - _API_FIELDS)
    if unknown:  # counted, not named: a field name is client text like any other
        fields = f"{unknown} unknown field{'s' if unknown > 1 else ''}"
        return error(400, f"{fields}; allowed: {', '.join(sorted(_API_FIELDS))}")
    if not isinstance(body.get("text"), str) or not body["text"].strip():
        return error(400, "field 'text' is required and must be a non-empty string")
    for key in ("conversation_id", "sender", "subject", "purpose"):
        if body.get(key) is not None and not isinstance(body[key], str):
            return error(400, f"field '{key}' must be a string")
    conversation = body.get("conversation_id")
    if conversation is not None and not (0 < len(conversation) <= 200):
        return error(400, "field 'conversation_id' must be 1-200 characters")
    store, engine = request.app[STORE], request.app[ENGINE]
    event_id = request.headers.get("Idempotency-Key")
    if event_id is not None and not _IDEMPOTENCY_KEY.fullmatch(event_id):
        return error(400, "header 'Idempotency-Key' must be 1-200 visible ASCII characters")
    if event_id is not None:  # the caller's key is kept as a keyed HMAC, never as sent
        earlier = await store.find_caller_delivery("api", event_id)
        if earlier is not None:
            return await _replayed(request.app, earlier.message_id, conversation, body)

    purpose = body.get("purpose")
    started = time.perf_counter()
    async with engine.turns.turn(f"api:{conversation}" if conversation else None):
        # the caller's id is ours (a stored conversation of any channel) or theirs
        known = await store.get_conversation(conversation) if conversation else None
        if known is None and conversation:  # theirs: stored as a keyed HMAC of what they sent
            known = await store.find_caller_conversation("api", conversation)
        memory = await store.conversation_memory(known.id if known else None)
        try:
            message = await redact_message(
                engine,
                "api",
                body["text"],
                body.get("sender"),
                body.get("subject"),
                purpose,
                memory,
            )
        except MessageRejected as rejected:
            return error(rejected.status, rejected.reason)
        except MessageBusy as exc:
            return busy(exc.retry_after)
        except MessageFailed:
            return error(500, "redaction failed: nothing was stored")
        result = message.result
        recorded = await store_redacted(
            store,
            "api",
            message,
            event_id=store.caller_ref(event_id) if event_id is not None else None,
            conversation_id=known.id if known else None,
            external_ref=store.caller_ref(conversation) if conversation and not known else None,
        )
    log_stored("api", recorded.message_id, result, started)
    language = detect_language(result.text)
    try:
        routed = await route_message(
            request.app[DESK],
            "api",
            result,
            message_id=recorded.message_id,
            conversation_id=recorded.conversation_id,
            sender=body.get("sender"),
            language=language,
        )
    except RegisterError:
        return _register_failed("api", recorded.message_id)
    return web.json_response(
        {
            "id": recorded.message_id,
            "conversation_id": conversation or recorded.conversation_id,
            "text": result.text,
            "entities": result.entities,
            "request": _request_json(result.request, routed),
            "reply": _reply(request.app, result.text, result.entities, routed),
        },
        status=200 if recorded.duplicate else 201,
    )


def _register_failed(channel: str, message_id: str) -> web.Response:
    """The message is stored but its request is not registered: answer 500 so the sender
    retries; the retry finds the stored message and registers the request (idempotent)."""
    log.error("register.failed", extra={"ctx": {"channel": channel, "message_id": message_id}})
    return error(500, "the message is stored but its privacy request could not be registered")


def _request_json(
    request: dict[str, Any] | None, routed: RoutedRequest | None
) -> dict[str, Any] | None:
    if request is None and routed is None:
        return None
    merged = dict(request or {})
    if routed is not None:
        merged.setdefault("type", routed.record.type)
        merged.update(routed.as_json())
    return merged


def _reply(
    app: web.Application,
    redacted_text: str,
    entities: list[dict[str, Any]],
    routed: RoutedRequest | None = None,
) -> str:
    """The assistant's answer, the same for the first delivery and a replay of it."""
    language = detect_language(redacted_text)
    paragraph = routed.reply(language) if routed is not None else None
    return assistant_reply(redacted_text, entities, language, app[STATEMENT], paragraph)


async def _ensure_registered(
    app: web.Application, channel: str, message_id: str, sender: str | None
) -> RoutedRequest | None:
    """For a replayed delivery: the stored message's request, registered now if a crash (or
    a register failure) came between the commit and the registration the first time."""
    message = await app[STORE].get_message(message_id)
    if message is None or not message.request_type:
        return None
    return await app[DESK].route(
        channel=channel,
        request={"type": message.request_type},
        contact=requester_contact(sender, [], []),
        conversation_id=message.conversation_id,
        message_id=message_id,
        language=detect_language(message.text_redacted),
    )


async def _replayed(
    app: web.Application, message_id: str, conversation: str | None, body: dict[str, Any]
) -> web.Response:
    """The answer to a replayed delivery: the stored (redacted) message, nothing new written.

    ``conversation`` is the request's conversation id: the first answer echoed it, so the
    replay does too (else the stored conversation's own id, as the first answer gave).
    """
    store = app[STORE]
    try:
        routed = await _ensure_registered(app, "api", message_id, body.get("sender"))
    except RegisterError:
        return _register_failed("api", message_id)
    message = await store.get_message(message_id)
    findings = await store.findings_for(message_id)
    entities = [
        {"type": f.entity_type, "start": f.start, "end": f.end, "score": f.score,
         "action": f.action, "recognizer": f.recognizer, "reason": f.reason}
        for f in findings
    ]  # fmt: skip
    return web.json_response(
        {
            "id": message_id,
            "conversation_id": conversation or (message.conversation_id if message else None),
            "text": message.text_redacted if message else None,
            "entities": entities,
            "request": _request_json(
                {"type": message.request_type} if message and message.request_type else None,
                routed,
            ),
            "reply": _reply(app, message.text_redacted if message else "", entities, routed),
            "duplicate": True,
        },
        status=200,
    )


async def webhook(request: web.Request) -> web.Response:
    """``POST /webhooks/{provider}``: verify the provider's signature, then store each message."""
    provider = request.match_info["provider"]
    if provider not in PROVIDERS:
        return error(404, "no such webhook provider")
    config = request.app[CONFIG].webhooks.get(provider, {})
    wait, spent = request.app[BUDGETS].take(request)
    if wait:
        return too_many(wait, spent)
    body = await request.read()
    try:
        verify(provider, request.headers, body, config, datetime.now(UTC))
    except SignatureError as exc:
        log.warning("webhook.refused", extra={"ctx": {"provider": provider, "status": 401}})
        return error(401, exc.reason)
    try:
        messages = parse(provider, body, request.headers)
    except PayloadError as exc:
        return error(400, exc.reason)
    store, engine = request.app[STORE], request.app[ENGINE]
    purpose = config.get("purpose")
    stored, duplicates, ids, requests = 0, 0, [], []
    for incoming in messages:
        earlier = await store.find_delivery(provider, incoming.event_id)
        if earlier is not None:
            duplicates += 1
            ids.append(earlier.message_id)
            try:
                routed = await _ensure_registered(
                    request.app, provider, earlier.message_id, incoming.sender
                )
            except RegisterError:
                return _register_failed(provider, earlier.message_id)
            if routed is not None:
                requests.append(_webhook_request(earlier.message_id, routed))
            continue
        text = incoming.text
        if incoming.html:  # in a worker, under the time cap: it scales with the input
            try:
                text = await engine.run(html_to_text, text, size=len(text))
            except EngineBusyError as exc:
                return busy(exc.retry_after)
            except InputRejectedError as exc:
                return error(exc.status, str(exc))
            except EngineError:
                return error(500, "redaction failed: nothing was stored for this message")
        if not text.strip():
            continue
        started = time.perf_counter()
        async with engine.turns.turn(f"{provider}:{incoming.conversation_ref}"):
            conversation = await store.find_conversation(provider, incoming.conversation_ref)
            memory = await store.conversation_memory(conversation.id if conversation else None)
            try:
                message = await redact_message(
                    engine,
                    provider,
                    text,
                    incoming.sender,
                    incoming.subject,
                    purpose,
                    memory,
                )
            except MessageRejected as rejected:
                return error(rejected.status, rejected.reason)
            except MessageBusy as exc:
                return busy(exc.retry_after)
            except MessageFailed:
                return error(500, "redaction failed: nothing was stored for this message")
            result = message.result
            recorded = await store_redacted(
                store,
                provider,
                message,
                event_id=incoming.event_id,
                external_ref=incoming.conversation_ref,
            )
        ids.append(recorded.message_id)
        try:
            routed = await route_message(
                request.app[DESK],
                provider,
                result,
                message_id=recorded.message_id,
                conversation_id=recorded.conversation_id,
                sender=incoming.sender,
                language=detect_language(result.text),
            )
        except RegisterError:
            return _register_failed(provider, recorded.message_id)
        if routed is not None:
            requests.append(_webhook_request(recorded.message_id, routed))
        if recorded.duplicate:
            duplicates += 1
            continue
        stored += 1
        log_stored(provider, recorded.message_id, result, started)
        if provider == "zendesk" and incoming.comment_id and not incoming.html:
            await _write_back(request.app, incoming.conversation_ref, incoming.comment_id, text,
                              result)  # fmt: skip
    return web.json_response(
        {
            "received": len(messages),
            "stored": stored,
            "duplicates": duplicates,
            "ids": ids,
            "requests": requests,
        }
    )


def _webhook_request(message_id: str, routed: RoutedRequest) -> dict[str, Any]:
    """A registered request in the webhook answer, with the text a helpdesk macro can post."""
    return {"message_id": message_id, "type": routed.record.type, **routed.as_json(),
            "reply": routed.reply("nl")}  # fmt: skip


async def _write_back(
    app: web.Application, ticket: str, comment: str, text: str, result: Redacted
) -> None:
    """Clean the original comment in Zendesk; a failure is logged, the stored copy stands."""
    zendesk = app.get(ZENDESK)
    if zendesk is None or not zendesk.enabled:
        return
    spans = [(e["start"], e["end"]) for e in result.entities if e["action"] == "redact"]
    if not spans:
        return
    try:
        await zendesk.redact_comment(ticket, comment, text, spans, False)
    except WriteBackError as exc:
        log.error(
            "writeback.failed",
            extra={"ctx": {"provider": "zendesk", "status": exc.status, "ticket_id": ticket}},
        )
