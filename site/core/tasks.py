"""Celery tasks of the core app."""

from celery import shared_task
from django.utils.module_loading import import_string


@shared_task(name="core.run_django_task", acks_late=True)
def run_django_task(function_path: str, args: list, kwargs: dict):
    task = import_string(function_path)
    return task.call(*args, **kwargs)
