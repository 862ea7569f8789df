"""The word lists of name detection (``pipelines/names/data/<list>/items.txt``) and their loader."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from pipelines.names.wordlists import DATA, alternation, entries, phrases, word_set

LISTS = sorted(p.name for p in DATA.iterdir() if p.is_dir())
CODE = "\n".join(p.read_text(encoding="utf-8") for p in DATA.parent.rglob("*.py"))


@pytest.mark.parametrize("name", LISTS)
def test_a_list_says_what_it_is_and_where_it_comes_from(name: str) -> None:
    lines = (DATA / name / "items.txt").read_text(encoding="utf-8").splitlines()
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    assert header and header[0].startswith(f"# {name}: ")
    assert any(line.startswith("# Source: ") for line in header)


@pytest.mark.parametrize("name", LISTS)
def test_a_list_holds_each_entry_once_and_nothing_else(name: str) -> None:
    path: Path = DATA / name / "items.txt"
    body = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [line for line in body if not line.startswith("#")]
    assert items, "an empty list"
    assert len(items) == len(set(items)), "an entry twice"
    assert all(line == line.strip() and "  " not in line for line in items)


@pytest.mark.parametrize("name", LISTS)
def test_every_list_is_used(name: str) -> None:
    assert f'"{name}"' in CODE


def test_entries_keep_the_file_order_and_skip_comments() -> None:
    assert entries("tussenvoegsels")[:3] == ("van der", "van den", "van de")
    assert not any(e.startswith("#") for name in LISTS for e in entries(name))
    assert word_set("particles") == frozenset(entries("particles"))


def test_an_alternation_matches_its_phrases_with_any_blanks() -> None:
    pattern = regex.compile(rf"(?:{alternation('note_labels')})\Z")
    assert pattern.match("interne \t notitie")
    assert not pattern.match("internenotitie")


def test_alternation_entries_are_plain_words() -> None:
    """No entry of a list joined into a regex holds regex syntax of its own."""
    for name in LISTS:
        if f'alternation("{name}")' in CODE:
            assert all(regex.fullmatch(r"[\p{L}'’]+(?: [\p{L}'’]+)*", e) for e in entries(name))


def test_phrases_are_tuples_of_words() -> None:
    assert ("dank", "je", "wel") in phrases("lowercase_name_phrases")
    assert ("i'm",) in phrases("lowercase_name_phrases")
