from search.forms import ProductSearchForm


def search_form(request):
    """The header's search box, filled with the current query on every page."""
    return {"search_form": ProductSearchForm(request.GET or None)}
