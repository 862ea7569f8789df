"""Structured JSON logs that can never carry message text.

privacywacht exists to keep personal data out of storage, and a log file is storage: one
``log.info(f"got {text}")`` would undo everything the redactor does. So instead of trusting every
call site (ours and every library's), the logging *pipeline* enforces the rule:

* Code logs a constant dotted event name plus a small context mapping::

      log.info("message.stored", extra={"ctx": {"message_id": mid, "entities": 4, "ms": 12.3}})

* :class:`NoTextFilter` rewrites every record *in place* before a handler formats it. Because the
  record object is shared, every handler that runs after ours sees only the cleaned record, and
  :func:`setup_logging` makes our handler the only one on the root logger, so records of
  third-party loggers (``aiohttp.access``, ``aiohttp.server``, ``asyncio``,
  ``presidio-analyzer``, …) are cleaned too.
* :class:`JsonFormatter` writes one JSON object per line (``ts``, ``level``, ``logger``,
  ``event`` and the whitelisted fields) and cleans the record itself as well, so it is safe even
  on a handler that someone forgot to give the filter.

What survives cleaning:

* ``event``: the record's ``msg`` when it is a constant event name (``EVENT_RE``); otherwise
  ``"<logger>.unstructured"``, because a free-text line may embed anything.
* ``%``-arguments are never interpolated; their number is reported as ``args_dropped``.
* ``ctx`` values whose key is in :data:`ALLOWED_KEYS` and whose value is a bool, int, finite
  float, ``None`` or an id-like string (:data:`SAFE_VALUE_RE`). An allowed key with any other
  value gets ``"[removed]"``; keys outside the allow-list are left out altogether (the key
  itself could be text) and counted as ``ctx_removed``.
* Exceptions: only the class name (``exc_type``, plus ``exc_chain`` for causes) and the
  traceback's ``file:line`` frames (``frames``). ``str(exc)`` is never used: exception messages
  routinely quote their input (``ValueError(f"bad value {value!r}")``).
* ``stack_info``: only its ``file:line`` frames (``stack``).
* aiohttp's access log: method, path *without* query string (query strings carry search terms,
  e-mail addresses, tokens), status, size and duration; the client address, referer and user
  agent are dropped. Use :data:`ACCESS_LOG_FORMAT` (or :class:`SafeAccessLogger`) so that the
  duration is available.

Residual risk, documented rather than hidden: a value that is itself personal data but *looks* like
an id (a phone number logged as ``count``, a surname passed as ``channel``) passes. The allow-list
keeps such mistakes to keys whose meaning is "an id, an enum or a number", which is where review
should look. Handlers attached directly to a *child* logger run before the root handler and are
not covered; privacywacht attaches none, and :func:`setup_logging` documents that rule.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import re
import sys
import traceback
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

__all__ = [
    "ACCESS_LOG_FORMAT",
    "ALLOWED_KEYS",
    "EVENT_RE",
    "REMOVED",
    "SAFE_VALUE_RE",
    "JsonFormatter",
    "NoTextFilter",
    "SafeAccessLogger",
    "sanitize_record",
    "setup_logging",
]

REMOVED = "[removed]"

# A constant event name: lower-case words joined by dots, at least one dot ("message.stored").
# Requiring the dot keeps a single lower-case word of user text ("jansen") from passing as an event.
EVENT_RE = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$")
MAX_EVENT_CHARS = 80

# Id-like strings: uuids, hex digests, short tokens, enum values, URL paths. No spaces, no '@',
# no '%' or '?', so sentences, e-mail addresses and query strings cannot pass.
SAFE_VALUE_RE = re.compile(r"^[A-Za-z0-9_.:/-]{1,80}$")
# Route templates of aiohttp ("/messages/{message_id}") legitimately contain braces.
ROUTE_RE = re.compile(r"^[A-Za-z0-9_.:/{}-]{1,120}$")
#: a logged path is a route template too (see :func:`route_of`)
_KEY_PATTERNS: Mapping[str, re.Pattern[str]] = {"route": ROUTE_RE, "path": ROUTE_RE}
#: the path logged for a request that matched no route (a 404, a request aiohttp refused)
NO_ROUTE = "-"

# Keys whose values are, by what they mean, ids we generate, enums from our own code, or numbers.
# Deliberately absent: anything that holds content or people ("text", "body", "name", "email",
# "subject", "query", "user", "remote", "ip", "reason", "detail", "message"), because a value
# passing SAFE_VALUE_RE under such a key (a surname, a postcode, an IP address) would still be
# personal data.
ALLOWED_KEYS: frozenset[str] = frozenset(
    {
        # ids that privacywacht or the ticket system generates (pseudonymous, needed to debug)
        "message_id",
        "conversation_id",
        "event_id",
        "request",
        "request_id",
        "reference",
        "ticket_id",
        "comment_id",
        "job_id",
        "key_id",
        "worker",
        "uid",
        # enums from our own code and configuration
        "channel",
        "provider",
        "purpose",
        "status",
        "method",
        "route",
        "path",
        "error",
        "entity_type",
        "recognizer",
        "model",
        "version",
        "mode",
        "endpoint",
        "write_back",
        "source",
        "outcome",
        "language",
        "code",
        # who acted on the register: a reviewer name from [register.reviewers], "cli", "system"
        "actor",
        # counts and measurements (retention.purged: rows deleted per table)
        "purged_conversations",
        "purged_messages",
        "purged_messages_emptied",
        "purged_findings",
        "purged_deliveries",
        "purged_requests",
        "entities",
        "redacted",
        "kept",
        "spans",
        "count",
        "chars",
        "bytes",
        "ms",
        "attempt",
        "attempts",
        "retry_after",
        "limit",
        "pid",
        "port",
    }
)

# Pseudo-keys this module produces itself; never accepted from a caller's ctx.
_META_KEYS = ("args_dropped", "ctx_removed", "exc_type", "exc_chain", "frames", "stack")

# "%r %s %b %Tf": request line, status, body size, duration in seconds — everything the access
# event keeps, nothing it would drop anyway (no client address, referer or user agent).
ACCESS_LOG_FORMAT = "%r %s %b %Tf"
ACCESS_LOGGER = "aiohttp.access"
_HTTP_METHODS = frozenset(
    {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"}
)

_MAX_FRAMES = 30
_EXC_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]{0,120}$")
_STACK_FRAME_RE = re.compile(r'File "([^"\n]+)", line (\d+)')
_PROJECT_ROOT = str(Path(__file__).resolve().parents[1]) + "/"

# Attributes every LogRecord has; anything else on a record came from ``extra=`` (or a library
# such as aiohttp's access logger) and may hold text, so it is deleted.
_STANDARD_ATTRS = frozenset(vars(logging.LogRecord("x", logging.INFO, "x", 0, "x", None, None)))
_STANDARD_ATTRS |= {"message", "asctime", "taskName"}
_OWN_ATTRS = frozenset({"ctx", "safe_fields", "_privacywacht_clean"})


def _safe_name(name: object) -> str:
    """A logger or level name, if it looks like one (they come from code, but can be set)."""
    if isinstance(name, str) and SAFE_VALUE_RE.match(name):
        return name
    return REMOVED


def _safe_value(key: str, value: object) -> object:
    """``value`` if it may be logged under an allowed ``key``, else :data:`REMOVED`."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        # NaN/inf would make the line invalid JSON
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        pattern = _KEY_PATTERNS.get(key, SAFE_VALUE_RE)
        return value if pattern.match(value) else REMOVED
    return REMOVED


def _clean_ctx(ctx: object) -> tuple[dict[str, object], int]:
    """Allowed ctx fields and the number of keys that were left out."""
    if ctx is None:
        return {}, 0
    if not isinstance(ctx, Mapping):
        return {}, 1
    cleaned: dict[str, object] = {}
    removed = 0
    for key, value in ctx.items():
        if isinstance(key, str) and key in ALLOWED_KEYS:
            cleaned[key] = _safe_value(key, value)
        else:
            removed += 1
    return cleaned, removed


def _short_path(filename: str) -> str:
    """A source path without the machine-specific prefix (home directories carry user names)."""
    if "site-packages/" in filename:
        return filename.rsplit("site-packages/", 1)[1]
    if filename.startswith(_PROJECT_ROOT):
        return filename[len(_PROJECT_ROOT) :]
    return Path(filename).name


def _frames_from_traceback(tb: TracebackType | None) -> list[str]:
    """``file:line`` of every frame — where it happened, never what the values were."""
    frames = [f"{_short_path(f.filename)}:{f.lineno}" for f in traceback.extract_tb(tb)]
    return frames[-_MAX_FRAMES:]


def _frames_from_stack(stack_info: str) -> list[str]:
    """``file:line`` of a ``stack_info`` string; its source-code lines are not kept."""
    frames = [f"{_short_path(p)}:{line}" for p, line in _STACK_FRAME_RE.findall(stack_info)]
    return frames[-_MAX_FRAMES:]


def _exc_name(exc_type: type[BaseException]) -> str:
    """``module.QualName`` of an exception class (``QualName`` for builtins)."""
    module = getattr(exc_type, "__module__", "") or ""
    qualname = getattr(exc_type, "__qualname__", "") or "Exception"
    name = qualname if module in ("builtins", "") else f"{module}.{qualname}"
    return name if _EXC_NAME_RE.match(name) else REMOVED


def _exception_fields(exc_info: object) -> dict[str, object]:
    """Class name, cause chain and frames of a record's ``exc_info``; never the message."""
    if not isinstance(exc_info, tuple) or len(exc_info) != 3 or exc_info[0] is None:
        return {}
    exc_type, exc, tb = exc_info
    fields: dict[str, object] = {"exc_type": _exc_name(exc_type)}
    chain: list[str] = []
    seen: set[int] = {id(exc)}
    current = (exc.__cause__ or exc.__context__) if isinstance(exc, BaseException) else None
    while current is not None and id(current) not in seen and len(chain) < 5:
        seen.add(id(current))
        chain.append(_exc_name(type(current)))
        current = current.__cause__ or current.__context__
    if chain:
        fields["exc_chain"] = chain
    fields["frames"] = _frames_from_traceback(tb if isinstance(tb, TracebackType) else None)
    return fields


def _access_fields(record: logging.LogRecord) -> dict[str, object] | None:
    """Method, query-less path, status, size and duration of an aiohttp access-log record.

    Only aiohttp's structured extras are read, never the formatted message; the request line is
    decoded (``path_qs``), so the path is cut at the first ``?`` or ``#`` before it is checked.
    """
    line = getattr(record, "first_request_line", None)
    if not isinstance(line, str) or line == "-":
        return None
    parts = line.split(" ")
    method = parts[0] if parts and parts[0] in _HTTP_METHODS else REMOVED
    raw_path = " ".join(parts[1:-1]) if len(parts) >= 3 else ""
    path = re.split(r"[?#]", raw_path, maxsplit=1)[0]
    fields: dict[str, object] = {"method": method, "path": _safe_value("path", path)}
    status = getattr(record, "response_status", None)
    if isinstance(status, int) or (isinstance(status, str) and status.isdigit()):
        fields["status"] = int(status)
    size = getattr(record, "response_size", None)
    if isinstance(size, int) or (isinstance(size, str) and size.isdigit()):
        fields["bytes"] = int(size)
    ms = _access_ms(record)
    if ms is not None:
        fields["ms"] = ms
    return fields


def _access_ms(record: logging.LogRecord) -> float | None:
    """The request duration in milliseconds from whichever time atom the format used."""
    for attr, factor in (
        ("request_time_frac", 1000.0),
        ("request_time_micro", 0.001),
        ("request_time", 1000.0),
    ):
        value = getattr(record, attr, None)
        try:
            seconds = float(value) * factor if value is not None else None
        except (TypeError, ValueError):
            continue
        if seconds is not None and math.isfinite(seconds):
            return round(seconds, 3)
    return None


def _structured_fields(record: logging.LogRecord) -> dict[str, object]:
    """Event and whitelisted fields of a record that has not been cleaned yet."""
    fields: dict[str, object] = {}
    msg = record.msg
    access = _access_fields(record) if record.name == ACCESS_LOGGER else None
    if access is not None:
        fields["event"] = "http.access"
        fields.update(access)
    elif isinstance(msg, str) and len(msg) <= MAX_EVENT_CHARS and EVENT_RE.match(msg):
        fields["event"] = msg
    else:
        logger = _safe_name(record.name)
        fields["event"] = f"{logger}.unstructured" if logger != REMOVED else "unstructured"

    if access is None:
        ctx, removed = _clean_ctx(getattr(record, "ctx", None))
        fields.update(ctx)
        if removed:
            fields["ctx_removed"] = removed

    args = record.args
    if args:
        fields["args_dropped"] = len(args) if isinstance(args, tuple) else 1
    fields.update(_exception_fields(record.exc_info))
    if isinstance(record.stack_info, str) and record.stack_info:
        fields["stack"] = _frames_from_stack(record.stack_info)
    return fields


def sanitize_record(record: logging.LogRecord) -> None:
    """Rewrite ``record`` in place so that no handler or formatter can reach message text.

    Idempotent (a record may pass several handlers). Afterwards ``msg`` is the event name,
    ``args``/``exc_info``/``exc_text``/``stack_info`` are empty, ``ctx`` holds only the allowed
    fields, every other ``extra`` attribute is gone, and ``safe_fields`` holds what
    :class:`JsonFormatter` writes.
    """
    if getattr(record, "_privacywacht_clean", False):
        return
    try:
        fields = _structured_fields(record)
    except Exception:  # cleaning must never be the reason text leaks via handleError()
        fields = {"event": "logging.sanitize_failed"}
    event = str(fields.pop("event"))
    for attr in list(vars(record)):
        if attr not in _STANDARD_ATTRS and attr not in _OWN_ATTRS:
            delattr(record, attr)
    record.msg = event
    record.args = ()
    record.exc_info = None
    record.exc_text = None
    record.stack_info = None
    record.message = event
    record.ctx = {k: v for k, v in fields.items() if k not in _META_KEYS}
    record.safe_fields = {"event": event, **fields}
    record._privacywacht_clean = True


class NoTextFilter(logging.Filter):
    """Handler filter that cleans every record in place (see :func:`sanitize_record`).

    Attached to the *handler*, not to a logger: logger filters only see records logged directly
    on that logger, while a handler filter also sees everything propagated from third-party
    loggers. It never drops a record, so events are not lost, only stripped.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Clean ``record`` and let it through."""
        sanitize_record(record)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ``ts``, ``level``, ``logger``, ``event``, whitelisted fields.

    It cleans the record itself too, so a handler without :class:`NoTextFilter` still cannot
    write message text.
    """

    def format(self, record: logging.LogRecord) -> str:
        """The record as a single JSON line (no trailing newline; the handler adds it)."""
        sanitize_record(record)
        ts = datetime.fromtimestamp(record.created, tz=UTC)
        line: dict[str, Any] = {
            "ts": ts.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": _safe_name(record.levelname),
            "logger": _safe_name(record.name),
        }
        line.update(getattr(record, "safe_fields", {"event": "logging.unknown"}))
        return json.dumps(line, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class _SafeStreamHandler(logging.StreamHandler):
    """A StreamHandler whose error report cannot print the record.

    ``logging.Handler.handleError`` prints the record's ``msg`` and ``args`` to stderr; if
    writing fails we say only that it failed.
    """

    def handleError(self, record: logging.LogRecord) -> None:
        """Report a failed write without the record's content."""
        if logging.raiseExceptions and sys.stderr is not None:
            with contextlib.suppress(Exception):
                sys.stderr.write('{"event":"logging.handler_error"}\n')


def setup_logging(
    level: int | str = "INFO",
    stream: IO[str] | None = None,
    *,
    capture_warnings: bool = False,
) -> logging.Handler:
    """Make a JSON handler with :class:`NoTextFilter` the root logger's only handler.

    Earlier root handlers are removed (and closed) because they would run before ours on the
    unfiltered record; calling this twice replaces the first handler. ``stream`` defaults to
    ``sys.stderr``. ``capture_warnings`` routes :mod:`warnings` through logging so warning texts
    are cleaned as well (off by default, since it changes process-wide state).

    Rule for the rest of the code base: attach handlers only to the root logger — a handler on a
    child logger runs before this one and would see the raw record.
    """
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
        if getattr(old, "_privacywacht", False):
            old.close()
    handler = _SafeStreamHandler(stream if stream is not None else sys.stderr)
    handler.addFilter(NoTextFilter())
    handler.setFormatter(JsonFormatter())
    handler._privacywacht = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level.upper() if isinstance(level, str) else level)
    if capture_warnings:
        logging.captureWarnings(True)
    return handler


def route_of(request: web.BaseRequest) -> str:
    """The request's route template (``/api/v1/register/{reference}``), or :data:`NO_ROUTE`.

    What a log line says instead of the path: a path is the caller's text and carries what
    they put in it (a register reference, a message id, an e-mail address in a URL that
    matched nothing), the template names the endpoint and nothing else.
    """
    try:
        match_info = request.match_info  # type: ignore[attr-defined]
    except (AttributeError, AssertionError):  # a request aiohttp refused was never routed
        return NO_ROUTE
    route = getattr(match_info, "route", None)
    resource = getattr(route, "resource", None)
    canonical = getattr(resource, "canonical", None)
    return canonical if isinstance(canonical, str) and canonical else NO_ROUTE


class SafeAccessLogger(AbstractAccessLogger):
    """aiohttp access logger that logs the structured ``http.access`` event directly.

    Pass it as ``web.run_app(app, access_log_class=SafeAccessLogger)`` (or to ``AppRunner``).
    The path is logged as its route template (``/messages/{message_id}``, see
    :func:`route_of`): the endpoint without the path's variable parts, which are the caller's
    text; ``route`` repeats it for older log queries. ``log_format`` is ignored.
    """

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        """Emit one ``http.access`` event for a finished request."""
        route = route_of(request)
        ctx: dict[str, object] = {
            "method": request.method,
            "path": route,
            "status": response.status,
            "ms": round(time * 1000.0, 3),
        }
        if response.body_length:
            ctx["bytes"] = response.body_length
        if route != NO_ROUTE:
            ctx["route"] = route
        self.logger.info("http.access", extra={"ctx": ctx})
