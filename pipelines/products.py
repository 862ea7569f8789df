"""What a support desk talks about all day: products, apps, services, devices and UI labels.

"Ik kan Thunderbird niet openen" names no person, yet a model that has learnt that an
unknown capitalised word after "kan" may be a name says it does. Whether a word is a product
is knowledge no maintained package holds for Dutch IT support, so it lives in data files
(``pipelines/data/products/<category>.txt``, one item per line, ``#`` comments; see the
README there for sources and the inclusion rule). ``name_like.txt`` holds products that are
also first names or surnames ("Alexa", "Dell"): they are returned separately, because such a
word alone cannot overrule a name.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data" / "products"
NAME_LIKE_FILE = "name_like.txt"


def _items(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def normalise(text: str) -> str:
    """Case, spacing and hyphens do not tell products apart: "Wi-Fi", "wifi", "WiFi"."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@cache
def product_items(include_name_like: bool = False) -> tuple[str, ...]:
    """Every listed product as written in its file (the generator draws from these)."""
    items: list[str] = []
    for path in sorted(DATA_DIR.glob("*.txt")):
        if path.name == NAME_LIKE_FILE and not include_name_like:
            continue
        items.extend(_items(path))
    return tuple(dict.fromkeys(items))


@cache
def _keys(include_name_like: bool) -> frozenset[str]:
    return frozenset(normalise(item) for item in product_items(include_name_like))


def is_product(text: str, include_name_like: bool = False) -> bool:
    """Whether ``text`` as a whole is a listed product, app, service, device or UI label."""
    key = normalise(text)
    return bool(key) and key in _keys(include_name_like)
