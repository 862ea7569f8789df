#!/usr/bin/env python3
"""Build three held-out sets for PERSON detection in Dutch/Flemish text.

Written blind on 2026-12-05 by a helper session, to measure PERSON recall and
precision on informal guest reviews, and the false-person rate on IT-helpdesk
questions and company documents. "Blind" means: the author did not open the
project's detectors, models, tests or bot code (pipelines/, models/, tests/,
bot/), did not read shared/eval/dev.jsonl, shared/eval/airbnb_dev.jsonl or
shared/eval/conll2002_nl/, and did not run privacywacht while writing. The only
contact with the dev sets is programmatic: this script refuses any marked name
whose full value, word or hyphen part equals (accent- and case-insensitively)
a PERSON gold value, or a word of one, in dev.jsonl / airbnb_dev.jsonl, so that
the held-out names are not names the project may have tuned on. Colliding names
were replaced by other invented ones; nothing else was taken from those files.

All texts, names, companies and products-of-companies are invented; real
brands, places, laws and public institutions appear as non-person context.
Names are fictional first names or invented first+last combinations, none
meant to refer to a real or famous person.

Markup: ⟦P|name⟧ marks a PERSON span. The script strips the markup, records
exact character offsets, and checks that every other whole-word occurrence of
a marked string (len >= 3), and of each capitalised word of a multi-word
marked name, is also marked.

Outputs (next to this file), one JSON object per line,
{"id","channel","request":"none","text","spans":[{"start","end","type":"PERSON","value"}]}:
  reviews_heldout.jsonl            150 guest reviews           channel "review"
  helpdesk_questions_heldout.jsonl 400 IT-helpdesk questions   channel "ticket"
  company_docs_heldout.jsonl         6 company documents       channel "document"

Composition: 102/150 reviews name a host (48 name nobody); 32/400 helpdesk
questions name a colleague; 5/6 documents name a DPO, director or service
manager. The printed sentence count splits naively on . ! ? and newlines, so
abbreviations such as "B.V." and headings inflate it, most in the documents.

Scoring: score.py GOLD PRED --types=PERSON. On the helpdesk and document sets
nearly every PERSON prediction is a false positive, so the interesting numbers
there are false_positives (per text / per sentence) next to recall_person.

usage: /work/main/.venv/bin/python benchmarks/data/build_names_heldout.py
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared/eval")
MARK = re.compile(r"⟦P\|([^⟧|]+)⟧")
PARTICLES = {
    "van",
    "der",
    "den",
    "de",
    "het",
    "ter",
    "ten",
    "te",
    "el",
    "la",
    "le",
    "du",
    "di",
    "da",
    "al",
    "ben",
    "bin",
    "op",
}

# ---------------------------------------------------------------------------
# 1. Guest reviews: one review per line.
# ---------------------------------------------------------------------------
REVIEWS = """
Mooi appartement op wandelafstand van de Grote Markt. ⟦P|Lieselot⟧ had zelfs een fles cava in de frigo gezet, heel attent!
Ligt centraal, vlak bij metrostation Kunst-Wet. Bed was wat zacht maar verder niks op aan te merken.
de kamer van ⟦P|lieze⟧ en ⟦P|wannes⟧ was top, super proper en ze gaven goeie tips voor restaurants in de buurt
Echt een aanrader! We hebben heerlijk geslapen en ⟦P|Anouar⟧ stond klaar met koffie toen we aankwamen. De Nespresso was een fijne extra.
Groot en schoon. Parkeren is wel lastig in de straat, kijk even naar de garage bij het station.
Bedankt ⟦P|Griet⟧ & ⟦P|Tuur⟧! Het was een zalig weekendje weg. Ne gezellige living, een goed bed en een ontbijt waar ge u tegen kunt zeggen.
Host ⟦P|Ann-Katrien⟧ reageerde altijd binnen een paar minuten. Het huis zelf is wat gedateerd, maar alles werkt.
Prima uitvalsbasis voor een stedentrip. Supermarkt (Delhaize) om de hoek, tram 4 voor de deur.
⟦P|Małgorzata⟧, nogmaals bedankt voor de gastvrijheid! We komen zeker terug.
We verbleven vier nachten in de studio van ⟦P|Ozan⟧. Klein maar slim ingericht, en het uitzicht over de daken van de Marollen is fantastisch.
Het appartement van ⟦P|Amélie⟧ is precies als op de foto's. Ze had een mapje gemaakt met haar favoriete adresjes, onder andere een koffiebar aan het Sint-Katelijneplein en een Vietnamees in de Dansaertstraat. Aanrader!
Vriendelijke ontvangst door ⟦P|Gianluca Ferraresi⟧ en zijn moeder. Het ontbijt met verse croissants was heerlijk en ⟦P|Gianluca⟧ kent elk restaurantje in de wijk.
Fijne plek, rustig gelegen. Wel een eindje lopen naar het centrum maar met een Villo-fiets ben je er zo.
Top locatie!!
Alles was perfect geregeld. Sleutel lag in de sleutelkluis, wifi werkte prima en de Senseo stond klaar met pads.
amai wat een zalig huisje. ⟦P|seppe⟧ had de kachel al aangestoken toen we aankwamen. goesting om direct terug te gaan
⟦P|Hanne⟧ en ⟦P|Jarne⟧ zijn ontzettend lieve hosts. De kinderen vonden de kippen in de tuin geweldig.
Heel net appartement in Sint-Gillis, dicht bij het Voorplein. Beetje gehorig 's avonds door het verkeer op de Waterloosesteenweg.
Zeer behulpzame host. Toen onze trein vertraging had, heeft ⟦P|Gaëlle⟧ gewoon op ons gewacht tot middernacht.
Schoon, licht en ruim. De keuken is goed uitgerust, alleen de vaatwasser deed het niet helemaal. ⟦P|Quinten⟧ heeft meteen iemand gestuurd.
Super vriendelijke ontvangst van ⟦P|Justyna⟧ en ⟦P|Przemek⟧, ze spreken prima Engels en een beetje Nederlands.
Goede prijs-kwaliteit. Badkamer mag wel eens opgefrist worden, heb ik ook aan ⟦P|Mirjam⟧ laten weten.
We hebben genoten van ons verblijf bij ⟦P|Aafke⟧! De B&B ligt aan de rand van het dorp, met een prachtig uitzicht over de polder. Haar zelfgebakken appeltaart is een aanrader.
ruim appartement, goed bed, lekkere douche. ⟦P|dries⟧ was heel flexibel met de check-in tijd
Rustige straat, toch op vijf minuten van het Flageyplein. Koffie bij Café Belga en daarna langs de vijvers van Elsene wandelen, heerlijk.
Bedankt ⟦P|Zeynep⟧ voor de warme ontvangst en de Turkse thee! Het appartement is met smaak ingericht en heel proper.
Het huis van ⟦P|Koray⟧ en ⟦P|Tuba⟧ ligt op een steenworp van het Zuidpark. Ideaal met kinderen.
Kamer was kleiner dan verwacht. Locatie wel uitstekend, naast het station Gent-Sint-Pieters.
Heerlijk verblijf! ⟦P|Wybren⟧ gaf ons een rondleiding door het huis en had zelfs fietsen voor ons klaargezet.
Mooie loft in een oude fabriek. Hoge plafonds, grote ramen. ⟦P|Thibault⟧ is een relaxte host die je met rust laat maar bereikbaar is als het nodig is.
Perfect voor een weekendje Antwerpen. Wandelafstand van het MAS, het Eilandje en de Meir. Bedankt ⟦P|Febe⟧!
Netjes en schoon. Geen opmerkingen.
Gezellig ingericht studiootje van ⟦P|Nadia⟧. Ze had overal kleine briefjes opgehangen met uitleg, handig! Het enige minpunt: de trap is erg steil. Bedankt ⟦P|Nadia⟧!
⟦P|Ilias⟧ is een topgastheer. Binnen tien minuten antwoord op elke vraag.
Leuke locatie in de Jordaan, maar het appartement rook een beetje muf. Ramen open gezet en daarna was het prima.
Echt genoten. Het ontbijt van ⟦P|Benedetta⟧ met zelfgemaakte jam en Italiaanse koffie uit de bialetti was het hoogtepunt van de dag.
Vlak bij metro Sint-Guido, dus in 15 minuten in het centrum. De buurt is niet de mooiste maar we hebben ons nooit onveilig gevoeld.
mooi huis, fijne tuin, de honden van ⟦P|fien⟧ zijn schatjes
Wat een fijne plek! ⟦P|Lucía⟧ heeft ons ontvangen met een glaasje cava en een stadsplattegrond met haar favoriete tapasbars.
Appartement was schoon en compleet. Communicatie verliep via de app en was snel. Aanrader voor wie Utrecht wil ontdekken.
Bedankt ⟦P|Veerle⟧ en ⟦P|Robbe⟧ voor het fijne verblijf. De kinderen willen volgend jaar weer naar de boerderij!
Proper, rustig en goed gelegen. Ne goeie matras en een goeie douche, meer moet da nie zijn.
⟦P|Oksana⟧ was heel behulpzaam en heeft ons zelfs naar het station gebracht toen het regende.
Groot appartement met twee slaapkamers, ideaal voor ons viertjes. Supermarkt en bakker op loopafstand. Dank je ⟦P|Kees⟧!
De host, ⟦P|Bartek⟧, was altijd bereikbaar. Het appartement ligt op de vierde verdieping zonder lift, dus niet ideaal met zware koffers.
Zalige plek aan zee! Vanuit het raam zie je het strand van Knokke. ⟦P|Lowie⟧ had een handgeschreven kaartje en een doos pralines van Neuhaus klaargelegd.
Prima. Niks speciaals, maar voor één nachtje meer dan goed.
Heel gezellig huisje in de Ardennen. ⟦P|Benoît⟧ en ⟦P|Solène⟧ wonen ernaast en zijn super vriendelijk. De houtkachel is een aanrader in de winter.
De kamer van ⟦P|maaike⟧ is klein maar fijn, mooi licht en een heerlijk bed. ontbijt bij de bakker beneden, echt lekker.
Fantastisch verblijf! We werden ontvangen door ⟦P|Hamza⟧ die ons alles uitlegde over de buurt. Op zondag is er een grote markt aan het Zuidstation, zeker doen.
Appartement is verouderd en niet zo schoon als verwacht. Host was wel vriendelijk.
⟦P|Chiara⟧ & ⟦P|Lorenzo⟧ zijn geweldige hosts! Het appartement is prachtig en ligt in een rustig straatje achter het Koninklijk Paleis.
Goed bereikbaar met de auto, gratis parkeren voor de deur. Bedden waren prima, de Dolce Gusto helaas niet, die lekte.
Heerlijk weekend gehad in Maastricht. ⟦P|Jorien⟧ wist precies welke restaurants we moesten proberen. Het appartement ligt naast het Vrijthof.
Alles was in orde. Bedankt ⟦P|Gilles⟧!
Zeer mooi gerenoveerd herenhuis. De eigenaar, ⟦P|Etienne Declercq⟧, vertelde ons over de geschiedenis van het pand. Een echte aanrader voor wie Brugge wil bezoeken.
Kamer was proper, ontbijt was lekker, en ⟦P|Magda⟧ maakte elke ochtend verse pannenkoeken. Wat wil je nog meer!
Ligt in een levendige buurt met veel cafés en restaurants, dus het kan 's nachts wat lawaaierig zijn. Oordopjes meenemen!
We werden warm onthaald door ⟦P|Soufiane⟧ en zijn zus ⟦P|Loubna⟧. De muntthee was heerlijk!
Studio was precies wat we nodig hadden. Dicht bij metro Merode en het Jubelpark.
⟦P|Elif⟧ is een hele lieve host. Ze heeft zelfs onze vergeten oplader nagestuurd!
Fijn appartement maar de wifi was heel traag. Voor wie moet thuiswerken: niet ideaal.
bedankt ⟦P|kato⟧ voor alles!! zalig verblijf gehad, de hond was ook heel welkom
Groot, licht en modern appartement met een prachtig terras. ⟦P|Guillermo⟧ had een fles wijn en wat tapas klaargezet. Top!
Mooi huis, maar de beschrijving klopte niet helemaal: de 'tuin' is een klein koertje.
Heel vriendelijke ontvangst. ⟦P|Dragan⟧ legde alles rustig uit en gaf ons een lijstje met bezienswaardigheden.
Aanrader! Schoon, rustig en alles aanwezig. Het Rijksmuseum en het Vondelpark liggen op tien minuten lopen.
⟦P|Baukje⟧ en ⟦P|Hidde⟧ hebben een prachtige B&B in Friesland. We hebben heerlijk gefietst en 's avonds gegeten bij de visboer in het dorp.
Niet zo tevreden. Badkamer was vies en de host reageerde pas de volgende dag.
De gastvrijheid van ⟦P|Houda⟧ is ongeëvenaard. Ontbijt met msemen en verse jus d'orange, wat een verwennerij.
Tof appartement in het hartje van Leuven. Vanaf de Oude Markt is het maar twee minuten wandelen. ⟦P|Brecht⟧ gaf ons goeie tips voor frieten en bier.
Rustig gelegen, mooie omgeving. Ideaal om te wandelen in het Zoniënwoud.
Bedankt ⟦P|Ioana⟧! Alles was perfect, tot de kleinste details.
Heel fijn verblijf bij ⟦P|Niamh⟧ en haar man ⟦P|Callum⟧. Ze komen uit Ierland en wonen al jaren in Haarlem, leuk om mee te praten.
Schoon en comfortabel. Handdoeken en lakens waren van goede kwaliteit.
Het huisje van ⟦P|Harm⟧ ligt midden in de natuur. 's Avonds alleen maar stilte en sterren. Echt tot rust gekomen.
Mooi appartement, maar de check-in liep wat stroef: de code van de sleutelkluis werkte niet. Uiteindelijk kwam de buurman helpen.
Super leuk appartement met veel kunst aan de muur. ⟦P|Margaux⟧ is zelf kunstenares en dat zie je overal. Ligt vlakbij het Magritte Museum.
⟦P|Wojtek⟧ was een top host, altijd bereikbaar via WhatsApp.
Kleine kamer, gedeelde badkamer. Voor de prijs prima.
Wat een pareltje! De B&B van ⟦P|Tjitske⟧ is met zoveel liefde ingericht. Het ontbijt was uitgebreid en alles was huisgemaakt.
Ligt op 5 min van de Dam, dus super centraal. Wel veel toeristen in de straat.
de studio van ⟦P|mehdi⟧ is echt aan te raden, proper en goed gelegen. we komen zeker nog eens terug
Perfecte locatie om Gent te verkennen: Korenmarkt, Graslei en het Gravensteen op loopafstand. Bedankt ⟦P|Marthe⟧ en ⟦P|Warre⟧ voor de fijne ontvangst!
Prachtig uitzicht over de Schelde. Het appartement is modern en heel proper. Netflix op de tv en een Sonos-speaker, luxe!
⟦P|Harriet⟧ was super behulpzaam en heeft zelfs een babybedje geregeld.
Goeie ligging, rustig, proper. Alleen het bed kraakte een beetje, maar ⟦P|Lore⟧ zou er iets aan laten doen.
We logeerden een week bij ⟦P|Anja⟧ en ⟦P|Sven⟧ in hun vakantiewoning op Texel. Fietsen stonden klaar, de vuurkorf ook. Top!
Bedankt voor het fijne verblijf ⟦P|Nordin⟧! Alles was netjes en de buurt is heel levendig.
Het appartement van ⟦P|Ludovica⟧ ligt in een prachtig oud gebouw met een binnentuin. Heel rustig, terwijl je toch midden in de stad zit.
Niet aan te raden. Vuil, lawaaierig en de foto's waren duidelijk oud.
Ontzettend fijne host! ⟦P|Grégoire⟧ dacht aan alles: oplaadkabels, een strijkijzer, zelfs een paraplu.
Mooie kamer met eigen badkamer. ⟦P|Femke⟧ ontvangt je met een kop thee en een stuk zelfgebakken cake.
Alles was prima geregeld, sleutelkastje werkte goed. Vlakbij tramhalte Centraal Station.
⟦P|Aurélien⟧ spreekt vloeiend Nederlands en gaf ons tips voor de beste frituur van Elsene.
Ruim, licht en goed onderhouden. Aanrader!
Leuk huisje, leuke omgeving. ⟦P|Geert⟧ en ⟦P|Annemie⟧ zijn heel gastvrij. De hond mocht ook mee, dat was fijn.
Had wat meer keukengerei verwacht, maar verder prima. Nespresso-cups waren er genoeg.
Heel erg bedankt ⟦P|Samira⟧ voor de warme ontvangst! Je appartement is prachtig.
De studio is piepklein, maar ⟦P|Rhys⟧ heeft de ruimte slim benut. Bed onder het plafond, dus niet voor wie hoogtevrees heeft!
Prachtige villa met zwembad. Wel jammer dat de airco in één kamer niet werkte.
⟦P|Matteo⟧, bedankt voor alles! De pizza-tip was goud waard.
Echt een topverblijf gehad bij ⟦P|Sanne⟧ en ⟦P|Teun⟧. Het huis ligt aan een gracht, heerlijk om 's ochtends met een kop koffie naar buiten te kijken.
Appartement ligt in een rustige buurt van Schaerbeek. Ongeveer 20 minuten met de tram naar het centrum. ⟦P|Rachid⟧ was een vriendelijke host.
we hadden een fijne tijd in het huis van ⟦P|jorrit⟧, de tuin is echt een paradijsje
De B&B van ⟦P|Inés⟧ en ⟦P|Álvaro⟧ is een verborgen parel in de Kempen. Ontbijt met Spaanse ham en verse eieren van de eigen kippen.
Heel proper, heel rustig, heel goed bed. Meer moet dat niet zijn!
⟦P|Khadija⟧ was super vriendelijk en behulpzaam. Het appartement is met smaak ingericht en alles is aanwezig.
Gezellige living, goed uitgeruste keuken en ne grote tuin. ⟦P|Ferre⟧ heeft ons zelfs geholpen met de barbecue.
Heel fijn verblijf. Locatie dicht bij het Centraal Station en de Meir. ⟦P|Kristof⟧ was een vriendelijke host.
Mooi opgeknapt boerderijtje. ⟦P|Jildou⟧ heeft ons uitgelegd hoe alles werkte en we hebben verse melk gekregen van de buren.
Wifi werkte niet het hele weekend. Jammer, want verder was het een mooi appartement.
Geweldige host! ⟦P|Hakan⟧ heeft ons naar het vliegveld gebracht om 5 uur 's ochtends.
Zeer aangenaam verblijf bij ⟦P|Françoise Lambotte⟧. Ze is een echte gastvrouw en het ontbijt is uitgebreid.
Fijn appartement, schoon en ruim. Op wandelafstand van het Museumplein.
De kamer van ⟦P|imane⟧ is echt aan te raden, mooi ingericht en heel proper. ze woont zelf in het appartement ernaast en is altijd bereikbaar
⟦P|Jitse⟧ en zijn vriendin ⟦P|Lien⟧ zijn super sympathiek. We hebben samen een pintje gedronken op het terras. Zeker een aanrader!
Studio aan de rand van het Brusselse centrum, vlak bij het Ninoofseplein. Prima voor een korte trip.
⟦P|Carmela⟧ ontving ons met een zelfgemaakte limoncello. Het appartement heeft een terras met uitzicht op de kathedraal.
Prachtige plek in de bossen. Geen bereik, dus echt even offline. ⟦P|Ronald⟧ had een boekje met wandelroutes klaargelegd.
Heel mooi appartement, maar erg warm in de zomer. Een ventilator zou welkom zijn, heb ik aan ⟦P|Arnaud⟧ doorgegeven.
Bedankt ⟦P|Zofia⟧ en ⟦P|Krzysztof⟧! Jullie waren geweldige gastheren en we hebben genoten van de Poolse taart.
Super gezellige B&B met vriendelijke uitbaters. ⟦P|Godelieve⟧ kookt geweldig, neem zeker het diner!
Goed gelegen, dicht bij Place Jourdan en de Europese wijk. Ontbijt niet inbegrepen, maar genoeg bakkers in de buurt.
Het was super bij ⟦P|Omar⟧. Hij heeft ons de beste falafel van Borgerhout aangeraden.
Comfortabel bed, warme douche, snel internet. Wat wil je nog meer?
⟦P|Tineke Veenstra⟧ is een fantastische gastvrouw. Ze heeft ons heel Delft laten zien en het appartement is prachtig.
Gezellig appartement met mooie inrichting, alleen de Senseo was kapot. We hebben bij de koffiebar op de hoek koffie gehaald, ook niet slecht.
Het appartement van ⟦P|Davide⟧ en ⟦P|Ilaria⟧ is licht, modern en ligt vlakbij het Ambiorixplein.
Alles top! Tot de volgende keer.
⟦P|Bogdan⟧ heeft ons super goed geholpen toen onze auto pech had. Echt een gastheer zoals je ze zelden tegenkomt.
Mooi huis met een grote tuin, ideaal voor families. De speeltuin in het dorp is ook een aanrader voor de kleintjes.
⟦P|Noor⟧ en ⟦P|Mats⟧ hebben ons heel hartelijk ontvangen. Het appartement ligt boven hun eigen woning, maar je hebt alle privacy.
heel fijne kamer en vriendelijke host, alleen beetje gehorig. metro Schuman op 5 min
Zeer aangenaam verblijf. ⟦P|Rutger⟧ was super flexibel met in- en uitchecken.
Wat een leuk tiny house! ⟦P|Floor⟧ heeft het zelf gebouwd en dat is echt knap.
De locatie is top: vlak bij de Grote Markt en het Belfort. Het appartement zelf is oké, niet meer.
Bedankt ⟦P|Radu⟧ voor de hulp met de fietsen en de tips voor de Kunstberg!
⟦P|Élodie⟧ heeft een prachtige woning in een rustig stukje van Elsene. Wij voelden ons meteen thuis.
Heel fijn weekendje gehad in Rotterdam. Appartement ligt vlak bij de Markthal en metrostation Blaak. ⟦P|Demi⟧ was heel behulpzaam.
We werden opgewacht door ⟦P|Rosa⟧, de moeder van de eigenaar. Zij sprak alleen Spaans maar met handen en voeten kwamen we er wel uit.
Goeie B&B, lekker ontbijt, ⟦P|Lieven⟧ en ⟦P|Mariette⟧ zijn hele toffe mensen.
Veel te duur voor wat je krijgt. Kleine kamer, geen ontbijt, en parkeren kost 25 euro per nacht.
⟦P|Tiago⟧ en ⟦P|Joana⟧ zijn geweldige gastheren. Het appartement is prachtig gerenoveerd en de ligging is perfect.
Mooi, rustig en proper. Ideaal als ge het centrum van Brussel wilt bezoeken en 's avonds uw rust wilt.
⟦P|Guy⟧ is ne echte gentleman. Hij gaf ons een rondleiding door Mechelen en vertelde over de Sint-Romboutstoren.
Bij aankomst stond ⟦P|Hester Koopmans⟧ ons al op te wachten. Het huis is ruim en de tuin is prachtig.
De kamer ligt boven een bakkerij, dus 's ochtends ruik je verse broodjes. Heerlijk!
Alles was perfect. Dank je wel ⟦P|Ayoub⟧ en tot de volgende keer!
Ruim en modern appartement met alle comfort. ⟦P|Merel⟧ gaf ons duidelijke instructies en was snel bereikbaar. Zou hier zeker terugkomen.
"""

# ---------------------------------------------------------------------------
# 2. IT-helpdesk questions: one question per line.
# ---------------------------------------------------------------------------
HELPDESK = """
Ik kan Outlook niet openen, hij blijft hangen op "Profiel laden".
Outlook vraagt steeds opnieuw om mijn wachtwoord
Hoe stel ik een automatisch antwoord in voor mijn vakantie?
Hoe voeg ik de Gedeelde Mailbox van Inkoop toe in Outlook?
Mijn handtekening is verdwenen na de update van Office.
Mails blijven in de Outbox staan en worden niet verzonden
Kan ik een verzonden mail terughalen in Outlook?
Hoe maak ik een regel aan zodat facturen automatisch in een aparte map komen?
Postvak vol, ik kan geen mail meer ontvangen. Wat moet ik verwijderen?
Outlook op mijn iPhone synchroniseert de agenda niet meer
Ik krijg de melding "Er is geen verbinding met Microsoft Exchange" sinds vanochtend.
Waar vind ik de Verwijderde Items terug als ik de map per ongeluk heb geleegd?
Bijlagen van meer dan 20 MB worden geweigerd. Hoe kan ik grote bestanden versturen?
Mail van een vaste klant komt steeds in Ongewenste E-mail terecht.
Nieuwe Outlook ziet er anders uit, hoe ga ik terug naar de klassieke versie?
Het zoeken in Outlook geeft geen resultaten meer voor oude mails
Hoe exporteer ik mijn mailbox naar een PST-bestand?
Agenda-uitnodigingen uit Gmail komen als winmail.dat binnen
Kan ik in Thunderbird ook mijn werkmail lezen?
Hotmail-account gehackt? Er worden mails verstuurd die ik niet heb gemaakt.
Ik kan de mailbox van ⟦P|Ewout Hoogeveen⟧ niet openen. Hij is met verlof en ik moet zijn mail bijhouden.
Mijn Gmail zit vol, 15 GB. Moet ik Google One nemen?
Hoe stel ik de Afwezigheidsassistent in voor een collega die ziek is?
Outlook crasht zodra ik een PDF-bijlage probeer te openen
Waarom staan er ineens twee agenda's met de naam 'Agenda' in Outlook?
Ik wil mails van mijn oude Ziggo-adres doorsturen naar mijn nieuwe Gmail.
Hoe voeg ik een tweede mailadres toe in de Mail-app op mijn Mac?
Hoe installeer ik Teams op mijn MacBook?
Teams: camera wordt niet herkend, in Zoom werkt hij wel.
Mijn microfoon werkt niet in Teams-vergaderingen, anderen horen me niet
Hoe maak ik een nieuw Kanaal aan in Teams?
Ik zie de chat met ⟦P|Ananya⟧ niet meer in mijn lijst. Is die verwijderd?
Teams blijft op "Afwezig" staan terwijl ik gewoon achter mijn pc zit.
Zoom vraagt om een update maar ik heb geen adminrechten
Hoe deel ik mijn scherm mét geluid in Zoom?
Webex-link opent niet in Chrome
Gasten van buiten de organisatie kunnen niet deelnemen aan onze Teams-vergadering.
Waar vind ik de bestanden die in een Teams-chat zijn gedeeld?
Slack-meldingen komen niet door op mijn Android-telefoon
Hoe koppel ik Trello aan Teams?
Kan iemand ⟦P|Thomas Vermeersch⟧ toevoegen aan het team 'Projecten Noord'? Hij is net begonnen.
Achtergrond vervagen werkt niet in Teams op mijn oude laptop.
Teams-vergadering valt steeds weg na 10 minuten
Kan Copilot automatisch notulen maken van een Teams-meeting?
Ik kan niet inloggen in Teams, foutcode caa70004
Miro-bord delen met een externe klant, hoe regel ik de rechten?
Hoe zet ik live ondertiteling aan in een Teams-vergadering?
Jabra-headset wordt niet gevonden in Teams
In Google Meet zien de anderen mijn scherm als zwart vlak
Hoe nodig ik collega's uit in onze Notion-workspace zonder dat ze een betaald account krijgen?
Windows Update blijft hangen op 0%
Mijn laptop start niet meer op na de update, zwart scherm met alleen een cursor.
Blauw scherm met de melding CRITICAL_PROCESS_DIED
De taakbalk reageert niet meer, Verkenner opnieuw starten helpt niet.
Waar vind ik Apparaatbeheer in Windows 11?
Mijn C-schijf is bijna vol. Wat kan ik veilig weggooien?
BitLocker vraagt ineens om een herstelsleutel bij het opstarten, waar vind ik die?
Hoe koppel ik een netwerkschijf opnieuw? De H-schijf is weg.
Windows Hello gezichtsherkenning werkt niet meer
Computer is heel traag sinds gisteren, Taakbeheer laat 100% schijfgebruik zien.
Hoe zet ik de Nederlandse toetsenbordindeling terug? Mijn @ staat op een andere plek.
Het geluid komt niet via de HDMI naar mijn monitor
Kan ik mijn oude Windows 10-pc nog gebruiken nu de ondersteuning gestopt is?
Externe Desktop maakt geen verbinding met mijn werkplek op kantoor
Mijn tweede scherm wordt niet herkend via het dockingstation
Waar staat het Configuratiescherm in Windows 11?
De batterij van mijn Dell Latitude loopt heel snel leeg
Windows zegt dat mijn licentie binnenkort verloopt. Is dat echt of is het een virus?
Bluetooth-knop is verdwenen uit het Actiecentrum
Mijn Lenovo ThinkPad maakt heel veel lawaai, de ventilator draait continu
Hoe schakel ik Snel Opstarten uit?
Kan ik Windows 11 installeren op een pc zonder TPM 2.0?
Bestanden per ongeluk uit de Prullenbak verwijderd, kan ik die terughalen?
Ik kan geen programma's installeren, er komt steeds een melding van Gebruikersaccountbeheer
Touchpad werkt niet meer op mijn HP EliteBook
Printerwachtrij zit vast, niks wil meer printen
Hoe verwijder ik een programma dat niet in de lijst bij Apps staat?
Na het inloggen krijg ik een tijdelijk profiel en al mijn bestanden op het bureaublad zijn weg!
Hoe maak ik een snelkoppeling naar SharePoint op mijn bureaublad?
Mijn MacBook Air wil niet updaten naar macOS Sequoia
Hoe maak ik een back-up met Time Machine op een externe schijf?
Sleutelhangertoegang vraagt steeds om een wachtwoord
iCloud-opslag vol, hoe verplaats ik mijn foto's naar mijn pc?
Hoe installeer ik een printer op mijn Mac? Het is een Brother MFC-L2710DW.
AirDrop werkt niet tussen mijn iPhone en MacBook
Mijn Apple ID is vergrendeld om veiligheidsredenen
Safari opent sommige websites niet meer, Chrome wel
iPhone 13 laadt niet meer op via de kabel
Word op de Mac crasht bij het opslaan naar OneDrive
Hoe krijg ik mijn WhatsApp-chats van Android naar iPhone?
Mijn Mac zegt 'Opstartschijf is bijna vol'
Kan ik Pages-bestanden openen op een Windows-laptop?
Hoe zet ik Zoek mijn iPhone uit voordat ik hem inlever?
Siri reageert niet meer op 'Hé Siri'
Apple Pencil koppelt niet met de iPad van mijn dochter
Na de update naar iOS 18 krijg ik geen meldingen van Outlook meer
Hoe deel ik een iCloud-agenda met mijn partner?
Toetsenbord van de MacBook Pro typt dubbele letters
Hoe installeer ik Bedrijfsportal op mijn Mac zodat Intune werkt?
Mijn AirPods verbinden steeds met de verkeerde telefoon
Apple Watch synchroniseert geen stappen meer met de Gezondheid-app
FaceTime werkt niet op wifi, alleen op 4G
Wachtwoord vergeten voor Exact Online
Ik heb een nieuwe telefoon, hoe zet ik de Microsoft Authenticator over?
Hoe reset ik mijn wachtwoord als ik geen toegang meer heb tot mijn herstel-e-mail?
Ik krijg geen sms-code meer voor tweestapsverificatie
Is LastPass nog veilig na het datalek? Moeten we overstappen op Bitwarden?
Hoe deel ik een wachtwoord veilig met een collega in 1Password?
DigiD-app vraagt om opnieuw te activeren
Inloggen met itsme lukt niet, ik krijg geen melding op mijn gsm
Kan ⟦P|Saskia Wolters⟧ tijdelijk mijn rechten krijgen in AFAS zolang ik op vakantie ben?
Het account van ⟦P|Okke Terpstra⟧ moet geblokkeerd worden, hij is per 1 december uit dienst.
eHerkenning niveau 3 aanvragen, hoe werkt dat?
Ik wil mijn wachtwoord wijzigen maar krijg de melding dat het niet voldoet aan het beleid
Hoe zet ik tweestapsverificatie aan voor mijn Google Workspace-account?
Mijn Microsoft-account is gehackt, ik kom er niet meer in
Meervoudige Verificatie blijft vragen om mijn telefoon te bevestigen, ook als ik net ben ingelogd
Ik ben mijn pincode van Windows Hello vergeten
Hoe log ik in op het klantportaal van Odido?
Kan ik met mijn Belgische eID inloggen op MyMinfin als mijn kaartlezer niet werkt?
Okta Verify toont een foutmelding na het wisselen van toestel
KeePass-database opent niet meer, ik krijg 'ongeldige sleutel'
Hoe koppel ik een YubiKey aan mijn account?
Nieuwe medewerker ⟦P|Esmée Brinkhorst⟧ start maandag. Graag een account en een laptop klaarzetten.
Mijn Apple ID-wachtwoord werkt niet op de Apple TV
Inloggen op Mijn Kadaster lukt niet
Iemand heeft geprobeerd in te loggen op mijn Instagram vanuit het buitenland, wat nu?
Ik krijg steeds 'Uw sessie is verlopen' in Salesforce
Single sign-on werkt niet meer voor Personio
Mijn Wi-Fi valt steeds weg bij de Fritzbox
Geen internet na de storing van Ziggo, modem knippert oranje
Hoe verander ik het wifi-wachtwoord van mijn TP-Link router?
Thuiswerken via VPN is super traag
FortiClient geeft foutcode -14 bij het verbinden
GlobalProtect blijft hangen op 'Connecting...'
Cisco AnyConnect meldt dat het certificaat ongeldig is
Wifi op zolder is heel slecht. Helpt een mesh-systeem zoals Deco of Google Nest Wifi?
Mijn laptop ziet het 5 GHz-netwerk niet, alleen 2,4
Telenet-modem herstarten, hoe doe ik dat zonder alles kwijt te raken?
Proximus internet valt elke avond rond 20u weg
Mijn printer is van het netwerk gevallen na het wisselen van router
Hoe stel ik een vast IP-adres in voor mijn NAS?
KPN Experia Box: poort openzetten voor de camera's
Synology NAS niet meer bereikbaar via QuickConnect
Eduroam werkt niet op mijn nieuwe laptop
Ubiquiti access point knippert wit en blauw, wat betekent dat?
Op kantoor werkt internet wel, maar het intranet niet
Mijn telefoon verbindt automatisch met 'KPN Fon', hoe zet ik dat uit?
WireGuard-tunnel maakt wel verbinding maar ik kan geen interne sites openen
Netwerkkabel zit erin maar Windows zegt 'Niet-geïdentificeerd netwerk'
Glasvezel van Delta aangesloten, maar ik haal maar 100 Mbit
Sonos-speaker vindt het wifi-netwerk niet meer na het vervangen van de router
Ik kan niet printen via het gastennetwerk
Chromecast maakt geen verbinding met het 5G-netwerk van Odido Thuis
HP LaserJet geeft foutmelding 'Papierstoring' maar er zit geen papier vast
Scannen naar e-mail werkt niet meer op de Ricoh
Hoe installeer ik de Kyocera op de tweede verdieping?
Epson EcoTank print strepen, ook na het reinigen van de printkop
Canon Pixma wordt niet gevonden op mijn laptop via wifi
Konica Minolta vraagt om een gebruikerscode, welke moet ik invullen?
Dymo-labelprinter print lege labels
Zebra-printer in het magazijn print de etiketten scheef af
Toner bijna leeg, wie bestelt nieuwe cartridges? ⟦P|Marjolein⟧ zei dat ik het hier moest melden.
Printer print alleen de eerste pagina van een Excel-bestand
Kan ik vanaf mijn telefoon printen op de Brother?
HP Smart-app wil dat ik een account aanmaak om te printen. Moet dat echt?
Hoe zeg ik het Instant Ink-abonnement op?
Lexmark geeft foutcode 31.40
De Xerox op de tweede verdieping staat al drie dagen op 'Bezig'
Printer print vreemde tekens in plaats van de tekst
Excel loopt vast bij het openen van een groot bestand
Hoe maak ik een draaitabel in Excel?
VERT.ZOEKEN geeft #N/B terwijl de waarde er wel staat
Word zet overal rode kronkels onder, ook bij correcte Nederlandse woorden
Waar vind ik Bestand > Opties > Geavanceerd in de webversie van Word?
OneDrive synchroniseert niet, rood kruisje bij de map
Hoe herstel ik een vorige versie van een document in SharePoint?
Ik heb per ongeluk een map verwijderd in SharePoint, kan dat terug?
Iemand heeft mijn Excel-bestand open en nu kan ik niet bewerken. Hoe zie ik wie?
Ik wil een Excel-bestand delen met ⟦P|Lars⟧ van Financiën maar hij krijgt 'geen toegang'.
PowerPoint-presentatie is heel groot geworden, hoe maak ik hem kleiner?
Kan ik een PDF bewerken zonder Adobe Acrobat Pro?
Office vraagt om activering, maar ik heb een Microsoft 365-licentie
Excel-macro's worden geblokkeerd: 'Microsoft heeft de uitvoering van macro's geblokkeerd'
OneNote-notitieblok synchroniseert niet meer tussen laptop en iPad
Waar staat Automatisch Opslaan?
Power BI-rapport toont oude cijfers, hoe ververs ik de gegevens?
Hoe zet ik een Word-document om naar PDF met bladwijzers?
Visio is niet geïnstalleerd, kan ik een licentie krijgen?
Access-database geeft 'Bestand is al in gebruik'
Teams-bestanden openen in de browser in plaats van de app, hoe verander ik dat?
Mijn OneDrive-map staat vol met bestanden met '-LAPTOP-7' in de naam
Kan ik de SharePoint-site van Marketing synchroniseren met Verkenner?
Hoe maak ik een formulier met Microsoft Forms en koppel ik de antwoorden aan Excel?
Excel toont getallen als datum, bijvoorbeeld 3-apr in plaats van 3/4
Word-sjabloon met het nieuwe logo staat niet bij Nieuw
Copilot-knop staat in Word maar doet niets
Google Sheets: hoe maak ik een vervolgkeuzelijst?
Google Drive voor desktop vraagt steeds opnieuw om in te loggen
Adobe Reader geeft een foutmelding bij het ondertekenen van een PDF
Documenten ondertekenen via DocuSign, moet ik daar een account voor hebben?
Het Excel-bestand van ⟦P|Wendela⟧ bevat koppelingen naar een oude schijf. Hoe pas ik die allemaal tegelijk aan?
Canva-ontwerp exporteren als PDF voor de drukker, welke instellingen?
Dropbox zegt dat mijn opslag vol is maar ik heb bijna niks staan
WeTransfer-link verloopt te snel, kan ik die verlengen?
Adobe Creative Cloud-licentie overzetten naar een nieuwe laptop
Hoe stel ik het standaardlettertype in Word in op Arial?
Exact Online: bankkoppeling met ING werkt niet meer
Twinfield geeft een foutmelding bij het importeren van het bankbestand
Hoe maak ik een creditnota in Moneybird?
e-Boekhouden.nl: btw-aangifte klaarzetten, waar vind ik dat?
SnelStart start niet op na de laatste update
AFAS Pocket-app logt steeds uit
Hoe voeg ik een nieuwe gebruiker toe in Yuki?
In Visma eAccounting klopt de btw-code op inkoopfacturen niet
Loket.nl: loonstroken van november staan er nog niet op
Nmbrs-export naar Exact werkt niet meer
SAP Business One geeft een fout bij het boeken van een inkooporder
Odoo: hoe koppel ik de webshop aan de voorraad?
Microsoft Dynamics 365 Business Central is erg traag vandaag
Navision vraagt om een licentiebestand
Shopify-bestellingen komen niet door in onze boekhouding
WooCommerce-webshop toont een witte pagina na de plugin-update
Magento-checkout geeft een foutmelding bij iDEAL
Mollie-betalingen worden niet als betaald gemarkeerd in de webshop
Lightspeed-kassa print geen bonnen meer
Hoe koppel ik Bol.com aan onze voorraad in Picqer?
Unit4 geeft 'sessie verlopen' bij het goedkeuren van facturen
Jortt: hoe importeer ik een CSV met bankmutaties?
King-administratie overzetten naar een nieuwe server
De salarisstrook van ⟦P|Serkan Aydoğdu⟧ staat onder de verkeerde kostenplaats in AFAS. Wie kan dat aanpassen?
Factuurscans via Basecone komen niet door in Exact
Adyen-terminal geeft 'Not connected' bij de kassa
Webshop in Wix laadt heel traag
WordPress-site gehackt, er staan vreemde links op de homepage
Yoast zegt dat mijn sitemap niet bereikbaar is
Domeinnaam verhuizen van TransIP naar Hostnet, hoe gaat dat?
SSL-certificaat verlopen op onze website, bezoekers krijgen een waarschuwing
Cloudflare geeft error 522
Mailchimp-nieuwsbrief komt bij veel klanten in de spam
Laposta: hoe importeer ik een adreslijst?
HubSpot-formulier op de website stuurt geen meldingen meer
Zendesk-tickets worden niet meer automatisch toegewezen
TOPdesk: hoe zie ik de status van mijn melding?
ServiceNow-portal laat mijn ticket niet zien
Sendcloud maakt geen verzendlabels meer aan voor PostNL
MyParcel-koppeling met de webshop geeft een API-fout
Exact Online vraagt om een verificatiecode maar ik krijg geen e-mail
Hoe zet ik het ontvangen van Peppol-facturen aan in Exact?
Hoe verstuur ik e-facturen via Peppol met Billit?
Yuki-app uploadt geen bonnetjes meer
Moneybird-koppeling met de Rabobank vraagt om opnieuw te autoriseren
AFAS InSite: de verlofaanvraag van ⟦P|Josefien⟧ staat op 'in behandeling' terwijl ik hem heb goedgekeurd
Kan ⟦P|Brent Wijnants⟧ leesrechten krijgen op de administratie in Exact? Hij is onze nieuwe boekhouder.
Salesforce-rapport exporteren naar Excel lukt niet
Ik heb op een link geklikt in een verdachte mail, wat moet ik doen?
Norton zegt dat mijn abonnement verlopen is, maar ik heb betaald
McAfee blijft pop-ups geven, kan ik dat verwijderen?
Mogen we Kaspersky nog gebruiken? Wat is een goed alternatief?
Windows Defender blokkeert een programma dat ik nodig heb voor mijn werk
ESET meldt een trojan in een Excel-bestand van een klant
Is AVG AntiVirus Free goed genoeg voor thuis?
Bitdefender vertraagt mijn pc enorm
Ik kreeg een mail van 'Microsoft' dat mijn mailbox vol is, is dat phishing?
Iemand belt zich voor als Microsoft-medewerker en wil op mijn pc. Wat nu?
Malwarebytes vindt PUP's, moet ik die verwijderen?
Sophos blokkeert de website van onze leverancier
Ik krijg een melding 'Uw pc is vergrendeld, bel dit nummer'
Ransomware? Al mijn bestanden hebben ineens een vreemde extensie
Verdachte mail ontvangen namens ⟦P|Frederique Elzinga⟧ met een factuur, maar ze zegt dat ze niks gestuurd heeft.
Mag ik mijn werkmail op mijn privételefoon zetten?
Hoe meld ik een phishingmail bij de IT-afdeling?
USB-stick wordt geblokkeerd door het beveiligingsbeleid
Is het veilig om ChatGPT te gebruiken voor klantgegevens?
Het lampje van mijn webcam gaat vanzelf aan, ben ik gehackt?
Mijn Samsung Galaxy S23 laadt heel langzaam op
Google Pixel krijgt de werkmail niet binnen na het resetten
Logitech-muis werkt niet meer, batterij is al vervangen
Dockingstation van Dell (WD19) geeft geen beeld meer
Gebarsten scherm van mijn werktelefoon, hoe vraag ik een vervanging aan?
Mijn toetsenbord maakt van ' en e ineens é. Hoe zet ik dat uit?
Kan ik een tweede monitor aanvragen voor thuis?
Surface Pro start niet meer op, blijft hangen op het Windows-logo
Chromebook van school is vergrendeld door de beheerder
Raspberry Pi opstarten vanaf SSD lukt niet
Bose-koptelefoon wordt niet herkend als microfoon
Webcam Logitech C920 geeft zwart beeld in Teams
Externe harde schijf wordt niet meer herkend door Windows
USB-C-monitor geeft 'geen signaal'
Bonnetjesscanner (Fujitsu ScanSnap) werkt niet meer na de update
Mijn werktelefoon is gestolen, wat moet ik doen?
De tablet van de receptie (Samsung Galaxy Tab) wil geen apps installeren
Het scherm in vergaderruimte Escher werkt niet met ClickShare
Barco ClickShare-knop verbindt niet met het scherm in de vergaderzaal Mondriaan
Nieuwe laptop bestellen voor ⟦P|Wessel⟧, welke specificaties raden jullie aan voor CAD-werk?
AutoCAD 2025 crasht bij het openen van een DWG
SketchUp-licentie verlopen, wie beheert die?
Revit is traag op mijn werkstation
Mijn iPad laadt niet op met de USB-C-kabel van mijn laptop
Wacom-tablet werkt niet in Photoshop
Mag ik mijn eigen toetsenbord en muis aansluiten op de flexplek?
Hoe reset ik de Philips Hue Bridge?
Philips-monitor knippert na het aansluiten via DisplayPort
TomTom GO-update loopt vast op 80%
Garmin-horloge synchroniseert niet met Garmin Connect
Alexa verstaat me niet meer sinds de update
Google Home Mini reageert niet op 'Hey Google'
Ring-deurbel verbindt niet meer met de wifi
Hoe zet ik mijn nummer over van Ben naar Lebara?
Simyo: eSIM activeren op een nieuwe iPhone
Geen bereik in huis met Odido, wel met Vodafone
Voicemail van mijn zakelijke nummer uitzetten
Doorschakelen van de vaste lijn naar mijn mobiel, hoe stel ik dat in?
Telefooncentrale (3CX) geeft een bezettoon bij inkomende gesprekken
Voys-app toont geen gemiste oproepen meer
Kan ik WhatsApp Business op twee telefoons gebruiken?
Orange België: roaming werkt niet in Zwitserland
Youfone-simkaart wordt niet herkend
LinkedIn-bedrijfspagina: hoe voeg ik een tweede beheerder toe?
Instagram-account van de zaak is gehackt en ze hebben het e-mailadres veranderd
Facebook-advertentieaccount geblokkeerd zonder reden
Wat is het verschil tussen een persoonlijk en een zakelijk TikTok-account?
Hoe plan ik posts in Meta Business Suite?
Google Bedrijfsprofiel toont verkeerde openingstijden
YouTube-video's haperen op de pc van de receptie
Mijn X-account is op slot gezet
Waar kan ik als bedrijf reageren op Google Reviews?
Pinterest-pins linken nog naar de oude website
Intune: apparaat blijft 'niet conform' ondanks alle updates
Hoe voeg ik een gebruiker toe aan een beveiligingsgroep in Entra ID?
Het AD-account van ⟦P|Jurre Lammers⟧ staat op 'verlopen', kunnen jullie dat verlengen?
Azure-kosten zijn ineens verdubbeld deze maand
AWS-factuur voor S3 veel hoger dan verwacht
Google Workspace: hoe maak ik een groepsmailadres aan?
Licentie Microsoft 365 Business Premium toewijzen aan een nieuwe medewerker
Exchange Online: mailbox omzetten naar gedeelde mailbox na vertrek van een werknemer
Hoe geef ik een collega Volledige Toegang tot mijn agenda?
Citrix Workspace opent de applicaties niet meer, alleen een zwart venster
AnyDesk-sessie met de leverancier toestaan, mag dat?
TeamViewer zegt 'commercieel gebruik vermoed'
Jenkins-build faalt sinds vanochtend op de main-branch
GitHub Copilot werkt niet in Visual Studio Code
Docker Desktop start niet op Windows, WSL-fout
De back-up van Veeam is afgelopen nacht mislukt
Acronis herstelt geen bestanden van vorige week
Hoe vraag ik een nieuwe SharePoint-site aan voor ons project?
Graag toegang tot de map 'Directie' op de S-schijf voor ⟦P|Mirte van Gool⟧, goedgekeurd door ⟦P|Hendrik Blom⟧.
Wie beheert onze domeinnaam? We willen een DMARC-record toevoegen.
Kan het info-adres doorgestuurd worden naar twee collega's?
Mijn Google Workspace-account is overgezet naar Microsoft 365, waar is mijn Drive gebleven?
De server in de meterkast maakt een piepgeluid
Hoe verleng ik ons domein bij one.com?
Kan ik vanuit huis bij de bestanden op de Synology?
Personio: verlof aanvragen lukt niet via de app
Hoe installeer ik Spotify op mijn werklaptop? Software Center geeft hem niet.
Netflix op de tv in de kantine vraagt om een code
Mijn pc staat in het Engels sinds ⟦P|Tijmen⟧ hem heeft ingericht, hoe zet ik hem terug naar Nederlands?
Kan ik Zoom gebruiken in plaats van Teams voor klantgesprekken?
Mijn Outlook-agenda laat de afspraken van ⟦P|Ilona Mahieu⟧ niet zien, terwijl ze haar agenda wel gedeeld heeft.
Waar vind ik Software Center?
Kan ik de kassa-app van SumUp koppelen aan de boekhouding?
Hoe update ik de firmware van de Fritzbox 7590?
Monday.com-board wordt niet geladen in Edge
Jira-ticket kan niet worden verplaatst naar 'Klaar'
Confluence-pagina's laden heel traag
Asana-taken verdwijnen na het archiveren van een project
Edge opent steeds met MSN, hoe krijg ik Google als startpagina?
Chrome zegt 'Uw verbinding is niet privé' bij elke site
Firefox-bladwijzers kwijt na de update
Brave blokkeert de betaalpagina van onze leverancier
Hoe verwijder ik Opera? Het is vanzelf geïnstalleerd.
Vraag namens ⟦P|Nadira Bensaïd⟧ (Inkoop): zij kan de Gedeelde Mailbox Facturen niet meer openen.
laptop van ⟦P|sander⟧ doet het niet meer, kan iemand even langskomen?
Kan ik de agenda van ⟦P|Chantal Reijnders⟧ beheren? Ik ben haar nieuwe secretaresse.
⟦P|Job⟧ van de receptie krijgt geen mail meer binnen in de gedeelde mailbox Receptie.
Mail aan ⟦P|Nabil El Khatib⟧ komt terug met 'mailbox niet gevonden'. Hij werkt hier sinds maandag.
Hoe schakel ik het toestel van ⟦P|Elske⟧ door naar mijn mobiel tijdens haar verlof?
Namens ⟦P|Diederik Schoonhoven⟧: zijn VPN-token is verlopen en hij zit in het buitenland.
⟦P|Rianne⟧ heeft het Excel-bestand met de planning overschreven. Kunnen jullie de versie van gisteren terugzetten?
Graag de licentie van Adobe Acrobat Pro van ⟦P|Jeroen Kuipers⟧ overzetten naar ⟦P|Laila Amrani⟧.
Wie heeft ⟦P|Maurits⟧ beheerrechten gegeven op de SharePoint van HR?
De handtekening in Outlook moet aangepast: ⟦P|Anke de Roo⟧ is nu teamleider in plaats van ⟦P|Cor Bakels⟧.
⟦P|Romy⟧ kan niet printen naar de Kyocera, wel naar de HP.
De telefoon van ⟦P|Stan Oomen⟧ moet op afstand gewist worden, hij is hem kwijtgeraakt in de trein.
Ik zie in de gedeelde agenda alleen 'bezet' bij ⟦P|Orhan⟧, hoe krijg ik de details te zien?
De Douwe Egberts-koffieautomaat op kantoor wil geen verbinding maken met de wifi
Hugo-site bouwt niet meer sinds de update van het thema
Django-migratie faalt op de testserver
Cortana start steeds vanzelf op, hoe zet ik dat uit?
Kan ik de AH-app gebruiken met mijn zakelijke creditcard? Hij weigert de betaling.
Mijn Jumbo-bonnetjes staan niet meer in de app
Bol.com-partnerplatform: hoe upload ik een nieuwe productlijst?
Marktplaats-advertentie voor ons oude kantoormeubilair wordt steeds offline gehaald
Gedeelde Mailbox verschijnt niet in de nieuwe Outlook, in de oude wel
Foutmelding 0x80070005 bij het installeren van updates
Hoe maak ik een Teams-vergadering aan vanuit Outlook als de knop ontbreekt?
Mail naar een adres bij Telenet komt terug als onbestelbaar
Waar vind ik de handleiding voor de nieuwe telefoons van Yealink?
Mijn LinkedIn-wachtwoord werkt niet meer na de update van de app
Mijn Kindle wil geen verbinding maken met het bedrijfsnetwerk
"""

# ---------------------------------------------------------------------------
# 3. Company documents.
# ---------------------------------------------------------------------------
DOCS = [
    """Privacyverklaring Noordhaven ICT B.V.
Versie 3.2, laatst bijgewerkt op 14 oktober 2026

1. Wie Zijn Wij
Noordhaven ICT B.V. is een IT-dienstverlener uit Zwolle die werkplekbeheer, cloudhosting en netwerkbeheer levert aan het midden- en kleinbedrijf. In deze privacyverklaring leggen wij uit welke persoonsgegevens wij verwerken, waarom wij dat doen en welke rechten u heeft. Noordhaven ICT B.V. is verwerkingsverantwoordelijke voor de verwerkingen die in deze verklaring worden beschreven. Voor de diensten die wij namens onze klanten uitvoeren, zoals het beheer van hun Microsoft 365-omgeving, zijn wij verwerker en gelden de afspraken in de verwerkersovereenkomst.

2. Welke Persoonsgegevens Wij Verwerken
Wij verwerken persoonsgegevens die u zelf aan ons verstrekt, bijvoorbeeld wanneer u een offerte aanvraagt, een storing meldt via NoordDesk of contact opneemt met onze servicedesk. Het gaat om uw naam, functie, zakelijke e-mailadres, telefoonnummer en de naam van uw organisatie. Wanneer u onze klantportal MijnNoordhaven gebruikt, registreren wij daarnaast uw inlogmomenten en het IP-adres van waaruit u inlogt. Bij het oplossen van storingen kunnen wij technische gegevens van uw apparaat verwerken, zoals de apparaatnaam, het besturingssysteem en logbestanden. Wij verwerken geen bijzondere persoonsgegevens, tenzij dat strikt noodzakelijk is voor de uitvoering van de overeenkomst.

3. Doeleinden En Grondslagen
Wij verwerken uw persoonsgegevens alleen voor welbepaalde en gerechtvaardigde doeleinden. Wij gebruiken uw gegevens om de overeenkomst met uw organisatie uit te voeren, storingen op te lossen en facturen te versturen. De grondslag hiervoor is de uitvoering van een overeenkomst als bedoeld in artikel 6 lid 1 onder b van de AVG. Facturen en betalingsgegevens bewaren wij omdat de fiscale bewaarplicht ons daartoe verplicht. Daarnaast sturen wij klanten af en toe de nieuwsbrief Noordhaven Update, op basis van ons gerechtvaardigd belang. U kunt zich op elk moment afmelden via de link onderaan iedere nieuwsbrief.

4. BEWAARTERMIJNEN
Wij bewaren persoonsgegevens niet langer dan nodig is voor het doel waarvoor ze zijn verzameld. Gegevens over meldingen en tickets bewaren wij tot twee jaar na het sluiten van de melding. Facturen en de bijbehorende administratie bewaren wij zeven jaar, conform de fiscale bewaarplicht. Logbestanden van MijnNoordhaven worden na negentig dagen automatisch verwijderd. Sollicitatiegegevens verwijderen wij uiterlijk vier weken na afronding van de procedure, tenzij u toestemming geeft om ze een jaar langer te bewaren.

5. Delen Met Derden
Noordhaven verkoopt uw gegevens nooit aan derden. Wij schakelen wel leveranciers in die namens ons persoonsgegevens verwerken, zoals onze hostingpartner in Amsterdam en de leverancier van ons ticketsysteem. Met deze subverwerkers sluiten wij een verwerkersovereenkomst waarin passende beveiligingsmaatregelen zijn vastgelegd. Wij maken gebruik van Microsoft Azure-datacenters binnen de Europese Economische Ruimte. Doorgifte naar landen buiten de EER vindt alleen plaats als daarvoor een passend beschermingsniveau bestaat, bijvoorbeeld op basis van de modelcontractbepalingen van de EU-commissie.

6. Beveiliging
Wij nemen passende technische en organisatorische maatregelen om uw gegevens te beschermen tegen verlies en onrechtmatige verwerking. Onze medewerkers werken uitsluitend met versleutelde laptops en meervoudige verificatie. Noordhaven ICT B.V. is gecertificeerd volgens ISO 27001 en laat jaarlijks een externe audit uitvoeren. Toegang tot klantomgevingen wordt vastgelegd en periodiek gecontroleerd door ons Security Team.

7. UW RECHTEN
Op grond van de Algemene Verordening Gegevensbescherming heeft u het recht op inzage, rectificatie en verwijdering van uw persoonsgegevens. U heeft ook het recht om bezwaar te maken tegen de verwerking en het recht op overdraagbaarheid van uw gegevens. Een verzoek kunt u sturen naar privacy@noordhaven-ict.nl. Wij reageren binnen een maand op uw verzoek. Om misbruik te voorkomen kunnen wij u vragen om u te identificeren.

8. Functionaris Gegevensbescherming
Noordhaven heeft een Functionaris Gegevensbescherming aangesteld die toezicht houdt op de naleving van de privacywetgeving binnen onze organisatie. Onze Functionaris Gegevensbescherming is ⟦P|Marieke Sloothaak⟧. U kunt ⟦P|Marieke Sloothaak⟧ bereiken via het algemene adres privacy@noordhaven-ict.nl of per post ter attentie van de Functionaris Gegevensbescherming.

9. Klachten
Heeft u een klacht over de manier waarop wij met uw gegevens omgaan? Neem dan eerst contact met ons op. Wij doen ons best om samen tot een oplossing te komen. Komen wij er samen niet uit, dan heeft u het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens.

10. Wijzigingen
Wij kunnen deze privacyverklaring aanpassen wanneer onze dienstverlening of de wetgeving verandert. De meest recente versie vindt u altijd op onze website. Deze versie vervangt de privacyverklaring die nog was opgesteld onder de Wet bescherming persoonsgegevens.
""",
    """ALGEMENE VOORWAARDEN SERVARO CLOUD B.V.
Gedeponeerd bij de Kamer van Koophandel, versie januari 2026

ARTIKEL 1 – DEFINITIES
In deze algemene voorwaarden wordt verstaan onder Servaro: Servaro Cloud B.V., gevestigd te Eindhoven. Onder Klant wordt verstaan de natuurlijke persoon of rechtspersoon die met Servaro een Overeenkomst aangaat. Onder Diensten wordt verstaan alle diensten die Servaro levert, waaronder ServaroBackup, ServaroMail en het beheer van virtuele servers. Onder Overeenkomst wordt verstaan iedere afspraak tussen Servaro en de Klant over de levering van Diensten.

ARTIKEL 2 – TOEPASSELIJKHEID
Deze voorwaarden zijn van toepassing op alle aanbiedingen, offertes en Overeenkomsten van Servaro. Afwijkingen gelden alleen als Partijen deze schriftelijk zijn overeengekomen. De toepasselijkheid van inkoopvoorwaarden of andere voorwaarden van de Klant wordt uitdrukkelijk van de hand gewezen. Indien een bepaling nietig blijkt, blijven de overige bepalingen volledig van kracht.

ARTIKEL 3 – TOTSTANDKOMING VAN DE OVEREENKOMST
Alle offertes van Servaro zijn vrijblijvend en dertig dagen geldig. De Overeenkomst komt tot stand op het moment dat de Klant de offerte digitaal ondertekent of wanneer Servaro met de uitvoering begint. Servaro mag een aanvraag weigeren zonder opgave van redenen.

ARTIKEL 4 – UITVOERING
Servaro voert de Overeenkomst uit naar beste inzicht en vermogen en volgens de eisen van goed vakmanschap. Servaro heeft een inspanningsverplichting en geen resultaatsverplichting, tenzij uitdrukkelijk anders is overeengekomen. De Klant verstrekt tijdig alle informatie die Servaro nodig heeft voor de uitvoering. Servaro mag werkzaamheden laten uitvoeren door derden, zoals datacenterpartners in Nederland en Duitsland.

ARTIKEL 5 – PRIJZEN EN BETALING
Alle prijzen zijn in euro en exclusief btw. Abonnementskosten worden maandelijks of jaarlijks vooraf gefactureerd. De Klant betaalt binnen veertien dagen na factuurdatum. Bij te late betaling is de Klant van rechtswege in verzuim en is hij de wettelijke handelsrente verschuldigd. Servaro mag de prijzen eenmaal per jaar aanpassen aan de hand van het prijsindexcijfer voor zakelijke dienstverlening van het CBS.

ARTIKEL 6 – BESCHIKBAARHEID EN ONDERHOUD
Servaro spant zich in om de Diensten ononderbroken beschikbaar te houden. Gepland onderhoud vindt plaats in het onderhoudsvenster op dinsdagnacht tussen 00:00 en 04:00 uur. Servaro kondigt gepland onderhoud ten minste vijf werkdagen vooraf aan via de statuspagina. Voor gegarandeerde beschikbaarheid kan de Klant een aanvullende Service Level Agreement afsluiten.

ARTIKEL 7 – GEBRUIK VAN DE DIENSTEN
De Klant is verantwoordelijk voor het gebruik van de Diensten door zijn medewerkers. Het is niet toegestaan de Diensten te gebruiken voor het verspreiden van spam, malware of onrechtmatige inhoud. Servaro mag de toegang tot een Dienst opschorten als de Klant in strijd handelt met dit artikel. Servaro informeert de Klant hierover vooraf, tenzij dat redelijkerwijs niet van Servaro kan worden gevergd.

ARTIKEL 8 – INTELLECTUEEL EIGENDOM
Alle intellectuele eigendomsrechten op de software, de documentatie en het ServaroPortal berusten bij Servaro of haar licentiegevers. De Klant krijgt een niet-exclusief en niet-overdraagbaar gebruiksrecht voor de duur van de Overeenkomst. Het is de Klant niet toegestaan de software te kopiëren, te decompileren of aan derden ter beschikking te stellen.

ARTIKEL 9 – PERSOONSGEGEVENS
Voor zover Servaro bij de uitvoering van de Overeenkomst persoonsgegevens verwerkt namens de Klant, is Servaro verwerker in de zin van de AVG. Partijen sluiten hiervoor een verwerkersovereenkomst. De Klant staat ervoor in dat hij de persoonsgegevens rechtmatig verwerkt. Servaro meldt een datalek binnen 24 uur na ontdekking aan de Klant, zodat de Klant zo nodig tijdig melding kan doen bij de Autoriteit Persoonsgegevens.

ARTIKEL 10 – AANSPRAKELIJKHEID
De aansprakelijkheid van Servaro is beperkt tot vergoeding van directe schade. De totale aansprakelijkheid is per gebeurtenis beperkt tot het bedrag dat de Klant in de zes maanden voorafgaand aan de schade heeft betaald. Servaro is niet aansprakelijk voor indirecte schade, waaronder gevolgschade, gederfde winst en verlies van gegevens. Deze beperkingen gelden niet bij opzet of bewuste roekeloosheid van de bedrijfsleiding van Servaro.

ARTIKEL 11 – OVERMACHT
Servaro is niet gehouden tot nakoming van enige verplichting als zij daartoe verhinderd is door overmacht. Onder overmacht wordt onder meer verstaan: storingen in het internet, stroomuitval, DDoS-aanvallen en tekortkomingen van toeleveranciers. Duurt de overmacht langer dan zestig dagen, dan mogen beide Partijen de Overeenkomst schriftelijk ontbinden.

ARTIKEL 12 – DUUR EN BEËINDIGING
Een Overeenkomst voor een abonnement wordt aangegaan voor een periode van twaalf maanden. Na afloop wordt de Overeenkomst stilzwijgend verlengd voor onbepaalde tijd, met een opzegtermijn van één maand. Na beëindiging stelt Servaro de gegevens van de Klant gedurende dertig dagen beschikbaar voor export. Daarna worden alle gegevens definitief verwijderd.

ARTIKEL 13 – TOEPASSELIJK RECHT
Op deze voorwaarden en alle Overeenkomsten is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de bevoegde rechter van de Rechtbank Oost-Brabant.

Eindhoven, 5 januari 2026
Servaro Cloud B.V.
⟦P|Ruud Tammeling⟧, algemeen directeur
""",
    """Service Level Agreement
Helderwerk IT B.V. – Beheerde Werkplek En Cloudbackup

1. Inleiding
Deze Service Level Agreement (SLA) maakt deel uit van de overeenkomst tussen Helderwerk IT B.V. (hierna: Helderwerk) en de Klant. In deze SLA staan de afspraken over beschikbaarheid, reactietijden en oplostijden van de diensten Helderwerk Beheerde Werkplek en HelderBackup. Waar deze SLA afwijkt van de Algemene Voorwaarden van Helderwerk, gaat deze SLA voor.

2. Definities
Beschikbaarheid is het percentage van de tijd waarin de dienst bruikbaar is, gemeten per kalendermaand. Een Incident is een ongeplande onderbreking of vermindering van de kwaliteit van een dienst. Reactietijd is de tijd tussen de melding van een Incident en de eerste inhoudelijke reactie van een engineer. Oplostijd is de tijd tussen de melding en het moment waarop de dienst weer normaal functioneert of een workaround beschikbaar is. Servicevenster is de periode waarin Helderwerk de servicedesk bemant.

3. Servicevenster En Bereikbaarheid
De servicedesk is bereikbaar op werkdagen van 08:00 tot 18:00 uur. Meldingen kunnen 24 uur per dag worden ingediend via het portaal HelderDesk. Voor Incidenten met prioriteit 1 is buiten kantooruren een storingsdienst bereikbaar via het noodnummer dat in HelderDesk staat vermeld. Officiële feestdagen, waaronder Koningsdag en Tweede Kerstdag, vallen buiten het servicevenster.

4. PRIORITEITEN
Helderwerk deelt elk Incident in naar impact en urgentie. Prioriteit 1 geldt wanneer de hele organisatie niet kan werken, bijvoorbeeld bij uitval van Exchange Online of van het netwerk. Prioriteit 2 geldt wanneer een afdeling of een kritisch systeem, zoals het ERP-pakket, niet beschikbaar is. Prioriteit 3 geldt voor storingen bij één gebruiker. Prioriteit 4 geldt voor vragen, wensen en wijzigingsverzoeken. De Klant kan bij het melden een prioriteit voorstellen, maar de servicedesk bepaalt de definitieve indeling.

5. Reactie- En Oplostijden
Voor prioriteit 1 bedraagt de reactietijd 30 minuten en de oplostijd vier uur. Voor prioriteit 2 bedraagt de reactietijd één uur en de oplostijd één werkdag. Voor prioriteit 3 bedraagt de reactietijd vier uur en de oplostijd drie werkdagen. Voor prioriteit 4 bedraagt de reactietijd twee werkdagen; voor de oplostijd maken Partijen per verzoek een afspraak. Tijden worden alleen gemeten binnen het servicevenster, behalve bij prioriteit 1.

6. Beschikbaarheid
Helderwerk garandeert een beschikbaarheid van 99,8 procent per maand voor HelderBackup. Voor de beheerde werkplek geldt een beschikbaarheid van 99,5 procent voor de centrale componenten, zoals Intune en de beheerde firewall. Gepland onderhoud telt niet mee bij de berekening van de beschikbaarheid. Storingen bij Microsoft, KPN of andere derden waarop Helderwerk geen invloed heeft, tellen evenmin mee.

7. Back-up En Herstel
HelderBackup maakt dagelijks een back-up van Microsoft 365, inclusief Exchange Online, SharePoint, OneDrive en Teams. Back-ups worden dertig dagen bewaard in twee datacenters in Nederland. Op verzoek herstelt Helderwerk individuele bestanden of complete mailboxen. Eenmaal per kwartaal voeren wij een hersteltest uit en rapporteren wij de uitkomst aan de Klant.

8. RAPPORTAGE EN OVERLEG
Helderwerk stuurt maandelijks een rapportage met het aantal meldingen, de behaalde reactie- en oplostijden en de beschikbaarheid. Twee keer per jaar vindt een serviceoverleg plaats tussen de Klant en de servicemanager. Namens Helderwerk IT B.V. is ⟦P|Ingeborg Wassink⟧ de vaste servicemanager voor deze SLA. Bij afwezigheid van ⟦P|Ingeborg Wassink⟧ neemt het Hoofd Servicedesk haar taken waar.

9. Servicecredits
Wanneer Helderwerk de afgesproken beschikbaarheid in een maand niet haalt, heeft de Klant recht op een servicecredit. Het servicecredit bedraagt 5 procent van de maandelijkse vergoeding voor iedere 0,5 procent onder de norm, met een maximum van 25 procent. De Klant moet een servicecredit binnen dertig dagen na ontvangst van de maandrapportage schriftelijk aanvragen. Servicecredits worden verrekend met de eerstvolgende factuur en worden niet in geld uitgekeerd.

10. Verplichtingen Van De Klant
De Klant meldt Incidenten uitsluitend via HelderDesk of telefonisch via de servicedesk. De Klant wijst een vaste contactpersoon aan die bevoegd is om wijzigingen goed te keuren. De Klant zorgt dat apparaten die onder de beheerde werkplek vallen, zijn aangemeld in Intune en voorzien zijn van een geldige licentie. Brengt de Klant zelf wijzigingen aan in de configuratie, dan vervallen voor de betreffende onderdelen de afspraken uit deze SLA.

11. Looptijd En Evaluatie
Deze SLA heeft dezelfde looptijd als de onderliggende overeenkomst. Partijen evalueren de SLA jaarlijks en kunnen de normen in onderling overleg aanpassen. Wijzigingen worden schriftelijk vastgelegd in een nieuwe versie van dit document.
""",
    """Cookieverklaring Bitlijn B.V.

Wat Zijn Cookies?
Cookies zijn kleine tekstbestanden die bij een bezoek aan een website op uw computer, tablet of smartphone worden opgeslagen. Bitlijn B.V. gebruikt cookies en vergelijkbare technieken, zoals pixels en local storage, op de website van Bitlijn en in het klantportaal Bitlijn Online. In deze cookieverklaring leest u welke cookies wij gebruiken en waarom. Deze verklaring is een aanvulling op onze privacyverklaring.

FUNCTIONELE COOKIES
Functionele cookies zijn noodzakelijk om de website goed te laten werken. Ze onthouden bijvoorbeeld uw taalkeuze, de inhoud van uw winkelwagen in de Bitlijn Webshop en of u bent ingelogd in Bitlijn Online. Voor deze cookies is op grond van de Telecommunicatiewet geen toestemming nodig. Functionele cookies worden verwijderd zodra u uw browser sluit of na maximaal een jaar.

ANALYTISCHE COOKIES
Wij gebruiken Matomo om bij te houden hoe bezoekers onze website gebruiken. Matomo draait op onze eigen servers in Nederland, zodat de gegevens niet met derden worden gedeeld. IP-adressen worden geanonimiseerd voordat ze worden opgeslagen. Omdat deze cookies weinig of geen gevolgen hebben voor uw privacy, plaatsen wij ze zonder voorafgaande toestemming, in lijn met de richtlijnen van de Autoriteit Persoonsgegevens. De gegevens gebruiken wij om de website te verbeteren, bijvoorbeeld door pagina's met een hoog uitstappercentage aan te passen.

MARKETING- EN TRACKINGCOOKIES
Met uw toestemming plaatsen wij cookies van derden, zoals de LinkedIn Insight Tag en de Meta-pixel. Hiermee kunnen wij de effectiviteit van onze advertenties meten en u relevante advertenties tonen op andere websites. Deze derden kunnen uw gegevens combineren met andere informatie die zij over u hebben. Op de verwerking door deze partijen zijn hun eigen privacyverklaringen van toepassing. Wij plaatsen deze cookies pas nadat u in de cookiebanner op 'Alles accepteren' hebt geklikt.

Ingesloten Inhoud
Op sommige pagina's tonen wij video's van YouTube en kaarten van Google Maps. Wij gebruiken waar mogelijk de privacyvriendelijke modus van YouTube. Toch kunnen deze diensten cookies plaatsen zodra u de video afspeelt of de kaart gebruikt. Wilt u dat niet, dan kunt u ingesloten inhoud blokkeren via de cookie-instellingen.

Overzicht Van De Gebruikte Cookies
Het cookie bl_session onthoudt dat u bent ingelogd en vervalt na het sluiten van de browser. Het cookie bl_consent bewaart uw cookievoorkeuren gedurende twaalf maanden. De cookies _pk_id en _pk_ses zijn afkomstig van Matomo en vervallen na respectievelijk dertien maanden en dertig minuten. Het cookie li_sugr wordt geplaatst door LinkedIn en vervalt na drie maanden. Het cookie _fbp wordt geplaatst door Meta en vervalt eveneens na drie maanden.

Toestemming Intrekken
U kunt uw toestemming op elk moment intrekken via de link Cookie-instellingen onderaan elke pagina. U kunt cookies ook verwijderen via de instellingen van uw browser, zoals Chrome, Firefox, Safari of Edge. Let op: als u alle cookies verwijdert, werken sommige onderdelen van de website mogelijk niet meer goed. Ook moet u dan uw voorkeuren opnieuw instellen.

Uw Rechten
Voor zover cookies persoonsgegevens verwerken, heeft u de rechten die de AVG u geeft, zoals het recht op inzage en verwijdering. Hoe u deze rechten uitoefent, leest u in onze privacyverklaring. Heeft u vragen over deze cookieverklaring? Mail dan naar privacy@bitlijn.nl. Bent u niet tevreden over de afhandeling, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.

Wijzigingen
Bitlijn B.V. kan deze cookieverklaring wijzigen als wij nieuwe cookies gaan gebruiken of als de wetgeving verandert. Controleer deze pagina daarom regelmatig. Deze versie is vastgesteld op 1 september 2026.
""",
    """PRIVACYVERKLARING KEMPENLINK BV

Inleiding
Kempenlink BV is een Vlaamse IT-partner met kantoren in Geel en Turnhout. Wij installeren en beheren netwerken, telefonie en cloudtoepassingen voor kmo's, scholen en lokale besturen. Kempenlink hecht veel belang aan de bescherming van uw persoonsgegevens. In deze verklaring leggen we uit hoe wij met uw gegevens omgaan, in overeenstemming met de Algemene Verordening Gegevensbescherming (AVG) en de Belgische wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen.

1. Verwerkingsverantwoordelijke
De verwerkingsverantwoordelijke is Kempenlink BV, met maatschappelijke zetel in Geel. Voor de dagelijkse opvolging van privacyvragen kunt u terecht bij onze Data Protection Officer, ⟦P|Lieven Verstrepen⟧. U bereikt de DPO via dpo@kempenlink.be of per brief aan ons hoofdkantoor.

2. WELKE GEGEVENS WE VERZAMELEN
Wij verzamelen identificatie- en contactgegevens, zoals naam, functie, e-mailadres en gsm-nummer van de contactpersonen bij onze klanten. Voor interventies ter plaatse noteren we het adres van de locatie en het tijdstip van het bezoek. Wanneer u ons belt via de supportlijn, wordt het gesprek niet opgenomen, maar houden we wel een korte samenvatting bij in ons ticketsysteem KempenDesk. Wij vragen nooit naar uw rijksregisternummer, tenzij een wettelijke verplichting dat vereist.

3. Waarom We Uw Gegevens Gebruiken
We gebruiken uw gegevens om onze contracten uit te voeren, interventies te plannen en facturen op te maken. We gebruiken ze ook om u te informeren over geplande onderhoudswerken en dringende beveiligingsupdates. Met uw toestemming sturen wij u twee keer per jaar onze nieuwsbrief Kempenlink Inzicht. Voor het versturen van de nieuwsbrief gebruiken wij een Europese e-maildienst.

4. Rechtsgronden
Wij verwerken uw gegevens op basis van de uitvoering van een overeenkomst, een wettelijke verplichting, ons gerechtvaardigd belang of uw toestemming. Ons gerechtvaardigd belang bestaat onder meer uit het beveiligen van onze systemen en het verbeteren van onze dienstverlening. Wanneer wij op basis van toestemming werken, kunt u die toestemming op elk moment intrekken.

5. Bewaring
Klantgegevens bewaren wij zolang de samenwerking loopt en daarna nog maximaal vijf jaar. Boekhoudkundige documenten bewaren wij tien jaar, zoals de Belgische wetgeving voorschrijft. Gegevens uit KempenDesk worden na drie jaar geanonimiseerd. Camerabeelden van ons magazijn bewaren wij maximaal dertig dagen, tenzij ze nodig zijn als bewijs van een incident.

6. DOORGIFTE AAN DERDEN
Wij geven uw gegevens alleen door aan partners die ons helpen bij onze dienstverlening, zoals onze boekhouder, de leverancier van KempenDesk en onze datacenterpartner in Brussel. Met al deze partijen hebben wij verwerkersovereenkomsten gesloten. Wij geven geen gegevens door aan landen buiten de EU, tenzij er passende waarborgen zijn. Op vraag van politie of gerecht kunnen wij verplicht zijn gegevens te bezorgen.

7. Beveiliging
Kempenlink neemt de nodige technische en organisatorische maatregelen om uw gegevens te beveiligen. Onze medewerkers hebben alleen toegang tot de gegevens die ze nodig hebben voor hun werk. Alle laptops zijn versleuteld en aanmelden gebeurt met tweestapsverificatie. Bij een datalek volgen we een vaste procedure en melden we het lek indien nodig binnen 72 uur aan de toezichthouder.

8. Uw Rechten
U heeft het recht om uw gegevens in te kijken, te laten verbeteren of te laten wissen. U kunt zich verzetten tegen bepaalde verwerkingen en u kunt vragen om uw gegevens over te dragen aan een andere partij. Stuur uw verzoek naar de DPO, samen met een bewijs van uw identiteit. Wij antwoorden binnen de dertig dagen.

9. Klacht Indienen
Bent u het niet eens met de manier waarop wij uw gegevens verwerken, dan kunt u contact opnemen met ⟦P|Lieven Verstrepen⟧. U kunt ook een klacht indienen bij de Gegevensbeschermingsautoriteit (GBA) in Brussel. De GBA is de Belgische toezichthouder voor de bescherming van persoonsgegevens.

10. Wijzigingen Aan Deze Verklaring
Kempenlink kan deze privacyverklaring aanpassen. De meest recente versie staat steeds op onze website. Deze versie werd goedgekeurd door zaakvoerder ⟦P|Annick Vanderschueren⟧ en geldt vanaf 1 maart 2026.
""",
    """VERWERKERSOVEREENKOMST
Van Dalen Automatisering B.V.

Partijen
De klant, hierna te noemen de Verwerkingsverantwoordelijke, en Van Dalen Automatisering B.V., gevestigd te Amersfoort, hierna te noemen de Verwerker. Partijen hebben een overeenkomst gesloten voor de levering van het boekhoudpakket VDA Finance en de bijbehorende hostingdiensten. Bij de uitvoering van die overeenkomst verwerkt de Verwerker persoonsgegevens in opdracht van de Verwerkingsverantwoordelijke. In deze verwerkersovereenkomst leggen Partijen de voorwaarden vast die op grond van artikel 28 AVG vereist zijn.

1. ONDERWERP EN DUUR
Deze verwerkersovereenkomst is van toepassing op alle verwerkingen die de Verwerker uitvoert in het kader van de hoofdovereenkomst. De verwerkersovereenkomst heeft dezelfde looptijd als de hoofdovereenkomst. Bepalingen die naar hun aard bedoeld zijn om ook na beëindiging te blijven gelden, zoals de geheimhouding, blijven na afloop van kracht.

2. AARD EN DOEL VAN DE VERWERKING
De Verwerker verwerkt persoonsgegevens uitsluitend om VDA Finance beschikbaar te stellen, te onderhouden en te ondersteunen. Het gaat om gegevens van medewerkers, klanten en leveranciers van de Verwerkingsverantwoordelijke, zoals namen, adresgegevens, bankrekeningnummers en factuurgegevens. De Verwerker verwerkt geen bijzondere categorieën van persoonsgegevens, tenzij Partijen dat vooraf schriftelijk overeenkomen. Een overzicht van de categorieën persoonsgegevens is opgenomen in Bijlage 1.

3. INSTRUCTIES
De Verwerker verwerkt de persoonsgegevens alleen op basis van schriftelijke instructies van de Verwerkingsverantwoordelijke. Van Dalen Automatisering B.V. gebruikt de gegevens niet voor eigen doeleinden. Als een instructie naar het oordeel van de Verwerker in strijd is met de AVG, informeert de Verwerker de Verwerkingsverantwoordelijke daar onmiddellijk over.

4. GEHEIMHOUDING
Alle medewerkers van de Verwerker die toegang hebben tot de persoonsgegevens, hebben een geheimhoudingsverklaring getekend. Zij krijgen alleen toegang tot gegevens voor zover dat noodzakelijk is voor hun taak. De Verwerker controleert periodiek of toegangsrechten nog nodig zijn.

5. Beveiligingsmaatregelen
De Verwerker neemt passende technische en organisatorische maatregelen, waaronder versleuteling van gegevens in rust en tijdens transport. VDA Finance draait in twee gescheiden datacenters in Nederland. Van Dalen Automatisering B.V. is gecertificeerd volgens ISO 27001 en NEN 7510. Een beschrijving van de beveiligingsmaatregelen is opgenomen in Bijlage 2.

6. Subverwerkers
De Verwerker mag subverwerkers inschakelen na voorafgaande algemene schriftelijke toestemming van de Verwerkingsverantwoordelijke. De actuele lijst van subverwerkers staat in Bijlage 3 en omvat onder meer Microsoft Ireland Operations Ltd en een Nederlandse leverancier van back-upopslag. De Verwerker informeert de Verwerkingsverantwoordelijke ten minste dertig dagen vooraf over een nieuwe subverwerker. De Verwerkingsverantwoordelijke kan binnen die termijn gemotiveerd bezwaar maken.

7. INBREUK IN VERBAND MET PERSOONSGEGEVENS
De Verwerker meldt een inbreuk in verband met persoonsgegevens zonder onredelijke vertraging en uiterlijk binnen 24 uur na ontdekking. De melding bevat in ieder geval de aard van de inbreuk, de betrokken categorieën gegevens en de genomen maatregelen. De Verwerkingsverantwoordelijke beslist of de inbreuk wordt gemeld bij de Autoriteit Persoonsgegevens en aan de betrokkenen.

8. Rechten Van Betrokkenen
De Verwerker verleent medewerking aan verzoeken van betrokkenen om inzage, rectificatie of verwijdering. Ontvangt de Verwerker zo'n verzoek rechtstreeks, dan stuurt hij het door aan de Verwerkingsverantwoordelijke. De Verwerker handelt het verzoek niet zelf af.

9. Audit
De Verwerkingsverantwoordelijke mag eenmaal per jaar een audit laten uitvoeren door een onafhankelijke deskundige. De kosten van de audit komen voor rekening van de Verwerkingsverantwoordelijke, tenzij blijkt dat de Verwerker deze overeenkomst niet nakomt. De Verwerker stelt jaarlijks een ISAE 3402-rapport beschikbaar.

10. Einde Van De Overeenkomst
Na beëindiging van de hoofdovereenkomst retourneert de Verwerker alle persoonsgegevens in een gangbaar bestandsformaat. Daarna verwijdert de Verwerker de gegevens binnen zestig dagen, ook uit de back-ups. Op verzoek verstrekt de Verwerker een verklaring van verwijdering.

11. AANSPRAKELIJKHEID EN TOEPASSELIJK RECHT
Voor de aansprakelijkheid van Partijen geldt de regeling uit de hoofdovereenkomst. Op deze verwerkersovereenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de Rechtbank Midden-Nederland.

Ondertekening
Voor Van Dalen Automatisering B.V.: ⟦P|Reinout Koldenhof⟧, directeur, Amersfoort.
Voor de Verwerkingsverantwoordelijke: naam en functie volgens het bestelformulier.
""",
]


# ---------------------------------------------------------------------------
# Machinery.
# ---------------------------------------------------------------------------
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    return strip_accents(s).casefold().strip()


def parts(value):
    """The value itself, its words and its hyphen parts (len >= 3, no particles)."""
    out = {norm(value)}
    for w in re.split(r"\s+", value):
        for p in [w, *w.split("-")]:
            p = p.strip(".,'’")
            if len(p) >= 3 and norm(p) not in PARTICLES:
                out.add(norm(p))
    return out


def gold_name_parts():
    """Normalised PERSON gold values (and their words) of the dev sets; never printed."""
    found = set()
    for name in ("dev.jsonl", "airbnb_dev.jsonl"):
        path = SHARED / name
        if not path.exists():
            sys.exit(f"cannot check against {path}: missing")
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                for sp in json.loads(line).get("spans", []):
                    if sp.get("type") == "PERSON":
                        found |= parts(sp["value"])
    return found


def strip_markup(marked):
    text, spans, pos = [], [], 0
    out_len = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        text.append(chunk)
        out_len += len(chunk)
        value = m.group(1)
        spans.append(
            {"start": out_len, "end": out_len + len(value), "type": "PERSON", "value": value}
        )
        text.append(value)
        out_len += len(value)
        pos = m.end()
    text.append(marked[pos:])
    plain = "".join(text)
    if "⟦" in plain or "⟧" in plain:
        raise ValueError(f"unbalanced markup in: {marked[:80]!r}")
    for sp in spans:
        assert plain[sp["start"] : sp["end"]] == sp["value"]
    return plain, spans


def check_repeats(tid, text, spans, errors):
    """Every whole-word occurrence of a marked string (len >= 3), and of each
    capitalised word of a multi-word marked name, must lie inside a span."""
    probes = set()
    for sp in spans:
        v = sp["value"]
        if len(v) >= 3:
            probes.add(v)
        words = v.split()
        if len(words) > 1:
            for w in words:
                if len(w) >= 3 and w[0].isupper() and norm(w) not in PARTICLES:
                    probes.add(w)
    for p in probes:
        for m in re.finditer(r"(?<![\w-])" + re.escape(p) + r"(?![\w-])", text):
            if not any(sp["start"] <= m.start() and m.end() <= sp["end"] for sp in spans):
                errors.append(f"{tid}: unmarked occurrence of {p!r} at {m.start()}")


def sentences(text):
    return [s for s in re.split(r"[.!?\n]+", text) if re.search(r"\w", s)]


def build(prefix, channel, items, gold_parts, errors):
    rows = []
    for i, marked in enumerate(items, 1):
        tid = f"{prefix}-{i:03d}"
        text, spans = strip_markup(marked.strip("\n"))
        check_repeats(tid, text, spans, errors)
        for sp in spans:
            hit = parts(sp["value"]) & gold_parts
            if hit:
                errors.append(
                    f"{tid}: marked name {sp['value']!r} collides with a dev-set gold name (part {sorted(hit)})"
                )
        rows.append(
            {"id": tid, "channel": channel, "request": "none", "text": text, "spans": spans}
        )
    return rows


def main():
    gold_parts = gold_name_parts()
    errors = []
    reviews = [x for x in REVIEWS.strip("\n").split("\n") if x.strip()]
    helpdesk = [x for x in HELPDESK.strip("\n").split("\n") if x.strip()]
    sets = [
        ("reviews_heldout.jsonl", build("rev-ho", "review", reviews, gold_parts, errors), 150),
        (
            "helpdesk_questions_heldout.jsonl",
            build("hd-ho", "ticket", helpdesk, gold_parts, errors),
            400,
        ),
        ("company_docs_heldout.jsonl", build("doc-ho", "document", DOCS, gold_parts, errors), 6),
    ]
    # Duplicate texts would weigh double.
    for fname, rows, _ in sets:
        seen = {}
        for r in rows:
            if r["text"] in seen:
                errors.append(f"{fname}: {r['id']} duplicates {seen[r['text']]}")
            seen[r["text"]] = r["id"]
    for fname, rows, want in sets:
        if len(rows) != want:
            errors.append(f"{fname}: {len(rows)} texts, expected {want}")
    if errors:
        print("\n".join(errors))
        sys.exit(f"{len(errors)} problem(s); nothing written")
    for fname, rows, _ in sets:
        with open(HERE / fname, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{'file':36} {'texts':>6} {'sentences':>10} {'PERSON':>7} {'texts w/ PERSON':>16}")
    for fname, rows, _ in sets:
        n_sent = sum(len(sentences(r["text"])) for r in rows)
        n_pers = sum(len(r["spans"]) for r in rows)
        n_with = sum(1 for r in rows if r["spans"])
        print(f"{fname:36} {len(rows):>6} {n_sent:>10} {n_pers:>7} {n_with:>16}")
    for r in sets[2][1]:
        print(f"  {r['id']}: {len(sentences(r['text']))} sentences, {len(r['spans'])} PERSON")


if __name__ == "__main__":
    main()
