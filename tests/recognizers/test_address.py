"""ADDRESS: street + house number in Dutch and Belgian spellings, and what is not one."""

from __future__ import annotations

import pytest

from pipelines.recognizers.address import AddressRecognizer

RECOGNIZER = AddressRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn nieuwe adres is Lijsterbeslaan 14, 3722 GK Bilthoven.", ["Lijsterbeslaan 14"]),
        ("Bezorgen op Hoofdstraat 88-II graag", ["Hoofdstraat 88-II"]),
        ("Adres: Marktweg 15b, 7411 AB Deventer", ["Marktweg 15b"]),
        ("Stuur het naar Vijverdreef 56A", ["Vijverdreef 56A"]),
        ("Graag naar Sluiskade 301 bis, 3511 PG Utrecht", ["Sluiskade 301 bis"]),
        ("woon op Van 't Hoffstraat 3-bis", ["Van 't Hoffstraat 3-bis"]),
        ("Leveradres: Kortrijksesteenweg 112 bus 3, 9000 Gent", ["Kortrijksesteenweg 112 bus 3"]),
        ("Klant: Meir 19 bus 4, 2000 Antwerpen", ["Meir 19 bus 4"]),
        ("ik zit op Kloosterhof 14-2", ["Kloosterhof 14-2"]),
        ("Adres: Akkerlaan 1 hoog, Amsterdam", ["Akkerlaan 1 hoog"]),
        ("Postadres Rozengracht 7 rd, Amsterdam", ["Rozengracht 7 rd"]),
        (
            "G. Jansen\nBurgemeester Visserlaan 212\n5038 KR Tilburg",
            ["Burgemeester Visserlaan 212"],
        ),
        ("Prinses Beatrixlaan 47\n2273 XA Voorburg", ["Prinses Beatrixlaan 47"]),
        ("Adres: Oude Apeldoornseweg 7, 7415 CE Deventer", ["Oude Apeldoornseweg 7"]),
        ("het is Mignot en de Blockplein 52", ["Mignot en de Blockplein 52"]),
        (
            "nieuwe is van der Hoop van Slochterenweg 15b 3072ap rotterdam",
            ["van der Hoop van Slochterenweg 15b"],
        ),
        ("oude was Spaarnekade 230. kunnen jullie dat aanpassen?", ["Spaarnekade 230"]),
        ("adres is kerkstraat 12 in utrecht", ["kerkstraat 12"]),
        ("R. Jansen\nRingbaan-West 118a\n5014DE Tilburg", ["Ringbaan-West 118a"]),
        ("Mechelselei 63, 2500 Lier (BE)", ["Mechelselei 63"]),
        ("Zeedijk 4 en Vismarkt 12", ["Zeedijk 4", "Vismarkt 12"]),
        # suffix-less streets only with context: a label or a postcode after them
        ("Adres: Graaf Willem 43, 1811 AB Alkmaar", ["Graaf Willem 43"]),
        ("Brink 12\n7411 BR Deventer", ["Brink 12"]),
        ("Jan Smit, Lange Voorhout 9, 2514 EA Den Haag", ["Lange Voorhout 9"]),
    ],
)
def test_finds_addresses(find, text: str, expected: list[str]) -> None:
    assert find(RECOGNIZER, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het pakket Webhosting Start kost € 4,95 per maand.",
        "Apparaat: HP Envy 13-ba1047nd, SN 8CG1472LM3",
        "mijn iPhone 13 is gisteren in de gracht gevallen",
        "Laptop: Dell Latitude E7450 uit voorraad",
        "sinds de update naar Windows 11 werkt het niet",
        "Staat dat al gepland voor versie 5?",
        "In stap 3 vraagt de app om een identiteitsbewijs",
        "zie pagina 2 van de handleiding",
        "Ticket 2024-0611-0093 en Pakket 3",
        "voorstel wordt dinsdag 17 juni 06:00",
        "ben er over 20 min",
        "scanner behandelkamer 2",
        "sluit hem aan op USB-poort 2 of netwerkpoort 8",
        "mijn iPad 9 en het touchpad 3 keer",
        "Kerstmarkt 2024 was druk",
        "In Amsterdam 2 dagen, in Rotterdam 3 keer",
        "factuur 2024-0412 van € 1.249,50",
        "het invoerveld 2 is leeg",
        "Monitoring 24/7 en Spring 3",
        "Architectenbureau Pieters bv\nStationsstraat 160, 2800 Mechelen",
        "Polderhost B.V. | Keizersgracht 123 | 1015 CJ Amsterdam",
    ],
)
def test_ignores_traps(find, text: str) -> None:
    assert find(RECOGNIZER, text) == []


def test_abbreviated_steenweg(find):
    assert find(AddressRecognizer(), "het oude adres was Kortrijksestwg 88, Gent") == [
        "Kortrijksestwg 88"
    ]
