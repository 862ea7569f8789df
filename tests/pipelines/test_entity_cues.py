"""The NER model's cue step: persons that the words around them contradict are taken back.

The entities are set by hand (no model), so each test pins one rule, and the tests that a
person stays a person pin where the rules must not fire (support messages first).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from pipelines.entity_cues import FACTORY, corrected_entities


def doc_with(text: str, ents: list[tuple[str, str]], sentence_starts: tuple[int, ...] = ()) -> Doc:
    """``text`` split on spaces, with each (words, label) in ``ents`` set at its first place."""
    words = text.split()
    nlp = spacy.blank("nl")
    starts = [i == 0 or i in sentence_starts for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, sent_starts=starts)
    spans = []
    for value, label in ents:
        n = len(value.split())
        start = next(i for i in range(len(words)) if words[i : i + n] == value.split())
        spans.append(Span(doc, start, start + n, label=label))
    doc.ents = spans
    return doc


def labels(doc: Doc) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in corrected_entities(doc)]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("het Gentse IT-bedrijf Netvanta heeft winst gemaakt", "Netvanta", "ORG"),
        ("volgens vastgoedbevak Immoveld is dat te duur", "Immoveld", "ORG"),
        ("de Belgische technoband Velvet Morax speelt", "Velvet Morax", "ORG"),
        ("westen van de deelstaatshoofdstad Mirapur gebeurd", "Mirapur", "LOC"),
        ("in de Amerikaanse staat Georgia zijn tieners", "Georgia", "LOC"),
        ("ik bestelde bij de webshop Bloemenland een bos", "Bloemenland", "ORG"),
        ("mijn provider Ziggo geeft geen antwoord", "Ziggo", "ORG"),
    ],
)
def test_a_classifier_noun_before_the_name_gives_its_label(text, name, label) -> None:
    assert labels(doc_with(text, [(name, "PER")])) == [(name, label)]


def test_an_apposition_after_the_name_gives_its_label() -> None:
    doc = doc_with(
        "nieuw is Atlético Venaro , de club uit het zuiden", [("Atlético Venaro", "PER")]
    )
    assert labels(doc) == [("Atlético Venaro", "ORG")]


def test_a_thing_noun_drops_the_span() -> None:
    doc = doc_with("met het monitoringsysteem Telvaro zal het lukken", [("Telvaro", "PER")])
    assert labels(doc) == []


def test_the_cue_holds_for_every_mention_in_the_document() -> None:
    text = "Netvanta groeit . het IT-bedrijf Netvanta wint . dat Netvanta stopt"
    doc = doc_with(text, [], sentence_starts=(3, 8))
    doc.ents = [Span(doc, i, i + 1, label="PER") for i in (0, 5, 9)]
    assert labels(doc) == [("Netvanta", "ORG")] * 3


def test_a_surname_of_a_full_name_stays_a_person_next_to_its_firm() -> None:
    text = "Jan Jansen belde . bij Bouwbedrijf Jansen gewerkt"
    doc = doc_with(text, [], sentence_starts=(4,))
    doc.ents = [Span(doc, 0, 2, label="PER"), Span(doc, 6, 7, label="PER")]
    assert labels(doc) == [("Jan Jansen", "PER"), ("Jansen", "PER")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person next to words that look like cues
        ("onze IT-specialist Tim kijkt ernaar", "Tim"),
        ("Het staat Jan vrij om te stoppen", "Jan"),
        ("Nu staat Castellari op de eerste rij", "Castellari"),
        ("dan app ik Sanne wel even", "Sanne"),
        ("dat bestaat Marieke niet", "Marieke"),
        ("mijn collega Kees de Boer belt terug", "Kees de Boer"),
        # a cue in the previous sentence does not reach the name
        ("Buitenland Maarten Vervaeke schrijft", "Maarten Vervaeke"),
    ],
)
def test_no_cue_no_change(text, name) -> None:
    starts = (1,) if text.startswith("Buitenland") else ()
    assert labels(doc_with(text, [(name, "PER")], starts)) == [(name, "PER")]


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Trendwatcher Marijke Vandelanotte", "Marijke Vandelanotte"),
        ("president Kagomba", "Kagomba"),
        ("KNVB-woordvoerder De Roover", "De Roover"),
        ("Nobelprijswinnaar Howard T. Brenneman", "Howard T. Brenneman"),
    ],
)
def test_a_leading_role_word_is_cut_off(span, name) -> None:
    doc = doc_with(f"volgens {span} niet", [(span, "PER")])
    assert labels(doc) == [(name, "PER")]


@pytest.mark.parametrize("name", ["ayoub benhaddi", "Khalid Amrani", "Brenner Visser"])
def test_names_that_look_like_roles_are_kept_whole(name) -> None:
    assert labels(doc_with(f"groet , {name} .", [(name, "PER")])) == [(name, "PER")]


@pytest.mark.parametrize(
    "name", ["Vandamme Securities", "Brixton Communications", "Kessler Cup", "Radio Zonnedal"]
)
def test_an_organisation_word_makes_an_organisation(name) -> None:
    assert labels(doc_with(f"volgens {name} niet", [(name, "PER")])) == [(name, "ORG")]


def test_an_acronym_with_an_article_is_an_organisation() -> None:
    assert labels(doc_with("Verstraete van de NMBS vroeg", [("NMBS", "PER")])) == [("NMBS", "ORG")]
    assert labels(doc_with("zei : De NMBS moet", [("De NMBS", "PER")])) == [("De NMBS", "ORG")]


def test_initials_without_an_article_stay_a_person() -> None:
    assert labels(doc_with("de cijfers . ( RG ) Sindsdien", [("RG", "PER")])) == [("RG", "PER")]


@pytest.mark.parametrize("word", ["Duitsers", "Argentijn", "Italiaanse", "Joegoslavisch"])
def test_a_nationality_is_no_name(word) -> None:
    assert labels(doc_with(f"de 39-jarige {word} zei", [(word, "PER")])) == []


@pytest.mark.parametrize("name", ["Noor", "Brit", "Frans", "Therese"])
def test_first_names_that_are_also_nationalities_stay(name) -> None:
    assert labels(doc_with(f"groet , {name} .", [(name, "PER")])) == [(name, "PER")]


def test_places_and_organisations_are_left_alone() -> None:
    doc = doc_with("de provider Ziggo in Utrecht", [("Ziggo", "ORG"), ("Utrecht", "LOC")])
    assert labels(doc) == [("Ziggo", "ORG"), ("Utrecht", "LOC")]


def test_the_shipped_model_runs_the_step_last() -> None:
    model = Path(__file__).resolve().parents[2] / "models" / "nl_privacy_ner"
    nlp = spacy.load(model)
    assert nlp.pipe_names[-1] == "entity_cues"
    assert nlp.get_pipe("entity_cues").__class__.__module__ == "pipelines.entity_cues"
    assert nlp.get_pipe_meta("entity_cues").factory == FACTORY


@pytest.mark.parametrize(
    ("text", "first", "rest", "rest_label", "name"),
    [
        ("gebeld met Brigitta van Egisheim over", "Brigitta", "Egisheim", "LOC", None),
        ("gebeld met Dimitri Van Bragt over", "Dimitri", "Bragt", "ORG", None),
        ("gebeld met Jet le Gulcher over", "Jet", "Gulcher", "LOC", None),
        ("gebeld met Bas van der Berg over", "Bas", None, None, "Bas van der Berg"),
    ],
)
def test_a_first_name_takes_the_surname_after_its_tussenvoegsel(
    text, first, rest, rest_label, name
) -> None:
    ents = [(first, "PER")] + ([(rest, rest_label)] if rest else [])
    words = text.split()
    expected = name or " ".join(words[words.index(first) : words.index(rest) + 1])
    assert labels(doc_with(text, ents)) == [(expected, "PER")]


@pytest.mark.parametrize(
    "text",
    [
        "dit is Lisa van KPN hoor",  # an acronym is the company she works for
        "bedankt Lisa De Printer doet het weer",  # a new sentence starts at "De"
        "heeft Jan al Windows gedaan",  # "al" is an adverb here
    ],
)
def test_no_surname_without_its_marks(text) -> None:
    name = "Lisa" if "Lisa" in text else "Jan"
    starts = (2,) if " De " in text else ()
    doc = doc_with(text, [(name, "PER")], starts)
    assert labels(doc) == [(name, "PER")]


@pytest.mark.parametrize(
    ("text", "first", "name"),
    [
        ("na acht jaar stopt Gerda Kraai als kassier", "Gerda", "Gerda Kraai"),
        ("ik heb Wouter Snoek gisteren gebeld", "Wouter", "Wouter Snoek"),
    ],
)
def test_a_known_first_name_takes_the_capitalised_word_after_it(text, first, name) -> None:
    assert labels(doc_with(text, [(first, "PER")])) == [(name, "PER")]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("hoi Sanne Goedemorgen hier", "Sanne"),  # a greeting
        ("ik heb Sanne Outlook laten zien", "Sanne"),  # a product
        ("welkom Sanne Nieuwe Collega hier", "Sanne"),  # a heading in Title Case
        ("ik ben Kiki Vandaag niet", "Kiki"),  # a weekday-like word on the generic list
        ("dit is Xorblat Kraai hier", "Xorblat"),  # not a known first name
        ("bedankt Sanne . Morgen kom ik", "Sanne"),  # the next sentence
    ],
)
def test_no_bare_surname_without_its_marks(text, first) -> None:
    starts = (4,) if " . " in text else ()
    assert labels(doc_with(text, [(first, "PER")], starts)) == [(first, "PER")]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("De Israëlische premier Doron heeft gisteren", "Doron", "ORG"),
        ("al dat Labour-premier Hartigan te veel", "Hartigan", "ORG"),
        ("eerder toonde vader Dumortier in de", "Dumortier", "LOC"),
        ("onbekende Labour-man Ronen Mizrachy ( 61 )", "Ronen Mizrachy", "ORG"),
        ("dat zei wethouder Gertie Ploegmakers gisteren", "Gertie Ploegmakers", "ORG"),
        ("volgens penningmeester Wolters is de kas op orde", "Wolters", "LOC"),
    ],
)
def test_a_place_or_firm_after_a_role_word_is_a_person(text, name, label) -> None:
    assert labels(doc_with(text, [(name, label)])) == [(name, "PER")]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("De Premier Doron kwam", "Doron", "ORG"),  # a capitalised word is no role here
        ("de leverancier Coolblue belde", "Coolblue", "ORG"),
        ("Janszoon Holding bv", "Holding", "ORG"),
    ],
)
def test_no_role_word_no_person(text, name, label) -> None:
    assert labels(doc_with(text, [(name, label)])) == [(name, label)]


@pytest.mark.parametrize("place", ["Egypte", "Montenegro", "Belgrado", "Brazilië"])
def test_a_well_known_place_is_no_person(place) -> None:
    assert labels(doc_with(f"tussen Servië en {place} gearresteerd", [(place, "PER")])) == [
        (place, "LOC")
    ]


@pytest.mark.parametrize("name", ["Sydney", "Sofia", "Maas"])
def test_places_that_are_also_names_stay_persons(name) -> None:
    assert labels(doc_with(f"groet , {name} .", [(name, "PER")])) == [(name, "PER")]


def test_a_place_that_is_the_surname_of_a_full_name_stays_a_person() -> None:
    doc = doc_with("Jan Holland belde . Holland zei nee", [], sentence_starts=(3,))
    doc.ents = [Span(doc, 0, 2, label="PER"), Span(doc, 4, 5, label="PER")]
    assert labels(doc) == [("Jan Holland", "PER"), ("Holland", "PER")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("actief : Radio Zeelicht , dat", "Zeelicht"),
        ("samen met The Silver Foxes ,", "Silver Foxes"),
    ],
)
def test_an_organisation_word_right_before_the_name_makes_an_organisation(text, name) -> None:
    assert labels(doc_with(text, [(name, "PER")])) == [(name, "ORG")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("aanmaning voor factuur WK-2025-04418 ontvangen", "WK-2025-04418"),
        ("Laptop : Dell Latitude E7450 uit voorraad", "Dell Latitude E7450"),
        ("niet op mijn vorige ING-rekening .", "ING-rekening"),
        ("verder de Stripe API-key : test", "Stripe API-key"),
        ("wipe uitgevoerd 08:12 ✔ klaar", "✔"),
    ],
)
def test_what_has_no_name_shape_is_dropped(text, span) -> None:
    assert labels(doc_with(text, [(span, "PER")])) == []


@pytest.mark.parametrize(
    "name",
    ["Jan-Willem Bakker", "jan-willem", "Nadia Wirjosentono-de", "Mei Lan;Zhou;2011-09-14;1B"],
)
def test_names_keep_their_shape(name) -> None:
    assert labels(doc_with(f"groet , {name} .", [(name, "PER")])) == [(name, "PER")]


def tagged(text: str, ents: list[tuple[str, str]], tags: dict[str, str]) -> Doc:
    """``doc_with`` plus word-list tags (``wordlist_tags``'s DL/DC/DB) set by hand."""
    doc = doc_with(text, ents)
    for token in doc:
        token.tag_ = tags.get(token.text, "")
    return doc


@pytest.mark.parametrize(
    ("text", "name", "tags"),
    [
        ("De Verwerker bewaart de gegevens", "De Verwerker", {"De": "DL", "Verwerker": "DL"}),
        (
            "ARTIKEL 4 VAN DE LEVERING",
            "VAN DE LEVERING",
            {"VAN": "DB", "DE": "DL", "LEVERING": "DL"},
        ),
        ("Klantgegevens worden bewaard", "Klantgegevens", {"Klantgegevens": "DL"}),
    ],
)
def test_rule_8_ordinary_words_are_no_person(text, name, tags) -> None:
    assert labels(tagged(text, [(name, "PER")], tags)) == []


@pytest.mark.parametrize(
    ("text", "name", "tags"),
    [
        # a short first name the list only knows as a word
        ("Lieven belt morgen terug", "Lieven", {"Lieven": "DL"}),
        # a name that is also a word carries DB
        ("Groet , Roos Bakker", "Roos Bakker", {"Roos": "DB", "Bakker": "DB"}),
        # typed in lowercase, every name is looked up as a word
        ("tnx hanneke vermeulen", "hanneke vermeulen", {"hanneke": "DL", "vermeulen": "DL"}),
        # a role word before a hyphenated name is no reason to drop it
        ("Host Ann-Katrien was top", "Host Ann-Katrien", {"Host": "DL"}),
    ],
)
def test_rule_8_keeps_names(text, name, tags) -> None:
    assert [label for _, label in labels(tagged(text, [(name, "PER")], tags))] == ["PER"]


def foreign(doc: Doc, words: set[str]) -> Doc:
    from pipelines.wordlist_tags import FOREIGN_KEY

    doc.user_data[FOREIGN_KEY] = frozenset(t.i for t in doc if t.lower_ in words)
    return doc


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Viele Grüße , Team Nord", "Viele Grüße"),
        ("Serial Number : 4CE0", "Serial Number"),
        ("Domain : WERKPLEK", "Domain"),
    ],
)
def test_rule_9_words_of_another_language_are_no_person(text, name) -> None:
    words = {"viele", "grüße", "serial", "number", "domain", "team"}
    assert labels(foreign(doc_with(text, [(name, "PER")]), words)) == []


def test_rule_9_keeps_a_lone_foreign_word_inside_a_sentence() -> None:
    doc = foreign(doc_with("gisteren sprak ik Bush hierover", [("Bush", "PER")]), {"bush"})
    assert labels(doc) == [("Bush", "PER")]


def test_rule_9_keeps_listed_dutch_proper_names() -> None:
    doc = tagged("Groet , Roos Winter", [("Roos Winter", "PER")], {"Roos": "DB", "Winter": "DB"})
    assert labels(foreign(doc, {"roos", "winter"})) == [("Roos Winter", "PER")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("dat zei wethouder Anouk Brouwerij gisteren", "Anouk Brouwerij"),  # a role before it
        ("en toen belde Anouk Brouwerij ons terug", "Anouk Brouwerij"),  # a first name opens it
    ],
)
def test_a_surname_that_ends_like_a_trade_stays_a_person(text, name) -> None:
    assert labels(doc_with(text, [(name, "PER")])) == [(name, "PER")]


def test_a_trade_word_after_a_surname_is_still_a_firm() -> None:
    assert labels(
        doc_with("bestel bij Hofstede Drukkerij de flyers", [("Hofstede Drukkerij", "PER")])
    ) == [("Hofstede Drukkerij", "ORG")]


def test_a_firm_opening_with_a_particle_is_no_first_name() -> None:
    # "Van" is a first name in some locales, but here the particle of the firm's name
    doc = doc_with(
        "partij is Van Dongen Automatisering B.V. en de klant",
        [("Van Dongen Automatisering B.V.", "PER")],
    )
    assert labels(doc) == [("Van Dongen Automatisering B.V.", "ORG")]
