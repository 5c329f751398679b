"""Payout statement documents: CSV and PDF (reportlab)."""

import csv
import io

from django.utils.translation import gettext as _


def _rows(statement):
    for entry in statement.entries.select_related("order").order_by("created", "pk"):
        yield [
            entry.created.date().isoformat(),
            entry.get_kind_display(),
            entry.order.number if entry.order else "",
            f"{-entry.amount_cents / 100:.2f}",
        ]


def statement_csv(*, statement) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_("date"), _("kind"), _("order"), _("amount (EUR, owed to vendor)")])
    writer.writerows(_rows(statement))
    writer.writerow([_("total"), "", "", f"{statement.amount_cents / 100:.2f}"])
    return out.getvalue()


def statement_pdf(*, statement) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    buffer = io.BytesIO()
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=f"Statement {statement.pk}")
    data = [[_("Date"), _("Kind"), _("Order"), _("Amount (EUR)")], *_rows(statement)]
    data.append([_("Total to pay"), "", "", f"{statement.amount_cents / 100:.2f}"])
    table = Table(data, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
                ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
            ]
        )
    )
    doc.build(
        [
            Paragraph(_("Comptoir payout statement #%(n)s") % {"n": statement.pk}, styles["Title"]),
            Paragraph(f"{statement.partner.name} — {statement.period_end:%Y-%m-%d}", styles["Normal"]),
            Paragraph(_("Status: %(s)s") % {"s": statement.get_status_display()}, styles["Normal"]),
            Spacer(1, 12),
            table,
        ]
    )
    return buffer.getvalue()
