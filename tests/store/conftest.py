"""Fixtures for the storage tests: a store in a temporary data dir with a predictable clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.retention import DB_FILE
from bot.store import Store
from tests.store.helpers import FakeClock


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    with Store(data_dir / DB_FILE, clock=clock) as opened:
        yield opened
