"""A guest buys with the sandbox gateway, from the product page to the confirmation, in headless Chromium."""

import pytest
from oscar.core.loading import get_model

from payments.tests.fixtures import (  # noqa: F401
    ADDRESS,
    CARD_3DS,
    CARD_DECLINED,
    CARD_OK,
    _fresh_rate_limits,
    country_fr,
    signed_in_shopper,
)

Order = get_model("order", "Order")
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def fill_checkout(page, card: str) -> None:
    page.fill("#id_email", "guest@example.com")
    for name, value in ADDRESS.items():
        if name == "country":
            page.select_option("#id_country", value)
        else:
            page.fill(f"#id_{name}", value)
    page.fill("#id_payment_method", card)


def test_guest_buys_from_product_page_to_confirmation(live_server, browser_page, country_fr, product_factory):  # noqa: F811
    page = browser_page
    product = product_factory(title="Hand-thrown vase", price="34.00", stock=2)
    page.goto(live_server.url + product.get_absolute_url())
    page.click("#add_to_basket_form button[type=submit]")
    page.goto(live_server.url + "/shop/checkout/")
    assert "Hand-thrown vase" in page.inner_text("aside")

    # Declined first: a clear message, the basket and what was typed are kept.
    fill_checkout(page, CARD_DECLINED)
    page.click("#pay-button")
    page.wait_for_selector("#checkout-errors")
    assert "Your card was declined." in page.inner_text("#checkout-errors")
    assert page.input_value("#id_line1") == ADDRESS["line1"]

    # Then a card whose bank asks for 3-D Secure: the sandbox's challenge page, approved.
    page.fill("#id_payment_method", CARD_3DS)
    page.click("#pay-button")
    page.click("#authenticate-approve")
    page.wait_for_url("**/checkout/thank-you/")
    order = Order.objects.get()
    assert order.number in page.content()
    assert order.guest_email == "guest@example.com" and str(order.total_incl_tax) == "34.00"


def test_pay_button_sends_one_order_even_when_clicked_twice(live_server, browser_page, country_fr, product_factory):  # noqa: F811
    page = browser_page
    product = product_factory(title="Beeswax candle", price="9.00", stock=5)
    page.goto(live_server.url + product.get_absolute_url())
    page.click("#add_to_basket_form button[type=submit]")
    page.goto(live_server.url + "/shop/checkout/")
    fill_checkout(page, CARD_OK)
    page.dblclick("#pay-button")
    page.wait_for_url("**/checkout/thank-you/")
    assert Order.objects.count() == 1


def test_one_click_buy_from_the_product_page(live_server, browser_page, client, signed_in_shopper, product_factory):  # noqa: F811
    from payments.services import payment_method_save

    page = browser_page
    payment_method_save(user=signed_in_shopper, payment_method=CARD_3DS)  # saved for off-session use
    product = product_factory(title="Walnut tray", price="28.00", stock=1)
    session = client.cookies["sessionid"]  # the fixture signed the shopper in: reuse that session
    page.context.add_cookies([{"name": "sessionid", "value": session.value, "url": live_server.url}])
    page.goto(live_server.url + product.get_absolute_url())
    page.click("#buy-now-button")
    page.wait_for_url("**/checkout/thank-you/")
    order = Order.objects.get()
    assert order.number in page.content()
    assert order.user == signed_in_shopper and order.shipping_address.line4 == "Nantes"
