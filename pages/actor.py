"""Actor profile: one actor's role, statements, co-actors and mentions over time."""

import plotly.express as px
import streamlit as st

from lib.charts import FONT, plot_config
from pages.common import actor_label, csv_button, page_start, query, statements_table, t

f = page_start()
st.title(t("actor"))
choices = query("actor_choices", None, None, 3000)
labels = {r["actor_id"]: actor_label(r) for r in choices.to_dict("records")}
ids = list(labels)
default = st.query_params.get("actor_id") or (f.actors[0] if f.actors else None)
if default in ids and "actor_pick" not in st.session_state:
    st.session_state["actor_pick"] = default
actor_id = st.selectbox("Actor", ids, key="actor_pick", format_func=labels.get)
if not actor_id:
    st.stop()
st.query_params["actor_id"] = actor_id
a = query("actor", actor_id)
c = st.columns(5)
c[0].metric("Type", a["type"])
c[1].metric("Role", a["role"] or "—")
c[2].metric("Country", a["country"] or "—")
c[3].metric("Mentions", f"{a['n_mentions']:,}")
c[4].metric(t("statements"), f"{a['n_statements']:,}")
profile_filters = type(f)(**{**f.__dict__, "actors": [actor_id]})
st.subheader(t("statements"))
statements_table(profile_filters, f"aqwal_{actor_id}_statements", "actor_statements", ["date", "verb", "text", "article_id"])
left, right = st.columns(2)
with left:
    st.subheader("Appears with")
    co = query("co_actors", actor_id, f, 20)
    st.dataframe(co, hide_index=True)
    csv_button(co, f"aqwal_{actor_id}_co_actors", "dl_co")
with right:
    st.subheader("Mentions over time")
    over = query("mentions_over_time", actor_id, f)
    if not over.empty:
        fig = px.bar(over, x="month", y="mentions")
        fig.update_layout(font={"family": FONT}, height=320, margin={"l": 10, "r": 10, "t": 10, "b": 10})
        st.plotly_chart(fig, config=plot_config(f"aqwal_{actor_id}_mentions"), key="actor_over")
