"""Pay by invoice on the one-page checkout: which buyers see it, and what choosing it does."""

from __future__ import annotations

from decimal import Decimal

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .selectors import credit_summary
from .services import CreditError, approval_request, membership_of, terms_available_for


def terms_method_types(*, user, amount: Decimal) -> list[str]:
    available, __ = terms_available_for(member=membership_of(user), amount=amount)
    return ["terms"] if available else []


def terms_context(*, user, amount: Decimal) -> dict:
    """What the payment fieldset shows a company member: credit left, why terms are not offered, approval."""
    member = membership_of(user)
    if member is None:
        return {}
    available, reason = terms_available_for(member=member, amount=amount)
    account = member.company.credit_account
    return {
        "terms_member": member,
        "terms_available": available,
        "terms_unavailable_reason": reason,
        "terms_summary": credit_summary(account) if account.limit > 0 else None,
        "terms_needs_approval": member.needs_approval(amount),
    }


def terms_approval_response(*, view, form, details):
    """Above the buyer's order limit the order goes to an approver: the page to show then, or None to pay now."""
    request = view.request
    member = membership_of(request.user)
    total = form.expected_total_value
    if member is None or not member.needs_approval(total):
        return None
    try:
        approval_request(
            member=member,
            basket=request.basket,
            amount=total,
            checkout_data={
                "email": details.email,
                "shipping_address": details.shipping_address,
                "shipping_method_code": details.shipping_method_code,
                "po_number": form.cleaned_data.get("po_number", ""),
            },
        )
    except CreditError as error:
        form.add_error(None, str(error))
        return view.form_invalid(form)
    messages.success(request, _("Your order is above your limit: it was sent to your company's approvers."))
    return redirect("credit:company")


def terms_payment_start(*, request, form, details):
    """Pay by invoice: the "terms" gateway reserves the company's credit atomically; no payment page."""
    from payments.services import payment_start

    return payment_start(
        basket=request.basket,
        user=request.user,
        details=details,
        payment_method="terms",
        expected_total=form.expected_total_value,
        idempotency_key=form.cleaned_data["checkout_token"],
        return_url="",
        gateway_name="terms",
        metadata={"po_number": form.cleaned_data.get("po_number", "")},
        request=request,
    )
