"""End to end: ``lactabone app`` serves the page, headless Chromium opens it, a control changes the plot and summary,
a cow picked in scenario B gets the vet's summary, and a tiny herd simulated around her shows its table by
lactation.

Needs Debian's ``chromium`` (``/usr/bin/chromium``, installed by ``bash scripts/install.sh test``), driven by
Playwright without downloading a browser. Outside CI the test is skipped when Chromium is missing; in CI
(``CI`` set) it fails instead. ``LACTABONE_SCREENSHOT=docs/images/app.png`` saves the screenshot there (the one
in the README); otherwise it goes to the test's temporary folder.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
#: Seconds for the server to answer, and for the page's first run (imports and compiles the model).
START_TIMEOUT_S = 60
FIRST_RUN_TIMEOUT_MS = 120_000
RERUN_TIMEOUT_MS = 60_000
VIEWPORT = {"width": 1500, "height": 3100}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_serving(server: subprocess.Popen, port: int, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"lactabone app exited with status {server.returncode}: {log.read_text()}")
        try:
            with urllib.request.urlopen(f"http://localhost:{port}/_stcore/health", timeout=2) as answer:
                if answer.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"lactabone app did not answer on port {port} within {START_TIMEOUT_S} s")


@pytest.fixture
def server_port(tmp_path):
    """``lactabone app`` on a free port, stopped after the test."""
    if not CHROMIUM.exists():
        message = f"Debian's chromium is not installed at {CHROMIUM} (bash scripts/install.sh test installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    port = _free_port()
    log = tmp_path / "server.log"
    with log.open("w") as output:
        server = subprocess.Popen([sys.executable, "-m", "lactabone", "app", "--port", str(port)],
                                  stdout=output, stderr=subprocess.STDOUT)
    try:
        _wait_until_serving(server, port, log)
        yield port
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _pick_a_cow(page, summary, curves) -> None:
    """Scenario B becomes the milk-fever cow: her description, the vet's table and new curves show."""
    plot_before = curves.get_attribute("src")
    page.locator(".st-key-scenario_B [data-testid='stSelectbox']").first.click()
    page.get_by_role("option", name="cow", exact=True).click()
    expect(summary).to_contain_text("A cow in lactation 5", timeout=RERUN_TIMEOUT_MS)
    expect(summary).to_contain_text("31 h after calving: clinical milk fever")
    vet_table = summary.locator("table")
    expect(vet_table).to_contain_text("time of the nadir after calving")
    expect(vet_table).to_contain_text("g/d")
    expect(curves).not_to_have_attribute("src", plot_before, timeout=RERUN_TIMEOUT_MS)
    expect(page.locator('.st-key-scenario_B input[aria-label="close-up DCAD [mEq/kg DM]"]')).to_have_value("300")
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)


def _simulate_a_tiny_herd(page) -> None:
    """Around the cow of scenario B, a herd of 6 cows is simulated and its table by lactation shows."""
    herd = page.locator(".st-key-herd_B")
    expect(herd).to_contain_text("Press the button to simulate the herd")
    size = herd.locator('input[aria-label="cows in the herd"]')
    size.fill("6")
    size.press("Enter")
    expect(size).to_have_value("6")
    herd.get_by_role("button", name="simulate the herd").click()
    table = herd.locator("table")
    expect(table).to_contain_text("Venjakob 2017", timeout=RERUN_TIMEOUT_MS)
    expect(table).to_contain_text("lactation")
    expect(table).to_contain_text("all")
    expect(herd).to_contain_text("Seed 0; cows: 6 sampled")
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)


def test_a_control_changes_the_plot_and_the_summary(server_port, tmp_path):
    screenshot = Path(os.environ.get("LACTABONE_SCREENSHOT") or tmp_path / "app.png")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM))
        try:
            page = browser.new_page(viewport=VIEWPORT)
            page.goto(f"http://localhost:{server_port}")
            summary = page.locator(".st-key-summary_B")
            expect(summary).to_contain_text("A woman nursing 2 infants", timeout=FIRST_RUN_TIMEOUT_MS)
            curves = page.locator(".st-key-curves img")
            expect(curves).to_be_visible(timeout=RERUN_TIMEOUT_MS)
            suckling = page.locator('.st-key-circuit_B svg.circuit path[data-term="nursing"]')
            expect(suckling).to_have_attribute("data-size", "2")
            expect(page.locator(".st-key-circuit_A svg.circuit path.arrow")).to_have_count(15)
            summary_before, plot_before = summary.inner_text(), curves.get_attribute("src")

            offspring = page.locator('.st-key-scenario_B input[aria-label="infants nursed"]')
            offspring.fill("3")
            offspring.press("Enter")

            expect(summary).to_contain_text("A woman nursing 3 infants", timeout=RERUN_TIMEOUT_MS)
            expect(suckling).to_have_attribute("data-size", "3", timeout=RERUN_TIMEOUT_MS)
            expect(curves).not_to_have_attribute("src", plot_before, timeout=RERUN_TIMEOUT_MS)
            expect(curves).to_be_visible()
            assert summary.inner_text() != summary_before
            assert "Lumbar spine BMD fell" in summary.inner_text()
            expect(page.locator('[data-testid="stException"]')).to_have_count(0)
            page.wait_for_timeout(500)  # let the rerun's images settle before the picture
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot), full_page=True)

            _pick_a_cow(page, summary, curves)
            _simulate_a_tiny_herd(page)
        finally:
            browser.close()
    assert screenshot.stat().st_size > 50_000
