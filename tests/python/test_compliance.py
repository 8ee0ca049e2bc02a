"""Compliance from Python: evaluate a plan with its events as of a day, records and columns."""

import datetime as dt
import json

import pytest

import govplan
from conftest import DATA_DIR, SOURCE_DIR

PLAN = SOURCE_DIR / "examples" / "plans" / "chanh-lo-2024.json"
EVENTS = SOURCE_DIR / "examples" / "events" / "chanh-lo-2024.events.json"


@pytest.fixture(scope="module")
def plan():
    return govplan.Plan.load(str(PLAN))


@pytest.fixture(scope="module")
def events():
    return govplan.EventLog.load(str(EVENTS))


@pytest.mark.parametrize("day", ["2024-03-31", "2024-06-30", "2024-12-31", "2025-01-31"])
def test_the_seed_evaluates_as_the_golden_file_says(plan, events, day):
    ev = govplan.evaluate(plan, events, as_of=dt.date.fromisoformat(day))
    golden = (DATA_DIR / "evaluations" / f"chanh-lo-2024.{day}.json").read_text(encoding="utf-8")
    assert ev.to_json() == golden


def test_rows_have_statuses_reasons_and_records(plan, events):
    ev = govplan.evaluate(plan, events, as_of=dt.date(2024, 12, 31))
    ii2 = [r for r in ev.rows if r.id == "II.2"]
    assert [r.status for r in ii2] == [govplan.Status.done_on_time, govplan.Status.done_late]
    assert ii2[1].due == dt.date(2024, 10, 21)
    assert "25/10/2024" in ii2[1].reason_vi and "2024-10-25" in ii2[1].reason(govplan.Lang.en)
    records = ev.to_records()
    assert len(records) == len(ev.rows)
    assert {"id", "kind", "status", "due", "reason_vi"} <= set(records[0])
    assert [r["status"] for r in json.loads(ev.to_json())["rows"]] == [r["status"] for r in records]
    columns = ev.to_columns()
    assert columns["status"] == [r["status"] for r in records]
    assert not ev.has_problems


def test_without_events_the_year_ends_with_triggers_that_never_came(plan):
    ev = govplan.evaluate(plan, as_of=dt.date(2025, 1, 31))
    statuses = {r.id: r.status for r in ev.rows if r.kind == govplan.RowKind.task}
    assert statuses == {"II.1": govplan.Status.no_evidence, "II.2": govplan.Status.trigger_never_came,
                        "II.3": govplan.Status.trigger_never_came}
    assert ev.has_problems
    assert govplan.tracker_class(govplan.Status.no_evidence) == govplan.TrackerClass.overdue
    assert govplan.status_name(govplan.Status.trigger_never_came, govplan.Lang.en) == "trigger never came"


def test_bad_event_logs_are_located_and_unplaceable_events_become_findings(plan):
    with pytest.raises(govplan.ParseError) as e:
        govplan.EventLog.loads('{"schema": "govplan/1", "events": [{"kind": "rumour", "date": "2024-01-01"}]}')
    assert e.value.where.pointer == "/events/0/kind"
    log = govplan.EventLog.loads(json.dumps({"schema": "govplan/1", "events": [
        {"kind": "task_completed", "date": "2024-04-01", "task": "IV.9"}]}))
    ev = govplan.evaluate(plan, log, as_of=dt.date(2024, 5, 1))
    assert [f.code for f in ev.findings if f.code.startswith("events.")] == ["events.unknown_task"]


def test_event_logs_round_trip(events):
    assert govplan.EventLog.loads(events.dumps()) == events
    assert events.dumps() == EVENTS.read_text(encoding="utf-8")
    assert len(events) == 9


def test_a_report_counted_from_an_event_is_dated_by_the_trigger_event_naming_it(plan):
    doc = plan.to_dict()
    doc["reporting"] = [{
        "id": "R.event", "cadence": "once", "cutoff": "none",
        "due": [{"after_event": {"event": "kết thúc thiên tai", "offset": {"amount": 15, "unit": "days"}}}]}]
    p = govplan.Plan.loads(json.dumps(doc, ensure_ascii=False))
    [row] = [r for r in govplan.evaluate(p, as_of=dt.date(2025, 1, 5)).rows if r.kind == govplan.RowKind.report]
    assert row.status == govplan.Status.due_date_unknown and row.due is None
    assert "kết thúc thiên tai" in row.reason_vi
    log = govplan.EventLog.loads(json.dumps({"schema": "govplan/1", "events": [{
        "kind": "trigger", "date": "2024-09-20", "trigger": "other",
        "by": {"kind": "body", "name": "Ban Chỉ huy phòng, chống thiên tai"}, "event": "kết thúc thiên tai"}]},
        ensure_ascii=False))
    assert govplan.EventLog.loads(log.dumps()) == log
    [row] = [r for r in govplan.evaluate(p, log, as_of=dt.date(2024, 10, 8)).rows if r.kind == govplan.RowKind.report]
    assert row.status == govplan.Status.missing
    assert row.due == dt.date(2024, 10, 7)  # 15 days from 20/09 end on Saturday 05/10
    assert "20/09/2024" in row.reason_vi and "2024-09-20" in row.reason(govplan.Lang.en)
