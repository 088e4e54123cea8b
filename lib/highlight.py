"""Article text as right-to-left HTML with entity and statement highlights.

The article text is untrusted: every piece of it, and every label or tooltip, goes
through ``html.escape`` before any markup is added around it. Offsets are the stored
article offsets, so a highlight covers exactly the characters the reader sees.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

TYPE_COLOURS = {
    "person": "#fde68a",
    "organization": "#bfdbfe",
    "country": "#bbf7d0",
    "city": "#fbcfe8",
    "other": "#e5e7eb",
}
STATEMENT_COLOUR = "#fff7ed"
STATEMENT_BORDER = "#ea580c"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # "entity" or "statement"
    css_class: str
    title: str
    badge: str = ""
    anchor: str = ""


def entity_span(start: int, end: int, type_: str, name_ar: str, name_en: str, role: str, country: str) -> Span:
    parts = [p for p in (name_en or name_ar, name_ar if name_en else "", role, country) if p]
    return Span(start, end, "entity", f"ent ent-{type_ if type_ in TYPE_COLOURS else 'other'}", " · ".join(parts))


def statement_span(start: int, end: int, speaker: str, verb: str, date: str, anchor: str) -> Span:
    return Span(start, end, "statement", "stmt", f"{speaker} · {verb} · {date}", badge=speaker, anchor=anchor)


def _events(spans: list[Span], length: int) -> list[tuple[int, int, Span]]:
    """(position, order, span) events; closings before openings at the same position."""
    events: list[tuple[int, int, Span]] = []
    for s in spans:
        if 0 <= s.start < s.end <= length:
            events.append((s.start, 1, s))
            events.append((s.end, 0, s))
    events.sort(key=lambda e: (e[0], e[1], -(e[2].end - e[2].start) if e[1] else 0))
    return events


def render_article(text: str, spans: list[Span]) -> str:
    """HTML of ``text`` with ``spans`` marked; overlapping spans are split so tags nest."""
    out: list[str] = []
    open_spans: list[Span] = []
    pos = 0
    for at, opening, span in _events(spans, len(text)):
        if at > pos:
            out.append(_escape_text(text[pos:at]))
            pos = at
        if opening:
            out.append(_open(span))
            open_spans.append(span)
        elif span in open_spans:
            # close down to the span, then reopen the ones that are still running
            idx = open_spans.index(span)
            for s in reversed(open_spans[idx:]):
                out.append("</mark>" if s.kind == "entity" else "</span>")
            reopened = open_spans[idx + 1:]
            del open_spans[idx:]
            for s in reopened:
                out.append(_open(s, badge=False))
                open_spans.append(s)
    out.append(_escape_text(text[pos:]))
    for s in reversed(open_spans):
        out.append("</mark>" if s.kind == "entity" else "</span>")
    return f'<div class="aqwal-article" dir="rtl" lang="ar">{"".join(out)}</div>'


def _escape_text(chunk: str) -> str:
    return html.escape(chunk).replace("\n", "<br>")


def _open(span: Span, badge: bool = True) -> str:
    title = html.escape(span.title, quote=True)
    if span.kind == "entity":
        return f'<mark class="{span.css_class}" title="{title}">'
    anchor = f' id="{html.escape(span.anchor, quote=True)}"' if span.anchor and badge else ""
    label = f'<span class="badge">{html.escape(span.badge)}</span>' if badge and span.badge else ""
    return f'<span class="{span.css_class}" title="{title}"{anchor}>{label}'


def stylesheet() -> str:
    rules = [
        ".aqwal-article{font-family:'Noto Naskh Arabic','Noto Sans Arabic',serif;font-size:1.15rem;line-height:2.1;"
        "direction:rtl;text-align:right;unicode-bidi:plaintext}",
        f".aqwal-article .stmt{{background:{STATEMENT_COLOUR};border-bottom:2px solid {STATEMENT_BORDER}}}",
        f".aqwal-article .badge{{background:{STATEMENT_BORDER};color:white;border-radius:.6em;padding:0 .45em;"
        "margin-inline-end:.3em;font-size:.75em;font-family:sans-serif}",
        ".aqwal-article mark{padding:0 .1em;border-radius:.2em}",
        ".aqwal-rtl{direction:rtl;text-align:right}",
        ".aqwal-legend span{display:inline-block;padding:0 .5em;margin:0 .3em;border-radius:.2em}",
    ]
    rules += [f".aqwal-article .ent-{t}, .aqwal-legend .ent-{t}{{background:{c}}}" for t, c in TYPE_COLOURS.items()]
    return "<style>" + "".join(rules) + "</style>"


def legend() -> str:
    items = "".join(f'<span class="ent-{t}">{html.escape(t)}</span>' for t in TYPE_COLOURS)
    return f'<div class="aqwal-legend">{items}<span class="stmt-legend" style="border-bottom:2px solid {STATEMENT_BORDER}">statement</span></div>'


def escape(text: object) -> str:
    """Escaped text for any HTML the app writes (labels, names, tooltips)."""
    return html.escape("" if text is None else str(text), quote=True)
