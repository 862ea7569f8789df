"""Build sensitive_tuning3.jsonl: a third tuning set, for ID_DOCUMENT and CREDENTIAL above all.

70 invented messages (support e-mails, tickets, chats, forwarded mails and web forms; Dutch and
Flemish, some with English or French parts) that are rich in identity-document numbers and
secrets, with BSN, IBAN and the usual contact data around them, and with many look-alikes that
must stay unmarked. Like sensitive_tuning.jsonl it is meant for tuning (thresholds, cue lists,
rules), so it aims at being varied and representative rather than tricky.

Written blind: the author read only benchmarks/data/heldout_markup.py and the first 40 lines of
benchmarks/data/build_sensitive_tuning.py (its conventions, trap markup and output format). No
detector, model, test or bot code was read, no evaluation data was looked at and no privacywacht
detector was run on these texts. All persons, numbers, addresses and secrets are invented; the
checksummed numbers were generated to pass their checks (BSN 11-test, IBAN mod 97, Belgian eID
card mod 97, rijksregisternummer, Luhn, MRZ 7-3-1 check digits) and are validated here.

Overlap: this builder opens every other benchmarks/data/*.jsonl and /work/shared/eval/*.jsonl
(and the CoNLL-2002 file under /work/shared/eval/conll2002_nl, its tokens joined per sentence)
only to check that no value marked here occurs in them, and aborts when one does: as a whole
word (case-insensitive) anywhere in their texts, or, for values with seven or more digits, as
the same digit sequence written with other separators, or as a value marked there with the same
type. Single-token PERSON values (a first name or a surname alone), LOCATION values (town
names) and Belgian 4-digit postcodes (a town's code) are only counted; other values shorter
than five characters (PINs, CVCs) are only counted unless a value marked there with the same
type equals them. It reports only ids and values of this set, never the other texts.

Text types, 1-14 lines each:

  t3-id-..  identity documents: Dutch passports and ID cards (9 characters, letters and digits,
            no letter O), Dutch driving licences (10 digits), Belgian eID cards (12 digits with
            mod-97 check, written 592-1234567-89, with spaces or compact), rijksregisternummers,
            Belgian, German, Polish, Turkish, Moroccan, Ukrainian, British, French and Indian
            documents, residence permits and cards; after cues, on a line of their own, in
            tables, in attachment names and Windows paths, in an MRZ
  t3-cr-..  credentials: passwords (old and new, temporary, in quotes or parentheses, cue a few
            words away or after the value, ww / pw / pwd / pass / wachtw. / wachtwoort /
            paswoord), PINs, PUK, CVC, 2FA back-up and recovery codes, app codes, API keys,
            tokens and webhook secrets, Wi-Fi keys, key-safe, alarm, door and safe codes,
            connection strings, tables of accounts
  t3-mx-..  mixed: onboarding, banking, government, housing, school and rental messages with
            BSN, IBAN, documents and credentials together
  t3-lk-..  mostly look-alikes: IT tickets, shop, invoice and delivery mails, product licences,
            password policies, phishing warnings, appointments

Markup (as in build_sensitive_tuning.py): ⟦TYPE|value⟧ marks a span (aliases of heldout_markup:
P E T A PC L LP ID CC IP DOB CR H S C U). ⟪CAT|text⟫ marks a look-alike trap; added here: CAT
may be the alias or name of any annotation type (not only CR, H, S, ID), namely the type the
text imitates (CR, ID, BSN, IBAN, T, KVK, PC, DOB, CC, IP, C). Traps are removed, counted and
checked (a trap never overlaps a span of the type it imitates; spans of another type may sit
inside a trap) and are not written to the JSONL. Every JSON line is
{"id", "channel", "request": null, "text", "spans": [{"start", "end", "type", "value"}]};
channel is one of email, forwarded_email, ticket, chat, web_form.

Conventions. The header of build_sensitive_tuning.py states that all personal data is marked
and that a user id can be CUSTOMER_ID; the rest is written out here, and + marks the choices
most likely to differ from what other sets did:

  - A span holds the value only: no cue ("wachtwoord:", "BSN", "nr."), no quotes or
    parentheses around it, no trailing punctuation, no file extension or the rest of a file
    name (scan_paspoort_⟦ID|…⟧.pdf), no title (dhr., mevr., meneer, meester, familie).
  - ID_DOCUMENT: numbers of passports, identity cards, driving licences, residence permits and
    cards, and the Belgian rijksregisternummer, as written (with their dashes or spaces).
    + In an MRZ the fields are marked separately: the document number ID_DOCUMENT, the name
    field (with its < fillers) PERSON, the birth date (YYMMDD) DATE_OF_BIRTH; check digits,
    country, sex and expiry stay unmarked. + A 9-digit document number (British passport,
    Ukrainian ID card) is ID_DOCUMENT and, to keep it apart from a BSN, fails the 11-test.
  - CREDENTIAL: every secret that opens an account, device, door or payment: passwords (old
    and new, temporary ones sent by a helpdesk), PINs, PUK, CVC/CVV, back-up, recovery and app
    codes, API keys, tokens and webhook secrets, Wi-Fi keys, key-safe, alarm and door codes,
    also when they belong to a company system (they give access to personal data). Each
    back-up code on its own line is its own span. User names are not credentials: a personal
    user name is CUSTOMER_ID, an e-mail address used as login is EMAIL, generic ones (admin,
    beheer) stay unmarked. Network names (SSID) stay unmarked.
    + A product licence key of software bought by a business is not marked: it identifies a
    purchase, not a person, and opens no account holding personal data. Masked passwords, file
    checksums, commit hashes, crash ids (UUIDs), password policies ("minimaal 12 tekens"),
    "wachtwoord vergeten" and reset instructions without a secret are not marked either.
  - BSN and IBAN as written, with their dots or spaces. CREDIT_CARD a full card number; the last
    four digits of a card alone stay unmarked.
  - PERSON: names of natural persons, including staff first names and signatures; + a name in a
    Windows path or file name is marked too. Organisations are not marked.
  - EMAIL and PHONE of persons (private, direct work line); + role addresses and company
    switchboard, helpdesk and service numbers stay unmarked.
  - ADDRESS street and house number (with bus/addition) of a person; POSTCODE the postcode of a
    personal address and LOCATION its town, as separate spans; + company addresses and
    postcodes, and postcodes of areas (delivery ranges), stay unmarked.
  - CUSTOMER_ID: customer, member, policy and health-fund numbers and personal user names;
    + order, invoice, ticket, case, claim, booking, tracking, work-order and serial numbers
    identify transactions or things and stay unmarked.
  - DATE_OF_BIRTH only for birth dates; expiry, order, appointment and other dates stay
    unmarked. LICENSE_PLATE for a person's car.
  - + KvK numbers of companies, model numbers, version strings, error codes, MAC addresses and
    internal IP addresses of company devices stay unmarked.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from heldout_markup import (
    ALIAS,
    MARK,
    TYPES,
    check_traps,
    check_value,
    coverage,
    digits,
    parse,
)
from stdnum.nl import bsn as nl_bsn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sensitive_tuning3.jsonl")
EVAL_DIR = "/work/shared/eval"
TRAP = re.compile(r"⟪([A-Z_]+)\|(.*?)⟫", re.S)
CHANNELS = {"email", "forwarded_email", "ticket", "chat", "web_form"}

# fmt: off
MESSAGES = [
# ---------------------------------------------------------------- identity documents
("t3-id-01", "email", """\
Onderwerp: documenten huurwoning Pieterstraat

Beste mevrouw ⟦P|Hofstede⟧,

Zoals gevraagd stuur ik de gegevens voor de screening. Mijn paspoort heeft
documentnummer ⟦ID|NXK4R82T5⟧ (geldig tot ⟪DOB|22-08-2033⟫), mijn BSN is ⟦BSN|954255501⟧.
De scan zit in de bijlage: scan_paspoort_⟦ID|NXK4R82T5⟧.pdf
Mijn huidige adres is ⟦A|Lindenlaan 48⟧, ⟦PC|7331 KE⟧ ⟦L|Apeldoorn⟧.

Met vriendelijke groet,
⟦P|Sanne Lammertink⟧
⟦T|06 41 83 27 90⟧"""),

("t3-id-02", "web_form", """\
Formulier: identiteit verifiëren (klantenservice)
Naam: ⟦P|Jeroen Dijkhuizen⟧
Klantnummer: ⟦C|KL-2093341⟧
Soort document: identiteitskaart
Documentnr.: ⟦ID|IX8M3B1R2⟧
Geldig tot: ⟪DOB|03-02-2030⟫
Geboortedatum: ⟦DOB|17-11-1986⟧
Opmerking: vorige keer is mijn ID afgewezen omdat de foto onscherp was, nu opnieuw
geüpload als IMG_⟪DOB|20240611⟫_⟦ID|IX8M3B1R2⟧.jpg"""),

("t3-id-03", "email", """\
Dag,

Voor de aanvraag van mijn renovatiepremie vragen jullie het nummer van mijn
identiteitskaart. Dat is ⟦ID|592-9105241-29⟧. Mijn rijksregisternummer staat op de
achterkant: ⟦ID|79.05.23-146.82⟧.
Ik woon in de ⟦A|Kapelstraat 17 bus 2⟧, ⟦PC|9000⟧ ⟦L|Gent⟧. Dossiernummer van de premie is
⟪ID|RP-2024-118274⟫.

Mvg,
⟦P|Lieselot Haegebaert⟧
⟦T|0477 31 62 08⟧"""),

("t3-id-04", "chat", """\
[10:02] Klant: goedemiddag, ik wil een auto huren voor zaterdag
[10:02] Medewerker ⟦P|Ilse⟧: Goedemiddag! Mag ik uw rijbewijsnummer?
[10:03] Klant: ⟦ID|5417720398⟧
[10:03] Klant: o ja en mijn naam is ⟦P|Koen Stappers⟧
[10:04] Medewerker ⟦P|Ilse⟧: Dank u. Uw reservering heeft nummer ⟪ID|RS-7741920⟫. U kunt
ophalen bij ons kantoor aan de ⟪A|Energieweg 112⟫, ⟪PC|3542 DX⟫ Utrecht, vanaf 8.00 uur."""),

("t3-id-05", "forwarded_email", """\
---------- Doorgestuurd bericht ----------
Van: ⟦P|Martina Köhlbrandt⟧ <⟦E|m.koehlbrandt@posteo.de⟧>
Onderwerp: Check-in Ferienhaus

Dear host, for the check-in form: my passport number is ⟦ID|C7HK2M9T4⟧ (German
passport), my husband ⟦P|Tobias⟧ has an ID card (Personalausweis), number ⟦ID|L2F8TN3V6⟧.
We arrive on ⟪DOB|14 August⟫ around six.
Best, ⟦P|Martina⟧
---
Hoi ⟦P|Wouter⟧, kun jij dit invoeren in het gastenregister? Boekingsnr. ⟪ID|BK-88213⟫.
⟦P|Anouk⟧"""),

("t3-id-06", "ticket", """\
Ticket ⟪ID|#58213⟫ – uploadprobleem hypotheekaanvraag
Klant: ⟦P|Robin Verhoeckx⟧ (⟦E|robin.verhoeckx@ziggo.nl⟧)
Bijlagen:
  1. ID-kaart_voorkant_⟦ID|IL5DVN7K9⟧.jpg (2,1 MB)
  2. ID-kaart_achterkant_⟦ID|IL5DVN7K9⟧.jpg (1,9 MB)
  3. loonstrook_mei.pdf
  4. werkgeversverklaring_v2.pdf
Foutmelding bij upload: ⟪CR|ERR_UPLOAD_413⟫ (bestand te groot). Klant vraagt of hij de
documenten per mail mag sturen."""),

("t3-id-07", "email", """\
Hallo,

Het lukt niet om mijn verblijfsvergunning te uploaden in jullie portaal. Het bestand staat
hier: C:\\Users\\Gebruiker\\Documents\\IND\\verblijfsdocument ⟦ID|W84172635⟧.jpg
Het documentnummer is dus ⟦ID|W84172635⟧, geldig tot ⟪DOB|30-09-2028⟫. Mijn V-nummer heb ik
nu niet bij de hand. Browser: ⟪ID|Chrome 125.0.6422.142⟫.

Groet,
⟦P|Emre Kılıçarslanoğlu⟧"""),

("t3-id-08", "email", """\
Dzień dobry / Goedendag,

Ik begin maandag via het uitzendbureau in jullie magazijn. Voor de registratie: mijn Poolse
paspoort is ⟦ID|EK4803921⟧, mijn dowód osobisty ⟦ID|CBZ417520⟧. BSN heb ik sinds vorige
week: ⟦BSN|6014 32 794⟧.
Loon graag op ⟦IBAN|NL37 ABNA 2174 1678 85⟧.

Pozdrawiam,
⟦P|Krzysztof Wąsowiczak⟧
⟦T|+48 512 093 447⟧"""),

("t3-id-09", "web_form", """\
Type aanvraag: inschrijving bibliotheek
Naam: ⟦P|Amina El Idrissi-Bouzidi⟧
Adres: ⟦A|Heiststraat 210⟧, ⟦PC|2660⟧ ⟦L|Hoboken⟧
Identiteitsbewijs: verblijfskaart (F-kaart)
Kaartnummer: ⟦ID|B 1847302 65⟧
Marokkaans paspoort (indien geen kaart): ⟦ID|TZ4482817⟧
Telefoon: ⟦T|0488 20 71 39⟧"""),

("t3-id-10", "email", """\
Onderwerp: paspoortscan onleesbaar?

Hoi,

De app kan mijn paspoort niet scannen. Ik heb de onderste twee regels overgetypt:

P<NLD⟦P|VAN<DER<MEULEN<<FLEUR<JOHANNA⟧<<<<<<<<<<
⟦ID|BH7L2W9D1⟧3NLD⟦DOB|920417⟧7F3308224<<<<<<<<<<<<<<02

Geboren ⟦DOB|17 april 1992⟧, dus dat klopt. Foutcode in de app: ⟪CR|MRZ-READ-07⟫.
Groet, ⟦P|Fleur van der Meulen⟧"""),

("t3-id-11", "chat", """\
klant: ik krijg foutmelding ⟪CR|0x6982⟫ bij het inloggen met mijn eid
agent: Vervelend! Welk kaartnummer staat er op uw kaart?
klant: ⟦ID|595 0981729 10⟧
klant: en de pincode is ⟦CR|4729⟧ moet ge die ook hebben?
agent: Nee, uw pincode mag u nooit doorgeven, ook niet aan ons. Ik heb ze niet genoteerd.
agent: Gebruikt u kaartlezer ⟪ID|ACR38U⟫? Installeer dan eerst de nieuwste eID-software
(versie ⟪ID|5.1.21⟫)."""),

("t3-id-12", "email", """\
Dear Sir/Madam, beste,

For the lease contract you asked for my documents. UK passport no. ⟦ID|562819047⟧, Dutch
driving licence (rijbewijs) nr. ⟦ID|4893016257⟧. Kenteken van mijn huidige auto:
⟦LP|K-382-TV⟧. Offerte ⟪ID|LQ-2024-0577⟫ heb ik getekend teruggestuurd.

Kind regards,
⟦P|Oliver Pennington-Smythe⟧
⟦T|+44 7700 918 342⟧"""),

("t3-id-13", "ticket", """\
Ticket: aanmelding taalcursus (groep ⟪ID|NT2-B1-07⟫)
Cursist: ⟦P|Olena Hrytsenkova⟧
Documenten: Oekraïens paspoort ⟦ID|FU183042⟧ en ID-kaart (ID-картка) № ⟦ID|003917458⟧
Bijlage: oekr_paspoort_⟦ID|FU183042⟧.png
Notitie intake: heeft nog geen BSN, wel BRP-inschrijving aangevraagd. Startdatum cursus
⟪DOB|2 september 2024⟫."""),

("t3-id-14", "email", """\
Beste,

Ik vertrek binnenkort naar Canada en moet mijn eTA aanvragen. Mijn paspoortnummer
(Belgisch) is ⟦ID|EM471938⟧. Het vorige paspoort (⟦ID|EL820463⟧) is gestolen, de aangifte
heeft PV-nummer ⟪ID|GE.55.L3.012345/2024⟫. Moet ik dat oude nummer ook vermelden?

Groetjes,
⟦P|Jonas Verschaeve⟧"""),

("t3-id-15", "web_form", """\
Aanvraag parkeervergunning bewoners
Naam aanvrager: ⟦P|Selin Kocabıyık⟧
Adres: ⟦A|Wilgenhof 31⟧, ⟦PC|1503 RT⟧ ⟦L|Zaandam⟧
Kenteken: ⟦LP|GZ-417-X⟧
Legitimatie: Turks paspoort, nr ⟦ID|U20947138⟧
Verblijfsdocument: ⟦ID|W39561028⟧
E-mail: ⟦E|selin.kocabiyik@outlook.com⟧
Vergunningzone: ⟪PC|1503⟫-Oost"""),

("t3-id-16", "email", """\
Hoi ⟦P|Mirjam⟧,

Hier het nummer van mijn nieuwe ID-kaart voor de sportschool:

⟦ID|NY92FDL03⟧

De oude was verlopen. Mijn lidnummer is ⟦C|004817⟧, abonnement ⟪ID|FLEX-12⟫.
Groetjes ⟦P|Bas⟧"""),

("t3-id-17", "ticket", """\
Controle identiteit nieuwe medewerkers (HR), week 24
| Naam | Document | Nummer | Geldig tot |
|---|---|---|---|
| ⟦P|Daan Roovers⟧ | paspoort | ⟦ID|PT4H6CJ88⟧ | ⟪DOB|12-01-2032⟫ |
| ⟦P|Fatima Azzouzi-Rahmouni⟧ | verblijfsdoc. | ⟦ID|W27049351⟧ | ⟪DOB|05-07-2027⟫ |
| ⟦P|Lars Tuinstra⟧ | rijbewijs | ⟦ID|5120948837⟧ | 19-10-2031 |
| ⟦P|Wiktoria Nowakowska-Lis⟧ | PL dowód | ⟦ID|DKR265913⟧ | 02-03-2029 |
Alle kopieën zijn na controle verwijderd volgens het beleid (⟪ID|HR-POL-07⟫)."""),

("t3-id-18", "email", """\
Bonjour, goeiedag,

Je vous envoie le numéro de ma carte d'identité belge : ⟦ID|591-7422460-25⟧. Mon passeport
français : ⟦ID|19AV52817⟧.
Ik spreek ook Nederlands, dus antwoorden mag in het Nederlands.

Cordialement,
⟦P|Camille Dewaele⟧
⟦A|Rue des Tilleuls 14⟧, ⟦PC|7700⟧ ⟦L|Mouscron⟧"""),

("t3-id-19", "chat", """\
Klant: moet ik bij het inchecken mijn paspoort nr. doorgeven of mijn ID?
Medewerker: Eén van beide volstaat, geef het document waarmee u reist.
Klant: ok paspoort no. ⟦ID|BR21JM6X4⟧, voor mijn dochter ⟦P|Lotte⟧ ⟦ID|NU6TZ8P37⟧
Medewerker: Genoteerd bij boeking ⟪ID|K7QZ4M⟫, vlucht ⟪ID|HV6153⟫. Fijne reis!"""),

("t3-id-20", "forwarded_email", """\
Van: ⟦P|Gert-Jan Bakkenes⟧
Verzonden: dinsdag 4 juni 2024 09:14
Aan: schade@polderpolis.nl
Onderwerp: FW: schadeformulier

Zie bijlage. Het rijbewijs van de bestuurder staat in
D:\\Scans\\2024\\rijbewijs ⟦P|M. Ooms⟧ ⟦ID|4702683159⟧.pdf
Bestuurder: ⟦P|Marloes Ooms⟧, geboren ⟦DOB|02-09-1991⟧. Polisnummer ⟦C|AP-0419-2267⟧.
Schadenummer ⟪ID|SCH24-018842⟫, datum ongeval ⟪DOB|31-05-2024⟫."""),

("t3-id-21", "email", """\
Salam, goedemorgen,

Voor mijn moeder ⟦P|Khadija Benali-Amrani⟧ vraag ik een visum kort verblijf aan. Haar
Marokkaanse paspoortnummer is ⟦ID|YF3071846⟧ en haar CIN ⟦ID|BJ418273⟧.
Ik ben garantsteller; mijn ID-kaartnummer is ⟦ID|IZ9C4KHF0⟧ en mijn BSN ⟦BSN|6224.90.801⟧.
Aanvraagnummer ⟪ID|VKV-2024-551902⟫.

Met vriendelijke groet,
⟦P|Nadia Benali⟧"""),

("t3-id-22", "ticket", """\
Dossier ⟪ID|2024/0417/KB⟫ – groeipakket
Ouder 1: ⟦P|Jelle Claeys⟧, eID ⟦ID|593427877972⟧
Ouder 2: ⟦P|Nathalie Verstraete⟧, eID ⟦ID|594-5613664-22⟧
Bijlage: eid_⟦ID|594561366422⟧_scan.pdf
Rekeningnummer: ⟦IBAN|BE78 0682 0268 7486⟧
Behandelaar: ⟦P|Griet⟧"""),

# ---------------------------------------------------------------- credentials
("t3-cr-01", "email", """\
Beste helpdesk,

Sinds de update kan ik niet meer inloggen op het portaal. Het wachtwoord dat ik gebruik, en
dat tot gisteren gewoon werkte, is ⟦CR|Zomer2024!Vlieland⟧. Gebruikersnaam ⟦C|jdekker77⟧.
Foutmelding: ⟪CR|AUTH-401 invalid credentials⟫.
Kunnen jullie kijken wat er mis is?

⟦P|Joost Dekker⟧"""),

("t3-cr-02", "chat", """\
Klant: ik heb mijn wachtwoord net gewijzigd maar nu werkt niks meer
Klant: oud wachtwoord ⟦CR|Tulpen#88⟧, nieuw wachtwoord ⟦CR|Tulpen#89zz⟧
Medewerker ⟦P|Ruben⟧: Zet alstublieft geen wachtwoorden in de chat. Ik stuur u een
resetlink naar het e-mailadres dat bij ons bekend is.
Klant: oké sorry"""),

("t3-cr-03", "web_form", """\
Contactformulier – storing
Naam: ⟦P|Ingrid Schellekens⟧
E-mail: ⟦E|ingrid.schellekens@kpnmail.nl⟧
Onderwerp: wifi werkt niet na verhuizing
Bericht: Modem ⟪ID|Box v10A⟫, netwerknaam ⟪CR|KPN-3F7A2⟫, wifi-sleutel ⟦CR|r8Tq2mVx9LpW⟧.
Wij wonen nu op ⟦A|Kastanjelaan 3⟧ in ⟦L|Tilburg⟧. Het lampje internet knippert rood."""),

("t3-cr-04", "email", """\
Hallo,

⟦CR|kasteel1987⟧ is het paswoord dat ik altijd gebruik, maar jullie site zegt dat het fout
is. Ik heb al drie keer op '⟪CR|wachtwoord vergeten⟫' geklikt maar ik krijg geen mail.
Mijn klantennummer is ⟦C|BE-558201⟧.

Vriendelijke groeten,
⟦P|Rita Vermeulen-Goossens⟧"""),

("t3-cr-05", "ticket", """\
Ticket ⟪ID|INC0048213⟫ – koppeling webshop ↔ boekhouding faalt
Melder: ⟦P|Thijs Brouwers⟧ (⟦E|t.brouwers@bakkerij-brouwers.nl⟧)
Omschrijving: sinds versie ⟪ID|3.8.2⟫ van de plugin geeft de koppeling ⟪CR|HTTP 403⟫.
Ingestelde API-key: ⟦CR|bk_live_4fTq9ZbW2xLmN7vR0cJ8hYpK⟧
Webhook secret: ⟦CR|whs_Qm3vT8kLx2Rn9PzA⟧
Licentiesleutel van de plugin (door ons bedrijf gekocht): ⟪CR|WPB-7K2Q-9XRM-T4HZ-83VD⟫"""),

("t3-cr-06", "chat", """\
Klant: mijn simkaart is geblokkeerd na 3x een verkeerde pincode
Medewerker: Dan heeft u de PUK-code nodig. Wat is uw klantnummer?
Klant: ⟦C|30418827⟧
Medewerker: Uw PUK-code is ⟦CR|72910458⟧. Daarna kiest u een nieuwe pincode.
Klant: ik heb ⟦CR|0612⟧ als nieuwe pin gekozen, is dat veilig genoeg?
Medewerker: Liever geen datum of jaartal 🙂 Simkaartnummer ⟪CC|8931 4400 1923 7718 4⟫ staat
nu weer op actief."""),

("t3-cr-07", "email", """\
Hoi,

De betaling voor mijn abonnement mislukt steeds. Kaart eindigt op ⟪CC|4417⟫, CVC
⟦CR|472⟧, vervaldatum ⟪DOB|09/27⟫. Wat gaat er mis? Foutcode bij het afrekenen:
⟪CR|PAY-E0512⟫.

Mvg ⟦P|Hanneke Tuinman⟧"""),

("t3-cr-08", "email", """\
Hi team,

Please set up the test account for our new colleague ⟦P|Anjali Narayanswamy⟧:
login: ⟦E|a.narayanswamy@fluxtechniek.nl⟧
pwd: ⟦CR|Welkom01!⟧ (temporary, she'll change it on first login)
VPN pass: ⟦CR|vpn-Ks82-Lw4q⟧
Please note our password policy: ⟪CR|min. 14 characters, no reuse of the last 5⟫.

Thanks, ⟦P|Mark⟧"""),

("t3-cr-09", "email", """\
Gekopieerd uit onze gezinsapp, voor jullie helpdesk:

[21:14] ⟦P|Noor⟧: mam wat was het ww van de streamingdienst ook alweer
[21:15] Mama: ⟦CR|BankhangBoom22⟧
[21:15] Mama: met hoofdletters zoals ik het typ
[21:16] ⟦P|Noor⟧: werkt niet, zegt ⟪CR|wachtwoord onjuist⟫
[21:18] Mama: doe dan ww vergeten, dat gaat naar mijn mail

Maar die mail komt nooit aan. Account: ⟦E|hvanleeuwen-bos@hotmail.com⟧"""),

("t3-cr-10", "ticket", """\
Werkorder ⟪ID|WO-2024-1187⟫ – onderhoud cv-ketel
Adres: ⟦A|Vossenlaan 92⟧, ⟦PC|6531 SK⟧ ⟦L|Nijmegen⟧
Bewoner: dhr. ⟦P|Ab Kuipersma⟧ is niet thuis. Sleutel ligt in het sleutelkastje naast de
voordeur, code ⟦CR|5831⟧. Alarm uitschakelen met ⟦CR|2407⟧ + ✓ binnen 30 seconden.
Ketel: ⟪ID|Tzerra Ace 28c⟫, serienummer ⟪ID|1834-0021-7719⟫.
Contact bij vragen: ⟦T|06 28 94 10 73⟧ (dochter)."""),

("t3-cr-11", "email", """\
Beste support,

Ik heb een nieuwe telefoon en kan de authenticator-app niet meer gebruiken. Ik heb wel nog
mijn back-upcodes:

⟦CR|8301 5527⟧
⟦CR|4418 0963⟧
⟦CR|7725 3190⟧

Welke moet ik gebruiken? Mijn account is ⟦E|sjoerd.boonstra82@gmail.com⟧.
⟦P|Sjoerd Boonstra⟧"""),

("t3-cr-12", "chat", """\
gebruiker: hallo ik kan niet in mijn mail
gebruiker: mijn wachtwoort is "⟦CR|lente-vogel-73⟧" ik weet het zeker
helpdesk: Ik kan uw wachtwoord niet zien of controleren. Staat caps lock aan?
gebruiker: nee
helpdesk: Dan stuur ik een resetcode naar ⟦T|06-19 47 22 81⟧, klopt dat nummer?
gebruiker: ja"""),

("t3-cr-13", "email", """\
Bonjour,

Le code d'accès du portail, ⟦CR|Mv7!pqR2⟧, mot de passe provisoire que vous m'avez envoyé
hier, a déjà expiré.
In het Nederlands: de tijdelijke code ⟦CR|Mv7!pqR2⟧ werkt niet meer, wat nu?

Bien à vous,
⟦P|Sophie Lenaerts-Dubois⟧"""),

("t3-cr-14", "ticket", """\
Overdracht beheer kantoor
| Systeem | Gebruiker | Wachtwoord |
|---|---|---|
| NAS (⟪ID|DS920+⟫) | admin | ⟦CR|N4s!Kantoor2023⟧ |
| Router | beheer | ⟦CR|Rt-77xq-Ml2⟧ |
| Wifi gasten | – | ⟦CR|welkombijons⟧ |
| Printer ⟪ID|MFC-L8900CDW⟫ | – | pin ⟦CR|1190⟧ |
MAC-adres router: ⟪IP|3C:22:FB:9A:41:0E⟫, firmware ⟪ID|v1.2.7⟫.
Overgedragen door ⟦P|Erik Hoekstra⟧ aan ⟦P|Manon de Graaff⟧."""),

("t3-cr-15", "email", """\
Dag ⟦P|Tom⟧,

Voor het geval mijn gsm kwijtraakt op reis: de herstelcode van mijn account is
⟦CR|H4KQ-7RNT-2XWP-9MZL-C3VB⟧. Bewaar die ergens veilig aub.
Ook de code van de kluis in de slaapkamer: ⟦CR|918273⟧.

Merci!
⟦P|Evi⟧"""),

("t3-cr-16", "web_form", """\
Reparatieformulier laptop
Naam: ⟦P|Hamza Ouali-Tahiri⟧
Merk/type: ⟪ID|ThinkPad E14 Gen 5⟫
Serienummer: ⟪ID|PF4XK2R9⟫
Klacht: start niet op, blauw scherm met ⟪CR|0xc000021a⟫
Inlog Windows (nodig voor test): pw ⟦CR|Ouali2019⟧
BIOS-wachtw.: ⟦CR|bios44⟧
Back-up gemaakt? nee"""),

("t3-cr-17", "email", """\
Beste familie ⟦P|Janssens⟧,

Welkom in ons vakantiehuis aan de ⟦A|Duinweg 6⟧ in ⟦L|Renesse⟧!
De sleutel hangt in het sleutelkluisje links van de deur (code: ⟦CR|3194⟧).
Wifi: netwerk ⟪CR|Duinhuisje_Gast⟫, wachtwoord ⟦CR|zeewind2024⟧.
Bij problemen kunt u mij bellen op ⟦T|06 52 18 37 49⟧.

Groet, ⟦P|Gerda Vlasblom⟧"""),

("t3-cr-18", "chat", """\
[dev-support] ⟦P|Lucas⟧: deploy faalt met ⟪CR|Error: 401 Unauthorized⟫
[dev-support] ⟦P|Lucas⟧: ik gebruik deze token: ⟦CR|pat_8Kq2Zx7LmN4vR9tW1yB6cD3fH5jP0s⟧
[dev-support] ⟦P|Sven⟧: die heb je nu in een openbaar kanaal gezet, trek hem meteen in
[dev-support] ⟦P|Lucas⟧: oeps. commit ⟪CR|a3f9c21⟫, pipeline #⟪ID|48812⟫"""),

("t3-cr-19", "email", """\
Hoi,

De app kan niet bij de database. In appsettings.Production.json staat:
"Default": "Server=sql01.intern;Database=crm;User Id=crm_app;Password=⟦CR|Gr@ssh0pper-19⟧;"
Checksum van het deploypakket:
⟪CR|sha256 9f2c4e71b0a8d3f5c6e1a7b9d2f40c83e5b17a6d9c0f2e4b8a1d3c5e7f90b2a4⟫

⟦P|Wim⟧"""),

("t3-cr-20", "email", """\
Geachte,

Mijn bankkaart werd ingeslikt door de automaat aan het station. Mijn pinkode is ⟦CR|8046⟧
en ik vrees dat iemand die heeft zien intikken. Kaartnummer ⟦CC|6703 0412 7356 8915 0⟧.
Kunnen jullie de kaart blokkeren? Rekening ⟦IBAN|BE15 3103 7518 0730⟧.

⟦P|Marc Vanderhaeghen-Stas⟧
⟦T|0495 82 31 67⟧"""),

("t3-cr-21", "ticket", """\
Klant belde: '⟦CR|7316⟧, dat is de code van de garagedeur, en die werkt niet meer na de
stroomstoring'. Monteur ⟦P|Dennis⟧ gaat morgen langs op ⟦A|Berkenhof 14⟧ in ⟦L|Ede⟧.
Type opener: ⟪ID|SupraMatic E3⟫, foutcode ⟪CR|F-04⟫. Klant: mevr. ⟦P|Doornbos-Wiersma⟧."""),

("t3-cr-22", "email", """\
Hallo,

Ik wil mijn moeder helpen met DigiD. Haar gebruikersnaam is ⟦C|tinekroeze48⟧ en haar
wachtwoord (⟦CR|Roosje!1948⟧). De sms-code komt op haar oude nummer ⟦T|06 33 81 94 20⟧.
Moet ik een machtiging aanvragen?

⟦P|Patrick Kroeze⟧"""),

# ---------------------------------------------------------------- mixed
("t3-mx-01", "email", """\
Onderwerp: gegevens indiensttreding ⟦P|Sarah Veldkamp⟧

Hoi ⟦P|Iris⟧,

Hierbij mijn gegevens:
- BSN: ⟦BSN|1440.97.497⟧
- IBAN: ⟦IBAN|NL94 TRIO 8717 7578 19⟧
- ID-kaart: ⟦ID|NW3XR5L28⟧
- Geboortedatum: ⟦DOB|08-05-1994⟧
- Adres: ⟦A|Hoge Fronten 27⟧, ⟦PC|8331 GT⟧ ⟦L|Steenwijk⟧
Het tijdelijke wachtwoord voor het personeelsportaal (⟦CR|Start-2024-SV⟧) heb ik al
veranderd. Personeelsnummer krijg ik nog.

Groeten, ⟦P|Sarah⟧"""),

("t3-mx-02", "forwarded_email", """\
---- Doorgestuurd bericht ----
Van: ⟦P|Henk Scholtenhuis⟧ <⟦E|h.scholtenhuis1952@hetnet.nl⟧>
Onderwerp: oplichting

Ik ben gebeld door iemand die zei van de bank te zijn. Ik heb hem helaas mijn inlogcode
⟦CR|55730⟧ en de code uit de app ⟦CR|904 118⟧ gegeven. Daarna is er 2.400 euro overgemaakt
van ⟦IBAN|NL69 SNSB 9790 5374 55⟧ naar een rekening die ik niet ken. Mijn BSN heeft hij ook
gevraagd, maar dat heb ik niet gegeven.
---
Collega's, graag opvolgen. Melding ⟪ID|FRD-240611-07⟫. ⟦P|Yvonne⟧"""),

("t3-mx-03", "chat", """\
Klant: mijn bestelling ⟪BSN|400318276⟫ is nog steeds niet binnen
Medewerker: Ik zie dat het pakket met trackingcode ⟪ID|3SQWRT4471902⟫ bij de buren is
afgeleverd, op ⟦A|Parallelweg 14⟧.
Klant: ik woon zelf op ⟦A|Parallelweg 12⟧, ken die mensen niet
Klant: kan ik inloggen om de factuur te zien? account ⟦E|kim.oosterhuis91@live.nl⟧, pw
⟦CR|kimmie_1990⟧
Medewerker: U hoeft uw wachtwoord niet te delen. Factuur ⟪ID|F2024-08813⟫ stuur ik per mail."""),

("t3-mx-04", "email", """\
Beste,

Graag had ik de terugbetalingen voortaan op een nieuwe rekening: ⟦IBAN|BE92 9735 2815 4223⟧.
Lidnummer ziekenfonds: ⟦C|1200 4471 83⟧. Rijksregisternummer ⟦ID|86.02.14-273.60⟧,
identiteitskaart ⟦ID|593-5894091-43⟧.

Met vriendelijke groeten,
⟦P|Annelies Gorissen⟧
⟦A|Molenstraat 41⟧, ⟦PC|3290⟧ ⟦L|Diest⟧"""),

("t3-mx-05", "ticket", """\
Notitie klantcontact Burgerzaken
Beller: mevr. ⟦P|Rietveld-Hamers⟧
BSN opgegeven: ⟦BSN|5019 92 042⟧
Vraag: paspoort ⟦ID|PK6B2N9T1⟧ is kwijt, wil vermissing melden en een nieuw aanvragen.
Afspraak gemaakt op ⟪DOB|18-06-2024⟫ om 10:40, balie 3 (afspraaknr. ⟪ID|AFS-771204⟫).
Terugbellen op ⟦T|0318 64 27 91⟧ (thuis), niet op het algemene nummer ⟪T|14 0318⟫."""),

("t3-mx-06", "email", """\
Dear HR,

Attached my documents for the 30% ruling application:
- passport_⟦ID|Z4721980⟧.pdf (Indian passport no. ⟦ID|Z4721980⟧)
- BSN letter (BSN ⟦BSN|5380 58 031⟧)
- residence permit (verblijfsvergunning), document no. ⟦ID|W61839402⟧
Salary account: ⟦IBAN|NL83 KNAB 5623 7224 03⟧. Employee number will follow.

Kind regards,
⟦P|Arjun Sheshadrinathan⟧"""),

("t3-mx-07", "web_form", """\
Inschrijving sociale woning
Kandidaat-huurder: ⟦P|Kevin De Bruyckere⟧
Geboortedatum: ⟦DOB|11/03/1989⟧
Rijksregisternr.: ⟦ID|89.03.11-085.20⟧
Adres: ⟦A|Ter Heidelaan 52⟧, ⟦PC|1853⟧ ⟦L|Grimbergen⟧
GSM: ⟦T|0472/58.19.30⟧
E-mail: ⟦E|kevin.debruyckere@telenet.be⟧
Opmerkingen: wachtwoord voor het kandidatenportaal werkt niet (⟦CR|Grimbergen#52⟧)"""),

("t3-mx-08", "chat", """\
Klant: ik wil mijn reservering ⟪ID|R-5520719⟫ wijzigen, ik heb een nieuw rijbewijs
Medewerker: Geen probleem. Wat is het nieuwe rijbewijsnummer?
Klant: ⟦ID|5306184729⟧
Medewerker: Dank u. Kunt u ook uw geboortedatum bevestigen?
Klant: ⟦DOB|23-12-1979⟧
Medewerker: Gewijzigd. U ontvangt een bevestiging op ⟦E|p.akkerman-rooij@xs4all.nl⟧."""),

("t3-mx-09", "email", """\
Beste meester ⟦P|Ruud⟧,

Voor het inschrijfformulier van ⟦P|Mila⟧: haar BSN is ⟦BSN|9213 55 774⟧, geboren
⟦DOB|4 februari 2019⟧. Het wachtwoord van het ouderportaal heb ik aangepast naar
⟦CR|MilaMaan19⟧, maar ik kom er nog steeds niet in.

Groet, ⟦P|Jan-Willem Brinkhorst⟧"""),

("t3-mx-10", "email", """\
Beste,

Voor de aansluiting bij het sociaal secretariaat: mijn eID ⟦ID|591 0840643 46⟧, paspoort
⟦ID|EN203817⟧. Het offertenummer was ⟪ID|OFF-2024-0193⟫, klantreferentie van de firma
⟪C|BV-00417⟫. Bankrekening privé: ⟦IBAN|BE03 9738 3659 1284⟧.

⟦P|Bram Deschepper⟧
⟦T|0468 11 27 95⟧"""),

# ---------------------------------------------------------------- look-alikes
("t3-lk-01", "ticket", """\
Ticket ⟪ID|INC0051977⟫ – printer offline (afdeling Inkoop)
Printer: ⟪ID|LaserJet Pro M479fdw⟫, serienummer ⟪ID|CNB3K29417⟫
MAC ⟪IP|A4:5D:36:0F:8B:21⟫, IP ⟪IP|10.20.4.117⟫, firmware ⟪ID|002.2419A⟫
Foutcode op display: ⟪CR|49.4C02⟫
Opgelost door de printer te herstarten en de firmware bij te werken."""),

("t3-lk-02", "email", """\
Beste ⟦P|Ellen⟧,

Hierbij de licentiegegevens voor de 25 werkplekken die uw organisatie heeft gekocht.
Product: PDF-Editor Pro 12
Licentiesleutel: ⟪CR|XK7P2-9RMTW-4HB3J-QC8VD-26FYN⟫
Ordernummer: ⟪ID|SO-7718203⟫, factuurnummer ⟪ID|INV-2024-33190⟫
Installatie: versie ⟪ID|12.4.1 (build 4471)⟫
Vragen? Bel ons supportteam op ⟪T|020 794 5310⟫ (ma-vr 9-17 uur).

Team Licenties, Softwarehuis Dommelkade B.V., KvK ⟪KVK|71825390⟫
⟪A|Dommelkade 18⟫, ⟪PC|5611 XM⟫ Eindhoven"""),

("t3-lk-03", "web_form", """\
Vraag via website: Ik probeer een account aan te maken maar krijg steeds de melding
'⟪CR|Wachtwoord moet minimaal 12 tekens bevatten, waarvan één hoofdletter en één cijfer⟫'.
Welke speciale tekens zijn toegestaan? Ik gebruik ⟪ID|Safari 17.4⟫ op een ⟪ID|iPhone 13⟫."""),

("t3-lk-04", "email", """\
Goedemiddag,

Mijn bestelling met ordernummer ⟪BSN|500137264⟫, besteld op ⟪DOB|2 juni⟫, is volgens de
trackingcode ⟪ID|JVGL0612345678⟫ al drie dagen 'onderweg'. Het gaat om artikel
⟪CC|8719327401156⟫ (waterkoker, model ⟪ID|WK-1700⟫). Kunnen jullie nakijken waar hij is?

⟦P|Ria Bosmans-Kok⟧"""),

("t3-lk-05", "chat", """\
Klant: ik ben mijn wachtwoord vergeten
Bot: Klik op '⟪CR|Wachtwoord vergeten?⟫' op de inlogpagina. U ontvangt binnen 10 minuten
een e-mail.
Klant: die komt niet
Bot: Kijk ook in uw spam-map. De link in de mail is ⟪CR|24 uur geldig⟫.
Bot: Uw nieuwe wachtwoord moet ⟪CR|minimaal 10 tekens⟫ lang zijn en mag niet gelijk zijn
aan de vorige drie."""),

("t3-lk-06", "ticket", """\
Storing ⟪ID|ST-2024-06-0441⟫: wifi valt weg in vergaderzaal 2
Access point ⟪ID|UAP-AC-PRO⟫ (MAC ⟪IP|78:8A:20:4C:D1:93⟫), controller versie ⟪ID|8.1.113⟫
Log: ⟪CR|deauth reason 15, 4-way handshake timeout⟫
SSID ⟪CR|Kantoor-Intern⟫ en ⟪CR|Kantoor-Gast⟫. Het gastwachtwoord staat op het scherm bij de
receptie; graag niet in tickets zetten."""),

("t3-lk-07", "email", """\
Geachte heer, mevrouw,

Factuur ⟪ID|2024-10472⟫ van ⟪DOB|15-05-2024⟫ staat nog open. Wilt u het bedrag binnen 14
dagen voldoen onder vermelding van betalingskenmerk ⟪CC|7001 2345 6789 0125⟫?
Vragen over deze factuur: ⟪T|085 303 1190⟫ (debiteurenadministratie).

Administratiekantoor Zuidwal, KvK ⟪KVK|60913284⟫"""),

("t3-lk-08", "chat", """\
Klant ⟦P|Ahmed⟧: mijn wasmachine geeft foutcode ⟪CR|E21⟫
Medewerker: Welk model heeft u? Het staat op de sticker in de deuropening.
Klant: ⟪ID|WAU28PH9NL⟫ en daaronder ⟪ID|FD 9902 200415⟫
Medewerker: Dank u. Serienummer ⟪BSN|402183917⟫ valt nog onder de garantie.
Medewerker: De monteur komt op ⟪DOB|21 juni⟫ tussen 8 en 12 uur, afspraaknummer
⟪ID|AF-339102⟫."""),

("t3-lk-09", "email", """\
Beste leverancier,

In jullie creditnota, documentnummer ⟪ID|CN240118⟫, staat het verkeerde bedrag. Ook de
pakbon (nr. ⟪ID|PB-55102⟫) klopt niet met inkooporder ⟪ID|4500219836⟫.
Graag een gecorrigeerde versie.

Afdeling crediteuren, Groothandel Vechtstreek B.V., KvK ⟪KVK|34192875⟫"""),

("t3-lk-10", "ticket", """\
Bugrapport app ⟪ID|v5.12.0 (2405171)⟫, Android ⟪ID|14⟫, toestel ⟪ID|SM-A546B⟫
Crash bij openen van 'Mijn documenten'.
Exception: ⟪CR|IllegalStateException at docs.DocumentList.load(DocumentList.kt:112)⟫
Crash-ID ⟪CR|f3a91c0e-7b42-4d1e-9a6f-02c8e5b7d413⟫
Reproduceerbaar: ja, na update van ⟪ID|5.11.4⟫ naar ⟪ID|5.12.0⟫."""),

("t3-lk-11", "web_form", """\
Vraag: Bezorgen jullie ook in de postcodegebieden ⟪PC|9711⟫ tot en met ⟪PC|9718⟫
(binnenstad Groningen)? Wij hebben een lunchroom en zoeken een vaste leverancier.
Ons algemene nummer is ⟪T|050 318 22 40⟫, KvK ⟪KVK|01946372⟫.
Levering graag tussen 7.00 en 9.00 uur, uiterlijk vanaf ⟪DOB|1 september⟫."""),

("t3-lk-12", "email", """\
Onderwerp: Let op voor phishing

Beste klant,

Wij vragen u nooit om uw ⟪CR|pincode, wachtwoord of responscode⟫ via e-mail, sms of
telefoon. Ontvangt u zo'n verzoek? Bel dan direct ⟪T|0800 022 3344⟫ (gratis) en stuur de
mail door naar ons meldpunt. Uw pas blokkeren kan 24/7 via ⟪T|088 722 6100⟫.

Met vriendelijke groet,
Team Veiligheid"""),

("t3-lk-13", "chat", """\
Klant: onze pinautomaat ⟪ID|Move/5000⟫ geeft ⟪CR|fout 1102 - geen verbinding⟫
Medewerker: Wat is het terminal-ID? Het staat onder op het apparaat.
Klant: ⟪C|TID 80017392⟫
Medewerker: Ik zie een storing bij de acquirer sinds 11:05 (storing ⟪ID|P-24-3310⟫). Een
herstart helpt niet; de storing is naar verwachting om 13:00 opgelost."""),

("t3-lk-14", "ticket", """\
Afspraak technieker: ⟪DOB|dinsdag 18/06/2024⟫ tussen 13u en 17u
Referentie ⟪ID|TLN-24-881730⟫, modem ⟪ID|CGA4233⟫, decoder ⟪ID|UHD-4K-V2⟫
Wilt u de afspraak verplaatsen, bel dan ⟪T|078 15 93 40⟫ of gebruik de app.
Opmerking technieker: ⟪CR|wifi-wachtwoord niet gewijzigd, klant doet dat zelf⟫."""),

("t3-lk-15", "email", """\
Beste klant,

Uw bestelling met referentie ⟪ID|593-1847265-11⟫ is verzonden. Gelieve het saldo te betalen
met gestructureerde mededeling ⟪C|+++090/9337/55493+++⟫. Track & trace: ⟪ID|CD402918377BE⟫.
Klantendienst: ⟪T|03 808 44 90⟫, ⟪PC|2000⟫ Antwerpen.

Met vriendelijke groeten,
Webshop Schelde Home"""),

("t3-lk-16", "email", """\
Onderwerp: Wijziging wachtwoordbeleid klantportaal

Beste klant,

Vanaf ⟪DOB|1 juli 2024⟫ moeten wachtwoorden voor het klantportaal ⟪CR|minimaal 12 tekens⟫
bevatten en elke ⟪CR|180 dagen⟫ worden vernieuwd. Tweestapsverificatie wordt verplicht; uw
⟪CR|herstelcodes⟫ kunt u downloaden onder Instellingen > Beveiliging.
Release ⟪ID|2024.07⟫, documentatie ⟪ID|KP-DOC-112⟫.

Servicedesk (⟪T|030 799 41 00⟫)"""),
]
# fmt: on


def parse_all(marked):
    """Spans via heldout_markup.parse (traps unwrapped) and trap positions in the same text."""
    text, spans = parse(TRAP.sub(lambda m: m.group(2), marked))
    plain = MARK.sub(lambda m: m.group(2), marked)
    out, traps, pos = [], [], 0
    for m in TRAP.finditer(plain):
        out.append(plain[pos : m.start()])
        start = sum(map(len, out))
        cat = ALIAS.get(m.group(1), m.group(1))
        if cat not in TYPES:
            raise SystemExit(f"unknown trap category {m.group(1)}")
        out.append(m.group(2))
        traps.append({"start": start, "end": start + len(m.group(2)), "type": cat})
        pos = m.end()
    out.append(plain[pos:])
    if "".join(out) != text or "⟪" in text or "⟫" in text:
        raise SystemExit("trap markup does not line up")
    return text, spans, traps


def mod97_ok(d):
    return (int(d[:10]) % 97 or 97) == int(d[10:])


MRZ_VALUES = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")}


def mrz_digit(s):
    return str(sum(MRZ_VALUES.get(c, 0) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def own_checks(text, spans, cov):
    bad = []
    for sp in spans:
        v = sp["value"]
        if v != v.strip() or v[-1] in ".,;:)'\"":
            bad.append(f"span with padding or punctuation: {v!r}")
        if sp["type"] == "ID_DOCUMENT":
            if re.fullmatch(r"59\d(?:[- ]?\d{7})[- ]?\d\d", v) and not mod97_ok(digits(v)):
                bad.append(f"eID card number fails mod 97: {v}")
            if re.fullmatch(r"\d{9}", v) and nl_bsn.is_valid(v):
                bad.append(f"9-digit document number passes the 11-test: {v}")
            if re.fullmatch(r"[A-Z0-9]{9}", v) and re.search(r"[A-Z]", v) and "O" in v:
                bad.append(f"document number with letter O: {v}")
        if sp["type"] == "BSN" and not re.fullmatch(r"\d{9}|\d{4}([ .])\d\d\1\d{3}", v):
            bad.append(f"BSN written in an unexpected way: {v}")
    # unmarked eID-shaped numbers must fail the mod-97 check
    for m in re.finditer(r"(?<![\d-])\d{3}[- ]\d{7}[- ]\d\d(?![\d-])", text):
        if not any(cov[m.start() : m.end()]) and mod97_ok(digits(m.group())):
            bad.append(f"unmarked eID-shaped number passes mod 97: {m.group()}")
    # MRZ line 2 (TD3): every check digit right
    for m in re.finditer(r"^[A-Z0-9<]{44}$", text, re.M):
        line = m.group()
        if line.startswith("P<"):
            continue
        fields = [(0, 9), (13, 19), (21, 27), (28, 42)]
        for a, b in fields:
            if mrz_digit(line[a:b]) != line[b].replace("<", "0"):
                bad.append(f"MRZ check digit wrong in {line}")
        comp = line[0:10] + line[13:20] + line[21:43]
        if mrz_digit(comp) != line[43]:
            bad.append(f"MRZ composite check digit wrong in {line}")
    return bad


def other_corpora():
    """Texts and marked values of the other sets; read here, never printed."""
    texts, marked = [], set()

    def walk(obj):
        if isinstance(obj, str):
            texts.append(obj)
        elif isinstance(obj, dict):
            if isinstance(obj.get("value"), str) and isinstance(obj.get("type"), str):
                marked.add((obj["type"], obj["value"].lower()))
            for v in obj.values():
                walk(v)
        elif isinstance(obj, list):
            for v in obj:
                walk(v)

    paths = sorted(glob.glob(os.path.join(HERE, "*.jsonl")))
    paths += sorted(glob.glob(os.path.join(EVAL_DIR, "*.jsonl")))
    paths = [p for p in paths if os.path.abspath(p) != os.path.abspath(OUT)]
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    walk(json.loads(line))
    for path in sorted(glob.glob(os.path.join(EVAL_DIR, "conll2002_nl", "*"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            sent = []
            for line in f:
                tok = line.split()
                if tok and not tok[0].startswith("-DOCSTART-"):
                    sent.append(tok[0])
                elif sent:
                    texts.append(" ".join(sent))
                    sent = []
            if sent:
                texts.append(" ".join(sent))
    return len(paths), texts, marked


def overlap(records):
    n_files, texts, marked = other_corpora()
    corpus = "\n".join(texts).lower()
    digit_runs = {digits(m.group()) for m in re.finditer(r"\d[\d .\-/]*\d", corpus)}
    fatal, counted = [], []
    for rec in records:
        for sp in rec["spans"]:
            t, v = sp["type"], sp["value"]
            low = v.lower()
            key = f"{rec['id']}: {t} {v}"
            found = re.search(r"(?<!\w)" + re.escape(low) + r"(?!\w)", corpus) is not None
            d = digits(v)
            if len(d) >= 7 and any(d in run for run in digit_runs):
                found = True
            if not found and (t, low) not in marked:
                continue
            public = t == "LOCATION" or (t == "POSTCODE" and re.fullmatch(r"\d{4}", v))
            if public or (t == "PERSON" and len(v.split()) == 1):
                counted.append(key)
            elif (t, low) in marked:
                fatal.append(key + " (marked there too)")
            elif len(re.sub(r"\s", "", v)) < 5:
                counted.append(key)
            else:
                fatal.append(key)
    return n_files, fatal, counted


def main():
    records, traps_by_cat, problems = [], {}, []
    seen_ids = set()
    for mid, channel, marked in MESSAGES:
        if mid in seen_ids or channel not in CHANNELS:
            raise SystemExit(f"bad id or channel: {mid} {channel}")
        seen_ids.add(mid)
        text, spans, traps = parse_all(marked)
        cov = coverage(text, spans)
        for sp in spans:
            if text[sp["start"] : sp["end"]] != sp["value"]:
                problems.append(f"{mid}: span value differs from the text slice")
            err = check_value(sp)
            if err:
                problems.append(f"{mid}: {err}: {sp['value']}")
        for a in spans:
            for b in spans:
                if a is not b and a["start"] < b["end"] and b["start"] < a["end"]:
                    problems.append(f"{mid}: overlapping spans {a['value']} / {b['value']}")
        for tr in traps:
            for sp in spans:
                same = sp["type"] == tr["type"]
                if same and sp["start"] < tr["end"] and tr["start"] < sp["end"]:
                    problems.append(f"{mid}: trap overlaps a {sp['type']} span")
            traps_by_cat[tr["type"]] = traps_by_cat.get(tr["type"], 0) + 1
        problems += [f"{mid}: {b}" for b in check_traps(text, cov)]
        problems += [f"{mid}: {b}" for b in own_checks(text, spans, cov)]
        records.append(
            {"id": mid, "channel": channel, "request": None, "text": text, "spans": spans}
        )
    if problems:
        print("\n".join(problems))
        raise SystemExit(f"{len(problems)} problems")
    n_files, fatal, counted = overlap(records)
    print(f"overlap check against {n_files} JSONL files and the CoNLL file")
    if counted:
        print(f"counted only (short values, single names, towns): {len(counted)}")
        for c in counted:
            print("  ", c)
    if fatal:
        print("values found in other sets (change them):")
        for f in fatal:
            print("  ", f)
        raise SystemExit(f"{len(fatal)} overlapping values")
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    per_type = {}
    for rec in records:
        for sp in rec["spans"]:
            per_type[sp["type"]] = per_type.get(sp["type"], 0) + 1
    print(f"{len(records)} messages, {sum(per_type.values())} spans -> {OUT}")
    for t in sorted(per_type, key=lambda t: -per_type[t]):
        print(f"  {t:14} {per_type[t]}")
    print(f"look-alike traps: {sum(traps_by_cat.values())}")
    for t in sorted(traps_by_cat, key=lambda t: -traps_by_cat[t]):
        print(f"  {t:14} {traps_by_cat[t]}")


if __name__ == "__main__":
    main()
