"""Every HTTP route, fuzzed against the running service: no 5xx, no traceback or ERROR line
in the log, no canary in an error answer or in the log, ``/healthz`` never stalls.

The routes come from the application's router (:func:`router_routes`), so a route added
later is fuzzed without touching this file; :data:`PATH_VALUES` only knows which real ids
to put in a path sometimes, so the fuzz gets past the 404s.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.app import create_app
from bot.service_config import ServiceConfig
from bot.settings import load_settings
from bot.webhooks import PROVIDERS
from tests.fuzz.conftest import CANARY_RE, MAX_BODY_BYTES, Fuzzed, fuzz_settings
from tests.fuzz.strategies import (
    CONTENT_TYPES,
    canaries,
    dump,
    header_text,
    json_values,
    odd_pieces,
    text_with,
)
from tests.service.harness import (
    TOKEN,
    Response,
    chatwoot_message,
    config_toml,
    freshdesk_rule,
    helpscout_conversation,
    request,
    signed_headers,
    zammad_article,
    zendesk_comment,
)


@dataclass(frozen=True)
class Route:
    method: str
    path: str  # the route template: "/review/messages/{id}"; a static prefix ends in "/"

    @property
    def id(self) -> str:
        return f"{self.method} {self.path}"


def router_routes() -> list[Route]:
    """(method, template) of every route of the app the service runs (the test config);
    HEAD routes aiohttp adds beside each GET are left to the method fuzz."""
    with tempfile.TemporaryDirectory() as tmp:
        config_file = Path(tmp) / "service.toml"
        config_file.write_text(config_toml(Path(tmp) / "data"))
        settings = load_settings(config_file)
        app = create_app(settings, ServiceConfig.from_settings(settings))
    routes = []
    for route in app.router.routes():
        info = route.resource.get_info() if route.resource is not None else {}
        path = info.get("formatter") or info.get("path")
        if path is None and "prefix" in info:
            path = info["prefix"].rstrip("/") + "/{filename}"
        if route.method != "HEAD" and path:
            routes.append(Route(route.method, path))
    return sorted(set(routes), key=lambda r: (r.path, r.method))


ROUTES = router_routes()
#: query names the handlers read (review filters, register filters, the login target); the
#: fuzz adds names of its own
QUERY_NAMES = ["channel", "type", "since", "until", "request", "q", "page", "status", "days",
               "melding", "next", "session", "lang", "fout"]  # fmt: skip
QUERY_VALUES = ["9999-99-99", "0000-00-00", "2026-02-30", "999999999999999999999", "-3",
                "\u0663", "open", "access", "api", "PERSON", "//evil.example",
                "/review"]  # fmt: skip
METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]


def path_values(fuzz: Fuzzed, name: str) -> list[str]:
    """Real values for a path variable (the rest of the time the fuzz invents one)."""
    known = {
        "provider": list(PROVIDERS),
        "id": [fuzz.message_id],
        "message_id": [fuzz.message_id],
        "reference": [fuzz.reference] if fuzz.reference else [],
        "name": ["chat.js", "chat.css", "chat.html"],
        "filename": ["review.css"],
    }
    return known.get(name, [])


@st.composite
def http_requests(
    draw: st.DrawFn, route: Route, fuzz: Fuzzed
) -> tuple[str, str, bytes | None, dict]:
    canary = draw(canaries)
    fuzz_text = text_with(canary, 4)
    method = draw(st.sampled_from(METHODS)) if draw(st.integers(0, 7)) == 0 else route.method

    # the path: each {variable} a real value, a canary in odd text, or a traversal attempt
    path = route.path
    while "{" in path:
        head, _, rest = path.partition("{")
        name, _, tail = rest.partition("}")
        name = name.split(":")[0]
        value = draw(
            st.one_of(
                st.sampled_from(path_values(fuzz, name) or [canary]),
                fuzz_text,
                st.sampled_from(["..", "", "%2e%2e", "a/b", canary * 40]),
            )
        )
        path = head + quote(value.encode("utf-8", "surrogatepass"), safe="%/") + tail
    query = draw(
        st.lists(
            st.tuples(
                st.one_of(st.sampled_from(QUERY_NAMES), fuzz_text),
                st.one_of(st.sampled_from(QUERY_VALUES), fuzz_text),
            ),
            max_size=4,
        )
    )
    if query:
        path += "?" + urlencode(
            [(k.encode("utf-8", "surrogatepass"), v.encode("utf-8", "surrogatepass"))
             for k, v in query]
        )  # fmt: skip

    headers: dict[str, str] = {}
    auth = draw(st.sampled_from(["none", "api", "reviewer", "canary", "odd"]))
    if auth != "none":
        headers["Authorization"] = {
            "api": f"Bearer {TOKEN}",
            "reviewer": f"Bearer {fuzz.reviewer_token}",
            "canary": f"Bearer {canary}",
            "odd": "Bearer " + draw(header_text) + canary,
        }[auth]
    cookie = draw(st.sampled_from(["none", "session", "canary", "odd"]))
    if cookie != "none":
        headers["Cookie"] = {
            "session": f"pw_session={fuzz.session_cookie}",
            "canary": f"pw_session={canary}",
            "odd": "pw_session=" + draw(header_text),
        }[cookie]
    if draw(st.booleans()):
        headers["X-CSRF-Token"] = fuzz.csrf if draw(st.booleans()) else canary
    if draw(st.booleans()):
        headers["Idempotency-Key"] = draw(st.sampled_from([canary, canary + "\xe9", canary * 20]))
    if draw(st.integers(0, 3)) == 0:
        headers["X-Fuzz-" + canary] = draw(header_text) + canary
    if draw(st.integers(0, 4)) == 0:
        headers["X-Forwarded-For"] = draw(st.sampled_from(["1.2.3.4", canary, "::1, x"]))

    body_kind = draw(st.sampled_from(["none", "json", "api", "form", "bytes", "deep", "large"]))
    body: bytes | None
    if body_kind == "none":
        body = None
    elif body_kind == "json":
        body = dump(draw(json_values(canary)), raw_surrogates=draw(st.booleans()))
    elif body_kind == "api":  # the API's own fields, odd values: gets past the checks
        fields = st.sampled_from(["text", "sender", "subject", "conversation_id", "purpose"])
        value = st.one_of(fuzz_text, json_values(canary))
        obj = draw(st.dictionaries(fields, value, max_size=5))
        if draw(st.booleans()):
            obj["text"] = draw(fuzz_text)
        body = dump(obj, raw_surrogates=draw(st.booleans()))
    elif body_kind == "form":
        names = st.one_of(
            st.sampled_from(["csrf", "username", "password", "finding", "type", "start",
                             "end", "status", "note", "days", "next", "code", "reason"]),
            fuzz_text,
        )  # fmt: skip
        form = draw(st.lists(st.tuples(names, st.one_of(fuzz_text, odd_pieces)), max_size=6))
        if draw(st.booleans()):
            form.append(("csrf", fuzz.csrf))
        body = urlencode(
            [(k.encode("utf-8", "surrogatepass"), v.encode("utf-8", "surrogatepass"))
             for k, v in form]
        ).encode()  # fmt: skip
    elif body_kind == "bytes":
        body = draw(st.binary(max_size=200)) + canary.encode()
    elif body_kind == "deep":
        body = draw(st.sampled_from([b"[", b'{"a":', b'[{"text":'])) * draw(st.integers(60, 3000))
    else:  # over the fuzz service's max_body_bytes
        body = (canary + " ").encode() * draw(st.integers(MAX_BODY_BYTES // 15, 2000))
    if body is not None or draw(st.booleans()):
        headers["Content-Type"] = draw(st.sampled_from(CONTENT_TYPES))
    return method, path, body, headers


def assert_answer(answer: Response, sent: str) -> None:
    assert answer.status < 500, f"{sent} -> {answer.status}: {answer.body[:300]!r}"
    if answer.status >= 400:
        head = "\n".join(f"{k}: {v}" for k, v in answer.headers.items()).encode()
        echoed = CANARY_RE.search(head + b"\n" + answer.body)
        assert echoed is None, f"{sent} -> {answer.status} echoed {echoed.group()!r}"


def send(fuzz: Fuzzed, method: str, path: str, body: bytes | None, headers: dict) -> Response:
    return request(fuzz.base_url, method, path, body, headers, timeout=60)


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.id)
def test_every_route_answers_fuzzed_requests_without_a_5xx_or_an_echo(
    fuzzed: Fuzzed, route: Route
) -> None:
    @fuzz_settings(max_examples=60)
    @given(sent=http_requests(route, fuzzed))
    def run(sent: tuple[str, str, bytes | None, dict]) -> None:
        method, path, body, headers = sent
        answer = send(fuzzed, method, path, body, headers)
        fuzzed.count("http")
        fuzzed.check()  # first: a failed request's ERROR line belongs to this example
        assert_answer(answer, f"{method} {path[:120]}")

    run()


def test_the_router_knows_every_fuzzed_door() -> None:
    """The routes come from the router, not from a list here: a new one is fuzzed as it is
    added. The API, the register API, the webhooks, the review UI, health and the chat
    socket must all be among them."""
    paths = {r.path for r in ROUTES}
    for expected in ("/healthz", "/api/v1/messages", "/webhooks/{provider}", "/chat/ws",
                     "/api/v1/register", "/review/messages", "/login"):  # fmt: skip
        assert expected in paths, expected
    assert len(ROUTES) >= 30


# ---------------------------------------------------------------------------------------------
# the five webhooks, with valid and invalid signatures


BUILDERS = {
    "zendesk": lambda text, subject, who: zendesk_comment(text, subject=subject, author=who),
    "zammad": lambda text, subject, who: zammad_article(text, subject=subject, sender=who),
    "helpscout": lambda text, subject, who: helpscout_conversation(
        text, subject=subject, email=who
    ),
    "chatwoot": lambda text, subject, who: chatwoot_message(text, email=who, subject=subject),
    "freshdesk": lambda text, subject, who: freshdesk_rule(text, subject=subject, email=who),
}
assert set(BUILDERS) == set(PROVIDERS)


@st.composite
def webhook_bodies(draw: st.DrawFn, provider: str) -> tuple[bytes, str]:
    canary = draw(canaries)
    text = text_with(canary, 5)
    html = st.builds(lambda t: f"<div><p>{t}</p><blockquote>{t}</blockquote></div>", text)
    if draw(st.integers(0, 3)) == 0:  # any JSON at all
        payload = draw(json_values(canary))
    else:  # the provider's own shape, odd values in its text fields
        payload = BUILDERS[provider](
            draw(st.one_of(text, html)), draw(text), draw(st.one_of(text, st.just("")))
        )
        if draw(st.booleans()):  # a field of the wrong type somewhere in it
            key = draw(st.sampled_from(sorted(payload)))
            payload[key] = draw(json_values(canary))
    return dump(payload, raw_surrogates=draw(st.booleans())), canary


#: Freshdesk sends a shared token in a header, no signature over the body: nothing to tamper
SIGNATURES = [
    (provider, signature)
    for provider in PROVIDERS
    for signature in ("valid", "wrong-secret", "tampered", "missing")
    if not (provider == "freshdesk" and signature == "tampered")
]


@pytest.mark.parametrize(("provider", "signature"), SIGNATURES)
def test_every_webhook_answers_fuzzed_payloads_without_a_5xx_or_an_echo(
    fuzzed: Fuzzed, provider: str, signature: str
) -> None:
    @fuzz_settings(max_examples=40 if signature == "valid" else 10)
    @given(sent=webhook_bodies(provider))
    def run(sent: tuple[bytes, str]) -> None:
        body, canary = sent
        if signature == "missing":
            headers = {}
        elif signature == "wrong-secret":
            headers = signed_headers(provider, body, secret=canary)
        else:
            headers = signed_headers(provider, body)
        sent_body = body + b" " if signature == "tampered" else body
        answer = request(
            fuzzed.base_url,
            "POST",
            f"/webhooks/{provider}",
            sent_body,
            {"Content-Type": "application/json", **headers},
            timeout=60,
        )
        fuzzed.count(f"webhook-{signature}")
        fuzzed.check()
        assert_answer(answer, f"{provider} ({signature})")
        if signature != "valid":  # 413: a body over the limit is refused before the check
            assert answer.status in (400, 401, 403, 413), answer.status

    run()
