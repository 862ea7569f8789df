"""Which words are names somewhere: Faker's person providers, loaded offline.

Faker (MIT) carries first-name and surname lists for some 80 locales: Dutch and Flemish, but
also the Moroccan, Turkish, Polish, Italian, Irish ... names of the people Dutch customers
write about. That knowledge tells a chat's lowercase "bedankt maaike" from "bedankt allemaal"
(run time), and keeps names out of the recipe's tokenizer exceptions and foreign-word lists
(training time). The lists are read from the installed package (no network), once per
process, and only when needed.
"""

from __future__ import annotations

import importlib
from functools import cache

_FIRST_NAME_ATTRS = ("first_names", "first_names_male", "first_names_female")


def _person_words(attrs: tuple[str, ...]) -> frozenset[str]:
    """The names under ``attrs`` of every Faker locale's person provider."""
    from faker.config import AVAILABLE_LOCALES

    names: set[str] = set()
    for locale in AVAILABLE_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in attrs:
            value = provider.__dict__.get(attr)
            if isinstance(value, dict | list | tuple | set):
                names.update(name for name in value if isinstance(name, str))  # dict: keys
    return frozenset(names)


@cache
def first_names() -> frozenset[str]:
    """Every first name of every Faker locale, as written there ("Maaike", "Przemysław")."""
    return _person_words(_FIRST_NAME_ATTRS)


@cache
def person_names() -> frozenset[str]:
    """Every first name and surname of every Faker locale."""
    return first_names() | _person_words(("last_names",))


@cache
def lowercase_first_names() -> frozenset[str]:
    """The first names in lowercase, for text typed without capitals."""
    return frozenset(name.casefold() for name in first_names() if name.isalpha())


@cache
def lowercase_person_names() -> frozenset[str]:
    """Every first name and surname, case-folded, for words typed in any case."""
    return frozenset(name.casefold() for name in person_names())
