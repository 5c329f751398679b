"""French translations of the credit & BNPL usage analytics (site/credit/views_analytics.py, its template)."""

FRENCH = {
    # menu (settings) and page
    "Credit & BNPL": "Crédit et paiement fractionné",
    "Usage analytics": "Statistiques d'utilisation",
    "Credit & BNPL analytics": "Statistiques crédit et paiement fractionné",
    "Period": "Période",
    "From": "Du",
    "To": "Au",
    "Per": "Par",
    "week": "semaine",
    "month": "mois",
    "The start date must be on or before the end date.": "La date de début doit précéder la date de fin.",
    "Choose a range of at most %(days)s days.": "Choisissez une période de %(days)s jours au plus.",
    "Showing the last 90 days.": "Affichage des 90 derniers jours.",
    "From %(start)s to %(end)s.": "Du %(start)s au %(end)s.",
    # KPIs
    "Orders on terms": "Commandes payées à terme",
    "Orders with BNPL": "Commandes en paiement fractionné",
    "Card and other": "Carte et autres",
    "Approval rate": "Taux d'acceptation",
    "%(approved)s approved, %(declined)s declined": "%(approved)s acceptées, %(declined)s refusées",
    "Average order, deferred": "Panier moyen, paiement différé",
    "other:": "autres :",
    "Overdue ratio": "Taux d'impayés",
    # charts
    "On terms": "À terme",
    "BNPL and instalments": "Paiement fractionné",
    "Order value by payment kind": "Montant des commandes par mode de paiement",
    "Order value per period, stacked by payment kind": "Montant des commandes par période, empilé par mode de paiement",
    "No orders in this period.": "Aucune commande sur cette période.",
    "Credit decisions": "Décisions de crédit",
    "No credit decisions in this period.": "Aucune décision de crédit sur cette période.",
    "Automatic approval": "Acceptation automatique",
    "Automatic referral": "Renvoi automatique à l'équipe crédit",
    "Automatic decline": "Refus automatique",
    "Approved by staff": "Acceptée par l'équipe",
    "Declined by staff": "Refusée par l'équipe",
    "Automated approval rate:": "Taux d'acceptation automatique :",
    "Staff overrides:": "Décisions manuelles :",
    "Overdue ratio at the end of each period": "Taux d'impayés en fin de période",
    "Overdue ratio per period": "Taux d'impayés par période",
    "No invoices outstanding.": "Aucune facture en attente de paiement.",
    "Receivables": "Créances",
    "Invoiced, unpaid": "Facturé, non payé",
    "Of which overdue": "Dont échu",
    "Late fees charged": "Pénalités de retard facturées",
    # table
    "Per period": "Par période",
    "Figures per period": "Chiffres par période",
    "Terms": "À terme",
    "BNPL": "Fractionné",
    "Average order, deferred / other": "Panier moyen, différé / autres",
    "Applications (approved / declined / open)": "Demandes (acceptées / refusées / en cours)",
    "Decisions (auto / overrides)": "Décisions (automatiques / manuelles)",
    "Overdue / outstanding (invoices) · ratio": "Échu / en attente (factures) · taux",
    "Late fees": "Pénalités de retard",
    "Deferred payment is payment on terms plus BNPL (Klarna, Afterpay/Clearpay, Affirm and 3x/4x card instalments). "
    "The approval rate counts applications submitted in the period that were approved, over those approved or "
    "declined. The overdue ratio is the unpaid amount of invoices past their due date over the whole unpaid invoiced "
    "amount, late fees included, at the end of each period.": (
        "Le paiement différé regroupe le paiement à terme et le paiement fractionné (Klarna, Afterpay/Clearpay, "
        "Affirm et paiement en 3 ou 4 fois par carte). Le taux d'acceptation rapporte les demandes de la période "
        "acceptées à celles acceptées ou refusées. Le taux d'impayés rapporte le montant non payé des factures échues "
        "à tout le montant facturé non payé, pénalités comprises, en fin de chaque période."
    ),
}

PLURALS = {
    "%(counter)s overdue invoice": ("%(counter)s facture échue", "%(counter)s factures échues"),
}
