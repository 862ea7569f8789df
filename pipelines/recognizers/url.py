"""Personal links: social-media profiles, and a person's own website.

Most URLs in support mail point at companies (``web07.host.nl``, ``whatismyip.com``, the
customer's shop), which is not personal data. A profile URL (``linkedin.com/in/…``,
``x.com/…``, ``github.com/…``) always names a person, so it is reported without a cue. Any
other URL or bare domain is reported only when the writer calls it theirs ("mijn portfolio",
"my website"), or when its name is the name of someone in the message's header or signature
("Van: Ravi Mahabier" and ``ravimahabier.nl``) and no role mailbox (``info@``) shows the
domain to be a company's. Trailing ``).,`` is never part of the link.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, RecognizerResult

from pipelines.recognizers.base import DutchRecognizer
from pipelines.recognizers.email import is_role_address

_END = r"[^\s<>\"'()\[\]{}|]*[^\s<>\"'()\[\]{}|.,;:!?]"
_TLDS = (
    "nl|be|com|org|net|eu|io|dev|me|info|de|fr|uk|app|site|online|nu|tech|blog|page|xyz|biz|"
    "shop|studio|design|art|photo|photography|work|email|live|amsterdam|frl|brussels|"
    "vlaanderen|gent|ai|cv|name|pro|website|space|club|co"
)
_PROFILE = (
    r"(?:linkedin\.com/in/[\w\-%]+"
    r"|(?:x|twitter)\.com/(?!(?:home|i|intent|share|search|explore|settings|login|hashtag)\b)"
    r"\w{1,15}"
    r"|facebook\.com/(?!(?:groups|pages|sharer|events|watch|marketplace)\b)[\w.\-]*\w"
    r"|instagram\.com/[\w.]*\w"
    r"|github\.com/[\w\-]+(?:/[\w.\-]*\w)?"
    r"|(?:tiktok|youtube)\.com/@[\w.\-]*\w"
    r"|threads\.net/@[\w.]*\w"
    r"|bsky\.app/profile/[\w.\-]*\w)/?"
)
#: "mijn portfolio", "my website": the writer's own page
_PERSONAL_CUE = re.compile(
    r"(?<!\w)(?:(?:mijn|m'n|mn|my)\s+(?:eigen\s+|persoonlijke\s+|personal\s+|own\s+)?"
    r"|persoonlijke\s+|personal\s+)"
    r"(?:portfolio|website|webpagina|webstek|site|blog|vlog|cv|homepage|home\s+page|profiel|"
    r"profile|resume)(?!\w)[^\n]{0,40}$",
    re.IGNORECASE,
)
#: who the message is from or about: header fields and the line after a closing greeting
_NAME_LINE = re.compile(
    r"^(?:van|from|naam|name|klant|aan|to|afzender|sender)\s*:\s*([^\n<,(@|]+)"
    r"|(?:groet|groeten|groetjes|regards|gr)\s*,?[ \t]*\n+\s*([^\n<,(@|]+)",
    re.IGNORECASE | re.MULTILINE,
)
_ADDRESS = re.compile(r"[\w.%+\-]+@[\w.\-]+")
_NOT_LETTER = re.compile(r"[^\p{L}]+")
_TITLES = re.compile(r"^(?:dhr|mevr|mw|mr|mrs|ms|dr|ir|drs|mr)\.?\s+", re.IGNORECASE)


def _squash(words: str) -> str:
    """Lowercase letters only: "Fenna van 't Schip" -> "fennavantschip"."""
    return _NOT_LETTER.sub("", words.lower())


class UrlRecognizer(DutchRecognizer):
    """Finds profile URLs, and websites that the text says belong to a person."""

    ENTITY = "URL"
    PATTERNS: ClassVar[list[Pattern]] = [
        Pattern(
            "profile_url",
            rf"(?<![\w@./\-])(?:https?://)?(?:(?:www|m|nl|be|mobile)\.)?{_PROFILE}(?![\w\-/])",
            0.85,
        ),
        Pattern(
            "url",
            rf"(?<![\w@./\-])(?:https?://{_END}"
            rf"|(?:www\.)?(?:[a-z0-9](?:[a-z0-9\-]{{0,61}}[a-z0-9])?\.)+(?:{_TLDS})"
            rf"(?![\w\-])(?:/{_END})?)",
            0.2,
        ),
    ]
    CONTEXT = ()
    FLAGS = re.IGNORECASE

    def _score_match(
        self, text: str, start: int, end: int, pattern: Pattern
    ) -> RecognizerResult | None:
        """A profile always counts; another link only when it is the writer's own."""
        if pattern.name == "url":
            if _PERSONAL_CUE.search(text, max(0, start - 60), start):
                pattern = Pattern("personal_url", pattern.regex, 0.75)
            elif self._names_a_person(text, text[start:end]):
                pattern = Pattern("named_url", pattern.regex, 0.6)
            else:
                return None
        return super()._score_match(text, start, end, pattern)

    def _names_a_person(self, text: str, url: str) -> bool:
        """Whether the site's name spells a sender's or signer's full name."""
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE)
        labels = host.split("/", 1)[0].lower().split(".")
        if len(labels) != 2 or len(labels[0]) < 6:
            return False
        names, company_domains = self._text_facts(text)
        return ".".join(labels) not in company_domains and _squash(labels[0]) in names

    def _text_facts(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """People's names (squashed) and companies' domains in ``text``, once per text."""
        cached = getattr(self, "_facts", None)
        if cached is not None and cached[0] is text:
            return cached[1], cached[2]
        company_domains = {
            address.rsplit("@", 1)[1].lower().rstrip(".")
            for address in _ADDRESS.findall(text)
            if is_role_address(address)
        }
        names: set[str] = set()
        for match in _NAME_LINE.finditer(text):
            line_end = text.find("\n", match.end())
            rest_of_line = text[match.end() : line_end if line_end >= 0 else len(text)]
            if any(is_role_address(a) for a in _ADDRESS.findall(rest_of_line)):
                continue  # "Van: Laptopkliniek <info@…>": an organisation
            name = _TITLES.sub("", (match.group(1) or match.group(2) or "").strip())
            if len(name.split()) >= 2:
                names.add(_squash(name))
        facts = (frozenset(names), frozenset(company_domains))
        self._facts = (text, *facts)
        return facts
