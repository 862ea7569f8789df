"""Fixtures: the canaries, a fake Zendesk, and one running service shared by the whole run.

The service (``python -m bot serve``, one worker, blank model) starts once per session — its
start-up (spawning a worker that loads the recognizers) is most of this suite's run time. Tests
keep out of each other's way by using fresh ticket ids, conversation ids and idempotency keys.
When the session ends the service gets SIGTERM, must exit cleanly, and its data directory and
output are searched for the canaries once more (the WAL has then been checkpointed into the
database file).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.service import canary
from tests.service.harness import ZENDESK_API_TOKEN, ZENDESK_EMAIL, BackgroundServer, ServiceProcess
from tests.writeback.fake_zendesk import FakeZendesk, basic


@pytest.fixture
def canaries() -> tuple[canary.Canary, ...]:
    """The canary values (see :mod:`tests.service.canary`)."""
    return canary.CANARIES


@pytest.fixture(scope="session")
def fake_zendesk() -> Iterator[tuple[FakeZendesk, str]]:
    """A local server playing Zendesk's redaction API, on its own thread: (fake, base URL)."""
    fake = FakeZendesk(basic(ZENDESK_EMAIL, ZENDESK_API_TOKEN))
    with BackgroundServer(fake.make_app()) as server:
        yield fake, server.base_url


@pytest.fixture(scope="session")
def service(tmp_path_factory, fake_zendesk) -> Iterator[ServiceProcess]:
    """The running service; Zendesk write-back goes to :func:`fake_zendesk`."""
    _, zendesk_url = fake_zendesk
    process = ServiceProcess(tmp_path_factory.mktemp("service"), zendesk_url=zendesk_url)
    process.start()
    try:
        yield process
    finally:
        status = process.stop()
    assert status == 0, f"service exited with {status}:\n{process.stderr()[-3000:]}"
    files = canary.assert_no_canaries([process.data_dir], process.captured())
    assert process.db in files
    events = [e["event"] for e in process.log_events()]
    assert "engine.ready" in events and "message.stored" in events
