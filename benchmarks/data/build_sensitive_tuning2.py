"""Build sensitive_tuning2.jsonl: a second, small tuning set for HEALTH, SPECIAL and CREDENTIAL.

Written for issue 18 before any recognizer was changed, by a helper who knew the recognizers'
kinds of misses only as general descriptions (medication by name and dose, health compounds the
vocabulary lacks, pregnancy, English health words, Wi-Fi keys and door or alarm codes whose cue
follows the value, religion by denomination and membership). Every text, name and value is
invented. It is a tuning set: the rules may be fitted to it, so it measures nothing held out.

Rich in look-alikes that must stay unmarked (marked as traps, ⟪CAT|text⟫, and removed): an ICT
health check, a "kuur" of updates, market and satisfaction research, pralines and April, a
password policy, error codes, version strings, order and ticket numbers, model numbers, the
municipality ("de gemeente Utrecht"), a tennis club membership, a church as a venue.

Markup and annotation conventions are those of build_sensitive_tuning.py (whose parser and
checks this builder reuses): ⟦TYPE|value⟧ marks a span, ⟪CAT|text⟫ a trap. HEALTH marks the
condition, treatment or medicine name (a dose after a medicine is left out of the span; the
score counts coverage, so a prediction with the dose counts as well). Instead of
sensitive_heldout.jsonl, this set is checked for separation from sensitive_tuning.jsonl (no
shared marked value, no shared six-word run), so that the two tuning sets add up.

Run: .venv/bin/python benchmarks/data/build_sensitive_tuning2.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from build_sensitive_tuning import check_message, parse2, split_data, words

HERE = Path(__file__).resolve().parent
OUT = HERE / "sensitive_tuning2.jsonl"
OTHER = HERE / "sensitive_tuning.jsonl"

HL_DATA = """\
=== t2-hl-01
Goedemorgen, mijn herhaalrecept ⟦H|simvastatine⟧ 40 mg staat nog niet klaar bij de afhaalkluis. Kunt u dat nakijken?
Groet, ⟦P|Henk Vermeulen⟧
=== t2-hl-02
Ik slik sinds maart ⟦H|metformine⟧ en ⟦H|enalapril⟧, maar bij mijn bestelling ontbrak de bijsluiter. ⟪ID|Bestelnummer 55120983⟫.
=== t2-hl-03
Mijn vader gebruikt ⟦H|valsartan⟧ 80 mg en ⟦H|bisoprolol⟧ 2,5 mg; mag hij die in de handbagage meenemen naar Malaga?
⟦P|Yvonne Dekkers⟧
=== t2-hl-04
De huisarts heeft me ⟦H|temazepam⟧ voorgeschreven voor de vlucht, dus ik zou graag een stoel aan het gangpad hebben. Boeking KL-88127.
=== t2-hl-05
hoi, kan de bezorger het pakje met mijn ⟦H|esomeprazol⟧ bij nummer 14 afgeven? ik lig op bed met ⟦H|buikpijn⟧
=== t2-hl-06
Onze dochter ⟦P|Fenneke⟧ kreeg eerst ⟦H|amoxicilline⟧ en daarna ⟦H|azitromycine⟧, daarom zeggen we de zwemles van donderdag af.
=== t2-hl-07
Collega ⟦P|Ruud Verbeek⟧ is overgestapt van ⟦H|paroxetine⟧ naar ⟦H|sertraline⟧ en is de komende twee weken minder inzetbaar.
=== t2-hl-08
Ik gebruik ⟦H|nifedipine⟧ 30mg en ⟦H|ranitidine⟧. Mag ik die combineren met jullie kruidenthee "Rustig Avondje"?
⟦P|Grietje Hoekstra⟧
=== t2-hl-09
Voor het zomerkamp: ⟦P|Sem⟧ heeft ⟦H|noodmedicatie⟧ bij zich in het voorvak van zijn rugzak. Hij heeft ⟦H|epilepsie⟧.
=== t2-hl-10
Ik moet donderdag naar het ziekenhuis voor een ⟦H|schildklieronderzoek⟧, kan de monteur vrijdag komen?
⟦P|Ans Kramer⟧
=== t2-hl-11
Mijn man heeft volgende week een ⟦H|hartonderzoek⟧ en daarna een ⟦H|longonderzoek⟧, dus de levering van de bank moet een week later.
=== t2-hl-12
Sorry voor mijn late reactie, ik had gisteren een ⟦H|darmonderzoek⟧ en moest de hele dag nuchter blijven.
=== t2-hl-13
Onze zoon heeft ⟦H|type 1-diabetes⟧ en moet tijdens de excursie naar het museum tussendoor kunnen eten.
=== t2-hl-14
Ik heb ⟦H|type 2 diabetes⟧ en zou graag weten of de suikervrije taart echt zonder zoetstof is.
=== t2-hl-15
Ik ben 18 weken ⟦H|zwanger⟧ en wil graag een plaats met extra beenruimte op de vlucht van 3 juli.
⟦P|Laura Smits⟧
=== t2-hl-16
Vanaf 1 juni ben ik met ⟦H|zwangerschapsverlof⟧; mijn vervanger is ⟦P|Gijs Mulder⟧ (⟦E|gijs.mulder@bouwbedrijf-voorbeeld.nl⟧).
=== t2-hl-17
Hi, I can't make the appointment tomorrow, I have a ⟦H|high fever⟧ and probably the ⟦H|flu⟧. Sorry!
⟦P|Daan⟧
=== t2-hl-18
Mijn moeder heeft ⟦H|migraine⟧, dus zou de monteur niet voor tienen willen aanbellen?
=== t2-hl-19
Hoi, mijn broer suffers from ⟦H|back pain⟧ en kan de dozen niet zelf naar boven tillen.
=== t2-hl-20
Vanwege mijn ⟦H|zwangerschap⟧ wil ik mijn abonnement bij de sportschool drie maanden pauzeren.
⟦P|Fatima el Idrissi⟧
=== t2-hl-21
Ik sta al een week op ⟦H|pantoprazol⟧ 40 mg en ⟦H|prednisolon⟧, daarom kon ik niet langskomen om de sleutel op te halen.
=== t2-hl-22
Mijn vrouw is ⟦H|zwanger⟧ van de tweede, dus we willen de verhuizing graag twee weken vervroegen.
"""

CR_DATA = """\
=== t2-cr-01
Het wifi-wachtwoord van het vakantiehuis is ⟦CR|73915528⟧, het staat ook op het kaartje bij de koelkast.
=== t2-cr-02
De wifi-sleutel staat niet op de router; hier is hij: ⟦CR|4471902866315⟧
⟦P|Wessel⟧
=== t2-cr-03
Netwerksleutel: ⟦CR|Zonnebloem-Hek42⟧, netwerknaam Tuinhuis_5G. Werkt het daarmee?
=== t2-cr-04
WPA2 key ⟦CR|90218473⟧ werkt niet meer sinds de update van de router.
=== t2-cr-05
Mijn WPA-sleutel is ⟦CR|kaasplank-boterham⟧, maar de printer vindt het netwerk niet.
=== t2-cr-06
network key: ⟦CR|512094837716⟧ (the one on the sticker)
=== t2-cr-07
Voor de schoonmaker: de sleutelkluis hangt naast de voordeur, ⟦CR|4082⟧ is de code.
=== t2-cr-08
⟦CR|561937⟧ is de alarmcode, het paneel hangt in de gang achter de kapstok.
=== t2-cr-09
De code is ⟦CR|2580⟧, dat is voor de deur van de fietsenstalling achter het gebouw.
=== t2-cr-10
De toegangscode van het hek wordt vanaf maandag ⟦CR|880214⟧.
⟦P|Marco Pinto⟧
=== t2-cr-11
deurcode ⟦CR|1359⟧ en het wifi-wachtwoord is ⟦CR|gastenwifi2025⟧, fijn verblijf!
"""

SP_DATA = """\
=== t2-sp-01
Wij zijn ⟦S|lid van de hervormde gemeente⟧ in het dorp, dus op zondag willen we niet verhuizen.
=== t2-sp-02
Mijn ouders zijn ⟦S|lid van de katholieke parochie⟧ en willen de rouwkaarten via de pastoor laten verspreiden.
=== t2-sp-03
Wij zijn ⟦S|islamitisch⟧, dus graag een menu zonder varkensvlees voor de bruiloft.
=== t2-sp-04
Onze zoon ⟦P|Levi⟧ heeft op 12 mei zijn ⟦S|bar mitswa⟧; kan de zaal dan tot middernacht open?
=== t2-sp-05
Mijn schoonmoeder is ⟦S|lid van de doopsgezinde gemeente⟧ en wil geen bezorging op zondag.
=== t2-sp-06
Ik ben ⟦S|lid van de gereformeerde kerk⟧ hier in de buurt en doe daar vrijwilligerswerk.
=== t2-sp-07
Hij is al jaren ⟦S|lid van de moskee⟧ in de wijk en regelt daar het vervoer.
=== t2-sp-08
Wij zijn ⟦S|lid van de joodse gemeente⟧ in Amsterdam, vandaar de vraag over koosjere maaltijden.
"""

LK_DATA = """\
=== t2-lk-01
Installatie mislukt met ⟪CR|foutcode 0x80070005⟫, ⟪CR|versie 2.3.1⟫. ⟪CR|Ordernummer 4471239⟫.
⟦P|Peter Wolters⟧
=== t2-lk-02
⟪CR|Ons wachtwoordbeleid: minimaal 12 tekens, één cijfer en één hoofdletter⟫. ⟪CR|De wifi-sleutel vindt u op de sticker onder de router⟫.
=== t2-lk-03
⟪CR|Uw toegangscode wordt per sms verstuurd⟫. ⟪CR|Ticket 882113⟫ is daarom gesloten.
=== t2-lk-04
⟪CR|De code 40213 op de doos is het modelnummer van de kluis⟫, niet de pincode. Wat is de juiste handleiding?
=== t2-lk-05
We voeren maandag ⟪H|een health check uit op de servers⟫; daarna volgt ⟪H|een kuur van updates⟫. ⟪H|Het marktonderzoek⟫ en ⟪H|het klanttevredenheidsonderzoek⟫ starten in juni.
=== t2-lk-06
Graag ⟪H|de pralines⟫ en de marsepein vóór 12 ⟪H|april⟫ leveren bij de achteringang.
⟦P|Ineke Bos⟧
=== t2-lk-07
⟪S|De vrijwilligers zijn lid van de tennisclub⟫ en ⟪S|de gemeente Utrecht⟫ subsidieert het toernooi.
=== t2-lk-08
⟪S|De gereformeerde kerk aan de Dorpsstraat⟫ wordt verhuurd als concertzaal; kan de vleugel daar op 4 oktober staan?
=== t2-lk-09
Het ⟪H|bodemonderzoek⟫ op het perceel is klaar en ⟪H|het onderzoek naar de storing⟫ loopt nog. ⟪CR|Zaaknummer 2025-11873⟫.
=== t2-lk-10
⟪CR|De alarmcentrale heeft melding 558120 aangemaakt⟫; de monteur komt morgen.
=== t2-lk-11
Welke ⟪H|machine⟫ raden jullie aan voor de ⟪H|cabine⟫ van de vrachtwagen? ⟪CR|Modelnummer 61830⟫ past niet.
=== t2-lk-12
⟪S|De gemeente Zwolle⟫ heeft de vergunning verleend; ⟪S|de parochie⟫ is de eigenaar van het terrein. ⟪CR|Postcode 8011 AB⟫ is die van het gemeentehuis.
"""


def main():
    rows, errs = [], []
    for mid, marked in (m for d in (HL_DATA, CR_DATA, SP_DATA, LK_DATA) for m in split_data(d)):
        text, spans, traps = parse2(marked.rstrip("\n"))
        errs += check_message(mid, text, spans, traps)
        rows.append(
            {
                "id": mid,
                "text": text,
                "request": None,
                "spans": [{k: s[k] for k in ("start", "end", "type", "value")} for s in spans],
            }
        )
    errs += check_other(rows)
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages to {OUT.name}")


def check_other(rows):
    """No marked value and no six-word run shared with sensitive_tuning.jsonl."""
    values, shingles = set(), set()
    for line in OTHER.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        w = words(row["text"])
        shingles.update(tuple(w[i : i + 6]) for i in range(len(w) - 5))
        values.update(sp["value"].casefold() for sp in row["spans"] if sp["type"] != "HEALTH")
    errs = []
    for row in rows:
        for sp in row["spans"]:
            if sp["type"] not in ("HEALTH", "SPECIAL") and sp["value"].casefold() in values:
                errs.append(f"{row['id']}: {sp['type']} value also in sensitive_tuning")
        w = words(row["text"])
        if any(tuple(w[i : i + 6]) in shingles for i in range(len(w) - 5)):
            errs.append(f"{row['id']}: six-word run shared with sensitive_tuning")
    return errs


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
