"""The plan model from Python: load, dump, equality, validation, timeframes, reports, errors."""

import datetime as dt
import json

import pytest

import govplan
from conftest import DATA_DIR, SOURCE_DIR

SEED = SOURCE_DIR / "examples" / "plans" / "chanh-lo-2024.json"
D = dt.date


@pytest.fixture(scope="module")
def plan():
    return govplan.Plan.load(str(SEED))


@pytest.fixture(scope="module")
def cal():
    return govplan.WorkCalendar.vietnam()


def test_the_seed_plan_loads_with_its_tasks_and_timeframe_kinds(plan):
    assert [t.id for t in plan.tasks] == ["II.1", "II.2", "II.3"]
    assert [t.timeframe.kind for t in plan.tasks] == [
        govplan.TimeframeKind.regular, govplan.TimeframeKind.upstream_schedule, govplan.TimeframeKind.after_event]
    assert plan.tasks[0].lead == govplan.Party(govplan.PartyKind.official, "Công chức Tư pháp-Hộ tịch")
    assert plan.tasks[1].lead.same_as(govplan.Party(govplan.PartyKind.official, "công chức tư pháp - hộ tịch"))
    assert str(plan.number) == "/KH-UBND" and plan.number.is_draft
    assert plan.window == govplan.DateRange(D(2024, 1, 1), D(2024, 12, 31))
    assert len(plan.recipients) == 7 and plan.archive == ["VT", "TP"]
    assert [str(d.number) for d in plan.implements] == ["43/KH-UBND", "164/KH-UBND"]
    assert plan.extensions["govplan.example"]["source_text"] == "examples/plans/chanh-lo-2024.txt"


def test_the_seed_round_trips_byte_identically_and_compares_equal(plan, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    assert plan.dumps() == text
    again = govplan.Plan.loads(plan.dumps())
    assert again == plan
    out = tmp_path / "p.json"
    plan.dump(str(out))
    assert out.read_text(encoding="utf-8") == text
    assert plan.to_dict() == json.loads(text)


def test_the_seed_validates_with_only_the_draft_findings(plan):
    findings = plan.validate()
    assert sorted(f.code for f in findings) == ["plan.draft.no_day", "plan.draft.no_number"]
    assert all(f.severity == govplan.Severity.info for f in findings)


def test_the_three_timeframes_answer_as_the_plan_says(plan, cal):
    facts = govplan.Facts()
    r1, r2, r3 = (t.timeframe.resolve(facts, cal, plan.window) for t in plan.tasks)
    assert r1.state == govplan.ResolutionState.ongoing
    assert r2.state == govplan.ResolutionState.pending and "30/KH-UBND" in r2.reason_vi
    assert r3.state == govplan.ResolutionState.pending
    assert r3.reason(govplan.Lang.en) == "Awaiting guidance from Sở Tư pháp or Phòng Tư pháp thành phố"


def test_guidance_with_an_offset_of_15_working_days_gives_the_due_date(plan, cal):
    tf = plan.tasks[2].timeframe.to_dict()
    tf["offset"] = {"amount": 15, "unit": "working_days"}
    doc = plan.to_dict()
    doc["tasks"][2]["timeframe"] = tf
    changed = govplan.Plan.loads(json.dumps(doc, ensure_ascii=False))
    facts = govplan.Facts(triggers=[govplan.TriggerFact(
        govplan.TriggerKind.guidance, govplan.Party(govplan.PartyKind.body, "Sở Tư pháp"), D(2024, 5, 10))])
    r = changed.task("II.3").timeframe.resolve(facts, cal)
    assert r.state == govplan.ResolutionState.scheduled
    assert [o.due for o in r.occurrences] == [D(2024, 5, 31)]


def test_a_schedule_announced_again_replaces_the_earlier_one(plan, cal):
    # The seed's task II.2 waits for the schedule annexed to Kế hoạch số 30/KH-UBND.
    source = govplan.find_references("Kế hoạch số 30/KH-UBND")[0].reference
    first = govplan.UpstreamScheduleFact([D(2024, 8, 15), D(2024, 10, 15)], document=source, announced=D(2024, 6, 3))
    moved = govplan.UpstreamScheduleFact([D(2024, 9, 16)], document=source, announced=D(2024, 7, 1))
    assert moved.announced == D(2024, 7, 1) and first.body is None
    r = plan.tasks[1].timeframe.resolve(govplan.Facts(upstream_schedules=[moved, first]), cal, plan.window)
    assert r.state == govplan.ResolutionState.scheduled
    assert [o.due for o in r.occurrences] == [D(2024, 9, 16)]
    assert "01/07/2024" in r.occurrences[0].rule_vi


def test_weekday_five_yearly_and_month_before_rules_resolve_from_python(plan, cal):
    doc = plan.to_dict()
    doc["tasks"][0]["timeframe"] = {
        "kind": "recurring", "text": "03 lần/tuần vào các ngày thứ Ba, thứ Năm và Chủ nhật", "cadence": "weekly",
        "day_rule": {"relation": "by", "weekdays": ["tuesday", "thursday", "sunday"]}}
    doc["tasks"][1]["timeframe"] = {
        "kind": "recurring", "text": "trước ngày 15 của tháng liền kề trước quý", "cadence": "quarterly",
        "day_rule": {"relation": "before", "day": 15, "months_before_period": 1}}
    doc["tasks"][2]["timeframe"] = {"kind": "recurring", "text": "định kỳ 05 năm", "cadence": "five_yearly"}
    changed = govplan.Plan.loads(json.dumps(doc, ensure_ascii=False))
    march = govplan.DateRange(D(2024, 3, 1), D(2024, 3, 31))
    weekly = changed.tasks[0].timeframe.resolve(govplan.Facts(), cal, march)
    assert len(weekly.occurrences) == 13
    assert {o.nominal_due.isoweekday() for o in weekly.occurrences} == {2, 4, 7}
    quarterly = changed.tasks[1].timeframe.resolve(govplan.Facts(), cal, plan.window)
    assert [o.nominal_due for o in quarterly.occurrences][:2] == [D(2023, 12, 15), D(2024, 3, 15)]
    five = changed.tasks[2].timeframe.resolve(govplan.Facts(), cal, govplan.DateRange(D(2021, 1, 1), D(2030, 12, 31)))
    assert [o.period for o in five.occurrences] == [
        govplan.DateRange(D(2021, 1, 1), D(2025, 12, 31)), govplan.DateRange(D(2026, 1, 1), D(2030, 12, 31))]
    assert changed.tasks[2].timeframe.to_dict()["cadence"] == govplan.Cadence.five_yearly.value


def test_a_quarterly_obligation_gives_four_reports_with_cut_offs_and_working_due_dates(plan, cal):
    doc = plan.to_dict()
    doc["reporting"] = [{
        "id": "R1", "recipient": {"kind": "body", "name": "UBND tỉnh"}, "cadence": "quarterly",
        "due": [{"text": "chậm nhất ngày 30 của tháng cuối quý", "day_rule": {"relation": "by", "day": 30}}],
        "cutoff": "decree_09"}]
    quarterly = govplan.Plan.loads(json.dumps(doc, ensure_ascii=False))
    reports = quarterly.reporting[0].instances(govplan.DateRange.year(2024), cal)
    assert [r.label_vi for r in reports] == ["Quý I/2024", "Quý II/2024", "Quý III/2024", "Quý IV/2024"]
    assert reports[0].cutoff == govplan.DateRange(D(2023, 12, 15), D(2024, 3, 14))
    assert [r.due for r in reports] == [D(2024, 4, 1), D(2024, 7, 1), D(2024, 9, 30), D(2024, 12, 30)]
    assert govplan.decree_09_cutoff(govplan.Cadence.yearly, govplan.DateRange.year(2024)) == \
        govplan.DateRange(D(2023, 12, 15), D(2024, 12, 14))


def malformed_cases():
    with open(DATA_DIR / "plans" / "malformed-cases.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.mark.parametrize("case", malformed_cases(), ids=lambda c: c["name"])
def test_each_malformed_document_is_a_parse_error_at_its_pointer(case):
    text = SEED.read_text(encoding="utf-8").replace(case["old"], case["new"], 1)
    with pytest.raises(govplan.ParseError) as e:
        govplan.Plan.loads(text)
    assert e.value.where.pointer == case["pointer"]
    assert e.value.id == case["id"]
    assert isinstance(e.value, ValueError)


def test_syntax_errors_deep_nesting_and_missing_files_are_reported():
    with pytest.raises(govplan.ParseError) as e:
        govplan.Plan.loads('{"schema": "govplan/1",\n "type": ke_hoach}')
    assert e.value.where.line == 2
    with pytest.raises(govplan.ParseError):
        govplan.Plan.loads("[" * 10000 + "]" * 10000)
    with pytest.raises(govplan.NotFound):
        govplan.Plan.load(str(SOURCE_DIR / "no" / "such.json"))


def test_a_json_lines_text_of_plans_loads(plan):
    line = json.dumps(plan.to_dict(), ensure_ascii=False)
    plans = govplan.load_plans_jsonl(line + "\n" + line + "\n")
    assert plans == [plan, plan]


def test_a_due_rule_counted_from_an_event_reads_writes_and_waits_for_its_event(plan, cal):
    duty = govplan.parse_reporting_duty(
        "Phòng Văn hóa báo cáo Ủy ban nhân dân huyện chậm nhất sau 10 ngày kể từ khi kết thúc lễ hội.", year=2024)
    assert duty.cadence == govplan.Cadence.once
    [due] = duty.due
    assert due.after_event == govplan.DueAfterEvent("kết thúc lễ hội", govplan.Offset(10, govplan.TimeUnit.days))
    assert due.after_event.offset.unit == govplan.TimeUnit.days
    assert due.after_event.description() == "10 ngày kể từ khi kết thúc lễ hội"
    assert due.after_event.description(govplan.Lang.en) == '10 days after "kết thúc lễ hội"'
    assert due.after_cutoff is None and due.date is None
    assert due.to_dict() == {"text": "chậm nhất sau 10 ngày kể từ khi kết thúc lễ hội",
                             "after_event": {"event": "kết thúc lễ hội", "offset": {"amount": 10, "unit": "days"}}}
    [report] = duty.instances(govplan.DateRange.year(2024), cal)
    assert report.due is None
    assert "kết thúc lễ hội" in report.rule_vi and "kết thúc lễ hội" in report.rule_en
    # Through a plan document and back.
    doc = plan.to_dict()
    doc["reporting"] = [{"id": "R1", "cadence": "once", "cutoff": "none", "due": [due.to_dict()]}]
    loaded = govplan.Plan.loads(json.dumps(doc, ensure_ascii=False))
    assert loaded.reporting[0].due[0] == due
    assert govplan.Plan.loads(loaded.dumps()) == loaded
    doc["reporting"][0]["due"][0]["after_event"]["event"] = " "
    with pytest.raises(govplan.ParseError) as e:
        govplan.Plan.loads(json.dumps(doc, ensure_ascii=False))
    assert e.value.where.pointer == "/reporting/0/due/0/after_event/event"


def test_a_yearly_report_due_in_february_of_the_next_year_is_a_day_rule_on_month_14(cal):
    duty = govplan.parse_reporting_duty(
        "Ủy ban nhân dân cấp xã báo cáo Ủy ban nhân dân cấp huyện trước ngày 15 tháng 02 của năm liền kề "
        "sau năm đánh giá.", year=2024)
    assert duty.cadence == govplan.Cadence.yearly
    assert duty.due[0].to_dict()["day_rule"] == {"relation": "before", "day": 15, "month_of_period": 14}
    [report] = duty.instances(govplan.DateRange.year(2024), cal)
    assert report.nominal_due == D(2025, 2, 15)
    assert report.due == D(2025, 2, 14)  # 15/02/2025 is a Saturday; "before" it is Friday 14/02
