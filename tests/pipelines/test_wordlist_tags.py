"""The NER model's word-list feature: which tag a token gets, and that it survives saving.

The tags are an input feature of the shipped model, so a change in what they mean (or a list
that is silently lost on save/load) changes every prediction without failing anything else.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy

from pipelines.wordlist_tags import FACTORY, WordlistTags, read_wordlist

WORDS = "bakker\nBakker\nbellen\nSimpelveld\nReitzema\nlijsttrekker\ne-mail\nJan\njan\n"


@pytest.fixture
def wordlist(tmp_path: Path) -> Path:
    path = tmp_path / "dutch"
    path.write_text(WORDS, encoding="utf-8")
    return path


@pytest.fixture
def nlp(wordlist: Path) -> spacy.language.Language:
    nlp = spacy.blank("nl")
    nlp.add_pipe(FACTORY, name="wordlist_tags")
    nlp.initialize()
    nlp.get_pipe("wordlist_tags").initialize(path=str(wordlist))
    return nlp


def tags(nlp: spacy.language.Language, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.tag_) for t in nlp(text)]


def test_reader_splits_ordinary_words_from_proper_names(wordlist: Path) -> None:
    ordinary, proper = read_wordlist(wordlist)
    assert ordinary == ["bakker", "bellen", "jan", "lijsttrekker"]  # "e-mail" is not alphabetic
    assert proper == ["Bakker", "Jan", "Reitzema", "Simpelveld"]


def test_tokens_are_tagged_ordinary_proper_both_or_unknown(nlp) -> None:
    assert tags(nlp, "Bellen Reitzema Bakker Castellari lijsttrekker BELLEN") == [
        ("Bellen", "DL"),  # an ordinary word, capitalised
        ("Reitzema", "DC"),  # only a proper name
        ("Bakker", "DB"),  # both: context decides
        ("Castellari", ""),  # unknown to the list
        ("lijsttrekker", "DL"),
        ("BELLEN", "DL"),  # ordinary words match case-insensitively
    ]


def test_proper_names_match_only_as_written(nlp) -> None:
    # "reitzema" is not in the list in lower case: a lowercase chat name is left to the model
    assert tags(nlp, "reitzema simpelveld") == [("reitzema", ""), ("simpelveld", "")]


def test_the_lists_survive_saving_and_loading(nlp, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert tags(loaded, "Bellen Reitzema Bakker Castellari") == tags(
        nlp, "Bellen Reitzema Bakker Castellari"
    )
    copy = WordlistTags(loaded.vocab).from_bytes(loaded.get_pipe("wordlist_tags").to_bytes())
    assert [t.tag_ for t in copy(loaded.make_doc("Simpelveld bellen"))] == ["DC", "DL"]


def test_without_a_list_nothing_is_tagged_and_empty_docs_pass() -> None:
    nlp = spacy.blank("nl")
    nlp.add_pipe(FACTORY)
    nlp.initialize()
    assert [t.tag_ for t in nlp("Bellen Reitzema")] == ["", ""]
    assert len(nlp("")) == 0


def test_the_shipped_model_carries_the_word_list() -> None:
    model = Path(__file__).resolve().parents[2] / "models" / "nl_privacy_ner"
    nlp = spacy.load(model)
    assert nlp.pipe_names[0] == "wordlist_tags"
    assert [t.tag_ for t in nlp("Lijsttrekker Bakker")] == ["DL", "DB"]


def test_foreign_words_are_marked_and_survive_saving(nlp, tmp_path: Path) -> None:
    from pipelines.wordlist_tags import FOREIGN_KEY, _hashes

    nlp.get_pipe("wordlist_tags").foreign = _hashes(["domain", "grüße", "viele"])
    doc = nlp("Viele Grüße , Reitzema Domain")
    assert sorted(doc.user_data[FOREIGN_KEY]) == [0, 1, 4]
    nlp.to_disk(tmp_path / "model")
    again = spacy.load(tmp_path / "model")("Viele Grüße , Reitzema Domain")
    assert sorted(again.user_data[FOREIGN_KEY]) == [0, 1, 4]


def test_foreign_words_leave_out_first_names_and_surnames() -> None:
    from pipelines.wordlist_tags import foreign_words

    words = set(foreign_words(["en"], not_names={"Will", "Rose", "Smith"}))
    assert {"something", "cannot", "domain"} <= words
    assert not {"will", "rose", "smith"} & words


def test_the_shipped_model_knows_foreign_words() -> None:
    from pipelines.wordlist_tags import FOREIGN_KEY

    model = Path(__file__).resolve().parents[2] / "models" / "nl_privacy_ner"
    doc = spacy.load(model)("Viele Grüße")
    assert doc.user_data.get(FOREIGN_KEY) == frozenset({0, 1})


COMPOUND_WORDS = (
    "factuur\nadres\ngegevens\nbetaal\nwerk\nthuis\nzon\nkamp\nvlas\nhoek\nmanager\nteam\n"
    "Vlaskamp\nHoekkamp\nBergkamp\nAchterkamp\nBroekkamp\nHeikamp\nKampkamp\nOverkamp\n"
    "koen\nraad\nzee\nmans\n"
)


@pytest.fixture
def compound_nlp(tmp_path: Path) -> spacy.language.Language:
    path = tmp_path / "dutch"
    path.write_text(COMPOUND_WORDS, encoding="utf-8")
    nlp = spacy.blank("nl")
    nlp.add_pipe(FACTORY, name="wordlist_tags")
    nlp.initialize()
    nlp.get_pipe("wordlist_tags").initialize(path=str(path))
    return nlp


def compounds(nlp: spacy.language.Language, text: str) -> list[str]:
    from pipelines.wordlist_tags import COMPOUND_KEY

    doc = nlp(text)
    return [doc[i].text for i in sorted(doc.user_data[COMPOUND_KEY])]


def test_compounds_of_ordinary_words_are_marked(compound_nlp) -> None:
    # two or three listed words, with a linking -s- ("werksadres" is invented but regular)
    text = "Factuuradres Betaalgegevens thuiswerkadres Werksadres Teammanager"
    assert compounds(compound_nlp, text) == [
        "Factuuradres", "Betaalgegevens", "thuiswerkadres", "Werksadres", "Teammanager"
    ]  # fmt: skip


def test_a_compound_ending_in_a_part_of_many_surnames_is_no_ordinary_word(compound_nlp) -> None:
    # "kamp" ends six proper names of the list: "Zonkamp" may be a surname, so it stays unmarked
    assert compounds(compound_nlp, "Zonkamp Hoekadres") == ["Hoekadres"]


def test_faker_names_are_never_compounds(compound_nlp) -> None:
    # "Koenraad" (koen + raad) and "Zeemans" (zee + mans) are Faker names; "Zeeraad" is not
    assert compounds(compound_nlp, "Koenraad Zeemans Zeeraad") == ["Zeeraad"]


def test_places_and_heads_survive_saving(tmp_path: Path, compound_nlp) -> None:
    pipe = compound_nlp.get_pipe("wordlist_tags")
    pipe.places = np.array([123, 456], dtype=np.uint64)
    pipe.to_disk(tmp_path / "wt")
    fresh = WordlistTags(compound_nlp.vocab).from_disk(tmp_path / "wt")
    assert list(fresh.places) == [123, 456]
    assert list(fresh.name_heads) == list(pipe.name_heads) and len(fresh.name_heads) == 1
