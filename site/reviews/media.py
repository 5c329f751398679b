"""Uploaded photos and videos, checked by their content, never by their name or declared type."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

IMAGE_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}
EBML_MAGIC = b"\x1a\x45\xdf\xa3"  # WebM / Matroska
MP4_BRANDS = (b"isom", b"iso2", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"dash", b"M4V ", b"msnv")


@dataclass(frozen=True)
class CheckedMedia:
    kind: str
    content_type: str
    size: int


def _video_type(head: bytes) -> str | None:
    if head.startswith(EBML_MAGIC) and b"webm" in head[:64]:
        return "video/webm"
    if head[4:8] == b"ftyp" and head[8:12] in MP4_BRANDS:
        return "video/mp4"
    return None


def media_check(upload) -> CheckedMedia:
    """Return what the upload really is, or raise ValidationError (size, type)."""
    size = upload.size
    upload.seek(0)
    head = upload.read(64)
    upload.seek(0)
    video_type = _video_type(head)
    if video_type:
        if size > settings.REVIEWS_VIDEO_MAX_BYTES:
            raise ValidationError(
                _("Videos may be up to %(size)d MB.") % {"size": settings.REVIEWS_VIDEO_MAX_BYTES // 2**20}
            )
        return CheckedMedia("video", video_type, size)
    if size > settings.REVIEWS_IMAGE_MAX_BYTES:
        raise ValidationError(
            _("Photos may be up to %(size)d MB.") % {"size": settings.REVIEWS_IMAGE_MAX_BYTES // 2**20}
        )
    try:
        with Image.open(upload) as image:
            image_format = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        image_format = None
    finally:
        upload.seek(0)
    if image_format not in IMAGE_FORMATS:
        raise ValidationError(_("Only JPEG, PNG, WebP or GIF photos and MP4 or WebM videos are accepted."))
    return CheckedMedia("image", IMAGE_FORMATS[image_format], size)
