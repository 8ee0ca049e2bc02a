"""document.hpp from Python: types, numbers, references, bodies, signers, date lines, headers."""

import datetime

import pytest

import govplan

D = datetime.date
T = govplan.DocumentType


def test_document_types_are_python_enums_with_their_official_abbreviations():
    import enum

    assert issubclass(T, enum.Enum)
    assert T.ke_hoach.value == "ke_hoach" and T("ke_hoach") is T.ke_hoach
    assert govplan.abbreviation(T.ke_hoach) == "KH"
    assert govplan.abbreviation(T.cong_van) is None
    assert govplan.display_name(T.ke_hoach) == "Kế hoạch"
    assert govplan.display_name(T.ke_hoach, govplan.Lang.en) == "Plan"
    administrative = [i for i in govplan.document_types() if i.administrative]
    assert len(administrative) == 29


def test_an_unknown_abbreviation_is_not_found_and_a_key_error():
    with pytest.raises(govplan.NotFound) as info:
        govplan.document_type_from_abbreviation("CV")
    assert isinstance(info.value, KeyError)
    assert govplan.document_type_from_abbreviation("TTR") is T.to_trinh
    assert govplan.document_type_from_name("KẾ HOẠCH") is T.ke_hoach


@pytest.mark.parametrize(
    "text, canonical, number, year, type_, issuer, unit, style",
    [
        ("43/KH-UBND", "43/KH-UBND", "43", None, "KH", "UBND", "", "state"),
        ("09/2019/NĐ-CP", "09/2019/NĐ-CP", "09", 2019, "NĐ", "CP", "", "state"),
        ("407/QĐ-TTg", "407/QĐ-TTg", "407", None, "QĐ", "TTg", "", "state"),
        ("80/2015/QH13", "80/2015/QH13", "80", 2015, "", "QH13", "", "state"),
        ("2057/HĐPH", "2057/HĐPH", "2057", None, "", "HĐPH", "", "state"),
        ("2450/VPCP-KGVX", "2450/VPCP-KGVX", "2450", None, "", "VPCP", "KGVX", "state"),
        ("06-CTr/TU", "06-CTr/TU", "06", None, "CTr", "TU", "", "party"),
        ("/KH-UBND", "/KH-UBND", None, None, "KH", "UBND", "", "state"),
        ("36 /KH - UBND", "36/KH-UBND", "36", None, "KH", "UBND", "", "state"),
        ("Số: 24/KH-UBND", "24/KH-UBND", "24", None, "KH", "UBND", "", "state"),
        ("7308/KH-BNN-TCLN", "7308/KH-BNN-TCLN", "7308", None, "KH", "BNN", "TCLN", "state"),
    ],
)
def test_numbers_are_split_into_their_parts(text, canonical, number, year, type_, issuer, unit, style):
    n = govplan.DocumentNumber(text)
    assert str(n) == canonical
    assert n.number == number and n.year == year
    assert n.type_abbreviation == type_ and n.issuer_abbreviation == issuer
    assert n.unit_abbreviation == unit and n.style == govplan.NumberStyle(style)
    assert n.is_draft == (number is None)
    assert govplan.DocumentNumber(str(n)) == n and hash(govplan.DocumentNumber(str(n))) == hash(n)


def test_every_number_cited_in_the_corpus_reads_and_round_trips(corpus_references):
    checked = 0
    for record in corpus_references:
        label = record["label"]["number"]
        if label is None:
            continue
        if label == "34/201/NQ-HĐND":  # the source's typo, kept as written by the corpus
            with pytest.raises(govplan.ParseError, match="number.year_digits"):
                govplan.DocumentNumber(label)
            continue
        assert str(govplan.DocumentNumber(label)) == label
        checked += 1
    assert checked >= 80


@pytest.mark.parametrize(
    "text, error_id",
    [
        ("", "number.empty"),
        ("garbage", "number.syntax"),
        ("0/KH-UBND", "number.ordinal"),
        ("43/KH+UBND", "number.character"),
        ("43/KH--UBND", "number.syntax"),
        ("43/KH-UBND/" + "1" * 300, "number.too_long"),
    ],
)
def test_malformed_numbers_raise_a_located_parse_error(text, error_id):
    with pytest.raises(govplan.ParseError) as info:
        govplan.DocumentNumber(text)
    assert info.value.id == error_id
    assert info.value.where.line == 1


def test_numbers_are_found_after_the_word_so_in_the_seed(seed_text):
    found = govplan.find_document_numbers(seed_text)
    assert [str(m.number) for m in found] == [
        "/KH-UBND", "43/KH-UBND", "164/KH-UBND", "164/KH-UBND", "30/KH-UBND"]
    assert (found[0].where.line, found[0].where.column) == (3, 5)
    assert govplan.find_document_numbers("số lượng 5 người") == []


def test_a_reference_prints_as_a_citation():
    ref = govplan.DocumentRef(
        type=T.ke_hoach, number=govplan.DocumentNumber("43/KH-UBND"), date=D(2024, 2, 26),
        issuer="UBND thành phố")
    assert str(ref) == "Kế hoạch số 43/KH-UBND ngày 26/02/2024 của UBND thành phố"
    assert ref.to_string(govplan.Lang.en) == "Plan No. 43/KH-UBND of 26/02/2024 by UBND thành phố"
    assert ref.year == 2024
    law = govplan.DocumentRef(type=T.luat, title="Hòa giải ở cơ sở", year=2013)
    assert str(law) == "Luật Hòa giải ở cơ sở năm 2013" and law.date is None
    with pytest.raises(govplan.ValidationError):
        govplan.DocumentRef(date=D(2024, 2, 26), year=2023)


def test_the_district_level_ended_with_june_2025():
    assert govplan.level_exists_on(govplan.AdministrativeLevel.district, D(2025, 6, 30))
    assert not govplan.level_exists_on(govplan.AdministrativeLevel.district, D(2025, 7, 1))
    ward = govplan.Authority("Ủy ban nhân dân phường Chánh Lộ", govplan.AdministrativeLevel.commune,
                             short_name="UBND phường Chánh Lộ", parent="UBND thành phố Quảng Ngãi")
    assert ward.level is govplan.AdministrativeLevel.commune and ward.parent == "UBND thành phố Quảng Ngãi"


def test_the_seeds_signature_block_reads():
    s = govplan.Signer.parse("**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**\n\nLê Việt Dũng")
    assert s.authority is govplan.SignatureAuthority.tm
    assert s.on_behalf_of == "ỦY BAN NHÂN DÂN"
    assert (s.position, s.name) == ("CHỦ TỊCH", "Lê Việt Dũng")
    assert str(s) == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Việt Dũng"
    with pytest.raises(govplan.ParseError) as info:
        govplan.Signer.parse("TM.\nCHỦ TỊCH")
    assert info.value.id == "signer.empty_authority"


def test_the_seeds_date_line_conforms_to_decree_30_and_is_a_draft():
    line = "Chánh Lộ, ngày    tháng 02 năm 2024"
    pd = govplan.parse_place_date(line)
    assert pd.place == "Chánh Lộ" and pd.date == govplan.PartialDate(2024, 2)
    assert [f.code for f in govplan.check_place_date(line)] == ["date_line.day_blank"]


def test_a_date_line_that_breaks_decree_30_is_reported_with_columns():
    findings = govplan.check_place_date("Hà Nội, ngày 5 tháng 1 năm 2020")
    assert [(f.code, f.where.column, f.severity) for f in findings] == [
        ("date_line.day_not_padded", 14, govplan.Severity.warning),
        ("date_line.month_not_padded", 22, govplan.Severity.warning),
    ]
    assert all(f.message(govplan.Lang.vi) and f.message(govplan.Lang.en) for f in findings)
    assert all("30/2020/NĐ-CP" in f.rule for f in findings)
    assert [f.code for f in govplan.check_place_date("Huế, ngày 15 tháng 09 năm 2022")] == [
        "date_line.month_padded"]
    assert govplan.check_place_date("Hà Nội, ngày 05 tháng 01 năm 2020") == []
    unreadable = govplan.check_place_date("không có ngày")
    assert [f.severity for f in unreadable] == [govplan.Severity.error]


def test_the_seeds_header_gives_its_draft_number_and_date(seed_text):
    h = govplan.read_header(seed_text)
    assert str(h.number.number) == "/KH-UBND" and h.number.number.is_draft
    assert h.number.number.symbol == "KH-UBND"
    assert h.place_date.place == "Chánh Lộ" and str(h.place_date.date) == "2024-02"
    assert [f.code for f in h.findings] == ["header.number_blank", "date_line.day_blank"]
