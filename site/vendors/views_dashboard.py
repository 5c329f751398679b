"""Marketplace pages of the Oscar dashboard. Vendors see their own partner's data only; staff see every vendor.

Access is also declared in shop.dashboard.apps (Oscar's permission map); every object is fetched
through a selector scoped to the user, so another vendor's id is a 404.
"""

import hashlib
from datetime import timedelta
from decimal import Decimal

from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView, ListView

from . import bulk, selectors, services
from .forms import (
    FULFILMENT_ACTIONS,
    ApiTokenForm,
    ApplicationReviewForm,
    ShippingForm,
    StockRecordEditForm,
    UploadForm,
)
from .models import FulfilmentGroup, StockChange, VendorApplication, VendorProfile
from .statements import statement_csv, statement_pdf


class VendorMixin:
    """Resolves the vendor (partner) the page is about: the user's own, or any for staff (?partner=)."""

    def get_partner(self):
        if hasattr(self, "_partner"):
            return self._partner
        partners = selectors.partners_for_user(self.request.user)
        wanted = self.request.GET.get("partner") or self.request.POST.get("partner")
        if wanted and str(wanted).isdigit():
            self._partner = get_object_or_404(partners, pk=wanted)
        else:
            own = partners.filter(pk__in=selectors.partner_ids_for_user(self.request.user)).order_by("pk").first()
            self._partner = own or (partners.order_by("name").first() if self.request.user.is_staff else None)
        if self._partner is None:
            raise Http404
        return self._partner

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["partner"] = self.get_partner()
        return ctx


class VendorHomeView(VendorMixin, View):
    def get(self, request):
        partner = self.get_partner()
        sales = selectors.sales_by_day(partner=partner)
        peak = max((total for _day, total, _n in sales), default=0) or 1
        chart = [
            {
                "day": day,
                "total": total,
                "n": n,
                "height": int(100 * total / peak),
                "y": 100 - int(100 * total / peak),
                "x": index * 14,
            }
            for index, (day, total, n) in enumerate(sales)
        ]
        ctx = {
            "partner": partner,
            "chart": chart,
            "sales_total": sum((total for _d, total, _n in sales), 0),
            "to_ship": selectors.fulfilment_groups_for_user(request.user)
            .filter(partner=partner, status__in=[FulfilmentGroup.PENDING, FulfilmentGroup.CONFIRMED])
            .order_by("order__date_placed")[:10],
            "low_stock": selectors.low_stock_for_partner(partner=partner),
            "balance": Decimal(selectors.vendor_balance_cents(partner=partner)) / 100,
            "chart_width": max(len(chart), 1) * 14,
        }
        return render(request, "vendors/dashboard/home.html", ctx)


class StockListView(VendorMixin, ListView):
    template_name = "vendors/dashboard/stock_list.html"
    paginate_by = 50
    context_object_name = "records"

    def get_queryset(self):
        return selectors.stockrecords_for_partner(partner=self.get_partner(), query=self.request.GET.get("q", ""))


class ObjectFirstMixin:
    """Look the object up (scoped to the user) before the method is dispatched: another vendor's id is a 404
    whatever the method, never a 405 that would confirm the id exists."""

    def dispatch(self, request, *args, **kwargs):
        self.object = self.get_object()
        return super().dispatch(request, *args, **kwargs)


class StockEditView(VendorMixin, View):
    def get_record(self, pk):
        return get_object_or_404(selectors.stockrecords_for_user(self.request.user), pk=pk)

    def get(self, request, pk):
        record = self.get_record(pk)
        form = StockRecordEditForm(initial={"price": record.price, "num_in_stock": record.num_in_stock})
        return self.render(record, form)

    def post(self, request, pk):
        record = self.get_record(pk)
        form = StockRecordEditForm(request.POST)
        if not form.is_valid():
            return self.render(record, form)
        services.stock_apply(
            partner=record.partner,
            updates=[services.StockUpdate(stockrecord_id=record.pk, **form.cleaned_data)],
            user=request.user,
            source=StockChange.FORM,
        )
        messages.success(request, _("Saved %(sku)s.") % {"sku": record.partner_sku})
        return redirect("dashboard:vendors-stock-list")

    def render(self, record, form):
        changes = record.changes.select_related("user", "token")[:20]
        return render(
            self.request, "vendors/dashboard/stock_edit.html", {"record": record, "form": form, "changes": changes}
        )


class StockChangeListView(VendorMixin, ListView):
    template_name = "vendors/dashboard/stock_changes.html"
    paginate_by = 100
    context_object_name = "changes"

    def get_queryset(self):
        return selectors.stock_changes_for_partner(partner=self.get_partner())


class StockSheetView(VendorMixin, View):
    def get(self, request):
        partner = self.get_partner()
        response = HttpResponse(bulk.stock_sheet_csv(partner=partner), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="stock-{partner.code or partner.pk}.csv"'
        return response


class StockUploadView(VendorMixin, View):
    """Upload → dry-run report (nothing written) → apply (all rows in one transaction)."""

    template_name = "vendors/dashboard/upload.html"
    cache_seconds = 1800

    def dispatch(self, request, *args, **kwargs):
        # Refuse an oversized body before Django reads it into memory or a temporary file.
        length = request.META.get("CONTENT_LENGTH") or "0"
        if request.method == "POST" and length.isdigit() and int(length) > bulk.MAX_UPLOAD_BYTES + 64 * 1024:
            messages.error(request, _("The file is larger than %(mb)s MB.") % {"mb": bulk.MAX_UPLOAD_BYTES // 2**20})
            return render(
                request, self.template_name, {"form": UploadForm(), "partner": self.get_partner()}, status=413
            )
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return render(request, self.template_name, {"form": UploadForm(), "partner": self.get_partner()})

    def post(self, request):
        partner = self.get_partner()
        if "apply" in request.POST:
            return self.apply(request, partner)
        form = UploadForm(request.POST, request.FILES)
        ctx = {"form": form, "partner": partner}
        if form.is_valid():
            upload = form.cleaned_data["file"]
            data = upload.read()
            try:
                report = bulk.validate_sheet(partner=partner, name=upload.name, data=data)
            except bulk.SheetError as exc:
                form.add_error("file", str(exc))
                return render(request, self.template_name, ctx, status=400)
            ctx["report"] = report
            if report.ok:
                digest = hashlib.sha256(data).hexdigest()
                cache.set(self.cache_key(partner, digest), (upload.name, data), self.cache_seconds)
                ctx["digest"] = digest
        return render(request, self.template_name, ctx, status=200 if form.is_valid() else 400)

    def cache_key(self, partner, digest):
        return f"vendors:upload:{self.request.user.pk}:{partner.pk}:{digest}"

    def apply(self, request, partner):
        stored = cache.get(self.cache_key(partner, request.POST.get("digest", "")))
        if stored is None:
            messages.error(request, _("The preview has expired: upload the file again."))
            return redirect(f"{request.path}?partner={partner.pk}")
        name, data = stored
        report = bulk.validate_sheet(partner=partner, name=name, data=data)  # the stock may have changed since
        if not report.ok:
            return render(request, self.template_name, {"form": UploadForm(), "partner": partner, "report": report})
        try:
            changes, created = services.stock_sheet_apply(
                partner=partner,
                updates=report.updates,
                creations=report.creations,
                user=request.user,
                source=StockChange.UPLOAD,
            )
        except IntegrityError:
            # Another upload created one of these SKUs meanwhile; the transaction rolled back whole.
            messages.error(
                request,
                _("Another upload created some of these SKUs at the same time; nothing was applied. Upload again."),
            )
            return redirect(f"{request.path}?partner={partner.pk}")
        cache.delete(self.cache_key(partner, request.POST["digest"]))
        messages.success(request, _("%(n)s stock records updated.") % {"n": len(changes)})
        if created:
            messages.success(request, _("%(n)s new products created.") % {"n": len(created)})
        return redirect("dashboard:vendors-stock-changes")


class ShippingEditView(VendorMixin, View):
    """The vendor's own shipping charge and free-shipping threshold; staff pick the vendor with ?partner=."""

    template_name = "vendors/dashboard/shipping.html"

    def get_profile(self):
        return get_object_or_404(VendorProfile.objects.select_related("partner"), partner=self.get_partner())

    def get(self, request, form=None):
        profile = self.get_profile()
        form = form or ShippingForm(instance=profile)
        return render(request, self.template_name, {"partner": profile.partner, "profile": profile, "form": form})

    def post(self, request):
        profile = self.get_profile()
        form = ShippingForm(request.POST, instance=VendorProfile.objects.get(pk=profile.pk))
        if not form.is_valid():
            return self.get(request, form=form)
        services.vendor_shipping_update(
            profile=profile,
            shipping_charge=form.cleaned_data["shipping_charge"],
            free_shipping_above=form.cleaned_data["free_shipping_above"],
        )
        messages.success(request, _("Shipping settings saved."))
        return redirect(f"{request.path}?partner={profile.partner_id}")


class ApiTokenListView(VendorMixin, View):
    def get(self, request, form=None, raw=None):
        partner = self.get_partner()
        return render(
            request,
            "vendors/dashboard/tokens.html",
            {
                "partner": partner,
                "tokens": selectors.tokens_for_partner(partner=partner),
                "form": form or ApiTokenForm(),
                "raw_token": raw,
            },
        )

    def post(self, request):
        form = ApiTokenForm(request.POST)
        if not form.is_valid():
            return self.get(request, form=form)
        _token, raw = services.api_token_create(
            partner=self.get_partner(), name=form.cleaned_data["name"], created_by=request.user
        )
        return self.get(request, raw=raw)


class ApiTokenRevokeView(VendorMixin, View):
    def get_token(self, pk):
        return get_object_or_404(selectors.tokens_for_user(self.request.user), pk=pk)

    def get(self, request, pk):
        return render(request, "vendors/dashboard/token_revoke.html", {"token": self.get_token(pk)})

    def post(self, request, pk):
        token = self.get_token(pk)
        services.api_token_revoke(token=token)
        messages.success(request, _("Token “%(name)s” revoked.") % {"name": token.name})
        return redirect("dashboard:vendors-tokens")


class FulfilmentListView(VendorMixin, ListView):
    template_name = "vendors/dashboard/fulfilment_list.html"
    paginate_by = 50
    context_object_name = "groups"

    def get_queryset(self):
        qs = selectors.fulfilment_groups_for_user(self.request.user)
        status = self.request.GET.get("status")
        return qs.filter(status=status) if status else qs


class FulfilmentDetailView(DetailView):
    template_name = "vendors/dashboard/fulfilment_detail.html"
    context_object_name = "group"

    def get_queryset(self):
        return selectors.fulfilment_groups_for_user(self.request.user)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        group = self.object
        ctx["lines"] = group.order.lines.filter(partner=group.partner).select_related("product")
        ctx["share"] = selectors.vendor_shares(orders=[group.order])[group.order_id].get(
            group.partner_id, selectors.EMPTY_SHARE
        )
        ctx.setdefault("ship_form", FULFILMENT_ACTIONS[FulfilmentGroup.SHIPPED]())
        ctx.setdefault("cancel_form", FULFILMENT_ACTIONS[FulfilmentGroup.CANCELLED]())
        return ctx

    def post(self, request, pk):
        group = self.object = self.get_object()
        action = request.POST.get("action")
        if action not in FULFILMENT_ACTIONS:
            messages.error(request, _("Unknown action."))
            return redirect("dashboard:vendors-fulfilment-detail", pk=group.pk)
        form_class = FULFILMENT_ACTIONS[action]
        form = form_class(request.POST) if form_class else None
        if form is not None and not form.is_valid():
            key = "ship_form" if action == FulfilmentGroup.SHIPPED else "cancel_form"
            return self.render_to_response(self.get_context_data(**{key: form}), status=400)
        try:
            if action == FulfilmentGroup.CONFIRMED:
                services.fulfilment_confirm(group=group)
            elif action == FulfilmentGroup.SHIPPED:
                services.fulfilment_ship(group=group, **form.cleaned_data)
            else:
                services.fulfilment_cancel(group=group, user=request.user, reason=form.cleaned_data["reason"])
        except ValueError:
            messages.error(request, _("This order can no longer change that way."))
        return redirect("dashboard:vendors-fulfilment-detail", pk=group.pk)


class StatementListView(VendorMixin, ListView):
    template_name = "vendors/dashboard/statement_list.html"
    context_object_name = "statements"
    paginate_by = 50

    def get_queryset(self):
        return selectors.statements_for_user(self.request.user)

    def post(self, request):
        if not request.user.is_staff:
            raise PermissionDenied
        statement = services.statement_create(
            partner=self.get_partner(), period_start=None, period_end=timezone.now() - timedelta(seconds=1)
        )
        messages.success(request, _("Statement created."))
        return redirect("dashboard:vendors-statement-detail", pk=statement.pk)


class StatementDetailView(DetailView):
    template_name = "vendors/dashboard/statement_detail.html"
    context_object_name = "statement"

    def get_queryset(self):
        return selectors.statements_for_user(self.request.user)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["entries"] = self.object.entries.select_related("order")
        return ctx

    def post(self, request, pk):
        statement = self.get_object()
        if not request.user.is_staff:
            raise PermissionDenied
        services.statement_mark_paid(statement=statement, user=request.user)
        messages.success(request, _("Statement marked paid."))
        return redirect("dashboard:vendors-statement-detail", pk=statement.pk)


class StatementDownloadView(ObjectFirstMixin, DetailView):
    kind = "csv"

    def get_queryset(self):
        return selectors.statements_for_user(self.request.user)

    def get(self, request, pk):
        statement = self.object
        if self.kind == "pdf":
            response = HttpResponse(statement_pdf(statement=statement), content_type="application/pdf")
        else:
            response = HttpResponse(statement_csv(statement=statement), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="statement-{statement.pk}.{self.kind}"'
        return response


class ApplicationListView(ListView):
    template_name = "vendors/dashboard/application_list.html"
    context_object_name = "applications"
    paginate_by = 50

    def get_queryset(self):
        return VendorApplication.objects.prefetch_related("categories")


class ApplicationReviewView(View):
    def get(self, request, pk, form=None):
        application = get_object_or_404(VendorApplication.objects.prefetch_related("categories"), pk=pk)
        return render(
            request,
            "vendors/dashboard/application_review.html",
            {"application": application, "form": form or ApplicationReviewForm()},
        )

    def post(self, request, pk):
        application = get_object_or_404(VendorApplication, pk=pk)
        form = ApplicationReviewForm(request.POST)
        if not form.is_valid():
            return self.get(request, pk, form=form)
        decision = form.cleaned_data["decision"]
        try:
            if decision == VendorApplication.APPROVED:
                services.application_approve(application=application, reviewer=request.user)
            else:
                services.application_decide(
                    application=application,
                    reviewer=request.user,
                    status=decision,
                    message=form.cleaned_data["message"],
                )
        except ValueError:
            messages.error(request, _("This application was already approved."))
        return redirect("dashboard:vendors-application-list")
