"""End to end: `streamlit run` on 127.0.0.1, driven by Playwright in Debian's headless Chromium.

Screenshots go to artifacts/screenshots/. Every request the browser makes is recorded,
and none may leave the machine. A hostile article (<script>, <img onerror>) is part of
the corpus: it must show as text, and no dialog may ever open.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium (scripts/setup.sh installs it)"),
]
SHOTS = ROOT / "artifacts" / "screenshots"
EVIL_ID = "evil_article"
EVIL_TEXT = ('قال وزير الخارجية الروسي سيرغي لافروف في جنيف إن <script>alert(1)</script> الحل سياسي. '
             'وأضاف: «<img src=x onerror="alert(2)"> لا حل عسكرياً في سورية».')
EVIL_SOURCE = "[click](javascript:alert(3)) <img src=x onerror=alert(4)>"
LOCAL = ("http://127.0.0.1", "http://localhost", "ws://127.0.0.1", "data:", "blob:", "about:")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from lib.processing import process_corpus

    corpus = tmp_path_factory.mktemp("corpus")
    for f in SEEDS.iterdir():
        shutil.copy(f, corpus / f.name)
    (corpus / f"{EVIL_ID}.txt").write_text(EVIL_TEXT, encoding="utf-8")
    with (corpus / "metadata.csv").open("a", encoding="utf-8") as fh:  # hostile metadata too
        fh.write(f'{EVIL_ID}.txt,2016-09-22,"<b>t</b>","{EVIL_SOURCE}",\n')
    store = tmp_path_factory.mktemp("store") / "aqwal.duckdb"
    process_corpus([corpus], store, quiet=True)
    port = _free_port()
    env = {**os.environ, "AQWAL_STORE": str(store)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            if urllib.request.urlopen(f"{base}/_stcore/health", timeout=1).read() == b"ok":
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("streamlit did not start: " + proc.stdout.read().decode(errors="replace")[-2000:])
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:  # a server held by a hung browser session ignores SIGTERM: never leave it running
        proc.kill()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                    "--disable-component-update", "--no-first-run"])
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    pg = context.new_page()
    pg.requests = []  # type: ignore[attr-defined]
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    context.on("page", lambda p: p.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss())))
    yield pg
    outside = [u for u in pg.requests if not u.startswith(LOCAL)]
    assert not outside, f"requests left the machine: {outside[:5]}"
    assert not pg.dialogs, f"a script ran: {pg.dialogs}"
    context.close()


def _open(page, base: str, path: str, wait_for: str) -> None:
    page.goto(f"{base}/{path}")
    page.wait_for_selector(wait_for, timeout=60_000)
    page.wait_for_timeout(1500)


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_overview_renders(server, page):
    _open(page, server, "overview", "text=Top speakers")
    assert page.get_by_text("Aqwal · أقوال").count() >= 1
    _shot(page, "overview")


def test_network_iframe_draws_its_canvas(server, page):
    _open(page, server, "network", "iframe")
    frame = page.frame_locator("iframe").first
    frame.locator("canvas").first.wait_for(timeout=30_000)
    page.wait_for_timeout(2500)
    assert frame.locator("canvas").count() >= 1
    _shot(page, "network")


def test_timeline_shows_points(server, page):
    _open(page, server, "timeline", ".js-plotly-plot .scatterlayer .point")
    assert page.locator(".js-plotly-plot .scatterlayer .point").count() >= 20
    _shot(page, "timeline")


def _lanes(page) -> set[str]:
    return set(page.locator(".js-plotly-plot .ytick text").evaluate_all("els => els.map(e => e.textContent.trim())"))


def test_choosing_a_minister_filters_the_timeline(server, page):
    _open(page, server, "timeline", ".js-plotly-plot .scatterlayer .point")
    assert len(_lanes(page)) > 5
    page.locator("[data-testid=stSidebar] [data-testid=stSelectbox]").first.click()
    page.get_by_role("option", name="Sergey Lavrov — سيرغي لافروف").click()
    page.wait_for_function("() => [...document.querySelectorAll('.js-plotly-plot .ytick text')]"
                           ".every(e => e.textContent.trim() === 'Sergey Lavrov')", timeout=30_000)
    assert _lanes(page) == {"Sergey Lavrov"}
    assert "minister=sergey_lavrov" in page.url  # the view is a shareable link
    _shot(page, "timeline_lavrov")


def test_a_shared_link_opens_the_filtered_view(server, page):
    _open(page, server, "timeline?minister=sergey_lavrov", ".js-plotly-plot .scatterlayer .point")
    lanes = _lanes(page)
    assert lanes == {"Sergey Lavrov"}


def test_an_article_shows_highlights(server, page):
    _open(page, server, "articles?article=000_3e683ebdcf5b2f8c", "mark.ent")
    assert page.locator("mark.ent").count() >= 20
    assert page.locator(".stmt .badge", has_text="John Kerry").count() >= 3
    _shot(page, "article")


def test_hostile_article_shows_as_text_on_every_page(server, page):
    _open(page, server, f"articles?article={EVIL_ID}", ".aqwal-article")
    body = page.locator(".aqwal-article").inner_text()
    assert "<script>alert(1)</script>" in body and 'onerror="alert(2)"' in body
    assert page.locator(".aqwal-article img").count() == 0 and page.locator(".aqwal-article script").count() == 0
    assert page.get_by_text(EVIL_SOURCE).count() == 1  # the source shows as text, not as a link or an image
    assert page.locator("a[href^='javascript']").count() == 0
    for path, ready in (("overview", "text=Top speakers"), ("network", "iframe"), ("timeline", ".js-plotly-plot"),
                        ("actor?actor_id=sergey_lavrov", "text=Appears with")):
        _open(page, server, path, ready)
    _shot(page, "hostile_article")


def test_a_chart_download_is_a_valid_png(server, page):
    _open(page, server, "timeline", ".js-plotly-plot .scatterlayer .point")
    page.get_by_role("button", name="Render PNG (server)").click()
    button = page.get_by_role("button", name="Download PNG")
    button.wait_for(timeout=60_000)
    with page.expect_download(timeout=60_000) as info:
        button.click()
    data = Path(info.value.path()).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    assert info.value.suggested_filename == "aqwal_timeline.png"


def test_uploading_articles_adds_them_and_reports_the_bad_one(server, page, tmp_path):
    good = tmp_path / "new_article.txt"
    good.write_text("قال وزير الخارجية التركي مولود جاووش أوغلو في أنقرة إن بلاده تدعم الحل السياسي في سورية.",
                    encoding="utf-8")
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01PK binary")
    _open(page, server, "upload", "text=Add articles")
    page.locator("input[type=file]").set_input_files([str(good), str(bad)])
    page.get_by_role("button", name="Process").click()
    page.get_by_text("1 articles processed").wait_for(timeout=60_000)
    assert page.get_by_text("broken.txt: binary").count() == 1
    _open(page, server, "articles?article=new_article", ".aqwal-article")
    assert "جاووش أوغلو" in page.locator(".aqwal-article").inner_text()
    _shot(page, "upload")
