// Benchmarks of the working calendar and the lunar calendar (issue 3's targets):
//   1,000,000 is-working-day checks          ≤ 5 ms
//   all holidays 1995–2100 (and Tết/Giỗ Tổ 1900–2100) ≤ 5 ms
//   1,000,000 solar → lunar conversions      ≤ 50 ms
// Run: bench/run.sh (or build with -DGOVPLAN_BUILD_BENCH=ON and run govplan_bench_calendar).
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

#include "govplan/calendar.hpp"
#include "govplan/lunar.hpp"

namespace {

constexpr int kMillion = 1'000'000;

// One million days spread over 1995–2100, in a random order (no help from caches or branch
// prediction that a sequential scan would give).
const std::vector<govplan::Date>& million_days() {
  static const std::vector<govplan::Date> days = [] {
    std::mt19937 rng(42);
    const int first = govplan::Date(1995, 1, 1).days_since_epoch();
    const int last = govplan::Date(2100, 12, 31).days_since_epoch();
    std::uniform_int_distribution<int> pick(first, last);
    std::vector<govplan::Date> out;
    out.reserve(kMillion);
    for (int i = 0; i < kMillion; ++i) out.push_back(govplan::Date::from_days_since_epoch(pick(rng)));
    return out;
  }();
  return days;
}

void BM_is_working_day_1M(benchmark::State& state) {
  const auto cal = govplan::WorkCalendar::vietnam();
  const auto& days = million_days();
  for (auto _ : state) {
    int working = 0;
    for (const govplan::Date d : days) working += cal.is_working_day(d) ? 1 : 0;
    benchmark::DoNotOptimize(working);
  }
  state.SetLabel("1,000,000 checks per iteration; target 5 ms");
}
BENCHMARK(BM_is_working_day_1M)->Unit(benchmark::kMillisecond);

void BM_is_working_day_many_1M(benchmark::State& state) {
  const auto cal = govplan::WorkCalendar::vietnam();
  const auto& days = million_days();
  std::vector<std::uint8_t> out(days.size());
  for (auto _ : state) {
    cal.is_working_day_many(days, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetLabel("1,000,000 checks per iteration (batch)");
}
BENCHMARK(BM_is_working_day_many_1M)->Unit(benchmark::kMillisecond);

void BM_build_calendar_all_holidays_1995_2199(benchmark::State& state) {
  for (auto _ : state) {
    const auto cal = govplan::WorkCalendar::vietnam();
    benchmark::DoNotOptimize(&cal);
  }
  state.SetLabel("every holiday, day in lieu and announced day of 1995–2199; target 5 ms");
}
BENCHMARK(BM_build_calendar_all_holidays_1995_2199)->Unit(benchmark::kMillisecond);

void BM_list_days_off_1995_2100(benchmark::State& state) {
  const auto cal = govplan::WorkCalendar::vietnam();
  for (auto _ : state) {
    std::size_t n = 0;
    for (int y = 1995; y <= 2100; ++y) n += cal.days_off(y).size();
    benchmark::DoNotOptimize(n);
  }
  state.SetLabel("days_off(year) for 1995–2100, each with names and sources");
}
BENCHMARK(BM_list_days_off_1995_2100)->Unit(benchmark::kMillisecond);

void BM_tet_and_hung_kings_1900_2100(benchmark::State& state) {
  for (auto _ : state) {
    int sum = 0;
    for (int y = 1900; y <= 2100; ++y) {
      sum += govplan::lunar_year(y).new_year.days_since_epoch();
      sum += govplan::LunarDate(y, 3, 10).to_date().days_since_epoch();
    }
    benchmark::DoNotOptimize(sum);
  }
  state.SetLabel("the lunar holidays of 1900–2100 (the peers' 'all holidays 1900–2100')");
}
BENCHMARK(BM_tet_and_hung_kings_1900_2100)->Unit(benchmark::kMicrosecond);

void BM_solar_to_lunar_1M(benchmark::State& state) {
  const auto& days = million_days();
  for (auto _ : state) {
    int sum = 0;
    for (const govplan::Date d : days) sum += govplan::LunarDate::from_date(d).day();
    benchmark::DoNotOptimize(sum);
  }
  state.SetLabel("1,000,000 conversions per iteration; target 50 ms");
}
BENCHMARK(BM_solar_to_lunar_1M)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  // The one-time cost paid by the first call in a process: computing every new moon and solar
  // term of 1898–2201 (the lunar table) and building the calendar.
  const auto t0 = std::chrono::steady_clock::now();
  (void)govplan::LunarDate::from_date(govplan::Date(2024, 2, 10));
  const auto t1 = std::chrono::steady_clock::now();
  (void)govplan::WorkCalendar::vietnam();
  const auto t2 = std::chrono::steady_clock::now();
  std::printf("first use: lunar table %.2f ms, first calendar %.2f ms\n",
              std::chrono::duration<double, std::milli>(t1 - t0).count(),
              std::chrono::duration<double, std::milli>(t2 - t1).count());
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
