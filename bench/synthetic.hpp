// A deterministic generator of synthetic national portfolios, for the compliance benchmarks.
//
// The shape follows the administration of 2024: 63 provinces, each with one plan that assigns its
// work to the districts; about 700 districts (11 per province), each with a plan implementing the
// province's; and the communes and wards (`wards` in all, spread over the districts), each with
// `plans_per_ward` plans of `tasks_per_plan` tasks. The first plan of each ward implements its
// district's plan and carries out its tasks (by upstream_task, or — one ward in five — only by
// the same wording); one ward in seven leaves a task out, a cascade gap. Tasks take every
// timeframe kind in the proportions real plans show: regular work, within a quarter, a fixed
// date, monthly recurring, after guidance from Sở Tư pháp, upstream schedules. Each plan has a
// half-yearly reporting duty; the events (about two per task) are progress, completions on time
// and late, guidance, an announced schedule and report submissions. Same arguments, same portfolio.
#pragma once

#include <cstdint>
#include <random>
#include <string>

#include "govplan/portfolio.hpp"

namespace govplan_bench {

struct NationalShape {
  std::size_t wards = 3300;
  std::size_t plans_per_ward = 10;
  std::size_t tasks_per_plan = 30;
  std::uint32_t seed = 20240101;
};

struct Generated {
  govplan::Portfolio portfolio;
  std::size_t tasks = 0;
  std::size_t events = 0;
};

inline Generated generate_national(const NationalShape& shape) {
  using namespace govplan;
  std::mt19937 rng(shape.seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<std::uint32_t>(n)); };
  Generated g;
  const Party official{PartyKind::official, "Công chức Tư pháp-Hộ tịch"};
  const Party so{PartyKind::body, "Sở Tư pháp"};
  const Party drafting{PartyKind::group, "các cơ quan chủ trì soạn thảo văn bản QPPL"};
  const Party districts{PartyKind::group, "UBND các huyện, thị xã, thành phố"};
  const Party wards{PartyKind::group, "UBND các xã, phường, thị trấn"};
  const std::size_t provinces = 63, districts_per_province = 11;
  const std::size_t district_count = provinces * districts_per_province;
  static const char* const contents[] = {
      "Tổ chức quán triệt, triển khai thực hiện Đề án đến cán bộ, công chức và nhân dân",
      "Truyền thông dự thảo chính sách có tác động lớn đến xã hội bằng các hình thức phù hợp",
      "Tổ chức hội nghị phổ biến pháp luật cho cán bộ, công chức",
      "Cập nhật văn bản quy phạm pháp luật trên Trang thông tin điện tử",
      "Hướng dẫn tổ chức truyền thông dự thảo chính sách sau khi có hướng dẫn của cấp trên",
      "Tuyên truyền trên hệ thống loa truyền thanh cơ sở theo lịch của cơ quan soạn thảo",
  };
  auto make_task = [&](std::size_t t, const Party& lead, int year) {
    Task task;
    task.id = "II." + std::to_string(t + 1);
    task.content = std::string(contents[t % 6]) + " (mục " + std::to_string(t + 1) + ")";
    task.lead = lead;
    const int q = 1 + pick(4);
    const DateRange whole = DateRange::year(year);
    switch (t % 6) {
      case 0: task.timeframe = Timeframe("Thường xuyên", RegularTimeframe{whole}); break;
      case 1: task.timeframe = Timeframe("Quý " + std::to_string(q), WithinTimeframe{DateRange::quarter(year, q), PeriodKind::quarter}); break;
      case 2: task.timeframe = Timeframe("Trước ngày 15", DueTimeframe{Date(year, 3 * q, 15), DueRelation::before}); break;
      case 3: {
        RecurringTimeframe r;
        r.cadence = Cadence::monthly;
        r.day_rule = DayRule{DueRelation::before, 20, std::nullopt, 0};
        task.timeframe = Timeframe("Trước ngày 20 hằng tháng", r);
        break;
      }
      case 4: {
        AfterEventTimeframe a;
        a.trigger = TriggerKind::guidance;
        a.trigger_by = {so};
        a.offset = Offset{15, TimeUnit::working_days};
        a.window = whole;
        task.timeframe = Timeframe("Sau khi có hướng dẫn của Sở Tư pháp", a);
        break;
      }
      default: {
        UpstreamScheduleTimeframe u;
        u.source_bodies = {drafting};
        u.window = whole;
        task.timeframe = Timeframe("Theo kế hoạch của cơ quan soạn thảo", u);
        break;
      }
    }
    return task;
  };
  auto base_plan = [&](std::string issuer, AdministrativeLevel level, int number, int year) {
    Plan plan;
    plan.issuer = std::move(issuer);
    plan.level = level;
    plan.title = "Kế hoạch thực hiện Đề án năm " + std::to_string(year);
    plan.issue_date = PartialDate(year, 1, 15);
    plan.number = DocumentNumber::parse(std::to_string(number) + "/KH-UBND");
    plan.window = DateRange::year(year);
    plan.signer = Signer({SignatureLine{SignatureAuthority::tm, "ỦY BAN NHÂN DÂN"}}, "CHỦ TỊCH", "Nguyễn Văn A");
    return plan;
  };
  auto cite = [](const Plan& up) {
    return Implements{DocumentRef(DocumentType::ke_hoach, up.number, up.issue_date.range().first(), up.issuer)};
  };
  const int year = 2024;
  // Provinces and districts: a few tasks each, assigned downwards.
  std::vector<Plan> upper;
  for (std::size_t p = 0; p < provinces; ++p) {
    Plan plan = base_plan("UBND tỉnh " + std::to_string(p + 1), AdministrativeLevel::province, 10 + static_cast<int>(p), year);
    for (std::size_t t = 0; t < 6; ++t) {
      Task task = make_task(t, so, year);
      task.coordinators = {districts};
      plan.tasks.push_back(std::move(task));
    }
    upper.push_back(std::move(plan));
  }
  for (std::size_t d = 0; d < district_count; ++d) {
    Plan plan = base_plan("UBND huyện " + std::to_string(d + 1), AdministrativeLevel::district, 100 + static_cast<int>(d), year);
    plan.implements.push_back(cite(upper[d / districts_per_province]));
    for (std::size_t t = 0; t < 6; ++t) {
      Task task = make_task(t, Party{PartyKind::body, "Phòng Tư pháp"}, year);
      task.coordinators = {wards};
      task.upstream_task = task.id;
      plan.tasks.push_back(std::move(task));
    }
    upper.push_back(std::move(plan));
  }
  for (Plan& p : upper) {
    g.tasks += p.tasks.size();
    g.portfolio.add(std::move(p));
  }
  for (std::size_t w = 0; w < shape.wards; ++w) {
    const Plan& district = g.portfolio.plan(provinces + w % district_count);
    for (std::size_t k = 0; k < shape.plans_per_ward; ++k) {
      Plan plan = base_plan("UBND phường " + std::to_string(w + 1), AdministrativeLevel::commune, 1000 + static_cast<int>(k), year);
      if (k == 0) plan.implements.push_back(cite(district));
      EventLog log;
      for (std::size_t t = 0; t < shape.tasks_per_plan; ++t) {
        Task task = make_task(t, official, year);
        if (k == 0) {
          // A gap: no task of the ward carries out the district's sixth task, by id or by wording.
          if (w % 7 == 0 && t % 6 == 5) task.content = "Nhiệm vụ riêng của phường (mục " + std::to_string(t + 1) + ")";
          else if (t < 6 && w % 5 != 0) task.upstream_task = task.id;
        }
        plan.tasks.push_back(std::move(task));
      }
      ReportingObligation ob;
      ob.id = "III.1";
      ob.reporter = official;
      ob.recipient = Party{PartyKind::body, "UBND huyện"};
      ob.cadence = Cadence::half_yearly;
      ob.due.push_back({DayRule{DueRelation::before, 20, std::nullopt, 0}, std::nullopt, "", std::nullopt});
      plan.reporting.push_back(ob);
      log.append({Date(year, 2, 1 + pick(27)), TriggerEvent{TriggerKind::guidance, so}, {}, ""});
      log.append({Date(year, 3, 1 + pick(28)),
                  ScheduleAnnouncedEvent{drafting, std::nullopt, {{Date(year, 6, 10), ""}, {Date(year, 9, 10), ""}}}, {}, ""});
      for (const Task& task : plan.tasks) {
        const int month = 1 + pick(12);
        log.append({Date(year, month, 1 + pick(28)), TaskProgressEvent{task.id, "minh chứng"}, {}, ""});
        if (pick(3) != 0) {
          log.append({Date(year, month, 1 + pick(28)), TaskCompletedEvent{task.id, "", std::nullopt}, {}, ""});
        }
      }
      log.append({Date(year, 6, 18), ReportSubmittedEvent{"III.1", DateRange::half_year(year, 1), std::nullopt}, {}, ""});
      if (pick(2) == 0) {
        log.append({Date(year, 12, 26), ReportSubmittedEvent{"III.1", DateRange::half_year(year, 2), std::nullopt}, {}, ""});
      }
      g.tasks += plan.tasks.size();
      g.events += log.size();
      g.portfolio.add(std::move(plan), std::move(log));
    }
  }
  return g;
}

}  // namespace govplan_bench
