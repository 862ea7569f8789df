#!/usr/bin/env python3
"""Build the independent held-out evaluation set for privacywacht.

Every message is written with inline markup: ⟦TYPE|value⟧ marks a gold span.
The script strips the markup, computes exact character offsets, validates
checksums (BSN elfproef, IBAN mod-97, Luhn, NL/BE btw, Belgian rijksregister-
and eID-card numbers), checks that unannotated look-alikes (traps) really fail
their checksums, warns about unannotated repeats of annotated values, and
writes own_heldout.jsonl next to this file. Written for privacywacht by the team, entirely
fictional, independent of the detectors: a second check next to shared/eval/dev.jsonl.

usage: python3 benchmarks/data/build_own_heldout.py
"""

import json
import re
import sys
from pathlib import Path

from stdnum import iban, luhn
from stdnum.be import nn as be_nn
from stdnum.be import vat as be_vat
from stdnum.nl import bsn as nl_bsn
from stdnum.nl import btw as nl_btw

TYPES = {
    "PERSON",
    "EMAIL",
    "PHONE",
    "ADDRESS",
    "POSTCODE",
    "LOCATION",
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
    "HEALTH",
    "SPECIAL",
    "CUSTOMER_ID",
    "URL",
    "ORGANIZATION",
}
REQUESTS = {
    "none",
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "withdraw_consent",
    "automated_decision",
    "complaint",
}

# (id, channel, request, marked text, [values that legitimately occur unannotated])
M = []


def msg(channel, request, text, allow=()):
    M.append((f"ho-{len(M) + 1:02d}", channel, request, text.strip("\n"), list(allow)))


# ---------------------------------------------------------------- ho-01
msg(
    "email",
    "none",
    """
Van: ⟦PERSON|Maarten Kuipers⟧ <⟦EMAIL|m.kuipers@kpnplanet.nl⟧>
Aan: support@dijkhost.nl
Onderwerp: Re: MX-records na verhuizing [Ticket DH-2024-44817]

Hoi ⟦PERSON|Merel⟧,

Bedankt voor je uitleg. Ik heb de MX-records aangepast zoals je schreef, maar mail naar info@kuiperskozijnen.nl komt nog steeds niet binnen. De TTL stond op 86400, dus misschien moet ik gewoon nog een dag wachten?

Ter controle: ik log in op het klantpaneel vanaf ⟦IP_ADDRESS|77.172.48.209⟧ en mijn klantnummer is ⟦CUSTOMER_ID|DH-300918⟧. Het pakket is Mail & Web Basis, factuur DH-F-24-10882 is betaald.

Groet,
⟦PERSON|Maarten Kuipers⟧
Kuipers Kozijnen & Montage
⟦PHONE|06 - 21 48 93 70⟧

Op 9 okt. 2024 om 14:12 schreef Dijkhost Support <support@dijkhost.nl>:
> Beste ⟦PERSON|Maarten⟧,
>
> Na de verhuizing moeten de MX-records naar mx1.dijkhost.nl en mx2.dijkhost.nl wijzen (prioriteit 10 en 20). Het kan tot 24 uur duren voordat alle resolvers de wijziging zien.
>
> Met vriendelijke groet,
> ⟦PERSON|Merel Hazenberg⟧
> Dijkhost B.V. | 088 - 345 67 00 | KvK 61824417
""",
)

# ---------------------------------------------------------------- ho-02
msg(
    "ticket",
    "none",
    """
Ticket CP-58120 | Bankkoppeling | Behandelaar: ⟦PERSON|Sander Oosting⟧
Klant: ⟦PERSON|Esther Kooistra⟧ – Kooistra Yoga & Pilates (account ⟦CUSTOMER_ID|CP-104772⟧)
KvK: ⟦KVK|80451276⟧ | btw-id: ⟦BTW|NL614626250B43⟧

Klant heeft sinds kort een zakelijke rekening bij een Duitse onlinebank (⟦IBAN|DE56 3317 6696 9411 2643 09⟧) en die wordt niet herkend door de PSD2-koppeling (foutmelding PSD2-404 "bank not supported"). De oude rekening ⟦IBAN|NL73RABO0223547463⟧ is per 1 oktober opgeheven, daarom lopen de afschriften sinds 30-09 niet meer binnen.

Workaround: CAMT.053-bestand handmatig importeren via Bank > Importeren. Klant akkoord, uitleg gemaild.
Batchnummer laatste geslaagde import: 204572881. App-versie 3.18.4, probleem ook gemeld bij de koppelingspartner (case PSD-7719).
""",
)

# ---------------------------------------------------------------- ho-03
msg(
    "chat",
    "erasure",
    """
[10:02] visitor: hi, I closed my account with you last year when I moved back to the UK
[10:02] visitor: but I still get your newsletter AND payment reminders for a domain I don't own anymore
[10:03] ⟦PERSON|Febe⟧ (Hostingkot): Hi! Sorry about that. What's the name and e-mail on the account?
[10:04] visitor: ⟦PERSON|Oliver Bennett⟧, ⟦EMAIL|olly.bennett@btinternet.com⟧, date of birth ⟦DATE_OF_BIRTH|21 September 1987⟧ if you need it
[10:04] visitor: I want you to erase everything you have on me. That includes the scan of my passport you asked for at signup (passport no. ⟦ID_DOCUMENT|533187420⟧)
[10:05] ⟦PERSON|Febe⟧ (Hostingkot): Understood. I'm registering an erasure request. We have to keep invoices for 7 years under Belgian accounting law, everything else will be deleted. You'll get a confirmation within a month.
[10:06] visitor: fine, thanks ⟦PERSON|Febe⟧
""",
)

# ---------------------------------------------------------------- ho-04
msg(
    "email",
    "access",
    """
Van: ⟦PERSON|Kübra Doğan⟧ <⟦EMAIL|kubra.dogan@gmail.com⟧>
Aan: info@pcdokter-zaandam.nl
Onderwerp: Verzoek om inzage persoonsgegevens

Geachte heer/mevrouw,

In mei heb ik mijn laptop bij PC Dokter Zaandam laten repareren (werkorder WO-2405-118). Bij het ophalen moest ik mijn identiteitskaart laten zien en ik zag dat uw medewerker daar een foto van maakte met zijn telefoon.

Ik wil graag weten welke persoonsgegevens u van mij bewaart, waaronder die foto van mijn identiteitskaart (documentnummer ⟦ID_DOCUMENT|IBK47R2P8⟧), waarvoor u ze gebruikt, hoe lang u ze bewaart en of u ze met anderen deelt. Graag ontvang ik ook een kopie van al deze gegevens.

Ter identificatie: ⟦ADDRESS|Westzijde 88⟧, ⟦POSTCODE|1506 EE⟧ ⟦LOCATION|Zaandam⟧, geboren op ⟦DATE_OF_BIRTH|3 maart 1994⟧.

Met vriendelijke groet,
⟦PERSON|K. Doğan⟧
""",
    allow=["Zaandam"],
)

# ---------------------------------------------------------------- ho-05
msg(
    "ticket",
    "none",
    """
Interventie SC-INT-24-3107 | Scheldecom
Klant: ⟦PERSON|Griet Lemmens⟧, zelfstandig vertaalster (btw ⟦BTW|BE 0612.004.078⟧), klantnr ⟦CUSTOMER_ID|SC-20417⟧
Locatie: thuiskantoor, ⟦ADDRESS|Kioskplaats 14 bus 3⟧, ⟦POSTCODE|2660⟧ ⟦LOCATION|Hoboken⟧

Toegang: klant is ⟦HEALTH|rolstoelgebruiker⟧, aanbellen aan de achterkant (lift). Code van de garagepoort: ⟦CREDENTIAL|73915⟧.
Parkeren: bezoekerskaart ligt klaar voor de bestelwagen van de technieker (⟦LICENSE_PLATE|1-TRV-447⟧).
Probleem: wifi-mesh (TP-Link Deco X50, firmware 1.2.10 Build 20240319) valt weg in het bureau op zolder; NAS Synology DS923+ niet meer bereikbaar via QuickConnect.
Gsm klant voor aankomst: ⟦PHONE|0475 82 19 46⟧
Gepland: dinsdag 15/10 om 13u30. Technieker: ⟦PERSON|Senne⟧.
""",
)

# ---------------------------------------------------------------- ho-06
msg(
    "chat",
    "none",
    """
klant: hoi ik heb gister een screenprotector besteld (bestelling 88213) maar die mag je verwijderen, heb m al bij de action gekocht lol
Telefoonhuis: Hoi! Geen probleem, ik annuleer bestelling 88213. Kan ik verder nog iets voor je doen?
klant: ja mn samsung ligt nog bij jullie voor een nieuwe accu. moet ik de pincode doorgeven? is ⟦CREDENTIAL|290613⟧
Telefoonhuis: Liever niet via de chat 🙂 Voor een accuwissel hebben we hem niet nodig. Onder welke naam is de reparatie aangemeld?
klant: ⟦PERSON|sharon vliet⟧, tel ⟦PHONE|0031 6 4720 1983⟧
Telefoonhuis: Dank je ⟦PERSON|Sharon⟧! Hij is morgen na 15:00 klaar, kosten € 59,-.
klant: top. oja de afspraak van donderdag voor mn vriend ⟦PERSON|dylan⟧ mag je ook afmelden, die komt niet
""",
)

# ---------------------------------------------------------------- ho-07
msg(
    "email",
    "rectification",
    """
Van: ⟦PERSON|Hanne De Smedt⟧ <⟦EMAIL|hanne.desmedt@telenet.be⟧>
Aan: klantendienst@kasboek.be
Onderwerp: Verkeerde gegevens in mijn profiel

Goeiedag,

Bij het nakijken van mijn profiel zie ik dat er een paar zaken niet kloppen:
- mijn geboortedatum staat op ⟦DATE_OF_BIRTH|12/07/1985⟧ maar moet ⟦DATE_OF_BIRTH|21/07/1985⟧ zijn
- mijn gsm-nummer is niet meer ⟦PHONE|0486 11 29 74⟧ maar ⟦PHONE|+32 477 40 58 12⟧
- de straatnaam is verkeerd geschreven: het is ⟦ADDRESS|Zwijnaardsesteenweg 502⟧, niet ⟦ADDRESS|Zwijnaardestwg 502⟧ (⟦POSTCODE|9000⟧ ⟦LOCATION|Gent⟧)

Kunnen jullie dat rechtzetten? Het adres verschijnt ook op de facturen die ik naar mijn klanten stuur, dus het is nogal dringend. Factuur 2024/118 is al met het foute adres vertrokken.

Klantnummer: ⟦CUSTOMER_ID|KB-005513⟧

Alvast bedankt,
⟦PERSON|Hanne⟧
""",
)

# ---------------------------------------------------------------- ho-08
msg(
    "ticket",
    "none",
    """
Ticket BW-INC-7731 | Security | Prioriteit: P1
Klant: Stichting Kinderopvang De Vlinderboom (klantnr ⟦CUSTOMER_ID|BW-1188⟧)
Melder: ⟦PERSON|Karin van Dam⟧ (locatiemanager), ⟦PHONE|024 - 377 52 18⟧
Opvolging: ⟦PERSON|Jasmijn Terpstra⟧ (Brugwerk SOC)

Microsoft Defender meldt een verdachte aanmelding op het account van ⟦PERSON|Karin⟧ vanaf ⟦IP_ADDRESS|185.220.101.47⟧ (Tor-exitnode). Legitieme aanmeldingen komen van haar thuisverbinding ⟦IP_ADDRESS|2a02:a458:8c1f:1:e4d2:77ff:fe19:3b6a⟧.
In de gedeelde OneNote "IT-zaken" stond een SendGrid API-sleutel in platte tekst: ⟦CREDENTIAL|SG.x7Rt2vKpQ9mLz4Wn8bY.c3Hj6dFs1aPq0uTe5oGk9rZw2xVy7nMb4LiC8eA0sDf⟧ → ingetrokken en vervangen.
Defender-agentversie op de laptop: 10.8.1.22 (up-to-date).

Acties: sessies ingetrokken, wachtwoord gereset, MFA opnieuw geregistreerd.
⟦PERSON|Karin⟧ is vanaf morgen twee weken afwezig (⟦HEALTH|knieoperatie⟧). Vervanger: ⟦PERSON|Lieke Verbeek⟧, ⟦EMAIL|l.verbeek@devlinderboom.nl⟧. Terugkoppeling naar haar sturen.
""",
)

# ---------------------------------------------------------------- ho-09
msg(
    "chat",
    "access",
    """
[14:31] bezoeker: goeiemiddag
[14:31] bezoeker: ik krijg sinds een tijdje reclame van een webshop die zegt dat ze mijn gegevens "van een partner" hebben. zijt gij dat?
[14:32] ⟦PERSON|Ilias⟧ – Maasland ICT: Dag! Wij verkopen geen klantgegevens, maar ik zoek het graag na. Met wie spreek ik?
[14:33] bezoeker: ⟦PERSON|stefaan vermeersch⟧, ik woon in ⟦LOCATION|Lanaken⟧ en ben klant sinds 2019. ik ben ook ⟦SPECIAL|voorzitter van de lokale N-VA-afdeling⟧, misschien komt het daarvan
[14:33] bezoeker: ik wil eigenlijk gewoon weten wat ge allemaal over mij bijhoudt en aan wie ge dat doorgeeft. kunt ge mij dat eens bezorgen?
[14:34] ⟦PERSON|Ilias⟧ – Maasland ICT: Natuurlijk. Ik registreer dit als inzageverzoek, ge krijgt binnen een maand een volledig overzicht. Naar welk adres mag dat?
[14:35] bezoeker: ⟦EMAIL|stefaan.vermeersch@skynet.be⟧, of per post naar ⟦ADDRESS|Koning Albertlaan 212⟧ ⟦POSTCODE|3620⟧ ⟦LOCATION|Lanaken⟧
[14:35] ⟦PERSON|Ilias⟧ – Maasland ICT: Genoteerd, bedankt ⟦PERSON|Stefaan⟧!
""",
)

# ---------------------------------------------------------------- ho-10
msg(
    "email",
    "none",
    """
Van: ⟦PERSON|Rutger Boersma⟧ <⟦EMAIL|rutger@boersmabouw.nl⟧>
Aan: support@cijferpost.nl
Onderwerp: Fwd: gegevens voor loonstrook

Hallo Cijferpost,

Ik probeer een nieuwe medewerker toe te voegen in de module Salaris, maar bij het opslaan krijg ik steeds "veld ongeldig" zonder te zeggen welk veld. Ik heb alles overgenomen uit de mail hieronder. Daarnaast zegt het systeem dat het wachtwoord is verlopen als ik de loonaangifte wil versturen, terwijl ik het vorige week nog heb gewijzigd.

Kan iemand meekijken? Mijn account is ⟦CUSTOMER_ID|CP-099315⟧.

⟦PERSON|Rutger⟧
Boersma Bouw & Onderhoud B.V.

---------- Forwarded message ---------
Van: ⟦PERSON|Paweł Nowak⟧ <⟦EMAIL|pawel.nowak1990@wp.pl⟧>
Date: ma 7 okt 2024 om 21:14
Subject: gegevens voor loonstrook
To: ⟦PERSON|Rutger Boersma⟧ <⟦EMAIL|rutger@boersmabouw.nl⟧>

Dag ⟦PERSON|Rutger⟧,

Hierbij mijn gegevens voor de loonadministratie:
Naam: ⟦PERSON|Paweł Nowak⟧
Geboortedatum: ⟦DATE_OF_BIRTH|14.02.1990⟧
BSN: ⟦BSN|113846502⟧
Rekening: ⟦IBAN|NL39 SNSB 0699 0349 03⟧
Adres: ⟦ADDRESS|Kerkstraat 9a⟧, ⟦POSTCODE|8261 CK⟧ ⟦LOCATION|Kampen⟧

Groeten,
⟦PERSON|Paweł⟧
""",
)

# ---------------------------------------------------------------- ho-11
msg(
    "ticket",
    "objection",
    """
Ticket DH-2024-45102 | Categorie: Privacy | Kanaal: telefoon
Aangemaakt door: ⟦PERSON|Tobias van Rijn⟧

Mevr. ⟦PERSON|Chandni Mangroe⟧ (⟦CUSTOMER_ID|DH-118260⟧) belde naar aanleiding van onze mail over het nieuwe "slimme upsell-programma". Zij maakt bezwaar tegen het analyseren van haar websitestatistieken en betaalgedrag voor gepersonaliseerde aanbiedingen en wil daar uitdrukkelijk niet aan meedoen. Facturen en storingsmeldingen wil ze gewoon blijven ontvangen.

Terugbellen kan op ⟦PHONE|(070) 362 48 19⟧ na 17:00, of mailen naar ⟦EMAIL|c.mangroe@ziggo.nl⟧.

Actie: vinkje "profilering" uit in het CRM, schriftelijke bevestiging binnen 1 maand. Doorgezet naar privacy@dijkhost.nl. Service-ID hosting: web-srv-4412.
""",
)

# ---------------------------------------------------------------- ho-12
msg(
    "chat",
    "none",
    """
visitor: hey, new starter here at Harbourline Logistics, i cant get into outlook, it keeps asking for an approval on my phone but i dont have the app yet
⟦PERSON|Lore⟧ (Scheldecom): Hi and welcome! Which name is your account under?
visitor: ⟦PERSON|Fiona MacLeod⟧. my manager is ⟦PERSON|Dries Van Acker⟧
⟦PERSON|Lore⟧ (Scheldecom): Thanks ⟦PERSON|Fiona⟧. I'll send a Temporary Access Pass to your mobile. What's the number?
visitor: still my scottish one, ⟦PHONE|+44 7911 123458⟧. getting a belgian sim next week
⟦PERSON|Lore⟧ (Scheldecom): Sent. Please don't paste it here.
visitor: oops too late, its ⟦CREDENTIAL|g7Hq!x2Lp9Wz⟧
⟦PERSON|Lore⟧ (Scheldecom): No worries, I'll revoke it and send a new one, valid for 60 minutes. Your ticket is SC-T-58821 for reference.
visitor: cheers, sorry!
""",
)

# ---------------------------------------------------------------- ho-13
msg(
    "email",
    "withdraw_consent",
    """
Van: ⟦PERSON|Samira Benali⟧ <⟦EMAIL|s.benali@benalifysio.nl⟧>
Aan: marketing@brugwerk.nl
Onderwerp: Klantverhaal op jullie website

Beste Brugwerk,

Vorig jaar heb ik toestemming gegeven om mijn foto en een uitspraak van mij te gebruiken in het klantverhaal over de overstap van onze praktijk naar de cloud ("Van papieren dossiers naar Microsoft 365"). Inmiddels heb ik daar spijt van: patiënten zoeken mij op internet op en komen dan bij jullie pagina uit.

Ik trek mijn toestemming hiervoor in. Graag de foto en mijn naam van de website en uit de nieuwsbrief van september halen.

Het beheercontract loopt gewoon door, daar verandert niets aan.

Met vriendelijke groet,

⟦PERSON|Samira Benali⟧
Fysiotherapie Benali
⟦ADDRESS|Hatertseweg 641⟧, ⟦POSTCODE|6535 ZT⟧ ⟦LOCATION|Nijmegen⟧
⟦PHONE|06-18 27 45 90⟧
""",
    allow=["Benali"],
)

# ---------------------------------------------------------------- ho-14
msg(
    "ticket",
    "none",
    """
Werkbon PD-24-1187 | PC Dokter Zaandam | aangenomen: ⟦PERSON|Orhan⟧

Klant: mevr. ⟦PERSON|Gerda Postma-Hilbers⟧, ⟦ADDRESS|Vincent van Goghweg 34⟧, ⟦POSTCODE|1506JB⟧ ⟦LOCATION|Zaandam⟧
Tel: ⟦PHONE|075-6172284⟧

Apparaat: iMac 24" (2021), SN C02FK1XYQ6
Klacht: start op met een map met vraagteken. Klant wil vooral de foto's en het document "Testament concept" terug.
Wachtwoord gebruiker: ⟦CREDENTIAL|poes&kater12⟧
Offerte: SSD 1 TB € 149,00 + dataherstel € 85,00. Akkoord per telefoon 02-10.
Klant heeft ⟦HEALTH|epilepsie⟧ en mag niet autorijden: graag thuisbezorgen, of ophalen door familie.
Bestelnummer SSD bij leverancier: 573698252

Update 09-10: opgehaald door zoon ⟦PERSON|Jeroen Postma⟧, rijbewijs ⟦ID_DOCUMENT|5126839407⟧ gecontroleerd.
""",
    allow=["Zaandam"],
)

# ---------------------------------------------------------------- ho-15
msg(
    "email",
    "complaint",
    """
Van: ⟦PERSON|Kristof Janssens⟧ <⟦EMAIL|kristof.janssens@proximus.be⟧>
Aan: support@hostingkot.be
CC: dpo@hostingkot.be
Onderwerp: Klacht: wachtwoord in platte tekst én naar een andere klant

Geachte,

Na het resetten van mijn account kreeg ik van jullie een mail met mijn nieuwe wachtwoord in platte tekst (⟦CREDENTIAL|Hk!2024-welkom⟧), en in CC stond het adres van een andere klant. Die persoon heeft dus mijn login, mijn klantnummer (⟦CUSTOMER_ID|HK-60312⟧) en mijn gsm-nummer ⟦PHONE|0495/21.88.07⟧ kunnen zien.

Dit vind ik onaanvaardbaar. Ik dien hierbij formeel klacht in over hoe jullie met mijn persoonsgegevens omgaan en verwacht een schriftelijke uitleg. Zonder antwoord binnen 14 dagen leg ik de zaak voor aan de Gegevensbeschermingsautoriteit.

Met vriendelijke groeten,
⟦PERSON|Kristof Janssens⟧
⟦ADDRESS|Diestsesteenweg 144⟧, ⟦POSTCODE|3010⟧ ⟦LOCATION|Kessel-Lo⟧

Op ma 14 okt. 2024 om 08:55 schreef Hostingkot <support@hostingkot.be>:
> Beste klant,
>
> Uw wachtwoord werd gereset op uw vraag. U kunt nu opnieuw inloggen via mijn.hostingkot.be.
>
> Team Hostingkot
""",
)

# ---------------------------------------------------------------- ho-16
msg(
    "chat",
    "none",
    """
[Chat 09:47 – Cijferpost]
Klant: goedemorgen, ik ben ⟦PERSON|jildou zijlstra⟧, ik heb een eenmanszaak in grafisch ontwerp
Klant: ik wil mijn abonnement opzeggen per 1 januari want ik ga in loondienst. moet ik dan ook iets met de kvk?
⟦PERSON|Fleur⟧ (Cijferpost): Goedemorgen ⟦PERSON|Jildou⟧! Opzeggen kan via Instellingen > Abonnement. Uitschrijven bij de KvK doe je zelf via kvk.nl.
Klant: ok. mijn kvk nummer ⟦KVK|73920184⟧ en btw-id ⟦BTW|NL879809279B10⟧ staan nog in het profiel, moet ik dat laten staan voor de laatste aangifte?
⟦PERSON|Fleur⟧ (Cijferpost): Ja, laat ze staan tot je de aangifte over Q4 hebt gedaan. Daarna kun je alles exporteren via Rapportages.
Klant: en factuur 2024-0087 staat nog open bij een klant van me, kan ik die na het opzeggen nog versturen?
⟦PERSON|Fleur⟧ (Cijferpost): Tot 31 december kan alles nog, daarna heb je 12 maanden alleen-lezen toegang.
Klant: perfect, bedankt!
""",
)

# ---------------------------------------------------------------- ho-17
msg(
    "email",
    "none",
    """
From: ⟦PERSON|James Thornton⟧ <⟦EMAIL|james@thornton.dev⟧>
To: billing@hostingkot.be
Subject: Renewal of ⟦URL|thornton.dev⟧ failed - new card

Hi there,

My card on file expired, which is why the renewal of ⟦URL|thornton.dev⟧ failed (your reference REN-2024-7731). Please charge my new card instead: ⟦CREDIT_CARD|3747 815806 99836⟧, exp 11/28. The amount was EUR 34,99 if I remember correctly.

Also, my portfolio at ⟦URL|https://thornton.dev/work⟧ should link to ⟦URL|github.com/jthornton-gent⟧ but the old redirect goes to a 404. Is that something on your side (nginx config) or mine?

Best,
⟦PERSON|James⟧
⟦PHONE|+32 472 19 83 06⟧
""",
)

# ---------------------------------------------------------------- ho-18
msg(
    "ticket",
    "rectification",
    """
Ticket DH-2024-45377 | Domeinen > Houdergegevens
Ingediend via klantpaneel door ⟦PERSON|Errol Kromodimedjo⟧ (⟦CUSTOMER_ID|DH-207731⟧)

Bericht klant:
Bij de houdergegevens van mijn domeinnaam ⟦URL|kromodimedjo.nl⟧ staan nog mijn oude adres en een verkeerd telefoonnummer. Ik wil dat jullie dit corrigeren, ook bij SIDN.
Oud adres: ⟦ADDRESS|Reigersbos 104⟧, ⟦POSTCODE|1107 ES⟧ ⟦LOCATION|Amsterdam⟧
Nieuw adres: ⟦ADDRESS|Dr. Schaepmanlaan 17⟧, ⟦POSTCODE|2286 XA⟧ ⟦LOCATION|Rijswijk⟧
Telefoon moet zijn ⟦PHONE|+31 (0)70 399 14 62⟧ in plaats van ⟦PHONE|070 399 14 26⟧ (cijfers omgedraaid).

Interne notitie (⟦PERSON|Merel⟧): adres en telefoon aangepast in het klantpaneel, SIDN-update ingediend (transactie 7731-SIDN-0921). Houder is een natuurlijk persoon, dus gegevens afgeschermd in de WHOIS.
""",
)

# ---------------------------------------------------------------- ho-19
msg(
    "chat",
    "erasure",
    """
hoi
ik was vorige maand bij jullie voor een nieuwe laptop en toen hebben jullie mn oude schijf gekopieerd
nu wil ik dat jullie die kopie en al mijn gegevens weggooien, ik wil niet dat er nog iets van mij bij jullie staat
ik ben ⟦PERSON|mohamed el idrissi⟧, mn nummer is ⟦PHONE|06 3874 1052⟧
oja op die schijf stond ook mijn belastingaangifte met mijn bsn ⟦BSN|787479081⟧ dus graag echt alles verwijderen
""",
)

# ---------------------------------------------------------------- ho-20
msg(
    "email",
    "none",
    """
Van: ⟦PERSON|Nathan Cools⟧ <⟦EMAIL|nathan@coolsbouwadvies.be⟧>
Aan: support@maaslandict.be
Onderwerp: nieuwe collega + aanpassing domiciliëring

Dag ⟦PERSON|Kimberly⟧,

Vanaf 4 november komt ⟦PERSON|Elif Şahin⟧ ons team versterken als tekenaar. Kunnen jullie een account aanmaken (⟦EMAIL|elif.sahin@coolsbouwadvies.be⟧) met dezelfde rechten als ⟦PERSON|Wannes⟧? Ze werkt op maandag en dinsdag van thuis uit in ⟦LOCATION|Hasselt⟧, dus ze heeft ook VPN nodig.

Voor de koppeling met het sociaal secretariaat vroegen jullie vorige keer ook het rijksregisternummer; dat van ⟦PERSON|Elif⟧ is ⟦ID_DOCUMENT|91.10.02-084.91⟧ (° ⟦DATE_OF_BIRTH|02/10/1991⟧).

Verder: de domiciliëring voor jullie facturen mag vanaf nu van onze nieuwe rekening ⟦IBAN|BE72 1499 3263 0016⟧ (was ⟦IBAN|BE36 6468 3990 0681⟧). Factuur MI-2024-0931 is nog van de oude rekening gegaan, dat is ok.

Groeten,
⟦PERSON|Nathan⟧

--
⟦PERSON|Nathan Cools⟧ | zaakvoerder
Cools Bouwadvies (eenmanszaak) – btw ⟦BTW|BE 0673.389.836⟧
⟦PHONE|011 24 67 93⟧
""",
)

# ---------------------------------------------------------------- ho-21
msg(
    "ticket",
    "automated_decision",
    """
Onderwerp: Account automatisch geblokkeerd – graag beoordeling door een mens
Van klant: ⟦PERSON|Hamza El Amrani⟧
E-mail: ⟦EMAIL|hamza.elamrani@outlook.com⟧
Klantnummer: ⟦CUSTOMER_ID|CP-130455⟧

Bericht:
Vanochtend kreeg ik de melding dat mijn account is "opgeschort op basis van ons geautomatiseerde fraudedetectiesysteem". Het enige wat ik heb gedaan is mijn bankrekening wijzigen naar ⟦IBAN|NL67BUNQ0355347107⟧ en inloggen vanuit ⟦LOCATION|Nador⟧, waar ik twee weken bij familie ben (IP ⟦IP_ADDRESS|105.158.44.23⟧).

Ik ga er niet mee akkoord dat een algoritme zonder tussenkomst van een mens mijn account blokkeert terwijl ik deze week facturen moet versturen. Ik wil dat een medewerker dit opnieuw beoordeelt en dat u uitlegt op basis van welke regels het systeem dit besluit neemt.

Telefonisch: ⟦PHONE|+31 6 55 02 18 73⟧ (WhatsApp werkt hier het best).

Interne notitie (⟦PERSON|Sander⟧): risicoscore 87/100 (regel R-12: nieuw IBAN + buitenlands IP binnen 24 uur). Handmatige review aangevraagd bij team Compliance, SLA 2 werkdagen.
""",
)

# ---------------------------------------------------------------- ho-22
msg(
    "chat",
    "none",
    """
klant: dag, mijn gsm is op de grond gevallen en het scherm is helemaal zwart. kunnen jullie da vandaag nog maken?
GSM Hospitaal Gent: Dag! Welk toestel is het? Een scherm van een iPhone 14 Pro vervangen duurt ongeveer een uur, € 289.
klant: ja iphone 14 pro. ik ben ⟦HEALTH|slechtziend⟧ en gebruik voiceover, werkt da daarna nog?
GSM Hospitaal Gent: Ja hoor, alle instellingen blijven behouden. Op welke naam mag ik een afspraak zetten?
klant: ⟦PERSON|lies van damme⟧, ⟦PHONE|0494/63.27.18⟧. kan ik om 16u komen? ik kom van ⟦LOCATION|Lochristi⟧ met de bus
GSM Hospitaal Gent: 16u is goed. Bij vragen kunt ge ons altijd bellen op 09 233 40 50.
klant: merci!
""",
)

# ---------------------------------------------------------------- ho-23
msg(
    "email",
    "portability",
    """
Van: ⟦PERSON|Toon Vervoort⟧ <⟦EMAIL|toon@vervoort-schilderwerken.be⟧>
Aan: privacy@kasboek.be
Onderwerp: Overdracht van mijn gegevens naar een ander pakket

Geachte,

Op 1 januari stap ik over naar het boekhoudprogramma dat mijn boekhouder gebruikt. Op basis van artikel 20 van de GDPR vraag ik jullie om al mijn gegevens (klanten- en leveranciersfiches, verkoop- en aankoopfacturen 2021–2024, dagboeken en btw-aangiftes) te bezorgen in een gestructureerde, gangbare vorm die machineleesbaar is, en ze indien mogelijk rechtstreeks over te maken aan mijn boekhouder ⟦PERSON|Ilham Bakkali⟧ (⟦EMAIL|ilham@bakkali-fiscaal.be⟧).

Ondernemingsnummer: ⟦BTW|BE0565.519.205⟧
Klantnummer: ⟦CUSTOMER_ID|KB-002871⟧

Met vriendelijke groeten,
⟦PERSON|Toon Vervoort⟧
Schilderwerken Vervoort
⟦PHONE|03 484 62 17⟧ – ⟦PHONE|0468 25 90 14⟧
""",
    allow=["Vervoort"],
)

# ---------------------------------------------------------------- ho-24
msg(
    "ticket",
    "none",
    """
Ticket BW-INC-7790 | Diefstal laptop | Prioriteit: Hoog
Melder: ⟦PERSON|Pieter-Jan Hofstede⟧ (directeur Hofstede Installatietechniek B.V.), ⟦PHONE|06-51 73 28 44⟧
Klant: ⟦CUSTOMER_ID|BW-1032⟧

Gisteren tussen 17:00 en 19:00 is de auto van ⟦PERSON|Pieter-Jan⟧ (⟦LICENSE_PLATE|NF-628-T⟧) opengebroken op een parkeerplaats in ⟦LOCATION|Wijchen⟧. Laptop (HP EliteBook 840 G10, asset BW-A-2291) en een map met offertes weg. Aangifte gedaan, registratienummer politie 2024289731.

Acties:
- Intune: wipe verstuurd, apparaat is nog niet online geweest
- BitLocker-herstelsleutel (⟦CREDENTIAL|449053-184151-534754-258467-573254-497750-679415-606650⟧) staat in Entra, NIET delen
- Laatste aanmelding vanaf ⟦IP_ADDRESS|31.21.155.240⟧ (thuis, Odido) om 16:42
- Wachtwoord en MFA gereset

Melding bij de AP nodig? Offertes bevatten NAW-gegevens van particulieren; beoordelen met ⟦PERSON|Jasmijn⟧.
""",
    allow=["Hofstede"],
)

# ---------------------------------------------------------------- ho-25
msg(
    "chat",
    "complaint",
    """
[15:02] klant: ik ben echt boos. ik had mijn telefoon bij jullie ter reparatie en nu zegt een kennis dat jullie medewerker foto's uit mijn galerij heeft rondgestuurd??
[15:03] ⟦PERSON|Mitchell⟧ | Telefoonhuis: Dat is heel vervelend om te horen. Kunt u mij uw naam en het reparatienummer geven?
[15:04] klant: ⟦PERSON|gwendolyn fränkel⟧, reparatie TH-9921. er stonden ook foto's op van na mijn ⟦HEALTH|borstamputatie⟧ voor de plastisch chirurg
[15:05] klant: ik wil hier officieel een klacht over indienen. zo ga je niet met iemands gegevens om. anders meld ik het bij de autoriteit persoonsgegevens
[15:06] ⟦PERSON|Mitchell⟧ | Telefoonhuis: Ik begrijp het. Ik leg uw klacht direct neer bij de bedrijfsleider en onze privacyverantwoordelijke. Hoe kunnen we u bereiken?
[15:06] klant: ⟦EMAIL|gwen.frankel@hotmail.com⟧ of ⟦PHONE|06 12 83 70 45⟧
""",
)

# ---------------------------------------------------------------- ho-26
msg(
    "email",
    "none",
    """
Van: ⟦PERSON|Wessel van der Meulen⟧ <⟦EMAIL|wvdmeulen@zonnig-advies.nl⟧>
Aan: support@cijferpost.nl
Onderwerp: Rittenregistratie: tweede auto + startpunt

Hallo,

Ik gebruik sinds kort de rittenregistratie van Cijferpost voor mijn eenmanszaak Zonnig Advies (KvK ⟦KVK|90384417⟧, btw-id ⟦BTW|NL618422602B84⟧). Naast mijn bestelbus (⟦LICENSE_PLATE|VF-318-X⟧) heb ik een privéauto (⟦LICENSE_PLATE|58-GJV-2⟧) die ik soms zakelijk gebruik. Kan ik die allebei aan één account koppelen? En telt de app dan automatisch de 500 km-grens voor privégebruik mee?

Verder zag ik dat versie 2.14.0 van de app mijn huisadres (⟦ADDRESS|Populierenlaan 27⟧ in ⟦LOCATION|Houten⟧) als startpunt in elke rit zet. Kan dat verborgen worden in de export voor mijn boekhouder? Die krijgt nu bij iedere rit van 12-09 t/m 30-09 mijn adres te zien.

Groet,
⟦PERSON|Wessel⟧
""",
)

# ---------------------------------------------------------------- ho-27
msg(
    "ticket",
    "restriction",
    """
Ticket HK-T-33871 | Categorie: Facturatie / Privacy
Aangemaakt door: ⟦PERSON|Febe⟧ na telefoongesprek

Mevrouw ⟦PERSON|Magdalena Zielińska⟧ betwist de juistheid van de gegevens waarmee haar account werd aangemaakt: haar adres klopt niet en volgens haar heeft iemand anders op haar naam een VPS besteld. Zolang wij dat uitzoeken wil zij dat haar gegevens enkel bewaard en niet gebruikt worden: geen facturatie, geen doorgifte aan het incassobureau, geen marketing. Verzoek tot beperking van de verwerking genoteerd.

Contact: ⟦PHONE|+32 (0)470 91 35 26⟧, ⟦EMAIL|magda.zielinska@gmail.com⟧
Ter verificatie gaf klant haar geboortedatum (⟦DATE_OF_BIRTH|27-06-2001⟧) en rijksregisternummer ⟦ID_DOCUMENT|01062715302⟧ — rijksregisternummer niet overnemen in het CRM.
Klantnr ⟦CUSTOMER_ID|HK-71148⟧; factuur HK-F-24-05521 (€ 119,40) on hold gezet.
""",
)

# ---------------------------------------------------------------- ho-28
msg(
    "chat",
    "none",
    """
[20:14] klant: hey ik kan niet meer inloggen via ftp, krijg 530 login incorrect
[20:15] ⟦PERSON|Tobias⟧ (Dijkhost): Hoi! Om welk domein gaat het?
[20:15] klant: salonroos.nl, wachtwoord is ⟦CREDENTIAL|Roosje#1977⟧ en dat heb ik niet veranderd
[20:16] ⟦PERSON|Tobias⟧ (Dijkhost): Deel je wachtwoord liever niet in de chat, wijzig het straks even. Ik zie dat je IP ⟦IP_ADDRESS|145.53.212.88⟧ geblokkeerd is na 10 mislukte pogingen, ik haal de blokkade weg.
[20:17] klant: top. de plugin Salon Booking staat op versie 1.12.0.3, moet die ook geupdate?
[20:17] ⟦PERSON|Tobias⟧ (Dijkhost): Ja, de nieuwste is 1.14.2. Nog iets?
[20:18] klant: ja kan ik de verlenging van het pakket met creditcard betalen? ⟦CREDIT_CARD|5412 7580 7302 1572⟧
[20:18] ⟦PERSON|Tobias⟧ (Dijkhost): Dat kan, maar vul je kaart alsjeblieft zelf in via Facturen > Betalen, niet hier. Ik heb je bericht gemaskeerd.
[20:19] klant: oeps sorry. dank je, groetjes ⟦PERSON|roos⟧
""",
)

# ---------------------------------------------------------------- ho-29
msg(
    "email",
    "erasure",
    """
Van: ⟦PERSON|Marieke Schouten-Veldman⟧ <⟦EMAIL|mschoutenveldman@hetnet.nl⟧>
Aan: info@telefoonhuis-amersfoort.nl
Onderwerp: Account opheffen en mijn gegevens vergeten

Goedendag,

Twee jaar geleden heb ik bij Telefoonhuis Amersfoort een toestel met abonnement gekocht en daarbij een account en een klantenkaart aangemaakt. Het abonnement is inmiddels afgelopen.

Ik wil dat account opheffen en ik verzoek u al mijn persoonsgegevens uit uw systemen te verwijderen (het "recht om vergeten te worden"). Dat geldt ook voor mijn telefoonnummer ⟦PHONE|033 - 461 72 90⟧, mijn geboortedatum die ik voor de klantenkaart heb opgegeven (⟦DATE_OF_BIRTH|8 december 1968⟧) en de scan van mijn ID-kaart die bij het abonnement is gemaakt, inclusief het BSN dat daarop staat (⟦BSN|2603.72.274⟧).

Mijn klantenkaartnummer is ⟦CUSTOMER_ID|TH-K-004417⟧. Bestelling 2022-10577 mag in uw boekhouding blijven staan als dat wettelijk moet.

Met vriendelijke groet,
⟦PERSON|M. Schouten-Veldman⟧
""",
)

# ---------------------------------------------------------------- ho-30
msg(
    "ticket",
    "none",
    """
Interventieverslag MI-24-1544 | Maasland ICT
Klant: Groepspraktijk Vanhees & Moens (klantnr ⟦CUSTOMER_ID|MI-3307⟧)
Aanwezig: dr. ⟦PERSON|Lien Moens⟧, technieker ⟦PERSON|Ilias⟧

Uitgevoerd:
- eID-lezers aan 3 consultatie-pc's vervangen (ACS ACR39U), eID-middleware 5.1.21 geïnstalleerd
- koppeling EMD-software met het eHealth-platform getest met de eID van dr. ⟦PERSON|Moens⟧ (kaartnummer ⟦ID_DOCUMENT|591-2847063-21⟧)
- wachtwoord van de praktijk-wifi gewijzigd naar ⟦CREDENTIAL|Kempen-Gezond!47⟧ op vraag van de artsen; gastenwifi ongewijzigd

Opmerking: op het scherm aan het onthaal stond een patiëntenlijst met diagnoses open, zichtbaar vanuit de wachtzaal. Privacyfilter voorgesteld.
De wagen van dr. ⟦PERSON|Moens⟧ (⟦LICENSE_PLATE|2-GKT-561⟧) stond voor de technische ruimte, volgende keer vooraf verwittigen.
Volgende stap: offerte MI-OF-24-221 voor 2 laptops (€ 2.318,00 excl. btw).
""",
    allow=["Moens"],
)

# ---------------------------------------------------------------- ho-31
msg(
    "chat",
    "none",
    """
Bezoeker: hello, sorry for english. i make my invoices in cijferpost for my cleaning business. on invoice 2024-051 the name of my client is wrong, "⟦PERSON|Zeynep Kaya⟧" must be "⟦PERSON|Zeynep Kaya-Demir⟧". how can i change after sending?
⟦PERSON|Fleur⟧ (Cijferpost): Hi! A sent invoice can't be edited. Create a credit note for 2024-051 and send a new invoice. Under Relaties you can correct the client's name for future invoices.
Bezoeker: ok thanks. also the pdf shows my home address ⟦ADDRESS|Graaf Florisstraat 61B⟧, ⟦POSTCODE|3021 CJ⟧ ⟦LOCATION|Rotterdam⟧. can i hide it and only show my kvk ⟦KVK|91538207⟧?
⟦PERSON|Fleur⟧ (Cijferpost): An address is legally required on an invoice, but it can be a business or postal address. You can change it under Instellingen > Bedrijfsgegevens.
Bezoeker: ok i will think about it. name is ⟦PERSON|Krzysztof Wójcik⟧ btw if you need it
""",
)

# ---------------------------------------------------------------- ho-32
msg(
    "ticket",
    "none",
    """
Ticket BW-SR-10488 | Service request | Agent: ⟦PERSON|Remco⟧
Klant: Schoonmaakbedrijf Glansrijk B.V. (⟦CUSTOMER_ID|BW-1401⟧)
Aanvrager: ⟦PERSON|Soufiane Ouazzani⟧ (planner), ⟦EMAIL|s.ouazzani@glansrijk.nl⟧

Verzoek: in ShiftPlanner (versie 5.3.0.12) een terugkerende blokkade op vrijdag 13:00–14:00 voor ⟦PERSON|Mustafa Güler⟧ en ⟦PERSON|Idris Benhaddou⟧. Toelichting aanvrager: beiden zijn ⟦SPECIAL|moslim⟧ en gaan dan naar het vrijdaggebed.
Let op: ShiftPlanner-exports gaan naar de loonadministratie. Reden NIET in het planningsveld zetten, alleen "vaste afwezigheid".
Daarnaast werkt ⟦PERSON|Mustafa⟧ tot 1 december aangepaste uren i.v.m. re-integratie na een ⟦HEALTH|hernia⟧; dit staat al in het HR-systeem, geen actie voor ons.
Uitgevoerd 16-10, bevestigd aan aanvrager.
""",
)

# ---------------------------------------------------------------- ho-33
msg(
    "email",
    "none",
    """
Van: ⟦PERSON|Dimitri Papadopoulos⟧ <⟦EMAIL|dimitri.papadopoulos@scarlet.be⟧>
Aan: facturatie@scheldecom.be
Onderwerp: Re: Herinnering factuur SC-F-2024-1881

Dag ⟦PERSON|Senne⟧,

Excuses, ik dacht dat de domiciliëring liep. Ik heb het bedrag van € 145,20 zonet overgeschreven vanaf ⟦IBAN|BE74 0308 3407 9407⟧ met de mededeling +++090/9337/55493+++.

Kunnen jullie de domiciliëring nu wel activeren op die rekening? Mijn klantnummer is ⟦CUSTOMER_ID|SC-20873⟧.

Ik werk tot eind november vanuit ⟦LOCATION|Thessaloniki⟧, dus bellen liefst op mijn Griekse nummer ⟦PHONE|+30 694 512 7730⟧.

Groeten,
⟦PERSON|Dimitri⟧

Op vr 18 okt. 2024 om 10:03 schreef Scheldecom Facturatie <facturatie@scheldecom.be>:
> Beste klant,
>
> Volgens onze gegevens staat factuur SC-F-2024-1881 (€ 145,20) nog open. Gelieve te betalen met de gestructureerde mededeling +++090/9337/55493+++ op rekening BE19 0034 6966 2112 van Scheldecom.
>
> Met vriendelijke groeten,
> ⟦PERSON|Senne Goris⟧
> Scheldecom bv – Noorderlaan 133, 2030 Antwerpen – 03 298 41 00
""",
)

# ---------------------------------------------------------------- ho-34
msg(
    "chat",
    "none",
    """
[11:20] bezoeker: hallo, ik wil een .be domein registreren voor onze voetbalclub maar de betaling lukt niet
[11:21] ⟦PERSON|Febe⟧ @ Hostingkot: Dag! Welke foutmelding krijgt ge?
[11:21] bezoeker: "transactie geweigerd". ik heb al 3x mijn kaart ingegeven, ⟦CREDIT_CARD|4397 6260 0070 5611⟧
[11:22] ⟦PERSON|Febe⟧ @ Hostingkot: Opgelet, deel uw kaartnummer nooit in de chat! Ik zie bij ons transactiereferentie 4075 6900 7200 3174, die werd door uw bank geweigerd (3D Secure).
[11:23] bezoeker: ah ok sorry. ik ben ⟦PERSON|jelle maes⟧, secretaris van KFC Sint-Amands
[11:23] bezoeker: kunt ge mij anders een factuur sturen? mijn gsm is ⟦PHONE|0032 471 36 92 05⟧
[11:24] ⟦PERSON|Febe⟧ @ Hostingkot: Zeker, ik zet bestelling HK-B-92013 op factuur. Naar welk e-mailadres?
[11:24] bezoeker: secretariaat@kfcsintamands.be
[11:25] ⟦PERSON|Febe⟧ @ Hostingkot: Merci ⟦PERSON|Jelle⟧, ge krijgt de factuur binnen het uur.
""",
)

# ---------------------------------------------------------------- ho-35
msg(
    "email",
    "none",
    """
Van: ⟦PERSON|Rajesh Bhoendie⟧ <⟦EMAIL|rbhoendie@kpnmail.nl⟧>
Aan: support@dijkhost.nl
Onderwerp: Webshop tijdelijk pauzeren + nieuwe rekening

Beste Dijkhost,

Volgende week krijg ik een ⟦HEALTH|heupoperatie⟧ en ik verwacht zeker zes weken niet te kunnen werken. Kan ik mijn webshop tijdelijk in onderhoudsmodus zetten zonder dat het hostingpakket vervalt? Het pakket Shop Plus (€ 19,95 p/m) wil ik gewoon doorbetalen.

Ook wil ik dat de automatische incasso voortaan van mijn nieuwe rekening ⟦IBAN|NL88 ABNA 0413 8815 83⟧ gaat. De oude rekening bij Triodos hef ik op.

Mijn afspraak in het ziekenhuis is op 24 oktober. In die tijd kan mijn zoon ⟦PERSON|Anil⟧ vragen beantwoorden via ⟦PHONE|06-44 19 27 38⟧.

Klantnummer ⟦CUSTOMER_ID|DH-151027⟧, laatste order 2024-33108.

Met vriendelijke groet,
⟦PERSON|R. Bhoendie⟧
Bhoendie Specerijen
⟦URL|www.linkedin.com/in/rajesh-bhoendie⟧
""",
    allow=["Bhoendie"],
)

# ---------------------------------------------------------------- ho-36
msg(
    "ticket",
    "none",
    """
Ticket CP-58877 | Salarismodule | 2e lijn
Klant: ⟦PERSON|Inge Bosman⟧, Bosman Kinderopvang (⟦CUSTOMER_ID|CP-087440⟧)

Probleem: bij het importeren van een nieuwe medewerker geeft de module "ongeldig BSN". In de kolom BSN staat 281940723; dat blijkt het batchnummer van de vorige import te zijn (faalt de elfproef). Het juiste BSN van de medewerker, ⟦PERSON|Ola Kamińska⟧, stond een kolom verder: ⟦BSN|875525854⟧. Geboortedatum volgens het bestand: ⟦DATE_OF_BIRTH|1996-11-04⟧.
Klant had ook een scan van het paspoort meegestuurd (nummer ⟦ID_DOCUMENT|NRF83K2L7⟧); niet nodig voor ons, bijlage verwijderd.
Klant vraagt daarnaast of de contributie van ⟦PERSON|Ola⟧ als ⟦SPECIAL|lid van CNV Vakmensen⟧ via de loonstrook ingehouden kan worden → ja, via looncomponent "inhouding vakbond".

Oplossing: kolommapping gecorrigeerd, import opnieuw uitgevoerd. Bug gemeld als CP-DEV-2291 (versie 3.19.0).
Behandeld door ⟦PERSON|Sander Oosting⟧
""",
    allow=["Bosman"],
)

# ---------------------------------------------------------------- ho-37
msg(
    "chat",
    "none",
    """
[13:08] klant: hallo ik heb een laptop gekocht in jullie webshop maar hij is kapot aangekomen, scherm heeft een barst
[13:09] ⟦PERSON|Orhan⟧ (PC Dokter): Hoi, vervelend! Wat is je ordernummer?
[13:09] klant: 2024-WS-00418
[13:10] ⟦PERSON|Orhan⟧ (PC Dokter): Ik zie hem. Wil je een nieuwe of je geld terug?
[13:10] klant: geld terug graag op ⟦IBAN|NL08INGB0983212634⟧ tnv ⟦PERSON|c. arslan⟧
[13:11] ⟦PERSON|Orhan⟧ (PC Dokter): Prima, € 699,- wordt binnen 5 werkdagen teruggestort. We halen de laptop op, op welk adres?
[13:12] klant: ⟦ADDRESS|peperstraat 140⟧ ⟦POSTCODE|1502ab⟧ ⟦LOCATION|zaandam⟧
[13:12] klant: en bel me even voor jullie komen ⟦PHONE|+31 6 2857 3014⟧, ik ben ⟦PERSON|cem⟧
[13:13] ⟦PERSON|Orhan⟧ (PC Dokter): Top ⟦PERSON|Cem⟧, de koerier komt donderdag tussen 9 en 13 uur. Je krijgt een retourlabel per mail.
""",
)

# ---------------------------------------------------------------- ho-38
msg(
    "email",
    "none",
    """
Van: ⟦PERSON|Sarah D'Hondt⟧ <⟦EMAIL|sarah.dhondt@dhondt-interieur.be⟧>
Aan: support@maaslandict.be
Onderwerp: privémailbox op laptop + tankkaart-app

Hallo ⟦PERSON|Kimberly⟧,

Sinds de verkiezingen van oktober ben ik ⟦SPECIAL|gemeenteraadslid voor Vooruit⟧ en ik wil die mails strikt gescheiden houden van de zaak. Kunnen jullie mijn privé-adres ⟦EMAIL|sarah.dhondt@outlook.be⟧ op mijn laptop instellen als apart profiel naast de mailbox van D'Hondt Interieur?

Daarnaast vraagt de tankkaart-app de nummerplaat van mijn nieuwe bedrijfswagen, ⟦LICENSE_PLATE|1-XRL-742⟧, maar ik krijg steeds "ongeldig formaat". Zonder streepjes (⟦LICENSE_PLATE|1XRL742⟧) werkt het ook niet.

En mijn laptop (Dell Latitude 7440, serienummer 9QZ4K53) is traag sinds de update naar 23H2.

Groeten,
⟦PERSON|Sarah⟧

⟦PERSON|Sarah D'Hondt⟧ – zaakvoerder D'Hondt Interieur
⟦PHONE|089 41 27 63⟧
""",
    allow=["D'Hondt"],
)

# ---------------------------------------------------------------- ho-39
msg(
    "ticket",
    "none",
    """
Ticket DH-ABUSE-2024-0977 | Phishing | Prioriteit: Hoog
Melding van: ⟦PERSON|Hannah Price⟧ <⟦EMAIL|h.price@fastmail.co.uk⟧> via abuse@dijkhost.nl
Gemelde URL: hxxps://mijn-ing-verificatie.tuinhuisjes-groothandel.nl/login
Klant: ⟦PERSON|Henk-Jan Brinkman⟧ (⟦CUSTOMER_ID|DH-093355⟧), site draait op shared-12.dijkhost.nl

Analyse (⟦PERSON|Tobias van Rijn⟧):
- Verouderde WordPress 5.8.1 met kwetsbare plugin "WP File Upload" 4.3.2 → phishingkit in /wp-content/uploads/2024/10/
- Uploads vanaf ⟦IP_ADDRESS|89.248.165.72⟧; klant beheert de site zelf vanaf ⟦IP_ADDRESS|2001:1c00:2a0e:7b00:41d:5cff:fe8a:12c3⟧
- In wp-config.php: DB_PASSWORD = '⟦CREDENTIAL|tuinhuis_2019!db⟧' → gewijzigd
- Buitgemaakte gegevens gingen naar een Telegram-bot; token doorgegeven aan ING CERT

Klant gebeld op ⟦PHONE|0316 - 52 48 09⟧, akkoord met opschonen en update. Melder bedankt per mail. Bij vragen: 088 - 345 67 00.
""",
)

# ---------------------------------------------------------------- ho-40
msg(
    "chat",
    "none",
    """
klant: goeiemorgen ik kom niet meer in mijn cijferpost account, krijg geen sms code
klant: mijn naam is ⟦PERSON|khadija aït taleb⟧ en mn geboortedatum ⟦DATE_OF_BIRTH|19-5-1999⟧ als je dat moet checken
⟦PERSON|Fleur⟧ (Cijferpost): Goedemorgen! Naar welk nummer zou de code gestuurd moeten worden?
klant: ⟦PHONE|06.48.29.17.53⟧
klant: oh wacht nu komt ie binnen, ⟦CREDENTIAL|482 913⟧
⟦PERSON|Fleur⟧ (Cijferpost): Die code is persoonlijk, deel hem liever niet hier 🙂 Vul hem in op het inlogscherm, hij is 5 minuten geldig.
klant: ja sorry ik ben een beetje chaotisch, ik heb ⟦HEALTH|adhd⟧ haha
klant: gelukt! dankjewel
""",
)


# ====================================================================== build
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)


def parse(marked):
    out, spans, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        typ, val = m.group(1), m.group(2)
        spans.append({"start": length, "end": length + len(val), "type": typ, "value": val})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, "unbalanced markup"
    return text, spans


def digits(s):
    return re.sub(r"\D", "", s)


def be_card_ok(d):  # Belgian eID card number: 10 digits + mod-97 check
    return len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])


def validate_span(mid, sp):
    v, t = sp["value"], sp["type"]
    err = None
    if t == "BSN" and not nl_bsn.is_valid(digits(v)):
        err = "BSN fails elfproef"
    elif t == "IBAN" and not iban.is_valid(v):
        err = "IBAN invalid"
    elif t == "CREDIT_CARD" and not luhn.is_valid(digits(v)):
        err = "card fails Luhn"
    elif t == "BTW":
        c = re.sub(r"[\s.]", "", v).upper()
        ok = nl_btw.is_valid(c) if c.startswith("NL") else be_vat.is_valid(c)
        if not ok:
            err = "btw invalid"
    elif t == "KVK" and not re.fullmatch(r"\d{8}", v):
        err = "KvK not 8 digits"
    elif t == "ID_DOCUMENT":
        d = digits(v)
        if re.fullmatch(r"[\d.\- ]+", v) and len(d) == 11 and not be_nn.is_valid(d):
            err = "rijksregisternummer invalid"
        if re.fullmatch(r"\d{3}-\d{7}-\d{2}", v) and not be_card_ok(d):
            err = "BE eID card number invalid"
        if re.fullmatch(r"[A-Z]{2}[A-Z0-9]{6}\d", v) and "O" in v:
            err = "Dutch document number contains O"
    if err:
        sys.exit(f"{mid}: {err}: {v!r}")


def covered(spans, s, e):
    return any(sp["start"] <= s and e <= sp["end"] for sp in spans)


def check_traps(mid, text, spans):
    """Unannotated number-likes must fail the checksum a detector would use."""
    for m in re.finditer(r"(?<![\w.])\d{9}(?![\w])", text):
        if not covered(spans, m.start(), m.end()) and nl_bsn.is_valid(m.group()):
            sys.exit(f"{mid}: unannotated 9-digit {m.group()} passes elfproef")
    for m in re.finditer(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)", text):
        if not covered(spans, m.start(), m.end()) and luhn.is_valid(digits(m.group())):
            sys.exit(f"{mid}: unannotated card-like {m.group()} passes Luhn")


def check_repeats(mid, text, spans, allow):
    """Warn when an annotated value also occurs somewhere unannotated."""
    warnings = []
    for v in sorted({sp["value"] for sp in spans if len(sp["value"]) >= 3}):
        if v in allow:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
            if not any(sp["start"] < m.end() and m.start() < sp["end"] for sp in spans):
                warnings.append(f"{mid}: unannotated repeat of {v!r} at {m.start()}")
    return warnings


def main():
    here = Path(__file__).resolve().parent
    rows, warnings = [], []
    ids = set()
    for mid, channel, request, marked, allow in M:
        assert mid not in ids
        ids.add(mid)
        assert channel in {"email", "ticket", "chat"}, mid
        assert request in REQUESTS, (mid, request)
        text, spans = parse(marked)
        for sp in spans:
            assert sp["type"] in TYPES, (mid, sp)
            assert text[sp["start"] : sp["end"]] == sp["value"], (mid, sp)
            assert sp["value"] == sp["value"].strip() and sp["value"], (mid, sp)
            validate_span(mid, sp)
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (mid, a, b)
        check_traps(mid, text, spans)
        warnings += check_repeats(mid, text, spans, allow)
        rows.append(
            {"id": mid, "channel": channel, "request": request, "text": text, "spans": spans}
        )
    out = here / "own_heldout.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and verify offsets from the written file
    for line in open(out, encoding="utf-8"):
        d = json.loads(line)
        for sp in d["spans"]:
            assert d["text"][sp["start"] : sp["end"]] == sp["value"]
    for w in warnings:
        print("WARN", w)
    from collections import Counter

    print(f"wrote {len(rows)} messages to {out}")
    print("channels:", dict(Counter(r["channel"] for r in rows)))
    print("requests:", dict(Counter(r["request"] for r in rows)))
    tc = Counter(sp["type"] for r in rows for sp in r["spans"])
    print("spans:", sum(tc.values()), dict(sorted(tc.items())))


if __name__ == "__main__":
    main()
