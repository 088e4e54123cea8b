"""Training and evaluating the CRF recogniser on CoNLL files (ANERcorp)."""

from __future__ import annotations

import time
from pathlib import Path

from lib.anercorp import Score, evaluate, read_conll
from lib.kb import load_kb
from lib.ner import CRF_MODEL, Recognizer
from lib.ner_features import sentence_features

# Chosen by 5-fold-free hold-out on the *train* split's last 10% (never on test).
CRF_PARAMS = {"algorithm": "lbfgs", "c1": 0.05, "c2": 0.01, "max_iterations": 200,
              "all_possible_transitions": True}


def train_crf(train_file: str | Path, out: str | Path = CRF_MODEL, **params: object) -> float:
    """Train on ``train_file`` and write the model to ``out``; returns seconds taken."""
    import sklearn_crfsuite

    kb = load_kb()
    data = read_conll(train_file)
    X = [sentence_features(words, kb) for words, _ in data]
    y = [tags for _, tags in data]
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    crf = sklearn_crfsuite.CRF(model_filename=str(out), keep_tempfiles=False, **{**CRF_PARAMS, **params})
    crf.fit(X, y)
    return time.perf_counter() - t0


def evaluate_file(recognizer: Recognizer, test_file: str | Path) -> dict[str, Score]:
    data = read_conll(test_file)
    pred = recognizer.tag([words for words, _ in data])
    return evaluate([tags for _, tags in data], pred)
