"""Names in the fields and notes of a ticket: "Behandelaar: Joost Verhelst", "Behandeld door
Annelies Claes", "Aanwezig: dr. Peeters, technieker Wouter", "Analyse (Joris):", "Veerle
Coppens (praktijkmanager)".

Why: ticket systems and helpdesk notes put people in labelled places. Each field has its own
evidence: a label names a person even with a remark after it only when it is a person's label
("Aangemaakt door: Ruben na telefonisch contact"), one word after "door" may be a company
("opgehaald door Bpost") unless the field opens its line, a list ends each name at a comma,
a heading's brackets may hold a remark ("Update (Dringend):"), and a name before brackets is
a person's only when the brackets hold a role.
"""

from __future__ import annotations

import re as std_re

import regex as re

from pipelines.names.chat_stamps import TIME
from pipelines.names.rules.base import Candidate, Rule, cue, rx
from pipelines.names.rules.cues import RELATIONS, TITLES
from pipelines.names.shape import ANY, CAP
from pipelines.names.wordlists import alternation, word_set
from pipelines.names.words import COMMON_LOWER, PARTICIPLE

#: field labels whose value is a person; a regex (an optional dot), so it stays in the code
_LABELS = (
    r"naam|klant|volledige[ \t]+naam|naam[ \t]+klant|klantnaam|contactpersoon|"
    r"contact[ \t]+ter[ \t]+"
    r"plaatse|aangemaakt[ \t]+door|behandelaar|behandeld[ \t]+door|agent|medewerker|melder|"
    r"gemeld[ \t]+door|monteur|technieker|technicus|toegewezen[ \t]+aan|geregistreerd[ \t]+door|"
    r"aanvrager|aangevraagd[ \t]+door|aangenomen[ \t]+door|goedgekeurd[ \t]+door|ingediend[ \t]+"
    r"door|ingevoerd[ \t]+door|opgehaald[ \t]+door|afgehandeld[ \t]+door|full[ \t]+name|name|"
    r"customer[ \t]+name|contact[ \t]+person|requester|assigned[ \t]+to|created[ \t]+by|"
    r"op[ \t]+naam[ \t]+van|t\.n\.v\.?|tnv|ten[ \t]+name[ \t]+van|rekeninghouder|"
    r"account[ \t]+holder|name[ \t]+on[ \t]+card|kaarthouder|cardholder|tenaamstelling|"
    r"eigenaar|voornaam|achternaam|ondertekend[ \t]+door|getekend[ \t]+door|patiënt|cliënt|"
    r"opvolging|opgevolgd[ \t]+door|vervanger|vervangster|uitgevoerd[ \t]+door|toegewezen|"
    r"gecontroleerd[ \t]+door|verantwoordelijke|"
    # the English labels of ticket systems and logs (Jira, ServiceNow, git)
    r"assignee|reporter|reported[ \t]+by|requested[ \t]+by|opened[ \t]+by|resolved[ \t]+by|"
    r"closed[ \t]+by|approved[ \t]+by|reviewed[ \t]+by|caller|author|owner|submitted[ \t]+by"
)
#: labels whose value is a person even when lowercase words follow ("Aangemaakt door: Ruben na
#: telefonisch contact"); "Naam:", "Klant:", "Agent:" also open chat lines and are left out
_PERSON_LABEL = re.compile(
    r"(?i)(?:door|aan|behandelaar|monteur|technieker|technicus|contactpersoon|vervang|opvolg|"
    r"aanvrager|melder|verantwoordelijke)$"
)
#: "Behandeld door Annelies Claes", "Ingediend via het portaal door Liesje Wuyts (AB-123)"
_BY_VERBS = alternation("done_by_participles")
#: "door" fields of a ticket, filled in with a person (not "opgehaald door", "uitgevoerd door")
_DESK_FIELD = re.compile(
    r"(?i)aangemaakt|behandeld|goedgekeurd|gemeld|ingediend|ingevoerd|geregistreerd|aangevraagd|"
    r"aangenomen|afgehandeld|opgevolgd|toegewezen|assigned"
)
#: list labels whose value is several people: "Aanwezig: dr. Peeters, technieker Wouter"
_LIST_LABELS = r"aanwezig(?:en)?|deelnemers|attendees|participants"
#: what ends one name in a list of names
_LIST_END = re.compile(r"[ \t]*(?:[,;()/|]|\.?[ \t]*$|(?:en|and)[ \t]|[–—-][ \t])", re.M)
#: note headings followed by a name: "Notitie Mirte K.:", "Samenvatting Houda Amrani:"
_NOTE_LABELS = alternation("note_labels")
#: headings whose author or subject follows in brackets: "Analyse (Joris):"
_HEADINGS = alternation("note_headings")
#: words in a heading's brackets that are no author: "Update (Dringend):"
_NOT_AUTHORS = word_set("heading_remarks")
#: roles in parentheses after a name: "Veerle Coppens (praktijkmanager)", "Teun (servicedesk)"
_ROLE = re.compile(
    r"(?i)(?:manager|co[öo]rdinator|directeur|director|eigenaar|owner|zaakvoerder|medewerk|"
    r"assistent|boekhoud|accountant|secretar|receptie|servicedesk|helpdesk|support|marketing|"
    r"sales|\bhr\b|finance|administratie|\bict\b|\bit\b|lijn\b|delegee|delegu|collega|"
    r"stagiai|vennoot|\bceo\b|\bcto\b|\bcfo\b|beheerder|verkoop|inkoop|planner|technie|monteur|"
    r"consultant|adviseur|\bjuf\b|docent|leraar|\barts\b|huisarts|tandarts|advocaat|notaris|"
    r"contactpersoon|vertegenwoordig|echtgeno|\bzoon\b|dochter)"
)


class LabelRule(Rule):
    """A field label: after a person's label a one-word name may be followed by a remark."""

    def remark_follows(self, found: Candidate, rest_of_line: str) -> bool:
        # "Aangemaakt door: Ruben na telefonisch contact": a person label, then a remark
        first = found.words[0].lower()
        return (
            bool(_PERSON_LABEL.search(found.match.group("lab")))
            and rest_of_line[:1].islower()
            and first not in COMMON_LOWER
            and not PARTICIPLE.search(first)
        )


class ByRule(Rule):
    """ "door X": one word is a person only in a ticket field that opens its line."""

    def accept(self, found: Candidate) -> bool:
        if len(found.words) != 1:
            return True
        # one word after "door" may be a company ("opgehaald door Bpost"), except in a
        # ticket field that opens its line ("Behandeld door Annelies")
        text, start = found.text, found.match.start()
        line_start = text.rfind("\n", 0, start) + 1
        return not text[line_start:start].strip(" \t|>*•-") and bool(_DESK_FIELD.match(text, start))


class ListLabelRule(Rule):
    """A list of people: each name ends at a comma, "en", a bracket or the line's end."""

    def accept(self, found: Candidate) -> bool:
        return bool(_LIST_END.match(found.text, found.match.end("name")))


class HeadingRule(Rule):
    """A heading's brackets: one word there is an author unless it is a remark."""

    def accept(self, found: Candidate) -> bool:
        if len(found.words) != 1:
            return True
        low = found.words[0].lower()
        return not (
            low in _NOT_AUTHORS
            or low in COMMON_LOWER
            or low.endswith("end")
            or PARTICIPLE.search(low)
        )


class RoleRule(Rule):
    """A name before brackets: searched for only where the brackets hold a role."""

    def anchor_ok(self, anchor: std_re.Match[str]) -> bool:
        return bool(_ROLE.search(anchor.group("role")))


# Behandelaar: Joost Verhelst | Klant: Lieke Smit (QRT-48210) | t.n.v. K. Dijkhuis
LABEL = LabelRule(
    "label",
    rx(rf"(?<![\w.])(?P<lab>{_LABELS})[ \t]*:[ \t]*(?:{TITLES}[ \t]+)?(?P<name>{ANY})"),
    0.7,
    lowercase=True,
    follow="boundary",
    cue=cue(rf"(?<![a-z0-9_.])(?:{_LABELS})[ \t]*:"),
    min_lowercase_words=2,
)

# Behandeld door Annelies Claes | Ingediend via het portaal door Liesje Wuyts (AB-123)
BY = ByRule(
    "by",
    rx(
        rf"(?<![\w])(?:(?:{_BY_VERBS})(?:[ \t]+[^\n.:;,()\[\]]{{1,30}}?)?[ \t]+door"
        rf"|toegewezen[ \t]+aan|assigned[ \t]+to)[ \t]*:?[ \t]*"
        rf"(?:{TITLES}[ \t]+)?(?P<name>{CAP})"
    ),
    0.6,
    weak=True,
    needs=("door", "toegewezen", "assigned"),
    # a match never spans lines: only lines that say "door", "toegewezen" are scanned
    line_cue=cue(r"door|toegewezen|assigned"),
)

# Aanwezig: dr. Peeters, technieker Wouter en Els Maes
LIST_LABEL = ListLabelRule(
    "list_label",
    rx(
        rf"(?<=(?<![\w.])(?:{_LIST_LABELS})[ \t]*:(?:[^\n]*?(?:[,;]|[ \t](?:en|and)[ \t]))?"
        rf"[ \t]*)(?:(?:{TITLES}|{RELATIONS})[ \t]+)?(?P<name>{CAP})"
    ),
    0.6,
    line_cue=cue(rf"(?:{_LIST_LABELS})[ \t]*:"),
)

# Klant Lieke Smit (QRT-48210) | Notitie Mirte K.: | Samenvatting Houda Amrani:
NOTE_LABEL = Rule(
    "note_label",
    rx(rf"^[ \t]*(?:{_NOTE_LABELS})[ \t]+(?:van[ \t]+|door[ \t]+)?(?P<name>{CAP})[ \t]*[:(,]"),
    0.6,
    cue=cue(rf"^[ \t]*(?:{_NOTE_LABELS})[ \t]"),
)

# Analyse (Joris): | Aanvraag via HR (Griet Lambrechts)
HEADING_PAREN = HeadingRule(
    "heading_paren",
    rx(
        rf"^[ \t]*{TIME}(?:{_HEADINGS})(?:[ \t]+(?:via|door|van)[ \t]+[^\n()]{{1,30}}?)?"
        rf"[ \t]*\((?P<name>{CAP})\)[ \t]*(?::|$)"
    ),
    0.6,
    needs=("(",),
    cue=cue(rf"^[ \t]*{TIME}(?:{_HEADINGS})"),
)

# Veerle Coppens (praktijkmanager) | Roosmarijn (marketing)
ROLE_PAREN = RoleRule(
    "role_paren",
    rx(rf"(?<![\w@.'’-])(?P<name>{CAP})[ \t]*\Z"),
    0.6,
    anchor=std_re.compile(r"\((?P<role>[^()\n]{2,40})\)"),
)
