// Single-page checkout: saved-address fill, live total, one submit only, Stripe Payment Element.
(function () {
    "use strict";
    var form = document.getElementById("checkout-form");
    if (!form) { return; }
    var payButton = document.getElementById("pay-button");
    var totalInput = form.querySelector("input[name=expected_total]");

    // Autocomplete from the address book: choosing a saved address fills the fields.
    var saved = form.querySelector("[data-saved-addresses]");
    if (saved) {
        saved.addEventListener("change", function () {
            var option = saved.options[saved.selectedIndex];
            ["first_name", "last_name", "line1", "line2", "line4", "postcode", "country", "phone_number"].forEach(function (name) {
                var field = form.elements[name];
                if (field && option.value) { field.value = option.dataset[name] || ""; }
            });
        });
    }

    // The total shown (and sent back for the server to compare) follows the delivery choice.
    form.querySelectorAll("input[name=shipping_method]").forEach(function (radio) {
        radio.addEventListener("change", function () {
            if (radio.dataset.total) { totalInput.value = radio.dataset.total; }
        });
    });

    // Card number only for card payments (sandbox); pay-later methods go to their provider.
    var cardFields = document.getElementById("card-fields");
    function toggleCard() {
        var checked = form.querySelector("input[name=payment_method_type]:checked");
        if (cardFields) { cardFields.hidden = checked && checked.value !== "card"; }
    }
    form.querySelectorAll("[data-payment-type]").forEach(function (radio) { radio.addEventListener("change", toggleCard); });
    toggleCard();

    // Inline validation: show the browser's message next to the field as soon as it is left.
    form.querySelectorAll("input[required]").forEach(function (input) {
        input.addEventListener("blur", function () { input.classList.toggle("is-invalid", !input.checkValidity()); });
    });

    var submitting = false;
    function lock() {
        submitting = true;
        payButton.disabled = true;
        payButton.textContent = payButton.dataset.loadingText;
    }

    if (form.dataset.gateway !== "stripe" || typeof Stripe === "undefined") {
        form.addEventListener("submit", function (event) {
            if (submitting) { event.preventDefault(); return; }
            lock();
        });
        return;
    }

    // Stripe: the Payment Element collects the details and creates a PaymentMethod in the browser;
    // the server creates and confirms the PaymentIntent (amount recomputed there).
    var stripe = Stripe(form.dataset.stripeKey);
    var mount = document.getElementById("payment-element");
    var elements = stripe.elements({
        mode: "payment",
        amount: parseInt(form.dataset.amountCents, 10),
        currency: form.dataset.currency,
        paymentMethodCreation: "manual",
        // Our own methods (pay by invoice, card instalments) are not Stripe's to show.
        paymentMethodTypes: mount.dataset.methodTypes.split(",").filter(function (type) {
            return type !== "terms" && type.indexOf("instalments_") !== 0;
        })
    });
    elements.create("payment").mount(mount);
    form.addEventListener("submit", function (event) {
        if (event.submitter && event.submitter.value === "terms") { lock(); return; }  // pay by invoice
        if (form.elements.payment_method.value) { return; }
        event.preventDefault();
        if (submitting) { return; }
        lock();
        elements.submit().then(function (result) {
            if (result.error) { throw result.error; }
            return stripe.createPaymentMethod({ elements: elements });
        }).then(function (result) {
            if (result.error) { throw result.error; }
            form.elements.payment_method.value = result.paymentMethod.id;
            form.submit();
        }).catch(function (error) {
            submitting = false;
            payButton.disabled = false;
            payButton.textContent = payButton.dataset.label || payButton.textContent;
            window.alert(error.message);
        });
    });
})();
