"""The cue rules as objects (``pipelines/names/rules/``): each applied once, by its own name."""

from __future__ import annotations

import importlib
import pkgutil

import pipelines.names.rules as rules_package
from pipelines.names.rules import RULES, Rule


def test_every_rule_has_a_name_of_its_own() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert "repeat" not in names  # the recognizer's name for a name found again


def test_every_rule_of_a_family_module_is_applied() -> None:
    defined = []
    for info in pkgutil.iter_modules(rules_package.__path__):
        module = importlib.import_module(f"{rules_package.__name__}.{info.name}")
        defined += [value for value in vars(module).values() if isinstance(value, Rule)]
    assert defined
    assert all(any(rule is applied for applied in RULES) for rule in defined)
