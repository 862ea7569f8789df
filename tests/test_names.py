"""Names found once are redacted wherever they recur."""

import pytest

from pipelines.names import find_mentions, name_variants


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Arjen Mulder", {"Arjen Mulder", "Arjen", "Mulder"}),
        ("W. van der Linden", {"W. van der Linden", "van der Linden", "Linden"}),
        ("H.J. de Haan", {"H.J. de Haan", "de Haan", "Haan"}),
        (
            "Lotte Hoekstra-Wijnands",
            {"Lotte Hoekstra-Wijnands", "Lotte", "Hoekstra-Wijnands", "Hoekstra", "Wijnands"},
        ),
        ("yassin bouzidi", {"yassin bouzidi", "yassin", "bouzidi"}),
        ("Bo", set()),
    ],
)
def test_variants(name, expected):
    assert name_variants(name) == expected


def test_mentions_outside_known_spans():
    text = "Van: Arjen Mulder\n\nHoi Arjen, meneer Mulder belde. arjen.mulder@mail.nl"
    spans = find_mentions(text, {"Arjen Mulder"}, [(5, 17)])
    assert [text[s:e] for s, e in spans] == ["Arjen", "Mulder"]


def test_lowercase_chat_names_match_both_spellings():
    text = "naam is yassin bouzidi. Yassin belt later"
    spans = find_mentions(text, {"yassin bouzidi"}, [(8, 22)])
    assert [text[s:e] for s, e in spans] == ["Yassin"]


def test_capitalised_names_do_not_match_ordinary_lowercase_words():
    text = "Jan de Bakker schreef: de bakker op de hoek is dicht."
    spans = find_mentions(text, {"Jan de Bakker"}, [(0, 13)])
    assert spans == []


def test_names_carry_over_within_a_conversation(redactor):
    from pipelines.anonymize import Conversation

    conversation = Conversation()
    first = redactor.redact(
        "Met vriendelijke groet,\n\nDhr. H.J. de Haan", conversation=conversation
    )
    assert "Haan" not in first.text
    second = redactor.redact(
        "Meneer De Haan belde terug, de Haan wil een offerte.", conversation=conversation
    )
    assert "Haan" not in second.text
    assert "[PERSOON-" in second.text


@pytest.mark.parametrize(
    "text",
    [
        "Drukkerij Van Wijngaarden",
        "Kramer Administraties",
        "Smulders ICT",
        "Aarts & Van Leest Installatietechniek",
        "boekhoudkantoor Verlinden",
        "Hoveniersbedrijf Mol, eenmanszaak",
        "Smulders IT",
        "Fietsenwinkel Kramer",
    ],
)
def test_a_surname_inside_a_company_name_is_not_a_mention(text):
    assert (
        find_mentions(
            text,
            {
                "Piet Kramer",
                "Jan Mol",
                "Eva Aarts",
                "Tom Van Leest",
                "Ad Smulders",
                "Bart Verlinden",
                "Kees Van Wijngaarden",
            },
            [],
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("Kuipers Kozijnen & Montage", "Maarten Kuipers"),
        ("Fysiotherapie Benali", "Samira Benali"),
        ("Schilderwerken Vervoort", "Toon Vervoort"),
    ],
)
def test_a_surname_glued_to_a_capitalised_shop_word_is_a_company(text, known):
    assert find_mentions(text, {known}, []) == []


@pytest.mark.parametrize(
    "text",
    ["Beste Vervoort, dank u.", "Meneer Vervoort belde.", "(Vervoort) belde", "Vervoort belde"],
)
def test_greetings_and_titles_next_to_a_surname_keep_it_a_name(text):
    spans = find_mentions(text, {"Toon Vervoort"}, [])
    assert [text[s:e] for s, e in spans] == ["Vervoort"]
