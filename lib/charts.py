"""Plotly charts (timeline, aggregated timeline) and their server-side image export.

Partial dates are drawn honestly: a day-precision statement is a point; a month- or
year-precision one is a bar over the span it covers, with a hollow marker at its start.
Images are rendered by kaleido through the system Chromium, with MathJax off so that
nothing is asked of a CDN.
"""

from __future__ import annotations

import re
import textwrap
import threading

import pandas as pd

from lib.highlight import escape
from lib.network_view import TYPE_COLOURS  # noqa: F401  (re-exported for pages)

FONT = "Noto Sans Arabic, Noto Naskh Arabic, sans-serif"
TIMELINE_POINT_LIMIT = 2000  # beyond this many statements the timeline is aggregated
COUNTRY_COLOURS = {
    "usa": "#1d4ed8", "russia": "#dc2626", "syria": "#15803d", "un": "#0891b2", "turkey": "#b91c1c",
    "iran": "#65a30d", "saudi_arabia": "#047857", "qatar": "#7e22ce", "france": "#4338ca", "uk": "#be185d",
}


def _wrap(text: str, width: int = 60) -> str:
    return "<br>".join(escape(line) for line in textwrap.wrap(text, width)) or ""


def plot_config(filename: str) -> dict:
    """Plotly toolbar config: PNG export at 3x with a meaningful file name, no logo."""
    return {"displaylogo": False,
            "toImageButtonOptions": {"format": "png", "filename": safe_filename(filename), "scale": 3}}


def safe_filename(name: str) -> str:
    cleaned = re.sub(r"[^\w\-]+", "_", name, flags=re.UNICODE).strip("_")
    return cleaned[:80] or "aqwal"


def timeline_figure(df: pd.DataFrame, colour_by: str = "country", title: str = "Statements over time"):
    """One lane per speaker; hover shows the statement, wrapped, right to left."""
    import plotly.graph_objects as go

    fig = go.Figure()
    if df.empty:
        fig.update_layout(title=title)
        return fig
    df = df[df["date_start"].notna()].copy()
    df["speaker"] = df["speaker_en"].where(df["speaker_en"].astype(bool), df["speaker_ar"]).fillna("?")
    key = "speaker_country" if colour_by == "country" else "verb"
    df[key] = df[key].fillna("").replace("", "unknown")
    palette = list(COUNTRY_COLOURS.values()) + ["#f59e0b", "#0d9488", "#9333ea", "#64748b", "#e11d48", "#84cc16"]
    groups = sorted(df[key].unique())
    colours = {g: COUNTRY_COLOURS.get(g) or palette[i % len(palette)] for i, g in enumerate(groups)}
    for group in groups:
        part = df[df[key] == group]
        hover = [
            f"<b>{escape(r.speaker)}</b> · {escape(r.verb)} · {escape(r.date)} ({escape(r.date_basis)})<br>"
            f"<span dir='rtl'>{_wrap(r.text)}</span>"
            for r in part.itertuples()
        ]
        exact = part["date_precision"] == "day"
        fig.add_trace(go.Scatter(
            x=part["date_start"], y=part["speaker"], mode="markers", name=str(group),
            marker={"size": 11, "color": colours[group], "symbol": ["circle" if e else "circle-open" for e in exact],
                    "line": {"width": 2, "color": colours[group]}},
            hovertext=hover, hoverinfo="text", customdata=part[["statement_id", "article_id"]].to_numpy(),
        ))
        partial = part[~exact]
        for r in partial.itertuples():  # a month- or year-precision date spans its period
            fig.add_trace(go.Scatter(x=[r.date_start, r.date_end], y=[r.speaker, r.speaker], mode="lines",
                                     line={"width": 6, "color": colours[group]}, opacity=0.35,
                                     hoverinfo="skip", showlegend=False))
    fig.update_layout(
        title=title, height=max(320, 60 + 34 * df["speaker"].nunique()), hovermode="closest",
        font={"family": FONT}, hoverlabel={"font": {"family": FONT}, "align": "right"},
        legend_title_text="speaker's country" if colour_by == "country" else "verb",
        margin={"l": 10, "r": 10, "t": 50, "b": 30}, plot_bgcolor="white",
        xaxis={"gridcolor": "#e5e7eb"}, yaxis={"gridcolor": "#f1f5f9"},
    )
    return fig


def aggregated_figure(df: pd.DataFrame, period: str, title: str = "Statements per period"):
    import plotly.graph_objects as go

    fig = go.Figure()
    for speaker, part in df.groupby("speaker"):
        fig.add_trace(go.Bar(x=part["period"], y=part["statements"], name=str(speaker)))
    fig.update_layout(barmode="stack", title=f"{title} ({period})", font={"family": FONT}, height=480,
                      plot_bgcolor="white", margin={"l": 10, "r": 10, "t": 50, "b": 30})
    return fig


_KALEIDO_LOCK = threading.Lock()
_KALEIDO_STARTED = False


def to_image(fig, fmt: str = "png", scale: float = 2.0) -> bytes:
    """PNG or SVG bytes of a figure, rendered by kaleido with the system Chromium."""
    global _KALEIDO_STARTED
    import kaleido
    import plotly.io as pio

    if fmt not in ("png", "svg"):
        raise ValueError(fmt)
    with _KALEIDO_LOCK:
        pio.defaults.mathjax = None
        if not _KALEIDO_STARTED:
            try:
                kaleido.start_sync_server(silence_warnings=True)
            except Exception:  # already running in this process
                pass
            _KALEIDO_STARTED = True
        return pio.to_image(fig, format=fmt, scale=scale if fmt == "png" else 1)
