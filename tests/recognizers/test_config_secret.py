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
        (
            "Cookie: _ga=GA1.2.5512.17180; session_id=7d1e0c9a4b2f4e8a9c3d5f6a7b8c9d0e",
            "7d1e0c9a4b2f4e8a9c3d5f6a7b8c9d0e",
        ),
        ("Set-Cookie: PHPSESSID=q1w2e3r4t5y6u7i8", "q1w2e3r4t5y6u7i8"),
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
        "session_timeout = 30",
        "export API_SECRET=<password>",
        "curl -u $API_KEY:$API_SECRET https://api.example.nl",
        "MAIL_PASSWORD=${MAIL_PASSWORD}",
    ],
)
def test_other_settings_are_left_alone(find, text):
    assert find(ConfigSecretRecognizer(), text) == []
