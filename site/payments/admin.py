"""Read-only audit views for staff (Django admin): what shoppers accepted before paying in instalments."""

from django.contrib import admin

from .models import InstalmentConsent


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(InstalmentConsent)
class InstalmentConsentAdmin(ReadOnlyAdmin):
    list_display = ("accepted_at", "email", "option_name", "instalment_count", "amount", "fees", "apr", "text_hash")
    list_filter = ("provider", "instalment_count", "language")
    search_fields = ("email", "text_hash", "intent__reference")
    date_hierarchy = "accepted_at"
