"""Running the service for real and talking to it over HTTP.

Neither pytest-asyncio nor pytest-aiohttp is installed, so the service runs either

* as ``python -m bot serve`` in a subprocess (:class:`ServiceProcess`): the production code path
  (``cmd_serve``: ``setup_logging`` to stderr, ``SafeAccessLogger``, ``run_app`` with its
  signal handling), with stdout and stderr of the service *and its worker processes* going to
  files the tests read; or
* in-process on a background thread's event loop (:class:`BackgroundServer`), for the tests
  that must reach inside the app (a failing engine or store, a shutdown mid-request).

Clients are plain ``http.client`` calls: no redirects, no exceptions on 4xx/5xx.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import http.client
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Coroutine, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from bot.logs import SafeAccessLogger
from tests.ports import free_port
from tests.webhooks import signing
from tests.webhooks.test_payloads_chatwoot import MESSAGE_CREATED as CHATWOOT_MESSAGE
from tests.webhooks.test_payloads_freshdesk import CREATED as FRESHDESK_CREATED
from tests.webhooks.test_payloads_helpscout import CONVERSATION as HELPSCOUT_CONVERSATION
from tests.webhooks.test_payloads_zammad import PAYLOAD as ZAMMAD_PAYLOAD
from tests.webhooks.test_payloads_zendesk import COMMENT_ADDED as ZENDESK_COMMENT

REPO = Path(__file__).resolve().parents[2]
TOKEN = "service-test-token-7f3a"
SECRETS = dict(signing.SECRETS)
FRESHDESK_HEADER = "X-Privacywacht-Token"
FRESHDESK_VALUE = "fd-shared-secret"
ZENDESK_EMAIL = "agent@helpdesk.example"
ZENDESK_API_TOKEN = "zd-api-token-9c1e"
MAX_BODY_BYTES = 2048
MAX_MESSAGE_CHARS = 1000


# ---------------------------------------------------------------------------------------------
# HTTP


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip()


def request(
    base_url: str,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = 30.0,
) -> Response:
    """One HTTP request on a fresh connection."""
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=dict(headers or {}))
        answer = conn.getresponse()
        data = answer.read()
        return Response(answer.status, {k.lower(): v for k, v in answer.getheaders()}, data)
    finally:
        conn.close()


def post_json(
    base_url: str,
    path: str,
    payload: Any,
    headers: Mapping[str, str] | None = None,
) -> Response:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return request(
        base_url, "POST", path, body, {"Content-Type": "application/json", **(headers or {})}
    )


def post_message(
    base_url: str, payload: Any, token: str | None = TOKEN, **headers: str
) -> Response:
    """``POST /api/v1/messages`` with the bearer token (``token=None``: no header)."""
    extra = {k.replace("_", "-"): v for k, v in headers.items()}
    if token is not None:
        extra["Authorization"] = f"Bearer {token}"
    return post_json(base_url, "/api/v1/messages", payload, extra)


# ---------------------------------------------------------------------------------------------
# webhook payloads (shapes from tests/webhooks) and signatures


def unique_id() -> str:
    """A fresh numeric id (tickets, comments) so tests on one database never collide."""
    return str(uuid.uuid4().int % 10**12 + 10**11)


def zendesk_comment(
    text: str,
    *,
    ticket: str | None = None,
    comment: str | None = None,
    event_id: str | None = None,
    subject: str = "Inloggen lukt niet",
    author: str = "Jan Jansen",
    public: bool = True,
) -> dict[str, Any]:
    payload = copy.deepcopy(ZENDESK_COMMENT)
    ticket = ticket or unique_id()
    payload["id"] = event_id or str(uuid.uuid4())
    payload["subject"] = f"zen:ticket:{ticket}"
    payload["detail"].update(id=ticket, subject=subject, description=text)
    payload["event"]["comment"].update(id=int(comment or unique_id()), body=text, is_public=public)
    payload["event"]["comment"]["author"]["name"] = author
    return payload


def zammad_article(
    html: str,
    *,
    ticket: str | None = None,
    article: str | None = None,
    subject: str = "Factuur klopt niet",
    sender: str = "Emily Adams <emily@example.com>",
    internal: bool = False,
) -> dict[str, Any]:
    payload = copy.deepcopy(ZAMMAD_PAYLOAD)
    ticket = ticket or unique_id()
    article = article or unique_id()
    payload["ticket"].update(id=int(ticket), title=subject)
    payload["article"].update(
        id=int(article), ticket_id=int(ticket), body=html, subject=subject, internal=internal
    )
    payload["article"]["from"] = sender
    return payload


def helpscout_conversation(
    html: str,
    *,
    conversation: str | None = None,
    thread: str | None = None,
    subject: str = "Retour van mijn bestelling",
    email: str = "vbear@mywork.com",
) -> dict[str, Any]:
    payload = copy.deepcopy(HELPSCOUT_CONVERSATION)
    payload["id"] = int(conversation or unique_id())
    payload["subject"] = subject
    customer_thread = payload["_embedded"]["threads"][1]  # the newest customer thread
    customer_thread.update(id=int(thread or unique_id()), body=html)
    customer_thread["createdBy"]["email"] = email
    customer_thread["customer"]["email"] = email
    return payload


def chatwoot_message(
    text: str,
    *,
    conversation: str | None = None,
    message: str | None = None,
    email: str = "sanne@example.nl",
    subject: str | None = None,
    message_type: str | int = "incoming",
    private: bool = False,
) -> dict[str, Any]:
    payload = copy.deepcopy(CHATWOOT_MESSAGE)
    payload.update(
        id=int(message or unique_id()), content=text, message_type=message_type, private=private
    )
    payload["conversation"]["id"] = int(conversation or unique_id())
    payload["sender"]["email"] = email
    payload["conversation"]["meta"]["sender"]["email"] = email
    if subject is not None:
        payload["content_attributes"] = {"email": {"subject": subject}}
    return payload


def freshdesk_rule(
    html: str,
    *,
    ticket: str | None = None,
    subject: str = "Inloggen op het klantportaal",
    email: str = "p.bakker@example.nl",
) -> dict[str, Any]:
    payload = copy.deepcopy(FRESHDESK_CREATED)
    payload.update(
        ticket_id=ticket or unique_id(), subject=subject, requester_email=email, description=html
    )
    return payload


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_unix() -> str:
    return str(int(time.time()))


def signed_headers(
    provider: str,
    body: bytes,
    secret: str | None = None,
    *,
    age: timedelta = timedelta(0),
) -> dict[str, str]:
    """Valid authentication headers for ``provider`` (signed ``age`` ago), from tests/webhooks."""
    if provider == "freshdesk":
        return {FRESHDESK_HEADER: secret if secret is not None else FRESHDESK_VALUE}
    secret = secret if secret is not None else SECRETS[provider]
    moment = datetime.now(UTC) - age
    if provider == "zendesk":
        return signing.zendesk_headers(secret, body, moment.strftime("%Y-%m-%dT%H:%M:%SZ"))
    if provider == "chatwoot":
        return signing.chatwoot_headers(secret, body, str(int(moment.timestamp())))
    headers = signing.SIGNERS[provider](secret, body)
    if provider == "helpscout":
        headers["X-HelpScout-Event"] = "convo.customer.reply.created"
    return headers


def post_webhook(
    base_url: str,
    provider: str,
    payload: Any,
    *,
    secret: str | None = None,
    age: timedelta = timedelta(0),
    body: bytes | None = None,
    path_provider: str | None = None,
) -> Response:
    """Sign ``payload`` for ``provider`` and post it; ``body`` replaces what is sent (tamper)."""
    signed_body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    headers = signed_headers(provider, signed_body, secret, age=age)
    return post_json(
        base_url,
        f"/webhooks/{path_provider or provider}",
        body if body is not None else signed_body,
        headers,
    )


# ---------------------------------------------------------------------------------------------
# the database, read from outside the service


def query(db_path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows from the service's database over a separate read-only connection."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def count(db_path: Path, table: str, where: str = "", params: tuple[Any, ...] = ()) -> int:
    sql = f"SELECT count(*) FROM {table}" + (f" WHERE {where}" if where else "")
    return query(db_path, sql, params)[0][0]


def table_counts(db_path: Path) -> dict[str, int]:
    return {t: count(db_path, t) for t in ("conversations", "messages", "findings", "deliveries")}


def messages_of(db_path: Path, channel: str, external_ref: str) -> list[tuple[Any, ...]]:
    """(id, sender, subject, text) of the messages filed under a provider's ticket."""
    return query(
        db_path,
        "SELECT m.id, m.sender_redacted, m.subject_redacted, m.text_redacted FROM messages m"
        " JOIN conversations c ON c.id = m.conversation_id"
        " WHERE c.channel = ? AND c.external_ref = ? ORDER BY m.created_at",
        (channel, external_ref),
    )


# ---------------------------------------------------------------------------------------------
# the service as a subprocess


#: the shared service takes the whole suite's requests from one address and one token: its
#: rate limits are off (0); a test of the limits starts its own service with ``limits=``
TEST_LIMITS: dict[str, Any] = {
    "max_message_chars": MAX_MESSAGE_CHARS,
    "max_mail_chars": MAX_MESSAGE_CHARS,  # a longer mail is refused, not split
    "api_per_minute": 0,
    "ip_per_minute": 0,
    "chat_per_minute": 0,
}


def config_toml(
    data_dir: Path,
    zendesk_url: str | None = None,
    limits: Mapping[str, Any] | None = None,
    service: Mapping[str, Any] | None = None,
) -> str:
    """The test configuration: one worker, blank model, small limits, every provider set up;
    ``limits`` and ``service`` override single ``[limits]`` and ``[service]`` values."""
    service_values = {"workers": 1, "max_body_bytes": MAX_BODY_BYTES, "shutdown_timeout_s": 5}
    service_toml = "\n".join(
        f"{k} = {json.dumps(v)}" for k, v in {**service_values, **(service or {})}.items()
    )
    limits_toml = "\n".join(
        f"{k} = {json.dumps(v)}" for k, v in {**TEST_LIMITS, **(limits or {})}.items()
    )
    zendesk = f'secret = "{SECRETS["zendesk"]}"\n'
    if zendesk_url:
        zendesk += (
            f'write_back = true\nbase_url = "{zendesk_url}"\nemail = "{ZENDESK_EMAIL}"\n'
            f'api_token = "{ZENDESK_API_TOKEN}"\nretries = 0\ntimeout = 5\n'
        )
    return f"""
[nlp]
model = "blank"

[limits]
{limits_toml}

[service]
data_dir = "{data_dir}"
{service_toml}

[api]
tokens = ["{TOKEN}"]

[webhooks.zendesk]
{zendesk}
[webhooks.zammad]
secret = "{SECRETS["zammad"]}"

[webhooks.helpscout]
secret = "{SECRETS["helpscout"]}"

[webhooks.chatwoot]
secret = "{SECRETS["chatwoot"]}"

[webhooks.freshdesk]
header = "{FRESHDESK_HEADER}"
header_value = "{FRESHDESK_VALUE}"
"""


class ServiceProcess:
    """``python -m bot serve`` with its stdout and stderr (the JSON log) captured to files."""

    def __init__(
        self,
        workdir: Path,
        zendesk_url: str | None = None,
        extra_toml: str = "",
        limits: Mapping[str, Any] | None = None,
        service: Mapping[str, Any] | None = None,
    ) -> None:
        """``extra_toml``: more tables for the config (``[mail]``, ``[chat]``); ``limits``,
        ``service``: ``[limits]``, ``[service]`` values over the test's defaults."""
        self.workdir = workdir
        workdir.mkdir(parents=True, exist_ok=True)
        self.data_dir = workdir / "data"
        self.db = self.data_dir / "privacywacht.db"
        self.config = workdir / "service.toml"
        self.config.write_text(
            config_toml(self.data_dir, zendesk_url, limits, service) + extra_toml
        )
        self.stdout_file = workdir / "stdout.txt"
        self.stderr_file = workdir / "stderr.txt"
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60.0) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PRIVACYWACHT_")}
        command = [sys.executable, "-m", "bot", "--config", str(self.config), "serve"]
        command += ["--port", str(self.port), "--log-level", "INFO"]
        # "ab": a restarted service appends, so the whole log of a test stays searchable
        with self.stdout_file.open("ab") as out, self.stderr_file.open("ab") as err:
            self.process = subprocess.Popen(
                command, cwd=REPO, env=env, stdout=out, stderr=err, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"service exited at start:\n{self.stderr()[-3000:]}")
            try:
                if request(self.base_url, "GET", "/healthz", timeout=2).status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"service not ready in {timeout}s:\n{self.stderr()[-3000:]}")

    def stop(self, timeout: float = 30.0) -> int | None:
        """SIGTERM (what an orchestrator sends) and wait; returns the exit status."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode

    def kill(self) -> None:
        """SIGKILL the service and its worker processes (its own session): a crash."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def workers(self) -> list[int]:
        """Pids of the service's descendant processes (the redaction workers, which are the
        children of the workers' fork server, that server and multiprocessing's helper)."""
        assert self.process is not None
        found, todo = [], [self.process.pid]
        while todo:
            pid = todo.pop()
            try:
                children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            except OSError:  # gone meanwhile
                continue
            found += [int(child) for child in children]
            todo += [int(child) for child in children]
        return found

    def stdout(self) -> str:
        return self.stdout_file.read_text(errors="replace")

    def stderr(self) -> str:
        return self.stderr_file.read_text(errors="replace")

    def log_events(self) -> list[dict[str, Any]]:
        """The JSON log lines written so far (stderr), parsed."""
        return [json.loads(line) for line in self.stderr().splitlines() if line.startswith("{")]

    def captured(self) -> list[str]:
        return [self.stdout(), self.stderr()]


def log_start(service: ServiceProcess, timeout: float = 10.0) -> int:
    """Where a test's part of the service's stderr begins: just after the access line of a
    ``HEAD /healthz`` sent now (the fence).

    Not ``len(service.stderr())``: aiohttp writes a request's access line *after* the answer
    went out, so the last line of the test before can still arrive once the next test has
    measured the log. It cannot arrive after the fence's line: the server writes it in the
    same step as it sends that answer, before it reads the fence request.
    """
    before = len(service.stderr())
    request(service.base_url, "HEAD", "/healthz", timeout=timeout)
    deadline = time.monotonic() + timeout
    while True:
        text = service.stderr()
        offset = before
        for line in text[before:].splitlines(keepends=True):
            offset += len(line)
            if line.startswith("{") and line.endswith("\n") and '"http.access"' in line:
                event = json.loads(line)
                if event.get("method") == "HEAD" and event.get("path") == "/healthz":
                    return offset
        if time.monotonic() > deadline:
            raise AssertionError("the fence's access line never came")
        time.sleep(0.02)


# ---------------------------------------------------------------------------------------------
# the service in-process, on a background event loop


class BackgroundServer:
    """An aiohttp application served on 127.0.0.1 (free port) from its own thread's loop."""

    def __init__(self, app: web.Application, shutdown_timeout: float = 5.0) -> None:
        self.app = app
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.runner = web.AppRunner(
            app, access_log_class=SafeAccessLogger, shutdown_timeout=shutdown_timeout
        )
        self.base_url = ""
        self._cleanup: Future[Any] | None = None
        self._stopped = False

    def __enter__(self) -> BackgroundServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def submit(self, coro: Coroutine[Any, Any, Any]) -> Future[Any]:
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def call(self, coro: Coroutine[Any, Any, Any], timeout: float = 30.0) -> Any:
        return self.submit(coro).result(timeout)

    def start(self) -> None:
        self.thread.start()
        try:
            self.call(self.runner.setup())
            site = web.TCPSite(self.runner, "127.0.0.1", 0)
            self.call(site.start())
        except BaseException:
            self.stop()
            raise
        port = self.runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}"

    def begin_shutdown(self) -> Future[Any]:
        """Start the graceful shutdown ``run_app`` does on SIGTERM; returns its future."""
        if self._cleanup is None:
            self._cleanup = self.submit(self.runner.cleanup())
        return self._cleanup

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        try:
            self.begin_shutdown().result(30)
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(10)
            self.loop.close()
