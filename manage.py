#!/usr/bin/env python
"""Django's command-line utility for Comptoir.

`site/` is a source root, not a package (`site` is a stdlib module), so it is
put on sys.path here, as in wsgi.py, asgi.py and pytest's configuration.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
for path in (ROOT / "site", ROOT):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
