"""The command line speaks Dutch: its help, argparse's own words, and the errors it prints."""

from __future__ import annotations

import io
import re
import subprocess
import sys

import pytest

from bot.cli import _subparsers, announce, build_parser
from bot.cli_dutch import dutch_error

# English words that must not appear in a help text of ours (option names and codes aside)
ENGLISH = re.compile(
    r"\b(?:the|and|default|print|only|with|this|what|show|message|exit|usage|options|"
    r"arguments|required|run|read|write|delete|requests?|accounts? of)\b"
)
CODES = re.compile(r"\[[a-z_.]+\]|--[a-z-]+|\b[a-z]+_[a-z_]+\b|\$USER|\{[^}]*\}|'[^']*'")


def _all_parsers():
    parser = build_parser()
    return [parser, *_subparsers(parser)]


def test_every_help_text_is_dutch():
    for parser in _all_parsers():
        texts = [parser.description or ""] + [a.help or "" for a in parser._actions]
        for text in texts:
            words = CODES.sub(" ", text)
            assert not ENGLISH.search(words), (parser.prog, text)


@pytest.mark.parametrize("argv", [[], ["serve"], ["register", "list"], ["users", "add"]])
def test_help_pages_use_dutch_headings(argv: list[str], capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args([*argv, "--help"])
    assert done.value.code == 0
    page = capsys.readouterr().out
    assert page.startswith("gebruik: privacywacht")
    assert "opties:" in page and "toon deze hulp en stop" in page
    assert "usage:" not in page and "options:" not in page and "show this help" not in page


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["serve", "--poort", "8080"], "fout: onbekende argumenten: --poort 8080"),
        (["bestaat-niet"], "fout: argument OPDRACHT: ongeldige keuze: 'bestaat-niet'"),
        (["serve", "--port", "acht"], "fout: argument --port: geen geheel getal: 'acht'"),
        (["register", "show"], "fout: deze argumenten ontbreken: REF"),
        (["register", "due", "--days", "-1"], "argument --days: moet 0 of meer zijn"),
    ],
)
def test_argparse_errors_are_dutch(argv, expected, capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as done:
        build_parser().parse_args(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("gebruik: privacywacht")
    assert expected in err, err


def test_a_short_password_is_refused_in_dutch(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "bot", "users", "add", "anne", "--role", "reviewer",
         "--password-stdin", "--data-dir", str(tmp_path)],
        input=b"kort\n", capture_output=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    err = done.stderr.decode()
    assert re.fullmatch(r"privacywacht: het wachtwoord moet minstens \d+ tekens lang zijn\n", err)
    assert "kort" not in err  # never the password itself


def test_a_bad_config_value_is_reported_in_dutch(tmp_path):
    config = tmp_path / "fout.toml"
    config.write_text('[limits]\nmax_message_chars = "veel"\n')
    done = subprocess.run(
        [sys.executable, "-m", "bot", "redact", "--config", str(config)],
        input=b"hallo", capture_output=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.decode() == (
        "privacywacht: [limits] max_message_chars moet een geheel getal zijn\n"
    )


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        ("config file not found: /x.toml", "configuratiebestand niet gevonden: /x.toml"),
        ("[service] port must be a whole number", "[service] port moet een geheel getal zijn"),
        ("[mail] unknown keys: imap_hots", "[mail] onbekende sleutels: imap_hots"),
        ("[api] tokens must be a list of non-empty strings",
         "[api] tokens moet een lijst van niet-lege teksten zijn"),
        ("[chat] handover = 'smtp' needs [mail] forward_to",
         "[chat] handover = 'smtp' vraagt om [mail] forward_to"),
        ("could not extend AVG-2026-000001", "could not extend AVG-2026-000001"),  # unknown
        ("message has 12 characters; the limit is 5",
         "het bericht heeft 12 tekens; de limiet is 5"),
        ("line 4: unknown purpose 'x' (known: default)",
         "regel 4: onbekend doel 'x' (bekend: default)"),
        ("password must be at least 12 characters long",
         "het wachtwoord moet minstens 12 tekens lang zijn"),
        ("no user named anne", "geen gebruiker met de naam anne"),
        ("no request with reference AVG-2026-000007", "geen verzoek met nummer AVG-2026-000007"),
    ],
)  # fmt: skip
def test_errors_from_outside_the_cli_are_shown_in_dutch(english: str, dutch: str):
    assert dutch_error(ValueError(english)) == dutch


def test_serve_announces_where_it_listens():
    out = io.StringIO()
    announce("======== Running on http://127.0.0.1:8123 ========\n(Press CTRL+C to quit)",
             "127.0.0.1", 0, out)  # fmt: skip
    assert out.getvalue() == "privacywacht luistert op http://127.0.0.1:8123 (stoppen: Ctrl+C)\n"


def test_serve_announces_the_configured_address_when_aiohttp_names_none():
    out = io.StringIO()
    announce("", "0.0.0.0", 8080, out)
    assert out.getvalue().startswith("privacywacht luistert op http://0.0.0.0:8080 ")
