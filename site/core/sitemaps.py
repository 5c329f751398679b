from django.apps import apps
from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from oscar.core.loading import get_model
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")


class ProductSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8
    limit = 5000

    def items(self):
        return Product.objects.browsable().filter(is_public=True).only("id", "slug", "date_updated").order_by("id")

    def lastmod(self, product):
        return product.date_updated


class CategorySitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return Category.objects.filter(is_public=True).order_by("path")


class VendorSitemap(Sitemap):
    """Vendor storefronts (the vendors app's public page per partner)."""

    changefreq = "weekly"
    priority = 0.5

    def items(self):
        VendorProfile = apps.get_model("vendors", "VendorProfile")
        return VendorProfile.objects.order_by("pk").only("slug")

    def location(self, profile):
        return reverse("vendors:storefront", kwargs={"slug": profile.slug})


sitemaps = {
    "pages": WagtailSitemap,
    "products": ProductSitemap,
    "categories": CategorySitemap,
}
if apps.is_installed("vendors"):
    sitemaps["vendors"] = VendorSitemap
