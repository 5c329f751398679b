from oscar.apps.catalogue.abstract_models import AbstractProduct
from wagtail.search import index


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
