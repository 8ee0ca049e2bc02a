// Benchmark of compliance evaluation at national scale (issue 5's target: 1M tasks with their
// events in ≤ 1 s on one core, cost linear in tasks + events — four sizes — and ≤ 300 bytes of
// memory per task beyond the input).
//
// The portfolio comes from bench/synthetic.hpp: 63 province plans, 693 district plans, and
// `wards` communes × 10 plans × 30 tasks, with about two events per task. Sizes: 412, 825, 1,650
// and 3,300 wards (≈ 124k, 248k, 495k and 990k ward tasks).
//   - BM_evaluate_compact: every plan through evaluate_compact on one thread (no text).
//   - BM_portfolio_evaluate: Portfolio::evaluate, one thread, including the cascade.
//   - BM_portfolio_evaluate/N/0: the same on every core.
//   - BM_cascade: the cascade alone (links, coverage and gaps), on one thread.
//   - BM_evaluate_with_reasons: evaluate() with every reason written (what a person reads), at
//     the smallest size, for comparison.
// Memory beyond the input is what the heap holds after the evaluation minus what it held before
// (glibc mallinfo2, arenas and mmapped blocks), divided by the tasks.
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <algorithm>
#include <map>

#include "govplan/compliance.hpp"
#include "govplan/portfolio.hpp"
#include "synthetic.hpp"

namespace {

using namespace govplan;

const govplan_bench::Generated& national(std::size_t wards) {
  static std::map<std::size_t, govplan_bench::Generated> cache;
  auto it = cache.find(wards);
  if (it == cache.end()) {
    cache.clear();  // one size in memory at a time
    govplan_bench::NationalShape shape;
    shape.wards = wards;
    it = cache.emplace(wards, govplan_bench::generate_national(shape)).first;
  }
  return it->second;
}

// Bytes allocated: from the heap's arenas (uordblks) and in blocks of their own (hblkhd — glibc
// serves large blocks, such as a row array of a hundred megabytes, straight from mmap, and
// uordblks alone does not count them).
std::size_t heap_in_use() {
  const struct mallinfo2 m = mallinfo2();
  return m.uordblks + m.hblkhd;
}

void counters(benchmark::State& state, const govplan_bench::Generated& g, std::size_t rows, std::size_t bytes) {
  state.counters["tasks"] = static_cast<double>(g.tasks);
  state.counters["events"] = static_cast<double>(g.events);
  state.counters["rows"] = static_cast<double>(rows);
  state.counters["bytes_per_task"] = static_cast<double>(bytes) / static_cast<double>(g.tasks);
  state.counters["ns_per_task"] = benchmark::Counter(static_cast<double>(g.tasks),
                                                     benchmark::Counter::kIsIterationInvariantRate |
                                                         benchmark::Counter::kInvert);
}

void BM_evaluate_compact(benchmark::State& state) {
  const auto& g = national(static_cast<std::size_t>(state.range(0)));
  const WorkCalendar cal = WorkCalendar::vietnam();
  const Portfolio& p = g.portfolio;
  std::size_t rows = 0, bytes = 0;
  for (auto _ : state) {
    const std::size_t before = heap_in_use();
    std::vector<CompactRow> out;
    std::vector<Finding> findings;
    for (std::size_t i = 0; i < p.size(); ++i) {
      evaluate_compact(p.plan(i), p.events(i), cal, Date(2024, 12, 31), {}, static_cast<std::uint32_t>(i), out, findings);
    }
    bytes = heap_in_use() - before;
    rows = out.size();
    benchmark::DoNotOptimize(out.data());
  }
  counters(state, g, rows, bytes);
}

void BM_portfolio_evaluate(benchmark::State& state) {
  const auto& g = national(static_cast<std::size_t>(state.range(0)));
  const WorkCalendar cal = WorkCalendar::vietnam();
  const unsigned threads = static_cast<unsigned>(state.range(1));
  std::size_t rows = 0, bytes = 0, gaps = 0;
  for (auto _ : state) {
    const std::size_t before = heap_in_use();
    const PortfolioEvaluation ev = g.portfolio.evaluate(cal, Date(2024, 12, 31), {}, threads);
    bytes = heap_in_use() - before;
    rows = ev.rows.size();
    gaps = 0;
    for (const auto& c : ev.cascade) gaps += c.covered() ? 0 : 1;
    benchmark::DoNotOptimize(ev.rows.data());
  }
  counters(state, g, rows, bytes);
  state.counters["cascade_gaps"] = static_cast<double>(gaps);
}

void BM_evaluate_with_reasons(benchmark::State& state) {
  const auto& g = national(static_cast<std::size_t>(state.range(0)));
  const WorkCalendar cal = WorkCalendar::vietnam();
  const Portfolio& p = g.portfolio;
  std::size_t rows = 0, bytes = 0;
  for (auto _ : state) {
    const std::size_t before = heap_in_use();
    std::vector<Evaluation> all;
    all.reserve(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) all.push_back(evaluate(p.plan(i), p.events(i), cal, Date(2024, 12, 31)));
    bytes = heap_in_use() - before;
    rows = 0;
    for (const auto& e : all) rows += e.rows.size();
    benchmark::DoNotOptimize(all.data());
  }
  counters(state, g, rows, bytes);
}

void BM_cascade(benchmark::State& state) {
  const auto& g = national(static_cast<std::size_t>(state.range(0)));
  std::size_t links = 0, gaps = 0;
  for (auto _ : state) {
    const std::vector<CascadeItem> c = g.portfolio.cascade();
    links = c.size();
    gaps = 0;
    for (const auto& item : c) gaps += item.covered() ? 0 : 1;
    benchmark::DoNotOptimize(c.data());
  }
  state.counters["cascade_items"] = static_cast<double>(links);
  state.counters["cascade_gaps"] = static_cast<double>(gaps);
}

// The machine is a shared VM whose speed varies from run to run by a third: each measurement is
// repeated and its minimum, median and maximum reported.
double minimum(const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); }
double maximum(const std::vector<double>& v) { return *std::max_element(v.begin(), v.end()); }

BENCHMARK(BM_evaluate_compact)->Arg(412)->Arg(825)->Arg(1650)->Arg(3300)->Unit(benchmark::kMillisecond)->Iterations(1)
    ->Repetitions(5)->ComputeStatistics("min", minimum)->ComputeStatistics("max", maximum);
BENCHMARK(BM_portfolio_evaluate)->Args({412, 1})->Args({825, 1})->Args({1650, 1})->Args({3300, 1})->Args({3300, 0})
    ->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime()
    ->Repetitions(5)->ComputeStatistics("min", minimum)->ComputeStatistics("max", maximum);
BENCHMARK(BM_cascade)->Arg(3300)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3)
    ->ComputeStatistics("min", minimum)->ComputeStatistics("max", maximum);
BENCHMARK(BM_evaluate_with_reasons)->Arg(412)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
