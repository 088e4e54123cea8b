"""CoNLL-format NER data (ANERcorp) and entity-level evaluation as conlleval scores it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


def read_conll(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of ``token TAG`` lines separated by blank lines."""
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if words:
                sentences.append((words, tags))
                words, tags = [], []
            continue
        words.append(parts[0])
        tags.append(parts[-1] if len(parts) > 1 else "O")
    if words:
        sentences.append((words, tags))
    return sentences


def entities(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) chunks; an I- tag after O or another type opens a chunk (conlleval)."""
    chunks: set[tuple[int, int, str]] = set()
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        opens = prefix == "B" or (prefix == "I" and label != kind)
        if start is not None and (prefix == "O" or opens):
            chunks.add((start, i, kind))
            start, kind = None, None
        if opens:
            start, kind = i, label
    return chunks


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(gold: list[list[str]], pred: list[list[str]]) -> dict[str, Score]:
    """Entity-level scores per type and overall (key "ALL"): exact span and type."""
    scores: dict[str, Score] = {"ALL": Score()}
    for g_tags, p_tags in zip(gold, pred, strict=True):
        g, p = entities(g_tags), entities(p_tags)
        for chunk in p:
            s = scores.setdefault(chunk[2], Score())
            if chunk in g:
                s.tp += 1
                scores["ALL"].tp += 1
            else:
                s.fp += 1
                scores["ALL"].fp += 1
        for chunk in g - p:
            scores.setdefault(chunk[2], Score()).fn += 1
            scores["ALL"].fn += 1
    return scores


def format_scores(scores: dict[str, Score]) -> str:
    lines = [f"{'type':<6} {'prec':>7} {'recall':>7} {'F1':>7} {'gold':>6} {'pred':>6}"]
    for kind in sorted(k for k in scores if k != "ALL") + ["ALL"]:
        s = scores[kind]
        lines.append(
            f"{kind:<6} {s.precision:7.4f} {s.recall:7.4f} {s.f1:7.4f} {s.tp + s.fn:6d} {s.tp + s.fp:6d}"
        )
    return "\n".join(lines)
