#!/usr/bin/env python3
"""Build own_heldout2.jsonl from inline-annotated messages.

Markup: ⟦TYPE|value⟧ marks a span; the markup is removed and a span recorded.
Checks: exact offsets, checksums (BSN, IBAN, Luhn, NL/BE btw, BE national number),
every occurrence of a marked value (len >= 4) is marked, traps in unmarked text fail checksums,
no span value reused from dev.jsonl.
"""

import json
import re
import sys
from pathlib import Path

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.be import vat as be_vat
from stdnum.nl import bsn as nl_bsn
from stdnum.nl import btw as nl_btw

HERE = Path(__file__).resolve().parent
TYPES = set(
    "PERSON EMAIL PHONE ADDRESS POSTCODE LOCATION IBAN BSN KVK BTW LICENSE_PLATE ID_DOCUMENT "
    "CREDIT_CARD IP_ADDRESS DATE_OF_BIRTH CREDENTIAL HEALTH SPECIAL CUSTOMER_ID URL ORGANIZATION".split()
)
ALIAS = {
    "P": "PERSON",
    "E": "EMAIL",
    "T": "PHONE",
    "A": "ADDRESS",
    "PC": "POSTCODE",
    "L": "LOCATION",
    "LP": "LICENSE_PLATE",
    "ID": "ID_DOCUMENT",
    "CC": "CREDIT_CARD",
    "IP": "IP_ADDRESS",
    "DOB": "DATE_OF_BIRTH",
    "CR": "CREDENTIAL",
    "H": "HEALTH",
    "S": "SPECIAL",
    "C": "CUSTOMER_ID",
    "U": "URL",
}
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)

M = []  # (id, channel, request, marked text)


def msg(mid, channel, request, text):
    M.append((mid, channel, request, text.strip("\n")))


# ---------------------------------------------------------------- messages
msg(
    "hb-01",
    "email",
    "none",
    """
Van: ⟦P|Tjitske Sijbesma⟧ <⟦E|t.sijbesma@bouwbedrijf-wadden.nl⟧>
Verzonden: maandag 3 maart 2025 08:47
Aan: Loonlijn Support <support@loonlijn.nl>
Onderwerp: FW: nieuw rekeningnummer + adres

Goedemorgen,

Zie onderstaande mail van een van onze timmerlieden. Ik kan in Loonlijn bij Medewerkers > Betaalgegevens het IBAN niet wijzigen, het veld is grijs. Komt dat doordat de loonrun van februari (run 2025-02, 41 medewerkers) al is afgesloten? Het adres kon ik wel aanpassen.

Alvast dank,
⟦P|Tjitske Sijbesma⟧
HR & salarisadministratie
Bouwbedrijf Wadden BV

-----Oorspronkelijk bericht-----
Van: ⟦P|Hylke Bouma⟧ <⟦E|hylkebouma@gmail.com⟧>
Verzonden: zondag 2 maart 2025 21:13
Aan: ⟦P|Tjitske Sijbesma⟧ <⟦E|t.sijbesma@bouwbedrijf-wadden.nl⟧>
Onderwerp: nieuw rekeningnummer + adres

Hoi ⟦P|Tjitske⟧,

Ik ben overgestapt naar de ASN, wil je mijn loon vanaf maart op ⟦IBAN|NL47 ASNB 7960 3912 58⟧ zetten?
Op mijn loonstrook staat ook nog mijn oude adres in ⟦L|Joure⟧, maar sinds januari woon ik op ⟦A|Tsjerkebuorren 14⟧, ⟦PC|8621 BD⟧ ⟦L|Heeg⟧.
Mijn BSN heb je al, maar voor de zekerheid: ⟦BSN|327733949⟧.

Groetjes,
⟦P|Hylke⟧
⟦T|06 - 48 21 93 07⟧

[Loonlijn | Salarisverwerking in de cloud | 085 303 44 10 | Dit bericht is automatisch gescand]
""",
)

msg(
    "hb-02",
    "chat",
    "none",
    """
14-01-25 09:12 - ⟦P|Jeu Houben⟧: Goeiemorge, de Kyocera op de 2e verdieping geeft weer papierstoring, code C6000
14-01-25 09:13 - PrintPact Servicedesk: Goedemorgen! Vervelend. Kunt u het serienummer doorgeven? Dat staat op de sticker aan de achterkant.
14-01-25 09:15 - ⟦P|Jeu Houben⟧: <Media weggelaten>
14-01-25 09:15 - ⟦P|Jeu Houben⟧: W8K2301447 staat erop. ons klantnummer is ⟦C|PP-20931⟧
14-01-25 09:17 - PrintPact Servicedesk: Dank u. Ik plan een monteur in. Wie is er ter plaatse het aanspreekpunt?
14-01-25 09:19 - ⟦P|Jeu Houben⟧: ikzelf, mer donderdag bin ich vrij, dan mien collega ⟦P|Truus Vossen⟧ ⟦T|043 - 350 72 18⟧
14-01-25 09:21 - PrintPact Servicedesk: Genoteerd. Monteur ⟦P|Ramon⟧ komt woensdag 15-01 tussen 8:00 en 12:00. De tellerstand is 148.302, dus de halfjaarlijkse beurt doet hij meteen mee.
14-01-25 09:22 - ⟦P|Jeu Houben⟧: top. en de factuur 2025-PP-00318 klopt neet, staan 2 tonerpakketten op die we nooit gehad hebben
14-01-25 09:24 - PrintPact Servicedesk: Dat geef ik door aan debiteuren, u hoort binnen 3 werkdagen van ons. Dringende vragen kan ook via 088 - 774 20 00.
14-01-25 09:24 - ⟦P|Jeu Houben⟧: 👍
""",
)

msg(
    "hb-03",
    "ticket",
    "none",
    """
Ticket ID: SEC-2025-00417
Client: Van Wieringen Logistiek B.V. (client ID: ⟦C|SCH-20318⟧)
Reported by: ⟦P|Marieke ter Steeg⟧ (IT coordinator)
Affected user: ⟦P|Oksana Kovalenko⟧ <⟦E|o.kovalenko@vanwieringen-logistiek.nl⟧>
Severity: High
Status: Containment
Assignee: ⟦P|Bas-Jan Eleveld⟧ (SOC L2)

Summary:
User entered her M365 credentials on a fake DocuSign page (hxxps://docusign-secure-view[.]com/doc?id=88213). Sign-ins from ⟦IP|185.220.101.47⟧ (Tor exit node) at 02:14 CET are not hers. Her own sign-ins come from ⟦IP|2a02:a213:8c3::4f1⟧ (home, Ziggo) and the office range.
During the call the user stated her password was "⟦CR|Kyiv-Lente2024⟧" and that she re-used it for the Loonlijn payroll portal.

Actions taken:
- Password reset, all sessions revoked, MFA re-registration enforced
- Inbox rule "RSS-archief" (forward to external address) removed
- Defender EDR sensor 7.11.18.204 confirmed up to date, full scan clean
- User advised to change the payroll portal password as well

Notes: the password policy itself is fine ("het wachtwoord is verlopen" notices came from the attacker's phishing kit, not from Entra). Do not close before ⟦P|Marieke⟧ confirms.
""",
)

msg(
    "hb-04",
    "email",
    "access",
    """
From: ⟦P|Kwame Mensah⟧ <⟦E|kwame.mensah83@outlook.be⟧>
To: klantendienst@scheldecom.be
Subject: Vraag: welke info hebben jullie over mij? / what data do you keep

Goeiedag,

Sorry, my Dutch is not perfect, I write half in English.

Vorige maand belde een andere firma mij over "mijn Scheldecom-contract" en ze wisten precies welk abonnement ik heb. So I would like to know what personal data Scheldecom keeps about me. Graag een kopie van alles: mijn gegevens, de opnames van mijn gesprekken met jullie callcenter, and also a list of the companies you gave my details to.

For identification:
Klantnummer: ⟦C|SC-7730418⟧
Adres: ⟦A|Sleepstraat 203 bus 2⟧, ⟦PC|9000⟧ ⟦L|Gent⟧
Geboren op ⟦DOB|12 augustus 1983⟧
Gsm: ⟦T|+32 486 27 90 14⟧

Please do not call my Ghanaian number (⟦T|+233 24 418 7720⟧), I only use it when I am in ⟦L|Kumasi⟧.

Kind regards / met vriendelijke groeten,
⟦P|Kwame⟧

> Beste klant,
> Bedankt voor uw bestelling 2024/11/08812 (Fiber Start, € 42,00 per maand). Vragen? Bel gratis 0800 15 229 of surf naar scheldecom.be/hulp.
""",
)

msg(
    "hb-05",
    "ticket",
    "none",
    """
Ticket #SN-88412 | Nieuwe leerlingen instroom februari | CSG Meerwijck Zwolle
Aangemeld door: ⟦P|Annelot Groeneveld⟧ (leerlingadministratie)
Prioriteit: normaal

Hoi SchoolICT Noord,

Graag onderstaande drie leerlingen aanmaken in Entra en Magister, met een ouderaccount op het mailadres van de ouder. Bestand komt uit ons eigen Excel-overzicht, sorry voor de puntkomma's.

voornaam;achternaam;geboortedatum;klas;mail_ouder;startwachtwoord
⟦P|Mei Lan⟧;⟦P|Zhou⟧;⟦DOB|2011-09-14⟧;1B;⟦E|jianhua.zhou@chello.nl⟧;⟦CR|Welkom!7394⟧
⟦P|Shurandy⟧;⟦P|Martina⟧;⟦DOB|2010-12-02⟧;2A;⟦E|g.martina.cur@hotmail.com⟧;⟦CR|Welkom!2281⟧
⟦P|Taras⟧;⟦P|Shevchuk⟧;⟦DOB|2011-03-27⟧;1C;⟦E|iryna.shevchuk@ukr.net⟧;⟦CR|Welkom!6610⟧

Let op:
- ⟦P|Taras⟧ komt net uit ⟦L|Charkiv⟧ en zit de eerste maanden in de ISK-klas, dus ook toegang tot de map ISK-2025.
- ⟦P|Shurandy⟧ heeft ⟦H|ADHD⟧ en krijgt een laptop met Kurzweil 3000 (licentie 14 van 20 in gebruik).
- Klas 1B zit op de locatie Assendorperstraat, de rest op de hoofdlocatie.

Groet, ⟦P|Annelot⟧
""",
)

msg(
    "hb-06",
    "chat",
    "erasure",
    """
Bezoeker: hallo ik heb een vraag over mijn account bij winkelkraan
Winkelkraan Support (⟦P|Femke⟧): Hoi! Waar kan ik je mee helpen?
Bezoeker: ik ben gestopt met mn webshop (zeepjes, haddadsoap.nl) en ik wil dat jullie alles van mij weghalen. ook de kopie van mijn verblijfsvergunning die ik had geupload voor de verificatie
Bezoeker: naam is ⟦P|Rami Haddad⟧, mail ⟦E|rami.haddad.nl@gmail.com⟧
Winkelkraan Support (⟦P|Femke⟧): Dank je ⟦P|Rami⟧. Ik zie je winkel. Klopt het dat het nummer van het document ⟦ID|V71238465⟧ is?
Bezoeker: ja klopt, en mijn BSN ⟦BSN|5041.19.540⟧ stond op hetzelfde formulier, dat moet ook weg
Bezoeker: mijn telnr ⟦T|06-19283746⟧ mag ook weg, en het syrische nummer ⟦T|+963 944 218 307⟧ staat er denk ik ook nog in
Winkelkraan Support (⟦P|Femke⟧): Helder. Ik zet een verwijderverzoek voor je account en al je persoonsgegevens in gang. Facturen van Winkelkraan aan jou (zoals WK-F-2024-31877) moeten we wettelijk 7 jaar bewaren, de rest wissen we binnen 30 dagen. Je krijgt een bevestiging per mail.
Bezoeker: oke prima. shukran
""",
)

msg(
    "hb-07",
    "email",
    "none",
    """
Van: ⟦P|Francesca Bellini⟧ <⟦E|francesca@bellini-fotografie.nl⟧>
Aan: support@domeinhaven.nl
Onderwerp: Verhuizing domein

[image: Bellini Fotografie]

Beste Domeinhaven,

Ik wil graag mijn
domein
⟦U|francescabellini.nl⟧
verhuizen naar jullie. De
autorisatiecode die ik van
mijn huidige registrar kreeg is:

⟦CR|q7T&zR2m-Lw8e⟧

Het domein staat op naam van ⟦P|Francesca
Bellini⟧
, maar de
factuur mag naar mijn eenmanszaak Bellini Fotografie (KvK
⟦KVK|74120583⟧
).

Adres:
⟦A|Turfsingel 52⟧
⟦PC|2801 BG⟧ ⟦L|Gouda⟧

Tel: ⟦T|+39 347 815 2290⟧ (ik ben tot
eind april bij mijn ouders in ⟦L|Bologna⟧
)

Het domein bellinifotografie.com (bestelling DH-ORD-558201, € 8,99) laat ik voorlopig bij
de oude partij.

Grazie e groetjes,
⟦P|Francesca⟧

[Facebook] [Pinterest] [Bellini Fotografie – trouw- en portretfotografie]
""",
)

msg(
    "hb-08",
    "ticket",
    "complaint",
    """
Ticket: BV-32817
Kanaal: webformulier
Klant: Tandheelkundig Centrum Oosterpark (klantnr ⟦C|BV-110472⟧)
Indiener: ⟦P|Deepa Raghunathan⟧, ⟦E|deepa.r@tc-oosterpark.nl⟧, toestel 214
Onderwerp: Klacht over opnames telefoongesprekken

Bericht:
Ik werk als mondhygiënist bij bovenstaande praktijk, die haar telefonie bij Belvriend VoIP heeft. Ik heb ontdekt dat alle gesprekken op mijn toestel worden opgenomen, ook mijn privégesprekken in de pauze (o.a. met mijn huisarts over mijn ⟦H|migraine⟧). Een collega aan de balie kon die opnames gewoon terugluisteren in jullie portal. Niemand heeft mij ooit verteld dat er werd opgenomen.

Ik wil hierover officieel een klacht indienen. Ik vind dat jullie als leverancier moeten zorgen dat niet iedereen bij die opnames kan, en ik wil weten hoe lang ze bewaard worden. Als ik geen duidelijk antwoord krijg ga ik naar de Autoriteit Persoonsgegevens.

Bereikbaar op ⟦T|06 38 27 11 90⟧ (niet via de praktijk bellen a.u.b.).

Interne notitie (⟦P|Gijsbert⟧, 2e lijn): opname-instelling "alle gesprekken" staat aan sinds 12-09 (wijziging door beheerder van de klant). Retentie 90 dagen. Portal versie 3.14.2. Doorgezet naar privacy@belvriend.nl.
""",
)

msg(
    "hb-09",
    "chat",
    "none",
    """
[08:31] ⟦P|Durk Feenstra⟧ (Gemeente Súdwest-Fryslân): moarn, ik kom niet meer in Citrix, krijg melding dat het wachtwoord is verlopen
[08:31] ⟦P|Durk Feenstra⟧ (Gemeente Súdwest-Fryslân): en het selfservice portaal zegt dat mijn account geblokkeerd is
[08:33] GemICT Servicedesk – ⟦P|Sanne⟧: Goedemorgen ⟦P|Durk⟧! Ik kijk even mee. Werk je op het gemeentehuis of thuis?
[08:34] ⟦P|Durk Feenstra⟧ (Gemeente Súdwest-Fryslân): thuis in ⟦L|Wommels⟧, collega's op kantoor hebben het ook trouwens. volgens ⟦P|Rients⟧ is "de server ziek" 😅
[08:36] GemICT Servicedesk – ⟦P|Sanne⟧: Haha, de server is niet ziek, er is vannacht een nieuw wachtwoordbeleid uitgerold. Ik zie je aanmeldpoging vanaf ⟦IP|84.86.211.30⟧, dat klopt met je thuisadres?
[08:36] ⟦P|Durk Feenstra⟧ (Gemeente Súdwest-Fryslân): ja dat is mijn KPN lijntje
[08:38] GemICT Servicedesk – ⟦P|Sanne⟧: Account is gedeblokkeerd. Je krijgt een sms met een tijdelijke code op het nummer dat bij ons bekend is. Kies daarna zelf een nieuw wachtwoord van minimaal 14 tekens.
[08:39] ⟦P|Durk Feenstra⟧ (Gemeente Súdwest-Fryslân): sms is binnen, werkt weer. tige tank!
[08:39] GemICT Servicedesk – ⟦P|Sanne⟧: Graag gedaan! Storingsnummer voor je collega's: INC0048213. Bij problemen kunnen ze bellen met 0515 - 48 90 00.
""",
)

msg(
    "hb-10",
    "email",
    "rectification",
    """
Van: ⟦P|Kofi Asante⟧ <⟦E|kofi@asante-klusservice.nl⟧>
Aan: support@domeinhaven.nl
Onderwerp: verkeerde gegevens in houdergegevens asante-klusservice.nl

Hallo,

Bij het controleren van de houdergegevens van mijn domein zag ik dat er een paar dingen fout staan. Jullie hebben mijn achternaam als "⟦P|Assante⟧" (met dubbel s) en mijn telefoonnummer is ⟦T|06-29174408⟧ terwijl het ⟦T|06-29174480⟧ moet zijn. Ook de KvK klopt niet: ⟦KVK|90817246⟧ moet ⟦KVK|90817264⟧ zijn.

Wilt u dit corrigeren in jullie klantgegevens en ook bij SIDN? Het btw-nummer ⟦BTW|NL8582.02.471.B35⟧ staat wel goed.

Mijn klantnummer bij jullie is ⟦C|DH-201774⟧, de domeinnaam is besteld op 4 februari (order DH-ORD-549930, € 12,10 incl. btw).

Vriendelijke groeten,
⟦P|Kofi Asante⟧
Asante Klusservice
⟦A|Hoogstraat 118⟧, ⟦PC|3011 PT⟧ ⟦L|Rotterdam⟧

Op 6 feb. 2025 om 10:14 schreef Domeinhaven <noreply@domeinhaven.nl>:
> Beste klant,
> Uw domeinnaam asante-klusservice.nl is geregistreerd. Controleer uw houdergegevens in het klantpaneel.
""",
)

msg(
    "hb-11",
    "ticket",
    "none",
    """
Interventie PP-BE-4471 | PrintPact Vlaanderen
Klant: ⟦P|Griet Van Acker⟧, zelfstandig architecte (btw ⟦BTW|BE 0885.482.019⟧), klantnr ⟦C|PPV-30582⟧
Adres: ⟦A|Kortrijksesteenweg 1042 bus 3⟧, ⟦PC|9051⟧ ⟦L|Sint-Denijs-Westrem⟧
Contact: ⟦T|0497 20 64 31⟧

Toestel: TASKalfa 3253ci, serienr. R4P0Z01822, firmware 2.5.0.12
Probleem: scannen naar e-mail werkt niet meer sinds de klant van provider wisselde (SMTP-poort 25 geblokkeerd).

Praktisch:
- Toegang via de achterdeur, code ⟦CR|2580*⟧, bureau op de 1ste verdieping.
- Klant is ⟦H|rolstoelgebruiker⟧, lift is soms buiten dienst: dan de printer naar het gelijkvloers brengen.
- Nummerplaat technieker (⟦LP|2-HSV-904⟧) doorgegeven voor de parking.

Gepland: dinsdag 11/03 om 13u30. Technieker: ⟦P|Pieter-Jan Ooms⟧.
Meterstand bij laatste factuur: 61.942 z/w, 12.488 kleur. Prijs per kleurenpagina € 0,049.
""",
)

msg(
    "hb-12",
    "chat",
    "none",
    """
[13:02] Klant: dag, ik wil mijn gsm-abonnement omzetten van Scheldecom Mini naar Unlimited 5G
[13:02] Scheldecom – ⟦P|Jelle⟧: Dag! Dat kan. Mag ik je naam en geboortedatum ter controle?
[13:03] Klant: ⟦P|Chiara Esposito⟧, °⟦DOB|09/03/1984⟧
[13:04] Scheldecom – ⟦P|Jelle⟧: Dank je ⟦P|Chiara⟧. Voor een nieuwe simkaart moeten we je identiteit registreren. Kan je je rijksregisternummer geven?
[13:05] Klant: ⟦ID|84.03.09-442.06⟧
[13:05] Klant: moet mijn nummer dan veranderen? ik wil ⟦T|0470/61.28.93⟧ houden
[13:06] Scheldecom – ⟦P|Jelle⟧: Nee hoor, je nummer blijft hetzelfde. De nieuwe sim wordt verstuurd naar je adres in ⟦L|Aalst⟧. Bestelling SC-2025-118044, eenmalige kost € 10. De promo WINTER25 geeft 3 maanden 50% korting.
[13:07] Klant: super, merci! en de factuur graag op mijn eenmanszaak, ondernemingsnummer ⟦BTW|0261.398.172⟧
[13:08] Scheldecom – ⟦P|Jelle⟧: Komt in orde!
""",
)

msg(
    "hb-13",
    "email",
    "none",
    """
Van: ⟦P|Matteo Ferraro⟧ <⟦E|m.ferraro@ferraro-accountancy.nl⟧>
Aan: planning@schildwacht-security.nl
CC: ⟦P|Noor Bakhuis⟧ <⟦E|noor@ferraro-accountancy.nl⟧>
Onderwerp: RE: Pentest 24-26 maart - gegevens

Hoi ⟦P|Hidde⟧,

Zoals besproken hieronder de gegevens voor de externe pentest (offerte SW-OFF-2025-031, € 3.950 excl. btw).

Onze externe IP's: ⟦IP|81.207.44.132⟧ en ⟦IP|81.207.44.133⟧. Het thuiswerkadres van ⟦P|Noor⟧ (⟦IP|2001:1c00:2a0b:7f00:5cb1:9e3a:44f2:1d08⟧) graag NIET meenemen, dat is haar privéaansluiting.
Testaccount voor de VPN: gebruikersnaam pentest-sw, wachtwoord ⟦CR|Vr7!mK2q#Ln9xT⟧ (geldig t/m 27 maart).
De firewall draait FortiOS 7.2.8, de VPN-client is FortiClient 7.0.12.0.

Mijn LinkedIn staat trouwens nog als contactpersoon in jullie offerte (⟦U|https://www.linkedin.com/in/matteo-ferraro-ra⟧), dat hoeft niet in het rapport.

Groet,
⟦P|Matteo Ferraro⟧ RA
Ferraro Accountancy | ⟦T|+31 (0)38 421 6650⟧
KvK ⟦KVK|68203371⟧

-----------------------------------------------------------------
DISCLAIMER: De informatie verzonden met dit e-mailbericht (en bijlagen) is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten. Gebruik door anderen dan de geadresseerde(n) is niet toegestaan. Indien u dit bericht ten onrechte heeft ontvangen, wordt u verzocht de afzender hiervan op de hoogte te stellen en het bericht te verwijderen. Ferraro Accountancy staat niet in voor de juiste en volledige overbrenging van de inhoud van een verzonden e-mailbericht, noch voor tijdige ontvangst daarvan. Op al onze diensten zijn de algemene voorwaarden van toepassing, gedeponeerd bij de Kamer van Koophandel. Denk aan het milieu voordat u deze e-mail print.
This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this message. Any unauthorised use, disclosure or copying is prohibited.
-----------------------------------------------------------------
""",
)

msg(
    "hb-14",
    "ticket",
    "objection",
    """
Ticket #LL-7719 | Privacy | Loonlijn
Aangemaakt via: chatbot → doorgezet naar privacyteam
Werkgever: Schoonmaakbedrijf Rif & Zee BV (werkgeversnr ⟦C|LL-W-08812⟧)

Werknemer: ⟦P|Giselle Doran⟧
E-mail: ⟦E|giselledoran@live.nl⟧
Tel: ⟦T|0031 6 1288 4730⟧

Bericht werknemer:
"Ik zag in de nieuwe privacyverklaring dat Loonlijn salarisgegevens van werknemers gebruikt voor 'Loonlijn Insights', een benchmark die aan andere werkgevers wordt verkocht. Daar ben ik het niet mee eens. Ik maak bezwaar tegen het verwerken van mijn loongegevens voor dat doel. Mijn salaris mag gewoon verwerkt worden voor de uitbetaling, maar niet voor jullie analyses. Ter identificatie: BSN ⟦BSN|395838502⟧, in dienst sinds 2019."

Notitie ⟦P|Ewoud⟧ (privacyteam):
- Bezwaar tegen verwerking (art. 21 AVG), geen verzoek tot verwijdering.
- Loonrun-ID in de chat (846275396) is geen BSN, gecontroleerd.
- Werkgever niet inlichten over de inhoud, alleen dat er een verzoek loopt.
- Termijn: 1 maand.
""",
)

msg(
    "hb-15",
    "chat",
    "none",
    """
02-02-25 19:40 - ⟦P|Xiaoyu Wang⟧: Hallo Winkelkraan, mijn uitbetalingen komen niet binnen sinds dinsdag?
02-02-25 19:41 - Winkelkraan: Hoi! Dit is de WhatsApp-service van Winkelkraan. Een medewerker reageert zo snel mogelijk.
02-02-25 19:52 - Winkelkraan (⟦P|Mirjam⟧): Hoi ⟦P|Xiaoyu⟧, ik zie dat je payouts on hold staan omdat je rekening is gewijzigd. Welk rekeningnummer hoort erbij?
02-02-25 19:55 - ⟦P|Xiaoyu Wang⟧: ⟦IBAN|NL83BUNQ6553334188⟧ tnv Theehuis Wang. De oude ING rekening is dicht
02-02-25 19:56 - ⟦P|Xiaoyu Wang⟧: bestellingen #10482 en #10483 zijn wel al verzonden, track&trace 3SKABO42718301 en 3SKABO42718302
02-02-25 19:58 - Winkelkraan (⟦P|Mirjam⟧): Dank je. Voor de controle hebben we een bevestiging nodig vanuit je account, niet via WhatsApp. Log in en ga naar Instellingen > Uitbetalingen.
02-02-25 20:01 - ⟦P|Xiaoyu Wang⟧: ok gedaan. mijn man ⟦P|Jun⟧ heeft het account ook, maakt dat uit?
02-02-25 20:02 - Winkelkraan (⟦P|Mirjam⟧): Nee hoor. De uitbetaling van € 1.284,60 volgt binnen 2 werkdagen.
""",
)

msg(
    "hb-16",
    "email",
    "erasure",
    """
From: ⟦P|Iryna Bondarenko⟧ <⟦E|iryna.bondarenko.ua@gmail.com⟧>
To: info@schoolictnoord.nl
Subject: Verwijderen gegevens van mijn zoon / delete data of my son

Goedendag,

Mijn zoon ⟦P|Maksym Bondarenko⟧ (geboren ⟦DOB|3 mei 2012⟧) zat tot de zomer op OBS De Fluitekruid. Wij zijn in augustus verhuisd naar ⟦L|Lviv⟧. De school zegt dat jullie hun IT en de schoolapp beheren.

Ik wil dat al zijn gegevens worden verwijderd: zijn account, de foto's in de schoolapp, zijn Chromebook-profiel en de kopie van zijn Oekraïense paspoort (⟦ID|FT614058⟧) die de school destijds heeft gescand. Ook mijn eigen gegevens als ouder mogen weg.

I understand the school must keep some records, please tell me which ones and for how long.

You can reach me on WhatsApp: ⟦T|+380 67 412 90 33⟧.

Дякую / dank u wel,
⟦P|Iryna Bondarenko⟧
""",
)

msg(
    "hb-17",
    "ticket",
    "none",
    """
Ticket: BV-33102
Type: Number porting (inbound)
Customer: ⟦P|Sanjay Iyer⟧ – Iyer IT Consultancy (eenmanszaak)
Customer no.: ⟦C|BV-118306⟧
Chamber of Commerce: ⟦KVK|81456092⟧
VAT: ⟦BTW|NL995678121B04⟧
Billing address: ⟦A|Laan van Nieuw Oost-Indië 271⟧, ⟦PC|2593 BS⟧ ⟦L|Den Haag⟧
Direct debit IBAN: ⟦IBAN|DE45 2804 9312 5690 6290 87⟧ (German account, SEPA mandate signed 21-01)
Number to port: ⟦T|+31 6 2047 8813⟧ (current provider: Lebara)
Porting code from current provider: ⟦CR|PX-88317⟧
Contact during porting: ⟦T|+91 98450 31277⟧ (customer travels to ⟦L|Bangalore⟧ 1-14 Feb)
Requested porting date: 17-02-2025 09:00
Notes: SIP trunk ST-2231 already active, firmware Yealink T54W 96.86.0.70. Welcome call done by ⟦P|Lieke⟧.
""",
)

msg(
    "hb-18",
    "chat",
    "objection",
    """
bezoeker: hallo
bezoeker: ik krijg de laatste tijd elke week sms'en en telefoons van jullie over een "gepersonaliseerd aanbod" voor tv en internet. blijkbaar zien jullie aan mijn verbruik dat ik veel stream ofzo??
Scheldecom – ⟦P|Lotfi⟧: Dag, sorry voor de last. Over welk klantnummer gaat het?
bezoeker: ⟦C|SC-6620195⟧, op naam van ⟦P|Jolan De Smet⟧
bezoeker: ik wil gewoon niet dat jullie mijn verbruiksgegevens analyseren om mij reclame te sturen. ik ben daar tegen. stop daarmee
bezoeker: en bel mij niet meer op ⟦T|0032 475 81 22 06⟧ voor verkoop. ik zit ⟦S|in de gemeenteraad voor Vooruit⟧ en krijg al genoeg telefoons
Scheldecom – ⟦P|Lotfi⟧: Begrepen ⟦P|Jolan⟧. Ik registreer uw bezwaar tegen profilering voor marketing en zet uw nummer op de bel-me-niet-lijst. Facturen en storingsmeldingen blijft u gewoon ontvangen. Referentie: SC-PRIV-2025-0412.
bezoeker: ok merci
""",
)

msg(
    "hb-19",
    "email",
    "none",
    """
Van: ⟦P|Lina Al-Hamwi⟧ <⟦E|lina.alhamwi@dekkers-bouwtechniek.nl⟧>
Verzonden: vrijdag 7 februari 2025 16:02
Aan: meldpunt@schildwacht-security.nl
Onderwerp: FW: Dringende betaling vandaag - vertrouwelijk

Hallo Schildwacht,

Ik denk dat dit CEO-fraude is. De mail lijkt van onze directeur ⟦P|Pieter Dekkers⟧ te komen, maar hij zit deze week op vakantie in ⟦L|Oostenrijk⟧ en zou dit nooit zo vragen. Ik heb NIETS betaald. Moeten we het rekeningnummer ergens melden?

Met vriendelijke groet,
⟦P|Lina Al-Hamwi⟧
Financiële administratie
Dekkers Bouwtechniek BV | ⟦T|0523 - 61 44 00⟧

________________________________
Van: ⟦P|Pieter Dekkers⟧ <⟦E|p.dekkers@dekkers-bouwtechniek.nl-mail.co⟧>
Verzonden: vrijdag 7 februari 2025 15:41
Aan: ⟦P|Lina Al-Hamwi⟧ <⟦E|lina.alhamwi@dekkers-bouwtechniek.nl⟧>
Onderwerp: Dringende betaling vandaag - vertrouwelijk

⟦P|Lina⟧,

Ik zit in een overname en kan niet bellen. Maak vandaag € 48.750,00 over naar ⟦IBAN|FR76 3000 4025 1720 4177 3908 576⟧ t.n.v. Groupe Marlin SAS, omschrijving "acompte projet 2025-117". Bespreek dit met niemand, ook niet met ⟦P|Wilma⟧.

Verstuurd vanaf mijn iPhone
""",
)

msg(
    "hb-20",
    "ticket",
    "restriction",
    """
Ticket #DH-40921 | Geschil houderschap | Domeinhaven
Status: On hold (juridisch)
Klant: ⟦P|Omar Khoury⟧ (⟦C|DH-188420⟧)
E-mail: ⟦E|omar.khoury@proton.me⟧ | Tel: ⟦T|+31 6 5127 0394⟧

Samenvatting klant (telefonisch, 10-02):
Dhr. ⟦P|Khoury⟧ heeft een geschil met zijn ex-zakenpartner over de domeinnaam levant-catering.nl. De ex-partner beweert dat het domein van hem is en heeft bij ons een houderwijziging aangevraagd (aanvraag HW-2025-0187). Klant betwist dat.

Klant verzoekt ons uitdrukkelijk om, zolang het geschil loopt, zijn persoonsgegevens niet te wijzigen, niet aan de ex-partner te verstrekken en de houderwijziging niet uit te voeren: "bevries alles wat over mij gaat, maar gooi niets weg, ik heb het nodig voor de rechter." Hij heeft een advocaat ingeschakeld (mr. ⟦P|E. Vroegindeweij⟧).

Ter verificatie gaf klant zijn geboortedatum (⟦DOB|22-11-1979⟧) en de laatste 4 cijfers van de betaalrekening.

Actie: gegevens en domein gemarkeerd als "beperkt", houderwijziging geblokkeerd, juridische afdeling geïnformeerd. Factuur DH-F-2025-00931 (€ 14,52) niet naar incasso.
""",
)

msg(
    "hb-21",
    "chat",
    "none",
    """
juf ⟦P|Ilona⟧ (groep 5): hoi, de chromebooks in mijn klas doen raar, ze blijven hangen op het inlogscherm
juf ⟦P|Ilona⟧ (groep 5): meester ⟦P|Ruud⟧ van groep 6 heeft het ook
SchoolICT Noord: Hoi ⟦P|Ilona⟧! We hebben vanochtend een update uitgerold (ChromeOS 121.0.6167.171), die kan even duren. Zijn ze aan de lader?
juf ⟦P|Ilona⟧ (groep 5): ja allemaal. ik heb er ook 1 die een zwart scherm geeft, nr CB-G5-17
SchoolICT Noord: Die halen we morgen op. Verder nog iets?
juf ⟦P|Ilona⟧ (groep 5): ja, een vraag: ⟦P|Mila⟧ uit mijn groep heeft ⟦H|epilepsie⟧ en de nieuwe rekenapp heeft zo'n knipperend beloningsscherm. kan dat uit?
SchoolICT Noord: Goed dat je het meldt. Ik zet een aanvraag uit bij de leverancier en zet de animaties alvast uit voor jouw groep via de beheerconsole.
juf ⟦P|Ilona⟧ (groep 5): top, dank je! o en het wachtwoord van de digibordlaptop is verlopen, ik heb het gereset via de selfservice, dus dat hoeft niet meer
""",
)

msg(
    "hb-22",
    "email",
    "portability",
    """
Van: ⟦P|Alessandro Romano⟧ <⟦E|alessandro@romano-espresso.nl⟧>
Aan: support@winkelkraan.nl
Onderwerp: Overstap: mijn gegevens rechtstreeks naar mijn nieuwe platform?

Hoi Winkelkraan,

Na vier jaar ga ik met mijn webshop (espressobonen en onderdelen) over naar een ander platform. Ik wil graag dat jullie mijn gegevens rechtstreeks overdragen aan mijn nieuwe partij, of anders aan mij leveren in een bestand dat ik daar kan inlezen: mijn klantenbestand, alle bestellingen, productcatalogus en mijn accountgegevens. Dus niet als losse pdf's, maar als CSV of JSON. Het gaat om ongeveer 6.200 bestellingen (van #1001 t/m #7215).

Winkelkraan-account: ⟦C|WKR-55903⟧
KvK: ⟦KVK|77310928⟧

Het laatste abonnementsgeld (factuur WKR-F-2025-0412) mag nog van ⟦IBAN|NL80 RABO 1528 3955 08⟧ worden afgeschreven.

Ik reken op een reactie binnen een maand.

Saluti,
⟦P|Alessandro Romano⟧
⟦T|06 41 77 20 58⟧
""",
)

msg(
    "hb-23",
    "ticket",
    "none",
    """
Incident INC0049377 | GemICT Partners | Gemeente Noordoostpolder
Categorie: Security > Brute force | Prioriteit: 2
Behandelaar: ⟦P|Tamara Tjepkema⟧

Melding: SIEM-alert "Multiple failed logins" op de NetScaler (firmware 14.1.12.35). Export van de relevante regels, door de melder in het ticket geplakt:

timestamp,user,src_ip,result
2025-02-18T06:12:44Z,⟦E|r.denhartog@noordoostpolder.nl⟧,⟦IP|45.135.232.19⟧,FAIL
2025-02-18T06:12:51Z,⟦E|r.denhartog@noordoostpolder.nl⟧,⟦IP|45.135.232.19⟧,FAIL
2025-02-18T06:13:02Z,⟦E|a.korkmaz@noordoostpolder.nl⟧,⟦IP|45.135.232.19⟧,FAIL
2025-02-18T07:58:10Z,⟦E|r.denhartog@noordoostpolder.nl⟧,⟦IP|77.161.38.204⟧,SUCCESS

Analyse: het bron-IP van de mislukte pogingen staat op de blocklist en is geblokkeerd. De succesvolle login om 07:58 is van ⟦P|Reinier den Hartog⟧ zelf (thuis, ⟦L|Emmeloord⟧), bevestigd via telefoon. ⟦P|Ayşe Korkmaz⟧ is langdurig afwezig wegens een ⟦H|burn-out⟧; haar account tijdelijk uitgeschakeld i.o.m. HR.
Algemene nummers/adressen van de gemeente (14 0527, servicedesk@noordoostpolder.nl) staan niet in scope.
""",
)

msg(
    "hb-24",
    "chat",
    "withdraw_consent",
    """
[15:20] Klant: Goedemiddag, ik heb een vraag over de gespreksopnames
[15:21] Belvriend – ⟦P|Koert⟧: Goedemiddag! Waarmee kan ik helpen?
[15:22] Klant: Toen ik klant werd heb ik ja gezegd op "mogen we uw gesprekken met de klantenservice opnemen voor trainingsdoeleinden". Dat wil ik niet meer, ik trek dat bij deze in. Kunnen jullie dat vinkje uitzetten?
[15:22] Belvriend – ⟦P|Koert⟧: Natuurlijk. Op welke naam en welk klantnummer staat het account?
[15:23] Klant: ⟦P|Ananya Kulkarni⟧, klantnr ⟦C|BV-120985⟧, postcode ⟦PC|3521 AZ⟧
[15:24] Belvriend – ⟦P|Koert⟧: Dank u, mevrouw ⟦P|Kulkarni⟧. De toestemming is ingetrokken; vanaf nu worden uw gesprekken met ons niet meer opgenomen. Bestaande opnames worden na de normale bewaartermijn van 30 dagen verwijderd.
[15:24] Klant: Prima, dank u
""",
)

msg(
    "hb-25",
    "email",
    "none",
    """
Van: ⟦P|Hannelore Verhaegen⟧ <⟦E|hannelore@verhaegen-vertalingen.be⟧>
Aan: facturatie@printpact.be
Onderwerp: factuur 2025/0219 + nieuw rekeningnummer

Dag,

Ik ontving factuur 2025/0219 (€ 187,35) voor het leasecontract van mijn printer. Twee zaken:

1. De gestructureerde mededeling op de factuur (+++250/1044/18767+++) wordt door mijn bank geweigerd, ik heb dus nog niet betaald. Kunnen jullie die controleren?
2. Mijn zaak heeft een nieuwe rekening: de domiciliëring mag voortaan van ⟦IBAN|BE07 3187 3083 2266⟧ in plaats van ⟦IBAN|BE76896893195095⟧.

Ondernemingsnummer: ⟦BTW|BE0922669839⟧
Klantnummer: ⟦C|PPV-31177⟧

Ik ben deze en volgende week minder bereikbaar (⟦H|knieoperatie⟧), mailen gaat het snelst. In dringende gevallen: ⟦T|+32 (0)3 239 45 17⟧.

Met vriendelijke groeten,
⟦P|Hannelore Verhaegen⟧
Vertaalbureau Verhaegen – beëdigd vertaler Nederlands-Italiaans

Opgelet: PrintPact zal u nooit vragen om uw wachtwoord of kaartgegevens per e-mail door te geven. Vragen? Bel 078 48 20 20.
""",
)

msg(
    "hb-26",
    "ticket",
    "access",
    """
Ticket SW-PRIV-0093 | Schildwacht Security | Privacy-verzoek
Ontvangen via: privacy@schildwacht-security.nl
Behandelaar: ⟦P|Ivo Wuyts⟧

Van: ⟦P|Jun Hao Lie⟧, oud-medewerker van klant Haven Verpakkingen BV (klant-ID ⟦C|SCH-20577⟧)
E-mail: ⟦E|junhao.lie@kpnmail.nl⟧

Verzoek (letterlijk):
"Tot december werkte ik bij Haven Verpakkingen. Ik heb gehoord dat jullie als beveiligingsbedrijf al het internetverkeer en de mailboxen van medewerkers monitoren. Ik wil weten welke persoonsgegevens jullie over mij hebben verwerkt: logbestanden, DLP-meldingen, screenshots, alles. Ik vraag inzage in die gegevens en wil weten hoe lang jullie ze bewaren en met wie jullie ze gedeeld hebben. Er zaten ook privémails tussen aan mijn vriend; ik ben ⟦S|homo⟧ en dat wist mijn werkgever niet, dus ik wil echt weten wie wat gezien heeft. Mijn oude werkmail was ⟦E|j.lie@havenverpakkingen.nl⟧, mijn laptop had het IP ⟦IP|10.40.12.77⟧ op kantoor en thuis ⟦IP|94.212.150.8⟧."

Notitie ⟦P|Ivo⟧: wij zijn verwerker, Haven Verpakkingen is verwerkingsverantwoordelijke. Verzoek binnen 48 uur doorsturen naar hun FG, betrokkene daarover informeren. SIEM-retentie 180 dagen; er zijn 3 DLP-incidenten op zijn naam (DLP-22871, DLP-22904, DLP-23310).
""",
)

msg(
    "hb-27",
    "chat",
    "none",
    """
[10:02] Klant: hey, ik krijg mijn DNS niet goed voor mijn portfolio site
[10:02] Domeinhaven – ⟦P|Tessa⟧: Hoi! Welke domeinnaam?
[10:03] Klant: ⟦U|lorenzogallo.dev⟧, ik host hem op github pages (⟦U|github.com/lgallo-dev⟧)
[10:04] Domeinhaven – ⟦P|Tessa⟧: Oké. Ik zie een A-record naar 185.199.108.153, dat is goed, maar de CNAME voor www wijst nog naar de oude server.
[10:05] Klant: ah. ik had ook een API-token aangemaakt om het via terraform te doen, is dat ⟦CR|dh_live_9Xq2Lr7TzW4mPc81vKe3⟧ handig om te geven?
[10:05] Domeinhaven – ⟦P|Tessa⟧: Nee, deel die nooit in een chat! Trek hem in via Account > API en maak een nieuwe. Ik pas het record niet voor je aan zonder verificatie.
[10:06] Klant: oeps ok. thuis werk ik met ipv6 btw, mn adres is ⟦IP|2a02:a44b:21f9:1:9d0c:77ff:fe61:b2a4⟧, moet dat ook ergens in?
[10:07] Domeinhaven – ⟦P|Tessa⟧: Nee, dat is niet nodig. Zet de CNAME www op ⟦U|lgallo-dev.github.io⟧ en wacht de TTL (3600 s) af.
[10:09] Klant: werkt! thnx. ik ben trouwens ⟦P|Lorenzo⟧, klantnr ⟦C|DH-203351⟧ als je dat nog nodig had
""",
)

msg(
    "hb-28",
    "email",
    "automated_decision",
    """
Van: ⟦P|Akosua Boateng⟧ <⟦E|akosua@kente-kwaliteit.nl⟧>
Aan: onboarding@winkelkraan.nl
Onderwerp: Aanvraag betaalaccount afgewezen – wie heeft dit beoordeeld?

Goedemiddag,

Gisteren heb ik voor mijn webshop Kente Kwaliteit (stoffen en kleding uit Ghana) een betaalaccount aangevraagd. Binnen een minuut kreeg ik: "Op basis van onze risicoscore kunnen we uw aanvraag niet accepteren." Er is volgens mij geen mens aan te pas gekomen.

Ik vind het niet oké dat een algoritme dit beslist, misschien omdat ik veel uit het buitenland inkoop of vanwege mijn naam. Ik wil graag dat een medewerker mijn aanvraag opnieuw bekijkt, en ik wil uitleg over de logica achter die risicoscore.

Alle gegevens heb ik netjes aangeleverd:
- KvK ⟦KVK|93071548⟧, btw-id ⟦BTW|NL 500297575 B21⟧
- paspoortnummer ⟦ID|NW8KR31P4⟧, geboortedatum ⟦DOB|29.06.1990⟧
- zakelijke rekening ⟦IBAN|NL74TRIO8118310789⟧
- LinkedIn: ⟦U|linkedin.com/in/akosua-boateng-kente⟧

Aanvraagnummer: ONB-2025-77812.

Met vriendelijke groet,
⟦P|Akosua Boateng⟧
⟦T|+31 6 3390 1742⟧
""",
)

msg(
    "hb-29",
    "ticket",
    "none",
    """
Ticket GEM-RFC-2291 | GemICT Partners | Gemeente Súdwest-Fryslân
Wijziging: kentekens toevoegen aan ANPR-whitelist parkeergarage stadskantoor
Aanvrager: ⟦P|Baukje Hettinga⟧ (facilitair), ⟦T|0515 - 43 21 88⟧

Nieuwe medewerkers per 1 maart, graag toevoegen aan groep "PG-Personeel":
1. ⟦P|Sytse de Jong⟧ – ⟦LP|KP-302-T⟧
2. ⟦P|Wei Ling Chan⟧ – ⟦LP|5-TZK-28⟧ (leaseauto, vervangt ⟦LP|62-LP-NH⟧)
3. ⟦P|Rutger Algra⟧ – ⟦LP|GRJ-41-N⟧
4. Wethouder ⟦P|T. Zijlstra⟧ – ⟦LP|3-ZN-415⟧ (toegang ook in het weekend)

Let op: de invalidenparkeerplaats op P-1 alleen voor ⟦P|Wei Ling⟧, zij heeft een ⟦H|gehandicaptenparkeerkaart⟧ (kaartnr. niet nodig voor de ANPR).
De dienstauto's van de gemeente staan al in groep "PG-Dienst" en hoeven niet gewijzigd.
Uitvoeren na goedkeuring CAB van 25-02. Camera-software: Nedap ANPR Lumo 4.6.1.
""",
)

msg(
    "hb-30",
    "chat",
    "rectification",
    """
klant: goeiemiddag, ik heb een brief gekregen van scheldecom maar mijn naam staat er fout op
klant: er staat "⟦P|Jurick Sulveran⟧" maar het is ⟦P|Jurich Sulvaran⟧. ook mijn geboortedatum klopt niet, jullie hebben ⟦DOB|17.01.1993⟧ maar ik ben geboren op ⟦DOB|17.10.1993⟧
Scheldecom – ⟦P|Lotfi⟧: Dag! Excuses daarvoor. Mag ik uw klantnummer?
klant: ⟦C|SC-7104382⟧
Scheldecom – ⟦P|Lotfi⟧: Dank u. Ik pas uw naam en geboortedatum aan. Klopt uw adres nog, ⟦A|Kuringersteenweg 61⟧, ⟦PC|3500⟧ ⟦L|Hasselt⟧?
klant: ja dat klopt. en mijn e-mail is ⟦E|jurich.sulvaran@telenet.be⟧ niet ⟦E|jurich.sulvaren@telenet.be⟧
Scheldecom – ⟦P|Lotfi⟧: Aangepast! U ontvangt een bevestiging op het juiste adres. Nog een fijne dag.
klant: masha danki 🙏
""",
)

msg(
    "hb-31",
    "email",
    "none",
    """
Van: ⟦P|Auke Wiersma⟧ <⟦E|a.wiersma@cbs-dewiekslag.nl⟧>
Aan: aanvragen@schoolictnoord.nl
Onderwerp: account nieuwe leerkracht + mailbox MR

Hallo,

Per 1 april komt ⟦P|Rixt Dijkema⟧ bij ons als invaller voor groep 7/8 (⟦P|Femmy⟧ gaat met ⟦H|bevallingsverlof⟧). Wil je voor ⟦P|Rixt⟧ een account aanmaken? Haar privémail voor de eerste inlog: ⟦E|rixtdijkema@gmail.com⟧, mobiel ⟦T|06 1733 5820⟧.

Verder graag een gedeelde mailbox mr-personeelsgeleding@cbs-dewiekslag.nl voor de MR. ⟦P|Rixt⟧ mag daar ook in, zij is ⟦S|lid van de AOb⟧, zat op haar vorige school namens de vakbond in de MR en neemt die rol hier over. Alleen de MR-leden hebben toegang, niet de directie (dus ik ook niet).

De laptops uit de bestelling SN-2025-044 (3x Dell Latitude 3440) mogen naar het schoolgebouw aan de Schoolstraat.

Groet,
⟦P|Auke Wiersma⟧
Directeur CBS De Wiekslag
""",
)

msg(
    "hb-32",
    "ticket",
    "none",
    """
Ticket: WKR-T-88102
From: shop owner (account ⟦C|WKR-61244⟧, De Groene Mand – biologische groenten)
Contact: ⟦P|Luuk Hermans⟧, ⟦E|luuk@degroenemand.nl⟧
Category: GDPR / data deletion (merchant question)

Message:
"Hallo, een klant van mijn webshop, mevrouw ⟦P|Giulia Marchetti⟧, vraagt of ik al haar gegevens wil verwijderen (account, bestellingen, adres). Hoe doe ik dat in Winkelkraan? Als ik haar account verwijder, verdwijnen dan ook haar bestellingen uit mijn omzetrapport? Ze heeft besteld onder order #5521 en #5634. Haar mailadres is ⟦E|giulia.marchetti@tiscali.it⟧."

Reply draft (⟦P|Femke⟧, L1):
Hoi ⟦P|Luuk⟧, in Klanten > ⟦P|Marchetti⟧ > Acties kies je "Persoonsgegevens anonimiseren". De bestellingen blijven staan (bedragen, btw) maar naam, adres en e-mail worden vervangen. Zo blijft je administratie kloppen. Help-artikel: help.winkelkraan.nl/avg-verwijderen
""",
)

msg(
    "hb-33",
    "chat",
    "none",
    """
visitor: hi, I just moved to NL for work and want a business phone line with you guys
Belvriend – ⟦P|Koert⟧: Hi and welcome! Happy to help in English. May I have your name?
visitor: ⟦P|Rohan Pillai⟧. I'm freelance, data engineer, living in ⟦L|Diemen⟧ now
Belvriend – ⟦P|Koert⟧: Thanks ⟦P|Rohan⟧. Do you have a Dutch bank account yet? We normally use direct debit.
visitor: not yet, the bank appointment is next week. can I pay with card? it's an amex: ⟦CC|3768 313915 00836⟧ exp 11/27
Belvriend – ⟦P|Koert⟧: Please don't share full card numbers in the chat, I'll send you a secure payment link instead. Which e-mail should I use?
visitor: ⟦E|rohan.pillai.de@gmail.com⟧. sorry! also my indian number still works: ⟦T|+91 99001 46823⟧
Belvriend – ⟦P|Koert⟧: No worries. Payment link sent, reference 4467 1494 1665 5518 (Business Flex, € 14,95 per month). Our support line is +31 85 303 1200 if you need us.
visitor: got it, thanks!
""",
)

msg(
    "hb-34",
    "email",
    "none",
    """
Van: ⟦P|Kaat Desmedt⟧ <⟦E|kaat.desmedt@brouwerij-het-anker-hof.be⟧>
Verzonden: dinsdag 4 maart 2025 11:26
Aan: zakelijk@scheldecom.be
CC: ⟦P|Viktoriia Melnyk⟧ <⟦E|v.melnyk@brouwerij-het-anker-hof.be⟧>
Onderwerp: 2 extra gsm-abonnementen personeel

Dag Scheldecom,

Voor twee nieuwe medewerkers graag een extra abonnement Business Mobile M op ons klantnummer ⟦C|SCZ-40218⟧. Voor de registratie van de simkaarten vragen jullie de identiteitsgegevens, hieronder:

- ⟦P|Viktoriia Melnyk⟧, geboren ⟦DOB|30 november 1977⟧, rijksregisternummer ⟦ID|77.11.30-769.25⟧ (zij heeft een A-kaart, kaartnummer ⟦ID|B 1402281 47⟧)
- ⟦P|Seppe Claerhout⟧, geboortedatum ⟦DOB|02/06/2001⟧, identiteitskaart ⟦ID|591-8302746-36⟧

Beide abonnementen mogen op de bestaande factuur (contract SCZ-2023-00871). ⟦P|Seppe⟧ werkt vooral in het filiaal in Brugge, ⟦P|Viktoriia⟧ op het hoofdkantoor.

Bedankt!

⟦P|Kaat Desmedt⟧
HR – Brouwerij Het Anker Hof nv
Mechelsesteenweg 412, 2500 Lier
""",
)

msg(
    "hb-35",
    "ticket",
    "none",
    """
Abuse report AB-2025-0311 | Domeinhaven abuse desk
Reporter: CERT partner (automated feed), ref. PHISH-77120-NL
Domain: bakkerij-de-korenschoof.nl
Registrant: ⟦P|Fadi Suleiman⟧ (customer ⟦C|DH-176604⟧), ⟦E|fadi.suleiman@ziggo.nl⟧, ⟦T|+31 6 4471 0925⟧

Findings:
- Phishing kit (fake "Rabo" login) under /wp-includes/css/rb/ since 2025-03-09 22:40 UTC
- Uploaded from ⟦IP|193.42.33.101⟧ via compromised WordPress admin account "admin"; WordPress 6.1.1, plugin WP File Manager 6.8
- Registrant's own last login to our panel from ⟦IP|62.251.118.47⟧ (matches previous sessions)
- Admin password found in wp-config backup in webroot: ⟦CR|korenschoof1998⟧

Action: site suspended 2025-03-10 07:05, registrant informed by phone. He says the site was built by his nephew ⟦P|Karam⟧ and nobody has logged in for a year. Reactivation only after clean reinstall + password change. Registrant lives in ⟦L|Assen⟧ above the bakery, prefers calls after 14:00 (works night shifts), not on Fridays 12:00-14:00 (⟦S|vrijdaggebed in de moskee⟧).
""",
)

msg(
    "hb-36",
    "chat",
    "none",
    """
[09:47] ⟦P|Rosita Isenia⟧: hoi loonlijn ik kan niet inloggen in de app voor mijn jaaropgaaf, hij zegt het wachtwoord is verlopen
[09:48] Loonlijn – ⟦P|Ewoud⟧: Hoi ⟦P|Rosita⟧! Via "wachtwoord vergeten" kun je een nieuw instellen. Lukt dat niet?
[09:50] ⟦P|Rosita Isenia⟧: nee want ik krijg de mail niet, volgens mij staat mijn oude hotmail er nog in. ik zit sinds januari in de ⟦H|ziektewet⟧ dus ik kan het ook niet even op kantoor vragen
[09:51] Loonlijn – ⟦P|Ewoud⟧: Vervelend, beterschap! Ik kan je e-mailadres niet zelf aanpassen, dat moet je werkgever doen. Wel kan ik checken welk adres er nu staat als je je geboortedatum en de laatste 3 cijfers van je BSN geeft.
[09:52] ⟦P|Rosita Isenia⟧: geb ⟦DOB|4-7-1988⟧ en mijn hele bsn is ⟦BSN|594391398⟧ hoor
[09:53] Loonlijn – ⟦P|Ewoud⟧: Dank je, de laatste 3 cijfers waren genoeg 🙂 Er staat ⟦E|r.isenia@hotmail.com⟧, klopt dat?
[09:54] ⟦P|Rosita Isenia⟧: o die bestaat nog wel, ik kijk wel in de spam. ja daar is hij!
[09:55] Loonlijn – ⟦P|Ewoud⟧: Top. Mocht het toch niet lukken: je werkgever (Thuiszorg Het Bolwerk, loonheffingennummer 218315021L01) kan de app-toegang ook opnieuw versturen.
""",
)

msg(
    "hb-37",
    "ticket",
    "none",
    """
Ticket PP-NL-90214 | PrintPact | Follow-Me printing inrichten
Klant: Fysiotherapie Maasoever, Venlo (klantnr ⟦C|PP-21408⟧)
Aangevraagd door: ⟦P|Loek Hermans⟧, praktijkhouder

Klant plakte de gebruikerslijst in het ticket (kolommen zoals in hun Excel):

naam,e-mail,badge-id,pincode
⟦P|Loek Hermans⟧,⟦E|loek@fysiomaasoever.nl⟧,04A1C2F9,⟦CR|4417⟧
⟦P|Marij Crombach⟧,⟦E|marij@fysiomaasoever.nl⟧,04A1C3B0,⟦CR|9032⟧
⟦P|Sjef Lemmens⟧,⟦E|sjef@fysiomaasoever.nl⟧,04A1C47E,⟦CR|1188⟧
balie,balie@fysiomaasoever.nl,04A1C512,

Opmerking klant: "de balie-badge heeft geen pincode, die printer staat in de wachtkamer en mag alleen afdrukbevestigingen en oefenschema's printen. Let op dat de verwijzingen van de huisarts NIET op die printer terechtkomen."

Technische notitie ⟦P|Nadia⟧: PaperCut MF 23.0.7 op de bestaande server, 2 toestellen (ECOSYS M3655idn). Pincodes zijn door de klant zelf gekozen, geadviseerd die bij eerste gebruik te wijzigen.
""",
)

msg(
    "hb-38",
    "email",
    "none",
    """
Van: ⟦P|Shu Fen Lim⟧ <⟦E|shufen.lim@harmsen-advocaten.nl⟧>
Aan: awareness@schildwacht-security.nl
Onderwerp: Afmelden phishing-training 20 maart / verzetten?

Beste Schildwacht,

Ik sta ingepland voor de verplichte awareness-training "Herken de phishing" op donderdag 20 maart (sessie AW-0320-B). Ik moet me helaas afmelden: ik zit thuis met een ⟦H|hernia⟧ en kan voorlopig niet lang zitten. Kan ik de online variant volgen, of me inschrijven voor een sessie in april?

Mijn collega ⟦P|Thijmen⟧ vroeg of hij de test-phishingmail van vorige week ("Uw pakket kon niet worden bezorgd – DHL") mocht doorsturen naar zijn privéadres; dat heb ik hem afgeraden.

Met vriendelijke groet,
⟦P|Shu Fen Lim⟧
Office manager | Harmsen Advocaten
⟦T|058-2883104⟧ | ⟦T|06 5530 9921⟧

Harmsen Advocaten | Zuiderplein 4 | 8911 AM Leeuwarden | www.harmsen-advocaten.nl
Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan en informeer de afzender.
""",
)

msg(
    "hb-39",
    "chat",
    "none",
    """
25-02-25 21:14 - ⟦P|Yolanda Rosaria⟧: Bon nochi, I need to forward my office number to my mobile while I'm away
25-02-25 21:16 - Belvriend VoIP: Goedenavond! Dit is een automatisch bericht, we reageren morgen vanaf 08:00.
26-02-25 08:05 - Belvriend (⟦P|Koert⟧): Goedemorgen ⟦P|Yolanda⟧! Naar welk nummer moet doorgeschakeld worden en vanaf wanneer?
26-02-25 08:11 - ⟦P|Yolanda Rosaria⟧: vanaf zaterdag 1 maart tot 22 maart, ik ben 3 weken op ⟦L|Curaçao⟧ bij familie. doorschakelen naar ⟦T|+599 9 461 2288⟧ graag. klantnr is ⟦C|BV-109337⟧
26-02-25 08:12 - ⟦P|Yolanda Rosaria⟧: en op zaterdag niet bellen aub, ik ben ⟦S|zevendedags adventist⟧
26-02-25 08:14 - Belvriend (⟦P|Koert⟧): Genoteerd. Doorschakelen naar buitenland kost € 0,19 per minuut, akkoord? Het gaat om toestel 201 (⟦T|0513 - 20 40 01⟧)?
26-02-25 08:15 - ⟦P|Yolanda Rosaria⟧: ja akkoord, dat is mijn eigen nummer op kantoor
26-02-25 08:17 - Belvriend (⟦P|Koert⟧): Ingesteld van 01-03 00:00 t/m 22-03 23:59. Fijne vakantie!
""",
)

msg(
    "hb-40",
    "ticket",
    "none",
    """
Case: CB-2025-0217 (chargeback review)
Platform: Winkelkraan Payments
Merchant: Fietsenmakerij Van Lent (merchant ID ⟦C|WKR-58340⟧)
Reviewer: ⟦P|Hala Darwish⟧

Disputed transactions (3x, reason code 4837 "no cardholder authorization"):
| order | amount | card | buyer IP |
| #20931 | € 1.149,00 | ⟦CC|4124 5951 1266 1758⟧ | ⟦IP|31.151.77.209⟧ |
| #20944 | € 89,95 | ⟦CC|5152-3059-6733-4853⟧ | ⟦IP|31.151.77.209⟧ |
| #20950 | € 2.399,00 | ⟦CC|4420654919382380⟧ | ⟦IP|2a02:58:1a4:c500::1b⟧ |

Cardholder of the first card, ⟦P|Stefano Bellucci⟧ (⟦L|Haarlem⟧), told his bank he never ordered an e-bike. The buyer drove off in a car with Belgian plate ⟦LP|1-XMB-627⟧ (merchant CCTV). Delivery address on all three orders: ⟦A|Kleverparkweg 9A⟧, ⟦PC|2023 CA⟧ ⟦L|Haarlem⟧, signed for by "⟦P|S. Bellucci⟧". Merchant uploaded a copy of the buyer's driving licence shown at pickup of order #20950: rijbewijsnummer ⟦ID|5108293746⟧, geboortedatum ⟦DOB|11 Feb 1996⟧, name ⟦P|Denis Morozov⟧.

Note: internal test-card number 5257 0523 2572 1341 appears in the logs as well; it is not a real card and fails the Luhn check. Merchant settlement batch 2025-02-14-077 (€ 3.637,95) is on hold until the review is closed.
""",
)


# ---------------------------------------------------------------- build + checks
def parse(marked):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        typ = ALIAS.get(m.group(1), m.group(1))
        if typ not in TYPES:
            raise SystemExit(f"unknown type {m.group(1)}")
        start = sum(map(len, out))
        val = m.group(2)
        out.append(val)
        spans.append({"start": start, "end": start + len(val), "type": typ, "value": val})
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise SystemExit("unbalanced markup")
    return text, spans


def digits(s):
    return re.sub(r"\D", "", s)


def check_value(mid, sp):
    t, v = sp["type"], sp["value"]
    err = None
    if t == "BSN" and not nl_bsn.is_valid(v):
        err = "BSN fails elfproef"
    elif t == "IBAN" and not std_iban.is_valid(v):
        err = "IBAN invalid"
    elif t == "CREDIT_CARD" and not (luhn.is_valid(digits(v)) and 13 <= len(digits(v)) <= 19):
        err = "card fails Luhn"
    elif t == "KVK" and not re.fullmatch(r"\d{8}", v):
        err = "KvK not 8 digits"
    elif t == "BTW":
        ok = nl_btw.is_valid(v) if v.upper().startswith("NL") else be_vat.is_valid(v)
        if not ok:
            err = "btw invalid"
    elif (
        t == "ID_DOCUMENT"
        and re.fullmatch(r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d", v)
        and not be_nn.is_valid(v)
    ):
        err = "BE national number invalid"
    elif t == "ID_DOCUMENT" and re.fullmatch(r"\d{3}-\d{7}-\d\d", v):
        d = digits(v)
        if (int(d[:10]) % 97 or 97) != int(d[10:]):
            err = "BE eID card number invalid"
    if err:
        raise SystemExit(f"{mid}: {err}: {v!r}")


def unmarked_segments(text, spans):
    cov = bytearray(len(text))
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            cov[i] = 1
    return cov


def check_traps(mid, text, cov):
    """Numbers in unmarked text must not pass the checksum they imitate."""
    for m in re.finditer(r"(?<![\w.])\d{9}(?![\w])", text):
        if not any(cov[m.start() : m.end()]) and nl_bsn.is_valid(m.group()):
            raise SystemExit(f"{mid}: unmarked 9-digit number passes elfproef: {m.group()}")
    for m in re.finditer(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])", text):
        if not any(cov[m.start() : m.end()]) and luhn.is_valid(digits(m.group())):
            raise SystemExit(f"{mid}: unmarked card-like number passes Luhn: {m.group()}")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        if not any(cov[m.start() : m.end()]) and std_iban.is_valid(m.group()):
            raise SystemExit(f"{mid}: unmarked valid IBAN: {m.group()}")


def check_occurrences(mid, text, spans, cov):
    """Every occurrence of a marked value (len >= 4) must lie inside some span."""
    problems = []
    for v in {sp["value"] for sp in spans if len(sp["value"]) >= 4}:
        for m in re.finditer(re.escape(v), text):
            if not all(cov[m.start() : m.end()]):
                problems.append(v)
    return problems


def main():
    dev_path = HERE.parent / "shared" / "eval" / "dev.jsonl"
    dev_values, dev_texts = set(), ""
    if dev_path.exists():
        for line in dev_path.open(encoding="utf-8"):
            d = json.loads(line)
            dev_texts += d["text"] + "\n"
            dev_values |= {sp["value"] for sp in d["spans"]}
    rows, warnings = [], []
    ids = set()
    for mid, channel, request, marked in M:
        assert mid not in ids, mid
        ids.add(mid)
        assert channel in {"email", "ticket", "chat"}
        assert request in {
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
        text, spans = parse(marked)
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["value"], (mid, sp)
            assert sp["value"] == sp["value"].strip() and sp["value"], (mid, sp)
            check_value(mid, sp)
            if sp["value"] in dev_values or (len(sp["value"]) >= 6 and sp["value"] in dev_texts):
                warnings.append(f"{mid}: value also in dev: {sp['value']!r}")
        spans.sort(key=lambda s: (s["start"], s["end"]))
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (mid, a, b)
        cov = unmarked_segments(text, spans)
        check_traps(mid, text, cov)
        for v in check_occurrences(mid, text, spans, cov):
            warnings.append(f"{mid}: unmarked occurrence of marked value {v!r}")
        rows.append(
            {"id": mid, "channel": channel, "request": request, "text": text, "spans": spans}
        )
    # sentences copied from dev (8-word windows)
    dev_words = dev_texts.split()
    grams = {" ".join(dev_words[i : i + 8]) for i in range(len(dev_words) - 7)}
    for r in rows:
        w = r["text"].split()
        for i in range(len(w) - 7):
            if " ".join(w[i : i + 8]) in grams:
                warnings.append(f"{r['id']}: 8-word overlap with dev: {' '.join(w[i : i + 8])!r}")
    out = HERE / "own_heldout2.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter

    print(f"wrote {len(rows)} messages to {out}")
    print("channels:", dict(Counter(r["channel"] for r in rows)))
    print("requests:", dict(Counter(r["request"] for r in rows)))
    tc = Counter(sp["type"] for r in rows for sp in r["spans"])
    print("spans:", sum(tc.values()), dict(sorted(tc.items())))
    for w in warnings:
        print("WARNING", w)
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main())
