import oscar.apps.dashboard.apps as oscar_apps


class DashboardConfig(oscar_apps.DashboardConfig):
    name = "shop.dashboard"

    def configure_permissions(self):
        super().configure_permissions()
        from vendors.dashboard_urls import PERMISSIONS

        self.permissions_map.update(PERMISSIONS)

    def get_urls(self):
        from vendors.dashboard_urls import urlpatterns

        return super().get_urls() + self.post_process_urls(urlpatterns)
