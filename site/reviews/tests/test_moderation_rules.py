"""Each pipeline rule, with English and French cases, plus the thresholds that turn scores into decisions."""

import pytest

from reviews.moderation import rules
from reviews.moderation.pipeline import PUBLISH, QUEUE, REJECT, moderate
from reviews.moderation.rules import Submission


def codes(rule, text, **kwargs):
    finding = rule.check(Submission(text=text, **kwargs))
    return finding.code if finding else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This is shit, the seams came apart", "offensive_language"),
        ("What a load of BULLSH1T", "offensive_language"),
        ("Vendeur de merde, colis jamais arrivé", "offensive_language"),
        ("Quel bordel ce service client", "offensive_language"),
        ("Go kill yourself, seller", "offensive_language_severe"),
        ("Espèce de fils de pute", "offensive_language_severe"),
        ("Sale arabe", "offensive_language_severe"),
        ("Great apron, lovely cloth", None),
        ("Livraison en retard mais produit conforme", None),  # "retard" is a delay in French
        ("Pros and cons: light but a bit thin", None),
        ("Une râpe à fromage très efficace", None),  # râpe is a grater
    ],
)
def test_offensive_language_english_and_french(text, expected):
    assert codes(rules.OffensiveLanguageRule(), text) == expected


def test_offensive_language_sees_through_stretching_and_accents():
    assert codes(rules.OffensiveLanguageRule(), "fuuuuck this") == "offensive_language"
    assert codes(rules.OffensiveLanguageRule(), "ENCULÉ") == "offensive_language_severe"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Write to me at jane.doe@example.com for a discount", "personal_data"),
        ("Ecrivez-moi : jean (at) orange.fr", "personal_data"),
        ("Call me on (555) 123-4567 anytime", "personal_data"),
        ("Appelez le 06 12 34 56 78 pour l'acheter moins cher", "personal_data"),
        ("Mon numéro : +33 6 12 34 56 78", "personal_data"),
        ("Bought in 2024, 3 times, size 42", None),
        ("Acheté 2 fois, taille 38, 120 cm de long", None),
    ],
)
def test_personal_data(text, expected):
    assert codes(rules.PersonalDataRule(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cheaper at https://spam.example/shop", "link"),
        ("See www.cheap-aprons.com", "link"),
        ("Moins cher sur tabliers-pas-chers.fr !", "link"),
        ("Fits well. Works fine.", None),
        ("Très bien. Conforme à la description.", None),
    ],
)
def test_links(text, expected):
    assert codes(rules.LinkRule(), text) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text",
    [
        "The cloth is thick and the straps are long enough for tall people",
        "Le tissu est épais et les bretelles sont assez longues pour les grands",
    ],
)
def test_duplicate_and_near_duplicate_text(text, shopper, product, review_factory, django_user_model):
    review_factory(user=shopper, product=product, title="Good", body=text)
    other = django_user_model.objects.create_user(email="other@example.com", password="x")
    rule = rules.DuplicateTextRule()
    exact = rule.check(Submission(text=f"Good\n{text}", author=other, product=product))
    assert exact.code == "duplicate_text_exact" and exact.score >= 1.5
    near = rule.check(Submission(text=f"Good\n{text} !!! and more words here", author=other, product=product))
    assert near.code in ("duplicate_text", "duplicate_text_exact")
    words = text.split()
    near = rule.check(Submission(text=" ".join(words[:9] + ["zzz"] + words[9:]), author=other, product=product))
    assert near.code == "duplicate_text"
    assert (
        rule.check(
            Submission(text="Completely different words about another topic entirely", author=other, product=product)
        )
        is None
    )


@pytest.mark.django_db
def test_burst_from_one_account_and_from_one_address(
    settings, shopper, product_factory, review_factory, django_user_model
):
    settings.REVIEWS_BURST_LIMIT = (3, 60)
    for index in range(3):
        review_factory(
            user=shopper,
            product=product_factory(title=f"P{index}"),
            title=f"Review {index}",
            body=f"Distinct text number {index} about this item",
            ip="10.0.0.9",
        )
    rule = rules.BurstRule()
    assert codes(rule, "Un avis de plus", author=shopper) == "burst"
    stranger = django_user_model.objects.create_user(email="new@example.com", password="x")
    assert codes(rule, "One more review", author=stranger, ip="10.0.0.9") == "burst"
    assert codes(rule, "One more review", author=stranger, ip="10.0.0.10") is None


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["Never bought it but it looks bad", "Jamais acheté mais il a l'air nul"])
def test_reviewer_who_never_bought(text, shopper, product, order_line_factory):
    rule = rules.NeverBoughtRule()
    assert codes(rule, text, author=shopper, product=product) == "never_bought"
    order_line_factory(user=shopper, product=product)
    assert codes(rule, text, author=shopper, product=product) is None


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["Best apron ever, buy it", "Le meilleur tablier, achetez-le"])
def test_vendor_reviewing_itself_or_a_competitor(text, vendor_a, vendor_b, product, shopper):
    rule = rules.VendorConflictRule()
    assert codes(rule, text, author=vendor_a[1], product=product) == "vendor_self_review"
    assert codes(rule, text, author=vendor_b[1], product=product) == "vendor_competitor_review"
    assert codes(rule, text, author=shopper, product=product) is None


def test_shouting():
    assert codes(rules.ShoutingRule(), "NEVER BUY FROM THIS SELLER EVER AGAIN") == "shouting"
    assert codes(rules.ShoutingRule(), "N'ACHETEZ JAMAIS CHEZ CE VENDEUR, JAMAIS") == "shouting"
    assert codes(rules.ShoutingRule(), "Nice. OK.") is None


class FixedRule(rules.Rule):
    def __init__(self, score):
        self.score = score

    def check(self, submission):
        return rules.Finding("fixed", self.score, "fixed")


@pytest.mark.parametrize(
    ("scores", "decision"),
    [
        ((), PUBLISH),
        ((0.2,), PUBLISH),
        ((0.5,), QUEUE),
        ((0.5, 0.2), QUEUE),
        ((0.5, 0.5), QUEUE),
        ((0.5, 0.5, 0.5), REJECT),
        ((1.5,), REJECT),
    ],
)
def test_thresholds_turn_scores_into_decisions(scores, decision):
    verdict = moderate(Submission(text="x"), rules=tuple(FixedRule(score) for score in scores))
    assert verdict.decision == decision
    assert [reason["code"] for reason in verdict.reasons] == ["fixed"] * len(scores)


def test_an_email_address_is_not_also_counted_as_a_link():
    assert codes(rules.LinkRule(), "Write to jane@example.com") is None
    assert codes(rules.LinkRule(), "Écrivez à jean@exemple.fr ou voyez exemple.fr") == "link"
