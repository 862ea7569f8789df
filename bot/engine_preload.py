"""Imported by the redaction engine's fork server only (``bot.engine.prestart``): builds the
redactor once, before the workers are forked from it."""

from bot.engine import preload_from_environment

preload_from_environment()
