"""Content-Security-Policy of the pages that take payment details: scripts from us and js.stripe.com only.

Applied per view (django-csp's decorator; the middleware sends nothing for pages without a policy).
'unsafe-inline' stays for the shared layout's inline start-up script, which has no nonce; it does
not let any other origin's script in.
"""

from csp.decorators import csp
from django.utils.decorators import method_decorator

PAYMENT_PAGE_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'", "https://js.stripe.com"],
        "frame-src": ["https://js.stripe.com", "https://hooks.stripe.com"],
        "connect-src": ["'self'", "https://api.stripe.com"],
        "img-src": ["'self'", "data:", "https://*.stripe.com"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "font-src": ["'self'", "data:"],
        # The instalment provider's hosted page: the checkout's POST redirects there (Alma).
        "form-action": [
            "'self'",
            "https://hooks.stripe.com",
            "https://checkout.getalma.eu",
            "https://checkout.sandbox.getalma.eu",
        ],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

payment_page_csp = csp(PAYMENT_PAGE_POLICY["DIRECTIVES"])
payment_page_csp_method = method_decorator(payment_page_csp, name="dispatch")
