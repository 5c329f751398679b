"""Oscar's dynamic class loader, adapted to Comptoir's layout.

Two rules on top of Oscar's default loader (setting OSCAR_DYNAMIC_CLASS_LOADER):

* ``catalogue.reviews.*`` resolves to our top-level ``reviews`` app first, then to
  Oscar's ``catalogue.reviews`` package. Oscar would otherwise look for a
  ``shop.catalogue.reviews`` package that we do not have.
* ``search.*`` resolves to our ``search`` package only. Oscar's own search
  modules import django-haystack, which Comptoir does not use at all.
"""

from oscar.core.exceptions import ClassNotFoundError
from oscar.core.loading import _import_module, _pluck_classes, default_class_loader

REVIEWS_LABEL = "catalogue.reviews"


def class_loader(module_label: str, classnames: list[str], module_prefix: str):
    if module_prefix == "oscar.apps":
        if module_label == REVIEWS_LABEL or module_label.startswith(REVIEWS_LABEL + "."):
            suffix = module_label[len(REVIEWS_LABEL) :]
            modules = [
                _import_module("reviews" + suffix, classnames),
                _import_module(f"oscar.apps.{module_label}", classnames),
            ]
            return _pluck_classes(modules, classnames)
        if module_label.startswith("search."):
            module = _import_module(module_label, classnames)
            if module is None:
                raise ClassNotFoundError(f"Comptoir's search package has no module {module_label!r}")
            return _pluck_classes([module], classnames)
    return default_class_loader(module_label, classnames, module_prefix)
