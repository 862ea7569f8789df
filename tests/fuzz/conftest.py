"""The fuzz suite's service, its watchers and the hypothesis profile (issue 19, item 7).

One ``python -m bot serve`` (one worker, blank model, chat on, LMTP on, rate limits off) for
the whole suite. While it runs:

* :class:`HealthProbe` asks ``/healthz`` every 20 ms from a thread of its own and keeps the
  worst latency (a stall of the event loop shows there first);
* :class:`LogTail` reads the service's stderr from where it last stopped, so every example
  is checked for a traceback, an ERROR line and a canary without re-reading the whole log.

The profile is derandomized (CI runs the same examples every time) with no deadline (a
request to a busy worker may be slow; the health probe is what guards against a hang).
``PRIVACYWACHT_FUZZ_SCALE=10`` runs ten times the examples, still derandomized;
``PRIVACYWACHT_FUZZ_RANDOM=1`` drops the fixed seed for an exploratory local run.
``PRIVACYWACHT_FUZZ_REPORT=<file>`` writes the measured numbers there as JSON (what
``benchmarks/hostile.py --fuzz`` puts in ``benchmarks/HOSTILE.md``).
"""

from __future__ import annotations

import json
import os
import re
import statistics
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from bot.review.accounts import Accounts
from tests.mail.smtp_capture import CapturingSMTP
from tests.mail.test_service_mail import mail_toml
from tests.ports import free_port
from tests.service.harness import ServiceProcess, post_message, request

settings.register_profile(
    "fuzz",
    deadline=None,
    derandomize=os.environ.get("PRIVACYWACHT_FUZZ_RANDOM") != "1",
    database=None,  # no example database: a CI run is the same run every time
    print_blob=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)
SCALE = max(1, int(os.environ.get("PRIVACYWACHT_FUZZ_SCALE", "1")))


def fuzz_settings(max_examples: int) -> settings:
    """The suite's profile with ``max_examples`` (times ``PRIVACYWACHT_FUZZ_SCALE``)."""
    return settings(settings.get_profile("fuzz"), max_examples=max_examples * SCALE)


#: a canary is "Kq" + ten consonants + "Zx": no word, number or placeholder looks like it,
#: and it survives URL-, HTML- and JSON-escaping unchanged
CANARY_RE = re.compile(rb"Kq[bcdfghjklmnpqrstvwxz]{10}Zx")
#: the hang guard: /healthz slower than this once is a stall, not noise (the measured worst
#: goes to benchmarks/HOSTILE.md; the issue's target is 100 ms)
HEALTH_HANG_S = 2.0
#: the fuzz service's body limit: room for a provider's whole payload, so odd values reach the
#: parsers instead of a 413 (the other tests run with 2048 bytes)
MAX_BODY_BYTES = 16_384


class LogTail:
    """The service's stderr since the last :meth:`check`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = path.stat().st_size if path.exists() else 0
        self.lines_checked = 0

    def check(self) -> None:
        """No traceback, no ERROR line, no canary in what was logged since the last check."""
        with self.path.open("rb") as handle:
            handle.seek(self.offset)
            new = handle.read()
        # only whole lines: the rest is read next time
        end = new.rfind(b"\n") + 1
        new = new[:end]
        self.offset += end
        self.lines_checked += new.count(b"\n")
        assert b"Traceback" not in new, new.decode(errors="replace")[-3000:]
        errors = [line for line in new.splitlines() if b'"level":"ERROR"' in line]
        assert not errors, errors[:5]
        echoed = CANARY_RE.search(new)
        assert echoed is None, f"a canary reached the log: {echoed.group().decode()}"


@dataclass
class HealthProbe:
    """``GET /healthz`` every ``interval`` seconds until stopped; latencies in seconds."""

    base_url: str
    interval: float = 0.02
    latencies: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name="healthz-probe")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)

    def _run(self) -> None:
        while not self._stop.is_set():
            started = time.perf_counter()
            try:
                status = request(self.base_url, "GET", "/healthz", timeout=10).status
            except OSError as exc:
                self.failures.append(type(exc).__name__)
            else:
                if status != 200:
                    self.failures.append(str(status))
            self.latencies.append(time.perf_counter() - started)
            self._stop.wait(self.interval)

    def assert_healthy(self) -> None:
        assert not self.failures, f"/healthz failed: {self.failures[:5]}"
        worst = max(self.latencies, default=0.0)
        assert worst < HEALTH_HANG_S, f"/healthz took {worst:.3f} s: the service stalled"

    def summary(self) -> dict[str, float | int]:
        ms = sorted(x * 1000 for x in self.latencies)
        if not ms:
            return {"probes": 0}
        return {
            "probes": len(ms),
            "median_ms": round(statistics.median(ms), 1),
            "p99_ms": round(ms[min(len(ms) - 1, int(len(ms) * 0.99))], 1),
            "max_ms": round(ms[-1], 1),
            "over_100ms": sum(1 for x in ms if x > 100),
        }


@dataclass
class Fuzzed:
    """The running service and what a fuzz test needs to reach past its doors."""

    service: ServiceProcess
    lmtp_port: int
    reviewer_token: str
    session_cookie: str
    csrf: str
    message_id: str
    reference: str | None
    logs: LogTail
    health: HealthProbe
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return self.service.base_url

    def count(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1

    def check(self) -> None:
        """After every example: the log is clean and /healthz has not stalled."""
        self.logs.check()
        self.health.assert_healthy()


def _seed(service: ServiceProcess, reviewer: str) -> tuple[str, str | None]:
    """A stored message and, if the request desk files one, a register reference: so the
    fuzz reaches the pages behind a valid id as well as the 404s."""
    stored = post_message(service.base_url, {"text": "Mijn router knippert oranje sinds gisteren."})
    assert stored.status == 201, stored.body
    post_message(
        service.base_url,
        {"text": "Ik vraag inzage in mijn gegevens bij jullie, op grond van de AVG."},
    )
    listed = request(
        service.base_url,
        "GET",
        "/api/v1/register",
        headers={"Authorization": f"Bearer {reviewer}"},
    )
    requests_ = listed.json().get("requests", []) if listed.status == 200 else []
    return stored.json()["id"], (requests_[0]["reference"] if requests_ else None)


# package scope: the service and its /healthz probe stop when tests/fuzz is done, not at
# the end of the whole run (a probe thread left polling a stopped port fails later tests
# that watch for network use)
@pytest.fixture(scope="package")
def fuzzed(tmp_path_factory) -> Iterator[Fuzzed]:
    started = time.monotonic()
    with CapturingSMTP() as helpdesk:
        lmtp_port = free_port()
        service = ServiceProcess(
            tmp_path_factory.mktemp("fuzz"),
            extra_toml=mail_toml(None, helpdesk, lmtp=lmtp_port),
            service={"max_body_bytes": MAX_BODY_BYTES},
        )
        service.start()
        try:
            reviewer = (service.data_dir / "reviewer-token").read_text().strip()
            accounts = Accounts.in_dir(service.data_dir)
            try:
                user = accounts.add("fuzzer", "reviewer", "een-lang-fuzz-wachtwoord-31")
                session = accounts.create_session(user, timedelta(hours=2))
            finally:
                accounts.close()
            message_id, reference = _seed(service, reviewer)
            health = HealthProbe(service.base_url)
            fuzz = Fuzzed(
                service=service,
                lmtp_port=lmtp_port,
                reviewer_token=reviewer,
                session_cookie=session.token,
                csrf=session.csrf_token,
                message_id=message_id,
                reference=reference,
                logs=LogTail(service.stderr_file),
                health=health,
            )
            health.start()
            try:
                yield fuzz
            finally:
                health.stop()
            fuzz.check()
            _report(fuzz, time.monotonic() - started)
        finally:
            status = service.stop()
        assert status == 0, service.stderr()[-3000:]
        # the shutdown logged nothing bad either, and no canary is anywhere in the output
        fuzz.logs.check()
        for output in service.captured():
            assert CANARY_RE.search(output.encode()) is None


def _report(fuzz: Fuzzed, seconds: float) -> None:
    summary = {
        "healthz": fuzz.health.summary(),
        "requests": dict(sorted(fuzz.counts.items())),
        "log_lines_checked": fuzz.logs.lines_checked,
        "seconds": round(seconds, 1),
        "scale": SCALE,
    }
    target = os.environ.get("PRIVACYWACHT_FUZZ_REPORT")
    if target:
        Path(target).write_text(json.dumps(summary, indent=2) + "\n")
    print(f"\nfuzz: {json.dumps(summary)}")
