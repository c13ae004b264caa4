"""Size and load time of a report.html in headless Chromium, and a screenshot of it.

    python tools/report_browser.py OUT/report.html [--runs 3] [--screenshot docs/report.png]

Uses Debian's chromium through playwright (as tests/test_report.py does). Each run is a
fresh browser page; times are from the start of navigation, in milliseconds:
DOMContentLoaded, the load event, the page script's first view built ("report-ready"),
the frame after it (on screen) and, after a click on Chronology, the chart drawn.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

VIEWS = ("overview", "entities", "documents", "chronology")


def measure(page, path: Path) -> dict[str, float]:
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=120_000)
    page.wait_for_function("performance.getEntriesByName('report-painted').length > 0")
    timing = page.evaluate(
        """() => {
        const nav = performance.getEntriesByType("navigation")[0];
        const painted = performance.getEntriesByName("report-painted")[0];
        return {dom: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
                ready: performance.getEntriesByName("report-ready")[0].startTime,
                paint: painted ? painted.startTime : NaN};
    }"""
    )
    start = time.perf_counter()
    page.click("nav button[data-view='chronology']")
    page.wait_for_selector("#chart[data-drawn='1'], #chart p.hint", timeout=120_000)
    timing["chart"] = (time.perf_counter() - start) * 1000
    return timing


def screenshot(page, path: Path, target: Path, view: str) -> None:
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=120_000)
    page.click(f"nav button[data-view='{view}']")
    if view == "chronology":
        page.wait_for_selector("#chart[data-drawn='1']", timeout=120_000)
    if view == "documents":
        page.click("#doc-list li >> nth=0")
    if view == "entities":
        page.click("#entity-table tbody tr >> nth=0")
    page.wait_for_timeout(500)
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("report", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--view", choices=VIEWS, default="chronology")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args()
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        raise SystemExit("no chromium on PATH (apt-get install -y chromium)")
    print(f"{args.report}: {args.report.stat().st_size / 1e6:.1f} MB")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable)
        viewport = {"width": args.width, "height": args.height}
        runs = []
        for _ in range(args.runs):
            page = browser.new_page(viewport=viewport)
            runs.append(measure(page, args.report))
            page.close()
        for key, name in (
            ("dom", "DOMContentLoaded"),
            ("load", "load event"),
            ("ready", "first view built"),
            ("paint", "first view on screen"),
            ("chart", "chart drawn after the click"),
        ):
            values = [run[key] for run in runs]
            print(
                f"{name:28s} median {statistics.median(values):7.0f} ms  "
                f"(runs: {', '.join(f'{v:.0f}' for v in values)})"
            )
        if args.screenshot is not None:
            page = browser.new_page(viewport=viewport)
            screenshot(page, args.report, args.screenshot, args.view)
            print(f"wrote {args.screenshot}")
        browser.close()


if __name__ == "__main__":
    main()
