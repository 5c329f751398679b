"""The Wagtail admin can create every page type and list the editorial snippets."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PAGE_TYPES = [
    ("home", "landingpage"),
    ("home", "guideindexpage"),
    ("home", "guidepage"),
    ("home", "webinarindexpage"),
    ("home", "faqpage"),
    ("blog", "blogindexpage"),
]


def test_editors_can_open_the_create_form_of_every_page_type(client, staff_user, home_page, webinar):
    client.force_login(staff_user)
    for app_label, model in PAGE_TYPES:
        url = reverse("wagtailadmin_pages:add", args=[app_label, model, home_page.pk])
        assert client.get(url).status_code == 200, model
    url = reverse("wagtailadmin_pages:add", args=["home", "webinarpage", webinar.get_parent().pk])
    assert client.get(url).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[webinar.pk])).status_code == 200


def test_snippets_and_choosers_are_reachable(client, staff_user, payment_options, available_product):
    client.force_login(staff_user)
    for name in ("paymentoption", "person", "webinarregistration", "newslettersubscription"):
        assert client.get(reverse(f"wagtailsnippets_home_{name}:list")).status_code == 200, name
    response = client.get(reverse("product_chooser:choose"))
    assert response.status_code == 200 and available_product.title in response.json()["html"]
