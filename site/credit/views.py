"""A company's own pages: its account, credit application, members, invoices, approvals and data export."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import FormView, TemplateView

from . import selectors, services
from .forms import ApplicationForm, CompanyForm, MemberForm
from .invoices import invoice_pdf
from .models import CompanyMember, Invoice, OrderApproval
from .scoring import applicant_message


class MemberRequiredMixin(LoginRequiredMixin):
    roles: tuple[str, ...] = ()

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.member = services.membership_of(request.user)
        if self.member is None:
            return redirect("credit:company-create")
        if self.roles and self.member.role not in self.roles:
            messages.error(request, _("Your role in this company does not allow this."))
            return redirect("credit:company")
        return super().dispatch(request, *args, **kwargs)


class CompanyView(MemberRequiredMixin, TemplateView):
    template_name = "credit/company.html"

    def get_context_data(self, **kwargs):
        company = self.member.company
        application = selectors.company_latest_application(company)
        decision = application.latest_decision if application else None
        return super().get_context_data(
            member=self.member,
            company=company,
            summary=selectors.credit_summary(company.credit_account),
            invoices=selectors.company_invoices(company),
            gateway=settings.PAYMENT_GATEWAY,
            pay_attempt=uuid.uuid4().hex,
            application=application,
            decision_message=applicant_message(decision.outcome, decision.reason_codes) if decision else "",
            approvals=selectors.approvals_waiting(company) if self.member.can_approve else [],
            my_approvals=OrderApproval.objects.filter(requester=self.request.user).order_by("-created")[:10],
            members=company.members.select_related("user").order_by("role", "user__email"),
            member_form=MemberForm() if self.member.role == CompanyMember.Role.ADMIN else None,
            **kwargs,
        )


class CompanyCreateView(LoginRequiredMixin, FormView):
    template_name = "credit/company_create.html"
    form_class = CompanyForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and services.membership_of(request.user) is not None:
            return redirect("credit:company")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        try:
            services.company_create(user=self.request.user, **form.cleaned_data)
        except services.CreditError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(self.request, _("Your business account is open. You can now apply for payment terms."))
        return redirect("credit:company")


class ApplyView(MemberRequiredMixin, FormView):
    template_name = "credit/apply.html"
    form_class = ApplicationForm
    roles = (CompanyMember.Role.ADMIN,)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            consent_text=settings.CREDIT_CONSENT_TEXT, company=self.member.company, **kwargs
        )

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            application = services.credit_application_submit(
                company=self.member.company,
                user=self.request.user,
                terms_days=data["terms_days"],
                requested_limit=data["requested_limit"],
                annual_revenue=data["annual_revenue"],
                years_trading=data["years_trading"],
                consent_text=settings.CREDIT_CONSENT_TEXT,
            )
        except services.CreditError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        decision = application.latest_decision
        messages.info(self.request, applicant_message(decision.outcome, decision.reason_codes))
        return redirect("credit:company")


class MemberAddView(MemberRequiredMixin, FormView):
    form_class = MemberForm
    roles = (CompanyMember.Role.ADMIN,)
    http_method_names = ["post"]

    def form_valid(self, form):
        user = get_user_model().objects.filter(email__iexact=form.cleaned_data["email"]).first()
        if user is None:
            messages.error(
                self.request, _("No Comptoir account uses this e-mail; ask your colleague to sign up first.")
            )
            return redirect("credit:company")
        try:
            services.member_add(
                company=self.member.company,
                by=self.request.user,
                user=user,
                role=form.cleaned_data["role"],
                order_limit=form.cleaned_data["order_limit"],
            )
        except services.CreditError as error:
            messages.error(self.request, str(error))
        else:
            messages.success(self.request, _("%(email)s joined the company.") % {"email": user.email})
        return redirect("credit:company")

    def form_invalid(self, form):
        for errors in form.errors.values():
            messages.error(self.request, " ".join(errors))
        return redirect("credit:company")


class ApprovalDecideView(MemberRequiredMixin, View):
    roles = (CompanyMember.Role.APPROVER, CompanyMember.Role.ADMIN)

    def post(self, request, pk):
        approval = get_object_or_404(OrderApproval, pk=pk, company=self.member.company)
        approve = request.POST.get("decision") == "approve"
        try:
            approval = services.approval_decide(
                approval=approval, approver=request.user, approve=approve, note=request.POST.get("note", "")
            )
        except services.CreditError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, _("Order placed on payment terms.") if approve else _("The request was rejected.")
            )
        return redirect("credit:company")


@login_required
def invoice_pdf_view(request, number: str):
    member = services.membership_of(request.user)
    if member is None:
        raise Http404
    invoice = get_object_or_404(Invoice, number=number, company=member.company)
    response = HttpResponse(invoice_pdf(invoice=invoice), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{invoice.number}.pdf"'
    return response


@login_required
def company_export_view(request):
    """Everything we hold about the company's credit, for its administrator (right of access)."""
    from .export import company_credit_export

    member = services.membership_of(request.user)
    if member is None or member.role != CompanyMember.Role.ADMIN:
        raise Http404
    response = JsonResponse(company_credit_export(member.company), json_dumps_params={"indent": 2})
    response["Content-Disposition"] = f'attachment; filename="comptoir-credit-{member.company.legal_id}.json"'
    return response


class InvoicePayView(MemberRequiredMixin, View):
    """Pay what is due on an invoice by card or SEPA Direct Debit, from the company page."""

    def post(self, request, number: str):
        invoice = get_object_or_404(Invoice, number=number, company=self.member.company)
        try:
            response = services.invoice_pay_online(
                invoice=invoice,
                user=request.user,
                payment_method=request.POST.get("payment_method", "").strip(),
                method_type=request.POST.get("method_type", "card"),
                attempt=request.POST.get("attempt", "")[:40],
                return_url=request.build_absolute_uri(reverse("credit:invoice-pay-return", args=[invoice.number])),
            )
        except services.CreditError as error:
            messages.error(request, str(error))
            return redirect("credit:company")
        return self.outcome(request, invoice, response)

    @staticmethod
    def outcome(request, invoice, response):
        from payments.gateways.base import PaymentStatus

        if response.status == PaymentStatus.SUCCEEDED:
            messages.success(
                request,
                _("Thank you: invoice %(n)s is paid and your credit is available again.") % {"n": invoice.number},
            )
        elif response.status == PaymentStatus.FAILED:
            messages.error(request, response.error_message or _("The payment was declined; nothing was charged."))
        elif response.next_action_url and settings.PAYMENT_GATEWAY == "stripe":
            return redirect(response.next_action_url)  # the bank's 3-D Secure page, back to the return view
        else:
            messages.info(request, _("Your payment is being processed; the invoice is updated as soon as it clears."))
        return redirect("credit:company")


class InvoicePayReturnView(MemberRequiredMixin, View):
    """Back from the bank's authentication page: ask the gateway how the payment ended."""

    def get(self, request, number: str):
        from payments.gateways import get_gateway
        from payments.gateways.base import GatewayError

        invoice = get_object_or_404(Invoice, number=number, company=self.member.company)
        reference = request.GET.get("payment_intent", "")
        try:
            response = get_gateway().retrieve_payment(reference)
        except GatewayError:
            messages.info(request, _("Your payment is being processed; the invoice is updated as soon as it clears."))
            return redirect("credit:company")
        if response.metadata.get("comptoir_invoice") != str(invoice.pk):
            raise Http404
        services.invoice_payment_apply(response=response)
        return InvoicePayView.outcome(request, invoice, response)
