from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from core.sanitize import clean_rich_text

from .bulk import MAX_UPLOAD_BYTES
from .models import FulfilmentGroup, VendorApplication, VendorProfile

StockRecord = get_model("partner", "StockRecord")


class StockRecordEditForm(forms.Form):
    price = forms.DecimalField(label=_("Price"), min_value=0, max_digits=12, decimal_places=2)
    num_in_stock = forms.IntegerField(label=_("Stock"), min_value=0, max_value=2_147_483_647)


class UploadForm(forms.Form):
    file = forms.FileField(label=_("Stock sheet (.csv or .xlsx)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than %(mb)s MB.") % {"mb": MAX_UPLOAD_BYTES // 2**20})
        return upload


class ShippingForm(forms.ModelForm):
    """The vendor's flat shipping charge and free-shipping threshold (the model refuses negative amounts)."""

    class Meta:
        model = VendorProfile
        fields = ["shipping_charge", "free_shipping_above"]


class ApiTokenForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=64, help_text=_("e.g. “Warehouse ERP”"))


class ShipForm(forms.Form):
    carrier = forms.CharField(label=_("Carrier"), max_length=64)
    tracking_number = forms.CharField(label=_("Tracking number"), max_length=64)


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=255)


class VendorApplicationForm(forms.ModelForm):
    accept_terms = forms.BooleanField(label=_("I accept the marketplace terms for sellers"))

    class Meta:
        model = VendorApplication
        fields = [
            "company_name",
            "legal_id",
            "contact_name",
            "email",
            "phone",
            "address",
            "categories",
            "payout_iban",
            "description",
        ]
        widgets = {"categories": forms.CheckboxSelectMultiple, "address": forms.Textarea(attrs={"rows": 3})}

    def clean_legal_id(self):
        value = "".join(self.cleaned_data["legal_id"].split()).upper()
        if not (value.isdigit() and len(value) == 14) and not (len(value) >= 8 and value[:2].isalpha()):
            raise forms.ValidationError(_("Enter a 14-digit SIRET or a VAT number such as FR12345678901."))
        return value

    def clean_description(self):
        return clean_rich_text(self.cleaned_data["description"])


class ApplicationReviewForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[
            (VendorApplication.APPROVED, _("Approve")),
            (VendorApplication.MORE_INFO, _("Ask for more information")),
            (VendorApplication.REJECTED, _("Reject")),
        ]
    )
    message = forms.CharField(label=_("Message to the applicant"), widget=forms.Textarea, required=False)

    def clean(self):
        data = super().clean()
        if data.get("decision") != VendorApplication.APPROVED and not data.get("message"):
            self.add_error("message", _("Tell the applicant why."))
        return data


FULFILMENT_ACTIONS = {
    FulfilmentGroup.CONFIRMED: None,
    FulfilmentGroup.SHIPPED: ShipForm,
    FulfilmentGroup.CANCELLED: CancelForm,
}
