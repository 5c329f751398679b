"""Payment-option snippets quoting the local provider's fee plans (settings.INSTALMENT_LOCAL_PLANS)."""

from decimal import Decimal

import pytest

LEGAL_3X = "Financing offer of less than 3 months. Fixed APR 15.21 %. A loan commits you and must be repaid."
LEGAL_4X = "Financing offer of less than 4 months. Fixed APR 16.89 %. A loan commits you and must be repaid."


@pytest.fixture
def instalment_options(db):
    """Pay in 3 (50 to 2,000 EUR, 1.45 %) and Pay in 4 (100 to 3,000 EUR, 2.20 %), as the demo's snippets."""
    from wagtail.models import Locale

    from home.models import PaymentOption

    locale = Locale.objects.get_or_create(language_code="en")[0]
    common = {
        "provider": "Comptoir Pay",
        "kind": "instalments",
        "description": "Monthly card payments.",
        "locale": locale,
    }
    three = PaymentOption.objects.create(
        name="Pay in 3 instalments",
        min_amount=Decimal("50"),
        max_amount=Decimal("2000"),
        instalment_count=3,
        fee_percent=Decimal("1.45"),
        apr=Decimal("15.21"),
        legal_mentions=LEGAL_3X,
        sort_order=1,
        **common,
    )
    four = PaymentOption.objects.create(
        name="Pay in 4 instalments",
        min_amount=Decimal("100"),
        max_amount=Decimal("3000"),
        instalment_count=4,
        fee_percent=Decimal("2.20"),
        apr=Decimal("16.89"),
        legal_mentions=LEGAL_4X,
        sort_order=2,
        **common,
    )
    return three, four
