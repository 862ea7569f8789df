"""README, ``config/privacywacht.toml`` and ``--help`` agree with the code.

Why: an admin configures privacywacht from the shipped file's comments and the README, not from
the code. A setting only the code knows (issue 17: the webhook settings of four systems) is a
setting nobody can use, and a README command that does not parse is the first thing a new user
trips over. So:

* every setting the code reads is in ``config/privacywacht.toml`` (as a key or as a commented
  example), and everything that file names is read by the code; which keys the code reads is
  observed, not listed by hand: the config readers are handed mappings that record each lookup,
  and the dataclass-backed tables contribute their fields;
* each ticket system's section in the README names the settings its webhook reads;
* every ``privacywacht ...`` command in the README parses with the real argument parser;
* the defaults that ``--help`` states are the shipped file's values.
"""

from __future__ import annotations

import dataclasses
import re
import shlex
import tomllib
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from bot.assistant import Statement
from bot.chat.config import ChatConfig
from bot.cli import _subparsers, build_parser
from bot.mail.config import MailConfig
from bot.register_config import RegisterConfig
from bot.retention import RetentionConfig
from bot.review.config import ReviewConfig
from bot.service_config import ServiceConfig
from bot.settings import Settings, settings_from_data
from bot.webhooks import PROVIDERS, SignatureError, verify
from bot.writeback.zendesk import ZendeskConfig
from pipelines.own_company import OwnCompany
from pipelines.recognizers.customer_id import CustomerIdRecognizer

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "config" / "privacywacht.toml"
README = ROOT / "README.md"

Key = tuple[str, ...]  # ("webhooks", "zammad", "secret")

# read by the web handler for every webhook (bot.app.webhook), not by verify()
WEBHOOK_HANDLER_KEYS = ("purpose",)
# tables whose keys are names the admin chooses (reviewer name = token)
FREE_FORM_TABLES = {"register.reviewers"}


# ---------------------------------------------------------------------------------------------
# what the code reads


class Recording(dict):
    """An empty config table that records every key looked up in it.

    A lookup whose default is a table returns another recording table, so nested readers
    (``raw.get("service", {}).get("port", 8080)``) are followed down.
    """

    def __init__(self, path: Key, seen: set[Key], values: Mapping[str, Any] | None = None):
        super().__init__(values or {})
        self.path, self.seen = path, seen

    def get(self, key: str, default: Any = None) -> Any:
        self.seen.add((*self.path, key))
        if key in self:
            return super().__getitem__(key)
        if isinstance(default, Mapping):
            return Recording((*self.path, key), self.seen)
        return default

    def __getitem__(self, key: str) -> Any:
        self.seen.add((*self.path, key))
        return super().__getitem__(key)

    def __bool__(self) -> bool:
        return True  # so that ``table or {}`` keeps recording

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.seen.add((*self.path, key))
        return super().__contains__(key)


def _fields(cls: type, *, without: tuple[str, ...] = ()) -> set[str]:
    return {f.name for f in dataclasses.fields(cls) if f.name not in without}


def code_keys() -> set[Key]:
    """Every (table..., key) the code reads from the configuration."""
    seen: set[Key] = set()
    raw = Recording((), seen)
    settings = settings_from_data(raw)
    ServiceConfig.from_settings(Settings(raw=raw))
    Statement.from_settings(Settings(raw=raw))
    CustomerIdRecognizer.from_config(Recording(("recognizers",), seen))
    for provider in PROVIDERS:
        # a secret lets the signing providers go on to read max_age_s
        table = Recording(("webhooks", provider), seen, {"secret": "x"})
        with pytest.raises(SignatureError):
            verify(provider, {}, b"{}", table)
        seen.update(("webhooks", provider, key) for key in WEBHOOK_HANDLER_KEYS)
    ZendeskConfig.from_mapping(Recording(("webhooks", "zendesk"), seen))
    # dataclass-backed tables: their fields are their keys (dataclass_values refuses others)
    for section, cls, without in (
        ("mail", MailConfig, ()),
        ("chat", ChatConfig, ()),
        ("register", RegisterConfig, ()),
        ("retention", RetentionConfig, ()),
        ("review", ReviewConfig, ("purposes",)),  # from the policy file, not a key
        ("company", OwnCompany, ()),
    ):
        seen.update((section, name) for name in _fields(cls, without=without))
    assert settings.raw is raw
    # a lookup of a table itself (raw.get("service", {})) is no setting
    tables = {key[:n] for key in seen for n in range(1, len(key))}
    return {key for key in seen if key not in tables and len(key) > 1}


# ---------------------------------------------------------------------------------------------
# what the shipped file documents

_HEADER = re.compile(r"^#?\s*\[([a-z_.]+)\]\s*(?:#.*)?$")
_KEY = re.compile(r"^#?\s*([a-z_]+)\s*=")


def documented_keys(text: str) -> set[Key]:
    """Keys of the file, active or in a commented example (``# imap_host = ...``), under the
    last table header above them (``[mail]`` or ``# [webhooks.zammad]``)."""
    found: set[Key] = set()
    section: Key = ()
    for line in text.splitlines():
        stripped = line.strip()
        header = _HEADER.match(stripped)
        if header:
            section = tuple(header.group(1).split("."))
            found.add(section)  # [register.reviewers] documents "reviewers" of [register]
            continue
        key = _KEY.match(stripped)
        if key and section and ".".join(section) not in FREE_FORM_TABLES:
            found.add((*section, key.group(1)))
    return {key for key in found if len(key) > 1}


def test_active_keys_are_where_the_comments_put_them():
    """The line parser above agrees with TOML about every active key (so a commented table
    header is never followed by active keys that really belong to the table before it)."""
    text = CONFIG.read_text(encoding="utf-8")
    active = documented_keys("\n".join(line for line in text.splitlines()
                                       if not line.lstrip().startswith("#")))  # fmt: skip

    def flatten(table: Mapping[str, Any], path: Key = ()) -> set[Key]:
        keys: set[Key] = set()
        for name, value in table.items():
            keys.add((*path, name))
            if isinstance(value, Mapping):
                keys |= flatten(value, (*path, name))
        return keys

    parsed = flatten(tomllib.loads(text))
    assert active - parsed == set()
    assert {k for k in parsed if len(k) > 1} - active - {("recognizers", "customer_id")} == set()


def test_every_setting_the_code_reads_is_in_the_shipped_config():
    documented = documented_keys(CONFIG.read_text(encoding="utf-8"))
    missing = sorted(".".join(key) for key in code_keys() - documented)
    assert missing == [], f"read by the code, not in config/privacywacht.toml: {missing}"


def test_everything_the_shipped_config_names_is_read_by_the_code():
    documented = documented_keys(CONFIG.read_text(encoding="utf-8"))
    code = code_keys()
    tables = {key[:n] for key in code for n in range(1, len(key))}
    stale = sorted(".".join(key) for key in documented - code - tables)
    assert stale == [], f"in config/privacywacht.toml, read by no code: {stale}"


def test_the_webhook_tables_cover_every_provider():
    documented = documented_keys(CONFIG.read_text(encoding="utf-8"))
    for provider in PROVIDERS:
        assert ("webhooks", provider, "purpose") in documented, provider


# ---------------------------------------------------------------------------------------------
# the README

README_NAMES = {
    "zendesk": "Zendesk",
    "zammad": "Zammad",
    "helpscout": "Help Scout",
    "chatwoot": "Chatwoot",
    "freshdesk": "Freshdesk",
}


def _readme_section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"### {title}\n")
    end = text.index("\n### ", start + 1)
    return text[start:end]


def _system_paragraphs() -> dict[str, str]:
    """Each ticket system's part of the README's "Ticket systems" section."""
    section = _readme_section("Ticket systems")
    starts = {provider: section.index(f"**{name}**") for provider, name in README_NAMES.items()}
    ordered = sorted(starts.items(), key=lambda item: item[1])
    parts: dict[str, str] = {}
    for (provider, start), following in zip(ordered, [*ordered[1:], (None, len(section))],
                                            strict=True):  # fmt: skip
        parts[provider] = section[start : following[1]]
    return parts


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_ticket_system_has_a_readme_part_naming_its_settings(provider: str):
    part = _system_paragraphs()[provider]
    authentication = {key[2] for key in code_keys() if key[:2] == ("webhooks", provider)}
    authentication -= {"purpose", "timeout", "retries", "backoff", "max_retry_after", "endpoint"}
    authentication -= {"base_url", "oauth_token"}  # named as alternatives in comments
    for key in authentication:
        assert re.search(rf"^{key} = ", part, re.MULTILINE) or f"{key} = " in part, (provider, key)
    assert f"/webhooks/{provider}" in part
    assert "purpose" in _readme_section("Ticket systems")


def test_the_readme_says_which_chatwoot_versions_are_refused():
    part = _system_paragraphs()["chatwoot"]
    assert "v4.11.2" in part and "refused" in part


# placeholders the README writes in commands, and a value each may stand for
PLACEHOLDERS = {
    "FILE": "eigen.toml",
    "DIR": "var",
    "H": "127.0.0.1",
    "N": "8080",
    "REF": "AVG-2026-000001",
    "STATUS": "in_progress",
    "TEXT": "afgehandeld",
    "S": "received",
    "T": "access",
    "NAME": "anne",
}


def readme_commands() -> list[str]:
    """Every ``privacywacht ...`` command in the README: in shell blocks and in inline code."""
    text = README.read_text(encoding="utf-8")
    commands: list[str] = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.DOTALL):
        for line in block.splitlines():
            line = re.sub(r"\s+#.*$", "", line)
            for part in re.split(r"&&|\||;", line):
                if part.strip().startswith("privacywacht "):
                    commands.append(part.strip())
    commands += re.findall(r"`(privacywacht [^`]+)`", text)
    return commands


def _variants(command: str) -> list[list[str]]:
    """The command with all its ``[optional]`` parts, and without them."""
    command = re.sub(r"\s*[<>]\s*\S+", "", command)  # redirections
    command = re.sub(r"(\w+)(?:\|\w+)+", r"\1", command)  # reviewer|officer -> reviewer
    with_all = command.replace("[", "").replace("]", "")
    without = re.sub(r"\s*\[[^\]]*\]", "", command)
    return [
        [PLACEHOLDERS.get(word, word) for word in shlex.split(variant)[1:]]
        for variant in {with_all, without}
    ]


def test_the_readme_has_commands_to_check():
    assert len(readme_commands()) >= 15


@pytest.mark.parametrize("command", readme_commands())
def test_readme_commands_parse_with_the_real_parser(command: str):
    for argv in _variants(command):
        try:
            build_parser().parse_args(argv)
        except SystemExit as exit_:
            pytest.fail(f"README command does not parse ({exit_.code}): {command} -> {argv}")


# ---------------------------------------------------------------------------------------------
# --help


def _help_of(command: str, option: str) -> str:
    parser = build_parser()
    sub = next(s for s in _subparsers(parser) if s.prog == f"privacywacht {command}")
    action = next(a for a in sub._actions if option in a.option_strings)
    return action.help or ""


def test_serve_help_states_the_shipped_defaults():
    service = tomllib.loads(CONFIG.read_text(encoding="utf-8"))["service"]
    assert str(service["port"]) in _help_of("serve", "--port")
    assert str(service["data_dir"]) in _help_of("serve", "--data-dir")
    assert "[service] host" in _help_of("serve", "--host")


def test_the_help_names_every_command_the_readme_uses():
    words = {argv[0] for command in readme_commands() for argv in _variants(command) if argv}
    text = build_parser().format_help()
    for word in words - set(PLACEHOLDERS.values()) - {"--config"}:
        if not word.startswith("-"):
            assert word in text, word


def test_code_keys_sanity():
    """The recording sees the keys it should (guards the test itself)."""
    keys = code_keys()
    for key in [
        ("service", "port"),
        ("api", "tokens"),
        ("webhooks", "freshdesk", "header_value"),
        ("webhooks", "chatwoot", "max_age_s"),
        ("webhooks", "zendesk", "write_back"),
        ("nlp", "model"),
        ("limits", "max_message_chars"),
        ("recognizers", "customer_id", "replace_defaults"),
        ("privacy", "statement_url"),
    ]:
        assert key in keys, key
    assert ("webhooks", "zammad", "max_age_s") not in keys  # Zammad signs no timestamp
    by_table: dict[Key, set[str]] = defaultdict(set)
    for key in keys:
        by_table[key[:-1]].add(key[-1])
    assert by_table[("webhooks", "freshdesk")] == {
        "username", "password", "header", "header_value", "purpose",
    }  # fmt: skip
