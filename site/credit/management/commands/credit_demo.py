from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from credit.demo import ADMIN_EMAIL, B2B_PASSWORD, credit_demo_load


class Command(BaseCommand):
    help = "Load the demo B2B company (Net 30 terms, orders on terms, an invoice); safe to run again."

    def handle(self, *args, **options):
        staff = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
        counts = credit_demo_load(staff=staff)
        self.stdout.write(
            self.style.SUCCESS(
                f"B2B demo: {counts['terms_orders_placed']} order(s) on terms placed; "
                f"sign in as {ADMIN_EMAIL} / {B2B_PASSWORD}"
            )
        )
