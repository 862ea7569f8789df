"""The privacy officers' register API (``/api/v1/register``) against a real Register.

No running service is needed (the routes only need a Register and the reviewer tokens), so
each test builds a small ``web.Application`` and talks to it over HTTP with aiohttp's own
``TestClient``. The project does not depend on pytest-aiohttp, so the client runs on an
``asyncio.Runner`` of its own, as the other aiohttp tests here use ``asyncio.run``.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import logging
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from cryptography.fernet import Fernet
from multidict import CIMultiDictProxy

from bot.register_api import (
    MAX_TEXT_CHARS,
    REALM,
    REGISTER,
    REVIEWERS,
    add_routes,
    openapi_paths,
)
from bot.store.register import CSV_COLUMNS, REQUEST_STATUSES, REQUEST_TYPES, Register

ANNE = "tok-anne-" + secrets.token_urlsafe(24)
BRAM = "tok-bram-" + secrets.token_urlsafe(24)
REVIEWER_TOKENS = {"anne": ANNE, "bram": BRAM}

EMAIL = "Kanarie.Vogelaar@Example.NL"
PHONE = "06-87654321"
PHONE_E164 = "+31687654321"

RECORD_FIELDS = {
    "reference",
    "type",
    "status",
    "channel",
    "received_at",
    "due_at",
    "extended_until",
    "deadline",
    "deadline_nl",
    "closed_at",
    "on_behalf_of",
    "has_email",
    "has_phone",
    "conversation_id",
    "message_id",
    "refusal_motivation",
    "extension_reason",
}
EVENT_FIELDS = {"at", "actor", "kind", "from_status", "to_status", "note"}

#: Every route with a method: each must refuse a request without a reviewer token.
ROUTES = [
    ("GET", "/api/v1/register"),
    ("GET", "/api/v1/register/due"),
    ("GET", "/api/v1/register/export.csv"),
    ("GET", "/api/v1/register/AVG-2026-000001"),
    ("GET", "/api/v1/register/AVG-2026-000001/contact"),
    ("POST", "/api/v1/register/AVG-2026-000001/status"),
    ("POST", "/api/v1/register/AVG-2026-000001/extension"),
]


class Clock:
    """The register's clock, standing still at 10 March 2026 unless a test moves it."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Answer:
    status: int
    headers: CIMultiDictProxy[str]
    text: str

    def json(self) -> Any:
        return json.loads(self.text)

    @property
    def error(self) -> str:
        body = self.json()
        assert set(body) == {"error"}, body
        return body["error"]


class Api:
    """A synchronous face on a TestClient, so the tests read as plain request/answer pairs."""

    def __init__(self, runner: asyncio.Runner, client: TestClient) -> None:
        self._runner = runner
        self._client = client

    def call(
        self,
        method: str,
        path: str,
        *,
        token: str | None = ANNE,
        body: object = None,
        data: bytes | str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Answer:
        sent = dict(headers or {})
        if token is not None:
            sent.setdefault("Authorization", f"Bearer {token}")
        if body is not None:
            data = json.dumps(body)
            sent.setdefault("Content-Type", "application/json")

        async def send() -> Answer:
            async with self._client.request(method, path, data=data, headers=sent) as response:
                return Answer(response.status, response.headers, await response.text())

        return self._runner.run(send())

    def get(self, path: str, **kwargs: Any) -> Answer:
        return self.call("GET", path, **kwargs)

    def post(self, path: str, body: object = None, **kwargs: Any) -> Answer:
        return self.call("POST", path, body=body, **kwargs)


@contextmanager
def serve(app: web.Application) -> Iterator[Api]:
    with asyncio.Runner() as runner:

        async def start() -> TestClient:
            client = TestClient(TestServer(app, host="127.0.0.1"))
            await client.start_server()
            return client

        client = runner.run(start())
        try:
            yield Api(runner, client)
        finally:
            runner.run(client.close())


def make_app(register: Register | None, reviewers: dict[str, str] | None) -> web.Application:
    app = web.Application()
    if register is not None:
        app[REGISTER] = register
    if reviewers is not None:
        app[REVIEWERS] = reviewers
    add_routes(app)
    return app


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def register(tmp_path: Path, clock: Clock) -> Iterator[Register]:
    keys = {"k1": Fernet.generate_key()}
    with Register.open(
        tmp_path / "register.db", keys, "k1", secrets.token_bytes(32), clock=clock
    ) as opened:
        yield opened


@pytest.fixture
def refs(register: Register) -> dict[str, str]:
    """Three requests; on 10 March 2026 the erasure is overdue, the access due in 5 days."""
    made = {
        "access": register.create(
            "access",
            "email",
            datetime(2026, 2, 15, 9, 30, tzinfo=UTC),
            email=EMAIL,
            phone=PHONE,
            conversation_id="conv-1",
            message_id="msg-1",
        ),
        "erasure": register.create("erasure", "letter", datetime(2026, 1, 20, 8, tzinfo=UTC)),
        "objection": register.create(
            "objection", "api", datetime(2026, 3, 5, 14, tzinfo=UTC), phone=PHONE
        ),
    }
    return {name: record.reference for name, (record, _) in made.items()}


@pytest.fixture
def api(register: Register) -> Iterator[Api]:
    with serve(make_app(register, dict(REVIEWER_TOKENS))) as opened:
        yield opened


def ok(answer: Answer, status: int = 200) -> Any:
    assert answer.status == status, answer.text
    assert answer.headers["Cache-Control"] == "no-store"
    return answer.json()


def refused(answer: Answer, status: int) -> str:
    assert answer.status == status, answer.text
    assert answer.headers["Cache-Control"] == "no-store"
    assert answer.headers["Content-Type"].startswith("application/json")
    return answer.error


def path(reference: str, tail: str = "") -> str:
    return f"/api/v1/register/{reference}{tail}"


# -- authentication ------------------------------------------------------------------------


@pytest.mark.parametrize(("method", "route"), ROUTES)
@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Bearer",
        "Bearer ",
        f"Basic {ANNE}",
        "Bearer tok-anne-wrong",
        f"Bearer {ANNE[:-1]}",  # one character short
        f"Bearer {ANNE}x",
        f"Bearer {ANNE},{BRAM}",
        "Bearer " + secrets.token_urlsafe(32),  # what a message-API token looks like
    ],
    ids=[
        "none",
        "empty",
        "scheme-only",
        "scheme-space",
        "basic",
        "wrong",
        "prefix",
        "suffix",
        "both",
        "api-like",
    ],
)
def test_every_route_refuses_without_a_reviewer_token(
    api: Api, refs: dict[str, str], register: Register, method: str, route: str, authorization
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    answer = api.call(
        method, route, token=None, headers=headers, body={"status": "withdrawn", "reason": "x"}
    )
    assert refused(answer, 401) == "missing or invalid reviewer token"
    assert answer.headers["WWW-Authenticate"] == f'Bearer realm="{REALM}"'
    assert [record.status for record in register.list()] == ["received"] * 3
    assert all(record.extended_until is None for record in register.list())


def test_a_message_api_token_of_the_same_app_is_not_a_reviewer_token(
    register: Register, refs: dict[str, str]
) -> None:
    from bot.app import TOKENS  # imported here: only this test needs the service module

    api_token = secrets.token_urlsafe(32)
    app = make_app(register, dict(REVIEWER_TOKENS))
    app[TOKENS] = (api_token,)
    with serve(app) as api:
        refused(api.get("/api/v1/register", token=api_token), 401)
        assert len(ok(api.get("/api/v1/register", token=BRAM))["requests"]) == 3


@pytest.mark.parametrize("reviewers", [None, {}])
def test_without_reviewers_nobody_gets_in(register: Register, reviewers) -> None:
    with serve(make_app(register, reviewers)) as api:
        refused(api.get("/api/v1/register"), 401)
        refused(api.get("/api/v1/register", token=""), 401)


def test_without_a_register_the_api_answers_503(refs: dict[str, str]) -> None:
    with serve(make_app(None, dict(REVIEWER_TOKENS))) as api:
        assert "not available" in refused(api.get("/api/v1/register"), 503)


# -- reading -------------------------------------------------------------------------------


def test_list_returns_every_request_oldest_first(api: Api, refs: dict[str, str]) -> None:
    requests = ok(api.get("/api/v1/register"))["requests"]
    assert [r["reference"] for r in requests] == [
        refs["erasure"],
        refs["access"],
        refs["objection"],
    ]
    assert all(set(r) == RECORD_FIELDS for r in requests)
    access = requests[1]
    assert access == {
        "reference": refs["access"],
        "type": "access",
        "status": "received",
        "channel": "email",
        "received_at": "2026-02-15T09:30:00.000000+00:00",
        "due_at": "2026-03-15T09:30:00.000000+00:00",
        "extended_until": None,
        "deadline": "2026-03-15T09:30:00.000000+00:00",
        "deadline_nl": "15 maart 2026",
        "closed_at": None,
        "on_behalf_of": False,
        "has_email": True,
        "has_phone": True,
        "conversation_id": "conv-1",
        "message_id": "msg-1",
        "refusal_motivation": None,
        "extension_reason": None,
    }
    assert (requests[0]["has_email"], requests[0]["has_phone"]) == (False, False)
    # the list never carries contact details
    assert EMAIL not in json.dumps(requests) and PHONE_E164 not in json.dumps(requests)


def test_list_filters_by_status_and_type(
    api: Api, refs: dict[str, str], register: Register
) -> None:
    register.advance(refs["objection"], "in_progress", "anne")

    def listed(query: str) -> list[str]:
        return [r["reference"] for r in ok(api.get(f"/api/v1/register?{query}"))["requests"]]

    assert listed("status=in_progress") == [refs["objection"]]
    assert listed("status=received") == [refs["erasure"], refs["access"]]
    assert listed("type=erasure") == [refs["erasure"]]
    assert listed("status=received&type=access") == [refs["access"]]
    assert listed("status=in_progress&type=access") == []
    assert listed("status=completed") == []
    assert listed("status=&type=") == [refs["erasure"], refs["access"], refs["objection"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=open", ["unknown status", ", ".join(REQUEST_STATUSES)]),
        ("type=inzage", ["unknown type", ", ".join(REQUEST_TYPES)]),
        ("state=received", ["1 unknown query parameter;", "allowed: status, type"]),
        ("status=received&status=completed", ["'status' given more than once"]),
        ("n%C3%A0me%20with%20spaces=1&x=2", ["2 unknown query parameters;"]),
    ],
)
def test_list_refuses_a_bad_filter(
    api: Api, refs: dict[str, str], query: str, expected: list[str]
) -> None:
    reason = refused(api.get(f"/api/v1/register?{query}"), 400)
    for part in expected:
        assert part in reason


def test_show_returns_the_request_with_its_history(
    api: Api, refs: dict[str, str], clock: Clock
) -> None:
    reference = refs["access"]
    clock.now = datetime(2026, 3, 11, 8, 0, tzinfo=UTC)
    ok(api.post(path(reference, "/status"), {"status": "identity_pending", "note": "id gevraagd"}))
    ok(api.post(path(reference, "/status"), {"status": "in_progress"}, token=BRAM))

    shown = ok(api.get(path(reference)))
    assert set(shown) == RECORD_FIELDS | {"events"}
    assert shown["status"] == "in_progress"
    assert all(set(event) == EVENT_FIELDS for event in shown["events"])
    assert [
        (e["actor"], e["kind"], e["from_status"], e["to_status"], e["note"])
        for e in shown["events"]
    ] == [
        ("system", "received", None, "received", None),
        ("anne", "status", "received", "identity_pending", "id gevraagd"),
        ("bram", "status", "identity_pending", "in_progress", None),
    ]
    assert shown["events"][1]["at"] == "2026-03-11T08:00:00.000000+00:00"


@pytest.mark.parametrize(
    ("method", "tail", "body"),
    [
        ("GET", "", None),
        ("GET", "/contact", None),
        ("POST", "/status", {"status": "in_progress"}),
        ("POST", "/extension", {"reason": "veel gegevens"}),
    ],
)
def test_unknown_reference_is_404(
    api: Api, refs: dict[str, str], method: str, tail: str, body: object, caplog
) -> None:
    caplog.set_level(logging.INFO, logger="privacywacht.register")
    reason = refused(api.call(method, path("AVG-2026-999999", tail), body=body), 404)
    assert reason == "no request with reference AVG-2026-999999"
    # something that is not one of our references is not echoed back
    reason = refused(api.call(method, path("jan.jansen", tail), body=body), 404)
    assert reason == "no request with that reference"
    assert "register.contact_viewed" not in [record.msg for record in caplog.records]


def test_contact_details_are_shown_and_the_access_logged_without_them(
    api: Api, refs: dict[str, str], register: Register, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    contact = ok(api.get(path(refs["access"], "/contact")))
    assert contact == {"reference": refs["access"], "email": EMAIL, "phone": PHONE_E164}
    assert ok(api.get(path(refs["objection"], "/contact"), token=BRAM)) == {
        "reference": refs["objection"],
        "email": None,
        "phone": PHONE_E164,
    }
    assert ok(api.get(path(refs["erasure"], "/contact")))["email"] is None

    viewed = [r for r in caplog.records if r.msg == "register.contact_viewed"]
    assert [(r.name, r.levelno) for r in viewed] == [("privacywacht.register", logging.INFO)] * 3
    assert [r.ctx for r in viewed] == [
        {"request": refs["access"], "actor": "anne"},
        {"request": refs["objection"], "actor": "bram"},
        {"request": refs["erasure"], "actor": "anne"},
    ]
    for record in caplog.records:
        logged = f"{record.getMessage()} {record.args!r} {vars(record)!r}"
        for secret in (EMAIL, EMAIL.lower(), PHONE, PHONE_E164, "87654321", ANNE, BRAM):
            assert secret not in logged
    # reading is not a change: the history is as it was
    assert [e.kind for e in register.history(refs["access"])] == ["received"]


# -- changing the status -------------------------------------------------------------------


def test_advance_records_the_reviewer_as_actor(
    api: Api, refs: dict[str, str], register: Register
) -> None:
    reference = refs["access"]
    record = ok(api.post(path(reference, "/status"), {"status": "in_progress", "note": "  ok  "}))
    assert set(record) == RECORD_FIELDS
    assert (record["reference"], record["status"], record["closed_at"]) == (
        reference,
        "in_progress",
        None,
    )
    last = register.history(reference)[-1]
    assert (last.actor, last.kind, last.from_status, last.to_status, last.note) == (
        "anne",
        "status",
        "received",
        "in_progress",
        "ok",
    )

    record = ok(api.post(path(reference, "/status"), {"status": "completed"}, token=BRAM))
    assert record["status"] == "completed"
    assert record["closed_at"] == "2026-03-10T12:00:00.000000+00:00"
    assert register.history(reference)[-1].actor == "bram"


def test_an_invalid_transition_is_409_naming_both_statuses(
    api: Api, refs: dict[str, str], register: Register
) -> None:
    reference = refs["access"]
    reason = refused(api.post(path(reference, "/status"), {"status": "completed"}), 409)
    assert "'received'" in reason and "'completed'" in reason
    assert "identity_pending, in_progress, withdrawn" in reason
    assert refused(api.post(path(reference, "/status"), {"status": "received"}), 409)

    ok(api.post(path(reference, "/status"), {"status": "withdrawn"}))
    reason = refused(api.post(path(reference, "/status"), {"status": "in_progress"}), 409)
    assert "final status" in reason and "'withdrawn'" in reason
    assert register.get(reference).status == "withdrawn"
    assert len(register.history(reference)) == 2


def test_refusal_needs_a_motivation(api: Api, refs: dict[str, str], register: Register) -> None:
    reference = refs["access"]
    ok(api.post(path(reference, "/status"), {"status": "in_progress"}))
    for body in (
        {"status": "refused"},
        {"status": "refused", "note": None},
        {"status": "refused", "note": "   "},
    ):
        reason = refused(api.post(path(reference, "/status"), body), 400)
        assert "motivation" in reason and "'note'" in reason
    assert register.get(reference).status == "in_progress"

    motivation = "kennelijk ongegrond: derde verzoek binnen een maand"
    record = ok(api.post(path(reference, "/status"), {"status": "refused", "note": motivation}))
    assert record["status"] == "refused"
    assert record["refusal_motivation"] == motivation
    assert record["closed_at"] is not None
    last = register.history(reference)[-1]
    assert (last.actor, last.to_status, last.note) == ("anne", "refused", motivation)


def test_refusal_from_received_is_409_even_with_a_motivation(
    api: Api, refs: dict[str, str]
) -> None:
    reason = refused(
        api.post(path(refs["access"], "/status"), {"status": "refused", "note": "ongegrond"}),
        409,
    )
    assert "'received'" in reason and "'refused'" in reason


# -- extension -----------------------------------------------------------------------------


def test_extension_once_then_409(api: Api, refs: dict[str, str], register: Register) -> None:
    reference = refs["access"]
    record = ok(api.post(path(reference, "/extension"), {"reason": "  veel systemen  "}))
    assert record["due_at"] == "2026-03-15T09:30:00.000000+00:00"
    assert record["extended_until"] == "2026-05-15T09:30:00.000000+00:00"
    assert record["deadline"] == record["extended_until"]
    assert record["deadline_nl"] == "15 mei 2026"
    assert record["extension_reason"] == "veel systemen"
    last = register.history(reference)[-1]
    assert (last.actor, last.kind) == ("anne", "extended")

    reason = refused(
        api.post(path(reference, "/extension"), {"reason": "nog eens"}, token=BRAM), 409
    )
    assert "already extended" in reason
    assert register.get(reference).extension_reason == "veel systemen"


def test_extension_refused_after_the_deadline_or_when_closed(
    api: Api, refs: dict[str, str], register: Register
) -> None:
    reason = refused(api.post(path(refs["erasure"], "/extension"), {"reason": "druk"}), 409)
    assert "passed" in reason
    register.advance(refs["objection"], "withdrawn", "anne")
    reason = refused(api.post(path(refs["objection"], "/extension"), {"reason": "druk"}), 409)
    assert "'withdrawn'" in reason
    for body in ({}, {"reason": ""}, {"reason": " \n "}, {"reason": 7}):
        refused(api.post(path(refs["access"], "/extension"), body), 400)
    assert all(record.extended_until is None for record in register.list())


# -- due -----------------------------------------------------------------------------------


def test_due_lists_overdue_first_then_by_deadline(
    api: Api, refs: dict[str, str], register: Register
) -> None:
    def due(query: str = "") -> list[str]:
        answer = ok(api.get(f"/api/v1/register/due{query}"))
        return [r["reference"] for r in answer["requests"]]

    assert due() == [refs["erasure"], refs["access"]]  # default: 7 days
    assert ok(api.get("/api/v1/register/due"))["days"] == 7
    assert due("?days=0") == [refs["erasure"]]
    assert due("?days=30") == [refs["erasure"], refs["access"], refs["objection"]]

    register.extend(refs["access"], "anne", "veel systemen")
    assert due("?days=30") == [refs["erasure"], refs["objection"]]
    register.advance(refs["erasure"], "withdrawn", "anne")
    assert due("?days=366") == [refs["objection"], refs["access"]]


@pytest.mark.parametrize("days", ["-1", "abc", "1.5", "367", "99999", "", "%201"])
def test_due_refuses_a_bad_number_of_days(api: Api, days: str) -> None:
    if days == "":  # an empty parameter means the default
        assert ok(api.get("/api/v1/register/due?days="))["days"] == 7
        return
    assert "days must be a whole number" in refused(
        api.get(f"/api/v1/register/due?days={days}"), 400
    )


# -- export --------------------------------------------------------------------------------


def test_export_csv_is_an_attachment_without_contact_details(
    api: Api, refs: dict[str, str], caplog
) -> None:
    caplog.set_level(logging.INFO, logger="privacywacht.register")
    answer = api.get("/api/v1/register/export.csv")
    assert answer.status == 200
    assert answer.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert answer.headers["Cache-Control"] == "no-store"
    disposition = answer.headers["Content-Disposition"]
    assert disposition.startswith('attachment; filename="avg-register-')
    assert disposition.endswith('.csv"')
    rows = list(csv.reader(io.StringIO(answer.text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [row[0] for row in rows[1:]] == [refs["erasure"], refs["access"], refs["objection"]]
    assert EMAIL not in answer.text and PHONE_E164 not in answer.text
    [exported] = [r for r in caplog.records if r.msg == "register.exported"]
    assert exported.ctx == {"count": 3, "actor": "anne"}
    assert "unknown query" in refused(api.get("/api/v1/register/export.csv?x=1"), 400)


# -- bodies --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "content_type", "status", "expected"),
    [
        ('{"status": "in_progress"', "application/json", 400, "malformed JSON"),
        ("{'status': 'in_progress'}", "application/json", 400, "malformed JSON"),
        ("", "application/json", 400, "body is empty"),
        ('["in_progress"]', "application/json", 400, "must be a JSON object"),
        ('"in_progress"', "application/json", 400, "must be a JSON object"),
        (b'{"status": "in_\xff"}', "application/json", 400, "not UTF-8"),
        ('{"status": "in_progress"}', "text/plain", 415, "send application/json"),
        ("status=in_progress", "application/x-www-form-urlencoded", 415, "application/json"),
        ('{"status": "in_progress"}', None, 415, "send application/json"),
    ],
)
def test_bodies_that_are_not_a_json_object_are_refused(
    api: Api,
    refs: dict[str, str],
    register: Register,
    data: str | bytes,
    content_type: str | None,
    status: int,
    expected: str,
) -> None:
    headers = {} if content_type is None else {"Content-Type": content_type}
    for tail in ("/status", "/extension"):
        answer = api.call("POST", path(refs["access"], tail), data=data, headers=headers)
        assert expected in refused(answer, status)
    assert register.get(refs["access"]).status == "received"
    assert register.get(refs["access"]).extended_until is None


@pytest.mark.parametrize(
    ("tail", "body", "expected"),
    [
        ("/status", {"status": "in_progress", "actor": "bram"}, "1 unknown field;"),
        ("/status", {"status": "in_progress", "Note": "x"}, "allowed: status, note"),
        ("/status", {"status": "in_progress", "jan@example.nl": 1}, "1 unknown field;"),
        ("/extension", {"reason": "x", "until": "2026-12-31"}, "1 unknown field;"),
        ("/status", {}, "field 'status' is required"),
        ("/status", {"status": 3}, "field 'status' is required and must be a string"),
        ("/status", {"status": "open"}, "unknown status; allowed: received"),
        ("/status", {"status": "in_progress", "note": ["a"]}, "'note' must be a string"),
        ("/status", {"status": "in_progress", "note": "x" * 2001}, "longer than 2000"),
        ("/extension", {"reason": "x" * (MAX_TEXT_CHARS + 1)}, "longer than 2000"),
    ],
)
def test_unknown_or_invalid_fields_are_400(
    api: Api, refs: dict[str, str], register: Register, tail: str, body: object, expected: str
) -> None:
    reason = refused(api.post(path(refs["access"], tail), body), 400)
    assert expected in reason
    assert "jan@example.nl" not in reason
    assert [e.kind for e in register.history(refs["access"])] == ["received"]


def test_text_of_exactly_the_limit_is_accepted(api: Api, refs: dict[str, str]) -> None:
    note = "n" * MAX_TEXT_CHARS
    ok(api.post(path(refs["access"], "/status"), {"status": "in_progress", "note": note}))
    shown = ok(api.get(path(refs["access"])))
    assert shown["events"][-1]["note"] == note


# -- OpenAPI -------------------------------------------------------------------------------


def test_openapi_paths_describe_every_route(register: Register) -> None:
    app = make_app(register, {})
    routed = {
        (route.method.lower(), route.resource.canonical)
        for route in app.router.routes()
        if route.method != "HEAD"
    }
    paths = openapi_paths()
    described = {
        (method, route)
        for route, item in paths.items()
        for method in item
        if method in {"get", "post"}
    }
    assert described == routed
    for route, item in paths.items():
        for method in ("get", "post"):
            if method in item:
                operation = item[method]
                assert operation["security"] == [{"bearer": []}]
                assert "401" in operation["responses"] and "200" in operation["responses"]
        if "{reference}" in route:
            assert item["parameters"][0]["name"] == "reference"
    json.dumps(paths)  # plain JSON, ready to merge


def test_a_body_over_the_apps_limit_is_413(register: Register, refs: dict[str, str]) -> None:
    app = web.Application(client_max_size=1024)
    app[REGISTER] = register
    app[REVIEWERS] = dict(REVIEWER_TOKENS)
    add_routes(app)
    with serve(app) as api:
        body = {"status": "in_progress", "note": "x" * 1500}
        assert refused(api.post(path(refs["access"], "/status"), body), 413) == "body too large"
    assert register.get(refs["access"]).status == "received"
