"""Reading Vietnamese text from Python: timeframe phrases, citations, reporting sentences and the
keys that match names."""
import datetime
import json
import subprocess

import pytest

import govplan


def test_a_quarter_phrase_reads_as_that_quarter_with_first_and_last_days():
    t = govplan.parse_timeframe("Quý II/2024", year=2024)
    assert t.kind == govplan.TimeframeKind.within
    assert (t.window.first, t.window.last) == (datetime.date(2024, 4, 1), datetime.date(2024, 6, 30))
    assert t.due is None


def test_a_deadline_phrase_gives_its_day_and_relative_phrases_take_the_context_year():
    assert govplan.parse_timeframe("Trước ngày 15/11/2024", year=2024).due == datetime.date(2024, 11, 15)
    t = govplan.parse_timeframe("Quý III", year=2023)
    assert t.window.first == datetime.date(2023, 7, 1)


def test_the_seed_timeframes_read_as_the_plan_model_has_them(seed_text):
    plan = govplan.Plan.load(str(pytest.importorskip("conftest").SOURCE_DIR / "examples/plans/chanh-lo-2024.json"))
    for task in plan.tasks:
        assert govplan.parse_timeframe(task.timeframe.text, year=2024) == task.timeframe


def test_text_that_is_no_timeframe_is_unparsed_with_a_diagnostic_not_guessed():
    t = govplan.parse_timeframe("abc xyz", year=2024)
    assert t.kind == govplan.TimeframeKind.unparsed
    assert t.diagnostic


def test_invalid_context_years_are_refused():
    with pytest.raises(govplan.ValidationError):
        govplan.parse_timeframe("Quý II", year=1800)


def test_citations_come_in_text_order_with_type_number_date_and_issuer():
    refs = govplan.find_references(
        "Thực hiện Kế hoạch số 43/KH-UBND ngày 26/02/2024 của UBND thành phố; Quyết định số 407/QĐ-TTg "
        "ngày 30 tháng 3 năm 2022 của Thủ tướng Chính phủ")
    assert [str(r.number) for r in refs] == ["43/KH-UBND", "407/QĐ-TTg"]
    assert refs[0].type == govplan.DocumentType.ke_hoach
    assert refs[0].date == datetime.date(2024, 2, 26)
    assert refs[0].issuer == "UBND thành phố"
    assert refs[1].date == datetime.date(2022, 3, 30)
    assert refs[0].text.startswith("Kế hoạch số 43")


def test_a_citation_introduced_by_a_proposal_has_the_proposer_as_issuer_and_no_other_does():
    refs = govplan.find_references(
        "Theo đề nghị của Giám đốc Sở\nTư pháp tại Tờ trình số 52/TTr-STP ngày 21/5/2024.")
    assert [str(r.number) for r in refs] == ["52/TTr-STP"]
    assert refs[0].issuer == "Giám đốc Sở Tư pháp"
    assert refs[0].text == "Tờ trình số 52/TTr-STP ngày 21/5/2024"
    assert govplan.find_references("Căn cứ Tờ trình số 52/TTr-STP ngày 21/5/2024.")[0].issuer is None
    assert govplan.find_references(
        "Xét đề nghị của Sở Tư pháp. Các cơ quan báo cáo tại Tờ trình số 52/TTr-STP")[0].issuer is None


def test_a_reporting_sentence_reads_as_a_duty_and_other_text_as_none():
    duty = govplan.parse_reporting_duty(
        "Báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Tư pháp) trước ngày 15/11/2024", year=2024)
    assert duty is not None
    assert duty.recipient.name == "UBND tỉnh"
    assert duty.intermediary.name == "Sở Tư pháp"
    assert govplan.parse_reporting_duty("Tổ chức hội nghị quán triệt", year=2024) is None


def test_names_match_across_tone_placement_case_and_abbreviations():
    vn = govplan.vntext
    assert vn.match_key("Hoà") == vn.match_key("hòa")
    assert vn.same_party("UBND phường Chánh Lộ", "Ủy ban nhân dân Phường Chánh Lộ")
    assert vn.same_party("Tư pháp-Hộ tịch", "Tư pháp - hộ tịch")
    assert vn.nfc("e\u0302\u0323") == "ệ"


def test_the_cli_reads_timeframes_and_fails_on_one_it_cannot(cli):
    out = subprocess.run([cli, "parse-timeframe", "Quý II/2024", "--format", "json"], capture_output=True,
                         text=True, encoding="utf-8")
    assert out.returncode == 0
    assert json.loads(out.stdout)["window"] == {"from": "2024-04-01", "to": "2024-06-30"}
    bad = subprocess.run([cli, "parse-timeframe", "abc xyz", "--year", "2024"], capture_output=True, text=True,
                         encoding="utf-8")
    assert bad.returncode == 1


def test_importing_the_seed_text_gives_the_hand_made_plan_in_its_essentials(seed_text):
    from conftest import SOURCE_DIR
    result = govplan.import_text(seed_text)
    expected = govplan.Plan.load(str(SOURCE_DIR / "examples/plans/chanh-lo-2024.json"))
    plan = result.plan
    assert not result.has_errors
    assert [t.id for t in plan.tasks] == [t.id for t in expected.tasks]
    assert [t.timeframe.kind for t in plan.tasks] == [t.timeframe.kind for t in expected.tasks]
    assert [t.lead for t in plan.tasks] == [t.lead for t in expected.tasks]
    assert [str(i.number) for i in plan.implements] == [str(i.number) for i in expected.implements]
    assert plan.recipients == expected.recipients and plan.archive == expected.archive
    assert plan.signer == expected.signer
    assert all(d.where.line is not None for d in result.diagnostics)


def test_the_seed_text_imports_to_the_hand_made_plan_but_for_the_example_note(seed_text):
    # The main job (scripts/main-job.sh) evaluates the imported plan against the event log written
    # for the hand-made one: the two must agree field for field, ids included.
    from conftest import SOURCE_DIR
    imported = govplan.import_text(seed_text).plan.to_dict()
    expected = govplan.Plan.load(str(SOURCE_DIR / "examples/plans/chanh-lo-2024.json")).to_dict()
    assert list(expected["extensions"]) == ["govplan.example"]
    assert imported["extensions"] == {}
    del imported["extensions"], expected["extensions"]
    assert imported == expected


def test_the_cli_imports_the_seed_to_json_that_checks_and_reports_on_stderr(cli, tmp_path, seed_text):
    from conftest import SOURCE_DIR
    out = tmp_path / "seed.json"
    run = subprocess.run([cli, "import", str(SOURCE_DIR / "examples/plans/chanh-lo-2024.txt"), "-o", str(out)],
                         capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 0, run.stderr
    assert govplan.Plan.load(str(out)).issuer == "UBND phường Chánh Lộ"
    # Each diagnostic says where it is in the language asked for.
    assert "chanh-lo-2024.txt:dòng 3, cột 5: [thông tin] import.header.number_blank" in run.stderr
    english = subprocess.run([cli, "--lang", "en", "import", str(SOURCE_DIR / "examples/plans/chanh-lo-2024.txt"),
                              "-o", str(tmp_path / "seed-en.json")], capture_output=True, text=True, encoding="utf-8")
    assert "chanh-lo-2024.txt:line 3, column 5: [info] import.header.number_blank" in english.stderr
    check = subprocess.run([cli, "check", str(out)], capture_output=True, text=True, encoding="utf-8")
    assert check.returncode == 0
