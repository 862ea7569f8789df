"""The chat socket, the LMTP listener and the mail parser, fuzzed.

* chat: every frame gets one answer (a reply, a pong or an error frame with a reason that
  quotes nothing), the socket stays open, and "something went wrong" never comes back;
* LMTP: every mail gets 250 (stored) or 554 (refused for good, with a reason that quotes
  nothing); a 451 would make the MTA retry a mail that can never pass, forever (LMTP's 500);
* the mail parser, in this process: a :class:`~pipelines.mail.ParsedMail` or a
  :class:`~pipelines.mail.MailParseError`, nothing else, in bounded time.
"""

from __future__ import annotations

import asyncio
import json
import smtplib
import time
from email.message import EmailMessage
from email.policy import SMTP

import aiohttp
from hypothesis import given
from hypothesis import strategies as st

from bot.mail.headers import parse_capped
from pipelines.mail import MailParseError, ParsedMail
from tests.fuzz.conftest import CANARY_RE, Fuzzed, fuzz_settings
from tests.fuzz.strategies import canaries, dump, json_values, mail_headers, text_with
from tests.mail.test_service_mail import lmtp_send

#: what the chat says when a message failed in the pipeline (the chat's 500)
FAILED_REASONS = ("Er ging iets mis", "Something went wrong")


@st.composite
def chat_frames(draw: st.DrawFn) -> tuple[list[str | bytes], str | None]:
    canary = draw(canaries)
    text = text_with(canary, 5)
    message = st.builds(
        lambda t, extra: {"type": "message", "text": t, **extra},
        st.one_of(text, json_values(canary)),
        st.dictionaries(
            st.sampled_from(["id", "lang", "purpose"]), json_values(canary), max_size=2
        ),
    )
    frame = st.one_of(
        message.map(lambda f: dump(f).decode()),
        message.map(lambda f: dump(f, raw_surrogates=True).decode("utf-8", "surrogateescape")),
        json_values(canary).map(lambda v: dump(v).decode()),
        st.builds(lambda t: {"type": t}, st.one_of(st.just("ping"), text)).map(json.dumps),
        text,  # not JSON at all
        st.integers(60, 2000).map(lambda n: "[" * n),
        st.binary(max_size=64).map(lambda b: b + canary.encode()),  # a binary frame
    )
    session = draw(st.one_of(st.none(), st.just(canary), text))
    return draw(st.lists(frame, min_size=1, max_size=4)), session


async def _talk(url: str, frames: list[str | bytes], session: str | None) -> tuple[list, bool]:
    params = {"session": session} if session is not None else None
    async with (
        aiohttp.ClientSession() as client,
        client.ws_connect(url, params=params) as ws,
    ):
        answers = [await ws.receive_json(timeout=30)]
        for frame in frames:
            if isinstance(frame, bytes):
                await ws.send_bytes(frame)
            else:  # a text frame is UTF-8 (a lone surrogate cannot be sent; U+FFFD can)
                await ws.send_str(frame.encode("utf-8", "replace").decode())
            answers.append(await ws.receive_json(timeout=60))
        return answers, ws.closed


@fuzz_settings(max_examples=100)
@given(sent=chat_frames())
def test_the_chat_socket_answers_every_fuzzed_frame_and_stays_open(
    fuzzed: Fuzzed, sent: tuple[list[str | bytes], str | None]
) -> None:
    frames, session = sent
    url = fuzzed.base_url.replace("http://", "ws://") + "/chat/ws"
    answers, closed = asyncio.run(_talk(url, frames, session))
    fuzzed.count("chat-frames")
    fuzzed.check()
    assert not closed
    assert answers[0]["type"] == "welcome"
    for answer in answers[1:]:
        assert answer["type"] in ("reply", "pong", "error"), answer
        if answer["type"] == "error":
            assert not answer["reason"].startswith(FAILED_REASONS), answer
            assert CANARY_RE.search(answer["reason"].encode()) is None, answer


# ---------------------------------------------------------------------------------------------
# LMTP


def one_line(text: str) -> str:
    """What ``EmailMessage`` takes as a header value: no line breaks of any kind, no lone
    surrogates (the hand-written headers below have both)."""
    return " ".join(text.encode("utf-8", "replace").decode().splitlines())


@st.composite
def hostile_mails(draw: st.DrawFn) -> bytes:
    canary = draw(canaries)
    kind = draw(st.sampled_from(["built", "raw-headers", "bytes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=400)) + canary.encode() + b"\r\n"
    body = draw(text_with(canary, 6))
    if kind == "built":  # a well-formed mail with odd content: gets to the redactor
        mail = EmailMessage(policy=SMTP)
        mail["From"] = draw(st.sampled_from(["Klant <klant@voorbeeld.example>", "klant@x"]))
        mail["To"] = "support@bedrijf.example"
        mail["Subject"] = one_line(draw(text_with(canary, 3)))
        mail["Message-ID"] = f"<{canary}@voorbeeld.example>"
        body = body.encode("utf-8", "replace").decode()  # no lone surrogates in a MIME part
        if draw(st.booleans()):
            mail.set_content(body)
        else:
            mail.set_content(f"<html><body><p>{body}</p></body></html>", subtype="html")
        if draw(st.booleans()):
            mail.add_attachment(
                draw(st.binary(max_size=200)),
                maintype="application",
                subtype=draw(st.sampled_from(["pdf", "octet-stream", "zip"])),
                filename=one_line(draw(text_with(canary, 2)).encode("ascii", "replace").decode()),
            )
            mail.set_boundary(f"grens-{canary}")  # not email's random one: reproducible
        return mail.as_bytes()
    # headers written by hand: encoded words in odd charsets, broken folds and boundaries
    lines = [f"{name}: {value}" for name, value in draw(mail_headers(canary))]
    if draw(st.booleans()):
        lines.append('Content-Type: multipart/mixed; boundary="' + draw(text_with(canary, 1)) + '"')
    raw = "\r\n".join(lines) + "\r\n\r\n" + body + "\r\n"
    # surrogatepass: a lone surrogate as the bytes ED A0 80, what a broken mailer writes
    return raw.encode("utf-8", "surrogatepass" if draw(st.booleans()) else "replace")


def _deliver(port: int, raw: bytes) -> tuple[int, bytes]:
    try:
        refused = lmtp_send(port, raw, ["support@bedrijf.example"])
    except smtplib.SMTPDataError as exc:
        return exc.smtp_code, exc.smtp_error
    assert refused == {}
    return 250, b""


@fuzz_settings(max_examples=100)
@given(raw=hostile_mails())
def test_the_lmtp_listener_stores_or_refuses_every_fuzzed_mail_for_good(
    fuzzed: Fuzzed, raw: bytes
) -> None:
    code, reason = _deliver(fuzzed.lmtp_port, raw)
    fuzzed.count("lmtp")
    fuzzed.check()
    assert code in (250, 554), (code, reason)
    assert CANARY_RE.search(reason) is None, reason


# ---------------------------------------------------------------------------------------------
# the mail parser, in this process


@fuzz_settings(max_examples=500)
@given(raw=hostile_mails())
def test_the_mail_parser_returns_a_mail_or_says_why_not(raw: bytes) -> None:
    started = time.perf_counter()
    try:
        parsed = parse_capped(raw, 1_000_000)
    except MailParseError as exc:
        assert CANARY_RE.search(str(exc).encode()) is None, str(exc)
    else:
        assert isinstance(parsed, ParsedMail)
    assert time.perf_counter() - started < 5.0
