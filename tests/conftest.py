"""Shared fixtures: the seeds processed once into a store, paths to ../shared/data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_DATA = ROOT.parent / "shared" / "data"
NEWS_44K = SHARED_DATA / "news" / "arabic_news_44k.jsonl.gz"
ANERCORP_TEST = SHARED_DATA / "ner" / "anercorp" / "ANERCorp_CamelLab_test.txt"


def needs_shared(path: Path):
    """Skip (with the reason) when ../shared/data is absent, as in a user's clone."""
    return pytest.mark.skipif(not path.exists(), reason=f"needs {path} (../shared/data is not beside this clone)")


@pytest.fixture(scope="session")
def pipeline():
    from lib.pipeline import Pipeline

    return Pipeline(quiet=True)


@pytest.fixture(scope="session")
def seed_articles():
    from lib.corpus import load_articles

    articles, summary = load_articles([SEEDS])
    assert summary.skipped == 0
    return {a.article_id: a for a in articles}


@pytest.fixture(scope="session")
def processed(pipeline, seed_articles):
    """article_id → ProcessedArticle for the five seeds."""
    return {aid: pipeline.process(a) for aid, a in seed_articles.items()}


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    from lib.processing import process_corpus

    path = tmp_path_factory.mktemp("store") / "aqwal.duckdb"
    process_corpus([SEEDS], path, quiet=True)
    return path


@pytest.fixture()
def store_copy(seed_store, tmp_path) -> Path:
    target = tmp_path / "aqwal.duckdb"
    shutil.copy(seed_store, target)
    return target


def statements_of(processed_article, speaker_id: str):
    return [s for s in processed_article.statements if s.speaker_id == speaker_id]


def said_in(pipeline, text: str):
    """The statements of ``text`` as one article dated 2018-04-12 (a weekday or أمس resolves against it)."""
    from lib.records import Article, PartialDate

    return pipeline.process(Article("t", text, date=PartialDate(2018, 4, 12))).statements


def pairs(statements):
    """(speaker id, speaker as written, words) of each statement: what a failing assertion shows."""
    return [(s.speaker_id, s.speaker_text, s.text) for s in statements]


def one_with(statements, fragment: str):
    """The one statement whose text holds ``fragment``; the failure lists every (speaker, text)."""
    found = [s for s in statements if fragment in s.text]
    assert len(found) == 1, [(s.speaker_text, s.text) for s in statements]
    return found[0]
