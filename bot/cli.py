"""The ``privacywacht`` command line: ``redact``, ``eval`` and ``serve`` (the HTTP service).

Bad input never produces a traceback with message text in it: every error names the input line
(or byte offset) and the reason, one bad JSONL line does not stop the others, and the exit status
says whether anything failed.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import select
import sys
import time
from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING, Any

from bot.cli_dutch import DutchArgumentParser, dutch_error, report
from bot.settings import NO_MODEL, PROJECT_ROOT, SettingsError, load_settings
from pipelines.shipped import resolve_data_path

if TYPE_CHECKING:
    from pipelines.redaction import RedactionResult, Redactor

# The pipelines (spaCy, Presidio) are imported inside the commands that use them: `serve` runs
# them in worker processes only, and its main process would otherwise carry ~60 MB for nothing.

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
#: ``redact --jsonl`` redacts up to this many lines (and bytes) together: their texts go
#: through the spaCy model as one batch, which is about a third faster than one at a time
JSONL_BATCH_LINES = 32
JSONL_BATCH_BYTES = 256 * 1024


class InputError(ValueError):
    """Input that cannot be redacted; the message names where and why, never the content."""


def build_redactor(config_file: str | None) -> Redactor:
    from pipelines.redaction import Redactor

    settings = load_settings(config_file)
    return Redactor.from_config(
        model=settings.model,
        recognizer_config=settings.recognizers,
        policy_file=settings.policy_file,
        max_chars=settings.max_message_chars,
        project_root=PROJECT_ROOT,
        company=settings.company,
    )


def decode_text(data: bytes, where: str) -> str:
    """Strict UTF-8 text, or an :class:`InputError` naming the offending byte offset."""
    if b"\x00" in data:
        raise InputError(f"{where}: de invoer lijkt binair (bevat NUL-bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{where}: geen geldige UTF-8 bij byte {error.start}") from None


def result_json(doc_id: Any, result: RedactionResult) -> str:
    """One output line of the ``redact --jsonl`` contract (ARCHITECTURE.md)."""
    return json.dumps(
        {
            "id": doc_id,
            "text": result.text,
            "entities": result.entities(),
            "request": dict(result.request) if result.request else None,
        },
        ensure_ascii=False,
    )


def parse_line(raw: bytes, number: int) -> dict[str, Any]:
    """A JSONL input line as ``{"id", "text", "purpose"?, "conversation_id"?}``."""
    where = f"regel {number}"
    try:
        doc = json.loads(decode_text(raw, where))
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: geen geldige JSON (kolom {error.colno})") from None
    if not isinstance(doc, dict):
        raise InputError(f"{where}: verwacht een JSON-object met 'id' en 'text'")
    if "id" not in doc:
        raise InputError(f"{where}: 'id' ontbreekt")
    if not isinstance(doc.get("text"), str):
        raise InputError(f"{where}: 'text' moet een tekst (string) zijn")
    purpose = doc.get("purpose")
    if purpose is not None and not isinstance(purpose, str):
        raise InputError(f"{where}: 'purpose' moet een tekst (string) zijn")
    return doc


class Progress:
    """A one-line counter on stderr for long batches, shown only on a terminal."""

    def __init__(self, stream: IO[str], every: int = 50) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.every = every
        self.count = 0
        self.started = time.perf_counter()

    def tick(self) -> None:
        self.count += 1
        if self.enabled and self.count % self.every == 0:
            rate = self.count / max(time.perf_counter() - self.started, 1e-9)
            self.stream.write(f"\r{self.count} berichten verwerkt ({rate:.0f}/s)")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.count >= self.every:
            self.stream.write("\n")
            self.stream.flush()


def _lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, raw in enumerate(stream, 1):
        if raw.strip():
            yield number, raw


def _more_waiting(stream: IO[bytes]) -> Callable[[], bool]:
    """Whether more input can be read from ``stream`` without waiting for its writer.

    A file or an in-memory stream always has more (or its end); a pipe or a terminal has
    more when ``select`` says so. Lines already in the reader's buffer may be missed, which
    only makes a batch smaller."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation: in memory
        return lambda: True

    def waiting() -> bool:
        try:
            return bool(select.select([fd], [], [], 0)[0])
        except (OSError, ValueError):
            return True

    return waiting


def _batches(
    stream: IO[bytes], lines: int = JSONL_BATCH_LINES, size: int = JSONL_BATCH_BYTES
) -> Iterator[list[tuple[int, bytes]]]:
    """The non-empty input lines with their numbers, in consecutive batches of at most
    ``lines`` lines and about ``size`` bytes. A batch also ends where the next line is not
    there yet, so that a writer that waits for each answer is not kept waiting."""
    more_waiting = _more_waiting(stream)
    batch: list[tuple[int, bytes]] = []
    taken = 0
    for number, raw in _lines(stream):
        batch.append((number, raw))
        taken += len(raw)
        if len(batch) >= lines or taken >= size or not more_waiting():
            yield batch
            batch, taken = [], 0
    if batch:
        yield batch


def redact_jsonl(
    redactor: Redactor, source: IO[bytes], out: IO[str], err: IO[str], purpose: str | None
) -> int:
    """Redact each JSONL line; bad lines are reported on ``err`` and skipped.

    Lines are read and redacted in batches (:meth:`Redactor.redact_batch`); the output, the
    errors and the messages of each conversation stay in input order."""
    from pipelines.conversation import Conversation

    failures = 0
    conversations: dict[Any, Conversation] = {}
    progress = Progress(err)
    for batch in _batches(source):
        parsed: list[tuple[int, dict[str, Any] | None, Exception | None]] = []
        jobs: list[tuple[str, str | None, Conversation | None]] = []
        for number, raw in batch:
            try:
                doc = parse_line(raw, number)
            except InputError as error:
                parsed.append((number, None, error))
                continue
            conversation_id = doc.get("conversation_id")
            conversation = (
                conversations.setdefault(conversation_id, Conversation())
                if conversation_id is not None
                else None
            )
            parsed.append((number, doc, None))
            jobs.append((doc["text"], doc.get("purpose") or purpose, conversation))
        results = redactor.redact_batch(jobs)
        for number, doc, error in parsed:
            if doc is not None:
                result = next(results)
                if isinstance(result, Exception):
                    error = result
            if error is not None:
                failures += 1
                message = dutch_error(error)
                if not message.startswith("regel "):
                    message = f"regel {number}: {message}"
                err.write(f"privacywacht: {message}\n")
                continue
            out.write(result_json(doc["id"], result) + "\n")
            progress.tick()
    progress.close()
    return EXIT_SOME_FAILED if failures else EXIT_OK


def redact_plain(redactor: Redactor, source: IO[bytes], out: IO[str], purpose: str | None) -> int:
    """Redact all of standard input as one message."""
    text = decode_text(source.read(), "stdin")
    if not text.strip():
        raise InputError(
            "stdin: geen invoer (stuur een bericht via een pipe naar `privacywacht redact`)"
        )
    out.write(redactor.redact(text, purpose).text)
    out.flush()
    return EXIT_OK


def cmd_redact(args: argparse.Namespace) -> int:
    redactor = build_redactor(args.config)
    source = sys.stdin.buffer
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", write_through=True)
    if args.jsonl:
        return redact_jsonl(redactor, source, out, sys.stderr, args.purpose)
    return redact_plain(redactor, source, out, args.purpose)


def predict(redactor: Redactor, gold: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The redactor's output for every gold document, in the ``redact --jsonl`` shape."""
    preds: dict[str, dict[str, Any]] = {}
    for doc_id, doc in gold.items():
        result = redactor.redact(doc["text"], doc.get("purpose"))
        preds[doc_id] = json.loads(result_json(doc_id, result))
    return preds


def cmd_eval(args: argparse.Namespace) -> int:
    from pipelines.evaluate import format_report, read_jsonl, score

    gold = read_jsonl(args.gold)
    preds = read_jsonl(args.pred) if args.pred else predict(build_redactor(args.config), gold)
    types = args.types.split(",") if args.types else None
    result = score(gold, preds, types)
    print(json.dumps(result, ensure_ascii=False) if args.json else format_report(result))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the service until SIGINT/SIGTERM; messages in flight finish before it stops."""
    settings = load_settings(args.config)
    if settings.model not in NO_MODEL:  # fail here, not as a broken worker pool later
        model = resolve_data_path(settings.model, PROJECT_ROOT)
        if not (model / "meta.json").exists():
            raise SettingsError(
                f"spaCy-model niet gevonden: {settings.model!r}; privacywacht laadt een model "
                'alleen van schijf en downloadt er nooit een (zet [nlp] model = "blank" om '
                "zonder model te werken)"
            )
    from bot.engine import EngineSettings, prestart

    # the redaction workers' fork server loads the model now, while the web application is
    # imported and its store opened (the same values as app.engine_ctx gives the engine)
    prestart(
        EngineSettings(
            model=settings.model,
            policy_file=settings.policy_file,
            max_chars=settings.max_message_chars,
            recognizers=dict(settings.recognizers),
            company=dict(settings.company),
        )
    )
    from aiohttp import web

    from bot.app import create_app
    from bot.logs import SafeAccessLogger, setup_logging
    from bot.service_config import ServiceConfig

    config = ServiceConfig.from_settings(
        settings, host=args.host, port=args.port, data_dir=args.data_dir
    )
    setup_logging(args.log_level)
    web.run_app(
        create_app(settings, config),
        host=config.host,
        port=config.port,
        access_log_class=SafeAccessLogger,
        shutdown_timeout=config.shutdown_timeout_s,
        # aiohttp's keep-alive timer runs from the connection's start and from each answer
        # and closes a connection still waiting for a complete request line and headers:
        # it is the header read timeout (a slow-header client is cut off)
        keepalive_timeout=config.header_timeout_s,
        print=lambda started: announce(started, config.host, config.port),
    )
    return EXIT_OK


def announce(started: str, host: str, port: int, out: IO[str] | None = None) -> None:
    """One line for the person who started ``serve``: where it listens, and how to stop it.

    Why on stdout next to the JSON logs on stderr: the logs are for machines, and a person
    looking at a terminal full of JSON could not see whether the service came up, or where.
    aiohttp calls this once every socket is bound, with its own "Running on <urls>" text; the
    URLs are taken from that text because it names the port really bound (``--port 0``).
    """
    urls = re.findall(r"https?://[^\s,]+", started) or [f"http://{host}:{port}"]
    stream = out if out is not None else sys.stdout
    stream.write(f"privacywacht luistert op {', '.join(urls)} (stoppen: Ctrl+C)\n")
    stream.flush()


def add_global_options(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    """The options every command accepts, before or after the subcommand's name.

    Why both places: the README and habit write ``privacywacht serve --config FILE``, while
    scripts written against the first versions say ``privacywacht --config FILE serve``.
    argparse only knows an option on the parser it was added to, so each subcommand gets its
    own copy. Below the top level the default is ``SUPPRESS``: a subcommand that was not given
    the option then leaves the top level's value alone instead of resetting it to None (given
    in both places, the later one wins, as with any repeated option).
    """
    default = None if top_level else argparse.SUPPRESS
    parser.add_argument(
        "--config",
        metavar="FILE",
        default=default,
        help="een TOML-bestand dat over de ingebouwde config/privacywacht.toml heen gaat",
    )


def _subparsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """Every parser below ``parser``, depth first, each once (aliases share a parser)."""
    seen: set[int] = set()
    for action in parser._actions:  # argparse offers no public walk over its subcommands
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                if id(child) not in seen:
                    seen.add(id(child))
                    yield child
                    yield from _subparsers(child)


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="privacywacht",
        description="Haalt onnodige persoonsgegevens uit Nederlandse supportberichten.",
    )
    add_global_options(parser, top_level=True)
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="OPDRACHT", title="opdrachten"
    )

    redact = commands.add_parser("redact", help="tekst van stdin geredigeerd naar stdout")
    redact.add_argument(
        "--jsonl",
        action="store_true",
        help='lees regels {"id","text","purpose"?} en schrijf resultaten met de vondsten',
    )
    redact.add_argument(
        "--purpose", metavar="DOEL", help="doel uit het beleid (standaard: het standaarddoel)"
    )
    redact.set_defaults(handler=cmd_redact)

    evaluate = commands.add_parser("eval", help="scoor tegen gouden JSONL, zoals score.py")
    evaluate.add_argument("gold", metavar="GOUD", help="gouden JSONL met spans")
    evaluate.add_argument(
        "--pred",
        metavar="BESTAND",
        help="scoor dit voorspellingenbestand in plaats van te redigeren",
    )
    evaluate.add_argument(
        "--types", metavar="TYPEN", help="entiteittypen om te tellen, met komma's gescheiden"
    )
    evaluate.add_argument("--json", action="store_true", help="druk één JSON-object af")
    evaluate.set_defaults(handler=cmd_eval)

    serve = commands.add_parser("serve", help="start de HTTP-dienst (API, webhooks, chat, mail)")
    serve.add_argument(
        "--host", help="adres om op te luisteren (standaard [service] host, 127.0.0.1)"
    )
    serve.add_argument("--port", type=int, help="poort (standaard [service] port, 8080)")
    serve.add_argument(
        "--data-dir", metavar="MAP", help="SQLite-database en sleutels (standaard ./var)"
    )
    serve.add_argument(
        "--log-level", default="INFO", help="DEBUG, INFO, WARNING of ERROR (standaard INFO)"
    )
    serve.set_defaults(handler=cmd_serve)

    from bot import register_cli, retention_cli, users_cli  # here: they import this module

    register_cli.add_parser(commands)
    retention_cli.add_parser(commands)
    users_cli.add_parser(commands)
    for subparser in _subparsers(parser):
        add_global_options(subparser, top_level=False)
    return parser


def _usage_errors() -> tuple[type[BaseException], ...]:
    """Errors that mean "bad input or configuration" (evaluated only when one is raised)."""
    from bot.store.errors import KeyringMissingError

    errors: tuple[type[BaseException], ...] = (InputError, SettingsError, KeyringMissingError)
    if "pipelines.redaction" in sys.modules:  # only then can the pipelines' errors occur
        from pipelines.nlp import ModelNotFoundError
        from pipelines.policy import PolicyError
        from pipelines.redaction import InputTooLargeError

        errors += (InputTooLargeError, PolicyError, ModelNotFoundError)
    return errors


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except _usage_errors() as error:
        report(error)
        return EXIT_USAGE
    except (FileNotFoundError, ValueError) as error:
        # file names and line numbers only: these come from our own readers
        report(error)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # never print a message that may quote the input
        frame = error.__traceback__
        while frame is not None and frame.tb_next is not None:
            frame = frame.tb_next
        where = f" in {frame.tb_frame.f_code.co_filename}:{frame.tb_lineno}" if frame else ""
        print(f"privacywacht: interne fout ({type(error).__name__}){where}", file=sys.stderr)
        return EXIT_SOME_FAILED


if __name__ == "__main__":
    sys.exit(main())
