import oscar.apps.catalogue.reviews.apps as oscar_apps


class ReviewsConfig(oscar_apps.CatalogueReviewsConfig):
    """Product and vendor reviews. Oscar's ``catalogue.reviews`` app, forked under its own label ``reviews``."""

    name = "reviews"
    label = "reviews"

    def ready(self):
        super().ready()
        from . import receivers  # noqa: F401
