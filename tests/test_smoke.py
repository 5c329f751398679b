"""Journeys across the apps: the pages a newcomer opens first all work, in English and French."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(home_page, product_factory, vendor_a, vendor_b):
    partner_a, _ = vendor_a
    partner_b, _ = vendor_b
    return {
        "lamp": product_factory(title="Brass reading lamp", partner=partner_a, price="49.00"),
        "chair": product_factory(title="Oak dining chair", partner=partner_b, price="120.00"),
        "kettle": product_factory(title="Enamel kettle", partner=partner_b, price="35.50", stock=0),
    }


def test_home_page_is_the_wagtail_home(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    assert response.context["page"].specific.__class__.__name__ == "HomePage"
    content = response.content.decode()
    assert 'action="/shop/search/"' in content  # the shared header's search box
    assert "basket-count" in content


def test_shop_lists_products(client, catalogue):
    response = client.get("/shop/")
    assert response.status_code == 200
    assert response.context["paginator"].count == 3
    assert "Brass reading lamp" in response.content.decode()


def test_shop_sorts_by_price(client, catalogue):
    response = client.get("/shop/?sort_by=price-asc")
    titles = [product.title for product in response.context["products"]]
    assert titles == ["Enamel kettle", "Brass reading lamp", "Oak dining chair"]


def test_search_box_finds_products_on_the_database_backend(client, catalogue):
    response = client.get(reverse("search:search"), {"q": "lamp"})
    assert response.status_code == 200
    assert [product.title for product in response.context["products"]] == ["Brass reading lamp"]


@pytest.mark.parametrize("query", ["", "x" * 10_000, '"*\\', '{"query": 1}', "title:(a OR b) AND ~", "élégant 椅子"])
def test_search_survives_odd_queries(client, catalogue, query):
    assert client.get(reverse("search:search"), {"q": query}).status_code == 200


def test_product_detail(client, catalogue):
    product = catalogue["lamp"]
    response = client.get(product.get_absolute_url())
    assert response.status_code == 200
    assert "Brass reading lamp" in response.content.decode()


def test_add_to_basket_and_view_basket(client, catalogue):
    product = catalogue["chair"]
    response = client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 2}, follow=True)
    assert response.status_code == 200
    basket_page = client.get(reverse("basket:summary"))
    assert basket_page.status_code == 200
    basket = basket_page.context["basket"]
    assert basket.num_items == 2
    assert str(basket.total_incl_tax) == "240.00"


def test_out_of_stock_product_cannot_be_added(client, catalogue):
    product = catalogue["kettle"]
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    assert client.get(reverse("basket:summary")).context["basket"].num_items == 0


def test_login_with_email(client, shopper, home_page):
    page = client.get(reverse("customer:login"))
    assert page.status_code == 200
    response = client.post(
        reverse("customer:login"),
        {"login-username": "shopper@example.com", "login-password": "shopper-password", "login_submit": "1"},
    )
    assert response.status_code == 302
    assert client.get(reverse("customer:profile-view")).status_code == 200


def test_cms_and_dashboard_ask_anonymous_users_to_log_in(client):
    cms = client.get("/cms/")
    assert cms.status_code == 302 and "/cms/login/" in cms["Location"]
    assert client.get("/cms/login/").status_code == 200
    dashboard = client.get("/shop/dashboard/")
    assert dashboard.status_code == 302 and "/shop/dashboard/login/" in dashboard["Location"]
    assert client.get(dashboard["Location"]).status_code == 200


def test_one_login_for_cms_and_dashboard(client, staff_user, home_page):
    client.force_login(staff_user)
    assert client.get("/cms/").status_code == 200
    assert client.get("/shop/dashboard/").status_code == 200


def test_vendor_dashboard_lists_only_its_own_products(client, catalogue, vendor_a):
    _, user = vendor_a
    client.force_login(user)
    assert client.get("/shop/dashboard/").status_code == 200
    response = client.get(reverse("dashboard:catalogue-product-list"))
    assert response.status_code == 200
    listed = {row.record.title for row in response.context["products"].rows}
    assert listed == {"Brass reading lamp"}
    other = catalogue["chair"]
    assert client.get(reverse("dashboard:catalogue-product", kwargs={"pk": other.pk})).status_code in (403, 404)


def test_staff_dashboard_lists_every_product(client, catalogue, staff_user):
    client.force_login(staff_user)
    response = client.get(reverse("dashboard:catalogue-product-list"))
    assert {row.record.title for row in response.context["products"].rows} == {
        "Brass reading lamp",
        "Oak dining chair",
        "Enamel kettle",
    }


def test_unknown_url_gets_the_styled_404(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    content = response.content.decode()
    assert "couldn&#x27;t find that page" in content or "couldn't find that page" in content
    assert "site-header" in content


def test_french_ui(client, catalogue):
    response = client.get("/fr/shop/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="fr"' in content
    assert "Panier" in content
    assert "Tous les produits" in content
    assert "Vendre sur Comptoir" in content  # our own catalogue (locale/fr)
    assert "Trier par" in content
    assert "49,00" in content  # French number format, euros


def test_robots_and_sitemap(client, catalogue):
    robots = client.get("/robots.txt")
    assert robots.status_code == 200 and "Sitemap:" in robots.content.decode()
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    assert catalogue["lamp"].get_absolute_url() in sitemap.content.decode()


def test_health(client):
    assert client.get("/healthz/").json() == {"status": "ok"}
