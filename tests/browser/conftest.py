"""Headless Chromium (the Debian package, never a downloaded browser) driven by Playwright."""

import os
import shutil

import pytest

from payments.tests.fixtures import wagtail_locale  # noqa: F401
from scripts.chromium import CHROMIUM, CHROMIUM_FLAGS


@pytest.fixture
def browser_page():
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not shutil.which(CHROMIUM):
        pytest.skip(f"Chromium is not installed ({CHROMIUM})")
    # Playwright's sync API runs an event loop in this thread; the test still talks to the database.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        page = browser.new_page()
        page.set_default_timeout(20_000)
        try:
            yield page
        finally:
            browser.close()
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture(autouse=True)
def _wagtail_locale(wagtail_locale):  # noqa: F811
    return wagtail_locale
