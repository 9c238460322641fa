"""The site in a real browser: Debian's chromium and chromium-driver through selenium, with
axe-core (from npm) injected into the pages. Opened from ``file://``, as an employee would open
a copy on a shared drive.

Without chromium, chromedriver or axe-core these tests are skipped with the reason, except in CI
(``CI`` set), where they fail: ``.ci/run`` installs all three. ``REGELSYN_SCREENSHOT=docs/site.png``
also saves the screenshot the README shows.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import run
from tests.test_site import registry  # noqa: F401  (the fixture)

ROOT = Path(__file__).resolve().parent.parent
AXE = Path(os.environ.get("REGELSYN_AXE", ROOT / "node_modules" / "axe-core" / "axe.min.js"))
SERIOUS = ("serious", "critical")


def _missing() -> str | None:
    if shutil.which("chromium") is None:
        return "chromium is not installed (apt-get install chromium chromium-driver)"
    if shutil.which("chromedriver") is None:
        return "chromedriver is not installed (apt-get install chromium-driver)"
    if not AXE.is_file():
        return f"axe-core is not installed at {AXE} (npm install axe-core)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    yield from _browser(tmp_path, javascript=True)


@pytest.fixture
def browser_without_js(tmp_path: Path) -> Iterator[Any]:
    yield from _browser(tmp_path, javascript=False)


def _browser(tmp_path: Path, *, javascript: bool) -> Iterator[Any]:
    reason = _missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"the browser tests must run in CI: {reason}")
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(shutil.which("chromium"))
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000",
                 f"--user-data-dir={tmp_path / 'chromium-profile'}", "--lang=da"):  # fmt: skip
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    service = Service(executable_path=str(shutil.which("chromedriver")))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _axe(driver: Any) -> list[dict[str, Any]]:
    """The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
        ".then(r => done(r.violations)).catch(e => done([{id: 'axe-error', impact: 'critical',"
        " description: String(e), nodes: []}]));"
    )
    return [v for v in result if v.get("impact") in SERIOUS]


def _visible(driver: Any) -> int:
    rows = driver.find_elements("css selector", "#rules tbody tr")
    return sum(1 for row in rows if row.is_displayed())


def test_the_site_in_a_browser(registry: Path, tmp_path: Path, browser: Any) -> None:  # noqa: F811
    from selenium.webdriver.support.ui import Select, WebDriverWait

    out = tmp_path / "site"
    assert run("site", "--out", out, registry=registry).exit_code == 0
    browser.get((out / "index.html").as_uri())
    wait = WebDriverWait(browser, 20)
    wait.until(lambda d: d.find_element("id", "filters").is_displayed())  # the script ran
    total = _visible(browser)
    assert total == len(list((registry / "rules").glob("*.yaml")))
    assert _axe(browser) == []

    search = browser.find_element("id", "q")
    search.send_keys("vejning")
    wait.until(lambda d: _visible(d) < total)
    shown = [
        r for r in browser.find_elements("css selector", "#rules tbody tr") if r.is_displayed()
    ]
    assert [r.find_element("tag name", "a").text for r in shown] == [
        "Ugentlig vejning af alle beboere"
    ]
    assert browser.find_element("id", "count").text == f"Viste regler: 1 af {total}."

    search.clear()
    search.send_keys(" ")  # an input event with an empty query
    Select(browser.find_element("id", "owner")).select_by_value("eu")
    wait.until(lambda d: _visible(d) == 1)
    Select(browser.find_element("id", "owner")).select_by_value("")
    Select(browser.find_element("id", "due")).select_by_value("overdue")
    wait.until(lambda d: 0 < _visible(d) < total)
    Select(browser.find_element("id", "due")).select_by_value("")
    wait.until(lambda d: _visible(d) == total)
    browser.execute_script("window.scrollTo(0, 0)")
    screenshot = tmp_path / "site.png"
    browser.save_screenshot(str(screenshot))
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("REGELSYN_SCREENSHOT"):
        shutil.copyfile(screenshot, ROOT / os.environ["REGELSYN_SCREENSHOT"])

    search.send_keys("rengøringslog")
    wait.until(lambda d: _visible(d) == 1)
    browser.find_element("link text", "Daglig rengøringslog for fællesarealer").click()
    wait.until(lambda d: d.current_url.endswith("/rules/rengoering-log.html"))
    assert browser.find_element("tag name", "h1").text == "Daglig rengøringslog for fællesarealer"
    assert browser.find_element("id", "challenge-h").text == "Udfordr denne regel"
    assert _axe(browser) == []


@pytest.mark.parametrize("page", ["report.html", "reviews/2026-11-22.html", "agenda.html",
                                  "challenge.html", "cases/index.html"])  # fmt: skip
def test_the_other_pages_are_accessible(
    registry: Path,  # noqa: F811
    tmp_path: Path,
    browser: Any,
    page: str,
) -> None:
    out = tmp_path / "site"
    assert run("site", "--out", out, registry=registry).exit_code == 0
    browser.get((out / page).as_uri())
    assert _axe(browser) == []


def test_the_page_works_without_javascript(
    registry: Path,  # noqa: F811
    tmp_path: Path,
    browser_without_js: Any,
) -> None:
    """Without the script the table lists every rule and the filter form stays hidden."""
    browser = browser_without_js
    out = tmp_path / "site"
    assert run("site", "--out", out, registry=registry).exit_code == 0
    browser.get((out / "index.html").as_uri())
    assert not browser.find_element("id", "filters").is_displayed()
    assert _visible(browser) == len(list((registry / "rules").glob("*.yaml")))


def test_a_decision_log_prints_on_a4_with_its_signature_table(
    registry: Path,  # noqa: F811
    tmp_path: Path,
    browser: Any,
) -> None:
    import base64
    import re

    out = tmp_path / "site"
    assert run("site", "--out", out, registry=registry).exit_code == 0
    browser.get((out / "reviews" / "2026-11-22.html").as_uri())
    pdf = base64.b64decode(
        browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"]
    )
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
    assert boxes and all(abs(float(w) - 595.3) < 1 and abs(float(h) - 841.9) < 1 for w, h in boxes)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not browser.find_element("tag name", "nav").is_displayed()
    table = browser.find_element("css selector", ".signature-table")
    assert table.is_displayed()
    assert "Formand" in table.text or "formand" in table.text
