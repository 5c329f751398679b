/* Live instalment calculator: recomputes the table as the amount is typed. The server renders the same
   figures for a submitted amount, so the block works without JavaScript. Amounts are computed in cents. */
(function () {
    "use strict";
    function cents(text) { return Math.round(parseFloat(String(text).replace(",", ".")) * 100); }
    function euros(value) { return "€" + (value / 100).toFixed(2); }
    function update(section) {
        var price = cents(section.querySelector("[data-price-input]").value);
        section.querySelectorAll("tr[data-option]").forEach(function (row) {
            var count = parseInt(row.dataset.count, 10);
            var min = cents(row.dataset.min || "0");
            var max = row.dataset.max ? cents(row.dataset.max) : Infinity;
            var cells = ["first", "other", "fees", "total"].map(function (name) { return row.querySelector("[data-" + name + "]"); });
            if (cells.some(function (cell) { return !cell; })) { return; }  // rendered as "not available": leave to the server
            if (!(price > 0) || price < min || price > max) { cells.forEach(function (cell) { cell.textContent = "—"; }); return; }
            var fees = Math.round(price * parseFloat(row.dataset.feePercent) / 100) + cents(row.dataset.feeFixed);
            var total = price + fees;
            var other = Math.floor(total / count);
            cells[0].textContent = euros(total - other * (count - 1));
            cells[1].textContent = (count - 1) + " × " + euros(other);
            cells[2].textContent = euros(fees);
            cells[3].textContent = euros(total);
        });
    }
    document.querySelectorAll("[data-instalment-calculator]").forEach(function (section) {
        var input = section.querySelector("[data-price-input]");
        input.addEventListener("input", function () { update(section); });
        var button = section.querySelector("[data-calculate-button]");
        if (button) { button.hidden = true; }
    });
})();
