"""The credit team's pages in the dashboard: applications with reason codes and overrides, companies,
their ledgers and invoices, and payments matched by hand (bank transfers)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.mixins import UserPassesTestMixin
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView, ListView

from . import selectors, services
from .forms import InvoicePaymentForm, OverrideForm
from .invoices import invoice_pdf
from .models import Company, CreditApplication, Invoice
from .scoring import applicant_message


class StaffRequiredMixin(UserPassesTestMixin):
    def test_func(self):
        return self.request.user.is_authenticated and self.request.user.is_staff


class ApplicationListView(StaffRequiredMixin, ListView):
    template_name = "credit/dashboard/application_list.html"
    context_object_name = "applications"
    paginate_by = 30

    def get_queryset(self):
        return selectors.applications_for_staff(self.request.GET.get("status", ""))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            statuses=CreditApplication.Status.choices, status=self.request.GET.get("status", ""), **kwargs
        )


class ApplicationDetailView(StaffRequiredMixin, FormView):
    template_name = "credit/dashboard/application_detail.html"
    form_class = OverrideForm

    def dispatch(self, request, *args, **kwargs):
        self.application = get_object_or_404(
            CreditApplication.objects.select_related("company__credit_account", "submitted_by"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"limit": self.application.requested_limit, "terms_days": self.application.terms_days}

    def get_context_data(self, **kwargs):
        decisions = list(self.application.decisions.select_related("decided_by"))
        latest = decisions[0] if decisions else None
        return super().get_context_data(
            application=self.application,
            decisions=decisions,
            applicant_message=applicant_message(latest.outcome, latest.reason_codes) if latest else "",
            **kwargs,
        )

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            services.credit_decision_override(
                application=self.application,
                staff=self.request.user,
                outcome=data["outcome"],
                note=data["note"],
                limit=data["limit"],
                terms_days=data["terms_days"] or None,
            )
        except services.CreditError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, _("Decision recorded."))
        return redirect("credit:staff-application", pk=self.application.pk)


class CompanyListView(StaffRequiredMixin, ListView):
    template_name = "credit/dashboard/company_list.html"
    context_object_name = "companies"
    paginate_by = 30

    def get_queryset(self):
        queryset = Company.objects.select_related("credit_account").order_by("name")
        query = self.request.GET.get("q", "").strip()
        return queryset.filter(Q(name__icontains=query) | Q(legal_id__icontains=query)) if query else queryset


class CompanyDetailView(StaffRequiredMixin, DetailView):
    template_name = "credit/dashboard/company_detail.html"
    context_object_name = "company"
    queryset = Company.objects.select_related("credit_account")

    def get_context_data(self, **kwargs):
        account = self.object.credit_account
        return super().get_context_data(
            summary=selectors.credit_summary(account),
            invoices=selectors.company_invoices(self.object),
            entries=account.entries.select_related("created_by", "invoice")[:100],
            members=self.object.members.select_related("user"),
            applications=self.object.credit_applications.all(),
            payment_form=InvoicePaymentForm(),
            **kwargs,
        )


class InvoicePaymentView(StaffRequiredMixin, FormView):
    form_class = InvoicePaymentForm
    http_method_names = ["post"]

    def form_valid(self, form):
        invoice = get_object_or_404(Invoice, pk=self.kwargs["pk"])
        try:
            services.invoice_payment_record(invoice=invoice, by=self.request.user, **form.cleaned_data)
        except services.CreditError as error:
            messages.error(self.request, str(error))
        else:
            messages.success(self.request, _("Payment recorded on %(n)s; the credit is released.") % {"n": invoice})
        return redirect("credit:staff-company", pk=invoice.company_id)

    def form_invalid(self, form):
        invoice = get_object_or_404(Invoice, pk=self.kwargs["pk"])
        for field, errors in form.errors.items():
            messages.error(
                self.request, f"{form.fields[field].label if field in form.fields else ''} {' '.join(errors)}"
            )
        return redirect("credit:staff-company", pk=invoice.company_id)


@staff_member_required
def invoice_pdf_staff_view(request, pk: int):
    invoice = get_object_or_404(Invoice, pk=pk)
    response = HttpResponse(invoice_pdf(invoice=invoice), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{invoice.number}.pdf"'
    return response
