"""Small SVG charts drawn on the server: no JavaScript, no CDN, nothing fetched at run time.

Each function returns markup for one ``<svg>`` that scales to the screen's width (viewBox), with
the numbers written on the bars so a midwife reads values, not heights. Every label is escaped."""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH = 360  # the viewBox width: about a phone's CSS width, so 11px text stays 11px there


@dataclass(frozen=True)
class Series:
    name: str
    color: str
    values: list[int]


def _svg(height: int, title: str, body: list[str], css_class: str = "chart") -> Markup:
    return Markup(
        f'<svg class="{css_class}" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>{"".join(body)}</svg>')


def stacked_columns(title: str, labels: list[str], series: list[Series], height: int = 170) -> Markup:
    """One column per week, its series stacked; the total above each column."""
    left, bottom, top = 4, 18, 16
    slot = (WIDTH - left) / max(len(labels), 1)
    totals = [sum(s.values[i] for s in series) for i in range(len(labels))]
    scale = (height - bottom - top) / max(max(totals, default=0), 1)
    body = [f'<line x1="0" x2="{WIDTH}" y1="{height - bottom}" y2="{height - bottom}" stroke="#bbb"/>']
    for i, label in enumerate(labels):
        x, base = left + i * slot, height - bottom
        for s in series:
            h = s.values[i] * scale
            if h:
                body.append(f'<rect x="{x + slot * .15:.1f}" y="{base - h:.1f}" width="{slot * .7:.1f}" '
                            f'height="{h:.1f}" fill="{s.color}" data-series="{escape(s.name)}" '
                            f'data-value="{s.values[i]}"><title>{escape(s.name)} : {s.values[i]}</title></rect>')
            base -= h
        if totals[i]:
            body.append(f'<text x="{x + slot / 2:.1f}" y="{base - 3:.1f}" text-anchor="middle" '
                        f'class="total">{totals[i]}</text>')
        body.append(f'<text x="{x + slot / 2:.1f}" y="{height - 5}" text-anchor="middle">{escape(label)}</text>')
    return _svg(height, title, body)


def row_strips(title: str, labels: list[str], rows: list[tuple[str, list[int]]], color: str) -> Markup:
    """One row per topic: its name, then a small column per week (same scale for every row) with
    the count written on it — small multiples read better on a phone than 13 stacked colours."""
    row_height, name_height, bar_height = 44, 14, 24
    height = row_height * len(rows) + 16
    slot = WIDTH / max(len(labels), 1)
    peak = max((v for _, values in rows for v in values), default=0) or 1
    body = []
    for r, (name, values) in enumerate(rows):
        y0 = r * row_height
        body.append(f'<text x="0" y="{y0 + 11}" class="name">{escape(name)} ({sum(values)})</text>')
        base = y0 + name_height + bar_height
        for i, value in enumerate(values):
            x = i * slot
            h = max(value / peak * bar_height, 1 if value else 0)
            body.append(f'<rect x="{x + slot * .1:.1f}" y="{base - bar_height:.1f}" width="{slot * .8:.1f}" '
                        f'height="{bar_height}" fill="#f1ece4"/>')
            if value:
                body.append(f'<rect x="{x + slot * .1:.1f}" y="{base - h:.1f}" width="{slot * .8:.1f}" '
                            f'height="{h:.1f}" fill="{color}" data-row="{escape(name)}" data-value="{value}"/>')
                body.append(f'<text x="{x + slot / 2:.1f}" y="{base - 4:.1f}" text-anchor="middle" '
                            f'fill="#fff" style="fill:#fff;font-weight:600">{value}</text>'
                            if h >= 14 else
                            f'<text x="{x + slot / 2:.1f}" y="{base - h - 2:.1f}" text-anchor="middle">{value}</text>')
    for i, label in enumerate(labels):
        body.append(f'<text x="{i * slot + slot / 2:.1f}" y="{height - 3}" text-anchor="middle">{escape(label)}</text>')
    return _svg(height, title, body)


def share_bar(title: str, segments: list[tuple[str, str, int]], height: int = 30) -> Markup:
    """One horizontal bar split into parts (label, colour, count), each part's count written in it."""
    total = sum(count for _, _, count in segments)
    body, x = [], 0.0
    if not total:
        body.append(f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#f1ece4"/>')
    for label, color, count in segments:
        if not count:
            continue
        w = count / total * WIDTH
        body.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="{height}" fill="{color}" '
                    f'data-segment="{escape(label)}" data-value="{count}"><title>{escape(label)} : {count}</title></rect>')
        if w >= 14:
            body.append(f'<text x="{x + w / 2:.1f}" y="{height / 2 + 4:.1f}" text-anchor="middle" '
                        f'style="fill:#fff;font-weight:600">{count}</text>')
        x += w
    return _svg(height, title, body)
