"""Fixtures for the end-to-end e-mail tests: a real Dovecot and a capturing SMTP server.

``dovecot`` gives each test an empty mailbox on a Dovecot shared by the test module
(``dovecot_server``): Dovecot starts in ~40 ms, but stopping it costs a fixed second, so one
instance per module and a reset per test. Tests that need a pristine instance of their own
(fresh UIDVALIDITY, a stopped server) can use ``with Dovecot() as server:`` directly.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.mail.dovecot import DOVECOT_BIN, Dovecot, dovecot_binary
from tests.mail.smtp_capture import CapturingSMTP

#: set by .ci/run: there a missing Dovecot is an error, not a reason to skip
REQUIRE_ENV = "PRIVACYWACHT_REQUIRE_DOVECOT"


def require_dovecot() -> None:
    """Skip (fail where REQUIRE_ENV is set) when the dovecot binary is not installed."""
    if dovecot_binary() is not None:
        return
    reason = (
        f"Dovecot is not installed ({DOVECOT_BIN} missing);"
        " apt-get install dovecot-imapd dovecot-lmtpd to run the e-mail tests"
    )
    if os.environ.get(REQUIRE_ENV):
        pytest.fail(f"{reason}, and {REQUIRE_ENV} is set", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="module")
def dovecot_server() -> Iterator[Dovecot]:
    """One Dovecot (IMAP + LMTP on 127.0.0.1, free ports) for the test module."""
    require_dovecot()
    with Dovecot() as server:
        yield server


#: set on a test item whose call phase failed (read by the dovecot fixture's teardown)
FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    if report.when == "call" and report.failed:
        item.stash[FAILED] = True
    return report


@pytest.fixture
def dovecot(dovecot_server: Dovecot, request: pytest.FixtureRequest) -> Iterator[Dovecot]:
    """The module's Dovecot with an empty mailbox: INBOX only, no messages.

    When the test fails, Dovecot's log is printed (pytest shows it under "Captured stdout
    teardown").
    """
    dovecot_server.reset()
    yield dovecot_server
    if request.node.stash.get(FAILED, False) and dovecot_server.root is not None:
        print(f"Dovecot's log ({dovecot_server.log_path}):\n{dovecot_server.log_text()}")


@pytest.fixture
def smtp_capture() -> Iterator[CapturingSMTP]:
    """A local SMTP server on 127.0.0.1 that records every message it accepts."""
    with CapturingSMTP() as server:
        yield server
