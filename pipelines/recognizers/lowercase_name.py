"""First names typed in lowercase, in the places people mention one.

Chats, reviews and web forms are typed without capitals: "de kamer van lieze en wannes",
"bedankt kato!!", "seppe had de kachel al aan". Capitalisation is the model's strongest name
cue, so it misses these, and the model's filter drops a lowercase one-word name anyway (most
lowercase words are no name). Two pieces of knowledge make it safe to take them:

* the OpenTaal list (the model's ``wordlist_tags`` step) does not know the word as an ordinary
  Dutch word (``Token.tag_`` is empty), and it is no Dutch or English stop word;
* Faker's first-name lists know it as a first name in some locale (``pipelines.first_names``).

And the word stands where a name stands: after "van", "bij", "met", a thank-you or a greeting,
joined by "en"/"&" to another name, or opening a sentence before a lowercase Dutch word.
Without the model (a blank pipeline) there are no word-list tags, and this recognizer finds
nothing.
"""

from __future__ import annotations

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.nl.stop_words import STOP_WORDS as NL_STOP_WORDS
from spacy.tokens import Doc, Token

from pipelines.first_names import lowercase_first_names
from pipelines.wordlist_tags import TAGGED_KEY

#: words after which a lowercase first name is a person ("van lieze", "bedankt kato")
CUES = frozenset(
    """van bij met voor aan door bedankt dank dankje dankjewel dankuwel merci thanks thx tnx
    hoi hallo hey hi dag beste lieve groetjes groeten groet gr host hostess gastvrouw gastheer
    namens""".split()
)
_JOINERS = frozenset({"en", "&", "and"})
_SENTENCE_END = frozenset({".", "!", "?", "\n"})
SCORE = 0.6


def _candidate(token: Token) -> bool:
    word = token.text
    return (
        word.islower()
        and word.isalpha()
        and len(word) >= 3
        and token.tag_ == ""  # unknown to the Dutch word list: no ordinary word
        and word not in NL_STOP_WORDS
        and word not in EN_STOP_WORDS
        and word in lowercase_first_names()
    )


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
    candidates = {t.i for t in doc if _candidate(t)}
    found = []
    for i in sorted(candidates):
        token = doc[i]
        before = doc[i - 1] if i > 0 else None
        after = doc[i + 1] if i + 1 < len(doc) else None
        if (
            (before is not None and before.lower_.rstrip(".") in CUES)
            or _joined_to_name(token, candidates)
            or (
                _opens_sentence(token)
                and after is not None
                and after.is_lower
                and after.tag_ == "DL"
            )
        ):
            found.append(token)
    return found


class LowercaseNameRecognizer(LocalRecognizer):
    """PERSON for a lowercase first name in a name's place (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["PERSON"], supported_language="nl", name=type(self).__name__
        )

    def load(self) -> None:
        """Nothing to load until a candidate appears (the name lists load lazily)."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        doc = getattr(nlp_artifacts, "tokens", None)
        if "PERSON" not in entities or doc is None or not hasattr(doc, "vocab"):
            return []
        return [
            RecognizerResult(
                "PERSON",
                token.idx,
                token.idx + len(token.text),
                SCORE,
                analysis_explanation=AnalysisExplanation(
                    recognizer=self.name,
                    original_score=SCORE,
                    textual_explanation="lowercase first name in a name's place",
                ),
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for token in find_lowercase_names(doc)
        ]
