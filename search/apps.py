from django.urls import path
from django.utils.translation import gettext_lazy as _
from oscar.core.application import OscarConfig
from oscar.core.loading import get_class


class SearchConfig(OscarConfig):
    label = "search"
    name = "search"
    verbose_name = _("Search")
    namespace = "search"

    def ready(self):
        from search import signals  # noqa: F401

        self.search_view = get_class("search.views", "ProductSearchView")
        self.suggest_view = get_class("search.views", "SuggestView")
        self.review_search_view = get_class("search.views", "ReviewSearchView")

    def get_urls(self):
        urls = [
            path("", self.search_view.as_view(), name="search"),
            path("suggest/", self.suggest_view.as_view(), name="suggest"),
            path("reviews/", self.review_search_view.as_view(), name="review-search"),
        ]
        return self.post_process_urls(urls)
