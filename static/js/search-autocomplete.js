/* Autocomplete for the header search box: products, categories, vendors and guides as you type.
   Without JavaScript the box is a plain GET form to /shop/search/. */
(function () {
    "use strict";
    var form = document.querySelector("form.site-search[data-suggest-url]");
    if (!form) { return; }
    var input = form.querySelector("input[name=q]");
    if (!input) { return; }
    var list = document.createElement("div");
    list.className = "search-suggest list-group shadow-sm";
    list.id = "search-suggest";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    form.style.position = "relative";
    form.appendChild(list);
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-autocomplete", "list");
    var timer = null;
    var latest = 0;
    var groups = [["products", form.dataset.labelProducts], ["categories", form.dataset.labelCategories],
                  ["vendors", form.dataset.labelVendors], ["pages", form.dataset.labelPages]];

    function render(data) {
        list.textContent = "";
        var count = 0;
        groups.forEach(function (group) {
            var items = data[group[0]] || [];
            if (!items.length) { return; }
            var heading = document.createElement("div");
            heading.className = "list-group-item small text-muted py-1";
            heading.textContent = group[1];
            list.appendChild(heading);
            items.forEach(function (item) {
                var link = document.createElement("a");
                link.className = "list-group-item list-group-item-action py-1";
                link.setAttribute("role", "option");
                link.href = item.url;
                link.textContent = item.title;
                list.appendChild(link);
                count += 1;
            });
        });
        list.hidden = count === 0;
    }

    input.addEventListener("input", function () {
        clearTimeout(timer);
        var text = input.value.trim();
        if (text.length < 2) { list.hidden = true; return; }
        timer = setTimeout(function () {
            var ticket = ++latest;
            fetch(form.dataset.suggestUrl + "?q=" + encodeURIComponent(text), {headers: {"Accept": "application/json"}})
                .then(function (response) { return response.ok ? response.json() : {}; })
                .then(function (data) { if (ticket === latest) { render(data); } })
                .catch(function () { list.hidden = true; });
        }, 150);
    });
    input.addEventListener("keydown", function (event) {
        if (event.key === "Escape") { list.hidden = true; }
        if (event.key === "ArrowDown" && !list.hidden) {
            var first = list.querySelector("a");
            if (first) { event.preventDefault(); first.focus(); }
        }
    });
    document.addEventListener("click", function (event) {
        if (!form.contains(event.target)) { list.hidden = true; }
    });
}());
