"""The ledger balances to the cent and equals the order totals, whatever the orders, refunds and cancellations."""

from decimal import Decimal

import pytest
from django.db import transaction
from django.db.models import Sum
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from oscar.core.loading import get_model

from vendors import services
from vendors.models import LedgerEntry, VendorProfile

pytestmark = pytest.mark.django_db
Basket = get_model("basket", "Basket")
Partner = get_model("partner", "Partner")

line_strategy = st.tuples(
    st.integers(min_value=0, max_value=2),  # vendor index
    st.integers(min_value=1, max_value=99_999),  # unit price in cents
    st.integers(min_value=1, max_value=4),  # quantity
)


class _Rollback(Exception):
    pass


def _balance(**filters) -> int:
    return LedgerEntry.objects.filter(**filters).aggregate(t=Sum("amount_cents"))["t"] or 0


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(
    lines=st.lists(line_strategy, min_size=1, max_size=5),
    rates=st.lists(st.decimals(min_value=0, max_value=Decimal("0.3"), places=4), min_size=3, max_size=3),
    refunds=st.lists(st.tuples(st.integers(0, 4), st.integers(1, 4), st.booleans()), max_size=4),
)
def test_ledger_balances_to_the_cent(product_factory, lines, rates, refunds):
    from oscar.apps.partner.strategy import Default
    from oscar.test.factories import create_order

    try:
        with transaction.atomic():
            partners = [Partner.objects.create(name=f"V{i}") for i in range(3)]
            for partner, rate in zip(partners, rates, strict=True):
                VendorProfile.objects.create(partner=partner, slug=f"v{partner.pk}", commission_rate=rate)
            basket = Basket.objects.create()
            basket.strategy = Default()
            for index, (vendor, price, quantity) in enumerate(lines):
                product = product_factory(
                    title=f"P{index}", partner=partners[vendor], price=str(Decimal(price) / 100), stock=10
                )
                basket.add_product(product, quantity)
            order = create_order(basket=basket)
            services.ledger_record_order_paid(order=order, amount=order.total_incl_tax, reference="pi_1")
            services.ledger_record_order_paid(order=order, amount=order.total_incl_tax, reference="pi_1")  # replayed

            order_lines = list(order.lines.order_by("pk"))
            refunded_cents, pending_cents, refunded_by_vendor = 0, 0, 0
            for n, (line_index, quantity, pending) in enumerate(refunds):
                line = order_lines[line_index % len(order_lines)]
                quantity = min(quantity, line.quantity)
                amount = line.line_price_incl_tax * quantity / line.quantity
                services.ledger_record_refund(
                    order=order, amount=amount, reference=f"r{n}", lines=[(line, quantity)], pending=pending
                )
                cents = services.cents(amount)
                refunded_by_vendor += cents
                if pending:
                    pending_cents += cents
                else:
                    refunded_cents += cents

            # every transaction balances, so the whole ledger does
            for txn in LedgerEntry.objects.values_list("transaction", flat=True).distinct():
                assert _balance(transaction=txn) == 0, txn
            assert _balance() == 0
            # the money the platform holds is what was paid minus what went back
            paid = services.cents(order.total_incl_tax)
            assert _balance(account=services.CASH) == paid - refunded_cents
            assert _balance(account=services.REFUNDS_PAYABLE) == -pending_cents
            # vendors + commission = the lines' value minus what was refunded of them
            gross = sum(services.cents(line.line_price_incl_tax) for line in order_lines)
            vendors_and_commission = _balance(account__startswith="vendor:") + _balance(account=services.COMMISSION)
            assert vendors_and_commission == -(gross - refunded_by_vendor)
            raise _Rollback
    except _Rollback:
        pass


def test_category_override_beats_the_vendor_rate(vendor_a, product_factory):
    from oscar.test.factories import CategoryFactory

    from vendors.models import CategoryCommission

    partner, _user = vendor_a
    VendorProfile.objects.create(partner=partner, slug="a", commission_rate=Decimal("0.10"))
    product = product_factory(title="Lamp", partner=partner)
    category = CategoryFactory(name="Lamps")
    product.categories.add(category)
    assert services.commission_rate(partner_id=partner.pk, product=product) == Decimal("0.10")
    CategoryCommission.objects.create(partner=partner, category=category, rate=Decimal("0.05"))
    assert services.commission_rate(partner_id=partner.pk, product=product) == Decimal("0.05")


def test_order_paid_signal_feeds_the_ledger_and_a_statement_is_paid(vendor_a, product_factory, staff_user, client):
    from django.urls import reverse
    from oscar.apps.partner.strategy import Default
    from oscar.test.factories import create_order

    from core import signals

    partner, user = vendor_a
    VendorProfile.objects.create(partner=partner, slug="a", commission_rate=Decimal("0.10"), payout_iban="FR7612345")
    basket = Basket.objects.create()
    basket.strategy = Default()
    basket.add_product(product_factory(title="Mug", partner=partner, price="20.00"), 2)
    order = create_order(basket=basket)
    signals.order_paid.send(sender=None, order=order, amount=order.total_incl_tax, currency="EUR", reference="pi_9")
    assert services.account_balance(account=f"vendor:{partner.pk}") == -3600  # 40.00 - 10 % commission
    assert order.fulfilment_groups.count() == 1

    statement = services.statement_create(partner=partner, period_start=None, period_end=None)
    assert statement.amount_cents == 3600
    client.force_login(user)
    csv_body = client.get(reverse("dashboard:vendors-statement-csv", kwargs={"pk": statement.pk})).content.decode()
    assert "36.00" in csv_body
    pdf = client.get(reverse("dashboard:vendors-statement-pdf", kwargs={"pk": statement.pk}))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client.post(reverse("dashboard:vendors-statement-detail", kwargs={"pk": statement.pk})).status_code == 403

    client.force_login(staff_user)
    client.post(reverse("dashboard:vendors-statement-detail", kwargs={"pk": statement.pk}))
    statement.refresh_from_db()
    assert statement.status == "paid" and statement.gateway_reference.startswith("bank-transfer:")
    assert services.account_balance(account=f"vendor:{partner.pk}") == 0
