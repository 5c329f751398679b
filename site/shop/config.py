from django.urls import path
from oscar.config import Shop


class ComptoirShop(Shop):
    """Oscar's root app with the catalogue at /shop/ itself instead of a redirect to OSCAR_HOMEPAGE.

    The catalogue's patterns (``<slug>_<pk>/``, ``category/…``, ``ranges/…``)
    cannot shadow the other apps' prefixes, and it is mounted last anyway.
    """

    def get_urls(self):
        urls = [url for url in super().get_urls() if str(url.pattern) not in ("", "catalogue/")]
        return urls + [path("", self.catalogue_app.urls)]
