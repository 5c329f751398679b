"""A B2B buyer checks out on Net 30, and after dispatch sees the invoice and the remaining credit (Chromium)."""

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model
from pypdf import PdfReader

from payments.tests.fixtures import ADDRESS, _fresh_rate_limits, country_fr  # noqa: F401

Order = get_model("order", "Order")
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def net30_buyer(django_user_model):
    from credit.services import account_limit_set, company_create

    user = django_user_model.objects.create_user(email="achats@atelier-b2b.example", password="b2b-password")
    company = company_create(
        user=user,
        name="Atelier B2B SAS",
        legal_id="81234567800019",
        line1="4 quai Rambaud",
        postcode="69002",
        city="Lyon",
        vat_number="FR55812345678",
    )
    account_limit_set(account=company.credit_account, limit=Decimal("2500.00"), terms_days=30, key="browser")
    return user


def test_b2b_buyer_checks_out_on_net30_and_sees_invoice_and_remaining_credit(
    live_server,
    browser_page,
    net30_buyer,
    country_fr,  # noqa: F811
    vendor_a,
    product_factory,
):
    from vendors.services import fulfilment_groups_for_order, fulfilment_ship

    page = browser_page
    product = product_factory(title="Ergonomic stool", partner=vendor_a[0], price="720.00", stock=20)
    page.goto(live_server.url + reverse("customer:login") + "?next=" + product.get_absolute_url())
    page.fill("#id_login-username", net30_buyer.email)
    page.fill("#id_login-password", "b2b-password")
    page.click("button[name=login_submit]")
    page.wait_for_url("**" + product.get_absolute_url())
    page.click("#add_to_basket_form button[type=submit]")
    page.goto(live_server.url + reverse("checkout:index"))

    # The payment choices show pay by invoice with the company's available credit.
    panel = page.inner_text("#terms-panel")
    assert "Atelier B2B SAS" in panel and "Net 30" in panel and "2,500.00" in panel
    for name, value in ADDRESS.items():
        if name == "country":
            page.select_option("#id_country", value)
        else:
            page.fill(f"#id_{name}", value)
    page.click("label:text('Pay by invoice (company payment terms)')")  # the custom radio's label
    assert page.is_checked("input[name=payment_method_type][value=terms]")
    assert page.is_hidden("#card-fields")  # no card needed
    page.fill("#id_po_number", "PO-ATB-0042")
    page.click("#pay-button")
    page.wait_for_url("**/checkout/thank-you/")
    order = Order.objects.get()
    assert order.number in page.content() and order.user == net30_buyer
    total = order.total_incl_tax

    # The vendor ships: the invoice is issued. The buyer's company page lists it and the remaining credit.
    for group in fulfilment_groups_for_order(order=order):
        fulfilment_ship(group=group, carrier="Colissimo", tracking_number="6A000111")
    page.goto(live_server.url + reverse("credit:company"))
    invoices = page.inner_text("#invoices")
    from credit.models import Invoice

    invoice = Invoice.objects.get(order=order)
    assert invoice.number in invoices and order.number in invoices
    remaining = Decimal("2500.00") - total
    assert f"{remaining:,.2f}" in page.inner_text("[data-available-credit]")

    # The invoice opens as a PDF with its number, the purchase order and the due date.
    link = page.locator(f"#invoices a:text('{invoice.number}')")
    pdf = page.request.get(live_server.url + link.get_attribute("href"))  # with the buyer's session cookie
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(pdf.body()))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert invoice.number in text and "PO-ATB-0042" in text and f"{invoice.due_on:%d/%m/%Y}" in text
