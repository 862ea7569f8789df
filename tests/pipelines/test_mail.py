"""Raw mail in, the redactor's fields out: charsets, reply chains, signatures, attachments."""

import base64
import contextlib
import quopri
import random
from email.message import EmailMessage

import pytest

from pipelines.mail import (
    Attachment,
    MailParseError,
    ParsedMail,
    html_to_text,
    looks_like_id_document,
    parse_mail,
    split_reply,
)


def raw(*header_lines: str, body: bytes = b"") -> bytes:
    """A hand-written message: header lines joined with CRLF, then a blank line and the body."""
    return ("\r\n".join(header_lines) + "\r\n\r\n").encode() + body


# --------------------------------------------------------------------------------------------
# a complete Dutch mail: Outlook reply chain, HTML alternative, passport copy attached

OUTLOOK_PLAIN = """Goedemiddag,

Mijn laptop start sinds vanochtend niet meer op. Ik heb een kopie van mijn paspoort
bijgevoegd zoals gevraagd.

Met vriendelijke groet,
Jan Jansen
06-12345678

________________________________
Van: Helpdesk Voorbeeld <helpdesk@voorbeeld.nl>
Verzonden: maandag 3 november 2025 10:12
Aan: Jan Jansen <jan.jansen@example.nl>
Onderwerp: RE: Laptop

Beste Jan,

Kun je een kopie van je legitimatie sturen?

Groet,
Helpdesk
"""


def outlook_mail() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jan Jansen <jan.jansen@Example.NL>"
    msg["To"] = "Helpdesk Voorbeeld <helpdesk@voorbeeld.nl>, tweede@voorbeeld.nl"
    msg["Reply-To"] = "jan.prive@example.nl"
    msg["Subject"] = "RE: Laptop start niet – één vraag"
    msg["Date"] = "Mon, 03 Nov 2025 11:00:00 +0100"
    msg["Message-ID"] = "<AM0PR01MB1234@eurprd01.prod.outlook.com>"
    msg["In-Reply-To"] = "<abc@voorbeeld.nl>"
    msg["References"] = "<first@voorbeeld.nl> <abc@voorbeeld.nl>"
    msg.set_content(OUTLOOK_PLAIN)
    msg.add_alternative("<html><body><p>HTML-versie</p></body></html>", subtype="html")
    msg.add_attachment(
        b"%PDF-1.4 fake" * 10,
        maintype="application",
        subtype="pdf",
        filename="paspoort_kopie.pdf",
    )
    msg["Content-Language"] = "nl-NL"  # after the content: set_content drops Content-* headers
    return msg.as_bytes()


def test_dutch_outlook_mail_with_reply_chain_html_and_passport():
    mail = parse_mail(outlook_mail())
    assert mail == ParsedMail(
        message_id="<AM0PR01MB1234@eurprd01.prod.outlook.com>",
        in_reply_to="<abc@voorbeeld.nl>",
        references=("<first@voorbeeld.nl>", "<abc@voorbeeld.nl>"),
        from_address="jan.jansen@example.nl",
        from_name="Jan Jansen",
        reply_to="jan.prive@example.nl",
        to=("helpdesk@voorbeeld.nl", "tweede@voorbeeld.nl"),
        subject="RE: Laptop start niet – één vraag",
        date="Mon, 03 Nov 2025 11:00:00 +0100",
        body=(
            "Goedemiddag,\n\nMijn laptop start sinds vanochtend niet meer op. Ik heb een kopie "
            "van mijn paspoort\nbijgevoegd zoals gevraagd."
        ),
        signature="Met vriendelijke groet,\nJan Jansen\n06-12345678",
        quoted=(
            "________________________________\n"
            "Van: Helpdesk Voorbeeld <helpdesk@voorbeeld.nl>\n"
            "Verzonden: maandag 3 november 2025 10:12\n"
            "Aan: Jan Jansen <jan.jansen@example.nl>\n"
            "Onderwerp: RE: Laptop\n\n"
            "Beste Jan,\n\nKun je een kopie van je legitimatie sturen?\n\nGroet,\nHelpdesk"
        ),
        attachments=(
            Attachment(
                filename="paspoort_kopie.pdf",
                content_type="application/pdf",
                size=130,
                looks_like_id_document=True,
            ),
        ),
        language_hint="nl-NL",
    )


def test_full_text_joins_the_non_empty_parts():
    mail = parse_mail(outlook_mail())
    assert mail.full_text == f"{mail.body}\n\n{mail.signature}\n\n{mail.quoted}"
    only_body = parse_mail(raw("From: a@b.nl", body=b"Alleen tekst."))
    assert only_body.full_text == "Alleen tekst."
    assert (only_body.signature, only_body.quoted) == ("", "")


def test_attachment_content_is_never_kept():
    mail = parse_mail(outlook_mail())
    assert "%PDF" not in repr(mail)
    assert "HTML-versie" not in mail.full_text  # the plain alternative wins


# --------------------------------------------------------------------------------------------
# charsets and transfer encodings


def _encode(payload: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(payload)
    if cte == "quoted-printable":
        return quopri.encodestring(payload)
    return payload


@pytest.mark.parametrize("cte", ["8bit", "quoted-printable", "base64"])
@pytest.mark.parametrize(
    ("charset_param", "payload", "expected"),
    [
        ('; charset="iso-8859-1"', "Café één".encode("latin-1"), "Café één"),
        ("; charset=windows-1252", "€ 25,– voor één “licentie”".encode("cp1252"), None),
        ("; charset=iso-8859-15", "Prijs: € 5".encode("iso-8859-15"), "Prijs: € 5"),
        ('; charset="latin-1x"', b"caf\xe9 \x80", "café €"),
        ('; charset="unknown-8bit"', "café".encode(), "café"),
        ("; charset=utf-8", b"caf\xe9 is dicht", "café is dicht"),  # declared charset is wrong
        ("; charset=us-ascii", "Groeten uit Zürich".encode(), "Groeten uit Zürich"),
        ("; charset=iso-8859-1", "mislabelled café".encode(), "mislabelled café"),
        ("; charset=iso-8859-1", b"kost \x80 10", "kost € 10"),  # windows-1252 in disguise
        ("; charset=utf-8", b"\x81\x8d ok", "\ufffd\ufffd ok"),  # undecodable everywhere
        ("", "zonder charset: café".encode(), "zonder charset: café"),
    ],
)
def test_body_charsets_never_raise_and_decode_sensibly(charset_param, payload, expected, cte):
    if expected is None:
        expected = payload.decode("cp1252")
    message = raw(
        "From: Klant <klant@example.nl>",
        "MIME-Version: 1.0",
        f"Content-Type: text/plain{charset_param}",
        f"Content-Transfer-Encoding: {cte}",
        body=_encode(payload, cte),
    )
    assert parse_mail(message).body == expected


def test_missing_content_type_is_plain_text():
    assert parse_mail(raw("From: a@b.nl", "Subject: hoi", body=b"Gewoon tekst.")).body == (
        "Gewoon tekst."
    )


def test_html_only_base64_windows_1252():
    html = (
        "<html><head><style>p {color: red}</style><title>Factuur</title></head><body>"
        "<p>Beste helpdesk,</p><p>De factuur van &euro;&nbsp;49,95 klopt niet. Caf\xe9 "
        "<b>De Hoek</b> betaalt \x80 10.</p><script>track()</script>"
        "<p>Met vriendelijke groet,<br>Ren\xe9e de Boer</p></body></html>"
    ).encode("latin-1")
    message = raw(
        "From: =?windows-1252?q?Ren=E9e_de_Boer?= <renee@example.nl>",
        "Subject: =?windows-1252?b?RmFjdHV1ciCA?=",
        "MIME-Version: 1.0",
        'Content-Type: text/html; charset="windows-1252"',
        "Content-Transfer-Encoding: base64",
        body=base64.encodebytes(html),
    )
    mail = parse_mail(message)
    assert mail.from_name == "Renée de Boer"
    assert mail.subject == "Factuur €"
    assert mail.body == (
        "Beste helpdesk,\n\nDe factuur van € 49,95 klopt niet. Café De Hoek betaalt € 10."
    )
    assert mail.signature == "Met vriendelijke groet,\nRenée de Boer"


def test_html_alternative_used_only_when_there_is_no_plain_text():
    msg = EmailMessage()
    msg["From"] = "a@b.nl"
    msg.set_content("<div>Hallo,</div><div>mijn wachtwoord werkt niet</div>", subtype="html")
    assert parse_mail(msg.as_bytes()).body == "Hallo,\nmijn wachtwoord werkt niet"


def test_multipart_related_html_with_inline_image():
    msg = EmailMessage()
    msg["From"] = "a@b.nl"
    msg.set_content("<p>Zie de schermafdruk:</p><img src='cid:img1'>", subtype="html")
    msg.add_related(b"\x89PNG....", maintype="image", subtype="png", cid="<img1>")
    msg.add_related(
        b"\x89PNG.........", maintype="image", subtype="png", cid="<img2>", filename="rijbewijs.png"
    )
    mail = parse_mail(msg.as_bytes())
    assert mail.body == "Zie de schermafdruk:"
    assert mail.attachments == (
        Attachment("", "image/png", 8, False),
        Attachment("rijbewijs.png", "image/png", 13, True),
    )


def test_format_flowed_is_unwrapped_but_keeps_the_signature_delimiter():
    body = b"Mijn naam is Jan \r\nJansen en mijn \r\nnummer is 06-123.\r\n\r\n-- \r\nJan\r\n"
    message = raw(
        "From: a@b.nl", "Content-Type: text/plain; charset=utf-8; format=flowed", body=body
    )
    mail = parse_mail(message)
    assert mail.body == "Mijn naam is Jan Jansen en mijn nummer is 06-123."
    assert mail.signature == "--\nJan"


# --------------------------------------------------------------------------------------------
# forwarded messages


def _forwarded_inner() -> EmailMessage:
    inner = EmailMessage()
    inner["From"] = "Piet Pieters <piet@example.nl>"
    inner["To"] = "jan@example.nl"
    inner["Subject"] = "Inloggen lukt niet"
    inner["Date"] = "Fri, 31 Oct 2025 09:00:00 +0100"
    inner.set_content("Hoi Jan,\n\nIk kan niet inloggen.\n\nGroetjes,\nPiet\n")
    inner.add_attachment(b"JPEGDATA", maintype="image", subtype="jpeg", filename="ID-kaart.jpg")
    return inner


def test_forwarded_rfc822_goes_to_quoted_with_its_headers():
    msg = EmailMessage()
    msg["From"] = "jan@example.nl"
    msg["Subject"] = "Fwd: Inloggen lukt niet"
    msg.set_content("Zie het bericht van Piet hieronder.\n")
    msg.add_attachment(_forwarded_inner())
    mail = parse_mail(msg.as_bytes())
    assert mail.body == "Zie het bericht van Piet hieronder."
    assert mail.quoted == (
        "From: Piet Pieters <piet@example.nl>\n"
        "Date: Fri, 31 Oct 2025 09:00:00 +0100\n"
        "Subject: Inloggen lukt niet\n"
        "To: jan@example.nl\n\n"
        "Hoi Jan,\n\nIk kan niet inloggen.\n\nGroetjes,\nPiet"
    )
    assert [(a.filename, a.content_type, a.looks_like_id_document) for a in mail.attachments] == [
        ("", "message/rfc822", False),
        ("ID-kaart.jpg", "image/jpeg", True),
    ]
    assert mail.attachments[0].size > 0


def test_inline_forward_without_disposition_is_not_an_attachment():
    inner = _forwarded_inner().as_bytes()
    message = raw(
        "From: jan@example.nl",
        'Content-Type: multipart/mixed; boundary="b1"',
        body=b"--b1\r\nContent-Type: text/plain\r\n\r\nFYI\r\n"
        b"--b1\r\nContent-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--b1--\r\n",
    )
    mail = parse_mail(message)
    assert mail.body == "FYI"
    assert mail.quoted.startswith("From: Piet Pieters <piet@example.nl>\n")
    assert "Ik kan niet inloggen." in mail.quoted
    assert [a.filename for a in mail.attachments] == ["ID-kaart.jpg"]


def test_reply_chain_and_forward_both_end_up_in_quoted():
    msg = EmailMessage()
    msg["From"] = "jan@example.nl"
    msg.set_content("Zie bijlage.\n\nOn Mon, 3 Nov 2025 at 10:00, Help <h@x.nl> wrote:\n> Vraag\n")
    msg.add_attachment(_forwarded_inner())
    quoted = parse_mail(msg.as_bytes()).quoted
    assert quoted.startswith("On Mon, 3 Nov 2025 at 10:00, Help <h@x.nl> wrote:\n> Vraag\n\nFrom: ")


# --------------------------------------------------------------------------------------------
# attachments


def test_attachment_names_types_and_sizes():
    msg = EmailMessage()
    msg["From"] = "a@b.nl"
    msg.set_content("Bijlagen.")
    msg.add_attachment(b"x" * 1000, maintype="image", subtype="jpeg", filename="IMG_2041.JPG")
    msg.add_attachment("notities", filename="notes.txt")  # a text attachment is not body text
    msg.add_attachment(b"PK", maintype="application", subtype="zip", filename="logs.zip")
    msg.add_attachment(b"V", maintype="video", subtype="mp4", filename="paspoort.mp4")
    mail = parse_mail(msg.as_bytes())
    assert mail.body == "Bijlagen."
    assert mail.attachments == (
        Attachment("IMG_2041.JPG", "image/jpeg", 1000, False),
        Attachment("notes.txt", "text/plain", len(b"notities\n"), False),
        Attachment("logs.zip", "application/zip", 2, False),
        Attachment("paspoort.mp4", "video/mp4", 1, False),
    )


@pytest.mark.parametrize(
    ("disposition", "expected"),
    [
        ("attachment; filename*=utf-8''kopie%20paspoort%20%C3%A9.pdf", "kopie paspoort é.pdf"),
        (
            "attachment; filename*0*=utf-8''verblijfs; filename*1*=vergunning%20.pdf",
            "verblijfsvergunning .pdf",
        ),
        (
            'attachment; filename="=?utf-8?q?rijbewijs_J=C3=A9r=C3=B4me.pdf?="',
            "rijbewijs Jérôme.pdf",
        ),
        ('attachment; filename="=?latin-1x?q?caf=E9.pdf?="', "café.pdf"),
        ("attachment", ""),
    ],
)
def test_attachment_filenames_are_decoded(disposition, expected):
    message = raw(
        "From: a@b.nl",
        'Content-Type: multipart/mixed; boundary="b"',
        body=(
            "--b\r\nContent-Type: text/plain\r\n\r\nzie bijlage\r\n"
            f"--b\r\nContent-Type: application/pdf\r\nContent-Disposition: {disposition}\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b--\r\n"
        ).encode(),
    )
    (attachment,) = parse_mail(message).attachments
    assert attachment.filename == expected
    assert attachment.size == 5  # b"%PDF-"


@pytest.mark.parametrize(
    ("filename", "content_type", "expected"),
    [
        ("paspoort_kopie.pdf", "application/pdf", True),
        ("Paspoort.JPG", "image/jpeg", True),
        ("scan-passport.png", "image/png", True),
        ("mijnPaspoortFoto.heic", "image/heic", True),
        ("paspoortfoto.jpg", "image/jpeg", True),
        ("identiteitskaart voorkant.jpg", "image/jpeg", True),
        ("id-kaart.png", "image/png", True),
        ("IDkaart.jpg", "image/jpeg", True),
        ("id kaart achterkant.jpeg", "image/jpeg", True),
        ("ID.pdf", "application/pdf", True),
        ("Kopie ID.pdf", "application/pdf", True),
        ("kopie_id_jan.png", "image/png", True),
        ("KopieID.png", "image/png", True),
        ("IDCard.jpg", "image/jpeg", True),
        ("identiteitsbewijs.tif", "image/tiff", True),
        ("Rijbewijs_Jan.webp", "image/webp", True),
        ("kopierijbewijs.pdf", "application/pdf", True),
        ("driving licence.jpg", "image/jpeg", True),
        ("driving_license_front.png", "image/png", True),
        ("DrivingLicense.png", "image/png", True),
        ("verblijfsvergunning.pdf", "application/pdf", True),
        ("residence-permit.heic", "application/octet-stream", True),  # extension decides
        ("eID_voorkant.jpg", "image/jpeg", True),
        ("eid.png", "image/png", True),
        ("identity card.jpg", "image/jpeg", True),
        ("identity.pdf", "application/pdf", True),
        ("legitimatie.jpeg", "image/jpeg", True),
        ("paspoort.tiff", "", True),
        # negatives
        ("factuur.pdf", "application/pdf", False),
        ("screenshot_idea.png", "image/png", False),
        ("Rapid.pdf", "application/pdf", False),
        ("ideal_betaling.png", "image/png", False),
        ("pas.jpg", "image/jpeg", False),
        ("bankpas.jpg", "image/jpeg", False),
        ("OV-pas.png", "image/png", False),
        ("paspoort.mp4", "video/mp4", False),
        ("paspoort.docx", "application/vnd.openxmlformats", False),
        ("rijbewijs.txt", "text/plain", False),
        ("order_id_4411.pdf", "application/pdf", False),
        ("OrderID.pdf", "application/pdf", False),
        ("klant-id.png", "image/png", False),
        ("Apple ID.png", "image/png", False),
        ("scheidingsovereenkomst.pdf", "application/pdf", False),
        ("video.jpg", "image/jpeg", False),
        ("IMG_2041.HEIC", "image/heic", False),
        ("", "image/jpeg", False),
    ],
)
def test_looks_like_id_document(filename, content_type, expected):
    assert looks_like_id_document(filename, content_type) is expected


# --------------------------------------------------------------------------------------------
# quoted history


@pytest.mark.parametrize(
    ("marker", "quote"),
    [
        pytest.param(
            "Op ma 3 nov. 2025 om 10:12 schreef Jan Jansen <\njan@example.nl>:",
            "> Hoi,\n> Oude tekst.",
            id="gmail-nl-wrapped",
        ),
        pytest.param(
            "Op ma 3 nov 2025 om 10:12 schreef Jan Jansen <jan@example.nl>:",
            "> Oude tekst.",
            id="gmail-nl",
        ),
        pytest.param("Op 03-11-2025 om 10:12 schreef Jan Jansen:", "> Oud.", id="thunderbird-nl"),
        pytest.param(
            "Op 3 nov. 2025, om 10:12 heeft Jan Jansen <jan@example.nl> het volgende geschreven:",
            "> Oud.",
            id="apple-nl",
        ),
        pytest.param(
            "On Mon, Nov 3, 2025 at 10:12 AM Jan Jansen <jan@example.nl> wrote:",
            "> Old text.",
            id="gmail-en",
        ),
        pytest.param(
            "On Mon, Nov 3, 2025 at 10:12 AM Jan Jansen <\njan@example.nl> wrote:",
            "> Old text.",
            id="gmail-en-wrapped",
        ),
        pytest.param("On 03/11/2025 10:12, Jan Jansen wrote:", "> Old.", id="thunderbird-en"),
        pytest.param(
            "________________________________\nVan: Helpdesk <h@x.nl>\n"
            "Verzonden: maandag 3 november 2025 10:12\nAan: Jan <j@x.nl>\nOnderwerp: Vraag",
            "Beste Jan,",
            id="outlook-nl",
        ),
        pytest.param(
            "From: Helpdesk <h@x.nl>\nSent: Monday, November 3, 2025 10:12 AM\n"
            "To: Jan <j@x.nl>\nSubject: Question",
            "Dear Jan,",
            id="outlook-en",
        ),
        pytest.param(
            "*From:* Helpdesk <h@x.nl>\n*Sent:* Monday\n*To:* Jan\n*Subject:* Question",
            "Dear Jan,",
            id="outlook-bold",
        ),
        pytest.param(
            "Van: Helpdesk <h@x.nl>\nDatum: maandag 3 november 2025 om 10:12\n"
            "Aan: Jan <j@x.nl>\nOnderwerp: Vraag",
            "Beste Jan,",
            id="outlook-mac-nl",
        ),
        pytest.param("-----Original Message-----\nFrom: h@x.nl", "Old", id="original-message"),
        pytest.param("----- Oorspronkelijk bericht -----\nVan: h@x.nl", "Oud", id="oorspronkelijk"),
        pytest.param(
            "---------- Forwarded message ---------\nFrom: Piet <p@x.nl>",
            "Tekst",
            id="forwarded",
        ),
        pytest.param(
            "---------- Doorgestuurd bericht ---------\nVan: Piet <p@x.nl>",
            "Tekst",
            id="doorgestuurd",
        ),
        pytest.param("Begin doorgestuurd bericht:", "Van: Piet", id="apple-doorgestuurd"),
        pytest.param("> Eerste regel\n> tweede regel", "", id="gt-block"),
    ],
)
def test_quote_markers_start_the_quoted_part(marker, quote):
    text = f"Ja, dat klopt.\n\nGroeten,\nJan\n\n{marker}\n{quote}\n"
    assert split_reply(text) == ("Ja, dat klopt.", "Groeten,\nJan", f"{marker}\n{quote}".strip())


@pytest.mark.parametrize(
    "text",
    [
        "Op maandag schreef ik u al over dit probleem.\nHet is nog niet opgelost.",
        "Op maandag schreef ik:\nhet werkt niet",  # no date or time: a sentence, not a header
        "Van: mijn collega hoorde ik dat het storing is.\nKlopt dat?",
        "From: the logs I can see an error.\nSubject: is empty.\nWhat now?",
        "Bij het opstarten staat er:\n> 5 GB vrij\nen dan stopt hij.",
        "On Monday I wrote: it still fails.\nPlease help.",
        "Op 3 november om 10:00 heb ik gebeld. Toen\nschreef ik:\nhet werkt niet",
        "On 3 Nov I called you. Then I\nwrote:\nnothing happened",
    ],
)
def test_ordinary_sentences_are_not_quote_markers(text):
    assert split_reply(text) == (text, "", "")


def test_gt_line_at_the_end_is_a_quote():
    assert split_reply("Zie hieronder.\n\n> enige regel") == ("Zie hieronder.", "", "> enige regel")


# --------------------------------------------------------------------------------------------
# signatures


@pytest.mark.parametrize(
    "closing",
    [
        "Met vriendelijke groet,",
        "Met vriendelijke groeten",
        "met vriendelijke groet",
        "Vriendelijke groet,",
        "Vriendelijke groeten,",
        "Mvg,",
        "MVG",
        "M.v.g.",
        "Groeten,",
        "Groet",
        "Groetjes!",
        "Hartelijke groet,",
        "Met hartelijke groet,",
        "Gr.",
        "Alvast bedankt!",
        "Kind regards,",
        "Best regards,",
        "best regards",
        "Regards,",
        "Thanks,",
        "Thanks!",
        "Thank you,",
        "Cheers,",
        "Best,",
        "Groeten, Jan",
        "Gr. Jan",
        "Thanks, Jan de Vries",
    ],
)
def test_closing_lines_start_the_signature(closing):
    text = f"Hallo,\n\nMijn VPN werkt niet.\n\n{closing}\nJan de Vries\nAcme B.V.\n"
    assert split_reply(text) == (
        "Hallo,\n\nMijn VPN werkt niet.",
        f"{closing}\nJan de Vries\nAcme B.V.",
        "",
    )


@pytest.mark.parametrize(
    ("text", "body", "signature"),
    [
        pytest.param(
            "Hoi,\n\nHet werkt weer.\n\n-- \nJan Jansen\nT 06-12345678",
            "Hoi,\n\nHet werkt weer.",
            "--\nJan Jansen\nT 06-12345678",
            id="rfc3676-delimiter",
        ),
        pytest.param(
            "Printer doet het niet.\n\nVerzonden vanaf mijn iPhone",
            "Printer doet het niet.",
            "Verzonden vanaf mijn iPhone",
            id="iphone-nl",
        ),
        pytest.param(
            "Printer is broken.\n\nSent from my iPhone",
            "Printer is broken.",
            "Sent from my iPhone",
            id="iphone-en",
        ),
        pytest.param(
            "Printer doet het niet.\n\nMvg,\nJan\n\nVerstuurd vanaf mijn Samsung Galaxy.",
            "Printer doet het niet.",
            "Mvg,\nJan\n\nVerstuurd vanaf mijn Samsung Galaxy.",
            id="closing-and-mobile-footer",
        ),
        pytest.param(
            "Thanks, that fixed it!",
            "Thanks, that fixed it!",
            "",
            id="thanks-in-a-sentence",
        ),
        pytest.param(
            "Het werkt niet.\nGroeten uit Spanje!",
            "Het werkt niet.\nGroeten uit Spanje!",
            "",
            id="groeten-uit-spanje",
        ),
        pytest.param(
            "Bedankt!\n\nMet vriendelijke groet,\nJan",
            "Bedankt!",
            "Met vriendelijke groet,\nJan",
            id="last-closing-wins",
        ),
        pytest.param(
            "Met vriendelijke groet,\nJan Jansen",
            "",
            "Met vriendelijke groet,\nJan Jansen",
            id="only-a-sign-off",
        ),
        pytest.param("", "", "", id="empty"),
    ],
)
def test_signature_cases(text, body, signature):
    assert split_reply(text) == (body, signature, "")


def test_groeten_in_the_middle_of_a_long_mail_does_not_cut_the_body():
    lines = [f"Regel {n} van mijn verhaal." for n in range(1, 8)]
    middle = "Groeten"  # e.g. a greeting the customer passes on
    tail = [f"Stap {n}: daarna ging het mis." for n in range(1, 14)]
    text = "\n".join([*lines, middle, *tail])
    assert split_reply(text) == (text, "", "")


def test_signature_is_not_searched_inside_the_quote():
    text = (
        "Prima.\n\nOn Mon, Nov 3, 2025 at 10:12 Help <h@x.nl> wrote:\n> Vraag\n> Groeten,\n> Help"
    )
    body, signature, quoted = split_reply(text)
    assert (body, signature) == ("Prima.", "")
    assert quoted.endswith("> Help")


def test_crlf_and_whitespace_are_normalised():
    assert split_reply("Hoi  \r\n\r\nTekst\r\n\r\nGroet,\r\nJan\r\n") == (
        "Hoi\n\nTekst",
        "Groet,\nJan",
        "",
    )


# --------------------------------------------------------------------------------------------
# HTML -> text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            "<p>Hallo&nbsp;Jan,</p><p>Prijs: &euro;5 &amp; caf&eacute;</p>",
            "Hallo Jan,\n\nPrijs: €5 & café",
        ),
        ("<div>regel<br>twee</div><div>drie</div>", "regel\ntwee\ndrie"),
        ("<div>a</div><div><br></div><div>b</div>", "a\n\nb"),
        ("<ul><li>een</li><li>twee</li></ul>", "een\ntwee"),
        (
            "<table><tr><td>Naam</td><td>Jan</td></tr><tr><td>Tel</td><td>06</td></tr></table>",
            "Naam Jan\nTel 06",
        ),
        ("<h1>Kop</h1>tekst", "Kop\n\ntekst"),
        (
            "<html><head><title>T</title><style>p{}</style></head><body>zichtbaar</body></html>",
            "zichtbaar",
        ),
        ("voor<script>var x = '<p>geheim</p>';</script>na", "voorna"),
        ("<p>a</p>\n\n\n<p></p><p>&nbsp;</p><p></p><p>b</p>", "a\n\nb"),
        ("<p>  veel     spaties\n en regels </p>", "veel spaties en regels"),
        ("<blockquote>oud<br>ouder</blockquote>nieuw", "> oud\n> ouder\n\nnieuw"),
        ("<pre>a  b\n  c</pre>", "a  b\n  c"),
        ("<p class=MsoNormal>Hoi<o:p></o:p></p><!-- commentaar --><p>Jan</p>", "Hoi\n\nJan"),
        ("<b>Jan</b> <i>Jansen</i>", "Jan Jansen"),
        ("<p>onafgesloten <b>tag", "onafgesloten tag"),
        ("", ""),
    ],
)
def test_html_to_text(html, text):
    assert html_to_text(html) == text


def test_gmail_html_reply_is_split_like_plain_text():
    html = (
        '<div dir="ltr">Hoi,<div><br></div><div>Mijn wachtwoord werkt niet.</div><div><br></div>'
        '<div>Groet,</div><div>Jan</div></div><br><div class="gmail_quote">'
        '<div dir="ltr" class="gmail_attr">Op ma 3 nov. 2025 om 10:12 schreef Helpdesk &lt;'
        '<a href="mailto:h@x.nl">h@x.nl</a>&gt;:<br></div>'
        '<blockquote class="gmail_quote">Beste Jan,<br>Wat is er?</blockquote></div>'
    )
    assert split_reply(html_to_text(html)) == (
        "Hoi,\n\nMijn wachtwoord werkt niet.",
        "Groet,\nJan",
        "Op ma 3 nov. 2025 om 10:12 schreef Helpdesk <h@x.nl>:\n\n> Beste Jan,\n> Wat is er?",
    )


# --------------------------------------------------------------------------------------------
# headers


@pytest.mark.parametrize(
    ("header_lines", "field", "expected"),
    [
        (["Subject: =?iso-8859-1?q?Caf=E9?="], "subject", "Café"),
        (
            ["Subject: =?utf-8?b?U3RvcmluZyDigJMgw6nDqW4gdnJhYWc=?="],
            "subject",
            "Storing – één vraag",
        ),
        (["Subject: =?latin-1x?q?Caf=E9?= dicht"], "subject", "Café dicht"),
        (["Subject: =?utf-8?q?Lange_?=\r\n =?utf-8?q?regel?="], "subject", "Lange regel"),
        (["Subject: Re: vraag\r\n  over factuur"], "subject", "Re: vraag over factuur"),
        ([], "subject", ""),
        (["From: =?iso-8859-1?q?Ren=E9e?= <renee@Example.COM>"], "from_name", "Renée"),
        (
            ["From: =?iso-8859-1?q?Ren=E9e?= <renee@Example.COM>"],
            "from_address",
            "renee@example.com",
        ),
        (['From: "de Vries, Jan" <Jan.de.Vries@example.nl>'], "from_name", "de Vries, Jan"),
        (["From: jan@example.nl"], "from_name", None),
        (["From: jan@example.nl (Jan)"], "from_address", "jan@example.nl"),
        (["From: Jan <jan@"], "from_address", None),
        (["From: Helpdesk"], "from_name", "Helpdesk"),
        (["From: <>"], "from_address", None),
        (["Reply-To: Privé <prive@example.nl>"], "reply_to", "prive@example.nl"),
        (['To: a@x.nl, "B, C" <b@x.nl>', "To: d@x.nl"], "to", ("a@x.nl", "b@x.nl", "d@x.nl")),
        (["To: undisclosed-recipients:;"], "to", ()),
        (["Message-ID:\r\n <abc.123@mail.example.nl> "], "message_id", "<abc.123@mail.example.nl>"),
        (["Message-ID: geen-haakjes@x"], "message_id", "geen-haakjes@x"),
        (["In-Reply-To: <a@x> (comment)"], "in_reply_to", "<a@x>"),
        (
            ["References: <a@x>\r\n\t<b@x>\r\n <c@\r\n x>"],
            "references",
            ("<a@x>", "<b@x>", "<c@x>"),
        ),
        ([], "references", ()),
        (["Date: Mon, 3 Nov 2025 10:12:00 +0100"], "date", "Mon, 3 Nov 2025 10:12:00 +0100"),
        (["Date: gisteren ergens"], "date", "gisteren ergens"),
        ([], "date", None),
        (["Content-Language: en-GB"], "language_hint", "en-GB"),
        ([], "language_hint", None),
    ],
)
def test_headers(header_lines, field, expected):
    lines = (
        header_lines
        if any(h.startswith("From:") for h in header_lines)
        else [
            "From: a@b.nl",
            *header_lines,
        ]
    )
    assert getattr(parse_mail(raw(*lines, body=b"tekst")), field) == expected


@pytest.mark.parametrize(
    "subject", ["=?utf-8?b?!!!kapot?=", "=?utf-8?q?kapot", "=?=?=?", "=?utf-8?x?kapot?="]
)
def test_malformed_encoded_words_do_not_raise(subject):
    assert "kapot" in parse_mail(raw("From: a@b.nl", f"Subject: {subject} kapot")).subject


def test_raw_8bit_headers_are_decoded():
    # a utf-8 name and a windows-1252 subject, unencoded: both happen in the wild
    message = b"From: Ren\xc3\xa9e <renee@example.nl>\r\nSubject: caf\xe9 \x80\r\n\r\ntekst"
    mail = parse_mail(message)
    assert (mail.from_name, mail.subject) == ("Renée", "café €")


# --------------------------------------------------------------------------------------------
# broken structure never raises


@pytest.mark.parametrize(
    "message",
    [
        raw(
            "From: a@b.nl",
            "Content-Type: text/plain",
            "Content-Transfer-Encoding: base64",
            body=b"aGFsbG8=!!!!garbage===",
        ),
        raw("From: a@b.nl", "Content-Type: multipart/mixed", body=b"geen boundary\r\nmaar tekst"),
        raw(
            "From: a@b.nl",
            'Content-Type: multipart/mixed; boundary="x"',
            body=b"--x\r\nContent-Type: text/plain\r\n\r\nniet afgesloten",
        ),
        raw("From: a@b.nl", "Content-Type: text/plain; charset=", body=b"tekst"),
        raw("From: a@b.nl", "Content-Type: ;;;", "Content-Disposition: ;;", body=b"tekst"),
        raw("From: a@b.nl", "Content-Type: message/rfc822", body=b"geen bericht"),
        raw("From: a@b.nl", "Subject: =?x?q?", "Date: 99 Foo 99999 99:99", body=b"tekst"),
        b"From: a@b.nl\r\nX-Heel-Lang: " + b"a" * 100_000 + b"\r\n\r\ntekst",
        b"From a@b.nl Mon Nov  3 10:00:00 2025\nFrom: a@b.nl\n\nmbox-regel",
        b"\r\n\r\nFrom: a@b.nl\r\n\r\nlege regels vooraf",
    ],
)
def test_broken_messages_do_not_raise(message):
    mail = parse_mail(message)
    assert isinstance(mail.body, str)
    assert mail.from_address == "a@b.nl"


def test_multipart_without_boundary_keeps_its_text():
    message = raw("From: a@b.nl", "Content-Type: multipart/mixed", body=b"geen boundary")
    assert parse_mail(message).body == "geen boundary"


def test_deep_nesting_does_not_exhaust_the_stack():
    body = b""
    for depth in range(60):
        body += (
            f'--b{depth}\r\nContent-Type: multipart/mixed; boundary="b{depth + 1}"\r\n\r\n'.encode()
        )
    message = raw("From: a@b.nl", 'Content-Type: multipart/mixed; boundary="b0"', body=body)
    assert parse_mail(message).body == ""


def test_deeply_nested_forwards_are_cut_off():
    message = b"From: kern@b.nl\r\n\r\nkern"
    for _ in range(300):
        message = b"From: a@b.nl\r\nContent-Type: message/rfc822\r\n\r\n" + message
    mail = parse_mail(message)
    assert mail.quoted.startswith("From: a@b.nl\n\nFrom: a@b.nl")
    assert "kern" not in mail.quoted


def test_mutated_messages_raise_nothing_but_mail_parse_error():
    rng = random.Random(20251103)
    seeds = [outlook_mail(), _forwarded_inner().as_bytes()]
    inserts = [
        b"\r\n",
        b"--",
        b"=?",
        b"?=",
        b";",
        b'"',
        b"boundary=",
        b"charset=",
        b"\xff",
        b"\x00",
    ]
    for _ in range(300):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 20)):
            i = rng.randrange(len(data))
            if rng.random() < 0.5:
                data[i] = rng.randrange(256)
            else:
                data[i:i] = rng.choice(inserts)
        with contextlib.suppress(MailParseError):
            assert isinstance(parse_mail(bytes(data)).full_text, str)


# --------------------------------------------------------------------------------------------
# errors: say what is wrong, never what the message says

SECRET = "BSN 111222333 van Jan"


@pytest.mark.parametrize(
    ("message", "max_bytes", "error"),
    [
        (b"", 10_000_000, "empty message"),
        (b"  \r\n\t\r\n", 10_000_000, "empty message"),
        (raw("From: a@b.nl", body=SECRET.encode() * 10), 100, "message exceeds 100 bytes"),
        (SECRET.encode(), 10_000_000, "not an e-mail message"),
        (f"Hallo,\n\n{SECRET}".encode(), 10_000_000, "not an e-mail message"),
        (f"X-Onbekend: {SECRET}\n\ntekst".encode(), 10_000_000, "not an e-mail message"),
        (b"\x00\x01\x02\xff\xfe" + SECRET.encode(), 10_000_000, "not an e-mail message"),
        (SECRET, 10_000_000, "message is not bytes"),
    ],
)
def test_parse_errors_never_contain_content(message, max_bytes, error):
    with pytest.raises(MailParseError) as caught:
        parse_mail(message, max_bytes=max_bytes)
    assert str(caught.value) == error
    assert "111222333" not in repr(caught.value)
    assert caught.value.__cause__ is None
    assert isinstance(caught.value, ValueError)


def test_default_limit_is_ten_million_bytes():
    with pytest.raises(MailParseError, match=r"^message exceeds 10000000 bytes$"):
        parse_mail(raw("From: a@b.nl", body=b"x" * 10_000_001))
