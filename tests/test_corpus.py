"""Corpus loading: formats, partial dates, titles, and every kind of bad input."""

import gzip
import itertools
import json

from conftest import NEWS_44K, SEEDS, needs_shared

from lib import corpus
from lib.corpus import iter_articles, load_articles
from lib.records import PartialDate

ARTICLE = "قال وزير الخارجية الروسي سيرغي لافروف إن الحل في سورية سياسي. وأضاف أن موسكو تدعم المحادثات في جنيف."


def test_seeds_load_with_metadata_dates_and_their_precision():
    articles, summary = load_articles([SEEDS])
    by_id = {a.article_id: a for a in articles}
    assert len(articles) == 5 and summary.skipped == 0
    assert by_id["000_3e683ebdcf5b2f8c"].date == PartialDate(2013, 10, 11)
    assert by_id["002_9bd065f898af27b9"].date == PartialDate(2016, 7)
    assert by_id["002_9bd065f898af27b9"].date.precision == "month"
    assert by_id["004_91a734e0eab9479f"].title == "لقاء بين كيري ولافروف استباقا لآخر دولي حول سورية"
    assert by_id["000_3e683ebdcf5b2f8c"].extra["date_basis"].startswith("Qadri Jamil")  # extra columns kept


def test_missing_title_becomes_the_first_sentence_shortened():
    articles, _ = load_articles([SEEDS / "000_3e683ebdcf5b2f8c.txt"])
    title = articles[0].title
    assert title.startswith("أعلن وزير الخارجية الأميركي جون كيري") and title.endswith("…") and len(title) <= 91
    assert articles[0].title_from_text


def test_jsonl_and_gzip_records(tmp_path):
    rows = [{"id": "a1", "title": "عنوان", "text": ARTICLE, "date": "2016", "source": "الحياة", "url": "https://x/1"},
            {"id": "a2", "text": ARTICLE, "date": "2016-09-22", "category": "سياسة"}]
    plain = tmp_path / "a.jsonl"
    plain.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    packed = tmp_path / "b.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "b1", "text": ARTICLE}, ensure_ascii=False) + "\n")
    articles, summary = load_articles([plain, packed])
    assert [a.article_id for a in articles] == ["a1", "a2", "b1"]
    assert articles[0].date == PartialDate(2016) and articles[0].source == "الحياة"
    assert articles[1].extra == {"category": "سياسة"}
    assert summary.skipped == 0


def _reasons(tmp_path, files: dict[str, bytes]) -> tuple[list[str], list[str]]:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    articles, summary = load_articles([tmp_path])
    return [a.article_id for a in articles], [f"{i.item.split('/')[-1]}: {i.reason}" for i in summary.issues]


def test_bad_files_are_reported_and_the_rest_is_loaded(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "MAX_ARTICLE_BYTES", 5000)
    good = ARTICLE.encode("utf-8")
    loaded, reasons = _reasons(tmp_path, {
        "good.txt": good,
        "latin1.txt": "قال".encode() + b"\xe9\xe8 caf\xe9",
        "binary.txt": b"\x00\x01\x02PNG",
        "empty.txt": b"  \n ",
        "huge.txt": good * 100,
        "notes.docx": b"PK\x03\x04",
    })
    assert loaded == ["good"]
    text = "\n".join(reasons)
    assert "latin1.txt: not UTF-8" in text
    assert "binary.txt: binary" in text
    assert "empty.txt: empty" in text
    assert "huge.txt: too large" in text
    assert "notes.docx: unsupported file type" in text


def test_bad_metadata_rows_are_reported(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,date,title,source,url\na.txt,22/09/2016,,,\nb.txt,yesterday,,,\nmissing.txt,2016-01-01,,,\n", encoding="utf-8")
    articles, summary = load_articles([tmp_path])
    by_id = {a.article_id: a for a in articles}
    assert by_id["a"].date == PartialDate(2016, 9, 22)
    assert by_id["b"].date is None  # loaded without the bad field
    reasons = [i.reason for i in summary.issues]
    assert any(r.startswith("unparseable date: 'yesterday'") for r in reasons)
    assert any(r.startswith("missing file: metadata names missing.txt") for r in reasons)
    assert summary.skipped == 1  # only the metadata row for the missing file


def test_bad_jsonl_lines_are_reported_and_the_rest_is_loaded(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "no-text", "title": "بلا نص"}, ensure_ascii=False),
        json.dumps(["a", "list"]),
        json.dumps({"id": "bad-date", "text": ARTICLE, "date": "2016-13-45"}, ensure_ascii=False),
        json.dumps({"id": "ok", "text": ARTICLE}, ensure_ascii=False),
    ]), encoding="utf-8")
    articles, summary = load_articles([path])
    assert [a.article_id for a in articles] == ["ok", "bad-date"]
    reasons = {i.item.rsplit(":", 1)[-1]: i.reason for i in summary.issues}
    assert reasons["2"].startswith("not JSON")
    assert reasons["3"].startswith("no text")
    assert reasons["4"] == "not JSON: the line is not an object"
    assert reasons["5"].startswith("unparseable date")
    assert reasons["6"].startswith("duplicate id")


def test_a_truncated_gzip_keeps_the_records_before_the_break(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress("".join(json.dumps({"id": f"r{i}", "text": ARTICLE * 20}, ensure_ascii=False) + "\n"
                                 for i in range(50)).encode("utf-8"))
    path.write_bytes(data[: len(data) // 2])
    articles, summary = load_articles([path])
    assert 0 < len(articles) < 50
    assert any(i.reason.startswith("unreadable") for i in summary.issues)


def test_missing_paths_are_reported(tmp_path):
    _, summary = load_articles([tmp_path / "nope"])
    assert summary.issues[0].reason.startswith("missing")


@needs_shared(NEWS_44K)
def test_the_news_corpus_streams():
    first = list(itertools.islice(iter_articles([NEWS_44K]), 50))
    assert len(first) == 50 and all(a.text for a in first)
