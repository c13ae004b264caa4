"""Headless Chromium for the report tests: Debian's ``chromium`` driven by playwright
(``executable_path``, so playwright never downloads a browser of its own)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome")


def chromium_path() -> str | None:
    """The system browser: $EXTRACT_CHROMIUM, else the first of BROWSER_NAMES on PATH."""
    if os.environ.get("EXTRACT_CHROMIUM"):
        return os.environ["EXTRACT_CHROMIUM"]
    return next((path for name in BROWSER_NAMES if (path := shutil.which(name))), None)


def require_browser() -> str:
    """The browser's path; where none can be found the test is skipped, except in CI
    (CI=true), whose .ci/run installs chromium, so there a missing browser fails."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problem = "playwright is not installed (pip install -e '.[dev]')"
    else:
        path = chromium_path()
        if path is not None:
            return path
        problem = "no chromium on PATH (apt-get install -y chromium)"
    if os.environ.get("CI"):
        pytest.fail(f"browser test cannot run in CI: {problem}")
    pytest.skip(f"browser test skipped: {problem}")


@dataclass
class LoadedPage:
    """A page with what it logged and requested since it was opened."""

    page: Any
    console: list[tuple[str, str]] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def errors(self) -> list[tuple[str, str]]:
        return [(kind, text) for kind, text in self.console if kind in ("error", "pageerror")]


@contextmanager
def browser(executable: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, headless=True)
        try:
            yield launched
        finally:
            launched.close()


def open_report(launched: Any, path: Path, *, width: int = 1400, height: int = 1000) -> LoadedPage:
    """Open ``path`` and wait until the page script has drawn its first view."""
    page = launched.new_page(viewport={"width": width, "height": height})
    loaded = LoadedPage(page)
    page.on("console", lambda message: loaded.console.append((message.type, message.text)))
    page.on("pageerror", lambda error: loaded.console.append(("pageerror", str(error))))
    page.on("request", lambda request: loaded.requests.append(request.url))
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=60_000)
    return loaded


def show(page: Any, view: str) -> None:
    page.click(f"nav button[data-view='{view}']")
    page.wait_for_selector(f"#view-{view}:not([hidden])")
