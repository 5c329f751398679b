from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import AbstractCategory, AbstractProduct
from wagtail.search import index


class Category(AbstractCategory):
    """Oscar's category with a French name beside ``name`` (English), for the French site."""

    name_fr = models.CharField(_("French name"), max_length=255, blank=True)

    @property
    def localized_name(self) -> str:
        """The French name on the French site when there is one, else the English name."""
        language = translation.get_language() or ""
        if language.split("-")[0] == "fr" and self.name_fr:
            return self.name_fr
        return self.name


class Product(index.Indexed, AbstractProduct):
    """Oscar's product, made searchable through modelsearch (database backend or the search engine)."""

    search_fields = [
        index.SearchField("title", boost=4),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.SearchField("upc", boost=2),
        index.RelatedFields("categories", [index.SearchField("name", boost=2)]),
        index.FilterField("id"),
        index.FilterField("is_public"),
        index.FilterField("parent_id"),
        index.FilterField("structure"),
        index.FilterField("product_class_id"),
        index.FilterField("date_created"),
    ]

    @classmethod
    def get_indexed_objects(cls):
        # Child variants are reached through their parent.
        return cls.objects.exclude(structure=cls.CHILD).prefetch_related("categories")


from oscar.apps.catalogue.models import *  # noqa: E402, F403
