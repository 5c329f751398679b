from oscar.apps.shipping import repository

from .methods import VendorShipping


class Repository(repository.Repository):
    methods = (VendorShipping(),)
