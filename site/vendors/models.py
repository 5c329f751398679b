"""The marketplace around Oscar's Partner: profiles, onboarding, API tokens, stock change log,
fulfilment groups, commissions, a double-entry ledger in integer cents and payout statements."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

PARTNER = "partner.Partner"


class VendorProfile(models.Model):
    """What the shop shows and needs about a vendor beyond Oscar's Partner (name, users, addresses)."""

    partner = models.OneToOneField(PARTNER, on_delete=models.CASCADE, related_name="vendor_profile")
    slug = models.SlugField(_("slug"), max_length=128, unique=True)
    description = models.TextField(_("description"), blank=True)
    shipping_policy = models.TextField(_("shipping policy"), blank=True)
    returns_policy = models.TextField(_("returns policy"), blank=True)
    commission_rate = models.DecimalField(
        _("commission rate"), max_digits=5, decimal_places=4, default=Decimal("0.1500"), help_text=_("0.15 = 15 %")
    )
    payout_iban = models.CharField(_("IBAN for payouts"), max_length=34, blank=True)
    stripe_account_id = models.CharField(_("Stripe connected account"), max_length=64, blank=True)
    shipping_charge = models.DecimalField(
        _("shipping charge per order"),
        max_digits=8,
        decimal_places=2,
        default=Decimal("0.00"),
        validators=[MinValueValidator(Decimal("0.00"))],
    )
    free_shipping_above = models.DecimalField(
        _("free shipping from"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.00"))],
        help_text=_("Orders of this seller's items at or above this amount ship free. Empty: never free."),
    )

    class Meta:
        verbose_name = _("vendor profile")

    def __str__(self):
        return self.partner.name


class CategoryCommission(models.Model):
    """A commission rate for one vendor in one category, overriding the vendor's rate."""

    partner = models.ForeignKey(PARTNER, on_delete=models.CASCADE, related_name="category_commissions")
    category = models.ForeignKey("catalogue.Category", on_delete=models.CASCADE, related_name="+")
    rate = models.DecimalField(_("commission rate"), max_digits=5, decimal_places=4)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["partner", "category"], name="vendors_one_rate_per_category")]

    def __str__(self):
        return f"{self.partner_id}/{self.category_id}: {self.rate}"


class VendorApplication(models.Model):
    SUBMITTED, MORE_INFO, APPROVED, REJECTED = "submitted", "more_info", "approved", "rejected"
    STATUS_CHOICES = [
        (SUBMITTED, _("Submitted")),
        (MORE_INFO, _("More information requested")),
        (APPROVED, _("Approved")),
        (REJECTED, _("Rejected")),
    ]

    company_name = models.CharField(_("company name"), max_length=128)
    legal_id = models.CharField(_("SIRET or VAT number"), max_length=32)
    contact_name = models.CharField(_("contact name"), max_length=128)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    address = models.TextField(_("address"), blank=True)
    categories = models.ManyToManyField(
        "catalogue.Category", blank=True, related_name="+", verbose_name=_("categories")
    )
    payout_iban = models.CharField(_("IBAN for payouts"), max_length=34, blank=True)
    description = models.TextField(_("what you sell"), blank=True)
    status = models.CharField(_("status"), max_length=16, choices=STATUS_CHOICES, default=SUBMITTED)
    review_message = models.TextField(_("message to the applicant"), blank=True)
    partner = models.OneToOneField(PARTNER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return self.company_name


class ApiToken(models.Model):
    """A vendor system's key to the stock API. Only a SHA-256 of the secret is stored."""

    partner = models.ForeignKey(PARTNER, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=64)
    prefix = models.CharField(max_length=12, db_index=True)
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"


class StockChange(models.Model):
    """One change of a stock record's price and/or stock: who, when, how, old → new."""

    FORM, UPLOAD, API = "form", "upload", "api"
    SOURCE_CHOICES = [(FORM, _("Dashboard form")), (UPLOAD, _("Bulk upload")), (API, _("API"))]

    stockrecord = models.ForeignKey("partner.StockRecord", on_delete=models.CASCADE, related_name="changes")
    partner = models.ForeignKey(PARTNER, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    token = models.ForeignKey(ApiToken, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    source = models.CharField(max_length=8, choices=SOURCE_CHOICES)
    old_price = models.DecimalField(max_digits=12, decimal_places=2, null=True)
    new_price = models.DecimalField(max_digits=12, decimal_places=2, null=True)
    old_stock = models.IntegerField(null=True)
    new_stock = models.IntegerField(null=True)
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created", "-pk"]

    def __str__(self):
        return f"{self.stockrecord_id}: {self.old_price}→{self.new_price}, {self.old_stock}→{self.new_stock}"


class FulfilmentGroup(models.Model):
    """The part of an order one vendor ships."""

    PENDING, CONFIRMED, SHIPPED, DELIVERED, CANCELLED = "pending", "confirmed", "shipped", "delivered", "cancelled"
    STATUS_CHOICES = [
        (PENDING, _("Awaiting confirmation")),
        (CONFIRMED, _("Confirmed")),
        (SHIPPED, _("Shipped")),
        (DELIVERED, _("Delivered")),
        (CANCELLED, _("Cancelled")),
    ]

    order = models.ForeignKey("order.Order", on_delete=models.CASCADE, related_name="fulfilment_groups")
    partner = models.ForeignKey(PARTNER, on_delete=models.CASCADE, related_name="fulfilment_groups")
    status = models.CharField(_("status"), max_length=16, choices=STATUS_CHOICES, default=PENDING)
    carrier = models.CharField(_("carrier"), max_length=64, blank=True)
    tracking_number = models.CharField(_("tracking number"), max_length=64, blank=True)
    shipped_at = models.DateTimeField(null=True, blank=True)
    # The vendor's part of the order's shipping charge, fixed when the group is created (the order is paid).
    shipping_charge = models.DecimalField(
        _("shipping charge"), max_digits=12, decimal_places=2, null=True, blank=True, editable=False
    )
    # Set when the vendor was e-mailed about the new order: the e-mail goes out once however often payment is seen.
    vendor_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-order__date_placed", "pk"]
        constraints = [models.UniqueConstraint(fields=["order", "partner"], name="vendors_one_group_per_vendor")]

    def __str__(self):
        return f"{self.order.number} / {self.partner.name}"


class PayoutStatement(models.Model):
    OPEN, PAID = "open", "paid"
    STATUS_CHOICES = [(OPEN, _("To pay")), (PAID, _("Paid"))]

    partner = models.ForeignKey(PARTNER, on_delete=models.CASCADE, related_name="payout_statements")
    period_start = models.DateTimeField(null=True, blank=True)
    period_end = models.DateTimeField()
    amount_cents = models.BigIntegerField(_("amount to pay (cents)"))
    status = models.CharField(max_length=8, choices=STATUS_CHOICES, default=OPEN)
    gateway = models.CharField(max_length=16, blank=True)
    gateway_reference = models.CharField(max_length=128, blank=True)
    paid_at = models.DateTimeField(null=True, blank=True)
    paid_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-period_end", "-pk"]

    def __str__(self):
        return f"#{self.pk} {self.partner_id} {self.amount_cents}c {self.status}"


class LedgerEntry(models.Model):
    """One leg of a double-entry transaction; the legs of a transaction sum to zero.

    Accounts: ``cash`` (money the platform holds), ``vendor:<id>`` (owed to a vendor),
    ``commission`` (platform revenue), ``shopper`` (refunds owed/paid back to shoppers).
    Debits are positive, credits negative.
    """

    ORDER_PAID, REFUND, COMMISSION, PAYOUT = "order_paid", "refund", "commission", "payout"
    KIND_CHOICES = [
        (ORDER_PAID, _("Order paid")),
        (REFUND, _("Refund")),
        (COMMISSION, _("Commission")),
        (PAYOUT, _("Payout")),
    ]

    transaction = models.CharField(max_length=96, db_index=True)
    kind = models.CharField(max_length=16, choices=KIND_CHOICES)
    account = models.CharField(max_length=32, db_index=True)
    # the account name keeps the vendor id if the partner is ever deleted
    partner = models.ForeignKey(PARTNER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    amount_cents = models.BigIntegerField()
    order = models.ForeignKey("order.Order", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    statement = models.ForeignKey(
        PayoutStatement, null=True, blank=True, on_delete=models.SET_NULL, related_name="entries"
    )
    pending = models.BooleanField(default=False, help_text=_("A refund recorded before the payment layer made it."))
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["transaction", "account"], name="vendors_one_leg_per_account"),
        ]

    def __str__(self):
        return f"{self.transaction} {self.account} {self.amount_cents}"
