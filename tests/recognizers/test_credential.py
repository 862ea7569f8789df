"""CREDENTIAL: passwords, codes, keys and tokens; never the cue, never a state word."""

from __future__ import annotations

import secrets
import string

import pytest

from pipelines.recognizers.credential import CredentialRecognizer

RECOGNIZER = CredentialRecognizer()


def _bitlocker_key() -> str:
    """A made-up 48-digit BitLocker recovery key: eight groups of six digits."""
    return "-".join(f"{secrets.randbelow(10**6):06d}" for _ in range(8))


def _token(prefix: str, length: int) -> str:
    alphabet = string.ascii_letters + string.digits
    return prefix + "".join(secrets.choice(alphabet) for _ in range(length))


BITLOCKER = _bitlocker_key()
MOLLIE = _token("live_", 30)
STRIPE = _token("sk_live_", 24)
GITHUB = _token("ghp_", 36)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het wachtwoord van het mailaccount was Narcis2022!, ik heb het gisteren veranderd in "
            "Blauw-Boot-41 maar het gaat door.",
            ["Narcis2022!", "Blauw-Boot-41"],
        ),
        ("klant: het wachtwoord is Poesje!2017", ["Poesje!2017"]),
        ("Wachtwoord Windows: Zonnepit1961! (klant gaf het zelf op)", ["Zonnepit1961!"]),
        ("- FTP-wachtwoord: ab2020!jan", ["ab2020!jan"]),
        (f"- Mollie API-key: {MOLLIE}", [MOLLIE]),
        (f"stripe {STRIPE} staat in de config", [STRIPE]),
        (f"token {GITHUB}", [GITHUB]),
        ("het wachtwoord van de gastenwifi is patatjes4410 als ge da nodig hebt", ["patatjes4410"]),
        ("De verhuiscode (token) van mijn vorige provider is Qz8#mW3r!Tp5.", ["Qz8#mW3r!Tp5"]),
        ("authcode: a8Kf-22zQ-m1", ["a8Kf-22zQ-m1"]),
        ("Toegang: deurcode gebouw 5582#, appartement 2de verdieping.", ["5582#"]),
        ("mijn pincode is 4321.", ["4321"]),
        ("pincode 9087", ["9087"]),
        ("ww = Welkom01", ["Welkom01"]),
        ("password: hunter2", ["hunter2"]),
        ("wachtwoord: zomerzon", ["zomerzon"]),
        ("wifi wachtwoord is 'mijn hond 12'", ["mijn hond 12"]),
        ("mijn wachtwoord is tijdelijk Welkom123 tot morgen", ["Welkom123"]),
        (
            "herstelcodes opnieuw aangemaakt. Hij las er twee voor (5K2H-8QPM en Y4RT-7LWB), "
            "geadviseerd",
            ["5K2H-8QPM", "Y4RT-7LWB"],
        ),
        (
            "I typed one backup code into the chat yesterday, 5821-1937-0946 is that a problem??",
            ["5821-1937-0946"],
        ),
        (f"herstelsleutel staat in Entra ({BITLOCKER}) – niet doorgeven", [BITLOCKER]),
        (f"de sleutel is {BITLOCKER}", [BITLOCKER]),
        (f"{BITLOCKER}", [BITLOCKER]),
        (
            "Ik vulde mijn wachtwoord in en kreeg een foutmelding. Wat moet ik nu doen? "
            "Het was Anke2024Lier, dat heb ik nog niet aangepast.",
            ["Anke2024Lier"],
        ),
        ("API key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0", ["9f8e7d6c5b4a39281706f5e4d3c2b1a0"]),
    ],
)
def test_finds_secrets(find, text: str, expected: list[str]) -> None:
    assert find(RECOGNIZER, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "het wachtwoord is verlopen",
        "Uw wachtwoord verloopt over 3 dagen.",
        "het wachtwoord is gewijzigd",
        "ik ben mijn wachtwoord vergeten",
        "stuur mij een nieuw wachtwoord",
        "zorg dat je je Microsoft-wachtwoord bij de hand hebt.",
        "Wachtwoord Exchange gereset, actieve sessies afgemeld",
        "wachtwoord gereset om 10:42",
        "het wachtwoord werkt niet en mijn telefoonnummer is 0612345678",
        "de melding (risicocontrole, code RC-17)",
        "steeds foutcode FF-502 bij de export",
        "mijn postcode is 2564 BN",
        "zipcode 90210",
        "token (verhuiscode) die ik kreeg van de oude provider",
        "het wachtwoord is kwijt",
        "het wachtwoord is nodig voor de installatie",
        "Joris denkt dat het service-account sinds de wachtwoordwijziging niet is bijgewerkt",
        "de herstelcodes is ze kwijt, ticket 2024-0611-0093",
        "factuur 2024-0412 van € 1.249,50, versie 4.12.3",
        "Veeam B&R 11.0.1.126 en bestelling WK-2025-04418",
        "Pinnen kan ook. Totaal komt op € 189,-.",
        "De code van de korting is ZOMER24",
        "gelukkig niet mijn wachtwoord: toen zag ik dat de link niet klopte",
        "Password: when I reset it, the app crashes",
    ],
)
def test_ignores_traps(find, text: str) -> None:
    assert find(RECOGNIZER, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # misspelt and Flemish cues
        ("Mijn paswoord was Kanaal#1984, nu lukt niets meer.", ["Kanaal#1984"]),
        ("wachtwrd is giraf2009 volgens mij", ["giraf2009"]),
        ("het paswoord dat de leraar gaf is dolfijn31.", ["dolfijn31"]),
        # card codes of three digits right after their cue
        ("kaart 5500 0000 0000 0004, geldig tot 03/29, CVC 604.", ["604"]),
        ("en de cvv is 271, klopt dat?", ["271"]),
        # passwords given in passing, the second of two, on their own lines
        (
            "wachtwoord kwijt bij de club.. heb Tennis#7 en tennisbaan7 geprobeerd.",
            ["Tennis#7", "tennisbaan7"],
        ),
        (
            "I changed my password from Maple!Road5 to Maple!Road6 yesterday.",
            ["Maple!Road5", "Maple!Road6"],
        ),
        (
            "Ik heb het wachtwoord op een briefje, misschien helpt het?\nKastanje_1999",
            ["Kastanje_1999"],
        ),
        (
            "Geprobeerde wachtwoorden:\n- Herfst2023!\n- Herfst2023\n- herfst2024#",
            ["Herfst2023!", "Herfst2023", "herfst2024#"],
        ),
        ("Onderwerp: nieuw wachtwoord Ijsvogel#88 werkt niet", ["Ijsvogel#88"]),
        ("login is kamer12@voorbeeld.nl en pw Veldweg2019!. Graag hulp", ["Veldweg2019!"]),
        ("Oud paswoord: Bakfiets_11, nieuw paswoord: Bakfiets_12.", ["Bakfiets_11", "Bakfiets_12"]),
        # PINs and keypad codes named in a sentence
        (
            "De pincode klopt niet. In de brief staat 7315, ik probeerde ook 7351 al.",
            ["7315", "7351"],
        ),
        (
            "Ons alarmsysteem piept. Ik heb 2222, 8888 en onze eigen code 4719 geprobeerd.",
            ["2222", "8888", "4719"],
        ),
        ("De sleutelkluis bij de voordeur heeft code 8264. Bel even aan.", ["8264"]),
        ("Mijn kluisje gaat niet open. Ik had zelf de code 5307 ingesteld.", ["5307"]),
        ("Het alarm zet je uit met 1357 en dan hekje.", ["1357"]),
    ],
)
def test_finds_secrets_near_a_cue(find, text: str, expected: list[str]) -> None:
    assert find(RECOGNIZER, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wifi: netwerk Thuis-Gast5G, vraag het wachtwoord aan de balie",
        "De pincode is nodig. Kaart eindigt op 4471, geboren op 3 mei 1961.",
        "Gebruikersnaam is piet.jansen, wachtwoord vergeten. Accountnaam bert_smit07.",
        "Wachtwoordbeleid: minimaal 12 tekens, elke 90 dagen wijzigen, versie v2.4.1.",
        "wachtwoord voor de database staat in settings.ini, niet hier",
        "Pincode vergeten. Bel 020 556 12 00, postcode 5211 VD, rekening NL48 ABNA 3462 9538 22.",
        "De installer vraagt een licentiesleutel: SP12-7QKX-22MD-90RT. Foutcode 1603.",
        "Ik kreeg error code 1603 bij de deur van het magazijn.",
        "wachtwoord gewijzigd. Upload-ID 5fa2c9e1, build 2231, APP_VERSION=3.8.0-rc2",
        "Kortingscode ZOMER-PIN-2025 werkt niet, bestelling 582-113-9.",
        "Het wachtwoordveld toont ******** en daarna AADSTS50126.",
    ],
)
def test_ignores_traps_near_a_cue(find, text: str) -> None:
    assert find(RECOGNIZER, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "De pin van de stekker is verbogen. Ik heb hem gekocht voor 2024 en het kost 1500 euro.",
        "Mijn alarmsysteem is kapot. Het stond er sinds 2019, de monteur rekende 2048 MB aan logs.",
        "Pincode kwijt. Bestelling 7781 van € 4599 staat nog open.",
    ],
)
def test_keypad_cues_leave_years_amounts_and_quantities(find, text: str) -> None:
    assert find(RECOGNIZER, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ik gebruik hetzelfde wachtwoord als thuis (Roosje1988) en dat werkt niet.",
            ["Roosje1988"],
        ),
        (
            "Aan de telefoon noemde mevrouw haar pincode (4417) voordat ik het kon stoppen.",
            ["4417"],
        ),
        ("Mijn kaart: 5500 0000 0000 0004, geldig tot 09/27, 318. Kan ik zo betalen?", ["318"]),
        ("Card 5500 0000 0000 0004 exp 11/28 CVV: 7731", ["7731"]),
        (
            "Ik stuur mijn wachtwoord mee. Ik weet niet of het klopt. Misschien helpt dat?\n"
            "Roos_2015\n",
            ["Roos_2015"],
        ),
        (
            "Ik gaf het oude wachtwoord door (Tulp2020) en het nieuwe dat ik koos (Tulp2021!).",
            ["Tulp2020", "Tulp2021!"],
        ),
    ],
)
def test_finds_secrets_in_passing(find, text: str, expected: list[str]) -> None:
    assert find(RECOGNIZER, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Release notes: wachtwoord-reset gefixt in v2.3.1-beta, zie build 4471 en INC-20931.",
        "Kaart geldig tot 09/27, bestelling 318 is verzonden.",
        "Wachtwoord vergeten.\n\nMet vriendelijke groet,\nJanssen\n",
    ],
)
def test_ignores_look_alikes_in_passing(find, text: str) -> None:
    assert find(RECOGNIZER, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mijn wachtwoord werkt, maar de 2-stapsverificatie niet.",
        "Het wachtwoord is gereset door de 24-uursdienst, na een covid-19 melding.",
        "Wachtwoord vergeten, ik heb een nieuwe aangevraagd. Bedankt!!",
        "Wachtwoord aangepast. Super!! Alles werkt weer, Groetjes?!",
    ],
)
def test_words_with_numbers_or_exclamations_are_no_passwords(find, text: str) -> None:
    assert find(RECOGNIZER, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The code for the gate is 4471, see you tomorrow.", ["4471"]),
        ("De code van het hek is veranderd naar 90817.", ["90817"]),
        ("De garage gaf code E05. Bestelling 4471 is onderweg.", []),
        ("Scan de QR-code bij de deur, ticket 88213 ligt klaar.", []),
    ],
)
def test_a_bare_code_near_a_door_or_gate(find, text: str, expected: list[str]) -> None:
    assert find(RECOGNIZER, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Wi-Fi keys after their cue, also all digits and longer than a PIN
        ("Het wifi-wachtwoord van de studio is 40176329.", ["40176329"]),
        ("WPA2-sleutel 6620194873 staat op de achterkant", ["6620194873"]),
        ("wpa key: 771023984410", ["771023984410"]),
        ("De netwerksleutel werkt niet. Op de sticker staat 30918276654421", ["30918276654421"]),
        ("network key is Boomhut-Regen7", ["Boomhut-Regen7"]),
        # a code given before its cue
        ("817264 is de alarmcode van het kantoor", ["817264"]),
        ("Voor de schuur: 3917 is de code van het hangslot.", ["3917"]),
        ("Lente2031# is het wachtwoord van de gastenlaptop", ["Lente2031#"]),
    ],
)
def test_wifi_keys_and_values_before_their_cue(find, text: str, expected: list[str]) -> None:
    assert find(RECOGNIZER, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De alarmcentrale heeft melding 558120 aangemaakt.",
        "Ordernummer 4471239 is de code die ik voor de kluis kreeg",
        "De wifi-sleutel vindt u op de sticker onder de router.",
        "wifi-sleutel kwijt, klantnummer 123456789012",
        "Installatie mislukt met foutcode 0x80070005 bij de wifi-driver, versie 2.3.1.",
        "De code 40213 op de doos is het modelnummer van de kluis.",
        "bel de wifi-helpdesk op 0201234567",
        "Ticket 88211734 over de netwerksleutel is gesloten",
    ],
)
def test_wifi_and_before_cue_look_alikes(find, text: str) -> None:
    assert find(RECOGNIZER, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het tijdelijke wachtwoord is Hg5#kLp2. Ik typ Hg5#kLp2 in maar het portaal weigert.",
            ["Hg5#kLp2", "Hg5#kLp2"],
        ),
        # a number recurs as something else: only the one after its cue
        ("De pincode is 2408. Op 2408 uur ging het mis.", ["2408"]),
    ],
)
def test_a_secret_is_found_wherever_it_recurs(find, text, expected):
    assert find(RECOGNIZER, text) == expected


def test_the_prefiltered_cue_scan_finds_what_the_full_scan_finds() -> None:
    from pipelines.recognizers.credential import _ANY_CUE, _ANY_CUE_SCAN

    texts = [
        "mijn wachtwoord is zomer2024, de pincode 4411 en de wifi-sleutel staat op de router",
        "foutcode 0x80070005 na de update; code van het hangslot is 0-4-1-7; sms-code 771204",
        "ww: x; pw: y; password reset; de combinatie van de kluis; herstelcodes hieronder",
    ]
    for text in texts:
        full = [(m.span(), m.lastgroup) for m in _ANY_CUE.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in _ANY_CUE_SCAN.finditer(text)] == full
        assert full


WEBHOOK = _token("whsec_", 26)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a door, gate or key safe that "gaat open met" its code; a lock's dials "staan op"
        (
            "De poort van het magazijn gaat open met 6093, het hek erachter met de sleutel.",
            ["6093"],
        ),
        ("De garagedeur opent met 5520 op het paneel naast de brievenbus.", ["5520"]),
        ("Mijn kofferslot staat nu op 417, dat heb ik nooit veranderd.", ["417"]),
        # the cue's own sentence reaches its verb, however long the aside between dashes
        (
            "Het wachtwoord van de oude beheerder – die ik nooit heb gesproken, want hij was al "
            "vertrokken toen ik begon, en zijn opvolger wist het evenmin, zodat we maanden met het "
            "standaardaccount hebben gewerkt – was Berkenlaan&88.",
            ["Berkenlaan&88"],
        ),
        ("Kastanje$61 – dat is het paswoord van de gedeelde agenda.", ["Kastanje$61"]),
        # secrets by where they stand: a URL's user info, an authorization header, a prefix
        ("export DATABASE_URL=mysql://shop:Zeef7Kruik%@db.example.test:3306/shop", ["Zeef7Kruik%"]),
        (
            'curl -H "Authorization: Bearer ab12Cd34Ef56Gh78Ij90xy" https://api.example.test',
            ["ab12Cd34Ef56Gh78Ij90xy"],
        ),
        (f"Het signing secret is {WEBHOOK}, klopt dat?", [WEBHOOK]),
        # a bare "wifi" before a key of the full chosen shape
        ("Onderwerp: wifi kantoor Reiger#93", ["Reiger#93"]),
        # a chosen password alone on its line, pointed back at as what logs in
        (
            "Dit is wat ik intyp:\nMeerkat*Zee_77\n"
            "daarmee log ik altijd in op het leerlingportaal.",
            ["Meerkat*Zee_77"],
        ),
        ("Hiermee log ik in op de webshop:\nPelikaan+Duin9", ["Pelikaan+Duin9"]),
        # a passphrase said to have its spaces
        (
            "Het wifi-wachtwoord is oranje kano 1984 rivier, met spaties.",
            ["oranje kano 1984 rivier"],
        ),
    ],
)
def test_secrets_by_phrasing_and_place(find, text: str, expected: list[str]) -> None:
    assert find(RECOGNIZER, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De winkel gaat open met 3 man personeel om 0900.",
        "De deur gaat open met de pas van de receptie, kamer 2104 is links.",
        "Het hangslot weegt 250 gram en het fietsslot kost 120 euro.",
        "Het cijferslot ligt op 120 cm hoogte in de kast.",
        "Versie 4.2 – dat is het wachtwoordbeleid van de school.",
        "Uit de handleiding: postgres://user:password@localhost/db of https://beheer:${DB_PW}@host.test",
        "We gebruiken Bearer tokens en Basic authentication voor de koppeling.",
        "Het geheim van een goede taart is boter. Het geheim is simpel: oefenen.",
        "De wifi Ziggo-7F2A valt steeds weg, en wifi Thuis_Netwerk! ook.",
        "Zie bijlage:\nOfferte_Q3#2025\nGraag uw akkoord, dan zet ik het in het klantportaal.",
        "Zie bijlage:\nOfferte_Q3#2025\nDat is de offerte die ik in het klantportaal heb gezet.",
        "Mijn wachtwoord is niet geldig met spaties erin, zegt de app.",
        "De kortingscode is ZOMER 25 met spaties.",
    ],
)
def test_phrasing_and_place_look_alikes(find, text: str) -> None:
    assert find(RECOGNIZER, text) == []
