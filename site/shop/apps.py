from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShopConfig(AppConfig):
    """Holds the shop's own templates, template tags, signal receivers and management commands (demo data)."""

    name = "shop"
    label = "comptoir_shop"
    verbose_name = _("Comptoir shop")

    def ready(self):
        from shop import receivers  # noqa: F401  (connects the receivers)
