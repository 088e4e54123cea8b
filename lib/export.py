"""Export of the store's tables in the data contract (see README: "Data contract").

Columns are fixed here, so a change in the store never silently changes a user's files.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from lib.store import ACTOR_EXPORT

FORMATS = ("csv", "parquet", "jsonl")

EXPORTS: dict[str, str] = {
    "articles": "SELECT article_id, title, source, date, date_precision, date_basis, url, n_chars, n_tokens "
                "FROM articles ORDER BY article_id",
    "mentions": "SELECT article_id, start, \"end\", text, label, actor_id, sentence, source "
                "FROM mentions ORDER BY article_id, start",
    "actors": f"SELECT * FROM ({ACTOR_EXPORT}) ORDER BY n_mentions DESC, actor_id",
    "statements": "SELECT statement_id, article_id, speaker_id, speaker_ar, speaker_en, anonymous, verb, text, quote, "
                  "start, \"end\", date, date_precision, date_basis, is_direct, channel_id, medium, place_id, "
                  "array_to_string(about, ';') AS about "
                  "FROM statements ORDER BY article_id, start",
    "edges": "SELECT source_id, target_id, weight, n_articles, kind FROM edges ORDER BY kind, weight DESC, source_id, target_id",
}


def export_tables(con: duckdb.DuckDBPyConnection, out_dir: str | Path, fmt: str = "csv") -> dict[str, Path]:
    """Write every contract table to ``out_dir``; returns table → file path."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for table, query in EXPORTS.items():
        path = out / f"{table}.{fmt}"
        frame = con.sql(query).to_arrow_table()
        if fmt == "csv":
            import pyarrow.csv as pacsv

            pacsv.write_csv(frame, path)
        elif fmt == "parquet":
            import pyarrow.parquet as pq

            pq.write_table(frame, path)
        else:
            frame.to_pandas().to_json(path, orient="records", lines=True, force_ascii=False)
        written[table] = path
    return written
