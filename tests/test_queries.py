"""The app's data queries on the seeds: every filter narrows what it should."""

import datetime as dt

import duckdb
import pytest

from lib import queries
from lib.queries import Filters


@pytest.fixture()
def con(seed_store):
    with duckdb.connect(str(seed_store), read_only=True) as c:
        yield c


def test_city_filter_keeps_articles_mentioning_the_city(con):
    ids = set(queries.article_list(con, Filters(city="geneva"))["article_id"])
    assert ids == {"000_3e683ebdcf5b2f8c", "001_26315c06c95c515a", "002_9bd065f898af27b9", "004_91a734e0eab9479f"}


def test_country_filter_includes_its_cities(con):
    ids = set(queries.article_list(con, Filters(country="switzerland"))["article_id"])
    assert ids == set(queries.article_list(con, Filters(city="geneva"))["article_id"])


def test_actor_filter_keeps_only_that_speaker(con):
    said = queries.statements(con, Filters(actors=["john_kirby"]))
    assert len(said) == 9 and set(said["speaker_id"]) == {"john_kirby"}  # 1 + 3 + 5 in seeds 001-003


def test_date_range_uses_the_span_of_partial_dates(con):
    july = queries.article_list(con, Filters(date_from=dt.date(2016, 7, 15), date_to=dt.date(2016, 7, 20)))
    assert list(july["article_id"]) == ["002_9bd065f898af27b9"]  # dated 2016-07: the month overlaps


def test_loose_text_search(con):
    a = queries.statements(con, Filters(text="الأسد"))
    b = queries.statements(con, Filters(text="الاسد"))
    assert len(a) == len(b) >= 3


def test_network_windows_and_people_only(con):
    nodes, edges = queries.network(con, Filters(), "sentence", 1, 40)
    _, wider = queries.network(con, Filters(), "article", 1, 40)
    assert len(wider) > len(edges) > 0
    people, _ = queries.network(con, Filters(), "sentence", 1, 40, people_only=True)
    assert set(people["type"]) == {"person"}
    _, about = queries.network(con, Filters(), "sentence", 1, 40, speaks_about=True)
    assert "speaks-about" in set(about["kind"])
    few, _ = queries.network(con, Filters(), "sentence", 1, 5)
    assert len(few) == 5


def test_aggregated_timeline(con):
    agg = queries.statements_per_period(con, Filters(), "month", 5)
    assert agg["speaker_id"].nunique() == 5 and agg["statements"].sum() >= 30


def test_collapsing_near_duplicates(seed_store, tmp_path):
    import shutil

    from conftest import SEEDS

    from lib.processing import process_corpus

    corpus = tmp_path / "c"
    shutil.copytree(SEEDS, corpus)
    text = (SEEDS / "000_3e683ebdcf5b2f8c.txt").read_text(encoding="utf-8")
    (corpus / "copy.txt").write_text("(أ ف ب) " + text, encoding="utf-8")
    db = tmp_path / "d.duckdb"
    process_corpus([corpus], db, quiet=True)
    with duckdb.connect(str(db), read_only=True) as c:
        assert queries.overview(c, Filters())["articles"] == 6
        assert queries.overview(c, Filters(collapse_duplicates=True))["articles"] == 5
