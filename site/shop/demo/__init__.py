"""Demo marketplace built from the Olist public data set (``make demo-data``).

The Olist data is licensed CC BY-NC-SA 4.0 (non-commercial): it may seed local
demos and tests, never a production deployment. Nothing here is imported by
the running shop; only the ``demo_data`` management command and its tests use it.

Everything generated (vendor names, titles, stock levels, images) is derived
from a hash of the Olist identifiers, so two runs on the same files produce
the same marketplace.
"""
