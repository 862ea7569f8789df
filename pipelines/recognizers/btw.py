"""BTW/VAT numbers of Dutch and Belgian businesses, checked by python-stdnum.

Dutch: ``NL`` + nine digits + ``B`` + two digits, written with or without dots and spaces
(``NL725763863B02``, ``NL6881.36.138.B.03``, ``NL 8528.12.345.B01``). The old btw-nummer embeds
the owner's BSN (elfproef), the btw-id issued to sole traders since 2020 has a mod-97 check;
``stdnum.nl.btw`` knows both. A number in this exact shape whose check fails is still kept
when a btw cue is near: the shape is specific and a mistyped check digit does not make it any
less the trader's number.

Belgian: ``BE0`` / ``BE1`` + nine digits (``BE 0366.746.013``, ``BE0749.763.082``), and the bare
ondernemingsnummer (``0366.746.013``) after a cue; ``stdnum.be.vat`` checks the mod-97 digits
and a failing Belgian number is dropped (ten digits are too common to keep on the cue alone).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern
from stdnum.be import vat as be_vat
from stdnum.nl import btw as nl_btw

from pipelines.recognizers.base import DutchRecognizer

_START = r"(?<![\w\-/.])"
_END = r"(?![\w\-/]|[.,]\d)"
#: nine digits with a dot or space allowed between any two, then B and two digits
_NL_BODY = r"(?:\d[. ]?){8}\d[. ]?B[. ]?\d{2}"
#: a Belgian enterprise number: 0 or 1 + nine digits, grouped 4.3.3 or in one run
_BE_BODY = r"[01]\d{3}(?:\.\d{3}\.\d{3}|[ ]\d{3}[ ]\d{3}|\d{6})"


class BtwRecognizer(DutchRecognizer):
    """Finds Dutch and Belgian VAT numbers (btw-id, btw-nummer, ondernemingsnummer)."""

    ENTITY = "BTW"
    PATTERNS = [
        Pattern("btw_nl", rf"{_START}NL[ ]?{_NL_BODY}{_END}", 0.3),
        Pattern("btw_nl_bare", rf"{_START}{_NL_BODY}{_END}", 0.3),
        Pattern("btw_be", rf"{_START}BE[ \-]?(?:[01]?\d{{3}}[. ]?\d{{3}}[. ]?\d{{3}}){_END}", 0.5),
        Pattern("btw_be_bare", rf"{_START}{_BE_BODY}{_END}", 0.1),
    ]
    CONTEXT = (
        "btw", "vat", "omzetbelasting", "ondernemingsnummer", "ondernemingsnr", "kbo",
        "enterprise number", "tva", "numéro d'entreprise", "ust-id", "tax id", "fiscaal nummer",
    )  # fmt: skip

    _PREFIXED = re.compile(r"(?:NL|BE)", re.IGNORECASE)

    def validate_result(self, pattern_text: str) -> bool | None:
        """stdnum decides for Belgium; for the Netherlands a failing check leaves it to the cue."""
        value = pattern_text.upper()
        if value.startswith("BE") or "B" not in value:
            return be_vat.is_valid(value)
        return True if nl_btw.is_valid(value) else None

    def accept(self, text: str, start: int, end: int) -> bool:
        """A number without its country prefix is only a VAT number next to a cue word."""
        if self._PREFIXED.match(text, start, end):
            return True
        return self.find_cue(text, start, end) is not None
