"""ASGI entry point."""

import os

from config import _paths  # noqa: F401

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

from django.core.asgi import get_asgi_application

application = get_asgi_application()
