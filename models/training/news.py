"""Modern news-style Dutch paragraphs for the NER recipe, composed from a small grammar.

Why a grammar and not a list of sentences: a CNN trained on a few dozen fixed news sentences
learns the sentences, not the cues. Newspaper text (and the running prose in support mail)
mentions people by bare surname without introduction ("zei Doron", "volgens Vanhaelewyn"), by
role ("de Israëlische premier Yael Doron", "professor Peeters"), with an age or a party in
brackets ("Vera Jacobs ( Groen )"); companies are often one capitalised word ("bij Philips",
"het bedrijf Vandewiele"); nationality words ("Belgische", "de Argentijn") are never names.
Each sentence here is a frame whose slots draw a mention form, a role, a verb and a clause
independently, so the model sees every cue in many combinations.

The organisation and place lists below are general knowledge (countries, capitals, parties,
clubs, media, well-known firms) written for this project; people are always invented from the
name pools.
"""

from __future__ import annotations

import random
import re
import string
from collections.abc import Callable

from pools import Person, brand_word, countries, make_person, name_pools, provinces, town

from pipelines.nationalities import NAT_ADJ, NAT_NEUTER, NAT_NOUN
from pipelines.places import REGIONS, WORLD_CITIES

# --------------------------------------------------------------------------------------------
# places


def place(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        return rng.choice(countries())
    if r < 0.55:
        return rng.choice(WORLD_CITIES)
    if r < 0.7:
        return rng.choice(REGIONS + provinces())
    return town(rng, rng.random() < 0.5)


# --------------------------------------------------------------------------------------------
# organisations

PARTIES: tuple[str, ...] = (
    "CVP", "CD&V", "VLD", "Open VLD", "SP", "sp.a", "Vooruit", "Agalev", "Groen", "Ecolo", "PS",
    "PRL", "MR", "cdH", "Les Engagés", "VU", "N-VA", "Vlaams Blok", "Vlaams Belang", "PVDA",
    "PTB", "FDF", "DéFI", "VVD", "CDA", "PvdA", "D66", "GroenLinks", "ChristenUnie", "SGP",
    "PVV", "BBB", "NSC", "Volt", "Labour", "Conservatieven", "CDU", "CSU", "SPD", "FDP",
    "Likoed", "Arbeiderspartij", "Democraten", "Republikeinen", "ANC", "Fatah", "Hamas",
)  # fmt: skip
INSTITUTIONS: tuple[str, ...] = (
    "Europees Parlement", "Verenigde Naties", "NAVO",
    "Veiligheidsraad", "IOC", "UEFA", "FIFA", "Tweede Kamer", "Eerste Kamer", "Kamer", "Senaat",
    "Vlaams Parlement", "Raad van State", "Grondwettelijk Hof", "Hof van Cassatie",
    "Openbaar Ministerie", "Rekenhof", "ECB", "IMF", "Wereldbank", "OESO",
    "WHO", "Unicef", "Artsen Zonder Grenzen", "Greenpeace", "Amnesty International",
    "KBVB", "KNVB", "ACV", "ABVV", "ACLVB", "FNV", "VBO", "Voka", "Unizo",
    "VRT", "VTM", "RTBF", "NOS", "RTL", "BBC", "CNN", "Reuters", "Belga", "ANP", "AP", "AFP",
    "NMBS", "De Lijn", "NS", "Proximus", "Belgacom", "bpost",
    "KU Leuven", "UGent", "VUB", "Universiteit Antwerpen", "Universiteit van Amsterdam",
    "Staatsveiligheid", "Rijkswacht", "federale politie", "Europol", "Interpol",
)  # fmt: skip
# Institutions take an article that is not part of the name ("de NAVO", "het IOC"); the
# rest of the list is written without one ("Reuters", "Greenpeace").
NEUTER: frozenset[str] = frozenset(
    {"Europees Parlement", "IOC", "Vlaams Parlement", "Grondwettelijk Hof", "Hof van Cassatie",
     "Openbaar Ministerie", "Rekenhof", "IMF", "ACV", "ABVV", "ACLVB", "VBO"}
)  # fmt: skip
BARE: frozenset[str] = frozenset(
    {"Reuters", "Belga", "ANP", "AP", "AFP", "Greenpeace", "Amnesty International",
     "Unicef", "Europol", "Interpol", "Proximus",
     "Belgacom", "bpost", "KU Leuven", "UGent", "VUB", "Voka", "Unizo", "RTL", "CNN", "De Lijn",
     "Universiteit Antwerpen", "Universiteit van Amsterdam", "Staatsveiligheid"}
)  # fmt: skip
FIRMS: tuple[str, ...] = (
    "KLM", "Air France", "Lufthansa", "Ryanair", "Philips", "Shell",
    "Unilever", "Heineken", "Interbrew", "AB InBev", "KBC", "Fortis", "Dexia", "ING", "Belfius",
    "ABN Amro", "Rabobank", "Agfa-Gevaert", "Bekaert", "Barco", "Umicore", "Electrabel",
    "Engie", "Delhaize", "Colruyt", "Ahold", "Carrefour", "Aldi", "Lidl", "Makro", "IKEA",
    "Microsoft", "Apple", "Google", "Intel", "IBM", "Nokia", "Ericsson", "Siemens", "Bayer",
    "BASF", "Volkswagen", "Renault", "Peugeot", "Ford", "Opel", "Toyota", "Volvo",
    "McLaren", "Barclays", "HSBC", "Nestlé",
    "Danone", "Telenet", "Mobistar", "Orange", "Vodafone", "Deloitte",
    "KPMG", "McKinsey", "Boeing", "Airbus", "Janssen Pharmaceutica", "Pfizer", "Novartis",
)  # fmt: skip
CLUBS: tuple[str, ...] = (
    "Anderlecht", "Standard", "AA Gent", "Genk", "Lokeren", "Beveren",
    "Germinal Beerschot", "Lierse", "Westerlo", "Charleroi", "Moeskroen", "Ajax", "PSV",
    "Feyenoord", "AZ", "FC Twente", "Vitesse", "Real Madrid", "Barcelona", "Bayern München",
    "Borussia Dortmund", "Juventus", "AC Milan", "Inter", "Lazio", "Manchester United",
    "Arsenal", "Chelsea", "Liverpool", "Celtic", "Rangers", "Olympique",
    "Rabobank", "Lotto", "Mapei", "Telekom", "Quick-Step", "Jumbo-Visma", "US Postal",
)  # fmt: skip
FIRM_TAILS: tuple[str, ...] = (
    " Bank", " Group", " Groep", " Holding", " Airlines", " Telecom", " Motors", " Pharma",
    " Energy", " Industries", " Systems", " Capital", " Insurance", " Verzekeringen",
    " Media", " Logistics", " Chemicals", " Steel", " Foods", " Partners", " International",
    " Benelux", " Nederland", " België", " Europe",
)  # fmt: skip
MEDIA_NOUNS: tuple[str, ...] = (
    "Standaard", "Morgen", "Tijd", "Telegraaf", "Post", "Courant", "Gazet", "Krant", "Bode",
    "Nieuwsblad", "Dagblad", "Volksblad", "Avondpost", "Koerier", "Stem", "Gids",
)  # fmt: skip


# Nouns that announce an organisation ("de Britse bank X", "het softwarebedrijf X"): in
# newspaper text one-word companies are introduced this way far more often than by a legal
# form, and without them an unknown capitalised word after "bij"/"voor" comes out as a person.
ORG_NOUNS: tuple[str, ...] = (
    "bank", "zakenbank", "verzekeraar", "holding", "groep", "luchtvaartmaatschappij",
    "softwarebedrijf", "softwaremaker", "chipfabrikant", "telecomoperator", "brouwer",
    "supermarktketen", "warenhuisketen", "uitgeverij", "zender", "krant", "omroep", "vakbond",
    "partij", "club", "voetbalclub", "ploeg", "investeerder", "fabrikant", "autobouwer",
    "staalgroep", "chemiebedrijf", "farmabedrijf", "biotechbedrijf", "internetbedrijf",
    "consultant", "makelaar", "beursvennootschap", "rederij", "spoorwegmaatschappij",
    "koerierdienst", "distributeur", "energiebedrijf", "bouwgroep", "modeketen", "webwinkel",
    "start-up", "informaticaspecialist", "dienstverlener", "overheidsbedrijf", "multinational",
)  # fmt: skip
# Nouns that announce a product, software, event or title: capitalised, invented-looking and
# still not an entity of this model ("het softwareprogramma Zyntrax", "de Kessler Cup").
PRODUCT_NOUNS: tuple[str, ...] = (
    "het softwareprogramma", "het programma", "het medicijn", "het computerspel", "het model",
    "het album", "de single", "de roman", "de film", "de serie", "het festival", "de beurs",
    "het merk", "het platform", "de app", "de index", "het vliegtuig", "de wagen",
)  # fmt: skip
ONSETS: tuple[str, ...] = (
    "b", "br", "c", "cl", "d", "f", "fl", "g", "gr", "k", "l", "m", "n", "p", "pr", "r",
    "s", "sw", "st", "t", "tr", "v", "w", "z", "", "", "x", "h", "j", "qu", "sch",
)  # fmt: skip
NUCLEI = ("a", "e", "i", "o", "u", "ai", "ee", "ia", "io", "ou", "y", "au", "ei")
CODAS = ("", "", "", "n", "r", "s", "x", "c", "t", "l", "m", "nd", "rt", "ck", "nk", "st")


def invented_word(rng: random.Random) -> str:
    """A capitalised made-up word ("Swistar", "Netvanta", "Glaunex") for brands and products.

    Why: the syllable pool of ``pools.brand_word`` is small, so its names all look alike; a
    wider spread keeps the model from tying one spelling pattern to one label."""
    n = rng.choice((2, 2, 2, 3))
    # open syllables inside the word, a coda only at its end: "Swi-star", "Tec-trade"
    word = "".join(rng.choice(ONSETS) + rng.choice(NUCLEI[:5]) for _ in range(n - 1))
    word += rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS)
    return word[:1].upper() + word[1:]


def surname(rng: random.Random) -> str:
    p = name_pools()
    pool = rng.choice(["nl_last", "be_last", "foreign_last", "foreign_last"])
    return rng.choice(p[pool])


def firm(rng: random.Random) -> str:
    """A company name: invented words, surnames used as company names, well-known firms."""
    r = rng.random()
    if r < 0.25:
        return rng.choice(FIRMS)
    if r < 0.35:
        return brand_word(rng).split(" ")[0]
    if r < 0.45:
        return invented_word(rng)
    if r < 0.6:  # family firms are named after the family: "Deceuninck", "Van Hool"
        return surname(rng)
    if r < 0.8:
        base = rng.choice([surname(rng), brand_word(rng).split(" ")[0]])
        return base + rng.choice(FIRM_TAILS)
    if r < 0.9:
        return f"{surname(rng)} & {surname(rng)}"
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(2, 4)))


def club(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return rng.choice(CLUBS)
    t = town(rng, rng.random() < 0.6)
    return rng.choice(["FC {t}", "KV {t}", "{t}", "Sporting {t}", "Racing {t}", "SV {t}"]).format(
        t=t
    )


def media(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(("Reuters", "Belga", "ANP", "AP", "AFP", "VRT", "NOS"))
    return f"{rng.choice(['De', 'Het', 'De', 'Het Laatste'])} {rng.choice(MEDIA_NOUNS)}"


def org(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.35:
        return firm(rng)
    if r < 0.55:
        return rng.choice(INSTITUTIONS)
    if r < 0.7:
        return rng.choice(PARTIES)
    if r < 0.85:
        return club(rng)
    return media(rng)


# --------------------------------------------------------------------------------------------
# people

ROLES: tuple[str, ...] = (
    "premier", "minister", "president", "ex-president", "oud-premier", "vicepremier",
    "staatssecretaris", "kanselier", "partijvoorzitter", "voorzitter", "fractieleider",
    "burgemeester", "schepen", "gouverneur", "senator", "kamerlid", "eurocommissaris",
    "ambassadeur", "professor", "econoom", "analist", "onderzoeker", "advocaat", "rechter",
    "onderzoeksrechter", "procureur", "woordvoerder", "woordvoerster", "topman", "ceo",
    "directeur", "bestuurder", "oprichter", "trainer", "coach", "bondscoach", "spits",
    "doelman", "middenvelder", "verdediger", "aanvaller", "renner", "wielrenner", "tennisser",
    "tennisster", "atleet", "zwemmer", "piloot", "zanger", "zangeres", "schrijver", "auteur",
    "regisseur", "acteur", "actrice", "kunstenaar", "fotograaf", "journalist", "televisiemaker",
    "presentator", "concertpromotor", "ploegleider", "manager", "arts", "chirurg", "bisschop",
    "kardinaal", "generaal", "commissaris", "uitdager", "kandidaat", "outsider", "verliezer",
    "winnaar", "verdachte", "getuige", "leider", "ploegmaat", "collega", "oud-minister",
    "architect", "dirigent", "componist", "violist", "pianist", "historicus", "filosoof",
)  # fmt: skip
SAY_PRESENT: tuple[str, ...] = (
    "zegt", "stelt", "meent", "vindt", "betoogt", "benadrukt", "verklaart", "beweert",
    "waarschuwt", "erkent", "ontkent", "denkt", "vreest", "hoopt", "gelooft", "schrijft",
)  # fmt: skip
SAY_PAST: tuple[str, ...] = (
    "zei", "stelde", "meende", "vond", "betoogde", "benadrukte", "verklaarde", "beweerde",
    "waarschuwde", "erkende", "ontkende", "dacht", "vreesde", "hoopte", "liet weten",
    "reageerde", "gaf toe", "schreef", "onderstreepte", "herhaalde",
)  # fmt: skip
SUB_CLAUSES: tuple[str, ...] = (
    "de regering niet zal vallen", "er geen akkoord komt", "de onderhandelingen vastzitten",
    "het plan te duur is", "de cijfers beter zijn dan verwacht", "er nog geen beslissing is",
    "de ploeg klaar is voor de finale", "hij niet opnieuw kandidaat is", "zij geen fouten maakte",
    "de fusie doorgaat", "er banen verdwijnen", "de staking morgen eindigt",
    "de wet moet worden aangepast", "het onderzoek nog maanden duurt", "de winst halveerde",
    "de verkiezingen vervroegd worden", "niemand op de hoogte was", "de prijzen blijven stijgen",
    "de vrede nog ver weg is", "het aandeel ondergewaardeerd is", "de kritiek onterecht is",
    "hij zijn contract niet verlengt", "de grens dicht blijft", "het dossier rond is",
    "de rechtszaak geseponeerd wordt", "er meer geld naar onderwijs moet", "het tij keert",
)  # fmt: skip
QUOTES: tuple[str, ...] = (
    "We hebben goed gespeeld", "Dat is onaanvaardbaar", "Ik ben heel tevreden",
    "Niemand had dit verwacht", "We moeten sneller beslissen", "Dit is een zwarte dag",
    "Het is nog te vroeg om te juichen", "Ik heb niets te verbergen", "We gaan door",
    "De kiezer heeft gesproken", "Het was een moeilijke beslissing", "Dat klopt gewoon niet",
    "We zijn er nog niet", "Ik had dit nooit gedacht", "Dit is pas het begin",
    "Wij willen duidelijkheid", "Ik stop ermee",
)  # fmt: skip
MAIN_CLAUSES: tuple[str, ...] = (
    "is het de derde titel op rij", "komt die beslissing te laat", "is de zaak afgesloten",
    "was het een moeilijk jaar", "blijft de toekomst onzeker", "is het geen verrassing",
    "begint nu het echte werk", "telt alleen de overwinning", "is er geen weg terug",
)  # fmt: skip
EVENT_OBJECTS: tuple[str, ...] = (
    "de rit", "de wedstrijd", "de finale", "het toernooi", "de verkiezingen", "de prijs",
    "de sprint", "de titel", "het debat", "de stemming", "de tijdrit", "de eerste ronde",
)  # fmt: skip
ACTIONS: tuple[str, ...] = (
    "won {EV} in {L}", "verloor {EV} van {P}", "kreeg een rode kaart", "scoorde twee keer",
    "nam ontslag", "werd gisteren opgepakt in {L}", "trok zijn kandidatuur in",
    "stapt over naar {ORG}", "tekende een contract bij {ORG}", "werd herkozen",
    "ontmoette {P} in {L}", "bezoekt volgende week {L}", "leidt voortaan {ORG}",
    "verliet {ORG} na {N} jaar", "kreeg de steun van {ORG}", "ging in beroep",
    "diende een klacht in tegen {ORG}", "sprak de verdachte vrij", "werd tweede achter {P}",
    "blijft voorzitter van {ORG}", "verhuisde naar {L}", "overleed gisteren in {L}",
    "stond als verliezer op het podium", "was niet in staat om te reageren",
)  # fmt: skip


def person(rng: random.Random) -> Person:
    p = make_person(rng)
    if rng.random() < 0.5:
        pools = name_pools()
        first = rng.choice(pools["world_first"])
        p = Person(first, "", rng.choice(pools["world_last"]), first[0] + ".", False)
    return p


def mention(p: Person, rng: random.Random, known: bool) -> str:
    """How a newspaper writes a person: bare surname most often once they are known."""
    r = rng.random()
    if r < (0.6 if known else 0.2):
        return p.last_alone
    if r < 0.92:
        return p.full
    if r < 0.97:
        return p.with_initials
    return p.first


# Capitalised words that are not PER/LOC/ORG: events, titles, products, languages, headline
# nouns. Without them a model trained on bare surnames takes every capitalised word for a name.
EVENTS: tuple[str, ...] = (
    "de Tour", "de Ronde van Vlaanderen", "het WK", "het EK",
    "de Champions League", "Wimbledon", "Roland Garros",
    "Pukkelpop", "Rock Werchter", "het Songfestival", "de Nobelprijs", "de Gouden Schoen",
    "de Dodentocht", "Koningsdag", "Pasen", "Kerstmis", "de Ramadan", "Allerheiligen",
    "de Gay Pride", "het Filmfestival", "de Boekenbeurs", "de Vuelta", "de Giro",
)  # fmt: skip
TITLE_WORDS: tuple[str, ...] = (
    "Zomer", "Huis", "Nacht", "Storm", "Stilte", "Spiegel", "Reis", "Vlucht", "Droom",
    "Avond", "Stad", "Weg", "Tijd", "Liefde", "Oorlog", "Vrede", "Zee", "Wind", "Vuur",
)  # fmt: skip
PRODUCTS_NEWS: tuple[str, ...] = (
    "Windows", "iPhone", "Linux", "Playstation", "Walkman", "Boeing 747", "Golf",
    "Twingo", "Mondeo", "Astra", "Internet Explorer", "Excel", "Word",
)  # fmt: skip
HEADLINE_NOUNS: tuple[str, ...] = (
    "Staking", "Record", "Onrust", "Overname", "Fusie",
    "Brand", "Ongeval", "Verkiezingen", "Begroting", "Kritiek", "Protest", "Akkoord", "Crisis",
    "Schandaal", "Rechtszaak", "Ontslagen", "Winst", "Verlies", "Beurs", "Transfer", "Zege",
    "Nederlaag", "Aanslag", "Overstromingen", "Hervorming", "Vakbonden", "Pensioenen",
)  # fmt: skip


def title(rng: random.Random) -> str:
    """An invented book/film/show title: capitalised words that are nobody's name."""
    words = rng.sample(TITLE_WORDS, rng.randint(1, 2))
    return f"{rng.choice(['De', 'Het', 'Een', ''])} {' '.join(words)}".strip()


# --------------------------------------------------------------------------------------------
# the grammar


class NewsWriter:
    """Writes one paragraph into a ``Builder`` (see generate.py), keeping who was mentioned."""

    def __init__(self, b, rng: random.Random) -> None:  # b: generate.Builder
        self.b = b
        self.rng = rng
        self.people: list[Person] = []

    def per(self) -> None:
        rng = self.rng
        if self.people and rng.random() < 0.4:
            p, known = rng.choice(self.people), True
        else:
            p, known = person(rng), False
            self.people.append(p)
        self.b.add(mention(p, rng, known), "PER")

    def role_per(self, capital: bool = False) -> None:
        """ "de Israëlische premier Yael Doron", "professor Peeters", "topman Jan Smet"."""
        rng = self.rng
        role = rng.choice(ROLES)
        r = rng.random()
        if r < 0.35:
            words = f"de {rng.choice(NAT_ADJ)} {role}"
        elif r < 0.5:
            age = f"{rng.randint(18, 89)}-jarige " if rng.random() < 0.5 else ""
            words = f"de {age}{role}"
        else:
            words = role
        if capital:
            words = words[0].upper() + words[1:]
        self.b.add(words + " ")
        self.per()

    def subject(self, capital: bool = False) -> None:
        r = self.rng.random()
        if r < 0.55:
            self.per()
        elif r < 0.85:
            self.role_per(capital)
        else:
            self.per()
            self.b.add(" ( ")
            if self.rng.random() < 0.5:
                self.b.add(str(self.rng.randint(19, 88)))
            else:
                self.b.add(self.rng.choice(PARTIES), "ORG")
            self.b.add(" )")

    def text(self, template: str) -> None:
        """Fill ``{P}`` (person), ``{RP}`` (role + person), ``{ORG}``, ``{L}``, ``{N}`` ..."""
        rng = self.rng
        pieces = re.split(r"\{(\w+)\}", template)
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                self.b.add(piece)
            elif piece == "P":
                self.per()
            elif piece == "S":
                self.subject(capital=i == 1 and not pieces[0])
            elif piece == "RP":
                self.role_per(capital=i == 1 and not pieces[0])
            elif piece == "ORG":
                name = org(rng)
                if name in INSTITUTIONS and name not in BARE and rng.random() < 0.85:
                    self.b.add("het " if name in NEUTER else "de ")
                self.b.add(name, "ORG")
            elif piece == "FIRM":
                self.b.add(firm(rng), "ORG")
            elif piece == "PARTY":
                self.b.add(rng.choice(PARTIES), "ORG")
            elif piece == "CLUB":
                self.b.add(club(rng), "ORG")
            elif piece == "MEDIA":
                self.b.add(media(rng), "ORG")
            elif piece == "L":
                self.b.add(place(rng), "LOC")
            elif piece == "N":
                self.b.add(str(rng.randint(2, 60)))
            elif piece == "ADJ":
                self.b.add(rng.choice(NAT_ADJ))
            elif piece == "NAT":
                self.b.add(rng.choice(NAT_NOUN))
            elif piece == "NEU":
                self.b.add(rng.choice(NAT_NEUTER))
            elif piece == "SAY":
                self.b.add(rng.choice(SAY_PRESENT + SAY_PAST))
            elif piece == "SUB":
                self.b.add(rng.choice(SUB_CLAUSES))
            elif piece == "Q":
                self.text(rng.choice(QUOTES))
            elif piece == "MAIN":
                self.b.add(rng.choice(MAIN_CLAUSES))
            elif piece == "ACT":
                self.text(rng.choice(ACTIONS))
            elif piece == "EV":
                self.b.add(rng.choice(EVENT_OBJECTS))
            elif piece == "EVENT":
                self.b.add(rng.choice(EVENTS))
            elif piece == "TITLE":
                self.b.add(title(rng))
            elif piece == "PROD":
                self.b.add(rng.choice(PRODUCTS_NEWS))
            elif piece == "ORGN":  # "de Britse bank X", "het softwarebedrijf X"
                noun = rng.choice(ORG_NOUNS)
                adj = f"{rng.choice(NAT_ADJ)} " if rng.random() < 0.4 else ""
                self.b.add(f"{'de' if adj or rng.random() < 0.7 else 'het'} {adj}{noun} ")
                self.b.add(firm(rng), "ORG")
            elif piece == "PRODX":  # "het softwareprogramma Zyntrax": not an entity
                self.b.add(f"{rng.choice(PRODUCT_NOUNS)} {invented_word(rng)}")
            elif piece == "HEAD":
                self.b.add(rng.choice(HEADLINE_NOUNS))
            else:
                raise KeyError(piece)


FRAMES: tuple[str, ...] = (
    "{S} {SAY} dat {SUB}.",
    '" {Q} ", {SAY} {S}.',
    '" {Q} . " Dat {SAY} {S} gisteren.',
    "{Q}, aldus {P}.",
    "Volgens {S} {MAIN}.",
    "Voor {P} {MAIN}.",
    "Met {P} {MAIN}.",
    "Na het vertrek van {P} {MAIN}.",
    "Dat {P} {SUB}, is een publiek geheim.",
    "{S} {ACT}.",
    "{S} {ACT}.",
    "{S} {ACT}.",
    "Gisteren {ACT} {P} nog niet.",
    "Ook {P} {ACT}.",
    "{P} en {P} {ACT}.",
    "{P}, {P} en {P} zitten in de selectie.",
    "{P} is de opvolger van {P}.",
    "Het proces tegen {P} begint volgende maand in {L}.",
    "De advocaat van {P}, {P}, gaat in beroep.",
    "{P} ( {N} ) {ACT}.",
    "{P} ( {PARTY} ) {SAY} dat {SUB}.",
    "Minister {P} ( {PARTY} ) wil de regels versoepelen.",
    "{RP} ( {PARTY} ) {SAY} dat {SUB}.",
    "Het voorstel van {RP} kreeg geen meerderheid.",
    "{S} wil niet reageren.",
    "{P} speelde vorig seizoen nog bij {CLUB}.",
    "{CLUB} won met {N}-{N} van {CLUB}.",
    "{P} ( {CLUB} ) {ACT}.",
    "In {L} {ACT} {P}.",
    "In {L} kwamen gisteren duizenden mensen op straat.",
    "{L} en {L} sloten een akkoord.",
    "De spanning tussen {L} en {L} loopt op.",
    "{ORG} heeft {P} aangesteld als nieuwe directeur.",
    "{FIRM} neemt {FIRM} over voor {N} miljoen euro.",
    "Het aandeel {FIRM} won {N} procent op de beurs van {L}.",
    "Het {ADJ} bedrijf {FIRM} schrapt {N}00 banen.",
    "{FIRM} sluit zijn vestiging in {L}.",
    "Bij {FIRM} werken nog {N}00 mensen.",
    "De {ADJ} bank {FIRM} is in moeilijkheden.",
    "Dat meldt {MEDIA}.",
    "Dat schrijft de krant {MEDIA}.",
    "{FIRM} en {FIRM} sluiten een samenwerkingsakkoord.",
    "De {ADJ} regering wil {SUB}.",
    "De {ADJ} ploeg won in {L}.",
    "Het {ADJ} parlement stemde in met het plan.",
    "De {NAT} won de sprint in {L}.",
    "{ORG} en {ORG} vormen samen de nieuwe meerderheid.",
    "De {ADJ} toeristen bleven dit jaar weg uit {L}.",
    "De politie van {L} heeft een {N}-jarige man opgepakt.",
    "{P} werd geboren in {L} en groeide op in {L}.",
    "Het nieuwe boek van {P} verschijnt in het najaar bij {FIRM}.",
    "De film van {RP} ging in première in {L}.",
    "{EVENT} begint dit jaar in {L}.",
    "Na {EVENT} gaat hij met pensioen.",
    "{EVENT} trok dit jaar {N}.000 bezoekers.",
    "Tijdens {EVENT} werd niemand opgepakt.",
    "Het boek ' {TITLE} ' verschijnt in het najaar.",
    "De film {TITLE} won de prijs in {L}.",
    "{TITLE} is de nieuwe roman van {P}.",
    "De nieuwe {PROD} komt volgend jaar op de markt.",
    "Met {PROD} werd het bedrijf groot.",
    "{HEAD} bij {FIRM}: {N}00 jobs bedreigd.",
    "{HEAD} in {L} duurt voort.",
    "{HEAD} zonder winnaar.",
    "{HEAD} : de {ADJ} regering ligt onder vuur.",
    "Nooit eerder waren er zoveel {ADJ} toeschouwers.",
    "Gisteren was het {ADJ} parlement het niet eens met {ORG}.",
    "Zowel de {ADJ} als de {ADJ} ploeg haalde de finale.",
    "Wie de {NAT} kent, weet dat {SUB}.",
    "Het {NEU} elftal verloor in {L}.",
    "Hij spreekt vloeiend {NEU} en {NEU}.",
    "De {ORG}-top vergadert morgen.",
    "Volgens {ORGN} {MAIN}.",
    "{S} stapt over naar {ORGN}.",
    "Ook {ORGN} {SAY} dat {SUB}.",
    "{FIRM} , {ORGN} , {SAY} dat {SUB}.",
    "Bij {ORGN} werken {N}00 mensen.",
    "De overname van {FIRM} door {ORGN} is rond.",
    "{ORGN} kondigde gisteren {N}00 ontslagen aan.",
    "{RP} van {ORGN} {SAY} dat {SUB}.",
    "{P} , topman van {FIRM} , {SAY} dat {SUB}.",
    "{FIRM}-topman {P} {SAY} dat {SUB}.",
    "De aandeelhouders van {FIRM} keurden het plan goed.",
    "{PRODX} werd gisteren voorgesteld in {L}.",
    "Met {PRODX} wil {FIRM} de markt veroveren.",
    "{S} werkt al jaren aan {PRODX}.",
    "{PRODX} is een succes in {L}.",
)  # fmt: skip
HEADLINES: tuple[str, ...] = (
    "{HEAD} in {L}", "{HEAD} bij {FIRM}", "{HEAD} dreigt", "{HEAD} : {Q}", "{EVENT} zonder {P}",
    "{P} {ACT}", "{FIRM} schrapt {N}00 banen",
    "{CLUB} wint van {CLUB}", "{L} kiest voor {P}", "Opnieuw onrust in {L}",
    "{P} : ' {Q} '", "Staking bij {FIRM}", "Record voor {P}",
)  # fmt: skip


def paragraph(b, rng: random.Random, filler: Callable[[], str] | None = None) -> None:
    """One article: an optional headline, 3-8 sentences, an optional byline or agency."""
    w = NewsWriter(b, rng)
    if rng.random() < 0.3:
        w.text(rng.choice(HEADLINES))
        b.add("\n")
    for k in range(rng.randint(3, 8)):
        if filler is not None and rng.random() < 0.25:
            b.add(filler() + " ")
            continue
        w.text(rng.choice(FRAMES))
        b.add("\n" if k % 3 == 2 else " ")
    r = rng.random()
    if r < 0.15:  # author line
        b.add("\n")
        b.add(person(rng).full, "PER")
    elif r < 0.25:
        b.add("\n( ")
        b.add(media(rng), "ORG")
        b.add(" )")
    elif r < 0.35:  # reporter's initials as byline: a person reference
        b.add("(")
        b.add("".join(rng.choice(string.ascii_uppercase) for _ in range(2)), "PER")
        b.add(")")
