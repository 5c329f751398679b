"""Credit services: companies and members, applications and decisions, credit reservations,
invoices and payments, dunning. State changes are transactional; the account row is locked
(select_for_update) whenever ``used`` or ``limit`` changes, so concurrent orders can never
take more than the limit, and every change is written once to the ledger (idempotency key).
"""

from __future__ import annotations

import hashlib
import logging
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from . import scoring, tasks
from .bureau import BureauError, get_bureau
from .models import (
    ZERO,
    Company,
    CompanyMember,
    CreditAccount,
    CreditApplication,
    CreditConsent,
    CreditDecision,
    CreditLedgerEntry,
    CreditReservation,
    DunningNotice,
    Invoice,
    InvoicePayment,
    InvoiceSequence,
    OrderApproval,
)

logger = logging.getLogger(__name__)
CENT = Decimal("0.01")
Order = get_model("order", "Order")


class CreditError(Exception):
    """A refusal the user must read (translated, safe to show)."""


# --- companies and members -----------------------------------------------------------------------


def company_create(*, user, name: str, legal_id: str, line1: str, postcode: str, city: str, **fields) -> Company:
    if hasattr(user, "company_membership"):
        raise CreditError(_("You already belong to a company account."))
    with transaction.atomic():
        try:
            company = Company.objects.create(
                name=name, legal_id=legal_id, line1=line1, postcode=postcode, city=city, **fields
            )
        except IntegrityError as error:
            raise CreditError(_("A company with this legal id already has an account.")) from error
        CompanyMember.objects.create(company=company, user=user, role=CompanyMember.Role.ADMIN)
        CreditAccount.objects.create(company=company)
    return company


def member_add(*, company: Company, by, user, role: str, order_limit: Decimal | None = None) -> CompanyMember:
    _require_role(company=company, user=by, roles=(CompanyMember.Role.ADMIN,))
    if order_limit is not None and order_limit < 0:
        raise CreditError(_("An order limit cannot be negative."))
    if CompanyMember.objects.filter(user=user).exists():
        raise CreditError(_("This person already belongs to a company account."))
    return CompanyMember.objects.create(company=company, user=user, role=role, order_limit=order_limit)


def membership_of(user) -> CompanyMember | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return CompanyMember.objects.select_related("company__credit_account").filter(user=user).first()


def _require_role(*, company: Company, user, roles) -> CompanyMember:
    member = CompanyMember.objects.filter(company=company, user=user).first()
    if member is None or member.role not in roles:
        raise CreditError(_("Your role in this company does not allow this."))
    return member


# --- consent ---------------------------------------------------------------------------------------


def text_version(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def consent_record(*, user, company: Company, purpose: str, text: str) -> CreditConsent:
    return CreditConsent.objects.create(
        user=user, company=company, purpose=purpose, text=text, text_version=text_version(text)
    )


# --- applications and decisions --------------------------------------------------------------------


def credit_application_submit(
    *,
    company: Company,
    user,
    terms_days: int,
    requested_limit: Decimal,
    consent_text: str,
    annual_revenue: Decimal | None = None,
    years_trading: int | None = None,
) -> CreditApplication:
    """File an application and decide it at once (the bureau call runs outside the transaction)."""
    _require_role(company=company, user=user, roles=(CompanyMember.Role.ADMIN,))
    if terms_days not in CreditApplication.Terms.values:
        raise CreditError(_("Choose Net 15, Net 30 or Net 60."))
    if requested_limit is None or requested_limit <= 0:
        raise CreditError(_("The requested limit must be a positive amount."))
    if requested_limit > Decimal(settings.CREDIT_MAX_LIMIT):
        raise CreditError(
            _("We do not offer limits above %(max)s EUR; please request a smaller limit.")
            % {"max": settings.CREDIT_MAX_LIMIT}
        )
    if annual_revenue is not None and annual_revenue < 0:
        raise CreditError(_("Annual revenue cannot be negative."))
    try:
        with transaction.atomic():
            if annual_revenue is not None or years_trading is not None:
                company.annual_revenue = annual_revenue if annual_revenue is not None else company.annual_revenue
                company.years_trading = years_trading if years_trading is not None else company.years_trading
                company.save(update_fields=["annual_revenue", "years_trading"])
            consent = consent_record(
                user=user, company=company, purpose=CreditConsent.Purpose.SCORING, text=consent_text
            )
            application = CreditApplication.objects.create(
                company=company,
                submitted_by=user,
                terms_days=terms_days,
                requested_limit=requested_limit.quantize(CENT),
                consent_text_version=consent.text_version,
                consent_at=consent.created,
            )
    except IntegrityError as error:
        raise CreditError(_("Your company already has an application being assessed.")) from error
    return credit_application_assess(application_id=application.pk)


def scoring_inputs(*, company: Company, requested_limit: Decimal, today: date | None = None) -> scoring.ScoringInputs:
    """The marketplace's own signals about the company, reduced to counts and amounts."""
    from payments.models import Refund, WebhookEvent

    today = today or timezone.localdate()
    member_ids = list(company.members.values_list("user_id", flat=True))
    since = timezone.now() - timedelta(days=365)
    orders = Order.objects.filter(user_id__in=member_ids, date_placed__gte=since)
    invoices = Invoice.objects.filter(company=company)
    paid = invoices.filter(status=Invoice.Status.PAID)
    last_payment = {
        row["invoice"]: row["last"]
        for row in InvoicePayment.objects.filter(invoice__in=paid).values("invoice").annotate(last=Max("created"))
    }
    late = sum(1 for invoice in paid if timezone.localdate(last_payment[invoice.pk]) > invoice.due_on)
    references = list(orders.filter(payment_intent__isnull=False).values_list("payment_intent__reference", flat=True))
    disputes = WebhookEvent.objects.filter(
        type="charge.dispute.created", payload__data__object__payment_intent__in=references
    ).count()
    first_joined = min(
        [company.created, *company.members.values_list("user__date_joined", flat=True)], default=company.created
    )
    return scoring.ScoringInputs(
        account_age_days=(timezone.now() - first_joined).days,
        orders_count=orders.count(),
        orders_total=orders.aggregate(total=Sum("total_incl_tax"))["total"] or ZERO,
        invoices_paid_on_time=paid.count() - late,
        invoices_paid_late=late,
        invoices_overdue=invoices.filter(status=Invoice.Status.OPEN, due_on__lt=today).count(),
        returns_count=Refund.objects.filter(order__in=orders, status=Refund.Status.SUCCEEDED)
        .values("order")
        .distinct()
        .count(),
        disputes_count=disputes,
        years_trading=company.years_trading,
        annual_revenue=company.annual_revenue,
        requested_limit=requested_limit,
    )


def credit_application_assess(*, application_id: int) -> CreditApplication:
    """The automated decision: gather signals, ask the bureau, score, record, apply."""
    application = CreditApplication.objects.select_related("company").get(pk=application_id)
    if application.status != CreditApplication.Status.PENDING:
        return application
    company = application.company
    inputs = scoring_inputs(company=company, requested_limit=application.requested_limit)
    bureau = get_bureau()
    try:
        report = bureau.report(legal_id=company.legal_id, country=company.country)
    except BureauError:
        logger.warning("Credit bureau unavailable for application %s", application.pk, exc_info=True)
        report = None
    inputs = scoring.ScoringInputs(
        **{
            **inputs.__dict__,
            "bureau_score": report.score if report else None,
            "bureau_insolvency": report.insolvency if report else False,
            "bureau_available": report is not None,
        }
    )
    result = scoring.score_application(inputs)
    with transaction.atomic():
        application = CreditApplication.objects.select_for_update().get(pk=application_id)
        if application.status != CreditApplication.Status.PENDING:
            return application  # assessed concurrently
        CreditDecision.objects.create(
            application=application,
            outcome=result.outcome,
            score=result.score,
            reason_codes=[reason.as_json() for reason in result.reasons],
            inputs=inputs.as_json(),
            bureau_name=bureau.name,
            bureau_reference=report.reference if report else "",
            bureau_score=report.score if report else None,
            limit=result.limit,
            terms_days=application.terms_days,
            automated=True,
        )
        _apply_outcome(
            application=application, outcome=result.outcome, limit=result.limit, terms_days=application.terms_days
        )
    _notify_applicant(application)
    return application


def credit_decision_override(
    *, application: CreditApplication, staff, outcome: str, note: str, limit: Decimal | None = None, terms_days=None
) -> CreditDecision:
    """A credit officer decides instead of (or after) the machine; the note is mandatory and audited."""
    if not staff.is_staff:
        raise CreditError(_("Only the credit team may override a decision."))
    if not note.strip():
        raise CreditError(_("Explain the override in a note."))
    if outcome not in CreditDecision.Outcome.values or outcome == CreditDecision.Outcome.REFER:
        raise CreditError(_("An override approves or declines."))
    terms_days = terms_days or application.terms_days
    limit = (limit if limit is not None else application.requested_limit) if outcome == "approve" else ZERO
    if outcome == "approve" and (limit <= 0 or limit > Decimal(settings.CREDIT_MAX_LIMIT)):
        raise CreditError(_("The limit must be positive and at most %(max)s EUR.") % {"max": settings.CREDIT_MAX_LIMIT})
    with transaction.atomic():
        application = CreditApplication.objects.select_for_update().get(pk=application.pk)
        previous = application.latest_decision
        decision = CreditDecision.objects.create(
            application=application,
            outcome=outcome,
            score=previous.score if previous else None,
            reason_codes=previous.reason_codes if previous else [],
            inputs=previous.inputs if previous else {},
            limit=limit,
            terms_days=terms_days,
            automated=False,
            decided_by=staff,
            note=note.strip(),
        )
        _apply_outcome(application=application, outcome=outcome, limit=limit, terms_days=terms_days, by=staff)
    _notify_applicant(application)
    return decision


def _apply_outcome(*, application, outcome: str, limit: Decimal, terms_days: int, by=None) -> None:
    status = {
        "approve": CreditApplication.Status.APPROVED,
        "refer": CreditApplication.Status.REFERRED,
        "decline": CreditApplication.Status.DECLINED,
    }[outcome]
    application.status = status
    application.save(update_fields=["status"])
    if outcome == "approve":
        account_limit_set(
            account=application.company.credit_account,
            limit=limit,
            terms_days=terms_days,
            by=by,
            key=f"application-{application.pk}-{application.decisions.count()}",
            note=f"application {application.pk}",
        )


def _notify_applicant(application: CreditApplication) -> None:
    tasks.send_decision_email.delay_on_commit(application.pk)


def account_limit_set(*, account: CreditAccount, limit: Decimal, by=None, terms_days=None, key: str, note: str = ""):
    if limit < 0 or limit > Decimal(settings.CREDIT_MAX_LIMIT):
        raise CreditError(_("The limit must be between 0 and %(max)s EUR.") % {"max": settings.CREDIT_MAX_LIMIT})
    with transaction.atomic():
        account = CreditAccount.objects.select_for_update().get(pk=account.pk)
        if CreditLedgerEntry.objects.filter(idempotency_key=key).exists():
            return account
        account.limit = limit.quantize(CENT)
        if terms_days:
            account.terms_days = terms_days
        account.save(update_fields=["limit", "terms_days", "updated"])
        _ledger(account=account, kind=CreditLedgerEntry.Kind.LIMIT, amount=account.limit, key=key, by=by, note=note)
    return account


def _ledger(*, account: CreditAccount, kind: str, amount: Decimal, key: str, by=None, note="", **links):
    return CreditLedgerEntry.objects.create(
        account=account,
        kind=kind,
        amount=amount,
        used_after=account.used,
        limit_after=account.limit,
        idempotency_key=key,
        created_by=by,
        note=note[:255],
        **links,
    )


# --- reservations (the "terms" gateway) ------------------------------------------------------------


def terms_available_for(*, member: CompanyMember | None, amount: Decimal) -> tuple[bool, str]:
    """Whether "Pay by invoice" may be offered for this amount, and why not (for the checkout page)."""
    if member is None:
        return False, ""
    account = getattr(member.company, "credit_account", None)
    if account is None or account.limit <= 0:
        return False, _("Your company has no approved payment terms.")
    if not member.can_buy:
        return False, _("Your role in the company does not allow ordering.")
    refusal = _account_refusal(account=account, amount=amount)
    return not refusal, refusal


def _account_refusal(*, account: CreditAccount, amount: Decimal) -> str:
    """Why the account cannot take ``amount`` on terms now ("" when it can): the page and the reservation agree."""
    if account.on_hold:
        return _("Payment on terms is on hold: an invoice is overdue.")
    if amount > account.available:
        return _("This order exceeds your company's available credit (%(available)s EUR).") % {
            "available": account.available
        }
    return ""


def credit_reserve(*, intent, amount: Decimal, po_number: str = "") -> CreditReservation:
    """Hold ``amount`` of the buyer's company credit for the payment ``intent`` (once, never over the limit)."""
    member = CompanyMember.objects.filter(user_id=intent.user_id).select_related("company").first()
    if member is None or not member.can_buy:
        raise CreditError(_("Only a company buyer can pay on terms."))
    with transaction.atomic():
        account = CreditAccount.objects.select_for_update().get(company=member.company)
        existing = CreditReservation.objects.filter(intent=intent).first()
        if existing is not None:
            return existing
        if amount <= 0:
            raise CreditError(
                _("This order exceeds your company's available credit (%(available)s EUR).")
                % {"available": account.available}
            )
        refusal = _account_refusal(account=account, amount=amount)  # read again under the row lock
        if refusal:
            raise CreditError(refusal)
        account.used += amount
        account.save(update_fields=["used", "updated"])
        reservation = CreditReservation.objects.create(
            account=account, intent=intent, member=member.user, amount=amount, po_number=po_number[:40]
        )
        _ledger(
            account=account,
            kind=CreditLedgerEntry.Kind.RESERVE,
            amount=amount,
            key=f"reserve-{intent.pk}",
            reservation=reservation,
        )
    return reservation


def credit_release(*, reservation: CreditReservation, amount: Decimal, key: str, note: str = "") -> Decimal:
    """Give back credit for cancelled lines or a failed order; on an issued invoice, as a credit note."""
    with transaction.atomic():
        account = CreditAccount.objects.select_for_update().get(pk=reservation.account_id)
        reservation = CreditReservation.objects.select_for_update().get(pk=reservation.pk)
        if CreditLedgerEntry.objects.filter(idempotency_key=key).exists():
            return ZERO
        amount = min(amount, reservation.amount)
        if amount <= 0:
            return ZERO
        invoice = Invoice.objects.select_for_update().filter(reservation=reservation).first()
        if invoice is not None:
            amount = min(amount, invoice.amount_due)
            _invoice_credit(invoice=invoice, amount=amount, method=InvoicePayment.Method.CREDIT_NOTE, reference=key)
        reservation.amount -= amount
        if reservation.amount == 0 and invoice is None:
            reservation.status = CreditReservation.Status.RELEASED
        reservation.save(update_fields=["amount", "status"])
        account.used -= amount
        account.save(update_fields=["used", "updated"])
        _ledger(
            account=account,
            kind=CreditLedgerEntry.Kind.RELEASE,
            amount=-amount,
            key=key,
            reservation=reservation,
            invoice=invoice,
            note=note,
        )
    return amount


# --- invoices --------------------------------------------------------------------------------------


def _invoice_number(issued_on: date) -> str:
    sequence, __ = InvoiceSequence.objects.select_for_update().get_or_create(year=issued_on.year)
    sequence.last += 1
    sequence.save(update_fields=["last"])
    return f"{settings.CREDIT_INVOICE_PREFIX}-{issued_on.year}-{sequence.last:06d}"


def order_fully_dispatched(order) -> bool:
    """Every vendor of the order has shipped (or cancelled) its part."""
    from vendors.models import FulfilmentGroup
    from vendors.services import fulfilment_groups_for_order

    done = (FulfilmentGroup.SHIPPED, FulfilmentGroup.DELIVERED, FulfilmentGroup.CANCELLED)
    groups = fulfilment_groups_for_order(order=order)
    return bool(groups) and all(group.status in done for group in groups)


def invoice_issue(*, order, today: date | None = None) -> Invoice | None:
    """Issue the invoice of a terms order once every vendor has shipped (or cancelled) its part."""
    from payments.services import refunded_quantities

    reservation = CreditReservation.objects.filter(intent__order=order).select_related("account__company").first()
    if reservation is None or not order_fully_dispatched(order):
        return None
    today = today or timezone.localdate()
    with transaction.atomic():
        reservation = CreditReservation.objects.select_for_update().get(pk=reservation.pk)
        existing = Invoice.objects.filter(reservation=reservation).first()
        if existing is not None:
            return existing
        if reservation.amount <= 0:
            return None  # everything was cancelled: nothing to invoice
        company = reservation.account.company
        refunded = refunded_quantities(order)
        lines = []
        for line in order.lines.select_related("partner").order_by("pk"):
            quantity = line.quantity - refunded.get(line.pk, 0)
            if quantity > 0:
                lines.append(
                    {
                        "title": line.title,
                        "sku": line.partner_sku,
                        "vendor": line.partner_name,
                        "quantity": quantity,
                        "unit_price_incl_tax": str(line.unit_price_incl_tax),
                        "total_incl_tax": str((line.unit_price_incl_tax * quantity).quantize(CENT)),
                    }
                )
        total = reservation.amount
        rate = Decimal(settings.CREDIT_VAT_RATE)
        excl = (total / (1 + rate / 100)).quantize(CENT, rounding=ROUND_HALF_UP)
        invoice = Invoice.objects.create(
            number=_invoice_number(today),
            company=company,
            reservation=reservation,
            order=order,
            issued_on=today,
            due_on=today + timedelta(days=reservation.account.terms_days),
            currency=order.currency,
            total_excl_tax=excl,
            total_tax=total - excl,
            total_incl_tax=total,
            po_number=reservation.po_number,
            snapshot={
                "seller": settings.CREDIT_SELLER,
                "buyer": {
                    "name": company.name,
                    "legal_id": company.legal_id,
                    "vat_number": company.vat_number,
                    "address": company.billing_lines[1:],
                },
                "order_number": order.number,
                "lines": lines,
                "shipping_incl_tax": str(order.shipping_incl_tax),
                "vat_rate": str(rate),
                "terms_days": reservation.account.terms_days,
            },
        )
        reservation.status = CreditReservation.Status.INVOICED
        reservation.save(update_fields=["status"])
        tasks.send_invoice_email.delay_on_commit(invoice.pk)
    return invoice


def _invoice_credit(*, invoice: Invoice, amount: Decimal, method: str, reference: str, by=None) -> InvoicePayment:
    """Record money (or a credit note) against an invoice; the caller holds the account's and the invoice's locks."""
    payment = InvoicePayment.objects.create(
        invoice=invoice, amount=amount, method=method, reference=reference, recorded_by=by
    )
    invoice.amount_paid += amount
    if invoice.amount_due <= 0:
        invoice.status = Invoice.Status.PAID
    invoice.save(update_fields=["amount_paid", "status"])
    return payment


def invoice_payment_record(
    *, invoice: Invoice, amount: Decimal, method: str, reference: str, by=None
) -> InvoicePayment:
    """Money received for an invoice (a bank transfer matched by staff, a card/SEPA payment): releases credit."""
    reference = reference.strip()
    if not reference:
        raise CreditError(_("Enter the payment reference (bank statement line, payment id)."))
    if amount is None or amount <= 0:
        raise CreditError(_("The amount must be positive."))
    existing = InvoicePayment.objects.filter(method=method, reference=reference).first()
    if existing is not None:
        if existing.invoice_id != invoice.pk:
            raise CreditError(
                _("This payment reference is already matched to invoice %(n)s.") % {"n": existing.invoice}
            )
        return existing
    with transaction.atomic():
        account = CreditAccount.objects.select_for_update().get(pk=invoice.reservation.account_id)
        invoice = Invoice.objects.select_for_update().get(pk=invoice.pk)
        if invoice.status != Invoice.Status.OPEN:
            raise CreditError(_("Invoice %(n)s is not open.") % {"n": invoice.number})
        if amount > invoice.amount_due:
            raise CreditError(
                _("%(amount)s EUR is more than the %(due)s EUR due on this invoice.")
                % {"amount": amount, "due": invoice.amount_due}
            )
        payment = _invoice_credit(invoice=invoice, amount=amount, method=method, reference=reference, by=by)
        account.used = max(account.used - amount, ZERO)
        account.save(update_fields=["used", "updated"])
        _ledger(
            account=account,
            kind=CreditLedgerEntry.Kind.PAYMENT,
            amount=-amount,
            key=f"payment-{payment.pk}",
            invoice=invoice,
            by=by,
            note=f"{method} {reference}",
        )
        hold_review(account=account)
    return payment


# --- dunning ---------------------------------------------------------------------------------------


def hold_review(*, account: CreditAccount, today: date | None = None) -> None:
    """Hold new terms orders while an invoice is overdue past the threshold; lift the hold once paid.

    The caller holds the account's row lock.
    """
    today = today or timezone.localdate()
    threshold = today - timedelta(days=settings.CREDIT_HOLD_AFTER_DAYS_OVERDUE)
    overdue = Invoice.objects.filter(
        reservation__account=account, status=Invoice.Status.OPEN, due_on__lt=threshold
    ).exists()
    if overdue != account.on_hold:
        account.on_hold = overdue
        account.hold_reason = (
            _("Invoice overdue for more than %(days)s days.") % {"days": settings.CREDIT_HOLD_AFTER_DAYS_OVERDUE}
            if overdue
            else ""
        )
        account.save(update_fields=["on_hold", "hold_reason", "updated"])


def dunning_steps(invoice: Invoice, today: date) -> list[str]:
    """The steps of settings.CREDIT_DUNNING_SCHEDULE this invoice has reached today."""
    days_after_due = (today - invoice.due_on).days
    steps = [step for offset, step in settings.CREDIT_DUNNING_SCHEDULE if days_after_due >= offset]
    if days_after_due >= settings.CREDIT_LATE_FEE_AFTER_DAYS:
        steps.append("late_fee")
    return steps


def dunning_run(*, today: date | None = None) -> int:
    """Send the reminders due today, charge late fees, set holds. Safe to run any number of times a day."""
    today = today or timezone.localdate()
    done = 0
    horizon = today + timedelta(days=max(-offset for offset, __ in settings.CREDIT_DUNNING_SCHEDULE))
    account_ids = set()
    for invoice in Invoice.objects.filter(status=Invoice.Status.OPEN, due_on__lte=horizon).select_related(
        "reservation"
    ):
        for step in dunning_steps(invoice, today):
            done += dunning_step_apply(invoice=invoice, step=step, today=today)
        account_ids.add(invoice.reservation.account_id)
    for account_id in sorted(account_ids):  # once per account, however many of its invoices are open
        with transaction.atomic():
            hold_review(account=CreditAccount.objects.select_for_update().get(pk=account_id), today=today)
    return done


def dunning_step_apply(*, invoice: Invoice, step: str, today: date) -> int:
    with transaction.atomic():
        account = CreditAccount.objects.select_for_update().get(pk=invoice.reservation.account_id)
        invoice = Invoice.objects.select_for_update().get(pk=invoice.pk)
        if invoice.status != Invoice.Status.OPEN:
            return 0
        try:
            with transaction.atomic():
                DunningNotice.objects.create(invoice=invoice, step=step)
        except IntegrityError:
            return 0  # already done
        if step == "late_fee":
            fee = late_fee(invoice, today)
            invoice.late_fees += fee
            invoice.save(update_fields=["late_fees"])
            account.used += fee
            account.save(update_fields=["used", "updated"])
            _ledger(
                account=account,
                kind=CreditLedgerEntry.Kind.LATE_FEE,
                amount=fee,
                key=f"fee-{invoice.pk}",
                invoice=invoice,
            )
        tasks.send_dunning_email.delay_on_commit(invoice.pk, step)
    return 1


def late_fee(invoice: Invoice, today: date) -> Decimal:
    """French B2B rules: a fixed recovery indemnity plus late interest on the amount due."""
    interest = invoice.total_incl_tax * Decimal(settings.CREDIT_LATE_INTEREST_PERCENT) / 100
    return (Decimal(settings.CREDIT_LATE_FEE_FIXED) + interest).quantize(CENT, rounding=ROUND_HALF_UP)


# --- approvals ---------------------------------------------------------------------------------------


def basket_fingerprint(basket) -> str:
    lines = sorted((line.stockrecord_id or 0, line.product_id, line.quantity) for line in basket.all_lines())
    return hashlib.sha256(repr(lines).encode()).hexdigest()


def approval_request(*, member: CompanyMember, basket, amount: Decimal, checkout_data: dict) -> OrderApproval:
    """Park a terms order above the buyer's limit: the basket is frozen until an approver decides."""
    if not member.can_buy:
        raise CreditError(_("Your role in the company does not allow ordering."))
    with transaction.atomic():
        try:
            approval = OrderApproval.objects.create(
                company=member.company,
                requester=member.user,
                basket=basket,
                amount=amount,
                basket_fingerprint=basket_fingerprint(basket),
                checkout_data=checkout_data,
            )
        except IntegrityError as error:
            raise CreditError(_("This basket is already waiting for approval.")) from error
        basket.freeze()
    tasks.send_approval_email.delay_on_commit(approval.pk)
    return approval


def approval_decide(*, approval: OrderApproval, approver, approve: bool, note: str = ""):
    """Approve (the order is placed on terms for the requester, on the approved basket) or reject."""
    from payments.services import CheckoutDetails, CheckoutError, basket_load, payment_start

    _require_role(
        company=approval.company, user=approver, roles=(CompanyMember.Role.APPROVER, CompanyMember.Role.ADMIN)
    )
    with transaction.atomic():
        approval = OrderApproval.objects.select_for_update().get(pk=approval.pk)
        if approval.status != OrderApproval.Status.PENDING:
            raise CreditError(_("This request was already decided."))
        approval.approver, approval.decided, approval.note = approver, timezone.now(), note[:255]
        approval.status = OrderApproval.Status.APPROVED if approve else OrderApproval.Status.REJECTED
        approval.save()
    if not approve:
        approval.basket.thaw()
        return approval
    basket = basket_load(basket_id=approval.basket_id, user=approval.requester)
    data = approval.checkout_data
    try:
        if basket_fingerprint(basket) != approval.basket_fingerprint:
            raise CheckoutError(_("The basket changed after it was sent for approval."))
        intent = payment_start(
            basket=basket,
            user=approval.requester,
            details=CheckoutDetails(
                email=data["email"],
                shipping_address=data["shipping_address"],
                shipping_method_code=data["shipping_method_code"],
            ),
            payment_method="terms",
            expected_total=approval.amount,
            idempotency_key=f"approval-{approval.pk}",
            return_url="",
            gateway_name="terms",
            metadata={"po_number": data.get("po_number", "")},
        )
        if intent.status != intent.Status.SUCCEEDED:
            raise CheckoutError(intent.last_error_message or _("The order could not be placed."))
    except CheckoutError as error:
        OrderApproval.objects.filter(pk=approval.pk).update(status=OrderApproval.Status.REJECTED, note=str(error)[:255])
        approval.basket.thaw()
        raise CreditError(
            _("The order could not be placed: %(reason)s The buyer can review the basket and order again.")
            % {"reason": error}
        ) from error
    OrderApproval.objects.filter(pk=approval.pk).update(status=OrderApproval.Status.PLACED)
    approval.refresh_from_db()
    return approval


# --- paying an invoice online (card or SEPA Direct Debit through the payment gateway) ----------------


def invoice_pay_online(*, invoice: Invoice, user, payment_method: str, method_type: str, attempt: str, return_url: str):
    """Charge what is due on the invoice through the shop's gateway; a success is recorded as a payment.

    The idempotency key (invoice + attempt token from the page) makes a double click charge once.
    Returns the gateway's PaymentResponse (a pending 3-D Secure / SEPA payment is applied later by
    the return page or the webhook).
    """
    from payments.gateways import get_gateway
    from payments.gateways.base import GatewayError, PaymentRequest, to_minor_units

    if not CompanyMember.objects.filter(company_id=invoice.company_id, user=user).exists():
        raise CreditError(_("This invoice belongs to another company."))
    if invoice.status != Invoice.Status.OPEN or invoice.amount_due <= 0:
        raise CreditError(_("Invoice %(n)s has nothing left to pay.") % {"n": invoice.number})
    if method_type not in (InvoicePayment.Method.CARD, InvoicePayment.Method.SEPA_DEBIT):
        raise CreditError(_("Choose card or SEPA Direct Debit."))
    try:
        response = get_gateway().create_payment(
            PaymentRequest(
                amount_minor=to_minor_units(invoice.amount_due),
                currency=invoice.currency,
                idempotency_key=f"invoice-{invoice.pk}-{attempt}"[:80],
                payment_method=payment_method if method_type == "card" else "sepa_debit",
                return_url=return_url,
                payment_method_types=(method_type,),
                metadata={"comptoir_invoice": str(invoice.pk), "comptoir_invoice_method": method_type},
            )
        )
    except GatewayError as error:
        raise CreditError(_("We could not reach the payment provider; nothing was charged. Please retry.")) from error
    invoice_payment_apply(response=response)
    return response


def invoice_payment_apply(*, response) -> InvoicePayment | None:
    """A gateway payment tagged with an invoice succeeded (page, return or webhook): record it once."""
    from payments.gateways.base import PaymentStatus, from_minor_units

    invoice_id = (response.metadata or {}).get("comptoir_invoice", "")
    if response.status != PaymentStatus.SUCCEEDED or not invoice_id.isdigit():
        return None
    invoice = Invoice.objects.filter(pk=int(invoice_id)).first()
    if invoice is None:
        return None
    method = response.metadata.get("comptoir_invoice_method", InvoicePayment.Method.CARD)
    existing = InvoicePayment.objects.filter(method=method, reference=response.reference).first()
    if existing is not None:
        return existing
    amount = min(from_minor_units(response.amount_minor), invoice.amount_due)
    if amount <= 0:
        logger.error("Payment %s for invoice %s arrived after it was settled", response.reference, invoice.number)
        return None
    return invoice_payment_record(invoice=invoice, amount=amount, method=method, reference=response.reference)
