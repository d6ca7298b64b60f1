"""Charts of the reports as lists of SVG shapes, drawn by our own code (no JS, no network).

Each function returns a `Chart`: a size and plain shapes (rect, text, line, path,
circle, polyline) with coordinates computed here. The template macro `_charts.html.j2`
writes them out as inline SVG, so every text from the BOM is escaped by Jinja like the
rest of the page, and the same SVG is drawn by a browser and by Typst for the PDF.
Text widths are estimated (CJK characters count as one em, others as ~0.56 em) to clip
long labels, as SVG cannot measure text.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field

STAGE_COLORS = {"materials": "#2b6a99", "transport": "#7fb3d5", "processing": "#e8912d",
                "waste": "#9c9c8a"}
BAR = "#2b6a99"
LINE = "#c8414b"
GRID = "#d9dee3"
INK = "#1f2933"
MUTED = "#5f6b76"


@dataclass
class Shape:
    kind: str  # rect | text | line | path | circle | polyline
    attrs: dict[str, object]
    text: str = ""


@dataclass
class Chart:
    width: float
    height: float
    label: str  # accessible name (aria-label)
    shapes: list[Shape] = field(default_factory=list)

    def add(self, kind: str, text: str = "", **attrs: object) -> None:
        self.shapes.append(Shape(kind, {k.replace("_", "-"): _r(v) for k, v in attrs.items()},
                                 text))


def _r(value: object) -> object:
    """Round coordinates so that the SVG (and golden files) stay short and stable."""
    if isinstance(value, float):
        rounded = round(value, 2)
        return int(rounded) if rounded.is_integer() else rounded
    return value


def text_width(text: str, size: float) -> float:
    return size * sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.56 for c in text)


def clip(text: str, max_width: float, size: float) -> str:
    """`text`, cut with an ellipsis so that it fits in `max_width` px."""
    if text_width(text, size) <= max_width:
        return text
    while text and text_width(text + "…", size) > max_width:
        text = text[:-1]
    return text + "…"


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k that is >= value (axis maximum)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value * (1 - 1e-9):
            return step * power
    return 10 * power


def axis_label(value: float) -> str:
    return f"{value:.6g}"


def stage_bars(stages: list[tuple[str, str, float, float, str]], label: str,
               width: float = 680) -> Chart:
    """Horizontal bars, one per stage: (key, label, kg, share, value text)."""
    row, label_w, value_w, top = 30.0, 118.0, 150.0, 6.0
    chart = Chart(width, top * 2 + row * len(stages), label)
    largest = max([kg for _, _, kg, _, _ in stages] + [0.0])
    span = width - label_w - value_w
    for i, (key, name, kg, _share, value) in enumerate(stages):
        y = top + i * row
        bar = span * max(kg, 0.0) / largest if largest > 0 else 0.0
        chart.add("text", clip(name, label_w - 10, 12), x=0, y=y + 19, font_size=12,
                  fill=INK)
        chart.add("rect", x=label_w, y=y + 5, width=max(bar, 1.0), height=row - 10, rx=2,
                  fill=STAGE_COLORS.get(key, BAR))
        chart.add("text", value, x=label_w + bar + 8, y=y + 19, font_size=11, fill=MUTED)
    return chart


def donut(stages: list[tuple[str, float]], center: str, unit: str, label: str,
          size: float = 220) -> Chart:
    """Ring of the stage shares with the total in the middle: (key, kg) per stage."""
    chart = Chart(size, size, label)
    c, outer, inner = size / 2, size / 2 - 4, size / 2 - 44
    total = sum(max(kg, 0.0) for _, kg in stages)
    chart.add("circle", cx=c, cy=c, r=(outer + inner) / 2, fill="none", stroke=GRID,
              stroke_width=outer - inner)
    angle = -math.pi / 2
    for key, kg in stages:
        share = max(kg, 0.0) / total if total > 0 else 0.0
        if share <= 0:
            continue
        color = STAGE_COLORS.get(key, BAR)
        if share >= 0.99999:
            chart.add("circle", cx=c, cy=c, r=(outer + inner) / 2, fill="none", stroke=color,
                      stroke_width=outer - inner)
            break
        end = angle + 2 * math.pi * share
        chart.add("path", d=_ring_segment(c, outer, inner, angle, end), fill=color,
                  stroke="#ffffff", stroke_width=1)
        angle = end
    chart.add("text", center, x=c, y=c + 4, font_size=26, font_weight=700,
              text_anchor="middle", fill=INK)
    chart.add("text", unit, x=c, y=c + 24, font_size=11, text_anchor="middle", fill=MUTED)
    return chart


def _ring_segment(c: float, outer: float, inner: float, start: float, end: float) -> str:
    large = 1 if end - start > math.pi else 0

    def point(r: float, a: float) -> str:
        return f"{c + r * math.cos(a):.2f} {c + r * math.sin(a):.2f}"

    return (f"M {point(outer, start)} A {outer:.2f} {outer:.2f} 0 {large} 1 {point(outer, end)} "
            f"L {point(inner, end)} A {inner:.2f} {inner:.2f} 0 {large} 0 {point(inner, start)} Z")


def pareto(items: list[tuple[str, float, float]], label: str, axis_kg: str, axis_cum: str,
           width: float = 680, height: float = 290) -> Chart:
    """Bars of the largest parts with the cumulative share line: (label, kg, cumulative)."""
    left, right, top, bottom = 58.0, 46.0, 22.0, 72.0
    chart = Chart(width, height, label)
    plot_w, plot_h = width - left - right, height - top - bottom
    ymax = nice_ceiling(max([kg for _, kg, _ in items] + [0.0]))
    for i in range(5):
        y = top + plot_h * (1 - i / 4)
        chart.add("line", x1=left, y1=y, x2=left + plot_w, y2=y, stroke=GRID, stroke_width=1)
        chart.add("text", axis_label(ymax * i / 4), x=left - 6, y=y + 4, font_size=10,
                  text_anchor="end", fill=MUTED)
        chart.add("text", f"{25 * i}%", x=left + plot_w + 6, y=y + 4, font_size=10,
                  fill=MUTED)
    chart.add("text", axis_kg, x=left - 6, y=top - 9, font_size=10, text_anchor="end",
              fill=MUTED)
    chart.add("text", axis_cum, x=left + plot_w + 6, y=top - 9, font_size=10, fill=MUTED)
    slot = plot_w / max(len(items), 1)
    points = []
    for i, (name, kg, cumulative) in enumerate(items):
        x = left + slot * i
        bar_h = plot_h * max(kg, 0.0) / ymax
        chart.add("rect", x=x + slot * 0.18, y=top + plot_h - bar_h, width=slot * 0.64,
                  height=max(bar_h, 0.5), fill=BAR)
        cx = x + slot / 2
        points.append((cx, top + plot_h * (1 - min(cumulative, 1.0))))
        chart.add("text", clip(name, bottom * 1.3, 10), x=cx, y=top + plot_h + 14,
                  font_size=10, text_anchor="end", fill=INK,
                  transform=f"rotate(-35 {cx:.2f} {top + plot_h + 14:.2f})")
    if points:
        chart.add("polyline", points=" ".join(f"{x:.2f},{y:.2f}" for x, y in points),
                  fill="none", stroke=LINE, stroke_width=2)
        for x, y in points:
            chart.add("circle", cx=x, cy=y, r=3, fill=LINE)
    chart.add("line", x1=left, y1=top + plot_h, x2=left + plot_w, y2=top + plot_h,
              stroke=MUTED, stroke_width=1)
    return chart


def stacked_bars(rows: list[tuple[str, dict[str, float], str]], stage_names: dict[str, str],
                 label: str, width: float = 680) -> Chart:
    """One horizontal bar per row (category), split by stage: (name, kg by stage, value)."""
    row, label_w, value_w, legend = 26.0, 190.0, 130.0, 26.0
    chart = Chart(width, legend + row * len(rows) + 6, label)
    x = label_w
    for key, name in stage_names.items():
        chart.add("rect", x=x, y=4, width=10, height=10, fill=STAGE_COLORS.get(key, BAR))
        chart.add("text", name, x=x + 14, y=13, font_size=10, fill=MUTED)
        x += 24 + text_width(name, 10)
    largest = max([sum(max(v, 0.0) for v in kg.values()) for _, kg, _ in rows] + [0.0])
    span = width - label_w - value_w
    for i, (name, by_stage, value) in enumerate(rows):
        y = legend + i * row
        chart.add("text", clip(name, label_w - 10, 11), x=0, y=y + 16, font_size=11, fill=INK)
        x = label_w
        for key in stage_names:
            w = span * max(by_stage.get(key, 0.0), 0.0) / largest if largest > 0 else 0.0
            if w > 0:
                chart.add("rect", x=x, y=y + 4, width=w, height=row - 8,
                          fill=STAGE_COLORS.get(key, BAR))
            x += w
        chart.add("text", value, x=x + 8, y=y + 16, font_size=10, fill=MUTED)
    return chart


# -- uncertainty (issue 14, render/uncertainty_view.py) ------------------------------------

def histogram(counts: list[int], edges: list[float], marks: list[tuple[float, str]],
              label: str, axis: str, width: float = 680, height: float = 220) -> Chart:
    """Bars of the Monte Carlo samples of the total; `marks` are vertical lines (the
    static value, the 2.5 / 97.5 percentiles) with their labels."""
    left, bottom, top = 10.0, 34.0, 22.0
    chart = Chart(width, height, label)
    span_w, span_h = width - 2 * left, height - bottom - top
    low, high = edges[0], edges[-1]
    scale = span_w / (high - low) if high > low else 0.0
    largest = max(counts + [1])
    for i, count in enumerate(counts):
        x = left + (edges[i] - low) * scale
        w = max((edges[i + 1] - edges[i]) * scale - 1, 1.0)
        h = span_h * count / largest
        chart.add("rect", x=x, y=top + span_h - h, width=w, height=max(h, 0.5), fill=BAR)
    chart.add("line", x1=left, y1=top + span_h, x2=width - left, y2=top + span_h,
              stroke=GRID)
    for value, _text in ((low, ""), (high, "")):
        x = left + (value - low) * scale
        chart.add("text", axis_label(float(f"{value:.4g}")), x=x, y=top + span_h + 14,
                  font_size=10, fill=MUTED, text_anchor="start" if value == low else "end")
    chart.add("text", axis, x=width / 2, y=height - 4, font_size=10, fill=MUTED,
              text_anchor="middle")
    for i, (value, text) in enumerate(marks):
        x = left + min(max(value - low, 0.0), high - low) * scale
        chart.add("line", x1=x, y1=top - 4, x2=x, y2=top + span_h, stroke=LINE,
                  stroke_width=1.5, stroke_dasharray="4 3" if i else "")
        chart.add("text", clip(text, 160, 10), x=x + 3, y=10 + 9 * (i % 2), font_size=10,
                  fill=LINE, text_anchor="start" if x < width * 0.7 else "end")
    return chart


def tornado(items: list[tuple[str, float, float]], center: float, label: str,
            low_text: str, high_text: str, width: float = 680) -> Chart:
    """One-at-a-time sensitivity: per input (name, total at the low value, total at the
    high value), a bar from each to the static total `center`."""
    row, label_w, top = 24.0, 230.0, 22.0
    chart = Chart(width, top + row * len(items) + 8, label)
    spread = max([abs(v - center) for _, lo, hi in items for v in (lo, hi)] + [0.0])
    half = (width - label_w - 70) / 2
    mid = label_w + 35 + half
    scale = half / spread if spread > 0 else 0.0
    chart.add("text", low_text, x=mid - 4, y=12, font_size=10, fill=MUTED, text_anchor="end")
    chart.add("text", high_text, x=mid + 4, y=12, font_size=10, fill=MUTED)
    for i, (name, lo, hi) in enumerate(items):
        y = top + i * row
        chart.add("text", clip(name, label_w - 8, 11), x=0, y=y + 15, font_size=11, fill=INK)
        for value, color in ((lo, "#7fb3d5"), (hi, BAR)):
            x = mid + (value - center) * scale
            chart.add("rect", x=min(x, mid), y=y + 4, width=max(abs(x - mid), 1.0),
                      height=row - 8, fill=color)
            chart.add("text", f"{value:.4g}", x=x + (4 if value >= center else -4), y=y + 15,
                      font_size=9, fill=MUTED, text_anchor="start" if value >= center
                      else "end")
    chart.add("line", x1=mid, y1=top - 2, x2=mid, y2=top + row * len(items), stroke=INK)
    return chart
