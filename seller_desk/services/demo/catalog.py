"""The demo shop's product range: about 200 SKUs sourced in China, costed in yuan."""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal

from seller_desk.domain.money import round_to_minor

COLOURS = {
    "RED": "Red", "WHT": "White", "GLD": "Gold", "BLU": "Blue", "PNK": "Pink", "GRN": "Green",
    "PRP": "Purple", "IVY": "Ivory", "BLK": "Black", "CEL": "Celadon", "NAT": "Natural linen",
    "GRY": "Grey", "MIX": "Mixed colours", "EBN": "Ebony", "BMB": "Bamboo", "LAC": "Red lacquer",
    "ZSN": "Purple clay", "ZHU": "Red clay", "JAD": "Green jade", "WJD": "White jade",
    "LOT": "Lotus", "DRG": "Dragon", "KOI": "Koi", "CLD": "Cloud", "KNT": "Endless knot",
    "SWL": "Swallow", "BFY": "Butterfly", "BRS": "Brass", "LJ": "Longjing green tea",
    "TGY": "Tieguanyin oolong", "PUE": "Pu-erh", "JAS": "Jasmine pearls",
    "DHG": "Dianhong black tea", "BMD": "Bai Mudan white tea", "STD": "Stud", "DRP": "Drop",
}
ZODIAC = "RAT OX TIGER RABBIT DRAGON SNAKE HORSE GOAT MONKEY ROOSTER DOG PIG"


@dataclass(frozen=True)
class ProductLine:
    """A product and its variants: colours times sizes (code, label, cost and weight factor)."""

    code: str
    title: str
    cost_yuan: str
    weight_g: int
    colours: str
    sizes: tuple[tuple[str, str, str], ...]
    blurb: str


def _sizes(text: str) -> tuple[tuple[str, str, str], ...]:
    """'S:20 cm:1 M:30 cm:1.5' -> ((S, 20 cm, 1), (M, 30 cm, 1.5))."""
    if not text:
        return ()
    return tuple(tuple(part.split(":")) for part in text.split("|"))  # type: ignore[misc]


def _line(code: str, title: str, cost: str, grams: int, colours: str, sizes: str,
          blurb: str) -> ProductLine:
    return ProductLine(code, title, cost, grams, colours, _sizes(sizes), blurb)


RANGE: tuple[ProductLine, ...] = (
    _line("LNT", "Round Paper Lantern", "6.5", 80, "RED WHT GLD BLU PNK",
          "S:20 cm:1|M:30 cm:1.45|L:40 cm:2.1", "Hand-folded rice paper on a bamboo frame."),
    _line("SLN", "Silk Lantern with Tassels", "28", 260, "RED GLD", "M:30 cm:1|L:45 cm:1.5",
          "Printed silk over a collapsible wire frame."),
    _line("FLN", "Fabric Lantern Set of 10", "35", 400, "RED MIX", "",
          "Ten foldable lanterns for a garden party."),
    _line("SCF", "Mulberry Silk Scarf", "45", 60, "RED BLU GRN PNK PRP IVY BLK GLD",
          "SQ:53 cm square:1|LG:170 cm long:1.5", "Sixteen-momme mulberry silk, hand-rolled hems."),
    _line("CSH", "Embroidered Cushion Cover", "18", 150, "RED BLU GRN GLD WHT",
          "45:45 x 45 cm:1|50:50 x 50 cm:1.2", "Suzhou-style embroidery on cotton-linen."),
    _line("TBL", "Linen Tablecloth", "38", 500, "NAT WHT GRY",
          "140:140 x 140 cm:1|200:140 x 200 cm:1.35|250:140 x 250 cm:1.7",
          "Stonewashed linen with a hemstitched border."),
    _line("RNR", "Embroidered Table Runner", "24", 220, "RED GLD BLU", "",
          "Cloud pattern in satin stitch."),
    _line("TPT", "Yixing Clay Teapot", "85", 300, "ZSN ZHU", "150:150 ml:1|250:250 ml:1.4",
          "Thrown from Yixing zisha clay; unglazed inside."),
    _line("TSET", "Porcelain Tea Set", "95", 1600, "BLU CEL WHT",
          "4P:teapot and 4 cups:1|6P:teapot and 6 cups:1.35", "Jingdezhen porcelain, gift boxed."),
    _line("GWN", "Porcelain Gaiwan", "22", 250, "BLU CEL WHT", "", "A lidded bowl for gongfu tea."),
    _line("CUP", "Tea Cups, Set of 4", "26", 320, "BLU CEL WHT BLK", "",
          "Small cups for gongfu brewing."),
    _line("BWL", "Blue and White Porcelain Bowl", "12", 280, "BLU",
          "45:4.5 in:1|60:6 in:1.4|80:8 in:2.2", "Hand-painted cobalt under glaze."),
    _line("VAS", "Ceramic Bud Vase", "30", 450, "CEL BLU WHT", "S:Small:1|M:Medium:1.5|L:Large:2.2",
          "Longquan-style glaze."),
    _line("CHP", "Chopsticks Gift Set", "16", 180, "EBN BMB LAC", "5:5 pairs:1|10:10 pairs:1.8",
          "With a brocade box and rests."),
    _line("STM", "Bamboo Steamer", "22", 600, "",
          "15:15 cm:1|20:20 cm:1.3|25:25 cm:1.7|30:30 cm:2.2", "Two tiers and a lid."),
    _line("TEA", "Loose Leaf Tea", "28", 50, "LJ TGY PUE JAS DHG BMD",
          "50:50 g:1|100:100 g:1.9|250:250 g:4.5", "This year's harvest, in a resealable tin."),
    _line("BRC", "Jade Bangle Bracelet", "120", 60, "JAD WJD",
          "54:54 mm:1|56:56 mm:1|58:58 mm:1.05|60:60 mm:1.1", "Nephrite jade, polished by hand."),
    _line("PRL", "Freshwater Pearl Earrings", "38", 20, "STD DRP", "WHT:White:1|PNK:Pink:1.1",
          "Sterling silver posts."),
    _line("PRN", "Freshwater Pearl Necklace", "95", 40, "", "40:40 cm:1|45:45 cm:1.15",
          "Hand-knotted on silk."),
    _line("NCK", "Sterling Silver Pendant Necklace", "55", 30, "LOT DRG KOI CLD", "",
          "925 silver on a 45 cm chain."),
    _line("RNG", "Sterling Silver Ring", "40", 15, "LOT KNT", "6:US 6:1|7:US 7:1|8:US 8:1|9:US 9:1",
          "925 silver, open back."),
    _line("FAN", "Silk Folding Fan", "14", 70, "RED BLU WHT BLK", "", "Painted silk, bamboo ribs."),
    _line("UMB", "Oil-paper Umbrella", "48", 700, "RED BLU", "", "Waxed paper, 84 cm canopy."),
    _line("KIT", "Silk Kite", "32", 250, "SWL DRG BFY", "", "Hand-painted, with 50 m of line."),
    _line("INC", "Incense Holder", "18", 200, "LOT BRS", "", "For sticks and cones."),
    _line("INS", "Sandalwood Incense Sticks", "9", 90, "", "50:50 sticks:1|100:100 sticks:1.8",
          "Slow-burning, no bamboo core."),
    _line("CAL", "Calligraphy Set", "60", 900, "", "BEG:Beginner:1|PRO:Pro:2.3",
          "Brushes, ink stick, ink stone and felt."),
    _line("KNO", "Chinese Knot Wall Hanging", "8", 60, "RED", "S:Small:1|M:Medium:1.6|L:Large:2.5",
          "Hand-tied good-luck knot with tassel."),
    _line("SLP", "Silk Sleep Mask", "19", 30, "PNK IVY BLK BLU GRY", "", "Both sides silk."),
    _line("PIL", "Silk Pillowcase", "65", 120, "IVY PNK GRY BLU",
          "STD:Standard:1|QN:Queen:1.15|KG:King:1.3", "22-momme silk, hidden zip."),
    _line("TOT", "Embroidered Tote Bag", "21", 250, "RED BLU NAT", "",
          "Canvas with a lined pocket."),
    _line("CLB", "Cloisonné Trinket Box", "42", 180, "BLU RED GRN", "", "Enamel on copper."),
    _line("PCT", "Paper-cut Window Decals", "7", 40, "", "ZOD:Zodiac set:1|FLW:Flower set:1",
          "Red paper cuttings, reusable."),
    _line("ZOD", "Porcelain Zodiac Figurine", "15", 120, "", "", "Hand-painted, 8 cm tall."),
    _line("MJG", "Travel Mahjong Set", "88", 1200, "", "MINI:Mini tiles:1|STD:Standard tiles:1.6",
          "144 tiles in a carry case."),
)


# Each product line's customs code (HS, six digits, as stored: digits only; "XXX=code" for the
# variants that differ) and the tags the seller gave its listings.
CUSTOMS: dict[str, tuple[str, str]] = {
    "LNT": ("940550", "lantern, paper, party decor, wedding"),
    "SLN": ("940550", "lantern, silk, Chinese New Year, home decor"),
    "FLN": ("950590", "lantern, party decor, garden, set"),
    "SCF": ("621410", "silk, scarf, gift for her"),
    "CSH": ("630492", "cushion, embroidery, home decor"),
    "TBL": ("630259", "linen, tablecloth, dining"),
    "RNR": ("630251", "table runner, embroidery, dining"),
    "TPT": ("691200", "tea, teapot, Yixing, gongfu"),
    "TSET": ("691110", "tea, porcelain, gift set"),
    "GWN": ("691110", "tea, porcelain, gongfu"),
    "CUP": ("691110", "tea, porcelain, cups"),
    "BWL": ("691110", "porcelain, blue and white, dining"),
    "VAS": ("691390", "ceramic, vase, home decor"),
    "CHP": ("441912", "chopsticks, dining, gift set"),
    "STM": ("441919", "bamboo, kitchen, dim sum"),
    "TEA": ("090210 TGY=090230 PUE=090230 DHG=090230", "tea, loose leaf"),
    "BRC": ("711620", "jade, bracelet, jewellery"),
    "PRL": ("711610", "pearl, earrings, jewellery, silver"),
    "PRN": ("711610", "pearl, necklace, jewellery, gift for her"),
    "NCK": ("711311", "silver, necklace, jewellery"),
    "RNG": ("711311", "silver, ring, jewellery"),
    "FAN": ("630790", "silk, fan, summer"),
    "UMB": ("660199", "umbrella, paper, wedding"),
    "KIT": ("950300", "kite, silk, outdoor"),
    "INC": ("830629", "incense, brass, meditation"),
    "INS": ("330741", "incense, sandalwood, meditation"),
    "CAL": ("960330", "calligraphy, brushes, art supplies"),
    "KNO": ("560900", "Chinese knot, good luck, Chinese New Year"),
    "SLP": ("630790", "silk, sleep, travel"),
    "PIL": ("630239", "silk, bedding, beauty sleep"),
    "TOT": ("420222", "bag, embroidery, canvas"),
    "CLB": ("741980", "cloisonné, trinket box, gift"),
    "PCT": ("482390", "paper cutting, Chinese New Year, window decor"),
    "ZOD": ("691310", "porcelain, zodiac, figurine, gift"),
    "MJG": ("950490", "mahjong, game, travel"),
}


def hs_code(family: str, colour: str) -> str:
    """The HS code of a variant of `family` (tea differs by kind: green, or fermented)."""
    general, *special = CUSTOMS[family][0].split()
    return dict(item.split("=") for item in special).get(colour, general)


@dataclass(frozen=True)
class DemoListing:
    sku: str
    parent_sku: str
    title: str
    description: str
    cost_minor: int  # fen (CNY)
    weight_grams: int
    family: str  # the product line's code, which decides where it sells
    hs_code: str = ""
    tags: str = ""


def product_range(rng: random.Random) -> list[DemoListing]:
    """Every variant of every product line, costed in fen with a little spread between SKUs."""
    listings: list[DemoListing] = []
    for line in RANGE:
        colours = line.colours.split() if line.colours else [""]
        sizes = line.sizes or (("", "", "1"),)
        if line.code == "ZOD":
            colours = ZODIAC.split()
        variants = [(colour, size) for colour in colours for size in sizes]
        for colour, (size_code, size_label, factor) in variants:
            sku = "-".join(part for part in (line.code, colour, size_code) if part)
            label = COLOURS.get(colour, colour.title())
            details = ", ".join(part for part in (label, size_label) if part)
            spread = Decimal(rng.randint(92, 108)) / 100
            cost = round_to_minor(Decimal(line.cost_yuan) * Decimal(factor) * spread, "CNY")
            listings.append(DemoListing(
                sku=sku,
                parent_sku=line.code if len(variants) > 1 else "",
                title=f"{line.title} – {details}" if details else line.title,
                description=line.blurb,
                cost_minor=cost,
                weight_grams=round(line.weight_g * float(factor)),
                family=line.code,
                hs_code=hs_code(line.code, colour),
                tags=CUSTOMS[line.code][1],
            ))
    return listings


# Product lines that suit Etsy (handmade and vintage-looking); the rest sells there less.
HANDMADE = frozenset({
    "LNT", "SLN", "SCF", "CSH", "RNR", "NCK", "RNG", "PRL", "PRN", "BRC", "KNO", "FAN", "UMB",
    "KIT", "CLB", "PCT",
})
