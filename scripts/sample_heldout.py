"""Draw a new held-out set for statement evaluation: random news articles never annotated before.

    python scripts/sample_heldout.py --seed 14 [--n 10]

One article from each ANT source (AL, BB, CN, FR, JA, SK) and the rest from SaudiNewsNet, each
700-2,500 characters with at least three reporting-verb forms of ``lib/data/reporting.yaml`` (a
word count, not the extractor: the set is annotated before the extractor runs on it), and no
near-duplicate of an article annotated before (a 60-character passage in common). Prints the
chosen ids and their corpus; ``--show`` prints their texts for annotating.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lib.arabic import match_form  # noqa: E402
from lib.corpus import iter_articles  # noqa: E402
from lib.reporting_lexicon import lexicon  # noqa: E402

NEWS = ROOT.parent / "shared" / "data" / "news"
CORPORA = {"ant": NEWS / "arabic_news_44k.jsonl.gz", "snn": NEWS / "saudinewsnet_2015.jsonl.gz"}
ANT_SOURCES = ("AL", "BB", "CN", "FR", "JA", "SK")


def annotated() -> set[str]:
    return {p.stem for p in (ROOT / "tests" / "gold").glob("*/*.yaml")}


def verb_count(text: str, verbs: set[str]) -> int:
    words = (match_form(w.strip("«»\"“”.,،:؛")) for w in text.split())
    return sum(1 for w in words if w in verbs or (w[:1] in "وف" and w[1:] in verbs))


SHINGLE = 60  # characters: an article sharing one such passage with an annotated one is its near-duplicate


def shingles(text: str) -> set[str]:
    return {text[i:i + SHINGLE] for i in range(0, max(1, len(text) - SHINGLE), SHINGLE // 2)}


def annotated_passages(taken: set[str]) -> set[str]:
    """Passages of every annotated article: a wire story reprinted elsewhere is no unseen article."""
    found: set[str] = set()
    for corpus in CORPORA.values():
        for article in iter_articles([corpus]):
            if article.article_id in taken:
                found |= {article.text[i:i + SHINGLE] for i in range(len(article.text) - SHINGLE + 1)}
    return found


def candidates(corpus: Path, taken: set[str], verbs: set[str], passages: set[str]):
    for article in iter_articles([corpus]):
        if article.article_id in taken or not 700 <= len(article.text) <= 2500:
            continue
        if verb_count(article.text, verbs) >= 3 and not shingles(article.text) & passages:
            yield article


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--show", action="store_true", help="print the chosen articles' texts")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    verbs = set(lexicon().verbs)
    taken = annotated()
    passages = annotated_passages(taken)
    ant = list(candidates(CORPORA["ant"], taken, verbs, passages))
    chosen = [rng.choice([a for a in ant if a.article_id.startswith(src + "-")]) for src in ANT_SOURCES]
    snn = list(candidates(CORPORA["snn"], taken, verbs, passages))
    chosen += rng.sample(snn, max(0, args.n - len(chosen)))
    for a in chosen:
        corpus = CORPORA["snn"] if a.article_id.startswith("snn-") else CORPORA["ant"]
        print(f"{a.article_id}\t../shared/data/news/{corpus.name}\t{len(a.text)} chars")
        if args.show:
            print(a.text, "\n")


if __name__ == "__main__":
    main()
