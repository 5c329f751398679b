"""Small inline SVG charts (no JavaScript, no CDN) for the vendor statistics page."""

from django.utils.html import escape
from django.utils.safestring import mark_safe


def line_chart(
    points: list[tuple[str, float]], *, width: int = 560, height: int = 180, maximum: float = 5, label: str = ""
) -> str:
    """A polyline of (x label, value) pairs on a 0..maximum axis."""
    if not points:
        return ""
    left, bottom, top = 30, 24, 10
    inner_width, inner_height = width - left - 24, height - bottom - top
    step = inner_width / max(len(points) - 1, 1)

    def y(value: float) -> float:
        return top + inner_height * (1 - value / maximum)

    coordinates = [(left + index * step, y(value)) for index, (_name, value) in enumerate(points)]
    grid = "".join(
        f'<line x1="{left}" x2="{width - 10}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" class="chart-grid"/>'
        f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" class="chart-axis">{tick}</text>'
        for tick in range(0, int(maximum) + 1)
    )
    path = " ".join(f"{x:.1f},{y_:.1f}" for x, y_ in coordinates)
    dots = "".join(
        f'<circle cx="{x:.1f}" cy="{y_:.1f}" r="3" class="chart-dot">'
        f"<title>{escape(name)}: {value:.2f}</title></circle>"
        for (x, y_), (name, value) in zip(coordinates, points, strict=True)
    )
    labels = "".join(
        f'<text x="{x:.1f}" y="{height - 6}" text-anchor="middle" class="chart-axis">{escape(name)}</text>'
        for (x, _y), (name, _value) in zip(coordinates, points, strict=True)
        if len(points) <= 12 or points.index((name, _value)) % 2 == 0
    )
    return mark_safe(  # noqa: S308 - every text inside is escaped
        f'<svg viewBox="0 0 {width} {height}" class="chart" role="img" aria-label="{escape(label)}">'
        f'{grid}<polyline points="{path}" class="chart-line" fill="none"/>{dots}{labels}</svg>'
    )


def bar_chart(bars: list[tuple[str, int]], *, width: int = 560, row_height: int = 24, label: str = "") -> str:
    """Horizontal bars, one per (label, count)."""
    if not bars:
        return ""
    largest = max(count for _name, count in bars) or 1
    left, right = 60, 50
    rows = "".join(
        f'<text x="{left - 8}" y="{index * row_height + 16}" text-anchor="end" class="chart-axis">{escape(name)}</text>'
        f'<rect x="{left}" y="{index * row_height + 4}" height="{row_height - 8}" '
        f'width="{(width - left - right) * count / largest:.1f}" class="chart-bar">'
        f"<title>{escape(name)}: {count}</title></rect>"
        f'<text x="{left + (width - left - right) * count / largest + 6:.1f}" y="{index * row_height + 16}" '
        f'class="chart-axis">{count}</text>'
        for index, (name, count) in enumerate(bars)
    )
    height = row_height * len(bars)
    return mark_safe(  # noqa: S308 - every text inside is escaped
        f'<svg viewBox="0 0 {width} {height}" class="chart" role="img" aria-label="{escape(label)}">{rows}</svg>'
    )
