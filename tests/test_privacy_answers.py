"""Privacy questions are answered from the section of the company's statement that answers them."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.privacy_answers import (
    answer_privacy_question,
    compose_answer,
    is_privacy_question,
    load_statement,
    parse_statement,
)

STATEMENT = Path(__file__).resolve().parents[1] / "config" / "privacy_statement.md"
LINK = "https://helder-it.example/privacy"


@pytest.fixture(scope="module")
def sections():
    return load_statement(STATEMENT)


# (question, the anchor of the section that answers it)
QUESTIONS = [
    ("Hoe lang bewaren jullie mijn facturen?", "hoe-lang-wij-je-gegevens-bewaren"),
    ("hoe lang worden mijn supporttickets bewaard", "hoe-lang-wij-je-gegevens-bewaren"),
    ("Wanneer verwijderen jullie mijn gegevens als ik geen klant meer ben?",
     "hoe-lang-wij-je-gegevens-bewaren"),
    ("How long do you keep my tickets?", "hoe-lang-wij-je-gegevens-bewaren"),
    ("Delen jullie mijn gegevens met andere bedrijven?", "met-wie-wij-je-gegevens-delen"),
    ("Verkopen jullie mijn e-mailadres aan derden?", "met-wie-wij-je-gegevens-delen"),
    ("Do you sell my data to other companies?", "met-wie-wij-je-gegevens-delen"),
    ("Waar staan mijn gegevens opgeslagen?", "waar-je-gegevens-worden-opgeslagen"),
    ("Staan mijn gegevens op een server buiten de EU?", "waar-je-gegevens-worden-opgeslagen"),
    ("Where is my data stored?", "waar-je-gegevens-worden-opgeslagen"),
    ("Hoe zijn mijn gegevens beveiligd?", "hoe-wij-je-gegevens-beveiligen"),
    ("Is mijn data versleuteld bij jullie?", "hoe-wij-je-gegevens-beveiligen"),
    ("Gebruiken jullie tracking cookies?", "cookies-op-onze-website"),
    ("Waarvoor gebruiken jullie mijn gegevens?", "waarom-wij-je-gegevens-gebruiken"),
    ("Welke gegevens verzamelen jullie over mij?", "welke-gegevens-wij-verwerken"),
    ("What data do you collect about me?", "welke-gegevens-wij-verwerken"),
    ("Bij wie kan ik een klacht over privacy indienen?", "klachten"),
    ("Wie is jullie privacy officer?", "contact"),
    ("Who can I contact about privacy?", "contact"),
    ("Welke rechten heb ik onder de AVG?", "jouw-rechten"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "anchor"), QUESTIONS)
def test_question_is_answered_from_the_right_section(sections, question: str, anchor: str) -> None:
    answer = answer_privacy_question(question, sections)
    assert answer is not None and answer.section is not None
    assert answer.section.anchor == anchor


@pytest.mark.parametrize(
    "text",
    [
        "Mijn printer doet het niet, kunnen jullie helpen?",
        "Wat kost een extra licentie?",
        "De VPN valt steeds weg sinds de update.",
        "Bedankt voor de snelle hulp!",
        "Can you reset the router tomorrow?",
    ],
)
def test_ordinary_support_messages_are_not_privacy_questions(sections, text: str) -> None:
    assert not is_privacy_question(text)
    assert answer_privacy_question(text, sections) is None


def test_a_question_the_statement_does_not_answer_is_handed_over(sections) -> None:
    answer = answer_privacy_question("Mag ik mijn gegevens op papier ontvangen per post?", sections)
    assert answer is not None and answer.section is None
    text = compose_answer(answer, LINK)
    assert "geen duidelijk antwoord" in text and "collega" in text and LINK in text


def test_the_answer_quotes_the_section_and_links_to_it(sections) -> None:
    answer = answer_privacy_question("Hoe lang bewaren jullie mijn facturen?", sections)
    text = compose_answer(answer, LINK)
    assert "zeven jaar" in text and "fiscale bewaarplicht" in text
    assert f"{LINK}#hoe-lang-wij-je-gegevens-bewaren" in text
    english = compose_answer(answer, LINK, "en")
    assert english.startswith("From our privacy statement")


def test_another_companys_statement_with_its_own_headings_works() -> None:
    sections = parse_statement(
        "# Privacy\n\n## Bewaartermijnen\nWe bewaren offertes twee jaar.\n\n"
        "## Doorgifte aan derden\nWe geven niets door aan derden.\n"
    )
    answer = answer_privacy_question("Hoe lang bewaren jullie mijn offerte?", sections)
    assert answer.section.title == "Bewaartermijnen"
    answer = answer_privacy_question("Geven jullie mijn gegevens door aan derden?", sections)
    assert answer.section.title == "Doorgifte aan derden"
