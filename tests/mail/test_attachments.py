"""Attachments decided, named and listed: the pure part of forwarding them (no service, no
engine). Real mails are built with EmailMessage and parsed by the real parser; the engine's
answer is played by replacing the invented name and numbers with placeholders."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from bot.mail.attachments import (
    FORWARDED,
    FORWARDED_REDACTED,
    ID_DOCUMENT,
    IN_MESSAGE,
    NOT_ALLOWED,
    TOO_LARGE,
    handle_attachments,
    name_words,
    plan_attachments,
    redaction_parts,
    split_name,
)
from bot.mail.config import MailConfig
from bot.mail.forward import compose_forward
from bot.settings import SettingsError
from pipelines.mail import Attachment, attachment_text, is_text_attachment, parse_mail

NAME = "Joost Hoekstra"
PHONE = "06-58213947"


def forwarding(*allowed: str) -> MailConfig:
    return MailConfig.from_mapping(
        {"forward_to": "helpdesk@support.example", "forward_attachments": list(allowed)}
    )


def fake_engine(part: str | None) -> str | None:
    """The engine's answer for the invented values of these tests."""
    if part is None:
        return None
    return part.replace(NAME, "[PERSOON-1]").replace(PHONE, "[TELEFOONNUMMER-1]")


def mail_with(*attachments: tuple[bytes | str, str, str]) -> tuple[Attachment, ...]:
    """Parse a real mail with the given (content, type, file name) attachments."""
    mail = EmailMessage()
    mail["From"] = "klant@klant.example"
    mail.set_content("Zie de bijlagen.")
    for content, content_type, filename in attachments:
        maintype, subtype = content_type.split("/")
        if isinstance(content, str):
            mail.add_attachment(content, subtype=subtype, filename=filename)
        else:
            mail.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename)
    return parse_mail(mail.as_bytes()).attachments


# --------------------------------------------------------------------------------------------
# [mail] forward_attachments


def test_forward_attachments_defaults_to_nothing() -> None:
    config = MailConfig.from_mapping({})
    assert config.forward_attachments == ()
    assert not config.allows_attachment("application/pdf")
    assert not config.allows_attachment("image/png")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (["application/pdf", "Image/*"], ("application/pdf", "image/*")),
        ("application/pdf, image/png", ("application/pdf", "image/png")),  # from the environment
        ([], ()),
        ("", ()),
    ],
)
def test_forward_attachments_takes_a_list_or_a_comma_separated_string(value, expected) -> None:
    assert MailConfig.from_mapping({"forward_attachments": value}).forward_attachments == expected


@pytest.mark.parametrize(
    ("allowed", "content_type", "expected"),
    [
        (("application/pdf",), "application/pdf", True),
        (("application/pdf",), "APPLICATION/PDF", True),
        (("application/pdf",), "image/png", False),
        (("image/*",), "image/jpeg", True),
        (("image/*",), "application/pdf", False),
        (("*/*",), "application/zip", True),
    ],
)
def test_forward_attachments_matches_types_and_wildcards(allowed, content_type, expected) -> None:
    assert forwarding(*allowed).allows_attachment(content_type) is expected


@pytest.mark.parametrize("value", [["pdf"], ["image/"], [3], {"a": 1}, ["application/pdf; x=1"]])
def test_a_bad_forward_attachments_names_the_key_not_the_value(value) -> None:
    with pytest.raises(SettingsError) as error:
        MailConfig.from_mapping({"forward_attachments": value})
    assert "forward_attachments" in str(error.value)
    assert "x=1" not in str(error.value)


# --------------------------------------------------------------------------------------------
# text or binary


@pytest.mark.parametrize(
    ("filename", "content_type", "expected"),
    [
        ("outlook.log", "text/plain", True),
        ("export.csv", "text/csv", True),
        ("instellingen.json", "application/json", True),
        ("feed.xml", "application/atom+xml", True),
        ("app.yaml", "application/x-yaml", True),
        ("sync.log", "application/octet-stream", True),  # clients send logs untyped
        ("mailbox.cfg", "application/octet-stream", True),
        ("setup.exe", "application/octet-stream", False),
        ("offerte.pdf", "application/pdf", False),
        ("scherm.png", "image/png", False),
        ("tekening.svg", "image/svg+xml", False),
        (
            "rapport.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            False,
        ),
    ],
)
def test_text_attachments_are_known_by_type_or_by_name(filename, content_type, expected) -> None:
    assert is_text_attachment(filename, content_type) is expected


def test_text_is_decoded_with_the_parts_charset_and_a_bom() -> None:
    latin, utf16, mislabelled = mail_with(
        ("regel met é en €".encode("cp1252"), "text/plain", "oud.log"),
        ("\ufeffWindows-log: ok".encode("utf-16-le"), "application/octet-stream", "win.log"),
        (b"\x00\x01\x02 binair", "application/octet-stream", "kapot.log"),
    )
    assert attachment_text(latin) == "regel met é en €"
    assert attachment_text(utf16) == "Windows-log: ok"
    assert attachment_text(mislabelled) is None  # NUL bytes: binary whatever the name says


def test_html_attachments_become_text() -> None:
    (page,) = mail_with(("<p>Groet, <b>Joost</b></p>", "text/html", "pagina.html"))
    assert attachment_text(page) == "Groet, Joost"


def test_attachment_bytes_are_kept_in_memory_but_never_shown() -> None:
    (pdf,) = mail_with((b"%PDF-1.4 geheim", "application/pdf", "offerte.pdf"))
    assert pdf.content == b"%PDF-1.4 geheim"
    assert "geheim" not in repr(pdf)


# --------------------------------------------------------------------------------------------
# file names


@pytest.mark.parametrize(
    ("filename", "stem", "extension", "words"),
    [
        ("factuur_Joost_Hoekstra.csv", "factuur_Joost_Hoekstra", ".csv", "factuur Joost Hoekstra"),
        ("klantJoostHoekstra.log", "klantJoostHoekstra", ".log", "klant Joost Hoekstra"),
        ("C:\\Users\\x\\outlook.log", "outlook", ".log", "outlook"),
        ("klant-joost-hoekstra.txt", "klant-joost-hoekstra", ".txt", "klant joost hoekstra"),
        ("bel_06-58213947.txt", "bel_06-58213947", ".txt", "bel 06-58213947"),
        ("nummer.06123456", "nummer.06123456", "", "nummer.06123456"),
        ("joost@hoekstra.example", "joost@hoekstra.example", "", "joost@hoekstra.example"),
        (".bashrc", ".bashrc", "", ".bashrc"),
    ],
)
def test_file_names_are_split_into_words_for_the_engine(filename, stem, extension, words) -> None:
    assert split_name(filename) == (stem, extension)
    assert name_words(stem) == words


# --------------------------------------------------------------------------------------------
# what goes where


def test_every_kind_of_attachment_gets_its_status_line_and_file() -> None:
    log_text = f"10:02 fout bij {NAME}, bel {PHONE}\n"
    attachments = mail_with(
        (log_text, "text/plain", "outlook.log"),
        ("a;b\n1;2\n", "text/csv", f"export_{NAME.replace(' ', '_')}.csv"),
        (b"%PDF-1.4", "application/pdf", "offerte.pdf"),
        (b"\x89PNG scherm", "image/png", "schermafdruk.png"),
        (b"\x89PNG pas", "image/png", "paspoort_kopie.png"),
        ("x" * 199 + "\n", "text/plain", "groot.log"),
    )
    planned = plan_attachments(attachments, forwarding("application/pdf"), max_chars=100)
    assert [p.status for p in planned] == [
        FORWARDED_REDACTED,
        FORWARDED_REDACTED,
        FORWARDED,
        NOT_ALLOWED,
        ID_DOCUMENT,
        TOO_LARGE,
    ]
    parts = redaction_parts(planned)
    # an identity document's name and a text that is too large never reach the engine
    assert parts[8:] == (None, None, "groot", None)
    handled = handle_attachments(planned, [fake_engine(p) for p in parts])
    assert [h.line for h in handled] == [
        f"[Bijlage: outlook.log (text/plain, {len(log_text)} bytes) — doorgestuurd (geredigeerd)]",
        "[Bijlage: export_[PERSOON-1].csv (text/csv, 8 bytes) — doorgestuurd (geredigeerd)]",
        "[Bijlage: offerte.pdf (application/pdf, 8 bytes) — doorgestuurd]",
        "[Bijlage: schermafdruk.png (image/png, 11 bytes) — niet doorgestuurd: type niet"
        " toegestaan]",
        "[Bijlage: naam weggelaten (image/png, 8 bytes) — niet doorgestuurd: lijkt een"
        " identiteitsbewijs]",
        "[Bijlage: groot.log (text/plain, 200 bytes) — niet doorgestuurd: te groot]",
    ]
    outgoing = [h.outgoing for h in handled if h.outgoing is not None]
    assert [(o.filename, o.content_type, o.data) for o in outgoing] == [
        ("outlook.log", "text/plain", "10:02 fout bij [PERSOON-1], bel [TELEFOONNUMMER-1]\n"),
        ("export_[PERSOON-1].csv", "text/csv", "a;b\n1;2\n"),
        ("offerte.pdf", "application/pdf", b"%PDF-1.4"),
    ]


def test_an_identity_document_stays_behind_even_when_its_type_is_allowed() -> None:
    attachments = mail_with((b"\xff\xd8 scan", "image/jpeg", "Rijbewijs-voorkant.jpg"))
    (planned,) = plan_attachments(attachments, forwarding("image/*", "*/*"), max_chars=1000)
    assert planned.status == ID_DOCUMENT and planned.name_words is None
    ((handled),) = handle_attachments([planned], [None, None])
    assert handled.outgoing is None and "Rijbewijs" not in handled.line


def test_a_forwarded_original_is_never_attached_as_sent() -> None:
    inner = EmailMessage()
    inner["From"] = f"{NAME} <joost@klant.example>"
    inner.set_content(f"Bel me op {PHONE}.")
    mail = EmailMessage()
    mail["From"] = "klant@klant.example"
    mail.set_content("Zie hieronder.")
    mail.add_attachment(inner)
    attachments = parse_mail(mail.as_bytes()).attachments
    (planned,) = plan_attachments(attachments, forwarding("*/*"), max_chars=1000)
    assert planned.status == IN_MESSAGE
    ((handled),) = handle_attachments([planned], [None, None])
    assert handled.outgoing is None


def test_without_forwarding_only_names_are_redacted_and_no_status_is_claimed() -> None:
    attachments = mail_with(
        ("log", "text/plain", f"{NAME}.log"), (b"\x89PNG", "image/png", "paspoort.png")
    )
    planned = plan_attachments(attachments, None, max_chars=1000)
    parts = redaction_parts(planned)
    assert parts == (NAME, None, None, None)  # no text goes to the engine for nothing
    handled = handle_attachments(planned, [fake_engine(p) for p in parts])
    assert [h.line for h in handled] == [
        "[Bijlage: [PERSOON-1].log (text/plain, 4 bytes)]",
        "[Bijlage: naam weggelaten (image/png, 4 bytes) — lijkt een identiteitsbewijs]",
    ]
    assert all(h.outgoing is None for h in handled)


def test_a_nameless_attachment_gets_a_neutral_name_and_odd_types_are_not_echoed() -> None:
    mail = EmailMessage()
    mail["From"] = "klant@klant.example"
    mail.set_content("zie bijlage")
    mail.add_attachment(b"\x89PNG", maintype="image", subtype="png")
    mail.add_attachment(b"?", maintype="application", subtype="x-klant-58213947")
    attachments = parse_mail(mail.as_bytes()).attachments
    planned = plan_attachments(attachments, forwarding("image/png"), max_chars=1000)
    handled = handle_attachments(planned, [None] * 4)
    assert handled[0].outgoing is not None and handled[0].outgoing.filename == "bijlage-1.png"
    assert handled[0].line == "[Bijlage: zonder naam (image/png, 4 bytes) — doorgestuurd]"
    assert "58213947" not in handled[1].line and "onbekend type" in handled[1].line


def test_the_forwarded_mail_carries_text_first_then_the_files() -> None:
    attachments = mail_with(
        (f"fout bij {NAME}\n", "text/plain", "outlook.log"),
        (b'{"klant": 1}', "application/json", "instellingen.json"),
        (b"%PDF-1.4", "application/pdf", "offerte.pdf"),
    )
    planned = plan_attachments(attachments, forwarding("application/pdf"), max_chars=1000)
    handled = handle_attachments(planned, [fake_engine(p) for p in redaction_parts(planned)])
    mail = compose_forward(
        forward_to="helpdesk@support.example",
        from_address="klant@klant.example",
        sender=None,
        reply_to=None,
        subject="Logbestand",
        text="Zie de bijlagen.",
        message_id=None,
        in_reply_to=None,
        references=(),
        date=None,
        stored_id="m1",
        attachments=[h.outgoing for h in handled if h.outgoing is not None],
    )
    assert mail.get_content_type() == "multipart/mixed"
    body = mail.get_body(("plain",))
    assert body is not None and body.get_content().startswith("Zie de bijlagen.")
    files = {part.get_filename(): part for part in mail.iter_attachments()}
    assert files["outlook.log"].get_content() == "fout bij [PERSOON-1]\n"
    assert files["instellingen.json"].get_content_type() == "application/json"
    assert files["instellingen.json"].get_content() == b'{"klant": 1}'
    assert files["offerte.pdf"].get_content() == b"%PDF-1.4"


def test_the_texts_of_one_mail_share_one_messages_length() -> None:
    attachments = mail_with(
        ("a" * 59 + "\n", "text/plain", "eerste.log"),
        ("b" * 59 + "\n", "text/plain", "tweede.log"),  # 60 + 60 > 100: held back
        ("c" * 29 + "\n", "text/plain", "derde.log"),  # still fits after the first
    )
    planned = plan_attachments(attachments, forwarding(), max_chars=100)
    assert [p.status for p in planned] == [FORWARDED_REDACTED, TOO_LARGE, FORWARDED_REDACTED]
    assert [p.text is not None for p in planned] == [True, False, True]


def test_an_overlong_name_is_withheld_not_cut() -> None:
    attachments = mail_with(("log", "text/plain", "x" * 300 + ".log"))
    (planned,) = plan_attachments(attachments, forwarding(), max_chars=1000)
    assert planned.name_words is None
    ((handled),) = handle_attachments([planned], [None, "log\n"])
    assert handled.line.startswith("[Bijlage: naam weggelaten (text/plain, ")
    assert handled.outgoing is not None and handled.outgoing.filename == "bijlage-1.log"
