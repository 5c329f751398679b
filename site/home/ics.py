"""iCalendar (RFC 5545) invitations for webinars, written by hand: one VEVENT is all we need."""

from datetime import UTC, datetime

from django.utils import timezone


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1)."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts, start = [], 0
    while start < len(encoded):
        width = 75 if start == 0 else 74
        end = min(start + width, len(encoded))
        while end < len(encoded) and (encoded[end] & 0xC0) == 0x80:  # never split a UTF-8 character
            end -= 1
        parts.append(encoded[start:end].decode())
        start = end
    return "\r\n ".join(parts)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def webinar_ics(webinar, *, url: str, description: str = "") -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Comptoir//Webinars//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:webinar-{webinar.pk}@comptoir",
        f"DTSTAMP:{_utc(timezone.now())}",
        f"DTSTART:{_utc(webinar.starts_at)}",
        f"DTEND:{_utc(webinar.ends_at)}",
        f"SUMMARY:{_escape(webinar.title)}",
        f"DESCRIPTION:{_escape(description or webinar.introduction)}",
        f"URL:{url}",
        f"LOCATION:{_escape(url)}",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER:-PT15M",
        f"DESCRIPTION:{_escape(webinar.title)}",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
