"""Names that a message or call is sent on to: "Kun je dit doorsturen naar Heleen?", "heb het
naar Joost gemaild".

Why: the model reads "naar X" as a place; after a verb of sending X is a person.
"""

from __future__ import annotations

from pipelines.names.rules.base import Rule, cue, rx
from pipelines.names.rules.cues import NO_WORD_BEFORE, TITLES
from pipelines.names.shape import CAP

#: verbs that send a message or a call on to someone: "doorsturen naar X", "naar X gemaild"
_SEND_VERBS = (
    r"(?:door)?stu(?:ur|urt|ren|urde|urden)|(?:door)?gestuurd|(?:door)?mail(?:t|en|de|den)?|"
    r"(?:door)?gemaild|forward(?:t|en)?|geforward|doorzetten|doorgezet|escaleren|geëscaleerd|"
    r"overdragen|overgedragen|doorverbinden|doorverbonden|doorgeven|doorgegeven"
)

# "Kun je dit doorsturen naar Heleen?" | "stuur het naar Sanne de Wit" (the model reads
# "naar X" as a place)
SEND_TO = Rule(
    "send_to",
    rx(
        rf"(?<![\w])(?:{_SEND_VERBS})(?:[ \t]+[^\s.!?,;:]+){{0,4}}?[ \t]+naar[ \t]+"
        rf"(?:{TITLES}[ \t]+)?(?P<name>{CAP})"
    ),
    0.55,
    weak=True,
    needs=("naar",),
    cue=cue(rf"{NO_WORD_BEFORE}(?:{_SEND_VERBS})[ \t]"),
)

# "heb het naar Joost gemaild" | "naar mevrouw Claes doorgestuurd"
SENT_TO = Rule(
    "sent_to",
    rx(
        rf"(?<![\w])naar[ \t]+(?:{TITLES}[ \t]+)?(?P<name>{CAP})"
        rf"(?=[ \t]+(?:{_SEND_VERBS})(?![\w]))"
    ),
    0.55,
    weak=True,
    cue=cue(r"(?<![a-z0-9_])naar[ \t]"),
)
