"""Read-only audit views for staff (Django admin): consents and credit decisions, never edited."""

from django.contrib import admin

from payments.admin import ReadOnlyAdmin

from .models import CreditConsent, CreditDecision


@admin.register(CreditConsent)
class CreditConsentAdmin(ReadOnlyAdmin):
    list_display = ("created", "company", "user", "purpose", "text_version")
    list_filter = ("purpose",)
    search_fields = ("company__name", "company__legal_id", "user__email", "text_version")


@admin.register(CreditDecision)
class CreditDecisionAdmin(ReadOnlyAdmin):
    list_display = ("created", "application", "outcome", "score", "automated", "decided_by")
    list_filter = ("outcome", "automated")
    search_fields = ("application__company__name", "note")
