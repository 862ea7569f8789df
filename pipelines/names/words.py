"""Ordinary words that a cue rule never takes for a name, whatever the cue.

Why: a cue says where a name stands, not that the words there are one ("Beste klant", "ik
ben blij", "Behandelaar: Helpdesk"). Judging a candidate (``pipelines.names.judge``), the
rules' own checks and the search for repeated names all stop at these words.
"""

from __future__ import annotations

import regex as re
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.nl.stop_words import STOP_WORDS

from pipelines.names.first_names import first_names
from pipelines.names.mentions import PARTICLES
from pipelines.names.wordlists import word_set

#: after a cue these are greetings, roles, pronouns or generic addressees, not names
GENERIC = word_set("generic_words")
#: lowercase words that follow "ik ben", "mijn zoon", "ze heet" and are no name
COMMON = word_set("common_words") | STOP_WORDS
#: lowercase words that end or refuse a lowercase name: the above, English function words and
#: chat fillers ("visitor: oops too late, its gone")
COMMON_LOWER = COMMON | EN_STOP_WORDS | word_set("chat_fillers")
#: lowercase words after which a lowercase name may end ("ze heet ineke en wil ...")
FOLLOW = word_set("words_after_lowercase_name")
#: lowercase words shaped like participles, adjectives and job titles, not like names
PARTICIPLE = re.compile(
    r"^(?:ge|be|ver|ont|her)\p{L}{3,}[dt]$|^ge\p{L}{4,}en$|^(?:be|ver|ont|her)\p{L}{3,}en$"
    r"|(?:eert|[kgpfmlhd]t|aat|oet|ijt)$"
    r"|^(?:af|op|aan|in|uit|door|over|toe|mee|weg|terug)ge\p{L}{3,}$"
    r"|(?:ig|lijk|baar|isch|heid|ing|trice|ief|eel)$|\p{L}{3}(?:ster|eur|ist|aal)$"
    r"|^(?:hier|daar|waar|er)(?:over|mee|voor|van|aan|op|in|uit|door|bij|naar|om|na|onder|toe)$"
)
#: heads of role nouns that stand before a person's name ("wethouder", "woordvoerder")
ROLE_HEADS = word_set("role_heads")


def is_role_noun(word: str) -> bool:
    """A role noun or a compound ending in one ("wethouder", "Nobelprijswinnaar",
    "Mossad-chef"): its last hyphen part is a role head or ends in one."""
    last = word.split("-")[-1].lower()
    return last in ROLE_HEADS or any(
        last.endswith(head) and len(last) >= len(head) + 3 for head in ROLE_HEADS
    )


def first_name_and_surname(words: list[str]) -> bool:
    """Two words, a known first name (not a particle such as "Van") and one more: the shape
    of "Esther Mulderij", a person even when the surname ends like a trade."""
    return len(words) == 2 and words[0] in first_names() and words[0].lower() not in PARTICLES
