"""Corpus → store: stream articles, process the new or changed ones, write in batches.

``process_corpus`` is what ``python -m lib process`` and the dashboard's upload run.
Articles stream from ``lib.corpus.iter_articles``; an article whose content hash and
pipeline version are already in the store is skipped. Work is cut into batches; with
``workers > 1`` batches are processed in worker processes (each builds its own
``Pipeline`` once), and the main process writes each batch in one transaction.

The unit of work, ``process_batch``, is a pure function from articles to table rows:
the partitioned path (``lib.partitions``) runs the same function and writes Parquet.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lib import store
from lib.corpus import LoadSummary, iter_articles
from lib.pipeline import Pipeline, content_hash
from lib.records import Article, LoadIssue

BATCH_SIZE = 200

_WORKER_PIPELINE: Pipeline | None = None


def _pipeline() -> Pipeline:
    global _WORKER_PIPELINE
    if _WORKER_PIPELINE is None:
        _WORKER_PIPELINE = Pipeline(quiet=True)
    return _WORKER_PIPELINE


def process_batch(articles: list[Article]) -> tuple[dict[str, list[dict]], list[LoadIssue]]:
    """Rows for every table from a batch of articles; an article that fails is reported."""
    pipeline = _pipeline()
    results = []
    issues: list[LoadIssue] = []
    hashes = {a.article_id: content_hash(a) for a in articles}  # before processing fills in a date from the text
    for article in articles:
        try:
            results.append(pipeline.process(article))
        except Exception as exc:  # one bad article never loses the batch
            issues.append(LoadIssue(article.origin or article.article_id, f"processing failed: {type(exc).__name__}: {exc}"))
    return store.rows_for(results, hashes, pipeline.version), issues


@dataclass
class RunSummary:
    seen: int = 0
    processed: int = 0
    unchanged: int = 0
    load: LoadSummary = field(default_factory=LoadSummary)
    seconds: float = 0.0
    tokens: int = 0
    actors: int = 0
    statements: int = 0

    def lines(self) -> list[str]:
        out = [
            f"articles: {self.seen:,} read, {self.processed:,} processed, {self.unchanged:,} unchanged (already in the store)",
            f"skipped: {self.load.skipped:,}; other notices: {len(self.load.issues) - self.load.skipped:,}",
        ]
        for reason, n in sorted(self.load.reasons().items(), key=lambda kv: -kv[1]):
            out.append(f"  {reason}: {n:,}")
        out.append(f"store: {self.actors:,} actors, {self.statements:,} statements")
        rate = self.processed / self.seconds if self.seconds else 0.0
        out.append(f"seconds: {self.seconds:.1f} ({rate:.1f} articles/s, {self.tokens:,} tokens)")
        return out


def _batches(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    while True:
        batch = list(itertools.islice(items, size))
        if not batch:
            return
        yield batch


def _progress(total: int | None, quiet: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="art", disable=quiet, file=sys.stderr, smoothing=0.1, mininterval=0.5)


def process_corpus(
    paths: Iterable[str | Path],
    store_path: str | Path = store.DEFAULT_STORE,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    quiet: bool = False,
    on_issue: Callable[[LoadIssue], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> RunSummary:
    """Load ``paths`` and bring the store up to date; returns the run's summary."""
    t0 = time.perf_counter()
    summary = RunSummary()
    version = Pipeline(quiet=quiet).version if workers > 1 else _pipeline().version

    def report(issue: LoadIssue) -> None:
        summary.load.add(issue)
        if on_issue is not None:
            on_issue(issue)
        elif not quiet:
            print(f"{'skipped' if issue.skipped else 'note'}: {issue.item}: {issue.reason}", file=sys.stderr)

    con = store.connect(store_path)
    try:
        known = store.known_hashes(con)
        bar = _progress(None, quiet)

        def todo() -> Iterator[Article]:
            for article in iter_articles(paths, report):
                summary.seen += 1
                seen = known.get(article.article_id)
                if seen is not None and seen == (content_hash(article), version):
                    summary.unchanged += 1
                    bar.update(1)
                    continue
                yield article

        def write(rows: dict[str, list[dict]], issues: list[LoadIssue], n: int) -> None:
            for issue in issues:
                report(issue)
            store.write_batch(con, rows, stored=known.keys())
            summary.processed += len(rows["articles"])
            summary.tokens += sum(r["n_tokens"] for r in rows["articles"])
            bar.update(n)
            if on_progress is not None:
                on_progress(summary.seen)

        batches = _batches(todo(), batch_size)
        if workers > 1:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                pending = []
                for batch in batches:
                    pending.append((pool.submit(process_batch, batch), len(batch)))
                    while len(pending) >= workers * 2:  # bounded: the corpus never piles up in memory
                        future, n = pending.pop(0)
                        write(*future.result(), n)
                for future, n in pending:
                    write(*future.result(), n)
        else:
            for batch in batches:
                write(*process_batch(batch), len(batch))
        bar.close()
        summary.load.loaded = summary.seen
        if summary.processed or not con.execute("SELECT count(*) FROM edges").fetchone()[0]:
            store.finalize(con)
        summary.actors = con.execute("SELECT count(*) FROM actors").fetchone()[0]
        summary.statements = con.execute("SELECT count(*) FROM statements").fetchone()[0]
    finally:
        con.close()
    summary.seconds = time.perf_counter() - t0
    return summary
