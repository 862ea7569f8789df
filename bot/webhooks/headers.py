"""Case-insensitive header lookup over any ``Mapping[str, str]``.

Why: HTTP header names are case-insensitive, but providers, proxies and test clients spell them
differently (``X-HelpScout-Signature``, ``x-helpscout-signature``). The web layer may hand us an
aiohttp ``CIMultiDictProxy`` or a plain ``dict``; this lookup behaves the same for both.
"""

from __future__ import annotations

from collections.abc import Mapping


def get_header(headers: Mapping[str, str] | None, name: str) -> str | None:
    """The value of header ``name`` (any capitalisation), or None when absent or empty.

    An empty value counts as absent: an empty signature can never be valid, and treating it as
    missing gives the clearer reason.
    """
    if not headers:
        return None
    wanted = name.lower()
    found: str | None = None
    for key, value in headers.items():
        if isinstance(key, str) and key.lower() == wanted and isinstance(value, str):
            found = value  # the last one wins, as with a plain dict built from the request
    if found is None or not found.strip():
        return None
    return found.strip()
