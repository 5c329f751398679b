from .fixtures import _fresh_rate_limits, country_fr, paid_order, signed_in_shopper  # noqa: F401
from .instalment_fixtures import instalment_options  # noqa: F401
