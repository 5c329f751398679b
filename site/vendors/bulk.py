"""Bulk stock/price sheets (CSV or XLSX): parse, validate against the vendor's SKUs, report per row.

Nothing is written here: ``validate_sheet`` returns the planned updates and the errors; the view shows
them as a dry run and ``services.stock_apply`` applies the plan in one transaction when there is no error.
"""

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from .services import NewProduct, StockUpdate

StockRecord = get_model("partner", "StockRecord")
Category = get_model("catalogue", "Category")

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_ROWS = 50_000
REQUIRED_COLUMNS = ("sku", "price", "num_in_stock")
OPTIONAL_COLUMNS = ("title", "category", "description")


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    reason: str


@dataclass
class SheetReport:
    updates: list[StockUpdate] = field(default_factory=list)
    creations: list[NewProduct] = field(default_factory=list)
    preview: list[dict] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


class SheetError(ValueError):
    """The file as a whole cannot be read (size, format, encoding, header)."""


def read_rows(*, name: str, data: bytes) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Return the header and (line number, cells) of every non-empty row."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise SheetError(_("The file is larger than %(mb)s MB.") % {"mb": MAX_UPLOAD_BYTES // (1024 * 1024)})
    lower = name.lower()
    if lower.endswith(".xlsx"):
        rows = _xlsx_rows(data)
    elif lower.endswith(".csv") or lower.endswith(".txt"):
        rows = _csv_rows(data)
    else:
        raise SheetError(_("Upload a .csv or .xlsx file."))
    if not rows:
        raise SheetError(_("The file is empty."))
    header = [cell.strip().lower() for cell in rows[0][1]]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise SheetError(_("Missing column(s): %(columns)s.") % {"columns": ", ".join(missing)})
    body = rows[1:]
    if len(body) > MAX_ROWS:
        raise SheetError(_("At most %(n)s rows per file.") % {"n": MAX_ROWS})
    return header, body


def _csv_rows(data: bytes) -> list[tuple[int, list[str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SheetError(
            _("The file is not UTF-8 text (byte %(pos)s). Save it as “CSV UTF-8”.") % {"pos": exc.start}
        ) from exc
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    return [(reader.line_num, row) for row in reader if any(cell.strip() for cell in row)]


def _xlsx_rows(data: bytes) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
    except Exception as exc:  # openpyxl raises many types on a corrupt file
        raise SheetError(_("The file is not a readable .xlsx workbook.")) from exc
    rows = []
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = ["" if value is None else str(value) for value in row]
        if any(cell.strip() for cell in cells):
            rows.append((number, cells))
    return rows


def validate_sheet(*, partner, name: str, data: bytes) -> SheetReport:
    header, body = read_rows(name=name, data=data)
    index = {column: header.index(column) for column in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS) if column in header}
    skus = [_cell(cells, index["sku"]) for _line, cells in body]
    records = {
        r["partner_sku"]: r
        for r in StockRecord.objects.filter(partner=partner, partner_sku__in=set(skus)).values(
            "pk", "partner_sku", "price", "num_in_stock", "product__title"
        )
    }
    report = SheetReport(rows=len(body))
    seen: dict[str, int] = {}
    categories = None
    for line, cells in body:
        errors_before = len(report.errors)
        sku = _cell(cells, index["sku"])
        title = _cell(cells, index["title"]) if "title" in index else ""
        category_id = None
        if not sku:
            report.errors.append(RowError(line, "sku", _("The SKU is empty.")))
        elif sku in seen:
            report.errors.append(RowError(line, "sku", _("Duplicate of line %(line)s.") % {"line": seen[sku]}))
        elif sku not in records and not title:
            report.errors.append(RowError(line, "sku", _("Unknown SKU for your shop: %(sku)s.") % {"sku": sku}))
        elif sku not in records:
            if categories is None:
                categories = _category_lookup()
            category_id = _category(
                report, line, _cell(cells, index["category"]) if "category" in index else "", categories
            )
            if len(title) > 255:
                report.errors.append(RowError(line, "title", _("At most 255 characters.")))
        seen.setdefault(sku, line)
        price = _price(report, line, _cell(cells, index["price"]))
        stock = _stock(report, line, _cell(cells, index["num_in_stock"]))
        if len(report.errors) > errors_before:
            continue
        if sku not in records:
            description = _cell(cells, index["description"]) if "description" in index else ""
            report.creations.append(NewProduct(sku, title, category_id, price, stock, description))
            if len(report.preview) < 200:
                report.preview.append(
                    {"line": line, "sku": sku, "title": title, "new": True, "new_price": price, "new_stock": stock}
                )
            continue
        record = records[sku]
        report.updates.append(StockUpdate(stockrecord_id=record["pk"], price=price, num_in_stock=stock))
        if len(report.preview) < 200 and (price != record["price"] or stock != record["num_in_stock"]):
            report.preview.append(
                {
                    "line": line,
                    "sku": sku,
                    "title": record["product__title"],
                    "old_price": record["price"],
                    "new_price": price,
                    "old_stock": record["num_in_stock"],
                    "new_stock": stock,
                }
            )
    return report


def _category_lookup() -> dict[str, int]:
    """Category ids by lower-cased slug and name (a slug wins over another category's name)."""
    lookup: dict[str, int] = {}
    rows = list(Category.objects.order_by("-pk").values_list("pk", "name", "slug"))
    for pk, name, _slug in rows:
        lookup[name.strip().lower()] = pk
    for pk, _name, slug in rows:
        lookup[slug.lower()] = pk
    return lookup


def _category(report: SheetReport, line: int, raw: str, categories: dict[str, int]) -> int | None:
    if not raw:
        report.errors.append(RowError(line, "category", _("A new product needs a category.")))
        return None
    category_id = categories.get(raw.lower())
    if category_id is None:
        report.errors.append(RowError(line, "category", _("Unknown category: “%(value)s”.") % {"value": raw[:80]}))
    return category_id


def _cell(cells: list[str], position: int) -> str:
    return cells[position].strip() if position < len(cells) else ""


def _price(report: SheetReport, line: int, raw: str) -> Decimal | None:
    try:
        price = Decimal(raw.replace(",", ".").replace(" ", "").replace("\u202f", ""))
    except InvalidOperation:
        report.errors.append(RowError(line, "price", _("Not a number: “%(value)s”.") % {"value": raw[:40]}))
        return None
    if not price.is_finite() or price < 0 or price >= Decimal("10000000000"):
        report.errors.append(RowError(line, "price", _("The price must be between 0 and 9,999,999,999.99.")))
        return None
    if price != price.quantize(Decimal("0.01")):
        report.errors.append(RowError(line, "price", _("At most two decimal places.")))
        return None
    return price.quantize(Decimal("0.01"))


def _stock(report: SheetReport, line: int, raw: str) -> int | None:
    try:
        value = Decimal(raw)
        if value != value.to_integral_value():
            raise InvalidOperation
        stock = int(value)
    except (InvalidOperation, ValueError):
        report.errors.append(
            RowError(line, "num_in_stock", _("Not a whole number: “%(value)s”.") % {"value": raw[:40]})
        )
        return None
    if stock < 0:
        report.errors.append(RowError(line, "num_in_stock", _("The stock cannot be negative.")))
        return None
    if stock > 2_147_483_647:
        report.errors.append(RowError(line, "num_in_stock", _("The stock is too large.")))
        return None
    return stock


def stock_sheet_csv(*, partner) -> str:
    """The vendor's current stock sheet, in the upload format."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["sku", "price", "num_in_stock", "title"])
    for row in (
        StockRecord.objects.filter(partner=partner)
        .order_by("partner_sku")
        .values_list("partner_sku", "price", "num_in_stock", "product__title")
        .iterator(chunk_size=2000)
    ):
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue()
