"""A key file missing beside its data: the service refuses to start, says which file to
restore, and writes nothing (no fresh key file, no other file touched). New keys only on an
empty data directory."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.register_config import RegisterConfig, open_register
from bot.settings import SettingsError
from bot.store import KeyringMissingError, Store
from tests.service.harness import ServiceProcess, post_message

KEYRING = "keys.json"
REGISTER_KEYS = "register-keys.json"


def snapshot(directory: Path) -> dict[str, tuple[int, int]]:
    """Every file in the data directory with its size and modification time."""
    return {
        p.name: (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(directory.iterdir())
        if p.is_file()
    }


@pytest.fixture(scope="module")
def stopped(tmp_path_factory) -> ServiceProcess:
    """A service that started on an empty data directory, stored a message and stopped."""
    service = ServiceProcess(tmp_path_factory.mktemp("keys"))
    assert not service.data_dir.exists()
    service.start()
    try:
        answer = post_message(service.base_url, {"text": "Mijn pasnummer is 4471, klopt dat?"})
        assert answer.status == 201
    finally:
        assert service.stop() == 0
    files = set(snapshot(service.data_dir))
    assert {KEYRING, REGISTER_KEYS, "privacywacht.db", "register.db"} <= files
    return service


@pytest.mark.parametrize(
    ("missing", "data"), [(KEYRING, "privacywacht.db"), (REGISTER_KEYS, "register.db")]
)
def test_a_missing_key_file_beside_data_stops_the_start_and_writes_nothing(
    stopped: ServiceProcess, tmp_path: Path, missing: str, data: str
) -> None:
    key_file = stopped.data_dir / missing
    kept = tmp_path / missing
    shutil.move(key_file, kept)
    try:
        before = snapshot(stopped.data_dir)
        log_start = len(stopped.stderr())
        with pytest.raises(RuntimeError, match="exited at start"):
            stopped.start(timeout=60)
        assert stopped.process is not None and stopped.process.returncode not in (0, None)
        assert not key_file.exists()  # no fresh keys beside old data
        assert snapshot(stopped.data_dir) == before  # nothing written, nothing touched
        said = stopped.stderr()[log_start:]
        assert "Traceback" not in said and "interne fout" not in said
        assert f"sleutelbestand ontbreekt: {key_file}" in said
        assert data in said and f"Zet {missing} terug uit de back-up" in said
    finally:
        shutil.move(kept, key_file)
    # restored, the service starts on its old data again
    stopped.start()
    try:
        assert post_message(stopped.base_url, {"text": "Nog een vraag."}).status == 201
    finally:
        assert stopped.stop() == 0


def test_the_store_and_the_register_refuse_a_missing_key_file_outside_the_service_too(
    tmp_path: Path,
) -> None:
    """The command line (purge, register, migrate) opens them without the start-up check."""
    Store(tmp_path / "privacywacht.db").close()
    open_register(RegisterConfig(), tmp_path).close()
    for name in (KEYRING, REGISTER_KEYS):
        (tmp_path / name).unlink()
    with pytest.raises(KeyringMissingError, match="restore it from the backup"):
        Store(tmp_path / "privacywacht.db")
    with pytest.raises(SettingsError, match="sleutelbestand ontbreekt"):
        open_register(RegisterConfig(), tmp_path)
    assert not (tmp_path / KEYRING).exists() and not (tmp_path / REGISTER_KEYS).exists()


def test_new_keys_are_made_beside_an_empty_database(tmp_path: Path) -> None:
    (tmp_path / "privacywacht.db").touch()  # created, nothing in it yet (a crash at the start)
    Store(tmp_path / "privacywacht.db").close()
    assert (tmp_path / KEYRING).exists()
