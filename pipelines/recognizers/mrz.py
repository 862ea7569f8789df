"""The machine-readable zone (MRZ) of a passport or identity card, typed over or pasted.

ICAO 9303 lays out two lines of 44 characters (TD3, passports), two of 36 (TD2) or three of 30
(TD1, identity cards) of ``A-Z``, ``0-9`` and the filler ``<``. Fields carry a check digit
(weights 7, 3, 1; letters count 10-35, the filler 0), so a line is an MRZ only when a check
digit fits. Its fields are reported apart: the document number as ID_DOCUMENT, the birth date
(YYMMDD) as DATE_OF_BIRTH, the name field (surname ``<<`` given names, ``<`` between words) as
PERSON, and a Dutch document's personal number as BSN when it passes the 11-test. Country,
sex, expiry and the check digits stay.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum.nl import bsn

from pipelines.recognizers.base import VALIDATED_SCORE, finding

_LINE = re.compile(r"^[ \t]*([A-Z0-9<]{30}|[A-Z0-9<]{36}|[A-Z0-9<]{44})[ \t]*$", re.MULTILINE)
_WEIGHTS = (7, 3, 1)


def check_digit(field: str) -> str:
    """The ICAO 9303 check digit of ``field``: values weighted 7-3-1, summed, mod 10."""
    total = 0
    for i, ch in enumerate(field):
        value = int(ch) if ch.isdigit() else ord(ch) - 55 if "A" <= ch <= "Z" else 0
        total += value * _WEIGHTS[i % 3]
    return str(total % 10)


def _checked(line: str, start: int, length: int) -> bool:
    """Whether the field ``line[start:start+length]`` is followed by its check digit."""
    field = line[start : start + length]
    return field.strip("<") != "" and line[start + length] == check_digit(field)


class MrzRecognizer(LocalRecognizer):
    """Finds the document number, birth date, name and BSN in a passport's or card's MRZ."""

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(
            supported_entities=["ID_DOCUMENT", "DATE_OF_BIRTH", "PERSON", "BSN"],
            name=type(self).__name__,
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Find runs of MRZ-length lines and report the fields whose check digits fit."""
        if "<<" not in text:
            return []
        lines = [(m.start(1), m.group(1)) for m in _LINE.finditer(text)]
        results: list[RecognizerResult] = []
        for index, (start, line) in enumerate(lines):
            following = lines[index + 1 : index + 3]
            if len(line) in (36, 44) and following and len(following[0][1]) == len(line):
                results += self._two_lines(text, start, line, *following[0])
            elif (
                len(line) == 30
                and len(following) == 2
                and {len(following[0][1]), len(following[1][1])} == {30}
            ):
                results += self._three_lines(start, line, following[0], following[1])
        wanted = set(entities or self.supported_entities)
        return [r for r in results if r.entity_type in wanted]

    def _two_lines(
        self, text: str, start1: int, line1: str, start2: int, line2: str
    ) -> list[RecognizerResult]:
        """TD3 (passport, 2 x 44) and TD2 (2 x 36): name on line 1, numbers on line 2."""
        document, born = _checked(line2, 0, 9), _checked(line2, 13, 6)
        if not (document or born) or line1[0] not in "PIACV":
            return []
        found = [self._result("PERSON", start1 + 5, line1[5:])]
        if document:
            found.append(self._result("ID_DOCUMENT", start2, line2[0:9]))
        if born:
            found.append(self._result("DATE_OF_BIRTH", start2 + 13, line2[13:19]))
        if len(line2) == 44 and line2[10:13] == "NLD":
            found.append(self._bsn(start2 + 28, line2[28:42]))
        return [r for r in found if r is not None]

    def _three_lines(
        self, start1: int, line1: str, second: tuple[int, str], third: tuple[int, str]
    ) -> list[RecognizerResult]:
        """TD1 (identity card, 3 x 30): document number on line 1, birth date on line 2, name
        on line 3."""
        (start2, line2), (start3, line3) = second, third
        document, born = _checked(line1, 5, 9), _checked(line2, 0, 6)
        if not (document or born) or line1[0] not in "IACP":
            return []
        found = [self._result("PERSON", start3, line3)]
        if document:
            found.append(self._result("ID_DOCUMENT", start1 + 5, line1[5:14]))
        if born:
            found.append(self._result("DATE_OF_BIRTH", start2, line2[0:6]))
        if line1[2:5] == "NLD":
            found.append(self._bsn(start1 + 15, line1[15:30]))
        return [r for r in found if r is not None]

    def _bsn(self, start: int, field: str) -> RecognizerResult | None:
        """The personal-number field of a Dutch document, when it holds a valid BSN."""
        number = field.strip("<")
        if not (number.isdigit() and bsn.is_valid(number)):
            return None
        return self._result("BSN", start + field.index(number), number)

    def _result(self, entity: str, start: int, field: str) -> RecognizerResult | None:
        """A field without its trailing fillers (a name needs its ``<<`` separator)."""
        value = field.rstrip("<")
        if not value or (entity == "PERSON" and "<<" not in value.strip("<")):
            return None
        offset = len(field) - len(field.lstrip("<"))
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=VALIDATED_SCORE,
            textual_explanation=f"{self.name}: MRZ field, check digit valid",
        )
        return finding(
            self, entity, start + offset, start + len(value), VALIDATED_SCORE, explanation
        )
