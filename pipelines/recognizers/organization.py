"""Company names with a legal form (``Garage Verhaegen bv``, ``Zuidkust Logistics BV``).

Found so that they are *kept*: a company is not a person, and marking the company explicitly
stops a surname inside it ("Garage Verhaegen") from being redacted as a person on its own. The
NER model finds organisations without a legal form.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern

from pipelines.names.first_names import first_names
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
        ),
        # the company after a person who works there: "Ik ben Joris Wolters van Wolters Dak BV"
        Pattern(
            "after_van",
            rf"(?<=[ ]van[ ])[A-Z][\w&'\-]*(?:[ ]{_WORD}){{0,4}}[ ]{_LEGAL_FORM}(?![\w])",
            0.6,
        ),
    ]
    FLAGS = re.MULTILINE  # capitals matter here

    def accept(self, text: str, start: int, end: int) -> bool:
        """Not a "company" that opens with a person's first name and surname before "van":
        that is the person and where they work (the pattern "after_van" finds the company)."""
        head, sep, _ = text[start:end].partition(" van ")
        words = head.split()
        return not (sep and len(words) >= 2 and words[0] in first_names())
