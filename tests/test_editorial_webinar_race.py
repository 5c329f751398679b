"""Webinar seats under concurrency (PostgreSQL: real row locks, one connection per thread).

Cancellations promote people from the waiting list while others register: every seat goes to exactly one
person, nobody is promoted twice, nobody jumps the queue, and the capacity always holds.
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from functools import partial

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from home.models import WebinarIndexPage, WebinarPage, WebinarRegistration
from home.services import webinar_registration_cancel, webinar_registration_create
from payments.tests.fixtures import wagtail_locale  # noqa: F401

# No serialized_rollback: restoring the serialized database clashes with content types another transactional
# test (same worker) re-created; the Wagtail tree these tests need is built by the fixture below instead.
pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
Status = WebinarRegistration.Status
ROUNDS = 3


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (set DATABASE_URL)")


@pytest.fixture(autouse=True)
def _wide_race_window(monkeypatch):
    """Every seat change pauses between its own write and the seat count, so the threads really overlap there:
    without the webinar lock the count misses the other thread's uncommitted change and these tests fail."""
    import home.services

    promote = home.services._promote_from_waiting_list

    def slow_promote(webinar, capacity):
        time.sleep(0.3)
        return promote(webinar, capacity)

    monkeypatch.setattr(home.services, "_promote_from_waiting_list", slow_promote)


@pytest.fixture
def site_home(wagtail_locale):  # noqa: F811
    """The Wagtail tree a flushed database lacks: a root page, the home page, the default site."""
    from wagtail.models import Page, Site

    from home.models import HomePage

    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=wagtail_locale))
    home = root.add_child(instance=HomePage(title="Comptoir", slug="comptoir-home", introduction="Welcome"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return home


@pytest.fixture
def new_webinar(site_home):
    home_page = site_home
    index = home_page.add_child(instance=WebinarIndexPage(title="Webinars", slug="webinars"))

    def make(number: int, capacity: int) -> WebinarPage:
        webinar = index.add_child(
            instance=WebinarPage(
                title=f"Race {number}",
                slug=f"race-{number}",
                starts_at=timezone.now() + timedelta(days=2),
                capacity=capacity,
            )
        )
        webinar.save_revision().publish()
        return webinar

    return make


def register(webinar, *emails: str) -> None:
    for email in emails:
        webinar_registration_create(webinar=webinar, name=email.split("@")[0], email=email, consent=True)


def at_once(*actions):
    """Run the actions in parallel threads released together; re-raise any error."""
    start = threading.Barrier(len(actions))

    def run(action):
        try:
            start.wait(timeout=30)
            return action()
        finally:
            connection.close()  # each thread had its own connection

    with ThreadPoolExecutor(max_workers=len(actions)) as pool:
        return [future.result(timeout=60) for future in [pool.submit(run, action) for action in actions]]


def statuses(webinar) -> dict[str, str]:
    return dict(WebinarRegistration.objects.filter(webinar=webinar).values_list("email", "status"))


def test_two_cancellations_at_once_promote_the_next_two_people_once_each(new_webinar):
    for number in range(ROUNDS):
        webinar = new_webinar(number, capacity=2)
        register(webinar, "one@example.com", "two@example.com", "three@example.com", "four@example.com")
        one, two = (
            WebinarRegistration.objects.get(webinar=webinar, email=e) for e in ("one@example.com", "two@example.com")
        )
        mail.outbox.clear()

        at_once(
            partial(webinar_registration_cancel, registration=one),
            partial(webinar_registration_cancel, registration=two),
        )

        assert statuses(webinar) == {
            "one@example.com": "cancelled",
            "two@example.com": "cancelled",
            "three@example.com": "registered",
            "four@example.com": "registered",
        }
        assert sorted(message.to[0] for message in mail.outbox) == ["four@example.com", "three@example.com"]


def test_two_newcomers_for_the_last_seat_get_one_seat_and_one_waiting_list_place(new_webinar):
    for number in range(ROUNDS):
        webinar = new_webinar(number, capacity=1)
        at_once(partial(register, webinar, "first@example.com"), partial(register, webinar, "second@example.com"))
        assert sorted(statuses(webinar).values()) == ["registered", "waitlisted"]


def test_a_newcomer_racing_a_cancellation_never_takes_the_seat_of_the_person_waiting(new_webinar):
    for number in range(ROUNDS):
        webinar = new_webinar(number, capacity=1)
        register(webinar, "one@example.com", "waiting@example.com")
        one = WebinarRegistration.objects.get(webinar=webinar, email="one@example.com")

        at_once(
            partial(webinar_registration_cancel, registration=one),
            partial(register, webinar, "newcomer@example.com"),
        )

        assert statuses(webinar) == {
            "one@example.com": "cancelled",
            "waiting@example.com": "registered",
            "newcomer@example.com": "waitlisted",
        }


def test_many_registrations_and_cancellations_at_once_keep_the_capacity(new_webinar):
    webinar = new_webinar(0, capacity=3)
    seated = [f"seated{n}@example.com" for n in range(3)]
    register(webinar, *seated, "waiting0@example.com", "waiting1@example.com")
    leaving = [WebinarRegistration.objects.get(webinar=webinar, email=email) for email in seated[:2]]
    newcomers = [f"new{n}@example.com" for n in range(6)]

    at_once(
        *(partial(webinar_registration_cancel, registration=registration) for registration in leaving),
        *(partial(register, webinar, email) for email in newcomers),
    )

    found = statuses(webinar)
    assert sum(status == "registered" for status in found.values()) == 3
    assert found["waiting0@example.com"] == found["waiting1@example.com"] == "registered"  # queue order held
    assert all(found[email] == "waitlisted" for email in newcomers)
