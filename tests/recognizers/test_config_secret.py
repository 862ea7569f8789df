"""Secrets in pasted configuration: the value goes, the setting name stays."""

from __future__ import annotations

import pytest

from pipelines.recognizers.config_secret import ConfigSecretRecognizer


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("- In wp-config.php: DB_PASSWORD = 'zomer_2021!wp' → gewijzigd", "zomer_2021!wp"),
        ("define('DB_PASSWORD', 'K8s#lente22');", "K8s#lente22"),
        ("SMTP_PASS=Vl1nder-77\nSMTP_HOST=mail.example.nl", "Vl1nder-77"),
        ('"stripe_api_key": "rk_test_abcd1234efgh"', "rk_test_abcd1234efgh"),
    ],
)
def test_setting_values_are_found(find, text, secret):
    assert find(ConfigSecretRecognizer(), text) == [secret]


@pytest.mark.parametrize(
    "text",
    [
        "DB_HOST = 'localhost'",
        "Het wachtwoord = verlopen",  # plain Dutch is the credential recognizer's business
        "PASSWORD_RESET_URL=",
        "bypass: 1",
    ],
)
def test_other_settings_are_left_alone(find, text):
    assert find(ConfigSecretRecognizer(), text) == []
