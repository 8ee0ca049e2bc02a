// Helpers the renderers share: see support.hpp.

#include "support.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <variant>

#include "govplan/version.hpp"

namespace govplan::render::detail {

// ---- escaping ----------------------------------------------------------------------------------

std::string csv_field(std::string_view text, bool formula_guard) {
  std::string guarded;
  if (formula_guard && !text.empty() &&
      (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) {
    guarded = "'" + std::string(text);
    text = guarded;
  }
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the valid UTF-8 sequence at text[i] and its code point, or 0 if invalid.
std::size_t utf8_sequence(std::string_view text, std::size_t i, char32_t& cp) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char c = b(0);
  std::size_t n = 0;
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    cp = c & 0x1Fu;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    cp = c & 0x0Fu;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    cp = c & 0x07u;
  } else {
    return 0;
  }
  if (i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(k) & 0xC0u) != 0x80u) return 0;
    cp = (cp << 6) | (b(k) & 0x3Fu);
  }
  // Overlong forms, surrogates and code points past U+10FFFF are invalid.
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return n;
}

}  // namespace

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const std::size_t n = utf8_sequence(text, i, cp);
    if (n == 0) {
      out += replacement;
      ++i;
      continue;
    }
    if (n == 1) {
      switch (text[i]) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\t': case '\n': case '\r': out += text[i]; break;
        default:
          if (cp < 0x20 || cp == 0x7F) {
            out += replacement;
          } else {
            out += text[i];
          }
      }
    } else if (cp == 0xFFFE || cp == 0xFFFF || (cp >= 0x80 && cp <= 0x9F)) {
      out += replacement;
    } else {
      out.append(text.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::string md_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '|': case '\\': case '*': case '_': case '`': case '<': case '>': case '[': case ']':
      case '#':
        out += '\\';
        out += c;
        break;
      case '\r': break;
      case '\n': out += ' '; break;
      default: out += c;
    }
  }
  return out;
}

// ---- libical -----------------------------------------------------------------------------------

icaltimetype ical_date(Date d) {
  icaltimetype t = icaltime_null_date();
  t.year = d.year();
  t.month = d.month();
  t.day = d.day();
  t.is_date = 1;
  return t;
}

icaltimetype ical_stamp(Date d) {
  icaltimetype t = icaltime_null_time();
  t.year = d.year();
  t.month = d.month();
  t.day = d.day();
  t.zone = icaltimezone_get_utc_timezone();
  return t;
}

ComponentPtr new_calendar(const std::string& name, Lang lang) {
  ComponentPtr cal(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
  icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(
      cal.get(), icalproperty_new_prodid(("-//govplan//govplan " + std::string(version_string) + "//" +
                                          (lang == Lang::en ? "EN" : "VI"))
                                             .c_str()));
  icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));
  icalproperty* calname = icalproperty_new_x(name.c_str());
  icalproperty_set_x_name(calname, "X-WR-CALNAME");
  icalcomponent_add_property(cal.get(), calname);
  return cal;
}

std::string ical_text(icalcomponent* calendar) {
  char* text = icalcomponent_as_ical_string_r(calendar);
  std::string out(text);
  std::free(text);
  return out;
}

// ---- readable pieces ---------------------------------------------------------------------------

std::string day_text(Date d, Lang lang) {
  return lang == Lang::en ? d.to_string() : format_date(d, DateStyle::numeric);
}

std::string range_text(const DateRange& r, Lang lang) {
  if (r.first() == r.last()) return day_text(r.first(), lang);
  return day_text(r.first(), lang) + " – " + day_text(r.last(), lang);
}

std::string plan_heading(const Plan& plan, Lang lang) {
  const bool en = lang == Lang::en;
  std::string s(display_name(plan.type, lang));
  if (plan.number && !plan.number->is_draft()) {
    s += (en ? " No. " : " số ") + plan.number->to_string();
  } else if (plan.number) {
    s += " (" + std::string(text(Text::draft_no_number, lang)) + ": " + plan.number->to_string() + ")";
  } else {
    s += " (" + std::string(text(Text::no_number, lang)) + ")";
  }
  const PartialDate& d = plan.issue_date;
  char buf[16];
  if (d.is_complete()) {
    s += " " + std::string(text(Text::date_day, lang)) + " " + day_text(*d.date(), lang);
  } else if (d.month()) {
    if (en) {
      std::snprintf(buf, sizeof buf, "%04d-%02d", d.year(), *d.month());
    } else {
      std::snprintf(buf, sizeof buf, "%02d/%04d", *d.month(), d.year());
    }
    s += " " + std::string(text(Text::date_month, lang)) + " " + buf;
  } else {
    s += " " + std::string(text(Text::date_year, lang)) + " " + std::to_string(d.year());
  }
  if (!plan.issuer.empty()) s += " " + std::string(text(Text::by_issuer, lang)) + " " + plan.issuer;
  return s;
}

const ReportingObligation* find_obligation(const Plan& plan, std::string_view id) noexcept {
  for (const ReportingObligation& o : plan.reporting) {
    if (o.id == id) return &o;
  }
  return nullptr;
}

std::string row_title(const StatusRow& row, Lang lang) {
  if (row.occurrence == 0) return row.id;
  return row.id + " (" + std::string(text(Text::occurrence, lang)) + " " + std::to_string(row.occurrence + 1) + ")";
}

std::string period_text(const Plan& plan, const StatusRow& row, Lang lang) {
  if (!row.period) return {};
  if (row.kind == RowKind::report) {
    if (const ReportingObligation* o = find_obligation(plan, row.id)) {
      const PeriodKind kind = period_kind_of(o->effective_cadence());
      if (kind != PeriodKind::range) return period_label(*row.period, kind, lang);
    }
  }
  return range_text(*row.period, lang);
}

std::string row_content(const Plan& plan, const StatusRow& row, Lang lang) {
  if (row.kind == RowKind::task) {
    const Task* t = plan.find_task(row.id);
    return t ? t->content : std::string();
  }
  const ReportingObligation* o = find_obligation(plan, row.id);
  std::string s;
  if (o && o->integrated_into && !o->integrated_into->name.empty()) {
    s = std::string(text(Text::folded_into, lang)) + " " + o->integrated_into->name;
  } else if (o && !o->text.empty()) {
    s = o->text;
  } else {
    s = std::string(text(Text::kind_report, lang));
  }
  const std::string period = period_text(plan, row, lang);
  if (!period.empty()) s += " — " + std::string(text(Text::period, lang)) + " " + period;
  return s;
}

std::string responsible_text(const Plan& plan, const StatusRow& row, Lang lang) {
  std::string s = row.responsible ? row.responsible->name : std::string("—");
  if (row.kind == RowKind::task) {
    if (const Task* t = plan.find_task(row.id); t && !t->coordinators.empty()) {
      std::string names;
      for (const Party& p : t->coordinators) names += (names.empty() ? "" : ", ") + p.name;
      s += "; " + std::string(text(Text::with_coordinators, lang)) + ": " + names;
    }
  } else if (const ReportingObligation* o = find_obligation(plan, row.id); o && o->recipient) {
    s += " → " + o->recipient->name;
    if (o->intermediary) s += " (" + std::string(text(Text::via, lang)) + " " + o->intermediary->name + ")";
  }
  return s;
}

std::string_view timeframe_kind_name(TimeframeKind kind, Lang lang) noexcept {
  return text(offset(Text::tf_regular, static_cast<std::size_t>(kind)), lang);
}

std::string_view event_kind_name(EventKind kind, Lang lang) noexcept {
  return text(offset(Text::ev_trigger, static_cast<std::size_t>(kind)), lang);
}

std::string_view severity_name(Severity severity, Lang lang) noexcept {
  return text(offset(Text::sev_info, static_cast<std::size_t>(severity)), lang);
}

std::string event_text(const Event& event, Lang lang) {
  std::string s(event_kind_name(event.kind(), lang));
  std::visit(
      [&](const auto& what) {
        using T = std::decay_t<decltype(what)>;
        if constexpr (std::is_same_v<T, TriggerEvent>) {
          s += ": " + std::string(text(offset(Text::tr_guidance, static_cast<std::size_t>(what.trigger)), lang));
          if (!what.by.name.empty()) s += " — " + what.by.name;
        } else if constexpr (std::is_same_v<T, ScheduleAnnouncedEvent>) {
          if (what.body) s += ": " + what.body->name;
          if (what.schedule) s += " (" + what.schedule->to_string(lang) + ")";
          std::string items;
          for (const ScheduleItem& item : what.items) {
            items += (items.empty() ? "" : "; ") + day_text(item.date, lang);
            if (!item.text.empty()) items += " " + item.text;
          }
          if (!items.empty()) s += " — " + items;
        } else if constexpr (std::is_same_v<T, TaskProgressEvent> || std::is_same_v<T, TaskCompletedEvent>) {
          s += " " + what.task;
          if (!what.evidence.empty()) s += ": " + what.evidence;
        } else if constexpr (std::is_same_v<T, ReportSubmittedEvent>) {
          s += " " + what.obligation + ", " + std::string(text(Text::period, lang)) + " " +
               range_text(what.period, lang);
          if (what.to) s += " → " + what.to->name;
        }
      },
      event.what);
  return s;
}

std::optional<std::string> event_subject(const Event& event) {
  if (const auto* p = std::get_if<TaskProgressEvent>(&event.what)) return p->task;
  if (const auto* c = std::get_if<TaskCompletedEvent>(&event.what)) return c->task;
  if (const auto* r = std::get_if<ReportSubmittedEvent>(&event.what)) return r->obligation;
  return std::nullopt;
}

std::optional<DateRange> plan_span(const Plan& plan, const Evaluation& evaluation) {
  if (plan.window) return plan.window;
  std::optional<Date> first, last;
  const auto take = [&](Date d) {
    if (!first || d < *first) first = d;
    if (!last || d > *last) last = d;
  };
  for (const StatusRow& r : evaluation.rows) {
    if (r.period) {
      take(r.period->first());
      take(r.period->last());
    }
    if (r.due) take(*r.due);
    if (r.done) take(*r.done);
  }
  if (!first) return std::nullopt;
  return DateRange(*first, *last);
}

std::string fnv1a_hex(std::string_view text) {
  std::uint64_t h = 14695981039346656037ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace govplan::render::detail
