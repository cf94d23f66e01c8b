"""Screenshot one page of a `warta show` site in headless Chromium (`make show`, issue 11).

Usage: python scripts/screenshot.py PAGE.html OUT.png [--width 1200]

The whole page is captured (the window is resized to the document's height), with
Debian's Chromium and ChromeDriver and the flags that keep it off the network
(`warta.show.HEADLESS_FLAGS`), so a person can look at what the site shows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from warta.show import CHROMEDRIVER, CHROMIUM, HEADLESS_FLAGS


def screenshot(page: Path, out: Path, width: int) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory(prefix="warta-chromium-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in (*HEADLESS_FLAGS, f"--user-data-dir={profile}", "--hide-scrollbars"):
            options.add_argument(flag)
        driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
        try:
            driver.set_window_size(width, 800)
            driver.get(page.resolve().as_uri())
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(width, int(height) + 40)
            out.parent.mkdir(parents=True, exist_ok=True)
            driver.save_screenshot(str(out))
        finally:
            driver.quit()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path, help="an HTML page of the site")
    parser.add_argument("out", type=Path, help="the PNG to write")
    parser.add_argument("--width", type=int, default=1200, help="window width in pixels")
    args = parser.parse_args(argv)
    if not args.page.is_file():
        print(f"{args.page}: no such page (run `warta show` first)", file=sys.stderr)
        return 2
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        print(
            f"{CHROMIUM} or {CHROMEDRIVER} missing: apt-get install -y chromium chromium-driver",
            file=sys.stderr,
        )
        return 2
    screenshot(args.page, args.out, args.width)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
