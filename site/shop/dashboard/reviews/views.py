"""Oscar's dashboard review screens, made to go through ``reviews.services`` (logged decisions, no deletion).

* the list redirects to the moderation queue (one place where staff judge reviews);
* "update" publishes or rejects the review with ``content_moderate``;
* "delete" is a logged rejection with a reason: a review row is never deleted.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import RedirectView

from reviews import services
from reviews.forms import DecisionForm, RejectForm
from reviews.models import ProductReview
from reviews.moderation.pipeline import REJECT


class ReviewListView(RedirectView):
    pattern_name = "reviews:moderation-queue"
    permanent = False
    query_string = False


class ReviewUpdateView(View):
    template_name = "reviews/staff/dashboard_review.html"
    form_class = DecisionForm
    action = "update"

    def _review(self, pk: int) -> ProductReview:
        return get_object_or_404(ProductReview.objects.select_related("product", "user"), pk=pk)

    def _decision(self, form) -> dict:
        return form.cleaned_data

    def _render(self, request, review, form):
        return render(request, self.template_name, {"review": review, "form": form, "action": self.action})

    def get(self, request, pk):
        return self._render(request, self._review(pk), self.form_class())

    def post(self, request, pk):
        review = self._review(pk)
        form = self.form_class(request.POST)
        if form.is_valid():
            try:
                services.content_moderate(obj=review, moderator=request.user, **self._decision(form))
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                messages.success(request, _("Decision recorded."))
                return redirect("reviews:moderation-queue")
        return self._render(request, review, form)


class ReviewDeleteView(ReviewUpdateView):
    """ "Delete" rejects the review (with the reason sent to its author); the row and its history stay."""

    form_class = RejectForm
    action = "delete"

    def _decision(self, form) -> dict:
        return {"decision": REJECT, "note": form.cleaned_data["note"]}
