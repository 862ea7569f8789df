"""The NER model's document-level step: one name keeps one label within one text.

The entities are set by hand (no model), so each test pins one rule: what gets relabelled,
what is left alone, and that the step never adds or widens a span.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc, Span

from pipelines.entity_consistency import FACTORY, consistent_labels


def doc_with(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    nlp = spacy.blank("nl")
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def labels(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in spans]


def test_a_name_takes_the_label_it_got_most_often() -> None:
    words = "zei Tarimov . door Tarimov . Tarimov vluchtte".split()
    doc = doc_with(words, [(1, 2, "PER"), (4, 5, "ORG"), (6, 7, "PER")])
    assert labels(consistent_labels(doc)) == [("Tarimov", "PER")] * 3


def test_a_tie_keeps_each_mention_its_own_label() -> None:
    doc = doc_with("Sydney won . in Sydney".split(), [(0, 1, "PER"), (4, 5, "LOC")])
    assert labels(consistent_labels(doc)) == [("Sydney", "PER"), ("Sydney", "LOC")]


def test_a_lone_surname_of_a_full_name_is_that_person() -> None:
    words = "premier Ronit Avrahami kwam . Avrahami zei nee".split()
    doc = doc_with(words, [(1, 3, "PER"), (5, 6, "ORG")])
    assert labels(consistent_labels(doc)) == [("Ronit Avrahami", "PER"), ("Avrahami", "PER")]


def test_a_one_word_person_that_names_an_organisation_here_is_that_organisation() -> None:
    words = "Avantra Airline Management wordt opgericht . Avantra zegt ja".split()
    doc = doc_with(words, [(0, 3, "ORG"), (6, 7, "PER")])
    assert labels(consistent_labels(doc))[1] == ("Avantra", "ORG")


def test_a_surname_of_a_full_name_stays_a_person_next_to_a_company_named_after_it() -> None:
    words = "Jansen Installatie bv : Jan Jansen . Groet , Jansen".split()
    doc = doc_with(words, [(0, 3, "ORG"), (4, 6, "PER"), (9, 10, "PER")])
    assert labels(consistent_labels(doc))[2] == ("Jansen", "PER")


def test_a_lowercase_last_word_is_not_taken_for_a_surname() -> None:
    # "Jan de" is a mis-cut span; "de" must not make every "de" entity a person
    doc = doc_with("Jan de kwam . De Lijn".split(), [(0, 2, "PER"), (4, 6, "ORG")])
    assert labels(consistent_labels(doc)) == [("Jan de", "PER"), ("De Lijn", "ORG")]


def test_different_names_are_left_alone() -> None:
    doc = doc_with("Peeters bij Barco".split(), [(0, 1, "PER"), (2, 3, "ORG")])
    assert labels(consistent_labels(doc)) == [("Peeters", "PER"), ("Barco", "ORG")]


def test_the_component_relabels_but_never_adds_or_widens_a_span() -> None:
    nlp = spacy.blank("nl")
    nlp.add_pipe(FACTORY)
    words = "Meridov won . van Meridov . Meridov zegt Meridov".split()
    doc = doc_with(words, [(0, 1, "PER"), (4, 5, "ORG"), (6, 7, "PER")])
    doc = nlp.get_pipe(FACTORY)(doc)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [
        (0, 1, "PER"),
        (4, 5, "PER"),
        (6, 7, "PER"),
    ]  # the unlabelled last "Meridov" stays unlabelled
    assert len(nlp("")) == 0


def test_the_shipped_model_runs_the_step_after_ner() -> None:
    model = Path(__file__).resolve().parents[2] / "models" / "nl_privacy_ner"
    nlp = spacy.load(model)
    assert nlp.pipe_names[-3:] == ["ner", "entity_consistency", "entity_cues"]
