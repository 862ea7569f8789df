"""What becomes of a mail's attachments: redacted and forwarded, forwarded as sent, or held back.

Why these rules: the helpdesk often needs what a customer attached (an ``outlook.log``, a CSV
export, a screenshot), but an attachment carries personal data like the body does.

* Text (logs, CSV, config files) can be redacted, so it is: in the same engine call as the
  mail, so "[PERSOON-1]" in a log is the "[PERSOON-1]" of the body, and then forwarded. Text
  beyond what the engine takes is held back rather than forwarded unredacted: the texts of a
  mail's attachments together may be as long as one message (``[limits] max_message_chars``),
  which also bounds the time one mail holds a worker (an MTA waits for the LMTP answer).
* Binary files (images, PDFs, office files, archives) cannot be redacted. They are forwarded
  unchanged only for the types ``[mail] forward_attachments`` lists (default: none), and never
  when the name says identity document: a copy of a passport is the most sensitive thing
  customers send unasked, and the helpdesk never needs it.
* A file name can hold personal data too ("factuur_Jan_Jansen.csv"): it is redacted like text,
  as words (underscores and joined words apart, so the engine can read them), and an
  identity document's name is not shown at all.

The stored message lists every attachment and what went where, in Dutch; the bytes themselves
live only in memory and in the forwarded mail, never in the store or a log line.
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.mail.config import MailConfig
from bot.mail.forward import OutgoingAttachment
from pipelines.mail import Attachment, attachment_text

FORWARDED_REDACTED = "doorgestuurd (geredigeerd)"
FORWARDED = "doorgestuurd"
NOT_ALLOWED = "niet doorgestuurd: type niet toegestaan"
ID_DOCUMENT = "niet doorgestuurd: lijkt een identiteitsbewijs"
TOO_LARGE = "niet doorgestuurd: te groot"
#: a forwarded mail (message/rfc822): its text is already in the quoted history, redacted;
#: the original itself would carry everything unredacted
IN_MESSAGE = "niet doorgestuurd: de tekst staat geredigeerd in het bericht"

NO_NAME = "zonder naam"
NAME_WITHHELD = "naam weggelaten"

#: a file name's extension: a letter and a few more (".log", ".xlsx"); ".06123456" is no
#: extension but part of the name, and is redacted with it
_EXTENSION = re.compile(r"\.([A-Za-z][A-Za-z0-9]{0,7})$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: separators people and programs write between the words of a file name
_JOINERS = re.compile(r"[_+]+|(?<=[^\W\d_])-(?=[^\W\d_])")
#: a media type as the helpdesk and the stored list may show it; anything else (overlong,
#: odd characters, long digit runs) is the sender's free text and is not repeated
_MEDIA_TYPE = re.compile(r"^[a-z][a-z0-9.+-]{0,30}/[a-z0-9][a-z0-9.+-]{0,80}$")
_DIGIT_RUN = re.compile(r"\d{4,}")
#: longer names are no file names people give (file systems stop at 255): withheld, so that a
#: crafted name can neither be cut mid-value nor make the engine refuse the whole mail
MAX_NAME_CHARS = 255


@dataclass(frozen=True)
class PlannedAttachment:
    """One attachment before redaction: what will happen to it and what the engine redacts.

    ``status`` is None when the service forwards no mail at all (no ``forward_to``): then
    nothing goes anywhere and the stored list names type and size only.
    """

    attachment: Attachment
    number: int
    status: str | None
    #: the name as words for the engine; None when there is none or it is withheld
    name_words: str | None
    extension: str
    #: the decoded text to redact and forward (text attachments that will be forwarded only)
    text: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class HandledAttachment:
    """One attachment after redaction: its line in the stored text and, when it goes to the
    helpdesk, the file that does."""

    line: str
    outgoing: OutgoingAttachment | None


def media_type(content_type: str) -> str | None:
    """``content_type`` when it is a plain media type, else None (never echo free text)."""
    content_type = content_type.lower()
    if _MEDIA_TYPE.match(content_type) and not _DIGIT_RUN.search(content_type):
        return content_type
    return None


def split_name(filename: str) -> tuple[str, str]:
    """(stem, extension) of a file name without any path or control characters.

    A name with an "@" keeps its last dot-part in the stem: "kees@voorbeeld.nl" is an address
    to redact, not a file of type ".nl".
    """
    name = _CONTROL.sub("", filename.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    found = None if "@" in name else _EXTENSION.search(name)
    if found is None or found.start() == 0:
        return name, ""
    return name[: found.start()], found.group(0)


def name_words(stem: str) -> str:
    """A file name's stem as the words a person would write: "factuur_JanJansen" ->
    "factuur Jan Jansen". The engine finds names and numbers in words, not in a glued-up
    identifier."""
    words = _JOINERS.sub(" ", _CAMEL.sub(" ", stem))
    return re.sub(r"\s+", " ", words).strip()


def plan_attachments(
    attachments: Sequence[Attachment], config: MailConfig | None, max_chars: int
) -> tuple[PlannedAttachment, ...]:
    """Decide for each attachment before anything is redacted. ``config`` None: the service
    does not forward mail, so only the names are redacted (for the stored list).

    Texts are taken in the mail's order while they fit in ``max_chars`` together; one that
    does not fit is held back (``TOO_LARGE``), a shorter one after it may still go.
    """
    planned = []
    budget = max_chars
    for number, attachment in enumerate(attachments, start=1):
        stem, extension = split_name(attachment.filename)
        words = name_words(stem) or None
        if attachment.looks_like_id_document or (words and len(words) > MAX_NAME_CHARS):
            words = None  # an ID document's name says what it is ("paspoort_<nummer>.jpg")
        if config is None:
            planned.append(PlannedAttachment(attachment, number, None, words, extension))
            continue
        text = None
        if attachment.looks_like_id_document:
            status = ID_DOCUMENT
        elif attachment.content_type == "message/rfc822":
            status = IN_MESSAGE
        elif (decoded := attachment_text(attachment)) is not None:
            if len(decoded) > budget:
                status = TOO_LARGE
            else:
                status, text = FORWARDED_REDACTED, decoded
                budget -= len(decoded)
        elif config.allows_attachment(attachment.content_type):
            status = FORWARDED
        else:
            status = NOT_ALLOWED
        planned.append(PlannedAttachment(attachment, number, status, words, extension, text))
    return tuple(planned)


def redaction_parts(planned: Sequence[PlannedAttachment]) -> tuple[str | None, ...]:
    """What the engine redacts after the mail, two parts per attachment: name, text."""
    return tuple(part for item in planned for part in (item.name_words, item.text))


def handle_attachments(
    planned: Sequence[PlannedAttachment], redacted: Sequence[str | None]
) -> tuple[HandledAttachment, ...]:
    """The stored line and the outgoing file of each attachment, from the engine's answer to
    :func:`redaction_parts` (in the same order)."""
    if len(redacted) != 2 * len(planned):
        raise ValueError("one redacted name and text per attachment expected")
    handled = []
    for item, index in zip(planned, range(0, len(redacted), 2), strict=True):
        stem = _forward_stem(item, redacted[index])
        handled.append(
            HandledAttachment(_line(item, stem), _outgoing(item, stem, redacted[index + 1]))
        )
    return tuple(handled)


def _forward_stem(item: PlannedAttachment, redacted_words: str | None) -> str | None:
    """The name shown and sent, without its extension: the original when the engine found
    nothing in it, its redacted words joined with underscores when it did; None when there
    is no name (or it is withheld)."""
    if item.name_words is None or redacted_words is None:
        return None
    if redacted_words == item.name_words:
        stem = split_name(item.attachment.filename)[0]
    else:
        stem = re.sub(r"\s+", "_", _CONTROL.sub("", redacted_words).strip())
    return stem or None


def _size(size: int) -> str:
    return f"{size / 1024:.0f} kB" if size >= 1024 else f"{size} bytes"


def _line(item: PlannedAttachment, stem: str | None) -> str:
    """The attachment in the stored list: name, type, size and where it went."""
    attachment = item.attachment
    if stem:
        shown = f"{stem}{item.extension}"
    else:  # an ID document's or an overlong name is withheld; a missing one is said to be
        shown = NAME_WITHHELD if attachment.filename.strip() else NO_NAME
    kind = media_type(attachment.content_type) or "onbekend type"
    line = f"Bijlage: {shown} ({kind}, {_size(attachment.size)})"
    if item.status is not None:
        line += f" — {item.status}"
    elif attachment.looks_like_id_document:
        line += " — lijkt een identiteitsbewijs"
    return f"[{line}]"


def _outgoing(
    item: PlannedAttachment, stem: str | None, redacted_text: str | None
) -> OutgoingAttachment | None:
    """The file the helpdesk gets, or None when this attachment stays behind."""
    attachment = item.attachment
    if item.status == FORWARDED_REDACTED and redacted_text is not None:
        content_type = _text_type(attachment.content_type)
        html = attachment.content_type.lower() == "text/html"  # sent as the text it became
        extension = ".txt" if html else item.extension
        filename = f"{stem}{extension}" if stem else _neutral_name(item, content_type, extension)
        return OutgoingAttachment(filename, content_type, redacted_text)
    if item.status == FORWARDED:
        content_type = media_type(attachment.content_type) or "application/octet-stream"
        filename = (
            f"{stem}{item.extension}" if stem else _neutral_name(item, content_type, item.extension)
        )
        return OutgoingAttachment(filename, content_type, attachment.content)
    return None


#: types that say nothing about the content: a redacted text goes out as text/plain instead
_UNTYPED = frozenset({"application/octet-stream", "application/unknown", "application/x-unknown"})


def _text_type(content_type: str) -> str:
    """The type a redacted text goes out as: its own when it names a text format, text/plain
    for HTML (now text) and for untyped files."""
    clean = media_type(content_type)
    if clean is None or clean == "text/html" or clean in _UNTYPED:
        return "text/plain"
    return clean


def _neutral_name(item: PlannedAttachment, content_type: str, extension: str) -> str:
    """A name for an attachment without a usable one: "bijlage-2.png" (its own extension,
    else the type's)."""
    return f"bijlage-{item.number}{extension or mimetypes.guess_extension(content_type) or ''}"
