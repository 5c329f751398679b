"""Screenshots of the editorial site (home, a landing page, a webinar) at desktop and mobile widths.

Usage: `make screenshots` (or `python scripts/screenshots.py [--base-url URL]`). Without --base-url it starts
`manage.py runserver` on a free port for the duration of the run. Pages are found in the database (demo data),
Chromium is the system one (/usr/bin/chromium): Playwright never downloads a browser here.
"""

import argparse
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.chromium import CHROMIUM, CHROMIUM_FLAGS  # noqa: E402

VIEWPORTS = {"desktop": {"width": 1366, "height": 900}, "mobile": {"width": 390, "height": 844}}


def editorial_paths() -> dict[str, str]:
    """URL paths of the pages to capture, read from the database."""
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    from django.utils import timezone

    from home.models import LandingPage, PaymentOption, WebinarPage

    paths = {"home": "/"}
    # Prefer the landing page of the first payment option (hero, calculator, FAQ), else any landing page.
    option = PaymentOption.objects.filter(locale__language_code="en", landing_page__live=True).first()
    landing = (
        option.landing_page.specific
        if option is not None
        else LandingPage.objects.live().filter(locale__language_code="en").order_by("path").first()
    )
    webinar = (
        WebinarPage.objects.live()
        .filter(locale__language_code="en", starts_at__gte=timezone.now())
        .order_by("starts_at")
        .first()
        or WebinarPage.objects.live().order_by("-starts_at").first()
    )
    for name, page in (("landing", landing), ("webinar", webinar)):
        if page is None:
            print(f"no live {name} page: load the demo data first (make demo-data)", file=sys.stderr)
        else:
            paths[name] = page.get_url()
    return paths


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(base_url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base_url}/healthz/", timeout=2):  # noqa: S310 - our own http URL
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the dev server at {base_url} did not answer within {timeout:.0f} s")


def capture(base_url: str, paths: dict[str, str], out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    files = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        try:
            for viewport_name, viewport in VIEWPORTS.items():
                context = browser.new_context(
                    viewport=viewport,
                    device_scale_factor=1,
                    is_mobile=viewport_name == "mobile",
                    locale="en-GB",
                )
                page = context.new_page()
                for name, path in paths.items():
                    response = page.goto(base_url + path, wait_until="networkidle")
                    if response is None or response.status >= 400:
                        raise SystemExit(f"{path} answered {response.status if response else 'nothing'}")
                    target = out / f"{name}-{viewport_name}.png"
                    page.screenshot(path=str(target), full_page=True)
                    files.append(target)
                context.close()
        finally:
            browser.close()
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="a running server; default: start runserver on a free port")
    parser.add_argument("--out", default=str(ROOT / "screenshots"))
    args = parser.parse_args()
    paths = editorial_paths()
    server = None
    base_url = args.base_url
    if base_url is None:
        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(  # noqa: S603 - fixed argv
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    try:
        wait_until_up(base_url.rstrip("/"))
        for file in capture(base_url.rstrip("/"), paths, Path(args.out)):
            print(file.relative_to(ROOT) if file.is_relative_to(ROOT) else file)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
