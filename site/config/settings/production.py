"""Production: every secret comes from the environment, and a missing one stops start-up.

`python manage.py check --deploy --settings=config.settings.production` is clean
once the variables below are set.
"""

import os

from django.core.exceptions import ImproperlyConfigured

REQUIRED_VARIABLES = ("DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL")

# Checked before base.py reads them, so the error names the variable rather than a parse failure.
for _name in REQUIRED_VARIABLES:
    if not os.environ.get(_name, "").strip():
        raise ImproperlyConfigured(
            f"Environment variable {_name} is required in production (see README.md, 'Configuration')."
        )

from .base import *  # noqa: E402, F403
from .base import env  # noqa: E402

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("insecure"):
    raise ImproperlyConfigured("Environment variable DJANGO_SECRET_KEY must hold at least 50 random characters.")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[f"https://{host}" for host in ALLOWED_HOSTS])

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
OSCAR_BASKET_COOKIE_SECURE = True
OSCAR_RECENTLY_VIEWED_COOKIE_SECURE = True

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail's background tasks go to the Celery workers.
TASKS = {"default": {"BACKEND": "core.tasks_backend.CeleryTaskBackend"}}
CELERY_TASK_ALWAYS_EAGER = False
