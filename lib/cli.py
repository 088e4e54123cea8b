"""The command line: ``python -m lib COMMAND``. Every command is documented by --help."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lib.store import DEFAULT_STORE

ANERCORP = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ner" / "anercorp"


def _process(args: argparse.Namespace) -> int:
    from lib.processing import process_corpus

    if args.parts:
        return _process_partitioned(args)
    summary = process_corpus(args.paths, args.store, workers=args.workers, quiet=args.quiet)
    for line in summary.lines():
        print(line)
    return 0


def _process_partitioned(args: argparse.Namespace) -> int:
    import time

    from lib.partitions import merge_parts, read_issues, run_partitioned

    t0 = time.perf_counter()
    issues = []
    n = run_partitioned(args.paths, args.parts, args.partition_size, args.workers, on_issue=issues.append)
    counts = merge_parts(args.parts, args.store)
    for issue in issues + read_issues(args.parts):
        if not args.quiet:
            print(f"{'skipped' if issue.skipped else 'note'}: {issue.item}: {issue.reason}", file=sys.stderr)
    print(f"partitions: {n} written to {args.parts}, merged into {args.store}")
    print(", ".join(f"{t}: {c:,}" for t, c in counts.items()))
    print(f"skipped: {sum(i.skipped for i in issues):,}; seconds: {time.perf_counter() - t0:.1f}")
    return 0


def _merge_parts(args: argparse.Namespace) -> int:
    from lib.partitions import merge_parts

    counts = merge_parts(args.parts, args.store)
    print(", ".join(f"{t}: {c:,}" for t, c in counts.items()) or "no parts found")
    return 0 if counts else 1


def _export(args: argparse.Namespace) -> int:
    from lib.export import export_tables
    from lib.store import connect

    if not Path(args.store).exists():
        print(f"error: no store at {args.store}; run: python -m lib process PATH --store {args.store}", file=sys.stderr)
        return 2
    con = connect(args.store, read_only=True)
    try:
        for table, path in export_tables(con, args.out, args.format).items():
            n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            print(f"{table}: {n:,} rows → {path}")
    finally:
        con.close()
    return 0


def _train_ner(args: argparse.Namespace) -> int:
    from lib.ner_training import train_crf

    seconds = train_crf(args.train, args.out)
    print(f"trained on {args.train} in {seconds:.0f} s → {args.out}")
    return 0


def _eval_ner(args: argparse.Namespace) -> int:
    from lib.anercorp import format_scores
    from lib.ner import CRFRecognizer, get_recognizer
    from lib.ner_training import evaluate_file

    recognizer = CRFRecognizer(Path(args.model)) if args.model else get_recognizer(args.backend)
    scores = evaluate_file(recognizer, args.test)
    print(f"backend: {recognizer.name} ({recognizer.version}); test: {args.test}")
    print(format_scores(scores))
    s = scores["ALL"]
    print(f"overall: precision {s.precision:.4f} recall {s.recall:.4f} F1 {s.f1:.4f}")
    return 0


def _eval_statements(args: argparse.Namespace) -> int:
    from lib.pipeline import Pipeline
    from lib.statement_eval import combined, evaluate_gold_dir, load_gold_articles

    pipeline = Pipeline(quiet=True)
    articles = load_gold_articles([Path(folder) for folder in args.gold])
    reports = []
    for folder in args.gold:
        try:
            report = evaluate_gold_dir(Path(folder), verbose=args.verbose, pipeline=pipeline, articles=articles)
        except ValueError as error:  # a gold file that does not fit its article or the knowledge base
            print(f"error: {error}", file=sys.stderr)
            return 2
        reports.append(report)
        if len(args.gold) > 1:
            print(f"== {folder}")
        for line in report.lines():
            print(line)
        print(report.cause_line())
    total = combined(reports)
    if len(reports) > 1:
        print(f"all {len(reports)} folders: " + total.lines()[-1].removeprefix("overall: "))
        print(f"all {len(reports)} folders: " + total.cause_line())
    return 0 if total.articles else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m lib",
        description="Aqwal: who said what, with whom, in Arabic news. Process a corpus into the store, export it, "
                    "train and evaluate the NER model, evaluate statement extraction.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("process", help="load articles and bring the store up to date (incremental)",
                       description="Load .txt folders (with an optional metadata.csv), .jsonl or .jsonl.gz files and "
                                   "process new or changed articles into the DuckDB store. Bad items are skipped with "
                                   "a reason; the rest of the corpus is processed.")
    p.add_argument("paths", nargs="+", help="folders or files (.txt, .jsonl, .jsonl.gz)")
    p.add_argument("--store", default=str(DEFAULT_STORE), help=f"DuckDB file (default {DEFAULT_STORE})")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--quiet", action="store_true", help="no progress bar or per-item messages")
    p.add_argument("--parts", help="partitioned path: write Parquet parts to this folder, then merge them into the store")
    p.add_argument("--partition-size", type=int, default=2000, help="articles per partition (default 2000)")
    p.set_defaults(func=_process)

    p = sub.add_parser("merge-parts", help="merge Parquet parts (from a cluster run of the partitioned path) into the store",
                       description="Load DIR/<table>/part-*.parquet into the store, then rebuild edges and duplicates.")
    p.add_argument("--parts", required=True, help="folder of parts")
    p.add_argument("--store", default=str(DEFAULT_STORE), help=f"DuckDB file (default {DEFAULT_STORE})")
    p.set_defaults(func=_merge_parts)

    p = sub.add_parser("export", help="write the contract tables (articles, mentions, actors, statements, edges)",
                       description="Export the store's tables with the columns of the README's data contract.")
    p.add_argument("--store", default=str(DEFAULT_STORE), help=f"DuckDB file (default {DEFAULT_STORE})")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--format", choices=("csv", "parquet", "jsonl"), default="csv", help="file format (default csv)")
    p.set_defaults(func=_export)

    p = sub.add_parser("train-ner", help="train the CRF NER model on a CoNLL file (ANERcorp)",
                       description="Train the CRF recogniser on 'token TAG' lines (IOB2) and write the model file.")
    p.add_argument("--train", default=str(ANERCORP / "ANERCorp_CamelLab_train.txt"), help="training file")
    p.add_argument("--out", default=str(Path(__file__).parent / "models" / "ner_crf.crfsuite"), help="model file")
    p.set_defaults(func=_train_ner)

    p = sub.add_parser("eval-ner", help="entity-level precision, recall and F1 on a CoNLL test file",
                       description="Score the recogniser as conlleval does: exact span and type, per type and overall.")
    p.add_argument("--test", default=str(ANERCORP / "ANERCorp_CamelLab_test.txt"), help="test file")
    p.add_argument("--backend", choices=("auto", "crf", "bert"), default="crf", help="NER backend (default crf)")
    p.add_argument("--model", help="a CRF model file other than the shipped one")
    p.set_defaults(func=_eval_ner)

    p = sub.add_parser("eval-statements", help="precision and recall of (speaker, statement) pairs against gold files",
                       description="Compare extracted statements with hand annotations (YAML files in each DIR; "
                                   "the format is described in lib/statement_eval.py). With several folders, each "
                                   "is reported and then all of them together; errors are counted by cause "
                                   "(act not found, merged, wrong speaker of three kinds, false alarms on or off a gold act).")
    p.add_argument("--gold", required=True, nargs="+", metavar="DIR", help="folder(s) of gold YAML files")
    p.add_argument("--verbose", action="store_true", help="list every miss and false alarm")
    p.set_defaults(func=_eval_statements)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
