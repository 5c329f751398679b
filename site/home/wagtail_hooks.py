"""Admin: snippets for payment options, people and consents; registrations exportable as CSV."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.choosers import category_chooser_viewset, product_chooser_viewset
from home.models import NewsletterSubscription, PaymentOption, Person, WebinarRegistration
from home.selectors import with_waiting_list_position


class PaymentOptionViewSet(SnippetViewSet):
    model = PaymentOption
    icon = "doc-full"
    list_display = ["name", "provider", "kind", "instalment_count", "min_amount", "max_amount", "apr"]
    list_filter = ["kind", "locale"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "company"]
    search_fields = ["name", "company"]


class WebinarRegistrationViewSet(SnippetViewSet):
    model = WebinarRegistration
    icon = "group"
    list_display = ["name", "email", "company", "webinar", "status", "waiting_list_position", "created_at"]
    list_filter = ["webinar", "status"]
    list_export = [
        "webinar",
        "name",
        "email",
        "company",
        "consent",
        "status",
        "waiting_list_position",
        "language",
        "created_at",
        "promoted_at",
        "cancelled_at",
    ]
    export_filename = "webinar-registrations"
    search_fields = ["name", "email", "company"]
    ordering = ["-created_at"]

    def get_queryset(self, request):
        # Positions come annotated with the list, not one count per row.
        return with_waiting_list_position(WebinarRegistration.objects.select_related("webinar"))


class NewsletterSubscriptionViewSet(SnippetViewSet):
    model = NewsletterSubscription
    icon = "mail"
    list_display = ["email", "language", "consented_at"]
    list_export = ["email", "language", "consented_at", "consent_text", "source_url"]
    export_filename = "newsletter-subscriptions"
    search_fields = ["email"]


class EditorialSnippets(SnippetViewSetGroup):
    menu_label = _("Editorial")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (PaymentOptionViewSet, PersonViewSet, WebinarRegistrationViewSet, NewsletterSubscriptionViewSet)


register_snippet(EditorialSnippets)


@hooks.register("register_admin_viewset")
def register_commerce_choosers():
    return [product_chooser_viewset, category_chooser_viewset]
