"""Canonical URLs, meta and Open Graph tags, JSON-LD that parses, sitemap and robots.txt."""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from blog.models import BlogIndexPage, BlogPage
from home.models import GuidePage
from home.tests.conftest import json_ld_documents

pytestmark = pytest.mark.django_db


def by_type(documents):
    return {document["@type"]: document for document in documents}


def test_meta_canonical_and_open_graph(client, home_page, image):
    guide = home_page.add_child(
        instance=GuidePage(
            title="B2B terms",
            slug="b2b-terms",
            introduction="Pay at 30 days as a business.",
            seo_title="B2B payment terms explained",
            social_image=image,
        )
    )
    soup = BeautifulSoup(client.get(guide.url).content, "html.parser")
    assert soup.find("link", rel="canonical")["href"] == "http://localhost/b2b-terms/"
    assert soup.find("meta", attrs={"name": "description"})["content"] == "Pay at 30 days as a business."
    assert soup.find("meta", property="og:title")["content"] == "B2B payment terms explained"
    assert soup.find("meta", property="og:type")["content"] == "article"
    assert soup.find("meta", property="og:image")["content"].startswith("http://testserver/")
    assert soup.find("link", rel="alternate", hreflang="en")["href"] == "http://localhost/b2b-terms/"


def test_article_and_breadcrumb_json_ld(client, home_page, person):
    blog = home_page.add_child(instance=BlogIndexPage(title="Blog", slug="blog"))
    post = blog.add_child(
        instance=BlogPage(
            title="Deferred payment", slug="deferred", date=date(2026, 10, 1), introduction="Pay in 30 days."
        )
    )
    post.authors.add(person)
    post.save_revision().publish()
    documents = by_type(json_ld_documents(client.get(post.url).content.decode()))
    crumbs = documents["BreadcrumbList"]["itemListElement"]
    assert [crumb["name"] for crumb in crumbs] == ["Comptoir", "Blog", "Deferred payment"]
    assert crumbs[-1]["item"] == "http://localhost/blog/deferred/"
    article = documents["BlogPosting"]
    assert article["headline"] == "Deferred payment" and article["datePublished"] == "2026-10-01"
    assert article["author"] == [{"@type": "Person", "name": "Claire Martin"}]


def test_event_json_ld_for_webinars(client, webinar):
    event = by_type(json_ld_documents(client.get(webinar.url).content.decode()))["Event"]
    assert event["name"] == webinar.title
    assert event["startDate"] == webinar.starts_at.astimezone(webinar.local_starts_at.tzinfo).isoformat()
    assert event["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert event["performer"][0]["name"] == "Claire Martin"
    assert event["offers"]["availability"] == "https://schema.org/InStock"


def test_product_page_has_product_offer_and_rating(client, home_page, available_product, shopper):
    from oscar.core.loading import get_model

    ProductReview = get_model("reviews", "ProductReview")
    ProductReview.objects.create(
        product=available_product, user=shopper, title="Good", body="Nice", score=4, status=ProductReview.APPROVED
    )
    available_product.rating = 4.0
    available_product.save()
    response = client.get(available_product.get_absolute_url())
    assert response.status_code == 200
    documents = json_ld_documents(response.content.decode())
    nodes = [document for document in documents if document.get("@type") == "Product"]
    # Every Product node of the page (ours, the reviews app's) shares one @id, so consumers merge them.
    assert {node["@id"] for node in nodes} == {f"http://testserver{available_product.get_absolute_url()}#product"}
    (product,) = [node for node in nodes if "offers" in node]
    assert product["name"] == "Linen apron"
    assert product["offers"]["price"] == "39.00" and product["offers"]["priceCurrency"] == "EUR"
    assert product["offers"]["availability"] == "https://schema.org/InStock"
    assert product["aggregateRating"]["ratingValue"] == "4.0"
    assert product["aggregateRating"]["reviewCount"] == 1


def test_sitemap_lists_pages_products_and_categories(client, home_page, category, available_product):
    home_page.add_child(instance=GuidePage(title="Guide", slug="guide"))
    content = client.get("/sitemap.xml").content.decode()
    # Wagtail locates pages on its Site's hostname, Django's sitemaps on django.contrib.sites' domain.
    assert "/guide/</loc>" in content
    assert f"{available_product.get_absolute_url()}</loc>" in content
    assert f"{category.get_absolute_url()}</loc>" in content


def test_robots_txt_points_to_the_sitemap(client):
    content = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in content and "Disallow: /cms/" in content


def test_sitemap_lists_vendor_storefronts(client, vendor_a):
    from django.apps import apps

    partner, _user = vendor_a
    apps.get_model("vendors", "VendorProfile").objects.create(partner=partner, slug="atelier-alpha")
    assert "/shop/vendors/atelier-alpha/</loc>" in client.get("/sitemap.xml").content.decode()
