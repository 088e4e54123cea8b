"""What the browser receives: escaped article HTML, an offline network page, chart exports."""

import re

import pandas as pd
import pytest

from lib import network_view
from lib.charts import plot_config, timeline_figure
from lib.highlight import entity_span, render_article, statement_span

EVIL = 'قال لافروف <script>alert(1)</script> و<img src=x onerror="alert(2)"> في جنيف'


def test_article_text_is_escaped_before_highlighting():
    start = EVIL.index("لافروف")
    html = render_article(EVIL, [entity_span(start, start + 6, "person", "سيرغي لافروف", "Sergey <b>Lavrov</b>", "", ""),
                                 statement_span(0, len(EVIL), "<script>x</script>", "قال", "2016", "s0")])
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'onerror=&quot;alert(2)&quot;' in html


def test_highlights_cover_exactly_the_mentioned_characters():
    text = "وقال كيري في جنيف"
    spans = [entity_span(5, 9, "person", "جون كيري", "John Kerry", "foreign minister", "usa"),
             entity_span(13, 17, "city", "جنيف", "Geneva", "", "switzerland")]
    html = render_article(text, spans)
    assert re.findall(r"<mark[^>]*>([^<]*)</mark>", html) == ["كيري", "جنيف"]
    assert 'dir="rtl"' in html and 'title="John Kerry · جون كيري · foreign minister · usa"' in html


def test_overlapping_spans_still_nest():
    text = "وقال كيري إن الحل سياسي"
    html = render_article(text, [statement_span(0, len(text), "John Kerry", "قال", "", "a"),
                                 entity_span(5, 9, "person", "جون كيري", "John Kerry", "", "")])
    assert html.count("<mark") == html.count("</mark>") == 1
    assert html.count("<span") == html.count("</span>")


@pytest.fixture()
def graph():
    nodes = pd.DataFrame([
        {"actor_id": "sergey_lavrov", "name_ar": "سيرغي لافروف", "name_en": "Sergey Lavrov", "type": "person",
         "role": "foreign minister", "country": "russia", "mentions": 9, "articles": 3},
        {"actor_id": "x", "name_ar": "</script><script>alert(1)</script>", "name_en": "", "type": "organization",
         "role": "", "country": "", "mentions": 2, "articles": 1},
    ])
    edges = pd.DataFrame([{"source_id": "sergey_lavrov", "target_id": "x", "weight": 3, "n_articles": 1, "kind": "sentence"}])
    return nodes, edges


def test_the_network_page_needs_no_network_and_cannot_be_broken_out_of(graph):
    html = network_view.pyvis_html(*graph)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "bootstrap" not in html.lower()
    assert "</script><script>alert(1)" not in html
    assert "\\u003c/script\\u003e" in html
    assert "سيرغي لافروف" in html  # Arabic stays readable, not \\u-escaped
    assert "default-src 'none'" in html


def test_graph_files_for_gephi(graph):
    graphml = network_view.graphml_bytes(*graph).decode("utf-8")
    gexf = network_view.gexf_bytes(*graph).decode("utf-8")
    assert "سيرغي لافروف" in graphml and "<graphml" in graphml
    assert "<gexf" in gexf and 'weight="3' in gexf


def test_timeline_hover_is_escaped_and_partial_dates_span_their_month():
    rows = pd.DataFrame([{
        "statement_id": "a:1-2", "article_id": "a", "speaker_en": "Maria Zakharova", "speaker_ar": "ماريا زاخاروفا",
        "speaker_country": "russia", "verb": "قالت", "text": "<b>من المقرر</b> عقد اجتماع", "date": "2016-07",
        "date_basis": "article date", "date_precision": "month", "date_start": pd.Timestamp("2016-07-01"),
        "date_end": pd.Timestamp("2016-07-31")}])
    fig = timeline_figure(rows)
    hover = fig.data[0].hovertext[0]
    assert "&lt;b&gt;" in hover and "<b>من" not in hover
    bar = fig.data[1]
    assert list(bar.x) == [pd.Timestamp("2016-07-01"), pd.Timestamp("2016-07-31")]


def test_chart_downloads_have_meaningful_names():
    config = plot_config("aqwal timeline / لافروف")
    assert config["toImageButtonOptions"]["filename"] == "aqwal_timeline_لافروف"
    assert config["toImageButtonOptions"]["scale"] >= 2


@pytest.mark.skipif(not __import__("shutil").which("chromium"), reason="needs Debian chromium (scripts/setup.sh installs it)")
def test_server_side_png_and_svg_export_through_chromium(graph):
    from lib.charts import to_image

    fig = network_view.plotly_figure(*graph)
    png = to_image(fig, "png")
    svg = to_image(fig, "svg")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    assert b"<svg" in svg[:500]
