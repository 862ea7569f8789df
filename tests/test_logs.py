"""The logging pipeline must never write message text, whatever a call site or library does.

A canary is logged every way we can think of; it must not reach the output, nor any handler
that runs after ours. The canary is deliberately id-shaped (it would pass ``SAFE_VALUE_RE``), so
these tests also show that the key allow-list, not only the value pattern, keeps it out.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import warnings
from collections.abc import Iterator

import aiohttp
import pytest
from aiohttp import web

from bot.logs import (
    ACCESS_LOG_FORMAT,
    ALLOWED_KEYS,
    REMOVED,
    JsonFormatter,
    SafeAccessLogger,
    setup_logging,
)

CANARY = "Zq7Kanarie"
TEXT = f"Mijn naam is Jan {CANARY}, bel me op 06-12345678 of mail jan@{CANARY}.nl"


class SpyHandler(logging.Handler):
    """A handler added *after* ours: records everything a careless handler could print."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        plain = logging.Formatter("%(message)s")
        self.seen.append(record.getMessage())
        self.seen.append(plain.format(record))
        self.seen.append(repr(vars(record)))


@pytest.fixture
def logs() -> Iterator[tuple[io.StringIO, SpyHandler]]:
    """Our JSON handler on a StringIO plus a spy behind it; the root logger is restored after."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    stream = io.StringIO()
    setup_logging("DEBUG", stream)
    spy = SpyHandler()
    root.addHandler(spy)
    yield stream, spy
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    for handler in saved_handlers:
        root.addHandler(handler)
    root.setLevel(saved_level)
    logging.captureWarnings(False)


def parse(stream: io.StringIO) -> list[dict[str, object]]:
    """Every output line as JSON (fails the test if a line is not exactly one JSON object)."""
    lines = stream.getvalue().splitlines()
    parsed = [json.loads(line) for line in lines]
    assert all(isinstance(obj, dict) for obj in parsed)
    return parsed


def assert_clean(stream: io.StringIO, spy: SpyHandler) -> None:
    """Neither our output nor anything a later handler received contains the canary."""
    assert CANARY not in stream.getvalue()
    assert "06-12345678" not in stream.getvalue()
    for seen in spy.seen:
        assert CANARY not in seen
        assert "06-12345678" not in seen


def _raise_with_text() -> None:
    raise ValueError(TEXT)


def test_structured_event_keeps_allowed_fields(logs):
    stream, spy = logs
    log = logging.getLogger("bot.channels.zendesk")
    log.info(
        "message.stored",
        extra={
            "ctx": {
                "message_id": "5f0c6a8e-1b2c-4d3e-9f00-0123456789ab",
                "channel": "zendesk",
                "entities": 4,
                "redacted": 3,
                "kept": 1,
                "ms": 12.3,
                "write_back": True,
                "error": None,
                "route": "/messages/{message_id}",
            }
        },
    )
    [line] = parse(stream)
    assert line["event"] == "message.stored"
    assert line["level"] == "INFO"
    assert line["logger"] == "bot.channels.zendesk"
    assert line["ts"].endswith("Z")
    assert line["message_id"] == "5f0c6a8e-1b2c-4d3e-9f00-0123456789ab"
    assert line["channel"] == "zendesk"
    assert (line["entities"], line["redacted"], line["kept"], line["ms"]) == (4, 3, 1, 12.3)
    assert line["write_back"] is True and line["error"] is None
    assert line["route"] == "/messages/{message_id}"
    assert "ctx_removed" not in line and "args_dropped" not in line
    assert spy.seen[0] == "message.stored"  # later handlers see the event name as the message


def test_canary_in_message_and_args_never_written(logs):
    stream, spy = logs
    log = logging.getLogger("bot.api")
    log.info(TEXT)
    log.info(f"got {TEXT}")
    log.info("got %s", TEXT)
    log.info("message.stored %s %s", CANARY, TEXT)  # placeholders: not a constant name
    log.info("message.stored", CANARY, TEXT)  # a valid name keeps its event, args dropped
    log.info("message.stored", {"text": TEXT})
    log.warning(CANARY.lower())  # one lower-case word is not an event name (no dot)
    log.info({"text": TEXT})
    log.info(ValueError(TEXT))
    assert_clean(stream, spy)
    lines = parse(stream)
    assert [line["event"] for line in lines] == [
        "bot.api.unstructured",
        "bot.api.unstructured",
        "bot.api.unstructured",
        "bot.api.unstructured",
        "message.stored",
        "message.stored",
        "bot.api.unstructured",
        "bot.api.unstructured",
        "bot.api.unstructured",
    ]
    assert [line.get("args_dropped") for line in lines[:6]] == [None, None, 1, 2, 2, 1]


def test_canary_in_ctx_never_written(logs):
    stream, spy = logs
    log = logging.getLogger("bot.api")
    log.info("message.received", extra={"ctx": {"naam": CANARY, "text": TEXT}})
    log.info("message.received", extra={"ctx": {CANARY: 1, CANARY.lower(): CANARY}})
    log.info("message.received", extra={"ctx": {"channel": TEXT, "status": f"Jan {CANARY}"}})
    log.info("message.received", extra={"ctx": {"purpose": [CANARY], "path": {"q": CANARY}}})
    log.info("message.received", extra={"ctx": {"count": 2.5, "ms": float("nan")}})
    log.info("message.received", extra={"ctx": TEXT})
    log.info("message.received", extra={"text": TEXT, "subject": CANARY})
    assert_clean(stream, spy)
    lines = parse(stream)
    assert lines[0]["ctx_removed"] == 2
    assert lines[1]["ctx_removed"] == 2
    assert lines[2]["channel"] == REMOVED and lines[2]["status"] == REMOVED
    assert lines[3]["purpose"] == REMOVED and lines[3]["path"] == REMOVED
    assert lines[4]["count"] == 2.5 and lines[4]["ms"] is None
    assert lines[5]["ctx_removed"] == 1
    assert set(lines[6]) == {"ts", "level", "logger", "event"}


def test_exceptions_keep_only_type_and_frames(logs):
    stream, spy = logs
    log = logging.getLogger("bot.worker")
    try:
        _raise_with_text()
    except ValueError:
        log.exception("message.failed")
        log.exception(TEXT)
        log.error("message.failed", exc_info=True, stack_info=True)
    try:
        try:
            _raise_with_text()
        except ValueError as error:
            raise KeyError(TEXT) from error
    except KeyError as error:
        log.error("message.failed", exc_info=error)
    log.warning("message.failed", exc_info=ValueError(TEXT))  # never raised: no traceback
    assert_clean(stream, spy)
    lines = parse(stream)
    first = lines[0]
    assert first["event"] == "message.failed" and first["level"] == "ERROR"
    assert first["exc_type"] == "ValueError"
    assert first["frames"][0].startswith("tests/test_logs.py:")
    assert first["frames"][-1].startswith("tests/test_logs.py:")
    assert len(first["frames"]) == 2
    assert lines[1]["event"] == "bot.worker.unstructured"
    assert lines[1]["exc_type"] == "ValueError"
    assert lines[2]["stack"] and all(":" in frame for frame in lines[2]["stack"])
    assert lines[3]["exc_type"] == "KeyError" and lines[3]["exc_chain"] == ["ValueError"]
    assert lines[4]["exc_type"] == "ValueError" and lines[4]["frames"] == []


def test_stack_info_keeps_frames_not_source(logs):
    stream, spy = logs
    logging.getLogger("bot.worker").info(TEXT, stack_info=True)
    assert_clean(stream, spy)
    [line] = parse(stream)
    assert line["event"] == "bot.worker.unstructured"
    assert any(frame.startswith("tests/test_logs.py:") for frame in line["stack"])
    assert "test_stack_info_keeps_frames_not_source" not in stream.getvalue()


def test_third_party_loggers_are_cleaned(logs):
    stream, spy = logs
    logging.getLogger("presidio-analyzer").warning("Entity %s not recognised", TEXT)
    logging.getLogger("asyncio").error(
        "Task exception was never retrieved\nfuture: <Task exception=%r>", ValueError(TEXT)
    )
    try:
        _raise_with_text()
    except ValueError:
        logging.getLogger("aiohttp.server").exception("Error handling request")
    assert_clean(stream, spy)
    events = [line["event"] for line in parse(stream)]
    assert events == [
        "presidio-analyzer.unstructured",
        "asyncio.unstructured",
        "aiohttp.server.unstructured",
    ]


def test_access_log_record_keeps_method_path_status_time(logs):
    stream, spy = logs
    request_line = f"GET /api/v1/search?naam={CANARY}&tel=06-12345678 HTTP/1.1"
    logging.getLogger("aiohttp.access").info(
        f'203.0.113.7 [21/Nov/2026:09:00:00 +0000] "{request_line}" 200 512 "-" "{TEXT}"',
        extra={
            "remote_address": "203.0.113.7",
            "first_request_line": request_line,
            "response_status": 200,
            "response_size": 512,
            "request_time_frac": "0.012500",
            "request_header": {"Referer": f"https://example.nl/?q={CANARY}", "User-Agent": TEXT},
        },
    )
    assert_clean(stream, spy)
    assert "203.0.113.7" not in stream.getvalue()
    [line] = parse(stream)
    assert line["event"] == "http.access"
    assert line["logger"] == "aiohttp.access"
    assert (line["method"], line["path"], line["status"]) == ("GET", "/api/v1/search", 200)
    assert line["bytes"] == 512 and line["ms"] == 12.5


def test_access_log_path_with_text_is_removed(logs):
    stream, spy = logs
    logging.getLogger("aiohttp.access").info(
        "-",
        extra={"first_request_line": f"GET /klant/Jan {CANARY} HTTP/1.1", "response_status": 404},
    )
    logging.getLogger("aiohttp.access").info(f"GET /?q={CANARY}")  # no aiohttp extras at all
    assert_clean(stream, spy)
    first, second = parse(stream)
    assert first["path"] == REMOVED and first["status"] == 404
    assert second["event"] == "aiohttp.access.unstructured"


async def _serve_and_request(
    runner_kwargs: dict[str, object], url_path: str, stream: io.StringIO
) -> None:
    """Run a real aiohttp server, make one request, wait until the access log line is out."""

    async def handler(request: web.Request) -> web.Response:
        logging.getLogger("bot.api").info(f"query was {request.query_string}")
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_get("/klant/{customer_id}/status", handler)
    runner = web.AppRunner(app, **runner_kwargs)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    url = f"http://127.0.0.1:{port}{url_path}"
    try:
        async with aiohttp.ClientSession() as session, session.get(url) as response:
            assert response.status == 200
        for _ in range(200):  # the access line is written just after the response is sent
            if "http.access" in stream.getvalue():
                break
            await asyncio.sleep(0.01)
    finally:
        await runner.cleanup()


@pytest.mark.parametrize(
    "runner_kwargs",
    [{}, {"access_log_format": ACCESS_LOG_FORMAT}, {"access_log_class": SafeAccessLogger}],
    ids=["default-format", "recommended-format", "safe-access-logger"],
)
def test_real_aiohttp_access_log_drops_query_string(logs, runner_kwargs):
    stream, spy = logs
    url_path = f"/klant/KL-1234/status?email=jan.{CANARY}@example.nl&naam={CANARY}"
    asyncio.run(_serve_and_request(runner_kwargs, url_path, stream))
    assert_clean(stream, spy)
    lines = parse(stream)
    [access] = [line for line in lines if line["event"] == "http.access"]
    assert access["method"] == "GET"
    assert access["status"] == 200
    if runner_kwargs:
        assert access["ms"] >= 0
    if runner_kwargs.get("access_log_class") is SafeAccessLogger:
        # the service's logger: the route template, not the caller's path
        assert access["path"] == access["route"] == "/klant/{customer_id}/status"
    else:
        assert access["path"] == "/klant/KL-1234/status"
    assert any(line["event"] == "bot.api.unstructured" for line in lines)


def test_warnings_can_be_captured(logs):
    stream, spy = logs
    setup_logging("DEBUG", stream, capture_warnings=True)
    logging.getLogger().addHandler(spy)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn(TEXT, UserWarning, stacklevel=1)
    assert_clean(stream, spy)
    assert parse(stream)[-1]["event"] == "py.warnings.unstructured"


def test_formatter_alone_is_safe():
    """Even on a handler without the filter, the formatter cleans before writing."""
    try:
        _raise_with_text()
    except ValueError as error:
        exc_info = (type(error), error, error.__traceback__)
    record = logging.LogRecord("x.y", logging.ERROR, __file__, 1, "got %s", (TEXT,), exc_info)
    record.ctx = {"channel": TEXT}
    out = JsonFormatter().format(record)
    assert CANARY not in out
    line = json.loads(out)
    assert line["event"] == "x.y.unstructured"
    assert line["channel"] == REMOVED and line["args_dropped"] == 1
    assert JsonFormatter().format(record) == out  # idempotent


def test_setup_logging_replaces_root_handlers_and_sets_level():
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    earlier = logging.StreamHandler(io.StringIO())
    root.addHandler(earlier)
    try:
        first = setup_logging("warning", io.StringIO())
        second = setup_logging(logging.DEBUG, io.StringIO())
        assert root.handlers == [second]
        assert first not in root.handlers and earlier not in root.handlers
        assert root.level == logging.DEBUG
        assert setup_logging("WARNING", io.StringIO()) and root.level == logging.WARNING
    finally:
        for handler in root.handlers[:]:
            root.removeHandler(handler)
        for handler in saved_handlers:
            root.addHandler(handler)
        root.setLevel(saved_level)


def test_allow_list_holds_no_content_keys():
    """Keys that name content or people must never become loggable by accident."""
    forbidden = {"text", "body", "message", "name", "email", "subject", "query", "ip", "user"}
    assert not forbidden & ALLOWED_KEYS
