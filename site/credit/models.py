"""B2B companies, their credit (applications, decisions, account, ledger), invoices and dunning.

Money is Decimal with two places, as in the payments app. ``CreditAccount.used`` is the
single number that the "never over the limit" rule reads and writes, always under a row
lock; every change to it leaves a ``CreditLedgerEntry`` with an idempotency key, so a
retried task or a replayed refund changes nothing twice.
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

ZERO = Decimal("0.00")

legal_id_validator = RegexValidator(
    r"^(\d{9}|\d{14}|[A-Z]{2}[0-9A-Z]{2,13})$",
    _("Enter a SIREN (9 digits), a SIRET (14 digits) or an EU VAT number (e.g. FR40303265045)."),
)


class Company(models.Model):
    """A business buyer: several members order for it, and it may pay on terms."""

    name = models.CharField(_("company name"), max_length=200)
    legal_id = models.CharField(
        _("SIREN, SIRET or VAT number"), max_length=20, unique=True, validators=[legal_id_validator]
    )
    vat_number = models.CharField(_("VAT number"), max_length=20, blank=True)
    line1 = models.CharField(_("billing address"), max_length=255)
    line2 = models.CharField(_("address line 2"), max_length=255, blank=True)
    postcode = models.CharField(_("postcode"), max_length=16)
    city = models.CharField(_("city"), max_length=120)
    country = models.CharField(_("country"), max_length=2, default="FR")
    discount_percent = models.DecimalField(
        _("negotiated discount (%)"),
        max_digits=5,
        decimal_places=2,
        default=ZERO,
        validators=[MinValueValidator(0), MaxValueValidator(50)],
        help_text=_("Applied to every order the company's members place."),
    )
    years_trading = models.PositiveSmallIntegerField(_("years trading"), null=True, blank=True)
    annual_revenue = models.DecimalField(
        _("annual revenue (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("company")
        verbose_name_plural = _("companies")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(discount_percent__gte=0) & Q(discount_percent__lte=50), name="credit_company_discount_range"
            )
        ]

    def __str__(self):
        return self.name

    @property
    def billing_lines(self) -> list[str]:
        return [
            line for line in (self.name, self.line1, self.line2, f"{self.postcode} {self.city}", self.country) if line
        ]


class CompanyMember(models.Model):
    class Role(models.TextChoices):
        BUYER = "buyer", _("Buyer")
        APPROVER = "approver", _("Approver")
        ADMIN = "admin", _("Administrator")

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="members")
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="company_membership")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.BUYER)
    order_limit = models.DecimalField(
        _("order limit without approval (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Orders above this amount wait for an approver. Empty: no limit."),
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("company member")
        constraints = [
            models.CheckConstraint(
                condition=Q(order_limit__isnull=True) | Q(order_limit__gte=0), name="credit_member_limit_positive"
            )
        ]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()}, {self.company})"

    @property
    def can_buy(self) -> bool:
        return self.role in (self.Role.BUYER, self.Role.ADMIN)

    @property
    def can_approve(self) -> bool:
        return self.role in (self.Role.APPROVER, self.Role.ADMIN)

    def needs_approval(self, amount: Decimal) -> bool:
        return self.order_limit is not None and amount > self.order_limit


class CreditApplication(models.Model):
    class Terms(models.IntegerChoices):
        NET15 = 15, _("Net 15")
        NET30 = 30, _("Net 30")
        NET60 = 60, _("Net 60")

    class Status(models.TextChoices):
        PENDING = "pending", _("Being assessed")
        REFERRED = "referred", _("Referred to our credit team")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    OPEN_STATUSES = (Status.PENDING, Status.REFERRED)

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="credit_applications")
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    terms_days = models.PositiveSmallIntegerField(_("payment terms"), choices=Terms.choices, default=Terms.NET30)
    requested_limit = models.DecimalField(_("requested credit limit (EUR)"), max_digits=12, decimal_places=2)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    consent_text_version = models.CharField(max_length=64)  # sha256 of the consent text the applicant accepted
    consent_at = models.DateTimeField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        constraints = [
            models.CheckConstraint(condition=Q(requested_limit__gt=0), name="credit_application_limit_positive"),
            models.UniqueConstraint(
                fields=["company"], condition=Q(status__in=["pending", "referred"]), name="credit_one_open_application"
            ),
        ]

    def __str__(self):
        return f"{self.company} — {self.get_terms_days_display()}, {self.requested_limit} EUR ({self.status})"

    @property
    def latest_decision(self):
        return self.decisions.order_by("-created", "-pk").first()


class CreditDecision(models.Model):
    """One decision on an application: the automated one, then any staff override. Never edited."""

    class Outcome(models.TextChoices):
        APPROVE = "approve", _("Approve")
        REFER = "refer", _("Refer to a human")
        DECLINE = "decline", _("Decline")

    application = models.ForeignKey(CreditApplication, on_delete=models.CASCADE, related_name="decisions")
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    reason_codes = models.JSONField(default=list)
    inputs = models.JSONField(default=dict)  # the minimised signals the score was computed from
    bureau_name = models.CharField(max_length=40, blank=True)
    bureau_reference = models.CharField(max_length=80, blank=True)
    bureau_score = models.PositiveSmallIntegerField(null=True, blank=True)
    limit = models.DecimalField(max_digits=12, decimal_places=2, default=ZERO)
    terms_days = models.PositiveSmallIntegerField(default=30)
    automated = models.BooleanField(default=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    note = models.TextField(blank=True)
    notified_at = models.DateTimeField(null=True, blank=True)  # the applicant was e-mailed (once)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-pk"]

    def __str__(self):
        return f"{self.get_outcome_display()} ({'automated' if self.automated else self.decided_by})"


class CreditAccount(models.Model):
    company = models.OneToOneField(Company, on_delete=models.CASCADE, related_name="credit_account")
    limit = models.DecimalField(_("credit limit"), max_digits=12, decimal_places=2, default=ZERO)
    terms_days = models.PositiveSmallIntegerField(_("payment terms (days)"), default=30)
    used = models.DecimalField(max_digits=12, decimal_places=2, default=ZERO)  # reserved + invoiced, not yet paid
    on_hold = models.BooleanField(default=False)
    hold_reason = models.CharField(max_length=200, blank=True)
    currency = models.CharField(max_length=3, default="EUR")
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(limit__gte=0), name="credit_account_limit_positive"),
            models.CheckConstraint(condition=Q(used__gte=0), name="credit_account_used_positive"),
        ]

    def __str__(self):
        return f"{self.company}: {self.used}/{self.limit} {self.currency}"

    @property
    def available(self) -> Decimal:
        return max(self.limit - self.used, ZERO)


class CreditReservation(models.Model):
    """Credit held for one terms order (a payment on the "terms" gateway), then invoiced."""

    class Status(models.TextChoices):
        RESERVED = "reserved", _("Reserved")
        INVOICED = "invoiced", _("Invoiced")
        RELEASED = "released", _("Released")

    account = models.ForeignKey(CreditAccount, on_delete=models.PROTECT, related_name="reservations")
    intent = models.OneToOneField("payments.PaymentIntent", on_delete=models.PROTECT, related_name="credit_reservation")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    amount = models.DecimalField(max_digits=12, decimal_places=2)  # what is still owed (less cancelled lines)
    po_number = models.CharField(_("purchase order number"), max_length=40, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.RESERVED)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        constraints = [models.CheckConstraint(condition=Q(amount__gte=0), name="credit_reservation_positive")]

    def __str__(self):
        return f"{self.amount} for intent {self.intent_id} ({self.status})"


class Invoice(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        PAID = "paid", _("Paid in full")
        VOID = "void", _("Cancelled")

    number = models.CharField(max_length=20, unique=True)
    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="invoices")
    reservation = models.OneToOneField(CreditReservation, on_delete=models.PROTECT, related_name="invoice")
    order = models.OneToOneField("order.Order", on_delete=models.PROTECT, related_name="credit_invoice")
    issued_on = models.DateField()
    due_on = models.DateField()
    currency = models.CharField(max_length=3, default="EUR")
    total_excl_tax = models.DecimalField(max_digits=12, decimal_places=2)
    total_tax = models.DecimalField(max_digits=12, decimal_places=2)
    total_incl_tax = models.DecimalField(max_digits=12, decimal_places=2)
    late_fees = models.DecimalField(max_digits=12, decimal_places=2, default=ZERO)
    amount_paid = models.DecimalField(max_digits=12, decimal_places=2, default=ZERO)
    status = models.CharField(max_length=6, choices=Status.choices, default=Status.OPEN)
    po_number = models.CharField(max_length=40, blank=True)
    snapshot = models.JSONField(default=dict)  # seller, buyer, lines: what the PDF prints, frozen at issue
    emailed_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-issued_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_paid__lte=F("total_incl_tax") + F("late_fees")), name="credit_invoice_not_overpaid"
            ),
            models.CheckConstraint(condition=Q(due_on__gte=F("issued_on")), name="credit_invoice_due_after_issue"),
        ]

    def __str__(self):
        return self.number

    @property
    def amount_due(self) -> Decimal:
        return self.total_incl_tax + self.late_fees - self.amount_paid


class InvoiceSequence(models.Model):
    """The last invoice number of a year (locked while numbering: French invoices have no gaps)."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last}"


class InvoicePayment(models.Model):
    class Method(models.TextChoices):
        BANK_TRANSFER = "bank_transfer", _("Bank transfer")
        CARD = "card", _("Card")
        SEPA_DEBIT = "sepa_debit", _("SEPA Direct Debit")
        CREDIT_NOTE = "credit_note", _("Credit note (cancelled lines)")

    invoice = models.ForeignKey(Invoice, on_delete=models.PROTECT, related_name="payments")
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    method = models.CharField(max_length=14, choices=Method.choices)
    reference = models.CharField(_("reference"), max_length=80)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        constraints = [
            models.UniqueConstraint(fields=["method", "reference"], name="credit_payment_reference_once"),
            models.CheckConstraint(condition=Q(amount__gt=0), name="credit_payment_positive"),
        ]

    def __str__(self):
        return f"{self.amount} on {self.invoice} ({self.method} {self.reference})"


class CreditLedgerEntry(models.Model):
    """Every change to an account's used credit, with the balance after it."""

    class Kind(models.TextChoices):
        RESERVE = "reserve", _("Order reserved")
        RELEASE = "release", _("Reservation released")
        PAYMENT = "payment", _("Payment received")
        LATE_FEE = "late_fee", _("Late-payment fee")
        LIMIT = "limit", _("Credit limit set")

    account = models.ForeignKey(CreditAccount, on_delete=models.CASCADE, related_name="entries")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    amount = models.DecimalField(max_digits=12, decimal_places=2)  # signed change of "used" (limit: new limit)
    used_after = models.DecimalField(max_digits=12, decimal_places=2)
    limit_after = models.DecimalField(max_digits=12, decimal_places=2)
    idempotency_key = models.CharField(max_length=120, unique=True)
    invoice = models.ForeignKey(Invoice, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    reservation = models.ForeignKey(
        CreditReservation, null=True, blank=True, on_delete=models.PROTECT, related_name="entries"
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    note = models.CharField(max_length=255, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name_plural = _("credit ledger entries")

    def __str__(self):
        return f"{self.kind} {self.amount} → {self.used_after}"


class DunningNotice(models.Model):
    """One step of the reminder schedule for one invoice; the unique pair makes the daily task idempotent."""

    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE, related_name="dunning_notices")
    step = models.CharField(max_length=20)  # "before_5", "due", "after_7", "after_15", "late_fee"
    emailed_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created", "pk"]
        constraints = [models.UniqueConstraint(fields=["invoice", "step"], name="credit_dunning_step_once")]

    def __str__(self):
        return f"{self.invoice} {self.step}"


class OrderApproval(models.Model):
    """A buyer's terms order above their limit, waiting for a company approver."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        PLACED = "placed", _("Order placed")

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="approvals")
    requester = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    approver = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    basket = models.ForeignKey("basket.Basket", on_delete=models.CASCADE, related_name="+")
    amount = models.DecimalField(max_digits=12, decimal_places=2)
    basket_fingerprint = models.CharField(max_length=64)  # the lines approved; a changed basket needs a new approval
    checkout_data = models.JSONField(default=dict)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    note = models.CharField(max_length=255, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    decided = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created"]
        constraints = [
            models.UniqueConstraint(
                fields=["basket"], condition=Q(status__in=["pending", "approved"]), name="credit_one_live_approval"
            )
        ]

    def __str__(self):
        return f"{self.amount} for {self.requester} ({self.status})"


class CreditConsent(models.Model):
    """What a person agreed to, with the exact text version (hash) shown to them."""

    class Purpose(models.TextChoices):
        SCORING = "scoring", _("Credit assessment")
        TERMS = "terms", _("Payment on terms")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(max_length=10, choices=Purpose.choices)
    text_version = models.CharField(max_length=64)
    text = models.TextField()
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self):
        return f"{self.purpose} {self.text_version[:8]} by {self.user}"
