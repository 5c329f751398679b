"""Loading and resetting the demo marketplace; the management command ``demo_data`` calls these."""

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.files.storage import default_storage
from django.db import transaction
from django.test.utils import override_settings
from oscar.core.loading import get_model

from shop.demo.assortment import product_plans, product_selection
from shop.demo.catalogue import (
    CatalogueCounts,
    category_tree_ensure,
    demo_departments,
    demo_products,
    products_load,
)
from shop.demo.images import IMAGE_FOLDER
from shop.demo.olist import OlistData, olist_data_load
from shop.demo.orders import (
    DEFAULT_ORDER_COUNT,
    DemoOrderCounts,
    demo_orders_delete,
    demo_orders_load,
)
from shop.demo.page_content import ENGLISH, FRENCH, Carousel
from shop.demo.pages import demo_pages_delete, pages_ensure
from shop.demo.reviews import demo_reviews_load
from shop.demo.taxonomy import DEPARTMENTS_BY_KEY, OTHER_FINDS, UNCATEGORISED, CategorySpec, category_specs
from shop.demo.vendors import (
    VENDOR_EMAIL_DOMAIN,
    partners_ensure,
    vendor_plans,
    vendor_profiles_ensure,
    vendor_users_ensure,
)

Partner = get_model("partner", "Partner")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")

DEFAULT_VENDOR_COUNT = 50
DEFAULT_PRODUCT_COUNT = 2000
STAFF_EMAIL = f"admin@{VENDOR_EMAIL_DOMAIN}"
# Demo credentials, printed at the end of the load; the demo data never reaches production (Olist licence).
STAFF_PASSWORD = "comptoir-admin"  # noqa: S105
VENDOR_PASSWORD = "comptoir-vendor"  # noqa: S105
# Home page carousels: Olist categories with many products, so every carousel is full.
HOME_CAROUSELS = {
    "cama_mesa_banho": {ENGLISH: "Bed, bath & table favourites", FRENCH: "Le meilleur du linge de maison"},
    "beleza_saude": {ENGLISH: "Health & beauty picks", FRENCH: "Nos coups de cœur beauté"},
    "esporte_lazer": {ENGLISH: "Gear up for sport", FRENCH: "Équipez-vous pour le sport"},
    "informatica_acessorios": {ENGLISH: "Upgrade your desk", FRENCH: "Pour le bureau et l'ordinateur"},
    "relogios_presentes": {ENGLISH: "Watches & gifts", FRENCH: "Montres & idées cadeaux"},
}


def default_data_folder() -> Path:
    """COMPTOIR_DEMO_DATA_DIR, or the shared Olist folder beside the repository."""
    configured = os.environ.get("COMPTOIR_DEMO_DATA_DIR")
    return Path(configured) if configured else settings.BASE_DIR.parent / "shared" / "data" / "olist"


@dataclass
class DemoSummary:
    vendors_created: int = 0
    vendor_users_created: int = 0
    staff_user_created: bool = False
    catalogue: CatalogueCounts = field(default_factory=CatalogueCounts)
    pages_created: list[str] = field(default_factory=list)
    vendor_emails: list[str] = field(default_factory=list)  # of this run's vendors, best sellers first
    orders: DemoOrderCounts = field(default_factory=DemoOrderCounts)
    seconds: float = 0.0
    # Totals in the database after the load
    vendors: int = 0
    categories: int = 0
    products: int = 0
    stock_records: int = 0
    images: int = 0


def demo_data_load(
    *,
    folder: Path,
    vendor_count: int | None,
    product_count: int | None,
    show_progress: bool,
    order_count: int = DEFAULT_ORDER_COUNT,
) -> DemoSummary:
    """Build (or complete) the demo marketplace from the Olist files in ``folder``.

    ``None`` counts mean every seller / every product of the files. Whatever exists already
    (matched by Partner code, product UPC, category code, user email, page slug) is kept.
    """
    started = time.monotonic()
    data = olist_data_load(folder=folder)
    summary = DemoSummary()

    vendors = vendor_plans(data=data, count=vendor_count)
    with transaction.atomic():
        partners_before = Partner.objects.count()
        partners = partners_ensure(plans=vendors)
        summary.vendors_created = Partner.objects.count() - partners_before
        summary.vendor_users_created = vendor_users_ensure(
            plans=vendors, partners=partners, password_hash=make_password(VENDOR_PASSWORD)
        )
        vendor_profiles_ensure(plans=vendors, partners=partners)
        summary.staff_user_created = staff_user_ensure(email=STAFF_EMAIL, password=STAFF_PASSWORD)
        specs = category_specs(data=data)
        categories = category_tree_ensure(specs=specs)

    products = product_selection(data=data, vendor_ids={vendor.code for vendor in vendors}, count=product_count)
    plans = product_plans(data=data, products=products, vendors=vendors)
    summary.catalogue = products_load(
        # Lists show the newest products first: create the best sellers last so that they lead.
        plans=plans[::-1],
        categories=categories,
        category_names=_category_names(specs),
        partners=partners,
        show_progress=show_progress,
    )
    summary.pages_created = pages_ensure(carousels=_carousels(specs))
    demo_reviews_load(data=data, folder=folder)  # real Olist reviews on the demo products (reviews app)
    # Paid orders through the real checkout services, so the vendors have orders to ship and statements to read.
    # Their shoppers are made up: the e-mails those services send right away are not sent anywhere.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        summary.orders = demo_orders_load(
            partners=[partners[vendor.code] for vendor in vendors],
            count=order_count,
            staff=get_user_model().objects.get(email=STAFF_EMAIL),
        )
    summary.vendor_emails = [vendor.email for vendor in vendors]
    _count_totals(summary, data=data)
    summary.seconds = time.monotonic() - started
    return summary


def staff_user_ensure(*, email: str, password: str) -> bool:
    """A superuser for the Oscar dashboard and the Wagtail admin; True when created (an existing one,
    and its password, are left alone)."""
    User = get_user_model()
    if User.objects.filter(email=email).exists():
        return False
    User.objects.create_superuser(email=email, password=password)
    return True


def demo_data_reset(*, folder: Path) -> None:
    """Delete the demo marketplace: products, stock records, vendors, categories, demo users, pages and
    placeholder images. Orders and baskets lose their demo lines with the products."""
    data = olist_data_load(folder=folder)
    User = get_user_model()
    with transaction.atomic():
        demo_orders_delete()  # before the vendors: the ledger keeps its orders
        demo_products().delete()  # stock records, images, attribute values and category links cascade
        Partner.objects.filter(code__in=[seller.seller_id for seller in data.sellers]).delete()
        for department in demo_departments():
            department.delete()  # treebeard deletes the subtree
        User.objects.filter(email__startswith="vendor-", email__endswith=f"@{VENDOR_EMAIL_DOMAIN}").delete()
        User.objects.filter(email=STAFF_EMAIL).delete()
        demo_pages_delete()
    _placeholder_folder_delete()


def _placeholder_folder_delete() -> None:
    # Only meaningful for storages on the local disk; other storages keep files that the next load reuses.
    try:
        folder = Path(default_storage.path(IMAGE_FOLDER))
    except NotImplementedError:
        return
    shutil.rmtree(folder, ignore_errors=True)


def _category_names(specs: dict[str, CategorySpec]) -> dict[str, str]:
    names = {code: spec.name for code, spec in specs.items()}
    names[UNCATEGORISED] = DEPARTMENTS_BY_KEY[OTHER_FINDS].name
    return names


def _carousels(specs: dict[str, CategorySpec]) -> list[Carousel]:
    return [
        Carousel(category_slug=specs[code].slug, titles=titles)
        for code, titles in HOME_CAROUSELS.items()
        if code in specs
    ]


def _count_totals(summary: DemoSummary, *, data: OlistData) -> None:
    products = demo_products()
    summary.vendors = Partner.objects.filter(code__in=[seller.seller_id for seller in data.sellers]).count()
    summary.categories = sum(department.get_descendant_count() + 1 for department in demo_departments())
    summary.products = products.count()
    summary.stock_records = StockRecord.objects.filter(product__in=products).count()
    summary.images = ProductImage.objects.filter(product__in=products).count()
