"""The web UI in a real headless Chromium (Debian's chromium + chromedriver), as a person
would use it: the matrix built from ../shared/corpus, evidence on click, highlights in a
document, quote search, and a stored <script> that must not run. Screenshots go to docs/."""
from __future__ import annotations

import os

import shutil
import socket
import threading
import time

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.browser
SHOTS = ROOT / "docs" / "screenshots"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(corpus_store, analyzer, tmp_path_factory):
    import uvicorn

    from detente.api import create_app
    from detente.records import Document
    from detente.store.sql import Store

    # a copy of the corpus store, so the test article below stays out of other tests
    db = tmp_path_factory.mktemp("browser") / "ui.db"
    with corpus_store.engine.connect() as conn:
        conn.exec_driver_sql(f"VACUUM INTO '{db}'")
    corpus_store = Store(db)

    evil = Document(id="script-test", text="A report said <script>document.title='pwned'</script> that "
                    "Russia and Ukraine agreed to a ceasefire on Tuesday.", published="2025-03-26",
                    content_hash="f" * 64, title="Script test")
    corpus_store.save(analyzer.analyze_one(evil))
    port = _free_port()
    config = uvicorn.Config(create_app(corpus_store.url.removeprefix("sqlite:///")), host="127.0.0.1",
                            port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        pytest.skip("Debian's chromium and chromium-driver are not installed (make test installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000",
                f"--user-data-dir={tmp_path_factory.mktemp('chrome')}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    yield driver
    driver.quit()


def _shot(browser, name: str) -> None:
    """Refresh the README's screenshots, only when asked (DETENTE_SCREENSHOTS=1): a test run
    leaves the repository as it found it."""
    if os.environ.get("DETENTE_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(SHOTS / f"{name}.png"))


def test_matrix_cell_shows_evidence(server: str, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    cell = browser.find_element(By.CSS_SELECTOR, 'td.cell[data-cell="vladimir-putin|military_aid"]')
    cell.click()
    evidence = browser.find_element(By.ID, "evidence")
    assert "military aid" in evidence.text
    assert "military assistance" in evidence.text  # the sentence the position came from
    links = evidence.find_elements(By.CSS_SELECTOR, "a[href^='/documents/']")
    assert links
    _shot(browser, "matrix")


def test_matrix_as_of_replays_history(server: str, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/?as_of=2025-03-01")
    early = {c.get_attribute("data-cell") for c in browser.find_elements(By.CSS_SELECTOR, "td.cell")}
    browser.get(server + "/")
    latest = {c.get_attribute("data-cell") for c in browser.find_elements(By.CSS_SELECTOR, "td.cell")}
    assert early and early < latest


def test_document_highlights(server: str, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/documents/000_44899c046573ad32")
    quotes = browser.find_elements(By.CSS_SELECTOR, "#doc-text .hl.quote")
    positions = browser.find_elements(By.CSS_SELECTOR, "#doc-text .hl.position")
    assert quotes and positions
    quotes[0].click()
    active = browser.find_elements(By.CSS_SELECTOR, "#extractions .item.active")
    assert active
    _shot(browser, "document")


def test_quote_search(server: str, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/quotes")
    box = browser.find_element(By.ID, "q")
    box.send_keys("pessimist")
    box.submit()
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(browser, 10).until(lambda b: "q=pessimist" in b.current_url)
    items = browser.find_elements(By.CSS_SELECTOR, "ul.quotes li")
    assert len(items) >= 1 and all("pessimist" in i.text for i in items)
    assert "Mark Shrad" in items[0].text
    _shot(browser, "quotes")


def test_timeline_page(server: str, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/timeline?since=2025-03-18&until=2025-03-26")
    days = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "section.day h2")]
    assert days == sorted(days) and "2025-03-18" in days
    _shot(browser, "timeline")


def test_stored_script_does_not_run(server: str, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/documents/script-test")
    assert browser.title != "pwned"
    assert "<script>" in browser.find_element(By.ID, "doc-text").text
