"""Orders dashboard for a marketplace: a vendor sees and acts on its own lines of an order only."""

from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from oscar.apps.dashboard.orders import views as oscar_views
from oscar.core.loading import get_model

from vendors.selectors import partner_ids_for_user

Line = get_model("order", "Line")
OrderNote = get_model("order", "OrderNote")
ShippingEvent = get_model("order", "ShippingEvent")
PaymentEvent = get_model("order", "PaymentEvent")


class OrderDetailView(oscar_views.OrderDetailView):
    # Order-wide actions (status of the whole order, payment events) stay with staff.
    vendor_order_actions = ("save_note", "delete_note")

    def _vendor(self):
        return not self.request.user.is_staff

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
