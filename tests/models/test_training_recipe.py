"""The NER recipe runs end to end, and the shipped model loads and finds a person.

The recipe test trains a tiny model through exactly the code path of the full recipe
(generate -> Europeana -> mix -> spacy train -> ship), so a broken generator, converter or
config fails CI long before anyone retrains the real model.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import spacy

REPO = Path(__file__).resolve().parents[2]
TRAIN = REPO / "models" / "training" / "train.py"
SHIPPED = REPO / "models" / "nl_privacy_ner"


def test_tiny_recipe_trains_a_loadable_ner_pipeline(tmp_path: Path) -> None:
    out = tmp_path / "tiny_model"
    subprocess.run(
        [sys.executable, str(TRAIN), "--tiny", "--output", str(out)],
        check=True,
        timeout=300,
    )
    nlp = spacy.load(out)
    assert "ner" in nlp.pipe_names
    assert {"PER", "LOC", "ORG"} <= set(nlp.get_pipe("ner").labels)
    nlp("Hoi, ik ben Jan de Vries.")  # runs without error


def test_shipped_model_finds_a_person_in_a_support_message() -> None:
    nlp = spacy.load(SHIPPED)
    assert {"PER", "LOC", "ORG"} <= set(nlp.get_pipe("ner").labels)
    doc = nlp(
        "Beste support,\n\nMijn laptop start niet meer op sinds de update van gisteren. "
        "Kunnen jullie mij terugbellen?\n\nMet vriendelijke groet,\nMarieke Jansen"
    )
    persons = [e.text for e in doc.ents if e.label_ == "PER"]
    assert any("Marieke Jansen" in p for p in persons), persons
