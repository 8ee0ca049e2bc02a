"""The govplan command-line tool, run as an official runs it."""

import json
import subprocess

from conftest import SOURCE_DIR

SEED = SOURCE_DIR / "examples" / "plans" / "chanh-lo-2024.txt"


def run(cli, *args):
    return subprocess.run([cli, *args], capture_output=True, text=True, encoding="utf-8")


def test_inspect_prints_the_seeds_draft_number_date_line_and_cited_documents(cli):
    r = run(cli, "inspect", str(SEED))
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "/KH-UBND (dự thảo: chưa có số)" in out
    assert "Ký hiệu:" in out and "KH-UBND" in out
    assert '"Chánh Lộ, ngày tháng 02 năm 2024"' in out
    assert "2024-02; chưa có ngày" in out
    assert "đúng quy định" in out
    assert "Văn bản được dẫn (3):" in out
    for number in ("43/KH-UBND", "164/KH-UBND", "30/KH-UBND"):
        assert number in out


def test_inspect_speaks_english_on_request(cli):
    r = run(cli, "inspect", str(SEED), "--lang", "en")
    assert r.returncode == 0
    assert "Documents cited (3):" in r.stdout and "draft: no number yet" in r.stdout


def test_help_and_version_exit_0(cli):
    assert "inspect" in run(cli, "--help").stdout
    r = run(cli, "--version")
    assert r.returncode == 0 and r.stdout.startswith("govplan 0.")


def test_a_usage_error_exits_2_with_a_message(cli):
    r = run(cli, "frobnicate")
    assert r.returncode == 2 and r.stderr.strip()
    r = run(cli, "--lang", "fr", "parse-date", "26/02/2024")
    assert r.returncode == 2 and "fr" in r.stderr


def test_a_bad_date_exits_1_with_a_located_error(cli):
    r = run(cli, "parse-date", "30/02/2024")
    assert r.returncode == 1
    assert "date.impossible" in r.stderr and "column 1" in r.stderr


def test_parse_date_writes_the_decree_30_form(cli):
    r = run(cli, "parse-date", "15/9/2022")
    assert r.returncode == 0 and "ngày 15 tháng 9 năm 2022" in r.stdout and "Thứ Năm" in r.stdout


def test_parse_number_shows_the_parts(cli):
    r = run(cli, "parse-number", "36 /KH - UBND", "--lang", "en")
    assert r.returncode == 0
    assert "36/KH-UBND" in r.stdout and "Plan (KH)" in r.stdout


def test_check_date_line_is_strict_on_request(cli):
    line = "Hà Nội, ngày 5 tháng 1 năm 2020"
    assert run(cli, "check-date-line", line).returncode == 0
    r = run(cli, "check-date-line", line, "--strict")
    assert r.returncode == 1 and "date_line.day_not_padded" in r.stdout


def test_a_file_that_is_not_utf8_is_a_located_input_error(cli, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"S\xe1: 12/KH-UBND\n")
    r = run(cli, "inspect", str(bad))
    assert r.returncode == 1 and "invalid_utf8" in r.stderr and "line 1" in r.stderr


def test_calendar_prints_days_off_make_up_days_and_working_days_with_sources(cli):
    r = run(cli, "calendar", "2025")
    assert r.returncode == 0, r.stderr
    assert "Lịch làm việc năm 2025" in r.stdout
    assert "26/04/2025  Thứ Bảy  làm bù" in r.stdout
    assert "Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024" in r.stdout
    assert "250" in r.stdout.splitlines()[-1]


def test_calendar_formats_json_csv_and_ics(cli):
    data = json.loads(run(cli, "calendar", "2024", "--format", "json").stdout)
    assert data["working_days"] == 251
    assert any(d["date"] == "2024-05-04" and d["kind"] == "make_up_working_day" for d in data["working_weekend_days"])
    csv = run(cli, "--lang", "en", "calendar", "2024", "--format", "csv").stdout
    assert csv.startswith("date,weekday,kind,")
    ics = run(cli, "calendar", "2024", "--format", "ics").stdout
    assert ics.startswith("BEGIN:VCALENDAR") and ics.count("BEGIN:VEVENT") == len(data["days_off"]) + 1


def test_calendar_marks_assumed_days_of_unannounced_years(cli):
    r = run(cli, "calendar", "2027")
    assert r.returncode == 0
    assert "(*)" in r.stdout and "chưa có thông báo" in r.stdout


def test_deadline_shows_the_rules_used(cli):
    r = run(cli, "deadline", "2024-04-26", "--add", "5", "--unit", "working-days")
    assert r.returncode == 0, r.stderr
    assert "07/05/2024 (Thứ Ba)" in r.stdout
    r = run(cli, "--lang", "en", "deadline", "2024-04-20", "--add", "10")
    assert "02/05/2024 (Thursday)" in r.stdout
    assert "Điều 148 khoản 5" in r.stdout
    data = json.loads(run(cli, "deadline", "31/01/2025", "--add", "1", "--unit", "months", "--format", "json").stdout)
    assert data["end"] == "2025-02-28"


def test_a_schedules_file_with_an_error_names_the_file_and_the_pointer(cli, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "govplan-holidays/1", "verified_through": "2027-12-31", "documents": {}, "days": [{}]}',
                    encoding="utf-8")
    r = run(cli, "calendar", "2027", "--schedules", str(path))
    assert r.returncode == 1
    assert str(path) in r.stderr and "/days/0" in r.stderr


def test_day_and_lunar_verbs(cli):
    r = run(cli, "day", "2024-04-29")
    assert r.returncode == 0 and "nghỉ hoán đổi" in r.stdout and "2450/VPCP-KGVX" in r.stdout
    r = run(cli, "lunar", "2024-02-10")
    assert "1/1 năm Giáp Thìn" in r.stdout
    r = run(cli, "lunar", "--to-solar", "2050-03-10")
    assert "01/04/2050" in r.stdout
    assert run(cli, "lunar", "--to-solar", "2024-05L-01").returncode == 1


def test_check_prints_the_seeds_findings_and_exits_0(cli):
    plan = SOURCE_DIR / "examples" / "plans" / "chanh-lo-2024.json"
    r = run(cli, "check", str(plan))
    assert r.returncode == 0, r.stderr
    assert "plan.draft.no_number" in r.stdout and "plan.draft.no_day" in r.stdout
    findings = json.loads(run(cli, "check", str(plan), "--format", "json").stdout)
    assert sorted(f["code"] for f in findings) == ["plan.draft.no_day", "plan.draft.no_number"]


def test_check_reports_a_malformed_plan_with_its_pointer_and_exits_1(cli, tmp_path):
    text = (SOURCE_DIR / "examples" / "plans" / "chanh-lo-2024.json").read_text(encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(text.replace('"kind": "regular"', '"kind": "sometimes"', 1), encoding="utf-8")
    r = run(cli, "check", str(bad))
    assert r.returncode == 1
    assert "/tasks/0/timeframe/kind" in r.stderr and "sometimes" in r.stderr


def test_check_exits_1_when_a_finding_is_an_error(cli, tmp_path):
    doc = json.loads((SOURCE_DIR / "examples" / "plans" / "chanh-lo-2024.json").read_text(encoding="utf-8"))
    del doc["reporting"][0]["recipient"]
    path = tmp_path / "no-recipient.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    r = run(cli, "--lang", "en", "check", str(path))
    assert r.returncode == 1
    assert "plan.reporting.no_recipient" in r.stdout and "names no recipient" in r.stdout


def test_status_prints_rows_with_the_same_keys_as_records_and_gates_on_problems(cli):
    plan = str(SOURCE_DIR / "examples" / "plans" / "chanh-lo-2024.json")
    events = str(SOURCE_DIR / "examples" / "events" / "chanh-lo-2024.events.json")
    r = run(cli, "status", plan, "--events", events, "--as-of", "2024-12-31", "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["rows"]
    assert {"id", "kind", "status", "due", "reason_vi"} <= set(rows[0])
    assert [x["status"] for x in rows if x["id"] == "II.2"] == ["done_on_time", "done_late"]
    table = run(cli, "--lang", "en", "status", plan, "--events", events, "--as-of", "2024-12-31").stdout
    assert "done late" in table and "Status as of 31/12/2024" in table
    md = run(cli, "status", plan, "--as-of", "2025-01-31", "--format", "md")
    assert md.returncode == 1 and md.stdout.startswith("| Mã |")
    assert "không có minh chứng" in md.stdout
