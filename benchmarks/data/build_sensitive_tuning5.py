"""Build sensitive_tuning5.jsonl from inline-annotated messages.

Fifth tuning set for privacywacht, aimed at the categories that are weakest: HEALTH (92 spans),
SPECIAL (64), CREDENTIAL (48), a few ID_DOCUMENT and BSN spans, and look-alikes of every one of
them that must stay unmarked. All other personal data in the messages is marked as well (names,
addresses, postcodes, towns, phone numbers, e-mail addresses, IBANs, customer ids, birth dates,
licence plates, card numbers, IP address, KvK, btw, URL), so the set also measures precision and
recall on everything else. It is a TUNING set: its misses are read to find which kinds of
phrasing the detectors do not know yet, so the texts vary the phrasing on purpose.

Written blind: the author read only benchmarks/data/heldout_markup.py (the markup parser and the
checksum helpers reused here) and the module docstrings of build_sensitive_heldout.py,
build_sensitive_heldout2.py, build_sensitive_heldout3.py and build_sensitive_heldout4.py (their
annotation conventions, output format, checks and overlap check, followed here unchanged), not
their code or texts. The checks and the overlap check below were written from those docstrings.
The author did not read the detectors, models, tests or bot code (pipelines/, models/, tests/,
bot/), nor the contents of any .jsonl file or of /work/shared/eval, and ran no privacywacht
detector, CLI or pipeline on these texts. Every text, name and number was invented for this set;
checksum values (BSN, IBAN, card numbers, btw, Belgian national and eID card numbers) were
generated valid with python-stdnum, and unmarked numbers that imitate them fail their checksum.
The other sets are opened only by this script, to reject overlap: a marked value of an
identifying type (numbers, codes, e-mail addresses, phone numbers, addresses, full names,
passwords; also a number whose digits equal a number of six or more digits there) that occurs in
benchmarks/data/*.jsonl (this output excluded) or /work/shared/eval/*.jsonl, or a run of eight
words shared with one of their texts, stops the build and only the colliding value (or words) of
this set is printed.

Text types (Dutch, some Flemish, English, German, French, Polish and Turkish, some mixed),
1-10 lines each, as people write to IT-service companies, web shops, employers and HR, insurers,
schools and childcare, municipalities, care providers, landlords, sports clubs, telecom, energy
companies and banks:

  hl-01..hl-44  health, varied in HOW it is said: in passing ("sinds mijn knieprothese"), as the
                reason for absence, a freeze or a refund, as a need (delivery, diet, guide dog,
                mobility scooter, quiet workplace), about a child, partner or parent, in the past
                tense ("na mijn galblaasoperatie"), as lay symptoms ("draait de hele kamer",
                "huil om niks"), as treatment ("moet weer aan de prednison", "krijg
                bestralingen"), as medication with and without dose, as lab and test results,
                mental health in everyday words, addiction and recovery ("veertien maanden
                clean"), pregnancy, IVF and a lost pregnancy in lay words, disabilities, in
                English and Flemish, misspelt ("diabetis", "altzheimer", "migrane", "asma") and
                abbreviated (ADHD, PDS, MS, POH-GGZ, PAAZ, EMDR)
  sp-01..sp-47  special categories: religious holidays and practices (Phagwa, Vesak, ramadan and
                iftar, sjabbes, orthodox Easter, adult baptism, midday prayer, a headscarf, halal
                food), conversion, leaving a church, non-belief and a Flemish ethics course,
                Jehovah's Witness; party office, candidacy, membership and activism (Volt, FvD,
                Vooruit, SP, pro-Palestine marches, an XR blockade arrest); union membership,
                dues and roles (FNV, CNV, ABVV, NVJ); sexual orientation and gender identity
                (coming out, "op vrouwen val", asexual, transgender, non-binary, gay couple,
                lesbian couple, queer); ethnicity (Moluccan, Black, Kurdish, a slur); criminal
                data (suspended sentence and probation, detention, stadium ban, suspicion of
                money laundering, a conviction and community service in English, electronic
                monitoring, a dismissed case, youth probation); biometric data (an iris scan, a child's
                fingerprint in a school canteen) and genetic data (factor V Leiden, HLA-B27, a Huntington gene carrier)
  cr-01..cr-41  credentials in varied shapes and positions: an e-mail subject, a line of its
                own, quotes, parentheses, a list of attempts, a docker-compose file, a
                .git/config token, a family chat, a bank call transcript (PIN in words), misspelt
                and foreign cues (wachtwoort, Passwort, hasło, mot de passe, şifre), an e-mail /
                password pair without a keyword, a security-question answer, a parcel-locker
                pick-up code, a TOTP secret, an OCR'd modem sticker, a phone unlock code equal to
                a birthday, a PUK, a CVC, a forwarded SMS code, a recovery code, key-safe, locker,
                gate, garage and alarm codes, a session cookie, a password in a URL, a VPN
                passphrase, a child's school-app password, a new bank PIN, a card-reader
                response, a temporary password, BIOS passwords in a spreadsheet, an SMTP config,
                an itsme code, an Apple ID form and a streaming login in a chat; with reset
                links, password policies, error codes, versions, a port, a network name and an
                analytics cookie as look-alikes
  id-01..id-09  identity documents and BSN: payroll onboarding (Ukrainian passport, residence
                permit), a Flemish enrolment with rijksregisternummer, a car-sharing driving
                licence, a German ID card, a Belgian eID card number, a file name, a municipal
                chat, a Polish ID card; with an application number, a camera file name and
                "documentnummer" without a number as look-alikes
  lk-01..lk-19  look-alikes only: IT newsletter and release notes, shop campaigns, HR notices,
                figurative speech, a cat with diabetes, an escape room and venues, a bank
                warning, a polling station, gifts, a burglary victim, a fingerprint gate, a DNA
                kit ad, a festival, a licence key, a vacancy and a team outing
  mx-01..mx-11  mixed: a webcare tweet, a job application with a profile URL, a Flemish rent
                delay, a hosting ticket (IP, KvK, btw, SSH passphrase), a public-transport card
                complaint, a team list for trainers, a car-damage note, a card block after
                detention, a staff party, a home-adaptation insurance form, a childcare benefit
                change with BSN

Markup: ⟦TYPE|value⟧ marks a span (aliases of heldout_markup: P E T A PC L LP ID CC IP DOB CR H
S C U). ⟪CAT|text⟫ marks a look-alike (CAT one of CR, H, S, ID: the category it imitates); the
markers are removed, counted and checked (a look-alike never overlaps a span of the category it
imitates, for ID neither ID_DOCUMENT nor BSN; it may coincide with a span of another type) and
not written to the JSONL. Every JSON line is
{"id", "text", "request": null, "spans": [{"start", "end", "type", "value"}]}: this set does not
label data-subject requests, so "request" is null throughout. Message ids are numbered per
prefix in the order of RAW.

Conventions are those of build_sensitive_heldout.py .. build_sensitive_heldout4.py: PERSON is
the name only, without titles or salutations, and login and user names built from a name are
PERSON, pets' names are not; ADDRESS, POSTCODE and LOCATION are separate spans; towns of
organisations, travel, hospitals and venues are unmarked; CUSTOMER_ID covers customer, member,
student, personnel, policy and public-transport card numbers; order, ticket, booking, serial and
application numbers are unmarked. CREDENTIAL is only the secret, without cue, quotes, brackets or
trailing punctuation (a "!" that belongs to the password stays); a password that contains a name,
a town or a birthday is CREDENTIAL only; a security-question answer and a parcel pick-up code
given with their value are CREDENTIAL; a product licence key is a look-alike. HEALTH and SPECIAL
are marked as worded, without articles, possessives, auxiliaries at the start, durations or
dates; lay symptoms, side effects, test results with their value, aids that reveal a condition
and care needs are HEALTH; a religious feast or practice the person observes, a conversion,
leaving a church, non-belief, party office, candidacy and activism, union dues and roles, arrest,
suspicion, detention, release and dismissed cases, a slur aimed at the person's ethnicity, a
stored biometric scan and genetic results are SPECIAL; a condition named next to a genetic result
stays HEALTH. Pets' ailments, figurative speech, products, campaigns, venues, policies and a
care provider as a business are look-alikes. Foreign identity documents after a cue and a Dutch
residence permit are ID_DOCUMENT and are listed in FOREIGN_IDS.

Checks: exact offsets; heldout_markup's checksums (BSN elfproef, IBAN, Luhn for cards, btw, BE
national and eID card numbers) and its trap check (unmarked numbers that look like BSN/card/IBAN
fail their checksum); every ID_DOCUMENT value fits one of the document formats or FOREIGN_IDS;
unmarked 3-7-2 digit groups fail the eID check; CREDENTIAL values carry no cue word, quote,
bracket or trailing punctuation; HEALTH and SPECIAL values start with no article or possessive;
no leading or trailing spaces, no overlapping spans, unique ids, at most 10 lines per message;
every occurrence of a marked value of length >= 4 (case-insensitive, whole word) lies inside a
span; look-alikes lie outside the spans of their category; plus the overlap check above. Any
failed check is printed and aborts the run without writing the JSONL (exit status 1).

Run: .venv/bin/python benchmarks/data/build_sensitive_tuning5.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from heldout_markup import check_traps, check_value, coverage, digits, parse
from stdnum.be import nn as be_nn

HERE = Path(__file__).resolve().parent
OUT = HERE / "sensitive_tuning5.jsonl"
SHARED_EVAL = Path("/work/shared/eval")

RAW = """
=== hl
Hoi, sinds mijn ⟦H|knieprothese⟧ kan ik slecht bukken. Zou de bezorger het pakket op het bankje naast de voordeur willen zetten in plaats van op de mat? Bestelling 2024-88713, ⟦A|Zwanenwater 14⟧, ⟦PC|2151 KR⟧ ⟦L|Nieuw-Vennep⟧.
Groet, ⟦P|Tineke Roodenburg⟧
=== hl
Voor het schoolkamp van groep 8: ⟦P|Jesse⟧ heeft ⟦H|coeliakie⟧ en moet ⟦H|strikt glutenvrij⟧ eten, dus ook geen broodkruimels op dezelfde snijplank. Willen jullie dat doorgeven aan de kookouders?
Alvast dank, ⟦P|Sandra Wijnbergen⟧ (moeder van ⟦P|Jesse⟧)
=== hl
Goedemorgen juf ⟦P|Annemiek⟧,
⟦P|Ravi⟧ is maandag begonnen met ⟦H|Concerta 18 mg⟧ voor zijn ⟦H|ADHD⟧. De eerste weken kan hij ⟦H|minder trek⟧ hebben; schrik dus niet als de lunchtrommel onaangeroerd mee naar huis komt.
Groetjes, ⟦P|Deepa Mangroelal⟧
=== hl
Hoi ⟦P|Bart⟧, na mijn ⟦H|galblaasoperatie⟧ van vorige maand mag ik van de chirurg nog niks zwaars tillen. Kan ik tot de bouwvak achter de balie staan in plaats van in het magazijn? Groet, ⟦P|Kees Brandsma⟧
=== hl
Ik word sinds een paar dagen ⟦H|duizelig⟧ wakker, hoor een ⟦H|piep in mijn linkeroor⟧ en als ik me in bed omdraai ⟦H|draait de hele kamer⟧. Kan ik deze week nog terecht?
⟦P|H. Boersma-Tiemens⟧, geb. ⟦DOB|12-02-1961⟧
=== hl
Goedemiddag, ik moet weer aan de ⟦H|prednison⟧ omdat mijn ⟦H|sarcoïdose⟧ opspeelt, en de apotheek zegt dat de ⟦H|maagbeschermer⟧ die ik erbij krijg niet vergoed wordt. Klopt dat? Polisnummer ⟦C|ZV-8163027⟧.
Vriendelijke groet, ⟦P|Robin Teeuwen⟧
=== hl
Beste ⟦P|Ellen⟧,
Vanaf 3 juni krijg ik ⟦H|bestralingen⟧, vijf dagen per week, zes weken lang. Ik wil in die periode graag 16 uur werken in plaats van 32. Kunnen we dat samen met P&O bespreken?
Groet, ⟦P|Evelien Schothorst⟧ (personeelsnummer ⟦C|P061947⟧)
=== hl
Hallo, de koelkast in het appartement doet het niet meer en daar bewaar ik mijn ⟦H|insuline⟧ in. Kan er vandaag nog iemand komen? Anders leg ik de pennen zolang bij de buren.
⟦P|Olaf Wiersma⟧, ⟦A|Kanaalweg 88-B⟧
=== hl
Ik zie in de app mijn uitslagen: ⟦H|TSH 7,8⟧ en ⟦H|vrij T4 verlaagd⟧. De assistente zei dat de dokter pas maandag belt. Moet ik mijn ⟦H|levothyroxine⟧ tot die tijd gewoon blijven nemen? – ⟦P|Lotte Zwiers⟧
=== hl
Hoi ⟦P|Jolanda⟧, ik red het deze week niet. Ik ben ⟦H|helemaal op⟧, ⟦H|huil om niks⟧ en ⟦H|slaap nauwelijks⟧. Morgen heb ik een afspraak bij de ⟦H|POH-GGZ⟧. Sorry dat het zo laat is. ⟦P|Sem⟧
=== hl
Ik ben nu veertien maanden ⟦H|clean⟧ en wil weer aan de slag. Bij de intake vroeg jullie collega naar het gat in mijn cv: dat was mijn ⟦H|opname in een verslavingskliniek⟧. Moet dat echt in mijn profiel bij jullie uitzendbureau staan?
⟦P|Dion Hazenberg⟧, ⟦T|06 39 12 84 07⟧
=== hl
Hoi ⟦P|Marco⟧, even vertrouwelijk: ik zit in een ⟦H|IVF-traject⟧ en de ⟦H|punctie⟧ valt waarschijnlijk in week 23, maar de precieze dag hoor ik pas twee dagen van tevoren. Kan ik die week flexibel vrij nemen? Liever niet delen in het team.
⟦P|Noor⟧
=== hl
Namens mijn moeder, mevrouw ⟦P|G. Hofstede-Brink⟧, vraag ik een ⟦H|traplift⟧ aan. Sinds haar ⟦H|herseninfarct⟧ is ze ⟦H|halfzijdig verlamd⟧ en komt ze de trap niet meer op.
Adres: ⟦A|Lindelaan 7⟧, ⟦PC|7552 CT⟧ ⟦L|Hengelo⟧
BSN moeder: ⟦BSN|843493422⟧
⟦P|Arjen Hofstede⟧, ⟦T|074-2438810⟧
=== hl
Hi, I'd like to cancel my annual membership. In March I was diagnosed with ⟦H|endometriosis⟧ and I'm on the waiting list for a ⟦H|laparoscopy⟧, so training is off the table for now. Member ID ⟦C|AMS-559102⟧.
Thanks, ⟦P|Chloe Verhagen-Brooks⟧
=== hl
Goeiendag, ons ventje ⟦P|Wannes⟧ heeft ⟦H|krentenbaard⟧ en mag van de dokter niet naar de opvang tot de zalf gewerkt heeft. Moeten we die dagen toch betalen?
Groetjes, ⟦P|Griet Vandeputte⟧
=== hl
hallo ik heb ⟦H|diabetis type 2⟧ en ⟦H|nuropathie⟧ in me voeten, hebben jullie deze wandelschoen ook in wijdte H? bestelnr 77120453
mvg ⟦P|Riekie Smeenk⟧
=== hl
Beste ⟦P|Yvonne⟧,
Door ⟦H|Ménière⟧ kan ik geen hele dagen meer met een headset op. Bij een ⟦H|draaiaanval⟧ moet ik meteen kunnen gaan liggen. De bedrijfsarts adviseert een werkplek dicht bij de rustruimte.
Met groet, ⟦P|Gerrit Pronk⟧
=== hl
Dear team, we need to cancel booking NH-6612093 (3 nights). My husband had a ⟦H|heart attack⟧ on Sunday and is still in the CCU. Is a refund possible under these circumstances?
Kind regards, ⟦P|Ingrid de Kort⟧
=== hl
Goedemiddag, mijn moeder is steeds vaker ⟦H|verward⟧ en heeft vorige week twee keer geld overgemaakt aan een 'nieuwe vriend'. Bij de geheugenpoli is ⟦H|altzheimer⟧ vastgesteld. Hoe regelen we een volmacht voor mij? Haar rekening: ⟦IBAN|NL47 RABO 4745 7750 37⟧.
⟦P|Wendy Meulenbelt⟧
=== hl
Mag ik in het appartement een ⟦H|blindengeleidehond⟧ houden? In het huurcontract staat 'geen huisdieren'. Ik heb ⟦H|retinitis pigmentosa⟧ en mijn zicht gaat hard achteruit.
Huurder ⟦A|Spoorsingel 31-3⟧, ⟦P|Kaj Verstegen⟧
=== hl
Ik ben vorige week ⟦H|overspannen⟧ thuisgekomen na de reorganisatie. De bedrijfsarts wil me over twee weken zien. Kan het beoordelingsgesprek tot die tijd worden uitgesteld? ⟦P|Jeroen Wassink⟧
=== hl
Onze dochter heeft ⟦H|smetvrees⟧ en durft zich niet om te kleden in de gedeelde kleedkamer bij het schoolzwemmen. Mag ze het ⟪H|invalidentoilet⟫ van het zwembad gebruiken?
Groet, ⟦P|Esther Wolderink⟧ (moeder van ⟦P|Jade⟧, groep 5)
=== hl
Quick heads-up voor de sprint: ik werk deze twee weken halve dagen, mijn ⟦H|long covid⟧ speelt weer op (⟦H|brain fog⟧ en ⟦H|crash na elke inspanning⟧). Bij de daily schuif ik wel aan. – ⟦P|Thijs⟧
=== hl
Ik wil graag de positiekleding uit bestelling 5530219 retourneren. Bij de echo van tien weken was er ⟦H|geen hartslag meer⟧. Ik weet dat de retourtermijn voorbij is, maar ik kan het niet meer zien hangen.
⟦P|Fleur Hamelink⟧
=== hl
Kunnen jullie betalingen aan online casino's blokkeren op mijn rekening? Ik ben in behandeling voor ⟦H|gokverslaving⟧ en wil het mezelf zo moeilijk mogelijk maken. Rekening ⟦IBAN|NL51 INGB 2475 1463 56⟧, ⟦P|Tarik Bouzian⟧
=== hl
Dag, ik was drie weken ⟦H|opgenomen op de PAAZ⟧. Moet ik het getuigschrift zelf naar de mutualiteit sturen of doet het ziekenhuis dat?
Lidnummer ⟦C|4471093⟧, ⟦P|Bram Vercauteren⟧
=== hl
Before the trip to Kraków: I take ⟦H|sertraline⟧ and ⟦H|lamotrigine⟧ every day. Do I need a medicine passport or a doctor's letter for this? Booking ref TRV-22871. ⟦P|Anouk Pieterse⟧
=== hl
Beste mentor, ⟦P|Isa⟧ wordt sinds januari behandeld voor ⟦H|anorexia⟧. Het behandelteam vraagt of ze voorlopig niet mee hoeft met gym en of er bij het eten in de pauze een vaste volwassene in de buurt kan zijn.
Met vriendelijke groet, ⟦P|Carla Nijland⟧
=== hl
⟦P|Tijn⟧ (welpen) is ⟦H|allergisch voor wespen⟧ en heeft altijd een ⟦H|EpiPen⟧ in het voorvakje van zijn rugzak. Weten alle leiders hoe die werkt? Anders kom ik het zaterdag even voordoen. ⟦P|Mark Tolhuis⟧
=== hl
Ik heb ⟦H|constitutioneel eczeem⟧ en reageer op het parfum in jullie wasmiddel 'Frisse Lente', ondanks het label ⟪H|geschikt voor de gevoelige huid⟫. Kan ik de overgebleven flessen retourneren? Ordernr. 30098122, ⟦P|Ilse Wagemaker⟧
=== hl
Ik heb ⟦H|narcolepsie⟧ met ⟦H|kataplexie⟧ en gebruik ⟦H|natriumoxybaat⟧. Mag ik al rijlessen nemen voordat mijn Eigen verklaring is goedgekeurd? ⟦P|Luuk Bosveld⟧, ⟦T|06-53817264⟧
=== hl
Ik heb ⟦H|PDS⟧ en moet soms snel naar de wc. Zou mijn plek bij de nieuwe indeling van de afdeling dicht bij het toilet kunnen? ⟦P|Joost Hendrikx⟧
=== hl
Excuses voor de achterstand in de huur van ⟦A|Oude Gracht 56-bis⟧. Mijn zoon ⟦P|Daan⟧, de huurder, is na een ⟦H|psychose⟧ ⟦H|gedwongen opgenomen⟧ en kan zelf niks regelen. Ik betaal de achterstand vanaf ⟦IBAN|NL42 ABNA 5468 3495 84⟧.
⟦P|Petra Zandvliet⟧
=== hl
[14:02] ⟦P|Marloes⟧ (klantenservice): Waarmee kan ik u helpen?
[14:03] klant: ik heb mijn AOV-uitkering aangevraagd maar hoor niks. ik had ⟦H|suïcidale gedachten⟧ en krijg nu ⟦H|EMDR⟧, werken lukt echt niet
[14:04] ⟦P|Marloes⟧ (klantenservice): Wat vervelend om te horen. Mag ik uw polisnummer?
[14:04] klant: ⟦C|AOV-20417783⟧
=== hl
hoi ⟦P|Naomi⟧! ⟦P|Jurre⟧ heeft ⟦H|asma⟧ en in mei ook ⟦H|hooikoors⟧ dus hij neemt zn ⟦H|puffer⟧ mee op schoolreis, wil jij die bij je houden? thx ⟦P|Mo⟧
=== hl
Voicemail 09:14 (automatisch uitgeschreven):
"ja hallo met ⟦P|gerda pelleboer⟧ ik bel over de ⟦H|morfinepleisters⟧ van mijn man ⟦P|klaas⟧ die zijn bijna op en het herhaalrecept is nog niet binnen wilt u even terugbellen naar ⟦T|nul zes een twee vier vier acht drie zeven vijf⟧ dank u wel"
=== hl
[07:12] ⟦P|Jorrit⟧: goeiemorgen, ik meld me ziek, ⟦H|migrane⟧ met ⟦H|aura⟧ en ik ⟦H|zie wazig⟧. bel later als het kan
[07:15] ⟦P|Sanne Kuipers⟧: beterschap! ik zet het in AFAS
=== hl
Beste, ik ben ⟦H|in verwachting⟧ van ons tweede en de gynaecoloog raadt af om nog met chemische producten te werken. Kan ik tijdelijk een andere taak krijgen dan het poetsen van de labo's? Mvg, ⟦P|Eline Desmet⟧
=== hl
Ik heb sinds kort een ⟦H|scootmobiel⟧ omdat ik door mijn ⟦H|MS⟧ niet meer ver kan lopen. Mag ik die in de gezamenlijke fietsenberging opladen? Er is daar een stopcontact.
⟦A|Kervelstraat 19⟧, ⟦P|Ria Hoogendoorn⟧
=== hl
Mijn vrouw heeft een ⟦H|postnatale depressie⟧ en ligt met de baby op de moeder-kindafdeling. Kan ⟦P|Lina⟧ (3 jaar) tijdelijk een extra dag naar de opvang? ⟦P|Wessel Bakker⟧
=== hl
Goedemiddag, de uitslag van de thuistest die ik bij jullie kocht was ⟦H|positief op chlamydia⟧. Zit er in het pakket ook een test voor mijn partner, of moet ik een nieuwe bestellen? ⟦E|anoniem.k.l@gmail.com⟧
=== hl
Ik heb ⟦H|psoriasis⟧ op mijn armen en benen. Zaterdag klaagde een andere bezoeker in de sauna bij jullie medewerker over mijn huid. Het is niet besmettelijk! Mogen jullie mij dan vragen te vertrekken? ⟦P|Geert Schuitemaker⟧
=== hl
Ik heb ⟦H|autisme⟧ en ben erg ⟦H|prikkelgevoelig⟧. In de nieuwe flexwerkplekken kan ik me niet concentreren. Mag ik een vaste plek in de stilteruimte of een noise-cancelling koptelefoon van de zaak? ⟦P|Ruben⟧
=== hl
Ik kom vandaag later, ben met ⟦P|Jochem⟧ naar de SEH, hij is van de trampoline gevallen en heeft waarschijnlijk een ⟦H|gebroken sleutelbeen⟧. Ik laat het weten. ⟦P|Kirsten⟧
=== sp
Hoi ⟦P|Shanti⟧, mag ik vrijdag 14 maart een vrije dag opnemen voor ⟦S|Phagwa⟧? Wij vieren het met de hele familie bij de mandir in Den Haag. Groetjes, ⟦P|Anjali Ramsaran⟧
=== sp
Beste ⟦P|Hans⟧, sinds mijn ⟦S|bekering tot de islam⟧ vorig jaar wil ik op het werk ook het ⟦S|middaggebed⟧ doen. Is er een ⟪S|stilteruimte⟫ of kan ik een leeg vergaderhokje gebruiken? Het duurt maar tien minuten.
⟦P|Kevin Pauwels⟧
=== sp
Beste meester ⟦P|Ruud⟧, ⟦P|Hiba⟧ ⟦S|draagt een hoofddoek⟧ sinds deze zomer. Mag ze bij gym en bij het schoolzwemmen een sporthoofddoek dragen, of moet dat via de directie?
Met vriendelijke groet, ⟦P|Samira El Ouali⟧
=== sp
Zitten er in de zure matten van jullie snoepmix varkensgelatine? Wij ⟦S|eten strikt halal⟧ en op het etiket staat alleen 'gelatine'. In jullie ⟪S|halal-assortiment⟫ staat deze mix niet. ⟦P|Yasmina⟧
=== sp
Meneer ⟦P|Krijgsman⟧, de nieuwe voordeur gaat alleen nog open met de app. Wij ⟦S|houden sjabbes⟧ en gebruiken van vrijdagavond tot zaterdagavond geen telefoon. Kunnen we ook een gewone sleutel krijgen?
⟦P|Avraham Levie⟧, ⟦A|Beethovenstraat 140-2⟧
=== sp
Geachte ledenadministratie,
Ik ben ⟦S|uit de kerk gestapt⟧ en wil dat mijn gegevens uit het ledenbestand worden verwijderd, ook bij de ⟪S|actie Kerkbalans⟫. Ik wil geen post meer ontvangen.
⟦P|Johanna Dekker-Slingerland⟧, ⟦A|Hoofdweg 12⟧, ⟦L|Nieuw-Beerta⟧
=== sp
Goeiemiddag, wij zijn ⟦S|niet-gelovig⟧ en willen dat ⟦P|Mathis⟧ vanaf september ⟦S|niet-confessionele zedenleer⟧ volgt in plaats van ⟪S|katholieke godsdienst⟫. Welk formulier moeten we daarvoor invullen?
Vriendelijke groeten, ⟦P|Koen Verbruggen⟧
=== sp
Voor de ⟦H|heupoperatie⟧ op 2 juli: ik ben ⟦S|Getuige van Jehova⟧ en heb een ingevulde wilsverklaring over bloedproducten. Aan wie kan ik die vooraf geven?
⟦P|Wilma Hoekman⟧, patiëntnummer ⟦C|7739201⟧
=== sp
Hallo ⟦P|Peter⟧, ik ben ⟦S|boeddhist⟧ en zou graag op 12 mei vrij willen voor ⟦S|Vesak⟧. Ik kan de uren op zaterdag inhalen als dat helpt.
⟦P|Thanh Nguyen-Bakker⟧
=== sp
Coach, ik ⟦S|doe mee met de ramadan⟧, dus de trainingen om 19:00 zijn pittig. Mag ik na ⟦S|iftar⟧ bij de late groep aansluiten? ⟦P|Anass⟧
=== sp
Kan ik mijn dienst van zondag 20 april ruilen? Ik ben ⟦S|Grieks-orthodox⟧ en dat weekend vieren wij ⟦S|orthodox Pasen⟧. Met Kerst werk ik wel gewoon. ⟦P|Nikos Papadakis⟧
=== sp
Hoi ⟦P|Manon⟧, op zondag 8 juni ⟦S|laat ik me volwassen dopen⟧ in onze ⟦S|baptistengemeente⟧. Kan ik die zondag en de maandag erna vrij krijgen?
⟦P|Jordy⟧
=== sp
Bij de kerstlunch gaat de directeur elk jaar voor in gebed. Ik ben ⟦S|atheïst⟧ en voel me daar ongemakkelijk bij; kan dat onderdeel facultatief worden? Graag vertrouwelijk. ⟦P|Rianne Veltkamp⟧
=== sp
Moet ik mijn nevenfunctie als ⟦S|gemeenteraadslid voor Volt⟧ melden bij HR? Het gaat om ongeveer acht uur per week, vooral 's avonds. ⟦P|Daphne Stroeve⟧
=== sp
Hoi ⟦P|Monique⟧, ik was gisteren niet op mijn werk omdat ik ⟦S|opgepakt ben bij de XR-blokkade⟧ op de A12. Ik ben pas 's avonds vrijgelaten en had mijn telefoon niet. Ik schrijf er een vrije dag voor. ⟦P|Tobias⟧
=== sp
Ik zeg mijn abonnement op. Als ⟦S|FvD-lid⟧ hoef ik geen ⟪S|regenboogcampagne⟫ in mijn mailbox. Klantnummer ⟦C|K-2209187⟧.
⟦P|H. Grootveld⟧
=== sp
Beste, ik sta in oktober ⟦S|op de lijst van Vooruit⟧ voor de gemeenteraad. Moet ik dat als leerkracht melden aan de directie of het schoolbestuur? ⟦P|Jasper Maes⟧
=== sp
Hi HR, a colleague keeps making snide remarks since he found out I'm ⟦S|active in the SP⟧ and hand out flyers on Saturdays. Who can I talk to about this? ⟦P|Marieke Vos-Ellis⟧
=== sp
Ik ben al zes jaar ⟦S|lid van FNV Zorg & Welzijn⟧. Mijn werkgever heeft me op non-actief gezet nadat ik op Instagram liet zien dat ik ⟦S|meeloop in pro-Palestijnse demonstraties⟧. Mag dat zomaar?
⟦P|Leila Haddou⟧, lidnummer ⟦C|FNV-7713029⟧
=== sp
Kunnen jullie mijn ⟦S|contributie voor CNV Vakmensen⟧ meenemen in de werkkostenregeling? Zo staat het in de cao. (Dit is iets anders dan mijn plek in de ⟪S|ondernemingsraad⟫.) ⟦P|Ferry Lammers⟧
=== sp
Geachte, als ⟦S|syndicaal afgevaardigde van het ABVV⟧ vraag ik namens mevrouw ⟦P|Peeters⟧ inzage in haar dossier. Zij geeft daar schriftelijk toestemming voor.
⟦P|Dirk Van Hoorebeke⟧
=== sp
Hello, as an ⟦S|NVJ member⟧ I should get a discount on the legal expenses insurance for freelancers, but the online form doesn't accept my membership number ⟦C|NVJ-40219⟧. ⟦P|Sophie Landa⟧
=== sp
Beste mentor, ⟦P|Luca⟧ is onlangs ⟦S|uit de kast gekomen⟧ en wordt sindsdien in de klassenapp uitgescholden. Wij hebben screenshots. Wanneer kunnen we langskomen?
⟦P|Bianca Hermans⟧
=== sp
Sinds een paar collega's weten dat ik ⟦S|op vrouwen val⟧, worden er bij de koffieautomaat grappen gemaakt. Bij wie kan ik dit vertrouwelijk melden? ⟦P|Ilona⟧
=== sp
Ik heb in mijn profiel gezet dat ik ⟦S|aseksueel⟧ ben en krijg nu alleen maar nare berichten. Kunnen jullie dat veld verbergen voor mensen met wie ik geen match heb? Gebruikersnaam ⟦P|jorien_w⟧
=== sp
Ik ben ⟦S|transgender⟧ en heet sinds kort officieel ⟦P|Robin⟧. In jullie systeem staat nog ⟦P|Roberta Meijerink⟧. Omdat ik ⟦H|testosteron⟧ gebruik, klopt ook de aanhef 'mevrouw' niet meer. Kunnen jullie dat aanpassen? Klantnummer ⟦C|300-129-884⟧
=== sp
Hoi! Ik ben ⟦S|non-binair⟧; kunnen jullie de aanhef 'Geachte heer' in de mails weglaten? Gewoon 'Hoi Sam' is prima.
⟦E|sam.vlietstra@proton.me⟧
=== sp
Toen de makelaar hoorde dat wij een ⟦S|homostel⟧ zijn, was de woning opeens 'al verhuurd'. Mijn ⟪S|vriend en ik⟫ willen hier een klacht over indienen bij jullie meldpunt. ⟦P|Gijs Oosterbaan⟧
=== sp
Dag, wij zijn een ⟦S|lesbisch koppel⟧ en willen onze dochter inschrijven, maar op het formulier staat alleen 'vader' en 'moeder'. Mogen we gewoon twee keer 'moeder' invullen? ⟦P|Hanne⟧ en ⟦P|Evi⟧
=== sp
I'm ⟦S|queer⟧ and I'd rather not have my partner listed as 'husband' on the policy. Can the field say 'partner'? Policy ⟦C|HL-5502917⟧, ⟦P|Jamie Okonkwo⟧
=== sp
Ik ben van ⟦S|Molukse afkomst⟧ en wil graag in aanmerking komen voor een woning in de ⟪S|Molukse wijk⟫. Mijn inschrijfnummer is ⟦C|WN-2203918⟧. ⟦P|Johnny Latumahina⟧
=== sp
Zaterdag werd ik bij jullie club geweigerd 'omdat het vol was', terwijl mijn vrienden daarna gewoon naar binnen mochten. Het was duidelijk omdat ik ⟦S|zwart⟧ ben. Ik wil de camerabeelden laten bewaren. ⟦P|Kwabena Boateng-Visser⟧
=== sp
Voor de afspraak bij het Wmo-loket: wij zijn ⟦S|Koerdisch⟧ en mijn vader spreekt geen Turks. Kan er een tolk Kurmanci komen? ⟦P|Azad Demir⟧, ⟦T|06 47 30 19 62⟧
=== sp
Een klant weigerde gisteren door mij geholpen te worden en noemde me een ⟦S|vuile Marokkaan⟧. De teamleider zei dat ik het moest laten gaan. Kan ik dit bij jullie als vertrouwenspersoon melden? ⟦P|Younes⟧
=== sp
Ik heb in 2019 een ⟦S|voorwaardelijke celstraf⟧ gekregen en zit nog in mijn ⟦S|proeftijd⟧. Krijg ik dan wel een VOG voor het leerlingenvervoer? ⟦P|Ricardo Bell⟧
=== sp
Mijn man is ⟦S|gedetineerd⟧; ik wil namens hem zijn mobiele abonnement stopzetten. Een getekende machtiging heb ik bijgevoegd. Het gaat om ⟦T|06-17208453⟧, op naam van ⟦P|Erwin Schaap⟧.
=== sp
Mijn lidmaatschap van de supportersvereniging is geblokkeerd vanwege een ⟦S|stadionverbod⟧ dat volgens mij al in februari afliep. Lidnummer ⟦C|SV-119284⟧. ⟦P|Niels Wubben⟧
=== sp
Mijn rekening is bevroren omdat ik ⟦S|verdacht word van witwassen⟧. Mijn advocaat neemt contact met jullie op, maar ik moet wel mijn huur kunnen betalen. ⟦P|Sergio Martina⟧
=== sp
For the security officer position: I was ⟦S|convicted of assault⟧ in 2015 and did ⟦S|community service⟧. Since then I have a clean record. Should I mention this in the form? ⟦P|Dwayne Richards⟧
=== sp
Ik sta nog tot eind augustus ⟦S|onder elektronisch toezicht⟧ en mag na acht uur 's avonds niet buiten. Kan de keuken overdag geplaatst worden? Bestelbon 2024/7719. ⟦P|Jens Wouters⟧
=== sp
Hoi bestuur, de ⟦S|zaak tegen mij is geseponeerd⟧. Mag ik dan weer meedoen met de competitie, of blijft de schorsing staan? ⟦P|Remco⟧
=== sp
Onze zoon valt onder de ⟦S|jeugdreclassering⟧ en heeft elke dinsdagmiddag een afspraak. Kan hij dan het laatste uur missen? ⟦P|Bert⟧ en ⟦P|Nel Fokkema⟧
=== sp
Bij de inschrijving op jullie beurs is een ⟦S|irisscan⟧ van mij gemaakt voor de toegangspas. Ik wil dat die gewist wordt. ⟦E|lars.devos@telenet.be⟧
=== sp
Goedemiddag, ik wil dat de ⟦S|vingerafdruk⟧ van onze zoon ⟦P|Noah Brinkhuis⟧ (klas 2B) uit het betaalsysteem van de kantine wordt verwijderd. Wij hebben daar nooit toestemming voor gegeven. ⟦P|Kim Brinkhuis⟧
=== sp
Uit erfelijkheidsonderzoek bleek dat ik ⟦S|heterozygoot voor factor V Leiden⟧ ben, na een ⟦H|trombosebeen⟧ vorig jaar. Moet ik dat melden bij de aanvraag van de overlijdensrisicoverzekering? ⟦P|Anouk Schreurs⟧
=== sp
Ik heb ⟦H|Bechterew⟧ en ben ⟦S|HLA-B27-positief⟧. De keuringsarts van jullie AOV vraagt nu ook naar ⟪S|'erfelijke aanleg'⟫. Waarom is dat nodig? ⟦P|Martijn Vrolijk⟧
=== sp
Mijn vader had de ⟦H|ziekte van Huntington⟧ en ik ben getest: ik ben ⟦S|gendrager⟧. Mag de hypotheekverstrekker daarnaar vragen? ⟦P|E. Zwart⟧
=== cr
Onderwerp: inloggen lukt niet met ⟦CR|Vlinderstrik!62⟧

Zie onderwerp, dat is toch gewoon mijn wachtwoord? Ik krijg steeds 'ongeldige combinatie'. Account ⟦E|m.terlouw@hotmail.com⟧
⟦P|Margriet Terlouw⟧
=== cr
Ik kom niet in de ouderportal van school. Gebruikersnaam is ⟦P|kimberly.tjon⟧, het wachtwoord stond op het briefje van de mentor:

⟦CR|Mx7#tKq2⟧

Of heb ik het verkeerd overgetypt? ⟦P|Kimberly Tjon-A-Fong⟧
=== cr
[klant] ik heb echt "⟦CR|Appelflap2019⟧" ingevuld en dan zegt hij fout
[⟦P|Tess⟧, webwinkel] Stuurt u liever nooit uw wachtwoord mee. Ik stuur een ⟪CR|resetlink⟫ naar het e-mailadres van uw account.
[klant] ok top
=== cr
Nieuwe laptop voor ⟦P|Sander Hooijberg⟧ staat klaar bij de receptie (lokaal account ⟦P|shooijberg⟧, ww ⟦CR|hK8#mP2v!⟧). Graag bij eerste login wijzigen, ⟪CR|minimaal 14 tekens⟫.
=== cr
Ik heb deze allemaal geprobeerd:
- ⟦CR|Kievit1978⟧
- ⟦CR|kievit1978!⟧
- ⟦CR|Kievit_1978⟧
Na de derde keer zat ik op slot (⟪CR|foutcode AUTH-423⟫). Kunnen jullie mijn account ⟦C|LMS-008812⟧ vrijgeven? ⟦P|Gerard Timmer⟧
=== cr
Onze Nextcloud-container start niet meer na de update. Compose-file:
services:
  db:
    image: mariadb:⟪CR|10.11⟫
    environment:
      MYSQL_USER: nextcloud
      MYSQL_PASSWORD: ⟦CR|Tr0mpet-Zwaluw-88⟧
In de logs staat 'Access denied for user'. – ⟦P|Pieter⟧
=== cr
Waarom werkt pushen niet meer? Dit staat in mijn .git/config:
[remote "origin"]
    url = https://⟦P|lvandermeer⟧:⟦CR|glpat-Xw3pR8sNq2LkT7vYc9Hd⟧@gitlab.com/⟦P|lvandermeer⟧/scriptie.git
Foutmelding: HTTP Basic: Access denied. Is mijn token verlopen?
=== cr
[18:03] ⟦P|Mila⟧: code van het hek bij oma is ⟦CR|4-7-1-9⟧ en dan op het sleuteltje drukken
[18:04] ⟦P|Jop⟧: 👍 en de voordeur?
[18:04] ⟦P|Mila⟧: sleutel ligt onder de derde bloempot
=== cr
Transcript klantgesprek 11-03 10:21
Klant: ja mijn pas is ingeslikt bij de automaat bij de Hema
Medewerker: vervelend, ik blokkeer hem direct. Mag ik uw naam?
Klant: ⟦P|jacobus tuinstra⟧. moet u ook de pincode, dat is ⟦CR|twee acht nul vijf⟧
Medewerker: nee meneer, die mag u nooit noemen, ook niet aan ons
=== cr
wachtwoort is ⟦CR|Zonnedauw88⟧ maar de app blijft zeggen dat het fout is. hellup!! klantnr ⟦C|300-887-120⟧
=== cr
Hallo Frau ⟦P|Becker⟧, willkommen in Domburg! Das WLAN heißt ⟪CR|Zeeland-Gast⟫, Passwort: ⟦CR|Dünenwind2023⟧. Der Schlüssel liegt im Kasten neben der Tür, Code ⟦CR|8417⟧.
Viel Spaß! ⟦P|Corrie⟧
=== cr
Dzień dobry, nie mogę się zalogować do portalu uren. login: ⟦P|k.nowakowski⟧ hasło: ⟦CR|Wisla!2024⟧
Kunnen jullie helpen? Ik moet vandaag mijn uren invullen. ⟦P|Krzysztof Nowakowski⟧
=== cr
Bonjour, je n'arrive pas à me connecter à mon espace client. Identifiant ⟦E|c.lambert.1988@skynet.be⟧, mot de passe : ⟦CR|Soleil-Levant7⟧. Merci de vérifier. ⟦P|Céline Lambert⟧
=== cr
Ik log in met ⟦E|roel.kuiper79@gmail.com⟧ en ⟦CR|Zw3mbad#Oost⟧ en krijg dan error 403. Met de app gaat het wel goed. ⟦P|Roel⟧
=== cr
Ik ben mijn wachtwoord vergeten en de sms komt niet aan. Het antwoord op mijn beveiligingsvraag (naam eerste huisdier) is ⟦CR|Snuffel⟧, kunnen jullie daarmee verifiëren? Rekeningnummer ⟦IBAN|NL88 RABO 6639 2332 14⟧
=== cr
Hoi ⟦P|Ayoub⟧, kun jij vanmiddag mijn pakket uit de automaat bij de Jumbo halen? De ophaalcode is ⟦CR|558 204⟧. Thanks! ⟦P|Nora⟧
=== cr
Bij het instellen van tweestapsverificatie kon ik de QR-code niet scannen, dus ik kreeg deze sleutel: ⟦CR|K4ZQ MX7B P2LD R9TW⟧. Nu heb ik een nieuwe telefoon en werkt de authenticator niet meer. Wat nu? ⟦P|Bas Eijkelenboom⟧
=== cr
Foto van de sticker onder het modem (OCR):
SSID: ⟪CR|H368N-7F21C0⟫
WPA2-sleutel: ⟦CR|cXq7 Rz2m Ht9k⟧
Met de laptop lukt het verbinden wel, met de printer niet. ⟦P|Wil Jacobs⟧, ⟦A|Esdoornlaan 3⟧
=== cr
Reparatieformulier
Toestel: iPhone 13, scherm gebarsten
Toegangscode: ⟦CR|190388⟧ (mijn verjaardag, weet ik...)
Naam: ⟦P|Jesse Plomp⟧, tel. ⟦T|06-40917382⟧
=== cr
Mijn gsm vraagt de PUK-code. Op de kaart van Proximus staat ⟦CR|51846203⟧ maar die werkt niet. Nog twee pogingen. Help! ⟦P|Ward⟧
=== cr
betaling lukt niet, ik typ ⟦CC|5116 7821 0602 2091⟧ geldig tot 09/27 en cvc ⟦CR|418⟧ wat doe ik fout?? bestelling 4471920
=== cr
Is dit echt van jullie? Ik kreeg: 'Uw verificatiecode is ⟦CR|483 920⟧. Deel deze code met niemand.' en twee minuten later belde iemand die namens de bank om die code vroeg. Ik heb hem niet gegeven. ⟦P|Ans van Wijngaarden⟧
=== cr
Mijn Microsoft-account is gehackt. Ik heb nog de herstelcode die ik toen heb opgeschreven: ⟦CR|7QK2B-H9XPM-4RTWD-C8JFN-Y3VLS⟧. Waar vul ik die in? ⟦E|gwen.hoekstra@live.nl⟧
=== cr
Welkom in ons huisje! De sleutel hangt in het kastje links naast de deur, combinatie ⟦CR|3916⟧. Wifi staat op het kaartje in de keuken. Fijn verblijf, ⟦P|Joke⟧ & ⟦P|Ad⟧
=== cr
Ik ben de code van mijn kluisje vergeten (nummer 44). Ik dacht ⟦CR|6102⟧ of ⟦CR|6012⟧ maar allebei fout. Kan iemand het openen? Mijn pasje zit erin. ⟦P|Fatma⟧
=== cr
Request headers na inloggen:
Cookie: _ga=⟪CR|GA1.2.118273.1718001234⟫; session_id=⟦CR|9f2c1e7a4b8d4f60a3e5c7b21d0e8f95⟧
Ingelogd als ⟦P|ahmed.bouali⟧ zie ik het dashboard van een andere klant!
=== cr
Deze link van jullie collega werkt niet: https://portal.huurwijzer-demo.nl/login?user=⟦P|kvandommelen⟧&pass=⟦CR|Hazelnoot55⟧ — klopt dat wachtwoord nog? ⟦P|Karin van Dommelen⟧
=== cr
My account is ⟦E|t.okafor@outlook.com⟧, pwd ⟦CR|Harbourlight-42⟧. Please just reset it, I can't get into that mailbox anymore. ⟦P|Tunde Okafor⟧
=== cr
Hoi servicedesk, mijn passphrase voor de VPN is ⟦CR|paarse giraf eet zeven wafels⟧ en sinds vanochtend wordt die niet meer geaccepteerd. Verlopen? ⟦P|Yara⟧
=== cr
Juf, ⟦P|Lieke⟧ is haar inlog voor Snappet kwijt. Volgens mij was het ⟦CR|banaan44⟧, maar dat werkt niet. ⟦P|Maaike⟧
=== cr
Ik heb mijn nieuwe pincode per post gekregen (⟦CR|8036⟧) maar de pas werkt nog niet in de winkel. De pas eindigt op 4471. ⟦P|Gerrit Mulder-Kooi⟧
=== cr
De Rabo Scanner gaf ⟦CR|93047712⟧ als code maar de website zegt 'onjuiste invoer'. Ik heb het drie keer geprobeerd. ⟦P|Dineke Post⟧
=== cr
Hoi ⟦P|Nina⟧, je tijdelijke wachtwoord voor Exact is ⟦CR|Welkom-3721⟧. ⟪CR|Het verloopt na 24 uur⟫, dus log vandaag nog even in. Groet, ⟦P|Frank⟧ (ICT)
=== cr
inventaris.xlsx (tabblad Laptops)
laptop-07 | SN 5CD2047XQ1 | BIOS ⟦CR|Fn4!kq⟧ | gebruiker ⟦P|Jeroen Sips⟧
laptop-08 | SN 5CD2047XR8 | BIOS ⟦CR|Rb8?wz⟧ | gebruiker ⟦P|Ans Teunissen⟧
=== cr
Sinds de verhuizing van de server komt er geen mail meer uit de kassa. Instellingen:
[smtp]
host = mail.bakkerijdezon.nl
user = ⟦E|jolien@bakkerijdezon.nl⟧
password = ⟦CR|Krentenbol#19⟧
port = ⟪CR|587⟫
=== cr
Ik heb mijn itsme-code (⟦CR|46128⟧) aan mijn zoon gegeven om iets te regelen en nu zie ik rare transacties. Wat moet ik doen? ⟦P|Rita Goossens⟧
=== cr
Beste ⟦P|Van Gestel⟧, de garagepoort opent niet meer met de afstandsbediening. Met de code ⟦CR|4083⟧ op het klavier gaat hij wel open. Kan er iemand naar kijken? ⟦P|Stefan⟧, ⟦A|Molenweg 9 bus 2⟧
=== cr
Apple ID: ⟦E|femke.haagsma@icloud.com⟧
Wachtwoord Apple ID: ⟦CR|Zeilboot!Sneek1⟧
Toestelcode: geen
Probleem: iPad blijft hangen op het activeringsslot. ⟦P|Femke Haagsma⟧
=== cr
Merhaba, şifremi unuttum. Eski şifre ⟦CR|Lale1453⟧ idi, nieuwe aanvragen lukt niet want de mail gaat naar mijn oude adres. ⟦P|Tolga Yazıcıoğlu⟧, ⟦T|+31 6 29 81 40 57⟧
=== cr
[21:14] ⟦P|Rik⟧: wat was het ook alweer voor de Disney+?
[21:15] ⟦P|Lotte⟧: ⟦E|lotte.berends@gmail.com⟧
[21:15] ⟦P|Lotte⟧: ⟦CR|BankstelKussen77⟧
[21:16] ⟦P|Rik⟧: topppp
=== cr
Installateur is geweest maar het alarm gaat steeds af. Hij heeft de gebruikerscode op ⟦CR|8093⟧ gezet; moet ik die zelf wijzigen in de app? ⟪CR|Foutmelding E12⟫ staat nog op het display. ⟦P|Marco Zijlstra⟧
=== id
Gegevens nieuwe medewerker voor de salarisadministratie:
Naam: ⟦P|Oksana Hrytsenko⟧
Geboortedatum: ⟦DOB|17-06-1994⟧
BSN: ⟦BSN|954493308⟧
IBAN: ⟦IBAN|NL03 TRIO 2513 4861 00⟧
Oekraïens paspoort: ⟦ID|FT739502⟧
Verblijfsdocument: ⟦ID|W07163948⟧
⟪ID|Kopie ID volgt per post⟫.
=== id
Inschrijving 1e bachelor: ⟦P|Ferre Janssens⟧, rijksregisternummer ⟦ID|05.06.14-086.58⟧, ⟦A|Kapelstraat 78⟧, ⟦PC|2200⟧ ⟦L|Herentals⟧. De inschrijvingsbevestiging 2024-55120 heb ik nog niet ontvangen.
=== id
Voor het autodelen vraagt de app mijn rijbewijsnummer. Ik heb ⟦ID|5127439086⟧ ingevuld maar hij zegt 'ongeldig'. Het rijbewijs is geldig tot 2031. ⟦P|Tom Bierings⟧, ⟦T|06-19283047⟧
=== id
Hallo, mein Personalausweis hat die Nummer ⟦ID|LZ6311T47⟧; reicht das für den Mietvertrag oder brauchen Sie eine Kopie? ⟦P|Jonas Albrecht⟧
=== id
Mijn nieuwe eID is aangekomen; het kaartnummer is ⟦ID|595-8304988-60⟧. Kunnen jullie dat aanpassen zodat ik weer kan inloggen op mijn klantenzone? Klantnummer ⟦C|PX-44120987⟧, ⟦P|Lien Van Acker⟧
=== id
Bijlagen:
- loonstrook_maart.pdf
- scan_idkaart_⟦ID|IR7K2D9P4⟧.pdf
- ⟪ID|IMG_20240412_181520.jpg⟫
Groet, ⟦P|Joyce Hazeleger⟧
=== id
[gemeente chat] Ik heb de bijzondere bijstand aangevraagd, BSN ⟦BSN|839220601⟧, ⟪ID|aanvraagnummer 216216407⟫. Wanneer hoor ik iets? ⟦P|Sharon Lindeboom⟧
=== id
Wij hebben een kopie van het paspoort nodig voor de huurovereenkomst. Het ⟪ID|documentnummer⟫ mag u afschermen, maar uw pasfoto niet. ⟦P|Mireille⟧ namens Verhuurbeheer Oost
=== id
Ik probeer in de bank-app mijn ID te scannen maar hij leest mijn Poolse dowód niet. Nummer: ⟦ID|CKR418263⟧, geldig tot 2029. ⟦P|Magdalena Wójcik⟧
=== lk
Nieuwsbrief ICT-beheer april: we voeren dit weekend een ⟪H|health check⟫ uit op alle servers en vernieuwen de ⟪H|virusscanner⟫. Nieuw ⟪CR|wachtwoordbeleid⟫: ⟪CR|minimaal twaalf tekens, elke 180 dagen wijzigen⟫. Deel nooit je ⟪CR|MFA-code⟫ met iemand, ook niet met ons.
=== lk
Nieuw in de webshop: de ⟪S|Ramadan-collectie⟫ met dadels en lantaarns, onze ⟪S|Pride-sokken⟫ en het ⟪S|koosjere⟫ wijnassortiment. Gebruik code ⟪CR|LENTE15⟫ voor 15% korting.
=== lk
Beste collega's, vanaf 1 mei geldt het nieuwe ⟪H|verzuimprotocol⟫. Ziekmelden doe je voor 9 uur bij je leidinggevende; over de ⟪H|Ziektewet⟫ en de ⟪H|griepprik⟫ voor iedereen volgt een aparte mail. Het ⟪S|vakbondsoverleg⟫ over de cao is op 15 mei. Groet, P&O
=== lk
Jullie app is echt ⟪H|om ziek van te worden⟫. Ik ⟪H|word gek⟫ van de updates en mijn ⟪H|geduld is op⟫. Bestelling 88120447 staat al drie dagen op 'verwerkt'.
=== lk
Onze kater Bolletje heeft ⟪H|suikerziekte⟫ en moet 's ochtends en 's avonds een prik ⟪H|insuline⟫ hebben. Valt dat onder de dierenverzekering? Polis ⟦C|DV-2019384⟧
=== lk
Voor het bedrijfsuitje hebben we ⟪S|De Gevangenis⟫ escape room geboekt, daarna eten bij de ⟪S|Turkse pizzeria⟫ naast de ⟪S|moskee⟫. Wie nog allergieën heeft, graag doorgeven aan de organisatie.
=== lk
Let op: de bank vraagt nooit om uw ⟪CR|pincode⟫ of ⟪CR|inlogcode⟫, ook niet telefonisch. Krijgt u een sms met een ⟪CR|verificatiecode⟫ die u niet heeft aangevraagd? Bel dan direct 088-1234000.
=== lk
Op 29 oktober is het stemlokaal in de ⟪S|Sint-Bavokerk⟫. Vergeet uw stempas niet en neem ook een ⟪ID|geldig identiteitsbewijs⟫ mee. De ⟪S|verkiezingsdebatten⟫ van alle partijen zijn terug te kijken op de site.
=== lk
Hebben jullie de ⟪H|bloeddrukmeter⟫ van Omron weer op voorraad? Het is een cadeautje voor mijn vader die alles wil meten. En is het ⟪H|anti-allergie⟫ kussen wasbaar op 60 graden?
=== lk
Release notes v3.8.2: het ⟪CR|token-endpoint⟫ geeft nu een 401 bij een verlopen token, ⟪CR|${API_KEY}⟫ wordt uit de omgeving gelezen en de ⟪H|health score⟫ op het dashboard telt alleen actieve nodes mee.
=== lk
Mijn fiets is gisteren ⟪S|gestolen⟫ bij het station, ik heb ⟪S|aangifte gedaan⟫. Dekt de inboedelverzekering dat? Het framenummer is WBK4401983. ⟦P|Hugo Verbeek⟧
=== lk
Sinds de nieuwe toegangspoortjes met ⟪S|vingerafdrukscanner⟫ kom ik niet meer met mijn pasje binnen. Kunnen jullie de oude pas weer activeren? Lidnummer ⟦C|FX-381002⟧
=== lk
Cadeautip! Ontdek met onze ⟪S|DNA-afkomsttest⟫ waar je voorouders vandaan komen. Nu met gratis ⟪H|gezondheidsrapport⟫ als upgrade. Actie geldig t/m 31 mei.
=== lk
Kun je met het Roze Zaterdag-ticket ook naar de ⟪S|Pride Walk⟫? En zijn de ⟪S|genderneutrale toiletten⟫ op het festivalterrein rolstoeltoegankelijk? Alvast bedankt!
=== lk
Ik vertrouwde jullie ⟪H|blind⟫ en nu is de bank twee weken te laat. Echt ⟪H|doof⟫ voor klachten daar. Ordernummer 718762657.
=== lk
Wat kost een nieuw ⟪ID|rijbewijs⟫ als het oude verlopen is? En moet ik het ⟪ID|BSN⟫ invullen op het formulier of staat dat al bij jullie?
=== lk
Hi, de licentiesleutel die ik bij de bestelling kreeg (⟪CR|QH4RW-8TPNK-2XJ7D-MC9VB-6YF3G⟫) wordt niet geaccepteerd. Bestelling 2024-301877. Ticket #55120 liep al.
=== lk
Wij zoeken voor onze ⟪S|christelijke basisschool⟫ een conciërge. Een ⟪S|VOG⟫ is verplicht. Voor vragen: de ⟪H|bedrijfsarts⟫ en P&O zijn bereikbaar via het algemene nummer.
=== lk
Hoi! Voor het teamuitje zoeken we een restaurant met ⟪S|halal⟫ en ⟪H|glutenvrije⟫ opties op de kaart, en een ⟪H|rolstoeltoegankelijke⟫ ingang. Iemand tips?
=== mx
@ZonWijkEnergie waarom wordt mijn termijnbedrag verdubbeld terwijl ik sinds mijn ⟦H|whiplash⟧ thuis zit en minder verdien?? DM gestuurd met klantnr ⟦C|ZW-55018273⟧ en IBAN ⟦IBAN|NL04 INGB 6881 9736 99⟧. ⟦P|Patrick Oudshoorn⟧
=== mx
Sollicitatie verkoopmedewerker
Naam: ⟦P|Mustafa Ekinci⟧
Geboortedatum: ⟦DOB|04-11-2001⟧
Adres: ⟦A|Tulpstraat 33⟧, ⟦PC|3532 LN⟧ ⟦L|Utrecht⟧
Profiel: ⟦U|https://www.linkedin.com/in/mustafa-ekinci-2001⟧
Opmerking: ik ben ⟦S|praktiserend moslim⟧ en zou op vrijdag graag een pauze rond 13:30 hebben voor het ⟦S|vrijdaggebed⟧.
=== mx
Dag mevrouw ⟦P|Claes⟧, ik ga de huur van april drie weken later betalen. Ik lig sinds vorige week in het ziekenhuis met een ⟦H|darmafsluiting⟧ en mijn vrouw heeft geen toegang tot ons rekeningnummer ⟦IBAN|BE77 6105 6766 8242⟧. Excuses, ⟦P|Wout Peeters⟧, ⟦A|Stationsstraat 45 bus 3⟧, ⟦PC|9300⟧ ⟦L|Aalst⟧
=== mx
Ticket #88213 – VPS onbereikbaar
Server ⟦IP|185.107.56.201⟧, KvK ⟦KVK|74019283⟧, btw ⟦BTW|NL725763863B01⟧.
Ik heb SSH geprobeerd met de passphrase ⟦CR|lantaarnpaal-roest-44⟧ maar krijg 'permission denied'. Kunnen jullie in de console kijken?
⟦P|Daniël Smits⟧, ⟦T|010-7263918⟧
=== mx
Klacht OV-chip: op 3 april ben ik twee keer uitgecheckt en is ⟦C|3528 0100 4471 8290⟧ niet teruggestort. Ik reis met een ⟦H|rollator⟧ en kon de paal niet goed bereiken. ⟦P|Greetje Bolhuis⟧, ⟦E|g.bolhuis@kpnmail.nl⟧
=== mx
Teamlijst JO11-2 voor de trainers (niet delen buiten de app):
⟦P|Sem Brouwer⟧ – ⟦H|astma⟧, pufje in de tas
⟦P|Noah Kiliç⟧ – ⟦S|vast tijdens ramadan⟧, tijdens training drinken mag van ouders
⟦P|Luuk Verheij⟧ – ⟦H|pinda-allergie⟧
⟦P|Thijmen⟧ – niks bijzonders
=== mx
Schademelding auto ⟦LP|GX-372-T⟧: ik reed achteruit de parkeerplaats af van het ziekenhuis waar ik voor mijn ⟦H|dialyse⟧ kom. Tegenpartij: ⟦P|J. Koerts⟧, kenteken ⟦LP|78-KZP-3⟧. Polis ⟦C|AU-20188471⟧.
=== mx
Goedemiddag, ik wil mijn creditcard ⟦CC|4102 7616 1249 0652⟧ laten blokkeren. Ik ben vorige week ⟦S|vrijgelaten⟧ na zes maanden en de kaart is tijdens mijn ⟦S|detentie⟧ gebruikt door iemand anders. ⟦P|Mischa Groenewoud⟧, ⟦DOB|22-08-1990⟧
=== mx
Hoi ⟦P|Lisa⟧, ik ben ⟦S|bi⟧ en mijn vriendin komt mee naar het personeelsfeest. Kan ik haar aanmelden als 'partner' zonder dat het hele team een rondmail krijgt met namen? ⟦P|Dewi Sastrowardoyo⟧
=== mx
Beste ⟦P|Johan⟧,
In de toelichting voor de verzekering van de woonvoorziening schreef ik ⟦H|dwarslaesie⟧, maar jullie formulier heeft alleen 'lichamelijke beperking'. Verder: ik ben ⟦S|Indo⟧ en ⟦S|katholiek⟧ opgevoed, dat hoeft er niet in, toch? Mijn pincode voor het portaal (⟦CR|73018⟧) werkt ook niet meer.
⟦P|Henk Soewarno⟧, ⟦A|Parkweg 2a⟧, ⟦L|Arnhem⟧
=== mx
Ik wil graag mijn bankgegevens aanpassen voor de kinderopvangtoeslag: nieuw rekeningnummer ⟦IBAN|NL32 SNSB 3563 2729 51⟧. Mijn BSN is ⟦BSN|912 021 962⟧. Onze dochter heeft een ⟦H|hartafwijking⟧ en gaat daarom naar een medisch kinderdagverblijf — valt dat ook onder de toeslag? ⟦P|Sabine Hoefnagels⟧
"""

FOREIGN_IDS = {
    # Ukrainian passport (two letters, six digits)
    "FT739502",
    # German Personalausweis
    "LZ6311T47",
    # Dutch residence permit (verblijfsdocument)
    "W07163948",
    # Polish ID card (dowód osobisty)
    "CKR418263",
    # Moroccan CNIE
    "BJ284719",
}
NL_DOC = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}\d")
NL_DL = re.compile(r"\d{10}")
BE_EID = re.compile(r"\d{3}[- ]?\d{7}[- ]?\d{2}")
BE_NN = re.compile(r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d")
ARTICLES = set(
    "de het een 'n mijn m'n zijn z'n haar hun onze ons jullie uw je jouw d'r ne nen den "
    "the a an my his her their our your".split()
)
CUES = set(
    "wachtwoord wachtwoort ww pw pwd password passwort paswoord wachtwrd pincode pin code "
    "toegangscode cvc cvv puk hasło şifre token combinatie".split()
)
TRAP_CATS = {"CR": {"CREDENTIAL"}, "H": {"HEALTH"}, "S": {"SPECIAL"}, "ID": {"ID_DOCUMENT", "BSN"}}
IDENT_TYPES = {
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
    "CUSTOMER_ID",
    "CREDENTIAL",
    "URL",
    "ADDRESS",
}
TOK = re.compile(r"⟦[A-Z_]+\||⟧|⟪([A-Z]+)\||⟫")


def messages():
    """Split RAW into (id, marked text); ids are numbered per prefix in order."""
    out, counters = [], {}
    for block in RAW.split("\n=== ")[1:]:
        head, _, body = block.partition("\n")
        prefix = head.strip()
        counters[prefix] = counters.get(prefix, 0) + 1
        out.append((f"{prefix}-{counters[prefix]:02d}", body.rstrip("\n")))
    return out


def strip_traps(marked):
    """Remove ⟪CAT|...⟫ markers; return the span-marked string and the traps in text offsets."""
    out, traps, stack, pos, textlen = [], [], [], 0, 0
    for m in TOK.finditer(marked):
        chunk = marked[pos : m.start()]
        textlen += len(chunk)
        tok = m.group(0)
        keep = ""
        if tok.startswith("⟪"):
            stack.append((m.group(1), textlen))
        elif tok == "⟫":
            if not stack:
                raise SystemExit("unbalanced look-alike markup")
            cat, start = stack.pop()
            traps.append((cat, start, textlen))
        else:
            keep = tok
        out.append(chunk + keep)
        pos = m.end()
    out.append(marked[pos:])
    if stack:
        raise SystemExit("unbalanced look-alike markup")
    return "".join(out), traps


def eid_ok(v):
    d = digits(v)
    return len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])


def id_format_ok(v):
    if v in FOREIGN_IDS or NL_DOC.fullmatch(v) or NL_DL.fullmatch(v):
        return True
    if BE_EID.fullmatch(v):
        return eid_ok(v)
    if BE_NN.fullmatch(v):
        return be_nn.is_valid(v)
    return False


def check_message(mid, text, spans, traps):
    errs = []
    if len(text.split("\n")) > 10:
        errs.append("more than 10 lines")
    for sp in spans:
        v, t = sp["value"], sp["type"]
        if text[sp["start"] : sp["end"]] != v:
            errs.append(f"offset mismatch {v!r}")
        if not v or v != v.strip():
            errs.append(f"empty value or spaces around {v!r}")
        err = check_value(sp)
        if err:
            errs.append(f"{err}: {v}")
        if t == "ID_DOCUMENT" and not id_format_ok(v):
            errs.append(f"ID_DOCUMENT format: {v}")
        if t == "CREDENTIAL":
            words = {w for w in re.split(r"[^\wşł]+", v.lower()) if w}
            if words & CUES:
                errs.append(f"cue word in CREDENTIAL: {v}")
            if set(v) & set("\"'“”‘’()[]{}<>") or v[-1] in ".,;:":
                errs.append(f"quote, bracket or punctuation in CREDENTIAL: {v}")
        if t in ("HEALTH", "SPECIAL"):
            first = v.split()[0].lower()
            if first in ARTICLES:
                errs.append(f"article or possessive at start of {t}: {v}")
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] < a["end"]:
            errs.append(f"overlapping spans {a['value']!r} / {b['value']!r}")
    cov = coverage(text, spans)
    errs += check_traps(text, cov)
    for m in re.finditer(r"(?<!\d)\d{3}[- ]?\d{7}[- ]?\d{2}(?!\d)", text):
        if not any(cov[m.start() : m.end()]) and eid_ok(m.group()):
            errs.append(f"unmarked number passes the eID check: {m.group()}")
    for sp in spans:
        v = sp["value"]
        if len(v) < 4:
            continue
        pat = r"(?<!\w)" + re.escape(v) + r"(?!\w)"
        for m in re.finditer(pat, text, re.I):
            if not all(cov[m.start() : m.end()]):
                errs.append(f"unmarked occurrence of marked value {v!r}")
    for cat, start, end in traps:
        if cat not in TRAP_CATS:
            errs.append(f"unknown look-alike category {cat}")
            continue
        if start >= end:
            errs.append("empty look-alike")
        for sp in spans:
            if sp["type"] in TRAP_CATS[cat] and sp["start"] < end and start < sp["end"]:
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


def other_texts():
    files = [p for p in sorted(HERE.glob("*.jsonl")) if p.resolve() != OUT.resolve()]
    files += sorted(SHARED_EVAL.glob("*.jsonl"))
    texts = []
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
                texts.extend(s for s in strings_of(obj) if s)
    return texts


def ngrams(text, n=8):
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def overlap_errors(records):
    """Reject overlap with the other sets; print only this set's colliding value or words."""
    texts = other_texts()
    corpus = "\n\x00\n".join(t.lower() for t in texts)
    numbers, grams = set(), set()
    for t in texts:
        for m in re.finditer(r"\d(?:[ .\-/]?\d)*", t):
            numbers.add(digits(m.group()))
            numbers.update(re.findall(r"\d+", m.group()))
        grams |= ngrams(t)
    errs, seen = [], set()
    for rec in records:
        for sp in rec["spans"]:
            v, t = sp["value"], sp["type"]
            ident = t in IDENT_TYPES or (t == "PERSON" and " " in v.strip())
            if not ident or v in seen:
                continue
            seen.add(v)
            d = digits(v)
            if len(d) >= 6 and d in numbers:
                errs.append(f"{rec['id']}: number also in another set: {v}")
                continue
            if len(v) >= 4:
                pat = r"(?<!\w)" + re.escape(v.lower()) + r"(?!\w)"
                if re.search(pat, corpus):
                    errs.append(f"{rec['id']}: value also in another set: {v}")
        for g in ngrams(rec["text"]) & grams:
            errs.append(f"{rec['id']}: eight words shared with another set: {' '.join(g)}")
    return errs


def main():
    records, errs, trap_count, ids = [], [], Counter(), set()
    for mid, marked in messages():
        if mid in ids:
            errs.append(f"duplicate id {mid}")
        ids.add(mid)
        span_marked, traps = strip_traps(marked)
        text, spans = parse(span_marked)
        errs += check_message(mid, text, spans, traps)
        trap_count.update(cat for cat, _, _ in traps)
        records.append({"id": mid, "text": text, "request": None, "spans": spans})
    if not errs:
        errs += overlap_errors(records)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    per_type = Counter(sp["type"] for rec in records for sp in rec["spans"])
    print(f"{len(records)} messages -> {OUT.name}")
    print("spans: " + ", ".join(f"{t} {n}" for t, n in sorted(per_type.items())))
    print(
        f"look-alikes: {sum(trap_count.values())} ("
        + ", ".join(f"{c} {n}" for c, n in sorted(trap_count.items()))
        + ")"
    )


if __name__ == "__main__":
    main()
