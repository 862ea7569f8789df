"""Data-subject requests are recognised by type, and look-alikes are left alone.

The sentences here are written for these tests (never taken from shared/eval). The two
accuracy tests score whole support messages: the project's own held-out set always, and the
shared dev set when it lies beside the checkout.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipelines.requests import REQUEST_TYPES, RequestMatch, classify_request
from tests.conftest import SHARED_EVAL, require_eval_file

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "requests_heldout.jsonl"
DEV = SHARED_EVAL / "dev.jsonl"

REQUESTS_NL = {
    "access": [
        "Hierbij doe ik een inzageverzoek (art. 15 AVG).",
        "Welke gegevens hebben jullie van mij?",
        "Ik wil graag een kopie van alle persoonsgegevens die u over mij bewaart.",
        "Graag ontvang ik een overzicht van de informatie die jullie over mij hebben vastgelegd.",
        "Wat weten jullie eigenlijk allemaal over mij? Stuur me dat maar eens op.",
        "Ik wil mijn klantdossier inzien, inclusief de notities van uw medewerkers.",
        "Op grond van de AVG vraag ik inzage in mijn persoonsgegevens.",
        "Beste, kan ik opvragen welke gegevens er van mij in jullie systeem staan? Groet, Ans",
    ],
    "rectification": [
        "Mijn adres klopt niet meer, ik woon sinds mei op de Dorpsstraat 3.",
        "Mijn achternaam is verkeerd gespeld in jullie systeem: het is Janssens met dubbel s.",
        "Wilt u mijn e-mailadres in uw systeem wijzigen naar a.bos@gmail.com?",
        "Corrigeer a.u.b. mijn geboortedatum, die staat op 1 januari maar moet 10 januari zijn.",
        "Mijn telefoonnummer in jullie administratie is onjuist, het juiste is 06 98765432.",
        "Wijzig mijn naam in uw systeem: ik heet sinds mijn huwelijk De Groot.",
        "Jullie hebben mijn voorletters fout, het moet J.P. zijn in plaats van J.B.",
        "Ik ben verhuisd en in mijn profiel staat nog mijn oude adres. Kunt u dat aanpassen?",
    ],
    "erasure": [
        "Verwijder al mijn gegevens.",
        "Ik beroep mij op het recht op vergetelheid.",
        "Kunt u mijn account verwijderen?",
        "Ik wil dat jullie mijn persoonsgegevens wissen uit al jullie systemen.",
        "Graag mijn profiel en alle bijbehorende gegevens laten verwijderen, ik ben geen lid meer.",
        "Haal mij alstublieft uit uw klantenbestand en vernietig mijn dossier.",
        "Ik zeg op en wil dat mijn account en gegevens worden verwijderd.",
        "Ik wil niet dat jullie mijn gegevens nog langer bewaren, verwijder ze.",
    ],
    "restriction": [
        "Gebruik mijn gegevens niet tot mijn klacht is afgehandeld.",
        "Ik verzoek om beperking van de verwerking van mijn persoonsgegevens.",
        "Zolang het onderzoek naar de fout loopt, wil ik niet dat u mijn gegevens verwerkt.",
        "Bevries alstublieft mijn gegevens totdat de rechter uitspraak heeft gedaan.",
        "Verwijder mijn gegevens niet, ik heb ze nodig voor een rechtszaak, maar gebruik ze verder"
        " nergens meer voor.",
        "Zet mijn dossier op slot in afwachting van mijn bezwaar.",
    ],
    "portability": [
        "Stuur mijn gegevens als csv, dan zet ik ze over naar een andere aanbieder.",
        "Ik wil mijn gegevens in een machineleesbaar formaat ontvangen.",
        "Kunnen jullie mijn persoonsgegevens overdragen naar een andere aanbieder?",
        "Graag een export van mijn klantgegevens als json.",
        "Ik doe een beroep op mijn recht op dataportabiliteit.",
        "Ik stap over naar een nieuwe zorgverzekeraar en wil dat u mijn gegevens rechtstreeks"
        " doorstuurt.",
    ],
    "objection": [
        "Ik maak bezwaar tegen het inzetten van mijn gegevens voor marketing.",
        "Bel mij niet meer.",
        "Stop met profileren op basis van mijn aankopen.",
        "Ik maak bezwaar tegen de verwerking van mijn persoonsgegevens op grond van"
        " gerechtvaardigd belang.",
        "Ik wil niet meer telefonisch benaderd worden met aanbiedingen.",
        "Ik wil niet dat jullie mijn koopgedrag analyseren, daar maak ik bezwaar tegen.",
    ],
    "withdraw_consent": [
        "Ik trek mijn toestemming in.",
        "Ik wil geen nieuwsbrief meer.",
        "Graag uitschrijven voor de nieuwsbrief.",
        "Geen marketing meer alstublieft.",
        "Hierbij trek ik de toestemming voor het gebruik van mijn foto's in.",
        "Meld mij af voor alle reclamemails.",
        "Haal me van jullie mailinglijst af a.u.b.",
    ],
    "automated_decision": [
        "Ik wil bezwaar maken tegen een geautomatiseerd besluit over mijn lening.",
        "Ik maak aanspraak op menselijke tussenkomst bij de beoordeling van mijn aanvraag.",
        "Op grond van art. 22 AVG wil ik dat het besluit door een medewerker wordt herzien.",
        "De computer heeft mijn aanvraag afgewezen, ik wil dat een mens ernaar kijkt.",
        "Mijn verzekering werd automatisch geweigerd door jullie algoritme; ik wil een"
        " herbeoordeling door een medewerker.",
        "Waarom heeft het systeem mijn aanvraag binnen een seconde afgewezen? Ik wil dat een"
        " echte persoon dit beoordeelt.",
    ],
    "complaint": [
        "Ik dien een klacht in bij de Autoriteit Persoonsgegevens.",
        "Ik heb uw organisatie gemeld bij de Autoriteit Persoonsgegevens.",
        "Ik wil een klacht indienen over hoe u met mijn persoonsgegevens omgaat.",
        "Uw medewerker heeft mijn gegevens zonder toestemming gedeeld; daarom dien ik formeel"
        " een klacht in.",
        "Dit is een klacht over het datalek waarbij mijn gegevens bij een andere klant zijn"
        " beland.",
        "Ik stap naar de toezichthouder, want jullie negeren mijn privacyverzoeken.",
    ],
}

REQUESTS_EN = {
    "access": [
        "I want a copy of all data you hold about me.",
        "This is a subject access request under the GDPR.",
        "What personal information do you have about me?",
    ],
    "rectification": [
        "Please correct my address, I moved last month.",
        "My surname is spelled wrong in your records, it should be Thompson.",
    ],
    "erasure": [
        "Please delete my personal data.",
        "I am invoking my right to be forgotten.",
        "Delete my account and everything you have on me.",
    ],
    "restriction": [
        "Please restrict the processing of my data until the dispute is resolved.",
        "Do not use my data while you investigate my complaint.",
    ],
    "portability": [
        "Please export my data as JSON so I can move to another provider.",
        "I request my personal data in a machine-readable format.",
    ],
    "objection": [
        "I object to the processing of my personal data for direct marketing.",
        "Stop calling me with sales offers, I don't want to be contacted again.",
    ],
    "withdraw_consent": [
        "I withdraw my consent.",
        "Please unsubscribe me from marketing emails.",
    ],
    "automated_decision": [
        "Your system automatically rejected my loan; I want a human review of that decision.",
        "I ask for human intervention regarding the automated decision on my application.",
    ],
    "complaint": [
        "I am filing a complaint with the data protection authority.",
        "I want to lodge a complaint about how you handled my personal data.",
    ],
}

LOOK_ALIKES = [
    # "wist" is "knew" far more often than "erases"
    "Ik heb gisteren gebeld over de factuur, maar hij wist het ook niet.",
    "Verwijder mijn bestelling.",
    "Ik wil mijn abonnement opzeggen.",
    "Ik moet me afmelden voor de afspraak van morgen.",
    "Het wachtwoord is verwijderd.",
    "Verwijder de printer uit het netwerk.",
    "Mijn factuur klopt niet.",
    "Ik heb een klacht over de levering.",
    "Hoe lang bewaren jullie mijn facturen?",
    "Delen jullie mijn gegevens met andere bedrijven?",
    "Ik heb per ongeluk al mijn foto's verwijderd, kunnen jullie die terugzetten?",
    "Kunnen jullie het account van onze vertrokken collega verwijderen?",
    "Ik maak bezwaar tegen de aanmaning, ik heb al betaald.",
    "Het bedrag op de laatste factuur klopt niet.",
    "Mijn pakket is naar het verkeerde adres gestuurd.",
    "Kunt u mij een kopie van de factuur sturen?",
    "Mijn aanvraag voor een lening is afgewezen, wat zijn de voorwaarden?",
    "De automatische incasso is door de bank geweigerd.",
    "Ik wil me uitschrijven voor de cursus van volgende week.",
    "Ik krijg de nieuwsbrief niet meer, kunnen jullie me weer aanmelden?",
    "Kunt u mij morgen terugbellen?",
    "Waar worden mijn gegevens opgeslagen?",
    "Wat gebeurt er met mijn gegevens als ik mijn account opzeg?",
    "Hoe kan ik mijn website naar een andere provider verhuizen?",
    "Hoe exporteer ik mijn agenda als csv?",
    "Moeten wij een datalek melden bij de Autoriteit Persoonsgegevens?",
    "U heeft toestemming om op afstand in te loggen op mijn pc.",
    "Het systeem heeft mijn account geblokkeerd na drie foute inlogpogingen.",
    "Ik heb een klacht over de medewerker aan de telefoon.",
    "Ik wil geen papieren factuur meer.",
    "Stop de automatische verlenging van mijn domeinnaam.",
    "Please cancel my subscription.",
    "My invoice is wrong, I was charged twice.",
    "I have a complaint about the delivery.",
    "Can you remove the old files from my hosting account?",
    "How long do you keep my data?",
    "Do you share my data with other companies?",
    "I accidentally deleted my emails, can you restore them?",
    "Dit bericht is vertrouwelijk; als u het onterecht ontving, verwijder het dan.",
    "Klopt het dat jullie mijn gegevens na zeven jaar verwijderen?",
    "Kunnen jullie alle data op de oude server wissen voordat hij wordt afgevoerd?",
    "Hoe kan ik mijn profiel verbergen in de ledenlijst? Ik wil wel lid blijven.",
    "Een klant van ons wil dat wij zijn gegevens verwijderen, hoe doe ik dat in jullie software?",
    "Hoi, de bijlage opent niet.\n\n> Wilt u deze nieuwsbrief niet meer ontvangen? Klik hier.",
    "De bijlage opent niet.\n\nU kunt uw gegevens inzien en laten verwijderen via Mijn Account.",
    "Please wipe all data on my old laptop before you recycle it.",
]

ON_BEHALF = [
    ("Namens mijn moeder (met volmacht) verzoek ik u al haar gegevens te verwijderen.", "erasure"),
    (
        "Ik schrijf namens mijn vader, die dement is: welke gegevens hebben jullie van hem?",
        "access",
    ),
    (
        "Als bewindvoerder van mevrouw Jansen trek ik haar toestemming voor marketing in.",
        "withdraw_consent",
    ),
    ("I am writing on behalf of my father: please delete his account.", "erasure"),
    ("I'd like a copy of the data you hold for my father, I have power of attorney.", "access"),
]


def _cases(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(type_, text) for type_, texts in table.items() for text in texts]


def test_tables_cover_every_type():
    assert set(REQUESTS_NL) == set(REQUEST_TYPES) == set(REQUESTS_EN)
    assert all(len(v) >= 6 for v in REQUESTS_NL.values())
    assert all(len(v) >= 2 for v in REQUESTS_EN.values())
    assert len(LOOK_ALIKES) >= 25


@pytest.mark.parametrize(("type_", "text"), _cases(REQUESTS_NL) + _cases(REQUESTS_EN))
def test_request_type(type_, text):
    match = classify_request(text)
    assert match is not None, text
    assert match.type == type_, (text, match)
    assert 0.0 < match.confidence <= 1.0
    assert not match.on_behalf_of


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_requests(text):
    assert classify_request(text) is None


@pytest.mark.parametrize(("text", "type_"), ON_BEHALF)
def test_on_behalf_of(text, type_):
    match = classify_request(text)
    assert match is not None
    assert match.type == type_
    assert match.on_behalf_of


def test_signature_namens_is_not_on_behalf():
    match = classify_request(
        "Verwijder al mijn gegevens.\n\nMet vriendelijke groet,\nnamens het team"
    )
    assert match is not None and not match.on_behalf_of


@pytest.mark.parametrize(("type_", "text"), _cases(REQUESTS_NL)[::3] + _cases(REQUESTS_EN)[::2])
def test_cues_are_rule_names_not_message_text(type_, text):
    match = classify_request(text)
    assert isinstance(match, RequestMatch)
    assert match.cues
    for cue in match.cues:
        # "type.rule": a name from the rule tables, so a logged match carries no customer text
        assert re.fullmatch(r"[a-z_]+\.[a-z_]+", cue), cue
        assert cue.split(".")[0] in (*REQUEST_TYPES, "context")
        assert cue not in text


def test_empty_and_ordinary():
    assert classify_request("") is None
    assert classify_request("   \n") is None
    assert classify_request("Hoi, mijn laptop start niet meer op. Groet, Kees") is None


def test_stronger_evidence_means_higher_confidence():
    weak = classify_request("Meld mij af voor de nieuwsbrief.")
    strong = classify_request(
        "Onderwerp: intrekken toestemming\n\nOp grond van de AVG trek ik mijn toestemming in en "
        "wil ik geen nieuwsbrief meer. Meld mij af voor de nieuwsbrief."
    )
    assert weak is not None and strong is not None
    assert strong.confidence > weak.confidence


def _score(path: Path) -> tuple[float, float, list[tuple[str, str, str]]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    right = flagged = ordinary = 0
    errors = []
    for row in rows:
        match = classify_request(row["text"])
        got = match.type if match else "none"
        want = row["request"] or "none"
        right += got == want
        if want == "none":
            ordinary += 1
            flagged += got != "none"
        if got != want:
            errors.append((row["id"], want, got))
    return right / len(rows), flagged / ordinary, errors


def test_heldout_accuracy():
    accuracy, false_flags, errors = _score(HELDOUT)
    assert accuracy >= 0.95, errors
    assert false_flags <= 0.02, errors


def test_heldout_set_is_balanced():
    rows = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    types = {row["request"] for row in rows}
    assert types == {*REQUEST_TYPES, "none"}
    assert 0.4 <= sum(row["request"] == "none" for row in rows) / len(rows) <= 0.6


def test_dev_accuracy():
    require_eval_file(DEV)
    accuracy, false_flags, errors = _score(DEV)
    assert accuracy >= 0.95, errors
    assert false_flags <= 0.02, errors
