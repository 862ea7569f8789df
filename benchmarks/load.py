"""Load test of the HTTP service: ``POST /api/v1/messages`` at several concurrencies.

    python benchmarks/load.py [--model models/nl_privacy_ner|blank] [--workers 2] [--seconds 20]
                              [--concurrency 1,8,32] [--out benchmarks/RESULTS.md] [--no-write]

Starts ``python -m bot serve`` as a separate process on a free loopback port, with a temporary
data dir and config (a random API token, the chosen model and worker count), waits for
``/healthz``, then drives it from this process with aiohttp: for every concurrency level a short
warm-up, then ``--seconds`` of closed-loop load (each client sends its next message as soon as the
previous one is answered). The ~1 KB messages of ``benchmarks/data/load_messages.jsonl`` (invented
Dutch support messages, fictional people) are sent in rotation, each request in a conversation of
its own. Per level: requests, failures (anything but 201, or an exception), messages/s, latency
p50/p90/p99 and the service's peak RSS — VmRSS of the service process and all its descendants
(the redaction workers), summed, sampled from /proc every 100 ms.

Prints the results as JSON and replaces the section between ``<!-- load:start -->`` and
``<!-- load:end -->`` in ``--out`` (appended when the markers are missing); the rest of the file
is kept. ``PRIVACYWACHT_*`` environment variables are not passed to the service, so the
temporary config alone decides what runs. Linux only (reads /proc).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import platform
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
MESSAGES = ROOT / "benchmarks" / "data" / "load_messages.jsonl"
DEFAULT_MODEL = "models/nl_privacy_ner"
START, END = "<!-- load:start -->", "<!-- load:end -->"
TICKS = os.sysconf("SC_CLK_TCK")

# the service's targets (README / brief): at concurrency 8, on the reference machine
TARGET_MSGS_PER_S = 100.0
TARGET_P99_MS = 250.0
TARGET_RSS_MB = 600.0
TARGET_LEVEL = 8


def log(message: str) -> None:
    print(f"[load] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# the service's process tree, from /proc


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds) of a live process, or None when it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return None
    fields = raw[raw.rindex(b")") + 2 :].split()  # the name may contain spaces and ')'
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / TICKS


def alive(pid: int) -> bool:
    """Running (not gone, not a zombie waiting to be reaped)."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return False
    return raw[raw.rindex(b")") + 2 :].split()[0] != b"Z"


def process_tree(root: int) -> list[int]:
    """``root`` and all its live descendants (one pass over /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat is not None:
                children.setdefault(stat[0], []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def rss_kb(pid: int) -> int:
    """VmRSS of a process in kB (0 when it is gone or a zombie)."""
    try:
        with open(f"/proc/{pid}/status", "rb") as handle:
            for line in handle:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def pss_kb(pid: int) -> int:
    """Proportional set size in kB (shared pages split between their users), 0 when unknown."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def role(pid: int, root: int) -> str:
    """What a process of the service's tree is: main, worker or a multiprocessing helper."""
    if pid == root:
        return "main"
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
    except OSError:
        return "gone"
    if b"resource_tracker" in cmdline:
        return "resource_tracker"
    if b"multiprocessing" in cmdline:
        return "worker"
    return "other"


def tree_cpu_s(pids: list[int]) -> float:
    return sum(stat[1] for pid in pids if (stat := _stat(pid)) is not None)


class RssSampler(threading.Thread):
    """Samples the summed VmRSS of the service's process tree every ``interval`` seconds.

    The tree is re-read every second (workers can be replaced); ``reset()`` starts a new peak.
    """

    def __init__(self, root: int, interval: float = 0.1) -> None:
        super().__init__(name="rss-sampler", daemon=True)
        self.root, self.interval = root, interval
        self.pids = process_tree(root)
        self.seen: set[int] = set(self.pids)
        self._lock = threading.Lock()
        self._halt = threading.Event()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.peak_total_kb = self.peak_main_kb = self.samples = 0
            self.max_processes = 0

    def peak(self) -> dict[str, float | int]:
        with self._lock:
            return {
                "peak_rss_mb": round(self.peak_total_kb / 1024, 1),
                "peak_rss_main_mb": round(self.peak_main_kb / 1024, 1),
                "processes": self.max_processes,
                "rss_samples": self.samples,
            }

    def sample(self) -> None:
        sizes = {pid: rss_kb(pid) for pid in self.pids}
        total = sum(sizes.values())
        with self._lock:
            self.samples += 1
            self.peak_total_kb = max(self.peak_total_kb, total)
            self.peak_main_kb = max(self.peak_main_kb, sizes.get(self.root, 0))
            self.max_processes = max(self.max_processes, sum(1 for s in sizes.values() if s))

    def run(self) -> None:
        refreshed = time.monotonic()
        while not self._halt.wait(self.interval):
            if time.monotonic() - refreshed >= 1.0:
                self.pids = process_tree(self.root)
                self.seen.update(self.pids)
                refreshed = time.monotonic()
            self.sample()

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=2)


# --------------------------------------------------------------------------------------------
# the service


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def default_workers() -> int:
    """``[service] workers`` of the shipped config (2)."""
    try:
        with (ROOT / "config" / "privacywacht.toml").open("rb") as handle:
            return int(tomllib.load(handle).get("service", {}).get("workers", 2))
    except (OSError, ValueError, tomllib.TOMLDecodeError):
        return 2


def default_model() -> str:
    return DEFAULT_MODEL if (ROOT / DEFAULT_MODEL / "meta.json").exists() else "blank"


def model_setting(model: str) -> str:
    """The value for ``[nlp] model``: "blank", or an absolute path to the pipeline directory."""
    if model == "blank":
        return model
    for base in (Path.cwd(), ROOT):
        path = (base / model).resolve()
        if path.is_dir():
            return str(path)
    raise SystemExit(f"load.py: model directory not found: {model}")


@dataclass
class Service:
    """A ``privacywacht serve`` child process with its own temp config and data dir."""

    model: str
    workers: int
    log_level: str = "INFO"
    token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    tmp: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="pw-load-")))
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None
    startup_s: float = 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_file(self) -> Path:
        return self.tmp / "service.log"

    def write_config(self) -> Path:
        config = self.tmp / "config.toml"
        config.write_text(
            "[nlp]\n"
            f"model = {json.dumps(model_setting(self.model))}\n\n"
            "[service]\n"
            f"workers = {self.workers}\n\n"
            "[api]\n"
            f"tokens = [{json.dumps(self.token)}]\n\n"
            # the rate limits guard a service from one client; the load test is one client
            "[limits]\n"
            "api_per_minute = 0\n"
            "ip_per_minute = 0\n",
            encoding="utf-8",
        )
        return config

    def start(self) -> None:
        config = self.write_config()
        self.port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("PRIVACYWACHT_")}
        dropped = sorted(set(os.environ) - set(env))
        if dropped:
            log(f"not passed to the service: {', '.join(dropped)}")
        env["PYTHONUNBUFFERED"] = "1"
        command = [
            sys.executable, "-m", "bot", "--config", str(config), "serve",
            "--host", "127.0.0.1", "--port", str(self.port),
            "--data-dir", str(self.tmp / "data"), "--log-level", self.log_level,
        ]  # fmt: skip
        with self.log_file.open("wb") as out:
            self.proc = subprocess.Popen(
                command,
                cwd=ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl-C reaches only us; we stop it with SIGTERM
            )

    def log_tail(self, lines: int = 20) -> str:
        try:
            text = self.log_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    async def wait_healthy(self, timeout: float) -> dict[str, Any]:
        assert self.proc is not None
        started = time.perf_counter()
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as session:
            while time.perf_counter() - started < timeout:
                if self.proc.poll() is not None:
                    raise RuntimeError(
                        f"the service exited with status {self.proc.returncode} before it was "
                        f"healthy; its log ends with:\n{self.log_tail()}"
                    )
                with contextlib.suppress(TimeoutError, aiohttp.ClientError):
                    async with session.get(f"{self.url}/healthz") as response:
                        if response.status == 200:
                            self.startup_s = time.perf_counter() - started
                            return await response.json()
                await asyncio.sleep(0.2)
        raise RuntimeError(f"/healthz not 200 after {timeout:.0f} s:\n{self.log_tail()}")

    def stop(self, timeout: float = 60.0, tree: set[int] | None = None) -> dict[str, Any]:
        """SIGTERM, wait for a clean exit; SIGKILL only what is left after ``timeout``."""
        result: dict[str, Any] = {}
        tree = set(tree or ())
        if self.proc is not None and self.proc.poll() is None:
            tree.update(process_tree(self.proc.pid))
            started = time.perf_counter()
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                log(f"service still running {timeout:.0f} s after SIGTERM; killing it")
                self.proc.kill()
                self.proc.wait()
                result["killed"] = True
            result["shutdown_s"] = round(time.perf_counter() - started, 2)
        if self.proc is not None:
            result["exit_status"] = self.proc.returncode
            tree.discard(self.proc.pid)
        # the workers should be gone with the service; report (and end) any that are not
        deadline = time.monotonic() + 5
        survivors = [pid for pid in tree if alive(pid)]
        while survivors and time.monotonic() < deadline:
            time.sleep(0.1)
            survivors = [pid for pid in survivors if alive(pid)]
        # only multiprocessing children of the service (a pid could have been reused)
        survivors = [pid for pid in survivors if role(pid, -1) in ("worker", "resource_tracker")]
        if survivors:
            log(f"service processes left after shutdown: {survivors}; sending SIGKILL")
            for pid in survivors:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            result["survivors"] = len(survivors)
        return result

    def cleanup(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# the load


def load_messages(path: Path) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                texts.append(json.loads(line)["text"])
    if not texts:
        raise SystemExit(f"load.py: no messages in {path}")
    return texts


def percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of an ascending list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, -(-len(sorted_values) * q // 100))  # ceil
    return sorted_values[int(rank) - 1]


@dataclass
class Counts:
    latencies: list[float] = field(default_factory=list)  # seconds, successful requests only
    failures: dict[str, int] = field(default_factory=dict)
    requests: int = 0
    checked: bool = False

    def fail(self, reason: str) -> None:
        self.failures[reason] = self.failures.get(reason, 0) + 1


class Driver:
    """Closed-loop clients: each sends its next message as soon as the last one is answered."""

    def __init__(self, session: aiohttp.ClientSession, url: str, token: str, texts: list[str]):
        self.session, self.url, self.texts = session, f"{url}/api/v1/messages", texts
        self.headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        self.run_id = secrets.token_hex(4)
        self.sent = 0  # rotates through the messages; also makes every conversation id unique

    async def _client(self, deadline: float, counts: Counts) -> None:
        while time.perf_counter() < deadline:
            number = self.sent
            self.sent += 1
            text = self.texts[number % len(self.texts)]
            body = json.dumps(
                {"text": text, "conversation_id": f"load-{self.run_id}-{number}"},
                ensure_ascii=False,
            ).encode()
            counts.requests += 1
            started = time.perf_counter()
            try:
                async with self.session.post(self.url, data=body, headers=self.headers) as resp:
                    payload = await resp.read()
                    status = resp.status
            except (TimeoutError, aiohttp.ClientError) as exc:
                counts.fail(type(exc).__name__)
                continue
            elapsed = time.perf_counter() - started
            if status != 201:
                counts.fail(f"HTTP {status}")
                continue
            if not counts.checked:  # one sanity check per level: JSON with a redacted text
                counts.checked = True
                try:
                    answer = json.loads(payload)
                except ValueError:
                    answer = {}
                if answer.get("text") in (None, text) or not answer.get("entities"):
                    counts.fail("not redacted")
                    continue
            counts.latencies.append(elapsed)

    async def run(self, concurrency: int, seconds: float) -> tuple[Counts, float]:
        counts = Counts()
        started = time.perf_counter()
        deadline = started + seconds
        await asyncio.gather(*(self._client(deadline, counts) for _ in range(concurrency)))
        return counts, time.perf_counter() - started


async def measure(
    service: Service, texts: list[str], levels: list[int], seconds: float, warmup: float
) -> tuple[list[dict[str, Any]], dict[str, Any], set[int]]:
    assert service.proc is not None
    health = await service.wait_healthy(timeout=300)
    log(f"service healthy after {service.startup_s:.1f} s: {health}")
    sampler = RssSampler(service.proc.pid)
    await asyncio.sleep(0.5)
    sampler.pids = process_tree(service.proc.pid)
    sampler.seen.update(sampler.pids)
    sampler.sample()
    idle = sampler.peak() | {
        "pss_mb": round(sum(pss_kb(p) for p in sampler.pids) / 1024, 1),
        "startup_s": round(service.startup_s, 2),
        "by_process": [
            {"role": role(pid, service.proc.pid), "rss_mb": round(rss_kb(pid) / 1024, 1)}
            for pid in sampler.pids
        ],
    }
    sampler.start()
    results = []
    connector = aiohttp.TCPConnector(limit=max(levels), limit_per_host=max(levels))
    timeout = aiohttp.ClientTimeout(total=60)
    try:
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            driver = Driver(session, service.url, service.token, texts)
            for level in levels:
                if warmup > 0:
                    await driver.run(level, warmup)
                sampler.reset()
                root = service.proc.pid
                pids = process_tree(root)
                cpu_before, own_before = tree_cpu_s(pids), time.process_time()
                main_before = tree_cpu_s([root])
                counts, elapsed = await driver.run(level, seconds)
                pids = process_tree(service.proc.pid)
                service_cpu = tree_cpu_s(pids) - cpu_before
                main_cpu = tree_cpu_s([root]) - main_before
                own_cpu = time.process_time() - own_before
                pss = sum(pss_kb(p) for p in pids) / 1024
                lat = sorted(counts.latencies)
                failures = sum(counts.failures.values())
                row = {
                    "concurrency": level,
                    "seconds": round(elapsed, 2),
                    "requests": counts.requests,
                    "ok": len(lat),
                    "failures": failures,
                    "failure_reasons": counts.failures,
                    "msgs_per_s": round(len(lat) / elapsed, 1),
                    "p50_ms": round(percentile(lat, 50) * 1000, 1),
                    "p90_ms": round(percentile(lat, 90) * 1000, 1),
                    "p99_ms": round(percentile(lat, 99) * 1000, 1),
                    "max_ms": round(lat[-1] * 1000, 1) if lat else None,
                    "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else None,
                    **sampler.peak(),
                    "pss_end_mb": round(pss, 1),
                    "service_cpu_s": round(service_cpu, 2),
                    "service_main_cpu_s": round(main_cpu, 2),
                    "client_cpu_s": round(own_cpu, 2),
                }
                results.append(row)
                log(
                    f"c={level}: {row['msgs_per_s']} msg/s, p50 {row['p50_ms']} ms, "
                    f"p99 {row['p99_ms']} ms, failures {failures}, "
                    f"peak RSS {row['peak_rss_mb']} MB"
                )
    finally:
        sampler.stop()
    return results, idle, sampler.seen


# --------------------------------------------------------------------------------------------
# reporting


def machine() -> dict[str, Any]:
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:
        affinity = None
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = None
    model_name = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model_name = line.split(":", 1)[1].strip()
                break
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": affinity,
        "cpu": model_name or platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "aiohttp": aiohttp.__version__,
        "loadavg_before": load,
    }


def verdicts(result: dict[str, Any]) -> dict[str, bool | None]:
    levels = {row["concurrency"]: row for row in result["levels"]}
    at = levels.get(TARGET_LEVEL)
    return {
        "msgs_per_s_at_8": None if at is None else at["msgs_per_s"] >= TARGET_MSGS_PER_S,
        "p99_at_8": None if at is None else at["p99_ms"] <= TARGET_P99_MS,
        "zero_failures": all(row["failures"] == 0 for row in result["levels"]),
        "rss": (
            max(row["peak_rss_mb"] for row in result["levels"]) < TARGET_RSS_MB
            if result["levels"]
            else None
        ),
    }


def _mark(ok: bool | None) -> str:
    return "not measured" if ok is None else ("met" if ok else "**missed**")


def _stopped(shutdown: dict[str, Any]) -> str:
    status = shutdown.get("exit_status")
    text = f"exit status {status} after {shutdown.get('shutdown_s', 0):g} s"
    if shutdown.get("killed"):
        text += " (killed: it did not stop in time)"
    if shutdown.get("survivors"):
        text += f", {shutdown['survivors']} process(es) left behind"
    return text


def markdown(result: dict[str, Any]) -> str:
    m, checks = result["machine"], result["targets_met"]
    model = result["model"]
    model_text = "the NER model `" + model + "`" if model != "blank" else "rules only (`blank`)"
    lines = [
        "## Service load (POST /api/v1/messages)",
        "",
        f"Produced by `python benchmarks/load.py` on {result['date']}: `privacywacht serve` with "
        f"{model_text} and {result['workers']} worker process(es), driven over loopback by "
        f"aiohttp clients in a second process on the same machine ({m['cpu_count']} CPUs, "
        f"{m['cpu']}, Python {m['python']}). Messages: {result['messages']} invented Dutch "
        f"support messages of {result['message_chars']:.0f} characters on average "
        f"({result['message_bytes']:.0f} bytes of UTF-8), sent in rotation, each in a "
        f"conversation of its own; {result['seconds']:g} s per level after "
        f"{result['warmup']:g} s of warm-up. Closed loop: each client sends its next message "
        "when the previous one is answered, so latency includes queueing for a worker.",
        "",
        f"Targets: ≥ {TARGET_MSGS_PER_S:.0f} messages/s and p99 ≤ {TARGET_P99_MS:.0f} ms at "
        f"concurrency {TARGET_LEVEL}, zero failures, and < {TARGET_RSS_MB:.0f} MB RSS with the "
        "model loaded (service process and workers together).",
        "",
        "| concurrency | requests | messages/s | p50 ms | p90 ms | p99 ms | failures "
        "| peak RSS (all) | peak RSS (main) |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in result["levels"]:
        lines.append(
            f"| {row['concurrency']} | {row['requests']:,} | {row['msgs_per_s']:,.1f} "
            f"| {row['p50_ms']:,.1f} | {row['p90_ms']:,.1f} | {row['p99_ms']:,.1f} "
            f"| {row['failures']} | {row['peak_rss_mb']:,.0f} MB "
            f"| {row['peak_rss_main_mb']:,.0f} MB |"
        )
    idle = result["idle"]
    lines += [
        "",
        f"- {TARGET_LEVEL} clients: {TARGET_MSGS_PER_S:.0f} messages/s "
        f"{_mark(checks['msgs_per_s_at_8'])}, p99 {_mark(checks['p99_at_8'])}; "
        f"zero failures {_mark(checks['zero_failures'])}; RSS "
        f"{_mark(checks['rss'])}" + ("" if model != "blank" else " (without the model)") + ".",
        f"- Peak RSS is the largest sum of VmRSS over the service process and its "
        f"{idle['processes'] - 1} child process(es), sampled every 100 ms (pages shared between "
        "processes count once per process); idle after start-up: "
        f"{idle['peak_rss_mb']:,.0f} MB (PSS {idle['pss_mb']:,.0f} MB), healthy after "
        f"{idle['startup_s']:.1f} s.",
        "- The load generator shares the machine's CPUs with the service; the CPU seconds each "
        "side used are in the JSON output.",
        f"- Stopped with SIGTERM: {_stopped(result['shutdown'])}.",
    ]
    if result["seconds"] < 10:
        lines.append(
            f"- Short run ({result['seconds']:g} s per level): preliminary numbers; "
            "the full run uses 20 s per level."
        )
    return "\n".join(lines)


def write_section(out: Path, section: str) -> None:
    """Replace the text between the load markers in ``out``; append markers when missing."""
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    block = f"{START}\n{section}\n{END}"
    if START in text and END in text and text.index(START) < text.index(END):
        head, rest = text.split(START, 1)
        _, tail = rest.split(END, 1)
        text = f"{head}{block}{tail}"
    else:
        text = f"{text.rstrip()}\n\n{block}\n" if text.strip() else f"{block}\n"
    out.write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--model",
        default=default_model(),
        help=f'"blank" (rules only) or a spaCy pipeline dir (default: {default_model()})',
    )
    parser.add_argument(
        "--workers", type=int, default=default_workers(), help="redaction worker processes"
    )
    parser.add_argument("--seconds", type=float, default=20.0, help="measured seconds per level")
    parser.add_argument(
        "--warmup", type=float, default=None, help="warm-up seconds per level (default: 2, or "
        "the level's seconds / 4 when shorter)"
    )  # fmt: skip
    parser.add_argument("--concurrency", default="1,8,32", help="comma-separated client counts")
    parser.add_argument("--messages", default=str(MESSAGES), help="JSONL with a 'text' per line")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "RESULTS.md"))
    parser.add_argument("--no-write", action="store_true", help="print JSON only")
    parser.add_argument("--log-level", default="INFO", help="the service's log level")
    args = parser.parse_args(argv)
    try:
        args.levels = [int(x) for x in args.concurrency.split(",") if x.strip()]
    except ValueError:
        parser.error("--concurrency takes whole numbers, e.g. 1,8,32")
    if not args.levels or min(args.levels) < 1:
        parser.error("--concurrency needs at least one level ≥ 1")
    if args.workers < 1 or args.seconds <= 0:
        parser.error("--workers and --seconds must be positive")
    if args.warmup is None:
        args.warmup = min(2.0, args.seconds / 4)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    texts = load_messages(Path(args.messages))
    result: dict[str, Any] = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine(),
        "model": args.model,
        "workers": args.workers,
        "messages": len(texts),
        "message_chars": round(statistics.fmean(len(t) for t in texts), 1),
        "message_bytes": round(statistics.fmean(len(t.encode()) for t in texts), 1),
        "seconds": args.seconds,
        "warmup": args.warmup,
    }
    service = Service(model=args.model, workers=args.workers, log_level=args.log_level)
    tree: set[int] = set()
    log_shown = False
    try:
        log(f"starting the service: model {args.model}, {args.workers} worker(s)")
        service.start()
        levels, idle, tree = asyncio.run(
            measure(service, texts, args.levels, args.seconds, args.warmup)
        )
        result["idle"], result["levels"] = idle, levels
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    except RuntimeError as exc:  # the service did not come up; the message quotes its log
        log(str(exc))
        log_shown = True
        return 1
    finally:
        stopped = service.stop(tree=tree)
        result["shutdown"] = stopped
        if not log_shown and stopped.get("exit_status") not in (0, None, -signal.SIGTERM):
            log(f"service exit status {stopped['exit_status']}; its log ends with:")
            log(service.log_tail())
        service.cleanup()
    result["targets_met"] = verdicts(result)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if not args.no_write:
        write_section(Path(args.out), markdown(result))
        log(f"wrote the load section of {args.out}")
    return 0 if result["targets_met"]["zero_failures"] else 1


if __name__ == "__main__":
    sys.exit(main())
