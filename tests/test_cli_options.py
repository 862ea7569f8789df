"""Global options (``--config``) work before and after the subcommand, on every command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import _subparsers, build_parser

# one valid command line per command that takes required arguments or subcommands
COMMANDS: list[list[str]] = [
    ["serve", "--port", "0"],
    ["redact", "--jsonl"],
    ["eval", "gold.jsonl"],
    ["purge", "--dry-run"],
    ["register", "list"],
    ["register", "show", "AVG-2026-000001"],
    ["register", "advance", "AVG-2026-000001", "in_progress"],
    ["register", "extend", "AVG-2026-000001", "--reason", "veel gegevens"],
    ["register", "due"],
    ["register", "export", "--csv"],
    ["register", "reencrypt"],
    ["users", "add", "anne", "--role", "reviewer", "--password-stdin"],
    ["users", "passwd", "anne", "--password-stdin"],
    ["users", "list"],
    ["users", "disable", "anne"],
    ["users", "enable", "anne"],
    ["users", "role", "anne", "officer"],
]


def test_the_table_covers_every_command():
    """A new subcommand must be added to COMMANDS, so its global options are tested too."""
    names = {sub.prog.removeprefix("privacywacht ") for sub in _subparsers(build_parser())}
    covered = {" ".join(line[:n]) for line in COMMANDS for n in (1, 2)}
    assert names <= covered


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_config_before_and_after_the_subcommand(command):
    parser = build_parser()
    before = parser.parse_args(["--config", "eigen.toml", *command])
    after = parser.parse_args([*command, "--config", "eigen.toml"])
    neither = parser.parse_args(command)
    assert before.config == after.config == "eigen.toml"
    assert neither.config is None


def test_config_between_a_command_and_its_subcommand():
    args = build_parser().parse_args(["register", "--config", "eigen.toml", "list"])
    assert args.config == "eigen.toml"


def test_the_later_of_two_config_options_wins():
    args = build_parser().parse_args(["--config", "a.toml", "serve", "--config", "b.toml"])
    assert args.config == "b.toml"


def test_every_command_lists_config_in_its_help():
    for sub in _subparsers(build_parser()):
        assert "--config FILE" in sub.format_help(), sub.prog


@pytest.mark.parametrize("where", ["before", "after"])
def test_the_config_file_is_applied_in_both_places(tmp_path: Path, where: str):
    """Behaviour, not just parsing: a tiny message limit from the file refuses the input."""
    config = tmp_path / "klein.toml"
    config.write_text('[nlp]\nmodel = "blank"\n\n[limits]\nmax_message_chars = 5\n')
    option = ["--config", str(config)]
    argv = [*option, "redact"] if where == "before" else ["redact", *option]
    done = subprocess.run(
        [sys.executable, "-m", "bot", *argv],
        input=b"Dit bericht is langer dan vijf tekens.",
        capture_output=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 2, done.stderr
    assert b"Traceback" not in done.stderr
    assert b"5" in done.stderr  # the limit is named
