import io
from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from vendors import bulk
from vendors.models import StockChange

StockRecord = get_model("partner", "StockRecord")
pytestmark = pytest.mark.django_db


def _sheet(text: str) -> bytes:
    return text.encode()


def test_valid_csv_plans_every_row(stocked):
    partner_a, _b = stocked
    report = bulk.validate_sheet(
        partner=partner_a, name="s.csv", data=_sheet("sku,price,num_in_stock\nA-1,12.50,3\nA-2,10,5\n")
    )
    assert report.ok and report.rows == 2 and len(report.updates) == 2
    assert [row["sku"] for row in report.preview] == ["A-1"]  # A-2 is unchanged


def test_semicolon_and_decimal_comma_are_read(stocked):
    partner_a, _b = stocked
    report = bulk.validate_sheet(partner=partner_a, name="s.csv", data=_sheet("sku;price;num_in_stock\nA-1;12,50;3\n"))
    assert report.ok and report.updates[0].price == Decimal("12.50")


def test_each_bad_row_is_reported_with_line_column_and_reason(stocked):
    partner_a, _b = stocked
    data = _sheet(
        "sku,price,num_in_stock\n"
        "A-1,abc,3\n"  # line 2: price not a number
        "A-2,10,-1\n"  # line 3: negative stock
        "B-1,10,1\n"  # line 4: another vendor's SKU
        "A-3,10,1\n"
        "A-3,11,1\n"  # line 6: duplicate
        "NOPE,1,1\n"  # line 7: unknown
        "A-1,1.234,1\n"  # line 8: three decimals (and duplicate of line 2)
    )
    report = bulk.validate_sheet(partner=partner_a, name="s.csv", data=data)
    found = {(e.line, e.column) for e in report.errors}
    assert {(2, "price"), (3, "num_in_stock"), (4, "sku"), (6, "sku"), (7, "sku"), (8, "sku"), (8, "price")} <= found
    assert not report.ok


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("s.csv", b"sku,price\nA-1,1\n", "Missing column"),
        ("s.csv", "sku,price,num_in_stock\nA-1,1,1,é\n".encode("latin-1"), "UTF-8"),
        ("s.pdf", b"%PDF", ".csv or .xlsx"),
        ("s.xlsx", b"not a zip", ".xlsx"),
        ("s.csv", b"", "empty"),
        ("s.csv", b"x" * (bulk.MAX_UPLOAD_BYTES + 1), "larger"),
    ],
)
def test_unreadable_files_are_refused_as_a_whole(stocked, name, data, message):
    with pytest.raises(bulk.SheetError, match=message):
        bulk.validate_sheet(partner=stocked[0], name=name, data=data)


def test_xlsx_is_read(stocked):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["SKU", "Price", "num_in_stock"])
    sheet.append(["A-1", 9.99, 12])
    out = io.BytesIO()
    book.save(out)
    report = bulk.validate_sheet(partner=stocked[0], name="s.xlsx", data=out.getvalue())
    assert report.ok
    assert (report.updates[0].price, report.updates[0].num_in_stock) == (Decimal("9.99"), 12)


def _upload(client, content: bytes, name="s.csv", **extra):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(reverse("dashboard:vendors-stock-upload"), {"file": SimpleUploadedFile(name, content), **extra})


def test_dry_run_then_apply_in_the_dashboard(client, vendor_a, stocked):
    client.force_login(vendor_a[1])
    preview = _upload(client, b"sku,price,num_in_stock\nA-1,12.50,3\n")
    assert preview.status_code == 200
    assert StockRecord.objects.get(partner_sku="A-1").price == Decimal("10.00")  # dry run: nothing written
    digest = preview.context["digest"]
    response = client.post(reverse("dashboard:vendors-stock-upload"), {"apply": "1", "digest": digest})
    assert response.status_code == 302
    record = StockRecord.objects.get(partner_sku="A-1")
    assert (record.price, record.num_in_stock) == (Decimal("12.50"), 3)
    change = StockChange.objects.get(stockrecord=record)
    assert (change.user, change.source, change.old_price, change.new_price, change.old_stock, change.new_stock) == (
        vendor_a[1],
        StockChange.UPLOAD,
        Decimal("10.00"),
        Decimal("12.50"),
        5,
        3,
    )


def test_a_file_with_one_bad_row_applies_nothing(client, vendor_a, stocked):
    client.force_login(vendor_a[1])
    response = _upload(client, b"sku,price,num_in_stock\nA-1,12.50,3\nA-2,oops,1\n")
    assert response.status_code == 200
    assert "digest" not in response.context
    assert "oops" in response.content.decode()
    assert not StockChange.objects.exists()
    assert StockRecord.objects.get(partner_sku="A-1").price == Decimal("10.00")


def test_an_oversized_body_is_refused_before_it_is_read(client, vendor_a, stocked):
    client.force_login(vendor_a[1])
    response = client.post(
        reverse("dashboard:vendors-stock-upload"),
        data=b"x",
        content_type="application/octet-stream",
        CONTENT_LENGTH=str(50 * 1024 * 1024),
    )
    assert response.status_code == 413


def test_stock_sheet_lists_only_the_vendor_skus(client, vendor_a, stocked):
    client.force_login(vendor_a[1])
    body = client.get(reverse("dashboard:vendors-stock-sheet")).content.decode()
    assert body.splitlines()[0] == "sku,price,num_in_stock,title"
    assert "A-1" in body and "B-1" not in body


def test_stock_edit_form_logs_the_change(client, vendor_a, stocked):
    client.force_login(vendor_a[1])
    record = StockRecord.objects.get(partner_sku="A-2")
    response = client.post(
        reverse("dashboard:vendors-stock-edit", kwargs={"pk": record.pk}), {"price": "7.00", "num_in_stock": "0"}
    )
    assert response.status_code == 302
    record.refresh_from_db()
    assert (record.price, record.num_in_stock) == (Decimal("7.00"), 0)
    assert StockChange.objects.filter(stockrecord=record, source=StockChange.FORM, new_stock=0).count() == 1
    negative = client.post(
        reverse("dashboard:vendors-stock-edit", kwargs={"pk": record.pk}), {"price": "7", "num_in_stock": "-2"}
    )
    assert negative.status_code == 200 and StockChange.objects.count() == 1


def test_applied_changes_refresh_the_search_entries_of_the_products(
    stocked, monkeypatch, django_capture_on_commit_callbacks
):
    from vendors import services

    reindexed = []
    monkeypatch.setattr(services, "reindex_products_now", lambda *, product_ids: reindexed.extend(product_ids))
    record = StockRecord.objects.get(partner_sku="A-1")
    with django_capture_on_commit_callbacks(execute=True):
        services.stock_apply(
            partner=stocked[0],
            updates=[services.StockUpdate(stockrecord_id=record.pk, price=Decimal("1.00"))],
            source="api",
        )
    assert reindexed == [record.product_id]


def test_reindex_really_updates_the_search_index(stocked):
    from modelsearch.backends import get_search_backend

    from vendors import services

    record = StockRecord.objects.select_related("product").get(partner_sku="A-1")
    services.reindex_products_now(product_ids=[record.product_id])
    results = list(get_search_backend().search("Alpha", record.product.__class__))
    assert record.product in results


@pytest.mark.parametrize(
    "name",
    [
        "index",
        "vendors-home",
        "vendors-stock-list",
        "vendors-stock-changes",
        "vendors-stock-upload",
        "vendors-tokens",
        "vendors-fulfilment-list",
        "vendors-statement-list",
    ],
)
def test_marketplace_pages_render_for_vendor_and_staff(client, vendor_a, staff_user, stocked, name):
    client.force_login(vendor_a[1])
    page = client.get(reverse(f"dashboard:{name}"))
    assert page.status_code == 200
    assert "Beta 1" not in page.content.decode()  # vendor B's product never shows
    client.force_login(staff_user)
    assert client.get(reverse(f"dashboard:{name}")).status_code == 200
