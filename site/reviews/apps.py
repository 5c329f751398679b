import oscar.apps.catalogue.reviews.apps as oscar_apps


class ReviewsConfig(oscar_apps.CatalogueReviewsConfig):
    """Product reviews. Oscar's ``catalogue.reviews`` app, forked under its own label ``reviews``."""

    name = "reviews"
    label = "reviews"
