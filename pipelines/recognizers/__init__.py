"""Dutch recognizers, one Presidio recognizer per module.

``all_recognizers`` finds every recognizer class defined in this package, so adding a
recognizer is adding a file, and those of the name package (``pipelines.names``), which keeps
its recognizers beside the rest of name detection. A class with a ``from_config`` classmethod
is built from the ``[recognizers]`` configuration (for example the customer-number patterns);
the others take no arguments.
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
#: the recognizers of the name package (its other modules hold no recognizer of their own)
NAME_RECOGNIZER_MODULES = (
    "pipelines.names.recognizer",
    "pipelines.names.lowercase",
    "pipelines.names.answer",
    "pipelines.names.social",
)


def recognizer_classes() -> list[type[EntityRecognizer]]:
    """Every concrete recognizer class here and in the name package, sorted by class name.

    Why a stable order: when two recognizers report the same span with the same type and
    score, Presidio keeps the first one's finding (and so its name in the audit). Sorting by
    class name keeps that order independent of the file a recognizer lives in.
    """
    modules = [
        f"{__name__}.{info.name}"
        for info in pkgutil.iter_modules(__path__)
        if info.name not in _NOT_RECOGNIZER_MODULES and not info.name.startswith("_")
    ]
    found: list[type[EntityRecognizer]] = []
    for name in [*modules, *NAME_RECOGNIZER_MODULES]:
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (
                cls.__module__ == module.__name__
                and issubclass(cls, EntityRecognizer)
                and cls.__name__.endswith("Recognizer")
                and not cls.__name__.startswith("_")
                and not inspect.isabstract(cls)
            ):
                found.append(cls)
    return sorted(found, key=lambda cls: cls.__name__)


def all_recognizers(config: Mapping[str, Any] | None = None) -> list[EntityRecognizer]:
    """Instantiate every recognizer; ``config`` is the ``[recognizers]`` table."""
    config = config or {}
    built: list[EntityRecognizer] = []
    for cls in recognizer_classes():
        from_config = getattr(cls, "from_config", None)
        built.append(from_config(config) if from_config else cls())
    return built
