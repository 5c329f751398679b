"""Every page type renders, live and in preview, and the page tree stays sane."""

from datetime import date, timedelta

import pytest
from wagtail.models import Page

from blog.models import BlogCategory, BlogIndexPage, BlogPage
from home.models import (
    FAQPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    LandingPage,
    WebinarIndexPage,
    WebinarPage,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_pages(home_page, full_body, make_webinar, person, available_product):
    home_page.body = full_body
    home_page.save_revision().publish()
    landing = home_page.add_child(instance=LandingPage(title="Pay in 3", slug="pay-in-3", body=full_body))
    guides = home_page.add_child(instance=GuideIndexPage(title="Guides", slug="guides"))
    guide = guides.add_child(
        instance=GuidePage(
            title="Paying in instalments",
            slug="instalments-guide",
            introduction="All you need to know.",
            body=[
                {"type": "heading", "value": "What is it?"},
                {"type": "paragraph", "value": "<p>Three payments.</p>"},
                {"type": "heading", "value": "Who can use it?"},
            ],
            related_products=[{"type": "product", "value": available_product.pk}],
        )
    )
    faq = home_page.add_child(instance=FAQPage(title="FAQ", slug="faq", body=[full_body[14]]))
    blog = home_page.add_child(instance=BlogIndexPage(title="Blog", slug="blog", introduction="News"))
    category = BlogCategory.objects.create(name="Payments", slug="payments")
    post = blog.add_child(
        instance=BlogPage(
            title="Why pay later",
            slug="why-pay-later",
            date=date(2026, 11, 2),
            introduction="Intro",
            body=full_body[:3],
        )
    )
    post.authors.add(person)
    post.categories.add(category)
    post.tags.add("instalments")
    post.save_revision().publish()
    upcoming = make_webinar(title="Upcoming webinar")
    past = make_webinar(title="Past webinar", starts_in=-timedelta(days=7), replay_url="https://vimeo.com/123456")
    return {
        "home": home_page,
        "landing": landing,
        "guides": guides,
        "guide": guide,
        "faq": faq,
        "blog": blog,
        "post": post,
        "webinars": upcoming.get_parent().specific,
        "upcoming": upcoming,
        "past": past,
    }


def test_every_page_type_renders(client, site_pages):
    for name, page in site_pages.items():
        response = client.get(page.url)
        assert response.status_code == 200, name
        assert page.title in response.content.decode(), name


def test_every_page_type_renders_in_preview(site_pages):
    for name, page in site_pages.items():
        response = page.specific.make_preview_request()
        assert response.status_code == 200, name
        response.render()
        assert page.title in response.content.decode(), name


def test_guide_has_table_of_contents_reading_time_and_related_products(client, site_pages, available_product):
    html = client.get(site_pages["guide"].url).content.decode()
    assert 'href="#what-is-it"' in html and 'id="what-is-it"' in html
    assert "1 minute read" in html
    assert "Products mentioned in this guide" in html and available_product.title in html


def test_guide_related_products_drop_deleted_and_out_of_stock(client, site_pages, available_product):
    available_product.stockrecords.update(num_in_stock=0)
    response = client.get(site_pages["guide"].url)
    assert response.status_code == 200
    assert "Products mentioned in this guide" not in response.content.decode()
    available_product.delete()
    assert client.get(site_pages["guide"].url).status_code == 200


def test_webinar_index_splits_upcoming_and_replays(client, site_pages):
    html = client.get(site_pages["webinars"].url).content.decode()
    assert html.index("Upcoming webinar") < html.index("Replays") < html.index("Past webinar")


def test_past_webinar_shows_replay_and_no_form(client, site_pages):
    html = client.get(site_pages["past"].url).content.decode()
    assert "player.vimeo.com/video/123456" in html
    assert "This webinar has ended" in html
    assert 'name="email"' not in html


def test_blog_index_filters_by_tag_and_category(client, site_pages):
    blog = site_pages["blog"]
    assert "Why pay later" in client.get(blog.url + "?tag=instalments").content.decode()
    assert "Why pay later" not in client.get(blog.url + "?tag=other").content.decode()
    assert "Why pay later" in client.get(blog.url + "?category=payments").content.decode()
    html = client.get(site_pages["post"].url).content.decode()
    assert "Claire Martin" in html and "#instalments" in html


def test_blog_feeds(client, site_pages):
    rss = client.get("/feeds/blog.rss")
    assert rss.status_code == 200 and b"<rss" in rss.content and b"Why pay later" in rss.content
    atom = client.get("/feeds/blog.atom")
    assert atom.status_code == 200 and b'xmlns="http://www.w3.org/2005/Atom"' in atom.content
    assert b"Claire Martin" in atom.content


def test_page_tree_rules():
    assert LandingPage in HomePage.allowed_subpage_models()
    assert WebinarPage not in HomePage.allowed_subpage_models()
    assert WebinarIndexPage.allowed_subpage_models() == [WebinarPage]
    assert BlogIndexPage.allowed_subpage_models() == [BlogPage]
    assert HomePage.allowed_parent_page_models() == [Page]
    assert GuidePage in GuideIndexPage.allowed_subpage_models()
    assert not FAQPage.allowed_subpage_models()
