// govplan — the command-line tool. A thin client of the public headers: it reads arguments and
// files, calls the library, and prints in Vietnamese (or English with --lang en).
//
// Exit codes: 0 ok; 1 problems in the input (a parse error, an error-level finding, an unreadable
// file); 2 usage errors (unknown subcommand or option, missing argument).

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <functional>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "govplan/govplan.hpp"
#include "govplan/import.hpp"
#include "govplan/json.hpp"
#include "govplan/render/calendar.hpp"
#include "govplan/render/report.hpp"

namespace {

using govplan::Lang;

constexpr int kOk = 0;
constexpr int kInputProblem = 1;
constexpr int kUsage = 2;

// One table of the tool's labels, Vietnamese first.
struct Label {
  const char* vi;
  const char* en;
};
const char* tr(const Label& l, Lang lang) { return lang == Lang::en ? l.en : l.vi; }

constexpr Label kFile{"Tệp", "File"};
constexpr Label kNumber{"Số, ký hiệu", "Number and symbol"};
constexpr Label kDraft{"dự thảo: chưa có số", "draft: no number yet"};
constexpr Label kSymbol{"Ký hiệu", "Symbol"};
constexpr Label kType{"Loại văn bản", "Document type"};
constexpr Label kIssuer{"Cơ quan ban hành (viết tắt)", "Issuer (abbreviation)"};
constexpr Label kUnit{"Đơn vị soạn thảo", "Drafting unit"};
constexpr Label kYear{"Năm", "Year"};
constexpr Label kOrdinal{"Số thứ tự", "Ordinal"};
constexpr Label kStyle{"Kiểu", "Style"};
constexpr Label kNone{"(không có)", "(none)"};
constexpr Label kNotFound{"(không tìm thấy)", "(not found)"};
constexpr Label kDateLine{"Dòng địa danh, ngày tháng", "Place-and-date line"};
constexpr Label kPlace{"Địa danh", "Place"};
constexpr Label kIssueDate{"Ngày ban hành", "Date of issue"};
constexpr Label kDecree30{"Kiểm tra theo Nghị định 30/2020/NĐ-CP", "Decree 30/2020/NĐ-CP check"};
constexpr Label kConforms{"đúng quy định", "conforms"};
constexpr Label kBreaks{"không đúng quy định (xem Nhận xét)", "departs from it (see Findings)"};
constexpr Label kTimes{"lần được dẫn", "citations"};
constexpr Label kCited{"Văn bản được dẫn", "Documents cited"};
constexpr Label kFindings{"Nhận xét", "Findings"};
constexpr Label kLine{"dòng", "line"};
constexpr Label kColumn{"cột", "column"};
constexpr Label kDayMissing{"chưa có ngày", "no day yet"};
constexpr Label kMonthMissing{"chưa có tháng", "no month yet"};
constexpr Label kIso{"ISO 8601", "ISO 8601"};
constexpr Label kVietnamese{"Cách viết theo Nghị định 30", "As Decree 30 writes it"};
constexpr Label kNumeric{"Dạng số", "Numeric"};
constexpr Label kWeekday{"Thứ", "Weekday"};
constexpr Label kError{"Lỗi", "Error"};
constexpr Label kCalendarTitle{"Lịch làm việc năm", "Working calendar"};
constexpr Label kCivilService{"cán bộ, công chức, viên chức", "civil service"};
constexpr Label kAllEmployees{"người lao động (theo Bộ luật Lao động)", "all employees (Labour Code)"};
constexpr Label kVerified{"lịch nghỉ đã đối chiếu thông báo đến ngày", "schedules checked against notices through"};
constexpr Label kDaysOff{"Ngày nghỉ", "Days off"};
constexpr Label kWorkedWeekend{"Ngày nghỉ hằng tuần phải đi làm", "Weekend days worked"};
constexpr Label kDate{"Ngày", "Date"};
constexpr Label kKind{"Loại", "Kind"};
constexpr Label kName{"Tên", "Name"};
constexpr Label kBasis{"Căn cứ", "Source"};
constexpr Label kWorkingDaysByMonth{"Số ngày làm việc theo tháng", "Working days by month"};
constexpr Label kMonthShort{"T", "M"};
constexpr Label kTotal{"Cả năm", "Year"};
constexpr Label kWeekdaysOff{"ngày nghỉ trùng ngày làm việc trong tuần", "days off on weekdays"};
constexpr Label kAssumedNote{"(*) ngày giả định theo luật, chưa có thông báo; (**) đề xuất, chưa quyết định",
                             "(*) assumed from the statute until announced; (**) proposed, not decided"};
constexpr Label kStart{"Ngày xảy ra sự kiện (không tính)", "Event day (not counted)"};
constexpr Label kFirstCounted{"Bắt đầu tính từ", "Counting starts"};
constexpr Label kNominalEnd{"Ngày cuối cùng theo thời hạn", "Last day of the limit"};
constexpr Label kEnd{"Thời hạn kết thúc (hết ngày)", "Limit ends (end of day)"};
constexpr Label kLimit{"Thời hạn", "Time limit"};
constexpr Label kRulesApplied{"Quy định áp dụng", "Rules applied"};
constexpr Label kLunar{"Âm lịch", "Lunar date"};
constexpr Label kSolar{"Dương lịch", "Solar date"};
constexpr Label kLeapMonth{"Tháng nhuận của năm", "Leap month of the year"};
constexpr Label kTet{"Tết Nguyên đán", "Lunar New Year (Tết)"};
constexpr Label kWorking{"ngày làm việc", "working day"};
constexpr Label kNotWorking{"ngày nghỉ", "day off"};
constexpr Label kNote{"Ghi chú", "Note"};
constexpr Label kPlanLabel{"Kế hoạch", "Plan"};
constexpr Label kTasks{"nhiệm vụ", "tasks"};
constexpr Label kTask{"nhiệm vụ", "task"};
constexpr Label kReports{"nghĩa vụ báo cáo", "reporting duties"};
constexpr Label kReport{"nghĩa vụ báo cáo", "reporting duty"};
constexpr Label kNoFindings{"không có nhận xét", "no findings"};
constexpr Label kStatusTitle{"Tình hình thực hiện đến ngày", "Status as of"};
constexpr Label kId{"Mã", "Id"};
constexpr Label kStatus{"Tình trạng", "Status"};
constexpr Label kDue{"Hạn", "Due"};
constexpr Label kReason{"Lý do", "Reason"};
constexpr Label kTaskKind{"nhiệm vụ", "task"};
constexpr Label kReportKind{"báo cáo", "report"};
constexpr Label kGroup{"Đơn vị", "Group"};
constexpr Label kTimeframeText{"Thời gian thực hiện", "Timeframe"};
constexpr Label kWindow{"Khoảng thời gian", "Window"};
constexpr Label kTaskRows{"Nhiệm vụ", "Tasks"};
constexpr Label kOnTime{"HT đúng hạn", "Done on time"};
constexpr Label kLate{"HT quá hạn", "Done late"};
constexpr Label kWithin{"Chưa HT, trong hạn", "Open, in time"};
constexpr Label kOverdue{"Chưa HT, quá hạn", "Open, overdue"};
constexpr Label kCompletion{"Tỷ lệ hoàn thành", "Completion rate"};
constexpr Label kAll{"Tổng cộng", "Total"};
constexpr Label kPortfolioTitle{"Tình hình thực hiện các kế hoạch đến ngày", "Portfolio status as of"};
constexpr Label kPlans{"kế hoạch", "plans"};
constexpr Label kRows{"dòng", "rows"};
constexpr Label kRollUpBy{"Tổng hợp theo", "Rolled up by"};
constexpr Label kByPlan{"kế hoạch", "plan"};
constexpr Label kByBody{"cơ quan, người thực hiện", "body"};
constexpr Label kByRole{"chức danh công chức", "official's role"};
constexpr Label kByLevel{"cấp hành chính", "administrative level"};
constexpr Label kCascade{"Triển khai xuống cấp dưới", "Cascade to lower levels"};
constexpr Label kCovered{"có nhiệm vụ thực hiện", "carried out"};
constexpr Label kGap{"CHƯA CÓ nhiệm vụ thực hiện", "NOT carried out"};
constexpr Label kByContent{"khớp theo nội dung", "matched by wording"};
constexpr Label kWritten{"Đã ghi", "Written"};
constexpr Label kProgressPlans{"kế hoạch đã đánh giá", "plans evaluated"};

const char* severity_label(govplan::Severity s, Lang lang) {
  switch (s) {
    case govplan::Severity::info: return lang == Lang::en ? "info" : "thông tin";
    case govplan::Severity::warning: return lang == Lang::en ? "warning" : "cảnh báo";
    case govplan::Severity::error: return lang == Lang::en ? "error" : "lỗi";
  }
  return "";
}

const char* weekday_label(govplan::Weekday w, Lang lang) {
  static const char* vi[] = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
                             "Chủ nhật"};
  static const char* en[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                             "Sunday"};
  const auto i = static_cast<std::size_t>(w) - 1;
  return lang == Lang::en ? en[i] : vi[i];
}

std::size_t display_width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0u) != 0x80u ? 1 : 0;
  return n;
}

// Prints "label:  value" with labels padded to one width.
class Fields {
 public:
  explicit Fields(std::ostream& os, std::string indent = "", std::size_t min_width = 0)
      : os_(os), indent_(std::move(indent)), min_width_(min_width) {}
  void add(const std::string& label, const std::string& value) { rows_.emplace_back(label, value); }
  void print() {
    std::size_t width = min_width_;
    for (const auto& [label, value] : rows_) width = std::max(width, display_width(label));
    for (const auto& [label, value] : rows_) {
      os_ << indent_ << label << ':' << std::string(width - display_width(label) + 2, ' ')
          << value << '\n';
    }
    rows_.clear();
  }

 private:
  std::ostream& os_;
  std::string indent_;
  std::size_t min_width_;
  std::vector<std::pair<std::string, std::string>> rows_;
};

std::string where(const govplan::Location& l, Lang lang) {
  if (!l.line()) return l.to_string();
  std::string s = std::string(tr(kLine, lang)) + " " + std::to_string(*l.line());
  if (l.column()) s += ", " + std::string(tr(kColumn, lang)) + " " + std::to_string(*l.column());
  return s;
}

std::string type_text(const govplan::DocumentNumber& n, Lang lang) {
  const auto t = n.document_type();
  if (!t) return tr(kNone, lang);
  return std::string(govplan::display_name(*t, lang)) + " (" + n.type_abbreviation() + ")";
}

std::string partial_date_text(const govplan::PartialDate& d, Lang lang) {
  std::string s = govplan::format_date(d, govplan::DateStyle::vietnamese);
  // Collapse the blanks a draft leaves for display.
  std::string collapsed;
  for (char c : s) {
    if (c == ' ' && !collapsed.empty() && collapsed.back() == ' ') continue;
    collapsed += c;
  }
  collapsed += " (" + d.to_string();
  if (!d.month()) {
    collapsed += std::string("; ") + tr(kMonthMissing, lang);
  } else if (!d.day()) {
    collapsed += std::string("; ") + tr(kDayMissing, lang);
  }
  return collapsed + ")";
}

void print_findings(std::ostream& os, const std::vector<govplan::Finding>& findings, Lang lang,
                    const std::string& indent) {
  for (const auto& f : findings) {
    os << indent << '[' << severity_label(f.severity(), lang) << "] " << f.code();
    if (f.where().is_known()) os << " (" << where(f.where(), lang) << ")";
    os << ": " << f.message(lang) << '\n';
  }
}

bool has_errors(const std::vector<govplan::Finding>& findings, bool strict) {
  for (const auto& f : findings) {
    if (f.severity() == govplan::Severity::error ||
        (strict && f.severity() == govplan::Severity::warning)) {
      return true;
    }
  }
  return false;
}

bool read_file(const std::string& path, std::string& out, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open " + path;
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  if (out.rfind("\xEF\xBB\xBF", 0) == 0) out.erase(0, 3);  // a byte-order mark from Word
  return true;
}

int run_inspect(const std::string& path, Lang lang) {
  std::string text;
  std::string error;
  if (!read_file(path, text, error)) {
    std::cerr << "govplan: " << tr(kError, lang) << ": " << error << '\n';
    return kInputProblem;
  }
  const govplan::DocumentHeader header = govplan::read_header(text);
  std::ostream& os = std::cout;
  std::size_t width = 0;
  for (const Label* l : {&kFile, &kNumber, &kDateLine}) {
    width = std::max(width, display_width(tr(*l, lang)));
  }
  Fields top(os, "", width);
  top.add(tr(kFile, lang), path);
  top.print();

  if (header.number) {
    const govplan::DocumentNumber& n = header.number->number;
    std::string value = n.to_string();
    if (n.is_draft()) value += std::string(" (") + tr(kDraft, lang) + ")";
    value += " — " + where(header.number->where, lang);
    top.add(tr(kNumber, lang), value);
    top.print();
    Fields parts(os, "  ");
    parts.add(tr(kSymbol, lang), n.symbol());
    parts.add(tr(kType, lang), type_text(n, lang));
    parts.add(tr(kIssuer, lang), n.issuer_abbreviation());
    if (!n.unit_abbreviation().empty()) parts.add(tr(kUnit, lang), n.unit_abbreviation());
    parts.print();
  } else {
    top.add(tr(kNumber, lang), tr(kNotFound, lang));
    top.print();
  }

  if (header.date_line) {
    top.add(tr(kDateLine, lang),
            "\"" + *header.date_line + "\" — " + where(*header.date_line_where, lang));
    top.print();
    Fields parts(os, "  ");
    parts.add(tr(kPlace, lang), header.place_date->place);
    parts.add(tr(kIssueDate, lang), partial_date_text(header.place_date->date, lang));
    bool conforms = true;
    for (const auto& f : header.findings) {
      if (f.subject() == "header.date_line" && f.severity() != govplan::Severity::info) {
        conforms = false;
      }
    }
    parts.add(tr(kDecree30, lang), conforms ? tr(kConforms, lang) : tr(kBreaks, lang));
    parts.print();
  } else {
    top.add(tr(kDateLine, lang), tr(kNotFound, lang));
    top.print();
  }

  // The documents cited: each distinct number once, where it is first cited, how often.
  struct Cited {
    govplan::NumberMatch first;
    std::size_t count = 0;
  };
  std::vector<Cited> cited;
  for (auto& m : govplan::find_document_numbers(text)) {
    if (header.number && m.where == header.number->where) continue;
    auto same = std::find_if(cited.begin(), cited.end(),
                             [&](const Cited& c) { return c.first.number == m.number; });
    if (same != cited.end()) {
      ++same->count;
    } else {
      cited.push_back({std::move(m), 1});
    }
  }
  os << tr(kCited, lang) << " (" << cited.size() << "):\n";
  std::size_t number_width = 0;
  for (const auto& c : cited) {
    number_width = std::max(number_width, display_width(c.first.number.to_string()));
  }
  for (std::size_t i = 0; i < cited.size(); ++i) {
    const std::string n = cited[i].first.number.to_string();
    os << "  " << (i + 1) << ". " << n << std::string(number_width - display_width(n) + 2, ' ')
       << type_text(cited[i].first.number, lang) << " — " << where(cited[i].first.where, lang);
    if (cited[i].count > 1) {
      os << "; " << cited[i].count << ' ' << tr(kTimes, lang);
    }
    os << '\n';
  }

  os << tr(kFindings, lang) << " (" << header.findings.size() << "):\n";
  print_findings(os, header.findings, lang, "  ");
  return has_errors(header.findings, false) ? kInputProblem : kOk;
}

int run_parse_date(const std::vector<std::string>& texts, Lang lang) {
  int status = kOk;
  for (const std::string& text : texts) {
    try {
      const govplan::PartialDate d = govplan::parse_partial_date(text);
      Fields f(std::cout);
      f.add(tr(kIso, lang), d.to_string());
      f.add(tr(kVietnamese, lang), govplan::format_date(d, govplan::DateStyle::vietnamese));
      if (d.is_complete()) {
        f.add(tr(kNumeric, lang), govplan::format_date(d, govplan::DateStyle::numeric));
        f.add(tr(kWeekday, lang), weekday_label(d.date()->weekday(), lang));
      }
      f.print();
    } catch (const govplan::Error& e) {
      std::cerr << "govplan: " << e.what() << '\n';
      status = kInputProblem;
    }
  }
  return status;
}

// Today in Vietnam (UTC+7), whatever the host's time zone: the day officials are living in.
govplan::Date today_utc() {
  const auto now = std::chrono::system_clock::now() + std::chrono::hours(7);
  const auto days = std::chrono::floor<std::chrono::days>(now.time_since_epoch()).count();
  return govplan::Date::from_days_since_epoch(static_cast<std::int32_t>(days));
}

int run_parse_timeframe(const std::vector<std::string>& texts, int year, const std::string& format, Lang lang) {
  int status = kOk;
  if (year == 0) year = today_utc().year();
  const govplan::WorkCalendar calendar = govplan::WorkCalendar::vietnam();
  for (const std::string& text : texts) {
    try {
      govplan::PhraseContext context;
      context.year = year;
      const govplan::Timeframe tf = govplan::parse_timeframe(text, context);
      if (tf.kind() == govplan::TimeframeKind::unparsed) status = kInputProblem;
      if (format == "json") {
        std::cout << govplan::to_json(tf);
        continue;
      }
      Fields f(std::cout);
      f.add(tr(kTimeframeText, lang), tf.text());
      f.add(tr(kKind, lang), std::string(govplan::to_string(tf.kind())));
      if (const auto w = tf.window()) {
        f.add(tr(kWindow, lang), govplan::format_date(w->first(), govplan::DateStyle::numeric) + " – " +
                                     govplan::format_date(w->last(), govplan::DateStyle::numeric));
      }
      if (tf.kind() == govplan::TimeframeKind::unparsed) {
        f.add(tr(kNote, lang), tf.unparsed().diagnostic);
      } else {
        // What it means on the working calendar, with no events yet, in the context year.
        const govplan::Resolution r = govplan::resolve(tf, {}, calendar, govplan::DateRange::year(year));
        std::string dues;
        for (const auto& o : r.occurrences) {
          dues += (dues.empty() ? "" : "; ") + govplan::format_date(o.due, govplan::DateStyle::numeric);
        }
        if (!dues.empty()) f.add(tr(kDue, lang), dues);
        if (!r.reason(lang).empty()) f.add(tr(kReason, lang), r.reason(lang));
      }
      f.print();
    } catch (const govplan::Error& e) {
      std::cerr << "govplan: " << e.what() << '\n';
      status = kInputProblem;
    }
  }
  return status;
}

int run_parse_number(const std::vector<std::string>& texts, Lang lang) {
  int status = kOk;
  for (const std::string& text : texts) {
    try {
      const auto n = govplan::DocumentNumber::parse(text);
      Fields f(std::cout);
      std::string canonical = n.to_string();
      if (n.is_draft()) canonical += std::string(" (") + tr(kDraft, lang) + ")";
      f.add(tr(kNumber, lang), canonical);
      f.add(tr(kOrdinal, lang), n.number().value_or(tr(kNone, lang)));
      f.add(tr(kYear, lang), n.year() ? std::to_string(*n.year()) : tr(kNone, lang));
      f.add(tr(kType, lang), type_text(n, lang));
      f.add(tr(kIssuer, lang), n.issuer_abbreviation());
      f.add(tr(kUnit, lang), n.unit_abbreviation().empty() ? tr(kNone, lang)
                                                           : n.unit_abbreviation());
      f.add(tr(kStyle, lang), std::string(govplan::to_string(n.style())));
      f.print();
    } catch (const govplan::Error& e) {
      std::cerr << "govplan: " << e.what() << '\n';
      status = kInputProblem;
    }
  }
  return status;
}

int run_check_date_line(const std::string& line, bool strict, Lang lang) {
  const std::vector<govplan::Finding> findings = govplan::check_place_date(line);
  if (findings.empty()) {
    std::cout << tr(kDecree30, lang) << ": " << tr(kConforms, lang) << '\n';
  } else {
    std::cout << tr(kFindings, lang) << " (" << findings.size() << "):\n";
    print_findings(std::cout, findings, lang, "  ");
  }
  return has_errors(findings, strict) ? kInputProblem : kOk;
}


std::string unit_label(govplan::TimeUnit u, Lang lang) {
  const bool en = lang == Lang::en;
  switch (u) {
    case govplan::TimeUnit::hours: return en ? "hours" : "giờ";
    case govplan::TimeUnit::days: return en ? "days" : "ngày";
    case govplan::TimeUnit::working_days: return en ? "working days" : "ngày làm việc";
    case govplan::TimeUnit::weeks: return en ? "weeks" : "tuần";
    case govplan::TimeUnit::months: return en ? "months" : "tháng";
    case govplan::TimeUnit::years: return en ? "years" : "năm";
  }
  return "";
}

std::string day_text(govplan::Date d, Lang lang) {
  return govplan::format_date(d, govplan::DateStyle::numeric) + " (" + weekday_label(d.weekday(), lang) + ")";
}

std::string status_mark(govplan::SourceStatus s) {
  if (s == govplan::SourceStatus::assumed) return " (*)";
  if (s == govplan::SourceStatus::proposed) return " (**)";
  return "";
}

std::string source_text(const govplan::LegalSource& s, Lang lang) {
  std::string out = s.document;
  if (s.date) out += (lang == Lang::en ? " of " : " ngày ") + govplan::format_date(*s.date, govplan::DateStyle::numeric);
  return out + status_mark(s.status);
}

// The calendar to use: the compiled-in schedules, merged with a JSON file if one is given.
govplan::WorkCalendar make_calendar(const std::string& sector, const std::string& schedules_path,
                                    bool include_proposed) {
  govplan::CalendarOptions options;
  options.sector = govplan::parse_sector(sector);
  options.include_proposed = include_proposed;
  if (schedules_path.empty()) {
    return govplan::WorkCalendar::vietnam(options, govplan::HolidaySchedules::builtin());
  }
  std::string text, error;
  if (!read_file(schedules_path, text, error)) {
    throw govplan::NotFound("cli.file", "a readable schedules file", schedules_path, {}, error);
  }
  try {
    return govplan::WorkCalendar::vietnam(
        options, govplan::HolidaySchedules::builtin().merged_with(govplan::parse_holiday_schedules(text)));
  } catch (const govplan::Error& e) {
    // Name the file in front of the located error.
    throw std::runtime_error(schedules_path + ": " + e.what());
  }
}


void print_day_rows(std::ostream& os, const std::vector<govplan::CalendarDay>& days, Lang lang) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back({tr(kDate, lang), tr(kWeekday, lang), tr(kKind, lang), tr(kName, lang), tr(kBasis, lang)});
  for (const auto& d : days) {
    rows.push_back({govplan::format_date(d.date, govplan::DateStyle::numeric), weekday_label(d.date.weekday(), lang),
                    std::string(govplan::day_kind_name(d.kind, lang)), d.name(lang), source_text(d.source, lang)});
  }
  std::vector<std::size_t> width(5, 0);
  for (const auto& r : rows) {
    for (std::size_t i = 0; i < r.size(); ++i) width[i] = std::max(width[i], display_width(r[i]));
  }
  for (const auto& r : rows) {
    os << "  ";
    for (std::size_t i = 0; i < r.size(); ++i) {
      os << r[i];
      if (i + 1 < r.size()) os << std::string(width[i] - display_width(r[i]) + 2, ' ');
    }
    os << '\n';
  }
}

int run_calendar(int year, const std::string& format, const std::string& sector,
                 const std::string& schedules, bool include_proposed, Lang lang) {
  const govplan::WorkCalendar cal = make_calendar(sector, schedules, include_proposed);
  const govplan::YearSummary s = cal.summarize(year);
  std::ostream& os = std::cout;
  if (format == "json") {
    os << govplan::to_json(s);
    return kOk;
  }
  if (format == "csv") {
    os << govplan::render::calendar_csv(s, lang);
    return kOk;
  }
  if (format == "ics") {
    os << govplan::render::calendar_ics(s, lang, today_utc());
    return kOk;
  }
  os << tr(kCalendarTitle, lang) << ' ' << year << " — "
     << tr(s.sector == govplan::Sector::civil_service ? kCivilService : kAllEmployees, lang) << '\n'
     << '(' << tr(kVerified, lang) << ' ' << govplan::format_date(s.verified_through, govplan::DateStyle::numeric)
     << ")\n\n";
  os << tr(kDaysOff, lang) << " (" << s.days_off.size() << "; " << s.weekdays_off << ' '
     << tr(kWeekdaysOff, lang) << "):\n";
  print_day_rows(os, s.days_off, lang);
  os << '\n' << tr(kWorkedWeekend, lang) << " (" << s.working_weekend_days.size() << "):\n";
  if (!s.working_weekend_days.empty()) print_day_rows(os, s.working_weekend_days, lang);
  os << '\n' << tr(kWorkingDaysByMonth, lang) << ":\n  ";
  for (int m = 1; m <= 12; ++m) {
    const std::string head = tr(kMonthShort, lang) + std::to_string(m);
    os << head << std::string(head.size() < 5 ? 5 - head.size() : 1, ' ');
  }
  os << tr(kTotal, lang) << "\n  ";
  for (int n : s.working_days_by_month) {
    const std::string v = std::to_string(n);
    os << v << std::string(5 - v.size(), ' ');
  }
  os << s.working_days << '\n';
  bool marked = false;
  for (const auto* list : {&s.days_off, &s.working_weekend_days}) {
    for (const auto& d : *list) {
      marked = marked || !status_mark(d.source.status).empty();
    }
  }
  if (marked) os << '\n' << tr(kAssumedNote, lang) << '\n';
  return kOk;
}

int run_deadline(const std::string& start_text, int amount, const std::string& unit_text,
                 const std::string& format, const std::string& sector, const std::string& schedules,
                 bool include_proposed, Lang lang) {
  const govplan::Date start = govplan::parse_date(start_text);
  const govplan::TimeUnit unit = govplan::parse_time_unit(unit_text);
  const govplan::WorkCalendar cal = make_calendar(sector, schedules, include_proposed);
  const govplan::TimeLimit t = govplan::time_limit(start, amount, unit, cal);
  if (format == "json") {
    std::cout << govplan::to_json(t);
    return kOk;
  }
  Fields f(std::cout);
  f.add(tr(kLimit, lang), std::to_string(amount) + ' ' + unit_label(unit, lang));
  f.add(tr(kStart, lang), day_text(t.start, lang));
  f.add(tr(kFirstCounted, lang), day_text(t.first_counted, lang));
  if (t.nominal_end != t.end) f.add(tr(kNominalEnd, lang), day_text(t.nominal_end, lang));
  f.add(tr(kEnd, lang), day_text(t.end, lang));
  f.print();
  std::cout << tr(kRulesApplied, lang) << ":\n";
  for (const auto& r : t.rules) {
    std::cout << "  - " << r.article << ": " << r.text(lang) << '\n';
  }
  return kOk;
}

int run_day(const std::vector<std::string>& texts, const std::string& sector, const std::string& schedules,
            bool include_proposed, Lang lang) {
  const govplan::WorkCalendar cal = make_calendar(sector, schedules, include_proposed);
  for (const std::string& text : texts) {
    const govplan::Date d = govplan::parse_date(text);
    const govplan::CalendarDay day = cal.describe(d);
    Fields f(std::cout);
    f.add(tr(kDate, lang), day_text(d, lang) + " — " + tr(day.is_working_day() ? kWorking : kNotWorking, lang));
    f.add(tr(kKind, lang), std::string(govplan::day_kind_name(day.kind, lang)));
    f.add(tr(kName, lang), day.name(lang));
    f.add(tr(kBasis, lang), source_text(day.source, lang) +
                                (day.source.issuer.empty() ? "" : " — " + day.source.issuer));
    if (!day.source.note.empty()) f.add(tr(kNote, lang), day.source.note);
    if (d >= govplan::lunar_year(govplan::lunar_min_year).new_year &&
        d <= govplan::lunar_year(govplan::lunar_max_year).last_day) {
      f.add(tr(kLunar, lang), govplan::LunarDate::from_date(d).format(lang));
    }
    f.print();
  }
  return kOk;
}

int run_lunar(const std::vector<std::string>& texts, bool to_solar, const std::string& reckoning, Lang lang) {
  const govplan::LunarReckoning r = govplan::parse_lunar_reckoning(reckoning);
  int status = kOk;
  for (const std::string& text : texts) {
    try {
      Fields f(std::cout);
      if (to_solar) {
        const govplan::LunarDate l = govplan::parse_lunar_date(text, r);
        f.add(tr(kLunar, lang), l.format(lang) + " (" + l.to_string() + ")");
        f.add(tr(kSolar, lang), day_text(l.to_date(), lang) + " — " + l.to_date().to_string());
      } else {
        const govplan::Date d = govplan::parse_date(text);
        const govplan::LunarDate l = govplan::LunarDate::from_date(d, r);
        const govplan::LunarYear y = govplan::lunar_year(l.year(), r);
        f.add(tr(kSolar, lang), day_text(d, lang) + " — " + d.to_string());
        f.add(tr(kLunar, lang), l.format(lang) + " (" + l.to_string() + ")");
        f.add(tr(kTet, lang) + std::string(" ") + std::to_string(l.year()), day_text(y.new_year, lang));
        f.add(tr(kLeapMonth, lang), y.leap_month == 0 ? std::string(tr(kNone, lang)) : std::to_string(y.leap_month));
      }
      f.print();
    } catch (const govplan::Error& e) {
      std::cerr << "govplan: " << e.what() << '\n';
      status = kInputProblem;
    }
  }
  return status;
}

// Reads a JSON document of type T with `load`, reporting an unreadable file or a located error
// (prefixed with the file's path) on stderr. Returns false on any problem.
template <typename T, typename Load>
bool load_document(const std::string& path, Load load, T& out, Lang lang) {
  std::string text, error;
  if (!read_file(path, text, error)) {
    std::cerr << "govplan: " << tr(kError, lang) << ": " << error << '\n';
    return false;
  }
  try {
    out = load(text);
  } catch (const govplan::Error& e) {
    std::cerr << "govplan: " << path << ": " << e.what() << '\n';
    return false;
  }
  return true;
}

int run_import(const std::string& path, const std::string& output, Lang lang) {
  std::string text, error;
  if (!read_file(path, text, error)) {
    std::cerr << "govplan: " << tr(kError, lang) << ": " << error << '\n';
    return kInputProblem;
  }
  govplan::ImportResult result;
  try {
    result = govplan::import_plan_text(text);
  } catch (const govplan::Error& e) {
    std::cerr << "govplan: " << path << ": " << e.what() << '\n';
    return kInputProblem;
  }
  // Diagnostics go to stderr, with their line and column in the text.
  for (const auto& d : result.diagnostics) {
    std::cerr << path << ':' << where(d.where(), lang) << ": [" << severity_label(d.severity(), lang) << "] "
              << d.code() << ": " << d.message(lang) << '\n';
  }
  const std::string json = govplan::dump_plan(result.plan);
  if (output.empty() || output == "-") {
    std::cout << json;
  } else {
    try {
      govplan::render::write_file_atomically(output, json);
    } catch (const std::exception& e) {
      std::cerr << "govplan: " << tr(kError, lang) << ": " << e.what() << '\n';
      return kInputProblem;
    }
  }
  return result.has_errors() ? kInputProblem : kOk;
}

int run_check(const std::string& path, const std::string& format, Lang lang) {
  govplan::Plan plan;
  if (!load_document(path, &govplan::load_plan, plan, lang)) return kInputProblem;
  const std::vector<govplan::Finding> findings = govplan::validate(plan);
  if (format == "json") {
    std::cout << govplan::to_json(findings);
  } else {
    std::cout << tr(kPlanLabel, lang) << ' ' << (plan.number ? plan.number->to_string() : "") << " — "
              << plan.issuer << " (" << plan.tasks.size() << ' ' << tr(plan.tasks.size() == 1 ? kTask : kTasks, lang) << ", "
              << plan.reporting.size() << ' ' << tr(plan.reporting.size() == 1 ? kReport : kReports, lang) << ")\n";
    if (findings.empty()) {
      std::cout << tr(kFindings, lang) << ": " << tr(kNoFindings, lang) << '\n';
    } else {
      std::cout << tr(kFindings, lang) << " (" << findings.size() << "):\n";
      for (const auto& f : findings) {
        std::cout << "  [" << severity_label(f.severity(), lang) << "] " << f.code() << " (" << f.subject()
                  << "): " << f.message(lang) << '\n';
      }
    }
  }
  return has_errors(findings, false) ? kInputProblem : kOk;
}

// A text cell for Markdown tables and CSV.
std::string md_cell(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}
std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

// Rows of cells as aligned columns (the last column is not padded), indented by two spaces.
void print_aligned(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> width;
  for (const auto& row : rows) {
    if (width.size() < row.size()) width.resize(row.size(), 0);
    for (std::size_t i = 0; i + 1 < row.size(); ++i) width[i] = std::max(width[i], display_width(row[i]));
  }
  for (const auto& row : rows) {
    std::cout << "  ";
    for (std::size_t i = 0; i < row.size(); ++i) {
      std::cout << row[i];
      if (i + 1 < row.size()) std::cout << std::string(width[i] - display_width(row[i]) + 2, ' ');
    }
    std::cout << '\n';
  }
}

int run_status(const std::string& plan_path, const std::string& events_path, const std::string& as_of_text,
               int horizon, const std::string& format, Lang lang) {
  govplan::Plan plan;
  if (!load_document(plan_path, &govplan::load_plan, plan, lang)) return kInputProblem;
  govplan::EventLog log;
  if (!events_path.empty() && !load_document(events_path, &govplan::load_events, log, lang)) {
    return kInputProblem;
  }
  const govplan::Date as_of = as_of_text.empty() ? today_utc() : govplan::parse_date(as_of_text);
  govplan::EvaluationOptions options;
  options.horizon = horizon;
  const govplan::Evaluation ev =
      govplan::evaluate(plan, log, govplan::WorkCalendar::vietnam(), as_of, options);
  auto due_text = [](const govplan::StatusRow& r) {
    return r.due ? govplan::format_date(*r.due, govplan::DateStyle::numeric) : std::string("—");
  };
  auto kind_text = [&](const govplan::StatusRow& r) {
    return std::string(tr(r.kind == govplan::RowKind::task ? kTaskKind : kReportKind, lang));
  };
  if (format == "json") {
    std::cout << govplan::to_json(ev);
  } else if (format == "csv") {
    std::cout << "id,kind,occurrence,status,due,done,working_days,reason\r\n";
    for (const auto& r : ev.rows) {
      std::cout << csv_cell(r.id) << ',' << govplan::to_string(r.kind) << ',' << r.occurrence << ','
                << govplan::to_string(r.status) << ',' << (r.due ? r.due->to_string() : "") << ','
                << (r.done ? r.done->to_string() : "") << ','
                << (r.working_days ? std::to_string(*r.working_days) : "") << ',' << csv_cell(r.reason(lang))
                << "\r\n";
    }
  } else if (format == "md") {
    std::cout << "| " << tr(kId, lang) << " | " << tr(kKind, lang) << " | " << tr(kStatus, lang) << " | "
              << tr(kDue, lang) << " | " << tr(kReason, lang) << " |\n|---|---|---|---|---|\n";
    for (const auto& r : ev.rows) {
      std::cout << "| " << md_cell(r.id) << " | " << kind_text(r) << " | "
                << govplan::status_name(r.status, lang) << " | " << due_text(r) << " | "
                << md_cell(r.reason(lang)) << " |\n";
    }
  } else {
    std::cout << tr(kStatusTitle, lang) << ' ' << govplan::format_date(as_of, govplan::DateStyle::numeric)
              << " — " << tr(kPlanLabel, lang) << ' ' << (plan.number ? plan.number->to_string() : "") << ", "
              << plan.issuer << '\n';
    std::vector<std::vector<std::string>> rows{{tr(kId, lang), tr(kKind, lang), tr(kStatus, lang), tr(kDue, lang), tr(kReason, lang)}};
    for (const auto& r : ev.rows) {
      rows.push_back({r.id + (r.occurrence > 0 ? "#" + std::to_string(r.occurrence + 1) : ""), kind_text(r),
                      std::string(govplan::status_name(r.status, lang)), due_text(r), r.reason(lang)});
    }
    print_aligned(rows);
    if (!ev.findings.empty()) {
      std::cout << tr(kFindings, lang) << " (" << ev.findings.size() << "):\n";
      for (const auto& f : ev.findings) {
        std::cout << "  [" << severity_label(f.severity(), lang) << "] " << f.code() << " (" << f.subject()
                  << "): " << f.message(lang) << '\n';
      }
    }
  }
  // Exit 1 when anything is overdue, missing or without evidence (so scripts can gate on it).
  return ev.has_problems() ? kInputProblem : kOk;
}

// govplan export: the evaluation as a file people use (iCalendar, CSV for Excel, Markdown, HTML),
// written atomically; "-o -" writes to standard output.
int run_export(const std::string& plan_path, const std::string& events_path, const std::string& as_of_text,
               const std::string& to, const std::string& output, Lang lang) {
  govplan::Plan plan;
  if (!load_document(plan_path, &govplan::load_plan, plan, lang)) return kInputProblem;
  govplan::EventLog log;
  if (!events_path.empty() && !load_document(events_path, &govplan::load_events, log, lang)) {
    return kInputProblem;
  }
  const govplan::Date today = today_utc();
  const govplan::Date as_of = as_of_text.empty() ? today : govplan::parse_date(as_of_text);
  const govplan::WorkCalendar calendar = govplan::WorkCalendar::vietnam();
  const govplan::Evaluation ev = govplan::evaluate(plan, log, calendar, as_of);
  std::string bytes;
  if (to == "ics") {
    bytes = govplan::render::evaluation_ics(plan, ev, calendar, lang, today);
  } else if (to == "csv") {
    bytes = govplan::render::evaluation_csv(ev, lang);
  } else if (to == "md") {
    bytes = govplan::render::evaluation_markdown(plan, ev, lang);
  } else {
    bytes = govplan::render::evaluation_html(plan, log, ev, calendar, lang);
  }
  if (output == "-") {
    std::cout << bytes;
    return kOk;
  }
  govplan::render::write_file_atomically(output, bytes);
  std::cout << tr(kWritten, lang) << ' ' << output << '\n';
  return kOk;
}

// "n/N plans evaluated" on stderr while a portfolio is evaluated, only when stderr is a terminal.
std::function<void(std::size_t, std::size_t)> terminal_progress(Lang lang) {
  if (::isatty(STDERR_FILENO) == 0) return {};
  return [lang, shown = std::size_t{0}](std::size_t done, std::size_t total) mutable {
    // About a hundred updates whatever the size.
    if (done != total && done < shown + std::max<std::size_t>(1, total / 100)) return;
    shown = done;
    std::cerr << '\r' << done << '/' << total << ' ' << tr(kProgressPlans, lang) << (done == total ? "\n" : "")
              << std::flush;
  };
}

std::string percent(const std::optional<double>& rate) {
  if (!rate) return "—";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f%%", *rate * 100.0);
  return buf;
}

int run_portfolio(const std::vector<std::string>& paths, const std::string& as_of_text, int horizon,
                  const std::string& format, const std::string& by_text, unsigned threads, Lang lang) {
  govplan::Portfolio portfolio;
  try {
    portfolio = govplan::load_portfolio(paths);
  } catch (const govplan::Error& e) {
    std::cerr << "govplan: " << e.what() << '\n';
    return kInputProblem;
  }
  const govplan::Date as_of = as_of_text.empty() ? today_utc() : govplan::parse_date(as_of_text);
  const govplan::RollUpBy by = govplan::parse_roll_up_by(by_text);
  govplan::EvaluationOptions options;
  options.horizon = horizon;
  const govplan::WorkCalendar calendar = govplan::WorkCalendar::vietnam();
  const govplan::PortfolioEvaluation ev =
      portfolio.evaluate(calendar, as_of, options, threads, terminal_progress(lang));
  auto plan_name = [&](std::size_t p) {
    const govplan::Plan& plan = portfolio.plan(p);
    return plan.issuer + (plan.number ? " " + plan.number->to_string() : std::string());
  };
  if (format == "json") {
    std::cout << govplan::to_json(ev, portfolio, calendar, true, 2, lang);
  } else if (format == "csv") {
    std::cout << "plan,issuer,id,kind,occurrence,status,tracker,due,done,working_days,responsible,reason\r\n";
    for (std::size_t p = 0; p < portfolio.size(); ++p) {
      for (const auto& r : ev.plan_detail(portfolio, calendar, p).rows) {
        const auto tracker = r.kind == govplan::RowKind::task ? govplan::tracker_class(r.status) : std::nullopt;
        std::cout << p << ',' << csv_cell(plan_name(p)) << ',' << csv_cell(r.id) << ',' << govplan::to_string(r.kind)
                  << ',' << r.occurrence << ',' << govplan::to_string(r.status) << ','
                  << (tracker ? govplan::to_string(*tracker) : "") << ',' << (r.due ? r.due->to_string() : "") << ','
                  << (r.done ? r.done->to_string() : "") << ','
                  << (r.working_days ? std::to_string(*r.working_days) : "") << ','
                  << csv_cell(r.responsible ? r.responsible->name : "") << ',' << csv_cell(r.reason(lang)) << "\r\n";
      }
    }
  } else {
    const bool md = format == "md";
    const std::vector<std::string> head{tr(kGroup, lang), tr(kTaskRows, lang), tr(kOnTime, lang), tr(kLate, lang),
                                        tr(kWithin, lang), tr(kOverdue, lang), tr(kCompletion, lang)};
    std::vector<std::vector<std::string>> table{head};
    auto add = [&](const govplan::RollUp& r) {
      using govplan::TrackerClass;
      table.push_back({r.label, std::to_string(r.task_rows), std::to_string(r.count(TrackerClass::done_on_time)),
                       std::to_string(r.count(TrackerClass::done_late)),
                       std::to_string(r.count(TrackerClass::within_deadline)),
                       std::to_string(r.count(TrackerClass::overdue)), percent(r.completion_rate())});
    };
    for (const auto& r : ev.roll_up(portfolio, by, lang)) add(r);
    govplan::RollUp total = ev.total();
    total.label = tr(kAll, lang);
    add(total);
    std::size_t gaps = 0;
    for (const auto& c : ev.cascade) gaps += c.covered() ? 0 : 1;
    const std::string title = std::string(tr(kPortfolioTitle, lang)) + ' ' +
                              govplan::format_date(as_of, govplan::DateStyle::numeric) + " — " +
                              std::to_string(portfolio.size()) + ' ' + tr(kPlans, lang) + ", " +
                              std::to_string(ev.rows.size()) + ' ' + tr(kRows, lang);
    if (md) {
      std::cout << "## " << title << "\n\n";
      for (std::size_t i = 0; i < table.size(); ++i) {
        std::cout << '|';
        for (const auto& cell : table[i]) std::cout << ' ' << md_cell(cell) << " |";
        std::cout << '\n';
        if (i == 0) std::cout << "|---|---:|---:|---:|---:|---:|---:|\n";
      }
      std::cout << "\n### " << tr(kCascade, lang) << "\n\n";
      for (const auto& c : ev.cascade) {
        std::cout << "- " << (c.covered() ? "✓ " : "✗ ") << plan_name(c.upstream_plan) << ' ' << c.upstream_task
                  << " → " << md_cell(plan_name(c.downstream_plan)) << ": "
                  << (c.covered() ? c.downstream_tasks.front() : std::string(tr(kGap, lang))) << '\n';
      }
    } else {
      const Label& by_label = by == govplan::RollUpBy::plan   ? kByPlan
                              : by == govplan::RollUpBy::body ? kByBody
                              : by == govplan::RollUpBy::role ? kByRole
                                                              : kByLevel;
      std::cout << title << '\n' << tr(kRollUpBy, lang) << ' ' << tr(by_label, lang) << ":\n";
      print_aligned(table);
      std::cout << tr(kCascade, lang) << " (" << ev.cascade.size() - gaps << '/' << ev.cascade.size() << ' '
                << tr(kCovered, lang) << "):\n";
      for (const auto& c : ev.cascade) {
        std::string how;
        if (c.match == govplan::CascadeMatch::content) how = " (" + std::string(tr(kByContent, lang)) + ")";
        std::string carried;
        for (const auto& t : c.downstream_tasks) carried += (carried.empty() ? "" : ", ") + t;
        std::cout << "  " << (c.covered() ? "✓ " : "✗ ") << plan_name(c.upstream_plan) << ' ' << c.upstream_task
                  << " → " << plan_name(c.downstream_plan) << ": "
                  << (c.covered() ? carried + how : std::string(tr(kGap, lang))) << '\n';
      }
      std::size_t shown = 0;
      for (const auto& f : ev.findings) shown += f.finding.severity() == govplan::Severity::info ? 0 : 1;
      if (shown > 0) {
        std::cout << tr(kFindings, lang) << " (" << shown << "):\n";
        for (const auto& f : ev.findings) {
          if (f.finding.severity() == govplan::Severity::info) continue;
          std::cout << "  [" << severity_label(f.finding.severity(), lang) << "] "
                    << (f.plan ? plan_name(*f.plan) + ": " : std::string()) << f.finding.code() << " ("
                    << f.finding.subject() << "): " << f.finding.message(lang) << '\n';
        }
      }
    }
  }
  // Exit 1 when a row is overdue, missing or without evidence, or the cascade has a gap.
  return ev.has_problems() ? kInputProblem : kOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"govplan — Vietnamese government plans: tasks, deadlines and reports.\n"
               "Kế hoạch của cơ quan nhà nước: nhiệm vụ, thời hạn và báo cáo.",
               "govplan"};
  app.set_version_flag("--version", std::string("govplan ") + govplan::version_string);
  app.require_subcommand(1);
  app.fallthrough();
  std::string lang_text = "vi";
  app.add_option("--lang", lang_text, "Language of the output: vi (default) or en")
      ->check(CLI::IsMember({"vi", "en"}));

  std::string inspect_path;
  auto* inspect = app.add_subcommand(
      "inspect", "Read a document's text: its number, place-and-date line (with the Decree 30 "
                 "check) and the documents it cites");
  inspect->add_option("file", inspect_path, "A plan's text, UTF-8")->required();

  std::vector<std::string> dates;
  auto* parse_date = app.add_subcommand(
      "parse-date", "Read dates as documents write them (26/02/2024, ngày 26 tháng 02 năm 2024)");
  parse_date->add_option("text", dates, "One or more dates")->required();

  std::string import_path, import_output;
  auto* import_cmd = app.add_subcommand(
      "import", "Read a plan's text (converted from Word or PDF) into govplan/1 JSON; diagnostics (every "
                "sentence that could not be placed, with its line) go to stderr; exit 1 on an error-level one");
  import_cmd->add_option("file", import_path, "The plan's text, UTF-8")->required();
  import_cmd->add_option("-o,--output", import_output, "Where to write the JSON (default: standard output)");

  std::vector<std::string> phrases;
  int phrase_year = 0;
  std::string phrase_format = "table";
  auto* parse_timeframe = app.add_subcommand(
      "parse-timeframe", "Read timeframe phrases as plans write them (Quý II/2024, Trước ngày 15/11/2024, "
                         "Thường xuyên); exit 1 if one cannot be read");
  parse_timeframe->add_option("text", phrases, "One or more phrases")->required();
  parse_timeframe->add_option("--year", phrase_year, "The document's year, for phrases without one (default: this year)")
      ->check(CLI::Range(1995, 2199));
  parse_timeframe->add_option("--format", phrase_format, "table (default) or json")
      ->check(CLI::IsMember({"table", "json"}));

  std::vector<std::string> numbers;
  auto* parse_number = app.add_subcommand(
      "parse-number", "Read document numbers and symbols (43/KH-UBND, 09/2019/NĐ-CP, 06-CTr/TU)");
  parse_number->add_option("text", numbers, "One or more numbers")->required();

  std::string date_line;
  bool strict = false;
  auto* check_line = app.add_subcommand(
      "check-date-line", "Check a place-and-date line against Decree 30/2020/NĐ-CP");
  check_line->add_option("line", date_line, "The line, e.g. \"Hà Nội, ngày 05 tháng 01 năm 2020\"")
      ->required();
  check_line->add_flag("--strict", strict, "Exit 1 on warnings too, not only on errors");

  // Options shared by the calendar verbs.
  std::string sector = "civil_service";
  std::string schedules_path;
  bool include_proposed = false;
  auto calendar_options = [&](CLI::App* sub) {
    sub->add_option("--sector", sector, "civil_service (default) or all_employees")
        ->check(CLI::IsMember({"civil_service", "all_employees"}));
    sub->add_option("--schedules", schedules_path,
                    "A govplan-holidays/1 JSON file of announced schedules to add to the built-in ones");
    sub->add_flag("--include-proposed", include_proposed,
                  "Also apply proposed (not yet decided) days off");
  };

  int year = 0;
  std::string calendar_format = "table";
  auto* calendar = app.add_subcommand(
      "calendar", "A year's holidays, days off, make-up working days and working days per month, "
                  "each with its source");
  calendar->add_option("year", year, "The year, 1995–2199")->required()->check(CLI::Range(1995, 2199));
  calendar->add_option("--format", calendar_format, "table (default), json, csv or ics")
      ->check(CLI::IsMember({"table", "json", "csv", "ics"}));
  calendar_options(calendar);

  std::string deadline_start;
  int deadline_amount = 0;
  std::string deadline_unit = "days";
  std::string deadline_format = "table";
  auto* deadline = app.add_subcommand(
      "deadline", "The end of a time limit counted as the Civil Code 2015 counts it (Arts. 147–148), "
                  "with the rules applied");
  deadline->add_option("start", deadline_start, "The day of the event, e.g. 2024-04-26 or 26/04/2024")
      ->required();
  deadline->add_option("--add", deadline_amount, "The length of the limit")->required()
      ->check(CLI::NonNegativeNumber);
  deadline->add_option("--unit", deadline_unit, "days (default), working-days, weeks, months or years")
      ->check(CLI::IsMember({"days", "working-days", "working_days", "weeks", "months", "years"}));
  deadline->add_option("--format", deadline_format, "table (default) or json")
      ->check(CLI::IsMember({"table", "json"}));
  calendar_options(deadline);

  std::vector<std::string> day_dates;
  auto* day = app.add_subcommand("day", "Whether days are working days, and why");
  day->add_option("date", day_dates, "One or more days")->required();
  calendar_options(day);

  std::vector<std::string> lunar_texts;
  bool to_solar = false;
  std::string reckoning = "vietnam";
  auto* lunar = app.add_subcommand("lunar", "Convert solar dates to the Vietnamese lunar calendar, or back");
  lunar->add_option("date", lunar_texts, "Solar dates, or lunar dates YYYY-MM-DD / YYYY-MML-DD with --to-solar")
      ->required();
  lunar->add_flag("--to-solar", to_solar, "Read lunar dates and print the solar day");
  lunar->add_option("--reckoning", reckoning, "vietnam (UTC+7, default), vietnam_historical or china (UTC+8)")
      ->check(CLI::IsMember({"vietnam", "vietnam_historical", "china"}));

  std::string check_path;
  std::string check_format = "table";
  auto* check = app.add_subcommand(
      "check", "Read a plan (govplan/1 JSON) and print its findings; exit 1 if any is an error");
  check->add_option("plan", check_path, "The plan's JSON file")->required();
  check->add_option("--format", check_format, "table (default) or json")
      ->check(CLI::IsMember({"table", "json"}));

  std::vector<std::string> portfolio_paths;
  std::string portfolio_as_of, portfolio_format = "table", portfolio_by = "plan";
  int portfolio_horizon = 5;
  unsigned portfolio_threads = 0;
  auto* portfolio = app.add_subcommand(
      "portfolio", "Many plans at once: statuses rolled up by plan, body, role or level, and the cascade "
                   "from upper to lower plans. Exit 1 when anything is overdue or missing or a task "
                   "assigned downstream is not carried out");
  portfolio->add_option("paths", portfolio_paths,
                        "Plan files, event logs (NAME.events.json next to NAME.json) and directories of them")
      ->required();
  portfolio->add_option("--as-of", portfolio_as_of, "The day to evaluate on (default: today in Vietnam)");
  portfolio->add_option("--horizon", portfolio_horizon, "Working days ahead that count as due soon (default 5)")
      ->check(CLI::Range(0, 365));
  portfolio->add_option("--format", portfolio_format, "table (default), json, csv or md")
      ->check(CLI::IsMember({"table", "json", "csv", "md"}));
  portfolio->add_option("--by", portfolio_by, "Roll up by plan (default), body, role or level")
      ->check(CLI::IsMember({"plan", "body", "role", "level"}));
  portfolio->add_option("--threads", portfolio_threads, "Threads to evaluate on (default 0: one per core)");

  std::string status_plan, status_events, status_as_of, status_format = "table";
  int status_horizon = 5;
  auto* status = app.add_subcommand(
      "status", "What is done, late, due or waiting, task by task and report by report, as of a day; "
                "exit 1 if anything is overdue, missing or without evidence");
  status->add_option("plan", status_plan, "The plan's JSON file")->required();
  status->add_option("--events", status_events, "The plan's event log (JSON)");
  status->add_option("--as-of", status_as_of, "The day to evaluate on (default: today)");
  status->add_option("--horizon", status_horizon, "Working days ahead that count as due soon (default 5)")
      ->check(CLI::Range(0, 365));
  status->add_option("--format", status_format, "table (default), json, csv or md")
      ->check(CLI::IsMember({"table", "json", "csv", "md"}));

  std::string export_plan, export_events, export_as_of, export_to, export_output;
  auto* export_cmd = app.add_subcommand(
      "export", "The status as a file people use: iCalendar to-dos and days off (ics), CSV for Excel (csv), "
                "a Markdown report (md) or one self-contained HTML page with a timeline (html)");
  export_cmd->add_option("plan", export_plan, "The plan's JSON file")->required();
  export_cmd->add_option("--events", export_events, "The plan's event log (JSON)");
  export_cmd->add_option("--as-of", export_as_of, "The day to evaluate on (default: today in Vietnam)");
  export_cmd->add_option("--to", export_to, "ics, csv, md or html")
      ->required()
      ->check(CLI::IsMember({"ics", "csv", "md", "html"}));
  export_cmd->add_option("-o,--output", export_output, "The file to write (atomically); - for standard output")
      ->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsage;
  }

  const Lang lang = govplan::parse_lang(lang_text);
  try {
    if (*inspect) return run_inspect(inspect_path, lang);
    if (*import_cmd) return run_import(import_path, import_output, lang);
    if (*parse_date) return run_parse_date(dates, lang);
    if (*parse_timeframe) return run_parse_timeframe(phrases, phrase_year, phrase_format, lang);
    if (*parse_number) return run_parse_number(numbers, lang);
    if (*check_line) return run_check_date_line(date_line, strict, lang);
    if (*calendar) {
      return run_calendar(year, calendar_format, sector, schedules_path, include_proposed, lang);
    }
    if (*deadline) {
      return run_deadline(deadline_start, deadline_amount, deadline_unit, deadline_format, sector,
                          schedules_path, include_proposed, lang);
    }
    if (*day) return run_day(day_dates, sector, schedules_path, include_proposed, lang);
    if (*lunar) return run_lunar(lunar_texts, to_solar, reckoning, lang);
    if (*check) return run_check(check_path, check_format, lang);
    if (*portfolio) {
      return run_portfolio(portfolio_paths, portfolio_as_of, portfolio_horizon, portfolio_format, portfolio_by,
                           portfolio_threads, lang);
    }
    if (*status) {
      return run_status(status_plan, status_events, status_as_of, status_horizon, status_format, lang);
    }
    if (*export_cmd) {
      return run_export(export_plan, export_events, export_as_of, export_to, export_output, lang);
    }
  } catch (const govplan::Error& e) {
    std::cerr << "govplan: " << e.what() << '\n';
    return kInputProblem;
  } catch (const std::exception& e) {
    // Anything else is still a problem reported, never a crash.
    std::cerr << "govplan: " << e.what() << '\n';
    return kInputProblem;
  }
  return kUsage;
}
