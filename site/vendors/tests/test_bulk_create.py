"""Bulk upload: an unknown SKU with a title and a category creates a new product for the vendor."""

import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from oscar.core.loading import get_model

from vendors import bulk

Category = get_model("catalogue", "Category")
Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")
pytestmark = pytest.mark.django_db


@pytest.fixture
def books():
    return Category.add_root(name="Books", slug="livres")


def _upload(client, content: bytes, name="s.csv", **extra):
    return client.post(reverse("dashboard:vendors-stock-upload"), {"file": SimpleUploadedFile(name, content), **extra})


def test_unknown_sku_with_title_and_category_is_planned_as_new(stocked, books):
    partner_a, _b = stocked
    data = b"sku,price,num_in_stock,title,category\nA-1,12.50,3,,\nN-1,9.90,4,New book,Books\nN-2,5,1,Other,livres\n"
    report = bulk.validate_sheet(partner=partner_a, name="s.csv", data=data)
    assert report.ok, report.errors
    assert len(report.updates) == 1
    assert [(n.sku, n.title, n.category_id, n.price, n.num_in_stock) for n in report.creations] == [
        ("N-1", "New book", books.pk, Decimal("9.90"), 4),
        ("N-2", "Other", books.pk, Decimal("5.00"), 1),
    ]
    assert [row.get("new", False) for row in report.preview] == [False, True, True]


def test_unknown_category_and_missing_category_are_row_errors(stocked, books):
    partner_a, _b = stocked
    data = b"sku,price,num_in_stock,title,category\nN-1,9.90,4,New book,Comics\nN-2,1,1,Other,\nN-3,1,1,,Books\n"
    report = bulk.validate_sheet(partner=partner_a, name="s.csv", data=data)
    assert [(e.line, e.column) for e in report.errors] == [(2, "category"), (3, "category"), (4, "sku")]
    assert "Comics" in report.errors[0].reason
    assert "Unknown SKU" in report.errors[2].reason  # no title: still an unknown SKU, as before
    assert not report.creations


def test_dashboard_dry_run_then_apply_creates_the_product(client, vendor_a, stocked, books):
    client.force_login(vendor_a[1])
    sheet = (
        b"sku,price,num_in_stock,title,category,description\n"
        b"A-1,12.50,3,,,\n"
        b'N-1,9.90,4,New book,Books,"<p>Fine</p><script>alert(1)</script>"\n'
    )
    preview = _upload(client, sheet)
    assert preview.status_code == 200
    assert "new product" in preview.content.decode()
    assert not StockRecord.objects.filter(partner_sku="N-1").exists()  # dry run: nothing written
    response = client.post(
        reverse("dashboard:vendors-stock-upload"), {"apply": "1", "digest": preview.context["digest"]}
    )
    assert response.status_code == 302
    record = StockRecord.objects.select_related("product__product_class").get(partner_sku="N-1")
    assert (record.partner, record.price, record.num_in_stock) == (vendor_a[0], Decimal("9.90"), 4)
    product = record.product
    assert product.title == "New book" and product.slug == "new-book"
    assert product.product_class.name == "Standard"
    assert list(product.categories.all()) == [books]
    assert "<p>Fine</p>" in product.description and "script" not in product.description
    assert StockRecord.objects.get(partner_sku="A-1").price == Decimal("12.50")


def test_xlsx_creates_products_too(client, vendor_a, stocked, books):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["sku", "price", "num_in_stock", "title", "category"])
    book.active.append(["X-1", 3, 2, "Sheet product", "livres"])
    out = io.BytesIO()
    book.save(out)
    client.force_login(vendor_a[1])
    preview = _upload(client, out.getvalue(), name="s.xlsx")
    assert preview.context["report"].ok
    client.post(reverse("dashboard:vendors-stock-upload"), {"apply": "1", "digest": preview.context["digest"]})
    assert StockRecord.objects.get(partner=vendor_a[0], partner_sku="X-1").product.title == "Sheet product"


def test_a_bad_row_creates_nothing(client, vendor_a, stocked, books):
    client.force_login(vendor_a[1])
    response = _upload(client, b"sku,price,num_in_stock,title,category\nN-1,9.90,4,New book,Books\nA-2,oops,1,,\n")
    assert response.context["report"].errors
    assert "digest" not in response.context or not response.context.get("digest")
    assert not Product.objects.filter(title="New book").exists()


def test_creation_failure_rolls_back_the_whole_sheet(stocked, books, monkeypatch):
    from vendors import services
    from vendors.models import StockChange

    partner_a, _b = stocked
    data = b"sku,price,num_in_stock,title,category\nA-1,12.50,3,,\nN-1,9.90,4,New book,Books\n"
    report = bulk.validate_sheet(partner=partner_a, name="s.csv", data=data)

    def boom(**kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(services, "product_create_for_vendor", boom)
    with pytest.raises(RuntimeError):
        services.stock_sheet_apply(
            partner=partner_a, updates=report.updates, creations=report.creations, source=StockChange.UPLOAD
        )
    assert StockRecord.objects.get(partner_sku="A-1").price == Decimal("10.00")


def test_a_concurrent_creation_of_the_same_sku_gives_a_clear_error(client, vendor_a, stocked, books, monkeypatch):
    """Two uploads racing to create one SKU: the loser's transaction rolls back and it is told why (no 500)."""
    from django.db import IntegrityError

    from vendors import services

    client.force_login(vendor_a[1])
    preview = _upload(client, b"sku,price,num_in_stock,title,category\nA-1,12.50,3,,\nN-1,9.90,4,New book,Books\n")

    def lost_the_race(**kwargs):
        raise IntegrityError("duplicate key value violates unique constraint")

    monkeypatch.setattr(services, "stock_sheet_apply", lost_the_race)
    response = client.post(
        reverse("dashboard:vendors-stock-upload"), {"apply": "1", "digest": preview.context["digest"]}, follow=True
    )
    assert response.status_code == 200
    assert "nothing was applied" in response.content.decode()
    assert not StockRecord.objects.filter(partner_sku="N-1").exists()
    assert StockRecord.objects.get(partner_sku="A-1").price != Decimal("12.50")
