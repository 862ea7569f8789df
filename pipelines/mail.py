"""A raw e-mail (bytes) parsed into exactly what the redactor needs, and nothing more.

Why a parser of our own on top of :mod:`email`: mail from customers is messy (legacy charsets,
charsets that lie, HTML-only mail from web clients, forwarded originals, reply chains in Dutch and
English), and a message must never be lost or crash the worker because of that. Every decoding step
therefore degrades (declared charset, utf-8, windows-1252, utf-8 with replacement characters)
instead of raising. Attachments keep their name, type, size and their bytes: the bytes only in
memory (never in a repr, never compared), because the helpdesk may need a log or a screenshot and
the service forwards it, redacted or as allowed; nothing here writes them anywhere.
:func:`attachment_text` tells a text attachment (a log, a CSV, a config file) from a binary one and
decodes it with the same fallbacks as the body. :class:`MailParseError` says only *what* is wrong,
never any part of the message, because exception messages end up in logs.

Pure and synchronous: bytes in, :class:`ParsedMail` out, no I/O.
"""

from __future__ import annotations

import codecs
import email.header
import email.utils
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from email import policy
from email.headerregistry import BaseHeader
from email.message import Message
from email.parser import BytesParser
from typing import TypeVar

from pipelines.mailtext import html_to_text, split_reply

__all__ = [
    "Attachment",
    "MailParseError",
    "ParsedMail",
    "attachment_text",
    "html_to_text",
    "is_text_attachment",
    "looks_like_id_document",
    "parse_mail",
    "split_reply",
]

_POLICY = policy.default
_T = TypeVar("_T")


class MailParseError(ValueError):
    """The input is not an e-mail we can use. The message names the problem, never the content."""


@dataclass(frozen=True)
class Attachment:
    """An attachment: enough to report and decide on it, and its bytes for forwarding.

    ``content`` is the decoded payload (no transfer encoding), kept in memory only so that an
    allowed attachment can reach the helpdesk; it is left out of ``repr`` (so a log line or a
    traceback cannot carry it) and of equality (two parses of one mail compare by what they
    report). A forwarded message (``message/rfc822``) has no content here: its text is part of
    the quoted history, which is redacted with the mail.
    """

    filename: str
    content_type: str
    size: int
    looks_like_id_document: bool
    content: bytes = field(default=b"", repr=False, compare=False)
    #: the charset the part declares (None: none, or not text)
    charset: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ParsedMail:
    """The parts of a mail the redactor and the service need, as plain text."""

    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    from_address: str | None
    from_name: str | None
    reply_to: str | None
    to: tuple[str, ...]
    subject: str
    date: str | None
    body: str
    signature: str
    quoted: str
    attachments: tuple[Attachment, ...]
    language_hint: str | None

    @property
    def full_text(self) -> str:
        """Everything the sender sent as text; personal data hides in signatures and quotes too."""
        return "\n\n".join(part for part in (self.body, self.signature, self.quoted) if part)


# --------------------------------------------------------------------------------------------
# bytes -> text, never raising

#: labels that mail clients write while they really mean windows-1252 (as the WHATWG encoding
#: standard also decides): a "€" (0x80) in "iso-8859-1" text is windows-1252 in practice
_WINDOWS_1252_ALIASES = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "cp819"})
_SINGLE_BYTE = re.compile(r"^(?:iso[-_]?8859|latin|windows-125|cp125|l\d)")


def _codec_name(charset: str | None) -> str | None:
    """Python's name for a declared charset, or None when it is unknown or misspelled."""
    if not charset:
        return None
    label = charset.strip().strip("\"'").lower()
    if label in _WINDOWS_1252_ALIASES:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except (LookupError, ValueError):
        return None


def _decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset if it works, else utf-8, windows-1252, utf-8 replaced.

    A single-byte charset accepts any bytes, so it "works" even for utf-8 text that a client
    mislabelled; valid multi-byte utf-8 is so unlikely in genuine Latin text that it wins there.
    """
    codec = _codec_name(charset)
    if codec and _SINGLE_BYTE.match(codec):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    candidates = [codec] if codec else []
    if codec == "cp1252":
        candidates.append("latin-1")  # 0x81, 0x8d, … are undefined in windows-1252 only
    candidates += ["utf-8", "cp1252"]
    for candidate in candidates:
        try:
            return data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", errors="replace")


def _fix_8bit(value: str) -> str:
    """Header text with raw 8-bit bytes (kept by the parser as surrogates) decoded properly."""
    if not re.search("[\udc80-\udcff]", value):
        return value
    try:
        data = value.encode("utf-8", errors="surrogateescape")
    except UnicodeEncodeError:
        return value.encode("utf-8", errors="replace").decode("utf-8")
    return _decode_bytes(data, None)


# --------------------------------------------------------------------------------------------
# headers


def _raw_headers(msg: Message, name: str) -> list[str]:
    """Unparsed header values, unfolded, so one malformed header cannot take the rest down."""
    wanted = name.lower()
    values = []
    for key, value in msg.raw_items():
        if key.lower() == wanted and isinstance(value, str):
            values.append(re.sub(r"\r?\n(?=[ \t])", "", _fix_8bit(value)).strip())
    return values


def _decode_words(text: str) -> str:
    """RFC 2047 decoding with our charset fallbacks (the policy gives up on unknown charsets)."""
    try:
        chunks = email.header.decode_header(text)
    except Exception:
        return text
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
        elif charset is None:
            out.append(chunk.decode("raw-unicode-escape", errors="replace"))
        else:
            out.append(_decode_bytes(chunk, charset))
    return "".join(out)


def _header_object(name: str, value: str) -> BaseHeader | None:
    try:
        return _POLICY.header_factory(name, value)
    except Exception:
        return None


def _header_text(msg: Message, name: str) -> str | None:
    """A header as decoded text, or None when absent. Never raises."""
    values = _raw_headers(msg, name)
    if not values:
        return None
    raw = values[0]
    header = _header_object(name, raw)
    text = _fix_8bit(str(header)) if header is not None else ""
    if header is None or "\ufffd" in text:
        fallback = _decode_words(raw)
        if header is None or fallback.count("\ufffd") < text.count("\ufffd"):
            text = fallback
    return re.sub(r"\s+", " ", text).strip()


def _clean_address(addr: str) -> str | None:
    addr = addr.strip().strip("<>").strip()
    if "@" not in addr:
        return None
    local, _, domain = addr.rpartition("@")
    return f"{local}@{domain.lower()}" if local and domain else None


def _addresses(msg: Message, name: str) -> list[tuple[str, str]]:
    """(display name, bare address) pairs of every header called ``name``."""
    pairs: list[tuple[str, str]] = []
    for raw in _raw_headers(msg, name):
        found: list[tuple[str, str]] = []
        header = _header_object(name, raw)
        try:
            for address in getattr(header, "addresses", ()):
                found.append((_fix_8bit(address.display_name or ""), address.addr_spec or ""))
        except Exception:
            found = []
        if not any(_clean_address(addr) for _, addr in found):
            try:
                found = email.utils.getaddresses([_decode_words(raw)])
            except Exception:
                found = []
        for display, addr in found:
            clean = _clean_address(addr)
            if clean:
                pairs.append((display.strip(), clean))
    return pairs


_MSG_ID = re.compile(r"<[^<>]+>")


def _message_ids(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(re.sub(r"\s+", "", found) for found in _MSG_ID.findall(value))


def _single_id(msg: Message, name: str) -> str | None:
    values = _raw_headers(msg, name)
    if not values or not values[0]:
        return None
    ids = _message_ids(values[0])
    return ids[0] if ids else re.sub(r"\s+", "", values[0]) or None


# --------------------------------------------------------------------------------------------
# attachments

_DOC_EXTENSIONS = frozenset({"jpg", "jpeg", "png", "heic", "pdf", "tif", "tiff", "webp"})
#: one token, or two adjacent tokens written together ("id" + "kaart", "driving" + "licence")
_ID_WORDS = frozenset(
    "id eid idkaart idcard identity identitycard identiteit identiteitskaart "
    "identiteitsbewijs paspoort passport rijbewijs drivinglicence drivinglicense "
    "driverslicence driverslicense driverlicense verblijfsvergunning verblijfsdocument "
    "residencepermit legitimatie legitimatiebewijs".split()
)
#: long enough to be unambiguous inside a compound ("paspoortfoto", "kopierijbewijs")
_ID_STEMS = (
    "paspoort",
    "passport",
    "identiteitskaart",
    "identiteitsbewijs",
    "rijbewijs",
    "verblijfsvergunning",
    "legitimatie",
)
#: "order_id.pdf" and "AppleID.png" name an identifier, not an identity document
_NOT_ID_BEFORE = frozenset(
    "order invoice factuur klant customer user transaction transactie ticket session "
    "device apple face client bestel bestelling".split()
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _has_id_word(tokens: list[str]) -> bool:
    for i, token in enumerate(tokens):
        if token in _ID_WORDS and not (token == "id" and i and tokens[i - 1] in _NOT_ID_BEFORE):
            return True
        if i + 1 < len(tokens) and tokens[i] + tokens[i + 1] in _ID_WORDS:
            return True
        if any(stem in token for stem in _ID_STEMS):
            return True
    return False


def looks_like_id_document(filename: str, content_type: str) -> bool:
    """Whether an attachment is probably a scan or photo of an identity document.

    Copies of passports and driving licences are the most sensitive thing customers send
    unasked; the name is all we look at (never the content), so "pas" alone or "idea" do not count.
    """
    if not filename:
        return False
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    content_type = content_type.lower()
    if not (
        content_type.startswith("image/")
        or content_type == "application/pdf"
        or extension in _DOC_EXTENSIONS
    ):
        return False
    # letter runs split at separators and digits, once more also at camel case ("KopieID"); both,
    # because acronym rules split "IDkaart" into "I" + "Dkaart"
    words = re.findall(r"[^\W\d_]+", filename)
    camel = re.findall(r"[^\W\d_]+", _CAMEL.sub(" ", filename))
    return any(_has_id_word([w.lower() for w in split]) for split in (words, camel))


# --------------------------------------------------------------------------------------------
# MIME structure

_USABLE_HEADERS = frozenset(
    "from to cc subject date message-id reply-to sender received mime-version "
    "content-type in-reply-to references return-path delivered-to".split()
)


def _unflow(text: str, delsp: bool) -> str:
    """Undo RFC 3676 format=flowed soft line breaks, so names and numbers are not cut in two."""
    out: list[tuple[int, str]] = []
    joining = False
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing
        if joining and out and out[-1][0] == depth:
            out[-1] = (depth, out[-1][1] + content)
        else:
            out.append((depth, content))
        joining = content.endswith(" ") and content != "-- "
        if joining and delsp:
            out[-1] = (depth, out[-1][1][:-1])
    return "\n".join((">" * depth + (" " if depth else "") + content) for depth, content in out)


#: deeper MIME nesting than this is not mail written by people; its deeper parts are skipped
_MAX_DEPTH = 20


@dataclass
class _Collected:
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    forwarded: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)


def _safe(call: Callable[[], _T], default: _T) -> _T:
    """email's accessors raise on some malformed input; a broken part must not stop the parse."""
    try:
        return call()
    except Exception:
        return default


def _part_text(part: Message, content_type: str) -> str:
    payload = _safe(lambda: part.get_payload(decode=True), None)
    if not isinstance(payload, bytes):
        return ""
    text = _decode_bytes(payload, _safe(part.get_content_charset, None))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if content_type == "text/plain":
        params = {k.lower(): (v or "").lower() for k, v in _safe(part.get_params, None) or []}
        if params.get("format") == "flowed":
            text = _unflow(text, params.get("delsp") == "yes")
    return text


_NAME_PARAM = re.compile(r"""name\s*=\s*"?(=\?[^"]*?\?=)""", re.IGNORECASE)


def _filename(part: Message) -> str:
    """RFC 2231 and RFC 2047 file names decoded; encoded words in unknown charsets too."""
    name = _fix_8bit(str(_safe(part.get_filename, None) or ""))
    if "=?" in name or "\ufffd" in name:
        for raw in _raw_headers(part, "content-disposition") + _raw_headers(part, "content-type"):
            found = _NAME_PARAM.search(raw)
            if found:
                name = _decode_words(found.group(1))
                break
    return name.strip()


def _attachment(part: Message, filename: str, content_type: str) -> Attachment:
    content = b""
    if content_type == "message/rfc822":
        payload = _safe(part.get_payload, None)
        inner = payload[0] if isinstance(payload, list) and payload else None
        size = len(_safe(inner.as_bytes, b"")) if isinstance(inner, Message) else 0
    else:
        payload = _safe(lambda: part.get_payload(decode=True), None)
        content = payload if isinstance(payload, bytes) else b""
        size = len(content)
    return Attachment(
        filename=filename,
        content_type=content_type,
        size=size,
        looks_like_id_document=looks_like_id_document(filename, content_type),
        content=content,
        charset=_safe(part.get_content_charset, None),
    )


#: application types whose content is text people can read (and personal data can hide in)
_TEXT_APPLICATION = frozenset(
    "json xml csv x-csv x-log yaml x-yaml toml x-toml ini x-ini x-conf x-config "
    "x-properties x-sh javascript x-ndjson".split()
)
#: names that say "text" when the type does not (clients send a .log as octet-stream)
_TEXT_EXTENSIONS = frozenset(
    "log txt csv tsv cfg conf config ini json xml yaml yml toml properties".split()
)
_UNTYPED = frozenset(
    "application/octet-stream application/unknown application/x-unknown binary/octet-stream".split()
)
#: byte order marks, longest first (a UTF-32 LE mark starts like a UTF-16 LE one)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _extension(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def is_text_attachment(filename: str, content_type: str) -> bool:
    """Whether an attachment is text by its type, or by its name when the type says nothing.

    ``text/*``, the application types that are text (JSON, XML, CSV, YAML, TOML, logs), and an
    untyped part (``application/octet-stream``) whose name ends in .log, .csv, .conf, ...
    """
    content_type = content_type.lower()
    major, _, minor = content_type.partition("/")
    if major == "text":
        return True
    if major == "application" and (minor in _TEXT_APPLICATION or minor.endswith(("+json", "+xml"))):
        return True
    return content_type in _UNTYPED and _extension(filename) in _TEXT_EXTENSIONS


def attachment_text(attachment: Attachment) -> str | None:
    """The attachment's text when it is a text attachment, else None (binary: forward as is
    or not at all).

    Decoded like the body (the declared charset, then utf-8, windows-1252, utf-8 with
    replacement characters), after a byte order mark if there is one (Windows writes UTF-16
    logs). Content that still holds NUL bytes is binary whatever its label says: redacting it
    as text would mangle it. HTML becomes text, so markup cannot split a name from its finder.
    """
    if attachment.content_type == "message/rfc822" or not is_text_attachment(
        attachment.filename, attachment.content_type
    ):
        return None
    data = attachment.content
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            break
    else:
        if b"\x00" in data:
            return None
        text = _decode_bytes(data, attachment.charset)
    if "\x00" in text:
        return None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if attachment.content_type.lower() == "text/html":
        text = html_to_text(text)
    return text


def _forwarded_text(inner: Message, depth: int) -> tuple[str, list[Attachment]]:
    """A forwarded original as text: its headers (they hold names and addresses) and its text."""
    collected = _Collected()
    _collect(inner, collected, depth)
    lines = []
    for name, label in (("from", "From"), ("date", "Date"), ("subject", "Subject"), ("to", "To")):
        value = _header_text(inner, name)
        if value:
            lines.append(f"{label}: {value}")
    text = "\n\n".join(
        part for part in ("\n".join(lines), _body_text(collected), *collected.forwarded) if part
    )
    return text, collected.attachments


def _collect(part: Message, collected: _Collected, depth: int = 0) -> None:
    """Walk the MIME tree: text parts into the body candidates, everything else reduced."""
    if depth > _MAX_DEPTH:  # a pathological nesting must not exhaust the stack
        return
    content_type = _safe(part.get_content_type, "text/plain")
    disposition = _safe(part.get_content_disposition, None)
    filename = _filename(part)
    if content_type == "message/rfc822":
        if disposition == "attachment":
            collected.attachments.append(_attachment(part, filename, content_type))
        payload = _safe(part.get_payload, None)
        inner = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(inner, Message):
            text, attachments = _forwarded_text(inner, depth + 1)
            if text:
                collected.forwarded.append(text)
            collected.attachments.extend(attachments)
        return
    if part.is_multipart():
        for child in _safe(part.get_payload, None) or []:
            if isinstance(child, Message):
                _collect(child, collected, depth + 1)
        return
    if content_type.startswith("multipart/"):
        # a multipart without a usable boundary: its raw text is all we have, keep it readable
        content_type = "text/plain"
    if disposition != "attachment" and content_type == "text/plain":
        collected.plain.append(_part_text(part, content_type))
    elif disposition != "attachment" and content_type == "text/html":
        collected.html.append(_part_text(part, content_type))
    else:
        collected.attachments.append(_attachment(part, filename, content_type))


def _body_text(collected: _Collected) -> str:
    """Plain text when the sender's client wrote any; HTML converted only when it did not."""
    plain = [text.strip("\n") for text in collected.plain if text.strip()]
    if plain:
        return "\n\n".join(plain)
    return "\n\n".join(html_to_text(html) for html in collected.html if html.strip())


def parse_mail(raw: bytes, max_bytes: int = 10_000_000) -> ParsedMail:
    """Parse one raw RFC 5322 message. Raises :class:`MailParseError`, never anything else."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise MailParseError("message is not bytes")
    raw = bytes(raw)
    if not raw.strip():
        raise MailParseError("empty message")
    if len(raw) > max_bytes:
        raise MailParseError(f"message exceeds {max_bytes} bytes")
    raw = raw.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n")
    try:
        msg = BytesParser(policy=_POLICY).parsebytes(raw)
    except Exception:
        raise MailParseError("not an e-mail message") from None
    if not {key.lower() for key, _ in msg.raw_items()} & _USABLE_HEADERS:
        raise MailParseError("not an e-mail message")
    try:
        return _parsed(msg)
    except Exception:  # every step degrades on its own; this is the last guard, without content
        raise MailParseError("not an e-mail message") from None


def _parsed(msg: Message) -> ParsedMail:
    collected = _Collected()
    _collect(msg, collected)
    body, signature, quoted = split_reply(_body_text(collected))
    quoted = "\n\n".join(part for part in (quoted, *collected.forwarded) if part)

    senders = _addresses(msg, "from")
    reply_to = _addresses(msg, "reply-to")
    language = _header_text(msg, "content-language")
    return ParsedMail(
        message_id=_single_id(msg, "message-id"),
        in_reply_to=_single_id(msg, "in-reply-to"),
        references=_message_ids(" ".join(_raw_headers(msg, "references"))),
        from_address=senders[0][1] if senders else None,
        from_name=(senders[0][0] or None) if senders else (_from_name_only(msg)),
        reply_to=reply_to[0][1] if reply_to else None,
        to=tuple(addr for _, addr in _addresses(msg, "to")),
        subject=_header_text(msg, "subject") or "",
        date=next(iter(_raw_headers(msg, "date")), None) or None,
        body=body,
        signature=signature,
        quoted=quoted,
        attachments=tuple(collected.attachments),
        language_hint=language or None,
    )


def _from_name_only(msg: Message) -> str | None:
    """A From header without an address ("From: Helpdesk") still names the sender."""
    value = _header_text(msg, "from")
    return value or None
