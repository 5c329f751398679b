"""Newsletter signup: consent stored, duplicates harmless, bots and floods refused."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from home.models import NewsletterSubscription

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


def subscribe(client, **overrides):
    data = {"email": "reader@example.com", "consent": "on", "website": "", "next": "/guides/"}
    data.update(overrides)
    return client.post(reverse("newsletter-signup"), data)


def test_subscription_stores_the_consent(client):
    response = subscribe(client, email="Reader@Example.com")
    assert response.status_code == 302 and response["Location"] == "/guides/"
    subscription = NewsletterSubscription.objects.get()
    assert subscription.email == "reader@example.com"
    assert "newsletter" in subscription.consent_text and subscription.source_url == "/guides/"


def test_subscribing_twice_keeps_one_row(client):
    subscribe(client)
    subscribe(client)
    assert NewsletterSubscription.objects.count() == 1


@pytest.mark.parametrize(
    "overrides", [{"consent": ""}, {"email": "not-an-email"}, {"website": "http://spam.example.com"}]
)
def test_invalid_or_spam_signups_store_nothing(client, overrides):
    subscribe(client, **overrides)
    assert not NewsletterSubscription.objects.exists()


def test_open_redirects_are_refused(client):
    assert subscribe(client, next="https://evil.example.com/")["Location"] == "/"


def test_floods_are_rate_limited(client):
    statuses = [subscribe(client, email=f"r{n}@example.com").status_code for n in range(7)]
    assert statuses == [302] * 5 + [429, 429]
