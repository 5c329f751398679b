// Saving a card with Stripe: the Payment Element (setup mode) creates the PaymentMethod in the browser;
// the server attaches it with a confirmed SetupIntent.
(function () {
    "use strict";
    var form = document.getElementById("payment-method-form");
    if (!form || typeof Stripe === "undefined") { return; }
    var stripe = Stripe(form.dataset.stripeKey);
    var elements = stripe.elements({ mode: "setup", currency: "eur", paymentMethodCreation: "manual", paymentMethodTypes: ["card"] });
    elements.create("payment").mount("#payment-element");
    form.addEventListener("submit", function (event) {
        if (form.elements.payment_method.value) { return; }
        event.preventDefault();
        elements.submit().then(function (result) {
            if (result.error) { throw result.error; }
            return stripe.createPaymentMethod({ elements: elements });
        }).then(function (result) {
            if (result.error) { throw result.error; }
            form.elements.payment_method.value = result.paymentMethod.id;
            form.submit();
        }).catch(function (error) { window.alert(error.message); });
    });
})();
