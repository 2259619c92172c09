"""The report in a real browser: Debian's chromium, headless, driven by selenium
through chromedriver, opens index.html over file://, searches, follows links to
an entity page and an article page, and checks the text shown and that the
console logged no errors and nothing was requested from the network.

Skips, saying why, only where chromium or chromedriver is not installed
(`apt-get install -y chromium chromium-driver`) or cannot start.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.report import build_report

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


def _installed(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name) or (
            f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists() else None
        )
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser():
    """A headless chromium with a fresh profile, its console log kept."""
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    chromium = _installed("chromium", "chromium-browser")
    driver_path = _installed("chromedriver")
    if not chromium or not driver_path:
        pytest.skip(
            "chromium or chromedriver is not installed "
            "(apt-get install -y chromium chromium-driver)"
        )
    profile = tempfile.mkdtemp(prefix="newsner-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        # The driver's path is given, so selenium never tries to download one.
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
    except WebDriverException as exc:
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"chromium cannot start here: {exc.msg}")
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


class Visit:
    """Loads pages and checks each for console errors and non-local requests."""

    def __init__(self, driver) -> None:
        self.driver = driver

    def __call__(self, url: str | None = None) -> None:
        if url:
            self.driver.get(url)
        self.check()

    def check(self) -> None:
        d = self.driver
        errors = [e for e in d.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
        assert errors == [], (d.current_url, errors)
        resources = d.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)"
        )
        assert all(r.startswith(("file:", "data:")) for r in resources), resources
        assert d.current_url.startswith("file://")

    def text(self, css: str) -> str:
        return self.driver.find_element("css selector", css).text

    def click(self, css: str) -> None:
        self.driver.find_element("css selector", css).click()
        self.check()


def test_tiny_report_in_the_browser(browser, tiny_run):
    index = build_report(tiny_run)
    visit = Visit(browser)
    visit(index.as_uri())
    assert browser.title == "Summary · newsner report"
    assert "2 ok" in visit.text("#status-counts")
    # search: type, a linked result appears, follow it
    browser.find_element("id", "search-box").send_keys("smith")
    assert visit.text("#search-note") == "1 match"
    assert visit.text("#search-results li").startswith("Dana Smith (person, 2 articles")
    visit.click("#search-results a")
    assert browser.current_url.endswith("/entities/per_dana.html")
    assert visit.text("#entity-name") == "Dana Smith"
    assert visit.text("#aliases").split("\n") == ["Dana Smith", "Smith"]
    # to the article, whose text shows the highlights and escapes the untrusted name
    visit.click("table.entity-articles a[href$='a1.html']")
    assert visit.text("#article-title") == "Acme Widgets hires Dana Smith"
    body = visit.text("#field-body")
    assert "The rival <script>alert(1)</script> Corp" in body
    labels = [
        m.get_attribute("data-label")
        for m in browser.find_elements("css selector", "#field-body mark")
    ]
    assert labels == ["PERSON", "ROLE", "ORG", "DATE", "ORG"]
    # the escaped name did not run: no alert is open and the page still answers
    assert browser.execute_script("return document.querySelectorAll('mark').length")
    # the unsafe entity's own page shows its name as text
    visit.click("#field-body mark:last-of-type a")
    assert visit.text("#entity-name") == "<script>alert(1)</script> Corp"


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory, repo_root) -> Path:
    """`newsner run corpus --out X` then `newsner report X`; the index's path."""
    out = tmp_path_factory.mktemp("sample") / "out"
    runner = CliRunner()
    result = runner.invoke(main, ["run", str(repo_root / "corpus"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["report", str(out)])
    assert result.exit_code == 0, result.output
    index = out / "report" / "index.html"
    assert result.output.strip() == f"report: {index}"
    return index


def test_sample_run_records_its_inputs_for_the_report(sample_report, repo_root):
    run = json.loads((sample_report.parent.parent / "run.json").read_text())
    assert run["inputs"] == [os.path.abspath(repo_root / "corpus")]
    # every processed article of the sample corpus got its text back
    pages = sorted((sample_report.parent / "articles").glob("*.html"))
    assert len(pages) == 8
    assert all('id="text-unavailable"' not in p.read_text() for p in pages)


def test_sample_corpus_in_the_browser(browser, sample_report):
    visit = Visit(browser)
    visit(sample_report.as_uri())
    assert "8 ok" in visit.text("#status-counts")
    assert "Authority of Information Security" in visit.text(
        "#top-organisations + table"
    )
    visit.click("#top-organisations + table a")
    assert visit.text("#entity-name") == "Authority of Information Security"
    assert "AIS" in visit.text("#aliases").split("\n")
    assert "Tran Quang Hung" in visit.text("table.roles")
    visit.click("table.entity-articles a")
    assert visit.text("#article-title").startswith("Vietnam's cybersecurity authority")
    orgs = [
        m.text
        for m in browser.find_elements("css selector", "#field-body mark")
        if m.get_attribute("data-label") == "ORG"
    ]
    assert orgs[:2] == ["Authority of Information Security", "AIS"]
