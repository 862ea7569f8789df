"""HEALTH and SPECIAL: art. 9/10 data about a person, not metaphors about machines."""

from __future__ import annotations

import pytest

from pipelines.recognizers.special_categories import (
    HealthRecognizer,
    SpecialCategoryRecognizer,
)

HEALTH = HealthRecognizer()
SPECIAL = SpecialCategoryRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mijn zoon heeft autisme", ["autisme"]),
        ("Mijn dochter Fien heeft dyslexie en gebruikt de laptop", ["dyslexie"]),
        ("excuses voor mijn spelfouten want ik heb dyslexie", ["dyslexie"]),
        ("het is spoed want ik heb diabetes type 2 en de pomp-app", ["diabetes type 2"]),
        ("Mijn moeder heeft alzheimer en woont in een verpleeghuis", ["alzheimer"]),
        ("Ik lag twee weken in het ziekenhuis na een herseninfarct.", ["herseninfarct"]),
        ("Notitie: klant ligt thuis met een gebroken heup, graag ophalen", ["gebroken heup"]),
        ("Klant is slechthorend, dus graag per mail reageren.", ["slechthorend"]),
        (
            "Onze boekhouder Iris de Wit gaat binnenkort met zwangerschapsverlof.",
            ["zwangerschapsverlof"],
        ),
        (
            "onze collega Eva Janssens valt zes weken uit na een zware knieoperatie.",
            ["zware knieoperatie"],
        ),
        ("Ik heb sinds vorig jaar een burn-out.", ["burn-out"]),
        ("mijn vrouw is zwanger", ["zwanger"]),
        ("Klant heeft kanker gehad.", ["kanker"]),
        ("ik heb ADHD", ["ADHD"]),
        ("my son has dyslexia", ["dyslexia"]),
        ("zij is blind", ["blind"]),
        ("hij heeft een gebroken arm", ["gebroken arm"]),
        ("mijn vader krijgt chemo", ["chemo"]),
    ],
)
def test_finds_health(find, text: str, expected: list[str]) -> None:
    assert find(HEALTH, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de server is ziek",
        "de printer is dood",
        "het virus op mijn laptop",
        "het systeem is depressief traag",
        "mijn laptop is helemaal blind voor de printer",
        "die kankerprinter doet het niet",
        "Stichting Autisme Nederland belt morgen",
        "ALS het werkt, laat het dan weten",
        "ik kan blind typen",
        "download de diabetes-app via www.diabetes.nl",
        "de operatie van de servermigratie is geslaagd",
        "het netwerk is verlamd sinds de update",
    ],
)
def test_health_ignores_traps(find, text: str) -> None:
    assert find(HEALTH, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zij is gereformeerd en werkt daarom nooit op zondag.", ["gereformeerd"]),
        ("ik ben moslim en vast tijdens de ramadan", ["moslim", "vast tijdens de ramadan"]),
        ("Ik ben lid van CNV Vakmensen en krijg korting.", ["lid van CNV Vakmensen"]),
        (
            "- Jan Peeters (ACOD-delegee)\n- Sara Aydin (ACLVB-delegee)",
            ["ACOD-delegee", "ACLVB-delegee"],
        ),
        (
            "Ik woon in Houten en sta daar als kandidaat-raadslid voor D66 op de lijst",
            ["kandidaat-raadslid voor D66"],
        ),
        ("hij is al jaren lid van de PVV", ["lid van de PVV"]),
        ("ik stem op de SP", ["stem op de SP"]),
        ("zij is vakbondslid", ["vakbondslid"]),
        ("ik heb een strafblad", ["strafblad"]),
        ("hij werd veroordeeld tot een taakstraf", ["veroordeeld tot een taakstraf"]),
        ("ik ben homo", ["homo"]),
        ("mijn man is van Marokkaanse afkomst", ["Marokkaanse afkomst"]),
    ],
)
def test_finds_special(find, text: str, expected: list[str]) -> None:
    assert find(SPECIAL, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de katholieke school belt morgen",
        "de PVV heeft de verkiezingen gewonnen",
        "we zijn lid van de golfclub",
        "zij heeft een technische achtergrond",
        "PV opgemaakt bij politie Antwerpen",
        "de server is orthodox geconfigureerd",
        "Staan de servers in Nederland?",
    ],
)
def test_special_ignores_traps(find, text: str) -> None:
    assert find(SPECIAL, text) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("er stonden foto's op van na mijn borstamputatie", "borstamputatie"),
        ("mijn dochter heeft een blaasontsteking en blijft thuis", "blaasontsteking"),
    ],
)
def test_medical_compounds(find, text, term):
    assert find(HealthRecognizer(), text) == [term]


def test_a_cars_ignition_is_no_health_data(find):
    assert find(HealthRecognizer(), "de ontsteking van mijn bedrijfswagen is kapot") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn zoon heeft een koemelkallergie.", ["koemelkallergie"]),
        ("ik heb weer last van clusterhoofdpijn", ["clusterhoofdpijn"]),
        ("Hij heeft carpaletunnelsyndroom in zijn rechterhand.", ["carpaletunnelsyndroom"]),
        ("mijn moeder krijgt twee keer per week fysiotherapie", ["fysiotherapie"]),
        ("Onze dochter heeft lactose-intolerantie.", ["lactose-intolerantie"]),
        ("mijn vader heeft al weken bronchitis", ["bronchitis"]),
        ("Ik ben volgens de dokter overspannen.", ["overspannen"]),
        ("zij is allergisch voor noten", ["allergisch voor noten"]),
        ("Lunchlijst:\n- Daan: notenallergie\n- Lotte: geen", ["notenallergie"]),
        ("sinds de val loop ik met krukken", ["krukken"]),
        ("I'm pregnant and need a seat", ["pregnant"]),
        ("Mijn dochter heeft dyscalculie en ADD.", ["dyscalculie", "ADD"]),
        ("mijn man neemt sertraline sinds maart", ["sertraline"]),
        ("ik reis met een CPAP-apparaat vanwege slaapapneu", ["CPAP-apparaat", "slaapapneu"]),
        ("U heeft volgende week een afspraak voor uw diabetescontrole.", ["diabetescontrole"]),
        ("Medewerker: Tom Bakker\nReden: RSI in beide polsen", ["RSI"]),
        ("Ik ben ziek met een zware verkoudheid.", ["ziek met een zware verkoudheid"]),
        ("Hij is arbeidsongeschikt door een whiplash.", ["arbeidsongeschikt door een whiplash"]),
        ("Mijn moeder heeft de ziekte van Lyme.", ["ziekte van Lyme"]),
        ("mijn vrouw heeft gewrichtsklachten", ["gewrichtsklachten"]),
        ("Onze zoon heeft het syndroom van Asperger.", ["syndroom van Asperger"]),
        ("ik gebruik bloeddrukverlagers", ["bloeddrukverlagers"]),
        ("Mijn broer is verstandelijk beperkt.", ["verstandelijk beperkt"]),
        ("Ik ben herstellende van corona.", ["corona"]),
    ],
)
def test_finds_health_by_morphology_and_context(find, text: str, expected: list[str]) -> None:
    assert find(HEALTH, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de health check van de servers staat voor vrijdag gepland",
        "de laptop krijgt eerst een kuur van updates",
        "ik heb een computervirus op mijn pc",
        "ik zoek in de webshop de categorie allergie en intolerantie",
        "onze hond heeft artrose en krijgt pijnstillers",
        "ik merk de kinderziektes van de nieuwe software",
        "what is the purpose of this ticket?",
        "wij verkopen kussens met een anti-allergie hoes",
        "de glucose in dit sportdrankje",
        "de server is ziek met een virus",
        "Deze versie heeft last van kinderziektes.",
        "De printer heeft kuren.",
        "De Kamer debatteert over de zorgkosten voor diabetes.",
        "Onze app helpt mensen met migraine.",
    ],
)
def test_health_morphology_ignores_traps(find, text: str) -> None:
    assert find(HEALTH, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Karim is sjiitisch en neemt vrij voor Asjoera.", ["sjiitisch"]),
        ("Wij zijn Koptisch-orthodox en trouwen in mei.", ["Koptisch-orthodox"]),
        ("Zij is katholiek gedoopt", ["katholiek gedoopt"]),
        ("weigerde ons omdat we Roma zijn", ["Roma"]),
        ("Ik ben panseksueel.", ["panseksueel"]),
        ("She is a Quaker and prefers plain food.", ["Quaker"]),
        ("Noor houdt de sabbat, dus liever niet op zaterdag.", ["houdt de sabbat"]),
        (
            "sinds mijn bekering tot de islam eet ik alleen halal",
            ["bekering tot de islam", "eet ik alleen halal"],
        ),
        ("Mijn oom is lid van de Baptistengemeente in Zwolle.", ["lid van de Baptistengemeente"]),
        ("hij heeft een veroordeling voor heling uit 2018", ["veroordeling voor heling"]),
        ("Mijn broer heeft twee jaar in de gevangenis gezeten.", ["in de gevangenis gezeten"]),
        ("Mijn neef zit een werkstraf uit.", ["zit een werkstraf uit"]),
        ("Dirk kreeg een voorwaardelijke celstraf", ["voorwaardelijke celstraf"]),
        ("mijn collega is verdacht van verduistering", ["verdacht van verduistering"]),
        ("Tim heeft een stadionverbod gekregen", ["stadionverbod"]),
        ("zij is vakbondsafgevaardigde", ["vakbondsafgevaardigde"]),
        ("Hij is lid geworden van de VVD.", ["lid geworden van de VVD"]),
        ("Ik stemde vorig jaar op Volt.", ["stemde vorig jaar op Volt"]),
        ("Mijn zoon is opgepakt wegens inbraak.", ["opgepakt wegens inbraak"]),
        ("She told me she is White British.", ["White British"]),
        ("wij zijn van Chinees-Indonesische afkomst", ["Chinees-Indonesische afkomst"]),
        ("Hij is syndicaal afgevaardigde van het ACV", ["syndicaal afgevaardigde van het ACV"]),
    ],
)
def test_finds_special_by_denomination_practice_and_record(
    find, text: str, expected: list[str]
) -> None:
    assert find(SPECIAL, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "het concert is in de kerk aan de Markt",
        "de VVD en de PvdA debatteerden gisteravond over de begroting",
        "Bent u ooit strafrechtelijk veroordeeld?",
        "Is de winkel open tijdens de ramadan?",
        "deze mail lijkt me verdacht, klopt de afzender?",
        "mijn proeftijd bij het nieuwe bedrijf loopt af",
        "de zaal is vrij na de kerkdienst",
        "de server is orthodox geconfigureerd",
        "heb je een pan voor de inductieplaat?",
        "het ging mis bij de update",
        "Ik heb een stem op de website uitgebracht.",
        "Our Black Friday deals for British customers",
    ],
)
def test_special_ignores_more_traps(find, text: str) -> None:
    assert find(SPECIAL, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # generic medicines by their INN stem, with or without a dose
        ("Ik slik elke avond atorvastatine 20 mg.", ["atorvastatine 20 mg"]),
        ("mijn opa gebruikt metformine en ramipril", ["metformine", "ramipril"]),
        ("Zij neemt irbesartan 150mg sinds de zomer", ["irbesartan 150mg"]),
        ("Hij krijgt propranolol tegen de hartkloppingen", ["propranolol", "hartkloppingen"]),
        ("ik heb lorazepam gekregen voor het slapen", ["lorazepam"]),
        ("Mijn moeder gebruikt lansoprazol 15 mg", ["lansoprazol 15 mg"]),
        (
            "de dokter gaf me flucloxacilline en later doxycycline",
            ["flucloxacilline", "doxycycline"],
        ),
        ("ik ben gestopt met citalopram en gebruik nu duloxetine", ["citalopram", "duloxetine"]),
        ("mijn vader slikt lercanidipine", ["lercanidipine"]),
        # health compounds and prefixes the term list alone lacks
        ("Lotte heeft haar zelfmedicatie in de tas", ["zelfmedicatie"]),
        ("Ik heb morgen een nieronderzoek in het ziekenhuis", ["nieronderzoek"]),
        ("mijn zus moet voor een hersenscan", ["hersenscan"]),
        ("Mijn dochter heeft type 1 diabetes", ["type 1 diabetes"]),
        ("ik heb type-2-diabetes", ["type-2-diabetes"]),
        ("Mijn vrouw is 30 weken zwanger", ["30 weken zwanger"]),
        ("ik ben inmiddels vijf maanden zwanger", ["vijf maanden zwanger"]),
        # English health words in Dutch messages
        ("sorry, ik heb de flu en blijf thuis", ["flu"]),
        ("ik ben sick vandaag, morgen bel ik", ["sick"]),
        ("my husband has a bad headache", ["headache"]),
    ],
)
def test_finds_medicines_examinations_and_english(find, text: str, expected) -> None:
    assert find(HEALTH, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we leveren de pralines voor 12 april",
        "het triumviraat van directeuren besliste",
        "de uitslag van het marktonderzoek komt in mei",
        "het klanttevredenheidsonderzoek is verstuurd",
        "het bodemonderzoek op de kavel is klaar",
        "de server kreeg een health check en een kuur van updates",
        "I am sick of waiting for the package",
        "de hond krijgt meloxicam 1,5 mg",
        "ik wil een nieuwe koffiemachine voor de cabine",
    ],
)
def test_medicine_and_examination_look_alikes(find, text: str) -> None:
    assert find(HEALTH, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wij zijn lid van de hervormde gemeente", ["lid van de hervormde gemeente"]),
        ("mijn ouders zijn lid van de katholieke parochie", ["lid van de katholieke parochie"]),
        ("Ze is lid van de remonstrantse gemeente hier", ["lid van de remonstrantse gemeente"]),
        ("hij is lid van de syrisch-orthodoxe kerk", ["lid van de syrisch-orthodoxe kerk"]),
    ],
)
def test_finds_congregation_by_denomination(find, text: str, expected) -> None:
    assert find(SPECIAL, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De vrijwilligers zijn lid van de tennisclub",
        "de gemeente Utrecht subsidieert het toernooi",
        "ik ben lid van de ondernemingsraad",
        "de katholieke kerk aan het plein wordt verbouwd tot appartementen",
    ],
)
def test_denomination_look_alikes(find, text: str) -> None:
    assert find(SPECIAL, text) == []


def test_medicine_stems_take_no_ordinary_word():
    """Every OpenTaal word the stem rule takes is a medicine or a listed exception."""
    from pathlib import Path

    import regex

    from pipelines.recognizers._scan import trie_regex
    from pipelines.recognizers.special_categories import (
        MEDICINE_STEM_EXCEPTIONS,
        MEDICINE_STEMS,
    )

    wordlist = Path("/usr/share/dict/dutch")
    if not wordlist.exists():
        pytest.skip("OpenTaal word list (wdutch) not installed")
    rule = regex.compile(rf"\p{{L}}{{3,20}}(?:{trie_regex(MEDICINE_STEMS)})")
    taken = {
        w.lower()
        for w in wordlist.read_text(encoding="utf-8", errors="replace").split()
        if rule.fullmatch(w.lower())
    }
    medicines_in_the_list = {
        "acenocoumarol",
        "amoxicilline",
        "bisoprolol",
        "clenbuterol",
        "doxycycline",
        "fenprocoumon",
        "fluoxetine",
        "ibuprofen",
        "metoprolol",
        "penicilline",
        "streptomycine",
        "tetracycline",
        "vancomycine",
    }
    assert taken - MEDICINE_STEM_EXCEPTIONS == medicines_in_the_list


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # symptoms a person reports, and attacks of a condition
        ("Mijn man is sinds maandag erg misselijk", ["misselijk"]),
        ("ik heb 's nachts last van oorsuizen en nachtzweten", ["oorsuizen", "nachtzweten"]),
        ("Onze dochter kreeg vorige week een astma-aanval op school", ["astma-aanval"]),
        ("my father gets dizzy when he stands up", ["dizzy"]),
        ("Hij heeft een tennisarm en kan niet typen", ["tennisarm"]),
        # aids and care supplies, also when a machine word names their use
        ("Mijn moeder heeft een douchestoel nodig", ["douchestoel"]),
        ("I travel with an oxygen concentrator", ["oxygen concentrator"]),
        (
            "my wife sleeps with a CPAP machine because of sleep apnea",
            ["CPAP machine", "sleep apnea"],
        ),
        # medical examinations; a care provider in the clause speaks of a patient
        ("De cardioloog wil nog een inspanningstest.", ["inspanningstest"]),
        ("Volgende week krijgt oma een coloscopie", ["coloscopie"]),
        # medicines by brand name, with their dose
        ("Mijn zoon neemt Rilatine 10 mg voor school", ["Rilatine 10 mg"]),
        ("ik spuit Lantus en NovoRapid", ["Lantus", "NovoRapid"]),
    ],
)
def test_finds_symptoms_aids_examinations_and_brands(find, text: str, expected) -> None:
    assert find(HEALTH, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "het zwembad heeft een tillift bij het diepe bad",
        "de printer is duizelig traag vandaag",
        "als de server opnieuw opstart, gaat de back-up mee",
        "ms de update mislukt, bel dan de helpdesk",
        "ik kreeg een duizelingwekkend aantal tickets over de braillefont",
        "de brace van de kast is los gekomen",
    ],
)
def test_symptom_aid_and_brand_look_alikes(find, text: str) -> None:
    assert find(HEALTH, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a treatment phrase and a stay in care are one span
        (
            "Mijn partner is onder behandeling bij de psychiater",
            ["onder behandeling bij de psychiater"],
        ),
        ("Hij zit in therapie bij een gezinstherapeut", ["in therapie bij een gezinstherapeut"]),
        (
            "mijn broer is opgenomen in een verslavingskliniek",
            ["opgenomen in een verslavingskliniek"],
        ),
        ("Oma ligt opgenomen op de afdeling geriatrie", ["opgenomen op de afdeling"]),
        # a medical diet; without "dieet" only when it is a must
        ("Mijn zoon moet een eiwitbeperkt dieet volgen", ["eiwitbeperkt dieet"]),
        ("ik moet echt lactosevrij eten", ["lactosevrij"]),
        # a pass only a person with a disability holds
        ("Mijn tante heeft een OV-begeleiderskaart", ["OV-begeleiderskaart"]),
    ],
)
def test_finds_treatment_stay_diet_and_disability_pass(find, text: str, expected) -> None:
    assert find(HEALTH, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "onze bakkerij verkoopt ook glutenvrije broden",
        "op het menu staat een suikervrij dessert",
        "uw aanvraag is in behandeling bij de afdeling facturatie",
        "het gesprek is opgenomen in het dossier",
        "de printer is onder behandeling bij de leverancier",
    ],
)
def test_treatment_and_diet_look_alikes(find, text: str) -> None:
    assert find(HEALTH, text) == []
