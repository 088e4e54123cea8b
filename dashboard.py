"""Aqwal (أقوال): who said what, with whom, in Arabic news: the Streamlit entry point.

Run with ``streamlit run dashboard.py -- --store data/aqwal.duckdb`` (scripts/run.sh does
it, after processing the bundled seeds). The sidebar filters are drawn here, once, for
every page, and passed to the page through ``st.session_state["filters"]``.
"""

from __future__ import annotations

import streamlit as st

from pages.common import page_setup, render_filters, store_path, t

st.set_page_config(page_title="Aqwal · أقوال", page_icon="🗞️", layout="wide")


def ensure_store() -> bool:
    """Process the bundled seeds on first start, when the store does not exist yet."""
    path = store_path()
    if path.exists():
        return True
    from lib.processing import process_corpus

    with st.spinner("First start: processing the bundled seeds …"):
        process_corpus(["seeds"], path, quiet=True)
    return path.exists()


page_setup()
if ensure_store():
    st.session_state["filters"] = render_filters()
    pages = [
        st.Page("pages/overview.py", title=t("overview"), icon="📊", default=True, url_path="overview"),
        st.Page("pages/network.py", title=t("network"), icon="🕸️", url_path="network"),
        st.Page("pages/timeline.py", title=t("timeline"), icon="🕒", url_path="timeline"),
        st.Page("pages/articles.py", title=t("articles"), icon="📰", url_path="articles"),
        st.Page("pages/actor.py", title=t("actor"), icon="👤", url_path="actor"),
        st.Page("pages/upload.py", title=t("upload"), icon="➕", url_path="upload"),
    ]
    st.navigation(pages).run()
else:
    st.error(t("no_store"))
