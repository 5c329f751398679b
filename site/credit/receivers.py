from django.dispatch import receiver

from core.signals import fulfilment_changed, gateway_payment_unmatched, refund_succeeded

from . import services


@receiver(fulfilment_changed, dispatch_uid="credit.invoice_on_dispatch")
def invoice_on_dispatch(sender, order, status, **kwargs):
    if status == "shipped":
        services.invoice_issue(order=order)


@receiver(refund_succeeded, dispatch_uid="credit.invoice_after_cancellation")
def invoice_after_cancellation(sender, order, **kwargs):
    # The last vendor cancelling its lines completes the dispatch of the rest.
    if order is not None:
        services.invoice_issue(order=order)


@receiver(gateway_payment_unmatched, dispatch_uid="credit.invoice_paid_online")
def invoice_paid_online(sender, response, **kwargs):
    return services.invoice_payment_apply(response=response)
