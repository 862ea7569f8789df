"""Names under or after a closing: "Met vriendelijke groet,\n\nNurcan Yavuzalp", "Gr Marouan",
"groetjes van eliane".

Why: a signature is where writers name themselves, in any case ("groetjes fokje"). One
check of its own: in a quoted reply the name must be quoted as deep as the closing ("> Groet,"
over "> Jan"), or the closing of one message would take the first line of another.
"""

from __future__ import annotations

import regex as re

from pipelines.names.rules.base import Candidate, Rule, cue, rx
from pipelines.names.rules.cues import TITLES
from pipelines.names.shape import ANY

#: closings in Dutch and in the languages of neighbours and customers; a regex (optional
#: endings), so it stays in the code
_CLOSINGS = (
    r"(?:met[ \t]+vriendelijke[ \t]+groet(?:en|jes)?|vriendelijke[ \t]+groet(?:en|jes)?|"
    r"hartelijke[ \t]+groet(?:en)?|beste[ \t]+groet(?:en)?|groet(?:en|jes)?|hoogachtend|mvg|"
    r"m\.v\.g\.?|gr\.?|grt|grtz|grts|greetz|kind[ \t]+regards|best[ \t]+regards|"
    r"warm[ \t]+regards|regards|best|cheers|thanks|thank[ \t]+you|many[ \t]+thanks|"
    r"alvast[ \t]+bedankt|bedankt|dank[ \t]+je[ \t]+wel|dank[ \t]+u[ \t]+wel|dankjewel|"
    r"tot[ \t]+(?:volgende[ \t]+week|snel|morgen|ziens|dan)|liefs|succes|"
    # the closings of the neighbours and customers who write in their own language
    r"mit[ \t]+freundlichen[ \t]+grü(?:ß|ss)en|(?:viele|liebe|beste|freundliche)[ \t]+"
    r"grü(?:ß|ss)e|mfg|cordialement|bien[ \t]+à[ \t]+vous|(?:un[ \t]+)?saludos?|atentamente|"
    r"cordiali[ \t]+saluti|distinti[ \t]+saluti|pozdrawiam(?:[ \t]+serdecznie)?|"
    r"z[ \t]+poważaniem)"
)
_QUOTE = re.compile(r">")


class ClosingRule(Rule):
    """A closing on its own line, the name lines below: both quoted equally deep."""

    def accept(self, found: Candidate) -> bool:
        match = found.match
        return len(_QUOTE.findall(match.group("q"))) == len(_QUOTE.findall(match.group("q2")))


# Met vriendelijke groet,\n\nNurcan Yavuzalp
CLOSING = ClosingRule(
    "closing",
    rx(
        rf"^(?P<q>[ \t]*(?:>[ \t]*)*){_CLOSINGS}[ \t]*[,.!]?[ \t]*\n(?:[ \t>]*\n){{0,3}}"
        rf"(?P<q2>[ \t]*(?:>[ \t]*)*)(?:{TITLES}[ \t]+)?(?P<name>{ANY})"
    ),
    0.7,
    lowercase=True,
    follow="line",
    cue=cue(rf"^[ \t>]*(?:{_CLOSINGS})[ \t]*[,.!]?[ \t]*\n"),
)

# Gr Marouan | groetjes fokje | Met vriendelijke groet, Piotr Zielinski
CLOSING_INLINE = Rule(
    "closing_inline",
    rx(
        rf"(?:^|(?<=[.!?][ \t]{{1,3}}))[ \t>]*{_CLOSINGS}(?:[ \t]*,[ \t]*|[ \t]+)"
        rf"(?P<name>{ANY})(?=[ \t]*[.!]?[ \t]*$)"
    ),
    0.65,
    lowercase=True,
    follow="line",
    # a line start or a blank after ".", "!" or "?" comes before
    cue=cue(rf"(?<![^\n \t])[ \t>]*(?:{_CLOSINGS})(?:[ \t]*,|[ \t])"),
)

# groetjes van eliane | De groeten van Raoul
CLOSING_VAN = Rule(
    "closing_van",
    rx(
        rf"(?:^|(?<=[.!?][ \t]{{1,3}}))[ \t>]*(?:de[ \t]+)?(?:groet(?:en|jes)|liefs|greetz)"
        rf"[ \t]+van[ \t]+(?P<name>{ANY})(?=[ \t]*[.!]?[ \t]*$)"
    ),
    0.6,
    lowercase=True,
    follow="line",
    cue=cue(r"(?<![^\n \t])[ \t>]*(?:de[ \t]+)?(?:groet(?:en|jes)|liefs|greetz)[ \t]+van[ \t]"),
)
