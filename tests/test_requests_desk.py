"""Routing a classified message into the register: contact, identity step, idempotency."""

from __future__ import annotations

import asyncio
import secrets
from datetime import UTC, datetime

import pytest
from cryptography.fernet import Fernet

from bot.requests_desk import (
    Contact,
    RequestDesk,
    format_deadline,
    requester_contact,
)
from bot.store.register import Register
from pipelines.request_reply import NextStep

RECEIVED = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)


class FakeVerifier:
    """Records what would be mailed; ``works`` False plays an SMTP outage."""

    def __init__(self, register: Register, works: bool = True) -> None:
        self.register = register
        self.works = works
        self.started: list[tuple[str, str, str]] = []

    async def start(self, reference: str, email: str, language: str = "nl") -> bool:
        self.started.append((reference, email, language))
        if self.works:
            self.register.advance(reference, "identity_pending", "system")
        return self.works


@pytest.fixture
def register(tmp_path):
    key = Fernet.generate_key()
    with Register.in_dir(tmp_path, {"k1": key}, "k1", secrets.token_bytes(32)) as opened:
        yield opened


def route(desk: RequestDesk, message_id: str, contact: Contact, kind: str = "access", **kw):
    return asyncio.run(
        desk.route(
            channel=kw.pop("channel", "api"),
            request={"type": kind, "on_behalf_of": kw.pop("on_behalf_of", False)},
            contact=contact,
            conversation_id="conv-1",
            message_id=message_id,
            received_at=RECEIVED,
            **kw,
        )
    )


def test_contact_is_the_sender_else_the_first_address_in_the_message() -> None:
    entities = [{"type": "PHONE"}, {"type": "EMAIL"}, {"type": "EMAIL"}]
    values = ["06-12345678", "eerste@klant.example", "tweede@klant.example"]
    assert requester_contact("Jan <jan@klant.example>", entities, values) == Contact(
        "jan@klant.example", "06-12345678"
    )
    assert requester_contact(None, entities, values).email == "eerste@klant.example"
    assert requester_contact("Jan Jansen", [], []) == Contact(None, None)


def test_access_request_is_registered_and_verification_started(register) -> None:
    verifier = FakeVerifier(register)
    desk = RequestDesk(register, verifier)
    routed = route(desk, "msg-1", Contact("jan@klant.example"))
    assert routed.record.reference.startswith("AVG-2026-")
    assert routed.record.due_at.startswith("2026-12-21")
    assert routed.record.status == "identity_pending"
    assert routed.next_step is NextStep.VERIFY_SENT
    assert verifier.started == [(routed.record.reference, "jan@klant.example", "nl")]
    assert "uiterlijk 21 december 2026" in routed.reply("nl")
    assert routed.as_json()["deadline"] == "21 december 2026"


def test_the_same_message_twice_is_one_request_and_one_mail(register) -> None:
    verifier = FakeVerifier(register)
    desk = RequestDesk(register, verifier)
    first = route(desk, "msg-1", Contact("jan@klant.example"))
    again = route(desk, "msg-1", Contact("jan@klant.example"))
    assert again.replayed and again.record.reference == first.record.reference
    assert len(verifier.started) == 1
    assert len(register.list()) == 1


def test_a_repeat_within_30_days_is_linked_not_verified_again(register) -> None:
    verifier = FakeVerifier(register)
    desk = RequestDesk(register, verifier)
    first = route(desk, "msg-1", Contact("jan@klant.example"))
    repeat = route(desk, "msg-2", Contact("JAN@klant.example"), channel="email")
    assert repeat.duplicate and not repeat.replayed
    assert repeat.record.reference == first.record.reference
    assert len(verifier.started) == 1
    assert "al ontvangen" in repeat.reply("nl")


def test_objection_needs_no_identity_check(register) -> None:
    verifier = FakeVerifier(register)
    routed = route(RequestDesk(register, verifier), "m", Contact("a@b.example"), "objection")
    assert routed.next_step is NextStep.NONE and routed.record.status == "received"
    assert verifier.started == []


def test_without_any_contact_the_customer_is_asked_for_one(register) -> None:
    routed = route(RequestDesk(register, FakeVerifier(register)), "m", Contact())
    assert routed.next_step is NextStep.ASK_CONTACT
    assert routed.record.status == "received"


def test_failed_verification_mail_falls_back_to_a_colleague(register) -> None:
    verifier = FakeVerifier(register, works=False)
    routed = route(RequestDesk(register, verifier), "m", Contact("jan@klant.example"))
    assert routed.next_step is NextStep.VERIFY_BY_COLLEAGUE
    assert routed.record.status == "received"


def test_an_unreadable_phone_number_does_not_lose_the_request(register) -> None:
    routed = route(RequestDesk(register), "m", Contact("jan@klant.example", "bel me maar"))
    assert routed.record.has_email and not routed.record.has_phone


def test_deadline_formats() -> None:
    assert format_deadline("2027-02-28T10:00:00+00:00") == "28 februari 2027"
    assert format_deadline("2027-02-28T10:00:00+00:00", "en") == "28 February 2027"
