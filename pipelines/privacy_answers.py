"""Questions about privacy that are not requests, answered from the company's own statement.

"Hoe lang bewaren jullie mijn facturen?" deserves the answer the company has already written,
not a guess: the assistant quotes the section of ``config/privacy_statement.md`` that answers
it and links to the whole statement. When no section clearly answers, it says so and a person
takes over — an assistant that invents privacy promises is worse than none.

How a section is chosen: each section is described by *topics* (retention, sharing, location,
security, cookies, rights, purposes, data, complaints, contact), each topic by cue stems in
Dutch and English. A question's topics are the ones whose cues it contains; the section whose
heading and text carry the most of the same cues wins. The topic cues are about concepts,
not about any one statement, so a company's own statement with other headings still works as
long as it uses the ordinary words for these subjects.

Pure: text in, choice out; the statement is parsed once by the caller.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# topic -> cue stems (matched at word starts, lowercase, accents removed)
TOPICS: dict[str, tuple[str, ...]] = {
    "retention": (
        "bewaar", "bewaren", "bewaart", "bewaard", "bewaartermijn", "hoe lang",
        "verwijderen jullie", "wanneer verwijder", "retention", "how long", "keep my",
        "store my data for", "kept",
    ),
    "sharing": (
        "delen", "deelt", "gedeeld", "doorgeven", "doorgegeven", "verkopen", "verkoopt",
        "andere bedrijven", "derden", "derde partij", "verwerker", "share", "shared", "sell",
        "third part", "other companies", "processor",
    ),
    "location": (
        "waar staan", "waar worden", "opgeslagen", "opslag", "server", "datacenter", "buiten de eu",
        "buiten europa", "amerika", "cloud", "where is my data", "where do you store", "stored",
        "outside the eu", "data centre", "data center",
    ),
    "security": (
        "beveilig", "veilig", "versleutel", "encrypt", "hack", "lek", "datalek", "secure",
        "security", "breach",
    ),
    "cookies": ("cookie", "tracking", "volgen jullie", "analytics"),
    "rights": (
        "rechten", "recht op", "inzage", "verzoek", "termijn", "identiteitsbewijs", "rights",
        "request", "right to",
    ),
    "purposes": (
        "waarvoor", "waarom", "gebruiken jullie", "doel", "grondslag", "what do you use",
        "why do you", "purpose", "legal basis",
    ),
    "data": (
        "welke gegevens", "welke persoonsgegevens", "verzamel", "wat verwerken", "what data",
        "which data", "collect",
    ),
    "complaints": ("klacht", "autoriteit persoonsgegevens", "complain", "authority"),
    "contact": (
        "contact", "functionaris", "privacy officer", "wie kan ik", "dpo", "who can i",
    ),
}  # fmt: skip
# what makes a message a question about privacy at all (besides a topic)
_PRIVACY_WORDS = re.compile(
    r"\b(gegevens|persoonsgegevens|privacy|avg|gdpr|data|cookies?|facturen|mijn info\w*)\b"
)
_QUESTION = re.compile(
    r"\?|^\s*(hoe|waar|wat|welke|wie|waarom|waarvoor|mag|kunnen|kun|delen|bewaren|verkopen"
    r"|how|where|what|which|who|why|do|does|can|is|are)\b"
)
#: below this the statement does not clearly answer: hand over to a person
MIN_SCORE = 2.0


@dataclass(frozen=True)
class Section:
    title: str
    anchor: str
    text: str
    topics: frozenset[str]


@dataclass(frozen=True)
class PrivacyAnswer:
    """``section`` None: a privacy question the statement does not answer (hand over)."""

    section: Section | None
    topics: tuple[str, ...]
    score: float


def fold(text: str) -> str:
    """Lowercase without accents, so "privacyverklaring" and "Privacyverklaring" match."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _cue_hits(text: str, cues: tuple[str, ...]) -> int:
    return sum(1 for cue in cues if re.search(rf"(?<!\w){re.escape(cue)}", text))


def slug(title: str) -> str:
    """The anchor a Markdown renderer gives a heading (GitHub style)."""
    return re.sub(r"[^\w\- ]", "", fold(title)).strip().replace(" ", "-")


def parse_statement(markdown: str) -> list[Section]:
    """Split at ``## `` headings; each section keeps the topics its heading and text cover."""
    sections: list[Section] = []
    for block in re.split(r"(?m)^## ", markdown)[1:]:
        title, _, body = block.partition("\n")
        text = " ".join(body.split())
        folded_title, folded = fold(title), fold(title + " " + text)
        topics = frozenset(
            topic
            for topic, cues in TOPICS.items()
            if _cue_hits(folded_title, cues) or _cue_hits(folded, cues) >= 2
        )
        sections.append(Section(title.strip(), slug(title), text, topics))
    return sections


def load_statement(path: Path) -> list[Section]:
    return parse_statement(path.read_text(encoding="utf-8"))


def question_topics(text: str) -> tuple[str, ...]:
    folded = fold(text)
    return tuple(topic for topic, cues in TOPICS.items() if _cue_hits(folded, cues))


def is_privacy_question(text: str) -> bool:
    """A question (question mark or question word) that is about personal data or privacy."""
    folded = fold(text)
    if not _QUESTION.search(folded):
        return False
    return bool(_PRIVACY_WORDS.search(folded)) or bool(question_topics(text))


def answer_privacy_question(text: str, sections: list[Section]) -> PrivacyAnswer | None:
    """None when the text is no privacy question; else the best section (or none: hand over)."""
    if not is_privacy_question(text):
        return None
    topics = question_topics(text)
    folded = fold(text)
    best: tuple[float, Section | None] = (0.0, None)
    for section in sections:
        shared = [t for t in topics if t in section.topics]
        if not shared:
            continue
        title = fold(section.title)
        # a topic named in the heading counts most; cue words the section shares add a little
        score = sum(2.0 if _cue_hits(title, TOPICS[t]) else 1.0 for t in shared)
        score += 0.25 * _shared_words(folded, fold(section.text))
        if score > best[0]:
            best = (score, section)
    score, section = best
    if section is None or score < MIN_SCORE:
        return PrivacyAnswer(None, topics, score)
    return PrivacyAnswer(section, topics, score)


_STOP = frozenset(
    "de het een en van in op te dat die is je jij u uw mijn jullie we wij ze zij er met voor "
    "aan om of als bij ook niet wat hoe waar wie dan nog naar the a an and of to in on my your "
    "you we is are do does".split()
)


def _shared_words(question: str, section: str) -> int:
    words = {w for w in re.findall(r"\w{4,}", question) if w not in _STOP}
    return sum(1 for w in words if re.search(rf"\b{re.escape(w)}", section))


def compose_answer(answer: PrivacyAnswer, link: str, language: str = "nl") -> str:
    """The assistant's words: the quoted section and the link, or an honest hand-over."""
    if answer.section is None:
        if language == "en":
            return (
                "Our privacy statement does not answer that question clearly, so a colleague "
                f"will answer it for you. You can read the whole statement here: {link}"
            )
        return (
            "Onze privacyverklaring geeft daar geen duidelijk antwoord op, dus een collega "
            f"beantwoordt je vraag. De hele verklaring lees je hier: {link}"
        )
    section = answer.section
    where = f"{link}#{section.anchor}"
    if language == "en":
        return f'From our privacy statement, "{section.title}": {section.text} ({where})'
    return f'Uit onze privacyverklaring, "{section.title}": {section.text} ({where})'
