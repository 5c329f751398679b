import oscar.apps.dashboard.orders.apps as oscar_apps


class OrdersDashboardConfig(oscar_apps.OrdersDashboardConfig):
    name = "shop.dashboard.orders"

    def configure_permissions(self):
        super().configure_permissions()
        # The shopper's address belongs to the whole order: only staff change it (vendors read it on the order).
        self.permissions_map["order-shipping-address"] = (["is_staff"],)
