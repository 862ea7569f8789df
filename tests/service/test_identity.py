"""Identity verification end to end: a real SMTP server receives the mail, the customer
confirms on the real pages (aiohttp test server), the register records it."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from cryptography.fernet import Fernet

from bot.identity import IdentityVerifier, compose_verification_mail
from bot.identity_routes import VERIFIER, add_routes
from bot.mail.config import MailConfig
from bot.mail.forward import SmtpForwarder
from bot.store.deadlines import format_dutch_date
from bot.store.register import REGISTER_FILE, Register
from tests.mail.smtp_capture import Captured, CapturingSMTP
from tests.store.helpers import StillClock as Clock

EMAIL = "Kanarie.Vogelaar@Example.NL"
HELPDESK = "helpdesk@bedrijf.example"
FROM = "Privacy <privacy@bedrijf.example>"
PUBLIC_URL = "https://privacy.bedrijf.example/"
TTL = timedelta(hours=72)

TOKEN_RE = re.compile(r"/verify\?token=([A-Za-z0-9_-]+)")
CODE_RE = re.compile(r"^(\d{6})\r?$", re.MULTILINE)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def register(tmp_path: Path, clock: Clock) -> Iterator[Register]:
    keys = {"k1": Fernet.generate_key().decode()}
    with Register.open(tmp_path / REGISTER_FILE, keys, "k1", bytes(range(32)), clock=clock) as r:
        yield r


@pytest.fixture
def smtp() -> Iterator[CapturingSMTP]:
    with CapturingSMTP() as server:
        yield server


@pytest.fixture
def verifier(register: Register, smtp: CapturingSMTP) -> IdentityVerifier:
    config = MailConfig(
        forward_to=HELPDESK,
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        smtp_timeout_s=5.0,
        smtp_attempts=3,
        retry_backoff_s=0.01,
    )
    return IdentityVerifier(register, SmtpForwarder(config), FROM, PUBLIC_URL, TTL)


def _request(register: Register, email: str | None = EMAIL) -> str:
    received = datetime(2029, 12, 20, 10, 0, tzinfo=UTC)
    return register.create("access", "email", received, email=email)[0].reference


def _secrets(mail: Captured) -> tuple[str, str]:
    body = mail.body
    token = TOKEN_RE.search(body)
    code = CODE_RE.search(body)
    assert token and code, body
    return token.group(1), code.group(1)


def _status(register: Register, reference: str) -> str:
    record = register.get(reference)
    assert record is not None
    return record.status


Scenario = Callable[[TestClient], Awaitable[None]]


def _with_client(verifier: IdentityVerifier, scenario: Scenario) -> None:
    """Run ``scenario`` against a minimal application holding only the verification routes."""

    async def run() -> None:
        app = web.Application()
        app[VERIFIER] = verifier
        add_routes(app)
        async with TestClient(TestServer(app)) as client:
            await scenario(client)

    asyncio.run(run())


def _start(verifier: IdentityVerifier, reference: str, email: str = EMAIL, **kwargs: Any) -> bool:
    return asyncio.run(verifier.start(reference, email, **kwargs))


def _assert_headers(response: Any) -> None:
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Content-Type"].startswith("text/html")


# -- the mail ------------------------------------------------------------------------------


def test_the_mail_goes_to_the_requester(
    register: Register, verifier: IdentityVerifier, smtp: CapturingSMTP
) -> None:
    reference = _request(register)
    assert _start(verifier, reference) is True
    (captured,) = smtp.wait_for(1)
    assert captured.rcpt_tos == [EMAIL]  # not the helpdesk
    mail = captured.message
    assert mail["To"] == EMAIL
    assert mail["From"] == FROM
    assert mail["Subject"] == f"Bevestig je privacyverzoek {reference}"
    assert mail["Auto-Submitted"] == "auto-generated"
    body = captured.body
    token, code = _secrets(captured)
    assert f"https://privacy.bedrijf.example/verify?token={token}" in body
    assert "72 uur" in body
    assert "kopie van je paspoort" in body
    assert "Dan kun je deze mail negeren" in body
    assert reference in body
    assert _status(register, reference) == "identity_pending"
    assert register.confirm_verification(reference=reference, code=code).status == "in_progress"


def test_the_english_mail(
    register: Register, verifier: IdentityVerifier, smtp: CapturingSMTP
) -> None:
    reference = _request(register)
    assert _start(verifier, reference, language="en") is True
    (captured,) = smtp.wait_for(1)
    assert captured.message["Subject"] == f"Confirm your privacy request {reference}"
    assert "&lang=en" in captured.body and "72 hours" in captured.body
    assert "copy of your passport" in captured.body


def test_compose_is_pure_text() -> None:
    mail = compose_verification_mail(
        to="j.jansen@voorbeeld.nl",
        from_address="privacy@bedrijf.example",
        reference="AVG-2026-000123",
        token="t" * 43,
        code="012345",
        public_url="https://x.example/base/",
        ttl=timedelta(hours=1),
    )
    body = mail.get_content()
    assert mail["Subject"] == "Bevestig je privacyverzoek AVG-2026-000123"
    assert f"https://x.example/base/verify?token={'t' * 43}" in body
    assert "\n012345\n" in body and "1 uur" in body
    assert mail["Message-ID"].endswith("@bedrijf.example>")
    with pytest.raises(ValueError) as caught:
        compose_verification_mail(
            to="iemand@voorbeeld.nl, ander@voorbeeld.nl",
            from_address="privacy@bedrijf.example",
            reference="AVG-2026-000123",
            token="t" * 43,
            code="012345",
            public_url="https://x.example",
            ttl=TTL,
        )
    assert "voorbeeld" not in str(caught.value)


def test_a_refused_mail_returns_false(
    register: Register,
    verifier: IdentityVerifier,
    smtp: CapturingSMTP,
    caplog: pytest.LogCaptureFixture,
) -> None:
    reference = _request(register)
    smtp.fail_next(1, 550)
    with caplog.at_level(logging.INFO, logger="privacywacht"):
        assert _start(verifier, reference) is False
    assert smtp.messages == []
    assert _status(register, reference) == "identity_pending"  # still registered
    events = [r for r in caplog.records if r.getMessage() == "identity.verification_mail_failed"]
    assert [r.ctx for r in events] == [  # type: ignore[attr-defined]
        {"reference": reference, "error": "ForwardError", "code": 550}
    ]
    for record in caplog.records:
        assert "example.nl" not in f"{record.getMessage()} {getattr(record, 'ctx', '')}".lower()
    # A later attempt (the officer's resend) goes through.
    assert _start(verifier, reference) is True
    assert len(smtp.wait_for(1)) == 1


def test_a_temporary_failure_is_retried(
    register: Register, verifier: IdentityVerifier, smtp: CapturingSMTP
) -> None:
    reference = _request(register)
    smtp.fail_next(1, 451)
    assert _start(verifier, reference) is True
    assert len(smtp.wait_for(1)) == 1


@pytest.mark.parametrize("case", ["other address", "closed", "no address", "unknown", "bad"])
def test_no_mail_when_the_register_refuses(
    register: Register, verifier: IdentityVerifier, smtp: CapturingSMTP, case: str
) -> None:
    reference = _request(register, email=None if case == "no address" else EMAIL)
    email = EMAIL
    if case == "other address":
        email = "iemand.anders@example.nl"
    elif case == "closed":
        register.advance(reference, "withdrawn", "officer")
    elif case == "unknown":
        reference = "AVG-2029-999999"
    elif case == "bad":
        email = "geen adres"
    assert _start(verifier, reference, email) is False
    assert smtp.messages == []
    if case in ("other address", "no address", "bad"):
        assert _status(register, reference) == "received"


# -- the pages -----------------------------------------------------------------------------


def test_confirm_by_link(
    register: Register, verifier: IdentityVerifier, smtp: CapturingSMTP
) -> None:
    reference = _request(register)
    assert _start(verifier, reference)
    token, _ = _secrets(smtp.wait_for(1)[0])

    async def scenario(client: TestClient) -> None:
        for _ in range(2):  # a mail scanner fetches the link first: that consumes nothing
            page = await client.get("/verify", params={"token": token})
            assert page.status == 200
            _assert_headers(page)
            html = await page.text()
            assert "Bevestig mijn verzoek" in html and 'method="post"' in html
            assert "<script" not in html
        assert _status(register, reference) == "identity_pending"

        done = await client.post("/verify", data={"token": token})
        assert done.status == 200
        _assert_headers(done)
        html = await done.text()
        record = register.get(reference)
        assert record is not None and record.status == "in_progress"
        assert "Dank je, je identiteit is bevestigd" in html
        assert f"verzoek {reference} en antwoorden uiterlijk" in html
        assert format_dutch_date(record.deadline) in html  # "20 januari 2030"
        assert token not in html

        again = await client.post("/verify", data={"token": token})
        assert again.status == 400
        _assert_headers(again)
        html = await again.text()
        assert "al gebruikt" in html and token not in html

    _with_client(verifier, scenario)


def test_confirm_by_code(
    register: Register, verifier: IdentityVerifier, smtp: CapturingSMTP
) -> None:
    reference = _request(register)
    assert _start(verifier, reference)
    _, code = _secrets(smtp.wait_for(1)[0])
    wrong = f"{(int(code) + 1) % 10**6:06d}"

    async def scenario(client: TestClient) -> None:
        page = await client.get("/verify")
        assert page.status == 200
        html = await page.text()
        assert 'name="reference"' in html and 'name="code"' in html

        failed = await client.post("/verify", data={"reference": reference, "code": wrong})
        assert failed.status == 400
        html = await failed.text()
        assert "klopt niet" in html and wrong not in html
        assert 'name="code"' in html  # the form again, to try once more

        empty = await client.post("/verify", data={"reference": reference})
        assert empty.status == 400

        done = await client.post("/verify", data={"reference": reference, "code": code})
        assert done.status == 200
        html = await done.text()
        assert reference in html and code not in html
        assert _status(register, reference) == "in_progress"

    _with_client(verifier, scenario)


def test_an_expired_link(
    register: Register, verifier: IdentityVerifier, smtp: CapturingSMTP, clock: Clock
) -> None:
    reference = _request(register)
    assert _start(verifier, reference)
    token, _ = _secrets(smtp.wait_for(1)[0])
    clock.now += TTL

    async def scenario(client: TestClient) -> None:
        response = await client.post("/verify", data={"token": token})
        assert response.status == 400
        assert "verlopen" in await response.text()

    _with_client(verifier, scenario)
    assert _status(register, reference) == "identity_pending"


def test_english_pages_and_escaping(
    register: Register, verifier: IdentityVerifier, smtp: CapturingSMTP
) -> None:
    reference = _request(register)
    assert _start(verifier, reference, language="en")
    token, _ = _secrets(smtp.wait_for(1)[0])

    async def scenario(client: TestClient) -> None:
        page = await client.get("/verify", params={"token": token, "lang": "en"})
        html = await page.text()
        assert "Confirm my request" in html and '<html lang="en">' in html
        done = await client.post("/verify", data={"token": token, "lang": "en"})
        assert done.status == 200
        assert "your identity is confirmed" in await done.text()

        # Whatever comes in is never written back into the page unescaped.
        hostile = '"><script>alert(1)</script>'
        page = await client.get("/verify", params={"token": hostile})
        assert "<script" not in await page.text()
        bad = await client.post("/verify", data={"token": "A" * 43, "lang": hostile})
        assert bad.status == 400 and "<script" not in await bad.text()

    _with_client(verifier, scenario)
