"""Hypothesis strategies for hostile input: canaries, odd text, JSON, headers, mails.

Every generated value is invented. A *canary* (``conftest.CANARY_RE``) is planted in what is
sent; an error answer, an SMTP reply or a log line that contains one has echoed input.
"""

from __future__ import annotations

import json
import string
from typing import Any

from hypothesis import strategies as st

CONSONANTS = "bcdfghjklmnpqrstvwxz"

canaries = st.text(CONSONANTS, min_size=10, max_size=10).map(lambda s: f"Kq{s}Zx")

#: text a person would never type but a client can send: controls, zero-width and bidi
#: characters, combining marks, astral characters, lone surrogates (json.dumps escapes them),
#: digits of other scripts, Dutch words and look-alikes of what the redactor looks for
ODD = [
    "\x00", "\u200b", "\u202e", "\ufeff", "\u0301", "\U0001f600", "\ud800", "\udfff",
    "\u0663", "\uff11", "\r\n", "\t", "\\", '"', "'", "<script>", "{{7*7}}", "%s", "%00",
    "../", "Jan Jansen", "0612345678", "NL91ABNA0417164300", "1234AB", "[PERSOON-1]",
    "=?utf-8?q?=C3=A9?=", "9999-99-99", "-1", "1e309", "NaN",
]  # fmt: skip

odd_pieces = st.sampled_from(ODD)
plain_text = st.text(max_size=40)


@st.composite
def text_with(draw: st.DrawFn, canary: str, max_pieces: int = 6) -> str:
    """A string of odd pieces, random text and the canary, in any order."""
    pieces = draw(st.lists(st.one_of(odd_pieces, plain_text), max_size=max_pieces))
    pieces.insert(draw(st.integers(0, len(pieces))), canary)
    return "".join(pieces)


def json_values(canary: str) -> st.SearchStrategy[Any]:
    leaves = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=True, allow_infinity=True),
        text_with(canary, 3),
    )
    keys = st.one_of(st.sampled_from(["text", "type", "id", "sender"]), text_with(canary, 2))
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)
        ),
        max_leaves=12,
    )


def dump(value: Any, raw_surrogates: bool = False) -> bytes:
    """JSON as a client would send it; ``raw_surrogates``: UTF-8 with surrogates as bytes
    (ED A0 80), what a broken encoder writes, instead of ``\\ud800`` escapes."""
    if raw_surrogates:
        return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")
    return json.dumps(value).encode()


#: header values http.client can send: latin-1 without CR, LF or NUL (aiohttp hands the
#: bytes over 0x7f as surrogates, the case behind item 3's 500s)
header_text = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"),
    max_size=40,
)

CONTENT_TYPES = [
    "application/json",
    "application/json; charset=latin-1",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=grens",
    "multipart/form-data",
    "text/plain",
    "text/html; charset=utf-7",
    "application/octet-stream",
    "",
    "application/json; charset=\xe9",
]


@st.composite
def mail_headers(draw: st.DrawFn, canary: str) -> list[tuple[str, str]]:
    """Header fields a hostile sender can write: encoded words in odd charsets, broken
    addresses, folds, duplicates."""
    encoded = st.builds(
        lambda cs, enc, payload: f"=?{cs}?{enc}?{payload}?=",
        st.sampled_from(["utf-8", "iso-8859-1", "windows-1252", "x-unknown", "utf-7", ""]),
        st.sampled_from(["q", "b", "Q", "x"]),
        st.text(string.ascii_letters + string.digits + "=_+/", max_size=20),
    )
    value = st.lists(
        st.one_of(encoded, text_with(canary, 2), st.just("\r\n "), odd_pieces), max_size=5
    ).map("".join)
    names = st.sampled_from(
        ["From", "To", "Subject", "Message-ID", "In-Reply-To", "References", "Date",
         "Reply-To", "Content-Type", "Content-Transfer-Encoding", "Content-Disposition",
         "Auto-Submitted", "X-Fuzz"]
    )  # fmt: skip
    return draw(st.lists(st.tuples(names, value), max_size=8))
