"""The cue rules of :class:`pipelines.names.recognizer.PersonRulesRecognizer`, one module per
family: ``titles`` (titles, initials), ``mail`` (headers, quoted replies), ``fields`` (ticket
fields and notes), ``chat`` (speakers), ``closings``, ``intros``, ``relations``,
``greetings`` and ``sending``; ``base`` holds :class:`Rule`, ``cues`` the vocabularies
several families share.

Why the order below is fixed: when two rules find the same stretch of text with the same
score, the one listed first names the finding (and a name found after a title only is not
looked for elsewhere), so reordering would change findings.
"""

from __future__ import annotations

from pipelines.names.rules.base import CASE_TRAPS, Candidate, Rule
from pipelines.names.rules.chat import (
    CHAT_LABEL,
    ORG_SPEAKER,
    SPEAKER_DASH,
    SPEAKER_DASH_PLAIN,
    SPEAKER_ORG,
    SPEAKER_PAREN,
    SPEAKER_ROLE,
    SPEAKER_SEP,
    TIME_SPEAKER,
    WA_SPEAKER,
)
from pipelines.names.rules.closings import CLOSING, CLOSING_INLINE, CLOSING_VAN
from pipelines.names.rules.fields import (
    BY,
    HEADING_PAREN,
    LABEL,
    LIST_LABEL,
    NOTE_LABEL,
    ROLE_PAREN,
)
from pipelines.names.rules.greetings import GREETING, GREETING_LOWER
from pipelines.names.rules.intros import INTRO, INTRO_MET, INTRO_STRONG
from pipelines.names.rules.mail import DISPLAY_NAME, HEADER, WROTE
from pipelines.names.rules.relations import AND_I, KIN_OF, RELATION, RELATION_BEFORE
from pipelines.names.rules.sending import SEND_TO, SENT_TO
from pipelines.names.rules.titles import INITIALS_RULE, TITLE

RULES: tuple[Rule, ...] = (
    TITLE,
    INITIALS_RULE,
    HEADER,
    DISPLAY_NAME,
    WROTE,
    LABEL,
    BY,
    LIST_LABEL,
    CHAT_LABEL,
    NOTE_LABEL,
    SPEAKER_PAREN,
    SPEAKER_ORG,
    ORG_SPEAKER,
    WA_SPEAKER,
    TIME_SPEAKER,
    SPEAKER_ROLE,
    SPEAKER_DASH,
    SPEAKER_DASH_PLAIN,
    SPEAKER_SEP,
    HEADING_PAREN,
    ROLE_PAREN,
    CLOSING,
    CLOSING_INLINE,
    CLOSING_VAN,
    INTRO_STRONG,
    INTRO,
    INTRO_MET,
    RELATION,
    KIN_OF,
    AND_I,
    RELATION_BEFORE,
    GREETING,
    GREETING_LOWER,
    SEND_TO,
    SENT_TO,
)

__all__ = ["CASE_TRAPS", "RULES", "Candidate", "Rule"]
