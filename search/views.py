"""Product lists: the whole catalogue, a category, and search results (Oscar's names), with facets."""

from dataclasses import replace

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import ListView
from oscar.core.loading import get_model

from core.ratelimit import client_address, hit
from search import review_search
from search.facets import SearchFilters, build_facets
from search.forms import ProductSearchForm
from search.selectors import editorial_pages, suggestions
from search.services import ProductQuery, product_search

Category = get_model("catalogue", "Category")


class ProductListView(ListView):
    """A paginated, sortable, faceted product list; subclasses narrow it and pick the template."""

    context_object_name = "products"
    paginate_by = 24
    template_name = "oscar/catalogue/browse.html"
    summary = _("All products")
    scope = None  # the category a page is limited to

    def get(self, request, *args, **kwargs):
        self.form = ProductSearchForm(request.GET or None)
        self.filters = SearchFilters.from_querydict(request.GET, scope=self.scope)
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
        page = self.request.GET.get(self.page_kwarg, "1")
        offset = (int(page) - 1) * self.paginate_by if page.isdigit() and 0 < int(page) < 10_000 else 0
        return ProductQuery(
            text=self.form.query,
            sort=self.form.sort,
            filters=self.filters,
            scope=self.scope,
            offset=offset,
            limit=self.paginate_by,
        )

    def get_queryset(self):
        self.search = product_search(self.get_product_query())
        return self.search.results

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "form": self.form,
                "query": self.form.query,
                "summary": self.summary,
                "facets": build_facets(self.search.counts, self.filters, self.scope, self.request.GET),
                "filters_active": self.filters.active,
                "suggestion": self.search.suggestion,
                "any_word": self.search.any_word,
                "search_backend": self.search.backend,
                "kept_params": [
                    (name, value)
                    for name, value in self.request.GET.items()
                    if name not in ("sort_by", "page", "q") and value
                ],
            }
        )
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
        self.scope = self.category
        return super().get(request, *args, **kwargs)

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
        context["pages"] = editorial_pages(self.form.query) if self.form.query else []
        return context


class SuggestView(View):
    """Autocomplete as you type: products, categories, vendors and guides (JSON)."""

    limit = (120, 60)  # requests per client address per minute

    def get(self, request):
        if not hit(f"search:suggest:{client_address(request)}", *self.limit):
            return JsonResponse({"error": "rate limited"}, status=429)
        form = ProductSearchForm(request.GET or None)
        return JsonResponse(suggestions(form.query))


# Names Oscar's code asks the class loader for.
FacetedSearchView = ProductSearchView


class ReviewSearchView(View):
    """Staff search every review (any status, any vendor); vendors the published reviews of their own products."""

    template_name = "oscar/dashboard/reviews/review_search.html"
    per_page = 25

    def get(self, request):
        scope = review_search.staff_review_scope(request.user)
        if scope is None:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            raise PermissionDenied
        page = request.GET.get("page", "1")
        page = min(int(page), 400) if page.isdigit() and int(page) > 0 else 1
        query = replace(
            review_search.ReviewQuery.from_querydict(request.GET, **scope),
            offset=(page - 1) * self.per_page,
            limit=self.per_page,
        )
        found = review_search.review_search(query)
        facets = review_search.review_facets(found.counts, query, request.GET, is_staff=not scope["public"])
        return render(
            request,
            self.template_name,
            {
                "query": query,
                "found": found,
                "reviews": review_search.staff_review_rows(found),
                "facets": facets,
                "page_number": page,
                "has_previous": page > 1,
                "has_next": found.total > page * self.per_page,
                "sorts": review_search.sort_choices(),
                "is_staff_view": not scope["public"],
                "kept_params": [
                    (name, value) for name, value in request.GET.items() if name not in ("q", "sort", "page")
                ],
            },
        )
