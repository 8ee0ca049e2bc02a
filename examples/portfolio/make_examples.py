"""Writes the illustrative plans and events of examples/portfolio in govplan's canonical form.

The province, city and Trần Phú plans are composed in the style of the seed (see README.md): their
identities (30/KH-UBND of UBND tỉnh, 43/KH-UBND of UBND thành phố) are those the seed cites; their
tasks are illustrative. Run with the built bindings on PYTHONPATH:
    PYTHONPATH=build/python /usr/bin/python3 examples/portfolio/make_examples.py
"""
import json
import pathlib

import govplan

HERE = pathlib.Path(__file__).resolve().parent
NOTE = ("Ví dụ minh họa: nội dung được soạn theo văn phong của kế hoạch mẫu để minh họa danh mục kế hoạch "
        "nhiều cấp; không phải văn bản thật. / Illustrative: composed in the style of the seed plan to "
        "show a portfolio; not the real document.")
YEAR = {"from": "2024-01-01", "to": "2024-12-31"}


def body(name):
    return {"kind": "body", "name": name}


def group(name):
    return {"kind": "group", "name": name}


def official(name):
    return {"kind": "official", "name": name}


def plan(**fields):
    base = {"schema": "govplan/1", "type": "ke_hoach", "recipients": [], "archive": ["VT"], "implements": [],
            "window": YEAR, "sections": [{"id": "II", "title": "NHIỆM VỤ"}], "extensions": {"note": NOTE}}
    base.update(fields)
    return base


def task(id_, content, lead, coordinators, timeframe, upstream=None):
    t = {"id": id_, "section": "II", "content": content, "lead": lead, "coordinators": coordinators,
         "timeframe": timeframe, "outputs": []}
    if upstream:
        t["upstream_task"] = upstream
    return t


REGULAR = {"kind": "regular", "text": "Thường xuyên trong năm 2024", "window": YEAR}
SCHEDULE = {"kind": "upstream_schedule",
            "text": "Theo kế hoạch của các cơ quan chủ trì soạn thảo văn bản QPPL (Phụ lục kèm theo Kế hoạch số 30/KH-UBND ngày 05/02/2024 của UBND tỉnh)",
            "source_bodies": [group("các cơ quan chủ trì soạn thảo văn bản QPPL")],
            "source_document": {"type": "ke_hoach", "number": "30/KH-UBND", "date": "2024-02-05",
                                "issuer": "UBND tỉnh", "part": "Phụ lục"},
            "window": YEAR}
AFTER_GUIDANCE = {"kind": "after_event", "text": "Trong năm 2024, sau khi có hướng dẫn của Sở Tư pháp",
                  "trigger": "guidance", "trigger_by": [body("Sở Tư pháp")], "window": YEAR}
ROSTER_DUE = {"kind": "due", "text": "Trước ngày 30/4/2024", "date": "2024-04-30", "relation": "before"}

WARDS = group("UBND các xã, phường")
DISTRICTS = group("UBND các huyện, thị xã, thành phố")

PROVINCE = plan(
    number="30/KH-UBND", issuer="UBND tỉnh Quảng Ngãi", level="province", place="Quảng Ngãi",
    issue_date="2024-02-05",
    title="Thực hiện Đề án “Tổ chức truyền thông chính sách có tác động lớn đến xã hội trong quá trình xây dựng văn bản quy phạm pháp luật” năm 2024 trên địa bàn tỉnh",
    tasks=[
        task("II.1", "Tổ chức quán triệt, triển khai thực hiện Đề án và Kế hoạch này; nâng cao nhận thức về vị trí, vai trò, tầm quan trọng của truyền thông dự thảo chính sách đến cán bộ, công chức, viên chức và nhân dân",
             body("Sở Tư pháp"), [group("các sở, ban, ngành tỉnh"), DISTRICTS], REGULAR),
        task("II.2", "Tổ chức truyền thông dự thảo chính sách có tác động lớn đến xã hội theo Phụ lục kèm theo Kế hoạch này bằng các hình thức phù hợp",
             group("các cơ quan chủ trì soạn thảo văn bản QPPL"), [body("Sở Thông tin và Truyền thông"), DISTRICTS],
             {"kind": "within", "text": "Năm 2024", "window": YEAR, "period": "year"}),
        task("II.3", "Hướng dẫn các cơ quan, địa phương tổ chức truyền thông dự thảo chính sách; theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch",
             body("Sở Tư pháp"), [], REGULAR),
    ],
    reporting=[{"id": "III.1", "text": "Sở Tư pháp tổng hợp, báo cáo Bộ Tư pháp và UBND tỉnh kết quả thực hiện trước ngày 15/11/2024.",
                "reporter": body("Sở Tư pháp"), "recipient": body("UBND tỉnh Quảng Ngãi"), "cadence": "once",
                "due": [{"date": "2024-11-15", "relation": "before", "text": "trước ngày 15/11/2024"}], "cutoff": "decree_09"}],
)

CITY = plan(
    number="43/KH-UBND", issuer="UBND thành phố Quảng Ngãi", level="district", place="Quảng Ngãi",
    issue_date="2024-02-26",
    title="Thực hiện Đề án “Tổ chức truyền thông chính sách có tác động lớn đến xã hội trong quá trình xây dựng văn bản quy phạm pháp luật” năm 2024",
    implements=[{"type": "ke_hoach", "number": "30/KH-UBND", "date": "2024-02-05", "issuer": "UBND tỉnh"}],
    tasks=[
        task("II.1", "Tổ chức triển khai thực hiện các nhiệm vụ được giao tại Kế hoạch số 164/KH-UBND ngày 15/9/2022 của UBND thành phố triển khai thực hiện Đề án; chủ động triển khai, chỉ đạo nhằm nâng cao nhận thức về nội dung vị trí, vai trò, tầm quan trọng của Đề án và truyền thông dự thảo chính sách đến đội ngũ cán bộ, công chức, viên chức, nhân dân và tổ chức, doanh nghiệp thuộc phạm vi quản lý",
             group("các phòng, ban, cơ quan, đơn vị thành phố"), [WARDS], REGULAR, upstream="II.1"),
        task("II.2", "Phối hợp với các cơ quan liên quan thực hiện truyền thông, thông tin rộng rãi đến cán bộ và nhân dân, tổ chức, doanh nghiệp về dự thảo chính sách bằng các hình thức phù hợp; đẩy mạnh ứng dụng công nghệ thông tin, đăng tải trên Trang Thông tin điện tử",
             body("Phòng Văn hóa và Thông tin"), [WARDS], SCHEDULE, upstream="II.2"),
        task("II.3", "Hướng dẫn, tổ chức truyền thông dự thảo chính sách có tác động lớn đến xã hội (đối với các dự thảo văn bản luật, Nghị quyết của Quốc hội) trong năm 2024 trên địa bàn thành phố",
             body("Phòng Tư pháp"), [WARDS], AFTER_GUIDANCE),
        task("II.4", "Rà soát, lập danh sách đội ngũ báo cáo viên pháp luật, tuyên truyền viên pháp luật tham gia truyền thông dự thảo chính sách, gửi về Phòng Tư pháp để tổng hợp",
             WARDS, [], ROSTER_DUE),
        task("II.5", "Bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách thành phố",
             body("Phòng Tài chính - Kế hoạch"), [], {"kind": "due", "text": "Chậm nhất ngày 31/3/2024", "date": "2024-03-31", "relation": "by"}),
    ],
    reporting=[{"id": "III.1", "text": "Phòng Tư pháp tham mưu UBND thành phố báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Tư pháp) trước ngày 05/11/2024.",
                "reporter": body("Phòng Tư pháp"), "recipient": body("UBND tỉnh"), "intermediary": body("Sở Tư pháp"),
                "cadence": "once", "due": [{"date": "2024-11-05", "relation": "before", "text": "trước ngày 05/11/2024"}], "cutoff": "decree_09"}],
)

TRAN_PHU = plan(
    number="27/KH-UBND", issuer="UBND phường Trần Phú", level="commune", place="Trần Phú", issue_date="2024-03-08",
    title="Thực hiện Đề án “Tổ chức truyền thông chính sách có tác động lớn đến xã hội trong quá trình xây dựng văn bản quy phạm pháp luật” năm 2024 trên địa bàn phường Trần Phú",
    implements=[{"type": "ke_hoach", "number": "43/KH-UBND", "date": "2024-02-26", "issuer": "UBND thành phố"}],
    tasks=[
        task("II.1", "Quán triệt, triển khai Đề án đến cán bộ, công chức và nhân dân trên địa bàn phường",
             official("Công chức Tư pháp-Hộ tịch"), [group("các tổ chức chính trị - xã hội phường")], REGULAR, upstream="II.1"),
        task("II.2", "Truyền thông dự thảo chính sách trên hệ thống loa truyền thanh và Trang Thông tin điện tử phường",
             official("Công chức Văn hóa - Xã hội"), [], SCHEDULE, upstream="II.2"),
        task("II.3", "Tổ chức truyền thông dự thảo luật, nghị quyết của Quốc hội theo hướng dẫn",
             official("Công chức Tư pháp-Hộ tịch"), [], AFTER_GUIDANCE, upstream="II.3"),
        task("II.4", "Lập danh sách báo cáo viên, tuyên truyền viên pháp luật của phường gửi Phòng Tư pháp",
             official("Công chức Tư pháp-Hộ tịch"), [], ROSTER_DUE, upstream="II.4"),
    ],
    reporting=[{"id": "III.1", "text": "Báo cáo kết quả thực hiện lồng ghép trong báo cáo phổ biến, giáo dục pháp luật định kỳ gửi về UBND thành phố (qua Phòng Tư pháp).",
                "reporter": official("Công chức Tư pháp-Hộ tịch"), "recipient": body("UBND thành phố"),
                "intermediary": body("Phòng Tư pháp"), "cutoff": "decree_09",
                "integrated_into": {"name": "báo cáo phổ biến, giáo dục pháp luật định kỳ", "cadence": "half_yearly", "due": []}}],
)


def event(kind, date, text, **fields):
    return {"kind": kind, "date": date, **fields, "text": "Ví dụ minh họa: " + text}


EVENTS = {
    "quang-ngai-province-2024": [
        event("task_progress", "2024-03-12", "hội nghị quán triệt Đề án cấp tỉnh.", task="II.1", evidence="Thông báo kết luận hội nghị"),
        event("task_progress", "2024-09-20", "Sở Tư pháp kiểm tra việc thực hiện tại các huyện.", task="II.3", evidence="Báo cáo kiểm tra"),
        event("report_submitted", "2024-11-14", "báo cáo kết quả gửi Bộ Tư pháp.", obligation="III.1",
              period=YEAR, to=body("UBND tỉnh Quảng Ngãi")),
    ],
    "quang-ngai-city-2024": [
        event("task_completed", "2024-03-29", "bố trí kinh phí.", task="II.5", evidence="Quyết định giao dự toán bổ sung"),
        event("trigger", "2024-05-10", "Sở Tư pháp hướng dẫn truyền thông dự thảo luật năm 2024.", trigger="guidance", by=body("Sở Tư pháp")),
        event("task_progress", "2024-06-05", "Phòng Tư pháp tổ chức hội nghị triển khai.", task="II.1", evidence="Biên bản hội nghị"),
        event("task_completed", "2024-06-14", "Phòng Tư pháp hướng dẫn các phường, xã.", task="II.3", evidence="Công văn hướng dẫn"),
        event("report_submitted", "2024-11-08", "báo cáo gửi UBND tỉnh (qua Sở Tư pháp), muộn 3 ngày.", obligation="III.1",
              period=YEAR, to=body("UBND tỉnh")),
    ],
    "tran-phu-2024": [
        event("task_progress", "2024-04-02", "tuyên truyền tại hội nghị giao ban.", task="II.1", evidence="Biên bản giao ban"),
        event("task_completed", "2024-05-06", "danh sách báo cáo viên gửi muộn.", task="II.4", evidence="Công văn gửi Phòng Tư pháp"),
        event("trigger", "2024-05-10", "Sở Tư pháp hướng dẫn.", trigger="guidance", by=body("Sở Tư pháp")),
        event("report_submitted", "2024-06-14", "báo cáo 6 tháng đầu năm.", obligation="III.1",
              period={"from": "2024-01-01", "to": "2024-06-30"}, to=body("UBND thành phố")),
    ],
}


def main():
    for name, doc in [("quang-ngai-province-2024", PROVINCE), ("quang-ngai-city-2024", CITY), ("tran-phu-2024", TRAN_PHU)]:
        p = govplan.Plan.loads(json.dumps(doc, ensure_ascii=False))
        (HERE / f"{name}.json").write_text(p.dumps(), encoding="utf-8")
        log = govplan.EventLog.loads(json.dumps({"schema": "govplan/1", "events": EVENTS[name]}, ensure_ascii=False))
        (HERE / f"{name}.events.json").write_text(log.dumps(), encoding="utf-8")


if __name__ == "__main__":
    main()
