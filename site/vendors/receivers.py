"""The ledger listens to the payment layer through core.signals (it never imports payments)."""

from django.db.models.signals import pre_save
from django.dispatch import receiver

from core import signals
from core.sanitize import clean_rich_text

from . import services
from .models import VendorApplication, VendorProfile


@receiver(pre_save, sender=VendorProfile, dispatch_uid="vendors.sanitize_profile")
@receiver(pre_save, sender=VendorApplication, dispatch_uid="vendors.sanitize_application")
def sanitize_description(sender, instance, **kwargs):
    instance.description = clean_rich_text(instance.description)


@receiver(signals.order_paid, dispatch_uid="vendors.ledger_order_paid")
def record_order_paid(sender, order, amount, currency, reference, **kwargs):
    services.ledger_record_order_paid(order=order, amount=amount, reference=reference)


@receiver(signals.order_paid, dispatch_uid="vendors.new_order_email")
def email_vendors_new_order(sender, order, **kwargs):
    from .tasks import notify_vendors_of_new_order

    notify_vendors_of_new_order.delay_on_commit(order.pk)


@receiver(signals.refund_succeeded, dispatch_uid="vendors.ledger_refund")
def record_refund(sender, order, amount, currency, reference, lines=(), reason="", **kwargs):
    services.ledger_record_refund(order=order, amount=amount, reference=reference, lines=list(lines))
