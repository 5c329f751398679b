"""The export of a company's credit data (right of access): complete, minimised, JSON-native, this company only."""

import json
from decimal import Decimal

import pytest
from django.conf import settings
from django.urls import reverse

from credit import services
from credit.export import EXPORT_FORMAT, company_credit_export
from credit.models import CompanyMember, CreditDecision

from .conftest_analytics import analytics_world_fixture, make_company, make_order, paris  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def applied(approved_company, buyer, django_user_model):
    """The Q1 world, an approver member, and an application filed through the service (automated decision)."""
    approver = django_user_model.objects.create_user(
        email="approver@acme.example", password="x", first_name="Ada", last_name="Secret"
    )
    services.member_add(company=approved_company, by=buyer, user=approver, role="approver", order_limit=None)
    application = services.credit_application_submit(
        company=approved_company,
        user=buyer,
        terms_days=30,
        requested_limit=Decimal("2000.00"),
        consent_text=settings.CREDIT_CONSENT_TEXT,
        annual_revenue=Decimal("480000.00"),
        years_trading=6,
    )
    return application


def test_the_export_holds_every_kind_of_credit_data(analytics_world, applied, approved_company):
    document = company_credit_export(approved_company)
    assert document["format"] == EXPORT_FORMAT and document["version"] == 1
    assert json.loads(json.dumps(document)) == document  # JSON-native: no encoder needed

    assert document["company"] | {"created": None} == {
        "name": "Acme Bureau SARL",
        "legal_id": "41234567800017",
        "vat_number": "FR22412345678",
        "line1": "8 rue Haute",
        "line2": "",
        "postcode": "69002",
        "city": "Lyon",
        "country": "FR",
        "discount_percent": "0.00",
        "years_trading": 6,
        "annual_revenue": "480000.00",
        "created": None,
    }
    members = {member["email"]: member for member in document["members"]}
    assert {email: member["role"] for email, member in members.items()} == {
        "buyer@acme.example": CompanyMember.Role.ADMIN,
        "approver@acme.example": CompanyMember.Role.APPROVER,
    }
    assert set(members["approver@acme.example"]) == {"email", "role", "order_limit", "created"}  # no names
    assert "Secret" not in json.dumps(document)

    (application,) = document["applications"]
    decision = CreditDecision.objects.get(application=applied)
    assert application["id"] == applied.pk and application["requested_limit"] == "2000.00"
    assert application["submitted_by"] == "buyer@acme.example"
    assert application["consent_text_version"] == services.text_version(settings.CREDIT_CONSENT_TEXT)
    (exported,) = application["decisions"]
    assert exported["outcome"] == decision.outcome and exported["score"] == decision.score
    assert exported["reason_codes"] == decision.reason_codes and exported["reason_codes"]
    assert exported["inputs"]["requested_limit"] == "2000.00" and exported["inputs"]["years_trading"] == 6
    assert exported["bureau"]["name"] == decision.bureau_name and exported["decided_by"] == "automated scoring"
    assert exported["explanation"]  # the plain-language sentence the applicant was given

    (consent,) = document["consents"]
    assert consent["purpose"] == "scoring" and consent["given_by"] == "buyer@acme.example"
    assert consent["text"] == settings.CREDIT_CONSENT_TEXT
    assert consent["text_version"] == application["consent_text_version"]


def test_account_ledger_invoices_payments_and_dunning(analytics_world, approved_company):
    document = company_credit_export(approved_company)
    account = approved_company.credit_account
    account.refresh_from_db()
    assert document["account"]["limit"] == "1000.00" and document["account"]["used"] == str(account.used)
    assert document["account"]["available"] == str(account.available)
    assert document["account"]["on_hold"] is True  # B is more than 15 days overdue

    kinds = [entry["kind"] for entry in document["ledger"]]
    assert kinds.count("reserve") == 3 and kinds.count("payment") == 2 and kinds.count("late_fee") == 1
    late_fee = next(entry for entry in document["ledger"] if entry["kind"] == "late_fee")
    invoice_b = analytics_world["invoices"][1]
    assert late_fee["amount"] == "49.00" and late_fee["invoice"] == invoice_b.number

    assert [order["amount"] for order in document["terms_orders"]] == ["100.00", "300.00", "200.00"]
    assert document["terms_orders"][0]["ordered_by"] == "buyer@acme.example"
    assert document["terms_orders"][0]["po_number"].startswith("PO-")

    invoices = {invoice["number"]: invoice for invoice in document["invoices"]}
    assert len(invoices) == 3
    exported_b = invoices[invoice_b.number]
    assert (exported_b["issued_on"], exported_b["due_on"]) == ("2026-01-20", "2026-02-19")
    assert (exported_b["late_fees"], exported_b["amount_paid"], exported_b["amount_due"]) == (
        "49.00",
        "100.00",
        "249.00",
    )
    assert [(p["amount"], p["method"], p["reference"]) for p in exported_b["payments"]] == [
        ("100.00", "bank_transfer", "VIR-B1")
    ]
    assert [notice["step"] for notice in exported_b["dunning_notices"]] == ["late_fee"]
    assert exported_b["payments"][0]["created"].startswith("2026-03-10T12:00:00+01:00")


def test_overrides_are_exported_without_naming_the_staff_member(analytics_world, staff_user):
    from credit.models import Company

    company = Company.objects.get(name="Company 3")  # referred, then approved by an override
    document = company_credit_export(company)
    automated, override = document["applications"][0]["decisions"]
    assert (automated["outcome"], automated["decided_by"]) == ("refer", "automated scoring")
    assert (override["outcome"], override["decided_by"], override["note"]) == (
        "approve",
        "credit team",
        "Known customer",
    )
    assert staff_user.email not in json.dumps(document)
    assert [entry["kind"] for entry in document["ledger"]] == ["limit"] and document["members"] == []


def test_nothing_of_another_company_leaks(analytics_world, approved_company):
    other = make_company(99)
    document = json.dumps(company_credit_export(other))
    for foreign in ("Acme Bureau SARL", "41234567800017", "buyer@acme.example", "VIR-B1", "Known customer"):
        assert foreign not in document
    own = json.dumps(company_credit_export(approved_company))
    assert other.legal_id not in own and "Company 3" not in own


def test_a_company_without_anything_exports_empty_lists():
    company = make_company(7)
    document = company_credit_export(company)
    assert document["account"]["limit"] == "0.00"
    assert all(document[key] == [] for key in ("members", "applications", "consents", "ledger", "invoices"))


def test_query_count_does_not_grow_with_the_history(analytics_world, approved_company, django_assert_max_num_queries):
    with django_assert_max_num_queries(14):
        company_credit_export(approved_company)


def test_the_company_admin_downloads_the_export(client, analytics_world, approved_company, buyer, shopper):
    url = reverse("credit:export")
    client.force_login(buyer)
    response = client.get(url)
    assert response.status_code == 200
    assert f'comptoir-credit-{approved_company.legal_id}.json"' in response["Content-Disposition"]
    assert json.loads(response.content)["company"]["legal_id"] == approved_company.legal_id
    client.force_login(shopper)  # not a member of any company
    assert client.get(url).status_code == 404
