"""The home page costs a bounded number of queries, cold or warm, and publishing invalidates the fragment cache."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.thumbnails import PRODUCT_CARD_THUMBNAIL, product_image_source, thumbnail_name

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


def warm_query_count(client, page) -> int:
    client.get(page.url)  # fills the fragment cache
    with CaptureQueriesContext(connection) as queries:
        client.get(page.url)
    return len(queries)


def cold_query_count(client, page) -> int:
    client.get(page.url)  # image renditions and thumbnails exist, as they do after the first render ever
    cache.clear()  # no fragment, no Wagtail or thumbnail cache: what a render after publishing or a preview costs
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(queries)


def test_cold_home_page_queries_do_not_grow_with_blocks(client, home_page, full_body):
    home_page.body = full_body  # one block of every kind
    home_page.save_revision().publish()
    one_of_each = cold_query_count(client, home_page)
    home_page.body = full_body * 4  # four blocks of every kind
    home_page.save_revision().publish()
    four_of_each = cold_query_count(client, home_page)
    assert four_of_each == one_of_each
    assert one_of_each <= 25


def chosen_carousel(products) -> dict:
    return {"type": "product_carousel", "value": {"title": "Chosen", "products": [p.pk for p in products], "limit": 24}}


def test_cold_home_page_queries_do_not_grow_with_product_images(
    client, home_page, full_body, products_with_images, django_assert_max_num_queries
):
    """sorl-thumbnail reads one key-value entry per image on a cold cache: the carousels read them together."""
    products = products_with_images(12)
    home_page.body = [*full_body, chosen_carousel(products[:1])]
    home_page.save_revision().publish()
    one_image = cold_query_count(client, home_page)
    home_page.body = [*full_body, chosen_carousel(products)]
    home_page.save_revision().publish()
    assert cold_query_count(client, home_page) == one_image
    client.get(home_page.url)
    cache.clear()
    with django_assert_max_num_queries(25):
        html = client.get(home_page.url).content.decode()
    for product in products:  # every card shows its own thumbnail
        assert product.title in html
        assert thumbnail_name(product_image_source(product), PRODUCT_CARD_THUMBNAIL) in html
    assert warm_query_count(client, home_page) <= 13


def test_preview_queries_do_not_grow_with_blocks(home_page, full_body):
    def preview_query_count(body) -> int:
        home_page.body = body
        with CaptureQueriesContext(connection) as queries:
            response = home_page.make_preview_request()
            response.render()
        assert response.status_code == 200
        return len(queries)

    preview_query_count(full_body)  # renditions and thumbnails are created on the first render ever
    assert preview_query_count(full_body * 4) == preview_query_count(full_body)


def test_carousels_resolved_together_match_each_resolved_alone(client, home_page, product_factory, vendor_a, category):
    from home.blocks import ProductCarouselBlock

    partner, _user = vendor_a
    older = product_factory(title="Oak board", partner=partner, stock=2)
    newer = product_factory(title="Oak spoon", stock=2)
    product_factory(title="Sold out board", partner=partner, stock=0)
    newer.categories.add(category)
    carousels = [
        {"title": "Chosen", "products": [older.pk, newer.pk], "limit": 8},
        {"title": "Reversed", "products": [newer.pk, older.pk], "limit": 1},
        {"title": "Vendor", "vendor_code": partner.code, "limit": 8},
        {"title": "Slug", "category_slug": category.slug, "limit": 8},
        {"title": "Newest", "limit": 2},
        {"title": "Nowhere", "category_slug": "no-such-category", "limit": 8},
    ]
    home_page.body = [{"type": "product_carousel", "value": value} for value in carousels]
    home_page.save_revision().publish()
    html = client.get(home_page.url).content.decode()
    sections = html.split('class="product-carousel"')[1:]
    expected = [ProductCarouselBlock.resolve(ProductCarouselBlock().to_python(value)) for value in carousels]
    assert [[product.title for product in products] for products in expected] == [
        ["Oak board", "Oak spoon"],
        ["Oak spoon"],
        ["Oak board"],
        ["Oak spoon", "Linen apron"],
        ["Oak spoon", "Oak board"],
        [],
    ]
    assert len(sections) == 5  # an empty carousel renders nothing
    for section, products in zip(sections, [found for found in expected if found], strict=True):
        shown = section.split("</section>")[0]
        assert all(product.title in shown for product in products)
        others = {"Oak board", "Oak spoon", "Linen apron"} - {product.title for product in products}
        assert not any(title in shown for title in others)


def test_home_page_queries_do_not_grow_with_blocks(client, home_page, full_body, django_assert_max_num_queries):
    home_page.body = full_body  # one block of every kind
    home_page.save_revision().publish()
    one_of_each = warm_query_count(client, home_page)
    home_page.body = full_body * 4  # four blocks of every kind
    home_page.save_revision().publish()
    assert warm_query_count(client, home_page) == one_of_each
    with django_assert_max_num_queries(25):
        response = client.get(home_page.url)
    assert response.status_code == 200
    assert response.content.decode().count('class="product-carousel"') == 8


def test_publishing_invalidates_cached_fragments(client, home_page, full_body):
    home_page.body = full_body[:3]
    home_page.save_revision().publish()
    assert "Choose at checkout." in client.get(home_page.url).content.decode()
    home_page.body = [{"type": "paragraph", "value": "<p>Now with B2B terms.</p>"}, *full_body[1:2]]
    revision = home_page.save_revision()
    assert "Now with B2B terms." not in client.get(home_page.url).content.decode()  # a draft changes nothing
    revision.publish()
    html = client.get(home_page.url).content.decode()
    assert "Now with B2B terms." in html and "Choose at checkout." not in html


def test_preview_is_never_served_from_the_cache(client, home_page, full_body):
    home_page.body = full_body[2:3]
    home_page.save_revision().publish()
    client.get(home_page.url)
    home_page.body = [{"type": "paragraph", "value": "<p>Draft text.</p>"}]
    response = home_page.make_preview_request()
    response.render()
    assert "Draft text." in response.content.decode()


def test_review_blocks_resolved_together_keep_their_own_filters(client, home_page, available_product, shopper):
    from oscar.core.loading import get_model

    ProductReview = get_model("reviews", "ProductReview")
    common = {"product": available_product, "status": ProductReview.APPROVED, "body": "Well made."}
    ProductReview.objects.create(title="Verified five", score=5, is_verified_purchase=True, user=shopper, **common)
    ProductReview.objects.create(title="Unverified four", score=4, name="B", email="b@example.com", **common)
    ProductReview.objects.create(title="Unverified two", score=2, name="C", email="c@example.com", **common)
    blocks = [
        {"title": "Verified", "min_score": 4, "verified_only": True, "limit": 3},
        {"title": "Anyone", "min_score": 2, "verified_only": False, "limit": 2},
    ]
    home_page.body = [{"type": "review_highlights", "value": value} for value in blocks]
    home_page.save_revision().publish()
    verified, anyone = client.get(home_page.url).content.decode().split('class="review-highlights"')[1:]
    assert "Verified five" in verified and "Unverified" not in verified
    assert "Unverified two" in anyone and "Unverified four" in anyone and "Verified five" not in anyone  # newest 2


def test_payment_options_are_read_once_for_choosers_and_blocks(client, home_page, full_body):
    payment_blocks = [block for block in full_body if block["type"] in ("payment_options", "instalment_calculator")]
    home_page.body = payment_blocks * 3
    home_page.save_revision().publish()
    with CaptureQueriesContext(connection) as queries:
        html = client.get(home_page.url).content.decode()
    assert sum('"home_paymentoption"' in query["sql"] for query in queries.captured_queries) == 1
    assert html.count("Pay in 3") >= 6 and "Pay in 30 days" in html  # chosen and "all of them" both resolved
