"""The invoice PDF: French legal mentions (seller ids, VAT, due date, late-payment penalties) and how to pay."""

from __future__ import annotations

import io
from decimal import Decimal
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import formats
from django.utils.translation import gettext as _

from .models import Invoice


def _money(value) -> str:
    return f"{Decimal(value):,.2f} EUR".replace(",", " ")


def invoice_pdf(*, invoice: Invoice) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    snapshot = invoice.snapshot
    seller, buyer = snapshot["seller"], snapshot["buyer"]
    styles = getSampleStyleSheet()
    small = styles["Normal"].clone("small", fontSize=8, leading=10)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, title=_("Invoice %(n)s") % {"n": invoice.number}, leftMargin=18 * mm, rightMargin=18 * mm
    )

    def para(lines, style=styles["Normal"], heading=""):
        text = "<br/>".join(escape(str(line)) for line in lines if line)
        return Paragraph(f"<b>{escape(heading)}</b><br/>{text}" if heading else text, style)

    parties = Table(
        [
            [
                para(
                    [
                        *seller["address"],
                        _("SIREN %(s)s") % {"s": seller["siren"]},
                        _("VAT %(v)s") % {"v": seller["vat_number"]},
                        seller.get("registration", ""),
                    ],
                    heading=seller["name"],
                ),
                para(
                    [
                        buyer["name"],
                        *buyer["address"],
                        _("Company id %(s)s") % {"s": buyer["legal_id"]},
                        _("VAT %(v)s") % {"v": buyer["vat_number"]} if buyer.get("vat_number") else "",
                    ],
                    heading=_("Billed to"),
                ),
            ]
        ],
        colWidths=[87 * mm, 87 * mm],
    )
    facts = [
        _("Invoice number: %(n)s") % {"n": invoice.number},
        _("Issue date: %(d)s") % {"d": formats.date_format(invoice.issued_on, "d/m/Y")},
        _("Due date: %(d)s (Net %(days)s)")
        % {"d": formats.date_format(invoice.due_on, "d/m/Y"), "days": snapshot["terms_days"]},
        _("Order: %(n)s") % {"n": snapshot["order_number"]},
        _("Purchase order: %(po)s") % {"po": invoice.po_number} if invoice.po_number else "",
    ]
    rows = [[_("Item"), _("Vendor"), _("Qty"), _("Unit price incl. VAT"), _("Total incl. VAT")]]
    for line in snapshot["lines"]:
        rows.append(
            [
                Paragraph(f"{escape(line['title'])}<br/><font size=7>{escape(line['sku'] or '')}</font>", small),
                Paragraph(escape(line["vendor"] or ""), small),
                str(line["quantity"]),
                _money(line["unit_price_incl_tax"]),
                _money(line["total_incl_tax"]),
            ]
        )
    if Decimal(snapshot.get("shipping_incl_tax", "0")):
        rows.append([_("Delivery"), "", "", "", _money(snapshot["shipping_incl_tax"])])
    lines_table = Table(rows, colWidths=[62 * mm, 38 * mm, 12 * mm, 30 * mm, 32 * mm], repeatRows=1)
    lines_table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ]
        )
    )
    totals = [
        [_("Total excl. VAT"), _money(invoice.total_excl_tax)],
        [_("VAT %(rate)s%%") % {"rate": snapshot["vat_rate"]}, _money(invoice.total_tax)],
        [_("Total incl. VAT"), _money(invoice.total_incl_tax)],
    ]
    if invoice.late_fees:
        totals.append([_("Late-payment fees"), _money(invoice.late_fees)])
    if invoice.amount_paid:
        totals.append([_("Already paid or credited"), "-" + _money(invoice.amount_paid)])
    totals.append([_("Amount due"), _money(invoice.amount_due)])
    totals_table = Table(totals, colWidths=[50 * mm, 35 * mm], hAlign="RIGHT")
    totals_table.setStyle(
        TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold")])
    )
    payment = [
        _("By bank transfer to %(holder)s, IBAN %(iban)s, BIC %(bic)s, with the reference %(n)s.")
        % {"holder": seller["name"], "iban": seller["iban"], "bic": seller["bic"], "n": invoice.number},
        _("Or by card or SEPA Direct Debit from your Comptoir account: %(url)s")
        % {"url": settings.WAGTAILADMIN_BASE_URL},
    ]
    legal = [
        _("Payment due on %(d)s. No discount for early payment.") % {"d": formats.date_format(invoice.due_on, "d/m/Y")},
        _(
            "Late payment: penalties at %(rate)s%% of the amount due, plus a fixed recovery indemnity of %(fixed)s EUR "
            "(French Commercial Code, articles L441-10 and D441-5)."
        )
        % {"rate": settings.CREDIT_LATE_INTEREST_PERCENT, "fixed": settings.CREDIT_LATE_FEE_FIXED},
        _("Prices include VAT at %(rate)s%%.") % {"rate": snapshot["vat_rate"]},
    ]
    doc.build(
        [
            Paragraph(_("Invoice %(n)s") % {"n": invoice.number}, styles["Title"]),
            parties,
            Spacer(1, 6 * mm),
            para(facts),
            Spacer(1, 6 * mm),
            lines_table,
            Spacer(1, 4 * mm),
            totals_table,
            Spacer(1, 6 * mm),
            para(payment, heading=_("How to pay")),
            Spacer(1, 4 * mm),
            para(legal, small),
        ]
    )
    return buffer.getvalue()
