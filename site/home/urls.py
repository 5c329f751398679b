from django.urls import path

from blog.feeds import BlogAtomFeed, BlogRssFeed
from home import views

urlpatterns = [
    path("webinars/<int:page_id>/register/", views.webinar_register, name="webinar-register"),
    path("webinars/registration/<str:token>/cancel/", views.webinar_cancel, name="webinar-cancel"),
    path("newsletter/", views.newsletter_signup, name="newsletter-signup"),
    path("page-in-language/<int:page_id>/", views.page_in_language, name="page-in-language"),
    path("feeds/blog.rss", BlogRssFeed(), name="blog-feed-rss"),
    path("feeds/blog.atom", BlogAtomFeed(), name="blog-feed-atom"),
]
