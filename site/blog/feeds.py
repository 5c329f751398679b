"""RSS and Atom feeds of the blog, in the language of the request."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from blog.models import BlogIndexPage

FEED_SIZE = 20


class BlogRssFeed(Feed):
    def get_object(self, request):
        index = BlogIndexPage.objects.live().filter(locale=Locale.get_active()).first()
        if index is None:
            raise Http404
        self.request = request
        return index

    def title(self, index):
        return _("Comptoir blog — %(title)s") % {"title": index.title}

    def link(self, index):
        return index.url

    def description(self, index):
        return index.introduction

    def items(self, index):
        return index.posts()[:FEED_SIZE]

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.introduction

    def item_link(self, post):
        return post.url

    def item_pubdate(self, post):
        return timezone.make_aware(datetime.combine(post.date, time(9)))

    def item_updateddate(self, post):
        return post.last_published_at

    def item_author_name(self, post):
        return ", ".join(post.author_names) or None

    def item_categories(self, post):
        return [category.name for category in post.categories.all()] + [tag.name for tag in post.tags.all()]


class BlogAtomFeed(BlogRssFeed):
    feed_type = Atom1Feed
    subtitle = BlogRssFeed.description
