from dataclasses import dataclass

from django.conf import settings

from .rules import DEFAULT_RULES, Finding, Rule, Submission

PUBLISH, QUEUE, REJECT = "publish", "queue", "reject"


@dataclass(frozen=True)
class Verdict:
    decision: str
    score: float
    findings: tuple[Finding, ...]

    @property
    def reasons(self) -> list[dict]:
        return [finding.as_dict() for finding in self.findings]


def moderate(submission: Submission, rules: tuple[Rule, ...] = DEFAULT_RULES) -> Verdict:
    """Run every rule that applies to this kind of content and decide from the total score."""
    findings = tuple(
        finding
        for rule in rules
        if submission.kind in rule.applies_to
        for finding in [rule.check(submission)]
        if finding is not None
    )
    score = round(sum(finding.score for finding in findings), 3)
    if score >= settings.REVIEWS_MODERATION_REJECT_AT:
        decision = REJECT
    elif score >= settings.REVIEWS_MODERATION_QUEUE_AT:
        decision = QUEUE
    else:
        decision = PUBLISH
    return Verdict(decision=decision, score=score, findings=findings)
