"""Names after a greeting or thanks: "Beste Gert-Jaap,", "Hoi Joost,", "Thanks Tarun.", "Top
Jurre,", and in lowercase chat "ok dank je suzanna!!".

Why: the greeting names the reader. Capitalised only, except right after the greetings that
are no ordinary word in lowercase chat; an acknowledgement ("Top", "Prima") names someone
only when a comma closes the name ("Top Jurre, we ...", not "Prima Service").
"""

from __future__ import annotations

from pipelines.names.rules.base import Candidate, Rule, cue, rx
from pipelines.names.rules.cues import NO_WORD_BEFORE
from pipelines.names.shape import CAP
from pipelines.names.wordlists import alternation

#: acknowledgements that open a line and may be followed by a name: "Top Jurre,"
_ACKS = alternation("acknowledgements")
#: greetings before a capitalised name; a regex (optional words), so it stays in the code
_GREETINGS = (
    r"beste|hoi|hallo|hello|dag|hey|hee|hi|goedemorgen|goedemiddag|goedenavond|goeiemorgen|"
    r"goeiemiddag|goeienavond|goedendag|dear|thanks|thank[ \t]+you|dank[ \t]+je(?:[ \t]+wel)?|"
    r"dank[ \t]+u(?:[ \t]+wel)?|bedankt|merci|welkom|lieve|geachte"
)
#: greetings before a lowercase name; not "dag", "welkom", "beste" (also "day", "welcome",
#: "best"), which precede ordinary words in lowercase chat
_LOWER_GREETINGS = (
    r"hoi|hallo|hello|hey|hee|hi|thanks|thank[ \t]+you|dank[ \t]+je(?:[ \t]+wel)?|"
    r"dank[ \t]+u(?:[ \t]+wel)?|bedankt|merci|lieve"
)


class GreetingRule(Rule):
    """A greeting before a name; after an acknowledgement (group ``ack``) a comma follows."""

    def accept(self, found: Candidate) -> bool:
        if not found.match.group("ack"):
            return True
        end = found.match.end("name")
        return found.text[end : end + 1] == ","  # "Top Jurre, we"


# Beste Gert-Jaap, | Hoi Joost, | Thanks Tarun. | Dag Bart, | Top Jurre,
GREETING = GreetingRule(
    "greeting",
    rx(
        rf"(?<![\w])(?:{_GREETINGS}|(?<=^|:[ \t]{{0,3}})(?P<ack>{_ACKS}))"
        rf"[ \t]*,?[ \t]+(?P<name>{CAP})(?=[ \t]*(?:[,!.?:;]|$))"
    ),
    0.5,
    weak=True,
    cue=cue(rf"{NO_WORD_BEFORE}(?:{_GREETINGS}|{_ACKS})[ \t]*,?[ \t]"),
)

# chat in lowercase: "ok dank je suzanna!!", "hoi jeroen," — at a line or sentence start,
# one word, then "," or "!" (not "nog een dag wachten?": no "dag" here)
GREETING_LOWER = Rule(
    "greeting_lower",
    rx(
        rf"(?:^|(?<=[.!?:][ \t]{{1,3}}))[ \t]*(?:(?:{_ACKS})[ \t]*,?[ \t]+)?"
        rf"(?:{_LOWER_GREETINGS})[ \t]*,?[ \t]+(?P<name>(?-i:\p{{Ll}}{{3,}}))"
        rf"(?=[ \t]*(?:[,!]|$))"
    ),
    0.5,
    lowercase=True,
    weak=True,
    cue=cue(rf"{NO_WORD_BEFORE}(?:(?:{_ACKS})[ \t]*,?[ \t]+)?(?:{_LOWER_GREETINGS})[ \t]*,?[ \t]"),
)
