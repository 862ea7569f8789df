"""Build sensitive_tuning6.jsonl from inline-annotated messages.

Sixth tuning set for privacywacht, aimed at the categories that must never leak: CREDENTIAL (the
largest group), ID_DOCUMENT, BSN and IBAN, each with look-alikes that must stay unmarked. All other
personal data in the messages is marked as well (names, e-mail addresses, phone numbers,
addresses, postcodes, towns, birth dates, customer ids, licence plates, a card number, IP
addresses, KvK, btw, a profile URL and a few health phrases), so the set also measures precision
and recall on everything else. It is a TUNING set: its misses are read to find which KINDS of
phrasing the detectors do not know yet, so the shapes and positions of the values are varied on
purpose.

Written blind: the author read only benchmarks/data/heldout_markup.py (the markup parser and the
checksum helpers reused here) and the module docstrings of build_sensitive_heldout.py,
build_sensitive_heldout2.py, build_sensitive_heldout3.py, build_sensitive_heldout4.py and
build_sensitive_tuning5.py (their annotation conventions, output format, checks and overlap
check, followed here unchanged), not their code or texts. The checks and the overlap check below
were written from those docstrings. The author did not read the detectors, models, tests or bot
code (pipelines/, models/, tests/, bot/), nor the contents of any .jsonl file or of
/work/shared/eval, and ran no privacywacht detector, CLI or pipeline on these texts. Every text,
name and number was invented for this set; checksum values (BSN, IBAN, card number, btw, Belgian
national and eID card numbers, PESEL, Turkish kimlik, Spanish DNI) were generated valid with
python-stdnum, and unmarked numbers that imitate them fail their checksum. The other sets are
opened only by this script, to reject overlap: a marked value of an identifying type (numbers,
codes, e-mail addresses, phone numbers, addresses, postcodes, full names, passwords; also a
number whose digits equal a number of six or more digits there) that occurs in
benchmarks/data/*.jsonl (this output excluded) or /work/shared/eval/*.jsonl, or a run of eight
words shared with one of their texts, stops the build and only the colliding value (or words) of
this set is printed.

Text types (Dutch, some Flemish, English, German, French, Polish, Turkish, Ukrainian and
Moroccan-Darija transliteration, Spanish, Portuguese, some mixed), 1-10 lines each, as people write to
IT-service desks, web shops, HR and payroll, banks, telecom, landlords, schools and childcare,
municipalities, hosting and SaaS vendors:

  cr-01..cr-59  credentials in varied shapes and positions: an e-mail subject (Dutch and English),
                attempts without any keyword, a forwarded mail and a quoted reply thread, an OCR'd
                settings screenshot, a CSV and a markdown table, .env, YAML, INI, XML and JSON
                snippets, a connection string, passwords in an ftp URL and a login query string,
                a family chat export, a voicemail with a key-safe code in words, misspelt cues
                (wachwoord, pasword), old and new passwords, Polish, Turkish, German, French,
                Portuguese and Darija cues, parentheses, square brackets, bold markdown, back-ticks, curly
                quotes, arrows and dashes, a forwarded SMS code, backup codes, a childcare code
                word, a wallet recovery phrase, Wi-Fi keys and a bike-lock combination from a
                landlord, a Flemish key-safe, a bearer JWT, an app-specific password, a PIN typed
                at an ATM, a TOTP secret, a PUK, alarm, duress and code-word changes, a password
                spelled letter by letter, an OCR'd Wi-Fi QR sticker, a parcel-locker code, an
                itsme code, a child's school-app password, a gate code, an English call
                transcript, a payroll-portal password, a reused password, a BitLocker recovery
                key, an e-mail/password pair, a CVC, a password on a line of its own, smart-lock
                guest code and a digipass response
  id-01..id-45  identity documents and BSN: payroll onboarding, BSN with spaces, dots, dashes,
                OCR errors, misspelt cues (sofinummer, BNS, Burgerservlcenummer), in a file
                name, a URL path, a markdown table, a CSV export, JSON, a subject line, a chat
                export and a spelled-out call transcript; Belgian rijksregisternummers (dotted,
                compact, mixed) and eID card numbers (3-7-2 with dashes, spaces, compact);
                Dutch and Belgian driving licences; Dutch passports and ID cards (old and new
                number, in a subject, a Windows path, WhatsApp, an OCR'd card with noise, spelled
                letter by letter, a guest list); a residence permit; Polish, Turkish, German,
                French, Spanish, British, Ukrainian, Moroccan and Belgian documents; with order,
                invoice, case, booking, application and contract numbers as look-alikes
  mx-01..mx-29  mixed: hosting ticket (KvK, btw, IP, SSH passphrase), IBAN changes and refunds in
                Dutch, Flemish, German, Polish, French and Turkish, gym, energy and telecom
                accounts, a job application, car damage, an Airbnb welcome, account deletion
                with an IPv6 address, a school login, a phone set-up, a bank chat, a recruiter,
                travel-insurance claim, a Teams export with a shared password and 2FA code, a
                parking permit, a Flemish health-fund letter, a workspace admin leak, a mistyped
                IBAN, a printer badge, a sole trader's invoice details, an out-of-office request
                during sick leave and a rental check
  lk-01..lk-27  look-alikes only: password policies, a bank warning, release notes, API
                placeholders, a masked password, order, invoice and tracking numbers, Windows
                error codes, a school letter, a pick-up point, a discount code, a meeting id, a
                masked API key, document-upload instructions, an EAN and a serial with the
                letter O, a structured payment reference, service numbers, "WW" as a benefit,
                software versions, token lifetimes, a password hint, a creditor id, an incident
                number, a demo account, a library guest network and a postcode question

Markup: ⟦TYPE|value⟧ marks a span (aliases of heldout_markup: P E T A PC L LP ID CC IP DOB CR H
S C U). ⟪CAT|text⟫ marks a look-alike (CAT one of CR, H, S, ID: the category it imitates); the
markers are removed, counted and checked (a look-alike never overlaps a span of the category it
imitates, for ID neither ID_DOCUMENT nor BSN; it may coincide with a span of another type, e.g. a
KvK number, an IBAN or a member number) and not written to the JSONL. Every JSON line is
{"id", "text", "request": null, "spans": [{"start", "end", "type", "value"}]}: this set does not
label data-subject requests, so "request" is null throughout. Message ids are numbered per
prefix in the order of RAW.

Conventions are those of build_sensitive_heldout.py .. build_sensitive_tuning5.py: PERSON is the
name only, without titles, roles or salutations ("fam. ⟦P|Terpstra⟧", "meneer ⟦P|Visser⟧",
"Medewerker ⟦P|Lisa⟧"); login and user names built from a name are PERSON, also inside a URL,
a path or a connection string; ADDRESS, POSTCODE and LOCATION are separate spans; towns of
organisations, travel and venues are unmarked; organisations' own phone numbers, addresses and
account numbers are unmarked; CUSTOMER_ID covers customer, member, student, personnel, policy
and contract numbers of a person; order, ticket, invoice, booking, case, serial, asset and
application numbers are unmarked. CREDENTIAL is only the secret, without cue, quotes, brackets,
markdown, "en dan hekje" or trailing punctuation (a "!" or "#" that belongs to the password
stays); every attempt, the old and the new password and each backup code is its own span; a
password that contains a name, a town, a year or a birth date is CREDENTIAL only; a code word
agreed with a school or a security company, a parcel-locker code, a smart-lock guest code, a
wallet recovery phrase, a TOTP secret, a digipass response and a bearer token are CREDENTIAL;
masked or placeholder values, configuration references, password rules and hints, meeting ids,
discount codes, network names, error codes, versions, ports and a demo account are look-alikes.
Values spelled out in a transcript are marked as worded and values garbled by OCR as scanned;
the checksum and format checks then apply to what they stand for (SPOKEN words are read as
digits and single letters, OCR lists the scanned values with their intended form). A Belgian
rijksregisternummer is ID_DOCUMENT; foreign identity documents after a cue and a Dutch residence
permit are ID_DOCUMENT and are listed in FOREIGN_IDS.

Checks: exact offsets; the markup and the trap-stripped markup parse to the same text and spans
(heldout_markup.parse); heldout_markup's checksums (BSN elfproef, IBAN, Luhn for cards, btw, BE
national and eID card numbers) and its trap check (unmarked numbers that look like BSN/card/IBAN
fail their checksum); every ID_DOCUMENT value fits one of the document formats (Dutch passport
or ID card, 10-digit driving licence, Belgian eID card or national number) or FOREIGN_IDS, whose
PESEL, kimlik and DNI values pass their own checksums; unmarked 3-7-2 digit groups fail the eID
check and unmarked dotted national numbers fail the national-number check; ID look-alikes made
of digits fail the checksum of the number they imitate (9 digits: elfproef, 11: national number,
12: eID) and never fit the Dutch document format; CREDENTIAL values carry no cue word, quote,
bracket or trailing punctuation; HEALTH and SPECIAL values start with no article or possessive;
no leading or trailing spaces, no overlapping spans, unique ids, at most 10 lines per message;
every occurrence of a marked value of length >= 4 (case-insensitive, whole word) lies inside a
span; look-alikes lie outside the spans of their category; plus the overlap check above. Any
failed check is printed and aborts the run without writing the JSONL (exit status 1).

Run: .venv/bin/python benchmarks/data/build_sensitive_tuning6.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from heldout_markup import check_traps, check_value, coverage, digits, parse
from stdnum.be import nn as be_nn
from stdnum.es import dni as es_dni
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.tr import tckimlik as tr_kimlik

HERE = Path(__file__).resolve().parent
OUT = HERE / "sensitive_tuning6.jsonl"
SHARED_EVAL = Path("/work/shared/eval")

# Foreign identity documents (and a Dutch residence permit) marked as ID_DOCUMENT after a cue.
FOREIGN_IDS = {
    "Y2KR83L06": "Dutch residence permit (verblijfsdocument)",
    "548392017": "British passport",
    "CFR591730": "Polish ID card (dowód osobisty)",
    "85061441409": "Polish PESEL",
    "77401344606": "Turkish T.C. kimlik no",
    "LK6R9M2T4": "German Personalausweis",
    "X4RTBPFW4": "French carte d'identité",
    "97207797E": "Spanish DNI",
    "FT730615": "Ukrainian passport",
    "JC317702": "Moroccan CIN",
    "EN615094": "Belgian passport",
}
CHECKSUMMED_FOREIGN = {
    "85061441409": pl_pesel.is_valid,
    "77401344606": tr_kimlik.is_valid,
    "97207797E": es_dni.is_valid,
}
# Values garbled by OCR, with what they stand for.
OCR = {
    "1O9259920": "109259920",
    "TL1JRB57O": "TL1JRB570",
}
DIGIT_WORDS = {
    "nul": "0",
    "zero": "0",
    "een": "1",
    "één": "1",
    "one": "1",
    "twee": "2",
    "two": "2",
    "drie": "3",
    "three": "3",
    "vier": "4",
    "four": "4",
    "vijf": "5",
    "five": "5",
    "zes": "6",
    "six": "6",
    "zeven": "7",
    "seven": "7",
    "acht": "8",
    "eight": "8",
    "negen": "9",
    "nine": "9",
}
NL_DOC = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d")
BE_NN_SHAPE = re.compile(r"\d\d[. ]?\d\d[. ]?\d\d[-. ]?\d{3}[. ]?\d\d")
EID_SHAPE = re.compile(r"\d{3}[- ]?\d{7}[- ]?\d{2}")
CUES = (
    r"wachtwoord|wachtwoorden|wachwoord|ww|pw|pwd|password|passwort|paswoord|pasword|pin|pincode|"
    r"code|toegangscode|cvc|cvv|puk|token|hasło|şifre|şifrem|mot de passe|itsme|sleutel|key"
)
CUE_START = re.compile(rf"^(?:{CUES})(?:\b|[\s:=])", re.I)
ARTICLES = re.compile(r"^(?:de|het|een|mijn|zijn|haar|hun|onze|ons|the|a|an|my|his|her)\s", re.I)
IDENTIFYING = {
    "EMAIL",
    "PHONE",
    "ADDRESS",
    "POSTCODE",
    "IBAN",
    "BSN",
    "KVK",
    "BTW",
    "LICENSE_PLATE",
    "ID_DOCUMENT",
    "CREDIT_CARD",
    "IP_ADDRESS",
    "CUSTOMER_ID",
    "CREDENTIAL",
    "URL",
}
TRAP_TYPES = {
    "CR": {"CREDENTIAL"},
    "H": {"HEALTH"},
    "S": {"SPECIAL"},
    "ID": {"ID_DOCUMENT", "BSN"},
}

RAW: list[tuple[str, str]] = [
    # ------------------------------------------------------------------ credentials
    (
        "cr",
        """Onderwerp: kan niet meer inloggen klantportaal, ww is ⟦CR|Zomerhuis!88⟧

Hoi,
Zie onderwerp, ik krijg steeds "ongeldige combinatie". Gebruikersnaam ⟦P|m.verhoeven⟧.
Heb ik misschien een hoofdletter verkeerd?

Groet, ⟦P|Mieke Verhoeven⟧""",
    ),
    (
        "cr",
        """Ik heb het nu drie keer geprobeerd met ⟦CR|tulpenveld27⟧ en daarna met ⟦CR|Tulpenveld27!⟧ maar de app blijft zeggen dat het niet klopt. Volgens mij heeft mijn dochter het veranderd op haar tablet. Kunnen jullie een nieuwe link sturen naar ⟦E|h.kuijpers58@ziggo.nl⟧?""",
    ),
    (
        "cr",
        """---------- Doorgestuurd bericht ---------
Van: ⟦P|Ruud Sipkema⟧ <⟦E|ruud@sipkema-bouw.nl⟧>
Datum: di 4 mrt 2025 om 08:12
Onderwerp: toegang boekhouding

> Hoi ⟦P|Annelies⟧, je kunt inloggen als ⟦P|annelies.sipkema⟧ met ⟦CR|Kozijn-2025-Q1⟧. Niet verder sturen svp.

Beste helpdesk, dit is per ongeluk naar een extern adres gegaan. Kunnen jullie dat wachtwoord intrekken? Ticket ⟪CR|SR-104772⟫""",
    ),
    (
        "cr",
        """Hierbij de tekst uit mijn screenshot (gekopieerd met tekstherkenning, sorry voor rare tekens):

Mijn Account > Beveiliging
Gebruikersnaam: ⟦P|j0rdy.bakker⟧
Huidig wachtw0ord: ⟦CR|Kr@ai3nest⟧
Nieuw wachtwoord: ⟦CR|Kr@ai3nest2⟧
Herhaal wachtwoord: ⟦CR|Kr@ai3nest2⟧
[ Opslaan ]   Foutcode ⟪CR|E-4017⟫

Waarom slaat hij het niet op?""",
    ),
    (
        "cr",
        """Bijlage laptops_uitgifte.csv (even hier geplakt):
naam;model;serienummer;bios_ww
⟦P|Sanne de Bruijn⟧;Latitude 5440;⟪CR|5CG3281KQ7⟫;⟦CR|Bios!Sdb44⟧
⟦P|Youssef Haddouchi⟧;Latitude 5440;⟪CR|5CG3281KT2⟫;⟦CR|Bios!Ya19⟧
Dit bestand staat in de map Algemeen waar iedereen bij kan. Kunnen jullie het weghalen en de codes laten wijzigen?""",
    ),
    (
        "cr",
        """| Dienst | Gebruiker | Wachtwoord |
|---|---|---|
| Webmail | ⟦E|f.oosterhuis@planet.nl⟧ | **⟦CR|Fietsbel#331⟧** |
| Router | admin | ⟦CR|rtr-OOST-9921⟧ |
| NAS | ⟦P|frits⟧ | `⟦CR|nas_Fr1ts_lokaal⟧` |

Bovenstaande tabel stond op een openbare pagina van jullie notitie-app, gemaakt door mijn vader ⟦P|Frits Oosterhuis⟧. Hoe zet ik die pagina op privé?""",
    ),
    (
        "cr",
        """Ticket ⟪CR|#88213⟫ – deploy faalt na update

Hier mijn .env van productie:
APP_ENV=production
DB_USERNAME=webshop
DB_PASSWORD=⟦CR|gR7!vQp2Lm#x⟧
MOLLIE_KEY=⟦CR|live_Hq8vTn3Kd2PzWx7yRb4sUe9Lc5Mf⟧
MAIL_PASSWORD=⟪CR|${MAIL_PASSWORD}⟫

Fout: ⟪CR|SQLSTATE[HY000] [1045]⟫ Access denied for user 'webshop'""",
    ),
    (
        "cr",
        """ci:
  registry:
    user: ⟦P|tvanlith⟧
    token: ⟦CR|glpat-Xb82KqLm3Vn9RtY4wZs1⟧
  smtp:
    password: "⟦CR|Wintertaling_7⟧"
    port: ⟪CR|587⟫

Dit stond een uur in een publieke repo van mij (⟦P|Tom van Lith⟧). Token is ingetrokken, moet ik nog meer doen?""",
    ),
    (
        "cr",
        """Server=sql03.klantnet.local;Database=Planning;User Id=⟦P|m.ates⟧;Password=⟦CR|Lale2019+Ates⟧;TrustServerCertificate=True

Deze connectiestring werkt sinds de upgrade naar release ⟪CR|4.17.1⟫ niet meer vanaf mijn laptop. Kan iemand meekijken?
Groet, ⟦P|Merve Ateş⟧""",
    ),
    (
        "cr",
        """kan iemand kijken waarom dit niet werkt? ftp://⟦P|dkoster⟧:⟦CR|Zeilboot88⟧@ftp.drukkerijkoster.nl/upload
ik krijg steeds ⟪CR|530⟫ Login incorrect, gisteren ging het nog goed""",
    ),
    (
        "cr",
        """[14-02-25 21:03] ⟦P|Lotte⟧: mam wat is de wifi ook alweer beneden
[14-02-25 21:04] Mam: ⟦CR|KoekjesTrommel2018⟧ met 2 hoofdletters
[14-02-25 21:04] ⟦P|Lotte⟧: dankjee
[14-02-25 21:06] Mam: netwerk is ⟪CR|Ziggo-7F21A⟫ niet die van de buren

Dit komt uit onze familie-app; de monteur vroeg wat het oude wachtwoord was zodat alle apparaten op de nieuwe modem blijven werken.""",
    ),
    (
        "cr",
        """Transcriptie voicemail (09:41): ja goeiemorgen met ⟦P|Henk Bosma⟧ ik bel even over de sleutelkluis bij mijn moeder aan de ⟦A|Meidoornlaan 14⟧ de code is ⟦CR|vier zeven een negen⟧ en dan het klepje naar beneden duwen want de nieuwe schoonmaakster kreeg hem niet open terugbellen kan op ⟦T|nul zes vijf nul drie twee acht acht negen een⟧ dank u wel""",
    ),
    (
        "cr",
        """Mijn wachwoord is ⟦CR|Kanarie55⟧ en het pasword van de app is hetzelfde maar ik kom er niet in. Wat doe ik fout?
⟦P|Gerda⟧""",
    ),
    (
        "cr",
        """Ik heb vanochtend mijn wachtwoord gewijzigd van ⟦CR|Hondenpoot3⟧ naar ⟦CR|Hondenpoot4⟧ (ja ik weet het, niet origineel) en nu doet Outlook op mijn telefoon het niet meer. Moet ik daar ook iets aanpassen?
⟦P|Bart Wijnhoven⟧, inkoop""",
    ),
    (
        "cr",
        """Dzień dobry, mam problem z logowaniem na portal van het uitzendbureau. Login ⟦P|k.nowak⟧, hasło ⟦CR|Wroclaw2023!⟧. Ik spreek klein beetje Nederlands, sorry.
⟦P|Katarzyna Nowak⟧, tel. ⟦T|+48 512 774 309⟧""",
    ),
    (
        "cr",
        """Merhaba, telefonumu tamir için bıraktım. Jullie collega vroeg de code, ekran kilidi şifrem ⟦CR|190387⟧. Reparatienummer ⟪CR|RP-55120⟫. Wanneer is hij klaar?
⟦P|Emre Yıldız⟧""",
    ),
    (
        "cr",
        """Hallo, ich bin LKW-Fahrer bei jullie in dienst sinds maandag und komme nicht ins Fahrerportal. Mein Passwort ist ⟦CR|Maut-Brummi!24⟧ aber es kommt immer "Konto gesperrt". Kan iemand helpen? MfG ⟦P|Dieter Schönfeld⟧""",
    ),
    (
        "cr",
        """Bonjour, le code de la boîte à clés pour l'appartement est ⟦CR|3814⟧ selon votre mail, mais ça ne marche pas. Kunt u het controleren? We staan nu voor de deur met de kinderen. Merci, ⟦P|Claire Dubois⟧ ⟦T|+33 6 41 28 97 50⟧""",
    ),
    (
        "cr",
        """Nieuwe collega ⟦P|Iris Baltus⟧ begint maandag op de administratie. Tijdelijk wachtwoord (⟦CR|Welkom-IB-0312⟧) en de printerpincode [⟦CR|4407⟧] heb ik al klaargezet. Graag bij eerste login laten wijzigen, minimaal ⟪CR|12 tekens⟫ en 1 cijfer.""",
    ),
    (
        "cr",
        """Wijziging voor de meldkamer:
alarmcode nieuw → ⟦CR|6093⟧
alarmcode oud – ⟦CR|1122⟧ (graag verwijderen)
Object: ⟦A|Hazelaarweg 41⟧, ⟦PC|3842 KT⟧ ⟦L|Harderwijk⟧, abonnement ⟦C|AB-772019⟧
Groet, fam. ⟦P|Terpstra⟧""",
    ),
    (
        "cr",
        """Ik kreeg dit sms'je en heb het doorgestuurd naar een man die beweerde dat hij van de fraudeafdeling was:
"Uw code voor het koppelen van een nieuw apparaat is ⟦CR|706 318⟧. Deel deze code met niemand."
Daarna was ik mijn geld kwijt. Mijn rekening is ⟦IBAN|NL47 INGB 1512 5953 49⟧. Wat moet ik nu doen?
⟦P|Wilma Schouten⟧""",
    ),
    (
        "cr",
        """Back-upcodes (bewaar deze op een veilige plek)
⟦CR|8841 2207⟧    ⟦CR|5530 9184⟧
⟦CR|0627 4419⟧

Sorry, die heb ik per ongeluk in het supportformulier geplakt bij mijn vraag over het account van ⟦P|Noor Hendriks⟧. Kunnen jullie dit ticket verwijderen?""",
    ),
    (
        "cr",
        """Beste juf ⟦P|Marieke⟧,
Vrijdag haalt opa ⟦P|Kees⟧ ⟦P|Fenna⟧ op uit de opvang. Hij weet het afgesproken wachtwoord: ⟦CR|kameleon⟧.
Groetjes, ⟦P|Dewi⟧ (moeder van ⟦P|Fenna⟧)""",
    ),
    (
        "cr",
        """Iemand heeft mijn wallet leeggehaald nadat een 'medewerker' via WhatsApp mij dit liet invullen:
⟦CR|orbit timber eager lunar crisp fossil ladder humble violet spoon attend mirror⟧
Ik weet nu dat dat niet had gemogen. Kunnen jullie het adres blokkeren? Klant sinds 2021, ⟦E|djurre.hofstra@gmail.com⟧""",
    ),
    (
        "cr",
        """Welkom in de studio! 🏠
Wifi: ⟪CR|Studio_Zolder⟫ / ⟦CR|rozemarijn-2024⟧
Fietsenhok: cijferslot ⟦CR|0-5-8⟧
Afval op dinsdag buiten zetten. Vragen? App me: ⟦T|06 28 41 77 19⟧
⟦P|Hans⟧""",
    ),
    (
        "cr",
        """Dag, de loodgieter moet morgen binnen kunnen bij mijn moeder, de sleutelkluis hangt naast de garagepoort. Code is ⟦CR|2-7-7-1⟧, dan het hendeltje omhoog. Zij woont ⟦A|Kerkhofstraat 22 bus 1⟧, ⟦PC|9031⟧ ⟦L|Drongen⟧.
Mvg, ⟦P|Lieve Van Damme⟧""",
    ),
    (
        "cr",
        """{"email":"⟦E|sara.elidrissi@gmail.com⟧","password":"⟦CR|Sahara#2k22⟧","remember":true,"device":"iPhone 13"}

Dit verstuurt jullie app gewoon zonder https, ik zag het in mijn proxy. Graag fixen!
⟦P|Sara El Idrissi⟧""",
    ),
    (
        "cr",
        """[mail]
server = mail.tandartsdekroon.nl
gebruiker = ⟦P|assistente.jolanda⟧
wachtwoord = ⟦CR|Tandarts2020!⟧
poort = ⟪CR|993⟫

Outlook blijft om het wachtwoord vragen, is het verlopen? ⟦P|Jolanda⟧""",
    ),
    (
        "cr",
        """<credentials>
  <user>⟦P|pvdberg⟧</user>
  <pass>⟦CR|Kw1ekel@Duin⟧</pass>
</credentials>
Dit bestand (settings.xml) staat leesbaar in de installatiemap van jullie kassasoftware, versie ⟪CR|7.3.0.118⟫. Is dat de bedoeling?""",
    ),
    (
        "cr",
        """curl -H "Authorization: Bearer ⟦CR|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI4ODQxIn0.q7Vx2Lk9Tn0aB3cD5eF7gH9iJ1kL3mN5oP7qR9s⟧" https://api.roosterplanner.nl/v2/diensten
geeft 401, token is van vandaag. Iemand een idee? — ⟦P|Ilias⟧""",
    ),
    (
        "cr",
        """Voor Mail op mijn Mac heb ik een app-specifiek wachtwoord gemaakt: ⟦CR|qwhx-tpln-rvza-mkds⟧. Werkte een week, nu vraagt hij het weer. Apple ID ⟦E|joost.meulenbelt@icloud.com⟧.""",
    ),
    (
        "cr",
        """Mijn pas is ingeslikt bij de automaat in het winkelcentrum. Ik heb echt ⟦CR|8264⟧ ingetoetst, ik weet zeker dat dat hem is, en na de tweede keer was hij weg. Rekening ⟦IBAN|NL60RABO9416305500⟧. Kan er een nieuwe pas komen?
⟦P|Aad Groenewegen⟧""",
    ),
    (
        "cr",
        """geprobeerd: ⟦CR|Pinksteren25⟧, ⟦CR|pinksteren25⟧ en ⟦CR|Pinksteren25!⟧ — alles fout en nu is mijn account geblokkeerd. klantnummer ⟦C|KL-6615083⟧, bestelling ⟪CR|4481920⟫ staat nog open""",
    ),
    (
        "cr",
        """Ik ga over op een nieuwe telefoon. Toen ik tweestapsverificatie instelde heb ik de geheime sleutel opgeschreven: ⟦CR|JBSW Y3DP EHPK 3PXP⟧. Kan ik die gewoon in de nieuwe authenticator-app invoeren?
⟦P|Linda Veenstra⟧""",
    ),
    (
        "cr",
        """@klantenservice mijn simkaart zit op slot na 3x verkeerde pin 😩 PUK op het kaartje is ⟦CR|40728815⟧ maar die werkt ook niet?? nummer ⟦T|06-41873320⟧""",
    ),
    (
        "cr",
        """**Let op:** het wachtwoord van de gedeelde mailbox van ⟦P|Esther⟧ is nu **⟦CR|Marktplein-44⟧**. Het oude (⟦CR|Marktplein-43⟧) werkt vanaf vandaag niet meer. Problemen? Bel de servicedesk, toestel ⟪CR|2210⟫.""",
    ),
    (
        "cr",
        """Beste streamingdienst, er kijkt iemand anders op ons account mee. Zie hieronder wat mijn zoon rondstuurde:

Op 12 jan. 2025 om 10:14 schreef ⟦P|Pieter Lameris⟧ <⟦E|p.lameris@outlook.com⟧>:
> Wat was het wachtwoord van de tv ook alweer?

Op 12 jan. 2025 om 10:20 schreef ⟦P|Anouk Lameris⟧:
>> ⟦CR|bankhangen2!⟧ maar niet aan je vrienden geven
>> factuur staat in de mail, nummer ⟪CR|F2025-00318⟫""",
    ),
    (
        "cr",
        """Wijziging gegevens alarmopvolging
Codewoord bij een alarm: ⟦CR|Vuurtoren⟧ (was ⟦CR|Tijgerlelie⟧)
Sleutelhouder: ⟦P|Rob Maas⟧, ⟦T|0612009843⟧
Contractnummer ⟦C|BV-40917⟧""",
    ),
    (
        "cr",
        """Subject: RE: RE: vpn not working (pwd ⟦CR|Harbour!Lights42⟧)

Sorry for putting it in the subject, the form kept rejecting my message. I'm ⟦P|Olga Petrenko⟧, contractor on the 3rd floor, laptop tag ⟪CR|LT-0921⟫.""",
    ),
    (
        "cr",
        """Spraakbericht omgezet naar tekst: hallo ja ik kom niet in mijn account het wachtwoord is ⟦CR|hoofdletter M a r t i n a één negen acht twee uitroepteken⟧ dat heb ik zelf zo ingesteld klantnummer is ⟦C|vijf drie nul acht één twee⟧ graag terugbellen""",
    ),
    (
        "cr",
        """Tekst uit de foto van de sticker onder de modem:
WIFI:T:WPA;S:⟪CR|H368N-4F2A1C⟫;P:⟦CR|7hKx9mQ2vLp4⟧;;
S/N ⟪CR|J2211C004519⟫  MAC ⟪CR|A4:91:B1:0C:77:2E⟫
Welke van deze heeft de monteur nodig?""",
    ),
    (
        "cr",
        """Hi, my parcel locker pickup code is ⟦CR|778 412⟧ but the locker at the station says "invalid code". Order nr ⟪CR|NL-4481927⟫. I'm leaving the country tomorrow, please help! — ⟦P|Priya Venkatesan⟧""",
    ),
    (
        "cr",
        """Kun je het beheerdersaccount van de website tijdelijk op ⟦CR|Tijdelijk!Webs1te⟧ zetten? Dan log ik vanavond in en verander ik het meteen. De link naar het dashboard heb ik nog.
⟦P|Gijs⟧""",
    ),
    (
        "cr",
        """Goeiedag, mijn itsme-code is ⟦CR|53018⟧ en mijn broer heeft die gezien terwijl ik aan het betalen was. Moet ik die nu veranderen? Ik heb bij jullie rekening ⟦IBAN|BE57 4015 8610 4835⟧.
Groetjes, ⟦P|Wout Verschueren⟧""",
    ),
    (
        "cr",
        """Mijn zoon ⟦P|Mats⟧ (groep 6) kan niet inloggen op de rekenapp. Inlog ⟦P|mats.dekker⟧, wachtwoord ⟦CR|dino123⟧ (heeft de juf zo gemaakt). Hij krijgt steeds foutmelding ⟪CR|403⟫.""",
    ),
    (
        "cr",
        """Opmerking bij bezorging: graag bij de achterdeur afgeven, poortcode ⟦CR|7396⟧ en dan hekje. Niet bij de buren op nr. 12 aub.""",
    ),
    (
        "cr",
        """[auto-transcript, call 00:02:14] agent: I just need to verify you, can you confirm your date of birth
customer: ⟦DOB|fourth of may nineteen seventy one⟧
agent: thank you. Please never share your ⟪CR|PIN⟫ with us
customer: oh okay it's ⟦CR|nine one four four⟧ anyway, the card is stuck in the machine""",
    ),
    (
        "cr",
        """Salam, kalimat sir dyali hiya ⟦CR|Nador1999⟧ walakin ma khdamach f l'app. Mijn Nederlands is niet zo goed, mijn zoon schrijft morgen. Telefoon ⟦T|0684412907⟧.
⟦P|Hamza Bouzid⟧""",
    ),
    (
        "cr",
        """Goedemiddag, het loonstrokenportaal zegt "account vergrendeld". Personeelsnummer ⟦C|006182⟧, het wachtwoord was ⟦CR|Salaris@Mei⟧ (sinds mei niet veranderd). Kan HR hem vrijgeven?
⟦P|Ans Brouwer⟧""",
    ),
    (
        "cr",
        """Ik las dat jullie gehackt zijn. Ik gebruik overal ⟦CR|Dolfijn1975⟧, ook bij jullie webshop, dus als dat gelekt is wil ik dat weten. Account staat op ⟦E|r.vanderzee@kpnmail.nl⟧.""",
    ),
    (
        "cr",
        """als ik op deze link klik kom ik direct binnen, is dat wel veilig?
https://portal.huurdersnet.nl/login?user=⟦P|rkramer⟧&pass=⟦CR|Vondel1967⟧&remember=1
huurder ⟦C|HN-390577⟧""",
    ),
    (
        "cr",
        """BitLocker vraagt na de BIOS-update om een herstelsleutel. Sleutel-id ⟪CR|4A7F2C91⟫.
Collega gaf mij deze: ⟦CR|284163-551276-038962-710434-662519-190597-445830-127776⟧
maar die wordt niet geaccepteerd. Laptop van ⟦P|Femke Altena⟧, assetnummer ⟪CR|NB-20931⟫.""",
    ),
    (
        "cr",
        """⟦E|marloes.kamp@hotmail.com⟧ / ⟦CR|Lavendel_09⟧
dat is mijn inlog maar jullie site zegt dat het account niet bestaat?? ik heb vorige week nog besteld (⟪CR|#100392⟫)""",
    ),
    (
        "cr",
        """Betaling mislukt drie keer. Kaart ⟦CC|4554 4813 7214 2277⟧, geldig tot 08/27, CVC ⟦CR|604⟧. Wat gaat er mis? Bestelling ⟪CR|WS-77310⟫.
⟦P|Kevin Ooms⟧""",
    ),
    (
        "cr",
        """Hallo, ik heb mijn paswoord gereset naar ‘⟦CR|Ganzenbord9⟧’ maar de webshop aanvaardt het niet, hij zegt "te zwak". Mijn klantennummer is ⟦C|BE-70215⟧. Mag er geen cijfer op het einde?""",
    ),
    (
        "cr",
        """Ik heb alles geprobeerd. Vorige maand werkte het nog met dit wachtwoord, misschien helpt dat?
⟦CR|Ruitenwisser_22⟧
Ik wil alleen mijn facturen downloaden. ⟦P|Dirk-Jan Mulder⟧""",
    ),
    (
        "cr",
        """Hoi! Voor de schoonmaker heb ik in de app een gastcode aangemaakt: ⟦CR|815 730⟧, geldig t/m zondag. Werkt de gastcode ook op de achterdeur? Slot serienr ⟪CR|SL2-8841-0023⟫""",
    ),
    (
        "cr",
        """Olá, sou brasileira e trabalho no armazém. Minha senha do aplicativo de horários é ⟦CR|Saudade#77⟧ mas aparece "usuário bloqueado". Kan iemand mij helpen? Obrigada, ⟦P|Luana Ferreira⟧""",
    ),
    (
        "cr",
        """De bank belde en vroeg de responscode van mijn digipass, ik heb ⟦CR|7730 1148⟧ gegeven. Nu lees ik dat dat fraude kan zijn?? Rekening ⟦IBAN|BE18961192891565⟧, ⟦P|Marc Claes⟧, ⟦L|Mechelen⟧""",
    ),
    # ------------------------------------------------------------------ identity documents, BSN
    (
        "id",
        """Hoi HR, voor mijn eerste salaris:
BSN ⟦BSN|883470895⟧
IBAN ⟦IBAN|NL14ABNA9093400041⟧
Paspoortnr ⟦ID|NW7K45PR2⟧ (geldig tot 2031)
Geboortedatum ⟦DOB|14-06-1996⟧
Groet, ⟦P|Jesse Kloosterman⟧""",
    ),
    (
        "id",
        """Beste salarisadministratie, op mijn loonstrook staat een verkeerd burgerservicenummer. Het juiste is ⟦BSN|795 037 120⟧, er staat nu ⟪ID|795 037 210⟫. Kunnen jullie dat aanpassen voor de aangifte?
⟦P|Tamara Lont⟧""",
    ),
    (
        "id",
        """Formulier verhuizing
Naam: ⟦P|Gerrit-Jan Mooij⟧
Burgerservicenummer: ⟦BSN|1737.37.213⟧
Nieuw adres: ⟦A|Wolfsklauw 19⟧, ⟦PC|7431 BD⟧ ⟦L|Diepenveen⟧
Verhuisdatum: 1 april
Meeverhuizende personen: geen""",
    ),
    (
        "id",
        """OCR-resultaat van de ingescande brief (bijlage 2):
Betreft: terugvordering toeslag
Burgerservlcenummer: ⟦BSN|1O9259920⟧
Dossier: ⟪ID|TV-2024-0081173⟫
Ik begrijp niet waarom ik dit moet terugbetalen, kan iemand mij bellen? ⟦T|0031 6 19384720⟧""",
    ),
    (
        "id",
        """Bijlage kon niet worden geüpload: loonbeslag_⟦BSN|542750776⟧_brief.pdf (max 5 MB). Ik stuur hem nu in twee delen. Zaak ⟪ID|Z-2025-093614⟫.""",
    ),
    (
        "id",
        """Graag de volgende mensen toevoegen aan de pensioenregeling:
| naam | BSN | in dienst |
|---|---|---|
| ⟦P|Rik Hazeveld⟧ | ⟦BSN|605655741⟧ | 01-03-2025 |
| ⟦P|Yara Bennani⟧ | ⟦BSN|600702534⟧ | 15-03-2025 |
Contractnummer werkgever ⟪ID|PR-4410952⟫""",
    ),
    (
        "id",
        """Transcript telefoongesprek (automatisch): beller ja ik heb mijn burgerservicenummer hier dat is ⟦BSN|vijf zes twee acht acht vier vier drie negen⟧ en ik wil weten waarom mijn teruggave nog niet is uitbetaald medewerker dank u ik zie uw dossier meneer ⟦P|Visser⟧ een ogenblik""",
    ),
    (
        "id",
        """Voor de huurtoeslag vroegen jullie ook het nummer van mijn partner: ⟦BSN|100960649⟧. Die van mij had ik al gestuurd. We wonen samen op ⟦A|Dr. Ariënslaan 31⟧ in ⟦L|Deurne⟧.
⟦P|Sevilay Koç⟧""",
    ),
    (
        "id",
        """Ik werk al 30 jaar bij jullie en op het formulier vragen jullie het sofinummer, dat is volgens mij ⟦BSN|224480261⟧. Of heet dat nu anders?
Groet, ⟦P|Bertus Huisman⟧""",
    ),
    (
        "id",
        """bsn nr: ⟦BSN|346-404-551⟧
rijbewijsnr: ⟦ID|9492263850⟧
kenteken: ⟦LP|S-482-JT⟧
Schade gereden met de leaseauto, formulier komt morgen. ⟦P|Niels Bouwhuis⟧, ⟦T|06 5019 3377⟧""",
    ),
    (
        "id",
        """Hi, I'm starting as a postdoc on 1 September. My citizen service number (BSN) is ⟦BSN|439754987⟧ and my passport number is ⟦ID|548392017⟧ (UK). Staff number will follow. Thanks, ⟦P|Hannah Pemberton-Lowe⟧""",
    ),
    (
        "id",
        """De upload blijft hangen op C:\\Users\\⟦P|esmee⟧\\Downloads\\ID_⟦ID|IZ3RG81K5⟧_voorkant.jpg, de achterkant ging wel goed. Mijn aanvraag ⟪ID|A-25-009312⟫.""",
    ),
    (
        "id",
        """In de adresbalk staat https://mijn.gemeente-voorbeeld.nl/dossiers/⟦BSN|941832922⟧/bijlagen — is dat normaal dat mijn BSN daar gewoon in staat?""",
    ),
    (
        "id",
        """Voor de inschrijving van ⟦P|Sem⟧ op het kinderdagverblijf: zijn BSN is ⟦BSN|503233249⟧, geboren ⟦DOB|2 februari 2023⟧. Mijn BSN had ik al ingevuld. Kan hij vanaf juni 3 dagen komen?
⟦P|Ilse Dijkstra⟧""",
    ),
    (
        "id",
        """Onze koppeling krijgt 422 terug. Payload:
{"naam": "⟦P|A. Brinkhorst⟧", "bsn": "⟦BSN|437279601⟧", "geboortedatum": "⟦DOB|1964-11-30⟧", "postcode": "⟦PC|9712AB⟧"}
Response: {"error": "⟪ID|E_BSN_FORMAT⟫"}""",
    ),
    (
        "id",
        """Onderwerp: bezwaar aanslag - BSN ⟦BSN|525677719⟧ - aanslagnr ⟪ID|8412.55.903.H.72⟫

Geachte heer/mevrouw, hierbij maak ik bezwaar tegen de aanslag. De onderbouwing volgt per post. ⟦P|C. van Rijswijk⟧""",
    ),
    (
        "id",
        """mijn BNS is ⟦BSN|308670218⟧ ik heb het 2 keer ingevuld maar de site zegt ongeldig. wat doe ik fout""",
    ),
    (
        "id",
        """[10:02] Klant: ik heb de brief over mijn uitkering niet ontvangen
[10:03] Medewerker ⟦P|Lisa⟧: Wat is uw BSN?
[10:03] Klant: ⟦BSN|280709869⟧
[10:04] Medewerker ⟦P|Lisa⟧: En uw postcode?
[10:04] Klant: ⟦PC|5611 ZK⟧""",
    ),
    (
        "id",
        """Merhaba, BSN numaram ⟦BSN|583196792⟧, kimlik kartım Türk: T.C. kimlik no ⟦ID|77401344606⟧. Maaş için Türk hesabım değil, Nederlandse rekening ⟦IBAN|NL71 SNSB 3515 7570 90⟧ kullanın lütfen.
⟦P|Serkan Kılıçarslan⟧""",
    ),
    (
        "id",
        """export_medewerkers.csv
personeelsnr,naam,bsn,iban
⟦C|10234⟧,⟦P|Dennis Post⟧,⟦BSN|451840471⟧,⟦IBAN|NL08TRIO4627713724⟧
⟦C|10235⟧,⟦P|Wendy Kroes⟧,⟦BSN|787250077⟧,⟦IBAN|NL92KNAB4258355382⟧
Dit bestand zat als bijlage bij een mail aan alle stagiairs. Moeten we dit melden als datalek?""",
    ),
    (
        "id",
        """Voor de schuldhulp moet ik een kopie ID sturen. Mijn identiteitskaart nummer is ⟦ID|BH4L29XT7⟧, BSN ⟦BSN|628862659⟧. Mag ik het BSN op de kopie zwart maken?
⟦P|Rachida Ouali⟧""",
    ),
    (
        "id",
        """Beste, voor de inschrijving van ons dochter in het zesde middelbaar: rijksregisternummer ⟦ID|08.04.20-805.81⟧, haar eID-kaartnummer ⟦ID|592-9879888-34⟧. Wij wonen ⟦A|Boomgaardstraat 5⟧, ⟦PC|2600⟧ ⟦L|Berchem⟧.
Met vriendelijke groeten, ⟦P|Katrien Wuyts⟧""",
    ),
    (
        "id",
        """Bijlage: OCMW_aanvraag_⟦ID|59092623494⟧.pdf
Dag, hierbij de aanvraag voor mijn vader, ⟦P|Jozef Maes⟧. Zijn identiteitskaart is vervallen, kan het toch?""",
    ),
    (
        "id",
        """rijkregisternr ⟦ID|820628-931.90⟧ , ik ben klant bij jullie voor internet maar ik krijg de factuur op naam van mijn ex. Klantnummer ⟦C|7019 4481⟧.""",
    ),
    (
        "id",
        """Kaartnummer eID: ⟦ID|594 3699853 21⟧ (staat op de achterkant toch?). Ik wil me registreren op jullie platform maar de scan met de kaartlezer lukt niet.""",
    ),
    (
        "id",
        """nieuwe simkaart aangevraagd, ze vroegen het identiteitskaartnummer en ik gaf ⟦ID|599152057635⟧. Nu krijg ik een mail dat aanvraag ⟪ID|AV-2025-31874⟫ geweigerd is??""",
    ),
    (
        "id",
        """Mijn rijbewijs wordt niet goedgekeurd in de deelauto-app. Rijbewijsnummer ⟦ID|9154605290⟧, afgegeven in 2019. Ik heb een foto van voor- en achterkant gemaakt. Gebruikersnaam ⟦P|daan_vos⟧.""",
    ),
    (
        "id",
        """Nieuwe leaserijder: ⟦P|Marloes Tiemens⟧, rijbewijs ⟦ID|6560622831⟧, kenteken wordt ⟦LP|ZX-418-G⟧. Factuurnummer voor de eigen bijdrage: ⟪ID|2025004418⟫.""",
    ),
    (
        "id",
        """Voor de huurwagen in Zaventem: Belgisch rijbewijs nr. ⟦ID|6280896964⟧, op naam van ⟦P|Thomas Lemmens⟧, reservatie ⟪ID|RZ48812⟫.""",
    ),
    (
        "id",
        """[18:22] ⟦P|Nadia⟧: Hoi meneer ⟦P|Wijnbergen⟧, hier mijn ID nummer voor het contract ⟦ID|SX93HF2L6⟧
[18:23] ⟦P|Nadia⟧: foto stuur ik morgen want mijn camera is kapot
[18:40] ⟦P|Wijnbergen⟧: Prima, huur overmaken naar het nummer op het contract""",
    ),
    (
        "id",
        """Goedemorgen, mijn verblijfsvergunning is verlengd. Nieuw documentnummer ⟦ID|Y2KR83L06⟧, geldig tot 2030. Kunnen jullie dit aanpassen in mijn personeelsdossier? Personeelsnr ⟦C|P-20881⟧.
⟦P|Abebe Tesfaye⟧""",
    ),
    (
        "id",
        """Dzień dobry, do umowy: dowód osobisty ⟦ID|CFR591730⟧, PESEL ⟦ID|85061441409⟧. Adres w Holandii: ⟦A|Spoorstraat 17a⟧, ⟦PC|5911 KJ⟧ ⟦L|Venlo⟧. Pozdrawiam ⟦P|Marek Zieliński⟧""",
    ),
    (
        "id",
        """Guten Tag, für die Anmeldung bei Ihrer Autovermietung: Personalausweis-Nr. ⟦ID|LK6R9M2T4⟧, gültig bis 2029. Den Führerschein schicke ich per Mail. Viele Grüße ⟦P|Jana Hoffmann⟧""",
    ),
    (
        "id",
        """Bonjour, pour la location je vous envoie mon numéro de carte d'identité: ⟦ID|X4RTBPFW4⟧. Mon mari ⟦P|Luc Moreau⟧ sera le conducteur. Cordialement, ⟦P|Sophie Moreau⟧""",
    ),
    (
        "id",
        """Hola! For the internship contract: DNI ⟦ID|97207797E⟧, no tengo BSN todavía, I have an appointment at the gemeente next week. Is that ok? ⟦P|Lucía Navarro Prieto⟧""",
    ),
    (
        "id",
        """Dobryi den, ya z Ukrainy, pasport nomer ⟦ID|FT730615⟧, tymchasovyi zakhyst. Voor het werk vroegen ze mijn BSN maar ik heb alleen een brief van de gemeente met nummer ⟪ID|2025/118/4471⟫. ⟦P|Olena Kovalenko⟧""",
    ),
    (
        "id",
        """Salam, ik wil een rekening openen. Ik heb een Marokkaanse CIN ⟦ID|JC317702⟧ en een Nederlandse verblijfspas. Welke moet ik uploaden? ⟦P|Ayoub Zerrouki⟧""",
    ),
    (
        "id",
        """Transcriptie: ja het paspoortnummer is ⟦ID|N P R twee D acht K J één⟧ nee de laatste is een één ja en ik vlieg op de vijftiende dus het moet wel snel""",
    ),
    (
        "id",
        """Ik heb een nieuw paspoort. Oud nummer ⟦ID|KD2P7N4V8⟧ (verlopen), nieuw nummer ⟦ID|YM8C3Q1H4⟧. Graag aanpassen in mijn boeking ⟪ID|BK-77120-NL⟫ naar Curaçao, anders mag ik niet instappen.
⟦P|Ricardo Martina⟧""",
    ),
    (
        "id",
        """Onderwerp: kopie paspoort ⟦ID|PH41WZK93⟧ – ⟦P|Vera Smit⟧
Bijlage: scan_paspoort.pdf
Zie bijlage voor de hypotheekaanvraag. Het BSN staat erop, dat heb ik afgedekt.""",
    ),
    (
        "id",
        """Voor de visumaanvraag: Belgisch paspoort ⟦ID|EN615094⟧, rijksregisternr ⟦ID|65.11.15-327.83⟧. Reizigster: ⟦P|Godelieve Janssens⟧.""",
    ),
    (
        "id",
        """Ingescande ID (tekstherkenning):
NEDERLANDSE IDENTITEITSKAART
Naam/Surname ⟦P|V1SSER⟧
Voornamen ⟦P|Anna Maria⟧
Documentnummer ⟦ID|TL1JRB57O⟧
Geboortedatum ⟦DOB|12 MRT/MAR 1988⟧
Is dit goed genoeg voor de huurcheck?""",
    ),
    (
        "id",
        """Salam, raqm dyal BSN dyali ⟦BSN|811732964⟧, 3afak bdlo l'adresse f dossier dyali, ana daba f ⟦A|Vinkenstraat 39⟧, ⟦PC|3817 RG⟧ ⟦L|Amersfoort⟧. Shukran. ⟦P|Fatima Ziani⟧""",
    ),
    (
        "id",
        """Gastenlijst teamuitje (graag voor de check-in):
| Naam | ID-type | Nummer |
| ⟦P|Joris Bakx⟧ | paspoort | ⟦ID|EK7TD2M65⟧ |
| ⟦P|Mila Stam⟧ | ID-kaart | ⟦ID|CA4LG69S2⟧ |
| ⟦P|Ferhat Demir⟧ | rijbewijs | ⟦ID|7206948180⟧ |
Reservering ⟪ID|HTL-550912⟫""",
    ),
    (
        "id",
        """Automatische notitie gesprek schadeloket: klant noemt rijbewijsnummer ⟦ID|twee negen vier zes vijf twee vijf twee twee nul⟧ en polisnummer ⟦C|AV-3390127⟧ klant wil teruggebeld worden na vijf uur""",
    ),
    # ------------------------------------------------------------------ mixed
    (
        "mx",
        """Ticket hosting – migratie
Klant: ⟦P|Sven Brugman⟧ (eenmanszaak ⟦P|Brugman⟧ Webdesign, KvK ⟪ID|⟦KVK|81447203⟧⟫, btw ⟦BTW|NL230438198B02⟧)
De SSH-sleutel heeft passphrase ⟦CR|de oude mast bij Ruinerwold⟧ (ja, met spaties)
Mijn thuis-IP voor de whitelist: ⟦IP|84.104.217.39⟧
Graag vandaag nog.""",
    ),
    (
        "mx",
        """Beste huurders, mijn bankrekening is gewijzigd. Vanaf mei graag de huur overmaken naar ⟦IBAN|NL09 BUNQ 3535 1312 44⟧ t.n.v. ⟦P|H.J. Vreugdenhil⟧. Het oude nummer vervalt.""",
    ),
    (
        "mx",
        """Retour van bestelling ⟪ID|300412987⟫ — graag het bedrag terugstorten op ⟪ID|⟦IBAN|nl63asnb8067552496⟧⟫ (andere rekening dan waarmee ik betaalde). ⟦P|Floor Jansma⟧, ⟦A|Tjalk 33⟧, ⟦PC|8232 LS⟧ ⟦L|Lelystad⟧""",
    ),
    (
        "mx",
        """Rechnung 2025-07 für Übersetzungen – bitte überweisen auf ⟦IBAN|DE95 2746 5957 7974 6612 38⟧, Kontoinhaberin ⟦P|Birgit Lorenz⟧. Die Steuer-ID reiche ich nach. Danke!""",
    ),
    (
        "mx",
        """Proszę przelać wypłatę na moje polskie konto: ⟦IBAN|PL83 3725 0345 3427 6964 2467 2695⟧. Dziękuję. ⟦P|Tomasz Wróbel⟧, nr pracownika ⟦C|U-5583⟧""",
    ),
    (
        "mx",
        """Remboursement de la caution svp sur ⟦IBAN|FR71 2601 2160 2327 0196 2290 995⟧. L'appartement est vide depuis samedi, les clés sont dans la boîte aux lettres. ⟦P|Amélie Garnier⟧""",
    ),
    (
        "mx",
        """Opzegging lidmaatschap sportschool
Lidnummer: ⟦C|SF-553019⟧
Naam: ⟦P|Bas Hoogeveen⟧
Geboortedatum: ⟦DOB|22-12-1990⟧
Graag de incasso stoppen per 1 juni.
Reden: verhuisd naar ⟦L|Zwolle⟧.""",
    ),
    (
        "mx",
        """Meterstanden doorgeven lukt niet. Klantnummer ⟦C|E-5028871⟧, EAN-code aansluiting ⟪ID|871687140012345678⟫, adres ⟦A|Bilderdijkstraat 77-II⟧, ⟦PC|1053 KM⟧ ⟦L|Amsterdam⟧. Stand normaal 04812, dal 03377.""",
    ),
    (
        "mx",
        """Ik wil het abonnement van mijn overleden vader ⟦P|Jan Wolterink⟧ overzetten op mijn naam. Zijn klantnummer ⟦C|51960374⟧, mobiel nummer ⟦T|06-23117490⟧. De ⟪CR|pincode⟫ van zijn telefoon weet ik niet, kan het toestel toch blijven werken? ⟦P|Ellen Wolterink⟧""",
    ),
    (
        "mx",
        """Sollicitatie magazijnmedewerker – ⟦P|Ayşe Yavuzoğlu⟧, geboren ⟦DOB|03-09-1999⟧, ⟦T|06 37 72 18 40⟧, profiel: ⟦U|https://www.linkedin.com/in/ayse-yavuzoglu-99⟧. Ik heb een heftruckcertificaat en ⟪ID|rijbewijs B⟫.""",
    ),
    (
        "mx",
        """Schademelding: aanrijding op de parkeerplaats van de supermarkt. Tegenpartij ⟦P|R. Schuurman⟧, kenteken ⟦LP|GH-207-K⟧, polisnummer ⟦C|AP-4471820⟧. Mijn auto ⟦LP|81-TRZ-6⟧. Bellen kan op ⟦T|06 1180 4412⟧.""",
    ),
    (
        "mx",
        """Dag ⟦P|Patrick⟧, de huur van april komt een week later, mijn loon is nog niet binnen. Ik stort vanaf mijn nieuwe rekening ⟦IBAN|BE83 3612 4753 7315⟧. Sorry! ⟦P|Jana⟧ (⟦A|Vlasstraat 12 bus 2⟧)""",
    ),
    (
        "mx",
        """Hi ⟦P|Marco⟧! Welcome to Utrecht. The front door keypad code is ⟦CR|2417⟧ and then press #. Wifi "⟪CR|CanalView⟫", password ⟦CR|stroopwafel4ever⟧. Check-out 11:00. Booking ref ⟪CR|HMX4KR29PT⟫ if you need support. — ⟦P|Ineke⟧""",
    ),
    (
        "mx",
        """Kunnen jullie mijn account verwijderen? E-mail ⟦E|bram.tuinstra@proton.me⟧, laatst ingelogd vanaf ⟦IP|2a02:a46b:1c3e:0:8d2f:77a1:5e0c:19b4⟧. Ik heb geen openstaande facturen.""",
    ),
    (
        "mx",
        """Beste meester ⟦P|Joost⟧, ⟦P|Liam⟧ is zijn inlog voor de leesapp kwijt. Leerlingnummer ⟦C|208314⟧, het wachtwoord was volgens hem ⟦CR|voetbal2015⟧ maar hij is 9 dus wie weet 😅 Groet, ⟦P|Sandra Veldhuis⟧""",
    ),
    (
        "mx",
        """Nieuwe telefoon voor ⟦P|Karin de Wolf⟧ klaarzetten graag:
- Apple ID: ⟦E|karin.dewolf@me.com⟧
- pincode toestel: ⟦CR|270364⟧
- wifi kantoor gaat automatisch via MDM
- oude toestel (serienr ⟪CR|F2LXK9PQHG7F⟫) mag naar de recycling""",
    ),
    (
        "mx",
        """[Chat 16:02] Klant: ik zie een afschrijving van 249,00 naar ⟦IBAN|NL32 TRIO 0292 0924 58⟧ die ik niet ken
[16:03] Medewerker ⟦P|Jeroen⟧: Ik kijk mee. Kunt u de laatste 4 cijfers van uw pas geven?
[16:03] Klant: ⟪CR|1188⟫
[16:04] Klant: en mijn pincode is ⟦CR|3306⟧ als dat helpt
[16:04] Medewerker ⟦P|Jeroen⟧: Deel uw pincode nooit, ook niet met ons. Ik blokkeer de pas nu.""",
    ),
    (
        "mx",
        """Hoi ⟦P|Priscilla⟧, hierbij mijn gegevens voor het contract bij de opdrachtgever: ⟦A|Burgemeester Visserlaan 9⟧, ⟦PC|2282 GT⟧ ⟦L|Rijswijk⟧, geboren ⟦DOB|7 juli 1985⟧. Kopie paspoort volgt. ⟦P|Dwayne Pinas⟧""",
    ),
    (
        "mx",
        """Claim reisverzekering, polis ⟦C|RV-3318207⟧: tijdens de wintersport heb ik mijn ⟦H|pols gebroken⟧, de rekening van het ziekenhuis in Innsbruck zit in de bijlage. Uitbetalen op ⟦IBAN|NL94BUNQ4438416121⟧. ⟦P|Thijs Roelofs⟧""",
    ),
    (
        "mx",
        """Teams-export die ik moet bewaren voor de audit:
[09:14] ⟦P|Sander Kok⟧: wie heeft het wachtwoord van de Instagram van de zaak?
[09:15] ⟦P|Naomi Wester⟧: ⟦CR|Bakkerij#Kok1981⟧
[09:15] ⟦P|Naomi Wester⟧: de 2FA-code gaat naar mijn telefoon, zeg maar als je hem nodig hebt
[09:22] ⟦P|Sander Kok⟧: ⟦CR|550 219⟧ is er net binnengekomen?
[09:22] ⟦P|Naomi Wester⟧: ja die""",
    ),
    (
        "mx",
        """Aanvraag bewonersvergunning: kenteken ⟦LP|K-771-NB⟧, adres ⟦A|Graaf Florisstraat 62b⟧, ⟦PC|3021 CK⟧ ⟦L|Rotterdam⟧. Ik ben ⟦P|Mohamed Aziz⟧, ⟦E|m.aziz1988@outlook.com⟧.""",
    ),
    (
        "mx",
        """Dag, ik kreeg een brief van het ziekenfonds over de terugbetaling na mijn ⟦H|knieoperatie⟧. Mijn rijksregisternummer: ⟦ID|97.10.03-993.54⟧, lidnummer ⟪ID|⟦C|310-4471902-22⟧⟫. Waarom is het maar de helft?
⟦P|Bram Verhaegen⟧""",
    ),
    (
        "mx",
        """Hey team, our former employee ⟦P|Kyle Brennan⟧ still has admin on the workspace. His last known password was ⟦CR|Sunset_Blvd_77⟧ (he wrote it on a post-it, great). Please force a reset and revoke token ⟦CR|xoxp-4417-88120-55310-9c2e7b1a4f6d⟧. Workspace ⟪CR|acme-nl⟫.""",
    ),
    (
        "mx",
        """Ik heb per ongeluk overgemaakt naar NL12RABO0123456789 (typfout), het moest ⟪ID|⟦IBAN|NL88RABO1238062045⟧⟫ zijn. Kunnen jullie de betaling terughalen? Bedrag 415,00. ⟦P|Joyce Brink⟧""",
    ),
    (
        "mx",
        """Babamın emekli maaşı için: hesap ⟦IBAN|TR02 6266 7453 7196 1343 7113 94⟧, ad ⟦P|Hüseyin Çelik⟧. Hij woont nu weer in ⟦L|Kayseri⟧, post kan naar mijn adres ⟦A|Anjerstraat 4⟧, ⟦PC|7552 HX⟧ ⟦L|Hengelo⟧.""",
    ),
    (
        "mx",
        """De printer op de 2e verdieping accepteert mijn badge niet meer. Mijn ⟪CR|printcode⟫ werkt ook niet, personeelsnummer ⟦C|71538⟧. Printer ⟪CR|KM-C458-02⟫, storing sinds gisteren.""",
    ),
    (
        "mx",
        """Graag de factuur op naam van mijn eenmanszaak: ⟦P|Eline Groot⟧ Fotografie, KvK ⟪ID|⟦KVK|73310458⟧⟫, btw-id ⟦BTW|NL315170263B03⟧. Factuur ⟪ID|INV-2025-0318⟫ mag opnieuw, het adres klopte niet.""",
    ),
    (
        "mx",
        """Ik ben ziek thuis met ⟦H|griep⟧ en kan niet bij mijn mail. Kunnen jullie de automatische afwezigheid aanzetten? Mijn inlog is ⟦P|t.vanes⟧, het ⟪CR|wachtwoord staat in mijn agenda⟫ op kantoor. Dank, ⟦P|Tim van Es⟧""",
    ),
    (
        "mx",
        """Voor de huurcheck: ⟦P|Niek Bosman⟧ en ⟦P|Lara Bosman⟧, ⟦A|Wilhelminapark 3⟧, ⟦PC|6711 AL⟧ ⟦L|Ede⟧. Telefoon ⟦T|+31 6 20 91 44 83⟧, mail ⟦E|niek.lara@gmail.com⟧.""",
    ),
    # ------------------------------------------------------------------ look-alikes only
    (
        "lk",
        """Beste collega's,
Vanaf 1 mei gelden nieuwe regels: wachtwoorden minimaal ⟪CR|14 tekens⟫, geen ⟪CR|Welkom01⟫-achtige combinaties en elke 180 dagen wijzigen. Je krijgt een mail met een resetlink; vul je wachtwoord nooit in op een andere site dan ⟪CR|login.intranet.local⟫.
Servicedesk""",
    ),
    (
        "lk",
        """Wij vragen u NOOIT om uw ⟪CR|pincode⟫, inlogcode of een code uit de app door te geven, ook niet via de telefoon. Twijfelt u? Hang op en bel ons terug op het nummer op uw pas.""",
    ),
    (
        "lk",
        """Release ⟪CR|2.18.4⟫ (build ⟪CR|20250311.2⟫)
- Fix: gebruikers met een wachtwoord van precies 64 tekens konden niet inloggen (⟪CR|BUG-4471⟫)
- Nieuw: ondersteuning voor passkeys
- Token-verloop ingesteld op ⟪CR|3600⟫ seconden""",
    ),
    (
        "lk",
        """Zo zet je de koppeling op:
export API_KEY=⟪CR|<jouw-api-sleutel>⟫
export API_SECRET=⟪CR|<password>⟫
curl -u ⟪CR|$API_KEY:$API_SECRET⟫ https://api.voorbeeld.nl/v1/orders
Je sleutel vind je onder Instellingen > Integraties.""",
    ),
    (
        "lk",
        """Op het scherm staat: Gebruiker: ⟦P|h.demir⟧ — Wachtwoord: ⟪CR|••••••••⟫ — "Onthoud mij" aangevinkt. Kan ik zien welk wachtwoord er is opgeslagen? Ik ben het vergeten.""",
    ),
    (
        "lk",
        """Bedankt voor je bestelling! Ordernummer ⟪ID|1029384756⟫, factuurnummer ⟪ID|F-2025-118320⟫. Je ⟪CR|ophaalcode⟫ ontvang je per sms zodra het pakket klaarligt.""",
    ),
    (
        "lk",
        """Windows-update blijft hangen op 47% met foutcode ⟪CR|0x80070005⟫. Daarna vraagt hij om de ⟪CR|pincode⟫ maar die werkt niet meer?? Heb ik update ⟪CR|KB5034441⟫ nodig?""",
    ),
    (
        "lk",
        """Beste ouders, de leerlingen krijgen vanaf maandag een nieuw paswoord voor het schoolplatform. Het bestaat uit ⟪CR|8 tekens⟫ en staat op het briefje in de boekentas. Paswoord kwijt? Mail het secretariaat, nooit de leerkracht.""",
    ),
    (
        "lk",
        """Ons nieuwe afhaalpunt: ⟪CR|1013 KP⟫ Amsterdam, Westerdok 120. Open ma-za 9-18u. Neem je bestelnummer mee (begint met ⟪CR|WS-⟫).""",
    ),
    (
        "lk",
        """Alleen dit weekend: 20% korting met code ⟪CR|LENTE20⟫! Geldig op alles behalve cadeaukaarten.""",
    ),
    (
        "lk",
        """Teams-vergadering morgen 10:00 over de migratie. Vergadering-ID: ⟪CR|384 119 502 77⟫. Neem je laptop mee, de wifi-gegevens hangen in de vergaderzaal.""",
    ),
    (
        "lk",
        """Op 1 juni vervallen alle API-sleutels die vóór 2023 zijn aangemaakt. Maak in het dashboard een nieuwe sleutel aan en vervang ⟪CR|sk_live_••••3f9a⟫ in je integratie.""",
    ),
    (
        "lk",
        """Mijn pakket met trackingnummer ⟪ID|3SKABC482910377⟫ is al 5 dagen onderweg. Bestelnummer ⟪ID|204817366⟫. Wanneer komt het?""",
    ),
    (
        "lk",
        """Bij het uploaden van je identiteitsbewijs moet het ⟪ID|documentnummer⟫ goed leesbaar zijn. Maak je ⟪ID|BSN⟫ onleesbaar met de KopieID-app. Een kopie van je ⟪ID|rijbewijs⟫ accepteren we niet.""",
    ),
    (
        "lk",
        """Product: draadloze deurbel, EAN ⟪ID|8719327451260⟫, serienummer ⟪ID|DB7O29K41⟫. Werkt niet meer na de update, valt dat onder de garantie?""",
    ),
    (
        "lk",
        """Gelieve te betalen met gestructureerde mededeling ⟪ID|+++090/4417/28350+++⟫ voor factuur ⟪ID|VF25-03318⟫. Vragen? Bel onze boekhouding.""",
    ),
    (
        "lk",
        """Klantenservice bereikbaar op ⟪ID|088 204 7730⟫ (ma–vr). Voor storingen: ⟪ID|0800 022 1174⟫. Houd uw klantnummer bij de hand.""",
    ),
    (
        "lk",
        """Ik zit sinds februari in de ⟪CR|WW⟫ en wil weten of mijn vakantiegeld nog door jullie wordt uitbetaald of door het UWV.""",
    ),
    (
        "lk",
        """Onze server draait nog op PHP ⟪CR|7.4.33⟫ en MariaDB ⟪CR|10.3.39⟫. Kunnen jullie upgraden? Pakket ⟪CR|WEB-XL-2209⟫, contract loopt tot 2026.""",
    ),
    (
        "lk",
        """Vraag een token op via POST /oauth/token met grant_type=client_credentials. Het ⟪CR|access_token⟫ is ⟪CR|15 minuten⟫ geldig; zet het nooit in je broncode.""",
    ),
    (
        "lk",
        """Ik weet mijn wachtwoord niet meer, het was ⟪CR|de naam van mijn eerste hond met mijn geboortejaar⟫ maar dat werkt niet. Kunnen jullie een resetlink sturen?""",
    ),
    (
        "lk",
        """Incasso-machtiging: Incassant-ID ⟪ID|NL62ZZZ302817450000⟫, kenmerk machtiging ⟪ID|MND-0049182⟫. De eerste afschrijving is rond de 28e.""",
    ),
    (
        "lk",
        """Uw melding is geregistreerd onder nummer ⟪ID|INC0048213⟫. Reageer niet op deze e-mail. Log in de portal in met de gebruikersnaam en het wachtwoord van uw werkplek.""",
    ),
    (
        "lk",
        """In de training gebruiken we testaccount ⟪CR|demo@voorbeeld.nl⟫ met wachtwoord ⟪CR|Demo1234⟫. Dit account bevat geen echte gegevens en wordt elke nacht gereset. In de handleiding staat het wachtwoord als ⟪CR|********⟫.""",
    ),
    (
        "lk",
        """Gastennetwerk bibliotheek: ⟪CR|Bieb-Gast⟫, het wachtwoord staat op de balie. Printen kost 10 cent per pagina.""",
    ),
    (
        "lk",
        """Staat mijn adres goed? Bestelling ⟪CR|7741029⟫ ging naar ⟦PC|3514 AX⟧ ⟦A|Kerkstraat 5⟧ maar ik woon op 5A. ⟦P|Linda⟧""",
    ),
    (
        "lk",
        """Voor de loonaangifte gebruiken wij loonheffingennummer ⟪ID|8512.34.567.L01⟫ en aansluitnummer ⟪ID|2087341⟫. Uw persoonlijke gegevens vult u zelf in op het formulier.""",
    ),
]

TOKEN = re.compile(r"⟪([A-Z]+)\||⟫|⟦([A-Z_]+)\||⟧")
TRAP_OPEN = re.compile(r"⟪[A-Z]+\|")


def parse_with_traps(marked):
    """Return text, spans and traps; the spans must equal heldout_markup.parse of the markup."""
    out, traps, stack, pos, length = [], [], [], 0, 0
    while (m := TOKEN.search(marked, pos)) is not None:
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(1):
            stack.append((m.group(1), length))
        elif m.group(0) == "⟫":
            if not stack:
                raise SystemExit("unbalanced look-alike markup")
            cat, start = stack.pop()
            traps.append({"cat": cat, "start": start, "end": length})
        elif m.group(2):
            # the span itself is parsed by heldout_markup.parse; only its visible length counts
            end = marked.index("⟧", pos)
            out.append(marked[pos:end])
            length += end - pos
            pos = end + 1
        else:
            raise SystemExit("unbalanced span markup")
    out.append(marked[pos:])
    if stack:
        raise SystemExit("unbalanced look-alike markup")
    text, spans = parse(TRAP_OPEN.sub("", marked).replace("⟫", ""))
    if text != "".join(out):
        raise SystemExit("look-alike markup shifts the text")
    for tr in traps:
        tr["text"] = text[tr["start"] : tr["end"]]
    return text, spans, traps


def spoken(value):
    """Digits and letters that a spelled-out value stands for, or None."""
    toks = re.split(r"[\s,]+", value.strip())
    if len(toks) < 3:
        return None
    out = []
    for tok in toks:
        low = tok.lower()
        if low in DIGIT_WORDS:
            out.append(DIGIT_WORDS[low])
        elif re.fullmatch(r"[A-Za-z]|\d+", tok):
            out.append(tok.upper())
        else:
            return None
    return "".join(out)


def canon(value):
    return OCR.get(value) or spoken(value) or value


def eid_ok(d):
    return len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])


def id_format_ok(value):
    c = canon(value)
    if c in FOREIGN_IDS:
        check = CHECKSUMMED_FOREIGN.get(c)
        return check is None or check(c)
    if NL_DOC.fullmatch(c) or re.fullmatch(r"\d{10}", c):
        return True
    if EID_SHAPE.fullmatch(c):
        return eid_ok(digits(c))
    if BE_NN_SHAPE.fullmatch(c):
        return be_nn.is_valid(digits(c))
    return False


def check_message(mid, text, spans, traps):
    errs = []
    if text.count("\n") + 1 > 10:
        errs.append("more than 10 lines")
    for sp in spans:
        v, t = sp["value"], sp["type"]
        if text[sp["start"] : sp["end"]] != v:
            errs.append(f"offset mismatch {v!r}")
        if v != v.strip() or not v:
            errs.append(f"leading/trailing space {v!r}")
        err = check_value({**sp, "value": canon(v)})
        if err:
            errs.append(f"{err}: {v!r}")
        if t == "ID_DOCUMENT" and not id_format_ok(v):
            errs.append(f"ID_DOCUMENT fits no document format: {v!r}")
        if t == "CREDENTIAL":
            if CUE_START.match(v):
                errs.append(f"cue word in credential {v!r}")
            if v[0] in "\"'‘’“”([{<`*" or v[-1] in "\"'‘’“”)]}>`*.,;:?":
                errs.append(f"quote, bracket or punctuation in credential {v!r}")
        if t in ("HEALTH", "SPECIAL") and ARTICLES.match(v):
            errs.append(f"article or possessive at start of {v!r}")
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] < a["end"]:
            errs.append(f"overlapping spans {a['value']!r} / {b['value']!r}")
    cov = coverage(text, spans)
    errs += check_traps(text, cov)
    for m in re.finditer(r"(?<!\d)\d{3}[- ]?\d{7}[- ]?\d{2}(?!\d)", text):
        if not any(cov[m.start() : m.end()]) and eid_ok(digits(m.group())):
            errs.append(f"unmarked 3-7-2 group passes the eID check: {m.group()}")
    for m in re.finditer(r"(?<!\d)\d\d\.\d\d\.\d\d-\d{3}\.\d\d(?!\d)", text):
        if not any(cov[m.start() : m.end()]) and be_nn.is_valid(digits(m.group())):
            errs.append(f"unmarked national number passes its check: {m.group()}")
    for sp in spans:
        v = sp["value"]
        if len(v) < 4:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(v)}(?!\w)", text, re.I):
            if not all(cov[m.start() : m.end()]):
                errs.append(f"unmarked occurrence of {v!r}")
    for tr in traps:
        if tr["cat"] not in TRAP_TYPES:
            errs.append(f"unknown look-alike category {tr['cat']}")
            continue
        for sp in spans:
            if (
                sp["type"] in TRAP_TYPES[tr["cat"]]
                and sp["start"] < tr["end"]
                and tr["start"] < sp["end"]
            ):
                errs.append(f"look-alike {tr['text']!r} overlaps a {sp['type']} span")
        if tr["cat"] == "ID":
            t = tr["text"]
            if NL_DOC.fullmatch(t):
                errs.append(f"ID look-alike fits the Dutch document format: {t!r}")
            if re.fullmatch(r"[\d .\-/]+", t):
                d = digits(t)
                if len(d) == 9 and nl_bsn.is_valid(d):
                    errs.append(f"ID look-alike passes elfproef: {t!r}")
                if len(d) == 11 and be_nn.is_valid(d):
                    errs.append(f"ID look-alike passes the national-number check: {t!r}")
                if len(d) == 12 and eid_ok(d):
                    errs.append(f"ID look-alike passes the eID check: {t!r}")
    return [f"{mid}: {e}" for e in errs]


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def overlap_errors(records):
    """Reject values and 8-word runs shared with the other sets; print only our own side."""
    files = [p for p in sorted(HERE.glob("*.jsonl")) if p.resolve() != OUT.resolve()]
    files += sorted(SHARED_EVAL.glob("*.jsonl"))
    their_values, their_digits, their_grams, texts = set(), set(), set(), []
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if not isinstance(obj, dict):
                    continue
                text = obj.get("text")
                if isinstance(text, str):
                    low = text.casefold()
                    texts.append(low)
                    words = re.findall(r"\w+", low)
                    their_grams.update(tuple(words[i : i + 8]) for i in range(len(words) - 7))
                    for m in re.finditer(r"\d(?:[ .\-/]?\d)*", text):
                        for d in {digits(m.group()), *re.findall(r"\d+", m.group())}:
                            if len(d) >= 6:
                                their_digits.add(d)
                for sp in obj.get("spans") or []:
                    if isinstance(sp, dict) and isinstance(sp.get("value"), str):
                        their_values.add(norm(sp["value"]))
                        d = digits(sp["value"])
                        if len(d) >= 6:
                            their_digits.add(d)
    big = "\n".join(texts)
    errs = []
    for rec in records:
        for sp in rec["spans"]:
            v, t = sp["value"], sp["type"]
            if t not in IDENTIFYING and not (t == "PERSON" and " " in v.strip()):
                continue
            hit = norm(v) in their_values
            if not hit and len(v) >= 6:
                hit = re.search(rf"(?<!\w){re.escape(v.casefold())}(?!\w)", big) is not None
            d = digits(canon(v))
            if not hit and len(d) >= 6:
                hit = d in their_digits
            if hit:
                errs.append(f"{rec['id']}: value also occurs in another set: {v!r}")
        words = re.findall(r"\w+", rec["text"].casefold())
        for i in range(len(words) - 7):
            gram = tuple(words[i : i + 8])
            if gram in their_grams:
                errs.append(f"{rec['id']}: eight words shared with another set: {' '.join(gram)!r}")
                break
    return errs


def main():
    records, errors, trap_count, per_prefix = [], [], Counter(), Counter()
    for prefix, marked in RAW:
        per_prefix[prefix] += 1
        mid = f"{prefix}-{per_prefix[prefix]:02d}"
        text, spans, traps = parse_with_traps(marked)
        errors += check_message(mid, text, spans, traps)
        trap_count.update(tr["cat"] for tr in traps)
        records.append({"id": mid, "text": text, "request": None, "spans": spans})
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    errors += overlap_errors(records)
    if errors:
        for e in errors:
            print(e)
        sys.exit(1)
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    types = Counter(sp["type"] for r in records for sp in r["spans"])
    print(f"wrote {OUT} ({len(records)} messages: {dict(per_prefix)})")
    print("spans:", dict(types.most_common()), "total", sum(types.values()))
    print("look-alikes:", dict(trap_count), "total", sum(trap_count.values()))


if __name__ == "__main__":
    main()
