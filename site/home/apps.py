from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Editorial pages")

    def ready(self):
        from wagtail.signals import page_published

        from home.models import WebinarPage

        page_published.connect(promote_after_publish, sender=WebinarPage, dispatch_uid="home.webinar-promote")


def promote_after_publish(sender, instance, **kwargs):
    """An editor who raises a webinar's capacity hands the new seats to the waiting list straight away."""
    from home.services import webinar_waiting_list_promote

    webinar_waiting_list_promote(webinar=instance)
