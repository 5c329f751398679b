"""Editorial workflow: editors submit, reviewers approve and publish; scheduled publishing goes live on time."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Workflow

from home.models import LandingPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(email="editor@example.com", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def reviewer(django_user_model):
    user = django_user_model.objects.create_user(email="reviewer@example.com", password="x")
    user.groups.add(Group.objects.get(name="Reviewers"))
    return user


def test_editors_submit_and_reviewers_publish(home_page, editor, reviewer):
    landing = home_page.add_child(instance=LandingPage(title="Pay in 4", slug="pay-in-4", live=False))
    assert not landing.permissions_for_user(editor).can_publish()
    assert landing.permissions_for_user(reviewer).can_publish()

    landing.save_revision(user=editor)
    workflow = landing.get_workflow()
    assert workflow == Workflow.objects.get(name="Editorial review")
    state = workflow.start(landing, editor)
    task_state = state.current_task_state
    assert [group.name for group in task_state.task.specific.groups.all()] == ["Reviewers"]
    assert task_state.task.specific.get_actions(landing, editor) == []
    assert [action[0] for action in task_state.task.specific.get_actions(landing, reviewer)][:1] == ["reject"]

    task_state.task.specific.on_action(task_state, reviewer, "approve")
    landing.refresh_from_db()
    assert landing.live


def test_scheduled_publishing_goes_live_on_time(client, home_page):
    landing = home_page.add_child(instance=LandingPage(title="Black Friday", slug="black-friday", live=False))
    go_live = timezone.now() + timedelta(hours=2)
    landing.go_live_at = go_live
    landing.save_revision().publish()
    landing.refresh_from_db()
    assert not landing.live and client.get("/black-friday/").status_code == 404
    with time_machine.travel(go_live + timedelta(minutes=1)):
        call_command("publish_scheduled")
    assert client.get("/black-friday/").status_code == 200
