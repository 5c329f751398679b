"""Access matrix of the Oscar dashboard: every URL that takes an object id.

Vendor A requests vendor B's object (or a staff-only object) → 403/404, for GET and POST.
Staff requests the same object → 200 on GET, and the POST is accepted (never 403/404, never 5xx).
The list below is explicit on purpose: a new dashboard URL must be added here
(``test_every_dashboard_url_with_an_id_is_listed`` fails otherwise).
"""

from decimal import Decimal

import pytest
from django.urls import get_resolver, reverse

pytestmark = pytest.mark.django_db


# url name → builder of its kwargs from the world of objects below.
MATRIX = {
    # catalogue: products (partner-scoped), product types, categories, options (staff only)
    "catalogue-product": lambda w: {"pk": w["product_b"].pk},
    "catalogue-product-delete": lambda w: {"pk": w["product_b"].pk},
    "catalogue-product-create-child": lambda w: {"parent_pk": w["parent_b"].pk},
    "catalogue-category-detail-list": lambda w: {"pk": w["category"].pk},
    "catalogue-category-update": lambda w: {"pk": w["category"].pk},
    "catalogue-category-delete": lambda w: {"pk": w["category"].pk},
    "catalogue-category-create-child": lambda w: {"parent": w["category"].pk},
    "catalogue-class-update": lambda w: {"pk": w["product_class"].pk},
    "catalogue-class-delete": lambda w: {"pk": w["product_class"].pk},
    "catalogue-option-update": lambda w: {"pk": w["option"].pk},
    "catalogue-option-delete": lambda w: {"pk": w["option"].pk},
    "catalogue-attribute-option-group-update": lambda w: {"pk": w["option_group"].pk},
    "catalogue-attribute-option-group-delete": lambda w: {"pk": w["option_group"].pk},
    # orders: B's order, and B's line / note inside an order shared with A
    "order-detail": lambda w: {"number": w["order_b"].number},
    "order-detail-note": lambda w: {"number": w["order_mixed"].number, "note_id": w["note_b"].pk},
    "order-line-detail": lambda w: {"number": w["order_mixed"].number, "line_id": w["line_b"].pk},
    "order-shipping-address": lambda w: {"number": w["order_b"].number},
    # users, their alerts (customers are staff-only)
    "user-detail": lambda w: {"pk": w["customer_b"].pk},
    "user-password-reset": lambda w: {"pk": w["customer_b"].pk},
    "user-alert-update": lambda w: {"pk": w["alert"].pk},
    "user-alert-delete": lambda w: {"pk": w["alert"].pk},
    # partners
    "partner-manage": lambda w: {"pk": w["partner_b"].pk},
    "partner-delete": lambda w: {"pk": w["partner_b"].pk},
    "partner-user-create": lambda w: {"partner_pk": w["partner_b"].pk},
    "partner-user-select": lambda w: {"partner_pk": w["partner_b"].pk},
    "partner-user-link": lambda w: {"partner_pk": w["partner_b"].pk, "user_pk": w["user_b"].pk},
    "partner-user-unlink": lambda w: {"partner_pk": w["partner_b"].pk, "user_pk": w["user_b"].pk},
    "partner-user-update": lambda w: {"partner_pk": w["partner_b"].pk, "user_pk": w["user_b"].pk},
    # offers, ranges, vouchers
    "offer-detail": lambda w: {"pk": w["offer"].pk},
    "offer-metadata": lambda w: {"pk": w["offer"].pk},
    "offer-condition": lambda w: {"pk": w["offer"].pk},
    "offer-benefit": lambda w: {"pk": w["offer"].pk},
    "offer-restrictions": lambda w: {"pk": w["offer"].pk},
    "offer-delete": lambda w: {"pk": w["offer"].pk},
    "range-update": lambda w: {"pk": w["range"].pk},
    "range-products": lambda w: {"pk": w["range"].pk},
    "range-reorder": lambda w: {"pk": w["range"].pk},
    "range-delete": lambda w: {"pk": w["range"].pk},
    "voucher-stats": lambda w: {"pk": w["voucher"].pk},
    "voucher-update": lambda w: {"pk": w["voucher"].pk},
    "voucher-delete": lambda w: {"pk": w["voucher"].pk},
    "voucher-set-detail": lambda w: {"pk": w["voucher_set"].pk},
    "voucher-set-update": lambda w: {"pk": w["voucher_set"].pk},
    "voucher-set-download": lambda w: {"pk": w["voucher_set"].pk},
    "voucher-set-delete": lambda w: {"pk": w["voucher_set"].pk},
    # reviews, pages, communications, shipping
    "reviews-update": lambda w: {"pk": w["review"].pk},
    "reviews-delete": lambda w: {"pk": w["review"].pk},
    "page-update": lambda w: {"pk": w["page"].pk},
    "page-delete": lambda w: {"pk": w["page"].pk},
    "comms-update": lambda w: {"slug": w["comms"].code},
    "shipping-method-detail": lambda w: {"pk": w["shipping"].pk},
    "shipping-method-edit": lambda w: {"pk": w["shipping"].pk},
    "shipping-method-delete": lambda w: {"pk": w["shipping"].pk},
    "shipping-method-band-edit": lambda w: {"method_pk": w["shipping"].pk, "pk": w["band"].pk},
    "shipping-method-band-delete": lambda w: {"method_pk": w["shipping"].pk, "pk": w["band"].pk},
    # marketplace (vendors app): B's objects
    "vendors-stock-edit": lambda w: {"pk": w["product_b"].stockrecords.get().pk},
    "vendors-token-revoke": lambda w: {"pk": w["token_b"].pk},
    "vendors-fulfilment-detail": lambda w: {"pk": w["group_b"].pk},
    "vendors-statement-detail": lambda w: {"pk": w["statement_b"].pk},
    "vendors-statement-csv": lambda w: {"pk": w["statement_b"].pk},
    "vendors-statement-pdf": lambda w: {"pk": w["statement_b"].pk},
    "vendors-application-review": lambda w: {"pk": w["application"].pk},
}

# Action-only URLs: staff GET is refused by method (405) or redirected (302); their POST is what works.
STAFF_GET_STATUS = {
    "partner-user-link": (302,),
    "partner-user-unlink": (405,),
    "range-reorder": (405,),
    "user-password-reset": (405,),
}
# Data of the staff POST where an empty POST is not a meaningful request.
STAFF_POST_DATA = {
    "offer-detail": {"suspend": "1"},
    # Oscar re-renders an invalid category form with the blanked instance and cannot build its URL: send a valid one
    "catalogue-category-update": {"name": "Lamps", "slug": "lamps", "is_public": "on", "_position": "first-child"},
    # "Delete" is a logged rejection (a review is never deleted): it needs the reason sent to the author.
    "reviews-delete": {"note": "Off-topic"},
}

# Views with an id whose object is created, not read (the id is the parent): listed for completeness.
NOT_OBJECT_URLS = {"catalogue-product-create"}


def _basket_with(*products):
    from oscar.apps.partner.strategy import Default
    from oscar.core.loading import get_model

    basket = get_model("basket", "Basket").objects.create()
    basket.strategy = Default()
    for product in products:
        basket.add_product(product)
    return basket


@pytest.fixture
def world(vendor_a, vendor_b, staff_user, product_factory, django_user_model):
    from django.contrib.flatpages.models import FlatPage
    from django.contrib.sites.models import Site
    from oscar.core.loading import get_model
    from oscar.test import factories

    partner_a, user_a = vendor_a
    partner_b, user_b = vendor_b
    product_a = product_factory(title="Alpha mug", partner=partner_a)
    product_b = product_factory(title="Beta lamp", partner=partner_b)
    parent_b = factories.create_product(title="Beta shirt", structure="parent", product_class="Standard")
    child_b = factories.create_product(title="Beta shirt S", parent=parent_b, product_class="Standard")
    child_b.stockrecords.create(partner=partner_b, partner_sku="B-SHIRT-S", price=Decimal("9"), num_in_stock=2)
    customer_b = django_user_model.objects.create_user(email="only-b-customer@example.com", password="x-pass-123")
    customer_mixed = django_user_model.objects.create_user(email="mixed-customer@example.com", password="x-pass-123")
    address = factories.ShippingAddressFactory()
    order_b = factories.create_order(basket=_basket_with(product_b), user=customer_b, shipping_address=address)
    order_mixed = factories.create_order(basket=_basket_with(product_a, product_b), user=customer_mixed)
    line_b = order_mixed.lines.get(partner=partner_b)
    note_b = order_mixed.notes.create(user=user_b, message="Beta's private note")
    page = FlatPage.objects.create(url="/about-test/", title="About", content="x")
    page.sites.add(Site.objects.get_current())
    shipping = factories.create_shipping_weight_based()
    band = factories.create_shipping_weight_band(Decimal("5"), Decimal("4.00"), weight_based=shipping)

    from vendors import services as vendor_services
    from vendors.models import VendorApplication

    token_b, _raw = vendor_services.api_token_create(partner=partner_b, name="B's ERP", created_by=user_b)
    group_b = vendor_services.fulfilment_groups_for_order(order=order_b)[0]
    statement_b = vendor_services.statement_create(partner=partner_b, period_start=None, period_end=None)
    application = VendorApplication.objects.create(
        company_name="Gamma", legal_id="12345678900011", contact_name="G", email="g@example.com"
    )
    return {
        "partner_a": partner_a,
        "user_a": user_a,
        "partner_b": partner_b,
        "user_b": user_b,
        "product_a": product_a,
        "product_b": product_b,
        "parent_b": parent_b,
        "customer_b": customer_b,
        "order_b": order_b,
        "order_mixed": order_mixed,
        "line_b": line_b,
        "note_b": note_b,
        "category": get_model("catalogue", "Category").add_root(name="Lamps", slug="lamps"),
        "product_class": get_model("catalogue", "ProductClass").objects.get(name="Standard"),
        "option": factories.OptionFactory(),
        "option_group": factories.AttributeOptionGroupFactory(),
        "alert": factories.ProductAlertFactory(product=product_b, user=customer_b),
        "offer": factories.create_offer(),
        "range": factories.RangeFactory(),
        "voucher": factories.VoucherFactory(),
        "voucher_set": factories.VoucherSetFactory(count=1),
        "review": factories.ProductReviewFactory(product=product_b, user=customer_b),
        "page": page,
        "comms": get_model("communication", "CommunicationEventType").objects.create(
            code="ORDER_PLACED_TEST", name="Order placed", category="Order related"
        ),
        "shipping": shipping,
        "band": band,
        "staff": staff_user,
        "token_b": token_b,
        "group_b": group_b,
        "statement_b": statement_b,
        "application": application,
    }


def _url(name, world):
    return reverse(f"dashboard:{name}", kwargs=MATRIX[name](world))


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_access_matrix(client, world, name):
    url = _url(name, world)
    client.force_login(world["user_a"])
    for method in ("get", "post"):
        status = getattr(client, method)(url).status_code
        assert status in (403, 404), f"vendor A: {method.upper()} {name} → {status}"
    client.force_login(world["staff"])
    status = client.get(url).status_code
    assert status in STAFF_GET_STATUS.get(name, (200,)), f"staff: GET {name} → {status}"
    # An empty POST is a form with errors (200), a done action (302) or a view that only reads (405).
    status = client.post(url, STAFF_POST_DATA.get(name, {})).status_code
    assert status in (200, 302, 405), f"staff: POST {name} → {status}"
    if name == "reviews-delete":
        review = world["review"].__class__.objects.get(pk=world["review"].pk)
        assert status == 302 and review.status == review.REJECTED


def test_vendor_b_reaches_its_own_objects(client, world):
    client.force_login(world["user_b"])
    for name in ("catalogue-product", "order-detail", "vendors-fulfilment-detail", "vendors-statement-detail"):
        assert client.get(_url(name, world)).status_code == 200, name


def test_every_dashboard_url_with_an_id_is_listed():
    names = set()

    def walk(resolver, namespace=""):
        for entry in resolver.url_patterns:
            if hasattr(entry, "url_patterns"):
                walk(entry, entry.namespace or namespace)
            elif namespace == "dashboard" and entry.pattern.regex.groups:
                names.add(entry.name)

    walk(get_resolver())
    assert names, "no dashboard URL found"
    assert names - set(MATRIX) - NOT_OBJECT_URLS == set()


def test_vendor_sees_only_its_lines_and_never_other_customers(client, world):
    client.force_login(world["user_a"])
    detail = client.get(reverse("dashboard:order-detail", kwargs={"number": world["order_mixed"].number}))
    assert detail.status_code == 200
    body = detail.content.decode()
    assert "Alpha mug" in body
    assert "Beta lamp" not in body
    assert "Beta&#x27;s private note" not in body and "Beta's private note" not in body
    listing = client.get(reverse("dashboard:order-list")).content.decode()
    assert str(world["order_mixed"].number) in listing
    assert f">{world['order_b'].number}<" not in listing
    assert "only-b-customer@example.com" not in listing
    for name in (
        "users-index",
        "user-alert-list",
        "partner-list",
        "offer-list",
        "page-list",
        "reports-index",
        "range-list",
    ):
        assert client.get(reverse(f"dashboard:{name}")).status_code in (403, 404), name
    for name in ("voucher-list", "comms-list", "reviews-list", "shipping-method-list", "stock-alert-list"):
        assert client.get(reverse(f"dashboard:{name}")).status_code in (403, 404), name


def test_vendor_cannot_act_on_other_vendor_lines_of_a_shared_order(client, world):
    client.force_login(world["user_a"])
    line_b = world["line_b"]
    url = reverse("dashboard:order-detail", kwargs={"number": world["order_mixed"].number})
    client.post(
        url,
        {
            "line_action": "change_line_statuses",
            "selected_line": [line_b.pk],
            f"selected_line_qty_{line_b.pk}": 1,
            "new_status": "Cancelled",
        },
    )
    line_b.refresh_from_db()
    assert line_b.status != "Cancelled"
    client.post(url, {"order_action": "change_order_status", "new_status": "Cancelled"})
    world["order_mixed"].refresh_from_db()
    assert world["order_mixed"].status != "Cancelled"
    client.post(url, {"order_action": "delete_note", "note_id": world["note_b"].pk})
    assert world["order_mixed"].notes.filter(pk=world["note_b"].pk).exists()


def test_vendor_cannot_edit_or_delete_a_product_shared_with_another_vendor(client, world):
    product = world["product_b"]
    product.stockrecords.create(partner=world["partner_a"], partner_sku="A-ON-B", price=Decimal("3"), num_in_stock=1)
    client.force_login(world["user_a"])
    for name in ("catalogue-product", "catalogue-product-delete"):
        url = reverse(f"dashboard:{name}", kwargs={"pk": product.pk})
        assert client.get(url).status_code in (403, 404), name
        assert client.post(url).status_code in (403, 404), name
    assert product.__class__.objects.filter(pk=product.pk).exists()
    assert product.stockrecords.count() == 2
