"""Rate limits on the forms attackers hammer: logins, registration, password reset.

A fixed window per client address and form, counted in the cache (Redis in
production, so every web process shares the count). Over the limit the POST is
refused with 429 before the view runs; GETs are never limited.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

DEFAULT_LIMITS = {
    # view name: (attempts, window in seconds)
    "customer:login": (10, 300),
    "customer:register": (5, 3600),
    "dashboard:login": (10, 300),
    "wagtailadmin_login": (10, 300),
    "password-reset": (5, 3600),
}


def client_address(request) -> str:
    # Behind the production proxy the client is the first X-Forwarded-For hop; trust it only when configured.
    if getattr(settings, "RATELIMIT_TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "unknown")


def hit(key: str, limit: int, window: int) -> bool:
    """Count one attempt; False once ``limit`` attempts were made in the current window."""
    bucket = f"ratelimit:{key}:{int(time.time() // window)}"
    cache.add(bucket, 0, timeout=window)
    try:
        count = cache.incr(bucket)
    except ValueError:  # expired between add and incr
        cache.set(bucket, 1, timeout=window)
        count = 1
    return count <= limit


class FormRateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.limits = {**DEFAULT_LIMITS, **getattr(settings, "RATELIMIT_FORMS", {})}

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match is None:
            return None
        name = request.resolver_match.view_name
        if name not in self.limits:
            return None
        limit, window = self.limits[name]
        if hit(f"{name}:{client_address(request)}", limit, window):
            return None
        response = render(request, "429.html", {"retry_after": window}, status=429)
        response["Retry-After"] = str(window)
        return response
