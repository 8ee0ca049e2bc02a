// Plans: report instances, Decree 09 cut-off windows and validation. See include/govplan/plan.hpp.

#include "govplan/plan.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "govplan/error.hpp"
#include "id_hash.hpp"
#include "recent_results.hpp"

namespace govplan {

std::string_view to_string(CutoffPolicy v) noexcept {
  switch (v) {
    case CutoffPolicy::decree_09: return "decree_09";
    case CutoffPolicy::period: return "period";
    case CutoffPolicy::none: return "none";
  }
  return "none";
}

CutoffPolicy parse_cutoff_policy(std::string_view t) {
  for (auto v : {CutoffPolicy::decree_09, CutoffPolicy::period, CutoffPolicy::none}) {
    if (t == to_string(v)) return v;
  }
  throw ParseError("plan.cutoff", "a cut-off policy: one of decree_09, period, none", quote(t));
}

std::string_view to_string(FundingSource v) noexcept {
  switch (v) {
    case FundingSource::state_budget: return "state_budget";
    case FundingSource::mobilised: return "mobilised";
    case FundingSource::integrated_programmes: return "integrated_programmes";
    case FundingSource::other_lawful: return "other_lawful";
  }
  return "other_lawful";
}

FundingSource parse_funding_source(std::string_view t) {
  for (auto v : {FundingSource::state_budget, FundingSource::mobilised,
                 FundingSource::integrated_programmes, FundingSource::other_lawful}) {
    if (t == to_string(v)) return v;
  }
  throw ParseError("plan.funding_source",
                   "a funding source: one of state_budget, mobilised, integrated_programmes, "
                   "other_lawful",
                   quote(t));
}

const Task* Plan::find_task(std::string_view id) const noexcept {
  for (const Task& t : tasks) {
    if (t.id == id) return &t;
  }
  return nullptr;
}

// Decree 09/2019/NĐ-CP, Art. 12 (data cut-off), as reproduced by Circular 09/2019/TT-NHNN and
// Circular 02/2020/TT-BNNPTNT; the nine-month window is a provincial addition (Khánh Hòa Decision
// 01/2023/QĐ-UBND).
DateRange decree_09_cutoff(Cadence cadence, DateRange period) {
  const Date last_month = period.last().first_of_month();
  switch (cadence) {
    case Cadence::monthly:
    case Cadence::quarterly: {
      const Date start = period.first().first_of_month().add_months(-1);
      return DateRange(Date(start.year(), start.month(), 15),
                       Date(last_month.year(), last_month.month(), 14));
    }
    case Cadence::half_yearly:
      if (period.first().month() == 1) {
        return DateRange(Date(period.first().year() - 1, 12, 15), Date(period.first().year(), 6, 14));
      }
      return DateRange(Date(period.first().year(), 6, 15), Date(period.first().year(), 12, 14));
    case Cadence::nine_months:
      return DateRange(Date(period.first().year() - 1, 12, 15), Date(period.first().year(), 9, 14));
    case Cadence::yearly:
      return DateRange(Date(period.first().year() - 1, 12, 15), Date(period.first().year(), 12, 14));
    case Cadence::weekly:
    case Cadence::five_yearly:  // not in the decree: the period itself
    case Cadence::once:
    case Cadence::ad_hoc: break;
  }
  return period;
}

std::string DueAfterEvent::description(Lang lang) const {
  const bool one = offset.amount == 1;
  std::string_view unit;
  switch (offset.unit) {
    case TimeUnit::hours: unit = lang == Lang::en ? (one ? "hour" : "hours") : "giờ"; break;
    case TimeUnit::days: unit = lang == Lang::en ? (one ? "day" : "days") : "ngày"; break;
    case TimeUnit::working_days:
      unit = lang == Lang::en ? (one ? "working day" : "working days") : "ngày làm việc";
      break;
    case TimeUnit::weeks: unit = lang == Lang::en ? (one ? "week" : "weeks") : "tuần"; break;
    case TimeUnit::months: unit = lang == Lang::en ? (one ? "month" : "months") : "tháng"; break;
    case TimeUnit::years: unit = lang == Lang::en ? (one ? "year" : "years") : "năm"; break;
  }
  const std::string amount = std::to_string(offset.amount) + " " + std::string(unit);
  if (lang == Lang::en) return amount + " after \"" + event + "\"";
  return amount + " kể từ khi " + event;
}

namespace {

std::vector<ReportInstance> count_instances(const ReportingObligation& ob, DateRange window,
                                            const WorkCalendar& calendar, bool explain) {
  const Cadence cadence = ob.effective_cadence();
  const std::vector<ReportDue>& dues = ob.integrated_into ? ob.integrated_into->due : ob.due;
  std::vector<ReportInstance> out;
  const PeriodKind pk = period_kind_of(cadence);
  std::vector<DateRange> periods = periods_of(cadence, window);
  if (cadence == Cadence::once) periods = {window};
  for (const DateRange& p : periods) {
    ReportInstance r;
    r.obligation = ob.id;
    r.period = p;
    if (explain) {
      r.label_vi = period_label(p, pk, Lang::vi);
      r.label_en = period_label(p, pk, Lang::en);
    }
    if (ob.cutoff == CutoffPolicy::decree_09 && cadence != Cadence::once) r.cutoff = decree_09_cutoff(cadence, p);
    if (ob.cutoff == CutoffPolicy::period) r.cutoff = p;
    if (dues.empty()) {
      if (explain) {
        r.rule_vi = ob.integrated_into
                        ? "Hạn gửi theo chế độ báo cáo \"" + ob.integrated_into->name + "\" (kế hoạch không ghi)"
                        : "Kế hoạch không ghi hạn gửi báo cáo";
        r.rule_en = ob.integrated_into
                        ? "Due as the report stream \"" + ob.integrated_into->name + "\" sets it (not given in the plan)"
                        : "The plan gives no due date for the report";
      }
    } else {
      // The earliest due date the rules give; a rule counted from an event gives none until the
      // event is known (compliance dates it from the event log).
      const ReportDue* awaiting = nullptr;
      for (const ReportDue& d : dues) {
        if (d.after_event && awaiting == nullptr) awaiting = &d;
        std::optional<Date> nominal, due;
        std::string vi, en;
        if (d.day_rule) {
          // The first day the rule gives in the period (a weekly rule may give several).
          const std::vector<Date> days = rule_days(*d.day_rule, cadence, p);
          if (days.empty()) continue;
          nominal = days.front();
          due = deadline_on_calendar(*nominal, d.day_rule->relation, calendar);
          if (explain) {
            vi = "Theo quy định: " + (d.text.empty() ? std::string("ngày trong kỳ") : d.text);
            en = "By the rule: " + (d.text.empty() ? std::string("a day of the period") : d.text);
          }
        } else if (d.on_date) {
          nominal = d.on_date->date;
          due = deadline_on_calendar(d.on_date->date, d.on_date->relation, calendar);
          if (explain) {
            vi = "Hạn ghi trong kế hoạch: " + (d.text.empty() ? format_date(*nominal, DateStyle::numeric) : d.text);
            en = "The date the plan gives: " + (d.text.empty() ? nominal->to_string() : d.text);
          }
        } else if (d.after_cutoff && r.cutoff) {
          const TimeLimit t = time_limit_dates(r.cutoff->last(), std::max(0, d.after_cutoff->amount),
                                               d.after_cutoff->unit, calendar);
          nominal = t.nominal_end;
          due = t.end;
          if (explain) {
            vi = "Sau ngày chốt số liệu " + format_date(r.cutoff->last(), DateStyle::numeric) + ": " + d.text;
            en = "After the data cut-off on " + r.cutoff->last().to_string() + ": " + d.text;
          }
        }
        if (due && (!r.due || *due < *r.due)) {
          r.nominal_due = nominal;
          r.due = due;
          r.rule_vi = std::move(vi);
          r.rule_en = std::move(en);
        }
      }
      if (!explain) {
        // The texts are left empty.
      } else if (!r.due && awaiting != nullptr) {
        r.rule_vi = "Hạn gửi tính từ một sự kiện chưa biết ngày: " + awaiting->after_event->description(Lang::vi);
        r.rule_en = "Due from an event not yet dated: " + awaiting->after_event->description(Lang::en);
      } else if (!r.due) {
        r.rule_vi = "Không tính được hạn gửi từ quy định của kế hoạch";
        r.rule_en = "No due date follows from the plan's rules";
      } else if (r.nominal_due && r.due != r.nominal_due) {
        r.rule_vi += "; hạn " + format_date(*r.nominal_due, DateStyle::numeric) +
                     " rơi vào ngày nghỉ, chuyển sang ngày làm việc " + format_date(*r.due, DateStyle::numeric);
        r.rule_en += "; " + r.nominal_due->to_string() + " is a day off, moved to the working day " +
                     r.due->to_string();
      }
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

std::vector<ReportInstance> report_instances(const ReportingObligation& ob, DateRange window,
                                             const WorkCalendar& calendar, bool explain) {
  if (explain) return count_instances(ob, window, calendar, true);
  // Without texts, the instances depend only on the cadence, the due rules, the cut-off policy,
  // the window and the calendar — which the plans of a portfolio share by the thousand (the
  // half-yearly report of every ward): the last four are kept on this thread and copied, with
  // the obligation's own id. (Each keeps its calendar alive, shared, until it is replaced.)
  struct Key {
    Cadence cadence = Cadence::once;
    CutoffPolicy cutoff = CutoffPolicy::none;
    DateRange window;
    std::vector<ReportDue> dues;
  };
  thread_local detail::RecentResults<Key, std::vector<ReportInstance>> recent;
  const Cadence cadence = ob.effective_cadence();
  const std::vector<ReportDue>& dues = ob.integrated_into ? ob.integrated_into->due : ob.due;
  const auto* kept = recent.find(calendar, [&](const Key& k) {
    return k.cadence == cadence && k.cutoff == ob.cutoff && k.window == window && k.dues == dues;
  });
  if (kept != nullptr) {
    std::vector<ReportInstance> out = *kept;
    for (ReportInstance& r : out) r.obligation = ob.id;
    return out;
  }
  std::vector<ReportInstance> out = count_instances(ob, window, calendar, false);
  recent.keep(calendar, Key{cadence, ob.cutoff, window, dues}, out);
  return out;
}

// ---- validation ------------------------------------------------------------------------------------

namespace {

Finding make(std::string code, Severity s, std::string subject, std::string rule, std::string vi,
             std::string en) {
  return Finding(std::move(code), s, std::move(subject), Location{}, std::move(rule), std::move(vi),
                 std::move(en));
}

std::optional<Date> plan_date(const Plan& p) {
  if (p.issue_date.day()) return p.issue_date.date();
  return std::nullopt;
}

// The findings check_timeframe may write, kept out of it: it runs for every task of every plan,
// and most find nothing.
[[gnu::noinline]] void report_unparsed(const Timeframe& tf, const std::string& subject, std::vector<Finding>& out) {
  out.push_back(make("plan.timeframe.unparsed", Severity::warning, subject, "",
                     "Không đọc được thời hạn: \"" + tf.text() + "\"",
                     "The timeframe could not be read: \"" + tf.text() + "\""));
}

[[gnu::noinline]] void report_outside(const Timeframe& tf, DateRange w, const std::string& subject, DateRange window,
                                      std::vector<Finding>& out) {
  out.push_back(make("plan.timeframe.outside_window", Severity::warning, subject, "",
                     "Thời hạn \"" + tf.text() + "\" (" + w.to_string() +
                         ") nằm ngoài thời gian của kế hoạch (" + window.to_string() + ")",
                     "The timeframe \"" + tf.text() + "\" (" + w.to_string() +
                         ") lies outside the plan's window (" + window.to_string() + ")"));
}

void check_timeframe(const Timeframe& tf, const std::string& subject, const Plan& plan,
                     std::vector<Finding>& out) {
  const TimeframeKind kind = tf.kind();
  if (kind == TimeframeKind::unparsed) {
    report_unparsed(tf, subject, out);
    return;  // it has no window
  }
  if (kind == TimeframeKind::composite) {
    for (const Timeframe& part : tf.composite().parts) check_timeframe(part, subject, plan, out);
    return;
  }
  if (!plan.window) return;
  const auto w = tf.window();
  if (w && !plan.window->contains(*w)) report_outside(tf, *w, subject, *plan.window, out);
}

}  // namespace

std::vector<Finding> validate(const Plan& plan) {
  std::vector<Finding> out;
  const std::string_view decree30 = "Nghị định 30/2020/NĐ-CP";

  // The draft state (Decree 30/2020/NĐ-CP Art. 15(2): number and date are given at issuance).
  if (!plan.number || !plan.number->number()) {
    out.push_back(make("plan.draft.no_number", Severity::info, "header.number",
                       std::string(decree30) + ", Điều 15 khoản 2",
                       "Chưa có số: kế hoạch là dự thảo, được ghi số khi ký ban hành",
                       "No number yet: the plan is a draft, numbered when signed and issued"));
  }
  if (!plan.issue_date.day()) {
    out.push_back(make("plan.draft.no_day", Severity::info, "header.date_line",
                       std::string(decree30) + ", Điều 15 khoản 2",
                       "Chưa ghi ngày ban hành: kế hoạch là dự thảo",
                       "No day of issue yet: the plan is a draft"));
  }
  if (plan.date_line) {
    for (const Finding& f : check_place_date(*plan.date_line)) {
      if (f.severity() == Severity::info) continue;  // the draft state is reported above
      out.push_back(Finding("plan." + f.code(), f.severity(), "header.date_line", f.where(),
                            f.rule(), f.message(Lang::vi), f.message(Lang::en)));
    }
  }

  // Duplicate ids across sections, tasks and reporting obligations. Each id goes into a table by
  // its hash; only when one is met twice are the ids sorted (by hash, then text), so that equal
  // ids are adjacent, each id used more than once is reported once, and the reports come in the
  // order of the ids' text.
  thread_local std::vector<std::pair<std::uint64_t, std::string_view>> ids;
  thread_local detail::IdTable seen;
  ids.clear();
  for (const Section& s : plan.sections) ids.emplace_back(detail::id_hash(s.id), s.id);
  for (const Task& t : plan.tasks) ids.emplace_back(detail::id_hash(t.id), t.id);
  for (const ReportingObligation& r : plan.reporting) ids.emplace_back(detail::id_hash(r.id), r.id);
  seen.reset(ids.size());
  bool repeats = false;
  for (std::uint32_t i = 0; i < ids.size() && !repeats; ++i) {
    const std::string_view id = ids[i].second;
    repeats = seen.insert(ids[i].first, i, [&](std::uint32_t k) { return ids[k].second == id; }) != i;
  }
  std::vector<std::pair<std::string_view, std::size_t>> repeated;  // id, times used
  if (repeats) std::sort(ids.begin(), ids.end());
  for (std::size_t i = 0; repeats && i < ids.size();) {
    std::size_t j = i + 1;
    while (j < ids.size() && ids[j] == ids[i]) ++j;
    if (j - i > 1 && !ids[i].second.empty()) repeated.emplace_back(ids[i].second, j - i);
    i = j;
  }
  std::sort(repeated.begin(), repeated.end());  // the order of the text, as before
  for (const auto& [view, count] : repeated) {
    const std::string id(view);
    const std::string n = std::to_string(count);
    out.push_back(make("plan.duplicate_id", Severity::error, id, "",
                       "Mã \"" + id + "\" được dùng cho " + n + " phần",
                       "The id \"" + id + "\" is used by " + n + " parts"));
  }

  // References dated after the plan.
  const std::optional<Date> issued = plan_date(plan);
  for (std::size_t i = 0; i < plan.implements.size(); ++i) {
    const DocumentRef& d = plan.implements[i].document;
    const std::optional<Date>& dd = d.date();
    const bool after = dd && (issued ? *dd > *issued
                                     : dd->year() > plan.issue_date.year() ||
                                           (dd->year() == plan.issue_date.year() &&
                                            plan.issue_date.month() && dd->month() > *plan.issue_date.month()));
    if (after) {
      out.push_back(make("plan.reference.after_plan", Severity::error,
                         "implements/" + std::to_string(i), "",
                         "Văn bản được thực hiện (" + d.to_string(Lang::vi) + ") có ngày sau ngày của kế hoạch",
                         "The document implemented (" + d.to_string(Lang::en) + ") is dated after the plan"));
    }
  }

  for (const Task& t : plan.tasks) {
    if (!t.lead) {
      out.push_back(make("plan.task.no_lead", Severity::warning, t.id, "",
                         "Nhiệm vụ " + t.id + " chưa có cơ quan, người chủ trì",
                         "Task " + t.id + " has no lead"));
    }
    check_timeframe(t.timeframe, t.id, plan, out);
  }
  for (const ReportingObligation& r : plan.reporting) {
    if (!r.recipient) {
      out.push_back(make("plan.reporting.no_recipient", Severity::error, r.id, "",
                         "Báo cáo " + r.id + " không ghi nơi nhận",
                         "Reporting duty " + r.id + " names no recipient"));
    }
  }
  if (!plan.signer || !plan.signer->name()) {
    out.push_back(make("plan.draft.unsigned", Severity::info, "signature",
                       std::string(decree30) + ", Điều 8",
                       "Chưa có chữ ký: kế hoạch là dự thảo",
                       "Not signed yet: the plan is a draft"));
  }
  return out;
}

}  // namespace govplan
