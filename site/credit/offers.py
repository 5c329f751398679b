"""Negotiated company discounts through Oscar's offer engine (so baskets, orders and reports show them).

One site offer, created by a data migration, pairs these two proxy classes: the condition is met
when the basket's owner belongs to a company with a discount; the benefit applies that company's
percentage to every discountable line. Staff set the percentage on the company.
"""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from oscar.apps.offer.benefits import PercentageDiscountBenefit
from oscar.apps.offer.results import ZERO_DISCOUNT
from oscar.core.loading import get_model

Condition = get_model("offer", "Condition")


def company_discount_percent(user) -> Decimal:
    from .models import CompanyMember

    if user is None or not getattr(user, "is_authenticated", False):
        return Decimal("0")
    member = CompanyMember.objects.select_related("company").filter(user=user).first()
    return member.company.discount_percent if member is not None else Decimal("0")


class CompanyDiscountCondition(Condition):
    @property
    def name(self) -> str:  # Oscar's forms call str() on it: a plain string, not a lazy one
        return str(_("The buyer's company has a negotiated discount"))

    description = name

    class Meta:
        proxy = True
        app_label = "credit"

    def is_satisfied(self, offer, basket):
        return company_discount_percent(basket.owner) > 0


class CompanyDiscountBenefit(PercentageDiscountBenefit):
    @property
    def name(self) -> str:
        return str(_("The company's negotiated percentage off every product"))

    description = name

    class Meta:
        proxy = True
        app_label = "credit"

    def apply(self, basket, condition, offer, **kwargs):
        percent = company_discount_percent(basket.owner)
        if percent <= 0:
            return ZERO_DISCOUNT
        return super().apply(basket, condition, offer, discount_percent=percent, **kwargs)
