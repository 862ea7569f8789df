#!/usr/bin/env python3
"""Build own_heldout4.jsonl from inline-annotated messages.

Fourth held-out set for privacywacht, written blind: the author did not read the detectors,
models, tests, benchmarks code (apart from build_own_heldout3.py, for its format) or bot code, nor
the contents of shared/eval (dev.jsonl, airbnb_dev.jsonl); dev.jsonl and airbnb_dev.jsonl are only
opened below, programmatically, to reject overlap. Five text types not used in the earlier sets:

  nw-01..nw-15  short Dutch/Flemish local-news and company-newsletter paragraphs (people with roles,
                surname-only second mentions, place names, clubs, companies, product launches)
  hr-01..hr-12  HR and office documents (applications, reference letters, onboarding mails,
                sick-leave notes, minutes with "Aanwezig:" lists, Title Case headings on their own
                line, defined terms such as "de Werknemer")
  sm-01..sm-15  social-media DMs and comments to companies (Instagram/Facebook/X style, emoji,
                lowercase names, @handles, Dutch/English mix, replies signed "Team X" or "Shop – Naam")
  sh-01..sh-15  web-shop and IT support tickets dense with brand, product, model and version names,
                some customers whose names are also product or brand names (Mercedes, Roos, Bosch...)
  mx-01..mx-13  mixed: English business e-mails to Dutch companies, pasted error logs with field
                labels, calendar invites, SMS texts

All people, addresses and numbers are invented; checksum types are computed to be valid.

Markup: ⟦TYPE|value⟧ marks a span; the markup is removed and a span recorded (aliases below).

Annotation conventions (same as own_heldout3):
- PERSON is the name only, without titles, roles or salutations ("wethouder ⟦P|A. Bakker⟧",
  "Beste ⟦P|Ilse⟧"); initials and tussenvoegsels are included; lowercase names are still PERSON;
  surname-only second mentions are PERSON; a chat/social display name is PERSON; support and shop
  staff signing a reply are PERSON; a login name or @handle built from a person's name is PERSON
  (without the "@"). Handles that are not built from a name, and business accounts, are unmarked.
- Generic role addresses (info@, vacatures@, communicatie@ ...) and organisations' own phone
  numbers and addresses are not personal data. Company, club, school, product, model, app and
  software names (also when they equal a person's name elsewhere in the text), job titles, field
  labels, defined terms ("de Werknemer"), version strings, order/ticket/invoice numbers, error
  codes, serial numbers and meeting links are left unmarked.
- IP addresses of a person's connection are marked; server and resolver addresses are not.
- CUSTOMER_ID: customer, contract, member, policy, account/user and personnel numbers and charge
  card numbers that identify a person.
- LOCATION: the town of a person's address or whereabouts ("uit Borne", "woonachtig te ..."), not
  a dateline, a company branch, a venue of an event or the seat of a company or municipality.
- HEALTH: concrete conditions, injuries, symptoms, pregnancy, medication; SPECIAL: criminal data,
  religion, political office/affiliation of private persons, union membership.

Checks: exact offsets; checksums (BSN elfproef, IBAN, Luhn for cards, NL/BE btw, KvK 8 digits,
BE national number, BE eID card number); unmarked numbers that look like BSN/card/IBAN must fail
their checksum; every occurrence of a marked value (len >= 4) lies inside a span, except listed
deliberate homonyms (a product or brand name equal to a customer's name); no span value
(case-insensitive) is also a gold value in shared/eval/dev.jsonl or shared/eval/airbnb_dev.jsonl or
in the earlier own_heldout*.jsonl sets; no gold value (len >= 4) of dev.jsonl / airbnb_dev.jsonl
occurs anywhere in a text as a whole word (case-insensitive), apart from a short allowlist of very
common Dutch words; no 8-word window copied from the reference texts.
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
OUT = HERE / "own_heldout4.jsonl"
# development sets: gold values must not appear in our texts at all
DEV_SETS = ("dev.jsonl", "airbnb_dev.jsonl")
# held-out sets that predate this one
EARLIER_OWN_SETS = ("own_heldout.jsonl", "own_heldout2.jsonl", "own_heldout3.jsonl")


# Deliberate homonyms: in these messages the listed strings also occur, unmarked, as a product,
# brand or shop name (the customer is called Mercedes, Roos, Bosch ...).
HOMONYMS = {}

# Very common Dutch words that may occur in the texts even if they are a gold value somewhere in
# the development sets (filled in only after a collision; every other collision is rewritten).
COMMON_WORDS = {"elke"}

M = []  # (id, channel, request, marked text)


def msg(mid, channel, request, text, homonyms=()):
    M.append((mid, channel, request, text.strip("\n")))
    if homonyms:
        HOMONYMS[mid] = set(homonyms)


# ================================================================ 1. local news and newsletters
msg(
    "nw-01",
    "email",
    "none",
    r"""
Fietsbrug over de Dender eindelijk open

NINOVE – Na twee jaar werken kunnen fietsers sinds zaterdag over de nieuwe brug tussen de Onderwijslaan en het Burchtplein. Schepen van Mobiliteit ⟦P|Gilbert Verhaeghe⟧ knipte het lint door samen met de negenjarige ⟦P|Fien Cools⟧, die de tekenwedstrijd won en zo de kleur van de leuning mocht kiezen: knalgeel. "Wie van de Okegemse kant komt, wint zo vijf minuten," zei ⟦P|Verhaeghe⟧. Aannemer Wegenbouw Van Dammeke bouwde de brug van 84 meter voor 3,2 miljoen euro, waarvan de helft betaald wordt door het Vlaamse fietsfonds.

Buurtbewoner ⟦P|Roger Lambrecht⟧ (71) uit ⟦L|Appelterre⟧ stond om zes uur al klaar. "Ik fiets elke dag naar mijn kleinkinderen in de stad. Vroeger moest ik langs de drukke steenweg, nu niet meer."
""",
)

msg(
    "nw-02",
    "email",
    "none",
    r"""
KOELNIEUWS – interne nieuwsbrief Koeltechniek Brabantia B.V., maart

Van de directie
Het eerste kwartaal was druk: we leverden 41 koelcellen op, waaronder de grootste ooit voor Versmarkt Oisterwijk. Directeur ⟦P|Harm-Jan Lubbers⟧: "Dat lukt alleen met een team dat ook op zaterdag de telefoon opneemt."

Nieuw: CoolCube Pro 2
Op de Vakbeurs Koudetechniek in Gorinchem presenteren we de CoolCube Pro 2, met R290-installatie en de app CoolCube Connect 3.1. Productmanager ⟦P|Sietske Rijpma⟧ geeft op 14 maart om 15:00 een demo in de kantine.

Welkom en afscheid
Welkom aan ⟦P|Bregje Oudshoorn⟧, onze nieuwe accountmanager regio Zuid. ⟦P|Bregje⟧ werkte hiervoor acht jaar bij een groothandel in sanitair. Na 38 jaar neemt monteur ⟦P|Toon Verstappen⟧ afscheid; de receptie is op vrijdag 28 maart vanaf 16:00 in de werkplaats.

Gefeliciteerd!
Collega ⟦P|Ilham Bouazza⟧ (planning) en haar man ⟦P|Karim⟧ kregen op 2 maart een zoon: ⟦P|Rayan⟧. Moeder en kind maken het goed.
""",
)

msg(
    "nw-03",
    "email",
    "none",
    r"""
VV De Zwaluwen '28 – clubnieuws

Hoofdtrainer ⟦P|Bert Olthuis⟧ stopt aan het einde van het seizoen. Hij stond zes jaar langs de lijn bij het eerste elftal en promoveerde twee keer. Zijn opvolger wordt ⟦P|Lars Tromp⟧, nu nog assistent bij de buren van SV Enter Vooruit. "⟦P|Olthuis⟧ laat een gezonde selectie achter," zegt voorzitter ⟦P|Gert-Willem Reinders⟧.

Minder goed nieuws over doelman ⟦P|Jurre Scholten⟧: hij liep zondag tegen Rijssen een ⟦H|gescheurde kruisband⟧ op en is de rest van het seizoen uitgeschakeld. De club wenst ⟦P|Jurre⟧ veel sterkte met zijn herstel.

De loterij van de JO13 bracht € 2.340 op. Hoofdprijs (een Gazelle-fiets van Tweewielers Oude Mulders) ging naar ⟦P|Mieke Hendriksen⟧ uit ⟦L|Zenderen⟧.
""",
)

msg(
    "nw-04",
    "email",
    "none",
    r"""
Versmarkt De Korenschoof opent tweede winkel

KLAZIENAVEEN – Supermarkt De Korenschoof opent op 3 april een tweede vestiging aan de Stationsweg, in het pand waar tot vorig jaar een bouwmarkt zat. De winkel van 1.800 vierkante meter krijgt een eigen bakkerij, een afdeling met streekproducten uit Drenthe en zelfscankassa's van het merk ScanGo. Er komen 45 banen bij, vooral voor scholieren en studenten. Sollicitaties kunnen via de website van de supermarkt. Op de openingsdag krijgen de eerste honderd klanten een gratis koffiepakket van Brandersgilde.
""",
)

msg(
    "nw-05",
    "email",
    "none",
    r"""
Taakstraf voor inbraak bij sportkantine

PURMEREND – De politierechter heeft een 23-jarige man uit ⟦L|Ilpendam⟧ dinsdag veroordeeld tot een ⟦S|taakstraf van 120 uur⟧ voor de inbraak in de kantine van hockeyclub HC Wijdewormer in november. Hij nam toen de kassa en een kratje energydrank mee. De man, ⟦P|Dwayne D.⟧, bekende op zitting. Zijn vriend ⟦P|Tygo S.⟧ (19) uit ⟦L|Kwadijk⟧, die buiten op de uitkijk stond, kreeg ⟦S|40 uur werkstraf⟧. Clubvoorzitter ⟦P|Annelies Groot⟧ was bij de zaak aanwezig. "We zijn vooral blij dat het nu klaar is."
""",
)

msg(
    "nw-06",
    "email",
    "none",
    r"""
Uit de nieuwsbrief van Drukkerij Grafisch Atelier Veluwe

In memoriam
Op 9 februari overleed onze oud-collega ⟦P|Harmen Dekkers⟧ op 74-jarige leeftijd aan de gevolgen van ⟦H|longkanker⟧. ⟦P|Harmen⟧ werkte van 1972 tot 2013 bij ons, eerst als zetter en later als chef van de afdeling offset. Wie met hem heeft gewerkt, weet dat hij elke Heidelberg Speedmaster blind kon afstellen. Onze gedachten zijn bij zijn vrouw ⟦P|Tonnie⟧ en de kinderen. De uitvaart was in besloten kring.

Nieuwe machine
In april wordt de nieuwe HP Indigo 7K geïnstalleerd. Tot die tijd drukken we digitaal op de oude Xerox Versant 280.
""",
)

msg(
    "nw-07",
    "email",
    "none",
    r"""
Gemeente wil woningen op oude ijsbaan

Op het terrein van de voormalige ijsbaan aan de Wetering kunnen over drie jaar zestig huurwoningen staan. Dat maakte wethouder ⟦P|Esther Mulderij⟧ (Wonen) donderdag bekend. Woningcorporatie Thuis aan de Weerribben gaat de woningen bouwen, een derde wordt geschikt voor ouderen.

Niet iedereen is blij. IJsclub Nooitgedacht, die de baan tot 2019 gebruikte, had liever een skeelerbaan gezien. "We hebben twaalfhonderd handtekeningen opgehaald," zegt secretaris ⟦P|Gerrit Wubs⟧, die met zijn vrouw ⟦P|Aaltje⟧ al veertig jaar in ⟦L|Scheerwolde⟧ woont. Wethouder ⟦P|Mulderij⟧ belooft dat de ijsclub meepraat over het groen. Inwoners kunnen op 2 april van 19:00 tot 21:00 in dorpshuis De Schakel de plannen bekijken.
""",
)

msg(
    "nw-08",
    "email",
    "none",
    r"""
Groninger start-up lanceert slimme warmtepompregelaar

NordLumen uit Groningen brengt deze week de LumenHub 3 op de markt, een regelaar die warmtepompen van onder meer Daikin, Vaillant en Nefit laat samenwerken met zonnepanelen en een dynamisch energiecontract. De bijbehorende app, LumenHome 2.0, is te downloaden voor iOS en Android.

Oprichter ⟦P|Jelte Hoeksma⟧ begon vier jaar geleden op zijn zolderkamer. Inmiddels werken er 28 mensen. "Met de LumenHub 3 besparen huishoudens gemiddeld 18 procent," zegt technisch directeur ⟦P|Anahita Rezaei⟧. Volgens ⟦P|Rezaei⟧ komt er in het najaar een versie voor kleine bedrijven. De eerste 500 exemplaren gaan naar een proef met Energiecoöperatie Westerkwartier.
""",
)

msg(
    "nw-09",
    "email",
    "none",
    r"""
Schoolnieuws – Vrije Basisschool De Regenboog

Beste ouders,

Na 31 jaar voor de klas gaat juf ⟦P|Ann Vercammen⟧ van het derde leerjaar op 30 juni met pensioen. We zetten haar in de bloemetjes op het schoolfeest van zaterdag 21 juni. Vanaf september neemt meester ⟦P|Wannes Peeters⟧ haar klas over.

Directeur ⟦P|Hilde Van Acker⟧ is de komende weken afwezig. Voor dringende vragen kunt u terecht bij zorgcoördinator ⟦P|Lutgart Janssens⟧.

De inschrijvingen voor de sportdag lopen via Smartschool. Vergeet ook niet uw kind in te schrijven voor het zwemmen op donderdag.

Met vriendelijke groeten,
het schoolteam
""",
)

msg(
    "nw-10",
    "email",
    "none",
    r"""
Personeelsblad De Schakel – Jubilarissen en nieuwe collega's

Jubilarissen
⟦P|Kees Boon⟧ (magazijn) – 25 jaar
⟦P|Ans de Graaf-Timmer⟧ (crediteurenadministratie) – 40 jaar
⟦P|Mustafa Yilmaz⟧ (expeditie, ploeg C) – 12,5 jaar

Nieuw in dienst
⟦P|Femke Brouwers⟧, HR-adviseur
⟦P|Dylan van Leeuwen⟧, monteur buitendienst
⟦P|Iris Naaktgeboren⟧, stagiair marketing (Avans)

Bedrijfsfeest
Het bedrijfsfeest is dit jaar op 13 september in Partycentrum De Zaaier. Aanmelden kan via het intranet (MijnSchakel), graag uiterlijk 1 juni. Dieetwensen kun je doorgeven aan ⟦P|Ellen⟧ van de receptie.
""",
)

msg(
    "nw-11",
    "email",
    "none",
    r"""
Lintjesregen: vijf inwoners geridderd

Burgemeester ⟦P|F. Lagerweij-Smit⟧ reikte vrijdag in het gemeentehuis vijf Koninklijke onderscheidingen uit. ⟦P|Hennie Vrolijk⟧ (68) uit ⟦L|Nieuw-Lekkerland⟧ is al veertig jaar vrijwilliger bij de zonnebloemafdeling en werd Lid in de Orde van Oranje-Nassau. Dat gold ook voor ⟦P|Cor Bikker⟧ (75), die sinds 1981 ⟦S|ouderling van de hersteld hervormde gemeente⟧ is en de jeugdvereniging leidde. ⟦P|Bikker⟧ wist van niets: "Mijn dochter zei dat we koffie gingen drinken." Verder ontvingen ⟦P|Jannie Verdoorn⟧, ⟦P|Arie Baan⟧ en ⟦P|Aart-Jan Stam⟧ een onderscheiding voor hun werk bij de reddingsbrigade, de muziekvereniging en de voedselbank.
""",
)

msg(
    "nw-12",
    "email",
    "none",
    r"""
Nieuwe eigenaren voor Herberg De Gouden Leeuw

De Gouden Leeuw aan de Brink heeft sinds deze maand nieuwe eigenaren. ⟦P|Sven Heijnis⟧ en ⟦P|Layla Moradi⟧ namen het café-restaurant over van de familie ⟦P|Hagedoorn⟧, die er 52 jaar achter de tapkast stond. Chef-kok ⟦P|Heijnis⟧ werkte eerder in sterrenrestaurants in binnen- en buitenland. Op de kaart komen gerechten met groente van Kwekerij De Vlinderhof en vlees van de Blonde d'Aquitaine-runderen van boer ⟦P|Jaap Kommer⟧ uit ⟦L|Hoogkarspel⟧. De keuken is vernieuwd met een Rational iCombi Pro en een houtskooloven van Josper. De heropening is op zaterdag 5 april.
""",
)

msg(
    "nw-13",
    "email",
    "none",
    r"""
Productnieuws PlanGo – release 2025.2

Beste klant,

Vanaf 18 maart staat PlanGo 2025.2 voor u klaar. De belangrijkste nieuwe functies:

Roosters Delen via WhatsApp
Medewerkers krijgen hun rooster nu ook in WhatsApp, naast de PlanGo-app (versie 6.4 voor iOS en Android).

Koppeling Met Nmbrs en Loket.nl
Gewerkte uren gaan met één klik naar uw salarispakket.

"Onze planners besparen drie uur per week," vertelt ⟦P|Marjolein Kuipers⟧, locatiemanager bij Kinderopvang Dikkertje Dap. Zij testte de nieuwe versie samen met haar collega ⟦P|Gijs Aarts⟧ in de bètagroep.

Vragen? Onze supportafdeling is bereikbaar via support@plango.nl of 030 - 760 24 00 (werkdagen 8:30–17:00).

Met vriendelijke groet,
Team PlanGo
""",
)

msg(
    "nw-14",
    "email",
    "none",
    r"""
Brand vernielt bakkerij in dorpskern

WERVIK – Een uitslaande brand heeft in de nacht van zondag op maandag bakkerij ’t Korenaartje volledig vernield. Bakker ⟦P|Filip Desmet⟧ (58) merkte rond 3.30 uur rook op toen hij de ovens wilde aansteken. Hij kon samen met zijn vrouw ⟦P|Godelieve⟧ en zijn schoonvader nog tijdig buiten komen. ⟦P|Desmet⟧ werd met ⟦H|rookvergiftiging⟧ naar het AZ Delta overgebracht, maar mocht maandagmiddag naar huis. Brandweer Fluvia vermoedt een kortsluiting in de deegkoeler. Buurvrouw ⟦P|Rita Vanneste⟧ laat weten dat de buurt een inzameling organiseert: "⟦P|Filip⟧ en ⟦P|Godelieve⟧ bakten hier dertig jaar ons brood."
""",
)

msg(
    "nw-15",
    "email",
    "none",
    r"""
Nieuwsbrief Van Houten Installatietechniek – voorjaar

Warmtepomp Of Hybride?
Sinds 1 januari kiezen steeds meer klanten voor een hybride warmtepomp. Onze adviseurs werken met de Remeha Elga Ace en de Intergas Xource. Wilt u advies? Plan een afspraak via onze website.

Klant Aan Het Woord
"Binnen een dag was alles geïnstalleerd en de monteur ruimde alles netjes op," aldus ⟦P|Gea Dijkstra⟧ uit ⟦L|Aduard⟧, die in februari een Vaillant aroTHERM plus kreeg.

Storingsdienst
Heeft u buiten kantoortijden een storing? Bel 050 - 302 71 10. Tijdens de vakantie van collega ⟦P|Roelof Meijer⟧ neemt ⟦P|Sjoerd Zijlstra⟧ zijn klanten over; hij is direct bereikbaar op ⟦T|06 - 41 17 83 92⟧.

Tot de volgende nieuwsbrief!
⟦P|Menno Stellingwerf⟧, directeur
""",
)


# ================================================================ 2. HR and office documents
msg(
    "hr-01",
    "email",
    "none",
    r"""
⟦P|Noa Terlouw⟧
⟦A|Hoefsmidstraat 23⟧
⟦PC|3446 GB⟧ ⟦L|Woerden⟧
⟦T|06 27 51 94 08⟧ | ⟦E|noa.terlouw@outlook.com⟧
⟦U|linkedin.com/in/noaterlouw⟧

Bouwgroep Vermeij B.V.
t.a.v. mevrouw ⟦P|L. Kraaijeveld⟧, HR-adviseur
Postbus 412
3600 AK Maarssen

⟦L|Woerden⟧, 10 maart 2025

Betreft: sollicitatie Werkvoorbereider Utiliteitsbouw (vacature 2025-017)

Geachte mevrouw ⟦P|Kraaijeveld⟧,

Met veel interesse las ik uw vacature op Werkzoeken.nl. Na mijn hbo-opleiding Bouwkunde werk ik nu vier jaar als junior werkvoorbereider bij een aannemer in de woningbouw. Ik maak daar de planning in Microsoft Project, bestel materialen via 2BA en werk dagelijks met Revit 2024 en Solibri.

Graag zet ik de stap naar de utiliteitsbouw. Uw project voor het nieuwe zwembad in Maarssen spreekt me erg aan. Mijn cv stuur ik als bijlage mee.

Graag licht ik mijn motivatie toe in een gesprek.

Met vriendelijke groet,
⟦P|Noa Terlouw⟧
""",
)

msg(
    "hr-02",
    "email",
    "none",
    r"""
Referentie

Aan Wie Het Aangaat

Hierbij bevestig ik dat de heer ⟦P|Lennert Roodbeen⟧, geboren op ⟦DOB|2 maart 1991⟧, van 1 september 2019 tot en met 31 januari 2025 bij Accountantskantoor Brink & Vos werkzaam was als assistent-accountant.

⟦P|Lennert⟧ stelde zelfstandig jaarrekeningen op voor mkb-klanten en verzorgde de btw- en IB-aangiften in Nmbrs en Caseware. Hij is nauwkeurig, komt afspraken na en wordt door klanten zeer gewaardeerd. In 2023 rondde hij naast zijn werk de opleiding AA af.

De heer ⟦P|Roodbeen⟧ verlaat ons kantoor op eigen verzoek. Wij bevelen hem van harte aan bij iedere toekomstige werkgever.

Voor nadere informatie ben ik bereikbaar via ons kantoor (0345 - 61 22 80) of mobiel op ⟦T|06 53 02 87 16⟧.

Culemborg, 14 februari 2025

drs. ⟦P|M.A. Vos⟧ RA
vennoot
""",
)

msg(
    "hr-03",
    "email",
    "none",
    r"""
Van: ⟦P|Ravi Jagessar⟧ <⟦E|r.jagessar@zorgcentrumdeveste.nl⟧>
Aan: ⟦P|Elise Vonk⟧ <⟦E|elisevonk92@gmail.com⟧>
Onderwerp: Welkom! Jouw eerste werkdag op 1 april

Hoi ⟦P|Elise⟧,

Wat leuk dat je bij Zorgcentrum De Veste komt werken als verzorgende IG. Hieronder alles wat je nodig hebt voor je eerste dag.

Je Eerste Dag
Om 8:30 word je ontvangen bij de receptie door je buddy ⟦P|Patrick Lemmens⟧. Hij loopt de eerste twee weken met je mee op afdeling De Boomgaard.

Accounts
Gebruikersnaam: ⟦P|evonk⟧
Tijdelijk wachtwoord: ⟦CR|Veste-Lente!4471⟧ (je moet het bij de eerste keer inloggen wijzigen)
Personeelsnummer: ⟦C|104377⟧
Installeer vooraf de app Nedap Ons Agenda en de Microsoft Authenticator op je telefoon.

Kleding En Parkeren
Je werkkleding ligt klaar in maat M. Je kenteken ⟦LP|K-703-ZT⟧ staat al in het systeem van de slagboom.

Tot 1 april!

Hartelijke groet,
⟦P|Ravi⟧
HR-adviseur
""",
)

msg(
    "hr-04",
    "email",
    "none",
    r"""
Van: ⟦P|Miranda Kalf⟧ <⟦E|m.kalf@drukwerkdirect-oost.nl⟧>
Aan: ⟦P|Gerdien Veldkamp⟧ <⟦E|g.veldkamp@drukwerkdirect-oost.nl⟧>
Onderwerp: ziekmelding

Hoi ⟦P|Gerdien⟧,

Ik meld me vandaag ziek. Gisteren bij de huisarts geweest en het is een ⟦H|hernia tussen L4 en L5⟧. Ik heb ⟦H|naproxen⟧ gekregen en moet zeker twee weken rustig aan doen. Zitten lukt nauwelijks, dus thuiswerken gaat voorlopig ook niet.

De offertes voor Sportcentrum De Vennen staan in SharePoint, ⟦P|Reinier⟧ kan ze afmaken. Het telefoonnummer van de klant staat in Salesforce.

Groetjes,
⟦P|Miranda⟧

---

Van: ⟦P|Gerdien Veldkamp⟧
Aan: ⟦P|Miranda Kalf⟧

Hoi ⟦P|Miranda⟧, vervelend zeg, beterschap! Ik heb je ziekmelding in Youforce gezet, de arbodienst neemt contact met je op. Je hoeft ons overigens niet te vertellen wat je hebt, dat bespreek je alleen met de bedrijfsarts. Ik haal het uit deze mail en zet het nergens neer.

Groet, ⟦P|Gerdien⟧
""",
)

msg(
    "hr-05",
    "email",
    "none",
    r"""
Notulen Managementteam

Datum: dinsdag 11 maart 2025, 09:00–11:00
Locatie: vergaderruimte De Linde
Aanwezig: ⟦P|Frank Oomen⟧ (voorzitter), ⟦P|Saskia de Lange⟧, ⟦P|Ahmed Bouzerda⟧, ⟦P|Wendy Kroon⟧ (notulen)
Afwezig met bericht: ⟦P|Peter-Paul Hendrix⟧

1. Opening En Mededelingen
⟦P|Oomen⟧ opent de vergadering. De notulen van 25 februari worden ongewijzigd vastgesteld.

2. Financiële Stand Van Zaken
De omzet over februari ligt 4% boven budget. De overstap van Exact Globe naar Exact Online wordt uitgesteld tot na de zomer; ⟦P|De Lange⟧ informeert de accountant.

3. Personele Zaken
Voor de vacature teamleider magazijn voert ⟦P|Bouzerda⟧ volgende week gesprekken met twee kandidaten. De nieuwe vestiging in Tiel heeft nog geen vertrouwenspersoon.

4. Rondvraag
⟦P|Kroon⟧ vraagt of de kerstborrel dit jaar weer in de kantine kan.

Actiepunten
- Offerte nieuwe heftrucks (Linde E20) opvragen – ⟦P|Bouzerda⟧
- Vertrouwenspersoon Tiel voordragen – ⟦P|Oomen⟧
- Planning overstap Exact Online – ⟦P|Hendrix⟧

Volgende vergadering: dinsdag 25 maart 2025, 09:00
""",
)

msg(
    "hr-06",
    "email",
    "none",
    r"""
Arbeidsovereenkomst Voor Bepaalde Tijd

De Ondergetekenden:

1. Hoveniersbedrijf Groenvast B.V., gevestigd te Barneveld, ingeschreven bij de Kamer van Koophandel onder nummer 71408253, hierna te noemen "de Werkgever",

en

2. ⟦P|Zakaria El Khatib⟧, geboren op ⟦DOB|19 juli 1998⟧, wonende te ⟦A|Bosrandweg 14⟧, ⟦PC|3781 NS⟧ ⟦L|Voorthuizen⟧, burgerservicenummer ⟦BSN|451638712⟧, hierna te noemen "de Werknemer",

komen het volgende overeen:

Artikel 1 Functie En Werkzaamheden
De Werknemer treedt per 1 april 2025 in dienst in de functie van hovenier. De Werknemer is gehouden ook andere passende werkzaamheden te verrichten.

Artikel 2 Duur
Deze overeenkomst wordt aangegaan voor de duur van twaalf maanden en eindigt van rechtswege op 31 maart 2026.

Artikel 4 Salaris
Het bruto maandsalaris bedraagt € 2.740,-, conform de cao Hoveniers, schaal C. Het salaris wordt maandelijks overgemaakt op rekening ⟦IBAN|NL37 RABO 3338 3256 84⟧ ten name van de Werknemer.

Aldus opgemaakt en ondertekend te Barneveld op 3 maart 2025.

De Werkgever                          De Werknemer
⟦P|H.J. van Ravenswaaij⟧                  ⟦P|Y. El Khatib⟧
""",
)

msg(
    "hr-07",
    "email",
    "none",
    r"""
⟦P|Brechtje Hazelhoff⟧
⟦A|Prinses Irenestraat 57⟧
⟦PC|2641 CV⟧ ⟦L|Pijnacker⟧

Dierenkliniek De Hoefslag
t.a.v. dr. ⟦P|J. Zeeman⟧

⟦L|Pijnacker⟧, 28 februari 2025

Onderwerp: opzegging arbeidsovereenkomst

Geachte heer ⟦P|Zeeman⟧,

Hierbij zeg ik mijn arbeidsovereenkomst als paraveterinair op, met inachtneming van de opzegtermijn van één maand. Mijn laatste werkdag is 31 maart 2025.

Ik heb de afgelopen vijf jaar met veel plezier bij De Hoefslag gewerkt en veel geleerd, vooral op de paardenpoli. Mijn resterende verlofuren (42 uur) wil ik graag laten uitbetalen. Wilt u mij een getuigschrift meegeven?

Personeelsnummer: ⟦C|DH-0231⟧

Met vriendelijke groet,

⟦P|Brechtje Hazelhoff⟧
""",
)

msg(
    "hr-08",
    "ticket",
    "rectification",
    r"""
HR-portaal – verzoek HRS-2025-00873
Type: Wijziging persoonsgegevens
Medewerker: ⟦P|Stef Oosterwijk⟧ (personeelsnummer ⟦C|20817⟧)
Afdeling: Klantcontact

Oud adres: ⟦A|Kastanjelaan 61⟧, ⟦PC|5261 BG⟧ ⟦L|Vught⟧
Nieuw adres per 1 april 2025: ⟦A|Burgemeester Woltersstraat 4⟧, ⟦PC|5275 GE⟧ ⟦L|Den Dungen⟧
Nieuw rekeningnummer: ⟦IBAN|NL85 INGB 9286 4783 72⟧ (de oude rekening bij ASN wordt opgeheven)
Noodcontact: ⟦P|Nadia Amrani⟧ (partner), ⟦T|06 45 38 02 71⟧

Toelichting medewerker:
We gaan samenwonen. Willen jullie ook de reiskostenvergoeding aanpassen? De enkele reis wordt 14 km in plaats van 6 km. In Youforce staat mijn oude adres nog op de loonstrook van februari.

Behandeld door: ⟦P|Claudia Brands⟧ (HR-servicedesk)
Status: verwerkt per salarisrun april
""",
)

msg(
    "hr-09",
    "email",
    "none",
    r"""
Onderwerp: aanvraag kortdurend zorgverlof 24-28 maart

Beste ⟦P|Gerlinde⟧,

Mijn moeder heeft vorige week een ⟦H|heupprothese⟧ gekregen en komt maandag thuis uit het revalidatiecentrum. Omdat zij alleen woont in ⟦L|Deurne⟧ en de thuiszorg pas vanaf 31 maart kan beginnen, wil ik graag kortdurend zorgverlof aanvragen van maandag 24 tot en met vrijdag 28 maart.

Mijn lopende dossiers heb ik overgedragen aan ⟦P|Reinout⟧. Ik ben wel bereikbaar op mijn mobiel (⟦T|06 19 44 80 25⟧) voor dringende vragen.

Kun je het verlof in Visma goedkeuren?

Groet,
⟦P|Ruud Luiten⟧
Medewerker debiteurenbeheer
""",
)

msg(
    "hr-10",
    "email",
    "none",
    r"""
Vacature: Medewerker Klantenservice (32–40 uur)

Wie Zijn Wij
Fietsenfabriek Vélo Twente maakt al sinds 1952 stadsfietsen en e-bikes in Nijverdal. Met 140 collega's leveren we aan ruim 300 dealers in de Benelux.

Wat Ga Je Doen
Je beantwoordt vragen van dealers en consumenten via telefoon, mail en chat (Zendesk). Je plant garantiereparaties in en denkt mee over verbeteringen in onze webshop (Shopware 6).

Wat Vragen Wij
- mbo-4 werk- en denkniveau
- goede beheersing van Nederlands, Engels en bij voorkeur Duits
- technische interesse; je weet het verschil tussen een middenmotor en een naafmotor

Wat Bieden Wij
Een salaris tussen € 2.650 en € 3.300, een fietsplan, 27 vakantiedagen en een goed pensioen via PME.

Interesse?
Solliciteer vóór 1 april via vacatures@velotwente.nl. Vragen over de functie? Bel of app ⟦P|Joke Mensink⟧, teamleider Klantenservice: ⟦T|06 12 93 40 57⟧. Een Verklaring Omtrent het Gedrag is onderdeel van de procedure.
""",
)

msg(
    "hr-11",
    "email",
    "none",
    r"""
Verslag CPBW – vergadering van 6 maart 2025

Onderneming: Metaalconstructies Deprez NV, hierna "de Onderneming"
Aanwezig: ⟦P|Raf Wuyts⟧ (voorzitter, werkgeversafvaardiging), ⟦P|Ilona Claes⟧ (interne preventieadviseur), ⟦P|Koenraad Mertens⟧ (werknemersafgevaardigde, ⟦S|ACV-CSC Metea⟧), ⟦P|Gunther Van Hecke⟧ (werknemersafgevaardigde, ⟦S|ABVV-Metaal⟧)
Verontschuldigd: ⟦P|Els Goossens⟧ (HR)

1. Arbeidsongevallen
Op 12 februari liep een lasser van ploeg 2, ⟦P|Jonas Pauwels⟧, een ⟦H|brandwonde aan de onderarm⟧ op bij het lassen aan de Lincoln Electric-installatie in hal B. ⟦P|Claes⟧ stelt voor om langere lashandschoenen (type Weldas 10-2010) aan te kopen.

2. Jaaractieplan 2025
De Onderneming investeert in een nieuwe afzuiginstallatie van Plymovent. ⟦P|Mertens⟧ vraagt dat de werknemers vooraf gehoord worden over de plaatsing.

3. Varia
⟦P|Van Hecke⟧ meldt dat de douches in de kleedkamer van hal A al twee weken defect zijn.

Volgende vergadering: 3 april 2025, 14u, refter.
""",
)

msg(
    "hr-12",
    "email",
    "none",
    r"""
Verslag Functioneringsgesprek

Medewerker: ⟦P|Geertje Wesseling⟧
Functie: senior inkoper
Leidinggevende: ⟦P|Tom Beerens⟧
Datum Gesprek: 4 maart 2025

Terugblik Afgelopen Jaar
⟦P|Geertje⟧ heeft de overstap van SAP Ariba naar Coupa goed begeleid en de contracten met de drie grootste leveranciers opnieuw uitonderhandeld. De doelstelling van 3% besparing is gehaald.

Werkbeleving En Gezondheid
⟦P|Geertje⟧ geeft aan dat ze door ⟦H|migraineaanvallen⟧ soms een middag moet stoppen met beeldschermwerk. Afgesproken is dat ze dan thuis verder werkt wanneer het weer gaat, zonder dat te hoeven melden.

Ontwikkeling
Zij wil graag de NEVI-opleiding Tactisch Inkopen volgen. ⟦P|Beerens⟧ vraagt budget aan bij HR.

Afspraken
- Aanmelding NEVI vóór 1 mei
- Tussentijds gesprek in september

Handtekening Medewerker                Handtekening Leidinggevende
""",
)


# ================================================================ 3. social-media DMs and comments
msg(
    "sm-01",
    "chat",
    "none",
    r"""
Instagram · Direct · studio.lune.sieraden
⟦P|femkevanderhaar⟧: hoii! ik heb vorige week de ketting 'Maanlicht' besteld (#LUNE-20931) maar nog steeds niks ontvangen 🥺
Studio Lune: Hoi lieverd! Wat vervelend 💛 Op welke naam en welk mailadres heb je besteld?
⟦P|femkevanderhaar⟧: ⟦P|femke van der haar⟧, ⟦E|femkevdhaar@gmail.com⟧
Studio Lune: Dankjee! Ik zie dat het pakketje terug is gekomen bij DHL omdat het huisnummer niet klopte 🙈 Is het ⟦A|Wilhelminastraat 12⟧?
⟦P|femkevanderhaar⟧: omg nee het is ⟦A|wilhelminastraat 12a⟧ ⟦PC|9461 nd⟧ ⟦L|gieten⟧ 🤦‍♀️ die a vergeet ik altijd
Studio Lune – ⟦P|Fenne⟧: Geen probleem! Ik stuur hem morgen opnieuw met een klein cadeautje erbij ✨ x ⟦P|Fenne⟧
⟦P|femkevanderhaar⟧: aaah lief!! 😍😍
""",
)

msg(
    "sm-02",
    "chat",
    "none",
    r"""
Facebook · Waterbedrijf Vechtstreek
Vanaf maandag 17 maart vervangen we de waterleiding in de Dorpsstraat en de Kerklaan in Loenen. Tijdens de werkzaamheden kan de waterdruk lager zijn. Vragen? Bel 0800 - 024 11 22 💧

Reacties
⟦P|Gradus Smulders⟧ · 2 u
En wie betaalt de schade aan mijn oprit? Vorige keer lagen de klinkers er na afloop scheef in. ⟦A|Kerklaan 18⟧, als iemand even wil komen kijken.
    Waterbedrijf Vechtstreek · 1 u
    Hoi ⟦P|Gradus⟧, vervelend om te horen! Wil je je telefoonnummer in een privébericht sturen? Dan belt onze omgevingsmanager je. ^⟦P|Ymke⟧
⟦P|Sandra Oostveen⟧ · 1 u
⟦P|Wim Oostveen⟧ kijk, daarom was er gisteren geen druk op de douche 😂
⟦P|Dorieke Kruis⟧ · 45 min
Geldt dit ook voor de rest van het dorp? Mijn moeder van 86 heeft ⟦H|thuisdialyse⟧, ze kan echt niet zonder water!
    Waterbedrijf Vechtstreek · 30 min
    Hoi ⟦P|Dorieke⟧, goed dat je het meldt. Wij nemen voor de werkzaamheden contact op met je moeder, zodat zij voorrang krijgt. ^⟦P|Ymke⟧
""",
)

msg(
    "sm-03",
    "chat",
    "none",
    r"""
⟦P|Olivier van der Linden⟧ @⟦P|oliviervdlinden⟧ · 14 mrt
@GlasnetNL already 3 days no internet in ⟦L|Bunnik⟧ and your chatbot keeps saying "we hebben geen storing gevonden" 🙃 ik werk thuis, dit kost me echt geld #glasnet #storing

Glasnet Klantenservice @GlasnetNL · 14 mrt
Hoi ⟦P|Olivier⟧, dat is balen! Stuur je ons een DM met je postcode, huisnummer en klantnummer? Dan kijken we direct met je mee. ^⟦P|Rianne⟧

[DM] ⟦P|oliviervdlinden⟧: ⟦PC|3981 HK⟧ 7, klantnummer ⟦C|GN-7730415⟧. modem is the Genexis Platinum 7840, all lights green except "Internet"
[DM] Glasnet Klantenservice: Thanks! Er is een kabelbreuk bij jou in de wijk door graafwerk. Een monteur komt morgen tussen 8:00 en 12:00. Ik heb alvast drie dagen abonnementskosten gecrediteerd. ^⟦P|Rianne⟧
[DM] ⟦P|oliviervdlinden⟧: ok fair enough, thx 👍
""",
)

msg(
    "sm-04",
    "chat",
    "none",
    r"""
Instagram · Direct · lumierebeauty.nl
⟦P|sarita.b⟧: hey! ik had gisteren wimperextensions bij jullie en nu zijn mn ogen helemaal rood en dik 😭😭
Lumière Beauty – ⟦P|Celeste⟧: Oh nee ⟦P|Sarita⟧ 😢 Dat klinkt als een ⟦H|allergische reactie op de lijm⟧. Wil je vandaag even langs de huisarts gaan?
⟦P|sarita.b⟧: huisarts zegt idd ⟦H|allergie voor cyanoacrylaat⟧, ik moet 5 dagen ⟦H|ontstekingsremmende oogdruppels⟧ 🙄 kunnen jullie ze eraf halen?
Lumière Beauty – ⟦P|Celeste⟧: Natuurlijk, helemaal kosteloos. Morgen om 11:00? We zetten in je klantkaart dat je geen wimperlijm verdraagt, zodat niemand dit nog een keer doet 💕
⟦P|sarita.b⟧: ok top
""",
)

msg(
    "sm-05",
    "chat",
    "none",
    r"""
Messenger · Fietsen Vandenbroucke
⟦P|Lien Vansteenkiste⟧: Hallo, mijn Cube Kathmandu Hybrid EXC 750 maakt een kraakgeluid bij het trappen. Hebben jullie deze week nog plaats?
Fietsen Vandenbroucke: Dag ⟦P|Lien⟧! Donderdag kan je hem binnenbrengen. Of zullen we hem komen ophalen? Dat kost € 15 binnen de 10 km.
⟦P|Lien Vansteenkiste⟧: ophalen graag, ik heb geen auto. ⟦A|Groeningestraat 41 bus 2⟧, ⟦PC|8520⟧ ⟦L|Kuurne⟧. mijn gsm is ⟦T|0472 18 64 30⟧
Fietsen Vandenbroucke: Genoteerd voor donderdagvoormiddag. Onze mecanicien ⟦P|Brecht⟧ belt een kwartiertje op voorhand. Groetjes, ⟦P|Ine⟧
⟦P|Lien Vansteenkiste⟧: super, merci!
""",
)

msg(
    "sm-06",
    "chat",
    "none",
    r"""
⟦P|Ronnie Timmermans⟧ beveelt Pizzeria Da Gino aan. · 9 mrt ·
Top pizza's en super vriendelijk personeel. Ze hielden rekening met de ⟦H|coeliakie⟧ van mijn dochter ⟦P|Lynn⟧: glutenvrije bodem, apart gebakken, zonder kruisbesmetting. Eindelijk een plek waar we zonder zorgen kunnen eten 🙏

    Pizzeria Da Gino · Eigenaar
    Grazie mille ⟦P|Ronnie⟧! Tot de volgende keer, en groetjes aan ⟦P|Lynn⟧ 🍕 – ⟦P|Gino⟧ & ⟦P|Loredana⟧
""",
    homonyms=["Gino"],
)

msg(
    "sm-07",
    "chat",
    "none",
    r"""
Instagram · kaaswinkel.devries · post
🎉 WIN een kaasplank t.w.v. € 50! Volg ons, like deze post en tag 2 vrienden 🧀

⟦P|tirza.vermeer__⟧ @⟦P|jurre_kok⟧ @⟦P|mel.terpstra⟧ deze moeten we winnen!! 😍
bakfietsmama_88 @⟦P|sjoerdhoekstra⟧ kaasavondje? 🧀🍷
⟦P|yvonnevanbeek⟧ doe mee! ❤️ @fam.kaasliefhebbers
kaaswinkel.devries De winnaar is... @⟦P|mel.terpstra⟧!! 🎉 Stuur ons een DM met je adres ✨

Direct · ⟦P|mel.terpstra⟧
omg echt?! 😱 ⟦P|Melanie Terpstra⟧, ⟦A|Boterdiep 88⟧, ⟦PC|9951 CC⟧ ⟦L|Winsum⟧
kaaswinkel.devries Gefeliciteerd ⟦P|Melanie⟧! Hij gaat vrijdag op de post 🧀 x ⟦P|Wieke⟧
""",
)

msg(
    "sm-08",
    "chat",
    "none",
    r"""
Instagram · Direct · sneakerhub.nl
⟦P|rowan_hoogendijk⟧: yo, ik heb die Nike Air Max 90 (maat 44) teruggestuurd maar nog geen geld terug. bestelling SNK-44817
Sneakerhub NL: Hey ⟦P|Rowan⟧! Je retour is binnen 👟 Je betaalde met een cadeaukaart, dus we storten het bedrag op je rekening. Welk IBAN mogen we gebruiken?
⟦P|rowan_hoogendijk⟧: ⟦IBAN|NL88ASNB0565808920⟧ tnv ⟦P|R. Hoogendijk⟧
Sneakerhub NL: Top, over 3 werkdagen staat het erop. Team Sneakerhub ✌️
⟦P|rowan_hoogendijk⟧: 🙏🔥
""",
)

msg(
    "sm-09",
    "chat",
    "none",
    r"""
⟦P|Nova Bakkenes⟧ @⟦P|novabakkenes⟧
@VeluweBus ik ben vanochtend mn rugzak vergeten in lijn 51 richting Ede, rond 8:10 uitgestapt. please help 😭

VeluweBus @VeluweBus
Hoi ⟦P|Nova⟧, wat vervelend! Welke kleur en wat zat erin? Dan vragen we het na bij de chauffeur. ^⟦P|Mathijs⟧

⟦P|Nova Bakkenes⟧ @⟦P|novabakkenes⟧
zwarte Eastpak, met mn MacBook Air M2, mn ov-chipkaart op naam en ook mn ⟦H|insulinepen⟧ 😰

VeluweBus @VeluweBus
Gevonden! Hij ligt bij ons servicepunt op station Ede-Wageningen, open tot 19:00. Neem je legitimatie mee. ^⟦P|Mathijs⟧
""",
)

msg(
    "sm-10",
    "chat",
    "none",
    r"""
Facebook · Woonwinkel Het Anker
Voorjaarssale! 🌷 Tot 40% korting op alle banken en fauteuils van Gelderland en Montèl. Alleen deze week!

Reacties
⟦P|Rina Verschoor⟧ · 3 u
Ik wacht al 11 weken op mijn bank (order HA-22871), steeds een nieuwe leverdatum. Eerst maar eens leveren voordat je een sale houdt 😡
    Woonwinkel Het Anker · 2 u
    Hoi ⟦P|Rina⟧, wat vervelend. We sturen je een privébericht om het uit te zoeken. – ⟦P|Linda⟧
⟦P|Gerrit-Jan Boschma⟧ · 2 u
Zelfde hier!! Bel me maar op ⟦T|06 33 71 08 24⟧, ik ben al 3x afgescheept aan de telefoon
    Woonwinkel Het Anker · 1 u
    Hoi ⟦P|Gerrit-Jan⟧, we bellen je vandaag nog. Tip: haal je nummer liever uit deze openbare reactie 🙏 – ⟦P|Linda⟧
⟦P|kim oldenkamp⟧ · 1 u
⟦P|Rina Verschoor⟧ bij ons ook, uiteindelijk na 14 weken geleverd. wel een mooie bank hoor 😅
""",
)

msg(
    "sm-11",
    "chat",
    "none",
    r"""
Instagram · Direct · bnb.deoudepastorie
⟦P|emily.hartwell⟧: Hi! We booked your garden room for 12–15 April via Booking.com. Could we check in later, around 11pm? Our flight only lands at 9:40pm 😅
B&B De Oude Pastorie: Hi ⟦P|Emily⟧! No problem at all 😊 We'll leave the key in the key safe next to the door and send you the code on the day.
⟦P|emily.hartwell⟧: Amazing, thank you! One more thing: my husband ⟦P|Tom⟧ has a ⟦H|severe peanut allergy⟧, is breakfast ok for him?
B&B De Oude Pastorie: Of course, we make everything ourselves and will keep it nut-free. Warm regards, ⟦P|Aukje⟧ & ⟦P|Egbert⟧
⟦P|emily.hartwell⟧: You're the best! My UK number in case something comes up: ⟦T|+44 7911 305 842⟧
""",
)

msg(
    "sm-12",
    "chat",
    "none",
    r"""
Messenger · Autobedrijf Kremer
⟦P|Patrick Veenhuis⟧: Goedemiddag, kan mijn Volvo XC40 Recharge (⟦LP|X-412-TD⟧) volgende week een onderhoudsbeurt krijgen? Er brandt ook een lampje "Service required".
Autobedrijf Kremer: Hoi ⟦P|Patrick⟧, dinsdag 18 maart om 8:00 kan. Heb je vervangend vervoer nodig?
⟦P|Patrick Veenhuis⟧: graag. mijn vrouw ⟦P|Hermien⟧ brengt hem, zij belt vanaf ⟦T|06 52 48 17 03⟧ als ze er is
Autobedrijf Kremer: Genoteerd, we zetten een Polo voor haar klaar. Groet, Team Kremer – ⟦P|Ronald⟧
""",
)

msg(
    "sm-13",
    "chat",
    "none",
    r"""
Instagram · Direct · groenhuys.plants
plantjesliefde: Hi Groenhuys team! 🌿 I'm a plant creator with 48k followers and would love to collab on your Monstera Thai Constellation drop. Mijn mediakit staat in mijn bio, en je kunt me mailen via ⟦E|hallo.wytske@gmail.com⟧ x ⟦P|Wytske⟧
groenhuys.plants: Hoi ⟦P|Wytske⟧! Wat leuk 🌱 Onze marketingcollega ⟦P|Tjeerd⟧ neemt deze week contact met je op. Team Groenhuys
plantjesliefde: yay! 💚
""",
)

msg(
    "sm-14",
    "chat",
    "none",
    r"""
Instagram · Direct · gymfit.leiden
⟦P|jayden.oduya⟧: hey ik wil mn lidmaatschap opzeggen, ik verhuis volgende maand naar ⟦L|Hellevoetsluis⟧
GymFit Leiden: Hey ⟦P|Jayden⟧! Jammer dat je gaat 😢 Mag ik voor de controle je lidnummer en geboortedatum?
⟦P|jayden.oduya⟧: ⟦C|GF-00481726⟧ en ⟦DOB|13-06-2000⟧
GymFit Leiden: Dankje! Je opzegtermijn is 1 maand, de laatste incasso is op 1 april. We hebben trouwens ook een club in Vlaardingen, daar kun je met korting instappen 😉 – ⟦P|Kyan⟧
⟦P|jayden.oduya⟧: haha oke ik denk erover na
""",
)

msg(
    "sm-15",
    "chat",
    "none",
    r"""
⟦P|Anjana Raghunathan⟧ @⟦P|anjana_rag⟧
@SkyHollandNL my suitcase didn't arrive on flight HV6122 last night. Has my ⟦H|heart medication⟧ in it 😰 please help asap #lostluggage

SkyHolland @SkyHollandNL
Hi ⟦P|Anjana⟧, so sorry to hear this! Could you DM us your file reference and a delivery address? ^⟦P|Niek⟧

[DM] ⟦P|anjana_rag⟧: file ref EINHV34817, deliver to ⟦A|Berg 19⟧, ⟦PC|5671 CB⟧ ⟦L|Nuenen⟧ please. ik ben de hele dag thuis
[DM] SkyHolland: Found it! It was left behind at the departure airport and will be on tonight's flight. Bezorging morgen voor 12:00 op het opgegeven adres. ^⟦P|Niek⟧
""",
)


# ================================================================ 4. web-shop and IT support tickets
msg(
    "sh-01",
    "ticket",
    "none",
    r"""
Ticket #AD-58211 – Dakdragers passen niet
Kanaal: contactformulier Autoparts-Direct
Naam: ⟦P|Mercedes Olmedo Ruiz⟧
E-mail: ⟦E|mercedes.olmedo@gmail.com⟧
Ordernummer: AD-2025-118803

Hallo,

Ik heb de Thule WingBar Evo dakdragers met voetenset 7105 en kit 186069 besteld voor mijn Mercedes-Benz GLA 200 (H247, bouwjaar 2021), maar volgens de garage is die kit voor de oude GLA (X156). Kan ik de kit ruilen? De Mercedes staat op naam van mijn werkgever, maar ik heb de bestelling privé betaald via iDEAL.

Kenteken voor de pasvormcheck: ⟦LP|R-883-ZP⟧

Groetjes,
⟦P|Mercedes⟧

Reactie ⟦P|Thijs Hermsen⟧ (klantenservice):
Hoi ⟦P|Mercedes⟧, klopt: voor de GLA H247 met dakrails heb je kit 187183 nodig. Ik stuur je een gratis retourlabel via DHL. De nieuwe kit gaat vandaag nog de deur uit.
""",
    homonyms=["Mercedes"],
)

msg(
    "sh-02",
    "email",
    "none",
    r"""
Van: ⟦P|Rozemarijn Hafkamp⟧ <⟦E|rozemarijn.hafkamp@ziggo.nl⟧>
Aan: service@kaarsenenzo.nl
Onderwerp: Verkeerde geurkaarsen geleverd

Hallo,

Ik bestelde drie keer de Geurkaars Rozemarijn & Citroen (420 g) en een Yankee Candle Fresh Cut Roses, maar in de doos zaten drie keer Black Cherry. Bestelnummer KZ-77120, betaald met Klarna (achteraf betalen).

Kunnen jullie de Rozemarijn & Citroen alsnog sturen? De Black Cherry stuur ik terug, als jullie een retourlabel mailen. Verzendadres is hetzelfde:
⟦A|Lijsterbeslaan 9⟧
⟦PC|8121 CK⟧ ⟦L|Olst⟧

Groetjes,
⟦P|Rozemarijn⟧
""",
    homonyms=["Rozemarijn"],
)

msg(
    "sh-03",
    "ticket",
    "none",
    r"""
Ticket 2025-03-0412 | Vaatwasser Bosch Serie 4 SMV4HVX00N lekt na installatie
Klant: dhr. ⟦P|H. Bosch⟧
Klantnummer: ⟦C|K-771203⟧
Telefoon: ⟦T|0316 - 52 84 19⟧
Adres: ⟦A|Pastoor van Eijkstraat 3⟧, ⟦PC|6903 ZH⟧ ⟦L|Zevenaar⟧

Omschrijving:
Meneer ⟦P|Bosch⟧ kocht op 28-02 de Bosch Serie 4 inclusief installatie door onze partner Witgoed Montage Gelderland. Sinds de installatie staat er na elke wasbeurt water onder de machine en geeft het display E:15 (AquaStop). De installateur heeft de afvoerslang van zijn oude Siemens iQ300 hergebruikt.

Actie: monteur ingepland vrijdag 14-03, 8:00–12:00. Bij herhaling wil de klant de machine omruilen voor een Miele G 5210 SCVi.
Medewerker: ⟦P|Lieke Tabak⟧
""",
    homonyms=["Bosch"],
)

msg(
    "sh-04",
    "email",
    "none",
    r"""
Van: ⟦P|Gijsbert Nauta⟧ <⟦E|gijsbert@nauta-advies.nl⟧>
Aan: orders@licentiewinkel.nl
Onderwerp: Verkeerde editie Acrobat + Office activeert niet (order LW-240981)

Goedemiddag,

Ik kocht bij jullie een licentie Microsoft Office Home & Business 2024 en Adobe Acrobat Standard 2024 voor mijn eenmanszaak. Geleverd is Acrobat Pro 2024 (prima, maar de factuur vermeldt Standard) en Office geeft bij het activeren foutcode 0xC004C060.

Systeem: Dell XPS 13 9340, Windows 11 Pro 24H2, ook geprobeerd met de Office Deployment Tool.

Zouden jullie een nieuwe productsleutel willen sturen en de factuur op naam van mijn bedrijf zetten?
Btw-id: ⟦BTW|NL793027469B01⟧
KvK: ⟦KVK|86530172⟧

Met vriendelijke groet,
⟦P|Gijsbert Nauta⟧
Nauta Advies – financieel advies voor zzp'ers
""",
)

msg(
    "sh-05",
    "ticket",
    "none",
    r"""
Ticket #PAY-30417 | Dubbel betaald: iDEAL via Mollie én PayPal
Klant: ⟦P|Sophie Lindqvist⟧ (⟦E|sophie.lindqvist@proton.me⟧)
Order: WS-88120 – Garmin Forerunner 265 (zwart), € 449,00

Bericht klant:
Bij het afrekenen gaf iDEAL (ABN AMRO-app) "transactie verlopen", daarna heb ik met PayPal betaald. Nu zie ik twee afschrijvingen: één van Stichting Mollie Payments en één van PayPal Europe. Graag één bedrag terug op mijn rekening ⟦IBAN|NL42 ABNA 3410 8498 95⟧. Mijn PayPal-account is ⟦E|s.lindqvist@hotmail.com⟧, voor het geval jullie die nodig hebben.

Interne notitie (⟦P|Joris Prins⟧, finance):
Mollie-transactie tr_7WqN2xHkLp bevestigd als betaald (iDEAL 2.0), PayPal-betaling ook. Refund van de Mollie-betaling gestart via het Mollie-dashboard, 1–3 werkdagen. Klant gemaild.
""",
)

msg(
    "sh-06",
    "email",
    "none",
    r"""
Van: ⟦P|Nina Philips⟧ <⟦E|nina.philips@kpnmail.nl⟧>
Aan: support@smarthome-expert.nl
Onderwerp: Philips Hue Bridge koppelt niet met Google Home

Hallo,

Ik heb bij jullie de Philips Hue White and Color Ambiance E27-starterkit gekocht (3 lampen + Bridge v2, bestelling SHE-50418) en een Google Nest Hub (2e generatie). In de Hue-app (versie 5.21) werkt alles, maar in Google Home krijg ik "Kan geen verbinding maken met Philips Hue. Probeer het later opnieuw."

Ik heb de Bridge-firmware bijgewerkt (1967054020), de Home-app opnieuw geïnstalleerd op mijn Pixel 7 en het Hue-account (zelfde mailadres) ontkoppeld en weer gekoppeld.

Groet,
⟦P|Nina Philips⟧

P.S. Nee, ik ben geen familie van het bedrijf 😉
""",
)

msg(
    "sh-07",
    "ticket",
    "none",
    r"""
Ticket LAAD-10294 | Laadpas geweigerd bij publieke palen
Klant: ⟦P|Jeroen Kasbergen⟧
Laadpasnummer: ⟦C|NL-EVB-C01734562-8⟧
Auto: Kia EV6 GT-Line 77 kWh, kenteken ⟦LP|P-219-LN⟧
Telefoon: ⟦T|+31 6 30 84 71 26⟧

Omschrijving klant:
Sinds de update van de EVBox-app naar 3.14.0 weigert mijn pas bij Allego- en Vattenfall InCharge-palen met "Autorisatie geweigerd". Bij mijn thuislader (Alfen Eve Single Pro-line) werkt de pas wel. Gisteren heb ik veertig minuten bij een paal in ⟦L|Zeewolde⟧ gestaan voordat ik via de Shell Recharge-app kon laden.

Notitie 2e lijn:
Pas stond na de migratie naar het nieuwe OCPI-platform op "geblokkeerd". Gedeblokkeerd, klant gevraagd morgen opnieuw te testen.
""",
)

msg(
    "sh-08",
    "email",
    "none",
    r"""
Van: ⟦P|Priscilla Jansz⟧ <⟦E|pjansz@outlook.com⟧>
Aan: klantenservice@gamegigant.nl
Onderwerp: PS5 Slim – controller drift + PSN-account

Goedemiddag,

Voor mijn zoon ⟦P|Milan⟧ (16) heb ik in december een PlayStation 5 Slim Digital Edition met een extra DualSense Edge gekocht (order GG-1203377). De DualSense Edge heeft nu al stick drift op de linkerstick, ook na de firmware-update 24.02-09.20.00.

Daarnaast kreeg hij een mail van Sony dat er op zijn account (online-ID ⟦P|MilanJansz_08⟧) is ingelogd vanaf een onbekend apparaat. Hij speelt alleen thuis; ons eigen IP-adres volgens de router is ⟦IP|83.84.112.57⟧. Hebben jullie de console met een al gebruikte account geleverd? Wij hebben meteen het wachtwoord gewijzigd en 2-stapsverificatie aangezet.

Ik wil graag de controller omruilen.

Met vriendelijke groet,
⟦P|Priscilla Jansz⟧
""",
)

msg(
    "sh-09",
    "email",
    "none",
    r"""
Van: ⟦P|Ellen Blokker⟧ <⟦E|ellen.blokker@hetnet.nl⟧>
Aan: HP Instant Ink-support
Onderwerp: Instant Ink wordt nog afgeschreven na opzeggen

Goedendag,

In januari heb ik de HP ENVY Inspire 7220e bij de Blokker gekocht en me aangemeld voor HP Instant Ink (plan 50 pagina's). Op 3 februari heb ik het abonnement opgezegd via de HP Smart-app (versie 151.2), maar op 3 maart is er weer € 4,99 afgeschreven van mijn creditcard ⟦CC|4189 9752 6683 7507⟧.

Wilt u het abonnement definitief stoppen en het bedrag terugstorten?

Met vriendelijke groet,
⟦P|Ellen Blokker⟧

---
Antwoord HP-support (⟦P|Koray⟧):
Beste mevrouw ⟦P|Blokker⟧, uw opzegging is op 3 februari geregistreerd maar gaat in na de lopende factuurperiode. De laatste betaling wordt binnen 5 werkdagen teruggestort.
""",
    homonyms=["Blokker"],
)

msg(
    "sh-10",
    "ticket",
    "none",
    r"""
Ticket SEC-4471 | Klant kan niet inloggen – account geblokkeerd na mislukte pogingen
Klant: ⟦P|Tim Versteegh⟧ (klant-ID ⟦C|3390418⟧)

Log (Magento 2.4.7, Cloudflare WAF):
2025-03-12 22:14:03  login_failed    email=⟦E|tim.versteegh@gmail.com⟧  ip=⟦IP|89.99.41.207⟧  ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
2025-03-12 22:14:21  login_failed    email=⟦E|tim.versteegh@gmail.com⟧  ip=⟦IP|89.99.41.207⟧
2025-03-12 22:14:40  login_failed    email=⟦E|tim.versteegh@gmail.com⟧  ip=⟦IP|89.99.41.207⟧
2025-03-12 22:14:58  account_locked  customer_id=⟦C|3390418⟧  reason=max_attempts(3)
2025-03-12 22:15:02  waf_challenge   rule=ratelimit-login  action=managed_challenge

Klant bevestigt telefonisch dat ⟦IP|89.99.41.207⟧ zijn eigen thuisverbinding (Odido) is: hij was zijn nieuwe wachtwoord vergeten. Account ontgrendeld, wachtwoordresetlink gestuurd. Geen verdere actie.
Behandeld: ⟦P|Maaike Stoop⟧
""",
)

msg(
    "sh-11",
    "email",
    "automated_decision",
    r"""
Van: ⟦P|Gökhan Yavuz⟧ <⟦E|gokhan.yavuz@live.nl⟧>
Aan: klantenservice@belmobiel.nl
Onderwerp: Aanvraag iPhone 16 Pro automatisch afgewezen

Beste klantenservice,

Ik heb online een abonnement aangevraagd met een iPhone 16 Pro 256 GB (Onbeperkt 5G, 24 maanden). Binnen een minuut kreeg ik de melding "Uw aanvraag kan niet worden goedgekeurd op basis van de kredietcheck". Ik heb geen BKR-registratie en een vast contract.

Ik wil weten op basis van welke gegevens dit automatisch is besloten en ik wil dat een medewerker mijn aanvraag opnieuw beoordeelt.

Mijn gegevens uit de aanvraag:
Geboortedatum: ⟦DOB|07-11-1995⟧
Rijbewijsnummer: ⟦ID|5492017738⟧
IBAN: ⟦IBAN|NL17 TRIO 3835 6948 85⟧
Adres: ⟦A|Dr. Schaepmanstraat 15⟧, ⟦PC|7552 BH⟧ ⟦L|Hengevelde⟧

Met vriendelijke groet,
⟦P|Gökhan Yavuz⟧
⟦T|06 42 81 05 36⟧
""",
)

msg(
    "sh-12",
    "ticket",
    "none",
    r"""
Ticket TRH-7781 | Trekhaak Ford Focus – kabelset geeft foutmelding
Klant: ⟦P|Jesse Ford⟧
E-mail: ⟦E|jesseford.nl@gmail.com⟧
Voertuig: Ford Focus Wagon 1.0 EcoBoost Hybrid ST Line (2022), kenteken ⟦LP|N-508-BV⟧

Omschrijving:
De afneembare trekhaak (Westfalia 303512600001) en de 13-polige kabelset (Jaeger 21500580) zijn gemonteerd bij Autoservice De Brink. Sinds de montage geeft de Ford een melding "Aanhangwagenmodule storing" en werkt het rechter remlicht van de fietsendrager (Thule EasyFold XT 2) niet.

Notitie ⟦P|Sven Harmsen⟧ (technische dienst): de module moet via Ford FDRS worden gecodeerd. Klant ontvangt een voucher voor codering bij de dealer. Meneer ⟦P|Ford⟧ belt terug als het niet lukt.
""",
    homonyms=["Ford"],
)

msg(
    "sh-13",
    "ticket",
    "none",
    r"""
Storingsmelding #FX-230418 | Wifi valt weg op bovenverdieping
Klant: ⟦P|Annemijn Brugman⟧
Klantnummer: ⟦C|30221874⟧
Adres aansluiting: ⟦A|Zwanebloemweg 22⟧, ⟦PC|1432 RS⟧ ⟦L|Aalsmeer⟧

Omschrijving klant:
Het internet valt op de eerste verdieping steeds weg, beneden is het prima. Modem is de Sagemcom F@st 5655v2 van jullie, daarachter een Linksys Velop MX4200 (3 stuks, firmware 1.0.13.210200). Op zolder staan een Xbox Series X en de Synology van mijn man. Netwerknaam: ⟦P|Brugman⟧-Mesh, wachtwoord: ⟦CR|Zwanebloem#2022!⟧

Notitie monteur (⟦P|Ricardo Pinas⟧): Velop-nodes stonden in bridge mode met dubbele DHCP. DHCP op de Velop uitgezet, kanaal 5 GHz vast op 36. Klant tevreden.
""",
)

msg(
    "sh-14",
    "email",
    "none",
    r"""
Van: ⟦P|Jozefien Vermeersch⟧ <⟦E|jozefien@vermeersch-architectuur.be⟧>
Aan: sales@cadsoft-benelux.be
Onderwerp: Licentie AutoCAD LT 2025 + SketchUp Pro 2024 – factuur

Goeiemiddag,

Als zelfstandig architecte wil ik mijn jaarlicentie AutoCAD LT 2025 verlengen en SketchUp Pro 2024 bijbestellen (1 gebruiker). Vorig jaar stond de factuur op een verkeerd btw-nummer, daarom hieronder de juiste gegevens:

Btw-nummer: ⟦BTW|BE0567498795⟧
Rekeningnummer voor domiciliëring: ⟦IBAN|BE42 5942 8595 7554⟧
Gsm: ⟦T|0486 27 13 95⟧

Kan de Autodesk-account blijven op ⟦E|jozefien@vermeersch-architectuur.be⟧? Ik werk op een MacBook Pro M3 (macOS Sonoma 14.4), dus graag ook bevestigen dat AutoCAD LT for Mac erin zit.

Vriendelijke groeten,
⟦P|Jozefien Vermeersch⟧
""",
)

msg(
    "sh-15",
    "ticket",
    "none",
    r"""
Vraag via chatbot – doorgezet naar productspecialist
Onderwerp: Samsung Galaxy Tab S9 FE – S Pen en toetsenbord

Werkt de Galaxy Tab S9 FE (Wi-Fi, 128 GB, SM-X510) met de S Pen Pro en met de Book Cover Keyboard Slim (EF-DX510)? Op de productpagina staat bij het toetsenbord alleen "Tab S9 FE+", en ik wil niet het verkeerde bestellen. De tablet draait Android 14 met One UI 6.1.

Ook: geldt de actie "gratis Galaxy Buds FE bij aankoop van een Tab S9" ook voor de FE-versie?
""",
)


# ================================================================ 5. mixed: English mail, logs, invites, SMS
msg(
    "mx-01",
    "email",
    "none",
    r"""
From: ⟦P|Graham Whitcombe⟧ <⟦E|graham.whitcombe@harlowpackaging.co.uk⟧>
To: inkoop@zuivelcoop-noord.nl
Cc: ⟦P|Sinead O'Rourke⟧ <⟦E|s.orourke@harlowpackaging.co.uk⟧>
Subject: Updated lead times – PET trays Q2

Dear Mr ⟦P|Kleefstra⟧,

Thank you for the forecast for Q2. Due to the maintenance of our thermoforming line (Illig RDM 70K) in April, lead times for the 500 g trays will go up from three to five weeks. Orders placed before 28 March will still ship on the old schedule via Harwich – Hook of Holland.

⟦P|Sinead⟧ from our customer service team will send the updated price list (valid from 1 April) and the new EUR.1 certificates for customs.

Kind regards,

⟦P|Graham Whitcombe⟧
Key Account Manager Benelux
Harlow Packaging Ltd
Unit 4, Pinnacles Business Park, Harlow CM19 5AL, United Kingdom
T +44 1279 555 812 | M ⟦T|+44 7700 900 461⟧
""",
)

msg(
    "mx-02",
    "ticket",
    "none",
    r"""
Ticket DEV-1187 | Checkout faalt bij apostrof in achternaam
Gemeld door: ⟦P|Ruben Hoekman⟧ (webteam)

Uit Sentry (project webshop-prod, release 4.12.3):

[2025-03-13 10:41:07,532] ERROR checkout.service: OrderValidationError: invalid character in field 'last_name'
  order_id=WS-2025-551829
  customer_id=⟦C|C-0097712⟧
  first_name="⟦P|Siobhan⟧"
  last_name="⟦P|D'Hondt⟧"
  email="⟦E|siobhan.dhondt@telenet.be⟧"
  phone="⟦T|+32 485 71 39 02⟧"
  shipping_address="⟦A|Brusselsesteenweg 290⟧, ⟦PC|9090⟧ ⟦L|Melle⟧"
  client_ip=⟦IP|94.110.88.23⟧
  payment_method=bancontact
  psp_reference=PSP-88F3A21C
Traceback (most recent call last):
  File "/srv/app/checkout/validators.py", line 88, in validate_name
    raise ValueError(f"Name contains disallowed characters: {bad!r}")
ValueError: Name contains disallowed characters: "'"

Dit gebeurt sinds de upgrade van de validatielibrary naar 2.0. Graag apostrof en koppelteken weer toestaan, ook voor namen als O'Neill en Van 't Hek.
""",
)

msg(
    "mx-03",
    "email",
    "none",
    r"""
Uitnodiging: Sollicitatiegesprek ⟦P|Liselot Karsten⟧ – Teamleider Finance

Wanneer: woensdag 19 maart 2025 10:00–11:00 (CET)
Waar: vergaderruimte 2.14 "De Waag", hoofdkantoor, of online
Microsoft Teams-vergadering: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjE4YmQtOTk2Mi00%40thread.v2/0
Vergader-ID: 318 552 907 614

Organisator: ⟦P|Margot Hilhorst⟧ <⟦E|m.hilhorst@hoogland-logistiek.nl⟧>
Deelnemers:
⟦P|Koen Rademaker⟧ <⟦E|k.rademaker@hoogland-logistiek.nl⟧> (verplicht)
⟦P|Liselot Karsten⟧ <⟦E|liselot.karsten@icloud.com⟧> (extern)
recruitment@hoogland-logistiek.nl (optioneel)

Tweede gesprek met ⟦P|Liselot⟧. Zij neemt een kopie van haar diploma RC en de ingevulde VOG-aanvraag mee. Bij vertraging kandidaat bellen op ⟦T|06 40 72 19 83⟧.
""",
)

msg(
    "mx-04",
    "chat",
    "none",
    r"""
Glazenwasserij Helderzicht → ⟦T|+31 6 14 92 37 58⟧ · ma 10 mrt 08:02
Goedemorgen! Morgen (di 11 mrt) komen wij tussen 9:00 en 12:00 de ramen wassen op ⟦A|Zeggelaan 44⟧. Niet thuis? Geen probleem. Afmelden voor deze sms'jes: antwoord STOP.

⟦T|+31 6 14 92 37 58⟧ → Helderzicht · 08:15
Hoi, graag deze keer ook de dakkapel aan de achterkant. Het hek zit op slot, de sleutel ligt onder de bloempot bij de schuur. Gr ⟦P|Gonda⟧

Helderzicht → ⟦T|+31 6 14 92 37 58⟧ · 08:21
Is goed ⟦P|Gonda⟧, de dakkapel kost € 12,50 extra. Groet, ⟦P|Gert⟧
""",
)

msg(
    "mx-05",
    "email",
    "rectification",
    r"""
From: ⟦P|Karen Mitchell⟧ <⟦E|karen.mitchell.oh@gmail.com⟧>
To: orders@delftsblauwstudio.nl
Subject: Order DB-10482 – wrong address and customs fees

Hello,

Last week I ordered two hand-painted Delft Blue tiles and the tulip vase (order DB-10482). The order confirmation shows my old address (⟦A|1847 Maple Ridge Drive⟧, ⟦L|Dublin⟧, OH ⟦PC|43017⟧) instead of the new one I entered at checkout:

⟦A|220 Harcourt Avenue, Apt 3B⟧
⟦L|Worthington⟧, OH ⟦PC|43085⟧

Could you please correct the address in my account and on the shipment before it leaves? Your website says shipping to the US is DDP, so I assume I won't be charged customs duties by DHL on delivery.

My phone number for the courier: ⟦T|+1 614 555 0183⟧.

Many thanks,
⟦P|Karen Mitchell⟧
""",
)

msg(
    "mx-06",
    "ticket",
    "none",
    r"""
Hoi ⟦P|Sjoerd⟧,

Hieronder de regels uit de access log van de klant die klaagt dat zijn fotoboek niet te uploaden is (klant ⟦P|Frans Holtkamp⟧, bestelling FBE-77120):

⟦IP|145.53.218.12⟧ - - [13/Mar/2025:14:02:11 +0100] "POST /api/v2/upload HTTP/2.0" 413 183 "https://portal.fotoboekexpress.nl/editor" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"
⟦IP|145.53.218.12⟧ - - [13/Mar/2025:14:02:49 +0100] "POST /api/v2/upload HTTP/2.0" 413 183 "https://portal.fotoboekexpress.nl/editor" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"
10.0.3.17 - - [13/Mar/2025:14:03:00 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
⟦IP|145.53.218.12⟧ - - [13/Mar/2025:14:05:30 +0100] "POST /api/v2/upload HTTP/2.0" 413 183 "https://portal.fotoboekexpress.nl/editor" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"

Zijn foto's zijn 14–18 MB per stuk (Sony A7 IV, JPEG extra fine) en client_max_body_size staat nog op 10m in de nginx-config van de ingress. Kun jij die naar 50m zetten?

Gr, ⟦P|Dagmar⟧
""",
)

msg(
    "mx-07",
    "email",
    "none",
    r"""
Invitation: Q2 supplier review – Van Wijk Bloembollen × Greenfield Garden Centres
Tue 25 Mar 2025 3pm – 4pm (GMT)

Organizer: ⟦E|rachel.osei@greenfieldgc.co.uk⟧
Guests:
⟦P|Rachel Osei⟧ – organizer
⟦E|tom.pritchard@greenfieldgc.co.uk⟧
⟦E|h.vanwijk@vanwijkbloembollen.nl⟧
⟦E|d.kooistra@vanwijkbloembollen.nl⟧
bulbs-orders@greenfieldgc.co.uk

Join with Google Meet: meet.google.com/xkr-pwdm-qvb
Join by phone: (GB) +44 20 3956 1874, PIN: 702 118 455#

Agenda
1. Tulip and dahlia volumes for autumn (⟦P|Hidde van Wijk⟧)
2. Claims spring 2025 – damaged crates on the Europoort–Felixstowe route (⟦P|Dieuwke Kooistra⟧)
3. New EU phytosanitary certificates (⟦P|Tom Pritchard⟧)

Reply for ⟦E|d.kooistra@vanwijkbloembollen.nl⟧: Yes / No / Maybe
""",
)

msg(
    "mx-08",
    "chat",
    "none",
    r"""
AutoVerhuur Kop van Noord · 13-03 16:40
Beste mevrouw ⟦P|Hoitinga⟧, uw huurauto (VW Polo, reservering KVN-2210) staat morgen om 08:00 voor u klaar. Neem uw rijbewijs en een creditcard op eigen naam mee.

⟦T|06 83 20 15 47⟧ · 13-03 17:02
Goedemiddag, mijn rijbewijs is net verlopen, het nieuwe is aangevraagd bij de gemeente. Kan ik met mijn paspoort (⟦ID|NW8K2P4R7⟧) en de afhaalbrief van de gemeente komen? ⟦P|Grietje Hoitinga⟧

AutoVerhuur Kop van Noord · 13-03 17:10
Helaas, zonder geldig rijbewijs mogen wij de auto niet meegeven. Wilt u de reservering verzetten? Bel gerust, 0223 - 61 40 90.
""",
)

msg(
    "mx-09",
    "ticket",
    "none",
    r"""
Ticket APP-2291 | Crash bij openen van "Mijn afspraken" (Android)
Prioriteit: hoog (37 gebruikers getroffen)

Crashlytics-export (1 van 37):
{
  "app": "FysioPlanner",
  "version": "3.7.1 (412)",
  "device": {"model": "Pixel 8a", "os": "Android 15", "name": "Pixel van ⟦P|Saskia⟧"},
  "user": {"id": "⟦C|usr_58122⟧", "email": "⟦E|saskia.wolterink@hotmail.com⟧"},
  "exception": "java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String nl.fysioplanner.model.Therapist.getDisplayName()' on a null object reference",
  "breadcrumbs": [
    "open_screen: appointments",
    "load_appointment id=88213 treatment='⟦H|revalidatie na knieprothese⟧'",
    "render_therapist therapist_id=null"
  ]
}

Lijkt op afspraken waarvan de therapeut uit dienst is. Fix: fallback "Je therapeut" als de naam ontbreekt, en de breadcrumbs niet meer met behandeling loggen.
""",
)

msg(
    "mx-10",
    "email",
    "erasure",
    r"""
From: ⟦P|Luca Bianchi⟧ <⟦E|luca.bianchi.87@gmail.com⟧>
To: privacy@kamerplatform.nl
Subject: Request to delete my account and data (GDPR art. 17)

Hi,

Last year I used your platform to find a room in ⟦L|Nootdorp⟧. For the verification you asked me to upload a copy of my passport (⟦ID|YA3371924⟧) and my employment contract. I found a room in the meantime and no longer need the account.

Please delete my account (user ID ⟦C|KH-210447⟧), the uploaded documents and the messages with landlords, and confirm in writing when this is done. If you must keep anything for legal reasons, please tell me what and for how long.

Best regards,
⟦P|Luca Bianchi⟧
""",
)

msg(
    "mx-11",
    "chat",
    "none",
    r"""
PakketPunt Express · 11:02
Je pakket 3SPPX0018823 van Coolblue wordt vandaag tussen 14:10 en 16:40 bezorgd. Niet thuis? Kies een buur of afhaalpunt via de link in deze sms.

⟦T|06-27391846⟧ · 11:15
Ik ben niet thuis, ik zit tot 17:00 in het ziekenhuis voor mijn ⟦H|chemokuur⟧. Kan het bij de buren op nr 14, fam. ⟦P|Aydın⟧? Zij weten ervan. ⟦P|Mariska⟧

PakketPunt Express · 11:16
Je keuze is opgeslagen: bezorging bij huisnummer 14. Antwoorden op deze sms worden niet gelezen.
""",
)

msg(
    "mx-12",
    "email",
    "none",
    r"""
Afspraak: Inmeten keuken – fam. ⟦P|Rotteveel⟧
Datum: donderdag 20 maart 2025, 13:30–15:00
Locatie: ⟦A|Oranje Nassaulaan 31⟧, ⟦PC|2361 AK⟧ ⟦L|Warmond⟧
Agenda: Keukenstudio Bollenstreek – Buitendienst
Toegewezen aan: ⟦P|Niels Boersma⟧ (keukenadviseur), ⟦P|Erwin⟧ (inmeter)

Notities:
Klant ⟦P|Jacqueline Rotteveel⟧, ⟦T|071 - 301 88 42⟧. Wil een Siemens iQ700-inductiekookplaat met afzuiging, een Quooker Flex Combi+ en greeploze fronten (Nolte Lux). Hond in huis, blijft in de bijkeuken. Parkeren op de oprit.
⟦P|Jacqueline⟧ draagt ⟦H|gehoorapparaten⟧ en hoort de bel slecht: graag aanbellen én kloppen.

Herinnering: 1 dag van tevoren
""",
)

msg(
    "mx-13",
    "chat",
    "none",
    r"""
#incident-payroll-sync (Slack-export)
[09:02] ⟦P|Thorben Verbrugge⟧: heads up, the webhook from Personio to the payroll API fails since 03:00. 12 employees missing in the March batch
[09:05] ⟦P|Ana Lima⟧: can you paste one failing payload?
[09:07] ⟦P|Thorben Verbrugge⟧: {"employee_id": "⟦C|E-1042⟧", "first_name": "⟦P|Evert⟧", "last_name": "⟦P|Brinkhuis⟧", "bsn": "⟦BSN|908310961⟧", "iban": "⟦IBAN|NL63INGB7038997886⟧", "date_of_birth": "⟦DOB|1988-02-29⟧", "address": {"street": "⟦A|Lindenlaan 7⟧", "postal_code": "⟦PC|7437 AB⟧", "city": "⟦L|Bathmen⟧"}}
[09:07] ⟦P|Thorben Verbrugge⟧: response: 422 Unprocessable Entity – postal_code must match ^[1-9][0-9]{3}[A-Z]{2}$
[09:09] ⟦P|Ana Lima⟧: so it's the space in the postcode, Personio sends "⟦PC|7437 AB⟧" since their update
[09:10] ⟦P|Ana Lima⟧: and please don't paste full BSNs in Slack 🙈 delete that message, I'll open a ticket for the mapping
[09:11] ⟦P|Thorben Verbrugge⟧: oops, deleted. fix: strip spaces in the mapper, redeploy around 10:00
""",
)


# ================================================================ build + checks


def check_occurrences(mid, text, spans, cov):
    """Every occurrence of a marked value (len >= 4) must lie inside some span.

    Listed homonyms (a product or shop name equal to the customer's name) are exempt.
    """
    bad, allowed = [], HOMONYMS.get(mid, set())
    for v in sorted({sp["value"] for sp in spans if len(sp["value"]) >= 4}):
        if v in allowed:
            continue
        for m in re.finditer(re.escape(v), text):
            if not all(cov[m.start() : m.end()]):
                bad.append(f"unmarked occurrence of marked value {v!r} at {m.start()}")
    for h in sorted(allowed):
        if not any(sp["value"] == h or h in sp["value"] for sp in spans):
            bad.append(f"homonym {h!r} is not part of any span")
        if not any(not all(cov[m.start() : m.end()]) for m in re.finditer(re.escape(h), text)):
            bad.append(f"homonym {h!r} has no unmarked occurrence")
    return bad


def load_reference():
    """Gold values and texts of the development sets (and the earlier own held-out sets).

    Only used to reject overlap; nothing from these files is printed except this set's own strings.
    """
    values, dev_values, texts = {}, set(), []
    for name in DEV_SETS:
        if not (EVAL / name).exists():
            raise SystemExit(f"missing {EVAL / name}: the overlap check cannot run")
    sources = [EVAL / n for n in DEV_SETS]
    sources += [HERE / name for name in EARLIER_OWN_SETS if (HERE / name).exists()]
    n_dev_docs = 0
    for p in sources:
        is_dev = p.name in DEV_SETS
        for line in p.open(encoding="utf-8"):
            if not line.strip():
                continue
            d = json.loads(line)
            n_dev_docs += is_dev
            texts.append(d["text"])
            for sp in d.get("spans", []):
                values.setdefault(sp["value"].casefold(), p.name)
                if is_dev and len(sp["value"].strip()) >= 4:
                    dev_values.add(sp["value"].strip().casefold())
    return values, dev_values, "\n".join(texts), n_dev_docs


def dev_value_hits(text, dev_values):
    """Gold values (len >= 4) of the development sets occurring in text as whole words."""
    hits = set()
    low = text.casefold()
    # candidate n-grams of the text (1..8 tokens) are looked up in the gold value set; whole-word
    # substring search over all gold values is then confirmed with a regex
    toks = list(re.finditer(r"\S+", low))
    for i in range(len(toks)):
        for j in range(i, min(i + 8, len(toks))):
            chunk = low[toks[i].start() : toks[j].end()]
            for cand in {
                chunk,
                chunk.strip(".,;:!?()[]{}\"'“”‘’<>*#@"),
                chunk.strip(".,;:!?()\"'"),
            }:
                if len(cand) >= 4 and cand in dev_values:
                    hits.add(cand)
    # single words and sub-tokens (e.g. "wilhelminastraat" in "⟦A|...⟧", names inside e-mail
    # addresses are left alone: only whole words count)
    for w in re.findall(r"\w[\w'’-]*\w", low):
        for part in {w, *re.split(r"[-'’_]", w)}:
            if len(part) >= 4 and part in dev_values:
                hits.add(part)
    confirmed = set()
    for h in hits:
        if re.search(r"(?<![^\W_])" + re.escape(h) + r"(?![^\W_])", low):
            confirmed.add(h)
    return confirmed - {w.casefold() for w in COMMON_WORDS}


def main():
    ref_values, dev_values, ref_text, n_dev_docs = load_reference()
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
        problems += [f"{mid}: {p}" for p in check_occurrences(mid, text, spans, cov)]
        for h in sorted(dev_value_hits(text, dev_values)):
            problems.append(f"{mid}: text contains a gold value of the dev sets: {h!r}")
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
    print(
        f"overlap check ran: {n_dev_docs} documents of {', '.join(DEV_SETS)} "
        f"({len(dev_values)} gold values of length >= 4) plus {', '.join(EARLIER_OWN_SETS)}; "
        f"allowlisted common words: {sorted(COMMON_WORDS) or 'none'}"
    )
    print("groups:", dict(Counter(r["id"].split("-")[0] for r in rows)))
    print("channels:", dict(Counter(r["channel"] for r in rows)))
    print("requests:", dict(Counter(r["request"] for r in rows)))
    tc = Counter(sp["type"] for r in rows for sp in r["spans"])
    print("spans:", sum(tc.values()), dict(sorted(tc.items())))
    print("messages without spans:", [r["id"] for r in rows if not r["spans"]])
    return 0


if __name__ == "__main__":
    sys.exit(main())
