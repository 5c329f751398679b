"""Staff-edited synonyms for the engine's analysers, and the queries that found nothing."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Synonym(models.Model):
    """One line of equivalent words ("sofa, couch, settee"), applied at search time in both languages."""

    terms = models.CharField(
        _("equivalent terms"), max_length=500, help_text=_("Comma-separated words or phrases that mean the same.")
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["terms"]

    def __str__(self) -> str:
        return self.terms

    @property
    def words(self) -> list[str]:
        return [word for word in (part.strip().lower() for part in self.terms.split(",")) if word]


class ZeroResultQuery(models.Model):
    """A normalised query shoppers typed that matched no product, and how often."""

    query = models.CharField(_("query"), max_length=200, unique=True)
    count = models.PositiveIntegerField(_("times searched"), default=1)
    backend = models.CharField(_("answered by"), max_length=20, blank=True)
    first_seen = models.DateTimeField(_("first seen"), auto_now_add=True)
    last_seen = models.DateTimeField(_("last seen"), auto_now=True)

    class Meta:
        verbose_name = _("zero-result query")
        verbose_name_plural = _("zero-result queries")
        ordering = ["-count", "-last_seen"]

    def __str__(self) -> str:
        return self.query
