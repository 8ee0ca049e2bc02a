// Benchmark of reading plans (issue 4's target: ≥ 50 MB/s for a 100 MB file of plans).
// Builds a 100 MB JSON Lines text from the bundled example plans (each copy with its own number),
// then reads it with govplan::load_plans_jsonl and reports MB/s.
// Run: bench/run.sh (or build with -DGOVPLAN_BUILD_BENCH=ON and run govplan_bench_plan).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "govplan/json.hpp"

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// One line per plan: the canonical document with its line breaks folded.
std::string one_line(const govplan::Plan& plan) {
  std::string out;
  for (char c : govplan::dump_plan(plan)) {
    if (c != '\n') out += c;
  }
  return out;
}

const std::string& hundred_megabytes() {
  static const std::string text = [] {
    std::vector<std::string> lines;
    for (const char* name : {"chanh-lo-2024.json", "tay-ninh-2019.json", "bac-tra-my-2024.json"}) {
      const std::string t = read(std::string(GOVPLAN_SOURCE_DIR) + "/examples/plans/" + name);
      if (t.empty()) continue;
      lines.push_back(one_line(govplan::load_plan(t)));
    }
    std::string out;
    out.reserve(101u << 20);
    for (std::size_t i = 0; out.size() < (100u << 20); ++i) {
      std::string line = lines[i % lines.size()];
      // A distinct title per copy, so that no two documents are identical.
      const auto pos = line.find("\"title\": \"");
      if (pos != std::string::npos) line.insert(pos + 10, std::to_string(i) + " ");
      out += line;
      out += '\n';
    }
    return out;
  }();
  return text;
}

void BM_load_100MB_of_plans(benchmark::State& state) {
  const std::string& text = hundred_megabytes();
  std::size_t plans = 0;
  for (auto _ : state) {
    const auto loaded = govplan::load_plans_jsonl(text);
    plans = loaded.size();
    benchmark::DoNotOptimize(loaded.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["plans"] = static_cast<double>(plans);
  state.SetLabel("target 50 MB/s");
}
BENCHMARK(BM_load_100MB_of_plans)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

void BM_dump_plan(benchmark::State& state) {
  const govplan::Plan plan = govplan::load_plan(read(std::string(GOVPLAN_SOURCE_DIR) + "/examples/plans/chanh-lo-2024.json"));
  std::size_t bytes = 0;
  for (auto _ : state) {
    const std::string s = govplan::dump_plan(plan);
    bytes += s.size();
    benchmark::DoNotOptimize(s.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_dump_plan)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
