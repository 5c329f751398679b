"""Marketplace e-mails (sent after commit by the services)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _


def _send(*, subject: str, template: str, context: dict, to: list[str]) -> None:
    to = [address for address in to if address]
    if to:
        send_mail(subject, render_to_string(template, context), settings.DEFAULT_FROM_EMAIL, to)


def send_application_decision(*, application) -> None:
    _send(
        subject=_("Your Comptoir vendor application: %(status)s") % {"status": application.get_status_display()},
        template="vendors/emails/application_decision.txt",
        context={"application": application, "site_url": settings.WAGTAILADMIN_BASE_URL},
        to=[application.email],
    )


def send_shipped(*, group) -> None:
    order = group.order
    _send(
        subject=_("Order %(number)s: %(vendor)s shipped your items")
        % {"number": order.number, "vendor": group.partner.name},
        template="vendors/emails/shipped.txt",
        context={"group": group, "order": order},
        to=[order.email],
    )


def send_new_order(*, group) -> None:
    _send(
        subject=_("New order %(number)s to ship") % {"number": group.order.number},
        template="vendors/emails/new_order.txt",
        context={
            "group": group,
            "order": group.order,
            "lines": group.order.lines.filter(partner=group.partner).order_by("pk"),
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("dashboard:vendors-fulfilment-detail", kwargs={"pk": group.pk}),
        },
        to=list(group.partner.users.values_list("email", flat=True)),
    )
