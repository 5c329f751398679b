"""Usage analytics of deferred payment: exact figures per period, edge cases, the dashboard page and its CSV."""

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from credit import analytics
from credit.analytics import BNPL, CARD, TERMS, credit_usage_analytics, receivables_on

from .conftest_analytics import analytics_world_fixture, make_order, paris  # noqa: F401

pytestmark = pytest.mark.django_db
Q1 = {"start": date(2026, 1, 1), "end": date(2026, 3, 31)}
D = Decimal


def usage(period) -> dict:
    return {kind: (period.usage[kind].count, period.usage[kind].value) for kind in analytics.PAYMENT_KINDS}


def test_orders_by_payment_kind_per_month(analytics_world):
    figures = credit_usage_analytics(**Q1, granularity="month")
    january, february, march = figures.periods
    assert [(p.start, p.end) for p in figures.periods] == [
        (date(2026, 1, 1), date(2026, 1, 31)),
        (date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 3, 1), date(2026, 3, 31)),
    ]
    assert usage(january) == {TERMS: (2, D("400.00")), BNPL: (1, D("50.00")), CARD: (2, D("60.00"))}
    assert usage(february) == {TERMS: (0, D("0.00")), BNPL: (2, D("240.00")), CARD: (1, D("60.00"))}
    assert usage(march) == {TERMS: (1, D("200.00")), BNPL: (0, D("0.00")), CARD: (0, D("0.00"))}
    assert usage(figures.summary) == {TERMS: (3, D("600.00")), BNPL: (3, D("290.00")), CARD: (3, D("120.00"))}


def test_average_order_value_with_and_without_deferred_payment(analytics_world):
    figures = credit_usage_analytics(**Q1)
    january, february, march = figures.periods
    assert (january.deferred.average, january.usage[CARD].average) == (D("150.00"), D("30.00"))
    assert (february.deferred.average, february.usage[CARD].average) == (D("120.00"), D("60.00"))
    assert (march.deferred.average, march.usage[CARD].average) == (D("200.00"), D("0.00"))  # no card order
    assert (figures.summary.deferred.average, figures.summary.usage[CARD].average) == (D("148.33"), D("40.00"))
    assert figures.summary.deferred_share == D("0.8812")  # 890 of 1010
    assert january.deferred_share == D("0.8824") and march.deferred_share == D("1.0000")


def test_credit_applications_and_decisions(analytics_world):
    figures = credit_usage_analytics(**Q1)
    january, february, march = figures.periods
    assert (january.applications.submitted, january.applications.approved, january.applications.declined) == (3, 2, 1)
    assert january.applications.approval_rate == D("0.6667")  # the referred one was approved by an override
    assert (february.applications.open, february.applications.declined, february.applications.approval_rate) == (
        1,
        1,
        D("0.0000"),
    )
    assert figures.summary.applications == analytics.Applications(submitted=5, approved=2, declined=2, open=1)
    assert figures.summary.applications.approval_rate == D("0.5000")
    assert january.decisions == analytics.Decisions(automated_approve=1, automated_refer=1, automated_decline=1)
    assert february.decisions == analytics.Decisions(automated_refer=1, automated_decline=1, override_approve=1)
    assert march.decisions == analytics.Decisions()
    summary = figures.summary.decisions
    assert (summary.automated, summary.overrides, summary.automated_approval_rate) == (5, 1, D("0.2000"))


def test_overdue_ratio_at_the_end_of_each_period(analytics_world):
    january, february, march = credit_usage_analytics(**Q1).periods
    # 31 Jan: A (100) and B (300) invoiced, neither due yet.
    assert january.receivables == analytics.Receivables(D("400.00"), D("0.00"), 0)
    assert january.receivables.overdue_ratio == D("0.0000")
    # 28 Feb: A paid on 5 Feb; B overdue since 19 Feb with its 49.00 late fee (40 + 3 % of 300).
    assert february.receivables == analytics.Receivables(D("349.00"), D("349.00"), 1)
    assert february.receivables.overdue_ratio == D("1.0000")
    # 31 Mar: B 349 - 100 paid on 10 Mar = 249 overdue; C 200 not due until 14 Apr.
    assert march.receivables == analytics.Receivables(D("449.00"), D("249.00"), 1)
    assert march.receivables.overdue_ratio == D("0.5546")


def test_receivables_on_a_given_day_ignore_later_payments_and_fees(analytics_world):
    assert receivables_on(date(2026, 1, 9)) == analytics.Receivables()  # nothing issued yet: no division error
    assert receivables_on(date(2026, 2, 4)) == analytics.Receivables(D("400.00"), D("0.00"), 0)
    assert receivables_on(date(2026, 2, 19)) == analytics.Receivables(D("300.00"), D("0.00"), 0)  # due today
    assert receivables_on(date(2026, 2, 20)) == analytics.Receivables(D("349.00"), D("349.00"), 1)


def test_late_fees_charged_per_period(analytics_world):
    figures = credit_usage_analytics(**Q1)
    assert [(p.late_fees, p.late_fee_count) for p in figures.periods] == [
        (D("0.00"), 0),
        (D("49.00"), 1),
        (D("0.00"), 0),
    ]
    assert (figures.summary.late_fees, figures.summary.late_fee_count) == (D("49.00"), 1)


def test_weekly_periods_start_on_monday_and_clip_to_the_range(analytics_world):
    figures = credit_usage_analytics(start=date(2026, 1, 1), end=date(2026, 1, 31), granularity="week")
    assert [(p.start, p.end) for p in figures.periods] == [
        (date(2026, 1, 1), date(2026, 1, 4)),
        (date(2026, 1, 5), date(2026, 1, 11)),
        (date(2026, 1, 12), date(2026, 1, 18)),
        (date(2026, 1, 19), date(2026, 1, 25)),
        (date(2026, 1, 26), date(2026, 1, 31)),
    ]
    assert [usage(p)[TERMS] for p in figures.periods] == [
        (0, D("0.00")),
        (1, D("100.00")),
        (0, D("0.00")),
        (1, D("300.00")),
        (0, D("0.00")),
    ]
    assert usage(figures.periods[2]) == {TERMS: (0, D("0.00")), BNPL: (1, D("50.00")), CARD: (2, D("60.00"))}
    assert figures.periods[0].decisions == analytics.Decisions()
    assert figures.periods[1].decisions.automated_approve == 1 and figures.periods[1].decisions.automated_decline == 1


def test_periods_follow_the_paris_calendar(analytics_world):
    """1 Apr 00:10 in Paris is still 31 Mar in UTC: it belongs to April, and 31 Dec 23:30 to December."""
    figures = credit_usage_analytics(start=date(2025, 12, 31), end=date(2026, 4, 30))
    assert [p.start for p in figures.periods] == [
        date(2025, 12, 31),
        date(2026, 1, 1),
        date(2026, 2, 1),
        date(2026, 3, 1),
        date(2026, 4, 1),
    ]
    assert usage(figures.periods[0])[BNPL] == (1, D("999.00"))
    assert usage(figures.periods[3])[TERMS] == (1, D("200.00"))
    assert usage(figures.periods[4])[TERMS] == (1, D("888.00"))


def test_no_data_gives_zeros_not_division_errors():
    figures = credit_usage_analytics(start=date(2026, 1, 1), end=date(2026, 1, 31), granularity="week")
    summary = figures.summary
    assert len(figures.periods) == 5
    assert usage(summary) == {kind: (0, D("0.00")) for kind in analytics.PAYMENT_KINDS}
    assert summary.deferred.average == summary.usage[CARD].average == D("0.00")
    assert summary.deferred_share == summary.applications.approval_rate == D("0.0000")
    assert summary.decisions.automated_approval_rate == summary.receivables.overdue_ratio == D("0.0000")
    assert (summary.late_fees, summary.late_fee_count) == (D("0.00"), 0)
    rows = analytics.csv_rows(figures)
    assert len(rows) == 1 + 5 + 1 and rows[-1][0] == "total"


def test_default_range_is_the_last_90_days():
    figures = credit_usage_analytics()
    assert (figures.end - figures.start).days == 89 and figures.granularity == "month"
    with pytest.raises(ValueError):
        credit_usage_analytics(start=date(2026, 2, 1), end=date(2026, 1, 1))
    with pytest.raises(ValueError):
        credit_usage_analytics(granularity="day")


def test_queries_do_not_grow_with_the_number_of_orders(django_assert_max_num_queries):
    for day in range(1, 29):
        make_order(total="10.00", placed=paris(2026, 2, day), method_type="klarna" if day % 2 else "card")
    # orders, decisions, applications, late fees + one receivables aggregate per period (3 months)
    with django_assert_max_num_queries(4 + 3):
        figures = credit_usage_analytics(**Q1)
    assert usage(figures.periods[1])[BNPL] == (14, D("140.00"))


# --- the dashboard page and its CSV --------------------------------------------------------------------------

URL = reverse("credit:staff-analytics")
CSV_URL = reverse("credit:staff-analytics-csv")
Q1_QUERY = {"start": "2026-01-01", "end": "2026-03-31", "granularity": "month"}


def test_staff_see_the_dashboard_with_kpis_and_charts(client, staff_user, analytics_world):
    client.force_login(staff_user)
    response = client.get(URL, Q1_QUERY)
    assert response.status_code == 200
    assert response.context["summary"].usage[TERMS].count == 3
    html = response.content.decode()
    assert "<h1>Credit & BNPL analytics</h1>" in html
    assert html.count("<rect") >= 3 + 3  # stacked order value + overdue ratio columns
    assert "Automatic approval" in html and "Approved by staff" in html  # the decisions bars
    assert "50 %" in html  # approval rate 2 of 4 decided
    assert f"{CSV_URL}?start=2026-01-01" in html


def test_bad_range_falls_back_to_the_last_90_days_with_an_error(client, staff_user):
    client.force_login(staff_user)
    response = client.get(URL, {"start": "2026-03-01", "end": "2026-01-01"})
    assert response.status_code == 200
    assert "The start date must be on or before the end date." in response.content.decode()
    figures = response.context["figures"]
    assert (figures.end - figures.start).days == 89
    too_long = client.get(URL, {"start": "2020-01-01", "end": "2026-01-01"})
    assert "Choose a range of at most 731 days." in too_long.content.decode()


def test_csv_export_holds_the_same_figures(client, staff_user, analytics_world):
    client.force_login(staff_user)
    response = client.get(CSV_URL, Q1_QUERY)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert 'filename="credit-analytics-2026-01-01-2026-03-31.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["scope"] for row in rows] == ["period", "period", "period", "total"]
    february, total = rows[1], rows[3]
    assert (february["period_start"], february["period_end"]) == ("2026-02-01", "2026-02-28")
    assert (february["bnpl_orders"], february["bnpl_value"], february["card_other_value"]) == ("2", "240.00", "60.00")
    assert (february["overdue_amount"], february["overdue_invoices"], february["overdue_ratio"]) == (
        "349.00",
        "1",
        "1.0000",
    )
    assert (february["late_fees"], february["override_approve"]) == ("49.00", "1")
    assert (total["period_start"], total["period_end"]) == ("2026-01-01", "2026-03-31")
    assert (total["terms_orders"], total["terms_value"], total["average_order_value_deferred"]) == (
        "3",
        "600.00",
        "148.33",
    )
    assert (total["approval_rate"], total["automated_approval_rate"], total["overdue_ratio"]) == (
        "0.5000",
        "0.2000",
        "0.5546",
    )
    assert list(rows[0]) == analytics.CSV_HEADER


@pytest.mark.parametrize("url", [URL, CSV_URL])
def test_vendors_and_shoppers_are_refused(client, url, vendor_a, shopper):
    assert client.get(url).status_code == 302  # anonymous: to the login page
    for user in (vendor_a[1], shopper):
        client.force_login(user)
        assert client.get(url).status_code == 403


def test_the_dashboard_menu_shows_the_entry_to_staff_only(client, staff_user, vendor_a):
    client.force_login(staff_user)
    assert URL in client.get(reverse("dashboard:index")).content.decode()
    client.force_login(vendor_a[1])
    assert URL not in client.get(reverse("dashboard:index")).content.decode()


# --- a real checkout records the method type the analytics read -----------------------------------------------


def test_a_klarna_checkout_counts_as_bnpl_and_a_card_one_as_card(client, country_fr, product_factory):
    from oscar.core.loading import get_model

    from payments.gateways.sandbox import SandboxGateway
    from payments.models import PaymentIntent
    from payments.services import payment_apply_response
    from payments.tests.fixtures import basket_add, checkout_form

    basket_add(client, product_factory(title="Desk lamp", price="80.00", stock=3))
    client.post(reverse("checkout:index"), checkout_form(client) | {"payment_method_type": "klarna"})
    intent = PaymentIntent.objects.get()
    assert intent.checkout_data["payment_method_type"] == "klarna"
    payment_apply_response(
        intent_id=intent.pk, response=SandboxGateway().complete_authentication(intent.reference, approve=True)
    )
    intent.refresh_from_db()
    assert intent.order is not None
    get_model("basket", "Basket").objects.filter(pk=intent.basket_id).update(status="Submitted")
    client.cookies.clear()
    basket_add(client, product_factory(title="Desk chair", price="120.00", stock=3))
    client.post(reverse("checkout:index"), checkout_form(client))
    card = PaymentIntent.objects.exclude(pk=intent.pk).get()
    assert card.checkout_data["payment_method_type"] == "card" and card.order is not None
    today = timezone.localdate(card.order.date_placed)
    summary = credit_usage_analytics(start=today, end=today).summary
    assert usage(summary) == {TERMS: (0, D("0.00")), BNPL: (1, D("80.00")), CARD: (1, D("120.00"))}
