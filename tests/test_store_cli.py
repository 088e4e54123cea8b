"""The store, the CLI and the data contract: incremental, transactional, partitioned."""

import csv
import json
import shutil
import subprocess
import sys

import duckdb
import pytest
from conftest import ROOT, SEEDS

from lib import processing, store
from lib.cli import main
from lib.processing import process_corpus

CONTRACT = {
    "articles": ["article_id", "title", "source", "date", "date_precision", "url", "n_chars"],
    "mentions": ["article_id", "start", "end", "text", "label", "actor_id"],
    "actors": ["actor_id", "name_ar", "name_en", "type", "role", "country", "n_articles", "n_mentions", "n_statements"],
    "statements": ["statement_id", "article_id", "speaker_id", "speaker_ar", "speaker_en", "verb", "text", "quote",
                   "start", "end", "date", "date_basis", "is_direct"],
    "edges": ["source_id", "target_id", "weight", "n_articles", "kind"],
}


def test_process_then_export_writes_the_contract(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    assert main(["process", str(SEEDS), "--store", str(db), "--quiet"]) == 0
    assert "5 processed" in capsys.readouterr().out
    assert main(["export", "--store", str(db), "--out", str(tmp_path / "out")]) == 0
    for table, columns in CONTRACT.items():
        with (tmp_path / "out" / f"{table}.csv").open(encoding="utf-8") as fh:
            header = next(csv.reader(fh))
        assert set(columns) <= set(header), (table, header)
    with (tmp_path / "out" / "articles.csv").open(encoding="utf-8") as fh:
        rows = {r["article_id"]: r for r in csv.DictReader(fh)}
    assert len(rows) == 5
    assert (rows["002_9bd065f898af27b9"]["date"], rows["002_9bd065f898af27b9"]["date_precision"]) == ("2016-07", "month")
    assert (rows["004_91a734e0eab9479f"]["date"], rows["004_91a734e0eab9479f"]["date_precision"]) == ("2016-09-22", "day")
    with (tmp_path / "out" / "actors.csv").open(encoding="utf-8") as fh:
        types = {r["type"] for r in csv.DictReader(fh)}
    assert types <= {"person", "organization", "country", "city", "other"}


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_export_formats(seed_store, tmp_path, fmt):
    assert main(["export", "--store", str(seed_store), "--out", str(tmp_path), "--format", fmt]) == 0
    if fmt == "jsonl":
        first = json.loads((tmp_path / "statements.jsonl").read_text(encoding="utf-8").splitlines()[0])
        assert set(CONTRACT["statements"]) <= set(first)
    else:
        import pyarrow.parquet as pq

        assert set(CONTRACT["mentions"]) <= set(pq.read_table(tmp_path / "mentions.parquet").column_names)


def test_unchanged_articles_are_not_processed_again(store_copy, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    first = process_corpus([corpus], store_copy, quiet=True)
    assert (first.processed, first.unchanged) == (0, 5)
    path = corpus / "001_26315c06c95c515a.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nوقال لافروف إن الحل سياسي.", encoding="utf-8")
    second = process_corpus([corpus], store_copy, quiet=True)
    assert (second.processed, second.unchanged) == (1, 4)


def test_a_new_lexicon_or_model_version_reprocesses(store_copy, monkeypatch):
    monkeypatch.setattr("lib.pipeline.PIPELINE_VERSION", "test-bump")
    monkeypatch.setattr(processing, "_WORKER_PIPELINE", None)
    summary = process_corpus([SEEDS], store_copy, quiet=True)
    monkeypatch.setattr(processing, "_WORKER_PIPELINE", None)
    assert summary.processed == 5


def test_every_module_the_pipeline_runs_is_in_its_version():
    """A module left out of PIPELINE_MODULES could change the output without reprocessing the store."""
    code = "import sys, lib.pipeline as p; print(sorted({m[4:] for m in sys.modules if m.startswith('lib.')} - set(p.PIPELINE_MODULES)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout.strip()
    assert out == "[]", f"modules missing from lib.pipeline.PIPELINE_MODULES: {out}"


def test_a_crash_mid_run_leaves_the_store_usable(tmp_path, monkeypatch):
    db = tmp_path / "s.duckdb"
    calls = {"n": 0}
    real = store.write_batch

    def failing(con, rows, **kw):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        real(con, rows, **kw)

    monkeypatch.setattr(store, "write_batch", failing)
    with pytest.raises(RuntimeError):
        process_corpus([SEEDS], db, batch_size=2, quiet=True)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2  # the first batch, whole
        orphans = con.execute("SELECT count(*) FROM statements WHERE article_id NOT IN (SELECT article_id FROM articles)")
        assert orphans.fetchone()[0] == 0
    monkeypatch.setattr(store, "write_batch", real)
    assert process_corpus([SEEDS], db, quiet=True).processed == 3  # the run resumes


def test_a_failing_article_is_reported_and_the_rest_processed(tmp_path, monkeypatch):
    from lib.pipeline import Pipeline

    real = Pipeline.process

    def flaky(self, article):
        if article.article_id.startswith("002"):
            raise ValueError("boom")
        return real(self, article)

    monkeypatch.setattr(Pipeline, "process", flaky)
    monkeypatch.setattr(processing, "_WORKER_PIPELINE", None)
    summary = process_corpus([SEEDS], tmp_path / "s.duckdb", quiet=True)
    monkeypatch.setattr(processing, "_WORKER_PIPELINE", None)
    assert summary.processed == 4
    assert any("processing failed: ValueError: boom" in i.reason for i in summary.load.issues)


def test_two_workers_give_the_same_store(seed_store, tmp_path):
    summary = process_corpus([SEEDS], tmp_path / "w2.duckdb", workers=2, quiet=True)
    assert summary.processed == 5
    assert _tables(tmp_path / "w2.duckdb") == _tables(seed_store)


def test_the_partitioned_path_gives_the_same_tables(seed_store, tmp_path, capsys):
    db = tmp_path / "p.duckdb"
    assert main(["process", str(SEEDS), "--store", str(db), "--parts", str(tmp_path / "parts"),
                 "--partition-size", "2", "--quiet"]) == 0
    assert len(list((tmp_path / "parts" / "articles").glob("part-*.parquet"))) == 3
    assert _tables(db) == _tables(seed_store)


def _tables(path):
    with duckdb.connect(str(path), read_only=True) as con:
        return {
            "articles": con.execute("SELECT article_id, date, content_hash FROM articles ORDER BY 1").fetchall(),
            "mentions": con.execute('SELECT article_id, start, "end", actor_id FROM mentions ORDER BY 1, 2, 3').fetchall(),
            "statements": con.execute("SELECT statement_id, speaker_id, date FROM statements ORDER BY 1").fetchall(),
            "actors": con.execute("SELECT actor_id, type, role, country FROM actors ORDER BY 1").fetchall(),
            "edges": con.execute("SELECT * FROM edges ORDER BY ALL").fetchall(),
        }


def test_near_duplicate_wire_stories_are_marked(tmp_path):
    base = (SEEDS / "000_3e683ebdcf5b2f8c.txt").read_text(encoding="utf-8")
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(base, encoding="utf-8")
    (corpus / "b.txt").write_text("(رويترز) " + base.replace("الخميس", "يوم الخميس", 1), encoding="utf-8")
    shutil.copy(SEEDS / "001_26315c06c95c515a.txt", corpus / "c.txt")
    db = tmp_path / "d.duckdb"
    process_corpus([corpus], db, quiet=True)
    with duckdb.connect(str(db), read_only=True) as con:
        marks = dict(con.execute("SELECT article_id, duplicate_of FROM articles").fetchall())
    assert marks == {"a": None, "b": "a", "c": None}


def test_cli_help_documents_every_command():
    out = subprocess.run([sys.executable, "-m", "lib", "--help"], cwd=ROOT, capture_output=True, text=True).stdout
    for command in ("process", "export", "train-ner", "eval-ner", "eval-statements", "merge-parts"):
        assert command in out
    out = subprocess.run([sys.executable, "-m", "lib", "process", "--help"], cwd=ROOT, capture_output=True, text=True).stdout
    assert "--workers" in out and "--store" in out and "--parts" in out


def test_export_without_a_store_is_a_clear_error(tmp_path, capsys):
    assert main(["export", "--store", str(tmp_path / "none.duckdb"), "--out", str(tmp_path)]) == 2
    assert "no store" in capsys.readouterr().err
