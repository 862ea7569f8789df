"""The privacy officers' JSON API on the register of privacy requests (``/api/v1/register``).

Why a module of its own: the register is read and changed by privacy officers, not by the
ticket systems that post messages, so it has its own credentials (``[register] reviewers``,
name → bearer token; a message-API token opens nothing here) and every change is recorded
under the reviewer's name, which the register keeps as the ``actor`` of the event (art. 5(2),
accountability). Nothing here writes anything the register does not write itself, except one
log line when an officer reads a requester's decrypted contact details.

Routes (all answer JSON, errors as ``{"error": reason}``; every answer is ``no-store``,
because a register entry or contact details must not linger in a proxy or browser cache):

* ``GET  /api/v1/register?status=&type=``        requests, oldest received first
* ``GET  /api/v1/register/due?days=7``           open requests overdue or due within N days
* ``GET  /api/v1/register/export.csv``           the overview as a CSV attachment
* ``GET  /api/v1/register/{reference}``          one request and its history
* ``GET  /api/v1/register/{reference}/contact``  decrypted e-mail address and phone number
* ``POST /api/v1/register/{reference}/status``   ``{"status": S, "note"?: text}``
* ``POST /api/v1/register/{reference}/extension``  ``{"reason": text}``

The :class:`~bot.store.register.Register` is synchronous (SQLite behind a lock), so every
call goes to a worker thread: a slow disk must not stall the event loop that also serves the
message API.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import hmac
import io
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from bot import jsonbody
from bot.store.deadlines import format_dutch_date
from bot.store.register import (
    REQUEST_STATUSES,
    REQUEST_TYPES,
    ExtensionError,
    InvalidTransitionError,
    Register,
    RegisterClosedError,
    RegisterError,
    RegisterEvent,
    RegisterKeyError,
    RegisterValueError,
    RequestRecord,
    UnknownRequestError,
)

__all__ = [
    "MAX_DUE_DAYS",
    "MAX_TEXT_CHARS",
    "REALM",
    "REGISTER",
    "REVIEWERS",
    "add_routes",
    "openapi_paths",
]

log = logging.getLogger("privacywacht.register")

REGISTER = web.AppKey("register", Register)
#: Reviewer name → bearer token. Absent or empty: every request is refused (401).
REVIEWERS = web.AppKey("register_reviewers", dict)

REALM = "privacywacht-register"
#: Notes, motivations and reasons are stored in plain text and forever (the history is
#: append-only); a short limit keeps them a description rather than a pasted letter.
MAX_TEXT_CHARS = 2000
#: A horizon of more than a year is not a "due soon" list but a typo.
MAX_DUE_DAYS = 366
DEFAULT_DUE_DAYS = 7

PREFIX = "/api/v1/register"
NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}

_DIGITS_RE = re.compile(r"^[0-9]{1,4}$")

Handler = Callable[[web.Request, str], Awaitable[web.StreamResponse]]


# -- responses -----------------------------------------------------------------------------


def _error(status: int, reason: str, headers: Mapping[str, str] | None = None) -> web.Response:
    """A JSON error; built here rather than raised so the answer is JSON even without the
    service's error middleware (tests, another app embedding these routes)."""
    return web.json_response({"error": reason}, status=status, headers=headers)


def _unauthorized() -> web.Response:
    return _error(
        401,
        "missing or invalid reviewer token",
        {"WWW-Authenticate": f'Bearer realm="{REALM}"'},
    )


class _Refused(Exception):
    """A request this API will not carry out; becomes ``{"error": reason}`` with ``status``."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def record_json(record: RequestRecord) -> dict[str, Any]:
    """A request as the officers' tools see it: no contact details, only whether there are.

    ``deadline`` is the one that applies now (the extended one if any); ``deadline_nl`` is
    that date as the letter to the requester writes it ("uiterlijk 21 december 2026").
    """
    return {
        "reference": record.reference,
        "type": record.type,
        "status": record.status,
        "channel": record.channel,
        "received_at": record.received_at,
        "due_at": record.due_at,
        "extended_until": record.extended_until,
        "deadline": record.deadline,
        "deadline_nl": format_dutch_date(record.deadline),
        "closed_at": record.closed_at,
        "on_behalf_of": record.on_behalf_of,
        "has_email": record.has_email,
        "has_phone": record.has_phone,
        "conversation_id": record.conversation_id,
        "message_id": record.message_id,
        "refusal_motivation": record.refusal_motivation,
        "extension_reason": record.extension_reason,
    }


def event_json(event: RegisterEvent) -> dict[str, Any]:
    return {
        "at": event.at,
        "actor": event.actor,
        "kind": event.kind,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "note": event.note,
    }


# -- authentication ------------------------------------------------------------------------


def reviewer_for(request: web.Request) -> str | None:
    """The name of the reviewer whose token the request carries, or None.

    Every configured token is compared, and in constant time: no early exit, so the time
    taken does not tell whether (or which) a token nearly matched. Both sides are hashed
    first, so the comparison also does not leak a token's length.
    """
    reviewers: Mapping[str, str] = request.app.get(REVIEWERS) or {}
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        return None
    offered = hashlib.sha256(token.encode("utf-8", "surrogateescape")).digest()
    found: str | None = None
    for name, expected in reviewers.items():
        wanted = hashlib.sha256(expected.encode("utf-8")).digest()
        if hmac.compare_digest(offered, wanted) and found is None and expected:
            found = name
    return found


def _endpoint(handler: Handler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """Authenticate, turn register errors into JSON answers, and mark every answer no-store.

    One wrapper for all routes, so no route can forget the token check or the cache header.
    """

    @functools.wraps(handler)
    async def endpoint(request: web.Request) -> web.StreamResponse:
        actor = reviewer_for(request)
        if actor is None:
            response: web.StreamResponse = _unauthorized()
        else:
            try:
                response = await handler(request, actor)
            except _Refused as refused:
                response = _error(refused.status, refused.reason)
            except RegisterError as exc:
                response = _register_error(exc, request)
        response.headers.update(NO_STORE)
        return response

    return endpoint


def _register_error(exc: RegisterError, request: web.Request) -> web.Response:
    """The register's messages name references, statuses and key ids, never a contact
    detail (see :mod:`bot.store.register`), so they can go back to the officer as they are."""
    if isinstance(exc, UnknownRequestError):
        return _error(404, str(exc))
    if isinstance(exc, InvalidTransitionError | ExtensionError):
        return _error(409, str(exc))
    if isinstance(exc, RegisterValueError):  # MissingReasonError included
        return _error(400, str(exc))
    if isinstance(exc, RegisterClosedError):
        return _error(503, "the register is closed (the service is stopping)")
    if isinstance(exc, RegisterKeyError):
        log.error("register.key_unavailable", extra={"ctx": {"route": _route(request)}})
        return _error(500, "contact details cannot be decrypted: a register key is unavailable")
    log.error(
        "register.failed",
        extra={"ctx": {"route": _route(request), "error": type(exc).__name__}},
    )
    return _error(500, "the register could not complete this request; nothing was changed")


def _route(request: web.Request) -> str:
    info = request.match_info.route.resource
    return info.canonical if info is not None else request.path


# -- input ---------------------------------------------------------------------------------


def _register(request: web.Request) -> Register:
    register = request.app.get(REGISTER)
    if register is None:  # configuration error, not the officer's
        raise _Refused(503, "the register is not available")
    return register


def _unknown(names: list[str], what: str) -> str:
    """How many unknown names there were: counted, never quoted (a name is client text)."""
    return f"{len(names)} unknown {what}{'s' if len(names) > 1 else ''}"


def _query(request: web.Request, allowed: tuple[str, ...]) -> dict[str, str]:
    """The query parameters, each at most once; an unknown one is an error, not ignored,
    because a misspelt filter (``?state=open``) would otherwise return everything."""
    unknown = [key for key in request.query if key not in allowed]
    if unknown:
        raise _Refused(
            400,
            f"{_unknown(unknown, 'query parameter')}; allowed: {', '.join(allowed)}",
        )
    values: dict[str, str] = {}
    for key in allowed:
        given = request.query.getall(key, [])
        if len(given) > 1:
            raise _Refused(400, f"query parameter '{key}' given more than once")
        if given and given[0] != "":  # ``?status=`` (an empty form field) means no filter
            values[key] = given[0]
    return values


def _choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    if value is not None and value not in allowed:
        raise _Refused(400, f"unknown {name}; allowed: {', '.join(allowed)}")
    return value


async def _json_object(request: web.Request, fields: tuple[str, ...]) -> dict[str, Any]:
    """The body as a JSON object with only ``fields``; 415/400/413 with a reason otherwise.

    The reason never quotes the body: it may hold the very personal data a note must not.
    """
    if request.content_type != "application/json":
        raise _Refused(415, "send application/json")
    try:
        body = await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise _Refused(413, "body too large") from None
    if not body.strip():
        raise _Refused(400, "body is empty; send a JSON object")
    try:
        data = jsonbody.loads(body)  # lone surrogates become U+FFFD; too deep is a 400
    except jsonbody.JSONBodyError as exc:
        raise _Refused(400, exc.reason) from None
    if not isinstance(data, dict):
        raise _Refused(400, "body must be a JSON object")
    unknown = [key for key in data if key not in fields]
    if unknown:
        raise _Refused(400, f"{_unknown(unknown, 'field')}; allowed: {', '.join(fields)}")
    return data


def _text(data: Mapping[str, Any], field: str, *, required: bool) -> str | None:
    """A free-text field, stripped; whitespace only counts as absent."""
    value = data.get(field)
    if value is None:
        if required:
            raise _Refused(400, f"field '{field}' is required")
        return None
    if not isinstance(value, str):
        raise _Refused(400, f"field '{field}' must be a string")
    if len(value) > MAX_TEXT_CHARS:
        raise _Refused(400, f"field '{field}' is longer than {MAX_TEXT_CHARS} characters")
    value = value.strip()
    if not value:
        if required:
            raise _Refused(400, f"field '{field}' must not be empty")
        return None
    return value


# -- handlers ------------------------------------------------------------------------------


async def list_requests(request: web.Request, actor: str) -> web.Response:
    """``GET /api/v1/register?status=&type=``: all requests, oldest received first."""
    query = _query(request, ("status", "type"))
    status = _choice(query.get("status"), REQUEST_STATUSES, "status")
    kind = _choice(query.get("type"), REQUEST_TYPES, "type")
    records = await asyncio.to_thread(_register(request).list, status, kind)
    return web.json_response({"requests": [record_json(record) for record in records]})


async def due_requests(request: web.Request, actor: str) -> web.Response:
    """``GET /api/v1/register/due?days=7``: overdue first, then by deadline."""
    days_text = _query(request, ("days",)).get("days", str(DEFAULT_DUE_DAYS))
    if not _DIGITS_RE.match(days_text) or int(days_text) > MAX_DUE_DAYS:
        raise _Refused(400, f"days must be a whole number from 0 to {MAX_DUE_DAYS}")
    days = int(days_text)
    records = await asyncio.to_thread(_register(request).due, None, days)
    return web.json_response(
        {"days": days, "requests": [record_json(record) for record in records]}
    )


async def show_request(request: web.Request, actor: str) -> web.Response:
    """``GET /api/v1/register/{reference}``: the request and its history, oldest first."""
    reference = request.match_info["reference"]
    register = _register(request)
    # history() first: for an unknown reference it raises with the register's own message.
    events = await asyncio.to_thread(register.history, reference)
    record = await asyncio.to_thread(register.get, reference)
    if record is None:  # requests are never deleted; only a bug could get here
        raise UnknownRequestError("no request with that reference")
    return web.json_response(
        {**record_json(record), "events": [event_json(event) for event in events]}
    )


async def show_contact(request: web.Request, actor: str) -> web.Response:
    """``GET /api/v1/register/{reference}/contact``: the requester's decrypted details.

    The one read that reveals who asked, so it is logged: event, reference and reviewer,
    never the values themselves (a log is storage too, see :mod:`bot.logs`).
    """
    reference = request.match_info["reference"]
    email, phone = await asyncio.to_thread(_register(request).contact, reference)
    log.info("register.contact_viewed", extra={"ctx": {"request": reference, "actor": actor}})
    return web.json_response({"reference": reference, "email": email, "phone": phone})


async def change_status(request: web.Request, actor: str) -> web.Response:
    """``POST /api/v1/register/{reference}/status``: one step along the status machine.

    ``refused`` goes through :meth:`Register.refuse`, which insists on the motivation the
    requester must be given (art. 12(4)); it is checked here first so the answer is a plain
    400 for the missing field rather than depending on the request's current status.
    """
    reference = request.match_info["reference"]
    data = await _json_object(request, ("status", "note"))
    status = data.get("status")
    if not isinstance(status, str):
        raise _Refused(400, "field 'status' is required and must be a string")
    _choice(status, REQUEST_STATUSES, "status")
    note = _text(data, "note", required=False)
    register = _register(request)
    if status == "refused":
        if note is None:
            raise _Refused(400, "a refusal needs its motivation in field 'note' (art. 12(4))")
        record = await asyncio.to_thread(register.refuse, reference, actor, note)
    else:
        record = await asyncio.to_thread(register.advance, reference, status, actor, note)
    return web.json_response(record_json(record))


async def extend_deadline(request: web.Request, actor: str) -> web.Response:
    """``POST /api/v1/register/{reference}/extension``: the one two-month extension.

    Call it when the notice with the reason goes to the requester: the register records
    that moment as the notification the extension depends on (art. 12(3)).
    """
    reference = request.match_info["reference"]
    data = await _json_object(request, ("reason",))
    reason = _text(data, "reason", required=True)
    assert reason is not None  # required=True
    record = await asyncio.to_thread(_register(request).extend, reference, actor, reason)
    return web.json_response(record_json(record))


async def export_csv(request: web.Request, actor: str) -> web.Response:
    """``GET /api/v1/register/export.csv``: the register's own overview (no contact details,
    no notes), as an attachment, so a browser saves it rather than showing it."""
    _query(request, ())
    buffer = io.StringIO()
    count = await asyncio.to_thread(_register(request).export_csv, buffer)
    log.info("register.exported", extra={"ctx": {"count": count, "actor": actor}})
    day = datetime.now(UTC).date().isoformat()
    return web.Response(
        text=buffer.getvalue(),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="avg-register-{day}.csv"'},
    )


# -- wiring --------------------------------------------------------------------------------


def add_routes(app: web.Application) -> None:
    """Add the register routes to ``app``; it needs :data:`REGISTER` and :data:`REVIEWERS`.

    The fixed paths (``due``, ``export.csv``) come before ``{reference}`` so they are never
    taken for a reference.
    """
    app.router.add_get(PREFIX, _endpoint(list_requests))
    app.router.add_get(f"{PREFIX}/due", _endpoint(due_requests))
    app.router.add_get(f"{PREFIX}/export.csv", _endpoint(export_csv))
    app.router.add_get(f"{PREFIX}/{{reference}}", _endpoint(show_request))
    app.router.add_get(f"{PREFIX}/{{reference}}/contact", _endpoint(show_contact))
    app.router.add_post(f"{PREFIX}/{{reference}}/status", _endpoint(change_status))
    app.router.add_post(f"{PREFIX}/{{reference}}/extension", _endpoint(extend_deadline))


# -- OpenAPI -------------------------------------------------------------------------------

_ERROR_REF = {"$ref": "#/components/schemas/Error"}
_NULLABLE_TEXT = {"type": ["string", "null"]}
_RECORD_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "reference": {"type": "string", "pattern": "^AVG-[0-9]{4}-[0-9]{6}$"},
        "type": {"type": "string", "enum": list(REQUEST_TYPES)},
        "status": {"type": "string", "enum": list(REQUEST_STATUSES)},
        "channel": {"type": "string"},
        "received_at": {"type": "string", "format": "date-time"},
        "due_at": {"type": "string", "format": "date-time", "description": "one month on"},
        "extended_until": {"type": ["string", "null"], "format": "date-time"},
        "deadline": {
            "type": "string",
            "format": "date-time",
            "description": "the deadline that applies now (extended_until, else due_at)",
        },
        "deadline_nl": {"type": "string", "examples": ["21 december 2026"]},
        "closed_at": {"type": ["string", "null"], "format": "date-time"},
        "on_behalf_of": {"type": "boolean"},
        "has_email": {"type": "boolean"},
        "has_phone": {"type": "boolean"},
        "conversation_id": _NULLABLE_TEXT,
        "message_id": _NULLABLE_TEXT,
        "refusal_motivation": _NULLABLE_TEXT,
        "extension_reason": _NULLABLE_TEXT,
    },
}
_EVENT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "at": {"type": "string", "format": "date-time"},
        "actor": {"type": "string", "description": "reviewer name, or 'system'"},
        "kind": {"type": "string", "enum": ["received", "status", "duplicate", "extended"]},
        "from_status": _NULLABLE_TEXT,
        "to_status": {"type": "string"},
        "note": _NULLABLE_TEXT,
    },
}
_LIST_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"requests": {"type": "array", "items": _RECORD_SCHEMA}},
}


def _json(description: str, schema: Mapping[str, Any]) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(codes: Mapping[int, str]) -> dict[str, Any]:
    return {str(code): _json(text, _ERROR_REF) for code, text in sorted(codes.items())}


_REFERENCE_PARAM = {
    "name": "reference",
    "in": "path",
    "required": True,
    "schema": {"type": "string"},
    "examples": {"reference": {"value": "AVG-2026-000001"}},
}
_AUTH = {
    "security": [{"bearer": []}],
    "description": "Needs a reviewer token ([register] reviewers), not a message-API token; "
    "the reviewer's name is recorded as the actor of any change. Answers are Cache-Control: "
    "no-store.",
}


def openapi_paths() -> dict[str, Any]:
    """OpenAPI 3.1 path items for these routes, to merge into ``openapi_document()``.

    Schemas are inline (only the shared ``Error`` schema and ``bearer`` security scheme of
    :mod:`bot.openapi` are referenced), so merging the paths is all it takes.
    """
    auth_errors = {401: "missing or invalid reviewer token"}
    ref_errors = {**auth_errors, 404: "no request with this reference"}
    body_errors = {
        400: f"malformed JSON, unknown or invalid fields, text over {MAX_TEXT_CHARS} characters",
        413: "body too large",
        415: "not application/json",
    }
    extended = {**_RECORD_SCHEMA}
    extended["properties"] = {
        **_RECORD_SCHEMA["properties"],
        "events": {"type": "array", "items": _EVENT_SCHEMA},
    }
    return {
        PREFIX: {
            "get": {
                **_AUTH,
                "summary": "List privacy requests, oldest received first",
                "parameters": [
                    {
                        "name": "status",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "string", "enum": list(REQUEST_STATUSES)},
                    },
                    {
                        "name": "type",
                        "in": "query",
                        "required": False,
                        "schema": {"type": "string", "enum": list(REQUEST_TYPES)},
                    },
                ],
                "responses": {
                    "200": _json("the requests", _LIST_SCHEMA),
                    **_errors({400: "unknown status, type or query parameter", **auth_errors}),
                },
            }
        },
        f"{PREFIX}/due": {
            "get": {
                **_AUTH,
                "summary": "Open requests overdue or due within N days, soonest deadline first",
                "parameters": [
                    {
                        "name": "days",
                        "in": "query",
                        "required": False,
                        "schema": {
                            "type": "integer",
                            "minimum": 0,
                            "maximum": MAX_DUE_DAYS,
                            "default": DEFAULT_DUE_DAYS,
                        },
                    }
                ],
                "responses": {
                    "200": _json(
                        "the requests",
                        {
                            "type": "object",
                            "properties": {
                                "days": {"type": "integer"},
                                "requests": {"type": "array", "items": _RECORD_SCHEMA},
                            },
                        },
                    ),
                    **_errors({400: "days out of range or not a number", **auth_errors}),
                },
            }
        },
        f"{PREFIX}/export.csv": {
            "get": {
                **_AUTH,
                "summary": "The register as CSV (no contact details, no notes)",
                "responses": {
                    "200": {
                        "description": "CSV attachment",
                        "content": {"text/csv": {"schema": {"type": "string"}}},
                    },
                    **_errors(auth_errors),
                },
            }
        },
        f"{PREFIX}/{{reference}}": {
            "parameters": [_REFERENCE_PARAM],
            "get": {
                **_AUTH,
                "summary": "One request with its history",
                "responses": {
                    "200": _json("the request and its events, oldest first", extended),
                    **_errors(ref_errors),
                },
            },
        },
        f"{PREFIX}/{{reference}}/contact": {
            "parameters": [_REFERENCE_PARAM],
            "get": {
                **_AUTH,
                "summary": "The requester's decrypted contact details (the access is logged)",
                "responses": {
                    "200": _json(
                        "contact details; null where none were given",
                        {
                            "type": "object",
                            "properties": {
                                "reference": {"type": "string"},
                                "email": _NULLABLE_TEXT,
                                "phone": {
                                    "type": ["string", "null"],
                                    "description": "E.164",
                                },
                            },
                        },
                    ),
                    **_errors({**ref_errors, 500: "a register key is unavailable"}),
                },
            },
        },
        f"{PREFIX}/{{reference}}/status": {
            "parameters": [_REFERENCE_PARAM],
            "post": {
                **_AUTH,
                "summary": "Move the request to another status",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["status"],
                                "additionalProperties": False,
                                "properties": {
                                    "status": {"type": "string", "enum": list(REQUEST_STATUSES)},
                                    "note": {
                                        "type": "string",
                                        "maxLength": MAX_TEXT_CHARS,
                                        "description": "required for 'refused': the "
                                        "motivation (art. 12(4)); describe, do not quote",
                                    },
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": _json("the changed request", _RECORD_SCHEMA),
                    **_errors(
                        {
                            **body_errors,
                            **ref_errors,
                            409: "transition not allowed (names from, to and the allowed steps)",
                        }
                    ),
                },
            },
        },
        f"{PREFIX}/{{reference}}/extension": {
            "parameters": [_REFERENCE_PARAM],
            "post": {
                **_AUTH,
                "summary": "Extend the deadline by two months, once (art. 12(3))",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["reason"],
                                "additionalProperties": False,
                                "properties": {
                                    "reason": {
                                        "type": "string",
                                        "minLength": 1,
                                        "maxLength": MAX_TEXT_CHARS,
                                    }
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": _json("the extended request", _RECORD_SCHEMA),
                    **_errors(
                        {
                            **body_errors,
                            **ref_errors,
                            409: "already extended, first deadline passed, or request closed",
                        }
                    ),
                },
            },
        },
    }
