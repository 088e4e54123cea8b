"""Corpus loading: folders of .txt with a metadata.csv sidecar, .jsonl and .jsonl.gz.

``iter_articles`` streams: it yields one ``Article`` at a time and never holds a whole
file in memory. Every problem is reported to the ``on_issue`` callback as a
``LoadIssue`` naming the item and the reason; the rest of the corpus is still loaded.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lib.arabic import clean_text, first_sentence
from lib.dates import parse_partial_date
from lib.records import Article, LoadIssue

MAX_ARTICLE_BYTES = 2_000_000  # larger files or records are skipped (documented in README)
MIN_ARTICLE_CHARS = 1  # an article must have some text after cleaning
TINY_ARTICLE_CHARS = 80  # loaded, but reported as tiny (likely a stub or a broken scrape)
METADATA_NAME = "metadata.csv"
KNOWN_FIELDS = ("id", "title", "text", "date", "source", "url")

IssueSink = Callable[[LoadIssue], None]


@dataclass
class LoadSummary:
    loaded: int = 0
    issues: list[LoadIssue] = field(default_factory=list)

    def add(self, issue: LoadIssue) -> None:
        self.issues.append(issue)

    @property
    def skipped(self) -> int:
        return sum(1 for i in self.issues if i.skipped)

    def reasons(self) -> dict[str, int]:
        """Count of issues by reason category (the text before the first colon)."""
        out: dict[str, int] = {}
        for issue in self.issues:
            key = issue.reason.split(":", 1)[0]
            out[key] = out.get(key, 0) + 1
        return out


def _ignore(_: LoadIssue) -> None:
    pass


def iter_articles(paths: Iterable[str | Path], on_issue: IssueSink = _ignore) -> Iterator[Article]:
    """Stream the articles under ``paths`` (files or folders), reporting bad items."""
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            articles = _iter_folder(path, on_issue)
        elif path.is_file():
            articles = _iter_file(path, on_issue, {})
        else:
            on_issue(LoadIssue(str(path), "missing: no such file or folder"))
            continue
        for article in articles:
            if article.article_id in seen:
                on_issue(LoadIssue(article.origin, f"duplicate id: {article.article_id} already loaded"))
                continue
            seen.add(article.article_id)
            yield article


def load_articles(paths: Iterable[str | Path]) -> tuple[list[Article], LoadSummary]:
    """Load everything into a list (for small corpora and tests)."""
    summary = LoadSummary()
    articles = list(iter_articles(paths, summary.add))
    summary.loaded = len(articles)
    return articles, summary


# --- folders and .txt -----------------------------------------------------------------


def _iter_folder(folder: Path, on_issue: IssueSink) -> Iterator[Article]:
    metadata = read_metadata(folder, on_issue)
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name != METADATA_NAME)
    present = {p.name for p in files}
    for name in metadata:
        if name not in present:
            on_issue(LoadIssue(f"{folder / METADATA_NAME}", f"missing file: metadata names {name}, which is not in the folder"))
    for path in files:
        if path.suffix.lower() in (".txt", ".jsonl") or path.name.lower().endswith(".jsonl.gz"):
            yield from _iter_file(path, on_issue, metadata.get(path.name, {}))
        elif not path.name.startswith("."):
            on_issue(LoadIssue(str(path), f"unsupported file type: {path.suffix or 'no extension'} (expected .txt, .jsonl, .jsonl.gz)"))


def read_metadata(folder: Path, on_issue: IssueSink = _ignore) -> dict[str, dict[str, str]]:
    """Rows of ``folder/metadata.csv`` keyed by file name (extra columns kept)."""
    path = folder / METADATA_NAME
    if not path.exists():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (UnicodeDecodeError, csv.Error) as exc:
        on_issue(LoadIssue(str(path), f"unreadable metadata: {exc}; articles loaded without it", skipped=False))
        return {}
    out: dict[str, dict[str, str]] = {}
    for n, row in enumerate(rows, start=2):
        name = (row.get("file") or "").strip()
        if not name:
            on_issue(LoadIssue(f"{path}:{n}", "metadata row without a file name"))
            continue
        out[name] = {k.strip(): (v or "").strip() for k, v in row.items() if k and k.strip() != "file"}
    return out


def _iter_file(path: Path, on_issue: IssueSink, meta: dict[str, str]) -> Iterator[Article]:
    name = path.name.lower()
    if name.endswith(".jsonl") or name.endswith(".jsonl.gz"):
        yield from _iter_jsonl(path, on_issue)
        return
    if path.suffix.lower() != ".txt":
        on_issue(LoadIssue(str(path), f"unsupported file type: {path.suffix or 'no extension'} (expected .txt, .jsonl, .jsonl.gz)"))
        return
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        on_issue(LoadIssue(str(path), f"too large: {size:,} bytes (limit {MAX_ARTICLE_BYTES:,})"))
        return
    data = path.read_bytes()
    text = decode_text(data, str(path), on_issue)
    if text is None:
        return
    record = {"id": path.stem, "text": text, **meta}
    article = make_article(record, str(path), on_issue)
    if article is not None:
        yield article


def decode_text(data: bytes, item: str, on_issue: IssueSink) -> str | None:
    """UTF-8 text of ``data``, or None (reported) for binary or non-UTF-8 content."""
    if b"\x00" in data[:8192]:
        on_issue(LoadIssue(item, "binary: the file contains NUL bytes"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        on_issue(LoadIssue(item, f"not UTF-8: undecodable byte at position {exc.start}; re-save the file as UTF-8"))
        return None


# --- JSONL ------------------------------------------------------------------------------


def _iter_jsonl(path: Path, on_issue: IssueSink) -> Iterator[Article]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as reader:
            for n, line in enumerate(reader, start=1):
                item = f"{path}:{n}"
                if not line.strip():
                    continue
                if len(line) > MAX_ARTICLE_BYTES:
                    on_issue(LoadIssue(item, f"too large: {len(line):,} bytes (limit {MAX_ARTICLE_BYTES:,})"))
                    continue
                text = decode_text(line, item, on_issue)
                if text is None:
                    continue
                try:
                    record = json.loads(text)
                except json.JSONDecodeError as exc:
                    on_issue(LoadIssue(item, f"not JSON: {exc.msg} at column {exc.colno}"))
                    continue
                if not isinstance(record, dict):
                    on_issue(LoadIssue(item, "not JSON: the line is not an object"))
                    continue
                if "id" not in record or record["id"] in (None, ""):
                    record["id"] = f"{path.name.split('.')[0]}-{n}"
                article = make_article(record, item, on_issue)
                if article is not None:
                    yield article
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        on_issue(LoadIssue(str(path), f"unreadable: {exc}; records before it were loaded"))


# --- records ----------------------------------------------------------------------------


def make_article(record: dict, item: str, on_issue: IssueSink) -> Article | None:
    """An ``Article`` from a record with id/title/text/date/source/url, or None (reported)."""
    text = record.get("text")
    if not isinstance(text, str):
        on_issue(LoadIssue(item, "no text: the record has no 'text' string"))
        return None
    text = clean_text(text)
    if len(text) < MIN_ARTICLE_CHARS:
        on_issue(LoadIssue(item, "empty: no text after cleaning"))
        return None
    article_id = str(record["id"]).strip()
    date = None
    raw_date = record.get("date")
    if raw_date not in (None, ""):
        date = parse_partial_date(str(raw_date))
        if date is None:
            on_issue(LoadIssue(item, f"unparseable date: {raw_date!r}; loaded without a date", skipped=False))
    if len(text) < TINY_ARTICLE_CHARS:
        on_issue(LoadIssue(item, f"tiny: only {len(text)} characters of text; loaded", skipped=False))
    title = _str(record.get("title"))
    title_from_text = not title
    if not title:
        title = first_sentence(text)
    extra = {k: _str(v) for k, v in record.items() if k not in KNOWN_FIELDS and k != "file"}
    return Article(
        article_id=article_id,
        text=text,
        title=title,
        source=_str(record.get("source")),
        url=_str(record.get("url")),
        date=date,
        origin=item,
        extra=extra,
        title_from_text=title_from_text,
    )


def _str(value: object) -> str:
    return "" if value is None else str(value).strip()
