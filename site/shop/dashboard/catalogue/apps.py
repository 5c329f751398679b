import oscar.apps.dashboard.catalogue.apps as oscar_apps


class CatalogueDashboardConfig(oscar_apps.CatalogueDashboardConfig):
    name = "shop.dashboard.catalogue"
