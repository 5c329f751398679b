"""State changes of the editorial site: webinar registrations and newsletter consents."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Page

from home.models import NewsletterSubscription, WebinarPage, WebinarRegistration


class RegistrationClosed(Exception):
    """The webinar has started or is over."""


def webinar_registration_create(
    *, webinar: WebinarPage, name: str, email: str, company: str = "", consent: bool, language: str = "en"
) -> tuple[WebinarRegistration, bool]:
    """Register ``email`` (or put it on the waiting list when full); returns (registration, created).

    Registering twice returns the first registration untouched, so a double submit sends one email.
    """
    if not consent:
        raise ValueError("consent is required")
    if not webinar.registration_open:
        raise RegistrationClosed
    email = email.strip().lower()
    existing = WebinarRegistration.objects.filter(webinar=webinar, email=email).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            # One registration at a time per webinar, so two people never take the last seat.
            Page.objects.select_for_update().filter(pk=webinar.pk).first()
            taken = WebinarRegistration.objects.filter(
                webinar=webinar, status=WebinarRegistration.Status.REGISTERED
            ).count()
            status = (
                WebinarRegistration.Status.REGISTERED
                if taken < webinar.capacity
                else WebinarRegistration.Status.WAITLISTED
            )
            registration = WebinarRegistration.objects.create(
                webinar=webinar,
                name=name.strip(),
                email=email,
                company=company.strip(),
                consent=True,
                status=status,
                language=language,
            )
    except IntegrityError:  # the same email raced us
        return WebinarRegistration.objects.get(webinar=webinar, email=email), False

    from home.tasks import send_webinar_confirmation

    send_webinar_confirmation.delay_on_commit(registration.pk)
    return registration, True


def newsletter_subscribe(
    *, email: str, consent_text: str, language: str, source_url: str = ""
) -> tuple[NewsletterSubscription, bool]:
    """Store the subscriber and the consent they gave; subscribing twice keeps the first consent."""
    email = email.strip().lower()
    try:
        with transaction.atomic():
            return NewsletterSubscription.objects.get_or_create(
                email=email,
                defaults={
                    "consent_text": consent_text,
                    "consented_at": timezone.now(),
                    "language": language,
                    "source_url": source_url[:300],
                },
            )
    except IntegrityError:
        return NewsletterSubscription.objects.get(email=email), False
