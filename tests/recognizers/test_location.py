"""LOCATION: the town of an address and where a person lives or was; not company towns."""

from __future__ import annotations

import pytest

from pipelines.recognizers.location import LocationRecognizer

RECOGNIZER = LocationRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lijsterbeslaan 14, 3722 GK Bilthoven", ["Bilthoven"]),
        ("Burgemeester Visserlaan 212\n5041 SJ Tilburg", ["Tilburg"]),
        ("Dorpsweg 6\n3343 BR Hendrik-Ido-Ambacht", ["Hendrik-Ido-Ambacht"]),
        ("Kerkstraat 5, 2902 AB Capelle aan den IJssel\n", ["Capelle aan den IJssel"]),
        ("Dorpsweg 1\n4611 AB Bergen op Zoom", ["Bergen op Zoom"]),
        ("Markt 3, 5211 AB 's-Hertogenbosch", ["'s-Hertogenbosch"]),
        ("Laan 3, 2511 AB Den Haag (NL)", ["Den Haag"]),
        ("Sluiskade 301 bis, 3511PG Utrecht", ["Utrecht"]),
        ("nieuwe is Maasdamweg 15b 3061kb rotterdam\n", ["rotterdam"]),
        ("Klant: Statiestraat 112 bus 3, 2640 Mortsel. als jullie", ["Mortsel"]),
        ("Kortrijksesteenweg 312 bus 1\n8530 Harelbeke", ["Harelbeke"]),
        ("Contactadres: Lierseweg 88, 2200 Herentals of per mail", ["Herentals"]),
        ("Ik woon in Capelle aan den IJssel en werk in Rotterdam", ["Capelle aan den IJssel"]),
        ("Ik woon en werk al zes jaar in Schiedam, maar", ["Schiedam"]),
        ("dag, ik ben Bert Peeters uit Lier. ik heb een vraag", ["Lier"]),
        ("omdat ik terugverhuis naar Groningen en daar", ["Groningen"]),
        ("we zijn verhuisd naar Sint-Niklaas vorige maand", ["Sint-Niklaas"]),
        ("maar ik zat die dag in Lissabon en heb niets besteld", ["Lissabon"]),
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
        "Reparatieorder R-24-0871 | FixPunt Deventer | aangenomen door: Mirthe",
        "Met vriendelijke groet,\nSevda\nBloemenatelier Amstelveen",
        "Retour RMA-24-044 | Laptopkliniek Tilburg",
        "Arjun, Lumeta Labs in Leuven",
        "doorsturen naar cleanroom-partner in Eindhoven",
        "PV opgemaakt bij politie Antwerpen",
        "Staan de servers in Nederland?",
        "Our servers are in Belgium",
        "ik zat in Teams toen het gebeurde",
        "ik wil mijn domein verhuizen naar Polderhost",
        "Identificatie gedaan via postcode 2531 VK en mobiel nummer",
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
