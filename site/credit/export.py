"""Everything the marketplace holds about one company's credit, as a JSON document (right of access).

The company's own data, its members (e-mail and role only), applications with every decision
(outcome, score, reason codes, the minimised scoring inputs, the bureau consulted), consents with the
exact text and its version, the credit account, its ledger, terms orders, invoices with payments and
dunning notices, and order approvals. Staff who took a decision are not named ("credit team").
Values are JSON-native: money and scores as strings with two decimals, instants in ISO 8601 with offset.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from django.db.models import Prefetch
from django.utils import timezone

from .models import (
    Company,
    CompanyMember,
    CreditAccount,
    CreditApplication,
    CreditConsent,
    CreditDecision,
    CreditLedgerEntry,
    CreditReservation,
    Invoice,
    OrderApproval,
)
from .scoring import applicant_message

EXPORT_FORMAT = "comptoir-credit-export"
EXPORT_VERSION = 1


def _value(value):
    """Decimal → "12.50", date/datetime → ISO 8601, anything else as is (already JSON-native)."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _fields(instance, names: tuple[str, ...]) -> dict:
    return {name: _value(getattr(instance, name)) for name in names}


def _email(user) -> str | None:
    return user.email if user is not None else None


def _decision(decision: CreditDecision) -> dict:
    return {
        **_fields(
            decision,
            ("created", "outcome", "automated", "score", "reason_codes", "inputs", "limit", "terms_days", "note"),
        ),
        "decided_by": "automated scoring" if decision.automated else "credit team",
        "bureau": {
            "name": decision.bureau_name,
            "reference": decision.bureau_reference,
            "score": decision.bureau_score,
        },
        "explanation": applicant_message(decision.outcome, decision.reason_codes),
        "applicant_notified_at": _value(decision.notified_at),
    }


def _invoice(invoice: Invoice) -> dict:
    return {
        **_fields(
            invoice,
            (
                "number",
                "issued_on",
                "due_on",
                "currency",
                "total_excl_tax",
                "total_tax",
                "total_incl_tax",
                "late_fees",
                "amount_paid",
                "amount_due",
                "status",
                "po_number",
                "emailed_at",
            ),
        ),
        "order_number": invoice.order.number,
        "payments": [
            _fields(payment, ("created", "amount", "method", "reference")) for payment in invoice.payments.all()
        ],
        "dunning_notices": [
            _fields(notice, ("created", "step", "emailed_at")) for notice in invoice.dunning_notices.all()
        ],
    }


def company_credit_export(company: Company) -> dict:
    """The JSON-ready document of ``company``'s credit data (a fixed number of queries)."""
    company = (
        Company.objects.select_related("credit_account")
        .prefetch_related(
            Prefetch("members", queryset=CompanyMember.objects.select_related("user").order_by("created", "pk")),
            Prefetch(
                "credit_applications",
                queryset=CreditApplication.objects.select_related("submitted_by")
                .prefetch_related(Prefetch("decisions", queryset=CreditDecision.objects.order_by("created", "pk")))
                .order_by("created", "pk"),
            ),
            Prefetch("consents", queryset=CreditConsent.objects.select_related("user").order_by("created", "pk")),
            Prefetch(
                "invoices",
                queryset=Invoice.objects.select_related("order")
                .prefetch_related("payments", "dunning_notices")
                .order_by("issued_on", "pk"),
            ),
            Prefetch(
                "approvals",
                queryset=OrderApproval.objects.select_related("requester", "approver").order_by("created", "pk"),
            ),
        )
        .get(pk=company.pk)
    )
    account: CreditAccount | None = getattr(company, "credit_account", None)
    ledger = reservations = []
    if account is not None:
        ledger = CreditLedgerEntry.objects.filter(account=account).select_related("invoice").order_by("created", "pk")
        reservations = (
            CreditReservation.objects.filter(account=account)
            .select_related("intent__order", "member")
            .order_by("created", "pk")
        )
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "generated_at": _value(timezone.now()),
        "company": _fields(
            company,
            (
                "name",
                "legal_id",
                "vat_number",
                "line1",
                "line2",
                "postcode",
                "city",
                "country",
                "discount_percent",
                "years_trading",
                "annual_revenue",
                "created",
            ),
        ),
        "members": [
            {"email": member.user.email, **_fields(member, ("role", "order_limit", "created"))}
            for member in company.members.all()
        ],
        "applications": [
            {
                "id": application.pk,
                **_fields(
                    application,
                    ("created", "terms_days", "requested_limit", "status", "consent_text_version", "consent_at"),
                ),
                "submitted_by": _email(application.submitted_by),
                "decisions": [_decision(decision) for decision in application.decisions.all()],
            }
            for application in company.credit_applications.all()
        ],
        "consents": [
            {**_fields(consent, ("created", "purpose", "text_version", "text")), "given_by": _email(consent.user)}
            for consent in company.consents.all()
        ],
        "account": _fields(
            account, ("limit", "used", "available", "terms_days", "currency", "on_hold", "hold_reason", "updated")
        )
        if account is not None
        else None,
        "ledger": [
            {
                **_fields(entry, ("created", "kind", "amount", "used_after", "limit_after", "note")),
                "invoice": entry.invoice.number if entry.invoice_id else None,
                "reservation": entry.reservation_id,
            }
            for entry in ledger
        ],
        "terms_orders": [
            {
                "reservation": reservation.pk,
                "order_number": reservation.intent.order.number if reservation.intent.order_id else None,
                "ordered_by": _email(reservation.member),
                **_fields(reservation, ("created", "amount", "po_number", "status")),
            }
            for reservation in reservations
        ],
        "invoices": [_invoice(invoice) for invoice in company.invoices.all()],
        "order_approvals": [
            {
                **_fields(approval, ("created", "decided", "amount", "status", "note")),
                "requested_by": _email(approval.requester),
                "decided_by": _email(approval.approver),
            }
            for approval in company.approvals.all()
        ],
    }
