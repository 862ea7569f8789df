"""The answer to "Mag ik uw naam?": the next chat line is the customer's name, however typed.

Why: web chats ask for the name and customers answer in lowercase, often with their postcode
or house number on the same line ("jorien de wit 3512ab 14", "ahmed el amrani"). Without
capitals and without a cue word in the same line, neither the model nor the cue rules see a
name there; the question on the line before is the cue. Taken are the first one to four words
of the answer line (after its speaker label), up to a digit, a comma or the line's end, when
the first word is a known first name or name (Faker, or a proper name of the OpenTaal list,
typed in any case) and no word is an ordinary Dutch word other than a tussenvoegsel; after a
title ("mw. bakker") the one word is taken as the surname.
"""

from __future__ import annotations

import regex as re
from spacy.tokens import Doc

from pipelines.names import PARTICLES
from pipelines.names.first_names import lowercase_first_names, lowercase_person_names
from pipelines.names.tagged_doc import TaggedDocPersonRecognizer
from pipelines.wordlist_tags import LOWER_PROPER_KEY

#: a question for the name: "Mag ik uw naam?", "wat is je naam?", "May I have your name?"
_QUESTION = re.compile(r"\b(?:naam|name)\b[^\n?]{0,40}\?", re.IGNORECASE)
#: the answer line: an optional time stamp and speaker label, then the answer
_ANSWER = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{1,25}\][ \t]*|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}"
    r"(?::\d{2})?[ \t]+-[ \t]+)?(?:[^\n:]{1,40}:[ \t]*)?"
    r"(?:(?i:ja[ \t]+hoor|ja|sure|yes|het[ \t]+is|dat[ \t]+is|ik[ \t]+ben|it'?s|i'?m)[, \t]+)?"
    r"(?P<title>(?i:mw|mevr|mevrouw|dhr|meneer|mr|mrs|ms)\.?[ \t]+)?"
    r"(?P<name>\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’.-]*){0,3})",
    re.MULTILINE,
)


def _words_of_a_name(
    doc: Doc, start: int, end: int, titled: bool = False
) -> tuple[int, int] | None:
    """The name's span within ``doc``: its words, until one that is an ordinary word. After a
    title ("mw. bakker") the first word is a surname, whatever else it is."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span[0]
    if titled and first.is_alpha and first.lower_ not in PARTICLES:
        return first.idx, first.idx + len(first.text)
    known = (
        first.lower_ in lowercase_first_names()
        or first.lower_ in lowercase_person_names()
        or first.tag_ in ("DC", "DB")
        or first.i in doc.user_data.get(LOWER_PROPER_KEY, ())
    )
    if not known or (first.tag_ == "DL" and first.lower_ not in lowercase_first_names()):
        return None
    last = first
    for token in span[1:]:
        if token.lower_ in PARTICLES or token.text.rstrip(".") in ("v", "vd", "v.d"):
            continue
        if token.tag_ == "DL" and token.lower_ not in lowercase_person_names():
            break
        last = token
    return first.idx, last.idx + len(last.text)


class NameAnswerRecognizer(TaggedDocPersonRecognizer):
    """PERSON for the answer on the line after a question for the name."""

    SCORE = 0.65
    EXPLANATION = "the answer to a question for the name"

    def find(self, text: str, doc: Doc) -> list[tuple[int, int]]:
        found = []
        for question in _QUESTION.finditer(text):
            line_end = text.find("\n", question.end())
            if line_end == -1:
                continue
            answer = _ANSWER.match(text, line_end + 1)
            if answer is None:
                continue
            titled = answer.group("title") is not None
            span = _words_of_a_name(doc, *answer.span("name"), titled=titled)
            if span is not None:
                found.append(span)
        return found
