"""Build sensitive_heldout4.jsonl from inline-annotated messages.

Fourth held-out set for privacywacht aimed at the categories that are weakest and most harmful:
HEALTH, SPECIAL, CREDENTIAL, ID_DOCUMENT and BSN, each with look-alikes that must stay unmarked.
All other personal data in the messages is marked as well (names, addresses, postcodes, towns,
phone numbers, e-mail addresses, IBANs, customer ids, birth dates, licence plates, ...), so the
set also measures precision and recall on everything else.

Written blind: the author read only benchmarks/data/heldout_markup.py (the markup parser and the
checksum helpers reused here) and the module docstrings of build_sensitive_heldout.py,
build_sensitive_heldout2.py and build_sensitive_heldout3.py (their annotation conventions,
output format, checks and overlap check, followed here unchanged), not their code or texts. The
checks and the overlap check below were written from those docstrings. The author did not read
the detectors, models, tests or bot code (pipelines/, models/, tests/, bot/), nor the contents of
any .jsonl file or of /work/shared/eval, and ran no privacywacht detector, CLI or pipeline on
these texts. Every text, name and number was invented for this set; checksum values (BSN, IBAN,
btw, card number, Belgian national and eID card numbers) were generated valid with python-stdnum,
and unmarked numbers that imitate them fail their checksum. The other sets are opened only by
this script, to reject overlap: a marked value of an identifying type (numbers, codes, e-mail
addresses, phone numbers, full names, passwords; also a number whose digits equal a number of
six or more digits there) that occurs in benchmarks/data/*.jsonl (this output excluded) or
/work/shared/eval/*.jsonl, or a run of eight words shared with one of their texts, stops the
build and only the colliding value (or words) of this set is printed.

Text types (Dutch, some Flemish, English and German, some mixed), 1-12 lines each, in
situations the earlier sets do not list: webcare DMs, app-store reviews, WhatsApp and Teams
exports, voicemail and call transcripts, complaint and claim forms, insurer claim notes, school
and childcare messages, gym and sports-club admin, funeral and estate admin, landlord messages,
job-application portals, hosting and developer tickets, repair forms, holiday homes:

  cr-01..cr-37  credentials: SIM PUK in a webcare DM, a PIN in an app review, a streaming
                password in a family WhatsApp, key-box and alarm codes in a voicemail (spelled
                out), locker and bike-lock combinations, wp-config, docker login, curl API key,
                leaked personal access token, modem Wi-Fi and admin passwords (old and new), a
                child's school-app password guesses, an SMS code read out to a scammer, a
                password in an e-mail subject, a crypto-wallet recovery phrase, a lost bank
                card's PIN (Flemish), OCR'd access-pass PIN, backup codes, voicemail PIN, a
                phone unlock code on a repair form, TV parental-lock PINs, an Apple-style
                recovery key, a deceased father's password-vault secret key and passphrase, a
                DigiD password given to a bookkeeper, a gate code for a parcel, a temporary
                password for a colleague, a password on its own line, a boiler key-safe code
  hl-01..hl-50  health: school absence, gym cancellation and freeze, insurer claim notes, sick
                leave in English and Flemish, pharmacy-app review, Wmo request, airline
                assistance, a landlord and mould, funeral admin, a deaf customer, assessment
                facilities, sports-club incident, dentist voicemail, OCR'd home-care intake,
                hospital stay before a notary appointment, allergy question to a web shop, exam
                facilities, pregnancy complications, dementia and power of attorney, misspelt
                chat, a forwarded HR mail about addiction, travel claim, chemotherapy in a
                sign-off, lab results, a cycle-app review, therapy appointment, dialysis and a
                rental car, cataract surgery, childcare epilepsy note, a disabled parking card,
                bipolar disorder at debt counselling, aphasia, foot deformity on a return,
                medication change, Tourette at school, panic in a chat, cochlear implant,
                colour blindness, respite care, stuttering, HIV, alcohol addiction, diabetes
                technology at school, sleep apnoea at a hotel, kidney stones
  sp-01..sp-34  special categories: religious holidays and practices (Hindu, Jewish,
                Adventist, Coptic, Pentecostal, Alevi, humanist, Muslim converts, headscarf),
                party membership, candidacy, office and opinion (SP, N-VA, CDA, VVD,
                GroenLinks-PvdA), union membership and roles (AOb, ACV Puls, FNV), sexual
                orientation (lesbian, gay, bisexual), ethnicity and race (Antillean,
                Moroccan-Berber, Sinti, Hazara, West African, including slurs aimed at a person),
                criminal data (suspended sentence, driving ban, refused VOG, conviction,
                juvenile HALT programme, penal order, dropped suspicion, probation supervision
                and reporting duty, detention, pre-trial custody, electronic tag, arrest),
                biometric data (face scan, fingerprints of a time clock) and genetic data (a
                BRCA2 carrier, a sickle-cell carrier status and an ancestry result of a DNA test)
  id-01..id-25  identity documents and BSN: payroll onboarding, WhatsApp to a landlord, OCR'd
                municipal form, Flemish student and telecom portals (rijksregisternummer, eID
                card number), a German, Polish, Japanese, Brazilian, British, Turkish, Moroccan
                and Italian document, car rental and lease driving licences, youth care, death
                certificate, CSV export, upload file names and a Windows path, a BSN spelled out
                in a call transcript, childcare benefit, residence permit, OCMW form, a
                pharmacy-app mix-up
  lk-01..lk-20  look-alikes only: IT newsletter and release notes, shop campaigns, polling
                station, gym welcome, staff party, bank warning, school news, insurance and
                travel information, HR notice, strike and broken vending machine, figurative
                speech, a cat with diabetes, an escape room, a burglary victim, router and app
                questions, an EAN code, a marketing mail
  mx-01..mx-08  mixed: webcare DM, job application with a profile URL, Flemish rent delay,
                hosting ticket (KvK, btw, IP address, SSH passphrase), card payment with CVC,
                public-transport complaint, a team list for trainers, a car-damage claim note

Markup: ⟦TYPE|value⟧ marks a span (aliases of heldout_markup: P E T A PC L LP ID CC IP DOB CR H
S C U). ⟪CAT|text⟫ marks a look-alike (CAT one of CR, H, S, ID: the category it imitates); the
markers are removed, counted and checked (a look-alike never overlaps a span of the category it
imitates, for ID neither ID_DOCUMENT nor BSN; it may coincide with a span of another type, e.g.
a policy number that is CUSTOMER_ID, a street name with "Kerk" or "Kapel" that is ADDRESS, a
torn ankle ligament ("enkelband") that is HEALTH) and not written to the JSONL. Every JSON line is
{"id", "text", "request": null, "spans": [{"start", "end", "type", "value"}]}: this set does not
label data-subject requests, so "request" is null throughout.

Conventions are those of build_sensitive_heldout.py, build_sensitive_heldout2.py and
build_sensitive_heldout3.py (PERSON without titles or salutations, user and login names built
from a name are PERSON, pets' names are not; ADDRESS, POSTCODE and LOCATION separate; towns of
organisations, travel and venues unmarked; CREDENTIAL only the secret without cue, quotes or
brackets; HEALTH and SPECIAL without articles, possessives, auxiliaries, durations or dates;
ID_DOCUMENT only the number; numbers spelled out in a transcript marked as worded, checksums on
the digits they stand for). Additions used here:
- Genetic data (a carrier status, a gene mutation, an ancestry or health result of a DNA test)
  is SPECIAL as worded ("⟦S|BRCA2-draagster⟧"); a condition or treatment named next to it stays
  HEALTH.
- A care need is HEALTH as worded ("⟦H|hulp bij het douchen⟧", "⟦H|stomazorg⟧"), as is an
  indication for long-term care and a symptom ("⟦H|koorts⟧"); a dosage or measured value is kept
  in the span when the message states it as the result ("⟦H|ferritine 6 µg/l⟧").
- A religious feast or practice the person observes is SPECIAL ("⟦S|Divali⟧", "⟦S|sabbat⟧",
  "⟦S|vast in de weken voor Pasen⟧"); a shop campaign tied to a feast is a look-alike.
- A slur or label that a third party aims at the person's ethnicity is SPECIAL as worded.
- An arrest or a suspicion is criminal data ("⟦S|verdenking van bedreiging⟧",
  "⟦S|aangehouden op verdenking van ...⟧"); slang for prison ("⟦S|in de bak⟧") too.
- OCR noise is kept inside a value as scanned ("⟦DOB|3O-08-1939⟧"); cue words garbled by OCR
  stay unmarked.
- A reference to a secret in configuration ("${SMTP_PASSWORD}"), an expiry rule for tokens and
  a product feature (face recognition, fingerprint scanner at a gym entrance) are look-alikes.
- Foreign identity documents after a cue, and a Dutch residence permit, are ID_DOCUMENT; they are
  listed in FOREIGN_IDS. A Belgian driving-licence number has the 10-digit form.

Checks: exact offsets; heldout_markup's checksums (BSN elfproef, IBAN, Luhn for cards, btw, BE
national and eID card numbers) and its trap check (unmarked numbers that look like BSN/card/IBAN
fail their checksum); every ID_DOCUMENT value fits one of the document formats or FOREIGN_IDS;
unmarked 3-7-2 digit groups fail the eID check; CREDENTIAL values carry no cue word, quote,
bracket or trailing punctuation; HEALTH and SPECIAL values start with no article or possessive;
no leading or trailing spaces, no overlapping spans, unique ids; every occurrence of a marked
value of length >= 4 (case-insensitive, whole word) lies inside a span; look-alikes lie outside
the spans of their category; plus the overlap check above. Any failed check is printed and
aborts the run without writing the JSONL (exit status 1).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from heldout_markup import check_traps, check_value, coverage, digits, parse
from stdnum.be import nn as be_nn

# Identity documents that do not have one of the Dutch or Belgian formats checked below:
# foreign ID cards and passports after a cue, and a Dutch residence permit.
FOREIGN_IDS = {
    "LZ6R43V91",  # German Personalausweis
    "AYC706315",  # Polish dowód osobisty
    "TK4419027",  # Japanese passport
    "FZ820163",  # Brazilian passport
    "533910472",  # UK passport
    "28417593046",  # Turkish T.C. kimlik no
    "V08K3R5T2",  # Dutch residence permit (verblijfsdocument)
    "UY4183920",  # Moroccan passport
    "CA71429FB",  # Italian carta d'identità
}

TEXTS = [
    # -----------------------------------------------------------------------------------------
    # cr: credentials, with look-alikes
    # -----------------------------------------------------------------------------------------
    (
        "cr-01",
        "Hoi! Via DM want de chat doet het niet. Mijn nieuwe simkaart vraagt om de PUK, "
        "op het kaartje staat ⟦CR|58302917⟧ maar die wordt geweigerd?? "
        "Klantnummer ⟦C|KN-5930618⟧, staat op naam van ⟦P|Sevilay Karaburun⟧. Alvast bedankt x",
    ),
    (
        "cr-02",
        "★☆☆☆☆ Sinds ⟪CR|versie 8.14.2⟫ moet ik bij elke start opnieuw inloggen. Heb mijn pincode "
        "zelfs maar veranderd in ⟦CR|3690⟧ zodat ik hem niet kan vergeten en nóg krijg ik "
        "'onjuiste code'. Fix dit nou eens. – ⟦P|Gert-Jan⟧",
    ),
    (
        "cr-03",
        "[09-02-2024, 20:13] ⟦P|Wendela Hoogstraten⟧: ⟦P|Jorrit⟧ de tv vraagt weer om iets voor netflix\n"
        "[09-02-2024, 20:14] ⟦P|Jorrit Hoogstraten⟧: Het wachtwoord is ⟦CR|Kikker&Pad1974⟧, K en P met hoofdletter\n"
        "[09-02-2024, 20:15] ⟦P|Wendela Hoogstraten⟧: gelukt!! 👍\n"
        "[09-02-2024, 20:16] ⟦P|Jorrit Hoogstraten⟧: top. De ⟪CR|ouderlijk-toezichtcode⟫ laat je gewoon uit staan",
    ),
    (
        "cr-04",
        "Voicemail ontvangen 10:42 (automatisch uitgeschreven): ja goedemiddag met ⟦P|Ruud Verhoeckx⟧ "
        "van de ⟦A|Lindenlaan 48⟧ in ⟦L|Nieuwegein⟧ eh de monteur kan morgen gewoon naar binnen de "
        "sleutel zit in het kastje naast de voordeur de code is ⟦CR|drie negen een vier⟧ en het alarm "
        "zet ie uit met ⟦CR|zeven twee nul zes⟧ en dan hekje eh bel anders even terug op "
        "⟦T|nul zes vijf twee negen een nul acht drie acht⟧ dank u wel",
    ),
    (
        "cr-05",
        "Hallo, mijn kluisje (nr. 112) bij de kleedkamers gaat niet meer open met mijn eigen cijfercode "
        "⟦CR|0-4-1-8⟧. Mijn autosleutels liggen erin en ik moet om zes uur weg. Lidnr ⟦C|FF-302955⟧. "
        "Gr ⟦P|Bo Terlinden⟧",
    ),
    (
        "cr-06",
        "Subject: website plat na migratie\n\n"
        "Hoi, na de overstap naar het nieuwe hostingpakket krijg ik 'Error establishing a database "
        "connection'. Dit staat in mijn wp-config.php:\n"
        "define( 'DB_NAME', 'broodjeszaak_wp' );\n"
        "define( 'DB_USER', 'wp_beheer' );\n"
        "define( 'DB_PASSWORD', '⟦CR|Zuurdesem!Rogge42⟧' );\n"
        "define( 'DB_HOST', 'localhost' );\n"
        "Moet de host iets anders zijn? Klant ⟦C|HST-773019⟧, ⟦P|Meryem Aydoğan⟧",
    ),
    (
        "cr-07",
        "Klant: de monteur heeft vanmiddag de modem vervangen en nu vindt mijn printer niets meer\n"
        "Medewerker ⟦P|Ilias⟧: Vervelend! Welke netwerknaam ziet u nu?\n"
        "Klant: ⟪CR|Thuisnet_5G⟫ en het wachtwoord op de sticker is ⟦CR|x7Kp-2mQa-9tLe⟧\n"
        "Medewerker ⟦P|Ilias⟧: Heeft u het beheerderswachtwoord ook aangepast?\n"
        "Klant: ja, van ⟦CR|Welkom-4u⟧ naar ⟦CR|Ijsvogel#Dijk12⟧",
    ),
    (
        "cr-08",
        "Goedemorgen, mijn dochter ⟦P|Noor⟧ (klas 2B) kan niet meer inloggen in de leerlingenapp. "
        "Leerlingnummer ⟦C|128844⟧. Ze heeft het wachtwoord zelf gewijzigd en denkt dat het "
        "⟦CR|Paardje2012⟧ of ⟦CR|Paardje2012!⟧ is geworden. Kunnen jullie het resetten? "
        "Met vriendelijke groet, ⟦P|Marloes Dijkgraaf-Beens⟧",
    ),
    (
        "cr-09",
        "Ik ben gisteren gebeld door iemand van 'de fraudeafdeling' en heb de code uit de sms "
        "voorgelezen: ⟦CR|573 806⟧. Daarna is er 1.850 euro van mijn rekening "
        "⟦IBAN|NL61 INGB 8138 2945 57⟧ afgeschreven. Wat moet ik nu doen? Ik ben 72 en hier echt van "
        "ondersteboven.\n⟦P|H. Wijnsma⟧, geb. ⟦DOB|17-06-1951⟧",
    ),
    (
        "cr-10",
        "@⟦P|ruben.kooistra⟧ can you check the staging deploy? I pasted my personal token in the "
        "pipeline log by accident: ⟦CR|ghp_R4nd0mT0k3nXw9LmQa2Vb7Ez1Kc5Hf8Ju3⟧ – please revoke it. "
        "Otherwise ⟪CR|OPS-2291⟫ can wait till Monday.",
    ),
    (
        "cr-11",
        "Welkom in ons huisje! De voordeur heeft een cijferslot, jullie code is ⟦CR|5119⟧ en dan het "
        "vinkje. Wifi: netwerk ⟪CR|Duinroos⟫, wachtwoord ⟦CR|zeewind-en-zout⟧. Vragen? Bel "
        "⟦P|Annemieke⟧ op ⟦T|06-19 44 27 83⟧. Fijn verblijf!",
    ),
    (
        "cr-12",
        "Onderwerp: nieuw ww ⟦CR|Lente2024!Pim⟧ werkt niet in Outlook\n\n"
        "Hoi servicedesk, zie onderwerp. Net gewijzigd via de selfservice maar Outlook blijft erom "
        "vragen. Gebruikersnaam ⟦P|pvanhulten⟧, toestel 4410.\n⟦P|Pim van Hulten⟧ – Inkoop",
    ),
    (
        "cr-13",
        "Help, mijn wallet-app is van mijn telefoon verdwenen na de reset. Ik heb de herstelzin nog op "
        "papier:\n⟦CR|orbit tumble velvet cactus hinge ladder oyster plume frost quarry amber nephew⟧\n"
        "Kan ik daarmee weer bij mijn account ⟦E|t.brinkhorst@kpnmail.nl⟧? ⟦P|Tamara Brinkhorst⟧",
    ),
    (
        "cr-14",
        "Dag, ik ben mijn bankkaart kwijtgespeeld op de vrijdagmarkt. De kaart is al geblokkeerd via "
        "Card Stop, maar de pincode zat er op een briefje bij (⟦CR|6047⟧, ik weet het, stom). Kan er "
        "nog iets gebeuren met mijn rekening ⟦IBAN|BE37 2573 6604 8228⟧? Groetjes, "
        "⟦P|Lieselot Vandecasteele⟧, ⟦T|0476 31 58 02⟧",
    ),
    (
        "cr-15",
        "Het nieuwe ⟪CR|wachtwoordbeleid (min. 14 tekens, 1 cijfer, geen namen)⟫ accepteert mijn "
        "oude niet meer. Ik had ⟦CR|Ruimtevaart88⟧ en probeer nu ⟦CR|Ruimtevaart88-Maanlander⟧ maar "
        "hij zegt 'te zwak'?? Personeelsnummer ⟦C|100735⟧, ⟦P|Koen Stellingwerf⟧",
    ),
    (
        "cr-16",
        "AANVRAAG TOEGANGSPAS (gescand)\n"
        "Naarn: ⟦P|Yvette Baljeu⟧      Afd.: Facilitair\n"
        "Personeelsnr: ⟦C|20-3318⟧\n"
        "Zelfgekozen pincode pas (4 cijfers): ⟦CR|8 3 7 1⟧\n"
        "Handtekening: ........",
    ),
    (
        "cr-17",
        "[Teams] ⟦P|Loes Kranendonk⟧ 08:57\nheb je het wachtwoord van de gedeelde mailbox nog?\n"
        "[Teams] ⟦P|Hamza Oulad Ali⟧ 08:58\ndit is 'm: ⟦CR|Receptie#2024q3⟧\nniet doorsturen aub 🙏",
    ),
    (
        "cr-18",
        "Ik ben mijn telefoon verloren en kom niet meer in mijn zakelijke account "
        "(⟦E|s.oudeluttikhuis@dakwerken-olh.nl⟧). Ik heb nog deze reservecodes uit 2022:\n"
        "⟦CR|4829 1057⟧\n⟦CR|7731 0096⟧\n⟦CR|2265 8413⟧\n"
        "Welke moet ik eerst proberen? ⟦P|Sander Oude Luttikhuis⟧",
    ),
    (
        "cr-19",
        "Het alarm ging vannacht om 3 uur af en het paneel accepteerde niets. Ik heb ⟦CR|1963⟧, "
        "⟦CR|6655⟧ en de oude code ⟦CR|5802⟧ geprobeerd. Abonnement ⟦C|ALR-55190⟧, Fam. "
        "⟦P|Weggeman⟧, ⟦A|Spoorsingel 3a⟧, ⟦PC|2613 BG⟧ ⟦L|Delft⟧. Graag vandaag nog een monteur.",
    ),
    (
        "cr-20",
        "Ik hoor steeds 'uw voicemailcode is onjuist'. Volgens mij heb ik hem ooit op ⟦CR|88021⟧ "
        "gezet maar dat werkt niet. Mijn nummer is ⟦T|06 38 17 29 64⟧. (Geen haast, het is geen "
        "⟪CR|code rood⟫ ofzo haha)",
    ),
    (
        "cr-21",
        "Hi, I'm locked out of the router admin page. The previous tenant left a note saying the "
        'password is "⟦CR|sunflower_1993⟧" but that doesn\'t work anymore. Contract number '
        "⟦C|TC-90215537⟧, name ⟦P|Oisín Gallagher⟧, ⟦A|Van Speijkstraat 117-2⟧, ⟦L|Amsterdam⟧.",
    ),
    (
        "cr-22",
        "Build faalt sinds vanochtend op de login-stap:\n"
        "docker login registry.intern.example -u ⟦P|dvanschaik⟧ -p ⟦CR|Hx82!mPzr0Tq⟧\n"
        "Error response from daemon: unauthorized. Is mijn account verlopen? Ticket ⟪CR|#55817⟫",
    ),
    (
        "cr-23",
        "mijn wachwoord is ⟦CR|kaasschaaf12⟧ en toch zegt ie steeds fout, heb al 3x gereset. kunnen "
        "jullie kijken?? email ⟦E|jolanda.vis1968@hotmail.com⟧",
    ),
    (
        "cr-24",
        "REPARATIEFORMULIER\nToestel: Galaxy A54 – klacht: scherm gebarsten, touch werkt half\n"
        "Ontgrendelcode (voor de test na reparatie): ⟦CR|240197⟧\n"
        "Naam: ⟦P|Nadia El Mansouri⟧   Tel: ⟦T|0613874512⟧\n"
        "⟪CR|Reparatienummer: R-2024-18830⟫",
    ),
    (
        "cr-25",
        "Hallo, onze tv staat op kinderslot en geen van ons weet de pincode nog. We hebben "
        "⟦CR|1357⟧ en ⟦CR|8642⟧ al geprobeerd. In de handleiding staat iets over een "
        "⟪CR|pincode-policy⟫ van de fabriek maar daar snap ik niks van. Groet, ⟦P|Frits Abbink⟧",
    ),
    (
        "cr-26",
        "Ik heb een nieuwe laptop en moet mijn Apple ID herstellen. Ik heb de herstelsleutel die "
        "ik toen moest opschrijven:\n⟦CR|R7KQ-2MZX-P4WN-9HTE-5VBY-L3CJ⟧\n"
        "Maar hij vraagt ook om een vertrouwd apparaat dat ik niet meer heb. Wat nu?",
    ),
    (
        "cr-27",
        "Geachte heer/mevrouw, mijn vader ⟦P|Adriaan Kool⟧ is vorige maand overleden. In zijn map "
        "vond ik de noodkaart van zijn wachtwoordkluis met Secret Key "
        "⟦CR|A3-8KDT4P-QW29XZ-H7M5N-2RJVC-8E6TL-G4Y9B⟧ en het hoofdwachtwoord "
        "⟦CR|Oranjeboom 1948 Vlissingen⟧. Mag ik als erfgenaam daarmee inloggen om zijn "
        "abonnementen op te zeggen? ⟦P|Marijke Kool⟧",
    ),
    (
        "cr-28",
        "Ik probeer in te loggen in de sportschool-app, ik krijg een sms met ⟦CR|903 117⟧ maar na "
        "invullen staat er 'verlopen'. Ook werkt ⟪CR|kortingscode ZOMERFIT25⟫ niet bij het "
        "verlengen. Lid ⟦C|SP-66120⟧",
    ),
    (
        "cr-29",
        "Fiets is verkocht via Marktplaats aan ⟦P|Dirk Haverkamp⟧. Het cijferslot staat op "
        "⟦CR|3-9-0-6⟧, dat heb ik hem doorgegeven. ⟪CR|Framenummer WAZ4471230⟫ staat op de "
        "factuur.",
    ),
    (
        "cr-30",
        "Onze koppeling met jullie API geeft sinds gisteren ⟪CR|HTTP 401⟫. Zo roepen we aan:\n"
        'curl -H "X-Api-Key: ⟦CR|k3y_9f2a7d1e6b0c4a8f51e2⟧" https://api.verzendhuis.example/v2/zendingen\n'
        "Is de sleutel ingetrokken? Groet, ⟦P|Wessel Nijenhuis⟧ (⟦T|053-4318860⟧)",
    ),
    (
        "cr-31",
        "Goeiedag, ik geraak niet meer op mijn klantenzone. Mijn paswort is ⟦CR|Kortrijk2019⟧ "
        "maar ik krijg 'ongeldige gegevens'. Klantnummer ⟦C|7100-44823⟧, ⟦P|Jens Verhaeghe⟧. "
        "Merci!",
    ),
    (
        "cr-32",
        "Eerlijk gezegd heb ik mijn DigiD-wachtwoord (⟦CR|Belasting!Terug2023⟧) aan mijn vorige "
        "boekhouder gegeven. Die werkt niet meer voor mij. Moet ik het wijzigen en hoe doe ik dat "
        "zonder de app? ⟦P|Ferdinand Tielemans⟧",
    ),
    (
        "cr-33",
        "Pakketje mag in de garage als ik er niet ben. De poort gaat open met ⟦CR|#4471*⟧ op het "
        "paneel rechts. ⟦A|Boerhaavelaan 22⟧, ⟦PC|5644 BK⟧ ⟦L|Eindhoven⟧. Bestelling "
        "⟪CR|2024-88172⟫.",
    ),
    (
        "cr-34",
        "Hoi, kun je de nieuwe collega ⟦P|Priya⟧ toegang geven tot de boekhouding? Tijdelijk "
        "wachtwoord mag ⟦CR|Tijdelijk-Winter-77⟧ zijn, ze moet het bij eerste login wijzigen. "
        "Foutcode die ze nu krijgt: ⟪CR|0x80070005⟫.",
    ),
    (
        "cr-35",
        "Misschien helpt dit bij het herstellen van de NAS:\n"
        "user: ⟦P|ernst⟧\n⟦CR|Dr44iTafel!!⟧\n"
        "(de oude was ⟦CR|draaitafel⟧ zonder alles)",
    ),
    (
        "cr-36",
        "Bij het aanmelden voor de hockeyclub-app vraagt hij een verificatiecode, maar ik krijg "
        "geen sms. ⟪CR|Toegangscode wordt per sms verstuurd⟫ staat er. Nummer ⟦T|+31 6 41098273⟧.",
    ),
    (
        "cr-37",
        "Beste ⟦P|Gerrit⟧, voor het onderhoud van de cv-ketel morgen: de sleutelkluis hangt achter "
        "bij de schuur, combinatie ⟦CR|7-2-2-9⟧. Onze hond Bommel logeert bij de buren. ⟦P|Sytske⟧",
    ),
    # -----------------------------------------------------------------------------------------
    # hl: health, with look-alikes
    # -----------------------------------------------------------------------------------------
    (
        "hl-01",
        "Goedemorgen juf ⟦P|Esra⟧, ⟦P|Mats⟧ blijft vandaag thuis, hij heeft ⟦H|waterpokken⟧ 🙁 "
        "De huisarts zegt in elk geval tot vrijdag. Groetjes ⟦P|Sanne⟧ (mama van ⟦P|Mats⟧)",
    ),
    (
        "hl-02",
        "Ik wil mijn abonnement per direct opzeggen. Reden: ik ben gediagnosticeerd met "
        "⟦H|ziekte van Bechterew⟧ en mag van de reumatoloog voorlopig alleen nog "
        "⟦H|hydrotherapie⟧ doen. Lidnummer ⟦C|GYM-0938271⟧. Een medische verklaring stuur ik na.\n"
        "⟦P|Tobias Rijnders⟧",
    ),
    (
        "hl-03",
        "Claimnotitie 24-0877 – verzekerde ⟦P|J.C. Boersma-Tjallema⟧ (polis ⟦C|ZV-30418862⟧) dient "
        "nota's in voor ⟦H|fysiotherapie na voorste-kruisbandreconstructie⟧ (18 behandelingen) en "
        "een ⟦H|kniebrace⟧. Verwijzing orthopeed aanwezig. Valt onder aanvullend pakket "
        "⟪H|Sport & Fysio Plus⟫; restant eigen risico nog 235 euro.",
    ),
    (
        "hl-04",
        "Hi ⟦P|Mirjam⟧, quick heads-up: I'll be out for at least two weeks. I had "
        "⟦H|gallbladder surgery⟧ yesterday and I'm on ⟦H|oxycodone⟧ for the pain, so no laptop "
        "for now. ⟦P|Dewi⟧ can take over the payroll run. Cheers, ⟦P|Rens⟧",
    ),
    (
        "hl-05",
        "⭐⭐ De app werkt wel maar mijn herhaalrecept ⟦H|Euthyrox⟧ voor mijn "
        "⟦H|te trage schildklier⟧ blijft al een week op 'in behandeling' staan. Bellen lukt ook "
        "niet. Jammer. – ⟦P|annelies_k⟧",
    ),
    (
        "hl-06",
        "Aanvraag maatwerkvoorziening Wmo\nNaam: ⟦P|Hendrika Poelstra⟧  Geboren: ⟦DOB|02-11-1946⟧\n"
        "Adres: ⟦A|Schapendrift 9⟧, ⟦PC|9461 TC⟧ ⟦L|Gieten⟧\n"
        "Toelichting: ik heb ⟦H|MS⟧ en loop sinds kort met een ⟦H|rollator⟧. De trap naar de "
        "slaapkamer lukt niet meer, ik vraag een ⟦H|traplift⟧ aan en ⟦H|hulp bij het douchen⟧.",
    ),
    (
        "hl-07",
        "Hello, we are flying with you on 14 June (booking ref QX7T2M). Our son ⟦P|Luuk⟧ (9) has "
        "⟦H|Duchenne muscular dystrophy⟧ and uses a ⟦H|powered wheelchair⟧. Its battery is a "
        "⟪H|48V lithium pack with a full health report⟫ from the supplier. Could you arrange "
        "assistance at the gate? ⟦P|Kirsten de Waal-Ong⟧, ⟦T|+31 6 27 55 01 93⟧",
    ),
    (
        "hl-08",
        "Hoi meneer ⟦P|Haddou⟧, de schimmel in de badkamer wordt echt erger. Onze jongste heeft "
        "sinds de winter ⟦H|benauwdheidsklachten⟧ en moet nu 2x per dag aan de "
        "⟦H|Ventolin-puffer⟧. Kunt u deze week iemand sturen? Groet ⟦P|Tessa⟧, ⟦A|Kamillestraat 14b⟧",
    ),
    (
        "hl-09",
        "Geachte heer/mevrouw, mijn moeder ⟦P|Gerarda Wolthuis-Smit⟧ is op 3 april overleden aan "
        "de gevolgen van ⟦H|longkanker⟧. De laatste weken lag ze in het hospice met een "
        "⟦H|morfinepomp⟧. Hierbij de akte; haar uitvaartpolis is ⟦C|UV-7720914⟧. Kunt u de "
        "uitkering overmaken naar ⟦IBAN|NL21 RABO 0164 8671 82⟧ t.n.v. ⟦P|W.A. Wolthuis⟧?",
    ),
    (
        "hl-10",
        "Beste klantenservice, ik ben sinds vorig jaar ⟦H|plotsdoof⟧ aan beide oren. Bellen "
        "gaat dus niet, wilt u mij alleen mailen? ⟦E|b.kwakkel@zeelandnet.nl⟧. Het gaat over "
        "de storing op mijn vaste lijn. ⟦P|Bram Kwakkel⟧",
    ),
    (
        "hl-11",
        "Ik solliciteer via jullie portal op de vacature data-analist. Bij 'bijzonderheden voor "
        "het assessment' kon ik niets invullen. Ik heb ⟦H|dyspraxie⟧ en een "
        "⟦H|auditieve verwerkingsstoornis⟧ en heb recht op extra tijd en een stille ruimte. "
        "Kandidaatnummer ⟦C|CAN-58213⟧, ⟦P|Lotte Wiersema⟧",
    ),
    (
        "hl-12",
        "Even ter info voor het bestuur: ⟦P|Jesse Oldenkamp⟧ (bondsnummer ⟦C|LMX48G2⟧) kreeg "
        "zaterdag bij de training een ⟦H|klaplong⟧ en is met de ambulance meegenomen. Hij ligt "
        "nog in het ziekenhuis. De ⟪H|AED⟫ in de kantine is gelukkig niet nodig geweest. "
        "Groet, ⟦P|Mark⟧ (trainer JO19)",
    ),
    (
        "hl-13",
        "Bericht ingesproken 08:12: goeiemorgen met ⟦P|Ans van Lier⟧ ik heb morgen om half tien "
        "een afspraak bij de tandarts maar die moet ik verzetten want ik heb ⟦H|gordelroos⟧ "
        "in mijn gezicht en ik slik nu ⟦H|valaciclovir⟧ dus ja eh wilt u mij terugbellen op "
        "⟦T|0592 34 71 06⟧ dank u",
    ),
    (
        "hl-14",
        "INTAKEFORMULIER WIJKVERPLEGING (scan)\nCliënt: ⟦P|T. Meulenbroek⟧  geb.datum ⟦DOB|3O-08-1939⟧\n"
        "Diagnoses: ⟦H|COPD GOLD III⟧, ⟦H|decompensatio cordis⟧\n"
        "Zorgvraag: ⟦H|zuurstof thuis⟧ 2 l/min, ⟦H|steunkousen aantrekken⟧, ⟦H|stomazorg⟧\n"
        "Contactpersoon: dochter ⟦P|Ria⟧, ⟦T|06-4O918827⟧",
    ),
    (
        "hl-15",
        "Dag, ik kan volgende week niet naar het kantoor komen voor de ondertekening. Ik lig in "
        "⟪H|AZ Sint-Lucas⟫ met een ⟦H|gebroken heup⟧ en daarna ga ik naar revalidatie. Kan mijn "
        "zoon ⟦P|Pieter-Jan⟧ met een volmacht komen? Vriendelijke groeten, ⟦P|Godelieve Claeys⟧",
    ),
    (
        "hl-16",
        "Vraag over de notenpasta in de ⟪H|categorie Allergievrij⟫: zitten er sporen van lupine "
        "in? Mijn zoontje is ⟦H|allergisch voor lupine⟧ en heeft vorig jaar een "
        "⟦H|anafylactische shock⟧ gehad, we hebben altijd een ⟦H|EpiPen⟧ bij ons. Bestelnr 771204.",
    ),
    (
        "hl-17",
        "Beste examencommissie, in de bijlage mijn verklaring van de orthopedagoog: ik heb "
        "⟦H|dyscalculie⟧ en last van ⟦H|faalangst⟧. Ik vraag voor de toetsweek een "
        "rekenmachine en 30 minuten extra. Studentnummer ⟦C|504127⟧, ⟦P|Jasmijn Koudijs⟧ (klas VZ2A)",
    ),
    (
        "hl-18",
        "Dag ⟦P|Kathleen⟧, ik laat even weten dat mijn ⟦H|moederschapsrust⟧ vroeger start dan "
        "gepland: ik ben sinds gisteren opgenomen met ⟦H|zwangerschapsvergiftiging⟧. Het attest "
        "van de gynaecoloog volgt via mijn man. Groetjes, ⟦P|Ine Wouters⟧",
    ),
    (
        "hl-19",
        "Hi, I'm writing on behalf of my husband ⟦P|Graham Petts⟧ (policy ⟦C|LV-2281904⟧). He was "
        "diagnosed with ⟦H|early-onset Alzheimer's⟧ in March and can no longer handle his own "
        "affairs. I have lasting power of attorney. Who do I send it to? ⟦P|Carolien Petts⟧",
    ),
    (
        "hl-20",
        "hoi ik heb ⟦H|fybromyalgie⟧ en ⟦H|migrane⟧ dus sommige dagen kom ik echt mijn bed niet "
        "uit. kan mijn les van dinsdag naar donderdag?? ik betaal gewoon. ⟦P|shanna⟧",
    ),
    (
        "hl-21",
        "---------- Doorgestuurd bericht ---------\nVan: ⟦P|Maaike Roelvink⟧ <⟦E|m.roelvink@roelvinkbouw.nl⟧>\n"
        "Onderwerp: Afwezigheid ⟦P|Rik⟧\n\n"
        "Zoals telefonisch besproken is ⟦P|Rik Oosterbeek⟧ sinds maandag opgenomen voor een "
        "⟦H|klinische behandeling⟧ van zijn ⟦H|cocaïneverslaving⟧. Graag discreet behandelen.\n"
        "------------------------------------------\n"
        "Kun jij de loondoorbetaling hierop aanpassen? Dank!",
    ),
    (
        "hl-22",
        "Goeiemiddag, mijn dochter ⟦P|Febe⟧ (lidnr ⟦C|2019-0412⟧) heeft de "
        "⟦H|ziekte van Osgood-Schlatter⟧ in haar beide knieën en mag van de kinesist drie maanden "
        "niet springen. Kan haar lidgeld voor die periode geschorst worden? ⟦P|Bart Vanhee⟧",
    ),
    (
        "hl-23",
        "Schadeclaim reisverzekering: tijdens onze rondreis kreeg ik op dag 6 een "
        "⟦H|longembolie⟧ en heb ik 4 nachten in een ziekenhuis daar gelegen. Ik moet nu een "
        "half jaar ⟦H|antistolling⟧. Bijlagen: ontslagbrief en rekeningen. Polisnr "
        "⟦C|RV-63318840⟧, ⟦P|Cor Hilbrink⟧",
    ),
    (
        "hl-24",
        "Sorry voor de late reactie op de offerte, mijn man heeft net zijn "
        "⟦H|tweede chemokuur⟧ gehad (⟦H|non-Hodgkin⟧) en het is hier even chaos. Volgende week "
        "kijk ik ernaar.\nGroet, ⟦P|Ellen Bouwhuis⟧\n⟦T|06-28 40 16 73⟧",
    ),
    (
        "hl-25",
        "Beste HR, in de bijlage de uitslag van het bloedonderzoek waar de bedrijfsarts om vroeg: "
        "⟦H|ernstig ijzertekort⟧, ⟦H|ferritine 6 µg/l⟧. Ik krijg nu ⟦H|ijzerinfusen⟧ in het "
        "ziekenhuis, daarom mijn afwezigheid op woensdagen. ⟦P|Nathalie Groenendijk⟧",
    ),
    (
        "hl-26",
        "1/5 stars. This cycle app pushed a notification on my LOCK SCREEN saying my "
        "⟦H|IVF⟧ transfer was today. At work. In a meeting. Turn that off by default!! – "
        "⟦P|Chantal Bergsma⟧",
    ),
    (
        "hl-27",
        "Afspraakbevestiging gewijzigd: mevrouw ⟦P|Y. Sahin⟧, uw ⟦H|EMDR-sessie⟧ bij uw "
        "behandelaar ⟦P|L. de Graauw⟧ is verplaatst naar donderdag 15:00. Neem bij klachten "
        "van uw ⟦H|PTSS⟧ buiten kantoortijd contact op met de crisisdienst.",
    ),
    (
        "hl-28",
        "Goedemiddag, ik ben ⟦H|nierdialysepatiënt⟧ (3x per week in ⟪H|Dialysecentrum Noord⟫) "
        "en vraag of ik mijn huurauto in de vakantieweek kan inleveren in Sneek in plaats van Leeuwarden, "
        "vlak bij het dialysecentrum daar. Reservering 81-20577. ⟦P|Sjoerd Kuipers⟧",
    ),
    (
        "hl-29",
        "Na de ⟪H|health check⟫ van jullie techneut draait de server weer, dank! Ik ben zelf "
        "volgende week weg voor een ⟦H|staaroperatie⟧, dus bel mijn collega ⟦P|Anouk⟧ "
        "als er iets is: ⟦T|0316-529874⟧. ⟦P|Harm Jaspers⟧",
    ),
    (
        "hl-30",
        "Info voor de pedagogisch medewerkers: ⟦P|Fenna⟧ heeft ⟦H|absence-epilepsie⟧. Ze kan "
        "een paar seconden 'wegvallen', dat is niet gevaarlijk. Ze krijgt 's ochtends thuis "
        "⟦H|Depakine⟧. Als het langer dan een minuut duurt, bel ons: ⟦T|06 15 90 38 46⟧. "
        "⟦P|Lara⟧ en ⟦P|Mehmet⟧",
    ),
    (
        "hl-31",
        "Bij het aanvragen van een ⟦H|GPK⟧ vraagt de gemeente om een medische keuring. Mijn vader "
        "(⟦P|Wim Reijnders⟧, ⟦DOB|14-05-1941⟧) heeft ⟦H|Parkinson⟧ en komt met moeite de deur "
        "uit. Kan de keuring thuis? ⟦A|Heideweg 31⟧, ⟦L|Ermelo⟧",
    ),
    (
        "hl-32",
        "Ik ben ⟦H|bipolair⟧ en heb in een ⟦H|manische periode⟧ vorig jaar drie leningen "
        "afgesloten. Ik ben nu stabiel op ⟦H|lithium⟧ en wil met de schuldhulp een regeling "
        "treffen. Dossier ⟦C|SH-2023-0917⟧, ⟦P|Ramon Tjin-A-Lim⟧",
    ),
    (
        "hl-33",
        "Mijn moeder ⟦P|Truus Mijnders⟧ kan niet meer zelf bellen: ze heeft ⟦H|afasie⟧ na een "
        "⟦H|herseninfarct⟧. Ik wil graag haar telefoonabonnement (⟦T|0528-261947⟧) overzetten "
        "naar mijn naam. Wat heeft u nodig? ⟦P|Ivo Mijnders⟧",
    ),
    (
        "hl-34",
        "Retour: de wandelschoenen maat 41 passen niet door mijn ⟦H|hallux valgus⟧, de neus "
        "drukt precies op de bult. Retournummer RT-558201. Graag geld terug op "
        "⟦IBAN|NL33 ABNA 7245 7253 66⟧. ⟦P|Gonny Draaisma⟧",
    ),
    (
        "hl-35",
        "Wijziging medicatie doorgeven aan de apotheek: de internist heeft mijn "
        "⟦H|Ozempic⟧ gestopt vanwege ⟦H|alvleesklierontsteking⟧. Ik ga terug op "
        "⟦H|gliclazide⟧ voor mijn ⟦H|suikerziekte⟧. Klantnr ⟦C|APT-341190⟧, ⟦P|Jacoba Kalsbeek⟧",
    ),
    (
        "hl-36",
        "Beste mentor, ⟦P|Sem⟧ heeft ⟦H|Gilles de la Tourette⟧. Zijn ⟦H|tics⟧ zijn erger als hij "
        "gespannen is, zoals bij de spreekbeurt vrijdag. Mag hij die in een klein groepje "
        "houden? Groet, ⟦P|Hanneke Sluiter⟧",
    ),
    (
        "hl-37",
        "sorry ben er niet bij de standup, ⟦H|hyperventilatie-aanval⟧ in de trein gehad en zit nu "
        "bij de huisarts. die denkt aan een ⟦H|paniekstoornis⟧ 😬 meld me straks wel",
    ),
    (
        "hl-38",
        "Hallo, ik heb een ⟦H|cochleair implantaat⟧ en de nieuwe draadloze koptelefoon die ik bij "
        "jullie kocht geeft een piep op mijn processor. Kan ik hem ruilen voor een bedraad "
        "model? Ordernr 2024-55013, ⟦P|Wouter Brakel⟧",
    ),
    (
        "hl-39",
        "Hi team, I'm ⟦H|colour blind⟧ (⟦H|deuteranopia⟧) and the new dashboard shows the "
        "⟪H|health score⟫ of every server only in red and green. Could you add icons or a "
        "different palette? Thanks, ⟦P|Siebe Hofstra⟧",
    ),
    (
        "hl-40",
        "Aanvraag logeeropvang voor mijn vader ⟦P|Jan-Willem Stroeve⟧, ⟦DOB|09-09-1937⟧. Hij "
        "heeft ⟦H|vasculaire dementie⟧ en sinds kort een ⟦H|Wlz-indicatie⟧. Ik ben de "
        "mantelzorger en moet 10 dagen naar het buitenland. ⟦P|Margriet Stroeve⟧, ⟦T|06 53 08 41 72⟧",
    ),
    (
        "hl-41",
        "Ik wil mijn lidmaatschap graag 6 maanden bevriezen. Ik ben ⟦H|in verwachting⟧ en heb "
        "⟦H|bekkeninstabiliteit⟧, de fysio raadt sporten af. Lidnummer ⟦C|FIT-771045⟧. "
        "Groet, ⟦P|Naomi Bredius⟧",
    ),
    (
        "hl-42",
        "Beste ⟦P|Ingrid⟧, hierbij mijn ziekmelding. De huisarts heeft ⟦H|ziekte van Pfeiffer⟧ "
        "vastgesteld, ik ben erg moe en moet het rustig aan doen. Ik houd je op de hoogte. "
        "⟦P|Daan Lubbers⟧",
    ),
    (
        "hl-43",
        "Dag meneer, ik kan morgen niet komen werken, ik zit thuis met een ⟦H|zware valling⟧ en "
        "⟦H|koorts⟧. Ik stuur het ziektebriefje vanavond door. Groeten ⟦P|Kobe Desmet⟧",
    ),
    (
        "hl-44",
        "Is er bij de excursie naar de grotten een alternatief? Ik heb ⟦H|claustrofobie⟧ en "
        "krijg in kleine ruimtes ⟦H|paniekaanvallen⟧. Boeking GR-4410-77, ⟦P|Elif Yıldırım⟧",
    ),
    (
        "hl-45",
        "Voor de clubkampioenschappen: ik heb een ⟦H|hartritmestoornis⟧ en sinds maart een "
        "⟦H|ICD⟧. Mag ik wel meedoen aan de 10 km? Het clubblad schreef dat er een ⟪H|AED⟫ bij "
        "de finish staat. ⟦P|Joris Bakema⟧, lid ⟦C|AV-3381⟧",
    ),
    (
        "hl-46",
        "Hoi, ik ben ⟦H|hiv-positief⟧ en gebruik ⟦H|Biktarvy⟧. Voor mijn verre reis in het najaar wil ik "
        "weten of de reisverzekering medicijnen dekt als ze gestolen worden. Polis "
        "⟦C|TRV-1180442⟧",
    ),
    (
        "hl-47",
        "Na 12 jaar drinken ben ik sinds januari droog en slik ik ⟦H|Antabus⟧. Mijn werkgever "
        "weet van mijn ⟦H|alcoholverslaving⟧ maar ik wil niet dat het in mijn personeelsdossier "
        "komt. Kan ik dat vragen? ⟦P|Stefan Rozendaal⟧",
    ),
    (
        "hl-48",
        "Goedemiddag, mag mijn dochter ⟦P|Roos⟧ (⟦DOB|21-01-2011⟧) tijdens toetsen haar telefoon "
        "bij zich houden? Ze heeft ⟦H|diabetes⟧ met een ⟦H|insulinepomp⟧ en een "
        "⟦H|FreeStyle Libre⟧-sensor die via de telefoon wordt uitgelezen. (De "
        "⟪H|batterijgezondheid⟫ van dat ding is wel matig, ze heeft een powerbank mee.)",
    ),
    (
        "hl-49",
        "Mijn partner heeft ⟦H|slaapapneu⟧ en slaapt met een ⟦H|CPAP⟧. Heeft de hotelkamer een "
        "stopcontact naast het bed? Reservering 39921-B, ⟦P|Anja Smeulders⟧",
    ),
    (
        "hl-50",
        "Geachte heer ⟦P|Wassenaar⟧, u vroeg naar de reden van mijn verzuim in mei. Dat was "
        "een ⟦H|nierstenenaanval⟧ met daarna een ⟦H|vergruizing⟧. Nu gaat het weer goed. "
        "⟦P|Erwin Mol⟧",
    ),
    # -----------------------------------------------------------------------------------------
    # sp: special categories, with look-alikes
    # -----------------------------------------------------------------------------------------
    (
        "sp-01",
        "Beste ⟦P|Marieke⟧, als ⟦S|hindoe⟧ vier ik met mijn familie ⟦S|Divali⟧. Dit jaar valt dat "
        "op een dinsdag; kan ik die dag vrij nemen in plaats van tweede kerstdag? Ik werk die "
        "kerst dan gewoon. Groet, ⟦P|Ravi Chotkan⟧",
    ),
    (
        "sp-02",
        "Klacht over uw bezorger: toen hij het pakket afleverde zag hij de poster aan mijn raam en "
        "riep dat ⟦S|SP-leden⟧ zoals ik 'het land kapotmaken'. Ik ben inderdaad "
        "⟦S|actief lid van de SP⟧, maar dat gaat hem niets aan. Zendingnr 3SXYZ1192046. "
        "⟦P|Gea Strijbosch⟧, ⟦A|Merelstraat 7⟧, ⟦L|Oss⟧",
    ),
    (
        "sp-03",
        "Hallo salarisadministratie, op mijn loonstrook van oktober staat geen inhouding meer "
        "voor de contributie. Ik ben nog steeds ⟦S|lid van de AOb⟧ en wil dat via de "
        "werkkostenregeling laten lopen. Personeelsnr ⟦C|41877⟧, ⟦P|Jeroen Bakx⟧ (docent "
        "aardrijkskunde)",
    ),
    (
        "sp-04",
        "Hoi, mijn verloofde en ik zijn allebei ⟦S|lesbiennes⟧ en we zoeken een trouwlocatie. Is "
        "⟪S|de Waalse Kerk⟫ bij jullie af te huren voor een ceremonie met twee bruiden? "
        "⟦P|Merel Tanis⟧, ⟦T|06-24 83 90 15⟧",
    ),
    (
        "sp-05",
        "Ik solliciteerde bij uw uitzendbureau en kreeg te horen dat de klant 'liever geen "
        "mensen met een ⟦S|Antilliaanse achtergrond⟧' wil. Ik ben geboren op Curaçao en voel me "
        "gediscrimineerd. Ik wil dit formeel melden. ⟦P|Shurenska Martina⟧, ⟦E|shurenska.m@gmail.com⟧",
    ),
    (
        "sp-06",
        "Voor het dossier: cliënt ⟦P|D. Verschuren⟧ heeft een "
        "⟦S|voorwaardelijke celstraf⟧ van drie maanden en een ⟦S|rijontzegging⟧ van een jaar "
        "gekregen. Hij vraagt of de leaseauto kan blijven staan tot hij weer mag rijden. "
        "Kenteken ⟦LP|T-482-HK⟧.",
    ),
    (
        "sp-07",
        "Wij zijn ⟦S|zevendedagsadventisten⟧ en houden de ⟦S|sabbat⟧ van vrijdagavond tot "
        "zaterdagavond. Kan de verhuizing van ⟦A|Dorpsstraat 55⟧ naar ⟦A|Rijnkade 2⟧ op zondag "
        "in plaats van zaterdag? ⟦P|Fam. Olij⟧",
    ),
    (
        "sp-08",
        "Hi, I'm trying to cancel my membership. I don't want the gym to keep my "
        "⟦S|face scan⟧ for the entrance gate any longer. Please delete it and confirm. "
        "Member ⟦C|M-0087731⟧, ⟦P|Tomasz Wiśniewski⟧",
    ),
    (
        "sp-09",
        "Dag, ik ben ⟦S|aangesloten bij ACV Puls⟧ en wil weten of de vakbond mij kan bijstaan "
        "bij het gesprek over mijn ontslag. Mijn lidnummer is ⟦C|PU-558024⟧. ⟦P|Nathalie Goossens⟧, "
        "⟦T|0485 77 12 39⟧",
    ),
    (
        "sp-10",
        "Geachte heer/mevrouw, ik ben ⟦S|homoseksueel⟧ en werd bij het bezichtigen van het "
        "appartement aan de ⟦A|Prinsenlaan 40⟧ door de makelaar gevraagd of 'mijn vriendin' ook "
        "kwam kijken. Toen ik zei dat ik een man heb, was de woning ineens verhuurd. Ik wil een "
        "klacht indienen. ⟦P|Thijs Wagenaar⟧",
    ),
    (
        "sp-11",
        "Bij de VOG-aanvraag voor de taxivergunning is mijn ⟦S|VOG geweigerd⟧ vanwege een "
        "⟦S|veroordeling voor rijden onder invloed⟧ uit 2019. Kan ik bezwaar maken? "
        "BSN ⟦BSN|255736885⟧, ⟦P|Rachid Boukhari⟧",
    ),
    (
        "sp-12",
        "Ik draag een ⟦S|hoofddoek⟧ en tijdens het sollicitatiegesprek voor de kassa vroeg de "
        "filiaalmanager of ik die 'in de winkel af zou willen doen'. Is dat toegestaan? "
        "Ik ben ⟦S|moslima⟧ en draag hem al 10 jaar. ⟦P|Hafsa Belkadi⟧",
    ),
    (
        "sp-13",
        "Beste meneer ⟦P|Dekkers⟧, nog even over het diner voor de jubilarissen: ik ben ⟦S|Joods⟧ en eet "
        "⟦S|koosjer⟧, en de datum valt precies op ⟦S|Jom Kipoer⟧, dan vast ik. Zou het op een "
        "andere dag kunnen? Met vriendelijke groet, ⟦P|Miriam Sanders-Cohen⟧",
    ),
    (
        "sp-14",
        "Hoi! Mag ik als ⟦S|N-VA-lid⟧ gewoon een stand zetten op jullie rommelmarkt, of is dat "
        "te politiek? Het ⟪S|feestje⟫ van de wijk is toch voor iedereen. ⟦P|Wim Peeters⟧",
    ),
    (
        "sp-15",
        "WhatsApp export – groep 'Ouders groep 6'\n[14-03-24 21:02] ⟦P|Ilona⟧: weet iemand of de "
        "vader van ⟦P|Dion⟧ echt ⟦S|in de bak⟧ heeft gezeten?\n"
        "[14-03-24 21:05] ⟦P|Kees⟧: ja, ⟦S|veroordeeld voor inbraken⟧, nu heeft ie een "
        "⟦S|elektronische enkelband⟧\n"
        "[14-03-24 21:06] ⟦P|Priscilla⟧: jongens dit hoort hier echt niet",
    ),
    (
        "sp-16",
        "Klacht ingediend via webformulier\nNaam: ⟦P|Dalila Hamdaoui⟧\nE-mail: "
        "⟦E|dalila.hamdaoui@live.nl⟧\nOmschrijving: de portier liet mijn vrienden wel binnen en "
        "mij niet. Hij zei letterlijk 'geen ⟦S|Marokkanen⟧ vanavond'. Ik ben van "
        "⟦S|Marokkaans-Berberse afkomst⟧. Ik verwacht een reactie.",
    ),
    (
        "sp-17",
        "Klant belt over de uitvaart van haar broer ⟦P|Ahmet Demirtaş⟧: hij was ⟦S|alevitisch⟧ en "
        "de familie wil een ⟦S|cemevi⟧-plechtigheid in plaats van een moskee. Kan de ⟪S|aula⟫ "
        "daarvoor worden ingericht? Terugbellen op ⟦T|06 47 21 86 09⟧",
    ),
    (
        "sp-18",
        "Voor de ledenadministratie van de korfbalclub: ik ben sinds kort "
        "⟦S|lid van een pinkstergemeente⟧ en zit op zondagochtend in de dienst. Kunnen mijn "
        "wedstrijden naar zaterdag? Mijn nieuwe adres is trouwens ⟪S|⟦A|Kapelstraat 4⟧⟫, niet "
        "meer ⟪S|⟦A|Kerkpad 19⟧⟫. ⟦P|Geeske van Dalen⟧",
    ),
    (
        "sp-19",
        "Ik wil bezwaar maken: de werkgever scant sinds maandag onze ⟦S|vingerafdrukken⟧ bij de "
        "prikklok en bewaart die op een server. Daar heb ik geen toestemming voor gegeven. "
        "Ik ben ⟦S|kaderlid van FNV Schoonmaak⟧ en collega's vragen mij wat ze kunnen doen. "
        "⟦P|Fatima Zerrouki⟧",
    ),
    (
        "sp-20",
        "Beste, mijn zoon ⟦P|Arne⟧ (17) werd ⟦S|opgepakt voor winkeldiefstal⟧ en er loopt een "
        "⟦S|HALT-traject⟧. Hij wil bij jullie een bijbaantje, moet hij dat melden? "
        "⟦P|Karin Maes⟧",
    ),
    (
        "sp-21",
        "Hallo, ik ben ⟦S|BRCA2-draagster⟧ en laat preventief mijn eierstokken verwijderen. "
        "Vergoedt mijn aanvullende verzekering de ⟦H|borstreconstructie⟧ die daarna gepland "
        "staat? Relatienummer ⟦C|ZK-11029465⟧, ⟦P|Saskia Vrolijk⟧",
    ),
    (
        "sp-22",
        "In de klantenapp staat sinds de update een ⟪S|inloggen met gezichtsherkenning⟫-knop. "
        "Ik heb die één keer geprobeerd. Is mijn ⟦S|gezichtsscan⟧ nu bij jullie opgeslagen? "
        "Dan wil ik dat hij verwijderd wordt. ⟦P|Hugo Remmelts⟧, ⟦E|hugo.remmelts@ziggo.nl⟧",
    ),
    (
        "sp-23",
        "Voor ons verenigingsblad zoeken we een vervanger voor ⟦P|Tineke⟧ als secretaris. Zij is "
        "⟦S|wethouder namens het CDA⟧ geworden en heeft er geen tijd meer voor. De ledenvergadering is op "
        "14 november in ⟪S|de Dorpskerk⟫.",
    ),
    (
        "sp-24",
        "Hi, dating app support: someone took screenshots of my profile where I'm listed as "
        "⟦S|bisexual⟧ and sent them to my family group chat. My family is "
        "⟦S|strictly Orthodox⟧. Please help me get those pictures traced. Username "
        "⟦P|lena_vdb94⟧",
    ),
    (
        "sp-25",
        "Onderwerp: screening beveiliger\nKandidaat ⟦P|Mitchel Sanches⟧ heeft aangegeven dat er "
        "een ⟦S|strafbeschikking voor mishandeling⟧ op zijn naam staat (2020). Volgens hem is een "
        "latere ⟦S|verdenking van bedreiging⟧ geseponeerd. Graag advies of we kunnen doorgaan.",
    ),
    (
        "sp-26",
        "Ik heb een DNA-test bij jullie gedaan voor mijn stamboom. In de uitslag staat dat ik "
        "⟦S|38% West-Afrikaanse afkomst⟧ heb en ⟦S|drager van sikkelcel⟧ ben. Wie hebben er "
        "allemaal toegang tot die uitslag? Account ⟦E|j.vanzeeland@proton.me⟧",
    ),
    (
        "sp-27",
        "Goedendag, mijn man is sinds de zomer ⟦S|gedetineerd⟧. Kan het huurcontract tijdelijk alleen "
        "op mijn naam, zodat ik de huurtoeslag kan aanvragen? Huurder ⟦P|Esther Pinas⟧, "
        "contract ⟦C|HC-2007-5531⟧",
    ),
    (
        "sp-28",
        "Vraag van een lid via de chat: 'Ik ben ⟦S|humanist⟧ en wil niet dat de opening van het "
        "seizoen met een gebed begint, kan dat?' Ik heb gezegd dat ik het bestuur vraag. "
        "— ⟦P|Rutger⟧, ledenadministratie",
    ),
    (
        "sp-29",
        "Ik ben ⟦S|Koptisch-orthodox⟧ en ⟦S|vast in de weken voor Pasen⟧ (veganistisch). Kunnen jullie "
        "in de bedrijfskantine tot eind april een plantaardige lunch voor mij klaarzetten? "
        "⟦P|Mina Girgis⟧, afdeling Logistiek",
    ),
    (
        "sp-30",
        "Bij het bezwaarschrift: mijn cliënt ⟦P|Ronald Vermeer⟧ staat onder "
        "⟦S|reclasseringstoezicht⟧ en heeft een ⟦S|meldplicht⟧ op dinsdag. De hoorzitting kan dus "
        "niet op dinsdag. Mr. ⟦P|A. Haksteen⟧",
    ),
    (
        "sp-31",
        "Sorry dat ik de ledenvergadering mis, ik sta die avond campagne te voeren als "
        "⟦S|kandidaat voor GroenLinks-PvdA⟧. Mijn contributie voor het koor betaal ik wel "
        "gewoon. ⟦P|Evelien Prins⟧",
    ),
    (
        "sp-32",
        "Beste verhuurder, de buurman noemde mijn kinderen vanochtend '⟦S|zigeuners⟧'. Wij zijn "
        "⟦S|Sinti⟧ en wonen hier al twintig jaar. Ik wil dat u hem hierop aanspreekt. "
        "⟦P|Roseli Weiss⟧, ⟦A|Wagenpad 3⟧",
    ),
    (
        "sp-33",
        "Onderwerp: opzegging lidmaatschap\nIk zeg per 1 januari mijn ⟦S|lidmaatschap van de VVD⟧ "
        "op. Incasso graag stopzetten van ⟦IBAN|NL60 SNSB 1999 1771 29⟧. Lidnummer "
        "⟦C|VVD-0712268⟧. ⟦P|Laurens Hoogendoorn⟧",
    ),
    (
        "sp-34",
        "Mijn vrouw is van ⟦S|Hazara⟧-afkomst en wordt in de wachtkamer van jullie praktijk "
        "steeds nagewezen en uitgelachen. Graag wat meer respect van de assistentes. "
        "⟦P|Mohammad Karimi⟧",
    ),
    # -----------------------------------------------------------------------------------------
    # id: identity documents and BSN, with look-alikes
    # -----------------------------------------------------------------------------------------
    (
        "id-01",
        "Nieuwe medewerker – gegevens voor de salarisadministratie\n"
        "Naam: ⟦P|Lucas Vennegoor⟧\nBSN: ⟦BSN|606.417.813⟧\nGeboortedatum: ⟦DOB|30-04-1996⟧\n"
        "IBAN: ⟦IBAN|NL98 TRIO 8780 2896 70⟧\nID-bewijs: paspoort ⟦ID|NR7K4T2B5⟧, geldig tot 2031\n"
        "Loonheffingskorting toepassen: ja",
    ),
    (
        "id-02",
        "[11-02-24 18:20] ⟦P|Joyce Lammers⟧: ⟪ID|IMG-20240211-WA0007.jpg⟫ (bestand bijgevoegd)\n"
        "[11-02-24 18:21] ⟦P|Joyce Lammers⟧: hier is mijn ID-kaart voor het huurcontract, het "
        "nummer is slecht leesbaar door de flits: ⟦ID|IZ5VW8H31⟧\n"
        "[11-02-24 18:40] Verhuur ⟦P|Ter Wisch⟧: ontvangen, dank je!",
    ),
    (
        "id-03",
        "GEMEENTE – AANVRAAG BIJZONDERE BIJSTAND (gescand document)\n"
        "Naarn aanvrager: ⟦P|Petra Ouwerkerk⟧\n"
        "Burgerservlcenummer: ⟦BSN|547 064 135⟧\n"
        "Soort ldentiteitsbewijs: ID-kaart   Docurnentnummer: ⟦ID|BH39FD1L8⟧\n"
        "Adres: ⟦A|Ganzenmarkt 12⟧ ⟦PC|7511 AB⟧ ⟦L|Enschede⟧\n"
        "Reden aanvraag: wasmachine kapot, ⟪ID|offertenummer 154208044⟫",
    ),
    (
        "id-04",
        "Beste studentenadministratie, bij mijn inschrijving voor de bachelor verpleegkunde "
        "geeft het portaal 'rijksregisternummer ongeldig'. Ik heb ⟦ID|02.08.23-752.43⟧ ingegeven, "
        "zoals op mijn identiteitskaart. Wat loopt er mis? ⟦P|Amber Van den Broeck⟧",
    ),
    (
        "id-05",
        "Dag, ik wil een nieuw gsm-abonnement afsluiten maar de webshop weigert mijn eID. "
        "Kaartnummer ⟦ID|592-5718551-94⟧, rijksregisternummer ⟦ID|75.03.19-254.93⟧. "
        "Adres ⟦A|Stationsstraat 88 bus 2⟧, ⟦PC|8500⟧ ⟦L|Kortrijk⟧. Groeten, ⟦P|Filip Decoster⟧",
    ),
    (
        "id-06",
        "Hallo, ich bin neu in ⟦L|Venlo⟧ und möchte Mitglied werden. Ich habe keinen "
        "niederländischen Ausweis, nur meinen Personalausweis, Nr. ⟦ID|LZ6R43V91⟧. Reicht das "
        "für die Anmeldung? Danke, ⟦P|Jannik Krämer⟧",
    ),
    (
        "id-07",
        "Nieuwe uitzendkracht voor de nachtploeg:\n⟦P|Krzysztof Wąsik⟧, geb. ⟦DOB|12-08-1989⟧\n"
        "Dowód osobisty: ⟦ID|AYC706315⟧\nBSN (net ontvangen van RNI): ⟦BSN|170815900⟧\n"
        "Huisvesting: ⟦A|Bloemendaalseweg 140 kamer 6⟧\nGraag inplannen voor de VCA-cursus.",
    ),
    (
        "id-08",
        "Bij het ophalen van de huurauto moest ik mijn rijbewijsnummer opgeven, dat is "
        "⟦ID|4955643581⟧. Nu staat er op de factuur een ander nummer en een andere naam. "
        "⟪ID|Reserveringsnummer 5208813390⟫. Kunt u dit corrigeren? ⟦P|Hidde Schaafsma⟧",
    ),
    (
        "id-09",
        "Aanmelding jeugdhulp: het gaat om ⟦P|Mylo de Boer⟧, ⟦DOB|18-10-2016⟧, BSN "
        "⟦BSN|577 122 770⟧. Hij heeft ⟦H|ODD⟧ en ⟦H|hechtingsproblematiek⟧ volgens het rapport "
        "van de GGD. Aanmelder: ⟦P|Linda de Boer⟧ (moeder), ⟦T|06 30 71 48 25⟧",
    ),
    (
        "id-10",
        "Geachte heer/mevrouw, bijgevoegd de overlijdensakte van mijn schoonvader "
        "⟦P|Hendrik Jan Leusink⟧ (BSN ⟦BSN|481030074⟧). Wilt u zijn abonnement beëindigen en het "
        "resterende tegoed overmaken naar ⟦IBAN|NL14 ASNB 3123 8195 62⟧? "
        "⟪ID|Uw kenmerk 116526744⟫. Met vriendelijke groet, ⟦P|Marian Leusink-Wevers⟧",
    ),
    (
        "id-11",
        "Export voor de IND-aanvraag (controleer even kolom 3 aub):\n"
        "studentnummer;naam;paspoortnr;nationaliteit\n"
        "⟦C|s2290417⟧;⟦P|Aiko Tanaka⟧;⟦ID|TK4419027⟧;Japans\n"
        "⟦C|s2291853⟧;⟦P|Gabriel Nunes Ferreira⟧;⟦ID|FZ820163⟧;Braziliaans",
    ),
    (
        "id-12",
        "Bij het uploaden van mijn sollicitatie krijg ik 'bestand te groot'. Het gaat om "
        "ID-bewijs_⟦ID|PT6M2XC90⟧_voorkant.png en ID-bewijs_⟦ID|PT6M2XC90⟧_achterkant.png, "
        "samen 14 MB. Mag ik ze mailen naar jullie? ⟦P|Joëlle Verkerk⟧",
    ),
    (
        "id-13",
        "Declaratie ingediend voor mijn zoon ⟦P|Tygo⟧, maar het portaal zegt dat het BSN niet "
        "bij de polis hoort. BSN zoon: ⟦BSN|566 955 350⟧, mijn ⟪ID|⟦C|polisnummer 224223376⟧⟫. "
        "Het ging om ⟦H|logopedie⟧ voor zijn ⟦H|stotteren⟧.",
    ),
    (
        "id-14",
        "Hi, for the account verification you asked for my passport details. I'm a UK citizen, "
        "passport number ⟦ID|533910472⟧, issued in 2019. My Dutch address is "
        "⟦A|Oudegracht 201⟧, ⟦PC|3511 NK⟧ ⟦L|Utrecht⟧. Kind regards, ⟦P|Fiona McAllister⟧",
    ),
    (
        "id-15",
        "Merhaba, voor het visum van mijn moeder vraagt het reisbureau haar T.C. kimlik no. Dat "
        "is ⟦ID|28417593046⟧. Zij heet ⟦P|Hatice Karakoyun⟧ en is geboren op ⟦DOB|05-03-1958⟧. "
        "Is dit genoeg voor de uitnodigingsbrief?",
    ),
    (
        "id-16",
        "Transcriptie gesprek klantenservice 14:22 – klant: ja ik ben ⟦P|Gerda Mulderij⟧ en eh "
        "mijn burgerservicenummer is ⟦BSN|vijf drie nul drie vier negen zes nul zeven⟧ en ik "
        "bel over de toeslag – medewerker: dank u, en uw geboortedatum? – klant: "
        "⟦DOB|elf juni negentienvijftig⟧",
    ),
    (
        "id-17",
        "Ik heb een nieuwe verblijfsvergunning gekregen, documentnummer ⟦ID|V08K3R5T2⟧. Mijn "
        "oude pas verloopt volgende week. Moet ik dit aan jullie doorgeven voor mijn contract? "
        "⟦P|Ahmad Rahimi⟧, personeelsnummer ⟦C|PN-3094⟧",
    ),
    (
        "id-18",
        "Goeiemorgen, voor de leasewagen heb ik mijn rijbewijs laten vernieuwen. Nieuw nummer: "
        "⟦ID|6214385097⟧. Nummerplaat van de wagen is ⟦LP|1-KZT-447⟧. ⟪ID|Dossier 2024/0381⟫. "
        "Mvg, ⟦P|Stijn Lemmens⟧",
    ),
    (
        "id-19",
        "Bij het uploaden loopt de scanner vast op dit bestand:\n"
        "C:\\Users\\⟦P|marloes.vink⟧\\Documents\\Scans\\paspoort_⟦ID|ES4RK09J7⟧_2023.pdf\n"
        "Andere bestanden (⟪ID|scan_0042.pdf⟫) gaan wel goed.",
    ),
    (
        "id-20",
        "Salam, wij gaan in mei met de hele familie op groepsreis. Voor mijn vader heeft u het "
        "paspoortnummer nodig: ⟦ID|UY4183920⟧ (Marokkaans paspoort). Hij is ⟦S|praktiserend "
        "moslim⟧ en wil graag een kamer met gebedsrichting. ⟦P|Youssef Ouchikh⟧",
    ),
    (
        "id-21",
        "Ciao! Check-in for the apartment tomorrow: my carta d'identità is ⟦ID|CA71429FB⟧, my "
        "partner ⟦P|Giulia Ferri⟧ has a passport, I'll send hers tonight. ⟦P|Matteo Rinaldi⟧, "
        "⟦T|+39 347 218 5590⟧",
    ),
    (
        "id-22",
        "Aanvraag kinderopvangtoeslag – ik vul het formulier in maar hij accepteert het BSN van "
        "mijn partner niet. Mijn BSN: ⟦BSN|631755135⟧, partner: ⟦BSN|181214386⟧. Kind: "
        "⟦P|Liv⟧, geboren ⟦DOB|07-07-2022⟧. ⟦P|Romy Scheepers⟧",
    ),
    (
        "id-23",
        "Inschrijving brugklas: de school vraagt een kopie van het BSN-bewijs. Ik heb "
        "BSN_⟦BSN|516778109⟧_inschrijving.pdf bijgevoegd. Leerling: ⟦P|Jens Albers⟧. ⟪ID|Het "
        "ID-kaartje van de school⟫ halen we in september op.",
    ),
    (
        "id-24",
        "OCMW – aanvraagformulier leefloon, gescand\nNaam: ⟦P|Kevin Van Acker⟧\n"
        "Kaartnummer identiteitskaart: ⟦ID|598 9776437 53⟧\n"
        "⟪ID|Gestructureerde mededeling +++090/9337/55493+++⟫",
    ),
    (
        "id-25",
        "In de apotheekapp staat onder mijn BSN ⟦BSN|441807835⟧ ineens medicatie van iemand anders: "
        "⟦H|methotrexaat⟧. Ik gebruik alleen ⟦H|Thyrax⟧. Is hier iets fout gegaan met de "
        "koppeling? ⟦P|Elske Hoekman⟧",
    ),
    # -----------------------------------------------------------------------------------------
    # lk: look-alikes only (other personal data is still marked)
    # -----------------------------------------------------------------------------------------
    (
        "lk-01",
        "Nieuwsbrief IT-beheer, maart\n"
        "- Deze maand krijgen alle laptops een ⟪H|kuur⟫ van updates; herstart na de melding.\n"
        "- De ⟪H|virusscanner⟫ vond vorige week 3 ⟪H|besmette⟫ bijlagen, niet openen!\n"
        "- Gebruik de ⟪CR|wachtwoordmanager⟫ en zet ⟪CR|2FA⟫ aan; ⟪CR|minimaal 12 tekens⟫.\n"
        "- Vragen? Mail ⟦P|Bas Tromp⟧ van de servicedesk.",
    ),
    (
        "lk-02",
        "Release notes 4.7.0\n- ⟪H|/healthz⟫ endpoint geeft nu ook de databasestatus terug\n"
        "- ⟪CR|Access tokens verlopen na 60 minuten⟫, refresh via het ⟪CR|token endpoint⟫\n"
        "- Config: ⟪CR|password: ${SMTP_PASSWORD}⟫ wordt nu uit de omgeving gelezen\n"
        "- ⟪CR|Versie 4.6.3⟫ krijgt tot juni security fixes",
    ),
    (
        "lk-03",
        "Hoi! Vanaf maandag ligt onze ⟪S|Pride-collectie⟫ in de winkel, en in de foodcorner "
        "hebben we tijdens de ⟪S|Ramadan-weken⟫ een ⟪S|halal⟫ iftar-box. Met de "
        "⟪S|Suikerfeest-actie⟫ krijg je 15% korting. Tot snel!",
    ),
    (
        "lk-04",
        "Beste inwoner, uw stembureau voor de gemeenteraadsverkiezingen is ⟪S|de Nicolaaskerk⟫, "
        "⟪S|Kerkstraat 2⟫. Neem uw stempas en een ⟪ID|geldig identiteitsbewijs⟫ mee. Een "
        "⟪ID|paspoort dat maximaal 5 jaar verlopen is⟫ mag ook.",
    ),
    (
        "lk-05",
        "Welkom bij de club! Bij inschrijving krijg je een gratis ⟪H|gezondheidscheck⟫ (vetpercentage, "
        "hartslag in rust). De ingang werkt met een ⟪S|vingerafdrukscanner⟫, maar je mag ook "
        "gewoon je pas gebruiken. Je ⟪CR|pincode voor het kluisje⟫ kies je zelf bij de balie.",
    ),
    (
        "lk-06",
        "Uitnodiging! Op vrijdag 20 december is het ⟪S|personeelsfeest⟫ in zaal De Harmonie. "
        "Voor het ⟪S|partijtje⟫ zaalvoetbal vooraf kun je je opgeven bij ⟦P|Rianne⟧. Er komt "
        "ook een ⟪S|partij⟫ nieuwe stoelen voor de kantine, dus de oude mogen mee naar huis.",
    ),
    (
        "lk-07",
        "Let op: wij vragen nooit om ⟪CR|uw pincode⟫, ⟪CR|inlogcodes⟫ of een "
        "⟪CR|verificatiecode⟫, ook niet via WhatsApp. Twijfelt u? Bel ons op het nummer op uw "
        "pas. Deze mail is verstuurd naar ⟦E|r.hofland@kpnmail.nl⟧.",
    ),
    (
        "lk-08",
        "Info groep 5: na de voorjaarsvakantie is er weer ⟪H|luizencontrole⟫ voor alle kinderen. "
        "De schoolfotograaf komt op 12 maart. De ⟪S|paasviering⟫ is dit jaar in ⟪S|de "
        "Bethelkerk⟫ naast school. Groetjes, juf ⟦P|Wilma⟧",
    ),
    (
        "lk-09",
        "Met de ⟪H|aanvullende tandartsverzekering⟫ van 14,95 per maand bent u ook verzekerd voor "
        "⟪H|orthodontie⟫ tot 18 jaar. Een ⟪H|arbeidsongeschiktheidsverzekering⟫ voor ondernemers "
        "sluit u af vanaf 37,50.",
    ),
    (
        "lk-10",
        "Reisinformatie: ⟪ID|uw paspoort moet nog minimaal 6 maanden geldig zijn⟫ bij "
        "terugkomst. Raadpleeg uw huisarts of de GGD over ⟪H|vaccinaties⟫. Bij de "
        "⟪S|gebedsruimte⟫ op de luchthaven vindt u ook een stilteruimte.",
    ),
    (
        "lk-11",
        "Interne mededeling HR: het ⟪H|verzuimprotocol⟫ is aangepast aan de ⟪H|Ziektewet⟫. "
        "In oktober is er een ⟪H|griepprik voor alle medewerkers⟫. Het ⟪S|vakbondsoverleg⟫ over "
        "de nieuwe cao is verschoven naar 3 november.",
    ),
    (
        "lk-12",
        "Door de ⟪S|staking⟫ bij het openbaar vervoer ben ik pas om 11 uur op kantoor. Kun jij "
        "de ⟪H|diagnose⟫ van de koffieautomaat met de monteur doornemen? Die "
        "⟪H|batterij van de betaalmodule is dood⟫. ⟦P|Sven⟧",
    ),
    (
        "lk-13",
        "Ik word ⟪H|gek⟫ van die app. Ik loop al weken ⟪H|op mijn tandvlees⟫ met deze "
        "administratie en dan dit weer. ⟪H|Kopzorgen⟫ genoeg. Kunnen jullie gewoon bellen? "
        "⟦P|Anita Versteeg⟧, ⟦T|0348-417265⟧",
    ),
    (
        "lk-14",
        "Onze kat ⟪H|Moos heeft suikerziekte⟫ en krijgt twee keer per dag insuline. Wij gaan "
        "3 weken op vakantie: kan het pension dat prikken doen? Reservering 2025-118. "
        "⟦P|Ilse Dorrestijn⟧",
    ),
    (
        "lk-15",
        "Leuk uitje gehad in jullie escaperoom ⟪S|'De Gevangenis'⟫! Wel jammer dat het slot van "
        "de ⟪S|cel⟫ klemde. Volgende keer proberen we ⟪S|'Ontsnapping uit Alcatraz'⟫. "
        "⟦P|Gijs⟧ en collega's",
    ),
    (
        "lk-16",
        "Er is vannacht bij ons ingebroken, ⟪S|aangifte gedaan⟫ bij de politie. De dief heeft "
        "ook de ⟪ID|ID-kaarten⟫ van ons allebei meegenomen. Hoe vraag ik een nieuwe "
        "bankpas aan? ⟦P|Thomas Oldenhof⟧, ⟦A|Slingerweg 61⟧",
    ),
    (
        "lk-17",
        "Vraag over de router: wat betekent ⟪CR|foutcode 8812⟫? En waar vind ik het "
        "⟪CR|serienummer 34F9-11K0-7A22⟫? ⟪ID|Ordernummer 219186167⟫. De ⟪H|Wifi-diagnose⟫ "
        "in de app zegt 'gezond'.",
    ),
    (
        "lk-18",
        "App-review ⭐⭐⭐ Inloggen met ⟪S|gezichtsherkenning⟫ werkt prima, maar de "
        "⟪CR|pincode-policy⟫ (6 cijfers, niet oplopend) is irritant. Ook de ⟪H|stappenteller⟫ "
        "is niet te vertrouwen.",
    ),
    (
        "lk-19",
        "Ik wil de ⟪ID|EAN 8714253029177⟫ van jullie kussensloop weten, die ⟪H|anti-allergie⟫ "
        "uitvoering. Het is voor een cadeau. ⟦P|Noah Verlinden⟧",
    ),
    (
        "lk-20",
        "Bij ons zit klantgerichtheid ⟪S|in het DNA⟫. Daarom sturen we na de "
        "⟪S|verkiezingen⟫ geen politieke reclame meer mee in uw pakket. Uw ⟪CR|kortingscode⟫ "
        "voor de volgende bestelling: LENTE10.",
    ),
    # -----------------------------------------------------------------------------------------
    # mx: mixed messages with several categories
    # -----------------------------------------------------------------------------------------
    (
        "mx-01",
        "@ZorgverzekeraarNL DM: Al drie weken wacht ik op antwoord over de vergoeding van mijn "
        "⟦H|insulinepen⟧-naalden. Ik heb ⟦H|LADA⟧ en zonder naalden red ik het niet. BSN "
        "⟦BSN|208918930⟧, bel me aub op ⟦T|06 82 14 59 03⟧. – ⟦P|Yara Bosman⟧",
    ),
    (
        "mx-02",
        "Hoi recruitmentteam, mijn cv staat op ⟦U|https://www.linkedin.com/in/olaf-tuinstra-84b2a1⟧. "
        "In de vragenlijst staat 'beperkingen': ik ben ⟦H|slechthorend⟧ aan één kant en heb "
        "⟦H|ME/CVS⟧ gehad, nu goed hersteld. Op vrijdagmiddag ben ik naar de moskee want ik ben "
        "⟦S|bekeerd tot de islam⟧. Is dat een probleem voor de roosters? ⟦P|Olaf Tuinstra⟧",
    ),
    (
        "mx-03",
        "Beste mevrouw ⟦P|Willems⟧, ik zal de huur van maart later betalen. Mijn man zit sinds januari in "
        "⟦S|voorhechtenis⟧ en ik ben zelf ⟦H|hoogzwanger⟧. Storting gebeurt vanaf "
        "⟦IBAN|BE94 9574 8288 8614⟧. Mvg, ⟦P|Sofie Lambrechts⟧",
    ),
    (
        "mx-04",
        "Ticket hosting – klant ⟦C|CUST-40218⟧, KvK ⟦KVK|71845203⟧, btw ⟦BTW|NL208918930B01⟧\n"
        "De SSH-login vanaf ⟦IP|84.27.190.63⟧ wordt geweigerd. Gebruiker ⟦P|janneke⟧, "
        "passphrase van de sleutel is ⟦CR|groene kikkers springen om zes uur⟧. Kunnen jullie "
        "in de logs kijken? ⟪CR|Server sv-ams-04⟫",
    ),
    (
        "mx-05",
        "Mijn betaling lukt niet. Ik heb kaart ⟦CC|4645 0521 5204 7373⟧ ingevuld, geldig tot "
        "09/27, CVC ⟦CR|736⟧, maar ik krijg 'transactie geweigerd'. ⟪CR|Ordernummer "
        "WB-2024-33018⟫. ⟦P|Bernice Olthof⟧, ⟦E|bernice.olthof@gmail.com⟧",
    ),
    (
        "mx-06",
        "Klachtformulier openbaar vervoer\nNaam: ⟦P|Kwame Adjei-Bonsu⟧\nAdres: ⟦A|Laan van Nieuw-Guinea 5⟧ "
        "⟦PC|3531 JA⟧ ⟦L|Utrecht⟧\nKlacht: de controleur vroeg alleen mij, als enige "
        "⟦S|zwarte man⟧ in de coupé, om mijn ov-chipkaart (⟦C|3528 0147 2209 6681⟧). Ik heb "
        "⟦H|hartfalen⟧ en werd er echt onwel van.",
    ),
    (
        "mx-07",
        "Ledenlijst selectie dames 1 (alleen voor trainers!):\n"
        "- ⟦P|Kim Rademaker⟧: ⟦H|hooikoorts⟧, antihistamine mee\n"
        "- ⟦P|Lisanne Ebbers⟧: ⟦H|coeliakie⟧, let op bij de teamhap\n"
        "- ⟦P|Demi Pauwels⟧: ⟪S|⟦H|enkelband gescheurd⟧⟫, revalideert tot april\n"
        "Niet doorsturen, ⟦P|Rogier⟧",
    ),
    (
        "mx-08",
        "Schademelding (notitie behandelaar): verzekerde ⟦P|P.J. Knol⟧, kenteken ⟦LP|GZ-118-V⟧. "
        "Aanrijding op de A28. Verzekerde meldt ⟦H|whiplash⟧ en ⟦H|hersenschudding⟧, "
        "ambulance ter plaatse. Tegenpartij is volgens de politie "
        "⟦S|aangehouden op verdenking van rijden onder invloed⟧ – naam tegenpartij: ⟦P|R. Dolfing⟧.",
    ),
]


# ---------------------------------------------------------------------------------------------
# mechanics
# ---------------------------------------------------------------------------------------------

HERE = Path(__file__).resolve().parent
OUT = HERE / "sensitive_heldout4.jsonl"
OTHER_SETS = [*sorted(HERE.glob("*.jsonl")), *sorted(Path("/work/shared/eval").glob("*.jsonl"))]

TRAP_TYPES = {
    "CR": {"CREDENTIAL"},
    "H": {"HEALTH"},
    "S": {"SPECIAL"},
    "ID": {"ID_DOCUMENT", "BSN"},
}
TOKEN = re.compile(r"⟦[A-Z_]+\||⟧|⟪[A-Z]+\||⟫")
NL_DOC = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d")
NL_LICENCE = re.compile(r"\d{10}")
BE_EID = re.compile(r"\d{3}([- ]?)\d{7}\1\d{2}")
BE_NN = re.compile(r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d")
EID_GROUPS = re.compile(r"(?<![\d.])(\d{3})([- ]?)(\d{7})\2(\d{2})(?![\d.])")
CRED_CUE = re.compile(
    r"\b(ww|pw|wachtw\w*|wachwoord|paswoord|paswort|password|passwd|pincode|pin|puk|code|"
    r"toegangscode|cvv|cvc|token|key)\b",
    re.I,
)
CRED_BAD_CHARS = set("\"'“”‘’()[]{}<>`")
LEADING_WORDS = set(
    "de het een mijn m'n zijn z'n haar d'r onze ons hun jouw je uw the a an my his her our "
    "their heeft last van".split()
)
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
IDENTIFYING = {
    "EMAIL",
    "PHONE",
    "IBAN",
    "BSN",
    "KVK",
    "BTW",
    "LICENSE_PLATE",
    "ID_DOCUMENT",
    "CREDIT_CARD",
    "IP_ADDRESS",
    "CREDENTIAL",
    "CUSTOMER_ID",
    "URL",
    "DATE_OF_BIRTH",
}


def split_traps(marked):
    """Remove the ⟪CAT|...⟫ markers: the span markup that is left and the look-alikes as
    (category, start, end) offsets in the final text."""
    parts, traps, stack, pos, out_pos = [], [], [], 0, 0
    for m in TOKEN.finditer(marked):
        chunk = marked[pos : m.start()]
        out_pos += len(chunk)
        tok = m.group()
        if tok.startswith("⟪"):
            if stack:
                raise SystemExit("nested look-alike markers")
            parts.append(chunk)
            stack.append((tok[1:-1], out_pos))
        elif tok == "⟫":
            if not stack:
                raise SystemExit("unbalanced look-alike markers")
            parts.append(chunk)
            cat, start = stack.pop()
            traps.append((cat, start, out_pos))
        else:
            parts.append(chunk + tok)
        pos = m.end()
    if stack:
        raise SystemExit("unclosed look-alike marker")
    parts.append(marked[pos:])
    return "".join(parts), traps


def as_digits(v):
    """A number spelled out in words (a transcript) as the digits it stands for."""
    words = v.lower().split()
    if len(words) > 1 and all(w in NUMBER_WORDS for w in words):
        return "".join(NUMBER_WORDS[w] for w in words)
    return v


def id_format_ok(v):
    if v in FOREIGN_IDS:
        return True
    if NL_DOC.fullmatch(v) or NL_LICENCE.fullmatch(v):
        return True
    if BE_EID.fullmatch(v):
        d = digits(v)
        return (int(d[:10]) % 97 or 97) == int(d[10:])
    return bool(BE_NN.fullmatch(v)) and be_nn.is_valid(v)


def check_message(mid, text, spans, traps):
    errs = []
    cov = coverage(text, spans)
    last_end = -1
    for sp in sorted(spans, key=lambda s: (s["start"], s["end"])):
        t, v = sp["type"], sp["value"]
        if text[sp["start"] : sp["end"]] != v:
            errs.append(f"offset mismatch: {v!r}")
        if v != v.strip() or not v:
            errs.append(f"leading/trailing space: {v!r}")
        if sp["start"] < last_end:
            errs.append(f"overlapping span: {v!r}")
        last_end = max(last_end, sp["end"])
        problem = check_value({**sp, "value": as_digits(v)})
        if problem:
            errs.append(f"{problem}: {v!r}")
        if t == "ID_DOCUMENT" and not id_format_ok(v):
            errs.append(f"ID_DOCUMENT format: {v!r}")
        if t == "CREDENTIAL" and (
            CRED_CUE.search(v) or set(v) & CRED_BAD_CHARS or v[-1] in ".,;:?"
        ):
            errs.append(f"credential carries cue, quote, bracket or punctuation: {v!r}")
        if t in ("HEALTH", "SPECIAL"):
            first = v.split()[0].lower()
            if first in LEADING_WORDS:
                errs.append(f"{t} starts with article/possessive: {v!r}")
        if len(v) >= 4:
            for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text, re.I):
                if not all(cov[m.start() : m.end()]):
                    errs.append(f"unmarked occurrence of marked value: {v!r}")
    errs.extend(check_traps(text, cov))
    for m in EID_GROUPS.finditer(text):
        d = m.group(1) + m.group(3) + m.group(4)
        if not any(cov[m.start() : m.end()]) and (int(d[:10]) % 97 or 97) == int(d[10:]):
            errs.append(f"unmarked 3-7-2 group passes the eID check: {m.group()}")
    for cat, start, end in traps:
        if cat not in TRAP_TYPES:
            errs.append(f"unknown look-alike category {cat}")
            continue
        for sp in spans:
            if sp["type"] in TRAP_TYPES[cat] and sp["start"] < end and start < sp["end"]:
                errs.append(f"look-alike {text[start:end]!r} overlaps a {sp['type']} span")
    return [f"{mid}: {e}" for e in errs]


def strings_of(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings_of(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings_of(v)


def eight_grams(text):
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}


def overlap_errors(records):
    """Compare with the other sets without showing their contents: only the colliding value
    (or words) of this set is reported."""
    corpus, grams, numbers = [], set(), set()
    for path in OTHER_SETS:
        if path.resolve() == OUT.resolve():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                for s in strings_of(json.loads(line)):
                    low = s.lower()
                    corpus.append(low)
                    grams |= eight_grams(low)
                    for m in re.finditer(r"\d[\d .\-/]*\d", low):
                        d = digits(m.group())
                        if len(d) >= 6:
                            numbers.add(d)
    blob = "\n".join(corpus)
    errs = []
    for rec in records:
        for sp in rec["spans"]:
            v = sp["value"]
            if sp["type"] not in IDENTIFYING and not (sp["type"] == "PERSON" and " " in v):
                continue
            hit = re.search(r"(?<!\w)" + re.escape(v.lower()) + r"(?!\w)", blob)
            d = digits(v)
            if hit or (len(d) >= 6 and d in numbers):
                errs.append(f"{rec['id']}: value also occurs in another set: {v!r}")
        for g in sorted(eight_grams(rec["text"]) & grams):
            errs.append(f"{rec['id']}: eight words shared with another set: {' '.join(g)!r}")
    return errs


def main():
    records, errs, seen = [], [], set()
    trap_counts = Counter()
    for mid, marked in TEXTS:
        if mid in seen:
            errs.append(f"{mid}: duplicate id")
        seen.add(mid)
        span_markup, traps = split_traps(marked)
        text, spans = parse(span_markup)
        errs.extend(check_message(mid, text, spans, traps))
        trap_counts.update(cat for cat, _, _ in traps)
        records.append({"id": mid, "text": text, "request": None, "spans": spans})
    errs.extend(overlap_errors(records))
    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} problem(s); {OUT.name} not written")
        sys.exit(1)
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    span_counts = Counter(sp["type"] for rec in records for sp in rec["spans"])
    print(f"wrote {OUT} with {len(records)} messages")
    print("spans:", dict(sorted(span_counts.items())), "total", sum(span_counts.values()))
    print("look-alikes:", dict(sorted(trap_counts.items())), "total", sum(trap_counts.values()))


if __name__ == "__main__":
    main()
