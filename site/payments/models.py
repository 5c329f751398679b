"""What we know about money: payment attempts, stock held for them, webhook events and refunds.

The gateway (Stripe or the sandbox) is the source of truth for the money itself;
these rows are our side of the story, written so that every step can run twice
(browser return + webhook + reconciliation) and still act once.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PaymentIntent(models.Model):
    """One attempt to pay for one basket (a Stripe PaymentIntent on the gateway side)."""

    class Status(models.TextChoices):
        CREATED = "created", _("Created")
        REQUIRES_ACTION = "requires_action", _("Requires authentication")
        PROCESSING = "processing", _("Processing")
        SUCCEEDED = "succeeded", _("Succeeded")
        FAILED = "failed", _("Failed")
        REFUNDED_OUT_OF_STOCK = "refunded_out_of_stock", _("Refunded: out of stock")

    FINAL_STATUSES = (Status.SUCCEEDED, Status.FAILED, Status.REFUNDED_OUT_OF_STOCK)

    idempotency_key = models.CharField(max_length=80, unique=True)
    gateway = models.CharField(max_length=20)
    reference = models.CharField(max_length=80, blank=True, db_index=True)  # pi_… on the gateway
    client_secret = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=30, choices=Status.choices, default=Status.CREATED)
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    currency = models.CharField(max_length=3)
    basket = models.ForeignKey("basket.Basket", null=True, on_delete=models.SET_NULL, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    email = models.EmailField()
    checkout_data = models.JSONField(default=dict)  # shipping address and method chosen on the page
    order = models.OneToOneField(
        "order.Order", null=True, blank=True, on_delete=models.SET_NULL, related_name="payment_intent"
    )
    last_error_code = models.CharField(max_length=60, blank=True)
    last_error_message = models.CharField(max_length=255, blank=True)
    emails_sent = models.JSONField(default=list)  # kinds already sent, so a retried task sends nothing twice
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.reference or self.idempotency_key} ({self.status})"

    @property
    def is_final(self) -> bool:
        return self.status in self.FINAL_STATUSES


class StockReservation(models.Model):
    """Stock allocated to a payment attempt before the payment is confirmed."""

    intent = models.ForeignKey(PaymentIntent, on_delete=models.CASCADE, related_name="reservations")
    stockrecord = models.ForeignKey("partner.StockRecord", on_delete=models.CASCADE, related_name="+")
    quantity = models.PositiveIntegerField()
    released = models.BooleanField(default=False)  # given back (payment failed or expired)
    converted = models.BooleanField(default=False)  # became an order's allocation

    class Meta:
        constraints = [models.UniqueConstraint(fields=["intent", "stockrecord"], name="one_reservation_per_record")]

    def __str__(self) -> str:
        return f"{self.quantity} of stock record {self.stockrecord_id}"


class WebhookEvent(models.Model):
    """Each gateway event id is stored once: a replayed delivery finds its row and stops."""

    event_id = models.CharField(max_length=80, unique=True)
    type = models.CharField(max_length=80)
    payload = models.JSONField()
    received = models.DateTimeField(auto_now_add=True)
    processed = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.event_id} {self.type}"


class Refund(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SUCCEEDED = "succeeded", _("Succeeded")
        FAILED = "failed", _("Failed")

    class Reason(models.TextChoices):
        OUT_OF_STOCK = "out_of_stock", _("Out of stock after payment")
        REQUESTED = "requested_by_customer", _("Requested by the customer")
        VENDOR_CANCELLED = "vendor_cancelled", _("Cancelled by the vendor")
        OTHER = "other", _("Other")

    intent = models.ForeignKey(PaymentIntent, on_delete=models.PROTECT, related_name="refunds")
    order = models.ForeignKey("order.Order", null=True, blank=True, on_delete=models.PROTECT, related_name="refunds")
    idempotency_key = models.CharField(max_length=80, unique=True)
    reference = models.CharField(max_length=80, blank=True)  # re_… on the gateway
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    currency = models.CharField(max_length=3)
    reason = models.CharField(max_length=200)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    initiated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.amount} {self.currency} ({self.status})"


class RefundLine(models.Model):
    refund = models.ForeignKey(Refund, on_delete=models.CASCADE, related_name="lines")
    line = models.ForeignKey("order.Line", on_delete=models.PROTECT, related_name="refund_lines")
    quantity = models.PositiveIntegerField()
    amount = models.DecimalField(max_digits=12, decimal_places=2)

    def __str__(self) -> str:
        return f"{self.quantity} of line {self.line_id}"


class SavedPaymentMethod(models.Model):
    """A card a signed-in shopper saved for one-click buy (SetupIntent on Stripe)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="payment_methods")
    gateway = models.CharField(max_length=20)
    customer_reference = models.CharField(max_length=80)  # cus_…
    reference = models.CharField(max_length=80)  # pm_…
    brand = models.CharField(max_length=30, blank=True)
    last4 = models.CharField(max_length=4, blank=True)
    is_default = models.BooleanField(default=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "reference"], name="one_saved_method_per_reference")]

    def __str__(self) -> str:
        return f"{self.brand} •••• {self.last4}"


class SandboxObject(models.Model):
    """State of the local sandbox gateway (what Stripe keeps on its side in test mode)."""

    object_id = models.CharField(max_length=80, primary_key=True)
    kind = models.CharField(max_length=30)
    idempotency_key = models.CharField(max_length=120, unique=True, null=True, blank=True)
    data = models.JSONField(default=dict)
    created = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.object_id


class InstalmentConsent(models.Model):
    """A shopper's acceptance of the consumer-credit information shown before an instalment plan.

    `text` is exactly what was shown (schedule, total cost, fees, APR, legal mentions) in the shopper's
    language; `text_hash` its SHA-256 and `legal_text_version` the version of the snippet's legal mentions.
    Written in the same transaction as the payment attempt, before the provider is asked for the plan.
    """

    intent = models.OneToOneField(PaymentIntent, on_delete=models.PROTECT, related_name="instalment_consent")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    email = models.EmailField()
    payment_option = models.ForeignKey(
        "home.PaymentOption", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    option_name = models.CharField(max_length=120)  # kept when the snippet is edited or deleted
    provider = models.CharField(max_length=40)
    instalment_count = models.PositiveSmallIntegerField()
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    fees = models.DecimalField(max_digits=12, decimal_places=2)
    apr = models.DecimalField(max_digits=5, decimal_places=2)
    currency = models.CharField(max_length=3)
    schedule = models.JSONField()  # [{"due_date", "total", "fee"}] as shown
    language = models.CharField(max_length=10)
    text = models.TextField()
    text_hash = models.CharField(max_length=64)
    legal_text_version = models.CharField(max_length=16)
    accepted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-accepted_at"]
        constraints = [
            models.CheckConstraint(condition=models.Q(instalment_count__gte=2), name="consent_two_instalments_or_more"),
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="consent_positive_amount"),
        ]

    def __str__(self) -> str:
        return f"{self.email}: {self.instalment_count}x {self.option_name} ({self.accepted_at:%Y-%m-%d %H:%M})"
