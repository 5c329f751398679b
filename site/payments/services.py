"""Payment services: start a payment, settle it (order or refund), fail it, refund order lines.

Every function here can be called more than once for the same payment — by the
browser coming back, by a webhook, by the reconciliation task — and acts once:
each one locks the PaymentIntent row and looks at its status before doing anything.
Gateway calls never run inside a database transaction.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_class, get_model

from core.signals import order_paid, refund_succeeded
from shop.order.stock import InsufficientStock, stock_allocate, stock_release

from .gateways import get_gateway
from .gateways.base import (
    GatewayError,
    PaymentRequest,
    PaymentResponse,
    PaymentStatus,
    RefundRequest,
    SetupRequest,
    from_minor_units,
    to_minor_units,
)
from .markets import METHOD_LABELS
from .models import PaymentIntent, Refund, RefundLine, SavedPaymentMethod, StockReservation

logger = logging.getLogger(__name__)

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
Line = get_model("order", "Line")
ShippingAddress = get_model("order", "ShippingAddress")
Country = get_model("address", "Country")
PaymentEvent = get_model("order", "PaymentEvent")
PaymentEventType = get_model("order", "PaymentEventType")
Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")
Selector = get_class("partner.strategy", "Selector")
Applicator = get_class("offer.applicator", "Applicator")
Repository = get_class("shipping.repository", "Repository")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
OrderCreator = get_class("order.utils", "OrderCreator")


class CheckoutError(Exception):
    """A problem the shopper must see (the message is translated and safe to show)."""


class AmountMismatch(CheckoutError):
    pass


class OutOfStock(CheckoutError):
    pass


@dataclass(frozen=True)
class CheckoutDetails:
    email: str
    shipping_address: dict  # ShippingAddress field values; "country" is the ISO 3166-1 alpha-2 code
    shipping_method_code: str


# --- basket and totals -------------------------------------------------------------------------


def basket_load(*, basket_id: int, user=None, request=None) -> Basket:
    """The basket with prices and offers applied, as the shopper's request would see it."""
    basket = Basket.objects.get(pk=basket_id)
    basket.strategy = Selector().strategy(request=request, user=user)
    basket_lines_prefetch(basket)
    Applicator().apply(basket, user, request)
    return basket


def basket_lines_prefetch(basket: Basket) -> None:
    """Load what pricing, shipping and order lines read per line in a fixed number of queries."""
    prefetch_related_objects(
        list(basket.all_lines()),
        "product__product_class",
        "product__parent__product_class",
        "product__stockrecords",
        "stockrecord__partner",
    )


def shipping_method_get(*, basket: Basket, code: str = "", request=None, user=None):
    methods = Repository().get_shipping_methods(basket=basket, user=user, request=request)
    for method in methods:
        if not code or method.code == code:
            return method
    raise CheckoutError(_("This delivery method is no longer available; please choose another one."))


def basket_payable_total(*, basket: Basket, shipping_method) -> Decimal:
    """The amount to charge, recomputed on the server from the basket (never taken from the page)."""
    charge = shipping_method.calculate(basket)
    return OrderTotalCalculator().calculate(basket, charge).incl_tax


def basket_requirements(basket: Basket) -> dict[int, int]:
    """{stock record id: quantity} for the lines whose product tracks stock."""
    requirements: Counter[int] = Counter()
    for line in basket.all_lines():
        if line.stockrecord_id and line.product.get_product_class().track_stock:
            requirements[line.stockrecord_id] += line.quantity
    return dict(requirements)


# --- starting a payment ------------------------------------------------------------------------


def payment_start(
    *,
    basket: Basket,
    user,
    details: CheckoutDetails,
    payment_method: str,
    expected_total: Decimal,
    idempotency_key: str,
    return_url: str,
    customer: str = "",
    off_session: bool = False,
    payment_method_types: tuple[str, ...] = (),
    request=None,
    gateway_name: str | None = None,
    metadata: dict[str, str] | None = None,
    on_intent_created: Callable[[PaymentIntent], None] | None = None,
    payment_method_type: str = "",
) -> PaymentIntent:
    """Reserve the basket's stock, then create and confirm the payment on the gateway.

    ``gateway_name`` picks another gateway than settings.PAYMENT_GATEWAY (pay on terms,
    instalment providers); ``metadata`` travels to the gateway with the payment. ``on_intent_created``
    runs in the transaction that creates the attempt, before the gateway is called (the instalment
    consent is written there); whatever it raises undoes the attempt.
    The same idempotency key (a double-clicked "Pay") returns the first attempt.
    """
    existing = PaymentIntent.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing
    if basket.is_empty:
        raise CheckoutError(_("Your basket is empty."))
    shipping_method = shipping_method_get(basket=basket, code=details.shipping_method_code, request=request, user=user)
    total = basket_payable_total(basket=basket, shipping_method=shipping_method)
    if total != expected_total:
        raise AmountMismatch(_("Your basket changed while you were paying. Please check the new total."))
    gateway = get_gateway(gateway_name)
    try:
        with transaction.atomic():
            intent = PaymentIntent.objects.create(
                idempotency_key=idempotency_key,
                gateway=gateway.name,
                amount=total,
                currency=basket.currency,
                basket=basket,
                user=user if user is not None and user.is_authenticated else None,
                email=details.email,
                checkout_data={
                    "shipping_address": details.shipping_address,
                    "shipping_method_code": shipping_method.code,
                    # card, klarna, instalments_3x, terms…: the kind of method chosen (credit/BNPL analytics)
                    "payment_method_type": payment_method_type or _method_type(payment_method, gateway.name),
                },
            )
            requirements = basket_requirements(basket)
            stock_allocate(requirements=requirements)
            StockReservation.objects.bulk_create(
                StockReservation(intent=intent, stockrecord_id=pk, quantity=quantity)
                for pk, quantity in requirements.items()
            )
            if on_intent_created is not None:
                on_intent_created(intent)
    except IntegrityError:  # a concurrent request with the same key got there first
        return PaymentIntent.objects.get(idempotency_key=idempotency_key)
    except InsufficientStock as exc:
        raise OutOfStock(_("Sorry, some items in your basket just sold out. Please review your basket.")) from exc

    payment_request = PaymentRequest(
        amount_minor=to_minor_units(total),
        currency=basket.currency,
        idempotency_key=idempotency_key,
        payment_method=payment_method,
        return_url=return_url,
        customer=customer,
        off_session=off_session,
        payment_method_types=payment_method_types,
        metadata={**(metadata or {}), "comptoir_intent": str(intent.pk), "basket": str(basket.pk)},
        customer_details={
            "email": details.email,
            "first_name": str(details.shipping_address.get("first_name") or ""),
            "last_name": str(details.shipping_address.get("last_name") or ""),
            "country": str(details.shipping_address.get("country") or ""),
        },
    )
    try:
        response = gateway.create_payment(payment_request)
    except GatewayError as error:
        logger.exception("Payment gateway error for intent %s", intent.pk)
        payment_fail(intent_id=intent.pk, code="gateway_error", message="")
        raise CheckoutError(
            _("We could not reach the payment provider. You have not been charged; please retry.")
        ) from error
    return payment_apply_response(intent_id=intent.pk, response=response)


def _method_type(payment_method: str, gateway_name: str) -> str:
    if payment_method in METHOD_LABELS:  # the sandbox takes "klarna", "sepa_debit"… as the method itself
        return payment_method
    return "card" if gateway_name in ("sandbox", "stripe") else gateway_name  # a card number or pm_… token


def payment_apply_response(*, intent_id: int, response: PaymentResponse) -> PaymentIntent:
    """Move our record to what the gateway says (from the browser return, a webhook or reconciliation)."""
    if response.status == PaymentStatus.SUCCEEDED:
        return payment_settle(intent_id=intent_id, response=response)
    if response.status == PaymentStatus.FAILED:
        return payment_fail(intent_id=intent_id, code=response.error_code, message=response.error_message)
    with transaction.atomic():
        intent = PaymentIntent.objects.select_for_update().get(pk=intent_id)
        intent.reference = intent.reference or response.reference
        intent.client_secret = response.client_secret or intent.client_secret
        if not intent.is_final:
            intent.status = (
                PaymentIntent.Status.REQUIRES_ACTION
                if response.status == PaymentStatus.REQUIRES_ACTION
                else PaymentIntent.Status.PROCESSING
            )
            intent.checkout_data = {**intent.checkout_data, "next_action_url": response.next_action_url}
        intent.save()
    return intent


# --- settling a payment --------------------------------------------------------------------------


def payment_settle(*, intent_id: int, response: PaymentResponse) -> PaymentIntent:
    """The money was taken: place the order on the reserved stock, or refund it all if the stock is gone."""
    refund_id = None
    with transaction.atomic():
        intent = PaymentIntent.objects.select_for_update().get(pk=intent_id)
        intent.reference = intent.reference or response.reference
        if intent.status in (PaymentIntent.Status.SUCCEEDED, PaymentIntent.Status.REFUNDED_OUT_OF_STOCK):
            intent.save(update_fields=["reference", "updated"])
            return intent
        reservations = list(intent.reservations.all())
        try:
            basket = basket_load(basket_id=intent.basket_id, user=intent.user)
            payment_matches_basket(intent=intent, basket=basket, reservations=reservations, response=response)
            reservations_renew(reservations)
        except (InsufficientStock, CheckoutError, Basket.DoesNotExist):
            refund = refund_create(intent=intent, amount=intent.amount, reason=Refund.Reason.OUT_OF_STOCK, key="settle")
            refund_id = refund.pk
            intent.status = PaymentIntent.Status.REFUNDED_OUT_OF_STOCK
            intent.save()
            from .tasks import send_payment_email

            send_payment_email.delay_on_commit(intent.pk, "out_of_stock")
        else:
            order = order_place(intent=intent, basket=basket)
            StockReservation.objects.filter(intent=intent).update(converted=True)
            intent.status = PaymentIntent.Status.SUCCEEDED
            intent.order = order
            intent.save()
            # robust: a failing receiver (ledger, e-mail) is logged; the shopper still sees the paid order.
            transaction.on_commit(lambda: order_paid_notify(order_id=order.pk), robust=True)
    if refund_id is not None:
        refund_submit(refund_id=refund_id)
    return intent


def payment_matches_basket(*, intent, basket, reservations, response: PaymentResponse) -> None:
    """The basket may have changed in another tab while the shopper was at the bank: refuse a mismatch."""
    reserved = {reservation.stockrecord_id: reservation.quantity for reservation in reservations}
    if basket.status not in (Basket.OPEN, Basket.FROZEN) or basket_requirements(basket) != reserved:
        raise AmountMismatch("the basket changed during the payment")
    shipping_method = shipping_method_get(basket=basket, code=intent.checkout_data.get("shipping_method_code", ""))
    total = basket_payable_total(basket=basket, shipping_method=shipping_method)
    if not (response.amount_minor == to_minor_units(intent.amount) == to_minor_units(total)):
        raise AmountMismatch("the amount paid differs from the basket total")


def reservations_renew(reservations: list[StockReservation]) -> None:
    """Re-allocate reservations that expired before the payment succeeded (raises InsufficientStock)."""
    released = [reservation for reservation in reservations if reservation.released]
    if not released:
        return
    stock_allocate(requirements={reservation.stockrecord_id: reservation.quantity for reservation in released})
    StockReservation.objects.filter(pk__in=[reservation.pk for reservation in released]).update(released=False)


def order_place(*, intent: PaymentIntent, basket: Basket) -> Order:
    user = intent.user
    shipping_method = shipping_method_get(basket=basket, code=intent.checkout_data.get("shipping_method_code", ""))
    address_data = dict(intent.checkout_data.get("shipping_address") or {})
    country = Country.objects.get(iso_3166_1_a2=address_data.pop("country", "FR"))
    shipping_address = ShippingAddress.objects.create(country=country, **address_data)
    charge = shipping_method.calculate(basket)
    total = OrderTotalCalculator().calculate(basket, charge)
    order = OrderCreator().place_order(
        basket=basket,
        total=total,
        shipping_method=shipping_method,
        shipping_charge=charge,
        user=user,
        shipping_address=shipping_address,
        guest_email=intent.email if user is None else "",
        stock_already_allocated=True,
    )
    basket.submit()
    source_type, __ = SourceType.objects.get_or_create(code=intent.gateway, defaults={"name": intent.gateway.title()})
    Source.objects.create(
        order=order,
        source_type=source_type,
        currency=intent.currency,
        amount_allocated=intent.amount,
        amount_debited=intent.amount,
        reference=intent.reference,
    )
    event_type, __ = PaymentEventType.objects.get_or_create(code="paid", defaults={"name": "Paid"})
    PaymentEvent.objects.create(order=order, amount=intent.amount, reference=intent.reference, event_type=event_type)
    return order


def order_paid_notify(*, order_id: int) -> None:
    order = Order.objects.select_related("payment_intent").get(pk=order_id)
    intent = order.payment_intent
    order_paid.send(
        sender=PaymentIntent, order=order, amount=intent.amount, currency=intent.currency, reference=intent.reference
    )
    from .tasks import send_payment_email

    send_payment_email.delay(intent.pk, "confirmation")


def payment_fail(*, intent_id: int, code: str, message: str) -> PaymentIntent:
    """The payment did not go through: give the stock back and reopen the basket (a later success still wins)."""
    with transaction.atomic():
        intent = PaymentIntent.objects.select_for_update().get(pk=intent_id)
        if intent.is_final:  # out of order: a success (or an earlier failure) already settled it
            return intent
        reservations_release(intent)
        intent.status = PaymentIntent.Status.FAILED
        intent.last_error_code = code[:60]
        intent.last_error_message = (message or _("Your payment was declined."))[:255]
        intent.save()
        from .tasks import send_payment_email

        send_payment_email.delay_on_commit(intent.pk, "failed")
    return intent


def reservations_release(intent: PaymentIntent) -> None:
    active = list(intent.reservations.filter(released=False, converted=False))
    if active:
        stock_release(requirements={reservation.stockrecord_id: reservation.quantity for reservation in active})
        StockReservation.objects.filter(pk__in=[reservation.pk for reservation in active]).update(released=True)


def reservations_expire(*, older_than: timedelta | None = None) -> int:
    """Give back stock held by payments abandoned before an answer (3-D Secure page closed…)."""
    if older_than is None:
        older_than = timedelta(minutes=settings.PAYMENT_RESERVATION_MINUTES)
    stale = PaymentIntent.objects.filter(
        status__in=[PaymentIntent.Status.CREATED, PaymentIntent.Status.REQUIRES_ACTION],
        updated__lt=timezone.now() - older_than,
        reservations__released=False,
        reservations__converted=False,
    ).distinct()
    count = 0
    for intent_id in stale.values_list("pk", flat=True):
        with transaction.atomic():
            intent = PaymentIntent.objects.select_for_update().get(pk=intent_id)
            if not intent.is_final:
                reservations_release(intent)
                count += 1
    return count


# --- refunds ---------------------------------------------------------------------------------------


def refund_create(*, intent: PaymentIntent, amount: Decimal, reason: str, key: str, order=None, initiated_by=None):
    """The Refund row, unique per idempotency key: one refund however many times the caller runs."""
    refund, __ = Refund.objects.get_or_create(
        idempotency_key=f"refund-{intent.pk}-{key}",
        defaults={
            "intent": intent,
            "order": order,
            "amount": amount,
            "currency": intent.currency,
            "reason": reason,
            "initiated_by": initiated_by,
        },
    )
    return refund


def refund_submit(*, refund_id: int) -> Refund:
    """Send a pending refund to the gateway (its idempotency key makes a retry safe)."""
    refund = Refund.objects.select_related("intent").get(pk=refund_id)
    if refund.status != Refund.Status.PENDING:
        return refund
    try:
        response = get_gateway(refund.intent.gateway).refund(
            RefundRequest(
                payment_reference=refund.intent.reference,
                amount_minor=to_minor_units(refund.amount),
                idempotency_key=refund.idempotency_key,
                reason="requested_by_customer",
            )
        )
    except GatewayError:
        logger.exception("Refund %s could not be sent; the reconciliation task retries it", refund.pk)
        return refund
    with transaction.atomic():
        refund = Refund.objects.select_for_update(of=("self",)).select_related("intent", "order").get(pk=refund_id)
        if refund.status != Refund.Status.PENDING:
            return refund
        refund.reference = response.reference
        refund.status = Refund.Status.FAILED if response.status == "failed" else Refund.Status.SUCCEEDED
        refund.save(update_fields=["reference", "status"])
        if refund.status == Refund.Status.SUCCEEDED:
            transaction.on_commit(lambda: refund_succeeded_notify(refund_id=refund.pk), robust=True)
    return refund


def refund_succeeded_notify(*, refund_id: int) -> None:
    refund = Refund.objects.select_related("order").prefetch_related("lines__line").get(pk=refund_id)
    if refund.order is None:
        return
    event_type, __ = PaymentEventType.objects.get_or_create(code="refunded", defaults={"name": "Refunded"})
    PaymentEvent.objects.get_or_create(
        order=refund.order,
        reference=refund.reference,
        event_type=event_type,
        defaults={"amount": refund.amount},
    )
    refund_succeeded.send(
        sender=Refund,
        order=refund.order,
        amount=refund.amount,
        currency=refund.currency,
        reference=refund.reference,
        lines=[(refund_line.line, refund_line.quantity) for refund_line in refund.lines.all()],
        reason=refund.reason,
    )


def refunded_quantities(order: Order) -> Counter[int]:
    quantities: Counter[int] = Counter()
    for line_id, quantity in RefundLine.objects.filter(
        refund__order=order, refund__status__in=[Refund.Status.PENDING, Refund.Status.SUCCEEDED]
    ).values_list("line_id", "quantity"):
        quantities[line_id] += quantity
    return quantities


def refund_order_lines(*, order: Order, lines: list[tuple[Line, int]], reason: str, initiated_by=None) -> Refund:
    """Refund some quantity of some lines of a paid order (full or partial, any vendor's lines).

    Raises ValueError when a line is not the order's or more is asked than is left to refund.
    """
    if not lines:
        raise ValueError(_("Choose at least one line to refund."))
    with transaction.atomic():
        intent = (
            PaymentIntent.objects.select_for_update().filter(order=order, status=PaymentIntent.Status.SUCCEEDED).first()
        )
        if intent is None:
            raise ValueError(_("This order has no captured payment to refund."))
        already = refunded_quantities(order)
        amount = Decimal("0.00")
        planned = []
        for line, quantity in lines:
            if line.order_id != order.pk:
                raise ValueError(_("This line does not belong to the order."))
            if quantity <= 0 or already[line.pk] + quantity > line.quantity:
                raise ValueError(_("You cannot refund more than was bought."))
            already[line.pk] += quantity
            line_amount = (line.line_price_incl_tax / line.quantity * quantity).quantize(Decimal("0.01"))
            planned.append((line, quantity, line_amount))
            amount += line_amount
        key = "lines-" + "-".join(f"{line.pk}x{already[line.pk]}" for line, __, __ in planned)
        refund = refund_create(
            intent=intent, amount=amount, reason=reason, key=key, order=order, initiated_by=initiated_by
        )
        if not refund.lines.exists():
            RefundLine.objects.bulk_create(
                RefundLine(refund=refund, line=line, quantity=quantity, amount=line_amount)
                for line, quantity, line_amount in planned
            )
    return refund_submit(refund_id=refund.pk)


# --- gateway events (webhooks, reconciliation) -----------------------------------------------------


def intent_for_reference(reference: str, metadata: dict) -> PaymentIntent | None:
    intent = PaymentIntent.objects.filter(reference=reference).first() if reference else None
    if intent is None and (metadata or {}).get("comptoir_intent", "").isdigit():
        intent = PaymentIntent.objects.filter(pk=int(metadata["comptoir_intent"])).first()
    return intent


def payments_reconcile(*, since: timedelta = timedelta(hours=6)) -> int:
    """Catch up after a webhook outage: ask the gateways about recent payments and settle ours."""
    created_after = int((timezone.now() - since).timestamp())
    settled = 0
    responses = list(get_gateway().list_recent_payments(created_after=created_after))
    try:  # instalment plans: the provider's notifications can be lost too
        responses += get_gateway("instalments").list_recent_payments(created_after=created_after)
    except GatewayError:
        logger.exception("Instalment provider unavailable for reconciliation")
    for response in responses:
        intent = intent_for_reference(response.reference, response.metadata)
        if intent is None or intent.is_final:
            continue
        if response.status in (PaymentStatus.SUCCEEDED, PaymentStatus.FAILED):
            payment_apply_response(intent_id=intent.pk, response=response)
            settled += 1
    for refund_id in Refund.objects.filter(status=Refund.Status.PENDING).values_list("pk", flat=True):
        refund_submit(refund_id=refund_id)
    return settled


def gateway_amount(amount_minor: int) -> Decimal:
    return from_minor_units(amount_minor)


# --- saved payment methods and one-click buy ---------------------------------------------------------


def payment_method_save(*, user, payment_method: str, return_url: str = "") -> SavedPaymentMethod:
    """Save a card for off-session payments (Stripe: Customer + confirmed SetupIntent); it becomes the default."""
    gateway = get_gateway()
    existing = SavedPaymentMethod.objects.filter(user=user, gateway=gateway.name).first()
    customer = existing.customer_reference if existing else ""
    if not customer:
        customer = gateway.create_customer(email=user.email, idempotency_key=f"customer-{gateway.name}-{user.pk}")
    setup = gateway.create_setup(
        SetupRequest(
            customer=customer,
            payment_method=payment_method,
            idempotency_key=f"setup-{user.pk}-{uuid.uuid4().hex}",
            return_url=return_url,
        )
    )
    if setup.status != PaymentStatus.SUCCEEDED:
        raise CheckoutError(setup.error_message or _("Your bank did not accept this card."))
    with transaction.atomic():
        SavedPaymentMethod.objects.filter(user=user).update(is_default=False)
        saved, __ = SavedPaymentMethod.objects.update_or_create(
            user=user,
            reference=setup.payment_method,
            defaults={
                "gateway": gateway.name,
                "customer_reference": customer,
                "brand": setup.brand,
                "last4": setup.last4,
                "is_default": True,
            },
        )
    return saved


def one_click_buy(*, user, product, quantity: int, idempotency_key: str, return_url: str) -> PaymentIntent:
    """ "Buy now": a basket of its own, the default address and saved card, paid off-session.

    When the bank wants the shopper there (authentication_required), the same purchase
    is retried on-session so the shopper can authenticate.
    """
    method = SavedPaymentMethod.objects.filter(user=user, is_default=True).first()
    address = user.addresses.filter(is_default_for_shipping=True).select_related("country").first()
    if method is None or address is None:
        raise CheckoutError(_("One-click buy needs a saved card and a default delivery address."))
    existing = PaymentIntent.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing
    # A basket of its own, frozen before anyone else sees it: the shopper's open basket stays as it is.
    with transaction.atomic():
        basket = Basket.objects.create(owner=user)
        basket.strategy = Selector().strategy(user=user)
        basket.add_product(product, quantity)
        basket.freeze()
    basket_lines_prefetch(basket)
    details = CheckoutDetails(
        email=user.email,
        shipping_address={
            **{name: str(getattr(address, name) or "") for name in ONE_CLICK_ADDRESS_FIELDS},
            "country": address.country.iso_3166_1_a2,
        },
        shipping_method_code="",
    )
    shipping_method = shipping_method_get(basket=basket, user=user)
    arguments = {
        "basket": basket,
        "user": user,
        "details": details,
        "payment_method": method.reference,
        "expected_total": basket_payable_total(basket=basket, shipping_method=shipping_method),
        "return_url": return_url,
        "customer": method.customer_reference,
    }
    intent = payment_start(**arguments, idempotency_key=idempotency_key, off_session=True)
    if intent.status == PaymentIntent.Status.FAILED and intent.last_error_code == "authentication_required":
        intent = payment_start(**arguments, idempotency_key=f"{idempotency_key}-on-session", off_session=False)
    return intent


ONE_CLICK_ADDRESS_FIELDS = ("first_name", "last_name", "line1", "line2", "line4", "postcode", "phone_number")
