"""Named-entity recognition behind one small interface.

Two backends, chosen by what is installed (``get_recognizer``):

* ``CRFRecognizer`` — a CRF trained on ANERcorp (``python -m lib train-ner``), shipped in
  ``lib/models/``; needs only python-crfsuite. The default.
* ``BertRecognizer`` — camel-tools' CAMeLBERT NER, used when torch, transformers and
  camel-tools' NER data are installed (``requirements-bert.txt``). camel_tools.ner is
  imported only after its data is found: importing it without data starts a download.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from pathlib import Path
from typing import Protocol

from lib.kb import KnowledgeBase, load_kb
from lib.ner_features import sentence_features

MODEL_DIR = Path(__file__).parent / "models"
CRF_MODEL = MODEL_DIR / "ner_crf.crfsuite"
LABELS = ("PERS", "LOC", "ORG", "MISC")


class Recognizer(Protocol):
    name: str
    version: str

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """IOB2 tags (B-PERS, I-LOC, O ...) for each word of each sentence."""
        ...


class CRFRecognizer:
    name = "crf"

    def __init__(self, model: Path = CRF_MODEL, kb: KnowledgeBase | None = None) -> None:
        import pycrfsuite

        if not model.exists():
            raise FileNotFoundError(f"no CRF model at {model}; run: python -m lib train-ner")
        self.kb = kb or load_kb()
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model))
        digest = hashlib.sha1(model.read_bytes()).hexdigest()[:12]
        self.version = f"crf-{digest}"

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        return [self.tagger.tag(sentence_features(words, self.kb)) if words else [] for words in sentences]


def camel_data_dir() -> Path:
    """Where camel-tools keeps its data (CAMELTOOLS_DATA, else ~/.camel_tools)."""
    return Path(os.environ.get("CAMELTOOLS_DATA", Path.home() / ".camel_tools"))


def bert_available() -> tuple[bool, str]:
    """Whether the BERT backend can run offline here, and if not, why."""
    for module in ("torch", "transformers"):
        if importlib.util.find_spec(module) is None:
            return False, f"{module} is not installed"
    ner_data = camel_data_dir() / "data" / "ner"
    if not ner_data.is_dir() or not any(ner_data.iterdir()):
        return False, f"camel-tools NER data not found under {ner_data}"
    return True, ""


class BertRecognizer:
    name = "bert"

    def __init__(self) -> None:
        ok, why = bert_available()
        if not ok:
            raise RuntimeError(why)
        from camel_tools.ner import NERecognizer  # safe: data present

        self.model = NERecognizer.pretrained()
        self.version = "camelbert-ner"

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        return self.model.predict(sentences)


def get_recognizer(prefer: str = "auto", quiet: bool = False) -> Recognizer:
    """The best backend available: BERT when installed (and asked or auto), else the CRF."""
    if prefer in ("auto", "bert"):
        ok, why = bert_available()
        if ok:
            try:
                return BertRecognizer()
            except Exception as exc:  # a broken optional install never stops the pipeline
                why = f"BERT backend failed to load: {exc}"
        if prefer == "bert" or not quiet:
            print(f"NER: using the CRF backend ({why}).", file=sys.stderr)
    return CRFRecognizer()
