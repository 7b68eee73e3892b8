"""Where the demo shop's customers live: currency, languages, phone, VAT, cities and streets."""

from __future__ import annotations

from dataclasses import dataclass

# Which store a customer of a region usually buys from: (Shopify, WooCommerce, Etsy).
_AMERICAS = (0.60, 0.05, 0.35)
_EURO = (0.30, 0.50, 0.20)
_EUROPE = (0.45, 0.30, 0.25)
_ASIA = (0.65, 0.05, 0.30)


@dataclass(frozen=True)
class Country:
    """One shipping country. Patterns: '#' a digit, '@' a capital letter."""

    code: str
    currency: str
    languages: tuple[tuple[str, float], ...]
    share: float
    phone: str
    vat: str
    stores: tuple[float, float, float]
    address: str  # "{n} {street}" and the like
    streets: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]  # (city, postcode pattern)

    @property
    def language_codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.languages)


def _cities(text: str) -> tuple[tuple[str, str], ...]:
    pairs = (item.split("=") for item in text.split(";"))
    return tuple((city.strip(), postcode.strip()) for city, postcode in pairs)


def _streets(text: str) -> tuple[str, ...]:
    return tuple(street.strip() for street in text.split(";"))


COUNTRIES: tuple[Country, ...] = (
    Country("US", "USD", (("en", 1.0),), 0.30, "+1 ### ### ####", "", _AMERICAS, "{n} {street}",
            _streets("Maple Avenue; Oak Street; Main Street; Cedar Lane; Park Avenue; Elm Street"),
            _cities("New York=100##; Los Angeles=900##; Chicago=606##; Houston=770##; "
                    "Seattle=981##; Austin=787##; Denver=802##; Boston=021##; Portland=972##")),
    Country("CA", "CAD", (("en", 0.78), ("fr", 0.22)), 0.06, "+1 ### ### ####", "", _AMERICAS,
            "{n} {street}", _streets("King Street West; Queen Street; Rue Saint-Denis; Yonge Street"),
            _cities("Toronto=M#@ #@#; Montréal=H#@ #@#; Vancouver=V#@ #@#; Calgary=T#@ #@#; "
                    "Ottawa=K#@ #@#")),
    Country("GB", "GBP", (("en", 1.0),), 0.09, "+44 7### ######", "0.20", _EUROPE, "{n} {street}",
            _streets("High Street; Station Road; Church Lane; Victoria Road; Mill Lane"),
            _cities("London=SW# #@@; Manchester=M## #@@; Edinburgh=EH# #@@; Bristol=BS# #@@; "
                    "Leeds=LS# #@@; Brighton=BN# #@@")),
    Country("DE", "EUR", (("de", 1.0),), 0.07, "+49 15# ########", "0.19", _EURO, "{street} {n}",
            _streets("Hauptstraße; Schulstraße; Gartenweg; Bahnhofstraße; Lindenallee"),
            _cities("Berlin=10###; München=80###; Hamburg=20###; Köln=50###; Frankfurt am Main=60###; "
                    "Leipzig=04###")),
    Country("FR", "EUR", (("fr", 1.0),), 0.05, "+33 6 ## ## ## ##", "0.20", _EURO, "{n} {street}",
            _streets("rue de la République; avenue Victor Hugo; rue des Lilas; boulevard Pasteur"),
            _cities("Paris=750##; Lyon=6900#; Marseille=130##; Toulouse=310##; Bordeaux=330##; "
                    "Lille=590##")),
    Country("ES", "EUR", (("es", 1.0),), 0.03, "+34 6## ### ###", "0.21", _EURO, "{street} {n}",
            _streets("Calle Mayor; Calle del Sol; Avenida de la Constitución; Calle Real"),
            _cities("Madrid=280##; Barcelona=080##; Valencia=460##; Sevilla=410##; Bilbao=480##")),
    Country("IT", "EUR", (("it", 1.0),), 0.03, "+39 3## ### ####", "0.22", _EURO, "{street} {n}",
            _streets("Via Roma; Via Garibaldi; Corso Italia; Via Dante; Piazza Mazzini"),
            _cities("Roma=001##; Milano=201##; Torino=101##; Firenze=501##; Napoli=801##")),
    Country("NL", "EUR", (("nl", 1.0),), 0.03, "+31 6 ########", "0.21", _EURO, "{street} {n}",
            _streets("Kerkstraat; Dorpsstraat; Molenweg; Prinsengracht; Stationsplein"),
            _cities("Amsterdam=10## @@; Rotterdam=30## @@; Utrecht=35## @@; Den Haag=25## @@")),
    Country("PL", "PLN", (("pl", 1.0),), 0.015, "+48 ### ### ###", "0.23", _EURO, "ul. {street} {n}",
            _streets("Długa; Polna; Lipowa; Mickiewicza; Kościuszki"),
            _cities("Warszawa=0#-###; Kraków=3#-###; Wrocław=5#-###; Gdańsk=80-###; Poznań=6#-###")),
    Country("SE", "SEK", (("sv", 1.0),), 0.015, "+46 7# ### ## ##", "0.25", _EUROPE, "{street} {n}",
            _streets("Storgatan; Kungsgatan; Drottninggatan; Skolgatan; Vasagatan"),
            _cities("Stockholm=11# ##; Göteborg=41# ##; Malmö=21# ##; Uppsala=75# ##")),
    Country("CH", "CHF", (("de", 0.65), ("fr", 0.25), ("it", 0.10)), 0.015, "+41 7# ### ## ##", "",
            _EUROPE, "{street} {n}", _streets("Bahnhofstrasse; Seestrasse; Rue du Rhône; Dorfstrasse"),
            _cities("Zürich=80##; Genève=12##; Basel=40##; Bern=30##; Lausanne=10##")),
    Country("AU", "AUD", (("en", 1.0),), 0.06, "+61 4## ### ###", "", _ASIA, "{n} {street}",
            _streets("George Street; Chapel Street; Beach Road; Wattle Avenue; Smith Street"),
            _cities("Sydney=20##; Melbourne=30##; Brisbane=40##; Perth=60##; Adelaide=50##")),
    Country("NZ", "NZD", (("en", 1.0),), 0.015, "+64 2# ### ####", "", _ASIA, "{n} {street}",
            _streets("Queen Street; Ponsonby Road; Cuba Street; Colombo Street"),
            _cities("Auckland=10##; Wellington=60##; Christchurch=80##; Dunedin=90##")),
    Country("JP", "JPY", (("ja", 1.0),), 0.04, "+81 90 #### ####", "", _ASIA, "{n}-{m}-{k} {street}",
            _streets("Jingumae; Nishi-Shinjuku; Umeda; Gion-machi; Sakae"),
            _cities("Tokyo=1##-####; Osaka=5##-####; Kyoto=60#-####; Nagoya=46#-####; "
                    "Fukuoka=81#-####; Sapporo=06#-####")),
    Country("KR", "KRW", (("ko", 1.0),), 0.02, "+82 10 #### ####", "", _ASIA, "{n} {street}",
            _streets("Teheran-ro; Sejong-daero; Haeundae-ro; Gangnam-daero"),
            _cities("Seoul=0####; Busan=4####; Incheon=2####; Daegu=4####")),
    Country("CN", "CNY", (("zh_CN", 1.0),), 0.02, "+86 13# #### ####", "", _ASIA, "{street} {n}号",
            _streets("南京东路; 中山路; 人民路; 解放路; 长安街"),
            _cities("上海=200###; 北京=100###; 深圳=518###; 杭州=310###; 广州=510###; 成都=610###")),
    Country("TW", "TWD", (("zh_TW", 1.0),), 0.025, "+886 9## ### ###", "", _ASIA, "{street}{n}號",
            _streets("忠孝東路; 中山北路; 民生路; 仁愛路; 中正路"),
            _cities("台北市=10#; 台中市=40#; 高雄市=80#; 台南市=70#; 新竹市=30#")),
    Country("HK", "HKD", (("zh_TW", 0.7), ("en", 0.3)), 0.025, "+852 #### ####", "", _ASIA,
            "Flat {m}, {n} {street}", _streets("Nathan Road; Queen's Road Central; Hennessy Road"),
            _cities("Hong Kong=; Kowloon=; Sha Tin=; Tsuen Wan=")),
    Country("SG", "SGD", (("en", 0.6), ("zh_CN", 0.4)), 0.02, "+65 #### ####", "", _ASIA,
            "{n} {street}", _streets("Orchard Road; Tampines Avenue; Bukit Timah Road; Jurong West"),
            _cities("Singapore=######")),
    Country("MX", "MXN", (("es", 1.0),), 0.015, "+52 55 #### ####", "", _AMERICAS, "{street} {n}",
            _streets("Avenida Reforma; Calle Madero; Avenida Juárez; Calle Morelos"),
            _cities("Ciudad de México=0####; Guadalajara=44###; Monterrey=64###; Puebla=72###")),
    Country("BR", "BRL", (("pt", 1.0),), 0.015, "+55 11 9#### ####", "", _AMERICAS,
            "{street}, {n}", _streets("Rua das Flores; Avenida Paulista; Rua Augusta; Rua XV de Novembro"),
            _cities("São Paulo=0####-###; Rio de Janeiro=2####-###; Curitiba=8####-###; "
                    "Belo Horizonte=3####-###")),
)

CHINESE_LANGUAGES = frozenset({"zh_CN", "zh_TW"})
