"""The last checks on every person (``pipelines.names.checks``), on the shipped model's
word knowledge. Every example is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipelines.names.checks import why_not_a_person
from pipelines.wordlist_tags import PLACE_KEY

SHIPPED_MODEL = Path(__file__).resolve().parents[2] / "models" / "nl_privacy_ner"


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load(SHIPPED_MODEL)


def verdict(nlp, text: str, value: str) -> str | None:
    doc = nlp(text)
    start = text.index(value)
    return why_not_a_person(doc.char_span(start, start + len(value)))


@pytest.mark.parametrize(
    ("text", "value", "reason"),
    [
        ("Klantgegevens bewaren wij twee jaar.", "Klantgegevens", "ordinary words"),
        (
            "3. Bereikbaarheid En Storingsmeldingen\nDe dienst",
            "Bereikbaarheid En Storingsmeldingen",
            "ordinary words",
        ),
        (
            "In deze overeenkomst meldt De Opdrachtgever storingen.",
            "De Opdrachtgever",
            "ordinary words",
        ),
        ("Hallo kantoorteam, de printer doet het niet.", "kantoorteam", "ordinary words"),
        ("Invoice sent. Payment received on Monday.", "Payment", "another language"),
        ("Please forward this to Billing today.", "Billing", "another language"),
        ("Hi there! May I have your order number?", "May I", "another language"),
        ("We deliver from Monday to Friday only.", "Friday", "a date word"),
        (
            "[10:02] Fietsenwinkel Velozo: Hoi, je fiets is klaar.",
            "Fietsenwinkel Velozo",
            "a shop's name",
        ),
        ("[09:12] Yogastudio Anemoon: Goedemorgen!", "Yogastudio Anemoon", "a shop's name"),
        ("Ons kantoor is gevestigd te Apeldoorn.", "Apeldoorn", "a place"),
        ("We zaten vlak bij de kerk van Sint-Bavo.", "Sint-Bavo", "a place"),
        ("De planningsmodule (Planvox 7.2) loopt vast.", "Planvox", "a product's version"),
        ("Ik heb Virusvrij 365 Premium gekocht.", "Premium", "a product's version"),
    ],
)
def test_no_person(nlp, text, value, reason) -> None:
    assert verdict(nlp, text, value) == reason


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Met vriendelijke groet,\nMarloes Hoekstra", "Marloes Hoekstra"),
        ("Tante Wilma belt je morgen terug.", "Wilma"),
        ("Dokter Brouwer heeft de uitslag.", "Brouwer"),
        ("Mevrouw Apeldoorn heeft gebeld.", "Apeldoorn"),
        ("Ik heb Jeroen 3 keer gebeld.", "Jeroen"),
        ("Bedankt voor de hulp, groetjes roos", "roos"),
        ("Van: Mei Ling Tan <m.tan@example.nl>", "Mei Ling Tan"),
        ("Hallo Sanne, de bestelling is onderweg.", "Sanne"),
        ("Gr. Hidde de Vos", "Hidde de Vos"),
        # a title before a name in running text, and a surname that is also a town
        ("Gisteren sprak Minister Wolterink de pers toe.", "Wolterink"),
        ("Bush zei dat hij niet kwam.", "Bush"),
        # a note's heading with its author is no shop speaking
        ("Notitie Sander K.: de back-up faalt sinds maandag.", "Sander K."),
    ],
)
def test_names_stay(nlp, text, value) -> None:
    assert verdict(nlp, text, value) is None


def test_the_shipped_model_knows_places(nlp) -> None:
    doc = nlp("Ik woon in Zwolle, mijn zus in Den Haag.")
    assert [doc[a:b].text for a, b in doc.user_data[PLACE_KEY]] == ["Zwolle", "Den Haag"]


def test_a_thing_of_someone_is_no_person(nlp) -> None:
    text = "Het Laadstation van Voltrix geeft geen stroom."
    assert verdict(nlp, text, "Laadstation van Voltrix") == "a shop's name"
    assert verdict(nlp, "Ik sprak Anneke van Dijk.", "Anneke van Dijk") is None


def test_a_surname_that_is_also_a_town_stays_a_person(redactor) -> None:
    redacted = redactor.redact("Ik sprak Jan Assen gisteren. Assen belt morgen terug.").text
    assert "Assen" not in redacted


@pytest.mark.parametrize(
    ("text", "value", "reason"),
    [
        ("Sinds de update start PixelVault niet meer.", "PixelVault", "a brand's shape"),
        ("Apotheek: De metformine ligt klaar.", "De metformine", "a brand's shape"),
    ],
)
def test_brand_shapes(nlp, text, value, reason) -> None:
    assert verdict(nlp, text, value) == reason


@pytest.mark.parametrize("name", ["McAllister", "DeShawn", "LaToya Jackson", "MacLeod"])
def test_names_with_an_inner_capital_stay(nlp, name) -> None:
    assert verdict(nlp, f"Ik sprak {name} gisteren.", name) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("Date:   Wed Apr 9 14:02:11 2025", "Wed"), ("Deadline: Mar 14, graag.", "Mar")],
)
def test_date_words(nlp, text, value) -> None:
    assert verdict(nlp, text, value) == "a date word"


def test_a_month_that_is_a_name_stays_without_a_number(nlp) -> None:
    assert verdict(nlp, "Ik heb June gisteren gesproken.", "June") is None


def test_a_firm_named_with_its_trade_word_is_no_person_when_shortened(nlp) -> None:
    text = "Offerte van Hofstede Installatietechniek.\nHofstede garandeert de montage twee jaar."
    doc = nlp(text)
    start = text.index("Hofstede garandeert")
    assert why_not_a_person(doc.char_span(start, start + 8)) == "the company of the text"


def test_the_owner_of_a_firm_named_after_him_stays_a_person(redactor) -> None:
    text = "Karel Hofstede van Hofstede Installatietechniek belde. Hofstede komt donderdag."
    result = redactor.redact(text)
    assert result.text.endswith("[PERSOON-1] komt donderdag.")


@pytest.mark.parametrize("text", ["Kapsalon Ria is dicht; Ria belt u terug.", "Ria en Kapsalon"])
def test_a_first_name_beside_a_trade_word_is_not_taken_for_a_firm(nlp, text) -> None:
    doc = nlp(text)
    start = text.rindex("Ria")
    assert why_not_a_person(doc.char_span(start, start + 3)) != "the company of the text"


def test_a_brand_named_like_a_surname_is_no_person_alone(nlp) -> None:
    text = "De accuboormachine van Bosch laadt sinds gisteren niet meer op."
    assert verdict(nlp, text, "Bosch") == "a brand named like a surname"


@pytest.mark.parametrize(
    "text",
    [
        "Ik sprak Petra Bosch gisteren. Bosch belt morgen terug.",  # the text names her in full
        "Ik heb meneer Bosch gisteren gesproken over de offerte.",  # a title before it
    ],
)
def test_a_surname_that_is_also_a_brand_stays_a_person_with_its_marks(redactor, text) -> None:
    assert "Bosch" not in redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Mijn oom heeft de ziekte van Parkinson, dus bel hem liever niet.", "Parkinson"),
        ("Onze zoon viert geen verjaardag, want wij zijn Getuigen van Jehova.", "Jehova"),
    ],
)
def test_a_name_inside_a_health_or_special_phrase_is_no_person(redactor, text, phrase) -> None:
    redacted = redactor.redact(text).text
    assert phrase not in redacted
    assert "[PERSOON" not in redacted


def test_a_name_after_a_closing_is_no_town(redactor) -> None:
    # Marilia is a town (GeoNames) and a first name Faker does not know
    redacted = redactor.redact("De sleutel ligt onder de mat. Gr Marilia").text
    assert "Marilia" not in redacted


@pytest.mark.parametrize(
    "text",
    [
        "Siri reageert niet meer op 'Hé Siri' sinds de update van vorige week.",
        "Mijn Alexa doet raar. Alexa zegt steeds dat ze het niet begrijpt.",
    ],
)
def test_a_product_the_text_names_as_one_is_no_person_anywhere_in_it(redactor, text) -> None:
    assert "[PERSOON" not in redactor.redact(text).text


def test_a_person_named_like_a_product_stays_without_a_product_mention(redactor) -> None:
    redacted = redactor.redact("Gisteren belde Alexa Brouwer over de factuur.").text
    assert "Alexa" not in redacted


@pytest.mark.parametrize(
    ("text", "value", "reason"),
    [
        (
            "Bewoner Hendrik Moes (80) uit Zuiderpolderveen belde op.",
            "Zuiderpolderveen",
            "where someone is from",
        ),
        ("Agenda\n1. Opening\n2. Begroting\n3. Varia\n4. Sluiting", "Varia", "a numbered heading"),
        ("Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0", "Gecko", "a product"),
    ],
)
def test_places_headings_and_engines(nlp, text, value, reason) -> None:
    assert verdict(nlp, text, value) == reason


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Aanwezig:\n1. Piet\n2. Marloes", "Piet"),  # a first name on a numbered line
        ("Het cadeau kwam uit Jan Smit zijn tas.", "Jan Smit"),  # a longer name
    ],
)
def test_names_on_numbered_lines_and_after_uit_stay(nlp, text, value) -> None:
    assert verdict(nlp, text, value) is None


def test_a_persons_hometown_is_kept_as_a_place(nlp) -> None:
    from presidio_analyzer import RecognizerResult

    from pipelines.names.checks import drop_non_persons

    text = "Bewoner Hendrik Moes (80) uit Zuiderpolderveen belde op."
    start = text.index("Zuiderpolderveen")
    person = RecognizerResult("PERSON", start, start + len("Zuiderpolderveen"), 0.85)
    kept = drop_non_persons(nlp(text), [person], text)
    assert [(r.entity_type, r.start) for r in kept] == [("LOCATION", start)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Deelnemers: Hugo Kets, Ruimte-Van Ostade", "Ruimte-Van Ostade"),
        ("Versie 4.3 'Jacobus' verschijnt in juni.", "Jacobus"),
    ],
)
def test_rooms_and_releases_named_after_people(nlp, text, value) -> None:
    assert verdict(nlp, text, value) == "a thing named after a person"


def test_a_quoted_name_after_a_verb_stays_a_person(nlp) -> None:
    text = 'klant: er staat "Jurre Vlasveld" op de factuur maar het is Jurre Vlasvelt.'
    assert verdict(nlp, text, "Jurre Vlasveld") is None


def test_a_shared_mailbox_is_no_person(nlp) -> None:
    text = "Van: Hidde Smit <p.smit@bouw.nl>\nAan: Sales <sales@voorbeeld.nl>"
    assert verdict(nlp, text, "Sales") == "a shared mailbox"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mijn adres is Kanaalstraat 12, Oost-Wolderveen en mijn nummer volgt.", "Oost-Wolderveen"),
        ("Northwind Corporation, One Northwind Way, Brackenfield, WA 98052", "Brackenfield"),
    ],
)
def test_the_town_of_an_address(nlp, text, value) -> None:
    assert verdict(nlp, text, value) == "the town of an address"


def test_a_name_after_a_team_number_stays(nlp) -> None:
    text = "Op 12 februari liep een lasser van ploeg 2, Jonas Hiddema, een brandwonde op."
    assert verdict(nlp, text, "Jonas Hiddema") is None


def test_a_trade_compound_opens_a_shops_speaker_label(nlp) -> None:
    text = "[12-03-25 14:05] Rijwielhuis Vos: Hoi, de sensor is stuk."
    assert verdict(nlp, text, "Rijwielhuis Vos") == "a shop's name"
