"""Webinar emails. Tasks take ids and are idempotent: a reminder is claimed before it is sent."""

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation

from home.ics import webinar_ics
from home.models import WebinarRegistration
from home.selectors import REMINDERS, registrations_due_reminder


def _site_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(registration: WebinarRegistration, template: str, *, with_invitation: bool) -> None:
    webinar = registration.webinar.specific
    with translation.override(registration.language):
        url = _site_url(webinar.get_url() or "/")
        context = {
            "registration": registration,
            "webinar": webinar,
            "url": url,
            "cancel_url": _site_url(registration.cancel_url),
        }
        subject = " ".join(render_to_string(f"webinars/email/{template}_subject.txt", context).split())
        message = EmailMessage(
            subject=subject,
            body=render_to_string(f"webinars/email/{template}_body.txt", context),
            to=[registration.email],
        )
        if with_invitation:
            message.attach("webinar.ics", webinar_ics(webinar, url=url), "text/calendar; method=PUBLISH")
        message.send()


@shared_task(acks_late=True)
def send_webinar_confirmation(registration_id: int) -> None:
    registration = WebinarRegistration.objects.select_related("webinar").filter(pk=registration_id).first()
    if registration is None:
        return
    if registration.status == WebinarRegistration.Status.REGISTERED:
        _send(registration, "confirmation", with_invitation=True)
    else:
        _send(registration, "waiting_list", with_invitation=False)


@shared_task(acks_late=True)
def send_webinar_promotion(registration_id: int) -> None:
    """A seat freed up and went to this person from the waiting list: tell them, once."""
    Status = WebinarRegistration.Status
    claimed = WebinarRegistration.objects.filter(
        pk=registration_id, status=Status.REGISTERED, promoted_at__isnull=False, promotion_emailed_at__isnull=True
    ).update(promotion_emailed_at=timezone.now())
    if claimed:
        _send(
            WebinarRegistration.objects.select_related("webinar").get(pk=registration_id),
            "promoted",
            with_invitation=True,
        )


@shared_task(acks_late=True)
def send_webinar_reminder(registration_id: int, kind: str) -> None:
    registration = WebinarRegistration.objects.select_related("webinar").filter(pk=registration_id).first()
    # Checked again at send time: the person may have cancelled since the reminder was queued.
    if registration is not None and registration.status == WebinarRegistration.Status.REGISTERED:
        _send(registration, f"reminder_{kind}", with_invitation=True)


@shared_task(acks_late=True)
def send_due_webinar_reminders() -> int:
    """Run by Celery beat every few minutes: queue each due reminder once."""
    now = timezone.now()
    queued = 0
    for kind, (_lead, field) in REMINDERS.items():
        for registration_id in list(registrations_due_reminder(kind=kind, now=now).values_list("pk", flat=True)):
            # Claim first: a second beat run (or a retried task) finds it already claimed.
            claimed = WebinarRegistration.objects.filter(pk=registration_id, **{f"{field}__isnull": True}).update(
                **{field: now}
            )
            if claimed:
                send_webinar_reminder.delay(registration_id, kind)
                queued += 1
    return queued
