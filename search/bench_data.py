"""Generated catalogue for `make bench-search`: products like the demo's and reviews of them, as engine
documents and, for the database backend, as rows bulk-loaded into a dedicated benchmark database.

Everything is drawn from seeded generators, so both backends are timed on the same data.
"""

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from search.documents import payment_options
from shop.demo.vocabulary import CATEGORY_VOCABULARIES, FAMILIES, STYLES

VENDOR_COUNT = 300
START = datetime(2025, 1, 1, tzinfo=UTC)
REVIEW_PHRASES = [
    "arrived quickly and well packed",
    "good quality for the price",
    "the zipper broke after a week",
    "colour faded after washing",
    "exactly as described",
    "smaller than expected",
    "very comfortable and soft",
    "instructions were missing",
    "great value would buy again",
    "the seller answered fast",
    "très bon produit, livraison rapide",
    "couleur conforme à la photo",
    "qualité décevante pour le prix",
    "emballage abîmé mais produit intact",
]
REVIEW_TITLES = ["Great", "Disappointed", "Good value", "As described", "Très bien", "Bof", "Perfect", "Not bad"]


def generated_documents(count: int, seed: int = 5) -> Iterator[dict]:
    """Products like the demo catalogue's: titles from each category's vocabulary, prices, ratings, vendors."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    categories = list(CATEGORY_VOCABULARIES.items())
    vendors = [f"Vendor {number:03d}" for number in range(VENDOR_COUNT)]
    for pk in range(1, count + 1):
        index, (slug, vocabulary) = rng.randrange(len(categories)), categories[pk % len(categories)]
        family_name, nouns = rng.choice(list(vocabulary.nouns.items()))
        family = FAMILIES[family_name]
        style = STYLES[vocabulary.style]
        title = f"{rng.choice(family.adjectives)} {rng.choice(nouns)} {rng.choice(family.qualifiers)}".title()
        if style.colours:
            title += f" \N{EN DASH} {rng.choice(style.colours)}"
        price = Decimal(str(round(rng.lognormvariate(3.8, 1.1), 2)))
        vendor = rng.randrange(len(vendors))
        rating = round(rng.uniform(1, 5), 1) if rng.random() < 0.6 else 0.0
        yield {
            "id": pk,
            "title": title,
            "description": " ".join(rng.sample(style.pitches, min(2, len(style.pitches)))),
            "categories": [slug.replace("_", " ")],
            "category_ids": [1000 + pk % len(categories), 2000 + index % 8],
            "vendors": [vendors[vendor]],
            "vendor_ids": [vendor + 1],
            "attributes": [],
            "price": float(price),
            "in_stock": rng.random() < 0.8,
            "rating": rating,
            "review_count": rng.randrange(1, 60) if rating else 0,
            "payment_options": payment_options(price),
            "created": (START + timedelta(minutes=pk)).replace(tzinfo=None).isoformat(),
        }


def review_product(rng: random.Random, product_count: int) -> int:
    """Reviews pile up on popular products: product 1 has the most, the long tail has few or none."""
    return 1 + int(product_count * rng.random() ** 3)


def generated_reviews(count: int, product_count: int, seed: int = 11) -> Iterator[dict]:
    """Review documents (the engine's format): scores skewed to 4-5, a third with photos, a few pending."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    for pk in range(1, count + 1):
        product_id = review_product(rng, product_count)
        body = ". ".join(rng.sample(REVIEW_PHRASES, rng.randint(1, 3))).capitalize() + "."
        votes = int(rng.expovariate(0.5))
        yield {
            "id": pk,
            "product_id": product_id,
            "product_title": "",
            "vendor_id": 1 + product_id % VENDOR_COUNT,
            "status": rng.choices((1, 0, 2), weights=(90, 6, 4))[0],
            "score": rng.choices((1, 2, 3, 4, 5), weights=(8, 6, 12, 30, 44))[0],
            "title": rng.choice(REVIEW_TITLES),
            "body": body,
            "verified": rng.random() < 0.7,
            "has_media": rng.random() < 0.3,
            "delta_votes": votes - rng.randint(0, 1),
            "total_votes": votes,
            "created": (START + timedelta(seconds=pk * 37, microseconds=pk % 1000)).isoformat(),
        }


def popular_products(count: int = 50) -> list[int]:
    """Ids of the products with the most reviews (the product pages worth timing)."""
    return list(range(1, count + 1))


# --- the same data as database rows --------------------------------------------------------------


def load_database(product_count: int, review_count: int, *, progress=print) -> None:
    """Bulk-load generated products (stock records, categories, search index entries) and reviews.

    Meant for a dedicated database (`make bench-search` uses var/bench-search.sqlite3): it adds
    100,000 products. Rows already loaded (upc BENCH-…) are kept, so a second run only times.
    """
    from django.db import transaction
    from oscar.core.loading import get_model
    from wagtail.search.backends import get_search_backend

    from search.services import DATABASE_BACKEND

    Product = get_model("catalogue", "Product")
    ProductClass = get_model("catalogue", "ProductClass")
    Category = get_model("catalogue", "Category")
    Partner = get_model("partner", "Partner")
    StockRecord = get_model("partner", "StockRecord")
    ProductReview = get_model("reviews", "ProductReview")

    loaded = Product.objects.filter(upc__startswith="BENCH-").count()
    if loaded >= product_count:
        progress(f"{loaded} generated products already loaded")
        return
    if loaded:
        raise RuntimeError("A partial benchmark load is in this database: delete it (var/bench-search.sqlite3).")
    product_class, _created = ProductClass.objects.get_or_create(name="Bench", defaults={"track_stock": True})
    partners = Partner.objects.bulk_create(
        [Partner(name=f"Vendor {number:03d}", code=f"bench-vendor-{number:03d}") for number in range(VENDOR_COUNT)]
    )
    categories = [Category.add_root(name=slug.replace("_", " ").title()) for slug in CATEGORY_VOCABULARIES]
    index = get_search_backend(DATABASE_BACKEND).get_index_for_model(Product)
    through = Product.categories.through
    batch: list[dict] = []

    def flush(documents: list[dict]) -> None:
        with transaction.atomic():
            products = Product.objects.bulk_create(
                [
                    Product(
                        title=document["title"],
                        slug=f"bench-{document['id']}",
                        upc=f"BENCH-{document['id']}",
                        description=document["description"],
                        product_class=product_class,
                        structure="standalone",
                        is_public=True,
                        rating=document["rating"] or None,
                    )
                    for document in documents
                ]
            )
            StockRecord.objects.bulk_create(
                [
                    StockRecord(
                        product=product,
                        partner=partners[document["vendor_ids"][0] - 1],
                        partner_sku=f"BENCH-{document['id']}",
                        price=Decimal(str(document["price"])),
                        price_currency="EUR",
                        num_in_stock=10 if document["in_stock"] else 0,
                    )
                    for product, document in zip(products, documents, strict=True)
                ]
            )
            through.objects.bulk_create(
                [
                    through(product_id=product.pk, category_id=categories[document["id"] % len(categories)].pk)
                    for product, document in zip(products, documents, strict=True)
                ]
            )
            indexed = Product.objects.filter(pk__in=[product.pk for product in products])
            index.add_items(Product, indexed.prefetch_related("categories"))

    for document in generated_documents(product_count):
        batch.append(document)
        if len(batch) == 2000:
            flush(batch)
            batch = []
            progress(f"products: {document['id']}/{product_count}")
    if batch:
        flush(batch)
    product_pks = dict(Product.objects.filter(upc__startswith="BENCH-").values_list("upc", "pk"))
    rows = []
    for document in generated_reviews(review_count, product_count):
        rows.append(
            ProductReview(
                product_id=product_pks[f"BENCH-{document['product_id']}"],
                partner_id=partners[document["vendor_id"] - 1].pk,
                name="Bench reviewer",
                score=document["score"],
                title=document["title"],
                body=document["body"],
                status=document["status"],
                is_verified_purchase=document["verified"],
                has_media=document["has_media"],
                delta_votes=document["delta_votes"],
                total_votes=document["total_votes"],
            )
        )
        if len(rows) == 5000:
            ProductReview.objects.bulk_create(rows)
            rows = []
            progress(f"reviews: {document['id']}/{review_count}")
    ProductReview.objects.bulk_create(rows)
