"""Read a client's JSON (request body, chat frame) the one way every route shares.

Why one module: the API, the register API, the webhooks and the chat socket must answer odd
input alike — a 400 (or an error frame) that says what is wrong and quotes nothing, never a
500. Two kinds of odd input get special care:

* **Lone surrogates.** JSON may spell ``"\\ud800"``, and a body may hold the bytes ``ED A0 80``
  (a surrogate encoded as UTF-8, which ``json.loads`` lets through). Python keeps such a
  character in a ``str``, but it has no UTF-8 form, so spaCy, SQLite and the log writer all
  fail on it. Each lone surrogate becomes U+FFFD (the replacement character, "�"); a
  surrogate *pair* written as two escapes or as CESU-8 becomes the character it encodes.
  Replacing loses nothing a reader could use — a lone surrogate stands for no character — and
  the message is stored. Refusing it would lose the whole message, because a provider does
  not redeliver a 400.
* **Nesting.** ``[[[[…`` a thousand levels deep makes ``json.loads`` raise ``RecursionError``;
  no support message needs more than a few levels, so anything deeper than
  :data:`MAX_DEPTH` is refused with a reason.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: Deeper JSON is refused. Provider payloads nest about six levels; 64 leaves room.
MAX_DEPTH = 64

_SURROGATE = re.compile("[\ud800-\udfff]")


class JSONBodyError(ValueError):
    """The body or frame is not usable JSON; ``reason`` is ours and quotes nothing."""

    def __init__(self, reason: str, *, too_deep: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.too_deep = too_deep


def clean_text(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD (pairs joined); usually ``text``."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def clean_optional(text: str | None) -> str | None:
    return None if text is None else clean_text(text)


def loads(data: bytes | bytearray | memoryview | str) -> Any:
    """Parse JSON; strings (keys too) cleaned by :func:`clean_text`, depth at most
    :data:`MAX_DEPTH`. Raises :class:`JSONBodyError` with a reason that quotes no input.

    ``from None`` everywhere: a chained ``JSONDecodeError`` keeps the whole document in its
    ``doc`` attribute and a ``UnicodeDecodeError`` the offending bytes.
    """
    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    try:
        value = json.loads(data)
    except UnicodeDecodeError:
        raise JSONBodyError("body is not UTF-8") from None
    except json.JSONDecodeError as exc:  # position only: exc.msg never contains the input
        raise JSONBodyError(
            f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        raise _too_deep() from None
    return _checked(value)


def _too_deep() -> JSONBodyError:
    return JSONBodyError(f"JSON nested deeper than {MAX_DEPTH} levels", too_deep=True)


def _checked(value: Any) -> Any:
    """Walk the parsed value without recursion: check the depth, clean every string."""
    if isinstance(value, str):
        return clean_text(value)
    if not isinstance(value, dict | list):
        return value
    stack: list[tuple[dict[str, Any] | list[Any], int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _too_deep()
        if isinstance(node, list):
            for index, item in enumerate(node):
                if isinstance(item, str):
                    node[index] = clean_text(item)
                elif isinstance(item, dict | list):
                    stack.append((item, depth + 1))
            continue
        if any(_SURROGATE.search(key) for key in node):
            items = [(clean_text(k), v) for k, v in node.items()]
            node.clear()
            node.update(items)
        for key, item in node.items():
            if isinstance(item, str):
                node[key] = clean_text(item)
            elif isinstance(item, dict | list):
                stack.append((item, depth + 1))
    return value
