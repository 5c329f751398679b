from django.urls import path

from . import views
from .instalments import views as instalment_views

app_name = "payments"

urlpatterns = [
    path("return/", views.payment_return_from_gateway, name="gateway-return"),
    path("return/<int:pk>/", views.payment_return, name="return"),
    path("methods/", views.payment_methods, name="methods"),
    path("orders/<str:number>/refund/", views.order_refund, name="order-refund"),
    path("buy-now/<int:product_pk>/", views.buy_now, name="buy-now"),
    path("sandbox/authenticate/<str:reference>/", views.sandbox_authenticate, name="sandbox-authenticate"),
    path("instalments/plan/<str:reference>/", instalment_views.local_plan_page, name="instalments-local-page"),
    path("instalments/notification/", instalment_views.provider_notification, name="instalments-notification"),
]

# The Stripe webhook is outside the language prefix: see config/urls.py (name "stripe-webhook").
