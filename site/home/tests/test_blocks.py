"""Every block renders; commerce blocks resolve live content and never fail on missing products."""

from decimal import Decimal

import pytest
from django.test import Client
from oscar.core.loading import get_model

from home.blocks import BodyStreamBlock, ProductCarouselBlock
from home.tests.conftest import json_ld_documents
from home.video import embed_url

pytestmark = pytest.mark.django_db
ProductReview = get_model("reviews", "ProductReview")


def shop_request(**query):
    """A request that went through the middleware (session, user, Oscar's strategy), as block templates expect."""
    return Client().get("/healthz/", query).wsgi_request


def render_stream(data, **query):
    request = shop_request(**query)
    stream = BodyStreamBlock().to_python(data)
    return {block.block_type: block.render(context={"request": request}) for block in stream}


def test_every_block_type_has_a_rendered_example(full_body):
    assert {block["type"] for block in full_body} == set(BodyStreamBlock.base_blocks)
    rendered = render_stream(full_body)
    for block_type, html in rendered.items():
        assert html.strip(), block_type


def test_block_contents(full_body, available_product, category):
    html = render_stream(full_body)
    assert "Pay your way" in html["hero"] and "srcset=" in html["hero"]
    assert 'id="how-it-works"' in html["heading"]
    assert "srcset=" in html["image"] and "srcset=" in html["gallery"]
    assert "youtube-nocookie.com/embed/dQw4w9WgXcQ" in html["video"]
    assert available_product.title in html["product_carousel"]
    assert "Kitchen" in html["category_grid"]
    assert "Pay in 3" in html["payment_options"] and "Pay in 30 days" in html["payment_options"]
    assert "APR 19.27 %" in html["payment_options"] or "19.27 %" in html["payment_options"]
    assert "Offer subject to acceptance" in html["instalment_calculator"]
    assert "No reviews yet" in html["review_highlights"]
    assert "So easy." in html["testimonial"]
    assert 'name="website"' in html["newsletter_signup"] and 'name="consent"' in html["newsletter_signup"]


def test_product_carousel_drops_deleted_out_of_stock_and_private_products(product_factory):
    kept = product_factory(title="Kept", stock=3)
    sold_out = product_factory(title="Sold out", stock=0)
    private = product_factory(title="Private", stock=3, is_public=False)
    deleted = product_factory(title="Deleted", stock=3)
    value = ProductCarouselBlock().to_python(
        {"title": "Picks", "products": [deleted.pk, sold_out.pk, kept.pk, private.pk], "limit": 8}
    )
    deleted.delete()
    assert [product.title for product in ProductCarouselBlock.resolve(value)] == ["Kept"]
    html = ProductCarouselBlock().render(value, context={"request": shop_request()})
    assert "Kept" in html and "Sold out" not in html


def test_product_carousel_by_vendor_and_search(product_factory, vendor_a):
    partner, _user = vendor_a
    mine = product_factory(title="Walnut board", partner=partner)
    product_factory(title="Walnut spoon")
    by_vendor = ProductCarouselBlock().to_python({"title": "x", "vendor_code": partner.code, "limit": 8})
    assert ProductCarouselBlock.resolve(by_vendor) == [mine]
    by_search = ProductCarouselBlock().to_python({"title": "x", "search_query": "board", "limit": 8})
    assert [product.title for product in ProductCarouselBlock.resolve(by_search)] == ["Walnut board"]


def test_product_carousel_unknown_category_renders_nothing():
    value = ProductCarouselBlock().to_python({"title": "x", "category_slug": "no-such-category", "limit": 4})
    assert ProductCarouselBlock().render(value).strip() == ""


def test_instalment_schedule_rounding(payment_options):
    three, _later = payment_options
    schedule = three.schedule(Decimal("100.00"))
    # 1.5 % fees → 101.50 → 33.84 + 33.83 + 33.83
    assert (schedule.fees, schedule.total) == (Decimal("1.50"), Decimal("101.50"))
    assert (schedule.first_amount, schedule.other_amount) == (Decimal("33.84"), Decimal("33.83"))
    assert schedule.first_amount + 2 * schedule.other_amount == schedule.total
    assert three.schedule(Decimal("10")) is None  # below the minimum
    assert three.schedule(Decimal("2500")) is None  # above the maximum


def test_instalment_calculator_reads_the_price_without_javascript(full_body):
    html = render_stream(full_body, price="100")["instalment_calculator"]
    assert "€33.84" in html and "€101.50" in html
    default = render_stream(full_body)["instalment_calculator"]
    assert "€304.50" in default  # the default 300 € + 1.5 %
    bad = render_stream(full_body, price="lots")["instalment_calculator"]
    assert "€304.50" in bad
    out_of_range = render_stream(full_body, price="5000")["instalment_calculator"]
    assert "Available from €50 to €2000." in out_of_range
    assert "instalment-calculator.js" in html


def test_review_highlights_show_published_verified_reviews_only(full_body, available_product, shopper):
    common = {"product": available_product, "user": shopper, "body": "Lovely apron, well made."}
    ProductReview.objects.create(
        title="Great", score=5, status=ProductReview.APPROVED, is_verified_purchase=True, **common
    )
    ProductReview.objects.create(
        title="Pending",
        score=5,
        status=ProductReview.FOR_MODERATION,
        is_verified_purchase=True,
        **{**common, "user": None, "name": "A", "email": "a@e.com"},
    )
    ProductReview.objects.create(
        title="Unverified",
        score=5,
        status=ProductReview.APPROVED,
        **{**common, "user": None, "name": "B", "email": "b@e.com"},
    )
    html = render_stream(full_body)["review_highlights"]
    assert "Great" in html and "Verified purchase" in html
    assert "Pending" not in html and "Unverified" not in html


def test_faq_block_emits_faqpage_json_ld(full_body):
    html = render_stream(full_body)["faq"]
    (document,) = json_ld_documents(html)
    assert document["@type"] == "FAQPage"
    assert document["mainEntity"][0]["name"] == "Is it free?"
    assert document["mainEntity"][0]["acceptedAnswer"]["text"] == "Yes, free of charge for 30 days."


def test_json_ld_cannot_close_its_script_element():
    from home.structured_data import json_ld

    html = json_ld({"name": "</script><script>alert(1)</script>"})
    assert html.count("</script>") == 1
    assert json_ld_documents(html)[0]["name"] == "</script><script>alert(1)</script>"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/123456", "https://player.vimeo.com/video/123456?dnt=1"),
        ("https://example.com/video.mp4", None),
        ("javascript:alert(1)", None),
    ],
)
def test_video_embed_urls(url, expected):
    assert embed_url(url) == expected
