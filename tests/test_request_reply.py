"""The paragraph a customer gets when their message is a privacy request."""

from __future__ import annotations

import pytest

from pipelines.request_reply import NextStep, compose_request_reply, request_noun
from pipelines.request_types import REQUEST_TYPES


@pytest.mark.parametrize("kind", REQUEST_TYPES)
def test_every_type_has_its_own_wording_in_both_languages(kind: str) -> None:
    dutch, english = request_noun(kind, "nl"), request_noun(kind, "en")
    assert dutch != request_noun("unknown", "nl")
    assert english != request_noun("unknown", "en")
    text = compose_request_reply(kind, "AVG-2026-000123", "21 december 2026")
    assert dutch in text


def test_dutch_reply_names_reference_deadline_and_next_step() -> None:
    text = compose_request_reply(
        "access", "AVG-2026-000123", "21 december 2026", next_step=NextStep.VERIFY_SENT
    )
    assert "geregistreerd onder nummer AVG-2026-000123" in text
    assert "uiterlijk 21 december 2026" in text
    assert "bevestigingslink" in text
    assert "identiteitsbewijs hebben we niet nodig" in text


def test_no_identity_step_means_no_word_about_id_documents() -> None:
    text = compose_request_reply("objection", "AVG-2026-000001", "1 maart 2027")
    assert "identiteitsbewijs" not in text and "bevestig" not in text
    assert text.endswith("Je krijgt uiterlijk 1 maart 2027 antwoord.")


def test_duplicate_quotes_the_earlier_reference_and_sends_no_second_check() -> None:
    text = compose_request_reply(
        "erasure", "AVG-2026-000007", "3 januari 2027", next_step=NextStep.VERIFY_SENT,
        duplicate=True,
    )  # fmt: skip
    assert "al ontvangen" in text and "AVG-2026-000007" in text
    assert "bevestigingslink" not in text


def test_anonymous_chat_is_asked_for_an_address_and_proxy_for_authorisation() -> None:
    text = compose_request_reply(
        "access", "AVG-2026-000002", "5 mei 2027", next_step=NextStep.ASK_CONTACT,
        on_behalf_of=True,
    )  # fmt: skip
    assert "e-mailadres" in text and "machtiging" in text


def test_english_reply() -> None:
    text = compose_request_reply(
        "portability", "AVG-2026-000009", "21 December 2026", "en",
        next_step=NextStep.VERIFY_BY_COLLEAGUE,
    )  # fmt: skip
    assert "registered your request for a portable copy of your data" in text
    assert "AVG-2026-000009" in text and "by 21 December 2026 at the latest" in text
    assert "colleague will contact you" in text
    assert "geregistreerd" not in text
