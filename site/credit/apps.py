from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CreditConfig(AppConfig):
    name = "credit"
    label = "credit"
    verbose_name = _("B2B companies and credit")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import offers, receivers  # noqa: F401  (company discount proxies; invoices on dispatch)
