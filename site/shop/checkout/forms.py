from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from payments.markets import METHOD_LABELS

Country = get_model("address", "Country")
UserAddress = get_model("address", "UserAddress")

ADDRESS_FIELDS = ("first_name", "last_name", "line1", "line2", "line4", "postcode", "country", "phone_number")


class OnePageCheckoutForm(forms.Form):
    """Contact, delivery address, delivery method and payment on one page."""

    email = forms.EmailField(label=_("Email"), widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    saved_address = forms.ModelChoiceField(
        queryset=UserAddress.objects.none(),
        required=False,
        label=_("Use a saved address"),
        empty_label=_("New address"),
    )
    first_name = forms.CharField(
        label=_("First name"), max_length=255, widget=forms.TextInput(attrs={"autocomplete": "given-name"})
    )
    last_name = forms.CharField(
        label=_("Last name"), max_length=255, widget=forms.TextInput(attrs={"autocomplete": "family-name"})
    )
    line1 = forms.CharField(
        label=_("Address"), max_length=255, widget=forms.TextInput(attrs={"autocomplete": "address-line1"})
    )
    line2 = forms.CharField(
        label=_("Address line 2"),
        max_length=255,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "address-line2"}),
    )
    line4 = forms.CharField(
        label=_("City"), max_length=255, widget=forms.TextInput(attrs={"autocomplete": "address-level2"})
    )
    postcode = forms.CharField(
        label=_("Postcode"), max_length=64, widget=forms.TextInput(attrs={"autocomplete": "postal-code"})
    )
    country = forms.ModelChoiceField(
        queryset=Country.objects.none(), to_field_name="iso_3166_1_a2", label=_("Country"), empty_label=None
    )
    phone_number = forms.CharField(label=_("Phone (for the courier)"), max_length=32, required=False)
    shipping_method = forms.ChoiceField(label=_("Delivery"), widget=forms.RadioSelect)
    payment_method_type = forms.ChoiceField(
        label=_("Payment method"),
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("This payment method is not available for this amount or country.")},
    )
    # Sandbox: a Stripe test card number. Stripe: the pm_… id the Payment Element created in the browser.
    payment_method = forms.CharField(label=_("Test card number"), max_length=100, required=False)
    po_number = forms.CharField(label=_("Purchase order number"), max_length=40, required=False)  # pay by invoice
    # Card instalments: ticked after reading the credit information shown for the chosen plan.
    instalment_consent = forms.BooleanField(
        label=_("I have read the credit information above and accept this instalment plan."), required=False
    )
    expected_total = forms.DecimalField(widget=forms.HiddenInput, max_digits=12, decimal_places=2)
    checkout_token = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args, user, shipping_methods, payment_method_types, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].queryset = Country.objects.filter(is_shipping_country=True).order_by("printable_name")
        self.fields["shipping_method"].choices = [(method.code, method.name) for method in shipping_methods]
        self.fields["payment_method_type"].choices = [
            (code, METHOD_LABELS.get(code, code)) for code in payment_method_types
        ]
        for field in self.fields.values():
            if not isinstance(field.widget, (forms.RadioSelect, forms.CheckboxInput, forms.HiddenInput)):
                field.widget.attrs["class"] = "form-control"
        if user.is_authenticated:
            self.fields["saved_address"].queryset = UserAddress.objects.filter(user=user).select_related("country")
        else:
            del self.fields["saved_address"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("payment_method_type") == "card" and not cleaned.get("payment_method"):
            self.add_error("payment_method", _("Enter your card details."))
        if str(cleaned.get("payment_method_type", "")).startswith("instalments_") and not cleaned.get(
            "instalment_consent"
        ):
            self.add_error(
                "instalment_consent", _("Please read the credit information and accept it to pay in instalments.")
            )
        return cleaned

    def shipping_address_data(self) -> dict:
        data = {name: self.cleaned_data.get(name) or "" for name in ADDRESS_FIELDS}
        data["country"] = self.cleaned_data["country"].iso_3166_1_a2
        return data

    @property
    def expected_total_value(self) -> Decimal:
        return self.cleaned_data["expected_total"]
