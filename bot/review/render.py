"""Rendering the review UI's pages: one Jinja environment, autoescaped, Dutch texts.

Page handlers call :func:`render`; it adds what every page needs (the user for the header,
the CSRF token for forms) so a handler cannot forget it. Why not an aiohttp_jinja2 context
processor: those run as an application-wide middleware on every request, API and webhooks
included, and store their result under a string request key that aiohttp now warns about.

In templates: ``{{ user.name }}``, ``{{ user.role | role_label }}``, ``{{ csrf_token }}``
and ``{{ csrf_input() }}`` (the whole hidden field) for every ``method="post"`` form. An
internal code is never printed as it is: ``{{ f.entity_type | type_label }}``,
``| channel_label``, ``| message_status``, ``| request_status``, ``| request_type``,
``| reason_label``, ``| actor_label``, ``| event_label``, ``| event_note(kind)``
(:mod:`bot.review.labels`).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web
from markupsafe import Markup

from bot.review.keys import REVIEW_CONFIG, csrf_token, current_user
from bot.review.labels import filters

__all__ = [
    "ROLE_LABELS",
    "STATIC_DIR",
    "TEMPLATE_DIR",
    "error_page",
    "make_environment",
    "render",
    "review_context",
]

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
STATIC_DIR = Path(__file__).resolve().parent / "static"

ROLE_LABELS = {"reviewer": "beoordelaar", "officer": "privacy officer"}

#: (title, explanation) per status; "csrf" is the 403 of a refused form.
ERRORS: Mapping[int | str, tuple[str, str]] = {
    400: ("Ongeldig verzoek", "Dit verzoek kon niet worden verwerkt."),
    403: ("Geen toegang", "Je hebt geen toegang tot deze pagina of actie."),
    "csrf": (
        "Formulier verlopen",
        "Dit formulier is verlopen of niet geldig. Ga terug, laad de pagina opnieuw en"
        " probeer het nog eens.",
    ),
    "cookie": (
        "Ongeldige sessiecookie",
        "Je browser stuurde een onleesbare sessiecookie. We hebben hem verwijderd; log opnieuw in.",
    ),
    404: ("Pagina niet gevonden", "Deze pagina bestaat niet."),
    405: ("Niet toegestaan", "Deze actie kan op deze pagina niet."),
    413: ("Te groot", "Wat je stuurde is te groot om te verwerken."),
    500: ("Er ging iets mis", "Er ging iets mis aan onze kant. Probeer het later opnieuw."),
}
_GENERIC = ("Er ging iets mis", "Dit verzoek kon niet worden verwerkt.")


@jinja2.pass_context
def csrf_input(context: jinja2.runtime.Context) -> Markup:
    """The hidden CSRF field for a form, from the page's ``csrf_token``."""
    token = context.get("csrf_token") or ""
    return Markup('<input type="hidden" name="csrf" value="{}">').format(token)


def role_label(role: object) -> str:
    """A role as people read it (Dutch)."""
    return ROLE_LABELS.get(str(role), str(role))


def make_environment(app: web.Application) -> jinja2.Environment:
    """Set up aiohttp_jinja2 on ``app`` with the review templates; autoescape everywhere
    (not only for ``.html``: a template named otherwise must not turn it off). The purposes'
    words come from ``app[REVIEW_CONFIG]`` when it is set (``setup_review`` sets it first)."""
    env = aiohttp_jinja2.setup(
        app,
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["csrf_input"] = csrf_input
    env.filters["role_label"] = role_label
    config = app.get(REVIEW_CONFIG)
    env.filters.update(filters(config.purposes if config is not None else {}))
    return env


def review_context(request: web.Request) -> dict[str, Any]:
    """What every page gets: the user (None on the login page) and the CSRF token."""
    return {"user": current_user(request), "csrf_token": csrf_token(request)}


def render(
    request: web.Request,
    template: str,
    context: Mapping[str, Any] | None = None,
    *,
    status: int = 200,
) -> web.Response:
    """A page from ``template``; ``context`` is added to :func:`review_context`."""
    merged = {**review_context(request), **(context or {})}
    return aiohttp_jinja2.render_template(template, request, merged, status=status)


def error_page(
    request: web.Request,
    status: int,
    kind: str | None = None,
    *,
    headers: Mapping[str, str] | None = None,
) -> web.Response:
    """A Dutch error page; a plain one if the templates themselves fail."""
    title, message = ERRORS.get(kind or status, ERRORS.get(status, _GENERIC))
    try:
        response = render(
            request, "error.html", {"title": title, "message": message}, status=status
        )
    except Exception:  # never an error inside the error page
        body = (
            f'<!doctype html>\n<html lang="nl"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title></head><body><h1>{html.escape(title)}</h1>"
            f"<p>{html.escape(message)}</p></body></html>\n"
        )
        response = web.Response(text=body, status=status, content_type="text/html")
    if headers:
        response.headers.update(headers)
    return response
