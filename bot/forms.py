"""Reading a form body without a 500 and without quoting it.

aiohttp's ``request.post()`` raises ``ValueError`` for a multipart body without its
boundary, a part without a name or a form it cannot decode, and ``InvalidHeader`` for a
broken part header; their messages quote the bytes they choked on. :func:`read_form` turns
them into a 400 with a reason of ours (issue 19: every malformed input is a 4xx, no echo).
"""

from __future__ import annotations

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from multidict import MultiDictProxy

__all__ = ["FORM_UNREADABLE", "read_form"]

FORM_UNREADABLE = "the form could not be read"


async def read_form(request: web.BaseRequest) -> MultiDictProxy[str | web.FileField]:
    """``request.post()``, or :class:`aiohttp.web.HTTPBadRequest` for a body that is no form."""
    try:
        return await request.post()
    except (ValueError, HttpProcessingError):
        raise web.HTTPBadRequest(reason=FORM_UNREADABLE) from None
