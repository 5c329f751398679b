"""The single-page checkout (the default; Oscar's multi-step views redirect here)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import FormView

from credit.checkout import terms_approval_response, terms_context, terms_method_types, terms_payment_start
from payments.csp import payment_page_csp_method
from payments.instalments.checkout import instalment_checkout_start, instalment_context, is_instalment_method
from payments.markets import payment_methods_eligible, stripe_method_types
from payments.models import PaymentIntent
from payments.services import (
    CheckoutDetails,
    CheckoutError,
    basket_lines_prefetch,
    basket_payable_total,
    payment_start,
)
from payments.views import SESSION_KEY, intent_outcome_response, session_intent_remember

from .forms import OnePageCheckoutForm

DEFAULT_COUNTRY = "FR"


@payment_page_csp_method
class OnePageCheckoutView(FormView):
    template_name = "oscar/checkout/onepage.html"
    form_class = OnePageCheckoutForm

    def dispatch(self, request, *args, **kwargs):
        token = request.POST.get("checkout_token", "") if request.method == "POST" else ""
        already = PaymentIntent.objects.filter(idempotency_key=token).first() if token else None
        if already is not None and already.pk in request.session.get(SESSION_KEY, []):
            return intent_outcome_response(request, already)  # a double-clicked "Pay": the first click's outcome
        if request.basket.is_empty:
            messages.info(request, _("Your basket is empty."))
            return redirect("basket:summary")
        basket_lines_prefetch(request.basket)
        self.shipping_methods = self.get_shipping_methods()
        return super().dispatch(request, *args, **kwargs)

    def get_shipping_methods(self):
        from payments.services import Repository

        return Repository().get_shipping_methods(
            basket=self.request.basket, user=self.request.user, request=self.request
        )

    def totals(self) -> dict[str, object]:
        return {
            method.code: basket_payable_total(basket=self.request.basket, shipping_method=method)
            for method in self.shipping_methods
        }

    def country_code(self) -> str:
        return (self.request.POST.get("country") or DEFAULT_COUNTRY).upper()[:2]

    def payment_method_types(self) -> list[str]:
        if not hasattr(self, "_payment_method_types"):  # asked by the form, the page and the payment: once
            total = next(iter(self.totals().values()))
            self._payment_method_types = payment_methods_eligible(
                country=self.country_code(), currency=self.request.basket.currency, amount=total
            ) + terms_method_types(user=self.request.user, amount=total)
        return self._payment_method_types

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.update(
            user=self.request.user,
            shipping_methods=self.shipping_methods,
            payment_method_types=self.payment_method_types(),
        )
        return kwargs

    def get_initial(self):
        user = self.request.user
        totals = self.totals()
        initial = {
            "country": DEFAULT_COUNTRY,
            "shipping_method": next(iter(totals)),
            "payment_method_type": "card",
            "expected_total": next(iter(totals.values())),
        }
        if user.is_authenticated:
            initial.update(email=user.email, first_name=user.first_name, last_name=user.last_name)
            default = user.addresses.filter(is_default_for_shipping=True).select_related("country").first()
            if default is not None:
                initial.update(
                    saved_address=default.pk,
                    **{
                        name: getattr(default, name)
                        for name in ("first_name", "last_name", "line1", "line2", "line4", "postcode", "phone_number")
                    },
                    country=default.country.iso_3166_1_a2,
                )
        return initial

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        # A new token per rendering: a double-clicked "Pay" posts the same one and gets the same payment.
        form.initial["checkout_token"] = f"checkout-{self.request.basket.pk}-{uuid.uuid4().hex}"
        form.data = form.data.copy() if form.is_bound else form.data
        if form.is_bound:
            form.data["checkout_token"] = form.initial["checkout_token"]
        totals = self.totals()
        order_total = totals.get(form["shipping_method"].value(), next(iter(totals.values())))
        method_types = self.payment_method_types()
        context.update(
            basket=self.request.basket,
            shipping_totals=totals,
            order_total=order_total,
            gateway=settings.PAYMENT_GATEWAY,
            stripe_publishable_key=settings.STRIPE_PUBLISHABLE_KEY,
            payment_method_types=method_types,
            stripe_method_types=stripe_method_types(method_types),
            saved_addresses=list(form.fields["saved_address"].queryset) if "saved_address" in form.fields else [],
            **terms_context(user=self.request.user, amount=order_total),
            **instalment_context(
                amount=order_total, currency=self.request.basket.currency, country=self.country_code()
            ),
        )
        return context

    def checkout_details(self, form) -> CheckoutDetails:
        return CheckoutDetails(
            email=form.cleaned_data["email"],
            shipping_address=form.shipping_address_data(),
            shipping_method_code=form.cleaned_data["shipping_method"],
        )

    def form_valid(self, form):
        method_type = form.cleaned_data["payment_method_type"]
        details = self.checkout_details(form)
        if method_type == "terms":  # pay by invoice: above the buyer's limit, an approver decides first
            parked = terms_approval_response(view=self, form=form, details=details)
            if parked is not None:
                return parked
        try:
            if method_type == "terms":  # B2B credit reserved, no payment page
                intent = terms_payment_start(request=self.request, form=form, details=details)
            elif is_instalment_method(method_type):  # 3x/4x: consent recorded, then the provider's page
                intent = instalment_checkout_start(request=self.request, form=form, details=details)
            else:
                intent = self.gateway_payment_start(form, method_type, details)
        except CheckoutError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        if intent.basket_id != self.request.basket.pk:  # a token from someone else's page
            form.add_error(None, _("This payment belongs to another basket."))
            return self.form_invalid(form)
        session_intent_remember(self.request, intent)
        if intent.status == intent.Status.FAILED:
            form.add_error(None, intent.last_error_message)
            return self.form_invalid(form)
        return intent_outcome_response(self.request, intent)

    def gateway_payment_start(self, form, method_type: str, details: CheckoutDetails) -> PaymentIntent:
        """Card, SEPA or a Stripe BNPL method through settings.PAYMENT_GATEWAY."""
        payment_method = (
            form.cleaned_data["payment_method"]
            if method_type == "card" or settings.PAYMENT_GATEWAY == "stripe"
            else method_type
        )
        return payment_start(
            basket=self.request.basket,
            user=self.request.user,
            details=details,
            payment_method=payment_method,
            expected_total=form.expected_total_value,
            idempotency_key=form.cleaned_data["checkout_token"],
            return_url=self.request.build_absolute_uri(reverse("payments:gateway-return")),
            payment_method_types=stripe_method_types(self.payment_method_types()),
            payment_method_type=method_type,
            request=self.request,
        )
