"""Names found once are redacted wherever they recur."""

import pytest

from pipelines.names import find_coordinated, find_mentions, name_variants


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Harm Wolters", {"Harm Wolters", "Harm", "Wolters"}),
        ("T. van der Gaag", {"T. van der Gaag", "van der Gaag", "Gaag"}),
        ("P.J. de Kraai", {"P.J. de Kraai", "de Kraai", "Kraai"}),
        (
            "Femke Bosma-Terpstra",
            {"Femke Bosma-Terpstra", "Femke", "Bosma-Terpstra", "Bosma", "Terpstra"},
        ),
        ("ayoub benhaddi", {"ayoub benhaddi", "ayoub", "benhaddi"}),
        ("Bo", set()),
    ],
)
def test_variants(name, expected):
    assert name_variants(name) == expected


def test_mentions_outside_known_spans():
    text = "Van: Harm Wolters\n\nHoi Harm, meneer Wolters belde. harm.wolters@mail.nl"
    spans = find_mentions(text, {"Harm Wolters"}, [(5, 17)])
    assert [text[s:e] for s, e in spans] == ["Harm", "Wolters"]


def test_lowercase_chat_names_match_both_spellings():
    text = "naam is ayoub benhaddi. Ayoub belt later"
    spans = find_mentions(text, {"ayoub benhaddi"}, [(8, 22)])
    assert [text[s:e] for s, e in spans] == ["Ayoub"]


def test_capitalised_names_do_not_match_ordinary_lowercase_words():
    text = "Jan de Bakker schreef: de bakker op de hoek is dicht."
    spans = find_mentions(text, {"Jan de Bakker"}, [(0, 13)])
    assert spans == []


def test_names_carry_over_within_a_conversation(redactor):
    from pipelines.conversation import Conversation

    conversation = Conversation()
    first = redactor.redact(
        "Met vriendelijke groet,\n\nDhr. P.J. de Kraai", conversation=conversation
    )
    assert "Kraai" not in first.text
    second = redactor.redact(
        "Meneer De Kraai belde terug, de Kraai wil een offerte.", conversation=conversation
    )
    assert "Kraai" not in second.text
    assert "[PERSOON-" in second.text


@pytest.mark.parametrize(
    "text",
    [
        "Drukkerij Van Dongen",
        "Brouwer Administraties",
        "Hendriks ICT",
        "Geerts & Van Loon Installatietechniek",
        "boekhoudkantoor Wuyts",
        "Hoveniersbedrijf Bos, eenmanszaak",
        "Hendriks IT",
        "Fietsenwinkel Brouwer",
    ],
)
def test_a_surname_inside_a_company_name_is_not_a_mention(text):
    assert (
        find_mentions(
            text,
            {
                "Piet Brouwer",
                "Jan Bos",
                "Eva Geerts",
                "Tom Van Loon",
                "Ad Hendriks",
                "Bart Wuyts",
                "Kees Van Dongen",
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


def _joined(text: str, name: str) -> list[str]:
    start = text.index(name)
    span = (start, start + len(name))
    return [text[a:b] for a, b in find_coordinated(text, [span], [span])]


@pytest.mark.parametrize(
    ("text", "known", "joined"),
    [
        ("Karin en Joost hebben geen toegang.", "Joost", ["Karin"]),
        ("Karin en Joost hebben geen toegang.", "Karin", ["Joost"]),
        ("Zowel Victoria als Yfke hebben geen toegang.", "Yfke", ["Victoria"]),
        ("Ben en Joost komen morgen langs.", "Joost", ["Ben"]),
    ],
)
def test_a_word_joined_to_a_name_is_a_name(text, known, joined):
    assert _joined(text, known) == joined


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("Net als Jan heb ik geen toegang.", "Jan"),  # "als" without "zowel"
        ("Ik en Jan zijn er morgen.", "Jan"),
        ("Groeten, Jan en Bakkerij Jansen", "Jan"),  # a company
        ("Geerts & Van Loon", "Geerts"),
        ("Chamber of Commerce: 81456092", "Commerce"),  # "of" is English here
        ("Bedankt en tot morgen, Jan", "Jan"),
    ],
)
def test_no_name_without_a_name_like_partner(text, known):
    assert _joined(text, known) == []


def test_the_redactor_takes_the_partner_of_a_found_name(redactor):
    result = redactor.redact("Zowel Victoria als Yfke hebben geen toegang meer tot de map.")
    assert "Victoria" not in result.text and "Yfke" not in result.text


@pytest.mark.parametrize(
    ("text", "known", "joined"),
    [
        ("Bedankt Ilse & Koen!", "Koen", "Ilse"),
        ("Bedankt Ilse & Koen!", "Ilse", "Koen"),
        ("Groeten van Sanne & Pieter, tot ziens", "Sanne", "Pieter"),
    ],
)
def test_a_closing_pair_joined_by_ampersand_is_two_people(text, known, joined):
    start = text.index(known)
    spans = find_coordinated(text, [(start, start + len(known))], [(start, start + len(known))])
    assert [text[a:b] for a, b in spans] == [joined]


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("Advocatenkantoor Aarts & Verbeek Advocaten belde", "Aarts"),
        ("Levering door Kroeze & Zn. volgt morgen", "Kroeze"),
        ("Bel Jansen & Co. maar", "Jansen"),
    ],
)
def test_partners_of_a_firm_joined_by_ampersand_are_not_added(text, known):
    start = text.index(known)
    assert find_coordinated(text, [(start, start + len(known))], []) == []
