"""The command line speaks Dutch: argparse's own words, and errors raised outside the CLI.

Why a module of its own: privacywacht's users are Dutch support teams, and the CLI answered
"gebruiker anne toegevoegd" one moment and "password must be at least 12 characters long" the
next (issue 17). Two kinds of text are not written by the CLI modules themselves:

* argparse's ("usage:", "options", "the following arguments are required: ..."), which come
  from its gettext catalog. Installing a catalog would change every argparse user in the
  process (pytest's too); :class:`DutchArgumentParser` instead sets its own titles and
  translates its own error messages, for privacywacht's parsers only.
* errors from the configuration, the pipelines, the store and the review accounts, which are
  English because logs, JSON answers and other callers share them. :func:`dutch_error` turns
  the known shapes into Dutch where the CLI prints them; an unknown one is shown as it is.

None of these texts contains message text: they carry what the English originals carried
(file names, line numbers, keys, sizes, user names, references).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]


def _rules(table: Sequence[tuple[str, str | Callable[[re.Match[str]], str]]]) -> list[Rule]:
    return [(re.compile(pattern, re.DOTALL), replacement) for pattern, replacement in table]


def _apply(rules: list[Rule], text: str) -> str:
    for pattern, replacement in rules:
        match = pattern.fullmatch(text)
        if match:
            return replacement(match) if callable(replacement) else match.expand(replacement)
    return text


# -- argparse --------------------------------------------------------------------------------

_ARGPARSE_RULES = _rules(
    [
        (r"the following arguments are required: (.*)", r"deze argumenten ontbreken: \1"),
        (r"unrecognized arguments: (.*)", r"onbekende argumenten: \1"),
        (r"argument (.*?): (.*)", lambda m: f"argument {m[1]}: {_argument_error(m[2])}"),
        (r"one of the arguments (.*) is required", r"een van de argumenten \1 is verplicht"),
        (r"ambiguous option: (.*) could match (.*)", r"dubbelzinnige optie: \1 kan \2 zijn"),
    ]
)
_ARGUMENT_RULES = _rules(
    [
        (r"invalid choice: (.*) \(choose from (.*)\)", r"ongeldige keuze: \1 (kies uit \2)"),
        (r"invalid int value: (.*)", r"geen geheel getal: \1"),
        (r"invalid float value: (.*)", r"geen getal: \1"),
        (r"invalid (.*) value: (.*)", r"ongeldige waarde: \2"),
        (r"expected one argument", r"verwacht één waarde"),
        (r"expected at most one argument", r"verwacht hoogstens één waarde"),
        (r"expected at least one argument", r"verwacht minstens één waarde"),
        (r"expected (\d+) arguments?", r"verwacht \1 waarden"),
        (r"not allowed with argument (.*)", r"niet samen met argument \1"),
        (r"ignored explicit argument (.*)", r"genegeerd: \1"),
    ]
)


def _argument_error(message: str) -> str:
    return _apply(_ARGUMENT_RULES, message)


def argparse_message(message: str) -> str:
    """argparse's English error message in Dutch (unknown shapes unchanged)."""
    return _apply(_ARGPARSE_RULES, message)


class DutchHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout with a Dutch "usage:"."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


class DutchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own words are Dutch; subparsers inherit the class."""

    def __init__(self, *args, add_help: bool = True, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        if add_help:
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS,
                help="toon deze hulp en stop",
            )  # fmt: skip

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {argparse_message(message)}\n")


# -- errors from outside the CLI -------------------------------------------------------------

_MUST = {
    "a whole number": "een geheel getal zijn",
    "a whole number, 1 or more": "een geheel getal van 1 of meer zijn",
    "positive": "positief zijn",
    "a number": "een getal zijn",
    "a positive number": "een positief getal zijn",
    "true or false": "true of false zijn",
    "a string": "tekst zijn",
    "a table": "een tabel zijn",
    "a table of provider tables": "een tabel met een tabel per systeem zijn",
    "a list of strings": "een lijst van teksten zijn",
    "a list of non-empty strings": "een lijst van niet-lege teksten zijn",
}

_ERROR_RULES = _rules(
    [
        # configuration (bot.settings and the tables' readers)
        (r"config file not found: (.*)", r"configuratiebestand niet gevonden: \1"),
        (
            r"config file (.*) is not valid TOML: (.*)",
            r"configuratiebestand \1 is geen geldige "
            r"TOML: \2",
        ),
        (r"(\[[\w.]+\]) unknown keys: (.*)", r"\1 onbekende sleutels: \2"),
        (r"(\[[\w.]+\]) (?:(\w+) )?must be (.*)", lambda m: _must(m[1], m[2], m[3])),
        (r"(\[[\w.]+\]) (.+?) needs (.*)", r"\1 \2 vraagt om \3"),
        # the pipelines
        (
            r"message has (\d+) characters; the limit is (\d+)",
            r"het bericht heeft \1 tekens; de limiet is \2",
        ),
        (r"unknown purpose (.*) \(known: (.*)\)", r"onbekend doel \1 (bekend: \2)"),
        (
            r"spaCy model not found at (.*?); .*",
            r"spaCy-model niet gevonden: \1; privacywacht laadt een model alleen van schijf en "
            r'downloadt er nooit een (zet [nlp] model = "blank" om zonder model te werken)',
        ),
        # the review accounts
        (
            r"password must be at least (\d+) characters long",
            r"het wachtwoord moet minstens \1 tekens lang zijn",
        ),
        (
            r"password must be at most (\d+) characters",
            r"het wachtwoord mag hoogstens \1 tekens lang zijn",
        ),
        (r"no user named (.*)", r"geen gebruiker met de naam \1"),
        (r"a user named (.*) already exists", r"er is al een gebruiker met de naam \1"),
        (r"unknown role; expected one of: (.*)", r"onbekende rol; kies uit: \1"),
        (
            r"a user name is 1-64 characters: .*",
            "een gebruikersnaam heeft 1-64 tekens: kleine letters, cijfers, '.', '_' of '-', "
            "en begint met een letter of cijfer",
        ),
        # the register
        (r"no request with reference (.*)", r"geen verzoek met nummer \1"),
        (r"no request with that reference", r"geen verzoek met dat nummer"),
        (
            r"unknown (status|type) (.*); expected one of: (.*)",
            lambda m: f"onbekend{'e' if m[1] == 'status' else ''} {m[1]} {m[2]}; kies uit: {m[3]}",
        ),
        (
            r"request (\S+) cannot go from (\S+) to (\S+) \(from \S+ only to: (.*)\)",
            r"verzoek \1 kan niet van \2 naar \3 (van \2 alleen naar: \4)",
        ),
        (
            r"request (\S+) is (\S+), a final status: it cannot move to (\S+)",
            r"verzoek \1 is \2, een eindstatus: het kan niet meer naar \3",
        ),
        (
            r"refusing request (\S+) needs a motivation",
            r"een weigering van verzoek \1 vraagt om een motivering (--note)",
        ),
        (
            r"extending request (\S+) needs a reason",
            r"verlengen van verzoek \1 vraagt om een reden",
        ),
    ]
)


def _must(table: str, key: str | None, what: str) -> str:
    dutch = _MUST.get(what)
    if dutch is None:
        one_of = re.fullmatch(r"one of (.*)", what)
        if not one_of:
            return f"{table} {key + ' ' if key else ''}must be {what}"
        dutch = f"een van {one_of[1]} zijn"
    return f"{table} {key + ' ' if key else ''}moet {dutch}"


def dutch_error(error: BaseException | str) -> str:
    """The error's message in Dutch where its shape is known, else unchanged.

    A message may start with where it happened (``regel 3: ``, ``line 3: ``); that part is
    kept and the rest translated.
    """
    text = str(error)
    where = re.match(r"(?:regel|line) (\d+): ", text)
    if where:
        return f"regel {where[1]}: {_apply(_ERROR_RULES, text[where.end() :])}"
    return _apply(_ERROR_RULES, text)


def report(error: BaseException | str) -> None:
    """``privacywacht: <reason>`` on stderr, in Dutch (the CLI's one error format)."""
    print(f"privacywacht: {dutch_error(error)}", file=sys.stderr)
