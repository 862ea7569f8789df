"""The dashboard's inline SVG: well-formed, escaped, accessible, no inline styles or scripts,
deterministic, and a clear message when there is nothing to show."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from bot.svg_charts import (
    EMPTY_TEXT,
    PALETTE,
    bar_chart,
    format_number,
    nice_ticks,
    number_tile,
    series_colours,
    stacked_bar_chart,
)

NS = "{http://www.w3.org/2000/svg}"
WEEKS = ["2024-04-08", "2024-04-15", "2024-04-22", "2024-04-29"]
STACKS = {"PERSON": [3, 0, 5, 1], "EMAIL": [1, 2, 0, 0], "IBAN": [0, 0, 0, 0]}
EVIL = "<script>alert('x')</script> & \"quotes\""


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{NS}svg"
    return root


def texts(root: ET.Element) -> list[str]:
    return ["".join(node.itertext()) for node in root.iter(f"{NS}text")]


def charts() -> list[str]:
    return [
        bar_chart([("access", 3), ("erasure", 12)], "Verzoeken per soort"),
        stacked_bar_chart(WEEKS, STACKS, "Redacties per week"),
        number_tile("Verzoeken over tijd", 2),
        bar_chart([], "Leeg"),
        stacked_bar_chart(WEEKS, {"PERSON": [0, 0, 0, 0]}, "Leeg"),
    ]


@pytest.mark.parametrize("svg", charts())
def test_well_formed_accessible_and_without_styles_or_scripts(svg: str) -> None:
    root = parse(svg)
    assert root.get("role") == "img"
    title = root.find(f"{NS}title")
    desc = root.find(f"{NS}desc")
    assert title is not None and desc is not None
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert root.get("viewBox", "").startswith("0 0 ")
    for node in root.iter():
        assert "style" not in node.attrib
        assert node.tag not in {f"{NS}style", f"{NS}script", f"{NS}foreignObject"}
        assert not any(name.startswith("on") for name in node.attrib)
        assert not any("href" in name for name in node.attrib)
    assert "style=" not in svg and "<script" not in svg


def test_bar_chart_shows_labels_and_values() -> None:
    root = parse(bar_chart([("access", 3), ("erasure", 1234), ("complaint", 0)], "Verzoeken"))
    shown = texts(root)
    assert {"access", "erasure", "complaint", "3", "1.234", "0", "Verzoeken"} <= set(shown)
    bars = [r for r in root.iter(f"{NS}rect") if r.get("class") == "chart-bar-value"]
    widths = [float(r.get("width")) for r in bars]
    assert widths[1] > widths[0] > widths[2] == 0
    assert all(r.get("fill") == PALETTE[0] for r in bars)
    tooltips = ["".join(t.itertext()) for t in root.iter(f"{NS}title")]
    assert "erasure: 1.234" in tooltips
    assert "access: 3" in root.find(f"{NS}desc").text


def test_many_bars_grow_the_chart_instead_of_squeezing() -> None:
    rows = [(f"soort {n}", n + 1) for n in range(30)]
    root = parse(bar_chart(rows, "Veel", height=240))
    assert int(root.get("height")) >= 30 * 16


def test_stacked_chart_stacks_legend_and_totals() -> None:
    root = parse(stacked_bar_chart(WEEKS, STACKS, "Redacties per week"))
    shown = texts(root)
    assert {"PERSON", "EMAIL"} <= set(shown)
    assert "IBAN" not in shown  # a series without any value stays out of the legend
    assert {"4", "2", "5", "1"} <= set(shown)  # column totals
    segments = [r for r in root.iter(f"{NS}rect") if r.get("class") == "chart-segment"]
    assert len(segments) == 5  # zero values draw nothing
    colours = series_colours(["PERSON", "EMAIL"])
    person = [s for s in segments if s.get("fill") == colours["PERSON"]]
    assert len(person) == 3
    tooltip = "".join(person[0].find(f"{NS}title").itertext())
    assert tooltip == "2024-04-08 - PERSON: 3"
    desc = root.find(f"{NS}desc").text
    assert "2024-04-22: 5" in desc and "PERSON: 9" in desc


def test_stacked_chart_thins_out_crowded_labels() -> None:
    weeks = [f"2024-{m:02d}-01" for m in range(1, 13)] * 3
    root = parse(stacked_bar_chart(weeks, {"PERSON": [1] * 36}, "Veel weken", width=400))
    labels = [t for t in texts(root) if t.startswith("2024-")]
    assert 0 < len(labels) < 36


def test_stacked_chart_refuses_series_of_the_wrong_length() -> None:
    with pytest.raises(ValueError):
        stacked_bar_chart(WEEKS, {"PERSON": [1, 2]}, "Fout")


def test_text_is_escaped() -> None:
    svgs = [
        bar_chart([(EVIL, 3)], EVIL),
        stacked_bar_chart([EVIL], {EVIL: [2]}, EVIL),
        number_tile(EVIL, EVIL, unit=EVIL),
        bar_chart([], EVIL),
    ]
    for svg in svgs:
        assert "<script" not in svg
        root = parse(svg)
        assert root.find(f"{NS}title").text == EVIL
        assert not list(root.iter(f"{NS}script"))
        assert any(EVIL in text for text in texts(root))  # shown as text, not markup
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;" in svgs[0]
    labels = texts(parse(svgs[0]))
    assert EVIL[:27] + "…" in labels  # a long label is shortened, the tooltip keeps it whole


def test_characters_xml_cannot_carry_are_dropped() -> None:
    root = parse(bar_chart([("a\x00b\x1fc", 1)], "titel\x07"))
    assert root.find(f"{NS}title").text == "titel"
    assert "abc" in texts(root)


@pytest.mark.parametrize(
    "svg",
    [
        bar_chart([], "Verzoeken per soort"),
        bar_chart([("access", 0), ("erasure", float("nan")), ("x", -3)], "Nul"),
        stacked_bar_chart([], {}, "Redacties per week"),
        stacked_bar_chart(WEEKS, {}, "Redacties per week"),
    ],
)
def test_empty_data_says_so(svg: str) -> None:
    root = parse(svg)
    assert EMPTY_TEXT in texts(root)
    assert root.find(f"{NS}desc").text == EMPTY_TEXT
    assert not list(root.iter(f"{NS}rect"))


def test_output_and_colours_are_deterministic() -> None:
    assert charts() == charts()
    one = series_colours(["PERSON", "EMAIL", "IBAN"])
    assert one == series_colours(["IBAN", "PERSON", "EMAIL"])
    assert len(set(one.values())) == 3
    many = series_colours([f"T{n}" for n in range(len(PALETTE))])
    assert sorted(many.values()) == sorted(PALETTE)  # all distinct while the palette lasts
    assert set(series_colours([f"T{n}" for n in range(40)]).values()) <= set(PALETTE)


def test_two_charts_on_one_page_have_their_own_ids() -> None:
    first = parse(bar_chart([("a", 1)], "Een"))
    second = parse(bar_chart([("a", 2)], "Een"))
    assert first.find(f"{NS}title").get("id") != second.find(f"{NS}title").get("id")
    named = parse(number_tile("Achterstallig", 3, chart_id="overdue"))
    assert named.find(f"{NS}title").get("id") == "overdue-title"
    with pytest.raises(ValueError):
        number_tile("x", 1, chart_id='x" onload="alert(1)')


def test_number_tile() -> None:
    root = parse(number_tile("Mediaan doorlooptijd", 3.5, unit="dagen"))
    assert texts(root) == ["3,5 dagen", "Mediaan doorlooptijd"]
    assert root.find(f"{NS}desc").text == "Mediaan doorlooptijd: 3,5 dagen"
    assert "–" in texts(parse(number_tile("Mediaan doorlooptijd", None)))


def test_number_formatting_and_ticks() -> None:
    assert format_number(1234567) == "1.234.567"
    assert format_number(3.5) == "3,5"
    assert format_number(12.0) == "12"
    assert format_number(-4) == "0"
    assert nice_ticks(3) == [0, 1, 2, 3]
    assert nice_ticks(12) == [0, 5, 10, 15]
    assert nice_ticks(1234) == [0, 500, 1000, 1500]
    assert nice_ticks(0) == [0, 1]
    assert nice_ticks(0.3)[-1] >= 0.3


def test_sizes_are_checked() -> None:
    with pytest.raises(ValueError):
        bar_chart([("a", 1)], "x", width=10)
