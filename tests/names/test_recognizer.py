"""PERSON names found from cues alone: titles, initials, headers, labels, greetings, closings."""

from __future__ import annotations

import pytest
import regex

import pipelines.names.message as message
from pipelines.names.recognizer import PersonRulesRecognizer, find_whole
from pipelines.names.rules import CASE_TRAPS, RULES


@pytest.fixture(scope="module")
def recognizer() -> PersonRulesRecognizer:
    return PersonRulesRecognizer()


TITLES_AND_INITIALS = [
    ("Telefonisch gesproken met dhr. P. van den Akker over de storing.", ["P. van den Akker"]),
    ("Factuur gaat naar mevrouw Tjin-A-Tsoi, zij betaalt.", ["Tjin-A-Tsoi"]),
    ("Meneer Peeters belde opnieuw over de offerte.", ["Peeters"]),
    ("Beste mevrouw De Smet,", ["De Smet"]),
    ("Dear Ms. Kowalski,", ["Kowalski"]),
    ("Mevr. Naomi Tjoe-Awie (PH-102938) vraagt om inzage.", ["Naomi Tjoe-Awie"]),
    ("Hoogachtend,\n\nmr. J.W. de Bruijn-Amrani", ["J.W. de Bruijn-Amrani"]),
    ("De contactpersoon is K.L. ter Beek, bereikbaar na 17u.", ["K.L. ter Beek"]),
    ("Getekend door F. Öztaş namens de vereniging.", ["F. Öztaş"]),
    ("Zie het formulier van T. van 't Zand hieronder.", ["T. van 't Zand"]),
    ("Zoals besproken met Mw. A. Zielińska-Nowak vanmorgen.", ["A. Zielińska-Nowak"]),
    ("Het rekeningnummer staat t.n.v. R.M. Baldewsingh.", ["R.M. Baldewsingh"]),
    ("De bon staat op naam van 'D. Yılmaz-Aksoy', klopt dat?", ["D. Yılmaz-Aksoy"]),
]

HEADERS = [
    ("Van: Thijs Bosman <thijs.bosman@example.nl>\nAan: support@voorbeeld.nl", ["Thijs Bosman"]),
    ("From: Aylin Doğan <aylin@example.com>\nSubject: invoice", ["Aylin Doğan"]),
    ("Aan: Roel de Wit <roel@example.nl>, Saskia Kuipers <saskia@example.nl>",
     ["Roel de Wit", "Saskia Kuipers"]),
    ("Op 2 juni 2024 om 09:14 schreef Henk de Groot <henk@example.nl>:", ["Henk de Groot"]),
    ("Joris Peters wrote:\n> hallo", ["Joris Peters"]),
    ("Stuur het door naar Noor (noor.vanleeuwen@example.be).", ["Noor"]),
]  # fmt: skip

LABELS = [
    ("Naam: Ellen Janssen-Koç\nE-mail: e@example.nl", ["Ellen Janssen-Koç"]),
    ("Behandelaar: Sander Verbeek | Status: open", ["Sander Verbeek"]),
    ("Status: Open | Toegewezen aan: Romy de Lange", ["Romy de Lange"]),
    ("Klant: Pieter-Jan Claes (KIT-12345)", ["Pieter-Jan Claes"]),
    ("Klant: Hanna Smit - Bloemisterij De Tulp", ["Hanna Smit"]),
    ("Aangemaakt door: Gijs op den Kamp na telefonisch contact", ["Gijs op den Kamp"]),
    ("Monteur: Dennis\nAfspraak: dinsdag", ["Dennis"]),
    ("Technieker: Bert Wouters, ingepland op 12/11", ["Bert Wouters"]),
    ("Rekeninghouder: E. Vermeulen", ["E. Vermeulen"]),
    ("Veerle Coppens (praktijkmanager) vraagt toegang tot de mailbox.", ["Veerle Coppens"]),
    ("Notitie Rik V.: wachtwoord gereset", ["Rik V."]),
]

CHAT = [
    ("Medewerker (Sanne): Goedemorgen!", ["Sanne"]),
    ("medewerker (fleur): hoi, ik kijk even", ["fleur"]),
    ("[14:02] Lotte (Webkade): Hoi! Waarmee kan ik helpen?", ["Lotte"]),
    ("[14:05] Leie ICT – Jonas: Dag, ik kijk even mee.", ["Jonas"]),
    ("klant: jeroen de vries\nmedewerker (Sanne): Dank je!", ["jeroen de vries", "Sanne"]),
    ("[10:12] bezoeker: Tom Claessens, 0470 12 34 56", ["Tom Claessens"]),
    ("[10:13] klant: koen vermeulen\n[10:13] Webkade: Dank je!", ["koen vermeulen"]),
    (
        "[08:41] Wouter Brinkman: de VPN ligt eruit\n[08:43] Netbeheer: we kijken",
        ["Wouter Brinkman"],
    ),
    ("visitor: Siobhan O'Brien, Northwind Labs", ["Siobhan O'Brien"]),
    ("[14:06] Bram (verhuurder): de sleutel ligt onder de mat", ["Bram"]),
    ("[14:07] Webwinkel (klantenservice): graag gedaan", []),
]

INTRODUCTIONS = [
    ("hoi ik ben melissa en mijn mail doet raar", ["melissa"]),
    ("Goedemiddag, u spreekt met Ilias. Waarmee kan ik helpen?", ["Ilias"]),
    ("mijn naam is kees van dam, klantnummer volgt", ["kees van dam"]),
    ("ze heet noor en ze is 12", ["noor"]),
    ("account staat op naam van Wim Peeters", ["Wim Peeters"]),
    ("Mijn dochter Fleur gebruikt de laptop", ["Fleur"]),
    ("mijn broer daan heeft een account", ["daan"]),
    ("van mijn vrouw, Hatice Aydın, ook graag verwijderen", ["Hatice Aydın"]),
    ("Onze boekhouder Ruud Hendriks krijgt de facturen.", ["Ruud Hendriks"]),
    ("opgehaald door echtgenote Lies van Dam", ["Lies van Dam"]),
    ("My name is Oliver Grant and I need help.", ["Oliver Grant"]),
    ("ja goeiemorgen, met karel hier van de bakkerij", ["karel"]),
]

GREETINGS = [
    ("Beste Marieke,\n\nDank voor je bericht.", ["Marieke"]),
    ("Hoi Gert-Jan, kun je even kijken?", ["Gert-Jan"]),
    ("Thanks Priya. I'll check.", ["Priya"]),
    ("Goedemorgen Ahmed,\n", ["Ahmed"]),
    ("[16:40] FixPunt: Top Sem, tot straks!", ["Sem"]),
]

CLOSINGS = [
    ("Met vriendelijke groet,\n\nFrits Meijer\nMeijer Loodgieters\n06 1234 5678", ["Frits Meijer"]),
    ("Vriendelijke groeten,\nJohan Van de Walle", ["Johan Van de Walle"]),
    ("Groetjes,\nsanne", ["sanne"]),
    ("Hoogachtend,\nA.B. Kaya", ["A.B. Kaya"]),
    ("Kind regards,\nSiobhan O'Brien | Office Manager", ["Siobhan O'Brien"]),
    ("Mvg\nRutger", ["Rutger"]),
    ("dat was het. Gr Mohammed", ["Mohammed"]),
    ("Met vriendelijke groet, Agnieszka Nowak", ["Agnieszka Nowak"]),
    ("laat maar weten. groetjes femke", ["femke"]),
    ("> Met vriendelijke groet,\n> Bas Hermans\n> Webkade", ["Bas Hermans"]),
]

REPEATS = [
    # a name found with a firm cue is found again elsewhere in the message
    ("Van: Femke Bos <femke@example.nl>\n\nHoi,\n\nprinter stuk.\n\nFemke", ["Femke Bos", "Femke"]),
    ("Behandelaar: Joost Tanis\n\nJoost heeft de klant gebeld.", ["Joost Tanis", "Joost"]),
]

MORE_CHAT = [
    # speaker, a separator, then the organisation
    ("[08:47] Yusuf – Brugse Netwerk ICT: Goeiemorgen!", ["Yusuf"]),
    ("[16:20] Marthe - Kempen Hosting: ik kijk even mee", ["Marthe"]),
    ("[12:05] Dorien | Printfabriek: Dag, zeg het maar.", ["Dorien"]),
    ("[09:58] Ward @ Cloudkot: even geduld aub", ["Ward"]),
    # a heading with its author in brackets
    ("Analyse (Wannes): de schijf liep vol na de back-up.", ["Wannes"]),
    ("Samenvatting (Ilona Verstraeten): licentie verlengd", ["Ilona Verstraeten"]),
]

MORE_LABELS = [
    ("Opvolging: Hannelore Goris (Team Netwerk)", ["Hannelore Goris"]),
    ("Vervanger: Seppe Aerts, s.aerts@example.be", ["Seppe Aerts"]),
    ("Aanwezig: dr. Lambrechts, technieker Jorre", ["Lambrechts", "Jorre"]),
    ("Aanwezig: Nina Boeckx, Rune Stevens en dr. Vos", ["Nina Boeckx", "Rune Stevens", "Vos"]),
    ("Behandeld door Griet Wouters", ["Griet Wouters"]),
    ("Aangemaakt door: Lowie na telefonisch contact", ["Lowie"]),
    ("Behandelaar: Emiel belt morgen terug", ["Emiel"]),
    ("Ingediend via het klantenportaal door Astrid Moens (KP-4471)", ["Astrid Moens"]),
    ("Contactpersoon Ruben Lenaerts", ["Ruben Lenaerts"]),
    ("Toegewezen aan Fien Jacobs", ["Fien Jacobs"]),
    ("Opgehaald door Staf Daems", ["Staf Daems"]),
    ("Uitgevoerd door Mats Verbist op 3/2", ["Mats Verbist"]),
    ("Goedgekeurd door Zoë Smolders", ["Zoë Smolders"]),
    ("Gemeld door Bavo\nPrioriteit: hoog", ["Bavo"]),
]

MORE_RELATIONS = [
    ("de laptop werd opgehaald door zoon Arno Peeters", ["Arno Peeters"]),
    ("technieker Jorrit komt donderdag langs", ["Jorrit"]),
    ("collega Wendy neemt het over", ["Wendy"]),
    ("echtgenote Hilde belt nog", ["Hilde"]),
    ("my manager is Koen De Ridder", ["Koen De Ridder"]),
    ("oh and name is Tobias btw", ["Tobias"]),
    ("de medewerker, Maja Nowicka, stond aan de balie", ["Maja Nowicka"]),
    ("Ik sprak met de zaakvoerder, Arne Segers, gisteren.", ["Arne Segers"]),
    # Flemish
    ("en dan nog: jens mijne zoon zegt dat het niet werkt", ["jens"]),
    ("Lotte, mijn dochter, heeft het wachtwoord veranderd.", ["Lotte"]),
    ("me Fons hier van de schrijnwerkerij", ["Fons"]),
    ("ge spreekt met Godelieve", ["Godelieve"]),
    ("'k ben Rosa van de frituur", ["Rosa"]),
]

ORG_SPEAKERS_AND_EXPORTS = [
    # WhatsApp export speaker labels
    ("14-05-24 09:12 - Ramona Tjin: hoi, mijn pakket is er niet", ["Ramona Tjin"]),
    ("[14/05/2024, 09:12:40] Ramona Tjin: hoi", ["Ramona Tjin"]),
    ("5/14/24, 9:12 PM - Ramona Tjin: hoi", ["Ramona Tjin"]),
    # a company speaking through a person: the name in brackets is the person
    ("Kempen IT (Lieke): Dag, ik kijk even mee.", ["Lieke"]),
    ("[09:00] PlantKorf (Sven): Hoi!", ["Sven"]),
    ("[09:00] Fietsenmakerij De Ketting (Sven): Hoi!", ["Sven"]),
    # ... and a greeting to that company is no person
    (
        "14-05-24 09:12 - Ramona Tjin: Hallo Kaaskelder, waar blijft mijn pakket?\n"
        "14-05-24 09:13 - Kaaskelder: Hoi! Je chat met de klantenservice van Kaaskelder.\n"
        "14-05-24 09:14 - Kaaskelder (Gijsbert): Wat is je ordernummer?",
        ["Ramona Tjin", "Gijsbert"],
    ),
    (
        "[11:02] Kaaskelder: Welkom!\n[11:03] Kaaskelder (Gijsbert): Hoi Ramona, zeg het maar.",
        ["Gijsbert", "Ramona"],
    ),
    ("[11:03] Kaaskelder (Gijsbert): Dag!\n[11:09] Kaaskelder (Fenna): Ik neem het over.",
     ["Gijsbert", "Fenna"]),
    # a person with a CamelCase surname before the company stays the person
    ("[14:02] Declan McAllister (Webkade): Hoi!", ["Declan McAllister"]),
    ("[14:02] Lotte (Webkade): Hoi!\n[14:09] Lotte (Webkade): Nog iets?", ["Lotte", "Lotte"]),
    # "het team van X" is a company only in a signature
    ("Ik zit in het team van Annick. Hoi Annick, lukt het?", ["Annick"]),
]  # fmt: skip

ENGLISH_INTROS = [
    ("Hi, I'm Greta Lindqvist from the Oslo office.", ["Greta Lindqvist"]),
    ("I’m Callum, the new office manager.", ["Callum"]),
    ("I am Priyanka Rao.", ["Priyanka Rao"]),
    ("I'm Will and I'm new here.", ["Will"]),
    ("I'm Ben Carter, the new tenant.", ["Ben Carter"]),
]

PERSON_NOT_COMPANY = [
    # a person after "t.n.v." stays a person, also with a "-huis" surname
    ("Graag overmaken t.n.v. Ingrid Oosterhuis.", ["Ingrid Oosterhuis"]),
    ("t.n.v. Wendy Hoekstra, Kapsalon Knip", ["Wendy Hoekstra"]),
    ("Beste mevrouw Westerhuis,", ["Westerhuis"]),
]

SENT_TO_AND_LOWERCASE_THANKS = [
    # "naar X" after a sending verb is a person (the model reads it as a place)
    ("Kun je dit doorsturen naar Heleen? Die weet er meer van.", ["Heleen"]),
    ("Stuur de offerte maar naar Sanne de Wit.", ["Sanne de Wit"]),
    ("Ik heb het gisteren naar Joost gemaild.", ["Joost"]),
    # a lowercase chat name after thanks or a greeting, at a sentence start
    ("ok dank je suzanna!! groetjes", ["suzanna"]),
    ("hoi jeroen, alles goed?", ["jeroen"]),
    # family "of" a person, "groetjes van", coordination with "ik"
    ("Ik ben Jay, de dochter van Karen Martel.", ["Jay", "Karen Martel"]),
    ("groetjes van eliane", ["eliane"]),
    ("Gisteren hebben Pieter en ik gebeld.", ["Pieter"]),
]

FOUND = TITLES_AND_INITIALS + HEADERS + LABELS + CHAT + INTRODUCTIONS + GREETINGS + CLOSINGS
FOUND += REPEATS + MORE_CHAT + MORE_LABELS + MORE_RELATIONS
FOUND += ORG_SPEAKERS_AND_EXPORTS + ENGLISH_INTROS + PERSON_NOT_COMPANY
FOUND += SENT_TO_AND_LOWERCASE_THANKS


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_finds_names(find, recognizer, text: str, expected: list[str]) -> None:
    assert find(recognizer, text) == expected


NOT_A_PERSON = [
    # generic addressees
    "Beste klant,",
    "Dag allemaal,",
    "Hoi team,",
    "Beste support,",
    "Dear Sir or Madam,",
    "Beste gebruiker,",
    "Hallo support,",
    "Geachte heer/mevrouw,",
    "Dear customer,",
    "Hi there,",
    # companies and products after a cue
    "Beste Factuurflow,\n\nIk heb een vraag over mijn abonnement bij factuurflow.nl",
    "Hallo Polderhost, mijn site (polderhost.nl) is traag.",
    "Hoi Kempen IT,",
    "Klant: Schoolbestuur Sint-Victor",
    "Klant: Metaalwerken Verheyen nv",
    "Van: Polderhost Support <support@polderhost.nl>",
    "Van: Office 365 <noreply@o365.example>",
    "Van: Webkade Facturatie <facturen@webkade.example>",
    "Op 3 mei 2024 om 10:12 schreef Polderhost Helpdesk <helpdesk@polderhost.nl>:",
    "Met vriendelijke groet,\nPolderhost Support",
    "Met vriendelijke groet,\nHet team van Webkade",
    "Met vriendelijke groet,\nKempen IT",
    "Met vriendelijke groet,\nTaartenatelier Heemstede",
    "Groeten,\n\n> Beste klant,",
    "op naam van Bakkerij De Korenschoof",
    "t.n.v. Stichting Zorgplein",
    "Ik ben Microsoft-klant sinds 2015",
    "Ik gebruik Microsoft Teams (desktop) en Outlook (web).",
    "Contactpersoon: Afdeling ICT",
    "Contactpersoon: Receptie",
    "Klant: Van der Valk Hotel Zwolle (VVH-2231)",
    "Behandelaar: Servicedesk",
    # ordinary words after the weak cues
    "ik ben bezig met de migratie",
    "ik ben benieuwd wanneer het klaar is",
    "ik ben al klant sinds 2019",
    "ik ben vergeten wat mijn wachtwoord was",
    "ik ben freelance vertaalster",
    "ik ben vertrokken bij mijn oude provider",
    "mijn zoon studeert.",
    "mijn vrouw belt morgen terug",
    "Ik ben Belg en woon in Gent.",
    "mijn zoon heeft de laptop laten vallen",
    "mijn collega gebruikt dezelfde printer",
    "mijn man wil ook een account",
    "Onze officemanager gaat binnenkort weg.",
    "mijn naam is niet belangrijk",
    "Ze heet net als haar moeder.",
    "Super handig!",
    "Top prioriteit!",
    "Hello World",
    "Thanks for your help!",
    "Groetjes en tot morgen",
    "Agent: could you confirm your date of birth?",
    "klant: printer doet het niet meer",
    "Medewerker: Goedemiddag! Hoe kan ik helpen?",
    "Probleem (Outlook): mails komen niet aan",
    # surnames that are ordinary words need a cue
    "Bakker levert morgen de nieuwe router.",
    "De Boer Installaties heeft de offerte gestuurd.",
    "We gaan met Visser Transport in zee.",
    "Garage Kok & Zn. heeft de auto.",
    # numbers, versions, abbreviations, signatures without a name
    "Het bedrag van € 1.249,50 staat op factuur 2024-0412.",
    "Versie 4.12.3 en 12.1.2.172 hebben dit probleem, zie WK-2024-01977.",
    "Om 10:42 belde iemand over ticket #59870.",
    "Bijlage A. Daarna stuur ik de rest.",
    "N.B. Graag voor vrijdag reageren.",
    "P.S. Ik ben er morgen niet.",
    "Polderhost B.V. Amsterdam",
    "Met vriendelijke groet,\n\n06 1234 5678",
    "Met vriendelijke groet,\nKerkstraat 12\n1234 AB Utrecht",
    "Mvg,\ninfo@bedrijf.example",
    # lowercase chat after a speaker label, English fillers
    "visitor: oops too late, its gone",
    "klant: sorry wrong chat lol",
    # headings: the word before the brackets is no name, nor a remark inside them
    "Analyse (Outlook): mails blijven in de wachtrij",
    "Oorzaak (DNS): verkeerde records",
    "Update (Dringend): server down",
    "Oplossing (Tijdelijk): cache leeggemaakt",
    "Notitie (Intern): klant teruggebeld",
    # companies, systems and departments after "door" and labels
    "Het pakket werd opgehaald door Bpost vanmiddag.",
    "De installatie is uitgevoerd door Fluvius.",
    "Opgehaald door Bpost",
    "Aangemaakt door: Systeem na import",
    "Toegewezen aan: Netwerkbeheer",
    "Uitgevoerd door Windows Update",
    "Goedgekeurd door Directie",
    "Ingediend via het portaal door Klantenservice",
    "Behandelaar: Could you check this",
    "Aanwezig: Team Infra, Afdeling ICT",
    "de technieker Netwerk kwam langs",
    # speaker separators between words that are no person
    "[10:02] Status | Prioriteit: hoog",
    "[10:05] Kempen Hosting – Support: we kijken het na",
    # a verb or adverb before "mijn zoon", an adjective after "is"
    "Bel mijn zoon even terug.",
    "Contacteer mijn collega hierover.",
    "Volgens mijn collega is het opgelost.",
    "Vraag mijn collega, die weet het.",
    "mijn zoon is ziek vandaag",
    "mijn vrouw is Nederlandse",
    "the file name is Report",
    "ge spreekt met de helpdesk",
    "de medewerker, zoals gezegd, stond aan de balie",
    "me too hier",
    "ik ben moe, 'k ben klaar",
    # English "I'm" + an ordinary word
    "I'll answer mails while I'm away.",
    "I'm sorry, the invoice was wrong.",
    "I'm back on Monday.",
    "I'm fine, thanks!",
    "I'm travelling until the 14th.",
    "Sorry, I'm Away this week.",
    "I'm Travelling, reply later",
    "I am Still waiting for the refund.",
    "i'm ok with that",
    "I’m happy with the fix.",
    # a company after "t.n.v." / "op naam van" / "ten name van"
    "Betaling t.n.v. Koffiehuis Lindeboom graag.",
    "t.n.v. Groupe Lamarck SAS",
    "tnv Fietsenmakerij Het Wiel",
    "op naam van Kapsalon Knipoog",
    "ten name van Administratiekantoor Mulder",
    "t.n.v. Brouwer Holding",
    "t.n.v. Lefèvre SA",
    "op naam van Fratelli Ricci SpA",
    "t.n.v. Müller GmbH",
    "ten name van Bauer KG",
    "t.n.v. Dumont SARL",
    "tnv Rossi SRL",
    "t.n.v. Peeters BVBA",
    "t.n.v. Janssens CommV",
    "t.n.v. Hartley Ltd",
    "Rekeninghouder: Theesalon Mei",
    "tnv Studio Wendy",
    "t.n.v. Vereniging Dorpsbelang",
    "t.n.v. Schoenwinkel Ravels",
    "t.n.v. Fotostudio Lenssen",
    # greeting a company the chat shows to be one
    "Hallo Kaaskelder, mijn pakket is kapot.\nGroeten, het team van Kaaskelder",
    "Hoi Kaaskelder, waar blijft mijn pakket?\nDit is de WhatsApp-service van Kaaskelder.",
    "Hoi Kaaskelder!\nKaaskelder: Welkom bij Kaaskelder, waarmee kan ik helpen?",
    # phone numbers and companies as WhatsApp speakers
    "14-05-24 09:12 - +31 6 12345678: hoi",
    "14-05-24 09:13 - Kaaskelder: Hoi! Dit is de klantenservice van Kaaskelder.",
    "14-05-24 09:13 - Kaaskelder Support: Hoi!",
    # lowercase words after a greeting that are no name; "dag" is also "day"
    "hoi allemaal, dank je wel! bedankt alvast! hoi team, ok super!",
    "misschien moet ik gewoon nog een dag wachten!",
    "Kun je dit doorsturen naar de helpdesk?",
    "De man van Coolblue kwam pas om vijf uur.",
    "Zij en ik hebben het geprobeerd.",
    "groeten van het hele team",
]


@pytest.mark.parametrize("text", NOT_A_PERSON)
def test_ignores_non_names(find, recognizer, text: str) -> None:
    assert find(recognizer, text) == []


def test_surname_after_title_is_not_repeated_in_company(find, recognizer) -> None:
    text = "Klant: Rudi Peeters – Garage Peeters\n\nMeneer Peeters belde vandaag."
    assert find(recognizer, text) == ["Rudi Peeters", "Peeters"]


def test_scores(recognizer) -> None:
    """Strong cues score at least 0.6, weak ones (greeting, "ik ben") about 0.5."""
    strong = recognizer.analyze("Behandelaar: Koen Smits", ["PERSON"])
    weak = recognizer.analyze("Hoi Koen,", ["PERSON"])
    assert [r.score >= 0.6 for r in strong] == [True]
    assert [0.4 <= r.score < 0.6 for r in weak] == [True]


def test_other_entities_requested(recognizer) -> None:
    assert recognizer.analyze("Behandelaar: Koen Smits", ["EMAIL"]) == []


# --- the fast paths give what a plain scan gives ----------------------------------------------
def _texts() -> list[str]:
    """Every message in this file, as written, lowercased, uppercased and all in one."""
    texts = [t for t, _ in FOUND] + NOT_A_PERSON
    joined = "\n\n".join(texts)
    return [v for t in [*texts, joined] for v in (t, t.lower(), t.upper())]


@pytest.mark.parametrize("rule", [r for r in RULES if r.anchor is None], ids=lambda r: r.name)
def test_cues_find_every_match(rule) -> None:
    """A cue must match wherever the rule's regex does, or a name would be missed."""
    for text in _texts():
        plain = [m.span() for m in rule.regex.finditer(text)]
        cued = [m.span() for m in rule.candidates(text, text.lower())]
        assert cued == plain, text


def test_anchor_runs_without_lowercased_text(find, recognizer) -> None:
    """With İ in the message the anchors run over the text itself, in any case."""
    text = "Kevin, MIJN zoon, heeft İstanbul geboekt."
    assert find(recognizer, text) == ["Kevin"]


def test_case_traps_are_complete() -> None:
    """Only the listed characters defeat running a cue over the lowercased text."""
    letters = {
        ch for r in RULES for cue in (r.cue, r.line_cue) if cue for ch in cue.pattern.lower()
    }
    letters = {ch for ch in letters if ch.isalpha()}
    everything = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)
    traps = {ch for ch in everything if len(ch.lower()) != 1}
    for letter in letters:
        for m in regex.finditer(f"(?i){regex.escape(letter)}", everything):
            if m.group().lower() != letter:
                traps.add(m.group())
    assert traps == CASE_TRAPS


def test_domain_labels_and_repeats_match_their_regexes() -> None:
    for text in [*_texts(), "zie info@bakkerij-jansen.nl of www.jansen.co.uk.nl, a.b-c.com.be."]:
        lowered = text.lower()
        labels = {
            x for d in message._DOMAIN.findall(lowered) for x in message._LABEL_SPLIT.split(d)
        }
        assert message.domain_labels(lowered) == labels
        variants = {w for w in regex.findall(r"\p{Lu}\p{Ll}+", text)} | {"Jan de Vries", "de"}
        alternatives = "|".join(regex.escape(v) for v in sorted(variants, key=len, reverse=True))
        pattern = regex.compile(rf"(?<![\w@./'’-])(?:{alternatives})(?![\w@'’-]|\.\w)")
        assert find_whole(text, variants) == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "person", "company"),
    [
        ("Kabelkoning – Wessel: Goedemiddag! Waarmee kan ik helpen?", "Wessel", "Kabelkoning"),
        ("02-03-25 10:14 - Kabelkoning (Wessel): Goedemiddag!", "Wessel", "Kabelkoning"),
        ("[10:14] Wessel (Kabelkoning): Goedemiddag!", "Wessel", "Kabelkoning"),
    ],
)
def test_a_company_speaks_through_the_known_first_name(redactor, text, person, company) -> None:
    redacted = redactor.redact(text).text
    assert person not in redacted
    assert company in redacted


def test_a_person_introduced_with_the_company_they_work_for(redactor) -> None:
    result = redactor.redact("Ik ben Joris Wolters van Wolters Dakwerk B.V. over de offerte.")
    assert "Joris Wolters" not in result.text
    assert "Wolters Dakwerk B.V." in result.text
