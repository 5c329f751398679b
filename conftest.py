"""Fixtures shared by every test: a site with a Wagtail home page, vendors, staff and products."""

from decimal import Decimal

import pytest


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def home_page(db):
    """Replace Wagtail's default welcome page with our HomePage as the site root."""
    from wagtail.models import Page, Site

    from home.models import HomePage

    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Comptoir", slug="comptoir-home", introduction="Welcome"))
    site = Site.objects.get(is_default_site=True)
    old_root = site.root_page
    site.root_page = home
    site.save()
    if old_root.pk != home.pk:
        old_root.delete()
    return home


@pytest.fixture
def staff_user(django_user_model):
    return django_user_model.objects.create_superuser(email="staff@example.com", password="staff-password")


@pytest.fixture
def shopper(django_user_model):
    return django_user_model.objects.create_user(email="shopper@example.com", password="shopper-password")


def make_vendor(django_user_model, name: str):
    """A partner with one linked user who has dashboard access (what vendor onboarding creates)."""
    from django.contrib.auth.models import Permission
    from oscar.core.loading import get_model

    Partner = get_model("partner", "Partner")
    partner = Partner.objects.create(name=name)
    user = django_user_model.objects.create_user(email=f"{partner.code}@vendors.example.com", password="vendor-pass")
    user.user_permissions.add(Permission.objects.get(codename="dashboard_access", content_type__app_label="partner"))
    partner.users.add(user)
    return partner, user


@pytest.fixture
def vendor_a(django_user_model):
    return make_vendor(django_user_model, "Atelier Alpha")


@pytest.fixture
def vendor_b(django_user_model):
    return make_vendor(django_user_model, "Boutique Beta")


@pytest.fixture
def product_factory(db):
    """Products with one stock record; the partner defaults to a house vendor."""
    from oscar.core.loading import get_model
    from oscar.test.factories import create_product

    Partner = get_model("partner", "Partner")

    def factory(*, title: str, partner=None, price: str = "19.90", stock: int = 10, **kwargs):
        product = create_product(title=title, product_class="Standard", **kwargs)
        partner = partner or Partner.objects.get_or_create(name="Comptoir House")[0]
        product.stockrecords.create(
            partner=partner,
            partner_sku=f"SKU-{product.pk}",
            price=Decimal(price),
            price_currency="EUR",
            num_in_stock=stock,
        )
        return product

    return factory
