from django.contrib import admin
from oscar.apps.catalogue.reviews.admin import *  # noqa: F403

from .models import ModerationDecision, ReviewDispute, ReviewReport, SellerBadge, SellerBadgeEvent


@admin.register(ModerationDecision)
class ModerationDecisionAdmin(admin.ModelAdmin):
    """The audit trail is read-only: decisions are made through the moderation queue."""

    list_display = ("date_created", "content_type", "object_id", "decision", "score", "moderator")
    list_filter = ("decision", "content_type")
    search_fields = ("note",)

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(SellerBadgeEvent)
class SellerBadgeEventAdmin(admin.ModelAdmin):
    list_display = ("date_created", "partner", "event")
    list_filter = ("event",)
    search_fields = ("partner__name",)


admin.site.register([ReviewReport, ReviewDispute, SellerBadge])
