import re
from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.replies import (
    LANGUAGE_NAMES,
    PLACEHOLDER_LABELS,
    PLACEHOLDERS,
    REPLY_KIND_LABELS,
    REPLY_LANGUAGES,
    RenderedReply,
    ReplyKind,
    ReplyTemplate,
    built_in,
    pick_language,
    placeholders_in,
    render,
    validate_template,
)

stable = settings(derandomize=True)
every_template = list(product(ReplyKind, REPLY_LANGUAGES))
ALL_VALUES = {
    "customer_name": "Anna Berg", "first_name": "Anna", "order_number": "#1042",
    "order_date": "3 March 2025", "shop_name": "Maple & Moss", "items": "1 × Linen apron",
    "tracking_number": "LX123456789DE", "carrier": "DHL",
    "tracking_link": "https://track.example/LX123456789DE", "refund_amount": "€24.90",
    "review_link": "https://reviews.example/1042",
}
GREETINGS = {"first_name", "customer_name"}


def test_languages_and_labels():
    assert REPLY_LANGUAGES == ("en", "zh_CN", "zh_TW", "de", "fr", "es", "ja")
    assert LANGUAGE_NAMES == {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文",
                              "de": "Deutsch", "fr": "Français", "es": "Español",
                              "ja": "日本語"}
    assert set(REPLY_KIND_LABELS) == set(ReplyKind)
    assert set(PLACEHOLDER_LABELS) == set(ALL_VALUES) == set(PLACEHOLDERS)


@pytest.mark.parametrize(("kind", "language"), every_template)
def test_every_built_in_is_valid_and_fills_completely(kind, language):
    template = built_in(kind, language)
    assert (template.kind, template.language) == (kind, language)
    assert template.subject.strip() and template.body.strip()
    validate_template(template.subject)
    validate_template(template.body)
    reply = render(template, ALL_VALUES)
    assert reply.missing == ()
    assert not re.search(r"[{}]", reply.subject + reply.body)
    assert "Maple & Moss" in reply.body


@pytest.mark.parametrize("kind", list(ReplyKind))
def test_every_language_says_the_same_facts(kind):
    english = set(placeholders_in(built_in(kind, "en").body)) - GREETINGS
    for language in REPLY_LANGUAGES:
        template = built_in(kind, language)
        used = set(placeholders_in(template.subject + template.body))
        assert used - GREETINGS >= english, language
        assert len(used & GREETINGS) == 1, language


@pytest.mark.parametrize(("kind", "needed"), [
    (ReplyKind.WHERE_IS_MY_ORDER, {"order_number", "tracking_number", "tracking_link"}),
    (ReplyKind.SHIPPED, {"items", "carrier", "tracking_number", "tracking_link"}),
    (ReplyKind.THANK_YOU, {"order_number"}),
    (ReplyKind.REVIEW_REQUEST, {"review_link"}),
    (ReplyKind.DELAY_APOLOGY, {"order_number", "items"}),
    (ReplyKind.REFUND_CONFIRMATION, {"refund_amount", "order_number"}),
])
def test_each_kind_carries_its_facts(kind, needed):
    for language in REPLY_LANGUAGES:
        template = built_in(kind, language)
        assert needed <= set(placeholders_in(template.subject + template.body)), language


# Characters that differ between the two Chinese scripts, common in shop mail.
SIMPLIFIED_ONLY = set("订单货这们发邮联运费请时间务购买达满谢询确")
TRADITIONAL_ONLY = set("訂單貨這們發郵聯運費請時間務購買達滿謝詢確")


@pytest.mark.parametrize("kind", list(ReplyKind))
def test_chinese_templates_keep_to_their_script(kind):
    simplified = built_in(kind, "zh_CN")
    traditional = built_in(kind, "zh_TW")
    assert not set(simplified.subject + simplified.body) & TRADITIONAL_ONLY
    assert not set(traditional.subject + traditional.body) & SIMPLIFIED_ONLY
    assert "您好" in simplified.body and "您好" in traditional.body
    assert "{customer_name}" in simplified.body and "{customer_name}" in traditional.body


@pytest.mark.parametrize("kind", list(ReplyKind))
def test_register_of_each_language(kind):
    japanese = built_in(kind, "ja")
    assert japanese.body.startswith("{customer_name} 様")
    assert "ございます" in japanese.body or "いたします" in japanese.body
    german = built_in(kind, "de").body
    assert german.startswith("Guten Tag {customer_name},")
    assert re.search(r"\b(Sie|Ihr|Ihre|Ihnen)\b", german)
    assert not re.search(r"\b(du|dich|dir|dein|deine)\b", german, re.IGNORECASE)
    spanish = built_in(kind, "es").body
    assert not re.search(r"\b(tu|tus|te|contigo)\b", spanish)  # usted throughout
    assert built_in(kind, "fr").body.startswith("Bonjour {customer_name},")


@pytest.mark.parametrize(("tag", "language"), [
    ("en", "en"), ("en-US", "en"), ("EN_gb", "en"), ("de", "de"), ("de-AT", "de"),
    ("de_CH", "de"), ("fr-CA", "fr"), ("fr_BE", "fr"), ("es-MX", "es"), ("es_419", "es"),
    ("ja", "ja"), ("ja-JP", "ja"), ("ja_JP.UTF-8", "ja"), ("zh", "zh_CN"), ("zh-CN", "zh_CN"),
    ("zh-Hans", "zh_CN"), ("zh_SG", "zh_CN"), ("ZH-hans-HK", "zh_CN"), ("zh-TW", "zh_TW"),
    ("zh_HK", "zh_TW"), ("zh-Hant", "zh_TW"), ("zh_MO", "zh_TW"), ("zh-Hant-CN", "zh_TW"),
    ("zh_TW", "zh_TW"), ("zh_CN", "zh_CN"), (" de-DE ", "de"), ("yue-HK", "zh_TW"),
])
def test_pick_language(tag, language):
    assert pick_language(tag) == language


def test_pick_language_falls_back():
    assert pick_language("pt") == "en"
    assert pick_language("pt-BR", fallback="es") == "es"
    assert pick_language("", fallback="de_AT") == "de"
    assert pick_language("ko", fallback="xx") == "en"
    assert pick_language("-_-") == "en"


@stable
@given(st.text(max_size=20), st.text(max_size=10))
def test_pick_language_always_returns_a_reply_language(tag, fallback):
    assert pick_language(tag, fallback) in REPLY_LANGUAGES


@stable
@given(st.sampled_from(REPLY_LANGUAGES), st.booleans(), st.booleans())
def test_pick_language_keeps_members_whatever_the_case_and_separator(language, upper, dash):
    tag = language.upper() if upper else language
    assert pick_language(tag.replace("_", "-") if dash else tag) == language


def test_built_in_accepts_any_tag_and_kind_text():
    assert built_in("thank_you", "de-CH") == built_in(ReplyKind.THANK_YOU, "de")
    assert built_in(ReplyKind.SHIPPED, "pt").language == "en"


@pytest.mark.parametrize("text", [
    "", "Hi {first_name}", "{{literal}} and {order_number}", "}} {{", "{ order_number }",
    "no placeholders at all",
])
def test_validate_template_accepts(text):
    validate_template(text)


def test_validate_template_names_an_unknown_placeholder():
    with pytest.raises(ValidationError) as caught:
        validate_template("Hi {firstname}, your order {order_number}")
    error = caught.value
    assert error.item == "firstname"
    assert str(error).startswith("Unknown placeholder {firstname}; use one of: {customer_name}, ")
    assert "{review_link}" in str(error)


@pytest.mark.parametrize("text", ["{}", "{order_number:>10}", "{0}", "{order_number!r}"])
def test_validate_template_refuses_format_tricks(text):
    with pytest.raises(ValidationError, match="Unknown placeholder"):
        validate_template(text)


@pytest.mark.parametrize(("text", "position"), [
    ("Hi {first_name", 4), ("Hi first_name}", 14), ("{a{first_name}", 1), ("}{", 1),
    ("{first_name}}", 13),
])
def test_validate_template_refuses_unbalanced_braces(text, position):
    with pytest.raises(ValidationError) as caught:
        validate_template(text)
    assert caught.value.params["position"] == position
    assert str(caught.value) == (f"Unbalanced brace at character {position}; "
                                 "write {{ or }} for a brace that is not a placeholder")


def test_render_fills_and_lists_what_is_missing():
    template = ReplyTemplate(ReplyKind.SHIPPED, "en", "Order {order_number}",
                             "Hi {first_name}, {carrier} {tracking_number} {carrier}")
    reply = render(template, {"order_number": "#7", "carrier": "  ", "first_name": "Li"})
    assert reply == RenderedReply(
        "Order #7", "Hi Li, {carrier} {tracking_number} {carrier}",
        ("carrier", "tracking_number"))


def test_render_keeps_user_text_as_typed():
    template = ReplyTemplate(ReplyKind.THANK_YOU, "en", "{{shop}} {", "{ first_name } {coupon} }")
    reply = render(template, {"first_name": "Ana {order_number}", "coupon": "SAVE10"})
    assert reply.subject == "{shop} {"
    assert reply.body == "Ana {order_number} SAVE10 }"  # values are never parsed
    assert reply.missing == ()


def test_placeholders_in():
    assert placeholders_in("{a} {{b}} {c} {a} {") == ("a", "c")


@stable
@given(st.text(max_size=60), st.dictionaries(st.sampled_from(PLACEHOLDERS), st.text(max_size=8)))
def test_render_never_raises_on_user_text(text, values):
    reply = render(ReplyTemplate(ReplyKind.THANK_YOU, "en", text, text), values)
    assert set(reply.missing) <= set(placeholders_in(text))
    for name in reply.missing:
        assert f"{{{name}}}" in reply.body


@stable
@given(st.lists(st.sampled_from([*PLACEHOLDERS, "{{", "}}", "text ", "\n", "—"]), max_size=12))
def test_templates_made_of_known_parts_validate(parts):
    text = "".join(f"{{{p}}}" if p in PLACEHOLDER_LABELS else p for p in parts)
    validate_template(text)
    assert render(ReplyTemplate(ReplyKind.THANK_YOU, "en", "", text), ALL_VALUES).missing == ()


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Nov 27, 2024"), ("de", "27.11.2024"), ("fr", "27/11/2024"), ("es", "27/11/2024"),
    ("ja", "2024年11月27日"), ("zh_CN", "2024年11月27日"), ("zh_TW", "2024年11月27日"),
])
def test_dates_are_written_as_the_customer_reads_them(language, expected):
    from datetime import date

    from seller_desk.domain.replies import reply_date

    assert reply_date(date(2024, 11, 27), language) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Anna Berg", "Anna"), ("Berg, Anna", "Anna"), ("陈静", "陈静"), ("", ""), ("  ", ""),
])
def test_first_name(name, expected):
    from seller_desk.domain.replies import first_name

    assert first_name(name) == expected
