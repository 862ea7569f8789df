"""Second thoughts on the NER model's names.

Our model learned names from synthetic support messages and old newspapers; in real tickets it
also tags the support desk's own brand ("Beste Dijkhost"), products, headings ("Praktisch:"),
nationalities and the odd lowercase word. The rules below drop those kinds of model findings
before the policy sees them. They only ever remove model findings: the rule-based cues, which
carry their own evidence, are untouched. The model's places are left out altogether: LOCATION
means a person's whereabouts, which the location recognizer finds from its cues, while the model
tags every town, street and brand that looks like one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from spacy.tokens import Doc

from pipelines.names import BUSINESS_WORD, squash
from pipelines.names.first_names import first_names
from pipelines.names.wordlists import alternation, word_set
from pipelines.names.words import first_name_and_surname, is_role_noun
from pipelines.products import is_product
from pipelines.wordlist_tags import LOWER_PROPER_KEY

_DOMAIN_LABEL = re.compile(r"[@./]([a-z0-9][a-z0-9\-]{2,})\.(?:[a-z]{2,6})\b", re.IGNORECASE)
_NOT_A_NAME = word_set("languages_and_nationalities")


#: a chat line spoken by a company through a person: "[10:02] Domeinhaven – Tessa:",
#: "26-02-25 08:05 - Kabelkoning (Wessel):", "Febe @ Webkade:" (the company after the @)
_COMPANY_SPEAKER = re.compile(
    r"^[ \t>]*(?:\[[^\]\n]{1,25}\][ \t]*|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}"
    r"(?::\d{2})?[ \t]+-[ \t]+)?(?P<org>[^\W\d_][\w&.\-]*(?:[ \t][^\W\d_][\w&.\-]*){0,2})"
    r"[ \t]*(?:[–|][ \t]*[^\W\d_][\w\-]*|\([ \t]*[^\W\d_][\w\-]*[ \t]*\))[ \t]*:"
    r"|^[ \t>]*(?:\[[^\]\n]{1,25}\][ \t]*)?[^\W\d_][\w\-]*[ \t]*@[ \t]*(?P<org2>[^\W\d_][\w&.\-]*)"
    r"[ \t]*:",
    re.MULTILINE,
)


def _speaking_companies(text: str) -> set[str]:
    """Companies that speak in the chat through a named employee."""
    names = set()
    for match in _COMPANY_SPEAKER.finditer(text):
        org = match.group("org") or match.group("org2")
        names.add(squash(org))
        names.update(squash(word) for word in org.split() if len(word) > 4)
    return names


def _organisation_labels(text: str) -> set[str]:
    """Second-level domain labels in the text: the companies mentioned by their sites/mail."""
    return {squash(m.group(1)) for m in _DOMAIN_LABEL.finditer(text)}


#: an article or possessive right before a word: people are not "mijn Mac" or "de Kindle"
_DETERMINER_BEFORE = re.compile(
    rf"(?<![\w'’])(?:{alternation('determiners')})[ \t]+$", re.IGNORECASE
)
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4})?\b(?![.,:]\d)")


def _first_name_alone(doc: Doc | None, result: RecognizerResult) -> bool:
    """The finding is one word that is a first name (Faker) and no ordinary Dutch word: a
    review's "Przemysław, nogmaals bedankt" opens with a name, "Praktisch:" with a word."""
    if doc is None:
        return False
    span = doc.char_span(result.start, result.end)
    return (
        span is not None
        and len(span) == 1
        and span[0].tag_ in ("", "DC")
        and span[0].text in first_names()
    )


def _lowercase_proper(doc: Doc | None, result: RecognizerResult) -> bool:
    """A lowercase word the list knows only capitalised, as a name ("wietse", "doutzen")."""
    if doc is None:
        return False
    span = doc.char_span(result.start, result.end)
    return (
        span is not None and len(span) == 1 and span[0].i in doc.user_data.get(LOWER_PROPER_KEY, ())
    )


def _named_as_a_person(text: str, start: int, words: list[str]) -> bool:
    """A first name before a surname that only ends like a trade ("Esther Mulderij"), or a
    role word right before the name ("wethouder Mulderij"): a person, not a business."""
    if first_name_and_surname(words):
        return True
    before = text[max(0, start - 40) : start].split()
    return bool(before) and is_role_noun(before[-1])


def _looks_wrong(
    text: str, result: RecognizerResult, org_labels: set[str], doc: Doc | None = None
) -> bool:
    value = text[result.start : result.end]
    words = value.split()
    squashed = squash(value)
    if not words or any(ch.isdigit() for ch in value):
        return True
    if is_product(value):
        return True  # "Ik kan Thunderbird niet openen": a product, app or UI label
    if is_product(value, include_name_like=True) and _DETERMINER_BEFORE.search(
        text, 0, result.start
    ):
        return True  # "op mijn Mac", "de Kindle": a product that is also a name, with an article
    if squashed in org_labels or any(squash(w) in org_labels for w in words if len(w) > 4):
        return True  # the desk's or a shop's own brand, known from its domain
    if any(BUSINESS_WORD.match(w.strip(",.;:()\"'")) for w in words) and not _named_as_a_person(
        text, result.start, words
    ):
        return True
    if _HOUSE_NUMBER_AFTER.match(text, result.end):
        return True  # "Grote Markt 4", "Kerkstraat 12a": a street, whatever the model thought
    if len(words) == 1:
        word = words[0]
        if word.isupper() or word.lower() in _NOT_A_NAME:
            return True
        if word.islower():
            return not _lowercase_proper(doc, result)
        if re.search(r"-\w*[a-z]{3,}(?:['’]s)?$", word) and not word.split("-")[1][:1].isupper():
            return True  # "Rabo-rekening", "Google-wachtwoord": compounds, not names
        line_start = text.rfind("\n", 0, result.start) + 1
        before = text[line_start : result.start]
        opens = not before.strip(" \t>-*•") or before.rstrip().endswith(":")
        if opens and text[result.end : result.end + 1] in (":", ",", ".", "!"):
            return not _first_name_alone(
                doc, result
            )  # "Praktisch:", "Opgelet, deel …", "Klant: Prima, dank u": no name
    return False


def filter_model_findings(
    text: str, results: Iterable[RecognizerResult], doc: Doc | None = None
) -> list[RecognizerResult]:
    """Drop the model's places and the model's names that show the marks of something else."""
    org_labels = _organisation_labels(text) | _speaking_companies(text)
    return [
        r
        for r in results
        if r.entity_type != "LOCATION"
        and not (r.entity_type == "PERSON" and _looks_wrong(text, r, org_labels, doc))
    ]


class CheckedSpacyRecognizer(SpacyRecognizer):
    """Presidio's spaCy recognizer with the second thoughts above applied to its findings.

    Filtering here, before the analyzer removes duplicates, matters: a dropped model finding must
    not have displaced a rule's finding of the same span.
    """

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        doc = getattr(nlp_artifacts, "tokens", None)
        found = super().analyze(text, entities, nlp_artifacts) or []
        return filter_model_findings(text, found, doc if isinstance(doc, Doc) else None)
