// An evaluation as one self-contained HTML page with an inline SVG timeline: see
// include/govplan/render/report.hpp.

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "govplan/render/report.hpp"
#include "govplan/version.hpp"
#include "support.hpp"

namespace govplan::render {

using detail::Text;
using detail::text;
using detail::xml_escape;

namespace {

constexpr std::array all_tones{Tone::done_on_time, Tone::in_progress, Tone::done_late, Tone::overdue, Tone::waiting};

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// At most `max_chars` characters of `s` (UTF-8), with "…" when cut.
std::string cut(const std::string& s, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0u) == 0x80u) continue;
    if (chars++ == max_chars) return s.substr(0, i) + "…";
  }
  return s;
}

std::string_view tone_class(Status s) { return to_string(tone(s)); }

// ---- the timeline ------------------------------------------------------------------------------

// Geometry in the SVG's user units; the viewBox is 1000 wide and scales to the page.
constexpr double view_width = 1000, label_width = 190, right_pad = 14, axis_height = 36, lane_height = 32,
                 events_lane_height = 26, bottom_pad = 24;

class Timeline {
 public:
  Timeline(DateRange range) : range_(range) {
    scale_ = (view_width - right_pad - label_width) / static_cast<double>(range.day_count());
  }
  // The left edge of a day's column, days outside the range clamped to its ends.
  double x(Date d) const {
    if (d < range_.first()) return label_width;
    if (d > range_.last()) return view_width - right_pad;
    return label_width + static_cast<double>(range_.first().days_until(d)) * scale_;
  }
  // The middle of a day's column.
  double mid(Date d) const {
    if (!range_.contains(d)) return x(d);
    return x(d) + scale_ / 2;
  }
  double day_width() const { return scale_; }
  const DateRange& range() const { return range_; }

 private:
  DateRange range_;
  double scale_ = 1;
};

struct Lane {
  std::string label;    // "II.1 · thường xuyên"
  std::string tooltip;  // the task's content or the duty's text
  RowKind kind = RowKind::task;
  std::string id;
  std::optional<DateRange> window;
  bool waiting_frame = false;  // upstream_schedule and after_event: dashed frame
};

std::string diamond(double cx, double cy, double r) {
  return "M" + num(cx) + " " + num(cy - r) + " L" + num(cx + r) + " " + num(cy) + " L" + num(cx) + " " +
         num(cy + r) + " L" + num(cx - r) + " " + num(cy) + " Z";
}

std::string svg_title(const std::string& s) { return "<title>" + xml_escape(s) + "</title>"; }

// The days the timeline shows: the plan's span, widened to every row's dates and to the day of the
// evaluation when it is near, in whole months.
DateRange timeline_range(const Plan& plan, const Evaluation& ev) {
  std::optional<DateRange> span = detail::plan_span(plan, ev);
  Date first = span ? span->first() : Date(ev.as_of.year(), 1, 1);
  Date last = span ? span->last() : Date(ev.as_of.year(), 12, 31);
  for (const StatusRow& r : ev.rows) {
    for (const auto& d : {r.due, r.done, r.period ? std::optional<Date>(r.period->first()) : std::nullopt,
                          r.period ? std::optional<Date>(r.period->last()) : std::nullopt}) {
      if (!d) continue;
      first = std::min(first, *d);
      last = std::max(last, *d);
    }
  }
  // The day of the evaluation, when it is near (up to three months after the span, or before it).
  if (ev.as_of < first && first.days_until(ev.as_of) >= -92) first = ev.as_of;
  if (ev.as_of > last && last.days_until(ev.as_of) <= 92) last = ev.as_of;
  return DateRange(first.first_of_month(), last.last_of_month());
}

std::string timeline_svg(const Plan& plan, const std::vector<const Event*>& shown, const Evaluation& ev,
                         const WorkCalendar& calendar, Lang lang) {
  const Timeline tl(timeline_range(plan, ev));
  const DateRange& range = tl.range();

  std::vector<Lane> lanes;
  for (const Task& t : plan.tasks) {
    Lane lane;
    lane.label = t.id + " · " + std::string(detail::timeframe_kind_name(t.timeframe.kind(), lang));
    lane.tooltip = t.id + ": " + t.content + "\n" + std::string(text(Text::timeframe, lang)) + ": " + t.timeframe.text();
    lane.id = t.id;
    lane.window = t.timeframe.window();
    if (!lane.window && (t.timeframe.kind() == TimeframeKind::regular || t.timeframe.kind() == TimeframeKind::recurring)) {
      lane.window = plan.window;
    }
    lane.waiting_frame = t.timeframe.kind() == TimeframeKind::upstream_schedule ||
                         t.timeframe.kind() == TimeframeKind::after_event;
    lanes.push_back(std::move(lane));
  }
  for (const ReportingObligation& o : plan.reporting) {
    Lane lane;
    lane.kind = RowKind::report;
    lane.label = o.id + " · " + std::string(text(Text::kind_report, lang));
    lane.tooltip = o.id + ": " + o.text;
    lane.id = o.id;
    lane.window = plan.window;
    lanes.push_back(std::move(lane));
  }
  // Rows whose task or duty the plan does not list still get a lane.
  for (const StatusRow& r : ev.rows) {
    const bool known = std::any_of(lanes.begin(), lanes.end(), [&](const Lane& l) { return l.kind == r.kind && l.id == r.id; });
    if (!known) {
      Lane lane;
      lane.kind = r.kind;
      lane.id = r.id;
      lane.label = r.id;
      lane.tooltip = r.id;
      lanes.push_back(std::move(lane));
    }
  }
  std::vector<const Event*> plan_events;  // triggers, schedules, amendments: the events lane
  for (const Event* e : shown) {
    if (!detail::event_subject(*e)) plan_events.push_back(e);
  }
  const bool events_lane = !plan_events.empty();
  const double lanes_top = axis_height + (events_lane ? events_lane_height : 0);
  const double lanes_bottom = lanes_top + lane_height * static_cast<double>(std::max<std::size_t>(lanes.size(), 1));
  const double height = lanes_bottom + bottom_pad;
  const double x0 = label_width, x1 = view_width - right_pad;

  std::string s;
  s += "<svg class=\"timeline\" viewBox=\"0 0 " + num(view_width) + " " + num(height) + "\" role=\"img\" aria-label=\"" +
       xml_escape(std::string(text(Text::timeline, lang))) + "\" font-family=\"system-ui, sans-serif\" font-size=\"11\">";
  s += svg_title(std::string(text(Text::timeline, lang)) + ": " + detail::range_text(range, lang));

  // Lane backgrounds, days off, month grid.
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    if (i % 2 == 1) {
      s += "<rect x=\"0\" y=\"" + num(lanes_top + lane_height * static_cast<double>(i)) + "\" width=\"" +
           num(view_width) + "\" height=\"" + num(lane_height) + "\" fill=\"#f6f7f9\"/>";
    }
  }
  s += "<g class=\"days-off\">";
  if (const auto days = range.intersection(calendar.range())) {
    for (int year = days->first().year(); year <= days->last().year(); ++year) {
      for (const CalendarDay& d : calendar.days_off(year)) {
        if (!days->contains(d.date)) continue;
        s += "<rect x=\"" + num(tl.x(d.date)) + "\" y=\"" + num(axis_height) + "\" width=\"" +
             num(std::max(tl.day_width(), 1.5)) + "\" height=\"" + num(lanes_bottom - axis_height) +
             "\" fill=\"#e6dcf5\">" + svg_title(detail::day_text(d.date, lang) + ": " + d.name(lang)) + "</rect>";
      }
    }
  }
  s += "</g>";
  const int months = (range.last().year() - range.first().year()) * 12 + range.last().month() - range.first().month() + 1;
  const double month_width = (x1 - x0) / months;
  s += "<g class=\"axis\" fill=\"#444\">";
  for (Date m = range.first(); m <= range.last(); m = m.add_months(1)) {
    const double mx = tl.x(m);
    if (months <= 72) {
      s += "<line x1=\"" + num(mx) + "\" y1=\"" + num(axis_height - 8) + "\" x2=\"" + num(mx) + "\" y2=\"" +
           num(lanes_bottom) + "\" stroke=\"#d5d8dc\" stroke-width=\"0.8\"/>";
    }
    if (month_width >= 24) {
      s += "<text x=\"" + num(mx + month_width / 2) + "\" y=\"" + num(axis_height - 12) + "\" text-anchor=\"middle\">" +
           std::string(text(detail::offset(Text::m1, static_cast<std::size_t>(m.month() - 1)), lang)) + "</text>";
    }
    if (m.month() == 1 || m == range.first()) {
      s += "<text x=\"" + num(mx + 2) + "\" y=\"12\" font-weight=\"600\">" + std::to_string(m.year()) + "</text>";
    }
  }
  s += "<line x1=\"" + num(x0) + "\" y1=\"" + num(axis_height) + "\" x2=\"" + num(x1) + "\" y2=\"" + num(axis_height) +
       "\" stroke=\"#9aa0a6\"/></g>";

  // The events lane.
  if (events_lane) {
    const double mid = axis_height + events_lane_height / 2;
    s += "<text x=\"6\" y=\"" + num(mid + 4) + "\" font-weight=\"600\">" + xml_escape(std::string(text(Text::col_event, lang))) +
         "</text>";
    for (const Event* e : plan_events) {
      const double ex = tl.mid(e->date);
      s += "<path d=\"M" + num(ex - 5) + " " + num(mid - 6) + " L" + num(ex + 5) + " " + num(mid - 6) + " L" + num(ex) +
           " " + num(mid + 3) + " Z\" fill=\"#6a1b9a\">" +
           svg_title(detail::day_text(e->date, lang) + ": " + detail::event_text(*e, lang)) + "</path>";
    }
  }

  // One lane per task and per reporting duty.
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    const Lane& lane = lanes[i];
    const double top = lanes_top + lane_height * static_cast<double>(i);
    const double mid = top + lane_height / 2;
    s += "<g class=\"lane\"><text x=\"6\" y=\"" + num(mid + 4) + "\">" + xml_escape(cut(lane.label, 30)) +
         svg_title(lane.tooltip) + "</text>";
    if (lane.window) {
      const double wx = tl.x(lane.window->first()), ww = tl.x(lane.window->last()) + tl.day_width() - wx;
      if (lane.waiting_frame) {
        s += "<rect x=\"" + num(wx) + "\" y=\"" + num(mid - 8) + "\" width=\"" + num(ww) +
             "\" height=\"16\" fill=\"none\" stroke=\"#90a4ae\" stroke-dasharray=\"4 3\"/>";
      } else {
        s += "<rect x=\"" + num(wx) + "\" y=\"" + num(mid - 2) + "\" width=\"" + num(ww) +
             "\" height=\"4\" fill=\"#cfd8dc\"/>";
      }
    }
    for (const StatusRow& r : ev.rows) {
      if (r.kind != lane.kind || r.id != lane.id) continue;
      const std::string colour(tone_colour(tone(r.status)));
      const std::string what = detail::row_title(r, lang) + ": " + std::string(status_name(r.status, lang));
      if (r.period) {
        const double px = tl.x(r.period->first()), pw = tl.x(r.period->last()) + tl.day_width() - px;
        s += "<rect x=\"" + num(px) + "\" y=\"" + num(mid - 6) + "\" width=\"" + num(std::max(pw, 1.5)) +
             "\" height=\"12\" rx=\"2\" fill=\"" + colour + "\" fill-opacity=\"0.25\" stroke=\"" + colour + "\">" +
             svg_title(what + " — " + std::string(text(Text::period, lang)) + " " +
                       detail::range_text(*r.period, lang)) +
             "</rect>";
      }
      if (r.due) {
        s += "<path d=\"" + diamond(tl.mid(*r.due), mid, 6.5) + "\" fill=\"" + colour + "\" stroke=\"#fff\">" +
             svg_title(what + " — " + std::string(text(Text::due, lang)) + " " + detail::day_text(*r.due, lang)) +
             "</path>";
      }
      if (r.done) {
        s += "<circle cx=\"" + num(tl.mid(*r.done)) + "\" cy=\"" + num(mid) + "\" r=\"4.5\" fill=\"#fff\" stroke=\"" +
             colour + "\" stroke-width=\"2\">" +
             svg_title(what + " — " + std::string(text(Text::done, lang)) + " " + detail::day_text(*r.done, lang)) +
             "</circle>";
      }
      if (!r.period && !r.due && !r.done) {
        const double tx = lane.window ? tl.x(lane.window->first()) + 6 : x0 + 6;
        s += "<text x=\"" + num(tx) + "\" y=\"" + num(mid + 4) + "\" fill=\"" + colour + "\" font-style=\"italic\">" +
             xml_escape(std::string(status_name(r.status, lang))) + svg_title(what + ". " + r.reason(lang)) + "</text>";
      }
    }
    for (const Event* e : shown) {
      const auto subject = detail::event_subject(*e);
      const bool mine = subject && *subject == lane.id &&
                        (lane.kind == RowKind::report) == (e->kind() == EventKind::report_submitted);
      if (!mine) continue;
      const double ex = tl.mid(e->date);
      s += "<path d=\"M" + num(ex) + " " + num(mid + 8) + " L" + num(ex + 4) + " " + num(mid + 14) + " L" + num(ex - 4) +
           " " + num(mid + 14) + " Z\" fill=\"#37474f\">" +
           svg_title(detail::day_text(e->date, lang) + ": " + detail::event_text(*e, lang)) + "</path>";
    }
    s += "</g>";
  }

  // The day of the evaluation.
  const double ax = tl.mid(ev.as_of);
  const bool inside = range.contains(ev.as_of);
  const std::string as_of_label = (inside ? "" : ev.as_of < range.first() ? "← " : "→ ") +
                                  std::string(text(Text::lg_as_of, lang)) + " " + detail::day_text(ev.as_of, lang);
  s += "<line x1=\"" + num(ax) + "\" y1=\"" + num(axis_height - 4) + "\" x2=\"" + num(ax) + "\" y2=\"" +
       num(lanes_bottom + 4) + "\" stroke=\"#212121\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>";
  const char* anchor = ax > x1 - 120 ? "end" : ax < x0 + 120 ? "start" : "middle";
  s += "<text x=\"" + num(ax) + "\" y=\"" + num(lanes_bottom + 17) + "\" text-anchor=\"" + anchor +
       "\" font-weight=\"600\">" + xml_escape(as_of_label) + "</text>";
  s += "</svg>";
  return s;
}

// ---- the page ----------------------------------------------------------------------------------

std::string stylesheet() {
  std::string css = R"(
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#212121;line-height:1.4;font-size:14px;max-width:1280px;margin:0 auto;padding:16px 20px}
h1{font-size:1.4em;margin:.15em 0}
h2{font-size:1.12em;margin:1.5em 0 .5em;padding-bottom:.2em;border-bottom:1px solid #d5d8dc}
.kicker{margin:0;color:#555;text-transform:uppercase;font-size:.85em;letter-spacing:.04em}
.title{font-weight:600;margin:.3em 0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1em;margin:.6em 0}
dl.facts dt{color:#555}
dl.facts dd{margin:0}
ul.tones{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:8px}
ul.tones li{border-left:6px solid var(--c);background:#f6f7f9;padding:6px 12px;min-width:10em}
ul.tones .n{display:block;font-size:1.6em;font-weight:700;color:var(--c)}
.chip{display:inline-block;padding:1px 7px;border-radius:3px;background:var(--c);color:#fff;font-size:.88em}
table{border-collapse:collapse;width:100%;margin:.4em 0}
th,td{border:1px solid #d5d8dc;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#eef0f3;font-weight:600}
table.counts{width:auto;min-width:24em}
table.rows tbody tr{box-shadow:inset 5px 0 0 var(--c)}
table.rows td:first-child{padding-left:11px}
td.num{text-align:right;white-space:nowrap}
td.date{white-space:nowrap}
td.content{min-width:18em;font-size:.93em}
svg.timeline{display:block;width:100%;height:auto;border:1px solid #d5d8dc;background:#fff}
ul.legend{list-style:none;padding:0;margin:.5em 0;display:flex;flex-wrap:wrap;gap:4px 18px;font-size:.9em;color:#333}
ul.legend svg{vertical-align:middle;margin-right:4px}
.hint{color:#666;font-size:.9em;margin:.2em 0}
th[aria-sort=ascending]::after{content:" \25B2"}
th[aria-sort=descending]::after{content:" \25BC"}
footer{margin-top:2em;color:#777;font-size:.85em}
@page{size:A4 landscape;margin:10mm}
@media print{
  body{max-width:none;padding:0;font-size:9pt}
  .no-print{display:none}
  h2{break-after:avoid}
  tr,svg,ul.tones{break-inside:avoid}
  thead{display:table-header-group}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)";
  for (Tone t : all_tones) {
    css += ".t-" + std::string(to_string(t)) + "{--c:" + std::string(tone_colour(t)) + "}\n";
  }
  return css;
}

// Sorts the rows table when a heading is clicked; written without '<' and '&' so that the page
// stays well-formed XML.
constexpr std::string_view sort_script = R"(
(function () {
  var table = document.getElementById('rows');
  if (!table) return;
  var heads = table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads, function (th, column) {
    th.tabIndex = 0;
    th.style.cursor = 'pointer';
    th.addEventListener('click', function () {
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      var key = function (row) { var c = row.cells[column]; return c.getAttribute('data-key') || c.textContent; };
      rows.sort(function (a, b) { return dir * key(a).localeCompare(key(b), 'vi', {numeric: true}); });
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
)";

std::string legend_glyph(const std::string& body) {
  return "<svg width=\"22\" height=\"14\" viewBox=\"0 0 22 14\" aria-hidden=\"true\">" + body + "</svg>";
}

std::string padded_key(long value, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*ld", width, value);
  return buf;
}

}  // namespace

std::string evaluation_html(const Plan& plan, const EventLog& events, const Evaluation& ev,
                            const WorkCalendar& calendar, Lang lang) {
  const auto t = [&](Text key) { return xml_escape(std::string(text(key, lang))); };
  const std::string heading = detail::plan_heading(plan, lang);
  std::vector<const Event*> shown;  // events known on the day of the evaluation, in date order
  for (const Event& e : events.events()) {
    if (e.date <= ev.as_of) shown.push_back(&e);
  }
  std::stable_sort(shown.begin(), shown.end(), [](const Event* a, const Event* b) { return a->date < b->date; });

  std::string h;
  h.reserve(32768);
  h += "<!DOCTYPE html>\n<html lang=\"" + std::string(to_string(lang)) + "\">\n<head>\n<meta charset=\"utf-8\"/>\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
  h += "<meta name=\"generator\" content=\"govplan " + std::string(version_string) + "\"/>\n";
  h += "<title>" + xml_escape(heading) + " — " + t(Text::as_of) + " " + detail::day_text(ev.as_of, lang) + "</title>\n";
  h += "<style>" + stylesheet() + "</style>\n</head>\n<body>\n";

  // Identity.
  h += "<header>\n<p class=\"kicker\">" + t(Text::as_of) + " " + detail::day_text(ev.as_of, lang) + "</p>\n";
  h += "<h1>" + xml_escape(heading) + "</h1>\n";
  if (!plan.title.empty()) h += "<p class=\"title\">" + xml_escape(plan.title) + "</p>\n";
  h += "<dl class=\"facts\">\n";
  if (plan.window) h += "<dt>" + t(Text::plan_window) + "</dt><dd>" + detail::range_text(*plan.window, lang) + "</dd>\n";
  for (const Implements& i : plan.implements) {
    h += "<dt>" + t(Text::implements) + "</dt><dd>" + xml_escape(i.document.to_string(lang)) + "</dd>\n";
  }
  if (plan.signer) {
    std::string signer = plan.signer->to_string();
    for (std::size_t at = signer.find('\n'); at != std::string::npos; at = signer.find('\n', at)) {
      signer.replace(at, 1, ", ");
    }
    h += "<dt>" + t(Text::signed_by) + "</dt><dd>" + xml_escape(signer) + "</dd>\n";
  }
  h += "</dl>\n</header>\n";

  // Summary.
  h += "<section id=\"summary\">\n<h2>" + t(Text::summary) + "</h2>\n";
  if (ev.rows.empty()) {
    h += "<p>" + t(Text::no_rows) + "</p>\n";
  } else {
    std::array<int, all_tones.size()> by_tone{};
    for (const StatusRow& r : ev.rows) ++by_tone[static_cast<std::size_t>(tone(r.status))];
    h += "<ul class=\"tones\">\n";
    for (Tone tn : all_tones) {
      h += "<li class=\"t-" + std::string(to_string(tn)) + "\"><span class=\"n\">" +
           std::to_string(by_tone[static_cast<std::size_t>(tn)]) + "</span>" +
           xml_escape(std::string(tone_name(tn, lang))) + "</li>\n";
    }
    h += "</ul>\n<table class=\"counts\"><thead><tr><th>" + t(Text::by_status) + "</th><th>" + t(Text::col_count) +
         "</th></tr></thead><tbody>\n";
    for (std::size_t si = 0; si <= static_cast<std::size_t>(Status::due_date_unknown); ++si) {
      const auto st = static_cast<Status>(si);
      const auto n = std::count_if(ev.rows.begin(), ev.rows.end(), [&](const StatusRow& r) { return r.status == st; });
      if (n == 0) continue;
      h += "<tr><td><span class=\"chip t-" + std::string(tone_class(st)) + "\">" +
           xml_escape(std::string(status_name(st, lang))) + "</span></td><td class=\"num\">" + std::to_string(n) +
           "</td></tr>\n";
    }
    h += "<tr><th>" + t(Text::all_rows) + "</th><th class=\"num\">" + std::to_string(ev.rows.size()) +
         "</th></tr>\n</tbody></table>\n";
  }
  h += "</section>\n";

  // Timeline.
  h += "<section id=\"timeline\">\n<h2>" + t(Text::timeline) + "</h2>\n";
  h += timeline_svg(plan, shown, ev, calendar, lang) + "\n";
  h += "<ul class=\"legend\">\n";
  const auto legend = [&](const std::string& glyph, Text label) {
    h += "<li>" + legend_glyph(glyph) + t(label) + "</li>\n";
  };
  legend("<rect x=\"1\" y=\"5\" width=\"20\" height=\"4\" fill=\"#cfd8dc\"/>", Text::lg_window);
  legend("<rect x=\"1\" y=\"1\" width=\"20\" height=\"12\" fill=\"none\" stroke=\"#90a4ae\" stroke-dasharray=\"4 3\"/>",
         Text::lg_window_waiting);
  legend("<rect x=\"1\" y=\"1\" width=\"20\" height=\"12\" rx=\"2\" fill=\"#1565c0\" fill-opacity=\"0.25\" stroke=\"#1565c0\"/>",
         Text::lg_period);
  legend("<path d=\"" + diamond(11, 7, 6) + "\" fill=\"#1565c0\"/>", Text::lg_due);
  legend("<circle cx=\"11\" cy=\"7\" r=\"4.5\" fill=\"#fff\" stroke=\"#2e7d32\" stroke-width=\"2\"/>", Text::lg_done);
  legend("<path d=\"M11 2 L15 8 L7 8 Z\" fill=\"#37474f\"/><path d=\"M16 6 L22 6 L19 12 Z\" fill=\"#6a1b9a\"/>", Text::lg_tick);
  legend("<rect x=\"8\" y=\"0\" width=\"6\" height=\"14\" fill=\"#e6dcf5\"/>", Text::lg_day_off);
  legend("<line x1=\"11\" y1=\"0\" x2=\"11\" y2=\"14\" stroke=\"#212121\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>",
         Text::lg_as_of);
  h += "</ul>\n</section>\n";

  // The rows.
  h += "<section id=\"details\">\n<h2>" + t(Text::details) + "</h2>\n";
  if (!ev.rows.empty()) {
    h += "<p class=\"hint no-print\">" + t(Text::sort_hint) + "</p>\n";
    h += "<table id=\"rows\" class=\"rows\">\n<thead><tr>";
    for (Text c : {Text::col_id, Text::col_kind, Text::col_content, Text::col_responsible, Text::col_timeframe,
                   Text::col_period, Text::col_due, Text::col_done, Text::col_working_days, Text::col_status,
                   Text::col_reason}) {
      h += "<th scope=\"col\">" + t(c) + "</th>";
    }
    h += "</tr></thead>\n<tbody>\n";
    long index = 0;
    for (const StatusRow& r : ev.rows) {
      const Task* task = r.kind == RowKind::task ? plan.find_task(r.id) : nullptr;
      const std::string date_key_due = r.due ? r.due->to_string() : "";
      h += "<tr class=\"t-" + std::string(tone_class(r.status)) + "\">";
      h += "<td data-key=\"" + padded_key(index++, 6) + "\">" + xml_escape(detail::row_title(r, lang)) + "</td>";
      h += "<td>" + t(r.kind == RowKind::task ? Text::kind_task : Text::kind_report) + "</td>";
      h += "<td class=\"content\">" + xml_escape(detail::row_content(plan, r, lang)) + "</td>";
      h += "<td>" + xml_escape(detail::responsible_text(plan, r, lang)) + "</td>";
      h += "<td>" + xml_escape(task ? task->timeframe.text() : std::string()) + "</td>";
      h += "<td data-key=\"" + (r.period ? r.period->first().to_string() : std::string()) + "\">" +
           (r.period ? xml_escape(detail::period_text(plan, r, lang)) : "—") + "</td>";
      h += "<td class=\"date\" data-key=\"" + date_key_due + "\">" + (r.due ? detail::day_text(*r.due, lang) : "—") + "</td>";
      h += "<td class=\"date\" data-key=\"" + (r.done ? r.done->to_string() : std::string()) + "\">" +
           (r.done ? detail::day_text(*r.done, lang) : "—") + "</td>";
      h += "<td class=\"num\" data-key=\"" + (r.working_days ? padded_key(100000L + *r.working_days, 7) : std::string()) +
           "\">" + (r.working_days ? std::to_string(*r.working_days) : "—") + "</td>";
      h += "<td data-key=\"" + std::to_string(static_cast<int>(tone(r.status))) + std::string(to_string(r.status)) +
           "\"><span class=\"chip t-" + std::string(tone_class(r.status)) + "\">" +
           xml_escape(std::string(status_name(r.status, lang))) + "</span></td>";
      h += "<td>" + xml_escape(r.reason(lang)) + "</td></tr>\n";
    }
    h += "</tbody>\n</table>\n";
  } else {
    h += "<p>" + t(Text::no_rows) + "</p>\n";
  }
  h += "</section>\n";

  // Events.
  h += "<section id=\"events\">\n<h2>" + t(Text::events) + "</h2>\n";
  if (shown.empty()) {
    h += "<p>" + t(Text::no_events) + "</p>\n";
  } else {
    h += "<table><thead><tr><th>" + t(Text::col_date) + "</th><th>" + t(Text::col_event) + "</th><th>" +
         t(Text::col_content) + "</th></tr></thead><tbody>\n";
    for (const Event* e : shown) {
      std::string note = e->text;
      if (e->document) note += (note.empty() ? "" : " — ") + e->document->to_string(lang);
      h += "<tr><td class=\"date\">" + detail::day_text(e->date, lang) + "</td><td>" +
           xml_escape(std::string(detail::event_kind_name(e->kind(), lang))) + "</td><td>" +
           xml_escape(detail::event_text(*e, lang)) + (note.empty() ? "" : "<br/><small>" + xml_escape(note) + "</small>") +
           "</td></tr>\n";
    }
    h += "</tbody></table>\n";
  }
  h += "</section>\n";

  // Findings.
  h += "<section id=\"findings\">\n<h2>" + t(Text::findings) + "</h2>\n";
  if (ev.findings.empty()) {
    h += "<p>" + t(Text::no_findings) + "</p>\n";
  } else {
    h += "<table><thead><tr><th>" + t(Text::col_severity) + "</th><th>" + t(Text::col_code) + "</th><th>" +
         t(Text::col_id) + "</th><th>" + t(Text::col_content) + "</th></tr></thead><tbody>\n";
    for (const Finding& f : ev.findings) {
      h += "<tr><td>" + xml_escape(std::string(detail::severity_name(f.severity(), lang))) + "</td><td><code>" +
           xml_escape(f.code()) + "</code></td><td>" + xml_escape(f.subject()) + "</td><td>" +
           xml_escape(f.message(lang)) + "</td></tr>\n";
    }
    h += "</tbody></table>\n";
  }
  h += "</section>\n";

  // Days off.
  if (const auto span = detail::plan_span(plan, ev)) {
    if (const auto days = span->intersection(calendar.range())) {
      std::string list;
      for (int year = days->first().year(); year <= days->last().year(); ++year) {
        for (const CalendarDay& d : calendar.days_off(year)) {
          if (!days->contains(d.date)) continue;
          list += "<tr><td class=\"date\">" + detail::day_text(d.date, lang) + "</td><td>" + xml_escape(d.name(lang)) +
                  "</td><td>" + xml_escape(std::string(day_kind_name(d.kind, lang))) + "</td></tr>\n";
        }
      }
      if (!list.empty()) {
        h += "<section id=\"days-off\">\n<h2>" + t(Text::days_off) + "</h2>\n<table><thead><tr><th>" +
             t(Text::col_date) + "</th><th>" + t(Text::col_name) + "</th><th>" + t(Text::col_kind) +
             "</th></tr></thead><tbody>\n" + list + "</tbody></table>\n</section>\n";
      }
    }
  }

  h += "<footer>" + t(Text::made_with) + " " + std::string(version_string) + "</footer>\n";
  h += "<script>" + std::string(sort_script) + "</script>\n</body>\n</html>\n";
  return h;
}

}  // namespace govplan::render
