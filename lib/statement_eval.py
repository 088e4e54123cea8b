"""Scoring statement extraction against hand annotations (``python -m lib eval-statements``).

A gold file (YAML) names one article and every reporting act in it::

    article: 000_3e683ebdcf5b2f8c
    corpus: seeds                    # folder or file, relative to the gold file's repository
    statements:
      - speaker: john_kerry          # an actor id; "unnamed" (anonymous sources, groups);
                                     # or "name:يحيى رسول" for a person the knowledge base lacks;
                                     # "a|b" where two readings are right (channel or source)
        span: ليس هناك حل عسكري      # words inside the statement, as written in the article
        occurrence: 1                # optional: which occurrence of the span (default 1)

A predicted statement matches a gold one when the gold span lies inside or overlaps the
predicted text span and the speaker agrees (for "unnamed", the prediction has no
actor). Each gold and each predicted statement is matched at most once; precision and
recall are of (speaker, statement) pairs. A gold file whose corpus is missing (the
shared news data in a user's clone) is skipped with its reason.

Every error is also given its cause, so that a report says where the work lies:
a missed act was not found at all, merged into a prediction that another act matched, or
given a wrong speaker (another named actor, a named actor for an unnamed source, or no
actor where the article names one); a false alarm either lies on a gold act (its
speaker is wrong) or on none (no act there).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from lib.arabic import match_form
from lib.corpus import iter_articles
from lib.pipeline import Pipeline
from lib.records import Article, Statement

UNNAMED = "unnamed"
NAME = "name:"


@dataclass
class GoldStatement:
    speaker: str
    span: str
    start: int
    end: int


# Causes of a miss and of a false alarm, in the order a report lists them.
NOT_FOUND = "not found"
MERGED = "merged"
OTHER_NAMED = "another named speaker"
NAMED_FOR_UNNAMED = "named for unnamed"
UNNAMED_FOR_NAMED = "unnamed for named"
ON_GOLD_ACT = "on a gold act"
NO_GOLD_ACT = "no gold act"
MISS_CAUSES = (NOT_FOUND, MERGED, OTHER_NAMED, NAMED_FOR_UNNAMED, UNNAMED_FOR_NAMED)
FALSE_CAUSES = (ON_GOLD_ACT, NO_GOLD_ACT)


@dataclass
class ArticleScore:
    article_id: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    causes: Counter[str] = field(default_factory=Counter)


@dataclass
class Report:
    articles: list[ArticleScore] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    verbose: bool = False

    def totals(self) -> tuple[int, int, int]:
        return (sum(a.tp for a in self.articles), sum(a.fp for a in self.articles), sum(a.fn for a in self.articles))

    @property
    def precision(self) -> float:
        tp, fp, _ = self.totals()
        return tp / (tp + fp) if tp + fp else 0.0

    @property
    def recall(self) -> float:
        tp, _, fn = self.totals()
        return tp / (tp + fn) if tp + fn else 0.0

    def lines(self) -> list[str]:
        out = [f"{'article':<40} {'gold':>5} {'pred':>5} {'prec':>6} {'recall':>6}"]
        for a in self.articles:
            gold, pred = a.tp + a.fn, a.tp + a.fp
            p = a.tp / pred if pred else 0.0
            r = a.tp / gold if gold else 0.0
            out.append(f"{a.article_id[:40]:<40} {gold:5d} {pred:5d} {p:6.3f} {r:6.3f}")
            if self.verbose:
                out += [f"    miss: {m}" for m in a.misses] + [f"    false: {m}" for m in a.false_alarms]
        for s in self.skipped:
            out.append(f"skipped: {s}")
        tp, fp, fn = self.totals()
        out.append(f"overall: {len(self.articles)} articles, {tp + fn} gold, {tp + fp} predicted: "
                   f"precision {self.precision:.3f} recall {self.recall:.3f}")
        return out

    def causes(self) -> Counter[str]:
        return sum((a.causes for a in self.articles), Counter())

    def cause_line(self) -> str:
        """The errors by cause: "misses: 3 not found, ...; false alarms: ..."."""
        causes = self.causes()
        misses = ", ".join(f"{causes[c]} {c}" for c in MISS_CAUSES)
        false = ", ".join(f"{causes[c]} {c}" for c in FALSE_CAUSES)
        return f"misses: {misses}; false alarms: {false}"


def combined(reports: list[Report]) -> Report:
    """Several folders' reports as one: precision and recall over all their articles."""
    return Report(articles=[a for r in reports for a in r.articles], skipped=[s for r in reports for s in r.skipped])


def locate(text: str, span: str, occurrence: int = 1) -> tuple[int, int] | None:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(span, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(span)


def gold_statements(text: str, entries: list[dict], where: str,
                    actor_ids: Collection[str] | None = None) -> list[GoldStatement]:
    """The gold statements of one article; with ``actor_ids`` (the knowledge base's), a speaker
    id it lacks is an annotation error, not a miss to be counted."""
    out = []
    for n, entry in enumerate(entries, start=1):
        found = locate(text, entry["span"], int(entry.get("occurrence", 1)))
        if found is None:
            raise ValueError(f"{where}: statement {n}: span not found in the article: {entry['span']!r}")
        speaker = str(entry["speaker"])
        unknown = [option for option in (o.strip() for o in speaker.split("|"))
                   if option != UNNAMED and not option.startswith(NAME)
                   and actor_ids is not None and option not in actor_ids]
        if unknown:
            raise ValueError(f"{where}: statement {n}: speaker {unknown[0]!r} is not in the knowledge base "
                             f"(an actor id, \"unnamed\" or \"name:…\")")
        out.append(GoldStatement(speaker, entry["span"], *found))
    return out


def _speaker_agrees(gold: GoldStatement, pred: Statement) -> bool:
    """Whether a prediction's speaker is the gold one; "a|b" accepts either reading."""
    return any(_agrees(option.strip(), pred) for option in gold.speaker.split("|"))


def _agrees(speaker: str, pred: Statement) -> bool:
    gold = GoldStatement(speaker, "", 0, 0)
    if gold.speaker == UNNAMED:
        return pred.speaker_id is None
    if gold.speaker.startswith(NAME):  # an actor the knowledge base lacks, named in the article
        if pred.speaker_id is None:
            return False
        found = f"{pred.speaker_id.replace('_', ' ')} {match_form(pred.speaker_text)}"
        return all(word in found for word in match_form(gold.speaker[len(NAME):]).split())
    return pred.speaker_id == gold.speaker


def _overlaps(gold: GoldStatement, pred: Statement) -> bool:
    return pred.start < gold.end and gold.start < pred.end


def miss_cause(gold: GoldStatement, overlapping: list[Statement]) -> str:
    """Why a gold act found no match among the predictions that overlap it."""
    if not overlapping:
        return NOT_FOUND
    if any(_speaker_agrees(gold, p) for p in overlapping):
        return MERGED  # the right speaker, in a prediction another gold act already matched
    if gold.speaker.split("|")[0].strip() == UNNAMED:
        return NAMED_FOR_UNNAMED
    if all(p.speaker_id is None for p in overlapping):
        return UNNAMED_FOR_NAMED
    return OTHER_NAMED


def score_article(article_id: str, gold: list[GoldStatement], predicted: list[Statement]) -> ArticleScore:
    score = ArticleScore(article_id)
    used: set[int] = set()
    for g in gold:
        match = None
        for i, p in enumerate(predicted):
            if i not in used and _overlaps(g, p) and _speaker_agrees(g, p):
                match = i
                break
        if match is None:
            score.fn += 1
            overlapping = [p for p in predicted if _overlaps(g, p)]
            cause = miss_cause(g, overlapping)
            score.causes[cause] += 1
            found = [p.speaker_id or f"({p.speaker_text})" for p in overlapping]
            score.misses.append(f"[{cause}] {g.speaker}: {g.span[:60]} (predicted speaker: {', '.join(found) or 'none'})")
        else:
            used.add(match)
            score.tp += 1
    for i, p in enumerate(predicted):
        if i not in used:
            score.fp += 1
            cause = ON_GOLD_ACT if any(_overlaps(g, p) for g in gold) else NO_GOLD_ACT
            score.causes[cause] += 1
            score.false_alarms.append(f"[{cause}] {p.speaker_id or '(' + p.speaker_text + ')'}: {p.text[:60]}")
    return score


def _load_articles(corpus: Path, ids: set[str]) -> dict[str, Article]:
    found: dict[str, Article] = {}
    for article in iter_articles([corpus]):
        if article.article_id in ids:
            found[article.article_id] = article
            if len(found) == len(ids):
                break
    return found


def _gold_docs(gold_dir: Path) -> list[tuple[Path, dict]]:
    return [(f, yaml.safe_load(f.read_text(encoding="utf-8"))) for f in sorted(gold_dir.glob("*.yaml"))]


def _articles_wanted(gold_dir: Path, docs: list[tuple[Path, dict]], into: dict[Path, set[str]]) -> dict[Path, set[str]]:
    """Adds to ``into`` (corpus file → article ids) the articles the gold files ``docs`` of ``gold_dir`` annotate."""
    root = _repository_root(gold_dir)
    for _f, doc in docs:
        into.setdefault((root / doc["corpus"]).resolve(), set()).add(str(doc["article"]))
    return into


def load_gold_articles(gold_dirs: list[Path]) -> dict[str, Article]:
    """Every article the gold files of ``gold_dirs`` annotate, reading each corpus once (a corpus
    of 44,000 articles takes seconds to read; every gold folder reading it again takes minutes)."""
    wanted: dict[Path, set[str]] = {}
    for gold_dir in gold_dirs:
        _articles_wanted(gold_dir, _gold_docs(gold_dir), wanted)
    articles: dict[str, Article] = {}
    for corpus, ids in wanted.items():
        if corpus.exists():
            articles.update(_load_articles(corpus, ids))
    return articles


def evaluate_gold_dir(gold_dir: Path, verbose: bool = False, pipeline: Pipeline | None = None,
                      articles: dict[str, Article] | None = None) -> Report:
    """Precision and recall over one folder of gold files; ``articles`` (from load_gold_articles)
    spares reading the corpora again."""
    report = Report(verbose=verbose)
    docs = _gold_docs(gold_dir)
    articles = dict(articles or {})
    for corpus, ids in _articles_wanted(gold_dir, docs, {}).items():
        if not corpus.exists():
            report.skipped += [f"{i}: corpus {corpus} not found" for i in sorted(ids)]
        elif ids - articles.keys():
            articles.update(_load_articles(corpus, ids - articles.keys()))
    pipeline = pipeline or Pipeline(quiet=True)
    for f, doc in docs:
        article = articles.get(str(doc["article"]))
        if article is None:
            if not any(s.startswith(f"{doc['article']}:") for s in report.skipped):
                report.skipped.append(f"{doc['article']}: not found in {doc['corpus']}")
            continue
        gold = gold_statements(article.text, doc.get("statements") or [], str(f), pipeline.kb.actors)
        predicted = pipeline.process(article).statements
        report.articles.append(score_article(article.article_id, gold, predicted))
    return report


def _repository_root(start: Path) -> Path:
    for folder in [start.resolve(), *start.resolve().parents]:
        if (folder / "lib" / "__init__.py").exists():
            return folder
    return Path.cwd()
