from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyStreamBlock


class EditorialPage(Page):
    """Fields every editorial page shares: an introduction and a block body."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BodyStreamBlock(), blank=True, use_json_field=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    class Meta:
        abstract = True


class HomePage(EditorialPage):
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.LandingPage", "home.GuidePage", "blog.BlogIndexPage"]

    class Meta:
        verbose_name = _("home page")


class LandingPage(EditorialPage):
    """A campaign page, e.g. one per payment option."""

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("landing page")


class GuidePage(EditorialPage):
    """A how-to article for shoppers or vendors (paying in instalments, B2B terms…)."""

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("guide")

    @property
    def reading_minutes(self) -> int:
        words = len(str(self.body).split()) + len(self.introduction.split())
        return max(1, round(words / 200))
