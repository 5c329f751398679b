"""The editorial demo content loads in English and French, renders, and loading it twice changes nothing."""

import pytest
from wagtail.models import Locale, Page

from blog.models import BlogPage
from home.demo.loader import editorial_demo_ensure
from home.models import GuidePage, LandingPage, PaymentOption, WebinarPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def bilingual_home(home_page):
    french = Locale.objects.get_or_create(language_code="fr")[0]
    home_page.copy_for_translation(french).save_revision().publish()
    return home_page


def test_demo_content_is_complete_bilingual_and_idempotent(client, bilingual_home, available_product):
    created = editorial_demo_ensure()
    assert editorial_demo_ensure() == []
    count = Page.objects.count()
    editorial_demo_ensure()
    assert Page.objects.count() == count
    for language in ("en", "fr"):
        pages = Page.objects.live().filter(locale__language_code=language)
        assert pages.type(LandingPage).count() == 4
        assert pages.type(GuidePage).count() == 3
        assert pages.type(WebinarPage).count() == 2
        assert pages.type(BlogPage).count() == 6
        assert PaymentOption.objects.filter(locale__language_code=language, landing_page__isnull=False).count() == 4
    assert len(created) == 2 * (4 + 1 + 3 + 1 + 1 + 2 + 1 + 6)

    french_webinar = WebinarPage.objects.filter(locale__language_code="fr").order_by("-starts_at").first()
    assert {speaker.locale.language_code for speaker in french_webinar.speakers.all()} == {"fr"}
    assert french_webinar.speakers.count() == 2
    for page in Page.objects.live().filter(depth__gt=2).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    html = client.get("/fr/paiement-en-3-fois/").content.decode()
    assert "Simulez vos mensualités" in html and "TAEG fixe 15,21 %" in html


def test_language_switcher_leads_to_the_translated_page(client, bilingual_home, available_product):
    editorial_demo_ensure()
    html = client.get("/pay-in-3/").content.decode()
    assert 'name="next" type="hidden" value="/page-in-language/' in html
    page = LandingPage.objects.get(slug="pay-in-3")
    response = client.post("/i18n/setlang/", {"language": "fr", "next": f"/page-in-language/{page.pk}/"}, follow=True)
    assert response.redirect_chain[-1][0] == "/fr/paiement-en-3-fois/"
    assert "Paiement en 3 fois" in response.content.decode()
