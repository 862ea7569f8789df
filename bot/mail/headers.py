"""A mail's header fields cut to a size whose decoding is cheap, before parsing.

Why: the standard library's header parsing (RFC 2047 encoded words, structured headers)
grows much faster than the header's length — a Subject of 10,000 folded encoded words took
0.4 s, 45,000 took 12 s (issue 19). No real header is longer than a few hundred characters,
so each field is cut to :data:`MAX_FIELD_BYTES` at a fold (or, on one long line, after a
space, so no encoded word is cut in half), and at most :data:`MAX_FIELDS` fields are kept.
The body is not touched. Parsing itself runs in a worker under the time cap
(:meth:`bot.engine.RedactionEngine.run`), so what is left cannot stall the event loop either.
"""

from __future__ import annotations

from pipelines.mail import ParsedMail, parse_mail

#: bytes of one header field, its folded lines included
MAX_FIELD_BYTES = 8_192
#: header fields of one mail (a real mail has a few dozen, a relayed one maybe two hundred)
MAX_FIELDS = 1_000


def _end_of_header(raw: bytes) -> int:
    """Where the body starts (after the empty line), or len(raw) for a header only."""
    for separator in (b"\r\n\r\n", b"\n\n"):
        found = raw.find(separator)
        if found >= 0:
            return found + len(separator)
    return len(raw)


def _cut_line(line: bytes, room: int) -> bytes:
    """A single header line cut to ``room`` bytes after its last space, ending as it did."""
    ending = line[len(line.rstrip(b"\r\n")) :]
    cut = line.rfind(b" ", 0, max(0, room - len(ending)))
    return (line[:cut] if cut > 0 else line[: max(0, room - len(ending))]) + ending


def cap_headers(raw: bytes) -> bytes:
    """``raw`` with every header field cut to :data:`MAX_FIELD_BYTES` and at most
    :data:`MAX_FIELDS` fields; a mail within the caps is returned unchanged."""
    end = _end_of_header(raw.lstrip(b"\r\n")) + (len(raw) - len(raw.lstrip(b"\r\n")))
    head, body = raw[:end], raw[end:]
    if len(head) <= MAX_FIELD_BYTES:
        return raw
    kept: list[bytes] = []
    fields = used = 0
    for line in head.splitlines(keepends=True):
        folded = line[:1] in (b" ", b"\t") and fields > 0
        if not folded:
            if not line.strip():  # the empty line before the body
                kept.append(line)
                continue
            fields += 1
            used = 0
        if fields > MAX_FIELDS:
            continue
        room = MAX_FIELD_BYTES - used
        if len(line) > room:
            if not folded:  # the field's first line: keep its start
                line = _cut_line(line, room)
                used = MAX_FIELD_BYTES
                kept.append(line)
            continue
        used += len(line)
        kept.append(line)
    return b"".join(kept) + body


def parse_capped(raw: bytes, max_bytes: int) -> ParsedMail:
    """Runs in a worker: :func:`cap_headers`, then :func:`pipelines.mail.parse_mail`."""
    return parse_mail(cap_headers(bytes(raw)), max_bytes)
