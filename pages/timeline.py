"""Timeline: statements over time, one lane per speaker; aggregated for large corpora."""

import streamlit as st

from lib.charts import TIMELINE_POINT_LIMIT, aggregated_figure, plot_config, timeline_figure
from pages.common import csv_button, image_buttons, page_start, query, statements_table, t

f = page_start()
st.title(t("timeline"))
total = query("count_statements", f)
c = st.columns(3)
colour_by = c[0].radio("Colour by", ["country", "verb"], horizontal=True, key="tl_colour")
auto = "aggregated" if total > TIMELINE_POINT_LIMIT else "statements"
view = c[1].radio("View", ["statements", "aggregated"], index=["statements", "aggregated"].index(auto),
                  horizontal=True, key="tl_view",
                  help=f"Beyond {TIMELINE_POINT_LIMIT:,} statements the aggregated view is the default.")
period = c[2].radio("Period", ["month", "week"], horizontal=True, key="tl_period")
st.caption(f"{total:,} statements match. Filled dots: exact day; hollow dots and bars: month or year precision.")
name = "aqwal_timeline"
if view == "aggregated":
    agg = query("statements_per_period", f, period, 15)
    fig = aggregated_figure(agg, period)
    st.plotly_chart(fig, config=plot_config(f"{name}_{period}"), key="tl_agg")
    csv_button(agg, f"{name}_{period}", "dl_agg")
    st.subheader(t("statements"))
    statements_table(f, name, "tl_table", ["date", "date_basis", "speaker_en", "speaker_ar", "verb", "text"])
else:
    rows = query("statements", f, TIMELINE_POINT_LIMIT, 0)
    fig = timeline_figure(rows, colour_by)
    event = st.plotly_chart(fig, config=plot_config(name), key="tl_chart", on_select="rerun",
                            selection_mode=("points", "box", "lasso"))
    chosen = {p["customdata"][0] for p in (event.selection.points if event else []) if p.get("customdata")}
    shown = rows[rows["statement_id"].isin(chosen)] if chosen else rows
    st.subheader("Selected statements" if chosen else t("statements"))
    shown = shown.assign(link="/articles?article=" + shown["article_id"])
    st.dataframe(shown[["date", "date_basis", "speaker_en", "speaker_ar", "verb", "text", "link"]], hide_index=True,
                 column_config={"link": st.column_config.LinkColumn("article", display_text="open article")})
    csv_button(shown.drop(columns=["link"]), name, "dl_tl")
d = st.columns(2)
image_buttons(fig, name, "tl_image", d)
