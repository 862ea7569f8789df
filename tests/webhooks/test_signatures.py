"""Webhook signatures: authentic requests pass; forged, altered, stale or unsigned ones fail."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.webhooks import (
    SignatureError,
    verify,
    verify_chatwoot,
    verify_freshdesk,
    verify_helpscout,
    verify_zammad,
    verify_zendesk,
)
from tests.webhooks.signing import (
    NOW,
    NOW_ISO,
    NOW_UNIX,
    SECRETS,
    basic_auth,
    chatwoot_headers,
    signed,
    zendesk_headers,
)

BODY = b'{"ticket":{"id":1}}'
SIGNING = ("zendesk", "zammad", "helpscout", "chatwoot")
TIMED = ("zendesk", "chatwoot")
SIGNATURE_HEADER = {
    "zendesk": "X-Zendesk-Webhook-Signature",
    "zammad": "X-Hub-Signature",
    "helpscout": "X-HelpScout-Signature",
    "chatwoot": "X-Chatwoot-Signature",
}
TIMESTAMP_HEADER = {
    "zendesk": "X-Zendesk-Webhook-Signature-Timestamp",
    "chatwoot": "X-Chatwoot-Timestamp",
}


def config(provider: str, **extra: object) -> dict[str, object]:
    return {"secret": SECRETS[provider], **extra}


def reason(excinfo: pytest.ExceptionInfo[SignatureError]) -> str:
    return excinfo.value.reason


# ---------------------------------------------------------------------------------------------
# fixed vectors, computed with openssl (see the report): they pin the exact scheme


def test_zendesk_known_vector() -> None:
    headers = {
        "X-Zendesk-Webhook-Signature": "WSX3rUpA1ZZ5Vy9FT9kpQvQIjc2szIWIS2ZcZmEPZv4=",
        "X-Zendesk-Webhook-Signature-Timestamp": NOW_ISO,
    }
    assert verify_zendesk(headers, BODY, "zd-secret", now=NOW) is None


def test_zammad_known_vector() -> None:
    headers = {"X-Hub-Signature": "sha1=ed75f53cc3e501870a1f7e69eeb0d39147159c66"}
    assert verify_zammad(headers, BODY, "zm-secret") is None


def test_helpscout_known_vector() -> None:
    headers = {"X-HelpScout-Signature": "CjUMq4pThEZna0eDLvcGGiETNuQ="}
    assert verify_helpscout(headers, BODY, "hs-secret") is None


def test_chatwoot_known_vector() -> None:
    headers = {
        "X-Chatwoot-Signature": (
            "sha256=26169d2179bc8b0161419898c3797bf9e9a42dfd7c62faa7615bb23b93d31c71"
        ),
        "X-Chatwoot-Timestamp": NOW_UNIX,
    }
    assert verify_chatwoot(headers, BODY, "cw-secret", now=NOW) is None


# ---------------------------------------------------------------------------------------------
# every signing provider, through the dispatcher


@pytest.mark.parametrize("provider", SIGNING)
def test_valid_signature_passes(provider: str) -> None:
    assert verify(provider, signed(provider, BODY), BODY, config(provider), now=NOW) is None


@pytest.mark.parametrize("provider", SIGNING)
def test_tampered_body_fails(provider: str) -> None:
    headers = signed(provider, BODY)
    with pytest.raises(SignatureError) as excinfo:
        verify(provider, headers, BODY.replace(b"1", b"2"), config(provider), now=NOW)
    assert reason(excinfo) == "signature mismatch"
    assert excinfo.value.provider == provider


@pytest.mark.parametrize("provider", SIGNING)
def test_wrong_secret_fails(provider: str) -> None:
    headers = signed(provider, BODY, secret="not-the-secret")
    with pytest.raises(SignatureError) as excinfo:
        verify(provider, headers, BODY, config(provider), now=NOW)
    assert reason(excinfo) == "signature mismatch"


@pytest.mark.parametrize("provider", SIGNING)
def test_missing_signature_header_fails(provider: str) -> None:
    headers = signed(provider, BODY)
    del headers[SIGNATURE_HEADER[provider]]
    with pytest.raises(SignatureError) as excinfo:
        verify(provider, headers, BODY, config(provider), now=NOW)
    assert reason(excinfo) == f"missing header '{SIGNATURE_HEADER[provider]}'"


@pytest.mark.parametrize("provider", SIGNING)
def test_empty_signature_header_counts_as_missing(provider: str) -> None:
    headers = {**signed(provider, BODY), SIGNATURE_HEADER[provider]: "  "}
    with pytest.raises(SignatureError, match="missing header"):
        verify(provider, headers, BODY, config(provider), now=NOW)


@pytest.mark.parametrize("provider", SIGNING)
@pytest.mark.parametrize("case", [str.lower, str.upper])
def test_header_names_are_case_insensitive(provider: str, case) -> None:
    headers = {case(name): value for name, value in signed(provider, BODY).items()}
    assert verify(provider, headers, BODY, config(provider), now=NOW) is None


@pytest.mark.parametrize("provider", SIGNING)
@pytest.mark.parametrize("table", [{}, {"secret": ""}, {"secret": None}, None])
def test_missing_secret_refuses_everything(provider: str, table) -> None:
    with pytest.raises(SignatureError) as excinfo:
        verify(provider, signed(provider, BODY), BODY, table, now=NOW)
    assert reason(excinfo) == "not configured"


@pytest.mark.parametrize("provider", SIGNING)
def test_non_string_secret_is_a_configuration_error(provider: str) -> None:
    with pytest.raises(SignatureError, match="'secret' must be a string"):
        verify(provider, signed(provider, BODY), BODY, {"secret": 12345}, now=NOW)


@pytest.mark.parametrize("provider", SIGNING)
def test_per_provider_function_refuses_empty_secret(provider: str) -> None:
    function = {
        "zendesk": verify_zendesk,
        "zammad": verify_zammad,
        "helpscout": verify_helpscout,
        "chatwoot": verify_chatwoot,
    }[provider]
    with pytest.raises(SignatureError, match="not configured"):
        function(signed(provider, BODY, secret=""), BODY, "")


def test_a_signature_for_one_provider_does_not_pass_another() -> None:
    # Zammad and Help Scout both use HMAC-SHA1 of the body, only the encoding differs
    headers = {"X-HelpScout-Signature": signed("zammad", BODY, secret="same")["X-Hub-Signature"]}
    with pytest.raises(SignatureError, match="signature mismatch"):
        verify_helpscout(headers, BODY, "same")


def test_verify_accepts_bytearray_and_memoryview_bodies() -> None:
    headers = signed("helpscout", BODY)
    assert verify_helpscout(headers, bytearray(BODY), SECRETS["helpscout"]) is None
    assert verify_helpscout(headers, memoryview(BODY), SECRETS["helpscout"]) is None


# ---------------------------------------------------------------------------------------------
# timestamps: Zendesk and Chatwoot


@pytest.mark.parametrize("provider", TIMED)
@pytest.mark.parametrize("offset_s", [301, -301, 3600, -86400])
def test_stale_timestamp_fails_in_both_directions(provider: str, offset_s: int) -> None:
    later = NOW + timedelta(seconds=offset_s)
    with pytest.raises(SignatureError) as excinfo:
        verify(provider, signed(provider, BODY), BODY, config(provider), now=later)
    assert reason(excinfo) == "stale timestamp"


@pytest.mark.parametrize("provider", TIMED)
@pytest.mark.parametrize("offset_s", [0, 300, -300, 120])
def test_timestamp_within_window_passes(provider: str, offset_s: int) -> None:
    later = NOW + timedelta(seconds=offset_s)
    assert verify(provider, signed(provider, BODY), BODY, config(provider), now=later) is None


@pytest.mark.parametrize("provider", TIMED)
def test_max_age_is_configurable(provider: str) -> None:
    later = NOW + timedelta(seconds=90)
    with pytest.raises(SignatureError, match="stale timestamp"):
        verify(provider, signed(provider, BODY), BODY, config(provider, max_age_s=60), now=later)
    table = config(provider, max_age_s=3600)
    much_later = NOW + timedelta(seconds=1800)
    assert verify(provider, signed(provider, BODY), BODY, table, now=much_later) is None


@pytest.mark.parametrize("provider", TIMED)
@pytest.mark.parametrize("bad", [0, -5, True, "300", None])
def test_bad_max_age_is_a_configuration_error(provider: str, bad: object) -> None:
    with pytest.raises(SignatureError, match="max_age_s"):
        verify(provider, signed(provider, BODY), BODY, config(provider, max_age_s=bad), now=NOW)


@pytest.mark.parametrize("provider", TIMED)
def test_missing_timestamp_header_fails(provider: str) -> None:
    headers = signed(provider, BODY)
    del headers[TIMESTAMP_HEADER[provider]]
    with pytest.raises(SignatureError) as excinfo:
        verify(provider, headers, BODY, config(provider), now=NOW)
    assert reason(excinfo) == f"missing header '{TIMESTAMP_HEADER[provider]}'"


def test_zendesk_replay_with_fresh_timestamp_fails() -> None:
    # an attacker who captured an old request cannot just put a new timestamp on it
    old = zendesk_headers(SECRETS["zendesk"], BODY, timestamp="2026-11-20T09:30:00Z")
    old["X-Zendesk-Webhook-Signature-Timestamp"] = NOW_ISO
    with pytest.raises(SignatureError, match="signature mismatch"):
        verify_zendesk(old, BODY, SECRETS["zendesk"], now=NOW)


def test_chatwoot_replay_with_fresh_timestamp_fails() -> None:
    old = chatwoot_headers(SECRETS["chatwoot"], BODY, timestamp="1795167000")
    old["X-Chatwoot-Timestamp"] = NOW_UNIX
    with pytest.raises(SignatureError, match="signature mismatch"):
        verify_chatwoot(old, BODY, SECRETS["chatwoot"], now=NOW)


@pytest.mark.parametrize("timestamp", ["yesterday", "2026-13-40T00:00:00Z", "1795253400"])
def test_zendesk_malformed_timestamp_fails(timestamp: str) -> None:
    headers = zendesk_headers(SECRETS["zendesk"], BODY, timestamp=timestamp)
    with pytest.raises(SignatureError, match="malformed timestamp"):
        verify_zendesk(headers, BODY, SECRETS["zendesk"], now=NOW)


def test_zendesk_timestamp_with_offset_and_fraction_passes() -> None:
    stamp = "2026-11-21T10:30:00.250+01:00"  # the same instant as NOW, written differently
    headers = zendesk_headers(SECRETS["zendesk"], BODY, timestamp=stamp)
    assert verify_zendesk(headers, BODY, SECRETS["zendesk"], now=NOW) is None


@pytest.mark.parametrize("timestamp", ["2026-11-21T09:30:00Z", "-1795253400", "17952534e2", "١٢"])
def test_chatwoot_malformed_timestamp_fails(timestamp: str) -> None:
    headers = chatwoot_headers(SECRETS["chatwoot"], BODY, timestamp=timestamp)
    with pytest.raises(SignatureError, match="malformed timestamp"):
        verify_chatwoot(headers, BODY, SECRETS["chatwoot"], now=NOW)


def test_naive_now_is_taken_as_utc() -> None:
    naive = NOW.replace(tzinfo=None)
    assert verify_zendesk(signed("zendesk", BODY), BODY, SECRETS["zendesk"], now=naive) is None


def test_now_defaults_to_the_current_time() -> None:
    # the fixed test timestamp is long past (or far ahead) of the real clock, unless run then
    with pytest.raises(SignatureError, match="stale timestamp"):
        verify_chatwoot(signed("chatwoot", BODY), BODY, SECRETS["chatwoot"], max_age_s=1)


# ---------------------------------------------------------------------------------------------
# prefixed hex signatures: Zammad and Chatwoot


def test_zammad_accepts_upper_case_hex() -> None:
    headers = signed("zammad", BODY)
    prefix, digest = headers["X-Hub-Signature"].split("=")
    assert (
        verify_zammad({"X-Hub-Signature": f"{prefix}={digest.upper()}"}, BODY, "zm-secret") is None
    )


@pytest.mark.parametrize(
    ("provider", "value", "why"),
    [
        ("zammad", "ed75f53cc3e501870a1f7e69eeb0d39147159c66", "malformed signature header"),
        ("zammad", "sha256=ed75f53cc3e501870a1f7e69eeb0d39147159c66", "unsupported signature"),
        ("zammad", "sha1=not-hex", "malformed signature header"),
        ("chatwoot", "sha1=26169d2179bc8b0161419898c3797bf9e9", "unsupported signature"),
        ("chatwoot", "26169d2179bc8b0161419898c3797bf9e9a42dfd", "malformed signature header"),
    ],
)
def test_wrongly_formatted_signature_fails(provider: str, value: str, why: str) -> None:
    headers = {**signed(provider, BODY), SIGNATURE_HEADER[provider]: value}
    with pytest.raises(SignatureError, match=why):
        verify(provider, headers, BODY, config(provider), now=NOW)


def test_non_ascii_signature_is_a_mismatch_not_a_crash() -> None:
    with pytest.raises(SignatureError, match="signature mismatch"):
        verify_helpscout({"X-HelpScout-Signature": "sïgnätürë"}, BODY, "hs-secret")


# ---------------------------------------------------------------------------------------------
# Freshdesk: no signature, Basic auth or a shared header

FRESHDESK_BASIC = {"username": "privacywacht", "password": "s3cret"}
FRESHDESK_HEADER = {"header": "X-Privacywacht-Secret", "header_value": "h34der-v4lue"}


def test_freshdesk_basic_auth_passes() -> None:
    headers = {"Authorization": "Basic cHJpdmFjeXdhY2h0OnMzY3JldA=="}  # privacywacht:s3cret
    assert verify("freshdesk", headers, BODY, FRESHDESK_BASIC, now=NOW) is None


@pytest.mark.parametrize(
    "authorization",
    [
        basic_auth("privacywacht", "wrong"),
        basic_auth("someone", "s3cret"),
        basic_auth("privacywacht", "s3cret2"),
        "Bearer cHJpdmFjeXdhY2h0OnMzY3JldA==",
        "Basic not-base64!",
        "Basic " + "cHJpdmFjeXdhY2h0",  # no colon inside
    ],
)
def test_freshdesk_wrong_basic_auth_fails(authorization: str) -> None:
    with pytest.raises(SignatureError) as excinfo:
        verify("freshdesk", {"Authorization": authorization}, BODY, FRESHDESK_BASIC, now=NOW)
    assert reason(excinfo) == "credentials mismatch"


def test_freshdesk_secret_header_passes_case_insensitively() -> None:
    headers = {"x-privacywacht-secret": "h34der-v4lue"}
    assert verify("freshdesk", headers, BODY, FRESHDESK_HEADER, now=NOW) is None


def test_freshdesk_wrong_secret_header_fails() -> None:
    headers = {"X-Privacywacht-Secret": "h34der-v4lue-not"}
    with pytest.raises(SignatureError, match="credentials mismatch"):
        verify("freshdesk", headers, BODY, FRESHDESK_HEADER, now=NOW)


def test_freshdesk_either_configured_method_is_enough() -> None:
    both = {**FRESHDESK_BASIC, **FRESHDESK_HEADER}
    by_header = {"X-Privacywacht-Secret": "h34der-v4lue", "Authorization": basic_auth("x", "y")}
    assert verify("freshdesk", by_header, BODY, both, now=NOW) is None
    by_basic = {"Authorization": basic_auth("privacywacht", "s3cret")}
    assert verify("freshdesk", by_basic, BODY, both, now=NOW) is None


def test_freshdesk_header_of_an_unconfigured_method_does_not_count() -> None:
    # Basic auth is not configured here, so presenting it must not authenticate
    headers = {"Authorization": basic_auth("privacywacht", "s3cret")}
    with pytest.raises(SignatureError, match="missing credentials"):
        verify("freshdesk", headers, BODY, FRESHDESK_HEADER, now=NOW)


def test_freshdesk_missing_credentials_fails() -> None:
    with pytest.raises(SignatureError) as excinfo:
        verify("freshdesk", {}, BODY, {**FRESHDESK_BASIC, **FRESHDESK_HEADER}, now=NOW)
    assert reason(excinfo) == "missing credentials"


@pytest.mark.parametrize(
    "table",
    [
        {},
        None,
        {"username": "privacywacht"},  # half a Basic-auth pair
        {"password": "s3cret"},
        {"header": "X-Privacywacht-Secret"},  # a header without its value
        {"header_value": "h34der-v4lue"},
        {"secret": "ignored-for-freshdesk"},
    ],
)
def test_freshdesk_without_complete_credentials_refuses_everything(table) -> None:
    headers = {"Authorization": basic_auth("privacywacht", "s3cret"), **FRESHDESK_HEADER}
    with pytest.raises(SignatureError) as excinfo:
        verify("freshdesk", headers, BODY, table, now=NOW)
    assert reason(excinfo) == "not configured"


def test_freshdesk_function_directly() -> None:
    headers = {"AUTHORIZATION": basic_auth("privacywacht", "s3cret")}
    assert verify_freshdesk(headers, username="privacywacht", password="s3cret") is None
    with pytest.raises(SignatureError, match="not configured"):
        verify_freshdesk(headers)


def test_freshdesk_non_string_config_is_a_configuration_error() -> None:
    with pytest.raises(SignatureError, match="'password' must be a string"):
        verify("freshdesk", {}, BODY, {"username": "u", "password": 1234}, now=NOW)


# ---------------------------------------------------------------------------------------------
# the dispatcher and the error type


@pytest.mark.parametrize("provider", ["jira", "", "ZENDESK", None])
def test_unknown_provider_is_refused_without_echoing_it(provider) -> None:
    with pytest.raises(SignatureError) as excinfo:
        verify(provider, {}, BODY, {"secret": "x"}, now=NOW)
    assert excinfo.value.provider == "unknown"
    assert reason(excinfo) == "unknown provider"


def test_signature_error_is_a_value_error_with_a_plain_message() -> None:
    error = SignatureError("zammad", "signature mismatch")
    assert isinstance(error, ValueError)
    assert str(error) == "zammad: signature mismatch"
    assert repr(error) == "SignatureError(provider='zammad', reason='signature mismatch')"
