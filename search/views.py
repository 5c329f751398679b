"""Product lists: the whole catalogue, a category, and search results (Oscar's names, modelsearch inside)."""

from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView
from oscar.core.loading import get_model

from search.forms import ProductSearchForm
from search.services import ProductQuery, product_list

Category = get_model("catalogue", "Category")


class ProductListView(ListView):
    """A paginated, sortable product list; subclasses narrow it and pick the template."""

    context_object_name = "products"
    paginate_by = 24
    template_name = "oscar/catalogue/browse.html"
    summary = _("All products")

    def get(self, request, *args, **kwargs):
        self.form = ProductSearchForm(request.GET or None)
        return super().get(request, *args, **kwargs)

    def paginate_queryset(self, queryset, page_size):
        # An out-of-range or malformed page number shows the first page instead of a 404.
        try:
            return super().paginate_queryset(queryset, page_size)
        except Exception:
            self.kwargs[self.page_kwarg] = 1
            self.request.GET = self.request.GET.copy()
            self.request.GET[self.page_kwarg] = "1"
            return super().paginate_queryset(queryset, page_size)

    def get_product_query(self) -> ProductQuery:
        return ProductQuery(text=self.form.query, sort=self.form.sort)

    def get_queryset(self):
        return product_list(self.get_product_query())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"form": self.form, "query": self.form.query, "summary": self.summary})
        return context


class CatalogueView(ProductListView):
    pass


class ProductCategoryView(ProductListView):
    template_name = "oscar/catalogue/category.html"

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category, pk=kwargs["pk"])
        if not (self.category.is_public or request.user.is_staff):
            return redirect("catalogue:index")
        if request.path != self.category.get_absolute_url():
            # Slugs change; the primary key is the identity. Keep the query string.
            target = self.category.get_absolute_url()
            if request.GET:
                target += "?" + request.GET.urlencode()
            return redirect(target, permanent=True)
        return super().get(request, *args, **kwargs)

    def get_product_query(self) -> ProductQuery:
        categories = self.category.get_descendants_and_self()
        return ProductQuery(text=self.form.query, sort=self.form.sort, categories=categories)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        context["summary"] = self.category.name
        return context


class ProductSearchView(ProductListView):
    template_name = "oscar/search/results.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["summary"] = _("Search")
        return context


# Names Oscar's code asks the class loader for.
FacetedSearchView = ProductSearchView
