"""Settings shared by every environment.

Every external service is optional: the defaults below run the whole site on
one machine with nothing installed (SQLite, database search, a filesystem
Celery broker, console email, the Stripe sandbox gateway). Environment
variables switch to the real services; see the table in README.md.
"""

from pathlib import Path

import environ
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F403  (Oscar's settings are the base we override)

SITE_DIR = Path(__file__).resolve().parent.parent.parent  # site/
BASE_DIR = SITE_DIR.parent  # the repository root
VAR_DIR = BASE_DIR / "var"  # local state: SQLite file, media, broker queue, sent emails
VAR_DIR.mkdir(exist_ok=True)

env = environ.Env()
if (BASE_DIR / ".env").exists():
    environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="insecure-local-development-key-change-me")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]", "testserver"])

# ---------------------------------------------------------------------------
# Applications
# ---------------------------------------------------------------------------
DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",  # Oscar's dashboard "pages"
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

# Oscar apps: ours replace Oscar's under the same label (see DESIGN.md).
OSCAR_APPS = [
    "shop.config.ComptoirShop",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "shop.checkout.apps.CheckoutConfig",
    "oscar.apps.address.apps.AddressConfig",
    "shop.shipping.apps.ShippingConfig",
    "shop.catalogue.apps.CatalogueConfig",
    "reviews.apps.ReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "shop.partner.apps.PartnerConfig",
    "oscar.apps.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "shop.order.apps.OrderConfig",
    "oscar.apps.customer.apps.CustomerConfig",
    "search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "shop.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "shop.dashboard.orders.apps.OrdersDashboardConfig",
    "shop.dashboard.catalogue.apps.CatalogueDashboardConfig",
    "shop.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "shop.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
    "widget_tweaks",
    "treebeard",
    "django_tables2",
    "sorl.thumbnail",
]

WAGTAIL_APPS = [
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
]

LOCAL_APPS = [
    "payments",
    "core",
    "users",
    "home",
    "blog",
    "shop",
    "vendors",
    "credit",
]

THIRD_PARTY_APPS = [
    "django_tasks",
]

INSTALLED_APPS = LOCAL_APPS + DJANGO_APPS + OSCAR_APPS + WAGTAIL_APPS + THIRD_PARTY_APPS

SITE_ID = 1
AUTH_USER_MODEL = "users.User"
AUTHENTICATION_BACKENDS = [
    "oscar.apps.customer.auth_backends.EmailBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = reverse_lazy("customer:login")
LOGIN_REDIRECT_URL = "/"
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",  # sends a policy only where a view sets one (payment pages)
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.ratelimit.FormRateLimitMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "search.context_processors.search_form",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.apps.communication.notifications.context_processors.notifications",
                "oscar.core.context_processors.metadata",
                "core.context_processors.site_chrome",
            ],
        },
    },
]

# ---------------------------------------------------------------------------
# Data stores
# ---------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL + a busy timeout let web, worker and beat share the file without "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "comptoir"}}

# ---------------------------------------------------------------------------
# Celery: Redis when REDIS_URL is set, otherwise a filesystem queue under var/
# so `make run` has a real worker and beat without any service.
# ---------------------------------------------------------------------------
CELERY_BROKER_URL = REDIS_URL or "filesystem://"
if not REDIS_URL:
    _queue_dir = VAR_DIR / "celery-queue"
    _queue_dir.mkdir(exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue_dir),
        "data_folder_out": str(_queue_dir),
        "processed_folder": str(VAR_DIR / "celery-processed"),
        "control_folder": str(VAR_DIR / "celery-control"),
        "store_processed": False,
    }
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "Europe/Paris"
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE: dict = {}

# Wagtail 8 background tasks (django-tasks): run at once locally; production
# hands them to Celery through our backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# ---------------------------------------------------------------------------
# Search: modelsearch's database backend by default; ELASTICSEARCH_URL or
# OPENSEARCH_URL switch products and pages to the search engine.
# ---------------------------------------------------------------------------
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
OPENSEARCH_URL = env("OPENSEARCH_URL", default="")
SEARCH_INDEX_PREFIX = env("SEARCH_INDEX_PREFIX", default="comptoir")
if OPENSEARCH_URL:
    SEARCH_BACKEND = "opensearch"
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch2",
            "URLS": [OPENSEARCH_URL],
            "INDEX_PREFIX": f"{SEARCH_INDEX_PREFIX}_",
            "TIMEOUT": 5,
        }
    }
elif ELASTICSEARCH_URL:
    SEARCH_BACKEND = "elasticsearch"
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": f"{SEARCH_INDEX_PREFIX}_",
            "TIMEOUT": 5,
        }
    }
else:
    SEARCH_BACKEND = "database"
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# ---------------------------------------------------------------------------
# Email
# ---------------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Comptoir <hello@comptoir.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# ---------------------------------------------------------------------------
# Payments (the Stripe sandbox gateway is used while no key is set)
# ---------------------------------------------------------------------------
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY", default="")
STRIPE_PUBLISHABLE_KEY = env("STRIPE_PUBLISHABLE_KEY", default="")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET", default="")
PAYMENT_GATEWAY = "stripe" if STRIPE_SECRET_KEY else "sandbox"

# ---------------------------------------------------------------------------
# Internationalisation: English at /, French under /fr/.
# ---------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# ---------------------------------------------------------------------------
# Static and media files
# ---------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# ---------------------------------------------------------------------------
# Wagtail
# ---------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Comptoir"
WAGTAILADMIN_BASE_URL = env("SITE_URL", default="http://localhost:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILADMIN_LOGIN_URL = "wagtailadmin_login"

# ---------------------------------------------------------------------------
# Oscar
# ---------------------------------------------------------------------------
OSCAR_SHOP_NAME = "Comptoir"
OSCAR_SHOP_TAGLINE = _("The marketplace for independent sellers")
OSCAR_HOMEPAGE = "/"  # the Wagtail home page is the home, not the catalogue
OSCAR_DEFAULT_CURRENCY = "EUR"
OSCAR_CURRENCY_FORMAT = {"EUR": {"format_type": "standard"}}
OSCAR_FROM_EMAIL = DEFAULT_FROM_EMAIL
OSCAR_ALLOW_ANON_CHECKOUT = True
OSCAR_ALLOW_ANON_REVIEWS = False
OSCAR_MODERATE_REVIEWS = True
OSCAR_PRODUCTS_PER_PAGE = 24
OSCAR_EAGER_ALERTS = False  # back-in-stock alerts go through the worker, not the request
OSCAR_DYNAMIC_CLASS_LOADER = "core.loading.class_loader"
OSCAR_MISSING_IMAGE_URL = "image_not_found.jpg"
OSCAR_INITIAL_ORDER_STATUS = "Pending"
OSCAR_INITIAL_LINE_STATUS = "Pending"
OSCAR_ORDER_STATUS_PIPELINE = {
    "Pending": ("Being processed", "Cancelled"),
    "Being processed": ("Complete", "Cancelled"),
    "Cancelled": (),
    "Complete": (),
}
THUMBNAIL_DEBUG = False
THUMBNAIL_KEY_PREFIX = "comptoir"

# ---------------------------------------------------------------------------
# Security defaults that hold everywhere (production.py adds HTTPS ones)
# ---------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # Oscar's basket JS reads the token from the form, not the cookie
X_FRAME_OPTIONS = "DENY"  # Wagtail overrides it to SAMEORIGIN on its own preview views
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
        "opensearch": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}

# ---------------------------------------------------------------------------
# Search (issue 5): our own product index on the engine (search/opensearch.py)
# ---------------------------------------------------------------------------
# The faceted product index lives on OpenSearch when OPENSEARCH_URL is set; otherwise
# facets and counts come from ORM aggregations on the database.
SEARCH_ENGINE_URL = OPENSEARCH_URL
SEARCH_ENGINE_TIMEOUT = env.float("SEARCH_ENGINE_TIMEOUT", default=5.0)
# Payment options a product is eligible for, from its (lowest) price, in EUR.
SEARCH_PAYMENT_OPTIONS = {
    "instalments": {"min": "100.00", "max": "3000.00"},
    "deferred": {"min": "20.00", "max": "1500.00"},
    "b2b_terms": {"min": "50.00", "max": None},
}
# Edges of the price histogram's buckets (the last bucket is open-ended).
SEARCH_PRICE_EDGES = [10, 20, 50, 100, 200, 500, 1000]

# ---------------------------------------------------------------------------
# Reviews (site/reviews): moderation thresholds, collection, incentives, seller badge
# ---------------------------------------------------------------------------
from celery.schedules import crontab  # noqa: E402

REVIEWS_MODERATION_QUEUE_AT = 0.5  # total rule score from which a review waits for staff
REVIEWS_MODERATION_REJECT_AT = 1.5  # total rule score from which it is rejected (never deleted)
REVIEWS_DUPLICATE_QUEUE_SIMILARITY = 0.6  # Jaccard similarity of 3-word shingles
REVIEWS_DUPLICATE_REJECT_SIMILARITY = 0.9
REVIEWS_BURST_LIMIT = (5, 60)  # this many reviews within N minutes from one account or address
REVIEWS_ALLOW_UNVERIFIED = True  # signed-in shoppers without a delivered line may review (no "verified" mark)
REVIEWS_TITLE_MAX_LENGTH = 120
REVIEWS_BODY_MIN_LENGTH = 10
REVIEWS_BODY_MAX_LENGTH = 5000
REVIEWS_IMAGE_MAX_BYTES = 10 * 1024 * 1024
REVIEWS_VIDEO_MAX_BYTES = 100 * 1024 * 1024
REVIEWS_MAX_MEDIA = 5
REVIEWS_REQUEST_DELAY_DAYS = 5  # after delivery; per category slug below
REVIEWS_REQUEST_DELAY_DAYS_BY_CATEGORY: dict[str, int] = {}
REVIEWS_REQUEST_AFTER_SHIPPING_DAYS = 10  # when no delivery event comes
REVIEWS_REMINDER_AFTER_DAYS = 7
REVIEWS_LINK_MAX_AGE_DAYS = 60
REVIEWS_INCENTIVE_POINTS = {"review": 20, "text": 10, "media": 20}  # the same whatever the score
REVIEWS_INCENTIVE_TEXT_MIN_LENGTH = 200
REVIEWS_INCENTIVE_CAP = (100, 30)  # at most this many points per N days
REVIEWS_BADGE_MIN_VERIFIED_REVIEWS = 25
REVIEWS_BADGE_MIN_AVERAGE = 4.3
REVIEWS_BADGE_MIN_RESPONSE_RATE = 0.8
REVIEWS_BADGE_MAX_DISPUTE_RATE = 0.05
REVIEWS_BADGE_WINDOW_DAYS = 90
CELERY_BEAT_SCHEDULE["reviews-send-due-requests"] = {"task": "reviews.tasks.review_requests_send_due", "schedule": 3600}
CELERY_BEAT_SCHEDULE["reviews-seller-badges"] = {
    "task": "reviews.tasks.seller_badges_recompute",
    "schedule": crontab(hour=3, minute=15),
}
RATELIMIT_FORMS = {
    **globals().get("RATELIMIT_FORMS", {}),
    "catalogue:reviews-add": (10, 3600),
    "reviews:write": (10, 3600),
    "reviews:report": (20, 3600),
}
REVIEWS_REPORTS_TO_QUEUE = 3  # open reports that send a published review back to the staff queue
OSCAR_DASHBOARD_NAVIGATION = [
    *OSCAR_DASHBOARD_NAVIGATION,
    {
        "label": _("Reviews"),
        "icon": "fas fa-star",
        "children": [
            # Our own views (namespace "reviews"), so they carry their own access rule.
            {
                "label": _("Moderation queue"),
                "url_name": "reviews:moderation-queue",
                "access_fn": lambda user, *args, **kwargs: user.is_staff,
            },
            {
                "label": _("Reviews and replies"),
                "url_name": "reviews:vendor-reviews",
                "access_fn": lambda user, *args, **kwargs: user.partners.exists(),
            },
            {
                "label": _("Review statistics"),
                "url_name": "reviews:statistics",
                "access_fn": lambda user, *args, **kwargs: user.is_staff or user.partners.exists(),
            },
        ],
    },
]

# ---------------------------------------------------------------------------
# Marketplace (vendors app)
# ---------------------------------------------------------------------------
VENDORS_PAYOUT_GATEWAY = env("VENDORS_PAYOUT_GATEWAY", default="manual")  # or "stripe_connect"
VENDORS_API_RATE_LIMIT = (120, 60)  # requests per token per window (seconds)
RATELIMIT_FORMS = {**globals().get("RATELIMIT_FORMS", {}), "vendors:apply": (5, 3600)}
RATELIMIT_FORMS["dashboard:vendors-shipping"] = (30, 3600)
OSCAR_DASHBOARD_NAVIGATION = [
    *OSCAR_DASHBOARD_NAVIGATION,
    {
        "label": _("Marketplace"),
        "icon": "fas fa-store",
        "children": [
            {"label": _("Vendor home"), "url_name": "dashboard:vendors-home"},
            {"label": _("Stock & prices"), "url_name": "dashboard:vendors-stock-list"},
            {"label": _("Bulk stock upload"), "url_name": "dashboard:vendors-stock-upload"},
            {"label": _("Orders to ship"), "url_name": "dashboard:vendors-fulfilment-list"},
            {"label": _("Payout statements"), "url_name": "dashboard:vendors-statement-list"},
            {"label": _("API tokens"), "url_name": "dashboard:vendors-tokens"},
            {"label": _("Vendor applications"), "url_name": "dashboard:vendors-application-list"},
        ],
    },
]

# ---------------------------------------------------------------------------
# Checkout and payments (payments app)
# ---------------------------------------------------------------------------
PAYMENT_REFUND_SERVICE = "payments.services.refund_order_lines"
PAYMENT_RESERVATION_MINUTES = 20  # stock held for a payment waiting on 3-D Secure / a pay-later provider
# Payment methods per market (shipping country); buy-now-pay-later ones only show when the limits allow.
PAYMENT_MARKETS = {
    "FR": {"currency": "EUR", "methods": ["card", "sepa_debit", "klarna", "afterpay_clearpay"]},
    "BE": {"currency": "EUR", "methods": ["card", "sepa_debit", "klarna"]},
    "DE": {"currency": "EUR", "methods": ["card", "sepa_debit", "klarna"]},
    "ES": {"currency": "EUR", "methods": ["card", "sepa_debit", "klarna", "afterpay_clearpay"]},
    "IT": {"currency": "EUR", "methods": ["card", "sepa_debit", "klarna", "afterpay_clearpay"]},
    "GB": {"currency": "GBP", "methods": ["card", "klarna", "afterpay_clearpay"]},
    "US": {"currency": "USD", "methods": ["card", "klarna", "afterpay_clearpay", "affirm"]},
    "CA": {"currency": "CAD", "methods": ["card", "afterpay_clearpay", "affirm"]},
    "default": {"methods": ["card"]},
}
PAYMENT_METHOD_LIMITS = {  # method: {currency: (minimum, maximum)}; a currency not listed is not offered
    "sepa_debit": {"EUR": ("0.50", "10000.00")},
    "klarna": {"EUR": ("1.00", "10000.00"), "GBP": ("1.00", "5000.00"), "USD": ("1.00", "10000.00")},
    "afterpay_clearpay": {
        "EUR": ("1.00", "2000.00"),
        "GBP": ("1.00", "1000.00"),
        "USD": ("1.00", "4000.00"),
        "CAD": ("1.00", "2000.00"),
    },
    "affirm": {"USD": ("50.00", "30000.00"), "CAD": ("50.00", "30000.00")},
}
CELERY_BEAT_SCHEDULE["payments-reconcile"] = {"task": "payments.tasks.reconcile_payments", "schedule": 600}
CELERY_BEAT_SCHEDULE["payments-expire-reservations"] = {
    "task": "payments.tasks.expire_stock_reservations",
    "schedule": 300,
}
RATELIMIT_FORMS = {**globals().get("RATELIMIT_FORMS", {}), "checkout:index": (20, 600)}

# ---------------------------------------------------------------------------
# Editorial site (home, blog): webinar reminders, form rate limits
# ---------------------------------------------------------------------------
CELERY_BEAT_SCHEDULE["editorial-webinar-reminders"] = {
    "task": "home.tasks.send_due_webinar_reminders",
    "schedule": 300,  # reminders go out at most 5 minutes late
}
RATELIMIT_FORMS = {**globals().get("RATELIMIT_FORMS", {}), "webinar-register": (5, 600), "newsletter-signup": (5, 600)}
RATELIMIT_FORMS["webinar-cancel"] = (10, 600)

# ---------------------------------------------------------------------------
# B2B companies, payment on terms, invoices and dunning (credit app)
# ---------------------------------------------------------------------------
CREDIT_BUREAU = env("CREDIT_BUREAU", default="local")  # or "http" (a Creditsafe-like REST API)
CREDIT_BUREAU_URL = env("CREDIT_BUREAU_URL", default="https://connect.bureau.invalid")
CREDIT_BUREAU_API_KEY = env("CREDIT_BUREAU_API_KEY", default="")
CREDIT_MAX_LIMIT = "250000.00"  # no application or override above this
CREDIT_AUTO_APPROVE_MAX = "20000.00"  # larger limits are always referred to a credit officer
CREDIT_APPROVE_FROM = 60  # score thresholds of the automated decision
CREDIT_REFER_FROM = 40
CREDIT_BUREAU_DECLINE_BELOW = 30
CREDIT_VAT_RATE = "20.00"  # catalogue prices include French standard VAT
CREDIT_INVOICE_PREFIX = "CPT"
CREDIT_DUNNING_SCHEDULE = [(-5, "before_5"), (0, "due"), (7, "after_7"), (15, "after_15"), (30, "after_30")]
CREDIT_LATE_FEE_AFTER_DAYS = 1  # late fees are charged once, the day after the due date
CREDIT_LATE_FEE_FIXED = "40.00"  # French fixed recovery indemnity (Code de commerce D441-5)
CREDIT_LATE_INTEREST_PERCENT = "3.00"
CREDIT_HOLD_AFTER_DAYS_OVERDUE = 15  # new terms orders are held past this many days overdue
CREDIT_SELLER = {
    "name": "Comptoir SAS",
    "address": ["12 rue du Commerce", "75015 Paris", "France"],
    "siren": "912 345 678",
    "vat_number": "FR40912345678",
    "registration": "RCS Paris 912 345 678, share capital 50,000 EUR",
    "iban": "FR76 3000 6000 0112 3456 7890 189",
    "bic": "AGRIFRPP",
}
CREDIT_CONSENT_TEXT = (
    "I confirm I may act for this company. Comptoir will assess this application from the company's order and "
    "payment history on Comptoir, the company details given here and, where configured, a business credit report "
    "obtained with the company's legal id. No personal data of members is used for scoring. The decision is "
    "automated; you can ask for a human review and for an export of the data used at any time."
)
CELERY_BEAT_SCHEDULE["credit-dunning"] = {"task": "credit.tasks.run_dunning", "schedule": 3600 * 6}
RATELIMIT_FORMS = {
    **globals().get("RATELIMIT_FORMS", {}),
    "credit:company-create": (5, 3600),
    "credit:apply": (5, 3600),
    "credit:members": (30, 3600),
}

# ---------------------------------------------------------------------------
# Card instalments for shoppers (payments.instalments): a French 3x/4x provider
# ---------------------------------------------------------------------------
INSTALMENT_PROVIDER = env("INSTALMENT_PROVIDER", default="local")  # or "alma" (ALMA_API_KEY required)
ALMA_API_KEY = env("ALMA_API_KEY", default="")
ALMA_API_URL = env("ALMA_API_URL", default="https://api.sandbox.getalma.eu")
# The local provider's fee plans (what the provider contract says; the PaymentOption snippets quote them).
INSTALMENT_LOCAL_PLANS = {
    3: {"min": "50.00", "max": "2000.00", "fee_percent": "1.45", "fee_fixed": "0.00", "apr": "15.21"},
    4: {"min": "100.00", "max": "3000.00", "fee_percent": "2.20", "fee_fixed": "0.00", "apr": "16.89"},
}
INSTALMENT_LOCAL_COUNTRIES = ["FR", "BE", "DE", "ES", "IT"]
INSTALMENT_LOCAL_SIGNING_SECRET = env("INSTALMENT_LOCAL_SIGNING_SECRET", default="local-instalments-signing-key")
for _market in ("FR", "BE"):  # markets where card instalments are offered (eligibility: payments.instalments)
    PAYMENT_MARKETS[_market]["methods"] = [*PAYMENT_MARKETS[_market]["methods"], "instalments_3x", "instalments_4x"]
RATELIMIT_FORMS = {**globals().get("RATELIMIT_FORMS", {}), "payments:instalments-local-page": (20, 600)}
OSCAR_DASHBOARD_NAVIGATION = [
    *OSCAR_DASHBOARD_NAVIGATION,
    {
        "label": _("Credit & BNPL"),
        "icon": "fas fa-file-invoice-dollar",
        "children": [
            {
                "label": _("Credit applications"),
                "url_name": "credit:staff-applications",
                "access_fn": lambda user, *args, **kwargs: user.is_staff,
            },
            {
                "label": _("Companies and credit accounts"),
                "url_name": "credit:staff-companies",
                "access_fn": lambda user, *args, **kwargs: user.is_staff,
            },
            {
                "label": _("Usage analytics"),
                "url_name": "credit:staff-analytics",
                "access_fn": lambda user, *args, **kwargs: user.is_staff,
            },
        ],
    },
]

# ---------------------------------------------------------------------------
# Search (issue 5, review search): the dashboard's review search, under the Reviews menu
# ---------------------------------------------------------------------------
for _entry in OSCAR_DASHBOARD_NAVIGATION:
    if _entry.get("icon") == "fas fa-star":  # the Reviews menu (reviews section above)
        _entry["children"].append(
            {
                "label": _("Search reviews"),
                "url_name": "search:review-search",
                "access_fn": lambda user, *args, **kwargs: user.is_staff or user.partners.exists(),
            }
        )
