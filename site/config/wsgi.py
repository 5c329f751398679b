"""WSGI entry point (gunicorn config.wsgi)."""

import os

from config import _paths  # noqa: F401  (sys.path for the repository root)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

from django.core.wsgi import get_wsgi_application

application = get_wsgi_application()
