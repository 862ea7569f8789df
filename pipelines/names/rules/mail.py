"""Names in mail headers and quoted replies: "Van: Nurcan Yavuzalp <nurcan@...>", "Joris
Peters wrote:".

Why: a display name before an address is the sender or recipient, unless the address is a
shared mailbox ("info@", "facturen@"): then the display name is a company or a desk.
"""

from __future__ import annotations

from pipelines.names.rules.base import Candidate, Rule, cue, rx
from pipelines.names.shape import ANY, CAP
from pipelines.names.wordlists import word_set

#: the local part of a shared mailbox: its display name is a company or a desk
_SHARED_MAILBOXES = word_set("shared_mailboxes")


class MailboxRule(Rule):
    """A display name before an address (group ``addr``): a person's, not a shared mailbox's."""

    def accept(self, found: Candidate) -> bool:
        local = found.match.group("addr").lower()
        return local.split("+")[0] not in _SHARED_MAILBOXES


# Van: Nurcan Yavuzalp <nurcan@...>; "schreef Jan Jansen <jan@...>:"; "Aan: ...; Piet <...>"
HEADER = MailboxRule(
    "header",
    rx(
        rf"^[ \t>]*(?:van|from|aan|to|cc|bcc|afzender|sender|reply-to)[ \t]*:[ \t]*\"?"
        rf"(?P<name>{ANY})\"?[ \t]*[<\[](?:mailto:)?(?P<addr>[^<>\s@\]]+)@"
    ),
    0.8,
    lowercase=True,
    needs=("@",),
    cue=cue(r"^[ \t>]*(?:van|from|aan|to|cc|bcc|afzender|sender|reply-to)[ \t]*:"),
)

DISPLAY_NAME = MailboxRule(
    "display_name",
    rx(rf"(?<![\w@.'’-])\"?(?P<name>{CAP})\"?[ \t]*[<(\[](?:mailto:)?(?P<addr>[^<>()\s@]+)@"),
    0.7,
    needs=("@",),
    # a name never spans lines: only lines with an address opening are scanned
    line_cue=cue(r"[<(\[][^<>()\n@]*@"),
)

WROTE = Rule(
    "wrote",
    rx(rf"^[ \t>]*(?P<name>{CAP})[ \t]+(?:wrote|schreef)[ \t]*:"),
    0.65,
    needs=("wrote", "schreef"),
    cue=cue(r"^[^\n]*(?:wrote|schreef)"),
)
