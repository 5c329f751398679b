from decimal import Decimal

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Company, CompanyMember, CreditApplication, CreditDecision, InvoicePayment


class BootstrapMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if not isinstance(field.widget, (forms.CheckboxInput, forms.RadioSelect)):
                field.widget.attrs.setdefault("class", "form-control")


class CompanyForm(BootstrapMixin, forms.ModelForm):
    class Meta:
        model = Company
        fields = ["name", "legal_id", "vat_number", "line1", "line2", "postcode", "city", "country"]

    def clean_legal_id(self):
        return self.cleaned_data["legal_id"].replace(" ", "").upper()


class ApplicationForm(BootstrapMixin, forms.Form):
    terms_days = forms.TypedChoiceField(
        label=_("Payment terms"), choices=CreditApplication.Terms.choices, coerce=int, initial=30
    )
    requested_limit = forms.DecimalField(
        label=_("Credit limit requested (EUR)"),
        max_digits=12,
        decimal_places=2,
        min_value=Decimal("100.00"),
        max_value=Decimal(settings.CREDIT_MAX_LIMIT),
    )
    annual_revenue = forms.DecimalField(
        label=_("Annual revenue (EUR)"), max_digits=14, decimal_places=2, min_value=0, required=False
    )
    years_trading = forms.IntegerField(label=_("Years trading"), min_value=0, max_value=300, required=False)
    consent = forms.BooleanField(label=_("I have read and accept the text above."))


class MemberForm(BootstrapMixin, forms.Form):
    email = forms.EmailField(label=_("E-mail of an existing Comptoir account"))
    role = forms.ChoiceField(label=_("Role"), choices=CompanyMember.Role.choices)
    order_limit = forms.DecimalField(
        label=_("Order limit without approval (EUR)"), max_digits=12, decimal_places=2, min_value=0, required=False
    )


class OverrideForm(BootstrapMixin, forms.Form):
    outcome = forms.ChoiceField(
        label=_("Decision"),
        choices=[(CreditDecision.Outcome.APPROVE, _("Approve")), (CreditDecision.Outcome.DECLINE, _("Decline"))],
    )
    limit = forms.DecimalField(
        label=_("Limit (EUR)"),
        max_digits=12,
        decimal_places=2,
        min_value=0,
        required=False,
        max_value=Decimal(settings.CREDIT_MAX_LIMIT),
    )
    terms_days = forms.TypedChoiceField(
        label=_("Payment terms"), choices=CreditApplication.Terms.choices, coerce=int, required=False
    )
    note = forms.CharField(
        label=_("Note (required, kept in the audit trail)"), widget=forms.Textarea(attrs={"rows": 3})
    )


class InvoicePaymentForm(BootstrapMixin, forms.Form):
    amount = forms.DecimalField(
        label=_("Amount received (EUR)"), max_digits=12, decimal_places=2, min_value=Decimal("0.01")
    )
    method = forms.ChoiceField(
        label=_("Method"),
        choices=[choice for choice in InvoicePayment.Method.choices if choice[0] != InvoicePayment.Method.CREDIT_NOTE],
    )
    reference = forms.CharField(label=_("Bank statement line or payment reference"), max_length=80)
