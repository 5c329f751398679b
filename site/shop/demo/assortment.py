"""What the demo shop sells: which products, from which vendor, at what price, with how much stock.

Pure functions over the Olist data, with no database access, so the choices
can be tested and reasoned about on their own.
"""

import statistics
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from shop.demo.olist import OlistData, OlistProduct
from shop.demo.randomness import stable_hash
from shop.demo.taxonomy import department_of
from shop.demo.vendors import VendorPlan
from shop.demo.vocabulary import ProductCopy, product_copy

# Olist prices are in Brazilian reais. The demo shows them as euros, one for one: the figures stay those of
# real orders, and their spread (a 20 € phone case, a 900 € sofa) still reads as plausible in euros.
REAIS_TO_EUROS = Decimal("1")
CURRENCY = "EUR"
OUT_OF_STOCK_PERCENT = 7
MAX_STOCK = 60
# Share of the product slots reserved so that every category has a few products to browse.
CATEGORY_COVERAGE_SHARE = 4
PRODUCTS_PER_CATEGORY = 3


@dataclass(frozen=True)
class ProductPlan:
    product: OlistProduct
    copy: ProductCopy
    seller_id: str
    price: Decimal
    price_from_orders: bool  # False: estimated from the category's median
    num_in_stock: int


def product_selection(*, data: OlistData, vendor_ids: set[str], count: int | None) -> list[OlistProduct]:
    """``count`` products (all when None): a few per category, then the loaded vendors' best sellers,
    then other products that sold, then the rest."""
    sold = data.items_per_product
    sellers = data.sellers_per_product

    def rank(product: OlistProduct) -> tuple:
        sold_by_loaded_vendor = bool(vendor_ids & set(sellers.get(product.product_id, ())))
        return (not sold_by_loaded_vendor, -sold[product.product_id], product.product_id)

    ranked = sorted(data.products, key=rank)
    if count is None or count >= len(ranked):
        return ranked

    per_category = min(PRODUCTS_PER_CATEGORY, count // (CATEGORY_COVERAGE_SHARE * len(data.category_codes) or 1))
    chosen: dict[str, OlistProduct] = {}
    taken_per_category: dict[str, int] = defaultdict(int)
    for product in ranked:
        if taken_per_category[product.category_code] < per_category:
            taken_per_category[product.category_code] += 1
            chosen[product.product_id] = product
    for product in ranked:
        if len(chosen) >= count:
            break
        chosen.setdefault(product.product_id, product)
    return sorted(chosen.values(), key=rank)[:count]


def category_median_prices(*, data: OlistData) -> dict[str, Decimal]:
    """Median price of the products that sold, per category, with "*" for the whole catalogue."""
    prices: dict[str, list[Decimal]] = defaultdict(list)
    for product_id, price in data.mean_price_per_product.items():
        product = data.products_by_id.get(product_id)
        if product is not None:
            prices[product.category_code].append(price)
    medians = {code: Decimal(statistics.median(values)) for code, values in prices.items()}
    medians["*"] = Decimal(statistics.median(data.mean_price_per_product.values()))
    return medians


def estimated_price(*, product: OlistProduct, medians: dict[str, Decimal]) -> Decimal:
    """A shelf price for a product that never sold: its category's median, give or take a quarter,
    rounded to a retail ".90" ending."""
    median = medians.get(product.category_code, medians["*"])
    factor = Decimal(75 + stable_hash("price", product.product_id) % 51) / 100  # 0.75 … 1.25
    whole = (median * factor).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    return max(Decimal("4.90"), whole - Decimal("0.10"))


def stock_level(*, product_id: str) -> int:
    """Units in stock; about OUT_OF_STOCK_PERCENT % of products have none, to show "out of stock" states."""
    draw = stable_hash("stock", product_id)
    if draw % 100 < OUT_OF_STOCK_PERCENT:
        return 0
    return 1 + (draw // 100) % MAX_STOCK


@dataclass(frozen=True)
class LoadedVendors:
    """The vendors of this run, indexed once for the per-product lookups."""

    codes: frozenset[str]
    by_department: dict[str, list[str]]

    @classmethod
    def of(cls, vendors: list[VendorPlan]) -> "LoadedVendors":
        by_department: dict[str, list[str]] = defaultdict(list)
        for vendor in sorted(vendors, key=lambda vendor: vendor.code):
            by_department[vendor.department_key].append(vendor.code)
        return cls(codes=frozenset(vendor.code for vendor in vendors), by_department=dict(by_department))


def vendor_for_product(*, data: OlistData, product: OlistProduct, vendors: LoadedVendors) -> str:
    """The loaded vendor that sold the product most; otherwise one of the loaded vendors of the same
    department (any loaded vendor if none), always the same for the same product and vendors."""
    sales = data.sellers_per_product.get(product.product_id, {})
    real_sellers = sorted((seller for seller in sales if seller in vendors.codes), key=lambda s: (-sales[s], s))
    if real_sellers:
        return real_sellers[0]
    department = department_of(olist_code=product.category_code).key
    candidates = vendors.by_department.get(department) or sorted(vendors.codes)
    return candidates[stable_hash("vendor", product.product_id) % len(candidates)]


def product_plans(*, data: OlistData, products: list[OlistProduct], vendors: list[VendorPlan]) -> list[ProductPlan]:
    medians = category_median_prices(data=data)
    loaded = LoadedVendors.of(vendors)
    plans = []
    for product in products:
        real_price = data.mean_price_per_product.get(product.product_id)
        price = real_price if real_price is not None else estimated_price(product=product, medians=medians)
        plans.append(
            ProductPlan(
                product=product,
                copy=product_copy(product=product),
                seller_id=vendor_for_product(data=data, product=product, vendors=loaded),
                price=(price * REAIS_TO_EUROS).quantize(Decimal("0.01")),
                price_from_orders=real_price is not None,
                num_in_stock=stock_level(product_id=product.product_id),
            )
        )
    return plans
