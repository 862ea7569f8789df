"""What the cue rules may check against the whole message: its domains and organisations.

Why: a word in a name's place is a company's name when the same message says so elsewhere:
its domain ("Hallo Dijkhost," beside "support@dijkhost.nl"), "het team van X", "welkom bij
X", or a chat speaker that also speaks through people ("Winkelkraan:" and "Winkelkraan
(Mirjam):"). One :class:`Message` per analysed text holds that knowledge; the organisations
are looked for only when a rule first asks.
"""

from __future__ import annotations

import re as std_re

import regex as re
from spacy.tokens import Doc

from pipelines.names.chat_stamps import WA_STAMP
from pipelines.names.companies import SPEAKER_ORG_SHAPE, is_company_token, is_shop_head
from pipelines.names.first_names import first_names
from pipelines.names.shape import CAP, NAME_CAP
from pipelines.names.wordlists import entries

_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:nl|be|com|eu|org|net|io|info|de|fr|co|nu)\b")
#: a domain match lies inside one run of ``[\w.-]`` that holds one of these literally
_TLD_HINT = std_re.compile(r"\.(?:nl|be|com|eu|org|net|io|info|de|fr|co|nu)")
_RUN_CHAR = re.compile(r"[\w.-]")
_RUN_REST = re.compile(r"[\w.-]*")
_LABEL_SPLIT = re.compile(r"[.\-_]")

#: "de WhatsApp-service van Winkelkraan", "het team van X", "welkom bij X": X is a company
_ORG_VAN = std_re.compile(r"van[ \t]+")
_ORG_WELCOME = std_re.compile(r"welkom[ \t]+bij[ \t]+")
#: what comes before "van" in such a phrase
_ORG_HEADS = entries("organisation_heads")
#: "het team van X" names a company in a signature only: "ik zit in het team van Marieke"
_TEAM_SIGNATURE = std_re.compile(
    r"[ \t>]*(?:(?:met[ \t]+)?(?:vriendelijke[ \t]+|hartelijke[ \t]+)?groet(?:en|jes)?[ \t]*,?"
    r"[ \t]*)?(?:namens[ \t]+)?(?:het[ \t]+)?(?:[\w-]+[ \t]+)?[\w-]*team[ \t]+van[ \t]+"
)
_ORG_AFTER_CUE = re.compile(CAP)
#: a chat speaker at a line start, alone or with a bracket: "02-02-25 19:41 - Winkelkraan:",
#: "[10:02] Winkelkraan (Mirjam):"
_SPEAKER_LINE = re.compile(
    rf"^[ \t]*(?P<stamp>(?:\[[^\]\n]{{1,25}}\]|{WA_STAMP}[ \t]*[-–])[ \t]*)?"
    rf"(?P<x>{NAME_CAP})[ \t]*(?:\((?P<y>[^()\n]{{1,40}})\)[ \t]*)?:",
    re.MULTILINE,
)
#: a bracket before a colon: the line may hold a speaker with a bracket ("X (Y):"); and the
#: lines that open with a timestamp (``_SPEAKER_LINE`` is tried at their start)
_BRACKET_SPEAKER_CUE = std_re.compile(r"\)[ \t]*:")
_NO_WORD_CHAR_BEFORE = std_re.compile(r"[a-z0-9_]")
_STAMPED_LINE_CUE = std_re.compile(r"^[ \t]*(?:\[|[0-9]{1,4}[-/.][0-9])", std_re.MULTILINE)


def domain_labels(lowered: str) -> set[str]:
    """The labels of the domain names in the message ("bakkerij", "jansen", "nl").

    The same as splitting every ``_DOMAIN.findall(lowered)``, but ``_DOMAIN`` runs only over the
    few runs of ``[\\w.-]`` that hold a ".nl"-like ending: a match never leaves such a run.
    """
    labels: set[str] = set()
    run_end = 0
    for hint in _TLD_HINT.finditer(lowered):
        if hint.start() < run_end:
            continue  # in the run just searched
        run_start = hint.start()
        while run_start > 0 and _RUN_CHAR.match(lowered, run_start - 1):
            run_start -= 1
        run_end = _RUN_REST.match(lowered, hint.start()).end()
        for domain in _DOMAIN.findall(lowered, run_start, run_end):
            labels.update(_LABEL_SPLIT.split(domain))
    return labels


class Message:
    """What the cues may check against the whole message; the organisations on first use."""

    __slots__ = ("_orgs", "doc", "domains", "lowered", "text")

    def __init__(self, text: str, lowered: str, domains: set[str], doc: Doc | None = None) -> None:
        self.text = text
        self.lowered = lowered
        self.domains = domains
        self.doc = doc
        self._orgs: frozenset[str] | None = None

    def name_like(self, start: int, end: int) -> bool:
        """The first word at ``start`` is a known first name or proper name: a Faker first
        name, or a proper name of the OpenTaal list (tagged DC/DB by the model's first step).
        "Kabelkoning (Wessel):" then names Wessel, "Lotte (Webkade):" names Lotte."""
        word = self.text[start:end].split()[0] if self.text[start:end].split() else ""
        if word in first_names():
            return True
        if self.doc is None:
            return False
        span = self.doc.char_span(start, start + len(word), alignment_mode="expand")
        return span is not None and len(span) == 1 and span[0].tag_ in ("DC", "DB")

    def orgs(self) -> frozenset[str]:
        """Names this message uses for an organisation.

        "service van X", "team van X", "welkom bij X"; and a chat speaker that also speaks
        through people ("Winkelkraan:" and "Winkelkraan (Mirjam):", or "X (Mirjam):" and
        "X (Joost):"): a person does not speak through someone else.
        """
        if self._orgs is None:
            text = self.text
            orgs: set[str] = set()
            lowered = self.lowered
            hits = []
            for hit in _ORG_VAN.finditer(lowered):
                head = lowered[max(0, hit.start() - 16) : hit.start()]
                if not head[-1:].isspace() or not head.rstrip().endswith(_ORG_HEADS):
                    continue
                if head.rstrip().endswith("team"):
                    line_start = lowered.rfind("\n", 0, hit.start()) + 1
                    if not _TEAM_SIGNATURE.fullmatch(lowered, line_start, hit.end()):
                        continue
                hits.append(hit)
            hits += [
                hit
                for hit in _ORG_WELCOME.finditer(lowered)
                if not _NO_WORD_CHAR_BEFORE.search(lowered[max(0, hit.start() - 1) : hit.start()])
            ]
            for hit in hits:
                match = _ORG_AFTER_CUE.match(text, hit.end())
                if match is not None:
                    orgs.add(match.group())
            brackets: dict[str, set[str]] = {}
            if "(" in text:
                line_end = -1
                for hit in _BRACKET_SPEAKER_CUE.finditer(lowered):
                    if hit.start() < line_end:
                        continue  # this line has been tried
                    line_start = lowered.rfind("\n", 0, hit.start()) + 1
                    line_end = lowered.find("\n", hit.start())
                    if line_end == -1:
                        line_end = len(lowered)
                    m = _SPEAKER_LINE.match(text, line_start)
                    if m is not None and m.group("y") is not None:
                        brackets.setdefault(m.group("x"), set()).add(m.group("y").strip())
            if brackets:
                bare: set[str] = set()
                for hit in _STAMPED_LINE_CUE.finditer(lowered):
                    m = _SPEAKER_LINE.match(text, hit.start())
                    if m is not None and m.group("y") is None and m.group("stamp"):
                        bare.add(m.group("x"))
                orgs.update(x for x, ys in brackets.items() if x in bare or len(ys) > 1)
            self._orgs = frozenset(orgs)
        return self._orgs

    def is_org(self, value: str) -> bool:
        """The words name an organisation: a company word or shape, a domain, or said so."""
        words = value.split()
        if any(is_company_token(w) for w in words) or SPEAKER_ORG_SHAPE.search(value):
            return True
        if len(words) >= 2 and is_shop_head(words[0]):
            return True
        if len(words) == 1 and value.lower() in self.domains:
            return True
        return value in self.orgs()
