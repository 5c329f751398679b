"""Demo payment options (snippets), English and French: what the landing pages, calculator and FAQ explain."""

from decimal import Decimal

SHARED = "Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager."

PAYMENT_OPTIONS = [
    {
        "key": "pay-in-3",
        "fields": {
            "provider": "Comptoir Pay",
            "kind": "instalments",
            "min_amount": Decimal("50"),
            "max_amount": Decimal("2000"),
            "instalment_count": 3,
            "fee_percent": Decimal("1.45"),
            "apr": Decimal("15.21"),
            "sort_order": 1,
        },
        "en": {
            "name": "Pay in 3 instalments",
            "description": (
                "Spread any basket from €50 to €2,000 over three monthly payments by card. The first one is taken "
                "when you order, the next two 30 and 60 days later."
            ),
            "legal_mentions": (
                "Financing offer of less than 3 months, subject to acceptance by Comptoir Pay's credit partner. "
                "Example: for a €300 purchase, 3 payments of €101.45, total cost €304.35 including €4.35 of fees "
                "(1.45 % of the amount), fixed APR 15.21 %. A loan commits you and must be repaid: check that you "
                "can afford it before committing."
            ),
        },
        "fr": {
            "name": "Paiement en 3 fois",
            "description": (
                "Réglez tout panier de 50 € à 2 000 € en trois mensualités par carte : la première à la commande, "
                "les deux suivantes 30 et 60 jours plus tard."
            ),
            "legal_mentions": (
                "Offre de financement d'une durée inférieure à 3 mois, sous réserve d'acceptation par le partenaire "
                "de crédit de Comptoir Pay. Exemple : pour un achat de 300 €, 3 mensualités de 101,45 €, coût total "
                "304,35 € dont 4,35 € de frais (1,45 % du montant), TAEG fixe 15,21 %. " + SHARED
            ),
        },
    },
    {
        "key": "pay-in-4",
        "fields": {
            "provider": "Comptoir Pay",
            "kind": "instalments",
            "min_amount": Decimal("100"),
            "max_amount": Decimal("3000"),
            "instalment_count": 4,
            "fee_percent": Decimal("2.20"),
            "apr": Decimal("16.89"),
            "sort_order": 2,
        },
        "en": {
            "name": "Pay in 4 instalments",
            "description": (
                "For bigger purchases from €100 to €3,000: four monthly card payments, the first one at checkout. "
                "Ideal for furniture, appliances or a new laptop."
            ),
            "legal_mentions": (
                "Financing offer of less than 4 months, subject to acceptance by Comptoir Pay's credit partner. "
                "Example: for a €800 purchase, a first payment of €204.40 then 3 payments of €204.40, total cost "
                "€817.60 including €17.60 of fees (2.20 %), fixed APR 16.89 %. A loan commits you and must be "
                "repaid: check that you can afford it before committing."
            ),
        },
        "fr": {
            "name": "Paiement en 4 fois",
            "description": (
                "Pour les achats plus importants, de 100 € à 3 000 € : quatre mensualités par carte, la première "
                "à la commande. Idéal pour un meuble, un électroménager ou un ordinateur."
            ),
            "legal_mentions": (
                "Offre de financement d'une durée inférieure à 4 mois, sous réserve d'acceptation par le partenaire "
                "de crédit de Comptoir Pay. Exemple : pour un achat de 800 €, 4 mensualités de 204,40 €, coût total "
                "817,60 € dont 17,60 € de frais (2,20 %), TAEG fixe 16,89 %. " + SHARED
            ),
        },
    },
    {
        "key": "pay-in-30-days",
        "fields": {
            "provider": "Comptoir Pay",
            "kind": "deferred",
            "min_amount": Decimal("20"),
            "max_amount": Decimal("1000"),
            "instalment_count": 1,
            "deferral_days": 30,
            "sort_order": 3,
        },
        "en": {
            "name": "Pay in 30 days",
            "description": (
                "Order today, receive and try your products, and pay 30 days later — at no extra cost. Your card is "
                "only checked at checkout and charged on day 30."
            ),
            "legal_mentions": (
                "Deferred payment free of charge, from €20 to €1,000, subject to acceptance by Comptoir Pay's credit "
                "partner. The full amount is charged to your card 30 days after the order. If you return the goods "
                "before that date, nothing is charged for them."
            ),
        },
        "fr": {
            "name": "Payer dans 30 jours",
            "description": (
                "Commandez aujourd'hui, recevez et essayez vos produits, et payez 30 jours plus tard, sans frais. "
                "Votre carte est seulement vérifiée à la commande et débitée au 30e jour."
            ),
            "legal_mentions": (
                "Paiement différé gratuit, de 20 € à 1 000 €, sous réserve d'acceptation par le partenaire de crédit "
                "de Comptoir Pay. Le montant total est débité sur votre carte 30 jours après la commande. Si vous "
                "retournez les articles avant cette date, ils ne vous sont pas facturés."
            ),
        },
    },
    {
        "key": "b2b-terms",
        "fields": {
            "provider": "Comptoir Business",
            "kind": "b2b_terms",
            "min_amount": Decimal("150"),
            "max_amount": Decimal("50000"),
            "instalment_count": 1,
            "deferral_days": 30,
            "sort_order": 4,
        },
        "en": {
            "name": "B2B payment terms (net 30)",
            "description": (
                "Registered businesses order on invoice and pay by bank transfer 30 days after the invoice date "
                "(60 days on request). One monthly statement, VAT invoices from every vendor."
            ),
            "legal_mentions": (
                "Reserved for companies with a valid SIRET or EU VAT number, after a credit check. Late payments bear "
                "penalties at three times the French legal interest rate and a fixed €40 recovery fee "
                "(Articles L441-10 and D441-5 of the French Commercial Code)."
            ),
        },
        "fr": {
            "name": "Paiement à 30 jours pour les pros",
            "description": (
                "Les entreprises enregistrées commandent sur facture et paient par virement à 30 jours date de "
                "facture (60 jours sur demande). Un relevé mensuel, des factures avec TVA de chaque vendeur."
            ),
            "legal_mentions": (
                "Réservé aux entreprises disposant d'un SIRET ou d'un numéro de TVA intracommunautaire valide, après "
                "étude de solvabilité. Tout retard de paiement entraîne des pénalités égales à trois fois le taux "
                "d'intérêt légal et une indemnité forfaitaire de 40 € pour frais de recouvrement (articles L441-10 "
                "et D441-5 du Code de commerce)."
            ),
        },
    },
]
