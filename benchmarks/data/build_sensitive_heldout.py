#!/usr/bin/env python3
"""Build sensitive_heldout.jsonl from inline-annotated messages.

Held-out set for privacywacht aimed at four categories that are easy to miss or to over-detect:
CREDENTIAL, HEALTH, SPECIAL and ID_DOCUMENT, each with look-alikes that must stay unmarked. The
other personal data in the messages is marked as well, so the set also measures precision and
recall on everything else.

Written blind: the author read only benchmarks/data/heldout_markup.py (the markup parser and the
checksum helpers reused here) and lines 1-80 of benchmarks/data/build_own_heldout4.py (its
docstring with the annotation conventions and its imports and constants). The author did not
read the detectors, models, tests or bot code (pipelines/, models/, tests/, bot/), nor
shared/eval/*.jsonl, nor the contents of the other held-out sets, and ran no privacywacht
detector on these texts. Because shared/eval and the earlier sets were not to be opened, this
builder does not run build_own_heldout4's overlap checks against them; all texts were written
from scratch for this set.

Text types (Dutch and Flemish, a few English), 1-12 lines each:

  cr-01..cr-54  credentials: login and account tickets, bank-card and SIM PIN mails, payment
                problems with card data, IT and developer tickets (API keys, tokens), chats,
                repair and contact web forms, notes between colleagues, house-sitting messages
  hl-01..hl-50  health: sick-leave notes, delivery and accessibility requests, restaurant and
                travel bookings, pharmacy and insurance mails, school and camp registrations,
                complaints; with pets' ailments, IT "health checks" and product categories
  sp-01..sp-47  special categories: job applications and screening, housing and hotel
                complaints about discrimination, catering and delivery wishes tied to religion,
                union and party matters, insurance forms, funerals; with venues, news, shop
                collections and victims of crime as look-alikes
  id-01..id-43  identity documents: rental and travel bookings, mortgage and onboarding
                attachments, upload errors with file paths, KYC web forms, damage forms, chats
                with a travel agent; with serial, order, booking and payment references
  lk-01..lk-36  look-alikes only: IT tickets, shop and delivery questions, newsletters, B2B
                mails that mention passwords, codes, health, churches, parties and documents
                without revealing any of them about a person

All people, addresses and numbers are invented; checksum types are computed to be valid.

Markup: ⟦TYPE|value⟧ marks a span (aliases of heldout_markup: P E T A PC L LP ID CC IP DOB CR H
S C U). ⟪CAT|text⟫ marks a look-alike trap (CAT one of CR, H, S, ID: the category it imitates);
the trap markers are removed and only counted and checked (a trap never overlaps a span of the
category it imitates; it may coincide with a span of another type, e.g. a user id that is
CUSTOMER_ID). Traps are not written to the JSONL. Every JSON line is
{"id", "text", "request": null, "spans": [{"start", "end", "type", "value"}]}: this set does
not label data-subject requests, so "request" is null throughout.

General annotation conventions (as in own_heldout3/own_heldout4):
- PERSON is the name only, without titles, roles or salutations ("mevrouw ⟦P|Van Dijk⟧",
  "Beste ⟦P|Ilse⟧"); initials and tussenvoegsels are included; lowercase names are still PERSON;
  surname-only mentions ("op naam van De Wit", "Fam. Van der Veen") are PERSON; support staff
  signing or chatting are PERSON; a login name, folder name or user name built from a person's
  name (lisa.hoekstra, daanv2015, C:\\Users\\sjoerd) is PERSON. Pets' names are not PERSON.
- Company, shop, product, model, app and software names, job titles, field labels, order,
  ticket, invoice, booking, offer, case and tracking numbers, error codes, versions, serial and
  type numbers, meeting ids and discount codes are unmarked. Organisations' own addresses and
  phone numbers (a church, a mosque, a shop, a venue) are unmarked.
- ADDRESS is street + number (+ "bus 3", "-2", "a"); POSTCODE and LOCATION (the town of a
  person's address or whereabouts) are separate spans. Venues, datelines and towns of events or
  companies are not LOCATION.
- CUSTOMER_ID: customer, member, student, personnel, policy, account/user ids and public
  transport card numbers of a person. Partial card numbers ("eindigt op 4471") are unmarked.
- IBAN, BSN and CREDIT_CARD values pass their checksums; DATE_OF_BIRTH only when it is the
  person's birth date; a card's expiry date is unmarked.

CREDENTIAL (secrets that give access to a person's account, card, device or home):
- Mark only the secret value: passwords (also old ones next to new ones, and every attempt in a
  list), PINs and PUKs, CVC/CVV codes, one-time SMS / 2FA codes, recovery and backup codes,
  response codes of a bank token, API keys and access tokens, door, alarm, key-safe and
  padlock codes, itsme codes, home Wi-Fi passwords, passphrases with spaces, codes tried on an
  alarm panel (also a default "0000"), a password on its own line after "misschien helpt dat?"
  and a password in an e-mail subject. A password that contains a name, a town or a holiday
  ("Marjolein1965", "Brugge2019", "Kerstmis2023") is CREDENTIAL only, nothing else.
- Never the cue ("ww", "pw", "wachtwrd", "paswoord", "pincode", "toegangscode", "code",
  "CVV"), quotes, parentheses, "en dan hekje" or trailing punctuation; a value that ends in "!"
  or "#" as part of the password keeps it.
- Unmarked: password policies ("minimaal 12 tekens"), "wachtwoord vergeten" and reset links
  without a password, masked passwords ("********"), the name of a Wi-Fi network, error codes
  and versions after "code", discount codes, meeting ids, "verificatiecode" or "ophaalcode"
  without a value, a pin terminal, "WW" as the unemployment benefit (Werkloosheidswet), a
  "token endpoint", and licence keys of software a
  company sells: a product licence key is a property of a purchase (like an order number), not
  a credential of a person, so it stays unmarked.

HEALTH (about an identifiable person: the writer, a relative, a colleague, a customer):
- Mark the condition or treatment phrase only: a diagnosis or condition ("⟦H|hernia⟧",
  "⟦H|ziekte van Crohn⟧", "⟦H|type 1 diabetes⟧"), an allergy or intolerance as worded
  ("⟦H|notenallergie⟧", "⟦H|allergisch voor penicilline⟧", "⟦H|lactose-intolerant⟧"), a
  disability or a predicate naming it ("⟦H|rolstoelgebonden⟧", "⟦H|doof⟧", "⟦H|slechtziend⟧"),
  pregnancy ("⟦H|zwanger⟧" without the number of weeks, "⟦H|zwangerschapsverlof⟧",
  "⟦H|miskraam⟧"), mental health ("⟦H|burn-out⟧", "⟦H|depressie⟧", "⟦H|slapeloosheid⟧"),
  injuries, operations, therapies, diets prescribed for a condition, medication
  ("⟦H|metformine⟧", "⟦H|bloedverdunners⟧", "⟦H|antibioticakuur⟧"), and aids or documents that
  reveal a disability ("⟦H|gehoorapparaat⟧", "⟦H|pacemaker⟧", "⟦H|gehandicaptenparkeerkaart⟧").
- Without articles or possessives ("een", "mijn"), without "heeft", "last van", durations or
  dates.
- Unmarked: ailments of pets, an ICT "health check", a "kuur" of updates, a computer virus and
  virus scanner, "allergie" as a shop category or product ("anti-allergie kussensloop"),
  figurative speech ("op mijn tandvlees", "ik werd er gek van", "blind vertrouwd",
  "kopzorgen"), general measures and company campaigns ("coronamaatregelen", "griepprik" for
  all staff, "Ziektewet"), first-aid products and an AED, insurance products, sports and
  comfort products (hartslagmeter, bloeddrukmeter as a gift), accessibility of a venue, a dead
  battery or "batterijgezondheid", a fridge's "diagnose", "Heartbleed", a dashboard's "health
  score", and care providers as businesses or addresses ("fysiotherapiepraktijk",
  "Apotheek Centrum").

SPECIAL (criminal data, religion, political affiliation, union membership, sexual orientation,
ethnicity of a person):
- Criminal: the phrase naming the conviction, sentence, record or detention, with its "voor /
  wegens <offence>" complement when present, without articles, auxiliaries and dates
  ("een ⟦S|veroordeling voor diefstal⟧ uit 2016", "heeft twee jaar ⟦S|vastgezeten⟧",
  "⟦S|in voorarrest gezeten⟧", "⟦S|taakstraf⟧", "⟦S|enkelband⟧", "⟦S|strafblad⟧",
  "⟦S|contactverbod⟧"); an acquittal is criminal data too ("⟦S|vrijgesproken van oplichting⟧").
- Religion: the denomination word ("⟦S|moslim⟧", "⟦S|katholiek⟧", "⟦S|Jehova's getuige⟧") or the
  practice phrase about the person ("⟦S|koosjer⟧", "⟦S|sjabbat⟧", "⟦S|vast tijdens de ramadan⟧",
  "⟦S|practising Muslim⟧").
- Party and union membership: the membership phrase including the organisation
  ("⟦S|lid van de FNV⟧", "⟦S|VVD-lid⟧", "⟦S|aangesloten bij het ACV⟧", "⟦S|vakbondslid⟧").
- Sexual orientation: the word ("⟦S|homo⟧", "⟦S|lesbisch⟧", "⟦S|biseksueel⟧"); implicit cues
  ("mijn vrouw en ik") are not marked. Ethnicity: "⟦S|Marokkaanse afkomst⟧", "⟦S|Roma⟧",
  "⟦S|Surinaams-Hindoestaans⟧". Nationality ("ik ben Duitser") is not special.
- Unmarked: a church, chapel street or mosque as a venue or address, political news and
  elections mentioned in passing, strikes and unions in the news or as a company meeting, shop
  collections (Pride, halal or kosher as a menu label, Surinaamse roti, Turkse pizza, a
  kerstpakket, a kerststal), a prayer room at a venue, a Christian school as an organisation,
  an escape room called "de gevangenis", a library fine, a VOG as a document, and
  being the victim of a crime ("gestolen", "aangifte gedaan").

ID_DOCUMENT (numbers of identity documents of a person):
- Mark only the number: Dutch passport and ID-card numbers (9 characters, two letters, six
  letters or digits, a final digit; never the letter O), Dutch driving-licence numbers (10
  digits), Belgian eID card numbers (12 digits as 591-4587132-07, 592 3186459 90 or
  593836591213, last two digits = first ten mod 97), Belgian national numbers (as
  heldout_markup treats them), foreign passport and ID numbers after a cue, and numbers inside
  attachment names and paths ("paspoort_⟦ID|BR5TJ91X7⟧.pdf",
  "C:\\...\\rijbewijs_⟦ID|5034871296⟧.jpg").
- Unmarked: "ID-kaart", "rijbewijs" or "documentnummer" without a number, user ids (these are
  CUSTOMER_ID), serial, type and model numbers, order, booking, invoice, case and tracking
  numbers (also when they have 9 or 10 characters), Belgian structured payment references
  (+++120/3485/51213+++, which also carry a mod-97 check), file names without a number, EAN
  codes, terminal ids, camera file names (IMG_20240312_093144.jpg).

Checks: exact offsets; heldout_markup's checksums (BSN elfproef, IBAN, Luhn for cards, BE
national and eID card numbers) and its trap check (unmarked numbers that look like BSN/card/IBAN
fail their checksum); every ID_DOCUMENT value fits one of the document formats above (or is a
listed foreign document); unmarked 3-7-2 digit groups fail the eID check; CREDENTIAL values carry
no cue word, quote or bracket; HEALTH and SPECIAL values start with no article or possessive;
no leading or trailing spaces in any value, no overlapping spans; every occurrence of a marked
value (len >= 4, case-insensitive, whole word) lies inside a span; every trap lies outside the
spans of the category it imitates. Any failed check is printed and aborts the run without writing
the JSONL (exit status 1).
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

from heldout_markup import check_traps, check_value, coverage, parse

HERE = Path(__file__).resolve().parent
OUT = HERE / "sensitive_heldout.jsonl"
MIN_MESSAGES = 160

TRAP = re.compile(r"⟪([A-Z]+)\|(.*?)⟫", re.S)
TRAP_CATEGORY = {"CR": "CREDENTIAL", "H": "HEALTH", "S": "SPECIAL", "ID": "ID_DOCUMENT"}
SENSITIVE = tuple(TRAP_CATEGORY.values())
OPEN, CLOSE = "\ue000", "\ue001"

# Foreign identity documents (after a cue in the text); everything else marked ID_DOCUMENT must
# be a Dutch passport/ID card, a Dutch driving licence or a Belgian eID card / national number.
FOREIGN_DOCUMENTS = {
    "C4F8RJ2K7": "German passport",
    "48291735S": "Spanish DNI",
    "532716904": "UK passport",
    "UZ8251734": "Moroccan passport",
    "AYT482915": "Polish ID card",
    "U24817395": "Turkish passport",
    "548273916": "US passport",
    "19CV48213": "French passport",
}
CUE_WORDS = re.compile(
    r"wachtw|paswoord|password|pincode|toegangscode|\bcode\b|\bpin\b|\bww\b|\bpw\b|cvv|cvc", re.I
)
ARTICLE = re.compile(r"(een|de|het|mijn|zijn|haar|a|an|the|my)\s", re.I)

# ---------------------------------------------------------------------------------------------
# Messages. "### id" starts a message; the text runs to the next header (outer blank lines cut).
# ---------------------------------------------------------------------------------------------

CREDENTIAL_MESSAGES = r"""
### cr-01
Onderwerp: kan niet inloggen

Hoi, ik kan sinds gisteren niet meer inloggen op mijn account (⟦E|m.vandersloot84@gmail.com⟧). Mijn ww heb ik al drie keer ingetikt: ⟦CR|Kastanje!1984⟧. Volgens mij klopt het gewoon. Kunnen jullie even kijken?

Groet, ⟦P|Marco van der Sloot⟧

### cr-02
Goedemiddag,

De app blijft zeggen dat mijn gegevens onjuist zijn. Gebruikersnaam is ⟦P|lisa.hoekstra⟧ en het wachtwoord heb ik vorige week nog veranderd via de knop ⟪CR|Wachtwoord vergeten⟫. Misschien helpt dat?
⟦CR|Zonnebloem#77⟧

Met vriendelijke groet,
⟦P|Lisa Hoekstra⟧

### cr-03
Beste helpdesk, ik heb mijn wachtwoord gewijzigd maar de mailapp op mijn telefoon gebruikt nog steeds het oude (⟦CR|Appeltaart2022⟧) en het nieuwe, ⟦CR|Rozenbottel_91⟧, wordt geweigerd. De telefoon is een ⟪ID|Samsung Galaxy A54⟫. Wat moet ik doen?
⟦P|Fatima El Amrani⟧ – ⟦T|06-41873925⟧

### cr-04
Mijn pas is ingeslikt door de geldautomaat bij de supermarkt. De pincode was gewoon goed hoor, ⟦CR|4821⟧, dat weet ik zeker. Kunnen jullie de pas blokkeren en een nieuwe sturen? Rekening ⟦IBAN|NL62 INGB 9106 5491 21⟧.
⟦P|Henk Verbeek⟧

### cr-05
Bestelling lukt niet, de betaling wordt steeds afgewezen. Kaart ⟦CC|4156 7115 0664 7532⟧, geldig tot 08/27, ⟦CR|413⟧ achterop. Naam op de kaart: ⟦P|J. de Graaf⟧. Bestelnummer ⟪ID|100482937⟫.

### cr-06
Dag,

Ik geraak niet meer binnen in mijn klantenzone. Mijn paswoord is ⟦CR|Brugge2019⟧ maar hij zegt telkens 'ongeldig'. Mijn klantennummer is ⟦C|BE-7720431⟧. Kan iemand mij terugbellen op ⟦T|0476 38 12 95⟧?

Mvg,
⟦P|Wouter Claes⟧

### cr-07
hi, locked out of the portal again. user: ⟦E|d.okafor@outlook.com⟧ pw: ⟦CR|Lagos!Rain2023⟧ - tried the ⟪CR|forgot password⟫ link but no mail arrives. thx ⟦P|David⟧

### cr-08
wachtwrd werkt niet meer sinds de update naar versie ⟪CR|4.13.7⟫?? ik gebruik altijd ⟦CR|hondje123⟧ en nu ineens fout. graag snel hulp
⟦P|Ria⟧

### cr-09
Hoi ⟦P|Sanne⟧,

Voor de schoonmaker morgen: de toegangscode van de voordeur is ⟦CR|2580⟧ en dan hekje. De sleutel van de berging hangt in het kluisje naast de meterkast, dat gaat open met ⟦CR|1966⟧. Adres nog even ter herinnering: ⟦A|Oudegracht 214⟧, ⟦L|Utrecht⟧.

Groetjes, ⟦P|Karin⟧

### cr-10
Ik heb een nieuwe telefoon en de authenticator-app is leeg. Gelukkig heb ik de herstelcodes nog: ⟦CR|7HQK-29XD⟧ en ⟦CR|M4PL-8WTZ⟧. Welke moet ik invullen? Het gaat om account ⟦E|bram.kuipers@ziggo.nl⟧.

### cr-11
Onze koppeling met jullie API geeft sinds vanochtend 401-fouten. We gebruiken de key ⟦CR|sk_live_7fQ2mZx9LpR4tW8vK3nB⟧ (productie, niet de test-key). In de logs staat ⟪CR|foutcode AUTH-401⟫. Kunnen jullie kijken of hij is ingetrokken?

⟦P|Joris Wenting⟧
Developer, Kaasboer Online

### cr-12
Ik kreeg net een sms met code ⟦CR|583920⟧ maar de site zegt dat hij verlopen is, en nu krijg ik geen nieuwe meer. Mijn nummer is ⟦T|06 28 37 41 90⟧.

### cr-13
Bij het aanmaken van een account krijg ik de melding dat mijn wachtwoord ⟪CR|minimaal 12 tekens⟫ moet hebben, met een cijfer en een speciaal teken. Dat heb ik gedaan, maar het lukt nog steeds niet. Ik gebruik Firefox op een Mac.
Groet, ⟦P|Gerda Smits⟧

### cr-14
Ik ben mijn ⟪CR|wachtwoord vergeten⟫ en de resetmail komt niet aan, ook niet in de spam. Kunnen jullie hem opnieuw sturen naar ⟦E|y.bakker@kpnmail.nl⟧?
Alvast dank,
⟦P|Yvonne Bakker⟧

### cr-15
We hebben vijf licenties van BoekhoudPro Plus gekocht, maar de licentiesleutel ⟪CR|BHP-4K7Q-92XM-LT3R⟫ wordt niet geaccepteerd op de tweede laptop ("sleutel al in gebruik"). Factuurnummer ⟪ID|F2024-01873⟫.

Met vriendelijke groet,
⟦P|Anouk Brouwer⟧, office manager

### cr-16
Mijn telefoon vraagt om een PUK-code nadat ik drie keer een verkeerde pincode heb ingetoetst. Ik dacht echt dat het ⟦CR|0512⟧ was, mijn verjaardag. Kunnen jullie de PUK mailen naar ⟦E|kees.dijkman@live.nl⟧?

### cr-17
De monteur komt donderdag voor het modem. Het wifi-netwerk heet ⟪CR|Ziggo-4F2A⟫ en het wachtwoord stond op de sticker, maar dat heb ik veranderd in ⟦CR|Vakantie-Texel-2023⟧. Moet ik dat terugzetten?
⟦P|Arjen Bos⟧, ⟦A|Meidoornstraat 17⟧, ⟦PC|6834 CK⟧ ⟦L|Arnhem⟧

### cr-18
[14:02] Klant: hoi ik kom niet in mijn mail
[14:02] ⟦P|Noah⟧ (support): Hoi! Wat is je e-mailadres?
[14:03] Klant: ⟦E|tamara1979@hotmail.com⟧
[14:03] ⟦P|Noah⟧ (support): Dank je. ⟪CR|Deel je wachtwoord nooit met ons⟫ 🙂 Lukt het resetten via de link?
[14:04] Klant: oh te laat haha ik had het al in het formulier gezet. ⟦CR|Tamara1979⟧ is het
[14:05] ⟦P|Noah⟧ (support): Wijzig het dan direct even, alsjeblieft.

### cr-19
Goeiedag,

Mijn bankkaart is gisteren ⟪S|gestolen⟫ op de tram in ⟦L|Antwerpen⟧. Ik had stom genoeg de pincode op een briefje in mijn portefeuille (⟦CR|7304⟧). Het kaartnummer ken ik niet vanbuiten, de rekening is ⟦IBAN|BE61 6532 3526 9117⟧. Kunnen jullie alles blokkeren?

⟦P|Lies Vermeulen⟧
⟦T|+32 487 21 55 09⟧

### cr-20
Hello, I'm staying in your apartment next week. The password for the guest portal you sent me (the one starting with a capital, ⟦CR|Harbour2024⟧) isn't working. Booking ref ⟪ID|HX-55821⟫.
Kind regards, ⟦P|Emily Carter⟧

### cr-21
Jullie alarmcentrale belde me vannacht om drie uur. Ik heb de code ⟦CR|9157⟧ ingetoetst maar het alarm bleef afgaan. Op het scherm stond ⟪CR|foutcode E07⟫. Adres: ⟦A|Populierenlaan 8⟧, ⟦PC|7242 HD⟧ ⟦L|Lochem⟧.
⟦P|Gert-Jan Hofman⟧

### cr-22
Reparatieaanvraag
Naam: ⟦P|Mehmet Yilmaz⟧
Telefoon: ⟦T|06-19284736⟧
Apparaat: Lenovo ThinkPad T14 Gen 3
Serienummer: ⟪ID|PF3KX9M2⟫
Omschrijving: scherm flikkert na een val. Inlogwachtwoord Windows voor het testen: ⟦CR|Yilmaz!2020⟧ (wijzig ik daarna zelf weer)

### cr-23
Sorry voor de paniek net, ik had mijn PIN per ongeluk in de chat getypt: ⟦CR|6628⟧. Kan dat bericht verwijderd worden? Ik heb inmiddels een nieuwe pas aangevraagd.

### cr-24
Hi team, our webhook stopped firing on Friday. The token we use is ⟦CR|ghp_4b9XQ2LmN7vR1tK8zW3yH6pJ0sD5fA⟧ and it was rotated last week. The dashboard shows ⟪CR|error code 504⟫.
Thanks, ⟦P|Priya Raman⟧ | ⟦E|priya.raman@tidepoolstudio.io⟧

### cr-25
Ik heb de volgende geprobeerd:
- ⟦CR|Welkom01⟧
- ⟦CR|Welkom02!⟧
Geen van beide werkt en ik weet zeker dat het een van die twee was. Accountnummer ⟦C|77120934⟧.
⟦P|Bep Kramer⟧

### cr-26
Hallo, ik ben mijn gsm kwijt en daarop stond itsme. Mijn itsme-code was ⟦CR|20914⟧, kan iemand daar nu mee inloggen? Mijn rijksregisternummer is ⟦ID|93.05.16-024.29⟧ als jullie dat nodig hebben.
⟦P|Jana Peeters⟧

### cr-27
Hallo, de kortingscode ⟪CR|ZOMER25⟫ werkt niet bij het afrekenen, ik krijg "code ongeldig". Ordernummer ⟪ID|NL-2024-558103⟫. Kunnen jullie de korting handmatig verrekenen?
⟦P|Ingrid Vos⟧

### cr-28
Bij het installeren van de printerdriver krijg ik steeds ⟪CR|code 0x80070643⟫. Al drie keer geprobeerd, ook na een herstart. Windows-versie ⟪CR|22H2⟫.
Groet, ⟦P|Peter Mulder⟧

### cr-29
In de bevestigingsmail staat: "Gebruikersnaam: ⟦C|klant_55910⟧, wachtwoord: ⟪CR|********⟫". Moet ik dat zelf invullen? Ik snap niet wat de bedoeling is.
⟦P|Wim⟧

### cr-30
Voor de overdracht aan ⟦P|Eva⟧ tijdens mijn verlof: het wachtwoord van de administratie-omgeving, dat we allemaal gebruiken, is "⟦CR|Boekjaar2024!⟧". De tweestapsverificatie loopt nog via mijn nummer ⟦T|06-77120495⟧, dat moeten we nog omzetten.
⟦P|Ilse⟧

### cr-31
Mijn digipas geeft een responscode, maar de site accepteert hem niet. Ik heb ⟦CR|48192730⟧ ingevuld. Is er een storing? Rekening ⟦IBAN|BE52 9564 1906 9709⟧.

### cr-32
Dag, mijn paswoord van de webmail, ⟦CR|kattekwaad⟧, werkt sinds vanmorgen niet meer. Is er iets veranderd aan jullie ⟪CR|paswoordbeleid⟫?
Groeten, ⟦P|Hilde Maes⟧ (⟦E|hilde.maes@telenet.be⟧)

### cr-33
Onderwerp: kan niet inloggen (pw ⟦CR|Lente2024⟧)

Zie onderwerp. Graag snel, ik moet vandaag nog een factuur versturen.
⟦P|Rob Claassen⟧

### cr-34
Ik heb de pincode van mijn nieuwe creditcard nooit per post ontvangen. In de app heb ik daarom zelf een nieuwe ingesteld, ⟦CR|3390⟧, maar die wordt in de winkel geweigerd.
⟦P|Naima Bouzid⟧, klantnummer ⟦C|60219384⟧

### cr-35
Hi, payment keeps failing at checkout. Card ⟦CC|5208 8567 3241 6882⟧, exp 11/26, CVV ⟦CR|882⟧. Name on card ⟦P|Tom Hughes⟧. Order ⟪ID|#48211⟫.

### cr-36
Beste ⟦P|Kristof⟧, de sleutels liggen in het sleutelkastje aan de garagepoort, het cijferslot staat op ⟦CR|0-4-1-7⟧. Vergeet het slot achteraf niet terug te draaien aub. Groetjes, ⟦P|An⟧

### cr-37
Ik kan niet deelnemen aan het webinar van donderdag. De link geeft een foutmelding en het meeting-ID ⟪CR|884 2291 0573⟫ wordt ook niet herkend. Kunnen jullie een nieuwe uitnodiging sturen naar ⟦E|l.dewaard@kpnmail.nl⟧?

### cr-38
Beste juf ⟦P|Marleen⟧, ⟦P|Daan⟧ kan thuis niet inloggen op de oefenapp. Zijn inlognaam is ⟦P|daanv2015⟧ en het wachtwoord dat hij van school kreeg is ⟦CR|blauwe-vis-42⟧. Klopt dat? Groet, ⟦P|Sandra Visser⟧ (moeder van ⟦P|Daan⟧)

### cr-39
Ik had vorige maand om een reset gevraagd. Mijn vorige wachtwoord was ⟦CR|Voetbal#10⟧, misschien kunnen jullie zien of het nieuwe goed is opgeslagen? Gebruiker ⟦P|r.meijer⟧.

### cr-40
Ticket 58213 – NAS onbereikbaar

Beste ⟦P|Tim⟧, het admin-wachtwoord van de NAS bij ons thuis is ⟦CR|nAs-Adm1n-2023⟧ (gebruiker "admin"). De ⟪H|health check⟫ in het beheerpaneel geeft ⟪CR|code 0xE3⟫ en daarna valt hij uit.
⟦P|Joost Akkerman⟧

### cr-41
Het wachtwoord dat ik destijds bij het aanmelden koos werkt niet meer (het was iets als ⟦CR|Tulp&Molen88⟧, dat weet ik vrij zeker). Kunnen jullie het resetten? Telefoon ⟦T|06-51092837⟧.

### cr-42
Ik heb vandaag drie keer een foute code ingegeven aan de kassa en nu is mijn kaart geblokkeerd. Ik was in de war met mijn oude pincode, ⟦CR|1189⟧, want de nieuwe is ⟦CR|2745⟧. Hoe kan ik ze deblokkeren?
⟦P|Sofie Janssens⟧

### cr-43
Contactformulier
Naam: ⟦P|Bart Oosterhuis⟧
E-mail: ⟦E|bart.oosterhuis@gmail.com⟧
Onderwerp: Account
Bericht: Account geblokkeerd na te veel pogingen. Mijn wachtwoord moet ⟦CR|Zeilboot2021⟧ zijn. Het ⟪CR|wachtwoordbeleid⟫ zegt minimaal 10 tekens, dat klopt ook.

### cr-44
De toegangscode van de parkeergarage die bij mijn abonnement hoort (⟦CR|558201⟧) werkt sinds maandag niet meer. Kenteken ⟦LP|TX-902-N⟧. Kunt u dat nakijken?
Met vriendelijke groet, ⟦P|Carla Wijnhoven⟧

### cr-45
Hi, I lost my phone with the authenticator app. Here's one of my backup codes: ⟦CR|93jd-kx81-pq02⟧. Please disable 2FA on ⟦E|marta.nowak@proton.me⟧. Thanks, ⟦P|Marta⟧

### cr-46
hey ⟦P|Jens⟧, het pw van de wifi thuis is veranderd, het is nu
⟦CR|KoffieMetTaart!⟧
zet je het even op de tablet van oma?

### cr-47
Goeiendag, ik heb gisteravond laat een nieuw paswoord aangemaakt voor de webshop (iets met de Schelde erin, ⟦CR|Schelde!River9⟧), maar vandaag zegt de site dat het niet klopt. Hebben jullie een storing gehad?
⟦P|Jolien Van Hecke⟧

### cr-48
Hi, the new PIN you sent by post (⟦CR|7751⟧) doesn't work at the terminal in the office canteen. Employee number ⟦C|E-30418⟧.
⟦P|Grace Mensah⟧

### cr-49
mijn wachtwoort is ⟦CR|Marjolein1965⟧ en mijn e-mail ⟦E|jan.pouw@planet.nl⟧ maar ik kom er niet in. de pc is nieuw. wie kan mij helpen?
⟦P|Jan Pouw⟧

### cr-50
Goedemorgen, ik probeer namens mijn moeder in te loggen bij jullie via DigiD. Haar gebruikersnaam is ⟦P|hvdberg⟧ en het wachtwoord ⟦CR|Tuinkabouter7⟧. De sms-code ⟦CR|271845⟧ kwam binnen, maar daarna gebeurde er niets. Mag dat eigenlijk wel, namens haar?
⟦P|Paul van den Berg⟧

### cr-51
Betaalgegevens voor de aanbetaling van de bruiloftslocatie:
Kaarthouder: ⟦P|S.M. Boerema⟧
Kaartnummer: ⟦CC|4053 0525 0305 1780⟧
Vervaldatum: 02/29
CVC: ⟦CR|071⟧
Graag de bevestiging naar ⟦E|s.boerema@gmail.com⟧.

### cr-52
Voor de kluis in de kluisruimte gebruik ik een wachtzin in plaats van een code: ⟦CR|drie gele tulpen in Lisse⟧. Nu accepteert het nieuwe systeem geen spaties meer. Wat moet ik doen?
⟦P|Hennie de Lange⟧

### cr-53
Ik heb mijn wachtwoord twee keer veranderd deze week: het oude was ⟦CR|Kerstmis2023⟧ en het nieuwe ⟦CR|Pasen2024!⟧. Bij het tweede kreeg ik een foutmelding, dus ik weet niet welke nu geldt.
⟦P|Wessel Koning⟧

### cr-54
Het alarmpaneel in de hal vraagt om een gebruikerscode. Ik heb ⟦CR|4455⟧ en ⟦CR|0000⟧ geprobeerd, allebei fout. De installateur is niet bereikbaar. Adres ⟦A|Burgemeester Smitlaan 21⟧, ⟦PC|1741 AC⟧ ⟦L|Schagen⟧.
⟦P|Dirk-Jan Molenaar⟧
"""

HEALTH_MESSAGES = r"""
### hl-01
Beste ⟦P|Monique⟧,

Hierbij laat ik je weten dat ik vanaf maandag thuis ben. De bedrijfsarts heeft een ⟦H|burn-out⟧ vastgesteld en ik begin volgende week met ⟦H|psychotherapie⟧. Hoe lang het gaat duren weet ik nog niet.

Groet,
⟦P|Ruud Schouten⟧

### hl-02
Wilt u het pakket voortaan aan de voordeur afgeven en niet bij de buren? Mijn man is ⟦H|rolstoelgebonden⟧ en kan niet naar de overkant. Adres: ⟦A|Dorpsstraat 41a⟧, ⟦PC|3451 BK⟧ ⟦L|Vleuten⟧.
Bedankt! ⟦P|Hanneke Post⟧

### hl-03
Reservering voor zaterdag 19.00 uur, 4 personen, op naam van ⟦P|De Wit⟧. Een van ons heeft ⟦H|coeliakie⟧ en mijn zoontje heeft een ⟦H|notenallergie⟧. Kan de keuken daar rekening mee houden? Bereikbaar op ⟦T|06-52819374⟧.

### hl-04
Ik heb een ⟦H|hernia⟧ en mag niet tillen. Kunnen jullie de wasmachine (⟪ID|WAN28K20⟫) bij de bezorging naar de eerste verdieping brengen? Bestelnummer ⟪ID|7302918465⟫.
⟦P|Gijs Verhoef⟧

### hl-05
Goedendag, ik ben 30 weken ⟦H|zwanger⟧ en zou de verhuizing graag een maand eerder laten plaatsvinden, voordat de baby komt. Is dat mogelijk? Offertenummer ⟪ID|OFF-22841⟫.
⟦P|Laura Timmermans⟧, ⟦T|06-28471935⟧

### hl-06
Hierbij zeg ik mijn abonnement op. Na mijn ⟦H|kruisbandoperatie⟧ mag ik minstens een half jaar niet sporten. Lidnummer ⟦C|88214⟧. Kan het per direct?
⟦P|Dennis Wouters⟧

### hl-07
Mijn herhaalrecept voor ⟦H|metformine⟧ en ⟦H|lisinopril⟧ is nog steeds niet klaar, terwijl ik het maandag al heb aangevraagd. Geboortedatum ⟦DOB|14-02-1958⟧.
⟦P|A.J. Hendriks⟧

### hl-08
Kunnen jullie de facturen voortaan in grote letters sturen? Ik heb ⟦H|maculadegeneratie⟧ en kan de kleine letters niet meer lezen. Klantnummer ⟦C|300482716⟧.
Met vriendelijke groet, mevrouw ⟦P|Van Dijk⟧

### hl-09
Al drie weken beginnen jullie bouwvakkers om zes uur 's ochtends met zagen. Ik heb al jaren last van ⟦H|slapeloosheid⟧ en zit nu echt ⟪H|op mijn tandvlees⟫. Wanneer is dit klaar?
⟦P|Els Brink⟧, ⟦A|Van Goghlaan 3⟧

### hl-10
Door mijn ⟦H|rugklachten⟧ wil ik de bureaustoel ruilen voor het model met lendensteun. Het gaat om bestelling ⟪ID|2024-77310⟫. Mag dat, ook al is hij al uitgepakt?
⟦P|Kevin de Boer⟧

### hl-11
Onze hond Bas heeft ⟪H|epilepsie⟫ en krijgt elke dag ⟪H|fenobarbital⟫. De dierenarts zegt dat hij ook ⟪H|allergisch voor kip⟫ is. Hebben jullie brokken zonder kip? Bezorgen op ⟦A|Weverstraat 22⟧, ⟦PC|5611 EB⟧ ⟦L|Eindhoven⟧.
⟦P|Marloes Pauwels⟧

### hl-12
Hoi ⟦P|Stefan⟧,

Kunnen jullie deze maand de jaarlijkse ⟪H|health check⟫ van onze servers inplannen? Na de vorige ⟪H|kuur van updates⟫ draait alles stabiel, maar de ⟪H|virusscanner⟫ meldt af en toe een ⟪H|virus⟫ in de gedeelde map.

Groet,
⟦P|Miriam Dekker⟧
Praktijk De Linde

### hl-13
Mijn dochter ⟦P|Zoë⟧ (studentnummer ⟦C|4820193⟧) heeft ⟦H|dyslexie⟧ en ⟦H|ADHD⟧. Kan ze bij de tentamens extra tijd krijgen? Een verklaring van de orthopedagoog kan ik meesturen.
⟦P|Petra Scholten⟧

### hl-14
Mijn vrouw krijgt sinds januari ⟦H|chemotherapie⟧ voor ⟦H|borstkanker⟧ en we kunnen helaas niet op reis. Kunnen we de reis kosteloos annuleren? Reserveringsnummer ⟪ID|TR-448120⟫.
⟦P|Frank Jansen⟧

### hl-15
Hi, I have ⟦H|type 1 diabetes⟧ and need to carry ⟦H|insulin⟧ pens in my hand luggage. Do I need a doctor's letter? Booking reference ⟪ID|K7QM2P⟫.
⟦P|Sophie Martin⟧

### hl-16
Goeiemiddag, ik zit momenteel thuis met een ⟦H|gebroken enkel⟧ en kan mijn pakje niet ophalen in het postpunt. Kan het opnieuw aangeboden worden op ⟪S|⟦A|Kapelstraat 12 bus 3⟧⟫, ⟦PC|8500⟧ ⟦L|Kortrijk⟧?
Vriendelijke groeten, ⟦P|Ward Desmet⟧

### hl-17
Graag alleen contact per mail of sms, ik ben ⟦H|doof⟧. Sms kan naar ⟦T|06-33719284⟧. Het gaat om de storing van mijn internet sinds zondag.
⟦P|Rik Lammers⟧

### hl-18
Ik ben ⟦H|lactose-intolerant⟧ en in de maaltijdbox zat toch een saus met room, terwijl ik dat bij mijn voorkeuren had aangegeven. Box ⟪ID|MB-991203⟫.
⟦P|Nadia Haddou⟧

### hl-19
Hallo, in jullie webshop kan ik de categorie ⟪H|Allergie & Gevoelige huid⟫ niet meer vinden. Ik wilde de ⟪H|anti-allergie kussensloop⟫ nabestellen. Waar staat die nu?
⟦P|Marjolein⟧

### hl-20
Ik heb de rekening van maart niet betaald omdat ik een tijd opgenomen ben geweest vanwege een ⟦H|depressie⟧. Kan ik een betalingsregeling treffen? Ik kan maandelijks 50 euro betalen vanaf ⟦IBAN|NL75 RABO 0350 3446 63⟧.
⟦P|Sander Groen⟧

### hl-21
Het scherm van de app is 's avonds veel te fel, ik krijg er ⟦H|migraine⟧ van. Is er een donkere modus? App-versie ⟪CR|3.8.1⟫.

### hl-22
Mijn zoon heeft ⟦H|autisme⟧ en raakt in de drukte van de winkel snel overprikkeld. Hebben jullie een ⟪H|prikkelarm uur⟫? Dan komen we graag op dat moment.
⟦P|Yasmina⟧

### hl-23
Ik heb ⟦H|glaucoom⟧ en druppel twee keer per dag. De nieuwe flesjes van jullie lekken, graag vervanging. Klantnummer ⟦C|PH-228104⟧, adres ⟦A|Lindelaan 56⟧, ⟦PC|2411 KL⟧ ⟦L|Bodegraven⟧.

### hl-24
Na een ⟦H|miskraam⟧ vorige maand wil ik graag het abonnement op de babybox opzeggen. Ik wil echt geen mails meer ontvangen. Mijn e-mailadres is ⟦E|j.koster89@gmail.com⟧.

### hl-25
Mijn ⟦H|gehoorapparaat⟧ piept als ik bel met jullie headset (⟪ID|HS-400⟫). Is daar een instelling voor?
⟦P|Gerrit⟧

### hl-26
Ik wil een declaratie indienen voor ⟦H|fysiotherapie⟧ vanwege een ⟦H|whiplash⟧ na een aanrijding. Ik heb de ⟪H|aanvullende verzekering Extra Zorg 2⟫. BSN ⟦BSN|188734958⟧.
⟦P|Linda Mertens⟧

### hl-27
Beste ⟦P|Karel⟧,

Ik ben vandaag niet op kantoor, ik heb me bij HR afgemeld. De huisarts denkt aan ⟦H|longontsteking⟧, morgen moet ik een foto laten maken. Mijn presentatie voor het ⟪S|vakbondsoverleg⟫ van donderdag kan ⟦P|Jasper⟧ overnemen.

⟦P|Femke⟧

### hl-28
Hello, my father has ⟦H|dementia⟧ and keeps agreeing to new contracts on the phone. Please do not call him anymore. His customer number is ⟦C|55190342⟧. I have power of attorney.
⟦P|Hannah Visser⟧

### hl-29
Ik heb ⟦H|prikkelbaredarmsyndroom⟧ en volg een ⟦H|FODMAP-dieet⟧. Op jullie site staat niet of de granola knoflook of ui bevat. Kunnen jullie dat vermelden?
⟦P|Cor⟧

### hl-30
Ik heb een ⟦H|pacemaker⟧. Mag ik in jullie winkel door de beveiligingspoortjes lopen, of kan ik beter langs de kassa naar binnen?

### hl-31
Voor de behandeling volgende week: ik gebruik ⟦H|bloedverdunners⟧ (⟦H|acenocoumarol⟧). Moet ik daarmee stoppen? Afspraaknummer ⟪ID|A-19284⟫.
⟦P|Theo Bakker⟧

### hl-32
Klacht over de bus van 17.42 uur: de chauffeur weigerde te wachten terwijl ik door ⟦H|paniekaanvallen⟧ even moest uitstappen. Ik was ingecheckt met mijn ov-chipkaart, kaartnummer ⟦C|3528 0100 4827 1935⟧.

### hl-33
Ik heb ⟦H|multiple sclerose⟧ en een ⟦H|gehandicaptenparkeerkaart⟧. De slagboom van jullie garage herkent de kaart niet. Kenteken ⟦LP|GH-482-K⟧.
⟦P|Ingrid Smeets⟧

### hl-34
Ik heb de ⟦H|ziekte van Crohn⟧ en moet onderweg vaak naar het toilet. Kan ik in de trein een stoel vlak bij het toilet reserveren? Ik reis op 12 juni.
⟦P|Bas Hermans⟧, ⟦E|bas.hermans@icloud.com⟧

### hl-35
Beste ⟦P|Wendy⟧, ik ben deze week thuis met ⟦H|griep⟧. Mijn laptop heeft volgens ⟦P|Ahmed⟧ van ICT een ⟪H|virus⟫, dus ik werk vanaf mijn privélaptop. Is dat goed? ⟦P|Lotte⟧

### hl-36
Ik zit midden in een ⟦H|antibioticakuur⟧ en mag geen alcohol. Kunnen jullie de wijn in het ⟪S|kerstpakket⟫ vervangen door iets anders? Bestelling ⟪ID|KP-3391⟫.
⟦P|Martijn Hoogland⟧

### hl-37
Beste ⟦P|Joyce⟧, vanaf 1 september ga ik met ⟦H|zwangerschapsverlof⟧. Mijn klanten worden in die periode overgenomen door ⟦P|Ramon⟧. Groet, ⟦P|Dewi⟧

### hl-38
Wij willen onze dochter ⟦P|Isa⟧ aanmelden voor het zomerkamp. Ze heeft ⟦H|anorexia⟧ en is in behandeling; de begeleiding moet weten dat ze elke maaltijd onder toezicht eet. Geboortedatum ⟦DOB|07-08-2010⟧.
Familie ⟦P|Rutten⟧

### hl-39
Mijn moeder is ⟦H|slechtziend⟧ en kan de brieven van het ziekenfonds niet lezen. Kunnen jullie haar voortaan bellen op ⟦T|09 224 18 37⟧? Haar rijksregisternummer: ⟦ID|60.03.26-247.60⟧.
⟦P|Tom Willems⟧

### hl-40
Gelden de ⟪H|coronamaatregelen⟫ nog in jullie winkel? En hebben jullie een ⟪H|EHBO-koffer⟫ voor in de auto op voorraad?
⟦P|Fleur⟧

### hl-41
Mijn zoon gebruikt ⟦H|methylfenidaat⟧ en moet dat mee op kamp. Mag hij het zelf bewaren of moet het bij de leiding?
⟦P|Anja de Jong⟧, ⟦T|06-40827319⟧

### hl-42
Ik heb ⟦H|epilepsie⟧ en reageer op flitsend licht. In jullie nieuwe reclame op tv zit een stroboscoopeffect. Kunnen jullie daar een waarschuwing bij zetten?

### hl-43
Ik heb sinds een concert last van ⟦H|tinnitus⟧ en wil de koptelefoon (serienummer ⟪ID|7H2K99021⟫) toch retourneren, hij maakt het erger.
⟦P|Jesse Kuijpers⟧

### hl-44
Kan de tuinman dit jaar het gras maaien vóór half mei? Ik heb erge ⟦H|hooikoorts⟧ en dan is het nog te doen.
Mevrouw ⟦P|Claes⟧

### hl-45
Ik ben in behandeling voor ⟦H|PTSS⟧ en volg ⟦H|EMDR-therapie⟧. Daardoor kan ik niet op de geplande datum voor de hoorzitting komen. Dossier ⟪ID|Z-2024-0442⟫.
⟦P|Mark Veenstra⟧

### hl-46
De accu van mijn e-bike is na een jaar al ⟪H|dood⟫. Framenummer ⟪ID|WAZ82419K⟫, gekocht in de winkel in Zwolle. Valt dat onder de garantie?
⟦P|Bert Lubbers⟧

### hl-47
Geachte heer ⟦P|Kramer⟧,

Onze medewerker ⟦P|Erik Smit⟧ is sinds maart afwezig vanwege een ⟦H|burn-out⟧. Hij begint op 1 juni weer met twee ochtenden per week. Wilt u dit verwerken in de verzuimregistratie? Personeelsnummer ⟦C|20731⟧.

Met vriendelijke groet,
⟦P|Judith Aalbers⟧
HR-adviseur

### hl-48
Let op bij het recept: ik ben ⟦H|allergisch voor penicilline⟧. Dat staat ook in mijn dossier bij jullie, maar de vorige keer kreeg ik toch amoxicilline mee. Geboren ⟦DOB|30-06-1971⟧, ⟦P|W. Hazelhoff⟧.

### hl-49
Is de zaal van jullie theater ⟪H|rolstoeltoegankelijk⟫? We komen met een groep van de buurtvereniging op 8 maart.
⟦P|Toos Brinkman⟧

### hl-50
goedemorgen, mijn vader (⟦P|Gerard Mol⟧) heeft een ⟦H|herseninfarct⟧ gehad en ligt nog in het ziekenhuis. kan zijn telefoonabonnement tijdelijk stopgezet worden? zijn nummer is ⟦T|06-21839047⟧
"""

SPECIAL_MESSAGES = r"""
### sp-01
Geachte heer/mevrouw,

Ik solliciteer naar de functie van chauffeur. Ik wil eerlijk zijn: ik heb een ⟦S|veroordeling voor diefstal⟧ uit 2016. Sindsdien heb ik een opleiding afgerond en altijd gewerkt. Kan ik toch een ⟪S|VOG⟫ aanvragen?

Met vriendelijke groet,
⟦P|Rachid Bennani⟧
⟦T|06-22981045⟧

### sp-02
Mijn broer ⟦P|Dirk⟧ heeft twee jaar ⟦S|vastgezeten⟧ en is nu op zoek naar een huurwoning. Hij heeft geen loonstroken van de afgelopen jaren. Kan hij zich toch inschrijven?
⟦P|Marieke Hoekman⟧

### sp-03
Als ⟦S|moslim⟧ eet ik geen varkensvlees, maar in de schotel die als ⟪S|halal⟫ op jullie menukaart staat zat gewoon spek. Bestelling ⟪ID|TH-20931⟫ via de app. Ik wil mijn geld terug.
⟦P|Youssef Amrani⟧

### sp-04
Ik ben ⟦S|lid van de FNV⟧ en heb de vakbond gevraagd mee te kijken naar mijn ontslagbrief. Wilt u alle correspondentie ook naar mijn jurist sturen? Personeelsnummer ⟦C|10482⟧.
⟦P|Annemieke de Ruiter⟧

### sp-05
Goedemiddag, ik ben ⟦S|VVD-lid⟧ en krijg sinds de verhuizing het ledenblad twee keer, een keer op mijn oude en een keer op mijn nieuwe adres. Het nieuwe is ⟦A|Herengracht 382⟧, ⟦PC|1016 CJ⟧ ⟦L|Amsterdam⟧. Willen jullie het oude adres verwijderen?
⟦P|Pieter-Jan Smit⟧

### sp-06
Klacht: mijn vriend en ik zijn ⟦S|homo⟧ en kregen bij de receptie van jullie hotel te horen dat er 'alleen nog kamers met gescheiden bedden' waren, terwijl online het tegendeel stond. Boeking ⟪ID|BK-7721904⟫. Ik verwacht een reactie.
⟦P|Sven Dijkstra⟧

### sp-07
Ik ben al drie keer afgewezen voor een huurwoning via jullie platform, volgens mij omdat ik van ⟦S|Marokkaanse afkomst⟧ ben. Aan mijn achternaam, ⟦P|El Idrissi⟧, zie je dat meteen. Ik wil weten welke gegevens jullie aan verhuurders doorgeven.
⟦P|Samira El Idrissi⟧

### sp-08
Wij zijn ⟦S|joods⟧ en eten ⟦S|koosjer⟧. Mag er voor de bruiloft op 14 juni een eigen cateraar komen? En op vrijdagavond kunnen we vanwege ⟦S|sjabbat⟧ niet meer afrekenen, kan dat de donderdag ervoor?
⟦P|Ruth Cohen⟧

### sp-09
Ik moet nog 40 uur ⟦S|taakstraf⟧ doen op zaterdagen, daarom kan ik niet op de zaterdagdiensten worden ingeroosterd. Kan ⟦P|Chantal⟧ het rooster aanpassen?
⟦P|Kevin⟧

### sp-10
Ik heb door mijn ⟦S|enkelband⟧ een avondklok tot 22 uur. Kan de monteur vóór 20 uur komen? Adres ⟦A|Molenweg 9⟧, ⟦L|Almelo⟧.
⟦P|Dave Koops⟧

### sp-11
Mijn moeder is ⟦S|Jehova's getuige⟧ en wil geen verjaardagskaart van jullie ontvangen. Kunnen jullie die automatische mailing voor haar uitzetten? Klant ⟦C|K-449120⟧, ⟦E|g.vanbeek@kpnmail.nl⟧.

### sp-12
Geachte redactie, als ⟦S|actief lid van D66⟧ wil ik reageren op uw artikel over ⟪S|de coalitieonderhandelingen⟫. Mijn privénummer ⟦T|06-19572830⟧ mag niet in de krant.
⟦P|Marjan Terpstra⟧

### sp-13
Ik ben ⟦S|aangesloten bij het ACV⟧ en heb gehoord dat jullie korting geven aan ⟪S|vakbondsleden⟫. Hoe kan ik die aanvragen? Mijn lidnummer bij jullie is ⟦C|30771294⟧.
⟦P|Nele Van den Broeck⟧

### sp-14
Wij zijn een ⟦S|lesbisch⟧ stel en jullie inschrijfformulier voor de kinderopvang vraagt naar 'naam vader'. Kan dat aangepast worden? Ouders: ⟦P|Anke⟧ en ⟦P|Mirjam de Haan⟧.

### sp-15
Voor de uitvaart van mijn oma zoeken we een aula waar een ⟦S|hindoeïstische⟧ ceremonie mogelijk is. Onze familie is ⟦S|Surinaams-Hindoestaans⟧ en er komen zo'n 200 mensen.
⟦P|Ravi Ramdin⟧, ⟦T|06-43091827⟧

### sp-16
Bij de screening kwam naar voren dat ik een ⟦S|strafblad⟧ heb. Het gaat om iets uit 2012, twaalf jaar geleden! Mag dat zomaar gevolgen hebben voor mijn contract?
⟦P|Erwin⟧

### sp-17
Wij zijn ⟦S|katholiek⟧ en willen de uitvaartdienst van mijn vader graag in de ⟪S|Sint-Martinuskerk⟫ laten plaatsvinden. Kunnen jullie dat regelen?
⟦P|Hans Verhoeven⟧, ⟦A|Stationsweg 14⟧, ⟦L|Venlo⟧

### sp-18
Ik ben in 2019 ⟦S|veroordeeld voor rijden onder invloed⟧ en moet dat volgens het aanvraagformulier melden. Betekent dit dat ik geen autoverzekering bij jullie kan afsluiten? Rijbewijsnummer ⟦ID|5190384726⟧.
⟦P|Johan Brouwers⟧

### sp-19
Ik ben ⟦S|biseksueel⟧ en jullie datingapp laat me alleen 'mannen' of 'vrouwen' kiezen. Kan dat ook allebei worden? Account ⟦E|noor.k@gmail.com⟧.

### sp-20
Omdat ik ⟦S|vast tijdens de ramadan⟧ wil ik de maaltijdbezorging deze maand graag na zonsondergang, rond 21.30 uur. Kan dat? Klantnummer ⟦C|MB-204417⟧.
⟦P|Hatice Demir⟧

### sp-21
Jullie nieuwsbrief ging deze week meer over ⟪S|het nieuwe kabinet⟫ dan over jullie producten. Graag afmelden: ⟦E|willem.de.boer@ziggo.nl⟧.

### sp-22
Komt mijn pakket wel aan met ⟪S|de staking bij de post⟫? ⟪S|De vakbonden⟫ hadden acties aangekondigd. Track & trace ⟪ID|3SPOST4821930⟫.
⟦P|Gonny⟧

### sp-23
Het koorconcert van 22 december is in de ⟪S|Nieuwe Kerk⟫, ⟪S|Kerkplein 3⟫. Mijn kaartjes staan op naam van ⟦P|Joke Zandbergen⟧, maar ik heb ze niet per mail ontvangen. Kunnen jullie ze opnieuw sturen naar ⟦E|jokezandbergen@hetnet.nl⟧?

### sp-24
Kunnen jullie mijn pakket bij het afhaalpunt naast de ⟪S|Mevlana-moskee⟫ leggen? Dat is dichterbij dan de winkel.
⟦P|Emre⟧

### sp-25
Wanneer komt de ⟪S|Pride-collectie⟫ weer online? Ik wil de ⟪S|regenboogsokken⟫ nog een keer bestellen, maat 43.
⟦P|Luuk⟧

### sp-26
In de bezorgbox zat geen ⟪S|Surinaamse roti⟫ maar een ⟪S|Turkse pizza⟫. Bestelling ⟪ID|DX-88123⟫, ⟦A|Bilderdijkstraat 110-2⟧, ⟦L|Amsterdam⟧.

### sp-27
We hebben voor zaterdag de escaperoom ⟪S|'Ontsnap uit de gevangenis'⟫ geboekt met zes collega's. Kan het een uur later? Boekingsnummer ⟪ID|ER-1129⟫.
⟦P|Dominique Vliet⟧

### sp-28
Na mijn ⟦S|detentie⟧ wil ik graag weer een bankrekening openen. Ik heb nog geen vast adres, wel een postadres bij de opvang. Kan dat?
⟦P|Rick⟧

### sp-29
Wij zijn ⟦S|gereformeerd⟧ en willen op zondag geen bezorging. Kan de zondag uit ons bezorgschema?
Fam. ⟦P|Van der Veen⟧

### sp-30
As a ⟦S|practising Muslim⟧ I pray five times a day. Could I have a quiet room during the training days in Utrecht?
⟦P|Aisha Khan⟧

### sp-31
Ik ben ⟦S|lid van de Partij voor de Dieren⟧ en wil bij het bedrijfsuitje graag een volledig vegan menu.
⟦P|Tess⟧

### sp-32
Mijn ex-man heeft een ⟦S|veroordeling wegens huiselijk geweld⟧ en een ⟦S|contactverbod⟧. Geef zijn verzoeken om mijn nieuwe adres alstublieft niet door!
⟦P|Sabine Roelofs⟧

### sp-33
Ze weigerden ons op de camping omdat we ⟦S|Roma⟧ zijn. Ik wil een klacht indienen.
⟦P|Milan Stojković⟧, ⟦T|+32 471 09 82 16⟧

### sp-34
Ik heb een ⟦S|voorwaardelijke straf⟧ gekregen en mag het land voorlopig niet uit. Kunnen jullie de vlucht van 3 juli annuleren zonder kosten? Boeking ⟪ID|KL7Z3Q⟫.
⟦P|Niels Hartog⟧

### sp-35
Als ⟦S|christen⟧ vier ik geen Halloween. Kunnen jullie mij uitsluiten van die actiemails? ⟦E|marianne.kok@live.nl⟧

### sp-36
Ik ben ⟦S|vakbondslid⟧ en wil dat mijn vakbondsconsulent bij het gesprek van volgende week aanwezig is. Kunt u het gesprek verzetten naar een dag dat zij kan?
⟦P|Wilma Boekhout⟧

### sp-37
Mijn zoon heeft drie weken ⟦S|in voorarrest gezeten⟧ en is daardoor zijn baan kwijt. Hij kan de huur van mei niet betalen. Kunnen we een regeling treffen? Huurcontract op naam van ⟦P|Luc Dekkers⟧.

### sp-38
Er is ingebroken in mijn auto en mijn laptop is ⟪S|gestolen⟫. Ik heb ⟪S|aangifte gedaan⟫ bij de politie. Valt de laptop onder de verzekering? Polisnummer ⟦C|PL-7731042⟧, kenteken ⟦LP|K-219-RB⟧.
⟦P|Ronald Vink⟧

### sp-39
Ik kreeg een ⟪S|boete⟫ van 12 euro voor het te laat inleveren van de boeken, maar de bibliotheek was die week dicht. Pasnummer ⟪ID|⟦C|2209184473⟧⟫.

### sp-40
Dag, ik ben ⟦S|protestants⟧ en trouw in juli. Kan ik de zaal op zondag huren voor de receptie of zijn jullie dan gesloten? Vriendelijke groeten, ⟦P|Lotte Vanhove⟧

### sp-41
Mijn collega maakt steeds grappen over mijn ⟦S|Turkse afkomst⟧. Ik wil dit vertrouwelijk melden bij de vertrouwenspersoon.
⟦P|Serkan Aydın⟧

### sp-42
Ik ben ⟦S|lid van de SP⟧ en het partijblad komt al twee maanden niet aan. Mijn adres is ⟪S|⟦A|Kerkstraat 19⟧⟫, ⟦PC|4811 VN⟧ ⟦L|Breda⟧. Ik heb de ⟪S|verkiezingsfolders⟫ trouwens ook niet ontvangen.
⟦P|Ton Huijbregts⟧

### sp-43
Geachte heer, mevrouw,

Mijn cliënt, de heer ⟦P|R. Boskamp⟧, is ⟦S|vrijgesproken van oplichting⟧. Toch staat zijn naam nog in jullie zwarte lijst. Ik verzoek u zijn gegevens uit dat register te verwijderen.

Hoogachtend,
mr. ⟦P|E. Vos⟧, advocaat

### sp-44
Leveradres voor de 80 klapstoelen: ⟪S|Protestantse Gemeente De Ark⟫, ⟪S|Kerkweg 2⟫, Nijkerk. Contactpersoon ter plekke is ⟦P|Henk van Dam⟧, ⟦T|06-31928475⟧. Graag vóór 10 uur leveren.
### sp-45
Mijn vader is van ⟦S|Koerdische afkomst⟧ en spreekt slecht Nederlands. Kan de monteur ook in het Turks of Engels uitleg geven? Adres ⟦A|Kastanjelaan 30⟧, ⟦L|Enschede⟧.
⟦P|Dilan Aksoy⟧

### sp-46
Mijn vader zit een ⟦S|gevangenisstraf⟧ uit en kan zijn post niet zelf openen. Kan zijn abonnement op mijn naam worden gezet? Klantnummer ⟦C|40928173⟧.
⟦P|Naomi Jurriëns⟧

### sp-47
Ik ben ⟦S|boeddhist⟧ en wil op de retraitedag graag een vegetarische lunch zonder knoflook en ui. Kunnen jullie dat doorgeven aan de keuken?
⟦P|Marlies Tan⟧
"""

ID_MESSAGES = r"""
### id-01
Voor de huur van de auto hebben jullie mijn paspoortnummer nodig, toch? Het is ⟦ID|NW8KD2LP3⟧, geldig tot 2031.
⟦P|Jeroen Kok⟧, geboren ⟦DOB|3 mei 1990⟧

### id-02
Hierbij de gevraagde documenten voor de hypotheekaanvraag.

Bijlagen:
paspoort_⟦ID|BR5TJ91X7⟧.pdf
⟪ID|loonstrook_2024-03.pdf⟫
werkgeversverklaring.pdf

Groet, ⟦P|Eline Jacobs⟧

### id-03
Hoi, het uploaden van mijn rijbewijs lukt niet via de app. Ik krijg een foutmelding bij het bestand C:\Users\⟦P|sjoerd⟧\Documents\scans\rijbewijs_⟦ID|5034871296⟧.jpg (⟪CR|foutcode 413⟫, bestand te groot?).
⟦P|Sjoerd Wiersma⟧

### id-04
Dag, bij de registratie wordt gevraagd naar het nummer van mijn identiteitskaart. Dat is ⟦ID|591-4587132-07⟧. Klopt het dat ik ook een kopie moet opsturen?
⟦P|Pieter Wouters⟧, ⟦A|Lange Lozanastraat 7⟧, ⟦PC|2018⟧ ⟦L|Antwerpen⟧

### id-05
Kaartnummer eID: ⟦ID|592 3186459 90⟧
Rijksregisternummer: ⟦ID|79.02.03-072.56⟧
Naam: ⟦P|Sarah Lambrechts⟧
Vraag: waarom moet ik beide nummers opgeven voor een abonnement op de krant?

### id-06
hallo ik heb een nieuwe identiteitskaart gekregen, nr ⟦ID|593836591213⟧, kunnen jullie dat aanpassen in mijn dossier? de oude is vervallen. ⟦P|kevin de smet⟧

### id-07
Ik ben ⟪S|Duitser⟫ en heb geen Nederlands identiteitsbewijs. Mijn Reisepass-nummer is ⟦ID|C4F8RJ2K7⟧. Is dat voldoende voor de registratie bij de sportschool?
⟦P|Lukas Becker⟧

### id-08
Schadeformulier
Naam bestuurder: ⟦P|Thijs Bosman⟧
Rijbewijsnummer: ⟦ID|4829173650⟧
Kenteken: ⟦LP|ZR-771-T⟧
Schadenummer: ⟪ID|SCH-2024-118204⟫
Toelichting: tegen een paaltje gereden bij het achteruit inparkeren.

### id-09
Mijn ID-kaart (⟦ID|IH4PL7R02⟧) verloopt volgende maand. Moet ik het nieuwe nummer doorgeven zodra ik die heb?
⟦P|Esmee Huisman⟧

### id-10
Mijn ⟪ID|ID-kaart⟫ is gestolen en het nummer weet ik niet meer. Kan ik toch inchecken met alleen mijn ⟪ID|rijbewijs⟫? Boeking ⟪ID|HTL-550183⟫.
⟦P|Roos Verbruggen⟧

### id-11
Ik kan mijn gegevens niet wijzigen in het portaal. Mijn user-ID is ⟪ID|⟦C|48213⟧⟫ en ik zie alleen 'geen toegang'.
⟦P|Ahmet Kaya⟧

### id-12
De wasmachine lekt. Serienummer ⟪ID|FD9301847⟫, typenummer ⟪ID|WW80T554DAW⟫, gekocht in 2022. Kan er een monteur langskomen?
⟦P|Hennie Bruins⟧, ⟦T|0546-471829⟧

### id-13
Ik woon sinds kort in Nederland en heb nog geen BSN. Kan ik me registreren met mijn Spaanse DNI ⟦ID|48291735S⟧?
⟦P|Lucía Fernández⟧, ⟦E|lucia.fdez@gmail.com⟧

### id-14
Hi, for the visa letter you asked for my passport number: ⟦ID|532716904⟧ (UK). Date of birth ⟦DOB|12/09/1987⟧. Thanks, ⟦P|Oliver Grant⟧

### id-15
De scans staan op de gedeelde schijf:
\\server\hr\nieuwe medewerkers\⟦P|Van der Meer⟧\paspoort_⟦ID|SX92KM4T8⟧.pdf
\\server\hr\nieuwe medewerkers\⟦P|Van der Meer⟧\diploma_hbo.pdf
Graag vóór vrijdag in het systeem zetten.
⟦P|Monica⟧

### id-16
Mijn vader komt in augustus op bezoek. Voor de uitnodigingsbrief: paspoortnummer ⟦ID|UZ8251734⟧ (⟪S|Marokkaans⟫ paspoort), naam ⟦P|Mohamed Azzouzi⟧, geboren ⟦DOB|01-01-1956⟧.
⟦P|Karim Azzouzi⟧

### id-17
Hello, I work via an agency and need to register for the parking permit. My Polish ID card number is ⟦ID|AYT482915⟧ and my phone is ⟦T|+48 601 284 337⟧.
⟦P|Katarzyna Wójcik⟧

### id-18
[09:14] ⟦P|Jolien⟧ (Reisbureau Zonnig): Wat is het paspoortnummer van uw dochter?
[09:16] Klant: ⟦ID|NP7C3XW51⟧ en van mij ⟦ID|TJ8R5Z1K4⟧
[09:16] ⟦P|Jolien⟧ (Reisbureau Zonnig): Dank u, en de geboortedatum van uw dochter?
[09:17] Klant: ⟦DOB|22-11-2014⟧
[09:17] ⟦P|Jolien⟧ (Reisbureau Zonnig): Top, ik zet de boeking ⟪ID|ZN-30418⟫ op definitief.

### id-19
Aanvraag energiecontract
Naam: ⟦P|Bram Goossens⟧
Adres: ⟦A|Tiensestraat 88 bus 4⟧, ⟦PC|3000⟧ ⟦L|Leuven⟧
Identiteitskaart nr.: ⟦ID|594-8528154-50⟧
Rekeningnummer: ⟦IBAN|BE73 2665 3670 3060⟧
EAN-code meter: ⟪ID|541448820044158713⟫

### id-20
Kunt u mijn rijbewijs opnieuw controleren? Bij het afhalen van de huurauto werd het afgekeurd, maar het is geldig tot 2030. Nummer ⟦ID|4712605938⟧.
⟦P|Gerben Zijlstra⟧

### id-21
ik heb het gescand maar weet niet waar het staat, volgens mij in /home/⟦P|femke⟧/Downloads/rijbewijs-⟦ID|5268831407⟧-achterkant.png en de voorkant staat er naast. moet ik beide uploaden?

### id-22
Het artikel met EAN ⟪ID|8712345678906⟫ staat in de webshop op 'uitverkocht', maar in de winkel ligt het gewoon. Ordernummer ⟪ID|4001928374⟫ is daardoor geannuleerd. Graag opnieuw plaatsen.
⟦P|Yara⟧

### id-23
Ik heb de factuur betaald met de mededeling ⟪ID|+++120/3485/51213+++⟫, maar jullie zeggen dat ze nog openstaat. Betaald vanaf ⟦IBAN|BE26 4436 8214 4829⟧ op 3 maart.
⟦P|Gert Peeters⟧

### id-24
Gegevens voor de cruise:
⟦P|Hendrik Jan Schaap⟧, pasp.nr. ⟦ID|HV6N2QD39⟧, geldig t/m 12-2029
⟦P|Gerda Schaap-Bolt⟧, pasp.nr. ⟦ID|DK4LW7B16⟧, geldig t/m 04-2027
Hutnummer maakt niet uit, als het maar aan de buitenkant is.

### id-25
Please find my passport copy attached (passport_⟦ID|FZ1M9TX83⟧_scan.pdf). The notary asked for it before the signing on Tuesday.
⟦P|James O'Connor⟧

### id-26
Beste, mijn eID-kaart met nummer ⟦ID|595-2375180-56⟧ is vorige week verlopen en de nieuwe (⟦ID|596 7837523 17⟧) heb ik net opgehaald. Kunnen jullie het nummer in mijn klantenprofiel wijzigen? Klantnummer ⟦C|880154⟧.
⟦P|Evi De Clercq⟧

### id-27
mijn idkaart nummer is ⟦ID|cl3r8vn27⟧, dat vroeg de medewerker aan de telefoon. ik bel straks terug. ⟦P|joyce⟧

### id-28
Hallo, ik heb een Turks paspoort (⟦ID|U24817395⟧) en een verblijfsvergunning. Welke van de twee moet ik opgeven bij het openen van de rekening?
⟦P|Burak Öztürk⟧

### id-29
Registratieformulier vrijwilligers
Naam: ⟦P|Emma Dijkhuizen⟧
Geboortedatum: ⟦DOB|18-04-1999⟧
Soort document: rijbewijs
⟪ID|Documentnummer⟫: (niet ingevuld)
Opmerking: mijn ID-kaart ligt bij de gemeente voor verlenging.

### id-30
Hi, our new colleague from Chicago starts Monday. His US passport number is ⟦ID|548273916⟧, name ⟦P|Michael Turner⟧. Could you prepare the access badge?
⟦P|Ellen⟧, Facilities

### id-31
De foto's van mijn ID-kaart heb ik gisteren geüpload: ⟪ID|IMG_20240312_093144.jpg⟫ en ⟪ID|IMG_20240312_093201.jpg⟫. Krijg ik nog een bevestiging?
⟦P|Daphne Rijkers⟧

### id-32
Nummer van mijn rijbewijs is ⟦ID|4903157726⟧ en mijn kenteken ⟦LP|83-HNV-5⟧. Ik wil graag de huurbus voor het weekend van 15 juni. Bellen kan op ⟦T|06-59102837⟧.
⟦P|Stan⟧

### id-33
Goedendag, bij de aankoop van de auto moet ik mijn identiteitskaart voorleggen. Mag ik een kopie mailen met het nummer ⟦ID|597-4632026-58⟧ en de foto afgeschermd? De verkoper is ⟦P|Jonas Martens⟧.
⟦P|Wendy Aerts⟧

### id-34
Bijlage: scan_eid_⟦ID|600007906823⟧.pdf

Goeiedag, hierbij de scan van mijn identiteitskaart voor het huurcontract. Mijn huidige adres is ⟦A|Brugsesteenweg 201⟧, ⟦PC|9000⟧ ⟦L|Gent⟧.
⟦P|Arne Verstraete⟧

### id-35
Voor de inschrijving van ons zoontje ⟦P|Milan⟧ bij de kinderopvang: zijn BSN is ⟦BSN|105759387⟧ en zijn ID-kaart heeft nummer ⟦ID|ER7K2PJ45⟧. Onze rekening is ⟦IBAN|NL27 ASNB 8651 6750 19⟧.
⟦P|Ilona⟧ en ⟦P|Sjors Verkerk⟧

### id-36
J'ai un passeport français, numéro ⟦ID|19CV48213⟧ — sorry, ik schrijf verder in het Nederlands. Kan ik daarmee een abonnement afsluiten? ⟦P|Camille Laurent⟧, ⟦E|camille.laurent@orange.fr⟧
### id-37
Onderwerp: kopie paspoort ⟦ID|MH5X3TL90⟧

Beste ⟦P|Ayla⟧, in de bijlage de kopie van mijn paspoort voor de arbeidsovereenkomst. Het BSN heb ik onleesbaar gemaakt, dat krijg je van de salarisadministratie.
Groet, ⟦P|Daan Hofstede⟧

### id-38
Inschrijving huurwoning
Naam: ⟦P|Priscilla Martina⟧
BSN: ⟦BSN|255544601⟧
Soort legitimatie: identiteitskaart
Documentnr: ⟦ID|GW2D8KR64⟧
Inkomen: 2.850 netto per maand

### id-39
[16:40] ⟦P|Kobe⟧ (klantendienst): Om uw identiteit te controleren: wat is het kaartnummer van uw eID?
[16:41] Klant: ⟦ID|602 6600707 19⟧
[16:41] ⟦P|Kobe⟧ (klantendienst): Bedankt, ik zie uw dossier. U bent mevrouw ⟦P|Dewulf⟧?
[16:42] Klant: ja

### id-40
Het formulier wil alleen pdf's. Mijn scan heet D:\Documenten\Auto\rijbewijs ⟦ID|5541098273⟧ voorkant.pdf en is 3 MB. Te groot?
⟦P|Hans Evers⟧

### id-41
Dear sir/madam, please add the following to booking ⟪ID|GV-88310⟫: driver ⟦P|Peter Bloemendaal⟧, Dutch passport ⟦ID|PB9J4YF72⟧, Dutch driving licence ⟦ID|4386520917⟧. Pick-up at the airport desk on 2 July.
Best regards, ⟦P|Saskia Bloemendaal⟧

### id-42
Mijn oude ID-kaart had nummer ⟦ID|KR6T1LN58⟧ en de nieuwe ⟦ID|XN2W7PH31⟧. In jullie systeem staat nog de oude, daardoor wordt mijn identificatie afgekeurd.
⟦P|Esther Lagerwey⟧

### id-43
Bijlagen: eid_⟦ID|603305390295⟧.jpg, ⟪ID|factuur_2024-118.pdf⟫
Vriendelijke groeten, ⟦P|Lander Wuyts⟧
"""

LOOKALIKE_MESSAGES = r"""
### lk-01
Kunnen jullie bevestigen dat het nieuwe ⟪CR|wachtwoordbeleid⟫ (⟪CR|minimaal 12 tekens⟫, elke 90 dagen wijzigen) ook geldt voor de kassa-accounts in de filialen? Dan pas ik de instructie aan.
⟦P|Rens Verhagen⟧, IT

### lk-02
Goedemorgen,

Vanaf vandaag draait de nieuwe versie van het klantportaal. Wat is er veranderd:
- de ⟪H|health check⟫ van de koppeling met de bank draait nu elk kwartier;
- na een ⟪CR|wachtwoordreset⟫ krijgt u een mail met een link die 24 uur geldig is;
- foutmelding ⟪CR|code 1102⟫ ('sessie verlopen') is opgelost.

Team Klantportaal

### lk-03
Welke code draait er nu op productie? Volgens de release notes is het ⟪CR|code 2.14.0⟫ (build ⟪CR|8812⟫), maar het dashboard zegt 2.13.7. Ticket ⟪ID|INC-0048813⟫.
⟦P|Bas⟧

### lk-04
Beste klant, uw bestelling ⟪ID|318204775⟫ is onderweg. Volg uw pakket met trackingcode ⟪ID|3SKAB9204817⟫. Heeft u vragen? Bel ons op 020 204 1100.
Met vriendelijke groet, Webwinkel Tuinhuis

### lk-05
Hallo ⟦P|Annelies⟧, dank voor je bestelling. De ⟪H|allergievrije⟫ dekbedden uit de collectie ⟪H|Allergie Care⟫ zijn pas over twee weken weer leverbaar. Wil je wachten of liever een ander model?
Groet, ⟦P|Milou⟧ van DekbedDirect

### lk-06
Onze ⟪H|kuur⟫ van Windows-updates staat gepland voor vrijdagavond. Servers ⟪ID|SRV-APP02⟫ en ⟪ID|SRV-DB01⟫ zijn dan tussen 22.00 en 02.00 uur niet bereikbaar. Een ⟪H|virus⟫ is niet de oorzaak van de storing van vorige week, dat was een ⟪H|geheugenlek⟫.
⟦P|Hugo Pronk⟧, beheer

### lk-07
Goedemiddag, ik zoek een ⟪H|bloeddrukmeter⟫ als cadeau voor een collega die met pensioen gaat, en een ⟪H|massagekussen⟫. Welke raden jullie aan? Budget rond de 80 euro.
⟦P|Carin⟧

### lk-08
Vanwege ⟪S|de Tweede Kamerverkiezingen⟫ is ons kantoor woensdag om 16 uur dicht; het ⟪S|stembureau⟫ zit in onze kantine. Spoedvragen via de chat.
Team Verhuurservice

### lk-09
Your ⟪ID|user ID⟫ is ⟦C|jwi-30418⟧ and your ⟪CR|temporary password⟫ has been sent separately by text message. ⟪CR|Password requirements⟫: at least 10 characters, one number.
Kind regards, the ServiceDesk

### lk-10
Bezorgopdracht 14 april
Leveradres: ⟪S|Moskee Al Fath⟫, ⟪S|Industrieweg 14⟫, Zaandam (ingang aan de achterkant). Het gaat om 40 tafels en 200 stoelen voor het ⟪S|Suikerfeest⟫ van de moskee. Factuur naar de stichting.
Ingepland door ⟦P|Said⟧, Partyverhuur Zaanstreek

### lk-11
Is de ⟪H|rolstoelrampe⟫ die jullie verhuren geschikt voor een drempel van 15 cm? Het is voor de ingang van onze winkel.
⟦P|Joost⟧ van Fietsenmakerij De Spaak

### lk-12
Ik bestelde ⟪S|halal kip⟫ en ⟪S|koosjere wijn⟫ voor de kantine, maar de pakbon noemt alleen de kip. Pakbon ⟪ID|PB-448120⟫, factuur ⟪ID|2024-0877⟫.
⟦P|Marion Dekkers⟧, facilitair

### lk-13
Welke ⟪CR|pincode⟫ moet ik instellen op de nieuwe pinautomaat in de winkel? In de handleiding staat ⟪CR|'standaardcode: zie verpakking'⟫ maar ik zie niets op de doos. Terminal-ID ⟪ID|TID 55820194⟫.
⟦P|Hassan⟧, Bakkerij De Korenbloem

### lk-14
Het ⟪ID|ID⟫-nummer van jullie pakketautomaat bij het station klopt niet in de app: ik zie ⟪ID|PA-3301⟫ maar op de kast staat PA-3310. Mijn pakket ligt er wel.
⟦P|Femke Roelofs⟧

### lk-15
Bedankt voor het aanmelden voor onze nieuwsbrief! Via de knop ⟪CR|'Wachtwoord vergeten?'⟫ kunt u altijd een nieuw wachtwoord instellen. Wij vragen u nooit om uw ⟪CR|pincode⟫ of ⟪CR|inloggegevens⟫.
Team Spaarplan

### lk-16
Wij zijn een ⟪S|christelijke basisschool⟫ (CBS De Regenboog) en willen 30 laptops bestellen voor groep 7 en 8. Kunt u een offerte sturen naar administratie@cbsderegenboog.nl?
⟦P|Marjolijn Bakker⟧, directeur

### lk-17
Wat een ⟪H|kopzorgen⟫ met deze printer! Elke keer ⟪CR|foutcode E-04⟫. Modelnummer ⟪ID|MFC-L2710DW⟫, serienummer ⟪ID|E78123K9N456789⟫.
⟦P|Theo⟧

### lk-18
Hallo, is er bij jullie een ⟪S|gebedsruimte⟫ in het congrescentrum? En is het eten op de conferentie ⟪H|glutenvrij⟫ te bestellen voor wie dat wil? We verwachten 120 deelnemers.
⟦P|Nina Kools⟧, organisatie

### lk-19
Met ⟪S|de staking van de FNV⟫ bij de distributiecentra kan uw bestelling ⟪ID|ORD-7730192⟫ vertraging oplopen. Excuses voor het ongemak.
Klantenservice Huis & Haard

### lk-20
In jullie app heet mijn account '⟦P|Romy⟧' maar mijn ⟪ID|klant-ID⟫ ⟦C|110392⟧ staat niet op de pas. Kunnen jullie de pas opnieuw sturen naar ⟦A|Jan Steenstraat 7⟧, ⟦PC|3532 TC⟧ ⟦L|Utrecht⟧?

### lk-21
Bij de ⟪H|ICT-gezondheidscheck⟫ van jullie MKB-pakket kwam naar voren dat onze back-ups niet versleuteld zijn. Klopt het dat het ⟪CR|versleutelingswachtwoord⟫ in de software zelf wordt opgeslagen? Licentie ⟪CR|MKB-PRO-77F2-XQ91⟫.
⟦P|Edwin Schuurman⟧

### lk-22
De ⟪S|Pride-vlag⟫ die ik bestelde is te klein, ik had 150 x 225 cm besteld en kreeg 90 x 150. En de ⟪S|kerststal⟫ zat er ook niet bij. Bestelnummer ⟪ID|208819337⟫.
⟦P|Lonneke⟧

### lk-23
Kunnen jullie het nieuwe ⟪CR|toegangsbeleid⟫ voor de serverruimte sturen? De ⟪CR|toegangscodes⟫ worden volgens mij elke maand gewijzigd, maar niemand weet wie ze beheert. Ticket ⟪ID|T-20240611-0042⟫.
⟦P|Yvette⟧

### lk-24
De ⟪H|ziekenhuisparking⟫ naast jullie vestiging is altijd vol. Mogen bezoekers van de showroom op jullie eigen terrein parkeren? Ik kom zaterdag een ⟪H|EHBO-kist⟫ ophalen, ordernummer ⟪ID|5532019847⟫.
⟦P|Gilles⟧
### lk-25
Mijn iPhone geeft een ⟪H|batterijgezondheid van 78%⟫ aan, na nog geen jaar. Valt dat onder de garantie? Serienummer ⟪ID|F2LXK9QWHG7F⟫.
⟦P|Ruben⟧

### lk-26
Herinnering voor alle medewerkers: de ⟪H|griepprik⟫ wordt op 14 oktober in de kantine gezet. Afmelden bij ziekte gaat voortaan via het ⟪H|verzuimportaal⟫; de regels rond de ⟪H|Ziektewet⟫ staan op intranet.
Team HR

### lk-27
Wij zijn een ⟪H|fysiotherapiepraktijk⟫ met drie behandelkamers en zoeken een nieuwe kassa met ⟪CR|pinterminal⟫. Kunt u de praktijk terugbellen op 0318 620 418 (ma-do)?
Praktijk Beweegwijs

### lk-28
De ⟪H|diagnose⟫ van jullie monteur was een kapotte compressor, maar de koelkast doet het na de reparatie nog steeds niet. Werkbon ⟪ID|WB-220187⟫.
⟦P|Hetty Schipper⟧, ⟦T|06-44910273⟧

### lk-29
Vanaf 1 mei ligt uw pakket niet meer bij de boekhandel, maar bij ⟪H|Apotheek Centrum⟫, Markt 4. Neem uw ⟪CR|ophaalcode⟫ uit de app mee.
Pakketservice Noord

### lk-30
Is jullie webserver nog kwetsbaar voor ⟪H|Heartbleed⟫? En welke ⟪H|symptomen⟫ moet ik zien als de aanval bezig is? We gebruiken ook jullie ⟪CR|wachtwoordmanager⟫ voor het hele team.
⟦P|Koen Smulders⟧, CTO

### lk-31
Ik werd er ⟪H|gek⟫ van: drie keer gebeld en nog steeds geen ⟪CR|verificatiecode⟫ ontvangen. Mijn nummer is ⟦T|06-38201947⟧. Kan iemand het handmatig doen?
⟦P|Ilse Brandsma⟧

### lk-32
Onze ⟪H|AED⟫ in de hal moet gekeurd worden. Het serienummer is ⟪ID|AED-4471290⟫, het contract staat op naam van de VvE. Kan de monteur in week 23?
⟦P|Rob Knol⟧, secretaris VvE Het Anker

### lk-33
Ik ontvang sinds kort een ⟪CR|WW⟫-uitkering en kan de rekening van april niet in één keer betalen. Mag ik het in drie delen doen? Klantnummer ⟦C|7702193⟧.
⟦P|Sharon Wolters⟧

### lk-34
Hi, the ⟪H|health score⟫ of our account in your dashboard dropped to 62 this week. What does that mean? And where do I find the docs for the ⟪CR|token endpoint⟫?
⟦P|Lena Fischer⟧

### lk-35
Ik heb ⟪H|blind⟫ vertrouwd op de maattabel en nu is de jas twee maten te groot. Retourlabel graag naar ⟦E|tim.huisman@gmail.com⟧, bestelling ⟪ID|209381754⟫.

### lk-36
De ⟪H|hartslagmeter⟫ die ik bestelde (⟪ID|HRM-Pro Plus⟫) maakt geen verbinding met mijn horloge. En op de productpagina staan alleen nog ⟪H|dode links⟫ naar de handleiding.
⟦P|Wouter Jongeneel⟧
"""

MESSAGES = (
    CREDENTIAL_MESSAGES + HEALTH_MESSAGES + SPECIAL_MESSAGES + ID_MESSAGES + LOOKALIKE_MESSAGES
)


def split_messages(blob):
    """Yield (id, marked text) for every "### id" block."""
    parts = re.split(r"^### (\S+)[ \t]*$", blob, flags=re.M)
    if parts[0].strip():
        raise SystemExit("text before the first message header")
    for mid, body in zip(parts[1::2], parts[2::2]):
        yield mid, body.strip("\n")


def parse_with_traps(marked):
    """Parse ⟦⟧ spans with heldout_markup.parse and strip ⟪CAT|text⟫ traps.

    Returns text, spans and traps [{"start", "end", "category", "value"}] in text offsets.
    """
    cats = []

    def sentinel(m):
        if m.group(1) not in TRAP_CATEGORY:
            raise SystemExit(f"unknown trap category {m.group(1)}")
        cats.append(TRAP_CATEGORY[m.group(1)])
        return OPEN + m.group(2) + CLOSE

    raw, spans = parse(TRAP.sub(sentinel, marked))
    if "⟪" in raw or "⟫" in raw:
        raise SystemExit("unbalanced trap markup")
    # map positions in raw (with sentinels) to positions in the clean text
    newpos, n = [], 0
    for ch in raw:
        newpos.append(n)
        if ch not in (OPEN, CLOSE):
            n += 1
    newpos.append(n)
    text = raw.replace(OPEN, "").replace(CLOSE, "")
    for sp in spans:
        if OPEN in sp["value"] or CLOSE in sp["value"]:
            raise SystemExit(f"trap marker inside span {sp['value']!r}")
        sp["start"], sp["end"] = newpos[sp["start"]], newpos[sp["end"]]
    traps, stack = [], []
    for i, ch in enumerate(raw):
        if ch == OPEN:
            stack.append(newpos[i])
        elif ch == CLOSE:
            start = stack.pop()
            traps.append({"start": start, "end": newpos[i], "category": cats[len(traps)]})
    if stack:
        raise SystemExit("unbalanced trap markup")
    for tr in traps:
        tr["value"] = text[tr["start"] : tr["end"]]
    for sp in spans:
        if text[sp["start"] : sp["end"]] != sp["value"]:
            raise SystemExit(f"offset error for {sp['value']!r}")
    return text, spans, traps


def be_eid_ok(v):
    d = re.sub(r"[ -]", "", v)
    return (int(d[:10]) % 97 or 97) == int(d[10:])


def id_document_problem(v):
    """None if v has the form of a document number this set uses, else the problem."""
    if v in FOREIGN_DOCUMENTS:
        return None
    if re.fullmatch(r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d", v):
        return None  # BE national number, validated by check_value
    if re.fullmatch(r"\d{3}([- ]?)\d{7}\1\d\d", v):
        return None if be_eid_ok(v) else "BE eID card number fails mod 97"
    if re.fullmatch(r"\d{10}", v):
        return None  # NL driving licence
    if re.fullmatch(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d", v.upper()):
        return None  # NL passport / ID card
    return "not a known document number format"


def check_message(mid, text, spans, traps):
    bad = []
    for sp in spans:
        v, t = sp["value"], sp["type"]
        problem = check_value(sp)
        if problem:
            bad.append(f"{problem}: {v}")
        if v != v.strip() or not v:
            bad.append(f"space at the edge of span {v!r}")
        if t == "ID_DOCUMENT":
            problem = id_document_problem(v)
            if problem:
                bad.append(f"{problem}: {v}")
        if t == "CREDENTIAL":
            if CUE_WORDS.search(v):
                bad.append(f"cue word inside credential {v!r}")
            if v[0] in "\"'(“‘[" or v[-1] in "\"')”’].,;:":
                bad.append(f"quote, bracket or punctuation at the edge of credential {v!r}")
        if t in ("HEALTH", "SPECIAL"):
            if ARTICLE.match(v):
                bad.append(f"article or possessive at the start of {t} {v!r}")
            if v[-1] in ".,;:!?)'\"":
                bad.append(f"punctuation at the end of {t} {v!r}")
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] < a["end"]:
            bad.append(f"overlapping spans {a['value']!r} / {b['value']!r}")
    cov = coverage(text, spans)
    bad += check_traps(text, cov)
    for m in re.finditer(r"(?<!\d)\d{3}([- ])\d{7}\1\d\d(?!\d)", text):
        if not any(cov[m.start() : m.end()]) and be_eid_ok(m.group()):
            bad.append(f"unmarked number passes the BE eID check: {m.group()}")
    for v in {sp["value"] for sp in spans if len(sp["value"]) >= 4}:
        for m in re.finditer(rf"(?<!\w){re.escape(v)}(?!\w)", text, re.I):
            if not all(cov[m.start() : m.end()]):
                bad.append(f"unmarked occurrence of marked value {v!r}")
    for tr in traps:
        for sp in spans:
            if sp["type"] == tr["category"] and sp["start"] < tr["end"] and tr["start"] < sp["end"]:
                bad.append(f"trap {tr['value']!r} overlaps a {sp['type']} span")
        if not tr["value"].strip():
            bad.append("empty trap")
    return [f"{mid}: {b}" for b in bad]


def main():
    records, errors, seen = [], [], set()
    span_types, trap_cats, groups = Counter(), Counter(), Counter()
    traps_total = 0
    for mid, marked in split_messages(MESSAGES):
        if not re.fullmatch(r"(cr|hl|sp|id|lk)-\d\d", mid):
            errors.append(f"bad id {mid}")
        if mid in seen:
            errors.append(f"duplicate id {mid}")
        seen.add(mid)
        text, spans, traps = parse_with_traps(marked)
        errors += check_message(mid, text, spans, traps)
        groups[mid[:2]] += 1
        span_types.update(sp["type"] for sp in spans)
        trap_cats.update(tr["category"] for tr in traps)
        traps_total += len(traps)
        records.append(
            {
                "id": mid,
                "text": text,
                "request": None,
                "spans": sorted(spans, key=lambda s: s["start"]),
            }
        )
    if len(records) < MIN_MESSAGES:
        errors.append(f"only {len(records)} messages, want {MIN_MESSAGES}+")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with OUT.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    positives = sum(span_types[t] for t in SENSITIVE)
    print(f"wrote {len(records)} messages to {OUT.name}")
    print("messages per group:", dict(groups))
    print("spans per type:")
    for t, n in span_types.most_common():
        print(f"  {t:14} {n}")
    print(f"spans total: {sum(span_types.values())}")
    print("look-alike traps per imitated category (unmarked):")
    for t in SENSITIVE:
        print(f"  {t:14} positives {span_types[t]:3}  traps {trap_cats[t]:3}")
    print(f"positives in the four categories: {positives}, traps: {traps_total}")
    no_sensitive = sum(1 for r in records if not any(s["type"] in SENSITIVE for s in r["spans"]))
    print(f"messages without any span of the four categories: {no_sensitive}")


if __name__ == "__main__":
    main()
