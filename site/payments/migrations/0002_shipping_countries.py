"""Shipping countries for the markets in settings.PAYMENT_MARKETS, so the checkout works on a fresh database.

Only adds what is missing; an existing country (e.g. loaded by `oscar_populate_countries`) is left as it is.
"""

from django.db import migrations

COUNTRIES = [
    # iso alpha-2, alpha-3, numeric, printable name
    ("FR", "FRA", "250", "France"),
    ("BE", "BEL", "056", "Belgium"),
    ("DE", "DEU", "276", "Germany"),
    ("ES", "ESP", "724", "Spain"),
    ("IT", "ITA", "380", "Italy"),
    ("GB", "GBR", "826", "United Kingdom"),
    ("US", "USA", "840", "United States"),
    ("CA", "CAN", "124", "Canada"),
]


def add_shipping_countries(apps, schema_editor):
    Country = apps.get_model("address", "Country")
    for position, (alpha2, alpha3, numeric, name) in enumerate(COUNTRIES):
        Country.objects.get_or_create(
            iso_3166_1_a2=alpha2,
            defaults={
                "iso_3166_1_a3": alpha3,
                "iso_3166_1_numeric": numeric,
                "name": name,
                "printable_name": name,
                "display_order": len(COUNTRIES) - position,
                "is_shipping_country": True,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("payments", "0001_initial"),
        ("address", "0007_useraddress_code"),
    ]

    operations = [migrations.RunPython(add_shipping_countries, migrations.RunPython.noop)]
