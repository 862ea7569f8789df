"""Which words are first names somewhere: Faker's person providers, loaded offline.

Faker (MIT) carries first-name lists for some 80 locales: Dutch and Flemish, but also the
Moroccan, Turkish, Polish, Italian, Irish ... names of the people Dutch customers write about.
That knowledge tells a chat's lowercase "bedankt maaike" from "bedankt allemaal". The lists
are read from the installed package (no network), once per process, and only when a
lowercase name candidate turns up.
"""

from __future__ import annotations

import importlib
from functools import cache


@cache
def first_names() -> frozenset[str]:
    """Every first name of every Faker locale, as written there ("Maaike", "Przemysław")."""
    from faker.config import AVAILABLE_LOCALES

    names: set[str] = set()
    for locale in AVAILABLE_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = provider.__dict__.get(attr)
            if isinstance(value, dict | list | tuple | set):
                names.update(name for name in value if isinstance(name, str))
    return frozenset(names)


@cache
def lowercase_first_names() -> frozenset[str]:
    """The same names in lowercase, for text typed without capitals."""
    return frozenset(name.casefold() for name in first_names() if name.isalpha())
