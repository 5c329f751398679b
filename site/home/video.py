"""Privacy-friendly embed URLs for YouTube and Vimeo, computed locally (no oEmbed call at render time)."""

import re
from urllib.parse import parse_qs, urlparse

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtube-nocookie.com"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
VIDEO_ID = re.compile(r"^[\w-]{6,20}$")


def embed_url(url: str) -> str | None:
    """The iframe URL for a YouTube or Vimeo link; None for anything else (the template links to it)."""
    parsed = urlparse(url or "")
    host = parsed.netloc.lower()
    video_id = None
    if host in YOUTUBE_HOSTS:
        if host == "youtu.be":
            video_id = parsed.path.strip("/")
        elif parsed.path.startswith(("/embed/", "/shorts/", "/live/")):
            video_id = parsed.path.split("/")[2]
        else:
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        if video_id and VIDEO_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host in VIMEO_HOSTS:
        video_id = parsed.path.rstrip("/").split("/")[-1]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}?dnt=1"
    return None
