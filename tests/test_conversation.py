"""Conversation memory: numbers and names that outlive a process, kept as digests only."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from pipelines.conversation import MENTION, START, VALUE, VARIANT, Conversation, MemoryEntry
from pipelines.names import find_mentions

KEY = b"k" * 32


def test_same_value_same_number_new_value_next_number() -> None:
    conversation = Conversation(KEY)
    assert conversation.placeholder("PHONE", "06-28374659") == "[TELEFOONNUMMER-1]"
    assert conversation.placeholder("PHONE", "0628374659") == "[TELEFOONNUMMER-1]"
    assert conversation.placeholder("PHONE", "06-11223344") == "[TELEFOONNUMMER-2]"
    assert conversation.placeholder("PERSON", "Wouter Brink") == "[PERSOON-1]"


def test_first_name_after_full_name_shares_its_number() -> None:
    conversation = Conversation(KEY)
    assert conversation.placeholder("PERSON", "Liesbeth van Dam") == "[PERSOON-1]"
    assert conversation.placeholder("PERSON", "Gerrit Kamp") == "[PERSOON-2]"
    assert conversation.placeholder("PERSON", "Liesbeth") == "[PERSOON-1]"
    assert conversation.placeholder("PERSON", "van Dam") == "[PERSOON-1]"
    assert conversation.placeholder("PERSON", "Kamp") == "[PERSOON-2]"


def test_full_name_after_its_first_name_takes_that_number_once() -> None:
    conversation = Conversation(KEY)
    assert conversation.placeholder("PERSON", "Liesbeth") == "[PERSOON-1]"
    assert conversation.placeholder("PERSON", "Liesbeth van Dam") == "[PERSOON-1]"
    # a second full name with the same first name is another person
    assert conversation.placeholder("PERSON", "Liesbeth Smeets") == "[PERSOON-2]"


def test_restored_memory_continues_numbering() -> None:
    first = Conversation(KEY)
    first.placeholder("PERSON", "Wouter Brink")
    first.placeholder("PHONE", "06-28374659")
    second = Conversation(KEY, first.new_entries())
    assert second.placeholder("PERSON", "Hanna Verbeek") == "[PERSOON-2]"
    assert second.placeholder("PERSON", "Wouter Brink") == "[PERSOON-1]"
    assert second.placeholder("PERSON", "Wouter") == "[PERSOON-1]"
    assert second.placeholder("PHONE", "06 2837 4659") == "[TELEFOONNUMMER-1]"
    assert second.placeholder("PHONE", "06-99887766") == "[TELEFOONNUMMER-2]"
    # only what the second process learned is new
    assert all(e.entity_type != "PHONE" or e.number == 2 for e in second.new_entries())


def test_entries_hold_no_value() -> None:
    conversation = Conversation(KEY)
    conversation.learn_names(["Wouter Brink"])
    conversation.placeholder("PERSON", "Wouter Brink")
    conversation.placeholder("BSN", "111222333")
    stored = json.dumps([asdict(e) for e in conversation.new_entries()]).lower()
    for value in ("wouter", "brink", "111222333"):
        assert value not in stored
    assert {e.kind for e in conversation.new_entries()} == {VALUE, VARIANT, MENTION}


TEXTS = [
    "Hoi Wouter, dank je. Groet, Brink",
    "Zoals Wouter Brink al zei: de printer (van Wouter) doet het niet.",
    "Mevrouw De Vries-Kamphuis belde; mevrouw de Vries-Kamphuis belt morgen terug.",
    "'Kamphuis' staat in het ticket, en Vries ook. Dag Anne-Fleur!",
    "wouter schreef: ok. Wouterbrink.nl is niet van Wouter.",
    "Brink Installaties komt dinsdag; Brink zelf niet.",
    "Met Anne-Fleur van 't Hof.  Anne-Fleur  van 't Hof belt.",
    "Zet uw Brink even uit en weer aan; Wouter weet hoe dat moet.",
]
NAMES = ["Wouter Brink", "Anne-Fleur van 't Hof", "mevrouw de Vries-Kamphuis", "jeroen"]


@pytest.mark.parametrize("text", TEXTS)
def test_digested_mentions_find_what_the_names_themselves_find(text: str) -> None:
    learned = Conversation(KEY)
    learned.learn_names(NAMES)
    restored = Conversation(KEY, learned.new_entries())
    assert restored.names == set()
    assert restored.find_mentions(text, []) == find_mentions(text, set(NAMES), [])
    assert restored.find_mentions(text, []) == learned.find_mentions(text, [])


@pytest.mark.parametrize("text", TEXTS)
def test_a_conversation_stored_without_first_words_still_finds_its_names(text: str) -> None:
    """Memory written before first words were kept: the search digests every run, as then."""
    learned = Conversation(KEY)
    learned.learn_names(NAMES)
    old_style = [e for e in learned.new_entries() if e.entity_type != START]
    restored = Conversation(KEY, old_style)
    assert restored.find_mentions(text, []) == find_mentions(text, set(NAMES), [])
    restored.learn_names(["Saskia Brouwer"])  # keeps no first words: its memory is incomplete
    assert not [e for e in restored.new_entries() if e.entity_type == START]


def test_first_words_are_kept_as_digests_only() -> None:
    learned = Conversation(KEY)
    learned.learn_names(["Wouter Brink"])
    starts = [e for e in learned.new_entries() if e.entity_type == START]
    assert len(starts) >= 3  # "Wouter", "Brink" and the mark that all are kept
    stored = json.dumps([asdict(e) for e in learned.new_entries()]).lower()
    assert "wouter" not in stored and "brink" not in stored


def test_digested_mentions_respect_taken_spans_and_key() -> None:
    learned = Conversation(KEY)
    learned.learn_names(["Wouter Brink"])
    text = "Hoi Wouter, groet Wouter Brink"
    restored = Conversation(KEY, learned.new_entries())
    assert restored.find_mentions(text, []) == [(4, 10), (18, 30)]
    assert restored.find_mentions(text, [(0, 11)]) == [(18, 30)]
    # another key: the digests mean nothing
    assert Conversation(b"x" * 32, learned.new_entries()).find_mentions(text, []) == []


def test_unknown_entry_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="kind"):
        Conversation(KEY, [MemoryEntry("name", "PERSON", "ab" * 32)])


def test_redactor_numbers_across_processes(redactor) -> None:
    key = b"s" * 32
    first = Conversation(key)
    one = redactor.redact("Ik ben Wouter Brink, bel me op 06-28374659.", conversation=first)
    assert one.text == "Ik ben [PERSOON-1], bel me op [TELEFOONNUMMER-1]."
    second = Conversation(key, first.new_entries())
    two = redactor.redact(
        "Mijn collega Hanna Verbeek belt je op 06-11223344. Wouter is er morgen niet.",
        conversation=second,
    )
    assert two.text == (
        "Mijn collega [PERSOON-2] belt je op [TELEFOONNUMMER-2]. [PERSOON-1] is er morgen niet."
    )
