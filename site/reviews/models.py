"""Reviews of products and vendors, with their moderation trail, collection and incentives.

``ProductReview`` extends Oscar's abstract review before Oscar's own models module
is imported, so Oscar's concrete class is skipped and every ``get_model`` call gets ours.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.reviews.abstract_models import AbstractProductReview

SCORE_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]
STAR_CHOICES = [(value, value) for value in range(1, 6)]


class ModerationStatus(models.IntegerChoices):
    # Same values as Oscar's ProductReview statuses, so one vocabulary serves reviews and replies.
    PENDING = 0, _("Awaiting moderation")
    PUBLISHED = 1, _("Published")
    REJECTED = 2, _("Rejected")


class Moderated(models.Model):
    """What the moderation pipeline records on every piece of user content it judges."""

    moderation_score = models.FloatField(_("moderation score"), default=0)
    moderation_reasons = models.JSONField(_("moderation reasons"), default=list, blank=True)
    submitted_ip = models.GenericIPAddressField(_("submitted from"), null=True, blank=True)
    date_published = models.DateTimeField(_("published"), null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def reason_codes(self) -> list[str]:
        return [reason["code"] for reason in self.moderation_reasons]


class ProductReview(Moderated, AbstractProductReview):
    score = models.SmallIntegerField(_("Score"), choices=STAR_CHOICES, validators=SCORE_VALIDATORS)
    order_line = models.ForeignKey(
        "order.Line", null=True, blank=True, on_delete=models.SET_NULL, related_name="product_reviews"
    )
    partner = models.ForeignKey(
        "partner.Partner", null=True, blank=True, on_delete=models.SET_NULL, related_name="product_reviews"
    )
    is_verified_purchase = models.BooleanField(_("verified purchase"), default=False, db_index=True)
    is_incentivised = models.BooleanField(_("incentivised"), default=False)
    quality_score = models.SmallIntegerField(_("quality"), null=True, blank=True, validators=SCORE_VALIDATORS)
    value_score = models.SmallIntegerField(_("value for money"), null=True, blank=True, validators=SCORE_VALIDATORS)
    has_media = models.BooleanField(default=False, db_index=True)
    source = models.CharField(max_length=20, default="web")
    date_updated = models.DateTimeField(auto_now=True)

    class Meta(AbstractProductReview.Meta):
        constraints = [
            models.CheckConstraint(condition=models.Q(score__gte=1, score__lte=5), name="review_score_1_to_5"),
            models.UniqueConstraint(
                fields=["order_line"], condition=models.Q(order_line__isnull=False), name="one_review_per_line"
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Oscar recomputes the product rating on every save; our services do it once, at the end.
        models.Model.save(self, *args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("Reviews are never deleted: reject them (audit trail).")


class VendorReview(Moderated, models.Model):
    """The shopper's rating of a vendor for one order: delivery, communication, as described."""

    partner = models.ForeignKey("partner.Partner", on_delete=models.CASCADE, related_name="vendor_reviews")
    order = models.ForeignKey("order.Order", null=True, blank=True, on_delete=models.SET_NULL)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    delivery_score = models.SmallIntegerField(_("delivery"), validators=SCORE_VALIDATORS)
    communication_score = models.SmallIntegerField(_("communication"), validators=SCORE_VALIDATORS)
    as_described_score = models.SmallIntegerField(_("as described"), validators=SCORE_VALIDATORS)
    body = models.TextField(_("comment"), blank=True)
    status = models.SmallIntegerField(choices=ModerationStatus.choices, default=ModerationStatus.PENDING)
    is_verified_purchase = models.BooleanField(default=False)
    date_created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["partner", "order"], condition=models.Q(order__isnull=False), name="one_vendor_review_per_order"
            ),
        ]

    def __str__(self):
        return f"{self.partner} — {self.score}/5"

    @property
    def score(self) -> float:
        return round((self.delivery_score + self.communication_score + self.as_described_score) / 3, 2)

    title = ""


class ReviewMedia(models.Model):
    IMAGE, VIDEO = "image", "video"
    review = models.ForeignKey(ProductReview, on_delete=models.CASCADE, related_name="media")
    kind = models.CharField(max_length=10, choices=[(IMAGE, _("Photo")), (VIDEO, _("Video"))])
    file = models.FileField(upload_to="reviews/%Y/%m/")
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()
    date_created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return f"{self.kind} of review {self.review_id}"


class ModerationDecision(models.Model):
    """One line of the audit trail: who (the pipeline or a staff member) decided what, and why."""

    PUBLISH, QUEUE, REJECT = "publish", "queue", "reject"
    DECISIONS = [(PUBLISH, _("Published")), (QUEUE, _("Sent to the moderation queue")), (REJECT, _("Rejected"))]

    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    decision = models.CharField(max_length=10, choices=DECISIONS)
    score = models.FloatField(default=0)
    reasons = models.JSONField(default=list, blank=True)
    moderator = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    note = models.TextField(blank=True)
    date_created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date_created", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.decision} {self.content_type_id}:{self.object_id}"

    @property
    def is_automatic(self) -> bool:
        return self.moderator_id is None


class ReviewReport(models.Model):
    REASONS = [
        ("offensive", _("Offensive or hateful")),
        ("fake", _("Fake or paid review")),
        ("personal_data", _("Contains personal data")),
        ("off_topic", _("Not about the product")),
        ("other", _("Other")),
    ]
    review = models.ForeignKey(ProductReview, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    reason = models.CharField(max_length=20, choices=REASONS)
    comment = models.TextField(blank=True)
    is_resolved = models.BooleanField(default=False)
    date_created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["review", "reporter"], name="one_report_per_reporter")]

    def __str__(self):
        return f"{self.reason} on review {self.review_id}"


class VendorReply(Moderated, models.Model):
    review = models.OneToOneField(ProductReview, on_delete=models.CASCADE, related_name="vendor_reply")
    partner = models.ForeignKey("partner.Partner", on_delete=models.CASCADE, related_name="review_replies")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    body = models.TextField(_("reply"))
    status = models.SmallIntegerField(choices=ModerationStatus.choices, default=ModerationStatus.PENDING)
    date_created = models.DateTimeField(auto_now_add=True)
    date_updated = models.DateTimeField(auto_now=True)

    title = ""

    def __str__(self):
        return f"Reply to review {self.review_id}"

    @property
    def user(self):
        return self.author


class ReviewDispute(models.Model):
    OPEN, UPHELD, DISMISSED = "open", "upheld", "dismissed"
    STATUSES = [(OPEN, _("Open")), (UPHELD, _("Upheld: review removed")), (DISMISSED, _("Dismissed"))]
    review = models.ForeignKey(ProductReview, on_delete=models.CASCADE, related_name="disputes")
    partner = models.ForeignKey("partner.Partner", on_delete=models.CASCADE, related_name="review_disputes")
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    reason = models.TextField()
    status = models.CharField(max_length=10, choices=STATUSES, default=OPEN)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision_note = models.TextField(blank=True)
    date_created = models.DateTimeField(auto_now_add=True)
    date_decided = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["review"], condition=models.Q(status="open"), name="one_open_dispute_per_review"
            )
        ]

    def __str__(self):
        return f"Dispute {self.status} on review {self.review_id}"


class ReviewRequest(models.Model):
    """The review invitation for one delivered (or long-shipped) order line."""

    order_line = models.OneToOneField("order.Line", on_delete=models.CASCADE, related_name="review_request")
    email = models.EmailField()
    shipped_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    due_at = models.DateTimeField(null=True, blank=True, db_index=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    date_created = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Review request for line {self.order_line_id}"


class ReviewOptOut(models.Model):
    email = models.EmailField(unique=True)
    date_created = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.email


class ReviewReward(models.Model):
    """Loyalty points granted for a published review, whatever its score."""

    review = models.OneToOneField(ProductReview, on_delete=models.CASCADE, related_name="reward")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_rewards")
    points = models.PositiveIntegerField()
    breakdown = models.JSONField(default=dict)
    date_created = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.points} points for review {self.review_id}"


class SellerBadge(models.Model):
    partner = models.OneToOneField("partner.Partner", on_delete=models.CASCADE, related_name="seller_badge")
    is_verified = models.BooleanField(default=False)
    metrics = models.JSONField(default=dict)
    date_granted = models.DateTimeField(null=True, blank=True)
    date_computed = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Badge of {self.partner_id}: {self.is_verified}"


class SellerBadgeEvent(models.Model):
    GRANTED, REVOKED = "granted", "revoked"
    partner = models.ForeignKey("partner.Partner", on_delete=models.CASCADE, related_name="seller_badge_events")
    event = models.CharField(max_length=10, choices=[(GRANTED, _("Granted")), (REVOKED, _("Revoked"))])
    metrics = models.JSONField(default=dict)
    date_created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date_created", "-id"]

    def __str__(self):
        return f"{self.event} {self.partner_id}"


from oscar.apps.catalogue.reviews.models import *  # noqa: E402, F403
