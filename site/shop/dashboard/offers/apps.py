import oscar.apps.dashboard.offers.apps as oscar_apps


class OffersDashboardConfig(oscar_apps.OffersDashboardConfig):
    """Oscar's offer screens, with condition/incentive forms that survive custom (proxy) classes."""

    name = "shop.dashboard.offers"
