"""Webinar registration, waiting list, closing, spam, confirmation emails with ICS, reminders, CSV export."""

from datetime import UTC, timedelta

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from home.ics import webinar_ics
from home.models import WebinarRegistration
from home.services import RegistrationClosed, webinar_registration_create
from home.tasks import send_due_webinar_reminders

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


@pytest.fixture
def register(client, django_capture_on_commit_callbacks):
    """POST the registration form as a visitor would; on-commit side effects (emails) run."""

    def post(webinar, **overrides):
        data = {"name": "Ana Lopez", "email": "ana@example.com", "company": "Atelier", "consent": "on", "website": ""}
        data.update(overrides)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("webinar-register", args=[webinar.pk]), data, follow=True)

    return post


def test_registration_sends_confirmation_with_ics(client, register, webinar):
    response = register(webinar, email="Ana@Example.com")
    assert response.status_code == 200
    assert "You are registered" in response.content.decode()
    registration = WebinarRegistration.objects.get()
    assert (registration.email, registration.status, registration.consent) == ("ana@example.com", "registered", True)
    (message,) = mail.outbox
    assert message.to == ["ana@example.com"] and webinar.title in message.subject
    assert "meet.example.com/comptoir" in message.body
    (filename, content, mimetype) = message.attachments[0]
    assert filename == "webinar.ics" and mimetype.startswith("text/calendar")
    assert 'Content-Type: text/calendar; method="PUBLISH"' in message.message().as_string()
    assert "BEGIN:VEVENT" in content and f"DTSTART:{webinar.starts_at.astimezone(UTC):%Y%m%dT%H%M%SZ}" in content


def test_duplicate_email_keeps_one_registration_and_says_so(client, register, webinar):
    register(webinar)
    response = register(webinar, email="ANA@example.com ")
    assert "already registered" in response.content.decode()
    assert WebinarRegistration.objects.count() == 1
    assert len(mail.outbox) == 1


def test_full_webinar_puts_people_on_the_waiting_list(client, register, webinar):
    register(webinar, email="one@example.com")
    register(webinar, email="two@example.com")
    response = register(webinar, email="three@example.com")
    assert "waiting list" in response.content.decode()
    statuses = dict(WebinarRegistration.objects.values_list("email", "status"))
    assert statuses == {
        "one@example.com": "registered",
        "two@example.com": "registered",
        "three@example.com": "waitlisted",
    }
    assert "Waiting list" in mail.outbox[-1].subject and not mail.outbox[-1].attachments
    assert "Join the waiting list" in client.get(webinar.url).content.decode()


def test_past_webinar_is_closed(client, register, make_webinar):
    past = make_webinar(title="Last week", starts_in=-timedelta(days=7))
    response = register(past)
    assert "Registration is closed" in response.content.decode()
    assert not WebinarRegistration.objects.exists()
    with pytest.raises(RegistrationClosed):
        webinar_registration_create(webinar=past, name="A", email="a@example.com", consent=True)


def test_missing_consent_or_bad_email_is_rejected_with_errors(client, register, webinar):
    response = client.post(reverse("webinar-register", args=[webinar.pk]), {"name": "A", "email": "nope"})
    assert response.status_code == 400
    assert "is-invalid" in response.content.decode()
    assert not WebinarRegistration.objects.exists()


def test_honeypot_rejects_bots(client, register, webinar):
    response = client.post(
        reverse("webinar-register", args=[webinar.pk]),
        {"name": "Bot", "email": "bot@example.com", "consent": "on", "website": "http://spam.example.com"},
    )
    assert response.status_code == 400
    assert not WebinarRegistration.objects.exists() and not mail.outbox


def test_rate_limit_rejects_floods(client, register, webinar):
    statuses = [register(webinar, email=f"p{n}@example.com").status_code for n in range(7)]
    assert statuses[:5] == [200] * 5
    assert statuses[5:] == [429, 429]


def test_ics_escapes_and_folds(webinar):
    webinar.title = "Pay later; B2B, terms — a very long title that certainly needs folding at 75 octets éé"
    ics = webinar_ics(webinar, url="https://example.com/w/")
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    assert "Pay later\\; B2B\\, terms" in ics
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    unfolded = ics.replace("\r\n ", "")
    assert "folding at 75 octets éé" in unfolded


def test_reminders_are_sent_24h_and_1h_before_once(make_webinar):
    start = timezone.now().replace(microsecond=0) + timedelta(days=3)
    webinar = make_webinar(starts_in=start - timezone.now())
    webinar_registration_create(webinar=webinar, name="Ana", email="ana@example.com", consent=True)
    mail.outbox.clear()

    with time_machine.travel(start - timedelta(hours=30), tick=False):
        assert send_due_webinar_reminders() == 0
    with time_machine.travel(start - timedelta(hours=23), tick=False):
        assert send_due_webinar_reminders() == 1
        assert send_due_webinar_reminders() == 0  # idempotent: claimed once
    assert "Tomorrow" in mail.outbox[-1].subject and mail.outbox[-1].attachments
    with time_machine.travel(start - timedelta(minutes=50), tick=False):
        assert send_due_webinar_reminders() == 1
        assert send_due_webinar_reminders() == 0
    assert "one hour" in mail.outbox[-1].subject
    with time_machine.travel(start + timedelta(minutes=5), tick=False):
        assert send_due_webinar_reminders() == 0
    assert len(mail.outbox) == 2


def test_late_registrant_gets_only_the_1h_reminder(make_webinar):
    webinar = make_webinar(starts_in=timedelta(minutes=40))
    webinar_registration_create(webinar=webinar, name="Ana", email="ana@example.com", consent=True)
    mail.outbox.clear()
    assert send_due_webinar_reminders() == 1
    assert "one hour" in mail.outbox[0].subject


def test_waiting_list_gets_no_reminder(make_webinar):
    webinar = make_webinar(starts_in=timedelta(minutes=40), capacity=1)
    for email in ("a@example.com", "b@example.com"):
        webinar_registration_create(webinar=webinar, name="X", email=email, consent=True)
    mail.outbox.clear()
    assert send_due_webinar_reminders() == 1
    assert mail.outbox[0].to == ["a@example.com"]


def test_beat_schedules_the_reminders(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["editorial-webinar-reminders"]
    assert entry["task"] == "home.tasks.send_due_webinar_reminders" and entry["schedule"] <= 600


def test_registrations_export_as_csv_in_the_admin(client, staff_user, webinar):
    webinar_registration_create(webinar=webinar, name="Ana", email="ana@example.com", company="Atelier", consent=True)
    client.force_login(staff_user)
    response = client.get(reverse("wagtailsnippets_home_webinarregistration:list") + "?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    content = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    header, row = content.strip().splitlines()[:2]
    assert "Email" in header and "ana@example.com" in row and "Atelier" in row


def test_registration_requires_a_live_webinar(client, register, webinar):
    webinar.unpublish()
    assert register(webinar).status_code == 404
