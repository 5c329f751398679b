"""Domain events that cross apps (payments → marketplace ledger, fulfilment → reviews, …).

Senders and receivers only share these names, never each other's modules.
"""

from django.dispatch import Signal

# An order's payment was captured. kwargs: order, amount (Decimal), currency (str), reference (str).
order_paid = Signal()

# Money went back to the shopper. kwargs: order, amount (Decimal), currency, reference,
# lines (list of (order Line, quantity)), reason (str).
refund_succeeded = Signal()

# A vendor shipped or delivered lines.
# kwargs: order, partner, lines (list of order Line), status ("shipped" or "delivered").
fulfilment_changed = Signal()

# A gateway payment that no basket checkout started (an invoice paid online…) changed status.
# kwargs: response (payments.gateways.base.PaymentResponse, with the metadata the payment was created with).
gateway_payment_unmatched = Signal()
