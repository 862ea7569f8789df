"""Build own_heldout6.jsonl from inline-annotated messages.

Sixth held-out set for privacywacht, written blind: the author read only
benchmarks/data/heldout_markup.py (markup parser, type aliases, checksum and trap helpers, which
are imported below) and the module docstring of build_own_heldout4.py (annotation conventions,
checks); to match the output format, only the key names and the channel/request label values of
own_heldout4.jsonl and shared/eval/dev.jsonl were listed programmatically, never their texts or
spans. The author did not read the detectors, models, tests, bot code, other benchmark code, nor
the contents of shared/eval or of any .jsonl file; dev.jsonl, airbnb_dev.jsonl and the earlier
own_heldout*.jsonl sets are only opened below, programmatically, to reject overlap. No
privacywacht detector, CLI or pipeline was run on these texts while writing them.

Eight text types, chosen to differ from the earlier held-out sets:

  rv-01..rv-12  guest-house, holiday-home, campsite and restaurant reviews with replies by the
                owner (hosts and staff, pets with human-sounding names, lowercase names,
                "Bedankt X & Y!", nicknames, rooms and dishes named after people; nl/be/en/de)
  it-01..it-10  IT-helpdesk ticket queues (Topdesk/Jira/Zendesk/PagerDuty-like exports: title,
                requester, assignee, status lines, internal notes) dense with product, software,
                device, host and version names (Jenkins, Hudson, Alexa, printers and servers named
                after people)
  fw-01..fw-10  forwarded e-mail threads with quoted replies (Van:/Aan:/Onderwerp: and
                From:/To: headers, signatures with job titles and company names, disclaimers)
  ch-01..ch-10  WhatsApp, Teams and Slack exports with timestamps and display names (also
                "Achternaam, Voornaam" display names, bots and business accounts)
  nw-01..nw-10  short Dutch/Flemish newspaper and regional-news paragraphs (people with roles,
                bare surnames on second mention, politicians, athletes, clubs, companies named
                after families, prizes, ships, foundations, datelines)
  cd-01..cd-10  company documents (privacy statement, general terms, minutes, changelog,
                vacancy, terms of service, house rules, annual report, incident report, complaints
                procedure) with Title Case / ALL CAPS headings, defined terms and few people
  fm-01..fm-10  web-form submissions ("Wat is uw naam?", Naam:, Contactpersoon:) with names in
                any case, surnames that are ordinary words (Roos, Bakker, Kok, Zomer, Winter, Mol,
                Vos, Koning, Hoogland, De Boer) and first names that are words (Hoop, Bas, Jade...)
  fn-01..fn-08  foreign names (Turkish, Moroccan, Polish, Surinamese, Indonesian, English,
                German, French) in Dutch text

All people, addresses and numbers are invented; checksum types were computed to be valid and
look-alike numbers (order numbers, tracking codes) were checked to fail their checksum.

Markup: ⟦TYPE|value⟧ marks a span; the markup is removed and a span recorded (aliases in
heldout_markup.py).

Annotation conventions (as own_heldout3/4): PERSON is the name only, without titles, roles or
salutations ("Frau ⟦P|Pieters⟧", "familie ⟦P|Kooistra⟧"); initials and tussenvoegsels are
included; lowercase names, surname-only second mentions, chat display names (also "Achternaam,
Voornaam"), staff signing replies and @handles/login names built from a name are PERSON. Pets,
companies (also when named after a family), products, apps, hosts, printers, rooms, streets,
ships, prizes, foundations, dishes, book characters, defined terms, field labels, version
strings and order/ticket numbers are unmarked; so are organisations' own addresses, phone
numbers and role mailboxes. Personal e-mail addresses, direct/mobile numbers of people, the
addresses and home towns of people (LOCATION), their IP addresses, credentials, customer /
personnel / student / policy numbers (CUSTOMER_ID), ID documents, dates of birth, health data
and special data (religion, criminal data of private persons) are marked. KvK and btw numbers
are marked wherever they occur.

Checks: exact offsets; checksums (BSN elfproef, IBAN, Luhn for cards, NL/BE btw, KvK 8 digits,
BE national number, BE eID card number); unmarked numbers that look like BSN/card/IBAN must fail
their checksum; every occurrence (case-insensitive, whole word) of a marked value (len >= 4)
lies inside a span, except listed deliberate homonyms (HOMONYMS below); no span value
(case-insensitive) is also a gold value in shared/eval/dev.jsonl, shared/eval/airbnb_dev.jsonl or
the earlier own_heldout*.jsonl sets; no gold value (len >= 4) of dev.jsonl / airbnb_dev.jsonl
occurs anywhere in a text as a whole word (case-insensitive), apart from a short allowlist of
very common Dutch words; no 6-word run is shared with any text of those reference files.
On a collision only the value or word run of this set is printed. Any failed check aborts the
run without writing the JSONL (exit status 1).
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from heldout_markup import REQUESTS, check_traps, check_value, coverage, parse

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "own_heldout6.jsonl")
SHARED = "/work/shared/eval"
DEV_FILES = [os.path.join(SHARED, "dev.jsonl"), os.path.join(SHARED, "airbnb_dev.jsonl")]
OWN_FILES = sorted(
    f for f in glob.glob(os.path.join(HERE, "own_heldout*.jsonl")) if os.path.abspath(f) != OUT
)

# (id, value) pairs whose other, unmarked occurrences in that text are deliberate homonyms.
HOMONYMS = {
    ("rv-10", "de kok"),
    ("nw-04", "visser"),
    ("fm-04", "hoop"),
    ("ch-02", "hoop"),
}

# common Dutch words that may occur although some reference gold value equals them
ALLOW_WORDS = set(
    "niet geen voor door naar over onder tussen wel zijn haar hebben heeft hier daar elke".split()
)

TEXTS = [
    # ------------------------------------------------------------------ reviews + owner replies
    (
        "rv-01",
        "chat",
        "none",
        """★★★★★ Heerlijk verblijf in B&B De Vlasschuur
Wat een plek! ⟦P|Geeske⟧ en ⟦P|Tjalling⟧ ontvingen ons met verse koffie en zelfgebakken appeltaart. Hun hond Moos lag de hele middag bij de open haard en onze dochter was meteen verliefd. Kamer 'Het Hooivak' was ruim en brandschoon, en het ontbijt met eieren van de eigen kippen was top. Enige minpuntje: de wifi op zolder is zwak.
— ⟦P|Nienke⟧ uit ⟦L|Harderwijk⟧, verbleef in mei

Reactie van de eigenaar:
Lieve ⟦P|Nienke⟧, dank je wel voor je mooie woorden! Moos mist jullie dochter nu al. We hebben inmiddels een extra repeater boven gehangen, dus ook in het Hooivak kun je voortaan gewoon streamen. Hartelijke groet, ⟦P|Geeske⟧ & ⟦P|Tjalling⟧""",
    ),
    (
        "rv-02",
        "chat",
        "none",
        """Review by ⟦P|Rhiannon⟧ (United Kingdom) – 10/10
Great little cottage behind the dunes, spotless and cosy. Our host ⟦P|wieteke⟧ left a hand-drawn map with her favourite cycling routes and even lent us two bikes. The 'Zeeduin' room has the best bed we've slept in all year. Would come back in a heartbeat. Thanks ⟦P|wieteke⟧!!
Stayed in April with my husband ⟦P|Graham⟧.

Host response:
Dear ⟦P|Rhiannon⟧ and ⟦P|Graham⟧, thank you so much! The bikes are back in the shed and already miss you. Hope to welcome you again next spring. Warm regards, ⟦P|Wieteke⟧""",
    ),
    (
        "rv-03",
        "chat",
        "none",
        """Restaurant Bij Jans aan de haven – 4/5
We kozen het viergangenmenu. De carpaccio vooraf was prima, de beef Wellington werd perfect rosé geserveerd, maar de pêche Melba als dessert was ons te zoet. Onze bediening, een jongen die ⟦P|Sven⟧ heette, was super attent en wist alles van de wijnen. Chef ⟦P|Otto Brandsma⟧ kwam na afloop nog even langs de tafels. Jammer dat de parkeerplaats achter het pand zo klein is.
Geplaatst door: fam. ⟦P|Kooistra⟧

Reactie van Bij Jans:
Beste familie ⟦P|Kooistra⟧, bedankt voor uw eerlijke recensie. Het compliment voor ⟦P|Sven⟧ geven we graag door, en over de pêche Melba gaan we in de keuken nog eens goed nadenken. Met vriendelijke groet, ⟦P|Femmie Brandsma⟧, gastvrouw""",
    ),
    (
        "rv-04",
        "chat",
        "none",
        """Superweekend gehad in gîte Les Trois Sapins in Bouillon! De eigenaar, ⟦P|Philippe⟧ (iedereen noemt hem ⟦P|Flipke⟧), stond ons op te wachten met een bak Orval en een kaart van de wandelroutes langs de Semois. De jacuzzi op het terras was den top. Allee, één nadeel: de gps stuurt u via een bosweg, volg beter de borden. Merci ⟦P|Philippe⟧ en ⟦P|Odile⟧!
⟦P|Warre⟧ & ⟦P|Lieze⟧, ⟦L|Lokeren⟧

Antwoord van de gastheer: Salut ⟦P|Warre⟧ et ⟦P|Lieze⟧, merci voor de fijne woorden! We hebben het gps-probleem doorgegeven aan de gemeente. À bientôt, ⟦P|Flipke⟧""",
    ),
    (
        "rv-05",
        "chat",
        "none",
        """Boerderijcamping De Klaverweide ★★★★☆
De kinderen hebben zich geen minuut verveeld. Elke ochtend mochten ze helpen de geiten te voeren en pony Sjors te borstelen. Beheerder ⟦P|Roelof⟧ legde geduldig uit wat ezel Kobus wel en niet mag eten. Het sanitair is wat gedateerd maar wel schoon. Groetjes van ⟦P|Marlijn⟧, ⟦P|Tijmen⟧ en de kids

Reactie beheer: Hoi ⟦P|Marlijn⟧! Sjors en Kobus doen de groeten. Het sanitairgebouw wordt deze winter helemaal vernieuwd, met een aparte kinderdouche. Tot volgend jaar? ⟦P|Roelof⟧ en ⟦P|Gretha⟧""",
    ),
    (
        "rv-06",
        "chat",
        "erasure",
        """1/5 – Nooit meer
Geboekt via Booking voor drie nachten in Appartementen Zeezicht. Bij aankomst was de kamer niet schoongemaakt en de douche lekte. Toen ik de eigenaar belde, zei hij dat ik 'maar bij Booking moest gaan zeuren'. Geld terug? Vergeet het maar.
⟦P|R. Oudshoorn⟧

Reactie van de eigenaar: Meneer ⟦P|Rutger Oudshoorn⟧, wij herkennen ons niet in dit verhaal. U heeft de kamer om 23.40 uur betrokken terwijl inchecken tot 22.00 uur kan. Onze schoonmaakster ⟦P|Dilek⟧ heeft de volgende ochtend direct alles in orde gemaakt. ⟦P|Frank Meijerink⟧

Reactie van ⟦P|R. Oudshoorn⟧: Ik heb nooit toestemming gegeven om mijn volledige voornaam hier te publiceren. Haal die alstublieft weg.""",
    ),
    (
        "rv-07",
        "chat",
        "none",
        """Lovely brunch at Café Mokum in the Jordaan. Our server ⟦P|Jade⟧ recommended the shakshuka and the Eggs Benedict, both excellent. The flat white is made with beans from a local roaster. Only downside: it was packed on Sunday and we waited 25 minutes for a table. Ask for ⟦P|jade⟧, she's a gem!
— ⟦P|Kavya⟧ & ⟦P|Ishaan⟧ (⟦L|Leeds⟧)

Response from the owner: Thank you ⟦P|Kavya⟧ and ⟦P|Ishaan⟧! ⟦P|Jade⟧ is blushing. We now take reservations for groups on weekends. — Team Mokum""",
    ),
    (
        "rv-08",
        "chat",
        "none",
        """top vakantie gehad in bungalow 47, alles was netjes en de kids vonden het geweldig. de animatie met ⟦P|bo⟧ en ⟦P|puck⟧ was echt leuk, elke avond mini-disco en op woensdag een speurtocht door het bos. zwembad Tropicana was wel erg druk in de herfstvakantie en de glijbaan was een dag dicht. bedankt ⟦P|bo⟧ & ⟦P|puck⟧!!! groetjes ⟦P|samira⟧ en ⟦P|wesley⟧""",
    ),
    (
        "rv-09",
        "chat",
        "none",
        """Hotel De Oude Pastorie heeft vijf kamers die zijn vernoemd naar bekende Friezen; wij sliepen in de Mata Hari-suite, onze vrienden in kamer Escher. Prachtig ingericht, wel wat gehorig. ⟦P|Sietske⟧ van de receptie regelde last-minute nog een tafel bij het visrestaurant om de hoek. Op zondag ontbijt tot 11 uur, heerlijk.
⟦P|Tsjerk⟧ & ⟦P|Sjoukje⟧ uit ⟦L|Sneek⟧

Reactie: Tige tank, ⟦P|Tsjerk⟧ en ⟦P|Sjoukje⟧! Aan de gehorigheid werken we: in november krijgen de Escher-kamer en de Mata Hari-suite nieuwe tussendeuren. Groeten van ⟦P|Sietske⟧ en ⟦P|Wopke⟧""",
    ),
    (
        "rv-10",
        "chat",
        "none",
        """Google-recensie, 3 sterren
Eten was goed, maar de kok had duidelijk haast: mijn biefstuk was vanbinnen nog rauw. Bediening vriendelijk, toetjes lekker. – ⟦P|Linde Hoogland⟧

Antwoord van de eigenaar:
Beste ⟦P|Linde⟧, sorry voor de biefstuk! Onze kok, ⟦P|Mees de Kok⟧ (ja, echt), bakt normaal alles precies op bestelling, maar die zaterdag liep het uit de hand met twee groepen tegelijk. ⟦P|De Kok⟧ trakteert bij uw volgende bezoek op een dessert naar keuze. Groet, ⟦P|Wander⟧ – eigenaar Grand Café Hoogland""",
    ),
    (
        "rv-11",
        "chat",
        "none",
        """Reactie op uw beoordeling – Eethuis 't Pleintje
Dag ⟦P|Kobe⟧ en ⟦P|Kato⟧, wat fijn dat jullie trouwfeest bij ons zo geslaagd was! ⟦P|Nele⟧ en ⟦P|Jonas⟧ uit de zaal hebben jullie berichtje al vijf keer voorgelezen in de keuken. De wijn van Domaine Saint-Martin die jullie zo lekker vonden, zetten we vanaf september ook op de gewone kaart. Het cadeaubonnetje voor ⟦P|Kato⟧'s grootmoeder ligt klaar aan de toog. Tot binnenkort, ⟦P|Hilde Vanparys⟧ & het hele team""",
    ),
    (
        "rv-12",
        "chat",
        "none",
        """Ferienwohnung „Strandläufer“ in Zoutelande – ★★★★★
Wir waren zum dritten Mal hier und es war wieder wunderbar. Die Vermieterin, Frau ⟦P|Pieters⟧, hatte frische Blumen und eine Flasche Wein hingestellt. Die Wohnung liegt direkt hinter der Düne, beim Frühstück hört man das Meer. Unser Hund Balu durfte überall mit. Einziger Punkt: die Matratze im Kinderzimmer ist durchgelegen.
Liebe Grüße, Familie ⟦P|Hoffmann⟧ aus ⟦L|Münster⟧

Antwoord van de verhuurder: Lieve familie ⟦P|Hoffmann⟧, wat leuk dat jullie er weer waren! De matras is inmiddels vervangen. Groetjes aan Balu. ⟦P|Corrie Pieters⟧""",
    ),
    # ------------------------------------------------------------------ IT helpdesk queues
    (
        "it-01",
        "ticket",
        "none",
        """Incident I2406-0183
Melder: ⟦P|Fenna Wassenaar⟧ (Financiën, personeelsnr. ⟦C|204817⟧)
Behandelaar: ⟦P|Dion Eenhoorn⟧ – 1e lijn
Categorie: Software > Microsoft 365 > Outlook
Status: In behandeling
Korte omschrijving: Outlook crasht bij openen gedeelde mailbox crediteuren
Verzoek: Sinds de update naar versie 2405 (build 17628.20110) sluit Outlook direct af zodra ik de mailbox crediteuren@ aanklik. Via de webversie werkt het wel.
Actie 10-06 09:12 (⟦P|Eenhoorn⟧): cache geleegd, profiel opnieuw aangemaakt, probleem blijft. Doorgezet naar 2e lijn.
Actie 10-06 13:40 (⟦P|Ravi Jagroep⟧): bekend issue met de add-in van Exact Online. Add-in uitgeschakeld, Outlook start weer. Melder telefonisch geïnformeerd.""",
    ),
    (
        "it-02",
        "ticket",
        "none",
        """PLAT-2291  Jenkins build agent 'hudson-04' loopt vol
Type: Bug    Priority: High    Status: To Do
Reporter: ⟦P|Koen Verstappen⟧    Assignee: ⟦P|Willemijn Dekema⟧
Description: De nightly job release-pipeline faalt sinds dinsdag met 'No space left on device'. /var/lib/jenkins/workspace zit op 96%. Er staan ook nog oude Hudson-plugins van vóór de migratie.
Comments:
⟦P|Willemijn Dekema⟧: workspaces ouder dan 14 dagen opgeschoond, Jenkins draait weer. Zullen we de retention gewoon in de Jenkinsfile zetten?
⟦P|Koen Verstappen⟧: @⟦P|willemijn.dekema⟧ graag, en kijk meteen even naar de Nexus-cleanup policy.
Labels: ci, jenkins, infra""",
    ),
    (
        "it-03",
        "ticket",
        "none",
        """Zendesk – weergave 'Open tickets ICT' (12 juni)
#48812 | Laptop start niet op na BitLocker-herstelscherm | Aanvrager: ⟦P|Sander Hoekstra⟧ | Toegewezen: ⟦P|Yvonne Bos⟧ | Open
#48815 | Printer 'Rembrandt' 2e verdieping geeft papierstoring lade 3 | Aanvrager: ⟦P|Mirjam Kuiper⟧ | Toegewezen: – | Nieuw
#48817 | Toegang tot SharePoint-site Project Ada | Aanvrager: ⟦P|Ilias Bouzerda⟧ | Toegewezen: ⟦P|Yvonne Bos⟧ | In afwachting
#48820 | Alexa in vergaderzaal Einstein reageert niet | Aanvrager: ⟦P|Harm Jansma⟧ | Toegewezen: ⟦P|Tobias Ruiter⟧ | Open
Interne notitie bij #48812: herstelsleutel opgezocht in Intune en aan gebruiker voorgelezen via ⟦T|06-41837265⟧. Laptop (HP EliteBook 840 G8) start weer.""",
    ),
    (
        "it-04",
        "ticket",
        "none",
        """Ticket #INC0091273 – Account geblokkeerd
Aangemaakt door: ⟦P|Gülsen Aydın⟧ <⟦E|g.aydin@mondzorgdelinde.nl⟧>
Omschrijving: Na drie keer verkeerd inloggen op de Citrix-omgeving ben ik buitengesloten. Ik werk vandaag thuis; volgens whatismyip is mijn IP-adres ⟦IP|86.91.204.17⟧.
Oplossing (⟦P|Wesley van Dam⟧, servicedesk): account ontgrendeld in Active Directory. Tijdelijk wachtwoord ⟦CR|Lente!2024#kx⟧ per sms verstuurd; gebruiker moet dit bij de eerste aanmelding wijzigen. De VPN-gateway 10.20.0.1 was niet de oorzaak.
Status: Opgelost – wacht op bevestiging melder""",
    ),
    (
        "it-05",
        "ticket",
        "none",
        """SD-7730 | Hardware request: docking station
Requester: ⟦P|Oliver Brennan⟧ (Sales)
Request participants: ⟦P|Leonoor de Wit⟧
Description: Could I get a Dell WD19S dock and a second monitor? My Lenovo ThinkPad T14 Gen 3 only has one HDMI port. The Logitech MX Master mouse I got at onboarding is also broken (scroll wheel).
Approver: ⟦P|Leonoor de Wit⟧ – Approved
Agent ⟦P|Sem Vreeswijk⟧: ordered via our reseller, delivery expected Thursday. Asset tag NB-22817 assigned to ⟦P|Brennan⟧.
Status: Waiting for supplier""",
    ),
    (
        "it-06",
        "ticket",
        "none",
        """Wijziging W2406-044: migratie fileserver HOPPER naar Azure Files
Aanvrager: ⟦P|Jeroen Lagerwey⟧ (teamlead infra)
Uitvoerder: ⟦P|Loubna el Khatib⟧
Planning: zaterdag 22 juni 07:00–13:00, downtime verwacht
Impact: afdelingen HR, Juridische Zaken en Marketing; netwerkschijven H:, P: en S:
Rollback: vooraf VM-snapshots van HOPPER en LOVELACE (domeincontroller) maken.
Notitie ⟦P|Loubna⟧: Robocopy-proefrun op 15-06 geslaagd, 1,8 TB in 6u20. Rechten van het team van ⟦P|Lagerwey⟧ nog nalopen.
Goedkeuring CAB: ja (⟦P|M. Terpstra⟧, ⟦P|S. Ouali⟧)""",
    ),
    (
        "it-07",
        "ticket",
        "none",
        """Ticket 55190 – Telefoon verloren (spoed)
Van: ⟦P|Rembert Hazelhoff⟧
Beste servicedesk, ik ben gisteravond in de trein mijn zakelijke iPhone 15 kwijtgeraakt (nummer ⟦T|06 2874 9153⟧). Er staan Teams, Outlook en de Salesforce-app op. Kunnen jullie hem op afstand wissen? Ik ben tot die tijd bereikbaar op mijn privénummer ⟦T|06 1193 8420⟧.
Groet, ⟦P|Rembert⟧
---
Intern (⟦P|Anneloes⟧): wipe via Intune verstuurd om 08:14, simkaart laten blokkeren bij de provider. Nieuw toestel klaarzetten en Windows Hello-pincode opnieuw laten instellen.""",
    ),
    (
        "it-08",
        "ticket",
        "none",
        """[PagerDuty] #P7KQ2M TRIGGERED – Disk latency high on db-prod-darwin
Service: Klantportaal    Urgency: high
Assigned to: ⟦P|Lisanne Groothuis⟧ (primary on-call)
Escalation: ⟦P|Mohamed Azzouz⟧ after 15 min
Timeline
02:11 Triggered by Datadog monitor 'Postgres p95 latency > 200ms'
02:13 Acknowledged by ⟦P|Lisanne Groothuis⟧
02:31 Note by ⟦P|Lisanne Groothuis⟧: vacuum op tabel orders liep vast; handmatig gestopt, latency weer normaal. Postmortem volgt, ⟦P|Azzouz⟧ hoeft er niet uit.
02:32 Resolved""",
    ),
    (
        "it-09",
        "ticket",
        "none",
        """Aanvraag via Smartschool – ICT-coördinatie
Van: mevr. ⟦P|De Smedt⟧
Onderwerp: Chromebook leerling 3B kapot
Dag ⟦P|Lode⟧, de Chromebook (Acer Spin 512) van ⟦P|Yentl Callens⟧ uit 3B heeft een gebarsten scherm. Leerlingnummer ⟦C|20217734⟧. Kan ze tijdelijk een toestel uit de uitleenkar krijgen? Ze is ⟦H|dyslectisch⟧ en gebruikt Kurzweil voor haar toetsen, dus liefst vandaag nog.
Groetjes, ⟦P|Evelyne De Smedt⟧

Antwoord ⟦P|Lode Goossens⟧: uitleentoestel nr. 14 staat klaar op het secretariaat, Kurzweil staat erop. Het scherm gaat in herstelling bij de leverancier.""",
    ),
    (
        "it-10",
        "ticket",
        "none",
        """Ticket #30017 – CI pipeline broken after plugin update
Requester: ⟦P|Amy Jenkins⟧ <⟦E|amy.jenkins@brightloop.io⟧>
Hi team, funny coincidence given my surname, but our Jenkins controller won't start after updating the Git plugin to 5.2.1. The log says java.lang.NoSuchMethodError. We're on Jenkins 2.440.3 LTS with Java 17; the Ansible playbooks were not touched.
Cheers, ⟦P|Amy⟧

Reply from ⟦P|Casper Mulder⟧ (Support Engineer): Hi ⟦P|Amy⟧, this is a known incompatibility. Please roll the plugin back to 5.1.0 from the Jenkins plugin manager and restart; a fixed build is expected next week. Kind regards, ⟦P|Casper⟧""",
    ),
    # ------------------------------------------------------------------ forwarded threads
    (
        "fw-01",
        "email",
        "none",
        """Van: ⟦P|Everdien Lindhout⟧ <⟦E|e.lindhout@vanderploeg-installatie.nl⟧>
Verzonden: dinsdag 4 juni 2024 16:02
Aan: ⟦P|Ewout Smulders⟧ <⟦E|e.smulders@vanderploeg-installatie.nl⟧>
Onderwerp: FW: Offerte warmtepomp fam. ⟦P|Kruithof⟧

Hoi ⟦P|Ewout⟧, zie hieronder. Kun jij morgen even bellen? Ik zit de hele dag bij de groothandel.
Groet, ⟦P|Everdien⟧

⟦P|Everdien Lindhout⟧ | Planner
Van der Ploeg Installatietechniek B.V. | Industrieweg 12 | T 0341 41 22 00
De inhoud van deze e-mail is vertrouwelijk. Niet voor u bedoeld? Laat het ons even weten en gooi hem weg.

-----Oorspronkelijk bericht-----
Van: ⟦P|J. Kruithof⟧ <⟦E|jkruithof64@ziggo.nl⟧>
Verzonden: maandag 3 juni 2024 21:47
Aan: info@vanderploeg-installatie.nl
Onderwerp: Offerte warmtepomp

Geachte heer, mevrouw,
Wij ontvingen op 28 mei uw offerte voor een Daikin Altherma hybride warmtepomp. Uw adviseur, meneer ⟦P|Smulders⟧, noemde toen een subsidie via de ISDE. Klopt het dat u die voor ons aanvraagt? Ons adres is ⟦A|Lijsterbeslaan 31⟧, ⟦PC|8072 KT⟧ ⟦L|Nunspeet⟧.
Met vriendelijke groet,
⟦P|Johan Kruithof⟧
⟦T|0341-258714⟧""",
    ),
    (
        "fw-02",
        "email",
        "none",
        """From: ⟦P|Hannah Whitcombe⟧ <⟦E|hannah.whitcombe@northgate-logistics.co.uk⟧>
Sent: 11 June 2024 09:15
To: ⟦P|Floris Zwart⟧
Cc: ⟦P|Dinand Oud⟧
Subject: RE: FW: Pallet delay Felixstowe – PO 88213

Hi ⟦P|Floris⟧,
The container is on board the MSC Isabella, which is now expected at the Maasvlakte on Friday morning. Customs clearance should take one working day, so delivery to your DC early next week. Sorry again for the hassle.
Best,
⟦P|Hannah⟧

⟦P|Hannah Whitcombe⟧
Senior Account Manager | Northgate Logistics Ltd
This message may contain privileged information; if it reached you by mistake, please tell the sender and delete it.

> From: ⟦P|Floris Zwart⟧
> Sent: 10 June 2024 17:40
> To: ⟦P|Hannah Whitcombe⟧
> Subject: FW: Pallet delay Felixstowe – PO 88213
>
> ⟦P|Hannah⟧, any update? Albert Heijn is asking when the Douwe Egberts displays arrive, and ⟦P|Dinand⟧ needs to plan the warehouse crew.
> ⟦P|Floris⟧""",
    ),
    (
        "fw-03",
        "email",
        "none",
        """---------- Doorgestuurd bericht ---------
Van: ⟦P|Liesbet Wuyts⟧ <⟦E|liesbet.wuyts@gemeentezoersel.be⟧>
Datum: do 6 jun. 2024 om 10:21
Onderwerp: Fwd: Melding geluidsoverlast – dossier 2024/0877
Aan: ⟦P|Kristof Peeters⟧ <⟦E|kristof.peeters@gemeentezoersel.be⟧>

⟦P|Kristof⟧, kan jij dit opnemen met de politiezone? Mevrouw heeft al twee keer gebeld.
⟦P|Liesbet⟧

---------- Forwarded message ---------
Van: ⟦P|Veerle Dockx⟧ <⟦E|veerle.dockx@telenet.be⟧>
Onderwerp: Melding geluidsoverlast

Goeiedag,
Sinds maart organiseert mijn buurman elke vrijdag feestjes tot vier uur 's nachts. Ik woon op ⟦A|Kapellebaan 16⟧, ⟦PC|2980⟧ ⟦L|Halle⟧. Voor het dossier: mijn rijksregisternummer is ⟦ID|87.03.14-213.51⟧. Ik ben ⟦H|zes maanden zwanger⟧ en slaap bijna niet meer.
Met vriendelijke groeten,
⟦P|Veerle Dockx⟧
⟦T|0476 28 91 35⟧

Denk aan het milieu voor je deze mail afdrukt.""",
    ),
    (
        "fw-04",
        "email",
        "none",
        """Onderwerp: FW: Referentie ⟦P|Bente IJzerman⟧
Van: ⟦P|Rick Haverkamp⟧ <⟦E|rick@talentbrug.nl⟧>
Aan: ⟦P|Mieke Sterenborg⟧

Hoi ⟦P|Mieke⟧,
Hieronder de referentie van haar vorige leidinggevende bij de supermarkt. Wat mij betreft kan ⟦P|Bente⟧ volgende week op gesprek komen bij jullie filiaal.
Groet, ⟦P|Rick⟧
⟦P|Rick Haverkamp⟧ – Recruiter retail | TalentBrug

> Van: ⟦P|Gert-Jan Hofman⟧
> Verzonden: vrijdag 7 juni 2024 11:03
> ⟦P|Bente⟧ werkte van 2019 tot 2023 als teamleider vers bij Jan Linders. Ze is betrouwbaar en de medewerkers lopen voor haar door het vuur. In 2021 zat ze een half jaar thuis omdat ze ⟦H|overspannen⟧ was, maar daarna heeft ze de afdeling juist sterker gemaakt. Ik zou haar zo weer aannemen.
> Met vriendelijke groet, ⟦P|G.J. Hofman⟧, bedrijfsleider""",
    ),
    (
        "fw-05",
        "email",
        "none",
        """Ter info, ⟦P|Coen⟧: het standnummer in hun bevestiging klopt niet, wij staan in hal B4 en niet in A2. Kun jij haar terugmailen? Ik ben tot maandag vrij.
Gr. ⟦P|Lianne⟧

---------- Forwarded message ---------
From: ⟦P|Katharina Vogel⟧ <⟦E|k.vogel@messebau-partner.de⟧>
Date: Mon, 17 Jun 2024 at 14:05
Subject: Standbau Intersolar – Bestätigung
To: ⟦P|Lianne Kamphuis⟧

Sehr geehrte Frau ⟦P|Kamphuis⟧,
anbei die Bestätigung für Ihren Messestand (Halle A2, Stand 310). Der Aufbau beginnt am Montag um 7 Uhr; bitte melden Sie sich am Tor Nord. Strom und WLAN sind im Paket enthalten.
Mit freundlichen Grüßen
⟦P|Katharina Vogel⟧
Projektleiterin | Messebau Partner GmbH
Mobil ⟦T|+49 171 4829 306⟧""",
    ),
    (
        "fw-06",
        "email",
        "none",
        """Van: ⟦P|Jetske Steenbergen⟧
Aan: ⟦P|Huub Blom⟧
Onderwerp: FW: Nieuw rekeningnummer – graag bevestigen

⟦P|Huub⟧, dit vertrouw ik niet. ⟦P|Arend Mol⟧ factureert al jaren via zijn eenmanszaak (KvK ⟦KVK|71204396⟧, btw ⟦BTW|NL913980377B01⟧) en wij betalen altijd op ⟦IBAN|NL42 RABO 1317 5561 19⟧. Nu ineens dit mailtje vanaf een ander adres. Ik bel hem eerst op zijn bekende nummer ⟦T|06-53170482⟧ voordat we iets wijzigen.
⟦P|Jetske⟧

> Van: ⟦P|Arend Mol⟧ Advies <⟦E|arend.mol.advies@gmail.com⟧>
> Onderwerp: Nieuw rekeningnummer
> Goedemiddag, wegens een bankwissel graag vanaf heden alle facturen betalen op ⟦IBAN|NL54 TRIO 6708 3598 89⟧. Factuur 2024-031 staat nog open.
> Mvg ⟦P|Arend⟧""",
    ),
    (
        "fw-07",
        "email",
        "complaint",
        """Van: Klantenservice Zonnestroom Noord
Aan: ⟦P|Yfke Boerma⟧
Onderwerp: FW: Klacht jaarafrekening klantnr. ⟦C|5003184427⟧

⟦P|Yfke⟧, graag escalatie: de klant dreigt naar de Geschillencommissie te stappen.
Mvg, ⟦P|Sieds⟧ (tweede lijn)

> Van: ⟦P|Henk van 't Hul⟧ <⟦E|hvthul@kpnmail.nl⟧>
> Onderwerp: Klacht jaarafrekening
> Mijn jaarafrekening is 1.840 euro hoger dan vorig jaar, terwijl de twaalf panelen op mijn dak meer hebben opgewekt dan ooit. Volgens de omvormer gaat het om 4.910 kWh. Ik denk dat de meterstanden van levering en teruglevering zijn omgewisseld. Mijn adres is ⟦A|Dorpsstraat 88a⟧, ⟦PC|9411 BC⟧ ⟦L|Beilen⟧. Als dit niet binnen twee weken is opgelost, dien ik een klacht in.
> ⟦P|H. van 't Hul⟧""",
    ),
    (
        "fw-08",
        "email",
        "none",
        """From: ⟦P|Mauro Bianchi⟧ <⟦E|mauro.bianchi1991@libero.it⟧>
To: verhuur@grachtwonen.nl
Subject: Fwd: Rental application – apartment 3 hoog

Dear Sir or Madam, I'm forwarding the details my employer asked me to send you. Passport: ⟦ID|YB4829173⟧, date of birth ⟦DOB|14/02/1991⟧. I start at the university hospital on 1 September and would like to move in the week before.
Thanks, ⟦P|Mauro⟧

---------- Forwarded message ---------
From: ⟦P|Elske Brinkman⟧ <⟦E|e.brinkman@relocationhub.nl⟧>
Subject: Rental application
Hi ⟦P|Mauro⟧, the landlord needs a copy of your passport number and date of birth before the viewing. Please forward this mail with those details to their rental team. Kind regards, ⟦P|Elske⟧ – Relocation Consultant, RelocationHub""",
    ),
    (
        "fw-09",
        "email",
        "none",
        """Van: ⟦P|Kees Zomer⟧ <⟦E|keeszomer@outlook.com⟧>
Aan: klantenservice@snelbezorgd.nl
Onderwerp: FW: Bezorgbus reed tegen mijn auto

Tweede poging, ik heb nog steeds niets gehoord. Hieronder mijn mail van vorige week. Deze zomer heb ik de auto pas laten spuiten.
⟦P|K. Zomer⟧

> Van: ⟦P|Kees Zomer⟧
> Verzonden: woensdag 12 juni 2024 18:22
> Onderwerp: Bezorgbus reed tegen mijn auto
> Vanmiddag rond 15.30 uur is een bus van jullie bij het keren tegen mijn geparkeerde auto gereden (grijze Toyota Yaris, kenteken ⟦LP|T-815-RB⟧). De bestuurder is gewoon doorgereden. Een buurvrouw heeft het gezien en het nummer op de bus genoteerd: 27. Ik woon op ⟦A|Schubertlaan 9⟧, ⟦PC|5463 HM⟧ ⟦L|Veghel⟧. Telefonisch ben ik bereikbaar op ⟦T|06-39027714⟧.""",
    ),
    (
        "fw-10",
        "email",
        "none",
        """Van: ⟦P|Staf Van Damme⟧ <⟦E|staf@vandamme-co.be⟧>
Aan: ⟦P|Nore Verbeke⟧ <⟦E|nore.verbeke@skynet.be⟧>
Onderwerp: RE: btw-aangifte Q2

Dag ⟦P|Nore⟧,
In bijlage de btw-aangifte van het tweede kwartaal voor je eenmanszaak (⟦BTW|BE 0488.321.655⟧). Het saldo van 1.312,40 euro wordt op 20 juli gedomicilieerd van je rekening ⟦IBAN|BE26 8301 6613 1829⟧. Kijk je even na of het bedrag van de factuur aan de Koffiebranderij klopt?
Met vriendelijke groeten,
⟦P|Staf Van Damme⟧
Boekhoudkantoor Van Damme & Co | Erkend boekhouder-fiscalist BIBF

> Op 2 juli schreef ⟦P|Nore Verbeke⟧:
> Dag ⟦P|Staf⟧, heb je alles ontvangen? Ik vertrek op 12 juli drie weken naar Portugal. Groetjes, ⟦P|Nore⟧""",
    ),
    # ------------------------------------------------------------------ chat exports
    (
        "ch-01",
        "chat",
        "none",
        """[14-06-24 09:12] De Spaak Fietsen: Goedemorgen! Waarmee kunnen we je helpen?
[14-06-24 09:14] ⟦P|Marleen Vos⟧: Hoi, mijn Gazelle Ultimate maakt een tikkend geluid bij het trappen, vooral bergop. Hij is net twee jaar oud.
[14-06-24 09:20] De Spaak Fietsen: Hoi ⟦P|Marleen⟧, dat klinkt als de trapas of de Bosch-middenmotor. Kun je morgen om 10 uur langskomen? Groet, ⟦P|Driek⟧
[14-06-24 09:21] ⟦P|Marleen Vos⟧: Morgen werk ik, zaterdag kan wel?
[14-06-24 09:25] De Spaak Fietsen: Zaterdag 9.30 uur staat genoteerd 👍 Neem je je accu en sleutel mee?
[14-06-24 09:26] ⟦P|Marleen Vos⟧: Top, dank je!""",
    ),
    (
        "ch-02",
        "chat",
        "none",
        """[10:02] ⟦P|Vermeulen, Isa⟧: Wie heeft zaal Aletta Jacobs geboekt om 11 uur? Ik heb daar de kwartaalreview met de klant.
[10:03] ⟦P|Dijkstra, Hoop⟧: dat ben ik, sorry! Ik schuif wel door naar de Lorentzruimte
[10:03] ⟦P|Vermeulen, Isa⟧: top, dank je ⟦P|Hoop⟧ 🙏
[10:05] ⟦P|Dijkstra, Hoop⟧: kan iemand Copilot vragen de notulen van gisteren samen te vatten? ik hoop dat het deze keer wel werkt
[10:07] ⟦P|Brouwers, Tim⟧: Heb ik al gedaan, staat in het kanaal Algemeen. Ook de actiepunten voor ⟦P|Isa⟧ staan erin.
[10:08] ⟦P|Vermeulen, Isa⟧: 👍""",
    ),
    (
        "ch-03",
        "chat",
        "none",
        """#deploys
⟦P|rogier.kraaijeveld⟧  11:42  deploying api v3.18.0 to prod 🚀
Jarvis  APP  11:42  ✅ Build #5521 passed (GitHub Actions)
⟦P|aylin⟧  11:44  @⟦P|rogier.kraaijeveld⟧ hold on, Sentry is spamming NullPointerExceptions in checkout since 11:40
⟦P|rogier.kraaijeveld⟧  11:45  rolling back…
Jarvis  APP  11:47  ↩️ Rollback to v3.17.2 complete
Dependabot  11:50  Bump lodash from 4.17.20 to 4.17.21
⟦P|aylin⟧  11:58  ty ⟦P|Rogier⟧. root cause: feature flag newton-pricing was on for 100% instead of 5%""",
    ),
    (
        "ch-04",
        "chat",
        "none",
        """12-06-2024 18:31 - ⟦P|Roos Bakker⟧: Hoi! Kan ik zaterdag om 10 uur komen voor knippen en balayage?
12-06-2024 18:40 - Kapsalon Bella Donna: Hoi hoi, zaterdag zit ⟦P|Büşra⟧ helaas vol. ⟦P|Melike⟧ heeft om 11.30 uur nog plek, is dat goed?
12-06-2024 18:41 - ⟦P|Roos Bakker⟧: Prima! Ik neem ook mijn dochter ⟦P|Sterre⟧ mee, alleen de punten bijknippen
12-06-2024 18:45 - Kapsalon Bella Donna: Genoteerd voor jullie allebei 🌹 Tot zaterdag!
12-06-2024 18:46 - ⟦P|Roos Bakker⟧: 🙌""",
    ),
    (
        "ch-05",
        "chat",
        "none",
        """[09:01] ⟦P|Indah Kartika Sari⟧: Selamat pagi semua! De testversie van de Garuda-app staat in TestFlight
[09:03] ⟦P|Hartono, Budi⟧: Pagi! Bij mij crasht hij direct op de iPhone SE (iOS 17.5)
[09:04] ⟦P|Indah Kartika Sari⟧: @⟦P|Budi⟧ kun je de crashlog in Jira zetten? ticket MOB-118
[09:10] ⟦P|Vrolijk, Sandra⟧: Goedemorgen! Op Android 14 werkt alles, alleen het lettertype in het menu 'Mijn Reizen' is te klein
[09:12] ⟦P|Hartono, Budi⟧: crashlog staat erin 👍 terima kasih ⟦P|Indah⟧
[09:15] ⟦P|Indah Kartika Sari⟧: sama-sama! ik kijk er na de stand-up naar""",
    ),
    (
        "ch-06",
        "chat",
        "none",
        """[02-08-2024, 15:10] Vakantiehuis Duinroos: Welkom familie ⟦P|Kowalski⟧! De code van het sleutelkastje naast de voordeur is ⟦CR|4719⟧. Wifi: netwerk 'Duinroos-gast', wachtwoord ⟦CR|zeewind2024⟧. Fijne vakantie!
[02-08-2024, 15:32] ⟦P|Bartosz Kowalski⟧: Dziękuję! We have arrived, the house is beautiful. Where can we put the bikes?
[02-08-2024, 15:35] Vakantiehuis Duinroos: In de schuur achter het huis, die gaat open met dezelfde code. Groetjes, ⟦P|Trijntje⟧
[09-08-2024, 10:02] ⟦P|Bartosz Kowalski⟧: Keys are in the box. Thank you ⟦P|Trijntje⟧, do zobaczenia!""",
    ),
    (
        "ch-07",
        "chat",
        "none",
        """#support-escalaties
⟦P|Mirre⟧  14:03  klant belt voor de derde keer, mevrouw ⟦P|Hakkert⟧. Bestelling 2024-118873 (Miele Complete C3), het adres in het systeem klopt niet: moet ⟦A|Prinses Irenelaan 5⟧ zijn in plaats van 3
⟦P|Gijs⟧  14:06  heb het aangepast in Salesforce, PostNL krijgt de wijziging vanavond door
⟦P|Mirre⟧  14:07  thanks! ze vroeg ook of de monteur de oude stofzuiger mee kan nemen
⟦P|Gijs⟧  14:09  nee, daar hebben we geen dienst voor, verwijs haar naar de milieustraat""",
    ),
    (
        "ch-08",
        "chat",
        "none",
        """[20:14] ⟦P|Tinus⟧ (penningmeester): Beste allemaal, de kantinelijst voor het Koningsdagtoernooi op sportpark Burgemeester Van Sonsbeeck staat online.
[20:16] ⟦P|annechien tj⟧: Ik kan tot 13 uur, daarna moet ik naar mijn schoonmoeder
[20:17] ⟦P|Tinus⟧ (penningmeester): Prima ⟦P|Annechien⟧. ⟦P|Olaf⟧, jij stond voor de middag maar je had toch een ⟦H|enkelbreuk⟧?
[20:19] ⟦P|Olaf Vissers⟧: klopt, gips tot half mei 😩 ⟦P|Reinder⟧ neemt het van me over
[20:20] ⟦P|Reinder de Graaf⟧: Yes, ik sta er. Wie regelt de tosti-ijzers?""",
    ),
    (
        "ch-09",
        "chat",
        "none",
        """Teams – kanaal Facilitair, gebouw Hugo de Groot
[08:45] Servicedesk Facilitair (⟦P|Siham El Idrissi⟧): Goedemorgen allemaal! Vandaag wordt de lift in de Erasmusvleugel gekeurd. Gebruik tussen 9 en 12 uur de trap of de lift bij de Spinozazaal.
[08:47] ⟦P|Koster, Wim⟧: Geldt dat ook voor de goederenlift bij de Bernoulli-labs?
[08:49] Servicedesk Facilitair (⟦P|Siham El Idrissi⟧): Nee, die blijft gewoon in bedrijf 🙂
[08:52] ⟦P|Akkerman, Floor⟧: Is de koffieautomaat op 3 ook al gemaakt? Die geeft al sinds maandag heet water in plaats van cappuccino
[08:55] Servicedesk Facilitair (⟦P|Siham El Idrissi⟧): Storing is gemeld bij de leverancier, monteur komt donderdag. Groet, ⟦P|Siham⟧""",
    ),
    (
        "ch-10",
        "chat",
        "none",
        """[05/06/24 11:02] ⟦P|Sharda Bhagwandin⟧: Goedemorgen, ik wil graag 40 roti's bestellen voor het Keti Koti-feest van onze buurtvereniging op 1 juli. Kan dat?
[05/06/24 11:15] Roti Shop De Kousenband: Goedemorgen ⟦P|Sharda⟧! Natuurlijk. Met kip, of ook vegetarisch?
[05/06/24 11:18] ⟦P|Sharda Bhagwandin⟧: 30 met kip en 10 met kousenband en aardappel. En een bak pom als dat lukt
[05/06/24 11:20] Roti Shop De Kousenband: Komt goed. Ophalen om 16 uur? Groetjes ⟦P|Rudie⟧
[05/06/24 11:21] ⟦P|Sharda Bhagwandin⟧: Top, dan stuurt mijn neef ⟦P|Raoul Kromodikoro⟧ ⟦T|06-14702936⟧ een appje als hij onderweg is""",
    ),
    # ------------------------------------------------------------------ news paragraphs
    (
        "nw-01",
        "email",
        "none",
        """ZUTPHEN – De gemeenteraad heeft dinsdagavond ingestemd met de verbouwing van het oude postkantoor aan de Houtmarkt tot bibliotheek met leescafé. Wethouder ⟦P|Annemieke Ruitenberg⟧ (cultuur) sprak van 'een mijlpaal voor de binnenstad'. De oppositie, bij monde van raadslid ⟦P|Gerard Hulshof⟧ (Lokaal Belang), vindt de begroting van 6,2 miljoen euro te krap. ⟦P|Ruitenberg⟧ verwacht dat de bibliotheek in het voorjaar van 2026 opengaat. Het leescafé wordt uitgebaat door Stichting De Wenteltrap.""",
    ),
    (
        "nw-02",
        "email",
        "none",
        """SCHAATSEN – ⟦P|Jorien Haverman⟧ (23) uit ⟦L|Gorredijk⟧ heeft zaterdag haar eerste NK-titel op de 1500 meter veroverd. De pupil van coach ⟦P|Sjoerd Anema⟧ bleef titelverdedigster ⟦P|Lieke Stoelinga⟧ twee tienden voor. 'Ik had niet gedacht dat het zo snel zou gaan,' zei ⟦P|Haverman⟧ na afloop. Eerder dit seizoen werd ze al genomineerd voor de Ard Schenk Award. ⟦P|Stoelinga⟧ kampt sinds januari met een ⟦H|liesblessure⟧ en liet de 3000 meter zondag schieten.""",
    ),
    (
        "nw-03",
        "email",
        "none",
        """ALMELO – Een 37-jarige man uit ⟦L|Vriezenveen⟧ is door de rechtbank ⟦S|veroordeeld tot tien maanden cel, waarvan vier voorwaardelijk, voor oplichting⟧ via Marktplaats. ⟦P|Rodney K.⟧ verkocht tussen 2021 en 2023 ruim tachtig niet-bestaande spelcomputers. De gedupeerden kregen na betaling nooit iets geleverd. Zijn advocaat, mr. ⟦P|Saskia Veldhuis⟧, overweegt in hoger beroep te gaan. De officier van justitie had vijftien maanden geëist.""",
    ),
    (
        "nw-04",
        "email",
        "none",
        """NIJVERDAL – Bakkerij Visser opent op zaterdag 7 september een tweede winkel, aan de Grotestraat. Eigenaar ⟦P|Wim Visser⟧ (52) nam de zaak in 1998 over van zijn vader. 'We bakken het krentenbrood nog steeds volgens het recept van opa,' zegt ⟦P|Visser⟧. Zijn dochter ⟦P|Hedwig⟧ gaat het nieuwe filiaal leiden. Bij de opening deelt Bakkerij Visser gratis krentenwegge uit en treedt het Sallands Dweilorkest op.""",
    ),
    (
        "nw-05",
        "email",
        "none",
        """OUDENBURG – KSV Oudenburg heeft een nieuwe hoofdtrainer. ⟦P|Lukas Vandenbroucke⟧ (44), vorig seizoen nog assistent bij een eersteklasser, tekende een contract voor twee seizoenen. Voorzitter ⟦P|Rik Decoster⟧ is tevreden: '⟦P|Lukas⟧ kent de regio en werkt graag met jonge spelers.' ⟦P|Vandenbroucke⟧ maakt zijn debuut op 17 augustus in de beker tegen VV Eernegem. De oefenwedstrijden worden gespeeld op het terrein aan de Burgemeester Callewaertstraat, omdat het hoofdveld een nieuwe grasmat krijgt.""",
    ),
    (
        "nw-06",
        "email",
        "none",
        """RAALTE – Het Hendrika Rademaker Fonds reikt dit jaar voor het eerst de Aleida Kruimelprijs uit aan een jonge illustrator. Winnaar is ⟦P|Mila Sprenkels⟧ (26) uit ⟦L|Heino⟧, met haar prentenboek 'De zomer van Kaatje Kwak'. De jury, onder leiding van schrijver ⟦P|Arno Oosterveld⟧, prees 'de durf en de droge humor'. Het prijzengeld van 5.000 euro wordt beschikbaar gesteld door een plaatselijke drukkerij. ⟦P|Sprenkels⟧ wil ervan naar de kinderboekenbeurs in Bologna.""",
    ),
    (
        "nw-07",
        "email",
        "none",
        """HARLINGEN – Door een storing aan de boegschroef van de veerboot Willem Barentsz vielen maandag drie afvaarten naar Terschelling uit. De rederij zette extra sneldiensten in, maar die zaten snel vol. Passagier ⟦P|Gerda Lubbers⟧ uit ⟦L|Dokkum⟧ zat met haar kleinkinderen drie uur in de wachtruimte: 'De kinderen vonden het nog leuk ook.' Volgens kapitein ⟦P|Auke Hiemstra⟧ is de schroef dinsdagochtend gerepareerd. De stoomtrein Prins Hendrik van de museumlijn reed wel gewoon. Reizigers die hun aansluiting op de intercity misten, kunnen een vergoeding aanvragen.""",
    ),
    (
        "nw-08",
        "email",
        "none",
        """DEN HAAG – Tweede Kamerlid ⟦P|Karin Sleeuwenhoek⟧ (CDA) wil dat het kabinet vaart maakt met het isoleren van huurwoningen. Samen met ⟦P|Hicham Amrani⟧ (GroenLinks-PvdA) dient zij donderdag een motie in. Minister ⟦P|De Graaff-Pronk⟧ liet eerder weten dat corporaties 'eerst zelf aan zet zijn'. ⟦P|Sleeuwenhoek⟧ noemt dat te vrijblijvend: 'Huurders in tochtige flats kunnen niet tot 2030 wachten.'""",
    ),
    (
        "nw-09",
        "email",
        "none",
        """DALEN – ⟦P|Roelf⟧ en ⟦P|Klasina Kremer⟧ uit ⟦L|Wachtum⟧ waren vrijdag 65 jaar getrouwd. Burgemeester ⟦P|Gosse Bergsma⟧ kwam met een bos bloemen op bezoek. ⟦P|Roelf⟧ (88) was veertig jaar postbode, ⟦P|Klasina⟧ (86) werkte tot haar pensioen in de textielwinkel van haar ouders. Hun geheim? 'Elke ochtend om tien uur samen koffie,' lacht ⟦P|Klasina⟧. Het echtpaar heeft vier kinderen, elf kleinkinderen en drie achterkleinkinderen.""",
    ),
    (
        "nw-10",
        "email",
        "none",
        """Dutch fintech start-up Kwartje has raised 12 million euros to expand its invoice-financing app to Belgium and Germany. The company was founded in 2021 by ⟦P|Floor Meindertsma⟧ and ⟦P|Rakesh Kapoor⟧, who met while working at a large Dutch bank. 'Small businesses wait far too long to get paid,' said ⟦P|Meindertsma⟧. The round was led by a Berlin-based fund. ⟦P|Kapoor⟧ added that Kwartje will hire forty developers this year, most of them in Zwolle.""",
    ),
    # ------------------------------------------------------------------ company documents
    (
        "cd-01",
        "email",
        "none",
        """PRIVACYVERKLARING GROENHOF TUINARCHITECTEN B.V.
Versie 3.1 – januari 2024

Wie Zijn Wij?
Groenhof Tuinarchitecten B.V. (hierna: 'Groenhof' of 'wij') zit aan de Marsweg 40 te Apeldoorn (KvK-nummer ⟦KVK|61870432⟧); wij bepalen hoe en waarom uw gegevens worden gebruikt.

Welke Gegevens Verwerken Wij?
Wanneer u een offerte aanvraagt, verwerken wij uw naam, adres, telefoonnummer en e-mailadres, en de foto's en tekeningen van uw tuin die u ons stuurt.

Functionaris Gegevensbescherming
Onze functionaris gegevensbescherming is mr. ⟦P|E.M. Tjoelker⟧. U bereikt haar via privacy@groenhof-tuinarchitecten.nl.

Hoe Lang Bewaren Wij Uw Gegevens?
Offertes die niet tot een opdracht leiden, verwijderen wij na twaalf maanden. Facturen bewaren wij zeven jaar vanwege de fiscale bewaarplicht.

Uw Rechten
Wilt u weten welke gegevens wij van u hebben, of wilt u iets laten aanpassen of wissen? Stuur ons een mailtje. Vindt u dat wij slordig met uw gegevens omgaan, dan mag u dat ook melden bij de Autoriteit Persoonsgegevens, de toezichthouder.""",
    ),
    (
        "cd-02",
        "email",
        "none",
        """ALGEMENE VOORWAARDEN VERHUUR – PARTYVERHUUR DE KONING V.O.F.

ARTIKEL 1 – DEFINITIES
Verhuurder: Partyverhuur De Koning v.o.f., ingeschreven in het Handelsregister onder nummer ⟦KVK|58023917⟧.
Huurder: iedere natuurlijke of rechtspersoon die met Verhuurder een huurovereenkomst sluit.
Materiaal: tenten, statafels, koelwagens, springkussens en overige zaken die Verhuurder ter beschikking stelt.

ARTIKEL 2 – RESERVERING EN BETALING
2.1 Een reservering is definitief na ontvangst van een aanbetaling van 30%.
2.2 Het restant dient uiterlijk zeven dagen vóór de huurdatum te zijn voldaan.

ARTIKEL 3 – SCHADE EN VERLIES
Huurder is aansprakelijk voor schade aan en verlies van het Materiaal gedurende de huurperiode, ook als deze door derden is veroorzaakt.

Aldus vastgesteld door de vennoten ⟦P|M.A. de Koning⟧ en ⟦P|J. de Koning-Schuitemaker⟧, maart 2024.""",
    ),
    (
        "cd-03",
        "email",
        "none",
        """VERSLAG ALGEMENE VERGADERING VZW SPEELPLEINWERKING DE KLIMTOREN
Datum: donderdag 14 maart 2024, 20u00, lokaal van de parochiezaal
Aanwezig: ⟦P|Bert Vermeersch⟧ (voorzitter), ⟦P|Elien Goris⟧ (secretaris), ⟦P|Fons Lauwers⟧, ⟦P|Ines Geerts⟧
Verontschuldigd: ⟦P|Mathias Van Hoof⟧

1. Goedkeuring verslag vorige vergadering: goedgekeurd zonder opmerkingen.
2. Financiën: ⟦P|Fons⟧ licht de rekening 2023 toe. Er is een overschot van 1.240 euro, vooral dankzij een projectsubsidie van de Koning Boudewijnstichting.
3. Zomerwerking: de speelpleinweken lopen van 1 tot 26 juli. ⟦P|Ines⟧ zoekt nog zes animatoren met attest.
4. Varia: het dak van de materiaalberging lekt; ⟦P|Bert⟧ vraagt offertes op.
Volgende vergadering: donderdag 13 juni 2024.""",
    ),
    (
        "cd-04",
        "email",
        "none",
        """# Changelog – Hendrik, de boekhoudapp voor zzp'ers

## [4.2.0] – 2024-05-28
### Toegevoegd
- Koppeling met Knab en bunq voor automatische bankimport
- Hendrik herkent nu btw-verlegd op facturen uit België
### Gewijzigd
- 'Mijn Hendrik' heet voortaan 'Dashboard'
- Minimale iOS-versie is nu 16
### Opgelost
- Crash bij export naar Exact Online als een klantnaam een apostrof bevat
- Urenregistratie rondde in de weekweergave soms af op 0,5 uur

## [4.1.3] – 2024-04-02
### Beveiliging
- OpenSSL bijgewerkt naar 3.0.13
- Dank aan ⟦P|Stefan Brinkhorst⟧ voor het melden van een lek via ons responsible-disclosurebeleid""",
    ),
    (
        "cd-05",
        "email",
        "none",
        """Vacature: Medior Front-end Developer (32–40 uur)

Over Vlinderveld
Vlinderveld bouwt sinds 2015 software voor woningcorporaties. Ons product, het Vlinder Huurdersportaal, wordt door ruim 300.000 huurders gebruikt om reparaties te melden en hun huurcontract in te zien.

Wat Ga Je Doen?
Je werkt drie dagen op ons kantoor aan de Anne Frankstraat en twee dagen thuis. Je bouwt nieuwe schermen in Vue 3 en TypeScript, schrijft tests in Playwright en denkt mee over toegankelijkheid (WCAG 2.2).

Wat Vragen Wij?
- Minimaal drie jaar ervaring als front-end developer
- Je spreekt en schrijft goed Nederlands

Wat Krijg Je Ervoor?
Bruto 3.900 tot 5.200 euro per maand, een NS-Business Card en elke vrijdagmiddag een hackathon.

Interesse? Stuur je cv naar vacatures@vlinderveld.nl. Vragen? Bel of app ⟦P|Joyce Hartog⟧, tech lead, via ⟦T|06-28176430⟧. Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld.""",
    ),
    (
        "cd-06",
        "email",
        "none",
        """TERMS OF SERVICE – ADA SCHEDULING PLATFORM
Last updated: 1 March 2024

1. Definitions
"Ada", "we" or "us" means Lovelace Software B.V., a company registered in the Netherlands. "Customer" means the organisation that has entered into a subscription. "User" means any person who is given access to Ada by the Customer.

2. Accounts
Users must keep their login credentials confidential. Customer is responsible for all activity under its accounts.

3. Acceptable Use
Customer shall not use Ada to send unsolicited messages, to store special categories of personal data, or to reverse engineer the platform.

4. Governing Law
These Terms are governed by Dutch law. Disputes shall be submitted to the competent court in Arnhem.

Questions about these Terms can be sent to legal@adaplanner.com.""",
    ),
    (
        "cd-07",
        "email",
        "none",
        """HUISREGELS COWORKING DE WERKPLAATS

Welkom! Zodat iedereen hier fijn en geconcentreerd kan werken, hebben we een paar afspraken gemaakt.

Ruimtes
- De Thorbecke-kamer en de Multatulizaal reserveer je via de app, maximaal vier uur per dag.
- In stiltecel Etty wordt niet gebeld en niet gegeten.
- Google Home in de keuken staat 's avonds na 22.00 uur automatisch uit.

Schoonmaak
Laat je werkplek leeg achter; de schoonmaakploeg komt op maandag, woensdag en vrijdag.

Contact
Vragen of klachten? Spreek ⟦P|Nadia Hoogstraten⟧ aan, onze community manager, of mail naar hallo@dewerkplaats-coworking.nl. Tot ziens op de vrijdagborrel!""",
    ),
    (
        "cd-08",
        "email",
        "none",
        """JAARVERSLAG 2023 – STICHTING GERRIT KOOPS FONDS

Doelstelling
Het Gerrit Koops Fonds ondersteunt muziekonderwijs voor kinderen in de Achterhoek van wie de ouders de lessen niet kunnen betalen.

Bestuur
Het bestuur bestond in 2023 uit ⟦P|H.J. Wiersma⟧ (voorzitter), ⟦P|A. Nijenhuis-Kamp⟧ (secretaris) en ⟦P|T. Rouwenhorst⟧ (penningmeester). De bestuursleden ontvangen geen vergoeding.

Activiteiten
In 2023 kregen 86 kinderen een jaar lang gratis les op instrumenten als gitaar, viool en drums. Samen met de muziekschool werd het Zomerorkest georganiseerd, met een slotconcert in de Sint-Martinuskerk.

Financiën
De inkomsten bedroegen 41.300 euro, de uitgaven 38.950 euro. Daarnaast ging een eenmalige gift van 1.000 euro naar de Parkinson Vereniging, afdeling Oost-Gelderland. Het positieve saldo wordt toegevoegd aan de continuïteitsreserve.""",
    ),
    (
        "cd-09",
        "email",
        "none",
        """INCIDENTRAPPORT DATALEK 2024-07
Datum ontdekking: 3 april 2024
Melder: ⟦P|R. Brinkman⟧ (functioneel beheer)

Omschrijving
Door een verkeerde instelling in het e-mailprogramma is de nieuwsbrief van april verstuurd met alle ontvangers zichtbaar in het cc-veld.

Betrokkenen
Circa 1.200 abonnees; alleen e-mailadressen, geen bijzondere persoonsgegevens.

Maatregelen
- Verzending gestopt na 14 minuten; de resterende 300 ontvangers hebben de mail niet gekregen.
- Alle ontvangers hebben op 4 april een excuusmail gekregen.
- Nieuwsbrieven worden voortaan door twee medewerkers gecontroleerd (vier-ogenprincipe).

Melding Autoriteit Persoonsgegevens: niet nodig geacht na afweging door de FG, ⟦P|drs. L. van Wijngaarden⟧.""",
    ),
    (
        "cd-10",
        "email",
        "none",
        """Klachtenregeling Huisartsenpraktijk De Linde

Bent U Niet Tevreden?
Wij doen ons best om u goed te helpen. Toch kan het gebeuren dat u ontevreden bent over de zorg, bijvoorbeeld omdat een verwijzing te laat kwam of een diagnose zoals de ziekte van Lyme pas laat werd gesteld. Bespreek het in dat geval eerst met uw eigen huisarts; vaak lost een gesprek veel op.

Klachtenfunctionaris
Levert dat gesprek niets op? Neem dan contact op met ⟦P|Marianne Dolfing⟧, die bij ons als onafhankelijk klachtenfunctionaris werkt. Zij hoort beide kanten en zoekt met u naar een oplossing.

Geschillencommissie
Blijft u na de afhandeling ontevreden, dan kunt u de klacht voorleggen aan de Geschillencommissie Huisartsenzorg.

Vastgesteld door de praktijkhouders op 1 februari 2024.""",
    ),
    # ------------------------------------------------------------------ web forms
    (
        "fm-01",
        "ticket",
        "none",
        """Formulier: offerte aanvragen
Wat is uw naam? ⟦P|roos de boer⟧
Straat en huisnummer: ⟦A|Zonnedauw 7⟧
Postcode: ⟦PC|8332 LH⟧
Woonplaats: ⟦L|Steenwijk⟧
Telefoonnummer: ⟦T|06 2719 4480⟧
Uw vraag: Wij willen onze voortuin laten bestraten, ongeveer 40 m2, met aan de zijkant een border met rozen en lavendel. Kunt u in de week na Pinksteren een keer langskomen?""",
    ),
    (
        "fm-02",
        "ticket",
        "none",
        """Aanmelding open dag
Naam: ⟦P|OLAF WINTER⟧
Bedrijf: Winter & Zn. Dakdekkers
E-mail: ⟦E|olaf@winterdakdekkers.nl⟧
Aantal personen: 2
Opmerking: Ik neem mijn collega ⟦P|BERBER ZOMER⟧ mee. Wij komen het liefst 's middags, 's ochtends hebben we de winterdienst.""",
    ),
    (
        "fm-03",
        "ticket",
        "access",
        """Verzoek inzage persoonsgegevens
Naam aanvrager: ⟦P|Bakker, Jade⟧
Geboortedatum: ⟦DOB|03-11-1989⟧
Klantnummer: ⟦C|KL-448201⟧
E-mailadres: ⟦E|jade.bakker89@hotmail.com⟧
Toelichting: Graag ontvang ik een overzicht van alles wat jullie over mij bewaren, plus de bedrijven waarmee het is gedeeld. Sinds ik bij jullie een account heb, krijg ik reclame van een bakker uit de buurt die ik nooit mijn adres heb gegeven.""",
    ),
    (
        "fm-04",
        "ticket",
        "none",
        """Wat is uw naam?
⟦P|hoop⟧
Wat is uw achternaam?
⟦P|van der Mol⟧
Waar kunnen we u mee helpen?
Mijn pakket is volgens de track-and-trace bezorgd, maar ik heb niks ontvangen en de buren ook niet. Ik hoop dat jullie het kunnen uitzoeken, het was een verjaardagscadeau.
Ordernummer: 300118457""",
    ),
    (
        "fm-05",
        "ticket",
        "none",
        """Aanmeldformulier nieuwe patiënt – Fysiotherapie Het Anker
Naam: ⟦P|Sterre Vos⟧
Geboortedatum: ⟦DOB|21-06-2003⟧
BSN: ⟦BSN|898528434⟧
Huisarts: dokter ⟦P|Kuipers⟧
Zorgverzekeraar / polisnummer: Zilveren Kruis, ⟦C|1930044187⟧
Reden van aanmelding: ⟦H|lage rugpijn sinds maart, uitstralend naar het linkerbeen⟧. Daarnaast heb ik de ⟦H|ziekte van Crohn⟧, ik weet niet of dat uitmaakt voor de oefeningen.
Voorkeur dagdeel: dinsdag- of donderdagmiddag""",
    ),
    (
        "fm-06",
        "ticket",
        "none",
        """Your name: ⟦P|MAUD KONING⟧
Email: ⟦E|maudkoning@gmail.com⟧
Order number: 77120
Message: Hi, I ordered the Jade armchair in sage green six weeks ago and the website still says 'expected soon'. Can you tell me when it will actually be delivered? If it takes longer than the end of the month I would like a refund.
Thanks, ⟦P|Maud⟧""",
    ),
    (
        "fm-07",
        "ticket",
        "none",
        """Klanttevredenheidsonderzoek onderhoud cv-ketel
Wat is uw naam? (optioneel): ⟦P|b. kok⟧
Hoe tevreden bent u over onze service? 4 van 5
Toelichting: De monteur, ⟦P|Said⟧, was heel vriendelijk en legde alles goed uit, maar de eerste afspraak in november werd twee keer verzet. Ik werk zelf als kok in de horeca, dus ik snap dat het soms druk is, maar een belletje vooraf was fijn geweest.
Mogen wij contact met u opnemen? Nee""",
    ),
    (
        "fm-08",
        "ticket",
        "none",
        """Inschrijving ondernemersontbijt Hoeksche Waard
Bedrijfsnaam: Kok Montage B.V.
KvK-nummer: ⟦KVK|80417263⟧
Contactpersoon: ⟦P|Kok, H.J.⟧ (⟦P|Huub⟧)
Functie: directeur-eigenaar
Telefoon: ⟦T|06 5501 8832⟧
Dieetwensen: strikt glutenvrij (⟦H|coeliakiepatiënt⟧)
Hoe heeft u van dit ontbijt gehoord? Via de nieuwsbrief van de ondernemersvereniging""",
    ),
    (
        "fm-09",
        "ticket",
        "none",
        """Terugbelverzoek
Naam: mevr. ⟦P|Hoogland-Mol⟧
Telefoonnummer: ⟦T|+31 6 4419 0276⟧
Beste moment om te bellen: na 17.00 uur, niet op woensdag
Onderwerp: Mijn man, ⟦P|Gerrit Hoogland⟧, is vorige maand overleden en ik wil het abonnement dat op zijn naam staat opzeggen. Abonneenummer ⟦C|AB-7730291⟧. Moet ik daarvoor een akte van overlijden opsturen?""",
    ),
    (
        "fm-10",
        "ticket",
        "none",
        """Contactformulier
Naam: ⟦P|Bas v.d. Sluis⟧
E-mail: ⟦E|bas.vandersluis@proton.me⟧
Onderwerp: Siri en jullie app
Bericht: Goedendag, sinds de laatste update kan ik via Siri geen boodschappenlijstje meer toevoegen in jullie app. Op de iPad van mijn vriendin ⟦P|Berber⟧ werkt het wel. Ik heb een iPhone 13 met iOS 17.4.1.""",
    ),
    # ------------------------------------------------------------------ foreign names
    (
        "fn-01",
        "email",
        "none",
        """Onderwerp: Vochtplek in de slaapkamer
Geachte heer, mevrouw,
Mijn naam is ⟦P|Serkan Özdemir⟧ en ik huur sinds 2019 de woning aan de ⟦A|Vondellaan 42⟧ in ⟦L|Oss⟧. Al drie maanden zit er een grote vochtplek in de slaapkamer van mijn dochter ⟦P|Selin⟧, en er komt nu ook schimmel op. Ze heeft ⟦H|astma⟧ en hoest 's nachts veel. De aannemer van Yılmaz Onderhoud is twee keer geweest, maar het probleem is niet opgelost.
Kunt u iemand anders sturen? Mijn telefoonnummer is ⟦T|06-24591378⟧.
Met vriendelijke groet,
⟦P|S. Özdemir⟧""",
    ),
    (
        "fn-02",
        "email",
        "none",
        """Beste juf ⟦P|Loes⟧,
Salam aleikum en goedemorgen! ⟦P|Yassir⟧ zal vrijdag niet op school zijn, omdat wij met de familie het Suikerfeest vieren. Omdat wij ⟦S|moslims⟧ zijn, vasten ⟦P|Yassir⟧ en zijn broer ⟦P|Ilyas⟧ deze maand een paar dagen mee; als hij moe is, komt het daardoor.
Hartelijke groet,
⟦P|Zineb Bouali⟧ (moeder van ⟦P|Yassir⟧, groep 6B)""",
    ),
    (
        "fn-03",
        "ticket",
        "none",
        """Aanmelding uitzendkracht – orderpicker nachtdienst
Naam: ⟦P|Krzysztof Wiśniewski⟧
Geboortedatum: ⟦DOB|09-08-1994⟧
BSN: ⟦BSN|416048869⟧
IBAN: ⟦IBAN|NL97 INGB 6526 4002 89⟧
Adres in Nederland: ⟦A|Havenstraat 3, kamer 12⟧, ⟦PC|5928 NL⟧ ⟦L|Venlo⟧
Telefoon: ⟦T|+48 512 806 394⟧
Rijbewijs: B + heftruckcertificaat
Opmerking recruiter (⟦P|Dorota⟧): spreekt Pools en Engels, een beetje Duits. Cześć ⟦P|Krzysztof⟧, we zien je maandag om 21.45 uur bij poort 4!""",
    ),
    (
        "fn-04",
        "chat",
        "none",
        """[18:02] ⟦P|Ramon Pinas⟧: Fa waka ⟦P|Kenneth⟧! Gaat het door zaterdag, de verjaardag van tante ⟦P|Soekarnie⟧?
[18:05] ⟦P|Kenneth Sabajo⟧: Ja man, om 15 uur bij haar in ⟦L|Den Helder⟧. ⟦P|Wilgo⟧ neemt de pom mee, ik de bojo
[18:06] ⟦P|Ramon Pinas⟧: Top. ⟦P|Farida⟧ vraagt of ze ⟦P|Romeo Kromosoeto⟧ mag meenemen
[18:07] ⟦P|Kenneth Sabajo⟧: Natuurlijk, hoe meer zielen hoe meer vreugd 😄""",
    ),
    (
        "fn-05",
        "email",
        "none",
        """Onderwerp: Aanvraag verlenging verblijfsvergunning oma
Goedemiddag,
Mijn oma, ⟦P|Siti Aminah Wibowo⟧, verblijft sinds januari bij ons in ⟦L|Voorschoten⟧. Zij is geboren op ⟦DOB|17 augustus 1946⟧ en heeft ⟦H|diabetes type 2⟧. Haar arts, dokter ⟦P|Ayu Lestari⟧, heeft een verklaring geschreven dat zij voorlopig niet kan reizen. Haar paspoortnummer is ⟦ID|C4728193⟧.
In de bijlage vindt u de verklaring en een kopie van het paspoort.
Met vriendelijke groet,
⟦P|Eko Wibowo⟧""",
    ),
    (
        "fn-06",
        "email",
        "none",
        """Onderwerp: Vraag over aangifte inkomstenbelasting (expat)
Beste meneer ⟦P|Zuidema⟧,
Via mijn werkgever kreeg ik uw naam. Ik ben ⟦P|Nigel Ashcroft⟧, Brits, en woon sinds oktober 2022 in ⟦L|Heemstede⟧ met mijn partner ⟦P|Chloe⟧. Ik heb de 30%-regeling. Mijn BSN is ⟦BSN|963506389⟧. Klopt het dat ik voor 2023 een M-formulier moet invullen, omdat ik maar een deel van 2022 hier woonde?
Cheers and many thanks,
⟦P|Nigel⟧""",
    ),
    (
        "fn-07",
        "email",
        "none",
        """Onderwerp: Reservering camperplaats – Kennzeichen
Guten Tag,
wir, ⟦P|Jürgen⟧ und ⟦P|Sabine Schäfer⟧ aus ⟦L|Kleve⟧, möchten vom 3. bis 10. August einen Stellplatz für unser Wohnmobil buchen (Hymer, 7,4 Meter, Kennzeichen ⟦LP|KLE-JS 482⟧). Unser Hund Wuffi kommt mit. Bitte schicken Sie die Bestätigung an ⟦E|js.schaefer@web.de⟧.
Viele Grüße
⟦P|Jürgen Schäfer⟧

Antwoord camping De Zandberg: Hallo Herr ⟦P|Schäfer⟧, plaats 14 is voor u gereserveerd. Bis bald! ⟦P|Marjolein⟧""",
    ),
    (
        "fn-08",
        "email",
        "none",
        """Onderwerp: Huur vergaderzaal 12 september
Goedemiddag,
Ik ben ⟦P|Amélie Rousseau-Lefèvre⟧ en werk voor een Brusselse ngo. Wij willen graag de zaal Victor Horta huren voor een workshop met 25 deelnemers. Ik spreek nog niet zo goed Nederlands, excuseer mij voor de fouten. Mijn collega ⟦P|Thibault Mercier⟧ komt de sleutel ophalen. U kunt mij bellen op ⟦T|+32 478 61 20 94⟧.
Bien à vous,
⟦P|Amélie⟧""",
    ),
]


def load_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_values(records):
    vals = set()
    for r in records:
        text = r.get("text", "")
        for sp in r.get("spans") or []:
            v = sp.get("value")
            if v is None and "start" in sp and "end" in sp:
                v = text[sp["start"] : sp["end"]]
            if v:
                vals.add(v.strip().lower())
    return vals


WORD = re.compile(r"\w+", re.U)
N = 6


def ngrams(text):
    toks = WORD.findall(text.lower())
    return {tuple(toks[i : i + N]) for i in range(len(toks) - N + 1)}


def main():
    problems = []
    records = []
    ids = set()
    for tid, channel, request, marked in TEXTS:
        if tid in ids:
            problems.append(f"{tid}: duplicate id")
        ids.add(tid)
        if request not in REQUESTS:
            problems.append(f"{tid}: unknown request {request}")
        text, spans = parse(marked)
        for sp in spans:
            if text[sp["start"] : sp["end"]] != sp["value"]:
                problems.append(f"{tid}: offset mismatch {sp['value']!r}")
            if sp["value"] != sp["value"].strip() or not sp["value"]:
                problems.append(f"{tid}: span has outer whitespace {sp['value']!r}")
            err = check_value(sp)
            if err:
                problems.append(f"{tid}: {err}: {sp['value']}")
        for a, b in zip(spans, spans[1:]):
            if b["start"] < a["end"]:
                problems.append(f"{tid}: overlapping spans")
        cov = coverage(text, spans)
        problems += [f"{tid}: {p}" for p in check_traps(text, cov)]
        for v in {sp["value"] for sp in spans if len(sp["value"]) >= 4}:
            if (tid, v.lower()) in HOMONYMS:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text, re.I):
                if not all(cov[m.start() : m.end()]):
                    problems.append(f"{tid}: unmarked occurrence of {v!r} at {m.start()}")
        records.append(
            {"id": tid, "channel": channel, "request": request, "text": text, "spans": spans}
        )
    for tid, v in HOMONYMS:
        rec = next((r for r in records if r["id"] == tid), None)
        if rec is None or not any(sp["value"].lower() == v for sp in rec["spans"]):
            problems.append(f"homonym entry {tid}/{v} has no span")

    # ---- overlap with reference sets (contents never printed, only our own values)
    dev_recs = [r for f in DEV_FILES if os.path.exists(f) for r in load_jsonl(f)]
    own_recs = [r for f in OWN_FILES for r in load_jsonl(f)]
    dev_gold = gold_values(dev_recs)
    all_gold = dev_gold | gold_values(own_recs)
    for r in records:
        for sp in r["spans"]:
            if sp["value"].strip().lower() in all_gold:
                problems.append(
                    f"{r['id']}: span value also gold in a reference set: {sp['value']}"
                )
    dev_words = {v for v in dev_gold if len(v) >= 4 and v not in ALLOW_WORDS}
    for r in records:
        low = r["text"].lower()
        for v in dev_words:
            if v in low and re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low):
                # print only the word as it appears in our own text
                m = re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low)
                problems.append(
                    f"{r['id']}: text contains a reference gold value: {r['text'][m.start() : m.end()]}"
                )
    ref_grams = set()
    for rec in dev_recs + own_recs:
        ref_grams |= ngrams(rec.get("text", ""))
    for r in records:
        shared = ngrams(r["text"]) & ref_grams
        for g in sorted(shared):
            problems.append(f"{r['id']}: {N}-word run shared with a reference text: {' '.join(g)}")

    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s); nothing written")
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in records:
        for sp in r["spans"]:
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
    print(f"wrote {len(records)} texts to {OUT}")
    print(json.dumps(counts, sort_keys=True))


if __name__ == "__main__":
    main()
