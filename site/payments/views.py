"""Thin views: the Stripe webhook, the return from authentication, the sandbox's 3-D Secure page."""

from __future__ import annotations

import logging
import uuid

import stripe
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from oscar.core.loading import get_model

from .csp import payment_page_csp
from .gateways import get_gateway
from .gateways.base import GatewayError
from .models import PaymentIntent, SavedPaymentMethod
from .services import (
    CheckoutError,
    one_click_buy,
    payment_apply_response,
    payment_method_save,
    refund_order_lines,
    refunded_quantities,
)
from .webhooks import webhook_event_process

logger = logging.getLogger(__name__)
SESSION_KEY = "payment_intents"
Product = get_model("catalogue", "Product")
Order = get_model("order", "Order")


class SavedCardForm(forms.Form):
    # Sandbox: a test card number. Stripe: the pm_… id the Payment Element (setup mode) created in the browser.
    payment_method = forms.CharField(label=_("Card number"), max_length=100)


def session_intent_remember(request: HttpRequest, intent: PaymentIntent) -> None:
    known = request.session.get(SESSION_KEY, [])
    if intent.pk not in known:
        request.session[SESSION_KEY] = [*known[-19:], intent.pk]


def session_intent_get(request: HttpRequest, pk: int) -> PaymentIntent:
    """Only the browser (or the signed-in user) that started a payment may follow it."""
    intent = get_object_or_404(PaymentIntent, pk=pk)
    owned = pk in request.session.get(SESSION_KEY, []) or (
        request.user.is_authenticated and intent.user_id == request.user.pk
    )
    if not owned:
        raise Http404
    return intent


def intent_outcome_response(request: HttpRequest, intent: PaymentIntent) -> HttpResponse:
    """Where the shopper goes next, whatever path (page, return, double click) brought them here."""
    session_intent_remember(request, intent)
    status = intent.status
    if status == PaymentIntent.Status.SUCCEEDED:
        request.session["checkout_order_id"] = intent.order_id
        return redirect("checkout:thank-you")
    if status == PaymentIntent.Status.REFUNDED_OUT_OF_STOCK:
        messages.error(
            request,
            _("Sorry, an item sold out while you were paying. We did not place the order and refunded you in full."),
        )
        return redirect("basket:summary")
    if status == PaymentIntent.Status.FAILED:
        messages.error(request, intent.last_error_message or _("Your payment was declined."))
        return redirect("checkout:index")
    return_url = reverse("payments:return", args=[intent.pk])
    if status == PaymentIntent.Status.REQUIRES_ACTION:
        next_action_url = intent.checkout_data.get("next_action_url", "")
        if intent.gateway in ("sandbox", "instalments") and next_action_url:  # their own pages, not Stripe.js
            return redirect(next_action_url)
        return render(
            request,
            "payments/authenticate.html",
            {
                "intent": intent,
                "return_url": request.build_absolute_uri(return_url),
                "stripe_publishable_key": settings.STRIPE_PUBLISHABLE_KEY,
            },
        )
    return render(request, "payments/processing.html", {"intent": intent, "return_url": return_url})


@payment_page_csp
def payment_return(request: HttpRequest, pk: int) -> HttpResponse:
    """Back from 3-D Secure / a BNPL provider (or waiting on a double-clicked payment): ask the gateway."""
    intent = session_intent_get(request, pk)
    if not intent.is_final and intent.reference:
        try:
            response = get_gateway(intent.gateway).retrieve_payment(intent.reference)
        except GatewayError:
            logger.exception("Could not retrieve payment %s", intent.reference)
        else:
            intent = payment_apply_response(intent_id=intent.pk, response=response)
    return intent_outcome_response(request, intent)


def payment_return_from_gateway(request: HttpRequest) -> HttpResponse:
    """Stripe sends the shopper back with ?payment_intent=pi_…, the instalment provider with ?pid=…"""
    reference = request.GET.get("payment_intent", "") or request.GET.get("pid", "")
    intent = get_object_or_404(PaymentIntent, reference=reference or "-")
    return payment_return(request, intent.pk)


@payment_page_csp
def sandbox_authenticate(request: HttpRequest, reference: str) -> HttpResponse:
    """The sandbox's stand-in for the bank's 3-D Secure page or the BNPL provider's approval page."""
    if settings.PAYMENT_GATEWAY != "sandbox":
        raise Http404
    intent = get_object_or_404(PaymentIntent, reference=reference, gateway="sandbox")
    intent = session_intent_get(request, intent.pk)
    if request.method == "POST":
        gateway = get_gateway("sandbox")
        response = gateway.complete_authentication(reference, approve=request.POST.get("decision") == "approve")
        payment_apply_response(intent_id=intent.pk, response=response)
        return redirect("payments:return", pk=intent.pk)
    return render(request, "payments/sandbox_authenticate.html", {"intent": intent})


@csrf_exempt
@require_POST
def stripe_webhook(request: HttpRequest) -> HttpResponse:
    """Verify the signature (300 s tolerance), then process the event once."""
    if not settings.STRIPE_WEBHOOK_SECRET:
        return HttpResponseBadRequest("webhook secret not configured")
    try:
        event = stripe.Webhook.construct_event(
            request.body.decode("utf-8"),
            request.headers.get("Stripe-Signature", ""),
            settings.STRIPE_WEBHOOK_SECRET,
            tolerance=300,
        )
    except (ValueError, stripe.SignatureVerificationError):
        return HttpResponseBadRequest("invalid payload or signature")
    result = webhook_event_process(event=event.to_dict())
    return HttpResponse(result, content_type="text/plain")


@login_required
@payment_page_csp
def payment_methods(request: HttpRequest) -> HttpResponse:
    """Saved cards for one-click buy: list them, add one (SetupIntent), remove one."""
    if request.method == "POST" and "delete" in request.POST:
        SavedPaymentMethod.objects.filter(user=request.user, pk=request.POST["delete"]).delete()
        return redirect("payments:methods")
    form = SavedCardForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            payment_method_save(
                user=request.user,
                payment_method=form.cleaned_data["payment_method"],
                return_url=request.build_absolute_uri(reverse("payments:methods")),
            )
        except CheckoutError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("Card saved: “Buy now” is ready on product pages."))
            return redirect("payments:methods")
    return render(
        request,
        "payments/payment_methods.html",
        {
            "form": form,
            "methods": SavedPaymentMethod.objects.filter(user=request.user).order_by("-is_default", "-created"),
            "gateway": settings.PAYMENT_GATEWAY,
            "stripe_publishable_key": settings.STRIPE_PUBLISHABLE_KEY,
        },
    )


@login_required
@require_POST
@payment_page_csp
def buy_now(request: HttpRequest, product_pk: int) -> HttpResponse:
    """One click on the product page: order with the default address and card."""
    product = get_object_or_404(Product.objects.browsable(), pk=product_pk)
    token = request.POST.get("buy_now_token", "")[:60] or f"buy-now-{request.user.pk}-{uuid.uuid4().hex}"
    try:
        intent = one_click_buy(
            user=request.user,
            product=product,
            quantity=1,
            idempotency_key=f"buy-now-{request.user.pk}-{token}",
            return_url=request.build_absolute_uri(reverse("payments:gateway-return")),
        )
    except CheckoutError as error:
        messages.error(request, str(error))
        return redirect(product.get_absolute_url())
    return intent_outcome_response(request, intent)


@staff_member_required
@payment_page_csp
def order_refund(request: HttpRequest, number: str) -> HttpResponse:
    """Staff: refund some quantity of some lines of a paid order (full or partial, any vendor)."""
    order = get_object_or_404(Order.objects.select_related("payment_intent"), number=number)
    lines = list(order.lines.select_related("partner").order_by("pk"))
    refunded = refunded_quantities(order)
    if request.method == "POST":
        chosen = []
        for line in lines:
            raw = request.POST.get(f"line-{line.pk}", "0").strip() or "0"
            quantity = int(raw) if raw.isdigit() else -1
            if quantity:
                chosen.append((line, quantity))
        try:
            refund = refund_order_lines(
                order=order,
                lines=chosen,
                reason=request.POST.get("reason", "")[:200] or "staff",
                initiated_by=request.user,
            )
        except ValueError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Refund of %(amount)s %(currency)s: %(status)s.")
                % {"amount": refund.amount, "currency": refund.currency, "status": refund.get_status_display()},
            )
            return redirect("payments:order-refund", number=order.number)
    rows = [(line, line.quantity - refunded[line.pk]) for line in lines]
    return render(request, "payments/order_refund.html", {"order": order, "rows": rows, "refunds": order.refunds.all()})
