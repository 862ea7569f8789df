"""A real package: the wheel carries the shipped config, policy, statement and model.

Builds the wheel the way ``pip install .`` does (from a copy of the checkout, offline, with
this venv's setuptools), installs it with ``--no-deps`` into a fresh venv that borrows this
venv's dependencies, and from a directory outside the source tree runs ``privacywacht redact``
on names only the NER model finds and ``privacywacht serve`` until ``/healthz`` answers 200.
Nothing is downloaded: every pip call has ``--no-index``.

Why so much real machinery in a test: issue 17 — a non-editable install could not find
``config/`` or ``models/``, and only a real build + install shows what a wheel carries.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.ports import free_port

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = "pipelines/_shipped/"
# invented names that the NER model finds and the rule-based cues alone (partly) miss
NAMES = ("Sjoerd Vlasblom", "Evert Bosschaart", "Ingeborg Tjalma")
TEXT = (
    f"Vandaag belde {NAMES[0]} over de storing. "
    f"Gisteren sprak ik met {NAMES[1]} van de afdeling inkoop. "
    f"Volgens {NAMES[2]} werkt de VPN niet."
)
MB = 1024 * 1024


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path
    elsewhere: Path  # a working directory with no source tree in it

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def command(self) -> Path:
        return self.venv / "bin" / "privacywacht"


def _env(**extra: str) -> dict[str, str]:
    """The environment without anything that could point back into the checkout."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PRIVACYWACHT_", "PYTHON", "VIRTUAL_ENV", "PIP_"))}  # fmt: skip
    return {**env, "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1", **extra}


def _run(args: list[str | Path], cwd: Path, **kwargs) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=300,
        env=kwargs.pop("env", None) or _env(), **kwargs,
    )  # fmt: skip
    assert done.returncode == 0, f"{args}: {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def _copy_source(target: Path) -> None:
    """What a clean clone has (tracked and new, not ignored, files): no build/, var/, venvs."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, timeout=60,
    )  # fmt: skip
    if listed.returncode != 0:
        pytest.fail(f"git ls-files failed: {listed.stderr.decode(errors='replace')}")
    for name in filter(None, listed.stdout.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Iterator[Installed]:
    for needed in ("setuptools", "wheel"):
        if not _importable(needed):
            pytest.fail(f"{needed} is missing in this venv: pip install -e '.[dev]'")
    base = tmp_path_factory.mktemp("packaging")
    source, dist, venv, elsewhere = (base / n for n in ("src", "dist", "venv", "elsewhere"))
    elsewhere.mkdir()
    _copy_source(source)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
          "--no-index", "--wheel-dir", dist, source], cwd=base)  # fmt: skip
    [wheel] = dist.glob("privacywacht-*.whl")
    _run([sys.executable, "-m", "venv", venv], cwd=base)
    # the new venv borrows this venv's dependencies (spaCy, Presidio, aiohttp, ...) through a
    # path line: .pth files in that directory (this checkout's editable install) stay unread
    site = Path(_run([venv / "bin" / "python", "-c",
                      "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     cwd=base).stdout.strip())  # fmt: skip
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "_privacywacht_test_deps.pth").write_text("".join(f"{p}\n" for p in sorted(ours)))
    _run([venv / "bin" / "python", "-m", "pip", "install", "--no-deps", "--no-index", wheel],
         cwd=base)  # fmt: skip
    yield Installed(wheel, venv, elsewhere)


def _importable(module: str) -> bool:
    code = f"import {module}"
    return subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def test_the_wheel_carries_the_shipped_data_and_nothing_else(installed: Installed):
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
    for needed in ("config/privacywacht.toml", "config/policy.toml", "config/privacy_statement.md",
                   "models/nl_privacy_ner/meta.json", "models/nl_privacy_ner/README.md",
                   "models/nl_privacy_ner/ner/model", "models/nl_privacy_ner/tok2vec/model",
                   "models/nl_privacy_ner/wordlist_tags/wordlist.bin"):  # fmt: skip
        assert SHIPPED + needed in names, needed
    for name in names:
        top = name.split("/")[0]
        assert top in ("bot", "pipelines") or top.endswith(".dist-info"), name
        assert "/training/" not in name and "__pycache__" not in name, name
    size = installed.wheel.stat().st_size
    assert 10 * MB < size < 60 * MB, f"wheel is {size / MB:.1f} MB"


def test_the_package_is_imported_from_the_venv_not_the_checkout(installed: Installed):
    done = _run([installed.python, "-c",
                 "import bot, pipelines.shipped as s; print(bot.__file__); print(s.data_root())"],
                cwd=installed.elsewhere)  # fmt: skip
    module, root = done.stdout.split()
    assert Path(module).is_relative_to(installed.venv)
    assert Path(root).is_relative_to(installed.venv) and Path(root).name == "_shipped"


def test_redact_finds_names_with_the_shipped_model(installed: Installed):
    done = _run([installed.command, "redact"], cwd=installed.elsewhere, input=TEXT)
    assert not any(name in done.stdout for name in NAMES), done.stdout
    assert "[PERSOON-3]" in done.stdout
    assert done.stdout.startswith("Vandaag belde [PERSOON-1] over de storing.")


def test_nlp_model_still_overrides_the_shipped_one(installed: Installed):
    """With ``[nlp] model = "blank"`` the rules alone miss a name the model found: the model
    above was really the shipped one, and the setting still wins."""
    config = installed.elsewhere / "blank.toml"
    config.write_text('[nlp]\nmodel = "blank"\n')
    done = _run([installed.command, "redact", "--config", config],
                cwd=installed.elsewhere, input=TEXT)  # fmt: skip
    assert any(name in done.stdout for name in NAMES), done.stdout


def test_serve_answers_healthz_from_the_installed_package(installed: Installed):
    port = free_port()
    data_dir = installed.elsewhere / "gegevens"
    config = installed.elsewhere / "serve.toml"
    config.write_text("[service]\nworkers = 1\nshutdown_timeout_s = 5\n")
    process = subprocess.Popen(
        [str(installed.command), "serve", "--config", str(config), "--port", str(port),
         "--data-dir", str(data_dir)],
        cwd=installed.elsewhere, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        status, body = _wait_for_health(f"http://127.0.0.1:{port}/healthz", process)
        assert status == 200 and body["status"] == "ok", body
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/privacy", timeout=10) as answer:
            assert answer.status == 200  # the shipped privacy statement example
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            out, err = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
    assert process.returncode == 0, err[-3000:]
    # one human line beside the JSON logs (stderr), with the address really listened on
    assert f"privacywacht luistert op http://127.0.0.1:{port} (stoppen: Ctrl+C)\n" in out
    assert all(json.loads(line) for line in err.splitlines() if line.strip())
    assert (data_dir / "privacywacht.db").is_file()  # --data-dir still decides
    assert not (installed.elsewhere / "var").exists()


def _wait_for_health(url: str, process: subprocess.Popen[str]) -> tuple[int, dict]:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"serve exited with {process.returncode}:\n{process.stderr.read()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                return answer.status, json.loads(answer.read())
        except urllib.error.HTTPError as error:
            if error.code != 503:
                raise
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.5)
    pytest.fail("no 200 from /healthz within 180 s")
