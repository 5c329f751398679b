from django.urls import path

from . import views

app_name = "reviews"

urlpatterns = [
    path("write/<str:token>/", views.ReviewWriteView.as_view(), name="write"),
    path("unsubscribe/<str:token>/", views.UnsubscribeView.as_view(), name="unsubscribe"),
    path("<int:pk>/report/", views.report_review, name="report"),
    path("vendor/", views.VendorReviewListView.as_view(), name="vendor-reviews"),
    path("vendor/<int:pk>/reply/", views.vendor_reply, name="vendor-reply"),
    path("vendor/<int:pk>/dispute/", views.vendor_dispute, name="vendor-dispute"),
    path("statistics/", views.VendorStatisticsView.as_view(), name="statistics"),
    path("statistics.csv", views.vendor_statistics_csv, name="statistics-csv"),
    path("moderation/", views.ModerationQueueView.as_view(), name="moderation-queue"),
    path("moderation/<str:kind>/<int:pk>/", views.moderation_decide, name="moderation-decide"),
    path("moderation/dispute/<int:pk>/", views.dispute_decide, name="dispute-decide"),
]
