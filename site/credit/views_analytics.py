"""Staff dashboard of deferred-payment usage (terms, BNPL), credit decisions and overdue invoices, with CSV."""

from __future__ import annotations

import csv
from datetime import timedelta

from django import forms
from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView

from . import analytics
from .views_staff import StaffRequiredMixin

SERIES = (
    (analytics.TERMS, gettext_lazy("On terms"), "#2c7be5"),
    (analytics.BNPL, gettext_lazy("BNPL and instalments"), "#f0ad4e"),
    (analytics.CARD, gettext_lazy("Card and other"), "#adb5bd"),
)
DATE_INPUT = {"type": "date", "class": "form-control form-control-sm"}
COLUMN_WIDTH = 24
CHART_HEIGHT = 100


class AnalyticsRangeForm(forms.Form):
    start = forms.DateField(label=gettext_lazy("From"), required=False, widget=forms.DateInput(attrs=DATE_INPUT))
    end = forms.DateField(label=gettext_lazy("To"), required=False, widget=forms.DateInput(attrs=DATE_INPUT))
    granularity = forms.ChoiceField(
        label=gettext_lazy("Per"),
        required=False,
        choices=[("month", gettext_lazy("month")), ("week", gettext_lazy("week"))],
        widget=forms.Select(attrs={"class": "form-control form-control-sm"}),
    )

    def clean(self):
        data = super().clean()
        end = data.get("end") or analytics.default_range()[1]
        start = data.get("start") or end - timedelta(days=analytics.DEFAULT_DAYS - 1)
        if start > end:
            raise forms.ValidationError(_("The start date must be on or before the end date."))
        if (end - start).days >= analytics.MAX_DAYS:
            raise forms.ValidationError(_("Choose a range of at most %(days)s days.") % {"days": analytics.MAX_DAYS})
        data.update(start=start, end=end, granularity=data.get("granularity") or "month")
        return data


def stacked_columns(figures: analytics.CreditAnalytics) -> list[dict]:
    """One column per period, its order value stacked by payment kind, scaled to the chart's height."""
    largest = max((period.total.value for period in figures.periods), default=0) or 1
    columns = []
    for index, period in enumerate(figures.periods):
        bottom, segments = CHART_HEIGHT, []
        for kind, label, colour in SERIES:
            usage = period.usage[kind]
            height = float(usage.value) / float(largest) * (CHART_HEIGHT - 4)
            bottom -= height
            segments.append(
                {"label": label, "colour": colour, "y": round(bottom, 2), "height": round(height, 2), "usage": usage}
            )
        columns.append({"x": index * COLUMN_WIDTH + 3, "period": period, "segments": segments})
    return columns


def ratio_columns(figures: analytics.CreditAnalytics) -> list[dict]:
    """One column per period: the overdue ratio at its end, on a 0 to 100 % scale."""
    return [
        {
            "x": index * COLUMN_WIDTH + 3,
            "period": period,
            "height": round(float(period.receivables.overdue_ratio) * (CHART_HEIGHT - 4), 2),
            "y": round(CHART_HEIGHT - float(period.receivables.overdue_ratio) * (CHART_HEIGHT - 4), 2),
        }
        for index, period in enumerate(figures.periods)
    ]


def decision_bars(decisions: analytics.Decisions) -> list[tuple[str, int, int]]:
    """(label, count, width in % of the largest) per kind of decision; empty when there was none."""
    counts = [
        (_("Automatic approval"), decisions.automated_approve),
        (_("Automatic referral"), decisions.automated_refer),
        (_("Automatic decline"), decisions.automated_decline),
        (_("Approved by staff"), decisions.override_approve),
        (_("Declined by staff"), decisions.override_decline),
    ]
    largest = max(count for _label, count in counts)
    return [(label, count, round(100 * count / largest)) for label, count in counts] if largest else []


def _figures(request) -> tuple[AnalyticsRangeForm, analytics.CreditAnalytics]:
    form = AnalyticsRangeForm(request.GET or None)
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        return form, analytics.credit_usage_analytics(
            start=data["start"], end=data["end"], granularity=data["granularity"]
        )
    return form, analytics.credit_usage_analytics()


class AnalyticsView(StaffRequiredMixin, TemplateView):
    template_name = "credit/dashboard/analytics.html"

    def get_context_data(self, **kwargs):
        form, figures = _figures(self.request)
        return super().get_context_data(
            form=form,
            figures=figures,
            summary=figures.summary,
            series=SERIES,
            usage_chart=stacked_columns(figures),
            overdue_chart=ratio_columns(figures),
            chart_width=max(len(figures.periods), 1) * COLUMN_WIDTH,
            chart_height=CHART_HEIGHT,
            column_width=COLUMN_WIDTH - 6,
            decision_bars=decision_bars(figures.summary.decisions),
            period_format="j M" if figures.granularity == "week" else "M Y",
            csv_query=self.request.GET.urlencode(),
            **kwargs,
        )


class AnalyticsCsvView(StaffRequiredMixin, View):
    def get(self, request):
        _form, figures = _figures(request)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="credit-analytics-{figures.start.isoformat()}-{figures.end.isoformat()}.csv"'
        )
        csv.writer(response).writerows(analytics.csv_rows(figures))
        return response
