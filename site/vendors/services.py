"""State-changing operations of the marketplace. Every function is keyword-only and transactional."""

import hashlib
import secrets
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.text import slugify
from oscar.core.loading import get_model

from core import signals

from .models import (
    ApiToken,
    CategoryCommission,
    FulfilmentGroup,
    LedgerEntry,
    PayoutStatement,
    StockChange,
    VendorApplication,
    VendorProfile,
)

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")

TOKEN_PREFIX = "cpt_"  # noqa: S105  (a public marker, not a secret)


# ---------------------------------------------------------------------------
# API tokens
# ---------------------------------------------------------------------------
def _hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def api_token_create(*, partner, name: str, created_by) -> tuple[ApiToken, str]:
    """Create a token; the raw secret is returned once and never stored."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        partner=partner,
        name=name,
        prefix=raw[: len(TOKEN_PREFIX) + 6],
        token_hash=_hash_token(raw),
        created_by=created_by,
    )
    return token, raw


def api_token_revoke(*, token: ApiToken) -> None:
    ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=timezone.now())


def api_token_authenticate(*, raw: str) -> ApiToken | None:
    if not raw or not raw.startswith(TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("partner").filter(token_hash=_hash_token(raw), revoked_at__isnull=True).first()
    )
    if token is not None:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token


# ---------------------------------------------------------------------------
# Stock and price
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class StockUpdate:
    stockrecord_id: int
    price: Decimal | None = None
    num_in_stock: int | None = None


@dataclass(frozen=True)
class NewProduct:
    """A product a vendor's sheet creates: an unknown SKU with a title and an existing category."""

    sku: str
    title: str
    category_id: int
    price: Decimal
    num_in_stock: int
    description: str = ""


def stock_sheet_apply(
    *, partner, updates: list[StockUpdate], creations: list[NewProduct], user=None, source: str
) -> tuple[list[StockChange], list[int]]:
    """Apply a validated sheet: update known SKUs and create the new products, all or nothing."""
    with transaction.atomic():
        changes = stock_apply(partner=partner, updates=updates, user=user, source=source)
        product_ids = [product_create_for_vendor(partner=partner, new=new) for new in creations]
    if product_ids:
        transaction.on_commit(lambda: reindex_products(product_ids=product_ids))
    return changes, product_ids


def product_create_for_vendor(*, partner, new: NewProduct) -> int:
    """Create a standalone "Standard" product with ``partner``'s stock record; return its id."""
    from core.sanitize import clean_rich_text

    Product = get_model("catalogue", "Product")
    ProductClass = get_model("catalogue", "ProductClass")
    ProductCategory = get_model("catalogue", "ProductCategory")
    with transaction.atomic():
        product_class, _created = ProductClass.objects.get_or_create(name="Standard")
        product = Product.objects.create(
            title=new.title,
            slug=slugify(new.title)[:255] or "product",
            product_class=product_class,
            structure=Product.STANDALONE,
            description=clean_rich_text(new.description) if new.description else "",
        )
        ProductCategory.objects.create(product=product, category_id=new.category_id)
        StockRecord.objects.create(
            partner=partner, product=product, partner_sku=new.sku, price=new.price, num_in_stock=new.num_in_stock
        )
    return product.pk


def stock_apply(*, partner, updates: list[StockUpdate], user=None, token=None, source: str) -> list[StockChange]:
    """Apply price/stock updates to ``partner``'s stock records, all or nothing.

    The rows are locked (SELECT … FOR UPDATE) in id order before they are read, so two concurrent updates of
    one record are serialised and each change is logged against the value it really replaced.
    """
    ids = sorted({u.stockrecord_id for u in updates})
    with transaction.atomic():
        records = {
            r.pk: r
            for r in StockRecord.objects.select_for_update()
            .filter(pk__in=ids, partner=partner)
            .order_by("pk")
            .only("pk", "price", "num_in_stock", "product_id", "partner_id", "date_updated")
        }
        if len(records) != len(ids):
            raise PermissionDenied("stock record of another vendor")
        changes, changed_records, price_changed, stock_changed = [], [], False, False
        now = timezone.now()
        for update in updates:
            record = records[update.stockrecord_id]
            new_price = record.price if update.price is None else update.price
            new_stock = record.num_in_stock if update.num_in_stock is None else update.num_in_stock
            if new_price == record.price and new_stock == record.num_in_stock:
                continue
            price_changed |= new_price != record.price
            stock_changed |= new_stock != record.num_in_stock
            changes.append(
                StockChange(
                    stockrecord_id=record.pk,
                    partner=partner,
                    user=user,
                    token=token,
                    source=source,
                    old_price=record.price,
                    new_price=new_price,
                    old_stock=record.num_in_stock,
                    new_stock=new_stock,
                )
            )
            record.price, record.num_in_stock, record.date_updated = new_price, new_stock, now
            changed_records.append(record)
        fields = ["price"] * price_changed + ["num_in_stock"] * stock_changed
        if changed_records:
            StockRecord.objects.bulk_update(changed_records, [*fields, "date_updated"], batch_size=1000)
            StockChange.objects.bulk_create(changes, batch_size=1000)
            product_ids = sorted({r.product_id for r in changed_records})
            transaction.on_commit(lambda: reindex_products(product_ids=product_ids))
    return changes


def reindex_products(*, product_ids: list[int]) -> None:
    """Refresh the search index entries of the products whose price or stock changed."""
    from .tasks import reindex_products as task

    if len(product_ids) > 50:
        task.delay(product_ids)
    else:
        reindex_products_now(product_ids=product_ids)


def reindex_products_now(*, product_ids: list[int]) -> None:
    from modelsearch.index import insert_or_update_object

    Product = get_model("catalogue", "Product")
    for product in Product.objects.filter(pk__in=product_ids):
        insert_or_update_object(product)


# ---------------------------------------------------------------------------
# Vendor shipping
# ---------------------------------------------------------------------------
def vendor_shipping_update(
    *, profile: VendorProfile, shipping_charge: Decimal, free_shipping_above: Decimal | None
) -> VendorProfile:
    """Set a vendor's flat shipping charge and free-shipping threshold (None: never free)."""
    if shipping_charge < 0 or (free_shipping_above is not None and free_shipping_above < 0):
        raise ValueError("shipping amounts cannot be negative")
    with transaction.atomic():
        VendorProfile.objects.filter(pk=profile.pk).update(
            shipping_charge=shipping_charge, free_shipping_above=free_shipping_above
        )
    profile.shipping_charge, profile.free_shipping_above = shipping_charge, free_shipping_above
    return profile


# ---------------------------------------------------------------------------
# Vendor onboarding
# ---------------------------------------------------------------------------
def _unique_slug(name: str) -> str:
    base = slugify(name)[:100] or "vendor"
    slug, n = base, 1
    while VendorProfile.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def vendor_profile_for(*, partner) -> VendorProfile:
    profile = VendorProfile.objects.filter(partner=partner).first()
    return profile or VendorProfile.objects.create(partner=partner, slug=_unique_slug(partner.name))


def application_approve(*, application: VendorApplication, reviewer) -> VendorApplication:
    from django.contrib.auth import get_user_model

    from .emails import send_application_decision

    with transaction.atomic():
        application = VendorApplication.objects.select_for_update().get(pk=application.pk)
        if application.status == VendorApplication.APPROVED:
            return application
        partner = Partner.objects.create(name=application.company_name)
        VendorProfile.objects.create(
            partner=partner,
            slug=_unique_slug(application.company_name),
            description=application.description,
            payout_iban=application.payout_iban,
        )
        User = get_user_model()
        user = User.objects.filter(email__iexact=application.email).first()
        if user is None:
            user = User.objects.create_user(email=application.email, password=None)
        user.user_permissions.add(
            Permission.objects.get(codename="dashboard_access", content_type__app_label="partner")
        )
        partner.users.add(user)
        application.status = VendorApplication.APPROVED
        application.partner, application.user = partner, user
        application.reviewed_by, application.reviewed_at = reviewer, timezone.now()
        application.save()
        transaction.on_commit(lambda: send_application_decision(application=application))
    return application


def application_decide(*, application: VendorApplication, reviewer, status: str, message: str) -> VendorApplication:
    """Reject or ask for more information, with a message to the applicant."""
    from .emails import send_application_decision

    if status not in (VendorApplication.REJECTED, VendorApplication.MORE_INFO):
        raise ValueError(status)
    with transaction.atomic():
        application = VendorApplication.objects.select_for_update().get(pk=application.pk)
        if application.status == VendorApplication.APPROVED:
            raise ValueError("already approved")
        application.status, application.review_message = status, message
        application.reviewed_by, application.reviewed_at = reviewer, timezone.now()
        application.save()
        transaction.on_commit(lambda: send_application_decision(application=application))
    return application


# ---------------------------------------------------------------------------
# Fulfilment
# ---------------------------------------------------------------------------
def fulfilment_groups_for_order(*, order) -> list[FulfilmentGroup]:
    """One group per vendor with lines in ``order`` (idempotent), each with its part of the shipping charge."""
    from .selectors import order_shipping_split

    split = order_shipping_split(order=order)
    groups = []
    for partner_id in sorted(split):
        group, _created = FulfilmentGroup.objects.get_or_create(
            order=order, partner_id=partner_id, defaults={"shipping_charge": split[partner_id]}
        )
        if group.shipping_charge is None:  # a group from before the charge was split
            FulfilmentGroup.objects.filter(pk=group.pk, shipping_charge__isnull=True).update(
                shipping_charge=split[partner_id]
            )
            group.shipping_charge = split[partner_id]
        groups.append(group)
    return groups


def _set_group_status(
    *, group: FulfilmentGroup, allowed_from: tuple[str, ...], status: str, **fields
) -> FulfilmentGroup:
    with transaction.atomic():
        group = FulfilmentGroup.objects.select_for_update().get(pk=group.pk)
        if group.status == status:
            return group
        if group.status not in allowed_from:
            raise ValueError(f"cannot go from {group.status} to {status}")
        group.status = status
        for name, value in fields.items():
            setattr(group, name, value)
        group.save()
    return group


def fulfilment_confirm(*, group: FulfilmentGroup) -> FulfilmentGroup:
    return _set_group_status(group=group, allowed_from=(FulfilmentGroup.PENDING,), status=FulfilmentGroup.CONFIRMED)


def fulfilment_ship(*, group: FulfilmentGroup, carrier: str, tracking_number: str) -> FulfilmentGroup:
    from .emails import send_shipped

    group = _set_group_status(
        group=group,
        allowed_from=(FulfilmentGroup.PENDING, FulfilmentGroup.CONFIRMED),
        status=FulfilmentGroup.SHIPPED,
        carrier=carrier,
        tracking_number=tracking_number,
        shipped_at=timezone.now(),
    )
    lines = list(group.order.lines.filter(partner=group.partner))
    transaction.on_commit(lambda: send_shipped(group=group))
    transaction.on_commit(
        lambda: signals.fulfilment_changed.send(
            sender=FulfilmentGroup, order=group.order, partner=group.partner, lines=lines, status="shipped"
        )
    )
    return group


def fulfilment_cancel(*, group: FulfilmentGroup, user, reason: str) -> FulfilmentGroup:
    """Cancel the vendor's lines; the shopper is refunded by the payment layer, or the refund is recorded pending."""
    group = _set_group_status(
        group=group, allowed_from=(FulfilmentGroup.PENDING, FulfilmentGroup.CONFIRMED), status=FulfilmentGroup.CANCELLED
    )
    lines = [(line, line.quantity) for line in group.order.lines.filter(partner=group.partner)]
    service_path = getattr(settings, "PAYMENT_REFUND_SERVICE", "")
    if service_path:
        import_string(service_path)(order=group.order, lines=lines, reason=reason, initiated_by=user)
    else:
        amount = sum((line.line_price_incl_tax for line, _qty in lines), Decimal("0"))
        ledger_record_refund(
            order=group.order, amount=amount, reference=f"cancel:{group.pk}", lines=lines, pending=True
        )
    return group


def fulfilment_notify_new_order(*, order) -> int:
    """E-mail every vendor with lines in ``order``, once per vendor per order; returns how many were e-mailed.

    Each group is claimed under a row lock, so a second delivery of the payment signal (or a retried task, or two
    workers at once) finds it already notified. A failed send rolls the claim back and the task can retry.
    """
    from .emails import send_new_order

    sent = 0
    for group in fulfilment_groups_for_order(order=order):
        with transaction.atomic():
            group = FulfilmentGroup.objects.select_for_update().select_related("order", "partner").get(pk=group.pk)
            if group.vendor_notified_at is not None:
                continue
            send_new_order(group=group)
            group.vendor_notified_at = timezone.now()
            group.save(update_fields=["vendor_notified_at", "updated"])
            sent += 1
    return sent


# ---------------------------------------------------------------------------
# Ledger (integer cents, debits positive, credits negative; every transaction sums to zero)
# ---------------------------------------------------------------------------
CASH, COMMISSION, PLATFORM, REFUNDS_PAYABLE = "cash", "commission", "platform", "refunds_payable"


def cents(amount: Decimal) -> int:
    return int((Decimal(amount) * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def vendor_account(partner_id: int) -> str:
    return f"vendor:{partner_id}"


def commission_rate(*, partner_id: int, product) -> Decimal:
    category_ids = list(product.categories.values_list("pk", flat=True)) if product is not None else []
    if category_ids:
        override = (
            CategoryCommission.objects.filter(partner_id=partner_id, category_id__in=category_ids)
            .order_by("-rate")
            .values_list("rate", flat=True)
            .first()
        )
        if override is not None:
            return override
    profile = VendorProfile.objects.filter(partner_id=partner_id).values_list("commission_rate", flat=True).first()
    return profile if profile is not None else VendorProfile._meta.get_field("commission_rate").default


def _post(*, transaction_id: str, kind: str, order, legs: dict[str, int], pending: bool = False) -> bool:
    """Write one balanced transaction; False when it was already written (idempotent on transaction_id)."""
    legs = {account: amount for account, amount in legs.items() if amount}
    if sum(legs.values()) != 0:
        raise ValueError(f"unbalanced transaction {transaction_id}: {legs}")
    if LedgerEntry.objects.filter(transaction=transaction_id).exists():
        return False
    LedgerEntry.objects.bulk_create(
        LedgerEntry(
            transaction=transaction_id,
            kind=kind,
            account=account,
            partner_id=int(account.split(":")[1]) if account.startswith("vendor:") else None,
            amount_cents=amount,
            order=order,
            pending=pending,
        )
        for account, amount in legs.items()
    )
    return True


def _vendor_shares(lines) -> dict[int, tuple[int, int]]:
    """partner id → (gross cents, commission cents) for (line, quantity) pairs."""
    shares: dict[int, tuple[int, int]] = {}
    for line, quantity in lines:
        if not line.partner_id:
            continue
        gross = cents(line.line_price_incl_tax * quantity / line.quantity)
        commission = cents(Decimal(gross) / 100 * commission_rate(partner_id=line.partner_id, product=line.product))
        old = shares.get(line.partner_id, (0, 0))
        shares[line.partner_id] = (old[0] + gross, old[1] + commission)
    return shares


def ledger_record_order_paid(*, order, amount: Decimal, reference: str) -> None:
    with transaction.atomic():
        total = cents(amount)
        shares = _vendor_shares([(line, line.quantity) for line in order.lines.all()])
        legs = {CASH: total, PLATFORM: -(total - sum(g for g, _c in shares.values()))}
        for partner_id, (gross, _commission) in shares.items():
            legs[vendor_account(partner_id)] = -gross
        if not _post(
            transaction_id=f"paid:{order.number}:{reference}", kind=LedgerEntry.ORDER_PAID, order=order, legs=legs
        ):
            return
        for partner_id, (_gross, commission) in shares.items():
            _post(
                transaction_id=f"commission:{order.number}:{reference}:{partner_id}",
                kind=LedgerEntry.COMMISSION,
                order=order,
                legs={vendor_account(partner_id): commission, COMMISSION: -commission},
            )
        fulfilment_groups_for_order(order=order)


def ledger_record_refund(*, order, amount: Decimal, reference: str, lines, pending: bool = False) -> None:
    """A refund of ``lines`` ((line, quantity) pairs): vendors give back their share, the platform its commission."""
    with transaction.atomic():
        total = cents(amount)
        shares = _vendor_shares(lines)
        counter = REFUNDS_PAYABLE if pending else CASH
        legs = {counter: -total, PLATFORM: total - sum(g for g, _c in shares.values())}
        for partner_id, (gross, commission) in shares.items():
            # the vendor gives back gross minus the commission it had paid; the platform gives the commission back
            legs[vendor_account(partner_id)] = gross - commission
            legs[COMMISSION] = legs.get(COMMISSION, 0) + commission
        _post(
            transaction_id=f"refund:{order.number}:{reference}",
            kind=LedgerEntry.REFUND,
            order=order,
            legs=legs,
            pending=pending,
        )


def account_balance(*, account: str) -> int:
    return LedgerEntry.objects.filter(account=account).aggregate(total=Sum("amount_cents"))["total"] or 0


def statement_create(*, partner, period_start, period_end) -> PayoutStatement:
    """Gather the vendor's ledger entries not yet on a statement (up to ``period_end``) into a statement."""
    period_end = period_end or timezone.now()
    with transaction.atomic():
        Partner.objects.select_for_update().filter(pk=partner.pk).first()  # one statement run per vendor at a time
        entries = LedgerEntry.objects.filter(
            account=vendor_account(partner.pk), statement__isnull=True, created__lte=period_end
        ).exclude(kind=LedgerEntry.PAYOUT)
        if period_start:
            entries = entries.filter(created__gte=period_start)
        owed = -(entries.aggregate(total=Sum("amount_cents"))["total"] or 0)
        statement = PayoutStatement.objects.create(
            partner=partner, period_start=period_start, period_end=period_end, amount_cents=owed
        )
        entries.update(statement=statement)
    return statement


def statement_mark_paid(*, statement: PayoutStatement, user, gateway_name: str | None = None) -> PayoutStatement:
    from .payouts import get_gateway

    with transaction.atomic():
        statement = PayoutStatement.objects.select_for_update().select_related("partner").get(pk=statement.pk)
        if statement.status == PayoutStatement.PAID:
            return statement
        gateway = get_gateway(gateway_name)
        reference = gateway.pay(statement=statement) if statement.amount_cents > 0 else ""
        _post(
            transaction_id=f"payout:{statement.pk}",
            kind=LedgerEntry.PAYOUT,
            order=None,
            legs={vendor_account(statement.partner_id): statement.amount_cents, CASH: -statement.amount_cents},
        )
        LedgerEntry.objects.filter(transaction=f"payout:{statement.pk}").update(statement=statement)
        statement.status, statement.paid_at, statement.paid_by = PayoutStatement.PAID, timezone.now(), user
        statement.gateway, statement.gateway_reference = gateway.name, reference
        statement.save()
    return statement
