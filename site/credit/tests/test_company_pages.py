"""The company's own pages and the credit team's dashboard pages: forms, access, discounts, export."""

import json
from decimal import Decimal

import pytest
from django.urls import reverse

from credit.models import Company, CompanyMember, CreditApplication
from payments.tests.fixtures import basket_add

pytestmark = pytest.mark.django_db

COMPANY_FORM = {
    "name": "Fournitures Dupont",
    "legal_id": "732 829 320 00074",
    "vat_number": "FR44732829320",
    "line1": "5 avenue Foch",
    "postcode": "75116",
    "city": "Paris",
    "country": "FR",
}


def test_a_shopper_opens_a_business_account_then_applies(client, shopper):
    client.force_login(shopper)
    assert client.get(reverse("credit:company"))["Location"] == reverse("credit:company-create")
    response = client.post(reverse("credit:company-create"), COMPANY_FORM)
    assert response["Location"] == reverse("credit:company")
    company = Company.objects.get()
    assert company.legal_id == "73282932000074"  # spaces removed
    assert CompanyMember.objects.get(user=shopper).role == "admin" and company.credit_account.limit == 0

    page = client.get(reverse("credit:apply"))
    assert "Comptoir will assess this application from the" in page.content.decode()
    response = client.post(
        reverse("credit:apply"),
        {"terms_days": 30, "requested_limit": "3000", "annual_revenue": "400000", "consent": "on"},
    )
    assert response.status_code == 302
    application = CreditApplication.objects.get()
    page = client.get(reverse("credit:company")).content.decode()
    assert application.get_status_display() in page
    assert "NEW_ACCOUNT" not in page  # codes stay internal; the applicant reads plain words


def test_bad_company_and_application_input_gets_clear_errors(client, shopper, company, buyer):
    client.force_login(shopper)
    response = client.post(reverse("credit:company-create"), COMPANY_FORM | {"legal_id": "12-AB"})
    assert "Enter a SIREN (9 digits)" in response.content.decode()
    response = client.post(reverse("credit:company-create"), COMPANY_FORM | {"legal_id": company.legal_id})
    assert "already" in response.content.decode() and Company.objects.count() == 1
    client.force_login(buyer)
    response = client.post(reverse("credit:apply"), {"terms_days": 30, "requested_limit": "-5"})
    content = response.content.decode()
    assert "greater than or equal to 100" in content and "This field is required" in content  # consent
    response = client.post(reverse("credit:apply"), {"terms_days": 30, "requested_limit": "1e12", "consent": "on"})
    assert "less than or equal to" in response.content.decode() or "digits" in response.content.decode()
    assert not CreditApplication.objects.exists()


def test_only_the_admin_adds_members_and_exports(client, company, buyer, django_user_model):
    colleague = django_user_model.objects.create_user(email="colleague@acme.example", password="x")
    client.force_login(buyer)
    client.post(reverse("credit:members"), {"email": colleague.email, "role": "buyer", "order_limit": "250"})
    member = CompanyMember.objects.get(user=colleague)
    assert (member.role, member.order_limit) == ("buyer", Decimal("250.00"))
    export = client.get(reverse("credit:export"))
    assert export.status_code == 200 and json.loads(export.content)["company"]["legal_id"] == company.legal_id

    client.force_login(colleague)
    newcomer = django_user_model.objects.create_user(email="new@acme.example", password="x")
    client.post(reverse("credit:members"), {"email": newcomer.email, "role": "admin"})
    assert not CompanyMember.objects.filter(user=newcomer).exists()
    assert client.get(reverse("credit:export")).status_code == 404
    assert client.get(reverse("credit:apply"))["Location"] == reverse("credit:company")


def test_credit_team_pages_are_staff_only(client, company, buyer, staff_user, vendor_a):
    urls = [
        reverse("credit:staff-applications"),
        reverse("credit:staff-companies"),
        reverse("credit:staff-company", args=[company.pk]),
    ]
    for user in (buyer, vendor_a[1]):
        client.force_login(user)
        for url in urls:
            assert client.get(url).status_code == 403, url
    client.force_login(staff_user)
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert company.name in client.get(reverse("credit:staff-companies")).content.decode()
    companies = reverse("credit:staff-companies")
    assert list(client.get(companies, {"q": company.legal_id[:9]}).context["companies"]) == [company]
    assert list(client.get(companies, {"q": "acme bureau"}).context["companies"]) == [company]
    assert not client.get(companies, {"q": "nobody"}).context["companies"]


def test_staff_override_through_the_dashboard(client, company, buyer, staff_user):
    from credit.services import credit_application_submit

    Company.objects.filter(pk=company.pk).update(legal_id="41234567800000")
    application = credit_application_submit(
        company=Company.objects.get(pk=company.pk),
        user=buyer,
        terms_days=30,
        requested_limit=Decimal("2000"),
        consent_text="ok",
    )
    client.force_login(staff_user)
    url = reverse("credit:staff-application", args=[application.pk])
    page = client.get(url).content.decode()
    assert "NEW_ACCOUNT" in page and "automated" in page  # staff see the reason codes
    response = client.post(url, {"outcome": "approve", "limit": "1200", "terms_days": 60, "note": ""})
    assert "This field is required" in response.content.decode()
    client.post(url, {"outcome": "approve", "limit": "1200", "terms_days": 60, "note": "Known customer offline."})
    application.refresh_from_db()
    company.credit_account.refresh_from_db()
    assert application.status == "approved" and company.credit_account.limit == Decimal("1200.00")
    assert "Known customer offline." in client.get(url).content.decode()


def test_the_company_discount_applies_to_members_baskets_only(client, company, buyer, shopper, product_factory):
    Company.objects.filter(pk=company.pk).update(discount_percent=Decimal("12.50"))
    product = product_factory(title="Filing cabinet", price="200.00")
    client.force_login(buyer)
    basket_add(client, product, 1)
    basket = client.get(reverse("basket:summary")).context["basket"]
    assert basket.total_incl_tax == Decimal("175.00")
    assert "Negotiated company discount" in [o["offer"].name for o in basket.offer_discounts]
    client.force_login(shopper)
    basket_add(client, product, 1)
    assert client.get(reverse("basket:summary")).context["basket"].total_incl_tax == Decimal("200.00")
