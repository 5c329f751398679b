"""French translations of Comptoir's own interface strings.

`make messages` extracts the strings into django.po; this table fills them in
(scripts/fill_translations.py), so the wording lives in one reviewable place.
Oscar, Django and Wagtail ship their own French catalogues.
"""

FRENCH = {
    "Search": "Rechercher",
    "Relevance": "Pertinence",
    "Newest": "Nouveautés",
    "Price: low to high": "Prix croissant",
    "Price: high to low": "Prix décroissant",
    "Title: A to Z": "Titre de A à Z",
    "Search products, vendors, guides…": "Rechercher produits, vendeurs, guides…",
    "Sort by": "Trier par",
    "All products": "Tous les produits",
    "Blog": "Blog",
    "introduction": "introduction",
    "blog index": "index du blog",
    "post date": "date de publication",
    "blog post": "article de blog",
    "English": "Anglais",
    "French": "Français",
    "The marketplace for independent sellers": "La place de marché des vendeurs indépendants",
    "Editorial pages": "Pages éditoriales",
    "Hero": "Bandeau",
    "Call to action": "Appel à l'action",
    "Show products of this category (slug); newest first.": (
        "Afficher les produits de cette catégorie (slug), les plus récents d'abord."
    ),
    "Product carousel": "Carrousel de produits",
    "Payment option": "Moyen de paiement",
    "home page": "page d'accueil",
    "landing page": "page d'atterrissage",
    "guide": "guide",
    "Comptoir shop": "Boutique Comptoir",
    "French name": "Nom en français",
    "Personal info": "Informations personnelles",
    "Permissions": "Permissions",
    "Important dates": "Dates importantes",
    "Users": "Utilisateurs",
    "preferred language": "langue préférée",
    "Language of the emails we send; the site language is used when empty.": (
        "Langue des e-mails que nous envoyons ; à défaut, celle du site."
    ),
    "user": "utilisateur",
    "users": "utilisateurs",
    "Page not found": "Page introuvable",
    "We couldn't find that page": "Nous n'avons pas trouvé cette page",
    "The link may be old, or the product may no longer be sold. Try a search, or start again from the home page.": (
        "Le lien est peut-être ancien, ou le produit n'est plus vendu. Essayez une recherche, "
        "ou repartez de la page d'accueil."
    ),
    "Search products": "Rechercher des produits",
    "Back to the home page": "Retour à l'accueil",
    "No posts yet.": "Aucun article pour le moment.",
    "Breadcrumb": "Fil d'Ariane",
    "Home": "Accueil",
    "Categories": "Catégories",
    "Edit this category": "Modifier cette catégorie",
    "Sold by %(vendor)s": "Vendu par %(vendor)s",
    "Rated %(rating)s out of 5": "Noté %(rating)s sur 5",
    "Sort": "Trier",
    "No products match “%(query)s”.": "Aucun produit ne correspond à « %(query)s ».",
    "No products found.": "Aucun produit trouvé.",
    "Browse all products": "Voir tous les produits",
    "Skip to content": "Aller au contenu",
    "Results for “%(query)s”": "Résultats pour « %(query)s »",
    "Shop": "Boutique",
    "Offers": "Offres",
    "Basket": "Panier",
    "Paying": "Payer",
    "Your account": "Votre compte",
    "Demo data: Olist public dataset, CC BY-NC-SA 4.0.": (
        "Données de démonstration : jeu public Olist, CC BY-NC-SA 4.0."
    ),
    "Pay in 3 or 4 instalments, later, or on 30-day terms for businesses.": (
        "Payez en 3 ou 4 fois, plus tard, ou à 30 jours pour les entreprises."
    ),
    "Language": "Langue",
    "Change": "Changer",
    "Sell on Comptoir": "Vendre sur Comptoir",
    "Comptoir home": "Accueil Comptoir",
    "Account": "Compte",
    "Dashboard": "Tableau de bord",
    "Log out": "Se déconnecter",
    "Log in or register": "Se connecter ou s'inscrire",
    "items in basket": "articles dans le panier",
    "Main": "Navigation principale",
    "An open marketplace: independent sellers, verified reviews, and payment your way.": (
        "Une place de marché ouverte : vendeurs indépendants, avis vérifiés, et le paiement qui vous convient."
    ),
    "Comptoir, the marketplace for independent sellers: thousands of products, paid your way — in instalments, "
    "later, or on B2B terms.": (
        "Comptoir, la place de marché des vendeurs indépendants : des milliers de produits, payés comme vous "
        "voulez — en plusieurs fois, plus tard, ou à terme pour les professionnels."
    ),
    "Too many attempts": "Trop de tentatives",
    "For your security, this form is paused for a few minutes. Please try again later.": (
        "Pour votre sécurité, ce formulaire est suspendu quelques minutes. Réessayez plus tard."
    ),
}

PLURALS = {
    "%(minutes)s minute read": ("%(minutes)s minute de lecture", "%(minutes)s minutes de lecture"),
    "<strong>%(num_results)s</strong> product": (
        "<strong>%(num_results)s</strong> produit",
        "<strong>%(num_results)s</strong> produits — de %(start)s à %(end)s",
    ),
}
