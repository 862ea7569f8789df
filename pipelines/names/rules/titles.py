"""Names after a title or initials: "dhr. T. van der Gaag", "mevrouw Fung-A-Loi", "P.J. de Wolff".

Why: a title or an initial before a capitalised word is the surest sign of a surname; the
word may be an ordinary one ("meneer Bakker"). One check of its own: a single initial after
"optie", "bijlage", "stap" is a letter in an enumeration ("bijlage B. Groot formaat").
"""

from __future__ import annotations

import regex as re

from pipelines.names.rules.base import Candidate, Rule, cue, rx
from pipelines.names.rules.cues import TITLES
from pipelines.names.shape import CAP, CAPNAME, END, INITIALS, SP, TV

#: words before a single letter that make it an enumeration, not an initial
_SINGLE_INITIAL_BLOCKERS = re.compile(
    r"(?i)(?:optie|bijlage|stap|punt|fase|type|versie|blok|categorie|plan|model|serie|klasse|"
    r"groep|ronde|kamer|gebouw|hal|vak|zone|niveau|deel|hoofdstuk|appendix|annex|option|step|"
    r"part|vitamine|artikel|lid|sub|figuur|tabel|bus)\s*$"
)


class InitialsRule(Rule):
    """Initials before a surname; one initial and one word not after an enumeration word."""

    def accept(self, found: Candidate) -> bool:
        words = found.words
        if words[0].count(".") == 1 and len(words) == 2:
            before = found.text[max(0, found.start - 20) : found.start]
            return not _SINGLE_INITIAL_BLOCKERS.search(before)
        return True


# dhr. T. van der Gaag, mevrouw Fung-A-Loi, Meneer Goedhuys, mr. R.S. van Leeuwen-Amrani
TITLE = Rule(
    "title",
    rx(rf"(?<![\w.])(?:{TITLES})[ \t]+(?:(?:dr|ir|ing|drs|prof|mr)\.[ \t]*)?(?P<name>{CAP})"),
    0.75,
    cue=cue(rf"(?<![a-z0-9_.])(?:{TITLES.lower()})[ \t]"),
    repeats_lone_word=False,
)

# P.J. de Wolff, R.A. van 't Zand, K. Dijkhuis
INITIALS_RULE = InitialsRule(
    "initials",
    rx(rf"(?<![\w.&@/-])(?P<name>(?-i:{INITIALS}[ ]?(?:{TV}{SP})?{CAPNAME}){END})"),
    0.7,
)
