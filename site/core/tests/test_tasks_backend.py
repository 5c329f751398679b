"""Wagtail's background tasks (django-tasks) reach Celery through our backend in production."""

from django_tasks import task
from django_tasks.backends.base import BaseTaskBackend

from core.tasks_backend import CeleryTaskBackend

CALLS: list[tuple[int, str]] = []


@task()
def record_call(number: int, label: str) -> None:
    CALLS.append((number, label))


def test_enqueue_runs_the_task_through_celery(settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True  # Celery executes in-process, through the real Celery task
    CALLS.clear()
    backend = CeleryTaskBackend("default", {})
    assert isinstance(backend, BaseTaskBackend)

    result = backend.enqueue(record_call, (7,), {"label": "indexed"})

    assert CALLS == [(7, "indexed")]
    assert list(result.args) == [7] and result.kwargs == {"label": "indexed"}
    assert result.backend == "default"


def test_the_celery_task_is_registered_under_a_stable_name():
    from config.celery_app import app

    app.loader.import_default_modules()
    assert "core.run_django_task" in app.tasks
