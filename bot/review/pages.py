"""The review pages: messages and their redactions, feedback, the register, the dashboard.

Server-rendered and usable without JavaScript: filters are a GET form, every action a POST
form with its CSRF token, answered with a redirect (303) back to the page, so a reload never
repeats an action. Only redacted text is ever shown; the originals do not exist any more.
A "gemist" mark names the text to redact by typing (or pasting) it, because without a script
a browser cannot post a text selection's offsets; the first occurrence in the stored text
that is not inside a placeholder is redacted.
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from aiohttp import web

from bot.appkeys import STORE
from bot.forms import read_form
from bot.register_api import REGISTER
from bot.review.auth import require_role
from bot.review.keys import ACCOUNTS, STORE_FILE, current_session, current_user
from bot.review.labels import (
    REQUEST_STATUS_LABELS,
    channel_label,
    request_status_label,
    type_label,
)
from bot.review.overview import (
    DUE_WITHIN_DAYS,
    due_requests,
    first_visit_since,
    new_messages,
)
from bot.review.render import render
from bot.store.deadlines import format_dutch_date
from bot.store.models import CHANNELS, MessageDetail
from bot.store.register import (
    OPEN_STATUSES,
    REQUEST_STATUSES,
    TRANSITIONS,
    RegisterError,
    RequestRecord,
)
from bot.store.review import (
    InvalidSpanError,
    ReviewError,
    check_missed_span,
    layout,
    median_days_to_close,
    overdue_count,
    weekly_stacks,
)
from bot.svg_charts import bar_chart, number_tile, stacked_bar_chart
from pipelines.request_reply import request_noun
from pipelines.request_types import REQUEST_TYPES

log = logging.getLogger("privacywacht.review")

PAGE_SIZE = 25
#: The entity types a reviewer can pick for a missed value (the ones names and numbers are).
MISSED_TYPES = (
    "PERSON", "EMAIL", "PHONE", "ADDRESS", "POSTCODE", "LOCATION", "IBAN", "BSN",
    "DATE_OF_BIRTH", "CUSTOMER_ID", "LICENSE_PLATE", "ID_DOCUMENT", "CREDENTIAL", "HEALTH",
)  # fmt: skip
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
#: ``?page=`` beyond this is read as this (then as the last page there is)
MAX_PAGE_NUMBER = 1_000_000


# --------------------------------------------------------------------------------------------
# messages


def _filters(query: Any) -> dict[str, Any]:
    """The list's filters from the query string; anything unusable is ignored, not an error."""
    channel = query.get("channel", "")
    entity = query.get("type", "")
    since, until = query.get("since", ""), query.get("until", "")
    request = query.get("request", "")
    return {
        "channel": channel if channel in CHANNELS else "",
        "type": entity if re.fullmatch(r"[A-Z_]{2,30}", entity or "") else "",
        "since": since if _usable_day(since) else "",
        "until": until if _usable_day(until) else "",
        "request": request if request in ("ja", "nee") else "",
        "q": (query.get("q", "") or "")[:200],
    }


def _usable_day(value: str) -> bool:
    """A real calendar day with a day on either side (a filter adds one to ``until``)."""
    if not _DATE.match(value):
        return False
    try:
        day = date.fromisoformat(value)
    except ValueError:  # 9999-99-99, 0000-00-00
        return False
    return date.min < day < date.max


def _page_number(query: Any) -> int:
    """``?page=``: a number from 1 to :data:`MAX_PAGE_NUMBER` (clamped), 1 when unusable."""
    raw = query.get("page", "1")
    if not (raw.isascii() and raw.isdigit()):
        return 1
    if len(raw) > len(str(MAX_PAGE_NUMBER)):  # no int() of a thousand digits
        return MAX_PAGE_NUMBER
    return min(max(1, int(raw)), MAX_PAGE_NUMBER)


async def messages_page(request: web.Request) -> web.Response:
    filters = _filters(request.query)
    page = _page_number(request.query)
    has_request = {"ja": True, "nee": False}.get(filters["request"])

    async def search(page: int) -> tuple[Any, int]:
        return await request.app[STORE].search_messages(
            channel=filters["channel"] or None,
            entity_type=filters["type"] or None,
            since=filters["since"] or None,
            until=filters["until"] or None,
            has_request=has_request,
            text=filters["q"] or None,
            limit=PAGE_SIZE,
            offset=(page - 1) * PAGE_SIZE,
        )

    rows, total = await search(page)
    pages = max(1, -(-total // PAGE_SIZE))
    if page > pages:  # past the end (a stale link, a typed number): the last page
        page = pages
        rows, total = await search(page)
        pages = max(1, -(-total // PAGE_SIZE))
    query = {k: v for k, v in filters.items() if v}
    return render(
        request,
        "messages.html",
        {
            "nav": "messages",
            "rows": rows,
            "total": total,
            "page": page,
            "pages": pages,
            "filters": filters,
            "query": query,
            "channels": CHANNELS,
            "entity_types": MISSED_TYPES,
        },
    )


@dataclass(frozen=True)
class Segment:
    """A piece of the redacted text: plain, or one finding's placeholder (or kept value)."""

    text: str
    finding: Any = None


def segments(text: str, detail: MessageDetail) -> list[Segment]:
    """The text cut at the findings that can be located in it, in text order."""
    located = sorted(
        (f for f in detail.findings if f.redacted_start is not None and f.redacted_end),
        key=lambda f: f.redacted_start,
    )
    parts: list[Segment] = []
    position = 0
    for finding in located:
        start, end = finding.redacted_start, finding.redacted_end
        if start < position:  # overlapping rows: show the first only
            continue
        if start > position:
            parts.append(Segment(text[position:start]))
        parts.append(Segment(text[start:end], finding))
        position = end
    if position < len(text):
        parts.append(Segment(text[position:]))
    return parts


async def message_page(request: web.Request) -> web.Response:
    detail = await request.app[STORE].message_detail(request.match_info["id"])
    if detail is None:
        raise web.HTTPNotFound()
    marked = {f.finding_id for f in detail.feedback if f.kind == "false_positive"}
    return render(
        request,
        "message.html",
        {
            "nav": "messages",
            "detail": detail,
            "message": detail.message,
            "segments": segments(detail.message.text_redacted, detail),
            "marked": marked,
            "entity_types": MISSED_TYPES,
            "notice": request.query.get("melding", ""),
        },
    )


def _back(message_id: str, notice: str) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(f"/review/messages/{message_id}?melding={notice}")


async def false_positive(request: web.Request) -> web.Response:
    message_id = request.match_info["id"]
    form = await read_form(request)
    try:
        finding_id = int(str(form.get("finding", "")))
    except ValueError:
        raise _back(message_id, "ongeldig") from None
    note = str(form.get("note", "")).strip()[:500] or None
    try:
        await request.app[STORE].mark_false_positive(
            message_id, finding_id, current_user(request).name, note
        )
    except ReviewError:
        raise _back(message_id, "ongeldig") from None
    log.info("review.false_positive", extra={"ctx": {"message_id": message_id}})
    raise _back(message_id, "onterecht")


async def missed(request: web.Request) -> web.Response:
    """Redact text the pipeline missed, in the stored message, at once."""
    message_id = request.match_info["id"]
    form = await read_form(request)
    value = str(form.get("text", "")).strip()
    entity_type = str(form.get("type", "PERSON"))
    if entity_type not in MISSED_TYPES or not value:
        raise _back(message_id, "ongeldig")
    store = request.app[STORE]
    detail = await store.message_detail(message_id)
    if detail is None:
        raise web.HTTPNotFound()
    span = _find_unredacted(detail, value)
    if span is None:
        raise _back(message_id, "niet-gevonden")
    try:
        await store.mark_missed(message_id, *span, entity_type, current_user(request).name)
    except ReviewError:
        raise _back(message_id, "ongeldig") from None
    log.info("review.missed", extra={"ctx": {"message_id": message_id, "entity_type": entity_type}})
    raise _back(message_id, "gemist")


def _find_unredacted(detail: MessageDetail, value: str) -> tuple[int, int] | None:
    """The first occurrence of ``value`` in the stored text that the store would redact: the
    same check as :meth:`Store.mark_missed` (no placeholder, no finding kept on purpose)."""
    text = detail.message.text_redacted
    found = layout(text, detail.findings)
    for match in re.finditer(re.escape(value), text, flags=re.IGNORECASE):
        try:
            return check_missed_span(text, *match.span(), found)
        except InvalidSpanError:
            continue
    return None


async def feedback_export(request: web.Request) -> web.Response:
    """All feedback as JSONL regression cases (redacted context only)."""
    buffer = io.StringIO()
    count = await request.app[STORE].export_feedback_jsonl(buffer)
    log.info("review.feedback_exported", extra={"ctx": {"count": count}})
    return web.Response(
        text=buffer.getvalue(),
        content_type="application/x-ndjson",
        charset="utf-8",
        headers={"Content-Disposition": 'attachment; filename="feedback.jsonl"'},
    )


# --------------------------------------------------------------------------------------------
# the register


def _now() -> datetime:
    return datetime.now(UTC)


def request_view(record: RequestRecord, now: datetime) -> dict[str, Any]:
    deadline = datetime.fromisoformat(record.deadline)
    days = (deadline.date() - now.date()).days
    return {
        "record": record,
        "type_label": request_noun(record.type),
        "status_label": request_status_label(record.status),
        "channel_label": channel_label(record.channel),
        "received": format_dutch_date(record.received_at),
        "deadline": format_dutch_date(record.deadline),
        "days": days,
        "overdue": record.is_open and deadline < now,
        "due_soon": record.is_open and 0 <= days <= 7,
    }


async def register_page(request: web.Request) -> web.Response:
    register = request.app[REGISTER]
    records = await asyncio.to_thread(register.list)
    now = _now()
    open_records = sorted((r for r in records if r.is_open), key=lambda r: r.deadline)
    closed = sorted((r for r in records if not r.is_open), key=lambda r: r.updated_at)[::-1]
    open_views = [request_view(r, now) for r in open_records]
    return render(
        request,
        "register.html",
        {
            "nav": "register",
            "open": open_views,
            "closed": [request_view(r, now) for r in closed[:50]],
            "overdue": sum(1 for view in open_views if view["overdue"]),
        },
    )


async def request_page(request: web.Request) -> web.Response:
    register = request.app[REGISTER]
    reference = request.match_info["reference"]
    record = await asyncio.to_thread(register.get, reference)
    if record is None:
        raise web.HTTPNotFound()
    history = await asyncio.to_thread(register.history, reference)
    return render(
        request,
        "request.html",
        {
            "nav": "register",
            "view": request_view(record, _now()),
            "history": history,
            "next_statuses": [
                (s, REQUEST_STATUS_LABELS[s])
                for s in REQUEST_STATUSES
                if s in TRANSITIONS[record.status]
            ],
            "notice": request.query.get("melding", ""),
            "can_extend": record.is_open and record.extended_until is None,
        },
    )


def _to_request(reference: str, notice: str) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(f"/review/register/{reference}?melding={notice}")


@require_role("officer")
async def request_status(request: web.Request) -> web.Response:
    """The officer moves a request on; a refusal needs its motivation."""
    register = request.app[REGISTER]
    reference = request.match_info["reference"]
    form = await read_form(request)
    status = str(form.get("status", ""))
    note = str(form.get("note", "")).strip()[:2000] or None
    actor = current_user(request).name
    if status == "refused" and not note:
        raise _to_request(reference, "motivering-nodig")
    try:
        if status == "refused":
            await asyncio.to_thread(register.refuse, reference, actor, note)
        else:
            await asyncio.to_thread(register.advance, reference, status, actor, note)
    except RegisterError:
        raise _to_request(reference, "niet-toegestaan") from None
    log.info("review.request_status", extra={"ctx": {"reference": reference, "status": status}})
    raise _to_request(reference, "bijgewerkt")


@require_role("officer")
async def request_extension(request: web.Request) -> web.Response:
    register = request.app[REGISTER]
    reference = request.match_info["reference"]
    form = await read_form(request)
    reason = str(form.get("reason", "")).strip()[:2000]
    if not reason:
        raise _to_request(reference, "reden-nodig")
    try:
        await asyncio.to_thread(register.extend, reference, current_user(request).name, reason)
    except RegisterError:
        raise _to_request(reference, "niet-toegestaan") from None
    log.info("review.request_extended", extra={"ctx": {"reference": reference}})
    raise _to_request(reference, "verlengd")


# --------------------------------------------------------------------------------------------
# the start page


async def landing_context(request: web.Request) -> dict[str, Any]:
    """What ``/review`` shows: new messages since the session's previous visit (the first
    time: the last week), overdue requests and those due within a week (each a row with a
    link). The accounts' clock is "now", so tests can move it."""
    now = request.app[ACCOUNTS].now()
    session = current_session(request)
    previous = session.previous_visit if session is not None else None
    since = previous or first_visit_since(now)
    found = await asyncio.to_thread(new_messages, request.app[STORE_FILE], since)
    register = request.app.get(REGISTER)
    overdue, due_soon = (
        await asyncio.to_thread(due_requests, register, now) if register is not None else ([], [])
    )
    return {
        "first_visit": previous is None,
        "since": f"{format_dutch_date(since)}, {since:%H:%M}",
        "since_day": since.date().isoformat(),
        "new": found,
        "overdue": [request_view(r, now) for r in overdue],
        "due_soon": [request_view(r, now) for r in due_soon],
        "due_days": DUE_WITHIN_DAYS,
        "has_register": register is not None,
    }


# --------------------------------------------------------------------------------------------
# dashboard


async def dashboard_page(request: web.Request) -> web.Response:
    store, register = request.app[STORE], request.app[REGISTER]
    weeks = await store.redactions_per_week(12)
    per_type = await store.requests_per_type()
    records = await asyncio.to_thread(register.list)
    categories, stacks = weekly_stacks(weeks, 12, date.today())
    median = median_days_to_close(records)
    labels = [c[5:] for c in categories]  # MM-DD of each Monday
    # named as the placeholders name them: the legend says PERSOON where the text does
    stacks = {type_label(entity_type): values for entity_type, values in stacks.items()}
    charts = {
        "redactions": stacked_bar_chart(
            labels, stacks, "Verwijderde gegevens per week, per soort", chart_id="redacties"
        ),
        "requests": bar_chart(
            [(request_noun(t.request_type), t.count) for t in per_type],
            "Privacyverzoeken per soort",
            chart_id="verzoeken",
        ),
        "median": number_tile(
            "Mediaan doorlooptijd",
            None if median is None else round(median, 1),
            unit="dagen",
            chart_id="doorlooptijd",
        ),
        "overdue": number_tile("Te laat", overdue_count(records, _now()), chart_id="te-laat"),
        "open": number_tile(
            "Open verzoeken", sum(1 for r in records if r.status in OPEN_STATUSES), chart_id="open"
        ),
    }
    return render(request, "dashboard.html", {"nav": "dashboard", "charts": charts})


def add_pages(app: web.Application) -> None:
    """The review pages; ``setup_review`` must have run (login, sessions, templates)."""
    app.router.add_get("/review/messages", messages_page)
    app.router.add_get("/review/messages/{id}", message_page)
    app.router.add_post("/review/messages/{id}/onterecht", false_positive)
    app.router.add_post("/review/messages/{id}/gemist", missed)
    app.router.add_get("/review/feedback.jsonl", feedback_export)
    app.router.add_get("/review/register", register_page)
    app.router.add_get("/review/register/{reference}", request_page)
    app.router.add_post("/review/register/{reference}/status", request_status)
    app.router.add_post("/review/register/{reference}/verlenging", request_extension)
    app.router.add_get("/review/dashboard", dashboard_page)


__all__ = ["REQUEST_TYPES", "add_pages", "landing_context", "segments"]
