"""Build sensitive_heldout3.jsonl from inline-annotated messages.

Third held-out set for privacywacht aimed at the most harmful categories, CREDENTIAL, HEALTH,
SPECIAL, ID_DOCUMENT and BSN, with look-alikes that must stay unmarked, in situations that the
first two sensitive sets do not list: HR and payroll desks (sick leave, re-integration, arbo,
biometric time clocks), university and MBO student administration, municipal social services
(bijstand, schuldhulp), airlines and travel agencies (special assistance, visas, passenger data),
e-health portals and pharmacy apps, hospital billing, a pet-insurance / health-insurance mix-up,
elderly care and thuiszorg, childcare (kinderopvang), driving schools and CBR declarations,
notary and lawyer intake, church, mosque and club administration, a trade-union helpdesk,
dating-app support, a security company's alarm codes, smart-lock and home-automation support,
password managers and 2FA recovery, developer tickets with pasted .env, YAML, INI and JSON
snippets, connection strings, curl commands and SSH passphrases, voice-to-text transcripts of
phone calls (no punctuation, numbers spelled as words), OCR'd scanned forms (with OCR noise),
forwarded e-mail threads with quoted replies, Slack/Teams-style chat exports, English-Dutch
mixed messages and Flemish messages. All other personal data in the messages is marked as well
(names, addresses, phone numbers, e-mail addresses, IBANs, customer ids, birth dates, ...).

Written blind: the author read only benchmarks/data/heldout_markup.py (the markup parser and the
checksum helpers reused here) and the module docstrings of
benchmarks/data/build_sensitive_heldout.py and benchmarks/data/build_sensitive_heldout2.py (their
annotation conventions, output format and overlap check, followed here unchanged), not their
texts. The author did not read the detectors, models, tests or bot code (pipelines/, models/,
tests/, bot/), nor the contents of any .jsonl file or of /work/shared/eval, and ran no
privacywacht detector, CLI or pipeline on these texts. Every text, name and number was invented
for this set; checksum values (BSN, IBAN, Belgian national and eID card numbers) were generated
valid with python-stdnum, and unmarked numbers that imitate them fail their checksum. The other
sets are opened only by this script, to reject overlap: a marked value of an identifying type
(numbers, codes, e-mail addresses, phone numbers, full names, passwords) that occurs in
benchmarks/data/*.jsonl or /work/shared/eval/*.jsonl, or a run of eight words shared with one of
their texts, stops the build and only the colliding value (or words) of this set is printed.

Text types (Dutch, some Flemish and English, some mixed), 1-12 lines each:

  cr-01..cr-42  credentials: payroll, student and union portals, MFA backup and recovery codes,
                alarm user/duress codes and verification code words, smart-lock keypad and
                guest codes, password-manager recovery keys, .env/YAML/INI/JSON snippets,
                connection strings, curl bearer tokens, SSH passphrases, passwords in URLs and
                tables, spelled-out PINs in call transcripts, OCR'd PIN fields, a childcare
                pick-up code word, key-safe codes in home care, BitLocker recovery keys,
                credentials in e-mail subjects and chat exports, passwords spelled letter by
                letter and codes given without any keyword
  hl-01..hl-36  health: sick leave and re-integration to an employer, arbo advice, exam
                facilities, medication at an internship, bijstand and schuldhulp, airline
                assistance and oxygen, portal lab results, pharmacy-app orders, hospital bills,
                a pet/human insurance mix-up, thuiszorg, childcare allergies and seizures, CBR
                declarations, notary intake, dating-app leaks, call transcripts, OCR'd claim
                forms, forwarded HR mails, chat exports, Flemish home nursing and birth bills
  sp-01..sp-29  special categories: leaving a parish, mosque association contributions, union
                cadre and union dues, party membership and council seats, religious holidays at
                work and university, a Sikh traveller, strict Reformed elderly care, sexual
                orientation at work and on a dating app, criminal data at a lawyer, childcare,
                driving school, social services, ESTA, notary and sports club, ethnicity in
                home care and on the shop floor, biometric data (face scan, fingerprint in a
                smart lock, palm scan of a time clock, voice profile)
  id-01..id-22  identity documents and BSN: payroll onboarding, residence permits, bijstand,
                advance passenger information, visa invitations, CBR and Belgian driving
                licences, notary deeds, hospital bills, pharmacy apps, childcare benefit, OCR'd
                forms, spelled-out BSN in a transcript, chat exports, OCMW forms with
                rijksregisternummer and eID card number, forwarded travel mails, foreign ID
                cards and passports, numbers in file paths, dating-app ID verification
  lk-01..lk-13  look-alikes only: newsletters, release notes, HR and municipal policies, church
                and union news, product pages, airline information, CI tickets, shop ads,
                driving-licence information, dating-app guidelines, a security company notice

Markup: ⟦TYPE|value⟧ marks a span (aliases of heldout_markup: P E T A PC L LP ID CC IP DOB CR H
S C U). ⟪CAT|text⟫ marks a look-alike (CAT one of CR, H, S, ID: the category it imitates); the
markers are removed, counted and checked (a look-alike never overlaps a span of the category it
imitates, for ID neither ID_DOCUMENT nor BSN) and not written to the JSONL. Every JSON line is
{"id", "text", "request": null, "spans": [{"start", "end", "type", "value"}]}.

Conventions are those of build_sensitive_heldout.py and build_sensitive_heldout2.py. Additions
used here:
- A BSN, PIN, code or phone number spelled out in words in a transcript is marked as worded
  ("⟦BSN|vijf zes ...⟧"); the BSN checksum is computed on the digits the words stand for.
- A password equal to a birth date or a postcode is CREDENTIAL only.
- A username inside a URL or connection string that is built from a person's name is PERSON;
  the rest of a technical URL, host names and private network names are unmarked.
- A code word agreed with a childcare centre or a security company to authenticate a person
  is CREDENTIAL.
- A measured value about a person (blood pressure, HbA1c) and a side effect are HEALTH as
  worded; a biometric capability of a product (palm or face recognition) is a look-alike, the
  stored scan of a person is SPECIAL.
- Foreign identity documents after a cue are ID_DOCUMENT; they are listed in FOREIGN_IDS.

Checks: those of the earlier builders (exact offsets, heldout_markup checksums and trap check,
ID_DOCUMENT formats, unmarked 3-7-2 digit groups failing the eID check, no cue word, quote or
bracket in CREDENTIAL values, no article or possessive at the start of HEALTH and SPECIAL
values, no leading or trailing spaces, no overlapping spans, every occurrence of a marked value
of length >= 4 inside a span, look-alikes outside spans of their category) plus the overlap
check above. Any failed check is printed and aborts the run without writing the JSONL.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from heldout_markup import MARK, check_traps, check_value, coverage, digits, parse
from stdnum.be import nn as be_nn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sensitive_heldout3.jsonl")
OTHER_SETS = sorted(glob.glob(os.path.join(HERE, "*.jsonl"))) + sorted(
    glob.glob("/work/shared/eval/*.jsonl")
)

TRAP = re.compile(r"⟪(CR|H|S|ID)\|(.*?)⟫", re.S)
TRAP_TYPES = {"CR": {"CREDENTIAL"}, "H": {"HEALTH"}, "S": {"SPECIAL"}, "ID": {"ID_DOCUMENT", "BSN"}}

FOREIGN_IDS = {
    "T8264519",  # Indian passport
    "CKW493816",  # Polish ID card
    "U17394528",  # Turkish passport
}

NUMBER_WORDS = {
    "nul": "0",
    "een": "1",
    "één": "1",
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vijf": "5",
    "zes": "6",
    "zeven": "7",
    "acht": "8",
    "negen": "9",
}

CUES = {
    "ww",
    "pw",
    "pwd",
    "wachtwoord",
    "wachtwrd",
    "paswoord",
    "password",
    "pincode",
    "pin",
    "code",
    "toegangscode",
    "cvv",
    "cvc",
    "token",
    "sleutel",
    "passphrase",
    "wifi",
    "wachtwoord:",
}
ARTICLES = {
    "de",
    "het",
    "een",
    "mijn",
    "m'n",
    "zijn",
    "z'n",
    "haar",
    "hun",
    "onze",
    "ons",
    "uw",
    "jouw",
    "je",
    "the",
    "a",
    "an",
    "my",
    "his",
    "her",
    "their",
    "our",
    "your",
}

IDENTIFYING = {
    "CREDENTIAL",
    "BSN",
    "IBAN",
    "ID_DOCUMENT",
    "PHONE",
    "EMAIL",
    "CREDIT_CARD",
    "CUSTOMER_ID",
    "KVK",
    "BTW",
    "LICENSE_PLATE",
    "IP_ADDRESS",
    "PERSON",
}

# fmt: off
MESSAGES = [
# ----------------------------------------------------------------- credentials
("cr-01", """Hoi Salarisadministratie,

Sinds de overstap naar het nieuwe loonstrokenportaal kom ik er niet meer in. Gebruikersnaam ⟦P|r.demirtas⟧, het oude ww was ⟦CR|Zomerloon!88⟧ en ik heb ook ⟦CR|Zomerloon!89⟧ geprobeerd. Mijn personeelsnummer is ⟦C|30417⟧.

Groet,
⟦P|Rukiye Demirtaş⟧
Afdeling inkoop"""),

("cr-02", """Beste Studentenservice,

Mijn telefoon is vervangen en die inlog-app ging niet mee over. Op een briefje heb ik nog drie van de herstelcodes: ⟦CR|4821 7730⟧, ⟦CR|9034 1156⟧ en ⟦CR|2267 8810⟧, maar het inlogscherm zegt bij alle drie 'ongeldig'. Kunnen jullie de MFA voor studentnummer ⟦C|s2290451⟧ resetten? Vrijdag moet mijn scriptievoorstel binnen zijn.

Met vriendelijke groet,
⟦P|Jorien Hofstede⟧"""),

("cr-03", """hoi mevrouw ⟦P|Kuipers⟧
ik kan niet in het studentenportaal ik heb gister mijn wachtwoord veranderd naar ⟦CR|ajaxkampioen2006⟧ maar nu zegt hij ⟪CR|gebruikersnaam of wachtwoord onjuist⟫
mijn studentnummer is ⟦C|208833⟧ ik zit in klas 2B verzorgende IG
groetjes ⟦P|Dewi⟧"""),

("cr-04", """Geachte meldkamer,

Per vandaag wijzigen wij de gebruikerscodes van het alarmsysteem op ⟦A|Berkenlaan 41⟧, ⟦PC|8181 GB⟧ ⟦L|Heerde⟧:
- oude code: ⟦CR|5190⟧
- nieuwe code: ⟦CR|7736⟧
- dwangcode blijft ⟦CR|7737⟧
Het codewoord bij telefonische verificatie blijft '⟦CR|zwarte kater⟧'.

Met vriendelijke groet,
⟦P|H.J. Stegeman⟧
⟦T|06-41893027⟧"""),

("cr-05", """Hallo support,

Het slimme slot op onze achterdeur accepteert de keypadcode ⟦CR|246810⟧ niet meer sinds de update naar firmware 3.2.1. De gastcode die ik voor de hondenuitlaatster heb aangemaakt (⟦CR|135790⟧) werkt wel gewoon. Het account staat op ⟦E|maaike.vdheuvel@ziggo.nl⟧.

⟦P|Maaike van den Heuvel⟧"""),

("cr-06", """Ik ben het hoofdwachtwoord van mijn kluis kwijt na een lange reis. In de noodset die ik destijds heb geprint staat als herstelsleutel ⟦CR|K7QF-2MZP-88XR-W3TD-J6LN⟧. Is dat genoeg om weer toegang te krijgen? Het account is ⟦E|b.okafor@outlook.com⟧. Jullie ⟪CR|zero-knowledge-principe⟫ ken ik, dus ik snap het als het niet kan.
⟦P|Bright Okafor⟧"""),

("cr-07", """Ticket 5512 - secrets gelekt

Ik heb per ongeluk onze .env naar de publieke repo gepusht (commit a41f9c2). Graag z.s.m. roteren:

APP_ENV=production
DB_HOST=db-prod-02.intern
DB_USER=webshop
DB_PASSWORD=⟦CR|Vr8#kLq2!zTe⟧
PAYMENT_API_KEY=⟦CR|live_9fQx2Lr7TkWm4Hs1Pz8VbN3c⟧
MAIL_FROM=noreply@tuinhuisjeshop.nl

- ⟦P|Koen Wijnhoven⟧"""),

("cr-08", """Na de migratie geeft de rapportagetool 'Login failed for user'. Connectiestring uit appsettings.json:
"Server=sql03.kantoor.local;Database=Crm;User Id=⟦P|bvanloon⟧;Password=⟦CR|Hyacint-2024⟧;TrustServerCertificate=True"
Kan iemand kijken of mijn account op de nieuwe server bestaat?
⟦P|Bas van Loon⟧"""),

("cr-09", """Ik krijg 'Permission denied (publickey)' op de bastion host. Mijn key staat in ~/.ssh/id_ed25519 en de passphrase is ⟦CR|drie blauwe fietsen in de regen⟧, die typ ik echt goed. Gebruiker op de server: ⟦P|lvermeulen⟧. De fingerprint ⟪CR|SHA256:Xp4tQ8mWz1Rv7nKc2Hd0Ls9Ye6Ub3Fg5Jt8Ai2Oq1⟫ hoort bij mijn laptop.
⟦P|Lars Vermeulen⟧"""),

("cr-10", """De mails van het contactformulier van onze bakkerij komen niet meer aan. Dit is de config die de vorige websitebouwer heeft achtergelaten:

mail:
  host: smtp.mailprovider.nl
  port: 587
  username: ⟦E|hennie@bakkerijscholtmeijer.nl⟧
  password: ⟦CR|Krentenbol77⟧

Kunnen jullie zien wat er mis is? ⟦P|Hennie Scholtmeijer⟧, ⟦T|06 1937 4520⟧"""),

("cr-11", """Bij het debuggen van onze app zie ik dit letterlijk in de logregel van /auth/refresh:
{"user": "⟦E|tim.koster88@gmail.com⟧", "access_token": "⟦CR|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0ODIxIn0.Qm7pX2vL9sKd4Rz1Tn8Wc3Yb6Hf0Jg5Ue2Ai7Oo4Mk⟧", "expires_in": 3600}
Is het de bedoeling dat het token van een gebruiker zo in de logs belandt? Het is mijn eigen testaccount, maar toch."""),

("cr-12", """De camera in de schuur geeft alleen beeld als ik deze link gebruik: http://camera-schuur.local/video.cgi?user=admin&pwd=⟦CR|Kippenhok2021⟧ - in de app blijft het scherm zwart. Wat doe ik fout? Groet, ⟦P|Gerrit Zijlstra⟧"""),

("cr-13", """[automatisch transcript] ja goedemiddag u spreekt met ⟦P|gerda blom⟧ ik bel omdat mijn pas geblokkeerd is ik heb drie keer de verkeerde pincode ingetoetst ik dacht dat het ⟦CR|negen een een vier⟧ was maar misschien is het ⟦CR|negen een vier een⟧ ik weet het echt niet meer mijn geboortedatum is ⟦DOB|twaalf maart negentien vierenvijftig⟧ en ik woon op de ⟦A|lijsterbesstraat zeventien⟧ in ⟦L|assen⟧"""),

("cr-14", """#marketing - export 14-03
[09:14] ⟦P|Femke⟧: wie weet het wachtwoord van ons LinkedIn-bedrijfsaccount?
[09:15] ⟦P|Youssef⟧: ⟦CR|Bedrijfsuitje#2023⟧ tenzij ⟦P|Anouk⟧ het weer veranderd heeft
[09:16] ⟦P|Anouk⟧: nope, klopt nog
[09:16] ⟦P|Femke⟧: thx!"""),

("cr-15", """---------- Doorgestuurd bericht ---------
Van: ⟦P|Wessel Aarts⟧ <⟦E|wessel.aarts@hotmail.com⟧>
Aan: info@cijferwerk-admin.nl
Onderwerp: aangifte 2024

Hoi, hierbij mijn DigiD zodat jullie de aangifte kunnen doen. Gebruikersnaam ⟦C|tulpenveld62⟧, wachtwoord ⟦CR|Belasting-2024!⟧. Sms-controle staat uit.

> Beste heer ⟦P|Aarts⟧, wij mogen niet met uw DigiD inloggen. Vraagt u alstublieft een ⟪CR|DigiD-machtiging⟫ aan.
> ⟦P|Ingrid Mollema⟧"""),

("cr-16", """Help, iemand heeft mijn profiel overgenomen en het wachtwoord veranderd. Mijn oude wachtwoord was ⟦CR|Liefde4ever!⟧ en ik heb dat nergens anders gebruikt (denk ik). Jullie sturen een sms-code naar ⟦T|06 51 37 90 24⟧, de laatste was ⟦CR|604218⟧ maar die werd niet geaccepteerd. Profielnaam: ⟦C|zonnebloem_030⟧."""),

("cr-17", """Hi team, my phone got stolen on the train last night, including the 2FA app. I still have my recovery codes from when I set it up:
⟦CR|rq7k-2p9w⟧
⟦CR|m3x8-t1zh⟧
⟦CR|v6cd-05nj⟧
Username: ⟦C|quietfox_77⟧, email ⟦E|h.lindqvist@proton.me⟧. Thanks, ⟦P|Hanna Lindqvist⟧"""),

("cr-18", """Bericht voor team Noord: de code van het sleutelkastje bij mevrouw ⟦P|Terpstra⟧ (⟦A|Kloosterstraat 8⟧) is door haar zoon veranderd. Nieuwe code ⟦CR|3914⟧, draaien tot je een klik hoort. Vanaf maandag krijgt ze ook 's avonds ⟦H|insuline⟧, zie het zorgdossier.
- ⟦P|Marloes⟧, wijkverpleegkundige"""),

("cr-19", """Dag juf ⟦P|Sietske⟧, vrijdag haalt mijn zus ⟦P|Lotte Brouwer⟧ ⟦P|Bram⟧ op. Ze kent het afgesproken codewoord, ⟦CR|pannenkoekenhuis⟧, dus dan weten jullie dat het klopt. Ze is te bereiken op ⟦T|06-28475103⟧. Groetjes, ⟦P|Evi⟧ (moeder van ⟦P|Bram⟧)"""),

("cr-20", """Mijn vader (87) krijgt zijn mail niet meer binnen op zijn tablet. Zo staat het ingesteld:
[account]
naam = ⟦P|Hendrik Jonker⟧
adres = ⟦E|h.jonker1937@kpnmail.nl⟧
wachtwoord = ⟦CR|Boerderij1958⟧
imap = imap.kpnmail.nl
Ik ben zijn dochter ⟦P|Wilma⟧, bereikbaar op ⟦T|0628193746⟧."""),

("cr-21", """Pap, ik heb de tablet opnieuw ingesteld. Als het scherm op zwart gaat en hij vraagt iets, tik je ⟦CR|271047⟧ in. Voor de bank-app is alles hetzelfde gebleven. En niet op een geeltje op de tablet zelf plakken he 😉"""),

("cr-22", """Mijn jaaropgave komt als beveiligde pdf. In de mail staat: ⟪CR|het wachtwoord is uw geboortedatum in de vorm DDMMJJJJ⟫. Ik heb ⟦CR|14071988⟧ ingevuld maar dat werkt niet. Kan het zijn dat bij jullie een verkeerde geboortedatum staat? Personeelsnummer ⟦C|70215⟧, ⟦P|Sven Hoekstra⟧."""),

("cr-23", """Hoi! Ik kan niet in de online theorie-omgeving van de rijschool. Ik log in met ⟦E|milou.vos2007@gmail.com⟧ en pw ⟦CR|RijlesMilou!⟧. Mijn praktijkexamen is over 3 weken dus ik moet nog oefenen 🙏 ⟦P|Milou⟧"""),

("cr-24", """Beste leden van de biljartvereniging,

Na de inbraak is het slot van het clubhuis vervangen. De nieuwe deurcode is ⟦CR|1958#⟧ en de code van het alarm ⟦CR|4402⟧. Deel deze alsjeblieft niet in de app-groep.

⟦P|Kees Doornbos⟧, secretaris"""),

("cr-25", """Goedendag, ik wilde in het patiëntenportaal de nota van de ⟦H|MRI van mijn knie⟧ bekijken, maar de sms-code ⟦CR|590316⟧ werd telkens afgewezen. Nu ligt er een aanmaning van 412 euro op de mat. Patiëntnummer ⟦C|4471902⟧, ⟦P|Annelies Groothuis⟧."""),

("cr-26", """De apotheek-app vraagt sinds de update een pincode van 5 cijfers. Ik heb ⟦CR|19283⟧ ingesteld, maar na afsluiten wordt die niet herkend. Ik wil alleen mijn herhaalrecept ⟦H|levothyroxine⟧ bestellen. ⟦P|Gonny Wassink⟧"""),

("cr-27", """Mijn moeder is ⟦H|slechtziend⟧ en kan zelf niet inloggen op het portaal van de huisartsenpraktijk. Ze heeft mij haar gegevens gegeven: ⟦E|tinekedejager@live.nl⟧ / ⟦CR|Roosje1951⟧. Mag ik namens haar een afspraak maken? ⟦P|Jeroen de Jager⟧"""),

("cr-28", """Dag,
Ik geraak niet meer op het loonportaal van ons sociaal secretariaat. Mijn login is ⟦C|WN-58213⟧ en mijn paswoord ⟦CR|Kortrijk#2022⟧, maar ik krijg telkens 'account vergrendeld'. Ik heb dringend mijn fiscale fiche nodig. Rijksregisternummer ⟦ID|86.01.30-930.80⟧.
Mvg,
⟦P|Pieter-Jan Declercq⟧"""),

("cr-29", """[11:02] ⟦P|Thijs de Rover⟧
kan iemand me in de staging-database helpen, mijn account werkt niet
[11:03] ⟦P|Mirthe Kok⟧
gebruik deze maar even: postgres://app:⟦CR|St4gingOnly_x2⟧@staging-db:5432/app
[11:03] ⟦P|Mirthe Kok⟧
en niet in git zetten 😅"""),

("cr-30", """[OCR scan - aanvraag toegangspas]
Naarn medewerker: ⟦P|Boukje Hiemstra⟧
Persone1snr.: ⟦C|88120⟧
Afdeling: Facilitair
Gewenste pincode pas (4 cijf.): ⟦CR|6 0 3 9⟧
Handtekening: ........"""),

("cr-31", """Goeiemiddag, ge moogt de code van ons alarm aanpassen, de poetsvrouw heeft de oude doorgegeven aan iemand anders. Nu is het ⟦CR|1830⟧, dat mag ⟦CR|9642⟧ worden. Wij wonen ⟪S|⟦A|Kapelleveld 12⟧⟫, ⟦PC|9230⟧ ⟦L|Wetteren⟧. Groetjes, ⟦P|Hilde Verhaeghe⟧, ⟦T|0478 61 29 04⟧"""),

("cr-32", """Home Assistant kan sinds vannacht niet meer met de MQTT-broker praten. Uit configuration.yaml:

mqtt:
  broker: mqtt.thuis.lan
  username: ⟦P|ruud⟧
  password: ⟦CR|thuis-Auto-8812⟧

De log zegt 'Connection refused: not authorised'. ⟦P|Ruud Brinkman⟧"""),

("cr-33", """Voor het computerspreekuur in de bieb morgen om 14.00: ik neem mijn laptop mee, die maakt thuis geen verbinding meer. Thuisnetwerk ⟪CR|KPN-5F7A⟫, wachtwoord op de sticker ⟦CR|xK4pTm9wQz7s⟧. Het beheerwachtwoord van het modem heb ik zelf veranderd in ⟦CR|Modem@Huis23⟧, misschien is dat het probleem. ⟦P|Dirk-Jan Ploeg⟧"""),

("cr-34", """Hey, de 2FA-code kwam pas binnen na de timeout: ⟦CR|338 914⟧. Could you whitelist my new number ⟦T|+31 6 2870 4419⟧ so it arrives sooner? Ik werk deze maand vanuit ⟦L|Lissabon⟧. Cheers, ⟦P|Okke⟧"""),

("cr-35", """Mijn universiteitslaptop vraagt na de BIOS-update om de BitLocker-herstelsleutel. Via het IT-portaal heb ik deze gevonden: ⟦CR|418770-203566-691427-055033-317240-602811-149369-528803⟧, maar hij zegt 'onjuiste sleutel'. ⟪CR|Sleutel-ID 3F1A92C4⟫. Medewerkersnummer ⟦C|u0419283⟧, dr. ⟦P|Ilse Wennekes⟧"""),

("cr-36", """Overdracht ⟦P|Marjan⟧ (laatste werkdag vrijdag):

| Systeem | Gebruiker | Wachtwoord |
|---|---|---|
| Boekhouding | ⟦P|m.brink⟧ | ⟦CR|Grootboek-4471⟧ |
| Webmail | ⟦E|marjan.brink@groenwerk-hovenier.nl⟧ | ⟦CR|Tulp&Roos22⟧ |
| Bankpas 3 | - | ⟦CR|0619⟧ |

Aub na de overdracht allemaal wijzigen."""),

("cr-37", """Beste ledenservice, ik kom niet in het ledenportaal. Ik ben al 12 jaar ⟦S|lid van de FNV⟧, lidnummer ⟦C|3318062⟧. Het wachtwoord dat ik gebruik is ⟦CR|Solidair1ty!⟧, volgens mij klopt dat gewoon. Graag een reset. ⟦P|Nadia Bouzid⟧"""),

("cr-38", """Geachte notaris,
Het wachtwoord voor de beveiligde pdf met de concept-akte kwam per sms: ⟦CR|Akte-7Q4m⟧. Bij openen krijg ik 'onjuist wachtwoord'. Is er misschien een nieuwe verstuurd? Dossiernummer 2025.0412.
Met vriendelijke groet, ⟦P|E.M. van Rijswijk-Baars⟧"""),

("cr-39", """[transcript voicemail 08:47] hallo met ⟦P|ahmet yilmaz⟧ ik probeer in de app van de energieleverancier te komen maar hij vraagt steeds om mijn inlogcode ik heb ingesteld ⟦CR|twee acht acht nul een⟧ en dat werkt niet kunt u mij terugbellen op ⟦T|nul zes een twee acht zeven drie drie vijf nul⟧ dank u wel"""),

("cr-40", """Bij het testen van de koppeling met het roosterpakket krijg ik 401. Dit is wat ik stuur:

curl -X GET https://api.roosterplanner.example/v2/diensten \\
  -H "Authorization: Bearer ⟦CR|rp_pat_5Kd9wQ2mXv7LtR3zBn8YhJ4c⟧"

Het token hoort bij mijn eigen account (⟦E|d.haverkamp@zorggroep-oost.nl⟧). Het ⟪CR|token endpoint⟫ geeft wel 200. - ⟦P|Daan Haverkamp⟧"""),

("cr-41", """Wachtwoord van de ledenadministratie voor mijn opvolger als penningmeester, letter voor letter: ⟦CR|H-o-n-i-n-g-b-i-j-9⟧. Ik zet het hier even neer omdat het niet op het overdrachtsformulier past. ⟦P|Truus Veldkamp⟧"""),

("cr-42", """Onderwerp: FW: intercomcode ⟦CR|5521⟧ werkt niet

Hoi ⟦P|Lucas⟧, zie hieronder. De nieuwe bewoner van 3-hoog krijgt de deur beneden niet open met die code.

> Van: ⟦P|Jolien Rozendaal⟧
> Ik woon sinds 1 mei op ⟦A|Havenkade 14-3⟧ en de beheerder gaf me deze code. Mijn telefoon: ⟦T|06 4072 1185⟧."""),

# ----------------------------------------------------------------- health
("hl-01", """Beste ⟦P|Marieke⟧,

Na het gesprek met de bedrijfsarts vorige week is afgesproken dat ik door mijn ⟦H|long covid⟧ voorlopig 4 uur per dag werk, op te bouwen naar 6 uur in juni. Kun jij dit doorvoeren in het rooster en in het verzuimsysteem? Het plan van aanpak stuur ik na ondertekening.

Groet, ⟦P|Stefan Rietveld⟧"""),

("hl-02", """Ik meld me vandaag ziek. Gisteravond ben ik met de scooter onderuit gegaan en de huisarts denkt aan een ⟦H|gebroken sleutelbeen⟧, morgen volgt een foto. Mijn klanten van donderdag moeten verzet worden. ⟦P|Joey Castelijn⟧, personeelsnummer ⟦C|41177⟧"""),

("hl-03", """Geachte studieadviseur,

Ik heb ⟦H|dyslexie⟧ en sinds dit jaar ook de diagnose ⟦H|ADD⟧. Graag wil ik voor de tentamens in blok 3 tijdverlenging en een aparte ruimte aanvragen. De verklaring van de GZ-psycholoog zit in de bijlage. Studentnummer ⟦C|4839021⟧.

⟦P|Fleur Ramdin⟧"""),

("hl-04", """Goedemorgen, mijn zoon ⟦P|Mees⟧ begint maandag aan zijn stage bij de autogarage. Hij gebruikt ⟦H|methylfenidaat⟧ voor zijn ⟦H|ADHD⟧ en moet om 12 uur een tweede tablet nemen. Kan de stagebegeleider daar rekening mee houden? Vriendelijke groet, ⟦P|Carla Smeenk⟧"""),

("hl-05", """Aan de consulent werk en inkomen,

Ik kan op dit moment niet aan de sollicitatieplicht voldoen. Ik ben sinds september in behandeling voor ⟦H|PTSS⟧ na mijn werk als ambulancebroeder en de psycholoog heeft hier een brief over geschreven. Mijn BSN is ⟦BSN|962358800⟧.

⟦P|Marco Tjin-A-Kwie⟧
⟦A|Zwanebloemweg 113⟧
⟦PC|2496 KL⟧ ⟦L|Den Haag⟧"""),

("hl-06", """Hallo, wij willen ons aanmelden voor schuldhulp. Sinds mijn man ⟦H|chemo⟧ krijgt voor ⟦H|darmkanker⟧ werkt hij niet meer en lopen we achter met de huur en de energierekening. Bereikbaar op ⟦T|06 3390 1875⟧. ⟦P|Wendy Achterberg⟧, ⟦A|Kastanjehof 22⟧, ⟦L|Emmen⟧"""),

("hl-07", """Hello, I'm travelling on 3 May with my mother, ⟦P|Elżbieta Nowicka⟧. She had a ⟦H|hip replacement⟧ in February and cannot walk long distances, so we'd like wheelchair assistance at both airports. Booking reference ⟪ID|QX7T2M⟫. Thanks, ⟦P|Agata Nowicka⟧"""),

("hl-08", """Mijn vader vliegt in juli met ons mee en heeft door zijn ⟦H|COPD⟧ een ⟦H|zuurstofconcentrator⟧ nodig aan boord. Welke formulieren moet de longarts invullen? Passagier: ⟦P|Frans Lieverse⟧, geboren ⟦DOB|4 november 1949⟧."""),

("hl-09", """In het patiëntenportaal staat bij de uitslagen van 12 maart: ⟦H|HbA1c 58 mmol/mol⟧. De praktijkondersteuner had het over 'iets te hoog' maar ik snap niet of ik nu meer ⟦H|metformine⟧ moet nemen. Kan de huisarts mij terugbellen? ⟦P|Ronald Verbeek⟧, ⟦T|0612 447 903⟧"""),

("hl-10", """Mijn bestelling in de apotheek-app (⟦H|sertraline 50 mg⟧, 90 stuks) staat al vijf dagen op 'in behandeling'. Ik heb nog voor twee dagen. Kunnen jullie kijken? Geboortedatum ⟦DOB|17-08-1993⟧, ⟦P|Lisanne Kroeze⟧"""),

("hl-11", """Waarom krijg ik een rekening van € 385,20 voor de ⟦H|coloscopie⟧ van 6 januari? Mijn eigen risico was toen toch al vol door de ⟦H|galblaasoperatie⟧ in november. Factuurnummer 2025-118742. ⟦P|Theo Wubben⟧, ⟦A|Akkerwinde 5⟧, ⟦PC|7908 BT⟧ ⟦L|Hoogeveen⟧"""),

("hl-12", """Er gaat iets mis bij jullie. De rekening van de dierenarts voor onze labrador Bikkel (⟪H|heupdysplasie⟫, röntgenfoto's) is betaald vanuit mijn zorgverzekering, en mijn eigen ⟦H|fysiotherapie⟧ na de ⟦H|kruisbandoperatie⟧ is afgewezen met de tekst 'geen dekking dierenpolis'. Polisnummer zorg ⟦C|ZV-20418833⟧, polisnummer dier ⟦C|HD-7719⟧. ⟦P|Mariska Oude Luttikhuis⟧"""),

("hl-13", """Geachte planning,

Mijn moeder mevrouw ⟦P|Koopmans⟧ heeft ⟦H|alzheimer⟧ en raakt erg in de war van steeds nieuwe gezichten. Zou het lukken om de ochtendzorg zoveel mogelijk door ⟦P|Yvonne⟧ of ⟦P|Sanne⟧ te laten doen? Ze woont ⟦A|Weverstraat 31⟧ in ⟦L|Tiel⟧.

⟦P|Arjen Koopmans⟧"""),

("hl-14", """Hoi juf ⟦P|Naima⟧, vanaf maandag komt ⟦P|Noor⟧ op dinsdag en donderdag. Belangrijk: ze heeft een ⟦H|pinda-allergie⟧ en er zit een ⟦H|EpiPen⟧ in het voorvakje van haar tas. Ook heeft ze een lichte ⟦H|koemelkallergie⟧, maar dat is niet gevaarlijk. Groet, ⟦P|Koen⟧ en ⟦P|Esra⟧"""),

("hl-15", """Ik heb mijn Gezondheidsverklaring ingediend omdat ik ⟦H|epilepsie⟧ heb (al drie jaar ⟦H|aanvalsvrij⟧). Nu zegt het CBR dat er ook een rapport van een neuroloog moet komen. Mijn examen bij de rijschool staat al gepland op 20 juni. Gaat dat nog lukken? ⟦P|Sil Engbers⟧, ⟦E|sil.engbers@gmail.com⟧"""),

("hl-16", """Goedemiddag, ik wil graag een afspraak maken over een levenstestament voor mijn vader, ⟦P|Anton Reijnders⟧. Hij heeft vorige maand een ⟦H|herseninfarct⟧ gehad en door de ⟦H|afasie⟧ kan hij moeilijk praten, al begrijpt hij alles. Kan de notaris bij hem thuis langskomen? ⟦P|Monique Reijnders⟧, ⟦T|06-50913378⟧"""),

("hl-17", """Someone screenshotted my profile where I mention that I'm ⟦H|HIV-positive⟧ and ⟦H|undetectable⟧ and posted it in a group chat with my first name. I want the account ⟦P|dutchdaan88⟧ banned. My own profile: ⟦C|lowlands_fox⟧."""),

("hl-18", """[transcript] ja goeiemorgen ik bel namens mijn moeder mevrouw ⟦P|bijlsma⟧ die ligt sinds zaterdag in het ziekenhuis met een ⟦H|gebroken heup⟧ dus ze kan haar afspraak bij de pedicure van dinsdag niet nakomen en de maaltijdbezorging moet ook even stoppen haar adres is ⟦A|molenweg achttien⟧ in ⟦L|nijverdal⟧ dank u"""),

("hl-19", """[OCR - schadeformulier reisverzekering, pag. 2]
Verzekerde: ⟦P|Gijs Terhorst⟧    Geb.datum: ⟦DOB|O3-1O-1979⟧
Toedracht: ⟦H|enkelfractuur⟧ na val tijdens wandelvakantie
Behandeling: ⟦H|gipsbehandeling⟧, ziekenhuis buitenland, 3 nachten
Medicatie: ⟦H|Oxycodon 5mg⟧, ⟦H|fraxiparine⟧ injecties"""),

("hl-20", """---------- Forwarded message ---------
Van: ⟦P|Dennis Oomen⟧
Onderwerp: Re: planning Q3

FYI: ⟦P|Karin⟧ is vanaf 1 juli met ⟦H|zwangerschapsverlof⟧, dus haar projecten gaan naar ⟦P|Rik⟧.

> Kunnen we de ⟪H|verzuimcijfers⟫ van Q2 nog even doornemen?
> ⟦P|Lydia⟧"""),

("hl-21", """#team-sales
⟦P|ruben.t⟧: ben er vandaag niet, ⟦H|migraine-aanval⟧ 🤕
⟦P|jolanda⟧: beterschap! ik neem je call over de ⟪H|healthcheck⟫ van hun CRM wel over"""),

("hl-22", """Dag, ons moeder heeft ⟦H|suikerziekte⟧ en moet sinds kort met een ⟦H|insulinepen⟧ spuiten. Kan de thuisverpleegster ook 's avonds passeren? Ze woont ⟦A|Stationsstraat 64 bus 2⟧, ⟦PC|8790⟧ ⟦L|Waregem⟧. Bellen mag naar ⟦T|0485 22 73 91⟧. Merci, ⟦P|Griet Vanneste⟧"""),

("hl-23", """Goedemiddag, mijn schoonvader ⟦P|Gert-Jan Hulshof⟧ valt de laatste tijd vaak. Hij heeft ⟦H|parkinson⟧ en woont nog zelfstandig. Kan er vaker iemand van de thuiszorg langskomen, ook in het weekend? Ik betaal eventueel zelf bij. ⟦P|Marleen⟧"""),

("hl-24", """Beste docent, ik zit in een ⟦H|IVF-traject⟧ en heb de komende weken een aantal ziekenhuisafspraken die ik niet kan verzetten. Kan ik de werkcolleges op dinsdag missen zonder dat het als afwezigheid telt? Ik vertel dit liever niet aan de hele groep. ⟦P|Roos Haddou⟧ (⟦C|s3019827⟧)"""),

("hl-25", """Goedemorgen, ⟦P|Sem⟧ heeft vannacht ⟦H|koortsstuipen⟧ gehad en we zijn naar de huisartsenpost geweest. Hij blijft vandaag en morgen thuis. Volgens de arts is het handig als jullie bij een volgende keer het ⟦H|diazepam-rectiole⟧ geven; dat brengen we woensdag mee. ⟦P|Priscilla⟧"""),

("hl-26", """Beste salarisadministratie, per 1 maart ben ik door het UWV ⟦H|volledig arbeidsongeschikt⟧ verklaard. Hoe gaat het nu met mijn pensioenopbouw en met de uitkering uit de ⟪H|WGA-hiaatverzekering⟫? Personeelsnummer ⟦C|10562⟧, ⟦P|Herman Stokvis⟧"""),

("hl-27", """Sorry voor de late reply, I had ⟦H|food poisoning⟧ after the teamuitje and was out for three days. Ik lever het rapport morgen in. ⟦P|Wouter⟧"""),

("hl-28", """Hoi ⟦P|Ellen⟧, de bedrijfsarts adviseert een verticale muis en een ander bureau vanwege mijn ⟦H|RSI⟧ in de rechterarm. Kan facilitair dit bestellen? Ik heb ook nog ⟦H|fysiotherapie⟧ op woensdagochtend, dus dan begin ik later. ⟦P|Jasper⟧"""),

("hl-29", """Voor mijn werkvisum voor het VK moest ik een ⟦H|tbc-test⟧ laten doen. De uitslag was ⟦H|negatief⟧, maar het certificaat staat op mijn meisjesnaam ⟦P|Dijkhuizen⟧ en mijn paspoort op ⟦P|Vos-Dijkhuizen⟧. Is dat een probleem voor de aanvraag? ⟦P|Anouk Vos-Dijkhuizen⟧"""),

("hl-30", """Ik ben ⟦H|dialysepatiënt⟧ (drie keer per week ⟦H|hemodialyse⟧) en wil in september met mijn vrouw op vakantie. Kunnen jullie als reisbureau een ⟦H|vakantiedialyse⟧ regelen, of moet ik dat zelf via het dialysecentrum doen? ⟦P|Cor Mulder⟧, ⟦T|06-19354782⟧"""),

("hl-31", """Vraag via e-consult: sinds ik de ⟦H|amlodipine⟧ slik heb ik ⟦H|dikke enkels⟧. Ik meet thuis met de ⟪H|bloeddrukmeter⟫ die ik voor mijn verjaardag kreeg en zit rond de ⟦H|135/85⟧. Moet ik stoppen? ⟦P|Willeke Haans⟧, ⟦DOB|02-05-1961⟧"""),

("hl-32", """Goeiedag, ik heb een factuur gekregen van het ziekenhuis voor mijn ⟦H|bevalling⟧ in maart, maar de hospitalisatieverzekering zou dat rechtstreeks betalen. Er staat ook een ⟦H|epidurale⟧ op die ik nooit gekregen heb. Rijksregisternummer ⟦ID|91.11.02-977.78⟧. Groeten, ⟦P|Elke Van Damme⟧"""),

("hl-33", """Mijn man gebruikt ⟦H|lithium⟧ en daarvoor moet elke drie maanden bloed geprikt worden. In de app staat zijn ⟦H|lithiumspiegel⟧ nog niet, terwijl hij vorige week is geprikt. Kan de apotheker contact opnemen met zijn behandelaar? ⟦P|Joke van Halteren⟧"""),

("hl-34", """[transcript] goedemiddag met ⟦P|ria schuurman⟧ de dochter van meneer ⟦P|schuurman⟧ van de ⟦A|populierenlaan negen⟧ de wondverpleegkundige is gisteren niet geweest voor zijn ⟦H|open been⟧ en het verband zit er nu al drie dagen om wilt u mij terugbellen"""),

("hl-35", """Ik moet helaas afzeggen voor de zeilweek. Ik sta sinds kort ⟦H|onder controle bij de cardioloog⟧ en die wil niet dat ik de komende maanden zwaar til of lang van huis ben. Kan ik de aanbetaling terugkrijgen? Boekingsnr. 88213. ⟦P|Berend Lubbers⟧"""),

("hl-36", """Voor onze cruise in oktober: mijn vrouw ⟦P|Ineke⟧ heeft ⟦H|coeliakie⟧ en moet dus strikt glutenvrij eten. Staat dat genoteerd? Verder vroeg ze of de ⟪H|ziekenboeg⟫ aan boord 24 uur open is. ⟦P|Harm Bosscher⟧"""),

# ----------------------------------------------------------------- special categories
("sp-01", """Geachte ledenadministratie van de parochie,

Graag wil ik mij laten uitschrijven. Ik ben ⟦S|gedoopt⟧, maar voel me al lang niet meer ⟦S|katholiek⟧ en wil ook geen verzoek om kerkbijdrage meer ontvangen. Mijn gegevens: ⟦P|Monique Jaspers⟧, ⟦A|Laurentiusplein 4⟧, ⟦PC|6041 TP⟧ ⟦L|Roermond⟧, geboren ⟦DOB|9 juli 1970⟧.

Met vriendelijke groet"""),

("sp-02", """Beste penningmeester, ik wil mijn maandelijkse bijdrage als ⟦S|lid van de moskeevereniging⟧ verlagen naar 10 euro. Het geld gaat van rekening ⟦IBAN|NL44 BUNQ 0581 0577 91⟧ op naam van ⟦P|H. el Amrani⟧. PS: het ⟪S|iftar⟫-buffet voor de buurt vorige maand was erg geslaagd."""),

("sp-03", """Beste juridisch loket, mijn leidinggevende heeft in mijn beoordeling geschreven dat mijn ⟦S|vakbondsactiviteiten⟧ ten koste gaan van mijn werk. Ik ben ⟦S|kaderlid van het CNV⟧ en zit in de OR. Mag dit zomaar? Lidnummer ⟦C|2290847⟧, ⟦P|Gerda Hoogendoorn⟧"""),

("sp-04", """Hoi payroll, ik ben ⟦S|lid van De Unie⟧ en betaal € 23,10 contributie per maand. Kan die via de ⟪S|vakbondsregeling⟫ van de werkkostenregeling worden verrekend met mijn brutoloon? Personeelsnummer ⟦C|62094⟧. Groet, ⟦P|Bas Kornelis⟧"""),

("sp-05", """Hoi support, ik ben ⟦S|biseksueel⟧ maar de app laat me maar één voorkeur kiezen. Kan ik zowel mannen als vrouwen te zien krijgen? Bij andere apps kan dat gewoon. - ⟦P|Lieke⟧ (⟦P|lieke_zwolle⟧)"""),

("sp-06", """Toen ik mijn account aanmaakte, moest ik een verificatievideo maken. Ik lees nu in jullie privacyverklaring dat jullie mijn ⟦S|gezichtsscan⟧ drie jaar bewaren. Ik wil dat die verwijderd wordt, mijn account heb ik al opgezegd. E-mail: ⟦E|j.vanderlinden@icloud.com⟧"""),

("sp-07", """Mijn ex heeft nog steeds toegang tot mijn huis omdat zijn ⟦S|vingerafdruk⟧ in het slot staat. De beheerder-app stond op zijn telefoon, dus ik kan er niet bij. Hoe krijg ik zijn ⟦S|vingerafdruk⟧ eruit? Adres ⟦A|Hoefsmidstraat 7⟧, ⟦L|Amersfoort⟧. Het aankoopbewijs heb ik. ⟦P|Samira Lahlou⟧"""),

("sp-08", """Geachte mr. ⟦P|Bakkali⟧,

Mijn zoon ⟦P|Jesse⟧ (19) is vrijdag ⟦S|aangehouden op verdenking van heling⟧ en zit nog op het politiebureau. Wij willen graag dat u hem bijstaat. U kunt mij bereiken op ⟦T|06 4418 2097⟧.

⟦P|Petra Wolters⟧"""),

("sp-09", """Ik heb gesolliciteerd als pedagogisch medewerker bij jullie kinderopvang, maar mijn ⟪S|VOG⟫-aanvraag is afgewezen. Dat komt door een ⟦S|veroordeling voor mishandeling⟧ uit 2015, toen ik 18 was. Is er een mogelijkheid om toch in gesprek te gaan? ⟦P|Dylan Hofman⟧"""),

("sp-10", """Hallo rijschool, ik wil weer lessen nemen. Ik heb een ⟦S|rijontzegging wegens rijden onder invloed⟧ gehad en moet volgens het CBR opnieuw examen doen. Hebben jullie een opfriscursus? ⟦P|Kevin Oostra⟧, ⟦T|06-21993546⟧"""),

("sp-11", """Goedemiddag, ik ben vorige week ⟦S|vrijgelaten uit de gevangenis⟧ en heb nog geen inkomen. Mijn begeleider zei dat ik bij jullie bijstand moet aanvragen. Ik sta ingeschreven op ⟦A|Drostenstraat 19a⟧ bij mijn broer. BSN ⟦BSN|714720793⟧. ⟦P|Remco Vink⟧"""),

("sp-12", """Question about the ESTA form: it asks whether I have ever been arrested. I was ⟦S|arrested during a climate protest⟧ in 2021 but never charged. Do I answer yes? Name ⟦P|Jurre Kamphuis⟧, passport ⟦ID|BH6W9T3R1⟧."""),

("sp-13", """Mijn oma is van ⟦S|Molukse afkomst⟧ en spreekt beter Maleis dan Nederlands, zeker nu ze moe is. Is er in het thuiszorgteam iemand die haar taal spreekt? Ze woont in ⟦L|Culemborg⟧. ⟦P|Ricardo Latuperissa⟧"""),

("sp-14", """Beste P&O, ik ben ⟦S|lid van de SP⟧ en sta op de kandidatenlijst voor de deelraad. Moet ik dat als nevenfunctie melden, en heeft het gevolgen voor mijn functie bij burgerzaken? ⟦P|Tamara Wijngaard⟧"""),

("sp-15", """Dag ⟦P|Katrien⟧, ik ben ⟦S|gemeenteraadslid voor Groen⟧ en kan op maandagavond niet meer werken wegens de gemeenteraad. Kan dat in mijn uurrooster? Tijdens de ⟪S|verkiezingen⟫ van oktober neem ik sowieso verlof. Groetjes ⟦P|Bart Wuyts⟧"""),

("sp-16", """Hoi ⟦P|Esther⟧, ik zou graag op 2 oktober vrij willen nemen voor ⟦S|Jom Kipoer⟧. Ik weet dat het een drukke week is, dus ik kan de dag ervoor wel langer blijven. ⟦P|Micha Rosenthal⟧"""),

("sp-17", """Geachte examencommissie, het hertentamen Statistiek valt op de dag van ⟦S|Divali⟧, dat ik als ⟦S|hindoe⟧ met mijn familie vier. Is er een alternatief moment mogelijk? Studentnummer ⟦C|2071183⟧, ⟦P|Kavita Jagessar⟧"""),

("sp-18", """Hello, my son ⟦P|Harjeet⟧ is ⟦S|Sikh⟧ and wears a small ⟦S|kirpan⟧ as part of his faith. Can he bring it on our flight next week or should it go in checked luggage? Booking ⟪ID|PZ4K8R⟫. ⟦P|Manpreet Sandhu⟧"""),

("sp-19", """Goeiemorgen, ik ben sinds januari ⟦S|syndicaal afgevaardigde voor het ABVV⟧ en ik word nu plots niet meer uitgenodigd voor het teamoverleg. Is dat toegelaten? Groeten, ⟦P|Sofie Claeys⟧, ⟦E|sofie.claeys@telenet.be⟧"""),

("sp-20", """Mijn moeder is ⟦S|streng gereformeerd⟧ en wil op zondag geen zorg ontvangen, alleen haar medicijnen. Ze kijkt ook geen tv, dus graag geen radio aan tijdens de verzorging. ⟦P|Aaltje⟧ (dochter), ⟦T|0527 61 84 02⟧"""),

("sp-21", """Vertrouwelijk, aan de vertrouwenspersoon: sinds collega's weten dat ik ⟦S|lesbisch⟧ ben, maakt mijn teamleider ⟦P|Ronald⟧ steeds 'grapjes' tijdens het overleg. Ik wil dit graag bespreken zonder dat het meteen een officiële klacht wordt. ⟦P|Iris⟧"""),

("sp-22", """Geachte notaris, bij de oprichting van de BV wil ik open kaart spelen: mijn compagnon ⟦P|Rob Huisman⟧ is in 2019 ⟦S|veroordeeld voor witwassen⟧. Kan hij dan toch bestuurder worden? Hij heeft zijn ⟦S|taakstraf⟧ volledig uitgevoerd. ⟦P|Laura Meijerink⟧"""),

("sp-23", """[DM] ⟦P|kim.v⟧: wist je dat ⟦P|Marco⟧ van finance ⟦S|homo⟧ is? 😮
[DM] ⟦P|lars.d⟧: en? waarom is dat relevant
[DM] ⟦P|kim.v⟧: nee gewoon, niks"""),

("sp-24", """Aan HR: de nieuwe prikklok werkt met ⟪S|handpalmherkenning⟫ en ik heb daar nooit toestemming voor gegeven. Ik wil dat mijn ⟦S|handpalmscan⟧ wordt verwijderd en dat ik weer met een pasje kan inklokken. ⟦P|Thomas Ekkel⟧, afdeling logistiek"""),

("sp-25", """Ik heb bij het bellen met jullie klantenservice ooit 'ja' gezegd op de vraag of mijn stem mocht worden vastgelegd. Ik wil nu dat mijn ⟦S|stemprofiel⟧ wordt verwijderd en dat ik me weer gewoon met mijn gegevens kan identificeren. Rekeningnummer ⟦IBAN|NL23 RABO 8020 3495 81⟧, ⟦P|Guus Hoeksema⟧"""),

("sp-26", """Goeiendag, ik sta momenteel onder ⟦S|elektronisch toezicht⟧ en mag enkel tussen 8u en 18u buiten. Kan ik mijn rijlessen op die uren plannen? ⟦P|Jens Goossens⟧, ⟦T|0491 37 55 20⟧"""),

("sp-27", """Ik ben van ⟦S|Kaapverdiaanse afkomst⟧ en mijn ploegleider geeft mij en twee andere collega's met een kleurtje steeds de zwaarste klussen op de vloer. Ik ben ⟦S|lid van de FNV⟧. Kan de bond hier iets mee? ⟦P|Nelson Tavares⟧, lidnummer ⟦C|4160275⟧"""),

("sp-28", """Het bestuur van de voetbalclub heeft gehoord dat ⟦P|Frank Dekema⟧, die zich heeft aangemeld als jeugdtrainer, een ⟦S|zedenveroordeling⟧ heeft. Wij willen hem hoe dan ook om een ⟪S|VOG⟫ vragen. Mogen we hem daar ook direct op aanspreken? ⟦P|Henk Looman⟧, secretaris"""),

("sp-29", """hoi, in mijn profiel staat dat ik ⟦S|aseksueel⟧ ben en nu krijg ik alleen maar nare berichten. Kan ik die regel verbergen voor mensen die ik niet heb geliked? ⟦P|noa_b⟧"""),

# ----------------------------------------------------------------- identity documents and BSN
("id-01", """Welkom bij ons! Voor je eerste salaris hebben we nog je BSN, een kopie ID en je rekeningnummer nodig.

> BSN: ⟦BSN|992520137⟧
> ID-kaart: ⟦ID|IR5JK83N7⟧ (geldig tot 2032)
> IBAN: ⟦IBAN|NL74 INGB 1991 5099 56⟧
> Groet, ⟦P|Tessa Lamberts⟧"""),

("id-02", """Dear student administration, my residence permit has been renewed. The new document number is ⟦ID|YR3N8K2D4⟧, valid until 31-08-2027. Could you update this so my enrolment is not blocked? Student number ⟦C|s3288104⟧. Kind regards, ⟦P|Lanying Zhou⟧"""),

("id-03", """Bij de aanvraag levensonderhoud moet ik ook gegevens van mijn partner opgeven. Zijn paspoortnummer is ⟦ID|NXH4T82L6⟧ en zijn BSN ⟦BSN|941596679⟧. Mijn eigen BSN: ⟦BSN|603822228⟧. Wij wonen samen op ⟦A|Brederodestraat 77-3⟧, ⟦PC|1054 VH⟧ ⟦L|Amsterdam⟧. ⟦P|Latoya Ramsaran⟧"""),

("id-04", """Hi, I'm filling in the Advance Passenger Information but the website keeps rejecting my passport. Number ⟦ID|PK7Z4M2B9⟧, date of birth ⟦DOB|23/01/1985⟧, nationality Dutch. Booking ref ⟪ID|LM9QXR⟫. What am I doing wrong? ⟦P|Nina Brandsma⟧"""),

("id-05", """Ik regel via jullie een visum voor mijn schoonmoeder uit India voor onze bruiloft. Haar paspoortnummer is ⟦ID|T8264519⟧, naam ⟦P|Sunita Mehra⟧. De uitnodigingsbrief met mijn eigen BSN ⟦BSN|338465133⟧ heb ik bijgevoegd. ⟦P|Vikram Jansen⟧"""),

("id-06", """Mijn rijbewijs is verlopen terwijl de ⟪H|medische keuring⟫ bij het CBR nog loopt. Mag ik met het oude rijbewijs (nummer ⟦ID|5218364097⟧) nog naar mijn werk rijden zolang er geen besluit is? ⟦P|Hans Tolsma⟧, ⟦DOB|18-12-1950⟧"""),

("id-07", """Dag, voor de inschrijving van ons dochter voor het praktisch examen: rijksregisternummer ⟦ID|03.06.27-627.55⟧, nummer voorlopig rijbewijs ⟦ID|0912357846⟧. Ze woont ⟦A|Dorpsstraat 101⟧, ⟦PC|3590⟧ ⟦L|Diepenbeek⟧. Mvg, ⟦P|Kristof Peeters⟧"""),

("id-08", """Zoals gevraagd voor de akte van levering, de BSN's van ons beiden: koper 1 ⟦P|Mark Veltkamp⟧, BSN ⟦BSN|525596495⟧; koper 2 ⟦P|Sanne Brinkhuis⟧, BSN ⟦BSN|821200215⟧. Onze ID-bewijzen nemen we mee bij het passeren."""),

("id-09", """Op de nota van het ziekenhuis staat het BSN van mijn zus (⟦BSN|206726405⟧) in plaats van het mijne (⟦BSN|899890453⟧). We zijn een tweeling en hebben dezelfde geboortedatum, ⟦DOB|11-02-1998⟧. Willen jullie dit aanpassen? ⟦P|Lotte Verhoef⟧"""),

("id-10", """Bij het registreren in de apotheek-app vraagt hij om mijn BSN, maar hij zegt steeds 'ongeldig nummer'. Ik typ ⟦BSN|251221696⟧, zo staat het op mijn ID-kaart. Doe ik iets fout? ⟦P|Ferdi Ateş⟧"""),

("id-11", """Voor het contract kinderopvang: BSN van ⟦P|Jayden⟧ is ⟦BSN|649962618⟧, geboren ⟦DOB|14-09-2021⟧. BSN aanvrager (ik): ⟦BSN|351686319⟧. Kunnen jullie het contract nu doorzetten naar de Belastingdienst? ⟦P|Sharon Koning⟧"""),

("id-12", """[OCR] AANMELDFORMULIER THUISZORG
Naam cliënt: ⟦P|W. Bosgra-de Haan⟧
Burgerservicenr: ⟦BSN|1611.12.766⟧
Legitimatie: ID-kaart nr. ⟦ID|TJ2K8N5X4⟧
Polisnr zorgverz.: ⟦C|80913357⟧"""),

("id-13", """[transcript] ja dag u spreekt met ⟦P|johan westerveld⟧ ik bel over de aanvraag voor de bijzondere bijstand mijn burgerservicenummer is ⟦BSN|vijf zes twee negen negen vier twee zeven nul⟧ en ik heb de brief met zaaknummer ⟪ID|twee nul twee vijf acht acht een⟫ gekregen maar ik snap niet wat ik nog moet opsturen"""),

("id-14", """#hr-onboarding
⟦P|petra.m⟧: heeft iemand het BSN van de nieuwe stagiair ⟦P|Oscar⟧? de loonadministratie belt
⟦P|said.k⟧: ⟦BSN|637035021⟧, staat ook in zijn map op de share
⟦P|petra.m⟧: top 👍"""),

("id-15", """Beste maatschappelijk werker, hier de gegevens voor het leefloon zoals gevraagd: rijksregisternummer ⟦ID|65.09.08-838.59⟧, kaartnummer eID ⟦ID|595-2378952-45⟧, rekeningnummer ⟦IBAN|BE80 0634 9137 7177⟧. De kopie van mijn huurcontract volgt morgen. ⟦P|Rudy Van Hecke⟧"""),

("id-16", """Van: ⟦P|Marco Speelman⟧
Verzonden: dinsdag 14:22
Onderwerp: FW: groepsreis - paspoorten

Hierbij de ontbrekende nummers:
- ⟦P|Marco Speelman⟧ ⟦ID|MC43PL7E2⟧
- ⟦P|Ilona Speelman⟧ ⟦ID|EV8RS21W6⟧
- ⟦P|Tijn Speelman⟧ ⟦ID|BX39RF5V8⟧

> Graag nog de paspoortnummers van alle reizigers voor ⟪ID|reservering 45102⟫."""),

("id-17", """Hi, I want to register for the MBO course Logistiek. My Polish ID card (dowód osobisty) number is ⟦ID|CKW493816⟧, I don't have a BSN yet. Is that enough voor de inschrijving? ⟦P|Bartosz Wieczorek⟧, ⟦T|+48 512 384 906⟧"""),

("id-18", r"""Bijlage uploaden lukt niet in jullie portaal, foutmelding bij: C:\Users\⟦P|mieke⟧\Documents\Notaris\paspoort_⟦ID|SL2M7Q0C4⟧.pdf (2,4 MB). Ook rijbewijs_⟦ID|4730918265⟧.jpg werd geweigerd. Kunnen jullie ze per mail ontvangen? ⟦P|Mieke Driessen⟧"""),

("id-19", """I verified my profile by uploading my Dutch ID card (⟦ID|PV6H2W9K3⟧) and now I read that your verification partner had a data leak. Was my document included? Account ⟦E|maartenvdl@gmail.com⟧"""),

("id-20", """Voor de Wlz-indicatie van mijn vader ⟦P|Jan Hoogenboom⟧ (BSN ⟦BSN|617180283⟧, geboren ⟦DOB|30-06-1938⟧) hebben jullie nog een kopie van zijn ID nodig. Zijn paspoort is verlopen, zijn ID-kaart heeft nummer ⟦ID|IW93RKD57⟧. Mag ik die gewoon mailen? ⟦P|Ellen Hoogenboom⟧"""),

("id-21", """Hello, I was treated at your emergency department as a tourist and now received a bill. The insurance needs my passport number on it: ⟦ID|U17394528⟧ (Turkish passport). Name ⟦P|Emre Kılıç⟧, invoice 7719204. Can you send a corrected invoice to ⟦E|emre.kilic.tr@gmail.com⟧?"""),

("id-22", """Goeiemiddag studentensecretariaat, op mijn inschrijving staat nog mijn oude identiteitskaart. Het nieuwe kaartnummer is ⟦ID|598 6363497 58⟧. Mijn studentennummer is ⟦C|r0847712⟧. Alvast bedankt! ⟦P|Lotte Maes⟧"""),

# ----------------------------------------------------------------- look-alikes only
("lk-01", """Nieuwsbrief maart: wist je dat je ⟪CR|hoofdwachtwoord⟫ nooit bij ons wordt opgeslagen? Kies een ⟪CR|wachtwoordzin van minimaal vier woorden⟫ en zet ⟪CR|tweestapsverificatie⟫ aan. Tip: bewaar je ⟪CR|herstelcodes⟫ op papier, niet in je mailbox."""),

("lk-02", """Versie 5.4 van de apotheek-app: nieuw is de ⟪CR|pincode-functie⟫ waarmee je de app extra kunt beveiligen, en het ⟪H|medicatieoverzicht⟫ is nu ook als pdf te downloaden. Bekende fout: op sommige Android-toestellen verschijnt foutcode 0x1F4."""),

("lk-03", """Beste collega's,

Herinnering: ziekmelden doe je vóór 9.00 uur telefonisch bij je leidinggevende, niet via de app-groep. Vertel ons niet wat je ⟪H|mankeert⟫; dat bespreek je alleen met de bedrijfsarts. De ⟪H|griepprik⟫ wordt dit jaar op 14 oktober in de kantine gegeven.

Team HR"""),

("lk-04", """Zondag 12 mei is er in de ⟪S|Sint-Janskerk⟫ een benefietconcert voor de voedselbank. Ook de ⟪S|moskee⟫ aan de overkant houdt die dag open huis. Iedereen is welkom, gelovig of niet. Toegang gratis, parkeren bij het gemeentehuis."""),

("lk-05", """Vakbondsnieuws: de ⟪S|cao-onderhandelingen⟫ in de schoonmaak zijn vastgelopen. Op 3 juni is er een landelijke ⟪S|staking⟫ met een manifestatie op het Malieveld. Meer informatie volgt in de ledenapp."""),

("lk-06", """Het nieuwe SlotSlim Pro heeft een ⟪S|vingerafdruklezer⟫ voor maximaal 100 vingers en je kunt tijdelijke ⟪CR|gastcodes⟫ aanmaken die na 24 uur verlopen. De ⟪CR|fabriekscode⟫ moet bij de installatie worden gewijzigd. Batterij: 4x AA, gaat ongeveer een jaar mee."""),

("lk-07", """Reist u met een beperking? Vraag dan uiterlijk 48 uur voor vertrek ⟪H|bijzondere assistentie⟫ aan. Een ⟪S|halal⟫ of ⟪S|koosjere maaltijd⟫ bestelt u via Mijn Boeking. Denk eraan uw ⟪ID|paspoortnummer⟫ in te vullen bij de passagiersgegevens."""),

("lk-08", """Ticket: CI faalt op de integratietests.
In de pipeline staat DB_PASSWORD=⟪CR|${DB_PASSWORD}⟫ maar die variabele is niet gezet in de nieuwe omgeving. Ook het ⟪CR|token endpoint⟫ van de auth-service geeft 503. Wachtwoorden staan in de vault onder ⟪CR|secret/staging/db⟫, dus niet in de repo zetten aub."""),

("lk-09", """Deze week in onze webwinkel: 20% korting op ⟪H|vitamine D⟫ en ⟪H|zelftesten⟫. Doe mee met de ⟪H|Diabetes Challenge⟫ en wandel in oktober 10.000 stappen per dag voor het goede doel."""),

("lk-10", """Ben je 75 jaar of ouder? Dan vul je bij het verlengen van je rijbewijs eerst een ⟪H|Gezondheidsverklaring⟫ in. Je ⟪ID|rijbewijsnummer⟫ staat op de voorkant, bij punt 5. Let op: het ⟪ID|bestelnummer 482931507⟫ in je bevestigingsmail is geen rijbewijsnummer."""),

("lk-11", """Onze community-richtlijnen: we accepteren geen haat op basis van ⟪S|seksuele geaardheid⟫, ⟪S|religie⟫ of ⟪S|afkomst⟫. Wie een ⟪S|strafblad⟫ heeft, hoeft dat nergens te vermelden en wij vragen er ook nooit naar."""),

("lk-12", """Neem bij uw afspraak voor de bijstandsaanvraag mee: een geldig ⟪ID|legitimatiebewijs⟫, uw ⟪ID|BSN⟫ (dat staat op uw ID-kaart of paspoort) en bankafschriften van de laatste drie maanden. Bij ⟪H|medische klachten⟫ kunt u een ontheffing van de arbeidsplicht aanvragen."""),

("lk-13", """Onderhoud meldkamer: op 4 juli tussen 02.00 en 04.00 uur kunnen alarmmeldingen vertraagd binnenkomen. Wijzigingen van ⟪CR|gebruikerscodes⟫ of ⟪CR|codewoorden⟫ kunt u die nacht niet doorgeven. Onze excuses voor het ongemak."""),
]
# fmt: on


def strip_traps(marked):
    """Remove ⟪CAT|text⟫ markers; return the string with ⟦⟧ markup only and the trap ranges in it."""
    out, traps, pos = [], [], 0
    for m in TRAP.finditer(marked):
        out.append(marked[pos : m.start()])
        start = sum(map(len, out))
        out.append(m.group(2))
        traps.append((m.group(1), start, start + len(m.group(2))))
        pos = m.end()
    out.append(marked[pos:])
    s = "".join(out)
    if "⟪" in s or "⟫" in s:
        raise SystemExit("unbalanced trap markup")
    return s, traps


def content_index(s):
    """idx[i] = number of content characters (not ⟦TYPE| or ⟧) before position i of s."""
    markup = bytearray(len(s))
    for m in MARK.finditer(s):
        for i in range(m.start(), m.start(2)):
            markup[i] = 1
        for i in range(m.end(2), m.end()):
            markup[i] = 1
    idx, n = [], 0
    for i in range(len(s)):
        idx.append(n)
        n += not markup[i]
    idx.append(n)
    return idx


def words_to_digits(v):
    toks = v.lower().split()
    if toks and all(t in NUMBER_WORDS for t in toks):
        return "".join(NUMBER_WORDS[t] for t in toks)
    return v


def id_format_ok(v):
    if v in FOREIGN_IDS:
        return True
    if re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", v):
        return True
    if re.fullmatch(r"\d{10}", v):
        return True
    if re.fullmatch(r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d", v):
        return be_nn.is_valid(v)
    if re.fullmatch(r"\d{3}-\d{7}-\d\d|\d{3} \d{7} \d\d|\d{12}", v):
        d = digits(v)
        return (int(d[:10]) % 97 or 97) == int(d[10:])
    return False


def check_message(mid, marked):
    errs = []
    s, traps = strip_traps(marked)
    text, spans = parse(s)
    idx = content_index(s)
    trap_ranges = [(cat, idx[a], idx[b]) for cat, a, b in traps]
    for cat, a, b in trap_ranges:
        for sp in spans:
            if sp["type"] in TRAP_TYPES[cat] and sp["start"] < b and a < sp["end"]:
                errs.append(f"look-alike {cat} overlaps span {sp['value']!r}")
    for sp in spans:
        v = sp["value"]
        if text[sp["start"] : sp["end"]] != v:
            errs.append(f"offset mismatch {v!r}")
        if v != v.strip() or not v:
            errs.append(f"leading/trailing space in {v!r}")
        chk = dict(sp)
        if sp["type"] == "BSN":
            chk["value"] = words_to_digits(v)
        err = check_value(chk)
        if err:
            errs.append(f"{err}: {v!r}")
        if sp["type"] == "ID_DOCUMENT" and not id_format_ok(v):
            errs.append(f"ID_DOCUMENT format: {v!r}")
        if sp["type"] == "CREDENTIAL":
            first = v.split()[0].lower().rstrip(":")
            if first in CUES or re.search(r"['\"‘’“”()\[\]{}<>]", v) or re.search(r"[.,;:]$", v):
                errs.append(f"credential with cue/quote/bracket/punctuation: {v!r}")
        if sp["type"] in ("HEALTH", "SPECIAL") and v.split()[0].lower() in ARTICLES:
            errs.append(f"article/possessive at start: {v!r}")
    spans_sorted = sorted(spans, key=lambda x: x["start"])
    for a, b in zip(spans_sorted, spans_sorted[1:]):
        if b["start"] < a["end"]:
            errs.append(f"overlapping spans {a['value']!r} / {b['value']!r}")
    cov = coverage(text, spans)
    errs += check_traps(text, cov)
    for m in re.finditer(r"(?<!\d)\d{3}[- ]\d{7}[- ]\d\d(?!\d)", text):
        if not any(cov[m.start() : m.end()]):
            d = digits(m.group())
            if (int(d[:10]) % 97 or 97) == int(d[10:]):
                errs.append(f"unmarked 3-7-2 group passes eID check: {m.group()}")
    for sp in spans:
        v = sp["value"]
        if len(v) < 4:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text, re.I):
            if not any(x["start"] <= m.start() and m.end() <= x["end"] for x in spans):
                errs.append(f"unmarked occurrence of marked value {v!r}")
    return text, spans, trap_ranges, [f"{mid}: {e}" for e in errs]


def collect_strings(obj, out):
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for x in obj.values():
            collect_strings(x, out)
    elif isinstance(obj, list):
        for x in obj:
            collect_strings(x, out)


def load_other_texts():
    texts = []
    for path in OTHER_SETS:
        if os.path.abspath(path) == os.path.abspath(OUT):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    obj = json.loads(line)
                except ValueError:
                    texts.append(line)
                    continue
                collect_strings(obj, texts)
    return texts


def compact(v):
    return re.sub(r"[\s.\-/]", "", v).lower()


def overlap_errors(records):
    others = load_other_texts()
    corpus = "\n".join(others).lower()
    compact_runs = set()
    for t in others:
        for m in re.finditer(r"[0-9A-Za-z](?:[0-9A-Za-z]|[ .\-/](?=[0-9A-Za-z]))*", t):
            compact_runs.add(compact(m.group()))
    grams = set()
    for t in others:
        toks = re.findall(r"\w+", t.lower())
        for i in range(len(toks) - 7):
            grams.add(tuple(toks[i : i + 8]))
    errs = []
    for rec in records:
        for sp in rec["spans"]:
            t, v = sp["type"], sp["value"]
            if t not in IDENTIFYING:
                continue
            if t == "PERSON" and " " not in v:
                continue
            if len(compact(v)) < 6:
                continue
            hit = re.search(r"(?<!\w)" + re.escape(v.lower()) + r"(?!\w)", corpus)
            if not hit and t in ("BSN", "IBAN", "PHONE", "CREDIT_CARD", "ID_DOCUMENT"):
                hit = compact(v) in compact_runs
            if hit:
                errs.append(f"{rec['id']}: value also occurs in another set: {v!r}")
        toks = re.findall(r"\w+", rec["text"].lower())
        for i in range(len(toks) - 7):
            if tuple(toks[i : i + 8]) in grams:
                errs.append(
                    f"{rec['id']}: eight words shared with another set: {' '.join(toks[i : i + 8])!r}"
                )
                break
    return errs


def main():
    records, errors, seen = [], [], set()
    trap_counts = {"CR": 0, "H": 0, "S": 0, "ID": 0}
    for mid, marked in MESSAGES:
        if mid in seen:
            errors.append(f"duplicate id {mid}")
        seen.add(mid)
        text, spans, traps, errs = check_message(mid, marked)
        errors += errs
        for cat, _, _ in traps:
            trap_counts[cat] += 1
        records.append({"id": mid, "text": text, "request": None, "spans": spans})
    if not errors:
        errors += overlap_errors(records)
    if errors:
        for e in errors:
            print(e)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {}
    for rec in records:
        for sp in rec["spans"]:
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
    print(f"wrote {len(records)} messages to {OUT}")
    for t in sorted(counts):
        print(f"  {t:14} {counts[t]}")
    print("look-alikes:", ", ".join(f"{k} {v}" for k, v in trap_counts.items()))


if __name__ == "__main__":
    main()
