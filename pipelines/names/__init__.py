"""Person names: everything that finds them, checks them and finds them again, in one place.

Why one package: a name is found by several parts that must agree on what a name looks like
and which words never are one (issue 16, item 4). The parts, each a module with one job:

* ``recognizer``: the cue rules as a Presidio recognizer; ``rules/`` the rules themselves,
  one module per family (titles, mail, fields, chat, closings, intros, relations, greetings,
  sending), each rule an object with its own pattern and checks; ``judge`` what every
  candidate must pass; ``shape`` what a name looks like; ``words`` the words never taken for
  one; ``companies`` and ``message`` how a company is told from a person; ``chat_stamps``
  the time stamps of chat lines;
* ``lowercase`` and ``answer``: first names typed in lowercase, and the answer to a question
  for the name (both read the model's tagged ``Doc``, see ``tagged_doc``);
* ``model_filter``: second thoughts on the NER model's names; ``checks``: the last checks on
  every person, whoever found it;
* ``mentions``: a name found once, found again wherever it recurs (re-exported here);
* ``first_names``: Faker's first names and surnames; ``wordlists`` reads the word lists of
  ``data/<list>/items.txt``.

This module re-exports ``mentions``, so ``from pipelines.names import find_mentions`` works;
it imports nothing heavier, because the spaCy components of the shipped model import
``pipelines.names.first_names``.
"""

from __future__ import annotations

from pipelines.names.mentions import (
    BUSINESS_WORD,
    MIN_VARIANT_LENGTH,
    NOT_NAMES,
    PARTICLES,
    find_coordinated,
    find_mentions,
    in_company_name,
    mention_spellings,
    name_variants,
    not_a_person_here,
    squash,
)

__all__ = [
    "BUSINESS_WORD",
    "MIN_VARIANT_LENGTH",
    "NOT_NAMES",
    "PARTICLES",
    "find_coordinated",
    "find_mentions",
    "in_company_name",
    "mention_spellings",
    "name_variants",
    "not_a_person_here",
    "squash",
]
