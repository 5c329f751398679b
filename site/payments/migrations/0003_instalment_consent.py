import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_editorial_workflow"),
        ("payments", "0002_shipping_countries"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="InstalmentConsent",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("email", models.EmailField(max_length=254)),
                ("option_name", models.CharField(max_length=120)),
                ("provider", models.CharField(max_length=40)),
                ("instalment_count", models.PositiveSmallIntegerField()),
                ("amount", models.DecimalField(decimal_places=2, max_digits=12)),
                ("fees", models.DecimalField(decimal_places=2, max_digits=12)),
                ("apr", models.DecimalField(decimal_places=2, max_digits=5)),
                ("currency", models.CharField(max_length=3)),
                ("schedule", models.JSONField()),
                ("language", models.CharField(max_length=10)),
                ("text", models.TextField()),
                ("text_hash", models.CharField(max_length=64)),
                ("legal_text_version", models.CharField(max_length=16)),
                ("accepted_at", models.DateTimeField(auto_now_add=True)),
                (
                    "intent",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="instalment_consent",
                        to="payments.paymentintent",
                    ),
                ),
                (
                    "payment_option",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="home.paymentoption",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "ordering": ["-accepted_at"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("instalment_count__gte", 2)), name="consent_two_instalments_or_more"
                    ),
                    models.CheckConstraint(condition=models.Q(("amount__gt", 0)), name="consent_positive_amount"),
                ],
            },
        ),
    ]
