"""The recipe's word list reader keeps only ordinary lowercase words.

Why it matters: the generator writes these words capitalised as *non-entities*; a capitalised
entry of the OpenTaal list (a surname, a first name, a town) slipping through would teach the
model that a name is not a name.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "models" / "training"))

import wordlist  # noqa: E402


def test_keeps_lowercase_words_and_drops_names_short_words_and_symbols(tmp_path: Path) -> None:
    path = tmp_path / "dutch"
    path.write_text(
        "bakker\nBakker\nSimpelveld\nklikgeluid\nde\nhet\n's-Hertogenbosch\nzo'n\n"
        "e-mail\nlijsttrekker\nBartokstraat\nmañana\n",
        encoding="utf-8",
    )
    assert wordlist.ordinary_words(path) == ["bakker", "klikgeluid", "lijsttrekker", "mañana"]


def test_is_sorted_and_deduplicated_so_the_generator_stays_deterministic(tmp_path: Path) -> None:
    path = tmp_path / "dutch"
    path.write_text("zebra\nappel\nzebra\nmango\n", encoding="utf-8")
    assert wordlist.ordinary_words(path) == ["appel", "mango", "zebra"]


def test_missing_list_gives_no_words(tmp_path: Path) -> None:
    assert wordlist.ordinary_words(tmp_path / "absent") == []
