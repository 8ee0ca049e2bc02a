// Benchmark of govplan::import_plan_text (issue 6): plans imported per second. Target: ≥ 2,000
// seed-sized plans per second on one core. Items are plans; the seed plan is read from
// tests/data, the corpus documents (openings of real plans and news items) give a second figure.
// Run: bench/run.sh (or build with -DGOVPLAN_BUILD_BENCH=ON and run govplan_bench_import).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "govplan/import.hpp"

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string& seed() {
  static const std::string text =
      read(std::string(GOVPLAN_SOURCE_DIR) + "/tests/data/seed-chanh-lo-2024.txt");
  return text;
}

const std::vector<std::string>& corpus() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> paths;
    for (const auto& e : std::filesystem::directory_iterator(std::string(GOVPLAN_SOURCE_DIR) +
                                                             "/tests/data/corpus/documents")) {
      if (e.path().extension() == ".txt") paths.push_back(e.path().string());
    }
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> v;
    for (const std::string& p : paths) v.push_back(read(p));
    return v;
  }();
  return texts;
}

void BM_import_seed(benchmark::State& state) {
  const std::string& text = seed();
  for (auto _ : state) {
    govplan::ImportResult r = govplan::import_plan_text(text);
    benchmark::DoNotOptimize(r.plan.tasks.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.SetLabel("items = seed plans (target 2,000/s)");
}

void BM_import_corpus(benchmark::State& state) {
  const std::vector<std::string>& texts = corpus();
  std::size_t bytes = 0;
  for (const std::string& t : texts) bytes += t.size();
  for (auto _ : state) {
    for (const std::string& t : texts) {
      govplan::ImportResult r = govplan::import_plan_text(t);
      benchmark::DoNotOptimize(r.plan.title.data());
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * texts.size()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetLabel("items = corpus documents");
}

BENCHMARK(BM_import_seed)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_import_corpus)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
