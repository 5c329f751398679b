"""Product titles and descriptions, written from the category because Olist has no product names.

A title is ``<adjective> <noun> <qualifier> - <colour>`` (with an en dash), e.g.
"Soft Duvet Cover Set in Percale Cotton - Sage Green". Nouns are listed per category in
*families*; a family brings the adjectives and qualifiers that fit all its
nouns (a towel comes "in organic cotton", a router "with Wi-Fi 6"). A *style*,
shared by related categories, brings the colours and the selling points.
Every choice is drawn from a hash of the Olist product id, so a product gets
the same copy on every run; the description quotes its real weight and size.
"""

from dataclasses import dataclass

from shop.demo.olist import OlistProduct
from shop.demo.randomness import stable_random


@dataclass(frozen=True)
class Family:
    adjectives: tuple[str, ...]
    qualifiers: tuple[str, ...]  # each reads after "comes": "in …", "with …", "on …"
    pitches: tuple[str, ...] = ()  # when the style's selling points do not fit this family


@dataclass(frozen=True)
class Style:
    colours: tuple[str, ...]  # empty where a colour means nothing (books, food)
    pitches: tuple[str, ...]  # whole sentences true of every product of the style


@dataclass(frozen=True)
class CategoryVocabulary:
    style: str
    nouns: dict[str, tuple[str, ...]]  # family -> nouns


@dataclass(frozen=True)
class ProductCopy:
    title: str
    short_title: str  # drawn on the placeholder image
    description: str  # HTML


FAMILIES: dict[str, Family] = {
    # Home & Living
    "bedding": Family(
        ("soft", "classic", "hotel-quality", "lightweight", "breathable", "easy-care"),
        ("in percale cotton", "in organic cotton", "in washed linen", "in soft microfibre", "in bamboo viscose"),
    ),
    "bath": Family(
        ("soft", "quick-dry", "absorbent", "hotel-quality", "plush", "everyday"),
        ("in Egyptian cotton", "in organic cotton", "in waffle-weave cotton", "in bamboo viscose"),
    ),
    "table_linen": Family(
        ("classic", "stain-resistant", "easy-care", "rustic", "festive"),
        ("in washed linen", "in cotton jacquard", "in coated cotton", "with a hemstitched border"),
    ),
    "cosy": Family(
        ("cosy", "plush", "chunky", "soft-touch", "oversized"),
        ("in sherpa fleece", "in chunky knit", "in velvet", "in faux fur"),
    ),
    "wood_furniture": Family(
        ("modern", "Scandinavian-style", "compact", "rustic", "minimalist", "mid-century", "industrial-style"),
        (
            "in solid pine",
            "in oak veneer",
            "in walnut-finish MDF",
            "in solid eucalyptus",
            "with rattan details",
            "with a black metal frame",
        ),
    ),
    "upholstered": Family(
        ("modern", "deep-seated", "compact", "mid-century", "classic"),
        ("in bouclé fabric", "in velvet", "in linen-look fabric", "in faux leather"),
    ),
    "mattress": Family(
        ("orthopaedic", "medium-firm", "hybrid", "breathable", "hypoallergenic"),
        ("with pocket springs", "with memory foam", "with a removable washable cover", "with natural latex"),
    ),
    "outdoor_furniture": Family(
        ("weatherproof", "foldable", "stackable", "modern", "compact"),
        ("in powder-coated aluminium", "in solid acacia", "in resin wicker", "with quick-dry cushions"),
    ),
    "decor": Family(
        ("decorative", "handmade", "modern", "vintage-style", "minimalist", "bohemian"),
        ("in hand-glazed ceramic", "in recycled glass", "in brushed brass", "in natural jute", "in mango wood"),
        (
            "Adds character to a shelf, a sideboard or a bare wall.",
            "Each piece is finished by hand, so no two are exactly alike.",
            "Packed with care so it arrives in one piece.",
        ),
    ),
    "cookware": Family(
        ("non-stick", "heavy-duty", "professional", "induction-ready", "everyday"),
        (
            "in stainless steel",
            "in enamelled cast iron",
            "in forged aluminium",
            "with a ceramic non-stick coating",
            "with stay-cool handles",
        ),
    ),
    "kitchen_storage": Family(
        ("stackable", "airtight", "dishwasher-safe", "space-saving", "leak-proof"),
        ("in borosilicate glass", "in stainless steel", "in BPA-free plastic", "with bamboo lids"),
    ),
    "kitchen_utensils": Family(
        ("professional", "heat-resistant", "everyday", "dishwasher-safe", "hand-finished"),
        ("in acacia wood", "in olive wood", "in stainless steel", "with a silicone grip"),
    ),
    "household": Family(
        ("space-saving", "sturdy", "foldable", "practical", "everyday"),
        ("in powder-coated steel", "in natural bamboo", "with a foldable frame"),
    ),
    # Appliances
    "small_appliance": Family(
        ("compact", "energy-efficient", "quiet", "digital", "high-power", "programmable"),
        ("with a digital display", "in brushed stainless steel", "with automatic shut-off", "with cord storage"),
    ),
    "large_appliance": Family(
        ("energy-efficient", "large-capacity", "freestanding", "quiet", "smart"),
        ("with a stainless steel finish", "with an energy-saving mode", "with an LED display", "with a child lock"),
    ),
    "climate": Family(
        ("quiet", "portable", "energy-efficient", "compact", "smart"),
        ("with a remote control", "with a timer", "with an eco mode", "with three fan speeds"),
    ),
    # Electronics & Computers
    "peripheral": Family(
        ("compact", "slim", "premium", "plug-and-play", "high-speed"),
        ("with USB-C", "with a braided cable", "with a travel pouch"),
    ),
    "laptop_gear": Family(
        ("slim", "lightweight", "minimalist", "premium", "adjustable"),
        ("in aluminium", "in recycled felt", "with non-slip pads"),
    ),
    "network": Family(
        ("high-speed", "compact", "whole-home", "easy-set-up"),
        ("with Wi-Fi 6", "with four gigabit ports", "with parental controls"),
    ),
    "computer": Family(
        ("lightweight", "high-performance", "compact", "business", "all-purpose"),
        ("with 16 GB RAM", "with a 512 GB SSD", "with Windows 11", "with Wi-Fi 6"),
    ),
    "gaming_pc": Family(
        ("high-performance", "liquid-cooled", "compact", "VR-ready", "streaming-ready"),
        ("with 32 GB RAM", "with a 1 TB SSD", "with RGB lighting", "with liquid cooling"),
    ),
    "gaming": Family(
        ("wireless", "pro", "ergonomic", "limited-edition", "lightweight"),
        ("with RGB lighting", "with a rechargeable battery", "with a braided cable", "with a carry case"),
    ),
    "phone": Family(
        ("unlocked", "dual-SIM", "slim", "rugged", "5G"),
        ("with 128 GB storage", "with fast charging", "with a 6.5-inch screen", "with a dual camera"),
    ),
    "landline": Family(
        ("easy-to-use", "hands-free", "wall-mountable", "compact", "hearing-aid compatible"),
        ("with caller ID", "with a large backlit display", "with call blocking", "with a speakerphone"),
    ),
    "phone_protection": Family(
        ("slim", "shock-proof", "magnetic", "clear", "rugged"),
        ("with shock-absorbing corners", "in recycled plastic", "in vegan leather", "with a card slot"),
    ),
    "phone_power": Family(
        ("fast-charging", "compact", "universal", "travel-size", "high-capacity"),
        ("with USB-C", "with a braided cable", "with an LED indicator", "with fast charging"),
    ),
    "headphones": Family(
        ("wireless", "over-ear", "lightweight", "studio-grade", "sports"),
        ("with active noise cancelling", "with a 30-hour battery", "with a built-in microphone", "with Bluetooth 5.0"),
    ),
    "speakers": Family(
        ("portable", "high-fidelity", "compact", "retro-style", "waterproof"),
        ("with Bluetooth 5.0", "with Wi-Fi streaming", "with walnut veneer", "in matte black"),
    ),
    "camera": Family(
        ("compact", "professional", "lightweight", "weather-sealed", "beginner-friendly"),
        ("with 4K video", "with image stabilisation", "with a 64 GB memory card", "with a spare battery"),
    ),
    "photo_gear": Family(
        ("lightweight", "adjustable", "professional", "compact", "travel"),
        ("in aluminium", "with a Bluetooth remote", "with a carry bag", "with a phone clamp"),
    ),
    "tablet": Family(
        ("lightweight", "slim", "high-resolution", "family", "portable"),
        ("with a 10-inch screen", "with 64 GB storage", "with a stylus", "with a protective cover"),
    ),
    "printer": Family(
        ("compact", "wireless", "high-resolution", "eco", "home-office"),
        ("with Wi-Fi", "with duplex printing", "with mobile printing", "with high-yield cartridges"),
    ),
    # Beauty & Wellbeing
    "skincare": Family(
        ("nourishing", "gentle", "fragrance-free", "revitalising", "lightweight", "vegan"),
        ("with shea butter", "with hyaluronic acid", "with argan oil", "with vitamin E", "with aloe vera"),
        (
            "Dermatologically tested and suitable for sensitive skin.",
            "Absorbs quickly and leaves no greasy feel.",
            "Free from parabens and never tested on animals.",
            "A little goes a long way: one pack lasts for weeks of daily use.",
        ),
    ),
    "hair_styling": Family(
        ("professional", "fast-heating", "compact", "salon-quality", "travel"),
        ("with ceramic coating", "with ionic technology", "with three heat settings", "with a travel pouch"),
    ),
    "grooming": Family(
        ("rechargeable", "waterproof", "precision", "cordless", "compact"),
        ("with a travel case", "with USB charging", "with a two-hour battery"),
    ),
    "fragrance": Family(
        ("fresh", "intense", "floral", "woody", "warm", "citrus"),
        (
            "with notes of bergamot and cedar",
            "with vanilla and amber",
            "with jasmine and white musk",
            "with citrus and vetiver",
        ),
    ),
    # Fashion
    "clothing": Family(
        ("classic", "slim-fit", "relaxed", "lightweight", "everyday", "tailored"),
        ("in organic cotton", "in linen blend", "in stretch cotton", "in recycled fibres"),
    ),
    "swimwear": Family(
        ("classic", "sporty", "retro", "reversible", "bold"),
        ("in recycled nylon", "in quick-dry fabric", "with UV protection"),
    ),
    "underwear": Family(
        ("seamless", "soft", "everyday", "breathable", "classic"),
        ("in stretch cotton", "in organic cotton", "in modal", "in bamboo viscose"),
    ),
    "sportswear": Family(
        ("breathable", "lightweight", "high-stretch", "performance", "seamless"),
        ("in quick-dry fabric", "in breathable mesh", "in recycled polyester", "with reflective details"),
    ),
    "leather_goods": Family(
        ("classic", "compact", "structured", "everyday", "minimalist"),
        ("in full-grain leather", "in waxed canvas", "in vegan leather", "in recycled nylon", "with brass hardware"),
    ),
    "footwear": Family(
        ("comfortable", "lightweight", "classic", "cushioned", "handmade"),
        ("in full-grain leather", "in suede", "in breathable knit", "in canvas", "with a memory-foam insole"),
    ),
    "luggage": Family(
        ("lightweight", "expandable", "durable", "hard-shell", "travel-ready"),
        ("with four spinner wheels", "with a TSA lock", "in polycarbonate", "in recycled nylon"),
    ),
    "watch": Family(
        ("elegant", "classic", "sporty", "minimalist", "vintage-style", "water-resistant"),
        ("with a stainless steel strap", "with a leather strap", "with a mesh bracelet", "with sapphire-coated glass"),
    ),
    # Sports & Outdoors
    "fitness": Family(
        ("non-slip", "lightweight", "professional", "durable", "home-gym"),
        ("with a carry bag", "with an exercise guide", "in natural rubber"),
    ),
    "weights": Family(
        ("adjustable", "compact", "professional", "home-gym", "anti-roll"),
        ("in cast iron", "with rubber coating", "with a storage rack"),
    ),
    "ball_sports": Family(
        ("official-size", "durable", "match", "training", "all-weather"),
        ("with an inflation pump", "with hand-stitched panels", "in a two-pack"),
    ),
    "racket_sports": Family(
        ("lightweight", "carbon-fibre", "beginner", "club", "tournament"),
        ("with a carry bag", "with a spare grip", "with a protective cover"),
    ),
    "outdoor_gear": Family(
        ("lightweight", "waterproof", "compact", "four-season", "packable"),
        ("in ripstop nylon", "with a waterproof coating", "in recycled polyester"),
    ),
    # Kids & Baby
    "baby_textile": Family(
        ("soft", "gentle", "breathable", "hypoallergenic", "washable"),
        ("in organic cotton", "in muslin", "in soft jersey", "in bamboo viscose"),
    ),
    "baby_feeding": Family(
        ("anti-colic", "easy-clean", "spill-proof", "dishwasher-safe", "first-stage"),
        ("in BPA-free silicone", "in BPA-free plastic", "with a travel lid"),
    ),
    "baby_gear": Family(
        ("lightweight", "adjustable", "compact", "ergonomic", "all-terrain"),
        ("with a five-point harness", "with adjustable recline"),
    ),
    "hygiene": Family(
        ("gentle", "fragrance-free", "hypoallergenic", "dermatologist-tested", "eco-friendly"),
        ("with aloe vera", "with chamomile extract", "in a value pack", "in a travel pack"),
    ),
    "wooden_toy": Family(
        ("educational", "colourful", "classic", "Montessori-style", "hand-finished"),
        ("in solid beech", "in FSC-certified wood", "with non-toxic paint", "with a storage box"),
    ),
    "game_kit": Family(
        ("educational", "family", "classic", "collectable", "colourful"),
        ("with 120 pieces", "with a storage box", "with illustrated instructions"),
    ),
    "electronic_toy": Family(
        ("interactive", "rechargeable", "programmable", "talking", "colourful"),
        ("with a rechargeable battery", "with sound effects", "with light effects"),
    ),
    # Books, Music & Film
    "technical_book": Family(
        ("complete", "practical", "illustrated", "essential", "updated"),
        ("in paperback", "in hardcover", "with worked examples", "with exercises and answers"),
    ),
    "book": Family(
        ("bestselling", "award-winning", "illustrated", "acclaimed", "pocket"),
        ("in paperback", "in hardcover", "in a collector's edition", "with illustrations"),
    ),
    "film": Family(
        ("remastered", "collector's", "deluxe", "restored", "special-edition"),
        ("on Blu-ray", "on DVD", "with bonus material", "with director's commentary"),
    ),
    "music_media": Family(
        ("remastered", "deluxe", "live", "essential", "limited-edition"),
        ("on vinyl", "on CD", "on double CD", "with a lyric booklet"),
    ),
    "instrument": Family(
        ("beginner", "professional", "compact", "student", "handcrafted"),
        ("with a gig bag", "with a stand", "with a beginner's method book"),
    ),
    "music_accessory": Family(
        ("professional", "durable", "compact", "studio-grade"),
        ("with a carry pouch", "in a pack of two"),
    ),
    # Tools & Garden
    "hand_tool": Family(
        ("heavy-duty", "professional", "compact", "precision", "adjustable"),
        ("in hardened steel", "with an ergonomic grip", "with a carry case"),
    ),
    "power_tool": Family(
        ("professional", "compact", "variable-speed", "heavy-duty", "lightweight"),
        (
            "with a lithium-ion battery",
            "with two batteries and a charger",
            "with a carry case",
            "with a brushless motor",
        ),
    ),
    "garden_tool": Family(
        ("heavy-duty", "lightweight", "ergonomic", "rust-resistant", "professional"),
        ("in galvanised steel", "with an ash-wood handle", "with an ergonomic handle", "in carbon steel"),
    ),
    "watering": Family(
        ("adjustable", "kink-free", "weatherproof", "automatic", "expandable"),
        ("in UV-resistant resin", "with quick connectors", "with frost-proof fittings"),
    ),
    "lighting": Family(
        ("energy-saving", "dimmable", "modern", "industrial-style", "outdoor"),
        ("with warm-white LEDs", "in brushed brass", "in matte black metal", "with a motion sensor"),
    ),
    "safety": Family(
        ("certified", "lightweight", "comfortable", "professional", "heavy-duty"),
        ("with CE marking", "with adjustable fit", "in a pack of two"),
    ),
    "emergency": Family(
        ("compact", "workplace", "home", "certified", "travel"),
        ("with a wall bracket", "with CE marking", "in a carry case"),
    ),
    "fittings": Family(
        ("modern", "classic", "easy-fit", "rust-proof", "premium"),
        ("in stainless steel", "in brushed brass", "in matte black", "with a fitting kit"),
    ),
    "signage": Family(
        ("high-visibility", "weatherproof", "reflective", "regulation", "durable"),
        ("in aluminium", "in photoluminescent vinyl", "with a self-adhesive back", "with mounting holes"),
    ),
    # Grocery & Drinks
    "grocery": Family(
        ("artisanal", "organic", "traditional", "small-batch", "gourmet"),
        ("from a family producer", "in a gift box", "from small producers"),
    ),
    # Office & Business
    "paper": Family(
        ("refillable", "premium", "recycled", "A5", "hardback"),
        ("with dotted pages", "in recycled paper", "with 120 g/m² paper", "with a lay-flat binding"),
    ),
    "writing": Family(
        ("premium", "refillable", "smooth-writing", "classic", "colourful"),
        ("in a gift box", "with refills"),
    ),
    "office_chair": Family(
        ("ergonomic", "adjustable", "executive", "compact", "swivel"),
        ("with lumbar support", "with adjustable armrests", "in breathable mesh"),
    ),
    "desk": Family(
        ("height-adjustable", "compact", "modular", "executive", "space-saving"),
        ("in oak veneer", "in white laminate", "with a steel frame"),
    ),
    "business_equipment": Family(
        ("professional", "compact", "heavy-duty", "portable", "high-capacity"),
        ("with a USB connection", "with Bluetooth", "with a quick-start guide"),
    ),
    "agro": Family(
        ("heavy-duty", "professional", "weatherproof", "high-capacity", "adjustable"),
        ("in galvanised steel", "in food-grade plastic", "in UV-stabilised plastic"),
    ),
    "security_device": Family(
        ("smart", "wireless", "weatherproof", "HD", "battery-powered"),
        ("with a smartphone app", "with motion alerts", "with a backup battery"),
    ),
    # Auto & Moto
    "car_interior": Family(
        ("universal", "waterproof", "easy-fit", "premium", "hard-wearing"),
        ("in synthetic leather", "with a universal fit", "in hard-wearing fabric"),
    ),
    "car_gadget": Family(
        ("compact", "portable", "heavy-duty", "digital", "rechargeable"),
        ("with a 12 V plug", "with an LED light", "with a storage bag"),
    ),
    "motorcycle": Family(
        ("full-face", "modular", "lightweight", "vented"),
        ("with a sun visor", "with CE certification", "with an anti-fog visor"),
    ),
    # Pets
    "pet_bedding": Family(
        ("cosy", "orthopaedic", "washable", "calming", "raised"),
        ("in soft fleece", "with a non-slip base", "with a washable cover"),
    ),
    "pet_walk": Family(
        ("durable", "padded", "adjustable", "reflective", "no-pull"),
        ("in recycled nylon", "with reflective stitching", "with a padded handle"),
    ),
    "pet_play": Family(
        ("chew-resistant", "durable", "interactive", "floating", "squeaky"),
        ("in natural rubber", "in a pack of three"),
    ),
    "pet_feeding": Family(
        ("non-slip", "dishwasher-safe", "raised", "slow-feed", "spill-proof"),
        ("in stainless steel", "with a non-slip base"),
    ),
    "cat_furniture": Family(
        ("multi-level", "compact", "sturdy", "modern", "wall-mounted"),
        ("with sisal posts", "with a hideaway", "with plush platforms"),
    ),
    # Gifts & Party
    "party": Family(
        ("festive", "reusable", "colourful", "elegant", "handmade"),
        ("with gold foil details", "in recycled paper"),
    ),
    "christmas": Family(
        ("festive", "hand-painted", "classic", "Nordic-style", "rustic"),
        ("in natural wood", "in recycled felt", "with warm-white LEDs"),
    ),
    "gadget": Family(
        ("quirky", "clever", "retro", "pocket-size", "minimalist"),
        ("with USB charging", "in a gift box", "in bamboo"),
    ),
    "art": Family(
        ("original", "abstract", "botanical", "hand-signed", "contemporary"),
        ("on stretched canvas", "in a wooden frame", "in a limited edition of 50", "on cotton paper"),
    ),
    "craft": Family(
        ("complete", "beginner", "professional", "eco-friendly", "creative"),
        ("with 24 colours", "with a wooden case", "in a starter set", "with a step-by-step guide"),
    ),
    "flowers": Family(
        ("preserved", "seasonal", "long-lasting", "hand-tied", "dried"),
        ("with a handwritten card", "in a gift box"),
    ),
    # Other finds
    "general": Family(
        ("handy", "reusable", "practical", "compact", "clever"),
        ("in a gift box", "in bamboo", "in recycled materials"),
    ),
}

STYLES: dict[str, Style] = {
    "home_textiles": Style(
        ("white", "ivory", "sage green", "dusty pink", "charcoal", "navy", "sand", "terracotta"),
        (
            "Pre-washed, so it feels soft from the first use and stays that way wash after wash.",
            "Machine washable at 40 °C and quick to dry.",
            "Tightly woven for a smooth finish that holds up to daily use.",
            "Made from fibres chosen for comfort against the skin.",
        ),
    ),
    "furniture": Style(
        ("natural oak", "white", "black", "walnut", "light grey", "sage green"),
        (
            "Delivered with clear instructions and every fixing you need.",
            "Rounded edges and a stable base make it at home in busy households.",
            "The sealed finish wipes clean with a damp cloth.",
            "Built to take everyday use without wobbling or creaking.",
        ),
    ),
    "kitchen": Style(
        ("steel", "white", "black", "red", "sage green", "cream"),
        (
            "Goes from the cupboard to the table and back without fuss.",
            "Food-safe materials that won't hold on to smells or stains.",
            "Sized for a family kitchen, yet easy to store.",
            "Quick to clean, so it gets used every day rather than saved for best.",
        ),
    ),
    "appliances": Style(
        ("white", "black", "stainless steel", "red"),
        (
            "Simple controls: you will be using it without opening the manual.",
            "Low energy use and a quiet motor make it easy to live with.",
            "Easy to clean, with removable parts where it matters.",
            "A compact footprint that leaves room for everything else.",
        ),
    ),
    "tech": Style(
        ("black", "white", "space grey", "silver", "midnight blue"),
        (
            "Works out of the box: no drivers or set-up software needed.",
            "Tested for everyday knocks and hours of daily use.",
            "Comes with a quick-start guide and everything needed to get going.",
            "Energy-efficient electronics that stay cool under load.",
        ),
    ),
    "beauty": Style(
        (),
        (
            "Sealed and boxed, straight from the seller.",
            "Small enough to pack for a weekend away.",
            "Chosen by our beauty sellers for routines that take minutes, not hours.",
        ),
    ),
    "fragrance": Style(
        (),
        (
            "Long-lasting on the skin, with a trail that stays subtle.",
            "The top notes open bright, then settle into a warm base by the afternoon.",
            "Boxed and ready to give.",
        ),
    ),
    "fashion": Style(
        ("black", "navy", "olive", "camel", "white", "burgundy", "denim blue"),
        (
            "Fits true to size; the size guide gives exact measurements.",
            "Machine washable at 30 °C and keeps its shape.",
            "Soft against the skin and easy to layer.",
            "Reinforced seams where clothes wear first.",
        ),
    ),
    "accessories": Style(
        ("black", "tan", "cognac", "navy", "olive", "grey"),
        (
            "Sturdy stitching and hardware that stand up to daily use.",
            "Light enough to carry all day.",
            "Ages well: the material softens and takes on character over time.",
            "Free returns within 30 days if it is not quite right.",
        ),
    ),
    "watches": Style(
        ("silver", "gold", "rose gold", "black"),
        (
            "A precise quartz movement and a clear, easy-to-read dial.",
            "Arrives in a presentation box, ready to give.",
            "The adjustable strap fits most wrists.",
        ),
    ),
    "sports": Style(
        ("black", "blue", "red", "lime green", "grey"),
        (
            "Built for regular training, indoors or out.",
            "Packs down small for the gym bag or the car boot.",
            "Tough enough for weekly use, season after season.",
        ),
    ),
    "kids": Style(
        ("white", "pastel blue", "pastel pink", "mint", "light grey", "sunshine yellow"),
        (
            "Materials chosen for little ones: free from BPA and phthalates.",
            "Easy to clean, because children are not.",
            "Tested to European toy and childcare safety standards.",
            "Designed with parents: one hand is all it takes.",
        ),
    ),
    "books": Style(
        (),
        (
            "Printed on quality paper with a sewn binding that lies open on the desk.",
            "A reference readers come back to again and again.",
            "Shipped in protective packaging so it arrives in perfect condition.",
        ),
    ),
    "media": Style(
        (),
        (
            "Region-free, with original audio and subtitles.",
            "Shipped in protective packaging so it arrives in perfect condition.",
            "A collector's favourite, rarely found in high-street shops.",
        ),
    ),
    "music": Style(
        ("natural", "sunburst", "black", "red"),
        (
            "Set up by the seller before shipping, so it plays well from day one.",
            "A warm, balanced sound that suits beginners and seasoned players alike.",
            "Built to stay in tune through hours of practice.",
        ),
    ),
    "tools": Style(
        ("yellow", "orange", "green", "black", "grey"),
        (
            "Made for regular work on site and at home.",
            "A balanced weight that reduces fatigue on long jobs.",
            "Spare parts and accessories are easy to find.",
            "Built to professional standards at a homeowner's price.",
        ),
    ),
    "grocery": Style(
        (),
        (
            "Sourced directly from small producers.",
            "No artificial colours or preservatives.",
            "Best enjoyed within a few weeks of opening; store in a cool, dry place.",
        ),
    ),
    "office": Style(
        ("black", "white", "navy", "kraft brown", "sage green"),
        (
            "Designed for long working days at home or in the office.",
            "Available on invoice for business accounts.",
            "Sturdy enough for shared workplaces.",
        ),
    ),
    "business": Style(
        ("black", "grey", "white"),
        (
            "Built for daily professional use, shift after shift.",
            "Available on invoice for business accounts, with net 30 or net 60 terms.",
            "Simple to install; the seller answers technical questions before and after purchase.",
        ),
    ),
    "auto": Style(
        ("black", "grey", "beige", "red"),
        (
            "Fits most cars; check the dimensions before ordering.",
            "Fitted in minutes, no tools needed.",
            "Resistant to heat, cold and UV, season after season.",
        ),
    ),
    "pets": Style(
        ("grey", "navy", "red", "sand", "forest green"),
        (
            "Safe, non-toxic materials chosen with vets.",
            "Easy to clean: most parts go in the washing machine.",
            "Sized for small and medium breeds; see the dimensions below.",
        ),
    ),
    "gifts": Style(
        ("gold", "silver", "red", "green", "multicolour"),
        (
            "Gift-wrapped on request by the seller.",
            "A little something that makes the occasion.",
            "Made to be kept, not thrown away after the party.",
        ),
    ),
    "general": Style(
        ("black", "white", "natural", "grey"),
        (
            "A useful find from an independent seller.",
            "Well made and built to last.",
        ),
    ),
}

CATEGORY_VOCABULARIES: dict[str, CategoryVocabulary] = {
    # Home & Living
    "cama_mesa_banho": CategoryVocabulary(
        "home_textiles",
        {
            "bedding": ("duvet cover set", "fitted sheet", "pillowcase pair", "quilt", "bedspread"),
            "bath": ("bath towel set", "bath sheet", "hand towel pair", "bath mat"),
            "table_linen": ("tablecloth", "set of napkins", "table runner", "placemat set"),
        },
    ),
    "casa_conforto": CategoryVocabulary(
        "home_textiles",
        {
            "cosy": ("throw blanket", "cushion pair", "floor cushion", "sofa throw"),
            "bedding": ("mattress topper", "pillow", "weighted blanket", "duvet"),
        },
    ),
    "casa_conforto_2": CategoryVocabulary(
        "home_textiles",
        {
            "cosy": ("cushion", "knee blanket", "hot-water bottle cover", "draught excluder"),
        },
    ),
    "moveis_decoracao": CategoryVocabulary(
        "furniture",
        {
            "wood_furniture": ("bookshelf", "side table", "console table", "wall shelf", "shoe cabinet", "TV unit"),
            "decor": ("table lamp", "wall mirror", "vase", "photo frame set", "wall clock", "decorative tray"),
        },
    ),
    "moveis_sala": CategoryVocabulary(
        "furniture",
        {
            "wood_furniture": ("coffee table", "TV stand", "display cabinet", "nest of tables"),
            "upholstered": ("two-seater sofa", "armchair", "footstool", "corner sofa"),
        },
    ),
    "moveis_quarto": CategoryVocabulary(
        "furniture",
        {
            "wood_furniture": ("bedside table", "chest of drawers", "wardrobe", "double bed frame", "dressing table"),
        },
    ),
    "moveis_colchao_e_estofado": CategoryVocabulary(
        "furniture",
        {
            "mattress": ("double mattress", "single mattress", "king-size mattress", "cot mattress"),
            "upholstered": ("upholstered headboard", "ottoman bench", "sofa bed"),
        },
    ),
    "moveis_cozinha_area_de_servico_jantar_e_jardim": CategoryVocabulary(
        "furniture",
        {
            "wood_furniture": (
                "dining table",
                "set of two dining chairs",
                "kitchen trolley",
                "bar stool",
                "pantry cabinet",
            ),
            "outdoor_furniture": ("garden bench", "patio dining set", "sun lounger", "bistro set"),
        },
    ),
    "utilidades_domesticas": CategoryVocabulary(
        "kitchen",
        {
            "kitchen_storage": ("food storage set", "spice jar set", "mixing bowl set", "water bottle", "lunch box"),
            "kitchen_utensils": ("utensil set", "chopping board", "knife block", "salad servers"),
            "cookware": ("frying pan", "saucepan set", "casserole dish"),
            "household": ("laundry basket", "clothes airer", "storage box set", "shoe rack", "bathroom caddy"),
        },
    ),
    "la_cuisine": CategoryVocabulary(
        "kitchen",
        {
            "cookware": ("lidded casserole", "cookware set", "wok", "roasting tin", "griddle pan", "baking tray set"),
            "kitchen_utensils": ("utensil set", "pastry board", "rolling pin"),
        },
    ),
    # Appliances
    "eletroportateis": CategoryVocabulary(
        "appliances",
        {
            "small_appliance": (
                "blender",
                "electric kettle",
                "steam iron",
                "hand mixer",
                "air fryer",
                "toaster",
                "juicer",
                "vacuum cleaner",
            ),
        },
    ),
    "eletrodomesticos": CategoryVocabulary(
        "appliances",
        {
            "small_appliance": (
                "stick vacuum",
                "garment steamer",
                "food processor",
                "rice cooker",
                "sandwich maker",
                "water dispenser",
            ),
        },
    ),
    "eletrodomesticos_2": CategoryVocabulary(
        "appliances",
        {
            "large_appliance": (
                "washing machine",
                "fridge freezer",
                "range cooker",
                "dishwasher",
                "chest freezer",
                "tumble dryer",
            ),
        },
    ),
    "portateis_casa_forno_e_cafe": CategoryVocabulary(
        "appliances",
        {
            "small_appliance": (
                "espresso machine",
                "bean-to-cup coffee machine",
                "countertop oven",
                "milk frother",
                "coffee grinder",
            ),
        },
    ),
    "portateis_cozinha_e_preparadores_de_alimentos": CategoryVocabulary(
        "appliances",
        {
            "small_appliance": ("food processor", "stand mixer", "multicooker", "slow cooker", "hand blender"),
        },
    ),
    "climatizacao": CategoryVocabulary(
        "appliances",
        {
            "climate": (
                "pedestal fan",
                "tower fan",
                "ceiling fan",
                "portable air conditioner",
                "dehumidifier",
                "air purifier",
            ),
        },
    ),
    # Electronics & Computers
    "informatica_acessorios": CategoryVocabulary(
        "tech",
        {
            "peripheral": (
                "wireless mouse",
                "mechanical keyboard",
                "USB-C hub",
                "webcam",
                "external SSD",
                "microphone",
            ),
            "laptop_gear": ("laptop stand", "laptop sleeve", "monitor arm"),
            "network": ("Wi-Fi router", "mesh Wi-Fi kit", "range extender"),
        },
    ),
    "pcs": CategoryVocabulary(
        "tech",
        {
            "computer": ("laptop", "desktop computer", "mini PC", "all-in-one computer", "ultrabook"),
        },
    ),
    "pc_gamer": CategoryVocabulary(
        "tech",
        {
            "gaming_pc": ("gaming desktop", "gaming laptop", "gaming tower", "streaming PC"),
        },
    ),
    "eletronicos": CategoryVocabulary(
        "tech",
        {
            "speakers": ("portable speaker", "radio alarm clock", "soundbar", "DAB radio"),
            "phone_power": ("power bank", "charging station", "travel adapter"),
        },
    ),
    "tablets_impressao_imagem": CategoryVocabulary(
        "tech",
        {
            "tablet": ("tablet", "e-reader", "drawing tablet", "kids' tablet"),
            "printer": ("inkjet printer", "photo printer", "all-in-one printer"),
        },
    ),
    "telefonia": CategoryVocabulary(
        "tech",
        {
            "phone": ("smartphone",),
            "phone_protection": ("phone case", "folio phone case", "rugged phone case"),
            "phone_power": ("wireless charger", "charging cable", "wall charger", "car charger"),
        },
    ),
    "telefonia_fixa": CategoryVocabulary(
        "tech",
        {
            "landline": ("home phone", "corded desk phone", "big-button phone", "DECT phone twin pack"),
        },
    ),
    "audio": CategoryVocabulary(
        "tech",
        {
            "headphones": ("headphones", "earbuds", "neckband earphones"),
            "speakers": ("bookshelf speakers", "turntable", "portable speaker", "soundbar"),
        },
    ),
    "cine_foto": CategoryVocabulary(
        "tech",
        {
            "camera": ("mirrorless camera", "action camera", "compact camera", "camcorder"),
            "photo_gear": ("camera tripod", "ring light", "light stand", "selfie stick"),
        },
    ),
    "consoles_games": CategoryVocabulary(
        "tech",
        {
            "gaming": ("game controller", "gaming headset", "gaming mouse", "gaming keyboard"),
        },
    ),
    # Fashion
    "fashion_bolsas_e_acessorios": CategoryVocabulary(
        "accessories",
        {
            "leather_goods": ("tote bag", "crossbody bag", "wallet", "backpack", "belt", "card holder", "bum bag"),
        },
    ),
    "fashion_calcados": CategoryVocabulary(
        "accessories",
        {
            "footwear": ("trainers", "ankle boots", "loafers", "sandals", "ballet flats", "espadrilles"),
        },
    ),
    "fashion_roupa_masculina": CategoryVocabulary(
        "fashion",
        {
            "clothing": ("shirt", "chinos", "polo shirt", "jacket", "jumper", "jeans", "T-shirt"),
        },
    ),
    "fashion_roupa_feminina": CategoryVocabulary(
        "fashion",
        {
            "clothing": ("wrap dress", "blouse", "midi skirt", "wide-leg trousers", "cardigan", "jumpsuit"),
        },
    ),
    "fashion_underwear_e_moda_praia": CategoryVocabulary(
        "fashion",
        {
            "swimwear": ("bikini", "swimsuit", "swim shorts", "rash vest"),
            "underwear": ("bra", "boxer briefs three-pack", "pyjama set", "camisole"),
        },
    ),
    "fashion_esporte": CategoryVocabulary(
        "fashion",
        {
            "sportswear": ("running top", "leggings", "track jacket", "sports bra", "training shorts"),
        },
    ),
    "malas_acessorios": CategoryVocabulary(
        "accessories",
        {
            "luggage": ("cabin suitcase", "large suitcase", "medium suitcase", "suitcase set"),
            "leather_goods": ("washbag", "passport holder", "luggage tag"),
        },
    ),
    # Beauty & Wellbeing
    "beleza_saude": CategoryVocabulary(
        "beauty",
        {
            "skincare": ("face cream", "body lotion", "serum", "shampoo", "hand cream", "sun cream", "lip balm"),
            "hair_styling": ("hair dryer", "hair straightener", "curling wand", "hot brush"),
            "grooming": ("electric toothbrush", "beard trimmer", "electric shaver"),
        },
    ),
    "perfumaria": CategoryVocabulary(
        "fragrance",
        {
            "fragrance": ("eau de parfum", "eau de toilette", "body mist", "scented candle", "perfume gift set"),
        },
    ),
    # Sports & Outdoors
    "esporte_lazer": CategoryVocabulary(
        "sports",
        {
            "fitness": ("yoga mat", "resistance band set", "foam roller", "skipping rope", "exercise mat"),
            "weights": ("dumbbell set", "kettlebell", "weight plate set"),
            "ball_sports": ("football", "volleyball", "basketball", "futsal ball"),
            "racket_sports": ("tennis racket", "padel racket", "table tennis set", "badminton set"),
            "outdoor_gear": ("camping tent", "sleeping bag", "hiking backpack", "camping chair"),
        },
    ),
    # Kids & Baby
    "bebes": CategoryVocabulary(
        "kids",
        {
            "baby_textile": ("swaddle blanket", "sleeping bag", "bib set", "cot sheet set"),
            "baby_feeding": ("baby bottle set", "suction plate set", "sippy cup", "snack pot"),
            "baby_gear": ("pushchair", "high chair", "car seat", "bouncer"),
        },
    ),
    "brinquedos": CategoryVocabulary(
        "kids",
        {
            "wooden_toy": ("building blocks", "train set", "shape sorter", "stacking toy", "play kitchen"),
            "game_kit": ("board game", "construction set", "jigsaw puzzle", "science kit"),
            "electronic_toy": ("remote-control car", "robot kit", "interactive doll", "walkie-talkie set"),
        },
    ),
    "fraldas_higiene": CategoryVocabulary(
        "kids",
        {
            "hygiene": ("nappies", "baby wipes", "nappy cream", "baby shampoo", "baby bath wash"),
        },
    ),
    "fashion_roupa_infanto_juvenil": CategoryVocabulary(
        "kids",
        {
            "baby_textile": ("sleepsuit", "hoodie", "dungarees", "pyjama set", "T-shirt"),
        },
    ),
    # Books, Music & Film
    "livros_tecnicos": CategoryVocabulary(
        "books",
        {
            "technical_book": (
                "handbook of electrical installations",
                "introduction to structural engineering",
                "guide to Python programming",
                "manual of veterinary medicine",
                "course in corporate accounting",
                "atlas of human anatomy",
            ),
        },
    ),
    "livros_interesse_geral": CategoryVocabulary(
        "books",
        {
            "book": (
                "novel",
                "cookbook",
                "travel guide",
                "biography",
                "graphic novel",
                "book of short stories",
                "gardening book",
            ),
        },
    ),
    "livros_importados": CategoryVocabulary(
        "books",
        {
            "book": ("English-language novel", "art book", "photography book", "French cookbook", "poetry collection"),
        },
    ),
    "musica": CategoryVocabulary(
        "music",
        {
            "music_accessory": (
                "guitar string set",
                "capo",
                "guitar strap",
                "music stand",
                "metronome",
                "instrument cable",
            ),
        },
    ),
    "instrumentos_musicais": CategoryVocabulary(
        "music",
        {
            "instrument": (
                "acoustic guitar",
                "electric guitar",
                "ukulele",
                "digital piano",
                "cajón",
                "violin",
                "bass guitar",
            ),
        },
    ),
    "cds_dvds_musicais": CategoryVocabulary(
        "media",
        {
            "music_media": ("bossa nova anthology", "samba collection", "jazz standards album", "concert recording"),
        },
    ),
    "dvds_blu_ray": CategoryVocabulary(
        "media",
        {
            "film": (
                "classic film box set",
                "documentary series",
                "animated feature",
                "concert film",
                "thriller trilogy",
            ),
        },
    ),
    # Tools & Garden
    "ferramentas_jardim": CategoryVocabulary(
        "tools",
        {
            "garden_tool": ("pruning shears", "garden spade", "hand fork", "rake", "garden fork", "trowel set"),
            "watering": ("garden hose", "sprinkler", "hose reel", "spray gun"),
        },
    ),
    "construcao_ferramentas_construcao": CategoryVocabulary(
        "tools",
        {
            "hand_tool": ("spirit level", "plastering trowel", "tape measure", "tile cutter", "bolster chisel"),
            "power_tool": ("hammer drill", "angle grinder", "wall chaser"),
        },
    ),
    "construcao_ferramentas_jardim": CategoryVocabulary(
        "tools",
        {
            "garden_tool": ("post-hole digger", "lawn edger", "landscaping rake", "pickaxe"),
            "watering": ("drip irrigation kit", "soaker hose"),
        },
    ),
    "construcao_ferramentas_ferramentas": CategoryVocabulary(
        "tools",
        {
            "hand_tool": ("screwdriver set", "socket set", "claw hammer", "adjustable spanner", "pliers set"),
            "power_tool": ("cordless drill", "jigsaw", "circular saw", "orbital sander"),
        },
    ),
    "construcao_ferramentas_iluminacao": CategoryVocabulary(
        "tools",
        {
            "lighting": ("ceiling light", "floor lamp", "LED spotlight", "wall light", "pendant light", "floodlight"),
        },
    ),
    "construcao_ferramentas_seguranca": CategoryVocabulary(
        "tools",
        {
            "safety": (
                "safety helmet",
                "safety goggles",
                "work gloves",
                "ear defenders",
                "hi-vis vest",
                "dust mask pack",
            ),
        },
    ),
    "casa_construcao": CategoryVocabulary(
        "tools",
        {
            "fittings": (
                "shower head",
                "kitchen tap",
                "door handle set",
                "shelf bracket set",
                "letterbox",
                "bathroom cabinet",
            ),
        },
    ),
    "sinalizacao_e_seguranca": CategoryVocabulary(
        "tools",
        {
            "signage": ("fire exit sign", "warning sign", "parking sign", "no-smoking sign"),
            "emergency": ("first-aid kit", "fire extinguisher"),
        },
    ),
    # Grocery & Drinks
    "alimentos_bebidas": CategoryVocabulary(
        "grocery",
        {
            "grocery": (
                "chocolate selection",
                "honey",
                "olive oil",
                "granola",
                "jam trio",
                "coffee beans",
                "loose-leaf tea",
            ),
        },
    ),
    "alimentos": CategoryVocabulary(
        "grocery",
        {
            "grocery": ("Brazil nut mix", "pasta", "dulce de leche", "spice blend", "peanut butter", "dried fruit mix"),
        },
    ),
    "bebidas": CategoryVocabulary(
        "grocery",
        {
            "grocery": ("ground coffee", "coffee beans", "cachaça", "red wine", "yerba mate", "loose-leaf tea"),
        },
    ),
    # Office & Business
    "papelaria": CategoryVocabulary(
        "office",
        {
            "paper": ("notebook", "planner", "sketchbook", "journal"),
            "writing": ("fountain pen", "set of highlighters", "gel pen set", "pencil set"),
        },
    ),
    "moveis_escritorio": CategoryVocabulary(
        "office",
        {
            "office_chair": ("office chair", "task chair", "ergonomic stool"),
            "desk": ("standing desk", "desk", "filing cabinet", "bookcase"),
        },
    ),
    "industria_comercio_e_negocios": CategoryVocabulary(
        "business",
        {
            "business_equipment": (
                "label printer",
                "barcode scanner",
                "receipt printer",
                "counting scale",
                "cash drawer",
            ),
        },
    ),
    "agro_industria_e_comercio": CategoryVocabulary(
        "business",
        {
            "agro": ("water pump", "knapsack sprayer", "seed spreader", "feed trough", "poultry feeder"),
        },
    ),
    "seguros_e_servicos": CategoryVocabulary(
        "business",
        {
            "security_device": ("security camera", "video doorbell", "alarm kit", "outdoor camera"),
        },
    ),
    # Auto & Moto
    "automotivo": CategoryVocabulary(
        "auto",
        {
            "car_interior": ("seat cover set", "steering wheel cover", "floor mat set", "boot organiser"),
            "car_gadget": ("dash cam", "car vacuum", "tyre inflator", "jump starter"),
            "motorcycle": ("motorcycle helmet", "open-face helmet"),
        },
    ),
    # Pets
    "pet_shop": CategoryVocabulary(
        "pets",
        {
            "pet_bedding": ("dog bed", "cat bed", "pet blanket", "crate mat"),
            "pet_walk": ("dog lead", "dog harness", "dog collar"),
            "pet_play": ("chew toy", "fetch ball set", "tug rope"),
            "pet_feeding": ("feeding bowl set", "slow feeder", "water bowl"),
            "cat_furniture": ("cat tree", "scratching post"),
        },
    ),
    # Gifts & Party
    "relogios_presentes": CategoryVocabulary(
        "watches",
        {
            "watch": (
                "wristwatch",
                "chronograph watch",
                "dress watch",
                "diver-style watch",
                "smartwatch",
                "watch and bracelet gift set",
            ),
        },
    ),
    "artigos_de_festas": CategoryVocabulary(
        "gifts",
        {
            "party": ("paper lantern set", "party tableware set", "bunting", "cake topper", "party favour box"),
        },
    ),
    "artigos_de_natal": CategoryVocabulary(
        "gifts",
        {
            "christmas": ("Christmas wreath", "bauble set", "nativity set", "advent calendar", "table centrepiece"),
        },
    ),
    "cool_stuff": CategoryVocabulary(
        "gifts",
        {
            "gadget": (
                "desk lamp",
                "retro radio",
                "mini projector",
                "levitating plant pot",
                "word clock",
                "speaker cube",
            ),
        },
    ),
    "artes": CategoryVocabulary(
        "gifts",
        {
            "art": ("art print", "landscape painting", "poster", "watercolour", "photograph"),
        },
    ),
    "artes_e_artesanato": CategoryVocabulary(
        "gifts",
        {
            "craft": (
                "watercolour paint set",
                "embroidery kit",
                "knitting kit",
                "acrylic paint set",
                "calligraphy set",
            ),
        },
    ),
    "flores": CategoryVocabulary(
        "gifts",
        {
            "flowers": ("rose bouquet", "orchid", "succulent trio", "flower wreath", "bonsai tree"),
        },
    ),
    # Other finds
    "market_place": CategoryVocabulary(
        "general",
        {
            "general": ("gift set", "storage basket", "travel kit", "picnic set", "reusable bottle"),
        },
    ),
}
FALLBACK_VOCABULARY = CategoryVocabulary(
    "general",
    {
        "general": (
            "gift set",
            "storage basket",
            "travel kit",
            "desk organiser",
            "reusable bottle",
            "picnic set",
            "lunch box",
            "tote bag",
        ),
    },
)

TIMES = "\u00d7"  # the multiplication sign of "30 x 18 x 20 cm"
EN_DASH = "\u2013"

# Words left lower case inside a title.
_MINOR_WORDS = frozenset({"a", "an", "and", "de", "for", "from", "in", "of", "on", "the", "to", "with"})


def title_case(text: str) -> str:
    """'duvet cover set in organic cotton' -> 'Duvet Cover Set in Organic Cotton'; 'USB-C' stays as it is."""
    words = text.split(" ")
    return " ".join(
        word if (index and word in _MINOR_WORDS) or not word[:1].islower() else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def is_plural(noun: str) -> bool:
    """'trainers' and 'headphones' are plural; 'set of napkins' and 'dress' are not."""
    head = noun.split(" of ")[0]
    if head != noun:
        return False
    return noun.endswith("s") and not noun.endswith("ss")


def format_weight(grams: int) -> str:
    if grams < 1000:
        return f"{grams} g"
    return f"{grams / 1000:.1f}".rstrip("0").rstrip(".") + " kg"


def measurements_sentence(product: OlistProduct) -> str:
    """'Weighs 1.2 kg packed; parcel 30 x 18 x 20 cm (length x height x width).', from what Olist recorded.

    Olist measured the shipped parcel, not the bare product, hence "packed" and "parcel".
    """
    size = None
    if product.length_cm and product.height_cm and product.width_cm:
        size = (
            f"{product.length_cm} {TIMES} {product.height_cm} {TIMES} {product.width_cm} cm "
            f"(length {TIMES} height {TIMES} width)"
        )
    if product.weight_g and size:
        return f"Weighs {format_weight(product.weight_g)} packed; parcel {size}."
    if product.weight_g:
        return f"Weighs {format_weight(product.weight_g)} packed."
    if size:
        return f"Parcel {size}."
    return ""


def product_copy(*, product: OlistProduct) -> ProductCopy:
    """Title, short title and HTML description of an Olist product, always the same for the same id."""
    vocabulary = CATEGORY_VOCABULARIES.get(product.category_code, FALLBACK_VOCABULARY)
    style = STYLES[vocabulary.style]
    draw = stable_random("copy", product.product_id)
    family_name = draw.choice(sorted(vocabulary.nouns))
    family = FAMILIES[family_name]
    noun = draw.choice(vocabulary.nouns[family_name])
    adjective = draw.choice(family.adjectives)
    qualifier = draw.choice(family.qualifiers)
    colour = draw.choice(style.colours) if style.colours else ""
    selling_points = family.pitches or style.pitches
    pitches = draw.sample(selling_points, k=min(2, len(selling_points)))

    short_title = title_case(f"{adjective} {noun}")
    title = title_case(f"{adjective} {noun} {qualifier}")
    if colour:
        title += f" {EN_DASH} {title_case(colour)}"
    opening = "These" if is_plural(noun) else "This"
    verb = "come" if is_plural(noun) else "comes"
    sentences = [f"{opening} {adjective} {noun} {verb} {qualifier}.", *pitches]
    if colour:
        sentences.append(f"Colour: {colour}.")
    paragraphs = [" ".join(sentences)]
    measurements = measurements_sentence(product)
    if measurements:
        paragraphs.append(measurements)
    description = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return ProductCopy(title=title, short_title=short_title, description=description)
