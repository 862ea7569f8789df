#!/usr/bin/env python3
"""Build sensitive_heldout2.jsonl from inline-annotated messages.

Second held-out set for privacywacht aimed at CREDENTIAL, HEALTH, SPECIAL and ID_DOCUMENT, with
look-alikes that must stay unmarked, in situations that the first sensitive set does not cover:
municipality and housing-corporation tickets, gym and sports-club memberships, school
administration, car lease and garages, dentist and physio mails, bank and insurer chats,
web-shop returns, recruitment agencies, telecom support, landlord-tenant WhatsApp, holiday-park
bookings, IT support of small offices and Flemish mutualiteit mails. All other personal data in
the messages is marked as well (BSN, IBAN, names, addresses, phone numbers, ...).

Written blind: the author read only benchmarks/data/heldout_markup.py (the markup parser and
the checksum helpers reused here) and the docstring of benchmarks/data/build_sensitive_heldout.py
(its annotation conventions and output format, followed here unchanged). The author did not read
the detectors, models, tests or bot code (pipelines/, models/, tests/, bot/), nor the contents
of any evaluation or benchmark data, and ran no privacywacht detector on these texts. The other
sets are opened only by this script, to reject overlap: a marked value of an identifying type
(numbers, codes, e-mail addresses, phone numbers, full names, passwords) that occurs in
benchmarks/data/*.jsonl or /work/shared/eval/*.jsonl, or a run of eight words shared with one of
their texts, stops the build and only the colliding value of this set is printed.

Text types (Dutch and Flemish, a few English), 1-8 lines each:

  cr-01..cr-31  credentials: portal, app and account tickets, door, gate, alarm and key-safe
                codes, Wi-Fi keys from a landlord, PUK and SIM PIN, CVC in a bank chat, backup
                codes, API keys and build tokens, digipass response codes, itsme codes
  hl-01..hl-30  health: dentist, physio and pharmacy mails, gym freezes, school notes, Wmo and
                housing-urgency requests, holiday-park wishes, insurer and mutualiteit
                questions, recruitment and lease messages, landlord chats
  sp-01..sp-25  special categories: criminal records and sanctions, religion, ethnicity, party
                membership and political opinion, union membership, sexual orientation and
                biometric data (a fingerprint or face scan stored about a person)
  id-01..id-24  identity documents: passport and ID renewals, copies for a landlord or
                corporation, lease drivers, KYC chats, foreign passports and residence permits,
                numbers in file names, paths and WhatsApp attachments
  lk-01..lk-10  look-alikes only: newsletters, policies, vacancies, IT notices and shop mails

Markup: ⟦TYPE|value⟧ marks a span (aliases of heldout_markup). ⟪CAT|text⟫ marks a look-alike
(CAT one of CR, H, S, ID); the markers are removed, counted and checked (a look-alike never
overlaps a span of the category it imitates) and not written to the JSONL. Every JSON line is
{"id", "text", "request": null, "spans": [{"start", "end", "type", "value"}]}.

Conventions are those of build_sensitive_heldout.py. Additions used here:
- Biometric data about a person (a stored fingerprint, a face scan) is SPECIAL: the noun phrase
  only ("jullie hebben mijn ⟦S|vingerafdruk⟧ opgeslagen"); a fingerprint reader or face unlock as
  a product feature is a look-alike.
- Political opinion is SPECIAL like party membership: the phrase naming it ("⟦S|VVD-stemmer⟧").
- A trade-union role names the union membership ("⟦S|vakbondsafgevaardigde voor het ACV⟧").
- A test result about a person is HEALTH as worded ("⟦H|positief getest op corona⟧").
- A Belgian rijksregisternummer is ID_DOCUMENT (as heldout_markup checks it); a creditor id
  (incassant-ID) and a company's own references are unmarked.
"""

from __future__ import annotations

import glob
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_markup import check_traps, check_value, coverage, digits, parse

HERE = Path(__file__).resolve().parent
OUT = HERE / "sensitive_heldout2.jsonl"
OTHER_SETS = [HERE / "*.jsonl", Path("/work/shared/eval") / "*.jsonl"]

TRAP = re.compile(r"⟪(CR|H|S|ID)\|(.*?)⟫", re.S)
TOKEN = re.compile(r"⟦[A-Z_]+\||⟧|⟪(?:CR|H|S|ID)\||⟫")
TRAP_TYPE = {"CR": "CREDENTIAL", "H": "HEALTH", "S": "SPECIAL", "ID": "ID_DOCUMENT"}
# types whose values identify something by themselves and must not be shared with other sets
OWN_VALUE_TYPES = {
    "BSN",
    "IBAN",
    "ID_DOCUMENT",
    "CREDIT_CARD",
    "PHONE",
    "EMAIL",
    "CUSTOMER_ID",
    "LICENSE_PLATE",
    "IP_ADDRESS",
    "CREDENTIAL",
    "ADDRESS",
}
NUMERIC_TYPES = {"BSN", "IBAN", "ID_DOCUMENT", "CREDIT_CARD", "PHONE", "CUSTOMER_ID"}
SHINGLE = 8

MESSAGES = [
    # ------------------------------------------------------------------ credentials
    (
        "cr-01",
        "Goedemiddag, ik probeer in te loggen op het ondernemersloket van de gemeente maar krijg "
        "steeds ⟪CR|foutcode 4031⟫. Mijn gebruikersnaam is ⟦P|h.terpstra⟧ en ww "
        "⟦CR|Grasmaaier!2023⟧. Kunnen jullie kijken wat er mis is?\n"
        "Groet, ⟦P|Hidde Terpstra⟧, ⟦T|06-41829375⟧",
    ),
    (
        "cr-02",
        "Hoi! Sinds de nieuwe app werkt mijn pincode voor de poort van de sportschool niet meer. "
        "Ik gebruik al twee jaar ⟦CR|7720⟧ en nu zegt het scherm 'ongeldig'. Lidnummer "
        "⟦C|FB-208817⟧.\nGroetjes ⟦P|Sanne Kroeze⟧",
    ),
    (
        "cr-03",
        "Beste familie ⟦P|Ouwehand⟧, welkom op Vakantiepark De Lindenhoeve! Uw chalet is nr. 46. "
        "De sleutel hangt in het kluisje naast de deur, de code is ⟦CR|3958⟧. De wifi heet "
        "⟪CR|Lindenhoeve-Gast⟫ en het wachtwoord staat op de kaart in de keuken. Fijn verblijf!\n"
        "⟦P|Marloes⟧ van de receptie",
    ),
    (
        "cr-04",
        "[14:02] ⟦P|Ruud⟧ (verhuurder): Internet is aangesloten. Netwerk: ⟪CR|Zolderkamer-5G⟫\n"
        "[14:02] ⟦P|Ruud⟧ (verhuurder): wachtwoord\n"
        "[14:03] ⟦P|Ruud⟧ (verhuurder): ⟦CR|kastanje-81-Haarlem⟧\n"
        "[14:05] ⟦P|Yasmina⟧: top dank je! En de code van de fietsenberging?\n"
        "[14:06] ⟦P|Ruud⟧ (verhuurder): ⟦CR|1964⟧ en dan op het slot drukken",
    ),
    (
        "cr-05",
        "Ik heb gisteren mijn wachtwoord veranderd van ⟦CR|Tulpen2019⟧ naar ⟦CR|Tulpen2024!!⟧ "
        "maar de webshop accepteert alleen het oude nog. Hoe kan dat? Bestelling "
        "⟪ID|40028816354⟫ staat nog in mijn mandje.\n— ⟦P|Gert-Jan Blom⟧, "
        "⟦E|gj.blom72@kpnmail.nl⟧",
    ),
    (
        "cr-06",
        "Dag, ik geraak niet in mijn account op de site van de mutualiteit. Mijn paswort is "
        "⟦CR|Wafel_Kermis7⟧ (met hoofdletters) en ik heb het al drie keer geprobeerd. Mijn "
        "lidnummer is ⟦C|41877302⟧.\nAlvast merci, ⟦P|Lieve Vandenberghe⟧",
    ),
    (
        "cr-07",
        "Hi ⟦P|Bas⟧, the new laptop for ⟦P|Anouk⟧ is ready. Local admin account is "
        "'kantoorbeheer', password: ⟦CR|Vr1jdag-Koffie⟧. Please change it after the first login "
        "(⟪CR|policy: at least 16 characters, different from your previous passwords⟫).\nCheers, ⟦P|Tom⟧",
    ),
    (
        "cr-08",
        "Goedemorgen,\nDe kassa-app op de tablet in de winkel vraagt opeens weer om het "
        "beheerderswachtwoord. Ik dacht dat het dit was:\n⟦CR|Haring&Uien1999⟧\nmaar dat wordt "
        "geweigerd. Foutmelding ⟪CR|ERR_AUTH_0x17⟫.\n⟦P|Kees van Dalen⟧",
    ),
    (
        "cr-09",
        'Mijn zoon heeft zijn account voor de schoolapp geblokkeerd. "⟦CR|Minecraft!Wolf12⟧" '
        "was volgens hem het wachtwoord, maar nu staat er 'te veel pogingen'. Zijn "
        "leerlingnummer is ⟦C|230417⟧.\nMvg, ⟦P|Petra Huisman⟧",
    ),
    (
        "cr-10",
        "Kunt u mijn leaseauto-account koppelen aan de nieuwe app? Ik log in met "
        "⟦E|r.dekker@dekkerbouw.nl⟧ (wachtwoord ⟦CR|Peugeot3008dk⟧). Kenteken ⟦LP|S-482-KV⟧.\n"
        "⟦P|Rob Dekker⟧",
    ),
    (
        "cr-11",
        "Mijn telefoon vraagt om een PUK nadat mijn dochter drie keer de verkeerde pincode heeft "
        "ingetoetst. Op het pasje staat PUK ⟦CR|84720193⟧ maar die doet het niet, en de oude "
        "pin was ⟦CR|0708⟧. Nummer is ⟦T|06 29 47 81 03⟧, klantnummer ⟦C|7003318845⟧.\n"
        "⟦P|Ingrid Mulder⟧",
    ),
    (
        "cr-12",
        "[Chat] Klant: ik kom niet door de betaling van het vliegticket heen. kaart "
        "⟦CC|4690 3066 0304 7828⟧, geldig tot 09/27, cvc ⟦CR|418⟧\n"
        "[Chat] Medewerker ⟦P|Jeroen⟧: Stuur alstublieft nooit uw volledige kaartgegevens via de "
        "chat. Ik heb het bericht laten maskeren. ⟪CR|Wij vragen nooit om uw pincode⟫.",
    ),
    (
        "cr-13",
        "Ik ben mijn telefoon met de authenticator kwijt. Gelukkig heb ik de herstelcodes nog "
        "opgeschreven:\n⟦CR|8842-1093⟧\n⟦CR|5517-2286⟧\n⟦CR|3390-7714⟧\n"
        "Welke moet ik gebruiken om in het personeelsportaal te komen? Personeelsnummer "
        "⟦C|P10392⟧. ⟦P|Fenna de Graaf⟧",
    ),
    (
        "cr-14",
        "Ticket #55120 — webshop koppeling\nHoi ⟦P|Mehmet⟧, de koppeling met het betaalplatform "
        "faalt sinds de update naar ⟪CR|v3.2.1⟫. Ik heb de key opnieuw geplakt: "
        "⟦CR|live_Hq4TvR82mXcWn9PzL3aKdE7sYb⟧. In de logs staat alleen "
        "'⟪CR|401 Unauthorized⟫'. Kun je meekijken?\n⟦P|Lotte Verbeek⟧",
    ),
    (
        "cr-15",
        "Voor de schoonmakers van zaterdag: de alarmcode van het kantoor aan de Havenkade is "
        "⟦CR|7391⟧, daarna hekje. Bij vertrek weer ⟦CR|7391⟧ en de uit-knop. Sleutel ligt bij "
        "⟦P|Wendy⟧. ⟪CR|Het alarm wordt elke eerste maandag om 12.00 getest⟫.",
    ),
    (
        "cr-16",
        "Beste collega's, vanaf maandag is de deurcode van de personeelsingang gewijzigd in "
        "⟦CR|4512⟧. De oude code (⟦CR|1188⟧) werkt dan niet meer. Niet doorgeven aan "
        "leerlingen!\nGroet, ⟦P|Annemieke Bos⟧, administratie",
    ),
    (
        "cr-17",
        "Ik kreeg een sms met ⟦CR|582 914⟧ als verificatiecode maar toen ik die invulde was hij "
        "al verlopen. Nu wil de app van de verzekeraar een nieuwe sturen naar "
        "⟦T|+31 6 4471 2098⟧, maar dat nummer heb ik niet meer. ⟦P|Dirk Smeets⟧",
    ),
    (
        "cr-18",
        "Goeiendag, bij het overschrijven vraagt de bank een responscode. Mijn digipass gaf "
        "⟦CR|09 41 77 25⟧ maar dat werd geweigerd. Rekening ⟦IBAN|BE50 5749 7903 5118⟧. Kan "
        "iemand mij terugbellen op ⟦T|0478 31 29 60⟧? ⟦P|Jef Peeters⟧",
    ),
    (
        "cr-19",
        "Technicus ⟦P|Ahmed⟧ heeft de modem geïnstalleerd. Op de sticker staat een ander "
        "wachtwoord dan hij me gaf; hij zei ⟦CR|Koffiekop-42-Blauw⟧. De sticker zegt "
        "⟦CR|h7XkP2mQ9w⟧. Welke geldt nu? Serienummer modem ⟪ID|SN4K72190833⟫.\n"
        "⟦P|Corrie Veldhuis⟧",
    ),
    (
        "cr-20",
        "Mijn tankpas van de lease wordt geweigerd aan de pomp. Pincode ⟦CR|0962⟧, ik weet "
        "zeker dat die klopt. De pas eindigt op 3318. Kenteken ⟦LP|GZR-18-N⟧. Kunnen jullie de "
        "pas deblokkeren? ⟦P|Marco Rietveld⟧",
    ),
    (
        "cr-21",
        "Beste, sinds de nieuwe website moet ik mij aanmelden met itsme. Mijn itsme-code is "
        "⟦CR|71593⟧ maar de app blijft vragen om opnieuw te registreren. Kan ik nog op de oude "
        "manier met paswoord ⟦CR|Mechelen#1971⟧?\nMet vriendelijke groeten, "
        "⟦P|Georges Van Damme⟧, ⟦A|Kerkstraat 14 bus 2⟧, ⟦PC|2800⟧ ⟦L|Mechelen⟧",
    ),
    (
        "cr-22",
        "Ik heb drie keer op '⟪CR|wachtwoord vergeten⟫' geklikt maar er komt geen mail. "
        "Uiteindelijk heb ik een oud wachtwoord geprobeerd, ⟦CR|zomer2021⟧, en dat werkte wel?! "
        "Dat is toch niet veilig. Account ⟦E|noor.vd.berg@outlook.com⟧. ⟦P|Noor van den Berg⟧",
    ),
    (
        "cr-23",
        "Mijn moeder (83) heeft een tablet bij jullie gekocht en het wachtwoord op een briefje "
        "geschreven: ⟦CR|Hendrik1939⟧. Dat is de naam en het geboortejaar van mijn vader. Nu "
        "accepteert de tablet het niet meer. Kunnen jullie helpen? ⟦P|Marjan Kuipers⟧, "
        "⟦T|0313-482910⟧",
    ),
    (
        "cr-24",
        "Voor de wachtwoordmanager van kantoor gebruik ik een zin: ⟦CR|paarse olifant danst "
        "traag⟧. Sinds de update vraagt hij om ⟪CR|een tweede factor⟫ en mijn telefoon is stuk.\n"
        "⟦P|Olga Nijhuis⟧",
    ),
    (
        "cr-25",
        "Hoi ⟦P|Jasper⟧, de buildserver kan de repo niet meer clonen (⟪CR|exit code 128⟫). Ik "
        "heb in het configbestand een nieuwe token gezet: token=⟦CR|bld_7Rk2Vq9TzX4mWn8Lp3Hc⟧ — "
        "misschien heeft die geen leesrechten?\n⟦P|Iris⟧",
    ),
    (
        "cr-26",
        "Het hangslot van het materiaalhok bij de hockeyclub heeft nu combinatie ⟦CR|3-1-7-9⟧. "
        "Graag niet in de groepsapp zetten. ⟦P|Bart⟧ (materiaalcommissie)",
    ),
    (
        "cr-27",
        "Het wachtwoord, dat ik vorige week samen met jullie medewerker aan de telefoon heb "
        "ingesteld omdat het oude verlopen was, is ⟦CR|Duinpan77#⟧ en het werkt nog steeds niet "
        "op het huurdersportaal. Huurdernummer ⟦C|HN-730264⟧. ⟦P|Saskia Boerma⟧",
    ),
    (
        "cr-28",
        "Onderwerp: nieuw wachtwoord = ⟦CR|Lente!Regen55⟧ (werkt niet)\n\nBeste IT, zoals in het "
        "onderwerp. Ik typ het precies zo over. ⟦P|Wim⟧",
    ),
    (
        "cr-29",
        "Ik stuur de telefoon terug voor reparatie. Om hem te testen hebben jullie de "
        "ontgrendelcode nodig: ⟦CR|280614⟧. De simkaart heb ik eruit gehaald. Retournummer "
        "⟪ID|RMA-2024-88153⟫.\n⟦P|Lisa Brouwer⟧, ⟦A|Vlietstraat 9⟧, ⟦PC|3514 AC⟧ ⟦L|Utrecht⟧",
    ),
    (
        "cr-30",
        "Dag, voor het patiëntenportaal van de tandartspraktijk: user ⟦P|katrien.goossens⟧, "
        "pass ⟦CR|Tandje2025⟧. Ik zie mijn afspraak niet staan. Er staat ook "
        "'⟪CR|Uw wachtwoord verloopt over 12 dagen⟫', wat moet ik daarmee?",
    ),
    (
        "cr-31",
        "Auto staat vanavond bij jullie garage. Sleutel in de sleutelbox, kode ⟦CR|6042⟧. Het is "
        "de ⟦LP|72-KHX-4⟧, APK en remmen nakijken. ⟦P|Frits Hoogland⟧ ⟦T|06-51028847⟧",
    ),
    # ------------------------------------------------------------------ health
    (
        "hl-01",
        "Geachte praktijk, ik wil de afspraak van dinsdag graag verzetten. Ik heb vorige week "
        "een ⟦H|galblaasoperatie⟧ gehad en gebruik nog ⟦H|bloedverdunners⟧, dus de tandarts "
        "moet dat weten voor het trekken van de kies. Geboortedatum ⟦DOB|14-02-1961⟧.\n"
        "⟦P|Hennie Brinkman⟧",
    ),
    (
        "hl-02",
        "Hallo, bij deze mijn verwijzing voor fysiotherapie. Ik heb een ⟦H|gescheurde "
        "kruisband⟧ en de orthopeed adviseert twintig behandelingen. Mijn BSN is "
        "⟦BSN|380707597⟧, verzekerd onder polisnummer ⟦C|19844320⟧. ⟦P|Thijs Wolters⟧",
    ),
    (
        "hl-03",
        "Ik wil mijn abonnement graag drie maanden bevriezen. Ik ben ⟦H|zwanger⟧ en de "
        "verloskundige raadt intensief sporten af i.v.m. ⟦H|bekkeninstabiliteit⟧. Lidnummer "
        "⟦C|SF0091734⟧.\nGroet, ⟦P|Demi Achterberg⟧",
    ),
    (
        "hl-04",
        "Beste administratie, graag wil ik doorgeven dat ⟦P|Luuk⟧ (groep 6) sinds kort "
        "⟦H|methylfenidaat⟧ gebruikt voor zijn ⟦H|ADHD⟧. Hij moet om 12 uur een tablet innemen; "
        "kan dat bij de juf? Ook heeft hij een ⟦H|pinda-allergie⟧, de ⟦H|EpiPen⟧ zit in zijn "
        "tas.\nVriendelijke groet, ⟦P|Monique Verhoef⟧",
    ),
    (
        "hl-05",
        "Geachte heer/mevrouw, namens mijn vader, ⟦P|Cor Vermeulen⟧ (geb. ⟦DOB|03-08-1942⟧), "
        "vraag ik een aanpassing van de woning aan via de Wmo. Hij heeft sinds zijn "
        "⟦H|herseninfarct⟧ een ⟦H|halfzijdige verlamming⟧ en kan de trap niet meer op. Adres: "
        "⟦A|Vlierbessenhof 19⟧, ⟦PC|7741 GD⟧ ⟦L|Coevorden⟧. BSN ⟦BSN|244258120⟧.\n"
        "Met vriendelijke groet, ⟦P|Anja Vermeulen⟧",
    ),
    (
        "hl-06",
        "Wij wonen op de vierde verdieping zonder lift. Mijn man heeft ⟦H|COPD⟧ en gebruikt "
        "sinds kort een ⟦H|zuurstofapparaat⟧. Wij vragen urgentie voor een gelijkvloerse "
        "woning. Huurcontract op naam van ⟦P|R. Kalloe⟧, ⟦A|Marsdiepstraat 112⟧, "
        "⟦PC|1784 AP⟧ ⟦L|Den Helder⟧.\n⟦P|Sunita Kalloe⟧",
    ),
    (
        "hl-07",
        "We hebben chalet 12 geboekt voor 18 t/m 25 juli. Onze zoon ⟦P|Milan⟧ is "
        "⟦H|rolstoelgebonden⟧; is het chalet ⟪H|rolstoeltoegankelijk⟫? En ik heb "
        "⟦H|coeliakie⟧, dus graag een glutenvrij ontbijtpakket. Boekingsnummer "
        "⟪ID|VP-4471208⟫. ⟦P|Esther Lammers⟧",
    ),
    (
        "hl-08",
        "[Chat verzekeraar] ⟦P|Nadia⟧: Goedemiddag, wordt een derde ⟦H|IVF-poging⟧ vergoed? "
        "We zitten nu in het traject bij het ziekenhuis.\n"
        "[Chat verzekeraar] Medewerker ⟦P|Pieter⟧: Dat hangt af van uw aanvullende verzekering. "
        "Mag ik uw relatienummer?\n[Chat verzekeraar] ⟦P|Nadia⟧: ⟦C|40177329⟧",
    ),
    (
        "hl-09",
        "Beste, in bijlage de getuigschriften voor ⟦H|kinesitherapie⟧ na mijn "
        "⟦H|keizersnede⟧. Mijn ⟦H|moederschapsrust⟧ loopt tot eind juni. Rijksregisternummer "
        "⟦ID|91.09.27-118.76⟧.\nGroetjes, ⟦P|Elke Claes⟧, ⟦A|Stationsstraat 88⟧, ⟦PC|3500⟧ "
        "⟦L|Hasselt⟧",
    ),
    (
        "hl-10",
        "Hoi ⟦P|Roel⟧, kleine update: ik ben nog niet beschikbaar voor de opdracht in maart. Ik "
        "zit thuis met een ⟦H|burn-out⟧ en mijn psycholoog wil eerst de ⟦H|EMDR-behandeling⟧ "
        "afronden. Liever niet doorgeven aan de klant.\nGr, ⟦P|Melissa Aydın⟧",
    ),
    (
        "hl-11",
        "Beste leasemaatschappij, ik moet mijn leaseauto helaas tijdelijk inleveren: na een "
        "⟦H|epileptische aanval⟧ mag ik van het CBR zes maanden niet rijden. Kunnen jullie de "
        "auto (⟦LP|J-384-TL⟧) ophalen op ⟦A|Akkerwinde 5⟧, ⟦PC|5402 XK⟧ ⟦L|Uden⟧?\n"
        "⟦P|Stefan Jacobs⟧",
    ),
    (
        "hl-12",
        "Ik ben ⟦H|doof⟧ en kan dus niet bellen met jullie klantenservice. Kan het gesprek over "
        "mijn nieuwe abonnement via chat of e-mail? Klantnummer ⟦C|1200455871⟧, nummer "
        "⟦T|06-38472016⟧. ⟦P|Joost Meijerink⟧",
    ),
    (
        "hl-13",
        "Ik wil de steunkousen retourneren, ze zijn te strak. Ik draag ze na mijn "
        "⟦H|trombosebeen⟧ en de ⟦H|thuiszorg⟧ krijgt ze niet aan. Bestelnummer "
        "⟪ID|5520019837⟫. Graag terugbetalen op ⟦IBAN|NL27 INGB 7265 6590 16⟧.\n"
        "⟦P|Riet Smulders⟧",
    ),
    (
        "hl-14",
        "[09:14] ⟦P|Gerda⟧: Hoi ⟦P|Martin⟧, de huur komt deze maand een paar dagen later, sorry. "
        "Ik zit midden in de ⟦H|chemo⟧ en heb alles een beetje laten liggen.\n"
        "[09:31] ⟦P|Martin⟧: Geen probleem ⟦P|Gerda⟧, sterkte! Laat maar weten of ik iets aan "
        "de tuin kan doen.",
    ),
    (
        "hl-15",
        "Hoi IT, kunnen jullie voor ⟦P|Femke Dijkstra⟧ een verticale muis en een gesplitst "
        "toetsenbord bestellen? Ze heeft ⟦H|RSI⟧ in haar rechterarm volgens de bedrijfsarts. "
        "Verder moet haar laptop nog de ⟪H|update-kuur⟫ van deze maand krijgen en de "
        "⟪H|health check⟫ van de server gaf een waarschuwing. ⟦P|Arjan⟧",
    ),
    (
        "hl-16",
        "Goedendag, kan mijn herhaalrecept voor ⟦H|Ozempic⟧ en ⟦H|Xarelto⟧ naar de nieuwe "
        "apotheek? Ik ben verhuisd naar ⟦A|Dorpsstraat 3a⟧, ⟦PC|6871 AB⟧ ⟦L|Renkum⟧. "
        "Geboortedatum ⟦DOB|21 november 1958⟧. ⟦P|Ton Hesselink⟧",
    ),
    (
        "hl-17",
        "Hoi trainer, ik kan zaterdag niet meedoen met de wedstrijd. Ik ben gisteren "
        "⟦H|positief getest op corona⟧ en bij het bloedprikken zag de huisarts ook een "
        "⟦H|ijzertekort⟧.\nGroet, ⟦P|Sem Kuijpers⟧ (JO17-1)",
    ),
    (
        "hl-18",
        "Aan de woningcorporatie: mijn broer ⟦P|Dennis Prins⟧ zit sinds oktober in een "
        "⟦H|afkickkliniek⟧ voor zijn ⟦H|alcoholverslaving⟧. Ik regel zolang zijn post en de "
        "huur. Kunnen de brieven naar mijn adres, ⟦A|Lindelaan 40⟧, ⟦PC|9403 DL⟧ ⟦L|Assen⟧?\n"
        "⟦P|Karin Prins⟧",
    ),
    (
        "hl-19",
        "Geachte mentor, ⟦P|Zoë⟧ is deze week niet op school geweest. Ze heeft een "
        "⟦H|angststoornis⟧ en is net begonnen met ⟦H|sertraline⟧; de eerste weken zijn zwaar. "
        "Wil de school rekening houden met de toetsweek? ⟦P|Hanneke Schouten⟧",
    ),
    (
        "hl-20",
        "Onze hond heeft ⟪H|artrose⟫ en kan slecht traplopen; hebben jullie een gelijkvloers "
        "huisje? Mijn man heeft zelf ook een ⟦H|nieuwe heup⟧, dus dat komt goed uit haha.\n"
        "⟦P|Wilma Dekkers⟧, ⟦T|06-12983574⟧",
    ),
    (
        "hl-21",
        "Beste, ik zeg mijn lidmaatschap op. Door mijn ⟦H|bipolaire stoornis⟧ heb ik de "
        "afgelopen maanden in een ⟦H|psychiatrische opname⟧ gezeten en niet kunnen sporten. "
        "Mag ik de contributie van die maanden terug op ⟦IBAN|NL87 RABO 6145 0664 41⟧?\n"
        "⟦P|Niels Hofman⟧",
    ),
    (
        "hl-22",
        "Dag, ik heb ⟦H|tandartsangst⟧ en wil graag onder ⟦H|lachgas⟧ behandeld worden. Kan dat "
        "bij jullie? Ik ben ook ⟦H|allergisch voor latex⟧.\nVriendelijke groeten, "
        "⟦P|Sofie Wouters⟧, ⟦T|0496 21 44 83⟧",
    ),
    (
        "hl-23",
        "Mijn ⟦H|gehoorapparaat⟧ is op vakantie in het zwembad gevallen. Valt dat onder de "
        "⟪H|aanvullende zorgverzekering⟫ of onder mijn inboedelverzekering? Polisnummer "
        "⟦C|ZV-30582916⟧. ⟦P|Gerrit Jansma⟧",
    ),
    (
        "hl-24",
        "Voor het assessment bij jullie klant: ik heb ⟦H|dyslexie⟧ en een "
        "⟦H|autismespectrumstoornis⟧. Mag ik extra tijd en een rustige ruimte? Mijn "
        "kandidaatnummer is ⟦C|K-77814⟧. ⟦P|Youri Maas⟧",
    ),
    (
        "hl-25",
        "De bestelling met de ⟦H|glucosesensoren⟧ is niet aangekomen. Ik heb ⟦H|type 1-"
        "diabetes⟧ en heb ze echt maandag nodig. Track & trace ⟪ID|3SKQW0048821⟫. Afleveradres "
        "⟦A|Zandweg 61⟧, ⟦PC|3454 HJ⟧ ⟦L|De Meern⟧. ⟦P|Kevin Blok⟧",
    ),
    (
        "hl-26",
        "Goeiemiddag, mijn dochter ⟦P|Febe⟧ is opgenomen in het ziekenhuis met een "
        "⟦H|blindedarmontsteking⟧. Zijn de kosten van de ⟦H|operatie⟧ gedekt door de "
        "⟪H|hospitalisatieverzekering⟫? Lidnummer ⟦C|0718340562⟧.\nMvg ⟦P|Koen De Smet⟧",
    ),
    (
        "hl-27",
        "[20:41] ⟦P|Lotte⟧: Hoi ⟦P|Bram⟧, we kunnen zaterdag niet komen voor de bezichtiging. Ik "
        "heb vannacht een ⟦H|miskraam⟧ gehad.\n[20:55] ⟦P|Bram⟧: Wat verdrietig, heel veel "
        "sterkte. We plannen later wel iets nieuws.",
    ),
    (
        "hl-28",
        "⟦P|Jolanda⟧ heeft zich ziek gemeld, ze heeft ⟦H|longontsteking⟧. Kan haar mailbox een "
        "afwezigheidsbericht krijgen? En wil iemand de ⟪H|virusscanner⟫ op haar pc bijwerken, "
        "die gaf '⟪H|diagnose: 3 bedreigingen gevonden⟫'.",
    ),
    (
        "hl-29",
        "De ⟪H|diagnose⟫ van de motor (storingscode ⟪CR|P0301⟫) klopt volgens mij niet. Ik kan "
        "de auto niet zelf brengen, ik mag nog niet rijden na mijn ⟦H|enkelfractuur⟧. Kunnen "
        "jullie hem ophalen? ⟦P|Ricardo Tjon⟧, ⟦A|Kamperfoelie 18⟧, ⟦PC|2716 KD⟧ "
        "⟦L|Zoetermeer⟧",
    ),
    (
        "hl-30",
        "Ik wil mijn ⟦H|gehandicaptenparkeerkaart⟧ verlengen. Ik heb ⟦H|MS⟧ en de medische "
        "keuring was vorig jaar al. BSN ⟦BSN|354618349⟧.\n⟦P|Ans Kolkman⟧, ⟦A|Beukenhof 7⟧, "
        "⟦PC|8011 RS⟧ ⟦L|Zwolle⟧",
    ),
    # ------------------------------------------------------------------ special categories
    (
        "sp-01",
        "Hoi ⟦P|Sandra⟧, eerlijk is eerlijk: ik heb een ⟦S|veroordeling voor heling⟧ uit 2017. "
        "Ik snap dat ik voor de beveiligingsfunctie een ⟪S|VOG⟫ moet aanvragen; denk je dat dat "
        "een probleem wordt? ⟦P|Robin Hendriks⟧, ⟦T|06-27493810⟧",
    ),
    (
        "sp-02",
        "Ik heb het gevoel dat ik niet word uitgenodigd voor bezichtigingen omdat ik van "
        "⟦S|Marokkaanse afkomst⟧ ben. Mijn buurvrouw, met hetzelfde inkomen, kreeg wel een "
        "uitnodiging. Inschrijfnummer ⟦C|WN-2013-88471⟧. ⟦P|Youssef El Amrani⟧",
    ),
    (
        "sp-03",
        "Beste juf ⟦P|Marieke⟧, wij vragen vrij aan voor ⟦P|Ilyas⟧ en ⟦P|Sara⟧ op 31 maart. Wij "
        "zijn ⟦S|moslim⟧ en vieren dan het Suikerfeest met de familie.\n"
        "Met vriendelijke groet, ⟦P|Hatice Özdoğan⟧",
    ),
    (
        "sp-04",
        "Vraag van een ouder over de barbecue: ⟦P|Omar⟧ eet ⟦S|alleen halal⟧ omdat hij "
        "⟦S|moslim⟧ is. Staat er op de bestellijst bij de slager ook ⟪S|halal kipsaté⟫? Dan "
        "geef ik hem op. ⟦P|Rachida⟧",
    ),
    (
        "sp-05",
        "Beste salarisadministratie, ik ben sinds januari ⟦S|lid van de FNV⟧ en wil de "
        "contributie via de werkkostenregeling laten lopen. Personeelsnummer ⟦C|004812⟧, IBAN "
        "⟦IBAN|NL32 ABNA 1867 1117 59⟧.\n⟦P|Erik Zuidema⟧",
    ),
    (
        "sp-06",
        "Beste, ik wil mijn aansluiting bij het ziekenfonds laten overzetten. Ik ben ook "
        "⟦S|lid van het ABVV⟧; kan de premie via hen verrekend worden? Rijksregisternummer "
        "⟦ID|87.04.12-235.96⟧.\n⟦P|Dirk Janssens⟧, ⟦A|Pastorijstraat 5⟧, ⟦PC|9100⟧ "
        "⟦L|Sint-Niklaas⟧",
    ),
    (
        "sp-07",
        "Ik ben ⟦S|lid van de SP⟧ en flyer in de wijk; nu krijg ik een boete van de handhaver "
        "voor 'reclame zonder vergunning'. ⟪S|De gemeenteraadsverkiezingen⟫ zijn toch volgende "
        "maand? Boetenummer ⟪ID|HH-2025-004173⟫. ⟦P|Karel Westra⟧",
    ),
    (
        "sp-08",
        "Tijdens het gesprek vroeg de klant naar mijn politieke voorkeur en ik heb gezegd dat ik "
        "⟦S|VVD-stemmer⟧ ben. Mag dat zomaar gevraagd worden bij een sollicitatie via jullie "
        "bureau? ⟦P|Bram Nieuwenhuis⟧",
    ),
    (
        "sp-09",
        "Bij het inchecken maakte de medewerker een opmerking toen bleek dat wij een "
        "⟦S|homostel⟧ zijn en samen één bed wilden. Dat vinden wij onacceptabel. Boeking op "
        "naam van ⟦P|Jeroen Vos⟧ en ⟦P|Marcel Dijkman⟧, boekingsnummer ⟪ID|LH240719-88⟫.",
    ),
    (
        "sp-10",
        "We willen mijn vrouw ⟦P|Naomi⟧ bijschrijven op de polis. Wij zijn een ⟦S|lesbisch⟧ "
        "stel en krijgen via ⟦H|IUI⟧ een kindje; valt de ⟦H|zwangerschap⟧ dan onder mijn polis of "
        "onder die van haar? ⟦P|Floor Schipper⟧",
    ),
    (
        "sp-11",
        "Ik draag een ⟦S|enkelband⟧ tot half mei en kan dus niet naar de informatieavond in het "
        "gemeentehuis. Kan het gesprek over mijn bijstandsuitkering telefonisch? Contactpersoon "
        "is ⟦P|Hans Smit⟧. BSN ⟦BSN|589970537⟧. ⟦P|Donny Boelens⟧",
    ),
    (
        "sp-12",
        "Helaas moet ik dit melden: ik ben ⟦S|veroordeeld voor rijden onder invloed⟧ en heb "
        "negen maanden ⟦S|rijontzegging⟧. Mijn partner ⟦P|Irene⟧ gaat de leaseauto gebruiken; "
        "haar rijbewijsnummer is ⟦ID|5128374906⟧. Kenteken ⟦LP|K-771-RP⟧. "
        "⟦P|Vincent Brouwers⟧",
    ),
    (
        "sp-13",
        "Beste juf, ⟦P|Ruben⟧ doet niet mee aan de ⟪S|kerstmusical⟫ en de verjaardagsviering, "
        "omdat wij ⟦S|Getuigen van Jehova⟧ zijn. Hij mag die middag in de bibliotheek lezen. "
        "⟦P|Miriam Kok⟧",
    ),
    (
        "sp-14",
        "Wij zijn ⟦S|orthodox-joods⟧ en houden ⟦S|sjabbat⟧; kunnen we de sleutel vrijdag vóór "
        "zonsondergang ophalen, en hebben jullie een gewone sleutel in plaats van het "
        "elektronische pasje? ⟦P|Avraham Lewenstein⟧, ⟦E|a.lewenstein@ziggo.nl⟧",
    ),
    (
        "sp-15",
        "Voor de uitvaartverzekering: mijn moeder was ⟦S|hindoe⟧ en wordt gecremeerd volgens "
        "haar rituelen; vergoedt de polis ook de pandit? Polisnummer ⟦C|UV-7731058⟧.\n"
        "⟦P|Ravi Ramsaran⟧",
    ),
    (
        "sp-16",
        "Ik heb mijn lidmaatschap opgezegd en wil dat jullie mijn ⟦S|vingerafdruk⟧ uit het "
        "toegangssysteem verwijderen. Waarom moest dat eigenlijk, de ⟪S|vingerafdrukscanner⟫ bij "
        "de ingang is toch ook met een pas te openen? Lidnummer ⟦C|33018-B⟧. ⟦P|Merel Aarts⟧",
    ),
    (
        "sp-17",
        "Bij het openen van de rekening vroeg de app om een ⟦S|gezichtsscan⟧ en een foto van mijn "
        "paspoort (nummer ⟦ID|NX4R82LT6⟧). Hoe lang bewaren jullie die scan? ⟦P|Lucas Verhagen⟧",
    ),
    (
        "sp-18",
        "De klant vroeg of ik 'echt Nederlands' was. Ik heb geantwoord dat ik van ⟦S|Molukse "
        "afkomst⟧ ben, daarna was het gesprek snel voorbij. Kunnen jullie dit melden? "
        "⟦P|Jordy Tuhumury⟧",
    ),
    (
        "sp-19",
        "Kan je mijn afwezigheid op 12 juni registreren als syndicaal verlof? Ik ben "
        "⟦S|vakbondsafgevaardigde voor het ACV⟧ en die dag is er een vorming. "
        "⟦P|Nele Maes⟧",
    ),
    (
        "sp-20",
        "Beste verhuurder, u vraagt om een verklaring. Ik zal eerlijk zijn: ik heb drie jaar "
        "⟦S|vastgezeten voor drugshandel⟧. Sinds 2021 ben ik vrij en werk ik vast bij een "
        "bouwbedrijf. ⟦P|Mitchell Sanches⟧",
    ),
    (
        "sp-21",
        "Wij willen ⟦P|Emma⟧ inschrijven op ⟪S|de christelijke basisschool⟫ De Regenboog. Ze is "
        "⟦S|katholiek⟧ gedoopt, is dat een probleem? Geboortedatum ⟦DOB|30-09-2021⟧.\n"
        "⟦P|Laura Bakx⟧",
    ),
    (
        "sp-22",
        "Ik ben ⟦S|sikh⟧ en draag een tulband; mag ik daarmee in de sauna en het zwembad van "
        "jullie sportcentrum? Ik wil graag lid worden. ⟦P|Harpreet Singh Gill⟧",
    ),
    (
        "sp-23",
        "Voor het overblijven vragen jullie een VOG. Ik heb in 2019 een ⟦S|taakstraf voor "
        "vernieling⟧ gekregen; krijg ik die VOG dan nog? ⟦P|Sharon Meeuwsen⟧, "
        "⟦T|06-40918273⟧",
    ),
    (
        "sp-24",
        "De winkelmedewerker maakte een opmerking over mijn ⟦S|Koerdische afkomst⟧ toen ik een "
        "abonnement wilde afsluiten. Ik wil een klacht indienen. Klantnummer ⟦C|9010442378⟧.\n"
        "⟦P|Rojda Aslan⟧",
    ),
    (
        "sp-25",
        "Ons gezin is ⟦S|gereformeerd⟧, dus een monteur voor de cv-ketel op zondag liever "
        "niet. Lukt maandag ook? ⟦P|Jannie van de Weerd⟧, ⟦A|Oude Rijksweg 219⟧, "
        "⟦PC|7773 NH⟧ ⟦L|Hardenberg⟧",
    ),
    # ------------------------------------------------------------------ identity documents
    (
        "id-01",
        "Ik wil een nieuw paspoort aanvragen, mijn oude (nummer ⟦ID|BR7K3HP82⟧) verloopt in "
        "april. Kan ik een afspraak maken op zaterdag? ⟦P|Marleen Zijlstra⟧, geboren "
        "⟦DOB|09-06-1979⟧, BSN ⟦BSN|240302953⟧",
    ),
    (
        "id-02",
        "In de bijlage een kopie van mijn identiteitskaart. Het documentnummer is "
        "⟦ID|IZ8F41T07⟧, de voorkant is wat wazig.\nBijlagen: id_kaart_⟦ID|IZ8F41T07⟧.jpg, "
        "⟪ID|loonstrook_maart.pdf⟫\n⟦P|Tessa van der Linden⟧",
    ),
    (
        "id-03",
        "Bij de inschrijving vroegen jullie om een ID. Ik heb mijn rijbewijs laten zien "
        "(⟦ID|4830192756⟧); waarom wordt dat nummer opgeslagen? Ik wil dat het verwijderd wordt. "
        "⟦P|Jelle Postma⟧, lid ⟦C|FB-311276⟧",
    ),
    (
        "id-04",
        "Voor de excursie naar het buitenland: de identiteitskaart van ⟦P|Fleur⟧ heeft nummer "
        "⟦ID|IW3P9K6T1⟧ en is geldig tot 2029.\nGroeten, ⟦P|Ellen Janssen⟧",
    ),
    (
        "id-05",
        "Nieuwe bestuurder toevoegen aan leasecontract ⟪ID|LC-2024-118372⟫: ⟦P|Priya Mahabier⟧, "
        "rijbewijsnummer ⟦ID|5610938247⟧, geboortedatum ⟦DOB|17-10-1990⟧.\nBijlage: "
        "⟦P|mahabier⟧_rijbewijs_⟦ID|5610938247⟧.pdf",
    ),
    (
        "id-06",
        "Beste meneer ⟦P|Kramer⟧, het nummer dat u stuurde, ⟪ID|2024031587⟫, is het "
        "werkordernummer van de garage en niet uw rijbewijsnummer. Dat staat op de voorkant van "
        "het ⟪ID|rijbewijs⟫ bij punt 5.\n⟦P|Henk⟧, Autobedrijf Van Rijn",
    ),
    (
        "id-07",
        "Voor de identificatie: eID-kaartnummer ⟦ID|591-0038929-37⟧, rijksregisternummer "
        "⟦ID|79.01.31-402.43⟧. Ik woon op ⟦A|Lange Kievitstraat 102⟧, ⟦PC|2018⟧ "
        "⟦L|Antwerpen⟧.\n⟦P|Bart Verstraeten⟧",
    ),
    (
        "id-08",
        "Tijdens de vakantie is mijn paspoort gestolen (nummer ⟦ID|NP9H2K7D3⟧). Ik heb "
        "⟪S|aangifte gedaan⟫ bij de politie daar; het proces-verbaal zit in de bijlage. "
        "Schadenummer ⟪ID|SCH-440918⟫. ⟦P|Jorien Koster⟧",
    ),
    (
        "id-09",
        "Bij de bestelling met wijn vroeg de bezorger om mijn ID. Hij heeft het nummer van mijn "
        "identiteitskaart, ⟦ID|IV7RT2K59⟧, overgenomen in zijn scanner. Mag dat? Bestelling "
        "⟪ID|NL-88412093⟫. ⟦P|Daan Schreuder⟧",
    ),
    (
        "id-10",
        "Hoi ⟦P|Sandra⟧, hierbij mijn gegevens voor het contract: Indiaas paspoort "
        "⟦ID|T4829163⟧, verblijfsdocument nr. ⟦ID|XK1928374⟧ (kennismigrant). BSN volgt zodra ik "
        "ingeschreven ben. ⟦P|Arjun Nair⟧",
    ),
    (
        "id-11",
        "Voor het nieuwe gsm-abonnement vroegen ze in de winkel mijn eID, kaartnummer "
        "⟦ID|592 1977037 64⟧. Nu krijg ik een mail dat de identificatie mislukt is. Klantnummer "
        "⟦C|BE-4410238⟧. ⟦P|Ine Mertens⟧",
    ),
    (
        "id-12",
        "Guest registration for the holiday park: ⟦P|Klaus Wagner⟧, German passport no. "
        "⟦ID|C4J7R2KXN⟧; ⟦P|Heike Wagner⟧, passport no. ⟦ID|C9LM3T8VF⟧. Arrival Friday, "
        "booking ⟪ID|HP-77102⟫.",
    ),
    (
        "id-13",
        "Bij het uploaden krijg ik de foutmelding ⟪CR|E-413 bestand te groot⟫. Het bestand is "
        "C:\\Users\\⟦P|annelies⟧\\Documenten\\eid_⟦ID|593068720621⟧_voorkant.png.\nMvg, "
        "⟦P|Annelies Dewulf⟧",
    ),
    (
        "id-14",
        "De scanner zet alles in \\\\NAS01\\scans\\HR\\ en daar staan ook "
        "⟦P|ramon⟧_paspoort_⟦ID|NW4X81KJ5⟧.pdf en ⟪ID|IMG_20250114_101522.jpg⟫. Mag dat zo "
        "blijven? Volgens mij hoort dat in de beveiligde map. ⟦P|Linda⟧",
    ),
    (
        "id-15",
        "[Chat] Klant: mijn Belgisch paspoort heeft nummer ⟦ID|EM482917⟧, het vorige was "
        "⟦ID|EL119264⟧. Welke moet ik invullen?\n[Chat] ⟦P|Sarah⟧ (bank): Het nummer van het "
        "geldige paspoort, dus het eerste.",
    ),
    (
        "id-16",
        "Verhuisd per 1 mei naar ⟦A|Kerkweg 77⟧, ⟦PC|4231 CR⟧ ⟦L|Meerkerk⟧. Mijn ID-kaart: "
        "⟦ID|IR7528KJ1⟧; die van mijn vrouw ⟦P|Gonny⟧: ⟦ID|IT4M9Z7R2⟧.\n⟦P|Piet Kooijman⟧",
    ),
    (
        "id-17",
        "Kandidaat ⟦P|Bartosz Wiśniewicz⟧, Pools identiteitsbewijs ⟦ID|AXR731604⟧, BSN volgt nog. "
        "Start maandag.\n⟦P|Ilse⟧, uitzendbureau",
    ),
    (
        "id-18",
        "[18:20] ⟦P|Yasmina⟧: <Afbeelding: paspoort_⟦ID|BH5N27WQ3⟧.jpg>\n"
        "[18:21] ⟦P|Yasmina⟧: hier mijn paspoort voor het huurcontract, kun je hem na het "
        "tekenen weggooien?\n[18:40] ⟦P|Ruud⟧: Doe ik!",
    ),
    (
        "id-19",
        "Chassisnummer ⟪ID|VF3LCYHZJKS072815⟫, kenteken ⟦LP|HT-904-B⟧. Het rijbewijs van mijn "
        "zoon ⟦P|Lars⟧ (⟦ID|5290384716⟧) moet ook op de verzekering van de auto.\n"
        "⟦P|Marcel Hoekstra⟧",
    ),
    (
        "id-20",
        "Mijn schoonmoeder komt drie maanden logeren. Voor de reisverzekering: Marokkaans "
        "paspoort nr. ⟦ID|UK3918274⟧, naam ⟦P|Fatima Benali⟧, geboren ⟦DOB|12-03-1956⟧.",
    ),
    (
        "id-21",
        "Aanmelding ⟦P|Noah de Ruiter⟧, geboren ⟦DOB|02-11-2018⟧, BSN ⟦BSN|681784064⟧. De "
        "⟪ID|ID-kaart⟫ van ⟦P|Noah⟧ wordt nog aangevraagd.\nOuder: ⟦P|Kim de Ruiter⟧, "
        "⟦E|kim.deruiter87@gmail.com⟧, ⟦T|06-23918475⟧",
    ),
    (
        "id-22",
        "Ik heb een A-kaart (verblijfskaart) met nummer ⟦ID|B047128935⟧. Is dat voldoende om "
        "mij bij jullie ziekenfonds aan te sluiten? ⟦P|Amina Diallo⟧",
    ),
    (
        "id-23",
        "/home/⟦P|joris⟧/Downloads/rijbewijs_scan_⟦ID|5903174628⟧.pdf staat nog op de gedeelde "
        "laptop (⟪ID|asset tag LAP-0042⟫). Kun je die veilig verwijderen?",
    ),
    (
        "id-24",
        "Mijn overschrijving met mededeling ⟪ID|+++120/4817/36253+++⟫ werd geweigerd. Mijn "
        "identiteitskaart is vernieuwd, het nieuwe nummer is ⟦ID|594333887072⟧. Italiaanse "
        "collega ⟦P|Giulia Ferraro⟧ heeft carta d'identità ⟦ID|CA48213TR⟧, moet zij ook iets "
        "doen?",
    ),
    # ------------------------------------------------------------------ look-alikes only
    (
        "lk-01",
        "Nieuw wachtwoordbeleid per 1 maart: ⟪CR|minimaal 14 tekens⟫, ⟪CR|wachtwoorden verlopen "
        "na 90 dagen⟫ en ⟪CR|tweestapsverificatie verplicht⟫. De ⟪H|maandelijkse health check⟫ "
        "van de servers is op zaterdagnacht.",
    ),
    (
        "lk-02",
        "Let op: onze medewerkers zullen nooit naar uw ⟪CR|pincode⟫ of ⟪CR|responscode⟫ "
        "vragen. De incasso verschijnt op uw afschrift met ⟪ID|incassant-ID NL98ZZZ302811470000⟫ en kenmerk ⟪ID|MNDT-2025-00417⟫.",
    ),
    (
        "lk-03",
        "Storing bij de klant: modem geeft ⟪CR|code 0x80070005⟫, firmware ⟪CR|versie 7.29.04⟫, "
        "serienummer ⟪ID|CX4210-88173-K⟫. Na de ⟪H|herstart-kuur⟫ van vannacht werkt alles weer.",
    ),
    (
        "lk-04",
        "Op het park is een ⟪H|AED⟫ bij de receptie en een ⟪S|gebedsruimte⟫ in het "
        "recreatiegebouw. Voor ⟪S|een partijtje⟫ van de kinderen kunt u de feestzaal huren.",
    ),
    (
        "lk-05",
        "Retour: 1x ⟪H|anti-allergie dekbed⟫ (⟪ID|art.nr. 884120-11⟫) en 2x sokken uit de "
        "⟪S|Pride-collectie⟫. Reden: verkeerde maat.",
    ),
    (
        "lk-06",
        "Clubnieuws: het eerste elftal kampt met ⟪H|veel blessures⟫, en door de ⟪S|staking van de "
        "vakbond⟫ in het streekvervoer vertrekt de bus zaterdag een uur later. Onze ⟪S|partij⟫ "
        "nieuwe shirts is binnen!",
    ),
    (
        "lk-07",
        "Ik ⟪S|geloof⟫ echt in jullie duurzame spaarrekening, maar de ⟪CR|bevestigingscode⟫ komt "
        "niet binnen en de ⟪H|financiële gezondheidscheck⟫ in de app blijft laden.",
    ),
    (
        "lk-08",
        "Vacature magazijnmedewerker (⟪ID|vacaturenummer 2025-0417⟫): cao via ⟪S|de vakbond⟫ "
        "afgesloten, ⟪H|vitaliteitsbudget⟫ van 500 euro, ⟪S|VOG vereist⟫.",
    ),
    (
        "lk-09",
        "Het stembureau zit deze keer in ⟪S|de Protestantse Kerk⟫ aan het Kerkplein. Bij "
        "⟪S|de verkiezingen⟫ neemt u uw ⟪ID|stempas en een geldig identiteitsbewijs⟫ mee.",
    ),
    (
        "lk-10",
        "Het ⟪H|griepvaccin⟫ wordt dit jaar voor alle leden terugbetaald. Een overzicht van de "
        "⟪H|kinesitherapiepraktijken⟫ in uw buurt vindt u in de app; uw ⟪CR|wachtwoord "
        "wijzigen⟫ kan via Instellingen, het oude wordt getoond als ⟪CR|********⟫.",
    ),
]


def strip_traps(marked):
    """Return (marked text without trap markers, traps as (cat, start, end) in the final text)."""
    out, traps, pos, open_traps = [], [], 0, []
    for m in TOKEN.finditer(marked):
        out.append(marked[pos : m.start()])
        pos = m.end()
        tok = m.group()
        if tok.startswith("⟪"):
            open_traps.append((tok[1:-1], sum(map(len, out))))
        elif tok == "⟫":
            cat, start = open_traps.pop()
            traps.append((cat, start, sum(map(len, out))))
    out.append(marked[pos:])
    if open_traps:
        raise SystemExit("unbalanced trap markup")
    return TRAP.sub(lambda m: m.group(2), marked), "".join(out), traps


def extra_checks(sp):
    t, v = sp["type"], sp["value"]
    if v != v.strip() or v[-1] in ".,;:)\"'" or v[0] in "(\"'":
        return "span has surrounding space or punctuation"
    if t == "ID_DOCUMENT":
        if re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", v) and "O" in v:
            return "Dutch document number with the letter O"
        if re.fullmatch(r"\d{3} ?\d{7} ?\d\d|\d{12}", v):
            d = digits(v)
            if (int(d[:10]) % 97 or 97) != int(d[10:]):
                return "BE eID card number invalid"
    return None


def other_texts():
    paths = []
    for pattern in OTHER_SETS:
        paths += [Path(p) for p in sorted(glob.glob(str(pattern))) if Path(p) != OUT]
    texts = []

    def collect(obj):
        if isinstance(obj, str):
            texts.append(obj)
        elif isinstance(obj, dict):
            for v in obj.values():
                collect(v)
        elif isinstance(obj, list):
            for v in obj:
                collect(v)

    for p in paths:
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    try:
                        collect(json.loads(line))
                    except json.JSONDecodeError:
                        texts.append(line)
    return texts


def words(text):
    return re.findall(r"\w+", text.lower())


def overlap_problems(records):
    texts = other_texts()
    blob = "\n".join(texts).lower()
    numbers = set()
    shingles = set()
    for t in texts:
        for m in re.finditer(r"\d(?:[ .\-/]?\d)+", t):
            if len(digits(m.group())) >= 6:
                numbers.add(digits(m.group()))
        w = words(t)
        shingles.update(tuple(w[i : i + SHINGLE]) for i in range(len(w) - SHINGLE + 1))
    bad = []
    for rec in records:
        for sp in rec["spans"]:
            t, v = sp["type"], sp["value"]
            full_name = t == "PERSON" and " " in v
            if t not in OWN_VALUE_TYPES and not full_name:
                continue
            if len(v) >= 5 and v.lower() in blob:
                bad.append(f"{rec['id']}: {t} value occurs elsewhere: {v}")
            elif t in NUMERIC_TYPES and len(digits(v)) >= 6 and digits(v) in numbers:
                bad.append(f"{rec['id']}: {t} number occurs elsewhere: {v}")
        w = words(rec["text"])
        for i in range(len(w) - SHINGLE + 1):
            if tuple(w[i : i + SHINGLE]) in shingles:
                bad.append(f"{rec['id']}: shares the words: {' '.join(w[i : i + SHINGLE])}")
                break
    return bad


def main():
    ids = [mid for mid, _ in MESSAGES]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate ids")
    records, problems, n_traps, trap_cats = [], [], 0, {}
    for mid, marked in MESSAGES:
        no_traps, trap_text, traps = strip_traps(marked)
        text, spans = parse(no_traps)
        if parse(trap_text)[0] != text:
            problems.append(f"{mid}: trap offsets do not line up")
        for sp in spans:
            if text[sp["start"] : sp["end"]] != sp["value"]:
                problems.append(f"{mid}: span slice differs from value {sp['value']!r}")
            for err in (check_value(sp), extra_checks(sp)):
                if err:
                    problems.append(f"{mid}: {err}: {sp['value']!r}")
        # trap offsets were computed with span markers removed as well, so they index `text`
        for cat, start, end in traps:
            n_traps += 1
            trap_cats[cat] = trap_cats.get(cat, 0) + 1
            for sp in spans:
                if sp["type"] == TRAP_TYPE[cat] and sp["start"] < end and start < sp["end"]:
                    problems.append(f"{mid}: trap {text[start:end]!r} overlaps a {sp['type']}")
        spans.sort(key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                problems.append(f"{mid}: overlapping spans {a['value']!r} {b['value']!r}")
        problems += [f"{mid}: {p}" for p in check_traps(text, coverage(text, spans))]
        if "⟪" in text or "⟫" in text:
            problems.append(f"{mid}: trap markup left in text")
        records.append({"id": mid, "text": text, "request": None, "spans": spans})
    problems += overlap_problems(records)
    if len(records) != 120:
        problems.append(f"expected 120 messages, got {len(records)}")
    if n_traps < 40:
        problems.append(f"only {n_traps} look-alikes")
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {}
    for rec in records:
        for sp in rec["spans"]:
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
    print(f"wrote {len(records)} messages to {OUT.name}")
    for typ in sorted(counts, key=lambda t: -counts[t]):
        print(f"  {typ:15} {counts[typ]}")
    print(f"  look-alikes     {n_traps} {dict(sorted(trap_cats.items()))}")


if __name__ == "__main__":
    main()
