"""Personal links: social-media profiles, and a person's own website.

Most URLs in support mail point at companies (``web07.host.nl``, ``whatismyip.com``, the
customer's shop), which is not personal data. A profile URL (``linkedin.com/in/…``,
``x.com/…``, ``github.com/…``) always names a person, so it is reported without a cue. Any
other URL or bare domain is reported only when the writer calls it theirs ("mijn portfolio",
"my website"). A domain named after a person found in the conversation (``sanjaykalka.nl``)
is added after the analysis, by ``pipelines.personal_domains``, which knows every name found.
Trailing ``).,`` is never part of the link.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, RecognizerResult

from pipelines.recognizers.base import DutchRecognizer

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
        """A profile always counts; another link only when the writer calls it theirs."""
        if pattern.name == "url":
            if not _PERSONAL_CUE.search(text, max(0, start - 60), start):
                return None
            pattern = Pattern("personal_url", pattern.regex, 0.75)
        return super()._score_match(text, start, end, pattern)
