"""The working calendar from Python: the names other code relies on, golden days, time limits."""

import datetime as dt
import json
import threading

import pytest

import govplan
from conftest import DATA_DIR

D = dt.date


@pytest.fixture(scope="module")
def cal():
    return govplan.WorkCalendar.vietnam()


def golden():
    rows = {}
    for line in (DATA_DIR / "calendar" / "civil-service-days.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            date, kind, occasion, _confidence, _source = line.split()
            rows[D.fromisoformat(date)] = (kind, occasion)
    return rows


def test_the_announced_days_of_2010_to_2026_are_exactly_the_golden_ones(cal):
    expected = golden()
    computed = {}
    for year in range(2010, 2027):
        for day in cal.special_days(year):
            computed[day.date] = (day.kind.value, day.occasion.value)
    assert computed == expected


def test_working_days_per_year_match_the_counted_figures(cal):
    for line in (DATA_DIR / "calendar" / "civil-service-working-days.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            year, _weekdays, _off, _worked, working = map(int, line.split())
            assert cal.count_working_days(D(year, 1, 1), D(year, 12, 31)) == working, year
            assert cal.summarize(year).working_days == working


def test_the_documented_names_work(cal):
    assert cal.is_working_day(D(2024, 4, 29)) is False
    assert cal.is_working_day(D(2024, 5, 4)) is True
    assert cal.is_working_day_many([D(2024, 4, 29), D(2024, 5, 4)]) == [False, True]
    assert cal.add_working_days(D(2025, 4, 25), 2) == D(2025, 4, 28)
    assert cal.add_working_days(D(2025, 4, 28), -2) == D(2025, 4, 25)
    assert cal.count_working_days(D(2024, 2, 1), D(2024, 2, 29)) == 16
    assert cal.count_working_days(govplan.DateRange.month(2024, 2)) == 16
    # Saturday 26/04/2025 is worked in exchange for Friday 02/05/2025 (30/4, 1/5 are holidays).
    assert cal.working_days_between(D(2025, 4, 25), D(2025, 4, 28)) == 2
    assert cal.working_days_between(D(2025, 4, 28), D(2025, 4, 25)) == -2
    assert cal.working_days_between(D(2025, 4, 29), D(2025, 5, 5)) == 1
    assert cal.working_days_between(D(2025, 5, 5), D(2025, 5, 5)) == 0
    off = cal.days_off(2025)
    assert [d.date for d in off][:2] == [D(2025, 1, 1), D(2025, 1, 27)]
    assert all(d.source.document for d in off)


def test_every_day_off_says_why_and_cites_its_source(cal):
    day = cal.describe(D(2024, 4, 29))
    assert day.kind == govplan.DayKind.swapped_day_off
    assert day.source.document == "Công văn 2450/VPCP-KGVX"
    assert day.source.date == D(2024, 4, 12)
    assert day.paired_with == D(2024, 5, 4)
    assert "Saturday 04/05/2024" in day.name(govplan.Lang.en)
    assert not day.is_working_day
    record = day.to_record()
    assert record["kind"] == "swapped_day_off" and record["source"] == "Công văn 2450/VPCP-KGVX"


def test_the_batch_call_accepts_numpy_arrays_and_agrees_with_single_calls(cal):
    days = [D(1995, 1, 1) + dt.timedelta(days=i * 37) for i in range(2000)]
    singles = [cal.is_working_day(d) for d in days]
    assert cal.is_working_day_many(days) == singles
    assert cal.is_working_day_many(d for d in days) == singles
    np = pytest.importorskip("numpy", reason="numpy (Debian python3-numpy) is not installed")
    result = cal.is_working_day_many(np.array(days, dtype="datetime64[D]"))
    assert result.dtype == np.bool_
    assert result.tolist() == singles
    grid = np.array(days[:10], dtype="datetime64[D]").reshape(2, 5)
    assert cal.is_working_day_many(grid).shape == (2, 5)
    with pytest.raises(govplan.ValidationError):
        cal.is_working_day_many(np.array([19000, 19001]))  # numbers are not dates
    with pytest.raises(govplan.ValidationError):
        cal.is_working_day_many(np.array(["2024-01-01T12:00"], dtype="datetime64[m]"))


def test_the_batch_call_rejects_bad_items_with_their_position(cal):
    with pytest.raises(govplan.ValidationError) as e:
        cal.is_working_day_many([D(2024, 1, 1), "2024-01-02"])
    assert "item 1" in e.value.note
    with pytest.raises(govplan.ValidationError) as e:
        cal.is_working_day_many([D(2024, 1, 1), D(1990, 1, 1)])
    assert e.value.id == "calendar.range"


def test_threads_can_share_a_calendar_in_batch_calls(cal):
    days = [D(2000, 1, 1) + dt.timedelta(days=i % 20000) for i in range(200000)]
    expected = cal.is_working_day_many(days)
    results = [None] * 4

    def work(i):
        results[i] = cal.is_working_day_many(days)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results)


def test_other_sectors_and_proposed_days_are_arguments():
    employees = govplan.WorkCalendar.vietnam(govplan.Sector.all_employees)
    assert employees.is_working_day(D(2024, 4, 29))
    assert employees.describe(D(2024, 2, 9)).source.status == govplan.SourceStatus.assumed
    with_culture_day = govplan.WorkCalendar.vietnam(include_proposed=True)
    assert not with_culture_day.is_working_day(D(2026, 11, 24))
    assert govplan.WorkCalendar.vietnam().is_working_day(D(2026, 11, 24))


def test_a_json_file_of_new_notices_changes_the_calendar_without_a_release(tmp_path):
    doc = {
        "format": "govplan-holidays/1",
        "verified_through": "2027-12-31",
        "documents": {"tb": {"document": "Thông báo 1/TB-BNV", "status": "decided"}},
        "days": [
            {"date": "2027-02-04", "kind": "holiday", "occasion": "lunar_new_year",
             "occasion_year": 2027, "document": "tb"},
        ],
    }
    path = tmp_path / "2027.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    merged = govplan.HolidaySchedules.builtin().merged_with(govplan.HolidaySchedules.load(str(path)))
    cal = govplan.WorkCalendar.vietnam(schedules=merged)
    assert not cal.is_working_day(D(2027, 2, 4))
    assert cal.is_working_day(D(2027, 2, 9))  # the assumed Tết days of 2027 are replaced
    assert cal.verified_through == D(2027, 12, 31)


def test_a_malformed_schedules_document_gives_a_located_error():
    with pytest.raises(govplan.ParseError) as e:
        govplan.HolidaySchedules.from_json('{"format": \n oops}')
    assert e.value.where.line == 2
    bad = json.dumps({"format": "govplan-holidays/1", "verified_through": "2027-12-31",
                      "documents": {}, "days": [{"date": "2027-02-04"}]})
    with pytest.raises(govplan.ParseError) as e:
        govplan.HolidaySchedules.from_json(bad)
    assert e.value.where.pointer == "/days/0"
    assert e.value.expected == 'a key "kind"'


def test_the_builtin_schedules_round_trip_through_json():
    builtin = govplan.HolidaySchedules.builtin()
    assert govplan.HolidaySchedules.from_json(builtin.to_json()) == builtin
    assert len(builtin) > 100


def test_calendars_are_immutable_values(cal):
    source = govplan.LegalSource("Quyết định 123/QĐ-UBND", status=govplan.SourceStatus.decided)
    province = cal.with_days_off([D(2025, 3, 7)], "Nghỉ theo quyết định của tỉnh", "Provincial day off", source)
    assert cal.is_working_day(D(2025, 3, 7))
    assert not province.is_working_day(D(2025, 3, 7))
    assert province.describe(D(2025, 3, 7)).kind == govplan.DayKind.extra_day_off
    assert cal.same_as(cal)
    assert not province.same_as(cal)
    assert not govplan.WorkCalendar.vietnam().same_as(cal)  # built separately: not the same calendar


def test_civil_code_time_limits_say_which_rule_applied(cal):
    t = govplan.time_limit(D(2024, 4, 20), 10, govplan.TimeUnit.days, cal)
    assert (t.first_counted, t.nominal_end, t.end) == (D(2024, 4, 21), D(2024, 4, 30), D(2024, 5, 2))
    assert [r.article for r in t.rules][-1] == "Bộ luật Dân sự 2015, Điều 148 khoản 5"
    assert govplan.time_limit(D(2025, 1, 31), 1, govplan.TimeUnit.months, cal).end == D(2025, 2, 28)
    assert govplan.time_limit(D(2026, 8, 25), 5, govplan.TimeUnit.days, cal).end == D(2026, 9, 3)
    assert json.loads(t.to_json())["end"] == "2024-05-02"
    with pytest.raises(govplan.ValidationError):
        govplan.time_limit(D(2024, 1, 1), -1, govplan.TimeUnit.days, cal)


def test_a_limit_in_hours_counts_from_the_event_and_is_not_moved_off_a_day_off(cal):
    t = govplan.time_limit(D(2024, 5, 24), 12, govplan.TimeUnit.hours, cal)
    assert (t.first_counted, t.nominal_end, t.end) == (D(2024, 5, 24), D(2024, 5, 25), D(2024, 5, 25))
    assert t.rules[0].article == "Bộ luật Dân sự 2015, Điều 147 khoản 1"
    assert govplan.time_limit(D(2024, 5, 24), 25, govplan.TimeUnit.hours, cal).end == D(2024, 5, 26)
    assert json.loads(t.to_json())["unit"] == "hours"


def test_rolls_and_period_points(cal):
    assert cal.adjust(D(2024, 8, 31)) == D(2024, 9, 4)
    assert cal.adjust(D(2024, 8, 31), govplan.Roll.modified_following) == D(2024, 8, 30)
    assert govplan.point_of_year(2025, govplan.PeriodPoint.middle) == D(2025, 6, 30)
    assert govplan.point_of_month(2024, 2, govplan.PeriodPoint.end) == D(2024, 2, 29)


def test_a_year_exports_to_records_csv_ics_and_json(cal):
    summary = cal.summarize(2024)
    records = summary.to_records()
    assert len(records) == len(summary.days_off) + len(summary.working_weekend_days)
    assert {"date", "kind", "name_vi", "source"} <= set(records[0])
    assert summary.to_csv().startswith("ngày,thứ,")
    assert "BEGIN:VEVENT" in summary.to_ics(govplan.Lang.en, D(2024, 1, 1))
    assert json.loads(summary.to_json())["working_days"] == 251
    assert summary.working_days_by_month[1] == 16


def test_days_outside_the_calendar_raise_validation_errors(cal):
    with pytest.raises(govplan.ValidationError) as e:
        cal.is_working_day(D(1994, 12, 31))
    assert e.value.id == "calendar.range"
    assert govplan.WorkCalendar.first_year == 1995
