"""The policy keeps what a purpose needs, redacts the rest, and refuses unsafe configurations."""

import pytest

from pipelines.policy import KEEP, REDACT, PolicyError, load_policy, policy_from_mapping


@pytest.fixture(scope="module")
def policy():
    return load_policy()


@pytest.mark.parametrize(
    ("entity", "purpose", "action"),
    [
        ("CUSTOMER_ID", "default", KEEP),
        ("PERSON", "default", REDACT),
        ("IBAN", "default", REDACT),
        ("IBAN", "billing", KEEP),
        ("ADDRESS", "on_site_visit", KEEP),
        ("ADDRESS", "technical_support", REDACT),
        ("IP_ADDRESS", "technical_support", KEEP),
        ("ORGANIZATION", "default", KEEP),
        ("ORGANIZATION", "billing", KEEP),
        # never kept, whatever the purpose
        ("CREDENTIAL", "account_access", REDACT),
        ("HEALTH", "on_site_visit", REDACT),
        ("BSN", "billing", REDACT),
    ],
)
def test_decisions(policy, entity, purpose, action):
    decision = policy.decide(entity, purpose)
    assert decision.action == action
    assert decision.reason


def test_default_purpose_when_none_given(policy):
    assert policy.decide("CUSTOMER_ID", None).action == KEEP
    assert "default" in policy.decide("PERSON", None).reason


def test_service_numbers_are_kept_but_personal_numbers_are_not(policy):
    assert policy.decide("PHONE", "default", {"phone_kind": "service"}).action == KEEP
    assert policy.decide("PHONE", "default", {}).action == REDACT


def test_unknown_purpose_is_an_error_naming_the_known_ones(policy):
    with pytest.raises(PolicyError, match=r"unknown purpose 'marketing'.*billing"):
        policy.decide("PERSON", "marketing")


def test_a_purpose_may_not_keep_what_is_never_kept():
    with pytest.raises(PolicyError, match="never keeps"):
        policy_from_mapping(
            {
                "policy": {"never_keep": ["CREDENTIAL"]},
                "purposes": {"default": {"keep": ["CREDENTIAL"]}},
            }
        )


def test_unknown_entity_types_are_refused():
    with pytest.raises(PolicyError, match="unknown types"):
        policy_from_mapping({"purposes": {"default": {"keep": ["SHOE_SIZE"]}}})
