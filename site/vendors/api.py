"""JSON API for vendors' systems: update price and stock by SKU.

POST /shop/vendors/api/stock/  Authorization: Bearer <token>
{"items": [{"sku": "A-1", "price": "12.50", "num_in_stock": 4}, …]}   (price or num_in_stock may be omitted)
401 bad/revoked token · 404 SKU not in the token's shop · 400 field errors · 429 over the rate limit.
Everything in one request is applied together or not at all.
"""

import json
from decimal import Decimal

from django import forms
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from oscar.core.loading import get_model

from core.ratelimit import hit

from . import services
from .models import StockChange

StockRecord = get_model("partner", "StockRecord")
MAX_ITEMS = 1000


class ItemForm(forms.Form):
    sku = forms.CharField(max_length=128)
    price = forms.DecimalField(required=False, min_value=0, max_digits=12, decimal_places=2)
    num_in_stock = forms.IntegerField(required=False, min_value=0, max_value=2_147_483_647)

    def clean(self):
        data = super().clean()
        if data.get("price") is None and data.get("num_in_stock") is None:
            raise forms.ValidationError("price or num_in_stock is required")
        return data


def _error(status: int, message: str, **extra) -> JsonResponse:
    return JsonResponse({"error": message, **extra}, status=status)


@csrf_exempt
@require_POST
def stock_update(request):
    header = request.headers.get("Authorization", "")
    token = services.api_token_authenticate(raw=header[7:].strip() if header.startswith("Bearer ") else "")
    if token is None:
        response = _error(401, "invalid or revoked token")
        response["WWW-Authenticate"] = "Bearer"
        return response
    limit, window = getattr(settings, "VENDORS_API_RATE_LIMIT", (120, 60))
    if not hit(f"vendors-api:{token.pk}", limit, window):
        response = _error(429, "rate limit exceeded")
        response["Retry-After"] = str(window)
        return response
    try:
        payload = json.loads(request.body or b"null")
    except (ValueError, UnicodeDecodeError):
        return _error(400, "the body is not JSON")
    items = payload.get("items") if isinstance(payload, dict) else None
    if not isinstance(items, list) or not items or len(items) > MAX_ITEMS:
        return _error(400, f"'items' must be a list of 1 to {MAX_ITEMS} objects", errors={"items": ["required"]})
    cleaned, errors = [], {}
    for index, item in enumerate(items):
        form = ItemForm(item if isinstance(item, dict) else {})
        if form.is_valid():
            cleaned.append(form.cleaned_data)
        else:
            errors[str(index)] = form.errors.get_json_data()
    if errors:
        return _error(400, "invalid items", errors=errors)
    skus = [item["sku"] for item in cleaned]
    if len(set(skus)) != len(skus):
        return _error(400, "duplicate SKUs", errors={"sku": ["duplicate"]})
    records = dict(
        StockRecord.objects.filter(partner=token.partner, partner_sku__in=skus).values_list("partner_sku", "pk")
    )
    unknown = [sku for sku in skus if sku not in records]
    if unknown:
        return _error(404, "unknown SKU for this vendor", skus=unknown)
    changes = services.stock_apply(
        partner=token.partner,
        updates=[
            services.StockUpdate(stockrecord_id=records[i["sku"]], price=i["price"], num_in_stock=i["num_in_stock"])
            for i in cleaned
        ],
        token=token,
        source=StockChange.API,
    )
    current = StockRecord.objects.filter(pk__in=records.values()).values("partner_sku", "price", "num_in_stock")
    return JsonResponse(
        {
            "updated": len(changes),
            "items": [
                {"sku": r["partner_sku"], "price": str(r["price"] or Decimal("0")), "num_in_stock": r["num_in_stock"]}
                for r in current
            ],
        }
    )
