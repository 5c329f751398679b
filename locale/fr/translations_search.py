"""French for the search app (issue 5): facets, autocomplete, zero results, admin."""

FRENCH = {
    "Customer rating": "Note des clients",
    "Filter products": "Filtrer les produits",
    "Filter": "Filtrer",
    "Clear all filters": "Effacer tous les filtres",
    "Category": "Catégorie",
    "Vendor": "Vendeur",
    "Price": "Prix",
    "Availability": "Disponibilité",
    "Payment options": "Moyens de paiement",
    "In stock": "En stock",
    "Pay in instalments": "Paiement en plusieurs fois",
    "Pay later": "Paiement différé",
    "Business terms (30 days)": "Conditions professionnelles (30 jours)",
    "€%(low)s and more": "%(low)s € et plus",
    "Under €%(high)s": "Moins de %(high)s €",
    "€%(low)s to €%(high)s": "De %(low)s € à %(high)s €",
    "%(stars)s★ & up": "%(stars)s★ et plus",
    "Did you mean": "Vouliez-vous dire",
    "Guides and articles": "Guides et articles",
    "Products": "Produits",
    "Categories": "Catégories",
    "Vendors": "Vendeurs",
    "Guides": "Guides",
    "Search": "Recherche",
    "search synonym": "synonyme de recherche",
    "search synonyms": "synonymes de recherche",
    "equivalent terms": "termes équivalents",
    "Comma-separated words or phrases that mean the same.": (
        "Mots ou expressions de même sens, séparés par des virgules."
    ),
    "active": "actif",
    "zero-result query": "recherche sans résultat",
    "zero-result queries": "recherches sans résultat",
    "query": "requête",
    "times searched": "nombre de recherches",
    "answered by": "traitée par",
    "first seen": "première fois",
    "last seen": "dernière fois",
}

PLURALS = {
    "%(counter)s product": ("%(counter)s produit", "%(counter)s produits"),
}
