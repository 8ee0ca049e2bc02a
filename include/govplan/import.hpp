// govplan/import.hpp — reading real Vietnamese plan text into the model.
//
// Plans arrive as text converted from Word or PDF. The importer reads what it can and reports the
// rest: every sentence lands in the plan or in a diagnostic with its line, and nothing is dropped
// silently. The parsers never guess: a phrase they cannot read is kept verbatim (an `unparsed`
// timeframe, a diagnostic) rather than approximated.
//
// This header belongs to the text-import layer (library govplan::import, which uses ICU).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "govplan/date.hpp"
#include "govplan/document.hpp"
#include "govplan/finding.hpp"
#include "govplan/plan.hpp"
#include "govplan/timeframe.hpp"

namespace govplan {

/// What a phrase is read against: relative phrases ("hằng năm", "quý II", "6 tháng cuối năm")
/// take the document's year; `plan_window` bounds "thường xuyên" and other open phrases.
struct PhraseContext {
  int year = 0;                         ///< the year of the document (required, 1995–2199)
  std::optional<Date> document_date;    ///< the day it was issued, if known
  std::optional<DateRange> plan_window; ///< the plan's own period, if known
};

/// Reads a timeframe phrase as plans write it ("Quý II/2024", "Trước ngày 15/11/2024", "Thường
/// xuyên", "Sau khi có hướng dẫn của Sở Tư pháp", "Hằng tháng, trước ngày 20", "Theo kế hoạch của
/// UBND tỉnh"). The result keeps `text` verbatim. A phrase it cannot read is an `unparsed`
/// timeframe whose diagnostic says why; it never throws for text it does not understand (only for
/// invalid UTF-8 or a context year out of range: ParseError / ValidationError).
Timeframe parse_timeframe(std::string_view text, const PhraseContext& context);

/// A citation found in a text, with where it was found.
struct ReferenceMatch {
  DocumentRef reference;
  std::size_t offset = 0;   ///< byte offset of the citation's first byte
  std::size_t length = 0;   ///< bytes
  std::string text;         ///< the citation as written
  bool operator==(const ReferenceMatch&) const = default;
};

/// Every citation of a document in `text`, in text order: "Kế hoạch số 43/KH-UBND ngày 26/02/2024
/// của UBND thành phố", "Quyết định số 407/QĐ-TTg ngày 30 tháng 3 năm 2022 của Thủ tướng Chính
/// phủ", "Nghị định số 09/2019/NĐ-CP", "Luật Phổ biến, giáo dục pháp luật số 80/2015/QH13", Party
/// documents ("Chương trình số 06-CTr/TU"), names broken over lines, lists sharing one prefix
/// ("các Quyết định số 01/QĐ-UBND, 02/QĐ-UBND"). Throws ParseError only for invalid UTF-8.
///
/// Words match whatever their case, NFC or NFD, and tone-mark placement ("Uỷ"/"Ủy"). The type is
/// the type word's ("văn bản" is a công văn unless the symbol names a type); the number is read by
/// DocumentNumber::parse, after mending a symbol that lost the hyphen after the type
/// ("832/QĐUBND" in a Quyết định reads "832/QĐ-UBND"); the date and the issuer follow in either
/// order, the issuer ending before the description of the document ("… của Chính phủ quy định
/// …"). A law is cited by its title (DocumentRef::title) followed by a number, a date or "năm
/// 2013". When no issuer is written after the citation, one the law fixes is given: Quốc hội for
/// laws and codes, its Standing Committee for ordinances, Chính phủ for a symbol "CP", Thủ tướng
/// Chính phủ for "TTg" (Law 80/2015/QH13, Art. 4); failing that, the proposer named before it
/// ("Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 148/TTr-STP …": Giám đốc Sở Tư pháp),
/// as a decision's "Theo đề nghị của …" line names who proposed it and where (the citation's
/// `text` stays the citation alone). A document's own "Số:" line is not a citation, nor is a
/// citation whose number cannot be read ("34/201/NQ-HĐND"). `text` of each match is the citation
/// as written (line breaks included); names in the reference are in NFC with single spaces.
std::vector<ReferenceMatch> find_references(std::string_view text);

/// Reads a reporting sentence ("Báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Tư pháp) trước
/// ngày 15/11/2024", "định kỳ 6 tháng, hằng năm báo cáo ...", "lồng ghép trong báo cáo công tác
/// PBGDPL") into a duty: recipient, intermediary, cadence, due rules, the report it is folded
/// into. Returns nullopt when the sentence states no duty to report.
///
/// The recipient is the body after the reporting verb or after "về", "đến", "cho", "với"; several
/// are one `group` party named as written ("A, B và C"), an official's title an `official`. The
/// intermediary follows "qua". A purpose clause that hands the report on ("… để tổng hợp, báo
/// cáo Bộ Tư pháp") is the recipient's duty and is not read. The cadence is the most frequent
/// periodic one named ("định kỳ 6 tháng và hàng năm" is half-yearly), else ad hoc ("đột xuất",
/// "nếu có", "khi có yêu cầu"), else once; dates for each period are one day rule ("trước ngày
/// 15/6 và 15/12 hằng năm" is half-yearly, day 15 of each half's last month). A day and month
/// without a year in a single report fall in `context.year`. A duty folded into a stream
/// ("lồng ghép trong báo cáo …") has `integrated_into` and no cadence or due of its own (dates the
/// sentence gives are the stream's); a stream on legal dissemination or judicial work follows
/// Circular 12/2019/TT-BTP (six-monthly); a stream whose cadence nothing gives is ad hoc.
///
/// A time after an event the sentence names ("chậm nhất sau 15 ngày kể từ khi kết thúc thiên
/// tai", "trong thời hạn 05 ngày làm việc kể từ ngày nhận được yêu cầu") is a
/// ReportDue::after_event keeping the event as written; a duty that reports on each episode of
/// that event ("mỗi lần", "mỗi đợt", "báo cáo … đợt thiên tai … kể từ khi kết thúc thiên tai") is
/// ad hoc. A day of a month of the next year in a yearly duty ("trước ngày 15 tháng 02 của năm
/// liền kề sau năm đánh giá") is a day rule on a month after the year (month_of_period 14); one of
/// the year before ("năm trước", "năm liền kề trước") is a day rule on a month before it
/// (months_before_period). A due phrase a ReportDue cannot say (working days after the period's
/// end) is left out of `due`; the sentence stays in `text`. Throws ParseError for invalid UTF-8
/// and ValidationError for a context year outside 1995–2199.
std::optional<ReportingObligation> parse_reporting_duty(std::string_view text,
                                                        const PhraseContext& context);

/// The result of importing a plan's text: the plan and everything the importer has to say.
/// Diagnostics are Findings with `where` = line:column in the input and codes under "import."
/// (import.unplaced_text, import.timeframe.unparsed, import.header.*, …). A sentence that could
/// not be placed in the plan is quoted in its diagnostic.
struct ImportResult {
  Plan plan;
  std::vector<Finding> diagnostics;
  /// True when a diagnostic has severity error.
  bool has_errors() const noexcept;
};

/// Reads a whole plan: header (issuing body and its parent, "Số:", the place-and-date line),
/// document type and title, legal basis ("Căn cứ …", "Thực hiện …"), sections and items, task
/// fields and task tables, reporting duties, funding, "Nơi nhận:" and the signature block. Throws
/// ParseError only for input that is not UTF-8 text; everything else becomes diagnostics.
///
/// Text converted from Word or PDF is put back together first: lines broken by the converter or
/// by a page break in mid-sentence are joined ("Đề\n\nán", "Thừa\nThiên Huế, ngày …"), table cells
/// ("|") are read one by one, and a table whose header names the content and the lead or the time
/// ("STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian | Sản phẩm") is read row by
/// row into tasks. Roman numerals give sections ("II"), numbered and lettered items their parts
/// ("II.1", "II.1.a"); an item followed by task fields ("- Công chức thực hiện: …", "- Cơ quan chủ
/// trì: …", "- Thời gian thực hiện: …", "- Sản phẩm: …") is a task, any other a section with its
/// text. In the section on implementation ("TỔ CHỨC THỰC HIỆN"), a paragraph about money is
/// funding and a sentence that states a duty to report a reporting obligation (parse_reporting_duty;
/// its reporter, if the sentence names none, is the subject of the paragraph).
///
/// When the header lacks a part, the sentence that issues the plan ("UBND phường ban hành Kế hoạch
/// … như sau:") gives the issuer, type and title, and a warning says so; an issuer named by its
/// unit alone ("UBND phường") is completed with the place of the date line when the text names
/// them together ("phường Chánh Lộ"), as a local body writes the name of its unit as its place
/// (Decree 30/2020/NĐ-CP, App. I §II.4.a). What the model has no field for — the national title,
/// the parent body, the sentence of issuance, abbreviations the text defines, responsibilities that
/// are not tasks, the closing sentence — is quoted in an info or warning diagnostic; text the
/// importer could not place at all is an `import.unplaced_text` warning. A missing issuer or title
/// is an error (`import.header.issuer_missing`, `import.header.title_missing`). Diagnostics come in
/// the order of the text.
///
///   auto r = govplan::import_plan_text(text);
///   r.plan.tasks[1].timeframe.kind();   // TimeframeKind::upstream_schedule (the seed plan)
///   for (const auto& d : r.diagnostics) std::cerr << d.where().to_string() << ' ' << d.code();
ImportResult import_plan_text(std::string_view text);

}  // namespace govplan
