// Benchmark of compliance evaluation at national scale (issue 5's target: 1M tasks with their
// events in ≤ 1 s on one core, cost linear in tasks + events, ≤ 300 bytes per task beyond the input).
//
// A deterministic generator builds synthetic ward plans: 30 tasks each, of every timeframe kind in
// the proportions real plans show (regular, within a quarter, fixed dates, recurring monthly,
// after guidance, upstream schedules), one half-yearly reporting duty, and about two events per
// task (progress, completions on time and late, guidance, announced schedules, report
// submissions). Each plan is evaluated as of 2024-12-31 on one thread.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "govplan/compliance.hpp"

namespace {

using namespace govplan;

struct Portfolio {
  std::vector<Plan> plans;
  std::vector<EventLog> events;
  std::size_t tasks = 0;
  std::size_t event_count = 0;
};

Portfolio generate(std::size_t plan_count) {
  std::mt19937 rng(20240101);
  Portfolio p;
  const Party lead{PartyKind::official, "Công chức Tư pháp-Hộ tịch"};
  const Party so{PartyKind::body, "Sở Tư pháp"};
  const Party drafting{PartyKind::group, "các cơ quan chủ trì soạn thảo văn bản QPPL"};
  for (std::size_t n = 0; n < plan_count; ++n) {
    Plan plan;
    plan.issuer = "UBND phường " + std::to_string(n);
    plan.title = "Kế hoạch tổng hợp " + std::to_string(n);
    plan.issue_date = PartialDate(2024, 1, 15);
    plan.number = DocumentNumber::parse(std::to_string(n + 1) + "/KH-UBND");
    plan.window = DateRange::year(2024);
    EventLog log;
    for (int t = 0; t < 30; ++t) {
      Task task;
      task.id = "II." + std::to_string(t + 1);
      task.content = "Nhiệm vụ " + std::to_string(t + 1);
      task.lead = lead;
      const int kind = t % 6;
      const int q = 1 + static_cast<int>(rng() % 4);
      switch (kind) {
        case 0: task.timeframe = Timeframe("Thường xuyên", RegularTimeframe{DateRange::year(2024)}); break;
        case 1: task.timeframe = Timeframe("Quý", WithinTimeframe{DateRange::quarter(2024, q), PeriodKind::quarter}); break;
        case 2: task.timeframe = Timeframe("Trước ngày", DueTimeframe{Date(2024, 3 * q, 15), DueRelation::before}); break;
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
          a.window = DateRange::year(2024);
          task.timeframe = Timeframe("Sau khi có hướng dẫn", a);
          break;
        }
        default: {
          UpstreamScheduleTimeframe u;
          u.source_bodies = {drafting};
          u.window = DateRange::year(2024);
          task.timeframe = Timeframe("Theo kế hoạch của cấp trên", u);
          break;
        }
      }
      plan.tasks.push_back(std::move(task));
    }
    ReportingObligation ob;
    ob.id = "III.1";
    ob.recipient = Party{PartyKind::body, "UBND thành phố"};
    ob.cadence = Cadence::half_yearly;
    ob.due.push_back({DayRule{DueRelation::before, 20, std::nullopt, 0}, std::nullopt, "", std::nullopt});
    plan.reporting.push_back(ob);
    // Events: about two per task.
    log.append({Date(2024, 2, 1 + static_cast<int>(rng() % 27)), TriggerEvent{TriggerKind::guidance, so}, {}, ""});
    log.append({Date(2024, 3, 1 + static_cast<int>(rng() % 28)),
                ScheduleAnnouncedEvent{drafting, std::nullopt, {{Date(2024, 6, 10), ""}, {Date(2024, 9, 10), ""}}}, {}, ""});
    for (const Task& task : plan.tasks) {
      const int month = 1 + static_cast<int>(rng() % 12);
      log.append({Date(2024, month, 1 + static_cast<int>(rng() % 28)), TaskProgressEvent{task.id, "minh chứng"}, {}, ""});
      if (rng() % 3 != 0) {
        log.append({Date(2024, month, 1 + static_cast<int>(rng() % 28)), TaskCompletedEvent{task.id, "", std::nullopt}, {}, ""});
      }
    }
    log.append({Date(2024, 6, 18), ReportSubmittedEvent{"III.1", DateRange::half_year(2024, 1), std::nullopt}, {}, ""});
    p.tasks += plan.tasks.size();
    p.event_count += log.size();
    p.plans.push_back(std::move(plan));
    p.events.push_back(std::move(log));
  }
  return p;
}

void BM_evaluate_portfolio(benchmark::State& state) {
  const Portfolio p = generate(static_cast<std::size_t>(state.range(0)));
  const WorkCalendar cal = WorkCalendar::vietnam();
  std::size_t rows = 0, row_bytes = 0;
  for (auto _ : state) {
    rows = 0;
    row_bytes = 0;
    for (std::size_t i = 0; i < p.plans.size(); ++i) {
      const Evaluation ev = evaluate(p.plans[i], p.events[i], cal, Date(2024, 12, 31));
      rows += ev.rows.size();
      for (const StatusRow& r : ev.rows) {
        row_bytes += sizeof(StatusRow) + r.id.capacity() + r.reason_vi.capacity() + r.reason_en.capacity() +
                     (r.responsible ? r.responsible->name.capacity() : 0);
      }
      benchmark::DoNotOptimize(ev.rows.data());
    }
  }
  state.counters["tasks"] = static_cast<double>(p.tasks);
  state.counters["events"] = static_cast<double>(p.event_count);
  state.counters["rows"] = static_cast<double>(rows);
  state.counters["result_bytes_per_task"] = static_cast<double>(row_bytes) / static_cast<double>(p.tasks);
  state.counters["ns_per_task"] = benchmark::Counter(static_cast<double>(p.tasks),
                                                     benchmark::Counter::kIsIterationInvariantRate |
                                                         benchmark::Counter::kInvert);
}
// The compact evaluation (rows without text, reasons on demand): what a national portfolio uses.
void BM_evaluate_compact(benchmark::State& state) {
  const Portfolio p = generate(static_cast<std::size_t>(state.range(0)));
  const WorkCalendar cal = WorkCalendar::vietnam();
  std::vector<CompactRow> rows;
  std::vector<Finding> findings;
  for (auto _ : state) {
    rows.clear();
    findings.clear();
    for (std::size_t i = 0; i < p.plans.size(); ++i) {
      evaluate_compact(p.plans[i], p.events[i], cal, Date(2024, 12, 31), {}, static_cast<std::uint32_t>(i), rows,
                       findings);
    }
    benchmark::DoNotOptimize(rows.data());
  }
  state.counters["tasks"] = static_cast<double>(p.tasks);
  state.counters["events"] = static_cast<double>(p.event_count);
  state.counters["rows"] = static_cast<double>(rows.size());
  state.counters["result_bytes_per_task"] =
      static_cast<double>(rows.size() * sizeof(CompactRow)) / static_cast<double>(p.tasks);
  state.counters["ns_per_task"] = benchmark::Counter(static_cast<double>(p.tasks),
                                                     benchmark::Counter::kIsIterationInvariantRate |
                                                         benchmark::Counter::kInvert);
}
BENCHMARK(BM_evaluate_compact)->Arg(300)->Arg(3334)->Arg(10000)->Arg(33334)->Unit(benchmark::kMillisecond)->Iterations(1);

// 300 … 33,334 plans of 30 tasks: 9,000 … 1,000,020 tasks.
BENCHMARK(BM_evaluate_portfolio)->Arg(300)->Arg(3334)->Arg(10000)->Arg(33334)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
