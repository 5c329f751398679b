"""The automated credit decision: approve / refer / decline with reason codes, overrides audited, bad input."""

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
import responses
from django.core import mail
from django.utils import timezone

from credit.bureau import BureauError, HttpBureau, LocalBureau
from credit.models import Company, CreditApplication, CreditConsent, CreditLedgerEntry
from credit.scoring import ScoringInputs, applicant_message, score_application
from credit.services import CreditError, credit_application_submit, credit_decision_override, text_version

GOOD = ScoringInputs(
    account_age_days=800,
    orders_count=12,
    orders_total=Decimal("8400.00"),
    invoices_paid_on_time=4,
    invoices_paid_late=0,
    invoices_overdue=0,
    returns_count=1,
    disputes_count=0,
    years_trading=9,
    annual_revenue=Decimal("900000"),
    requested_limit=Decimal("5000"),
    bureau_score=82,
)
CONSENT = "I agree to the credit assessment."


# --- the scoring rules -----------------------------------------------------------------------------


def test_an_established_customer_is_approved_with_the_reasons_that_helped():
    result = score_application(GOOD)
    assert result.outcome == "approve" and result.limit == Decimal("5000")
    assert result.reason_codes == [
        "BUREAU_STRONG",
        "ESTABLISHED_ACCOUNT",
        "ORDER_HISTORY",
        "ON_TIME_PAYER",
        "MATURE_COMPANY",
    ]
    assert [reason.points for reason in result.reasons] == [16, 10, 10, 10, 5]
    assert result.score == 100  # 50 + 51, capped
    assert applicant_message("approve", result.reasons) == "Good news: your company can now pay by invoice."


def test_a_middling_profile_is_referred_with_the_negative_reason_first():
    inputs = replace(
        GOOD, account_age_days=10, orders_count=6, invoices_paid_on_time=0, years_trading=3, bureau_score=55
    )
    result = score_application(inputs)
    assert (result.outcome, result.score) == ("refer", 50)
    assert result.reason_codes == ["NEW_ACCOUNT", "ORDER_HISTORY"]
    assert result.limit == 0
    assert "reviewing your application" in applicant_message("refer", result.reasons)


def test_a_large_limit_is_always_referred_even_for_a_perfect_profile():
    result = score_application(replace(GOOD, requested_limit=Decimal("50000"), annual_revenue=Decimal("9000000")))
    assert result.outcome == "refer" and "LIMIT_ABOVE_AUTO_APPROVAL" in result.reason_codes


def test_a_bureau_outage_refers_to_a_human():
    result = score_application(replace(GOOD, bureau_score=None, bureau_available=False))
    assert result.outcome == "refer" and result.reason_codes[0] == "BUREAU_UNAVAILABLE"


def test_a_weak_profile_is_declined_and_told_why_in_plain_words():
    inputs = replace(
        GOOD,
        account_age_days=5,
        orders_count=0,
        invoices_paid_on_time=0,
        years_trading=1,
        annual_revenue=None,
        bureau_score=None,
    )
    result = score_application(inputs)
    assert (result.outcome, result.score) == ("decline", 15)
    assert result.reason_codes == [
        "NEW_ACCOUNT",
        "YOUNG_COMPANY",
        "BUREAU_NO_DATA",
        "NO_ORDER_HISTORY",
        "REVENUE_NOT_SUPPLIED",
    ]
    message = applicant_message("decline", result.reasons)
    assert message == (
        "We cannot offer payment terms at the moment, mainly because of: your account is new on "
        "Comptoir, the company's young age, no external credit history."
    )
    assert "NEW_ACCOUNT" not in message and "-10" not in message  # codes and points stay internal


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"bureau_insolvency": True}, "INSOLVENCY"),
        ({"bureau_score": 12}, "BUREAU_VERY_LOW"),
        ({"invoices_overdue": 1}, "OVERDUE_INVOICES"),
    ],
)
def test_hard_rules_decline_whatever_the_score(change, code):
    result = score_application(replace(GOOD, **change))
    assert result.outcome == "decline" and code in result.reason_codes


def test_late_payments_disputes_and_returns_weigh_down():
    result = score_application(replace(GOOD, invoices_paid_late=2, disputes_count=1, returns_count=6, bureau_score=60))
    assert {"LATE_PAYMENTS", "DISPUTES", "HIGH_RETURN_RATE"} <= set(result.reason_codes)
    assert "ON_TIME_PAYER" not in result.reason_codes
    assert result.outcome == "decline"  # 50 + 10 + 10 - 20 - 10 - 20 + 5 = 25


# --- the bureau adapters ---------------------------------------------------------------------------

BUREAU_URL = "https://bureau.test"


def test_local_bureau_is_deterministic_and_knows_the_special_ids():
    bureau = LocalBureau()
    first = bureau.report(legal_id="41234567800017", country="FR")
    assert first == bureau.report(legal_id="41234567800017", country="FR") and 35 <= first.score <= 95
    assert bureau.report(legal_id="41234567800000", country="FR").score is None
    assert bureau.report(legal_id="41234567800999", country="FR").insolvency


@responses.activate
def test_http_bureau_reads_the_score_and_sends_only_the_legal_id():
    responses.get(
        f"{BUREAU_URL}/v1/companies/FR/41234567800017/credit-report",
        json={
            "reportId": "rep_8812",
            "creditRating": {"commonValue": 74, "commonDescription": "Low risk"},
            "insolvency": {"active": False},
        },
        match=[responses.matchers.header_matcher({"Authorization": "Bearer key_test"})],
    )
    report = HttpBureau(base_url=BUREAU_URL, api_key="key_test").report(legal_id="41234567800017", country="FR")
    assert (report.reference, report.score, report.insolvency) == ("rep_8812", 74, False)
    assert responses.calls[0].request.body is None  # nothing else leaves the marketplace


@responses.activate
def test_http_bureau_unknown_company_and_failures():
    bureau = HttpBureau(base_url=BUREAU_URL, api_key="k")
    responses.get(f"{BUREAU_URL}/v1/companies/FR/1/credit-report", status=404, json={"error": "not found"})
    responses.get(f"{BUREAU_URL}/v1/companies/FR/2/credit-report", status=503)
    responses.get(f"{BUREAU_URL}/v1/companies/FR/3/credit-report", json={"unexpected": True})
    assert bureau.report(legal_id="1", country="FR").score is None
    with pytest.raises(BureauError):
        bureau.report(legal_id="2", country="FR")
    with pytest.raises(BureauError):
        bureau.report(legal_id="3", country="FR")


# --- the service: applications, decisions, overrides -------------------------------------------------


def strong_legal_id() -> str:
    """A SIRET the local bureau scores 80 or more (deterministic)."""
    bureau = LocalBureau()
    return next(
        legal_id
        for legal_id in (f"5{n:08d}00017" for n in range(1000))
        if bureau.report(legal_id=legal_id, country="FR").score >= 80
    )


@pytest.fixture
def established(company, buyer):
    """The company has been a customer for two years and gives its figures."""
    two_years_ago = timezone.now() - timedelta(days=730)
    Company.objects.filter(pk=company.pk).update(created=two_years_ago, legal_id=strong_legal_id())
    type(buyer).objects.filter(pk=buyer.pk).update(date_joined=two_years_ago)
    company.refresh_from_db()
    return company


@pytest.mark.django_db
def test_application_approved_sets_the_limit_records_consent_and_tells_the_applicant(
    established, buyer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        application = credit_application_submit(
            company=established,
            user=buyer,
            terms_days=30,
            requested_limit=Decimal("5000"),
            annual_revenue=Decimal("1200000"),
            years_trading=12,
            consent_text=CONSENT,
        )
    assert application.status == CreditApplication.Status.APPROVED
    decision = application.latest_decision
    assert decision.automated and decision.outcome == "approve" and decision.limit == Decimal("5000.00")
    codes = [reason["code"] for reason in decision.reason_codes]
    assert codes[:2] == ["BUREAU_STRONG", "ESTABLISHED_ACCOUNT"] and "NO_ORDER_HISTORY" in codes
    assert decision.inputs["requested_limit"] == "5000.00" and decision.inputs["years_trading"] == 12
    assert set(decision.inputs) >= {"orders_count", "invoices_paid_late", "disputes_count", "bureau_score"}
    assert not {"email", "name", "first_name"} & set(decision.inputs)  # data minimisation
    account = established.credit_account
    account.refresh_from_db()
    assert (account.limit, account.terms_days) == (Decimal("5000.00"), 30)
    assert CreditLedgerEntry.objects.get(account=account).kind == "limit"
    consent = CreditConsent.objects.get(company=established)
    assert consent.text_version == text_version(CONSENT) == application.consent_text_version
    assert len(mail.outbox) == 1 and "can now pay by invoice" in mail.outbox[0].body


@pytest.mark.django_db
def test_a_new_company_is_declined_then_a_credit_officer_overrides_with_an_audited_note(
    company, buyer, staff_user, settings
):
    Company.objects.filter(pk=company.pk).update(legal_id="41234567800000")  # unknown to the bureau
    company.refresh_from_db()
    application = credit_application_submit(
        company=company,
        user=buyer,
        terms_days=30,
        requested_limit=Decimal("2000"),
        years_trading=1,
        consent_text=CONSENT,
    )
    assert application.status == "declined"
    automated = application.latest_decision
    assert {"NEW_ACCOUNT", "BUREAU_NO_DATA", "YOUNG_COMPANY"} <= {r["code"] for r in automated.reason_codes}

    with pytest.raises(CreditError, match="note"):
        credit_decision_override(application=application, staff=staff_user, outcome="approve", note="  ")
    with pytest.raises(CreditError, match="credit team"):
        credit_decision_override(application=application, staff=buyer, outcome="approve", note="please")
    override = credit_decision_override(
        application=application,
        staff=staff_user,
        outcome="approve",
        limit=Decimal("1500"),
        terms_days=15,
        note="Parent company guarantee received by post.",
    )
    application.refresh_from_db()
    assert application.status == "approved"
    assert list(application.decisions.values_list("automated", flat=True)) == [False, True]  # both kept
    assert (override.decided_by, override.note) == (staff_user, "Parent company guarantee received by post.")
    assert override.reason_codes == automated.reason_codes  # the audit shows what was overridden
    account = company.credit_account
    account.refresh_from_db()
    assert (account.limit, account.terms_days) == (Decimal("1500.00"), 15)
    assert account.entries.get().created_by == staff_user


@pytest.mark.django_db
def test_bureau_outage_refers_the_application(company, buyer, settings):
    settings.CREDIT_BUREAU = "http"
    settings.CREDIT_BUREAU_URL = "http://127.0.0.1:9"  # nothing listens there
    application = credit_application_submit(
        company=company,
        user=buyer,
        terms_days=60,
        requested_limit=Decimal("900"),
        annual_revenue=Decimal("1e6"),
        consent_text=CONSENT,
    )
    assert application.status == "referred"
    assert application.latest_decision.reason_codes[0]["code"] == "BUREAU_UNAVAILABLE"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("limit", "terms", "message"),
    [
        (Decimal("-100"), 30, "positive"),
        (Decimal("0"), 30, "positive"),
        (Decimal("999999999"), 30, "do not offer limits above"),
        (Decimal("1000"), 45, "Net 15, Net 30 or Net 60"),
    ],
)
def test_absurd_applications_are_refused_and_nothing_is_saved(company, buyer, limit, terms, message):
    with pytest.raises(CreditError, match=message):
        credit_application_submit(
            company=company, user=buyer, terms_days=terms, requested_limit=limit, consent_text=CONSENT
        )
    assert not CreditApplication.objects.exists() and not CreditConsent.objects.exists()


@pytest.mark.django_db
def test_overlapping_applications_and_members_without_the_right_role(company, buyer, django_user_model):
    from credit.services import member_add

    CreditApplication.objects.create(
        company=company,
        submitted_by=buyer,
        requested_limit=Decimal("500"),
        status="referred",
        consent_text_version="x",
        consent_at=timezone.now(),
    )
    with pytest.raises(CreditError, match="already has an application"):
        credit_application_submit(
            company=company, user=buyer, terms_days=30, requested_limit=Decimal("800"), consent_text=CONSENT
        )
    assert CreditApplication.objects.count() == 1 and not CreditConsent.objects.exists()
    colleague = django_user_model.objects.create_user(email="colleague@acme.example", password="x")
    member_add(company=company, by=buyer, user=colleague, role="buyer", order_limit=Decimal("300"))
    with pytest.raises(CreditError, match="role"):
        credit_application_submit(
            company=company, user=colleague, terms_days=30, requested_limit=Decimal("800"), consent_text=CONSENT
        )
    with pytest.raises(CreditError, match="negative"):
        member_add(company=company, by=buyer, user=buyer, role="buyer", order_limit=Decimal("-1"))


@pytest.mark.django_db
def test_disputes_on_the_members_payments_are_counted_and_others_are_not(company, buyer):
    from oscar.test.factories import create_order

    from credit.services import scoring_inputs
    from payments.models import PaymentIntent, WebhookEvent

    order = create_order(user=buyer)
    PaymentIntent.objects.create(
        idempotency_key="disputed",
        gateway="stripe",
        reference="pi_disputed",
        amount=Decimal("80.00"),
        currency="EUR",
        user=buyer,
        email=buyer.email,
        order=order,
        status="succeeded",
    )
    for number, payment_intent in enumerate(("pi_disputed", "pi_someone_else")):
        WebhookEvent.objects.create(
            event_id=f"evt_dispute_{number}",
            type="charge.dispute.created",
            payload={"data": {"object": {"id": f"dp_{number}", "payment_intent": payment_intent}}},
        )
    WebhookEvent.objects.create(
        event_id="evt_refund", type="charge.refunded", payload={"data": {"object": {"payment_intent": "pi_disputed"}}}
    )
    inputs = scoring_inputs(company=company, requested_limit=Decimal("1000"))
    assert (inputs.orders_count, inputs.disputes_count) == (1, 1)
