"""Personal data in pasted tables, found by the column header, and the lines that only look so."""

from __future__ import annotations

import pytest

from pipelines.recognizers.table_columns import TABLE_SCORE, TableColumnsRecognizer


@pytest.fixture(scope="module")
def recognizer() -> TableColumnsRecognizer:
    return TableColumnsRecognizer()


def typed(recognizer: TableColumnsRecognizer, text: str) -> list[tuple[str, str]]:
    """(entity type, value) of every result, in text order."""
    results = recognizer.analyze(text, entities=recognizer.supported_entities)
    return [(r.entity_type, text[r.start : r.end]) for r in sorted(results, key=lambda r: r.start)]


TABLES = [
    pytest.param(
        "Hoi, hier de nieuwe leerlingen:\n"
        "voornaam;achternaam;geboortedatum;klas;email ouder;wachtwoord\n"
        "Mei Lan;Zhou;2011-09-14;1B;jianhua@example.nl;Welkom!7394\n"
        "Daan;de Wit;2012-01-03;1A;r.dewit@example.nl;Start#2024\n",
        [("PERSON", "Mei Lan"), ("PERSON", "Zhou"), ("DATE_OF_BIRTH", "2011-09-14"),
         ("EMAIL", "jianhua@example.nl"), ("CREDENTIAL", "Welkom!7394"),
         ("PERSON", "Daan"), ("PERSON", "de Wit"), ("DATE_OF_BIRTH", "2012-01-03"),
         ("EMAIL", "r.dewit@example.nl"), ("CREDENTIAL", "Start#2024")],
        id="semicolon",
    ),
    pytest.param(
        "naam,email,badge-id,pincode\nLoek Hermans,loek@example.nl,04A1C2F9,4417\n",
        [("PERSON", "Loek Hermans"), ("EMAIL", "loek@example.nl"), ("CREDENTIAL", "4417")],
        id="csv",
    ),
    pytest.param(
        "| order | bedrag | kaartnummer | ip |\n"
        "|---|---|---|---|\n"
        "| #20950 | € 2.399,00 | 4420654919382380 | 31.151.77.209 |\n",
        [("CREDIT_CARD", "4420654919382380"), ("IP_ADDRESS", "31.151.77.209")],
        id="markdown",
    ),
    pytest.param(
        "| **Naam** | Telefoon | Woonplaats |\n"
        "|:---|:---:|---:|\n"
        "| Sanne Bakker | 06-12345678 | 's-Hertogenbosch |\n",
        [("PERSON", "Sanne Bakker"), ("PHONE", "06-12345678"), ("LOCATION", "'s-Hertogenbosch")],
        id="markdown-aligned-bold",
    ),
    pytest.param(
        "Naam\tTel\tPostcode\tAdres\n"
        "Jan Peeters\t+32 470 12 34 56\t2650\tMolenstraat 47 bus 2\n",
        [("PERSON", "Jan Peeters"), ("PHONE", "+32 470 12 34 56"), ("POSTCODE", "2650"),
         ("ADDRESS", "Molenstraat 47 bus 2")],
        id="tab",
    ),
    pytest.param(
        '"achternaam";"voornaam";"iban";"bedrag"\n'
        '"Zhou, Mei Lan";"Mei";"NL91 ABNA 0417 1643 00";"12,50"\n',
        [("PERSON", "Zhou, Mei Lan"), ("PERSON", "Mei"), ("IBAN", "NL91 ABNA 0417 1643 00")],
        id="quoted-semicolon",
    ),
    pytest.param(
        '"name","e-mail","status","ip-adres"\n'
        '"Doğan, Aylin","aylin@example.com","actief","2a02:58:4b1:0:8c3:2e7f:19d4:b052"\n',
        [("PERSON", "Doğan, Aylin"), ("EMAIL", "aylin@example.com"),
         ("IP_ADDRESS", "2a02:58:4b1:0:8c3:2e7f:19d4:b052")],
        id="quoted-csv",
    ),
    pytest.param(
        "First_Name, Last-Name, Date of Birth, BSN, Kenteken\n"
        "Thijs, Bosman, 14-09-1984, 111222333, 3-TKR-271\n",
        [("PERSON", "Thijs"), ("PERSON", "Bosman"), ("DATE_OF_BIRTH", "14-09-1984"),
         ("BSN", "111222333"), ("LICENSE_PLATE", "3-TKR-271")],
        id="header-spelling",
    ),
    pytest.param(
        "voornaam;tussenvoegsel;achternaam;geb.datum\nPieter;van der;Linden;02-01-1944\n",
        [("PERSON", "Pieter"), ("PERSON", "van der"), ("PERSON", "Linden"),
         ("DATE_OF_BIRTH", "02-01-1944")],
        id="tussenvoegsel",
    ),
    pytest.param(
        "achternaam,voornaam,contactpersoon\nTjin-A-Tsoi,Naomi,J. O'Brien\nJ.,X,Jan\n",
        [("PERSON", "Tjin-A-Tsoi"), ("PERSON", "Naomi"), ("PERSON", "J. O'Brien"),
         ("PERSON", "Jan")],
        id="name-shapes",
    ),
    pytest.param(
        "medewerker;telefoon;toegangscode;afdeling\r\nRomy de Lange;n.v.t.;8812;HR\r\n",
        [("PERSON", "Romy de Lange"), ("CREDENTIAL", "8812")],
        id="crlf-and-empty-value",
    ),
    pytest.param(
        "naam;plaats;code\nBakkerij Jansen;Utrecht;AB12\nJansen Holding B.V.;Zeist;-\n"
        "ja;Mol;7788\n",
        [("PERSON", "Bakkerij Jansen"), ("LOCATION", "Utrecht"), ("CREDENTIAL", "AB12"),
         ("LOCATION", "Zeist"), ("LOCATION", "Mol"), ("CREDENTIAL", "7788")],
        id="values-must-fit-the-column",
    ),
    pytest.param(
        "naam,email,klas\nNoor Visser,noor@example.nl,2C\nGroeten, Jan\nEva,eva@example.nl,2C\n",
        [("PERSON", "Noor Visser"), ("EMAIL", "noor@example.nl")],
        id="stops-at-first-line-that-does-not-fit",
    ),
    pytest.param(
        "naam;email;klas\nNoor Visser;noor@example.nl;2C\n\n"
        "order;kaartnummer;bedrag\n#1;5298 2597 9190 7480;€ 10,00\n",
        [("PERSON", "Noor Visser"), ("EMAIL", "noor@example.nl"),
         ("CREDIT_CARD", "5298 2597 9190 7480")],
        id="two-tables",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_finds_values_under_known_headers(recognizer, text, expected):
    assert typed(recognizer, text) == expected


TRAPS = [
    pytest.param("ik heb een laptop, een muis, en een scherm\nen ook een tas, een lader, en zo",
                 id="prose-with-commas"),
    pytest.param("Graag je naam, adres, telefoon en e-mail.\nIk stuur het morgen, of later, of zo.",
                 id="prose-naming-columns"),
    pytest.param("Ik ben geboren, getogen, en woon in Mol\nMijn zus, mijn broer, en ik ook",
                 id="prose-with-a-header-word"),
    pytest.param("Status | open\nnaam | Jan de Vries", id="two-cell-lines"),
    pytest.param("Ticket #61207 | Categorie: E-mail > Storing | Prioriteit: Normaal\n"
                 "Aangemaakt door: Joost Verhelst (2e lijn)", id="ticket-header"),
    pytest.param("naam: Jan; email: jan@example.nl; tel: 0612345678\n"
                 "naam: Piet; email: piet@example.nl; tel: 0687654321", id="key-value-list"),
    pytest.param("2024-06-01 10:00:01,123 | INFO | login ok from 31.151.77.209\n"
                 "2024-06-01 10:00:02,456 | WARN | login failed from 31.151.77.210",
                 id="log-lines"),
    pytest.param("level | source | message\nINFO | auth | user=jan password=Welkom123",
                 id="log-header-maps-nothing"),
    pytest.param("product;aantal;prijs;klas\nLaptop Dell;2;€ 999;1B", id="unmapped-headers"),
    pytest.param("naam;email;telefoon\n\nJan;jan@example.nl;0612345678", id="header-without-rows"),
    pytest.param("naam;email;telefoon", id="header-only"),
    pytest.param("naam;email;telefoon\nJan;jan@example.nl", id="rows-of-another-width"),
    pytest.param("productnaam,bedrijfsnaam,gebruikersnaam\nLaptop Pro,Polderhost,Jdevries",
                 id="names-of-other-things"),
    pytest.param("bedrijf naam;product code;datum\nPolderhost;PH-1;2024-01-01", id="word-headers"),
    pytest.param("| naam | email | telefoon |\n|---|---|---|", id="markdown-without-rows"),
]  # fmt: skip


@pytest.mark.parametrize("text", TRAPS)
def test_ignores_what_is_no_table(recognizer, find, text):
    assert find(recognizer, text) == []


def test_reports_only_requested_entities(recognizer):
    text = "naam,email,pincode\nLoek Hermans,loek@example.nl,4417\n"
    results = recognizer.analyze(text, entities=["EMAIL"])
    assert [(r.entity_type, text[r.start : r.end]) for r in results] == [
        ("EMAIL", "loek@example.nl")
    ]
    assert recognizer.analyze(text, entities=["BTW"]) == []


def test_score_passes_the_analyzer_threshold(recognizer, find):
    text = "naam;wachtwoord;klas\nMei Lan Zhou;Welkom!7394;1B\n"
    assert {r.score for r in recognizer.analyze(text, [])} == {TABLE_SCORE}
    assert find(recognizer, text) == ["Mei Lan Zhou", "Welkom!7394"]


def test_reports_every_entity_it_supports(recognizer):
    assert set(recognizer.supported_entities) == {
        "CREDENTIAL", "DATE_OF_BIRTH", "PERSON", "BSN", "IBAN", "PHONE", "ADDRESS", "LOCATION",
        "POSTCODE", "CREDIT_CARD", "LICENSE_PLATE", "EMAIL", "IP_ADDRESS",
    }  # fmt: skip


def test_is_discovered():
    from pipelines.recognizers import recognizer_classes

    assert TableColumnsRecognizer in recognizer_classes()


def test_a_team_mailbox_in_a_list_is_not_personal(find):
    text = "naam,email,pincode\nLoes Brink,loes@voorbeeld.nl,4417\nbalie,balie@voorbeeld.nl,\n"
    found = find(TableColumnsRecognizer(), text)
    assert "loes@voorbeeld.nl" in found
    assert "balie@voorbeeld.nl" not in found


def test_a_card_column_in_a_dispute_report(find):
    text = (
        "| order | amount | card | buyer IP |\n"
        "| #101 | € 12,00 | 4012888888881881 | 31.151.77.209 |\n"
    )
    assert find(TableColumnsRecognizer(), text) == ["4012888888881881", "31.151.77.209"]


def test_a_card_type_column_is_not_a_card_number(find):
    text = "naam;kaart type;status\nLoes Brink;Visa;actief\n"
    assert "Visa" not in find(TableColumnsRecognizer(), text)
