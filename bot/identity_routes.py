"""``GET /verify`` and ``POST /verify``: where a requester confirms a privacy request.

GET only shows a form, because mail scanners and link previews fetch every link in a mail:
a GET that confirmed would let a scanner confirm in the requester's place. The token is in
the URL, so the pages send no referrer and may not be cached; they run no script at all, so
the Content-Security-Policy allows none. Pages are Dutch, English with ``lang=en``. They
never repeat the token or code that was entered, and everything they show is escaped.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from aiohttp import web

from bot.forms import read_form
from bot.identity import IdentityVerifier
from bot.store.deadlines import format_dutch_date
from bot.store.register import RegisterError, RequestRecord, VerificationError

__all__ = ["SECURITY_HEADERS", "VERIFIER", "add_routes"]

log = logging.getLogger("privacywacht.identity")

VERIFIER = web.AppKey("identity_verifier", IdentityVerifier)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}

#: A form field longer than this is no token, reference or code; it is not looked at.
_MAX_FIELD = 200

_TEXT = {
    "nl": {
        "title": "Bevestig je privacyverzoek",
        "intro": (
            "Bevestig dat jij dit privacyverzoek hebt gedaan. Zo weten we zeker dat we gegevens"
            " alleen aan jou geven."
        ),
        "button": "Bevestig mijn verzoek",
        "code_intro": "Vul de referentie en de code uit onze e-mail in.",
        "reference": "Referentie (bijvoorbeeld AVG-2026-000123)",
        "code": "Code (6 cijfers)",
        "no_id": "We vragen je nooit om een kopie van een identiteitsbewijs.",
        "done_title": "Dank je",
        "done": (
            "Dank je, je identiteit is bevestigd. We behandelen verzoek {reference} en"
            " antwoorden uiterlijk {date}."
        ),
        "failed_title": "Bevestigen is niet gelukt",
        "missing": "Vul je referentie en de code uit onze e-mail in.",
        "error": "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
        "expired": (
            "Deze link of code is verlopen. Antwoord op onze e-mail of neem contact met ons op,"
            " dan sturen we je een nieuwe."
        ),
        "used": "Deze link of code is al gebruikt. Je hoeft niets meer te doen.",
        "superseded": (
            "We hebben je later een nieuwe e-mail gestuurd. Gebruik de link of code uit die mail."
        ),
        "locked": (
            "Er is te vaak een onjuiste code ingevuld. Neem contact met ons op, dan sturen we je"
            " een nieuwe."
        ),
        "wrong_code": "De referentie of de code klopt niet. Controleer ze en probeer het opnieuw.",
        "unknown": "Deze link is niet geldig. Gebruik de link uit onze e-mail, of vul de code in.",
        "not_pending": "Dit verzoek wacht niet (meer) op bevestiging.",
        "unavailable": "Dit verzoek wacht niet (meer) op bevestiging.",
    },
    "en": {
        "title": "Confirm your privacy request",
        "intro": (
            "Please confirm that you made this privacy request. That way we can be sure we give"
            " data only to you."
        ),
        "button": "Confirm my request",
        "code_intro": "Enter the reference and the code from our e-mail.",
        "reference": "Reference (for example AVG-2026-000123)",
        "code": "Code (6 digits)",
        "no_id": "We will never ask you for a copy of an identity document.",
        "done_title": "Thank you",
        "done": (
            "Thank you, your identity is confirmed. We are handling request {reference} and will"
            " answer by {date} at the latest."
        ),
        "failed_title": "Confirmation failed",
        "missing": "Enter your reference and the code from our e-mail.",
        "error": "Something went wrong on our side. Please try again later.",
        "expired": (
            "This link or code has expired. Reply to our e-mail or contact us and we will send"
            " you a new one."
        ),
        "used": "This link or code has already been used. You need not do anything else.",
        "superseded": "We sent you a newer e-mail since. Please use the link or code in that one.",
        "locked": "A wrong code was entered too often. Contact us and we will send you a new one.",
        "wrong_code": "The reference or the code is not right. Check them and try again.",
        "unknown": "This link is not valid. Use the link in our e-mail, or enter the code.",
        "not_pending": "This request is not (or no longer) waiting for confirmation.",
        "unavailable": "This request is not (or no longer) waiting for confirmation.",
    },
}

_ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def add_routes(app: web.Application) -> None:
    """The two routes; the application must hold an :class:`IdentityVerifier` at VERIFIER."""
    app.router.add_get("/verify", verify_page)
    app.router.add_post("/verify", verify_submit)


async def verify_page(request: web.Request) -> web.Response:
    """The confirmation form. Consumes nothing, whatever fetches it."""
    if VERIFIER not in request.app:  # identity checks by mail are not configured
        raise web.HTTPNotFound()
    language = _language(request.query.get("lang"))
    token = request.query.get("token", "")
    if _looks_like_token(token):
        return _page(language, _TEXT[language]["title"], _token_form(language, token))
    return _page(language, _TEXT[language]["title"], _code_form(language))


async def verify_submit(request: web.Request) -> web.Response:
    """Confirm by token, or by reference and code; a page that says how it went."""
    if VERIFIER not in request.app:  # identity checks by mail are not configured
        raise web.HTTPNotFound()
    form = await read_form(request)
    language = _language(_field(form, "lang"))
    token, reference, code = _field(form, "token"), _field(form, "reference"), _field(form, "code")
    verifier = request.app[VERIFIER]
    try:
        if token:
            record = await verifier.confirm(token)
        elif reference and code:
            record = await verifier.confirm(reference=reference, code=code)
        else:
            return _failure(language, "missing", with_code_form=True)
    except VerificationError as error:
        log.info("identity.verify_refused", extra={"ctx": {"outcome": error.reason}})
        return _failure(language, error.reason, with_code_form=error.reason == "wrong_code")
    except RegisterError as error:
        log.warning("identity.verify_failed", extra={"ctx": {"error": type(error).__name__}})
        return _failure(language, "error", status=503)
    return _success(language, record)


# -- pages ---------------------------------------------------------------------------------


def _success(language: str, record: RequestRecord) -> web.Response:
    text = _TEXT[language]
    sentence = text["done"].format(
        reference=html.escape(record.reference), date=html.escape(_date(record, language))
    )
    return _page(language, text["done_title"], f"<p>{sentence}</p>")


def _failure(
    language: str, reason: str, *, status: int = 400, with_code_form: bool = False
) -> web.Response:
    text = _TEXT[language]
    message = text.get(reason, text["unknown"])
    body = f"<p>{html.escape(message)}</p>"
    if with_code_form:
        body += _code_form(language)
    return _page(language, text["failed_title"], body, status=status)


def _token_form(language: str, token: str) -> str:
    text = _TEXT[language]
    return (
        f"<p>{html.escape(text['intro'])}</p>"
        '<form method="post" action="verify">'
        f'<input type="hidden" name="token" value="{html.escape(token)}">'
        f'<input type="hidden" name="lang" value="{language}">'
        f'<button type="submit">{html.escape(text["button"])}</button>'
        "</form>"
    )


def _code_form(language: str) -> str:
    text = _TEXT[language]
    return (
        f"<p>{html.escape(text['code_intro'])}</p>"
        '<form method="post" action="verify">'
        f"<p><label>{html.escape(text['reference'])}<br>"
        '<input name="reference" required maxlength="20" autocomplete="off"'
        ' spellcheck="false"></label></p>'
        f"<p><label>{html.escape(text['code'])}<br>"
        '<input name="code" required maxlength="12" inputmode="numeric"'
        ' autocomplete="one-time-code"></label></p>'
        f'<input type="hidden" name="lang" value="{language}">'
        f'<button type="submit">{html.escape(text["button"])}</button>'
        "</form>"
    )


def _page(language: str, title: str, body: str, *, status: int = 200) -> web.Response:
    """A whole page; ``body`` is HTML already escaped by the caller."""
    text = _TEXT[language]
    document = (
        f'<!doctype html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="robots" content="noindex, nofollow">\n'
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n<main>\n"
        f"<h1>{html.escape(title)}</h1>\n{body}\n"
        f"<p>{html.escape(text['no_id'])}</p>\n</main>\n</body>\n</html>\n"
    )
    return web.Response(
        text=document,
        status=status,
        content_type="text/html",
        charset="utf-8",
        headers=SECURITY_HEADERS,
    )


# -- helpers -------------------------------------------------------------------------------


def _language(value: object) -> str:
    return "en" if value == "en" else "nl"


def _field(form: Mapping[str, Any], name: str) -> str:
    """A text field of the form, trimmed; "" when absent, not text (a file), or too long."""
    value = form.get(name)
    if not isinstance(value, str) or len(value) > _MAX_FIELD:
        return ""
    return value.strip()


def _looks_like_token(value: str) -> bool:
    return 16 <= len(value) <= 128 and all(
        ch.isascii() and (ch.isalnum() or ch in "-_") for ch in value
    )


def _date(record: RequestRecord, language: str) -> str:
    """The deadline as the requester reads it (the extended one where there is one)."""
    if language == "en":
        moment = datetime.fromisoformat(record.deadline)
        return f"{moment.day} {_ENGLISH_MONTHS[moment.month - 1]} {moment.year}"
    return format_dutch_date(record.deadline)
