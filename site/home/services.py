"""State changes of the editorial site: webinar registrations and newsletter consents."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Page

from home.models import NewsletterSubscription, WebinarPage, WebinarRegistration


class RegistrationClosed(Exception):
    """The webinar has started or is over."""


Status = WebinarRegistration.Status


def _lock_webinar(webinar: WebinarPage) -> int:
    """Serialise every seat change of one webinar (registering, cancelling, promoting) on its page row;
    returns its capacity as published now.

    Counting seats and handing them out then happens one transaction at a time per webinar, so two
    requests never both take the last seat or both promote the same person.
    """
    Page.objects.select_for_update().filter(pk=webinar.pk).first()
    return WebinarPage.objects.filter(pk=webinar.pk).values_list("capacity", flat=True).get()


def _promote_from_waiting_list(webinar: WebinarPage, capacity: int) -> list[WebinarRegistration]:
    """Give the free seats to the first people on the waiting list (call with the webinar locked)."""
    taken = WebinarRegistration.objects.filter(webinar=webinar, status=Status.REGISTERED).count()
    free = max(0, capacity - taken)
    if not free:
        return []
    promoted = list(
        WebinarRegistration.objects.select_for_update()
        .filter(webinar=webinar, status=Status.WAITLISTED)
        .order_by("created_at", "pk")[:free]
    )
    now = timezone.now()
    for registration in promoted:
        registration.status = Status.REGISTERED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
    if promoted:
        from home.tasks import send_webinar_promotion

        for registration in promoted:
            send_webinar_promotion.delay_on_commit(registration.pk)
    return promoted


def _next_status(webinar: WebinarPage, capacity: int) -> str:
    """Seat or waiting list for a newcomer (webinar locked): nobody jumps the queue of people waiting."""
    _promote_from_waiting_list(webinar, capacity)
    taken = WebinarRegistration.objects.filter(webinar=webinar, status=Status.REGISTERED).count()
    return Status.REGISTERED if taken < capacity else Status.WAITLISTED


def webinar_registration_create(
    *, webinar: WebinarPage, name: str, email: str, company: str = "", consent: bool, language: str = "en"
) -> tuple[WebinarRegistration, bool]:
    """Register ``email`` (or put it on the waiting list when full); returns (registration, created).

    Registering twice returns the first registration untouched, so a double submit sends one email.
    Someone who cancelled and registers again goes through the same seat check as a newcomer.
    """
    if not consent:
        raise ValueError("consent is required")
    if not webinar.registration_open:
        raise RegistrationClosed
    email = email.strip().lower()
    existing = WebinarRegistration.objects.filter(webinar=webinar, email=email).first()
    if existing is not None and existing.status != Status.CANCELLED:
        return existing, False
    details = {"name": name.strip(), "company": company.strip(), "consent": True, "language": language}
    try:
        with transaction.atomic():
            status = _next_status(webinar, _lock_webinar(webinar))
            registration = WebinarRegistration.objects.select_for_update().filter(webinar=webinar, email=email).first()
            if registration is None:
                registration = WebinarRegistration.objects.create(
                    webinar=webinar, email=email, status=status, **details
                )
            elif registration.status == Status.CANCELLED:
                # Back at the end of the queue, as a newcomer: "registered at" is now.
                fields = {**details, "status": status, "created_at": timezone.now(), "cancelled_at": None}
                fields |= {"promoted_at": None, "promotion_emailed_at": None}
                fields |= {"reminded_24h_at": None, "reminded_1h_at": None}
                WebinarRegistration.objects.filter(pk=registration.pk).update(**fields)
                registration.refresh_from_db()
            else:  # registered by a concurrent request that committed first
                return registration, False
    except IntegrityError:  # the same email raced us
        return WebinarRegistration.objects.get(webinar=webinar, email=email), False

    from home.tasks import send_webinar_confirmation

    send_webinar_confirmation.delay_on_commit(registration.pk)
    return registration, True


def webinar_registration_cancel(*, registration: WebinarRegistration) -> tuple[WebinarRegistration, str | None]:
    """Cancel a registration or leave the waiting list; a freed seat goes to the first person waiting.

    Returns (registration, the status it had: registered or waitlisted), with None for the status when it was
    cancelled already (cancelling twice changes nothing). Raises RegistrationClosed once the webinar started.
    """
    webinar = registration.webinar.specific
    if not webinar.registration_open:
        raise RegistrationClosed
    with transaction.atomic():
        capacity = _lock_webinar(webinar)
        registration = WebinarRegistration.objects.select_for_update().get(pk=registration.pk)
        previous = registration.status
        if previous == Status.CANCELLED:
            return registration, None
        registration.status = Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        _promote_from_waiting_list(webinar, capacity)
    return registration, previous


def webinar_waiting_list_promote(*, webinar: WebinarPage) -> list[WebinarRegistration]:
    """Fill seats freed by other means (an editor raised the capacity) from the waiting list."""
    if not webinar.registration_open:
        return []
    with transaction.atomic():
        return _promote_from_waiting_list(webinar, _lock_webinar(webinar))


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
