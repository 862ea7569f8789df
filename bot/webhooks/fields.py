"""Read a webhook's JSON body and its fields, failing with errors that quote no values.

Why: the parsers need many small lookups ("ticket.id must be there and be an id") and every
failure must name the field without echoing what was in it — the body is a raw ticket. Putting
the lookups here keeps that rule in one place instead of in five parsers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot import jsonbody
from bot.webhooks.errors import PayloadError

# Ticket, comment and event ids are numbers or opaque tokens (ULIDs, UUIDs, hex). Ids are
# stored as they are, so anything else — an e-mail address or a name in an id field of a
# hand-written trigger payload — is refused rather than kept raw.
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:+-]{0,199}", re.ASCII)

_MISSING = object()


def load_object(provider: str, body: bytes) -> dict[str, Any]:
    """Parse ``body`` as a JSON object; raise :class:`PayloadError` if it is not one.

    ``from None`` matters: a chained ``JSONDecodeError`` keeps the whole document in its
    ``doc`` attribute, and a ``UnicodeDecodeError`` quotes the offending bytes; neither may
    travel along with our error into a traceback.
    """
    if not isinstance(body, bytes | bytearray | memoryview):
        raise PayloadError(provider, "body must be bytes")
    try:
        # lone surrogates become U+FFFD (the message is stored, see bot.jsonbody); too deep
        # or not JSON is refused
        data = jsonbody.loads(body)
    except jsonbody.JSONBodyError as exc:
        raise PayloadError(provider, exc.reason if exc.too_deep else "malformed JSON") from None
    if not isinstance(data, dict):
        raise PayloadError(provider, "expected a JSON object")
    return data


@dataclass(frozen=True)
class Reader:
    """Typed lookups of nested fields for one provider; ``path`` is a list of object keys."""

    provider: str

    def error(self, reason: str) -> PayloadError:
        return PayloadError(self.provider, reason)

    def _lookup(self, data: Mapping[str, Any], path: Sequence[str]) -> Any:
        """The value at ``path``, or ``_MISSING``; a non-object on the way is a type error."""
        current: Any = data
        for depth, key in enumerate(path):
            if current is None:
                return _MISSING
            if not isinstance(current, Mapping):
                raise self.error(f"field '{_name(path[:depth])}' has the wrong type")
            if key not in current:
                return _MISSING
            current = current[key]
        return current

    def obj(
        self, data: Mapping[str, Any], *path: str, required: bool = True
    ) -> Mapping[str, Any] | None:
        """A nested JSON object; None when absent or null and not ``required``."""
        value = self._lookup(data, path)
        if value is _MISSING or value is None:
            if required:
                raise self.error(f"missing field '{_name(path)}'")
            return None
        if not isinstance(value, Mapping):
            raise self.error(f"field '{_name(path)}' has the wrong type")
        return value

    def objects(self, data: Mapping[str, Any], *path: str) -> list[Mapping[str, Any]] | None:
        """A list of JSON objects, or None when absent; other list items are a type error."""
        value = self._lookup(data, path)
        if value is _MISSING or value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
            raise self.error(f"field '{_name(path)}' has the wrong type")
        return value

    def ident(self, data: Mapping[str, Any], *path: str, required: bool = True) -> str | None:
        """An id (integer or id-like string) as a string."""
        value = self._lookup(data, path)
        if value is _MISSING or value is None or value == "":
            if required:
                raise self.error(f"missing field '{_name(path)}'")
            return None
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise self.error(f"field '{_name(path)}' has the wrong type")
        text = str(value).strip()
        if not _ID.fullmatch(text):
            raise self.error(f"field '{_name(path)}' is not a valid id")
        return text

    def require_ident(self, data: Mapping[str, Any], *path: str) -> str:
        """Like :meth:`ident`, for an id that must be present."""
        value = self.ident(data, *path, required=True)
        if value is None:  # pragma: no cover - ident() already raised
            raise self.error(f"missing field '{_name(path)}'")
        return value

    def text(self, data: Mapping[str, Any], *path: str, required: bool = False) -> str | None:
        """A string; None when null (or absent and not ``required``)."""
        value = self._lookup(data, path)
        if value is _MISSING:
            if required:
                raise self.error(f"missing field '{_name(path)}'")
            return None
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(f"field '{_name(path)}' has the wrong type")
        return value

    def flag(self, data: Mapping[str, Any], *path: str) -> bool | None:
        """A boolean, also from the strings "true"/"false" that placeholder templates render."""
        value = self._lookup(data, path)
        if value is _MISSING or value is None or value == "":
            return None
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        raise self.error(f"field '{_name(path)}' must be true or false")


def _name(path: Sequence[str]) -> str:
    return ".".join(path) if path else "(root)"
