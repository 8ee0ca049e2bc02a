// An evaluation as iCalendar, CSV and Markdown, plan and row identifiers, colours, and atomic
// writes: see include/govplan/render/report.hpp. The HTML page is in html.cpp.

#include "govplan/render/report.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <system_error>

#include "support.hpp"

namespace govplan::render {

using detail::Text;
using detail::text;

// ---- identity ----------------------------------------------------------------------------------

namespace {

// Names folded as parties are matched (case, tone-mark placement, spacing).
std::string folded(const std::string& name) { return Party{PartyKind::body, name}.key(); }

std::string plan_hash(const Plan& plan) {
  // Fields separated by a byte that cannot occur in UTF-8 text, so no two plans collide by
  // shifting text from one field into the next.
  std::string identity = "govplan-plan-identity/1";
  const auto add = [&](std::string_view field) {
    identity += '\xFF';
    identity += field;
  };
  add(to_string(plan.type));
  if (plan.number && !plan.number->is_draft()) {
    add(plan.number->to_string());
    add(std::to_string(plan.issue_date.year()));
    add(folded(plan.issuer));
  } else {
    add("draft");
    add(plan.number ? plan.number->to_string() : std::string());
    add(plan.issue_date.to_string());
    add(folded(plan.issuer));
    add(folded(plan.title));
  }
  return detail::fnv1a_hex(identity);
}

std::string uid_part(std::string_view id) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : id) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
        c == '-' || c == '_') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0xFu];
    }
  }
  return out;
}

}  // namespace

std::string plan_uid(const Plan& plan) { return "govplan-plan-" + plan_hash(plan); }

std::string row_uid(const Plan& plan, const StatusRow& row) {
  return "govplan-" + plan_hash(plan) + "-" + std::string(to_string(row.kind)) + "-" + uid_part(row.id) + "-" +
         std::to_string(row.occurrence);
}

// ---- colours -----------------------------------------------------------------------------------

std::string_view to_string(Tone t) noexcept {
  switch (t) {
    case Tone::done_on_time: return "done_on_time";
    case Tone::in_progress: return "in_progress";
    case Tone::done_late: return "done_late";
    case Tone::overdue: return "overdue";
    case Tone::waiting: return "waiting";
  }
  return "waiting";
}

Tone tone(Status s) noexcept {
  switch (s) {
    case Status::done_on_time:
    case Status::submitted_on_time:
    case Status::submitted: return Tone::done_on_time;
    case Status::within_deadline:
    case Status::due_soon:
    case Status::ongoing:
    case Status::due: return Tone::in_progress;
    case Status::done_late:
    case Status::submitted_late: return Tone::done_late;
    case Status::overdue:
    case Status::missing:
    case Status::no_evidence: return Tone::overdue;
    case Status::not_yet_due:
    case Status::awaiting_trigger:
    case Status::trigger_never_came:
    case Status::on_request:
    case Status::unresolved:
    case Status::due_date_unknown:
    case Status::cancelled: return Tone::waiting;
  }
  return Tone::waiting;
}

std::string_view tone_colour(Tone t) noexcept {
  switch (t) {
    case Tone::done_on_time: return "#2e7d32";
    case Tone::in_progress: return "#1565c0";
    case Tone::done_late: return "#ef6c00";
    case Tone::overdue: return "#c62828";
    case Tone::waiting: return "#757575";
  }
  return "#757575";
}

std::string_view tone_name(Tone t, Lang lang) noexcept {
  return text(detail::offset(Text::tone_done_on_time, static_cast<std::size_t>(t)), lang);
}

// ---- iCalendar ----------------------------------------------------------------------------------

std::string_view ical_status(Status s) noexcept {
  switch (s) {
    case Status::done_on_time:
    case Status::done_late:
    case Status::submitted_on_time:
    case Status::submitted_late:
    case Status::submitted: return "COMPLETED";
    case Status::ongoing:
    case Status::within_deadline:
    case Status::due_soon:
    case Status::due: return "IN-PROCESS";
    case Status::cancelled: return "CANCELLED";
    case Status::not_yet_due:
    case Status::overdue:
    case Status::missing:
    case Status::no_evidence:
    case Status::awaiting_trigger:
    case Status::trigger_never_came:
    case Status::on_request:
    case Status::unresolved:
    case Status::due_date_unknown: return "NEEDS-ACTION";
  }
  return "NEEDS-ACTION";
}

namespace {

icalproperty_status to_ical(std::string_view status) {
  if (status == "COMPLETED") return ICAL_STATUS_COMPLETED;
  if (status == "IN-PROCESS") return ICAL_STATUS_INPROCESS;
  if (status == "CANCELLED") return ICAL_STATUS_CANCELLED;
  return ICAL_STATUS_NEEDSACTION;
}

std::string row_summary(const Plan& plan, const StatusRow& row, Lang lang) {
  std::string s = std::string(text(row.kind == RowKind::task ? Text::kind_task : Text::kind_report, lang)) +
                  " " + detail::row_title(row, lang) + ": ";
  if (row.kind == RowKind::task) {
    // The content cut at a word boundary near 90 characters: a calendar shows one line.
    const std::string content = detail::row_content(plan, row, lang);
    std::size_t chars = 0, cut = content.size();
    for (std::size_t i = 0; i < content.size(); ++i) {
      if ((static_cast<unsigned char>(content[i]) & 0xC0u) == 0x80u) continue;
      if (++chars > 90) {
        cut = content.rfind(' ', i);
        if (cut == std::string::npos || cut == 0) cut = i;
        break;
      }
    }
    s += content.substr(0, cut);
    if (cut < content.size()) s += "…";
  } else {
    s += detail::row_content(plan, row, lang);
  }
  return s;
}

std::string row_description(const Plan& plan, const StatusRow& row, Lang lang) {
  std::string s;
  const auto line = [&](Text label, const std::string& value) {
    if (value.empty()) return;
    s += std::string(text(label, lang)) + ": " + value + "\n";
  };
  if (row.kind == RowKind::task) {
    const Task* task = plan.find_task(row.id);
    if (task) line(Text::content, task->content);
    line(Text::lead, row.responsible ? row.responsible->name : std::string("—"));
    if (task && !task->coordinators.empty()) {
      std::string names;
      for (const Party& p : task->coordinators) names += (names.empty() ? "" : ", ") + p.name;
      line(Text::coordinators, names);
    }
    if (task) line(Text::timeframe, task->timeframe.text());
    if (row.period) line(Text::period, detail::range_text(*row.period, lang));
  } else {
    const ReportingObligation* o = detail::find_obligation(plan, row.id);
    if (o && !o->text.empty()) line(Text::content, o->text);
    line(Text::reporter, row.responsible ? row.responsible->name : std::string("—"));
    if (o && o->recipient) {
      line(Text::recipient, o->recipient->name + (o->intermediary ? " (" + std::string(text(Text::via, lang)) +
                                                                         " " + o->intermediary->name + ")"
                                                                   : std::string()));
    }
    if (o && o->integrated_into) line(Text::folded_into, o->integrated_into->name);
    line(Text::period, detail::period_text(plan, row, lang));
  }
  if (row.due) line(Text::due, detail::day_text(*row.due, lang));
  if (row.done) line(Text::done, detail::day_text(*row.done, lang));
  line(Text::status, std::string(status_name(row.status, lang)));
  line(Text::reason, row.reason(lang));
  s += detail::plan_heading(plan, lang);
  return s;
}

}  // namespace

std::string evaluation_ics(const Plan& plan, const Evaluation& evaluation, const WorkCalendar& calendar,
                           Lang lang, Date generated_on) {
  const std::string heading = detail::plan_heading(plan, lang);
  detail::ComponentPtr cal = detail::new_calendar(
      std::string(text(Text::calendar_name, lang)) + " " + heading + " — " +
          detail::day_text(evaluation.as_of, lang),
      lang);
  const icaltimetype stamp = detail::ical_stamp(generated_on);
  const std::string parent = plan_uid(plan);
  for (const StatusRow& row : evaluation.rows) {
    icalcomponent* todo = icalcomponent_new(ICAL_VTODO_COMPONENT);
    icalcomponent_add_property(todo, icalproperty_new_uid(row_uid(plan, row).c_str()));
    icalcomponent_add_property(todo, icalproperty_new_dtstamp(stamp));
    if (row.period && (!row.due || row.period->first() <= *row.due)) {
      icalcomponent_add_property(todo, icalproperty_new_dtstart(detail::ical_date(row.period->first())));
    }
    if (row.due) icalcomponent_add_property(todo, icalproperty_new_due(detail::ical_date(*row.due)));
    const std::string_view status = ical_status(row.status);
    icalcomponent_add_property(todo, icalproperty_new_status(to_ical(status)));
    if (status == "COMPLETED") icalcomponent_add_property(todo, icalproperty_new_percentcomplete(100));
    icalcomponent_add_property(todo, icalproperty_new_summary(row_summary(plan, row, lang).c_str()));
    icalcomponent_add_property(todo, icalproperty_new_description(row_description(plan, row, lang).c_str()));
    icalcomponent_add_property(
        todo, icalproperty_new_categories(
                  std::string(text(row.kind == RowKind::task ? Text::kind_task : Text::kind_report, lang)).c_str()));
    icalcomponent_add_property(todo, icalproperty_new_categories(std::string(status_name(row.status, lang)).c_str()));
    icalproperty* related = icalproperty_new_relatedto(parent.c_str());
    icalproperty_add_parameter(related, icalparameter_new_reltype(ICAL_RELTYPE_PARENT));
    icalcomponent_add_property(todo, related);
    icalproperty* x = icalproperty_new_x(std::string(to_string(row.status)).c_str());
    icalproperty_set_x_name(x, "X-GOVPLAN-STATUS");
    icalcomponent_add_property(todo, x);
    icalcomponent_add_component(cal.get(), todo);
  }
  if (const auto span = detail::plan_span(plan, evaluation)) {
    if (const auto days = span->intersection(calendar.range())) {
      for (int year = days->first().year(); year <= days->last().year(); ++year) {
        for (const CalendarDay& d : calendar.days_off(year)) {
          if (!days->contains(d.date)) continue;
          icalcomponent_add_component(cal.get(), detail::day_event(d, calendar.sector(), lang, stamp));
        }
      }
    }
  }
  return detail::ical_text(cal.get());
}

// ---- CSV -----------------------------------------------------------------------------------------

std::string evaluation_csv(const Evaluation& evaluation, Lang lang) {
  using detail::csv_field;
  std::string out = "\xEF\xBB\xBF";
  out += "id,kind,occurrence,status,tracker,due,period_from,period_to,done,working_days,responsible,reason,"
         "reason_vi,reason_en\r\n";
  const auto date = [](const std::optional<Date>& d) { return d ? d->to_string() : std::string(); };
  for (const StatusRow& r : evaluation.rows) {
    const auto tracker = r.kind == RowKind::task ? tracker_class(r.status) : std::nullopt;
    out += csv_field(r.id) + ',' + std::string(to_string(r.kind)) + ',' + std::to_string(r.occurrence) + ',' +
           std::string(to_string(r.status)) + ',' + (tracker ? std::string(to_string(*tracker)) : "") + ',' +
           date(r.due) + ',' + date(r.period ? std::optional<Date>(r.period->first()) : std::nullopt) + ',' +
           date(r.period ? std::optional<Date>(r.period->last()) : std::nullopt) + ',' + date(r.done) + ',' +
           (r.working_days ? std::to_string(*r.working_days) : "") + ',' +
           csv_field(r.responsible ? r.responsible->name : "") + ',' + csv_field(r.reason(lang)) + ',' +
           csv_field(r.reason_vi) + ',' + csv_field(r.reason_en) + "\r\n";
  }
  return out;
}

// ---- Markdown ------------------------------------------------------------------------------------

std::string evaluation_markdown(const Plan& plan, const Evaluation& evaluation, Lang lang) {
  using detail::md_escape;
  const auto t = [&](Text key) { return std::string(text(key, lang)); };
  std::string out = "# " + md_escape(detail::plan_heading(plan, lang)) + "\n\n";
  if (!plan.title.empty()) out += "**" + md_escape(plan.title) + "**\n\n";
  if (plan.window) out += "- " + t(Text::plan_window) + ": " + detail::range_text(*plan.window, lang) + "\n";
  out += "- " + t(Text::as_of) + ": " + detail::day_text(evaluation.as_of, lang) + "\n";
  for (const Implements& i : plan.implements) {
    out += "- " + t(Text::implements) + ": " + md_escape(i.document.to_string(lang)) + "\n";
  }
  out += "\n## " + t(Text::summary) + "\n\n";
  if (evaluation.rows.empty()) {
    out += t(Text::no_rows) + "\n";
  } else {
    std::array<int, 5> by_tone{};
    for (const StatusRow& r : evaluation.rows) ++by_tone[static_cast<std::size_t>(tone(r.status))];
    out += "| " + t(Text::by_colour) + " | " + t(Text::col_count) + " |\n|---|---:|\n";
    for (std::size_t i = 0; i < by_tone.size(); ++i) {
      if (by_tone[i] == 0) continue;
      out += "| " + std::string(tone_name(static_cast<Tone>(i), lang)) + " | " + std::to_string(by_tone[i]) + " |\n";
    }
    out += "| **" + t(Text::all_rows) + "** | **" + std::to_string(evaluation.rows.size()) + "** |\n\n";
    out += "| " + t(Text::by_status) + " | " + t(Text::col_count) + " |\n|---|---:|\n";
    for (std::size_t s = 0; s <= static_cast<std::size_t>(Status::due_date_unknown); ++s) {
      std::size_t n = 0;
      for (const StatusRow& r : evaluation.rows) n += static_cast<std::size_t>(r.status) == s ? 1 : 0;
      if (n > 0) out += "| " + std::string(status_name(static_cast<Status>(s), lang)) + " | " + std::to_string(n) + " |\n";
    }
    out += "\n## " + t(Text::details) + "\n\n";
    out += "| " + t(Text::col_id) + " | " + t(Text::col_kind) + " | " + t(Text::col_status) + " | " +
           t(Text::col_due) + " | " + t(Text::col_done) + " | " + t(Text::col_responsible) + " | " +
           t(Text::col_reason) + " |\n|---|---|---|---|---|---|---|\n";
    for (const StatusRow& r : evaluation.rows) {
      out += "| " + md_escape(detail::row_title(r, lang)) + " | " +
             t(r.kind == RowKind::task ? Text::kind_task : Text::kind_report) + " | " +
             std::string(status_name(r.status, lang)) + " | " + (r.due ? detail::day_text(*r.due, lang) : "—") +
             " | " + (r.done ? detail::day_text(*r.done, lang) : "—") + " | " +
             md_escape(detail::responsible_text(plan, r, lang)) + " | " + md_escape(r.reason(lang)) + " |\n";
    }
  }
  if (!evaluation.findings.empty()) {
    out += "\n## " + t(Text::findings) + "\n\n";
    for (const Finding& f : evaluation.findings) {
      out += "- **" + std::string(detail::severity_name(f.severity(), lang)) + "** `" + f.code() + "` (" +
             md_escape(f.subject()) + "): " + md_escape(f.message(lang)) + "\n";
    }
  }
  return out;
}

// ---- files -------------------------------------------------------------------------------------

void write_file_atomically(const std::filesystem::path& path, std::string_view bytes) {
  namespace fs = std::filesystem;
  const auto fail = [](const char* what, const fs::path& where, int error) {
    throw fs::filesystem_error(what, where, std::error_code(error, std::generic_category()));
  };
  const fs::path directory = path.has_parent_path() ? path.parent_path() : fs::path(".");
  if (!path.has_filename()) fail("cannot write a file", path, EISDIR);
  std::string name = (directory / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(name.data());
  if (fd < 0) fail("cannot create a temporary file to write", path, errno);
  const auto abandon = [&](const char* what, int error) {
    ::close(fd);
    ::unlink(name.c_str());
    fail(what, path, error);
  };
  for (std::size_t written = 0; written < bytes.size();) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      abandon("cannot write", errno);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0) abandon("cannot set the file's mode", errno);
  if (::fsync(fd) != 0) abandon("cannot flush", errno);
  if (::close(fd) != 0) {
    const int error = errno;
    ::unlink(name.c_str());
    fail("cannot close", path, error);
  }
  if (::rename(name.c_str(), path.c_str()) != 0) {
    const int error = errno;
    ::unlink(name.c_str());
    fail("cannot rename the temporary file onto", path, error);
  }
}

}  // namespace govplan::render
