// govplan/plan.hpp — a plan (Kế hoạch) as data a program can reason about: its identity, what it
// implements, its window, tasks with lead and coordinators and timeframes, reporting obligations
// with their report instances, funding, and the findings validate() reports on it.
//
//   govplan::Plan plan = govplan::load_plan(text);            // govplan/json.hpp
//   for (const auto& task : plan.tasks) { task.timeframe.kind(); }
//   std::vector<govplan::Finding> findings = govplan::validate(plan);
//   auto reports = govplan::report_instances(plan.reporting[0], govplan::DateRange::year(2024), cal);
//
// Every part has an id ("II.1", "III") so that a finding or a task points back to its place in the
// text. Plans are plain values (aggregates with ==); build them in code or load them from JSON.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "govplan/calendar.hpp"
#include "govplan/date.hpp"
#include "govplan/document.hpp"
#include "govplan/finding.hpp"
#include "govplan/timeframe.hpp"

namespace govplan {

/// A numbered part of the plan's text ("I", "II.1"), for reference from tasks and findings.
struct Section {
  std::string id;     ///< "II", "II.1"
  std::string title;  ///< "NỘI DUNG TRỌNG TÂM"
  std::string text;   ///< the body, if kept
  bool operator==(const Section&) const = default;
};

/// A task of the plan.
struct Task {
  std::string id;                     ///< "II.1"
  std::string section;                ///< the id of the section it is in ("II")
  std::string content;
  std::optional<Party> lead;          ///< chủ trì / công chức thực hiện
  std::vector<Party> coordinators;    ///< phối hợp
  Timeframe timeframe;
  std::vector<std::string> outputs;   ///< sản phẩm
  /// The id of the task, in the plan this one implements, that this task carries out ("II.3"):
  /// what links a ward's task to its city's in a portfolio's cascade.
  std::optional<std::string> upstream_task;
  bool operator==(const Task&) const = default;
};

/// What the plan implements: a document, with an optional part ("Phụ lục", "Mục II").
struct Implements {
  DocumentRef document;
  bool operator==(const Implements&) const = default;
};

/// A time limit counted from an event the plan names but cannot date: "chậm nhất sau 15 ngày kể
/// từ khi kết thúc thiên tai" = {"kết thúc thiên tai", {15, days}}; "trong thời hạn 05 ngày làm
/// việc kể từ ngày nhận được yêu cầu" = {"nhận được yêu cầu", {5, working_days}}. The due date is
/// the end of the time limit counted from the day the event happened, as time_limit()
/// (calendar.hpp) counts it (Civil Code 2015, Arts. 147–148: the event's day is not counted, a
/// limit ending on a day off ends on the next working day). Until the event is known the due date
/// is unknown; compliance (compliance.hpp) learns the event's day from a trigger event that names
/// it (TriggerEvent::event, events.hpp).
struct DueAfterEvent {
  std::string event;  ///< the event as written, without "khi" / "ngày": "kết thúc thiên tai"
  Offset offset{};    ///< after the event; amount ≥ 0

  /// The rule in words: "15 ngày kể từ khi kết thúc thiên tai", or in English 15 days after
  /// "kết thúc thiên tai" (the event stays as the plan writes it).
  std::string description(Lang lang = Lang::vi) const;
  bool operator==(const DueAfterEvent&) const = default;
};

/// When a report is due: a day rule on the report's period, a time limit after the data cut-off
/// ("02 ngày làm việc sau ngày chốt số liệu"), a fixed date ("trước ngày 01/11/2021", for a
/// report owed once), or a time limit after an event the plan names ("chậm nhất sau 15 ngày kể từ
/// khi kết thúc thiên tai"). Exactly one of the four.
///
/// A day rule may name a month after the period: "trước ngày 15 tháng 02 của năm liền kề sau năm
/// đánh giá" in a yearly report is {before, 15, month_of_period 14} (February of the next year;
/// DayRule, timeframe.hpp).
struct ReportDue {
  std::optional<DayRule> day_rule;
  std::optional<Offset> after_cutoff;
  std::string text;  ///< as written
  std::optional<DueTimeframe> on_date;  ///< a fixed date and its relation
  std::optional<DueAfterEvent> after_event{};  ///< a time limit after a named event
  bool operator==(const ReportDue&) const = default;
};

/// How the data cut-off window of a report is set.
enum class CutoffPolicy : std::uint8_t {
  decree_09,  ///< Decree 09/2019/NĐ-CP Art. 12: from the 15th of the month before … to the 14th
  period,     ///< the report's period itself (1st … last day)
  none,       ///< no cut-off (once and ad hoc reports)
};
std::string_view to_string(CutoffPolicy value) noexcept;
CutoffPolicy parse_cutoff_policy(std::string_view text);

/// A report stream an obligation is folded into ("báo cáo phổ biến, giáo dục pháp luật định kỳ"):
/// the obligation inherits its cadence and due rules.
struct ReportStream {
  std::string name;
  Cadence cadence = Cadence::half_yearly;
  std::vector<ReportDue> due;
  std::optional<DocumentRef> regime;  ///< the document that sets the stream (a circular …)
  bool operator==(const ReportStream&) const = default;
};

/// A duty to report.
struct ReportingObligation {
  std::string id;
  std::string text;                        ///< the sentence as written
  std::optional<Party> reporter;
  std::optional<Party> recipient;
  std::optional<Party> intermediary;       ///< "qua Phòng Tư pháp"
  Cadence cadence = Cadence::once;         ///< ignored when integrated_into is set
  std::vector<ReportDue> due;              ///< ignored when integrated_into is set
  CutoffPolicy cutoff = CutoffPolicy::decree_09;
  std::optional<ReportStream> integrated_into;
  bool operator==(const ReportingObligation&) const = default;

  /// The cadence that applies: the stream's when integrated.
  Cadence effective_cadence() const noexcept {
    return integrated_into ? integrated_into->cadence : cadence;
  }
};

/// One report owed.
struct ReportInstance {
  std::string obligation;              ///< the obligation's id
  DateRange period;                    ///< the period the report covers
  std::string label_vi, label_en;      ///< "Quý I/2024"
  std::optional<DateRange> cutoff;     ///< the data cut-off window
  std::optional<Date> nominal_due;     ///< absent when no due rule is known
  std::optional<Date> due;             ///< on the working calendar
  std::string rule_vi, rule_en;        ///< how the due date was reached, or why it is unknown
  bool operator==(const ReportInstance&) const = default;
};

/// The Decree 09/2019/NĐ-CP Art. 12 data cut-off window of a period: monthly 15th of the previous
/// month – 14th; quarterly 15th of the month before the quarter – 14th of its last month; first
/// half 15/12 – 14/06, second half 15/06 – 14/12; annual 15/12 – 14/12; nine months (not in the
/// decree; provinces such as Khánh Hòa, Decision 01/2023/QĐ-UBND) 15/12 – 14/09.
DateRange decree_09_cutoff(Cadence cadence, DateRange period);

/// The reports an obligation owes for the periods overlapping `window`, with cut-off windows and
/// due dates moved off days off. A report owed once covers the whole window; ad hoc reports (on
/// request, or after each episode of an event) give no instances. Each instance is due on the
/// earliest day its rules give; a rule counted from an event (ReportDue::after_event) gives none
/// here, so an instance whose only rules are such has no due date, and its rule texts say which
/// event it waits for ("15 ngày kể từ khi kết thúc thiên tai"). evaluate() (compliance.hpp) dates
/// it once the event is in the event log. With `explain` false the labels and rule texts are left
/// empty and nothing else changes (the evaluation of millions of rows builds no text).
std::vector<ReportInstance> report_instances(const ReportingObligation& obligation,
                                             DateRange window, const WorkCalendar& calendar,
                                             bool explain = true);

/// Where the money comes from.
enum class FundingSource : std::uint8_t {
  state_budget,           ///< ngân sách nhà nước
  mobilised,              ///< huy động từ doanh nghiệp, tổ chức, cá nhân
  integrated_programmes,  ///< lồng ghép trong các chương trình, kế hoạch, đề án
  other_lawful,           ///< các nguồn hợp pháp khác
};
std::string_view to_string(FundingSource value) noexcept;
FundingSource parse_funding_source(std::string_view text);

struct Funding {
  std::optional<Party> arranged_by;
  std::vector<FundingSource> sources;
  std::string text;
  bool operator==(const Funding&) const = default;
};

/// A plan.
struct Plan {
  // Identity (Decree 30/2020/NĐ-CP Art. 8).
  DocumentType type = DocumentType::ke_hoach;
  std::optional<DocumentNumber> number;   ///< a draft has "/KH-UBND" (no ordinal)
  std::string issuer;                     ///< "UBND phường Chánh Lộ"
  /// The administrative level of the issuer, when given (a portfolio reads it from the issuer's
  /// name otherwise).
  std::optional<AdministrativeLevel> level;
  std::string place;                      ///< "Chánh Lộ"
  PartialDate issue_date;                 ///< partial while a draft
  std::optional<std::string> date_line;   ///< the place-and-date line as written, if kept
  std::string title;
  std::optional<Signer> signer;
  std::vector<std::string> recipients;    ///< Nơi nhận, without the archive line
  std::vector<std::string> archive;       ///< "Lưu: VT, TP." → {"VT", "TP"}

  std::vector<Implements> implements;
  std::optional<DateRange> window;        ///< the plan's own period
  std::string purpose;
  std::string requirements;
  std::vector<Section> sections;
  std::vector<Task> tasks;
  std::vector<ReportingObligation> reporting;
  std::vector<Funding> funding;

  /// Extension data from JSON ("extensions"), kept verbatim as canonical JSON text ("{}" if none).
  std::string extensions = "{}";

  bool operator==(const Plan&) const = default;

  const Task* find_task(std::string_view id) const noexcept;
};

/// Findings on the plan itself (never exceptions): a task without a lead, a timeframe outside the
/// plan's window, a reference dated after the plan, an unparsed timeframe, a reporting duty with no
/// recipient, an unsigned draft (no number, no day), a date line that breaks Decree 30, duplicate
/// ids. Each has a stable code ("plan.task.no_lead"), a severity, the id of the part it concerns
/// and a message in Vietnamese and English.
std::vector<Finding> validate(const Plan& plan);

}  // namespace govplan
