"""Forms only collect input; validation rules live in services (one place for views, e-mail links and imports)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.reviews.forms import SortReviewsForm, VoteForm  # noqa: F401  (Oscar's, reused)

from .models import STAR_CHOICES, ReviewReport

STAR_FIELD_CHOICES = [("", "—"), *[(str(value), label) for value, label in STAR_CHOICES]]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": "image/*,video/mp4,video/webm"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            return [super(MultipleFileField, self).clean(item, initial) for item in data if item]
        return [super().clean(data, initial)] if data else []


class ProductReviewForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("Your rating"),
        choices=STAR_CHOICES,
        coerce=int,
        widget=forms.RadioSelect(attrs={"class": "star-input"}),
    )
    title = forms.CharField(label=_("Title"), max_length=200)
    body = forms.CharField(label=_("Your review"), widget=forms.Textarea(attrs={"rows": 5}), max_length=25000)
    quality_score = forms.ChoiceField(label=_("Quality"), choices=STAR_FIELD_CHOICES, required=False)
    value_score = forms.ChoiceField(label=_("Value for money"), choices=STAR_FIELD_CHOICES, required=False)
    media = MultipleFileField(label=_("Photos or a video (optional)"), required=False)

    def __init__(self, product=None, *args, user=None, **kwargs):
        # Oscar's signature (product first), so Oscar code that builds the form still works.
        self.product, self.user = product, user
        super().__init__(*args, **kwargs)

    def service_kwargs(self) -> dict:
        data = self.cleaned_data
        return {key: data.get(key) for key in ("score", "title", "body", "quality_score", "value_score", "media")}


class VendorRatingForm(forms.Form):
    prefix = "vendor"
    delivery_score = forms.ChoiceField(label=_("Delivery"), choices=STAR_FIELD_CHOICES, required=False)
    communication_score = forms.ChoiceField(label=_("Communication"), choices=STAR_FIELD_CHOICES, required=False)
    as_described_score = forms.ChoiceField(label=_("As described"), choices=STAR_FIELD_CHOICES, required=False)
    body = forms.CharField(
        label=_("About the vendor (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=25000,
    )

    def is_filled(self) -> bool:
        return any(
            self.cleaned_data.get(name) for name in ("delivery_score", "communication_score", "as_described_score")
        )


class ReportForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=ReviewReport.REASONS)
    comment = forms.CharField(
        label=_("Details"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )


class ReplyForm(forms.Form):
    body = forms.CharField(label=_("Public reply"), widget=forms.Textarea(attrs={"rows": 3}), max_length=25000)


class DisputeForm(forms.Form):
    reason = forms.CharField(label=_("Why should this review be removed?"), widget=forms.Textarea(attrs={"rows": 3}))


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("publish", _("Publish")), ("reject", _("Reject"))])
    note = forms.CharField(label=_("Reason sent to the author"), required=False, max_length=2000)


class RejectForm(forms.Form):
    note = forms.CharField(label=_("Reason sent to the author"), max_length=2000)


class DisputeDecisionForm(forms.Form):
    uphold = forms.TypedChoiceField(
        choices=[("1", _("Uphold: reject the review")), ("0", _("Dismiss"))], coerce=lambda value: value == "1"
    )
    note = forms.CharField(label=_("Decision"), max_length=2000)
