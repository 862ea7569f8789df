"""Placeholders are Dutch, numbered per conversation, and overlaps never leave anything visible."""

import pytest

from pipelines.anonymize import (
    Anonymizer,
    Finding,
    normalise,
    resolve_overlaps,
    truncate_ip,
)
from pipelines.conversation import Conversation
from pipelines.policy import KEEP, REDACT


def finding(kind, start, end, action=REDACT, score=0.9):
    return Finding(kind, start, end, score, "test", action, "test")


def test_same_value_same_number_within_a_conversation():
    conversation = Conversation()
    first = conversation.placeholder("PHONE", "06-12345678")
    second = conversation.placeholder("PHONE", "06 1234 5678")
    other = conversation.placeholder("PHONE", "020-1234567")
    assert first == second == "[TELEFOONNUMMER-1]"
    assert other == "[TELEFOONNUMMER-2]"
    assert conversation.placeholder("PERSON", "Jan Jansen") == "[PERSOON-1]"
    assert conversation.placeholder("PERSON", "jan  jansen") == "[PERSOON-1]"


def test_a_new_conversation_starts_counting_again():
    assert Conversation().placeholder("IBAN", "NL91ABNA0417164300") == "[IBAN-1]"


@pytest.mark.parametrize(
    ("kind", "a", "b"),
    [("IBAN", "NL91 ABNA 0417 1643 00", "nl91abna0417164300"), ("EMAIL", "A@B.nl", "a@b.nl")],
)
def test_normalise_ignores_spelling(kind, a, b):
    assert normalise(kind, a) == normalise(kind, b)


def test_placeholders_are_numbered_in_reading_order():
    text = "bel 0612345678 of 0201234567"
    findings = [finding("PHONE", 4, 14), finding("PHONE", 18, 28)]
    out = Anonymizer().apply(text, findings, Conversation())
    assert out == "bel [TELEFOONNUMMER-1] of [TELEFOONNUMMER-2]"


def test_overlapping_findings_merge_and_the_redaction_wins():
    # a kept customer number overlapping a redacted phone number must not keep the phone visible
    merged = resolve_overlaps(
        [finding("CUSTOMER_ID", 0, 12, KEEP, 0.9), finding("PHONE", 5, 20, REDACT, 0.6)]
    )
    assert len(merged) == 1
    assert (merged[0].start, merged[0].end, merged[0].action) == (0, 20, REDACT)
    assert merged[0].entity_type == "PHONE"


def test_nested_identifier_is_swallowed_by_the_outer_one():
    text = "oud btw-nummer NL123456782B01 hier"
    outer = finding("BTW", 15, 29, score=1.0)
    inner = finding("BSN", 17, 26, score=1.0)
    merged = resolve_overlaps([inner, outer])
    out = Anonymizer().apply(text, merged, Conversation())
    assert out == "oud btw-nummer [BTW-NUMMER-1] hier"


def test_disjoint_findings_stay_apart():
    merged = resolve_overlaps([finding("PHONE", 10, 20), finding("EMAIL", 0, 10)])
    assert [(f.start, f.end) for f in merged] == [(0, 10), (10, 20)]


@pytest.mark.parametrize(
    ("ip", "truncated"),
    [
        ("84.29.140.77", "84.29.0.0/16"),
        ("2a02:58:4b1:0:8c3:2e7f:19d4:b052", "2a02:58:4b1::/48"),
    ],
)
def test_kept_ip_addresses_are_truncated(ip, truncated):
    assert truncate_ip(ip) == truncated
    text = f"vanaf {ip} ingelogd"
    out = Anonymizer().apply(text, [finding("IP_ADDRESS", 6, 6 + len(ip), KEEP)], Conversation())
    assert out == f"vanaf {truncated} ingelogd"


def test_kept_findings_other_than_ip_stay_as_they_are():
    text = "klantnummer 123456"
    out = Anonymizer().apply(text, [finding("CUSTOMER_ID", 12, 18, KEEP)], Conversation())
    assert out == text
