"""Pay by invoice: offered to approved buyers only, credit reserved once, invoice on dispatch, payments release it."""

import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model
from pypdf import PdfReader

from credit.models import CreditLedgerEntry, CreditReservation, Invoice, OrderApproval
from credit.services import CreditError, invoice_payment_record, member_add
from payments.models import PaymentIntent
from payments.tests.fixtures import basket_add

from .conftest import terms_checkout, terms_form

Order = get_model("order", "Order")
pytestmark = pytest.mark.django_db


@pytest.fixture
def basket_from_two_vendors(client, buyer, approved_company, country_fr, vendor_a, vendor_b, product_factory):
    """The buyer's basket: 2 desk lamps from vendor A (120.00 each) and a chair from vendor B (160.00)."""
    client.force_login(buyer)
    basket_add(client, product_factory(title="Desk lamp", partner=vendor_a[0], price="120.00", stock=10), 2)
    basket_add(client, product_factory(title="Office chair", partner=vendor_b[0], price="160.00", stock=10), 1)
    return client


def pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def ship_everything(order, capture):
    from vendors.services import fulfilment_groups_for_order, fulfilment_ship

    with capture(execute=True):
        for group in fulfilment_groups_for_order(order=order):
            fulfilment_ship(group=group, carrier="Colissimo", tracking_number=f"6A{group.pk:08d}")


def test_terms_are_offered_with_the_available_credit(basket_from_two_vendors):
    page = basket_from_two_vendors.get(reverse("checkout:index"))
    assert "terms" in page.context["payment_method_types"]
    html = page.content.decode()
    assert "Pay by invoice (company payment terms)" in html and "Net 30" in html
    assert "1,000.00" in html or "1 000,00" in html  # the available credit


def test_net30_order_reserves_credit_then_dispatch_issues_the_invoice_pdf(
    basket_from_two_vendors, approved_company, buyer, django_capture_on_commit_callbacks
):
    client = basket_from_two_vendors
    response = terms_checkout(client, po_number="PO-2026-118")
    assert response.status_code == 302 and response["Location"] == reverse("checkout:thank-you")
    order = Order.objects.get()
    intent = PaymentIntent.objects.get()
    assert (intent.gateway, intent.status, intent.order) == ("terms", "succeeded", order)
    total = order.total_incl_tax
    assert total == intent.amount and total >= Decimal("400.00")
    reservation = CreditReservation.objects.get()
    assert (reservation.amount, reservation.po_number, reservation.status) == (total, "PO-2026-118", "reserved")
    account = approved_company.credit_account
    account.refresh_from_db()
    assert account.used == total and account.available == Decimal("1000.00") - total
    assert not Invoice.objects.exists()  # nothing is invoiced before dispatch

    ship_everything(order, django_capture_on_commit_callbacks)
    invoice = Invoice.objects.get()
    today = timezone.localdate()
    assert invoice.number == f"CPT-{today.year}-000001"
    assert (invoice.issued_on, invoice.due_on) == (today, today + timedelta(days=30))
    assert invoice.total_incl_tax == total and invoice.total_excl_tax + invoice.total_tax == total
    assert invoice.total_excl_tax == (total / Decimal("1.2")).quantize(Decimal("0.01"))

    pdf = client.get(reverse("credit:invoice-pdf", args=[invoice.number]))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    text = pdf_text(pdf.content)
    for expected in (
        invoice.number,
        "Acme Bureau SARL",
        "41234567800017",
        "FR22412345678",  # buyer's VAT number
        "FR40912345678",  # seller's VAT number
        "SIREN 912 345 678",
        "Desk lamp",
        "Office chair",
        "PO-2026-118",
        f"Due date: {invoice.due_on:%d/%m/%Y} (Net 30)",
        "Total incl. VAT",
        f"{total:,.2f} EUR".replace(",", " "),
        "VAT 20.00%",
        "FR76 3000 6000 0112 3456 7890 189",
        "40.00 EUR",  # fixed recovery indemnity
        "L441-10",
    ):
        assert expected in text, expected
    invoice_mails = [message for message in mail.outbox if invoice.number in message.subject]
    assert len(invoice_mails) == 1 and invoice_mails[0].attachments[0][0] == f"{invoice.number}.pdf"

    # Another company's member cannot read it.
    other = type(buyer).objects.create_user(email="someone@else.example", password="x")
    from credit.services import company_create

    company_create(
        user=other, name="Other SA", legal_id="51234567800017", line1="1 rue", postcode="75001", city="Paris"
    )
    client.force_login(other)
    assert client.get(reverse("credit:invoice-pdf", args=[invoice.number])).status_code == 404


def test_payments_release_credit_once_and_bad_payments_are_refused(
    basket_from_two_vendors, approved_company, staff_user, django_capture_on_commit_callbacks
):
    client = basket_from_two_vendors
    terms_checkout(client)
    order = Order.objects.get()
    ship_everything(order, django_capture_on_commit_callbacks)
    invoice = Invoice.objects.get()
    total = invoice.total_incl_tax
    account = approved_company.credit_account

    client.force_login(staff_user)
    url = reverse("credit:staff-invoice-payment", args=[invoice.pk])
    client.post(url, {"amount": "100.00", "method": "bank_transfer", "reference": "VIR 2026-11-30 ACME"})
    client.post(url, {"amount": "100.00", "method": "bank_transfer", "reference": "VIR 2026-11-30 ACME"})  # twice
    account.refresh_from_db()
    invoice.refresh_from_db()
    assert invoice.amount_paid == Decimal("100.00") and account.used == total - Decimal("100.00")

    with pytest.raises(CreditError, match="more than"):
        invoice_payment_record(invoice=invoice, amount=total, method="bank_transfer", reference="VIR X", by=staff_user)
    with pytest.raises(CreditError, match="reference"):
        invoice_payment_record(invoice=invoice, amount=Decimal("1"), method="card", reference=" ", by=staff_user)
    response = client.post(url, {"amount": "-5", "method": "bank_transfer", "reference": "VIR Y"}, follow=True)
    assert "greater than or equal to 0.01" in response.content.decode()

    client.post(url, {"amount": str(total - Decimal("100.00")), "method": "card", "reference": "pi_3Q0acme"})
    invoice.refresh_from_db()
    account.refresh_from_db()
    assert invoice.status == "paid" and invoice.amount_due == 0 and account.used == 0
    kinds = list(CreditLedgerEntry.objects.filter(account=account).order_by("pk").values_list("kind", "amount"))
    assert kinds == [
        ("limit", Decimal("1000.00")),
        ("reserve", total),
        ("payment", Decimal("-100.00")),
        ("payment", -(total - Decimal("100.00"))),
    ]


def test_orders_above_the_available_credit_get_no_terms(client, buyer, approved_company, country_fr, product_factory):
    client.force_login(buyer)
    basket_add(client, product_factory(title="Standing desk", price="1200.00", stock=3), 1)
    page = client.get(reverse("checkout:index"))
    assert "terms" not in page.context["payment_method_types"]
    assert "exceeds your company&#x27;s available credit" in page.content.decode()
    response = client.post(reverse("checkout:index"), terms_form(client))  # forced anyway
    assert response.status_code == 200 and "payment_method_type" in response.context["form"].errors
    assert not CreditReservation.objects.exists() and not Order.objects.exists()


def test_the_terms_gateway_refuses_over_the_limit_when_credit_went_meanwhile(
    basket_from_two_vendors, approved_company, buyer
):
    """The page offered terms, then another order took the credit: the reservation itself refuses."""
    from payments.services import CheckoutDetails, payment_start
    from payments.tests.fixtures import ADDRESS

    client = basket_from_two_vendors
    data = terms_form(client)
    account = approved_company.credit_account
    type(account).objects.filter(pk=account.pk).update(used=Decimal("900.00"))  # another order meanwhile
    basket = get_model("basket", "Basket").objects.get(owner=buyer, status="Open")
    from payments.services import basket_load

    basket = basket_load(basket_id=basket.pk, user=buyer)
    intent = payment_start(
        basket=basket,
        user=buyer,
        details=CheckoutDetails(
            email=buyer.email, shipping_address=ADDRESS, shipping_method_code=data["shipping_method"]
        ),
        payment_method="terms",
        expected_total=Decimal(data["expected_total"]),
        idempotency_key="stale-page",
        return_url="",
        gateway_name="terms",
    )
    assert intent.status == "failed" and "exceeds your company" in intent.last_error_message
    assert not CreditReservation.objects.exists() and not Order.objects.exists()
    assert not intent.reservations.filter(released=False).exists()  # the stock was given back
    account.refresh_from_db()
    assert account.used == Decimal("900.00")


def test_members_without_the_buyer_role_and_shoppers_without_company_see_no_terms(
    client, company, buyer, approved_company, django_user_model, country_fr, product_factory, shopper
):
    approver = django_user_model.objects.create_user(email="approver@acme.example", password="x")
    member_add(company=company, by=buyer, user=approver, role="approver")
    product = product_factory(title="Notebook", price="12.00")
    for user in (approver, shopper):
        client.force_login(user)
        basket_add(client, product, 1)
        page = client.get(reverse("checkout:index"))
        assert "terms" not in page.context["payment_method_types"]
        response = client.post(reverse("checkout:index"), terms_form(client))
        assert response.status_code == 200 and not CreditReservation.objects.exists()


def test_an_order_above_the_buyers_limit_waits_for_an_approver(
    basket_from_two_vendors, company, buyer, django_user_model, django_capture_on_commit_callbacks
):
    client = basket_from_two_vendors
    junior = django_user_model.objects.create_user(email="junior@acme.example", password="x")
    member_add(company=company, by=buyer, user=junior, role="buyer", order_limit=Decimal("100.00"))
    client.force_login(junior)
    basket_add(client, get_model("catalogue", "Product").objects.get(title="Office chair"), 1)
    with django_capture_on_commit_callbacks(execute=True):
        response = terms_checkout(client, po_number="PO-9")
    assert response["Location"] == reverse("credit:company")
    approval = OrderApproval.objects.get()
    assert (approval.status, approval.requester) == ("pending", junior) and approval.amount >= Decimal("160.00")
    assert approval.basket.status == "Frozen" and not Order.objects.exists()
    assert any("waits for your approval" in message.subject for message in mail.outbox)

    client.force_login(buyer)  # the admin approves: the order is placed for the junior, on terms
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("credit:approval-decide", args=[approval.pk]), {"decision": "approve"})
    approval.refresh_from_db()
    order = Order.objects.get()
    assert approval.status == "placed" and order.user == junior
    reservation = CreditReservation.objects.get()
    assert (reservation.member, reservation.amount, reservation.po_number) == (junior, approval.amount, "PO-9")


def test_a_basket_changed_after_approval_request_is_refused_and_nothing_is_reserved(
    client, company, buyer, approved_company, django_user_model, country_fr, product_factory
):
    junior = django_user_model.objects.create_user(email="junior@acme.example", password="x")
    member_add(company=company, by=buyer, user=junior, role="buyer", order_limit=Decimal("10.00"))
    client.force_login(junior)
    basket_add(client, product_factory(title="Paper ream", price="25.00"), 2)
    terms_checkout(client)
    approval = OrderApproval.objects.get()
    line = approval.basket.all_lines()[0]
    type(line).objects.filter(pk=line.pk).update(quantity=7)  # changed behind the approval's back
    client.force_login(buyer)
    response = client.post(reverse("credit:approval-decide", args=[approval.pk]), {"decision": "approve"}, follow=True)
    assert "The basket changed after it was sent for approval." in response.content.decode()
    approval.refresh_from_db()
    assert approval.status == "rejected" and approval.basket.status == "Open"
    assert not CreditReservation.objects.exists() and not Order.objects.exists()
    # Approving twice is refused too.
    response = client.post(reverse("credit:approval-decide", args=[approval.pk]), {"decision": "approve"}, follow=True)
    assert "already decided" in response.content.decode()


def test_a_vendor_cancelling_its_lines_releases_credit_and_the_invoice_covers_the_rest(
    basket_from_two_vendors, approved_company, vendor_b, django_capture_on_commit_callbacks
):
    from vendors.services import fulfilment_cancel, fulfilment_groups_for_order, fulfilment_ship

    client = basket_from_two_vendors
    terms_checkout(client)
    order = Order.objects.get()
    account = approved_company.credit_account
    groups = {group.partner_id: group for group in fulfilment_groups_for_order(order=order)}
    with django_capture_on_commit_callbacks(execute=True):
        fulfilment_ship(
            group=groups[next(pk for pk in groups if pk != vendor_b[0].pk)], carrier="DPD", tracking_number="1"
        )
    assert not Invoice.objects.exists()  # vendor B has not dispatched yet
    with django_capture_on_commit_callbacks(execute=True):
        fulfilment_cancel(group=groups[vendor_b[0].pk], user=vendor_b[1], reason="Out of stock")
    account.refresh_from_db()
    invoice = Invoice.objects.get()
    assert invoice.total_incl_tax == order.total_incl_tax - Decimal("160.00")
    assert account.used == invoice.total_incl_tax
    assert [line["title"] for line in invoice.snapshot["lines"]] == ["Desk lamp"]
