"""The local instalment provider: schedules to the cent, limits, plan lifecycle, refunds, signatures."""

from datetime import date
from decimal import Decimal

import pytest
import time_machine

from payments.instalments.base import (
    InstalmentError,
    InvalidSignature,
    PlanRequest,
    PlanStatus,
    add_months,
    monthly_schedule,
    split_evenly,
)
from payments.instalments.local import LocalInstalmentProvider, signature_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def provider():
    return LocalInstalmentProvider()


def plan_request(**overrides) -> PlanRequest:
    values = {
        "amount": Decimal("100.00"),
        "currency": "EUR",
        "count": 3,
        "country": "FR",
        "email": "camille@example.com",
        "idempotency_key": "checkout-1-abc",
        "return_url": "https://comptoir.example/shop/payments/return/",
        "metadata": {"comptoir_intent": "1"},
    }
    return PlanRequest(**(values | overrides))


@pytest.mark.parametrize(
    ("amount", "count", "fees", "first", "other"),
    [
        (Decimal("100.00"), 3, Decimal("1.45"), Decimal("33.83"), Decimal("33.81")),
        (Decimal("300.00"), 3, Decimal("4.35"), Decimal("101.45"), Decimal("101.45")),
        (Decimal("800.00"), 4, Decimal("17.60"), Decimal("204.40"), Decimal("204.40")),
        (Decimal("50.00"), 3, Decimal("0.72"), Decimal("16.92"), Decimal("16.90")),  # 0.725 rounds half to even
        (Decimal("2000.00"), 3, Decimal("29.00"), Decimal("676.34"), Decimal("676.33")),
    ],
)
def test_schedule_to_the_cent_sums_to_the_total(provider, amount, count, fees, first, other):
    quote = provider.quote(amount=amount, currency="EUR", country="FR", count=count, today=date(2026, 11, 25))
    assert quote.fees == fees and quote.total == amount + fees
    totals = [item.total for item in quote.instalments]
    assert totals == [first, *([other] * (count - 1))]
    assert sum(totals) == quote.total
    assert sum(item.fee for item in quote.instalments) == fees
    assert all(item.total == item.total.quantize(Decimal("0.01")) for item in quote.instalments)


def test_first_instalment_today_then_monthly_clamped_to_month_end(provider):
    quote = provider.quote(amount=Decimal("400.00"), currency="EUR", country="FR", count=4, today=date(2027, 1, 31))
    assert [item.due_date for item in quote.instalments] == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
        date(2027, 4, 30),
    ]
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)


def test_split_evenly_never_loses_a_cent():
    for cents in range(200, 2000, 7):
        total = Decimal(cents) / 100
        for count in (2, 3, 4):
            parts = split_evenly(total, count)
            assert sum(parts) == total and max(parts) - min(parts) < Decimal("0.01") * count
    schedule = monthly_schedule(amount=Decimal("10.00"), fees=Decimal("0.01"), count=3, first_due=date(2026, 1, 1))
    assert [item.fee for item in schedule] == [Decimal("0.01"), Decimal("0.00"), Decimal("0.00")]


@pytest.mark.parametrize(
    ("amount", "currency", "country", "count", "message"),
    [
        (Decimal("49.99"), "EUR", "FR", 3, "from 50.00 to 2000.00"),
        (Decimal("2000.01"), "EUR", "FR", 3, "from 50.00 to 2000.00"),
        (Decimal("99.99"), "EUR", "FR", 4, "from 100.00 to 3000.00"),
        (Decimal("300.00"), "GBP", "FR", 3, "only available in euros"),
        (Decimal("300.00"), "EUR", "US", 3, "not available for this country"),
        (Decimal("300.00"), "EUR", "FR", 10, "10 instalments is not offered"),
        (Decimal("-5.00"), "EUR", "FR", 3, "positive number"),
        (Decimal("10.001"), "EUR", "FR", 3, "positive number"),
    ],
)
def test_out_of_range_requests_are_refused_with_a_clear_reason(provider, amount, currency, country, count, message):
    with pytest.raises(InstalmentError, match=message):
        provider.create_plan(plan_request(amount=amount, currency=currency, country=country, count=count))
    assert provider.eligibility(amount=amount, currency=currency, country=country, counts=(count,)) == []


def test_bounds_are_inclusive(provider):
    for amount, count in ((Decimal("50.00"), 3), (Decimal("2000.00"), 3), (Decimal("100.00"), 4), (Decimal("3000"), 4)):
        assert [
            q.count for q in provider.eligibility(amount=amount, currency="EUR", country="FR", counts=(count,))
        ] == [count]


def test_plan_is_idempotent_and_deterministic(provider):
    first = provider.create_plan(plan_request())
    again = provider.create_plan(plan_request())
    assert first.reference == again.reference and first.reference.startswith("plan_local_")
    assert first.status == PlanStatus.PENDING and first.hosted_url.endswith(f"/{first.reference}/")
    with pytest.raises(InstalmentError, match="same parameters"):
        provider.create_plan(plan_request(amount=Decimal("120.00")))


def test_accepted_card_activates_the_plan_and_collects_the_first_instalment(provider):
    plan = provider.create_plan(plan_request())
    active = provider.shopper_decide(plan.reference, card="4242 4242 4242 4242")
    assert active.status == PlanStatus.ACTIVE
    # A second answer (page reloaded) changes nothing.
    assert provider.shopper_decide(plan.reference, card="4000000000000002").status == PlanStatus.ACTIVE


def test_declined_card_and_cancel(provider):
    declined = provider.shopper_decide(provider.create_plan(plan_request()).reference, card="4000000000000002")
    assert declined.status == PlanStatus.REFUSED and declined.error_message == "Your card was declined."
    cancelled = provider.shopper_decide(
        provider.create_plan(plan_request(idempotency_key="other")).reference, approve=False
    )
    assert cancelled.status == PlanStatus.CANCELLED


def test_refund_shrinks_the_remaining_instalments_first(provider):
    plan = provider.create_plan(plan_request(amount=Decimal("300.00")))
    provider.shopper_decide(plan.reference, card="4242424242424242")
    refund = provider.refund(reference=plan.reference, amount=Decimal("150.00"), idempotency_key="refund-1")
    assert refund.status == "succeeded" and refund.amount == Decimal("150.00")
    state = provider.status(plan.reference)
    assert state.refunded == Decimal("150.00")
    assert [item.total for item in state.instalments] == [Decimal("101.45"), Decimal("52.90"), Decimal("0.00")]
    again = provider.refund(reference=plan.reference, amount=Decimal("150.00"), idempotency_key="refund-1")
    assert again.reference == refund.reference and provider.status(plan.reference).refunded == Decimal("150.00")
    with pytest.raises(InstalmentError, match="greater than what is left"):
        provider.refund(reference=plan.reference, amount=Decimal("150.01"), idempotency_key="refund-2")


def test_refund_refused_before_the_plan_is_active(provider):
    plan = provider.create_plan(plan_request())
    with pytest.raises(InstalmentError, match="collected nothing"):
        provider.refund(reference=plan.reference, amount=Decimal("10.00"), idempotency_key="refund-early")


def test_notification_signature(provider):
    provider.verify_notification(reference="plan_local_x", signature=signature_for("plan_local_x"))
    with pytest.raises(InvalidSignature):
        provider.verify_notification(reference="plan_local_y", signature=signature_for("plan_local_x"))
    with pytest.raises(InvalidSignature):
        provider.verify_notification(reference="plan_local_x", signature="")


@time_machine.travel("2026-03-31 10:00:00+02:00", tick=False)
def test_schedule_starts_today_in_the_shop_time_zone(provider):
    plan = provider.create_plan(plan_request(idempotency_key="dated"))
    assert [item.due_date for item in plan.instalments] == [date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)]
    assert len(provider.list_recent(created_after=0)) == 1
