import oscar.apps.checkout.apps as oscar_apps
from django.urls import path
from django.views.generic import RedirectView
from oscar.core.loading import get_class

# Oscar's multi-step pages take no payment: each of them now leads to the single-page checkout.
LEGACY_STEPS = [
    ("shipping-address/", "shipping-address"),
    ("user-address/edit/<int:pk>/", "user-address-update"),
    ("user-address/delete/<int:pk>/", "user-address-delete"),
    ("shipping-method/", "shipping-method"),
    ("payment-method/", "payment-method"),
    ("payment-details/", "payment-details"),
    ("preview/", "preview"),
]


class CheckoutConfig(oscar_apps.CheckoutConfig):
    name = "shop.checkout"

    def ready(self):
        super().ready()
        self.index_view = get_class("checkout.views", "OnePageCheckoutView")

    def get_urls(self):
        to_index = RedirectView.as_view(pattern_name="checkout:index", query_string=False)
        urls = [
            path("", self.index_view.as_view(), name="index"),
            path("thank-you/", self.thankyou_view.as_view(), name="thank-you"),
            *(path(route, to_index, name=name) for route, name in LEGACY_STEPS),
        ]
        return self.post_process_urls(urls)
