"""Names of the people around the writer: "mijn dochter Fleurtje", "de dochter van Karen Martel",
"Nancy en ik", "jorrit mijne zoon zegt ...".

Why: customers write about their family, colleagues and neighbours, who have names too. A
relation word alone is weaker evidence than a title: "mijn zoon is ziek" names no one, and
"de medewerker van KPN" is a company's. So a name after a relation needs a possessive before
it, a relation that names on its own ("echtgenoot Ruud"), or commas around it ("de
medewerker, Ola Kamińska, stond ..."); a name before "mijn zoon" is no request ("Bel mijn
zoon").
"""

from __future__ import annotations

import re as std_re

import regex as re

from pipelines.names.rules.base import Candidate, Rule, cue, rx
from pipelines.names.rules.cues import NO_WORD_BEFORE, RELATIONS, TITLES
from pipelines.names.shape import ANY, CAP
from pipelines.names.wordlists import alternation, word_set
from pipelines.names.words import COMMON_LOWER, GENERIC

#: relations that name someone even without "mijn/zijn/onze" in front
_RELATIONS_BARE = alternation("relations_without_possessive")
#: an article before a role in apposition: "de medewerker, Ola Kamińska, stond ..."
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'])(?:de|het|die|deze|een|the|our|onze)[ \t]+(?:\w+[ \t]+)?$", re.I
)
#: what a name before "mijne zoon" may not be: a request at the start of a sentence
_IMPERATIVES = word_set("imperatives")
_POSSESSIVE = alternation("possessives")
#: "mijn", "onze nieuwe" right before a relation word
_POSSESSIVE_BEFORE = re.compile(rf"(?<![\w'])(?:{_POSSESSIVE})[ \t]+(?:\w+[ \t]+)?$", re.I)
#: family words that name a person's relative: "de dochter van X" is X's daughter
_KIN = alternation("kin")


class RelationRule(Rule):
    """A relation word before a name (group ``rel``), with the evidence it needs."""

    def accept(self, found: Candidate) -> bool:
        match, text, words = found.match, found.text, found.words
        rel = match.group("rel").lower()
        before = text[max(0, match.start() - 25) : match.start()]
        poss = _POSSESSIVE_BEFORE.search(before)
        upper = words[0][:1].isupper()
        if match.group("is") and not upper:
            return False  # "mijn zoon is ziek"
        if poss is not None:
            return True
        if not upper:
            return False
        if re.fullmatch(_RELATIONS_BARE, rel):
            return True
        # apposition: "de medewerker, Ola Kamińska, stond aan de balie"
        after = text[match.end("name") : match.end("name") + 3].lstrip(" \t")
        return (
            bool(match.group("comma")) and after[:1] == "," and bool(_ARTICLE_BEFORE.search(before))
        )


class RelationBeforeRule(Rule):
    """A name right before "mijn zoon": whatever follows, no request and no common word."""

    def follows(self, found: Candidate) -> bool:
        return True  # the relation follows: "jorrit mijne zoon zegt"

    def accept(self, found: Candidate) -> bool:
        words, match = found.words, found.match
        low = words[0].lower()
        if low in _IMPERATIVES or low in GENERIC or low in COMMON_LOWER:
            return False
        # lowercase only in Flemish chat: "jorrit mijne zoon"
        return (
            words[0][:1].isupper() or found.text[match.end() : match.end() + 5].lower() == "mijne"
        )


# mijn dochter Fleurtje | onze collega Hanne Peeters | echtgenoot Ruud Brinkman
RELATION = RelationRule(
    "relation",
    rx(
        rf"(?<![\w])(?P<rel>{RELATIONS})(?:[ \t]+(?P<is>is|heet|named|called))?"
        rf"[ \t]*(?P<comma>,)?[ \t]+(?P<name>{ANY})"
    ),
    0.55,
    lowercase=True,
    weak=True,
    cue=cue(rf"{NO_WORD_BEFORE}(?:{RELATIONS})[ \t]*,?[ \t]"),
)

# "de dochter van Karen Martel", "namens de zoon van mevrouw Claes": family "of" a person
# (not "de man van Coolblue" or "de medewerker van KPN": those are of a company)
KIN_OF = Rule(
    "kin_of",
    rx(
        rf"(?<![\w])(?:{_KIN})[ \t]+van[ \t]+(?:{TITLES}[ \t]+)?"
        rf"(?:(?:dr|ir|ing|drs|prof|mr)\.[ \t]*)?(?P<name>{CAP})"
    ),
    0.55,
    weak=True,
    needs=("van",),
    cue=cue(rf"{NO_WORD_BEFORE}(?:{_KIN})[ \t]+van[ \t]"),
)

# "Nancy en ik zijn allebei ..." | "ik en Jeroen": coordinated with "ik", a person
AND_I = Rule(
    "and_i",
    rx(rf"(?<![\w@.'’-])(?P<name>{CAP})\Z"),
    0.5,
    weak=True,
    needs=(" en ik",),
    # the name is searched just before " en ik"
    anchor=std_re.compile(r"[ \t]+en[ \t]+ik(?![\w'’])"),
)

# jorrit mijne zoon zegt ... | Jorrit, mijn zoon, heeft ...
RELATION_BEFORE = RelationBeforeRule(
    "relation_before",
    rx(rf"(?:^|[.!?:;,])[ \t]*(?P<name>{ANY})[ \t]*(?P<comma>,)?[ \t]+\Z"),
    0.55,
    lowercase=True,
    weak=True,
    # the name is searched just before "mijne zoon" and a word or comma after it
    anchor=std_re.compile(
        r"(?:mijne(?<![\w']mijne)|mijn(?<![\w']mijn)|m'n(?<![\w']m'n)|onze(?<![\w']onze))"
        rf"[ \t]+(?:{RELATIONS.lower()})(?=[ \t]*,|[ \t]+[^\W\d_]|[ \t]*$)",
        std_re.MULTILINE,
    ),
)
