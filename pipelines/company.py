"""Contact details that belong to a business rather than to one person — and whose business.

A letterhead ("Scheldecom bv – Noorderlaan 133, 2030 Antwerpen – 03 298 41 00"), a company
footer, "bel ons op 09 233 40 50": such lines carry addresses and numbers of a business. Whether
that business is *ours* cannot be guessed from a legal form; the company that runs privacywacht
says so itself in its ``[company]`` settings (pipelines.own_company), and only that is kept
whatever the purpose. Any other business in a ticket is, as a rule, the customer's, and may be a
one-person business whose address is a person's address: its details are judged by the purpose
like any other value. These findings are only marked, so that the policy's reason says whose
they are.

The rules are deliberately narrow: only a line that *starts* with a company name carrying a legal
form (found by the organisation recognizer), the line right below a line that holds nothing but
such a name, a company footer (three or more ``|``-separated cells with the company's website or
in brackets, and no person in it), and a phone number that the text calls "ours".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from presidio_analyzer import RecognizerResult

from pipelines.names.model_filter import CheckedSpacyRecognizer
from pipelines.policy import BUSINESS_DETAILS_KEY
from pipelines.recognizers.organization import _LEGAL_FORM, OrganizationRecognizer

_LETTERHEAD_TYPES = frozenset({"PHONE", "ADDRESS", "POSTCODE", "LOCATION", "IBAN", "KVK", "BTW"})
#: below a company-name line: its address and registration numbers, but not a phone number —
#: a signature's "M 06…" under the company line is the employee's own mobile
_BELOW_LETTERHEAD_TYPES = _LETTERHEAD_TYPES - {"PHONE"}
_QUOTE_PREFIX = re.compile(r"[ \t>]*")
_ENDS_WITH_LEGAL_FORM = re.compile(rf"[ ]{_LEGAL_FORM}$")
#: a department before the company on a signature line: "HR – Brouwerij De Ster nv"
_ROLE_PREFIX = re.compile(r"[\w .&/]{1,25}?[ \t]*[–\-|,][ \t]*")
_FOOTER_SITE = re.compile(
    r"(?i)(?:\bwww\.|https?://)(?!(?:www\.)?(?:linkedin|x|twitter|facebook|instagram|github)\.)"
)
_OUR_NUMBER = re.compile(
    r"(?i)\b(?:ons|onze|us|our)\b[^.!?\n]{0,30}\b(?:bel\w*|call\w*|bereik\w*|reach\w*|"
    r"nummer|number|helpdesk|servicedesk|klantenservice|support\w*)\b[^.!?\n]{0,20}$|"
    r"\b(?:bel\w*|call|reach|bereik\w*|contact\w*)\b[^.!?\n]{0,30}\b(?:ons|us)\b[^.!?\n]{0,20}$"
)


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, (end if end >= 0 else len(text))


def mark_business_details(text: str, results: Sequence[RecognizerResult]) -> None:
    """Flag the results that are a business's contact details (in place)."""
    # legal-form companies only: the NER model's ORG guesses ("IBAN", "AP") open ordinary lines
    organisations = [r for r in results if _is_legal_form_company(text, r)]
    letterhead_lines: set[int] = set()  # line starts where a company name opens the line
    name_only_lines: set[int] = set()  # line starts of lines holding only a company name
    for org in organisations:
        line_start, line_end = _line_bounds(text, org.start)
        content_start = _QUOTE_PREFIX.match(text, line_start).end()
        if org.start != content_start and not _ROLE_PREFIX.fullmatch(
            text, content_start, org.start
        ):
            continue
        letterhead_lines.add(line_start)
        if not text[org.end : line_end].strip(" \t,.|–-"):
            name_only_lines.add(line_start)
    letterhead_lines |= _footer_lines(text, results)
    for result in results:
        if _is_business_details(text, result, letterhead_lines, name_only_lines):
            metadata = result.recognition_metadata
            if metadata is None:
                metadata = result.recognition_metadata = {}
            metadata[BUSINESS_DETAILS_KEY] = True


def _footer_lines(text: str, results: Sequence[RecognizerResult]) -> set[int]:
    """Starts of company footer lines: ``Harmsen Advocaten | Zuiderplein 4 | … | www.…``."""
    addresses = [(r.start, r.end) for r in results if r.entity_type == "ADDRESS"]
    person_lines = {
        _line_bounds(text, r.start)[0]
        for r in results
        if r.entity_type == "PERSON" and _counts_as_person(text, r, addresses)
    }
    footers: set[int] = set()
    position = text.find("|")
    while position >= 0:
        line_start, line_end = _line_bounds(text, position)
        line = text[line_start:line_end]
        content = line[_QUOTE_PREFIX.match(line).end() :]
        if (
            line_start not in person_lines
            and line.count("|") >= 2
            and (content.startswith("[") or _FOOTER_SITE.search(line))
        ):
            footers.add(line_start)
        position = text.find("|", line_end)
    return footers


def _recognizer(result: RecognizerResult) -> str:
    return str((result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, ""))


def _is_legal_form_company(text: str, result: RecognizerResult) -> bool:
    """A company with a legal form ("Scheldecom bv"), also when the model found the same span
    (the analyzer then keeps one of the two identical findings, not always the rule's)."""
    if result.entity_type != "ORGANIZATION":
        return False
    if _recognizer(result) == OrganizationRecognizer.__name__:
        return True
    return bool(_ENDS_WITH_LEGAL_FORM.search(text[result.start : result.end]))


def _counts_as_person(
    text: str, result: RecognizerResult, addresses: list[tuple[int, int]]
) -> bool:
    """Whether a PERSON finding makes a footer line personal.

    A model guess of one capitalised word ("Salaris", the "Markt" of "Grote Markt 4") is too weak
    to turn a company footer into a person's; rule findings and full names always count.
    """
    if any(s <= result.start and result.end <= e for s, e in addresses):
        return False
    from_model = _recognizer(result) == CheckedSpacyRecognizer.__name__
    return not from_model or len(text[result.start : result.end].split()) > 1


def _is_business_details(
    text: str, result: RecognizerResult, letterhead_lines: set[int], name_only_lines: set[int]
) -> bool:
    line_start, _ = _line_bounds(text, result.start)
    if result.entity_type in _LETTERHEAD_TYPES and line_start in letterhead_lines:
        return True
    if result.entity_type in _BELOW_LETTERHEAD_TYPES and line_start > 0:
        previous_start, _ = _line_bounds(text, line_start - 1)
        if previous_start in name_only_lines:
            return True
    if result.entity_type == "PHONE":
        before = text[max(line_start, result.start - 70) : result.start]
        return bool(_OUR_NUMBER.search(before))
    return False


def drop_names_inside_companies(
    results: list[RecognizerResult], text: str | None = None
) -> list[RecognizerResult]:
    """Person and place findings that lie inside a company name are part of that name.

    "t.n.v. Groupe Marlin SAS", "Tegelhandel Brink bv": the company is kept, and a name rule
    that took part of it must not redact it after all. With ``text``, a person finding that is
    the company's name without its legal form is the company too: a privacy statement
    introduces "Voorbeeldsoft B.V." once and then writes "Voorbeeldsoft verwerkt …" throughout.
    """
    # only companies with a legal form: the NER model's ORG guesses may swallow a real name
    companies = [
        (r.start, r.end)
        for r in results
        if r.entity_type == "ORGANIZATION" and _recognizer(r) == OrganizationRecognizer.__name__
    ]
    if not companies:
        return results
    cores = {_core_name(text[start:end]) for start, end in companies} if text else set()
    cores.discard("")
    return [
        r
        for r in results
        if r.entity_type not in ("PERSON", "LOCATION")
        or not (
            any(start <= r.start and r.end <= end for start, end in companies)
            or (r.entity_type == "PERSON" and text and _fold(text[r.start : r.end]) in cores)
        )
    ]


_TRAILING_LEGAL_FORM = re.compile(rf"[ ,]*{_LEGAL_FORM}[ .]*$")


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _core_name(company: str) -> str:
    """ "Voorbeeldsoft B.V." -> "voorbeeldsoft": the name as the text repeats it."""
    return _fold(_TRAILING_LEGAL_FORM.sub("", company))
