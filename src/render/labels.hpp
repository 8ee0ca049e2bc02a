// The renderers' labels: one table of Vietnamese/English pairs, indexed by Text. Status names are
// not repeated here: they come from status_name() (compliance.hpp), the library's own table.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "govplan/lang.hpp"

namespace govplan::render::detail {

enum class Text : std::uint8_t {
  // identity
  draft_no_number, no_number, date_day, date_month, date_year, by_issuer, signed_by,
  // headings
  plan_window, as_of, summary, by_colour, by_status, details, timeline, events, findings, days_off,
  legend, sort_hint, made_with, implements, no_rows, no_events, no_findings, all_rows, calendar_name,
  // table columns
  col_id, col_occurrence, col_kind, col_content, col_responsible, col_timeframe, col_period, col_due,
  col_done, col_working_days, col_status, col_reason, col_count, col_group, col_date, col_event,
  col_name, col_severity, col_code,
  // row kinds and parts of a description
  kind_task, kind_report, lead, coordinators, with_coordinators, timeframe, reporter, recipient, via, folded_into,
  period, due, done, status, reason, occurrence, content, cadence_stream,
  // timeframe kinds
  tf_regular, tf_due, tf_within, tf_recurring, tf_upstream_schedule, tf_after_event, tf_on_request,
  tf_composite, tf_unparsed,
  // event kinds and trigger kinds
  ev_trigger, ev_schedule_announced, ev_task_progress, ev_task_completed, ev_report_submitted,
  ev_plan_amended, ev_plan_cancelled, tr_guidance, tr_approval, tr_issuance, tr_request, tr_other,
  // colours (Tone)
  tone_done_on_time, tone_in_progress, tone_done_late, tone_overdue, tone_waiting,
  // the timeline's legend
  lg_window, lg_window_waiting, lg_period, lg_due, lg_done, lg_tick, lg_day_off, lg_as_of,
  // severities
  sev_info, sev_warning, sev_error,
  // months (axis ticks)
  m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12,
  count_
};

struct Label {
  Text key;
  std::string_view vi, en;
};

inline constexpr std::array<Label, static_cast<std::size_t>(Text::count_)> labels{{
    {Text::draft_no_number, "dự thảo, chưa có số", "draft, not yet numbered"},
    {Text::no_number, "chưa có số", "no number"},
    {Text::date_day, "ngày", "of"},
    {Text::date_month, "tháng", "of"},
    {Text::date_year, "năm", "of"},
    {Text::by_issuer, "của", "by"},
    {Text::signed_by, "Người ký", "Signed by"},
    {Text::plan_window, "Thời gian thực hiện", "Plan period"},
    {Text::as_of, "Tình hình thực hiện đến ngày", "Status as of"},
    {Text::summary, "Tổng hợp", "Summary"},
    {Text::by_colour, "Theo nhóm", "By colour"},
    {Text::by_status, "Theo tình trạng", "By status"},
    {Text::details, "Chi tiết từng nhiệm vụ, kỳ báo cáo", "Every task occurrence and report"},
    {Text::timeline, "Tiến độ theo thời gian", "Timeline"},
    {Text::events, "Sự kiện đã ghi nhận", "Events recorded"},
    {Text::findings, "Nhận xét về kế hoạch", "Findings on the plan"},
    {Text::days_off, "Ngày nghỉ trong thời gian thực hiện", "Days off in the plan period"},
    {Text::legend, "Chú giải", "Legend"},
    {Text::sort_hint, "Bấm vào tiêu đề cột để sắp xếp.", "Click a column heading to sort."},
    {Text::made_with, "Lập bằng govplan", "Made with govplan"},
    {Text::implements, "Thực hiện", "Implements"},
    {Text::no_rows, "Kế hoạch không có nhiệm vụ hay báo cáo nào.", "The plan has no tasks or reports."},
    {Text::no_events, "Chưa ghi nhận sự kiện nào.", "No events recorded."},
    {Text::no_findings, "Không có nhận xét.", "No findings."},
    {Text::all_rows, "Tổng số", "Total"},
    {Text::calendar_name, "Tình hình thực hiện", "Status of"},
    {Text::col_id, "Mã", "Id"},
    {Text::col_occurrence, "Lần", "No."},
    {Text::col_kind, "Loại", "Kind"},
    {Text::col_content, "Nội dung", "Content"},
    {Text::col_responsible, "Đơn vị, người thực hiện", "Responsible"},
    {Text::col_timeframe, "Thời hạn theo kế hoạch", "Timeframe as written"},
    {Text::col_period, "Kỳ", "Period"},
    {Text::col_due, "Hạn", "Due"},
    {Text::col_done, "Hoàn thành", "Done"},
    {Text::col_working_days, "Ngày làm việc còn lại (+), trễ (−)", "Working days left (+) or late (−)"},
    {Text::col_status, "Tình trạng", "Status"},
    {Text::col_reason, "Lý do", "Reason"},
    {Text::col_count, "Số lượng", "Count"},
    {Text::col_group, "Nhóm", "Group"},
    {Text::col_date, "Ngày", "Date"},
    {Text::col_event, "Sự kiện", "Event"},
    {Text::col_name, "Tên", "Name"},
    {Text::col_severity, "Mức độ", "Severity"},
    {Text::col_code, "Mã nhận xét", "Code"},
    {Text::kind_task, "Nhiệm vụ", "Task"},
    {Text::kind_report, "Báo cáo", "Report"},
    {Text::lead, "Chủ trì", "Lead"},
    {Text::coordinators, "Phối hợp", "Coordinators"},
    {Text::with_coordinators, "phối hợp", "with"},
    {Text::timeframe, "Thời hạn", "Timeframe"},
    {Text::reporter, "Đơn vị, người báo cáo", "Reporter"},
    {Text::recipient, "Nơi nhận", "Recipient"},
    {Text::via, "qua", "via"},
    {Text::folded_into, "Lồng ghép trong", "Folded into"},
    {Text::period, "Kỳ", "Period"},
    {Text::due, "Hạn", "Due"},
    {Text::done, "Hoàn thành ngày", "Done on"},
    {Text::status, "Tình trạng", "Status"},
    {Text::reason, "Lý do", "Reason"},
    {Text::occurrence, "lần", "occurrence"},
    {Text::content, "Nội dung", "Content"},
    {Text::cadence_stream, "Báo cáo định kỳ", "Periodic report"},
    {Text::tf_regular, "thường xuyên", "regular"},
    {Text::tf_due, "có hạn cụ thể", "fixed date"},
    {Text::tf_within, "trong kỳ", "within a period"},
    {Text::tf_recurring, "định kỳ", "recurring"},
    {Text::tf_upstream_schedule, "theo lịch cơ quan khác", "upstream schedule"},
    {Text::tf_after_event, "sau sự kiện", "after an event"},
    {Text::tf_on_request, "khi có yêu cầu", "on request"},
    {Text::tf_composite, "nhiều mốc", "several clauses"},
    {Text::tf_unparsed, "chưa đọc được", "unparsed"},
    {Text::ev_trigger, "Sự kiện khởi động", "Trigger"},
    {Text::ev_schedule_announced, "Công bố lịch", "Schedule announced"},
    {Text::ev_task_progress, "Tiến độ", "Progress"},
    {Text::ev_task_completed, "Hoàn thành", "Completed"},
    {Text::ev_report_submitted, "Gửi báo cáo", "Report sent"},
    {Text::ev_plan_amended, "Sửa đổi kế hoạch", "Plan amended"},
    {Text::ev_plan_cancelled, "Hủy kế hoạch", "Plan cancelled"},
    {Text::tr_guidance, "có hướng dẫn", "guidance issued"},
    {Text::tr_approval, "được phê duyệt", "approved"},
    {Text::tr_issuance, "văn bản được ban hành", "document issued"},
    {Text::tr_request, "có yêu cầu", "request received"},
    {Text::tr_other, "sự kiện khác", "other event"},
    {Text::tone_done_on_time, "Hoàn thành đúng hạn", "Done on time"},
    {Text::tone_in_progress, "Đang thực hiện, trong hạn", "In progress"},
    {Text::tone_done_late, "Hoàn thành quá hạn", "Done late"},
    {Text::tone_overdue, "Quá hạn, chưa hoàn thành", "Overdue"},
    {Text::tone_waiting, "Chưa bắt đầu, chờ", "Not started / waiting"},
    {Text::lg_window, "khoảng thời gian thực hiện", "window of the timeframe"},
    {Text::lg_window_waiting, "chờ sự kiện hoặc lịch của cơ quan khác", "waiting on another body's event or schedule"},
    {Text::lg_period, "kỳ của một lần thực hiện, kỳ báo cáo (màu theo tình trạng)", "period of an occurrence or a report (coloured by status)"},
    {Text::lg_due, "hạn", "due date"},
    {Text::lg_done, "ngày hoàn thành, ngày gửi", "done or sent"},
    {Text::lg_tick, "tiến độ, sự kiện", "progress, event"},
    {Text::lg_day_off, "ngày nghỉ lễ, Tết, nghỉ bù", "public holiday, Tết, day off in lieu"},
    {Text::lg_as_of, "ngày đánh giá", "day of the evaluation"},
    {Text::sev_info, "thông tin", "info"},
    {Text::sev_warning, "cảnh báo", "warning"},
    {Text::sev_error, "lỗi", "error"},
    {Text::m1, "T1", "Jan"},
    {Text::m2, "T2", "Feb"},
    {Text::m3, "T3", "Mar"},
    {Text::m4, "T4", "Apr"},
    {Text::m5, "T5", "May"},
    {Text::m6, "T6", "Jun"},
    {Text::m7, "T7", "Jul"},
    {Text::m8, "T8", "Aug"},
    {Text::m9, "T9", "Sep"},
    {Text::m10, "T10", "Oct"},
    {Text::m11, "T11", "Nov"},
    {Text::m12, "T12", "Dec"},
}};

constexpr bool labels_in_order() {
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (static_cast<std::size_t>(labels[i].key) != i || labels[i].vi.empty() || labels[i].en.empty()) {
      return false;
    }
  }
  return true;
}
static_assert(labels_in_order(), "every Text has one row, in enumeration order, in both languages");

/// The label `key` in `lang`.
constexpr std::string_view text(Text key, Lang lang) noexcept {
  const Label& l = labels[static_cast<std::size_t>(key)];
  return lang == Lang::en ? l.en : l.vi;
}

constexpr Text offset(Text first, std::size_t by) noexcept {
  return static_cast<Text>(static_cast<std::size_t>(first) + by);
}

}  // namespace govplan::render::detail
