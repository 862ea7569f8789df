#!/usr/bin/env python3
"""Build own_heldout5.jsonl from inline-annotated messages.

Fifth held-out set for privacywacht, written blind: the author read only heldout_markup.py (the
markup parser and checksum helpers reused here) and the docstring and first lines of
build_own_heldout4.py (its conventions, and that it writes id/channel/request/text/spans); the
author did not read the detectors, name lists, models, tests or bot code, nor the contents of
shared/eval (dev.jsonl, airbnb_dev.jsonl) or of the other sets in benchmarks/data. Those sets were
inspected only for their keys and channel/request labels; below they are opened programmatically
to reject overlap, and a collision reports only the string of this set that collides.

The set is aimed at false positives of a person-name detector, with people mixed in so recall is
measured too. Three text types:

  it-01..it-60   IT-helpdesk tickets, chats and mails dense with product, app, brand, device,
                 service, OS, game, printer and model names (well-known and small ones: password
                 managers, VPNs, accounting packages, Dutch and Flemish apps such as DigiD-app,
                 Buienradar, Marktplaats, Thuisbezorgd, itsme, bank apps), devices and thermostats
                 called like people (Plugwise Anna, Toon, Alexa, Siri), frameworks called like
                 people (Jenkins, Django, Julia), Wi-Fi network names, printer, host and meeting-room
                 names (rooms named after painters and scientists), field labels from pasted logs
                 ("Account Name:", "Logon Type:", "Assignee:"), menu paths ("Instellingen >
                 Privacy"), Title Case and ALL CAPS headings on their own line, sentence-initial
                 adjectives and verbs ("Mooi", "Helaas", "Graag", "Ligt", "Staat"); about a third
                 signed by a person or naming a colleague, some in lowercase ("gr. sander").
  doc-01..doc-40 paragraphs from Dutch and Flemish company documents: privacy statements, terms and
                 conditions, cookie policies, processing agreements, internal procedures, release
                 notes, job ads, a colophon; the company's own name repeated (often a family
                 name: "Verhoeven Installatietechniek"), headings, defined terms ("de Opdrachtgever",
                 "de Verwerker"), product and release names, job titles, and a few named contacts
                 (a DPO, a recruiter, a founder, contributors by GitHub handle).
  mx-01..mx-70   mixed: forwarded mail threads, WhatsApp exports ("[12-03-2026 09:14] Naam: ..."),
                 minutes with "Aanwezig:" lists, calendar invites, newsletters with people and
                 places, web-shop tickets from customers who share a name with a brand or product
                 (Mercedes, Roos, Bosch, Philips, Ivar, Billy, Dirk, Hans), streets named after
                 people (Willem de Zwijgerlaan, Johan de Wittstraat) as a customer's address and as
                 a mere place, cafés, hotels, foundations, prizes, ships and trains named after
                 people, towns named after people (Anna Paulowna, Julianadorp, Sint-Niklaas), a few
                 English messages, and a handful of data-subject requests.

All people, addresses, numbers and most companies are invented; checksum types are computed to
be valid. Well-known brands, products, apps and public institutions are used under their real
names, because those are what a name detector has to leave alone.

Markup: ⟦TYPE|value⟧ marks a span; the markup is removed and a span recorded (aliases in
heldout_markup.ALIAS: P PERSON, E EMAIL, T PHONE, A ADDRESS, PC POSTCODE, L LOCATION, LP
LICENSE_PLATE, ID ID_DOCUMENT, IP IP_ADDRESS, DOB DATE_OF_BIRTH, CR CREDENTIAL, H HEALTH,
S SPECIAL, C CUSTOMER_ID).

Annotation conventions (those of own_heldout3/own_heldout4, as stated in build_own_heldout4.py):
- PERSON is the name only, without titles, roles or salutations ("wethouder ⟦P|A. Bakker⟧",
  "Beste ⟦P|Ilse⟧"); initials and tussenvoegsels are included; lowercase names are still PERSON;
  surname-only second mentions are PERSON; a chat display name is PERSON (every line of a chat
  export); support and shop staff signing a reply are PERSON; a login name or @handle built from a
  person's name is PERSON (without the "@"). Handles that are not built from a name, and business
  or bot accounts (@dependabot), are unmarked.
- Generic role addresses (info@, privacy@, vacatures@ ...) and organisations' own phone numbers
  and addresses are not personal data. Company, club, school, product, model, app, software,
  release, room, printer, host, network, street-as-a-place, café, hotel, foundation, prize, ship
  and train names (also when they contain or equal a person's name), job titles, field labels,
  defined terms, version strings, order/ticket/invoice numbers, error codes, serial numbers and
  meeting links are left unmarked.
- ADDRESS is street and house number of a person's address; its postcode is a separate POSTCODE
  span and its town a LOCATION span.
- IP addresses of a person's connection are marked; server, NAS, printer and resolver addresses
  are not.
- CUSTOMER_ID: customer, contract, member, policy, account/user and personnel numbers that
  identify a person.
- LOCATION: the town of a person's address or whereabouts ("uit Borne", "woonachtig te ..."), not
  a dateline, a company branch, a venue of an event or the seat of a company or municipality.
- HEALTH: concrete conditions, injuries, symptoms, pregnancy, medication; SPECIAL: criminal data,
  religion, political office/affiliation of private persons, union membership.
- CREDENTIAL: a password or passphrase typed into a message.

Checks: ids in sequence; known channel and request labels; exact offsets, no overlapping spans
and no span with outer whitespace; checksums (BSN elfproef, IBAN, Luhn for cards, NL/BE btw, KvK
8 digits, BE national number, BE eID card number); unmarked numbers that look like BSN/card/IBAN
must fail their checksum; every occurrence of a marked value (len >= 4, whole word,
case-insensitive) lies inside a span, except listed deliberate homonyms (a product, brand or
shop name equal to a customer's name); no span value (case-insensitive) is also a gold value in
shared/eval/dev.jsonl or shared/eval/airbnb_dev.jsonl or in the earlier own_heldout*.jsonl sets; no
gold value (len >= 4) of dev.jsonl / airbnb_dev.jsonl occurs anywhere in a text as a whole word
(case-insensitive), apart from a short allowlist of very common Dutch words; no 8-word window
copied from the reference texts. Any failed check is printed and aborts the run without writing
the JSONL (exit status 1). On success the counts per type and the number of sentences (pieces
between . ! ? followed by whitespace, and line breaks, that contain a word) are printed.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

from heldout_markup import REQUESTS, check_traps, check_value, coverage, parse

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # /work (HERE = /work/main/benchmarks/data)
EVAL = ROOT / "shared" / "eval"
OUT = HERE / "own_heldout5.jsonl"
# development sets: gold values must not appear in our texts at all
DEV_SETS = ("dev.jsonl", "airbnb_dev.jsonl")
# held-out sets that predate this one
EARLIER_OWN_SETS = (
    "own_heldout.jsonl",
    "own_heldout2.jsonl",
    "own_heldout3.jsonl",
    "own_heldout4.jsonl",
)
CHANNELS = {"email", "ticket", "chat", "document"}
PREFIXES = (("it", 60), ("doc", 40), ("mx", 70))

# (id, channel, request, marked text)
IT = [
    (
        "it-01",
        "ticket",
        "none",
        """Onderwerp: Outlook start niet meer na update

Sinds de update van Microsoft 365 gisteravond crasht Outlook direct bij het opstarten op mijn ThinkPad T14 (Windows 11 23H2). Teams en OneDrive werken gewoon. Ik heb al een snelle reparatie gedaan via Configuratiescherm > Programma's en onderdelen > Microsoft 365 > Wijzigen. Helaas zonder resultaat, ook in de veilige modus (outlook.exe /safe) gaat hij na twee seconden dicht.
Graag snel hulp, ik moet vandaag nog facturen versturen vanuit Exact Online.

gr. ⟦P|wybren⟧""",
    ),
    (
        "it-02",
        "chat",
        "none",
        """hoi! ik kan de DigiD-app niet meer openen op mijn Samsung Galaxy A54. Hij blijft hangen op het scherm 'Even geduld…'. Buienradar, Marktplaats en de NS-app doen het gewoon. Moet ik de app opnieuw installeren of raak ik dan mijn koppeling kwijt? Ligt het misschien aan One UI 6.1?""",
    ),
    (
        "it-03",
        "ticket",
        "none",
        """Gastwifi Tweede Verdieping

Staat de gastwifi uit? Het netwerk 'Kantoor-Gast' is niet zichtbaar op de tweede verdieping, alleen 'KPN-7F3A21' en 'DIRECT-4B-HP OfficeJet Pro 9010'. Mijn collega ⟦P|Fenna Hoogstraten⟧ heeft hetzelfde probleem met haar iPad. Ligt het aan het UniFi access point bij vergaderzaal Escher? Dat lampje brandt namelijk oranje in plaats van blauw.

Met vriendelijke groet,
⟦P|Kerem Aydın⟧
Binnendienst""",
    ),
    (
        "it-04",
        "ticket",
        "none",
        """Hyper Backup-taak 'Wekelijks-Offsite' naar de Synology DS920+ (hostname NAS-KANTOOR) mislukt sinds vrijdag met de melding 'De doelmap is niet beschikbaar'. Active Backup for Business draait wel. Storage Manager geeft aan dat Volume 1 de status Gezond heeft. Moet ik eerst DSM 7.2.1 installeren? Het IP-adres van de NAS is 192.168.1.20 en de USB-schijf is een WD Elements van 8 TB. Staat er misschien iets in het logboek onder Logcentrum > Logboeken?""",
    ),
    (
        "it-05",
        "email",
        "none",
        """Hoi helpdesk,

Onze boekhouder ziet opeens mislukte aanmeldingen op de server. Dit stond in Logboeken (Event Viewer):

Event 4625, Microsoft Windows security auditing (ingekort):
Logon Type: 3
Account Name: ⟦P|t.wesselink⟧
Account Domain: VOSKAMP
Status: 0xC000006D
Sub Status: 0xC000006A
Workstation Name: WS-FIN-07
Source Network Address: -

Is dit gewoon iemand die zijn wachtwoord vergeten is of moeten we ons zorgen maken? Het gebeurt elk uur, ook 's nachts.

Groet,
⟦P|Mirjam Oudejans⟧
Office manager""",
    ),
    (
        "it-06",
        "ticket",
        "none",
        """Printer Tweede Verdieping Offline

De Kyocera ECOSYS M5526cdw met de naam PRN-2E-NOORD staat sinds vanochtend op offline, zowel op de Mac van ⟦P|Wilhelmien⟧ als op mijn eigen Windows-laptop. Via PaperCut zie ik de taken wel in de wachtrij staan. Uit- en aanzetten van de printer heeft niet geholpen. Kan iemand even kijken?

⟦P|Jeroen⟧""",
    ),
    (
        "it-07",
        "email",
        "none",
        """Hi,

I can't connect to the VPN since this morning. FortiClient 7.2 says "Credential or SSLVPN configuration is wrong (-7200)". I'm working from home today on my MacBook Air M2 with macOS Sonoma 14.4. My home IP is ⟦IP|84.27.163.52⟧, in case you need it for the whitelist. Slack and Notion work fine, so the internet connection itself is OK.

Thanks,
⟦P|Priya Raghunathan⟧""",
    ),
    (
        "it-08",
        "email",
        "none",
        """Welke wachtwoordmanager raden jullie aan: Bitwarden, 1Password, Dashlane of KeePassXC? We gebruiken nu nog LastPass, maar na het datalek wil de directie overstappen. Mooi zou zijn als het koppelt met Entra ID (voorheen Azure AD) en met de Google Workspace van onze vestiging in Gent. Graag ook een indicatie van de kosten per gebruiker. Bestaat er iets als een gedeelde kluis voor de receptie?""",
    ),
    (
        "it-09",
        "chat",
        "none",
        """Sinds de nieuwe Sonos-app kan ik mijn Sonos Era 100 en de Beam in de woonkamer niet meer groeperen. Spotify Connect werkt wel, maar Apple Music via AirPlay 2 hapert om de paar minuten. Ik heb een Fritz!Box 7590 met twee Fritz!Repeaters in mesh. Staat er een fix gepland, of moet ik terug naar S1 Controller?""",
    ),
    (
        "it-10",
        "email",
        "none",
        """Hoe koppel ik mijn Rabobank-rekening aan Moneybird? In de lijst zie ik alleen ING, ABN AMRO, bunq, Knab en ASN. Vroeger deed ik alles in SnelStart, maar mijn boekhouder ⟦P|Hennie Brouwer⟧ werkt tegenwoordig met e-Boekhouden.nl en wil alleen nog een export. Graag een stappenplan, liefst met schermafbeeldingen.

Alvast bedankt,
⟦P|Berend⟧""",
    ),
    (
        "it-11",
        "email",
        "none",
        """Dag,

Ik krijg itsme niet geactiveerd op mijn nieuwe gsm (een Google Pixel 8). Bij de stap met de kaartlezer van KBC Mobile loopt het telkens vast. Ook Tax-on-web en MyMinfin lukken daardoor niet, en de deadline voor de belastingaangifte komt eraan. Moet ik eerst de oude toestel-koppeling verwijderen?

Alleszins bedankt voor de hulp,
⟦P|Griet Vandenbussche⟧""",
    ),
    (
        "it-12",
        "chat",
        "none",
        """Mijn zoon kan Minecraft Bedrock niet meer starten op de Xbox Series S. Foutcode 'Deep Ocean'. Fortnite en Rocket League doen het gewoon, en op de Nintendo Switch speelt hij zonder problemen Mario Kart 8 en Zelda: Tears of the Kingdom. Moet ik zijn Microsoft-account opnieuw koppelen? Zijn gamertag is DiamondDuck2014.""",
    ),
    (
        "it-13",
        "ticket",
        "none",
        """Instellingen > Privacy en beveiliging > Locatie staat grijs op alle laptops in het domein. Het Intune-configuratieprofiel 'NL-Baseline-2025' lijkt het te blokkeren. Buienradar en de NS-app vragen daardoor steeds om een locatie en Teams zet de verkeerde tijdzone. Wie van applicatiebeheer kan het profiel aanpassen? Graag voor vrijdag, dan rollen we de nieuwe HP ProBooks uit.""",
    ),
    (
        "it-14",
        "chat",
        "none",
        """Mijn Adam-hub van Plugwise in de meterkast knippert rood en de Tom-radiatorknoppen geven 'Geen verbinding met Smile'. Tado heb ik niet, en de oude Toon van Eneco heb ik vorig jaar al ingeleverd. Kan het aan de nieuwe Ziggo SmartWifi-router liggen? De netwerknaam is Ziggo5531874 en de 5 GHz-band heet Ziggo5531874-5G.""",
    ),
    (
        "it-15",
        "ticket",
        "none",
        """Jenkins-build faalt na upgrade naar Java 21

Sinds de upgrade van de buildserver (Jenkins 2.440, agent 'build-linux-02') faalt de pipeline van het klantportaal. De Django 5.0-tests slagen, maar de stap met de Ruby-scripts stopt met 'bundler: command not found'. De Julia-notebooks in JupyterHub draaien ook niet meer, waarschijnlijk door dezelfde image. Ansible-playbook 'base.yml' heb ik nog niet opnieuw gedraaid.

⟦P|Lammert⟧ (devops)""",
    ),
    (
        "it-16",
        "chat",
        "none",
        """Alexa reageert niet meer op 'Alexa, zet de woonkamer aan'. Via de Philips Hue-app werkt alles, en Siri op mijn iPhone 13 doet het ook. Ik heb de Echo Dot (5e generatie) al twee keer gereset en de Hue Bridge opnieuw gekoppeld. Helaas blijft de Hue-skill 'niet bereikbaar' geven.""",
    ),
    (
        "it-17",
        "chat",
        "none",
        """Ik krijg geen pushmeldingen meer van Thuisbezorgd, Marktplaats en Tikkie sinds iOS 17.5. Bij Instellingen > Meldingen > Thuisbezorgd staat alles aan en Focus staat uit. Raar, want WhatsApp, Signal en de Rabo-app geven wel gewoon meldingen. Werkt Schermtijd hier misschien tegen?""",
    ),
    (
        "it-18",
        "ticket",
        "none",
        """de UniFi Protect G4 Doorbell Pro is offline sinds de stroomstoring van gisteren. De Dream Machine Pro SE toont hem als 'Adopting' en daarna 'Disconnected'. Controllerversie is 8.0.26, Protect 3.0.22. Moet ik hem resetten met de knop aan de achterkant of kan het op afstand?

tnx ⟦P|jorien⟧""",
    ),
    (
        "it-19",
        "ticket",
        "none",
        """DRINGEND: KASSA START NIET

De Lightspeed-kassa in onze winkel aan de Prins Hendrikkade blijft hangen op het logo. De pinautomaat (CCV Mobile A77) en de bonprinter (Epson TM-m30III) doen het wel. Zaterdag is onze drukste dag, dus graag vandaag nog iemand. Bel me gerust op ⟦T|06 41 87 29 53⟧.

⟦P|Ramon Soerjadi⟧""",
    ),
    (
        "it-20",
        "ticket",
        "none",
        """Acrobat Pro vraagt steeds opnieuw om in te loggen met mijn Adobe ID. Creative Cloud Desktop zegt dat mijn licentie actief is, en Photoshop, InDesign en Lightroom Classic werken gewoon. Ik gebruik een Dell XPS 15 met Windows 11 Pro. Staat er bij jullie misschien een proxy tussen die adobelogin.com blokkeert? Groet vanuit de afdeling Communicatie.""",
    ),
    (
        "it-21",
        "chat",
        "none",
        """Mijn Lenovo ThinkPad USB-C Dock Gen 2 herkent maar één van de twee Dell P2422H-schermen. DisplayLink Manager is geïnstalleerd en Lenovo Vantage zegt dat de firmware actueel is. Op de laptop van mijn collega werkt hetzelfde dock met dezelfde kabels prima. Ligt het dan aan mijn laptop (een ThinkPad E14 Gen 5)?""",
    ),
    (
        "it-22",
        "ticket",
        "none",
        """Vergaderzaal Rembrandt verschijnt niet meer als ruimte in Outlook. Zaal Vermeer en de Van Goghzaal staan er wel gewoon tussen. De Logitech Rally Bar in Rembrandt geeft bovendien 'Teams Rooms niet aangemeld'. Wie beheert de ruimte-mailboxen? Morgen om 9 uur heeft de directie daar een overleg met Deloitte.

Groet, ⟦P|Jitske⟧ (receptie)""",
    ),
    (
        "it-23",
        "chat",
        "none",
        """Welke VPN is het beste voor op reis in Turkije: NordVPN, Surfshark, ProtonVPN of Mullvad? Ik wil daar de Rabo Bankieren app, de DigiD-app en Videoland kunnen gebruiken. Graag advies, want mijn oude abonnement op ExpressVPN loopt af.""",
    ),
    (
        "it-24",
        "chat",
        "none",
        """Hoe installeer ik de HP Smart app op mijn Chromebook (Acer Chromebook Spin 514)? De printer is een HP ENVY Inspire 7920e en staat in het netwerk 'VGV7519E5B'. In de Google Play Store zie ik de app wel, maar na installeren vindt hij de printer niet. Mopria Print Service vindt hem trouwens wel.""",
    ),
    (
        "it-25",
        "chat",
        "none",
        """Videoland en NPO Start crashen op mijn Samsung QLED (Tizen) sinds de laatste firmware-update. Netflix en Disney+ werken wel. Ziggo GO trouwens ook niet, die blijft op een zwart scherm staan. Moet ik de tv terugzetten naar de fabrieksinstellingen via Instellingen > Algemeen > Resetten?""",
    ),
    (
        "it-26",
        "ticket",
        "none",
        """Account Steeds Geblokkeerd

Van: Windows Security
Event ID: 4740
A user account was locked out.
Account That Was Locked Out:
    Account Name: ⟦P|d.kaya⟧
Additional Information:
    Caller Computer Name: LT-0456

Dit gebeurt elke ochtend rond 8:15. Zou het aan een oud wachtwoord in de Mail-app op haar iPhone liggen? ⟦P|Dilan Kaya⟧ heeft haar wachtwoord maandag gewijzigd en sindsdien gaat het mis.""",
    ),
    (
        "it-27",
        "chat",
        "none",
        """Mijn Google Nest Wifi Pro en de Netgear Orbi van de vorige bewoner zitten elkaar volgens mij in de weg. Twee netwerken met bijna dezelfde naam: 'Thuis' en 'Thuis_EXT'. De Roomba vindt het netwerk niet meer en de Tado-bridge valt steeds weg. Moet ik de Orbi helemaal weghalen?""",
    ),
    (
        "it-28",
        "ticket",
        "none",
        """In AFAS Pocket zie ik mijn loonstrook van maart niet, alleen die van januari en februari. Nmbrs gebruiken we sinds januari niet meer, dus daar kan ik ook niet kijken. Mijn personeelsnummer is ⟦C|40718⟧. Kunnen jullie nagaan of de strook wel klaarstaat in InSite?

Groetjes,
⟦P|Nilüfer Yıldırım⟧""",
    ),
    (
        "it-29",
        "ticket",
        "none",
        """Twinfield exporteert de auditfile (XAF 3.2) met lege debiteurnamen bij alle verkoopfacturen van na 1 februari. In Yuki en Exact Online komt het bestand daardoor niet door de controle. Staat er een bekende fout open bij Wolters Kluwer? Dringend, want de accountant wil het bestand deze week hebben.""",
    ),
    (
        "it-30",
        "email",
        "none",
        """Beste helpdesk,

Ik kom niet meer in de webmail van TransIP. Ik typ gewoon mijn wachtwoord ⟦CR|Kwartel!Dakgoot88⟧ en hij zegt dat het onjuist is. Het account is ⟦E|h.dijkgraaf@dijkgraafbouw.nl⟧. Op mijn telefoon (Gmail-app) komt de mail nog wel binnen. Kunnen jullie het wachtwoord resetten?

⟦P|Harm Dijkgraaf⟧""",
    ),
    (
        "it-31",
        "ticket",
        "none",
        """Nieuwe Laptop Voor Stagiair

Volgende week maandag begint ⟦P|Mila Zandbergen⟧ als stagiair bij Marketing. Graag een laptop (liefst een HP EliteBook 840 G10), een Microsoft 365 E3-licentie en toegang tot Canva, Hootsuite en de gedeelde map Marketing op FS01. Haar e-mailadres wordt ⟦E|m.zandbergen@groenhof-media.nl⟧. Mooi als alles vrijdag klaarstaat.

⟦P|Ruud Spanjaard⟧
Teamleider Marketing""",
    ),
    (
        "it-32",
        "chat",
        "none",
        """De Buienradar-widget op mijn Android (Xiaomi Redmi Note 12) ververst niet meer. Weeronline ook niet trouwens. Batterijbesparing staat uit bij Instellingen > Apps > Buienradar > Batterij, en Autostart staat aan. Helaas blijft hij op 'laatst bijgewerkt 07:40' staan.""",
    ),
    (
        "it-33",
        "email",
        "none",
        """Goeiemiddag,

Sinds Telenet mijn modem vervangen heeft, vindt mijn Brother MFC-L2710DW het wifinetwerk 'telenet-4A7C2' niet meer. Met de oude modem lukte dat wel. Moet ik via WPS gaan? Mijn dochter ⟦P|Lobke⟧ heeft het al geprobeerd met de Brother iPrint&Scan-app, maar die blijft zoeken.

Met vriendelijke groeten,
⟦P|Wannes Van Acker⟧""",
    ),
    (
        "it-34",
        "ticket",
        "none",
        """In Jira Service Management zie ik tickets die al lang zijn overgedragen nog steeds in mijn wachtrij staan. Voorbeeld uit de export:

Issue key: SD-4471
Summary: Scanner Magazijn Doet Niets
Assignee: ⟦P|Thijs Bosman⟧
Reporter: ⟦P|Noor El Idrissi⟧
Status: Wacht op klant
Component: Zebra TC52

Volgens mij hoort dit ticket bij ⟦P|Thijs Bosman⟧ en niet bij mij. Ook de Confluence-pagina 'Werkinstructie Terugbellen' is ineens weg.""",
    ),
    (
        "it-35",
        "chat",
        "none",
        """Onze Ring Video Doorbell 4 en de twee Arlo Essential-camera's gaan elke nacht om 3 uur offline. Volgens de Ring-app is de wifi 'zwak', maar de KPN Box 12 staat op twee meter. Kan ik in de KPN-app het 2,4 GHz-kanaal vastzetten? Graag uitleg in gewone taal.""",
    ),
    (
        "it-36",
        "email",
        "none",
        """We verhuizen van Google Workspace naar Microsoft 365. Hoe nemen we de agenda's mee? Vooral de gedeelde agenda 'Planning Werkplaats' en de agenda van onze directeur, waar de afspraken met leveranciers in staan. BitTitan MigrationWiz is genoemd, maar is dat nodig voor zes gebruikers? Graag ook advies over de DNS bij Mijndomein.""",
    ),
    (
        "it-37",
        "chat",
        "none",
        """Na de update naar macOS Sequoia opent Numbers wel, maar Pages niet meer, en Keynote vraagt om herinstallatie uit de App Store. Mijn Time Machine-backup staat op een WD My Passport. Helaas weet ik mijn Apple ID-wachtwoord niet meer. Kan ik Pages ook zonder App Store terugzetten?""",
    ),
    (
        "it-38",
        "chat",
        "none",
        """De ING Bankieren app zegt 'Je toestel wordt niet ondersteund' op mijn Huawei P30 Lite. Ik heb geen Google Play Services. Kan ik de app via Petal Search of AppGallery installeren, of moet ik echt een nieuwe telefoon? De ABN AMRO-app van mijn vrouw werkt er wel op.""",
    ),
    (
        "it-39",
        "chat",
        "none",
        """hoe zet ik windows hello aan? instellingen > accounts > aanmeldingsopties > gezichtsherkenning staat grijs op mijn surface laptop 5. vingerafdruk ook. staat het uit via beleid?

grtz ⟦P|mees⟧""",
    ),
    (
        "it-40",
        "ticket",
        "none",
        """Wie heeft de DHCP-reservering voor de plotter (HP DesignJet T650, hostname PLOT-TEKENKAMER) gewijzigd? In het auditlog van de Windows DHCP-server staat:

Event ID: 20
Scope: 10.12.0.0
Reservation: 10.12.0.45 -> 10.12.0.145
Gewijzigd door: SYSTEM

Sindsdien kunnen AutoCAD en Revit niet meer naar de plotter printen. Graag terugzetten.""",
    ),
    (
        "it-41",
        "ticket",
        "none",
        """In Teams hoort niemand me via mijn Jabra Evolve2 65-headset. In Zoom en Google Meet werkt hij wel. Bij Instellingen > Apparaten > Microfoon staat gewoon 'Jabra Link 380' geselecteerd. Jabra Direct geeft aan dat de firmware actueel is. Helaas zit ik morgen de hele dag in klantgesprekken.""",
    ),
    (
        "it-42",
        "chat",
        "none",
        """Ik krijg 'Er is iets misgegaan' als ik inlog op Marktplaats met mijn Google-account. Met e-mail en wachtwoord lukt het wel, maar dan zie ik mijn advertenties niet. Op de laptop (Firefox) en in de app hetzelfde. Staat er iets in storing bij Adevinta?""",
    ),
    (
        "it-43",
        "email",
        "none",
        """Beste ICT-helpdesk van de school,

Parro en Magister werken niet op de oude iPad Air 2 van mijn dochter (iPadOS 15.8). Somtoday wel, maar dat gebruiken jullie niet meer. Is er een manier om Parro toch te installeren, of moeten we een nieuwe iPad kopen? Ze heeft de iPad nodig voor Rekentuin en Squla.

Met vriendelijke groet,
⟦P|Jolanda⟧, moeder van ⟦P|Liva⟧ uit groep 7""",
    ),
    (
        "it-44",
        "email",
        "none",
        """Deze kwam terug toen ik de offerte verstuurde. Wat betekent dit?

Delivery has failed to these recipients or groups:
⟦E|karin.meulenbelt@zorgpuntoost.nl⟧
Your message couldn't be delivered. The Domain Name System (DNS) reported that the recipient's domain does not exist.
Diagnostic information for administrators:
Generating server: AM9PR02MB7314.eurprd02.prod.outlook.com
Remote Server returned '550 5.4.310 DNS domain does not exist'

Moet ik het adres anders schrijven? Groeten van de receptie.""",
    ),
    (
        "it-45",
        "chat",
        "none",
        """Mijn Prusa MK4 geeft 'Filament sensor not responding' na de firmware-update naar 6.0. De oude Creality Ender 3 V2 doet het nog prima. In PrusaSlicer en Bambu Studio zie ik de printer wel in het netwerk. Staat er ergens een bekende fout?""",
    ),
    (
        "it-46",
        "ticket",
        "none",
        """Wie kan ⟦P|Gijsbert Ramaker⟧ toegang geven tot de SharePoint-site 'Projecten Noord'? Hij is projectleider bij ons zusterbedrijf Ramaker Installatietechniek en heeft een gastaccount nodig. Graag alleen leesrechten op de bibliotheek Tekeningen, niet op Offertes.""",
    ),
    (
        "it-47",
        "ticket",
        "none",
        """Sinds gisteren maakt Sendcloud geen verzendlabels meer aan voor bestellingen uit de Bol.com-koppeling. Bestellingen uit Shopify gaan wel goed. In het logboek staat 'Carrier PostNL: address validation failed'. De Zebra GK420d print de DHL-labels trouwens ook niet. Graag vandaag nog kijken, er staan veertig pakketten klaar.""",
    ),
    (
        "it-48",
        "chat",
        "none",
        """Ubuntu 24.04 op mijn Framework Laptop 13: na de kernel-update geen wifi meer (MediaTek MT7922). Met een Fedora live-USB werkt het wel. Ligt het aan de firmware in linux-firmware of moet ik terug naar de vorige kernel via GRUB?""",
    ),
    (
        "it-49",
        "email",
        "none",
        """Dag iedereen,

De Smartschool-app op de Samsung Galaxy Tab A8 van de klas logt telkens uit na een paar minuten. Bingel en Google Classroom blijven wel ingelogd. De ICT-coördinator, meester ⟦P|Joris⟧, denkt dat het aan Knox Manage ligt. Kan iemand van het scholennetwerk dat bekijken?

Vriendelijke groeten,
juf ⟦P|Ellen Claerhout⟧""",
    ),
    (
        "it-50",
        "chat",
        "none",
        """Google Authenticator is leeg na het overzetten naar een nieuwe Pixel 9. Hoe kom ik nu terug in Microsoft Authenticator, Okta Verify en het klantportaal van Coolblue? De oude Pixel 6 heb ik al ingeruild. Graag stap voor stap.""",
    ),
    (
        "it-51",
        "ticket",
        "none",
        """Staat Er Een Storing Bij KPN?

Ligt het aan ons of is er een landelijke storing? Sinds 10:30 geen internet op kantoor, de KPN Zakelijk-router (Experia Box v10) knippert rood bij Internet. Op Allestoringen.nl zie ik meldingen uit heel Nederland. Werkt de 4G-back-up dan niet automatisch?""",
    ),
    (
        "it-52",
        "ticket",
        "none",
        """Veeam Backup & Replication job 'Dagelijks-SQL' faalt sinds dinsdag. Host: SRV-SQL02 (SQL Server 2019 op Windows Server 2022). Error: 'Failed to prepare guest for hot backup. VSS error: 0x800423f4'. De job voor de fileserver en Exchange gaat goed. Kan iemand de VSS-writers op SRV-SQL02 nakijken?""",
    ),
    (
        "it-53",
        "chat",
        "none",
        """Hoe zet ik een automatisch antwoord in Outlook op het web? Ik ben vanaf 22 juli drie weken op vakantie en ⟦P|Nouhaila⟧ neemt mijn taken over. Ik wil in het bericht haar adres zetten: ⟦E|nouhaila.bouzid@stadsbeheer-westland.nl⟧. Kan dat ook alleen voor externe afzenders?""",
    ),
    (
        "it-54",
        "ticket",
        "none",
        """Na de update van WooCommerce naar 8.9 geeft de Mollie-plug-in een witte pagina bij iDEAL-betalingen. Elementor en Yoast SEO zijn tegelijk bijgewerkt. In de debuglog staat 'PHP Fatal error: Uncaught Error: Class Mollie\\Api\\MollieApiClient not found'. Kunnen jullie terugzetten naar de back-up van zondag?""",
    ),
    (
        "it-55",
        "chat",
        "none",
        """Garmin Connect synchroniseert niet meer met Strava en Komoot sinds ik een nieuwe Forerunner 265 heb. De oude Fenix 6 doet het nog wel. Staat de koppeling misschien nog op het oude horloge?""",
    ),
    (
        "it-56",
        "ticket",
        "none",
        """Word crasht bij het openen van 'Offerte Brinkhorst Techniek v3.docx' vanuit SharePoint. Lokaal opgeslagen opent het wel, maar dan zijn de tabellen verschoven. Excel en PowerPoint hebben geen last. Ligt het aan de invoegtoepassing van Smart Documents of aan de Adobe PDFMaker?""",
    ),
    (
        "it-57",
        "chat",
        "none",
        """Hoe zet ik mijn contacten en WhatsApp-chats van mijn oude iPhone 11 over naar de nieuwe Motorola edge 40? Move to iOS werkt alleen andersom. Google Contacten en de back-up in iCloud staan allebei aan. Graag in stappen, ik ben niet zo handig.""",
    ),
    (
        "it-58",
        "ticket",
        "none",
        """Gebruiker ⟦P|Sophie Lambrechts⟧ (UPN ⟦E|s.lambrechts@kreeft-advies.be⟧) krijgt een eindeloze MFA-lus bij het aanmelden in Outlook voor Windows. In de browser gaat het goed. Microsoft Authenticator op haar iPhone 14 toont de melding, ze keurt goed, en daarna begint het opnieuw. Sign-in log: 'Status: Interrupted, 50074 Strong Authentication is required'.""",
    ),
    (
        "it-59",
        "ticket",
        "none",
        """Bestelling toner voor de Brother HL-L3270CDW in kamer 2.14 (printer 'BROTHER-FINANCE'). Graag TN-247 in alle vier de kleuren, kostenplaats 4410. Staat de bestelling bij Centraal Boekhuis of bestellen jullie zelf bij Viking?""",
    ),
    (
        "it-60",
        "email",
        "none",
        """Hello IT,

My Dell Latitude 7440 won't boot after the BIOS update through Dell Command Update. It shows 'No bootable device found'. BitLocker was on, so I think I will need the recovery key, but I don't know where to find it in Intune. I have a presentation for Heineken at 14:00.

Regards,
⟦P|Radek Wiśniewski⟧""",
    ),
]

DOC = [
    (
        "doc-01",
        "document",
        "none",
        """Privacyverklaring Verhoeven Installatietechniek B.V.

Verhoeven Installatietechniek B.V. (hierna: Verhoeven) is verantwoordelijk voor de verwerking van persoonsgegevens zoals beschreven in deze privacyverklaring. Verhoeven installeert en onderhoudt cv-ketels, warmtepompen en zonnepanelen voor particulieren en bedrijven in de regio Amersfoort. Wij verwerken uw gegevens omdat u gebruikmaakt van onze diensten en/of omdat u deze gegevens zelf aan ons verstrekt. Deze verklaring is voor het laatst gewijzigd op 1 februari 2026.""",
    ),
    (
        "doc-02",
        "document",
        "none",
        """Functionaris Gegevensbescherming

Verhoeven Installatietechniek heeft een Functionaris Gegevensbescherming (FG) aangesteld. De FG houdt intern toezicht op de naleving van de Algemene Verordening Gegevensbescherming (AVG). Onze FG is mr. ⟦P|Machteld Schouwink⟧. U kunt haar rechtstreeks bereiken via ⟦E|m.schouwink@verhoeven-installatie.nl⟧ of via het algemene adres privacy@verhoeven-installatie.nl. Post kunt u richten aan Verhoeven Installatietechniek B.V., t.a.v. de FG, Nijverheidsweg 21, 3812 PM Amersfoort.""",
    ),
    (
        "doc-03",
        "document",
        "none",
        """Uw Rechten

U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen. Daarnaast heeft u het recht om uw eventuele toestemming voor de gegevensverwerking in te trekken of bezwaar te maken tegen de verwerking van uw persoonsgegevens door Verhoeven. Ook heeft u het recht op gegevensoverdraagbaarheid. Stuur uw verzoek naar privacy@verhoeven-installatie.nl. Om zeker te weten dat het verzoek door u is gedaan, vragen wij u een kopie van uw identiteitsbewijs mee te sturen, waarin u uw pasfoto, MRZ en BSN zwart maakt. Verhoeven reageert zo snel mogelijk, maar binnen vier weken. Bent u niet tevreden, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.""",
    ),
    (
        "doc-04",
        "document",
        "none",
        """Cookiebeleid

Op www.fietsenhuis-lindeboom.nl gebruiken wij functionele, analytische en marketingcookies. Functionele cookies (zoals PHPSESSID en cookieyes-consent) zijn nodig om de webwinkel te laten werken. Analytische cookies van Google Analytics 4 (_ga, _ga_XXXXXXX) en Hotjar (_hjSessionUser) helpen ons de website te verbeteren; het IP-adres wordt daarbij geanonimiseerd. Marketingcookies van Meta Pixel (_fbp) en de LinkedIn Insight Tag plaatsen wij alleen na uw toestemming. U kunt uw keuze altijd wijzigen via de link Cookie-instellingen onderaan elke pagina.""",
    ),
    (
        "doc-05",
        "document",
        "none",
        """ALGEMENE VOORWAARDEN BRINKMAN LOGISTIEK B.V.

Artikel 1 – Definities
In deze voorwaarden wordt verstaan onder:
a. Brinkman: Brinkman Logistiek B.V., gevestigd te Veghel;
b. Opdrachtgever: iedere natuurlijke of rechtspersoon die aan Brinkman een opdracht verstrekt;
c. Overeenkomst: iedere afspraak tussen Brinkman en de Opdrachtgever tot het vervoeren, opslaan of distribueren van Goederen;
d. Goederen: alle zaken die de Opdrachtgever aan Brinkman ter beschikking stelt.
Afwijkingen van deze voorwaarden gelden alleen als Brinkman ze schriftelijk heeft bevestigd.""",
    ),
    (
        "doc-06",
        "document",
        "none",
        """Artikel 9 – Aansprakelijkheid
9.1 Brinkman is uitsluitend aansprakelijk voor directe schade die het gevolg is van een toerekenbare tekortkoming in de nakoming van de Overeenkomst. De aansprakelijkheid is beperkt tot het bedrag dat de verzekeraar van Brinkman in het desbetreffende geval uitkeert.
9.2 De Opdrachtgever vrijwaart Brinkman voor aanspraken van derden, waaronder Ontvangers en Vervoerders, die verband houden met de Goederen.
9.3 Op alle vervoersovereenkomsten zijn tevens de Algemene Vervoerscondities 2002 (AVC) en, bij internationaal vervoer, het CMR-verdrag van toepassing.""",
    ),
    (
        "doc-07",
        "document",
        "none",
        """Procedure Datalekken (versie 3.1)

Stap 1. Iedere medewerker die een (mogelijk) datalek ontdekt, meldt dit direct bij de Privacy Officer, ook buiten kantooruren. Denk aan een verloren laptop, een e-mail met een Excel-bestand naar de verkeerde ontvanger of een phishingmail waarop is geklikt.
Stap 2. De Privacy Officer, ⟦P|Sanne Verkerk⟧, registreert het incident in het Register Datalekken en beoordeelt binnen 24 uur of melding bij de Autoriteit Persoonsgegevens nodig is. Bij haar afwezigheid neemt de Security Officer, ⟦P|Ivo Brandsma⟧, dit over.
Stap 3. Meldingen gaan via datalek@zorgcollectief-eemland.nl of via het interne nummer 2222. Gebruik voor een melding nooit WhatsApp.""",
    ),
    (
        "doc-08",
        "document",
        "none",
        """Release notes Planbord 4.2 'Margriet'

Nieuw
- Koppeling met Exact Online, Twinfield en AFAS Profit voor het automatisch aanmaken van projecten.
- Donkere modus in de iOS- en Android-app.
- Roosters exporteren naar Google Agenda en Outlook (iCal).

Opgelost
- De weekweergave liep vast bij meer dan 200 medewerkers.
- Bij het importeren van een CSV uit Nmbrs werden tussenvoegsels verkeerd gesorteerd.

Met dank aan ⟦P|Koen Dellaert⟧ van onze klant Bakkerij Van Rijswijk voor het melden van de sorteerfout. Versie 4.3 'Hendrik' verschijnt naar verwachting in juni.""",
    ),
    (
        "doc-09",
        "document",
        "none",
        """Release 2.14.0 – Roosterwijzer Mobiel

Verbeteringen
* Pushmeldingen via Firebase Cloud Messaging in plaats van de oude GCM-koppeling.
* Inloggen met Microsoft Entra ID en Google Workspace (SSO via SAML 2.0).
* Ondersteuning voor Android 15 en iOS 18.
Bekende problemen
* Op Samsung-toestellen met One UI 5 kan de widget een lege planning tonen.
* De Apple Watch-app wordt niet meer ondersteund vanaf deze versie.""",
    ),
    (
        "doc-10",
        "document",
        "none",
        """Vacature: Servicedesk Medewerker (32–40 uur)

Ben jij de collega die rustig blijft als de printer op de derde verdieping weer eens vastloopt? Bij Hendriks & Zonen zoeken we een servicedeskmedewerker die onze 180 collega's helpt met Windows 11, Microsoft 365, TOPdesk en onze eigen planningssoftware. Je werkt in een team van vijf onder leiding van de Teamleider ICT.

Wat bieden wij? Een salaris tussen € 2.900 en € 3.700, een leaseauto of NS Business Card, en een eigen opleidingsbudget.

Vragen? Bel ⟦P|Mariska Dobbelsteen⟧, HR-adviseur, op ⟦T|06 23 71 84 09⟧. Solliciteren kan via vacatures@hendriksenzonen.nl.""",
    ),
    (
        "doc-11",
        "document",
        "none",
        """Jobomschrijving: Medewerker Klantendienst (m/v/x)

Vandewalle Kozijnen NV uit Roeselare is een familiebedrijf dat al drie generaties ramen en deuren op maat maakt. Als medewerker klantendienst ben jij het aanspreekpunt voor klanten en plaatsers, plan je opmetingen in en volg je dossiers op in Odoo.

Wij bieden: een contract van onbepaalde duur, maaltijdcheques, ecocheques, een hospitalisatieverzekering en 12 ADV-dagen.

Interesse? Stuur je cv naar jobs@vandewalle-kozijnen.be, ter attentie van ⟦P|Els Verhaeghe⟧, HR-verantwoordelijke.""",
    ),
    (
        "doc-12",
        "document",
        "none",
        """Werkinstructie Indiensttreding – ICT

1. De Leidinggevende vult uiterlijk tien werkdagen voor de startdatum het formulier 'Nieuwe Medewerker' in TOPdesk in.
2. De Servicedesk maakt het account aan in Active Directory volgens de vaste naamgeving (voorletter.achternaam) en kent de licentie Microsoft 365 Business Premium toe.
3. Applicatiebeheer geeft toegang tot AFAS, Planbord en de Teams-kanalen van de afdeling.
4. Op de eerste werkdag haalt de Medewerker de laptop op bij de ICT-balie (kamer 0.12) en stelt samen met de Servicedesk Microsoft Authenticator in.
Wachtwoorden worden nooit per e-mail verstuurd.""",
    ),
    (
        "doc-13",
        "document",
        "none",
        """Bijlage 2 bij de Verwerkersovereenkomst – Subverwerkers

De Verwerker schakelt voor de uitvoering van de Overeenkomst de volgende Subverwerkers in:
– Microsoft Ireland Operations Ltd. (hosting van Microsoft 365, datacenters in Nederland en Ierland);
– Amazon Web Services EMEA SARL (opslag van back-ups, regio eu-central-1);
– Zendesk Inc. (klantenservice, Standard Contractual Clauses);
– The Rocket Science Group LLC, handelend als Mailchimp (nieuwsbrieven).
De Verwerker informeert de Verwerkingsverantwoordelijke ten minste dertig dagen vooraf over een nieuwe Subverwerker. De Verwerkingsverantwoordelijke kan binnen die termijn gemotiveerd bezwaar maken.""",
    ),
    (
        "doc-14",
        "document",
        "none",
        """Overzicht Cookies (stand per 1 maart 2026)

Naam: _ga – Aanbieder: Google – Doel: onderscheiden van bezoekers – Bewaartermijn: 2 jaar
Naam: _hjSession_1234567 – Aanbieder: Hotjar – Doel: sessie-opname – Bewaartermijn: 30 minuten
Naam: li_sugr – Aanbieder: LinkedIn – Doel: advertenties – Bewaartermijn: 3 maanden
Naam: CookieConsent – Aanbieder: Cookiebot – Doel: opslaan van uw cookievoorkeur – Bewaartermijn: 1 jaar
Naam: wp-wpml_current_language – Aanbieder: WordPress/WPML – Doel: taalkeuze – Bewaartermijn: sessie""",
    ),
    (
        "doc-15",
        "document",
        "none",
        """Cameratoezicht

Op het terrein en in de showroom van De Wit Tuinmeubelen hangen camera's. De beelden worden gebruikt ter bescherming van eigendommen en ter voorkoming van diefstal. Met pictogrammen bij de ingang maken wij kenbaar dat er camera's hangen. De beelden worden opgeslagen op een recorder van Hikvision in een afgesloten ruimte en na 28 dagen automatisch overschreven, tenzij er sprake is van een incident. Alleen de bedrijfsleider en de directie van De Wit Tuinmeubelen hebben toegang tot de beelden.""",
    ),
    (
        "doc-16",
        "document",
        "none",
        """Klachtenregeling Huisartsenpraktijk De Linde

Heeft u een klacht over de behandeling of over de bejegening door een van onze medewerkers? Bespreek het eerst met de betrokken medewerker. Komt u er samen niet uit, dan kunt u contact opnemen met onze klachtenfunctionaris, ⟦P|Josien Harkema⟧, via het algemene nummer van de praktijk. De klachtenfunctionaris is onafhankelijk en behandelt uw klacht vertrouwelijk. Leidt dit niet tot een oplossing, dan kunt u zich wenden tot de Geschillencommissie Huisartsenzorg.""",
    ),
    (
        "doc-17",
        "document",
        "none",
        """Over Ons

In 1962 begon ⟦P|Gerrit Verhoeven⟧ met een bestelbus en een gereedschapskist een loodgietersbedrijf in Leusden. ⟦P|Verhoeven⟧ senior deed alles zelf: de offertes, de klussen en 's avonds de boekhouding. Zoon ⟦P|Lubbert⟧ nam het bedrijf in 1991 over en breidde uit met cv-installaties. Inmiddels werken er bij Verhoeven Installatietechniek ruim zestig vakmensen, en is Verhoeven erkend installateur voor Daikin, Vaillant en Remeha.""",
    ),
    (
        "doc-18",
        "document",
        "none",
        """Jaarverslag 2025 – Bestuur en Toezicht

De Raad van Bestuur van Zorgcollectief Eemland bestond in 2025 uit drs. ⟦P|Marjolein Tabak⟧ (voorzitter) en ⟦P|Erwin Gerritsma⟧ RA (lid, financiën). In september trad ⟦P|Tabak⟧ terug; zij wordt tot de benoeming van een opvolger vervangen door ⟦P|Gerritsma⟧. De Raad van Toezicht vergaderde zes keer, onder meer over de overstap naar het elektronisch cliëntdossier van Nedap Ons en de nieuwe huisvesting aan de Dr. Schaepmanstraat.""",
    ),
    (
        "doc-19",
        "document",
        "none",
        """Herroepingsrecht

U kunt een overeenkomst met Lampenhuis Roos tot 14 dagen na ontvangst van het product zonder opgave van redenen ontbinden. Lampenhuis Roos mag u vragen naar de reden, maar u bent niet verplicht die te geven. Gebruik hiervoor het modelformulier voor herroeping of stuur een e-mail naar retour@lampenhuisroos.nl. Het product stuurt u terug naar Lampenhuis Roos, Zuiderhavenweg 14, 8011 BK Zwolle. De kosten voor het terugsturen zijn voor uw rekening. Producten van Philips Hue en Ledvance die op maat zijn afgesteld, vallen niet onder het herroepingsrecht.""",
    ),
    (
        "doc-20",
        "document",
        "none",
        """Beleid Wachtwoorden en Toegang

Iedere medewerker gebruikt voor zakelijke accounts de wachtwoordmanager Bitwarden. Wachtwoorden bestaan uit minimaal 14 tekens of een wachtzin van vier woorden. Voor Microsoft 365, Exact Online en de VPN (Cisco Secure Client) is tweestapsverificatie verplicht. Het is niet toegestaan wachtwoorden te delen via Teams, WhatsApp of post-its. Verlies van een telefoon met Microsoft Authenticator meld je direct bij de Servicedesk. Staat een account 90 dagen stil, dan wordt het automatisch geblokkeerd.""",
    ),
    (
        "doc-21",
        "document",
        "none",
        """Wat is er nieuw in Bouwmeester Cloud 7.0

Bouwmeester Cloud 7.0 brengt een vernieuwd dashboard, een koppeling met Buienradar voor de weersverwachting op de bouwplaats en een integratie met Snappet voor leerbedrijven. De module Nacalculatie heet voortaan Projectresultaat. De ondersteuning voor Internet Explorer 11 en Windows 8.1 vervalt. Gebruikers van Bouwmeester Desktop 6.x kunnen tot 31 december 2026 gratis overstappen.""",
    ),
    (
        "doc-22",
        "document",
        "none",
        """Privacy op school – Sint-Jozefscollege Sint-Niklaas

Onze school gebruikt Smartschool voor de communicatie met ouders en leerlingen, Bingel en Diddit voor oefeningen, en Google Workspace for Education voor taken. Met alle leveranciers is een verwerkersovereenkomst gesloten. Foto's van schoolactiviteiten publiceren wij alleen met de toestemming van de ouders, die u op elk moment kunt intrekken. Het aanspreekpunt informatieveiligheid is ⟦P|Wim Dierickx⟧, ICT-coördinator, bereikbaar via ⟦E|wim.dierickx@sjc-sintniklaas.be⟧.""",
    ),
    (
        "doc-23",
        "document",
        "none",
        """We're hiring: Cloud Engineer (Amersfoort or remote)

Ostendorf Digital builds the platforms behind some of the largest webshops in the Benelux. As a Cloud Engineer you will work with Kubernetes, Terraform, Azure and a healthy amount of Go. You report to our Head of Platform and work closely with the Security Lead. We offer a MacBook Pro or a ThinkPad of your choice, a budget for conferences like KubeCon and Devoxx, and four-day work weeks. Questions? Mail jobs@ostendorf.digital.""",
    ),
    (
        "doc-24",
        "document",
        "none",
        """Maatschappelijke Betrokkenheid

In 2025 steunde Hendriks & Zonen het Ronald McDonald Huis in Groningen met een sponsorloop en het Prinses Máxima Centrum met een kerstactie. Ons technisch team won de Cornelia Roosenboomprijs voor duurzaam bouwen, uitgereikt door de Stichting Anton Westerhout Fonds. Daarnaast bieden we elk jaar twee stageplaatsen aan studenten van het Alfa-college en Hogeschool Windesheim.""",
    ),
    (
        "doc-25",
        "document",
        "none",
        """Huisregels Vergaderruimtes

De vergaderruimtes Lorentz, Kamerlingh Onnes, Curie en Einstein zijn te boeken via Outlook of de Teams Rooms-tablet naast de deur. In Lorentz en Curie staat een Microsoft Surface Hub 2S; in Einstein een Logitech Rally Bar Mini. Reserveer nooit langer dan vier uur achter elkaar. Laat de ruimte achter zoals je hem aantrof en meld defecten bij Facilitaire Zaken. Catering bestel je uiterlijk een dag vooraf via het Facilitair Portaal.""",
    ),
    (
        "doc-26",
        "document",
        "none",
        """Contact over privacy

Heeft u vragen over deze privacyverklaring of over de manier waarop Fietsenhuis Lindeboom met uw gegevens omgaat? Neem dan contact op met onze contactpersoon privacy, ⟦P|Tjeerd Lindeboom⟧, via privacy@fietsenhuis-lindeboom.nl of telefonisch via ons winkelnummer 050 313 27 80. Fietsenhuis Lindeboom is gevestigd aan de Oosterstraat 62 in Groningen.""",
    ),
    (
        "doc-27",
        "document",
        "none",
        """Huurvoorwaarden Vakantiewoningen De Zeeuwse Kust

1. Onder Huurder wordt verstaan de persoon die de boeking heeft gedaan en de huurprijs betaalt; onder Verhuurder: De Zeeuwse Kust B.V.
2. De Huurder ontvangt de sleutel via de sleutelkluis bij de receptie van Hotel Zeeuwse Stromen, Boulevard de Ruyter 4 in Vlissingen.
3. Huisdieren zijn alleen toegestaan in de woningen Jacoba en Adriana.
4. De woning dient op de vertrekdag om 10.00 uur bezemschoon te worden opgeleverd.""",
    ),
    (
        "doc-28",
        "document",
        "none",
        """Changelog versie 1.8.0 van de open-source bibliotheek nlpostcode

- Nieuwe functie valideer_huisnummer() (bijdrage van @⟦P|mvanleeuwen⟧).
- Snellere lookup van postcodes dankzij een SQLite-index (@⟦P|pkrol⟧).
- Documentatie vertaald naar het Engels door @⟦P|a-oosterbaan⟧.
- Dependency-updates via @dependabot en @renovate-bot.
- Python 3.8 wordt niet meer ondersteund.

Met dank aan alle bijdragers; speciale dank aan ⟦P|Pepijn Krol⟧ voor het onderhouden van de testset.""",
    ),
    (
        "doc-29",
        "document",
        "none",
        """Functieprofiel Junior Accountmanager Zakelijke Markt

De Junior Accountmanager rapporteert aan de Commercieel Directeur en werkt nauw samen met de Binnendienst en de afdeling Marketing. Hij of zij onderhoudt contacten met bestaande klanten, signaleert kansen voor nieuwe diensten en legt alle contactmomenten vast in HubSpot. Vereist: hbo-werk- en denkniveau, rijbewijs B, goede beheersing van Nederlands en Engels. Ervaring met Salesforce of Microsoft Dynamics is een pre.""",
    ),
    (
        "doc-30",
        "document",
        "none",
        """Escalatieprocedure Storingen Klantportaal

Eerste lijn: de Servicedesk registreert de melding in TOPdesk en probeert binnen 30 minuten een oplossing te vinden.
Tweede lijn: Applicatiebeheer (aanspreekpunt ⟦P|Rutger Hofstede⟧) analyseert de logs in Azure Monitor en Grafana.
Derde lijn: de leverancier Centric, via het supportportaal en bij prioriteit 1 telefonisch.
Bij een storing langer dan twee uur informeert de Teamleider Klantcontact de directie en plaatst Communicatie een bericht op de statuspagina. Evaluatie volgt binnen vijf werkdagen in het Probleemmanagement-overleg.""",
    ),
    (
        "doc-31",
        "document",
        "none",
        """Huisregels Sportcentrum De Wolf

Welkom bij Sportcentrum De Wolf! Om het voor iedereen prettig te houden, vragen wij je deze regels na te leven. Gebruik altijd een handdoek op de apparaten. Leg gewichten terug in het rek. De groepslessen (Spinning, BodyPump en Yoga) reserveer je via de app Virtuagym, uiterlijk een uur van tevoren. Wie drie keer niet komt opdagen zonder af te melden, kan een week niet reserveren. De leiding van De Wolf kan de toegang ontzeggen bij wangedrag.""",
    ),
    (
        "doc-32",
        "document",
        "none",
        """Privacyverklaring App Fietsmaatje

Fietsmaatje is een app van Stichting Samen Op Weg waarmee vrijwilligers ouderen meenemen op de duofiets. Voor het plannen van ritten verwerken we je naam, telefoonnummer en voorkeursdagen. Locatiegegevens gebruiken we alleen tijdens een rit, zodat de coördinator kan zien waar een duofiets is; die gegevens worden na 24 uur verwijderd. De app gebruikt Firebase van Google voor pushberichten en Sentry voor foutmeldingen. We verkopen nooit gegevens aan derden.""",
    ),
    (
        "doc-33",
        "document",
        "none",
        """Disclaimer

Wat in dit bericht staat, is alleen bedoeld voor wie het is geadresseerd. Kreeg u het per vergissing? Laat het de afzender dan even weten en wis het bericht, ook uit uw prullenbak. Zonder onze toestemming mag niemand de inhoud gebruiken of doorsturen. Hendriks & Zonen is niet aansprakelijk als een bericht onvolledig, vertraagd of met een virus aankomt. Print deze mail alleen als het echt nodig is.""",
    ),
    (
        "doc-34",
        "document",
        "none",
        """Garantievoorwaarden

Op alle nieuwe apparaten die u bij Witgoedcentrum Noord koopt, geldt de fabrieksgarantie van het merk. Voor Bosch, Siemens en Miele is dat twee jaar, voor Philips-scheerapparaten vijf jaar na registratie op de website van Philips. Wasmachines van AEG en Samsung hebben tien jaar garantie op de motor. Witgoedcentrum Noord verzorgt de afhandeling met de fabrikant. Schade door verkeerd gebruik, kalkaanslag of een val valt niet onder de garantie.""",
    ),
    (
        "doc-35",
        "document",
        "none",
        """Onderhoudscontract – Bijzondere Bepalingen

Artikel 4. De Installateur voert het jaarlijks onderhoud uit tussen 1 april en 1 oktober. De Klant zorgt dat de Installatie goed bereikbaar is. Storingen buiten kantoortijden meldt de Klant via het storingsnummer; de Installateur is binnen vier uur ter plaatse. Het contract omvat onderdelen tot € 150 per jaar, met uitzondering van de warmtewisselaar, de printplaat en de Toon- of Nest-thermostaat.""",
    ),
    (
        "doc-36",
        "document",
        "none",
        """Vacature Technieker Buitendienst – Vandewalle Kozijnen

Als technieker buitendienst plaats en herstel je ramen en deuren bij klanten in West-Vlaanderen en Oost-Vlaanderen. Je vertrekt 's morgens vanuit ons atelier in Roeselare met een volledig uitgeruste bestelwagen. Je hebt een technisch diploma of gelijkwaardige ervaring en een rijbewijs B. Solliciteren? Neem contact op met ⟦P|Brecht Vanhoutte⟧, werfleider, op ⟦T|+32 478 52 19 66⟧.""",
    ),
    (
        "doc-37",
        "document",
        "none",
        """Bewaartermijnen Sollicitatiegegevens

Gegevens van sollicitanten bewaart Hendriks & Zonen tot vier weken na afloop van de sollicitatieprocedure. Met toestemming van de sollicitant bewaren wij het cv maximaal één jaar voor toekomstige vacatures. Referenties worden alleen nagetrokken met toestemming van de sollicitant. Een online search via LinkedIn gebeurt alleen als dat in de vacaturetekst is vermeld. Sollicitaties verlopen via het sollicitatiesysteem Recruitee, dat in de EU wordt gehost.""",
    ),
    (
        "doc-38",
        "document",
        "none",
        """Interne Mededeling

Van: Directie
Aan: Alle medewerkers
Onderwerp: Nieuwe Preventiemedewerker

Per 1 mei neemt ⟦P|Gülşen Arslan⟧ de rol van Preventiemedewerker over van ⟦P|Henk Oosterwijk⟧, die na 31 jaar met pensioen gaat. ⟦P|Gülşen⟧ is bereikbaar via Teams en op toestel 418. De BHV-cursus van dit voorjaar wordt gegeven door een instructeur van het Oranje Kruis in de zaal Kamerlingh Onnes.""",
    ),
    (
        "doc-39",
        "document",
        "none",
        """Gebruiksvoorwaarden Klantportaal

De Gebruiker is verantwoordelijk voor het geheimhouden van zijn inloggegevens. Het Klantportaal mag niet worden gebruikt voor het verspreiden van virussen, spam of materiaal dat inbreuk maakt op rechten van derden. Witgoedcentrum Noord mag het Klantportaal tijdelijk buiten gebruik stellen voor onderhoud. De Gebruiker ontvangt een bericht in het Klantportaal als de voorwaarden wijzigen; blijft de Gebruiker het Klantportaal daarna gebruiken, dan gelden de gewijzigde voorwaarden.""",
    ),
    (
        "doc-40",
        "document",
        "none",
        """Colofon

Het Hendriks & Zonen Magazine verschijnt vier keer per jaar en wordt verstuurd aan klanten, relaties en medewerkers.
Hoofdredactie: ⟦P|Wietske Velthuis⟧
Redactie: ⟦P|Ferry Zijlstra⟧, ⟦P|Demi Hartgers⟧
Fotografie: ⟦P|Sjoerd Kampinga⟧
Vormgeving: Studio Ongerijmd, Zwolle
Druk: Drukkerij Jansen & Co, Meppel
Niets uit deze uitgave mag zonder toestemming van de redactie worden overgenomen.""",
    ),
]

MX = [
    (
        "mx-01",
        "email",
        "none",
        """Hoi Facilitair, zie hieronder. Kunnen jullie dit oppakken?

---------- Doorgestuurd bericht ---------
Van: ⟦P|Annemiek Voskuilen⟧ <⟦E|annemiek@voskuilenadvies.nl⟧>
Datum: di 3 mrt 2026 om 10:12
Onderwerp: Re: offerte kantoorinrichting
Aan: ⟦P|Folkert Terpstra⟧ <⟦E|f.terpstra@hendriksenzonen.nl⟧>

Beste ⟦P|Folkert⟧,

Dank voor het prettige gesprek van vorige week. Zoals besproken stellen we voor de vergaderruimte een Steelcase-tafel voor met zes Vitra-stoelen, en voor de werkplekken de Ahrend 500-bureaus. De offerte volgt vrijdag; de showroom in Nieuwegein is vanaf 16 maart weer open als u de stoelen wilt proberen.

Met vriendelijke groet,
⟦P|Annemiek Voskuilen⟧
Voskuilen Advies | Werkplekinrichting""",
    ),
    (
        "mx-02",
        "chat",
        "none",
        """[12-03-2026 09:14] ⟦P|Kim Hoefnagels⟧: Goedemorgen! Doet de printer bij de kantine het bij jullie? Mijn printopdracht komt er niet uit
[12-03-2026 09:15] ⟦P|Stefan Wijnberg⟧: Nee, bij mij ook niet. Staat op 'papierstoring lade 2'
[12-03-2026 09:17] ⟦P|Kim Hoefnagels⟧: Helaas. Ik moet om 10 uur de notulen van het MT klaar hebben 😬
[12-03-2026 09:18] ⟦P|Rinse⟧ ICT: Ik kom eraan. Print intussen maar op de Ricoh bij de receptie, die heet RICOH-BG-01
[12-03-2026 09:31] ⟦P|Rinse⟧ ICT: Opgelost, er zat een nietje in de fuser. Graag geen geniete vellen in de papierlade 🙏
[12-03-2026 09:32] ⟦P|Stefan Wijnberg⟧: Top, dank je!""",
    ),
    (
        "mx-03",
        "email",
        "none",
        """Notulen Teamoverleg Klantenservice – 5 maart 2026

Aanwezig: ⟦P|Hiltje Sloothaak⟧ (voorzitter), ⟦P|Gökhan Demirci⟧, ⟦P|Carlijn Bosveld⟧, ⟦P|Siebe Teeuwen⟧, ⟦P|Aafke Jellema⟧ (notulen)
Afwezig: ⟦P|Jan-Willem Knoop⟧ (⟦H|herstelt van een knieoperatie⟧)

1. Opening
⟦P|Hiltje⟧ opent om 9.30 uur en heet ⟦P|Siebe⟧ welkom als nieuwe collega.
2. Nieuw telefoniesysteem
Per 1 april gaan we over van Ziggo Zakelijk naar Voys. ⟦P|Gökhan⟧ volgt de training en legt de wachtrijen vast.
3. Klantenportaal
Klanten klagen dat ze in de app 'Mijn Witgoed' hun facturen niet zien. ⟦P|Carlijn⟧ meldt dit bij Centric.
Actiepunten: ⟦P|Gökhan⟧ – wachtrijen Voys; ⟦P|Carlijn⟧ – melding Centric; ⟦P|Aafke⟧ – rooster april.""",
    ),
    (
        "mx-04",
        "email",
        "none",
        """Uitnodiging: Kwartaaloverleg Q1 @ do 19 mrt 2026 14:00 - 15:30 (CET)

Organisator: ⟦P|Lisanne Koopmans⟧ <⟦E|l.koopmans@bouwmeester-software.nl⟧>
Locatie: Vergaderzaal Van Gogh, Willem de Zwijgerlaan 350, Haarlem / Microsoft Teams
Deelnemers: ⟦P|Hugo Ketelaar⟧, ⟦P|Quirine Wolters⟧, ⟦P|Maurits Ebbers⟧, Ruimte-Van Gogh

Agenda
1. Cijfers Q1 (⟦P|Hugo⟧)
2. Roadmap Bouwmeester Cloud 7.1 (⟦P|Quirine⟧)
3. Rondvraag

Deelnemen via Microsoft Teams (link in de agenda-uitnodiging)
Meeting-id: 372 918 445 102""",
    ),
    (
        "mx-05",
        "email",
        "none",
        """Nieuwsbrief Buurtvereniging De Kastanje – Lente 2026

Op zaterdag 18 april is de jaarlijkse voorjaarsmarkt op het Thorbeckeplein. Kraampjes kunnen worden gereserveerd bij ⟦P|Hetty Brink⟧. Na afloop is er een borrel in Café De Jonge, waar eigenaar ⟦P|Frits⟧ de eerste ronde aanbiedt.

Afscheid
Na twaalf jaar stopt ⟦P|Gonnie Schaap⟧ als penningmeester. Wij danken haar voor al haar werk! Haar taak wordt overgenomen door ⟦P|Reinier Verduin⟧ van nummer 31.

Wijkagent
Onze nieuwe wijkagent is ⟦P|Wiebe Teunissen⟧. Hij houdt elke eerste woensdag van de maand spreekuur in buurthuis De Schakel.""",
    ),
    (
        "mx-06",
        "ticket",
        "none",
        """Onderwerp: verkeerde parfum ontvangen

Hallo, mijn naam is ⟦P|Chanel Ortega Ruiz⟧. Ik heb vorige week bestelling 2026-118734 geplaatst: Coco Mademoiselle van Chanel, 100 ml, als cadeau voor mijn moeder. Ik kreeg Chance Eau Tendre, ook van Chanel, maar dat is niet wat ik bestelde. En ja, een ⟦P|Chanel⟧ die Chanel bestelt, ik weet het 😄. Kan ik hem omruilen? Ik woon in ⟦L|Hoofddorp⟧ en kan hem ook in jullie winkel in Haarlem brengen, ik rij er toch langs met de Mercedes van mijn werk.

Groetjes,
⟦P|Chanel⟧
⟦T|06-38291746⟧""",
    ),
    (
        "mx-07",
        "ticket",
        "none",
        """Beste Tuincentrum Groenrijk,

Op 2 maart heb ik drie klimrozen 'New Dawn' en een stamroos 'Gloria Dei' besteld (order GR-55120). De klimrozen zijn prima aangekomen, maar de roos op stam was geknakt. Kunnen jullie een nieuwe sturen? Een foto van de geknakte roos zit in de bijlage. Ik heb trouwens ook nog een tegoedbon van de Roos & Lelie-actie, kan die hiervoor gebruikt worden?

Vriendelijke groet,
⟦P|Roos Hagedoorn⟧
⟦A|Klaprooslaan 7⟧, ⟦PC|6721 GH⟧ ⟦L|Bennekom⟧""",
    ),
    (
        "mx-08",
        "ticket",
        "none",
        """Klant: ⟦P|P.J. Braun⟧
Klantnummer: ⟦C|K-2093318⟧
Product: Braun MultiQuick 9 staafmixer + Bosch-hakmolen (bundel)
Omschrijving: De staafmixer slaat na tien seconden af en de lampjes knipperen. De hakmolen van Bosch past er ook niet goed op.

Reactie medewerker:
Beste meneer ⟦P|Braun⟧, dank voor uw melding. Dat knipperen wijst op een oververhitte motor. Omdat het product binnen de garantie valt, sturen wij u kosteloos een nieuwe Braun MultiQuick. De hakmolen hoort bij een ander model; die mag u retour sturen.
Met vriendelijke groet, ⟦P|Roelie Bogaard⟧, klantenservice Keukenwinkel.nl""",
    ),
    (
        "mx-09",
        "email",
        "none",
        """Van: ⟦P|Wendy Philips⟧ <⟦E|wendyphilips77@gmail.com⟧>
Onderwerp: OneBlade defect

Goedemiddag,

Mijn Philips OneBlade Pro 360 stopt na twee minuten scheren. Ik heb hem in november bij jullie gekocht, factuurnummer F-2025-44871. Kan ik hem opsturen of moet ik naar Philips zelf?

Met vriendelijke groet,
⟦P|Wendy Philips⟧

---
Beste mevrouw ⟦P|Philips⟧,

Wat vervelend! U kunt het apparaat gratis naar ons retourcentrum sturen; wij regelen de reparatie of vervanging met Philips.

Hartelijke groet,
⟦P|Taco⟧ | Klantenservice Witgoedcentrum Noord""",
    ),
    (
        "mx-10",
        "ticket",
        "none",
        """Afspraak werkplaats

Klant ⟦P|Reginald Amatsaleh⟧ komt donderdag om 8.00 uur met zijn Jaguar E-Pace (kenteken ⟦LP|R-874-XK⟧) voor de grote beurt en een nieuwe set Michelin Pilot Sport-banden. Hij wacht niet; graag een leenauto klaarzetten, bij voorkeur de Range Rover Evoque of anders de Volvo XC40. Contact: ⟦T|+31 6 51 09 37 28⟧. Let op: de Jaguar heeft een storing aan het InControl-scherm, die wil hij ook laten nakijken.""",
    ),
    (
        "mx-11",
        "chat",
        "none",
        """Klant: Hallo, ik heb bij jullie een iPhone 15 gekocht maar Apple Pay wil mijn ING-pas niet toevoegen. 'Kaart kan niet worden toegevoegd'
Medewerker: Hoi! Wat vervelend. Mag ik je naam?
Klant: ⟦P|Ottilie Appel⟧ 🙂 ja echt, ⟦P|Appel⟧ met een iPhone haha
Medewerker: Haha, mooi! ⟦P|Ottilie⟧, heb je de ING-app al bijgewerkt en staat Apple Pay daar aan bij Instellingen > Betalen?
Klant: Ah nee, die stond uit. Nu werkt het!
Medewerker: Top. Fijne dag nog! Groet, ⟦P|Noud⟧""",
    ),
    (
        "mx-12",
        "ticket",
        "none",
        """Onderwerp: Ivar-stelling incompleet

Goedendag,

Ik heb de IVAR-stelling (grenen, 174x30x179) bij jullie afgehaald, maar in pakket 2 van 3 ontbreken de X-kruizen. Zonder die kruizen staat de kast niet stevig. Zijn de onderdelen los te bestellen?

Vriendelijke groet,
⟦P|Ivar Lundgren⟧ (ja, echt 😉)
⟦A|Molenweg 19⟧
⟦PC|7241 CD⟧ ⟦L|Lochem⟧""",
    ),
    (
        "mx-13",
        "chat",
        "none",
        """[08-03-2026 20:41] ⟦P|Billy Verstappen⟧: hoi, waar staan de planken voor de Billy boekenkast? De handleiding zegt 6 maar er zitten er 5 in de doos
[08-03-2026 20:44] Meubelplein Noord: Hallo ⟦P|Billy⟧! Leuk, een Billy voor ⟦P|Billy⟧ 😄 Welke kleur en welk formaat heb je?
[08-03-2026 20:45] ⟦P|Billy Verstappen⟧: wit, 80x28x202
[08-03-2026 20:47] Meubelplein Noord: Dank je. We sturen een extra plank op. Klopt het adres ⟦A|Boterbloemstraat 23⟧ in ⟦L|Biddinghuizen⟧ nog?
[08-03-2026 20:47] ⟦P|Billy Verstappen⟧: ja klopt""",
    ),
    (
        "mx-14",
        "chat",
        "none",
        """Klant: mijn bezorging van Deen is niet gekomen. bestelnummer 88120-DN, tijdvak 18-20 uur
Medewerker: Wat vervelend! Mag ik je naam?
Klant: ⟦P|Marjon Deen⟧. Ja, ik heet zelf ook ⟦P|Deen⟧ 😅
Medewerker: Haha, dan zit je goed bij Deen! Ik zie dat de chauffeur je niet kon bereiken op ⟦T|06 17 28 39 40⟧. Zullen we het morgen tussen 8 en 10 uur opnieuw proberen?
Klant: graag""",
    ),
    (
        "mx-15",
        "email",
        "none",
        """Beste klantenservice,

Twee weken geleden heb ik bij Leen Bakker in Zutphen een hoekbank laten bezorgen (model Modena, stof Velvet Groen). Nu blijkt een van de poten gescheurd, en het kussen van de chaise longue heeft een vlek. Moet ik terug naar dezelfde winkel of komt er iemand langs? En nee, de winkel is niet naar mij vernoemd, al heet ik wel ⟦P|Leen⟧.

Met vriendelijke groet,
⟦P|Leen Mulderij⟧

P.S. Overdag ben ik thuis, dus een monteur kan altijd langskomen.""",
    ),
    (
        "mx-16",
        "ticket",
        "none",
        """Retour kleding

Hallo, ik ben ⟦P|Zara Lemmens⟧ en heb via de app van Zara een trenchcoat en twee overhemden besteld als verjaardagscadeau. De overhemden zijn prima, maar de trenchcoat kwam met een kapotte rits aan. Graag een nieuwe, het feestje is zaterdag! Bestelnummer 51027744-ZR. Het is wel grappig om als ⟦P|Zara⟧ een klacht bij Zara in te dienen 🙂

Vriendelijke groet, ⟦P|Zara⟧""",
    ),
    (
        "mx-17",
        "email",
        "erasure",
        """Geachte heer, mevrouw,

Ik wil graag dat u mijn account en al mijn gegevens uit uw systemen verwijdert. Ik bestel niet meer bij u en wil ook de nieuwsbrief niet meer ontvangen. Het gaat om het account op naam van ⟦P|Cornelis Timmers⟧, ⟦A|Johan de Wittstraat 112⟧, ⟦PC|2266 AE⟧ ⟦L|Stompwijk⟧, e-mail ⟦E|kees.timmers@ziggo.nl⟧. Graag een bevestiging als het is gebeurd.

Met vriendelijke groet,
⟦P|C. Timmers⟧""",
    ),
    (
        "mx-18",
        "email",
        "none",
        """Reservering bevestigd – Café De Jonge

Beste mevrouw ⟦P|Van Ommeren⟧,

Hartelijk dank voor uw reservering! Wij verwachten u op zaterdag 28 maart om 19.00 uur met 6 personen. U heeft een tafel in de serre. Graag vernemen wij vooraf als er dieetwensen zijn.

Café De Jonge
Burgemeester de Monchyplein 3
Telefoon 070 362 11 09

Tot ziens!
⟦P|Annelies de Jonge⟧""",
    ),
    (
        "mx-19",
        "email",
        "none",
        """Beste meneer ⟦P|Huisman⟧,

Hartelijk dank voor uw gift van € 250 aan de Stichting Marianne van Dorp Fonds. Met uw bijdrage kunnen wij opnieuw drie jonge musici een studiebeurs geven. Het bedrag is op 4 maart ontvangen van rekening ⟦IBAN|NL44 INGB 5736 8193 03⟧. Voor de Belastingdienst is de stichting aangemerkt als ANBI.

De uitreiking van de Marianne van Dorp Beurzen vindt plaats op 15 mei in het Concertgebouw in Haarlem. U bent van harte welkom!

Met vriendelijke groet,
drs. ⟦P|Hester Lanting⟧, secretaris""",
    ),
    (
        "mx-20",
        "email",
        "none",
        """Boekingsbevestiging Veerdienst Texel

Vaartuig: MS Dokter Wagemaker
Vertrek: Den Helder, vrijdag 10 april 2026, 10:30
Reizigers: ⟦P|Yvonne Stuifbergen⟧, ⟦P|Geert Stuifbergen⟧, 2 kinderen (4–11 jaar)
Voertuig: personenauto, kenteken ⟦LP|HV-917-P⟧
Terugreis: MS Texelstroom, maandag 13 april 2026, 16:00

Uw boekingsnummer is TX-4471832. Wij adviseren u 30 minuten voor vertrek aanwezig te zijn.""",
    ),
    (
        "mx-21",
        "email",
        "none",
        """Je treinreis met Eurostar

Boeking: QXTWPR
Reiziger 1: ⟦P|Femke Oldenkamp⟧, geboren ⟦DOB|14-07-1988⟧
Reiziger 2: ⟦P|Joris Oldenkamp⟧, geboren ⟦DOB|02-11-1986⟧
Schiphol Airport – Paris Nord, vrijdag 24 april 2026, 08:16, rijtuig 12, stoel 61 en 62
Terug met de TGV INOUI naar Brussel-Zuid en daarna de IC naar Antwerpen-Centraal.

Je e-ticket staat in de NS International-app. Neem een geldig paspoort of een identiteitskaart mee.""",
    ),
    (
        "mx-22",
        "email",
        "none",
        """Notulen Algemene Ledenvergadering VvE Prins Bernhardflat – 10 maart 2026

Aanwezig: mevr. ⟦P|T. Harkink⟧ (nr. 3), dhr. ⟦P|A. Oudshoorn⟧ (nr. 8), fam. ⟦P|El Khattabi⟧ (nr. 11), mevr. ⟦P|J. Poortvliet⟧ (nr. 14), dhr. ⟦P|R. Snijders⟧ (nr. 21, voorzitter)
Met volmacht: dhr. ⟦P|B. Kaptein⟧ (nr. 6), vertegenwoordigd door ⟦P|Oudshoorn⟧

1. Onderhoud lift
De voorzitter meldt dat Kone de lift in juni moderniseert. ⟦P|Harkink⟧ vraagt of er een traplift komt voor bewoners die slecht ter been zijn.
2. Zonnepanelen
Het aanbod van Zonneplan wordt besproken. ⟦P|Poortvliet⟧ en ⟦P|Snijders⟧ vormen een werkgroep.""",
    ),
    (
        "mx-23",
        "email",
        "none",
        """Nieuwsbrief OBS De Regenboog – week 11

Groep 4/5
Juf ⟦P|Hinke⟧ ⟦H|verwacht in mei haar tweede kindje⟧ en is vanaf maandag met verlof. Wij wensen haar een fijne tijd! Tot de zomervakantie staan juf ⟦P|Sabine Vermeulen⟧ (ma–wo) en meester ⟦P|Ahmed Tahiri⟧ (do–vr) voor de klas.

Koningsspelen
Op vrijdag 24 april doen we mee aan de Koningsspelen op het sportveld aan de Koningin Julianalaan. Hulpouders kunnen zich aanmelden via Parro.

Verkeersexamen
Alle leerlingen van groep 7 zijn geslaagd voor het theoretisch verkeersexamen. Gefeliciteerd!""",
    ),
    (
        "mx-24",
        "email",
        "none",
        """Clubblad VV Oranje Boys – maart 2026

Wat een seizoen voor onze JO15-1! Onder leiding van trainer ⟦P|Evert Scholtens⟧ werden ze ongeslagen najaarskampioen. Topscorer ⟦P|Noah Bruggink⟧ scoorde 23 keer. Op 21 maart gaat het team naar het jeugdtoernooi van Go Ahead Eagles in De Adelaarshorst.

Vrijwilliger van de maand: ⟦P|Trees Wolbers⟧, die al 25 jaar elke zaterdag de kantine draait. ⟦P|Trees⟧, bedankt!

Sponsor in het zonnetje: Slagerij Van Rossum en Bakkerij Jansen zijn nieuwe shirtsponsors van de veteranen.""",
    ),
    (
        "mx-25",
        "email",
        "none",
        """Nieuwsbrief Wijkraad Tereken – april 2026

Op zaterdag 25 april organiseren we een buurtfeest op het Sint-Nicolaasplein, met optredens van de Koninklijke Harmonie Sint-Cecilia. Vrijwilligers voor de toog kunnen zich melden bij ⟦P|Mieke Van Damme⟧.

Proficiat aan ⟦P|Ilke De Smedt⟧, die haar master Bouwkunde behaalde aan de Thomas More Hogeschool, en aan ⟦P|Jef Goossens⟧, die 50 jaar lid is van de schuttersgilde Sint-Sebastiaan.

De werken aan de Mercatorstraat duren nog tot eind mei. De Lijn-bus 98 rijdt tot dan om via de Prins Boudewijnlaan.""",
    ),
    (
        "mx-26",
        "email",
        "none",
        """Subject: Missing pallets – shipment 4500183920

Dear team,

Our warehouse in Duisburg received only 11 of the 14 pallets you shipped on 2 March. The CMR was signed by our driver ⟦P|Marek Nowak⟧ without remarks, but the trailer seal was already broken when he arrived. Could you please check with Brinkman Logistiek and DHL Freight where the remaining pallets are?

Kind regards,
⟦P|Hannah Schulte⟧
Supply Chain Coordinator
⟦T|+49 171 4482 930⟧""",
    ),
    (
        "mx-27",
        "chat",
        "none",
        """[15-03-2026 19:02] ⟦P|Marian Bekkers⟧: Weet iemand het wachtwoord van de nieuwe wifi? Die van Odido?
[15-03-2026 19:03] ⟦P|Thomas⟧: Staat op de achterkant van de router. Netwerk heet Odido-8C21
[15-03-2026 19:05] ⟦P|Marian Bekkers⟧: Die sticker zit er niet meer op 😩
[15-03-2026 19:06] ⟦P|Eline⟧: Mam, je kunt hem ook in de Odido-app zien. Onder Thuis > Wifi > Wachtwoord tonen
[15-03-2026 19:10] ⟦P|Marian Bekkers⟧: Gelukt!! Nu nog de Chromecast van opa
[15-03-2026 19:11] ⟦P|Thomas⟧: Dat doe ik zondag wel""",
    ),
    (
        "mx-28",
        "chat",
        "none",
        """SMS van 06-nummer ⟦T|06 29 84 17 63⟧, 11 mrt 2026 07:48:
Goedemorgen, met ⟦P|Wilma Gortemaker⟧. De monteur van Eneco zou vandaag tussen 8 en 12 komen voor de Toon, maar ik moet om 11 uur naar het ziekenhuis. Kan hij als eerste bij mij langs? Adres is ⟦A|Dr. Zamenhofstraat 48⟧ in ⟦L|Enschede⟧.

Antwoord 11 mrt 2026 08:02:
Beste mevrouw ⟦P|Gortemaker⟧, de monteur komt om 8.30 uur. Met vriendelijke groet, planning Installatiebedrijf Velderman""",
    ),
    (
        "mx-29",
        "email",
        "none",
        """Hoi ⟦P|Romy⟧,

Zie de mail van ⟦P|Geert⟧ hieronder. Kun jij hem terugbellen over de licenties?

Groet, ⟦P|Kasper⟧

Van: ⟦P|Geert Zwanenburg⟧ <⟦E|geert@zwanenburg-bouwadvies.nl⟧>
Verzonden: maandag 9 maart 2026 16:44
Aan: Sales <sales@bouwmeester-software.nl>
CC: ⟦P|Linda Zwanenburg⟧ <⟦E|linda@zwanenburg-bouwadvies.nl⟧>
Onderwerp: Verlenging licenties Bouwmeester Desktop

Goedemiddag,

Onze drie licenties van Bouwmeester Desktop 6.4 verlopen op 1 april. Wij willen graag overstappen naar Bouwmeester Cloud, maar dan wel met de koppeling naar Snelstart. Kunnen jullie mij bellen op ⟦T|06 45 01 92 38⟧?

Met vriendelijke groet,
⟦P|Geert Zwanenburg⟧
Zwanenburg Bouwadvies, Zwanenburg""",
    ),
    (
        "mx-30",
        "ticket",
        "none",
        """Terugbetaling retour

Klantnummer: ⟦C|300418277⟧
Naam: ⟦P|Esra Yavuz⟧
Retour: Dyson V15 Detect (ordernummer 1104-77285)

Ik heb de stofzuiger op 20 februari via PostNL teruggestuurd en het retourlabel is gescand, maar ik heb nog geen geld terug. Graag terugstorten op ⟦IBAN|NL60 RABO 9458 0730 21⟧ t.n.v. ⟦P|E. Yavuz⟧. Dit is al mijn tweede mail hierover.""",
    ),
    (
        "mx-31",
        "email",
        "none",
        """Hoi ⟦P|Harmke⟧,

Even ter info voor de planning: ⟦P|Koen Verdonschot⟧ heeft zich vanochtend ziek gemeld. Hij heeft ⟦H|een hernia⟧ en mag van de huisarts voorlopig niet tillen. De bedrijfsarts van ArboNed ziet hem volgende week. Kun jij zijn ritten voor Albert Heijn en Jumbo verdelen over ⟦P|Sjors⟧ en ⟦P|Soufiane⟧?

Groet,
⟦P|Hilde Wigman⟧
Planning Brinkman Logistiek""",
    ),
    (
        "mx-32",
        "email",
        "none",
        """Kerkbrief Protestantse Gemeente Oosterbeek – maart

Op zondag 22 maart wordt ⟦P|Rianne Hogenkamp⟧ ⟦S|bevestigd als ouderling⟧. Wij zijn dankbaar dat zij deze taak op zich wil nemen.

Orgelconcert
In de Oude Kerk speelt organist ⟦P|Wouter van Buuren⟧ op 28 maart werken van Bach en Sweelinck op het Bätz-orgel. De opbrengst gaat naar de Stichting Jan Kuipers Fonds voor de restauratie van de toren.

Koffieochtend
Elke donderdag is er koffie in het zalencentrum De Ark.""",
    ),
    (
        "mx-33",
        "email",
        "none",
        """Beste ⟦P|Diederik⟧,

Zoals afgesproken een kort verslag van het gesprek met ⟦P|Zakaria Benali⟧ over zijn nieuwe rooster. ⟦P|Zakaria⟧ is ⟦S|lid van FNV Metaal⟧ en wil dat zijn vakbondsconsulent, ⟦P|Henri Lodewijks⟧, bij het vervolggesprek aanwezig is. Daar is niets op tegen. Ik stel voor het gesprek te plannen in de kleine vergaderzaal Stevin op dinsdag 17 maart om 10 uur.

Met vriendelijke groet,
⟦P|Annet Bruinsma⟧
HR-adviseur""",
    ),
    (
        "mx-34",
        "ticket",
        "rectification",
        """Onderwerp: verkeerd adres op mijn account

Goedemiddag, bij mijn account staat nog mijn oude adres. Ik ben verhuisd en wil graag dat dit wordt aangepast, anders komen mijn pakketten weer verkeerd aan.

Oud: ⟦A|Willem de Zwijgerlaan 41⟧, ⟦PC|1056 JK⟧ ⟦L|Amstelveen⟧
Nieuw: ⟦A|Jan Pieterszoon Coenstraat 9⟧, ⟦PC|3701 BK⟧ ⟦L|Zeist⟧

Mijn klantnummer is ⟦C|NL-0877415⟧.
Dank u wel, ⟦P|Jikke Schipper⟧""",
    ),
    (
        "mx-35",
        "email",
        "none",
        """Beste deelnemers,

Fijn dat jullie komen naar de workshop Microsoft Copilot op donderdag 2 april! Het adres is ons kantoor aan de Willem de Zwijgerlaan 350 in Haarlem (ingang naast Bagels & Beans). Parkeren kan in de garage aan de Admiraal de Ruijterweg; neem je de bus, dan stap je uit bij halte Leidsevaart.

Bij de receptie vraag je naar ⟦P|Oumaima⟧; zij brengt je naar de zaal Hugo de Groot op de vierde verdieping.

Tot donderdag!
⟦P|Tess Bakhuizen⟧, trainer""",
    ),
]

MX += [
    (
        "mx-36",
        "email",
        "none",
        """Reserveringsbevestiging Hotel Pincoffs

Gast: Dhr. ⟦P|W.F. Stoker⟧
Aankomst: woensdag 8 april 2026 – Vertrek: vrijdag 10 april 2026
Kamer: Superior Maaszicht, 2 nachten inclusief ontbijt in Restaurant Ocho
Contact: ⟦E|wf.stoker@kpnmail.nl⟧, ⟦T|06 50 33 18 72⟧

Wij kijken ernaar uit u te verwelkomen in het voormalige douanekantoor van Lodewijk Pincoffs. Parkeren kan in de garage naast het hotel.""",
    ),
    (
        "mx-37",
        "email",
        "none",
        """Persbericht – Jacoba van Beierenprijs 2026 voor ⟦P|Hanneke Stolwijk⟧

Gouda, 6 maart 2026 – De Jacoba van Beierenprijs, de tweejaarlijkse prijs voor vrouwelijk ondernemerschap in het Groene Hart, gaat dit jaar naar ⟦P|Hanneke Stolwijk⟧, oprichter van kaasmakerij De Goudse Hoeve. De jury, onder voorzitterschap van ⟦P|Paul Verdegaal⟧, roemt ⟦P|Stolwijk⟧ om haar duurzame bedrijfsvoering. De prijs wordt op 9 april uitgereikt in de Sint-Janskerk door de Commissaris van de Koning. Eerdere winnaars zijn onder anderen ⟦P|Cora Lindhout⟧ en ⟦P|Maaike Visschedijk⟧.""",
    ),
    (
        "mx-38",
        "email",
        "none",
        """Nieuwsbrief Vrienden van het Scheepvaartmuseum – voorjaar 2026

Vanaf 1 april is de tentoonstelling 'De Johan van Oldenbarnevelt: een schip met twee levens' te zien. Conservator ⟦P|Maarten Bleeker⟧ vertelt hoe het passagiersschip van de Stoomvaart Maatschappij Nederland later als Lakonia verging. Bijzonder is het scheepsjournaal dat ⟦P|Albert Zuidema⟧ uit ⟦L|Harlingen⟧ in bruikleen gaf; het was van zijn grootvader, die als stuurman aan boord was.

Ook de replica van de Prins Willem en de Halve Maen zijn in april weer te bezoeken.""",
    ),
    (
        "mx-39",
        "email",
        "none",
        """Van: Stichting Railhistorie Nederland
Aan: leden

Op zaterdag 16 mei rijdt het historische treinstel 'Rembrandt' van de vroegere TEE Rembrandt nog één keer van Zwolle naar Keulen. Kaartjes zijn te koop via de webshop; leden krijgen 15 % korting. Reisleider is ⟦P|Co Haverkamp⟧, die jarenlang als machinist op de Edelweiss en de Erasmus reed.

In memoriam: op 2 februari overleed ons erelid ⟦P|Gerard van der Kooij⟧ op 91-jarige leeftijd. ⟦P|Van der Kooij⟧ restaureerde onder meer de 'Mat '54' in het Spoorwegmuseum.""",
    ),
    (
        "mx-40",
        "ticket",
        "none",
        """Klacht levering

Naam: ⟦P|Kathleen Verstraete⟧
Adres: ⟦A|Kleibeekstraat 27⟧, ⟦PC|9100⟧ ⟦L|Sint-Niklaas⟧
Gsm: ⟦T|+32 486 71 20 39⟧
Bestelling: Bosch Serie 6 vaatwasser (SMV6ZCX00E)

Dag, de vaatwasser werd door bpost aan de deur gezet, maar de plaatsing die ik betaald had, is niet gebeurd. De chauffeur zei dat ik zelf moest bellen naar de installateur. Ik heb 79 euro extra betaald voor installatie. Wanneer komt er iemand? Vriendelijke groeten.""",
    ),
    (
        "mx-41",
        "chat",
        "none",
        """Klant: Hoi, mijn Picnic-bestelling is niet gekomen. Ik woon in ⟦L|Wilhelminadorp⟧, bezorgen jullie daar nog wel?
Medewerker: Hallo! Ja zeker, dat valt in het bezorggebied vanuit de hub in Goes. Mag ik je naam en postcode?
Klant: ⟦P|Gerda Keijzer⟧, ⟦PC|4454 AD⟧
Medewerker: Dank je ⟦P|Gerda⟧. Ik zie dat de elektrische bus een storing had. We bezorgen morgen tussen 17:00 en 18:00 en je krijgt de bezorgkosten terug.
Klant: Prima, dank je""",
    ),
    (
        "mx-42",
        "email",
        "none",
        """Beste Vakantiepark Julianaduin,

Wij hebben een chalet geboekt (nummer 54) van 1 t/m 8 augustus. Ik wil graag weten of onze hond mee mag. Wij wonen zelf in ⟦L|Julianadorp⟧, dus we komen op de fiets en hebben geen parkeerplaats nodig.

Hartelijke groet,
⟦P|Ria Dekkers⟧
⟦T|0223 64 19 72⟧""",
    ),
    (
        "mx-43",
        "email",
        "none",
        """Invitation: Vendor Review – Ubiquiti & Synology @ Tue 24 Mar 2026 15:00 – 16:00 (CET)

Organizer: ⟦P|Rahul Menon⟧ <⟦E|rahul.menon@ostendorf.digital⟧>
Location: Room Erasmus (3rd floor) / Zoom
Guests: ⟦P|Chloé Martin⟧, ⟦P|Jasper Veltkamp⟧, ⟦P|Ingeborg Dahl⟧

Agenda
– UniFi Enterprise support contract renewal
– Synology C2 vs. Backblaze B2 for offsite backups
– Any other business

Join Zoom Meeting: https://ostendorf.zoom.us/j/84511273390""",
    ),
    (
        "mx-44",
        "email",
        "none",
        """Verslag Projectoverleg Migratie Microsoft 365 – 11 maart 2026

Aanwezig: ⟦P|Renske Hooijer⟧ (projectleider), ⟦P|Joppe Vlaming⟧ (infra), ⟦P|Orlando Martina⟧ (applicatiebeheer), ⟦P|Iris Kwakman⟧ (key-user Finance)
Afwezig: ⟦P|Marcel de Geus⟧

Besluiten
- De mailboxen gaan in drie golven over; golf 1 (Directie en Finance) op 28 maart.
- De oude Exchange 2016-server (EXCH01) blijft tot 1 juni in de lucht.
- Voor de gedeelde mailbox 'Facturen' neemt ⟦P|Iris⟧ de test voor haar rekening.
Acties
- ⟦P|Joppe⟧: DNS-records bij TransIP aanpassen (MX, SPF, DKIM).
- ⟦P|Orlando⟧: koppeling AFAS–Outlook testen.
Volgende overleg: 18 maart, zaal Kamerlingh Onnes.""",
    ),
    (
        "mx-45",
        "chat",
        "none",
        """Buurtapp Hofstraat e.o.
[02-03-2026 21:07] ⟦P|Gerlof⟧: Iemand anders ook geen internet? Ziggo ligt er bij mij helemaal uit
[02-03-2026 21:08] ⟦P|Sanne Oosterveld⟧: Hier ook niks. Volgens de Ziggo-app een storing in de wijk
[02-03-2026 21:10] ⟦P|Gerlof⟧: Mooi is dat, net tijdens Champions League 🙄
[02-03-2026 21:15] Fam. ⟦P|Bouwhuis⟧: KPN doet het wel hoor, als iemand even wil streamen mag je hier de wifi gebruiken
[02-03-2026 21:16] ⟦P|Sanne Oosterveld⟧: Lief! Ik zie het wel aan morgen 😄""",
    ),
    (
        "mx-46",
        "email",
        "none",
        """Intranet – Nieuwe Collega's in Maart

Welkom aan ⟦P|Joëlle Tjon A Fong⟧, die als Data Engineer het team Platform versterkt. ⟦P|Joëlle⟧ werkte eerder bij Bol en bij Coolblue en is fan van Ajax en van Django (het framework, niet de gitarist).

Ook nieuw: ⟦P|Brent Peeters⟧, Scrum Master, vanuit ons kantoor in Gent. ⟦P|Brent⟧ was tot voor kort coach bij KBC.

En we zeggen gedag tegen ⟦P|Lucas Oomen⟧, die na vier jaar vertrekt naar ASML. ⟦P|Lucas⟧, bedankt voor al je werk aan het Jenkins-platform!""",
    ),
    (
        "mx-47",
        "email",
        "access",
        """Geachte heer/mevrouw,

Op grond van artikel 15 van de AVG verzoek ik u mij een overzicht te sturen van alle gegevens die u over mij bewaart, inclusief de bron, de doelen en met wie u ze heeft gedeeld. Ik ben klant bij Energiewacht onder klantnummer ⟦C|7702-418-93⟧. Mijn gegevens: ⟦P|Gonda Huijbregts⟧, ⟦A|Burgemeester Brokxlaan 66⟧, ⟦PC|5051 HK⟧ ⟦L|Goirle⟧, geboren ⟦DOB|3 juni 1971⟧.

Ik zie uw reactie binnen een maand tegemoet.

Met vriendelijke groet,
⟦P|G. Huijbregts⟧""",
    ),
    (
        "mx-48",
        "ticket",
        "rectification",
        """Onderwerp: naam verkeerd gespeld

Hallo, op alle facturen en in de app staat mijn naam als '⟦P|Hessels Altena⟧', maar het is ⟦P|Hessel Altena⟧. Kunnen jullie dat aanpassen? Ook het e-mailadres klopt niet: het moet ⟦E|hessel.altena@hetnet.nl⟧ zijn. Ik zit bij jullie met het abonnement Onbeperkt Bellen + 20 GB.

Dank u,
⟦P|Hessel⟧""",
    ),
    (
        "mx-49",
        "email",
        "objection",
        """Beste Reisbureau Zonnetij,

Ik krijg sinds mijn reis naar Kreta elke dag e-mails en ook advertenties op Facebook en Instagram van jullie. Ik wil niet langer dat jullie mijn gegevens voor marketing en profilering gebruiken; daartegen maak ik bezwaar. Haal mij uit de nieuwsbrief en uit de doelgroepen bij Meta.

Mijn e-mailadres is ⟦E|thijs.vandongen@live.nl⟧.

Groet,
⟦P|Thijs van Dongen⟧""",
    ),
    (
        "mx-50",
        "email",
        "withdraw_consent",
        """Beste redactie van de schoolkrant,

Vorig jaar hebben wij toestemming gegeven voor foto's van onze zoon ⟦P|Fedde⟧ (groep 6) in de schoolkrant en op de website. Wij trekken die toestemming in. Willen jullie de foto's van de sportdag en van de musical verwijderen, ook van Instagram?

Met vriendelijke groet,
⟦P|Eveline⟧ en ⟦P|Frank Dijkhuis⟧""",
    ),
    (
        "mx-51",
        "email",
        "complaint",
        """Geachte directie,

Op 2 maart heb ik om inzage in mijn gegevens gevraagd en nu, zes weken later, heb ik nog steeds niets gehoord. Ook mijn herinnering van 30 maart is niet beantwoord. Ik vind dit onacceptabel en heb vandaag een klacht ingediend bij de Autoriteit Persoonsgegevens. Kopie van deze mail gaat naar uw functionaris voor gegevensbescherming.

⟦P|Marleen Hoogeveen-Spruit⟧
Klantnummer ⟦C|2201558⟧""",
    ),
    (
        "mx-52",
        "email",
        "portability",
        """Hallo,

Ik stap over van Fitnessclub Body & Mind naar een andere sportschool. Kunnen jullie mijn trainingsgegevens uit de app (schema's, gewichten, check-ins) aanleveren in een gangbaar formaat, zoals CSV of JSON, zodat ik ze in Virtuagym kan importeren? Mijn lidnummer is ⟦C|BM-60931⟧.

Sportieve groet,
⟦P|Jorrit Stroeve⟧""",
    ),
    (
        "mx-53",
        "email",
        "restriction",
        """Geachte heer/mevrouw,

Volgens uw brief heb ik een openstaande rekening van € 412,50. Dat klopt niet: ik heb het bedrag op 12 januari betaald. Zolang dit wordt uitgezocht, wil ik dat u mijn gegevens niet doorgeeft aan een incassobureau en niet gebruikt voor een BKR-melding. Ik verzoek u de verwerking te beperken tot het onderzoek.

Betaald vanaf ⟦IBAN|NL12 KNAB 3832 3640 56⟧.

Met vriendelijke groet,
⟦P|Orhan Çelik⟧""",
    ),
    (
        "mx-54",
        "email",
        "none",
        """Hoi ⟦P|Thirza⟧, ken jij iemand bij Synology die hier iets mee kan?

Op ma 9 mrt 2026 om 14:02 schreef ⟦P|Eppo Hamstra⟧ <⟦E|eppo@hamstrafotografie.nl⟧>:
> Hoi,
> Mijn DS1522+ geeft sinds de update naar DSM 7.2.2 de melding 'Systeempartitie mislukt'.
> In Synology Photos zie ik alle foto's nog, maar Hyper Backup naar C2 stopt halverwege.
> Staat ergens dat Btrfs-scrubbing dit kan oplossen?
> Groet, ⟦P|Eppo⟧""",
    ),
    (
        "mx-55",
        "email",
        "automated_decision",
        """Beste Autolease Direct,

Gisteren kreeg ik binnen een minuut na mijn online aanvraag voor private lease van een Kia EV3 de melding dat mijn aanvraag is afgewezen. Er heeft dus niemand naar gekeken. Graag hoor ik welke gegevens en regels tot dit automatische besluit hebben geleid, en ik verzoek dat een medewerker de aanvraag opnieuw beoordeelt. Mijn aanvraagnummer is PL-26-00481.

Met vriendelijke groet,
⟦P|Lucia Ferrari⟧
⟦A|Mozartlaan 15⟧, ⟦PC|6644 BT⟧ ⟦L|Ewijk⟧""",
    ),
    (
        "mx-56",
        "ticket",
        "none",
        """Bestelling drogisterij

Klant: ⟦P|Hendrikje Zoet⟧
Bericht: In mijn bestelling van gisteren zat Omeprazol 20 mg in plaats van de ⟦H|Pantoprazol 40 mg⟧ die ik al jaren gebruik voor ⟦H|mijn maagzuur⟧. Kan ik het ruilen? Ook de Nivea-dagcrème ontbrak.
Bestelnummer: ETS-558213""",
    ),
    (
        "mx-57",
        "email",
        "none",
        """Notulen Bestuursvergadering Stichting Anton Westerhout Fonds – 4 maart 2026

Aanwezig: mr. ⟦P|Eva Westerhout⟧ (voorzitter), ir. ⟦P|Bas Nieuwenhuis⟧ (penningmeester), ⟦P|Rachida Amrani⟧ (secretaris), prof. dr. ⟦P|Harmen Tiel⟧ (lid)

1. Cornelia Roosenboomprijs 2026
Er zijn 14 inzendingen. ⟦P|Nieuwenhuis⟧ en ⟦P|Tiel⟧ beoordelen de technische kant, ⟦P|Amrani⟧ de communicatie.
2. Jaarrekening
De kascommissie heeft de jaarrekening goedgekeurd.
3. Uitreiking
De uitreiking vindt plaats op 12 juni in Villa Augustus in Dordrecht.""",
    ),
    (
        "mx-58",
        "email",
        "none",
        """Beste mevrouw ⟦P|Kalkman⟧,

Namens de jury van de Cornelia Roosenboomprijs nodig ik u van harte uit voor de uitreiking op vrijdag 12 juni om 16.00 uur in Villa Augustus, Oranjelaan 7 in Dordrecht. De prijs wordt dit jaar uitgereikt door burgemeester ⟦P|Wolsink⟧. U kunt aanmelden tot 1 juni via ⟦E|r.amrani@westerhoutfonds.nl⟧.

Met vriendelijke groet,
⟦P|Rachida Amrani⟧, secretaris""",
    ),
    (
        "mx-59",
        "chat",
        "none",
        """Klant: Goeiemorgen, mijn Toon geeft al twee dagen 'geen verbinding met de meter'. Ik heb hem al herstart.
Medewerker: Goedemorgen! Met wie spreek ik?
Klant: ⟦P|Toon Verbruggen⟧, klantnummer ⟦C|50017733⟧
Medewerker: Dank u, meneer ⟦P|Verbruggen⟧. Ik zie dat de meteradapter van uw Toon offline is. Wilt u die even loskoppelen en na een minuut weer aansluiten?
Klant: Gedaan. Hij doet het weer!
Medewerker: Fijn! Nog een fijne dag, ⟦P|Toon⟧. Groet, ⟦P|Shanti⟧ van Eneco""",
    ),
    (
        "mx-60",
        "chat",
        "none",
        """[06-03-2026 16:20] ⟦P|Adam Wiśniewski⟧: hallo, mijn Adam van Plugwise knippert rood en de vloerverwarming reageert niet op de app
[06-03-2026 16:22] Plugwise Support: Hoi ⟦P|Adam⟧! Grappig, een ⟦P|Adam⟧ met een Adam 🙂 Welke versie van de Plugwise-app gebruik je?
[06-03-2026 16:23] ⟦P|Adam Wiśniewski⟧: 4.9.1 op een Samsung
[06-03-2026 16:26] Plugwise Support: Dank je. Wil je de Adam even uit het stopcontact halen? Dan verbindt hij opnieuw met de Floor-module.""",
    ),
    (
        "mx-61",
        "ticket",
        "none",
        """Van: ⟦P|Alexa Brandenburg⟧
Onderwerp: Echo Show reageert niet

Goedemiddag, mijn Echo Show 8 reageert niet meer op 'Alexa'. Heel irritant, want zo heet ik zelf ook, dus iedereen in huis roept al de hele dag mijn naam 😅. Ik heb de Alexa-app opnieuw geïnstalleerd en het wekwoord veranderd naar 'Computer', maar ook dat werkt niet.

Met vriendelijke groet,
⟦P|Alexa Brandenburg⟧""",
    ),
    (
        "mx-62",
        "email",
        "none",
        """Hi there,

My name is ⟦P|Siri Johansen⟧ and I bought a HomePod mini in your store in Leiden. Siri keeps answering in English although I set the language to Dutch in the Home app. My iPhone 14 is on iOS 18.3. Can you help me, or do I need to contact Apple Support?

Best,
⟦P|Siri⟧""",
    ),
    (
        "mx-63",
        "email",
        "none",
        """Community Update – Spaces Zuidas, March 2026

Meet the members! This month we welcome ⟦P|Oluwaseun Adeyemi⟧, founder of the fintech start-up PayLoop, and ⟦P|Greta Lindholm⟧, a UX designer who recently moved to the Netherlands.

Events
– Friday drinks with DJ set by ⟦P|Milo Ferwerda⟧ (the guy from desk 4.12)
– Lunch & Learn: 'Notion vs. Obsidian vs. OneNote' on 19 March

Reminder: the printer 'SPACES-4F' now requires badge release via the Nexudus app.""",
    ),
    (
        "mx-64",
        "email",
        "none",
        """Dank voor je snelle reactie, dan zien we elkaar dinsdag bij Hendriks & Zonen.

Met vriendelijke groet,

⟦P|Menno Rijkeboer⟧
Accountmanager Zakelijk
Drukkerij Jansen & Co
Industrieweg 18, 7942 KB Meppel
T 0522 25 61 40 | M ⟦T|06 33 57 02 81⟧
⟦E|menno.rijkeboer@drukkerijjansen.nl⟧

Deze e-mail is verstuurd vanaf een iPhone. Denk aan het milieu.""",
    ),
    (
        "mx-65",
        "chat",
        "none",
        """[22-02-2026 18:30] ⟦P|Rita Willaert⟧: Wie komt er zondag eten? Ik maak stoofvlees met frietjes
[22-02-2026 18:31] ⟦P|Seppe Willaert⟧: Wij komen met ons vier 👍
[22-02-2026 18:34] ⟦P|Ine Willaert⟧: Ik ook, maar ik moet om 17 uur alweer weg
[22-02-2026 18:35] ⟦P|Rita Willaert⟧: Mag ik dan de Telenet-doos weer laten zien? De tv vindt Eén niet meer
[22-02-2026 18:36] ⟦P|Seppe Willaert⟧: Ja moeke, ik breng een HDMI-kabel mee""",
    ),
    (
        "mx-66",
        "email",
        "none",
        """Verslag Bestuursvergadering Tennisvereniging De Lobbers – 2 maart 2026

Aanwezig: ⟦P|Gijs Hulshof⟧ (voorzitter), ⟦P|Monique ter Braak⟧ (secretaris), ⟦P|Rob Lansink⟧ (penningmeester), ⟦P|Wendela Smid⟧ (jeugd)

1. Banen
De banen 5 en 6 krijgen nieuw kunstgras van TennisBaan Totaal. ⟦P|Lansink⟧ meldt dat de subsidie van de gemeente is toegekend.
2. Ledenadministratie
Vanaf 1 april stappen we over van e-Captain naar KNLTB ClubApp. ⟦P|Wendela⟧ informeert de ouders van de jeugdleden.
3. Rondvraag
⟦P|Monique⟧ vraagt of het clubhuis ook te huur is voor het Tante Truus Toernooi.""",
    ),
    (
        "mx-67",
        "email",
        "none",
        """Uitnodiging: Sollicitatiegesprek Servicedesk Medewerker @ vr 20 mrt 2026 10:00 - 11:00 (CET)

Organisator: ⟦P|Mariska Dobbelsteen⟧
Locatie: Zaal Erasmus, Hendriks & Zonen, Spoorlaan 4, Oisterwijk
Deelnemers: ⟦P|Niels Vos⟧ (Teamleider ICT), ⟦P|Baukje Tuinstra⟧ (kandidaat, ⟦E|baukjetuinstra@outlook.com⟧)

Beste ⟦P|Baukje⟧, bij de receptie kun je naar mij vragen. Wil je een geldig identiteitsbewijs meenemen?""",
    ),
    (
        "mx-68",
        "email",
        "none",
        """Nieuwsbrief Gemeente Wijdemeren – Duurzaam Thuis

Wethouder ⟦P|Kees Valkenburg⟧ opende op 5 maart het Energieloket in het gemeentehuis. 'Iedere inwoner moet kunnen verduurzamen', aldus ⟦P|Valkenburg⟧. Energiecoach ⟦P|Dorien Swart⟧ uit ⟦L|Loosdrecht⟧ isoleerde vorig jaar haar eigen jaren-dertigwoning: 'Met de subsidie van de ISDE en een lening van het Warmtefonds viel het mee.'

Het loket is open op dinsdag en donderdag van 9 tot 12 uur. Afspraak maken kan via de website of de BuitenBeter-app.""",
    ),
    (
        "mx-69",
        "ticket",
        "none",
        """Onderwerp: retour Zeeman-pakket

Hallo Zeeman, ik ben ⟦P|Jannie Zeeman⟧ (geen familie 😉). Ik heb via jullie webshop dekbedovertrekken en een badjas besteld, maar de badjas is maat L in plaats van M. Kan ik hem ruilen in de Zeeman-winkel in ⟦L|Klazienaveen⟧ waar ik woon, of moet hij terug met de post?

Groetjes, ⟦P|Jannie⟧""",
    ),
    (
        "mx-70",
        "email",
        "none",
        """Beste Blokker,

Mijn naam is ⟦P|Freek Blokker⟧, en nee, ik ben geen familie van de oprichters. Ik kocht in februari bij Blokker een Philips Airfryer XXL en een Tefal-pannenset. De airfryer gaat na vijf minuten uit met foutcode E2. De bon heb ik nog. Kan ik het apparaat naar de winkel aan de Albert Cuypstraat brengen, of moet ik het naar Philips opsturen?

Met vriendelijke groet,
⟦P|F. Blokker⟧
⟦T|06 84 12 37 95⟧""",
    ),
]

MESSAGES = IT + DOC + MX

# Deliberate homonyms: in these messages the listed strings also occur, unmarked, as a product,
# brand, shop or company name (the customer is called Mercedes, Bosch, Billy, Toon ...).
HOMONYMS = {
    "doc-17": {"Verhoeven"},
    "mx-06": {"Chanel"},
    "mx-08": {"Braun"},
    "mx-09": {"Philips"},
    "mx-13": {"Billy"},
    "mx-14": {"Deen"},
    "mx-15": {"Leen"},
    "mx-16": {"Zara"},
    "mx-59": {"Toon"},
    "mx-60": {"Adam"},
    "mx-62": {"Siri"},
}

# Very common Dutch words that may occur in the texts even if they are a gold value somewhere in
# the development sets (filled in only after a collision; every other collision is rewritten).
COMMON_WORDS = {"elke"}

WORD = re.compile(r"\w+")


def load(path):
    """Records of a reference set: (text, [gold values])."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec.get("text", "")
            vals = [
                sp.get("value") or text[sp["start"] : sp["end"]] for sp in rec.get("spans") or []
            ]
            rows.append((text, vals))
    return rows


def windows(text, n=8):
    ws = WORD.findall(text.lower())
    return {" ".join(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def whole_word(value):
    return re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)", re.IGNORECASE)


def sentences(text):
    """Pieces between sentence ends (. ! ? before whitespace or the end) and line breaks."""
    return [s for s in re.split(r"(?<=[.!?])(?:\s+|$)|\n+", text) if s and WORD.search(s)]


def expected_ids():
    return [f"{p}-{i:02d}" for p, n in PREFIXES for i in range(1, n + 1)]


def main():
    problems = []
    records = []
    ids = [m[0] for m in MESSAGES]
    if ids != expected_ids():
        problems.append("ids are not it-01..it-60, doc-01..doc-40, mx-01..mx-70 in order")

    for mid, channel, request, marked in MESSAGES:
        if channel not in CHANNELS:
            problems.append(f"{mid}: unknown channel {channel}")
        if request not in REQUESTS:
            problems.append(f"{mid}: unknown request {request}")
        text, spans = parse(marked)
        for sp in spans:
            if text[sp["start"] : sp["end"]] != sp["value"]:
                problems.append(f"{mid}: offset mismatch {sp}")
            if sp["value"] != sp["value"].strip() or not sp["value"]:
                problems.append(f"{mid}: span with outer whitespace {sp['value']!r}")
            err = check_value(sp)
            if err:
                problems.append(f"{mid}: {err}: {sp['value']}")
        ordered = sorted(spans, key=lambda s: s["start"])
        for a, b in zip(ordered, ordered[1:]):
            if b["start"] < a["end"]:
                problems.append(f"{mid}: overlapping spans {a['value']!r} / {b['value']!r}")
        cov = coverage(text, spans)
        problems += [f"{mid}: {p}" for p in check_traps(text, cov)]
        homonyms = {h.lower() for h in HOMONYMS.get(mid, ())}
        for val in {sp["value"] for sp in spans if len(sp["value"]) >= 4}:
            if val.lower() in homonyms:
                continue
            for m in whole_word(val).finditer(text):
                if not all(cov[m.start() : m.end()]):
                    problems.append(f"{mid}: unmarked occurrence of marked value {val!r}")
                    break
        for h in homonyms:
            if not any(sp["value"].lower() == h for sp in spans):
                problems.append(f"{mid}: homonym {h!r} is not a marked value")
        records.append(
            {"id": mid, "channel": channel, "request": request, "text": text, "spans": spans}
        )

    # overlap with the development sets and the earlier held-out sets (read, never printed)
    dev_rows = []
    for name in DEV_SETS:
        dev_rows += load(EVAL / name)
    own_rows = []
    for name in EARLIER_OWN_SETS:
        own_rows += load(HERE / name)
    gold = {v.lower() for _, vals in dev_rows + own_rows for v in vals}
    dev_gold = {v.lower() for _, vals in dev_rows for v in vals if len(v) >= 4}
    dev_gold -= COMMON_WORDS
    ref_windows = set()
    for text, _ in dev_rows + own_rows:
        ref_windows |= windows(text)
    for rec in records:
        for sp in rec["spans"]:
            if sp["value"].lower() in gold:
                problems.append(f"{rec['id']}: span value also gold elsewhere: {sp['value']!r}")
        low = rec["text"].lower()
        for g in dev_gold:
            if g in low:
                for m in whole_word(g).finditer(rec["text"]):
                    problems.append(f"{rec['id']}: dev gold value in text: {m.group()!r}")
                    break
        for w in windows(rec["text"]) & ref_windows:
            problems.append(f"{rec['id']}: 8-word window copied from a reference text: {w!r}")

    n_person = sum(sp["type"] == "PERSON" for r in records for sp in r["spans"])
    if len(records) < 170:
        problems.append(f"only {len(records)} messages")
    if n_person < 150:
        problems.append(f"only {n_person} PERSON spans")

    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s); {OUT.name} not written")
        sys.exit(1)

    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    types = Counter(sp["type"] for r in records for sp in r["spans"])
    n_sent = sum(len(sentences(r["text"])) for r in records)
    print(f"wrote {len(records)} messages to {OUT.name}")
    print("messages per part:", dict(Counter(r["id"].split("-")[0] for r in records)))
    print("channels:", dict(Counter(r["channel"] for r in records)))
    print("requests:", dict(Counter(r["request"] for r in records)))
    print("spans per type:", dict(types.most_common()), "total", sum(types.values()))
    print("sentences (split after . ! ? and at line breaks):", n_sent)
    print(
        "messages with a PERSON:",
        sum(any(s["type"] == "PERSON" for s in r["spans"]) for r in records),
    )


if __name__ == "__main__":
    main()
