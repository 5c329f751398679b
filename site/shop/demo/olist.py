"""Reading the Olist CSV files into typed rows.

Only the columns the demo uses are kept. The files' own quirks are handled
here and nowhere else: the translation file starts with a byte-order mark,
the products file spells "length" as "lenght" and leaves the category (and the
photo count) empty for 610 products, and a few measurements are empty or zero.
"""

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property
from pathlib import Path

PRODUCTS_FILE = "olist_products_dataset.csv"
SELLERS_FILE = "olist_sellers_dataset.csv"
ORDER_ITEMS_FILE = "olist_order_items_dataset.csv"
CATEGORY_TRANSLATION_FILE = "product_category_name_translation.csv"
REQUIRED_FILES = (PRODUCTS_FILE, SELLERS_FILE, ORDER_ITEMS_FILE, CATEGORY_TRANSLATION_FILE)

CENT = Decimal("0.01")


class OlistDataMissing(Exception):
    """The data folder or one of its files is not there."""


@dataclass(frozen=True)
class OlistSeller:
    seller_id: str
    zip_code_prefix: str
    city: str  # as typed by the seller: lower case, unaccented, sometimes with the state appended
    state: str  # two-letter Brazilian state code


@dataclass(frozen=True)
class OlistProduct:
    product_id: str
    category_code: str  # Portuguese category code; "" when Olist has none
    photo_count: int | None
    weight_g: int | None
    length_cm: int | None
    height_cm: int | None
    width_cm: int | None


@dataclass(frozen=True)
class OlistOrderItem:
    order_id: str
    product_id: str
    seller_id: str
    price: Decimal  # Brazilian reais


@dataclass(frozen=True)
class OlistData:
    sellers: list[OlistSeller]
    products: list[OlistProduct]
    order_items: list[OlistOrderItem]
    category_translations: dict[str, str]  # Portuguese code -> English code, e.g. "beleza_saude" -> "health_beauty"

    @cached_property
    def products_by_id(self) -> dict[str, OlistProduct]:
        return {product.product_id: product for product in self.products}

    @cached_property
    def sellers_by_id(self) -> dict[str, OlistSeller]:
        return {seller.seller_id: seller for seller in self.sellers}

    @cached_property
    def items_per_seller(self) -> Counter[str]:
        return Counter(item.seller_id for item in self.order_items)

    @cached_property
    def items_per_product(self) -> Counter[str]:
        return Counter(item.product_id for item in self.order_items)

    @cached_property
    def sellers_per_product(self) -> dict[str, Counter[str]]:
        """How many order items each seller sold of each product (a product can have several sellers)."""
        sellers: dict[str, Counter[str]] = defaultdict(Counter)
        for item in self.order_items:
            sellers[item.product_id][item.seller_id] += 1
        return dict(sellers)

    @cached_property
    def mean_price_per_product(self) -> dict[str, Decimal]:
        prices: dict[str, list[Decimal]] = defaultdict(list)
        for item in self.order_items:
            prices[item.product_id].append(item.price)
        return {
            product_id: (sum(values) / len(values)).quantize(CENT, rounding=ROUND_HALF_UP)
            for product_id, values in prices.items()
        }

    @cached_property
    def category_codes(self) -> list[str]:
        """Every category code used by a product or listed in the translation file ("" excluded)."""
        used = {product.category_code for product in self.products if product.category_code}
        return sorted(used | set(self.category_translations))


def olist_data_load(*, folder: Path) -> OlistData:
    """Read the four files the demo needs; raise OlistDataMissing naming what is absent."""
    if not folder.is_dir():
        raise OlistDataMissing(f"Olist data folder not found: {folder}")
    missing = [name for name in REQUIRED_FILES if not (folder / name).is_file()]
    if missing:
        raise OlistDataMissing(f"Missing in {folder}: {', '.join(missing)}")
    return OlistData(
        sellers=[_seller(row) for row in _rows(folder / SELLERS_FILE)],
        products=[_product(row) for row in _rows(folder / PRODUCTS_FILE)],
        order_items=[_order_item(row) for row in _rows(folder / ORDER_ITEMS_FILE)],
        category_translations={
            row["product_category_name"]: row["product_category_name_english"]
            for row in _rows(folder / CATEGORY_TRANSLATION_FILE)
        },
    )


def _rows(path: Path) -> list[dict[str, str]]:
    # utf-8-sig strips the byte-order mark of the translation file and is harmless for the others.
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def _measure(value: str) -> int | None:
    """A positive measurement, or None when Olist left it empty or recorded zero."""
    if not value:
        return None
    number = round(float(value))
    return number if number > 0 else None


def _seller(row: dict[str, str]) -> OlistSeller:
    return OlistSeller(
        seller_id=row["seller_id"],
        zip_code_prefix=row["seller_zip_code_prefix"],
        city=row["seller_city"],
        state=row["seller_state"].upper(),
    )


def _product(row: dict[str, str]) -> OlistProduct:
    return OlistProduct(
        product_id=row["product_id"],
        category_code=row["product_category_name"],
        photo_count=_measure(row["product_photos_qty"]),
        weight_g=_measure(row["product_weight_g"]),
        length_cm=_measure(row["product_length_cm"]),
        height_cm=_measure(row["product_height_cm"]),
        width_cm=_measure(row["product_width_cm"]),
    )


def _order_item(row: dict[str, str]) -> OlistOrderItem:
    return OlistOrderItem(
        order_id=row["order_id"],
        product_id=row["product_id"],
        seller_id=row["seller_id"],
        price=Decimal(row["price"]),
    )
