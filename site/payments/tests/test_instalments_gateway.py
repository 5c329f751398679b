"""The instalment provider behind the payment-gateway interface: no plan without consent, nor on other terms."""

from decimal import Decimal

import pytest

from payments.gateways.base import GatewayError, PaymentRequest, PaymentStatus, RefundRequest
from payments.instalments.gateway import InstalmentGateway
from payments.instalments.local import LocalInstalmentProvider
from payments.models import InstalmentConsent, PaymentIntent, SandboxObject

pytestmark = pytest.mark.django_db


@pytest.fixture
def intent():
    return PaymentIntent.objects.create(
        idempotency_key="checkout-1-abc",
        gateway="instalments",
        amount=Decimal("300.00"),
        currency="EUR",
        email="a@b.fr",
    )


def consent_for(intent, *, count=3, fees="4.35") -> InstalmentConsent:
    return InstalmentConsent.objects.create(
        intent=intent,
        email=intent.email,
        option_name="Pay in 3 instalments",
        provider="Comptoir Pay",
        instalment_count=count,
        amount=intent.amount,
        fees=Decimal(fees),
        apr=Decimal("15.21"),
        currency="EUR",
        schedule=[],
        language="en",
        text="…",
        text_hash="0" * 64,
        legal_text_version="0" * 16,
    )


def request_for(intent, method="instalments_3x") -> PaymentRequest:
    return PaymentRequest(
        amount_minor=30000,
        currency="EUR",
        idempotency_key=intent.idempotency_key,
        payment_method=method,
        return_url="https://comptoir.example/shop/payments/return/",
        metadata={"comptoir_intent": str(intent.pk)},
        customer_details={"email": intent.email, "country": "FR"},
    )


def test_no_consent_no_plan(intent):
    response = InstalmentGateway(LocalInstalmentProvider()).create_payment(request_for(intent))
    assert response.status == PaymentStatus.FAILED and "accept the credit information" in response.error_message
    assert not SandboxObject.objects.filter(kind="instalment_plan").exists()


def test_consent_for_another_number_of_instalments_is_not_enough(intent):
    consent_for(intent, count=4)
    response = InstalmentGateway(LocalInstalmentProvider()).create_payment(request_for(intent))
    assert response.status == PaymentStatus.FAILED


def test_plan_on_other_terms_than_accepted_is_cancelled(intent):
    consent_for(intent, fees="1.00")  # the shopper accepted other fees than the provider charges
    response = InstalmentGateway(LocalInstalmentProvider()).create_payment(request_for(intent))
    assert response.status == PaymentStatus.FAILED and "differ from the ones you accepted" in response.error_message
    assert SandboxObject.objects.get(kind="instalment_plan").data["status"] == "cancelled"


def test_consented_plan_waits_on_the_provider_page(intent):
    consent_for(intent)
    response = InstalmentGateway(LocalInstalmentProvider()).create_payment(request_for(intent))
    assert response.status == PaymentStatus.REQUIRES_ACTION and response.amount_minor == 30000
    assert response.next_action_url.endswith(f"/instalments/plan/{response.reference}/")


def test_unknown_methods_and_early_refunds_are_errors(intent):
    consent_for(intent)
    gateway = InstalmentGateway(LocalInstalmentProvider())
    pending = gateway.create_payment(request_for(intent))
    assert pending.status == PaymentStatus.REQUIRES_ACTION
    with pytest.raises(GatewayError, match="not an instalment method"):
        gateway.create_payment(request_for(intent, "klarna"))
    with pytest.raises(GatewayError, match="collected nothing"):
        gateway.refund(RefundRequest(payment_reference=pending.reference, amount_minor=100, idempotency_key="r-1"))
    with pytest.raises(GatewayError):
        gateway.create_customer(email="a@b.fr", idempotency_key="c-1")


def test_a_misconfigured_provider_is_a_gateway_error(settings):
    settings.INSTALMENT_PROVIDER = "alma"
    settings.ALMA_API_KEY = ""
    with pytest.raises(GatewayError, match="ALMA_API_KEY"):
        InstalmentGateway()
