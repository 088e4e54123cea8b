"""Articles: one article, right to left, with entity and statement highlights."""

import streamlit as st

from lib.highlight import entity_span, escape, legend, render_article, statement_span
from pages.common import csv_button, page_start, query, t

ARTICLE_PAGE = 500
f = page_start()
st.title(t("articles"))
total = query("count_articles", f)
pages = max(1, -(-total // ARTICLE_PAGE))
page = st.number_input(f"Page of the list (of {pages:,})", 1, pages, 1, key="art_page") if pages > 1 else 1
listing = query("article_list", f, ARTICLE_PAGE, (page - 1) * ARTICLE_PAGE)
if listing.empty:
    st.info("No articles match the filters.")
    st.stop()
ids = listing["article_id"].tolist()
titles = dict(zip(listing["article_id"], listing["title"], strict=False))
wanted = st.query_params.get("article")
if wanted in ids and st.session_state.get("art_pick") != wanted and not st.session_state.get("_art_url_done"):
    st.session_state["art_pick"] = wanted
    st.session_state["_art_url_done"] = True
if st.session_state.get("art_pick") not in ids:
    st.session_state["art_pick"] = ids[0]
nav = st.columns([1, 1, 6])
pos = ids.index(st.session_state["art_pick"])
if nav[0].button("◀ previous", disabled=pos == 0):
    st.session_state["art_pick"] = ids[pos - 1]
if nav[1].button("next ▶", disabled=pos >= len(ids) - 1):
    st.session_state["art_pick"] = ids[pos + 1]
article_id = nav[2].selectbox(f"Article ({total:,} match)", ids, key="art_pick",
                              format_func=lambda a: f"{a} · {titles.get(a, '')[:80]}")
st.query_params["article"] = article_id
a = query("article", article_id)
st.html(f'<h3 dir="rtl" lang="ar" class="aqwal-rtl">{escape(a["title"])}</h3>')
meta = st.columns(4)
# metadata comes from the corpus: escaped HTML, never Markdown (a source could carry a link)
meta[0].html(f"<b>Date:</b> {escape(a['date'] or '—')} ({escape(a['date_precision'] or 'unknown')}, "
             f"{escape(a['date_basis'] or 'no basis')})")
meta[1].html(f"<b>Source:</b> {escape(a['source'] or '—')}")
meta[2].html(f"<b>Id:</b> <code>{escape(a['article_id'])}</code>")
if a["url"]:
    if a["url"].startswith(("http://", "https://")):
        meta[3].link_button("Original", a["url"])
    else:
        meta[3].html(escape(a["url"]))

mentions, said = a["mentions"], a["statements"]
spans = [entity_span(r.start, r.end, r.type or "other", r.name_ar or r.text, r.name_en or "", r.role or "", r.country or "")
         for r in mentions.itertuples()]
spans += [statement_span(r.start, r.end, r.speaker_en or r.speaker_ar or "?", r.verb, r.date or "", f"s{r.start}")
          for r in said.itertuples()]
st.html(legend())
st.html(render_article(a["text"], spans))

left, right = st.columns(2)
with left:
    st.subheader("Actors")
    actors = (mentions.groupby(["actor_id", "name_ar", "name_en", "type", "role", "country"], dropna=False)
              .size().reset_index(name="mentions").sort_values("mentions", ascending=False))
    st.dataframe(actors, hide_index=True)
    csv_button(actors, f"aqwal_{article_id}_actors", "dl_art_actors")
with right:
    st.subheader(t("statements"))
    st.dataframe(said[["speaker_en", "speaker_ar", "verb", "date", "date_basis", "is_direct", "text"]], hide_index=True)
    csv_button(said, f"aqwal_{article_id}_statements", "dl_art_statements")
