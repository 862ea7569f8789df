"""The assistant's answer, the same in every channel that answers (API reply, chat).

It says the message was received and which kinds of data were removed and why
(:mod:`pipelines.reply`); when the customer asks a question about privacy, it quotes the
section of the company's privacy statement that answers it, or says a colleague will answer
(:mod:`pipelines.privacy_answers`); when the message is a privacy request, it gives the
request's reference and deadline instead (:mod:`bot.requests_desk`). It reads only the
redacted text: a question about privacy needs no personal data to be understood.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from typing import Any

from bot.settings import PROJECT_ROOT, Settings
from pipelines.privacy_answers import (
    Section,
    answer_privacy_question,
    compose_answer,
    parse_statement,
)
from pipelines.reply import compose_reply
from pipelines.shipped import resolve_data_path

log = logging.getLogger("privacywacht.assistant")


@dataclass(frozen=True)
class Statement:
    """The company's privacy statement: its sections, its Markdown and where it is linked."""

    sections: list[Section]
    markdown: str
    url: str

    @classmethod
    def from_settings(cls, settings: Settings) -> Statement | None:
        table = settings.raw.get("privacy", {})
        name = table.get("statement", "config/privacy_statement.md")
        if not name:
            return None
        path = resolve_data_path(name, PROJECT_ROOT)  # a user's file, else the shipped one
        try:
            markdown = path.read_text(encoding="utf-8")
        except OSError:
            log.warning("privacy.statement_missing", extra={"ctx": {"error": "unreadable"}})
            return None
        return cls(parse_statement(markdown), markdown, str(table.get("statement_url", "/privacy")))

    def to_html(self) -> str:
        """A plain page with an anchor per section, so answers can link to the section."""
        parts = ['<!doctype html><html lang="nl"><head><meta charset="utf-8">',
                 "<title>Privacyverklaring</title></head><body>"]  # fmt: skip
        for line in self.markdown.splitlines():
            text = line.strip()
            if text.startswith("## "):
                title = text[3:].strip()
                anchor = next((s.anchor for s in self.sections if s.title == title), "")
                parts.append(f'<h2 id="{html.escape(anchor)}">{html.escape(title)}</h2>')
            elif text.startswith("# "):
                parts.append(f"<h1>{html.escape(text[2:].strip())}</h1>")
            elif text:
                parts.append(f"<p>{html.escape(text)}</p>")
        parts.append("</body></html>")
        return "\n".join(parts)


def assistant_reply(
    redacted_text: str,
    entities: list[dict[str, Any]],
    language: str,
    statement: Statement | None,
    request_paragraph: str | None = None,
) -> str:
    """Received + what was removed; then either what happens with the privacy request the
    message makes (reference, next step, deadline) or the statement's answer to a question."""
    reply = compose_reply(entities, language)
    if request_paragraph:
        return f"{reply} {request_paragraph}"
    if statement is None:
        return reply
    answer = answer_privacy_question(redacted_text, statement.sections)
    if answer is None:
        return reply
    return f"{reply} {compose_answer(answer, statement.url, language)}"
