"""Thin, idempotent Celery tasks: each e-mail is sent once (a timestamp on its row), dunning runs daily."""

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import CreditApplication, DunningNotice, Invoice


def _render(template: str, context: dict) -> tuple[str, str]:
    context = {**context, "site_url": settings.WAGTAILADMIN_BASE_URL}
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"credit/emails/{template}_subject.txt", context).strip()
        body = render_to_string(f"credit/emails/{template}_body.txt", context)
    return subject, body


def _company_recipients(company, roles=("admin", "approver")) -> list[str]:
    return list(company.members.filter(role__in=roles).values_list("user__email", flat=True))


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_decision_email(application_id: int) -> bool:
    from .scoring import applicant_message

    with transaction.atomic():
        application = CreditApplication.objects.select_related("company", "submitted_by").get(pk=application_id)
        decision = application.decisions.select_for_update().order_by("-created", "-pk").first()
        if decision is None or decision.notified_at is not None:
            return False
        subject, body = _render(
            "decision",
            {
                "application": application,
                "decision": decision,
                "message": applicant_message(decision.outcome, decision.reason_codes),
            },
        )
        recipients = {application.submitted_by.email} if application.submitted_by else set()
        EmailMessage(subject, body, to=sorted(recipients | set(_company_recipients(application.company)))).send()
        decision.notified_at = timezone.now()
        decision.save(update_fields=["notified_at"])
    return True


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_invoice_email(invoice_id: int) -> bool:
    from .invoices import invoice_pdf

    with transaction.atomic():
        invoice = (
            Invoice.objects.select_for_update(of=("self",))
            .select_related("company", "reservation__member")
            .get(pk=invoice_id)
        )
        if invoice.emailed_at is not None:
            return False
        subject, body = _render("invoice", {"invoice": invoice})
        to = {invoice.reservation.member.email} if invoice.reservation.member else set()
        message = EmailMessage(subject, body, to=sorted(to | set(_company_recipients(invoice.company))))
        message.attach(f"{invoice.number}.pdf", invoice_pdf(invoice=invoice), "application/pdf")
        message.send()
        invoice.emailed_at = timezone.now()
        invoice.save(update_fields=["emailed_at"])
    return True


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_dunning_email(invoice_id: int, step: str) -> bool:
    with transaction.atomic():
        notice = (
            DunningNotice.objects.select_for_update(of=("self",))
            .select_related("invoice__company", "invoice__reservation__member")
            .get(invoice_id=invoice_id, step=step)
        )
        if notice.emailed_at is not None or (step == "late_fee" and notice.invoice.late_fees == 0):
            return False
        invoice = notice.invoice
        subject, body = _render(
            "dunning",
            {"invoice": invoice, "step": step, "today": timezone.localdate(), "overdue": step.startswith("after")},
        )
        to = {invoice.reservation.member.email} if invoice.reservation.member else set()
        EmailMessage(subject, body, to=sorted(to | set(_company_recipients(invoice.company)))).send()
        notice.emailed_at = timezone.now()
        notice.save(update_fields=["emailed_at"])
    return True


@shared_task(acks_late=True)
def run_dunning() -> int:
    from .services import dunning_run

    return dunning_run()


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_approval_email(approval_id: int) -> bool:
    from .models import OrderApproval

    approval = OrderApproval.objects.select_related("company", "requester").get(pk=approval_id)
    if approval.status != OrderApproval.Status.PENDING:
        return False
    subject, body = _render("approval", {"approval": approval})
    EmailMessage(subject, body, to=_company_recipients(approval.company)).send()
    return True
