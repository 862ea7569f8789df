#!/usr/bin/env python3
"""Build own_heldout3.jsonl from inline-annotated messages.

Third held-out set for privacywacht, written blind on 2026-12-05: the author did not read the
detectors, models, tests or bot code, nor the contents of shared/eval (dev.jsonl, airbnb_dev.jsonl,
conll2002_nl); dev.jsonl and airbnb_dev.jsonl are only opened below, programmatically, to reject
overlap. Three text types the project had not used before:

  it-01..it-30  IT-helpdesk queue (tickets and mails full of product, device and software names,
                pasted Windows event logs with field labels, error codes, version strings)
  fw-01..fw-25  forwarded mail threads (Doorgestuurd bericht / Van: / Aan: / "Op ... schreef",
                quoted '>' lines, signatures, German/French/English/Turkish/Spanish closings,
                headings on their own line)
  wa-01..wa-20  WhatsApp-style chat exports ("[dd-mm-jj hh:mm] Naam: ..." and
                "dd-mm-jjjj hh:mm - Naam: ..."), informal, lowercase names, emoji, abbreviations

All people, addresses and numbers are invented; checksum types are computed to be valid.

Markup: ⟦TYPE|value⟧ marks a span; the markup is removed and a span recorded (aliases below).

Annotation conventions:
- PERSON is the name only, without titles or salutations ("dhr. ⟦P|K. Smit⟧", "Beste ⟦P|Ilse⟧");
  initials and tussenvoegsels are included; lowercase names are still PERSON; a chat display name
  before the colon is PERSON; support staff are PERSON; a login name built from a person's name
  (r.kartosen, ldeconinck, also inside C:\\Users\\...) is PERSON.
- Generic role addresses of an organisation (support@, info@, planning@, scanner@, privacy@ ...)
  and organisations' own phone numbers are not personal data. Company names, product names, device
  and room names, field labels, version strings, ticket/order/invoice numbers, error codes, serial
  numbers, MAC addresses, subnet masks, default gateways and public DNS resolvers are left unmarked.
- IP addresses of a person's connection or of the workstation a person logged on from are marked.
- CUSTOMER_ID: customer, contract, member, policy, mandate and personnel numbers (identify a person).
- LOCATION: the town of a person's address or whereabouts, not a data centre or company branch.

Checks: exact offsets; checksums (BSN elfproef, IBAN, Luhn for cards, NL/BE btw, KvK 8 digits,
BE national number, BE eID card number); unmarked numbers that look like BSN/card/IBAN must fail
their checksum; every occurrence of a marked value (len >= 4) lies inside a span; no span value
(case-insensitive) is also a gold value in shared/eval/dev.jsonl or shared/eval/airbnb_dev.jsonl or
in the earlier own_heldout.jsonl / own_heldout2.jsonl; no 8-word window copied from those texts.
Any failed check is printed and aborts the run without writing the JSONL (exit status 1).
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
OUT = HERE / "own_heldout3.jsonl"
# held-out sets that predate this one
EARLIER_OWN_SETS = ("own_heldout.jsonl", "own_heldout2.jsonl")


M = []  # (id, channel, request, marked text)


def msg(mid, channel, request, text):
    M.append((mid, channel, request, text.strip("\n")))


# ================================================================ 1. IT-helpdesk queue
msg(
    "it-01",
    "ticket",
    "none",
    r"""
TOPdesk-melding M2503-0871
Aanmelder: ⟦P|Gonny Heijnen⟧ (officemanager, Installatiebedrijf Kroeze & Zn.)
Categorie: Accounts > Aanmelden
Impact: persoon

Sinds vanochtend kan ⟦P|Rinaldo Kartosen⟧ (werkplaats) niet meer inloggen op zijn pc. Hij krijgt "De gebruikersnaam of het wachtwoord is onjuist". Volgens hem heeft hij niets veranderd. In de Event Viewer van de server zag ik dit staan, ik plak het maar:

An account failed to log on.

Subject:
    Security ID:            NULL SID
    Account Name:           -
    Account Domain:         -
    Logon ID:               0x0

Logon Type:                 3

Account For Which Logon Failed:
    Security ID:            NULL SID
    Account Name:           ⟦P|r.kartosen⟧
    Account Domain:         KROEZE

Failure Information:
    Failure Reason:         Unknown user name or bad password.
    Status:                 0xC000006D
    Sub Status:             0xC000006A

Network Information:
    Workstation Name:       WS-WERKPL-03
    Source Network Address: ⟦IP|10.14.2.57⟧
    Source Port:            50912

Detailed Authentication Information:
    Logon Process:          NtLmSsp
    Authentication Package: NTLM
    Key Length:             0

Dat gebeurt elke 5 minuten. Kan het zijn dat zijn oude wachtwoord nog ergens in een schijfkoppeling staat? Hij heeft vorige week wel een nieuwe Samsung Galaxy A35 gekregen met Outlook erop.

De pc draait Windows 10 Pro 22H2 (build 10.0.19045.4170), Bitdefender GravityZone agent 7.9.11.235.

Groet,
⟦P|Gonny⟧
""",
)

msg(
    "it-02",
    "ticket",
    "none",
    r"""
Ticket #48213 - HP LaserJet Pro M404dn print niet meer vanaf terminalserver

Omschrijving:
Sinds de Windows-update van dinsdag (KB5035845) komen printopdrachten van de RDS-server (Windows Server 2019, 10.0.17763.5576) niet meer aan op de HP LaserJet Pro M404dn in de expeditieruimte. Vanaf losse laptops printen gaat wel goed.

Gegevens printer (uit het configuratierapport):
Model: HP LaserJet Pro M404dn
Serienummer: PHBLM47219
Firmware datecode: 20240117
Firmwareversie: 002.2402A
Hardware-adres (MAC): 3C:52:82:9E:14:B7
Hostnaam: NPI9E14B7
Subnetmasker: 255.255.255.0
Standaardgateway: 192.168.10.1
Printerdriver op server: HP Universal Printing PCL 6 (v7.2.0.25780)

Foutmelding in de wachtrij: "Fout - afdrukken", in de eventlog PrintService ID 372, foutcode 0x8007007e.

Al geprobeerd: spooler herstart, driver verwijderd en opnieuw geïnstalleerd, printer verwijderd en opnieuw toegevoegd. Geen resultaat.

Prioriteit: hoog, de pakbonnen voor DHL en PostNL gaan hier elke middag om 15:00 de deur uit.
""",
)

msg(
    "it-03",
    "ticket",
    "none",
    r"""
Onderwerp: Teams camera zwart + collega hoort me niet
Ingediend via: selfserviceportal
Gebruiker: ⟦P|Deniz Aydoğan⟧ (⟦E|d.aydogan@vandermeulen-advocaten.nl⟧)
Afdeling: Secretariaat

Hallo,

Vanaf maandag is mijn camera in Teams zwart, in de Camera-app van Windows doet hij het wel. In een call met mr. ⟦P|Floortje Ruisbroek⟧ hoorde zij mij ook niet, terwijl de headset (Jabra Evolve2 65) gewoon verbonden was.

Teams-versie volgens Instellingen > Info: 24.1.100.21 (nieuwe Teams), WebView2 122.0.2365.80
Camera: Logitech C920 HD Pro, ook getest met de ingebouwde camera van mijn Dell Latitude 5440
Windows: 11 Enterprise 23H2

Ik heb Teams al hersteld via Apps > Geavanceerde opties. Vanaf mijn iPhone (Teams-app) werkt alles.

Graag voor woensdag, dan hebben we de zitting bij de rechtbank via Teams.

m.vr.gr.
⟦P|Deniz⟧
toestel 231
""",
)

msg(
    "it-04",
    "ticket",
    "none",
    r"""
INC0041872 | VPN verbreekt elke 10 minuten | Prioriteit 3

Beschrijving gebruiker:
Ik werk sinds kort thuis op dinsdag en donderdag. De FortiClient VPN (versie 7.2.3.0929) maakt verbinding maar valt na 10 min weg met "Credential or SSLVPN configuration is wrong (-7200)". Daarna lukt opnieuw verbinden pas na een herstart van de laptop. Op kantoor geen problemen, maar daar gebruik ik ook geen VPN.

Thuis zit ik op Ziggo met een Connectbox (modem in bridge mode), daarachter een TP-Link Deco X20. Mijn publieke IP volgens whatismyip is ⟦IP|84.26.173.209⟧.

Thuiswerkadres (voor als er iemand langs moet komen): ⟦A|Touwslagersbaan 61⟧, ⟦PC|6641 KL⟧ ⟦L|Beuningen⟧.

Met vriendelijke groet,

⟦P|Jurgen Vermeulen⟧
Projectleider | Bureau Stadsruimte
M ⟦T|06 41 83 29 70⟧

--- Notitie servicedesk (⟦P|Esmee Sprenkels⟧, 11-03-2025 10:42) ---
DTLS staat aan op de FortiGate 100F (FortiOS 7.2.7). Gebruiker gevraagd FortiClient bij te werken naar 7.2.4 en de Deco-firmware naar 1.1.5 Build 20240105. Terugbellen morgen 09:30.
""",
)

msg(
    "it-05",
    "ticket",
    "none",
    r"""
Melding 2025-0312-0045 - AFAS Profit: import nieuwe medewerkers loopt vast

Aanmelder: ⟦P|Aylin Koç⟧ (personeels- en salarisadministratie, Thuiszorg De Lindehof)
Omgeving: AFAS Profit 6, update 2503, connector KnEmployee

Beste helpdesk,

Bij het inlezen van het CSV-bestand met de nieuwe medewerkers per 1 april stopt de import bij regel 3 met de melding "Burgerservicenummer is ongeldig (AFS0193)". Ik heb het nagekeken op de ID-kopie: het BSN van mevrouw ⟦P|Gülsüm Yıldız⟧ is ⟦BSN|345621219⟧, dat klopt gewoon. De andere twee gingen wel goed:

regel 1: ⟦P|Jesse Raaijmakers⟧, geb. ⟦DOB|04-06-2001⟧, BSN ⟦BSN|301336027⟧
regel 2: ⟦P|Ngozi Okafor⟧, geb. ⟦DOB|19-10-1994⟧, BSN ⟦BSN|304832212⟧
regel 3: ⟦P|Gülsüm Yıldız⟧, geb. ⟦DOB|27-02-1987⟧

Het loonheffingennummer van de werkgever in de kopregel is 8190.27.443.L.01 en de cao-code 3204. Zou de fout kunnen komen door de ı zonder puntje in haar achternaam? Ik heb het bestand in Excel als CSV UTF-8 opgeslagen.

Met vriendelijke groet,
⟦P|Aylin Koç⟧
""",
)

msg(
    "it-06",
    "ticket",
    "none",
    r"""
Onderwerp: OneDrive synchroniseert niet meer - rood kruisje
Gebruiker: ⟦P|Meryem El Amrani⟧
Locatie: Tandartspraktijk De Molen, behandelkamer 2

OneDrive (versie 24.040.0225.0001) geeft bij een deel van de bestanden een rood kruisje met foutcode 0x8004de40. Het gaat om de map C:\Users\⟦P|m.elamrani⟧\OneDrive - Tandartspraktijk De Molen\Planning. Het pad is soms langer dan 260 tekens, kan dat het probleem zijn?

Ik heb al afgemeld en opnieuw aangemeld met mijn account ⟦E|m.elamrani@tandartsdemolen.nl⟧, zonder resultaat. Dropbox werkt op dezelfde pc wel, maar daar mogen we geen patiëntgegevens in zetten van de praktijkmanager.

Alvast bedankt,
⟦P|Meryem⟧
""",
)

msg(
    "it-07",
    "ticket",
    "none",
    r"""
Ticket 7731 | iCloud-foto's vullen iPhone directie
Aangemaakt door: ⟦P|Lonneke van Iperen-Schouten⟧

De iPhone 15 Pro van de directeur (apparaatnaam "iPhone van ⟦P|Gerard⟧") meldt "iPhone-opslag bijna vol" terwijl iCloud+ 200 GB maar voor de helft gebruikt is. iOS 17.4.1. Hij wil dat zijn privéfoto's niet meer op de zakelijke telefoon komen maar wel in zijn eigen iCloud blijven. Zijn privé Apple ID is ⟦E|gerard.wijnbergen@icloud.com⟧, zakelijk gebruikt hij ⟦E|g.wijnbergen@hovenier-groenrijk.nl⟧ in Outlook.

Kan iemand hem helpen iCloud-foto's uit te zetten zonder dat er iets wordt verwijderd? Hij is vrijdag van 8 tot 10 op kantoor, anders mobiel op ⟦T|06-19 84 27 55⟧.

Groet, ⟦P|Lonneke⟧
""",
)

msg(
    "it-08",
    "ticket",
    "none",
    r"""
Ticket #SR-20931
Klant: Bakkerij Hoogland (3 vestigingen)
Contact: ⟦P|Henk Oosterbeek⟧, eigenaar
Onderwerp: Pinautomaat valt weg, wifi traag

Sinds het weekend valt de pinterminal (CCV Victoria) in de winkel aan de Markt steeds weg. Router is een DrayTek Vigor 2865ac, firmware 4.4.3.1. LAN: 192.168.1.0/24, gateway 192.168.1.1, DNS staat op 1.1.1.1 en 8.8.8.8. De pinterminal heeft een vast adres buiten de DHCP-range.

In de syslog van de DrayTek staat steeds:
Mar 10 06:58:13 Vigor: [DHCP] WAN2 lease renewed
Mar 10 06:58:14 Vigor: [PPPoE] WAN1 down, reason: LCP echo timeout
Mar 10 06:58:49 Vigor: [PPPoE] WAN1 up

Provider is KPN Zakelijk (glasvezel, 500/500). Kan iemand dit op afstand bekijken? Het TeamViewer-ID staat op de sticker van de kassa-pc. Ik ben zelf bereikbaar op ⟦T|06 28 77 14 90⟧, na 13:00, want 's ochtends sta ik in de bakkerij.

Groet,
⟦P|Henk⟧
""",
)

msg(
    "it-09",
    "ticket",
    "none",
    r"""
Onderwerp: Bankkoppeling Knab werkt niet in Exact Online / btw-aangifte Q1

Hoi boekhoudhelpdesk,

Ik ben zzp'er (schilder) en gebruik sinds januari Exact Online Boekhouden Basis. De automatische bankkoppeling met Knab haalt sinds 28 februari geen transacties meer op. Melding: "Autorisatie verlopen (EOL-BNK-401)". Opnieuw autoriseren via Financieel > Bank > Koppelingen geeft een leeg scherm in Edge en in Firefox 123.0.1.

Mijn gegevens:
Naam: ⟦P|Koen Baeyens⟧
Bedrijf: Schilderwerken De Kwast (eenmanszaak)
KvK: ⟦KVK|81290457⟧
Btw-id: ⟦BTW|NL613085164B01⟧
Rekening: ⟦IBAN|NL63 KNAB 5143 6620 03⟧
Exact-licentie: 1048866 / administratie 2

Kan de btw-aangifte over Q1 al klaargezet worden als ik de bankmutaties handmatig importeer (MT940 of CAMT.053)? De deadline is 30 april.

Groeten,
⟦P|Koen⟧
⟦T|06 50 12 88 43⟧
""",
)

msg(
    "it-10",
    "ticket",
    "none",
    r"""
Ticket: RST-55190
Kanaal: telefoon
Beller: ⟦P|Marloes Tjon-A-Fong⟧, afdeling Debiteuren
Personeelsnummer: ⟦C|P-004719⟧
Behandelaar: ⟦P|Kevin Roeterdink⟧

Notitie:
Gebruiker is na de vakantie haar wachtwoord vergeten en zit vast na 5 pogingen (account locked). Identiteit gecontroleerd met geboortedatum (⟦DOB|3 november 1979⟧) en personeelsnummer. Ze dacht dat het oude wachtwoord "⟦CR|Zomer2024!Bonaire⟧" was; afgeraden om dat opnieuw te gebruiken.
Account ontgrendeld in Active Directory Users and Computers, tijdelijk wachtwoord per sms naar het mobiele nummer uit het HR-systeem (eindigt op 61). MFA-methode (Microsoft Authenticator) was nog geldig.
Verder vroeg ze of haar SAP GUI 7.70 patch 3 bijgewerkt kan worden: doorgezet naar team Applicaties.

Status: opgelost
""",
)

msg(
    "it-11",
    "ticket",
    "none",
    r"""
Onderwerp: Offboarding ⟦P|Wiebe Brandsma⟧ per 31-03
Aanvrager: ⟦P|Ineke Dolfing⟧ (HR)

Hoi,

⟦P|Wiebe⟧ gaat per 31 maart uit dienst. Graag de volgende accounts blokkeren en na 30 dagen verwijderen:
- Microsoft 365 (E3-licentie vrijgeven), mailbox omzetten naar gedeelde mailbox en doorsturen naar ⟦P|Roel Steenbergen⟧
- Slack (ook de workspace van de personeelsvereniging)
- Jira Software en Confluence Cloud
- 1Password Business (kluis "Sales" overdragen aan ⟦P|Roel⟧)
- Salesforce Sales Cloud-licentie

Zijn laptop (Lenovo ThinkPad T14 Gen 4, asset-tag NB-0388) en de iPhone 13 levert hij op zijn laatste dag in bij de receptie. Zijn privénummer ⟦T|06 11 72 38 46⟧ mag uit het adresboek in Teams.

Dank!
⟦P|Ineke⟧
""",
)

msg(
    "it-12",
    "email",
    "none",
    r"""
Van: ⟦P|Stanisław Nowicki⟧ <⟦E|stan.nowicki1968@wp.pl⟧>
Aan: support@softwarewinkel24.nl
Onderwerp: Norton 360 Deluxe dubbel afgeschreven

Goedendag,

Ik heb op 2 februari bij jullie Norton 360 Deluxe (5 apparaten, 1 jaar) gekocht, bestelnummer SW24-771093. Nu is er op 2 maart nog een keer € 49,99 afgeschreven van mijn creditcard ⟦CC|4925 0563 3389 8092⟧, omschrijving "Norton AutoRenewal". Ik wil dat automatisch verlengen niet. Mijn klantnummer bij jullie is ⟦C|KL-3390218⟧.

De productcode op de factuur is 21445120 en de licentiesleutel begint met HQ9M. Op mijn laptop (Windows 11, Norton versie 22.24.1.6) staat dat het abonnement tot februari 2026 loopt, dus één betaling is genoeg.

Met vriendelijke groet,
⟦P|S. Nowicki⟧
⟦A|Dorpsstraat 112⟧
⟦PC|1566 AE⟧ ⟦L|Assendelft⟧
""",
)

msg(
    "it-13",
    "ticket",
    "none",
    r"""
Incident INC-BE-220418
Aanvrager: ⟦P|Lieve De Coninck⟧, verpleegkundige dienst cardiologie, AZ Oostermeer campus Sint-Pieter
Telefoon: intern 4417

Dag ICT,

Sinds de update van Citrix Workspace naar 2402 krijg ik op de pc van de verpleegpost bij het openen van het patiëntendossier "Cannot connect to the Citrix XenApp server. SSL Error 61". Mijn collega's op dezelfde pc hebben het probleem niet, dus het ligt volgens mij aan mijn profiel.

Ik werk met Windows-vergroting op 200% en de ZoomText-lezer omdat ik een ⟦H|netvliesaandoening⟧ heb, misschien botst dat met de nieuwe versie? Ik kan de nachtdienst wel doorwerken op papier, maar liever niet.

Gebruikersnaam: ⟦P|ldeconinck⟧
Pc: VPP-CARD-02 (HP EliteDesk 800 G6)

Groetjes,
⟦P|Lieve⟧
""",
)

msg(
    "it-14",
    "ticket",
    "none",
    r"""
Ticket 2025-0418 | Ricoh scant niet naar mail
Gemeld door: ⟦P|Priya Ramsaran⟧ <⟦E|priya.ramsaran@dekleinereus.nl⟧>

De Ricoh IM C3000 op de eerste verdieping stuurt scans niet meer door naar e-mail. Op het display: "Verzendfout: SMTP-authenticatie mislukt (code 6-3)". Scannen naar de map \\NAS01\scans werkt wel.

Instellingen volgens Web Image Monitor:
SMTP-server: smtp.office365.com, poort 587, STARTTLS
Afzender: scanner@dekleinereus.nl
MAC-adres: 00:26:73:5A:C1:08
Firmware: System 1.12, Network Support 19.84

Sinds 1 maart heeft Microsoft Basic Auth uitgezet, heeft onze vorige ICT'er ⟦P|Maikel⟧ verteld. Hij had het wachtwoord van scanner@ destijds op een post-it gezet: "⟦CR|Scan#Reus2021⟧". Moet daar misschien een app-wachtwoord voor komen?

Groet, ⟦P|Priya⟧
""",
)

msg(
    "it-15",
    "ticket",
    "none",
    r"""
Storingsmelding #GN-482771 (glasvezel)
Klant: ⟦P|Emre Çelik⟧
Klantnummer: ⟦C|GO-2207145⟧
Adres aansluiting: ⟦A|Kamperfoeliestraat 9⟧, ⟦PC|7555 NK⟧ ⟦L|Hengelo⟧
Telefoon: ⟦T|074 - 255 81 93⟧

Omschrijving klant:
Wifi op zolder valt steeds weg, beneden prima. Router is de FRITZ!Box 7590 AX van jullie, FRITZ!OS 7.57. Ik heb er een FRITZ!Repeater 1200 AX bij gekocht maar die wil niet koppelen met WPS.
Netwerknaam: FRITZ!Box 7590 TQ
Wifi-sleutel: ⟦CR|63915720483361829075⟧
Op zolder staan een PS5 (via wifi) en mijn werklaptop met Teams, beneden de Sonos en een Philips Hue Bridge. Het lampje "Info" op de router knippert soms rood.

Notitie monteur (⟦P|Dirk-Jan Wolters⟧): mesh ingesteld na reset van de repeater. Advies: accesspoint via UTP naar zolder. Klant belt terug.
""",
)

msg(
    "it-16",
    "ticket",
    "none",
    r"""
Onderwerp: Toegang gedeelde mailbox info@ en planning@
Aanvrager: ⟦P|J.P. de Kruijff⟧, teamleider planning, Transportbedrijf Van Dalen B.V.

Graag voor de nieuwe planner ⟦P|Sevgi Arslan⟧ (start 17-03, ⟦E|s.arslan@vandalen-transport.nl⟧) volledige toegang en "Verzenden als" op de gedeelde mailboxen info@vandalen-transport.nl en planning@vandalen-transport.nl. Ze moet ook in de Teams-groep "Planning NL-DE" en in de distributielijst planners@vandalen-transport.nl.

Verder graag bij ⟦P|Sevgi⟧ de TMS-software (Transpas 5.3) en de Webfleet-koppeling installeren. Ze krijgt de laptop die eerst van ⟦P|Marco Pennings⟧ was (LT-PLAN-07, Windows 11 23H2).

Gr. ⟦P|John-Paul⟧
""",
)

msg(
    "it-17",
    "ticket",
    "none",
    r"""
Ticket: MDM-3391 - Autopilot-registratie mislukt
Categorie: Werkplekbeheer / Microsoft Intune

Foutmelding tijdens OOBE:
Something went wrong. Confirm you are using the correct sign-in info and that your organization uses this feature. Error code: 80180014

Apparaatgegevens (Get-WindowsAutopilotInfo):
Device Serial Number: 5CG3481KQZ
Windows Product ID: 00330-80000-00000-AA876
Manufacturer: HP
Model: HP ProBook 450 15.6 inch G10

Toegewezen gebruiker:
Display Name: ⟦P|Oumaima Bouzid⟧
UPN: ⟦E|oumaima.bouzid@zorgpuntrijnmond.nl⟧
Group Tag: ZP-Verpleging

Computer Name: ZP-LT-0319
OS Version: 10.0.22631.3296

Het apparaat staat wel in Intune, maar met de status "Niet toegewezen". Het vorige apparaat van de gebruiker (ZP-LT-0114) is vorige week gewist. Graag controleren of het apparaat dubbel in Autopilot staat.
""",
)

msg(
    "it-18",
    "email",
    "access",
    r"""
Van: ⟦P|Auke Wijnsma⟧ <⟦E|auke.wijnsma@ziggo.nl⟧>
Aan: helpdesk@itbeheer-fryslan.nl; privacy@itbeheer-fryslan.nl
Onderwerp: Inzageverzoek loggegevens

Geachte heer, mevrouw,

Via mijn werkgever Woningstichting Mar en Wâld beheren jullie de ICT-werkplekken. Ik heb gehoord dat er sinds januari software (ActivTrak of Teramind?) draait die bijhoudt welke programma's en websites ik gebruik. Op grond van artikel 15 AVG wil ik inzage in alle persoonsgegevens die jullie over mij verwerken: de logging van mijn werkplek, de VPN-sessies (FortiClient), de aanmeldpogingen in Entra ID en eventuele schermafbeeldingen. Graag ook de bewaartermijnen.

Ter identificatie:
Gebruikersnaam: ⟦P|a.wijnsma⟧
Werkplek: MW-LT-2207
Geboortedatum: ⟦DOB|14-07-1990⟧
Privéadres: ⟦A|Tuinstraat 22⟧, ⟦PC|9251 GK⟧ ⟦L|Burgum⟧

Ik ontvang de gegevens graag op mijn privémailadres, niet op mijn werkmail.

Met vriendelijke groet,
⟦P|Auke Wijnsma⟧
""",
)

msg(
    "it-19",
    "ticket",
    "none",
    r"""
Ticket #8824 - WhatsApp Business overzetten naar nieuwe telefoon
Klant: Fietsenmakerij De Spaak
Contactpersoon: ⟦P|Anton Vlietstra⟧

Hoi,

We hebben een nieuwe Samsung Galaxy A55 (Android 14, One UI 6.1) voor de winkel. Op de oude Galaxy A52 staat WhatsApp Business (versie 2.24.5.76) met alle klantgesprekken en de catalogus. Het winkelnummer blijft hetzelfde.

De chatback-up (1,8 GB) staat op Google Drive onder mijn eigen account ⟦E|antonvlietstra@gmail.com⟧, kan dat kwaad? Bij het terugzetten blijft hij hangen op 37% met "Kan back-up niet herstellen".

Ik ben morgen de hele dag in de winkel, bel gerust: ⟦T|06 73 40 19 28⟧.

Groet ⟦P|Anton⟧
""",
)

msg(
    "it-20",
    "ticket",
    "none",
    r"""
Onderwerp: SEPA-incassobestand uit Moneybird wordt afgekeurd door Rabobank
Van: ⟦P|Hiske Altena⟧ (administratie, Zeilschool 't Wad)

Rabo Internetbankieren keurt het incassobestand (pain.008.001.02) uit Moneybird af met "AM05 - Duplicate" en voor één regel "MD01 - No valid mandate". Het gaat om deze cursist:

Naam: ⟦P|Bram Schuitema⟧
IBAN: ⟦IBAN|NL38 RABO 3900 4554 10⟧
Mandaatkenmerk: ⟦C|ZSW-2024-0187⟧
Bedrag: € 385,00 (zeilkamp zomer)

Ik heb het mandaat opnieuw laten ondertekenen via het Moneybird-formulier. Moet ik een nieuw mandaatkenmerk aanmaken of kan ik het oude hergebruiken? Het incassant-ID van de zeilschool is NL56ZZZ403812290000.

Groet,
⟦P|Hiske⟧
""",
)

msg(
    "it-21",
    "ticket",
    "none",
    r"""
Ticket #ZM-1187: Zoom Rooms vergaderzaal "De Waal" start niet

De Zoom Rooms-controller (Logitech Tap) in vergaderzaal De Waal blijft hangen op "Verbinding maken...". Zoom Rooms versie 6.0.2 (3853), controller-app 6.0.0 (3421). De Logitech Rally Bar heeft firmware 1.12.223 en hangt in het AV-VLAN (VLAN 40).

Foutcode in het Zoom-beheerportaal: 104103. Maandag om 09:00 wordt de zaal gebruikt voor het directieoverleg, graag voor die tijd oplossen.

Al gedaan: Tap opnieuw opgestart, netwerkkabel gecontroleerd, Zoom Rooms-account uit- en weer ingelogd.
""",
)

msg(
    "it-22",
    "ticket",
    "none",
    r"""
Onderwerp: website groothandel geblokkeerd in chrome en edge

hoi helpdesk,
als ik in chrome (versie 122.0.6261.112) naar het bestelportaal van onze groothandel ga krijg ik "Uw verbinding is niet privé, NET::ERR_CERT_AUTHORITY_INVALID". in edge hetzelfde, in firefox ook. op de blokkeerpagina staat "client-ip: ⟦IP|10.40.8.113⟧, categorie: onbekend". op mijn telefoon via 4g werkt het wel. volgens mij komt het door sophos, want sinds vorige week staat Sophos Endpoint 2023.2.2.1 erop. de winkel moet vandaag nog bestellen voor het weekend.
laptop: LT-WINKEL-02, windows 11

gr ⟦P|yusuf⟧
""",
)

msg(
    "it-23",
    "email",
    "none",
    r"""
Van: ⟦P|Anneke Zuidhof⟧ <⟦E|a.zuidhof@notariaatdelta.nl⟧>
Aan: servicedesk@securenoord.nl
Onderwerp: FW: Microsoft 365: uw wachtwoord verloopt binnenkort

Hoi servicedesk,

Deze mail kreeg ik net binnen. Ik heb op de knop geklikt en mijn gebruikersnaam ingevuld, maar gelukkig niet mijn wachtwoord: toen zag ik dat het adres raar was. In de aanmeldlogboeken zie ik alleen mijn eigen aanmelding vanaf ⟦IP|77.163.48.212⟧ (thuis). Moet ik nog iets doen?

⟦P|Anneke Zuidhof⟧ | kandidaat-notaris
T ⟦T|0118 - 43 92 16⟧

-----Original Message-----
From: Microsoft 365 Beheer <no-reply@m365-securemail-notice.com>
Sent: woensdag 12 maart 2025 07:41
To: ⟦E|a.zuidhof@notariaatdelta.nl⟧
Subject: Uw Microsoft 365-wachtwoord verloopt binnenkort

Beste ⟦P|a.zuidhof⟧,

Uw wachtwoord voor ⟦E|a.zuidhof@notariaatdelta.nl⟧ verloopt vandaag om 23:59. Bevestig via de knop hieronder dat u uw bestaande wachtwoord wilt blijven gebruiken.

[Wachtwoord bevestigen]

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
)

msg(
    "it-24",
    "ticket",
    "none",
    r"""
Melding FAC-3317 | Slagboom parkeergarage herkent kenteken niet
Aanmelder: ⟦P|Wendelien Korporaal⟧ (juridische zaken, 4e etage)

Sinds ik een nieuwe leaseauto heb gaat de slagboom van de garage niet meer open. Het nieuwe kenteken is ⟦LP|GZ-731-K⟧, het oude was ⟦LP|53-RNK-2⟧. In het Nedap-systeem staat volgens de receptie nog het oude kenteken gekoppeld aan mijn toegangspas. De intercom bij de slagboom (2N IP Verso) verbindt wel door naar de receptie, maar na 18:00 neemt niemand meer op.

Kunnen jullie het kenteken in ANPR omzetten? De leasemaatschappij (Athlon) heeft de auto op 10 maart geleverd.

Groeten,
⟦P|Wendelien⟧
""",
)

msg(
    "it-25",
    "email",
    "erasure",
    r"""
Van: ⟦P|Tamara Rozendaal⟧ <⟦E|tamararozendaal@kpnmail.nl⟧>
Aan: klantenservice@lampenhuis-online.nl
Onderwerp: Account en nieuwsbrief verwijderen

Hallo,

Ik heb in 2021 één keer een lamp besteld (bestelling LH-2021-04418), maar ik krijg nog steeds elke week mails via Mailchimp en sinds kort ook sms'jes op ⟦T|06 33 90 17 52⟧. Wilt u mijn account, mijn adresgegevens en mijn bestelgeschiedenis volledig verwijderen, ook uit Mailchimp en uit jullie Shopify-winkel? Graag een bevestiging als het gedaan is.

Ter herkenning: klantnummer ⟦C|100238871⟧, ⟦A|Weverstraat 7⟧, ⟦PC|6862 DK⟧ ⟦L|Oosterbeek⟧.

Met vriendelijke groet,
⟦P|Tamara Rozendaal⟧
""",
)

msg(
    "it-26",
    "ticket",
    "none",
    r"""
Ticket: IAM-20744
Requester: ⟦P|Przemysław Zieliński⟧ (magazijn, ploeg B)
Language: EN/NL

Hello helpdesk,
I have new phone (Xiaomi Redmi Note 13, the old one is broken) and now Microsoft Authenticator is not working, I cannot login in Outlook and in Teams. The message is "AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication". My new number is ⟦T|+48 601 428 377⟧, old number ⟦T|06 87 21 40 93⟧ is not working anymore.
Please call me on the new number, best after 14:30. My teamleider ⟦P|Gijs Verhoef⟧ knows about this.

Thank you, ⟦P|Przemek⟧

Notitie ⟦P|Ikram⟧ (servicedesk): MFA-methoden gereset in Entra, Temporary Access Pass aangemaakt (8 uur geldig), doorgegeven via de teamleider.
""",
)

msg(
    "it-27",
    "ticket",
    "none",
    r"""
Ticket #NAS-412 | Hyper Backup naar C2 mislukt

Synology DS920+ met DSM 7.2.1-69057 Update 4. Hyper Backup 4.1.0-3718 meldt sinds 3 maart "Back-uptaak mislukt: de doelmap is niet beschikbaar". Doel is Synology C2 Storage (regio Europa, Frankfurt). Lokale snapshots werken wel, volumegebruik 71%.

Storage Manager geeft daarnaast een waarschuwing voor schijf 3 (WD Red Plus 4TB, WD40EFZX): "Aantal slechte sectoren: 12". Moet die schijf vervangen worden onder garantie?

Groet, ⟦P|Okke⟧
""",
)

msg(
    "it-28",
    "ticket",
    "none",
    r"""
Ticket SEC-0993 | Account steeds geblokkeerd
Aanmelder: ⟦P|Soufiane Boukhari⟧ (tekenkamer)

Mijn account wordt elk uur geblokkeerd, sinds ik gisteren mijn wachtwoord heb veranderd. Beheer vond dit in de logs van DC01:

Log Name:      Security
Source:        Microsoft-Windows-Security-Auditing
Date:          13-3-2025 09:14:52
Event ID:      4740
Task Category: User Account Management
Level:         Information
Keywords:      Audit Success
Computer:      DC01.hoekstra-bouw.local
Description:
A user account was locked out.

Subject:
    Security ID:        SYSTEM
    Account Name:       DC01$
    Account Domain:     HOEKSTRA
    Logon ID:           0x3E7

Account That Was Locked Out:
    Security ID:        HOEKSTRA\⟦P|s.boukhari⟧
    Account Name:       ⟦P|s.boukhari⟧

Additional Information:
    Caller Computer Name: WS-TEKEN-05

Op WS-TEKEN-05 was ik vorige week ingelogd voor de licentieserver van AutoCAD 2024, misschien staat daar nog een oude sessie open?
""",
)

msg(
    "it-29",
    "ticket",
    "none",
    r"""
Ticket TEL-2208 | Voicemail komt niet meer in de mail
Aanmelder: ⟦P|Kirsten Wagenvoort⟧, receptie

Sinds de update van 3CX naar V20 Update 1 (20.0.1.470) krijgen we de voicemails van de algemene lijn (toestel 200) niet meer als .wav in de mailbox receptie@. Ook mijn eigen voicemail (toestel 214, doorgeschakeld naar mijn mobiel ⟦T|06 55 20 83 19⟧) komt niet door.

In het 3CX-log: "SMTP: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant".

Gisteren heeft een klant, dhr. ⟦P|Van Rooijen⟧, een voicemail ingesproken over zijn offerte en die is nu zoek. Zijn nummer stond gelukkig nog in de gemiste oproepen: ⟦T|0513 - 62 41 87⟧.
""",
)

msg(
    "it-30",
    "ticket",
    "none",
    r"""
Ticket #BH-3307 | Overstap SnelStart naar Yuki: export grootboek mislukt
Aanmelder: ⟦P|Roshni Bhoelai⟧ (⟦E|roshni@bhoelai-boekhouding.nl⟧)

Hoi,

Ik werk als zelfstandig boekhouder en zet mijn klanten over van SnelStart 12 naar Yuki. Bij één klant (een kapsalon, administratie 0042) lukt de export van de grootboekrekeningen niet: "Fout 0x80040E14 - Ongeldige kolomnaam 'Kostenplaats'". Bij de rest gaat het goed, ook de klanten die uit King en Twinfield komen.

Daarnaast wil ik mijn eigen administratie in Yuki zetten. Mijn zakelijke rekening ⟦IBAN|NL24 INGB 2873 1923 56⟧ moet gekoppeld worden, mijn KvK-nummer is ⟦KVK|90417732⟧. Yuki vraagt bij de bankkoppeling om een machtiging via ING Zakelijk, maar die pagina blijft laden in Safari 17.3.

Met vriendelijke groet,
⟦P|Roshni Bhoelai⟧
⟦T|06 29 48 70 35⟧
""",
)


# ================================================================ 2. forwarded mail threads
msg(
    "fw-01",
    "email",
    "none",
    r"""
Hoi support,

Hieronder de mail van onze Duitse leverancier. In jullie planningssoftware (BouwPlanner 4.2) kan ik bij een levering geen buitenlands e-mailadres invullen, het veld geeft "ongeldig e-mailadres" bij een adres op .de. Kunnen jullie dat oplossen?

Groet,
⟦P|Maarten Olthof⟧
Timmerbedrijf De Eikenhoek

---------- Doorgestuurd bericht ----------
Van: ⟦P|Jörg Wendelken⟧ <⟦E|j.wendelken@holzbau-wendelken.de⟧>
Datum: ma 3 feb 2025 om 10:12
Onderwerp: Lieferung Eichenbalken KW 7
Aan: ⟦P|Maarten Olthof⟧ <⟦E|maarten@de-eikenhoek.nl⟧>

Hallo Herr ⟦P|Olthof⟧,

die Eichenbalken (Auftrag 2025-0211) werden am Donnerstag geliefert. Bitte bestätigen Sie die Lieferadresse: ⟦A|Veenweg 18⟧, ⟦PC|7711 HM⟧ ⟦L|Nieuwleusen⟧? Unser Fahrer ⟦P|Andrzej⟧ ruft Sie ca. 30 Minuten vorher unter ⟦T|+31 6 24 80 51 97⟧ an.

Viele Grüße
⟦P|Jörg Wendelken⟧
Holzbau Wendelken GmbH
""",
)

msg(
    "fw-02",
    "email",
    "none",
    r"""
Onderwerp: Fwd: Facture F-2025-0388 / rappel

Goedemiddag Factuurwijs,

Onze Franse leverancier stuurt een herinnering voor een factuur die volgens ons al betaald is. Kunnen jullie in het portaal nakijken of de betaling van 14 februari aan de juiste factuur is gekoppeld? Ons debiteurnummer bij jullie is ⟦C|DB-55817⟧.

Met vriendelijke groet,
⟦P|Inge Brouwer-Kalkman⟧
Financiële administratie

---------- Forwarded message ---------
De : ⟦P|Amélie Fournel⟧ <⟦E|amelie.fournel@atelier-fournel.fr⟧>
Date: ven. 7 mars 2025 à 09:31
Subject: Facture F-2025-0388 / rappel
To: ⟦P|Inge Brouwer-Kalkman⟧ <⟦E|i.brouwer@keramiekhuis-delta.nl⟧>

Bonjour Madame ⟦P|Brouwer⟧,

Sauf erreur de notre part, la facture F-2025-0388 du 15 janvier (1 240,00 EUR) reste impayée. Merci de procéder au virement sur notre compte ⟦IBAN|FR76 3618 5431 2527 1695 6003 144⟧ en indiquant le numéro de facture.

Cordialement,
⟦P|Amélie Fournel⟧
Gérante - Atelier Fournel
⟦T|+33 6 47 18 92 05⟧
""",
)

msg(
    "fw-03",
    "email",
    "none",
    r"""
Hoi support,

Zie hieronder. Kunnen jullie als reseller de 25 Power BI Pro-licenties in onze tenant (koeltechniekdijkstra.onmicrosoft.com) verlengen per 1 april? De oude inkooporder was PO-2024-1187.

Groet,
⟦P|Margriet⟧

---------- Doorgestuurd bericht ----------
Van: ⟦P|Oliver Pembridge⟧ <⟦E|oliver.pembridge@northgate-analytics.co.uk⟧>
Datum: do 6 mrt 2025 om 17:05
Onderwerp: Re: Power BI Pro licences - renewal
Aan: ⟦P|Margriet Verschuren⟧ <⟦E|m.verschuren@koeltechniekdijkstra.nl⟧>
CC: ⟦P|Priyanka Nair⟧ <⟦E|p.nair@northgate-analytics.co.uk⟧>

Hi ⟦P|Margriet⟧,

Thanks for your call. As discussed, our dashboards (Northgate Insights 3.8) need Power BI Pro for every viewer. We are not a Microsoft reseller ourselves, so please renew the licences through your own partner. ⟦P|Priyanka⟧ will send the updated connector (v3.8.2) next week.

Kind regards,
⟦P|Oliver Pembridge⟧
Account Manager EMEA | Northgate Analytics Ltd
M ⟦T|+44 7700 918 442⟧
""",
)

msg(
    "fw-04",
    "email",
    "none",
    r"""
Beste mensen van Polisvaart,

Hieronder de mail van de expert. Ik begrijp niet waarom de schade aan mijn auto nog niet is uitbetaald, het is nu al drie weken. Polisnummer ⟦C|PV-88120453⟧.

Groet,
⟦P|Hasan Demirci⟧

Op di 11 mrt 2025 om 16:40 schreef ⟦P|R. Tjong-Ayong⟧ <⟦E|r.tjongayong@schade-expertise-west.nl⟧>:
> Geachte heer ⟦P|Demirci⟧,
>
> Naar aanleiding van de aanrijding op 24 februari in ⟦L|Zoetermeer⟧ heb ik uw voertuig (Volkswagen Golf 8, kenteken ⟦LP|S-482-RN⟧) geïnspecteerd bij Autoschade Rijnland. De herstelkosten bedragen € 3.412,50 incl. btw.
> De uitkering wordt overgemaakt op ⟦IBAN|NL31 ABNA 8139 8822 66⟧ t.n.v. ⟦P|H. Demirci⟧ zodra de verzekeraar akkoord geeft.
>
> Met vriendelijke groet,
> ⟦P|Rudi Tjong-Ayong⟧
> Schade-expert
""",
)

msg(
    "fw-05",
    "email",
    "rectification",
    r"""
Aan: klantenservice@stroomzeker.nl
Onderwerp: Fwd: Welkom bij Stroomzeker - uw contractgegevens

Goedemiddag,

In de welkomstmail hieronder staan twee fouten. Mijn achternaam is ⟦P|Soeratman⟧ en niet ⟦P|Suratman⟧, en het adres moet ⟦A|Van Heemskerckstraat 41-B⟧ zijn (zonder B komt de post bij de benedenburen). Wilt u dit aanpassen in mijn klantgegevens en op de jaarafrekening?

Vriendelijke groet,
⟦P|Dewi Soeratman⟧

---------- Doorgestuurd bericht ----------
Van: Stroomzeker <noreply@stroomzeker.nl>
Datum: vr 28 feb 2025 om 08:02
Onderwerp: Welkom bij Stroomzeker - uw contractgegevens
Aan: <⟦E|dewi.soeratman@hotmail.com⟧>

Beste mevrouw ⟦P|Suratman⟧,

Welkom bij Stroomzeker! Hieronder vindt u uw contractgegevens.

Klantnummer: ⟦C|SZ-40718823⟧
Leveringsadres: ⟦A|Van Heemskerckstraat 41⟧, ⟦PC|2266 TB⟧ ⟦L|Leidschendam⟧
Product: Stroomzeker Vast 1 jaar (stroom en gas)
Ingangsdatum: 1 maart 2025
Termijnbedrag: € 142,00 per maand

Met vriendelijke groet,
Team Stroomzeker
""",
)

msg(
    "fw-06",
    "email",
    "none",
    r"""
Onderwerp: FW: verhuizing + overzetten abonnement

Hallo,

Mijn vriend heeft dit al eerder gemaild maar we hebben nooit antwoord gekregen, daarom stuur ik het nog een keer door. Per 1 mei wonen we op het nieuwe adres. Kan het abonnement mee?

⟦P|Kimberley Goedhart⟧

-----Oorspronkelijk bericht-----
Van: ⟦P|Jelmer Blokzijl⟧ <⟦E|jelmerblokzijl@gmail.com⟧>
Verzonden: maandag 10 maart 2025 21:47
Aan: service@glasweb.nl
CC: ⟦P|Kimberley Goedhart⟧ <⟦E|kim.goedhart@live.nl⟧>
Onderwerp: verhuizing + overzetten abonnement

Beste Glasweb,

Wij verhuizen van ⟦A|Koolmeesstraat 3⟧, ⟦PC|8253 BH⟧ ⟦L|Dronten⟧ naar ⟦A|Havenkade 88⟧, ⟦PC|8224 BN⟧ ⟦L|Lelystad⟧. Het abonnement (Internet + TV Compleet, contractnummer ⟦C|GW-5529170⟧) staat op mijn naam. Kunnen jullie de aansluiting op de nieuwe plek activeren per 1 mei? Het modem (Zyxel EX5601-T0) en de tv-box nemen we mee.

Op werkdagen ben ik bereikbaar op ⟦T|06 24 31 79 08⟧.

Groeten,
⟦P|Jelmer⟧
""",
)

msg(
    "fw-07",
    "email",
    "none",
    r"""
Onderwerp: Fwd: Aanmelding jeugdlid

Beste ledenadministratie,

Hieronder de mail van trainer ⟦P|Esther⟧ over de aanmelding van onze zoon. In de app Sportlink Club staat hij nog steeds als "aspirant-lid" en we kunnen hem niet inschrijven voor de clubkampioenschappen. Kunnen jullie dat aanpassen? De eerste contributie is al afgeschreven.

Groetjes,
⟦P|Nicole Hoekstra-Bakkum⟧

---------- Doorgestuurd bericht ----------
Van: ⟦P|Esther van Wijngaarden⟧ <⟦E|esther.trainer.dedolfijn@gmail.com⟧>
Datum: zo 2 mrt 2025 om 19:55
Onderwerp: Aanmelding jeugdlid
Aan: ⟦P|Nicole Hoekstra⟧ <⟦E|nicole.hoekstra@upcmail.nl⟧>

Hoi ⟦P|Nicole⟧,

Leuk dat ⟦P|Mats⟧ bij de Dolfijn komt zwemmen! Voor de administratie heb ik nog nodig:
- volledige naam: ⟦P|Mats Hoekstra⟧
- geboortedatum: ⟦DOB|09-05-2016⟧
- relatiecode KNZB (als hij die al heeft): ⟦C|NKT38P6⟧

Je schreef dat hij ⟦H|absence-epilepsie⟧ heeft en altijd ⟦H|noodmedicatie⟧ bij zich heeft. Ik zet dat in het trainersdossier, alleen zichtbaar voor de trainers en de EHBO'er.

Sportieve groet,
⟦P|Esther⟧
Z&PC De Dolfijn
""",
)

msg(
    "fw-08",
    "email",
    "withdraw_consent",
    r"""
Onderwerp: Fwd: Bevestiging fotoshoot + toestemming beeldgebruik

Goedemorgen,

Hieronder de bevestiging van de fotoshoot van vorig jaar. Ik heb toen toestemming gegeven om de foto's van mijn dochter ⟦P|Mayra⟧ te gebruiken op jullie website en Instagram. Die toestemming trek ik hierbij in. Wilt u de foto's binnen twee weken offline halen en mij laten weten wanneer dat gedaan is?

Met vriendelijke groet,
⟦P|Chantal Maduro⟧
⟦T|06 41 07 66 29⟧

---------- Doorgestuurd bericht ----------
Van: Fotostudio Lichtval <info@fotostudio-lichtval.nl>
Datum: di 14 mei 2024 om 11:20
Onderwerp: Bevestiging fotoshoot + toestemming beeldgebruik
Aan: ⟦E|chantal.maduro@gmail.com⟧

Beste ⟦P|Chantal⟧,

Bedankt voor de leuke shoot met ⟦P|Mayra⟧! Zoals besproken:

Bestelling: FS-2024-0517 (kinderportret, 5 prints 20x30)
Toestemming beeldgebruik website/social media: JA
Fotograaf: ⟦P|Mirthe Hagenaars⟧

Tot ziens in de studio!
""",
)

msg(
    "fw-09",
    "email",
    "none",
    r"""
Onderwerp: Fwd: Ontbrekende gegevens plaatsingsovereenkomst

Hallo KidsPortaal-support,

De kinderopvang vraagt het BSN van onze dochter, maar in de ouder-app (KidsPortaal 5.12.0 op Android 14) geeft het invoerveld steeds "Ongeldig BSN". Het BSN van ⟦P|Juultje⟧ is ⟦BSN|2019.24.006⟧ en dat van mij ⟦BSN|194668204⟧; wat ik ook invul, het veld blijft rood. Met en zonder puntjes geprobeerd.

Groet,
⟦P|Wouter Lindeboom⟧

---------- Doorgestuurd bericht ----------
Van: Planning KDV Het Boomhuis <planning@kdvhetboomhuis.nl>
Datum: wo 5 mrt 2025 om 14:18
Onderwerp: Ontbrekende gegevens plaatsingsovereenkomst
Aan: ⟦P|W. Lindeboom⟧ <⟦E|w.lindeboom@xs4all.nl⟧>

Beste ⟦P|Wouter⟧ en ⟦P|Laila⟧,

Voor de plaatsing van ⟦P|Juultje⟧ per 1 april (maandag en donderdag, groep Eekhoorntjes) missen we nog haar BSN en het BSN van de aanvragende ouder voor de kinderopvangtoeslag. U kunt dit invullen in KidsPortaal onder Mijn gegevens.

Ons LRK-nummer voor de Belastingdienst is 158374926.

Met vriendelijke groet,
⟦P|Sandra⟧ - planning
""",
)

msg(
    "fw-10",
    "email",
    "none",
    r"""
Onderwerp: Fwd: Verslag kick-off migratie naar Microsoft 365

Hoi ⟦P|Evert-Jan⟧,

Zoals beloofd het verslag van de kick-off. Kunnen jullie als implementatiepartner de actiepunten voor jullie rekening nakijken?

Gr. ⟦P|Mirjam Luitjes⟧

---------- Doorgestuurd bericht ----------
Van: ⟦P|Mirjam Luitjes⟧ <⟦E|m.luitjes@stichtingkwartier.nl⟧>
Datum: vr 7 mrt 2025 om 16:30
Onderwerp: Verslag kick-off migratie naar Microsoft 365
Aan: team-ict@stichtingkwartier.nl

Verslag kick-off

Aanwezig
⟦P|Mirjam Luitjes⟧ (projectleider), ⟦P|Hamid Ouahabi⟧ (applicatiebeheer), ⟦P|Ria Kosters⟧ (facilitair), ⟦P|Evert-Jan Wesseling⟧ (Cloudwerk)

Planning
Week 12: inventarisatie mailboxen (Exchange 2016, 184 mailboxen)
Week 14: pilot met afdeling Financiën
Week 16: migratie via BitTitan MigrationWiz

Risico's
Oude Windows 7-pc's in het magazijn; licenties Office 2016 lopen af.

Actiepunten
Inventarisatie gedeelde mailboxen - ⟦P|Hamid⟧
Offerte Intune-uitrol - ⟦P|Evert-Jan⟧
Afspraak met de ondernemingsraad - ⟦P|Ria⟧

Volgend overleg
Donderdag 20 maart, 10:00, vergaderzaal Kwartiermaker
""",
)

msg(
    "fw-11",
    "email",
    "none",
    r"""
Van: ⟦P|Bas Veldhuizen⟧ <⟦E|b.veldhuizen@installatiegroep-noord.nl⟧>
Aan: fleet@leasewijzer.nl
Onderwerp: FW: Bekeuring leaseauto - gegevens bestuurder

Goedemiddag,

Voor de bekeuring op de ⟦LP|V-215-HB⟧ (Škoda Enyaq, beschikkingsnummer 3012 4589 2210 7741) was de bestuurder onze monteur ⟦P|Jordy Kerkhoven⟧. Zijn gegevens staan hieronder; kunnen jullie de bekeuring op zijn naam laten zetten?

Met vriendelijke groet,
⟦P|Bas Veldhuizen⟧
Wagenparkbeheer

-----Oorspronkelijk bericht-----
Van: ⟦P|Jordy Kerkhoven⟧ <⟦E|jordykerkhoven@hotmail.nl⟧>
Verzonden: donderdag 6 maart 2025 07:12
Aan: ⟦P|Bas Veldhuizen⟧ <⟦E|b.veldhuizen@installatiegroep-noord.nl⟧>
Onderwerp: bekeuring

Hoi ⟦P|Bas⟧, dat was ik idd op de A7 bij ⟦L|Heerenveen⟧, sorry. Hier mn gegevens:
⟦P|Jordy Kerkhoven⟧
geb. ⟦DOB|22-08-1996⟧
⟦A|Slingerweg 40⟧
⟦PC|8442 PA⟧ ⟦L|Heerenveen⟧
rijbewijsnummer ⟦ID|5208813427⟧
""",
)

msg(
    "fw-12",
    "email",
    "portability",
    r"""
Aan: support@fitloop.app
Onderwerp: Fwd: Welkom bij FitLoop Premium

Hallo FitLoop,

Ik stap over naar Garmin Connect en wil al mijn gegevens uit FitLoop meenemen: trainingen, hartslagmetingen, gewicht en slaapdata. Kunnen jullie die aanleveren in een bruikbaar formaat (CSV, JSON of GPX), zodat ik ze zelf kan importeren? Vooral de hartslagdata sinds mijn ⟦H|hartoperatie⟧ in 2023 wil ik niet kwijt. Mijn accountgegevens staan in de welkomstmail hieronder.

Met vriendelijke groet,
⟦P|Kemal Akgündüz⟧

---------- Doorgestuurd bericht ----------
Van: FitLoop <hello@fitloop.app>
Datum: za 6 jan 2024 om 09:00
Onderwerp: Welkom bij FitLoop Premium
Aan: ⟦E|kemal.akgunduz@gmail.com⟧

Hoi ⟦P|Kemal⟧!

Je Premium-abonnement is actief. Lidnummer: ⟦C|FL-0093371⟧. Koppel je Apple Watch of Fitbit via Instellingen > Apparaten.

Team FitLoop
""",
)

msg(
    "fw-13",
    "email",
    "none",
    r"""
Dag ⟦P|Arne⟧,

Hierbij de mail van klant ⟦P|Lieselot Vanhoutte⟧ door. Het premieportaal van Fluvius aanvaardt haar rijksregisternummer niet ("formaat ongeldig") en ik weet niet of het aan ons sjabloon in SolarDossier ligt. Kan je eens kijken? Dossier ZP-2025-114, installatie 12 panelen Jinko Tiger Neo 435 W met omvormer SolarEdge SE4000H.

Met vriendelijke groeten,
⟦P|Lowie Claeys⟧
Zonnetechniek Leiestreek

---------- Doorgestuurd bericht ----------
Van: ⟦P|Lieselot Vanhoutte⟧ <⟦E|lieselot.vanhoutte@telenet.be⟧>
Datum: di 4 mrt 2025 om 20:31
Onderwerp: documenten premie zonnepanelen
Aan: ⟦P|Lowie Claeys⟧ <⟦E|lowie@zonnetechniek-leiestreek.be⟧>

Dag ⟦P|Lowie⟧,

Hier de gegevens die je vroeg voor de premieaanvraag:

Rijksregisternummer: ⟦ID|79.04.17-030.80⟧
Adres: ⟦A|Holstraat 56⟧, ⟦PC|8570⟧ ⟦L|Anzegem⟧
Rekeningnummer: ⟦IBAN|BE95 8876 9379 8658⟧
Btw (ik ben zelfstandig vertaalster in bijberoep, de factuur mag op de zaak): ⟦BTW|BE0896221305⟧
Gsm: ⟦T|0478/23.41.09⟧

Laat maar weten als er nog iets ontbreekt!

Met vriendelijke groeten,
⟦P|Lieselot⟧
""",
)

msg(
    "fw-14",
    "email",
    "none",
    r"""
Onderwerp: Fwd: Teslimat / levering eettafel

Goedemorgen Meubelplein-klantenservice,

Mijn eettafel (bestelling MP-2025-30419, Antalya eettafel notenhout 220 cm) wordt rechtstreeks door de fabrikant in Turkije geleverd. Hieronder hun mail. Zij hebben een verkeerd adres; kunnen jullie dit doorgeven? Het juiste adres is ⟦A|Akeleiweg 27⟧, ⟦PC|5509 RV⟧ ⟦L|Veldhoven⟧.

Groet,
⟦P|Berna Kılıç⟧
⟦T|06 18 93 55 24⟧

---------- Doorgestuurd bericht ----------
Van: ⟦P|Mehmet Karaca⟧ <⟦E|mehmet.karaca@anadolumobilya.com.tr⟧>
Datum: vr 7 mrt 2025 om 13:44
Onderwerp: Teslimat / levering eettafel
Aan: ⟦E|berna.kilic@outlook.com⟧

Sayın ⟦P|Berna Kılıç⟧,

Masanız 18 Mart'ta ⟦L|Veldhoven⟧'a teslim edilecektir. De tafel wordt op 18 maart geleverd op ⟦A|Akeleiweg 72⟧. Klopt dit adres?

Saygılarımla,
⟦P|Mehmet Karaca⟧
Anadolu Mobilya - ihracat
⟦T|+90 532 417 28 60⟧
""",
)

msg(
    "fw-15",
    "email",
    "complaint",
    r"""
Aan: klachten@diagnostiekcentrum-zuid.nl
Onderwerp: Klacht: mijn uitslag naar een ander gestuurd (Fwd: brief in mijn brievenbus)

Geachte heer, mevrouw,

Hierbij dien ik een klacht in. Mijn buurman kreeg afgelopen zaterdag een brief van uw laboratorium met de uitslag van mijn ⟦H|schildklieronderzoek⟧ in zijn brievenbus, met zijn naam op de envelop maar mijn gegevens in de brief. Zie zijn mail hieronder. Ik vind het onacceptabel dat mijn medische gegevens bij een ander terechtkomen en wil weten hoe dit kon gebeuren en of u dit bij de Autoriteit Persoonsgegevens hebt gemeld.

⟦P|Marjan Scheepstra-Vos⟧
Geboortedatum: ⟦DOB|30-01-1968⟧
⟦A|Lindelaan 19⟧, ⟦PC|6002 EK⟧ ⟦L|Weert⟧

Op za 8 mrt 2025 om 12:03 schreef ⟦P|Gerrit Pothoven⟧ <⟦E|gerritpothoven@kpnplanet.nl⟧>:
> Beste ⟦P|Marjan⟧,
> Deze brief lag vandaag bij mij in de bus, de envelop was aan mij maar de brief gaat over jou. Ik heb hem niet verder gelezen, ik breng hem vanavond even langs.
> Groet, ⟦P|Gerrit⟧ (nr. 21)
""",
)

msg(
    "fw-16",
    "email",
    "none",
    r"""
Onderwerp: FW: Sollicitatie medior .NET-ontwikkelaar - upload mislukt

Hoi Recruitee-support,

De kandidaat hieronder heeft gemaild omdat de upload van zijn cv in ons sollicitatieformulier (werkenbij.datavorm.nl) vastloopt met "Bestand kon niet worden verwerkt (413)". Het pdf-bestand is 11 MB. Kunnen jullie de limiet verhogen? Ik heb zijn gegevens handmatig ingevoerd in de vacature NET-2025-04.

Groet,
⟦P|Lisanne Ter Horst⟧
Recruiter | Datavorm

-----Oorspronkelijk bericht-----
Van: ⟦P|Tiago Monteiro Lopes⟧ <⟦E|tiago.mlopes@protonmail.com⟧>
Verzonden: dinsdag 11 maart 2025 23:04
Aan: vacatures@datavorm.nl
Onderwerp: Sollicitatie medior .NET-ontwikkelaar

Beste ⟦P|Lisanne⟧,

Het uploaden van mijn cv lukt niet, daarom stuur ik mijn gegevens zo:

Naam: ⟦P|Tiago Monteiro Lopes⟧
Geboortedatum: ⟦DOB|2 juni 1993⟧
Woonplaats: ⟦L|Maassluis⟧
Telefoon: ⟦T|+31 6 58 02 44 71⟧
LinkedIn: ⟦U|https://www.linkedin.com/in/tiago-monteiro-lopes-9a4b21⟧
Portfolio: ⟦U|https://tiagomlopes.dev⟧

Ervaring: C# / .NET 8, Azure Functions, Entity Framework Core, Blazor.

Met vriendelijke groet,
⟦P|Tiago⟧
""",
)

msg(
    "fw-17",
    "email",
    "none",
    r"""
Onderwerp: Fwd: Schoolreisje groep 5 - medische informatie

Beste Parro-helpdesk,

Hieronder een bericht van de juf. Ik moet de medische gegevens van ⟦P|Sem⟧ in Parro invullen, maar bij het formulier "Medische informatie" krijg ik in de app (versie 3.41 op iPadOS 17) alleen een wit scherm. Via de browser lukt het ook niet. Het schoolreisje is volgende week.

Vriendelijke groeten,
⟦P|Ruben Sahertian⟧

---------- Doorgestuurd bericht ----------
Van: Juf ⟦P|Annemiek⟧ via Parro <noreply@parro.com>
Datum: ma 10 mrt 2025 om 15:12
Onderwerp: Schoolreisje groep 5 - medische informatie

Beste ouders van ⟦P|Sem⟧,

Voor het schoolreisje naar Burgers' Zoo hebben we de medische informatie nodig. Ik weet dat ⟦P|Sem⟧ ⟦H|type 1-diabetes⟧ heeft en een ⟦H|insulinepomp⟧ draagt. Willen jullie in Parro invullen wat we moeten doen bij een hypo? Meester ⟦P|Okan⟧ gaat als begeleider mee in zijn groepje.

Groetjes,
Juf ⟦P|Annemiek⟧
""",
)

msg(
    "fw-18",
    "email",
    "none",
    r"""
Onderwerp: FW: Retour aanvraag RMA-77201

Beste klantenservice,

Ik heb vorige week een retour aangemeld, maar de koerier is niet geweest. Hieronder de bevestiging. Ik ben de hele week thuis, behalve woensdag.

⟦P|Yvonne Stapelkamp⟧
Klantnummer ⟦C|400-1188-203⟧

-----Oorspronkelijk bericht-----
Van: Elektrohuis Online <service@elektrohuis-online.nl>
Verzonden: dinsdag 4 maart 2025 10:02
Aan: ⟦E|y.stapelkamp@gmail.com⟧
Onderwerp: Retour aanvraag RMA-77201

Beste ⟦P|Yvonne Stapelkamp⟧,

Uw retouraanvraag is ontvangen.

Artikel: Philips 3000 series airfryer HD9252/90 (EAN 8720389001457)
Ordernummer: 2025-0221-88417
Reden: defect, verwarmt niet
Ophaaladres: ⟦A|Bosbesstraat 4⟧, ⟦PC|7741 XL⟧ ⟦L|Coevorden⟧

Onze koerier haalt het pakket binnen 5 werkdagen op.

Met vriendelijke groet,
Elektrohuis Online
""",
)

msg(
    "fw-19",
    "email",
    "none",
    r"""
Onderwerp: Fwd: Reserva confirmada / boekingsbevestiging Hotel Mar Azul

Hallo reisbureau,

Het hotel vraagt nog om de paspoortgegevens en heeft mijn creditcard volgens mij verkeerd genoteerd (de boeking is via jullie gegaan, dossier RB-25-06612). Kunnen jullie het hotel de goede gegevens sturen?

Paspoort: ⟦ID|NXR4K82T1⟧
Creditcard: ⟦CC|5314 7893 2880 4073⟧, geldig tot 09/27

Groet,
⟦P|Annemarie Dijkgraaf⟧

---------- Doorgestuurd bericht ----------
Van: Reservas Hotel Mar Azul <reservas@hotelmarazul.es>
Datum: lun, 10 mar 2025 a las 12:37
Onderwerp: Reserva confirmada / boekingsbevestiging
Aan: ⟦E|a.dijkgraaf@ziggo.nl⟧

Estimada Sra. ⟦P|Dijkgraaf⟧,

Confirmamos su reserva del 14 al 21 de abril (habitación doble, vista al mar) para ⟦P|Annemarie Dijkgraaf⟧ y ⟦P|Pieter Dijkgraaf⟧. La tarjeta registrada termina en 4037, por favor revise los datos.

Un saludo,
⟦P|Lucía Ferrández⟧
Recepción - Hotel Mar Azul
""",
)

msg(
    "fw-20",
    "email",
    "none",
    r"""
Hoi ⟦P|Mourad⟧,

Zie de draad hieronder. Kun jij als onze ICT-leverancier bevestigen welke vervanger we voor de Ubiquiti-router moeten nemen? De leverancier zegt dat de EdgeRouter X end-of-life is.

⟦P|Carla⟧

Op wo 12 mrt 2025 om 09:18 schreef ⟦P|Sybren Kamminga⟧ <⟦E|sybren@kamminga-netwerkbeheer.nl⟧>:
> Hoi ⟦P|Carla⟧,
>
> Ja, de EdgeRouter X (firmware v2.0.9-hotfix.7) krijgt geen updates meer. Ik adviseer een UniFi Cloud Gateway Ultra. Die kan ik volgende week plaatsen.
>
> Groet, ⟦P|Sybren⟧
>
> Op di 11 mrt 2025 om 17:02 schreef ⟦P|Carla Bosschaart⟧ <⟦E|c.bosschaart@kinderfysio-westland.nl⟧>:
>> Hoi ⟦P|Sybren⟧,
>>
>> Het internet valt hier weer om de paar uur uit. In het beheerscherm zie ik "WAN down, DHCP timeout". De router heeft 192.168.1.1, er hangen 14 apparaten aan. Moeten we iets vervangen?
>>
>> Groetjes, ⟦P|Carla Bosschaart⟧
>> Praktijkmanager
""",
)

msg(
    "fw-21",
    "email",
    "none",
    r"""
Onderwerp: Fwd: pakket voor oom ⟦P|Errol⟧ komt niet aan

Goedendag Zendservice Suriname,

Mijn oom in ⟦L|Nieuw-Nickerie⟧ heeft nog steeds het pakket niet ontvangen dat ik 14 februari bij jullie depot in Rotterdam heb afgegeven (vrachtbrief ZS-2502-44817, 2 dozen, 31 kg). Hieronder zijn mail. Kunnen jullie kijken waar het is?

Groetjes,
⟦P|Gracia Sabajo⟧
⟦T|06 47 30 91 82⟧

---------- Doorgestuurd bericht ----------
Van: ⟦P|Errol Sabajo⟧ <⟦E|errolsabajo59@yahoo.com⟧>
Datum: zo 9 mrt 2025 om 22:10
Onderwerp: pakket
Aan: ⟦P|Gracia⟧ <⟦E|graciasabajo@hotmail.com⟧>

Hoi ⟦P|Gracia⟧ mijn kind,

Het pakket is nog niet hier hoor. Bij jullie kantoor hier zeggen ze dat de container nog in de haven staat. Mijn adres is nog steeds ⟦A|Kanaalstraat 12⟧, ⟦L|Nieuw-Nickerie⟧ en mijn nummer ⟦T|+597 812 4407⟧, geef het maar door.

Groetjes uit ⟦L|Nickerie⟧,
Oom ⟦P|Errol⟧
""",
)

msg(
    "fw-22",
    "email",
    "none",
    r"""
Van: ⟦P|Esra Doğan⟧ <⟦E|e.dogan@flexwerk-uitzendgroep.nl⟧>
Aan: verhuur@woonflex-huisvesting.nl
Onderwerp: FW: problem with room + registration

Goedemiddag,

Hieronder een mail van onze uitzendkracht. Zij heeft een inschrijving in de BRP nodig op haar adres, maar volgens de gemeente staat de kamer niet als woonruimte geregistreerd. Kunnen jullie dit met de gemeente oplossen? Haar BSN heeft ze al van de RNI-inschrijving.

Met vriendelijke groet,
⟦P|Esra Doğan⟧
Intercedent

From: ⟦P|Katarzyna Wróbel⟧ <⟦E|zosia.wrobel91@gmail.com⟧>
Sent: Wednesday, March 12, 2025 6:48 PM
To: ⟦P|Esra Doğan⟧ <⟦E|e.dogan@flexwerk-uitzendgroep.nl⟧>
Subject: problem with room + registration

Hello ⟦P|Esra⟧,

The gemeente says I cannot register on my address ⟦A|Westhavenkade 9 kamer 4⟧, ⟦PC|3131 AG⟧ ⟦L|Vlaardingen⟧, because the room is not registered. My BSN is ⟦BSN|126944994⟧ (from RNI). Without registration I cannot get zorgtoeslag. Also the heating in my room is broken since two weeks.

Pozdrawiam,
⟦P|Zosia Wróbel⟧
""",
)

msg(
    "fw-23",
    "email",
    "none",
    r"""
Onderwerp: FW: Automatisch antwoord: Offerte onderhoud Microsoft Dynamics 365 Business Central

Hallo supportteam,

Ik kreeg onderstaande afwezigheidsmelding toen ik jullie accountmanager mailde. Wie kan de offerte voor het onderhoudscontract (Business Central Essentials, 18 gebruikers) nu afronden? Het contract loopt op 1 april af.

Met vriendelijke groet,
⟦P|Frank Hazenberg⟧
Controller, Veevoeders Twente

-----Oorspronkelijk bericht-----
Van: ⟦P|Marleen Nijkamp⟧ <⟦E|marleen.nijkamp@erpcompaan.nl⟧>
Verzonden: maandag 10 maart 2025 08:00
Aan: ⟦P|Frank Hazenberg⟧ <⟦E|f.hazenberg@veevoederstwente.nl⟧>
Onderwerp: Automatisch antwoord: Offerte onderhoud Microsoft Dynamics 365 Business Central

Dank voor uw bericht. Ik ben afwezig tot en met vrijdag 21 maart, onder meer in verband met mijn werk als ⟦S|gemeenteraadslid voor D66⟧. Voor dringende zaken kunt u contact opnemen met mijn collega ⟦P|Thomas Ekkelkamp⟧ via ⟦E|thomas.ekkelkamp@erpcompaan.nl⟧ of ⟦T|06 21 94 38 07⟧, of met support@erpcompaan.nl.
""",
)

msg(
    "fw-24",
    "email",
    "none",
    r"""
Onderwerp: Fwd: verhuizing fam. ⟦P|Van den Bosch⟧

Beste LKP-helpdesk,

Bij het verwerken van onderstaande verhuizing in de ledenadministratie (LKP Web, module Mutaties) krijg ik de melding "Adres buiten de wijkgrenzen, lidmaatschap wordt beëindigd". Dat willen de mensen juist niet. Hoe kan ik het lidmaatschap laten doorlopen?

Met vriendelijke groet,
⟦P|Hennie Wolbers⟧
ledenadministratie

---------- Doorgestuurd bericht ----------
Van: ⟦P|Gert-Jan van den Bosch⟧ <⟦E|gj.vandenbosch@solcon.nl⟧>
Datum: za 1 mrt 2025 om 10:47
Onderwerp: verhuizing
Aan: ledenadministratie@hervormdegemeente-heerde.nl

Beste ⟦P|Hennie⟧,

Per 15 maart wonen wij op ⟦A|Hoge Wei 6⟧, ⟦PC|8181 PB⟧ ⟦L|Heerde⟧, net buiten de wijk. Wij willen graag ⟦S|lid blijven van de hervormde gemeente⟧ hier, ook onze kinderen ⟦P|Janneke⟧ en ⟦P|Ruben⟧.

Hartelijke groet,
⟦P|Gert-Jan⟧ en ⟦P|Dineke van den Bosch⟧
""",
)

msg(
    "fw-25",
    "email",
    "none",
    r"""
Onderwerp: Fwd: werkgeversverklaring + loonstroken hypotheek

Hoi ⟦P|Sanjay⟧,

Hierbij de documenten van mijn werkgever die je als hypotheekadviseur nodig hebt. Ik heb ze eerst naar mezelf doorgestuurd omdat de bijlagen niet openden in jullie klantportaal (foutmelding "Upload mislukt, alleen PDF/A toegestaan"). Kun je die upload nog een keer vrijgeven?

Groet,
⟦P|Jolien Smeulders⟧

---------- Forwarded message ---------
Van: HR Brightside Logistics <hr@brightside-logistics.eu>
Datum: do 13 mrt 2025 om 15:22
Onderwerp: werkgeversverklaring + loonstroken
Aan: ⟦E|jolien.smeulders@gmail.com⟧

Werkgeversverklaring

Naam werknemer: ⟦P|J.M. Smeulders⟧
Geboortedatum: ⟦DOB|11-12-1989⟧
In dienst sinds: 1 september 2019, vast contract
Bruto jaarsalaris: € 52.400, exclusief vakantiegeld
Salaris wordt gestort op: ⟦IBAN|NL26 SNSB 2374 2436 64⟧

Bijlagen
loonstrook_januari_2025.pdf
loonstrook_februari_2025.pdf

Kind regards,
⟦P|Nathalie Dufour⟧
HR Business Partner Benelux
""",
)


# ================================================================ 3. WhatsApp-style chat exports
msg(
    "wa-01",
    "chat",
    "none",
    r"""
[12-03-25 14:02] ⟦P|Jorinde⟧: hoi! mn e-bike (Gazelle Ultimate C380) geeft foutcode E-05 op het display 😩 kan ik langskomen?
[12-03-25 14:05] Rijwielhuis Vos: Hoi ⟦P|Jorinde⟧, E-05 is meestal de snelheidssensor. Morgen om 10:30 kan. Op welke naam mag ik het zetten?
[12-03-25 14:06] ⟦P|Jorinde⟧: ⟦P|jorinde kamphuis⟧
[12-03-25 14:06] ⟦P|Jorinde⟧: en mn nummer is ⟦T|0612837405⟧ als er iets is
[12-03-25 14:08] Rijwielhuis Vos: Staat erin 👍 Neem de accusleutel mee. Gr. ⟦P|Gerben⟧
[12-03-25 14:09] ⟦P|Jorinde⟧: top tnx ⟦P|gerben⟧!!
""",
)

msg(
    "wa-02",
    "chat",
    "none",
    r"""
04-03-2025 08:11 - ⟦P|Dirk Ravenhorst⟧: Goedemorgen, onze cv-ketel (Intergas Kombi Kompakt HRE 28/24) geeft storing F4 en we hebben geen warm water
04-03-2025 08:13 - Loodgietersbedrijf Struik: Goedemorgen! Vervelend. Mag ik uw naam en postcode?
04-03-2025 08:15 - ⟦P|Dirk Ravenhorst⟧: ⟦P|dirk ravenhorst⟧ ⟦PC|3823pb⟧ ⟦A|zonnedauw 14⟧
04-03-2025 08:16 - Loodgietersbedrijf Struik: Dank u. Heeft u de waterdruk gecontroleerd? Die moet tussen 1,5 en 2 bar zitten.
04-03-2025 08:19 - ⟦P|Dirk Ravenhorst⟧: <Media weggelaten>
04-03-2025 08:19 - ⟦P|Dirk Ravenhorst⟧: 0,6 bar dus
04-03-2025 08:22 - Loodgietersbedrijf Struik: Dan moet er water bij. Als het niet lukt kan monteur ⟦P|Ferry⟧ vanmiddag tussen 13:00 en 15:00 langskomen. Is ⟦T|06 34 19 72 88⟧ het goede nummer?
04-03-2025 08:23 - ⟦P|Dirk Ravenhorst⟧: ja klopt. ik probeer eerst zelf bij te vullen
04-03-2025 08:41 - ⟦P|Dirk Ravenhorst⟧: gelukt, ketel draait weer 🙌 bedankt!
""",
)

msg(
    "wa-03",
    "chat",
    "none",
    r"""
[08-03-25 19:41] Partyverhuur De Feesttent: Hoi! Het springkussen en de statafels zijn opgehaald. Alles in orde 🎉
[08-03-25 19:44] ⟦P|Marit Vlaskamp⟧: super, dankjewel! en de partytent was perfect
[08-03-25 19:45] ⟦P|Marit Vlaskamp⟧: zeg maar tegen ⟦P|joep⟧ en ⟦P|dunya⟧ dat ze echt top waren met opbouwen 💪
[08-03-25 19:47] Partyverhuur De Feesttent: Zal ik doen! De borg van € 150 staat maandag weer op ⟦IBAN|NL96 BUNQ 1891 7177 51⟧, klopt dat nog?
[08-03-25 19:48] ⟦P|Marit Vlaskamp⟧: ja klopt 👍
[08-03-25 19:48] ⟦P|Marit Vlaskamp⟧: groetjes van ⟦P|Marit⟧ & ⟦P|Thijs⟧ (en ⟦P|Fenna⟧ natuurlijk 🎂)
""",
)

msg(
    "wa-04",
    "chat",
    "none",
    r"""
15-02-2025 11:02 - ⟦P|Oğuzhan Tekin⟧: hallo mijn bestelling is nog niet binnen, ordernummer 100045871
15-02-2025 11:04 - Klantenservice Gadgetplein: Hallo! Ik kijk even mee. Mag ik uw postcode en huisnummer?
15-02-2025 11:05 - ⟦P|Oğuzhan Tekin⟧: ⟦PC|1069 KB⟧ 55
15-02-2025 11:07 - Klantenservice Gadgetplein: Dank u. Uw JBL Tune 520BT is op 13-02 verstuurd met PostNL, track & trace 3SGDP4418823761. Volgens PostNL ligt het pakket sinds gisteren bij een afhaalpunt (Primera).
15-02-2025 11:08 - ⟦P|Oğuzhan Tekin⟧: ik heb geen briefje gehad 🙄
15-02-2025 11:10 - Klantenservice Gadgetplein: Vervelend! Met uw legitimatie en de mail van PostNL kunt u het daar ophalen. Groetjes, ⟦P|Romaissa⟧
15-02-2025 11:11 - ⟦P|Oğuzhan Tekin⟧: oke thx ⟦P|romaissa⟧
""",
)

msg(
    "wa-05",
    "chat",
    "objection",
    r"""
[20-02-25 18:30] Kapsalon Knipwerk: Hoi ⟦P|Noortje⟧! 💇‍♀️ Deze maand 20% korting op balayage. Boek via de link in onze bio!
[20-02-25 18:52] ⟦P|Noortje Veenstra⟧: Hoi, ik heb mijn nummer (⟦T|06 25 80 44 61⟧) alleen gegeven voor afspraakherinneringen. Ik wil geen reclame of aanbiedingen meer ontvangen via WhatsApp of sms. Herinneringen voor mijn afspraken mogen wel blijven komen.
[20-02-25 18:55] Kapsalon Knipwerk: Sorry ⟦P|Noortje⟧! Ik haal je uit de promotielijst. Je afspraak van 4 maart bij ⟦P|Demi⟧ blijft gewoon staan.
[20-02-25 18:56] ⟦P|Noortje Veenstra⟧: top, dank je
""",
)

msg(
    "wa-06",
    "chat",
    "none",
    r"""
[03-03-25 09:14] ⟦P|Jorre Vandevelde⟧: goeiemorgen, ons internet ligt al heel de ochtend plat. de modem (Sagemcom F@st 5670) knippert oranje
[03-03-25 09:16] Breedband Vlaanderen: Goeiemorgen, u spreekt met ⟦P|Griet⟧. Spijtig om te horen! Mag ik uw klantnummer of het adres van de aansluiting?
[03-03-25 09:17] ⟦P|Jorre Vandevelde⟧: klantnr ⟦C|1.204.338.771⟧, ⟦A|Kapelstraat 112⟧ ⟦PC|3210⟧ ⟦L|Lubbeek⟧
[03-03-25 09:19] Breedband Vlaanderen: Merci. Er is een storing in uw straat door werken aan de kabel, we verwachten herstel rond 14u. Via de app kunt u gratis extra mobiele data krijgen. Mag ik u verwittigen op ⟦T|0496 31 28 57⟧?
[03-03-25 09:20] ⟦P|Jorre Vandevelde⟧: ja da's mijn gsm. merci ⟦P|Griet⟧ 👍
""",
)

msg(
    "wa-07",
    "chat",
    "none",
    r"""
10-04-2025 16:20 - ⟦P|Shanti Kalloe⟧: Goedemiddag, ik wil graag een taart bestellen voor zaterdag. Slagroom met aardbeien voor 12 personen
10-04-2025 16:24 - Bakkerij Van Zanten: Goedemiddag! Dat kan. Wilt u er tekst op?
10-04-2025 16:26 - ⟦P|Shanti Kalloe⟧: Ja graag: "Gefeliciteerd ⟦P|Anjali⟧ 🎉 10 jaar"
10-04-2025 16:27 - Bakkerij Van Zanten: Leuk! Ophalen in de winkel of bezorgen? Bezorgen binnen 10 km kost € 4,50.
10-04-2025 16:28 - ⟦P|Shanti Kalloe⟧: bezorgen graag, ⟦A|Grote Beer 31⟧ ⟦PC|1625 DL⟧
10-04-2025 16:30 - Bakkerij Van Zanten: Genoteerd voor zaterdag tussen 10:00 en 11:00. Totaal € 38,95, betalen via de betaalverzoek-link. Let op: de taart bevat gluten, noten en lactose.
10-04-2025 16:31 - ⟦P|Shanti Kalloe⟧: oh ⟦P|Anjali⟧ heeft een ⟦H|notenallergie⟧!! kan het zonder noten?
10-04-2025 16:33 - Bakkerij Van Zanten: Ja hoor, dan maken we hem notenvrij. Groetjes ⟦P|Wendy⟧
""",
)

msg(
    "wa-08",
    "chat",
    "none",
    r"""
[05-02-25 07:52] ⟦P|Rachida Benali⟧: Goedemorgen, de cv-ketel (Remeha Calenta Ace 28c) geeft storing H.01.05 en het is ijskoud hier 🥶
[05-02-25 07:55] Woonstichting IJsselkring - Reparaties: Goedemorgen mevrouw ⟦P|Benali⟧, wat vervelend. Wat is uw adres?
[05-02-25 07:56] ⟦P|Rachida Benali⟧: ⟦A|Populierenlaan 203⟧ in ⟦L|Apeldoorn⟧, 3e verdieping
[05-02-25 07:58] Woonstichting IJsselkring - Reparaties: Dank u. Ik heb een spoedopdracht aangemaakt (werkorder 25-011873). Installatiebedrijf Feenstra komt vandaag voor 12:00.
[05-02-25 08:01] ⟦P|Rachida Benali⟧: Ik ben thuis want ik heb een ⟦H|gebroken enkel⟧. Anders doet mijn zoon ⟦P|Ayoub⟧ open
[05-02-25 08:02] Woonstichting IJsselkring - Reparaties: Prima, beterschap! De monteur belt vooraf naar ⟦T|06-38 17 20 94⟧.
[05-02-25 08:02] ⟦P|Rachida Benali⟧: 🙏
""",
)

msg(
    "wa-09",
    "chat",
    "none",
    r"""
11-03-2025 17:45 - ⟦P|Jan-Willem Terpstra⟧: Goedemiddag, kan ik mijn herhaalrecept ophalen? ⟦H|Metformine 500 mg⟧ en ⟦H|Simvastatine 20 mg⟧
11-03-2025 17:48 - Apotheek De Zwaan: Goedemiddag! Mag ik uw geboortedatum ter controle?
11-03-2025 17:49 - ⟦P|Jan-Willem Terpstra⟧: ⟦DOB|17-09-1958⟧
11-03-2025 17:52 - Apotheek De Zwaan: Dank u. De ⟦H|metformine⟧ ligt klaar, de ⟦H|simvastatine⟧ moet opnieuw door de huisarts worden voorgeschreven. Zullen wij dokter ⟦P|Hoogeveen⟧ een verzoek sturen?
11-03-2025 17:53 - ⟦P|Jan-Willem Terpstra⟧: ja graag. ik kom morgen niet zelf, mijn vrouw ⟦P|Geesje⟧ haalt het op
11-03-2025 17:54 - Apotheek De Zwaan: Prima, zij moet wel uw apotheekpas of uw ID meenemen. Groet, ⟦P|Marloes⟧ (apothekersassistent)
""",
)

msg(
    "wa-10",
    "chat",
    "none",
    r"""
[18-02-25 12:10] ⟦P|Marvin Pinas⟧: yo, mn Peugeot 208 (1.2 PureTech 100) moet APK, kan volgende week?
[18-02-25 12:14] Autobedrijf Hamstra: Hoi ⟦P|Marvin⟧! Dinsdag 25-02 om 08:00 kan. Wat is het kenteken?
[18-02-25 12:15] ⟦P|Marvin Pinas⟧: ⟦LP|9-TPL-46⟧
[18-02-25 12:17] Autobedrijf Hamstra: Ik zie dat de distributieriem ook bijna aan de beurt is (km-stand 118.402 bij de vorige beurt). Meenemen?
[18-02-25 12:18] ⟦P|Marvin Pinas⟧: wat kost dat ong?
[18-02-25 12:21] Autobedrijf Hamstra: Rond de € 690 incl. btw.
[18-02-25 12:22] ⟦P|Marvin Pinas⟧: ok doe maar. mn vriendin ⟦P|Safira⟧ brengt m, ik moet werken. sleutel in de sleutelkluis?
[18-02-25 12:23] Autobedrijf Hamstra: Top, de code van de sleutelkluis stuur ik dinsdagochtend. Gr ⟦P|Sietse⟧
""",
)

msg(
    "wa-11",
    "chat",
    "none",
    r"""
[22-02-25 20:03] ⟦P|Yasemin Aktaş⟧: merhaba, ik heb gisteren een wasmachine gekocht (Bosch Serie 6 WGG244A9NL), bezorging staat voor maandag maar dan ben ik in ⟦L|Izmir⟧ 😅 kan het later?
[22-02-25 20:10] Witgoedcentrum Deniz: Merhaba ⟦P|Yasemin⟧ hanım! Geen probleem. Wanneer bent u terug?
[22-02-25 20:12] ⟦P|Yasemin Aktaş⟧: 3 maart weer thuis inşallah. mijn broer ⟦P|Burak⟧ kan het ook aannemen, hij woont naast me. zijn nummer ⟦T|06 84 02 17 39⟧
[22-02-25 20:15] Witgoedcentrum Deniz: Tamam 👍 dan zet ik het op woensdag 5 maart, tussen 8 en 12. De oude machine nemen we gratis mee. İyi akşamlar!
[22-02-25 20:15] ⟦P|Yasemin Aktaş⟧: çok teşekkürler 🙏
""",
)

msg(
    "wa-12",
    "chat",
    "none",
    r"""
09-03-2025 13:30 - ⟦P|Nordin Azzouzi⟧: salaam, het scherm van mn iPhone 13 is kapot gevallen, hoe duur is een nieuw scherm?
09-03-2025 13:34 - GSM Dokter Slotervaart: Wa alaikum salaam! Origineel scherm € 189, compatibel € 119. Klaar binnen 1 uur.
09-03-2025 13:35 - ⟦P|Nordin Azzouzi⟧: origineel. moeten jullie mn code hebben?
09-03-2025 13:36 - GSM Dokter Slotervaart: Voor de test na de reparatie wel handig, anders testen we samen met u.
09-03-2025 13:37 - ⟦P|Nordin Azzouzi⟧: ⟦CR|271104⟧ is de code, ik kom om 3 uur. op naam van ⟦P|nordin⟧
09-03-2025 13:38 - GSM Dokter Slotervaart: Top sahbi, tot 3 uur! Groet ⟦P|Anouar⟧
""",
)

msg(
    "wa-13",
    "chat",
    "none",
    r"""
[06-03-25 06:12] ⟦P|Mariusz Jabłoński⟧: dzień dobry, sorry I cannot come to work today, I have ⟦H|high fever⟧
[06-03-25 06:20] Flexkracht Planning: Hi ⟦P|Mariusz⟧, get well soon! Please also call the verzuimlijn before 9:00. Are you at home on ⟦A|Molenstraat 77⟧ in ⟦L|Blerick⟧?
[06-03-25 06:22] ⟦P|Mariusz Jabłoński⟧: yes. next week I can work only Monday to Friday, on Saturday I have ⟦S|taakstraf⟧ until end of April
[06-03-25 06:25] Flexkracht Planning: Ok, noted in the planning. Your personnel number for the verzuimlijn is ⟦C|FK-20417⟧.
[06-03-25 06:26] ⟦P|Mariusz Jabłoński⟧: dziękuję 👍
""",
)

msg(
    "wa-14",
    "chat",
    "none",
    r"""
[14-02-25 10:03] ⟦P|Jurmen Linger⟧: fa waka, kan ik voor zondag 20 roti kip bestellen? verjaardag van mn moeder
[14-02-25 10:07] Roti Shop Sranang Switi: Fa waka ⟦P|Jurmen⟧! Ja zeker. Met of zonder kousenband?
[14-02-25 10:08] ⟦P|Jurmen Linger⟧: met, en 5 vegetarisch voor tante ⟦P|Sita⟧
[14-02-25 10:10] Roti Shop Sranang Switi: Komt goed. Ophalen of bezorgen?
[14-02-25 10:11] ⟦P|Jurmen Linger⟧: bezorgen, ⟦A|Bijlmerdreef 1208⟧ ⟦PC|1103 ZK⟧. bel ⟦T|06 21 03 88 54⟧ als je beneden bent, de bel doet het niet
[14-02-25 10:12] Roti Shop Sranang Switi: Oké baya, zondag 13:00. Totaal € 260. Grantangi! - ⟦P|Roy⟧
[14-02-25 10:12] ⟦P|Jurmen Linger⟧: grantangi ⟦P|Roy⟧ 🙏🏾
""",
)

msg(
    "wa-15",
    "chat",
    "none",
    r"""
27-02-2025 15:40 - ⟦T|+31 6 52 19 08 37⟧: hallo ik heb vandaag een pakket gemist, op het kaartje staat dat ik kon appen
27-02-2025 15:42 - Koeriersdienst Snelbode: Goedemiddag! Mag ik uw naam en postcode?
27-02-2025 15:44 - ⟦T|+31 6 52 19 08 37⟧: ⟦P|fatma yurtsever⟧ ⟦PC|5043 kd⟧
27-02-2025 15:46 - Koeriersdienst Snelbode: Dank u. Het pakket van Zalando (zending SB-7731-0092) ligt bij de buren op nummer 17, fam. ⟦P|Bouwmeester⟧. Lukt het om het daar op te halen?
27-02-2025 15:47 - ⟦T|+31 6 52 19 08 37⟧: oh die ken ik wel. ok dankjewel
""",
)

msg(
    "wa-16",
    "chat",
    "none",
    r"""
[01-03-25 09:30] ⟦P|Jozien Hofman⟧: Hoi! Kan ik mijn abonnement een paar maanden bevriezen? Ik ben ⟦H|16 weken zwanger⟧ en mijn verloskundige raadt crossfit nu af 🙈
[01-03-25 09:35] Fitclub Oost: Hoi ⟦P|Jozien⟧, gefeliciteerd!! 🎉 Bevriezen kan tot 6 maanden, zonder kosten met een verklaring van de verloskundige. Wat is je lidnummer?
[01-03-25 09:37] ⟦P|Jozien Hofman⟧: ⟦C|FO-118273⟧
[01-03-25 09:40] Fitclub Oost: Top, per 1 april staat je abonnement stil. De incasso van maart gaat nog wel door. Groetjes ⟦P|Ricardo⟧ & ⟦P|Jill⟧
""",
)

msg(
    "wa-17",
    "chat",
    "none",
    r"""
[14-02-25 08:01] ⟦P|Teun⟧: morgen! 🌹🌹 nog rozen over voor vandaag?
[14-02-25 08:03] Bloemenhuis Madelief: Goedemorgen! Jazeker 😍 rood of roze?
[14-02-25 08:03] ⟦P|Teun⟧: rood 12 stuks 🙏 kaartje: "voor ⟦P|lin⟧ ❤️ x ⟦P|teun⟧"
[14-02-25 08:05] Bloemenhuis Madelief: Wat lief 🥰 ophalen of bezorgen?
[14-02-25 08:06] ⟦P|Teun⟧: ophalen om 5 uur, tnx!!
[14-02-25 08:06] Bloemenhuis Madelief: 👍🏼 tot straks!
""",
)

msg(
    "wa-18",
    "chat",
    "none",
    r"""
[07-01-25 21:14] ⟦P|Priscilla Tjin-Kon-Fat⟧: Hoi, voor onze reis in mei hebben jullie nog de paspoortgegevens nodig toch?
[07-01-25 21:20] Reisbureau Zonnestraal: Klopt! Van beide reizigers graag de naam zoals in het paspoort, geboortedatum en paspoortnummer.
[07-01-25 21:25] ⟦P|Priscilla Tjin-Kon-Fat⟧: ⟦P|Priscilla Maria Tjin-Kon-Fat⟧, ⟦DOB|03-08-1985⟧, ⟦ID|NPH7L39C2⟧
[07-01-25 21:26] ⟦P|Priscilla Tjin-Kon-Fat⟧: ⟦P|Roderick Emanuelson⟧, ⟦DOB|25-11-1983⟧, ⟦ID|NS2F08KD5⟧
[07-01-25 21:30] Reisbureau Zonnestraal: Dank je! Ik zet het in het dossier (RZ-2025-0031). Jullie vliegen 6 mei om 10:25 met KL733. Groetjes ⟦P|Hanneke⟧
[07-01-25 21:31] ⟦P|Priscilla Tjin-Kon-Fat⟧: Top, dank je ⟦P|Hanneke⟧ 🌴☀️
""",
)

msg(
    "wa-19",
    "chat",
    "none",
    r"""
12-02-2025 10:02 - ⟦P|Hendrik-Jan Mulder⟧: goedemorgen, mijn laptop (Acer Aspire 5 A515-57) blijft hangen bij het opstarten op "Updates voorbereiden"
12-02-2025 10:06 - PC Hulp aan Huis: Goedemorgen! Welke Windows-versie heeft u? Dat staat bij Instellingen > Systeem > Info, als hij nog opstart in veilige modus.
12-02-2025 10:12 - ⟦P|Hendrik-Jan Mulder⟧: Windows 11 Home 23H2, build 22631.3155
12-02-2025 10:14 - PC Hulp aan Huis: Dank u. Dan komen we langs. Mogen we het wachtwoord van uw Windows-account, dan kunnen we verder als u weg moet?
12-02-2025 10:15 - ⟦P|Hendrik-Jan Mulder⟧: ⟦CR|Tulpen1955⟧. ik ben er trouwens wel hoor, ben met pensioen 😉 ⟦A|Kerkstraat 8⟧ in ⟦L|Zevenhuizen⟧
12-02-2025 10:17 - PC Hulp aan Huis: Prima! Donderdag om 14:00 komt ⟦P|Niels⟧ bij u langs.
""",
)

msg(
    "wa-20",
    "chat",
    "none",
    r"""
[28-02-25 19:02] ⟦P|mirella⟧ 💕: hoii kan ik za knippen voor mij & mn dochter ⟦P|Kaylee⟧?
[28-02-25 19:10] Haarstudio Knipoog: Hoi ⟦P|Mirella⟧! Zaterdag 10:00 bij ⟦P|Saar⟧ en 10:30 bij ⟦P|Jamie⟧ kan. Is dat goed?
[28-02-25 19:11] ⟦P|mirella⟧ 💕: ja top!! en ⟦P|kaylee⟧ wil ombre 🙈 mag dat met 12?
[28-02-25 19:13] Haarstudio Knipoog: Haha tuurlijk, wel even overleggen met ⟦P|Jamie⟧ dan 😉 Graag nog je achternaam voor de agenda
[28-02-25 19:13] ⟦P|mirella⟧ 💕: ⟦P|jhinkoe⟧
[28-02-25 19:14] Haarstudio Knipoog: Staat erin! Liefs ⟦P|Saar⟧ & ⟦P|Jamie⟧
""",
)


# ================================================================ build + checks


def check_occurrences(text, spans, cov):
    """Every occurrence of a marked value (len >= 4) must lie inside some span."""
    bad = []
    for v in sorted({sp["value"] for sp in spans if len(sp["value"]) >= 4}):
        for m in re.finditer(re.escape(v), text):
            if not all(cov[m.start() : m.end()]):
                bad.append(f"unmarked occurrence of marked value {v!r} at {m.start()}")
    return bad


def load_reference():
    """Gold values and texts of the development sets (and the earlier own held-out sets).

    Only used to reject overlap; nothing from these files is printed except this set's own strings.
    """
    values, texts = {}, []
    sources = [EVAL / "dev.jsonl", EVAL / "airbnb_dev.jsonl"]
    for p in sources:
        if not p.exists():
            raise SystemExit(f"missing {p}: the overlap check cannot run")
    sources += [HERE / name for name in EARLIER_OWN_SETS if (HERE / name).exists()]
    for p in sources:
        for line in p.open(encoding="utf-8"):
            if not line.strip():
                continue
            d = json.loads(line)
            texts.append(d["text"])
            for sp in d.get("spans", []):
                values.setdefault(sp["value"].casefold(), p.name)
    return values, "\n".join(texts)


def main():
    ref_values, ref_text = load_reference()
    ref_words = ref_text.split()
    ref_grams = {" ".join(ref_words[i : i + 8]) for i in range(len(ref_words) - 7)}
    ref_text_cf = ref_text.casefold()

    rows, problems, ids = [], [], set()
    for mid, channel, request, marked in M:
        assert mid not in ids, mid
        ids.add(mid)
        assert channel in {"email", "ticket", "chat"}, (mid, channel)
        assert request in REQUESTS, (mid, request)
        text, spans = parse(marked)
        spans.sort(key=lambda s: (s["start"], s["end"]))
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["value"], (mid, sp)
            if not sp["value"] or sp["value"] != sp["value"].strip():
                problems.append(f"{mid}: empty or padded span {sp!r}")
            err = check_value(sp)
            if err:
                problems.append(f"{mid}: {err}: {sp['value']!r}")
            src = ref_values.get(sp["value"].casefold())
            if src:
                problems.append(f"{mid}: span value also a gold value in {src}: {sp['value']!r}")
            elif len(sp["value"]) >= 8 and sp["value"].casefold() in ref_text_cf:
                problems.append(f"{mid}: span value occurs in a reference text: {sp['value']!r}")
        for a, b in zip(spans, spans[1:]):
            if a["end"] > b["start"]:
                problems.append(f"{mid}: overlapping spans {a['value']!r} / {b['value']!r}")
        cov = coverage(text, spans)
        problems += [f"{mid}: {p}" for p in check_traps(text, cov)]
        problems += [f"{mid}: {p}" for p in check_occurrences(text, spans, cov)]
        w = text.split()
        for i in range(len(w) - 7):
            g = " ".join(w[i : i + 8])
            if g in ref_grams:
                problems.append(f"{mid}: 8-word overlap with a reference set: {g!r}")
        rows.append(
            {"id": mid, "channel": channel, "request": request, "text": text, "spans": spans}
        )

    for p in problems:
        print("ERROR", p)
    if problems:
        print(f"{len(problems)} problems; {OUT.name} not written")
        return 1
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages to {OUT}")
    print("groups:", dict(Counter(r["id"].split("-")[0] for r in rows)))
    print("channels:", dict(Counter(r["channel"] for r in rows)))
    print("requests:", dict(Counter(r["request"] for r in rows)))
    tc = Counter(sp["type"] for r in rows for sp in r["spans"])
    print("spans:", sum(tc.values()), dict(sorted(tc.items())))
    print("messages without spans:", [r["id"] for r in rows if not r["spans"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
