"""Turning decided findings into redacted text.

Two promises live here. Readers of a redacted ticket must still follow it, so placeholders are
Dutch and numbered per conversation (``[PERSOON-1]`` is the same person in every message of
the thread). And no part of an identifier may stay visible, so overlapping findings are merged
into one span before anything is replaced: a BSN inside an old BTW number, a phone number
inside a customer line, a name inside an e-mail header all disappear whole.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from pipelines.policy import KEEP, REDACT

if TYPE_CHECKING:  # the conversation module builds on this one
    from pipelines.conversation import Conversation

#: Dutch placeholder words per entity type
PLACEHOLDER_LABELS: dict[str, str] = {
    "PERSON": "PERSOON",
    "EMAIL": "E-MAILADRES",
    "PHONE": "TELEFOONNUMMER",
    "ADDRESS": "ADRES",
    "POSTCODE": "POSTCODE",
    "LOCATION": "PLAATS",
    "IBAN": "IBAN",
    "BSN": "BSN",
    "KVK": "KVK-NUMMER",
    "BTW": "BTW-NUMMER",
    "LICENSE_PLATE": "KENTEKEN",
    "ID_DOCUMENT": "ID-DOCUMENT",
    "CREDIT_CARD": "BETAALKAART",
    "IP_ADDRESS": "IP-ADRES",
    "DATE_OF_BIRTH": "GEBOORTEDATUM",
    "CREDENTIAL": "INLOGGEGEVEN",
    "HEALTH": "GEZONDHEIDSGEGEVEN",
    "SPECIAL": "BIJZONDER-GEGEVEN",
    "CUSTOMER_ID": "KLANTNUMMER",
    "URL": "URL",
    "ORGANIZATION": "ORGANISATIE",
}

_CASE_ONLY_TYPES = {
    "PERSON",
    "LOCATION",
    "ADDRESS",
    "ORGANIZATION",
    "EMAIL",
    "URL",
    "HEALTH",
    "SPECIAL",
    "DATE_OF_BIRTH",
}
_SEPARATORS = re.compile(r"[\s.\-/()]+")


@dataclass(frozen=True)
class Finding:
    """One detected span with the policy's decision about it."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    action: str = REDACT
    reason: str = ""
    metadata: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def length(self) -> int:
        return self.end - self.start


def normalise(entity_type: str, value: str) -> str:
    """The form under which two spellings of one value count as the same value.

    Identifiers compare without separators and case (``06-1234 5678`` == ``0612345678``);
    names and words compare case- and whitespace-insensitively.
    """
    if entity_type in _CASE_ONLY_TYPES:
        return " ".join(value.lower().split())
    return _SEPARATORS.sub("", value).lower()


def truncate_ip(value: str) -> str:
    """An IP address with its host part dropped: IPv4 keeps a /16, IPv6 a /48."""
    try:
        address = ipaddress.ip_address(value.strip("[]"))
    except ValueError:
        return PLACEHOLDER_LABELS["IP_ADDRESS"]
    prefix = 16 if address.version == 4 else 48
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))


def _rank(finding: Finding) -> tuple[int, float, int]:
    # a redaction beats a keep, then the surer finding, then the longer one
    return (finding.action == REDACT, finding.score, finding.length)


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Merge overlapping findings into one non-overlapping span each.

    A cluster of overlapping findings becomes one finding covering their union, typed after its
    best member. If any member is redacted the whole union is redacted: keeping a customer
    number must never keep visible the phone number it overlaps.
    """
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    merged: list[Finding] = []
    cluster: list[Finding] = []
    cluster_end = -1
    for finding in ordered:
        if cluster and finding.start < cluster_end:
            cluster.append(finding)
            cluster_end = max(cluster_end, finding.end)
            continue
        if cluster:
            merged.append(_merge(cluster))
        cluster, cluster_end = [finding], finding.end
    if cluster:
        merged.append(_merge(cluster))
    return merged


def _merge(cluster: list[Finding]) -> Finding:
    if len(cluster) == 1:
        return cluster[0]
    best = max(cluster, key=_rank)
    return replace(
        best,
        start=min(f.start for f in cluster),
        end=max(f.end for f in cluster),
    )


class Anonymizer:
    """Replaces redacted findings by placeholders (and truncates kept IP addresses)."""

    def __init__(self, truncate_kept_ip: bool = True) -> None:
        self._engine = AnonymizerEngine()
        self._truncate_kept_ip = truncate_kept_ip

    def apply(self, text: str, findings: list[Finding], conversation: Conversation) -> str:
        """The redacted text. ``findings`` must not overlap (see :func:`resolve_overlaps`)."""
        targets: list[RecognizerResult] = []
        operators: dict[str, OperatorConfig] = {}
        for index, finding in enumerate(findings):
            if finding.action == KEEP and not (
                self._truncate_kept_ip and finding.entity_type == "IP_ADDRESS"
            ):
                continue
            # one operator per finding, its replacement fixed here so that placeholders are
            # numbered in reading order (the engine replaces from the end backwards)
            key = f"F{index}"
            value = text[finding.start : finding.end]
            if finding.action == KEEP:
                replacement = truncate_ip(value)
            else:
                replacement = conversation.placeholder(finding.entity_type, value)
            operators[key] = OperatorConfig("replace", {"new_value": replacement})
            targets.append(RecognizerResult(key, finding.start, finding.end, finding.score))
        if not targets:
            return text
        return self._engine.anonymize(text, targets, operators).text
