"""Each page's data query on a store, for typical filters: median and worst of 5 runs, in ms.

    .venv/bin/python bench/bench_queries.py --store data/news44k.duckdb

The last line is the slowest query of all (target: at most 300 ms at 44k articles).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lib import queries  # noqa: E402
from lib.queries import Filters  # noqa: E402


def timed(fn, *args, repeat: int = 5) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(*args)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", required=True)
    args = parser.parse_args()
    con = duckdb.connect(args.store, read_only=True)
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    top_person = con.execute("SELECT actor_id FROM mentions m JOIN actors USING (actor_id) WHERE type = 'person' "
                             "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    top_city = con.execute("SELECT actor_id FROM mentions m JOIN actors USING (actor_id) WHERE type = 'city' "
                           "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    lo, hi = queries.date_span(con)
    mid = lo + (hi - lo) / 2 if lo and hi else None
    filters = {
        "no filter": Filters(),
        f"actor {top_person}": Filters(actors=[top_person]),
        f"city {top_city}": Filters(city=top_city),
        "date range (last half)": Filters(date_from=mid),
        "text search الأسد": Filters(text="الاسد"),
        "minister + city + dates": Filters(actors=[top_person], city=top_city, date_from=mid),
    }
    pages = {
        "overview": lambda f: (queries.overview(con, f), queries.top_speakers(con, f), queries.statements(con, f, 50, 0)),
        "network": lambda f: queries.network(con, f, "sentence", 2, 40),
        "timeline": lambda f: (queries.count_statements(con, f), queries.statements(con, f, 2000, 0)),
        "timeline aggregated": lambda f: queries.statements_per_period(con, f, "month", 15),
        "articles": lambda f: queries.article_list(con, f, 1000, 0),
        "actor profile": lambda f: (queries.co_actors(con, top_person, f), queries.mentions_over_time(con, top_person, f)),
        "filter choices": lambda f: (queries.actor_choices(con, "person", "minister", 300), queries.actor_choices(con, None, None, 3000)),
    }
    print(f"store: {args.store} ({n:,} articles)")
    print(f"{'page':<20} {'filter':<34} {'median ms':>9} {'max ms':>8}")
    worst = (0.0, "", "")
    for page, fn in pages.items():
        for name, f in filters.items():
            med, mx = timed(fn, f)
            print(f"{page:<20} {name:<34} {med:9.1f} {mx:8.1f}")
            worst = max(worst, (mx, page, name))
    print(f"slowest: {worst[0]:.1f} ms ({worst[1]}, {worst[2]})")


if __name__ == "__main__":
    main()
