"""Every query the dashboard makes, in one place (the pages only render).

All take a read-only DuckDB connection and a ``Filters`` value; all return pandas
frames or plain records. Filters combine with AND:

* ``actors``: articles mentioning every chosen actor; on statement views, statements
  spoken by any of them;
* ``city`` / ``country``: articles mentioning that place (a country also matches
  its cities);
* ``date_from`` / ``date_to``: articles (or statements) whose date range meets the span;
* ``sources``, ``types`` (actor types shown in the network and lists);
* ``text``: statements whose matching form contains the query's matching form, so
  hamza, alef, ta marbuta, alef maqsura and diacritics do not matter;
* ``collapse_duplicates``: near-duplicate wire stories count once (their first article).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from lib.arabic import match_form
from lib.store import ACTOR_EXPORT

ACTOR_TYPES = ("person", "organization", "country", "city", "other")
WINDOWS = ("sentence", "paragraph", "article")


@dataclass
class Filters:
    actors: list[str] = field(default_factory=list)
    city: str | None = None
    country: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sources: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    text: str = ""
    collapse_duplicates: bool = False

    def key(self) -> tuple:
        """A hashable form, for caches."""
        return (tuple(self.actors), self.city, self.country, self.date_from, self.date_to,
                tuple(self.sources), tuple(self.types), self.text, self.collapse_duplicates)


def _article_where(f: Filters, alias: str = "a") -> tuple[str, list]:
    """SQL condition on the articles table (aliased ``alias``) and its parameters."""
    clauses: list[str] = []
    params: list = []
    for actor_id in f.actors:
        clauses.append(f"{alias}.article_id IN (SELECT article_id FROM mentions WHERE actor_id = ?)")
        params.append(actor_id)
    if f.city:
        clauses.append(f"{alias}.article_id IN (SELECT article_id FROM mentions WHERE actor_id = ?)")
        params.append(f.city)
    if f.country:
        clauses.append(
            f"{alias}.article_id IN (SELECT m.article_id FROM mentions m JOIN actors x ON x.actor_id = m.actor_id "
            "WHERE m.actor_id = ? OR (x.country = ? AND x.type IN ('city', 'country')))"
        )
        params += [f.country, f.country]
    if f.date_from:
        clauses.append(f"{alias}.date_end >= ?")
        params.append(f.date_from)
    if f.date_to:
        clauses.append(f"{alias}.date_start <= ?")
        params.append(f.date_to)
    if f.sources:
        clauses.append(f"{alias}.source IN ({', '.join('?' * len(f.sources))})")
        params += list(f.sources)
    if f.collapse_duplicates:
        clauses.append(f"{alias}.duplicate_of IS NULL")  # one article per near-duplicate story
    return (" AND ".join(clauses) or "TRUE"), params


def _statement_where(f: Filters) -> tuple[str, list]:
    where, params = _article_where(f, "a")
    clauses = [where]
    if f.actors:
        clauses.append(f"s.speaker_id IN ({', '.join('?' * len(f.actors))})")
        params += list(f.actors)
    if f.text.strip():
        clauses.append("s.text_norm LIKE ?")
        params.append(f"%{match_form(f.text.strip())}%")
    if f.date_from:
        clauses.append("(s.date_end IS NULL OR s.date_end >= ?)")
        params.append(f.date_from)
    if f.date_to:
        clauses.append("(s.date_start IS NULL OR s.date_start <= ?)")
        params.append(f.date_to)
    return " AND ".join(clauses), params


# --- choices for the filter widgets --------------------------------------------------------


def actor_choices(con: duckdb.DuckDBPyConnection, type_: str | None = None, role_like: str | None = None,
                  limit: int = 2000) -> pd.DataFrame:
    """Actors with their mention counts, most mentioned first."""
    q = f"SELECT actor_id, name_ar, name_en, type, role, country, n_mentions, n_statements FROM ({ACTOR_EXPORT}) WHERE n_mentions > 0"
    params: list = []
    if type_:
        q += " AND type = ?"
        params.append(type_)
    if role_like:
        q += " AND role LIKE ?"
        params.append(f"%{role_like}%")
    q += " ORDER BY n_mentions DESC, actor_id LIMIT ?"
    params.append(limit)
    return con.execute(q, params).df()


def sources(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute("SELECT DISTINCT source FROM articles WHERE source <> '' ORDER BY 1").fetchall()]


def date_span(con: duckdb.DuckDBPyConnection) -> tuple[dt.date | None, dt.date | None]:
    return con.execute("SELECT min(date_start), max(date_end) FROM articles").fetchone()


# --- overview ------------------------------------------------------------------------------


def overview(con: duckdb.DuckDBPyConnection, f: Filters) -> dict:
    where, params = _article_where(f)
    articles = con.execute(f"SELECT count(*), min(date_start), max(date_end) FROM articles a WHERE {where}", params).fetchone()
    swhere, sparams = _statement_where(f)
    n_statements = con.execute(
        f"SELECT count(*) FROM statements s JOIN articles a USING (article_id) WHERE {swhere}", sparams).fetchone()[0]
    n_actors = con.execute(
        f"SELECT count(DISTINCT m.actor_id) FROM mentions m JOIN articles a USING (article_id) WHERE {where}", params).fetchone()[0]
    return {"articles": articles[0], "date_min": articles[1], "date_max": articles[2],
            "statements": n_statements, "actors": n_actors}


def top_speakers(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = 15) -> pd.DataFrame:
    where, params = _statement_where(f)
    return con.execute(f"""
        SELECT s.speaker_id, any_value(x.name_en) AS name_en, any_value(s.speaker_ar) AS name_ar,
               any_value(x.role) AS role, any_value(x.country) AS country, count(*) AS statements
        FROM statements s JOIN articles a USING (article_id) LEFT JOIN actors x ON x.actor_id = s.speaker_id
        WHERE {where} AND s.speaker_id IS NOT NULL
        GROUP BY s.speaker_id ORDER BY statements DESC, s.speaker_id LIMIT ?""", [*params, limit]).df()


# --- statements and timeline ------------------------------------------------------------------

STATEMENT_COLUMNS = """s.statement_id, s.article_id, a.title AS article_title, s.speaker_id, s.speaker_ar,
    coalesce(x.name_en, s.speaker_en) AS speaker_en, x.role AS speaker_role, x.country AS speaker_country,
    s.anonymous, s.verb, s.text, s.quote, s.is_direct, s.start, s."end", s.date, s.date_precision,
    s.date_basis, s.date_start, s.date_end, s.channel_id, s.medium, s.place_id"""


def statements(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = 200, offset: int = 0) -> pd.DataFrame:
    where, params = _statement_where(f)
    return con.execute(f"""
        SELECT {STATEMENT_COLUMNS}
        FROM statements s JOIN articles a USING (article_id) LEFT JOIN actors x ON x.actor_id = s.speaker_id
        WHERE {where}
        ORDER BY s.date_start DESC NULLS LAST, s.article_id, s.start LIMIT ? OFFSET ?""", [*params, limit, offset]).df()


def count_statements(con: duckdb.DuckDBPyConnection, f: Filters) -> int:
    where, params = _statement_where(f)
    return con.execute(f"SELECT count(*) FROM statements s JOIN articles a USING (article_id) WHERE {where}", params).fetchone()[0]


def statements_per_period(con: duckdb.DuckDBPyConnection, f: Filters, period: str = "month", top: int = 15) -> pd.DataFrame:
    """Statements per speaker and week or month (the aggregated timeline)."""
    if period not in ("week", "month"):
        raise ValueError(period)
    where, params = _statement_where(f)
    return con.execute(f"""
        WITH s AS (
            SELECT s.speaker_id, coalesce(x.name_en, s.speaker_ar) AS speaker, date_trunc('{period}', s.date_start) AS period
            FROM statements s JOIN articles a USING (article_id) LEFT JOIN actors x ON x.actor_id = s.speaker_id
            WHERE {where} AND s.speaker_id IS NOT NULL AND s.date_start IS NOT NULL),
        top AS (SELECT speaker_id FROM s GROUP BY 1 ORDER BY count(*) DESC LIMIT ?)
        SELECT speaker_id, any_value(speaker) AS speaker, period, count(*) AS statements
        FROM s WHERE speaker_id IN (SELECT speaker_id FROM top) GROUP BY speaker_id, period ORDER BY period""",
        [*params, top]).df()


# --- network -------------------------------------------------------------------------------


def network(con: duckdb.DuckDBPyConnection, f: Filters, window: str = "sentence", min_weight: int = 1,
            top_n: int = 40, people_only: bool = False, speaks_about: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes (actors) and edges (co-occurrence in ``window``) within the filtered articles.

    Counted directly from mentions, so every filter applies; at most ``top_n`` actors (the
    most mentioned) are kept, and only edges of at least ``min_weight``.
    """
    if window not in WINDOWS:
        raise ValueError(window)
    where, params = _article_where(f)
    types = ["person"] if people_only else (list(f.types) or list(ACTOR_TYPES))
    type_list = ", ".join("?" * len(types))
    win = {"sentence": "m.sentence", "paragraph": "m.paragraph", "article": "0"}[window]
    nodes = con.execute(f"""
        SELECT m.actor_id, any_value(x.name_ar) AS name_ar, any_value(x.name_en) AS name_en, any_value(x.type) AS type,
               any_value(x.role) AS role, any_value(x.country) AS country,
               count(*) AS mentions, count(DISTINCT m.article_id) AS articles
        FROM mentions m JOIN articles a USING (article_id) JOIN actors x ON x.actor_id = m.actor_id
        WHERE {where} AND x.type IN ({type_list})
        GROUP BY m.actor_id ORDER BY mentions DESC, m.actor_id LIMIT ?""", [*params, *types, top_n]).df()
    if nodes.empty:
        return nodes, pd.DataFrame(columns=["source_id", "target_id", "weight", "n_articles", "kind"])
    ids = list(nodes["actor_id"])
    id_list = ", ".join("?" * len(ids))
    edges = con.execute(f"""
        WITH w AS (
            SELECT DISTINCT m.article_id, {win} AS win, m.actor_id FROM mentions m JOIN articles a USING (article_id)
            WHERE {where} AND m.actor_id IN ({id_list}))
        SELECT p.actor_id AS source_id, q.actor_id AS target_id, count(*) AS weight,
               count(DISTINCT p.article_id) AS n_articles, '{window}' AS kind
        FROM w p JOIN w q ON p.article_id = q.article_id AND p.win = q.win AND p.actor_id < q.actor_id
        GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY weight DESC""", [*params, *ids, min_weight]).df()
    if speaks_about:
        swhere, sparams = _article_where(f)
        about = con.execute(f"""
            WITH s AS (SELECT s.article_id, s.speaker_id, unnest(s.about) AS target
                       FROM statements s JOIN articles a USING (article_id) WHERE {swhere} AND s.speaker_id IS NOT NULL)
            SELECT speaker_id AS source_id, target AS target_id, count(*) AS weight,
                   count(DISTINCT article_id) AS n_articles, 'speaks-about' AS kind
            FROM s WHERE speaker_id IN ({id_list}) AND target IN ({id_list}) AND target <> speaker_id
            GROUP BY 1, 2 HAVING count(*) >= ?""", [*sparams, *ids, *ids, min_weight]).df()
        edges = pd.concat([edges, about], ignore_index=True)
    return nodes, edges


# --- articles and actors ---------------------------------------------------------------------


def _article_list_where(f: Filters) -> tuple[str, list]:
    where, params = _article_where(f)
    text = f.text.strip()
    if text:
        where += " AND a.article_id IN (SELECT article_id FROM statements WHERE text_norm LIKE ?)"
        params = [*params, f"%{match_form(text)}%"]
    return where, params


def count_articles(con: duckdb.DuckDBPyConnection, f: Filters) -> int:
    where, params = _article_list_where(f)
    return con.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()[0]


def article_list(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = 500, offset: int = 0) -> pd.DataFrame:
    where, params = _article_list_where(f)
    return con.execute(f"""
        SELECT a.article_id, a.title, a.source, a.date, a.date_precision, a.n_chars
        FROM articles a WHERE {where} ORDER BY a.date_start DESC NULLS LAST, a.article_id LIMIT ? OFFSET ?""",
        [*params, limit, offset]).df()


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict | None:
    row = con.execute("""SELECT article_id, title, source, date, date_precision, date_basis, url, text, origin
                         FROM articles WHERE article_id = ?""", [article_id]).fetchone()
    if row is None:
        return None
    keys = ("article_id", "title", "source", "date", "date_precision", "date_basis", "url", "text", "origin")
    out = dict(zip(keys, row, strict=False))
    out["mentions"] = con.execute("""
        SELECT m.start, m."end", m.text, m.label, m.actor_id, x.name_ar, x.name_en, x.type, x.role, x.country
        FROM mentions m LEFT JOIN actors x ON x.actor_id = m.actor_id WHERE m.article_id = ? ORDER BY m.start""",
        [article_id]).df()
    out["statements"] = con.execute(f"""
        SELECT {STATEMENT_COLUMNS} FROM statements s JOIN articles a USING (article_id)
        LEFT JOIN actors x ON x.actor_id = s.speaker_id WHERE s.article_id = ? ORDER BY s.start""", [article_id]).df()
    return out


def actor(con: duckdb.DuckDBPyConnection, actor_id: str) -> dict | None:
    row = con.execute(f"SELECT * FROM ({ACTOR_EXPORT}) WHERE actor_id = ?", [actor_id]).df()
    return None if row.empty else row.iloc[0].to_dict()


def co_actors(con: duckdb.DuckDBPyConnection, actor_id: str, f: Filters, limit: int = 20) -> pd.DataFrame:
    where, params = _article_where(f)
    return con.execute(f"""
        WITH mine AS (SELECT DISTINCT m.article_id, m.sentence FROM mentions m JOIN articles a USING (article_id)
                      WHERE m.actor_id = ? AND {where})
        SELECT m.actor_id, any_value(x.name_ar) AS name_ar, any_value(x.name_en) AS name_en, any_value(x.type) AS type,
               count(*) AS sentences_together, count(DISTINCT m.article_id) AS articles_together
        FROM mentions m JOIN mine USING (article_id, sentence) JOIN actors x ON x.actor_id = m.actor_id
        WHERE m.actor_id <> ? GROUP BY m.actor_id ORDER BY sentences_together DESC LIMIT ?""",
        [actor_id, *params, actor_id, limit]).df()


def mentions_over_time(con: duckdb.DuckDBPyConnection, actor_id: str, f: Filters) -> pd.DataFrame:
    where, params = _article_where(f)
    return con.execute(f"""
        SELECT date_trunc('month', a.date_start) AS month, count(*) AS mentions, count(DISTINCT a.article_id) AS articles
        FROM mentions m JOIN articles a USING (article_id)
        WHERE m.actor_id = ? AND a.date_start IS NOT NULL AND {where} GROUP BY 1 ORDER BY 1""", [actor_id, *params]).df()
