"""Demo text of the editorial pages (English and French): landing pages per payment option, guides, webinars,
blog posts and the FAQ. Real, useful explanations of instalments, deferred payment and B2B terms."""

EN, FR = "en", "fr"

# ---------------------------------------------------------------------------
# FAQ entries, reused by the landing pages and the FAQ page
# ---------------------------------------------------------------------------
FAQ = {
    "instalments": {
        EN: [
            (
                "Who can pay in instalments?",
                "<p>Anyone over 18 living in France, Belgium or Spain with a debit or "
                "credit card valid for the whole duration of the plan. Prepaid and virtual cards are not accepted.</p>",
            ),
            (
                "When are the instalments taken?",
                "<p>The first one when you order, then the others every 30 days on "
                "the same card. You receive an email three days before each payment.</p>",
            ),
            (
                "What happens if I return a product?",
                "<p>The refund is first deducted from the remaining instalments; "
                "if you have already paid more than the new total, the difference goes back to your card.</p>",
            ),
            (
                "Can I pay off early?",
                "<p>Yes, at any time and free of charge, from your account under "
                "<b>Orders → Payment plan</b>. Fees already charged are not refunded.</p>",
            ),
        ],
        FR: [
            (
                "Qui peut payer en plusieurs fois ?",
                "<p>Toute personne majeure résidant en France, en Belgique ou en "
                "Espagne, avec une carte de débit ou de crédit valable pendant toute la durée du plan. Les cartes "
                "prépayées et virtuelles ne sont pas acceptées.</p>",
            ),
            (
                "Quand les mensualités sont-elles prélevées ?",
                "<p>La première à la commande, puis les suivantes tous "
                "les 30 jours sur la même carte. Un e-mail vous prévient trois jours avant chaque échéance.</p>",
            ),
            (
                "Que se passe-t-il si je retourne un produit ?",
                "<p>Le remboursement est d'abord déduit des mensualités "
                "restantes ; si vous avez déjà payé plus que le nouveau total, la différence est recréditée sur votre "
                "carte.</p>",
            ),
            (
                "Puis-je rembourser par anticipation ?",
                "<p>Oui, à tout moment et sans frais, depuis votre compte, "
                "rubrique <b>Commandes → Échéancier</b>. Les frais déjà payés ne sont pas remboursés.</p>",
            ),
        ],
    },
    "deferred": {
        EN: [
            (
                "Is paying in 30 days really free?",
                "<p>Yes: no fees and no interest if you pay on the due date. The "
                "full amount is charged to your card on day 30.</p>",
            ),
            (
                "What if my card is refused on day 30?",
                "<p>We retry twice over the next 7 days and email you each "
                "time. After that, €5 late fees apply and the option is suspended on your account.</p>",
            ),
        ],
        FR: [
            (
                "Payer à 30 jours est-il vraiment gratuit ?",
                "<p>Oui : ni frais ni intérêts si vous payez à "
                "l'échéance. Le montant total est débité sur votre carte le 30e jour.</p>",
            ),
            (
                "Et si ma carte est refusée au 30e jour ?",
                "<p>Nous réessayons deux fois dans les 7 jours suivants en "
                "vous prévenant par e-mail. Ensuite, 5 € de frais de retard s'appliquent et l'option est suspendue sur "
                "votre compte.</p>",
            ),
        ],
    },
    "b2b": {
        EN: [
            (
                "How do I open a business account?",
                "<p>Create an account, then fill in <b>Business details</b> with "
                "your SIRET or EU VAT number. Our team checks it within one working day and sets your "
                "credit limit.</p>",
            ),
            (
                "Do I get one invoice per vendor?",
                "<p>Yes: each vendor invoices what it sells, with VAT, and you "
                "receive one monthly statement listing every invoice so that you pay them in a single transfer.</p>",
            ),
            (
                "Can my accountant download the invoices?",
                "<p>Invite them as a team member with the "
                "<b>Accounting</b> role: they see invoices and statements, but cannot order.</p>",
            ),
        ],
        FR: [
            (
                "Comment ouvrir un compte professionnel ?",
                "<p>Créez un compte puis complétez <b>Informations "
                "entreprise</b> avec votre SIRET ou numéro de TVA intracommunautaire. Notre équipe le vérifie sous un "
                "jour ouvré et fixe votre encours autorisé.</p>",
            ),
            (
                "Ai-je une facture par vendeur ?",
                "<p>Oui : chaque vendeur facture ce qu'il vend, avec TVA, et vous "
                "recevez un relevé mensuel de toutes les factures pour les régler en un seul virement.</p>",
            ),
            (
                "Mon comptable peut-il télécharger les factures ?",
                "<p>Invitez-le dans votre équipe avec le rôle "
                "<b>Comptabilité</b> : il voit factures et relevés, mais ne peut pas commander.</p>",
            ),
        ],
    },
}

FAQ_TITLES = {
    "instalments": {EN: "Paying in instalments", FR: "Paiement en plusieurs fois"},
    "deferred": {EN: "Paying in 30 days", FR: "Paiement à 30 jours"},
    "b2b": {EN: "Business accounts and payment terms", FR: "Comptes professionnels et délais de paiement"},
}

FAQ_PAGE = {
    EN: {
        "title": "Frequently asked questions",
        "slug": "faq",
        "introduction": "Everything about paying on Comptoir: instalments, paying later and business terms.",
    },
    FR: {
        "title": "Questions fréquentes",
        "slug": "questions-frequentes",
        "introduction": "Tout sur le paiement chez Comptoir : en plusieurs fois, plus tard ou à terme pour les pros.",
    },
}

# ---------------------------------------------------------------------------
# One landing page per payment option (keys match payment_options.PAYMENT_OPTIONS)
# ---------------------------------------------------------------------------
LANDING_PAGES = {
    "pay-in-3": {
        "faq": "instalments",
        "calculator": True,
        EN: {
            "slug": "pay-in-3",
            "title": "Pay in 3 instalments",
            "introduction": "Split your purchase into three monthly payments, from €50 to €2,000.",
            "hero_subtitle": "Three card payments, 30 days apart. An answer in seconds, no paperwork.",
            "how_title": "How it works",
            "how": "<ol><li>Fill your basket with products from any vendors (€50 to €2,000).</li><li>At checkout, "
            "choose <b>Pay in 3 instalments</b> and enter your card.</li><li>The first payment is taken now, "
            "the next two after 30 and 60 days. We email you before each one.</li></ol>",
            "calculator_title": "Simulate your instalments",
            "carousel_title": "Popular right now",
        },
        FR: {
            "slug": "paiement-en-3-fois",
            "title": "Paiement en 3 fois",
            "introduction": "Divisez votre achat en trois mensualités, de 50 € à 2 000 €.",
            "hero_subtitle": "Trois paiements par carte, à 30 jours d'intervalle. Réponse immédiate, sans papiers.",
            "how_title": "Comment ça marche",
            "how": "<ol><li>Remplissez votre panier chez un ou plusieurs vendeurs (de 50 € à 2 000 €).</li><li>Au "
            "paiement, choisissez <b>Paiement en 3 fois</b> et saisissez votre carte.</li><li>La première "
            "mensualité est prélevée tout de suite, les deux suivantes à 30 et 60 jours. Un e-mail vous "
            "prévient avant chacune.</li></ol>",
            "calculator_title": "Simulez vos mensualités",
            "carousel_title": "Les plus demandés",
        },
    },
    "pay-in-4": {
        "faq": "instalments",
        "calculator": True,
        EN: {
            "slug": "pay-in-4",
            "title": "Pay in 4 instalments",
            "introduction": "For bigger purchases from €100 to €3,000: four monthly payments.",
            "hero_subtitle": "Furnish, equip, upgrade — and spread the cost over four months.",
            "how_title": "How it works",
            "how": "<ol><li>Your basket is between €100 and €3,000.</li><li>Choose <b>Pay in 4 instalments</b> at "
            "checkout: the answer is immediate.</li><li>One payment today, then one every 30 days. Pay off "
            "early whenever you like, free of charge.</li></ol>",
            "calculator_title": "What would I pay each month?",
            "carousel_title": "Big buys, small payments",
        },
        FR: {
            "slug": "paiement-en-4-fois",
            "title": "Paiement en 4 fois",
            "introduction": "Pour les achats plus importants, de 100 € à 3 000 € : quatre mensualités.",
            "hero_subtitle": "Meublez, équipez, renouvelez — et étalez le coût sur quatre mois.",
            "how_title": "Comment ça marche",
            "how": "<ol><li>Votre panier est compris entre 100 € et 3 000 €.</li><li>Choisissez <b>Paiement en 4 "
            "fois</b> au moment de payer : la réponse est immédiate.</li><li>Un paiement aujourd'hui, puis un "
            "tous les 30 jours. Remboursement anticipé possible à tout moment, sans frais.</li></ol>",
            "calculator_title": "Combien paierais-je par mois ?",
            "carousel_title": "Grands achats, petites mensualités",
        },
    },
    "pay-in-30-days": {
        "faq": "deferred",
        "calculator": False,
        EN: {
            "slug": "pay-in-30-days",
            "title": "Pay in 30 days",
            "introduction": "Receive it, try it, then pay: nothing is charged before day 30.",
            "hero_subtitle": "Try before you pay, at no extra cost, from €20 to €1,000.",
            "how_title": "How it works",
            "how": "<ol><li>Choose <b>Pay in 30 days</b> at checkout: we only check your card.</li><li>Your order "
            "ships as usual; keep what you like, return the rest.</li><li>On day 30 we charge the total of "
            "what you kept — nothing for what you returned.</li></ol>",
            "carousel_title": "Try it at home",
        },
        FR: {
            "slug": "payer-dans-30-jours",
            "title": "Payer dans 30 jours",
            "introduction": "Recevez, essayez, puis payez : rien n'est débité avant le 30e jour.",
            "hero_subtitle": "Essayez avant de payer, sans frais, de 20 € à 1 000 €.",
            "how_title": "Comment ça marche",
            "how": "<ol><li>Choisissez <b>Payer dans 30 jours</b> au paiement : nous vérifions seulement votre "
            "carte.</li><li>Votre commande est expédiée normalement ; gardez ce qui vous plaît, retournez le "
            "reste.</li><li>Au 30e jour, nous débitons le total de ce que vous avez gardé — rien pour les "
            "retours.</li></ol>",
            "carousel_title": "À essayer chez vous",
        },
    },
    "b2b-terms": {
        "faq": "b2b",
        "calculator": False,
        EN: {
            "slug": "business-payment-terms",
            "title": "Payment terms for businesses",
            "introduction": "Order on invoice and pay by bank transfer at 30 days — across every vendor.",
            "hero_subtitle": "One account, one monthly statement, VAT invoices from every vendor.",
            "how_title": "Built for professional buyers",
            "how": "<ul><li><b>Net 30</b> from the invoice date, 60 days on request for regular buyers.</li><li>A "
            "credit limit set after a quick check of your SIRET or VAT number.</li><li>Team accounts with "
            "roles: buyers order, approvers validate, accountants download invoices.</li><li>Quotes for large "
            "quantities directly from vendors.</li></ul>",
            "carousel_title": "Office and workshop essentials",
        },
        FR: {
            "slug": "paiement-a-terme-professionnels",
            "title": "Paiement à terme pour les professionnels",
            "introduction": "Commandez sur facture et payez par virement à 30 jours, chez tous les vendeurs.",
            "hero_subtitle": "Un compte, un relevé mensuel, des factures avec TVA de chaque vendeur.",
            "how_title": "Pensé pour les acheteurs professionnels",
            "how": "<ul><li><b>30 jours</b> date de facture, 60 jours sur demande pour les acheteurs réguliers."
            "</li><li>Un encours autorisé fixé après une vérification rapide de votre SIRET ou numéro de TVA."
            "</li><li>Des comptes d'équipe avec rôles : les acheteurs commandent, les valideurs approuvent, "
            "les comptables téléchargent les factures.</li><li>Des devis pour les grandes quantités, "
            "directement auprès des vendeurs.</li></ul>",
            "carousel_title": "L'essentiel pour le bureau et l'atelier",
        },
    },
}

LANDING_COMMON = {
    EN: {
        "hero_button": "Start shopping",
        "options_title": "The details",
        "faq_title": "Questions",
        "cta_title": "Not sure which option suits you?",
        "cta_text": "Our guides compare them, with examples.",
        "cta_button": "Read the guides",
    },
    FR: {
        "hero_button": "Commencer mes achats",
        "options_title": "Les conditions",
        "faq_title": "Questions",
        "cta_title": "Vous hésitez entre les options ?",
        "cta_text": "Nos guides les comparent, exemples à l'appui.",
        "cta_button": "Lire les guides",
    },
}

# ---------------------------------------------------------------------------
# Guides
# ---------------------------------------------------------------------------
GUIDE_INDEX = {
    EN: {
        "slug": "guides",
        "title": "Guides",
        "introduction": "Practical guides to paying on Comptoir, for shoppers and for businesses.",
    },
    FR: {
        "slug": "guides",
        "title": "Guides",
        "introduction": "Des guides pratiques pour payer sur Comptoir, pour les particuliers et les professionnels.",
    },
}

GUIDES = [
    {
        EN: {
            "slug": "instalments-explained",
            "title": "Paying in instalments, explained",
            "introduction": "What 3 or 4 instalments really cost, who can use them and how to avoid surprises.",
            "sections": [
                (
                    "What you pay",
                    "<p>Paying in 3 or 4 instalments adds a small fee: 1.45 % of the amount in 3 "
                    "instalments, 2.20 % in 4. On a €600 sofa paid in 3, that is €8.70: three payments of €202.90. "
                    "There is no other cost and no interest on top of the fee.</p>",
                ),
                (
                    "The APR, in plain words",
                    "<p>The annual percentage rate (APR) expresses the fee as a yearly rate "
                    "so that you can compare offers. Because the loan lasts only two or three months, a small fee "
                    "gives a high-looking APR (15.21 % in 3 instalments): compare the total cost in euros first.</p>",
                ),
                (
                    "Who can use it",
                    "<p>You need to be over 18, live in France, Belgium or Spain and use a card that "
                    "is valid until the last payment. The answer is immediate; it does not affect your "
                    "credit score.</p>",
                ),
                (
                    "Good habits",
                    "<ul><li>Only spread purchases you could pay in full.</li><li>Keep an eye on the "
                    "reminder email three days before each payment.</li><li>Returned an item? The refund reduces the "
                    "next instalments first.</li></ul>",
                ),
            ],
        },
        FR: {
            "slug": "paiement-en-plusieurs-fois-explique",
            "title": "Le paiement en plusieurs fois, expliqué",
            "introduction": "Ce que coûtent vraiment 3 ou 4 mensualités, qui peut en profiter et comment éviter les "
            "surprises.",
            "sections": [
                (
                    "Ce que vous payez",
                    "<p>Payer en 3 ou 4 fois ajoute de petits frais : 1,45 % du montant en 3 fois, "
                    "2,20 % en 4 fois. Pour un canapé à 600 € payé en 3 fois, cela fait 8,70 € : trois paiements de "
                    "202,90 €. Aucun autre coût, aucun intérêt en plus des frais.</p>",
                ),
                (
                    "Le TAEG, en clair",
                    "<p>Le taux annuel effectif global (TAEG) exprime les frais sous forme de taux "
                    "annuel pour comparer les offres. Comme le crédit ne dure que deux ou trois mois, de petits frais "
                    "donnent un TAEG élevé en apparence (15,21 % en 3 fois) : comparez d'abord le coût total en euros."
                    "</p>",
                ),
                (
                    "Qui peut en profiter",
                    "<p>Il faut être majeur, résider en France, en Belgique ou en Espagne et "
                    "payer avec une carte valable jusqu'à la dernière échéance. La réponse est immédiate et n'a pas "
                    "d'effet sur votre dossier bancaire.</p>",
                ),
                (
                    "Les bons réflexes",
                    "<ul><li>N'étalez que des achats que vous pourriez payer comptant.</li><li>"
                    "Surveillez l'e-mail de rappel envoyé trois jours avant chaque échéance.</li><li>Un article "
                    "retourné ? Le remboursement réduit d'abord les prochaines mensualités.</li></ul>",
                ),
            ],
        },
    },
    {
        EN: {
            "slug": "buy-now-pay-in-30-days",
            "title": "Buy now, pay in 30 days",
            "introduction": "How deferred payment works, when it is the right choice and what happens with returns.",
            "sections": [
                (
                    "How it works",
                    "<p>At checkout we check that your card is valid but charge nothing. Your order "
                    "ships as usual, and the total is charged 30 days after the order date.</p>",
                ),
                (
                    "When to choose it",
                    "<p>Paying later is ideal when you want to try before paying — clothes, shoes, "
                    "a chair — or when several vendors ship separately and you prefer one single payment.</p>",
                ),
                (
                    "Returns and refunds",
                    "<p>Return an item within 30 days and it is simply removed from the amount "
                    "due. If the vendor receives the return after day 30, you are refunded on your card.</p>",
                ),
            ],
        },
        FR: {
            "slug": "acheter-maintenant-payer-dans-30-jours",
            "title": "Acheter maintenant, payer dans 30 jours",
            "introduction": "Le fonctionnement du paiement différé, quand le choisir et ce qui se passe en cas de "
            "retour.",
            "sections": [
                (
                    "Comment ça marche",
                    "<p>À la commande, nous vérifions que votre carte est valide sans rien débiter. "
                    "Votre commande est expédiée normalement et le total est débité 30 jours après la date de commande."
                    "</p>",
                ),
                (
                    "Quand le choisir",
                    "<p>Payer plus tard est idéal pour essayer avant de payer — vêtements, "
                    "chaussures, une chaise — ou quand plusieurs vendeurs expédient séparément et que vous préférez un "
                    "seul paiement.</p>",
                ),
                (
                    "Retours et remboursements",
                    "<p>Retournez un article sous 30 jours et il est simplement retiré du "
                    "montant dû. Si le vendeur reçoit le retour après le 30e jour, vous êtes remboursé sur votre "
                    "carte.</p>",
                ),
            ],
        },
    },
    {
        EN: {
            "slug": "b2b-payment-terms-guide",
            "title": "B2B payment terms: a guide for professional buyers",
            "introduction": "Open a business account, get net 30 terms and keep your accountant happy.",
            "sections": [
                (
                    "Opening a business account",
                    "<p>Add your SIRET or EU VAT number in your account. We check it "
                    "within one working day and set a credit limit based on your company's history.</p>",
                ),
                (
                    "Invoices and statements",
                    "<p>Every vendor issues its own VAT invoice. On the 1st of each month "
                    "you receive one statement listing them all, with a single bank reference to pay them together."
                    "</p>",
                ),
                (
                    "Paying on time",
                    "<p>Terms run from the invoice date. French law sets late penalties at three "
                    "times the legal interest rate plus a fixed €40 recovery fee per invoice, so set up a reminder "
                    "in your accounting tool.</p>",
                ),
                (
                    "Team roles",
                    "<p>Invite colleagues as buyers, approvers or accountants. Orders above a threshold "
                    "you choose wait for an approver before they are sent to vendors.</p>",
                ),
            ],
        },
        FR: {
            "slug": "paiement-a-terme-guide-pro",
            "title": "Paiement à terme : le guide de l'acheteur professionnel",
            "introduction": "Ouvrir un compte pro, obtenir le paiement à 30 jours et simplifier la vie de votre "
            "comptable.",
            "sections": [
                (
                    "Ouvrir un compte professionnel",
                    "<p>Ajoutez votre SIRET ou numéro de TVA intracommunautaire dans "
                    "votre compte. Nous le vérifions sous un jour ouvré et fixons un encours selon l'historique de "
                    "votre entreprise.</p>",
                ),
                (
                    "Factures et relevés",
                    "<p>Chaque vendeur émet sa propre facture avec TVA. Le 1er de chaque mois, "
                    "vous recevez un relevé qui les liste toutes, avec une seule référence de virement pour les régler "
                    "ensemble.</p>",
                ),
                (
                    "Payer à temps",
                    "<p>Le délai court à partir de la date de facture. La loi prévoit des pénalités "
                    "de retard égales à trois fois le taux d'intérêt légal et une indemnité forfaitaire de 40 € par "
                    "facture : programmez un rappel dans votre outil comptable.</p>",
                ),
                (
                    "Les rôles de l'équipe",
                    "<p>Invitez vos collègues comme acheteurs, valideurs ou comptables. Les "
                    "commandes au-delà du seuil que vous fixez attendent un valideur avant d'être transmises.</p>",
                ),
            ],
        },
    },
]

# ---------------------------------------------------------------------------
# Webinars
# ---------------------------------------------------------------------------
SPEAKERS = [
    {
        "name": "Claire Martin",
        "company": "Comptoir",
        EN: {
            "role": "Head of payments",
            "bio": "Claire built Comptoir's payment options after ten years in retail banking.",
        },
        FR: {
            "role": "Responsable des paiements",
            "bio": "Claire a conçu les moyens de paiement de Comptoir après dix ans en banque de détail.",
        },
    },
    {
        "name": "Julien Moreau",
        "company": "Atelier Moreau",
        EN: {
            "role": "Furniture maker and vendor",
            "bio": "Julien sells handmade oak furniture on Comptoir since 2022.",
        },
        FR: {
            "role": "Ébéniste et vendeur",
            "bio": "Julien vend ses meubles en chêne faits main sur Comptoir depuis 2022.",
        },
    },
    {
        "name": "Sofia Benali",
        "company": "Comptoir Business",
        EN: {"role": "B2B account manager", "bio": "Sofia helps companies and public buyers set up their accounts."},
        FR: {
            "role": "Chargée de comptes B2B",
            "bio": "Sofia accompagne les entreprises et acheteurs publics dans l'ouverture de leur compte.",
        },
    },
]

WEBINAR_INDEX = {
    EN: {
        "slug": "webinars",
        "title": "Webinars",
        "introduction": "Free live sessions with our payment team and vendors — and their replays.",
    },
    FR: {
        "slug": "webinaires",
        "title": "Webinaires",
        "introduction": "Des sessions en direct et gratuites avec notre équipe paiements et nos vendeurs — et "
        "leurs replays.",
    },
}

WEBINARS = [
    {
        "days_from_now": 10,
        "hour": 18,
        "minute": 30,
        "duration": 45,
        "capacity": 150,
        "speakers": ["Claire Martin", "Julien Moreau"],
        "replay_url": "",
        EN: {
            "slug": "instalments-for-vendors",
            "title": "Instalments for vendors: sell more, get paid at once",
            "introduction": "How instalment and deferred payments work for vendors: you are paid in full at "
            "shipping, Comptoir Pay carries the risk.",
            "body": "<p>In 45 minutes, Claire and Julien show:</p><ul><li>how buyers choose instalments at "
            "checkout and what they see;</li><li>when you are paid (spoiler: at shipping, in full);</li>"
            "<li>the effect on average basket and returns in Julien's furniture shop;</li><li>your "
            "questions, live.</li></ul>",
        },
        FR: {
            "slug": "paiement-fractionne-pour-les-vendeurs",
            "title": "Le paiement fractionné pour les vendeurs : vendre plus, être payé tout de suite",
            "introduction": "Le paiement en plusieurs fois et différé côté vendeur : vous êtes payé en totalité "
            "à l'expédition, Comptoir Pay porte le risque.",
            "body": "<p>En 45 minutes, Claire et Julien présentent :</p><ul><li>comment l'acheteur choisit le "
            "paiement en plusieurs fois et ce qu'il voit ;</li><li>quand vous êtes payé (à l'expédition, "
            "en totalité) ;</li><li>l'effet sur le panier moyen et les retours dans la boutique de "
            "Julien ;</li><li>vos questions, en direct.</li></ul>",
        },
    },
    {
        "days_from_now": -21,
        "hour": 11,
        "minute": 0,
        "duration": 40,
        "capacity": 100,
        "speakers": ["Sofia Benali"],
        "replay_url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        EN: {
            "slug": "b2b-terms-live",
            "title": "Buying for your business: payment terms in practice",
            "introduction": "Opening a business account, net 30 terms, statements and team roles — a live demo.",
            "body": "<p>Sofia walked through a complete purchase on business terms, from the quote to the monthly "
            "statement, and answered questions about credit limits and public procurement.</p>",
        },
        FR: {
            "slug": "paiement-a-terme-en-pratique",
            "title": "Acheter pour son entreprise : le paiement à terme en pratique",
            "introduction": "Ouverture d'un compte pro, paiement à 30 jours, relevés et rôles d'équipe — une "
            "démonstration en direct.",
            "body": "<p>Sofia a déroulé un achat complet à terme, du devis au relevé mensuel, et répondu aux "
            "questions sur l'encours autorisé et les marchés publics.</p>",
        },
    },
]

# ---------------------------------------------------------------------------
# Blog
# ---------------------------------------------------------------------------
BLOG_INDEX = {
    EN: {"slug": "blog", "title": "Blog", "introduction": "News, tips and stories from Comptoir and its vendors."},
    FR: {
        "slug": "blog",
        "title": "Blog",
        "introduction": "Actualités, conseils et histoires de Comptoir et de ses vendeurs.",
    },
}

BLOG_CATEGORIES = {
    "payments": {EN: "Payments", FR: "Paiements"},
    "vendors": {EN: "Vendors", FR: "Vendeurs"},
    "business": {EN: "Business", FR: "Professionnels"},
}

BLOG_POSTS = [
    {
        "days_ago": 4,
        "categories": ["payments"],
        "tags": ["instalments", "budget"],
        "author": "Claire Martin",
        EN: {
            "slug": "pay-in-4-is-here",
            "title": "Pay in 4 is here",
            "introduction": "After Pay in 3, you can now spread purchases from €100 to €3,000 over four months.",
            "body": "<p>Many of you asked for more room on bigger purchases. From today, <b>Pay in 4</b> is "
            "available on every vendor, for baskets from €100 to €3,000, with fees of 2.20 % and no "
            "interest.</p><p>Use the calculator on the Pay in 4 page to see your exact payments before you "
            "order.</p>",
        },
        FR: {
            "slug": "le-paiement-en-4-fois-arrive",
            "title": "Le paiement en 4 fois arrive",
            "introduction": "Après le 3 fois, étalez vos achats de 100 € à 3 000 € sur quatre mois.",
            "body": "<p>Vous étiez nombreux à le demander pour les gros achats. Dès aujourd'hui, le <b>paiement en "
            "4 fois</b> est disponible chez tous les vendeurs, pour les paniers de 100 € à 3 000 €, avec "
            "2,20 % de frais et sans intérêts.</p><p>Le simulateur de la page Paiement en 4 fois vous "
            "donne vos mensualités exactes avant de commander.</p>",
        },
    },
    {
        "days_ago": 12,
        "categories": ["payments"],
        "tags": ["deferred-payment", "returns"],
        "author": "Claire Martin",
        EN: {
            "slug": "try-before-you-pay",
            "title": "Try before you pay: 5 things to know about paying in 30 days",
            "introduction": "Free, simple, and returns are never charged: the essentials of deferred payment.",
            "body": "<ol><li>It is free if you pay on time.</li><li>Your card is only checked at checkout.</li>"
            "<li>Returned items are removed from what you owe.</li><li>You receive a reminder 3 days "
            "before the due date.</li><li>It works across vendors: one payment for the whole basket.</li>"
            "</ol>",
        },
        FR: {
            "slug": "essayer-avant-de-payer",
            "title": "Essayer avant de payer : 5 choses à savoir sur le paiement à 30 jours",
            "introduction": "Gratuit, simple, et les retours ne sont jamais facturés : l'essentiel du paiement "
            "différé.",
            "body": "<ol><li>C'est gratuit si vous payez à l'échéance.</li><li>Votre carte est seulement vérifiée "
            "à la commande.</li><li>Les articles retournés sont retirés du montant dû.</li><li>Un rappel "
            "vous est envoyé 3 jours avant l'échéance.</li><li>Cela fonctionne pour tous les vendeurs : un "
            "seul paiement pour tout le panier.</li></ol>",
        },
    },
    {
        "days_ago": 20,
        "categories": ["business"],
        "tags": ["b2b", "invoices"],
        "author": "Sofia Benali",
        EN: {
            "slug": "one-statement-many-vendors",
            "title": "One statement, many vendors",
            "introduction": "Business buyers now receive a single monthly statement for all their invoices.",
            "body": "<p>Buying from ten vendors used to mean ten transfers. Business accounts now receive one "
            "statement on the 1st of the month, with every vendor's VAT invoice attached and a single "
            "payment reference.</p>",
        },
        FR: {
            "slug": "un-releve-plusieurs-vendeurs",
            "title": "Un relevé, plusieurs vendeurs",
            "introduction": "Les acheteurs professionnels reçoivent désormais un seul relevé mensuel pour toutes "
            "leurs factures.",
            "body": "<p>Acheter chez dix vendeurs, c'était dix virements. Les comptes professionnels reçoivent "
            "maintenant un relevé le 1er du mois, avec la facture de chaque vendeur et une seule "
            "référence de paiement.</p>",
        },
    },
    {
        "days_ago": 33,
        "categories": ["vendors"],
        "tags": ["instalments", "vendors"],
        "author": "Julien Moreau",
        EN: {
            "slug": "why-i-offer-instalments",
            "title": "Why I offer instalments on my furniture",
            "introduction": "Julien Moreau, furniture maker, on what changed when his buyers could pay in 3.",
            "body": "<p>“An oak table is a big decision. Since buyers can pay in three, they hesitate less, and I "
            "am still paid in full when I ship. My average order went up and returns did not.”</p>",
        },
        FR: {
            "slug": "pourquoi-je-propose-le-paiement-en-3-fois",
            "title": "Pourquoi je propose le paiement en 3 fois sur mes meubles",
            "introduction": "Julien Moreau, ébéniste, raconte ce qui a changé quand ses clients ont pu payer en "
            "3 fois.",
            "body": "<p>« Une table en chêne, c'est une grosse décision. Depuis que mes clients peuvent payer en "
            "trois fois, ils hésitent moins, et je suis toujours payé en totalité à l'expédition. Mon "
            "panier moyen a augmenté, pas les retours. »</p>",
        },
    },
    {
        "days_ago": 47,
        "categories": ["payments"],
        "tags": ["security", "cards"],
        "author": "Claire Martin",
        EN: {
            "slug": "how-we-protect-your-card",
            "title": "How we protect your card",
            "introduction": "Strong authentication, tokenised cards and no card number ever stored by vendors.",
            "body": "<p>Your card number never reaches our vendors nor our servers: it is tokenised by our payment "
            "provider. Payments are confirmed with your bank's strong authentication (3-D Secure), and "
            "instalments reuse the same secure token.</p>",
        },
        FR: {
            "slug": "comment-nous-protegeons-votre-carte",
            "title": "Comment nous protégeons votre carte",
            "introduction": "Authentification forte, cartes tokenisées, et aucun numéro de carte conservé par les "
            "vendeurs.",
            "body": "<p>Votre numéro de carte n'arrive jamais chez nos vendeurs ni sur nos serveurs : il est "
            "tokenisé par notre prestataire de paiement. Les paiements sont confirmés par l'authentification "
            "forte de votre banque (3-D Secure) et les mensualités réutilisent le même jeton sécurisé.</p>",
        },
    },
    {
        "days_ago": 60,
        "categories": ["business", "payments"],
        "tags": ["b2b", "cash-flow"],
        "author": "Sofia Benali",
        EN: {
            "slug": "net-30-and-cash-flow",
            "title": "Net 30 terms and your cash flow",
            "introduction": "Why paying suppliers at 30 days helps small companies, and how to use it well.",
            "body": "<p>Paying at 30 days lets you sell or use what you bought before paying for it. Plan your "
            "statement date in your cash forecast, pay by the due date to keep your limit, and ask for 60 "
            "days once you buy regularly.</p>",
        },
        FR: {
            "slug": "paiement-a-30-jours-et-tresorerie",
            "title": "Paiement à 30 jours et trésorerie",
            "introduction": "Pourquoi payer ses fournisseurs à 30 jours aide les petites entreprises, et comment "
            "bien s'en servir.",
            "body": "<p>Payer à 30 jours permet de vendre ou d'utiliser ce que vous avez acheté avant de le payer. "
            "Intégrez la date du relevé à votre prévisionnel, payez à l'échéance pour garder votre encours, "
            "et demandez 60 jours une fois client régulier.</p>",
        },
    },
]
