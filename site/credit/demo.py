"""A demo B2B company: an admin buyer on approved Net 30 terms, a junior buyer with an order limit, two orders
on terms (one dispatched and invoiced, one waiting), a negotiated discount. Idempotent and deterministic."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from oscar.core.loading import get_model

from . import services
from .models import Company, CompanyMember, CreditApplication

StockRecord = get_model("partner", "StockRecord")

B2B_PASSWORD = "comptoir-b2b"  # noqa: S105  (a local demo account)
ADMIN_EMAIL = "b2b@comptoir.localhost"
JUNIOR_EMAIL = "b2b-junior@comptoir.localhost"
LEGAL_ID = "83245678900012"
ADDRESS = ("Inès", "Garnier", "18 rue de la République", "Lyon", "69002")


def _user(email: str, first_name: str, last_name: str):
    user, __ = get_user_model().objects.get_or_create(
        email=email,
        defaults={"first_name": first_name, "last_name": last_name, "password": make_password(B2B_PASSWORD)},
    )
    return user


def credit_demo_load(*, staff=None) -> dict[str, int]:
    from payments.models import PaymentIntent
    from shop.demo.orders import _place
    from vendors.services import fulfilment_groups_for_order, fulfilment_ship

    admin = _user(ADMIN_EMAIL, "Inès", "Garnier")
    junior = _user(JUNIOR_EMAIL, "Paul", "Roux")
    company = Company.objects.filter(legal_id=LEGAL_ID).first()
    if company is None:
        company = services.company_create(
            user=admin,
            name="Bureau Lumière SARL",
            legal_id=LEGAL_ID,
            vat_number="FR19832456789",
            line1=ADDRESS[2],
            postcode=ADDRESS[4],
            city=ADDRESS[3],
            discount_percent=Decimal("5.00"),
        )
    if not CompanyMember.objects.filter(user=junior).exists():
        services.member_add(company=company, by=admin, user=junior, role="buyer", order_limit=Decimal("300.00"))
    if not company.credit_applications.exists():
        application = services.credit_application_submit(
            company=company,
            user=admin,
            terms_days=30,
            requested_limit=Decimal("5000.00"),
            annual_revenue=Decimal("850000.00"),
            years_trading=6,
            consent_text=settings.CREDIT_CONSENT_TEXT,
        )
        if application.status != CreditApplication.Status.APPROVED and staff is not None:
            services.credit_decision_override(
                application=application,
                staff=staff,
                outcome="approve",
                limit=Decimal("5000.00"),
                note="Demo: long-standing offline customer, accounts checked by the credit team.",
            )
    company.credit_account.refresh_from_db()
    if company.credit_account.limit == 0:
        services.account_limit_set(account=company.credit_account, limit=Decimal("5000.00"), key="demo-limit")

    records = list(
        StockRecord.objects.filter(num_in_stock__gte=10, price__gte=20, price__lte=150)
        .select_related("product")
        .order_by("pk")[:3]
    )
    placed = 0
    for number, (items, ship) in enumerate([(records[:2], True), (records[2:3], False)], start=1):
        key = f"demo-b2b-order-{number}"
        if not items or PaymentIntent.objects.filter(idempotency_key=key).exists():
            continue
        order, __ = _place(
            key=key,
            shopper=admin,
            address=ADDRESS,
            items=[(record, 2) for record in items],
            gateway_name="terms",
            metadata={"po_number": f"BL-2026-{number:03d}"},
        )
        if order is None:
            continue
        placed += 1
        if ship:
            for group in fulfilment_groups_for_order(order=order):
                fulfilment_ship(group=group, carrier="Colissimo", tracking_number=f"6A{order.pk:09d}")
    return {"companies": Company.objects.count(), "terms_orders_placed": placed}
