"""``privacywacht users ...``: accounts of the review web UI (reviewers, privacy officer).

There is no sign-up page and no "first user" created on start: who may read customers'
(redacted) messages is decided by whoever runs the service, on the command line.

Why some choices:

* The password is read from stdin only (``--password-stdin``, the flag makes that explicit
  in scripts), never from argv: arguments show up in ``ps``, shell history and audit logs.
  From a terminal it is asked twice without echo; from a pipe the first line is used, so
  ``printf '%s\\n' "$PW" | privacywacht users add anne --role reviewer --password-stdin``.
* ``list`` and ``disable`` do not create ``accounts.db`` when there is none: a typo in
  ``--data-dir`` should read "no users", not leave an empty database somewhere.
* Errors are ``privacywacht: <reason>`` with exit status 2, like the rest of the CLI; they
  name users and roles, never a password or a hash.

The accounts module (sqlite-utils, aiohttp for the package) is imported inside the
commands: the parser is built for every ``privacywacht`` command.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli import EXIT_OK, EXIT_USAGE
from bot.cli_dutch import report
from bot.register_cli import resolve_data_dir
from bot.settings import load_settings

if TYPE_CHECKING:
    from bot.review.accounts import Accounts

    SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]

Handler = Callable[[argparse.Namespace], int]

ROLE_CHOICES = ("reviewer", "officer")


class PasswordInputError(ValueError):
    """No usable password on stdin; the message never contains what was read."""


# -- the parser ------------------------------------------------------------------------------


def add_parser(commands: SubParsers) -> None:
    """Add ``users`` and its subcommands to the ``privacywacht`` parser."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        help="de datamap van de dienst, met accounts.db (standaard [service] data_dir)",
    )
    password = argparse.ArgumentParser(add_help=False)
    password.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="lees het wachtwoord van stdin (op een terminal twee keer); nooit als argument",
    )

    users = commands.add_parser("users", help="accounts van de beoordelingsomgeving (/review)")
    sub = users.add_subparsers(
        dest="users_command", required=True, metavar="OPDRACHT", title="opdrachten"
    )

    add = sub.add_parser("add", parents=[common, password], help="maak een account")
    add.add_argument("name", metavar="NAME", help="inlognaam: a-z, 0-9, '.', '_', '-'")
    add.add_argument("--role", choices=ROLE_CHOICES, required=True, help="wat de gebruiker mag")
    add.set_defaults(handler=_guarded(cmd_add))

    passwd = sub.add_parser(
        "passwd",
        parents=[common, password],
        help="stel een nieuw wachtwoord in (beëindigt de sessies)",
    )
    passwd.add_argument("name", metavar="NAME")
    passwd.set_defaults(handler=_guarded(cmd_passwd))

    listing = sub.add_parser("list", parents=[common], help="alle accounts (nooit een hash)")
    listing.add_argument("--json", action="store_true", help="druk één JSON-lijst af")
    listing.set_defaults(handler=_guarded(cmd_list))

    disable = sub.add_parser(
        "disable", parents=[common], help="blokkeer het account en beëindig de sessies"
    )
    disable.add_argument("name", metavar="NAME")
    disable.set_defaults(handler=_guarded(cmd_disable))

    enable = sub.add_parser("enable", parents=[common], help="sta een geblokkeerd account weer toe")
    enable.add_argument("name", metavar="NAME")
    enable.set_defaults(handler=_guarded(cmd_enable))

    role = sub.add_parser("role", parents=[common], help="wijzig de rol van een account")
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", choices=ROLE_CHOICES)
    role.set_defaults(handler=_guarded(cmd_role))


def _guarded(handler: Handler) -> Handler:
    """Report refusals (unknown user, duplicate, weak password, unreadable database) as
    usage errors (exit 2) instead of internal ones."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from bot.review.passwords import PasswordPolicyError
        from bot.store.errors import StoreError

        try:
            return handler(args)
        except (StoreError, PasswordPolicyError, PasswordInputError) as error:
            report(error)
            return EXIT_USAGE
        except sqlite3.DatabaseError as error:
            report(f"accountdatabase: {error}")
            return EXIT_USAGE

    return run


# -- opening the accounts --------------------------------------------------------------------


def _data_dir(args: argparse.Namespace) -> Path:
    return resolve_data_dir(load_settings(args.config), args.data_dir)


@contextmanager
def opened_accounts(args: argparse.Namespace, *, create: bool) -> Iterator[Accounts | None]:
    """The accounts in the data dir; ``None`` when there is no file and ``create`` is False."""
    from bot.review.accounts import ACCOUNTS_FILE, Accounts

    data_dir = _data_dir(args)
    if not create and not (data_dir / ACCOUNTS_FILE).is_file():
        yield None
        return
    with Accounts.in_dir(data_dir) as accounts:
        yield accounts


def _require(accounts: Accounts | None, name: str) -> Accounts:
    """The accounts, if they hold ``name`` (checked before a password is asked for)."""
    from bot.review.accounts import UnknownUserError

    if accounts is None or accounts.get(name) is None:
        raise UnknownUserError(f"geen gebruiker met de naam {name}")
    return accounts


def read_password(*, confirm: bool) -> str:
    """The password from stdin: asked without echo on a terminal, else the first line.

    Only the line ending is removed; spaces are part of a password.
    """
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass("Wachtwoord: ")
        if confirm and getpass.getpass("Nogmaals: ") != first:
            raise PasswordInputError("de wachtwoorden zijn niet gelijk")
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    password = line.removesuffix("\n").removesuffix("\r")
    if not password:
        raise PasswordInputError("geen wachtwoord op stdin")
    return password


# -- the commands ----------------------------------------------------------------------------


def cmd_add(args: argparse.Namespace) -> int:
    """``users add``: a new account with a role and a password from stdin."""
    from bot.review.accounts import check_name
    from bot.review.passwords import check_password_policy

    check_name(args.name)  # before asking for a password
    password = read_password(confirm=True)
    check_password_policy(password)
    with opened_accounts(args, create=True) as accounts:
        assert accounts is not None
        user = accounts.add(args.name, args.role, password)
    print(f"gebruiker {user.name} toegevoegd ({user.role})")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    """``users passwd``: a new password; the user's open sessions end."""
    with opened_accounts(args, create=False) as accounts:
        _require(accounts, args.name).set_password(args.name, read_password(confirm=True))
    print(f"wachtwoord van {args.name} gewijzigd; open sessies zijn beëindigd")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    """``users list``: name, role, created, disabled — never a hash."""
    with opened_accounts(args, create=False) as accounts:
        users = [] if accounts is None else accounts.list()
    if args.json:
        rows = [
            {"name": u.name, "role": u.role, "created_at": u.created_at, "disabled": u.disabled}
            for u in users
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not users:
        print("geen gebruikers")
    else:
        width = max(len(u.name) for u in users)
        for u in users:
            state = "  uitgeschakeld" if u.disabled else ""
            print(f"{u.name.ljust(width)}  {u.role.ljust(8)}  {u.created_at}{state}")
    return EXIT_OK


def cmd_disable(args: argparse.Namespace) -> int:
    """``users disable``: no more logins; open sessions end now."""
    with opened_accounts(args, create=False) as accounts:
        _require(accounts, args.name).disable(args.name)
    print(f"gebruiker {args.name} uitgeschakeld; open sessies zijn beëindigd")
    return EXIT_OK


def cmd_enable(args: argparse.Namespace) -> int:
    """``users enable``: a disabled account may log in again."""
    with opened_accounts(args, create=False) as accounts:
        _require(accounts, args.name).enable(args.name)
    print(f"gebruiker {args.name} ingeschakeld")
    return EXIT_OK


def cmd_role(args: argparse.Namespace) -> int:
    """``users role``: another role, effective on the user's next request."""
    with opened_accounts(args, create=False) as accounts:
        user = _require(accounts, args.name).set_role(args.name, args.role)
    print(f"gebruiker {user.name} heeft nu de rol {user.role}")
    return EXIT_OK
