from django import forms
from django.utils.translation import gettext_lazy as _

CONSENT_WEBINAR = _(
    "I agree that Comptoir stores my name, email and company to run this webinar and email me about it."
)
CONSENT_NEWSLETTER = _("I agree to receive Comptoir's newsletter. I can unsubscribe at any time.")


class HoneypotForm(forms.Form):
    """Bots fill every field; people never see this one."""

    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website"))


class WebinarRegistrationForm(HoneypotForm):
    name = forms.CharField(label=_("Name"), max_length=120)
    email = forms.EmailField(label=_("Email"))
    company = forms.CharField(label=_("Company"), max_length=120, required=False)
    consent = forms.BooleanField(label=CONSENT_WEBINAR)

    field_order = ["name", "email", "company", "consent", "website"]


class NewsletterForm(HoneypotForm):
    email = forms.EmailField(label=_("Email"))
    consent = forms.BooleanField(label=CONSENT_NEWSLETTER)
