"""Vendors: which Olist sellers become Oscar partners, what they are called, and their dashboard users.

Olist anonymised its sellers down to an id, a zip prefix, a city and a state.
A vendor's name is made from its city (cleaned up and accented: "sao paulo /
sp" -> "São Paulo") and from what it sells most ("Campinas Home Supply",
"Atelier Curitiba"). Names are chosen for every seller of the file in a fixed
order, so a seller keeps its name whether 50 or 3,095 vendors are loaded.
"""

import re
from collections import Counter
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from oscar.core.loading import get_model

from shop.demo.olist import OlistData, OlistSeller
from shop.demo.randomness import stable_random
from shop.demo.taxonomy import department_of

Partner = get_model("partner", "Partner")

VENDOR_EMAIL_DOMAIN = "comptoir.localhost"
BATCH_SIZE = 500

STATE_NAMES = {
    "AC": "Acre",
    "AL": "Alagoas",
    "AM": "Amazonas",
    "AP": "Amapá",
    "BA": "Bahia",
    "CE": "Ceará",
    "DF": "Distrito Federal",
    "ES": "Espírito Santo",
    "GO": "Goiás",
    "MA": "Maranhão",
    "MG": "Minas Gerais",
    "MS": "Mato Grosso do Sul",
    "MT": "Mato Grosso",
    "PA": "Pará",
    "PB": "Paraíba",
    "PE": "Pernambuco",
    "PI": "Piauí",
    "PR": "Paraná",
    "RJ": "Rio de Janeiro",
    "RN": "Rio Grande do Norte",
    "RO": "Rondônia",
    "RR": "Roraima",
    "RS": "Rio Grande do Sul",
    "SC": "Santa Catarina",
    "SE": "Sergipe",
    "SP": "São Paulo",
    "TO": "Tocantins",
}

# Misspellings and abbreviations sellers typed, mapped to the city they meant.
CITY_ALIASES = {
    "sp": "sao paulo",
    "sao paluo": "sao paulo",
    "sao paulop": "sao paulo",
    "sao pauo": "sao paulo",
    "sbc": "sao bernardo do campo",
    "sao bernardo do capo": "sao bernardo do campo",
    "ao bernardo do campo": "sao bernardo do campo",
    "belo horizont": "belo horizonte",
    "ribeirao pretp": "ribeirao preto",
    "riberao preto": "ribeirao preto",
    "robeirao preto": "ribeirao preto",
    "sao jose do rio pret": "sao jose do rio preto",
    "s jose do rio preto": "sao jose do rio preto",
    "sao jose dos pinhas": "sao jose dos pinhais",
    "mogi das cruses": "mogi das cruzes",
    "floranopolis": "florianopolis",
    "garulhos": "guarulhos",
    "cascavael": "cascavel",
    "sando andre": "santo andre",
    "balenario camboriu": "balneario camboriu",
    "tabao da serra": "taboao da serra",
    "portoferreira": "porto ferreira",
    "scao jose do rio pardo": "sao jose do rio pardo",
    "juzeiro do norte": "juazeiro do norte",
    "santa barbara d oeste": "santa barbara d'oeste",
}

# Accents the sellers' ASCII spelling dropped, word by word.
ACCENTED_WORDS = {
    "andre": "André",
    "angelo": "Ângelo",
    "antonio": "Antônio",
    "aracatuba": "Araçatuba",
    "araguari": "Araguari",
    "araucaria": "Araucária",
    "avare": "Avaré",
    "bage": "Bagé",
    "balneario": "Balneário",
    "barbara": "Bárbara",
    "braganca": "Bragança",
    "camboriu": "Camboriú",
    "chapeco": "Chapecó",
    "cuiaba": "Cuiabá",
    "gonçalves": "Gonçalves",
    "goncalves": "Gonçalves",
    "goncalo": "Gonçalo",
    "guacu": "Guaçu",
    "guaruja": "Guarujá",
    "iguacu": "Iguaçu",
    "itajai": "Itajaí",
    "jacarei": "Jacareí",
    "jau": "Jaú",
    "jose": "José",
    "jundiai": "Jundiaí",
    "luis": "Luís",
    "maringa": "Maringá",
    "marilia": "Marília",
    "maua": "Mauá",
    "niteroi": "Niterói",
    "parana": "Paraná",
    "parnaiba": "Parnaíba",
    "poa": "Poá",
    "sumare": "Sumaré",
    "taboao": "Taboão",
    "tatui": "Tatuí",
    "taubate": "Taubaté",
    "tiete": "Tietê",
    "vitoria": "Vitória",
    "criciuma": "Criciúma",
    "araxa": "Araxá",
    "itauna": "Itaúna",
    "carapicuiba": "Carapicuíba",
    "piaui": "Piauí",
    "goias": "Goiás",
    "ceara": "Ceará",
    "para": "Pará",
    "mage": "Magé",
    "macae": "Macaé",
    "ilheus": "Ilhéus",
    "embu": "Embu",
    "lencois": "Lençóis",
    "patrocinio": "Patrocínio",
    "jaragua": "Jaraguá",
    "guaira": "Guaíra",
    "coracoes": "Corações",
    "pocos": "Poços",
    "sapucai": "Sapucaí",
    "conceicao": "Conceição",
    "brasilia": "Brasília",
    "goiania": "Goiânia",
    "luziania": "Luziânia",
    "paulinia": "Paulínia",
    "aguas": "Águas",
    "jaguariuna": "Jaguariúna",
    "olimpia": "Olímpia",
    "concordia": "Concórdia",
    "muriae": "Muriaé",
    "guaratingueta": "Guaratinguetá",
    "ararangua": "Araranguá",
    "aruja": "Arujá",
    "palhoca": "Palhoça",
    "cacador": "Caçador",
    "itaborai": "Itaboraí",
    "icara": "Içara",
    "ibirite": "Ibirité",
    "irece": "Irecê",
    "garca": "Garça",
    "eusebio": "Eusébio",
    "mairipora": "Mairiporã",
    "cananeia": "Cananéia",
    "pompeia": "Pompéia",
    "braco": "Braço",
    "corregos": "Córregos",
    "claudio": "Cláudio",
    "cesar": "César",
    "candido": "Cândido",
    "procopio": "Procópio",
    "perdoes": "Perdões",
    "buzios": "Búzios",
    "missoes": "Missões",
    "estancia": "Estância",
    "tamandare": "Tamandaré",
    "alvares": "Álvares",
    "janauba": "Janaúba",
    "guanhaes": "Guanhães",
    "paranavai": "Paranavaí",
    "paraiba": "Paraíba",
    "paraiso": "Paraíso",
    "itau": "Itaú",
    "tres": "Três",
    "cambe": "Cambé",
    "guara": "Guará",
    "sorocaba": "Sorocaba",
    "uberlandia": "Uberlândia",
}
# Districts of the cities with the most sellers: a shop in São Paulo is as likely to be known by its
# neighbourhood ("Vila Madalena Boutique") as by the city, and the city alone cannot name hundreds of shops.
DISTRICTS = {
    "São Paulo": (
        "Pinheiros",
        "Mooca",
        "Vila Madalena",
        "Liberdade",
        "Moema",
        "Tatuapé",
        "Lapa",
        "Ipiranga",
        "Bom Retiro",
        "Santana",
        "Perdizes",
        "Butantã",
        "Brás",
        "Vila Mariana",
        "Itaim Bibi",
        "Jardins",
        "Penha",
        "Saúde",
    ),
    "Rio de Janeiro": ("Copacabana", "Botafogo", "Tijuca", "Ipanema", "Méier", "Barra da Tijuca", "Flamengo"),
    "Curitiba": ("Batel", "Água Verde", "Portão", "Santa Felicidade", "Bigorrilho", "Boqueirão"),
    "Belo Horizonte": ("Savassi", "Funcionários", "Lourdes", "Pampulha", "Santa Tereza"),
}
# Small words that stay lower case inside a Brazilian place name.
PLACE_PARTICLES = frozenset({"da", "das", "de", "del", "do", "dos", "e"})
STATE_CODES = frozenset(code.lower() for code in STATE_NAMES)

# What a vendor calls itself, by the department it sells most in:
# suffixes read "<place> <suffix>", prefixes read "<prefix> <place>".
TRADE_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "home-living": (
        ("Home Supply", "Interiors", "Living", "Home Store", "Linen House", "Decor"),
        ("Atelier", "Maison"),
    ),
    "appliances": (("Appliances", "Electro", "Home Tech", "Kitchen Pro"), ("Eletro",)),
    "electronics-computers": (("Tech", "Digital", "Electronics", "Gadgets", "Computers", "Connect"), ("Digital",)),
    "fashion": (("Boutique", "Style", "Outfitters", "Leather Co.", "Wardrobe"), ("Atelier", "Maison", "Boutique")),
    "beauty-wellbeing": (("Beauty Bar", "Beauty", "Apothecary", "Wellness", "Cosmetics"), ("Botica",)),
    "sports-outdoors": (("Sports", "Outdoor", "Athletics", "Fitness", "Active"), ("Arena",)),
    "kids-baby": (("Kids", "Baby Store", "Toy Box", "Little Ones"), ("Mundo",)),
    "books-music-film": (("Books", "Bookshop", "Records", "Music House", "Media"), ("Livraria",)),
    "tools-garden": (("Tools", "Hardware", "Garden Centre", "Building Supply", "Toolworks"), ("Ferragens",)),
    "grocery-drinks": (("Pantry", "Delicatessen", "Coffee Co.", "Fine Foods", "Provisions"), ("Mercado",)),
    "office-business": (("Office Supply", "Business Supply", "Stationers", "Industrial"), ("Papelaria",)),
    "auto-moto": (("Auto Parts", "Motors", "Car Care", "Auto Supply"), ("Auto",)),
    "pets": (("Pet Shop", "Pets", "Pet Supply"), ("Pet",)),
    "gifts-party": (("Gifts", "Gift Shop", "Party Store", "Curiosities"), ("Presentes",)),
    "other-finds": (("Finds", "Bazaar", "Variety Store"), ("Bazar",)),
}
PLACE_SUFFIXES = ("Trading Co.", "Market", "Store", "Goods", "Supply")
PLACE_PREFIXES = ("Casa", "Empório", "Armazém", "Loja")
FAMILY_SUFFIXES = ("& Filhos", "& Co.", "Store", "Trading Co.")
SURNAMES = (
    "Almeida",
    "Araújo",
    "Azevedo",
    "Barbosa",
    "Barros",
    "Batista",
    "Campos",
    "Cardoso",
    "Carvalho",
    "Castro",
    "Correia",
    "Costa",
    "Cunha",
    "Dias",
    "Duarte",
    "Fernandes",
    "Ferreira",
    "Freitas",
    "Gomes",
    "Lima",
    "Lopes",
    "Machado",
    "Marques",
    "Martins",
    "Medeiros",
    "Mendes",
    "Monteiro",
    "Moreira",
    "Moura",
    "Nascimento",
    "Nunes",
    "Oliveira",
    "Pereira",
    "Pinto",
    "Ramos",
    "Reis",
    "Ribeiro",
    "Rocha",
    "Rodrigues",
    "Santos",
    "Silva",
    "Soares",
    "Souza",
    "Teixeira",
    "Vieira",
)


@dataclass(frozen=True)
class VendorPlan:
    seller: OlistSeller
    name: str
    place: str  # cleaned city name, e.g. "São Paulo"
    department_key: str  # where it sells most; a likely one when it sold nothing in the data

    @property
    def code(self) -> str:
        """Partner.code: the Olist seller id, the stable key that makes loading idempotent."""
        return self.seller.seller_id

    @property
    def email(self) -> str:
        return vendor_email(partner_code=self.code)


def vendor_email(*, partner_code: str) -> str:
    return f"vendor-{partner_code}@{VENDOR_EMAIL_DOMAIN}"


def place_name(*, city: str, state: str) -> str:
    """A readable city name from what the seller typed, or the state's name when it is not a city."""
    text = city.strip().lower().replace("\u00b4", "'")  # an acute accent typed for an apostrophe
    if not text or "@" in text or any(character.isdigit() for character in text):
        return STATE_NAMES.get(state, state)
    # "lages - sc", "auriflama/sp", "rio de janeiro \\rio de janeiro", "novo hamburgo, rio grande do sul"
    text = re.split(r"\s*[/\\,(]\s*|\s+-\s*|-(?=[a-z]{2}$)", text)[0]
    words = text.split()
    if len(words) > 1 and words[-1] in STATE_CODES:  # "brasilia df"
        words = words[:-1]
    text = CITY_ALIASES.get(" ".join(words), " ".join(words))
    if text in STATE_CODES:
        return STATE_NAMES.get(text.upper(), text.upper())
    return " ".join(_place_word(word, first=index == 0) for index, word in enumerate(text.split()))


def _place_word(word: str, *, first: bool) -> str:
    if word in ACCENTED_WORDS:
        return ACCENTED_WORDS[word]
    if not first and word in PLACE_PARTICLES:
        return word
    if word.startswith("d'"):  # "santa barbara d'oeste"
        return "d'" + word[2:].capitalize()
    # Portuguese endings whose accents are predictable: São, Ribeirão, Florianópolis, Uberlândia.
    for plain, accented in (("cao", "ção"), ("ao", "ão"), ("opolis", "ópolis"), ("landia", "lândia")):
        if word.endswith(plain) and len(word) > len(plain):
            word = word[: -len(plain)] + accented
            break
    if word == "sao":
        word = "são"
    return word.capitalize()


def vendor_ranking(*, data: OlistData) -> list[OlistSeller]:
    """Sellers with the most order items first, so that the products loaded map to real sellers."""
    sold = data.items_per_seller
    return sorted(data.sellers, key=lambda seller: (-sold[seller.seller_id], seller.seller_id))


def main_department(*, data: OlistData) -> dict[str, str]:
    """The department each seller sold most in (ties go to the department listed first)."""
    counts: dict[str, Counter[str]] = {}
    for item in data.order_items:
        product = data.products_by_id.get(item.product_id)
        if product is None:
            continue
        counts.setdefault(item.seller_id, Counter())[department_of(olist_code=product.category_code).key] += 1
    return {seller_id: counter.most_common(1)[0][0] for seller_id, counter in counts.items()}


def likely_department(*, seller_id: str, catalogue_share: Counter[str]) -> str:
    """A department for a seller that sold nothing in the data, drawn in proportion to the catalogue."""
    keys = sorted(catalogue_share)
    weights = [catalogue_share[key] for key in keys]
    return stable_random("vendor-department", seller_id).choices(keys, weights=weights)[0]


def vendor_plans(*, data: OlistData, count: int | None) -> list[VendorPlan]:
    """The ``count`` best-selling sellers (all when None), each with a unique, stable name."""
    departments = main_department(data=data)
    catalogue_share = Counter(department_of(olist_code=product.category_code).key for product in data.products)
    taken: set[str] = set()
    plans = []
    for seller in vendor_ranking(data=data):  # names are given to every seller, in rank order
        place = place_name(city=seller.city, state=seller.state)
        department_key = departments.get(seller.seller_id) or likely_department(
            seller_id=seller.seller_id, catalogue_share=catalogue_share
        )
        name = _unique_vendor_name(seller=seller, place=place, department_key=department_key, taken=taken)
        taken.add(name)
        plans.append(VendorPlan(seller=seller, name=name, place=place, department_key=department_key))
    return plans if count is None else plans[:count]


def _unique_vendor_name(*, seller: OlistSeller, place: str, department_key: str, taken: set[str]) -> str:
    draw = stable_random("vendor-name", seller.seller_id)
    suffixes, prefixes = TRADE_WORDS[department_key]
    places = (place, *DISTRICTS.get(place, ()))
    # Best first: the city and the trade, then the city alone, then a district, then a family business.
    tiers = [
        [f"{place} {suffix}" for suffix in suffixes] + [f"{prefix} {place}" for prefix in prefixes],
        [f"{place} {suffix}" for suffix in PLACE_SUFFIXES] + [f"{prefix} {place}" for prefix in PLACE_PREFIXES],
        [f"{district} {suffix}" for district in places[1:] for suffix in suffixes + PLACE_SUFFIXES],
        [f"{surname} {suffix}" for surname in SURNAMES for suffix in suffixes + FAMILY_SUFFIXES]
        + [f"{prefix} {surname}" for surname in SURNAMES for prefix in prefixes + PLACE_PREFIXES],
    ]
    for candidates in tiers:
        draw.shuffle(candidates)
        for candidate in candidates:
            if candidate not in taken:
                return candidate
    # Unreachable with the Olist file (3,095 sellers), but a larger file must still get unique names.
    number = 2
    while f"{place} Store {number}" in taken:
        number += 1
    return f"{place} Store {number}"


def partners_ensure(*, plans: list[VendorPlan]) -> dict[str, "Partner"]:
    """One Partner per plan, keyed by seller id; existing partners (same code) are kept as they are."""
    codes = [plan.code for plan in plans]
    existing = Partner.objects.in_bulk(codes, field_name="code")
    missing = [Partner(code=plan.code, name=plan.name) for plan in plans if plan.code not in existing]
    Partner.objects.bulk_create(missing, batch_size=BATCH_SIZE)
    return Partner.objects.in_bulk(codes, field_name="code")


def vendor_users_ensure(*, plans: list[VendorPlan], partners: dict[str, "Partner"], password_hash: str) -> int:
    """A dashboard user per vendor, linked to its partner; returns how many users were created.

    The password is hashed once by the caller: hashing thousands of passwords would take minutes.
    """
    User = get_user_model()
    emails = [plan.email for plan in plans]
    existing = set(User.objects.filter(email__in=emails).values_list("email", flat=True))
    missing = [
        User(email=plan.email, password=password_hash, first_name=plan.name[:150], is_staff=False, is_active=True)
        for plan in plans
        if plan.email not in existing
    ]
    User.objects.bulk_create(missing, batch_size=BATCH_SIZE)
    user_ids = dict(User.objects.filter(email__in=emails).values_list("email", "id"))

    dashboard_access = Permission.objects.get(content_type__app_label="partner", codename="dashboard_access")
    Membership = Partner.users.through
    UserPermission = User.user_permissions.through
    Membership.objects.bulk_create(
        [Membership(partner_id=partners[plan.code].pk, user_id=user_ids[plan.email]) for plan in plans],
        batch_size=BATCH_SIZE,
        ignore_conflicts=True,
    )
    UserPermission.objects.bulk_create(
        [UserPermission(user_id=user_ids[plan.email], permission_id=dashboard_access.pk) for plan in plans],
        batch_size=BATCH_SIZE,
        ignore_conflicts=True,
    )
    return len(missing)


# A demo vendor's delivery terms and commission, drawn once from its seller id.
SHIPPING_CHARGES = ("3.90", "4.90", "5.90", "6.50", "0.00")
FREE_SHIPPING_FROM = (None, None, "150.00", "250.00")
COMMISSION_RATES = ("0.1200", "0.1500", "0.1500", "0.1800")


def vendor_profiles_ensure(*, plans: list[VendorPlan], partners: dict[str, "Partner"]) -> int:
    """A marketplace profile (storefront slug, shipping rates, commission) per demo vendor; returns how many were
    created. An existing profile is left as the vendor or staff set it."""
    from vendors.models import VendorProfile
    from vendors.services import vendor_profile_for

    existing = set(VendorProfile.objects.filter(partner__in=partners.values()).values_list("partner_id", flat=True))
    created = 0
    for plan in plans:
        partner = partners[plan.code]
        if partner.pk in existing:
            continue
        draw = stable_random("vendor-terms", plan.code)
        profile = vendor_profile_for(partner=partner)
        profile.shipping_charge = draw.choice(SHIPPING_CHARGES)
        threshold = draw.choice(FREE_SHIPPING_FROM)
        profile.free_shipping_above = threshold if profile.shipping_charge != "0.00" else None
        profile.commission_rate = draw.choice(COMMISSION_RATES)
        profile.shipping_policy = f"Ships from {plan.place} within two working days."
        profile.save()
        created += 1
    return created
