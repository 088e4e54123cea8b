"""What every page shares: the store, cached queries, the sidebar filters, labels.

Pages only render: each query goes through ``lib.queries`` inside ``st.cache_data``,
keyed by the store's path and modification time (an upload invalidates it) and the
filters. The filter state is mirrored in the URL (``st.query_params``), so a view can
be shared as a link and survives moving between pages.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
from pathlib import Path

import duckdb
import streamlit as st

from lib import queries
from lib.highlight import escape, stylesheet
from lib.queries import Filters

DEFAULT_STORE = Path("data") / "aqwal.duckdb"

LABELS = {
    "en": {
        "filters": "Filters", "minister": "Minister", "actors": "Actors", "city": "City", "country": "Country",
        "dates": "Date range", "source": "Source", "types": "Entity types", "search": "Search statements",
        "any": "(any)", "language": "Language", "overview": "Overview", "network": "Network",
        "timeline": "Timeline", "articles": "Articles", "actor": "Actor profile", "upload": "Add articles",
        "statements": "Statements", "download_csv": "Download CSV", "no_store": "No store yet.",
        "clear": "Clear filters", "collapse": "Collapse near-duplicate stories",
    },
    "ar": {
        "filters": "عوامل التصفية", "minister": "وزير", "actors": "الفاعلون", "city": "مدينة", "country": "دولة",
        "dates": "الفترة", "source": "المصدر", "types": "أنواع الكيانات", "search": "بحث في التصريحات",
        "any": "(الكل)", "language": "اللغة", "overview": "نظرة عامة", "network": "الشبكة",
        "timeline": "الخط الزمني", "articles": "المقالات", "actor": "ملف الفاعل", "upload": "إضافة مقالات",
        "statements": "التصريحات", "download_csv": "تنزيل CSV", "no_store": "لا توجد قاعدة بيانات بعد.",
        "clear": "مسح عوامل التصفية", "collapse": "دمج القصص المتكررة",
    },
}


def t(key: str) -> str:
    lang = st.session_state.get("lang", "en")
    return LABELS.get(lang, LABELS["en"]).get(key, key)


def store_path() -> Path:
    """The store: ``streamlit run dashboard.py -- --store PATH``, else $AQWAL_STORE, else data/aqwal.duckdb."""
    args = sys.argv[1:]
    if "--store" in args and args.index("--store") + 1 < len(args):
        return Path(args[args.index("--store") + 1])
    return Path(os.environ.get("AQWAL_STORE", DEFAULT_STORE))


def store_version() -> tuple[str, float]:
    path = store_path()
    return str(path), path.stat().st_mtime if path.exists() else 0.0


def connect() -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(store_path()), read_only=True)


def query(name: str, *args, **kwargs):
    """Run ``lib.queries.<name>`` through the cache (keyed by store version and arguments)."""
    return _cached(store_version(), name, _freeze(args), _freeze(kwargs))


def _freeze(value):
    if isinstance(value, Filters):
        return ("Filters", value.key())
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(v) for v in value)
    return value


def _thaw(value):
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "Filters":
        a, city, country, d0, d1, sources, types, text, collapse = value[1]
        return Filters(list(a), city, country, d0, d1, list(sources), list(types), text, collapse)
    if isinstance(value, tuple):
        return tuple(_thaw(v) for v in value)
    return value


@st.cache_data(show_spinner=False, max_entries=512)
def _cached(version: tuple[str, float], name: str, args: tuple, kwargs: tuple):
    with connect() as con:
        return getattr(queries, name)(con, *[_thaw(a) for a in args], **{k: _thaw(v) for k, v in kwargs})


def clear_caches() -> None:
    _cached.clear()


# --- filters in the sidebar, mirrored in the URL --------------------------------------------

_URL_KEYS = {"minister": "minister", "actors": "actor", "city": "city", "country": "country", "date_from": "from",
             "date_to": "to", "sources": "source", "types": "type", "text": "q", "lang": "lang"}
_LIST_KEYS = {"actors", "sources", "types"}


def _from_url() -> None:
    """Seed the widget state from the URL once per session."""
    if st.session_state.get("_url_loaded"):
        return
    params = st.query_params
    for key, param in _URL_KEYS.items():
        if param not in params:
            continue
        if key in _LIST_KEYS:
            st.session_state[f"f_{key}"] = [v for v in params.get_all(param) if v]
        elif key in ("date_from", "date_to"):
            try:
                st.session_state[f"f_{key}"] = dt.date.fromisoformat(params[param])
            except ValueError:
                pass
        elif key == "lang":
            st.session_state["lang"] = params[param] if params[param] in LABELS else "en"
        else:
            st.session_state[f"f_{key}"] = params[param]
    st.session_state["_url_loaded"] = True


def _to_url(f: Filters, minister: str | None) -> None:
    state: dict[str, str | list[str]] = {}
    if minister:
        state["minister"] = minister
    if f.actors:
        state["actor"] = [a for a in f.actors if a != minister]
    for key, value in (("city", f.city), ("country", f.country), ("q", f.text)):
        if value:
            state[key] = value
    if f.date_from:
        state["from"] = f.date_from.isoformat()
    if f.date_to:
        state["to"] = f.date_to.isoformat()
    if f.sources:
        state["source"] = list(f.sources)
    if f.types:
        state["type"] = list(f.types)
    if st.session_state.get("lang", "en") != "en":
        state["lang"] = st.session_state["lang"]
    for key in ("article", "actor_id"):  # page-specific parameters survive
        if key in st.query_params:
            state[key] = st.query_params[key]
    if {k: (v if isinstance(v, list) else [v]) for k, v in state.items()} != {k: st.query_params.get_all(k) for k in st.query_params}:
        st.query_params.from_dict(state)


def actor_label(row: dict) -> str:
    en, ar = row.get("name_en") or "", row.get("name_ar") or ""
    return f"{en} — {ar}" if en and ar else (en or ar)


def render_filters() -> Filters:
    """The shared sidebar; returns the current filters."""
    _from_url()
    sb = st.sidebar
    sb.radio(t("language"), ["en", "ar"], key="lang", horizontal=True,
             format_func=lambda v: "English" if v == "en" else "العربية")
    sb.header(t("filters"))
    ministers = query("actor_choices", "person", "minister", 300)
    people = query("actor_choices", None, None, 3000)
    cities = query("actor_choices", "city", None, 500)
    countries = query("actor_choices", "country", None, 300)
    labels = {r["actor_id"]: actor_label(r) for r in people.to_dict("records")}

    def pick(label: str, frame, key: str) -> str | None:
        options = [None, *frame["actor_id"].tolist()]
        current = st.session_state.get(key)
        if current not in options:
            st.session_state[key] = None
        return sb.selectbox(label, options, key=key,
                            format_func=lambda v: t("any") if v is None else labels.get(v, v))

    minister = pick(t("minister"), ministers, "f_minister")
    chosen = [a for a in st.session_state.get("f_actors", []) if a in labels]
    st.session_state["f_actors"] = chosen
    actors = sb.multiselect(t("actors"), list(labels), key="f_actors", format_func=lambda v: labels.get(v, v))
    city = pick(t("city"), cities, "f_city")
    country = pick(t("country"), countries, "f_country")
    lo, hi = query("date_span")
    date_from = date_to = None
    if lo and hi:
        c1, c2 = sb.columns(2)
        for key, default in (("f_date_from", lo), ("f_date_to", hi)):
            value = st.session_state.get(key)
            if value is None or not (lo <= value <= hi):
                st.session_state[key] = default
        date_from = c1.date_input("from", min_value=lo, max_value=hi, key="f_date_from")
        date_to = c2.date_input("to", min_value=lo, max_value=hi, key="f_date_to")
        date_from = None if date_from == lo else date_from
        date_to = None if date_to == hi else date_to
    all_sources = query("sources")
    st.session_state["f_sources"] = [s for s in st.session_state.get("f_sources", []) if s in all_sources]
    sources = sb.multiselect(t("source"), all_sources, key="f_sources") if all_sources else []
    st.session_state["f_types"] = [s for s in st.session_state.get("f_types", []) if s in queries.ACTOR_TYPES]
    types = sb.multiselect(t("types"), list(queries.ACTOR_TYPES), key="f_types")
    text = sb.text_input(t("search"), key="f_text", placeholder="الأسد / لافروف ...")
    collapse = sb.toggle(t("collapse"), key="f_collapse", help="Near-duplicate wire stories count once.")
    if sb.button(t("clear")):
        for key in list(st.session_state):
            if key.startswith("f_"):
                del st.session_state[key]
        st.query_params.clear()
        st.rerun()
    picked = [minister] if minister else []
    f = Filters(actors=list(dict.fromkeys(picked + list(actors))), city=city, country=country, date_from=date_from,
                date_to=date_to, sources=list(sources), types=list(types), text=text or "",
                collapse_duplicates=bool(collapse))
    _to_url(f, minister)
    return f


def ensure_store() -> None:
    """Process the bundled seeds on first start, when the store does not exist yet."""
    path = store_path()
    if path.exists():
        return
    from lib.processing import process_corpus

    with st.spinner("First start: processing the bundled seeds …"):
        process_corpus([Path("seeds")], path, quiet=True)
    clear_caches()


PAGES = (("pages/overview.py", "overview", "📊"), ("pages/network.py", "network", "🕸️"),
         ("pages/timeline.py", "timeline", "🕒"), ("pages/articles.py", "articles", "📰"),
         ("pages/actor.py", "actor", "👤"), ("pages/upload.py", "upload", "➕"))


def page_start() -> Filters:
    """What every page runs first: page setup, the store, the links, the shared filters."""
    st.set_page_config(page_title="Aqwal · أقوال", page_icon="🗞️", layout="wide")
    ensure_store()
    st.html(stylesheet())
    for path, key, icon in PAGES:
        st.sidebar.page_link(path, label=t(key), icon=icon)
    st.sidebar.divider()
    return render_filters()


def rtl(text: str) -> None:
    st.html(f'<div class="aqwal-rtl" dir="rtl" lang="ar">{escape(text)}</div>')


def csv_button(frame, name: str, key: str) -> None:
    st.download_button(t("download_csv"), frame.to_csv(index=False).encode("utf-8"), file_name=f"{name}.csv",
                       mime="text/csv", key=key, on_click="ignore")


PAGE_SIZE = 200


def statements_table(f: Filters, name: str, key: str, columns: list[str]) -> None:
    """The statements matching ``f``, a page at a time, with a CSV of the page shown."""
    total = query("count_statements", f)
    pages = max(1, -(-total // PAGE_SIZE))
    page = st.number_input(f"Page (of {pages:,}; {total:,} statements)", 1, pages, 1, key=f"{key}_page") if pages > 1 else 1
    rows = query("statements", f, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    rows = rows.assign(link="/articles?article=" + rows["article_id"])
    st.dataframe(rows[[*columns, "link"]], hide_index=True,
                 column_config={"link": st.column_config.LinkColumn("article", display_text="open article")})
    csv_button(rows.drop(columns=["link"]), f"{name}_page{page}", f"{key}_csv")


def image_buttons(fig, name: str, key: str, columns) -> None:
    """PNG and SVG rendered on the server (kaleido + system Chromium) on request.

    The rendered bytes are kept with a digest of the figure, so a download never offers
    the image of an earlier filter.
    """
    from lib.charts import to_image

    digest = hashlib.sha1(fig.to_json().encode("utf-8")).hexdigest()
    for col, fmt, mime in zip(columns, ("png", "svg"), ("image/png", "image/svg+xml"), strict=True):
        slot = f"{key}_{fmt}"
        if col.button(f"Render {fmt.upper()} (server)", key=f"{slot}_render"):
            st.session_state[slot] = (digest, to_image(fig, fmt))
        held = st.session_state.get(slot)
        if held and held[0] == digest:
            col.download_button(f"Download {fmt.upper()}", held[1], f"{name}.{fmt}", mime, key=f"{slot}_download",
                                on_click="ignore")
