// Benchmark of the Vietnamese text functions the importer calls on every line (the import target:
// ≥ 2,000 seed-sized plans per second overall, so these must cost a small part of 500 µs per plan).
// Each iteration runs one function over every line of the seed plan; items are plans (seeds).
// Run: bench/run.sh (or build with -DGOVPLAN_BUILD_BENCH=ON and run govplan_bench_vntext).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "govplan/vntext.hpp"

namespace {

const std::vector<std::string>& seed_lines() {
  static const std::vector<std::string> lines = [] {
    std::ifstream in(std::string(GOVPLAN_SOURCE_DIR) + "/tests/data/seed-chanh-lo-2024.txt",
                     std::ios::binary);
    std::vector<std::string> v;
    std::string line;
    while (std::getline(in, line)) v.push_back(line);
    return v;
  }();
  return lines;
}

template <std::string (*F)(std::string_view)>
void run_over_seed(benchmark::State& state) {
  const std::vector<std::string>& lines = seed_lines();
  std::size_t bytes = 0;
  for (const std::string& l : lines) bytes += l.size() + 1;
  for (auto _ : state) {
    for (const std::string& l : lines) {
      std::string out = F(l);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetLabel("items = seed plans");
}

void BM_nfc_seed(benchmark::State& s) { run_over_seed<govplan::vntext::nfc>(s); }
void BM_fold_case_seed(benchmark::State& s) { run_over_seed<govplan::vntext::fold_case>(s); }
void BM_match_key_seed(benchmark::State& s) { run_over_seed<govplan::vntext::match_key>(s); }
void BM_party_key_seed(benchmark::State& s) { run_over_seed<govplan::vntext::party_key>(s); }
void BM_expand_seed(benchmark::State& s) {
  run_over_seed<govplan::vntext::expand_abbreviations>(s);
}
void BM_abbreviate_seed(benchmark::State& s) { run_over_seed<govplan::vntext::abbreviate>(s); }

BENCHMARK(BM_nfc_seed)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_fold_case_seed)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_match_key_seed)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_party_key_seed)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_expand_seed)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_abbreviate_seed)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
