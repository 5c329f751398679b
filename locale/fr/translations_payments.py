"""French translations of the checkout and payments strings (merged by `make messages`)."""

FRENCH = {
    # models
    "Payments": "Paiements",
    "Created": "Créé",
    "Requires authentication": "Authentification requise",
    "Processing": "En cours",
    "Succeeded": "Réussi",
    "Failed": "Échoué",
    "Refunded: out of stock": "Remboursé : rupture de stock",
    "Pending": "En attente",
    "Out of stock after payment": "Rupture de stock après paiement",
    "Requested by the customer": "Demandé par le client",
    "Cancelled by the vendor": "Annulé par le vendeur",
    "Other": "Autre",
    # payment methods
    "Card": "Carte",
    "SEPA Direct Debit": "Prélèvement SEPA",
    "Klarna: pay later or in instalments": "Klarna : payer plus tard ou en plusieurs fois",
    "Afterpay / Clearpay: pay in 4": "Afterpay / Clearpay : payer en 4 fois",
    "Affirm: monthly payments": "Affirm : paiements mensuels",
    # services and views
    "This delivery method is no longer available; please choose another one.": (
        "Ce mode de livraison n'est plus disponible ; veuillez en choisir un autre."
    ),
    "Your basket is empty.": "Votre panier est vide.",
    "Your basket changed while you were paying. Please check the new total.": (
        "Votre panier a changé pendant le paiement. Vérifiez le nouveau total."
    ),
    "Sorry, some items in your basket just sold out. Please review your basket.": (
        "Désolé, certains articles de votre panier viennent d'être épuisés. Vérifiez votre panier."
    ),
    "We could not reach the payment provider. You have not been charged; please retry.": (
        "Le prestataire de paiement est injoignable. Vous n'avez pas été débité ; réessayez."
    ),
    "Your payment was declined.": "Votre paiement a été refusé.",
    "Choose at least one line to refund.": "Choisissez au moins une ligne à rembourser.",
    "This line does not belong to the order.": "Cette ligne n'appartient pas à la commande.",
    "You cannot refund more than was bought.": "Impossible de rembourser plus que la quantité achetée.",
    "Your bank did not accept this card.": "Votre banque n'a pas accepté cette carte.",
    "One-click buy needs a saved card and a default delivery address.": (
        "L'achat en un clic nécessite une carte enregistrée et une adresse de livraison par défaut."
    ),
    "Sorry, an item sold out while you were paying. We did not place the order and refunded you in full.": (
        "Désolé, un article a été épuisé pendant votre paiement. La commande n'a pas été passée "
        "et vous avez été intégralement remboursé."
    ),
    "Card saved: “Buy now” is ready on product pages.": (
        "Carte enregistrée : « Acheter maintenant » est disponible sur les fiches produits."
    ),
    "Card number": "Numéro de carte",
    # checkout form and page
    "Checkout": "Commande",
    "Email": "E-mail",
    "Use a saved address": "Utiliser une adresse enregistrée",
    "New address": "Nouvelle adresse",
    "First name": "Prénom",
    "Last name": "Nom",
    "Address": "Adresse",
    "Address line 2": "Complément d'adresse",
    "City": "Ville",
    "Postcode": "Code postal",
    "Country": "Pays",
    "Phone (for the courier)": "Téléphone (pour le livreur)",
    "Delivery": "Livraison",
    "Payment method": "Moyen de paiement",
    "Test card number": "Numéro de carte de test",
    "Enter your card details.": "Saisissez les informations de votre carte.",
    "Contact": "Contact",
    "No account needed. We send the receipt to this address.": (
        "Pas besoin de compte. Nous envoyons le reçu à cette adresse."
    ),
    "Delivery address": "Adresse de livraison",
    "Payment": "Paiement",
    "Card details go straight to Stripe; they never reach Comptoir.": (
        "Les données de carte vont directement à Stripe ; elles ne passent jamais par Comptoir."
    ),
    "Order summary": "Récapitulatif",
    "Total": "Total",
    "Pay now": "Payer",
    "Paying…": "Paiement…",
    "optional": "facultatif",
    # payment pages
    "Confirm your payment": "Confirmez votre paiement",
    "Sandbox": "Bac à sable",
    "Complete authentication": "Valider l'authentification",
    "Fail authentication": "Refuser l'authentification",
    "Payment in progress": "Paiement en cours",
    "Check again": "Vérifier à nouveau",
    "Continue": "Continuer",
    "Payment methods": "Moyens de paiement",
    "Saved cards": "Cartes enregistrées",
    "Default": "Par défaut",
    "Remove": "Supprimer",
    "No saved card yet.": "Aucune carte enregistrée.",
    "Add a card": "Ajouter une carte",
    "Save card": "Enregistrer la carte",
    "Buy now": "Acheter maintenant",
    "One click: your saved card and default address.": "En un clic : votre carte et votre adresse par défaut.",
    "Save a card to buy in one click": "Enregistrez une carte pour acheter en un clic",
    "Sandbox payments: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined, "
    "4000 0000 0000 9995 has insufficient funds, 4000 0025 0000 3155 asks for 3-D Secure.": (
        "Paiements de test : 4242 4242 4242 4242 réussit, 4000 0000 0000 0002 est refusée, "
        "4000 0000 0000 9995 est sans provision, 4000 0025 0000 3155 demande 3-D Secure."
    ),
    "Your bank asks you to confirm this payment of %(amount)s.": (
        "Votre banque vous demande de confirmer ce paiement de %(amount)s."
    ),
    "This page stands in for your bank's 3-D Secure check or the pay-later provider's approval.": (
        "Cette page remplace la vérification 3-D Secure de votre banque ou l'accord du prestataire de paiement différé."
    ),
    "We are waiting for the payment provider's answer. This page refreshes by itself.": (
        "Nous attendons la réponse du prestataire de paiement. Cette page se met à jour toute seule."
    ),
    "Your bank asks you to confirm this payment…": "Votre banque vous demande de confirmer ce paiement…",
    "Sandbox: 4242 4242 4242 4242, or 4000 0025 0000 3155 for a card that needs 3-D Secure.": (
        "Bac à sable : 4242 4242 4242 4242, ou 4000 0025 0000 3155 pour une carte qui demande 3-D Secure."
    ),
    "Your Comptoir order %(number)s is confirmed": "Votre commande Comptoir %(number)s est confirmée",
    "Thank you for your order %(number)s.": "Merci pour votre commande %(number)s.",
    "Some items sold out while you were paying, so we did not place your order and refunded the full "
    "%(amount)s %(currency)s.": (
        "Des articles ont été épuisés pendant votre paiement : nous n'avons pas passé la commande "
        "et vous avons remboursé la totalité, soit %(amount)s %(currency)s."
    ),
    # staff refunds
    "Refund order %(number)s": "Rembourser la commande %(number)s",
    "Choose how many of each line to refund; the amount is the line's unit price.": (
        "Choisissez combien d'articles rembourser par ligne ; le montant est le prix unitaire de la ligne."
    ),
    "Line": "Ligne",
    "Vendor": "Vendeur",
    "Unit price": "Prix unitaire",
    "Refundable": "Remboursable",
    "Refund": "Rembourser",
    "Quantity to refund": "Quantité à rembourser",
    "Reason": "Motif",
    "Refunds": "Remboursements",
    "This order has no captured payment to refund.": "Cette commande n'a pas de paiement encaissé à rembourser.",
    "This payment belongs to another basket.": "Ce paiement concerne un autre panier.",
    "Refund of %(amount)s %(currency)s: %(status)s.": "Remboursement de %(amount)s %(currency)s : %(status)s.",
    # e-mails
    "Total paid:": "Total payé :",
    "We will tell you when the sellers ship your items.": (
        "Nous vous préviendrons quand les vendeurs expédieront vos articles."
    ),
    "Your Comptoir payment did not go through": "Votre paiement Comptoir n'a pas abouti",
    "Your payment could not be completed and you have not been charged.": (
        "Votre paiement n'a pas pu aboutir et vous n'avez pas été débité."
    ),
    "Your basket is kept: you can try again with another payment method.": (
        "Votre panier est conservé : vous pouvez réessayer avec un autre moyen de paiement."
    ),
    "Your Comptoir payment was refunded": "Votre paiement Comptoir a été remboursé",
    "Your basket is kept so you can review it.": "Votre panier est conservé pour que vous puissiez le vérifier.",
    # card instalments (payments.instalments)
    "Pay in 3 instalments by card": "Payer en 3 fois par carte",
    "Pay in 4 instalments by card": "Payer en 4 fois par carte",
    "The amount must be a positive number of euros and cents.": (
        "Le montant doit être un nombre positif d'euros et de centimes."
    ),
    "Instalments are only available in euros.": "Le paiement en plusieurs fois n'est disponible qu'en euros.",
    "Instalments are not available for this country.": (
        "Le paiement en plusieurs fois n'est pas disponible pour ce pays."
    ),
    "Payment in %(count)s instalments is not offered.": "Le paiement en %(count)s fois n'est pas proposé.",
    "Payment in %(count)s instalments is available from %(minimum)s to %(maximum)s €.": (
        "Le paiement en %(count)s fois est disponible de %(minimum)s à %(maximum)s €."
    ),
    "A refund must be a positive amount.": "Un remboursement doit être un montant positif.",
    "This instalment plan has collected nothing to refund.": "Cet échéancier n'a rien encaissé à rembourser.",
    "The refund is greater than what is left to refund on this plan.": (
        "Le remboursement dépasse ce qu'il reste à rembourser sur cet échéancier."
    ),
    "Unknown instalment plan.": "Échéancier inconnu.",
    "The instalment provider cannot be reached; please retry.": (
        "Le prestataire de paiement en plusieurs fois est injoignable ; veuillez réessayer."
    ),
    "The instalment provider sent an unreadable answer.": (
        "Le prestataire de paiement en plusieurs fois a envoyé une réponse illisible."
    ),
    "The instalment plan was refused.": "Le paiement en plusieurs fois a été refusé.",
    "The instalment provider did not record the refund; it will be retried.": (
        "Le prestataire n'a pas enregistré le remboursement ; il sera renvoyé."
    ),
    "%(name)s with %(provider)s": "%(name)s avec %(provider)s",
    "Purchase amount: %(amount)s": "Montant de l'achat : %(amount)s",
    "Fees: %(fees)s": "Frais : %(fees)s",
    "Total cost: %(total)s": "Coût total : %(total)s",
    "APR: %(apr)s %%": "TAEG : %(apr)s %%",
    "Schedule:": "Échéancier :",
    "The instalment plan was not accepted.": "Le paiement en plusieurs fois n'a pas été accepté.",
    "Please accept the credit information before paying in instalments.": (
        "Veuillez accepter les informations sur le crédit avant de payer en plusieurs fois."
    ),
    "The provider's terms differ from the ones you accepted; nothing was charged.": (
        "Les conditions du prestataire diffèrent de celles que vous avez acceptées ; rien n'a été débité."
    ),
    "Payment in instalments is not available for this amount, currency or delivery country.": (
        "Le paiement en plusieurs fois n'est pas disponible pour ce montant, cette devise ou ce pays de livraison."
    ),
    "The credit terms changed since the page was shown: please read them again.": (
        "Les conditions du crédit ont changé depuis l'affichage de la page : veuillez les relire."
    ),
    "I have read the credit information above and accept this instalment plan.": (
        "J'ai lu les informations sur le crédit ci-dessus et j'accepte cet échéancier."
    ),
    "Please read the credit information and accept it to pay in instalments.": (
        "Veuillez lire et accepter les informations sur le crédit pour payer en plusieurs fois."
    ),
    "This payment method is not available for this amount or country.": (
        "Ce moyen de paiement n'est pas disponible pour ce montant ou ce pays."
    ),
    "Consumer credit information": "Informations sur le crédit à la consommation",
    "Schedule of the %(count)s instalments": "Échéancier des %(count)s paiements",
    "Due date": "Échéance",
    "Amount": "Montant",
    "today": "aujourd'hui",
    "Purchase amount": "Montant de l'achat",
    "Fees": "Frais",
    "Total cost": "Coût total",
    "APR (fixed)": "TAEG (fixe)",
    "Only needed if you choose to pay in instalments. You then confirm the plan and your card on the provider's "
    "page.": (
        "Uniquement si vous choisissez de payer en plusieurs fois. Vous confirmez ensuite l'échéancier et votre carte "
        "sur la page du prestataire."
    ),
    "Confirm your instalment plan": "Confirmez votre paiement en plusieurs fois",
    "Local instalment provider": "Prestataire local de paiement en plusieurs fois",
    "Pay %(amount)s in %(count)s card instalments.": "Payez %(amount)s en %(count)s fois par carte.",
    "Schedule": "Échéancier",
    "Including fees": "Dont frais",
    "This page stands in for the instalment provider's own page. Test cards: 4242 4242 4242 4242 is accepted, "
    "4000 0000 0000 0002 is declined.": (
        "Cette page remplace celle du prestataire. Cartes de test : 4242 4242 4242 4242 est acceptée, "
        "4000 0000 0000 0002 est refusée."
    ),
    "Cancel and go back": "Annuler et revenir",
    "Pay the first instalment": "Payer la première échéance",
    "or %(count)s \u00d7 %(amount)s with %(provider)s": "ou %(count)s \u00d7 %(amount)s avec %(provider)s",
    "or %(first)s then %(others)s \u00d7 %(amount)s with %(provider)s": (
        "ou %(first)s puis %(others)s \u00d7 %(amount)s avec %(provider)s"
    ),
    "fees %(fees)s, APR %(apr)s %%": "frais %(fees)s, TAEG %(apr)s %%",
    "Details": "Détails",
    "Continue with %(name)s": "Continuer avec %(name)s",
}

PLURALS: dict[str, tuple[str, str]] = {}
