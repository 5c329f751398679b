"""A vendor in headless Chromium: sign in to the dashboard, see only its products, upload a stock sheet, ship an order.

One screenshot per step goes to screenshots/ (git-ignored) for a human to look at.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from payments.tests.fixtures import (  # noqa: F401
    _fresh_rate_limits,
    basket_add,
    checkout_form,
    country_fr,
    signed_in_shopper,
)
from vendors.models import FulfilmentGroup

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(settings.BASE_DIR) / "screenshots"


def snap(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"vendor_{name}.png"), full_page=True)


@pytest.fixture
def shopper_paid_order(client, signed_in_shopper, product_factory, vendor_a, django_capture_on_commit_callbacks):  # noqa: F811
    """The signed-in shopper buys vendor A's mug through the real one-page checkout (sandbox card 4242)."""
    mug = product_factory(title="Alpha stoneware mug", partner=vendor_a[0], price="18.00", stock=4)
    basket_add(client, mug)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("checkout:index"), checkout_form(client))
    assert response.status_code == 302, response.content[:500]
    order = signed_in_shopper.orders.get()
    # Paying told the vendor (issue 3's "new order" e-mail, once, to the vendor's users only).
    told = [m for m in mail.outbox if m.subject.startswith("New order")]
    assert [m.to for m in told] == [[vendor_a[1].email]] and str(order.number) in told[0].subject
    return order


def test_vendor_sees_own_products_uploads_stock_and_ships(
    live_server, browser_page, client, tmp_path, vendor_a, vendor_b, product_factory, shopper_paid_order
):
    page = browser_page
    partner_a, user_a = vendor_a
    teapot = product_factory(title="Alpha teapot", partner=partner_a, price="40.00", stock=3)
    teapot.stockrecords.update(partner_sku="ALPHA-TEAPOT")
    product_factory(title="Beta floor lamp", partner=vendor_b[0], price="90.00", stock=2)

    # 1. Sign in through the shop's login form and land in the dashboard.
    page.goto(live_server.url + reverse("customer:login") + "?next=" + reverse("dashboard:index"))
    page.fill("#id_login-username", user_a.email)
    page.fill("#id_login-password", "vendor-pass")
    page.click("button[name=login_submit]")
    page.wait_for_url("**" + reverse("dashboard:index"))
    snap(page, "1_dashboard")

    # 2. The product list shows vendor A's products and not vendor B's.
    page.goto(live_server.url + reverse("dashboard:catalogue-product-list"))
    listing = page.inner_text("main, body")
    assert "Alpha teapot" in listing and "Alpha stoneware mug" in listing
    assert "Beta floor lamp" not in listing
    snap(page, "2_products")

    # 3. Upload a CSV stock sheet: the dry run previews the change, nothing is written until it is applied.
    sheet = tmp_path / "stock.csv"
    sheet.write_text("sku,price,num_in_stock\nALPHA-TEAPOT,42.50,25\n", encoding="utf-8")
    page.goto(live_server.url + reverse("dashboard:vendors-stock-upload"))
    page.set_input_files("input[type=file]", str(sheet))
    page.click("button.btn-secondary")
    page.wait_for_selector("button[name=apply]")
    preview = page.inner_text("table")
    assert "ALPHA-TEAPOT" in preview and "25" in preview
    assert teapot.stockrecords.get().num_in_stock == 3
    snap(page, "3_upload_preview")
    page.click("button[name=apply]")
    page.wait_for_load_state()
    record = teapot.stockrecords.get()
    assert (record.num_in_stock, str(record.price)) == (25, "42.50")
    page.goto(live_server.url + reverse("dashboard:vendors-stock-list"))
    assert "25" in page.inner_text("table")
    snap(page, "4_stock_after_upload")

    # 4. The order in Oscar's dashboard shows the vendor's share of it (its items, its shipping, its total).
    page.goto(live_server.url + reverse("dashboard:order-detail", kwargs={"number": shopper_paid_order.number}))
    assert "18.00" in page.inner_text("#vendor-share-total")
    snap(page, "4b_order_share")

    # 5. Ship the paid order's line with a carrier and a tracking number.
    group = FulfilmentGroup.objects.get(order=shopper_paid_order, partner=partner_a)
    page.goto(live_server.url + reverse("dashboard:vendors-fulfilment-detail", kwargs={"pk": group.pk}))
    assert "Alpha stoneware mug" in page.inner_text("table")
    page.fill("input[name=carrier]", "Colissimo")
    page.fill("input[name=tracking_number]", "6A12345678")
    page.click("button[name=action][value=shipped]")
    page.wait_for_selector("text=6A12345678")
    group.refresh_from_db()
    assert (group.status, group.carrier, group.tracking_number) == ("shipped", "Colissimo", "6A12345678")
    snap(page, "5_shipped")

    # 6. The shopper's order page shows the vendor's part as shipped, with the tracking number.
    page.context.clear_cookies()
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page.goto(live_server.url + reverse("customer:order", kwargs={"order_number": shopper_paid_order.number}))
    by_vendor = page.inner_text("#by-vendor-title + table")
    assert "Atelier Alpha" in by_vendor and "Shipped" in by_vendor and "6A12345678" in by_vendor
    snap(page, "6_shopper_order")
