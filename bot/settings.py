"""Settings: the shipped ``config/privacywacht.toml``, a user's file over it, then the environment.

Everything has an embedded default so that ``privacywacht`` runs on a fresh machine with no
configuration at all. Environment variables ``PRIVACYWACHT_<SECTION>_<KEY>`` override single
values (``PRIVACYWACHT_NLP_MODEL=blank``) — handy in containers and CI.

Paths: the embedded defaults name the shipped files (config, policy, privacy statement, model)
and always mean the shipped copies — in the checkout, or inside the installed package
(:mod:`pipelines.shipped`). A relative path from a user's file or the environment is taken
from the working directory when it exists there, else from the shipped data.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipelines import shipped

#: where the shipped ``config/`` and ``models/`` are: the checkout, or the package's copy of
#: them in an installed wheel (the name stays for the modules that import it)
PROJECT_ROOT = shipped.data_root()
DEFAULT_CONFIG = PROJECT_ROOT / shipped.DEFAULT_CONFIG
ENV_PREFIX = "PRIVACYWACHT_"
#: the settings that are paths to files or directories
PATH_KEYS: tuple[tuple[str, str], ...] = (
    ("nlp", "model"),
    ("policy", "file"),
    ("privacy", "statement"),
)
#: model values that are no path
NO_MODEL = ("", "blank")


class SettingsError(ValueError):
    """A configuration file or variable is unreadable or has a wrong value."""


@dataclass(frozen=True)
class Settings:
    """The configuration values the pipelines and the service use."""

    model: str = "blank"
    policy_file: Path = PROJECT_ROOT / shipped.DEFAULT_POLICY
    max_message_chars: int = 20_000
    recognizers: Mapping[str, Any] = field(default_factory=dict)
    #: the ``[company]`` that runs privacywacht (pipelines/own_company.py)
    company: Mapping[str, Any] = field(default_factory=dict)
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """``override`` over ``base``, merging nested tables instead of replacing them."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise SettingsError(f"config file not found: {path}") from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"config file {path} is not valid TOML: {error}") from None


def _env_overrides(environ: Mapping[str, str]) -> dict[str, Any]:
    """``PRIVACYWACHT_SECTION_KEY=value`` -> ``{"section": {"key": value}}``.

    Values are read as JSON when they parse (numbers, booleans, lists), else as strings.
    """
    overrides: dict[str, Any] = {}
    for name, value in environ.items():
        if not name.startswith(ENV_PREFIX):
            continue
        section, _, key = name[len(ENV_PREFIX) :].lower().partition("_")
        if not section or not key:
            continue
        try:
            parsed: Any = json.loads(value)
        except json.JSONDecodeError:
            parsed = value
        overrides.setdefault(section, {})[key] = parsed
    return overrides


def _resolve(path_value: str) -> Path:
    return shipped.resolve_data_path(path_value, PROJECT_ROOT)


def _anchor_defaults(data: dict[str, Any]) -> dict[str, Any]:
    """The embedded defaults with their relative paths made absolute under the shipped data,
    so that a ``config/`` or ``models/`` in the working directory never replaces them."""
    for section, key in PATH_KEYS:
        table = data.get(section)
        value = table.get(key) if isinstance(table, dict) else None
        if isinstance(value, str) and value not in NO_MODEL and not Path(value).is_absolute():
            table[key] = str(PROJECT_ROOT / value)
    return data


def _model(value: str) -> str:
    """A model path resolved like every path (see the module's docstring); a model that is
    nowhere keeps the text the user wrote, so the "not found" error quotes it."""
    if value in NO_MODEL:
        return value
    path = _resolve(value)
    return str(path) if path.exists() else value


def load_settings(
    config_file: Path | str | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Defaults, then ``config_file``, then environment variables."""
    data = _anchor_defaults(_read_toml(DEFAULT_CONFIG)) if DEFAULT_CONFIG.exists() else {}
    if config_file:
        data = deep_merge(data, _read_toml(Path(config_file)))
    data = deep_merge(data, _env_overrides(os.environ if environ is None else environ))
    return settings_from_data(data)


def settings_from_data(data: Mapping[str, Any]) -> Settings:
    """:class:`Settings` from the merged tables (apart from :func:`load_settings` so that a
    test can hand it a mapping that records which keys are read)."""
    try:
        max_chars = int(data.get("limits", {}).get("max_message_chars", 20_000))
    except (TypeError, ValueError):
        raise SettingsError("[limits] max_message_chars must be a whole number") from None
    if max_chars <= 0:
        raise SettingsError("[limits] max_message_chars must be positive")
    return Settings(
        model=_model(str(data.get("nlp", {}).get("model", "blank"))),
        policy_file=_resolve(str(data.get("policy", {}).get("file", shipped.DEFAULT_POLICY))),
        max_message_chars=max_chars,
        recognizers=data.get("recognizers", {}),
        company=_company(data.get("company", {})),
        raw=data,
    )


def _company(table: Any) -> Mapping[str, Any]:
    """The ``[company]`` table, checked now so a typo fails at start, not in a worker."""
    from pipelines.own_company import OwnCompany

    if not isinstance(table, Mapping):
        raise SettingsError("[company] must be a table")
    try:
        OwnCompany.from_mapping(table)
    except ValueError as error:
        raise SettingsError(str(error)) from None
    return dict(table)


def dataclass_values(section: str, cls: type, table: Mapping[str, Any]) -> dict[str, Any]:
    """The keys of a ``[section]`` table checked against a settings dataclass's fields and
    coerced to the type of each field's default. Environment overrides arrive JSON-parsed and
    TOML users write ``port = "1143"``, so numbers given as strings are accepted; errors name
    the key, never the value (these tables hold passwords)."""
    fields = cls.__dataclass_fields__  # type: ignore[attr-defined]
    unknown = sorted(set(table) - set(fields))
    if unknown:
        raise SettingsError(f"[{section}] unknown keys: {', '.join(unknown)}")
    return {key: _coerce(section, key, value, fields[key].default) for key, value in table.items()}


def _coerce(section: str, key: str, value: Any, default: Any) -> Any:
    if value is None or value == "":
        return None if default is None else default
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise SettingsError(f"[{section}] {key} must be true or false")
        return value
    try:
        if isinstance(default, int) or key.endswith("_port"):
            return int(value)
        if isinstance(default, float):
            return float(value)
    except (TypeError, ValueError):
        raise SettingsError(f"[{section}] {key} must be a number") from None
    if not isinstance(value, str):
        raise SettingsError(f"[{section}] {key} must be a string")
    return value
