"""The demo category tree: our departments at the top, the Olist categories under them.

Olist has a flat list of 73 Portuguese category codes (71 with an English
translation). English names are the translation file's, humanised
("health_beauty" -> "Health & beauty") with its typos fixed; where humanising
cannot give a natural name ("books_technical", the "_2" duplicates, lists
that mix one compound noun with others) the name is written out below.
"""

from dataclasses import dataclass

from django.utils.text import slugify

from shop.demo.olist import OlistData
from shop.demo.translations import CATEGORY_NAMES_FR, DEPARTMENT_NAMES_FR

UNCATEGORISED = ""  # Olist's code for the 610 products without a category
OTHER_FINDS = "other-finds"


@dataclass(frozen=True)
class Department:
    key: str  # also the slug
    name: str
    shape: str  # motif of the placeholder images, see images.py

    @property
    def name_fr(self) -> str:
        return DEPARTMENT_NAMES_FR[self.key]

    @property
    def code(self) -> str:
        """Category.code: the stable key that makes loading idempotent."""
        return f"department:{self.key}"


DEPARTMENTS: tuple[Department, ...] = (
    Department("home-living", "Home & Living", "house"),
    Department("appliances", "Appliances", "square"),
    Department("electronics-computers", "Electronics & Computers", "screen"),
    Department("fashion", "Fashion", "diamond"),
    Department("beauty-wellbeing", "Beauty & Wellbeing", "drop"),
    Department("sports-outdoors", "Sports & Outdoors", "circle"),
    Department("kids-baby", "Kids & Baby", "star"),
    Department("books-music-film", "Books, Music & Film", "book"),
    Department("tools-garden", "Tools & Garden", "hexagon"),
    Department("grocery-drinks", "Grocery & Drinks", "circle"),
    Department("office-business", "Office & Business", "square"),
    Department("auto-moto", "Auto & Moto", "hexagon"),
    Department("pets", "Pets", "drop"),
    Department("gifts-party", "Gifts & Party", "star"),
    Department(OTHER_FINDS, "Other finds", "diamond"),
)
DEPARTMENTS_BY_KEY = {department.key: department for department in DEPARTMENTS}

# Department of every Olist category, by Portuguese code.
DEPARTMENT_CATEGORIES: dict[str, tuple[str, ...]] = {
    "home-living": (
        "cama_mesa_banho",
        "moveis_decoracao",
        "utilidades_domesticas",
        "casa_conforto",
        "casa_conforto_2",
        "moveis_sala",
        "moveis_quarto",
        "moveis_colchao_e_estofado",
        "moveis_cozinha_area_de_servico_jantar_e_jardim",
        "la_cuisine",
    ),
    "appliances": (
        "eletroportateis",
        "eletrodomesticos",
        "eletrodomesticos_2",
        "portateis_casa_forno_e_cafe",
        "portateis_cozinha_e_preparadores_de_alimentos",
        "climatizacao",
    ),
    "electronics-computers": (
        "informatica_acessorios",
        "pcs",
        "pc_gamer",
        "eletronicos",
        "tablets_impressao_imagem",
        "telefonia",
        "telefonia_fixa",
        "audio",
        "cine_foto",
        "consoles_games",
    ),
    "fashion": (
        "fashion_bolsas_e_acessorios",
        "fashion_calcados",
        "fashion_roupa_masculina",
        "fashion_roupa_feminina",
        "fashion_underwear_e_moda_praia",
        "fashion_esporte",
        "malas_acessorios",
    ),
    "beauty-wellbeing": ("beleza_saude", "perfumaria"),
    "sports-outdoors": ("esporte_lazer",),
    "kids-baby": ("bebes", "brinquedos", "fraldas_higiene", "fashion_roupa_infanto_juvenil"),
    "books-music-film": (
        "livros_tecnicos",
        "livros_interesse_geral",
        "livros_importados",
        "musica",
        "instrumentos_musicais",
        "cds_dvds_musicais",
        "dvds_blu_ray",
    ),
    "tools-garden": (
        "ferramentas_jardim",
        "construcao_ferramentas_construcao",
        "construcao_ferramentas_jardim",
        "construcao_ferramentas_ferramentas",
        "construcao_ferramentas_iluminacao",
        "construcao_ferramentas_seguranca",
        "casa_construcao",
        "sinalizacao_e_seguranca",
    ),
    "grocery-drinks": ("alimentos_bebidas", "alimentos", "bebidas"),
    "office-business": (
        "papelaria",
        "moveis_escritorio",
        "industria_comercio_e_negocios",
        "agro_industria_e_comercio",
        "seguros_e_servicos",
    ),
    "auto-moto": ("automotivo",),
    "pets": ("pet_shop",),
    "gifts-party": (
        "relogios_presentes",
        "artigos_de_festas",
        "artigos_de_natal",
        "cool_stuff",
        "artes",
        "artes_e_artesanato",
        "flores",
    ),
    OTHER_FINDS: ("market_place",),
}
DEPARTMENT_OF_CATEGORY = {code: key for key, codes in DEPARTMENT_CATEGORIES.items() for code in codes}

# Misspellings in the English translation file.
ENGLISH_TYPOS = {
    "costruction": "construction",
    "fashio": "fashion",
    "confort": "comfort",
    "craftmanship": "craftsmanship",
}

# English names humanising cannot produce, by Portuguese code (the last two have no translation at all).
ENGLISH_NAMES = {
    "artes_e_artesanato": "Arts & crafts",
    "automotivo": "Car accessories",
    "cine_foto": "Cinema & photo",
    "cds_dvds_musicais": "Music CDs & DVDs",
    "construcao_ferramentas_construcao": "Building tools",
    "construcao_ferramentas_ferramentas": "Hand & power tools",
    "construcao_ferramentas_iluminacao": "Lighting",
    "construcao_ferramentas_jardim": "Garden construction tools",
    "construcao_ferramentas_seguranca": "Safety equipment",
    "dvds_blu_ray": "DVDs & Blu-ray",
    "eletrodomesticos_2": "Large appliances",
    "fashion_bolsas_e_acessorios": "Bags & accessories",
    "fashion_calcados": "Shoes",
    "fashion_esporte": "Sportswear",
    "fashion_roupa_feminina": "Women's clothing",
    "fashion_roupa_infanto_juvenil": "Children's clothing",
    "fashion_roupa_masculina": "Men's clothing",
    "fashion_underwear_e_moda_praia": "Underwear & beachwear",
    "industria_comercio_e_negocios": "Industry, commerce & business",
    "livros_importados": "Imported books",
    "livros_interesse_geral": "General interest books",
    "livros_tecnicos": "Technical books",
    "market_place": "Marketplace picks",
    "moveis_colchao_e_estofado": "Mattresses & upholstery",
    "moveis_cozinha_area_de_servico_jantar_e_jardim": "Kitchen, dining, laundry & garden furniture",
    "moveis_quarto": "Bedroom furniture",
    "moveis_sala": "Living room furniture",
    "casa_conforto_2": "Home comfort essentials",
    "portateis_casa_forno_e_cafe": "Ovens & coffee makers",
    "telefonia_fixa": "Landline phones",
    "pc_gamer": "Gaming PCs",
    "portateis_cozinha_e_preparadores_de_alimentos": "Food processors & kitchen machines",
}

# Two-word English codes that name one thing ("garden_tools" is not "garden & tools").
COMPOUND_NAMES = frozenset(
    {
        "air_conditioning",
        "christmas_supplies",
        "cool_stuff",
        "garden_tools",
        "home_appliances",
        "home_comfort",
        "home_construction",
        "la_cuisine",
        "musical_instruments",
        "office_furniture",
        "party_supplies",
        "pet_shop",
        "small_appliances",
    }
)


def humanize_category_name(english_code: str) -> str:
    """'health_beauty' -> 'Health & beauty'; 'bed_bath_table' -> 'Bed, bath & table'."""
    words = [ENGLISH_TYPOS.get(word, word) for word in english_code.lower().split("_")]
    fixed = "_".join(words)
    if fixed in COMPOUND_NAMES:
        text = " ".join(words)
    elif "and" in words:
        text = " ".join(words).replace(" and ", " & ")
    elif len(words) == 1:
        text = words[0]
    else:
        text = ", ".join(words[:-1]) + " & " + words[-1]
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class CategorySpec:
    """One Olist category as it appears in the shop."""

    olist_code: str
    department: Department
    name: str
    name_fr: str

    @property
    def slug(self) -> str:
        return slugify(self.name)

    @property
    def code(self) -> str:
        return f"olist:{self.olist_code}"


def category_specs(*, data: OlistData) -> dict[str, CategorySpec]:
    """Every category of the data, keyed by Portuguese code, with its department and names."""
    specs = {}
    for olist_code in data.category_codes:
        english_code = data.category_translations.get(olist_code, olist_code)
        name = ENGLISH_NAMES.get(olist_code) or humanize_category_name(english_code)
        # A code added to the data after this table was written still loads, under "Other finds".
        department = DEPARTMENTS_BY_KEY[DEPARTMENT_OF_CATEGORY.get(olist_code, OTHER_FINDS)]
        specs[olist_code] = CategorySpec(
            olist_code=olist_code,
            department=department,
            name=name,
            name_fr=CATEGORY_NAMES_FR.get(olist_code, name),
        )
    return specs


def department_of(*, olist_code: str) -> Department:
    return DEPARTMENTS_BY_KEY[DEPARTMENT_OF_CATEGORY.get(olist_code, OTHER_FINDS)]
