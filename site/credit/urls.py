from django.urls import path

from . import views, views_analytics, views_staff

app_name = "credit"

urlpatterns = [
    path("", views.CompanyView.as_view(), name="company"),
    path("open/", views.CompanyCreateView.as_view(), name="company-create"),
    path("apply/", views.ApplyView.as_view(), name="apply"),
    path("members/", views.MemberAddView.as_view(), name="members"),
    path("invoices/<str:number>.pdf", views.invoice_pdf_view, name="invoice-pdf"),
    path("invoices/<str:number>/pay/", views.InvoicePayView.as_view(), name="invoice-pay"),
    path("invoices/<str:number>/paid/", views.InvoicePayReturnView.as_view(), name="invoice-pay-return"),
    path("approvals/<int:pk>/", views.ApprovalDecideView.as_view(), name="approval-decide"),
    path("export.json", views.company_export_view, name="export"),
    path("staff/applications/", views_staff.ApplicationListView.as_view(), name="staff-applications"),
    path("staff/applications/<int:pk>/", views_staff.ApplicationDetailView.as_view(), name="staff-application"),
    path("staff/companies/", views_staff.CompanyListView.as_view(), name="staff-companies"),
    path("staff/companies/<int:pk>/", views_staff.CompanyDetailView.as_view(), name="staff-company"),
    path("staff/invoices/<int:pk>/payment/", views_staff.InvoicePaymentView.as_view(), name="staff-invoice-payment"),
    path("staff/invoices/<int:pk>.pdf", views_staff.invoice_pdf_staff_view, name="staff-invoice-pdf"),
    path("staff/analytics/", views_analytics.AnalyticsView.as_view(), name="staff-analytics"),
    path("staff/analytics.csv", views_analytics.AnalyticsCsvView.as_view(), name="staff-analytics-csv"),
]
