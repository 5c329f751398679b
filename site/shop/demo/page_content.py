"""Text of the demo's editorial pages, in English and French, as StreamField data.

Each page has one builder; the words live in a per-language table beside it,
so the two languages always share the same structure. Links are passed in
because page URLs depend on the site (``SITE_URL``) and on the language.
"""

from dataclasses import dataclass

ENGLISH, FRENCH = "en", "fr"
HOME_SLUG = "home"
# Slugs of the pages below the home page, per language (the French pages get French URLs).
PAYMENT_OPTIONS_SLUGS = {ENGLISH: "payment-options", FRENCH: "moyens-de-paiement"}
PAYMENT_GUIDE_SLUGS = {ENGLISH: "how-to-pay", FRENCH: "comment-payer"}


@dataclass(frozen=True)
class Links:
    shop: str
    payment_options: str
    payment_guide: str


@dataclass(frozen=True)
class Carousel:
    category_slug: str
    titles: dict[str, str]  # language -> title


@dataclass(frozen=True)
class PageContent:
    title: str
    introduction: str
    body: list[dict]  # StreamField raw data: [{"type": ..., "value": ...}]


def _block(block_type: str, value) -> dict:
    return {"type": block_type, "value": value}


def _call_to_action(text: dict, *, button_url: str) -> dict:
    """The closing call to action of a page, from the "cta_*" entries of its text table."""
    value = {"title": text["cta_title"], "text": text["cta_text"], "button_text": text["cta_button"]}
    return _block("call_to_action", {**value, "button_url": button_url})


def _page(text: dict, body: list[dict]) -> PageContent:
    return PageContent(title=text["title"], introduction=text["introduction"], body=body)


# ---------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------
HOME_TEXT = {
    ENGLISH: {
        "title": "Comptoir",
        "introduction": (
            "Comptoir brings together hundreds of independent shops — homeware, electronics, beauty, sport and "
            "much more — and every product is sold and shipped by the people who know it best."
        ),
        "hero_title": "Independent shops, one checkout",
        "hero_subtitle": (
            "Thousands of products from specialist sellers. Pay at once, in 3 or 4 instalments, "
            "or 30 days after your order ships."
        ),
        "hero_button": "Browse the shop",
        "why_heading": "Why shop on Comptoir",
        "why_text": (
            "<p>Every product on Comptoir is sold by an independent vendor: a specialist shop, a workshop, a "
            "family business. You can see who sells each item before you buy, and one basket can hold products "
            "from several vendors, paid for in a single checkout.</p>"
            "<ul><li><b>One basket, one payment</b>, however many shops you buy from.</li>"
            "<li><b>Flexible payment</b>: at once, in 3 or 4 instalments, or 30 days after shipping.</li>"
            "<li><b>Business accounts</b> with invoices and net 30 or net 60 terms.</li></ul>"
        ),
        "cta_title": "Pay the way that suits you",
        "cta_text": (
            "Spread a purchase over three or four monthly instalments at no extra cost, pay 30 days after your "
            "order ships, or buy on account for your company."
        ),
        "cta_button": "See payment options",
    },
    FRENCH: {
        "title": "Comptoir",
        "introduction": (
            "Comptoir réunit des centaines de boutiques indépendantes — maison, high-tech, beauté, sport et bien "
            "plus — et chaque produit est vendu et expédié par ceux qui le connaissent le mieux."
        ),
        "hero_title": "Des boutiques indépendantes, un seul panier",
        "hero_subtitle": (
            "Des milliers de produits de vendeurs spécialisés. Payez comptant, en 3 ou 4 fois, "
            "ou 30 jours après l'expédition de votre commande."
        ),
        "hero_button": "Découvrir la boutique",
        "why_heading": "Pourquoi acheter sur Comptoir",
        "why_text": (
            "<p>Chaque produit de Comptoir est vendu par un vendeur indépendant : une boutique spécialisée, un "
            "atelier, une entreprise familiale. Vous voyez qui vend chaque article avant d'acheter, et un même "
            "panier peut réunir les produits de plusieurs vendeurs, réglés en un seul paiement.</p>"
            "<ul><li><b>Un panier, un paiement</b>, quel que soit le nombre de boutiques.</li>"
            "<li><b>Un paiement souple</b> : comptant, en 3 ou 4 fois, ou 30 jours après l'expédition.</li>"
            "<li><b>Des comptes professionnels</b> avec facture et paiement à 30 ou 60 jours.</li></ul>"
        ),
        "cta_title": "Payez comme il vous convient",
        "cta_text": (
            "Étalez un achat en trois ou quatre mensualités sans frais, payez 30 jours après l'expédition de votre "
            "commande, ou achetez sur compte pour votre entreprise."
        ),
        "cta_button": "Voir les moyens de paiement",
    },
}


def home_page(*, language: str, links: Links, carousels: list[Carousel]) -> PageContent:
    text = HOME_TEXT[language]
    body = [
        _block(
            "hero",
            {
                "title": text["hero_title"],
                "subtitle": text["hero_subtitle"],
                "image": None,
                "button_text": text["hero_button"],
                "button_url": links.shop,
            },
        ),
        *(
            _block(
                "product_carousel",
                {"title": carousel.titles[language], "category_slug": carousel.category_slug, "limit": 8},
            )
            for carousel in carousels
        ),
        _block("heading", text["why_heading"]),
        _block("paragraph", text["why_text"]),
        _call_to_action(text, button_url=links.payment_options),
    ]
    return _page(text, body)


# ---------------------------------------------------------------------------
# Landing page: payment options
# ---------------------------------------------------------------------------
PAYMENT_OPTIONS_TEXT = {
    ENGLISH: {
        "title": "Payment options",
        "introduction": (
            "Pay for your order at once, spread it over three or four instalments, settle it 30 days later, or "
            "buy on account as a business. Every option is offered at checkout, whichever vendors are in your "
            "basket."
        ),
        "options": [
            (
                "Pay now by card",
                "Visa, Mastercard and American Express, charged when your order is confirmed.",
                "<ul><li>No minimum or maximum basket.</li>"
                "<li>Protected by 3-D Secure: your bank may ask you to confirm the payment.</li>"
                "<li>Refunds go back to the same card, usually within 5 to 10 working days.</li></ul>",
            ),
            (
                "Pay in 3 or 4 instalments",
                "Split baskets from €100 to €3,000 into three or four monthly payments, at no extra cost.",
                "<ul><li>The first instalment is taken when you order, the next ones every 30 days from the same "
                "card.</li><li>No fees and no interest: you pay exactly the price of your basket (APR 0%).</li>"
                "<li>For customers aged 18 or over, with a debit or credit card valid until the last "
                "instalment.</li></ul>",
            ),
            (
                "Pay in 30 days",
                "Receive your order first and pay 30 days after it ships.",
                "<ul><li>For baskets from €20 to €1,000.</li>"
                "<li>Your card is registered at checkout and charged automatically on day 30; we send you a "
                "reminder three days before.</li><li>Free of charge when paid on time.</li></ul>",
            ),
            (
                "Business account: net 30 or net 60",
                "Companies buy on invoice and pay by bank transfer 30 or 60 days after the invoice date.",
                "<ul><li>Open to companies, sole traders and public bodies with a SIREN or EU VAT number.</li>"
                "<li>A credit limit is set when your account is approved, and grows with your payment "
                "history.</li><li>One monthly statement for all your orders, whatever the vendor.</li></ul>",
            ),
        ],
        "cta_title": "How does it work in detail?",
        "cta_text": (
            "Eligibility, amounts, fees and credit limits for companies: our guide answers the questions "
            "customers ask most."
        ),
        "cta_button": "Read the guide",
    },
    FRENCH: {
        "title": "Moyens de paiement",
        "introduction": (
            "Payez votre commande comptant, étalez-la en trois ou quatre fois, réglez-la 30 jours plus tard, ou "
            "achetez sur compte en tant que professionnel. Chaque option est proposée au moment du paiement, "
            "quels que soient les vendeurs de votre panier."
        ),
        "options": [
            (
                "Paiement comptant par carte",
                "Visa, Mastercard et American Express, débitées à la confirmation de votre commande.",
                "<ul><li>Sans minimum ni maximum de panier.</li>"
                "<li>Sécurisé par 3-D Secure : votre banque peut vous demander de confirmer le paiement.</li>"
                "<li>Les remboursements sont crédités sur la même carte, en général sous 5 à 10 jours "
                "ouvrés.</li></ul>",
            ),
            (
                "Paiement en 3 ou 4 fois",
                "Réglez les paniers de 100 € à 3 000 € en trois ou quatre mensualités, sans frais supplémentaires.",
                "<ul><li>La première échéance est prélevée à la commande, les suivantes tous les 30 jours sur la "
                "même carte.</li><li>Sans frais ni intérêts : vous payez exactement le prix de votre panier "
                "(TAEG 0 %).</li><li>Réservé aux clients majeurs, titulaires d'une carte de débit ou de crédit "
                "valide jusqu'à la dernière échéance.</li></ul>",
            ),
            (
                "Paiement à 30 jours",
                "Recevez d'abord votre commande, payez-la 30 jours après son expédition.",
                "<ul><li>Pour les paniers de 20 € à 1 000 €.</li>"
                "<li>Votre carte est enregistrée au paiement et débitée automatiquement le 30e jour ; nous vous "
                "le rappelons par e-mail trois jours avant.</li><li>Gratuit en cas de paiement à "
                "l'échéance.</li></ul>",
            ),
            (
                "Compte professionnel : paiement à 30 ou 60 jours",
                "Les entreprises achètent sur facture et règlent par virement 30 ou 60 jours après la date de facture.",
                "<ul><li>Ouvert aux sociétés, entrepreneurs individuels et organismes publics disposant d'un "
                "numéro SIREN ou de TVA intracommunautaire.</li><li>Un plafond de crédit est fixé à l'ouverture "
                "du compte et augmente avec votre historique de paiement.</li><li>Un relevé mensuel unique pour "
                "toutes vos commandes, quel que soit le vendeur.</li></ul>",
            ),
        ],
        "cta_title": "Comment ça marche en détail ?",
        "cta_text": (
            "Conditions, montants, frais et plafonds de crédit des entreprises : notre guide répond aux "
            "questions les plus fréquentes."
        ),
        "cta_button": "Lire le guide",
    },
}


def payment_options_page(*, language: str, links: Links) -> PageContent:
    text = PAYMENT_OPTIONS_TEXT[language]
    body = [
        *(
            _block("payment_option", {"name": name, "summary": summary, "details": details})
            for name, summary, details in text["options"]
        ),
        _call_to_action(text, button_url=links.payment_guide),
    ]
    return _page(text, body)


# ---------------------------------------------------------------------------
# Guide: how to pay
# ---------------------------------------------------------------------------
PAYMENT_GUIDE_TEXT = {
    ENGLISH: {
        "title": "How to pay on Comptoir: instalments, deferred payment and B2B terms",
        "introduction": (
            "Everything to know before choosing how to pay: who can use each option, the amounts it covers, what "
            "it costs, and how credit limits work for companies."
        ),
        "sections": [
            (
                "Paying in 3 or 4 instalments",
                "<p>Instalments spread the cost of a basket over three or four monthly payments. The first "
                "payment is taken when you place your order; the next ones are taken automatically from the same "
                "card every 30 days.</p>"
                "<h3>Who can use it</h3>"
                "<ul><li>You are 18 or over and live in the European Union.</li>"
                "<li>You pay with a debit or credit card that is valid until the date of the last instalment. "
                "Prepaid cards and single-use virtual cards are not accepted.</li>"
                "<li>Your basket is between €100 and €2,000 for 3 instalments, or between €150 and €3,000 for "
                "4 instalments.</li></ul>"
                "<h3>What it costs</h3>"
                "<p>Nothing extra. Comptoir pays the cost of the financing, so your instalments add up to the "
                "price of your basket: the annual percentage rate of charge (APR) is 0% and there are no fees. "
                "For example, a €300 basket paid in 3 instalments means €100 today, €100 in 30 days and €100 in "
                "60 days: €300 in total.</p>"
                "<p><b>Credit is a commitment and must be repaid. Check that you can afford the repayments "
                "before you commit.</b> Each instalment plan is subject to an eligibility check when you order "
                "and may be refused.</p>"
                "<h3>If a payment fails</h3>"
                "<p>We try the card again three days later and let you know by email. We never charge late "
                "fees, but if an instalment is still unpaid after two reminders, the remaining balance becomes "
                "due and instalments are suspended for your future orders until it is settled.</p>",
            ),
            (
                "Paying 30 days after shipping",
                "<p>With deferred payment you receive and try your order before paying for it. Your card is "
                "registered at checkout but only charged 30 days after your order ships, and we send you a "
                "reminder three days before the charge.</p>"
                "<ul><li>Available for baskets from €20 to €1,000.</li>"
                "<li>Free when paid on time: no fees, APR 0%.</li>"
                "<li>If you return items within the return period, the vendor's refund is deducted from the "
                "amount due, so you only pay for what you keep.</li></ul>",
            ),
            (
                "Returns and refunds on an instalment plan",
                "<p>When you return part of an order paid in instalments, the refund is applied to the remaining "
                "instalments first, starting with the last one. If the refund is larger than what is left to "
                "pay, the difference goes back to your card.</p>",
            ),
            (
                "Business accounts: net 30 and net 60 terms",
                "<p>Companies can buy on account and pay by bank transfer when they receive the invoice. "
                "Payment is due 30 days (net 30) or 60 days (net 60) after the invoice date; the term is agreed "
                "when your account is opened.</p>"
                "<h3>Who can open an account</h3>"
                "<ul><li>Companies, sole traders, associations and public bodies established in the European "
                "Union.</li><li>You need a SIREN number or an EU VAT number, and a person authorised to accept "
                "the terms on behalf of the organisation.</li></ul>"
                "<h3>How credit limits work</h3>"
                "<p>Every business account has a credit limit: the total of unpaid invoices you may have at any "
                "one time. We set it when we approve your account, from the age of your company, its published "
                "accounts and its payment record with credit reference agencies. New accounts usually start "
                "between €2,000 and €10,000.</p>"
                "<ul><li>Each order uses part of your available credit; each payment we receive frees it "
                "again.</li><li>After six months of payments on time you can ask for a higher limit; we answer "
                "within two working days.</li><li>An order larger than your available credit can still be "
                "placed: the part above the limit is paid by card at checkout.</li></ul>"
                "<h3>Late payment</h3>"
                "<p>Under French commercial law (article L441-10 of the Code de commerce), invoices paid late "
                "bear interest at the European Central Bank's refinancing rate plus 10 percentage points, plus a "
                "fixed €40 recovery fee per invoice. Payment terms may not exceed 60 days from the invoice "
                "date.</p>",
            ),
            (
                "Which option should I choose?",
                "<ul><li><b>A large purchase for the home</b>: instalments spread the cost at no extra "
                "charge.</li><li><b>Clothes or shoes you might send back</b>: pay in 30 days and only pay for "
                "what you keep.</li><li><b>Supplies for your company</b>: a business account gives you proper "
                "invoices, one monthly statement and time to pay.</li></ul>",
            ),
        ],
        "cta_title": "Ready to order?",
        "cta_text": "The checkout shows which payment options your basket qualifies for before you pay.",
        "cta_button": "Browse the shop",
    },
    FRENCH: {
        "title": "Comment payer sur Comptoir : paiement en plusieurs fois, paiement différé et conditions B2B",
        "introduction": (
            "Tout ce qu'il faut savoir avant de choisir comment payer : qui peut utiliser chaque option, les "
            "montants concernés, ce qu'elle coûte et comment fonctionnent les plafonds de crédit des entreprises."
        ),
        "sections": [
            (
                "Payer en 3 ou 4 fois",
                "<p>Le paiement en plusieurs fois étale le coût d'un panier sur trois ou quatre mensualités. La "
                "première échéance est prélevée au moment de la commande, les suivantes automatiquement sur la "
                "même carte tous les 30 jours.</p>"
                "<h3>Qui peut en bénéficier</h3>"
                "<ul><li>Vous avez 18 ans ou plus et résidez dans l'Union européenne.</li>"
                "<li>Vous payez avec une carte de débit ou de crédit valide jusqu'à la date de la dernière "
                "échéance. Les cartes prépayées et les cartes virtuelles à usage unique ne sont pas "
                "acceptées.</li>"
                "<li>Votre panier est compris entre 100 € et 2 000 € pour 3 échéances, ou entre 150 € et 3 000 € "
                "pour 4 échéances.</li></ul>"
                "<h3>Ce que cela coûte</h3>"
                "<p>Rien de plus. Comptoir prend en charge le coût du financement : vos échéances additionnées "
                "correspondent au prix de votre panier, le taux annuel effectif global (TAEG) est de 0 % et il "
                "n'y a aucuns frais. Par exemple, un panier de 300 € payé en 3 fois, c'est 100 € aujourd'hui, "
                "100 € dans 30 jours et 100 € dans 60 jours : 300 € au total.</p>"
                "<p><b>Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement "
                "avant de vous engager.</b> Chaque paiement en plusieurs fois fait l'objet d'une vérification "
                "d'éligibilité lors de la commande et peut être refusé.</p>"
                "<h3>En cas d'échec de paiement</h3>"
                "<p>Nous présentons à nouveau la carte trois jours plus tard et vous prévenons par e-mail. Nous "
                "ne facturons jamais de frais de retard, mais si une échéance reste impayée après deux relances, "
                "le solde restant devient exigible et le paiement en plusieurs fois est suspendu pour vos "
                "prochaines commandes jusqu'à son règlement.</p>",
            ),
            (
                "Payer 30 jours après l'expédition",
                "<p>Avec le paiement différé, vous recevez et essayez votre commande avant de la payer. Votre "
                "carte est enregistrée au paiement mais n'est débitée que 30 jours après l'expédition, et nous "
                "vous envoyons un rappel trois jours avant le prélèvement.</p>"
                "<ul><li>Disponible pour les paniers de 20 € à 1 000 €.</li>"
                "<li>Gratuit en cas de paiement à l'échéance : aucuns frais, TAEG 0 %.</li>"
                "<li>Si vous renvoyez des articles dans le délai de retour, le remboursement du vendeur est déduit "
                "du montant dû : vous ne payez que ce que vous gardez.</li></ul>",
            ),
            (
                "Retours et remboursements d'un paiement en plusieurs fois",
                "<p>Lorsque vous renvoyez une partie d'une commande payée en plusieurs fois, le remboursement "
                "s'impute d'abord sur les échéances restantes, en commençant par la dernière. S'il dépasse ce "
                "qu'il reste à payer, la différence est recréditée sur votre carte.</p>",
            ),
            (
                "Comptes professionnels : paiement à 30 et 60 jours",
                "<p>Les entreprises peuvent acheter sur compte et payer par virement à réception de la facture. "
                "Le paiement est dû 30 jours (net 30) ou 60 jours (net 60) après la date de facture ; le délai "
                "est convenu à l'ouverture du compte.</p>"
                "<h3>Qui peut ouvrir un compte</h3>"
                "<ul><li>Les sociétés, entrepreneurs individuels, associations et organismes publics établis dans "
                "l'Union européenne.</li><li>Il vous faut un numéro SIREN ou un numéro de TVA "
                "intracommunautaire, et une personne habilitée à accepter les conditions au nom de "
                "l'organisation.</li></ul>"
                "<h3>Comment fonctionne le plafond de crédit</h3>"
                "<p>Chaque compte professionnel dispose d'un plafond de crédit : le montant total de factures "
                "impayées que vous pouvez avoir à un instant donné. Nous le fixons à l'ouverture du compte, "
                "d'après l'ancienneté de votre entreprise, ses comptes publiés et son historique de paiement "
                "auprès des agences de renseignement commercial. Les nouveaux comptes démarrent en général entre "
                "2 000 € et 10 000 €.</p>"
                "<ul><li>Chaque commande consomme une partie du crédit disponible ; chaque paiement reçu le "
                "libère.</li><li>Après six mois de paiements à l'heure, vous pouvez demander un plafond plus "
                "élevé ; nous répondons sous deux jours ouvrés.</li><li>Une commande supérieure au crédit "
                "disponible reste possible : la part au-delà du plafond est payée par carte au moment de la "
                "commande.</li></ul>"
                "<h3>Retards de paiement</h3>"
                "<p>Conformément à l'article L441-10 du Code de commerce, tout retard de paiement entraîne des "
                "pénalités au taux de refinancement de la Banque centrale européenne majoré de 10 points, ainsi "
                "qu'une indemnité forfaitaire de 40 € pour frais de recouvrement par facture. Les délais de "
                "paiement ne peuvent dépasser 60 jours à compter de la date de facture.</p>",
            ),
            (
                "Quelle option choisir ?",
                "<ul><li><b>Un gros achat pour la maison</b> : le paiement en plusieurs fois étale la dépense "
                "sans frais.</li><li><b>Des vêtements ou des chaussures que vous pourriez renvoyer</b> : payez à "
                "30 jours et ne réglez que ce que vous gardez.</li><li><b>Des fournitures pour votre "
                "entreprise</b> : un compte professionnel vous donne de vraies factures, un relevé mensuel unique "
                "et du temps pour payer.</li></ul>",
            ),
        ],
        "cta_title": "Prêt à commander ?",
        "cta_text": "Au moment du paiement, vous voyez les options auxquelles votre panier donne droit.",
        "cta_button": "Découvrir la boutique",
    },
}


def payment_guide_page(*, language: str, links: Links) -> PageContent:
    text = PAYMENT_GUIDE_TEXT[language]
    body = []
    for heading, paragraph in text["sections"]:
        body += [_block("heading", heading), _block("paragraph", paragraph)]
    body.append(_call_to_action(text, button_url=links.shop))
    return _page(text, body)
