"""Let a name that ends a sentence be its own token ("… met Tom." -> "Tom", ".").

spaCy's Dutch tokenizer keeps about a thousand abbreviations whole, with their dot, in
lowercase and in Title Case ("art.", "Art."; "tom." for tome, "Tom."; "max.", "Max."). The
Title Case entries that are also first names swallow the full stop after a name at the end of
a sentence, so "Ik sprak met Max." has the token "Max." and the name can never be an entity
on its own. The lowercase abbreviations stay; only the Title Case twins that are first names
in some locale are dropped.

The recipe applies this before the model is initialised (``[initialize.before_init]``), so the
shipped model's serialised tokenizer already carries the changed rules; at run time nothing
here runs and nothing is looked up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.util import registry

from pipelines.names.first_names import first_names as faker_first_names

CALLBACK_NAME = "privacywacht.name_safe_tokenizer.v1"


def name_exceptions(rules: Iterable[str], first_names: set[str] | frozenset[str]) -> list[str]:
    """Special cases like "Tom." whose Title Case word is a first name."""
    return sorted(
        key
        for key in rules
        if key.endswith(".")
        and key[:1].isupper()
        and key[1:-1].islower()
        and key[:-1] in first_names
    )


def make_name_safe(
    nlp: Language, first_names: set[str] | frozenset[str] | None = None
) -> list[str]:
    """Drop the name-shaped special cases from ``nlp``'s tokenizer; returns what was dropped."""
    names = faker_first_names() if first_names is None else first_names
    rules = dict(nlp.tokenizer.rules or {})
    dropped = name_exceptions(rules, names)
    for key in dropped:
        del rules[key]
    nlp.tokenizer.rules = rules
    return dropped


@registry.callbacks(CALLBACK_NAME)
def create_name_safe_tokenizer() -> Callable[[Language], Language]:
    """``[initialize.before_init]`` callback for the training config."""

    def before_init(nlp: Language) -> Language:
        make_name_safe(nlp)
        return nlp

    return before_init
