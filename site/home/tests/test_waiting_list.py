"""Webinar waiting list: signed cancellation links, promotion of the first person waiting, emails, admin."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from home.models import WebinarRegistration
from home.services import RegistrationClosed, webinar_registration_cancel, webinar_registration_create
from home.tasks import send_due_webinar_reminders, send_webinar_promotion, send_webinar_reminder
from home.tokens import registration_cancel_token

pytestmark = pytest.mark.django_db
Status = WebinarRegistration.Status


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run on-commit side effects (the emails) of what happens inside the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def full_webinar(make_webinar, on_commit):
    """Two seats taken (one, two) and two people waiting (three, then four)."""
    webinar = make_webinar(capacity=2)
    with on_commit():
        for name in ("one", "two", "three", "four"):
            webinar_registration_create(webinar=webinar, name=name.title(), email=f"{name}@example.com", consent=True)
    return webinar


def registration(email: str) -> WebinarRegistration:
    return WebinarRegistration.objects.get(email=email)


def statuses(webinar) -> dict[str, str]:
    return dict(webinar.registrations.order_by("pk").values_list("email", "status"))


def cancel_link(message) -> str:
    """The path of the signed cancellation link of an email."""
    return urlsplit(re.search(r"https?://\S+/cancel/", message.body).group(0)).path


def post_with_csrf(client: Client, path: str, on_commit):
    page = client.get(path)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
    with on_commit():
        return client.post(path, {"csrfmiddlewaretoken": token}, follow=True)


def test_cancelling_from_the_email_promotes_the_first_person_waiting(full_webinar, on_commit):
    confirmation = next(message for message in mail.outbox if message.to == ["one@example.com"])
    path = cancel_link(confirmation)
    mail.outbox.clear()
    client = Client(enforce_csrf_checks=True)

    page = client.get(path)
    assert page.status_code == 200 and "Cancel my registration" in page.content.decode()
    assert registration("one@example.com").status == Status.REGISTERED  # opening the link cancels nothing

    response = post_with_csrf(client, path, on_commit)
    assert "Your registration is cancelled" in response.content.decode()
    assert statuses(full_webinar) == {
        "one@example.com": "cancelled",
        "two@example.com": "registered",
        "three@example.com": "registered",
        "four@example.com": "waitlisted",
    }
    three = registration("three@example.com")
    assert three.promoted_at is not None and three.promotion_emailed_at is not None
    (message,) = mail.outbox
    assert message.to == ["three@example.com"] and "A seat freed up" in message.subject
    assert message.attachments[0][0] == "webinar.ics" and "meet.example.com/comptoir" in message.body
    assert cancel_link(message) == three.cancel_url  # the new attendee can free the seat in turn
    assert registration("four@example.com").waiting_list_position == 1


def test_cancelling_needs_the_csrf_token(full_webinar):
    client = Client(enforce_csrf_checks=True)
    response = client.post(registration("one@example.com").cancel_url)
    assert response.status_code == 403
    assert registration("one@example.com").status == Status.REGISTERED


@pytest.mark.parametrize("tamper", ["swap-email", "garbage", "other-salt"])
def test_forged_or_altered_links_are_not_found(client, full_webinar, tamper):
    one = registration("one@example.com")
    if tamper == "swap-email":
        one.email = "two@example.com"
        token = registration_cancel_token(one)  # signed, but names no registration
    elif tamper == "garbage":
        token = registration_cancel_token(one)[:-3] + "abc"
    else:
        from django.core import signing

        token = signing.dumps([one.pk, one.email], salt="another-purpose")
    assert client.post(reverse("webinar-cancel", args=[token])).status_code == 404
    assert statuses(full_webinar)["one@example.com"] == "registered"


def test_cancelling_twice_changes_nothing_more(client, full_webinar, on_commit):
    one = registration("one@example.com")
    mail.outbox.clear()
    with on_commit():
        client.post(one.cancel_url)
        response = client.post(one.cancel_url, follow=True)
    assert "This registration is cancelled." in response.content.decode()
    assert len(mail.outbox) == 1  # three was promoted once; four still waits
    assert statuses(full_webinar)["four@example.com"] == "waitlisted"
    __, previous_status = webinar_registration_cancel(registration=one)
    assert previous_status is None


def test_leaving_the_waiting_list_promotes_nobody(client, full_webinar, on_commit):
    four = registration("four@example.com")
    page = client.get(four.cancel_url).content.decode()
    assert "number 2 on the waiting list" in page and "Leave the waiting list" in page
    mail.outbox.clear()
    with on_commit():
        response = client.post(four.cancel_url, follow=True)
    assert "You have left the waiting list." in response.content.decode()
    assert statuses(full_webinar) == {
        "one@example.com": "registered",
        "two@example.com": "registered",
        "three@example.com": "waitlisted",
        "four@example.com": "cancelled",
    }
    assert not mail.outbox


def test_no_cancelling_once_the_webinar_has_started(client, full_webinar):
    one = registration("one@example.com")
    with time_machine.travel(full_webinar.starts_at + timedelta(minutes=1)):
        assert "registrations can no longer be changed" in client.get(one.cancel_url).content.decode()
        client.post(one.cancel_url)
        with pytest.raises(RegistrationClosed):
            webinar_registration_cancel(registration=one)
    assert statuses(full_webinar)["one@example.com"] == "registered"


def test_cancellations_are_rate_limited(client, full_webinar):
    url = registration("four@example.com").cancel_url
    codes = [client.post(url).status_code for _ in range(11)]
    assert codes[:10] == [302] * 10 and codes[10] == 429


def test_registering_again_after_cancelling_queues_at_the_end(full_webinar, on_commit):
    with on_commit():
        webinar_registration_cancel(registration=registration("one@example.com"))  # three gets the seat
        again, created = webinar_registration_create(
            webinar=full_webinar, name="One", email="one@example.com", consent=True
        )
    assert created and again.status == Status.WAITLISTED and again.cancelled_at is None
    assert [r.email for r in full_webinar.registrations.filter(status=Status.WAITLISTED).order_by("created_at")] == [
        "four@example.com",
        "one@example.com",
    ]
    assert mail.outbox[-1].to == ["one@example.com"] and "Waiting list" in mail.outbox[-1].subject


def test_raising_the_capacity_gives_the_new_seats_to_the_waiting_list(full_webinar, on_commit):
    mail.outbox.clear()
    full_webinar.capacity = 3
    with on_commit():
        full_webinar.save_revision().publish()
    assert statuses(full_webinar)["three@example.com"] == "registered"
    assert statuses(full_webinar)["four@example.com"] == "waitlisted"
    assert [message.to for message in mail.outbox] == [["three@example.com"]]


def test_promotion_email_is_sent_once(full_webinar, on_commit):
    with on_commit():
        webinar_registration_cancel(registration=registration("two@example.com"))
    three = registration("three@example.com")
    sent = len(mail.outbox)
    send_webinar_promotion(three.pk)  # a retried task
    send_webinar_promotion(registration("four@example.com").pk)  # still waiting: no email
    assert len(mail.outbox) == sent


def test_reminders_skip_the_waiting_list_and_cancelled_people_and_reach_the_promoted(make_webinar, on_commit):
    webinar = make_webinar(starts_in=timedelta(minutes=40), capacity=2)
    with on_commit():
        for name in ("one", "two", "three", "four"):
            webinar_registration_create(webinar=webinar, name=name, email=f"{name}@example.com", consent=True)
        webinar_registration_cancel(registration=registration("one@example.com"))
    mail.outbox.clear()
    assert send_due_webinar_reminders() == 2
    assert sorted(message.to[0] for message in mail.outbox) == ["three@example.com", "two@example.com"]
    assert all("one hour" in message.subject for message in mail.outbox)


def test_a_reminder_queued_before_a_cancellation_is_not_sent(make_webinar, on_commit):
    webinar = make_webinar(starts_in=timedelta(minutes=40), capacity=1)
    webinar_registration_create(webinar=webinar, name="One", email="one@example.com", consent=True)
    one = registration("one@example.com")
    with on_commit():
        webinar_registration_cancel(registration=one)
    mail.outbox.clear()
    send_webinar_reminder(one.pk, "1h")
    assert not mail.outbox


def test_the_admin_lists_waiting_list_positions(client, staff_user, full_webinar, django_assert_max_num_queries):
    client.force_login(staff_user)
    url = reverse("wagtailsnippets_home_webinarregistration:list")
    html = client.get(url + "?status=waitlisted").content.decode()
    assert "Waiting list position" in html and "three@example.com" in html and "one@example.com" not in html
    response = client.get(url + "?export=csv")
    content = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    rows = {line.split(",")[2]: line for line in content.strip().splitlines()[1:]}
    assert "Waiting list position" in content.splitlines()[0]
    assert rows["three@example.com"].split(",")[6] == "1" and rows["four@example.com"].split(",")[6] == "2"
    assert rows["one@example.com"].split(",")[6] == ""
    edit = client.get(
        reverse("wagtailsnippets_home_webinarregistration:edit", args=[registration("one@example.com").pk])
    )
    assert edit.status_code == 200 and 'name="status"' not in edit.content.decode()  # read-only: services decide
    with django_assert_max_num_queries(40):
        client.get(url)
    for n in range(10):  # more rows, same number of queries
        webinar_registration_create(webinar=full_webinar, name="X", email=f"x{n}@example.com", consent=True)
    with django_assert_max_num_queries(40):
        client.get(url)
