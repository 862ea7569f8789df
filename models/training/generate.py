"""Seeded generator of synthetic Dutch and Flemish support messages with PER/LOC/ORG spans.

Why synthetic: no annotated corpus of Dutch support messages may be used for a shipped model,
and newspaper NER data (Europeana) has never seen a mail header, a signature block or a
lowercase chat line. The templates below are our own; the names and places come from Faker
(see ``pools.py``). Each message is assembled from labelled segments, so character offsets
are exact by construction.

Hard negatives are built in on purpose: desk brands and customer companies (ORG, never PER),
products, towns inside company names, role words ("Medewerker", "Klant") and words after
"Beste" that are not names, plus the noise of real tickets (order numbers, amounts, dates,
URLs, e-mail addresses, phone numbers, IBANs).

    python models/training/generate.py --n 3000 --seed 1 --output /tmp/synth.spacy --show 5
"""

from __future__ import annotations

import argparse
import random
import re
import string
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

try:  # run as a script (python models/training/generate.py) or imported as a module
    import news as news_grammar
    from pools import (
        NEWS_ORG_FIXED,
        NEWS_ORG_PATTERNS,
        PRODUCTS,
        Person,
        countries,
        foreign_towns,
        make_desk,
        make_org,
        make_person,
        name_pools,
        product,
        provinces,
        street,
        town,
    )
except ImportError:  # pragma: no cover
    from models.training import news as news_grammar
    from models.training.pools import (
        NEWS_ORG_FIXED,
        NEWS_ORG_PATTERNS,
        PRODUCTS,
        Person,
        countries,
        foreign_towns,
        make_desk,
        make_org,
        make_person,
        name_pools,
        product,
        provinces,
        street,
        town,
    )

Span = tuple[int, int, str]
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip
DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
RELATIONS = (
    "mijn vrouw", "mijn man", "mijn zoon", "mijn dochter", "mijn vader", "mijn moeder",
    "mijn collega", "collega", "mijn partner", "mijn vriendin", "mijn vriend", "mijn broer",
    "mijn zus", "mijn buurman", "mijn buurvrouw", "onze boekhouder", "mijn boekhouder",
    "onze stagiair", "mijn schoonzoon", "mijn schoonmoeder", "de zaakvoerder",
    "onze office manager",
    "mijn echtgenote", "mijn echtgenoot", "mijn compagnon", "de eigenaar",
)  # fmt: skip
ROLES = (
    "Eigenaar", "Directeur", "Office manager", "Zaakvoerder", "Bedrijfsleider", "Administratie",
    "Financieel administrateur", "ICT-coördinator", "Boekhouder", "Praktijkhouder", "Manager",
    "Accountmanager", "Servicedesk", "Technisch medewerker", "Teamleider support", "Founder",
    "Kinesitherapeut", "Fotograaf", "Huisarts", "Coördinator", "Zelfstandig ondernemer",
)  # fmt: skip


class Builder:
    """Accumulates text segments and the character spans of the labelled ones."""

    def __init__(self, lower: bool = False) -> None:
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.pos = 0
        self.lower = lower

    def add(self, text: str, label: str | None = None) -> None:
        if self.lower:
            text = text.lower()
        if label and text.strip():
            self.spans.append((self.pos, self.pos + len(text), label))
        self.parts.append(text)
        self.pos += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Ctx:
    """Everything one message talks about: customer, third party, staff, desk, places."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.flemish = rng.random() < 0.35
        self.p = make_person(rng, self.flemish)
        self.p2 = make_person(rng, self.flemish)
        self.staff = make_person(rng, self.flemish)
        self.staff2 = make_person(rng, self.flemish)
        self.desk = make_desk(rng)
        self.desk_domain = re.sub(r"[^a-z]", "", self.desk.lower().split(" ")[0]) + (
            ".be" if self.flemish else rng.choice([".nl", ".nl", ".com", ".eu"])
        )
        self.org = make_org(rng, self.flemish)
        self.town = town(rng, self.flemish)
        self.email = self.p.email(rng)
        self.english = False


# ---------------------------------------------------------------------------------------------
# noise values (never labelled)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def noise(key: str, c: Ctx) -> str:
    rng = c.rng
    if key == "ORDER":
        pre = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.choice([1, 2, 3])))
        return rng.choice(
            [
                f"{pre}-{rng.randint(21, 25)}-{_digits(rng, 4)}",
                f"{pre}-F-{rng.randint(2021, 2025)}-{_digits(rng, 6)}",
                f"{pre}-{rng.randint(2021, 2025)}-{rng.randint(1, 12):02d}-{_digits(rng, 5)}",
                f"{pre}-{_digits(rng, 3)}",
                f"{rng.randint(2021, 2025)}-{_digits(rng, 6)}",
                f"#{_digits(rng, 5)}",
                f"ORD-{_digits(rng, 7)}",
                f"F{rng.randint(2022, 2025)}-{_digits(rng, 5)}",
                _digits(rng, 8),
                f"RMA-{_digits(rng, 2)}-{_digits(rng, 3)}",
            ]
        )
    if key == "CID":
        pre = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.choice([2, 3])))
        return rng.choice([f"{pre}-{_digits(rng, 5)}", _digits(rng, 6), f"{pre}{_digits(rng, 6)}"])
    if key == "AMT":
        v = f"{rng.randint(3, 1900)},{rng.choice(['00', '95', '50', '99', '20', '45'])}"
        return rng.choice([f"€ {v}", f"€{v}", f"EUR {v}", f"{v} euro"])
    if key == "DATE":
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2022, 2025)
        return rng.choice(
            [
                f"{d:02d}-{m:02d}-{y}",
                f"{d} {MONTHS[m - 1]}",
                f"{d} {MONTHS[m - 1]} {y}",
                f"{d:02d}/{m:02d}",
                f"{d}/{m}/{y}",
            ]
        )
    if key == "TIME":
        return f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
    if key == "URL":
        path = rng.choice(["", "/login", "/klantpaneel", "/factuur/" + _digits(rng, 5), "/status"])
        return rng.choice(["https://", "http://", "www.", ""]) + c.desk_domain + path
    if key == "DOM":
        return (
            rng.choice(["mijn", "de", "", "het"])
            + rng.choice(["bakkerij", "fotografie", "praktijk", "webshop", "kapsalon", "atelier"])
            + "-"
            + re.sub(r"[^a-z]", "", c.town.lower())
            + rng.choice([".nl", ".be", ".com"])
        )
    if key == "MAIL":
        return c.email
    if key == "DMAIL":
        box = rng.choice(["support", "info", "helpdesk", "privacy", "billing", "service"])
        return f"{box}@{c.desk_domain}"
    if key == "PHONE":
        if c.flemish:
            return rng.choice(
                [
                    f"04{_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
                    f"+32 4{_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
                    f"0{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
                ]
            )
        return rng.choice(
            [
                f"06-{_digits(rng, 8)}",
                f"06 {_digits(rng, 4)} {_digits(rng, 4)}",
                f"+31 6 {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
                f"0{_digits(rng, 2)}-{_digits(rng, 7)}",
                f"(0{_digits(rng, 3)}) {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}",
            ]
        )
    if key == "IBAN":
        if c.flemish:
            return f"BE{_digits(rng, 2)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}"
        bank = rng.choice(["INGB", "RABO", "ABNA", "TRIO", "SNSB", "KNAB", "BUNQ"])
        return f"NL{_digits(rng, 2)} {bank} 0{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 2)}"
    if key == "PC":
        if c.flemish:
            return str(rng.randint(1000, 9999))
        letters = rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase)
        return f"{rng.randint(1011, 9999)} {letters}"
    if key == "IP":
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))
    if key == "PROD":
        return rng.choice(PRODUCTS) if rng.random() < 0.6 else product(rng)
    if key == "TECH":
        return rng.choice(TECH_TERMS)
    if key == "NUM":
        return str(rng.randint(2, 40))
    if key == "TICKET":
        return rng.choice(
            [f"#{_digits(rng, 5)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}", _digits(rng, 6)]
        )
    if key == "KVK":
        return _digits(rng, 8)
    raise KeyError(key)


ABBREV_PARTICLE = {"van": "v.", "van der": "v.d.", "van den": "v.d.", "van de": "v.d."}


def person_form(p: Person, rng: random.Random, allow_short: bool = True) -> str:
    """A name as people write it: full, initials, first name only, surname with initial."""
    r = rng.random()
    if r < 0.55 or not allow_short:
        return p.full
    if r < 0.75:
        return p.with_initials
    if r < 0.85:
        return p.first
    if r < 0.9 and p.particle in ABBREV_PARTICLE:
        return f"{p.first} {ABBREV_PARTICLE[p.particle]} {p.surname}"
    return f"{p.first} {p.last[0].upper()}." if p.particle == "" else p.full


def fill(b: Builder, template: str, c: Ctx) -> None:
    """Render a template: {P} {F} {S} ... become labelled or noise segments."""
    rng = c.rng
    for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2 == 0:
            b.add(piece)
            continue
        key = piece
        if key == "P":
            b.add(person_form(c.p, rng), "PER")
        elif key == "PF":
            b.add(c.p.full, "PER")
        elif key == "F":
            b.add(c.p.first, "PER")
        elif key == "I":
            b.add(c.p.with_initials, "PER")
        elif key == "SUR":
            b.add(c.p.last_alone, "PER")
        elif key == "P2":
            b.add(person_form(c.p2, rng), "PER")
        elif key == "F2":
            b.add(c.p2.first, "PER")
        elif key == "SUR2":
            b.add(c.p2.last_alone, "PER")
        elif key == "S":
            b.add(c.staff.first, "PER")
        elif key == "SP":
            b.add(
                c.staff.full if rng.random() < 0.7 else f"{c.staff.first} {c.staff.last[0]}.", "PER"
            )
        elif key == "S2":
            b.add(c.staff2.first, "PER")
        elif key == "REL":
            b.add(rng.choice(RELATIONS))
        elif key == "ROLE":
            b.add(rng.choice(ROLES))
        elif key == "DESK":
            b.add(c.desk, "ORG")
        elif key == "ORG":
            b.add(c.org, "ORG")
        elif key == "ORG2":
            b.add(make_org(rng, c.flemish), "ORG")
        elif key == "LOC":
            b.add(c.town, "LOC")
        elif key == "LOC2":
            b.add(town(rng, c.flemish), "LOC")
        elif key == "STREET":
            b.add(street(rng, c.flemish), "LOC")
            b.add(f" {rng.randint(1, 240)}{rng.choice(['', '', '', 'a', 'B', '-II', ' bus 3'])}")
        else:
            b.add(noise(key, c))


# ---------------------------------------------------------------------------------------------
# sentence pools (our own wording). Keys: P customer, F customer first name, I initials form,
# SUR surname alone, P2/F2 third party, S/SP staff, DESK our brand, ORG other company.

BODY_NL: tuple[str, ...] = (
    "Sinds {DATE} kan ik niet meer inloggen op {PROD}, ik krijg steeds een foutmelding.",
    "Mijn klantnummer is {CID} en het gaat om bestelling {ORDER}.",
    "De factuur van {AMT} is twee keer afgeschreven van {IBAN}.",
    "Kunnen jullie de domeinnaam {DOM} verhuizen naar een ander pakket?",
    "Ik heb gisteren om {TIME} gebeld maar niemand nam op.",
    "Mijn website {DOM} geeft sinds vanochtend een foutmelding 500.",
    "Wil je de factuur voortaan naar {MAIL} sturen in plaats van naar het oude adres?",
    "Het abonnement {PROD} (€ {NUM},95 per maand) wil ik per {DATE} opzeggen.",
    "Ik ben bereikbaar op {PHONE}, liefst na {TIME}.",
    "Kunnen jullie mij terugbellen op {PHONE}?",
    "{REL} {F2} heeft het account aangemaakt, maar zij gebruikt het niet meer.",
    "Het account staat nog op naam van {REL} {P2}.",
    "Ik mail namens {REL} {P2}, hij is zelf niet zo handig met de computer.",
    "Ik schrijf namens {REL} {I}, die zelf geen e-mail heeft.",
    "{REL} {F2} kan niet meer bij de gedeelde mailbox.",
    "Kunnen jullie {F2} ook toegang geven tot de agenda?",
    "Ik heb hierover eerder contact gehad met {S}, maar ik heb niets meer gehoord.",
    "{S} van jullie helpdesk zou mij terugbellen, maar dat is niet gebeurd.",
    "Vorige week heeft {SP} de laptop opgehaald voor reparatie.",
    "Onze boekhouder ({P2}) heeft ook toegang nodig tot de administratie.",
    "De printer op kantoor in {LOC} doet het niet meer sinds de update van {PROD}.",
    "Ik woon sinds kort in {LOC} en wil mijn adres laten aanpassen.",
    "Het nieuwe adres is {STREET}, {PC} {LOC}.",
    "Ik zit deze week in {LOC2} voor mijn werk, dus bellen kan pas vanaf maandag.",
    "We zijn met het kantoor verhuisd van {LOC2} naar {LOC}.",
    "Bij {ORG} hebben ze hetzelfde probleem met {PROD}.",
    "Wij zijn {ORG} en gebruiken jullie hostingpakket al sinds {NUM} jaar.",
    "Mijn leverancier {ORG2} zegt dat het aan jullie kant ligt.",
    "De betaling via {ORG2} is mislukt, transactie {ORDER}.",
    "Ik heb al een ticket ({TICKET}) aangemaakt maar nog geen antwoord.",
    "De back-up via {PROD} faalt sinds {DATE} met foutcode 0x80070005.",
    "Na de update naar {PROD} start de laptop niet meer op, het scherm blijft zwart.",
    "Kunnen jullie de mailbox van {F2} doorsturen naar {MAIL}?",
    "De oud-medewerker {P2} is uit dienst, graag zijn account blokkeren.",
    "Wilt u alle gegevens die u van mij heeft verwijderen (artikel 17 AVG)?",
    "Ik wil graag een kopie van alle persoonsgegevens die jullie van mij verwerken.",
    "Mijn naam staat verkeerd op de factuur: er staat '{I}' maar het moet '{PF}' zijn.",
    "Op de factuur staat mijn achternaam als {SUR}, dat klopt wel, maar de voorletters niet.",
    "Ik ben klant bij {DESK} sinds {NUM} jaar en nog nooit zo slecht geholpen.",
    "Het pakket heb ik besteld via {URL}.",
    "Zie de bijlage voor de screenshot van de foutmelding.",
    "Ons IP-adres is {IP}, misschien staat dat op een blokkadelijst?",
    "Ik heb het wachtwoord al gereset maar het werkt nog steeds niet.",
    "Is er een storing bij {DESK}? De webmail is heel traag.",
    "De bakker hiernaast heeft ook last van het trage netwerk.",
    "Het scherm blijft zwart en het groene lampje knippert.",
    "Ik heb de post van vandaag nog niet bekeken, misschien zit de brief daarbij.",
    "De koning van de foutmeldingen is wel {PROD}, haha.",
    "Graag de offerte van {AMT} op naam van {ORG} zetten.",
    "Mijn zoon {F2} heeft per ongeluk een abonnement afgesloten.",
    "Mevrouw {SUR2} van de administratie belde mij hierover.",
    "Meneer {SUR2} van {ORG2} heeft de bestelling geplaatst.",
    "{P2} van {ORG2} is onze contactpersoon voor de IT.",
    "Graag contact opnemen met {P2}, {PHONE}.",
    "Ik werk bij {ORG} in {LOC}.",
    "Bestelnummer {ORDER}, besteld op {DATE}, bedrag {AMT}.",
    "De monteur kwam op {DATE} maar ik was niet thuis.",
    "Kunnen jullie het bedrag van {AMT} terugstorten op {IBAN} t.n.v. {I}?",
    "De klant heet trouwens {PF}, niet {F} {SUR2}.",
    "Het gaat om reparatieorder {ORDER} en factuur {ORDER}.",
    "Ons referentienummer is {ORDER}, uw kenmerk {CID}.",
    "Facturen staan bij {ORG} onder nummer {ORDER}.",
    "Wij zijn overgestapt van {ORG2} naar {DESK}.",
    "{ORG} is een eenmanszaak, {ORG2} een bv.",
    "Sinds de overname door {ORG2} werkt de koppeling niet meer.",
    "Bij {DESK} zeggen ze dat het aan {ORG2} ligt.",
    "Ik werk voor {ORG} en wij huren de laptops van {ORG2}.",
    "De mails van {F2} moeten naar {F} doorgestuurd worden.",
    "Kunnen jullie {F2} ook rechten geven op de gedeelde agenda van {F}?",
    "{F2} is daar zelf mee akkoord gegaan.",
    "{F2} is met zwangerschapsverlof, dus {F} neemt het over.",
    "Laat maar weten als je iets nodig hebt van {F2} of mij.",
    "Groetjes aan {S}!",
    "Ik heb het doorgestuurd naar {F2} ({MAIL}).",
    "Is {S} er morgen ook?",
)  # fmt: skip

BODY_BE: tuple[str, ...] = (
    "Kunnen jullie dat eens nakijken? Alvast merci!",
    "Mijn gsm-nummer is {PHONE}, ge kunt mij altijd bellen.",
    "De technieker is {DATE} langsgeweest maar het probleem is er terug.",
    "Onze zaakvoerder {P2} wil een offerte voor drie nieuwe laptops.",
    "Ik heb de factuur betaald via domiciliëring op {IBAN}.",
    "Kan {S} volgende week eens passeren in {LOC}?",
    "Het ondernemingsnummer staat verkeerd op de factuur.",
    "Mijn echtgenote {F2} gebruikt de laptop ook voor haar werk.",
    "We zitten op {STREET}, {PC} {LOC}.",
    "Ons kantoor in {LOC} heeft geen internet sinds deze voormiddag.",
    "Ik heb het aan {S} gevraagd maar die wist het ook niet.",
    "De wifi in de wachtzaal valt constant weg.",
)  # fmt: skip

BODY_EN: tuple[str, ...] = (
    "I can't log in to {PROD} since {DATE}, it keeps saying my password is wrong.",
    "My customer number is {CID}, invoice {ORDER}.",
    "Could you please call me back on {PHONE}?",
    "My colleague {P2} set up the account but she left the company.",
    "I spoke to {S} last week but haven't heard back.",
    "We're based in {LOC} and our office has no internet.",
    "Please erase every bit of personal information you store on me.",
    "The invoice of {AMT} was charged twice.",
    "{ORG} is our main client, so this is urgent.",
    "I'm writing on behalf of my father, {P2}.",
)  # fmt: skip

SUBJECTS: tuple[str, ...] = (
    "Vraag over factuur {ORDER}", "Storing mail", "Wachtwoord vergeten", "Opzeggen abonnement",
    "Re: uw ticket {TICKET}", "Fwd: factuur", "Verhuizing domeinnaam", "Laptop reparatie",
    "Adreswijziging", "Verzoek inzage persoonsgegevens", "Klacht", "Offerte {PROD}",
    "RE: back-up mislukt", "Toegang mailbox {F2}", "{PROD} werkt niet", "Dringend!!",
    "Nieuwe medewerker {P2}", "Account {CID}", "vraagje", "Afspraak {DATE}",
)  # fmt: skip

GREETINGS: tuple[str, ...] = (
    "Beste {S},", "Hoi {S},", "Dag {S},", "Hallo {S},", "Beste klant,", "Beste support,",
    "Beste {DESK},", "Goedemiddag,", "Goedemorgen,", "Geachte heer/mevrouw,", "Hallo,", "Hoi,",
    "Beste,", "Dag,", "Beste helpdesk,", "Hallo team,", "Beste mensen,", "Goeiedag,",
    "Beste {DESK} support,", "Geachte {DESK},", "Beste servicedesk,", "Hey,", "Dag team,",
    "Beste mevrouw {SUR2},", "Geachte heer {SUR2},",
)  # fmt: skip
GREETINGS_EN: tuple[str, ...] = (
    "Hi {S},",
    "Dear Sir or Madam,",
    "Hello,",
    "Hi there,",
    "Dear {DESK},",
)
CLOSINGS: tuple[str, ...] = (
    "Met vriendelijke groet,", "Groet,", "Groetjes,", "Vriendelijke groeten,", "Groeten,",
    "Mvg,", "Met vriendelijke groeten,", "Hartelijke groet,", "Alvast bedankt,", "Bedankt!",
    "Kind regards,", "Hoogachtend,", "Mvg", "Gr.", "Dank en groet,", "Tot volgende week!",
)  # fmt: skip


def sentences(c: Ctx, n: int) -> list[str]:
    pool = list(BODY_NL)
    if c.flemish:
        pool += list(BODY_BE) * 2
    if c.english:
        pool = list(BODY_EN)
    return c.rng.sample(pool, min(n, len(pool)))


def signature(b: Builder, c: Ctx) -> None:
    rng = c.rng
    r = rng.random()
    name = "{PF}" if r < 0.5 else "{F}" if r < 0.75 else "{I}" if r < 0.9 else "{P}"
    fill(b, name + "\n", c)
    if rng.random() < 0.4:
        fill(b, "{ROLE}\n" if rng.random() < 0.5 else "{ROLE}, {ORG}\n", c)
    if rng.random() < 0.4:
        fill(b, "{ORG}\n", c)
    if rng.random() < 0.3:
        fill(b, "{STREET}\n{PC} {LOC}\n", c)
    if rng.random() < 0.5:
        fill(b, rng.choice(["{PHONE}\n", "T: {PHONE}\n", "Tel. {PHONE}\n", "M {PHONE}\n"]), c)
    if rng.random() < 0.2:
        fill(b, rng.choice(["KvK {KVK}\n", "www.{DOM}\n"]), c)


def staff_signature(c: Ctx) -> str:
    return c.rng.choice(
        [
            "{S}\n{DESK} Support",
            "{SP}\nServicedesk {DESK}",
            "Team {DESK}",
            "{S} – {DESK} servicedesk",
            "{SP}\n{ROLE}\n{DESK}\n{PHONE}",
            "Klantenservice {DESK}",
        ]
    )


# ---------------------------------------------------------------------------------------------
# message kinds


def email(c: Ctx) -> Builder:
    rng = c.rng
    c.english = rng.random() < 0.12
    b = Builder()
    if rng.random() < 0.8:
        en = c.english or rng.random() < 0.15
        van, aan, ond = ("From", "To", "Subject") if en else ("Van", "Aan", "Onderwerp")
        if rng.random() < 0.85:
            fill(b, f"{van}: {{PF}} <{{MAIL}}>\n", c)
        else:
            fill(b, f"{van}: {{MAIL}}\n", c)
        fill(b, f"{aan}: {{DMAIL}}\n", c)
        if rng.random() < 0.15:
            fill(b, "CC: {DMAIL}\n", c)
        if rng.random() < 0.2:
            fill(b, "Datum: {DATE} {TIME}\n", c)
        fill(b, f"{ond}: {rng.choice(SUBJECTS)}\n\n", c)
    fill(b, rng.choice(GREETINGS_EN if c.english else GREETINGS) + "\n\n", c)
    body = sentences(c, rng.randint(2, 6))
    body.insert(rng.randrange(len(body) + 1), prose(c))
    for s in body:
        fill(b, s + (" " if rng.random() < 0.4 else "\n\n"), c)
    if rng.random() < 0.15:  # no closing formula: just the first name under the text
        fill(b, "\n{F}\n", c)
        if rng.random() < 0.5:
            quoted_reply(b, c)
        return b
    fill(b, "\n" + rng.choice(CLOSINGS) + "\n" + ("\n" if rng.random() < 0.3 else ""), c)
    if rng.random() < 0.15:
        b.add("--\n")
    signature(b, c)
    if rng.random() < 0.3:
        quoted_reply(b, c)
    return b


def quoted_reply(b: Builder, c: Ctx) -> None:
    """A quoted earlier message from the desk: 'Op ... schreef X <addr>:' plus '> ' lines."""
    rng = c.rng
    d = rng.randint(1, 28)
    m = MONTHS[rng.randrange(12)]
    head = rng.choice(
        [
            f"\nOp {rng.choice(DAYS)} {d} {m[:3]}. 2024 om {{TIME}} schreef {{SP}} <{{DMAIL}}>:\n",
            f"\nOp {d} {m} 2024 om {{TIME}} schreef {{DESK}} Support <{{DMAIL}}>:\n",
            f"\nOn {d} {m.capitalize()} 2024, at {{TIME}}, {{SP}} wrote:\n",
            "\n-----Oorspronkelijk bericht-----\nVan: {SP} <{DMAIL}>\n"
            "Verzonden: {DATE} {TIME}\nAan: {MAIL}\n",
            "\n---------- Doorgestuurd bericht ---------\nVan: {P2} <{DMAIL}>\nDatum: {DATE}\n",
        ]
    )
    fill(b, head, c)
    lines = [
        rng.choice(["Beste {F},", "Dag {F},", "Hallo {F},", "Beste klant,", "Geachte heer {SUR},"]),
        "",
        *rng.sample(
            [
                "Dank voor je bericht. We hebben je vraag doorgezet naar de tweede lijn.",
                "Kun je ons je klantnummer en de foutmelding sturen?",
                "We kunnen dit pas aanpassen na een schriftelijke vraag van de eigenaar.",
                "Je ticket {TICKET} is in behandeling.",
                "{S2} van de technische dienst neemt contact met je op.",
                "Je factuur van {AMT} staat klaar in het klantpaneel.",
            ],
            2,
        ),
        "",
        rng.choice(["Met vriendelijke groet,", "Groet,", "Vriendelijke groeten,"]),
        staff_signature(c),
    ]
    for line in "\n".join(lines).split("\n"):
        fill(b, "> " + line + "\n" if line else ">\n", c)


def ticket(c: Ctx) -> Builder:
    rng = c.rng
    b = Builder()
    fill(
        b,
        rng.choice(
            [
                "Ticket {TICKET} | Categorie: {PROD} > Storing | Prioriteit: Hoog\n",
                "Ticket {TICKET} — {PROD} werkt niet\n",
                "[{DESK} - Ticket {TICKET}]\n",
                "Werkbon {ORDER} – {DESK}\n",
                "Onderwerp: {PROD} storing - {ORDER}\n",
                "Melding {TICKET} ({DESK} Helpdesk)\n",
                "Onsite-interventie {ORDER}\n",
                "Retour/terugbetaling {ORDER} | {ORG2}\n",
            ]
        ),
        c,
    )
    fields = [
        "Klant: {PF} ({CID})\n",
        "Klant: {PF}, {ORG}\n",
        "Klant: {ORG} (klantnr {CID})\n",
        "Naam: {PF}\n",
        "Behandelaar: {SP}\n",
        "Aangemaakt door: {SP} (1e lijn)\n",
        "Toegewezen aan: {SP}\n",
        "Status: Open | Toegewezen aan: {SP}\n",
        "Kanaal: telefoon | Agent: {SP}\n",
        "Melding via portaal door {PF} ({ROLE})\n",
        "Aanvraag via {ROLE} ({P2})\n",
        "Contact: {PHONE} / {MAIL}\n",
        "Adres: {STREET}, {PC} {LOC}\n",
        "Locatie: {ORG}, {STREET}, {PC} {LOC}\n",
        "Tel: {PHONE}\n",
        "E-mail: {MAIL}\n",
        "Klantnummer: {CID}\n",
        "Ingediend via contactformulier\n",
    ]
    for f in rng.sample(fields, rng.randint(2, 5)):
        fill(b, f, c)
    b.add("\n")
    desc = [
        "Klant belde over {PROD}: sinds {DATE} geen toegang meer.",
        "Telefonisch contact met dhr. {I}, terugbelnummer {PHONE}.",
        "Mevr. {PF} ({CID}) belde: de automatische verlenging is mislukt.",
        "Klant {PF} ({CID}) heeft een ander toestel en komt niet meer binnen.",
        "Klant meldt dat de site {DOM} een HTTP 500 geeft.",
        "Wachtwoord gereset, klant per mail geïnformeerd op {MAIL}.",
        "Klant wil voor {TIME} teruggebeld worden.",
        "Identiteit gecontroleerd: adres {STREET}, {PC} {LOC} klopt.",
        "Opgehaald door {REL} {P2}, legitimatie gecontroleerd.",
        "Contact ter plaatse: {F} of {REL} {F2} ({PHONE}).",
        "Volgens {F} staan er ook belastingaangiftes op, vertrouwelijk behandelen.",
        "{F2} vermoedt dat het service-account niet werd aangepast.",
        "Doorgestuurd naar {S2} van de tweede lijn.",
        "Overlegd met {S2}: vervangen onder garantie.",
        "Terugbetaling {AMT} op {IBAN} t.n.v. {I}.",
        "Leden met toegang:\n- {PF} ({ROLE})\n- {P2} ({ROLE})",
        "Logins vanaf {IP} (onbekend), geblokkeerd om {TIME}.",
        "Offerte {AMT} verstuurd, klant akkoord per mail {DATE}.",
        "Klant zit in {LOC2} en komt de laptop zelf ophalen.",
        "Doorsturen naar partner {ORG2} in {LOC2}.",
        "NB: klant stuurde zijn wachtwoord mee in de mail, bericht gewist.",
        "Bezorging gepland {DATE} tussen 13-15u.",
    ]
    for s in rng.sample(desc, rng.randint(2, 5)) + [prose(c) for _ in range(rng.randint(0, 3))]:
        fill(b, s + ("\n" if rng.random() < 0.6 else " "), c)
    if rng.random() < 0.5:
        fill(
            b,
            rng.choice(
                [
                    "\nNotitie {S}: klant teruggebeld, opgelost.\n",
                    "\nInterne notitie ({S}):\n- account tijdelijk geblokkeerd\n"
                    "- klant geïnformeerd\n",
                    "\nNotitie {SP}: wacht op reactie klant.\n",
                    "\nMonteur: {S}\n",
                    "\nTechnieker: {SP}\n",
                    "\nGoedgekeurd door: {S}\n",
                    "\nGepland: {DATE}, 9u. Technieker: {S}.\n",
                    "\nActie 2e lijn ({S2}): logs nakijken.\n",
                ]
            ),
            c,
        )
    if rng.random() < 0.3:
        fill(b, '\nOorspronkelijk bericht klant:\n"', c)
        for s in sentences(c, 2):
            fill(b, s + " ", c)
        fill(b, rng.choice(["{PF}", "{F}", "groet {PF}"]) + '"\n', c)
    return b


VISITOR_TAGS = ("bezoeker", "klant", "Bezoeker", "Klant", "visitor", "gast", "Gast")


def chat(c: Ctx) -> Builder:
    """A chat log, or a single message typed into a widget, mostly lowercase."""
    rng = c.rng
    b = Builder()
    single = rng.random() < 0.35
    stamp = rng.random() < 0.4
    vis = rng.choice(VISITOR_TAGS)
    agent = rng.choice(
        [
            "Medewerker ({S})",
            "{DESK} – {S}",
            "{S} ({DESK})",
            "Medewerker",
            "Agent",
            "{DESK}",
            "{S}",
            "Medewerker {DESK}",
            "Support",
        ]
    )
    visitor_lines = [
        "hoi ik kan niet meer inloggen op mijn account",
        "ik ben {PCHAT}",
        "ik ben {PCHAT} en ik heb een vraag over mijn factuur",
        "naam is {PCHAT}",
        "staat op naam van {PCHAT}",
        "het account staat op naam van {PCHAT} met {MAIL}",
        "{PCHAT}, {MAIL}",
        "{PCHAT}, {PHONE}",
        "klantnummer {CID}, op naam van {PCHAT}",
        "mijn vrouw {F2CHAT} heeft het besteld denk ik",
        "het is voor mijn zoon {F2CHAT}",
        "mn collega {P2CHAT} heeft de bestelling gedaan",
        "kan {F2CHAT} ook bij de mailbox? dat is mijn boekhouder",
        "bestelling {ORDER} mag weg",
        "factuur {ORDER} klopt niet, er staat {AMT} maar het was minder",
        "mijn nummer is {PHONE}",
        "ik woon in {LOCCHAT}",
        "mijn adres is {STREET} in {LOC}",
        "ok top dank je",
        "merci!",
        "grtz {FCHAT}",
        "groetjes {PCHAT}",
        "mvg {PCHAT}",
        "ik heb al met {S} gesproken vorige week",
        "die andere medewerker {S} zei dat het al geregeld was",
        "ze heet {F2CHAT} en wil het op {MAIL} hebben",
        "is er een storing? de mail van {DESK} doet raar",
        "ik gebruik {PROD} op een oude laptop",
        "mijn website {DOM} is offline",
        "heb al {NUM} keer gebeld",
        "die is van {REL} {F2CHAT}",
        "het account van {REL} {F2CHAT} mag ook weg",
        "{REL} {P2CHAT} heeft het aangevraagd",
        "{F2CHAT} van de boekhouding heeft de factuur",
        "ik bel namens {REL} {F2CHAT}",
        "mijn naam is {PCHAT}",
        "ja dat ben ik, {PCHAT}",
        "ik heb de laptop van {F2CHAT} meegenomen",
        "{PCHAT} hier, van {ORG}",
        "{PCHAT}, klantnr {CID}",
        "dag ik ben {FCHAT} van {ORG}",
        "de printer doet het weer niet",
        "kan iemand mij helpen",
        "sorry voor de typfouten",
        "is dat veilig?",
        "ik ben {NONNAME}",
        "ik ben {NONNAME} en heb een vraag",
        "sorry ik ben {NONNAME}",
        "wat is uw naam en geboortedatum voor de controle",
        "de map heet {NONNAME}",
        "het staat op naam van de zaak",
        "ik ben geen klant meer",
        "ja hallo me {FCHAT} hier van {ORG}",
        "{FCHAT} hier, van {ORG}. de kassa doet raar",
        "{F2CHAT} mijne dochter denkt dat het aan de router ligt",
        "allee wa moet ik doen, {F2CHAT} is er ook niet",
        "ons {F2CHAT} heeft het wachtwoord veranderd",
        "de laptop van {F2CHAT} doet ook raar",
    ]
    agent_lines = [
        "Hoi! Waarmee kan ik je helpen?",
        "Goedemiddag, u spreekt met {S}. Mag ik uw naam en klantnummer?",
        "Dank je {FCHAT2}, ik kijk even mee.",
        "Thanks {FCHAT2}. Could you send me the error?",
        "Onder welke naam is het account geregistreerd?",
        "Dat kan via Instellingen > Account > Exporteren.",
        "Ik zet je door naar {S2} van de tweede lijn.",
        "Je ontvangt binnen 5 werkdagen een bevestiging op {MAIL}.",
        "Begrepen, ik heb ticket {TICKET} aangemaakt.",
        "Liever geen wachtwoorden via de chat delen 🙂",
        "Dag {FCHAT2}! Dat regel ik.",
        "What's your name, and which company do you work for?",
        "Hi! That's annoying. What's your customer number?",
        "Security first: please don't share passwords here.",
        "Chatbot: Een medewerker neemt het gesprek zo over.",
        "Privacy is belangrijk voor ons, ik maak een ticket aan.",
        "Goedenavond, waarmee kan ik helpen?",
    ]

    def say(tag: str, line: str, lower: bool) -> None:
        if stamp:
            fill(b, f"[{{TIME}}] {tag}: ", c)
        elif tag:
            fill(b, f"{tag}: ", c)
        render_chat(b, line, c, lower)
        b.add("\n")

    if single:
        lines = rng.sample(visitor_lines, rng.randint(2, 4))
        text = rng.choice([" ", ", ", "\n", ". "]).join(lines)
        render_chat(b, rng.choice(["hallo ", "hoi ", "goedemiddag, ", "dag ", ""]) + text, c, True)
        if rng.random() < 0.5:
            b.add(rng.choice([" grtz", "?", " alvast bedankt", "", " thx"]))
        return b
    for _ in range(rng.randint(2, 6)):
        if rng.random() < 0.55:
            say(vis, rng.choice(visitor_lines), True)
        else:
            say(agent, rng.choice(agent_lines), False)
    say(vis, rng.choice(visitor_lines[:12] + visitor_lines[-12:-4]), True)
    return b


NON_NAMES: tuple[str, ...] = (
    "verhuisd", "net verhuisd", "klant", "zzp'er", "freelance vertaalster", "de eigenaar",
    "boos", "ziek", "student", "juf", "leerkracht", "de boekhouder", "thuis", "op vakantie",
    "gepensioneerd", "nieuw hier", "de beheerder", "school", "papa", "mama", "oma", "hem",
    "haar", "zelfstandige", "fotograaf", "kapper", "bakker", "visser", "de nieuwe stagiair",
)  # fmt: skip


def render_chat(b: Builder, line: str, c: Ctx, lower: bool) -> None:
    """Chat slots: names lowercased at random (people type 'jan de vries' in chat)."""
    rng = c.rng
    low = lower and rng.random() < 0.75
    repl = {
        "PCHAT": (person_form(c.p, rng), "PER"),
        "FCHAT": (c.p.first, "PER"),
        "FCHAT2": (c.p.first, "PER"),
        "F2CHAT": (c.p2.first, "PER"),
        "P2CHAT": (c.p2.full, "PER"),
        "LOCCHAT": (c.town, "LOC"),
    }
    line = line.replace("{NONNAME}", rng.choice(NON_NAMES))
    for i, piece in enumerate(re.split(r"(\{\w+\})", line)):
        if i % 2 == 0:
            b.add(piece.lower() if low else piece)
            continue
        key = piece[1:-1]
        if key in repl:
            val, lab = repl[key]
            if low or (lower and rng.random() < 0.3):
                val = val.lower()
            b.add(val, lab)
        else:
            sub = Builder()
            sub.pos = b.pos
            fill(sub, piece, c)
            for s in sub.spans:
                b.spans.append(s)
            txt = sub.text
            b.parts.append(txt)
            b.pos += len(txt)


def form(c: Ctx) -> Builder:
    """A web-form submission: labelled fields, then the free text."""
    rng = c.rng
    b = Builder()
    fill(b, "Onderwerp: " + rng.choice(SUBJECTS) + "\n", c)
    if rng.random() < 0.5:
        b.add("Ingediend via contactformulier\n")
    b.add("\n")
    fill(b, "Naam: {PF}\nE-mail: {MAIL}\n", c)
    if rng.random() < 0.6:
        fill(b, "Telefoon: {PHONE}\n", c)
    if rng.random() < 0.4:
        fill(b, "Bedrijf: {ORG}\n", c)
    if rng.random() < 0.3:
        fill(b, "Adres: {STREET}, {PC} {LOC}\n", c)
    b.add("\nBericht:\n")
    fill(b, rng.choice(["Goedendag, ", "Hallo, ", "", "Beste, "]), c)
    for s in sentences(c, rng.randint(2, 4)):
        fill(b, s + " ", c)
    fill(b, "\n\n" + rng.choice(["Vriendelijke groet,\n{PF}", "Groet, {F}", "{PF}", ""]), c)
    return b


# ---------------------------------------------------------------------------------------------
# prose without names, and modern news-style text with names (our own sentences)

# Capitalised sentence openers that are *not* names: without them a small model learns
# "capitalised word at the start of a line = person" from the templates.
STARTERS: tuple[str, ...] = (
    "Niet", "Samen", "Geen", "Iedereen", "Sindsdien", "Zoals afgesproken", "Nu", "Toch",
    "Daarom", "Bovendien", "Intussen", "Ondertussen", "Gisteren", "Gisteravond", "Vandaag",
    "Morgen", "Eerder", "Later", "Wellicht", "Misschien", "Zelfs dan", "Alleen", "Ook",
    "Maar", "En", "Dus", "Dan", "Daarna", "Vervolgens", "Uiteindelijk", "Opvallend genoeg",
    "Helaas", "Gelukkig", "Nochtans", "Immers", "Overigens", "Verder", "Daarnaast", "Tot slot",
    "Eerst", "Voorlopig", "Sinds maandag", "Na afloop", "Binnenkort", "Hierbij", "Graag",
    "Gelieve", "Vanochtend", "Vanmiddag", "Vorige week", "Volgende maand", "Eigenlijk",
    "Inmiddels", "Blijkbaar", "Kennelijk", "Zojuist", "Tijdelijk", "Hopelijk", "Volgens mij",
    "Normaal gezien", "Ondanks alles", "Achteraf", "Meestal", "Soms", "Nooit", "Altijd",
    "Waarschijnlijk", "Zeker", "Sowieso", "Logisch", "Vreemd", "Tegelijk", "Opnieuw",
)  # fmt: skip
RESTS: tuple[str, ...] = (
    "is het nog steeds niet opgelost", "werkt de verbinding weer normaal",
    "blijft de foutmelding terugkomen", "heb ik niets meer gehoord", "gaat het weer mis",
    "lukt het inloggen niet meer", "is de factuur nog niet betaald", "staat de server weer aan",
    "kreeg ik een melding over de opslag", "is de back-up niet gelukt", "zal dat wel meevallen",
    "heeft niemand iets veranderd aan de instellingen", "is het probleem groter dan gedacht",
    "zijn de prijzen flink gestegen", "blijft de situatie onduidelijk", "gaat de wedstrijd door",
    "verwacht niemand een snelle oplossing", "zijn er geen gewonden gevallen",
    "komt er een nieuw onderzoek", "wil de regering er niets over kwijt",
    "moeten we opnieuw beginnen", "was de schade beperkt", "kan het nog weken duren",
    "is de levering vertraagd", "reageren de meeste klanten positief",
)  # fmt: skip
FIELD_LABELS: tuple[str, ...] = (
    "Diagnose", "Probleem", "Oplossing", "Betaling", "Uitgifte", "Acties", "Status",
    "Opmerking", "Apparaat", "Prioriteit", "Categorie", "Toegang", "Gepland", "Levering",
    "Garantie", "Omschrijving", "Resultaat", "Bijlage", "Reden", "Impact", "Urgentie",
    "Afspraak", "Werkzaamheden", "Onderdelen", "Kosten", "Herinnering", "Melding", "Advies",
)  # fmt: skip
FIELD_VALUES: tuple[str, ...] = (
    "defect", "HOOG", "laag", "NIET doorsturen", "in behandeling", "opgelost", "wacht op klant",
    "vervangen onder garantie", "{AMT}", "{DATE}", "{PROD}", "zie hierboven", "n.v.t.",
    "URGENT", "op rekening", "via {PROD}", "geen", "afgerond om {TIME}", "ja", "nee",
)  # fmt: skip
# Common support-domain words that open lines and sentences capitalised ("Facturen staan
# klaar", "Geregistreerd: ja"): a long list so no single opener is memorised as "not a name".
COMMON_WORDS: tuple[str, ...] = (
    "Facturen", "Betaalverzoeken", "Contactadres", "Geregistreerd", "Pinnen", "Abonnement",
    "Bestelling", "Levering", "Verzending", "Retour", "Terugbetaling", "Aanmaning", "Incasso",
    "Klantgegevens", "Wachtwoord", "Inlog", "Gebruikersnaam", "Account", "Instellingen",
    "Rechten", "Beheerder", "Gebruikers", "Licenties", "Mailbox", "Agenda", "Contacten",
    "Bijlagen", "Opslag", "Schijf", "Printer", "Scanner", "Router", "Modem", "Netwerk",
    "Verbinding", "Wifi", "Kabel", "Voeding", "Accu", "Scherm", "Toetsenbord", "Oplader",
    "Reparatie", "Onderhoud", "Installatie", "Migratie", "Verhuizing", "Overstap", "Opzegging",
    "Verlenging", "Domeinnaam", "Website", "Webshop", "Formulier", "Koppeling", "Export",
    "Import", "Rapport", "Overzicht", "Dashboard", "Offerte", "Contract", "Voorwaarden",
    "Privacyverklaring", "Toestemming", "Nieuwsbrief", "Uitschrijven", "Aanmelden", "Afmelden",
    "Bevestiging", "Verificatie", "Identiteit", "Legitimatie", "Kopie", "Handtekening", "Datum",
    "Tijdstip", "Locatie", "Planning", "Bezorging", "Ophalen", "Gereed", "Geannuleerd",
    "Betaald", "Openstaand", "Verlopen", "Geblokkeerd", "Gewijzigd", "Toegevoegd", "Verwijderd",
    "Hersteld", "Gemeld", "Doorgestuurd", "Beantwoord", "Afgehandeld", "Gesloten", "Heropend",
    "Staan", "Kunnen", "Bedankt", "Excuses", "Vraag", "Antwoord", "Reactie", "Klacht", "Storing",
    "Facturatie", "Boekhouding", "Administratie", "Personeel", "Directie", "Receptie",
    "Magazijn", "Kantoor", "Thuiswerk", "Kassa", "Leerlingen", "Ouders", "Patiënten", "Gasten",
    "Gekocht", "Geleverd", "Aangevraagd", "Ontvangen", "Verstuurd", "Gecontroleerd", "Externe",
    "Interne", "Nieuwe", "Oude", "Aparte", "Laatste", "Eerste", "Tweede", "Welk", "Welke",
)  # fmt: skip
COMMON_RESTS: tuple[str, ...] = (
    "staan klaar in het klantpaneel.", "zijn nog niet verwerkt.", "werkt niet meer.",
    "graag controleren.", "is aangepast.", "volgt later deze week.", "zie bijlage.",
    "moet nog gebeuren.", "klopt niet.", "is in orde.", "kan pas na akkoord van de klant.",
)  # fmt: skip
CAPS_WORDS: tuple[str, ...] = (
    "BSN", "MFA", "AVG", "GDPR", "SSL", "DNS", "VPN", "NAS", "SMTP", "IMAP", "NIET", "GEEN",
    "DRINGEND", "LET OP", "PDF", "CSV", "KvK", "BTW", "FAQ", "API", "SLA", "RMA", "ICT",
)  # fmt: skip
NATIONALITY = (
    "Nederlandse", "Belgische", "Franse", "Duitse", "Spaanse", "Italiaanse", "Amerikaanse",
    "Britse", "Russische", "Turkse", "Poolse", "Braziliaanse", "Marokkaanse", "Keniaanse",
    "Japanse", "Chinese", "Zweedse", "Deense", "Ierse", "Colombiaanse", "Zwitserse",
)  # fmt: skip
NEWS: tuple[str, ...] = (
    "Volgens minister {NP} is er geen reden tot paniek.",
    "{NP} ({NUM}) won zondag de rit naar {NLOC}.",
    '"We hebben goed gespeeld", zei trainer {NP} na afloop.',
    '"Dat is onaanvaardbaar", zegt {NSUR}.',
    "Premier {NP} vertrekt morgen naar {NLOC} voor overleg met {NORG}.",
    "{NORG} heeft {NP} aangesteld als nieuwe directeur.",
    "De aanvaller {NP} scoorde twee keer voor {NORG}.",
    "In {NLOC} kwamen gisteren duizenden mensen op straat.",
    "De politie van {NLOC} heeft een {NUM}-jarige man opgepakt.",
    "{NSUR} speelde vorig seizoen nog bij {NORG}.",
    "Het bedrijf {NORG} uit {NLOC} schrapt honderden banen.",
    "Woordvoerder {NP} van {NORG} bevestigde het nieuws.",
    "{NP}, de burgemeester van {NLOC}, reageerde verbaasd.",
    "Ook {NP} en {NP} zitten in de selectie.",
    "Na de zege op {NORG} staat {NORG} weer aan de leiding.",
    "De {ADJ} renner {NP} werd tweede, achter {NP}.",
    "Het nieuwe boek van {NP} verschijnt in het najaar.",
    "{NP} wordt de nieuwe voorzitter van {NORG}.",
    "Het proces tegen {NP} begint volgende maand in {NLOC}.",
    "Zijn advocaat, {NP}, noemt de aanklacht ongegrond.",
    "De film van regisseur {NP} ging in première in {NLOC}.",
    "Gisteren overleed in {NLOC} de schrijver {NP}.",
    "Volgens {NSUR} is de kans klein dat de regering valt.",
    "Coach {NSUR} wil niet reageren.",
    '{NSUR}: "Ik ben heel tevreden met dit resultaat."',
    "Bondscoach {NP} maakte zijn selectie voor de match tegen {NLOC} bekend.",
    "{NP} ({NORG}) kreeg in de tweede helft een rode kaart.",
    "In de finale klopte {NP} de {ADJ} {NP} in drie sets.",
    "De {ADJ} president {NP} bezoekt volgende week {NLOC}.",
    "{NP} van {NORG} reed de snelste tijd.",
    "Het doelpunt van {NSUR} werd afgekeurd.",
    "{NLOC} en {NLOC} sloten een akkoord over de grens.",
    "Het hoofdkantoor van {NORG} staat in {NLOC}.",
    "Zangeres {NP} treedt op 3 juli op in {NLOC}.",
    "Professor {NP} van de universiteit van {NLOC} leidt het onderzoek.",
    "{NP} is de opvolger van {NP}.",
    '"Ik had dit nooit verwacht", aldus {NSUR}.',
    "Kamerlid {NP} stelde vragen over de zaak.",
    "Ploegmaat {NSUR} moest opgeven met een blessure.",
    "Met {NP} heeft {NORG} een sterke spits binnengehaald.",
    "De {ADJ} ambassadeur in {NLOC}, {NP}, werd ontboden.",
    "Rechter {NP} sprak de verdachte vrij.",
    "{NP} en zijn vrouw {NF} wonen sinds jaren in {NLOC}.",
    "De overname van {NORG} door {NORG} is rond.",
    "Bij {NORG} werken ruim tweeduizend mensen.",
    "{ADJ} toeristen bleven dit jaar weg uit {NLOC}.",
    "Minister {NSUR} geeft toe dat de planning niet haalbaar is.",
    "Vlaams minister van {DOMAIN} {NP} ({ACRO}) wil de regels versoepelen.",
    "Ook minister van {DOMAIN} {NP} ({ACRO}) was aanwezig.",
    "Oppositieleider {NP} diende een motie van wantrouwen in.",
    "Secretaris-generaal {NP} van {NORG} legt uit waarom.",
    "De {ADJ} premier {NSUR} kreeg gisteren de steun van {ACRO}.",
    "{NSUR} benadrukte gisteren dat er geen alternatief is.",
    "{NSUR} zal daarvoor wel de steun van {ACRO} nodig hebben.",
    "{NSUR} hoopt dat ook {NORG} meedoet.",
    "Dat {NSUR} niet meer speelt, verbaast niemand.",
    "{NSUR} gaat zijn verhaal doen bij {NORG}.",
    "{NSUR}: 'We moeten sneller beslissen.'",
    "Op die vraag heeft {NSUR} nu zelf het antwoord gegeven.",
    "{NF} verdween op een zaterdagavond in {NLOC}.",
    "Weerman {NP} noemt de zomer 'ondermaats'.",
    "Volgens woordvoerster {NP} is het dossier rond.",
    "De {NUM}-jarige {NP} werd gisteren opgepakt in {NLOC}.",
    "Het bestuur van {ACRO} koos {NP} als nieuwe voorzitter.",
    "{ACRO} en {ACRO} vormen samen de nieuwe meerderheid.",
    "Bij {ACRO} werken nog {NUM}00 mensen.",
    "De fusie van {NORG} en {ACRO} is rond.",
    "Doelman {NSUR} hield zijn netten schoon.",
    "Kapitein {NP} van {NORG} moest geblesseerd naar de kant.",
    "Het was geen goede dag voor {NSUR}, die 's avonds nog een debat had.",
    "De steun voor het beleid van {NSUR} brokkelt af.",
    "Na een gesprek met {NSUR} trok {NP} zijn kandidatuur in.",
    "De wedstrijd tegen de ploeg van {NSUR} eindigde op 1-1.",
    "Het levensverhaal van {NSUR} komt in de boekhandel.",
    "Volgens de familie van {NF} was er niets aan de hand.",
    "De advocaat van {NSUR} gaat in beroep.",
    "Alleen {NSUR} en {NSUR} haalden de finale.",
    "Een dag later kreeg {NSUR} het bericht dat hij mocht blijven.",
    "Voor {NSUR} is het de derde titel op rij.",
)  # fmt: skip
DOMAINS = (
    "Financiën", "Onderwijs", "Cultuur", "Landbouw", "Mobiliteit",
    "Volksgezondheid", "Justitie", "Defensie", "Economie", "Leefmilieu", "Werk",
)  # fmt: skip


# Capitalised technical terms, UI strings and acronyms seen in tickets (never names).
TECH_TERMS: tuple[str, ...] = (
    "Access denied", "Page not found", "Internal Server Error", "Service Unavailable",
    "NXDOMAIN", "SERVFAIL", "Connection timed out", "Invalid credentials", "Sign in",
    "Settings", "Privacy", "Security", "Instellingen > Account", "Beveiliging", "Rapportages",
    "Exporteren", "Back-upjob", "Taakplanner", "Apparaatbeheer", "Schijfbeheer", "Verkenner",
    "Configuratiescherm", "Windows Update", "Defender", "Authenticator", "LinkedIn", "WhatsApp",
    "Facebook", "Instagram", "QWERTY", "AZERTY", "UBL", "CSV", "PDF", "XML", "JSON", "VPS",
    "MFA", "2FA", "BSN", "SFTP", "iDEAL", "Bancontact", "Payconiq", "PayPal", "API-key",
    "TaxCategory", "InvoiceLine", "Gsm", "Pinautomaat", "Kassasysteem", "Klantpaneel",
)  # fmt: skip
TECH_SENTENCES: tuple[str, ...] = (
    "Ik krijg de melding '{TECH}' als ik {PROD} open.",
    "Bij het opstarten staat er {TECH} in beeld.",
    "Via {TECH} kom ik niet verder dan het inlogscherm.",
    "{TECH} werkt niet meer sinds de update.",
    "De foutcode is {TECH}, zie screenshot.",
    "Kunnen jullie {TECH} voor mij aanzetten?",
    "Ik heb een {PROD} gekocht, maar {TECH} doet het niet.",
    "Export als {TECH} geeft een lege pagina.",
    "Onze {PROD} geeft '{TECH}' na de reset.",
    "The error says {TECH} when I open {PROD}.",
)  # fmt: skip


EXTRA_VOCAB: list[str] = []


def set_extra_vocab(words: list[str]) -> None:
    """Ordinary lowercase words (e.g. from Europeana) to use as capitalised openers.

    Our own opener lists are finite; a model that has only seen those still tags an unseen
    capitalised word at the start of a line ("Klikgeluid", "Kaartnummers") as a name.
    """
    EXTRA_VOCAB[:] = sorted(set(words))


def prose(c: Ctx) -> str:
    """One sentence with a capitalised, non-name opener."""
    rng = c.rng
    if EXTRA_VOCAB and rng.random() < 0.35:
        word = rng.choice(EXTRA_VOCAB).capitalize()
        if rng.random() < 0.5:
            return f"{word}: {rng.choice(FIELD_VALUES)}"
        return f"{word} {rng.choice(RESTS + COMMON_RESTS).rstrip('.')}."
    r = rng.random()
    if r < 0.35:
        tpl = rng.choice(TECH_SENTENCES)
        return tpl.replace("{TECH}", rng.choice(TECH_TERMS)).replace("{PROD}", noise("PROD", c))
    if r < 0.5:
        return f"{rng.choice(STARTERS)} {rng.choice(RESTS)}."
    if r < 0.65:
        word = rng.choice(COMMON_WORDS)
        return rng.choice(
            [f"{word} {rng.choice(COMMON_RESTS)}", f"{word}: {rng.choice(FIELD_VALUES)}"]
        )
    if r < 0.8:
        return f"{rng.choice(FIELD_LABELS)}: {rng.choice(FIELD_VALUES)}"
    return f"{rng.choice(CAPS_WORDS)}: {rng.choice(RESTS)}."


def news_person(rng: random.Random) -> Person:
    if rng.random() < 0.55:
        p = name_pools()
        first, last = rng.choice(p["foreign_first"]), rng.choice(p["foreign_last"])
        return Person(first, "", last, first[0] + ".", False)
    return make_person(rng)


def news_org(rng: random.Random, c: Ctx) -> str:
    if rng.random() < 0.3:
        return rng.choice(NEWS_ORG_FIXED)
    pat = rng.choice(NEWS_ORG_PATTERNS)
    p = name_pools()
    return pat.format(
        town=town(rng, c.flemish), sur=rng.choice(p["nl_last"] + p["be_last"]), brand=make_desk(rng)
    )


# "grammar": the shipped model's recipe (train.py's default: news mostly from news.py's grammar,
# cleaner foreign place names, labels without articles). "fixed": the earlier recipe (news from
# the fixed sentences above), kept so the model card's comparison can be re-run.
NEWS_STYLES = ("fixed", "grammar")
_STYLE = {"news": "fixed"}


def news(c: Ctx) -> Builder:
    """Newspaper-style paragraph: fixed sentences, or mostly the grammar in news.py."""
    if _STYLE["news"] == "grammar" and c.rng.random() < 0.75:
        b = Builder()
        news_grammar.paragraph(b, c.rng, filler=lambda: prose(c))
        return b
    return news_fixed(c)


def news_fixed(c: Ctx) -> Builder:
    """Newspaper-style paragraph: names in running modern Dutch, referred back to by surname."""
    rng = c.rng
    b = Builder()
    people: list[Person] = []
    for k in range(rng.randint(3, 7)):
        if rng.random() < 0.25:
            line = prose(c)
            fill(b, line + (" " if line.endswith(".") else "\n"), c)
            continue
        tpl = rng.choice(NEWS)
        if "{NSUR}" in tpl and not people:
            tpl = tpl.replace("{NSUR}", "{NP}")
        for i, piece in enumerate(re.split(r"\{(\w+)\}", tpl)):
            if i % 2 == 0:
                b.add(piece)
            elif piece == "NP":
                per = news_person(rng)
                people.append(per)
                b.add(per.full if rng.random() < 0.85 else per.with_initials, "PER")
            elif piece == "NSUR":
                b.add(rng.choice(people).last_alone, "PER")
            elif piece == "NF":
                b.add(news_person(rng).first, "PER")
            elif piece == "NLOC":
                pick = rng.random()
                if pick < 0.35:
                    loc = rng.choice(countries())
                elif pick < 0.45:
                    loc = rng.choice(provinces())
                elif pick < 0.7:
                    loc = rng.choice(foreign_towns(clean=_STYLE["news"] == "grammar"))
                else:
                    loc = town(rng, rng.random() < 0.5)
                b.add(loc, "LOC")
            elif piece == "NORG":
                name = news_org(rng, c)
                article, _, rest = name.partition(" ")
                if _STYLE["news"] == "grammar" and article in ("de", "het") and rest:
                    # the article is not part of the name
                    b.add(article + " ")
                    name = rest
                b.add(name, "ORG")
            elif piece == "ADJ":
                b.add(rng.choice(NATIONALITY))
            elif piece == "DOMAIN":
                b.add(rng.choice(DOMAINS))
            elif piece == "ACRO":
                letters = string.ascii_uppercase
                b.add("".join(rng.choice(letters) for _ in range(rng.randint(2, 5))), "ORG")
            else:
                b.add(noise(piece, c))
        b.add("\n" if k % 3 == 2 else " ")
    if rng.random() < 0.3:  # reporter's initials as byline: a person reference
        b.add("(")
        b.add("".join(rng.choice(string.ascii_uppercase) for _ in range(2)), "PER")
        b.add(")")
    return b


KINDS: dict[str, tuple[tuple[Callable[[Ctx], Builder], float], ...]] = {
    "fixed": ((email, 0.30), (ticket, 0.22), (chat, 0.22), (form, 0.05), (news, 0.21)),
    "grammar": ((email, 0.28), (ticket, 0.20), (chat, 0.20), (form, 0.05), (news, 0.27)),
}


def generate(
    n: int, seed: int, vocab: list[str] | None = None, news_style: str = "fixed"
) -> list[tuple[str, list[Span]]]:
    """``n`` messages; the same ``seed``, ``vocab`` and style always give the same messages."""
    if news_style not in NEWS_STYLES:
        raise ValueError(f"news_style must be one of {NEWS_STYLES}")
    _STYLE["news"] = news_style
    set_extra_vocab(vocab or [])
    rng = random.Random(seed)
    out = []
    funcs, weights = zip(*KINDS[news_style], strict=True)
    for _ in range(n):
        c = Ctx(rng)
        b = rng.choices(funcs, weights)[0](c)
        out.append((b.text, b.spans))
    return out


def to_docbin(messages: list[tuple[str, list[Span]]], nlp: spacy.language.Language) -> DocBin:
    """Tokenise with the pipeline's own tokenizer and attach the spans (snapped to tokens)."""
    db = DocBin(store_user_data=False)
    for text, spans in messages:
        doc: Doc = nlp.make_doc(text)
        ents = []
        for s, e, label in spans:
            # trim whitespace/punctuation that slipped into a span
            while s < e and not text[s].isalnum():
                s += 1
            while e > s and not (text[e - 1].isalnum() or text[e - 1] in ".'"):
                e -= 1
            span = doc.char_span(s, e, label=label, alignment_mode="expand")
            if span is not None:
                ents.append(span)
        ents = spacy.util.filter_spans(ents)
        doc.ents = ents
        db.add(doc)
    return db


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--output", type=Path, required=True)
    ap.add_argument("--show", type=int, default=0, help="print this many messages with spans")
    args = ap.parse_args(argv)
    msgs = generate(args.n, args.seed)
    for text, spans in msgs[: args.show]:
        print(text)
        print("  ->", [(text[s:e], lab) for s, e, lab in spans])
        print("-" * 60)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    to_docbin(msgs, spacy.blank("nl")).to_disk(args.output)
    print(f"wrote {len(msgs)} messages to {args.output}")


if __name__ == "__main__":
    main()
