"""E-mail addresses of people; the role mailboxes of a company are not personal data.

``support@``, ``facturatie@``, ``no-reply@`` or ``klantenservice-nl@`` reach a desk, not a person,
so an address whose local part is made only of role words (split on ``-``, ``.``, ``_``, ``+``
and digits) is not reported. Neither is one introduced as a shared mailbox ("gedeelde mailbox
kantoor-planning@…"). Anything with a name or initials in the local part is personal.
The top-level domain is checked by shape only: a suffix list (tldextract) would be downloaded.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern

from pipelines.recognizers.base import DutchRecognizer

#: words that name a function or department, not a person (Dutch, Flemish and English)
ROLE_WORDS: frozenset[str] = frozenset(
    [
        "support",
        "info",
        "informatie",
        "privacy",
        "sales",
        "billing",
        "facturatie",
        "facturen",
        "factuur",
        "factuuradres",
        "invoice",
        "invoices",
        "debiteuren",
        "crediteuren",
        "noreply",
        "no",
        "reply",
        "donotreply",
        "do",
        "not",
        "mailer",
        "daemon",
        "bounce",
        "bounces",
        "helpdesk",
        "servicedesk",
        "service",
        "services",
        "klantenservice",
        "klantcontact",
        "customerservice",
        "customer",
        "care",
        "klantendienst",
        "administratie",
        "admin",
        "administrator",
        "boekhouding",
        "accounting",
        "accounts",
        "contact",
        "office",
        "kantoor",
        "hr",
        "personeelszaken",
        "dpo",
        "fg",
        "avg",
        "gdpr",
        "security",
        "cert",
        "soc",
        "noc",
        "abuse",
        "postmaster",
        "hostmaster",
        "webmaster",
        "root",
        "sysadmin",
        "systeembeheer",
        "beheer",
        "ict",
        "it",
        "marketing",
        "verkoop",
        "sales",
        "bestellingen",
        "bestelling",
        "orders",
        "order",
        "reserveringen",
        "reservering",
        "reservations",
        "boekingen",
        "booking",
        "bookings",
        "planning",
        "receptie",
        "reception",
        "secretariaat",
        "secretary",
        "algemeen",
        "general",
        "mail",
        "post",
        "welkom",
        "hallo",
        "hello",
        "team",
        "teams",
        "desk",
        "dienst",
        "afdeling",
        "finance",
        "financien",
        "financiele",
        "administratief",
        "juridisch",
        "legal",
        "compliance",
        "pers",
        "press",
        "media",
        "communicatie",
        "jobs",
        "vacatures",
        "werken",
        "recruitment",
        "careers",
        "inkoop",
        "purchase",
        "purchasing",
        "logistiek",
        "magazijn",
        "tickets",
        "ticket",
        "aanvragen",
        "backoffice",
        "frontoffice",
        "balie",
        "enquiries",
        "inquiries",
        "feedback",
        "klachten",
        "complaints",
        "notifications",
        "notificaties",
        "notification",
        "alerts",
        "alert",
        "newsletter",
        "nieuwsbrief",
        "nieuws",
        "news",
        "webshop",
        "shop",
        "winkel",
        "praktijk",
        "assistentie",
        "zorg",
        "spoed",
        "agenda",
        "afspraken",
        "afspraak",
        "secretariat",
        "delegatie",
        "syndicale",
        "ondernemingsraad",
        "or",
        "cor",
        "bestuur",
        "directie",
        "management",
        "board",
        "helpdeskteam",
        "servicedesk",
        "ops",
        "devops",
        "operations",
        "nl",
        "be",
        "en",
        "fr",
        "de",
        "uk",
        "eu",
        "global",
        "intl",
        "international",
        "online",
        "digital",
        "www",
    ]
)
_LOCAL_SPLIT = re.compile(r"[\-._+\d]+")
#: "gedeelde mailbox x@", "shared mailbox x@": a mailbox for a team
_SHARED_MAILBOX = re.compile(
    r"(?:gedeelde|gemeenschappelijke|functionele|algemene|shared|group|groeps|team)[\s\-]?"
    r"(?:mail)?(?:box|adres|address|inbox)\W*(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


def is_role_address(address: str) -> bool:
    """Whether every word of the local part is a role word (``klantenservice-nl``, ``no-reply``)."""
    local = address.split("@", 1)[0].lower()
    words = [w for w in _LOCAL_SPLIT.split(local) if w]
    return bool(words) and all(w in ROLE_WORDS for w in words)


class EmailRecognizer(DutchRecognizer):
    """Finds personal e-mail addresses and leaves company role mailboxes alone."""

    ENTITY = "EMAIL"
    PATTERNS = [
        Pattern(
            "email",
            r"(?<![\w.%+\-])[\w%+\-]+(?:\.[\w%+\-]+)*+"
            r"@(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?![\w\-]|\.\w)",
            0.85,
        )
    ]
    CONTEXT = ("e-mail", "email", "mail", "mailadres", "adres", "van:", "from:")

    def accept(self, text: str, start: int, end: int) -> bool:
        """Role mailboxes and declared shared mailboxes belong to an organisation."""
        if is_role_address(text[start:end]):
            return False
        return not _SHARED_MAILBOX.search(text, max(0, start - 50), start)
