"""Inline SVG charts for the review dashboard: pure functions, text in, markup out.

Why hand-written SVG: the pages are rendered on the server under a strict Content Security
Policy - no scripts, no inline ``style`` attributes or elements. A charting library brings
JavaScript or inline styles; these charts are a few rectangles and labels. So the markup
uses presentation attributes (``fill=``, ``font-size=``) and ``class=`` hooks (``chart-*``)
the page's stylesheet may refine, and nothing else.

Every piece of text is XML-escaped (characters XML 1.0 cannot carry are dropped), because
labels come from the database: an entity type or a request type is data, not markup. Each
chart is an ``<svg role="img">`` named by its ``<title>`` and described by a ``<desc>`` that
lists the numbers, so a screen reader gets the values and not only "image"; every bar has
its own ``<title>`` as a tooltip. Output is deterministic: the same data gives the same bytes
(colours included), so pages can be cached and tests can compare.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence

#: Colour-blind-safe first (Okabe-Ito without black and yellow, which vanish on white or
#: against the text), then distinguishable extras for charts with many series.
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#8C6D31",
    "#5D6D7E",
    "#7B3294",
    "#1B7837",
    "#B2182B",
    "#2166AC",
)
EMPTY_TEXT = "Nog geen gegevens"
TEXT_COLOUR = "#222222"
MUTED_COLOUR = "#666666"
GRID_COLOUR = "#DDDDDD"
FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', sans-serif"
FONT_SIZE = 12
#: A rough width of one character at :data:`FONT_SIZE`, for laying out labels without a
#: font engine; generous, so labels do not collide.
CHAR_WIDTH = 7.0
TITLE_HEIGHT = 28
MIN_ROW_HEIGHT = 16
MAX_LABEL_CHARS = 28
MAX_DESC_ITEMS = 24

_SVG_NS = "http://www.w3.org/2000/svg"
_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")
#: What XML 1.0 cannot carry at all, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# -- public -----------------------------------------------------------------------------------


def bar_chart(
    series: Sequence[tuple[str, float]],
    title: str,
    width: int = 640,
    height: int = 240,
    *,
    chart_id: str | None = None,
) -> str:
    """Horizontal bars, one per (label, value), in the order given; the value at each bar.

    Horizontal because the labels are words (request types, entity types) that would not
    fit under narrow columns. When the rows do not fit in ``height`` at a readable size the
    chart grows taller instead of squeezing them. Values are counts: a negative or non-finite
    value is drawn as 0. Nothing to show (no rows, or all zero) gives the empty chart.
    """
    width, height = _size(width, height)
    rows = [(str(label), _value(value)) for label, value in series]
    svg_id = _chart_id(chart_id, "bar", title, rows)
    if not rows or not any(value for _, value in rows):
        return _empty(svg_id, title, width, height)
    longest = max(len(_short(label)) for label, _ in rows)
    left = min(width * 0.4, longest * CHAR_WIDTH + 16)
    right = max(len(format_number(value)) for _, value in rows) * CHAR_WIDTH + 14
    top, bottom = TITLE_HEIGHT + 6, 24
    height = max(height, int(top + bottom + MIN_ROW_HEIGHT * len(rows)))
    plot_w = width - left - right
    row_h = (height - top - bottom) / len(rows)
    ticks = nice_ticks(max(value for _, value in rows))
    scale = plot_w / ticks[-1]

    parts = _open(svg_id, title, _describe(rows), width, height, "chart chart-bar")
    parts.append('<g class="chart-axis">')
    for tick in ticks:
        x = left + tick * scale
        parts.append(_line(x, top, x, height - bottom, GRID_COLOUR))
        parts.append(_label(x, height - bottom + 16, format_number(tick), "middle", MUTED_COLOUR))
    parts.append("</g>")
    for index, (label, value) in enumerate(rows):
        y = top + index * row_h
        bar_h = max(1.0, row_h * 0.7)
        bar_y = y + (row_h - bar_h) / 2
        middle = y + row_h / 2 + FONT_SIZE * 0.35
        bar_w = value * scale
        parts.append('<g class="chart-bar-row">')
        parts.append(f"<title>{_text(label)}: {_text(format_number(value))}</title>")
        parts.append(
            f'<rect x="{_num(left)}" y="{_num(bar_y)}" width="{_num(bar_w)}"'
            f' height="{_num(bar_h)}" fill="{PALETTE[0]}" class="chart-bar-value"/>'
        )
        parts.append(_label(left - 8, middle, _short(label), "end", TEXT_COLOUR))
        parts.append(
            _label(left + bar_w + 6, middle, format_number(value), "start", TEXT_COLOUR, True)
        )
        parts.append("</g>")
    parts.append(_line(left, top, left, height - bottom, MUTED_COLOUR))
    parts.append("</svg>")
    return "".join(parts)


def stacked_bar_chart(
    categories: Sequence[str],
    stacks: Mapping[str, Sequence[float]],
    title: str,
    width: int = 640,
    height: int = 240,
    *,
    chart_id: str | None = None,
) -> str:
    """One column per category (weeks, left to right), stacked by series (entity types).

    ``stacks`` maps a series name to one value per category; the first series sits at the
    bottom and leads the legend. Each column shows its total above it where there is room;
    each segment names its series and value in a tooltip. Category labels are thinned out
    when they would overlap. Values as in :func:`bar_chart`. Raises ``ValueError`` when a
    series does not have one value per category (a caller's mistake, not data).
    """
    width, height = _size(width, height)
    labels = [str(category) for category in categories]
    series = {str(name): [_value(v) for v in values] for name, values in stacks.items()}
    for values in series.values():
        if len(values) != len(labels):
            raise ValueError("every series needs one value per category")
    svg_id = _chart_id(chart_id, "stacked", title, [labels, sorted(series.items())])
    totals = [sum(values[i] for values in series.values()) for i in range(len(labels))]
    if not labels or not any(totals):
        return _empty(svg_id, title, width, height)
    shown = {name: values for name, values in series.items() if any(values)}
    colours = series_colours(shown)

    legend, legend_rows = _legend(shown, colours, width)
    top = TITLE_HEIGHT + legend_rows * 18 + 10
    bottom = 26
    ticks = nice_ticks(max(totals))
    left = max(len(format_number(t)) for t in ticks) * CHAR_WIDTH + 12
    right = 12
    height = max(height, top + bottom + 80)
    plot_w = width - left - right
    plot_h = height - top - bottom
    scale = plot_h / ticks[-1]
    slot = plot_w / len(labels)
    column_w = max(1.0, slot * 0.7)
    every = max(1, math.ceil(max(len(label) for label in labels) * CHAR_WIDTH / (slot * 0.95)))

    desc = [(label, total) for label, total in zip(labels, totals, strict=True)]
    description = "Totaal per categorie: " + _describe(desc)
    description += ". Per reeks: " + _describe([(n, sum(v)) for n, v in shown.items()])
    parts = _open(svg_id, title, description, width, height, "chart chart-stacked")
    parts.extend(legend)
    parts.append('<g class="chart-axis">')
    base = height - bottom
    for tick in ticks:
        y = base - tick * scale
        parts.append(_line(left, y, width - right, y, GRID_COLOUR))
        parts.append(
            _label(left - 6, y + FONT_SIZE * 0.35, format_number(tick), "end", MUTED_COLOUR)
        )
    parts.append("</g>")
    for index, label in enumerate(labels):
        x = left + index * slot + (slot - column_w) / 2
        y = base
        parts.append('<g class="chart-column">')
        for name, values in shown.items():
            value = values[index]
            if not value:
                continue
            segment_h = value * scale
            y -= segment_h
            parts.append(
                f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(column_w)}"'
                f' height="{_num(segment_h)}" fill="{colours[name]}" class="chart-segment">'
                f"<title>{_text(label)} - {_text(name)}: {_text(format_number(value))}</title>"
                "</rect>"
            )
        total = format_number(totals[index])
        if totals[index] and len(total) * CHAR_WIDTH <= slot:
            parts.append(_label(x + column_w / 2, y - 4, total, "middle", TEXT_COLOUR, True))
        if index % every == 0:
            parts.append(_label(x + column_w / 2, base + 16, label, "middle", MUTED_COLOUR))
        parts.append("</g>")
    parts.append(_line(left, base, width - right, base, MUTED_COLOUR))
    parts.append("</svg>")
    return "".join(parts)


def number_tile(
    label: str,
    value: float | str | None,
    *,
    unit: str | None = None,
    width: int = 200,
    height: int = 96,
    chart_id: str | None = None,
) -> str:
    """One key figure (overdue requests, median days to close) with its label under it.

    ``value`` None shows a dash: "no closed request yet" is not zero days. A number is
    formatted the Dutch way; a string is shown as it is (escaped).
    """
    width, height = _size(width, height)
    if value is None:
        shown = "–"
    elif isinstance(value, str):
        shown = value
    else:
        shown = format_number(value)
    if unit:
        shown = f"{shown} {unit}"
    svg_id = _chart_id(chart_id, "tile", label, shown)
    description = f"{label}: {shown}"
    parts = _open(svg_id, label, description, width, height, "chart chart-tile", heading=False)
    parts.append(
        f'<text x="{_num(width / 2)}" y="{_num(height * 0.55)}" text-anchor="middle"'
        f' font-size="{FONT_SIZE * 2.5:g}" font-weight="bold" fill="{TEXT_COLOUR}"'
        f' class="chart-tile-value">{_text(shown)}</text>'
    )
    parts.append(_label(width / 2, height * 0.55 + FONT_SIZE * 2, label, "middle", MUTED_COLOUR))
    parts.append("</svg>")
    return "".join(parts)


def series_colours(names: Iterable[str]) -> dict[str, str]:
    """A palette colour per series name, the same one whenever the same names are charted.

    Each name starts at a slot picked by its checksum and, when another name already has
    that colour, takes the next free one - names in sorted order, so the input order does
    not matter. Beyond the palette's size colours repeat (the legend and tooltips still
    tell the series apart).
    """
    unique = sorted(set(names))
    taken: set[int] = set()
    colours: dict[str, str] = {}
    for name in unique:
        slot = zlib.crc32(name.encode("utf-8")) % len(PALETTE)
        if len(taken) < len(PALETTE):
            while slot in taken:
                slot = (slot + 1) % len(PALETTE)
            taken.add(slot)
        colours[name] = PALETTE[slot]
    return colours


def format_number(value: float) -> str:
    """Dutch notation: ``1.234``, ``3,5``; whole numbers without decimals, others with one."""
    value = _value(value)
    if value == int(value):
        return f"{int(value):,}".replace(",", ".")
    whole, fraction = f"{value:,.1f}".split(".")
    return f"{whole.replace(',', '.')},{fraction}"


def nice_ticks(maximum: float) -> list[float]:
    """Axis ticks from 0 to a round number at or above ``maximum`` (steps of 1, 2 or 5
    times a power of ten, about five of them); never a fractional step for counts below 5."""
    if maximum <= 0:
        return [0.0, 1.0]
    raw = maximum / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    if maximum >= 1:
        step = max(step, 1.0)
    count = math.ceil(maximum / step - 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


# -- markup helpers ---------------------------------------------------------------------------


def _text(value: object) -> str:
    """Text for element content and attribute values: escaped, XML-safe."""
    cleaned = _NOT_XML.sub("", str(value))
    return (
        cleaned.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


def _num(value: float) -> str:
    """A coordinate with at most one decimal, for short and stable markup."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _value(value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) and number > 0 else 0.0


def _size(width: int, height: int) -> tuple[int, int]:
    if not 80 <= width <= 4000 or not 40 <= height <= 4000:
        raise ValueError("width must be 80-4000 and height 40-4000 pixels")
    return int(width), int(height)


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"


def _chart_id(chart_id: str | None, kind: str, title: str, data: object) -> str:
    """The id prefix of the chart's ``<title>``/``<desc>``: given, or derived from the
    content so two charts on one page do not share ids and the output stays stable."""
    if chart_id is not None:
        if not _ID.fullmatch(chart_id):
            raise ValueError("chart_id must be a letter followed by letters, digits, - or _")
        return chart_id
    digest = zlib.crc32(repr((kind, title, data)).encode("utf-8"))
    return f"chart-{kind}-{digest:08x}"


def _describe(items: Sequence[tuple[str, float]]) -> str:
    listed = [f"{label}: {format_number(value)}" for label, value in items[:MAX_DESC_ITEMS]]
    if len(items) > MAX_DESC_ITEMS:
        listed.append(f"en {len(items) - MAX_DESC_ITEMS} meer")
    return "; ".join(listed)


def _open(
    svg_id: str, title: str, desc: str, width: int, height: int, css: str, heading: bool = True
) -> list[str]:
    """The ``<svg>`` start with its accessible name and description, and the title shown
    on top (a tile shows its label under the number instead)."""
    parts = [
        f'<svg xmlns="{_SVG_NS}" role="img" aria-labelledby="{svg_id}-title {svg_id}-desc"'
        f' width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
        f' font-family="{_text(FONT_FAMILY)}" font-size="{FONT_SIZE}" class="{css}">',
        f'<title id="{svg_id}-title">{_text(title)}</title>',
        f'<desc id="{svg_id}-desc">{_text(desc)}</desc>',
    ]
    if heading:
        parts.append(
            f'<text x="0" y="18" font-size="{FONT_SIZE + 2}" font-weight="bold"'
            f' fill="{TEXT_COLOUR}" class="chart-title">{_text(title)}</text>'
        )
    return parts


def _empty(svg_id: str, title: str, width: int, height: int) -> str:
    parts = _open(svg_id, title, EMPTY_TEXT, width, height, "chart chart-empty")
    parts.append(_label(width / 2, (height + TITLE_HEIGHT) / 2, EMPTY_TEXT, "middle", MUTED_COLOUR))
    parts.append("</svg>")
    return "".join(parts)


def _line(x1: float, y1: float, x2: float, y2: float, colour: str) -> str:
    return (
        f'<line x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}"'
        f' stroke="{colour}" stroke-width="1"/>'
    )


def _label(x: float, y: float, text: str, anchor: str, colour: str, value: bool = False) -> str:
    css = "chart-value" if value else "chart-label"
    return (
        f'<text x="{_num(x)}" y="{_num(y)}" text-anchor="{anchor}" fill="{colour}"'
        f' class="{css}">{_text(text)}</text>'
    )


def _legend(
    series: Mapping[str, Sequence[float]], colours: Mapping[str, str], width: int
) -> tuple[list[str], int]:
    """Swatches and names in rows under the title; returns the markup and the row count."""
    parts = ['<g class="chart-legend">']
    x, row = 0.0, 0
    for name in series:
        label = _short(name)
        item_w = 18 + len(label) * CHAR_WIDTH + 14
        if x and x + item_w > width:
            x, row = 0.0, row + 1
        y = TITLE_HEIGHT + row * 18
        parts.append(
            f'<rect x="{_num(x)}" y="{_num(y)}" width="12" height="12" fill="{colours[name]}"/>'
        )
        parts.append(_label(x + 18, y + 10, label, "start", TEXT_COLOUR))
        x += item_w
    parts.append("</g>")
    return parts, row + 1 if series else 0
