"""Dutch recognizers, one Presidio recognizer per module.

``all_recognizers`` finds every recognizer class defined in this package, so adding a
recognizer is adding a file. A class with a ``from_config`` classmethod is built from the
``[recognizers]`` configuration (for example the customer-number patterns); the others take no
arguments.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Mapping
from typing import Any

from presidio_analyzer import EntityRecognizer

from pipelines.recognizers.base import DutchRecognizer

__all__ = ["DutchRecognizer", "all_recognizers", "recognizer_classes"]

_NOT_RECOGNIZER_MODULES = {"base"}


def recognizer_classes() -> list[type[EntityRecognizer]]:
    """Every concrete recognizer class in this package, in a stable order."""
    found: list[type[EntityRecognizer]] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name in _NOT_RECOGNIZER_MODULES or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (
                cls.__module__ == module.__name__
                and issubclass(cls, EntityRecognizer)
                and cls.__name__.endswith("Recognizer")
                and not cls.__name__.startswith("_")
                and not inspect.isabstract(cls)
            ):
                found.append(cls)
    return found


def all_recognizers(config: Mapping[str, Any] | None = None) -> list[EntityRecognizer]:
    """Instantiate every recognizer; ``config`` is the ``[recognizers]`` table."""
    config = config or {}
    built: list[EntityRecognizer] = []
    for cls in recognizer_classes():
        from_config = getattr(cls, "from_config", None)
        built.append(from_config(config) if from_config else cls())
    return built
