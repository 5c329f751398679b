"""State changes of the reviews domain: submit, moderate, reply, dispute, collect, reward, badge.

Every decision on user content goes through ``_judge`` (the automatic pipeline) or
``content_moderate`` (a staff member), and both write a ModerationDecision row.
"""

import html
from datetime import datetime, timedelta

import nh3
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, models, transaction
from django.db.models import Sum
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from .media import media_check
from .models import (
    ModerationDecision,
    ModerationStatus,
    ProductReview,
    ReviewDispute,
    ReviewMedia,
    ReviewOptOut,
    ReviewReport,
    ReviewRequest,
    ReviewReward,
    SellerBadge,
    SellerBadgeEvent,
    VendorReply,
    VendorReview,
)
from .moderation.pipeline import PUBLISH, QUEUE, REJECT, Verdict, moderate
from .moderation.rules import Submission

REQUEST_SALT = "reviews.request"
OPT_OUT_SALT = "reviews.opt-out"
DELIVERED_LINE_STATUSES = {"Delivered", "Complete"}
STATUS_FOR_DECISION = {
    PUBLISH: ModerationStatus.PUBLISHED,
    QUEUE: ModerationStatus.PENDING,
    REJECT: ModerationStatus.REJECTED,
}


# --- text ---------------------------------------------------------------------------------------


def plain_text(value: str | None) -> str:
    """Reviews are plain text: tags (and script/style contents) removed, entities decoded, whitespace trimmed."""
    cleaned = nh3.clean(value or "", tags=set(), clean_content_tags={"script", "style"}, strip_comments=True)
    return html.unescape(cleaned).strip()


def _check_score(value, field: str, errors: dict, required: bool = True) -> int | None:
    if value in (None, ""):
        if required:
            errors[field] = _("Choose a rating from 1 to 5 stars.")
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if not 1 <= number <= 5:
        errors[field] = _("A rating is a whole number from 1 to 5.")
        return None
    return number


def _check_text(*, title: str, body: str, errors: dict) -> tuple[str, str]:
    title, body = plain_text(title), plain_text(body)
    if not title:
        errors["title"] = _("Give your review a title.")
    elif len(title) > settings.REVIEWS_TITLE_MAX_LENGTH:
        errors["title"] = _("The title is too long (%(max)d characters at most).") % {
            "max": settings.REVIEWS_TITLE_MAX_LENGTH
        }
    if len(body) < settings.REVIEWS_BODY_MIN_LENGTH:
        errors["body"] = _("Tell a little more (%(min)d characters at least).") % {
            "min": settings.REVIEWS_BODY_MIN_LENGTH
        }
    elif len(body) > settings.REVIEWS_BODY_MAX_LENGTH:
        errors["body"] = _("The review is too long (%(max)d characters at most).") % {
            "max": settings.REVIEWS_BODY_MAX_LENGTH
        }
    return title, body


# --- moderation ---------------------------------------------------------------------------------


def _log_decision(
    obj, *, decision: str, score: float, reasons: list, moderator=None, note: str = ""
) -> ModerationDecision:
    return ModerationDecision.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        decision=decision,
        score=score,
        reasons=reasons,
        moderator=moderator,
        note=note,
    )


def _apply_status(obj, decision: str) -> None:
    obj.status = STATUS_FOR_DECISION[decision]
    if decision == PUBLISH and obj.date_published is None:
        obj.date_published = timezone.now()


def _judge(obj, verdict: Verdict) -> None:
    """Record the pipeline's verdict on a saved object and queue its side effects."""
    obj.moderation_score = verdict.score
    obj.moderation_reasons = verdict.reasons
    _apply_status(obj, verdict.decision)
    obj.save()
    _log_decision(obj, decision=verdict.decision, score=verdict.score, reasons=verdict.reasons)
    _after_decision(obj, verdict.decision)


def _after_decision(obj, decision: str) -> None:
    if isinstance(obj, ProductReview):
        _product_rating_update(obj.product)
        if decision == PUBLISH:
            transaction.on_commit(lambda: incentive_award(review_id=obj.pk))
    if decision in (QUEUE, REJECT) and not isinstance(obj, VendorReply):
        transaction.on_commit(lambda: _notify_author(obj, decision))
    if isinstance(obj, VendorReply) and decision == PUBLISH:
        transaction.on_commit(lambda: _notify_reviewer_of_reply(obj))
    if isinstance(obj, VendorReply) and decision == REJECT:
        transaction.on_commit(lambda: _notify_author(obj, decision))


def _product_rating_update(product) -> None:
    """Keep Oscar's denormalised ``Product.rating`` (listing stars) in step with published reviews."""
    if product is None:
        return
    rating = product.calculate_rating()
    type(product).objects.filter(pk=product.pk).update(rating=rating)
    product.rating = rating


def content_moderate(*, obj, moderator, decision: str, note: str = "") -> None:
    """A staff member publishes or rejects a review, vendor review or reply; the author learns the reason."""
    if decision not in (PUBLISH, REJECT):
        raise ValidationError(_("Unknown decision."))
    if decision == REJECT and not note.strip():
        raise ValidationError({"note": _("Give the author a reason for the rejection.")})
    with transaction.atomic():
        obj = type(obj).objects.select_for_update().get(pk=obj.pk)
        _apply_status(obj, decision)
        if decision == REJECT:
            obj.moderation_reasons = [
                *obj.moderation_reasons,
                {"code": "staff", "score": 0, "message": note, "detail": {}},
            ]
        obj.save()
        _log_decision(
            obj,
            decision=decision,
            score=obj.moderation_score,
            reasons=obj.moderation_reasons,
            moderator=moderator,
            note=note,
        )
        if isinstance(obj, ProductReview):
            obj.reports.filter(is_resolved=False).update(is_resolved=True)
        _after_decision(obj, decision)


# --- notifications ------------------------------------------------------------------------------


def _site_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(template: str, *, to: str, context: dict) -> None:
    if not to:
        return
    subject = render_to_string(f"reviews/email/{template}_subject.txt", context).strip()
    body = render_to_string(f"reviews/email/{template}.txt", context)
    send_mail(subject, body, None, [to])


def _author_email(obj) -> str:
    user = getattr(obj, "user", None)
    if user is not None:
        return user.email
    return getattr(obj, "email", "")


def _notify_author(obj, decision: str) -> None:
    obj.refresh_from_db()
    if obj.status != STATUS_FOR_DECISION[decision]:
        return  # decided again since
    _send(
        "decision",
        to=_author_email(obj),
        context={"object": obj, "decision": decision, "reasons": obj.moderation_reasons},
    )


def _notify_reviewer_of_reply(reply: VendorReply) -> None:
    review = reply.review
    _send(
        "reply",
        to=_author_email(review),
        context={"reply": reply, "review": review, "url": _site_url(review.product.get_absolute_url())},
    )


# --- product reviews ----------------------------------------------------------------------------


def line_is_delivered(line) -> bool:
    if line.status in DELIVERED_LINE_STATUSES:
        return True
    request = ReviewRequest.objects.filter(order_line=line).only("delivered_at").first()
    return bool(request and request.delivered_at)


def _delivered_unreviewed_line(*, user, product):
    Line = get_model("order", "Line")
    lines = Line.objects.filter(order__user=user, product=product, product_reviews__isnull=True).select_related("order")
    return next((line for line in lines.order_by("-order__date_placed") if line_is_delivered(line)), None)


def review_submit(
    *,
    user,
    product,
    score,
    title: str,
    body: str,
    order_line=None,
    ip: str | None = None,
    media=(),
    quality_score=None,
    value_score=None,
    source: str = "web",
) -> ProductReview:
    """Validate, moderate and store a product review; verified when tied to the buyer's delivered line."""
    errors: dict = {}
    if user is not None and not user.is_authenticated:
        user = None
    if user is None and order_line is None and not settings.OSCAR_ALLOW_ANON_REVIEWS:
        raise PermissionDenied(_("Sign in to write a review."))
    score = _check_score(score, "score", errors)
    quality_score = _check_score(quality_score, "quality_score", errors, required=False)
    value_score = _check_score(value_score, "value_score", errors, required=False)
    title, body = _check_text(title=title, body=body, errors=errors)
    media = list(media)
    if len(media) > settings.REVIEWS_MAX_MEDIA:
        errors["media"] = _("Attach %(max)d files at most.") % {"max": settings.REVIEWS_MAX_MEDIA}
    checked = []
    for upload in media if "media" not in errors else ():
        try:
            checked.append((upload, media_check(upload)))
        except ValidationError as error:
            errors["media"] = error.messages[0]
            break
    if order_line is not None:
        if order_line.product_id != product.pk:
            errors["order_line"] = _("This order line is for another product.")
        elif user is not None and order_line.order.user_id not in (None, user.pk):
            raise PermissionDenied(_("This order line is not yours."))
        elif not line_is_delivered(order_line):
            errors["order_line"] = _("You can review this item once it is delivered.")
    elif user is not None:
        order_line = _delivered_unreviewed_line(user=user, product=product)
        if order_line is None and not settings.REVIEWS_ALLOW_UNVERIFIED:
            errors["__all__"] = _("Only buyers of this product can review it.")
    if order_line is not None and ProductReview.objects.filter(order_line=order_line).exists():
        errors["__all__"] = _("You have already reviewed this purchase.")
    elif user is not None and ProductReview.objects.filter(product=product, user=user).exists():
        errors["__all__"] = _("You have already reviewed this product.")
    if errors:
        raise ValidationError(errors)

    order = order_line.order if order_line is not None else None
    review = ProductReview(
        product=product,
        user=user,
        name="" if user else (order.shipping_address.name if order and order.shipping_address else _("Verified buyer")),
        email="" if user else (order.email if order else ""),
        score=score,
        title=title,
        body=body,
        order_line=order_line,
        partner=order_line.partner if order_line is not None else _main_partner(product),
        is_verified_purchase=order_line is not None,
        quality_score=quality_score,
        value_score=value_score,
        has_media=bool(checked),
        submitted_ip=ip,
        source=source,
        status=ModerationStatus.PENDING,
    )
    verdict = moderate(Submission(text=f"{title}\n{body}", author=user, ip=ip, product=product, partner=review.partner))
    try:
        with transaction.atomic():
            review.save()
            for upload, info in checked:
                ReviewMedia.objects.create(
                    review=review, kind=info.kind, content_type=info.content_type, size=info.size, file=upload
                )
            if order_line is not None:
                ReviewRequest.objects.filter(order_line=order_line).update(completed_at=timezone.now())
            _judge(review, verdict)
    except IntegrityError as error:
        raise ValidationError(_("You have already reviewed this purchase.")) from error
    return review


def review_write_from_link(
    *, review_request: ReviewRequest, ip: str | None = None, vendor_scores: dict | None = None, **review_fields
) -> ProductReview:
    """The signed e-mail link: a verified review of the line, and optionally of its vendor, all or nothing."""
    line = review_request.order_line
    with transaction.atomic():
        review = review_submit(
            user=line.order.user, product=line.product, order_line=line, ip=ip, source="email", **review_fields
        )
        if vendor_scores and line.partner_id:
            vendor_review_submit(
                user=line.order.user,
                partner=line.partner,
                order=line.order,
                ip=ip,
                delivery_score=vendor_scores.get("delivery_score"),
                communication_score=vendor_scores.get("communication_score"),
                as_described_score=vendor_scores.get("as_described_score"),
                body=vendor_scores.get("body", ""),
            )
    return review


def _main_partner(product):
    record = product.stockrecords.order_by("pk").only("partner_id").first()
    return record.partner if record else None


def review_vote(*, review: ProductReview, user, helpful: bool) -> None:
    Vote = get_model("reviews", "Vote")
    vote = Vote(review=review, user=user, delta=Vote.UP if helpful else Vote.DOWN)
    vote.full_clean()
    with transaction.atomic():
        vote.save()


def review_report(*, review: ProductReview, reporter, reason: str, comment: str = "") -> ReviewReport:
    """A shopper or vendor flags a review; enough open reports send it back to the staff queue."""
    if reason not in dict(ReviewReport.REASONS):
        raise ValidationError({"reason": _("Choose a reason.")})
    with transaction.atomic():
        report, created = ReviewReport.objects.get_or_create(
            review=review, reporter=reporter, defaults={"reason": reason, "comment": plain_text(comment)[:1000]}
        )
        if not created:
            raise ValidationError(_("You have already reported this review."))
        open_reports = review.reports.filter(is_resolved=False).count()
        if review.status == ModerationStatus.PUBLISHED and open_reports >= settings.REVIEWS_REPORTS_TO_QUEUE:
            review.status = ModerationStatus.PENDING
            review.save(update_fields=["status"])
            _log_decision(
                review,
                decision=QUEUE,
                score=review.moderation_score,
                reasons=[
                    {
                        "code": "reported",
                        "score": 0,
                        "message": _("Reported by readers"),
                        "detail": {"reports": open_reports},
                    }
                ],
            )
            _product_rating_update(review.product)
    return report


# --- vendor reviews, replies and disputes ---------------------------------------------------------


def seller_partner_ids(review: ProductReview) -> set[int]:
    if review.partner_id:
        return {review.partner_id}
    return set(review.product.stockrecords.values_list("partner_id", flat=True))


def _vendor_partner_for(*, review: ProductReview, user):
    """The partner through which ``user`` may act on ``review``, or PermissionDenied (vendor A ≠ vendor B)."""
    Partner = get_model("partner", "Partner")
    partner = Partner.objects.filter(users=user, pk__in=seller_partner_ids(review)).first()
    if partner is None:
        raise PermissionDenied(_("Only the vendor of this product can do that."))
    return partner


def vendor_reply_save(*, review: ProductReview, user, body: str) -> VendorReply:
    """Create or edit the vendor's single public reply; it goes through the same pipeline as reviews."""
    partner = _vendor_partner_for(review=review, user=user)
    body = plain_text(body)
    if not body:
        raise ValidationError({"body": _("Write a reply.")})
    if len(body) > settings.REVIEWS_BODY_MAX_LENGTH:
        raise ValidationError({"body": _("The reply is too long.")})
    verdict = moderate(Submission(text=body, kind="vendor_reply", author=user, partner=partner))
    with transaction.atomic():
        reply, _created = VendorReply.objects.select_for_update().get_or_create(
            review=review, defaults={"partner": partner, "author": user, "body": body}
        )
        reply.body, reply.author = body, user
        _judge(reply, verdict)
    return reply


def vendor_review_submit(
    *,
    user,
    partner,
    order,
    delivery_score,
    communication_score,
    as_described_score,
    body: str = "",
    ip: str | None = None,
) -> VendorReview:
    errors: dict = {}
    scores = {
        field: _check_score(value, field, errors)
        for field, value in (
            ("delivery_score", delivery_score),
            ("communication_score", communication_score),
            ("as_described_score", as_described_score),
        )
    }
    body = plain_text(body)
    if len(body) > settings.REVIEWS_BODY_MAX_LENGTH:
        errors["vendor_body"] = _("The comment is too long.")
    if order is not None and VendorReview.objects.filter(partner=partner, order=order).exists():
        errors["__all__"] = _("You have already rated this vendor for this order.")
    if errors:
        raise ValidationError(errors)
    verdict = moderate(Submission(text=body, kind="vendor_review", author=user, ip=ip, partner=partner))
    with transaction.atomic():
        review = VendorReview.objects.create(
            partner=partner,
            order=order,
            user=user,
            body=body,
            submitted_ip=ip,
            is_verified_purchase=order is not None,
            **scores,
        )
        _judge(review, verdict)
    return review


def review_dispute_open(*, review: ProductReview, user, reason: str) -> ReviewDispute:
    partner = _vendor_partner_for(review=review, user=user)
    reason = plain_text(reason)
    if len(reason) < 10:
        raise ValidationError({"reason": _("Explain why this review breaks the rules.")})
    try:
        with transaction.atomic():
            return ReviewDispute.objects.create(review=review, partner=partner, opened_by=user, reason=reason)
    except IntegrityError as error:
        raise ValidationError(_("A dispute about this review is already open.")) from error


def review_dispute_decide(*, dispute: ReviewDispute, moderator, uphold: bool, note: str) -> ReviewDispute:
    """Staff decide: an upheld dispute rejects the review (kept, with the reason); a dismissed one leaves it."""
    if not note.strip():
        raise ValidationError({"note": _("Explain the decision.")})
    with transaction.atomic():
        dispute = ReviewDispute.objects.select_for_update().get(pk=dispute.pk)
        if dispute.status != ReviewDispute.OPEN:
            raise ValidationError(_("This dispute was already decided."))
        dispute.status = ReviewDispute.UPHELD if uphold else ReviewDispute.DISMISSED
        dispute.decided_by, dispute.decision_note, dispute.date_decided = moderator, note, timezone.now()
        dispute.save()
        if uphold:
            content_moderate(obj=dispute.review, moderator=moderator, decision=REJECT, note=note)
    return dispute


# --- collection: review requests, reminders, opt-out ----------------------------------------------


def request_delay_days(line) -> int:
    by_category = settings.REVIEWS_REQUEST_DELAY_DAYS_BY_CATEGORY
    if line.product_id and by_category:
        for slug in line.product.categories.values_list("slug", flat=True):
            if slug in by_category:
                return by_category[slug]
    return settings.REVIEWS_REQUEST_DELAY_DAYS


def review_request_schedule(*, line, status: str, at: datetime | None = None) -> ReviewRequest | None:
    """Plan the invitation: N days after delivery, or after a longer wait when only shipping is known."""
    at = at or timezone.now()
    order = line.order
    email = order.user.email if order.user_id else order.guest_email
    if not email:
        return None
    with transaction.atomic():
        request, _created = ReviewRequest.objects.select_for_update().get_or_create(
            order_line=line, defaults={"email": email}
        )
        if status == "delivered" and request.delivered_at is None:
            request.delivered_at = at
            request.due_at = at + timedelta(days=request_delay_days(line))
        elif status == "shipped" and request.shipped_at is None:
            request.shipped_at = at
            if request.delivered_at is None:
                request.due_at = at + timedelta(days=settings.REVIEWS_REQUEST_AFTER_SHIPPING_DAYS)
        request.save()
    return request


def review_link_token(request: ReviewRequest) -> str:
    return signing.dumps({"request": request.pk}, salt=REQUEST_SALT, compress=True)


def review_request_from_token(token: str) -> ReviewRequest:
    """The request behind a signed link; expired, forged or already used links are refused."""
    try:
        data = signing.loads(token, salt=REQUEST_SALT, max_age=timedelta(days=settings.REVIEWS_LINK_MAX_AGE_DAYS))
    except signing.SignatureExpired as error:
        raise ValidationError(_("This review link has expired.")) from error
    except signing.BadSignature as error:
        raise ValidationError(_("This review link is not valid.")) from error
    request = (
        ReviewRequest.objects.select_related("order_line__order__user", "order_line__product", "order_line__partner")
        .filter(pk=data.get("request"))
        .first()
    )
    if request is None:
        raise ValidationError(_("This review link is not valid."))
    if request.completed_at is not None or ProductReview.objects.filter(order_line=request.order_line_id).exists():
        raise ValidationError(_("This review link was already used."))
    return request


def opt_out_token(email: str) -> str:
    return signing.dumps(email.lower(), salt=OPT_OUT_SALT)


def review_opt_out(*, token: str) -> str:
    try:
        email = signing.loads(token, salt=OPT_OUT_SALT)
    except signing.BadSignature as error:
        raise ValidationError(_("This unsubscribe link is not valid.")) from error
    ReviewOptOut.objects.get_or_create(email=email)
    return email


def _request_email_context(request: ReviewRequest, *, reminder: bool) -> dict:
    token = review_link_token(request)
    write = reverse("reviews:write", kwargs={"token": token})
    return {
        "request": request,
        "line": request.order_line,
        "reminder": reminder,
        "star_links": [(stars, _site_url(f"{write}?score={stars}")) for stars in range(1, 6)],
        "write_url": _site_url(write),
        "unsubscribe_url": _site_url(reverse("reviews:unsubscribe", kwargs={"token": opt_out_token(request.email)})),
        "points": settings.REVIEWS_INCENTIVE_POINTS,
    }


def review_request_send(*, request_id: int, now: datetime | None = None) -> str:
    """Send the invitation or, later, the one reminder. Idempotent: returns what it did."""
    now = now or timezone.now()
    with transaction.atomic():
        request = (
            ReviewRequest.objects.select_for_update(of=("self",))
            .select_related("order_line__product")
            .get(pk=request_id)
        )
        if request.completed_at or ProductReview.objects.filter(order_line=request.order_line_id).exists():
            return "completed"
        if ReviewOptOut.objects.filter(email__iexact=request.email).exists():
            return "opted-out"
        if request.sent_at is None:
            if request.due_at is None or request.due_at > now:
                return "not-due"
            reminder, field = False, "sent_at"
        elif request.reminder_sent_at is None:
            if request.sent_at + timedelta(days=settings.REVIEWS_REMINDER_AFTER_DAYS) > now:
                return "not-due"
            reminder, field = True, "reminder_sent_at"
        else:
            return "done"
        setattr(request, field, now)
        request.save(update_fields=[field])
        context = _request_email_context(request, reminder=reminder)
        transaction.on_commit(lambda: _send("request", to=request.email, context=context))
    return "reminder" if reminder else "sent"


def review_requests_due(*, now: datetime | None = None) -> list[int]:
    now = now or timezone.now()
    reminder_before = now - timedelta(days=settings.REVIEWS_REMINDER_AFTER_DAYS)
    due = ReviewRequest.objects.filter(completed_at__isnull=True).filter(
        models.Q(sent_at__isnull=True, due_at__lte=now)
        | models.Q(sent_at__lte=reminder_before, reminder_sent_at__isnull=True)
    )
    return list(due.values_list("pk", flat=True))


# --- incentives -------------------------------------------------------------------------------------


def incentive_points(review: ProductReview) -> dict[str, int]:
    """Points for a published review: the same whatever the score (ratings cannot be bought)."""
    points = settings.REVIEWS_INCENTIVE_POINTS
    breakdown = {"review": points["review"]}
    if len(review.body) >= settings.REVIEWS_INCENTIVE_TEXT_MIN_LENGTH:
        breakdown["text"] = points["text"]
    if review.has_media:
        breakdown["media"] = points["media"]
    return breakdown


def incentive_award(*, review_id: int) -> ReviewReward | None:
    """Grant loyalty points once per published review, within the per-period cap; labels the review."""
    cap, days = settings.REVIEWS_INCENTIVE_CAP
    with transaction.atomic():
        review = ProductReview.objects.select_for_update().filter(pk=review_id).first()
        if review is None or review.user_id is None or review.status != ModerationStatus.PUBLISHED:
            return None
        if ReviewReward.objects.filter(review=review).exists():
            return review.reward
        since = timezone.now() - timedelta(days=days)
        used = (
            ReviewReward.objects.filter(user_id=review.user_id, date_created__gte=since).aggregate(total=Sum("points"))[
                "total"
            ]
            or 0
        )
        breakdown = incentive_points(review)
        points = min(sum(breakdown.values()), max(cap - used, 0))
        if points <= 0:
            return None
        reward = ReviewReward.objects.create(review=review, user_id=review.user_id, points=points, breakdown=breakdown)
        ProductReview.objects.filter(pk=review.pk).update(is_incentivised=True)
    return reward


# --- verified-seller badge ----------------------------------------------------------------------------


def seller_badge_metrics(*, partner, now: datetime | None = None) -> dict:
    now = now or timezone.now()
    since = now - timedelta(days=settings.REVIEWS_BADGE_WINDOW_DAYS)
    published = ProductReview.objects.filter(partner=partner, status=ModerationStatus.PUBLISHED)
    totals = published.aggregate(
        verified=models.Count("pk", filter=models.Q(is_verified_purchase=True)), average=models.Avg("score")
    )
    recent = published.filter(date_created__gte=since)
    recent_count = recent.count()
    replied = recent.filter(vendor_reply__status=ModerationStatus.PUBLISHED).count()
    disputes = ReviewDispute.objects.filter(partner=partner, date_created__gte=since).count()
    return {
        "verified_reviews": totals["verified"],
        "average": round(totals["average"] or 0, 2),
        "response_rate": round(replied / recent_count, 3) if recent_count else 0.0,
        "dispute_rate": round(disputes / recent_count, 3) if recent_count else 0.0,
        "window_reviews": recent_count,
    }


def seller_badge_qualifies(metrics: dict) -> bool:
    return (
        metrics["verified_reviews"] >= settings.REVIEWS_BADGE_MIN_VERIFIED_REVIEWS
        and metrics["average"] >= settings.REVIEWS_BADGE_MIN_AVERAGE
        and metrics["response_rate"] >= settings.REVIEWS_BADGE_MIN_RESPONSE_RATE
        and metrics["dispute_rate"] <= settings.REVIEWS_BADGE_MAX_DISPUTE_RATE
    )


def seller_badge_recompute(*, partner, now: datetime | None = None) -> SellerBadge:
    """Grant or revoke the verified-seller badge from the thresholds; every change goes to the history."""
    now = now or timezone.now()
    metrics = seller_badge_metrics(partner=partner, now=now)
    qualifies = seller_badge_qualifies(metrics)
    with transaction.atomic():
        badge, _created = SellerBadge.objects.select_for_update().get_or_create(partner=partner)
        if qualifies != badge.is_verified:
            SellerBadgeEvent.objects.create(
                partner=partner,
                metrics=metrics,
                event=SellerBadgeEvent.GRANTED if qualifies else SellerBadgeEvent.REVOKED,
            )
            badge.date_granted = now if qualifies else None
        badge.is_verified, badge.metrics, badge.date_computed = qualifies, metrics, now
        badge.save()
    return badge
