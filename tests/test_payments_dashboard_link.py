"""Staff reach the refund page from Oscar's dashboard order page."""

import pytest
from django.urls import reverse

from payments.tests.fixtures import _fresh_rate_limits, country_fr, paid_order  # noqa: F401

pytestmark = pytest.mark.django_db


def test_staff_order_page_links_to_the_refund_page(client, staff_user, paid_order):  # noqa: F811
    client.force_login(staff_user)
    page = client.get(reverse("dashboard:order-detail", kwargs={"number": paid_order.number})).content.decode()
    refund_url = reverse("payments:order-refund", kwargs={"number": paid_order.number})
    assert f'href="{refund_url}"' in page
    assert client.get(refund_url).status_code == 200
