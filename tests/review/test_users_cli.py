"""``privacywacht users ...`` through its own parser (the way ``bot.cli`` adds it)."""

from __future__ import annotations

import argparse
import io
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from bot import users_cli
from bot.cli import EXIT_OK, EXIT_USAGE
from bot.review.accounts import ACCOUNTS_FILE, Accounts

PASSWORD = "paarden-staal-batterij"
NEW_PASSWORD = "een-heel-nieuw-wachtwoord"

Run = Callable[..., tuple[int, str, str]]


def parser() -> argparse.ArgumentParser:
    """The ``privacywacht`` parser's shape: ``--config``, then the subcommands."""
    parser = argparse.ArgumentParser(prog="privacywacht")
    parser.add_argument("--config")
    commands = parser.add_subparsers(dest="command", required=True)
    users_cli.add_parser(commands)
    return parser


@pytest.fixture(autouse=True)
def _no_data_dir_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRIVACYWACHT_SERVICE_DATA_DIR", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def run(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    def call(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        args = parser().parse_args(["users", *argv, "--data-dir", str(data_dir)])
        code = args.handler(args)
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_add_reads_the_password_from_stdin(run: Run, data_dir: Path) -> None:
    code, out, err = run("add", "anne", "--role", "reviewer", "--password-stdin",
                         stdin=PASSWORD + "\n")  # fmt: skip
    assert (code, err) == (EXIT_OK, "")
    assert "anne" in out and PASSWORD not in out
    with Accounts.in_dir(data_dir) as accounts:
        user = accounts.verify("anne", PASSWORD)
    assert user is not None and user.role == "reviewer"


def test_the_file_is_private(run: Run, data_dir: Path) -> None:
    run("add", "anne", "--role", "officer", "--password-stdin", stdin=PASSWORD)
    assert stat.S_IMODE((data_dir / ACCOUNTS_FILE).stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir.stat().st_mode) & 0o077 == 0
    assert PASSWORD.encode() not in (data_dir / ACCOUNTS_FILE).read_bytes()


def test_spaces_inside_a_password_are_kept_crlf_is_not(run: Run, data_dir: Path) -> None:
    run("add", "anne", "--role", "reviewer", "--password-stdin", stdin=f" {PASSWORD} \r\n")
    with Accounts.in_dir(data_dir) as accounts:
        assert accounts.verify("anne", f" {PASSWORD} ") is not None


def test_duplicates_are_refused(run: Run) -> None:
    assert run("add", "anne", "--role", "reviewer", "--password-stdin", stdin=PASSWORD)[0] == 0
    code, out, err = run("add", "anne", "--role", "officer", "--password-stdin", stdin=PASSWORD)
    assert code == EXIT_USAGE
    assert err == "privacywacht: er is al een gebruiker met de naam anne\n"
    assert out == ""


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (("add", "anne"), "kort-wacht", "minstens 12 tekens"),
        (("add", "anne"), "", "geen wachtwoord op stdin"),
        (("add", "Anne Jansen"), PASSWORD, "een gebruikersnaam heeft 1-64 tekens"),
    ],
)
def test_bad_input_is_a_usage_error(
    run: Run, data_dir: Path, argv: tuple[str, ...], stdin: str, message: str
) -> None:
    code, _, err = run(*argv, "--role", "reviewer", "--password-stdin", stdin=stdin)
    assert code == EXIT_USAGE
    assert err.startswith("privacywacht: ") and message in err
    if stdin:
        assert stdin not in err
    if (data_dir / ACCOUNTS_FILE).exists():
        with Accounts.in_dir(data_dir) as accounts:
            assert accounts.list() == []


def test_the_password_is_never_an_argument(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):  # there is no option that takes one
        parser().parse_args(["users", "add", "anne", "--role", "reviewer", "--password", "x"])
    with pytest.raises(SystemExit):  # and stdin must be asked for explicitly
        parser().parse_args(["users", "add", "anne", "--role", "reviewer"])
    with pytest.raises(SystemExit):
        parser().parse_args(["users", "add", "anne", "--role", "admin", "--password-stdin"])
    capsys.readouterr()


def test_list_json_has_no_hashes(run: Run) -> None:
    run("add", "olga", "--role", "officer", "--password-stdin", stdin=PASSWORD)
    run("add", "anne", "--role", "reviewer", "--password-stdin", stdin=PASSWORD)
    code, out, _ = run("list", "--json")
    assert code == EXIT_OK
    rows = json.loads(out)
    assert [(r["name"], r["role"], r["disabled"]) for r in rows] == [
        ("anne", "reviewer", False),
        ("olga", "officer", False),
    ]
    assert all(set(r) == {"name", "role", "created_at", "disabled"} for r in rows)
    assert "scrypt" not in out and "hash" not in out


def test_list_without_a_database_creates_none(run: Run, data_dir: Path) -> None:
    assert run("list") == (EXIT_OK, "geen gebruikers\n", "")
    assert run("list", "--json")[1] == "[]\n"
    assert not (data_dir / ACCOUNTS_FILE).exists()
    code, _, err = run("disable", "anne")
    assert code == EXIT_USAGE and err == "privacywacht: geen gebruiker met de naam anne\n"
    assert not (data_dir / ACCOUNTS_FILE).exists()


def test_passwd_disable_enable_role(run: Run, data_dir: Path) -> None:
    run("add", "anne", "--role", "reviewer", "--password-stdin", stdin=PASSWORD)
    assert run("passwd", "anne", "--password-stdin", stdin=NEW_PASSWORD)[0] == EXIT_OK
    assert run("role", "anne", "officer")[0] == EXIT_OK
    assert run("disable", "anne")[0] == EXIT_OK
    code, out, _ = run("list")
    assert code == EXIT_OK and "anne" in out and "officer" in out and "uitgeschakeld" in out
    with Accounts.in_dir(data_dir) as accounts:
        assert accounts.verify("anne", NEW_PASSWORD) is None  # disabled
    assert run("enable", "anne")[0] == EXIT_OK
    with Accounts.in_dir(data_dir) as accounts:
        assert accounts.verify("anne", PASSWORD) is None
        assert accounts.verify("anne", NEW_PASSWORD) is not None
    code, _, err = run("passwd", "nobody", "--password-stdin", stdin=NEW_PASSWORD)
    assert code == EXIT_USAGE and err == "privacywacht: geen gebruiker met de naam nobody\n"


def test_data_dir_comes_from_the_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    configured = tmp_path / "configured"
    monkeypatch.setenv("PRIVACYWACHT_SERVICE_DATA_DIR", str(configured))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD))
    args = parser().parse_args(["users", "add", "anne", "--role", "reviewer", "--password-stdin"])
    assert args.handler(args) == EXIT_OK
    capsys.readouterr()
    assert (configured / ACCOUNTS_FILE).is_file()
    assert os.listdir(configured)
