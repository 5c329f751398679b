"""The home page costs a bounded number of queries, and publishing invalidates the fragment cache."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def warm_query_count(client, page) -> int:
    client.get(page.url)  # fills the fragment cache
    with CaptureQueriesContext(connection) as queries:
        client.get(page.url)
    return len(queries)


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
