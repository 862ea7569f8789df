"""Redactor: analyze -> policy -> anonymize, for one message or a batch of them.

This is the only entry point the service and the command line use. It is synchronous and pure
(text in, :class:`RedactionResult` out): the raw text lives only in the caller's memory, and
nothing here logs, stores or raises with it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from presidio_analyzer import RecognizerResult

from pipelines.analyzer import PIPE_BATCH, Analyzer
from pipelines.anonymize import Anonymizer, Finding, resolve_overlaps
from pipelines.company import drop_names_inside_companies, mark_business_details
from pipelines.conversation import Conversation
from pipelines.names import find_coordinated
from pipelines.nlp import BLANK_MODEL, load_pipeline
from pipelines.own_company import OwnCompany
from pipelines.personal_domains import find_personal_domains
from pipelines.policy import Policy, PolicyError, Purpose, load_policy
from pipelines.requests import classify_request

#: a message longer than this is refused rather than analysed (1 MB of text)
DEFAULT_MAX_CHARS = 1_000_000
#: score of a name found because it was found elsewhere in the conversation
MENTION_SCORE = 0.7


class InputTooLargeError(ValueError):
    """The message is longer than the configured limit; the message says sizes, never text."""


@dataclass(frozen=True)
class RedactionResult:
    """The redacted text and what was found in the original, without the values themselves."""

    text: str
    findings: tuple[Finding, ...]
    purpose: str
    request: Mapping[str, Any] | None = None
    conversation: Conversation | None = field(default=None, repr=False, compare=False)

    def entities(self) -> list[dict[str, Any]]:
        """The CLI / API view of the findings (offsets refer to the original text)."""
        return [
            {
                "type": f.entity_type,
                "start": f.start,
                "end": f.end,
                "score": round(f.score, 3),
                "action": f.action,
                "recognizer": f.recognizer,
                "reason": f.reason,
            }
            for f in self.findings
        ]


class Redactor:
    """Finds personal data, lets the policy decide, and replaces what is not needed."""

    def __init__(
        self,
        analyzer: Analyzer,
        policy: Policy,
        max_chars: int = DEFAULT_MAX_CHARS,
        company: OwnCompany | None = None,
    ) -> None:
        self.analyzer = analyzer
        self.policy = policy
        self.max_chars = max_chars
        self.company = company or OwnCompany()
        self._anonymizer = Anonymizer(truncate_kept_ip=policy.truncate_ip)

    @classmethod
    def from_config(
        cls,
        model: str = BLANK_MODEL,
        recognizer_config: Mapping[str, Any] | None = None,
        policy_file: Path | str | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
        project_root: Path | None = None,
        company: Mapping[str, Any] | None = None,
    ) -> Redactor:
        """Build a redactor from configuration values (model, recognizers, policy, the
        ``[company]`` that runs it)."""
        nlp = load_pipeline(model, project_root)
        return cls(
            Analyzer(nlp, recognizer_config),
            load_policy(policy_file),
            max_chars,
            OwnCompany.from_mapping(company),
        )

    def redact(
        self,
        text: str,
        purpose: str | None = None,
        conversation: Conversation | None = None,
        doc: Any = None,
    ) -> RedactionResult:
        """Redact one message; pass the same ``conversation`` for every message of a thread.

        ``doc``: the text's spaCy document when it was made already (``Analyzer.docs``, which
        runs the pipeline over many texts at once); the result is the same."""
        chosen = self._check(text, purpose)
        return self._redact(text, chosen, conversation or Conversation(), doc)

    def redact_batch(
        self,
        jobs: Sequence[tuple[str, str | None, Conversation | None]],
        batch_size: int = PIPE_BATCH,
    ) -> Iterator[RedactionResult | InputTooLargeError | PolicyError | TypeError]:
        """Redact many messages ``(text, purpose, conversation)``, as :meth:`redact` would one
        after another, with the spaCy pipeline run over them in batches (``nlp.pipe``).

        Yields, job by job in the order given, its :class:`RedactionResult` or the error
        :meth:`redact` would have raised for it (too long, unknown purpose, not a string).
        Jobs of one conversation are redacted in that order, so placeholders and recurring
        names come out as they would one by one."""
        checked: list[Purpose | Exception] = []
        for text, purpose, _ in jobs:
            try:
                checked.append(self._check(text, purpose))
            except (InputTooLargeError, PolicyError, TypeError) as error:
                checked.append(error)
        texts = (job[0] for job, ok in zip(jobs, checked, strict=True) if isinstance(ok, Purpose))
        docs = self.analyzer.docs(texts, batch_size)
        for (text, _, conversation), chosen in zip(jobs, checked, strict=True):
            if isinstance(chosen, Purpose):
                yield self._redact(text, chosen, conversation or Conversation(), next(docs))
            else:
                yield chosen

    def _check(self, text: str, purpose: str | None) -> Purpose:
        """The purpose chosen for a message that can be redacted; raises before any work
        when it cannot (not a string, too long, an unknown purpose)."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a string, not {type(text).__name__}")
        if len(text) > self.max_chars:
            raise InputTooLargeError(
                f"message has {len(text)} characters; the limit is {self.max_chars}"
            )
        return self.policy.purpose(purpose)  # unknown purposes fail before any work

    def _redact(
        self, text: str, chosen: Purpose, conversation: Conversation, doc: Any
    ) -> RedactionResult:
        results = drop_names_inside_companies(self.analyzer.analyze(text, doc), text)
        results = self.company.apply(text, results)
        mark_business_details(text, results)
        found = [self._decide(result, chosen.name) for result in results]
        found += self._coordinated_names(text, found, chosen.name)
        found += self._name_mentions(text, found, conversation, chosen.name)
        found += self._personal_domains(text, found, conversation, chosen.name)
        findings = resolve_overlaps(found)
        redacted = self._anonymizer.apply(text, findings, conversation)
        return RedactionResult(
            text=redacted,
            findings=tuple(findings),
            purpose=chosen.name,
            request=request_of(text),
            conversation=conversation,
        )

    def _name_mentions(
        self, text: str, found: list[Finding], conversation: Conversation, purpose: str
    ) -> list[Finding]:
        """Recurrences of names found in this message or earlier in the conversation."""
        conversation.learn_names(text[f.start : f.end] for f in found if f.entity_type == "PERSON")
        spans = conversation.find_mentions(text, [(f.start, f.end) for f in found])
        return self._derived("PERSON", spans, "NameMentionRecognizer", purpose)

    def _coordinated_names(self, text: str, found: list[Finding], purpose: str) -> list[Finding]:
        """Names joined to a found name by "en" ("Karin en Joost", "zowel X als Y")."""
        persons = [(f.start, f.end) for f in found if f.entity_type == "PERSON"]
        if not persons:
            return []
        spans = find_coordinated(text, persons, [(f.start, f.end) for f in found])
        return self._derived("PERSON", spans, "CoordinatedNameRecognizer", purpose)

    def _personal_domains(
        self, text: str, found: list[Finding], conversation: Conversation, purpose: str
    ) -> list[Finding]:
        """Websites named after a person of this conversation."""
        spans = find_personal_domains(text, conversation.names, [(f.start, f.end) for f in found])
        return self._derived("URL", spans, "PersonalDomainRecognizer", purpose)

    def _derived(
        self, entity_type: str, spans: list[tuple[int, int]], recognizer: str, purpose: str
    ) -> list[Finding]:
        """Findings that follow from earlier ones, with the policy's decision for the type."""
        decision = self.policy.decide(entity_type, purpose)
        return [
            Finding(
                entity_type,
                start,
                end,
                MENTION_SCORE,
                recognizer,
                decision.action,
                decision.reason,
            )
            for start, end in spans
        ]

    def _decide(self, result: RecognizerResult, purpose: str) -> Finding:
        metadata = dict(result.recognition_metadata or {})
        decision = self.policy.decide(result.entity_type, purpose, metadata)
        return Finding(
            entity_type=result.entity_type,
            start=result.start,
            end=result.end,
            score=result.score,
            recognizer=str(metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, "")),
            action=decision.action,
            reason=decision.reason,
            metadata=metadata,
        )


def request_of(text: str) -> dict[str, Any] | None:
    """The privacy request a message carries (read on the original text, in memory), as the
    CLI/API contract writes it: ``{"type", "confidence", "on_behalf_of"}`` or None."""
    match = classify_request(text)
    if match is None:
        return None
    return {
        "type": match.type,
        "confidence": round(match.confidence, 3),
        "on_behalf_of": match.on_behalf_of,
    }
