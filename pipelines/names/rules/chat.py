"""Names of chat speakers: "klant: siem meersman", "Medewerker (Mirte):", "[09:15] Jorinde
(Kempen IT):", "02-02-25 19:40 - Xiaoyu Wang:", "[14:32] Ilias – Maasland ICT:".

Why: a chat line opens with its speaker, a person or a company speaking through one. Who is
who is told by the shape of the two parts (an acronym, a domain, a company word) and by what
the message knows (``pipelines.names.message``): "Kabelkoning (Wessel):" names Wessel,
"Lotte (Webkade):" names Lotte, "Winkelkraan:" beside "Winkelkraan (Mirjam):" is the shop.
"""

from __future__ import annotations

from pipelines.names.chat_stamps import TIME, WA_STAMP
from pipelines.names.companies import ORG_SHAPE, is_company_token
from pipelines.names.rules.base import Candidate, Rule, cue, rx
from pipelines.names.shape import ANY, CAP
from pipelines.names.wordlists import alternation

#: chat speaker labels: what follows is a message, a name only when it is all there is
_CHAT_LABELS = alternation("chat_speaker_labels")
#: chat speakers whose name follows in parentheses: "Medewerker (Mirte):"
_SPEAKER_ROLES = alternation("speaker_roles")


class SpeakerOrgRule(Rule):
    """ "X (Y):" with X the speaker: a person unless X is the company and Y its person."""

    def accept(self, found: Candidate) -> bool:
        # "Lotte (Webkade):" names Lotte, unless the part before the brackets is the company
        match, message = found.match, found.message
        if message.is_org(match.group("org")):
            return True
        if message.is_org(match.group("name")):
            return False
        # "Kabelkoning (Wessel):": the known first name in brackets speaks for the company
        return message.name_like(*match.span("name")) or not message.name_like(*match.span("org"))


class OrgSpeakerRule(Rule):
    """ "X (Y):" with Y the speaker: only where X is an organisation."""

    def accept(self, found: Candidate) -> bool:
        # "Winkelkraan (Mirjam):" names Mirjam only where Winkelkraan is an organisation
        match, message = found.match, found.message
        org, name = match.group("org").strip(), match.group("name")
        if message.is_org(name):
            return False
        return message.is_org(org) or (
            message.name_like(*match.span("name"))
            and not message.name_like(match.start("org"), match.end("org"))
        )


class TimeSpeakerRule(Rule):
    """ "[09:02] X:": X is a person as a known first or proper name that is no organisation
    ("[10:13] Webkade:" is the shop answering)."""

    def accept(self, found: Candidate) -> bool:
        match, message = found.match, found.message
        name = match.group("name")
        return message.name_like(*match.span("name")) and not message.is_org(name)


class DashSpeakerRule(Rule):
    """ "X – Y:" without a time stamp: Y is a person only as a known first name, X not."""

    def accept(self, found: Candidate) -> bool:
        match, message = found.match, found.message
        return message.name_like(*match.span("name")) and not message.name_like(*match.span("org"))


class SeparatedSpeakerRule(Rule):
    """ "[time] X – Y:": X is a person when Y is a company ("Ilias – Maasland ICT:")."""

    def accept(self, found: Candidate) -> bool:
        if found.match.group("sep") in ("@", "|"):
            return True
        # "Ilias – Maasland ICT:" names a person first; "Leie ICT – Gerdien:" a company
        org = found.match.group("org")
        return any(is_company_token(w) for w in org.split()) or bool(ORG_SHAPE.search(org))


# klant: siem meersman | [10:42] bezoeker: Senne Kabasele, 07/11/1998
CHAT_LABEL = Rule(
    "chat_label",
    rx(rf"^[ \t]*{TIME}(?:{_CHAT_LABELS})[ \t]*:[ \t]*(?P<name>{ANY})"),
    0.65,
    lowercase=True,
    follow="line",
    cue=cue(rf"^[ \t]*{TIME}(?:{_CHAT_LABELS})[ \t]*:"),
    min_lowercase_words=2,
)

# Medewerker (Mirte): | Interne notitie (Loubna): | medewerker (lisa):
SPEAKER_PAREN = Rule(
    "speaker_paren",
    rx(rf"^[ \t]*{TIME}(?:{_SPEAKER_ROLES})[ \t]*\((?P<name>{ANY})\)[ \t]*:?"),
    0.7,
    lowercase=True,
    needs=("(",),
    cue=cue(rf"^[ \t]*{TIME}(?:{_SPEAKER_ROLES})[ \t]*\("),
)

# [09:15] Jorinde (Kempen IT): | Siem (Kempen IT):
SPEAKER_ORG = SpeakerOrgRule(
    "speaker_org",
    rx(
        rf"^[ \t]*{TIME}(?P<name>{CAP})[ \t]*\((?P<org>(?-i:\p{{Lu}})[^()\n]{{1,39}})\)"
        rf"[ \t]*:"
    ),
    0.65,
    needs=("):",),
    cue=cue(r"^[^\n]*\([^()\n]{2,40}\)[ \t]*:"),
)

# Winkelkraan (Mirjam): | 02-02-25 19:42 - Fietshuis Jansen (Mirjam): the company speaks
# through a person; taken only when the part before the brackets is an organisation
ORG_SPEAKER = OrgSpeakerRule(
    "org_speaker",
    rx(
        rf"^[ \t]*{TIME}(?P<org>[^\n():]{{2,40}}?)[ \t]*\((?=[^()\n]{{2,40}}\))"
        rf"(?P<name>{CAP})\)[ \t]*:"
    ),
    0.65,
    needs=("):",),
    cue=cue(r"^[^\n]*\([^()\n]{2,40}\)[ \t]*:"),
)

# 02-02-25 19:40 - Xiaoyu Wang: | [02/02/2025, 19:40:12] Xiaoyu Wang: (WhatsApp exports)
WA_SPEAKER = Rule(
    "wa_speaker",
    rx(rf"^[ \t]*(?:\[{WA_STAMP}\]|{WA_STAMP}[ \t]*[-–])[ \t]*(?P<name>{CAP})[ \t]*:"),
    0.65,
    weak=True,
    cue=cue(r"^[ \t]*\[?[0-9]{1,4}[-/.][0-9]{1,2}[-/.]"),
)

# [14:06] Kees (verhuurder): the speaker with a lowercase role in brackets
SPEAKER_ROLE = TimeSpeakerRule(
    "speaker_role",
    rx(rf"^[ \t]*{TIME}(?P<name>{CAP})[ \t]*\((?-i:\p{{Ll}})[^()\n]{{1,39}}\)[ \t]*:"),
    0.65,
    weak=True,
    needs=("(",),
)

# [09:02] Thorben Verbrugge: (Slack, Teams and chat-widget exports: a time, then the speaker)
TIME_SPEAKER = TimeSpeakerRule(
    "time_speaker",
    rx(rf"^[ \t]*\[[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?\][ \t]*(?P<name>{CAP})[ \t]*:"),
    0.65,
    weak=True,
    needs=("[",),
    cue=cue(r"^[ \t]*\[[0-9]{1,2}:[0-9]{2}"),
)

# [11:03] Leie ICT – Gerdien:
SPEAKER_DASH = Rule(
    "speaker_dash",
    rx(
        rf"^[ \t]*\[[^\]\n]{{1,25}}\][ \t]*[^\n:]{{2,40}}?[ \t]+[–—-][ \t]+"
        rf"(?P<name>{CAP})[ \t]*:"
    ),
    0.6,
    needs=("[",),
    cue=cue(r"^[ \t]*\["),
)

# Kabelkoning – Wessel: (no time stamp): the part after the dash is a person only when it is a
# known first name and the part before is not ("Maasland ICT – Gerdien:")
SPEAKER_DASH_PLAIN = DashSpeakerRule(
    "speaker_dash_plain",
    rx(
        rf"^[ \t]*{TIME}(?P<org>[^\n:–—]{{2,40}}?)[ \t]+[–—][ \t]+"
        rf"(?P<name>{CAP})[ \t]*:"
    ),
    0.6,
    needs=("–", "—"),
    line_cue=cue(r"[–—][^\n:]{1,40}:"),
)

# [14:32] Ilias – Maasland ICT: | [15:03] Mitchell | Telefoonhuis: | [11:21] Febe @ Hostkot:
SPEAKER_SEP = SeparatedSpeakerRule(
    "speaker_sep",
    rx(
        rf"^[ \t]*\[[^\]\n]{{1,25}}\][ \t]*(?P<name>{CAP})[ \t]+(?P<sep>[–—|@-])[ \t]+"
        rf"(?P<org>[^\s:][^\n:]{{0,39}}?)[ \t]*:"
    ),
    0.6,
    needs=("[",),
    cue=cue(r"^[ \t]*\["),
)
