"""The Vietnamese lunar calendar from Python: conversions both ways, traps, invalid dates."""

import datetime as dt

import pytest

import govplan
from conftest import DATA_DIR


def tet_table():
    rows = []
    for line in (DATA_DIR / "calendar" / "tet-1990-2050.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            year, tet, last, hung, leap = line.split()
            rows.append((int(year), dt.date.fromisoformat(tet), int(last), dt.date.fromisoformat(hung), int(leap)))
    return rows


def test_tet_and_gio_to_agree_with_the_1990_2050_table():
    rows = tet_table()
    assert len(rows) == 61
    for year, tet, last, hung, leap in rows:
        assert govplan.LunarDate(year, 1, 1).to_date() == tet, year
        assert govplan.LunarDate(year, 3, 10).to_date() == hung, year
        assert govplan.lunar_year(year).leap_month == leap, year
        assert govplan.LunarDate.from_date(tet - dt.timedelta(days=1)).day == last, year


def test_from_date_gives_year_month_day_and_leap():
    lunar = govplan.LunarDate.from_date(dt.date(2023, 3, 22))
    assert (lunar.year, lunar.month, lunar.day, lunar.leap) == (2023, 2, 1, True)
    assert str(lunar) == "2023-02L-01"
    assert lunar.format() == "1/2 nhuận năm Quý Mão"
    assert lunar.format(govplan.Lang.en) == "day 1 of month 2 (leap), year Quý Mão (2023)"
    assert govplan.LunarDate(2023, 2, 1, leap=True).to_date() == dt.date(2023, 3, 22)


def test_the_vietnamese_and_chinese_calendars_differ_in_the_known_years():
    assert govplan.lunar_year(1985).new_year == dt.date(1985, 1, 21)
    assert govplan.lunar_year(1985, govplan.LunarReckoning.china).new_year == dt.date(1985, 2, 20)
    assert govplan.lunar_year(2030).new_year == dt.date(2030, 2, 2)
    assert govplan.LunarDate(2050, 3, 10).to_date() == dt.date(2050, 4, 1)
    assert govplan.LunarDate(2083, 3, 10).to_date() == dt.date(2083, 4, 26)
    assert govplan.lunar_year(2033).leap_month == 11


def test_every_day_of_2020_to_2030_round_trips():
    day = dt.date(2020, 1, 1)
    while day <= dt.date(2030, 12, 31):
        lunar = govplan.LunarDate.from_date(day)
        assert govplan.LunarDate(lunar.year, lunar.month, lunar.day, lunar.leap).to_date() == day
        day += dt.timedelta(days=1)


def test_a_leap_month_the_year_lacks_is_a_validation_error():
    with pytest.raises(govplan.ValidationError) as e:
        govplan.LunarDate(2024, 5, 1, leap=True)
    assert e.value.id == "lunar.leap_month"
    assert isinstance(e.value, ValueError)
    with pytest.raises(govplan.ValidationError) as e:
        govplan.LunarDate(2025, 12, 30)
    assert e.value.id == "lunar.day"
    assert "1 to 29" in e.value.expected


def test_years_outside_1900_2199_are_refused():
    with pytest.raises(govplan.ValidationError) as e:
        govplan.LunarDate(1899, 1, 1)
    assert e.value.expected == "a lunar year from 1900 to 2199"
    with pytest.raises(govplan.ValidationError):
        govplan.LunarDate.from_date(dt.date(1800, 1, 1))
    assert (govplan.lunar_min_year, govplan.lunar_max_year) == (1900, 2199)


def test_a_datetime_is_refused_rather_than_truncated():
    with pytest.raises(TypeError):
        govplan.LunarDate.from_date(dt.datetime(2024, 2, 10, 12, 0))


def test_lunar_dates_parse_order_and_hash():
    a = govplan.parse_lunar_date("2023-02-29")
    b = govplan.parse_lunar_date("2023-02L-01")
    assert a < b
    assert len({a, b, govplan.LunarDate(2023, 2, 29)}) == 2
    assert govplan.can_chi(2026) == "Bính Ngọ"
    with pytest.raises(govplan.ParseError):
        govplan.parse_lunar_date("2023-2-1")
