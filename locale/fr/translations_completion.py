"""French for the strings the domain tables did not cover yet."""

FRENCH = {
    # Reviews: forms, media, models
    "Details": "Précisions",
    "Why should this review be removed?": "Pourquoi cet avis devrait-il être retiré ?",
    "Reason sent to the author": "Motif envoyé à l'auteur",
    "Videos may be up to %(size)d MB.": "Les vidéos peuvent peser jusqu'à %(size)d Mo.",
    "Photos may be up to %(size)d MB.": "Les photos peuvent peser jusqu'à %(size)d Mo.",
    "Awaiting moderation": "En attente de modération",
    "Published": "Publié",
    "moderation score": "score de modération",
    "moderation reasons": "motifs de modération",
    "submitted from": "envoyé depuis",
    "published": "publié le",
    "Score": "Note",
    "verified purchase": "achat vérifié",
    "incentivised": "avec contrepartie",
    "quality": "qualité",
    "value for money": "rapport qualité-prix",
    "delivery": "livraison",
    "communication": "communication",
    "as described": "conforme à la description",
    "comment": "commentaire",
    "Photo": "Photo",
    "Sent to the moderation queue": "Envoyé en file de modération",
    "reply": "réponse",
    "Open": "Ouverte",
    "Upheld: review removed": "Acceptée : avis retiré",
    "Dismissed": "Classée sans suite",
    # Reviews: services and views
    "The title is too long (%(max)d characters at most).": "Le titre est trop long (%(max)d caractères au maximum).",
    "Tell a little more (%(min)d characters at least).": "Dites-en un peu plus (%(min)d caractères au minimum).",
    "The review is too long (%(max)d characters at most).": "L'avis est trop long (%(max)d caractères au maximum).",
    "Unknown decision.": "Décision inconnue.",
    "Give the author a reason for the rejection.": "Indiquez à l'auteur le motif du refus.",
    "Attach %(max)d files at most.": "Joignez %(max)d fichiers au maximum.",
    "This order line is for another product.": "Cette ligne de commande concerne un autre produit.",
    "This order line is not yours.": "Cette ligne de commande ne vous appartient pas.",
    "Verified buyer": "Acheteur vérifié",
    "Choose a reason.": "Choisissez un motif.",
    "You have already reported this review.": "Vous avez déjà signalé cet avis.",
    "Reported by readers": "Signalé par des lecteurs",
    "Only the vendor of this product can do that.": "Seul le vendeur de ce produit peut faire cela.",
    "The reply is too long.": "La réponse est trop longue.",
    "The comment is too long.": "Le commentaire est trop long.",
    "You have already rated this vendor for this order.": "Vous avez déjà noté ce vendeur pour cette commande.",
    "Explain why this review breaks the rules.": "Expliquez en quoi cet avis enfreint les règles.",
    "A dispute about this review is already open.": "Une contestation de cet avis est déjà en cours.",
    "Explain the decision.": "Expliquez la décision.",
    "This dispute was already decided.": "Cette contestation a déjà été tranchée.",
    "This unsubscribe link is not valid.": "Ce lien de désinscription n'est pas valide.",
    "Thank you, our team will look at this review.": "Merci, notre équipe va examiner cet avis.",
    "This page is for vendors.": "Cette page est réservée aux vendeurs.",
    "Reply published.": "Réponse publiée.",
    "Reply saved; it will appear once our team has read it.": (
        "Réponse enregistrée ; elle apparaîtra une fois relue par notre équipe."
    ),
    "Dispute sent to our team.": "Contestation transmise à notre équipe.",
    "Ratings by stars": "Notes par étoiles",
    "Choose a decision.": "Choisissez une décision.",
    "Decision recorded.": "Décision enregistrée.",
    # Dashboard
    "Note cannot be deleted": "Impossible de supprimer la note",
    # Vendors: bulk upload
    "At most %(n)s rows per file.": "%(n)s lignes au maximum par fichier.",
    "The file is not UTF-8 text (byte %(pos)s). Save it as “CSV UTF-8”.": (
        "Le fichier n'est pas un texte UTF-8 (octet %(pos)s). Enregistrez-le au format « CSV UTF-8 »."
    ),
    "The file is not a readable .xlsx workbook.": "Le fichier n'est pas un classeur .xlsx lisible.",
    "Not a number: “%(value)s”.": "Ce n'est pas un nombre : « %(value)s ».",
    "The price must be between 0 and 9,999,999,999.99.": "Le prix doit être compris entre 0 et 9 999 999 999,99.",
    "Not a whole number: “%(value)s”.": "Ce n'est pas un nombre entier : « %(value)s ».",
    "The stock is too large.": "Le stock est trop élevé.",
    # Vendors: e-mails, forms, models
    "Your Comptoir vendor application: %(status)s": "Votre candidature de vendeur Comptoir : %(status)s",
    "Order %(number)s: %(vendor)s shipped your items": "Commande %(number)s : %(vendor)s a expédié vos articles",
    "New order %(number)s to ship": "Nouvelle commande %(number)s à expédier",
    "Stock": "Stock",
    "e.g. “Warehouse ERP”": "par ex. « ERP de l'entrepôt »",
    "shipping policy": "conditions de livraison",
    "returns policy": "conditions de retour",
    "commission rate": "taux de commission",
    "0.15 = 15 %": "0,15 = 15 %",
    "Stripe connected account": "compte connecté Stripe",
    "vendor profile": "profil vendeur",
    "message to the applicant": "message au candidat",
    "API": "API",
    "carrier": "transporteur",
    "tracking number": "numéro de suivi",
    "amount to pay (cents)": "montant à verser (centimes)",
    "Order paid": "Commande payée",
    "Payout": "Versement",
    "A refund recorded before the payment layer made it.": (
        "Un remboursement enregistré avant son exécution par le module de paiement."
    ),
    # Vendors: payout statements
    "amount (EUR, owed to vendor)": "montant (EUR, dû au vendeur)",
    "total": "total",
    "Date": "Date",
    "Kind": "Type",
    "Order": "Commande",
    "Amount (EUR)": "Montant (EUR)",
    "Total to pay": "Total à verser",
    "Comptoir payout statement #%(n)s": "Relevé de versement Comptoir n° %(n)s",
    "Status: %(s)s": "Statut : %(s)s",
    # Vendors: dashboard views
    "Saved %(sku)s.": "%(sku)s enregistré.",
    "Token “%(name)s” revoked.": "Jeton « %(name)s » révoqué.",
    "Unknown action.": "Action inconnue.",
    "This order can no longer change that way.": "Cette commande ne peut plus évoluer de cette façon.",
    "Statement created.": "Relevé créé.",
    "This application was already approved.": "Cette candidature a déjà été acceptée.",
    # Catalogue templates
    "No product has all of “%(query)s”: showing products with some of these words.": (
        "Aucun produit ne contient tous les mots de « %(query)s » : voici les produits contenant certains d'entre eux."
    ),
    "Review %(title)s": "Donner votre avis sur %(title)s",
    "Status": "Statut",
    # Reviews: e-mails
    "Hello,": "Bonjour,",
    "We could not publish what you wrote: it does not follow our review guidelines.": (
        "Nous n'avons pas pu publier votre texte : il ne respecte pas nos règles de publication des avis."
    ),
    "What you wrote will be read by our team before it is published.": (
        "Votre texte sera relu par notre équipe avant sa publication."
    ),
    "Reasons:": "Motifs :",
    "Your text is kept, nothing was deleted. You can reply to this e-mail if you think this is a mistake.": (
        "Votre texte est conservé, rien n'a été supprimé. Vous pouvez répondre à cet e-mail "
        "si vous pensez qu'il s'agit d'une erreur."
    ),
    "Your review was not published": "Votre avis n'a pas été publié",
    "Your review is being checked": "Votre avis est en cours de vérification",
    '%(vendor)s replied to your review "%(title)s":': "%(vendor)s a répondu à votre avis « %(title)s » :",
    "%(vendor)s replied to your review": "%(vendor)s a répondu à votre avis",
    "You received %(title)s from %(vendor)s. Would you rate it? It takes a minute and helps other shoppers.": (
        "Vous avez reçu %(title)s de la part de %(vendor)s. Voulez-vous le noter ? "
        "Cela ne prend qu'une minute et aide les autres acheteurs."
    ),
    "Every published review earns %(points)s loyalty points, whatever the rating.": (
        "Chaque avis publié rapporte %(points)s points de fidélité, quelle que soit la note."
    ),
    "No more review requests:": "Ne plus recevoir de demandes d'avis :",
    "A last word about %(title)s?": "Un dernier mot sur %(title)s ?",
    # Reviews: public templates
    "Link not valid": "Lien non valide",
    "You can still write a review from the product page once signed in.": (
        "Vous pouvez toujours rédiger un avis depuis la page du produit une fois connecté."
    ),
    "%(verified)s verified": "vérifiés : %(verified)s",
    "Photo from the review “%(title)s”": "Photo de l'avis « %(title)s »",
    "Showing %(stars)s★ only — show all": "Seulement %(stars)s★ — tout afficher",
    "Page %(number)s": "Page %(number)s",
    "JPEG, PNG, WebP or GIF photos up to 10 MB, one MP4 or WebM video up to 100 MB.": (
        "Photos JPEG, PNG, WebP ou GIF jusqu'à 10 Mo, une vidéo MP4 ou WebM jusqu'à 100 Mo."
    ),
    # Reviews: staff and vendor templates
    "Reason sent to the author (required to reject)": "Motif envoyé à l'auteur (obligatoire en cas de refus)",
    "Statistics across vendors": "Statistiques de tous les vendeurs",
    "Review": "Avis",
    "score": "score",
    "Nothing waits for moderation.": "Rien n'attend de modération.",
    "No reply waits.": "Aucune réponse en attente.",
    "disputes": "contestations",
    "Decide": "Trancher",
    "No open dispute.": "Aucune contestation en cours.",
    "When": "Date",
    "What": "Objet",
    "By": "Par",
    "Reasons": "Motifs",
    "Thank you": "Merci",
    "Review requests": "Demandes d'avis",
    "%(email)s is unsubscribed from review requests.": "%(email)s ne recevra plus de demandes d'avis.",
    "Your reply": "Votre réponse",
    "Send to the moderators": "Envoyer aux modérateurs",
    "Reply awaiting moderation": "Réponse en attente de modération",
    "Reply rejected": "Réponse refusée",
    "Review statistics — %(vendor)s": "Statistiques des avis — %(vendor)s",
    "Review statistics — all vendors": "Statistiques des avis — tous les vendeurs",
    "Show": "Afficher",
    "No reviews in the last twelve months.": "Aucun avis au cours des douze derniers mois.",
    "Average": "Moyenne",
    "Replied": "Réponses",
    "Sold by %(vendor)s. Your review will show a “verified purchase” mark.": (
        "Vendu par %(vendor)s. Votre avis portera la mention « achat vérifié »."
    ),
    # Vendors: dashboard templates
    "SKU": "Référence",
    "Who": "Auteur",
    "How": "Origine",
    "No change yet.": "Aucune modification pour l'instant.",
    "Applications": "Candidatures",
    "Legal id": "Identifiant légal",
    "Received": "Reçue le",
    "No application.": "Aucune candidature.",
    "IBAN": "IBAN",
    "What they sell": "Ce qu'ils vendent",
    "Last message": "Dernier message",
    "Order %(number)s": "Commande %(number)s",
    "Quantity": "Quantité",
    "Ship to": "Livrer à",
    "Shipped with": "Expédié par",
    "Placed": "Passée le",
    "No order.": "Aucune commande.",
    "Daily sales, last 30 days": "Ventes quotidiennes, 30 derniers jours",
    "Statement": "Relevé",
    "Statement %(n)s — %(name)s": "Relevé %(n)s — %(name)s",
    "Owed to you (cents)": "Montant qui vous est dû (centimes)",
    "Vendor id": "Identifiant du vendeur",
    "Create a statement of what is owed now": "Créer un relevé des sommes dues à ce jour",
    "Up to": "Jusqu'au",
    "Save": "Enregistrer",
    "SKU or title": "Référence ou titre",
    "Edit": "Modifier",
    "No stock records.": "Aucun enregistrement de stock.",
    "Systems using “%(name)s” will get 401 from now on.": (
        "Les systèmes utilisant « %(name)s » recevront désormais une erreur 401."
    ),
    (
        "Your systems update price and stock with <code>POST /shop/vendors/api/stock/</code>, "
        "header <code>Authorization: Bearer &lt;token&gt;</code>, "
        'body <code>{"items": [{"sku": "…", "price": "12.50", "num_in_stock": 4}]}</code>.'
    ): (
        "Vos systèmes mettent à jour le prix et le stock avec <code>POST /shop/vendors/api/stock/</code>, "
        "en-tête <code>Authorization: Bearer &lt;token&gt;</code>, "
        'corps <code>{"items": [{"sku": "…", "price": "12.50", "num_in_stock": 4}]}</code>.'
    ),
    "Token": "Jeton",
    "Last used": "Dernière utilisation",
    "No token.": "Aucun jeton.",
    (
        "A .csv (UTF-8) or .xlsx file with the columns <code>sku</code>, <code>price</code>, "
        "<code>num_in_stock</code>. Nothing changes until you confirm the preview; then every row is applied, "
        "or none."
    ): (
        "Un fichier .csv (UTF-8) ou .xlsx avec les colonnes <code>sku</code>, <code>price</code>, "
        "<code>num_in_stock</code>. Rien n'est modifié tant que vous n'avez pas confirmé l'aperçu ; "
        "ensuite, toutes les lignes sont appliquées, ou aucune."
    ),
    # Vendors: e-mails
    (
        "Welcome to Comptoir: %(company)s can now sell on the marketplace. Sign in to the vendor dashboard "
        'with this e-mail address (use "forgotten password" to choose a password):'
    ): (
        "Bienvenue sur Comptoir : %(company)s peut désormais vendre sur la place de marché. Connectez-vous "
        "au tableau de bord vendeur avec cette adresse e-mail (utilisez « mot de passe oublié » pour choisir "
        "un mot de passe) :"
    ),
    "We are sorry: we cannot accept your application.": (
        "Nous sommes désolés : nous ne pouvons pas accepter votre candidature."
    ),
    "We need a little more information to review your application:": (
        "Nous avons besoin d'un peu plus d'informations pour examiner votre candidature :"
    ),
    "You have a new order to ship: %(number)s.": "Vous avez une nouvelle commande à expédier : %(number)s.",
    "%(vendor)s shipped your items of order %(number)s.": (
        "%(vendor)s a expédié vos articles de la commande %(number)s."
    ),
}

PLURALS = {
    "%(rows)s row is valid. Preview of the changes (first 200):": (
        "%(rows)s ligne est valide. Aperçu des changements (200 premiers) :",
        "%(rows)s lignes sont valides. Aperçu des changements (200 premiers) :",
    ),
    "%(counter)s customer review": ("%(counter)s avis client", "%(counter)s avis clients"),
    "%(counter)s review waiting": ("%(counter)s avis en attente", "%(counter)s avis en attente"),
}
