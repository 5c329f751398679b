"""Marketplace URLs inside the dashboard namespace, with who may use each (Oscar's permission map format)."""

from django.urls import path

from . import views_dashboard as v

VENDOR = (["is_staff"], ["partner.dashboard_access"])
STAFF = (["is_staff"],)

ROUTES = [
    # (route, view, name, permissions)
    ("marketplace/", v.VendorHomeView.as_view(), "vendors-home", VENDOR),
    ("marketplace/stock/", v.StockListView.as_view(), "vendors-stock-list", VENDOR),
    ("marketplace/stock/<int:pk>/", v.StockEditView.as_view(), "vendors-stock-edit", VENDOR),
    ("marketplace/stock/changes/", v.StockChangeListView.as_view(), "vendors-stock-changes", VENDOR),
    ("marketplace/stock/sheet.csv", v.StockSheetView.as_view(), "vendors-stock-sheet", VENDOR),
    ("marketplace/stock/upload/", v.StockUploadView.as_view(), "vendors-stock-upload", VENDOR),
    ("marketplace/shipping/", v.ShippingEditView.as_view(), "vendors-shipping", VENDOR),
    ("marketplace/tokens/", v.ApiTokenListView.as_view(), "vendors-tokens", VENDOR),
    ("marketplace/tokens/<int:pk>/revoke/", v.ApiTokenRevokeView.as_view(), "vendors-token-revoke", VENDOR),
    ("marketplace/fulfilment/", v.FulfilmentListView.as_view(), "vendors-fulfilment-list", VENDOR),
    ("marketplace/fulfilment/<int:pk>/", v.FulfilmentDetailView.as_view(), "vendors-fulfilment-detail", VENDOR),
    ("marketplace/statements/", v.StatementListView.as_view(), "vendors-statement-list", VENDOR),
    ("marketplace/statements/<int:pk>/", v.StatementDetailView.as_view(), "vendors-statement-detail", VENDOR),
    (
        "marketplace/statements/<int:pk>/csv/",
        v.StatementDownloadView.as_view(kind="csv"),
        "vendors-statement-csv",
        VENDOR,
    ),
    (
        "marketplace/statements/<int:pk>/pdf/",
        v.StatementDownloadView.as_view(kind="pdf"),
        "vendors-statement-pdf",
        VENDOR,
    ),
    ("marketplace/applications/", v.ApplicationListView.as_view(), "vendors-application-list", STAFF),
    ("marketplace/applications/<int:pk>/", v.ApplicationReviewView.as_view(), "vendors-application-review", STAFF),
]

PERMISSIONS = {name: permissions for _route, _view, name, permissions in ROUTES}
urlpatterns = [path(route, view, name=name) for route, view, name, _permissions in ROUTES]
