// Product page reviews: filters apply as soon as they change (the form still works without JavaScript).
(function () {
  "use strict";
  document.querySelectorAll("[data-review-filters]").forEach(function (form) {
    form.addEventListener("change", function () {
      form.submit();
    });
    var button = form.querySelector("button[type=submit]");
    if (button) {
      button.classList.add("sr-only");
    }
  });
})();
