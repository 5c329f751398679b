from django.contrib import admin

from search.models import Synonym, ZeroResultQuery


@admin.register(Synonym)
class SynonymAdmin(admin.ModelAdmin):
    list_display = ["terms", "is_active", "date_updated"]
    list_filter = ["is_active"]
    search_fields = ["terms"]


@admin.register(ZeroResultQuery)
class ZeroResultQueryAdmin(admin.ModelAdmin):
    list_display = ["query", "count", "backend", "first_seen", "last_seen"]
    search_fields = ["query"]
    readonly_fields = ["query", "count", "backend", "first_seen", "last_seen"]

    def has_add_permission(self, request):
        return False
