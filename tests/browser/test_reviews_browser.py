"""Reviews in headless Chromium: the product page's histogram, filters and gallery, the staff queue, vendor charts."""

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from reviews import services
from reviews.models import ModerationStatus
from reviews.tests.conftest import order_line_factory, review_factory  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
# One verified buyer per review; the bodies differ enough for the duplicate rule to leave them alone.
REVIEWS = [
    (5, "Perfect apron", "Thick linen, deep pockets, I wear it every single day in the bakery."),
    (5, "Worth every euro", "Bought it as a gift for my sister who loves gardening on weekends."),
    (4, "Nice but long", "The straps needed a knot because they are a little too long for me."),
    (2, "Colour faded", "After three washes the blue turned greyish, which is disappointing."),
    (1, "Seams came apart", "One pocket seam opened within a week of careful use in my kitchen."),
]


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"reviews_{name}.png"), full_page=True)


def sign_in(page, client, live_server, user) -> None:
    """Reuse a Django test client session in the browser, as test_checkout_browser does."""
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])


def small_jpeg() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (180, 90, 40)).save(buffer, format="JPEG")
    return SimpleUploadedFile("apron.jpg", buffer.getvalue(), content_type="image/jpeg")


@pytest.fixture
def reviewed_product(product_factory, vendor_a, order_line_factory, review_factory):  # noqa: F811
    """A product of vendor A with five published, verified reviews; the 4-star one carries a photo."""
    from users.models import User

    product = product_factory(title="Linen apron", partner=vendor_a[0])
    for index, (score, title, body) in enumerate(REVIEWS):
        buyer = User.objects.create_user(f"buyer{index}@example.com", "pass-1234-word")
        order_line_factory(user=buyer, product=product)
        media = [small_jpeg()] if score == 4 else []
        review = review_factory(user=buyer, product=product, score=score, title=title, body=body, media=media)
        assert review.status == ModerationStatus.PUBLISHED, review.moderation_reasons
    return product


def listed_titles(page) -> list[str]:
    """Titles of the reviews in the filtered list (not the 'most helpful' highlights above it)."""
    return page.locator("form[data-review-filters] ~ article.review-item h4").all_inner_texts()


def test_product_page_histogram_filters_and_gallery(live_server, browser_page, reviewed_product):
    page = browser_page
    page.goto(live_server.url + reviewed_product.get_absolute_url())
    histogram = page.locator(".review-histogram")
    histogram.wait_for()
    counts = {
        int(row.get_attribute("data-value")): int(row.locator(".review-histogram__count").inner_text())
        for row in histogram.locator("[data-review-filter=stars]").all()
    }
    assert counts == {5: 2, 4: 1, 3: 0, 2: 1, 1: 1}
    assert sorted(listed_titles(page)) == sorted(title for _, title, _ in REVIEWS)
    gallery = page.locator(".review-gallery img")
    assert gallery.count() == 1 and "Nice but long" in gallery.get_attribute("alt")
    assert "/media/reviews/" in gallery.get_attribute("src")
    gallery.scroll_into_view_if_needed()  # loading="lazy"
    page.wait_for_function("img => img.complete && img.naturalWidth === 64", arg=gallery.element_handle())
    shoot(page, "1_product_page")

    # A bar of the histogram filters the list down to that score only.
    histogram.locator("[data-review-filter=stars][data-value='2']").click()
    page.wait_for_url("**stars=2**")
    assert listed_titles(page) == ["Colour faded"]
    assert page.locator(".review-histogram__row.is-active").get_attribute("data-value") == "2"
    shoot(page, "2_two_stars")
    histogram.locator("[data-review-filter=stars][data-value='5']").click()
    page.wait_for_url("**stars=5**")
    assert sorted(listed_titles(page)) == ["Perfect apron", "Worth every euro"]

    # "With photos or video": only the review with a photo, which shows its media.
    page.goto(live_server.url + reviewed_product.get_absolute_url())
    page.check("#review-media")  # reviews.js submits the form on change
    page.wait_for_url("**media=1**")
    assert listed_titles(page) == ["Nice but long"]
    photo = page.locator("form[data-review-filters] ~ article.review-item .review-media img")
    assert photo.count() == 1
    shoot(page, "3_with_photos")


def test_staff_sees_the_moderation_queue_with_reasons(live_server, browser_page, client, staff_user, product_factory):
    page = browser_page
    product = product_factory(title="Oak stool")
    waiting = services.review_submit(
        user=staff_user, product=product, score=4, title="Decent stool", body="Sturdy enough, a bit wobbly at first."
    )
    assert waiting.status == ModerationStatus.PENDING
    reasons = [reason["code"] for reason in waiting.moderation_reasons]
    assert reasons

    sign_in(page, client, live_server, staff_user)
    page.goto(live_server.url + reverse("reviews:moderation-queue"))
    row = page.locator("tr", has_text="Decent stool").first
    row.wait_for()
    for code in reasons:
        assert code in row.inner_text()
    shoot(page, "4_moderation_queue")


def test_vendor_statistics_render_svg_charts(live_server, browser_page, client, vendor_a, reviewed_product):
    page = browser_page
    sign_in(page, client, live_server, vendor_a[1])
    page.goto(live_server.url + reverse("reviews:statistics"))
    charts = page.locator("svg.chart")
    charts.first.wait_for()
    assert charts.count() >= 2  # rating by month and distribution
    assert all(chart.bounding_box()["width"] > 100 for chart in charts.all())
    assert "Linen apron" in page.inner_text("table.table-striped")
    shoot(page, "5_vendor_statistics")
