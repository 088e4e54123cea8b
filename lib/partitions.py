"""The partitioned path: each partition of the corpus becomes Parquet parts, merged into the store.

``process_partition`` is the unit a distributed engine runs: a pure function from a list
of articles to one Parquet file per table (``DIR/<table>/part-<id>.parquet``). Nothing in
it touches the store, so Dask, Spark or a batch queue can run thousands of them on
many machines; ``merge_parts`` then loads every part into the DuckDB store in one
transaction and rebuilds actors' facts, edges and near-duplicates. Run it here with
``python -m lib process PATH --parts DIR`` (see README: "Beyond one machine").
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from lib import store
from lib.corpus import iter_articles
from lib.records import Article, LoadIssue

TABLES = ("articles", "sentences", "mentions", "statements", "actors", "article_bands")


def process_partition(articles: list[Article], out_dir: str | Path, part_id: int) -> dict[str, int]:
    """Process one partition and write its Parquet parts; returns rows written per table."""
    from lib.processing import process_batch

    rows, issues = process_batch(articles)
    out = Path(out_dir)
    counts: dict[str, int] = {}
    for table in TABLES:
        (out / table).mkdir(parents=True, exist_ok=True)
        path = out / table / f"part-{part_id:06d}.parquet"
        if rows[table]:
            pq.write_table(pa.Table.from_pylist(rows[table]), path)
        counts[table] = len(rows[table])
    if issues:
        (out / "issues").mkdir(parents=True, exist_ok=True)
        lines = [f"{i.item}\t{i.reason}" for i in issues]
        (out / "issues" / f"part-{part_id:06d}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts


def partitions(paths: Iterable[str | Path], size: int, on_issue=None) -> Iterator[list[Article]]:
    articles = iter_articles(paths, on_issue or (lambda _issue: None))
    while True:
        part = list(itertools.islice(articles, size))
        if not part:
            return
        yield part


def run_partitioned(paths: Iterable[str | Path], parts_dir: str | Path, size: int = 2000, workers: int = 1,
                    on_issue=None) -> int:
    """Process the corpus partition by partition (here, on local worker processes)."""
    count = 0
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = []
            for n, part in enumerate(partitions(paths, size, on_issue)):
                futures.append(pool.submit(process_partition, part, parts_dir, n))
                if len(futures) >= workers * 2:
                    futures.pop(0).result()
                count = n + 1
            for f in futures:
                f.result()
    else:
        for n, part in enumerate(partitions(paths, size, on_issue)):
            process_partition(part, parts_dir, n)
            count = n + 1
    return count


def merge_parts(parts_dir: str | Path, store_path: str | Path) -> dict[str, int]:
    """Load every Parquet part into the store (articles in the parts replace stored ones)."""
    parts = Path(parts_dir)
    con = store.connect(store_path)
    counts: dict[str, int] = {}
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            articles = str(parts / "articles" / "*.parquet")
            if not list((parts / "articles").glob("*.parquet")):
                con.execute("ROLLBACK")
                return {}
            con.execute(f"CREATE TEMP TABLE part_ids AS SELECT article_id FROM read_parquet('{articles}')")
            for table in ("articles", *store.ARTICLE_TABLES):
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM part_ids)")
            for table in ("articles", *store.ARTICLE_TABLES):
                files = list((parts / table).glob("*.parquet"))
                if not files:
                    continue
                cols = ", ".join(f'"{c}"' for c in store.table_columns(con, table))
                con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM read_parquet('{parts / table / '*.parquet'}', union_by_name=true)")
                counts[table] = con.execute(f"SELECT count(*) FROM read_parquet('{parts / table / '*.parquet'}')").fetchone()[0]
            actor_files = list((parts / "actors").glob("*.parquet"))
            if actor_files:
                actors = con.execute(f"SELECT * FROM read_parquet('{parts / 'actors' / '*.parquet'}')").to_arrow_table()
                store._merge_actors(con, actors.to_pylist())
            con.execute("DROP TABLE part_ids")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        store.finalize(con)
    finally:
        con.close()
    return counts



def read_issues(parts_dir: str | Path) -> list[LoadIssue]:
    out = []
    for f in sorted((Path(parts_dir) / "issues").glob("*.tsv")):
        for line in f.read_text(encoding="utf-8").splitlines():
            item, _, reason = line.partition("\t")
            out.append(LoadIssue(item, reason))
    return out
