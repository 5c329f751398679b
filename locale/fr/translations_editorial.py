"""French translations of the editorial site (home, blog, webinars, editorial blocks)."""

FRENCH = {
    # Blocks
    "Hero": "Bandeau",
    "Call to action": "Appel à l'action",
    "Gallery": "Galerie",
    "Video": "Vidéo",
    "A YouTube or Vimeo link.": "Un lien YouTube ou Vimeo.",
    "Product carousel": "Carrousel de produits",
    "chosen products": "produits choisis",
    "Or show products of this category (slug); newest first.": (
        "Ou les produits de cette catégorie (slug), les plus récents d'abord."
    ),
    "Or products matching these words.": "Ou les produits correspondant à ces mots.",
    "Only products sold by this vendor (partner code).": "Seulement les produits de ce vendeur (code partenaire).",
    "Category grid": "Grille de catégories",
    "Empty: the top-level categories.": "Vide : les catégories principales.",
    "Payment option": "Moyen de paiement",
    "Payment options explainer": "Présentation des moyens de paiement",
    "Empty: all of them.": "Vide : tous.",
    "Instalment calculator": "Simulateur de paiement en plusieurs fois",
    "Empty: every option paid in several instalments.": "Vide : toutes les options en plusieurs fois.",
    "Review highlights": "Avis à la une",
    "Verified purchases only": "Achats vérifiés uniquement",
    "FAQ": "FAQ",
    "Testimonial": "Témoignage",
    "Newsletter signup": "Inscription à la newsletter",
    "Subscribe": "S'inscrire",
    "Rich text": "Texte enrichi",
    "Amount": "Montant",
    "Instalments": "Échéances",
    "First payment": "Premier paiement",
    "Fees": "Frais",
    "None": "Aucun",
    "APR": "TAEG",
    "Learn more": "En savoir plus",
    "Payment options will be listed here soon.": "Les moyens de paiement seront bientôt présentés ici.",
    "Purchase amount (€)": "Montant de l'achat (€)",
    "Calculate": "Calculer",
    "Option": "Formule",
    "Then": "Puis",
    "Total": "Total",
    "No instalment option is available right now.": (
        "Aucune formule de paiement en plusieurs fois n'est disponible pour le moment."
    ),
    "A loan commits you and must be repaid. Check that you can afford it before committing.": (
        "Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager."
    ),
    "No reviews yet: be the first to share your experience after your purchase.": (
        "Pas encore d'avis : soyez le premier à partager votre expérience après votre achat."
    ),
    "Verified purchase": "Achat vérifié",
    "Watch the video": "Voir la vidéo",
    "you@example.com": "vous@exemple.fr",
    "Leave this field empty": "Laissez ce champ vide",
    # Pages and models
    "home page": "page d'accueil",
    "landing page": "page de campagne",
    "guide": "guide",
    "guide index": "index des guides",
    "webinar": "webinaire",
    "webinar index": "index des webinaires",
    "FAQ page": "page FAQ",
    "related products": "produits associés",
    "Shown when the page is shared (Open Graph); 1200x630 works best.": (
        "Affichée quand la page est partagée (Open Graph) ; idéalement 1200x630."
    ),
    "payment option": "moyen de paiement",
    "provider": "prestataire",
    "kind": "type",
    "description": "description",
    "minimum amount": "montant minimum",
    "maximum amount": "montant maximum",
    "number of instalments": "nombre d'échéances",
    "days before the first payment": "jours avant le premier paiement",
    "fees (% of the price)": "frais (% du prix)",
    "fixed fees (€)": "frais fixes (€)",
    "APR (%)": "TAEG (%)",
    "legal mentions": "mentions légales",
    "order": "ordre",
    "Deferred payment": "Paiement différé",
    "B2B payment terms": "Paiement à terme (B2B)",
    "Card": "Carte",
    "person (speaker, author)": "personne (intervenant, auteur)",
    "people": "personnes",
    "name": "nom",
    "role": "fonction",
    "company": "entreprise",
    "biography": "biographie",
    "starts at": "début",
    "time zone": "fuseau horaire",
    "The time zone the event is announced in.": "Le fuseau horaire dans lequel l'événement est annoncé.",
    "duration (minutes)": "durée (minutes)",
    "capacity": "capacité",
    "join link": "lien de connexion",
    "Sent to registered attendees only.": "Envoyé aux seuls inscrits.",
    "replay video": "vidéo du replay",
    "YouTube or Vimeo; shown after the event.": "YouTube ou Vimeo ; affichée après l'événement.",
    "Event": "Événement",
    "Registered": "Inscrit",
    "Waiting list": "Liste d'attente",
    "email": "e-mail",
    "consent": "consentement",
    "status": "statut",
    "language": "langue",
    "registered at": "inscrit le",
    "webinar registration": "inscription au webinaire",
    "consent given": "consentement donné",
    "consented at": "consenti le",
    "signed up on": "inscrit depuis",
    "newsletter subscription": "abonnement à la newsletter",
    "Editorial": "Éditorial",
    "blog category": "catégorie du blog",
    "blog categories": "catégories du blog",
    "slug": "slug",
    "blog index": "index du blog",
    "blog post": "article de blog",
    "post date": "date de publication",
    "introduction": "introduction",
    "Comptoir blog — %(title)s": "Blog Comptoir — %(title)s",
    # Forms and messages
    "Name": "Nom",
    "Email": "E-mail",
    "Company": "Entreprise",
    "I agree that Comptoir stores my name, email and company to run this webinar and email me about it.": (
        "J'accepte que Comptoir conserve mon nom, mon e-mail et mon entreprise pour organiser ce webinaire "
        "et m'écrire à son sujet."
    ),
    "I agree to receive Comptoir's newsletter. I can unsubscribe at any time.": (
        "J'accepte de recevoir la newsletter de Comptoir. Je peux me désinscrire à tout moment."
    ),
    "Your registration could not be accepted.": "Votre inscription n'a pas pu être acceptée.",
    "Registration is closed: this webinar has already started.": (
        "Les inscriptions sont closes : ce webinaire a déjà commencé."
    ),
    "You are already registered with this email address; see you there!": (
        "Vous êtes déjà inscrit avec cette adresse e-mail ; à bientôt !"
    ),
    "This webinar is full: you are on the waiting list and we will email you if a seat frees up.": (
        "Ce webinaire est complet : vous êtes sur liste d'attente et nous vous écrirons si une place se libère."
    ),
    "You are registered! We have emailed you the details and a calendar invitation.": (
        "Vous êtes inscrit ! Nous vous avons envoyé les détails et une invitation pour votre agenda."
    ),
    "Please enter a valid email address and tick the consent box.": (
        "Saisissez une adresse e-mail valide et cochez la case de consentement."
    ),
    "Thank you! You are subscribed to our newsletter.": "Merci ! Vous êtes inscrit à notre newsletter.",
    "You were already subscribed: nothing more to do.": "Vous étiez déjà inscrit : rien de plus à faire.",
    # Templates
    "Breadcrumb": "Fil d'Ariane",
    "In this guide": "Dans ce guide",
    "Products mentioned in this guide": "Les produits cités dans ce guide",
    "No guides yet.": "Pas encore de guide.",
    "Upcoming webinars": "Prochains webinaires",
    "No webinar scheduled right now: subscribe to our newsletter to hear about the next one.": (
        "Aucun webinaire programmé pour l'instant : abonnez-vous à la newsletter pour connaître le prochain."
    ),
    "Replays": "Replays",
    "Watch the replay": "Voir le replay",
    "Register for free": "Inscription gratuite",
    "This webinar is full: register to join the waiting list.": (
        "Ce webinaire est complet : inscrivez-vous pour rejoindre la liste d'attente."
    ),
    "Save my seat": "Réserver ma place",
    "Join the waiting list": "Rejoindre la liste d'attente",
    "This webinar has ended": "Ce webinaire est terminé",
    "The replay will be online shortly.": "Le replay sera bientôt en ligne.",
    "Registration is closed": "Inscriptions closes",
    "This webinar has started.": "Ce webinaire a commencé.",
    "Categories": "Catégories",
    "All": "Tous",
    "Posts tagged “%(tag)s”": "Articles avec le mot-clé « %(tag)s »",
    "show all": "tout afficher",
    "No posts yet.": "Pas encore d'article.",
    "Pages": "Pages",
    "Previous": "Précédent",
    "Next": "Suivant",
    "by": "par",
    "Rated %(score)s out of 5": "Noté %(score)s sur 5",
    "APR %(apr)s %%": "TAEG %(apr)s %%",
    "Available from €%(min)s to €%(max)s.": "Disponible de %(min)s € à %(max)s €.",
    "Available from €%(min)s.": "Disponible à partir de %(min)s €.",
    "€%(min)s to €%(max)s": "de %(min)s € à %(max)s €",
    "from €%(min)s": "à partir de %(min)s €",
    # Emails
    "You are registered: %(title)s": "Vous êtes inscrit : %(title)s",
    "Hello %(name)s,": "Bonjour %(name)s,",
    'Your seat for "%(title)s" is booked.': "Votre place pour « %(title)s » est réservée.",
    "The attached calendar invitation adds the webinar to your agenda. We will remind you 24 hours and 1 hour "
    "before it starts.": (
        "L'invitation jointe ajoute le webinaire à votre agenda. Nous vous le rappellerons 24 heures et 1 heure "
        "avant le début."
    ),
    "See you soon,": "À bientôt,",
    "When:": "Quand :",
    "Duration:": "Durée :",
    "Join link:": "Lien de connexion :",
    "Page:": "Page :",
    "Waiting list: %(title)s": "Liste d'attente : %(title)s",
    '"%(title)s" is full, so we have put you on the waiting list. We will email you if a seat frees up, and the '
    "replay will be online after the event.": (
        "« %(title)s » est complet : vous êtes sur liste d'attente. Nous vous écrirons si une place se libère, "
        "et le replay sera en ligne après l'événement."
    ),
    "Tomorrow: %(title)s": "Demain : %(title)s",
    "Starting in one hour: %(title)s": "Dans une heure : %(title)s",
    'A reminder: "%(title)s" starts in about 24 hours.': "Pour rappel : « %(title)s » commence dans environ 24 heures.",
    '"%(title)s" starts in one hour.': "« %(title)s » commence dans une heure.",
    # Waiting list and cancellation
    "Cancelled": "Annulée",
    "moved off the waiting list at": "sortie de la liste d'attente le",
    "cancelled at": "annulée le",
    "waiting list position": "position en liste d'attente",
    "You have left the waiting list.": "Vous avez quitté la liste d'attente.",
    "Your registration is cancelled: your seat goes to the next person on the waiting list.": (
        "Votre inscription est annulée : votre place revient à la première personne de la liste d'attente."
    ),
    "Your webinar registration": "Votre inscription au webinaire",
    "Registration of %(name)s (%(email)s)": "Inscription de %(name)s (%(email)s)",
    "This registration is cancelled.": "Cette inscription est annulée.",
    "Register again": "S'inscrire à nouveau",
    "This webinar has started: registrations can no longer be changed.": (
        "Ce webinaire a commencé : les inscriptions ne peuvent plus être modifiées."
    ),
    "You are number %(position)s on the waiting list.": "Vous êtes numéro %(position)s sur la liste d'attente.",
    "Leave the waiting list": "Quitter la liste d'attente",
    "Your seat is booked.": "Votre place est réservée.",
    "If you cannot attend, free your seat: it goes straight to the first person on the waiting list.": (
        "Si vous ne pouvez pas venir, libérez votre place : elle revient aussitôt à la première personne de la "
        "liste d'attente."
    ),
    "Cancel my registration": "Annuler mon inscription",
    "Can't come any more? The link in your confirmation email frees your seat for the next person on the waiting "
    "list.": (
        "Vous ne pouvez plus venir ? Le lien de votre e-mail de confirmation libère votre place pour la personne "
        "suivante sur la liste d'attente."
    ),
    "Keep it and go to the webinar page": "La garder et aller à la page du webinaire",
    "A seat freed up for you: %(title)s": "Une place s'est libérée pour vous : %(title)s",
    'Good news: a seat freed up for "%(title)s" and it is yours. You were first on the waiting list, so you are '
    "now registered.": (
        "Bonne nouvelle : une place s'est libérée pour « %(title)s » et elle est à vous. Vous étiez en tête de la "
        "liste d'attente : vous êtes maintenant inscrit."
    ),
    "The attached calendar invitation adds the webinar to your agenda. We will remind you before it starts.": (
        "L'invitation jointe ajoute le webinaire à votre agenda. Nous vous le rappellerons avant le début."
    ),
    "No longer interested? Leave the waiting list:": "Plus intéressé ? Quittez la liste d'attente :",
    "Can't make it? Free your seat for someone on the waiting list:": (
        "Vous ne pouvez pas venir ? Libérez votre place pour une personne en liste d'attente :"
    ),
}

PLURALS = {
    "%(minutes)s minute": ("%(minutes)s minute", "%(minutes)s minutes"),
    "%(seats)s seat left": ("%(seats)s place restante", "%(seats)s places restantes"),
    "Speaker": ("Intervenant", "Intervenants"),
    "after %(days)s day": ("après %(days)s jour", "après %(days)s jours"),
    "1 × €%(amount)s": ("1 × %(amount)s €", "%(n)s × %(amount)s €"),  # noqa: RUF001 - a real multiplication sign
}
