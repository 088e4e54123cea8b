"""Processing throughput and peak memory: 1k, 10k and all 44,596 articles, 1 and 2 workers,
and a re-run with nothing changed. Prints one line per run; the last line is the full run.

    .venv/bin/python bench/bench_processing.py [--sizes 1000 10000 all] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import sys
import tempfile
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))
from measure import run  # noqa: E402

NEWS = ROOT.parent / "shared" / "data" / "news" / "arabic_news_44k.jsonl.gz"


def slice_corpus(n: int | None, folder: Path) -> Path:
    if n is None:
        return NEWS
    path = folder / f"first_{n}.jsonl.gz"
    with gzip.open(NEWS, "rb") as src, gzip.open(path, "wb", compresslevel=1) as dst:
        dst.writelines(itertools.islice(src, n))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", nargs="+", default=["1000", "10000", "all"])
    parser.add_argument("--workers", nargs="+", type=int, default=[1, 2])
    args = parser.parse_args()
    if not NEWS.exists():
        sys.exit(f"needs {NEWS}")
    print(f"{'articles':>9} {'workers':>7} {'seconds':>8} {'art/s':>7} {'tokens/s':>9} {'peak MiB':>9}  run")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            n = None if size == "all" else int(size)
            corpus = slice_corpus(n, Path(tmp))
            for workers in args.workers:
                store = Path(tmp) / f"s_{size}_{workers}.duckdb"
                cmd = [sys.executable, "-m", "lib", "process", str(corpus), "--store", str(store),
                       "--workers", str(workers), "--quiet"]
                seconds, peak, _ = run(cmd, cwd=ROOT)
                with duckdb.connect(str(store), read_only=True) as con:
                    arts, toks = con.execute("SELECT count(*), sum(n_tokens) FROM articles").fetchone()
                print(f"{arts:9,d} {workers:7d} {seconds:8.1f} {arts / seconds:7.1f} {toks / seconds:9,.0f} {peak:9.0f}  first run")
                seconds, peak, _ = run(cmd, cwd=ROOT)
                print(f"{arts:9,d} {workers:7d} {seconds:8.1f} {'':>7} {'':>9} {peak:9.0f}  re-run, nothing changed")
                store.unlink()


if __name__ == "__main__":
    main()
