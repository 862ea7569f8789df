"""First names typed in lowercase, in the places people mention one.

Chats, reviews and web forms are typed without capitals: "de kamer van lieze en wannes",
"bedankt kato!!", "seppe had de kachel al aan". Capitalisation is the model's strongest name
cue, so it misses these, and the model's filter drops a lowercase one-word name anyway (most
lowercase words are no name). Two pieces of knowledge make it safe to take them:

* the OpenTaal list (the model's ``wordlist_tags`` step) does not know the word as an ordinary
  Dutch word (``Token.tag_`` is empty), and it is no Dutch or English stop word;
* Faker's first-name lists know it as a first name in some locale (``pipelines.names.first_names``),
  or OpenTaal knows it capitalised as a proper name and GeoNames knows no such town ("wietse").

And the word stands where a name stands: after "van", "bij", "met", a thank-you or a greeting,
joined by "en"/"&" to another name, or opening a sentence before a lowercase Dutch word.
The same holds for a capitalised first name the model overlooks in a review or a chat ("de
studio van Wiktor", "Bedankt Roos & Mark!", "Radosław, bedankt voor alles"), with one more
condition: OpenTaal does not know it as an ordinary word at all (no ``DL``/``DB`` tag), it is no
ordinary word of another language and no known town.

Without the model (a blank pipeline) there are no word-list tags, and this recognizer finds
nothing.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.nl.stop_words import STOP_WORDS as NL_STOP_WORDS
from spacy.tokens import Doc, Token

from pipelines.names import PARTICLES
from pipelines.names.first_names import first_names, lowercase_first_names
from pipelines.names.tagged_doc import TaggedDocPersonRecognizer
from pipelines.names.wordlists import phrases, word_set
from pipelines.products import is_product
from pipelines.wordlist_tags import (
    FOREIGN_KEY,
    LOWER_PROPER_KEY,
    PLACE_KEY,
    TAGGED_KEY,
)

#: words after which a lowercase first name is a person ("van lieze", "bedankt kato")
CUES = word_set("lowercase_name_cues")
#: closings after which a lowercase first name that is also a word ends a message ("groetjes
#: roos", "tnx mark!")
CLOSING_CUES = word_set("lowercase_name_closings")
#: cues of several words ("dank je wel kees", "ik ben marieke", "het is ahmed")
PHRASE_CUES = phrases("lowercase_name_phrases")
#: the multi-word cues that close a message as a thank-you does
CLOSING_PHRASES = phrases("lowercase_name_closing_phrases")
#: every single word after which a name stands
_SLOT_CUES = CUES | CLOSING_CUES
_JOINERS = word_set("name_joiners")
_SENTENCE_END = frozenset({".", "!", "?", "\n"})


def _candidate(token: Token, also_words: bool = False) -> bool:
    word = token.text
    return (
        word.islower()
        and word.isalpha()
        and len(word) >= 3
        and token.tag_ in (("", "DL") if also_words else ("",))  # "" : no ordinary word
        and word not in NL_STOP_WORDS
        and word not in EN_STOP_WORDS
        and (
            word in lowercase_first_names()
            or token.i in token.doc.user_data.get(LOWER_PROPER_KEY, ())  # "wietse", "doutzen"
        )
        and not is_product(word, include_name_like=True)  # "met google", "van ziggo"
    )


def _capitalised_candidate(token: Token, also_words: bool = False) -> bool:
    """A capitalised first name that is no word of any listed language and no town; with
    ``also_words``, one that is also an ordinary Dutch word ("Roos", "Mark")."""
    word = token.text
    parts = word.split("-")
    doc = token.doc
    return (
        word[:1].isupper()
        and not word.isupper()
        and len(word) >= 3
        and all(p.isalpha() and p[:1].isupper() for p in parts)
        and token.tag_ in (("", "DC", "DB") if also_words else ("", "DC"))
        and token.i not in doc.user_data.get(FOREIGN_KEY, ())
        and not any(a <= token.i < b for a, b in doc.user_data.get(PLACE_KEY, ()))
        and word.lower() not in NL_STOP_WORDS
        and word.lower() not in EN_STOP_WORDS
        and all(p in first_names() for p in parts)
        and not is_product(word, include_name_like=True)  # "Alexa", "Siri"
    )


def _surname_particle(before: Token) -> bool:
    """ "Van" before a capitalised word is part of a surname when it is capitalised itself or
    follows another name ("notariskantoor Van Roey", "Jan van Wiktor")."""
    if before.lower_ not in PARTICLES:
        return False
    if not before.is_lower:
        return True
    return before.i > 0 and before.doc[before.i - 1].is_title


def _pair_opens_freely(doc: Doc, i: int) -> bool:
    """The pair holding token ``i`` is not part of a firm's name: no particle or capitalised
    word right before it ("notariskantoor Van Dijk & Roos")."""
    first = i - 2 if i >= 2 and doc[i - 1].lower_ in _JOINERS else i
    if first == 0 or _opens_sentence(doc[first]):
        return True
    before = doc[first - 1]
    if before.lower_.rstrip(".") in CUES and before.lower_ not in PARTICLES:
        return True  # "Bedankt Roos & Mark"
    return before.lower_ not in PARTICLES and not (before.is_title and not _opens_sentence(before))


def _after_phrase(token: Token, phrases: frozenset[tuple[str, ...]]) -> bool:
    """The words right before ``token`` (same line) are one of ``phrases``."""
    doc = token.doc
    for phrase in phrases:
        start = token.i - len(phrase)
        if start < 0:
            continue
        words = doc[start : token.i]
        if tuple(t.lower_ for t in words) == phrase and not any(
            "\n" in t.text_with_ws for t in words
        ):
            return True
    return False


def _closes_message(token: Token) -> bool:
    """Right after a closing cue, and then only punctuation or emoji on its line, or a comma
    ("oke thx bas, ik probeer het morgen")."""
    doc = token.doc
    if token.i == 0:
        return False
    if doc[token.i - 1].lower_.rstrip(".") not in CLOSING_CUES and not _after_phrase(
        token, CLOSING_PHRASES
    ):
        return False
    for after in doc[token.i + 1 :]:
        if "\n" in doc[after.i - 1].text_with_ws or after.is_space or after.text == ",":
            return True
        if any(ch.isalnum() for ch in after.text):
            return False
    return True


def _opens_sentence(token: Token) -> bool:
    if token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.is_space or before.text in _SENTENCE_END or "\n" in before.text


def _joined_to_name(token: Token, candidates: set[int]) -> bool:
    doc = token.doc
    for step in (-1, 1):
        j, k = token.i + step, token.i + 2 * step
        if 0 <= k < len(doc) and doc[j].lower_ in _JOINERS:
            other = doc[k]
            if other.i in candidates or (other.is_title and other.tag_ in ("", "DC", "DB")):
                return True
    return False


def find_lowercase_names(doc: Doc) -> list[Token]:
    """The lowercase first names in ``doc`` that stand in a name's place."""
    if not len(doc) or not doc.user_data.get(TAGGED_KEY):
        return []  # no word-list tags: no model, no knowledge to go on
    # each word is judged once, with ordinary words allowed; those that are no ordinary word
    # (no DL/DB tag) are the plain candidates
    loose = {t.i for t in doc if _candidate(t, also_words=True)}
    candidates = {i for i in loose if not doc[i].tag_}
    # lowercase first names that are also words ("joep", "roos") only joined to another name
    # or closing a message after a thank-you or greeting
    worded = loose - candidates
    candidates |= {
        i
        for i in worded
        if _joined_to_name(doc[i], candidates)
        or (_closes_message(doc[i]) and len(doc[i]) >= 4)  # not "thx man"
    }
    loose_capitalised = {t.i for t in doc if _capitalised_candidate(t, also_words=True)}
    capitalised = {i for i in loose_capitalised if doc[i].tag_ != "DB"}
    # first names that are also words ("Bedankt Roos & Mark!") count only in a pair
    paired = loose_capitalised - capitalised
    capitalised |= {
        i
        for i in paired
        if _joined_to_name(doc[i], capitalised | paired) and _pair_opens_freely(doc, i)
    }
    found = []
    for i in sorted(candidates | capitalised):
        token = doc[i]
        before = doc[i - 1] if i > 0 else None
        after = doc[i + 1] if i + 1 < len(doc) else None
        if (
            (
                before is not None
                and before.lower_.rstrip(".") in _SLOT_CUES
                and not (i in capitalised and _surname_particle(before))
            )
            or (i in candidates and _after_phrase(token, PHRASE_CUES))
            or (
                _joined_to_name(token, candidates | capitalised)
                and (i in candidates or _pair_opens_freely(doc, i))
            )
            or (
                _opens_sentence(token)
                and after is not None
                and (
                    (after.is_lower and after.tag_ == "DL")
                    or (i in capitalised and after.text == ",")  # "Radosław, bedankt"
                )
            )
        ):
            found.append(token)
    return found


class LowercaseNameRecognizer(TaggedDocPersonRecognizer):
    """PERSON for a lowercase first name in a name's place (see the module docstring)."""

    SCORE = 0.6
    EXPLANATION = "lowercase first name in a name's place"

    def find(self, text: str, doc: Doc) -> list[tuple[int, int]]:
        return [(t.idx, t.idx + len(t.text)) for t in find_lowercase_names(doc)]
