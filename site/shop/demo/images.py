"""Placeholder product photos, drawn locally with Pillow (nothing is downloaded).

Each image is 640 by 480 pixels: a soft colour of the product's category, its
department's motif with the category initials, and the product's short title.
The category background is drawn once and copied, so an image costs about
two milliseconds, most of it JPEG encoding.
"""

import colorsys
import io
import math

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageDraw, ImageFont

from shop.demo.randomness import stable_hash

IMAGE_FOLDER = "images/products/demo"
SIZE = (640, 480)
MOTIF_CENTRE = (320, 190)
MOTIF_RADIUS = 110
CAPTION_WIDTH = 560
JPEG_QUALITY = 82


def image_name(*, product_id: str) -> str:
    """Storage name of a product's placeholder, relative to MEDIA_ROOT (what ProductImage.original holds)."""
    return f"{IMAGE_FOLDER}/{product_id}.jpg"


def initials(name: str) -> str:
    """'Health & beauty' -> 'HB'; 'Toys' -> 'TO'."""
    words = [word for word in name.replace("&", " ").replace(",", " ").split() if word[:1].isalnum()]
    if len(words) >= 2:
        return (words[0][0] + words[1][0]).upper()
    return words[0][:2].upper() if words else "?"


def _colour(hue: float, lightness: float, saturation: float) -> tuple[int, int, int]:
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return round(red * 255), round(green * 255), round(blue * 255)


class PlaceholderPainter:
    """Paints placeholders; keeps one background per category and the fonts for the whole run."""

    def __init__(self) -> None:
        self._backgrounds: dict[str, tuple[Image.Image, tuple[int, int, int]]] = {}
        self._caption_font = ImageFont.load_default(size=34)
        self._initials_font = ImageFont.load_default(size=64)

    def paint(self, *, category_key: str, category_name: str, shape: str, caption: str) -> bytes:
        background, ink = self._background(category_key=category_key, category_name=category_name, shape=shape)
        image = background.copy()
        draw = ImageDraw.Draw(image)
        lines = self._wrap(draw, caption)
        top = 400 - 19 * (len(lines) - 1)
        for index, line in enumerate(lines):
            draw.text((SIZE[0] // 2, top + 38 * index), line, font=self._caption_font, fill=ink, anchor="mm")
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=JPEG_QUALITY)
        return buffer.getvalue()

    def _background(self, *, category_key: str, category_name: str, shape: str):
        if category_key not in self._backgrounds:
            hue = (stable_hash("hue", category_key) % 360) / 360
            image = Image.new("RGB", SIZE, _colour(hue, 0.92, 0.45))
            draw = ImageDraw.Draw(image)
            _draw_motif(draw, shape=shape, fill=_colour(hue, 0.80, 0.42))
            ink = _colour(hue, 0.28, 0.45)
            draw.text(MOTIF_CENTRE, initials(category_name), font=self._initials_font, fill=ink, anchor="mm")
            self._backgrounds[category_key] = (image, ink)
        return self._backgrounds[category_key]

    def _wrap(self, draw: ImageDraw.ImageDraw, text: str) -> list[str]:
        """At most two lines that fit the width; the rest is cut with an ellipsis."""
        lines: list[str] = []
        current = ""
        for word in text.split():
            candidate = f"{current} {word}".strip()
            if draw.textlength(candidate, font=self._caption_font) <= CAPTION_WIDTH or not current:
                current = candidate
            else:
                lines.append(current)
                current = word
        lines.append(current)
        if len(lines) > 2:
            lines = [lines[0], lines[1] + " …"]
        return lines


def _draw_motif(draw: ImageDraw.ImageDraw, *, shape: str, fill: tuple[int, int, int]) -> None:
    """The department's motif, centred behind the category initials."""
    x, y = MOTIF_CENTRE
    r = MOTIF_RADIUS
    if shape == "circle":
        draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)
    elif shape == "square":
        draw.rounded_rectangle((x - r, y - r, x + r, y + r), radius=28, fill=fill)
    elif shape == "diamond":
        draw.polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], fill=fill)
    elif shape == "hexagon":
        draw.regular_polygon((x, y, r), n_sides=6, fill=fill)
    elif shape == "star":
        points = [
            (
                x + (r if i % 2 == 0 else r * 0.5) * math.sin(i * math.pi / 5),
                y - (r if i % 2 == 0 else r * 0.5) * math.cos(i * math.pi / 5),
            )
            for i in range(10)
        ]
        draw.polygon(points, fill=fill)
    elif shape == "house":
        draw.polygon([(x - r, y - 10), (x, y - r), (x + r, y - 10)], fill=fill)
        draw.rectangle((x - r * 0.78, y - 12, x + r * 0.78, y + r * 0.85), fill=fill)
    elif shape == "screen":
        draw.rounded_rectangle((x - r, y - r * 0.7, x + r, y + r * 0.55), radius=12, fill=fill)
        draw.rectangle((x - r * 0.35, y + r * 0.65, x + r * 0.35, y + r * 0.8), fill=fill)
    elif shape == "book":
        draw.polygon([(x - r, y - r * 0.7), (x, y - r * 0.55), (x, y + r * 0.8), (x - r, y + r * 0.65)], fill=fill)
        draw.polygon([(x + r, y - r * 0.7), (x, y - r * 0.55), (x, y + r * 0.8), (x + r, y + r * 0.65)], fill=fill)
    elif shape == "drop":
        draw.ellipse((x - r * 0.8, y - r * 0.3, x + r * 0.8, y + r * 1.0), fill=fill)
        draw.polygon([(x, y - r), (x - r * 0.72, y + r * 0.1), (x + r * 0.72, y + r * 0.1)], fill=fill)
    else:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def placeholder_image_ensure(
    *, name: str, painter: PlaceholderPainter, category_key: str, category_name: str, shape: str, caption: str
) -> bool:
    """Write the placeholder unless the file is already there; True when it was written.

    Goes through the default storage, so the images land wherever media files live.
    """
    if default_storage.exists(name):
        return False
    image = painter.paint(category_key=category_key, category_name=category_name, shape=shape, caption=caption)
    default_storage.save(name, ContentFile(image))
    return True
