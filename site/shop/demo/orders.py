"""Paid multi-vendor orders of demo shoppers, placed through the real checkout and payment services.

Each order is a basket of two or three demo vendors' products paid with the sandbox gateway's test card
(``payments.services.payment_start``): the order is placed, the ``order_paid`` signal records it in the
vendors' double-entry ledger and splits it into fulfilment groups. Then each vendor's part goes its way through
the vendors' services: confirmed, shipped, cancelled by the vendor (refunded through the payment layer), or
shipped and partly refunded by staff. Once those effects are committed, each demo vendor gets a payout statement
for the current month, so the statements pages and downloads have lines.

Deterministic (orders, shoppers, products, outcomes and dates depend only on the order's number and the data
loaded) and idempotent: an order is keyed by its payment's idempotency key and is never placed twice.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils import timezone
from oscar.core.loading import get_class, get_model

from shop.demo.randomness import stable_random
from shop.demo.vendors import VENDOR_EMAIL_DOMAIN

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Selector = get_class("partner.strategy", "Selector")

DEFAULT_ORDER_COUNT = 40
ORDER_KEY_PREFIX = "demo-order-"
SHOPPER_PASSWORD = "comptoir-shopper"  # noqa: S105  (a local demo account)
DEMO_CARD = "4242 4242 4242 4242"  # the sandbox gateway's (and Stripe test mode's) card that always succeeds
CARRIERS = ("Colissimo", "Chronopost", "DPD", "Mondial Relay")
# What happens to one vendor's part of an order, in turn: mostly shipped, some waiting, a few cancelled/refunded.
OUTCOMES = (
    "shipped",
    "confirmed",
    "shipped",
    "pending",
    "cancelled",
    "shipped",
    "refunded",
    "confirmed",
    "shipped",
    "pending",
)
SHOPPERS = (
    ("Camille", "Durand", "12 rue des Lilas", "Lyon", "69003"),
    ("Léa", "Martin", "3 quai de la Fosse", "Nantes", "44000"),
    ("Hugo", "Bernard", "48 cours Julien", "Marseille", "13006"),
    ("Chloé", "Petit", "7 place du Capitole", "Toulouse", "31000"),
    ("Lucas", "Moreau", "21 rue Nationale", "Lille", "59800"),
    ("Manon", "Laurent", "5 rue de la Monnaie", "Rennes", "35000"),
)


@dataclass
class DemoOrderCounts:
    placed: int = 0
    skipped: int = 0  # already placed by an earlier run
    failed: list[str] = field(default_factory=list)  # why an order could not be placed (sold out…)
    outcomes: dict[str, int] = field(default_factory=dict)
    shoppers_created: int = 0


def shopper_email(number: int) -> str:
    return f"shopper-{number}@{VENDOR_EMAIL_DOMAIN}"


def demo_shoppers_ensure() -> tuple[list, int]:
    """The demo shoppers (created once; an existing account and its password are left alone)."""
    User = get_user_model()
    password_hash = make_password(SHOPPER_PASSWORD)
    shoppers, created = [], 0
    for number, (first_name, last_name, *_address) in enumerate(SHOPPERS, start=1):
        user, was_created = User.objects.get_or_create(
            email=shopper_email(number),
            defaults={"first_name": first_name, "last_name": last_name, "password": password_hash},
        )
        shoppers.append(user)
        created += was_created
    return shoppers, created


def _saleable(partners) -> dict[int, list]:
    """partner id → its stock records a demo shopper can buy two of, in a stable order."""
    records = (
        StockRecord.objects.filter(
            partner__in=partners,
            price__gt=0,
            num_in_stock__gte=Coalesce(F("num_allocated"), 0) + 2,
            product__is_public=True,
            product__structure__in=["standalone", "child"],
        )
        .select_related("product", "partner")
        .order_by("partner__code", "product__upc", "pk")
    )
    saleable: dict[int, list] = {}
    for record in records:
        saleable.setdefault(record.partner_id, []).append(record)
    return saleable


def demo_orders_load(*, partners: list, count: int = DEFAULT_ORDER_COUNT, staff=None) -> DemoOrderCounts:
    """Place ``count`` paid orders across ``partners`` (the demo vendors) and move their parts along.

    Must run outside a transaction to act at once; inside one (the tests), the ledger, e-mails and statements
    follow when it commits, in the order the real services would produce them.
    """
    from payments.models import PaymentIntent
    from vendors.services import fulfilment_groups_for_order

    counts = DemoOrderCounts()
    shoppers, counts.shoppers_created = demo_shoppers_ensure()
    saleable = _saleable(partners)
    vendor_ids = sorted(saleable, key=lambda pk: saleable[pk][0].partner.code)
    if count <= 0 or len(vendor_ids) < 2:
        return counts
    done = set(
        PaymentIntent.objects.filter(idempotency_key__startswith=ORDER_KEY_PREFIX).values_list(
            "idempotency_key", flat=True
        )
    )
    period_start = timezone.localtime().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    placed_orders = []
    for number in range(count):
        key = f"{ORDER_KEY_PREFIX}{number:04d}"
        if key in done:
            counts.skipped += 1
            continue
        draw = stable_random("demo-order", key)
        # Every vendor gets orders: the vendors of order n follow on from those of order n - 1.
        chosen = [vendor_ids[(number * 2 + offset) % len(vendor_ids)] for offset in range(draw.choice((2, 2, 3)))]
        items = [(draw.choice(saleable[vendor_id]), draw.choice((1, 1, 2))) for vendor_id in dict.fromkeys(chosen)]
        shopper_index = number % len(shoppers)
        order, error = _place(key=key, shopper=shoppers[shopper_index], address=SHOPPERS[shopper_index], items=items)
        if order is None:
            counts.failed.append(f"{key}: {error}")
            continue
        counts.placed += 1
        # The ledger splits a paid order into one group per vendor when the payment commits; the same
        # (idempotent) service does it now, so that the vendors can act on their parts straight away.
        groups = sorted(fulfilment_groups_for_order(order=order), key=lambda group: group.partner.code)
        for position, group in enumerate(groups):
            outcome = OUTCOMES[(number * 3 + position) % len(OUTCOMES)]
            _move_along(group=group, outcome=outcome, key=key, staff=staff)
            counts.outcomes[outcome] = counts.outcomes.get(outcome, 0) + 1
        placed_at = period_start + (timezone.now() - period_start) * draw.random()
        placed_orders.append((order.pk, placed_at))
    # The ledger is written when the payments commit: date the orders and draw the statements after that.
    transaction.on_commit(lambda: _date_orders(placed_orders))
    transaction.on_commit(lambda: demo_statements_ensure(partners=partners, period_start=period_start))
    return counts


def _place(
    *, key: str, shopper, address: tuple, items: list, gateway_name: str = "sandbox", metadata: dict | None = None
) -> tuple:
    """Pay for ``items`` ((stock record, quantity) pairs) as ``shopper``: (order, "") or (None, why not).

    ``gateway_name`` "terms" places a B2B order on payment terms (credit.demo) instead of the test card.
    """
    from payments.services import (
        CheckoutDetails,
        CheckoutError,
        basket_load,
        basket_payable_total,
        payment_start,
        shipping_method_get,
    )

    with transaction.atomic():
        basket = Basket.objects.create(owner=shopper)
        basket.strategy = Selector().strategy(user=shopper)
        for record, quantity in items:
            basket.add_product(record.product, quantity)
        basket.freeze()
    basket = basket_load(basket_id=basket.pk, user=shopper)  # prices and offers as the shopper's request sees them
    first_name, last_name, line1, city, postcode = address
    details = CheckoutDetails(
        email=shopper.email,
        shipping_address={
            "first_name": first_name,
            "last_name": last_name,
            "line1": line1,
            "line4": city,
            "postcode": postcode,
            "country": "FR",
        },
        shipping_method_code="",
    )
    try:
        total = basket_payable_total(basket=basket, shipping_method=shipping_method_get(basket=basket, user=shopper))
        intent = payment_start(
            basket=basket,
            user=shopper,
            details=details,
            payment_method=DEMO_CARD if gateway_name == "sandbox" else gateway_name,
            expected_total=total,
            idempotency_key=key,
            return_url="http://localhost/checkout/return/",
            gateway_name=gateway_name,  # never a real card network, whatever STRIPE_SECRET_KEY says
            metadata=metadata,
        )
    except CheckoutError as error:
        return None, str(error)
    if intent.order_id is None:
        return None, intent.last_error_message or intent.status
    return Order.objects.get(pk=intent.order_id), ""


def _move_along(*, group, outcome: str, key: str, staff) -> None:
    """One vendor's part of a demo order: confirmed, shipped, cancelled, or shipped then partly refunded."""
    from payments.services import refund_order_lines
    from vendors import services

    if outcome == "pending":
        return
    if outcome == "cancelled":
        vendor_user = group.partner.users.order_by("pk").first()
        services.fulfilment_cancel(group=group, user=vendor_user, reason="Out of stock at the workshop")
        return
    group = services.fulfilment_confirm(group=group)
    if outcome == "confirmed":
        return
    draw = stable_random("demo-shipment", key, group.partner.code)
    group = services.fulfilment_ship(
        group=group, carrier=draw.choice(CARRIERS), tracking_number=f"DEMO{draw.randrange(10**9, 10**10)}"
    )
    if outcome == "refunded":
        line = group.order.lines.filter(partner=group.partner).order_by("pk").first()
        refund_order_lines(order=group.order, lines=[(line, 1)], reason="Damaged in transit", initiated_by=staff)


def _date_orders(placed_orders: list[tuple[int, datetime]]) -> None:
    """Spread the demo orders over the current month: the order, its ledger entries, its shipments."""
    from vendors.models import FulfilmentGroup, LedgerEntry

    for order_id, placed_at in placed_orders:
        Order.objects.filter(pk=order_id).update(date_placed=placed_at)
        LedgerEntry.objects.filter(order_id=order_id).update(created=placed_at)
        shipped_at = min(placed_at + timedelta(days=1), timezone.now())
        FulfilmentGroup.objects.filter(order_id=order_id, shipped_at__isnull=False).update(shipped_at=shipped_at)


def demo_statements_ensure(*, partners: list, period_start: datetime) -> int:
    """A payout statement of the current month for each demo vendor with ledger entries not on one yet."""
    from vendors.models import LedgerEntry
    from vendors.services import statement_create, vendor_account

    created = 0
    now = timezone.now()
    for partner in partners:
        open_entries = LedgerEntry.objects.filter(
            account=vendor_account(partner.pk), statement__isnull=True, created__gte=period_start, created__lte=now
        ).exclude(kind=LedgerEntry.PAYOUT)
        if open_entries.exists():
            statement_create(partner=partner, period_start=period_start, period_end=now)
            created += 1
    return created


def demo_orders_delete() -> int:
    """Delete the demo orders with what the payments and the ledger recorded about them; returns how many."""
    from payments.models import PaymentIntent, Refund, SandboxObject
    from vendors.models import LedgerEntry

    with transaction.atomic():
        # The sandbox gateway's record of these payments goes too, or a new load would replay its keys.
        SandboxObject.objects.filter(idempotency_key__startswith=ORDER_KEY_PREFIX).delete()
        intents = PaymentIntent.objects.filter(idempotency_key__startswith=ORDER_KEY_PREFIX)
        order_ids = list(intents.exclude(order=None).values_list("order_id", flat=True))
        LedgerEntry.objects.filter(order_id__in=order_ids).delete()
        Refund.objects.filter(intent__in=intents).delete()
        intents.delete()
        deleted = Order.objects.filter(pk__in=order_ids).delete()[1].get(Order._meta.label, 0)
        get_user_model().objects.filter(email__in=[shopper_email(n) for n in range(1, len(SHOPPERS) + 1)]).delete()
    return deleted
