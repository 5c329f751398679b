from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from core.sitemaps import sitemaps
from payments import views as payments_views

# Order matters (DESIGN.md): admin and Wagtail admin first, Oscar under /shop/,
# Wagtail's page catch-all last.
urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("healthz/", core_views.health, name="health"),
    path("robots.txt", core_views.robots_txt, name="robots-txt"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="django.contrib.sitemaps.views.sitemap"),
    path("shop/payments/stripe/webhook/", payments_views.stripe_webhook, name="stripe-webhook"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("shop/payments/", include("payments.urls")),
    path("shop/vendors/", include("vendors.urls")),
    path("shop/business/", include("credit.urls")),
    path("shop/", include(apps.get_app_config("oscar").urls[0])),
    path("reviews/", include("reviews.urls")),
    path("", include("home.urls")),  # editorial forms and feeds (webinar registration, newsletter, blog feeds)
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
