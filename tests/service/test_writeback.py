"""Zendesk write-back: after storing the redacted copy, the service cleans the original comment.

The service is configured with ``write_back = true`` and a ``base_url`` pointing at
:class:`tests.writeback.fake_zendesk.FakeZendesk`, which runs on its own thread and records
every call. Write-back happens before the webhook is answered, so the call is there when the
200 arrives.
"""

from __future__ import annotations

from tests.service.harness import (
    ZENDESK_API_TOKEN,
    ZENDESK_EMAIL,
    messages_of,
    post_webhook,
    unique_id,
    zammad_article,
    zendesk_comment,
)
from tests.writeback.fake_zendesk import Reply, basic


def calls_for(fake, comment: str) -> list:
    return [c for c in fake.calls if c.path.rstrip("/").endswith(f"/{comment}")]


def test_comment_is_redacted_in_zendesk_around_exactly_the_redacted_parts(
    service, fake_zendesk
) -> None:
    fake, _ = fake_zendesk
    ticket, comment = unique_id(), unique_id()
    text = (
        "Hoi, mijn naam is Berend Wolkenveld & mijn BSN is 111222333. "
        "Mijn klantnummer is KL-123456 <graag snel>."
    )
    payload = zendesk_comment(text, ticket=ticket, comment=comment)
    answer = post_webhook(service.base_url, "zendesk", payload)
    assert answer.status == 200 and answer.json()["stored"] == 1
    [call] = calls_for(fake, comment)
    assert call.method == "PUT"
    assert call.path == f"/api/v2/comment_redactions/{comment}"
    assert call.authorization == basic(ZENDESK_EMAIL, ZENDESK_API_TOKEN)
    assert call.content_type == "application/json"
    # the customer number is kept by the default purpose, so it stays readable in Zendesk too;
    # the plain-text comment is sent as escaped HTML
    assert call.body == {
        "ticket_id": int(ticket),
        "html_body": "Hoi, mijn naam is <redact>Berend Wolkenveld</redact> &amp; mijn BSN is "
        "<redact>111222333</redact>. Mijn klantnummer is KL-123456 &lt;graag snel&gt;.",
    }
    [(_, _, _, stored)] = messages_of(service.db, "zendesk", ticket)
    assert stored == (
        "Hoi, mijn naam is [PERSOON-1] & mijn BSN is [BSN-1]. "
        "Mijn klantnummer is KL-123456 <graag snel>."
    )


def test_comment_without_anything_to_redact_is_left_alone(service, fake_zendesk) -> None:
    fake, _ = fake_zendesk
    comment = unique_id()
    payload = zendesk_comment("Mijn printer doet het niet meer.", comment=comment)
    answer = post_webhook(service.base_url, "zendesk", payload)
    assert answer.status == 200 and answer.json()["stored"] == 1
    assert calls_for(fake, comment) == []


def test_replayed_event_is_not_written_back_twice(service, fake_zendesk) -> None:
    fake, _ = fake_zendesk
    comment = unique_id()
    payload = zendesk_comment("Mijn BSN is 111222333.", comment=comment)
    for _ in range(2):
        assert post_webhook(service.base_url, "zendesk", payload).status == 200
    assert len(calls_for(fake, comment)) == 1


def test_internal_notes_and_other_providers_are_not_written_back(service, fake_zendesk) -> None:
    fake, _ = fake_zendesk
    note, article = unique_id(), unique_id()
    internal = zendesk_comment("Mijn BSN is 111222333.", comment=note, public=False)
    assert post_webhook(service.base_url, "zendesk", internal).status == 200
    zammad = zammad_article("<p>Mijn BSN is 111222333.</p>", article=article)
    assert post_webhook(service.base_url, "zammad", zammad).json()["stored"] == 1
    assert calls_for(fake, note) == [] and calls_for(fake, article) == []


def test_failed_write_back_keeps_the_stored_copy_and_is_logged(service, fake_zendesk) -> None:
    fake, _ = fake_zendesk
    fake.replies.append(Reply(status=404))
    ticket, comment = unique_id(), unique_id()
    payload = zendesk_comment("Mijn BSN is 111222333.", ticket=ticket, comment=comment)
    answer = post_webhook(service.base_url, "zendesk", payload)
    assert answer.status == 200 and answer.json()["stored"] == 1
    assert len(calls_for(fake, comment)) == 1  # 404 is not retried
    assert messages_of(service.db, "zendesk", ticket)[0][3] == "Mijn BSN is [BSN-1]."
    failed = [e for e in service.log_events() if e["event"] == "writeback.failed"]
    assert {"provider": "zendesk", "status": 404, "ticket_id": ticket}.items() <= failed[-1].items()
