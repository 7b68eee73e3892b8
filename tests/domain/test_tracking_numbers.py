"""The offline tracking-number check: formats, check digits, reasons, builders."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seller_desk.domain import tracking_numbers as tn
from seller_desk.domain.carriers import Carrier
from seller_desk.domain.s10_countries import OTHER_SERVICE, S10_COUNTRIES, S10_SERVICES
from seller_desk.domain.text import CONTEXT_OF, Label
from seller_desk.domain.tracking_numbers import (
    CarrierGuess,
    NumberCheck,
    check,
    check_digit_dhl,
    check_digit_fedex,
    check_digit_gs1,
    check_digit_s10,
    check_digit_ups,
    make_dhl,
    make_fedex12,
    make_s10,
    make_ups,
    make_usps,
    normalise,
)

# (number, carrier, format): the worked examples of API_NOTES §5, then published valid test
# numbers of jkeen/tracking_number_data for the forms §5 names without an example.
WORKED = [
    ("RR123456785CN", Carrier.CHINA_POST, tn.S10),
    ("RR123456140CN", Carrier.CHINA_POST, tn.S10),  # C = 10 → 0
    ("RR123456025CN", Carrier.CHINA_POST, tn.S10),  # C = 11 → 5
    ("1Z999AA10123456784", Carrier.UPS, tn.UPS_1Z),
    ("1Z5R89390357567127", Carrier.UPS, tn.UPS_1Z),
    ("K1506235620", Carrier.UPS, tn.UPS_WAYBILL),
    ("9400111206206406260787", Carrier.USPS, tn.USPS_22),
    ("03071790000523483741", Carrier.USPS, tn.USPS_20),
    ("986578788855", Carrier.FEDEX, tn.FEDEX_12),
    ("477179081230", Carrier.FEDEX, tn.FEDEX_12),  # 165 mod 11 = 0
    ("041441760228964", Carrier.FEDEX, tn.FEDEX_15),
    ("3318810025", Carrier.DHL_EXPRESS, tn.DHL_10),
    ("1099255990", Carrier.DHL_EXPRESS, tn.DHL_10),
]
PUBLISHED = [
    ("RB123456785GB", Carrier.ROYAL_MAIL, tn.S10),
    ("RB123456785US", Carrier.USPS, tn.S10),
    ("RB123456785CV", Carrier.OTHER_POST, tn.S10),
    ("1Z879E930346834440", Carrier.UPS, tn.UPS_1Z),
    ("1Z410E7W0392751591", Carrier.UPS, tn.UPS_1Z),
    ("1Z8V92A70367203024", Carrier.UPS, tn.UPS_1Z),
    ("1ZXX3150YW44070023", Carrier.UPS, tn.UPS_1Z),
    ("K2479825491", Carrier.UPS, tn.UPS_WAYBILL),
    ("J4603636537", Carrier.UPS, tn.UPS_WAYBILL),
    ("V0490119172", Carrier.UPS, tn.UPS_WAYBILL),
    ("V0431105627", Carrier.UPS, tn.UPS_WAYBILL),
    ("71123456789123456787", Carrier.USPS, tn.USPS_20),
    ("71969010756003077385", Carrier.USPS, tn.USPS_20),  # valid only with "91" in front
    ("9505511069605048600624", Carrier.USPS, tn.USPS_22),
    ("9101123456789000000013", Carrier.USPS, tn.USPS_22),
    ("9400111201080805483016", Carrier.USPS, tn.USPS_22),
    ("9361289878700317633795", Carrier.USPS, tn.USPS_22),
    ("9405803699300124287899", Carrier.USPS, tn.USPS_22),
    ("92748931507708513018050063", Carrier.USPS, tn.USPS_26),
    ("420221539101026837331000039521", Carrier.USPS, tn.USPS_22),  # 420 + ZIP5
    ("4201002334249200190132607600833457", Carrier.USPS, tn.USPS_22),  # 420 + ZIP9
    ("4201028200009261290113185417468510", Carrier.USPS, tn.USPS_22),
    ("799531274483", Carrier.FEDEX, tn.FEDEX_12),
    ("790535312317", Carrier.FEDEX, tn.FEDEX_12),
    ("974367662710", Carrier.FEDEX, tn.FEDEX_12),
    ("568283610012000", Carrier.FEDEX, tn.FEDEX_15),
    ("568283610012734", Carrier.FEDEX, tn.FEDEX_15),
    ("9611020987654312345672", Carrier.FEDEX, tn.FEDEX_22),
    ("1001921334250001000300779017972697", Carrier.FEDEX, tn.FEDEX_34),
    ("1001901781990001000300617767839437", Carrier.FEDEX, tn.FEDEX_34),
    ("9622001560001234567100794808390594", Carrier.FEDEX, tn.FEDEX_34),
    ("9632001560123456789900794808390594", Carrier.FEDEX, tn.FEDEX_34),
    ("8487135506", Carrier.DHL_EXPRESS, tn.DHL_10),
    ("3821724944", Carrier.DHL_EXPRESS, tn.DHL_10),
    ("73891051146", Carrier.DHL_EXPRESS, tn.DHL_11),
]
# jkeen/tracking_number_data's published invalid numbers, where they fit a form checked here.
PUBLISHED_INVALID = [
    "RB123456786US", "RB123456785XX", "1Z1111111111111111", "03071790000523483742",
    "4201028200009261290113185417468511", "61299998820821171811", "9200000000000000000000",
    "996578788855", "568283610012732", "9600000000000000000001",
    "1001901781990001000300617767839438", "9622001560001234567100794808390595",
    "3318810010", "3318810034", "3318810011",
]


def guesses(number: str) -> set[tuple[Carrier, str]]:
    return {(guess.carrier, guess.format) for guess in check(number).candidates}


def with_char(number: str, position: int, char: str) -> str:
    return number[:position] + char + number[position + 1:]


def substitutions(number: str, positions: range) -> list[tuple[int, str, str]]:
    """Every other digit at every one of `positions`: (position, new digit, new number)."""
    return [(position, digit, with_char(number, position, digit))
            for position in positions for digit in string.digits if digit != number[position]]


# --- valid numbers -----------------------------------------------------------------------


@pytest.mark.parametrize(("number", "carrier", "label"), WORKED + PUBLISHED)
def test_published_numbers_are_valid(number, carrier, label):
    result = check(number)
    assert result.valid and result.checkable
    assert (result.reason, result.params, result.message()) == ("", {}, "")
    assert (carrier, label) in guesses(number)


@pytest.mark.parametrize("number", PUBLISHED_INVALID)
def test_published_invalid_numbers_are_refused(number):
    result = check(number)
    assert not result.valid and result.checkable and result.candidates == ()
    assert result.message()


def test_s10_candidates_name_country_and_service():
    assert check("RR123456785CN").candidates == (
        CarrierGuess(Carrier.CHINA_POST, tn.S10, "CN", S10_SERVICES["R"]),)
    assert check("CP123456785DE").candidates == (
        CarrierGuess(Carrier.DEUTSCHE_POST, tn.S10, "DE", "Parcel"),)
    # A post without a carrier of its own in this app, and a service letter outside the list.
    assert check("ZZ123456785CV").candidates == (
        CarrierGuess(Carrier.OTHER_POST, tn.S10, "CV", OTHER_SERVICE),)


@pytest.mark.parametrize(("letter", "service"), [
    ("E", "EMS"), ("R", "Registered"), ("L", "Tracked letter"), ("C", "Parcel"),
    ("U", "Untracked letter"), ("V", "Insured"), ("A", "Other service"),
])
def test_s10_service_comes_from_the_first_letter(letter, service):
    (guess, *_) = check(make_s10(letter + "A", "12345678", "GB")).candidates
    assert guess.service == service


def test_china_ems_is_suggested_beside_china_post():
    result = check("EA123456785CN")
    assert [guess.carrier for guess in result.candidates] == [Carrier.CHINA_POST,
                                                               Carrier.CHINA_EMS]
    # EMS from elsewhere is that country's post only.
    assert [guess.carrier for guess in check("EA123456785GB").candidates] == [
        Carrier.ROYAL_MAIL]


def test_a_ten_digit_number_is_only_ever_a_dhl_candidate():
    # No other format checked here has 10 digits, so a 10-digit number valid for DHL cannot
    # also pass another format; the check still lists every format that passes (next test).
    assert guesses("3318810025") == {(Carrier.DHL_EXPRESS, tn.DHL_10)}


def test_every_passing_reading_is_listed():
    # 420 + ZIP5 + a 26-digit IMpb whose last 22 digits are also a 22-digit IMpb: both
    # readings pass, and the check lists both rather than choosing one.
    inner22 = make_usps("94001112062064062607" + "8")
    number = "420" + "12345" + "9102" + inner22
    assert check_digit_gs1(number[8:-1]) == int(number[-1])  # the 26-digit reading passes too
    assert guesses(number) == {(Carrier.USPS, tn.USPS_22), (Carrier.USPS, tn.USPS_26)}


# --- typos -------------------------------------------------------------------------------


@pytest.mark.parametrize(("number", "label", "expected", "typed"), [
    # Worked by hand from the sums in API_NOTES §5.
    ("RR223456785CN", tn.S10, "8", "5"),  # S = 212, 212 mod 11 = 3, 11 - 3 = 8
    ("1Z899AA10123456784", tn.UPS_1Z, "5", "4"),  # sum 95
    ("9400111206206406260797", tn.USPS_22, "4", "7"),  # sum 126
    ("886578788855", tn.FEDEX_12, "2", "5"),  # 266 mod 11 = 2
    ("041441760228974", tn.FEDEX_15, "1", "4"),  # S = 119
    ("3318810035", tn.DHL_10, "6", "5"),  # 331881003 mod 7 = 6
])
def test_a_changed_payload_digit_names_the_expected_check_digit(number, label, expected, typed):
    result = check(number)
    assert not result.valid and result.checkable and result.candidates == ()
    assert result.params["expected"] == expected and result.params["typed"] == typed
    assert result.params["format"] == label and result.params["number"] == number


@pytest.mark.parametrize(("number", "carrier", "label"), WORKED + PUBLISHED)
def test_a_changed_check_digit_is_refused_with_the_right_digit(number, carrier, label):
    position = 10 if label == tn.S10 else len(number) - 1
    typed = str((int(number[position]) + 1) % 10)
    if label == tn.USPS_20:  # the other reading of a 20-digit number may accept the next digit
        typed = next(d for d in "0123456789" if not check(with_char(number, position, d)).valid)
    result = check(with_char(number, position, typed))
    assert not result.valid and result.checkable
    assert result.params["typed"] == typed
    assert number[position] in (result.params["expected"], result.params.get("other"))
    assert result.message().startswith(f"Looks like a {label} number")


def test_a_20_digit_number_names_both_readings():
    result = check("03071790000523483742")
    assert result.reason == tn.WRONG_LAST_DIGIT_EITHER
    assert (result.params["expected"], result.params["other"]) == ("1", "3")
    assert result.message() == ("Looks like a USPS (20 digits) number, but the last digit should "
                                "be 1 or 3, not 2: a typo?")


def test_ups_check_digit_typed_as_a_letter_is_a_typo():
    result = check("1Z999AA1012345678O")
    assert (result.params["expected"], result.params["typed"]) == ("4", "O")


def test_s10_with_an_unknown_country_is_refused_naming_it():
    result = check("RR123456785XX")
    assert not result.valid and result.checkable
    assert result.reason == tn.UNKNOWN_COUNTRY and result.params["country"] == "XX"
    assert "ends in XX, which is not a country code" in result.message()
    assert not check("RR123456785UK").valid  # Royal Mail writes GB


# --- single-digit substitutions: what each checksum catches --------------------------------


@pytest.mark.parametrize("number", ["9400111206206406260787", "9505511069605048600624"])
def test_usps_22_catches_every_substitution(number):
    for position, _, changed in substitutions(number, range(2, 22)):
        assert not check(changed).valid, (position, changed)
    # Changing the "9x" prefix changes the form: it may pass as another carrier's form only.
    for _, _, changed in substitutions(number, range(2)):
        assert (Carrier.USPS, tn.USPS_22) not in guesses(changed)


def test_usps_20_substitutions_slip_only_into_the_91_reading():
    number = "03071790000523483741"
    weights = [3 if (19 - i) % 2 else 1 for i in range(19)] + [1]  # 3,1,… from the payload's end
    for position, digit, changed in substitutions(number, range(20)):
        delta = (int(digit) - int(number[position])) * weights[position]
        # The "91" in front adds 9·3 + 1·1 = 28 to the sum: a change of 2 (mod 10) makes the
        # other reading pass.
        assert check(changed).valid == (delta % 10 == 2), (position, digit)
    assert check("43071790000523483741").valid  # 0 → 4 in a weight-3 position: +12


def test_s10_catches_every_substitution_unless_the_sum_lands_on_0_or_6_mod_11():
    weights = (8, 6, 4, 2, 3, 5, 9, 7)
    for number, total in (("RR123456785CN", 204), ("RR123456140CN", 122)):
        for position, digit, changed in substitutions(number, range(2, 11)):
            if position == 10:  # the check digit itself: only one digit is right
                assert not check(changed).valid
                continue
            new_total = total + weights[position - 2] * (int(digit) - int(number[position]))
            # Remainders 0 and 6 both give check digit 5 (11 → 5, and 11 - 6); no other pair
            # shares a check digit.
            slips = total % 11 == 6 and new_total % 11 == 0
            assert check(changed).valid == slips, changed
    assert check("RR323456785CN").valid  # 1 → 3 in the first serial digit: S = 220


def test_ups_misses_a_change_of_5_in_a_doubled_position():
    number = "1Z999AA10123456784"
    for position, digit, changed in substitutions(number, range(2, 18)):
        if position == 17:
            assert not check(changed).valid
            continue
        index = position - 2
        char = number[position]
        delta = int(digit) - (int(char) if char.isdigit() else (ord(char) - 3) % 10)
        # Plain doubling, no Luhn digit sum: 2·5 = 10 leaves the sum mod 10 unchanged, and a
        # letter replaced by the digit of the same value (A = 2) changes nothing.
        slips = delta % 5 == 0 if index % 2 else delta == 0
        assert check(changed).valid == slips, changed
    assert check("1Z949AA10123456784").valid


def test_fedex_12_misses_only_remainders_0_and_10():
    weights = (3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1)
    for number, total in (("986578788855", 269), ("477179081230", 165)):
        for position, digit, changed in substitutions(number, range(12)):
            if position == 11:
                assert not check(changed).valid
                continue
            new_total = total + weights[position] * (int(digit) - int(number[position]))
            slips = total % 11 == 0 and new_total % 11 == 10  # both give check digit 0
            assert check(changed).valid == slips, changed
    assert check("077179081230").valid  # 4 → 0 at weight 3: S = 153, 153 mod 11 = 10


def test_dhl_misses_a_change_of_7_in_the_payload():
    for number in ("3318810025", "1099255990", "73891051146"):
        end = len(number) - 1
        for position, digit, changed in substitutions(number, range(len(number))):
            delta = int(digit) - int(number[position])
            # The payload is a number mod 7: 10^k is never 0 mod 7, so only ±7 goes unseen.
            slips = position < end and abs(delta) == 7
            assert check(changed).valid == slips, changed
    assert check("3388810025").valid  # 1 → 8


# --- normalising and refusing ------------------------------------------------------------


@pytest.mark.parametrize(("text", "number"), [
    ("rr 1234 5678 5cn", "RR123456785CN"),
    (" 1z-999-aa1.012.345.678-4\n", "1Z999AA10123456784"),
    ("ＲＲ１２３４５６７８５ｃｎ", "RR123456785CN"),  # typed with a CJK input method
    ("9400\u00a01112\u20110620\u200b6406260787", "9400111206206406260787"),
])
def test_spaces_dashes_dots_and_lower_case_are_accepted(text, number):
    result = check(text)
    assert result.number == number and result.valid


def test_420_zip_prefix_is_stripped():
    inner = "9400111206206406260787"
    for prefix in ("42012345", "420123456789"):
        assert guesses(prefix + inner) == {(Carrier.USPS, tn.USPS_22)}
        assert check(f"{prefix} {inner}").number == prefix + inner  # kept as typed
        typo = check(prefix + inner[:-1] + "8")
        assert (typo.params["format"], typo.params["expected"]) == (tn.USPS_22, "7")
    assert check("42012345" + "03071790000523483741").valid  # a 20-digit one behind a ZIP5


@pytest.mark.parametrize(("text", "reason"), [
    ("", tn.EMPTY),
    (" - . ", tn.EMPTY),
    ("RR12/3456785CN", tn.BAD_CHARACTERS),
    ("1#2", tn.BAD_CHARACTERS),  # characters are named before the length
    ("1234", tn.TOO_SHORT),
    ("1" * 51, tn.TOO_LONG),
])
def test_text_that_cannot_be_a_tracking_number_is_refused(text, reason):
    result = check(text)
    assert (result.valid, result.checkable, result.reason) == (False, True, reason)
    assert result.message()


def test_look_alike_characters_are_named_with_their_code_point():
    result = check("\u0420R123456785CN")  # a Cyrillic ER first
    assert result.params["characters"] == "\u0420 (U+0420)"
    assert result.message().endswith("also has \u0420 (U+0420).")


@pytest.mark.parametrize("number", [
    "YT2312345678901234", "LX123456789", "JJD0099999999", "GM2951173225174494", "12345",
    "1" * 50, "RR1234567850CN",
])
def test_a_number_no_format_fits_is_accepted_unchecked(number):
    result = check(number)
    assert (result.valid, result.checkable, result.reason) == (False, False, tn.UNCHECKED)
    assert result.params == {"number": number, "length": str(len(number))}
    assert "cannot be checked offline" in result.message()


def test_messages_and_labels_are_marked_for_translation():
    texts = [tn.EMPTY, tn.BAD_CHARACTERS, tn.TOO_SHORT, tn.TOO_LONG, tn.UNCHECKED,
             tn.WRONG_LAST_DIGIT, tn.WRONG_LAST_DIGIT_EITHER, tn.WRONG_S10_DIGIT,
             tn.UNKNOWN_COUNTRY, tn.S10, tn.UPS_1Z, tn.USPS_22, tn.FEDEX_34, tn.DHL_11,
             *S10_SERVICES.values(), OTHER_SERVICE]
    assert all(CONTEXT_OF[text] == "tracking" for text in texts)
    label = check("1Z999AA10123456785").params["format"]
    assert isinstance(label, Label) and label.context == "tracking"


# --- builders and properties -------------------------------------------------------------


def test_builders_reproduce_the_worked_examples():
    assert make_s10("RR", "12345678", "CN") == "RR123456785CN"
    assert make_ups("999AA1012345678") == "1Z999AA10123456784"
    assert make_usps("940011120620640626078") == "9400111206206406260787"
    assert make_fedex12("98657878885") == "986578788855"
    assert make_dhl("331881002") == "3318810025"
    assert make_dhl("7389105114") == "73891051146"
    assert (check_digit_s10("12345614"), check_digit_ups("5R8939035756712"),
            check_digit_gs1("0307179000052348374"), check_digit_fedex("47717908123"),
            check_digit_dhl("109925599")) == (0, 7, 1, 0, 0)


@pytest.mark.parametrize(("build", "args"), [
    (make_s10, ("R", "12345678", "CN")), (make_s10, ("RR", "1234567", "CN")),
    (make_s10, ("RR", "12345678", "XX")), (make_ups, ("999AA101234567",)),
    (make_ups, ("999aa1012345678",)), (make_usps, ("960011120620640626078",)),
    (make_fedex12, ("9865787888",)), (make_dhl, ("33188100",)),
])
def test_builders_refuse_a_malformed_payload(build, args):
    with pytest.raises(ValueError, match=r"must|not an S10"):
        build(*args)


@given(st.text(string.ascii_uppercase, min_size=2, max_size=2),
       st.text(string.digits, min_size=8, max_size=8), st.sampled_from(sorted(S10_COUNTRIES)))
def test_any_built_s10_number_validates(prefix, serial, country):
    result = check(make_s10(prefix, serial, country))
    assert result.valid and all(guess.country == country for guess in result.candidates)


@given(st.text(string.ascii_uppercase + string.digits, min_size=15, max_size=15))
def test_any_built_ups_number_validates(payload):
    assert (Carrier.UPS, tn.UPS_1Z) in guesses(make_ups(payload))


@given(st.sampled_from("12345"), st.text(string.digits, min_size=19, max_size=19))
def test_any_built_usps_number_validates(kind, payload):
    assert (Carrier.USPS, tn.USPS_22) in guesses(make_usps(f"9{kind}{payload}"))


@given(st.text(string.digits, min_size=11, max_size=11))
def test_any_built_fedex_number_validates(payload):
    assert guesses(make_fedex12(payload)) == {(Carrier.FEDEX, tn.FEDEX_12)}


@given(st.text(string.digits, min_size=9, max_size=10))
def test_any_built_dhl_number_validates(payload):
    assert {carrier for carrier, _ in guesses(make_dhl(payload))} == {Carrier.DHL_EXPRESS}


@given(st.text())
def test_normalise_is_idempotent(text):
    assert normalise(normalise(text)) == normalise(text)


def assert_consistent(result: NumberCheck) -> None:
    if result.valid:
        assert result.checkable and result.candidates and result.message() == ""
    else:
        assert result.reason and result.candidates == () and result.message()
        placeholders = {name for _, name, _, _ in string.Formatter().parse(result.reason) if name}
        assert placeholders <= result.params.keys()


@given(st.text())
def test_check_never_raises_on_any_text(text):
    assert_consistent(check(text))


@given(st.text(string.ascii_letters + string.digits + " -.", max_size=60))
def test_check_is_consistent_on_number_like_text(text):
    assert_consistent(check(text))
