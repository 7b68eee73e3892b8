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
    """One shipping country. Patterns: '#' a digit, '%' a digit from 2, '@' a capital letter."""

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


def _country(code: str, currency: str, languages: str, share: float, phone: str, vat: str,
             stores: tuple[float, float, float], address: str, streets: str,
             cities: str) -> Country:
    """`languages` like 'de 0.65 fr 0.25 it 0.1'."""
    parts = languages.split()
    pairs = tuple((parts[i], float(parts[i + 1])) for i in range(0, len(parts), 2))
    return Country(code, currency, pairs, share, phone, vat, stores, address, _streets(streets),
                   _cities(cities))


COUNTRIES: tuple[Country, ...] = (
    _country("US", "USD", "en 1", 0.30, "+1 %## %## ####", "", _AMERICAS, "{n} {street}",
             "Maple Avenue; Oak Street; Main Street; Cedar Lane; Park Avenue; Elm Street",
             "New York=10###; Los Angeles=90###; Chicago=60###; Houston=77###; "
             "Seattle=98###; Austin=78###; Denver=80###; Boston=02###; Portland=97###"),
    _country("CA", "CAD", "en 0.78 fr 0.22", 0.06, "+1 %## %## ####", "", _AMERICAS,
             "{n} {street}", "King Street West; Queen Street; Rue Saint-Denis; Yonge Street",
             "Toronto=M#@ #@#; Montréal=H#@ #@#; Vancouver=V#@ #@#; Calgary=T#@ #@#; "
             "Ottawa=K#@ #@#"),
    _country("GB", "GBP", "en 1", 0.09, "+44 7### ######", "0.20", _EUROPE, "{n} {street}",
             "High Street; Station Road; Church Lane; Victoria Road; Mill Lane",
             "London=SW# #@@; Manchester=M## #@@; Edinburgh=EH# #@@; Bristol=BS# #@@; "
             "Leeds=LS# #@@; Brighton=BN# #@@"),
    _country("DE", "EUR", "de 1", 0.07, "+49 15# ########", "0.19", _EURO, "{street} {n}",
             "Hauptstraße; Schulstraße; Gartenweg; Bahnhofstraße; Lindenallee",
             "Berlin=10###; München=80###; Hamburg=20###; Köln=50###; "
             "Frankfurt am Main=60###; Leipzig=04###"),
    _country("FR", "EUR", "fr 1", 0.05, "+33 6 ## ## ## ##", "0.20", _EURO, "{n} {street}",
             "rue de la République; avenue Victor Hugo; rue des Lilas; boulevard Pasteur",
             "Paris=750##; Lyon=69###; Marseille=13###; Toulouse=31###; Bordeaux=33###; "
             "Lille=59###"),
    _country("ES", "EUR", "es 1", 0.03, "+34 6## ### ###", "0.21", _EURO, "{street} {n}",
             "Calle Mayor; Calle del Sol; Avenida de la Constitución; Calle Real",
             "Madrid=28###; Barcelona=08###; Valencia=46###; Sevilla=41###; Bilbao=48###"),
    _country("IT", "EUR", "it 1", 0.03, "+39 3## ### ####", "0.22", _EURO, "{street} {n}",
             "Via Roma; Via Garibaldi; Corso Italia; Via Dante; Piazza Mazzini",
             "Roma=00###; Milano=20###; Torino=10###; Firenze=50###; Napoli=80###"),
    _country("NL", "EUR", "nl 1", 0.03, "+31 6 ########", "0.21", _EURO, "{street} {n}",
             "Kerkstraat; Dorpsstraat; Molenweg; Prinsengracht; Stationsplein",
             "Amsterdam=10## @@; Rotterdam=30## @@; Utrecht=35## @@; Den Haag=25## @@"),
    _country("PL", "PLN", "pl 1", 0.015, "+48 5## ### ###", "0.23", _EURO, "ul. {street} {n}",
             "Długa; Polna; Lipowa; Mickiewicza; Kościuszki",
             "Warszawa=0#-###; Kraków=3#-###; Wrocław=5#-###; Gdańsk=80-###; "
             "Poznań=6#-###"),
    _country("SE", "SEK", "sv 1", 0.015, "+46 7# ### ## ##", "0.25", _EUROPE, "{street} {n}",
             "Storgatan; Kungsgatan; Drottninggatan; Skolgatan; Vasagatan",
             "Stockholm=11# ##; Göteborg=41# ##; Malmö=21# ##; Uppsala=75# ##"),
    _country("CH", "CHF", "de 0.65 fr 0.25 it 0.10", 0.015, "+41 7# ### ## ##", "", _EUROPE,
             "{street} {n}", "Bahnhofstrasse; Seestrasse; Rue du Rhône; Dorfstrasse",
             "Zürich=8###; Genève=12##; Basel=40##; Bern=30##; Lausanne=10##"),
    _country("AU", "AUD", "en 1", 0.06, "+61 4## ### ###", "0.10", _ASIA, "{n} {street}",
             "George Street; Chapel Street; Beach Road; Wattle Avenue; Smith Street",
             "Sydney=2###; Melbourne=3###; Brisbane=4###; Perth=6###; Adelaide=5###"),
    _country("NZ", "NZD", "en 1", 0.015, "+64 2# ### ####", "", _ASIA, "{n} {street}",
             "Queen Street; Ponsonby Road; Cuba Street; Colombo Street",
             "Auckland=1###; Wellington=5###; Christchurch=8###; Dunedin=9###"),
    _country("JP", "JPY", "ja 1", 0.04, "+81 90 #### ####", "", _ASIA, "{n}-{m}-{k} {street}",
             "Jingumae; Nishi-Shinjuku; Umeda; Gion-machi; Sakae",
             "Tokyo=1##-####; Osaka=5##-####; Kyoto=60#-####; Nagoya=46#-####; "
             "Fukuoka=81#-####; Sapporo=06#-####"),
    _country("KR", "KRW", "ko 1", 0.02, "+82 10 #### ####", "", _ASIA, "{n} {street}",
             "Teheran-ro; Sejong-daero; Haeundae-ro; Gangnam-daero",
             "Seoul=0####; Busan=4####; Incheon=2####; Daegu=4####"),
    _country("CN", "CNY", "zh_CN 1", 0.02, "+86 13# #### ####", "", _ASIA, "{street} {n}号",
             "南京东路; 中山路; 人民路; 解放路; 长安街",
             "上海=200###; 北京=100###; 深圳=518###; 杭州=310###; 广州=510###; "
             "成都=610###"),
    _country("TW", "TWD", "zh_TW 1", 0.025, "+886 9## ### ###", "", _ASIA, "{street}{n}號",
             "忠孝東路; 中山北路; 民生路; 仁愛路; 中正路",
             "台北市=10####; 台中市=40####; 高雄市=80####; 台南市=70####; 新竹市=30####"),
    _country("HK", "HKD", "zh_TW 0.7 en 0.3", 0.025, "+852 9### ####", "", _ASIA,
             "Flat {m}, {n} {street}", "Nathan Road; Queen's Road Central; Hennessy Road",
             "Hong Kong=; Kowloon=; Sha Tin=; Tsuen Wan="),
    _country("SG", "SGD", "en 0.6 zh_CN 0.4", 0.02, "+65 9### ####", "", _ASIA, "{n} {street}",
             "Orchard Road; Tampines Avenue; Bukit Timah Road; Jurong West",
             "Singapore=######"),
    _country("MX", "MXN", "es 1", 0.015, "+52 55 #### ####", "", _AMERICAS, "{street} {n}",
             "Avenida Reforma; Calle Madero; Avenida Juárez; Calle Morelos",
             "Ciudad de México=0####; Guadalajara=44###; Monterrey=64###; Puebla=72###"),
    _country("BR", "BRL", "pt 1", 0.015, "+55 11 9#### ####", "", _AMERICAS, "{street}, {n}",
             "Rua das Flores; Avenida Paulista; Rua Augusta; Rua XV de Novembro",
             "São Paulo=0####-###; Rio de Janeiro=2####-###; Curitiba=8####-###; "
             "Belo Horizonte=3####-###"),
)

CHINESE_LANGUAGES = frozenset({"zh_CN", "zh_TW"})
