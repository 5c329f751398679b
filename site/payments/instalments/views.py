"""The local provider's hosted page (stand-in for the provider's own) and the provider's signed notification."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt

from payments.csp import payment_page_csp
from payments.services import intent_for_reference, payment_apply_response
from payments.views import session_intent_get

from . import get_instalment_provider
from .base import InstalmentError, InvalidSignature, PlanStatus
from .gateway import payment_response

logger = logging.getLogger(__name__)


@payment_page_csp
def local_plan_page(request: HttpRequest, reference: str) -> HttpResponse:
    """What the provider shows: the schedule, a card field, accept or cancel. Then back to the shop with ?pid=."""
    if settings.INSTALMENT_PROVIDER != "local":
        raise Http404
    provider = get_instalment_provider("local")
    try:
        plan = provider.status(reference)
    except InstalmentError as exc:
        raise Http404 from exc
    intent_pk = plan.metadata.get("comptoir_intent", "")
    intent = session_intent_get(request, int(intent_pk) if intent_pk.isdigit() else 0)
    if request.method == "POST" and plan.status == PlanStatus.PENDING:
        provider.shopper_decide(
            reference, card=request.POST.get("card", "")[:40], approve=request.POST.get("decision") == "approve"
        )
        return redirect(f"{provider.return_url(reference)}?{urlencode({'pid': reference})}")
    return render(request, "payments/instalments_local_page.html", {"plan": plan, "intent": intent})


@csrf_exempt
def provider_notification(request: HttpRequest) -> HttpResponse:
    """The provider says a plan changed (`?pid=`, signed): ask it for the plan, then settle or fail ours."""
    reference = request.GET.get("pid", "")[:80]
    if not reference:
        return HttpResponseBadRequest("missing pid")
    provider = get_instalment_provider()
    try:
        provider.verify_notification(reference=reference, signature=request.headers.get("X-Alma-Signature", ""))
        plan = provider.status(reference)
    except InvalidSignature:
        return HttpResponseBadRequest("invalid signature")
    except InstalmentError:
        logger.exception("Instalment plan %s could not be read after a notification", reference)
        return HttpResponse("retry later", status=503, content_type="text/plain")
    intent = intent_for_reference(reference, plan.metadata)
    if intent is None or intent.gateway != "instalments":
        return HttpResponse("unknown", content_type="text/plain")
    intent = payment_apply_response(intent_id=intent.pk, response=payment_response(plan))
    return HttpResponse(intent.status, content_type="text/plain")
