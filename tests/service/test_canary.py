"""Canaries through every channel: no trace of them on disk, in the log or in the output.

Each test sends the canary values (see :mod:`tests.service.canary`) in the text, subject and
sender a channel has, through the running service with valid credentials, then searches every
byte under the data directory (database, ``-wal``, ``-shm``, keys), the service's JSON log
(stderr), its stdout and the HTTP answers. Positive controls show the search would have caught
a leak: planted canaries are found, and a harmless marker word sent with the canaries is found
in the stored data.
"""

from __future__ import annotations

import sqlite3

import pytest

from tests.service import canary
from tests.service.canary import (
    CANARIES,
    MARKER,
    SENDER_EMAIL,
    SENDER_NAME,
    SENDER_WITH_EMAIL,
    SENTENCES,
    SUBJECT,
    TEXT,
    assert_no_canaries,
    find_canaries,
)
from tests.service.harness import (
    TOKEN,
    chatwoot_message,
    freshdesk_rule,
    helpscout_conversation,
    messages_of,
    post_json,
    post_message,
    post_webhook,
    query,
    request,
    unique_id,
    zammad_article,
    zendesk_comment,
)
from tests.writeback.fake_zendesk import Reply


def assert_clean(service, *answers) -> None:
    """No canary in the data dir, the log, stdout/stderr or the given HTTP answers."""
    texts = [*service.captured(), *(a.body for a in answers)]
    files = assert_no_canaries([service.data_dir], texts)
    assert service.db in files  # the search read the database, not an empty directory


def assert_search_finds_the_marker(service) -> None:
    """Positive control on live data: the same search over the same files finds a word that
    was stored as-is next to the canaries, so a canary stored the same way would be found."""
    marker = canary.Canary("MARKER", MARKER)
    with pytest.raises(AssertionError, match="MARKER"):
        assert_no_canaries([service.data_dir], canaries=[marker])


# ---------------------------------------------------------------------------------------------
# the canaries and the search themselves


def test_canary_values_pass_their_checksums(canaries) -> None:
    by_kind = {c.kind: c for c in canaries}
    assert canary.elfproef(by_kind["BSN"].value)
    assert not canary.elfproef("739142688")  # the check can fail
    assert canary.iban_mod97(by_kind["IBAN"].value)
    assert canary.luhn(by_kind["CREDIT_CARD"].value)
    assert not canary.luhn("4917481039265571")
    for value in canaries:
        assert all(part in value.value for part in value.parts)
        assert value.value in TEXT


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        (b"Hallo Kanarie Vogelzang", "PERSON"),
        (b"...bsn=739142689;", "BSN"),
        (b"iban NL44 RABO 3829 1750 46 end", "IBAN"),  # grouped: found via the compact form
        (b"bel 06 4719 3852", "PHONE"),
        (b"0647193852", "PHONE"),
        (b"4917-4810-3926-5570", "CREDIT_CARD"),
        (b"KANARIE.VOGELZANG.Q7X@VOGELPOST-MAIL.NL", "EMAIL"),
        (b"to=kanarie.vogelzang.q7x%40vogelpost-mail.nl", "EMAIL"),
        ("Naam: Vogelzang".encode("utf-16-le"), "PERSON"),
        ("BSN 739142689".encode("utf-16-be"), "BSN"),
    ],
)
def test_the_search_finds_a_planted_canary(tmp_path, written: bytes, kind: str) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "leak.bin").write_bytes(b"\x00\x01" + written + b"\xff")
    (tmp_path / "clean.txt").write_text("Mijn BSN is [BSN-1].")
    with pytest.raises(AssertionError) as excinfo:
        assert_no_canaries([tmp_path])
    assert kind in str(excinfo.value)
    assert "leak.bin" in str(excinfo.value)
    with pytest.raises(AssertionError, match=kind):
        assert_no_canaries([], [written])


def test_the_search_reads_sqlite_files_and_passes_clean_data(tmp_path) -> None:
    db = tmp_path / "data" / "x.db"
    db.parent.mkdir()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (v TEXT)")
    conn.execute("INSERT INTO t VALUES ('Mijn BSN is [BSN-1], groet [PERSOON-1]')")
    conn.commit()
    assert db in assert_no_canaries([db.parent], ["een log zonder gegevens"])
    conn.execute("INSERT INTO t VALUES (?)", (f"mail {SENDER_EMAIL}",))
    conn.commit()  # lands in x.db-wal while the connection is open
    with pytest.raises(AssertionError, match="EMAIL"):
        assert_no_canaries([db.parent])
    conn.close()
    with pytest.raises(AssertionError, match="EMAIL"):  # checkpointed into x.db
        assert_no_canaries([db])


def test_find_canaries_reports_nothing_for_redacted_text() -> None:
    assert find_canaries(b"Hallo, mijn naam is [PERSOON-1]. Bel [TELEFOONNUMMER-1].") == []


# ---------------------------------------------------------------------------------------------
# the API


@pytest.mark.parametrize("kind", sorted(SENTENCES))
def test_each_canary_is_redacted_on_its_own(service, kind: str) -> None:
    """Verifies the canaries: the blank model redacts each one alone under the default policy."""
    sentence = SENTENCES[kind]
    value = next(c.value for c in CANARIES if c.kind == kind)
    answer = post_message(service.base_url, {"text": sentence})
    assert answer.status == 201, answer.body
    result = answer.json()
    spans = [
        (e["start"], e["end"])
        for e in result["entities"]
        if e["type"] == kind and e["action"] == "redact"
    ]
    start = sentence.index(value)
    assert (start, start + len(value)) in spans
    assert find_canaries(answer.body) == []
    assert_clean(service, answer)


def test_api_message_with_canaries_leaves_no_trace(service) -> None:
    payload = {
        "conversation_id": f"gesprek-{unique_id()}",
        "sender": SENDER_WITH_EMAIL,
        "subject": SUBJECT,
        "text": f"{TEXT} Code {MARKER}.",
    }
    query_string = "?email=kanarie.vogelzang.q7x%40vogelpost-mail.nl&bsn=739142689"
    answer = post_json(
        service.base_url,
        "/api/v1/messages" + query_string,
        payload,
        {"Authorization": f"Bearer {TOKEN}"},
    )
    assert answer.status == 201, answer.body
    result = answer.json()
    assert MARKER in result["text"]
    assert {e["type"] for e in result["entities"]} >= {c.kind for c in CANARIES}
    [(sender, subject, text)] = messages_of_api(service, result["id"])
    assert sender and subject and MARKER in text
    assert_search_finds_the_marker(service)
    assert_clean(service, answer)
    stored = [e for e in service.log_events() if e["event"] == "message.stored"]
    assert result["id"] in {e["message_id"] for e in stored}  # the log capture works


def messages_of_api(service, message_id: str):
    return query(
        service.db,
        "SELECT sender_redacted, subject_redacted, text_redacted FROM messages WHERE id = ?",
        (message_id,),
    )


# ---------------------------------------------------------------------------------------------
# every webhook provider


def _zendesk(ref: str) -> dict:
    return zendesk_comment(f"{TEXT} {MARKER}", ticket=ref, subject=SUBJECT, author=SENDER_NAME)


def _zammad(ref: str) -> dict:
    payload = zammad_article(
        canary.text_html() + f"<p>{MARKER}</p>",
        ticket=ref,
        subject=SUBJECT,
        sender=SENDER_WITH_EMAIL,
    )
    payload["ticket"]["customer"].update(email=SENDER_EMAIL, firstname="Kanarie")
    payload["ticket"]["customer"]["lastname"] = "Vogelzang"  # not read: never stored
    return payload


def _helpscout(ref: str) -> dict:
    payload = helpscout_conversation(
        canary.text_html() + f"<p>{MARKER}</p>",
        conversation=ref,
        subject=SUBJECT,
        email=SENDER_EMAIL,
    )
    payload["primaryCustomer"].update(first="Kanarie", last="Vogelzang", email=SENDER_EMAIL)
    return payload


def _chatwoot(ref: str) -> dict:
    payload = chatwoot_message(
        f"{TEXT} {MARKER}", conversation=ref, email=SENDER_EMAIL, subject=SUBJECT
    )
    payload["sender"]["name"] = SENDER_NAME
    payload["conversation"]["meta"]["sender"]["name"] = SENDER_NAME
    return payload


def _freshdesk(ref: str) -> dict:
    return freshdesk_rule(
        canary.text_html() + f"<div>{MARKER}</div>",
        ticket=ref,
        subject=SUBJECT,
        email=SENDER_EMAIL,
    )


PAYLOADS = {
    "zendesk": _zendesk,
    "zammad": _zammad,
    "helpscout": _helpscout,
    "chatwoot": _chatwoot,
    "freshdesk": _freshdesk,
}


@pytest.mark.parametrize("provider", sorted(PAYLOADS))
def test_webhook_with_canaries_leaves_no_trace(service, provider: str) -> None:
    ref = unique_id()
    answer = post_webhook(service.base_url, provider, PAYLOADS[provider](ref))
    assert answer.status == 200, answer.body
    assert answer.json()["stored"] == 1
    [(_, sender, subject, text)] = messages_of(service.db, provider, ref)
    assert sender and subject, "sender and subject must be stored (redacted)"
    assert MARKER in text and "[BSN-1]" in text
    assert_search_finds_the_marker(service)
    assert_clean(service, answer)


def test_refused_requests_with_canaries_leave_no_trace(service) -> None:
    raw = TEXT.encode()
    bearer = {"Authorization": f"Bearer {TOKEN}"}
    unusable = {"event": "message_created", "message_type": "incoming", "content": TEXT, "id": 5}
    answers = [
        # malformed JSON that is full of canaries
        post_json(service.base_url, "/api/v1/messages", b'{"text": "' + raw + b'"', bearer),
        # too large
        post_message(service.base_url, {"text": TEXT * 10}),
        # unauthenticated
        post_message(service.base_url, {"text": TEXT}, token="wrong"),
        # forged webhooks: signed with the wrong secret; a tampered body
        post_webhook(service.base_url, "zendesk", _zendesk(unique_id()), secret="guess"),
        post_webhook(
            service.base_url, "zammad", _zammad(unique_id()), body=b'{"x": "' + raw + b'"}'
        ),
        # signed but unusable payload (no conversation)
        post_webhook(service.base_url, "chatwoot", unusable),
    ]
    assert [a.status for a in answers] == [400, 413, 401, 401, 401, 400]
    assert_clean(service, *answers)


def test_failed_write_back_that_echoes_the_comment_leaves_no_trace(service, fake_zendesk) -> None:
    """The fake answers 422 and echoes the comment (body and reason line): nothing may follow."""
    fake, _ = fake_zendesk
    fake.replies.append(Reply(status=422))
    ref, comment = unique_id(), unique_id()
    payload = zendesk_comment(TEXT, ticket=ref, comment=comment, author=SENDER_NAME)
    answer = post_webhook(service.base_url, "zendesk", payload)
    assert answer.status == 200 and answer.json()["stored"] == 1
    [call] = [c for c in fake.calls if c.path.endswith(f"/{comment}")]
    assert canary.BSN.value in call.body["html_body"]  # the echo really carried the canaries
    failed = [e for e in service.log_events() if e["event"] == "writeback.failed"]
    assert any(e.get("ticket_id") == ref and e.get("status") == 422 for e in failed)
    assert_clean(service, answer)


def test_health_and_openapi_answers_carry_no_canaries(service) -> None:
    answers = [
        request(service.base_url, "GET", "/healthz"),
        request(service.base_url, "GET", "/api/openapi.json"),
    ]
    assert [a.status for a in answers] == [200, 200]
    assert_clean(service, *answers)
