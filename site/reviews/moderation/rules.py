"""Each rule looks at one submission and returns a Finding (score + reason code) or None.

Scores add up; the pipeline compares the total with the thresholds in settings. With the defaults
(queue at 0.5, reject at 1.5) a severe finding (1.5) rejects on its own, one or two doubtful signals (0.5
each) send the text to a moderator, three of them reject it.
"""

import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from .text import jaccard, normalise, shingles, words
from .wordlists import MILD, SEVERE

QUEUE_SCORE = 0.5
REJECT_SCORE = 1.5


@dataclass(frozen=True)
class Submission:
    """What a rule may look at. ``kind`` is "product_review", "vendor_review" or "vendor_reply"."""

    text: str
    kind: str = "product_review"
    author: object | None = None
    ip: str | None = None
    product: object | None = None
    partner: object | None = None
    exclude_review_id: int | None = None


@dataclass(frozen=True)
class Finding:
    code: str
    score: float
    message: str
    detail: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"code": self.code, "score": self.score, "message": str(self.message), "detail": self.detail}


class Rule:
    code = ""
    applies_to = ("product_review", "vendor_review", "vendor_reply")

    def check(self, submission: Submission) -> Finding | None:
        raise NotImplementedError


def _phrases_found(text: str, vocabulary: dict[str, set[str]]) -> list[str]:
    padded = f" {' '.join(words(text))} "
    return sorted({phrase for language in vocabulary.values() for phrase in language if f" {phrase} " in padded})


class OffensiveLanguageRule(Rule):
    code = "offensive_language"

    def check(self, submission):
        severe = _phrases_found(submission.text, SEVERE)
        if severe:
            return Finding(
                "offensive_language_severe",
                REJECT_SCORE,
                _("Hateful, threatening or abusive language"),
                {"terms": severe},
            )
        mild = _phrases_found(submission.text, MILD)
        if mild:
            return Finding(self.code, QUEUE_SCORE, _("Swearing or insults"), {"terms": mild})
        return None


EMAIL = re.compile(r"[\w.+-]+\s*(?:@|\(at\)|\[at\]| at )\s*[\w-]+(?:\.|\s*\(dot\)\s*| dot )[a-z]{2,}", re.IGNORECASE)
PHONE = re.compile(r"(?:(?:\+|00)\d{1,3}[\s.-]?)?(?:\(?\d{1,4}\)?[\s.-]?){2,5}\d{2,4}")


def _looks_like_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    return 9 <= len(digits) <= 15 and not re.fullmatch(r"(19|20)\d{2}", digits)


class PersonalDataRule(Rule):
    code = "personal_data"

    def check(self, submission):
        found = []
        if EMAIL.search(submission.text):
            found.append("email")
        if any(_looks_like_phone(match.group()) for match in PHONE.finditer(submission.text)):
            found.append("phone")
        if found:
            return Finding(self.code, QUEUE_SCORE, _("Contains an e-mail address or a phone number"), {"kinds": found})
        return None


LINK = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|fr|io|co|biz|info|shop|store|be|ch|ca|uk|de|ru|cn|ly|gl)\b(?:/\S*)?",
    re.IGNORECASE,
)


class LinkRule(Rule):
    code = "link"

    def check(self, submission):
        # An e-mail address is personal data, not a link: the other rule scores it.
        links = [match.group() for match in LINK.finditer(EMAIL.sub(" ", submission.text))]
        if links:
            return Finding(self.code, QUEUE_SCORE, _("Contains a link"), {"links": links[:5]})
        return None


class DuplicateTextRule(Rule):
    """Same or nearly the same text as another review (3-word shingles, Jaccard similarity)."""

    code = "duplicate_text"
    applies_to = ("product_review",)
    minimum_words = 5

    def check(self, submission):
        candidate = shingles(submission.text)
        if len(words(submission.text)) < self.minimum_words:
            return None
        ProductReview = get_model("reviews", "ProductReview")
        recent = ProductReview.objects.order_by("-id")
        if submission.exclude_review_id:
            recent = recent.exclude(pk=submission.exclude_review_id)
        scope = recent.filter(user=submission.author) if submission.author else recent.none()
        others = list(scope.values_list("title", "body")[:100])
        if submission.product is not None:
            others += list(recent.filter(product=submission.product).values_list("title", "body")[:200])
        best = max((jaccard(candidate, shingles(f"{title} {body}")) for title, body in others), default=0.0)
        if best >= settings.REVIEWS_DUPLICATE_REJECT_SIMILARITY:
            return Finding(
                "duplicate_text_exact", REJECT_SCORE, _("Copy of another review"), {"similarity": round(best, 2)}
            )
        if best >= settings.REVIEWS_DUPLICATE_QUEUE_SIMILARITY:
            return Finding(self.code, QUEUE_SCORE, _("Very similar to another review"), {"similarity": round(best, 2)})
        return None


class BurstRule(Rule):
    """Many reviews in a short time from one account or one address."""

    code = "burst"
    applies_to = ("product_review", "vendor_review")

    def check(self, submission):
        ProductReview = get_model("reviews", "ProductReview")
        limit, minutes = settings.REVIEWS_BURST_LIMIT
        since = timezone.now() - timedelta(minutes=minutes)
        recent = ProductReview.objects.filter(date_created__gte=since)
        by_account = recent.filter(user=submission.author).count() if submission.author else 0
        by_address = recent.filter(submitted_ip=submission.ip).count() if submission.ip else 0
        if max(by_account, by_address) >= limit:
            return Finding(
                self.code,
                QUEUE_SCORE,
                _("Many reviews in a short time from one account or address"),
                {"account": by_account, "address": by_address, "minutes": minutes},
            )
        return None


class NeverBoughtRule(Rule):
    code = "never_bought"
    applies_to = ("product_review",)

    def check(self, submission):
        if submission.author is None or submission.product is None:
            return None
        Line = get_model("order", "Line")
        if Line.objects.filter(order__user=submission.author, product=submission.product).exists():
            return None
        return Finding(self.code, QUEUE_SCORE, _("The reviewer never bought this product"))


class VendorConflictRule(Rule):
    """A vendor reviewing its own product (rejected) or a competitor's (queued)."""

    code = "vendor_conflict"
    applies_to = ("product_review", "vendor_review")

    def check(self, submission):
        author = submission.author
        if author is None:
            return None
        author_partner_ids = set(author.partners.values_list("pk", flat=True))
        if not author_partner_ids:
            return None
        sellers = set()
        if submission.partner is not None:
            sellers.add(submission.partner.pk)
        if submission.product is not None:
            sellers |= set(submission.product.stockrecords.values_list("partner_id", flat=True))
        if author_partner_ids & sellers:
            return Finding("vendor_self_review", REJECT_SCORE, _("A vendor cannot review its own products"))
        return Finding("vendor_competitor_review", QUEUE_SCORE, _("The reviewer is a vendor on the marketplace"))


class ShoutingRule(Rule):
    """Mostly capitals: often spam; mild, only adds to other signals."""

    code = "shouting"

    def check(self, submission):
        letters = [char for char in submission.text if char.isalpha()]
        if len(letters) >= 20 and sum(char.isupper() for char in letters) / len(letters) > 0.8:
            return Finding(self.code, 0.2, _("Written in capitals"))
        return None


DEFAULT_RULES: tuple[Rule, ...] = (
    OffensiveLanguageRule(),
    PersonalDataRule(),
    LinkRule(),
    DuplicateTextRule(),
    BurstRule(),
    NeverBoughtRule(),
    VendorConflictRule(),
    ShoutingRule(),
)

__all__ = ["DEFAULT_RULES", "Finding", "Rule", "Submission", "normalise"]
