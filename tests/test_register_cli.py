"""``privacywacht register ...``: the officer's commands, run through ``bot.cli.main``.

Requests are made through the Register API, opened with the same ``open_register`` and
settings as the command, so both use the key file in the temporary data dir. Deadlines that
must be overdue or due soon come from a ``received_at`` relative to the real clock (the
command uses the real clock; a past ``received_at`` is allowed).
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.cli import EXIT_OK, EXIT_USAGE, main
from bot.register_config import KEY_FILE, RegisterConfig, open_register
from bot.settings import PROJECT_ROOT, load_settings
from bot.store.deadlines import format_dutch_date
from bot.store.register import CSV_COLUMNS, REGISTER_FILE, Register, RequestRecord

EMAIL = "Kanarie.Vogelaar@Example.NL"
PHONE = "06-87654321"
PHONE_E164 = "+31687654321"
#: What list/due/export output must never contain.
CONTACT_CANARIES = (EMAIL, EMAIL.lower(), "Kanarie", "kanarie", PHONE, PHONE_E164, "687654321")

LIST_FIELDS = {
    "reference",
    "type",
    "status",
    "channel",
    "received_at",
    "due_at",
    "extended_until",
    "deadline",
    "closed_at",
    "on_behalf_of",
    "has_email",
    "has_phone",
    "conversation_id",
    "message_id",
}


@pytest.fixture(autouse=True)
def _no_register_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys or a data dir from the developer's environment would point elsewhere."""
    for name in list(os.environ):
        if name.startswith("PRIVACYWACHT_REGISTER_") or name == "PRIVACYWACHT_SERVICE_DATA_DIR":
            monkeypatch.delenv(name)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def register(data_dir: Path) -> Iterator[Register]:
    with open_register(RegisterConfig.from_settings(load_settings()), data_dir) as opened:
        yield opened


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    """``privacywacht register ARGS --data-dir DATA_DIR``: exit status, stdout, stderr."""
    capsys.readouterr()
    status = main(["register", *args, "--data-dir", str(data_dir)])
    out, err = capsys.readouterr()
    return status, out, err


def _ago(**delta: float) -> datetime:
    return datetime.now(UTC) - timedelta(**delta)


def _create(register: Register, **overrides: object) -> RequestRecord:
    args: dict[str, object] = {
        "type": "access",
        "channel": "email",
        "received_at": datetime(2026, 1, 31, 10, 0, tzinfo=UTC),
    }
    args.update(overrides)
    record, duplicate = register.create(**args)  # type: ignore[arg-type]
    assert not duplicate
    return record


def _json(out: str) -> object:
    return json.loads(out)


# -- list ----------------------------------------------------------------------------------


def test_list_json_has_the_fields_and_the_deadline(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _create(
        register, email=EMAIL, phone=PHONE, conversation_id="conv-1", message_id="msg-1"
    )
    status, out, err = run(capsys, data_dir, "list", "--json")
    assert (status, err) == (EXIT_OK, "")
    (item,) = _json(out)  # type: ignore[misc]
    assert set(item) >= LIST_FIELDS
    assert item["reference"] == record.reference
    assert item["received_at"] == "2026-01-31T10:00:00.000000+00:00"
    assert item["due_at"] == "2026-02-28T10:00:00.000000+00:00"  # 31 Jan + 1 month, clamped
    assert item["deadline"] == item["due_at"]
    assert item["extended_until"] is None and item["closed_at"] is None
    assert (item["has_email"], item["has_phone"], item["on_behalf_of"]) == (True, True, False)
    assert (item["conversation_id"], item["message_id"]) == ("conv-1", "msg-1")
    assert item["days_left"] < 0  # long overdue by now
    for canary in CONTACT_CANARIES:
        assert canary not in out


def test_list_table_shows_dutch_dates_and_no_contact(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _create(register, email=EMAIL, phone=PHONE)
    status, out, _ = run(capsys, data_dir, "list")
    assert status == EXIT_OK
    header, line = out.splitlines()
    assert header.split()[:4] == ["referentie", "type", "status", "kanaal"]
    assert line.startswith(record.reference)
    assert "31 januari 2026" in line and "28 februari 2026" in line and "te laat" in line
    # type, status and channel as a reader says them; the status code that `advance` takes
    assert "access" not in line and "email" not in line
    assert "(received)" in line
    for canary in CONTACT_CANARIES:
        assert canary not in out


def test_list_filters_by_status_and_type(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    access = _create(register)
    erasure = _create(register, type="erasure", received_at=_ago(days=3))
    register.advance(erasure.reference, "in_progress", "officer")

    _, out, _ = run(capsys, data_dir, "list", "--json", "--status", "in_progress")
    assert [item["reference"] for item in _json(out)] == [erasure.reference]  # type: ignore[attr-defined]
    _, out, _ = run(capsys, data_dir, "list", "--json", "--type", "access")
    assert [item["reference"] for item in _json(out)] == [access.reference]  # type: ignore[attr-defined]
    _, out, _ = run(capsys, data_dir, "list", "--json", "--status", "completed")
    assert _json(out) == []
    _, out, _ = run(capsys, data_dir, "list", "--status", "completed")
    assert out.strip() == "geen verzoeken"


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [("--status", "klaar", "onbekende status 'klaar'"), ("--type", "inzage", "onbekend type")],
)
def test_list_refuses_an_unknown_filter_even_without_a_register(
    data_dir: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, expected: str
) -> None:
    status, out, err = run(capsys, data_dir, "list", option, value)
    assert (status, out) == (EXIT_USAGE, "")
    assert expected in err and "kies uit" in err


# -- a data dir without a register -----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("list",), "geen verzoeken\n"),
        (("list", "--json"), "[]\n"),
        (("due",), "geen verzoeken die binnen 7 dagen verlopen\n"),
        (("due", "--json"), "[]\n"),
        (("export", "--csv"), ",".join(CSV_COLUMNS) + "\r\n"),
    ],
)
@pytest.mark.parametrize("exists", [False, True])
def test_reading_an_empty_data_dir_creates_nothing(
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    expected: str,
    exists: bool,
) -> None:
    if exists:
        data_dir.mkdir()
    status, out, err = run(capsys, data_dir, *args)
    assert (status, out, err) == (EXIT_OK, expected, "")
    assert not data_dir.exists() or list(data_dir.iterdir()) == []


@pytest.mark.parametrize(
    "args",
    [
        ("show", "AVG-2026-000001"),
        ("advance", "AVG-2026-000001", "in_progress"),
        ("extend", "AVG-2026-000001", "--reason", "complex"),
    ],
)
def test_a_reference_in_an_empty_data_dir_is_unknown_and_nothing_is_created(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    status, _, err = run(capsys, data_dir, *args)
    assert status == EXIT_USAGE
    assert err == "privacywacht: geen verzoek met nummer AVG-2026-000001\n"
    assert not data_dir.exists()


def test_a_register_without_its_keys_is_not_opened_with_new_ones(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _create(register)
    (data_dir / KEY_FILE).unlink()
    status, out, err = run(capsys, data_dir, "list")
    assert (status, out) == (EXIT_USAGE, "")
    assert "sleutels zijn niet gevonden" in err and "PRIVACYWACHT_REGISTER_HMAC_KEY" in err
    assert not (data_dir / KEY_FILE).exists()


def test_the_data_dir_comes_from_the_config_relative_to_the_working_directory(
    register: Register,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = _create(register)
    config = tmp_path / "officer.toml"
    config.write_text(f'[service]\ndata_dir = "{data_dir.name}"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["--config", str(config), "register", "list", "--json"]) == EXIT_OK
    assert [item["reference"] for item in _json(capsys.readouterr().out)] == [  # type: ignore[attr-defined]
        record.reference
    ]


# -- show ----------------------------------------------------------------------------------


def test_show_without_contact_says_only_whether_there_is_one(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _create(register, email=EMAIL, conversation_id="conv-1")
    register.advance(record.reference, "in_progress", "officer", note="identiteit gecontroleerd")
    status, out, err = run(capsys, data_dir, "show", record.reference)
    assert (status, err) == (EXIT_OK, "")
    lines = [line.split() for line in out.splitlines()]
    assert out.splitlines()[0] == record.reference
    assert ["e-mail:", "ja"] in lines and ["telefoon:", "nee"] in lines
    assert "28 februari 2026" in out and "conv-1" in out
    assert "status received -> in_progress: identiteit gecontroleerd" in out
    for canary in CONTACT_CANARIES:
        assert canary not in out

    _, out, _ = run(capsys, data_dir, "show", record.reference, "--json")
    document = _json(out)
    assert set(document) == {"request", "history"}  # type: ignore[arg-type]
    assert document["request"]["reference"] == record.reference  # type: ignore[index]
    kinds = [event["kind"] for event in document["history"]]  # type: ignore[index]
    assert kinds == ["received", "status"]
    for canary in CONTACT_CANARIES:
        assert canary not in out


def test_show_with_contact_decrypts_it(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _create(register, email=EMAIL, phone=PHONE)
    status, out, _ = run(capsys, data_dir, "show", record.reference, "--contact")
    assert status == EXIT_OK
    lines = [line.split() for line in out.splitlines()]
    assert ["e-mail:", EMAIL] in lines and ["telefoon:", PHONE_E164] in lines

    _, out, _ = run(capsys, data_dir, "show", record.reference, "--contact", "--json")
    assert _json(out)["contact"] == {"email": EMAIL, "phone": PHONE_E164}  # type: ignore[index]


@pytest.mark.parametrize("command", ["show", "advance", "extend"])
def test_unknown_reference(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    _create(register)
    extra = {"show": [], "advance": ["in_progress"], "extend": ["--reason", "complex"]}[command]
    status, out, err = run(capsys, data_dir, command, "AVG-2026-999999", *extra)
    assert (status, out) == (EXIT_USAGE, "")
    assert err == "privacywacht: geen verzoek met nummer AVG-2026-999999\n"
    # something that is not a reference (an address pasted by mistake) is not repeated
    status, _, err = run(capsys, data_dir, command, EMAIL, *extra)
    assert status == EXIT_USAGE
    assert EMAIL not in err and "geen verzoek met dat nummer" in err


# -- advance -------------------------------------------------------------------------------


def test_advance_records_actor_and_note(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _create(register)
    args = ("advance", record.reference, "in_progress", "--note", "gestart", "--actor", "fg")
    status, out, err = run(capsys, data_dir, *args)
    assert (status, err) == (EXIT_OK, "")
    assert out == f"{record.reference}: status in behandeling (in_progress)\n"
    last = register.history(record.reference)[-1]
    assert (last.actor, last.from_status, last.to_status, last.note) == (
        "fg",
        "received",
        "in_progress",
        "gestart",
    )

    status, out, _ = run(capsys, data_dir, "advance", record.reference, "completed")
    assert status == EXIT_OK
    closed = register.get(record.reference)
    assert closed is not None and closed.closed_at is not None
    assert out == (
        f"{record.reference}: status afgehandeld (completed),"
        f" gesloten op {format_dutch_date(closed.closed_at)}\n"
    )


@pytest.mark.parametrize(("user", "actor"), [("pieter", "pieter"), (None, "cli")])
def test_the_default_actor_is_the_login_name(
    register: Register,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    user: str | None,
    actor: str,
) -> None:
    if user is None:
        monkeypatch.delenv("USER", raising=False)
    else:
        monkeypatch.setenv("USER", user)
    record = _create(register)
    assert run(capsys, data_dir, "advance", record.reference, "withdrawn")[0] == EXIT_OK
    assert register.history(record.reference)[-1].actor == actor


def test_an_invalid_transition_is_refused_with_the_allowed_ones(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _create(register)
    status, out, err = run(capsys, data_dir, "advance", record.reference, "completed")
    assert (status, out) == (EXIT_USAGE, "")
    assert err.startswith(f"privacywacht: verzoek {record.reference} kan niet van")
    assert "'received'" in err and "'completed'" in err
    assert "identity_pending, in_progress, withdrawn" in err
    assert "Traceback" not in err
    assert register.get(record.reference).status == "received"  # type: ignore[union-attr]

    register.advance(record.reference, "withdrawn", "officer")
    status, _, err = run(capsys, data_dir, "advance", record.reference, "in_progress")
    assert status == EXIT_USAGE and "eindstatus" in err


def test_an_unknown_status_is_a_usage_error(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _create(register)
    status, _, err = run(capsys, data_dir, "advance", record.reference, "klaar")
    assert status == EXIT_USAGE and "unknown request status" in err


def test_refusing_needs_a_note(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _create(register)
    register.advance(record.reference, "in_progress", "officer")
    for extra in ([], ["--note", "  "]):
        status, out, err = run(capsys, data_dir, "advance", record.reference, "refused", *extra)
        assert (status, out) == (EXIT_USAGE, "")
        assert "motivering" in err and "--note" in err
    assert register.get(record.reference).status == "in_progress"  # type: ignore[union-attr]

    status, _, _ = run(
        capsys, data_dir, "advance", record.reference, "refused", "--note", "kennelijk ongegrond"
    )
    assert status == EXIT_OK
    refused = register.get(record.reference)
    assert refused is not None and refused.status == "refused"
    assert refused.refusal_motivation == "kennelijk ongegrond"


# -- extend --------------------------------------------------------------------------------


def test_extend_once_before_the_deadline(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _create(register, received_at=_ago(days=1))
    status, out, err = run(capsys, data_dir, "extend", record.reference, "--reason", "complex")
    assert (status, err) == (EXIT_OK, "")
    extended = register.get(record.reference)
    assert extended is not None and extended.extended_until is not None
    assert extended.extension_reason == "complex"
    assert f"verlengd tot {format_dutch_date(extended.extended_until)}" in out
    assert f"(was {format_dutch_date(record.due_at)})" in out

    status, out, err = run(capsys, data_dir, "extend", record.reference, "--reason", "nog eens")
    assert (status, out) == (EXIT_USAGE, "")
    assert "already extended" in err
    assert register.get(record.reference) == extended


def test_extend_after_the_deadline_is_refused(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _create(register)  # due 28 February 2026
    status, _, err = run(capsys, data_dir, "extend", record.reference, "--reason", "te laat")
    assert status == EXIT_USAGE
    assert "passed" in err and record.reference in err
    assert register.get(record.reference).extended_until is None  # type: ignore[union-attr]


def test_extend_needs_a_reason(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = _create(register, received_at=_ago(days=1))
    with pytest.raises(SystemExit) as caught:
        run(capsys, data_dir, "extend", record.reference)
    assert caught.value.code == EXIT_USAGE
    status, _, err = run(capsys, data_dir, "extend", record.reference, "--reason", " ")
    assert status == EXIT_USAGE and "reden" in err


# -- due -----------------------------------------------------------------------------------


def test_due_lists_overdue_first_then_due_soon(
    register: Register, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    soon = _create(register, received_at=_ago(days=28))  # due in 0-3 days
    later = _create(register, received_at=_ago(minutes=1))  # due in about a month
    long_overdue = _create(register, received_at=_ago(days=90))
    overdue = _create(register, received_at=_ago(days=40))
    closed = _create(register, received_at=_ago(days=80))
    register.advance(closed.reference, "withdrawn", "officer")

    status, out, _ = run(capsys, data_dir, "due", "--json")
    assert status == EXIT_OK
    items = _json(out)
    assert [item["reference"] for item in items] == [  # type: ignore[attr-defined]
        long_overdue.reference,
        overdue.reference,
        soon.reference,
    ]
    assert [item["days_left"] < 0 for item in items] == [True, True, False]  # type: ignore[attr-defined]

    _, out, _ = run(capsys, data_dir, "due")
    lines = out.splitlines()[1:]
    assert [line.split()[0] for line in lines] == [
        long_overdue.reference,
        overdue.reference,
        soon.reference,
    ]
    assert lines[0].endswith("te laat") and "te laat" not in lines[2]

    _, out, _ = run(capsys, data_dir, "due", "--json", "--days", "40")
    assert later.reference in out
    with pytest.raises(SystemExit):
        run(capsys, data_dir, "due", "--days", "-1")


# -- export --------------------------------------------------------------------------------


def test_export_csv_to_stdout_and_to_a_file(
    register: Register, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _create(register, email=EMAIL, phone=PHONE)
    second = _create(register, type="erasure", channel="letter", received_at=_ago(days=2))
    register.advance(second.reference, "withdrawn", "officer")

    status, out, err = run(capsys, data_dir, "export", "--csv")
    assert (status, err) == (EXIT_OK, "")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert out.startswith(",".join(CSV_COLUMNS) + "\r\n")
    assert [row["reference"] for row in rows] == [first.reference, second.reference]
    assert rows[0]["due_at"] == "2026-02-28T10:00:00.000000+00:00"
    assert rows[0]["extended_until"] == "" and rows[1]["status"] == "withdrawn"
    assert rows[1]["closed_at"] != ""
    for canary in CONTACT_CANARIES:
        assert canary not in out

    target = tmp_path / "overzicht.csv"
    status, out, _ = run(capsys, data_dir, "export", "--csv", "--output", str(target))
    assert status == EXIT_OK and out.startswith("2 verzoeken")
    assert target.read_bytes().decode("utf-8") == _register_csv(register)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def _register_csv(register: Register) -> str:
    """The CSV the register itself writes, for comparison with the exported file."""
    buffer = io.StringIO(newline="")
    register.export_csv(buffer)
    return buffer.getvalue()


def test_export_needs_the_csv_flag(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        run(capsys, data_dir, "export")
    assert caught.value.code == EXIT_USAGE


# -- the installed entry point -----------------------------------------------------------------


def test_python_m_bot_register_list(register: Register, data_dir: Path) -> None:
    record = _create(register, email=EMAIL)
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("PRIVACYWACHT_REGISTER_")
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot", "register", "list", "--json", "--data-dir", str(data_dir)],
        capture_output=True,
        timeout=120,
        cwd=PROJECT_ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    (item,) = json.loads(done.stdout)
    assert (item["reference"], item["has_email"]) == (record.reference, True)
    assert EMAIL.encode() not in done.stdout + done.stderr
    assert (data_dir / REGISTER_FILE).exists()


def test_reencrypt_moves_contact_details_to_the_new_active_key(tmp_path, capsys) -> None:
    """Key rotation from the command line: add a key, make it active, reencrypt."""
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    hmac_key = "h" * 40
    first = RegisterConfig.from_mapping(
        {"keys": {"a": old}, "active_key": "a", "hmac_key": hmac_key}
    )
    with open_register(first, tmp_path) as register:
        record, _ = register.create(
            "access", "api", "2026-11-01T10:00:00Z", email="x@klant.example"
        )
    config = tmp_path / "rotated.toml"
    config.write_text(
        f'[register]\nhmac_key = "{hmac_key}"\nactive_key = "b"\n'
        f'keys = {{ a = "{old}", b = "{new}" }}\n'
    )
    assert (
        main(["--config", str(config), "register", "reencrypt", "--data-dir", str(tmp_path)]) == 0
    )
    assert "1 verzoeken opnieuw versleuteld" in capsys.readouterr().out
    second = RegisterConfig.from_mapping(
        {"keys": {"b": new}, "active_key": "b", "hmac_key": hmac_key}
    )
    with open_register(second, tmp_path) as register:  # the old key is no longer needed
        assert register.contact(record.reference)[0] == "x@klant.example"
        assert register.key_ids_in_use() == {"b": 1}
