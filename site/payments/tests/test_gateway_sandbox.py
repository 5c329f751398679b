import pytest

from payments.gateways.base import GatewayError, PaymentRequest, PaymentStatus, RefundRequest, SetupRequest
from payments.gateways.sandbox import SandboxGateway

from .fixtures import CARD_3DS, CARD_DECLINED, CARD_NO_FUNDS, CARD_OK

pytestmark = pytest.mark.django_db


def pay(card: str, key: str, **extra):
    return SandboxGateway().create_payment(
        PaymentRequest(amount_minor=1990, currency="EUR", idempotency_key=key, payment_method=card, **extra)
    )


@pytest.mark.parametrize(
    ("card", "status", "code"),
    [
        (CARD_OK, PaymentStatus.SUCCEEDED, ""),
        ("pm_card_visa", PaymentStatus.SUCCEEDED, ""),
        (CARD_DECLINED, PaymentStatus.FAILED, "card_declined"),
        (CARD_NO_FUNDS, PaymentStatus.FAILED, "insufficient_funds"),
        (CARD_3DS, PaymentStatus.REQUIRES_ACTION, ""),
        ("klarna", PaymentStatus.REQUIRES_ACTION, ""),
        ("sepa_debit", PaymentStatus.SUCCEEDED, ""),
        ("4111111111111112", PaymentStatus.FAILED, "invalid_number"),
    ],
)
def test_test_cards_behave_like_stripe_test_mode(card, status, code):
    result = pay(card, f"key-{card}")
    assert (result.status, result.error_code) == (status, code)
    assert result.reference.startswith("pi_")
    if status == PaymentStatus.REQUIRES_ACTION:
        assert result.next_action_url.endswith(f"/{result.reference}/")


def test_same_idempotency_key_same_payment_and_other_amount_refused():
    first = pay(CARD_OK, "same-key")
    assert pay(CARD_OK, "same-key").reference == first.reference
    with pytest.raises(GatewayError):
        SandboxGateway().create_payment(
            PaymentRequest(amount_minor=1, currency="EUR", idempotency_key="same-key", payment_method=CARD_OK)
        )


def test_three_d_secure_completion_and_failure():
    gateway = SandboxGateway()
    approved = pay(CARD_3DS, "3ds-ok")
    assert gateway.complete_authentication(approved.reference, approve=True).status == PaymentStatus.SUCCEEDED
    refused = pay(CARD_3DS, "3ds-ko")
    result = gateway.complete_authentication(refused.reference, approve=False)
    assert (result.status, result.error_code) == (PaymentStatus.FAILED, "authentication_failed")


def test_refunds_are_idempotent_and_capped():
    gateway = SandboxGateway()
    payment = pay(CARD_OK, "refund-me")
    first = gateway.refund(RefundRequest(payment.reference, 1000, "r-1"))
    assert gateway.refund(RefundRequest(payment.reference, 1000, "r-1")).reference == first.reference
    with pytest.raises(GatewayError):
        gateway.refund(RefundRequest(payment.reference, 1000, "r-2"))  # 1000 + 1000 > 1990
    assert gateway.refund(RefundRequest(payment.reference, 990, "r-3")).status == "succeeded"


def test_saved_3ds_card_pays_off_session_but_unsaved_one_needs_the_shopper():
    gateway = SandboxGateway()
    assert pay(CARD_3DS, "off-1", off_session=True).error_code == "authentication_required"
    customer = gateway.create_customer(email="a@example.com", idempotency_key="cus-a")
    setup = gateway.create_setup(SetupRequest(customer=customer, payment_method=CARD_3DS, idempotency_key="seti-a"))
    assert setup.status == PaymentStatus.SUCCEEDED and setup.last4 == "3155"
    result = pay(setup.payment_method, "off-2", off_session=True, customer=customer)
    assert result.status == PaymentStatus.SUCCEEDED
