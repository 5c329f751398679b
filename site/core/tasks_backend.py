"""A django-tasks backend that hands Wagtail's background tasks to Celery.

Wagtail 8 enqueues its own work (search index updates, reference index,
image renditions…) through django-tasks. In production we already run Celery
workers, so the task is sent to them instead of a second kind of worker.
"""

from django.utils import timezone
from django_tasks.backends.base import BaseTaskBackend
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.utils import get_module_path, get_random_id

from core.tasks import run_django_task


class CeleryTaskBackend(BaseTaskBackend):
    supports_defer = True

    def enqueue(self, task, args, kwargs):
        self.validate_task(task)
        result = TaskResult(
            task=task,
            id=get_random_id(),
            status=TaskResultStatus.READY,
            enqueued_at=timezone.now(),
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=args,
            kwargs=kwargs,
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )
        run_django_task.apply_async(
            args=(get_module_path(task.func), list(args), dict(kwargs)),
            task_id=result.id,
            queue=None if task.queue_name == "default" else task.queue_name,
            eta=task.run_after,
        )
        return result
