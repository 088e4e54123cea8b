"""Named entities: the shipped CRF, its evaluation on ANERcorp, and the backend choice."""

import pytest
from conftest import ANERCORP_TEST, needs_shared

from lib import ner
from lib.anercorp import entities, evaluate


def test_the_crf_tags_a_sentence():
    tags = ner.CRFRecognizer().tag([["قال", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "في", "موسكو"]])[0]
    assert (4, 6, "PERS") in entities(tags) and (7, 8, "LOC") in entities(tags)


def test_entity_scoring_is_exact_span_and_type_as_conlleval():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    pred = [["B-PERS", "O", "O", "B-ORG"]]
    s = evaluate(gold, pred)
    assert (s["ALL"].tp, s["ALL"].fp, s["ALL"].fn) == (0, 2, 2)
    assert entities(["I-LOC", "I-LOC", "O"]) == {(0, 2, "LOC")}  # an I- without B- opens a chunk


def test_without_torch_or_camel_data_the_crf_runs_with_a_notice(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    ok, why = ner.bert_available()
    assert not ok and why
    recognizer = ner.get_recognizer("auto")
    assert recognizer.name == "crf"
    assert "NER: using the CRF backend" in capsys.readouterr().err


def test_bert_is_detected_only_with_its_data(monkeypatch, tmp_path):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object() if name in ("torch", "transformers") else real(name, *a))
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    assert ner.bert_available() == (False, f"camel-tools NER data not found under {tmp_path / 'data' / 'ner'}")
    (tmp_path / "data" / "ner" / "arabert").mkdir(parents=True)
    (tmp_path / "data" / "ner" / "arabert" / "config.json").write_text("{}")
    assert ner.bert_available() == (True, "")


@needs_shared(ANERCORP_TEST)
def test_f1_on_the_anercorp_test_split():
    from lib.ner_training import evaluate_file

    scores = evaluate_file(ner.CRFRecognizer(), ANERCORP_TEST)
    assert scores["ALL"].f1 == pytest.approx(0.700, abs=0.01)  # README's figure; a regression fails here
    assert scores["LOC"].f1 > 0.84
