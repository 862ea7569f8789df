"""A review UI with a store and a register full of everything a page can show.

Every channel, message status, entity type (with the policy's real reasons, for two
purposes), request type, request channel, request status and kind of history line occurs at
least once, so a crawl of the pages meets every internal code there is to translate. All
example data is invented. The clocks of the accounts, the store and the register are one
:class:`Clock` near the wall clock (the register refuses requests from the future, and its
pages count deadlines from the wall clock), which a test moves to make "since your last
visit" happen.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from cryptography.fernet import Fernet

from bot.app import json_errors
from bot.appkeys import STORE
from bot.register_api import REGISTER
from bot.review import ACCOUNTS, setup_review
from bot.review.pages import add_pages
from bot.store import AsyncStore, FindingRecord
from bot.store.models import CHANNELS, STATUSES
from bot.store.register import Register
from pipelines.anonymize import PLACEHOLDER_LABELS
from pipelines.policy import load_policy
from pipelines.request_types import REQUEST_TYPES
from tests.review.conftest import FAST, OFFICER_PASSWORD, PASSWORD, Browser

#: One invented value per entity type.
VALUES: dict[str, str] = {
    "PERSON": "Tjitske Ooms",
    "EMAIL": "t.ooms@voorbeeld.example",
    "PHONE": "06-55501234",
    "ADDRESS": "Lindelaan 14",
    "POSTCODE": "9999 ZZ",
    "LOCATION": "Ooster-Wierum",
    "IBAN": "NL00TEST0123456789",
    "BSN": "999999990",
    "KVK": "99999999",
    "BTW": "NL999999999B99",
    "LICENSE_PLATE": "XX-999-X",
    "ID_DOCUMENT": "XZ9999999",
    "CREDIT_CARD": "4000 0000 0000 0002",
    "IP_ADDRESS": "192.0.2.44",
    "DATE_OF_BIRTH": "31-02-1999",
    "CREDENTIAL": "Kraanvogel#77",
    "HEALTH": "migraine",
    "SPECIAL": "vakbondslid",
    "CUSTOMER_ID": "KL-990011",
    "URL": "https://ooms.example",
    "ORGANIZATION": "Voorbeeld Fietsen B.V.",
}


class Clock:
    """One movable "now" for accounts, store and register; starts at the wall clock."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def compose(types: list[str], purpose: str) -> tuple[str, list[FindingRecord]]:
    """A redacted text naming each type once, and its findings with the policy's decisions
    (offsets in the original text, as the pipeline reports them)."""
    policy = load_policy()
    original, redacted, findings = "Hallo,", "Hallo,", []
    for entity_type in types:
        value = VALUES[entity_type]
        original += " over "
        redacted += " over "
        decision = policy.decide(entity_type, purpose)
        start = len(original)
        original += value
        redacted += value if decision.action == "keep" else f"[{PLACEHOLDER_LABELS[entity_type]}-1]"
        findings.append(
            FindingRecord(
                entity_type=entity_type, start=start, end=len(original),
                recognizer=f"Nl{entity_type.title().replace('_', '')}Recognizer", score=0.85,
                action=decision.action, reason=decision.reason, value=value,
            )
        )  # fmt: skip
    return redacted + ". Groet.", findings


@dataclass
class Seeded:
    browser: Browser
    store: AsyncStore
    register: Register
    runner: asyncio.Runner
    clock: Clock
    messages: list[str] = field(default_factory=list)
    references: dict[str, str] = field(default_factory=dict)

    def record(self, channel: str, text: str, **kwargs: object) -> str:
        """Store one more message now (the clock's now) and return its id."""
        result = self.runner.run(
            self.store.record_message(channel=channel, text_redacted=text, **kwargs)
        )
        self.messages.append(result.message_id)
        return result.message_id


def seed_register(register: Register, clock: Clock) -> dict[str, str]:
    """Requests in every status, type and channel, with every kind of history line; keyed by
    what the tests look for (``overdue``, ``due_soon``, ...)."""
    now = clock.now
    refs: dict[str, str] = {}

    def create(name: str, kind: str, channel: str, days_ago: float, **contact: str) -> str:
        record, _ = register.create(kind, channel, now - timedelta(days=days_ago), **contact)
        refs[name] = record.reference
        return record.reference

    create("overdue", "access", "email", 40, email="a.voorbeeld@klant.example")
    due = create("due_soon", "erasure", "letter", 27, email="b.voorbeeld@klant.example")
    register.start_verification(due, timedelta(days=7))  # received -> identity_pending
    register.start_verification(due, timedelta(days=7))  # a resend: "verification"
    verified = create("verified", "rectification", "phone", 5, email="c.voorbeeld@klant.example")
    _, code = register.start_verification(verified, timedelta(days=7))
    register.confirm_verification(reference=verified, code=code)  # identity verified
    completed = create("completed", "restriction", "in_person", 6, phone="0612340000")
    register.advance(completed, "in_progress", "olga", "gebeld")
    register.advance(completed, "completed", "olga", "beperking ingesteld")
    refused = create("refused", "portability", "chat", 4, email="d.voorbeeld@klant.example")
    register.advance(refused, "in_progress", "olga")
    register.refuse(refused, "olga", "kennelijk ongegrond")
    withdrawn = create("withdrawn", "objection", "api", 3, email="e.voorbeeld@klant.example")
    register.advance(withdrawn, "withdrawn", "olga", "klant trok het verzoek in")
    create("duplicated", "withdraw_consent", "zendesk", 2, email="f.voorbeeld@klant.example")
    register.create(  # the same person again, by another channel, with a phone number
        "withdraw_consent", "zammad", now - timedelta(days=1),
        email="f.voorbeeld@klant.example", phone="0612349999",
    )  # fmt: skip
    extended = create("extended", "automated_decision", "helpscout", 3, email="g@klant.example")
    register.extend(extended, "olga", "veel gegevens te verzamelen")
    create("later", "complaint", "chatwoot", 1, email="h.voorbeeld@klant.example")
    create("freshdesk", "access", "freshdesk", 1, email="i.voorbeeld@klant.example")
    return refs


def build(tmp_path: Path) -> tuple[Seeded, web.Application, TestClient]:
    """The app (review UI + pages, store, register) with the seed, not yet logged in."""
    clock = Clock()
    runner = asyncio.Runner()
    app = web.Application(middlewares=[json_errors])
    setup_review(app, tmp_path, clock=clock, params=FAST)
    add_pages(app)
    key = {"k": Fernet.generate_key()}
    register = Register.in_dir(tmp_path, key, "k", secrets.token_bytes(32), clock=clock)
    app[REGISTER] = register

    async def start() -> tuple[TestClient, AsyncStore]:
        store = await AsyncStore.open(tmp_path / "privacywacht.db", clock=clock)
        app[STORE] = store
        client = TestClient(TestServer(app, host="127.0.0.1"))
        await client.start_server()
        return client, store

    client, store = runner.run(start())
    app[ACCOUNTS].add("anne", "reviewer", PASSWORD)
    app[ACCOUNTS].add("olga", "officer", OFFICER_PASSWORD)
    seeded = Seeded(Browser(runner, client), store, register, runner, clock)
    seeded.references = seed_register(register, clock)
    return seeded, app, client


def seed_messages(seeded: Seeded) -> None:
    """A message per channel, status and request type, two days ago; every entity type with
    the default purpose's reasons, and again with the billing purpose's; reviewer feedback."""
    seeded.clock.advance(days=-2)
    all_types = list(VALUES)
    for index, channel in enumerate(CHANNELS):
        purpose = "billing" if index % 2 else "default"
        text, findings = compose(all_types if index < 2 else all_types[:3], purpose)
        seeded.record(
            channel, text, findings=findings, purpose=purpose,
            status=STATUSES[index % len(STATUSES)],
            request_type=REQUEST_TYPES[index % len(REQUEST_TYPES)],
        )  # fmt: skip
    seeded.record("api", "Nog een vraag over een factuur.", request_type=REQUEST_TYPES[-1])
    text, findings = compose(["PERSON", "PHONE"], "default")
    first = seeded.record("email", f"{text} Mijn collega Wiebe Zandstra belt.", findings=findings)
    detail = seeded.runner.run(seeded.store.message_detail(first))
    seeded.runner.run(seeded.store.mark_false_positive(first, detail.findings[0].id, "anne"))
    start = detail.message.text_redacted.index("Wiebe Zandstra")
    seeded.runner.run(seeded.store.mark_missed(first, start, start + 14, "PERSON", "anne"))
    seeded.clock.advance(days=2)
