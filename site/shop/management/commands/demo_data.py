"""``manage.py demo_data``: a demo marketplace from the Olist data set (``make demo-data``)."""

import logging
from contextlib import contextmanager
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from shop.demo.olist import OlistDataMissing
from shop.demo.orders import DEFAULT_ORDER_COUNT, SHOPPER_PASSWORD, shopper_email
from shop.demo.services import (
    DEFAULT_PRODUCT_COUNT,
    DEFAULT_VENDOR_COUNT,
    STAFF_EMAIL,
    STAFF_PASSWORD,
    VENDOR_PASSWORD,
    DemoSummary,
    default_data_folder,
    demo_data_load,
    demo_data_reset,
)

VENDOR_EMAILS_SHOWN = 5


@contextmanager
def wagtail_logging_quiet():
    """Wagtail logs every page created, edited and published at INFO; the summary says it better."""
    logger = logging.getLogger("wagtail")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


class Command(BaseCommand):
    help = (
        "Load a demo marketplace (vendors, categories, products, stock, images, users, pages) from the Olist "
        "CSV files. Safe to run again: nothing is duplicated. The Olist licence is non-commercial: demo only."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--vendors", type=int, default=DEFAULT_VENDOR_COUNT, help="vendors to load (best sellers first)"
        )
        parser.add_argument("--products", type=int, default=DEFAULT_PRODUCT_COUNT, help="products to load")
        parser.add_argument(
            "--orders",
            type=int,
            default=DEFAULT_ORDER_COUNT,
            help="paid multi-vendor orders of demo shoppers (0: none); orders placed by an earlier run are kept",
        )
        parser.add_argument("--full", action="store_true", help="every seller (3,095) and product (32,951)")
        parser.add_argument("--reset", action="store_true", help="delete the demo data first, then load it again")
        parser.add_argument(
            "--data-dir",
            type=Path,
            default=None,
            help="folder of the Olist CSV files (default: $COMPTOIR_DEMO_DATA_DIR or ../shared/data/olist)",
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, **options) -> None:
        folder = options["data_dir"] or default_data_folder()
        if options["vendors"] < 1 or options["products"] < 1:
            raise CommandError("--vendors and --products must be at least 1.")
        if options["orders"] < 0:
            raise CommandError("--orders cannot be negative.")
        vendor_count = None if options["full"] else options["vendors"]
        product_count = None if options["full"] else options["products"]
        try:
            with wagtail_logging_quiet():
                if options["reset"]:
                    self.stdout.write("Deleting the demo data…")
                    demo_data_reset(folder=folder)
                summary = demo_data_load(
                    folder=folder,
                    vendor_count=vendor_count,
                    product_count=product_count,
                    show_progress=not options["no_progress"],
                    order_count=options["orders"],
                )
        except OlistDataMissing as error:
            raise CommandError(f"{error}. Set COMPTOIR_DEMO_DATA_DIR or pass --data-dir.") from error
        self._report(summary)

    def _report(self, summary: DemoSummary) -> None:
        catalogue = summary.catalogue
        self.stdout.write(self.style.SUCCESS(f"Demo marketplace ready in {summary.seconds:.1f} s."))
        self.stdout.write(
            f"  vendors {summary.vendors} (+{summary.vendors_created}), categories {summary.categories}, "
            f"products {summary.products} (+{catalogue.products}), stock records {summary.stock_records} "
            f"(+{catalogue.stock_records}), images {summary.images} (+{catalogue.images}, "
            f"{catalogue.image_files} files written), pages created: {', '.join(summary.pages_created) or 'none'}"
        )
        orders = summary.orders
        outcomes = ", ".join(f"{name} {n}" for name, n in sorted(orders.outcomes.items())) or "none"
        self.stdout.write(
            f"  orders +{orders.placed} ({orders.skipped} from an earlier run), vendors' parts: {outcomes}"
        )
        for failure in orders.failed:
            self.stderr.write(self.style.WARNING(f"  Demo order not placed: {failure}"))
        for backend in catalogue.index_failures:
            self.stderr.write(
                self.style.WARNING(f"  The search backend {backend!r} failed; run `manage.py wagtail_update_index`.")
            )
        self.stdout.write("Demo sign-in (local demo only):")
        staff_note = "" if summary.staff_user_created else " (existing account: password unchanged)"
        self.stdout.write(f"  staff   {STAFF_EMAIL} / {STAFF_PASSWORD}{staff_note}")
        for email in summary.vendor_emails[:VENDOR_EMAILS_SHOWN]:
            self.stdout.write(f"  vendor  {email} / {VENDOR_PASSWORD}")
        self.stdout.write(f"  shopper {shopper_email(1)} / {SHOPPER_PASSWORD} (and shopper-2 … with the same)")
        hidden = len(summary.vendor_emails) - VENDOR_EMAILS_SHOWN
        if hidden > 0:
            self.stdout.write(f"  … and {hidden} more vendor accounts with the same password.")
