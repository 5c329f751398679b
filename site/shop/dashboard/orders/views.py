"""Orders dashboard for a marketplace: a vendor sees and acts on its own lines of an order only.

Amounts follow the same rule: a vendor sees its share of an order (its lines, its part of the shipping charge,
their total), in the list, its sorting, the CSV download, the statistics and the order page; never the order's
total, which would tell it what the shopper bought from other vendors. Staff see the order total and, on the
order page, every vendor's share.
"""

from decimal import Decimal

from django.db.models import Prefetch, Sum, prefetch_related_objects
from django.http import Http404
from oscar.apps.dashboard.orders import views as oscar_views
from oscar.core.loading import get_model

from vendors.models import FulfilmentGroup
from vendors.selectors import (
    EMPTY_SHARE,
    order_vendor_shares,
    orders_with_share_total,
    partner_ids_for_user,
    shares_for_partners,
)

Line = get_model("order", "Line")
OrderNote = get_model("order", "OrderNote")
ShippingEvent = get_model("order", "ShippingEvent")
PaymentEvent = get_model("order", "PaymentEvent")


class VendorShareMixin:
    def _vendor(self):
        return not self.request.user.is_staff

    def attach_shares(self, orders) -> None:
        """Give each order of a vendor's page its ``vendor_share`` (the same numbers as on the order page)."""
        orders = list(orders)
        shares = shares_for_partners(orders=orders, partner_ids=set(partner_ids_for_user(self.request.user)))
        for order in orders:
            order.vendor_share = shares.get(order.pk, EMPTY_SHARE)


class OrderListView(VendorShareMixin, oscar_views.OrderListView):
    vendor_actions = ("download_selected_orders",)
    # Searches on the lines of an order look at the vendor's own lines only, or a search for another vendor's
    # product would tell which of the vendor's orders also hold it.
    line_filters = (
        ("product_title", "lines__title__istartswith"),
        ("upc", "lines__upc"),
        ("partner_sku", "lines__partner_sku"),
    )

    def get_queryset(self):
        queryset = super().get_queryset()
        if self._vendor():
            partner_ids = partner_ids_for_user(self.request.user)
            data = self.form.cleaned_data if self.form.is_valid() else {}
            for field, lookup in self.line_filters:
                if data.get(field):
                    queryset = queryset.filter(**{"lines__partner_id__in": partner_ids, lookup: data[field]}).distinct()
            queryset = orders_with_share_total(queryset, partner_ids=partner_ids)
            # Sorting by total sorts by the vendor's share (oscar.views.sort_queryset reads ?sort= and ?dir=).
            if self.request.GET.get("sort") == "total_incl_tax":
                direction = "-" if self.request.GET.get("dir") == "desc" else ""
                queryset = queryset.order_by(f"{direction}share_total", f"{direction}pk")
        return queryset

    def get_actions(self):
        # Changing an order's status acts on every vendor's lines: staff only.
        actions = super().get_actions()
        return {name: actions[name] for name in self.vendor_actions} if self._vendor() else actions

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["vendor_view"] = self._vendor()
        if self._vendor():
            self.attach_shares(ctx["orders"])
            ctx["order_statuses"] = []
        return ctx

    def download_selected_orders(self, request, orders):
        if self._vendor():
            orders = list(orders)
            self.attach_shares(orders)
        return super().download_selected_orders(request, orders)

    def get_row_values(self, order):
        row = super().get_row_values(order)
        share = getattr(order, "vendor_share", None)
        if share is not None:  # a vendor's download: its share, never the order's total
            row.update(value=share.total_incl_tax, num_items=share.num_items)
        return row


class OrderStatsView(oscar_views.OrderStatsView):
    def get_stats(self, filters):
        stats = super().get_stats(filters)
        user = self.request.user
        if not user.is_staff:
            partner_ids = partner_ids_for_user(user)
            orders = oscar_views.queryset_orders_for_user(user).filter(**filters)
            lines = Line.objects.filter(order__in=orders, partner_id__in=partner_ids)
            shipping = FulfilmentGroup.objects.filter(order__in=orders, partner_id__in=partner_ids)
            stats["total_lines"] = lines.count()
            revenue = (lines.aggregate(t=Sum("line_price_incl_tax"))["t"] or 0) + (
                shipping.aggregate(t=Sum("shipping_charge"))["t"] or 0
            )
            stats["total_revenue"] = Decimal(revenue).quantize(Decimal("0.01"))
        return stats


class OrderDetailView(VendorShareMixin, oscar_views.OrderDetailView):
    # Order-wide actions (status of the whole order, payment events) stay with staff.
    vendor_order_actions = ("save_note", "delete_note")

    def get_object(self, queryset=None):
        order = super().get_object(queryset)
        if self._vendor():
            # What the template reads through order.notes/… is narrowed to the vendor's own share.
            partner_ids = partner_ids_for_user(self.request.user)
            order._prefetched_objects_cache = {}
            prefetch_related_objects(
                [order],
                Prefetch("lines", queryset=Line.objects.filter(partner_id__in=partner_ids)),
                Prefetch("notes", queryset=OrderNote.objects.filter(user=self.request.user)),
                Prefetch(
                    "shipping_events",
                    queryset=ShippingEvent.objects.filter(lines__partner_id__in=partner_ids).distinct(),
                ),
                Prefetch("payment_events", queryset=PaymentEvent.objects.none()),
            )
            note_id = self.kwargs.get("note_id")
            if note_id and not order.notes.filter(pk=note_id, user=self.request.user).exists():
                raise Http404
        return order

    def get_order_lines(self):
        lines = super().get_order_lines()
        if self._vendor():
            lines = lines.filter(partner_id__in=partner_ids_for_user(self.request.user))
        return lines

    def handle_order_action(self, request, order, action):
        if self._vendor() and action not in self.vendor_order_actions:
            return self.reload_page(error=oscar_views._("Invalid action"))
        return super().handle_order_action(request, order, action)

    def get_notes(self):
        notes = self.object.notes.all()
        return notes.filter(user=self.request.user) if self._vendor() else notes

    def delete_note(self, request, order):
        if not self.get_notes().filter(pk=request.POST.get("note_id") or 0).exists():
            return self.reload_page(error=oscar_views._("Note cannot be deleted"))
        return super().delete_note(request, order)

    def get_payment_transactions(self):
        transactions = super().get_payment_transactions()
        return transactions if not self._vendor() else transactions.none()

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["vendor_view"] = self._vendor()
        if self._vendor():
            self.attach_shares([self.object])
            ctx["vendor_share"] = self.object.vendor_share
        else:
            ctx["vendor_shares"] = shares = order_vendor_shares(order=self.object)
            ctx["shares_total"] = sum((share.total_incl_tax for share in shares), Decimal("0.00"))
            ctx["platform_total"] = self.object.total_incl_tax - ctx["shares_total"]
        return ctx


class LineDetailView(oscar_views.LineDetailView):
    def dispatch(self, request, *args, **kwargs):
        self.get_object()  # 404 for another vendor's line whatever the method (not a 405)
        return super().dispatch(request, *args, **kwargs)

    def get_object(self, queryset=None):
        line = super().get_object(queryset)
        if not self.request.user.is_staff and line.partner_id not in partner_ids_for_user(self.request.user):
            raise Http404
        return line
