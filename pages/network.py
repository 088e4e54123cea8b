"""Network: who appears with whom (pyvis, offline), with image and graph downloads."""

import streamlit as st

from lib import network_view
from lib.charts import plot_config, safe_filename
from lib.highlight import escape
from pages.common import actor_label, csv_button, image_buttons, page_start, query, statements_table, t

f = page_start()
st.title(t("network"))
c = st.columns([1.2, 1, 1, 1, 1])
window = c[0].selectbox("Co-occurrence window", ["sentence", "paragraph", "article"], key="net_window")
min_weight = c[1].number_input("Minimum weight", 1, 1000, 1, key="net_min_weight")
top_n = c[2].number_input("Top actors", 5, 2000, 40, step=5, key="net_top_n",
                          help="The most mentioned actors; thousands of nodes are drawn only if you ask.")
people_only = c[3].toggle("People only", key="net_people")
speaks_about = c[4].toggle("Speaks-about edges", key="net_about")
nodes, edges = query("network", f, window, int(min_weight), int(top_n), people_only, speaks_about)
if nodes.empty:
    st.info("No actors match the filters.")
    st.stop()
st.caption(f"{len(nodes)} actors, {len(edges)} edges · node size: mentions · colour: type · edge width: weight")
st.iframe(network_view.pyvis_html(nodes, edges), height=640)

st.subheader("Choose an actor")
labels = {r["actor_id"]: actor_label(r) for r in nodes.to_dict("records")}
chosen = st.selectbox("Actor", list(labels), format_func=labels.get, key="net_actor")
if chosen:
    st.html(f"Statements by {escape(labels[chosen])}")
    statements_table(type(f)(**{**f.__dict__, "actors": [chosen]}), f"aqwal_{chosen}_statements", "net_statements",
                     ["date", "verb", "text", "article_id"])

st.subheader("Downloads")
name = safe_filename(f"aqwal_network_{window}")
d = st.columns(6)
fig = network_view.plotly_figure(nodes, edges, title=f"Aqwal actor network ({window})")
with st.expander("Static drawing (plotly)"):
    st.plotly_chart(fig, config=plot_config(name), key="net_static")
image_buttons(fig, name, "net_image", d[:2])
d[2].download_button("GraphML", network_view.graphml_bytes(nodes, edges), f"{name}.graphml", "application/xml", on_click="ignore")
d[3].download_button("GEXF", network_view.gexf_bytes(nodes, edges), f"{name}.gexf", "application/xml", on_click="ignore")
with d[4]:
    csv_button(nodes, f"{name}_nodes", "dl_nodes")
with d[5]:
    csv_button(edges, f"{name}_edges", "dl_edges")
