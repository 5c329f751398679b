import oscar.apps.dashboard.reviews.apps as oscar_apps


class ReviewsDashboardConfig(oscar_apps.ReviewsDashboardConfig):
    """Oscar's review screens, routed through the reviews moderation pipeline (every decision is logged).

    The URL names (reviews-list, reviews-update, reviews-delete) stay, so Oscar's dashboard navigation works.
    """

    name = "shop.dashboard.reviews"
