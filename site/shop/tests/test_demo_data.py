"""The demo_data command, run on a small slice of the real Olist files (../shared/data/olist)."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model
from wagtail.models import Locale, Page, Site

from home.models import GuidePage, HomePage, LandingPage
from shop.demo.images import image_name
from shop.demo.olist import olist_data_load
from shop.demo.services import STAFF_EMAIL, STAFF_PASSWORD, VENDOR_PASSWORD, default_data_folder
from shop.demo.taxonomy import DEPARTMENTS, category_specs, humanize_category_name
from shop.demo.vendors import place_name, vendor_email, vendor_plans, vendor_ranking
from shop.demo.vocabulary import TIMES, is_plural, product_copy

Category = get_model("catalogue", "Category")
Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductAttributeValue = get_model("catalogue", "ProductAttributeValue")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")

DATA_FOLDER = default_data_folder()
PRODUCTS, VENDORS = 60, 5

pytestmark = pytest.mark.skipif(not DATA_FOLDER.is_dir(), reason=f"Olist data not found in {DATA_FOLDER}")


@pytest.fixture(scope="module")
def olist():
    return olist_data_load(folder=DATA_FOLDER)


def demo_data(**options) -> str:
    output = StringIO()
    options = {"products": PRODUCTS, "vendors": VENDORS, "no_progress": True, **options}
    call_command("demo_data", stdout=output, stderr=StringIO(), **options)
    return output.getvalue()


def database_counts() -> dict[str, int]:
    models = [Category, Partner, Product, ProductAttributeValue, ProductImage, StockRecord, Page, Locale, Site]
    counts = {model.__name__: model.objects.count() for model in models}
    counts["User"] = get_user_model().objects.count()
    return counts


# ---------------------------------------------------------------------------
# The whole command, on the database
# ---------------------------------------------------------------------------
@pytest.mark.django_db
def test_loads_vendors_products_stock_and_images(olist):
    output = demo_data()

    best_sellers = [seller.seller_id for seller in vendor_ranking(data=olist)[:VENDORS]]
    assert sorted(Partner.objects.values_list("code", flat=True)) == sorted(best_sellers)
    assert len(set(Partner.objects.values_list("name", flat=True))) == VENDORS
    assert Product.objects.count() == PRODUCTS
    olist_ids = set(olist.products_by_id)
    for product in Product.objects.prefetch_related("stockrecords", "images", "categories", "attribute_values"):
        assert product.upc in olist_ids
        assert product.slug and product.title and "Weighs" in product.description
        (record,) = product.stockrecords.all()
        assert record.price > 0 and record.price_currency == "EUR"
        assert record.partner.code in best_sellers
        (image,) = product.images.all()
        assert image.original.name == image_name(product_id=product.upc)
        assert (Path(settings.MEDIA_ROOT) / image.original.name).stat().st_size > 1000
        assert len(product.categories.all()) == 1
        assert product.attribute_values.filter(attribute__code="weight_g").exists()
    # Products sold by a loaded vendor carry that vendor and the mean price of its orders.
    sold = StockRecord.objects.filter(product__upc__in=olist.mean_price_per_product).select_related("product")
    assert sold.exists()
    for record in sold:
        assert record.price == olist.mean_price_per_product[record.product.upc]
    assert "admin@comptoir.localhost / comptoir-admin" in output


@pytest.mark.django_db
def test_category_tree_has_departments_and_french_names(olist):
    demo_data()

    roots = Category.get_root_nodes()
    assert {root.code for root in roots} == {department.code for department in DEPARTMENTS}
    assert Category.objects.count() == len(DEPARTMENTS) + len(category_specs(data=olist))
    assert not Category.objects.filter(name_fr="").exists()
    health = Category.objects.get(code="olist:beleza_saude")
    assert health.name == "Health & beauty"
    assert health.get_parent().code == "department:beauty-wellbeing"
    with translation.override("fr"):
        assert health.localized_name == "Beauté & santé"
    with translation.override("en"):
        assert health.localized_name == "Health & beauty"
    other = Category.objects.get(code="department:other-finds")
    assert (other.name, other.name_fr) == ("Other finds", "Trouvailles")


@pytest.mark.django_db
def test_vendor_users_reach_the_dashboard_of_their_partner():
    demo_data()

    User = get_user_model()
    for partner in Partner.objects.all():
        user = User.objects.get(email=vendor_email(partner_code=partner.code))
        assert not user.is_staff
        assert user.has_perm("partner.dashboard_access")
        assert list(partner.users.all()) == [user]
        assert user.check_password(VENDOR_PASSWORD)
    client = Client()
    client.force_login(user)
    assert client.get(reverse("dashboard:catalogue-product-list")).status_code == 200
    staff = User.objects.get(email=STAFF_EMAIL)
    assert staff.is_staff and staff.is_superuser and staff.check_password(STAFF_PASSWORD)


@pytest.mark.django_db
def test_pages_exist_in_english_and_french_with_the_home_page_as_site_root():
    demo_data()

    english, french = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="fr")
    home = HomePage.objects.get(locale=english)
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert not Page.objects.exact_type(Page).filter(depth=2).exists()  # Wagtail's welcome page is gone
    for page_class in (HomePage, LandingPage, GuidePage):
        # The editorial demo (home.demo) adds more landing pages and guides after these, deeper or later in the tree.
        page = page_class.objects.filter(locale=english).order_by("path").first()
        translated = page.get_translation(french)
        assert page.live and translated.live
        assert translated.title != page.title or page_class is HomePage
    landing = LandingPage.objects.get(locale=english, slug="payment-options")
    assert landing.show_in_menus
    assert [block.block_type for block in landing.body].count("payment_option") == 4

    client = Client()
    for url in ("/", "/fr/", "/payment-options/", "/how-to-pay/", "/fr/moyens-de-paiement/", "/fr/comment-payer/"):
        assert client.get(url).status_code == 200, url
    assert "Des boutiques indépendantes" in client.get("/fr/").content.decode()


@pytest.mark.django_db
def test_shop_pages_and_search_answer():
    demo_data()

    product = Product.objects.filter(stockrecords__num_in_stock__gt=0).first()
    category = product.categories.get()
    word = product.title.split()[1]
    client = Client()
    for url in ("/shop/", category.get_absolute_url(), product.get_absolute_url()):
        assert client.get(url).status_code == 200, url
    response = client.get("/shop/search/", {"q": word})
    assert response.status_code == 200
    assert product.get_absolute_url() in response.content.decode() or response.context["paginator"].count > 0


@pytest.mark.django_db
def test_running_twice_adds_nothing():
    demo_data()
    first = database_counts()

    output = demo_data()

    assert database_counts() == first
    assert "products 60 (+0)" in output and "pages created: none" in output


@pytest.mark.django_db
def test_reset_rebuilds_the_demo():
    demo_data()
    counts = database_counts()
    old_products = set(Product.objects.values_list("pk", flat=True))
    Product.objects.first().stockrecords.update(num_in_stock=999)

    demo_data(reset=True)

    assert database_counts() == counts
    assert not old_products & set(Product.objects.values_list("pk", flat=True))
    assert not StockRecord.objects.filter(num_in_stock=999).exists()
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage


@pytest.mark.django_db
def test_missing_data_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match=r"olist_products_dataset\.csv"):
        demo_data(data_dir=tmp_path)
    with pytest.raises(CommandError, match="not found"):
        demo_data(data_dir=tmp_path / "nowhere")


# ---------------------------------------------------------------------------
# Names and copy, without the database
# ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("english_code", "name"),
    [
        ("health_beauty", "Health & beauty"),
        ("bed_bath_table", "Bed, bath & table"),
        ("arts_and_craftmanship", "Arts & craftsmanship"),
        ("watches_gifts", "Watches & gifts"),
        ("home_confort", "Home comfort"),
        ("agro_industry_and_commerce", "Agro industry & commerce"),
        ("garden_tools", "Garden tools"),
    ],
)
def test_category_names_are_humanised(english_code, name):
    assert humanize_category_name(english_code) == name


def test_every_category_has_a_natural_english_name_and_a_french_one(olist):
    specs = category_specs(data=olist)
    assert len(specs) == 73  # 71 translated + pc_gamer + portateis_cozinha_e_preparadores_de_alimentos
    assert specs["fashion_roupa_feminina"].name == "Women's clothing"
    assert specs["pc_gamer"].name == "Gaming PCs"
    for spec in specs.values():
        assert "_" not in spec.name and spec.name_fr and spec.name_fr != spec.olist_code


@pytest.mark.parametrize(
    ("city", "state", "place"),
    [
        ("sao paulo", "SP", "São Paulo"),
        ("sao paulo / sao paulo", "SP", "São Paulo"),
        ("ribeirao preto / sao paulo", "SP", "Ribeirão Preto"),
        ("florianopolis", "SC", "Florianópolis"),
        ("brasilia df", "DF", "Brasília"),
        ("04482255", "SP", "São Paulo"),
        ("vendas@creditparts.com.br", "SP", "São Paulo"),
        ("santa barbara d\u00b4oeste", "SP", "Santa Bárbara d'Oeste"),
        ("sbc/sp", "SP", "São Bernardo do Campo"),
    ],
)
def test_place_names_are_cleaned_up(city, state, place):
    assert place_name(city=city, state=state) == place


def test_every_seller_gets_a_unique_name_that_does_not_depend_on_how_many_are_loaded(olist):
    everyone = vendor_plans(data=olist, count=None)
    assert len({plan.name for plan in everyone}) == len(olist.sellers)
    assert [plan.name for plan in vendor_plans(data=olist, count=VENDORS)] == [plan.name for plan in everyone[:5]]


def test_product_copy_is_deterministic_and_quotes_real_measurements(olist):
    product = next(p for p in olist.products if p.weight_g and p.weight_g > 1000 and p.length_cm)
    copy = product_copy(product=product)
    assert copy == product_copy(product=product)
    assert f"{product.length_cm} {TIMES} {product.height_cm} {TIMES} {product.width_cm} cm" in copy.description
    assert " kg packed" in copy.description
    assert copy.short_title in copy.title


@pytest.mark.parametrize(
    ("noun", "plural"), [("trainers", True), ("set of napkins", False), ("wrap dress", False), ("nappies", True)]
)
def test_plural_nouns_take_a_plural_verb(noun, plural):
    assert is_plural(noun) is plural
