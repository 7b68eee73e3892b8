"""Given and family names by country; East Asian ones in their script with a romanised form."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_EN_US = (
    "James Olivia Emma Liam Noah Ava Sophia Mason Isabella Ethan Mia Lucas Charlotte Amelia "
    "Harper Benjamin Emily Jack Grace Chloe Daniel Madison Ella Elijah Abigail Henry Scarlett "
    "Alexander Aria Michael Luna Sebastian Layla Owen Zoe Carter Nora Wyatt Hazel Julian Riley "
    "Aiden",
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin "
    "Thompson White Harris Clark Lewis Walker Young Garcia Nguyen Rodriguez Martinez Hernandez "
    "Lopez Gonzalez Lee Perez Robinson Hall Allen King Wright Scott Torres Hill Flores Green "
    "Adams Nelson Baker Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins "
    "Edwards",
)
_EN_GB = (
    "Oliver George Amelia Isla Harry Poppy Alfie Freya Jack Sophie Charlie Ella Thomas Lily "
    "Oscar Evie William Grace Jacob Ruby",
    "Smith Jones Taylor Brown Williams Wilson Evans Davies Roberts Wright Walker Hughes Patel "
    "Khan Thompson Wood Green Hall Clarke Turner",
)
_ES = (
    "Hugo Martín Lucas Mateo Lucía Sofía Martina María Paula Daniel Alejandro Carmen Javier "
    "Elena Pablo Álvaro",
    "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz "
    "Hernández Díaz Moreno Muñoz",
)
_MX = (
    "Santiago Mateo Sebastián Leonardo Ximena Valentina Regina Camila Diego Sofía Andrea "
    "Guadalupe Fernanda Emiliano",
    "Hernández García Martínez López González Pérez Rodríguez Sánchez Ramírez Cruz Flores Gómez "
    "Morales Vázquez",
)
_DE = (
    "Lukas Leon Finn Jonas Paul Felix Emma Mia Hannah Lena Sophie Marie Anna Jürgen Sabine "
    "Katharina Ben Elias Noah Clara Lina Emilia Maximilian Johanna Tobias Stefanie",
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter "
    "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner "
    "Krause Lehmann",
)
_CH = (
    "Noah Luca Leon Mia Emma Lara Elena Laura Matteo Lina Nicolas Chloé Samuel Nina Livio "
    "Alina Gian Seraina Jonas Léa",
    "Müller Meier Schmid Keller Weber Huber Schneider Steiner Fischer Gerber Brunner Baumann "
    "Frei Rochat Moser Widmer Zürcher Graf Bianchi Favre",
)
_FR = (
    "Gabriel Léo Raphaël Louis Jade Louise Emma Alice Chloé Lucas Hugo Manon Camille Inès Théo "
    "Élodie Nathan Adam Arthur Jules Lina Rose Anna Léna Zoé Sarah Mathis Clément",
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
    "Lefèvre Michel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Faure "
    "André Mercier Blanc Guérin Roux",
)
_IT = (
    "Leonardo Francesco Alessandro Lorenzo Mattia Sofia Giulia Aurora Alice Ginevra Giuseppe "
    "Chiara Marco Elena Luca Francesca",
    "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
    "Costa Giordano Mancini",
)
_NL = (
    "Daan Sem Lucas Levi Finn Emma Julia Mila Tess Sophie Sanne Lotte Bram Thijs Anouk Jeroen",
    "de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer "
    "Mulder de_Groot Bos Vos Peters",
)
_PL = (
    "Antoni Jan Jakub Aleksander Franciszek Zuzanna Julia Zofia Hanna Maja Katarzyna Piotr "
    "Krzysztof Agnieszka Tomasz Małgorzata",
    "Nowak Wójcik Kowalczyk Woźniak Mazur Krawczyk Kaczmarek Zając Król Wieczorek Wróbel Pawlak "
    "Michalak Sikora Baran Duda",
)
_SE = (
    "William Noah Hugo Liam Lucas Alice Maja Elsa Astrid Wilma Ebba Oscar Karin Erik Ingrid Björn",
    "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
    "Pettersson Jonsson Lindberg Lindström Berg Åberg",
)
_BR = (
    "Miguel Arthur Heitor Davi Gabriel Helena Alice Laura Valentina João Ana Lucas Beatriz "
    "Rafael Larissa Mariana",
    "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro "
    "Martins Carvalho Almeida Araújo",
)
_SG = (
    "Wei_Ling Jia_Hui Jun_Jie Zhi_Hao Xin_Yi Ethan Chloe Priya Nurul Marcus Rachel Darren",
    "Tan Lim Lee Ng Ong Wong Goh Chua Koh Teo Kumar Rahman",
)
_CN = (
    "伟=Wei 芳=Fang 娜=Na 敏=Min 静=Jing 丽=Li 强=Qiang 磊=Lei 洋=Yang 艳=Yan 杰=Jie 涛=Tao "
    "明=Ming 秀英=Xiuying 子涵=Zihan 浩然=Haoran 雨桐=Yutong 梓萱=Zixuan 宇轩=Yuxuan 欣怡=Xinyi",
    "王=Wang 李=Li 张=Zhang 刘=Liu 陈=Chen 杨=Yang 黄=Huang 赵=Zhao 吴=Wu 周=Zhou 徐=Xu 孙=Sun "
    "马=Ma 朱=Zhu 胡=Hu 郭=Guo 何=He 林=Lin 高=Gao 罗=Luo",
)
_TW = (
    "怡君=Yi-Chun 雅婷=Ya-Ting 家豪=Chia-Hao 志明=Chih-Ming 俊傑=Chun-Chieh 淑芬=Shu-Fen "
    "冠宇=Kuan-Yu 承恩=Cheng-En 宜蓁=Yi-Chen 詩涵=Shih-Han 美玲=Mei-Ling 建宏=Chien-Hung "
    "欣妤=Hsin-Yu 柏翰=Po-Han 宗翰=Tsung-Han 佳穎=Chia-Ying 品妍=Pin-Yen 子晴=Tzu-Ching "
    "承翰=Cheng-Han 思妤=Szu-Yu",
    "陳=Chen 林=Lin 黃=Huang 張=Chang 李=Lee 王=Wang 吳=Wu 劉=Liu 蔡=Tsai 楊=Yang 許=Hsu "
    "鄭=Cheng 謝=Hsieh 郭=Kuo 洪=Hung 曾=Tseng 蕭=Hsiao 賴=Lai 葉=Yeh 廖=Liao",
)
_HK = (
    "嘉欣=Ka_Yan 志強=Chi_Keung 家明=Ka_Ming 詠詩=Wing_Sze 偉文=Wai_Man 美儀=Mei_Yee "
    "子軒=Tsz_Hin 凱琳=Hoi_Lam 浩文=Ho_Man 曉彤=Hiu_Tung",
    "陳=Chan 黃=Wong 李=Lee 張=Cheung 梁=Leung 林=Lam 劉=Lau 吳=Ng 何=Ho 周=Chow 麥=Mak 鄭=Cheng",
)
_JP = (
    "陽翔=Haruto 蓮=Ren 湊=Minato 大翔=Hiroto 結衣=Yui 陽葵=Himari 芽依=Mei 美咲=Misaki "
    "健太=Kenta 翔太=Shota さくら=Sakura 拓海=Takumi 葵=Aoi 優子=Yuko 直樹=Naoki",
    "佐藤=Sato 鈴木=Suzuki 高橋=Takahashi 田中=Tanaka 伊藤=Ito 渡辺=Watanabe 山本=Yamamoto "
    "中村=Nakamura 小林=Kobayashi 加藤=Kato 吉田=Yoshida 山田=Yamada 松本=Matsumoto 井上=Inoue",
)
_KR = (
    "민준=Minjun 서연=Seoyeon 지훈=Jihoon 서준=Seojun 하은=Haeun 도윤=Doyun 지민=Jimin "
    "수빈=Subin 예준=Yejun 지우=Jiwoo 현우=Hyunwoo 유진=Yujin",
    "김=Kim 이=Lee 박=Park 최=Choi 정=Jung 강=Kang 조=Cho 윤=Yoon 장=Jang 임=Lim 한=Han 오=Oh",
)

# (given names, family names, share written in the script, how the script form is joined)
_BY_COUNTRY: dict[str, tuple[tuple[str, str], float, str]] = {
    "US": (_EN_US, 0.0, ""), "CA": (_EN_US, 0.0, ""), "GB": (_EN_GB, 0.0, ""),
    "AU": (_EN_GB, 0.0, ""), "NZ": (_EN_GB, 0.0, ""), "DE": (_DE, 0.0, ""), "CH": (_CH, 0.0, ""),
    "FR": (_FR, 0.0, ""), "ES": (_ES, 0.0, ""), "MX": (_MX, 0.0, ""), "IT": (_IT, 0.0, ""),
    "NL": (_NL, 0.0, ""), "PL": (_PL, 0.0, ""), "SE": (_SE, 0.0, ""), "BR": (_BR, 0.0, ""),
    "SG": (_SG, 0.0, ""), "CN": (_CN, 0.7, ""), "TW": (_TW, 0.6, ""), "HK": (_HK, 0.4, ""),
    "JP": (_JP, 0.6, " "), "KR": (_KR, 0.6, ""),
}

_ASCII = str.maketrans({"ß": "ss", "ø": "o", "ł": "l", "Ł": "L", "æ": "ae", "œ": "oe"})


def ascii_letters(text: str) -> str:
    """'Müller' -> 'muller', 'Chia-Hao' -> 'chiahao': the form an e-mail address can use."""
    plain = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(ch for ch in plain.lower() if ch.isascii() and ch.isalnum())


@dataclass(frozen=True)
class Name:
    script: str  # as written at home ("" where that is the Latin form)
    latin: str
    email: str  # ascii_letters(latin)


@dataclass(frozen=True)
class CountryNames:
    given: tuple[Name, ...]
    family: tuple[Name, ...]
    script_share: float
    script_joiner: str

    def full(self, given: Name, family: Name, in_script: bool) -> str:
        if in_script and given.script and family.script:
            return f"{family.script}{self.script_joiner}{given.script}"
        return f"{given.latin} {family.latin}"


def _names(text: str) -> tuple[Name, ...]:
    result = []
    for item in text.split():
        script, _, latin = item.rpartition("=")
        latin = latin.replace("_", " ")
        result.append(Name(script, latin, ascii_letters(latin)))
    return tuple(result)


NAMES: dict[str, CountryNames] = {
    code: CountryNames(_names(given), _names(family), share, joiner)
    for code, ((given, family), share, joiner) in _BY_COUNTRY.items()
}
