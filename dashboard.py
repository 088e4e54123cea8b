"""Aqwal (أقوال): who said what, with whom, in Arabic news: the Streamlit entry point.

Run with ``streamlit run dashboard.py -- --store data/aqwal.duckdb`` (scripts/run.sh does
it, after processing the bundled seeds). Each page starts with ``page_start()``, which
draws the page links and the shared sidebar filters, so a page behaves the same whether
Streamlit reaches it through this navigation or through its pages/ folder mode (which
it uses when a session's first request names a page).
"""

from __future__ import annotations

import streamlit as st

from pages.common import t

pages = [
    st.Page("pages/overview.py", title=t("overview"), icon="📊", default=True, url_path="overview"),
    st.Page("pages/network.py", title=t("network"), icon="🕸️", url_path="network"),
    st.Page("pages/timeline.py", title=t("timeline"), icon="🕒", url_path="timeline"),
    st.Page("pages/articles.py", title=t("articles"), icon="📰", url_path="articles"),
    st.Page("pages/actor.py", title=t("actor"), icon="👤", url_path="actor"),
    st.Page("pages/upload.py", title=t("upload"), icon="➕", url_path="upload"),
]
st.navigation(pages, position="hidden").run()  # the links are drawn by page_start()
