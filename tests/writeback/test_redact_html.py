"""redact_html: <redact> around exactly the spans, escaping, merging, refusing broken markup."""

from __future__ import annotations

import random
from html.parser import HTMLParser

import pytest

from bot.writeback import SpanError, redact_html

CANARY = "Zq7Kanarie"


class RedactReader(HTMLParser):
    """Reads an html_body back: all text, and the text inside each <redact> element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.redacted: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "redact":
            assert not self._inside, "nested <redact>"
            self._inside = True
            self.redacted.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "redact":
            self._inside = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._inside:
            self.redacted[-1] += data


def read(html_body: str) -> tuple[str, list[str]]:
    reader = RedactReader()
    reader.feed(html_body)
    reader.close()
    return "".join(reader.text), reader.redacted


def test_plain_text_is_escaped_and_offsets_refer_to_the_plain_text():
    text = 'Als a < b & "c" dan bel Jan <06-12345678>'
    spans = [(text.index("Jan"), text.index("Jan") + 3), (text.index("06"), text.index("06") + 11)]
    assert redact_html(text, spans, html=False) == (
        'Als a &lt; b &amp; "c" dan bel <redact>Jan</redact> &lt;<redact>06-12345678</redact>&gt;'
    )


def test_text_that_looks_like_markup_cannot_open_a_tag():
    text = "<script>alert(1)</script> <redact>x</redact> Jan"
    out = redact_html(text, [(len(text) - 3, len(text))], html=False)
    assert out.count("<redact>") == 1 and "<script>" not in out
    plain, redacted = read(out)
    assert plain == text and redacted == ["Jan"]


def test_no_spans_is_just_the_escaped_text():
    assert redact_html("a & b", [], html=False) == "a &amp; b"
    assert redact_html("<p>a &amp; b</p>", [], html=True) == "<p>a &amp; b</p>"


def test_overlapping_adjacent_unsorted_and_empty_spans_are_merged():
    text = "0123456789abcdef"
    spans = [(8, 10), (2, 5), (4, 6), (6, 7), (12, 12), (14, 16), (0, 0)]
    assert redact_html(text, spans, html=False) == (
        "01<redact>23456</redact>7<redact>89</redact>abcd<redact>ef</redact>"
    )


def test_whole_text_and_non_ascii_offsets():
    text = "Zoë Ünal 🙂 belt"
    assert redact_html(text, [(0, 8)], html=False) == "<redact>Zoë Ünal</redact> 🙂 belt"
    assert redact_html(text, [(0, len(text))], html=False) == f"<redact>{text}</redact>"


def test_random_spans_round_trip_exactly():
    """Property: the output reads back as the original text, redacting exactly the merged spans."""
    rng = random.Random(20261121)
    alphabet = "ab <>&\"'\n é"
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        spans = []
        for _ in range(rng.randint(0, 5)):
            start = rng.randint(0, len(text))
            spans.append((start, rng.randint(start, len(text))))
        covered = sorted(
            {i for start, end in spans for i in range(start, end)}
        )  # the merged spans are the runs of covered positions
        runs: list[str] = []
        previous = -2
        for i in covered:
            if i == previous + 1:
                runs[-1] += text[i]
            else:
                runs.append(text[i])
            previous = i
        plain, redacted = read(redact_html(text, spans, html=False))
        assert plain == text
        assert redacted == runs


def test_html_source_is_kept_and_spans_wrapped_between_tags():
    source = '<div class="zd-comment"><p>Bel <b>Jan Jansen</b> op 06-12345678<br>Groet</p></div>'
    name = (source.index("Jan Jansen"), source.index("Jan Jansen") + 10)
    phone = (source.index("06-"), source.index("06-") + 11)
    out = redact_html(source, [phone, name], html=True)
    assert out == (
        '<div class="zd-comment"><p>Bel <b><redact>Jan Jansen</redact></b> op '
        "<redact>06-12345678</redact><br>Groet</p></div>"
    )


def test_html_span_may_contain_a_whole_character_reference():
    source = "<p>Jansen &amp; Zn, Jan&#233;</p>"
    start, accented = source.index("Jansen"), source.index("Jan&")
    spans = [(start, source.index(",")), (accented, accented + len("Jan&#233;"))]
    out = redact_html(source, spans, html=True)
    assert out == "<p><redact>Jansen &amp; Zn</redact>, <redact>Jan&#233;</redact></p>"


@pytest.mark.parametrize(
    ("source", "part", "message"),
    [
        ('<a href="mailto:jan@x.nl">mail</a>', "jan@x.nl", "inside an HTML tag"),
        ("<p>Bel <b>Jan</b> Jansen</p>", "Jan</b> Jansen", "crosses an HTML tag"),
        ("<p>Bel Jan<br>Jansen</p>", "Jan<br>Jansen", "crosses an HTML tag"),
        ("<p>Jan <!-- x -->Jansen</p>", "Jan <!-- x -->Jansen", "crosses an HTML tag"),
        ("<p>Jan<!-- note -->Jansen</p>", "note", "inside an HTML tag"),
        ("<p>Jansen &amp; Zn</p>", "Jansen &am", "inside an HTML character reference"),
        ("<p>Jan</p>", "Jan</", "inside an HTML tag"),
    ],
)
def test_html_spans_that_would_break_markup_are_refused(source, part, message):
    start = source.index(part)
    with pytest.raises(SpanError, match=message):
        redact_html(source, [(start, start + len(part))], html=True)


def test_a_stray_less_than_sign_is_text_not_a_tag():
    source = "<p>3 < 4 en Jan</p>"
    start = source.index("3 < 4 en Jan")
    out = redact_html(source, [(start, start + 12)], html=True)
    assert out == "<p><redact>3 < 4 en Jan</redact></p>"


@pytest.mark.parametrize(
    "spans",
    [[(-1, 3)], [(2, 1)], [(0, 99)], [(True, 3)], [(0.0, 3)], [(1, 2, 3)], ["ab"], [None]],
)
def test_invalid_spans_are_refused_without_quoting_the_text(spans):
    text = f"Jan {CANARY} woont hier"
    with pytest.raises(SpanError) as caught:
        redact_html(text, spans, html=False)
    assert CANARY not in str(caught.value) and "Jan" not in str(caught.value)


def test_html_errors_do_not_quote_the_text():
    source = f'<a href="mailto:{CANARY}@x.nl">{CANARY}</a>'
    start = source.index(CANARY)
    with pytest.raises(SpanError) as caught:
        redact_html(source, [(start, start + len(CANARY))], html=True)
    assert CANARY not in str(caught.value)
