from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.customer.abstract_models import AbstractUser


class User(AbstractUser):
    """One account for the shop, the vendor dashboard and the Wagtail admin; people sign in with their email.

    Custom from the first migration so that fields can be added later without
    swapping the user model under existing data.
    """

    preferred_language = models.CharField(
        _("preferred language"),
        max_length=10,
        blank=True,
        help_text=_("Language of the emails we send; the site language is used when empty."),
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        abstract = False
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.email
