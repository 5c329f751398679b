"""Rich text from vendors and staff, made safe to render.

Oscar renders product and category descriptions with ``|safe``, so whatever is
stored is what the browser runs. We clean on save with nh3 (an allowlist HTML
sanitizer): formatting survives, scripts, event handlers, styles and
``javascript:`` links do not.
"""

import nh3

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "em", "h2", "h3", "h4", "hr", "i", "li", "ol", "p",
    "pre", "s", "small", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def clean_rich_text(html: str | None) -> str:
    """Return ``html`` with only harmless formatting left; links get rel="noopener noreferrer nofollow"."""
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
