"""Names that writers give themselves: "mijn naam is X", "u spreekt met X", "ik ben X", "I'm
X", "Goedemorgen, met Jan de Vries".

Why: an introduction names the writer, in any case. One check of its own: the English "I'm"
is followed by a state as often as by a name ("I'm Away", "I'm Travelling"), so a name there
is capitalised and no English word.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS

from pipelines.names.rules.base import Candidate, Rule, cue, rx
from pipelines.names.rules.cues import NO_WORD_BEFORE, TITLES
from pipelines.names.shape import ANY
from pipelines.names.wordlists import word_set

#: "mijn naam is", "ik heet", "u spreekt met", ...; a bare "naam" follows separately. A regex
#: (optional words, an escaped dot), so it stays in the code
_INTROS = (
    r"mijn[ \t]+naam[ \t]+is|de[ \t]+naam[ \t]+is|naam[ \t]+is|my[ \t]+name[ \t]+is|ik[ \t]+heet|"
    r"ze[ \t]+heet|zij[ \t]+heet|hij[ \t]+heet|heet|(?:u|je|jij|ge|gij)[ \t]+spreekt[ \t]+met|"
    r"spreek[ \t]+(?:ik|je)[ \t]+met|(?:you(?:'re|[ \t]+are)[ \t]+)?speaking[ \t]+(?:with|to)|"
    r"op[ \t]+naam[ \t]+van|ten[ \t]+name[ \t]+van|t\.n\.v\.?|tnv|on[ \t]+behalf[ \t]+of|namens"
)
#: English words after "I'm" / "I am" that are no name ("I'm Away", "I'm Fine"); with the
#: English stop words, and words on -ing ("I'm Travelling")
_EN_COMMON = word_set("english_states")
#: English stop words that are also first names
_EN_NAME_LIKE = word_set("english_name_like_stop_words")


class IntroRule(Rule):
    """ "ik ben X" / "I'm X": after the English one, a capitalised name and no English word."""

    def accept(self, found: Candidate) -> bool:
        if not found.match.group("en"):
            return True
        # English "I'm X": a name is capitalised and no word of the language ("I'm Away")
        words = found.words
        low = words[0].lower()
        return (
            words[0][:1].isupper()
            and not (low in EN_STOP_WORDS and low not in _EN_NAME_LIKE)
            and not any(w.lower() in _EN_COMMON for w in words)
            and not (len(low) >= 6 and low.endswith("ing"))
        )


# ik ben X | u spreekt met X | naam is X | ze heet X | my name is X | I'm X
INTRO_STRONG = Rule(
    "intro_strong",
    rx(
        rf"(?<![\w])(?:{_INTROS}|(?<=^|[.!?,][ \t]{{0,3}})naam"
        rf"|(?<=^|[.!?,;:][ \t]{{0,3}}|\b(?:and|oh|ok|so|btw|en|hi|hey|hello|hoi)[ \t,]{{1,3}})"
        rf"name[ \t]+is)[ \t]+"
        rf"(?:{TITLES}[ \t]+)?(?P<name>{ANY})"
    ),
    0.6,
    lowercase=True,
    weak=True,
    cue=cue(rf"{NO_WORD_BEFORE}(?:{_INTROS}|naam|name[ \t]+is)[ \t]"),
)

INTRO = IntroRule(
    "intro",
    rx(
        rf"(?<![\w])(?:ik[ \t]+ben|['’]k[ \t]+ben|(?P<en>i['’]?m|i[ \t]+am))[ \t]+"
        rf"(?P<name>{ANY})"
    ),
    0.5,
    lowercase=True,
    weak=True,
    cue=cue(rf"{NO_WORD_BEFORE}(?:ik[ \t]+ben|['’]k[ \t]+ben|i['’]?m|i[ \t]+am)[ \t]"),
)

# "Goedemorgen, met Jan de Vries" (on the phone, in chat)
INTRO_MET = Rule(
    "intro_met",
    rx(
        rf"(?:^|(?<=[.!?,][ \t]{{0,3}})|(?<=\b(?:hallo|hoi|goedemorgen|goedemiddag|"
        rf"goedenavond|goeiemorgen|goeiemiddag|goedendag|dag|hey|ja)[ \t,]{{1,3}}))[ \t]*"
        rf"(?:met|(?<=\b(?:hallo|hoi|ja|dag)[ \t,]{{1,3}})me"
        rf"|me(?=[ \t]+[^\n]{{1,40}}?[ \t]hier\b))"
        rf"[ \t]+(?P<name>{ANY})"
        rf"(?=[ \t]*(?:[,.!]|$|hier\b|van\b|uit\b|spreekt\b))"
    ),
    0.5,
    lowercase=True,
    weak=True,
    # a line start, a blank or a comma, or a sentence end comes before
    cue=cue(r"(?<![^\n\t .!?,])[ \t]*met?[ \t]"),
)
