"""Reads of the editorial site."""

from datetime import datetime, timedelta

from django.db.models import QuerySet

from home.models import WebinarRegistration

REMINDERS = {
    # kind: (how long before the start, field recording that it was sent)
    "24h": (timedelta(hours=24), "reminded_24h_at"),
    "1h": (timedelta(hours=1), "reminded_1h_at"),
}


def registrations_due_reminder(*, kind: str, now: datetime) -> QuerySet:
    """Registered attendees whose webinar starts within the reminder's lead time and who were not reminded.

    The 24 h reminder is skipped once the 1 h one is due: one email close to the start is enough.
    """
    lead, field = REMINDERS[kind]
    registrations = WebinarRegistration.objects.filter(
        status=WebinarRegistration.Status.REGISTERED,
        webinar__live=True,
        webinar__starts_at__gt=now,
        webinar__starts_at__lte=now + lead,
        **{f"{field}__isnull": True},
    )
    if kind == "24h":
        registrations = registrations.filter(webinar__starts_at__gt=now + REMINDERS["1h"][0])
    return registrations.select_related("webinar")
