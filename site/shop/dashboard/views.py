"""Dashboard home: staff keep Oscar's shop-wide overview, vendors get their marketplace home."""

from oscar.apps.dashboard import views as oscar_views


class IndexView(oscar_views.IndexView):
    def get(self, request, *args, **kwargs):
        if not request.user.is_staff:
            from vendors.views_dashboard import VendorHomeView

            return VendorHomeView.as_view()(request)
        return super().get(request, *args, **kwargs)
