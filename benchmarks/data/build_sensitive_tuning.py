"""Build sensitive_tuning.jsonl from inline-annotated messages.

Tuning set for privacywacht's detectors of CREDENTIAL, HEALTH, SPECIAL and ID_DOCUMENT, with
look-alikes of each category that must stay unmarked; all other personal data in the messages is
marked as well. It is meant for tuning (thresholds, cue lists, rules), so it aims at being varied
and representative rather than tricky: chat fragments, web forms with field labels, pasted
config files and connection strings, mails with attachment lists, sick-leave mails, HR notes,
school, camp and care messages, bookings, complaints, B2B and IT tickets; Dutch, Flemish and some
English, with misspellings and abbreviations (ww, pw, pwd, wachtwrd, paswoord).

Written blind: the author read only benchmarks/data/heldout_markup.py and the module docstring of
benchmarks/data/build_sensitive_heldout.py (its annotation conventions and the trap markup), and
reused those conventions with new texts, names and values. No detector, model, test or bot code
was read and no privacywacht detector was run on these texts. To keep tuning and held-out data
apart, this builder loads sensitive_heldout.jsonl and aborts when a marked value here also occurs
there (as a marked value of any type, or, for identifiers, as a whole word anywhere in its
text), when a full name here repeats a name there (all its tokens in one PERSON value there), or
when a text here shares a run of six or more words with a text there; single common first names
or surnames may occur in both and are only counted. It reports only ids and the offending values of this set, never
the held-out texts.

Text types, 1-12 lines each:

  t-cr-..  credentials: login problems, web forms, chats, pasted .env / YAML / JSON configs and
           connection strings, bank-card, SIM and digipass codes, 2FA and recovery codes, door,
           alarm and key-safe codes, home Wi-Fi, API keys and tokens, onboarding mails
  t-hl-..  health: sick-leave and HR notes, school, camp and care registrations, pharmacy and
           insurance mails, travel, restaurant, hotel and delivery requests, complaints
  t-sp-..  special categories: criminal records and detention, religion by denomination or
           practice, party and union membership, sexual orientation, ethnicity
  t-id-..  identity documents: rental, travel, mortgage, KYC, HR onboarding, hotel check-in,
           attachment lists and upload paths, Flemish eID and rijksregisternummer
  t-lk-..  look-alikes only: IT tickets, shop and delivery questions, newsletters, B2B mails

Markup: ⟦TYPE|value⟧ marks a span (aliases of heldout_markup: P E T A PC L LP ID CC IP DOB CR H
S C U). ⟪CAT|text⟫ marks a look-alike trap (CAT one of CR, H, S, ID: the category it imitates);
the trap markers are removed, counted and checked (a trap never overlaps a span of the category
it imitates; it may contain a span of another type, e.g. a user id that is CUSTOMER_ID or a
Kerkstraat address). Traps are not written to the JSONL. Every JSON line is
{"id", "text", "request": null, "spans": [{"start", "end", "type", "value"}]}.

Annotation conventions (the same as sensitive_heldout):
- PERSON is the name only (no titles, roles or salutations), initials and tussenvoegsels
  included, also lowercase and surname-only mentions, support staff, and login, folder or user
  names built from a person's name. Pets' names are not PERSON. Company, product, app and
  software names, field labels, order, ticket, invoice, booking, case and tracking numbers, error
  codes, versions, serial, type and model numbers, meeting ids and discount codes are unmarked,
  as are organisations' own addresses and phone numbers.
- ADDRESS is street + number; POSTCODE and LOCATION (the town of a person's address or
  whereabouts) are separate spans. CUSTOMER_ID covers customer, member, student, personnel,
  policy and account/user ids and library or transport cards of a person. IBAN, BSN and
  CREDIT_CARD values pass their checksums; DATE_OF_BIRTH only for birth dates.
- CREDENTIAL: only the secret value (passwords, also old ones and every attempt, PINs, PUKs,
  CVC/CVV, SMS and 2FA codes, recovery codes, bank-token response codes, itsme codes, API keys
  and tokens, door, alarm, key-safe and locker codes, home Wi-Fi passwords, passphrases), never
  the cue, quotes, brackets or "en dan hekje". A password containing a name, town or holiday is
  CREDENTIAL only. Unmarked: password policies, "wachtwoord vergeten" and reset links, masked
  passwords, Wi-Fi network names, error codes and versions, order, ticket and tracking numbers
  after "code" or "nummer", discount codes, meeting ids, a verification code without a value,
  pin terminals, WW (the benefit), token endpoints and product licence keys.
- HEALTH: the condition or treatment phrase only, without articles, possessives, "heeft",
  "last van", durations or dates: diagnoses, allergies and intolerances, disabilities,
  pregnancy, mental health, addictions, injuries, operations, therapies, prescribed diets,
  medication, and aids or documents revealing a disability. Unmarked: pets' ailments, ICT
  health checks, a "kuur" of updates, computer viruses, allergy as a shop category, figurative
  speech, company campaigns, the Ziektewet, first-aid kits and AEDs, insurance products, sports
  gadgets, venue accessibility, battery health and care providers as businesses or addresses.
- SPECIAL: the phrase naming a conviction, sentence, record, detention, arrest, suspicion or
  acquittal (with its "voor / wegens" complement); the denomination word or practice phrase of a
  person's religion; the membership phrase including the party or union; the word for a sexual
  orientation; the ethnicity phrase. Unmarked: churches, mosques and chapel streets as venues or
  addresses, political news and elections, strikes and unions in the news or as a company
  meeting, shop collections and menu labels, prayer rooms, schools as organisations, escape
  rooms, library fines, a VOG as a document, being the victim of a crime.
- ID_DOCUMENT: only the number: Dutch passport and ID-card numbers (two letters, six letters or
  digits, a final digit, no letter O), Dutch driving-licence numbers (10 digits), Belgian eID
  card numbers (12 digits, last two = first ten mod 97), Belgian national numbers, the listed
  foreign document numbers, also inside attachment names and paths. Unmarked: the document words
  without a number, user ids, serial and model numbers, order, booking, invoice, case and
  tracking numbers, Belgian structured payment references, file names without a number, EAN
  codes, terminal ids and camera file names.

Checks (any failure is printed and aborts without writing the JSONL): exact offsets,
heldout_markup's checksums and trap check, ID_DOCUMENT formats, unmarked 3-7-2 digit groups
failing the eID check, no cue word, quote or bracket in a CREDENTIAL, no leading article or
possessive in HEALTH and SPECIAL, no surrounding spaces, no overlapping spans, every occurrence
of a marked value (len >= 4, case-insensitive, whole word) inside a span, every trap outside the
spans of the category it imitates, and the separation from sensitive_heldout described above.

Run: .venv/bin/python benchmarks/data/build_sensitive_tuning.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from heldout_markup import ALIAS, TYPES, check_traps, check_value, coverage
from stdnum.be import nn as be_nn

HERE = Path(__file__).resolve().parent
OUT = HERE / "sensitive_tuning.jsonl"
HELDOUT = HERE / "sensitive_heldout.jsonl"

TRAP_CATS = {"CR": "CREDENTIAL", "H": "HEALTH", "S": "SPECIAL", "ID": "ID_DOCUMENT"}
PREFIX = {"cr": "CREDENTIAL", "hl": "HEALTH", "sp": "SPECIAL", "id": "ID_DOCUMENT", "lk": None}

# foreign identity documents, listed so that their formats need no rule of their own
FOREIGN_DOCS = {
    "C7HJ29KRW",  # German passport
    "T22X81LM4",  # German Personalausweis
    "127490356",  # UK passport
    "48213957T",  # Spanish DNI
    "ZK4471029",  # Polish ID card
    "VM2093174",  # Moroccan passport
    "U38102947",  # Turkish passport
    "EJ418276",  # Belgian passport
    "FR7731246",  # Ukrainian passport
}
NL_DOC = re.compile(r"[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]")
NL_LICENCE = re.compile(r"\d{10}")
BE_EID = re.compile(r"\d{3}-\d{7}-\d\d|\d{3} \d{7} \d\d|\d{12}")
BE_NN = re.compile(r"\d\d\.\d\d\.\d\d-\d{3}\.\d\d|\d{11}")

CR_CUES = re.compile(
    r"\b(ww|pw|pwd|wachtwoord|wachtwrd|paswoord|password|passwd|pincode|pin|puk|cvc|cvv|code|"
    r"toegangscode|hekje)\b",
    re.I,
)
LEADING_WORDS = re.compile(
    r"(een|de|het|mijn|zijn|haar|hun|onze|ons|jouw|uw|a|an|the|my|his|her|their|heeft|had)\b",
    re.I,
)
# identifier-like types: their values may not occur anywhere in a held-out text
IDENTIFIERS = {
    "EMAIL",
    "PHONE",
    "ADDRESS",
    "IBAN",
    "BSN",
    "LICENSE_PLATE",
    "ID_DOCUMENT",
    "CREDIT_CARD",
    "IP_ADDRESS",
    "CUSTOMER_ID",
    "CREDENTIAL",
    "URL",
}
NAME_PARTICLES = {"van", "de", "der", "den", "het", "ten", "ter", "te", "el", "al", "da", "du"}
TOKEN = re.compile(r"⟦([A-Z_]+)\||⟧|⟪([A-Z]+)\||⟫")


def parse2(marked):
    """Parse ⟦TYPE|value⟧ spans and ⟪CAT|text⟫ traps (spans may lie inside traps)."""
    out, spans, traps, pos = [], [], [], 0
    open_span, open_traps = None, []
    length = 0
    for m in TOKEN.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        tok = m.group(0)
        if m.group(1):
            if open_span is not None:
                raise ValueError("nested span")
            typ = ALIAS.get(m.group(1), m.group(1))
            if typ not in TYPES:
                raise ValueError(f"unknown type {m.group(1)}")
            open_span = (typ, length)
        elif tok == "⟧":
            if open_span is None:
                raise ValueError("unbalanced ⟧")
            typ, start = open_span
            spans.append({"start": start, "end": length, "type": typ})
            open_span = None
        elif m.group(2):
            if m.group(2) not in TRAP_CATS:
                raise ValueError(f"unknown trap category {m.group(2)}")
            if open_span is not None:
                raise ValueError("trap inside a span")
            open_traps.append((m.group(2), length))
        else:
            if not open_traps or open_span is not None:
                raise ValueError("unbalanced ⟫")
            cat, start = open_traps.pop()
            traps.append({"cat": cat, "start": start, "end": length})
    out.append(marked[pos:])
    if open_span is not None or open_traps:
        raise ValueError("unclosed markup")
    text = "".join(out)
    for sp in spans:
        sp["value"] = text[sp["start"] : sp["end"]]
    for tr in traps:
        tr["text"] = text[tr["start"] : tr["end"]]
    return text, spans, traps


def eid_ok(value):
    d = re.sub(r"\D", "", value)
    return len(d) == 12 and (int(d[:10]) % 97 or 97) == int(d[10:])


def id_format_ok(value):
    if value in FOREIGN_DOCS:
        return True
    if NL_DOC.fullmatch(value) or NL_LICENCE.fullmatch(value):
        return True
    if BE_EID.fullmatch(value):
        return eid_ok(value)
    if BE_NN.fullmatch(value):
        return be_nn.is_valid(value)
    return False


def check_message(mid, text, spans, traps):
    errs = []
    for sp in spans:
        t, v = sp["type"], sp["value"]
        if text[sp["start"] : sp["end"]] != v:
            errs.append(f"offset mismatch {v!r}")
        if not v or v != v.strip():
            errs.append(f"empty value or surrounding space in {t} {v!r}")
        msg = check_value(sp)
        if msg:
            errs.append(f"{msg}: {v!r}")
        if t == "ID_DOCUMENT" and not id_format_ok(v):
            errs.append(f"ID_DOCUMENT format: {v!r}")
        if t == "CREDENTIAL":
            if CR_CUES.search(v) and " " not in v:
                errs.append(f"cue word in CREDENTIAL {v!r}")
            if any(c in v for c in "\"'()[]{}“”‘’"):
                errs.append(f"quote or bracket in CREDENTIAL {v!r}")
        if t in ("HEALTH", "SPECIAL") and LEADING_WORDS.match(v):
            errs.append(f"{t} starts with an article, possessive or auxiliary: {v!r}")
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] < a["end"]:
            errs.append(f"overlapping spans {a['value']!r} / {b['value']!r}")
    cov = coverage(text, spans)
    errs += check_traps(text, cov)
    for m in re.finditer(r"(?<![\d-])(\d{3})([ -]?)(\d{7})\2(\d\d)(?![\d-])", text):
        if not any(cov[m.start() : m.end()]) and eid_ok(m.group()):
            errs.append(f"unmarked 3-7-2 digit group passes the eID check: {m.group()}")
    for sp in spans:
        v = sp["value"]
        if len(v) < 4:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text, re.I):
            if not all(cov[m.start() : m.end()]):
                errs.append(f"unmarked repeat of {sp['type']} {v!r}")
    for tr in traps:
        for sp in spans:
            if (
                sp["type"] == TRAP_CATS[tr["cat"]]
                and sp["start"] < tr["end"]
                and tr["start"] < sp["end"]
            ):
                errs.append(f"trap {tr['text']!r} overlaps {sp['type']} {sp['value']!r}")
    prefix = mid.split("-")[1]
    if prefix not in PREFIX:
        errs.append("unknown id prefix")
    elif PREFIX[prefix] and not any(sp["type"] == PREFIX[prefix] for sp in spans):
        errs.append(f"no {PREFIX[prefix]} span in a {prefix} message")
    elif PREFIX[prefix] is None and any(
        sp["type"] in ("CREDENTIAL", "HEALTH", "SPECIAL", "ID_DOCUMENT") for sp in spans
    ):
        errs.append("look-alike message holds a positive of the four categories")
    if prefix == "lk" and not traps:
        errs.append("look-alike message without a trap")
    return [f"{mid}: {e}" for e in errs]


def words(text):
    return re.findall(r"\w+", text.casefold())


def name_tokens(value):
    toks = re.split(r"[\s._\\/-]+", value.casefold())
    return {t for t in toks if len(t) >= 3 and t not in NAME_PARTICLES and not t.isdigit()}


def check_heldout(rows):
    """Separation from sensitive_heldout.jsonl; reports only this set's ids and values."""
    if not HELDOUT.exists():
        print("note: sensitive_heldout.jsonl not found, separation check skipped")
        return []
    h_values, h_names, h_tokens, h_shingles, h_texts = set(), [], set(), set(), []
    with HELDOUT.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            h_texts.append(row["text"].casefold())
            w = words(row["text"])
            h_shingles.update(tuple(w[i : i + 6]) for i in range(len(w) - 5))
            for sp in row["spans"]:
                h_values.add(sp["value"].casefold())
                if sp["type"] == "PERSON":
                    h_names.append(name_tokens(sp["value"]))
                    h_tokens |= h_names[-1]
    h_blob = "\n".join(h_texts)
    errs, shared = [], set()
    for row in rows:
        for sp in row["spans"]:
            v = sp["value"].casefold()
            if v in h_values:
                errs.append(
                    f"{row['id']}: {sp['type']} value also marked in heldout: {sp['value']!r}"
                )
            elif (
                sp["type"] in IDENTIFIERS
                and len(v) >= 4
                and re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", h_blob)
            ):
                errs.append(
                    f"{row['id']}: {sp['type']} value occurs in a heldout text: {sp['value']!r}"
                )
            if sp["type"] == "PERSON":
                toks = name_tokens(sp["value"])
                if len(toks) >= 2 and any(toks <= h for h in h_names):
                    errs.append(f"{row['id']}: PERSON {sp['value']!r} repeats a heldout name")
                shared |= toks & h_tokens
        w = words(row["text"])
        for i in range(len(w) - 5):
            if tuple(w[i : i + 6]) in h_shingles:
                errs.append(f"{row['id']}: six-word run shared with heldout at word {i}")
                break
    print(
        f"separation from {HELDOUT.name}: no shared marked values, full names or six-word runs "
        f"checked; {len(shared)} single name tokens (common first names or surnames) also occur "
        "there, which is allowed"
    )
    return errs


def main():
    rows, errs, seen = [], [], set()
    type_counts, trap_counts, msg_counts = Counter(), Counter(), Counter()
    for mid, marked in MESSAGES:
        if mid in seen:
            errs.append(f"duplicate id {mid}")
        seen.add(mid)
        try:
            text, spans, traps = parse2(marked.strip("\n"))
        except ValueError as exc:
            errs.append(f"{mid}: {exc}")
            continue
        errs += check_message(mid, text, spans, traps)
        spans.sort(key=lambda s: s["start"])
        rows.append(
            {
                "id": mid,
                "text": text,
                "request": None,
                "spans": [
                    {"start": s["start"], "end": s["end"], "type": s["type"], "value": s["value"]}
                    for s in spans
                ],
            }
        )
        type_counts.update(s["type"] for s in spans)
        trap_counts.update(TRAP_CATS[t["cat"]] for t in traps)
        msg_counts[mid.split("-")[1]] += 1
    texts = Counter(r["text"] for r in rows)
    errs += [f"duplicate text in {r['id']}" for r in rows if texts[r["text"]] > 1]
    errs += check_heldout(rows)
    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} problem(s); {OUT.name} not written")
        sys.exit(1)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages to {OUT.name}")
    print("messages:", ", ".join(f"{k} {v}" for k, v in sorted(msg_counts.items())))
    print("spans per type:")
    for typ, n in type_counts.most_common():
        print(f"  {typ:<14} {n}")
    print("traps per category:")
    for cat, n in trap_counts.most_common():
        print(f"  {cat:<14} {n}")
    pos = sum(type_counts[t] for t in ("CREDENTIAL", "HEALTH", "SPECIAL", "ID_DOCUMENT"))
    print(f"positives of the four categories: {pos}; traps: {sum(trap_counts.values())}")


CR_DATA = r"""
=== t-cr-01
Onderwerp: kan niet meer inloggen
Naam: ⟦P|Wouter Brinkman⟧
E-mail: ⟦E|w.brinkman@kpnmail.nl⟧
Klantnummer: ⟦C|40718825⟧
Wachtwoord: ⟦CR|Zeilboot!77⟧
Omschrijving: sinds ik ⟪CR|versie 4.12.1⟫ heb geïnstalleerd, accepteert de app mijn wachtwoord niet meer. Op de website lukt het wel.
=== t-cr-02
[14:02] ⟦P|sanne_v⟧: hoi, ik kom er niet in
[14:02] ⟦P|sanne_v⟧: ww is ⟦CR|lentebloem23⟧ maar hij zegt ⟪CR|foutcode 4031⟫
[14:03] Medewerker ⟦P|Karim⟧: Ik kijk even mee. Typ je wachtwoord volgende keer liever niet in de chat, dan zet ik nu een reset klaar.
[14:05] ⟦P|sanne_v⟧: oke sorry!
=== t-cr-03
Hoi team, de staging-deploy faalt sinds gisteren. Dit is de .env die ⟦P|Mirjam⟧ heeft aangepast:

DB_HOST=pg-staging.intern
DB_USER=svc_facturatie
DB_PASS=⟦CR|vQ7#nL2xR9wp⟧
SMTP_PASSWORD=⟦CR|Mailr3lay-2024⟧
APP_VERSION=⟪CR|3.8.0-rc2⟫

Kan iemand beide wachtwoorden roteren? Ze staan nu ook in dit ticket.
=== t-cr-04
Subject: Timeout op rapportageserver

Connection string uit appsettings.json:
"Server=sql-rap02;Database=Rapportage;User Id=rapport_lezer;Password=⟦CR|Tulp$Veld81⟧;Encrypt=True"

Foutmelding: ⟪CR|error code 0x80131904⟫, daarna valt de verbinding weg. Wie kan helpen?
Groet, ⟦P|Bas Oudejans⟧
=== t-cr-05
Beste,

Mijn nieuwe bankkaart is toegekomen maar de pincode werkt niet. In de brief staat ⟦CR|4826⟧, ik heb ook ⟦CR|4862⟧ geprobeerd omdat ik dacht dat ik me vergist had. Nu is de kaart geblokkeerd aan de ⟪CR|betaalterminal⟫ van de bakker.
Rekeningnummer ⟦IBAN|BE66 3135 7901 4443⟧.

Met vriendelijke groeten,
⟦P|Lieve Vandamme⟧
⟦T|0476 31 82 09⟧
=== t-cr-06
Goedemiddag, mijn dochter heeft drie keer een verkeerde pincode ingetoetst en nu vraagt haar telefoon om de PUK. Op het kaartje van de simkaart staat PUK ⟦CR|73920184⟧, maar ook die wordt geweigerd. Haar nummer is ⟦T|06 41 27 90 38⟧, ⟪ID|simkaartnummer 8931 0412 7755 9031⟫.
Groet, ⟦P|Ahmed el Idrissi⟧
=== t-cr-07
Mijn betaling voor ⟪CR|ordernummer 20931877⟫ mislukt steeds. Ik heb mijn kaartgegevens drie keer ingevuld:
kaart ⟦CC|4414 9268 0768 4509⟧, geldig tot 08/27, CVC ⟦CR|318⟧.
Wat doe ik fout? Ik wil de bestelling echt voor vrijdag binnen hebben.
⟦P|Jolanda Kuipers⟧
=== t-cr-08
Hi, our integration with your webshop API stopped working this morning (HTTP 401). We use the key below, issued to my account ⟦E|anjali.deshmukh@veldhuis-logistiek.nl⟧:

API key: ⟦CR|mk_prod_7Hq2LwX9cV4tNp81ZsYb⟧

Could you check whether it was revoked? We call the default ⟪CR|token endpoint⟫, nothing changed on our side.
Thanks, ⟦P|Anjali Deshmukh⟧
=== t-cr-09
Hoi ⟦P|Emma⟧! Superfijn dat je deze week op Moos past. Moos heeft ⟪H|oorontsteking⟫, de druppels staan op het aanrecht.
De sleutel hangt in het kastje naast de deur, code ⟦CR|2703⟧. Het alarm zet je uit met ⟦CR|5531⟧ en dan hekje.
Wifi: netwerk ⟪CR|Ziggo-Thuis5G⟫, wachtwoord ⟦CR|appelboom-rood-42⟧.
Adres nog even: ⟦A|Merelstraat 14⟧, ⟦PC|8011 BK⟧ ⟦L|Zwolle⟧.
Liefs, ⟦P|Tessa⟧
=== t-cr-10
Ik krijg wel een sms-code (⟦CR|604219⟧) maar na het invoeren zegt de site dat hij verlopen is. De tweede code was ⟦CR|118734⟧, zelfde probleem. Mijn gebruikersnaam is ⟦C|klant-88412⟧. ⟪CR|Ik heb al op "wachtwoord vergeten" geklikt, maar daar krijg ik ook weer een sms voor.⟫
=== t-cr-11
Mijn telefoon is gestolen en daarmee ook de authenticator-app. Ik heb nog de herstelcodes die ik destijds heb uitgeprint:
⟦CR|7kd2-m9qa⟧
⟦CR|p4xr-81tz⟧
Kunt u mijn account (⟦E|h.vanloon@ziggo.nl⟧) hiermee herstellen? ⟪S|Ik heb aangifte gedaan van de diefstal⟫, het proces-verbaal kan ik sturen.
⟦P|Hendrik van Loon⟧
=== t-cr-12
Dag,
Bij het aanmelden op de bank met mijn digipass kreeg ik responscode ⟦CR|38817402⟧, maar die werd niet aanvaard. Nog eens geprobeerd met ⟦CR|90215563⟧, opnieuw ⟪CR|code E-207⟫. Kunnen jullie nakijken wat er mis is? Ik ben klant onder nummer ⟦C|0087-552193⟧.
Groeten,
⟦P|Jef Claeys⟧
=== t-cr-13
Goeiedag, ik ben mijn itsme-code kwijt na een nieuwe gsm. Volgens mij was het ⟦CR|24680⟧, maar misschien ook ⟦CR|86420⟧. Na twee pogingen ben ik gestopt. Kan ik itsme opnieuw activeren met mijn identiteitskaart in de kaartlezer?
⟦P|Koen De Smedt⟧, ⟦L|Herentals⟧
=== t-cr-14
Onderwerp: nieuw wachtwoord ⟦CR|Bosbes#2025⟧ werkt niet

Hallo,
Vanochtend heb ik via de link een nieuw wachtwoord ingesteld (zie onderwerp), maar inloggen geeft een witte pagina. ⟪CR|Het wachtwoord voldoet volgens mij aan jullie eisen: 10 tekens, hoofdletter, cijfer en leesteken.⟫
Groet,
⟦P|Wilma Scheepstra⟧
=== t-cr-15
hoi, ik probeer al de hele ochtend in te loggen op het ouderportaal. mijn mail is ⟦E|fleur.dekker88@gmail.com⟧. ik heb het wachtwoord opgeschreven, misschien helpt dat?
⟦CR|Fleurtje_2016⟧
=== t-cr-16
Goedemorgen,
Ik gebruik jullie wachtwoordkluis op twee laptops. Op de tweede laptop wordt mijn hoofdwachtwoordzin ⟦CR|zeven blauwe reigers dansen⟧ niet herkend, terwijl hij op de eerste gewoon werkt. Beide draaien ⟪CR|versie 2.19.4⟫.
Groet,
⟦P|Maarten Hoogeveen⟧
=== t-cr-17
Hello, yesterday I changed my password from ⟦CR|Harbour!Lights9⟧ to ⟦CR|Harbour!Lights10⟧ and now neither works in the mobile app. ⟪CR|I used "forgot password" twice but no reset email arrives.⟫ Account: ⟦E|tom.pettifer@outlook.com⟧
Regards, ⟦P|Tom Pettifer⟧
=== t-cr-18
hallo ik kan niet in mijn acount van de bieb. wachtwrd is ⟦CR|kiki2011⟧ denk ik, of ⟦CR|Kiki2011!⟧. mijn pasnummer is ⟦C|21087004125⟧. ik moet boeken verlengen anders krijg ik ⟪S|een boete van de bibliotheek⟫
groetjes ⟦P|Anouk⟧
=== t-cr-19
[09:14] ⟦P|Jens Wuyts⟧: goeiemorgen, mijn moeder heeft haar tablet bij jullie binnengebracht voor herstelling
[09:14] ⟦P|Jens Wuyts⟧: pw van het toestel is ⟦CR|Oma1948⟧, pincode van de simkaart ⟦CR|0412⟧
[09:16] Winkel Ninove: Dank u, we noteren het op de werkbon ⟪CR|WB-22871⟫. Gelieve na de herstelling de pincode te wijzigen.
=== t-cr-20
Ticket ⟪CR|OPS-4417⟫: nachtelijke back-up faalt

Stappen om te reproduceren:
1. ssh backup@nas01
2. pwd: ⟦CR|N4s-b4ckup-2023⟧
3. rsync -av /data nas01:/vol2 -> ⟪CR|exit code 23⟫

Melder: ⟦P|Ruud Terpstra⟧, toestel 2231
=== t-cr-21
Dag, sinds de technieker langs is geweest werkt de wifi niet meer op de tv. Netwerk is ⟪CR|telenet-7F3A2⟫ en het paswoord ⟦CR|kM9xTq4wZ2pL⟧. Het modem staat in de living.
Adres: ⟪S|⟦A|Kapelstraat 27⟧⟫, ⟦PC|9160⟧ ⟦L|Lokeren⟧
⟦P|Griet Van Acker⟧
=== t-cr-22
Voor de thuiszorg: de sleutelkluis bij de achterdeur van mevrouw ⟦P|Bosma⟧ heeft code ⟦CR|3691⟧. Zij is ⟦H|slechthorend⟧, dus bel na het openen even hard "goedemorgen". Adres ⟦A|Populierenlaan 9⟧, ⟦L|Sneek⟧. Contactpersoon is haar zoon ⟦P|Freek⟧, ⟦T|06-28175530⟧.
=== t-cr-23
Ons alarmpaneel piept sinds de stroomstoring. Ik heb ⟦CR|1111⟧, ⟦CR|9999⟧ en onze eigen code ⟦CR|6184⟧ geprobeerd, niets werkt. Het display toont ⟪CR|code E05⟫. ⟪ID|Serienummer van de centrale: AXP-22841-NL⟫.
⟦P|Daniëlle Kroon⟧, ⟦A|Esdoornhof 31⟧, ⟦L|Veenendaal⟧
=== t-cr-24
Beste sportschool, mijn kluisje (⟪CR|nr. 112⟫) gaat niet meer open. Ik had zelf de code ⟦CR|3096⟧ ingesteld en mijn spullen liggen er nog in. Lidnummer ⟦C|SP-220481⟧.
⟦P|Yusuf Demir⟧
=== t-cr-25
Ik heb deze wachtwoorden geprobeerd op het personeelsportaal:
- ⟦CR|Zomer2024!⟧
- ⟦CR|Zomer2024⟧
- ⟦CR|zomer2025!⟧
Alle drie fout en nu zit ik 30 minuten op slot. ⟪CR|De melding zegt dat mijn wachtwoord elke 90 dagen moet worden vervangen.⟫
⟦P|Petra Wagenaar⟧ (personeelsnummer ⟦C|126093⟧)
=== t-cr-26
Welkom ⟦P|Noor⟧!
Je laptop staat klaar bij de receptie. Inlognaam: ⟦P|n.benali⟧, tijdelijk wachtwoord: ⟦CR|Welkom-8842-Tx⟧.
⟪CR|Bij de eerste keer inloggen kies je een nieuw wachtwoord van minimaal 14 tekens met een cijfer en een leesteken.⟫
Groet, ⟦P|Quinten⟧ (ICT)
=== t-cr-27
Dear reservations team, please charge the deposit to my Mastercard ⟦CC|5378 7901 9832 1076⟧, exp 11/26, CVV ⟦CR|442⟧. Name on card: ⟦P|Helena Marsh⟧. Our ⟪ID|booking reference is HTL552901⟫.
=== t-cr-28
Goeiemiddag, mijn zoon ⟦P|Wout⟧ (derde leerjaar) kan niet inloggen op het schoolplatform. Zijn gebruikersnaam is ⟦P|wout.peeters⟧ en het paswoord dat de juf meegaf is ⟦CR|regenboog17⟧. Hij krijgt de melding ⟪CR|"gebruiker onbekend (code 12)"⟫.
Vriendelijke groeten, ⟦P|Sofie Peeters⟧
=== t-cr-29
Mijn internet valt steeds weg. Modem ⟪ID|type FRITZ!Box 7590⟫, ik kan inloggen op de beheerpagina met wachtwoord ⟦CR|fritz3821⟧, daar staat ⟪CR|foutcode 0x2A⟫ bij de DSL-verbinding. Mijn publieke IP is ⟦IP|84.29.161.47⟧.
⟦P|Gerrit Mulder⟧, klantnummer ⟦C|5591734⟧
=== t-cr-30
Briefje voor ⟦P|Marloes⟧: de pincode van de tankpas van de bus is ⟦CR|9142⟧. Niet doorgeven aan uitzendkrachten aub. Tanken bij de ⟪CR|pinautomaat⟫ links, die rechts is stuk.
⟦P|Erik⟧
=== t-cr-31
Onze koppeling met het roosterpakket geeft 403. Request zoals wij hem sturen:

curl -H "Authorization: Bearer ⟦CR|eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjQ0MTJ9.k3Vq9XbT2mLr8sPzW1c⟧" "$API/roosters?week=12"

Token is gisteren aangemaakt door ⟦P|Ilona Spaans⟧. ⟪CR|Onze licentiesleutel QRX7-88KD-P2MW-41ZA⟫ is nog geldig tot december.
=== t-cr-32
Bestellingen uit de webshop komen niet meer binnen per mail. Dit is onze config.yml:

smtp:
  host: mail.bakkerij-vos.nl
  port: 587
  user: bestellingen
  password: "⟦CR|Krent3nbol!22⟧"

Gr. ⟦P|Hanneke Vos⟧
=== t-cr-33
docker-compose.yml (stuk eruit):
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ledenadmin
      POSTGRES_PASSWORD: ⟦CR|ZwemClub_Delta_88⟧
De container start, maar de app geeft ⟪CR|error 57P01⟫. Groetjes ⟦P|Mehmet Yildiz⟧ (vrijwilliger ledenadministratie)
=== t-cr-34
hoi!! nieuwe telefoon en nu doet mn mail het niet meer. ww is ⟦CR|hondje88⟧ en mn mail is ⟦E|lisa.vermeer@hotmail.com⟧. op de oude telefoon deed ie het gewoon?? ⟪CR|nu staat er 'IMAP fout 535'⟫
=== t-cr-35
Geachte, ik raak niet meer op mijn account van de belastingaangifte. Paswoord was ⟦CR|Schelde#1979⟧. Mijn rijksregisternummer is ⟦ID|79.01.27-904.49⟧ en ik ben geboren op ⟦DOB|27 januari 1979⟧.
Met dank,
⟦P|Marc Verhaegen⟧
=== t-cr-36
ok dus de cvv is ⟦CR|907⟧ en de kaart is ⟦CC|4231 7378 9058 3230⟧, mag ik nu betalen? ik heb al 3x ⟪CR|fout 502⟫ gehad
=== t-cr-37
Beste helpdesk,
Voor de overdracht van het project: de verificatiecode die ik per sms kreeg is ⟦CR|552190⟧. Kunt u die invoeren zodat ⟦P|Arjen⟧ bij mijn mailbox kan? ⟪CR|Ik heb zelf geen verificatiecode voor zijn account ontvangen.⟫
⟦P|Wendy Zwart⟧
=== t-cr-38
Mijn voicemail vraagt ineens om een pincode. Ik heb ⟦CR|7070⟧ ingesteld, dacht ik, maar die werkt niet. ⟪CR|Volgens het welkomstbericht moet de code uit 4 tot 6 cijfers bestaan⟫. Nummer ⟦T|06 15 38 72 90⟧.
=== t-cr-39
Ik kan het hek van de volkstuin niet meer openen. Mijn code was ⟦CR|5826⟧ en dan hekje, zoals in de ledenbrief stond. Tuin nr. 38, lidnummer ⟦C|VT-0391⟧. ⟪CR|Is de code na de jaarvergadering veranderd? Ik heb de nieuwe nog niet ontvangen.⟫
⟦P|Gé Smits⟧
=== t-cr-40
Vraag over mijn account: wachtwoord ⟦CR|Harderwijk1999⟧ wordt geweigerd sinds jullie de nieuwe app hebben. Ik woon overigens niet meer in Harderwijk maar in ⟦L|Meppel⟧, ⟦A|Stationsweg 4⟧.
⟦P|Jannie Koster⟧
=== t-cr-41
wachtwoord van het gezinsaccount is ⟦CR|Sinterklaas5dec⟧, de kinderen kunnen niet meer streamen. ⟪CR|Er staat "Maximaal aantal schermen bereikt (code 230)".⟫ groet ⟦P|Marco⟧
=== t-cr-42
Hierbij de inloggegevens van de koppeling, zoals gevraagd:

{
  "client_id": "webshop-boekhouding",
  "client_secret": "⟦CR|c7Fq9-Lr2vX-8pWm-Tz41⟧",
  "environment": "production"
}

Met vriendelijke groet,
⟦P|Onno Reinders⟧, ⟦T|+31 20 713 4420⟧
=== t-cr-43
Goeiedag,
Ik heb mijn paswoord gewijzigd. Oud paswoord: ⟦CR|Fietsbel_21⟧, nieuw paswoord: ⟦CR|Fietspomp_22⟧. Toch blijft de app het oude vragen. Wat moet ik doen?
⟦P|Annelies Goossens⟧
=== t-cr-44
Reparatieformulier
Toestel: Galaxy A54, ⟪ID|serienummer R58T31KQ2WX⟫
Klacht: scherm flikkert
Ontgrendelcode: ⟦CR|190582⟧
Naam: ⟦P|Rachid Amrani⟧
Telefoon: ⟦T|0485 22 91 04⟧
E-mail: ⟦E|rachid.amrani@telenet.be⟧
=== t-cr-45
Hi, the door code for my flat is ⟦CR|7362⟧, the courier can leave the parcel in the hallway. ⟪CR|Tracking number JVGL0420378811⟫.
Cheers, ⟦P|Liam O'Connor⟧, ⟦A|Spoorlaan 112-3⟧, ⟦L|Diemen⟧
=== t-cr-46
Gespreksnotitie klantenservice, medewerker ⟦P|K. Dijkhuis⟧
Klant, dhr. ⟦P|Brouwer⟧, noemde aan de telefoon zijn wachtwoord ⟦CR|Visvijver!63⟧ hardop. Geadviseerd het te wijzigen; reset-mail verstuurd naar ⟦E|brouwer.tjeerd@planet.nl⟧. ⟪CR|Verificatie gedaan via postcode en huisnummer, geen pincode gevraagd.⟫
=== t-cr-47
Hoi, mijn zoon ⟦P|Lucas⟧ is zijn gameaccount kwijt. De back-upcodes die hij had bewaard: ⟦CR|83920-11475⟧, ⟦CR|60218-99347⟧. Bij allebei komt ⟪CR|foutcode CE-108255-1⟫. Accountnaam ⟦P|lucas_timmer07⟧.
⟦P|Nicole Timmer⟧
=== t-cr-48
Beste ⟦P|Wiebe⟧,
Voor je vakantie: de code van de garagedeur is ⟦CR|6203⟧ en het wifi-wachtwoord thuis is ⟦CR|KoffieMetKoek!⟧. De planten graag maandag en donderdag water geven.
⟦P|Tineke⟧
=== t-cr-49
Goedemiddag,
De pincode van mijn creditcard moet ik opnieuw aanvragen. Ik heb ⟦CR|5819⟧, ⟦CR|5918⟧ en ⟦CR|8519⟧ geprobeerd in Spanje en nu is hij geblokkeerd. Kaart eindigt op 6614. ⟪CR|De pinautomaat gaf foutcode 55⟫. Ter controle mijn geboortedatum: ⟦DOB|3 mei 1961⟧.
⟦P|Jeannette van der Sluis⟧
=== t-cr-50
From: ⟦E|d.okafor@brightlane.io⟧
Our staging bucket is rejecting uploads. Access key id ⟦CR|BLK4Q8ZT2MWX0P⟧, secret ⟦CR|wJ9rT2vQ8kXz4LmN7pB1sC6dY3fH0gA5⟧. Please rotate them after checking, they have been shared in this mail.
⟪CR|Our licence key for the desktop client (DCL-55Q2-77RX-M3KP) is unaffected.⟫
— ⟦P|Daniel Okafor⟧
=== t-cr-51
wachtwoord vergeten van de vereniging.. heb ⟦CR|Volleybal#10⟧ en ⟦CR|volleybal10⟧ geprobeerd. ⟪CR|Krijg steeds de melding 'minimaal 1 hoofdletter'.⟫ lid ⟦C|VB-1187⟧ ⟦P|Kim Brouwers⟧
=== t-cr-52
Contactformulier
Onderwerp: Toegang deelauto
Naam: ⟦P|Joost Verbruggen⟧
Lidnummer: ⟦C|DA-330917⟧
PIN: ⟦CR|2468⟧
Bericht: de kaartlezer van de deelauto ⟦LP|H-421-ZP⟧ accepteert mijn pas en PIN niet, ⟪CR|op het schermpje staat "ERR 19"⟫.
=== t-cr-53
Beste,
Ik kan niet meer inloggen op de webmail van de school. Gebruikersnaam ⟦P|elif.kaya⟧, wachtwoord ⟦CR|Tulpen-Laan-9⟧. ⟪CR|Ik heb het wachtwoord al veranderd via de resetlink, die kwam wel aan.⟫ Nu krijg ik bij het oude én het nieuwe dezelfde fout.
⟦P|Elif Kaya⟧, klas 4H
=== t-cr-54
Hallo, ik wil mijn abonnement overzetten naar een nieuwe telefoon maar de eSIM vraagt een activatiecode. In de mail staat ⟦CR|LPA-88XK-T31M-9QRC⟧ maar die wordt niet geaccepteerd. Mijn nummer: ⟦T|06 52 90 14 37⟧.
=== t-cr-55
Hi support, I locked myself out of the smart lock app. My account is ⟦E|sara.lindqvist@gmail.com⟧, the lock's keypad code is ⟦CR|319408⟧ and the app PIN is ⟦CR|8080⟧. ⟪ID|Lock model SL-300, serial 4471-KP-2290⟫.
⟦P|Sara⟧
=== t-cr-56
[database]
host = db-intern.kaasboerderij.local
user = webshop
password = ⟦CR|Gouda&Boerenkaas77⟧

[mail]
sender = info@kaasboerderij.nl
⟪CR|; wachtwoord voor de mailbox staat in de wachtwoordmanager, niet hier⟫

Dit is onze settings.ini, sinds gisteren ⟪CR|Access denied (1045)⟫. Groet ⟦P|Gerben Hoekstra⟧
=== t-cr-57
goedemiddag, mn pinpas is ingeslikt bij de automaat in de stad. ik had de pin ⟦CR|3317⟧ goed ingetikt, echt waar. rekening ⟦IBAN|NL48 ABNA 3462 9538 22⟧ op naam van ⟦P|R. Kalkman⟧. kan ik mijn pas terugkrijgen of moet ik een nieuwe aanvragen?
=== t-cr-58
Hi, I'm the new tenant at ⟦A|Churchillaan 220⟧. The previous tenant left a note with the Wi-Fi password ⟦CR|SunnyBalcony_2019⟧ but the router says it's wrong. ⟪CR|The network name on the sticker is KPN-8A21F⟫. Can you reset the router remotely? My customer number is ⟦C|61822047⟧.
⟦P|Bartholomew Quaye⟧
=== t-cr-59
Beste mevrouw ⟦P|De Clercq⟧,
Uw tijdelijke toegangscode voor het patiëntenportaal is ⟦CR|KX-4471-PQ⟧. ⟪CR|Deze code is 24 uur geldig; daarna kiest u zelf een wachtwoord van minstens 12 tekens.⟫ U heeft op 3 juni een afspraak voor uw ⟦H|diabetescontrole⟧.
Secretariaat
=== t-cr-60
Hey, kun je mij even helpen met het Netflix-account van de studentenkamer? login is ⟦E|kotgenoten.leuven@gmail.com⟧ en pw ⟦CR|Oudemarkt2023!⟧. ⟪CR|Er staat "te veel apparaten, foutcode NW-2-5"⟫.
⟦P|Arne⟧
"""


HL_DATA = r"""
=== t-hl-01
Beste ⟦P|Ingrid⟧,
Ik meld me vandaag ziek. Mijn ⟦H|clusterhoofdpijn⟧ is vannacht weer opgespeeld en ik lig in het donker. Ik verwacht morgen weer te kunnen werken. ⟪H|De health check van de servers⟫ van vanmiddag moet dan maar zonder mij.
Groet, ⟦P|Ruben Smit⟧
=== t-hl-02
Gespreksverslag verzuim – ⟦P|K. Jansma⟧ (personeelsnr. ⟦C|P-04471⟧)
Medewerker is sinds 3 februari afwezig na een ⟦H|knieoperatie⟧ en krijgt twee keer per week ⟦H|oefentherapie⟧. Terugkeer in aangepast werk (zittend) vanaf week 14 besproken. ⟪H|Geen beroep op de Ziektewet nodig⟫, loondoorbetaling loopt door.
Opgesteld door ⟦P|Marieke Hooijer⟧, HR
=== t-hl-03
Aan de mentor van klas 2B,
Onze dochter ⟦P|Mila Schouten⟧ heeft ⟦H|dyscalculie⟧ en ⟦H|ADD⟧. Ze gebruikt 's ochtends ⟦H|dexamfetamine⟧, dus na de lunch is ze minder geconcentreerd. Wil ze bij toetsen extra tijd krijgen? De ⟦H|dyscalculieverklaring⟧ zit in de bijlage.
Met vriendelijke groet,
⟦P|Jeroen Schouten⟧
=== t-hl-04
Inschrijving zomerkamp
Naam kind: ⟦P|Jesse Molenaar⟧
Geboortedatum: ⟦DOB|14-06-2015⟧
Allergieën: ⟦H|pinda-allergie⟧ (⟦H|EpiPen⟧ zit in zijn rugzak), ⟦H|huisstofmijtallergie⟧
Medicijnen: ⟦H|Ventolin⟧ bij ⟦H|astma⟧
Noodnummer ouder: ⟦T|06 33 18 72 45⟧
Opmerkingen: ⟪H|Jesse neemt zijn eigen EHBO-setje mee⟫, hij is daar erg trots op.
=== t-hl-05
Tafel voor vier graag, zaterdagavond om zeven uur, op naam van ⟦P|Van Wijk⟧. Een van de gasten heeft ⟦H|glutenintolerantie⟧, dus het moet echt glutenvrij zijn, ook de saus. ⟪H|Hebben jullie een allergenenkaart?⟫ Telefoon ⟦T|030 271 88 43⟧.
=== t-hl-06
Hello, booking ⟪ID|PNR K7TQ2M⟫ for two passengers to Lisbon. My father ⟦P|Norman Ashcroft⟧ uses a ⟦H|wheelchair⟧ since his ⟦H|stroke⟧ last year and will need assistance from check-in to the gate at Schiphol. He cannot walk the stairs to the aircraft.
Kind regards, ⟦P|Claire Ashcroft⟧
=== t-hl-07
Goedendag ⟪H|Apotheek De Linde⟫,
Mijn herhaalrecept ⟦H|sertraline⟧ 50 mg is nog niet klaar, terwijl de huisarts het maandag heeft doorgestuurd. Ik heb nog maar twee tabletten. Geboortedatum ⟦DOB|02-11-1987⟧.
⟦P|Sarita Ramdin⟧, ⟦T|06 47 20 91 53⟧
=== t-hl-08
Betreft: declaratie ⟦H|exposuretherapie⟧, polisnummer ⟦C|ZV-7720-1934⟧
Mijn psycholoog behandelt mij sinds januari voor een ⟦H|dwangstoornis⟧. De nota's van de eerste vijf sessies zijn afgewezen. ⟪H|Wordt dit niet vergoed uit mijn aanvullende pakket Extra Zorg 2?⟫
⟦P|Dewi Pattipeilohy⟧
=== t-hl-09
Bezorgnotitie: graag even aanbellen en twee minuten wachten, ik loop sinds mijn ⟦H|heupoperatie⟧ met een ⟦H|rollator⟧. Pakketten niet bij de buren afgeven a.u.b.
Mw. ⟦P|T. Wieringa⟧, ⟦A|Kastanjelaan 58⟧, ⟦PC|1623 LK⟧ ⟦L|Hoorn⟧
=== t-hl-10
Goedenavond, ik heb kaarten voor de voorstelling van 12 april (⟪ID|bestelnummer 614543589⟫). Ik ben ⟦H|blind⟧ en kom met mijn ⟦H|blindengeleidehond⟧. Mag de hond mee de zaal in? ⟪H|Ik zag op de site dat de zaal rolstoeltoegankelijk is⟫, maar over honden staat niets.
⟦P|Erwin Dekkers⟧
=== t-hl-11
Hoi, ik ben ⟦H|in verwachting⟧ (22 weken) en de verloskundige raadt af om in mei nog te vliegen. Kan ik de reis naar Kreta kosteloos omboeken? Boekingsnummer ⟪ID|TRV-882019⟫.
Groetjes, ⟦P|Laura Bijl⟧
=== t-hl-12
Geachte heer, mevrouw,
Na mijn ⟦H|rugoperatie⟧ mag ik van de neurochirurg een half jaar niet sporten. Ik wil daarom mijn abonnement bevriezen. Lidnummer ⟦C|88102⟧. ⟪H|Ik heb trouwens bij jullie een hartslagmeter gekocht⟫, kan die ook terug?
⟦P|Pieter Hoekman⟧
=== t-hl-13
Hi ⟦P|Nadia⟧, just to let you know I won't make the workshop on Thursday. I've been diagnosed with ⟦H|long COVID⟧ and I'm still exhausted after half a day of work. ⟪H|The AED training⟫ I'll also have to skip.
Best, ⟦P|Duncan Whitlock⟧
=== t-hl-14
Dag mevrouw,
Mijn man ⟦P|Frans⟧ heeft ⟦H|ziekte van Alzheimer⟧ en kan zelf niet meer bellen. Ik wil zijn gsm-abonnement op mijn naam zetten. Zijn nummer is ⟦T|0497 61 23 08⟧.
Vriendelijke groeten,
⟦P|Rosa Lemmens⟧
=== t-hl-15
Beste klantenservice,
Mijn broer ⟦P|Dennis Kuijpers⟧ is ⟦H|gokverslaafd⟧ en volgt een ⟦H|afkickprogramma⟧. Wij willen zijn account laten blokkeren en alle reclame stoppen. Hij heeft toestemming gegeven, zie bijlage. Zijn e-mail: ⟦E|d.kuijpers81@gmail.com⟧.
⟦P|Saskia Kuijpers⟧
=== t-hl-16
Ik wil mijn lidmaatschap opzeggen. Door een ⟦H|angststoornis⟧ en ⟦H|sociale fobie⟧ lukt het niet meer om naar drukke plekken te gaan. Is opzeggen zonder opzegtermijn mogelijk? ⟪H|Ik heb echt even mijn buik vol van die vaste termijnen⟫.
⟦P|Sem de Ruiter⟧, ⟦E|sem.deruiter@kpnplanet.nl⟧
=== t-hl-17
Goedemorgen, ik moet de afspraak van donderdag helaas verzetten. Mijn moeder heeft ⟦H|darmkanker⟧ en ik breng haar die ochtend naar de ⟦H|chemo⟧. Kan het ook de week erna?
⟦P|Ilse Wolters⟧, ⟦T|06 19 44 02 87⟧
=== t-hl-18
Bij het boeken van de kamer: ik heb ⟦H|diabetes type 2⟧ en spuit ⟦H|insuline⟧. Is er een koelkastje op de kamer? ⟪H|Bij mijn vorige verblijf gaf de koelkast een foutcode en stond er "diagnose" op het display⟫, dus graag een werkend exemplaar.
⟦P|Hans Eijkelboom⟧
=== t-hl-19
Beste juf ⟦P|Annemiek⟧,
⟦P|Thijs⟧ heeft ⟦H|absence-epilepsie⟧ en gebruikt ⟦H|Depakine⟧. Op schoolreisje moet de middagdosis om 12 uur. Als hij een aanval heeft: niet vastpakken, op zijn zij leggen en ons bellen op ⟦T|06 71 02 39 85⟧.
Groet, ⟦P|Marjan Veldkamp⟧
=== t-hl-20
Wij zoeken een logeeradres voor onze zoon ⟦P|Niels⟧ (16). Hij heeft een ⟦H|autismespectrumstoornis⟧ en heeft een vaste dagstructuur nodig. ⟪H|Jullie website noemt een prikkelarme ruimte⟫; is die ook 's avonds beschikbaar?
=== t-hl-21
Bestelling voor de kinderopvang, groep Vlinders:
- ⟦P|Fenna⟧: ⟦H|koemelkallergie⟧, alleen sojamelk
- ⟦P|Bram⟧: ⟦H|allergisch voor kiwi⟧
- ⟦P|Jinte⟧: geen bijzonderheden
⟪H|De anti-allergie matrasjes uit jullie catalogus⟫ zijn ook welkom.
=== t-hl-22
Graag een maaltijd volgens ⟦H|zoutarm dieet⟧ voor mijn moeder, voorgeschreven door de cardioloog na haar ⟦H|hartinfarct⟧. Levering op ⟦A|Zonnebloemstraat 3⟧, ⟦L|Tiel⟧, naam ⟦P|G. Boerema⟧.
=== t-hl-23
Ik ga in juli drie weken naar Frankrijk en heb daar drie keer per week ⟦H|dialyse⟧ nodig. Kunnen jullie een dialysecentrum in de buurt van ons vakantiehuis regelen? Mijn verzekerdennummer is ⟦C|4410-829-55⟧.
⟦P|Theo Wiersma⟧
=== t-hl-24
Collega's, ⟦P|Anja⟧ is afgelopen weekend ⟦H|opgenomen in het ziekenhuis⟧ met een ⟦H|klaplong⟧. Ze is voorlopig niet bereikbaar. Kaartje sturen kan naar haar huisadres. ⟪H|De griepprik voor iedereen⟫ gaat volgende week gewoon door.
=== t-hl-25
Schadeformulier fietsongeval
Naam: ⟦P|Lotte Prins⟧
Letsel: ⟦H|gebroken sleutelbeen⟧, ⟦H|hersenschudding⟧
Datum: 4 maart
Fiets: ⟪ID|framenummer WBK2217734⟫
Verzekering: ⟪H|ongevallenverzekering Plus⟫
=== t-hl-26
Hello, I have a ⟦H|stoma⟧ and need to use a private changing room at your swimming pool. Is that possible during the family swim on Sundays? ⟪H|Your website says the changing rooms are accessible⟫, but not whether they lock.
⟦P|Megan Clarke⟧
=== t-hl-27
Beste ⟦P|Remco⟧,
Ik vraag verlof aan voor woensdag 9 en 23 oktober. Mijn vriendin en ik zitten in een ⟦H|IVF-traject⟧ en ik wil bij de punctie en terugplaatsing zijn. Graag vertrouwelijk behandelen.
⟦P|Sven⟧
=== t-hl-28
Geachte,
Na een ⟦H|keizersnede⟧ mag ik zes weken niet autorijden. Ik wil mijn lease-auto ⟦LP|S-802-TK⟧ daarom laten ophalen voor het onderhoud. ⟦H|Bevallingsverlof⟧ loopt tot eind augustus.
⟦P|Mirthe Hendriks⟧
=== t-hl-29
Hi, my son ⟦P|Ezra⟧ is ⟦H|autistic⟧ and has ⟦H|sensory processing disorder⟧. Could he wear noise-cancelling headphones during the school performance? ⟪H|The sound check⟫ last time was very loud.
⟦P|Rebecca Sterling⟧
=== t-hl-30
Mijn dochter ⟦P|Roos⟧ (17) wordt behandeld voor ⟦H|boulimia⟧. Ze mag van de behandelaar voorlopig niet meedoen aan de sportdag. Wilt u dat doorgeven aan de gymdocent?
⟦P|Karin van Eck⟧
=== t-hl-31
Gesprek bedrijfsarts (samenvatting voor HR, met toestemming): medewerker ⟦P|J.P. Groenewoud⟧ heeft een ⟦H|bipolaire stoornis⟧, is ingesteld op ⟦H|lithium⟧ en kan vanaf 1 juni 20 uur per week werken.
=== t-hl-32
Wij willen een traplift laten plaatsen. Mijn vrouw heeft ⟦H|ziekte van Parkinson⟧ en valt steeds vaker. Adres: ⟦A|Beukenlaan 17⟧, ⟦PC|7271 CK⟧ ⟦L|Borculo⟧. Telefoon ⟦T|0573 25 11 96⟧.
⟦P|Gerard Pelgrim⟧
=== t-hl-33
Ik heb ⟦H|reuma⟧ en rijd in een ⟦H|scootmobiel⟧. Past die in jullie bus naar het strand, of moet ik vooraf reserveren? ⟪H|Ik las dat de bus een toegankelijke instap heeft⟫.
⟦P|Henny Dijkman⟧
=== t-hl-34
Klacht over de tandartspraktijk: nadat ik op het formulier had ingevuld dat ik ⟦H|hiv-positief⟧ ben, kreeg ik ineens pas over drie maanden een afspraak. Dat voelt als uitsluiting.
⟦P|Vincent Aalders⟧
=== t-hl-35
Ik reis met een ⟦H|CPAP-apparaat⟧ vanwege ⟦H|slaapapneu⟧. Mag dat als extra handbagage mee aan boord? Boekingscode ⟪ID|XK4P9T⟫.
⟦P|Hugo Wesseling⟧
=== t-hl-36
Beste, mijn zoon ⟦P|Lars⟧ is sinds de zomer erg moe door de ⟦H|ziekte van Lyme⟧. Hij mist daardoor veel lessen. Is er een regeling voor thuisonderwijs? ⟪H|Onze computer thuis heeft ook nog een virus⟫, dus online lessen lukken slecht.
⟦P|Monique Lammers⟧
=== t-hl-37
Student ⟦P|Eline Verschuren⟧ (studentnummer ⟦C|s2093871⟧) heeft ⟦H|ziekte van Pfeiffer⟧ en kan de tentamens van blok 3 niet maken. Verklaring van de huisarts volgt.
=== t-hl-38
Aan de huisartsenpraktijk: mijn vrouw ⟦P|Marije⟧ heeft sinds de bevalling een ⟦H|postnatale depressie⟧. Kunnen we op korte termijn een afspraak maken? ⟪H|Ik zit ook echt op mijn tandvlees⟫.
⟦P|Koen Mulder⟧, ⟦T|06 82 40 19 63⟧
=== t-hl-39
Graag informatie over aangepast zwemmen. Onze dochter ⟦P|Floor⟧ heeft ⟦H|cerebrale parese⟧ en loopt met ⟦H|krukken⟧. ⟪H|Jullie zwembad heeft een tillift⟫, las ik.
=== t-hl-40
Dag, ons zoontje ⟦P|Mathis⟧ heeft ⟦H|Downsyndroom⟧ en start in september in het eerste leerjaar. Welke ondersteuning kan de school bieden?
⟦P|Evelien Maes⟧, ⟦E|evelien.maes@skynet.be⟧
=== t-hl-41
Beste ⟦P|Lore⟧, ik ben volgens de huisarts ⟦H|overspannen⟧ en moet twee weken rust nemen. ⟪H|Ik werd echt gek van de planning⟫, maar dat bespreken we later. Mijn taken kan ⟦P|Ward⟧ overnemen.
⟦P|Steven Claes⟧
=== t-hl-42
Mijn ⟦H|hoortoestel⟧ is in jullie fitnesscentrum uit mijn tas gevallen, waarschijnlijk in de kleedkamer. Het is een klein beige toestel. Kunt u kijken of het gevonden is? ⟪ID|Aan de binnenkant staat serienummer HT-40912⟫. ⟦P|Cor Heemskerk⟧, ⟦T|06 20 87 31 44⟧.
=== t-hl-43
Ik heb een ⟦H|beenprothese⟧ en wil graag een huurfiets met een lage instap. Is dat mogelijk bij het station van ⟦L|Goes⟧? Ik logeer daar bij mijn zus.
⟦P|Ramon Faber⟧
=== t-hl-44
Doktersbriefje
Hierbij verklaar ik dat ⟦P|Bart Willems⟧ van 11 tot en met 15 maart ongeschikt is om te werken wegens ⟦H|buikgriep⟧.
Dr. ⟦P|A. Peeters⟧, ⟪H|Huisartsenpraktijk De Linde, Stationsstraat 4, Tienen⟫
=== t-hl-45
Hi, I'm ⟦H|pregnant⟧ and my midwife says I shouldn't lift more than 10 kg. Could your delivery team carry the washing machine up to the second floor? Order ⟪ID|WM-5518207⟫, address ⟦A|Nieuwe Gracht 40⟧, ⟦L|Haarlem⟧.
⟦P|Jessica Moore⟧
=== t-hl-46
Ik moest vorige week met spoed naar de eerste hulp met ⟦H|nierstenen⟧. Daardoor heb ik mijn vlucht gemist. Kan ik de kosten terugkrijgen via de ⟪H|annuleringsverzekering⟫? Polisnummer ⟦C|AV-77120384⟧.
⟦P|Marcel Oosterhuis⟧
=== t-hl-47
Vraag over de geluidsoverlast van de buren: ik heb ⟦H|hyperacusis⟧ en door de harde bas slaap ik nauwelijks. De verhuurder reageert niet.
⟦P|Trudy Swart⟧, ⟦A|Rietlanden 22⟧, ⟦L|Lelystad⟧
=== t-hl-48
Na het wassen van de hotellakens kreeg ik een flinke opvlamming van mijn ⟦H|eczeem⟧ en ⟦H|psoriasis⟧. Welk wasmiddel gebruiken jullie? ⟪H|Jullie adverteren met anti-allergie kussens⟫, maar de lakens zijn blijkbaar een ander verhaal. Kamer 214, ⟦P|Nienke Hazelaar⟧.
=== t-hl-49
Hoi, ik ben ⟦H|zwangerschapsdiabetes⟧-patiënt bij het ziekenhuis en moet voor elke maaltijd prikken. Mag ik tijdens de werkdag vaker pauze nemen? ⟪H|De bloeddrukmeter die ik voor mijn vader bestelde⟫ staat trouwens nog steeds op 'in behandeling'.
⟦P|Hatice Öztürk⟧
=== t-hl-50
Mijn dochter ⟦P|Sterre⟧ (groep 6) heeft ⟦H|lactose-intolerantie⟧ en ⟦H|jeugdreuma⟧. Wil de overblijfmoeder daar rekening mee houden? Onze poes heeft trouwens ⟪H|nierproblemen⟫, dus als ⟦P|Sterre⟧ daarover vertelt: dat klopt.
⟦P|Marleen Jonker⟧
=== t-hl-51
Ziekmelding
Naam: ⟦P|Hüseyin Aydın⟧
Personeelsnummer: ⟦C|20815⟧
Reden: ⟦H|spit⟧, ik kan niet zitten of staan.
Verwachte duur: 3 dagen
=== t-hl-52
Beste, na een ⟦H|hartritmestoornis⟧ heb ik een ⟦H|ICD⟧ gekregen. Mag ik door de beveiligingspoortjes van jullie festival? ⟪H|Is er een EHBO-post op het terrein⟫?
⟦P|Jurgen Vlaeminck⟧
=== t-hl-53
Ziekmelding via het webformulier
Naam: ⟦P|Olga Przybylska⟧
Personeelsnummer: ⟦C|77318⟧
Reden verzuim: ⟦H|blaasontsteking⟧, ik ben bij de huisarts geweest en heb een ⟦H|antibioticum⟧ gekregen
Bereikbaar op: ⟦T|06 30 71 18 92⟧
⟪H|Deze melding wordt gedeeld met de arbodienst volgens het verzuimprotocol.⟫
=== t-hl-54
Hoi ⟦P|Bernadette⟧, even een update: de scan is gisteren gemaakt en het blijkt een ⟦H|gescheurde meniscus⟧. Ik word over twee weken geopereerd. Tot die tijd werk ik thuis. ⟪H|Ons teamuitje naar de klimhal⟫ sla ik dus ook over.
⟦P|Jorrit⟧
=== t-hl-55
Wij komen met de hele familie op 14 augustus naar het pretpark. Mijn schoonvader heeft ⟦H|COPD⟧ en gebruikt ⟦H|zuurstof⟧ uit een draagbare fles. Mag die mee naar binnen? ⟪H|Jullie site noemt een EHBO-post bij de ingang⟫.
⟦P|Patricia Mertens⟧
=== t-hl-56
Dear Dr. ⟦P|Okonkwo⟧, I'm writing on behalf of my wife ⟦P|Grace⟧, who had a ⟦H|hip replacement⟧ last month and takes ⟦H|blood thinners⟧. Can she safely join the yoga retreat in September, or should we cancel? ⟪H|We also booked the "detox cleanse" package⟫, is that refundable?
⟦P|Samuel Adeyemi⟧
=== t-hl-57
Aanvraag aangepaste werkplek
Medewerker: ⟦P|Iris Vandenbussche⟧
Reden: ⟦H|RSI⟧ in beide polsen, ⟦H|carpaletunnelsyndroom⟧ rechts
Gevraagd: verticale muis, spraakherkenning
⟪H|Ergonomische bureaustoelen zijn al aangevraagd voor de hele afdeling⟫.
=== t-hl-58
Geachte heer, mevrouw, mijn zoon ⟦P|Sem-Jan⟧ is ⟦H|doofblind⟧ en komt met zijn ⟦H|tolk gebarentaal⟧ naar de open dag. Is er een plek vooraan vrij? ⟪H|Er is een ringleiding in de aula⟫, las ik.
⟦P|Hester Dijkgraaf⟧
"""


SP_DATA = r"""
=== t-sp-01
Geachte heer ⟦P|Lammers⟧,
Dank voor de uitnodiging voor het tweede gesprek. Eerlijk is eerlijk: ik heb een ⟦S|strafrechtelijk verleden⟧, een ⟦S|celstraf wegens inbraak⟧ in 2017. Daarna heb ik mijn mbo-diploma gehaald. Is dat een bezwaar voor de ⟪S|VOG-aanvraag⟫?
Met vriendelijke groet,
⟦P|Rick Hazenberg⟧
=== t-sp-02
Wij reageerden op het appartement aan de Vlietstraat in Gouda, maar de makelaar zei aan de telefoon dat de eigenaar "liever geen mensen van ⟦S|Armeense afkomst⟧" wil. Wij willen hierover een klacht indienen.
⟦P|Emre Şahin⟧ en ⟦P|Büşra Şahin⟧
=== t-sp-03
Voor het personeelsfeest graag rekening houden met: ⟦P|Ravi⟧ is ⟦S|hindoe⟧ en eet geen rundvlees; ⟦P|Rivka⟧ ⟦S|houdt zich aan de joodse spijswetten⟧; ⟦P|Teun⟧ is vegetariër. ⟪S|Het halal-buffet van vorig jaar⟫ was trouwens erg lekker.
=== t-sp-04
Beste ⟦P|Marga⟧,
Voor het gesprek over mijn functioneren op 14 mei wil ik mijn consulent van de vakbond meenemen. Ik ben ⟦S|lid van CNV Vakmensen⟧. ⟪S|Ik heb begrepen dat er die week ook een staking in het openbaar vervoer is⟫, dus misschien kom ik iets later.
⟦P|Arno Vink⟧
=== t-sp-05
Als ⟦S|gemeenteraadslid voor de SP⟧ ontvang ik veel post op mijn huisadres. Kunt u mijn adres (⟦A|Oude Haven 7⟧, ⟦L|Kampen⟧) uit het openbare ledenregister van de hengelsportvereniging halen? ⟪S|Sinds de gemeenteraadsverkiezingen⟫ is het alleen maar drukker geworden.
⟦P|Bianca Ruitenberg⟧
=== t-sp-06
Hi, I'd like to complain about the receptionist at your Utrecht hotel. When my husband and I checked in, he made a joke about us being a ⟦S|gay⟧ couple in front of other guests. ⟪S|The rainbow flags in the lobby for Pride month⟫ made it even more bizarre.
⟦P|Michael Brennan⟧
=== t-sp-07
Beste meester ⟦P|Joris⟧,
Onze zoon ⟦P|Ilyas⟧ ⟦S|vast dit jaar voor het eerst mee tijdens de ramadan⟧. Hij mag van ons stoppen als het niet gaat. Wilt u een oogje in het zeil houden bij de gymles?
⟦P|Fatima Bouzid⟧
=== t-sp-08
Wij willen de verhuizing niet op zaterdag 6 juli laten plaatsvinden: wij zijn ⟦S|Zevendedags Adventisten⟧ en ⟦S|vieren op zaterdag de sabbat⟧. Kan het ook vrijdag of maandag?
Familie ⟦P|Tjoe-Lin⟧, ⟦T|010 418 27 63⟧
=== t-sp-09
Aan de thuiszorg: mijn vader ⟦P|Jacobus Verweij⟧ is ⟦S|gereformeerd vrijgemaakt⟧ en wil op zondagochtend naar de ⟦S|kerkdienst⟧. Kan de ochtendzorg op zondag al om 8 uur? De kerk is de ⟪S|Maranathakerk aan de Kerkweg⟫, vlak bij zijn huis.
⟦P|Corrie Verweij⟧
=== t-sp-10
Klacht over mijn leidinggevende: hij maakt herhaaldelijk opmerkingen over mijn ⟦S|Molukse achtergrond⟧, onder meer tijdens het teamoverleg van 3 april. Graag wil ik hierover in vertrouwen praten met de vertrouwenspersoon.
⟦P|Johan Latuheru⟧, afdeling logistiek
=== t-sp-11
Aanvraag autoverzekering
Naam: ⟦P|Dirk-Jan Olthof⟧
Geboortedatum: ⟦DOB|19-08-1984⟧
Bent u in de afgelopen 8 jaar strafrechtelijk veroordeeld? Ja: ⟦S|veroordeeld wegens rijden onder invloed⟧ (2019), ⟦S|rijontzegging⟧ van 6 maanden.
Kenteken: ⟦LP|GZ-318-N⟧
=== t-sp-12
Beste, mijn man ⟦P|Dwayne⟧ is momenteel ⟦S|gedetineerd⟧ en kan zijn abonnement niet zelf opzeggen. Ik heb een volmacht. Zijn klantnummer is ⟦C|7730915⟧.
Groet, ⟦P|Angela Kleine⟧
=== t-sp-13
Geachte woningcorporatie,
Ik sta onder ⟦S|reclasseringstoezicht⟧ en mijn reclasseringswerker helpt me met het zoeken naar woonruimte. Mag zij bij de bezichtiging aanwezig zijn? ⟪S|De woning ligt aan de Kapelweg⟫, klopt dat? Mijn inschrijfnummer is ⟦C|WN-2208813⟧.
⟦P|Patrick Meijers⟧
=== t-sp-14
Dag, ik sta onder ⟦S|elektronisch toezicht⟧ en mag alleen tussen 8 en 18 uur buiten. Kan de technieker 's morgens komen voor de internetaansluiting? Adres: ⟦A|Molenstraat 91⟧, ⟦PC|3300⟧ ⟦L|Tienen⟧.
⟦P|Kristof Wouters⟧
=== t-sp-15
Betreft: uw weigering van mijn zakelijke rekening. In 2021 ben ik ⟦S|vrijgesproken van witwassen⟧; het vonnis stuur ik mee. Toch verwijst uw medewerker naar "negatieve berichtgeving".
⟦P|Laurens Dekker⟧, ⟦IBAN|NL26 ASNB 1973 3188 36⟧
=== t-sp-16
Melding integriteit: collega ⟦P|R. van Houten⟧ is volgens de krant ⟦S|verdacht van fraude⟧ bij zijn vorige werkgever. Ik weet niet of dit klopt, maar wil het melden.
=== t-sp-17
Ik wil mij inschrijven voor de stilteretraite in juni. Als ⟦S|zenboeddhist⟧ mediteer ik dagelijks, dus de ochtendsessies zijn voor mij geen probleem. ⟪S|Is de stiltekapel tijdens de retraite open⟫?
⟦P|Marieke Stam⟧, ⟦E|marieke.stam@xs4all.nl⟧
=== t-sp-18
Beste uitvaartverzorger,
Oma ⟦P|Aaltje Bruins⟧ was ⟦S|hervormd⟧ en wilde een dienst met psalmen. ⟪S|De afscheidsdienst is in de Grote Kerk⟫, daarna de begrafenis op de ⟪S|begraafplaats aan de Kerkhoflaan⟫.
⟦P|Harm Bruins⟧
=== t-sp-19
Bij het sollicitatiegesprek vroeg de interviewer of ik mijn hoofddoek op het werk zou afdoen. Ik ben ⟦S|moslima⟧ en vond die vraag ongepast. Kan ik hier een klacht over indienen?
⟦P|Samira El Khatib⟧
=== t-sp-20
Hello, at the security check in your office building I was asked to remove my turban. As a ⟦S|Sikh⟧ I cannot do that in public. Is there a private screening room? ⟪S|Your reception mentioned a prayer room on the ground floor⟫.
⟦P|Harpreet Singh⟧
=== t-sp-21
Wij zijn ⟦S|orthodox-joods⟧ en gebruiken op vrijdagavond en zaterdag geen elektronische sleutelkaart. Is het mogelijk een gewone sleutel te krijgen voor kamer 12? ⟪S|Het ontbijt met koosjer label⟫ nemen we graag. Reservering op naam ⟦P|Rosenberg⟧.
=== t-sp-22
Graag mijn gegevens verwijderen uit jullie nieuwsbrief. Ik ben ⟦S|lid van GroenLinks-PvdA⟧ en krijg nu ook post van een andere partij via jullie. ⟪S|Na de verkiezingen van vorig jaar⟫ is het alleen maar erger geworden.
⟦P|Thomas Brink⟧, ⟦E|t.brink@protonmail.com⟧
=== t-sp-23
Dag, als ⟦S|N-VA-lid⟧ word ik uitgenodigd voor een afdelingsvergadering in jullie zaal. Is de zaal op 18 november nog vrij en kan ik reserveren op mijn naam? ⟪S|Ik las in de krant over het nieuwe regeerakkoord⟫, maar dat staat hier los van.
⟦P|Bert Vermeulen⟧, ⟦T|0478 55 12 60⟧
=== t-sp-24
Beste, ik ben ⟦S|syndicaal afgevaardigde van het ABVV⟧ in ons bedrijf en zoek een ruimte voor een ledenvergadering. ⟪S|Vorige maand was er een vakbondsactie aan de poort van de haven⟫, daarom zoeken we nu iets rustigers.
⟦P|Jessy Dhondt⟧
=== t-sp-25
Hallo, mijn vrouw en ik zijn op zoek naar een trouwlocatie. We zijn ⟦S|lesbienne⟧ en willen graag zeker weten dat we welkom zijn. ⟪S|Jullie trouwzaal is een oude kapel⟫, toch?
⟦P|Maud Kroes⟧
=== t-sp-26
Vertrouwelijk aan de huisvestingsafdeling: ik ben ⟦S|homoseksueel⟧ en voel me niet veilig in de gedeelde flat op de campus. Ik wil graag overgeplaatst worden. Studentnummer ⟦C|4820371⟧.
⟦P|Mateusz Nowak⟧
=== t-sp-27
Op de camping werd onze caravan geweigerd "omdat we ⟦S|Sinti⟧ zijn", zei de beheerder. Dat is discriminatie. Wij willen dit melden. ⟪S|Bij de politie hebben we al aangifte gedaan⟫.
⟦P|Rosa Weiss⟧, ⟦T|06 91 37 25 08⟧
=== t-sp-28
Ik heb een ⟦S|werkstraf⟧ van 60 uur gekregen en moet die op zaterdagen uitvoeren. Kan ik mijn bijbaan op zaterdag ruilen voor zondag?
⟦P|Jayden⟧ (medewerker vakkenvullen)
=== t-sp-29
Beste beheerder van de sporthal, ⟦P|Dylan Vos⟧ heeft een ⟦S|stadionverbod⟧ en ⟦S|gebiedsverbod⟧ gekregen na de rellen. Mag hij nog meespelen in de zaalcompetitie? Ik ben zijn trainer.
⟦P|Ronald Smeets⟧
=== t-sp-30
Ik wil een lening aanvragen maar ik heb een ⟦S|voorwaardelijke celstraf⟧ gehad wegens mishandeling. Wordt dat bij de toetsing meegenomen?
⟦P|Stefan de Graaf⟧
=== t-sp-31
Hi, my brother ⟦P|Callum Reid⟧ was ⟦S|arrested⟧ last night in ⟦L|Maastricht⟧ and missed his flight home. Can we rebook his ticket? ⟪ID|Booking reference QX7Z1L⟫.
⟦P|Fiona Reid⟧
=== t-sp-32
Goedemiddag, sinds ik ⟦S|bekeerd ben tot de islam⟧ eet ik ⟦S|alleen halal⟧. Kan de bedrijfskantine daar iets mee? ⟪S|Ik zag wel een halal-label op de soep⟫, maar verder niets.
⟦P|Kelly Maas⟧
=== t-sp-33
Wij zijn ⟦S|lid van de Pinkstergemeente⟧ in ons dorp en organiseren een dienst in de open lucht. Kunnen we bij jullie een geluidsinstallatie huren? Levering op ⟦A|Dorpsweg 140⟧, ⟦L|Nunspeet⟧ (⟪S|schuin tegenover de Hervormde Kerk⟫).
⟦P|Gijs van de Kamp⟧
=== t-sp-34
My mother is a practising ⟦S|Hindu⟧ and doesn't eat beef or eggs. Please note this for her meals during the cruise. Cabin 8120, ⟦P|Lakshmi Iyer⟧.
=== t-sp-35
Solliciteer ik wel goed? Ik ben ⟦S|ex-gedetineerde⟧ en heb vier jaar ⟦S|in de gevangenis gezeten⟧. Bij jullie vacature staat "wij geven iedereen een kans".
⟦P|Ferry Hoogland⟧, ⟦E|ferryhoogland@gmail.com⟧
=== t-sp-36
Aan de personeelsadministratie: ik ben sinds deze maand ⟦S|lid van vakbond De Unie⟧. Kan de contributie via het salaris worden ingehouden? ⟪S|Over de cao-onderhandelingen in het nieuws⟫ heb ik verder geen vragen. Personeelsnummer ⟦C|30914⟧.
⟦P|Edwin Vos⟧
=== t-sp-37
De nieuwe buurvrouw noemde ons voor de tweede keer een "Chinees gezin", terwijl wij van ⟦S|Chinees-Indonesische afkomst⟧ zijn. Het gaat om de scheldpartijen, niet om het woord. Kan de wijkagent langskomen? ⟪S|Ik heb al aangifte gedaan van vernieling⟫.
⟦P|Linda Tan⟧
=== t-sp-38
Onze cursist ⟦P|Yidir⟧ is ⟦S|Amazigh⟧ en spreekt Tarifit; hij vraagt of hij een tolk kan meenemen naar het examen.
⟦P|Carla Hoekstra⟧, docent NT2
=== t-sp-39
Hello, I have a ⟦S|criminal record for shoplifting⟧ from when I was 19. Does this affect my application for a residence permit through your agency?
⟦P|Aisha Bello⟧
=== t-sp-40
Beste, ik heb enkele weken ⟦S|in voorlopige hechtenis gezeten⟧ en daardoor is mijn huur niet betaald. Ik ben inmiddels vrij. Kan ik een betalingsregeling treffen? Huurdersnummer ⟦C|HN-558102⟧.
⟦P|Jordy Bakker⟧
=== t-sp-41
Wij zijn ⟦S|alevitisch⟧ en vieren in december ons vastenfeest. Kan mijn dochter ⟦P|Zeynep⟧ daarvoor een dag vrij krijgen van school?
⟦P|Ayşe Koç⟧
=== t-sp-42
Vraag aan het crematorium: mijn vader was ⟦S|katholiek gedoopt⟧ maar niet praktiserend. Kan er toch een pastoor spreken? ⟪S|De uitvaartmis kan niet in de Sint-Martinuskerk⟫ vanwege de verbouwing.
⟦P|Lies Maessen⟧
=== t-sp-43
Hoi, ik ben ⟦S|bi⟧ en mijn vriend en ik willen samen een huurwoning aanvragen. Moeten we allebei het formulier invullen? ⟪S|Het formulier vraagt nergens naar geloof of politieke voorkeur, dat vond ik fijn.⟫
⟦P|Joey Brandsma⟧
=== t-sp-44
Personeelsdossier – notitie: ⟦P|M. Kılıç⟧ vraagt om vrijaf op ⟦S|Suikerfeest⟧; collega ⟦P|B. Haddou⟧ ⟦S|bidt vijf keer per dag⟧ en gebruikt daarvoor de ⟪S|stilteruimte op de tweede verdieping⟫. Beide verzoeken goedgekeurd.
=== t-sp-45
Aan de verhuurder: mijn partner ⟦P|Kwame⟧ is van ⟦S|Ghanese afkomst⟧ en werd bij de bezichtiging als enige gevraagd om een kopie van zijn ⟪ID|verblijfsvergunning⟫. Wij vinden dat discriminerend.
⟦P|Sanne Visser⟧
=== t-sp-46
Ik ben ⟦S|aangesloten bij het ACLVB⟧ en wil weten of mijn syndicale premie via jullie wordt uitbetaald. Rijksregisternummer ⟦ID|71.03.01-185.36⟧.
⟦P|Nathalie Dupont⟧
=== t-sp-47
Geachte sollicitatiecommissie,
In het screeningsformulier wordt gevraagd naar justitiële gegevens. Ik ben in 2020 ⟦S|veroordeeld tot een geldboete wegens belediging⟧. Ik wil dat graag toelichten in het gesprek.
⟦P|Tobias Kranenburg⟧, ⟦E|t.kranenburg@ziggo.nl⟧
=== t-sp-48
Beste ⟦P|Jacqueline⟧, ik werk normaal op zondag, maar sinds mijn ⟦S|bekering tot het christendom⟧ wil ik die dag naar de ⟦S|zondagsdienst⟧. Kunnen we het rooster aanpassen? ⟪S|De kerk zit trouwens naast ons filiaal⟫, dus ik kan erna meteen beginnen.
⟦P|Daniel Tesfaye⟧
=== t-sp-49
Onze huisbaas wil het huurcontract niet verlengen sinds hij weet dat ik ⟦S|panseksueel⟧ ben. Hij zegt het niet letterlijk, maar de timing is duidelijk. ⟪S|De gemeenteraad debatteerde vorige week nog over huurbescherming⟫, kan ik ergens terecht?
⟦P|Sacha Elzinga⟧, ⟦A|Wilhelminastraat 63⟧, ⟦L|Leeuwarden⟧
=== t-sp-50
Dag, bij mijn inschrijving bij jullie ziekenfonds vroeg de medewerker naar mijn vakbond. Ik ben ⟦S|ACV-militant⟧; is dat relevant voor de terugbetaling? ⟪S|Ik las dat er volgende week een nationale betoging is⟫, dan is het kantoor toch gesloten?
⟦P|Gudrun Verstraete⟧, ⟦T|0472 19 63 05⟧
=== t-sp-51
Note for the diversity committee: ⟦P|Kofi Mensah⟧ asked whether the ⟪S|multi-faith room⟫ can be booked on Friday afternoons. He is a ⟦S|Methodist⟧ and leads a small prayer group. He also mentioned that, as a ⟦S|Black British⟧ employee, he would like to join the network.
=== t-sp-52
Goedemiddag, mijn zoon ⟦P|Danny Evers⟧ ⟦S|zit een celstraf uit⟧ en mag op 3 juni met verlof. Kan hij dan zelf het pakket ophalen, of kan ik het met een volmacht doen? ⟪ID|Ophaalnummer 77120394⟫.
⟦P|Gonny Evers⟧
=== t-sp-53
Voor onze familie zoeken wij een zaal voor een doopfeest op 21 september, ongeveer 120 gasten. Wij zijn ⟦S|Syrisch-orthodox⟧ en de doop is 's ochtends ⟪S|in de Mor Ephremkerk⟫. Is catering zonder varkensvlees mogelijk?
⟦P|Aziz Gabriel⟧, ⟦E|aziz.gabriel@hotmail.nl⟧
"""


ID_DATA = r"""
=== t-id-01
Goedemiddag, voor de huurauto van 3 t/m 10 augustus mijn gegevens:
Naam: ⟦P|Robin Hartman⟧
Rijbewijsnummer: ⟦ID|5738409890⟧
Geboortedatum: ⟦DOB|08-02-1990⟧
⟪ID|Reserveringsnummer: RX40219937⟫
Ik haal de auto op bij de balie op Eindhoven Airport.
=== t-id-02
Beste ⟦P|Erik-Jan⟧,
Hierbij de stukken voor de hypotheekaanvraag.
Bijlagen:
- paspoort_⟦ID|YC6G53ZY4⟧.pdf
- ⟪ID|werkgeversverklaring_2025.pdf⟫
- loonstrook_maart.pdf
Groet, ⟦P|Anke Dijkstra⟧
=== t-id-03
Het uploaden lukt niet, ik krijg "bestand te groot". Het gaat om C:\Users\⟦P|renske⟧\Documents\scans\idkaart_⟦ID|KSHMI9B95⟧_voorkant.jpg. ⟪ID|De foto van de achterkant heet IMG_20250311_184455.jpg⟫ en die ging wel goed.
=== t-id-04
Online formulier – identificatie
Naam: ⟦P|Tine Vercammen⟧
Rijksregisternummer: ⟦ID|66.10.27-172.86⟧
Kaartnummer identiteitskaart: ⟦ID|592-2685710-55⟧
Adres: ⟦A|Grote Markt 8 bus 2⟧, ⟦PC|2500⟧ ⟦L|Lier⟧
⟪ID|Gestructureerde mededeling: +++482/1930/77642+++⟫
=== t-id-05
Schadeformulier
Bestuurder: ⟦P|Jasper de Boer⟧
Rijbewijsnr.: ⟦ID|5484724215⟧
Kenteken: ⟦LP|KT-482-V⟧
Omschrijving: tegen paal gereden bij het parkeren, ⟪ID|schadenummer 2025-0031874⟫.
=== t-id-06
[reisbureau chat]
⟦P|Annet⟧: hoi! voor de vlucht naar Curaçao heb ik nog jullie paspoortnummers nodig
klant: die van mij is ⟦ID|UNT3ITCW5⟧ en van mijn vrouw ⟦ID|RHUYDR0Z5⟧
klant: de kinderen reizen met hun ⟪ID|ID-kaart⟫, nummers stuur ik vanavond
⟦P|Annet⟧: top, ⟪ID|boeking 948983980⟫ is dan compleet
=== t-id-07
Hello, I need to correct my passport details on booking ⟪ID|LH7Q2K⟫. I travel on a German passport, number ⟦ID|C7HJ29KRW⟧, not the old one I entered.
Thank you, ⟦P|Katrin Vogel⟧
=== t-id-08
Check-in formulier hotel
Gast: ⟦P|Marek Sobiecki⟧
Nationaliteit: Pools
Document: ID-kaart, nummer ⟦ID|ZK4471029⟧
Kamer: 305
⟪ID|Reserveringsnummer: 640795117⟫
=== t-id-09
Welkom bij ons team! Om je contract te kunnen maken hebben we nog nodig:
- BSN: ⟦BSN|254908767⟧ (ingevuld door ⟦P|Robin⟧)
- documentnummer ID-kaart: ⟦ID|CCUTXK3W2⟧
⟪ID|Je personeelsnummer wordt ⟦C|40172⟧⟫, je ontvangt je pasje op je eerste werkdag.
HR, ⟦P|Lieke Boersma⟧
=== t-id-10
Voor de overstap van mijn abonnement vroeg de winkel mijn identiteitsbewijs. Ik heb toen mijn rijbewijs laten zien (⟦ID|5304970799⟧), maar nu krijg ik een mail dat de verificatie is mislukt. Mijn ⟪ID|klantnummer is ⟦C|30028914⟧⟫.
⟦P|Bram Hulshof⟧
=== t-id-11
Beste, ik wil een rekening openen. Mijn identiteitskaart heeft nummer ⟦ID|594 4082871 83⟧ en mijn rijksregisternummer is ⟦ID|52.02.14-688.95⟧. ⟪ID|De kaartlezer geeft foutcode 0x6A82⟫ als ik mij wil aanmelden.
⟦P|Georges Lambrechts⟧
=== t-id-12
Hi, your KYC check keeps failing. I uploaded my UK passport (number ⟦ID|127490356⟧) and a utility bill. ⟪ID|Your app reports "document type not supported, ref 7781-AQ"⟫.
⟦P|Hannah Booth⟧, ⟦E|hannah.booth@fastmail.com⟧
=== t-id-13
Voor het toernooi in Duitsland moeten we de identiteit van de spelers kunnen aantonen. ⟦P|Jamie Kok⟧ (⟦DOB|12-09-2011⟧) heeft ID-kaart ⟦ID|LJ8YI14U4⟧, ⟦P|Ruben Blom⟧ (⟦DOB|30-03-2012⟧) ID-kaart ⟦ID|DY8B7GDG2⟧. ⟪ID|Ons verenigingsnummer is 10224⟫.
Trainer ⟦P|Marco Jonkers⟧
=== t-id-14
Dag ⟦P|Wannes⟧,
De notaris vraagt voor de akte een kopie van onze identiteitskaarten. Die van mij: ⟦ID|594639125056⟧, die van ⟦P|Hanne⟧: ⟦ID|595-5564289-96⟧. Ik stuur de scans apart, ⟪ID|de bestanden heten gewoon "id voorkant" en "id achterkant"⟫.
⟦P|Pieter-Jan Desmet⟧
=== t-id-15
Mail van de gemeente doorgestuurd, graag verwerken in het dossier:
"Uw nieuwe paspoort met documentnummer ⟦ID|CGV0DK2P9⟧ ligt klaar. ⟪ID|Uw afspraaknummer is A-2231⟫."
⟦P|Irene Kolk⟧, ⟦A|Berkenhof 6⟧, ⟦L|Zeist⟧
=== t-id-16
Ik ben mijn portemonnee verloren in de trein, met daarin mijn rijbewijs (⟦ID|4391410879⟧) en mijn OV-chipkaart ⟦C|3528 0102 4471 8806⟧. Is er iets gevonden? ⟪S|Ik heb er geen aangifte van gedaan⟫, het is gewoon verloren.
⟦P|Sophie Lindeboom⟧, ⟦T|06 13 82 47 59⟧
=== t-id-17
Onboarding nieuwe klant (notitie)
Klant: ⟦P|Y. Benali-Haddad⟧
Legitimatie: paspoort ⟦ID|XW3UVL0M5⟧, geldig tot 2031
BSN: ⟦BSN|249423777⟧
IBAN: ⟦IBAN|NL03 SNSB 2268 7756 87⟧
⟪ID|Dossiernummer KYC-20250417-88⟫
=== t-id-18
Hello, I'm a Spanish student starting in September. For the room contract I can give my DNI ⟦ID|48213957T⟧ but I don't have a Dutch BSN yet. ⟪ID|My student number will be sent later⟫.
⟦P|Carmen Ortega Ruiz⟧
=== t-id-19
Beste, bij het scannen van mijn ID-kaart in de app leest hij steeds een 1 in plaats van de letter I. Het juiste documentnummer is ⟦ID|SBMY680I4⟧. Kan ik het met de hand invullen? ⟪ID|Toestel: iPhone 13, model A2633⟫.
⟦P|Nina Huisman⟧
=== t-id-20
Goedendag, mijn rijbewijs verloopt binnenkort. In jullie leaseportaal staat nog het oude nummer, het nieuwe is ⟦ID|5397236437⟧. Kenteken van de auto: ⟦LP|R-119-PX⟧. ⟪ID|Contractnummer LS-4471920⟫.
⟦P|Tim Bosch⟧
=== t-id-21
Bijlagen:
 rijbewijs_⟦ID|5915961028⟧.jpg
 paspoort_⟦ID|YI23DR6T9⟧.pdf
 ⟪ID|bankafschrift_april.pdf⟫
 ⟪ID|IMG_20250402_101530.jpg⟫
Zie bijlagen voor de huurovereenkomst. ⟦P|Jorien Bos⟧
=== t-id-22
Vraag over mijn vrijwilligerspas: de balie wilde mijn identiteitskaart zien en heeft het nummer ⟦ID|591 9673759 51⟧ opgeschreven. Is dat wel nodig? ⟪ID|Mijn vrijwilligersnummer is ⟦C|V-2290⟧⟫, dat zou toch genoeg moeten zijn.
⟦P|Lutgart Michiels⟧
=== t-id-23
Hi! For the visa letter I need to confirm my passport: Moroccan passport ⟦ID|VM2093174⟧, name ⟦P|Youssef Alaoui⟧, born ⟦DOB|1996-04-21⟧. ⟪ID|Conference registration ID: CONF-88213⟫.
=== t-id-24
Mijn dochter ⟦P|Elise⟧ heeft een nieuwe identiteitskaart gekregen (kids-ID). Het kaartnummer is ⟦ID|591199061078⟧. Kunnen jullie dat aanpassen in het dossier van de jeugdbeweging? Haar rijksregisternummer is ⟦ID|10.07.23-681.81⟧.
⟦P|Ann Cools⟧
=== t-id-25
Ik heb mijn paspoort laten vernieuwen. Oud nummer ⟦ID|EJ4EPDBJ4⟧, nieuw nummer ⟦ID|ET4P176L3⟧. Kunt u dit wijzigen bij mijn ESTA-aanvraag? ⟪ID|Aanvraagnummer 2Q7XK9TL1⟫.
⟦P|Niek Brouwer⟧
=== t-id-26
Fout bij uploaden:
Error: could not read /home/⟦P|thijmen⟧/Downloads/rijbewijs_⟦ID|4630546564⟧_achterkant.png (permission denied)
⟪ID|Upload-ID 5fa2c9e1⟫
=== t-id-27
Beste, graag uw hulp. Op de betaalterminal in de winkel staat ⟪ID|terminal-ID 40219873⟫ en daarmee kan ik de transactie niet vinden. Ik betaalde met mijn kaart; legitimatie liet ik zien met mijn ID-kaart ⟦ID|DFAFP2HG4⟧ omdat het bedrag boven de 500 euro was.
⟦P|Ellen Brink⟧
=== t-id-28
Geachte,
Voor de aangifte van de geboorte van ons zoontje vraagt de gemeente het paspoort van de vader. Mijn man heeft een Turks paspoort, nummer ⟦ID|U38102947⟧. Is dat voldoende? ⟪ID|Het zaaknummer bij de gemeente is Z-2025-08812⟫.
⟦P|Elif Yılmaz⟧
=== t-id-29
Dag, bij de huur van de bestelwagen vroeg de verhuurder mijn rijbewijs. Ik heb een Belgisch rijbewijs en het nummer ⟦ID|4039432168⟧ wordt niet aanvaard in jullie formulier. ⟪ID|Modelnummer van de wagen is blijkbaar ook nodig: TRNS-350L⟫?
⟦P|Hendrik Baert⟧
=== t-id-30
Voor de ouderavond van het internaat: leerling ⟦P|Seppe Goris⟧, rijksregisternummer ⟦ID|09.03.08-401.83⟧, ⟪ID|leerlingnummer ⟦C|LN-20931⟧⟫.
=== t-id-31
Hoi, ik heb mijn ID-kaart (⟦ID|UU5QKQ663⟧) laten liggen bij de ingang van het zwembad. Kunnen jullie hem bewaren? ⟪ID|Ik heb een foto van de kassabon: bon 582162650⟫.
⟦P|Daphne Groen⟧
=== t-id-32
Subject: passport details for the crew list
Captain, please find below:
- ⟦P|Andriy Kovalenko⟧, Ukrainian passport ⟦ID|FR7731246⟧
- ⟦P|Pieter Zeeman⟧, Dutch passport ⟦ID|VR334FPT5⟧
⟪ID|Vessel IMO number 9384027⟫
=== t-id-33
Uw vraag over het huurcontract: wij hebben een kopie van een geldig identiteitsbewijs nodig. U stuurde een foto van uw ⟪ID|zorgpas⟫ en ⟪ID|bibliotheekpas⟫, die zijn niet geldig. Uw Belgisch paspoort (⟦ID|EJ418276⟧) is wel goed.
Met vriendelijke groet, ⟦P|Ronald Pauwels⟧, verhuurkantoor
=== t-id-34
Ik probeer mijn rijbewijs te registreren in de app voor de deelscooter. Nummer ⟦ID|5721539117⟧, maar ik krijg "ongeldige invoer". ⟪ID|App-versie 5.2.0 (build 2231)⟫.
⟦P|Levi Postma⟧, ⟦E|levi.postma@live.nl⟧
=== t-id-35
Aanvraag parkeervergunning
Naam: ⟦P|Carolien Bouwman⟧
Adres: ⟦A|Brouwersgracht 19⟧, ⟦PC|2512 ER⟧ ⟦L|Den Haag⟧
Kenteken: ⟦LP|X-521-BN⟧
Identiteitsbewijs: ⟦ID|TISPGLD12⟧
⟪ID|Vergunningsnummer PV-55102⟫
=== t-id-36
Beste, wij hebben voor de vakantie een reservering gemaakt maar de camping vraagt de nummers van de identiteitskaarten. Mijn eID: ⟦ID|591-6818875-71⟧, van mijn vriend: ⟦ID|594 1939020 29⟧. ⟪ID|Reservatienummer 741657009⟫.
⟦P|Kaat Lenaerts⟧
=== t-id-37
Hallo, de scanner op jullie website leest het nummer van mijn verblijfsdocument niet. Het is een Duitse Personalausweis, nummer ⟦ID|T22X81LM4⟧. ⟪ID|EAN van het product dat ik wil kopen: 8719327045562⟫.
⟦P|Jonas Becker⟧
=== t-id-38
Aan de kinderopvang: bijgaand de gegevens van ⟦P|Mees⟧ voor de inschrijving. BSN ⟦BSN|259714689⟧, geboortedatum ⟦DOB|17-01-2023⟧. Van mij als ouder: paspoort ⟦ID|CS0K8FCX0⟧. ⟪ID|Contractnummer kinderopvang KO-2025-331⟫.
⟦P|Babette Smit⟧
=== t-id-39
Dag, ik woon sinds kort in België en mijn Nederlandse rijbewijs (⟦ID|5455157855⟧) moet worden omgewisseld. Mijn nieuwe rijksregisternummer is ⟦ID|87.04.10-872.04⟧. Wat moet ik meebrengen naar het gemeentehuis?
⟦P|Freek van Dalen⟧, ⟪S|⟦A|Kerkstraat 3⟧⟫, ⟦PC|2400⟧ ⟦L|Mol⟧
=== t-id-40
Opmerking bij bestelling ⟪ID|ORD-882019-B⟫: bij aflevering wil de koerier een identiteitsbewijs zien. Mijn ID-kaart heeft nummer ⟦ID|TGKA90388⟧; mijn buurvrouw neemt het pakket misschien aan.
⟦P|Lisa Klaassen⟧
=== t-id-41
Geachte, mijn paspoort is gestolen op vakantie. Het nummer was ⟦ID|THJT19JW2⟧. ⟪S|Bij de Spaanse politie ligt inmiddels een aangifte⟫. Kan ik met mijn ID-kaart ⟦ID|TWVEUJG71⟧ terugvliegen?
⟦P|Bas Kuiper⟧, ⟦T|06 58 21 73 40⟧
=== t-id-42
Scan van mijn ID voor de sportschool: bestand ⟪ID|scan_id_2025.pdf⟫. Het documentnummer is ⟦ID|RIYX2KMN6⟧. ⟪ID|Mijn lidmaatschapsnummer staat nog niet op de pas⟫.
⟦P|Noa Hermans⟧
=== t-id-43
Beste, voor de inschrijving bij de huisartsenpraktijk stuur ik mijn gegevens:
Naam: ⟦P|Tjitske de Haan⟧
Geboortedatum: ⟦DOB|05-05-1978⟧
BSN: ⟦BSN|105739959⟧
ID-kaart: ⟦ID|VKR7B2M18⟧
Zorgverzekering: polisnummer ⟦C|100482276⟧
⟪ID|Ons inschrijfformulier heeft kenmerk HA-2025-0912⟫.
=== t-id-44
Hi, I'm trying to rent a car for next weekend but the website rejects my Dutch driving licence number ⟦ID|4718203956⟧. ⟪ID|It says the format should be like the reservation code MK29T0⟫. Name: ⟦P|Wouter-Jan Zijlstra⟧.
=== t-id-45
Goeiemorgen, ik moet mijn identiteitskaart vernieuwen. Mijn oude kaart (⟦ID|592483351586⟧) vervalt op 30 juni. Kan ik via jullie een afspraak maken, of moet ik naar het gemeentehuis van ⟦L|Eeklo⟧? ⟪ID|Mijn dossiernummer bij jullie is 2025/11873⟫.
⟦P|Marijke Van Hoecke⟧
=== t-id-46
Bericht aan de verhuurmakelaar:
Bijgevoegd: ⟪ID|arbeidscontract.pdf⟫, ⟪ID|salarisstrook_mei.pdf⟫, ID-kaart_⟦ID|NP83KT4W6⟧.pdf
Mijn IBAN voor de borg: ⟦IBAN|NL62 ASNB 3708 2202 24⟧
Groet, ⟦P|Floris Meijerink⟧, ⟦T|06 44 19 80 27⟧
=== t-id-47
Chat met de notaris:
medewerker ⟦P|Ilham⟧: ik zie in het dossier nog geen documentnummer van uw paspoort
⟦P|Joris van Bemmel⟧: dat is ⟦ID|BZ4KX71P3⟧
⟦P|Joris van Bemmel⟧: en van mijn partner ⟦ID|HN2W8QT50⟧
medewerker ⟦P|Ilham⟧: dank u, ⟪ID|dossier 20250611-JB⟫ is nu compleet
"""


LK_DATA = r"""
=== t-lk-01
Beste ⟦P|Ingeborg⟧,
⟪H|De jaarlijkse health check van het netwerk⟫ staat gepland op dinsdag 14 oktober. Tijdens die check worden alle switches nagelopen en krijgen de laptops ⟪H|een kuur van updates⟫ (⟪CR|versie 23H2⟫). ⟪H|Het virus dat vorige maand op de printserver zat⟫ is inmiddels verwijderd.
Groet, ⟦P|Gertjan⟧ (ICT)
=== t-lk-02
Nieuw wachtwoordbeleid per 1 november:
⟪CR|- minimaal 14 tekens
- geen namen of geboortedata
- elke 12 maanden wijzigen⟫
⟪CR|Wachtwoord vergeten? Gebruik de knop "Wachtwoord vergeten" op het inlogscherm⟫ of bel de servicedesk op 020 556 12 00.
=== t-lk-03
Hallo, ik heb een bestelling geplaatst maar nog niets ontvangen. ⟪CR|Bestelnummer 582931⟫, ⟪CR|trackingcode 3SKBRD0419377⟫. Mijn postcode is ⟦PC|5211 VD⟧. Kunnen jullie kijken waar het pakket is?
⟦P|Marjolein Tak⟧
=== t-lk-04
Hi, the installer for ⟪CR|StudioPro 12⟫ asks for a licence key. I entered ⟪CR|SP12-7QKX-22MD-90RT-LL4B⟫ from the invoice, but it says ⟪CR|"error code 1603"⟫. Could you send a new key for ⟪ID|order 922130698⟫?
⟦P|Zoë Kramer⟧
=== t-lk-05
Goedemorgen,
Onze ⟪CR|wifi voor gasten heet "Bibliotheek-Gast"⟫ en heeft geen wachtwoord meer. Bezoekers kunnen nu gewoon inloggen. ⟪CR|Het wachtwoord van het beheerdersaccount staat in de kluis van de directie⟫, niet in dit ticket.
⟦P|Ahmet Kaplan⟧, facilitair
=== t-lk-06
Nieuwsbrief oktober
⟪H|Nieuw in ons assortiment: de allergie-collectie, met anti-huisstofmijt dekbedden en kussens⟫. ⟪S|Verder: onze kerstpakketten⟫ zijn vanaf nu te bestellen. ⟪CR|Gebruik kortingscode HERFST25⟫ voor 25% korting.
=== t-lk-07
Beste klant,
Wegens de ⟪S|landelijke staking van het streekvervoer⟫ op 12 maart kan uw bezorging vertraging oplopen. ⟪ID|Uw zendingsnummer 3SDEVC4488012⟫ blijft geldig.
=== t-lk-08
Vraag: is jullie zaal geschikt voor rolstoelen? Wij organiseren een lezing in ⟪S|de Lutherse Kerk⟫ maar zoeken een uitwijklocatie. ⟪H|Er moet ook een AED aanwezig zijn⟫ volgens onze verzekeraar.
⟦P|Wilco Jansen⟧
=== t-lk-09
Hallo, mijn laptop is traag en de virusscanner meldt ⟪H|"Trojan.GenericKD" gevonden⟫. ⟪ID|Serienummer 5CD2144XQ7⟫, ⟪CR|Windows versie 22H2⟫. Wat moet ik doen?
⟦P|Jolanda Roest⟧
=== t-lk-10
Beste, ik heb een ⟪ID|paspoorthoesje⟫ bij jullie besteld, ⟪ID|ordernummer 2025-882731⟫, maar ik kreeg een ⟪ID|rijbewijshouder⟫. Kan ik ruilen?
⟦P|Chantal Ooms⟧
=== t-lk-11
Onze hond ⟪H|Bobbie heeft artrose⟫ en krijgt ⟪H|pijnstillers van de dierenarts⟫. Hebben jullie een orthopedische hondenmand? ⟪H|Onze kat heeft trouwens een voedselallergie⟫, is het hypoallergene kattenvoer weer leverbaar?
⟦P|Desiree Kok⟧
=== t-lk-12
Bij het opladen van mijn telefoon zegt ⟪H|de batterijgezondheid 78%⟫. ⟪ID|Model SM-S911B⟫. Valt dit nog onder de garantie?
⟦P|Gijs Peters⟧
=== t-lk-13
Uitnodiging: Teams-overleg over de jaarplanning
⟪CR|Vergadering-ID: 384 221 907 55⟫
⟪CR|Wachtwoordcode: staat in de agenda-uitnodiging⟫
Graag even bevestigen of je erbij bent, ⟦P|Merel⟧.
=== t-lk-14
Onze ⟪S|kerststal⟫ is stuk aangekomen: de ezel is gebroken. ⟪ID|Artikelnummer KS-4490⟫, ⟪ID|factuur F2025-10332⟫. Kunnen jullie een nieuwe sturen?
⟦P|Henk Meulenbelt⟧, ⟦A|Hoofdstraat 81⟧, ⟦PC|7701 AC⟧ ⟦L|Dedemsvaart⟧
=== t-lk-15
Hi team, after the ⟪CR|v4.2.0 release⟫ the ⟪CR|OAuth token endpoint⟫ returns 500 for all tenants. ⟪H|Our dashboard health score dropped to 61⟫. No customer data involved as far as we can see.
— ⟦P|Ravi Menon⟧, platform team
=== t-lk-16
Beste vereniging, ik ben per 1 januari werkloos en ontvang ⟪CR|WW⟫. Kan ik korting krijgen op de contributie? ⟪CR|Mijn uitkering via het UWV (WW)⟫ loopt tot juli.
⟦P|Harold Dijk⟧, lid ⟦C|1143⟧
=== t-lk-17
Goedemiddag, op ⟪S|de Kerkplein-markt⟫ heeft iemand mijn fiets gestolen. ⟪S|Ik heb aangifte gedaan⟫. Vergoedt mijn fietsverzekering dat? ⟪ID|Framenummer WAU1882044⟫.
⟦P|Roel Smeenk⟧
=== t-lk-18
Voor het bedrijfsuitje hebben we een ⟪S|escape room "De Gevangenis"⟫ geboekt voor 16 personen. ⟪CR|Boekingscode ESC-7731⟫. Is het mogelijk er pizza bij te bestellen?
⟦P|Annemarie Wolff⟧
=== t-lk-19
Zie bijgevoegde offerte voor de ⟪H|EHBO-koffers⟫ en ⟪H|AED-kasten⟫ voor alle vestigingen. ⟪H|Deze week ook de griepprik voor alle medewerkers⟫ op locatie.
Met vriendelijke groet,
⟦P|Karel Boonstra⟧, accountmanager
=== t-lk-20
Onze ⟪H|koelkast geeft de melding "diagnose actief"⟫ en piept. ⟪ID|Type KGN39VLEB, serienummer 019040238822⟫. Monteur nodig?
⟦P|Ria Timmermans⟧, ⟦T|0418 67 22 09⟧
=== t-lk-21
Wij willen graag ⟪S|de kapel van het klooster⟫ huren voor een koorconcert op 7 december. ⟪S|Het adres is Abdijlaan 2⟫, klopt dat? ⟪H|Is de kapel rolstoeltoegankelijk⟫?
⟦P|Joke Verbeek⟧
=== t-lk-22
Goedendag, ik heb mijn ⟪CR|pincode vergeten⟫ van de bankkaart. Hoe kan ik een nieuwe aanvragen? ⟪CR|Ik heb geen pincodebrief meer⟫.
⟦P|Gerda Oosting⟧
=== t-lk-23
Ticket ⟪CR|INC0049921⟫: ⟪CR|login faalt met code AADSTS50126⟫ voor meerdere gebruikers. ⟪CR|Het wachtwoordveld toont ********⟫ maar na verzenden komt de fout. Betreft ⟪CR|Azure-tenant contoso-nl⟫.
=== t-lk-24
Hallo, het ⟪H|allergievrije brood⟫ op jullie site is uitverkocht. Wanneer komt het terug? ⟪CR|Mijn bestelcode was BR-22017⟫.
⟦P|Sabine Mol⟧
=== t-lk-25
Mededeling: ⟪S|door de verkiezingen op 29 oktober⟫ is ons kantoor die dag vanaf 15.00 uur gesloten. ⟪S|Onze stembureaus in de Pauluskerk en de Mariakerk⟫ zijn wel open.
=== t-lk-26
Beste ⟦P|Nathan⟧,
In de bijlage vind je de ⟪S|VOG⟫-aanvraag voor je nieuwe functie. ⟪ID|Je hoeft je paspoort niet mee te sturen⟫, we controleren die op je eerste werkdag.
⟦P|Sylvia⟧, HR
=== t-lk-27
Hoi, op jullie site staat ⟪S|"Pride-collectie: 20% korting"⟫, maar in de winkel kreeg ik geen korting. ⟪ID|Kassabon 2025-01-1883⟫. Kan dat alsnog?
⟦P|Jelle Wijngaarde⟧
=== t-lk-28
Order confirmation ⟪ID|#NL-448219-22⟫
- ⟪H|First aid kit (travel)⟫ ×1
- ⟪H|Blood pressure monitor⟫ ×1 (gift wrap)
⟪CR|Promo code WELCOME10⟫ applied.
Deliver to: ⟦P|Sophie Turner⟧, ⟪S|⟦A|Kerkstraat 12⟧⟫, ⟦L|Haarlem⟧
=== t-lk-29
Vraag over de Turkse pizza's: is ⟪S|het vlees halal⟫? En is ⟪H|de kipsoep lactosevrij⟫? Wij bestellen voor een feestje van 20 personen.
⟦P|Dennis Groot⟧
=== t-lk-30
Geachte heer ⟦P|Vermeer⟧,
Uw ⟪ID|dossiernummer 2025/0412/KL⟫ is in behandeling. ⟪S|Het vakbondsoverleg van 20 mei⟫ heeft geen invloed op de behandeltermijn. U ontvangt binnen 4 weken bericht.
=== t-lk-31
Hi, I'm writing an article about ⟪H|Heartbleed⟫ and other ⟪H|vulnerabilities in OpenSSL⟫. Could someone from your security team comment? ⟪CR|Our interview slot meeting ID is 859 2210 4471⟫.
⟦P|Rosalind Pike⟧, ⟦E|r.pike@techweekly.co.uk⟧
=== t-lk-32
Bij het inloggen vraagt het systeem om een ⟪CR|verificatiecode⟫, maar ik ontvang geen sms. Mijn nummer is ⟦T|06 24 90 17 38⟧. ⟪CR|Code 403 verschijnt⟫ na 3 minuten.
⟦P|Wessel Hoek⟧
=== t-lk-33
Beste, ⟪ID|uw rijbewijs of paspoort is niet nodig⟫ voor de proefrit; ⟪ID|uw klantnummer volstaat⟫. ⟪ID|Afspraakcode PR-1129⟫.
Met vriendelijke groet, ⟦P|Sander van Oort⟧, autobedrijf
=== t-lk-34
Hoi, na ⟪CR|update 3.4⟫ zit er een ⟪H|bug in de "gezondheidsrapportage" van de app⟫: de grafiek van het stappen-doel toont niets. ⟪H|Het is een fitness-app, geen medische app⟫, maar toch vervelend.
⟦P|Tamara Blok⟧
=== t-lk-35
Factuurvraag: uw ⟪ID|betalingskenmerk +++090/4417/28305+++⟫ werd niet aanvaard door mijn bank. ⟪ID|Factuur 2025-0419⟫, ⟪ID|klantnummer ⟦C|BE-771902⟧⟫.
⟦P|Wim Janssens⟧
=== t-lk-36
Bericht van de school: ⟪S|De christelijke basisschool De Regenboog⟫ is op 2 april gesloten wegens ⟪S|Pasen⟫. ⟪H|Denk aan de luizencontrole⟫ na de vakantie.
=== t-lk-37
Bij de ⟪H|fysiotherapiepraktijk aan de Parklaan⟫ is de parkeerplaats afgesloten. Waar kan ik parkeren voor mijn afspraak? ⟪ID|Mijn parkeervergunning heeft nummer PV-8812⟫.
⟦P|Agnes Ruiter⟧
=== t-lk-38
Ik kreeg een sms met ⟪CR|"Uw ophaalcode staat klaar in de app"⟫, maar de app toont niets. ⟪ID|Pakketnummer 3STKGD882019⟫. Wat nu?
⟦P|Oscar Kuijt⟧
=== t-lk-39
Dag, wij ontvangen via ons contactformulier veel spam met ⟪H|"virus gevonden op uw pc"⟫. Kan jullie filter dat tegenhouden? ⟪CR|Licentie: Antispam Business, sleutel ASB-2204-KQ71-XX03⟫.
⟦P|Brecht Aerts⟧, ⟦T|050 44 18 92⟧
=== t-lk-40
Beste ⟦P|Hilde⟧,
Voor de bedrijfsbarbecue: ⟪S|er is een halal-optie en een vegetarische optie⟫. ⟪H|Allergieën kun je doorgeven via het formulier⟫. ⟪S|Bij slecht weer wijken we uit naar de Doopsgezinde Kerk⟫ in het dorp.
⟦P|Ton⟧
=== t-lk-41
Product review: ⟪H|the anti-allergy pillow⟫ is great, and the ⟪H|heart rate monitor⟫ works well. ⟪CR|The activation code in the box (HRM-5520-A)⟫ worked first time.
=== t-lk-42
Uw aanvraag ⟪ID|A-48213-NL⟫ voor een ⟪ID|nieuwe ID-kaart⟫ is ontvangen. ⟪CR|U ontvangt de pincode voor de kaartlezer per post⟫. Afhalen kan vanaf 15 mei.
Gemeente Dronten, team Burgerzaken
=== t-lk-43
Goedemiddag, tijdens het registreren krijg ik steeds de melding ⟪CR|"wachtwoord te zwak: gebruik minimaal 10 tekens"⟫. ⟪CR|Welke tekens zijn toegestaan?⟫ Ik wil geen wachtwoord in deze mail zetten.
⟦P|Gerlinde Smit⟧
=== t-lk-44
Beste klant, ⟪CR|uw pincode kunt u wijzigen bij elke geldautomaat⟫. ⟪CR|Wij vragen nooit naar uw pincode of inlogcodes per e-mail of telefoon.⟫ ⟪ID|Kenmerk van deze brief: 2025-PB-4410⟫.
=== t-lk-45
Vraag over de ⟪H|"Gezond Hart"-collectie⟫: is de ⟪H|stappenteller⟫ ook waterdicht? En ⟪S|verkopen jullie ook de Ramadan-kalenders van vorig jaar nog⟫?
⟦P|Marloes Huijbregts⟧
=== t-lk-46
Storingsmelding: de ⟪H|RAID-controller meldt "degraded" bij de health check⟫, ⟪ID|serienummer SVR-2019-44810⟫. ⟪CR|Firmware-versie 7.1.3⟫. Vervangende schijf graag voor vrijdag.
⟦P|Bjorn Lammertink⟧, beheer
=== t-lk-47
Hoi, mijn ⟪ID|klantnummer ⟦C|K-2204381⟧⟫ staat niet op de factuur. ⟪ID|Factuurnummer 2025-07731⟫, ⟪ID|EAN-code 8718951320016⟫ van het artikel. Kunnen jullie dat aanpassen?
⟦P|Dorien Stegeman⟧
=== t-lk-48
Nieuwsbericht intranet: ⟪S|de ondernemingsraad en de vakbonden hebben het nieuwe sociaal plan besproken⟫. ⟪S|De uitslag van de Europese verkiezingen⟫ heeft geen gevolgen voor de subsidies. ⟪H|Denk eraan: de vitaliteitscheck voor alle medewerkers⟫ sluit vrijdag.
=== t-lk-49
Hey! Op jullie kortingsflyer staat ⟪CR|code ZOMER-PIN-2025⟫, maar bij het afrekenen zegt de webshop ⟪CR|"code ongeldig"⟫. ⟪CR|Bestelling 582-113-9⟫. Wat moet ik doen?
⟦P|Jody Wanrooij⟧
=== t-lk-50
Dag, in jullie gebouw aan het ⟪S|Moskeeplein⟫ is de ⟪H|invalidenlift⟫ stuk. Kan iemand dat melden bij de beheerder? ⟪ID|Liftnummer L-02, bouwjaar 2004⟫.
⟦P|Rik Ceulemans⟧
"""


def split_data(data):
    """Messages of one DATA block: a line "=== <id>" starts each message."""
    out = []
    for chunk in re.split(r"^=== ", data, flags=re.M):
        if chunk.strip():
            mid, _, text = chunk.partition("\n")
            out.append((mid.strip(), text))
    return out


MESSAGES = [m for d in (CR_DATA, HL_DATA, SP_DATA, ID_DATA, LK_DATA) for m in split_data(d)]

if __name__ == "__main__":
    main()
