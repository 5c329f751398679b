import oscar.apps.dashboard.apps as oscar_apps


class DashboardConfig(oscar_apps.DashboardConfig):
    name = "shop.dashboard"
