"""Names in social-media and pasted-data shapes (``pipelines.names.social``). All invented."""

from __future__ import annotations

import pytest

from pipelines.names.social import SocialNameRecognizer, handle_names_a_person


def persons(text: str) -> list[str]:
    results = SocialNameRecognizer().analyze(text, ["PERSON"])
    return sorted(text[r.start : r.end] for r in results)


@pytest.mark.parametrize(
    "handle",
    ["marleenvandijk", "joris.krul", "s.elbaz", "thijs_hoekstra", "naomi.k", "GerritJan_77"],
)
def test_a_handle_built_from_a_name(handle) -> None:
    assert handle_names_a_person(handle)


@pytest.mark.parametrize(
    "handle",
    ["marketing", "bakfietsmama_88", "studio.lune.sieraden", "fietsenmaker.devries",
     "zonnebloemnl", "sportschool.leiden", "dependabot"],
)  # fmt: skip
def test_an_account_that_is_no_person(handle) -> None:
    assert not handle_names_a_person(handle)


def test_dm_speakers_and_mentions() -> None:
    text = (
        "Instagram · Direct · bloemenzaak.roos\n"
        "marleenvandijk: hoi! mijn bestelling is niet gekomen\n"
        "bloemenzaak.roos: Vervelend! Wat is je ordernummer?\n"
        "marleenvandijk: 44120, en tag gerust @joris.krul"
    )
    assert persons(text) == ["joris.krul", "marleenvandijk", "marleenvandijk"]


def test_a_field_label_before_a_colon_is_no_handle() -> None:
    assert persons("Van: Harm Wolters <h.wolters@voorbeeld.nl>\nCamera: Logitech C920") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kun je ons je postcode sturen? Dan kijken we mee. ^Sanne", "Sanne"),
        ("Dat is opgelost, fijne avond! ^Wietske", "Wietske"),  # the caret signs, known or not
        ("Fijn dat het gelukt is, fijne dag! – Bram", "Bram"),
        ("Hij gaat vrijdag op de post x Loes", "Loes"),
    ],
)
def test_webcare_sign_offs(text, name) -> None:
    assert persons(text) == [name]


@pytest.mark.parametrize(
    "text",
    ["Storing verholpen – Netwerkbeheer\nMorgen meer nieuws.", "Storing verholpen – Netwerkbeheer"],
)
def test_a_sign_off_dash_needs_a_first_name(text) -> None:
    assert persons(text) == []


def test_the_last_word_of_a_message_signs_it() -> None:
    assert persons("Hij gaat vrijdag op de post x Wietske") == ["Wietske"]


def test_comment_headers() -> None:
    text = (
        "Reacties\nHenk Zwartjes · 2 u\nKlopt dit?\nWaterbedrijf Oost · 1 u\nWe kijken ernaar."
        "\nTjitske Oldenhof · 40 min\nBij ons ook!"
    )  # Tjitske: a first name no list knows, in a person's two-word header
    assert persons(text) == ["Henk Zwartjes", "Tjitske Oldenhof"]


def test_a_handle_after_its_owners_display_name() -> None:
    text = (
        "Tjitske Oldenhof @tjits_o\n@Waterbedrijf geen druk hier\n"
        "Waterbedrijf Klantenservice @WaterbedrijfNL · 1 u\nVervelend!\n[DM] tjits_o: 9411 AB 3"
    )
    assert persons(text) == ["tjits_o", "tjits_o"]


def test_name_fields_of_pasted_data() -> None:
    text = '{"employee_id": "E-77", "first_name": "Wietske", "last_name": "Van \'t Veer"}'
    assert persons(text) == ["Van 't Veer", "Wietske"]


def test_a_comment_line_opened_by_a_handle() -> None:
    text = "Winactie!\nmarleenvandijk doe mee! @joris.krul\nsanne ik ook\nmarketing is leuk"
    assert persons(text) == ["joris.krul", "marleenvandijk"]
