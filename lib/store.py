"""The embedded store: one DuckDB file, the single source of truth for the app.

Tables: articles, sentences, mentions, actors, statements, edges, meta. Writes happen in
transactions (an article's rows are replaced as a whole), so a crash mid-run leaves the
store as it was after the last committed batch.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from pathlib import Path

import duckdb
import pyarrow as pa

from lib import duplicates
from lib.arabic import match_form
from lib.kb import KnowledgeBase
from lib.pipeline import ProcessedArticle

DEFAULT_STORE = Path("data") / "aqwal.duckdb"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY, title VARCHAR, source VARCHAR, date VARCHAR,
    date_precision VARCHAR, date_basis VARCHAR, date_start DATE, date_end DATE,
    url VARCHAR, n_chars INTEGER, n_tokens INTEGER, text VARCHAR, content_hash VARCHAR,
    pipeline_version VARCHAR, origin VARCHAR, extra VARCHAR, title_from_text BOOLEAN,
    signature BLOB, duplicate_of VARCHAR
);
CREATE TABLE IF NOT EXISTS article_bands (article_id VARCHAR, band VARCHAR);
CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, paragraph INTEGER
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, label VARCHAR,
    actor_id VARCHAR, sentence INTEGER, paragraph INTEGER, source VARCHAR
);
CREATE TABLE IF NOT EXISTS actors (
    actor_id VARCHAR PRIMARY KEY, name_ar VARCHAR, name_en VARCHAR, type VARCHAR,
    role VARCHAR, country VARCHAR, in_kb BOOLEAN
);
CREATE TABLE IF NOT EXISTS statements (
    statement_id VARCHAR, article_id VARCHAR, speaker_id VARCHAR, speaker_ar VARCHAR,
    speaker_en VARCHAR, anonymous BOOLEAN, verb VARCHAR, text VARCHAR, text_norm VARCHAR, quote VARCHAR,
    start INTEGER, "end" INTEGER, date VARCHAR, date_precision VARCHAR, date_basis VARCHAR,
    date_start DATE, date_end DATE, is_direct BOOLEAN, channel_id VARCHAR, medium VARCHAR,
    place_id VARCHAR, about VARCHAR[], sentence INTEGER
);
CREATE TABLE IF NOT EXISTS edges (
    source_id VARCHAR, target_id VARCHAR, weight INTEGER, n_articles INTEGER, kind VARCHAR
);
"""

ARTICLE_TABLES = ("sentences", "mentions", "statements", "article_bands")


SCHEMA_VERSION = "4"
MEMORY_LIMIT = "768MB"  # DuckDB spills to disk beyond this: processing stays within its memory target  # bump when SCHEMA changes: an older store is rebuilt from the corpus


def connect(path: str | Path = DEFAULT_STORE, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), read_only=read_only, config={"memory_limit": MEMORY_LIMIT, "threads": 2})
    if not read_only:
        _migrate(con)
        con.execute(SCHEMA)
        set_meta(con, "schema_version", SCHEMA_VERSION)
    return con


def _migrate(con: duckdb.DuckDBPyConnection) -> None:
    """A store of an older schema is emptied (its articles are processed again)."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "meta" not in tables:
        return
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None or row[0] != SCHEMA_VERSION:
        for table in ("articles", "sentences", "mentions", "actors", "statements", "edges", "article_bands", "meta"):
            con.execute(f"DROP TABLE IF EXISTS {table}")


def known_hashes(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str]]:
    """article_id → (content_hash, pipeline_version) of what the store holds."""
    rows = con.execute("SELECT article_id, content_hash, pipeline_version FROM articles").fetchall()
    return {a: (h, v) for a, h, v in rows}


def _date_bounds(d) -> tuple[str | None, str | None]:
    """First and last day a partial date covers (for range filters)."""
    if d is None:
        return None, None
    import calendar as cal
    import datetime as dt

    if d.day is not None:
        day = dt.date(d.year, d.month, d.day)
        return day.isoformat(), day.isoformat()
    if d.month is not None:
        last = cal.monthrange(d.year, d.month)[1]
        return dt.date(d.year, d.month, 1).isoformat(), dt.date(d.year, d.month, last).isoformat()
    return f"{d.year:04d}-01-01", f"{d.year:04d}-12-31"


def rows_for(results: Iterable[ProcessedArticle], hashes: dict[str, str], version: str) -> dict[str, list[dict]]:
    """Table rows for processed articles (column dicts, ready for Arrow)."""
    out: dict[str, list[dict]] = {t: [] for t in ("articles", "sentences", "mentions", "statements", "actors", "article_bands")}
    for r in results:
        a = r.article
        start, end = _date_bounds(a.date)
        para = {s.index: s.paragraph for s in r.sentences}
        sig = duplicates.signature(a.text)
        out["articles"].append({
            "article_id": a.article_id, "title": a.title, "source": a.source,
            "date": a.date.iso() if a.date else None,
            "date_precision": a.date.precision if a.date else None, "date_basis": r.date_basis or None,
            "date_start": start, "date_end": end, "url": a.url, "n_chars": len(a.text),
            "n_tokens": sum(len(s.tokens) for s in r.sentences), "text": a.text,
            "content_hash": hashes[a.article_id], "pipeline_version": version, "origin": a.origin,
            "extra": json.dumps(a.extra, ensure_ascii=False) if a.extra else None,
            "title_from_text": a.title_from_text,
            "signature": sig.tobytes() if sig is not None else None, "duplicate_of": None,
        })
        if sig is not None:
            out["article_bands"] += [{"article_id": a.article_id, "band": b} for b in duplicates.bands(sig)]
        for s in r.sentences:
            out["sentences"].append({"article_id": a.article_id, "idx": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph})
        for m in r.mentions:
            out["mentions"].append({
                "article_id": a.article_id, "start": m.start, "end": m.end, "text": m.text, "label": m.label,
                "actor_id": m.actor_id, "sentence": m.sentence, "paragraph": para.get(m.sentence, 0), "source": m.source,
            })
        for st in r.statements:
            actor = r.actors.get(st.speaker_id) if st.speaker_id else None
            start, end = _date_bounds(st.date)
            out["statements"].append({
                "statement_id": st.statement_id, "article_id": a.article_id, "speaker_id": st.speaker_id,
                "speaker_ar": actor.name_ar if actor else st.speaker_text,
                "speaker_en": actor.name_en if actor else ("(anonymous)" if st.anonymous else ""),
                "anonymous": st.anonymous, "verb": st.verb, "text": st.text, "text_norm": match_form(st.text), "quote": st.quote,
                "start": st.start, "end": st.end, "date": st.date.iso() if st.date else None,
                "date_precision": st.date.precision if st.date else None, "date_basis": st.date_basis or None,
                "date_start": start, "date_end": end, "is_direct": st.is_direct, "channel_id": st.channel_id,
                "medium": st.medium, "place_id": st.place_id, "about": st.about, "sentence": st.sentence,
            })
        for actor in r.actors.values():
            out["actors"].append({
                "actor_id": actor.actor_id, "name_ar": actor.name_ar, "name_en": actor.name_en,
                "type": actor.type, "role": actor.role, "country": actor.country, "in_kb": actor.in_kb,
            })
    return out


_COLUMNS: dict[str, list[str]] = {}


def table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    if table not in _COLUMNS:
        _COLUMNS[table] = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
    return _COLUMNS[table]


def write_batch(con: duckdb.DuckDBPyConnection, rows: dict[str, list[dict]], stored: Collection[str] | None = None) -> None:
    """Replace the batch's articles (and their rows) in one transaction; merge actors.

    ``stored``: ids the store may already hold (None: any). Only those are deleted
    first, so adding new articles never scans the growing tables.
    """
    ids = [r["article_id"] for r in rows["articles"]]
    if not ids:
        return
    replace = ids if stored is None else [i for i in ids if i in stored]
    con.execute("BEGIN TRANSACTION")
    try:
        id_table = pa.table({"article_id": replace})
        con.register("batch_ids", id_table)
        for table in ("articles", *ARTICLE_TABLES) if replace else ():
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM batch_ids)")
        for table in ("articles", *ARTICLE_TABLES):
            if rows[table]:
                _insert(con, table, rows[table])
        _merge_actors(con, rows["actors"])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("batch_ids")


def _insert(con: duckdb.DuckDBPyConnection, table: str, records: list[dict]) -> None:
    cols = table_columns(con, table)
    data = pa.Table.from_pylist(records)
    con.register("batch_rows", data)
    quoted = ", ".join(f'"{c}"' for c in cols)
    con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM batch_rows")
    con.unregister("batch_rows")


def _merge_actors(con: duckdb.DuckDBPyConnection, actors: list[dict]) -> None:
    """Insert actors not yet in the store; fill an empty role or country of existing ones."""
    if not actors:
        return
    first: dict[str, dict] = {}
    for a in actors:
        seen = first.get(a["actor_id"])
        if seen is None:
            first[a["actor_id"]] = dict(a)
        else:
            seen["role"] = seen["role"] or a["role"]
            seen["country"] = seen["country"] or a["country"]
    data = pa.Table.from_pylist(list(first.values()))
    con.register("batch_actors", data)
    con.execute("""
        INSERT INTO actors SELECT actor_id, name_ar, name_en, type, role, country, in_kb FROM batch_actors
        ON CONFLICT (actor_id) DO UPDATE SET
            role = CASE WHEN actors.role = '' THEN excluded.role ELSE actors.role END,
            country = CASE WHEN actors.country = '' THEN excluded.country ELSE actors.country END,
            name_en = CASE WHEN actors.in_kb THEN excluded.name_en ELSE actors.name_en END
    """)
    con.unregister("batch_actors")


def refresh_kb_actors(con: duckdb.DuckDBPyConnection, kb: KnowledgeBase) -> None:
    """Knowledge-base facts (names, role, country) override what the store holds."""
    rows = [{"actor_id": a.actor_id, "name_ar": a.name_ar, "name_en": a.name_en, "type": a.type,
             "role": a.role, "country": a.country} for a in kb.actors.values()]
    con.register("kb_actors", pa.Table.from_pylist(rows))
    con.execute("""
        UPDATE actors SET name_ar = k.name_ar, name_en = k.name_en, type = k.type, role = k.role, country = k.country
        FROM kb_actors k WHERE actors.actor_id = k.actor_id
    """)
    con.unregister("kb_actors")


def rebuild_edges(con: duckdb.DuckDBPyConnection) -> None:
    """Co-occurrence edges per window (sentence, paragraph, article) and speaks-about edges."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM actors WHERE actor_id NOT IN (SELECT DISTINCT actor_id FROM mentions WHERE actor_id IS NOT NULL) AND actor_id NOT IN (SELECT DISTINCT speaker_id FROM statements WHERE speaker_id IS NOT NULL)")
        con.execute("DELETE FROM edges")
        for kind, window in (("sentence", "sentence"), ("paragraph", "paragraph"), ("article", "0")):
            con.execute(f"""
                INSERT INTO edges
                WITH w AS (SELECT DISTINCT article_id, {window} AS win, actor_id FROM mentions WHERE actor_id IS NOT NULL)
                SELECT a.actor_id, b.actor_id, count(*)::INTEGER, count(DISTINCT a.article_id)::INTEGER, '{kind}'
                FROM w a JOIN w b ON a.article_id = b.article_id AND a.win = b.win AND a.actor_id < b.actor_id
                GROUP BY 1, 2
            """)
        con.execute("""
            INSERT INTO edges
            WITH s AS (SELECT DISTINCT article_id, statement_id, speaker_id, unnest(about) AS target FROM statements WHERE speaker_id IS NOT NULL)
            SELECT speaker_id, target, count(*)::INTEGER, count(DISTINCT article_id)::INTEGER, 'speaks-about'
            FROM s WHERE target IS NOT NULL AND target <> speaker_id GROUP BY 1, 2
        """)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def set_meta(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])


ACTOR_EXPORT = """
SELECT a.actor_id, a.name_ar, a.name_en, a.type, a.role, a.country,
       coalesce(m.n_articles, 0) AS n_articles, coalesce(m.n_mentions, 0) AS n_mentions,
       coalesce(s.n_statements, 0) AS n_statements, a.in_kb
FROM actors a
LEFT JOIN (SELECT actor_id, count(*) AS n_mentions, count(DISTINCT article_id) AS n_articles FROM mentions GROUP BY 1) m USING (actor_id)
LEFT JOIN (SELECT speaker_id AS actor_id, count(*) AS n_statements FROM statements GROUP BY 1) s USING (actor_id)
"""


def finalize(con: duckdb.DuckDBPyConnection, kb: KnowledgeBase | None = None) -> None:
    """After a run: knowledge-base facts onto actors, then edges rebuilt from mentions."""
    from lib.kb import load_kb

    refresh_kb_actors(con, kb or load_kb())
    rebuild_edges(con)
    mark_duplicates(con)


def mark_duplicates(con: duckdb.DuckDBPyConnection) -> int:
    """Set articles.duplicate_of from shared MinHash bands (see lib.duplicates); returns how many."""
    import numpy as np

    pairs = con.execute("""
        SELECT DISTINCT a.article_id, b.article_id FROM article_bands a JOIN article_bands b
        ON a.band = b.band AND a.article_id < b.article_id""").fetchall()
    similar: list[tuple[str, str]] = []
    if pairs:
        ids = sorted({x for p in pairs for x in p})
        con.register("dup_ids", pa.table({"article_id": ids}))
        sigs = {aid: np.frombuffer(sig, dtype=np.uint64) for aid, sig in con.execute(
            "SELECT article_id, signature FROM articles WHERE article_id IN (SELECT article_id FROM dup_ids)").fetchall()}
        con.unregister("dup_ids")
        similar = [(a, b) for a, b in pairs if duplicates.similarity(sigs[a], sigs[b]) >= duplicates.THRESHOLD]
    order = {aid: (d or "9999", aid) for aid, d in con.execute(
        "SELECT article_id, date_start::VARCHAR FROM articles").fetchall()} if similar else {}
    first = duplicates.groups(similar, order)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("UPDATE articles SET duplicate_of = NULL WHERE duplicate_of IS NOT NULL")
        if first:
            con.register("dups", pa.table({"article_id": list(first), "first": list(first.values())}))
            con.execute("UPDATE articles SET duplicate_of = d.first FROM dups d WHERE articles.article_id = d.article_id")
            con.unregister("dups")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(first)
