"""Editorial page types, the snippets they use (payment options, people) and webinar registrations."""

from dataclasses import dataclass
from datetime import timedelta
from decimal import ROUND_DOWN, Decimal
from zoneinfo import ZoneInfo, available_timezones

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.choosers import ProductChooserBlock
from home.structured_data import article_data, event_data

CENT = Decimal("0.01")
TIME_ZONE_CHOICES = [(name, name) for name in sorted(available_timezones())]


# ---------------------------------------------------------------------------
# Snippets
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class InstalmentSchedule:
    price: Decimal
    fees: Decimal
    total: Decimal
    count: int
    first_amount: Decimal
    other_amount: Decimal


class PaymentOption(TranslatableMixin, models.Model):
    """One way to pay (3 instalments, pay in 30 days, B2B terms…), promoted by the editorial blocks."""

    class Kind(models.TextChoices):
        INSTALMENTS = "instalments", _("Instalments")
        DEFERRED = "deferred", _("Deferred payment")
        B2B_TERMS = "b2b_terms", _("B2B payment terms")
        CARD = "card", _("Card")

    name = models.CharField(_("name"), max_length=80)
    provider = models.CharField(_("provider"), max_length=80)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.INSTALMENTS)
    description = models.TextField(_("description"))
    min_amount = models.DecimalField(_("minimum amount"), max_digits=10, decimal_places=2, default=Decimal("0"))
    max_amount = models.DecimalField(_("maximum amount"), max_digits=10, decimal_places=2, null=True, blank=True)
    instalment_count = models.PositiveSmallIntegerField(
        _("number of instalments"), default=1, validators=[MinValueValidator(1)]
    )
    deferral_days = models.PositiveSmallIntegerField(_("days before the first payment"), default=0)
    fee_percent = models.DecimalField(_("fees (% of the price)"), max_digits=5, decimal_places=2, default=0)
    fee_fixed = models.DecimalField(_("fixed fees (€)"), max_digits=8, decimal_places=2, default=0)
    apr = models.DecimalField(_("APR (%)"), max_digits=5, decimal_places=2, default=0)
    legal_mentions = models.TextField(_("legal mentions"))
    landing_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("provider"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("min_amount"), FieldPanel("max_amount")]),
        FieldRowPanel([FieldPanel("instalment_count"), FieldPanel("deferral_days")]),
        FieldRowPanel([FieldPanel("fee_percent"), FieldPanel("fee_fixed"), FieldPanel("apr")]),
        FieldPanel("legal_mentions"),
        FieldPanel("landing_page"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("payment option")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.name} ({self.provider})"

    def accepts(self, price: Decimal) -> bool:
        return price >= self.min_amount and (self.max_amount is None or price <= self.max_amount)

    def schedule(self, price: Decimal) -> InstalmentSchedule | None:
        """What the shopper pays for ``price``; None when the option does not cover that amount."""
        if price <= 0 or not self.accepts(price):
            return None
        fees = (price * self.fee_percent / 100 + self.fee_fixed).quantize(CENT)
        total = price + fees
        other = (total / self.instalment_count).quantize(CENT, rounding=ROUND_DOWN)
        first = total - other * (self.instalment_count - 1)  # the first instalment takes the rounding cents
        return InstalmentSchedule(price, fees, total, self.instalment_count, first, other)


class Person(TranslatableMixin, index.Indexed, models.Model):
    """A webinar speaker or a blog author."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    company = models.CharField(_("company"), max_length=120, blank=True)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("company"), FieldPanel("bio"), FieldPanel("photo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person (speaker, author)")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name


# ---------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------
class LanguageSwitchMixin:
    """Point the header's language switcher at this page's translation.

    Translated pages have their own slugs (/pay-in-3/ ↔ /fr/paiement-en-3-fois/), so switching language on
    the same path would 404: the switcher goes through a view that redirects to the page's translation.
    """

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        with translation.override(settings.LANGUAGE_CODE):
            context["language_neutral_url_path"] = reverse("page-in-language", args=[self.pk])
        return context


class EditorialPage(LanguageSwitchMixin, Page):
    """Fields every editorial page shares: an introduction, a block body and a social sharing image."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BodyStreamBlock(), blank=True, use_json_field=True)
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared (Open Graph); 1200x630 works best."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    promote_panels = Page.promote_panels + [FieldPanel("social_image")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction

    def structured_data(self, request) -> list[dict]:
        return []


EDITORIAL_CHILDREN = [
    "home.LandingPage",
    "home.GuideIndexPage",
    "home.GuidePage",
    "home.WebinarIndexPage",
    "home.FAQPage",
    "blog.BlogIndexPage",
]


class HomePage(EditorialPage):
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = EDITORIAL_CHILDREN

    class Meta:
        verbose_name = _("home page")


class LandingPage(EditorialPage):
    """A campaign page, e.g. one per payment option."""

    parent_page_types = ["home.HomePage", "home.LandingPage"]
    subpage_types = ["home.LandingPage"]

    class Meta:
        verbose_name = _("landing page")


class FAQPage(EditorialPage):
    """Questions and answers; its FAQ blocks emit schema.org FAQPage data."""

    max_count_per_parent = 1
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("FAQ page")


class GuideIndexPage(EditorialPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.GuidePage"]

    class Meta:
        verbose_name = _("guide index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = GuidePage.objects.child_of(self).live().specific().order_by("title")
        return context


class GuidePage(EditorialPage):
    """A how-to article for shoppers or vendors (paying in instalments, B2B terms…)."""

    related_products = StreamField(
        [("product", ProductChooserBlock())], blank=True, use_json_field=True, verbose_name=_("related products")
    )

    content_panels = EditorialPage.content_panels + [FieldPanel("related_products")]
    parent_page_types = ["home.HomePage", "home.GuideIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("guide")

    @property
    def reading_minutes(self) -> int:
        words = len(str(self.body).split()) + len(self.introduction.split())
        return max(1, round(words / 200))

    @cached_property
    def table_of_contents(self) -> list[dict]:
        """The guide's headings, with the anchors the heading block template gives them."""
        return [
            {"title": block.value, "anchor": slugify(block.value)}
            for block in self.body
            if block.block_type == "heading"
        ]

    def get_context(self, request, *args, **kwargs):
        from home.blocks import ProductCarouselBlock

        context = super().get_context(request, *args, **kwargs)
        chosen = [block.value for block in self.related_products]
        context["related_products"] = ProductCarouselBlock.resolve({"products": chosen, "limit": 12})
        return context

    def structured_data(self, request) -> list[dict]:
        return [article_data(self, request, schema_type="Article")]


class WebinarIndexPage(EditorialPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.WebinarPage"]

    class Meta:
        verbose_name = _("webinar index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        webinars = WebinarPage.objects.child_of(self).live().specific()
        now = timezone.now()
        context["upcoming"] = webinars.filter(starts_at__gte=now).order_by("starts_at")
        context["past"] = webinars.filter(starts_at__lt=now).order_by("-starts_at")
        return context


class WebinarPage(EditorialPage):
    starts_at = models.DateTimeField(_("starts at"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=TIME_ZONE_CHOICES,
        default="Europe/Paris",
        help_text=_("The time zone the event is announced in."),
    )
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=45)
    capacity = models.PositiveIntegerField(_("capacity"), default=100, validators=[MinValueValidator(1)])
    join_url = models.URLField(_("join link"), blank=True, help_text=_("Sent to registered attendees only."))
    replay_url = models.URLField(_("replay video"), blank=True, help_text=_("YouTube or Vimeo; shown after the event."))
    speakers = ParentalManyToManyField("home.Person", blank=True, related_name="webinars")

    content_panels = EditorialPage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("time_zone")]),
                FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("capacity")]),
                FieldPanel("join_url"),
                FieldPanel("replay_url"),
            ],
            heading=_("Event"),
        ),
        FieldPanel("speakers"),
    ]
    parent_page_types = ["home.WebinarIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("webinar")

    @property
    def ends_at(self):
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def local_starts_at(self):
        return self.starts_at.astimezone(ZoneInfo(self.time_zone))

    @property
    def registration_open(self) -> bool:
        return timezone.now() < self.starts_at

    @property
    def has_ended(self) -> bool:
        return timezone.now() >= self.ends_at

    @cached_property
    def registered_count(self) -> int:
        return self.registrations.filter(status=WebinarRegistration.Status.REGISTERED).count()

    @property
    def seats_left(self) -> int:
        return max(0, self.capacity - self.registered_count)

    def get_context(self, request, *args, **kwargs):
        from home.forms import WebinarRegistrationForm

        context = super().get_context(request, *args, **kwargs)
        context["form"] = WebinarRegistrationForm()
        context["speakers"] = list(self.speakers.select_related("photo"))
        return context

    def structured_data(self, request) -> list[dict]:
        return [event_data(self, request)]


# ---------------------------------------------------------------------------
# Registrations and consents
# ---------------------------------------------------------------------------
class WebinarRegistration(models.Model):
    """A seat booked, a place in the waiting list, or a cancelled booking (kept so the history stays whole).

    Statuses change only through home.services (cancelling promotes the first person waiting), so the
    admin shows them read-only.
    """

    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITLISTED = "waitlisted", _("Waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    webinar = models.ForeignKey(WebinarPage, on_delete=models.CASCADE, related_name="registrations")
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"))
    company = models.CharField(_("company"), max_length=120, blank=True)
    consent = models.BooleanField(_("consent"), default=False)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.REGISTERED)
    language = models.CharField(_("language"), max_length=8, default="en")
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    promoted_at = models.DateTimeField(_("moved off the waiting list at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    promotion_emailed_at = models.DateTimeField(null=True, blank=True)
    reminded_24h_at = models.DateTimeField(null=True, blank=True)
    reminded_1h_at = models.DateTimeField(null=True, blank=True)

    panels = [
        FieldPanel("webinar", read_only=True),
        FieldRowPanel([FieldPanel("name"), FieldPanel("email", read_only=True), FieldPanel("company")]),
        FieldRowPanel(
            [
                FieldPanel("status", read_only=True),
                FieldPanel("created_at", read_only=True),
                FieldPanel("promoted_at", read_only=True),
                FieldPanel("cancelled_at", read_only=True),
            ]
        ),
        FieldPanel("consent", read_only=True),
    ]

    class Meta:
        verbose_name = _("webinar registration")
        ordering = ["webinar", "created_at"]
        constraints = [models.UniqueConstraint(fields=["webinar", "email"], name="one_registration_per_email")]
        indexes = [models.Index(fields=["webinar", "status", "created_at"], name="webinar_queue_idx")]

    def __str__(self):
        return f"{self.name} <{self.email}> — {self.webinar}"

    @property
    def waiting_list_position(self) -> int | None:
        """1 for the next person to get a seat; None when not waiting. Annotated in bulk by the admin."""
        if self.status != self.Status.WAITLISTED:
            return None
        annotated = getattr(self, "waiting_position", None)
        if annotated is not None:
            return annotated
        ahead = WebinarRegistration.objects.filter(webinar_id=self.webinar_id, status=self.Status.WAITLISTED).filter(
            models.Q(created_at__lt=self.created_at) | models.Q(created_at=self.created_at, pk__lt=self.pk)
        )
        return ahead.count() + 1

    waiting_list_position.fget.short_description = _("waiting list position")

    @property
    def cancel_url(self) -> str:
        from home.tokens import registration_cancel_token

        return reverse("webinar-cancel", args=[registration_cancel_token(self)])


class NewsletterSubscription(models.Model):
    """A newsletter subscriber, with the consent they gave (text and time) as proof."""

    email = models.EmailField(_("email"), unique=True)
    consent_text = models.TextField(_("consent given"))
    consented_at = models.DateTimeField(_("consented at"), default=timezone.now)
    language = models.CharField(_("language"), max_length=8, default="en")
    source_url = models.CharField(_("signed up on"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("newsletter subscription")
        ordering = ["-consented_at"]

    def __str__(self):
        return self.email
