"""date.hpp from Python: datetime.date in and out, DateRange, PartialDate, parsing, formatting."""

import datetime

import pytest

import govplan

D = datetime.date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("26/02/2024", D(2024, 2, 26)),
        ("26/2/2024", D(2024, 2, 26)),
        ("26-02-2024", D(2024, 2, 26)),
        ("26.02.2024", D(2024, 2, 26)),
        ("ngày 26 tháng 02 năm 2024", D(2024, 2, 26)),
        ("NGÀY 26 THÁNG 02 NĂM 2024", D(2024, 2, 26)),
        ("ngày 21\ntháng 01 năm 2024", D(2024, 1, 21)),  # corpus 008: a PDF line break
        ("ngày 15/9/2022", D(2022, 9, 15)),  # the seed cites Kế hoạch 164 so
        ("2024-02-26", D(2024, 2, 26)),
        ("  2024-02-29 ", D(2024, 2, 29)),
    ],
)
def test_dates_are_read_as_vietnamese_documents_write_them(text, expected):
    assert govplan.parse_date(text) == expected


def test_a_draft_date_line_reads_as_a_partial_date():
    p = govplan.parse_partial_date("ngày   tháng 02 năm 2024")
    assert (p.year, p.month, p.day) == (2024, 2, None)
    assert not p.is_complete and p.date is None
    assert str(p) == "2024-02"
    assert p.range == govplan.DateRange(D(2024, 2, 1), D(2024, 2, 29))
    assert govplan.parse_partial_date("ngày … tháng … năm 2024") == govplan.PartialDate(2024)


@pytest.mark.parametrize(
    "day, expected",
    [
        (D(2024, 2, 5), "ngày 05 tháng 02 năm 2024"),
        (D(2022, 9, 15), "ngày 15 tháng 9 năm 2022"),
        (D(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
        (D(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
        (D(2024, 12, 9), "ngày 09 tháng 12 năm 2024"),
    ],
)
def test_the_vietnamese_style_pads_as_decree_30_says(day, expected):
    assert govplan.format_date(day) == expected
    assert govplan.parse_date(expected) == day


def test_other_styles_format_as_named():
    assert govplan.format_date(D(2024, 2, 5), govplan.DateStyle.numeric) == "05/02/2024"
    assert govplan.format_date(D(2024, 2, 5), govplan.DateStyle.iso) == "2024-02-05"
    assert govplan.format_date(govplan.PartialDate(2024, 2)) == "ngày    tháng 02 năm 2024"


@pytest.mark.parametrize(
    "text, error_id, column",
    [
        ("30/02/2024", "date.impossible", 1),
        ("29/02/2023", "date.impossible", 1),
        ("15/13/2024", "date.impossible", 4),
        ("26/02/24", "date.year_digits", 7),
        ("", "date.empty", 1),
        ("   ", "date.empty", 1),
        ("hôm qua", "date.syntax", 1),
        ("26/02/2024 nữa", "date.trailing", 12),
        ("x" * 10_000, "date.too_long", 1),
        ("ngày tháng 02 năm 2024", "date.incomplete", 1),
        ("01/01/1399", "date.year_out_of_range", 7),
    ],
)
def test_bad_dates_raise_a_located_parse_error(text, error_id, column):
    with pytest.raises(govplan.ParseError) as info:
        govplan.parse_date(text)
    e = info.value
    assert isinstance(e, ValueError) and isinstance(e, govplan.Error)
    assert e.id == error_id
    assert e.where.column == column
    assert e.expected and e.found
    assert f"[govplan.parse_error.{error_id}]" in str(e)


def test_an_impossible_date_quotes_the_input_and_explains():
    with pytest.raises(govplan.ParseError, match=r'found "30/02/2024" \(February 2024 has 29 days\)'):
        govplan.parse_date("30/02/2024")


def test_a_datetime_is_refused_rather_than_losing_its_time():
    with pytest.raises(TypeError):
        govplan.DateRange(datetime.datetime(2024, 1, 1, 8, 30), D(2024, 1, 2))


def test_dates_outside_the_supported_range_are_validation_errors():
    with pytest.raises(govplan.ValidationError) as info:
        govplan.DateRange(D(1000, 1, 1), D(2024, 1, 1))
    assert isinstance(info.value, ValueError)


def test_a_date_range_includes_both_ends_and_iterates_every_day():
    r = govplan.DateRange.quarter(2024, 1)
    assert (r.first, r.last) == (D(2024, 1, 1), D(2024, 3, 31))
    days = list(r)
    assert len(days) == len(r) == r.day_count == 91
    assert days[0] == r.first and days[-1] == r.last
    assert D(2024, 3, 31) in r and D(2024, 4, 1) not in r
    assert govplan.DateRange.half_year(2024, 2) == govplan.DateRange(D(2024, 7, 1), D(2024, 12, 31))
    assert r.intersection(govplan.DateRange.month(2024, 3)) == govplan.DateRange.month(2024, 3)
    assert r.intersection(govplan.DateRange.year(2025)) is None
    assert {r, govplan.DateRange.quarter(2024, 1)} == {r}


def test_a_reversed_range_is_refused():
    with pytest.raises(govplan.ValidationError, match="date_range.reversed"):
        govplan.DateRange(D(2024, 2, 1), D(2024, 1, 31))


def test_a_partial_date_checks_its_parts():
    with pytest.raises(govplan.ValidationError):
        govplan.PartialDate(2024, 2, 30)
    with pytest.raises(govplan.ValidationError):
        govplan.PartialDate(2024, None, 5)
    assert govplan.PartialDate(D(2024, 2, 26)).date == D(2024, 2, 26)
