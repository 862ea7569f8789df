"""Names in the shapes of social media and pasted data: handles, webcare sign-offs, comment
headers and name fields.

Why: a DM export or a comment thread names people in ways no sentence does. The customer is a
handle built from her name ("femkevanderhaar:", "@mel.terpstra", "rowan_hoogendijk"); the
company's webcare agent signs with a caret or a dash ("^Rianne", "– Linda"); a comment starts
with the commenter's display name and its age ("Gradus Smulders · 2 u"). A pasted payload names
people in fields ("first_name": "Evert", last_name="D'Hondt"). Each names a person as plainly as
a signature does.

A handle counts only when a known first name (Faker's names of every locale) opens it, or an
initial and a word do ("s.elbaz"): "studio.lune.sieraden", "bakfietsmama_88" and a shop's
"kaaswinkel.devries" are accounts, not people, and handles that end in a country or a business
word ("skyhollandnl", "gymfit.leiden") are the company's. The business words are data
(``data/handle_business_words``).
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.names.companies import is_company_token
from pipelines.names.first_names import first_names, lowercase_first_names, lowercase_person_names
from pipelines.names.wordlists import word_set
from pipelines.recognizers.base import finding

#: a handle: letters, digits, dots and underscores, starting with a letter
_HANDLE = r"[A-Za-z][A-Za-z0-9._]{2,29}"
#: a handle after "@" ("@mel.terpstra"), not inside an e-mail address
_MENTION = re.compile(rf"(?<![\w@.])@({_HANDLE})(?![\w@])")
#: a handle that speaks: at a line's start, maybe after "[DM]" or "Direct ·", before a colon
_SPEAKER = re.compile(
    rf"^[ \t]*(?:\[DM\][ \t]*|Direct[ \t]*·[ \t]*)?({_HANDLE})(?=:[ \t]|:$|[ \t]*$|[ \t]+@)",
    re.MULTILINE,
)
#: a comment export's line: the commenter's handle, then the comment ("yvonnevanbeek doe mee!")
_LINE_HANDLE = re.compile(rf"^[ \t]*({_HANDLE})[ \t]+(?=\S)", re.MULTILINE)
#: a webcare sign-off at a line's end: "^Rianne", "– Linda", "x Wieke"
_SIGN_OFF = re.compile(
    r"(?:(?<=\s)\^|(?<=\s)[–—][ \t]|(?<=\s)x[ \t])([A-Z][a-zà-ÿ]{2,20})[ \t]*$", re.M
)
#: a comment's header: the display name, a middle dot and how long ago ("2 u", "45 min")
_COMMENT_HEADER = re.compile(
    r"^[ \t]*([A-Za-zÀ-ÿ][\w'’\-]*(?:[ \t]+[A-Za-zÀ-ÿ][\w'’\-]*){0,3})[ \t]+·[ \t]+\d{1,3}[ \t]*"
    r"(?:u|uur|min|m|h|d|dg|dagen|dag|w|wk|weken|s|sec|mnd)(?![\w])",
    re.MULTILINE,
)
#: a name field of pasted data: "first_name": "Evert", last_name="D'Hondt", Voornaam: Jan
_NAME_FIELD = re.compile(
    r"(?i:[\"']?(?:first[_ ]?name|last[_ ]?name|given[_ ]?name|family[_ ]?name|surname"
    r"|full[_ ]?name|display[_ ]?name|contact[_ ]?name|voornaam|achternaam|roepnaam)[\"']?)"
    r"[ \t]*[:=][ \t]*"
    r"[\"']([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’\- ]{0,40}[A-Za-zÀ-ÿ])[\"']"
)
_BUSINESS_WORDS = word_set("handle_business_words")
#: what makes a word before a colon a handle rather than a label: lowercase only, or a dot,
#: underscore or digit in it
_HANDLE_SHAPE = re.compile(r"^[a-z0-9._]+$|[._\d]")
#: a handle's parts: split at dots, underscores and digits
_PARTS = re.compile(r"[._\d]+")
_MIN_FIRST_NAME = 3
#: how a surname glued to a first name may start: its particle, whole or short ("vd")
_GLUED_PARTICLES = ("van", "vd", "de", "der", "den", "ten", "ter", "te", "le", "la", "el", "al")


def _business_handle(low: str) -> bool:
    """A lowercase handle with a business word as a part or its ending ("gymfit.leiden",
    "skyhollandnl")."""
    parts = [p for p in _PARTS.split(low) if p]
    return any(p in _BUSINESS_WORDS for p in parts) or any(
        low.endswith(w) and len(low) > len(w) + 2 for w in _BUSINESS_WORDS
    )


def handle_names_a_person(handle: str) -> bool:
    """Whether ``handle`` is built from a person's name (see the module docstring)."""
    low = handle.lower()
    parts = [p for p in _PARTS.split(low) if p]
    if not parts or _business_handle(low):
        return False
    names = lowercase_first_names()
    first = parts[0]
    if len(first) == 1:  # "s.elbaz": an initial and a surname
        return len(parts) > 1 and len(parts[1]) >= 3
    if first in names and len(first) >= _MIN_FIRST_NAME:
        return True
    # "femkevanderhaar", "sjoerdhoekstra": a first name glued to a surname; not "marketing"
    surnames = lowercase_person_names()
    for n in range(len(first) - 2, _MIN_FIRST_NAME - 1, -1):
        rest = first[n:]
        if first[:n] in names and (rest in surnames or rest.startswith(_GLUED_PARTICLES)):
            return True
    return False


#: a display name with its handle after it: "Anjana Raghunathan @anjana_rag"
_NAME_AND_HANDLE = re.compile(
    rf"(?<![\w\-])([A-ZÀ-Ý][a-zà-ÿ'’]+(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*){{1,3}})[ \t]+@({_HANDLE})"
)


def _handles_beside_names(text: str) -> frozenset[str]:
    """Handles written after a person's display name whose first name opens them ("Anjana
    Raghunathan @anjana_rag"): the account is hers, wherever it speaks in the text. Not a
    company's ("Glasnet Klantenservice @GlasnetNL")."""
    owned = set()
    for m in _NAME_AND_HANDLE.finditer(text):
        name, handle = m.group(1), m.group(2)
        if any(is_company_token(w) for w in name.split()) or _business_handle(handle.lower()):
            continue
        if handle.lower().startswith(name.split()[0].lower()[:4]):
            owned.add(handle.lower())
    return frozenset(owned)


def _display_name(value: str) -> bool:
    """A comment header's name is a person's: a known first name opens it, or it is two or
    three capitalised words with no company word ("Gradus Smulders", not "Waterbedrijf Oost")."""
    words = value.split()
    if words[0].capitalize() in first_names():
        return True
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not any(is_company_token(w) for w in words)
    )


class SocialNameRecognizer(LocalRecognizer):
    """PERSON for handles, sign-offs, comment headers and name fields (module docstring)."""

    ENTITY = "PERSON"
    SCORE = 0.6

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            name=type(self).__name__,
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Nothing to load: the patterns are compiled at import, the names read on first use."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        spans: list[tuple[int, int, str]] = []
        if "@" in text or ":" in text:
            owned = _handles_beside_names(text)
            for regex in (_MENTION, _SPEAKER):
                for m in regex.finditer(text):
                    handle = m.group(1)
                    if regex is _SPEAKER and not _HANDLE_SHAPE.search(handle):
                        continue  # "Van:", "Camera:": a field label, not an account
                    if handle.lower() in owned or handle_names_a_person(handle):
                        spans.append((m.start(1), m.end(1), "a handle built from a name"))
        for m in _LINE_HANDLE.finditer(text):
            handle = m.group(1)
            # only an unmistakable handle: lowercase, and more than a bare first name
            if (
                handle.islower()
                and handle not in lowercase_first_names()
                and handle_names_a_person(handle)
            ):
                spans.append((m.start(1), m.end(1), "a handle built from a name"))
        if "^" in text or "–" in text or "—" in text or " x " in text:
            for m in _SIGN_OFF.finditer(text):
                word = m.group(1)
                # the caret signs whatever the name, and so does a kiss ending the message
                # ("… x Wietske"); a dash needs a known first name ("– Netwerkbeheer" is a desk)
                kiss_at_end = text[m.start()] == "x" and not text[m.end() :].strip()
                if text[m.start()] == "^" or word in first_names() or kiss_at_end:
                    spans.append((m.start(1), m.end(1), "a webcare sign-off"))
        if "·" in text:
            for m in _COMMENT_HEADER.finditer(text):
                if _display_name(m.group(1)):
                    spans.append((m.start(1), m.end(1), "a comment's display name"))
        if "name" in text.lower() or "naam" in text.lower():
            for m in _NAME_FIELD.finditer(text):
                spans.append((m.start(1), m.end(1), "a name field"))
        return [
            finding(
                self,
                self.ENTITY,
                start,
                end,
                self.SCORE,
                AnalysisExplanation(
                    recognizer=self.name, original_score=self.SCORE, textual_explanation=why
                ),
            )
            for start, end, why in spans
        ]
