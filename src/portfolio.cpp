// Portfolios of plans: see include/govplan/portfolio.hpp for the rules.

#include "govplan/portfolio.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "govplan/error.hpp"
#include "id_hash.hpp"
#include "prefetch.hpp"
#include "text.hpp"

namespace govplan {

namespace {

// Asks the processor to bring in what evaluating a plan reads first — its tasks and its events,
// two contiguous arrays — while the plan before it is evaluated. A plan's data lies apart from
// the previous plan's, so without a hint each plan starts with a run of cache misses. (One plan
// ahead: hinting a plan's arrays just before reading them was measured slower, not faster.)
void prefetch_plan(const Plan& plan, const EventLog& log) {
  detail::prefetch_bytes(plan.tasks.data(), plan.tasks.size() * sizeof(Task));
  detail::prefetch_bytes(log.events().data(), log.events().size() * sizeof(Event));
}

// The rows of a national portfolio take a hundred megabytes or more, and touching them for the
// first time 4 KB page by 4 KB page costs as much as a fifth of the evaluation. Where the system
// hands out transparent huge pages on request (Linux in "madvise" or "always" mode, as here),
// ask for them over the row array; elsewhere, or if refused, nothing changes.
void ask_for_huge_pages(const void* data, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
  const auto begin = (reinterpret_cast<std::uintptr_t>(data) + huge - 1) & ~(huge - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(huge - 1);
  if (end > begin) (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

// A party's or issuer's key with "ủy ban nhân dân" written as "ubnd" (the two spellings every
// plan mixes), so "UBND phường Chánh Lộ" and "Ủy ban nhân dân phường Chánh Lộ" are one body.
std::string body_key(std::string_view name) {
  std::string key = Party{PartyKind::body, std::string(name)}.key();
  static const std::array<std::pair<std::string_view, std::string_view>, 3> long_forms{{
      {"ủy ban nhân dân", "ubnd"}, {"hội đồng nhân dân", "hđnd"}, {"mặt trận tổ quốc", "mttq"}}};
  for (const auto& [long_form, short_form] : long_forms) {
    for (std::size_t at = key.find(long_form); at != std::string::npos; at = key.find(long_form, at)) {
      key.replace(at, long_form.size(), short_form);
      at += short_form.size();
    }
  }
  return key;
}

bool has_word(std::string_view key, std::string_view word) {
  for (std::size_t at = key.find(word); at != std::string_view::npos; at = key.find(word, at + 1)) {
    const bool start = at == 0 || key[at - 1] == ' ' || key[at - 1] == ',' || key[at - 1] == '(';
    const std::size_t end = at + word.size();
    const bool stop = end == key.size() || key[end] == ' ' || key[end] == ',' || key[end] == ')' ||
                      key[end] == ';';
    if (start && stop) return true;
  }
  return false;
}

// Does a party name the bodies of a whole level as a group ("UBND các xã, phường, thị trấn",
// "UBND cấp xã", "các huyện, thị xã, thành phố")? The names of the units of each level are those
// of the Law on the Organisation of Local Government 2015, Art. 2 (communes: xã, phường, thị trấn;
// districts: huyện, quận, thị xã, thành phố thuộc tỉnh) and of Law 72/2025/QH15 (xã, phường, đặc
// khu). A group is recognised by "cấp <level>" or by "các" followed by a unit name.
bool names_level(std::string_view key, AdministrativeLevel level) {
  if (level == AdministrativeLevel::commune) {
    if (has_word(key, "cấp xã")) return true;
    for (std::string_view w : {"các xã", "các phường", "các thị trấn", "các đặc khu", "xã, phường", "phường, xã"}) {
      if (key.find(w) != std::string_view::npos) return true;
    }
    return false;
  }
  if (level == AdministrativeLevel::district) {
    if (has_word(key, "cấp huyện")) return true;
    for (std::string_view w : {"các huyện", "các quận", "các thị xã", "huyện, thị xã", "huyện, thành phố"}) {
      if (key.find(w) != std::string_view::npos) return true;
    }
    return false;
  }
  if (level == AdministrativeLevel::province) {
    return has_word(key, "cấp tỉnh") || key.find("các tỉnh") != std::string_view::npos;
  }
  return false;
}

// Is `plan` the document cited? Its number must be the one cited (the caller looks plans up by
// number), its date or year too when the citation gives them, and its issuer the one cited when
// the citation names one. The issuers' keys are asked for only then, and each once (`cited_key`
// and `plan_key` compute and keep them): linking thousands of plans cited by the same number
// compares them again and again.
template <class CitedKey, class PlanKey>
bool same_document(const DocumentRef& cited, const Plan& plan, CitedKey&& cited_key, PlanKey&& plan_key) {
  if (cited.date() && plan.issue_date.day()) {
    if (*cited.date() != plan.issue_date.range().first()) return false;
  } else if (const std::optional<int> y = cited.year(); y && *y != plan.issue_date.year()) {
    return false;
  }
  if (cited.issuer()) {
    // Citations shorten issuers ("UBND thành phố" for "UBND thành phố Quảng Ngãi"): a prefix
    // of the plan's issuer is the same body.
    const std::string& a = cited_key();
    const std::string& b = plan_key();
    if (a != b && b.rfind(a, 0) != 0) return false;
  }
  return true;
}

// Calls `word(w)` for each folded word of a text of two letters or more, in the text's order.
template <class Word>
void for_each_word(std::string_view text, Word&& word) {
  const std::string key = Party{PartyKind::body, std::string(text)}.key();
  std::size_t start = 0, letters = 0;  // the word being read: its first byte and its length in letters
  auto flush = [&](std::size_t end) {
    if (letters >= 2) word(std::string_view(key).substr(start, end - start));
    letters = 0;
  };
  for (std::size_t i = 0; i < key.size();) {
    const detail::Utf8Char c = detail::decode_at(key, i);
    const std::size_t len = c.length == 0 ? 1 : c.length;
    if (detail::is_letter(c.code_point) || detail::is_digit(c.code_point)) {
      if (letters++ == 0) start = i;
    } else {
      flush(i);
    }
    i += len;
  }
  flush(key.size());
}

// The folded words of a text, two letters or more, sorted and unique.
std::vector<std::string> word_set(std::string_view text) {
  std::vector<std::string> words;
  for_each_word(text, [&](std::string_view w) { words.emplace_back(w); });
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// Dice's coefficient of two sorted sets (of words, or of the numbers words are given).
template <class Word>
double dice(const std::vector<Word>& a, const std::vector<Word>& b) {
  if (a.empty() && b.empty()) return 0;
  std::size_t common = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++common, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

constexpr double content_threshold = 0.6;

std::string plan_label(const Plan& p) {
  return p.issuer + (p.number ? " — " + p.number->to_string() : std::string());
}

Finding portfolio_finding(std::string code, Severity severity, std::string subject, std::string vi, std::string en) {
  return Finding(std::move(code), severity, std::move(subject), Location{}, "", std::move(vi), std::move(en));
}

}  // namespace

static_assert(static_cast<std::size_t>(Status::due_date_unknown) + 1 == status_count,
              "status_count counts every Status");

std::string_view to_string(CascadeMatch v) noexcept {
  switch (v) {
    case CascadeMatch::none: return "none";
    case CascadeMatch::explicit_: return "explicit";
    case CascadeMatch::content: return "content";
  }
  return "none";
}

double content_similarity(std::string_view a, std::string_view b) { return dice(word_set(a), word_set(b)); }

std::string_view to_string(RollUpBy v) noexcept {
  switch (v) {
    case RollUpBy::plan: return "plan";
    case RollUpBy::body: return "body";
    case RollUpBy::role: return "role";
    case RollUpBy::level: return "level";
  }
  return "plan";
}

RollUpBy parse_roll_up_by(std::string_view text) {
  for (RollUpBy v : {RollUpBy::plan, RollUpBy::body, RollUpBy::role, RollUpBy::level}) {
    if (text == to_string(v)) return v;
  }
  throw ParseError("portfolio.roll_up_by", "one of plan, body, role, level", quote(text));
}

std::optional<double> RollUp::completion_rate() const noexcept {
  const std::uint32_t done = count(TrackerClass::done_on_time) + count(TrackerClass::done_late);
  const std::uint32_t come_due = done + count(TrackerClass::overdue);
  if (come_due == 0) return std::nullopt;
  return static_cast<double>(done) / static_cast<double>(come_due);
}

std::optional<double> RollUp::on_time_rate() const noexcept {
  const std::uint32_t come_due =
      count(TrackerClass::done_on_time) + count(TrackerClass::done_late) + count(TrackerClass::overdue);
  if (come_due == 0) return std::nullopt;
  return static_cast<double>(count(TrackerClass::done_on_time)) / static_cast<double>(come_due);
}

std::size_t Portfolio::add(Plan plan, EventLog events) {
  plans_.push_back(std::move(plan));
  events_.push_back(std::move(events));
  return plans_.size() - 1;
}

const Plan& Portfolio::plan(std::size_t index) const {
  if (index >= plans_.size()) {
    throw NotFound("portfolio.plan", "a plan index below " + std::to_string(plans_.size()), std::to_string(index));
  }
  return plans_[index];
}

const EventLog& Portfolio::events(std::size_t index) const {
  if (index >= events_.size()) {
    throw NotFound("portfolio.plan", "a plan index below " + std::to_string(events_.size()), std::to_string(index));
  }
  return events_[index];
}

std::optional<AdministrativeLevel> Portfolio::level(std::size_t index) const {
  const Plan& p = plan(index);
  if (p.level) return p.level;
  const std::string key = body_key(p.issuer);
  // "UBND <unit> <name>": the unit word says the level (Law on the Organisation of Local
  // Government 2015, Art. 2).
  std::string_view rest = key;
  for (std::string_view prefix : {"ubnd ", "hđnd ", "chủ tịch ubnd "}) {
    if (rest.rfind(prefix, 0) == 0) {
      rest.remove_prefix(prefix.size());
      break;
    }
  }
  auto starts = [&](std::string_view w) { return rest.rfind(w, 0) == 0; };
  if (starts("tỉnh ")) return AdministrativeLevel::province;
  if (starts("huyện ") || starts("quận ") || starts("thị xã ")) return AdministrativeLevel::district;
  if (starts("xã ") || starts("phường ") || starts("thị trấn ") || starts("đặc khu ")) {
    return AdministrativeLevel::commune;
  }
  return std::nullopt;
}

namespace {

// The links of a portfolio's plans (see Portfolio::links). `issuer_keys[p]` is the key of plan
// p's issuer, made here the first time a citation naming an issuer needs it.
std::vector<PlanLink> find_links(const std::vector<Plan>& plans, std::vector<std::optional<std::string>>& issuer_keys) {
  // Plans by their number, so that linking a national portfolio is not quadratic.
  std::unordered_map<std::string, std::vector<std::size_t>> by_number;
  for (std::size_t u = 0; u < plans.size(); ++u) {
    if (plans[u].number && plans[u].number->number()) by_number[plans[u].number->to_string()].push_back(u);
  }
  issuer_keys.resize(plans.size());
  std::vector<PlanLink> out;
  for (std::size_t d = 0; d < plans.size(); ++d) {
    const Plan& down = plans[d];
    for (std::size_t k = 0; k < down.implements.size(); ++k) {
      const DocumentRef& cited = down.implements[k].document;
      if (!cited.number() || !cited.number()->number()) continue;
      const auto found = by_number.find(cited.number()->to_string());
      if (found == by_number.end()) continue;
      std::optional<std::string> cited_key;
      for (std::size_t u : found->second) {
        if (u == d) continue;
        const bool same = same_document(
            cited, plans[u],
            [&]() -> const std::string& {
              if (!cited_key) cited_key = body_key(*cited.issuer());
              return *cited_key;
            },
            [&]() -> const std::string& {
              if (!issuer_keys[u]) issuer_keys[u] = body_key(plans[u].issuer);
              return *issuer_keys[u];
            });
        if (same) out.push_back({d, u, k});
      }
    }
  }
  return out;
}

}  // namespace

std::vector<PlanLink> Portfolio::links() const {
  std::vector<std::optional<std::string>> issuer_keys;
  return find_links(plans_, issuer_keys);
}

std::vector<CascadeItem> Portfolio::cascade(std::vector<PortfolioFinding>* findings) const {
  std::vector<CascadeItem> out;
  std::vector<std::optional<std::string>> issuer_keys;
  const std::vector<PlanLink> all = find_links(plans_, issuer_keys);
  // Links come downstream plan by downstream plan, in order.
  std::size_t next_link = 0;
  for (std::size_t d = 0; d < plans_.size(); ++d) {
    for (std::size_t k = 0; k < plans_[d].implements.size(); ++k) {
      bool linked = false;
      for (std::size_t l = next_link; l < all.size() && all[l].downstream == d; ++l) {
        linked = linked || all[l].implements_index == k;
      }
      const DocumentRef& cited = plans_[d].implements[k].document;
      // Only plans are expected in a portfolio: a decree or a law cited is not "missing".
      if (!linked && findings != nullptr && cited.type() == DocumentType::ke_hoach && cited.number()) {
        findings->push_back({d, portfolio_finding(
            "portfolio.upstream_not_loaded", Severity::info, "implements/" + std::to_string(k),
            "Kế hoạch được thực hiện (" + cited.to_string(Lang::vi) + ") không có trong danh mục",
            "The plan implemented (" + cited.to_string(Lang::en) + ") is not in the portfolio")});
      }
    }
    while (next_link < all.size() && all[next_link].downstream == d) ++next_link;
  }
  // The words of a task, computed the first time a comparison by content needs them (most
  // links are matched by upstream_task and never need them), each word as a number given it the
  // first time it is met: sets of numbers are compared without comparing text. Plans copy their
  // wording from the plan above them, so the words are kept by the text (the plans outlive this
  // call) and a wording met again costs one lookup.
  std::unordered_map<std::string, std::uint32_t> word_numbers;
  std::unordered_map<std::string_view, std::vector<std::uint32_t>> words_by_text;
  std::string word;  // the word looked up
  std::vector<std::vector<const std::vector<std::uint32_t>*>> words(plans_.size());
  auto words_of = [&](std::size_t p, std::size_t t) -> const std::vector<std::uint32_t>& {
    auto& per_task = words[p];
    if (per_task.size() != plans_[p].tasks.size()) per_task.assign(plans_[p].tasks.size(), nullptr);
    if (per_task[t] != nullptr) return *per_task[t];
    const std::string& text = plans_[p].tasks[t].content;
    auto [it, added] = words_by_text.try_emplace(text);
    if (added) {
      std::vector<std::uint32_t>& numbers = it->second;
      for_each_word(text, [&](std::string_view w) {
        word.assign(w);
        const auto next = static_cast<std::uint32_t>(word_numbers.size());
        numbers.push_back(word_numbers.try_emplace(word, next).first->second);
      });
      std::sort(numbers.begin(), numbers.end());
      numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    }
    per_task[t] = &it->second;
    return it->second;
  };
  // The parties of each upstream task as body keys, with the levels each names as a group
  // (names_level), computed once per upstream plan however many plans implement it.
  struct Assignee {
    const Party* party;
    std::string key;
    unsigned levels;  // bit i: names the level AdministrativeLevel(i) as a group
  };
  std::vector<std::optional<std::vector<std::vector<Assignee>>>> assignees(plans_.size());
  auto assignees_of = [&](std::size_t p) -> const std::vector<std::vector<Assignee>>& {
    auto& slot = assignees[p];
    if (slot) return *slot;
    slot.emplace();
    for (const Task& task : plans_[p].tasks) {
      std::vector<Assignee>& list = slot->emplace_back();
      auto add = [&](const Party& party) {
        Assignee a{&party, body_key(party.name), 0};
        for (AdministrativeLevel l : {AdministrativeLevel::province, AdministrativeLevel::district, AdministrativeLevel::commune}) {
          if (names_level(a.key, l)) a.levels |= 1U << static_cast<unsigned>(l);
        }
        list.push_back(std::move(a));
      };
      if (task.lead) add(*task.lead);
      for (const Party& c : task.coordinators) add(c);
    }
    return *slot;
  };
  // The tasks of the downstream plan that name the upstream task they carry out, by the hash of
  // that task's id (in task order among equal hashes): made once per downstream plan, not
  // searched task by task for every task upstream.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> carried;
  std::size_t carried_for = plans_.size();
  const std::string* down_issuer = nullptr;
  for (const PlanLink& link : all) {
    const Plan& up = plans_[link.upstream];
    const Plan& down = plans_[link.downstream];
    if (carried_for != link.downstream) {
      carried_for = link.downstream;
      carried.clear();
      for (std::size_t t = 0; t < down.tasks.size(); ++t) {
        if (down.tasks[t].upstream_task) {
          carried.emplace_back(detail::id_hash(*down.tasks[t].upstream_task), static_cast<std::uint32_t>(t));
        }
      }
      std::sort(carried.begin(), carried.end());
      if (!issuer_keys[link.downstream]) issuer_keys[link.downstream] = body_key(down.issuer);
      down_issuer = &*issuer_keys[link.downstream];
    }
    const std::optional<AdministrativeLevel> down_level = level(link.downstream);
    const unsigned down_bit = down_level ? 1U << static_cast<unsigned>(*down_level) : 0U;
    const auto& up_assignees = assignees_of(link.upstream);
    for (std::size_t ut = 0; ut < up.tasks.size(); ++ut) {
      const Task& task = up.tasks[ut];
      const Party* assigned = nullptr;
      for (const Assignee& a : up_assignees[ut]) {
        if (a.key == *down_issuer || (a.levels & down_bit) != 0) {
          assigned = a.party;
          break;
        }
      }
      if (assigned == nullptr) continue;
      CascadeItem item;
      item.upstream_plan = link.upstream;
      item.upstream_task = task.id;
      item.downstream_plan = link.downstream;
      item.assigned_to = assigned->name;
      const std::uint64_t h = detail::id_hash(task.id);
      for (auto it = std::lower_bound(carried.begin(), carried.end(), std::make_pair(h, std::uint32_t{0}));
           it != carried.end() && it->first == h; ++it) {
        const Task& t = down.tasks[it->second];
        if (*t.upstream_task == task.id) item.downstream_tasks.push_back(t.id);
      }
      if (!item.downstream_tasks.empty()) {
        item.match = CascadeMatch::explicit_;
      } else {
        for (std::size_t t = 0; t < down.tasks.size(); ++t) {
          if (down.tasks[t].upstream_task) continue;  // it says what it carries out
          const double sim = dice(words_of(link.upstream, ut), words_of(link.downstream, t));
          if (sim >= content_threshold) item.downstream_tasks.push_back(down.tasks[t].id);
          item.similarity = std::max(item.similarity, sim);
        }
        if (!item.downstream_tasks.empty()) item.match = CascadeMatch::content;
      }
      if (!item.covered() && findings != nullptr) {
        findings->push_back({link.downstream, portfolio_finding(
            "portfolio.cascade.gap", Severity::warning, task.id,
            "Nhiệm vụ " + task.id + " của " + plan_label(up) + " giao cho " + assigned->name +
                " nhưng " + plan_label(down) + " không có nhiệm vụ nào thực hiện",
            "Task " + task.id + " of " + plan_label(up) + " is assigned to " + assigned->name +
                " but " + plan_label(down) + " has no task carrying it out")});
      }
      out.push_back(std::move(item));
    }
  }
  return out;
}

PortfolioEvaluation Portfolio::evaluate(const WorkCalendar& calendar, Date as_of,
                                        const EvaluationOptions& options, unsigned threads,
                                        const std::function<void(std::size_t, std::size_t)>& progress) const {
  PortfolioEvaluation ev;
  ev.as_of = as_of;
  ev.options = options;
  const std::size_t n = plans_.size();
  if (threads == 0) threads = std::max(1U, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, n / 64)));
  // Each thread evaluates a contiguous block of plans into its own rows; blocks are joined in
  // plan order, so the result is the same for any number of threads.
  struct Block {
    std::vector<CompactRow> rows;
    std::vector<std::size_t> first_row;
    std::vector<PortfolioFinding> findings;
  };
  std::vector<Block> blocks(std::max(1U, threads));
  std::mutex progress_mutex;
  std::size_t evaluated = 0;  // guarded by progress_mutex
  auto run = [&](std::size_t b) {
    Block& block = blocks[b];
    const std::size_t begin = n * b / blocks.size(), end = n * (b + 1) / blocks.size();
    std::vector<Finding> found;
    block.first_row.reserve(end - begin);
    for (std::size_t i = begin; i < end; ++i) {
      // Once a few plans have been evaluated, the rows of the whole block are foreseen from
      // them, so the row array grows once instead of doubling (and being copied) a dozen times.
      if (i == begin + 64 && end - begin > 128) {
        block.rows.reserve(block.rows.size() / 64 * (end - begin) * 9 / 8);
        ask_for_huge_pages(block.rows.data(), block.rows.capacity() * sizeof(CompactRow));
      }
      if (i + 1 < end) prefetch_plan(plans_[i + 1], events_[i + 1]);
      block.first_row.push_back(block.rows.size());
      found.clear();
      evaluate_compact(plans_[i], events_[i], calendar, as_of, options, static_cast<std::uint32_t>(i),
                       block.rows, found);
      for (Finding& f : found) block.findings.push_back({i, std::move(f)});
      if (progress) {
        const std::lock_guard<std::mutex> lock(progress_mutex);
        progress(++evaluated, n);
      }
    }
  };
  if (blocks.size() == 1) {
    run(0);
  } else {
    std::vector<std::thread> pool;
    std::vector<std::exception_ptr> errors(blocks.size());
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      pool.emplace_back([&, b] {
        try {
          run(b);
        } catch (...) {
          errors[b] = std::current_exception();
        }
      });
    }
    for (std::thread& t : pool) t.join();
    for (const std::exception_ptr& e : errors) {
      if (e) std::rethrow_exception(e);
    }
  }
  std::size_t total = 0;
  for (const Block& b : blocks) total += b.rows.size();
  if (blocks.size() == 1) {
    ev.rows = std::move(blocks[0].rows);  // one thread: its rows are the result, not copied
    blocks[0].rows.clear();
  } else {
    ev.rows.reserve(total);
  }
  ev.plan_first_row.reserve(n + 1);
  std::size_t offset = 0;  // the first row of the block in the result
  for (Block& b : blocks) {
    for (std::size_t f : b.first_row) ev.plan_first_row.push_back(offset + f);
    if (blocks.size() > 1) ev.rows.insert(ev.rows.end(), b.rows.begin(), b.rows.end());
    offset = ev.rows.size();
    for (PortfolioFinding& f : b.findings) ev.findings.push_back(std::move(f));
    b = Block{};
  }
  ev.plan_first_row.push_back(ev.rows.size());
  ev.cascade = cascade(&ev.findings);
  return ev;
}

StatusRow PortfolioEvaluation::detail(const Portfolio& portfolio, const WorkCalendar& calendar,
                                      std::size_t row) const {
  if (row >= rows.size()) {
    throw NotFound("portfolio.row", "a row index below " + std::to_string(rows.size()), std::to_string(row));
  }
  const std::size_t p = rows[row].plan;
  const Evaluation full = govplan::evaluate(portfolio.plan(p), portfolio.events(p), calendar, as_of, options);
  const std::size_t at = row - plan_first_row[p];
  if (at >= full.rows.size()) {
    throw ValidationError("portfolio.row", "the portfolio the evaluation was made from",
                          "a portfolio whose plan " + std::to_string(p) + " has other rows");
  }
  return full.rows[at];
}

Evaluation PortfolioEvaluation::plan_detail(const Portfolio& portfolio, const WorkCalendar& calendar,
                                            std::size_t plan) const {
  return govplan::evaluate(portfolio.plan(plan), portfolio.events(plan), calendar, as_of, options);
}

namespace {

void count_row(RollUp& r, const CompactRow& row) {
  (row.kind == RowKind::task ? r.task_rows : r.report_rows) += 1;
  r.by_status[static_cast<std::size_t>(row.status)] += 1;
  if (row.kind == RowKind::task) {
    if (const auto c = tracker_class(row.status)) r.by_tracker[static_cast<std::size_t>(*c)] += 1;
  }
}

}  // namespace

std::vector<RollUp> PortfolioEvaluation::roll_up(const Portfolio& portfolio, RollUpBy by, Lang lang) const {
  const std::string unassigned = lang == Lang::en ? "(no lead)" : "(chưa giao)";
  std::vector<RollUp> out;
  std::unordered_map<std::string, std::size_t> index;
  auto group = [&](const std::string& key, const std::string& label) -> RollUp& {
    const auto [it, added] = index.emplace(key, out.size());
    if (added) {
      out.emplace_back();
      out.back().key = key;
      out.back().label = label;
    }
    return out[it->second];
  };
  // Keys of parties computed once per (plan, item).
  for (std::size_t p = 0; p + 1 < plan_first_row.size(); ++p) {
    const Plan& plan = portfolio.plan(p);
    const std::string issuer_key = body_key(plan.issuer);
    std::string level_key, level_label;
    if (by == RollUpBy::level) {
      const std::optional<AdministrativeLevel> lv = portfolio.level(p);
      level_key = lv ? std::string(to_string(*lv)) : "unknown";
      level_label = lv ? std::string(display_name(*lv, lang)) : lang == Lang::en ? "level unknown" : "không rõ cấp";
    }
    std::unordered_map<std::uint64_t, std::pair<std::string, std::string>> party_keys;
    for (std::size_t i = plan_first_row[p]; i < plan_first_row[p + 1]; ++i) {
      const CompactRow& row = rows[i];
      if (by == RollUpBy::plan) {
        count_row(group(issuer_key + "|" + (plan.number ? plan.number->to_string() : ""), plan_label(plan)), row);
        continue;
      }
      if (by == RollUpBy::level) {
        count_row(group(level_key, level_label), row);
        continue;
      }
      const std::optional<Party>& who = row.kind == RowKind::task ? plan.tasks[row.item].lead
                                                                  : plan.reporting[row.item].reporter;
      if (by == RollUpBy::role && (!who || who->kind != PartyKind::official)) continue;
      const std::uint64_t slot = (std::uint64_t{row.kind == RowKind::report} << 32) | row.item;
      auto cached = party_keys.find(slot);
      if (cached == party_keys.end()) {
        std::string key = who ? body_key(who->name) : std::string();
        std::string label = who ? who->name : unassigned;
        if (by == RollUpBy::body) {
          // A body is itself where it names its locality, else the party of the plan's locality.
          key = issuer_key + "|" + key;
          label = (who ? who->name : unassigned) + " — " + plan.issuer;
        }
        cached = party_keys.emplace(slot, std::make_pair(std::move(key), std::move(label))).first;
      }
      count_row(group(cached->second.first, cached->second.second), row);
    }
  }
  return out;
}

RollUp PortfolioEvaluation::total(Lang lang) const {
  RollUp r;
  r.key = "all";
  r.label = lang == Lang::en ? "all" : "tất cả";
  for (const CompactRow& row : rows) count_row(r, row);
  return r;
}

bool PortfolioEvaluation::has_problems() const noexcept {
  const bool rows_bad = std::any_of(rows.begin(), rows.end(), [](const CompactRow& r) {
    return r.status == Status::overdue || r.status == Status::missing || r.status == Status::no_evidence;
  });
  return rows_bad || std::any_of(cascade.begin(), cascade.end(), [](const CascadeItem& c) { return !c.covered(); });
}

}  // namespace govplan
