"""The automated credit decision: marketplace signals (+ a bureau score) → approve / refer / decline, explained.

Every factor that moves the score adds a reason code with its points, an explanation for
staff and a plain-language sentence for the applicant. The score starts at a neutral 50;
hard rules (insolvency, a very low bureau score, overdue invoices) decide on their own.
Pure functions of ``ScoringInputs``: the tests feed inputs directly, the service gathers them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal

from django.conf import settings
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class ScoringInputs:
    """Only what the decision needs (data minimisation): counts and amounts, no personal data."""

    account_age_days: int
    orders_count: int  # paid orders by the company's members, last 12 months
    orders_total: Decimal
    invoices_paid_on_time: int
    invoices_paid_late: int
    invoices_overdue: int
    returns_count: int  # orders with a refund
    disputes_count: int
    years_trading: int | None
    annual_revenue: Decimal | None
    requested_limit: Decimal
    bureau_score: int | None = None
    bureau_insolvency: bool = False
    bureau_available: bool = True

    def as_json(self) -> dict:
        return {key: (str(value) if isinstance(value, Decimal) else value) for key, value in asdict(self).items()}


@dataclass(frozen=True)
class Reason:
    code: str
    points: int
    staff_text: str
    applicant_text: str

    def as_json(self) -> dict:
        return {"code": self.code, "points": self.points, "text": str(self.staff_text)}


@dataclass
class ScoreResult:
    outcome: str  # CreditDecision.Outcome value
    score: int
    reasons: list[Reason] = field(default_factory=list)
    limit: Decimal = Decimal("0.00")

    @property
    def reason_codes(self) -> list[str]:
        return [reason.code for reason in self.reasons]


REASONS = {
    "INSOLVENCY": (_("The bureau reports insolvency proceedings."), _("public insolvency proceedings")),
    "BUREAU_VERY_LOW": (_("Bureau score below the decline threshold."), _("the external credit rating")),
    "BUREAU_STRONG": (_("Strong bureau score."), _("a strong external credit rating")),
    "BUREAU_WEAK": (_("Weak bureau score."), _("a weak external credit rating")),
    "BUREAU_NO_DATA": (_("The bureau does not know this company."), _("no external credit history")),
    "BUREAU_UNAVAILABLE": (_("The bureau could not be reached: a human must decide."), _("a check we could not run")),
    "NEW_ACCOUNT": (_("Marketplace account younger than 30 days."), _("your account is new on Comptoir")),
    "ESTABLISHED_ACCOUNT": (_("Marketplace account older than a year."), _("your long relationship with Comptoir")),
    "NO_ORDER_HISTORY": (_("No paid order in the last 12 months."), _("no order history on Comptoir yet")),
    "ORDER_HISTORY": (_("Five or more paid orders in the last 12 months."), _("your order history")),
    "ON_TIME_PAYER": (_("All past invoices paid on time."), _("your on-time payments")),
    "LATE_PAYMENTS": (_("Invoices paid after their due date."), _("invoices paid late")),
    "OVERDUE_INVOICES": (_("Invoices overdue right now."), _("invoices currently overdue")),
    "HIGH_RETURN_RATE": (_("More than 30% of orders refunded."), _("a high share of returned orders")),
    "DISPUTES": (_("Card payments disputed (chargebacks)."), _("disputed payments")),
    "YOUNG_COMPANY": (_("Trading for less than two years."), _("the company's young age")),
    "MATURE_COMPANY": (_("Trading for five years or more."), _("the company's track record")),
    "REVENUE_NOT_SUPPLIED": (_("Annual revenue not supplied."), _("missing annual revenue")),
    "LIMIT_HIGH_FOR_REVENUE": (
        _("Requested limit above 10% of annual revenue."),
        _("a limit high for the company's revenue"),
    ),
    "LIMIT_ABOVE_AUTO_APPROVAL": (
        _("Requested limit above what may be approved automatically."),
        _("the size of the requested limit"),
    ),
}


DECISIVE_CODES = {
    "INSOLVENCY",
    "BUREAU_VERY_LOW",
    "OVERDUE_INVOICES",
    "BUREAU_UNAVAILABLE",
    "LIMIT_ABOVE_AUTO_APPROVAL",
}


def _reason(code: str, points: int) -> Reason:
    staff_text, applicant_text = REASONS[code]
    return Reason(code, points, staff_text, applicant_text)


def score_application(inputs: ScoringInputs) -> ScoreResult:
    reasons: list[Reason] = []
    hard_decline = False
    must_refer = False

    if not inputs.bureau_available:
        reasons.append(_reason("BUREAU_UNAVAILABLE", 0))
        must_refer = True
    elif inputs.bureau_insolvency:
        reasons.append(_reason("INSOLVENCY", -50))
        hard_decline = True
    elif inputs.bureau_score is None:
        reasons.append(_reason("BUREAU_NO_DATA", -5))
    elif inputs.bureau_score < settings.CREDIT_BUREAU_DECLINE_BELOW:
        reasons.append(_reason("BUREAU_VERY_LOW", -40))
        hard_decline = True
    elif inputs.bureau_score >= 70:
        reasons.append(_reason("BUREAU_STRONG", (inputs.bureau_score - 50) // 2))
    elif inputs.bureau_score < 50:
        reasons.append(_reason("BUREAU_WEAK", (inputs.bureau_score - 50) // 2))

    if inputs.account_age_days < 30:
        reasons.append(_reason("NEW_ACCOUNT", -10))
    elif inputs.account_age_days >= 365:
        reasons.append(_reason("ESTABLISHED_ACCOUNT", 10))

    if inputs.orders_count == 0:
        reasons.append(_reason("NO_ORDER_HISTORY", -5))
    elif inputs.orders_count >= 5:
        reasons.append(_reason("ORDER_HISTORY", 10))

    if inputs.invoices_overdue:
        reasons.append(_reason("OVERDUE_INVOICES", -30))
        hard_decline = True
    if inputs.invoices_paid_late:
        reasons.append(_reason("LATE_PAYMENTS", -min(30, 10 * inputs.invoices_paid_late)))
    elif inputs.invoices_paid_on_time >= 2:
        reasons.append(_reason("ON_TIME_PAYER", 10))

    if inputs.orders_count >= 3 and inputs.returns_count * 10 > inputs.orders_count * 3:
        reasons.append(_reason("HIGH_RETURN_RATE", -10))
    if inputs.disputes_count:
        reasons.append(_reason("DISPUTES", -20))

    if inputs.years_trading is not None and inputs.years_trading < 2:
        reasons.append(_reason("YOUNG_COMPANY", -10))
    elif inputs.years_trading is not None and inputs.years_trading >= 5:
        reasons.append(_reason("MATURE_COMPANY", 5))

    if not inputs.annual_revenue:
        reasons.append(_reason("REVENUE_NOT_SUPPLIED", -5))
    elif inputs.requested_limit > inputs.annual_revenue / 10:
        reasons.append(_reason("LIMIT_HIGH_FOR_REVENUE", -15))

    if inputs.requested_limit > Decimal(settings.CREDIT_AUTO_APPROVE_MAX):
        reasons.append(_reason("LIMIT_ABOVE_AUTO_APPROVAL", 0))
        must_refer = True

    score = max(0, min(100, 50 + sum(reason.points for reason in reasons)))
    if hard_decline:
        outcome = "decline"
    elif must_refer:
        outcome = "refer"
    elif score >= settings.CREDIT_APPROVE_FROM:
        outcome = "approve"
    elif score >= settings.CREDIT_REFER_FROM:
        outcome = "refer"
    else:
        outcome = "decline"
    # What decided first (a hard rule, a referral trigger), then the strongest factors: the applicant
    # hears the ones that weighed most.
    if outcome == "approve":
        reasons.sort(key=lambda reason: -reason.points)
    else:
        reasons.sort(key=lambda reason: (reason.code not in DECISIVE_CODES, reason.points >= 0, -abs(reason.points)))
    return ScoreResult(outcome, score, reasons, inputs.requested_limit if outcome == "approve" else Decimal("0.00"))


def applicant_message(result_outcome: str, reasons: list[dict] | list[Reason]) -> str:
    """The plain-language sentence shown to the applicant (never the internal codes or points)."""
    codes = [reason.code if isinstance(reason, Reason) else reason["code"] for reason in reasons]
    if result_outcome == "approve":
        return str(_("Good news: your company can now pay by invoice."))
    if result_outcome == "refer":
        return str(_("Our credit team is reviewing your application and will answer within two business days."))
    negatives = [str(REASONS[code][1]) for code in codes if code in NEGATIVE_CODES][:3]
    if not negatives:
        return str(_("We cannot offer payment terms at the moment."))
    return str(_("We cannot offer payment terms at the moment, mainly because of: %(reasons)s.")) % {
        "reasons": ", ".join(negatives)
    }


NEGATIVE_CODES = {
    "INSOLVENCY",
    "BUREAU_VERY_LOW",
    "BUREAU_WEAK",
    "BUREAU_NO_DATA",
    "NEW_ACCOUNT",
    "NO_ORDER_HISTORY",
    "LATE_PAYMENTS",
    "OVERDUE_INVOICES",
    "HIGH_RETURN_RATE",
    "DISPUTES",
    "YOUNG_COMPANY",
    "REVENUE_NOT_SUPPLIED",
    "LIMIT_HIGH_FOR_REVENUE",
}
