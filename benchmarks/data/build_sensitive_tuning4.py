#!/usr/bin/env python3
"""Build sensitive_tuning4.jsonl from inline-annotated messages.

Tuning set for privacywacht aimed at the two categories that leak most on new text: HEALTH (how
people mention health in passing in support messages) and CREDENTIAL (secrets in varied
phrasing), each with look-alikes that must stay unmarked. The other personal data in the
messages is marked as well, following the conventions of build_sensitive_heldout.py.

Written blind: the author read only benchmarks/data/heldout_markup.py (the markup parser and the
checksum helpers reused here) and the docstring of benchmarks/data/build_sensitive_heldout.py
(annotation conventions and output format). The author did not read the detectors, models,
tests or bot code (pipelines/, models/, tests/, bot/), nor any evaluation or benchmark data,
and ran no privacywacht detector on these texts. The other benchmark sets
(benchmarks/data/*.jsonl) and the evaluation sets (/work/shared/eval/*.jsonl) are opened only
inside this script, to reject overlap: identifying values (names with a surname, e-mail,
phone, address, postcode, IBAN, BSN, ids, plates, credentials ...) and sentences of 40+
characters must not occur there; on a collision only this set's own value is printed and the
script stops, so the value can be changed here.

Text types (Dutch and Flemish, some English), 1-12 lines each:

  hl-01..hl-44  health: pharmacies, gyms, schools and childcare, employers' HR, insurers,
                travel and hotels, webshops, municipalities (Wmo), housing, sports clubs;
                conditions in everyday and medical words, symptoms, mental health, addiction and
                recovery, medication by brand and generic name (with and without dose), aids
                and devices, treatments and appointments, test results, hospital stays, sick
                leave with a reason, care needs of children and parents, allergies and medical
                diets, pregnancy and fertility, disabilities
  cr-01..cr-32  credentials: door, alarm, key-safe, locker and bike-lock codes, Wi-Fi keys,
                PINs and PUKs, one-time and recovery codes, API keys and tokens, router admin
                passwords; cue far before, cue after, in a table, in quotes, in a screenshot
                description, in a forwarded mail, corrected in a second message, shared with a
                colleague "voor als ik er niet ben"
  lk-01..lk-14  look-alikes only: IT health checks, "gezond" products, a "pijnpunt", the
                "diagnose" of a car or laptop, "therapie" for a plant, password policies and
                reset links, error codes, order/version/serial numbers, a code of conduct,
                discount codes

All people, addresses and numbers are invented; checksum types are computed to be valid.

Markup: ⟦TYPE|value⟧ marks a span (aliases of heldout_markup). ⟪CAT|text⟫ marks a look-alike
trap (CAT one of CR, H, S, ID: the category it imitates); the trap markers are removed, the
traps are counted and checked (a trap never overlaps a span of the category it imitates) and
not written to the JSONL. Every JSON line is {"id", "text", "request": null, "spans": [{"start",
"end", "type", "value"}]}; "request" is null throughout.

Conventions used here in addition to build_sensitive_heldout.py:
- HEALTH: a medication is marked with its dose and form when they follow the name directly
  ("⟦H|levothyroxine 75 microgram⟧", "⟦H|Concerta 36 mg⟧"), without frequency ("2x per dag");
  a symptom is marked without its duration ("al weken ⟦H|duizelig⟧"); a treatment phrase with
  its complement is one span ("⟦H|in therapie bij een psycholoog⟧"); a test result is the
  finding ("⟦H|verhoogde leverwaarden⟧"); a hospital stay is the stay phrase
  ("⟦H|ziekenhuisopname⟧", "⟦H|opgenomen op de psychiatrie⟧"); addiction and recovery phrases
  ("⟦H|herstellend alcoholist⟧", "⟦H|gokverslaving⟧"); a care facility that reveals a
  condition of the person staying there ("⟦H|afkickkliniek⟧") is marked, a care provider as a
  business or address is not. The bare words "ziek", "ziekgemeld" and "ziekteverlof" are not
  marked in this set; the reason for the sick leave is.
- CREDENTIAL: codes of doors, alarms, key safes, lockers and bike locks, Wi-Fi keys, PINs, PUKs,
  itsme codes, one-time and recovery codes, API keys, tokens and connection-string passwords
  are marked (only the secret: not the user name or host of a connection string, not the "#"
  or "OK" key pressed after a code). Every version in a correction is marked (old and new).
- A shop's public discount code (ZOMER25, WELKOM10) is not personal data: it is printed in
  newsletters and on flyers for everyone, identifies nobody and opens no account, so it stays
  unmarked (a CR look-alike). A personal gift-card or voucher PIN would be a credential; none
  is used here.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from heldout_markup import check_traps, check_value, coverage, parse

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sensitive_tuning4.jsonl")
EVAL_DIR = "/work/shared/eval"
TRAP = re.compile(r"⟪(CR|H|S|ID)\|(.*?)⟫", re.S)
TRAP_OF = {"CR": "CREDENTIAL", "H": "HEALTH", "S": "SPECIAL", "ID": "ID_DOCUMENT"}

MESSAGES = [
    # ------------------------------------------------------------------ health
    (
        "hl-01",
        "Goedemiddag, ik haal elke maand mijn ⟦H|levothyroxine 75 microgram⟧ bij jullie op, maar "
        "de herhaalrecepten staan nog op mijn oude adres. Nieuw adres: ⟦A|Lijsterbeslaan 14⟧, "
        "⟦PC|3772 KD⟧ ⟦L|Barneveld⟧. Kunnen jullie dat aanpassen voordat de volgende uitgifte "
        "klaarstaat?\nGroet, ⟦P|Hester Mulders⟧",
    ),
    (
        "hl-02",
        "Hallo, kan mijn lidmaatschap een kwartaal op pauze? Ik heb sinds januari last van "
        "⟦H|hartkloppingen⟧ en de cardioloog wil eerst een ⟦H|inspanningstest⟧ doen voordat ik "
        "weer mag sporten. Lidnummer ⟦C|FX-208814⟧. De ⟪H|hartslagmeter⟫ die ik bij jullie in de "
        "shop kocht houd ik gewoon, die werkt prima.\nMvg ⟦P|Ruben Okkerse⟧",
    ),
    (
        "hl-03",
        "Dag ⟦P|Katrien⟧,\nik ben nog altijd niet hersteld. De huisarts spreekt van een "
        "⟦H|burn-out⟧ en verlengt mijn attest tot eind volgende maand. Ik ben intussen "
        "⟦H|in therapie bij een psycholoog⟧, elke dinsdagvoormiddag. Zou je aan ⟦P|Wim⟧ willen "
        "doorgeven dat hij de opvolging van het ⟪H|pijnpunt⟫ in het Ledger-project overneemt?\n"
        "Groetjes, ⟦P|Sofie Vanhaverbeke⟧",
    ),
    (
        "hl-04",
        "Beste juf ⟦P|Annelies⟧,\nEven ter info: ⟦P|Mees⟧ is vorige week gediagnosticeerd met "
        "⟦H|ADHD⟧ en begint maandag met ⟦H|methylfenidaat⟧. De eerste dagen kan hij tussen de "
        "middag wat minder eten, dus niet schrikken als zijn broodtrommel vol terugkomt.\n"
        "Groetjes, ⟦P|Linda van Rossem⟧ (⟦T|06-41873926⟧)",
    ),
    (
        "hl-05",
        "Geachte heer/mevrouw,\nGraag vraag ik een machtiging aan voor een ⟦H|insulinepomp⟧ voor "
        "mijn dochter ⟦P|Fenna Brouwer⟧, geboren ⟦DOB|14-02-2013⟧. Ze heeft ⟦H|type 1 diabetes⟧ "
        "sinds haar zesde en gebruikt nu nog pennen. Polisnummer ⟦C|70234518⟧. Het verzoek van "
        "de kinderarts stuur ik als bijlage mee.\nMet vriendelijke groet,\n⟦P|Jeroen Brouwer⟧",
    ),
    (
        "hl-06",
        "Hi, I'm flying Amsterdam to Lisbon on 12 June (booking ref QZ7K4M). I use a "
        "⟦H|CPAP machine⟧ for ⟦H|sleep apnoea⟧ and need to take it on board as hand luggage. "
        "Do I need a medical certificate, and does it count towards my cabin allowance?\n"
        "Thanks, ⟦P|Daniel Koster⟧",
    ),
    (
        "hl-07",
        "Bestelling ⟪ID|55120874⟫: ik heb de ⟦H|rollator⟧ voor mijn moeder besteld, maar de "
        "linkerrem blijft klemmen. Sinds haar ⟦H|heupoperatie⟧ kan ze niet zonder, dus ik hoop "
        "dat er snel een vervangende kan komen. Ophalen mag op ⟦A|Weverstraat 31⟧ in "
        "⟦L|Oldenzaal⟧.\n⟦P|Marco Stegeman⟧",
    ),
    (
        "hl-08",
        "Aan het Wmo-loket,\nMijn vader, ⟦P|Gerrit Haverkamp⟧ (⟦DOB|3 mei 1941⟧), woont nog "
        "zelfstandig op ⟦A|Esdoornlaan 22⟧, ⟦PC|7908 HT⟧ ⟦L|Hoogeveen⟧. Hij heeft "
        "⟦H|beginnende dementie⟧ en vergeet steeds vaker te eten en zijn ⟦H|bloedverdunners⟧ "
        "in te nemen. Kan er iemand langskomen voor een keukentafelgesprek over hulp in de "
        "huishouding?\n⟦P|Ingrid Haverkamp⟧, ⟦T|06-29351874⟧",
    ),
    (
        "hl-09",
        "Hallo team Boomhut,\n⟦P|Noor⟧ begint volgende week op de dreumesgroep. Ze heeft een "
        "⟦H|koemelkallergie⟧ en krijgt op voorschrift van de kinderarts "
        "⟦H|hypoallergene flesvoeding⟧; die nemen we zelf mee. Ook geen gewone yoghurt of "
        "boter op haar brood alsjeblieft.\nGroet, ⟦P|Yasmina⟧ en ⟦P|Thijs⟧",
    ),
    (
        "hl-10",
        "Hey ⟦P|Bert⟧, ik kan zaterdag niet mee tegen Zwevegem. Vorige match een "
        "⟦H|gescheurde kruisband⟧ opgelopen, ik word binnen drie weken geopereerd en daarna is "
        "het maanden ⟦H|revalidatie⟧ bij de kiné. Zet mij maar op non-actief voor dit seizoen. "
        "Op de ⟪H|blessurepreventie⟫-avond van de club kom ik wel kijken.\n⟦P|Jonas⟧",
    ),
    (
        "hl-11",
        "Geachte woningcorporatie,\nIn onze woning op ⟦A|Dr. Ariënsstraat 9⟧ zit een hoge "
        "drempel naar de badkamer. Mijn man heeft ⟦H|MS⟧ en loopt sinds dit voorjaar met een "
        "⟦H|rollator⟧; de ergotherapeut adviseert een ⟦H|douchestoel⟧ en het weghalen van de "
        "drempel. Kunnen jullie dat beoordelen?\nHartelijke groet, ⟦P|Ria Kuipers-Snel⟧",
    ),
    (
        "hl-12",
        "Hoi ⟦P|Mariëlle⟧, ik wilde je het persoonlijk vertellen voordat het rooster voor "
        "het najaar rondgaat: ik ben ⟦H|zwanger⟧, uitgerekend half februari. Tot die tijd werk ik "
        "gewoon door, maar de vroege diensten zijn door de ⟦H|misselijkheid⟧ nu lastig. Kunnen "
        "we het ⟦H|zwangerschapsverlof⟧ volgende week inplannen?\n⟦P|Demi⟧",
    ),
    (
        "hl-13",
        "Beste HR,\nIk zit midden in een ⟦H|IVF-traject⟧ en moet de komende weken op korte "
        "termijn naar het ziekenhuis voor echo's en een ⟦H|punctie⟧. Ik weet vaak pas een dag "
        "van tevoren hoe laat. Kan ik die uren als calamiteitenverlof opnemen of moet dat als "
        "vakantie? Personeelsnummer ⟦C|40977⟧.\nGroet, ⟦P|Lotte Vergunst⟧",
    ),
    (
        "hl-14",
        "Goedemorgen, mijn schoonvader ⟦P|Henk Oudshoorn⟧ moet drie keer per week naar de "
        "⟦H|nierdialyse⟧ en de taxi was gisteren al voor de tweede keer te laat, waardoor zijn "
        "behandeling ingekort werd. Hij heeft een ⟦H|Valys-pas⟧ (pasnummer ⟦C|VY-6128840⟧). "
        "Wie kan ik hierover bellen?\n⟦P|Anouk Oudshoorn⟧",
    ),
    (
        "hl-15",
        "Graag wil ik mijn contract met ingang van volgende maand op pauze zetten in plaats van "
        "opzeggen. Ik ben net begonnen met ⟦H|chemo⟧ voor ⟦H|borstkanker⟧ en krijg daarna nog "
        "zes weken ⟦H|bestraling⟧; ik kom voorlopig echt niet naar de studio. Klantnummer "
        "⟦C|YG-33109⟧.\nVriendelijke groet, ⟦P|Esther Rijnders⟧",
    ),
    (
        "hl-16",
        "Good evening, room 418. Could housekeeping please empty the minibar and not restock it "
        "during my stay? I'm a ⟦H|recovering alcoholic⟧ and would rather not have it in the "
        "room. Thank you for your discretion.\n⟦P|Mark Feenstra⟧",
    ),
    (
        "hl-17",
        "Beste meneer ⟦P|Dekkers⟧,\nOnze zoon ⟦P|Stijn⟧ zal de komende zes weken niet op school "
        "zijn: hij wordt opgenomen in een ⟦H|afkickkliniek⟧ in verband met zijn "
        "⟦H|gokverslaving⟧. Kan er schoolwerk meegegeven worden? Wij hopen dat hij na de "
        "kerstvakantie weer kan instromen.\n⟦P|Peter⟧ en ⟦P|Marjan Wouters⟧",
    ),
    (
        "hl-18",
        "Mijn ⟦H|hoortoestel⟧ (Phonak, links en rechts) koppelt niet meer met de telefoon die "
        "ik vorige week bij jullie kocht, ⟪ID|serienummer R58N43KXQ2⟫. Met mijn oude telefoon "
        "ging het wel. Zonder streaming kan ik niet bellen omdat ik ⟦H|slechthorend⟧ ben. "
        "Liever mailen naar ⟦E|g.vandam62@kpnmail.nl⟧.",
    ),
    (
        "hl-19",
        "Reservering voor 4 personen op vrijdag 19:30, naam ⟦P|Bosman⟧. Eén van ons heeft "
        "⟦H|coeliakie⟧ en moet dus echt strikt ⟦H|glutenvrij⟧ eten, ook geen kruisbesmetting "
        "via de frituur. Ik zag de ⟪H|glutenvrije⟫ pasta op jullie kaart staan; wordt die apart "
        "bereid?",
    ),
    (
        "hl-20",
        "Beste, ik kreeg een brief van jullie over een terugbetaling, maar de factuur gaat over "
        "het bloedonderzoek van maart. Daar kwam ⟦H|bloedarmoede⟧ uit en ik slik sindsdien "
        "⟦H|ijzertabletten⟧. Is dat nu terugbetaald of niet? ⟪ID|Rijksregisternummer⟫ heb ik al "
        "eens doorgegeven, lidnummer ⟦C|2093-447-18⟧.\n⟦P|Hanne Claeys⟧",
    ),
    (
        "hl-21",
        "Geachte examencommissie,\nIk heb last van ⟦H|angstklachten⟧ en heb tijdens het vorige "
        "tentamen een ⟦H|paniekaanval⟧ gehad. Daarnaast heb ik ⟦H|dyslexie⟧ (de "
        "⟦H|dyslexieverklaring⟧ zit in mijn dossier). Kan ik het herkansingstentamen in een "
        "aparte ruimte en met verlengde tijd maken? Studentnummer ⟦C|s2178840⟧.\n⟦P|Iris Meijer⟧",
    ),
    (
        "hl-22",
        "Hoi ⟦P|Gijs⟧, ik ben al weken ⟦H|duizelig⟧ en heb af en toe ⟦H|dubbelzien⟧. De "
        "neuroloog laat donderdag een ⟦H|MRI-scan⟧ maken. Tot die tijd mag ik van de huisarts "
        "niet autorijden, dus de klantbezoeken in Kerkrade moet iemand anders doen. De "
        "auto (⟦LP|K-482-RT⟧) staat op de zaak.\n⟦P|Femke⟧",
    ),
    (
        "hl-23",
        "Hello, I'm travelling to Thailand for three months and take ⟦H|sertraline 50 mg⟧ "
        "daily for ⟦H|depression⟧. Can I bring the full supply in my suitcase, and do I need a "
        "Schengen medical certificate or an English doctor's letter? My date of birth is "
        "⟦DOB|22/08/1990⟧ if you need it for the form.\n⟦P|Laura de Haan⟧",
    ),
    (
        "hl-24",
        "Goedendag, onze zoon ⟦P|Jurre⟧ (7) heeft ⟦H|autisme⟧ en raakt in een vol zwembad snel "
        "overprikkeld. Zijn er rustigere momenten voor de zwemles, of een kleiner groepje? Hij "
        "draagt in het water oordopjes tegen het lawaai; mag dat?\n"
        "⟦P|Saskia Timmer⟧",
    ),
    (
        "hl-25",
        "Dag mevrouw, mijn moeder ⟦P|Godelieve Maes⟧ heeft de ⟦H|ziekte van Parkinson⟧ en kan de "
        "kleine knopjes van het nieuwe decoder-toestel niet meer bedienen door het "
        "⟦H|beven⟧. Bestaat er een afstandsbediening met grote toetsen? Haar adres is "
        "⟦A|Sint-Annastraat 48 bus 2⟧, ⟦PC|8560⟧ ⟦L|Wevelgem⟧.",
    ),
    (
        "hl-26",
        "Inschrijving zomerkamp: ⟦P|Lieke Smulders⟧, geboortedatum ⟦DOB|09-07-2014⟧. Ze is "
        "⟦H|allergisch voor wespensteken⟧ en heeft altijd een ⟦H|EpiPen⟧ bij zich in het "
        "voorvakje van haar rugzak. De leiding weet hoe die werkt? Noodnummer ⟦T|06-18264930⟧.",
    ),
    (
        "hl-27",
        "Hallo, bij de herhaalservice staat nog ⟦H|omeprazol⟧ op mijn lijst, maar de huisarts is "
        "vorige week overgestapt op ⟦H|pantoprazol 40 mg⟧. Wilt u de oude van de lijst halen? "
        "Ik ben ⟦P|Kees Terpstra⟧, ⟦DOB|17-11-1958⟧.",
    ),
    (
        "hl-28",
        "Goedemiddag, ik wil graag uitstel van betaling voor de factuur van augustus. Mijn vrouw "
        "heeft een ⟦H|herseninfarct⟧ gehad en na drie weken ⟦H|ziekenhuisopname⟧ is ze nu in "
        "⟦H|revalidatie⟧ in Heliomare. Alles loopt even in de war. IBAN voor de "
        "automatische incasso blijft ⟦IBAN|NL90RABO2226513252⟧.\n⟦P|Frank Lammers⟧",
    ),
    (
        "hl-29",
        "Vraag over mijn aanvullende verzekering: ik ben sinds februari onder behandeling voor een "
        "⟦H|frozen shoulder⟧ en zit nu op 18 behandelingen ⟦H|fysiotherapie⟧. Hoeveel worden "
        "er nog vergoed? Ik ga naar ⟪H|Fysiotherapiepraktijk De Linde⟫ aan de Marktstraat. "
        "Relatienummer ⟦C|118820457⟧.",
    ),
    (
        "hl-30",
        "Hallo, wij hadden bij jullie een geboortelijst aangemaakt, maar we hebben helaas een "
        "⟦H|miskraam⟧ gehad. Willen jullie de lijst verwijderen en de mails stopzetten? Het "
        "account staat op ⟦E|sanne.en.bas@gmail.com⟧. Dank jullie.",
    ),
    (
        "hl-31",
        "De levering van het ⟦H|incontinentiemateriaal⟧ voor mijn vader komt sinds de verhuizing "
        "op het verkeerde adres aan. Hij woont nu op ⟦A|Vlierstraat 5a⟧, ⟦PC|6412 PW⟧ "
        "⟦L|Heerlen⟧. Klantnummer ⟦C|MZ0047731⟧. Graag discreet verpakt, zoals altijd.",
    ),
    (
        "hl-32",
        "Hi, my son ⟦P|Oliver⟧ has ⟦H|epilepsy⟧ and takes ⟦H|Keppra⟧ twice a day. For the "
        "sailing camp in July: is there staff who can give ⟦H|rescue medication⟧ if he has a "
        "⟦H|seizure⟧? I can send the protocol from his neurologist.\n⟦P|Rachel Visscher⟧",
    ),
    (
        "hl-33",
        "Beste ⟦P|Ahmed⟧,\nNa mijn ⟦H|hernia-operatie⟧ begin ik maandag met re-integreren: de "
        "bedrijfsarts adviseert vier uur per dag, niet tillen en een ⟦H|sta-zitbureau⟧. Kan "
        "facilitair dat voor maandag regelen? Mijn plek is 3.14 naast het raam.\n⟦P|Bram⟧",
    ),
    (
        "hl-34",
        "Sinds ik ⟦H|long covid⟧ heb kan ik maximaal vier uur per dag werken en ben ik na een "
        "vergadering vaak uitgeput. Daarom vraag ik of mijn uren formeel kunnen worden "
        "aangepast. Wil je dit meenemen naar ⟦P|Corine⟧ van P&O?\n⟦P|Sander Mol⟧",
    ),
    (
        "hl-35",
        "Hoi, kunnen jullie in de app het gewicht en de vetpercentages op mijn dashboard "
        "uitzetten? Ik ben hersteld van een ⟦H|eetstoornis⟧ en mijn diëtist raadt het af om daar "
        "elke keer mee geconfronteerd te worden. Lidnummer ⟦C|GY-77401⟧. En nee, ik wil geen "
        "⟪H|Gezond & Fit⟫-proteïnerepen op proef.",
    ),
    (
        "hl-36",
        "Dag, mijn vader heeft ⟦H|suikerziekte⟧ en ⟦H|hoge bloeddruk⟧ en neemt "
        "⟦H|bloeddrukverlagers⟧. Hij wil mee op de busreis naar de Moezel in september. Is er "
        "onderweg een koelkastje voor zijn ⟦H|insuline⟧? Hij is ⟦P|Marcel Dewulf⟧, "
        "⟦DOB|02-04-1949⟧.",
    ),
    (
        "hl-37",
        "Wij komen met vier personen naar het hotel van 3 tot 7 oktober. Mijn zus zit in een "
        "⟦H|rolstoel⟧: is de kamer rolstoeltoegankelijk en mag ze met haar "
        "⟦H|gehandicaptenparkeerkaart⟧ bij de ingang parkeren? Kenteken ⟦LP|79-ZKP-3⟧. Groet, "
        "⟦P|Nathalie Bakx⟧",
    ),
    (
        "hl-38",
        "Goedemiddag apotheek, onze dochter gebruikte ⟦H|Ritalin⟧, maar de kinderpsychiater "
        "heeft het omgezet naar ⟦H|Concerta 36 mg⟧. Moet ik een nieuw recept komen brengen of "
        "hebben jullie het al digitaal? Ze heet ⟦P|Mila Post⟧.",
    ),
    (
        "hl-39",
        "Dag ⟦P|Veerle⟧, dank voor de bloemen. Ik heb na de bevalling een "
        "⟦H|postnatale depressie⟧ gekregen en ben sinds vorige week ⟦H|opgenomen op de "
        "moeder-babyunit⟧. Ik laat zelf weten wanneer ik weer bereikbaar ben.\n⟦P|Elke⟧",
    ),
    (
        "hl-40",
        "Kan de thuiszorg vanaf volgende week ook 's avonds komen? Mijn moeder ⟦P|Truus Vermeer⟧ "
        "heeft ⟦H|alzheimer⟧ en is de afgelopen maand twee keer gevallen. De huisarts vermoedt "
        "ook een ⟦H|blaasontsteking⟧; ze krijgt nu een ⟦H|antibioticakuur⟧. Ik ben te bereiken "
        "op ⟦T|+31 6 52097314⟧.",
    ),
    (
        "hl-41",
        "Hallo, ik wil de ⟪H|Gezonde Start⟫-ontbijtbox van mijn abonnement afhalen. Ik mag door "
        "mijn ⟦H|nierziekte⟧ bijna geen zout en kalium meer en moet een "
        "⟦H|natriumbeperkt dieet⟧ volgen. Kan ik ruilen voor de losse groentebox? Account "
        "⟦E|wouter.pel@ziggo.nl⟧.",
    ),
    (
        "hl-42",
        "Beste, ik ben door mijn werkgever ziekgemeld met ⟦H|Pfeiffer⟧ en kan mijn "
        "rijlessen de komende maand niet volgen. Kunnen de lessen verplaatst worden zonder "
        "kosten? ⟦P|Daan Hoogkamp⟧, leerlingnummer ⟦C|RL-5512⟧.",
    ),
    (
        "hl-43",
        "Voor de intake van de kinderopvang: ⟦P|Sem⟧ is geboren met een ⟦H|hartafwijking⟧ en "
        "wordt in april nog geopereerd. Hij heeft geen medicijnen, maar raakt sneller "
        "buiten adem. Verder een gezonde, vrolijke jongen hoor!",
    ),
    (
        "hl-44",
        "Hi, I'm ⟦H|deaf⟧ and use a ⟦H|cochlear implant⟧. For the check-in call you scheduled "
        "tomorrow: could we do it by chat or with live captions instead? My member id is "
        "⟦C|AX-310927⟧.\n⟦P|Tom Wijnhoven⟧",
    ),
    # ------------------------------------------------------------ credentials
    (
        "cr-01",
        "Hoi ⟦P|Sanne⟧, voor als ik er niet ben de komende twee weken: de achterdeur van de "
        "winkel gaat open met ⟦CR|4718⟧ en het alarm zet je uit met ⟦CR|2093⟧ en dan OK. De "
        "sleutel van de kassa ligt in de bovenste la. Succes! ⟦P|Monique⟧",
    ),
    (
        "cr-02",
        "Welkom in ons huisje! Het wifi-netwerk heet ⟪CR|Zeezicht_Gast⟫ en de sleutel is "
        "⟦CR|duinroos-8812⟧. De sleutelkluis naast de voordeur opent met ⟦CR|3917⟧; hang de "
        "sleutel er bij vertrek weer in. Fijn verblijf, ⟦P|Carla⟧ en ⟦P|Hidde⟧",
    ),
    (
        "cr-03",
        "Mijn nieuwe simkaart is geblokkeerd na drie keer een verkeerde pincode. Op het kaartje "
        "staat PUK ⟦CR|58210934⟧, maar die wordt ook niet geaccepteerd. De oude pincode was "
        "⟦CR|1406⟧. Mijn nummer is ⟦T|06-38194725⟧.",
    ),
    (
        "cr-04",
        "Ticket #88213 – kantoor Havenkade 12\nNieuwe router geplaatst. Admin-paneel: "
        "gebruiker admin, wachtwoord ⟦CR|Kw7!pRt2Lm⟧. Gastnetwerk ⟪CR|Kantoor-Gast⟫ met sleutel "
        "⟦CR|Havenkade12gast⟧, personeelsnetwerk met ⟦CR|zV4q-Lp9x-Tn2w⟧. Firmware bijgewerkt "
        "naar ⟪ID|versie 7.57.2⟫.\n– ⟦P|Rick⟧, IT-support",
    ),
    (
        "cr-05",
        "Het tijdelijke wachtwoord dat ik je nieuwe collega gaf – ze moet het bij de eerste keer "
        "inloggen meteen wijzigen, dat dwingt het systeem af, en ze mag het niet op een "
        "post-it op haar scherm plakken, zoals de vorige – is ⟦CR|Eikenhout#2291⟧. Haar account "
        "is ⟦P|m.verschuren⟧.",
    ),
    (
        "cr-06",
        "⟦CR|Tulpenveld#77⟧ – dat is het wachtwoord van de gedeelde mailbox "
        "info@bakkerijvanleeuwen.nl. Kun je kijken waarom Outlook het steeds opnieuw "
        "vraagt? Groet, ⟦P|Joke van Leeuwen⟧",
    ),
    (
        "cr-07",
        "Overzicht voor de vervanger tijdens mijn verlof:\n"
        "| Dienst | Gebruiker | Wachtwoord |\n"
        "| NAS | ⟦P|jolien.dewit⟧ | ⟦CR|Brf8!kQ2zN⟧ |\n"
        "| Boekhoudpakket | ⟦E|jolien@dewitadvies.nl⟧ | ⟦CR|Winterkoning-44⟧ |\n"
        "| Alarm kantoor | - | ⟦CR|60318⟧ |\n"
        "Niet doorsturen graag.",
    ),
    (
        "cr-08",
        "Ik krijg steeds 'onjuiste inloggegevens'. Ik typ echt '⟦CR|Hortensia_1988⟧' als "
        "wachtwoord, met een hoofdletter H. Mijn gebruikersnaam is ⟦E|r.dijkhuis@hetnet.nl⟧."
        "\n\nOh wacht, ik zie het al: het is ⟦CR|Hortensia_1989⟧. Sorry!",
    ),
    (
        "cr-09",
        "[Screenshot: inlogscherm van Mijn Omgeving. Veld Gebruikersnaam: "
        "⟦E|p.schrijvers@telenet.be⟧. Veld Wachtwoord (zichtbaar gemaakt met het oogje): "
        "⟦CR|Zomerregen!2024⟧. Rode melding eronder: ⟪CR|Fout AUTH-403⟫.]\nZo ziet het eruit "
        "bij mij. Wat doe ik fout?",
    ),
    (
        "cr-10",
        "-------- Doorgestuurd bericht --------\nVan: ICT Servicedesk\nOnderwerp: Je nieuwe "
        "account\n\nBeste ⟦P|Youssef⟧, je account ⟦P|y.elamrani⟧ is aangemaakt. Tijdelijk "
        "wachtwoord: ⟦CR|Grt5-Mwq8-Pl3c⟧\n----------\nHoi, dit kreeg ik gisteren, maar ik kom er "
        "nog steeds niet in. Kun je helpen?",
    ),
    (
        "cr-11",
        "[10:02] ⟦P|Lisa⟧: het wachtwoord van de wifi op zolder is ⟦CR|Lindeboom42⟧\n"
        "[10:04] ⟦P|Lisa⟧: sorry, met een hoofdletter B: ⟦CR|LindeBoom42⟧\n"
        "[10:05] ⟦P|Koen⟧: top, werkt!",
    ),
    (
        "cr-12",
        "Hoi, ik probeer in te loggen in de app van de bank maar krijg de SMS-code niet. Na "
        "een kwartier kwam er toch een binnen: ⟦CR|482913⟧, maar die was al verlopen. Nu zegt de "
        "app dat ik het over een uur opnieuw moet proberen. Wat nu?",
    ),
    (
        "cr-13",
        "Hier mijn herstelcodes voor als mijn telefoon kwijt is, bewaar jij ze even in de kluis?\n"
        "⟦CR|7hq2-m9xk⟧\n⟦CR|p4ns-22dv⟧\n⟦CR|w8re-k1tz⟧\n⟦CR|b3fy-q6lo⟧\n"
        "Dank je, ⟦P|Evi⟧",
    ),
    (
        "cr-14",
        "Support ticket – webshop koppeling werkt niet meer sinds vannacht. Onze API-sleutel: "
        "⟦CR|lmx_live_9fQ2rT7vK1pZ8wX3aB6cH0d⟧. Foutmelding in de log: ⟪CR|401 Unauthorized⟫ "
        "bij het ⟪CR|token endpoint⟫. Kunnen jullie checken of de sleutel nog actief is?",
    ),
    (
        "cr-15",
        'curl -H "Authorization: Bearer ⟦CR|tkn.Yx82Hq0wPfL3sVz9rK2mBn⟧" '
        "https://api.voorbeeldplanner.nl/v2/afspraken\ngeeft een lege lijst terug, terwijl er "
        "wel afspraken in de agenda staan. Iemand een idee?",
    ),
    (
        "cr-16",
        "De database-koppeling van het boekingssysteem faalt: "
        "postgres://boeking:⟦CR|Gr4nietZand!⟧@db01.intern:5432/boekingen. Het wachtwoord is "
        "gisteren door ⟦P|Nadia⟧ vervangen, maar de config is niet bijgewerkt denk ik.",
    ),
    (
        "cr-17",
        "Beste sportschool, mijn kluisje (nummer 112) gaat niet meer open met mijn eigen code "
        "⟦CR|5590⟧. Mijn gymtas met autosleutels zit erin. Kan er iemand met de mastersleutel "
        "komen? Ik sta bij de receptie.",
    ),
    (
        "cr-18",
        "Dag ⟦P|Griet⟧, de thuisverpleging komt morgen om acht uur bij mama. Het sleutelkastje "
        "aan de garage gaat open met ⟦CR|1958⟧, en het alarm staat 's nachts op met code "
        "⟦CR|7731⟧. Mama heeft sinds haar ⟦H|beroerte⟧ moeite met praten, dus ze zal de deur "
        "niet zelf opendoen.",
    ),
    (
        "cr-19",
        "Mijn fiets staat sinds gisteren bij jullie in de stalling. Het cijferslot staat op "
        "⟦CR|062⟧, zodat de monteur de band kan vervangen. Naam ⟦P|Stefan Koops⟧, "
        "⟦T|06-27419385⟧.",
    ),
    (
        "cr-20",
        "Ik heb vanochtend aan de telefoon per ongeluk mijn pincode ⟦CR|8351⟧ genoemd tegen "
        "iemand die zei dat hij van de bank was. Mijn rekening is "
        "⟦IBAN|NL13INGB6189958271⟧. Kan de pas meteen geblokkeerd worden?",
    ),
    (
        "cr-21",
        "Beste mentor, ⟦P|Jesse⟧ kan niet in Magister. Gebruikersnaam ⟦C|187634⟧, het "
        "wachtwoord dat hij heeft ingesteld is ⟦CR|voetbal2012⟧. Kunt u het resetten? Groet, "
        "⟦P|Inge Smit⟧",
    ),
    (
        "cr-22",
        "Hi ⟦P|Jan⟧, the garage keypad code for the apartment is ⟦CR|7264⟧, then press the key "
        "symbol. The Wi-Fi password is ⟦CR|blue heron 1977 lakeside⟧ (with spaces). See you "
        "Saturday! ⟦P|Emma⟧",
    ),
    (
        "cr-23",
        "Onze itsme-code is vergrendeld na een update. Mijn code was ⟦CR|30917⟧ en die heb ik "
        "drie keer ingegeven. Moet ik opnieuw registreren via de bank? Mijn gsm is "
        "⟦T|0478 31 62 95⟧.",
    ),
    (
        "cr-24",
        "Voor het beheer van de clubsite: inloggen op het CMS met secretaris@hcdeweide.nl "
        "en wachtwoord ⟦CR|Hockey!DeWeide07⟧. Het ⟪CR|wachtwoordbeleid⟫ van de hostingpartij "
        "eist elke 90 dagen een nieuw, dus graag na de overdracht meteen wijzigen, ⟦P|Wouter⟧.",
    ),
    (
        "cr-25",
        "Wachtwoord wijzigen lukt niet. Oude: ⟦CR|Pannenkoek77⟧ Nieuwe: ⟦CR|Pannenkoek78!⟧ en "
        "herhaling identiek. Foutmelding: '⟪CR|Het nieuwe wachtwoord moet minimaal 12 tekens "
        "bevatten⟫'. Maar het zijn er 13?",
    ),
    (
        "cr-26",
        "Voor de poetsdienst: de poort van de achtertuin heeft een code, ⟦CR|2864⟧. Binnen hangt "
        "het alarmpaneel links; toets ⟦CR|0917⟧ binnen dertig seconden. Ons adres is "
        "⟦A|Kapelstraat 77⟧, ⟦PC|9070⟧ ⟦L|Destelbergen⟧.",
    ),
    (
        "cr-27",
        "Hoi ⟦P|Ilse⟧, ik heb de tweestapsverificatie van het gedeelde Instagram-account "
        "ingesteld. Backup-codes: ⟦CR|8821 4093⟧, ⟦CR|3374 1186⟧ en ⟦CR|5530 2967⟧. De app op "
        "mijn telefoon geeft anders elke 30 seconden een nieuwe.",
    ),
    (
        "cr-28",
        "Onderwerp: wifi gast ⟦CR|Kraanvogel!15⟧\n\nZie onderwerp, dat is het nieuwe wachtwoord "
        "voor de gasten van de praktijk. Het oude (⟦CR|Kraanvogel!14⟧) werkt sinds vanochtend "
        "niet meer.",
    ),
    (
        "cr-29",
        "Mijn schoonmoeder heeft haar bankpas en de pincode op een briefje in haar portemonnee "
        "gehad, en die is gestolen. Op het briefje stond ⟦CR|2705⟧. Zij heeft zelf geen e-mail; "
        "bel mij maar op ⟦T|06-51730284⟧. ⟦P|Hans Rutgers⟧",
    ),
    (
        "cr-30",
        "Can you give the cleaning company access to the office on Friday? The front door code "
        "is ⟦CR|1-5-9-3⟧ and the alarm PIN ⟦CR|4408⟧. Please don't put this in the general "
        "Slack channel. ⟦P|Priya⟧",
    ),
    (
        "cr-31",
        "Ik heb een webhook aangemaakt in het ticketsysteem, het geheim is "
        "⟦CR|whsec_3Kp9Lz7Qr2Vx8Mn4Bt6Yw⟧. Volgens de ⟪CR|documentatie⟫ moet ik ook een "
        "⟪CR|reset-link⟫ kunnen aanvragen als ik hem kwijt ben, maar dat zie ik nergens.",
    ),
    (
        "cr-32",
        "Misschien helpt dat?\n⟦CR|Vlinder&Zon_2020⟧\nDat is wat ik altijd gebruik voor het "
        "ouderportaal van de crèche. Mijn zoon zit in de groep Egeltjes; "
        "ouder-ID ⟦C|OP-55817⟧.",
    ),
    # ------------------------------------------------------------ look-alikes
    (
        "lk-01",
        "Vannacht draaide de wekelijkse ⟪H|health check⟫ van de webserver en die gaf een "
        "waarschuwing over de schijf. Kan iemand de ⟪H|diagnose⟫ van de log bekijken? Fout "
        "⟪CR|code 0x80070005⟫ komt steeds terug na update ⟪ID|KB5034441⟫.",
    ),
    (
        "lk-02",
        "Onze garage stelde een ⟪H|diagnose⟫ op het motormanagement en zei dat de injector "
        "⟪H|ziek⟫ is. Is dat onder garantie? ⟪ID|Chassisnummer WVWZZZ1KZ6W386752⟫.",
    ),
    (
        "lk-03",
        "Mijn monstera hangt slap. Ik heb hem een ⟪H|therapie⟫ van regenwater en een nieuwe pot "
        "gegeven, maar de bladeren worden geel. Is dit ⟪H|wortelrot⟫? Gekocht bij jullie, "
        "⟪ID|ordernummer 7781-0042⟫.",
    ),
    (
        "lk-04",
        "Het grootste ⟪H|pijnpunt⟫ in dit project is nog steeds de koppeling met het "
        "voorraadsysteem. Daarnaast moeten we de ⟪CR|gedragscode⟫ voor leveranciers updaten en "
        "de ⟪CR|wachtwoordpolicy⟫ (⟪CR|minimaal 14 tekens⟫, geen hergebruik) afstemmen met IT.",
    ),
    (
        "lk-05",
        "Ik heb een bestelling geplaatst met ⟪CR|kortingscode ZOMER25⟫ maar de korting is niet "
        "verrekend. Ook de ⟪CR|welkomstcode WELKOM10⟫ werd niet geaccepteerd. ⟪ID|Order "
        "NB-2024-118830⟫.",
    ),
    (
        "lk-06",
        "Ik ben mijn wachtwoord vergeten en heb op '⟪CR|Wachtwoord vergeten⟫' geklikt, maar de "
        "⟪CR|resetlink⟫ in de mail is verlopen. In mijn profiel staat het wachtwoord als "
        "⟪CR|••••••••⟫. Kunnen jullie een nieuwe link sturen?",
    ),
    (
        "lk-07",
        "De ⟪H|batterijgezondheid⟫ van mijn laptop staat op 71% en het ⟪H|diagnoserapport⟫ "
        "geeft foutcode ⟪CR|PPD-0001⟫. ⟪ID|Serienummer 5CD2417KQ9⟫, nog in garantie tot maart.",
    ),
    (
        "lk-08",
        "Vraag van de personeelsvereniging: zit de ⟪H|griepprik⟫ dit jaar weer in het aanbod "
        "voor alle medewerkers, en kunnen we de ⟪H|EHBO-koffer⟫ in de kantine aanvullen? De "
        "⟪H|AED⟫ bij de receptie moet ook gekeurd worden.",
    ),
    (
        "lk-09",
        "Ik zoek een ⟪H|anti-allergie⟫ dekbed voor in de logeerkamer en zag jullie "
        "⟪H|Gezond Slapen⟫-collectie. Is die ook in 140x200? Graag zonder dons.",
    ),
    (
        "lk-10",
        "Onze vijver heeft een ⟪H|kuur⟫ nodig tegen algen: welk middel raden jullie aan voor "
        "koi? De ⟪H|vissen zijn ziek⟫ geweest vorig jaar. Artikel ⟪ID|VJ-40917⟫ is uitverkocht.",
    ),
    (
        "lk-11",
        "Voor de teamdag: de ⟪CR|dresscode⟫ is casual, de ⟪CR|meeting-ID 845 2210 9931⟫ is voor "
        "wie online meedoet, en de ⟪CR|QR-code⟫ op de uitnodiging geeft toegang tot de "
        "parkeergarage van het congrescentrum.",
    ),
    (
        "lk-12",
        "Hoi, onze ⟪CR|licentiesleutel⟫ voor het boekhoudpakket verloopt volgende maand. Moet "
        "ik een nieuwe bestellen via de webshop of gaat dat automatisch? ⟪ID|Factuur "
        "F2024-00873⟫.",
    ),
    (
        "lk-13",
        "De nieuwe release (⟪ID|v4.12.0⟫) lost de ⟪H|geheugenlek⟫-bug op en voegt een "
        "⟪H|health score⟫ toe aan het dashboard. Het ⟪CR|token endpoint⟫ is niet gewijzigd.",
    ),
    (
        "lk-14",
        "Ik heb een ⟪H|virus⟫ op mijn pc en de ⟪H|virusscanner⟫ zegt dat hij het in "
        "⟪H|quarantaine⟫ heeft gezet. Verder loopt alles stroef sinds de update. Is een "
        "herstart genoeg of moet hij naar jullie winkel?",
    ),
]

# Types whose values identify something; these must not occur in the other sets. HEALTH,
# SPECIAL and LOCATION are ordinary words and towns, and first names alone are common, so
# those are not compared.
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
    "DATE_OF_BIRTH",
    "CREDENTIAL",
    "CUSTOMER_ID",
    "URL",
}


def strip_traps(marked):
    """Remove the trap markers; return the marked text without them and the traps with their
    position in the final text."""
    plain, traps, pos = [], [], 0
    for m in TRAP.finditer(marked):
        plain.append(marked[pos : m.start()])
        prefix, _ = parse("".join(plain))
        traps.append({"cat": m.group(1), "start": len(prefix), "text": m.group(2)})
        traps[-1]["end"] = traps[-1]["start"] + len(m.group(2))
        plain.append(m.group(2))
        pos = m.end()
    plain.append(marked[pos:])
    return "".join(plain), traps


def build():
    rows, problems, n_traps = [], [], 0
    seen_ids = set()
    for mid, marked in MESSAGES:
        if mid in seen_ids:
            problems.append(f"{mid}: duplicate id")
        seen_ids.add(mid)
        if "⟪" in TRAP.sub("", marked) or "⟫" in TRAP.sub("", marked):
            problems.append(f"{mid}: unbalanced trap markup")
        unmarked, traps = strip_traps(marked)
        text, spans = parse(unmarked)
        for sp in spans:
            if text[sp["start"] : sp["end"]] != sp["value"]:
                problems.append(f"{mid}: span value differs from text slice: {sp['value']!r}")
            if sp["value"] != sp["value"].strip() or not sp["value"]:
                problems.append(f"{mid}: span with outer whitespace: {sp['value']!r}")
            err = check_value(sp)
            if err:
                problems.append(f"{mid}: {err}: {sp['value']}")
        for tr in traps:
            if text[tr["start"] : tr["end"]] != tr["text"]:
                problems.append(f"{mid}: trap position wrong: {tr['text']!r}")
            for sp in spans:
                if sp["type"] == TRAP_OF[tr["cat"]] and (
                    sp["start"] < tr["end"] and tr["start"] < sp["end"]
                ):
                    problems.append(f"{mid}: trap overlaps a {sp['type']} span: {tr['text']!r}")
        n_traps += len(traps)
        problems += [f"{mid}: {b}" for b in check_traps(text, coverage(text, spans))]
        rows.append({"id": mid, "text": text, "request": None, "spans": spans})
    return rows, problems, n_traps


def other_sets():
    """Texts and span values of the other benchmark and evaluation sets (read here only)."""
    paths = sorted(glob.glob(os.path.join(HERE, "*.jsonl")))
    paths += sorted(glob.glob(os.path.join(EVAL_DIR, "*.jsonl")))
    texts, values = [], set()
    for path in paths:
        if os.path.abspath(path) == os.path.abspath(OUT):
            continue
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(obj, dict):
                    continue
                text = obj.get("text")
                if not isinstance(text, str):
                    text = " ".join(v for v in obj.values() if isinstance(v, str))
                texts.append(text.lower())
                for key in ("spans", "entities", "labels"):
                    for sp in obj.get(key) or []:
                        if not isinstance(sp, dict):
                            continue
                        val = sp.get("value") or sp.get("text")
                        if not isinstance(val, str) and isinstance(sp.get("start"), int):
                            val = text[sp["start"] : sp.get("end", sp["start"])]
                        if isinstance(val, str) and val.strip():
                            values.add(val.strip().lower())
    return texts, values


def overlap(rows):
    """Our own values and sentences that also occur in another set (only ours are reported)."""
    texts, values = other_sets()
    blob = "\n".join(texts)
    hits = []
    for row in rows:
        for sp in row["spans"]:
            v = sp["value"].lower()
            ident = sp["type"] in IDENTIFYING or (sp["type"] == "PERSON" and " " in v)
            if not ident:
                continue
            if v in values or (len(re.sub(r"\W", "", v)) >= 6 and v in blob):
                hits.append(f"{row['id']}: {sp['type']} {sp['value']}")
        for sent in re.split(r"(?<=[.!?])\s+|\n", row["text"]):
            if len(sent) >= 40 and sent.lower() in blob:
                hits.append(f"{row['id']}: sentence {sent!r}")
    # within this set: identifying values used twice
    own = {}
    for row in rows:
        for sp in row["spans"]:
            if sp["type"] in IDENTIFYING:
                key = (sp["type"], sp["value"].lower())
                if key in own and own[key] != row["id"]:
                    hits.append(f"{row['id']}: {sp['type']} {sp['value']} also in {own[key]}")
                own.setdefault(key, row["id"])
    return hits


def main():
    rows, problems, n_traps = build()
    if len(rows) != 90:
        problems.append(f"expected 90 messages, got {len(rows)}")
    problems += overlap(rows)
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {}
    for row in rows:
        for sp in row["spans"]:
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
    print(f"{len(rows)} messages, {sum(counts.values())} spans, {n_traps} look-alikes")
    for typ, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {typ:15} {n}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
