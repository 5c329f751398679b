"""Thin views: parse input, call a service or selector, render. Oscar's review views are replaced here."""

import csv

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.http import require_POST
from oscar.apps.catalogue.reviews.views import AddVoteView, ProductReviewDetail  # noqa: F401  (Oscar's, kept)
from oscar.apps.catalogue.reviews.views import ProductReviewList as OscarProductReviewList
from oscar.core.loading import get_model

from core.ratelimit import client_address

from . import charts, selectors, services
from .forms import (
    DecisionForm,
    DisputeDecisionForm,
    DisputeForm,
    ProductReviewForm,
    ReplyForm,
    ReportForm,
    VendorRatingForm,
)
from .models import ModerationStatus, ProductReview, ReviewDispute, VendorReply, VendorReview

Product = get_model("catalogue", "Product")
Partner = get_model("partner", "Partner")


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, messages_ in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages_)
    else:
        form.add_error(None, error.messages)


class CreateProductReview(View):
    """Signed-in shoppers write a review from the product page (Oscar's URL name catalogue:reviews-add)."""

    template_name = "oscar/catalogue/reviews/review_form.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        self.product = get_object_or_404(Product, pk=kwargs["product_pk"], is_public=True)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        form = ProductReviewForm(self.product, initial={"score": request.GET.get("score")})
        return render(request, self.template_name, {"form": form, "product": self.product})

    def post(self, request, *args, **kwargs):
        form = ProductReviewForm(self.product, request.POST, request.FILES)
        if form.is_valid():
            try:
                review = services.review_submit(
                    user=request.user, product=self.product, ip=client_address(request), **form.service_kwargs()
                )
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, _review_message(review))
                return redirect(self.product.get_absolute_url() + "#reviews")
        return render(request, self.template_name, {"form": form, "product": self.product}, status=400)


def _review_message(review: ProductReview) -> str:
    if review.status == ModerationStatus.PUBLISHED:
        return _("Thank you, your review is published.")
    if review.status == ModerationStatus.PENDING:
        return _("Thank you, your review will be published once our team has read it.")
    return _("Your review could not be published; we sent you the reason by e-mail.")


class ProductReviewList(OscarProductReviewList):
    def get_queryset(self):
        return selectors.product_review_list(product=self.kwargs["product_pk"], sort=self.request.GET.get("sort", ""))


class ReviewWriteView(View):
    """The one-click page from the review request e-mail: no login, a signed single-use link."""

    template_name = "reviews/write.html"

    def dispatch(self, request, token, *args, **kwargs):
        try:
            self.review_request = services.review_request_from_token(token)
        except ValidationError as error:
            return render(request, "reviews/link_error.html", {"message": error.messages[0]}, status=410)
        return super().dispatch(request, *args, **kwargs)

    def _context(self, form, vendor_form):
        line = self.review_request.order_line
        return {"form": form, "vendor_form": vendor_form, "line": line, "product": line.product}

    def get(self, request):
        score = request.GET.get("score")
        form = ProductReviewForm(
            self.review_request.order_line.product, initial={"score": int(score) if score in list("12345") else None}
        )
        return render(request, self.template_name, self._context(form, VendorRatingForm()))

    def post(self, request):
        line = self.review_request.order_line
        form = ProductReviewForm(line.product, request.POST, request.FILES)
        vendor_form = VendorRatingForm(request.POST)
        if form.is_valid() and vendor_form.is_valid():
            try:
                review = services.review_write_from_link(
                    review_request=self.review_request,
                    ip=client_address(request),
                    **form.service_kwargs(),
                    vendor_scores=vendor_form.cleaned_data if vendor_form.is_filled() else None,
                )
            except ValidationError as error:
                _add_errors(form, error)
            else:
                return render(request, "reviews/thanks.html", {"review": review, "message": _review_message(review)})
        return render(request, self.template_name, self._context(form, vendor_form), status=400)


class UnsubscribeView(View):
    def get(self, request, token):
        return render(request, "reviews/unsubscribe.html", {"token": token})

    def post(self, request, token):
        try:
            email = services.review_opt_out(token=token)
        except ValidationError as error:
            return render(request, "reviews/link_error.html", {"message": error.messages[0]}, status=400)
        return render(request, "reviews/unsubscribe.html", {"done": True, "email": email})


@login_required
@require_POST
def report_review(request, pk):
    review = get_object_or_404(ProductReview, pk=pk, status=ModerationStatus.PUBLISHED)
    form = ReportForm(request.POST)
    if form.is_valid():
        try:
            services.review_report(review=review, reporter=request.user, **form.cleaned_data)
            messages.success(request, _("Thank you, our team will look at this review."))
        except ValidationError as error:
            messages.error(request, error.messages[0])
    else:
        messages.error(request, _("Choose a reason."))
    return redirect(review.product.get_absolute_url() + "#reviews")


# --- vendors -------------------------------------------------------------------------------------------


def _vendor_partner(request):
    """The vendor the signed-in user acts for (``?partner=`` among their own), or 403."""
    if not request.user.is_authenticated:
        raise PermissionDenied
    partners = Partner.objects.filter(users=request.user).order_by("name")
    wanted = request.GET.get("partner") or request.POST.get("partner")
    partner = partners.filter(pk=wanted).first() if wanted and str(wanted).isdigit() else partners.first()
    if partner is None:
        raise PermissionDenied(_("This page is for vendors."))
    return partner


class VendorReviewListView(View):
    template_name = "reviews/vendor/reviews.html"

    def get(self, request):
        partner = _vendor_partner(request)
        reviews = selectors.vendor_reviews(partner=partner, unanswered=request.GET.get("unanswered") == "1")[:200]
        return render(
            request,
            self.template_name,
            {"partner": partner, "reviews": reviews, "reply_form": ReplyForm(), "dispute_form": DisputeForm()},
        )


@require_POST
def vendor_reply(request, pk):
    review = get_object_or_404(ProductReview, pk=pk)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write a reply."))
    else:
        try:
            reply = services.vendor_reply_save(review=review, user=request.user, body=form.cleaned_data["body"])
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(
                request,
                _("Reply published.")
                if reply.status == ModerationStatus.PUBLISHED
                else _("Reply saved; it will appear once our team has read it."),
            )
    return redirect("reviews:vendor-reviews")


@require_POST
def vendor_dispute(request, pk):
    review = get_object_or_404(ProductReview, pk=pk)
    form = DisputeForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Explain why this review breaks the rules."))
        services.review_dispute_open(review=review, user=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("Dispute sent to our team."))
    except ValidationError as error:
        messages.error(request, error.messages[0])
    return redirect("reviews:vendor-reviews")


def _statistics_partner(request):
    """Vendors see their own statistics; staff see every vendor (or one, with ``?partner=``)."""
    if request.user.is_authenticated and request.user.is_staff:
        wanted = request.GET.get("partner")
        return (get_object_or_404(Partner, pk=wanted) if wanted and wanted.isdigit() else None), True
    return _vendor_partner(request), False


class VendorStatisticsView(View):
    template_name = "reviews/vendor/statistics.html"

    def get(self, request):
        partner, is_staff = _statistics_partner(request)
        statistics = selectors.vendor_review_statistics(partner=partner)
        rating_chart = charts.line_chart(
            [(row["month"].strftime("%m/%y"), row["average"]) for row in statistics["by_month"]],
            label=_("Average rating by month"),
        )
        distribution_chart = charts.bar_chart(
            [(f"{row['stars']}★", row["count"]) for row in statistics["distribution"]], label=_("Ratings by stars")
        )
        return render(
            request,
            self.template_name,
            {
                "partner": partner,
                "is_staff_view": is_staff,
                "stats": statistics,
                "badge_history": partner.seller_badge_events.all()[:20] if partner is not None else (),
                "rating_chart": rating_chart,
                "distribution_chart": distribution_chart,
                "partners": Partner.objects.filter(product_reviews__isnull=False).distinct().order_by("name")[:500]
                if is_staff
                else (),
            },
        )


def vendor_statistics_csv(request):
    partner, _is_staff = _statistics_partner(request)
    statistics = selectors.vendor_review_statistics(partner=partner)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="review-statistics.csv"'
    writer = csv.writer(response)
    writer.writerow(["product_id", "upc", "title", "reviews", "average", "replied"])
    for row in statistics["per_product"]:
        writer.writerow(
            [
                row["product_id"],
                row["product__upc"],
                row["product__title"],
                row["count"],
                round(row["average"], 2),
                row["replied"],
            ]
        )
    return response


# --- staff ------------------------------------------------------------------------------------------------

MODERATED = {"review": ProductReview, "reply": VendorReply, "vendor-review": VendorReview}


@method_decorator(staff_member_required, name="dispatch")
class ModerationQueueView(View):
    template_name = "reviews/staff/queue.html"

    def get(self, request):
        reviews, replies, disputes, vendor_reviews = selectors.moderation_queue()
        return render(
            request,
            self.template_name,
            {
                "reviews": reviews[:100],
                "replies": replies[:100],
                "disputes": disputes[:100],
                "vendor_reviews": vendor_reviews[:100],
                "log": selectors.moderation_log(),
                "decision_form": DecisionForm(),
                "dispute_form": DisputeDecisionForm(),
            },
        )


@staff_member_required
@require_POST
def moderation_decide(request, kind, pk):
    model = MODERATED.get(kind)
    if model is None:
        raise Http404
    obj = get_object_or_404(model, pk=pk)
    form = DecisionForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Choose a decision."))
        services.content_moderate(obj=obj, moderator=request.user, **form.cleaned_data)
        messages.success(request, _("Decision recorded."))
    except ValidationError as error:
        messages.error(request, error.messages[0])
    return redirect("reviews:moderation-queue")


@staff_member_required
@require_POST
def dispute_decide(request, pk):
    dispute = get_object_or_404(ReviewDispute, pk=pk)
    form = DisputeDecisionForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("Explain the decision."))
        services.review_dispute_decide(dispute=dispute, moderator=request.user, **form.cleaned_data)
        messages.success(request, _("Decision recorded."))
    except ValidationError as error:
        messages.error(request, error.messages[0])
    return redirect("reviews:moderation-queue")
