"""Put the source root (site/) and the repository root on sys.path for WSGI/ASGI/Celery entry points."""

import sys
from pathlib import Path

_SITE = Path(__file__).resolve().parent.parent
for _path in (_SITE, _SITE.parent):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))
