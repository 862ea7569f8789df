"""Purpose-based decisions: is a finding needed for what this conversation is about?

privacy statements promise to delete personal data "we did not ask for and don't need". The
policy makes "need" explicit: a named purpose lists the entity types it needs, everything else
found is redacted, and each decision carries its reason so a reviewer can see why.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipelines import shipped

#: the one vocabulary of entity types (ARCHITECTURE.md)
ENTITY_TYPES = frozenset(
    [
        "PERSON",
        "EMAIL",
        "PHONE",
        "ADDRESS",
        "POSTCODE",
        "LOCATION",
        "IBAN",
        "BSN",
        "KVK",
        "BTW",
        "LICENSE_PLATE",
        "ID_DOCUMENT",
        "CREDIT_CARD",
        "IP_ADDRESS",
        "DATE_OF_BIRTH",
        "CREDENTIAL",
        "HEALTH",
        "SPECIAL",
        "CUSTOMER_ID",
        "URL",
        "ORGANIZATION",
    ]
)

REDACT = "redact"
KEEP = "keep"

#: recognition metadata the policy reads: the value is the running company's own (its
#: ``[company]`` settings, see pipelines.own_company) — kept whatever the purpose
OWN_COMPANY_KEY = "own_company"
#: the value is another business's contact details (letterhead, signature, footer; see
#: pipelines.company) — judged by the purpose like any value, the reason says what it is
BUSINESS_DETAILS_KEY = "business_details"

DEFAULT_POLICY_FILE = shipped.data_root() / shipped.DEFAULT_POLICY


class PolicyError(ValueError):
    """The policy configuration is inconsistent (unknown type, forbidden keep, unknown purpose)."""


@dataclass(frozen=True)
class Decision:
    """What happens to one finding, and why (shown to reviewers, stored in the audit log)."""

    action: str  # "redact" | "keep"
    reason: str


@dataclass(frozen=True)
class Purpose:
    name: str
    keep: frozenset[str]
    description: str = ""


@dataclass(frozen=True)
class Policy:
    """Named purposes and the rules that hold for all of them."""

    purposes: Mapping[str, Purpose]
    default_purpose: str = "default"
    always_keep: frozenset[str] = frozenset({"ORGANIZATION"})
    never_keep: frozenset[str] = frozenset()
    truncate_ip: bool = True
    keep_service_numbers: bool = True

    def __post_init__(self) -> None:
        self._validate()

    def _validate(self) -> None:
        for name in self.always_keep | self.never_keep:
            if name not in ENTITY_TYPES:
                raise PolicyError(f"unknown entity type {name!r} in policy")
        for purpose in self.purposes.values():
            unknown = purpose.keep - ENTITY_TYPES
            if unknown:
                raise PolicyError(f"purpose {purpose.name!r}: unknown types {sorted(unknown)}")
            forbidden = purpose.keep & self.never_keep
            if forbidden:
                raise PolicyError(
                    f"purpose {purpose.name!r} keeps {sorted(forbidden)}, "
                    "which the policy never keeps"
                )
        if self.default_purpose not in self.purposes:
            raise PolicyError(f"default purpose {self.default_purpose!r} is not defined")

    def purpose(self, name: str | None) -> Purpose:
        """The named purpose; ``None`` or empty means the default one."""
        key = name or self.default_purpose
        try:
            return self.purposes[key]
        except KeyError:
            known = ", ".join(sorted(self.purposes))
            raise PolicyError(f"unknown purpose {key!r} (known: {known})") from None

    def decide(
        self,
        entity_type: str,
        purpose: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Decision:
        """Keep or redact one finding of ``entity_type`` under ``purpose``."""
        chosen = self.purpose(purpose)
        if entity_type in self.never_keep:
            return Decision(REDACT, f"{entity_type} wordt nooit bewaard")
        if entity_type in self.always_keep:
            return Decision(KEEP, f"{entity_type} is geen persoonsgegeven")
        metadata = metadata or {}
        if metadata.get(OWN_COMPANY_KEY):
            return Decision(
                KEEP, "gegevens van ons eigen bedrijf ([company]), geen persoonsgegeven"
            )
        if (
            entity_type == "PHONE"
            and self.keep_service_numbers
            and metadata.get("phone_kind") == "service"
        ):
            return Decision(KEEP, "servicenummer van een bedrijf, geen persoonsgegeven")
        # a customer's business details may be a one-person business's, i.e. a person's: only
        # the purpose decides, and the reason says whose they are
        whose = "bedrijfsgegevens van de klant, " if metadata.get(BUSINESS_DETAILS_KEY) else ""
        if entity_type in chosen.keep:
            return Decision(KEEP, f"{whose}nodig voor doel '{chosen.name}'")
        return Decision(REDACT, f"{whose}niet nodig voor doel '{chosen.name}'")


def policy_from_mapping(data: Mapping[str, Any]) -> Policy:
    """Build a policy from parsed TOML (``[policy]`` plus ``[purposes.NAME]`` tables)."""
    rules = data.get("policy", {})
    purposes = {
        name: Purpose(
            name=name,
            keep=frozenset(table.get("keep", [])),
            description=table.get("description", ""),
        )
        for name, table in data.get("purposes", {}).items()
    }
    return Policy(
        purposes=purposes,
        default_purpose=rules.get("default_purpose", "default"),
        always_keep=frozenset(rules.get("always_keep", ["ORGANIZATION"])),
        never_keep=frozenset(rules.get("never_keep", [])),
        truncate_ip=bool(rules.get("truncate_ip", True)),
        keep_service_numbers=bool(rules.get("keep_service_numbers", True)),
    )


def load_policy(path: Path | str | None = None) -> Policy:
    """Read a policy file (default: the shipped ``config/policy.toml``)."""
    file = Path(path) if path else DEFAULT_POLICY_FILE
    with file.open("rb") as handle:
        return policy_from_mapping(tomllib.load(handle))
