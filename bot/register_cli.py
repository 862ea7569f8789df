"""``privacywacht register ...``: the privacy officer's view of the register of privacy requests.

The service registers requests as they arrive; answering them is the officer's work, and
most of it happens outside this service (a letter, a phone call, a search in other systems).
These commands are the officer's side of the register: see what is open and what is due,
move a request along, extend its deadline once, and export the overview.

Why some choices:

* Nothing here creates a register or keys. Every request comes from the service, so a data
  dir without ``register.db`` simply has no requests; opening the register there would create
  an empty one and — without configured keys — a key file of fresh keys that the service,
  configured differently, would then not use (the officer would see "no requests" against
  the wrong keys). For the same reason a register without any reachable keys is an error,
  not a reason to make new ones.
* Contact details are decrypted only by ``show --contact``: the officer needs them to send
  the answer, and for nothing else. Lists, ``due`` and the CSV export carry ``has_email`` /
  ``has_phone`` only, so their output can be pasted into a ticket or a mail.
* Dates meant for people are Dutch (``28 februari 2026``), in UTC like the register itself
  (see :func:`bot.store.deadlines.format_dutch_date` on why that never promises a day too
  many); ``--json`` gives the stored ISO 8601 timestamps for scripts.
* Errors are the register's own messages (they name references and statuses, never a
  contact detail) as ``privacywacht: <reason>`` with exit status 2, like the rest of the CLI.

The register module (sqlite-utils, cryptography) is imported inside the commands: the parser
is built for every ``privacywacht`` command, and ``redact`` should not pay for it.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import functools
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.cli import EXIT_OK, EXIT_USAGE
from bot.cli_dutch import report
from bot.review.labels import channel_label, request_status_label, request_type_label
from bot.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from bot.register_config import RegisterConfig
    from bot.store.register import Register, RegisterEvent, RequestRecord

    SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]

Handler = Callable[[argparse.Namespace], int]

#: The shape of a reference; anything else is not echoed in an error (it may be an address
#: the officer pasted by mistake), as the register itself does.
REFERENCE_PATTERN = re.compile(r"AVG-\d{4}-\d{6}")
DEFAULT_DUE_DAYS = 7


# -- the parser ------------------------------------------------------------------------------


def add_parser(commands: SubParsers) -> None:
    """Add ``register`` and its subcommands to the ``privacywacht`` parser."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        help="de datamap van de dienst, met register.db (standaard [service] data_dir)",
    )
    actor = argparse.ArgumentParser(add_help=False)
    actor.add_argument(
        "--actor", metavar="NAME", help="naam in de geschiedenis van het verzoek (standaard: $USER)"
    )

    register = commands.add_parser(
        "register", help="het register van privacyverzoeken (voor de privacyfunctionaris)"
    )
    sub = register.add_subparsers(
        dest="register_command", required=True, metavar="OPDRACHT", title="opdrachten"
    )

    listing = sub.add_parser("list", parents=[common], help="alle verzoeken, oudste eerst")
    listing.add_argument("--status", metavar="STATUS", help="alleen verzoeken met deze status")
    listing.add_argument("--type", metavar="TYPE", help="alleen verzoeken van dit type")
    listing.add_argument("--json", action="store_true", help="druk één JSON-lijst af")
    listing.set_defaults(handler=_guarded(cmd_list))

    show = sub.add_parser("show", parents=[common], help="één verzoek met zijn geschiedenis")
    show.add_argument("reference", metavar="REF")
    show.add_argument("--json", action="store_true", help="druk één JSON-object af")
    show.add_argument(
        "--contact", action="store_true", help="ontsleutel en toon ook de contactgegevens"
    )
    show.set_defaults(handler=_guarded(cmd_show))

    advance = sub.add_parser(
        "advance", parents=[common, actor], help="zet een verzoek door naar een volgende status"
    )
    advance.add_argument("reference", metavar="REF")
    advance.add_argument(
        "status",
        metavar="STATUS",
        help="identity_pending, in_progress, completed, refused (met --note) of withdrawn",
    )
    advance.add_argument(
        "--note", metavar="TEXT", help="wat er gedaan is; bij refused: de motivering"
    )
    advance.set_defaults(handler=_guarded(cmd_advance))

    extend = sub.add_parser(
        "extend",
        parents=[common, actor],
        help="verleng de termijn met twee maanden (eenmaal, vóór hij verloopt; art. 12(3))",
    )
    extend.add_argument("reference", metavar="REF")
    extend.add_argument(
        "--reason",
        metavar="TEXT",
        required=True,
        help="waarom (de aanvrager moet het horen, met deze reden)",
    )
    extend.set_defaults(handler=_guarded(cmd_extend))

    due = sub.add_parser(
        "due",
        parents=[common],
        help="open verzoeken: te laat of bijna verlopen, te late eerst",
    )
    due.add_argument(
        "--days",
        type=_non_negative_int,
        metavar="N",
        default=DEFAULT_DUE_DAYS,
        help=f"verloopt binnen zoveel dagen (standaard {DEFAULT_DUE_DAYS})",
    )
    due.add_argument("--json", action="store_true", help="druk één JSON-lijst af")
    due.set_defaults(handler=_guarded(cmd_due))

    export = sub.add_parser(
        "export", parents=[common], help="het overzicht als CSV, zonder contactgegevens"
    )
    export.add_argument("--csv", action="store_true", required=True, help="CSV (het enige formaat)")
    export.add_argument(
        "--output",
        metavar="FILE",
        help="schrijf naar dit bestand (modus 0600), niet naar stdout",
    )
    export.set_defaults(handler=_guarded(cmd_export))

    reencrypt = sub.add_parser(
        "reencrypt",
        parents=[common],
        help="versleutel alle contactgegevens met de actieve sleutel (na een sleutelwissel)",
    )
    reencrypt.set_defaults(handler=_guarded(cmd_reencrypt))


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("geen geheel getal") from None
    if value < 0:
        raise argparse.ArgumentTypeError("moet 0 of meer zijn")
    return value


def _guarded(handler: Handler) -> Handler:
    """Report the register's errors as usage errors (exit 2) instead of internal ones.

    :func:`bot.cli.main` already does so for ``ValueError`` and ``SettingsError``; an unknown
    reference (a ``LookupError``), a refused transition or extension, a wrong key, a newer
    schema or a file that is not a database would otherwise read as a crash. Store errors and
    SQLite's messages name files, references, statuses and key ids, never contact details.
    """

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from bot.store.errors import StoreError

        try:
            return handler(args)
        except (StoreError, sqlite3.DatabaseError) as error:
            report(error)
            return EXIT_USAGE

    return run


# -- opening the register --------------------------------------------------------------------


def resolve_data_dir(settings: Settings, given: str | None) -> Path:
    """``--data-dir`` or ``[service] data_dir``, relative to the working directory.

    The same rule as :meth:`bot.service_config.ServiceConfig.from_settings`, so the officer
    reads the register the service writes; not that method itself, because it also checks
    mail, chat and webhook settings that have nothing to do with the register.
    """
    service = settings.raw.get("service", {})
    if not isinstance(service, Mapping):
        raise SettingsError("[service] must be a table")
    directory = Path(given if given is not None else service.get("data_dir", "var"))
    return directory if directory.is_absolute() else Path.cwd() / directory


@contextmanager
def opened_register(args: argparse.Namespace) -> Iterator[Register | None]:
    """The register in the data dir, or ``None`` when there is none yet (nothing is created)."""
    from bot.register_config import RegisterConfig, open_register
    from bot.store.register import REGISTER_FILE

    settings = load_settings(args.config)
    config = RegisterConfig.from_settings(settings)
    data_dir = resolve_data_dir(settings, args.data_dir)
    if not (data_dir / REGISTER_FILE).is_file():
        yield None
        return
    _require_keys(config, data_dir)
    with open_register(config, data_dir) as register:
        yield register


def _require_keys(config: RegisterConfig, data_dir: Path) -> None:
    """Refuse to open an existing register with keys made up on the spot.

    :meth:`RegisterConfig.resolve_keys` creates a key file when none is configured and the
    file is missing — right for the service's first start, wrong here: the register exists,
    so its keys exist somewhere (most likely in the service's environment).
    """
    configured = bool(config.hmac_key or config.keys or config.active_key)
    key_path = config.key_path(data_dir)
    if not configured and not key_path.exists():
        raise SettingsError(
            f"het register in {data_dir} bestaat, maar zijn sleutels zijn niet gevonden: er zijn "
            f"geen [register]-sleutels ingesteld en er is geen sleutelbestand {key_path}; geef de "
            "sleutels die de dienst gebruikt (PRIVACYWACHT_REGISTER_HMAC_KEY, "
            "PRIVACYWACHT_REGISTER_KEYS en PRIVACYWACHT_REGISTER_ACTIVE_KEY, of --config)"
        )


def _unknown_reference(reference: str) -> Exception:
    """The register's "no such request" error, for a data dir without a register."""
    from bot.store.register import UnknownRequestError

    if REFERENCE_PATTERN.fullmatch(reference):
        return UnknownRequestError(f"geen verzoek met nummer {reference}")
    return UnknownRequestError("geen verzoek met dat nummer")


def _check_choice(value: str | None, choices: Sequence[str], name: str) -> None:
    """Validate a filter before looking for the register, so a typo is never "no requests"."""
    from bot.store.register import RegisterValueError

    if value is not None and value not in choices:
        article = "onbekend" if name == "type" else "onbekende"  # het type, de status
        raise RegisterValueError(f"{article} {name} {value!r}; kies uit: {', '.join(choices)}")


def _actor(args: argparse.Namespace) -> str:
    """``--actor``, else the login name: the history must say who did it."""
    return args.actor or os.environ.get("USER") or "cli"


# -- the commands ----------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    """``register list``: every request (optionally one status/type), never contact details."""
    from bot.store.register import REQUEST_STATUSES, REQUEST_TYPES

    _check_choice(args.status, REQUEST_STATUSES, "status")
    _check_choice(args.type, REQUEST_TYPES, "type")
    with opened_register(args) as register:
        records = [] if register is None else register.list(status=args.status, type=args.type)
    _print_records(records, args.json, empty="geen verzoeken")
    return EXIT_OK


def cmd_due(args: argparse.Namespace) -> int:
    """``register due``: open requests past their deadline or due within ``--days``."""
    with opened_register(args) as register:
        records = [] if register is None else register.due(within_days=args.days)
    _print_records(
        records, args.json, empty=f"geen verzoeken die binnen {args.days} dagen verlopen"
    )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """``register show``: one request, its history, and with ``--contact`` its contact details."""
    with opened_register(args) as register:
        if register is None:
            raise _unknown_reference(args.reference)
        record = register.get(args.reference)
        if record is None:
            raise _unknown_reference(args.reference)
        history = register.history(args.reference)
        contact = register.contact(args.reference) if args.contact else None
    today = _today()
    if args.json:
        document: dict[str, Any] = {
            "request": record_json(record, today),
            "history": [dataclasses.asdict(event) for event in history],
        }
        if contact is not None:
            document["contact"] = {"email": contact[0], "phone": contact[1]}
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print(format_record(record, history, contact, today))
    return EXIT_OK


def cmd_advance(args: argparse.Namespace) -> int:
    """``register advance``: one step along the status machine; ``refused`` needs ``--note``."""
    actor = _actor(args)
    with opened_register(args) as register:
        if register is None:
            raise _unknown_reference(args.reference)
        if args.status == "refused":
            if not (args.note or "").strip():
                from bot.store.register import MissingReasonError

                raise MissingReasonError(
                    "een weigering vraagt om een motivering: geef die met --note"
                    " (de aanvrager moet horen waarom, art. 12(4))"
                )
            record = register.refuse(args.reference, actor, args.note)
        else:
            record = register.advance(args.reference, args.status, actor, note=args.note)
    line = f"{record.reference}: status {_status(record.status)}"
    if record.closed_at:
        line += f", gesloten op {_dutch(record.closed_at)}"
    print(line)
    return EXIT_OK


def cmd_extend(args: argparse.Namespace) -> int:
    """``register extend``: the one art. 12(3) extension; prints the new deadline."""
    with opened_register(args) as register:
        if register is None:
            raise _unknown_reference(args.reference)
        record = register.extend(args.reference, _actor(args), args.reason)
    print(
        f"{record.reference}: termijn verlengd tot {_dutch(record.deadline)}"
        f" (was {_dutch(record.due_at)}); vertel de aanvrager dit, met de reden"
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """``register export --csv``: the overview of :data:`CSV_COLUMNS`, to stdout or a file."""
    with opened_register(args) as register:
        if args.output is None:
            count = _export(register, sys.stdout)
        else:
            count = _export(register, args.output)
            print(f"{count} verzoeken geëxporteerd naar {args.output}")
    return EXIT_OK


def cmd_reencrypt(args: argparse.Namespace) -> int:
    """``register reencrypt``: after adding a key and making it active, move the rows over;
    the old key may leave the configuration once this reports zero rows left on it."""
    with opened_register(args) as register:
        if register is None:
            print("geen verzoeken")
            return EXIT_OK
        moved = register.reencrypt()
        in_use = register.key_ids_in_use()
    print(f"{moved} verzoeken opnieuw versleuteld; sleutels in gebruik: {in_use}")
    return EXIT_OK


def _export(register: Register | None, target: Any) -> int:
    """Export through the register; without one, just the header (a spreadsheet still opens)."""
    from bot.store.db import DB_FILE_MODE
    from bot.store.register import CSV_COLUMNS

    if register is not None:
        return register.export_csv(target)
    if isinstance(target, str):
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, DB_FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\r\n").writerow(CSV_COLUMNS)
    else:
        csv.writer(target, lineterminator="\r\n").writerow(CSV_COLUMNS)
    return 0


# -- output ----------------------------------------------------------------------------------


def _today() -> date:
    """Today in UTC: the register's timestamps are UTC, so days left count UTC dates."""
    return datetime.now(UTC).date()


def _dutch(timestamp: str) -> str:
    from bot.store.deadlines import format_dutch_date

    return format_dutch_date(timestamp)


def days_left(record: RequestRecord, today: date) -> int | None:
    """Whole days until the deadline that applies (negative: overdue); None once closed."""
    if not record.is_open:
        return None
    return (datetime.fromisoformat(record.deadline).date() - today).days


def describe_days(days: int | None) -> str:
    """Days left as the officer reads them at a glance."""
    if days is None:
        return "gesloten"
    if days == 0:
        return "vandaag"
    if days > 0:
        return f"nog {days} {'dag' if days == 1 else 'dagen'}"
    return f"{-days} {'dag' if days == -1 else 'dagen'} te laat"


def record_json(record: RequestRecord, today: date) -> dict[str, Any]:
    """The record as stored (ISO 8601 UTC) plus the deadline that applies and days left.

    The record holds no contact details, only ``has_email`` / ``has_phone``.
    """
    document = dataclasses.asdict(record)
    document["deadline"] = record.deadline
    document["days_left"] = days_left(record, today)
    return document


def _print_records(records: Sequence[RequestRecord], as_json: bool, empty: str) -> None:
    today = _today()
    if as_json:
        print(json.dumps([record_json(r, today) for r in records], ensure_ascii=False, indent=2))
    elif not records:
        print(empty)
    else:
        print(format_table(records, today))


def _status(status: str) -> str:
    """A status as a reader says it, with the code ``advance`` and ``--status`` take."""
    return f"{request_status_label(status)} ({status})"


def format_table(records: Sequence[RequestRecord], today: date) -> str:
    """One line per request: reference, type, status, channel, dates in Dutch, days left."""
    header = ("referentie", "type", "status", "kanaal", "ontvangen", "termijn", "dagen")
    rows = [
        (
            r.reference,
            request_type_label(r.type),
            _status(r.status),
            channel_label(r.channel),
            _dutch(r.received_at),
            _dutch(r.deadline) + (" (verlengd)" if r.extended_until else ""),
            describe_days(days_left(r, today)),
        )
        for r in records
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in [header, *rows]
    ]
    return "\n".join(line.rstrip() for line in lines)


def format_record(
    record: RequestRecord,
    history: Sequence[RegisterEvent],
    contact: tuple[str | None, str | None] | None,
    today: date,
) -> str:
    """The request and its history; contact details only when they were asked for."""
    yes_no = {True: "ja", False: "nee"}
    deadline = f"{_dutch(record.deadline)} ({describe_days(days_left(record, today))})"
    fields: list[tuple[str, str]] = [
        ("type", request_type_label(record.type)),
        ("status", _status(record.status)),
        ("kanaal", channel_label(record.channel)),
        ("ontvangen", _dutch(record.received_at)),
        ("termijn", deadline),
    ]
    if record.extended_until:
        fields += [
            ("oorspronkelijke termijn", _dutch(record.due_at)),
            ("verlengd op", _dutch(record.extended_at or record.extended_until)),
            ("reden verlenging", record.extension_reason or ""),
        ]
    if record.closed_at:
        fields.append(("gesloten", _dutch(record.closed_at)))
    if record.refusal_motivation:
        fields.append(("motivering weigering", record.refusal_motivation))
    fields.append(("namens een ander", yes_no[record.on_behalf_of]))
    if contact is None:
        fields += [("e-mail", yes_no[record.has_email]), ("telefoon", yes_no[record.has_phone])]
    else:
        fields += [("e-mail", contact[0] or "-"), ("telefoon", contact[1] or "-")]
    if record.conversation_id:
        fields.append(("gesprek", record.conversation_id))
    if record.message_id:
        fields.append(("bericht", record.message_id))

    width = max(len(label) for label, _ in fields) + 1
    lines = [record.reference]
    lines += [f"  {(label + ':').ljust(width)} {value}" for label, value in fields]
    lines.append("geschiedenis:")
    for event in history:
        moment = datetime.fromisoformat(event.at)
        line = f"  {_dutch(event.at)} {moment:%H:%M} UTC  {event.actor}  {event.kind}"
        if event.from_status is not None and event.from_status != event.to_status:
            line += f" {event.from_status} -> {event.to_status}"
        lines.append(line + (f": {event.note}" if event.note else ""))
    return "\n".join(lines)
