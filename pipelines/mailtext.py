"""The text of a mail: HTML turned into plain text, and a reply split into what the sender
wrote now, their signature, and the quoted history (Dutch and English mail clients).

Why apart from :mod:`pipelines.mail`: this works on text, not MIME, so the chat and ticket
channels can use it on pasted mail too. Pure and synchronous.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# --------------------------------------------------------------------------------------------
# HTML -> text

_SKIP_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript", "xml"})
_BLOCK_TAGS = frozenset(
    "p div li tr table ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre section article "
    "header footer address center hr form fieldset body html".split()
)
#: blocks that a reader sees as separate paragraphs (a blank line), the others just start a line
_PARAGRAPH_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 table ul ol dl blockquote pre hr".split())
_CELL_TAGS = frozenset({"td", "th"})


class _TextExtractor(HTMLParser):
    """Collects visible text with line breaks where a reader would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.skip_depth = 0
        self.pre_depth = 0
        self.quote_depth = 0

    @staticmethod
    def _has_text(line: str) -> bool:
        return bool(line.strip("> ").strip())

    def _break(self) -> None:
        """End the current line (``<br>``: always, so two of them make a blank line)."""
        self.lines.append("")

    def _block(self, tag: str) -> None:
        """Start or end a block: a new line, and a blank one around paragraphs."""
        if self._has_text(self.lines[-1]):
            self.lines.append("")
        if tag in _PARAGRAPH_TAGS and len(self.lines) > 1 and self._has_text(self.lines[-2]):
            self.lines.append("")

    def _write(self, text: str) -> None:
        current = self.lines[-1]
        if not self._has_text(current):
            text = text.lstrip()
            if not text:
                return
            current = "> " * self.quote_depth
        self.lines[-1] = current + text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag == "br":
            self._break()
        elif tag in _BLOCK_TAGS:
            self._block(tag)
            if tag == "pre":
                self.pre_depth += 1
            elif tag == "blockquote":
                self.quote_depth += 1
        elif tag in _CELL_TAGS and self.lines[-1].strip():
            self.lines[-1] += " "

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._break()
        elif tag in _BLOCK_TAGS:
            self._block(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            if tag == "pre":
                self.pre_depth = max(0, self.pre_depth - 1)
            elif tag == "blockquote":
                self.quote_depth = max(0, self.quote_depth - 1)
            self._block(tag)

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        data = data.replace("\xa0", " ")
        if self.pre_depth:
            first, *rest = data.split("\n")
            self.lines[-1] += first
            for line in rest:
                self.lines.append(("> " * self.quote_depth) + line)
            return
        text = re.sub(r"\s+", " ", data)
        if text.strip():
            self._write(text)
        elif self.lines[-1].strip() and not self.lines[-1].endswith(" "):
            self.lines[-1] += " "


def _collapse_lines(lines: list[str]) -> str:
    """Trailing spaces off, at most one blank line in a row, no blank edges."""
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line.strip("> ").strip():
            line = ""
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")


def html_to_text(html: str) -> str:
    """Readable text of an HTML mail body: what the customer saw, line by line.

    Quoted blocks (``<blockquote>``) get "> " prefixes, so reply detection works on HTML-only
    mail just as on plain text.
    """
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient, but a broken message must not stop the worker
        return _collapse_lines(re.sub(r"<[^>]*>", " ", html).splitlines())
    return _collapse_lines(parser.lines)


# --------------------------------------------------------------------------------------------
# body, signature, quoted history

#: after "Op …" / "On …" and a date: the verb of a quote header (which ends with a colon)
_QUOTE_VERB = {
    "op": re.compile(r"\bschreef\b|\bhet volgende geschreven\s*:$", re.IGNORECASE),
    "on": re.compile(r"\bwrote:$", re.IGNORECASE),
}
_SEPARATOR = re.compile(
    r"^-{2,}\s*(?:original message|oorspronkelijk(?:e)? bericht|origineel bericht|"
    r"forwarded message|doorgestuurd bericht|forwarded by .*)\s*-{2,}$"
    r"|^(?:begin forwarded message|begin doorgestuurd bericht|doorgestuurd bericht)\s*:$",
    re.IGNORECASE,
)
_HEADER_FROM = re.compile(r"^\*?(?:van|from)\s*:\*?\s*\S", re.IGNORECASE)
_HEADER_OTHERS = {
    "date": re.compile(r"^\*?(?:verzonden|sent|datum|date)\s*:", re.IGNORECASE),
    "to": re.compile(r"^\*?(?:aan|to)\s*:", re.IGNORECASE),
    "subject": re.compile(r"^\*?(?:onderwerp|subject)\s*:", re.IGNORECASE),
}
_UNDERSCORES = re.compile(r"^_{10,}$")

_CLOSING_WORDS = (
    r"(?:met\s+)?(?:vriendelijke|hartelijke|beste|lieve|warme|zonnige)\s+groet(?:en|jes)?"
    r"|met\s+groet(?:en)?|vr(?:iendelijke)?\.?\s*gr(?:oet(?:en)?)?\.?|mvg|m\.\s?v\.\s?g\.?"
    r"|groet(?:en|jes)?|gr\.?|hoogachtend|alvast\s+bedankt|bedankt|dank\s+(?:je|u)\s+wel"
    r"|(?:with\s+)?(?:kind|best|warm|kindest|warmest)\s+regards|regards|many\s+thanks"
    r"|thanks(?:\s+in\s+advance)?|thank\s+you|cheers|best(?:\s+wishes)?|(?:yours\s+)?sincerely"
)
_CLOSING = re.compile(rf"^(?:{_CLOSING_WORDS})(?![^\W\d_])\s*[,.!]*", re.IGNORECASE)
#: up to four words of letters, the first capitalised (checked apart): a name after the closing
_SIGNED_NAME = re.compile(r"[^\W\d_]+\.?(?:[ '-][^\W\d_]+\.?){0,3}")
_MOBILE_FOOTER = re.compile(
    r"^(?:(?:verzonden|verstuurd)\s+(?:vanaf|vanuit|van|met|via)\s+.{1,50}"
    r"|sent\s+(?:from|with|via)\s+.{1,50}"
    r"|(?:get|download)\s+outlook\s+for\s+\w+.*|outlook\s+voor\s+\w+\s+downloaden.*)$",
    re.IGNORECASE,
)
#: a closing further up than this many non-empty lines is part of the text, not a sign-off
SIGNATURE_WINDOW = 12
_FOOTER_WINDOW = 3


def _is_closing(line: str) -> bool:
    """A closing line, alone or with a short name after it ("Groeten, Jan"; not "Thanks, that
    worked" and not "Groeten uit Spanje zijn er niet bij" in the middle of a sentence)."""
    match = _CLOSING.match(line)
    if not match:
        return False
    rest = line[match.end() :].lstrip(" ,")
    return not rest or (rest[0].isupper() and bool(_SIGNED_NAME.fullmatch(rest)))


def _is_quote_header(joined: str) -> bool:
    """ "Op <date> schreef <name>:" or "On <date>, <name> wrote:"; the date has a digit."""
    if not joined.endswith(":"):
        return False
    verb = _QUOTE_VERB[joined[:2].lower()].search(joined)
    return bool(verb) and bool(re.search(r"\d", joined[: verb.start()]))


def _quote_header_at(lines: list[str], i: int) -> bool:
    """A "Op … schreef …:" / "On … wrote:" line, possibly wrapped over up to three lines."""
    first = lines[i].strip()
    if not re.match(r"(?:op|on)\s", first, re.IGNORECASE):
        return False
    joined = ""
    for line in lines[i : i + 3]:
        part = line.strip()
        if not part:
            break
        joined = joined + part if joined.endswith("<") or not joined else f"{joined} {part}"
        # a quote header is one phrase: "Op 3 nov. om 10:00 heb ik gebeld. Toen schreef ik:" is not
        if len(joined) > 300 or re.search(r"[!?]|\.\s+[A-Z]", joined):
            return False
        if _is_quote_header(joined):
            return True
    return False


def _outlook_block_at(lines: list[str], i: int) -> bool:
    """A "Van:/From:" line followed by at least two of "Verzonden:", "Aan:", "Onderwerp:" …"""
    if not _HEADER_FROM.match(lines[i].strip()):
        return False
    following = [line.strip() for line in lines[i + 1 : i + 12] if line.strip()][:6]
    seen = {key for key, rx in _HEADER_OTHERS.items() for line in following if rx.match(line)}
    return len(seen) >= 2


def _quote_start(lines: list[str]) -> int:
    """Index of the first line of quoted history, or len(lines) when there is none."""
    unquoted = [i for i, line in enumerate(lines) if line.strip() and line.strip()[0] != ">"]
    last_unquoted = unquoted[-1] if unquoted else -1
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith(">"):
            # a block of "> " lines, or "> " lines that run to the end of the text
            next_quoted = i + 1 < len(lines) and lines[i + 1].strip().startswith(">")
            if next_quoted or i > last_unquoted:
                return i
            continue
        if _SEPARATOR.match(stripped) or _quote_header_at(lines, i):
            return i
        if _outlook_block_at(lines, i):
            if i and _UNDERSCORES.match(lines[i - 1].strip()):
                return i - 1
            return i
    return len(lines)


def _signature_start(lines: list[str]) -> int:
    """Index where the sign-off begins in text without quotes, or len(lines) when none.

    Candidates: the first RFC 3676 "-- " line (explicit, so valid anywhere), the last closing
    line among the last :data:`SIGNATURE_WINDOW` non-empty lines, and a mobile footer at the
    very end. The earliest candidate wins.
    """
    non_empty = [i for i, line in enumerate(lines) if line.strip()]
    candidates = [i for i, line in enumerate(lines) if line == "-- "][:1]
    closings = [
        i
        for i in non_empty[-SIGNATURE_WINDOW:]
        if lines[i].strip() == "--" or _is_closing(lines[i].strip())
    ]
    candidates += closings[-1:]
    footers = [i for i in non_empty[-_FOOTER_WINDOW:] if _MOBILE_FOOTER.match(lines[i].strip())]
    candidates += footers[:1]
    return min(candidates, default=len(lines))


def split_reply(text: str) -> tuple[str, str, str]:
    """Split mail text into (new text, sign-off, quoted history).

    Only the new text is what the sender wrote now; the rest still holds personal data (names and
    phone numbers in signatures, whole earlier mails in quotes), so callers redact all three.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    q = _quote_start(lines)
    head, quoted = lines[:q], lines[q:]
    s = _signature_start(head)
    body, signature = head[:s], head[s:]
    return _join(body), _join(signature), _join(quoted)


def _join(lines: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines).strip()
