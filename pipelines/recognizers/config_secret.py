"""Secrets pasted from configuration files: ``DB_PASSWORD = 'hunter2'``, ``API_KEY=...``.

Customers paste ``wp-config.php``, ``.env`` files and connection settings into tickets. The cue
there is a setting name (``DB_PASSWORD``, ``SMTP_PASS``, ``stripe_api_key``) rather than a
Dutch word, and the value follows ``=``, ``:``, ``=>`` or a PHP ``define('…', '…')`` comma,
usually quoted. The setting name is kept; only the value is redacted.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern

from pipelines.recognizers.base import DutchRecognizer

#: a setting name that holds a secret: upper case (``DB_PASSWORD``) or snake case (``api_key``)
_KEY = (
    r"(?:[A-Z0-9]+_)*(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|AUTH_?KEY"
    r"|PRIVATE_?KEY|CLIENT_SECRET)(?:_[A-Z0-9]+)*"
    r"|(?:[a-z0-9]+_)+(?:password|passwd|pass|pwd|secret|token|key)(?:_[a-z0-9]+)*"
    # a session cookie logs in whoever holds it: "session_id=…", "PHPSESSID=…"
    r"|SESSION_?ID|session_?id|sessionid|PHPSESSID|phpsessid|JSESSIONID|jsessionid|sessid"
)
#: a value that only names or masks the secret
_PLACEHOLDER = re.compile(r"[*x•.]+|[<{$%\[].*|(?i:changeme|xxx+|your[_-]?\w+|jouw[_-]?\w+)")
_VALUE = r"(?P<q>['\"]?)(?P<value>[^\s'\"]{4,200})(?P=q)"


class ConfigSecretRecognizer(DutchRecognizer):
    """Finds the values of password, token and key settings in pasted configuration."""

    ENTITY = "CREDENTIAL"
    PATTERNS = [
        Pattern(
            "setting_assignment",
            rf"(?<![\w.])['\"]?(?:{_KEY})['\"]?[ \t]*(?:=>|=|:)[ \t]*{_VALUE}",
            0.7,
        ),
        Pattern("php_define", rf"define\([ \t]*['\"](?:{_KEY})['\"][ \t]*,[ \t]*{_VALUE}", 0.7),
    ]
    FLAGS = re.MULTILINE  # the setting name's case is the signal

    def accept(self, text: str, start: int, end: int) -> bool:
        """A slot to fill in ("${DB_PASSWORD}", "<password>", "$API_SECRET", "****") is no
        secret."""
        return _PLACEHOLDER.fullmatch(text[start:end]) is None
