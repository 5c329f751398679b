"""Staff can read consents and decisions in the admin, and nobody can edit or delete them there."""

import pytest
from django.urls import reverse

from credit.services import consent_record

pytestmark = pytest.mark.django_db


def test_consents_are_listed_read_only(client, staff_user, company, buyer):
    consent = consent_record(user=buyer, company=company, purpose="scoring", text="I agree.")
    client.force_login(staff_user)
    page = client.get(reverse("admin:credit_creditconsent_changelist"))
    assert page.status_code == 200 and consent.text_version in page.content.decode()
    assert client.get(reverse("admin:credit_creditconsent_add")).status_code == 403
    delete = client.post(reverse("admin:credit_creditconsent_delete", args=[consent.pk]), {"post": "yes"})
    assert delete.status_code == 403 and type(consent).objects.filter(pk=consent.pk).exists()
    assert client.get(reverse("admin:payments_instalmentconsent_changelist")).status_code == 200
