"""Card instalments (3x/4x) through a French instalment provider: settings.INSTALMENT_PROVIDER picks which."""

from django.conf import settings
from django.utils.module_loading import import_string

from .base import InstalmentProvider

PROVIDERS = {
    "local": "payments.instalments.local.LocalInstalmentProvider",
    "alma": "payments.instalments.alma.AlmaInstalmentProvider",
}


def get_instalment_provider(name: str | None = None) -> InstalmentProvider:
    return import_string(PROVIDERS[name or settings.INSTALMENT_PROVIDER])()
