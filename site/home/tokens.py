"""Signed links in webinar emails: whoever holds the email may free their seat, nobody can guess a link."""

from django.core import signing

CANCEL_SALT = "home.webinar-registration-cancel"


def registration_cancel_token(registration) -> str:
    # The email is signed too, so a link only ever acts on the registration it was sent for.
    return signing.dumps([registration.pk, registration.email], salt=CANCEL_SALT, compress=False)


def registration_from_cancel_token(token: str) -> tuple[int, str] | None:
    """(registration id, email) from a link, or None when it was tampered with or is not ours."""
    try:
        registration_id, email = signing.loads(token, salt=CANCEL_SALT)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    if not isinstance(registration_id, int) or not isinstance(email, str):
        return None
    return registration_id, email
