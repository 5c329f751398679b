"""Marketplace delivery: each vendor charges its own flat rate, waived above its free-shipping threshold."""

from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping import methods
from oscar.core import prices


class VendorShipping(methods.Base):
    code = "vendor-shipping"
    name = _("Standard delivery by each seller")
    description = _("Each seller ships its own items; some sellers deliver free above an order amount.")

    def calculate(self, basket):
        from vendors.selectors import basket_shipping_charge

        charge = basket_shipping_charge(basket=basket)
        return prices.Price(currency=basket.currency, excl_tax=charge, incl_tax=charge)
