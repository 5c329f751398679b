"""French translations of the marketplace (vendors app) strings."""
# ruff: noqa: E501, RUF001  (French typography and whole sentences)

FRENCH = {
    "Another upload created some of these SKUs at the same time; nothing was applied. Upload again.": (
        "Un autre envoi a créé certaines de ces références au même moment ; rien n'a été appliqué. "
        "Envoyez le fichier à nouveau."
    ),
    "Marketplace vendors": "Vendeurs de la place de marché",
    "Marketplace": "Place de marché",
    "Sell on Comptoir": "Vendre sur Comptoir",
    "Tell us about your shop. We answer every application within a few days.": "Parlez-nous de votre boutique. Nous répondons à chaque candidature sous quelques jours.",
    "Send my application": "Envoyer ma candidature",
    "Application received": "Candidature reçue",
    "Thank you! We will review your application and answer by e-mail.": "Merci ! Nous étudierons votre candidature et vous répondrons par e-mail.",
    "I accept the marketplace terms for sellers": "J’accepte les conditions de la place de marché pour les vendeurs",
    "company name": "raison sociale",
    "SIRET or VAT number": "SIRET ou numéro de TVA",
    "contact name": "nom du contact",
    "e-mail": "e-mail",
    "phone": "téléphone",
    "address": "adresse",
    "categories": "catégories",
    "IBAN for payouts": "IBAN pour les versements",
    "what you sell": "ce que vous vendez",
    "Enter a 14-digit SIRET or a VAT number such as FR12345678901.": "Saisissez un SIRET à 14 chiffres ou un numéro de TVA comme FR12345678901.",
    "Submitted": "Envoyée",
    "More information requested": "Informations demandées",
    "Approved": "Acceptée",
    "Rejected": "Refusée",
    "Approve": "Accepter",
    "Ask for more information": "Demander des informations",
    "Reject": "Refuser",
    "Message to the applicant": "Message au candidat",
    "Tell the applicant why.": "Expliquez la raison au candidat.",
    "Send the decision": "Envoyer la décision",
    "Vendor applications": "Candidatures vendeurs",
    "Customer rating": "Note des clients",
    "Ratings coming soon.": "Les notes arrivent bientôt.",
    "Products": "Produits",
    "No product yet.": "Aucun produit pour l’instant.",
    "Shipping": "Livraison",
    "Returns": "Retours",
    "Stock & prices": "Stocks et prix",
    "Bulk upload": "Import en masse",
    "Bulk stock upload": "Import de stock en masse",
    "Change log": "Historique des modifications",
    "Stock and price changes": "Modifications de stock et de prix",
    "Orders to ship": "Commandes à expédier",
    "Payouts": "Versements",
    "Payout statements": "Relevés de versement",
    "API tokens": "Jetons d’API",
    "Vendor home": "Accueil vendeur",
    "Sales, last 30 days": "Ventes des 30 derniers jours",
    "Payout balance": "Solde à verser",
    "Daily sales": "Ventes par jour",
    "No sales yet.": "Pas encore de ventes.",
    "Nothing to ship.": "Rien à expédier.",
    "Low stock": "Stock faible",
    "No low stock.": "Aucun stock faible.",
    "Upload a stock sheet": "Importer une feuille de stock",
    "Stock sheet (.csv or .xlsx)": "Feuille de stock (.csv ou .xlsx)",
    "Check the file (dry run)": "Vérifier le fichier (simulation)",
    "Apply all rows": "Appliquer toutes les lignes",
    "Download your current sheet": "Télécharger votre feuille actuelle",
    "Download the stock sheet (CSV)": "Télécharger la feuille de stock (CSV)",
    "Line": "Ligne",
    "Column": "Colonne",
    "Problem": "Problème",
    "Upload a .csv or .xlsx file.": "Importez un fichier .csv ou .xlsx.",
    "The file is empty.": "Le fichier est vide.",
    "Missing column(s): %(columns)s.": "Colonne(s) manquante(s) : %(columns)s.",
    "The file is larger than %(mb)s MB.": "Le fichier dépasse %(mb)s Mo.",
    "The SKU is empty.": "La référence est vide.",
    "Duplicate of line %(line)s.": "Doublon de la ligne %(line)s.",
    "Unknown SKU for your shop: %(sku)s.": "Référence inconnue dans votre boutique : %(sku)s.",
    "The stock cannot be negative.": "Le stock ne peut pas être négatif.",
    "At most two decimal places.": "Deux décimales au plus.",
    "The preview has expired: upload the file again.": "L’aperçu a expiré : importez à nouveau le fichier.",
    "%(n)s stock records updated.": "%(n)s fiches de stock mises à jour.",
    "Carrier": "Transporteur",
    "Tracking number": "Numéro de suivi",
    "Reason": "Motif",
    "Confirm the order": "Confirmer la commande",
    "Mark shipped": "Marquer comme expédiée",
    "Cancel my lines and refund": "Annuler mes lignes et rembourser",
    "Awaiting confirmation": "En attente de confirmation",
    "Confirmed": "Confirmée",
    "Shipped": "Expédiée",
    "Delivered": "Livrée",
    "Cancelled": "Annulée",
    "Delivery by seller": "Livraison par vendeur",
    "Seller": "Vendeur",
    "Tracking": "Suivi",
    "To pay": "À payer",
    "Paid": "Payé",
    "Pay and mark paid": "Payer et marquer comme payé",
    "Statement marked paid.": "Relevé marqué comme payé.",
    "Create a token": "Créer un jeton",
    "Copy this token now; it will not be shown again:": "Copiez ce jeton maintenant ; il ne sera plus affiché :",
    "Revoke": "Révoquer",
    "Revoked": "Révoqué",
    "Revoke a token": "Révoquer un jeton",
    "Confirm and ship it from your dashboard:": "Confirmez-la et expédiez-la depuis votre tableau de bord :",
    "shipping charge per order": "frais de port par commande",
    "free shipping from": "livraison gratuite dès",
    "Orders of this seller's items at or above this amount ship free. Empty: never free.": "Les commandes des articles de ce vendeur atteignant ce montant sont livrées gratuitement. Vide : jamais gratuite.",
    "Standard delivery by each seller": "Livraison standard par chaque vendeur",
    "Each seller ships its own items; some sellers deliver free above an order amount.": "Chaque vendeur expédie ses propres articles ; certains livrent gratuitement au-delà d’un montant de commande.",
    # Bulk upload: new products
    (
        "A .csv (UTF-8) or .xlsx file with the columns <code>sku</code>, <code>price</code>, "
        "<code>num_in_stock</code>; an unknown SKU with <code>title</code> and <code>category</code> (and an "
        "optional <code>description</code>) creates a new product. Nothing changes until you confirm the "
        "preview; then every row is applied, or none."
    ): (
        "Un fichier .csv (UTF-8) ou .xlsx avec les colonnes <code>sku</code>, <code>price</code>, "
        "<code>num_in_stock</code> ; une référence inconnue avec <code>title</code> et <code>category</code> "
        "(et une <code>description</code> facultative) crée un nouveau produit. Rien n’est modifié tant que "
        "vous n’avez pas confirmé l’aperçu ; ensuite, toutes les lignes sont appliquées, ou aucune."
    ),
    "new product": "nouveau produit",
    "A new product needs a category.": "Un nouveau produit doit avoir une catégorie.",
    "Unknown category: “%(value)s”.": "Catégorie inconnue : « %(value)s ».",
    "At most 255 characters.": "255 caractères au maximum.",
    "%(n)s new products created.": "%(n)s nouveaux produits créés.",
    # Vendor shipping form
    "Shipping charges": "Frais de port",
    "Shipping charges of %(name)s": "Frais de port de %(name)s",
    "One flat charge per order for your items; leave the threshold empty if shipping is never free.": (
        "Un forfait par commande pour vos articles ; laissez le seuil vide si la livraison n’est jamais gratuite."
    ),
    "Shipping settings saved.": "Frais de port enregistrés.",
    # A vendor's share of an order in the orders dashboard; staff's breakdown per vendor
    "shipping charge": "frais de port",
    "Your orders": "Vos commandes",
    "Your total inc tax": "Votre total TTC",
    "Your items": "Vos articles",
    "Your shipping charge": "Vos frais de port",
    "Your total": "Votre total",
    "Select order %(number)s": "Sélectionner la commande %(number)s",
    "Select line %(id)s": "Sélectionner la ligne %(id)s",
    "Quantity to change": "Quantité à traiter",
    "Discounts on your items": "Remises sur vos articles",
    "Discounts on your items: %(amount)s (already taken off your line prices).": (
        "Remises sur vos articles : %(amount)s (déjà déduites du prix de vos lignes)."
    ),
    "No discounts were applied to your items.": "Aucune remise n’a été appliquée à vos articles.",
    "The shopper paid Comptoir for the whole order. Your share is paid to you with your payout statements, less the commission.": (
        "Le client a payé toute la commande à Comptoir. Votre part vous est versée avec vos relevés de "
        "versement, commission déduite."
    ),
    "Vendors' shares": "Parts des vendeurs",
    "Vendor": "Vendeur",
    "Fulfilment": "Expédition",
    "Items inc tax": "Articles TTC",
    "Comptoir (items without a vendor, surcharges, other shipping)": (
        "Comptoir (articles sans vendeur, suppléments, autres frais de port)"
    ),
}

PLURALS = {
    "%(n)s error: nothing was applied.": (
        "%(n)s erreur : rien n’a été appliqué.",
        "%(n)s erreurs : rien n’a été appliqué.",
    ),
}

# Oscar's order list and detail templates, overridden for vendors' shares.
FRENCH.update(
    {
        "Items": "Articles",
        "Select": "Sélectionner",
        "UPC": "Code UPC",
        "Supplier SKU": "Réf. fournisseur",
        "Price excl tax (before discounts)": "Prix HT (avant remises)",
        "Price inc tax (before discounts)": "Prix TTC (avant remises)",
        "View": "Voir",
        "Order Search Results": "Résultats de la recherche de commandes",
        "Download": "Télécharger",
    }
)
