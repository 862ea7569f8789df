"""Company names with a legal form (``Garage Verhaegen bv``, ``Zuidkust Logistics BV``).

Found so that they are *kept*: a company is not a person, and marking the company explicitly
stops a surname inside it ("Garage Verhaegen") from being redacted as a person on its own. The
NER model finds organisations without a legal form.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern

from pipelines.recognizers.base import DutchRecognizer

_WORD = r"(?:[A-Z0-9][\w&'.\-]*|&|en|de|van|der|den|het|'t)"
_LEGAL_FORM = (
    r"(?:B\.V\.|BV|bv|N\.V\.|NV|nv|V\.O\.F\.|VOF|vof|BVBA|bvba|CommV|C\.V\.|SRL|srl|"
    r"GmbH|AG|Ltd\.?|LLC|Inc\.?|Holding|SAS|SARL|S\.A\.|SA|S\.p\.A\.|SpA|Sp\. z o\.o\.|A/S|AB|Oy)"
)


class OrganizationRecognizer(DutchRecognizer):
    """Finds company names that end in a Dutch, Belgian or foreign legal form."""

    ENTITY = "ORGANIZATION"
    PATTERNS = [
        Pattern(
            "legal_form",
            rf"(?<![\w@.])[A-Z][\w&'\-]*(?:[ ]{_WORD}){{0,4}}[ ]{_LEGAL_FORM}(?![\w])",
            0.6,
        )
    ]
    FLAGS = re.MULTILINE  # capitals matter here
