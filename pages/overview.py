"""Overview: corpus figures, top speakers, latest statements."""

import plotly.express as px
import streamlit as st

from lib.charts import FONT, plot_config
from pages.common import csv_button, page_start, query, t

f = page_start()
st.title("Aqwal · أقوال")
st.caption("Who said what, with whom, in Arabic news.")
o = query("overview", f)
c = st.columns(4)
c[0].metric("Articles", f"{o['articles']:,}")
c[1].metric("Actors", f"{o['actors']:,}")
c[2].metric(t("statements"), f"{o['statements']:,}")
span = f"{o['date_min']} → {o['date_max']}" if o["date_min"] else "—"
c[3].metric("Date span", span)

left, right = st.columns([2, 3])
with left:
    st.subheader("Top speakers")
    top = query("top_speakers", f, 15)
    if top.empty:
        st.info("No statements match the filters.")
    else:
        top["label"] = top["name_en"].where(top["name_en"].astype(bool), top["name_ar"])
        fig = px.bar(top.iloc[::-1], x="statements", y="label", orientation="h", color="country")
        fig.update_layout(height=420, font={"family": FONT}, yaxis_title=None, margin={"l": 10, "r": 10, "t": 10, "b": 10})
        st.plotly_chart(fig, config=plot_config("aqwal_top_speakers"), key="top_speakers")
        csv_button(top.drop(columns=["label"]), "aqwal_top_speakers", "dl_top")
with right:
    st.subheader("Latest statements")
    latest = query("statements", f, 50, 0)
    st.dataframe(latest[["date", "speaker_en", "speaker_ar", "verb", "text", "article_id"]], hide_index=True, height=420)
    csv_button(latest, "aqwal_latest_statements", "dl_latest")
