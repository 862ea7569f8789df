"""Name, place, company and noise pools for the synthetic support-message generator.

Names come from Faker's person providers (MIT): ``nl_NL`` and ``nl_BE`` for the bulk, and a
handful of other locales because Dutch and Flemish support desks see many customers with
Turkish, Polish, Moroccan, Surinamese, English, ... names. Faker's Dutch surname list is
historic and short, so surnames are *composed*: bare surnames get Dutch tussenvoegsels
(van, de, van der, ter, van 't, in 't ...) and double names with a hyphen. Company names are
composed from our own word parts so that the model learns that "Garage Verhaegen bv" or
"FixPunt Deventer" is an organisation although it contains a surname or a town.

Everything here is deterministic given the ``random.Random`` passed in.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from faker import Faker

# Locales whose names we mix in, with a weight: Dutch/Flemish names dominate.
FOREIGN_LOCALES: tuple[str, ...] = (
    "tr_TR",
    "pl_PL",
    "en_GB",
    "fr_FR",
    "de_DE",
    "es_ES",
    "it_IT",
    "pt_PT",
    "ro_RO",
    "id_ID",
    "en_IN",
    "hu_HU",
    "cs_CZ",
    "fr_BE",
)

# Written by us: common first names and surnames of Moroccan, Surinamese, Antillean,
# Ghanaian/Congolese and Chinese-Dutch customers, which no Faker locale covers in Latin script.
OWN_FIRST_NAMES: tuple[str, ...] = (
    "Mohamed",
    "Youssef",
    "Hamza",
    "Bilal",
    "Ilias",
    "Soufiane",
    "Khadija",
    "Fatiha",
    "Samira",
    "Zineb",
    "Nadia",
    "Rachid",
    "Said",
    "Anouar",
    "Latifa",
    "Hafsa",
    "Imane",
    "Ayoub",
    "Nordin",
    "Ikram",
    "Kavita",
    "Sunil",
    "Rajesh",
    "Shanti",
    "Radjen",
    "Anil",
    "Ashwin",
    "Sharmila",
    "Dewkoemar",
    "Rosita",
    "Quincy",
    "Jurgen",
    "Shirley",
    "Roxanne",
    "Gerlinda",
    "Kwame",
    "Ama",
    "Kofi",
    "Esi",
    "Patience",
    "Grace",
    "Blessing",
    "Divine",
    "Wei",
    "Ling",
    "Jun",
    "Mei",
    "Xiaoyu",
    "Thanh",
    "Linh",
    "Minh",
    "Tuan",
    "Dara",
)
OWN_SURNAMES: tuple[str, ...] = (
    "El Idrissi",
    "Benali",
    "Amrani",
    "El Khatib",
    "Ouali",
    "Azzouzi",
    "Boukhari",
    "Tahiri",
    "El Ouardi",
    "Ait Taleb",
    "Lahlou",
    "Haddouchi",
    "Marzouki",
    "Rahmouni",
    "Bakkali",
    "Ramautar",
    "Sewdien",
    "Bhagwandin",
    "Kallan",
    "Mahabier",
    "Ramsaroep",
    "Jadnanansing",
    "Wongsodikromo",
    "Karijo",
    "Kromosoeto",
    "Doelwijt",
    "Fraenk",
    "Zschuschen",
    "Martina",
    "Isenia",
    "Rosalia",
    "Mensah",
    "Owusu",
    "Boateng",
    "Asante",
    "Kabongo",
    "Lumumba",
    "Nsimba",
    "Chen",
    "Wang",
    "Zhang",
    "Li",
    "Nguyen",
    "Tran",
    "Pham",
    "Le",
)

# Surnames that are also ordinary Dutch words: a model that sees them only as names
# over-redacts ("de bakker"), one that never sees them as names misses "Gerard Bakker".
WORD_SURNAMES: tuple[str, ...] = (
    "Bakker", "Visser", "Boer", "Koning", "Roos", "Mol", "Vos", "Kok", "Wit", "Zwart",
    "Schipper", "Smit", "Groen", "Dekker", "Mulder", "Brouwer", "Timmerman", "Kramer",
    "Molenaar", "Jager", "Post", "Wolf", "Vink", "Haas", "Bos", "Prins", "Graaf", "Koster",
    "Hoek", "Bruin", "Lange", "Kuiper", "Winter", "Zomer", "Baas", "Snoek", "Kaal", "Goud",
    "Haan", "Jong", "Klein", "Groot", "Leeuw", "Mees", "Valk", "Storm", "Blom", "Hof",
)  # fmt: skip

TUSSENVOEGSELS: tuple[tuple[str, int], ...] = (
    ("van", 10), ("de", 12), ("van der", 6), ("van de", 5), ("van den", 4), ("ter", 2),
    ("te", 1), ("van 't", 2), ("in 't", 1), ("den", 1), ("van het", 1), ("op de", 1),
    ("'t", 1), ("ten", 1), ("der", 1), ("in de", 1),
)  # fmt: skip

# Flemish surnames keep their particle capitalised and often written together.
FLEMISH_PARTICLES: tuple[str, ...] = (
    "Van",
    "De",
    "Van de",
    "Van den",
    "Vande",
    "Vanden",
    "Van der",
)

DESK_PARTS_A: tuple[str, ...] = (
    "Polder", "Web", "Kade", "Factuur", "Boek", "Leie", "Kempen", "Fix", "Net", "Data", "Cloud",
    "Digi", "Mail", "Pixel", "Duin", "Dijk", "Molen", "Tulp", "Haven", "Schelde", "Maas", "Klik",
    "Snel", "Reken", "Bits", "Server", "Laptop", "Pc", "Tele", "Glas", "Veen", "Zee", "Berg",
    "Wad", "IJssel", "Brabant", "Rivier", "Toren", "Brug", "Sluis", "Stroom", "Lucht",
)  # fmt: skip
DESK_PARTS_B: tuple[str, ...] = (
    "host", "kade", "flow", "vink", "punt", "net", "hub", "soft", "ware", "desk", "data",
    "works", "kliniek", "dokter", "hulp", "link", "kracht", "boek", "nest", "lab", "plein",
    "mail", "cloud", "base", "line", "pro", "huis",
)  # fmt: skip
DESK_SUFFIX: tuple[str, ...] = (
    "",
    "",
    "",
    " Hosting",
    " ICT",
    " IT",
    " BV",
    " B.V.",
    " Support",
    " Helpdesk",
    " Services",
)

TRADE_WORDS: tuple[str, ...] = (
    "Administraties", "Advies", "Installatietechniek", "Bouw", "Transport", "Schilderwerken",
    "Fotografie", "Interieurbouw", "Hoveniers", "Accountants", "Makelaardij", "Tandartsen",
    "Loodgieters", "Dakwerken", "Vastgoed", "Consultancy", "Media", "Design", "Logistiek",
    "Metaalwerken", "Verzekeringen", "Catering", "Kinderopvang", "Autoschade", "Elektro",
)  # fmt: skip
TRADE_PREFIX: tuple[str, ...] = (
    "Garage", "Bakkerij", "Slagerij", "Schrijnwerkerij", "Kapsalon", "Bloemenatelier",
    "Fietsenmaker", "Drukkerij", "Advocatenkantoor", "Tandartspraktijk", "Huisartsenpraktijk",
    "Autobedrijf", "Timmerbedrijf", "Schildersbedrijf", "Notariskantoor", "Praktijk",
    "Kinesitherapie", "Tekstbureau", "Vertaalbureau", "Hoveniersbedrijf", "Brasserie", "Hotel",
    "Camping", "Café", "Restaurant", "Stichting", "Vereniging", "Bouwbedrijf", "Studio",
    "Rijschool", "Apotheek", "Dierenkliniek", "Optiek", "Boekhandel", "Installatiebedrijf",
)  # fmt: skip
LEGAL_FORMS: tuple[str, ...] = (
    "",
    "",
    "",
    " bv",
    " BV",
    " B.V.",
    " nv",
    " NV",
    " vof",
    " VOF",
    " & Zn.",
    " bvba",
    " Groep",
)
KNOWN_ORGS: tuple[str, ...] = (
    "KPN", "Ziggo", "Proximus", "Telenet", "ING", "Rabobank", "ABN AMRO", "Belfius", "KBC",
    "bol.com", "PostNL", "bpost", "Coolblue", "Belastingdienst", "Autoriteit Persoonsgegevens",
    "Gegevensbeschermingsautoriteit", "Microsoft", "Google", "Apple", "Mollie", "Stripe",
    "Exact", "Twinfield", "Odido", "Odido Zakelijk", "DHL", "Vodafone", "Orange", "Eneco",
    "Vattenfall", "Essent", "NS", "De Lijn", "gemeente", "Kamer van Koophandel", "FNV",
    "Unizo", "Acerta", "SD Worx", "Randstad", "Albert Heijn", "Colruyt", "Delhaize", "Hema",
)  # fmt: skip

PRODUCTS: tuple[str, ...] = (
    "Microsoft 365", "Office 365", "Outlook", "Teams", "Excel", "Word", "OneDrive",
    "SharePoint", "Windows 11", "Windows 10", "macOS Sonoma", "iOS 17", "Android", "WordPress",
    "WooCommerce", "Magento", "Shopify", "Joomla", "Drupal", "cPanel", "Plesk", "DirectAdmin",
    "Veeam", "Synology DS920+", "Synology DS1522+", "QNAP TS-464", "ThinkPad T14",
    "ThinkPad X1 Carbon", "MacBook Air", "MacBook Pro", "iPhone 13", "iPhone 15",
    "Galaxy S23", "Pixel 8", "Surface Pro 9", "HP EliteBook 840", "Dell Latitude 5440",
    "Brother MFC-L3770CDW", "HP LaserJet Pro", "Canon Pixma", "FortiGate 60F", "UniFi",
    "Ubiquiti", "Sophos", "Bitdefender", "ESET", "Acronis", "Dropbox", "Google Workspace",
    "Gmail", "Thunderbird", "Chrome", "Firefox", "Edge", "AnyDesk", "TeamViewer", "Zoom",
    "Exchange Online", "Azure AD", "Intune", "BitLocker", "Let's Encrypt", "PHP 8.2", "MySQL",
    "Nextcloud", "Roundcube", "Webmail", "Factuur Plus", "Start", "Pro", "Premium", "Basis",
)  # fmt: skip

MAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl",
    "xs4all.nl", "planet.nl", "home.nl", "hetnet.nl", "telenet.be", "skynet.be", "proximus.be",
    "hotmail.be", "icloud.com", "protonmail.com", "yahoo.com", "upcmail.nl", "casema.nl",
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    """One invented person: the parts needed to write the name in the ways people do."""

    first: str
    particle: str  # Dutch tussenvoegsel, lowercase ("van der"), or "" / Flemish "Van"
    surname: str  # the capitalised core, possibly double ("Jansen-de Boer")
    initials: str  # "H.J."
    flemish: bool

    @property
    def last(self) -> str:
        """Surname with its particle as written after a first name or initials."""
        return f"{self.particle} {self.surname}".strip()

    @property
    def last_alone(self) -> str:
        """Surname as written after "mevrouw"/"dhr." without a first name: "De Vries"."""
        if not self.particle:
            return self.surname
        return f"{self.particle[0].upper()}{self.particle[1:]} {self.surname}"

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def with_initials(self) -> str:
        return f"{self.initials} {self.last}"

    def email(self, rng: random.Random, domain: str | None = None) -> str:
        """An address derived from the name, as real ones are (never labelled as a person)."""
        f = _ascii(self.first.lower())
        s = _ascii(self.last.lower().replace(" ", "").replace("'", "").replace("-", ""))
        dom = domain or rng.choice(MAIL_DOMAINS)
        local = rng.choice(
            [f"{f}.{s}", f"{f}{s}", f"{f[0]}.{s}", f"{s}{rng.randint(1, 99)}", f, f"{f}_{s}"]
        )
        return f"{local}@{dom}"


_ASCII_MAP = str.maketrans(
    "áàâäãåçéèêëíìîïñóòôöõøúùûüýÿışğłńśźżčřšžőűăţș",
    "aaaaaaceeeeiiiinoooooouuuuyyisglnszzcrszouats",
)


def _ascii(text: str) -> str:
    return "".join(
        c for c in text.translate(_ASCII_MAP) if (c.isascii() and c.isalnum()) or c in "._"
    )


@cache
def _faker_names(locale: str, n: int = 300) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """First names and surnames from one Faker locale, seeded so the pools never change."""
    fk = Faker(locale)
    fk.seed_instance(1234)
    firsts = tuple(dict.fromkeys(fk.first_name() for _ in range(n)))
    lasts = tuple(dict.fromkeys(fk.last_name() for _ in range(n)))
    return firsts, lasts


def _clean(names: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Single-token capitalised names only: Faker's nl_NL list carries historic oddities."""
    out = []
    for n in names:
        if " " in n or "," in n or not n[:1].isupper() or len(n) < 2:
            continue
        out.append(n)
    return tuple(dict.fromkeys(out))


@cache
def name_pools() -> dict[str, tuple[str, ...]]:
    """All name pools, built once."""
    from faker.providers.person.nl_BE import Provider as BE
    from faker.providers.person.nl_NL import Provider as NL

    nl_first = _clean(list(NL.first_names)) + _faker_names("nl_NL")[0]
    be_first = _clean(list(BE.first_names))
    nl_last = _clean(list(NL.last_names))
    be_last = _clean(list(BE.last_names))
    foreign_first: list[str] = list(OWN_FIRST_NAMES)
    foreign_last: list[str] = list(OWN_SURNAMES)
    for loc in FOREIGN_LOCALES:
        f, s = _faker_names(loc, 120)
        foreign_first += [x for x in f if x.isalpha()]
        foreign_last += [x for x in s if x.replace("-", "").replace("'", "").isalpha()]
    world_first, world_last = list(foreign_first), list(foreign_last)
    for loc in WORLD_LOCALES:
        f, s = _faker_names(loc, 80)
        world_first += [_latin(x) for x in f]
        world_last += [_latin(x) for x in s]
    return {
        "world_first": tuple(dict.fromkeys(x for x in world_first if _is_name_word(x))),
        "world_last": tuple(dict.fromkeys(x for x in world_last if _is_name_word(x))),
        "nl_first": tuple(dict.fromkeys(nl_first)),
        "be_first": be_first,
        "nl_last": nl_last,
        "be_last": be_last,
        "foreign_first": tuple(dict.fromkeys(foreign_first)),
        "foreign_last": tuple(dict.fromkeys(foreign_last)),
    }


# More locales for people in the news (politicians, athletes, artists from everywhere); kept
# out of the customer pools so that those stay weighted towards Dutch and Flemish desks'
# customers. Cyrillic and Greek names are transliterated the way Dutch papers print them.
WORLD_LOCALES: tuple[str, ...] = (
    "en_US", "en_IE", "de_AT", "sv_SE", "no_NO", "da_DK", "fi_FI", "et_EE", "lt_LT", "lv_LV",
    "sk_SK", "sl_SI", "hr_HR", "es_AR", "es_MX", "pt_BR", "az_AZ", "en_PK", "yo_NG", "ha_NG",
    "ig_NG", "tw_GH", "zu_ZA", "sw", "en_KE", "ru_RU", "uk_UA", "bg_BG", "el_GR",
)  # fmt: skip
_TRANSLIT = {
    **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziiklmnoprstufye", strict=True)),
    "ё": "jo", "ж": "zj", "х": "ch", "ц": "ts", "ч": "tsj", "ш": "sj", "щ": "sjtsj", "ъ": "",
    "ь": "", "ю": "joe", "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g",
    **dict(zip("αβγδεζηθικλμνξοπρστυφχψω", ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k",
        "l", "m", "n", "x", "o", "p", "r", "s", "t", "y", "f", "ch", "ps", "o"], strict=True)),
    "ς": "s", "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o",
}  # fmt: skip


def _latin(name: str) -> str:
    """Transliterate Cyrillic/Greek letters; Latin names pass through unchanged."""
    out = "".join(_TRANSLIT.get(c.lower(), c) if not c.isascii() else c for c in name)
    return out[:1].upper() + out[1:] if out != name else name


def _is_name_word(name: str) -> bool:
    return len(name) > 1 and name[:1].isupper() and name.replace("-", "").replace("'", "").isalpha()


@cache
def place_pools() -> dict[str, tuple[str, ...]]:
    """Towns and street names from Faker's nl_NL and nl_BE address providers."""
    from faker.providers.address.nl_BE import Provider as BEA
    from faker.providers.address.nl_NL import Provider as NLA

    nl = Faker("nl_NL")
    nl.seed_instance(99)
    be = Faker("nl_BE")
    be.seed_instance(99)
    nl_streets = tuple(dict.fromkeys(nl.street_name() for _ in range(600)))
    be_streets = tuple(dict.fromkeys(be.street_name() for _ in range(400)))
    return {
        "nl_towns": tuple(c for c in NLA.cities if len(c) > 2),
        "be_towns": tuple(c for c in BEA.cities if len(c) > 2),
        "nl_streets": nl_streets,
        "be_streets": be_streets,
    }


def make_person(rng: random.Random, flemish: bool | None = None) -> Person:
    """Compose a person the way names occur in Dutch/Flemish support mail."""
    p = name_pools()
    if flemish is None:
        flemish = rng.random() < 0.35
    r = rng.random()
    if r < 0.22:  # customer with a foreign name
        first = rng.choice(p["foreign_first"])
        surname = rng.choice(p["foreign_last"])
        particle = ""
        if rng.random() < 0.15:
            first = f"{first} {rng.choice(p['foreign_first'])}"
    else:
        first = rng.choice(p["be_first"] if flemish and rng.random() < 0.7 else p["nl_first"])
        if rng.random() < 0.06:
            first = f"{first}-{rng.choice(p['be_first'] if flemish else p['nl_first'])}"
        pool = p["be_last"] if flemish else p["nl_last"]
        surname = rng.choice(WORD_SURNAMES) if rng.random() < 0.25 else rng.choice(pool)
        particle = ""
        if flemish:
            if rng.random() < 0.3:
                particle = rng.choice(FLEMISH_PARTICLES)
                if particle in ("Vande", "Vanden"):
                    surname, particle = particle + surname.lower(), ""
        elif rng.random() < 0.45:
            words, weights = zip(*TUSSENVOEGSELS, strict=True)
            particle = rng.choices(words, weights)[0]
        if rng.random() < 0.08:  # double surname: "Hoekstra-de Wit"
            other = rng.choice(pool)
            if rng.random() < 0.5:
                part2 = rng.choice(["de ", "van ", "van der ", "van den ", ""])
                surname = f"{surname}-{part2}{other}"
            else:
                surname = f"{other}-{surname}"
    initials = "".join(f"{c}." for c in [first[0], *rng.sample("ABCDEFGHJKLMNPRSTW", 2)])
    initials = initials[: 2 * rng.choice([1, 1, 2, 2, 3])]
    return Person(first, particle, surname, initials, flemish)


def make_desk(rng: random.Random) -> str:
    """The support desk's own company: an invented brand like "Polderhost" or "FixPunt"."""
    if rng.random() < 0.2:
        return brand_word(rng)
    a, b = rng.choice(DESK_PARTS_A), rng.choice(DESK_PARTS_B)
    if rng.random() < 0.3:
        b = b.capitalize()
    return f"{a}{b}{rng.choice(DESK_SUFFIX)}"


def make_org(rng: random.Random, flemish: bool) -> str:
    """A customer's or third party's organisation, often containing a surname or town."""
    p = name_pools()
    places = place_pools()
    sur = rng.choice(p["be_last"] if flemish else p["nl_last"] + WORD_SURNAMES)
    town = rng.choice(places["be_towns"] if flemish else places["nl_towns"])
    r = rng.random()
    if r < 0.25:
        return f"{rng.choice(TRADE_PREFIX)} {sur}{rng.choice(LEGAL_FORMS)}"
    if r < 0.45:
        return f"{sur} {rng.choice(TRADE_WORDS)}{rng.choice(LEGAL_FORMS)}"
    if r < 0.6:
        return f"{make_desk(rng)} {town}"
    if r < 0.72:
        return f"{rng.choice(TRADE_PREFIX)} {town}"
    if r < 0.8:
        return rng.choice(KNOWN_ORGS)
    if r < 0.9:
        return brand_word(rng)
    return (
        f"{sur} & {rng.choice(p['be_last'] if flemish else p['nl_last'])}{rng.choice(LEGAL_FORMS)}"
    )


def town(rng: random.Random, flemish: bool) -> str:
    places = place_pools()
    return rng.choice(places["be_towns"] if flemish else places["nl_towns"])


def street(rng: random.Random, flemish: bool) -> str:
    places = place_pools()
    return rng.choice(places["be_streets"] if flemish else places["nl_streets"])


def countries() -> tuple[str, ...]:
    """Dutch country names from Faker's nl_NL address provider."""
    from faker.providers.address.nl_NL import Provider as NLA

    return tuple(c for c in NLA.countries if " " not in c or len(c) < 20)


def provinces() -> tuple[str, ...]:
    from faker.providers.address.nl_BE import Provider as BEA
    from faker.providers.address.nl_NL import Provider as NLA

    return tuple(NLA.provinces) + tuple(BEA.provinces)


# Organisation name patterns for news-style text (clubs, parties, firms, institutions).
NEWS_ORG_PATTERNS: tuple[str, ...] = (
    "FC {town}", "SV {town}", "KV {town}", "{town} United", "Sporting {town}", "VV {town}",
    "RC {town}", "Cercle {town}", "Racing {town}", "Club {town}", "de gemeente {town}",
    "Universiteit {town}", "Ziekenhuis {town}", "{sur} Groep", "{sur} Holding", "{sur} & Co",
    "{sur} NV", "{sur}bank", "{brand}", "{brand} Nederland", "{brand} België", "{brand} Europe",
)  # fmt: skip
NEWS_ORG_FIXED: tuple[str, ...] = (
    "de Verenigde Naties", "de NAVO", "het IOC", "de UEFA", "de FIFA",
    "het Europees Parlement", "de Tweede Kamer", "de Kamer", "de Senaat", "het Hof van Cassatie",
    "de Raad van State", "het OM", "het parket", "de vakbond", "de KNVB", "de KBVB", "de ECB",
    "het IMF", "de Wereldbank", "Reuters", "AP", "Belga", "ANP", "de VRT", "de NOS", "de RTBF",
    "Artsen Zonder Grenzen", "Greenpeace", "Amnesty International",
)  # fmt: skip


# Hardware/software brands and series: "Lenovo ThinkPad L14" must not look like a person.
BRANDS: tuple[str, ...] = (
    "Lenovo", "Acer", "Asus", "HP", "Dell", "Apple", "Samsung", "Xiaomi", "Huawei", "Sony",
    "Philips", "Logitech", "Brother", "Canon", "Epson", "Netgear", "TP-Link", "AVM", "Fritz!Box",
    "Synology", "QNAP", "WD", "Seagate", "Kingston", "Crucial", "Medion", "MSI", "Toshiba",
    "Fujitsu", "Microsoft", "Google", "Adobe", "Intuit", "Sage", "Moneybird", "Yuki", "Odoo",
)  # fmt: skip
SERIES: tuple[str, ...] = (
    "ThinkPad", "IdeaPad", "Swift", "Aspire", "ZenBook", "VivoBook", "EliteBook", "ProBook",
    "Latitude", "Inspiron", "XPS", "Galaxy", "Pavilion", "Spectre", "Envy", "Yoga", "Surface",
    "Elements", "Passport", "Expert", "Pixma", "OfficeJet", "LaserJet", "WorkForce", "Nighthawk",
    "Archer", "DiskStation", "Creative Cloud", "Acrobat", "Business", "Essentials", "Premium",
)  # fmt: skip

# Syllables for invented brand names ("Lumeta", "Cliniclient"): single capitalised words
# that are organisations, the hardest kind of negative for a person model.
BRAND_SYLLABLES: tuple[str, ...] = (
    "lu", "me", "ta", "cli", "ni", "cor", "va", "zen", "ox", "ri", "do", "qua", "tex", "sol",
    "vi", "ro", "na", "ka", "ze", "mo", "lin", "fy", "tri", "ver", "io", "am", "bel", "ex",
)  # fmt: skip
BRAND_TAILS: tuple[str, ...] = (
    "", "", "", " Labs", " Studio", " Group", " Solutions", " Software", " Systems", " Media",
    " Partners", " Consult", " Digital", " Academy", " Health", " Interieurstyling", " Events",
)  # fmt: skip


def product(rng: random.Random) -> str:
    """A composed product name, e.g. "Acer Swift 3" or "HP LaserJet M428"."""
    model = rng.choice(
        [
            str(rng.randint(3, 15)),
            f"{rng.choice('LTXEMGS')}{rng.randint(10, 990)}",
            f"{rng.choice(['Pro', 'Air', 'Plus', 'Mini', 'Max', 'Ultra'])}",
            f"{rng.randint(2, 14)} Gen {rng.randint(1, 5)}",
        ]
    )
    return f"{rng.choice(BRANDS)} {rng.choice(SERIES)} {model}"


def brand_word(rng: random.Random) -> str:
    """An invented one-word company name, sometimes with a tail ("Lumeta Labs")."""
    word = "".join(rng.choice(BRAND_SYLLABLES) for _ in range(rng.randint(2, 3)))
    return word.capitalize() + rng.choice(BRAND_TAILS)


@cache
def foreign_towns(clean: bool = False) -> tuple[str, ...]:
    """Cities from other Faker locales: news and customers mention places abroad.

    ``clean=False`` is the earlier "fixed" recipe, which still includes the composed names
    described below; ``clean=True`` (the shipped "grammar" recipe) keeps real place lists only.
    """
    out: list[str] = []
    if not clean:
        locales = ("en_GB", "fr_FR", "de_DE", "es_ES", "it_IT", "pl_PL", "tr_TR", "pt_PT", "en_US")
        for loc in locales:
            fk = Faker(loc)
            fk.seed_instance(4321)
            out += [fk.city() for _ in range(60)]
        return tuple(dict.fromkeys(c for c in out if c.replace(" ", "").replace("-", "").isalpha()))
    # only locales whose city() draws from a list of real places: en_*, fr_FR and tr_TR
    # compose "Lake Jennifer" / "Port Yılmazville" from person names, which taught the model
    # that a foreign name-like word is a place
    for loc in ("de_DE", "es_ES", "it_IT", "pl_PL", "pt_PT", "cs_CZ", "sv_SE", "da_DK"):
        fk = Faker(loc)
        fk.seed_instance(4321)
        out += [fk.city() for _ in range(60)]
    return tuple(dict.fromkeys(c for c in out if c.replace(" ", "").replace("-", "").isalpha()))
