"""Writing the demo catalogue: the category tree, the product class, and products in bulk.

Products are created with ``bulk_create`` in batches, each batch in one
transaction with everything that hangs off its products (attribute values,
category links, stock records, images) and their search index entries.
Bulk creation skips ``Product.save()``, so this module does what it would
have done: set the slug, sanitize the description and add the products to the search index.
"""

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from django.db import transaction
from django.db.models import QuerySet
from django.utils.text import slugify
from oscar.apps.catalogue.receivers import refresh_materialized_view
from oscar.core.loading import get_model
from tqdm import tqdm
from wagtail.search.backends import get_search_backends_with_name

from core.sanitize import clean_rich_text
from shop.demo.assortment import CURRENCY, ProductPlan
from shop.demo.images import IMAGE_FOLDER, PlaceholderPainter, image_name, placeholder_image_ensure
from shop.demo.taxonomy import DEPARTMENTS, OTHER_FINDS, UNCATEGORISED, CategorySpec, department_of

logger = logging.getLogger(__name__)

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")
ProductAttribute = get_model("catalogue", "ProductAttribute")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductClass = get_model("catalogue", "ProductClass")
ProductImage = get_model("catalogue", "ProductImage")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")

BATCH_SIZE = 500
PRODUCT_CLASS_SLUG = "standard"
PRODUCT_CLASS_NAME = "Standard"


@dataclass(frozen=True)
class AttributeSpec:
    code: str
    name: str
    olist_field: str  # attribute of OlistProduct holding the value


ATTRIBUTES = (
    AttributeSpec("weight_g", "Weight (g)", "weight_g"),
    AttributeSpec("length_cm", "Length (cm)", "length_cm"),
    AttributeSpec("height_cm", "Height (cm)", "height_cm"),
    AttributeSpec("width_cm", "Width (cm)", "width_cm"),
    AttributeSpec("photo_count", "Photo count", "photo_count"),
)


@dataclass
class CatalogueCounts:
    products: int = 0
    stock_records: int = 0
    images: int = 0
    image_files: int = 0
    index_failures: list[str] = field(default_factory=list)


def category_tree_ensure(*, specs: dict[str, CategorySpec]) -> dict[str, "Category"]:
    """Departments as roots, Olist categories under them; returns the Category of each Olist code
    ("" maps to the "Other finds" department, home of the products Olist left uncategorised)."""
    roots = {
        department.key: _category_ensure(
            code=department.code, parent=None, name=department.name, name_fr=department.name_fr, slug=department.key
        )
        for department in DEPARTMENTS
    }
    categories = {
        spec.olist_code: _category_ensure(
            code=spec.code, parent=roots[spec.department.key], name=spec.name, name_fr=spec.name_fr, slug=spec.slug
        )
        for spec in specs.values()
    }
    categories[UNCATEGORISED] = roots[OTHER_FINDS]
    return categories


def _category_ensure(*, code: str, parent: "Category | None", name: str, name_fr: str, slug: str) -> "Category":
    category = Category.objects.filter(code=code).first()
    if category is None:
        values = {"code": code, "name": name, "name_fr": name_fr, "slug": slug}
        return Category.add_root(**values) if parent is None else parent.add_child(**values)
    if (category.name, category.name_fr) != (name, name_fr):
        # A renamed entry in our tables reaches an existing tree; update() skips the tree bookkeeping of save().
        Category.objects.filter(pk=category.pk).update(name=name, name_fr=name_fr)
    return category


def demo_departments() -> QuerySet:
    """The root categories this module creates; deleting them deletes the whole demo tree."""
    return Category.objects.filter(depth=1, code__in=[department.code for department in DEPARTMENTS])


def product_class_ensure() -> tuple["ProductClass", dict[str, "ProductAttribute"]]:
    product_class, _ = ProductClass.objects.get_or_create(
        slug=PRODUCT_CLASS_SLUG, defaults={"name": PRODUCT_CLASS_NAME, "requires_shipping": True, "track_stock": True}
    )
    attributes = {
        spec.code: ProductAttribute.objects.get_or_create(
            product_class=product_class,
            code=spec.code,
            defaults={"name": spec.name, "type": ProductAttribute.INTEGER, "required": False},
        )[0]
        for spec in ATTRIBUTES
    }
    return product_class, attributes


def _batches(items: list, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def products_load(
    *,
    plans: list[ProductPlan],
    categories: dict[str, "Category"],
    category_names: dict[str, str],
    partners: dict[str, "Partner"],
    show_progress: bool,
) -> CatalogueCounts:
    """Create the planned products that do not exist yet (by UPC = Olist product id) with their
    attributes, category, stock record and placeholder image, then index them for search."""
    product_class, attributes = product_class_ensure()
    existing = set(
        Product.objects.filter(upc__in=[plan.product.product_id for plan in plans]).values_list("upc", flat=True)
    )
    missing = [plan for plan in plans if plan.product.product_id not in existing]
    painter = PlaceholderPainter()
    counts = CatalogueCounts()
    # disable=None lets tqdm hide itself when stderr is not a terminal (CI logs, tests).
    with tqdm(total=len(missing), unit="product", desc="Products", disable=None if show_progress else True) as bar:
        for batch in _batches(missing, BATCH_SIZE):
            # Files first: they are idempotent, and a batch whose transaction fails leaves only harmless files.
            for plan in batch:
                counts.image_files += placeholder_image_ensure(
                    name=image_name(product_id=plan.product.product_id),
                    painter=painter,
                    category_key=plan.product.category_code,
                    category_name=category_names[plan.product.category_code],
                    shape=department_of(olist_code=plan.product.category_code).shape,
                    caption=plan.copy.short_title,
                )
            with transaction.atomic():
                products = _batch_create(
                    batch=batch,
                    product_class=product_class,
                    attributes=attributes,
                    categories=categories,
                    partners=partners,
                )
                counts.index_failures += _index(products=products)
            counts.products += len(products)
            counts.stock_records += len(products)
            counts.images += len(products)
            bar.update(len(batch))
    if missing:
        # Oscar keeps a materialised view of product categories on PostgreSQL, refreshed on each
        # ProductCategory save; bulk_create sends no signal, so refresh it once here.
        refresh_materialized_view(sender=ProductCategory)
    return counts


def _batch_create(
    *,
    batch: list[ProductPlan],
    product_class: "ProductClass",
    attributes: dict[str, "ProductAttribute"],
    categories: dict[str, "Category"],
    partners: dict[str, "Partner"],
) -> list["Product"]:
    products = Product.objects.bulk_create(
        [
            Product(
                structure=Product.STANDALONE,
                upc=plan.product.product_id,
                title=plan.copy.title,
                slug=slugify(plan.copy.title)[:255],  # Product.save() would have set it
                # bulk_create skips the pre_save receiver that sanitizes descriptions: do its work here.
                description=clean_rich_text(plan.copy.description),
                product_class=product_class,
                is_public=True,
            )
            for plan in batch
        ]
    )
    pairs = list(zip(batch, products, strict=True))
    ProductAttributeValue.objects.bulk_create(
        [
            ProductAttributeValue(attribute=attributes[spec.code], product=product, value_integer=value)
            for plan, product in pairs
            for spec in ATTRIBUTES
            if (value := getattr(plan.product, spec.olist_field)) is not None
        ]
    )
    ProductCategory.objects.bulk_create(
        [ProductCategory(product=product, category=categories[plan.product.category_code]) for plan, product in pairs]
    )
    StockRecord.objects.bulk_create(
        [
            StockRecord(
                product=product,
                partner=partners[plan.seller_id],
                partner_sku=plan.product.product_id,
                price_currency=CURRENCY,
                price=plan.price,
                num_in_stock=plan.num_in_stock,
            )
            for plan, product in pairs
        ]
    )
    ProductImage.objects.bulk_create(
        [
            ProductImage(
                product=product,
                original=image_name(product_id=plan.product.product_id),
                caption=plan.copy.short_title,
                display_order=0,
            )
            for plan, product in pairs
        ]
    )
    return products


def _index(*, products: list["Product"]) -> list[str]:
    """Add the products to every auto-updated search backend, as Product.save() would have.

    Mirrors modelsearch's signal handler: a database backend failing fails the batch (its
    transaction is ours), an external engine failing is logged and reported, not fatal.
    """
    indexed = list(Product.get_indexed_objects().filter(pk__in=[product.pk for product in products]))
    failures = []
    for name, backend in get_search_backends_with_name(with_auto_update=True):
        try:
            backend.add_bulk(Product, indexed)
        except Exception:
            if not backend.catch_indexing_errors:
                raise
            logger.exception("Search backend %r could not index demo products", name)
            failures.append(name)
    return failures


def demo_products() -> QuerySet:
    """Products this module created, recognised by their placeholder image."""
    with_placeholder = ProductImage.objects.filter(original__startswith=f"{IMAGE_FOLDER}/").values("product_id")
    return Product.objects.filter(pk__in=with_placeholder)
