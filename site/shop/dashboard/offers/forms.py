"""Oscar's offer forms, fixed for sites that have custom conditions or incentives (the B2B company discount).

With a custom class present, Oscar makes the type field optional; an invalid post then copies a blank type
onto the offer's condition/benefit before the page is drawn again, and drawing its name raises
"Unrecognised benefit type ()". Here an invalid form leaves the instance as it was.
"""

from oscar.apps.dashboard.offers import forms as oscar_forms
from oscar.apps.dashboard.offers.forms import *  # noqa: F403  (every other form unchanged)


class _KeepInstanceWhenInvalid:
    def _post_clean(self):
        if self._errors:
            return
        super()._post_clean()


class ConditionForm(_KeepInstanceWhenInvalid, oscar_forms.ConditionForm):
    pass


class BenefitForm(_KeepInstanceWhenInvalid, oscar_forms.BenefitForm):
    pass
