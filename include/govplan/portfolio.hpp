// govplan/portfolio.hpp — many plans at once: the cascade from province to city to ward, every
// status in one call, roll-ups by locality, body, official role and level, and the completion
// rate as the government's task tracker computes it.
//
// Plans are linked by what they implement: a plan whose `implements` cites a document with the
// number of another plan of the portfolio (and, where both give them, the same day and issuer)
// implements that plan. Cascade coverage then asks, for each such link, whether every task the
// upstream plan assigns to the lower level is carried out downstream:
//   - an upstream task is assigned to the downstream plan when its lead or a coordinator is the
//     downstream plan's issuer by name ("UBND phường Chánh Lộ"), or names the downstream level as
//     a group ("UBND các xã, phường, thị trấn", "UBND cấp xã", "các phòng, ban, UBND các huyện");
//   - it is covered when a downstream task names it in `upstream_task` (its id in the upstream
//     plan); failing that, when a downstream task says the same thing: lower plans copy the upper
//     plan's wording, so a downstream task whose content shares at least 60% of its words with
//     the upstream task's (Dice coefficient over the sets of folded words of two letters or more)
//     covers it, and the item records that it was matched by content and how closely. Otherwise
//     the portfolio reports a gap (finding portfolio.cascade.gap, warning).
// A plan implementing a document that is not in the portfolio is not an error (the upstream plan
// may simply not have been loaded): it is listed among the unlinked references (info finding
// portfolio.upstream_not_loaded).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "govplan/calendar.hpp"
#include "govplan/compliance.hpp"
#include "govplan/events.hpp"
#include "govplan/finding.hpp"
#include "govplan/plan.hpp"

namespace govplan {

/// Plan `downstream` implements plan `upstream` through its `implements[implements_index]`.
struct PlanLink {
  std::size_t downstream = 0;
  std::size_t upstream = 0;
  std::size_t implements_index = 0;
  bool operator==(const PlanLink&) const = default;
};

/// How a downstream task was matched to an upstream one.
enum class CascadeMatch : std::uint8_t {
  none,       ///< no downstream task: a gap
  explicit_,  ///< a downstream task names it in upstream_task
  content,    ///< a downstream task says the same thing (see the threshold above)
};
std::string_view to_string(CascadeMatch value) noexcept;

/// The share of words two task contents have in common (Dice coefficient over the sets of folded
/// words of two letters or more): 1 for the same words, 0 for none in common.
double content_similarity(std::string_view a, std::string_view b);

/// One upstream task assigned to one downstream plan, and whether the downstream plan carries it.
struct CascadeItem {
  std::size_t upstream_plan = 0;
  std::string upstream_task;                    ///< its id in the upstream plan
  std::size_t downstream_plan = 0;
  std::string assigned_to;                      ///< the party naming the downstream plan
  std::vector<std::string> downstream_tasks;    ///< the tasks carrying it out; empty: a gap
  CascadeMatch match = CascadeMatch::none;
  double similarity = 0;                        ///< for a match by content: the best similarity
  bool covered() const noexcept { return !downstream_tasks.empty(); }
  bool operator==(const CascadeItem&) const = default;
};

/// A finding about one plan of a portfolio (or the portfolio, plan = nullopt).
struct PortfolioFinding {
  std::optional<std::size_t> plan;
  Finding finding;
  bool operator==(const PortfolioFinding&) const = default;
};

/// The number of statuses (Status's enumerators).
inline constexpr std::size_t status_count = 19;

/// Counts of rows in one group.
struct RollUp {
  std::string key;     ///< the group's matching key
  std::string label;   ///< the group as a person reads it (the first spelling seen)
  std::uint32_t task_rows = 0;
  std::uint32_t report_rows = 0;
  std::array<std::uint32_t, status_count> by_status{};  ///< indexed by Status
  std::array<std::uint32_t, 4> by_tracker{};            ///< indexed by TrackerClass

  std::uint32_t count(Status s) const noexcept { return by_status[static_cast<std::size_t>(s)]; }
  std::uint32_t count(TrackerClass c) const noexcept { return by_tracker[static_cast<std::size_t>(c)]; }
  /// The tracker's completion rate: tasks done (on time or late) over tasks that have come due
  /// (done, plus not done and overdue) — as in the Prime Minister's Working Group's report
  /// 1270/BC-TCTTTg of 27/12/2017: 16,051 done of 16,274 come due, 98.62%. nullopt when no task
  /// has come due.
  std::optional<double> completion_rate() const noexcept;
  /// Done on time over tasks that have come due.
  std::optional<double> on_time_rate() const noexcept;
  bool operator==(const RollUp&) const = default;
};

/// How rows are grouped.
enum class RollUpBy : std::uint8_t {
  plan,   ///< per plan (label: its issuer and number)
  body,   ///< per responsible party within its plan's locality ("Công chức Tư pháp-Hộ tịch" of
          ///< UBND phường Chánh Lộ is not the one of another ward)
  role,   ///< per responsible official's role across localities (party kind official)
  level,  ///< per administrative level of the issuing body
};
std::string_view to_string(RollUpBy value) noexcept;
RollUpBy parse_roll_up_by(std::string_view text);

class Portfolio;

/// The state of every plan of a portfolio as of a day: compact rows (no text), findings, the
/// cascade. Reasons are built on demand by detail().
struct PortfolioEvaluation {
  Date as_of;
  EvaluationOptions options;
  std::vector<CompactRow> rows;               ///< plan by plan, each in evaluate()'s order
  std::vector<std::size_t> plan_first_row;    ///< index of each plan's first row (size plans+1)
  std::vector<PortfolioFinding> findings;     ///< validate + events per plan, then the cascade's
  std::vector<CascadeItem> cascade;

  /// Row `row` with its text: the plan is evaluated again with reasons and the matching row
  /// returned (equal to the compact row field by field).
  StatusRow detail(const Portfolio& portfolio, const WorkCalendar& calendar, std::size_t row) const;
  /// Plan `plan` evaluated again with text: its rows are this evaluation's rows of that plan, in
  /// order, with their reasons.
  Evaluation plan_detail(const Portfolio& portfolio, const WorkCalendar& calendar, std::size_t plan) const;
  /// Counts per group, groups in order of first appearance. Task and report rows both count;
  /// tracker classes come from task rows only.
  /// Labels that are not names ("cấp xã", "(chưa giao)") are in `lang`.
  std::vector<RollUp> roll_up(const Portfolio& portfolio, RollUpBy by, Lang lang = Lang::vi) const;
  /// All rows in one group.
  RollUp total(Lang lang = Lang::vi) const;
  /// True when a row is overdue, missing or without evidence, or a cascade item is a gap.
  bool has_problems() const noexcept;
};

/// Many plans with their event logs. Plans are added, never changed; indices are stable.
class Portfolio {
 public:
  Portfolio() = default;

  /// Adds a plan and its events; returns its index.
  std::size_t add(Plan plan, EventLog events = {});
  std::size_t size() const noexcept { return plans_.size(); }
  const Plan& plan(std::size_t index) const;
  const EventLog& events(std::size_t index) const;

  /// The administrative level of a plan: its `level` if given, else read from its issuer's name
  /// ("UBND tỉnh …" province, "UBND huyện/quận/thị xã …" district, "UBND xã/phường/thị trấn …"
  /// commune; "thành phố" is ambiguous — a province-level or a provincial city — and gives
  /// nullopt).
  std::optional<AdministrativeLevel> level(std::size_t index) const;

  /// Every link between plans of the portfolio, downstream plan by plan.
  std::vector<PlanLink> links() const;
  /// Coverage of every link (see the header comment), with its findings appended to `findings`.
  std::vector<CascadeItem> cascade(std::vector<PortfolioFinding>* findings = nullptr) const;

  /// Evaluates every plan as of `as_of` on `threads` threads (0: one per core); the result does
  /// not depend on the number of threads. `progress`, when given, is called after each plan with
  /// the number of plans evaluated so far and the total — from the worker threads, one call at a
  /// time (calls are serialised), so it needs no locking of its own; keep it cheap.
  PortfolioEvaluation evaluate(const WorkCalendar& calendar, Date as_of,
                               const EvaluationOptions& options = {}, unsigned threads = 1,
                               const std::function<void(std::size_t done, std::size_t total)>& progress = {}) const;

 private:
  std::vector<Plan> plans_;
  std::vector<EventLog> events_;
};

}  // namespace govplan
