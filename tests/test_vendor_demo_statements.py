"""The demo loader places paid multi-vendor orders through the real services, and a demo vendor downloads a
payout statement (CSV and PDF) whose totals are its ledger's. Runs on a small slice of the Olist files."""

import csv
import io
from collections import Counter
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Sum
from django.urls import reverse
from oscar.core.loading import get_model

from shop.demo.orders import ORDER_KEY_PREFIX
from shop.demo.services import default_data_folder
from shop.demo.vendors import vendor_email
from vendors.models import FulfilmentGroup, LedgerEntry, PayoutStatement
from vendors.selectors import vendor_balance_cents

Partner = get_model("partner", "Partner")
Order = get_model("order", "Order")

ORDERS = 10

pytestmark = [
    pytest.mark.slow,
    pytest.mark.django_db,
    pytest.mark.skipif(not default_data_folder().is_dir(), reason="Olist data not found"),
]


def load_demo(capture) -> str:
    output = StringIO()
    # The test runs in a transaction: what the payments do on commit (ledger, statements) runs at its end.
    with capture(execute=True):
        call_command(
            "demo_data", vendors=5, products=60, orders=ORDERS, no_progress=True, stdout=output, stderr=StringIO()
        )
    return output.getvalue()


def world_counts() -> dict[str, int]:
    from payments.models import PaymentIntent, Refund

    return {
        "orders": Order.objects.count(),
        "intents": PaymentIntent.objects.count(),
        "refunds": Refund.objects.count(),
        "ledger": LedgerEntry.objects.count(),
        "statements": PayoutStatement.objects.count(),
        "groups": FulfilmentGroup.objects.count(),
        "users": get_user_model().objects.count(),
    }


@pytest.fixture
def demo(django_capture_on_commit_callbacks):
    output = load_demo(django_capture_on_commit_callbacks)
    return output


def test_demo_orders_are_paid_split_across_vendors_and_moved_along(demo):
    from payments.models import PaymentIntent, Refund

    intents = PaymentIntent.objects.filter(idempotency_key__startswith=ORDER_KEY_PREFIX)
    assert intents.count() == ORDERS
    assert set(intents.values_list("status", flat=True)) == {PaymentIntent.Status.SUCCEEDED}
    assert set(intents.values_list("gateway", flat=True)) == {"sandbox"}
    orders = Order.objects.filter(payment_intent__in=intents)
    assert orders.count() == ORDERS
    for order in orders:
        assert order.fulfilment_groups.count() >= 2, "every demo order spans several vendors"
        paid = LedgerEntry.objects.get(order=order, kind=LedgerEntry.ORDER_PAID, account="cash")
        assert paid.amount_cents == int(order.total_incl_tax * 100)
        shipping = order.fulfilment_groups.aggregate(total=Sum("shipping_charge"))["total"]
        assert Decimal(shipping).quantize(Decimal("0.01")) == order.shipping_incl_tax
    statuses = Counter(FulfilmentGroup.objects.values_list("status", flat=True))
    assert {"shipped", "confirmed", "pending", "cancelled"} <= set(statuses)
    refunds = Refund.objects.filter(intent__in=intents, status=Refund.Status.SUCCEEDED)
    assert {"Out of stock at the workshop", "Damaged in transit"} <= set(refunds.values_list("reason", flat=True))
    assert LedgerEntry.objects.filter(kind=LedgerEntry.REFUND, pending=False).exists()
    # Every ledger transaction balances to the cent.
    unbalanced = LedgerEntry.objects.values("transaction").annotate(total=Sum("amount_cents")).exclude(total=0).count()
    assert unbalanced == 0
    assert "orders +10 (0 from an earlier run)" in demo


def test_demo_vendor_downloads_statement_csv_and_pdf_matching_its_ledger(demo, client):
    from pypdf import PdfReader

    statements = PayoutStatement.objects.select_related("partner")
    assert statements.count() == Partner.objects.count(), "every demo vendor sold something"
    for statement in statements:
        assert statement.status == PayoutStatement.OPEN and statement.entries.exists()
        # Nothing is paid out yet: the statement owes exactly the vendor's ledger balance.
        assert statement.amount_cents == vendor_balance_cents(partner=statement.partner) > 0

    statement = max(statements, key=lambda s: s.entries.count())
    other = statements.exclude(pk=statement.pk).first()
    user = get_user_model().objects.get(email=vendor_email(partner_code=statement.partner.code))
    client.force_login(user)

    listing = client.get(reverse("dashboard:vendors-statement-list"))
    assert listing.status_code == 200 and list(listing.context["statements"]) == [statement]

    response = client.get(reverse("dashboard:vendors-statement-csv", kwargs={"pk": statement.pk}))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    header, lines, total = rows[0], rows[1:-1], rows[-1]
    assert header[-1].startswith("amount")
    assert len(lines) == statement.entries.count() > 0
    assert {line[1] for line in lines} >= {"Order paid", "Commission"}
    line_cents = sum(int(Decimal(line[-1]) * 100) for line in lines)
    assert line_cents == statement.amount_cents == vendor_balance_cents(partner=statement.partner)
    assert total[-1] == f"{statement.amount_cents / 100:.2f}"

    pdf = client.get(reverse("dashboard:vendors-statement-pdf", kwargs={"pk": statement.pk}))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert statement.partner.name in text
    assert f"Total to pay {statement.amount_cents / 100:.2f}" in " ".join(text.split())

    # Another demo vendor's statement stays out of reach.
    for name in ("vendors-statement-csv", "vendors-statement-pdf", "vendors-statement-detail"):
        assert client.get(reverse(f"dashboard:{name}", kwargs={"pk": other.pk})).status_code == 404


def test_loading_again_places_no_order_twice(demo, django_capture_on_commit_callbacks):
    before = world_counts()
    output = load_demo(django_capture_on_commit_callbacks)
    assert world_counts() == before
    assert f"orders +0 ({ORDERS} from an earlier run)" in output
