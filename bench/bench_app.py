"""The app in a real browser: cold start to the first rendered page, the re-render after a
filter change, and the app's memory. Prints one line per measure; the last is the worst
filter re-render.

    .venv/bin/python bench/bench_app.py --store data/aqwal.duckdb
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))
from measure import tree_rss_mib  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", required=True)
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "AQWAL_STORE": str(Path(args.store).resolve())}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
                             "--server.address", "127.0.0.1"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                if urllib.request.urlopen(f"{base}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.2)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM,
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{base}/overview")
            page.wait_for_selector("text=Top speakers", timeout=300_000)
            page.wait_for_selector("[data-testid=stDataFrame]", timeout=300_000)
            print(f"cold start to first rendered page: {time.perf_counter() - t0:.1f} s")
            times = {}
            for path, ready in (("timeline", ".js-plotly-plot .scatterlayer .point, .js-plotly-plot .barlayer"),
                                ("network", "iframe"), ("articles", ".aqwal-article")):
                page.goto(f"{base}/{path}")
                page.wait_for_selector(ready, timeout=120_000)
                samples = []
                for option in (1, 2, 3, 1, 2):
                    box = page.locator("[data-testid=stSidebar] [data-testid=stSelectbox]").nth(1)  # the city filter
                    box.click()
                    options = page.get_by_role("option")
                    before = page.locator("[data-testid=stMain]").inner_text()
                    options.nth(min(option, options.count() - 1)).click()
                    t1 = time.perf_counter()
                    # done when the page text has changed and Streamlit no longer runs the script
                    page.wait_for_function(
                        "before => document.querySelector('[data-testid=stMain]').innerText !== before"
                        " && !document.querySelector('[data-testid=stStatusWidget]')", arg=before, timeout=60_000)
                    page.wait_for_selector(ready, timeout=60_000)
                    samples.append(time.perf_counter() - t1)
                    print(f"  {path} option {option}: {samples[-1]:.2f} s", flush=True)
                times[path] = samples
                print(f"filter change re-render, {path}: median {statistics.median(samples):.2f} s, max {max(samples):.2f} s")
            print(f"app memory (streamlit process tree): {tree_rss_mib(proc.pid):.0f} MiB")
            browser.close()
        worst = max((max(v), k) for k, v in times.items())
        print(f"worst filter re-render: {worst[0]:.2f} s ({worst[1]})")
    finally:
        proc.terminate()
        proc.wait(timeout=20)


if __name__ == "__main__":
    main()
