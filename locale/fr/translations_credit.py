"""French translations of the B2B credit app: companies, payment on terms, invoices, dunning, staff pages.

Sources: site/credit/*.py and templates/credit/** (the analytics pages have translations_credit_analytics.py),
the credit menu in settings/base.py, the "terms" method label (payments/markets.py) and the purchase order
field of the checkout (shop/checkout/forms.py). Strings already in another table are not repeated here.
"""

FRENCH = {
    # app, menu (settings/base.py), checkout method and field
    "B2B companies and credit": "Entreprises B2B et crédit",
    "Credit": "Crédit",
    "Credit applications": "Demandes de crédit",
    "Companies and credit accounts": "Entreprises et comptes de crédit",
    "Pay by invoice (company payment terms)": "Paiement sur facture (paiement à terme de votre entreprise)",
    "Purchase order number": "Numéro de bon de commande",
    # models
    "Enter a SIREN (9 digits), a SIRET (14 digits) or an EU VAT number (e.g. FR40303265045).": (
        "Saisissez un SIREN (9 chiffres), un SIRET (14 chiffres) ou un numéro de TVA intracommunautaire "
        "(par exemple FR40303265045)."
    ),
    "SIREN, SIRET or VAT number": "SIREN, SIRET ou numéro de TVA",
    "VAT number": "numéro de TVA",
    "billing address": "adresse de facturation",
    "address line 2": "complément d'adresse",
    "postcode": "code postal",
    "city": "ville",
    "country": "pays",
    "negotiated discount (%)": "remise négociée (%)",
    "Applied to every order the company's members place.": (
        "Appliquée à chaque commande passée par les membres de l'entreprise."
    ),
    "years trading": "années d'activité",
    "annual revenue (EUR)": "chiffre d'affaires annuel (EUR)",
    "companies": "entreprises",
    "Buyer": "Acheteur",
    "Approver": "Approbateur",
    "Administrator": "Administrateur",
    "order limit without approval (EUR)": "limite de commande sans approbation (EUR)",
    "Orders above this amount wait for an approver. Empty: no limit.": (
        "Les commandes au-delà de ce montant attendent l'accord d'un approbateur. Vide : aucune limite."
    ),
    "company member": "membre de l'entreprise",
    "Net 15": "À 15 jours",
    "Net 30": "À 30 jours",
    "Net 60": "À 60 jours",
    "Being assessed": "En cours d'étude",
    "Referred to our credit team": "Transmise à notre équipe crédit",
    "Declined": "Refusée",
    "payment terms": "délai de paiement",
    "requested credit limit (EUR)": "limite de crédit demandée (EUR)",
    "Refer to a human": "Transmettre à un analyste",
    "credit limit": "limite de crédit",
    "payment terms (days)": "délai de paiement (jours)",
    "Reserved": "Réservée",
    "Invoiced": "Facturée",
    "Released": "Libérée",
    "purchase order number": "numéro de bon de commande",
    "Bank transfer": "Virement bancaire",
    "Credit note (cancelled lines)": "Avoir (lignes annulées)",
    "reference": "référence",
    "Order reserved": "Réservation pour une commande",
    "Reservation released": "Réservation libérée",
    "Payment received": "Paiement reçu",
    "Late-payment fee": "Pénalités de retard",
    "Credit limit set": "Limite de crédit fixée",
    "credit ledger entries": "écritures du journal de crédit",
    "Waiting for approval": "En attente d'approbation",
    "Order placed": "Commande passée",
    "Credit assessment": "Étude de crédit",
    "Payment on terms": "Paiement à terme",
    # offers (company discount)
    "The buyer's company has a negotiated discount": "L'entreprise de l'acheteur bénéficie d'une remise négociée",
    "The company's negotiated percentage off every product": (
        "Le pourcentage de remise négocié par l'entreprise sur tous les produits"
    ),
    # forms
    "Payment terms": "Paiement à terme",
    "Credit limit requested (EUR)": "Limite de crédit demandée (EUR)",
    "Annual revenue (EUR)": "Chiffre d'affaires annuel (EUR)",
    "Years trading": "Années d'activité",
    "I have read and accept the text above.": "J'ai lu et j'accepte le texte ci-dessus.",
    "E-mail of an existing Comptoir account": "E-mail d'un compte Comptoir existant",
    "Role": "Rôle",
    "Order limit without approval (EUR)": "Limite de commande sans approbation (EUR)",
    "Decision": "Décision",
    "Decline": "Refuser",
    "Limit (EUR)": "Limite (EUR)",
    "Note (required, kept in the audit trail)": "Commentaire (obligatoire, conservé dans l'historique d'audit)",
    "Amount received (EUR)": "Montant reçu (EUR)",
    "Method": "Moyen de paiement",
    "Bank statement line or payment reference": "Ligne du relevé bancaire ou référence du paiement",
    # scoring: explanation for the credit team, then the reason as the applicant reads it
    "The bureau reports insolvency proceedings.": "L'agence de notation signale une procédure collective.",
    "public insolvency proceedings": "une procédure collective publiée",
    "Bureau score below the decline threshold.": "Note de l'agence de notation sous le seuil de refus.",
    "the external credit rating": "la note de crédit externe",
    "Strong bureau score.": "Bonne note de l'agence de notation.",
    "a strong external credit rating": "une bonne note de crédit externe",
    "Weak bureau score.": "Note faible de l'agence de notation.",
    "a weak external credit rating": "une note de crédit externe faible",
    "The bureau does not know this company.": "L'agence de notation ne connaît pas cette entreprise.",
    "no external credit history": "l'absence d'historique de crédit externe",
    "The bureau could not be reached: a human must decide.": (
        "L'agence de notation est injoignable : une personne doit décider."
    ),
    "a check we could not run": "une vérification que nous n'avons pas pu effectuer",
    "Marketplace account younger than 30 days.": "Compte sur la place de marché ouvert depuis moins de 30 jours.",
    "your account is new on Comptoir": "l'ouverture récente de votre compte Comptoir",
    "Marketplace account older than a year.": "Compte sur la place de marché ouvert depuis plus d'un an.",
    "your long relationship with Comptoir": "votre relation de longue date avec Comptoir",
    "No paid order in the last 12 months.": "Aucune commande payée au cours des 12 derniers mois.",
    "no order history on Comptoir yet": "l'absence d'historique de commandes sur Comptoir",
    "Five or more paid orders in the last 12 months.": "Au moins cinq commandes payées au cours des 12 derniers mois.",
    "your order history": "votre historique de commandes",
    "All past invoices paid on time.": "Toutes les factures passées réglées à l'échéance.",
    "your on-time payments": "vos paiements ponctuels",
    "Invoices paid after their due date.": "Factures réglées après leur échéance.",
    "invoices paid late": "des factures réglées en retard",
    "Invoices overdue right now.": "Factures échues actuellement impayées.",
    "invoices currently overdue": "des factures échues actuellement impayées",
    # xgettext flags these two python-format ("% o"): the French "% d" is the same kind of directive for msgfmt
    "More than 30% of orders refunded.": "Plus de 30 % des commandes remboursées.",
    "a high share of returned orders": "une forte proportion de commandes retournées",
    "Card payments disputed (chargebacks).": "Paiements par carte contestés (rétrofacturations).",
    "disputed payments": "des paiements contestés",
    "Trading for less than two years.": "Activité depuis moins de deux ans.",
    "the company's young age": "la création récente de l'entreprise",
    "Trading for five years or more.": "Activité depuis cinq ans ou plus.",
    "the company's track record": "l'ancienneté de l'entreprise",
    "Annual revenue not supplied.": "Chiffre d'affaires annuel non renseigné.",
    "missing annual revenue": "l'absence de chiffre d'affaires annuel",
    "Requested limit above 10% of annual revenue.": "Limite demandée supérieure à 10 % du chiffre d'affaires annuel.",
    "a limit high for the company's revenue": "une limite élevée au regard du chiffre d'affaires",
    "Requested limit above what may be approved automatically.": (
        "Limite demandée supérieure au plafond d'acceptation automatique."
    ),
    "the size of the requested limit": "le montant de la limite demandée",
    "Good news: your company can now pay by invoice.": (
        "Bonne nouvelle : votre entreprise peut désormais payer sur facture."
    ),
    "Our credit team is reviewing your application and will answer within two business days.": (
        "Notre équipe crédit étudie votre demande et vous répondra sous deux jours ouvrés."
    ),
    "We cannot offer payment terms at the moment.": (
        "Nous ne pouvons pas vous proposer le paiement à terme pour le moment."
    ),
    "We cannot offer payment terms at the moment, mainly because of: %(reasons)s.": (
        "Nous ne pouvons pas vous proposer le paiement à terme pour le moment, principalement en raison de : "
        "%(reasons)s."
    ),
    # services (errors shown to the user)
    "You already belong to a company account.": "Vous êtes déjà membre d'un compte entreprise.",
    "A company with this legal id already has an account.": (
        "Une entreprise avec cet identifiant légal a déjà un compte."
    ),
    "An order limit cannot be negative.": "Une limite de commande ne peut pas être négative.",
    "This person already belongs to a company account.": "Cette personne est déjà membre d'un compte entreprise.",
    "Your role in this company does not allow this.": "Votre rôle dans cette entreprise ne le permet pas.",
    "Choose Net 15, Net 30 or Net 60.": "Choisissez un paiement à 15, 30 ou 60 jours.",
    "The requested limit must be a positive amount.": "La limite demandée doit être un montant positif.",
    "We do not offer limits above %(max)s EUR; please request a smaller limit.": (
        "Nous ne proposons pas de limite supérieure à %(max)s € ; veuillez demander une limite plus basse."
    ),
    "Annual revenue cannot be negative.": "Le chiffre d'affaires annuel ne peut pas être négatif.",
    "Your company already has an application being assessed.": (
        "Votre entreprise a déjà une demande en cours d'étude."
    ),
    "Only the credit team may override a decision.": "Seule l'équipe crédit peut modifier une décision.",
    "Explain the override in a note.": "Justifiez la décision manuelle dans un commentaire.",
    "An override approves or declines.": "Une décision manuelle accepte ou refuse la demande.",
    "The limit must be positive and at most %(max)s EUR.": (
        "La limite doit être positive et ne pas dépasser %(max)s €."
    ),
    "The limit must be between 0 and %(max)s EUR.": "La limite doit être comprise entre 0 et %(max)s €.",
    "Your company has no approved payment terms.": "Votre entreprise ne bénéficie pas du paiement à terme.",
    "Your role in the company does not allow ordering.": (
        "Votre rôle dans l'entreprise ne vous permet pas de commander."
    ),
    "Payment on terms is on hold: an invoice is overdue.": (
        "Le paiement à terme est suspendu : une facture échue reste impayée."
    ),
    "This order exceeds your company's available credit (%(available)s EUR).": (
        "Cette commande dépasse le crédit disponible de votre entreprise (%(available)s €)."
    ),
    "Only a company buyer can pay on terms.": "Seul un acheteur de l'entreprise peut payer à terme.",
    "Enter the payment reference (bank statement line, payment id).": (
        "Saisissez la référence du paiement (ligne du relevé bancaire, identifiant du paiement)."
    ),
    "The amount must be positive.": "Le montant doit être positif.",
    "This payment reference is already matched to invoice %(n)s.": (
        "Cette référence de paiement est déjà rapprochée de la facture %(n)s."
    ),
    "Invoice %(n)s is not open.": "La facture %(n)s n'est pas en attente de paiement.",
    "%(amount)s EUR is more than the %(due)s EUR due on this invoice.": (
        "%(amount)s € dépasse les %(due)s € restant dus sur cette facture."
    ),
    "Invoice overdue for more than %(days)s days.": "Facture impayée plus de %(days)s jours après son échéance.",
    "This basket is already waiting for approval.": "Ce panier est déjà en attente d'approbation.",
    "This request was already decided.": "Cette demande a déjà été traitée.",
    "The basket changed after it was sent for approval.": "Le panier a changé depuis sa soumission à approbation.",
    "The order could not be placed.": "La commande n'a pas pu être passée.",
    "The order could not be placed: %(reason)s The buyer can review the basket and order again.": (
        "La commande n'a pas pu être passée : %(reason)s L'acheteur peut vérifier le panier et commander à nouveau."
    ),
    # views, checkout
    "Your order is above your limit: it was sent to your company's approvers.": (
        "Votre commande dépasse votre limite : elle a été transmise aux approbateurs de votre entreprise."
    ),
    "Your business account is open. You can now apply for payment terms.": (
        "Votre compte professionnel est ouvert. Vous pouvez maintenant demander le paiement à terme."
    ),
    "No Comptoir account uses this e-mail; ask your colleague to sign up first.": (
        "Aucun compte Comptoir n'utilise cet e-mail ; demandez d'abord à votre collègue de s'inscrire."
    ),
    "%(email)s joined the company.": "%(email)s a rejoint l'entreprise.",
    "Order placed on payment terms.": "Commande passée en paiement à terme.",
    "The request was rejected.": "La demande a été refusée.",
    "Payment recorded on %(n)s; the credit is released.": "Paiement enregistré sur %(n)s ; le crédit est libéré.",
    # invoice PDF
    "Invoice %(n)s": "Facture %(n)s",
    "SIREN %(s)s": "SIREN %(s)s",
    "VAT %(v)s": "N° de TVA %(v)s",
    "Company id %(s)s": "Identifiant de l'entreprise %(s)s",
    "Billed to": "Facturé à",
    "Invoice number: %(n)s": "Numéro de facture : %(n)s",
    "Issue date: %(d)s": "Date d'émission : %(d)s",
    "Due date: %(d)s (Net %(days)s)": "Date d'échéance : %(d)s (à %(days)s jours)",
    "Order: %(n)s": "Commande : %(n)s",
    "Purchase order: %(po)s": "Bon de commande : %(po)s",
    "Item": "Article",
    "Qty": "Qté",
    "Unit price incl. VAT": "Prix unitaire TTC",
    "Total incl. VAT": "Total TTC",
    "Total excl. VAT": "Total HT",
    "VAT %(rate)s%%": "TVA %(rate)s %%",
    "Late-payment fees": "Pénalités de retard",
    "Already paid or credited": "Déjà réglé ou crédité",
    "Amount due": "Montant dû",
    "By bank transfer to %(holder)s, IBAN %(iban)s, BIC %(bic)s, with the reference %(n)s.": (
        "Par virement à %(holder)s, IBAN %(iban)s, BIC %(bic)s, en indiquant la référence %(n)s."
    ),
    "Or by card or SEPA Direct Debit from your Comptoir account: %(url)s": (
        "Ou par carte ou prélèvement SEPA depuis votre compte Comptoir : %(url)s"
    ),
    "Payment due on %(d)s. No discount for early payment.": (
        "Paiement à l'échéance du %(d)s. Pas d'escompte pour paiement anticipé."
    ),
    "Late payment: penalties at %(rate)s%% of the amount due, plus a fixed recovery indemnity of %(fixed)s EUR "
    "(French Commercial Code, articles L441-10 and D441-5).": (
        "En cas de retard de paiement : pénalités de retard de %(rate)s %% du montant dû, et indemnité forfaitaire "
        "pour frais de recouvrement de %(fixed)s € (Code de commerce, articles L441-10 et D441-5)."
    ),
    "Prices include VAT at %(rate)s%%.": "Prix TTC, TVA au taux de %(rate)s %%.",
    "How to pay": "Modalités de paiement",
    # company pages
    "Apply for payment terms": "Demander le paiement à terme",
    "Pay %(company)s's orders by invoice, 15, 30 or 60 days after dispatch. Most applications get an answer at once.": (
        "Réglez les commandes de %(company)s sur facture, 15, 30 ou 60 jours après l'expédition. La plupart des "
        "demandes reçoivent une réponse immédiate."
    ),
    "Before you apply: how we decide": "Avant votre demande : comment nous décidons",
    "Company account": "Compte entreprise",
    "Credit limit": "Limite de crédit",
    "Used": "Encours",
    "Available": "Disponible",
    "Invoiced, not paid": "Facturé, non payé",
    "Overdue": "Échu",
    "Your company does not pay on terms yet.": "Votre entreprise ne bénéficie pas encore du paiement à terme.",
    "Latest application": "Dernière demande",
    "Ask for other terms": "Demander d'autres conditions",
    "Invoices": "Factures",
    "Invoice": "Facture",
    "Issued": "Émise le",
    "Due": "Échéance",
    "Due now": "Reste dû",
    "Invoices appear here when your orders on terms are dispatched.": (
        "Vos factures apparaissent ici dès l'expédition de vos commandes payées à terme."
    ),
    "Orders waiting for your approval": "Commandes en attente de votre approbation",
    "Note": "Commentaire",
    "Approve and place": "Approuver et commander",
    "My orders sent for approval": "Mes commandes soumises à approbation",
    "Members": "Membres",
    "E-mail": "E-mail",
    "Order limit": "Limite de commande",
    "Limit": "Limite",
    "Add": "Ajouter",
    "Download all the credit data we hold about the company (JSON)": (
        "Télécharger toutes les données de crédit que nous détenons sur l'entreprise (JSON)"
    ),
    "Open a business account": "Ouvrir un compte professionnel",
    "Order for your company with several colleagues, and pay by invoice once your payment terms are approved.": (
        "Commandez pour votre entreprise avec plusieurs collègues, et réglez sur facture une fois votre paiement "
        "à terme accepté."
    ),
    "Open the account": "Ouvrir le compte",
    # checkout panel
    "Paying for %(company)s": "Achat pour le compte de %(company)s",
    "Payment terms: Net %(days)s, invoiced when your order is dispatched.": (
        "Paiement à %(days)s jours, facturé à l'expédition de votre commande."
    ),
    "Available credit": "Crédit disponible",
    "This order is above your order limit: choosing pay by invoice sends it to your company's approvers first.": (
        "Cette commande dépasse votre limite de commande : avec le paiement sur facture, elle sera d'abord soumise "
        "aux approbateurs de votre entreprise."
    ),
    "Place the order on payment terms": "Commander en paiement à terme",
    # staff dashboard
    "Credit application of %(company)s": "Demande de crédit de %(company)s",
    "Told to the applicant:": "Message affiché au demandeur :",
    "Decisions (audit trail)": "Décisions (historique d'audit)",
    "automated": "automatique",
    "override by %(who)s": "décision manuelle de %(who)s",
    "Reason code": "Code motif",
    "Points": "Points",
    "Explanation": "Explication",
    "Scoring inputs": "Données de notation",
    "Bureau": "Agence de notation",
    "Override": "Décision manuelle",
    "Record the decision": "Enregistrer la décision",
    "All statuses": "Tous les statuts",
    "Limit asked": "Limite demandée",
    "Reason codes": "Codes motifs",
    "on hold": "suspendu",
    "Record a payment": "Enregistrer un paiement",
    "Reference": "Référence",
    "Record": "Enregistrer",
    "No invoice yet.": "Aucune facture pour le moment.",
    "Credit ledger": "Journal de crédit",
    "Used after": "Encours après",
    "No movement yet.": "Aucun mouvement pour le moment.",
    "Companies": "Entreprises",
    "Name or legal id": "Nom ou identifiant légal",
    "Hold": "Suspension",
    "No company.": "Aucune entreprise.",
    # e-mails
    "%(who)s wants to order %(amount)s EUR on payment terms, above their order limit.": (
        "%(who)s souhaite commander pour %(amount)s € en paiement à terme, au-delà de sa limite de commande."
    ),
    "Approve or reject it from your company account:": (
        "Approuvez ou refusez cette commande depuis le compte de votre entreprise :"
    ),
    "Order of %(amount)s EUR by %(who)s waits for your approval": (
        "Commande de %(amount)s € passée par %(who)s en attente de votre approbation"
    ),
    "Credit limit: %(limit)s EUR. Payment terms: %(days)s days after dispatch.": (
        "Limite de crédit : %(limit)s €. Délai de paiement : %(days)s jours après l'expédition."
    ),
    "Your company account:": "Le compte de votre entreprise :",
    "You may ask for a human review of this decision, or for an export of the data used, by replying to this e-mail.": (
        "Vous pouvez demander le réexamen de cette décision par un membre de notre équipe, ou un export des données "
        "utilisées, en répondant à cet e-mail."
    ),
    "Payment terms approved for %(company)s": "Paiement à terme accepté pour %(company)s",
    "Your application for payment terms is being reviewed": "Votre demande de paiement à terme est en cours d'examen",
    "Your application for payment terms": "Votre demande de paiement à terme",
    "Invoice %(number)s was not paid on its due date: %(fees)s EUR of late-payment fees (fixed indemnity and "
    "interest) were added.": (
        "La facture %(number)s n'a pas été réglée à son échéance : %(fees)s € de pénalités de retard (indemnité "
        "forfaitaire pour frais de recouvrement et intérêts) y ont été ajoutés."
    ),
    "Invoice %(number)s was due on %(due)s and is still unpaid.": (
        "La facture %(number)s était à régler le %(due)s et reste impayée."
    ),
    "Invoice %(number)s is due on %(due)s.": "La facture %(number)s est à régler le %(due)s.",
    "Amount due: %(amount)s EUR.": "Montant dû : %(amount)s €.",
    "Pay by bank transfer with the reference %(number)s, or by card from your company account:": (
        "Réglez par virement en indiquant la référence %(number)s, ou par carte depuis le compte de votre entreprise :"
    ),
    "New orders on payment terms are held while an invoice is overdue for too long.": (
        "Les nouvelles commandes en paiement à terme sont suspendues tant qu'une facture reste impayée trop "
        "longtemps après son échéance."
    ),
    "Late-payment fees added to invoice %(number)s": "Pénalités de retard ajoutées à la facture %(number)s",
    "Overdue: invoice %(number)s": "Relance : facture %(number)s échue et impayée",
    "Invoice %(number)s is due today": "La facture %(number)s arrive à échéance aujourd'hui",
    "Reminder: invoice %(number)s is due on %(due)s": "Rappel : la facture %(number)s arrive à échéance le %(due)s",
    "Your order %(order)s has been dispatched. Invoice %(number)s of %(total)s EUR is attached; "
    "it is due on %(due)s.": (
        "Votre commande %(order)s a été expédiée. Vous trouverez ci-joint la facture %(number)s d'un montant de "
        "%(total)s €, à régler au plus tard le %(due)s."
    ),
    "Your purchase order: %(po)s": "Votre bon de commande : %(po)s",
    "Invoices and remaining credit:": "Vos factures et votre crédit disponible :",
    "Invoice %(number)s, due on %(due)s": "Facture %(number)s, à régler au plus tard le %(due)s",
}

PLURALS: dict[str, tuple[str, str]] = {}

# Added by the lead after the first pass.
FRENCH.update(
    {
        "Send my application": "Envoyer ma demande",
        "Movement": "Mouvement",
        "No credit application yet.": "Aucune demande de crédit pour l'instant.",
        "Paid in full": "Payée",
        "Net %(days)s": "À %(days)s jours",
        "PO": "BC",
        "Business": "Espace entreprise",
        "Invoice %(n)s has nothing left to pay.": "La facture %(n)s est entièrement réglée.",
        "Pay %(amount)s now:": "Payer %(amount)s maintenant :",
        "Thank you: invoice %(n)s is paid and your credit is available again.": (
            "Merci : la facture %(n)s est réglée et votre crédit est de nouveau disponible."
        ),
        "Your payment is being processed; the invoice is updated as soon as it clears.": (
            "Votre paiement est en cours de traitement ; la facture sera mise à jour dès son encaissement."
        ),
        "Total, to pay by invoice:": "Total, à régler sur facture :",
        "Your invoice is sent when the sellers dispatch your items; it is due at the end of your company's payment terms.": (  # noqa: E501
            "Votre facture vous est envoyée à l'expédition de vos articles ; elle est payable au terme du délai de "
            "paiement de votre entreprise."
        ),
    }
)
