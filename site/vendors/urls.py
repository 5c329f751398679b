from django.urls import path

from . import api, views

app_name = "vendors"
urlpatterns = [
    path("apply/", views.ApplyView.as_view(), name="apply"),
    path("apply/thanks/", views.apply_done, name="apply-done"),
    path("api/stock/", api.stock_update, name="api-stock"),
    path("<slug:slug>/", views.storefront, name="storefront"),
]
