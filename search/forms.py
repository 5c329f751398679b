from django import forms
from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 200


class SearchInput(forms.TextInput):
    input_type = "search"


class ProductSearchForm(forms.Form):
    """The search box and the sort order of product lists. Invalid values fall back to defaults."""

    RELEVANCE = "relevance"
    NEWEST = "newest"
    PRICE_ASC = "price-asc"
    PRICE_DESC = "price-desc"
    TITLE_ASC = "title-asc"
    RATING = "rating"
    SORT_CHOICES = [
        (RELEVANCE, _("Relevance")),
        (NEWEST, _("Newest")),
        (PRICE_ASC, _("Price: low to high")),
        (PRICE_DESC, _("Price: high to low")),
        (RATING, _("Customer rating")),
        (TITLE_ASC, _("Title: A to Z")),
    ]

    q = forms.CharField(
        required=False,
        label=_("Search"),
        widget=SearchInput(
            attrs={
                "placeholder": _("Search products, vendors, guides…"),
                "class": "form-control",
                "autocomplete": "off",
            }
        ),
    )
    sort_by = forms.ChoiceField(
        required=False,
        label=_("Sort by"),
        choices=SORT_CHOICES,
        widget=forms.Select(attrs={"class": "form-control form-control-sm", "onchange": "this.form.submit()"}),
    )

    def clean_q(self) -> str:
        # Very long input is cut rather than refused: shoppers get results, the engine a sane query.
        return " ".join(self.cleaned_data.get("q", "").split())[:MAX_QUERY_LENGTH]

    @property
    def query(self) -> str:
        return self.cleaned_data.get("q", "") if self.is_valid() else ""

    @property
    def sort(self) -> str:
        if self.is_valid() and self.cleaned_data.get("sort_by"):
            return self.cleaned_data["sort_by"]
        return self.RELEVANCE if self.query else self.NEWEST


# Names Oscar's code asks the class loader for.
SearchForm = ProductSearchForm
