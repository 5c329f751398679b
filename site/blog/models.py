from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.models import LanguageSwitchMixin
from home.structured_data import article_data

POSTS_PER_PAGE = 12


class BlogCategory(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("blog category")
        verbose_name_plural = _("blog categories")
        ordering = ["name"]

    def __str__(self):
        return self.name


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey("blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items")


class BlogIndexPage(LanguageSwitchMixin, Page):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.BlogPage"]

    class Meta:
        verbose_name = _("blog index")

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction

    def structured_data(self, request) -> list[dict]:
        return []

    def posts(self):
        return (
            BlogPage.objects.child_of(self)
            .live()
            .order_by("-date", "-pk")
            .select_related("social_image")
            .prefetch_related("authors", "categories", "tags")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts = self.posts()
        tag = request.GET.get("tag", "")[:100]
        category = request.GET.get("category", "")[:80]
        if tag:
            posts = posts.filter(tags__slug=tag)
        if category:
            posts = posts.filter(categories__slug=category)
        context["posts"] = Paginator(posts.distinct(), POSTS_PER_PAGE).get_page(request.GET.get("page"))
        context["active_tag"] = tag
        context["active_category"] = category
        context["categories"] = BlogCategory.objects.filter(locale=self.locale)
        return context


class BlogPage(LanguageSwitchMixin, Page):
    date = models.DateField(_("post date"))
    introduction = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BodyStreamBlock(), blank=True, use_json_field=True)
    authors = ParentalManyToManyField("home.Person", blank=True, related_name="blog_posts")
    categories = ParentalManyToManyField(BlogCategory, blank=True, related_name="posts")
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True)
    social_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("authors"),
        FieldPanel("categories"),
        FieldPanel("tags"),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("social_image")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]
    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("blog post")

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction

    @property
    def author_names(self) -> list[str]:
        return [author.name for author in self.authors.all()]

    @property
    def reading_minutes(self) -> int:
        words = len(str(self.body).split()) + len(self.introduction.split())
        return max(1, round(words / 200))

    def structured_data(self, request) -> list[dict]:
        return [article_data(self, request, schema_type="BlogPosting")]
