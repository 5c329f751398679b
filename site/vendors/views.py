"""Public marketplace pages: the "Sell on Comptoir" application and vendor storefronts."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View
from oscar.core.loading import get_model

from search.services import with_card_data

from .forms import VendorApplicationForm
from .models import VendorProfile

Product = get_model("catalogue", "Product")


class ApplyView(View):
    template_name = "vendors/apply.html"

    def get(self, request):
        return render(request, self.template_name, {"form": VendorApplicationForm()})

    def post(self, request):
        form = VendorApplicationForm(request.POST)
        if not form.is_valid():
            return render(request, self.template_name, {"form": form}, status=400)
        application = form.save(commit=False)
        if request.user.is_authenticated:
            application.user = request.user
        application.save()
        form.save_m2m()
        messages.success(request, _("Thank you! We will review your application and answer by e-mail."))
        return redirect("vendors:apply-done")


def apply_done(request):
    return render(request, "vendors/apply_done.html")


def storefront(request, slug):
    profile = get_object_or_404(VendorProfile.objects.select_related("partner"), slug=slug)
    products = with_card_data(
        Product.objects.browsable().filter(is_public=True, stockrecords__partner=profile.partner).distinct()
    ).order_by("-date_created")[:48]
    return render(
        request, "vendors/storefront.html", {"profile": profile, "partner": profile.partner, "products": products}
    )
