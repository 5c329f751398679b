// 3-D Secure / pay-later redirect for a PaymentIntent the server confirmed, then back to our return URL.
(function () {
    "use strict";
    var node = document.getElementById("stripe-next-action");
    if (!node || typeof Stripe === "undefined") { return; }
    var stripe = Stripe(node.dataset.stripeKey);
    stripe.handleNextAction({ clientSecret: node.dataset.clientSecret }).finally(function () {
        window.location.assign(node.dataset.returnUrl);
    });
})();
