"""Stored XSS cannot reach shoppers through Oscar's `|safe` descriptions; auth forms are rate limited."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from core.sanitize import clean_rich_text

# A corpus of classic payloads: each must lose every way to run script.
XSS_CORPUS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href="&#106;avascript:alert(1)">click</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<scr<script>ipt>alert(1)</script>",
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
    '<form action="https://evil.example"><button>Pay</button></form>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '"><script>alert(document.cookie)</script>',
    "<input autofocus onfocus=alert(1)>",
]
DANGEROUS = ("<script", "onerror", "onload", "ontoggle", "onfocus", "javascript:", "<iframe", "<object", "<form",
             "<meta", "style=", "data:text/html", "<svg", "<style")  # fmt: skip


@pytest.mark.parametrize("payload", XSS_CORPUS)
def test_sanitizer_removes_every_way_to_run_script(payload):
    cleaned = clean_rich_text(payload).lower()
    assert not any(marker in cleaned for marker in DANGEROUS), cleaned


def test_sanitizer_keeps_formatting_and_safe_links():
    html = (
        '<p>Solid <strong>oak</strong>, <em>oiled</em>.</p><ul><li>45 cm</li></ul><a href="https://x.example">spec</a>'
    )
    cleaned = clean_rich_text(html)
    assert "<strong>oak</strong>" in cleaned and "<li>45 cm</li>" in cleaned
    assert 'href="https://x.example"' in cleaned and 'rel="noopener noreferrer nofollow"' in cleaned


@pytest.mark.django_db
@pytest.mark.parametrize("payload", XSS_CORPUS)
def test_product_page_never_renders_a_stored_payload(client, product_factory, payload):
    product = product_factory(title="Lamp", description=f"<p>Nice lamp</p>{payload}")
    product.refresh_from_db()
    assert not any(marker in product.description.lower() for marker in DANGEROUS)
    page = client.get(product.get_absolute_url()).content.decode().lower()
    description = page.split('id="product_description"')[-1].split("</article>")[0]
    assert "Nice lamp".lower() in description
    assert not any(marker in description for marker in DANGEROUS)


@pytest.mark.django_db
def test_category_description_is_sanitized():
    from oscar.core.loading import get_model

    Category = get_model("catalogue", "Category")
    category = Category.add_root(name="Lamps", description='<p onclick="steal()">Light</p><script>x</script>')
    category.refresh_from_db()
    assert category.description == "<p>Light</p>"


@pytest.mark.django_db
def test_login_is_rate_limited_per_address(client, shopper, settings):
    settings.RATELIMIT_FORMS = {"customer:login": (3, 300)}
    cache.clear()
    url = reverse("customer:login")
    data = {"login-username": "shopper@example.com", "login-password": "wrong", "login_submit": "1"}
    codes = [client.post(url, data).status_code for _ in range(4)]
    assert codes[:3] == [200, 200, 200]
    assert codes[3] == 429
    assert client.get(url).status_code == 200  # reading the form is never limited
    other = client.post(url, data, REMOTE_ADDR="10.9.8.7")
    assert other.status_code == 200
