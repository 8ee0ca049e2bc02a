"""Portfolios from Python: loading, the cascade gap, roll-ups, records with reasons, the columnar
form, the CLI's JSON, and the pandas example script."""
import datetime
import importlib.util
import json
import os
import subprocess
import sys

import pytest

import govplan

from conftest import SOURCE_DIR

PATHS = [SOURCE_DIR / "examples/portfolio", SOURCE_DIR / "examples/plans/chanh-lo-2024.json",
         SOURCE_DIR / "examples/events/chanh-lo-2024.events.json"]
END_2024 = datetime.date(2024, 12, 31)


@pytest.fixture(scope="module")
def portfolio():
    return govplan.Portfolio.load(PATHS)


def issuer_index(portfolio, issuer):
    return next(i for i in range(len(portfolio)) if portfolio.plan(i).issuer == issuer)


def test_the_example_portfolio_loads_four_plans_with_their_events(portfolio):
    assert len(portfolio) == 4
    assert {portfolio.plan(i).issuer for i in range(4)} == {
        "UBND tỉnh Quảng Ngãi", "UBND thành phố Quảng Ngãi", "UBND phường Chánh Lộ", "UBND phường Trần Phú"}
    assert len(portfolio.events(issuer_index(portfolio, "UBND phường Chánh Lộ"))) > 0
    assert portfolio.level(issuer_index(portfolio, "UBND phường Trần Phú")) == govplan.AdministrativeLevel.commune


def test_the_cascade_example_reports_its_gap(portfolio):
    evaluation = portfolio.evaluate(as_of=END_2024)
    gaps = [c for c in evaluation.cascade if not c.covered]
    assert len(gaps) == 1
    gap = gaps[0]
    assert portfolio.plan(gap.upstream_plan).issuer == "UBND thành phố Quảng Ngãi"
    assert gap.upstream_task == "II.4"
    assert portfolio.plan(gap.downstream_plan).issuer == "UBND phường Chánh Lộ"
    assert gap.match == govplan.CascadeMatch.none
    codes = [(plan, f.code) for plan, f in evaluation.findings]
    assert (gap.downstream_plan, "portfolio.cascade.gap") in codes
    assert evaluation.has_problems


def test_roll_ups_add_up_to_the_total_and_give_the_tracker_completion_rate(portfolio):
    evaluation = portfolio.evaluate(as_of=END_2024)
    total = evaluation.total()
    assert total.task_rows + total.report_rows == len(evaluation)
    for by in govplan.RollUpBy:
        groups = evaluation.roll_up(portfolio, by)
        if by != govplan.RollUpBy.role:  # role counts officials only
            assert sum(g.task_rows + g.report_rows for g in groups) == len(evaluation)
    city = evaluation.roll_up(portfolio, govplan.RollUpBy.plan)[issuer_index(portfolio, "UBND thành phố Quảng Ngãi")]
    done = city.tracker_count(govplan.TrackerClass.done_on_time) + city.tracker_count(govplan.TrackerClass.done_late)
    overdue = city.tracker_count(govplan.TrackerClass.overdue)
    assert overdue == 1
    assert city.completion_rate == pytest.approx(done / (done + overdue))


def test_records_have_the_keys_of_the_cli_json_and_a_reason(portfolio, cli):
    evaluation = portfolio.evaluate(as_of=END_2024)
    records = evaluation.to_records(portfolio)
    assert len(records) == len(evaluation)
    assert all(r["reason"] and r["reason"] == r["reason_vi"] for r in records)
    out = subprocess.run([cli, "portfolio", *map(str, PATHS), "--as-of", "2024-12-31", "--format", "json"],
                         capture_output=True, text=True, encoding="utf-8")
    assert out.returncode == 1  # the gap and the overdue roster task
    doc = json.loads(out.stdout)
    assert len(doc["rows"]) == len(records)
    for key in ("plan", "id", "kind", "status", "due", "reason", "tracker"):
        assert key in doc["rows"][0] and key in records[0]
    assert [r["status"] for r in doc["rows"]] == [r["status"] for r in records]
    assert doc["total"]["completion_rate"] == pytest.approx(evaluation.total().completion_rate)


def test_the_columnar_form_matches_the_records_without_a_python_object_per_row(portfolio):
    numpy = pytest.importorskip("numpy", reason="python3-numpy is not installed")
    evaluation = portfolio.evaluate(as_of=END_2024)
    columns = evaluation.to_columns()
    records = evaluation.to_records(portfolio)
    assert isinstance(columns["status"], numpy.ndarray)
    assert columns["due"].dtype == numpy.dtype("datetime64[D]")
    names = [columns["status_names"][code] for code in columns["status"]]
    assert names == [r["status"] for r in records]
    for due, record in zip(columns["due"], records):
        if record["due"] is None:
            assert numpy.isnat(due)
        else:
            assert due == numpy.datetime64(record["due"])


def test_a_row_reason_comes_on_demand_in_either_language(portfolio):
    evaluation = portfolio.evaluate(as_of=datetime.date(2024, 6, 30))
    row = evaluation.detail(portfolio, 0)
    assert row.reason_vi and row.reason_en and row.reason_vi != row.reason_en


def test_evaluation_is_the_same_on_any_number_of_threads(portfolio):
    one = portfolio.evaluate(as_of=END_2024, threads=1).to_records(portfolio)
    many = portfolio.evaluate(as_of=END_2024, threads=4).to_records(portfolio)
    assert one == many


def test_bad_inputs_name_the_problem(tmp_path):
    with pytest.raises(govplan.NotFound):
        govplan.Portfolio.load([tmp_path / "none.json"])
    (tmp_path / "x.events.json").write_text('{"schema": "govplan/1", "events": []}', encoding="utf-8")
    with pytest.raises(govplan.ValidationError) as e:
        govplan.Portfolio.load([tmp_path])
    assert e.value.id == "portfolio.events_without_plan"
    with pytest.raises(govplan.ValidationError):
        govplan.Portfolio().evaluate(as_of=END_2024, horizon=-1)


def test_a_portfolio_built_in_python_evaluates_like_one_loaded_from_files(portfolio):
    built = govplan.Portfolio()
    for i in range(len(portfolio)):
        assert built.add(portfolio.plan(i), portfolio.events(i)) == i
    assert built.evaluate(as_of=END_2024).to_records(built) == portfolio.evaluate(as_of=END_2024).to_records(portfolio)


def test_the_pandas_example_prints_overdue_counts_by_body_and_the_gap():
    if importlib.util.find_spec("pandas") is None:
        pytest.skip("python3-pandas is not installed (apt-get install python3-pandas)")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
    out = subprocess.run([sys.executable, str(SOURCE_DIR / "examples/python/overdue_by_body.py"), "2024-12-31"],
                         capture_output=True, text=True, encoding="utf-8", env=env)
    assert out.returncode == 1, out.stderr  # the example has something overdue
    assert "UBND các xã, phường" in out.stdout
    assert "UBND thành phố Quảng Ngãi II.4 → UBND phường Chánh Lộ" in out.stdout
    assert "66.7%" in out.stdout
