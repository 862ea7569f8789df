"""LOCATION: the town of an address and where a person lives or was; not company towns."""

from __future__ import annotations

import pytest

from pipelines.recognizers.location import LocationRecognizer

RECOGNIZER = LocationRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lijsterbeslaan 14, 3722 GK Bilthoven", ["Bilthoven"]),
        ("Burgemeester Visserlaan 212\n5038 KR Tilburg", ["Tilburg"]),
        ("Dorpsweg 6\n3341 LK Hendrik-Ido-Ambacht", ["Hendrik-Ido-Ambacht"]),
        ("Kerkstraat 5, 2902 AB Capelle aan den IJssel\n", ["Capelle aan den IJssel"]),
        ("Dorpsweg 1\n4611 AB Bergen op Zoom", ["Bergen op Zoom"]),
        ("Markt 3, 5211 AB 's-Hertogenbosch", ["'s-Hertogenbosch"]),
        ("Laan 3, 2511 AB Den Haag (NL)", ["Den Haag"]),
        ("Sluiskade 301 bis, 3512TW Utrecht", ["Utrecht"]),
        ("nieuwe is Maasdamweg 15b 3072ap rotterdam\n", ["rotterdam"]),
        ("Klant: Molenstraat 47 bus 2, 2650 Edegem. als jullie", ["Edegem"]),
        ("Kortrijksesteenweg 312 bus 1\n8530 Harelbeke", ["Harelbeke"]),
        ("Contactadres: Kerkweg 52, 2300 Turnhout of per mail", ["Turnhout"]),
        ("Wij wonen in Capelle aan den IJssel, werken in Rotterdam", ["Capelle aan den IJssel"]),
        ("Ik woon en werk al vijf jaar in Vlaardingen, maar", ["Vlaardingen"]),
        ("dag, ik ben Bert Peeters uit Lier. ik heb een vraag", ["Lier"]),
        ("omdat ik terugverhuis naar Groningen en daar", ["Groningen"]),
        ("we zijn verhuisd naar Sint-Niklaas vorige maand", ["Sint-Niklaas"]),
        ("maar ik was die week in Lissabon en heb niets besteld", ["Lissabon"]),
        ("Liam, Acme Analytics. working from home in Kessel-Lo", ["Kessel-Lo"]),
        ("I live in Leuven Belgium", ["Leuven"]),
        ("mijn moeder is geboren in Paramaribo", ["Paramaribo"]),
        (
            "ingebroken in zijn auto op de parking van de Colruyt in Berchem. Laptop weg",
            ["Berchem"],
        ),
        ("Gisteren is er in Breda ingebroken bij mij", ["Breda"]),
        ("Woonplaats: Zwolle", ["Zwolle"]),
    ],
)
def test_finds_places(find, text: str, expected: list[str]) -> None:
    assert find(RECOGNIZER, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reparatieorder R-25-1193 | RepairHuis Zutphen | aangenomen door: Mirthe",
        "Met vriendelijke groet,\nNurcan\nTaartenatelier Heemstede",
        "Retour RMA-24-044 | Laptopkliniek Tilburg",
        "Vikram, Quantora Labs in Gent",
        "doorzetten naar recovery-partner in Eindhoven",
        "PV opgemaakt bij politie Antwerpen",
        "Staan de servers in Nederland?",
        "Our servers are in Belgium",
        "ik zat in Teams toen het gebeurde",
        "ik wil mijn domein verhuizen naar Polderhost",
        "Identiteit gecheckt via postcode 2564 BN en mobiel nummer",
        "In 2024 en Rotterdam",
        "ik woon in een appartement",
        "Architectenbureau Pieters bv\nStationsstraat 160, 2800 Mechelen",
        "factuur 2024-0412 van € 1.249,50 om 10:42",
    ],
)
def test_ignores_traps(find, text: str) -> None:
    assert find(RECOGNIZER, text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Ik werk de komende weken vanuit Maastricht, bel liever.", "Maastricht"),
        ("kan niet inloggen vanuit Agadir, waar ik op vakantie ben", "Agadir"),
        ("ze werkt op vrijdag van thuis uit in Genk", "Genk"),
        ("ik kom van Zottegem met de trein", "Zottegem"),
        ("mijn auto is opengebroken op een parkeerplaats in Zwolle.", "Zwolle"),
    ],
)
def test_more_whereabouts(find, text, town):
    assert find(LocationRecognizer(), text) == [town]


@pytest.mark.parametrize(
    "text",
    ["De mail komt vanuit Microsoft 365.", "we werken vanuit Polderhost aan een oplossing"],
)
def test_vanuit_without_a_place(find, text):
    assert find(LocationRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an address of the person
        ("graag naar mijn nieuwe adres in Zoetermeer sturen", ["Zoetermeer"]),
        ("zijn oude adres in Hasselt klopt niet meer", ["Hasselt"]),
        ("Sinds maart woon ik op Lindelaan 7, 3451 KL Vleuten.", ["Vleuten"]),
        ("ik woon nu in Roeselare", ["Roeselare"]),
        # English whereabouts
        ("I am in Kumasi until Friday", ["Kumasi"]),
        ("I'm in Lviv this week, so", ["Lviv"]),
        ("the VPN drops when I am in Bangalore", ["Bangalore"]),
        ("She lives in Mechelen and", ["Mechelen"]),
        ("The registrant lives in Gdańsk.", ["Gdańsk"]),
        ("he is travelling to Porto next week", ["Porto"]),
        ("My colleague travels to Nairobi often", ["Nairobi"]),
        ("he is staying in Oostende for now", ["Oostende"]),
        ("Now that I am back in Eindhoven I can", ["Eindhoven"]),
        ("We were on holiday in Crete when", ["Crete"]),
        ("with my parents in Accra", ["Accra"]),
        # where someone comes from, stays or holidays
        ("Taras komt net uit Charkiv en", ["Charkiv"]),
        ("mijn schoonmoeder kwam oorspronkelijk uit Zaandam", ["Zaandam"]),
        ("ik logeer bij mijn ouders in Sint-Truiden tot zondag", ["Sint-Truiden"]),
        ("we verblijven bij haar familie in Nador", ["Nador"]),
        ("ik ben 3 weken op Curaçao, dus", ["Curaçao"]),
        ("we zijn op Texel tot vrijdag", ["Texel"]),
        ("ik ben met vakantie in Split en", ["Split"]),
        ("we gaan op vakantie naar Kreta", ["Kreta"]),
        ("ik ben net terug uit Lissabon", ["Lissabon"]),
        # moved, with words between the subject and "verhuisd"
        ("Taras is in augustus verhuisd naar Amersfoort", ["Amersfoort"]),
        ("wij zijn vorig jaar in juni verhuisd naar Den Bosch", ["Den Bosch"]),
        ("In mei zijn we met ons gezin verhuisd naar Leiden", ["Leiden"]),
        ("mijn moeder is onlangs verhuisd naar Heerlen.", ["Heerlen"]),
        # brackets
        ("Ik werk vandaag (thuis, Apeldoorn) en ben bereikbaar", ["Apeldoorn"]),
        ("Werkplek: Capelle aan den IJssel (thuis)", ["Capelle aan den IJssel"]),
        (
            "Aanwezig: Stefano Bellucci (Haarlem), Anouk van der Berg (Zwolle)",
            ["Haarlem", "Zwolle"],
        ),
    ],
)
def test_whereabouts_cues(find, text: str, expected: list[str]) -> None:
    assert find(RECOGNIZER, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm in Sales, not support",
        "back in March we had the same problem",
        "I am in Charge of the account",
        "ik zit op Facebook",
        "ik ben op Maandag weer op kantoor",
        "Our data lives in Frankfurt",
        "het domein is vorige week verhuisd naar Polderhost",
        "Het is verhuisd naar Azure",
        "De mail komt uit Outlook",
        "Back in Stock: Laptops",
        "I'm in. Thanks",
        "Zet het terug in Excel",
        "ik ben erg geïnteresseerd in Hosting Pro",
        "Ik woon in\nDe Kerkstraat",
        "we zijn in Nederland",
        "ik ben in Gesprek",
        # brackets after a name that hold a role, a label or a company
        "Joost Verhelst (Teamleider) heeft gebeld",
        "Jan Peeters (Accountmanager)",
        "Jan de Vries (Zoon) belde",
        "Joost Verhelst (CEO)",
        "Sofie Claes (RepairHuis)",
        "Quantora Labs (Gent) levert",
        "Tandartsenpraktijk De Eik (Turnhout)",
        "Webhosting Start (Basis)",
        "stefano@bellucci.nl\nStefano Bellucci (Bellucci)",
    ],
)
def test_whereabouts_traps(find, text: str) -> None:
    assert find(RECOGNIZER, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ik woon nu in Roeselare, maar was vorige week op Texel",
        "IK BEN IN GENT. Stefano Bellucci (Haarlem). Taras is vorig jaar verhuisd naar Lviv",
        "Werkplek: Ede (thuis); with my parents in Accra; İk ben in Gent",
    ],
)
def test_prefilter_finds_every_cue(text: str) -> None:
    scan = next(c for p, c in RECOGNIZER._compiled if p.name == "place_after_cue")
    full = scan.pattern.pattern
    assert [m.span("value") for m in scan.finditer(text)] == [
        m.span("value") for m in full.finditer(text)
    ]


def test_a_public_body_in_brackets_is_no_whereabouts(find):
    text = "[08:31] Sjoerd Bakker (Gemeente Noardeast-Fryslân): ik kan niet inloggen"
    assert find(LocationRecognizer(), text) == []
