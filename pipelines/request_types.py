"""The privacy-request vocabulary: one list for the classifier, the register and the API.

Kept in a module of its own so the register (``bot/store``) can name the types without
importing the classifier's rule tables.
"""

from __future__ import annotations

#: The rights of chapter III AVG, plus a complaint about how one was handled (art. 77).
REQUEST_TYPES: tuple[str, ...] = (
    "access",  # art. 15
    "rectification",  # art. 16
    "erasure",  # art. 17
    "restriction",  # art. 18
    "portability",  # art. 20
    "objection",  # art. 21
    "withdraw_consent",  # art. 7(3)
    "automated_decision",  # art. 22
    "complaint",
)
