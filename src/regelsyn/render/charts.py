"""Charts for the site as inline SVG: the figures of the report's Mermaid charts (burden by
owner level as a pie, hours freed per review as bars), drawn here so that a page needs no
script, font or library from anywhere. Every label is escaped; each chart carries a title and
a description for screen readers, and the page shows the same figures as a table."""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

from markupsafe import Markup

# colours with at least 3:1 contrast against white (WCAG 2.1, non-text contrast)
PALETTE = ("#1f5f99", "#b3471b", "#2e7d32", "#6a3d9a", "#8a6100", "#00727a", "#a3195b", "#4d4d4d")


def pie(
    slices: Sequence[tuple[str, float]], title: str, ident: str, number: object = str
) -> Markup:
    """A pie of ``(label, value)`` with a legend; values of 0 are left out."""
    parts = [(label, value) for label, value in slices if value > 0]
    total = sum(value for _, value in parts)
    size, radius, centre = 200, 90, 100
    shapes = []
    angle = -math.pi / 2
    for index, (label, value) in enumerate(parts):
        colour = PALETTE[index % len(PALETTE)]
        share = value / total if total else 0
        tip = f"{escape(label)}: {escape(str(number(value)))}"  # type: ignore[operator]
        if share >= 0.9999:
            shapes.append(
                f'<circle cx="{centre}" cy="{centre}" r="{radius}" fill="{colour}">'
                f"<title>{tip}</title></circle>"
            )
            continue
        end = angle + share * 2 * math.pi
        x1, y1 = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        x2, y2 = centre + radius * math.cos(end), centre + radius * math.sin(end)
        large = 1 if share > 0.5 else 0
        shapes.append(
            f'<path d="M{centre},{centre} L{x1:.2f},{y1:.2f} A{radius},{radius} 0 {large} 1 '
            f'{x2:.2f},{y2:.2f} Z" fill="{colour}" stroke="#fff" stroke-width="1">'
            f"<title>{tip}</title></path>"
        )
        angle = end
    legend = []
    for index, (label, value) in enumerate(parts):
        y = 14 + index * 22
        colour = PALETTE[index % len(PALETTE)]
        text = f"{escape(label)} ({escape(str(number(value)))})"  # type: ignore[operator]
        legend.append(
            f'<rect x="220" y="{y - 11}" width="14" height="14" fill="{colour}"/>'
            f'<text x="240" y="{y}" font-size="13">{text}</text>'
        )
    height = max(size, 22 * len(parts) + 10)
    return Markup(
        f'<svg class="chart" role="img" aria-labelledby="{ident}-t" viewBox="0 0 860 {height}" '
        f'width="860" height="{height}">'
        f'<title id="{ident}-t">{escape(title)}</title>{"".join(shapes)}{"".join(legend)}</svg>'
    )


def bars(
    values: Sequence[tuple[str, float]], title: str, axis: str, ident: str, number: object = str
) -> Markup:
    """Vertical bars of ``(label, value)``, each with its value written above it."""
    width, height, left, bottom, top = 640, 260, 56, 40, 24
    peak = max((value for _, value in values), default=0) or 1
    step = (width - left - 10) / max(len(values), 1)
    bar = min(48.0, step * 0.7)
    plot = height - bottom - top
    shapes = [
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" '
        f'stroke="#333"/>',
        f'<text x="12" y="{top + plot / 2:.0f}" font-size="12" '
        f'transform="rotate(-90 12 {top + plot / 2:.0f})" '
        f'text-anchor="middle">{escape(axis)}</text>',
    ]
    for index, (label, value) in enumerate(values):
        h = plot * value / peak
        x = left + index * step + (step - bar) / 2
        y = height - bottom - h
        shown = escape(str(number(value)))  # type: ignore[operator]
        shapes.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{PALETTE[0]}">'
            f"<title>{escape(label)}: {shown}</title></rect>"
            f'<text x="{x + bar / 2:.1f}" y="{y - 4:.1f}" font-size="12" '
            f'text-anchor="middle">{shown}</text>'
            f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 16}" font-size="12" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    return Markup(
        f'<svg class="chart" role="img" aria-labelledby="{ident}-t" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}">'
        f'<title id="{ident}-t">{escape(title)}</title>{"".join(shapes)}</svg>'
    )
