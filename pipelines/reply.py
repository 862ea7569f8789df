"""The assistant's answer to a customer: received, and which personal data we removed and why.

Pure text-in/text-out so every channel (API, webhooks, chat, e-mail) answers the same way.
Dutch by default, English when asked; the reply names kinds of data ("een BSN"), never values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# entity type -> (Dutch noun phrase, pronoun, English noun phrase)
_NOUNS: dict[str, tuple[str, str, str]] = {
    "BSN": ("een BSN", "hem", "a citizen service number (BSN)"),
    "IBAN": ("een rekeningnummer", "het", "a bank account number"),
    "CREDIT_CARD": ("een creditcardnummer", "het", "a credit card number"),
    "ID_DOCUMENT": ("een nummer van een identiteitsbewijs", "het", "an ID document number"),
    "CREDENTIAL": ("een wachtwoord of inlogcode", "het", "a password or login code"),
    "HEALTH": ("informatie over je gezondheid", "die", "information about your health"),
    "SPECIAL": ("gevoelige persoonlijke informatie", "die", "sensitive personal information"),
    "DATE_OF_BIRTH": ("een geboortedatum", "hem", "a date of birth"),
    "PHONE": ("een telefoonnummer", "het", "a phone number"),
    "EMAIL": ("een e-mailadres", "het", "an e-mail address"),
    "ADDRESS": ("een adres", "het", "an address"),
    "POSTCODE": ("een postcode", "die", "a postcode"),
    "LOCATION": ("een plaats", "die", "a place"),
    "PERSON": ("een naam", "die", "a name"),
    "LICENSE_PLATE": ("een kenteken", "het", "a licence plate"),
    "IP_ADDRESS": ("een IP-adres", "het", "an IP address"),
    "URL": ("een persoonlijke link", "die", "a personal link"),
    "KVK": ("een KvK-nummer", "het", "a Chamber of Commerce number"),
    "BTW": ("een btw-nummer", "het", "a VAT number"),
    "CUSTOMER_ID": ("een klantnummer", "het", "a customer number"),
}
_FALLBACK = ("persoonsgegevens", "die", "personal data")


def removed_types(entities: Iterable[Mapping[str, Any]]) -> list[str]:
    """Entity types that were redacted, in order of first appearance, each once."""
    seen: dict[str, None] = {}
    for entity in entities:
        if entity.get("action") == "redact":
            seen.setdefault(str(entity.get("type")), None)
    return list(seen)


def _join(items: list[str], last: str) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {last} {items[-1]}"


def compose_reply(entities: Iterable[Mapping[str, Any]], language: str = "nl") -> str:
    """ "Bedankt, we hebben je bericht ontvangen. Je stuurde ons een BSN. ..." """
    types = removed_types(entities)
    english = language == "en"
    if english:
        text = "Thank you, we have received your message."
        if types:
            kinds = _join([_NOUNS.get(t, _FALLBACK)[2] for t in types], "and")
            text += f" You sent us {kinds}. We don't need this to help you, so we have removed it."
        return text
    text = "Bedankt, we hebben je bericht ontvangen."
    if not types:
        return text
    if len(types) == 1:
        noun, pronoun, _ = _NOUNS.get(types[0], _FALLBACK)
        demonstrative = "Dat" if pronoun == "het" else "Die"
        return (
            f"{text} Je stuurde ons {noun}. {demonstrative} hebben we niet nodig om je te "
            f"helpen, dus we hebben {pronoun} verwijderd."
        )
    kinds = _join([_NOUNS.get(t, _FALLBACK)[0] for t in types], "en")
    return (
        f"{text} Je stuurde ons {kinds}. Die hebben we niet nodig om je te helpen, dus we "
        "hebben ze verwijderd."
    )
