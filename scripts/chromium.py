"""How this project starts Chromium, for the browser tests and `make screenshots` alike.

Debian's binary only (a tool never downloads its own browser here), and no background network traffic:
the machine's closed network would refuse it.
"""

import os

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
