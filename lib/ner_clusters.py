"""Distributional word clusters learned from unlabelled news, as features for the CRF.

Words that occur in similar contexts (names of ministers, of cities, of agencies) fall
in the same cluster, so the recogniser generalises to names ANERcorp never shows.
Built by ``python -m lib build-clusters``: matching-form tokens of the news corpora,
positive PMI of left/right neighbours (±2 words) against the most frequent context
words, a truncated SVD, and k-means at three granularities. The result is a small TSV
(``word<TAB>c64<TAB>c256<TAB>c1024``) shipped in ``lib/models/``.
"""

from __future__ import annotations

import itertools
import time
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np

from lib.arabic import match_form

CLUSTERS_FILE = Path(__file__).parent / "models" / "clusters.tsv"
GRANULARITIES = (64, 256, 1024)


def _token_lists(paths: Iterable[Path], limit: int | None) -> Iterable[list[str]]:
    from camel_tools.tokenizers.word import simple_word_tokenize

    from lib.corpus import iter_articles

    for article in itertools.islice(iter_articles(paths), limit):
        yield [match_form(w) for w in simple_word_tokenize(article.text)]


def build_clusters(paths: list[Path], out: Path = CLUSTERS_FILE, vocab_size: int = 60_000, contexts: int = 3000,
                   dims: int = 100, limit: int | None = None, seed: int = 13) -> dict[str, float]:
    """Learn clusters from the articles under ``paths`` and write them to ``out``."""
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    t0 = time.perf_counter()
    docs = list(_token_lists(paths, limit))
    counts = Counter(itertools.chain.from_iterable(docs))
    vocab = [w for w, c in counts.most_common(vocab_size) if c >= 5]
    index = {w: i for i, w in enumerate(vocab)}
    n_ctx = min(contexts, len(vocab))
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    matrix = sparse.csr_matrix((len(vocab), 4 * n_ctx), dtype=np.float32)
    for n, doc in enumerate(docs, start=1):
        ids = np.fromiter((index.get(w, -1) for w in doc), dtype=np.int64, count=len(doc))
        for slot, off in enumerate((-2, -1, 1, 2)):
            if len(ids) <= abs(off):
                continue
            a, b = (ids[-off:], ids[:off]) if off < 0 else (ids[:-off], ids[off:])
            keep = (a >= 0) & (b >= 0) & (b < n_ctx)
            rows.append(a[keep])
            cols.append(b[keep] + slot * n_ctx)
        if n % 5000 == 0 or n == len(docs):
            r, c = np.concatenate(rows), np.concatenate(cols)
            matrix = matrix + sparse.csr_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=matrix.shape)
            rows, cols = [], []
    # positive PMI
    total = matrix.sum()
    row_sum = np.asarray(matrix.sum(axis=1)).ravel() + 1e-9
    col_sum = np.asarray(matrix.sum(axis=0)).ravel() + 1e-9
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (row_sum[coo.row] * col_sum[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)
    vectors = normalize(TruncatedSVD(n_components=dims, random_state=seed).fit_transform(ppmi))
    labels = [MiniBatchKMeans(n_clusters=k, random_state=seed, n_init=3, batch_size=4096).fit_predict(vectors)
              for k in GRANULARITIES]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for i, word in enumerate(vocab):
            if "\t" in word or "\n" in word:
                continue
            fh.write(word + "".join(f"\t{lab[i]}" for lab in labels) + "\n")
    return {"articles": len(docs), "tokens": sum(counts.values()), "vocabulary": len(vocab),
            "seconds": time.perf_counter() - t0}


@lru_cache(maxsize=2)
def load_clusters(path: Path = CLUSTERS_FILE) -> dict[str, tuple[str, ...]]:
    """word → cluster ids at each granularity; empty when no cluster file is shipped."""
    if not path.exists():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, *ids = line.split("\t")
        out[word] = tuple(ids)
    return out
