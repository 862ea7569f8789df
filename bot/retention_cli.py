"""``privacywacht purge``: delete what has passed its retention term, now, from the command line.

The service purges by itself every ``[retention] interval_hours``; this command is for a
data dir without a running service, for a purge right after shortening a term, and — with
``--dry-run`` — for seeing what the terms mean before they act. It runs whatever
``[retention] enabled`` says: that setting is about the service's own schedule.

Why some choices:

* The data dir is found as ``privacywacht register`` finds it
  (:func:`bot.register_cli.resolve_data_dir`), so both read what the service writes.
* Nothing is created. A data dir without ``privacywacht.db`` has no messages to purge, and
  one without ``register.db`` no register: that part is skipped, no empty database and no
  key file of fresh keys appear (see :mod:`bot.register_cli` on why fresh keys would be wrong).
* The register is opened with the configured keys (``open_register``): the register checks
  its HMAC key on opening, so a purge with the wrong configuration fails rather than
  touching a register it cannot read.
* ``--dry-run`` counts over a read-only connection to the message store; the register is
  opened (which applies its pending migrations, as the service's next start would) but no
  request is deleted.
* Counts only, in Dutch; ``--json`` for scripts. Errors as ``privacywacht: <reason>`` with
  exit status 2, like the other commands.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from bot.cli import EXIT_OK, EXIT_USAGE
from bot.cli_dutch import report as say_error
from bot.settings import load_settings

if TYPE_CHECKING:
    from bot.retention import PurgeReport

    SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]

#: The report's counts as the command prints them, in this order.
LABELS: tuple[tuple[str, str], ...] = (
    ("conversations", "gesprekken"),
    ("messages", "berichten"),
    ("messages_emptied", "berichten geleegd (tekst gewist, regel blijft voor de audit)"),
    ("findings", "auditregels (bevindingen)"),
    ("deliveries", "afleveringen (dubbele-webhookcontrole)"),
    ("requests", "afgesloten verzoeken in het register"),
)


def add_parser(commands: SubParsers) -> None:
    """Add ``purge`` to the ``privacywacht`` parser."""
    purge = commands.add_parser(
        "purge", help="wis wat zijn bewaartermijn voorbij is (instellingen in [retention])"
    )
    purge.add_argument(
        "--data-dir",
        metavar="DIR",
        help="de datamap van de dienst (standaard [service] data_dir)",
    )
    purge.add_argument(
        "--dry-run", action="store_true", help="tel alleen wat gewist zou worden; wis niets"
    )
    purge.add_argument("--json", action="store_true", help="druk één JSON-object af")
    purge.set_defaults(handler=cmd_purge)


def cmd_purge(args: argparse.Namespace) -> int:
    """Purge the message store and the register of the data dir; print the counts."""
    from bot.register_cli import opened_register, resolve_data_dir
    from bot.retention import RetentionConfig, purge
    from bot.store.errors import StoreError

    settings = load_settings(args.config)
    config = RetentionConfig.from_settings(settings)
    data_dir = resolve_data_dir(settings, args.data_dir)
    try:
        with opened_register(args) as register:
            report = purge(
                data_dir, config, datetime.now(UTC), register=register, dry_run=args.dry_run
            )
    except (StoreError, sqlite3.Error) as error:
        # Store errors and SQLite's messages name files, tables and references, never content.
        say_error(error)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report))
    return EXIT_OK


def format_report(report: PurgeReport) -> str:
    """The counts per table, one line each, in Dutch."""
    counts = report.as_dict()
    width = max(len(label) for _, label in LABELS) + 1
    heading = (
        "proefdraai: dit zou verwijderd worden (er is niets verwijderd)"
        if report.dry_run
        else "verwijderd na de bewaartermijn:"
    )
    lines = [heading]
    for key, label in LABELS:
        value = counts[key]
        shown = "overgeslagen (geen register)" if value is None else str(value)
        lines.append(f"  {(label + ':').ljust(width)} {shown}")
    if not report.wal_truncated:
        lines.append(
            "let op: het WAL-bestand kon niet worden geleegd (een andere verbinding las nog);"
            " de volgende keer opnieuw"
        )
    return "\n".join(lines)
