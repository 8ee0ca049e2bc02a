// Tests of govplan::parse_reporting_duty (govplan/import.hpp): recipient, intermediary, cadence,
// due rules and the report stream a duty is folded into, from the sentences plans and statutes
// write.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "govplan/calendar.hpp"
#include "govplan/date.hpp"
#include "govplan/error.hpp"
#include "govplan/import.hpp"
#include "govplan/json.hpp"
#include "govplan/plan.hpp"
#include "support.hpp"

using govplan::Cadence;
using govplan::CutoffPolicy;
using govplan::Date;
using govplan::DateRange;
using govplan::DayRule;
using govplan::DueRelation;
using govplan::PartyKind;
using govplan::ReportingObligation;

namespace {

const govplan::PhraseContext k2024{2024, std::nullopt, std::nullopt};

ReportingObligation duty(const std::string& text,
                         const govplan::PhraseContext& context = k2024) {
  const std::optional<ReportingObligation> ob = govplan::parse_reporting_duty(text, context);
  REQUIRE_MESSAGE(ob.has_value(), "no duty read from \"" << text << "\"");
  return *ob;
}

std::string name_of(const std::optional<govplan::Party>& p) { return p ? p->name : "-"; }

// The nominal due dates of the obligation's reports in 2024.
std::vector<Date> due_dates(const ReportingObligation& ob) {
  static const govplan::WorkCalendar calendar = govplan::WorkCalendar::vietnam();
  std::vector<Date> out;
  for (const auto& r : govplan::report_instances(ob, DateRange::year(2024), calendar)) {
    if (r.nominal_due) out.push_back(*r.nominal_due);
  }
  return out;
}

}  // namespace

TEST_CASE("the seed's reporting sentence reads as its hand-made model") {
  const govplan::Plan model = govplan::load_plan(
      test_support::read_file(std::string(GOVPLAN_EXAMPLES_DIR) + "/plans/chanh-lo-2024.json"));
  REQUIRE(model.reporting.size() == 1);
  const ReportingObligation& want = model.reporting[0];
  // The sentence is taken from the seed's text, where the model says it is.
  const std::string seed = test_support::data_file("seed-chanh-lo-2024.txt");
  const std::size_t at = seed.find(want.text);
  REQUIRE(at != std::string::npos);
  const ReportingObligation got = duty(seed.substr(at, want.text.size()));
  CHECK(got.recipient == want.recipient);
  CHECK(got.intermediary == want.intermediary);
  CHECK(got.cadence == want.cadence);
  CHECK(got.integrated_into == want.integrated_into);
  CHECK(got.effective_cadence() == Cadence::half_yearly);
  CHECK(got.cutoff == want.cutoff);
  CHECK(got.due.empty());
  CHECK(got.text == want.text);
  REQUIRE(got.integrated_into.has_value());
  CHECK(got.integrated_into->name == "báo cáo phổ biến, giáo dục pháp luật định kỳ");
}

TEST_CASE("a report to a body through its department by a fixed date is a single report") {
  const ReportingObligation ob =
      duty("Báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Tư pháp) trước ngày 15/11/2024.");
  CHECK(ob.recipient == govplan::Party{PartyKind::body, "UBND tỉnh"});
  CHECK(ob.intermediary == govplan::Party{PartyKind::body, "Sở Tư pháp"});
  CHECK(ob.cadence == Cadence::once);
  CHECK(ob.cutoff == CutoffPolicy::none);
  REQUIRE(ob.due.size() == 1);
  REQUIRE(ob.due[0].on_date.has_value());
  CHECK(ob.due[0].on_date->date == Date(2024, 11, 15));
  CHECK(ob.due[0].on_date->relation == DueRelation::before);
  CHECK(ob.due[0].text == "trước ngày 15/11/2024");
  CHECK_FALSE(ob.integrated_into.has_value());
}

TEST_CASE("a day and month without a year in a single report fall in the document's year") {
  const ReportingObligation ob = duty("báo cáo UBND huyện trước ngày 15/11 để theo dõi",
                                      govplan::PhraseContext{2023, std::nullopt, std::nullopt});
  CHECK(ob.cadence == Cadence::once);
  REQUIRE(ob.due.size() == 1);
  REQUIRE(ob.due[0].on_date.has_value());
  CHECK(ob.due[0].on_date->date == Date(2023, 11, 15));
}

TEST_CASE("six-monthly and yearly reports due twice a year make one half-year day rule") {
  const ReportingObligation ob = duty(
      "Định kỳ 6 tháng, hằng năm báo cáo kết quả về Sở Tư pháp trước ngày 15/6 và 15/12.");
  CHECK(ob.cadence == Cadence::half_yearly);
  CHECK(ob.cutoff == CutoffPolicy::decree_09);
  REQUIRE(ob.due.size() == 1);
  CHECK(ob.due[0].day_rule == DayRule{DueRelation::before, 15, std::nullopt, 0});
  CHECK(due_dates(ob) == std::vector<Date>{Date(2024, 6, 15), Date(2024, 12, 15)});

  // Two dates said "hằng năm" are two reports a year, and the last day of June is day 31
  // falling back to the 30th.
  const ReportingObligation twice = duty(
      "d) Tổng hợp, báo cáo định kỳ kết quả thực hiện chính sách về Sở Lao động - Thương binh và "
      "Xã hội và Ủy ban nhân dân cấp tỉnh trước ngày 30 tháng 6 và ngày 31 tháng 12 hằng năm;");
  CHECK(twice.cadence == Cadence::half_yearly);
  CHECK(twice.recipient ==
        govplan::Party{PartyKind::group,
                       "Sở Lao động - Thương binh và Xã hội và Ủy ban nhân dân cấp tỉnh"});
  CHECK(due_dates(twice) == std::vector<Date>{Date(2024, 6, 30), Date(2024, 12, 31)});
}

TEST_CASE("a yearly report due in the next January is due in the month after the year") {
  const ReportingObligation ob = duty(
      "Định kỳ hằng năm, Ban quản lý khu công nghiệp báo cáo tình hình gửi Sở Nội vụ trước ngày "
      "15 tháng 01 của năm sau.");
  CHECK(ob.cadence == Cadence::yearly);
  REQUIRE(ob.due.size() == 1);
  CHECK(ob.due[0].day_rule == DayRule{DueRelation::before, 15, std::nullopt, -1});
  CHECK(due_dates(ob) == std::vector<Date>{Date(2025, 1, 15)});
  CHECK(name_of(ob.reporter) == "Ban quản lý khu công nghiệp");
  // A fixed month of the year itself.
  const ReportingObligation dec = duty(
      "Sở Y tế có trách nhiệm tổng hợp và gửi báo cáo về Bộ Y tế (Cục Quản lý Y, dược cổ "
      "truyền) trước ngày 31 tháng 10 hàng năm.");
  CHECK(dec.cadence == Cadence::yearly);
  CHECK(dec.recipient == govplan::Party{PartyKind::body, "Bộ Y tế"});
  CHECK_FALSE(dec.intermediary.has_value());  // a department in brackets is no "qua"
  REQUIRE(dec.due.size() == 1);
  CHECK(dec.due[0].day_rule == DayRule{DueRelation::before, 31, 10, 0});
  CHECK(name_of(dec.reporter) == "Sở Y tế");
}

TEST_CASE("monthly and quarterly day rules are read against their periods") {
  const ReportingObligation monthly = duty(
      "Ủy ban nhân dân cấp tỉnh có trách nhiệm chỉ đạo cơ quan quản lý Quỹ cấp tỉnh báo cáo kết "
      "quả thu, chi quỹ với cơ quan quản lý Quỹ trung ương trước ngày 25 hàng tháng.");
  CHECK(monthly.cadence == Cadence::monthly);
  CHECK(monthly.recipient == govplan::Party{PartyKind::body, "cơ quan quản lý Quỹ trung ương"});
  REQUIRE(monthly.due.size() == 1);
  CHECK(monthly.due[0].day_rule == DayRule{DueRelation::before, 25, std::nullopt, 0});
  CHECK(due_dates(monthly).size() == 12);

  const ReportingObligation quarterly = duty(
      "Định kỳ hằng quý báo cáo về tình hình thực hiện gửi Sở Lao động - Thương binh và Xã hội "
      "trước ngày 15 của tháng đầu quý sau.");
  CHECK(quarterly.cadence == Cadence::quarterly);
  REQUIRE(quarterly.due.size() == 1);
  CHECK(quarterly.due[0].day_rule == DayRule{DueRelation::before, 15, std::nullopt, -1});
  CHECK(due_dates(quarterly) == std::vector<Date>{Date(2024, 4, 15), Date(2024, 7, 15),
                                                  Date(2024, 10, 15), Date(2025, 1, 15)});

  const ReportingObligation day_only = duty("Hằng tháng, trước ngày 20, các xã báo cáo UBND huyện.");
  CHECK(day_only.cadence == Cadence::monthly);
  REQUIRE(day_only.due.size() == 1);
  CHECK(day_only.due[0].day_rule == DayRule{DueRelation::before, 20, std::nullopt, 0});
}

TEST_CASE("days after the end of the reporting period are that day of the next month") {
  const ReportingObligation ob = duty(
      "Định kỳ 06 (sáu) tháng, Phòng Công Thương có trách nhiệm báo cáo về Sở Công Thương tình "
      "hình kinh doanh chậm nhất là 10 (mười) ngày kể từ khi kết thúc kỳ báo cáo.");
  CHECK(ob.cadence == Cadence::half_yearly);
  CHECK(ob.recipient == govplan::Party{PartyKind::body, "Sở Công Thương"});
  REQUIRE(ob.due.size() == 1);
  CHECK(ob.due[0].day_rule == DayRule{DueRelation::by, 10, std::nullopt, -1});
  CHECK(due_dates(ob) == std::vector<Date>{Date(2024, 7, 10), Date(2025, 1, 10)});
}

TEST_CASE("working days after the data cut-off are an offset after the cut-off") {
  const ReportingObligation ob = duty(
      "Hằng quý, Sở Tư pháp báo cáo UBND tỉnh chậm nhất 02 ngày làm việc sau ngày chốt số liệu.");
  CHECK(ob.cadence == Cadence::quarterly);
  REQUIRE(ob.due.size() == 1);
  CHECK(ob.due[0].after_cutoff == govplan::Offset{2, govplan::TimeUnit::working_days});
  CHECK(name_of(ob.reporter) == "Sở Tư pháp");
}

TEST_CASE("a report when a problem arises is ad hoc, and a periodic cadence wins over it") {
  const ReportingObligation ad_hoc = duty(
      "báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) nếu có vấn đề phát sinh vượt thẩm quyền");
  CHECK(ad_hoc.cadence == Cadence::ad_hoc);
  CHECK(ad_hoc.cutoff == CutoffPolicy::none);
  CHECK(ad_hoc.recipient == govplan::Party{PartyKind::official, "Chủ tịch UBND tỉnh"});
  CHECK(ad_hoc.intermediary == govplan::Party{PartyKind::body, "Sở Nội vụ"});
  CHECK(ad_hoc.due.empty());

  const ReportingObligation yearly = duty(
      "Các Sở Thông tin và Truyền thông thực hiện báo cáo định kỳ hàng năm (vào trước ngày 31 "
      "tháng 12) hoặc báo cáo đột xuất khi có yêu cầu theo chức năng, nhiệm vụ được phân công về "
      "quản lý hoạt động quảng cáo tại Việt Nam cho Bộ Thông tin và Truyền thông (Cục Phát thanh, "
      "truyền hình và thông tin điện tử).");
  CHECK(yearly.cadence == Cadence::yearly);
  CHECK(yearly.recipient == govplan::Party{PartyKind::body, "Bộ Thông tin và Truyền thông"});
  REQUIRE(yearly.due.size() == 1);
  CHECK(yearly.due[0].day_rule == DayRule{DueRelation::before, 31, 12, 0});
}

TEST_CASE("a periodic report whose period is not named is yearly only when its days say so") {
  const ReportingObligation days =
      duty("Các xã báo cáo định kỳ về UBND huyện trước ngày 15/12 để theo dõi.");
  CHECK(days.cadence == Cadence::yearly);
  REQUIRE(days.due.size() == 1);
  CHECK(days.due[0].day_rule == DayRule{DueRelation::before, 15, 12, 0});
  // Nothing says when the reports fall: none is scheduled rather than one made up.
  const ReportingObligation none = duty("Các xã thực hiện báo cáo định kỳ về UBND huyện.");
  CHECK(none.cadence == Cadence::ad_hoc);
  CHECK(none.due.empty());
  CHECK(due_dates(none).empty());
}

TEST_CASE("a purpose clause that hands the report on is the next body's duty") {
  const ReportingObligation ob = duty(
      "Bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh gửi báo cáo về hoạt động quy hoạch đến Bộ "
      "Khoa học và Công nghệ trước ngày 31 tháng 10 để tổng hợp báo cáo Thủ tướng Chính phủ trước "
      "ngày 30 tháng 11 hằng năm.");
  CHECK(ob.recipient == govplan::Party{PartyKind::body, "Bộ Khoa học và Công nghệ"});
  CHECK(ob.cadence == Cadence::yearly);
  REQUIRE(ob.due.size() == 1);
  CHECK(ob.due[0].day_rule == DayRule{DueRelation::before, 31, 10, 0});
  // A purpose clause that hands nothing on keeps the deadline.
  const ReportingObligation kept = duty(
      "báo cáo kết quả thực hiện về Sở Kế hoạch và Đầu tư để tổng hợp trước ngày 01/11/2021",
      govplan::PhraseContext{2021, std::nullopt, std::nullopt});
  CHECK(kept.recipient == govplan::Party{PartyKind::body, "Sở Kế hoạch và Đầu tư"});
  REQUIRE(kept.due.size() == 1);
  REQUIRE(kept.due[0].on_date.has_value());
  CHECK(kept.due[0].on_date->date == Date(2021, 11, 1));
}

TEST_CASE("a list of recipients is one group, as written, without its bracketed details") {
  const ReportingObligation ob = duty(
      "Định kỳ hằng năm, Ban quản lý khu công nghiệp báo cáo tình hình gửi Bộ Lao động - "
      "Thương binh và Xã hội (qua Vụ Pháp chế), Ủy ban nhân dân cấp tỉnh và Sở Lao động - "
      "Thương binh và Xã hội trước ngày 15 tháng 01 của năm sau.");
  CHECK(ob.recipient ==
        govplan::Party{PartyKind::group,
                       "Bộ Lao động - Thương binh và Xã hội, Ủy ban nhân dân cấp tỉnh và Sở Lao "
                       "động - Thương binh và Xã hội"});
  CHECK(ob.intermediary == govplan::Party{PartyKind::body, "Vụ Pháp chế"});
  // A body in the list followed by a verb is the subject of the next clause.
  const ReportingObligation chain = duty(
      "a) Ủy ban nhân dân các cấp lập báo cáo tổng hợp đợt thiên tai gửi Ủy ban nhân dân cấp "
      "trên, Ủy ban nhân dân cấp tỉnh kiểm tra, tổng hợp và báo cáo Thủ tướng Chính phủ.");
  CHECK(chain.recipient == govplan::Party{PartyKind::body, "Ủy ban nhân dân cấp trên"});
  // A steering committee is named by its topic, commas and all.
  const ReportingObligation steering = duty(
      "Ủy ban nhân dân tỉnh gửi báo cáo bằng văn bản cho Bộ Nông nghiệp và Phát triển nông thôn, "
      "Ban chỉ đạo quốc gia về phòng, chống thiên tai chậm nhất vào ngày 25 tháng 12 năm báo cáo;");
  CHECK(name_of(steering.recipient) ==
        "Bộ Nông nghiệp và Phát triển nông thôn, Ban chỉ đạo quốc gia về phòng, chống thiên tai");
  CHECK(steering.cadence == Cadence::yearly);
  REQUIRE(steering.due.size() == 1);
  CHECK(steering.due[0].day_rule == DayRule{DueRelation::by, 25, 12, 0});
}

TEST_CASE("a duty folded into a report stream takes the stream, with its regime when known") {
  const ReportingObligation pbgdpl = duty(
      "Các cơ quan, đơn vị báo cáo kết quả lồng ghép trong báo cáo công tác PBGDPL, gửi về Phòng "
      "Tư pháp.");
  REQUIRE(pbgdpl.integrated_into.has_value());
  CHECK(pbgdpl.integrated_into->name == "báo cáo công tác PBGDPL");
  CHECK(pbgdpl.integrated_into->cadence == Cadence::half_yearly);
  REQUIRE(pbgdpl.integrated_into->regime.has_value());
  CHECK(pbgdpl.integrated_into->regime->number()->to_string() == "12/2019/TT-BTP");
  CHECK(pbgdpl.recipient == govplan::Party{PartyKind::body, "Phòng Tư pháp"});
  CHECK(pbgdpl.due.empty());

  // A stream whose regime is not known and whose name says no cadence schedules nothing.
  const ReportingObligation other = duty(
      "Báo cáo kết quả lồng ghép vào báo cáo tình hình kinh tế - xã hội hằng năm gửi UBND huyện.");
  REQUIRE(other.integrated_into.has_value());
  CHECK(other.integrated_into->name == "báo cáo tình hình kinh tế - xã hội hằng năm");
  CHECK(other.integrated_into->cadence == Cadence::yearly);
  CHECK_FALSE(other.integrated_into->regime.has_value());
  const ReportingObligation unknown =
      duty("Báo cáo kết quả lồng ghép trong báo cáo chung gửi UBND huyện.");
  REQUIRE(unknown.integrated_into.has_value());
  CHECK(unknown.integrated_into->cadence == Cadence::ad_hoc);
  CHECK(unknown.integrated_into->due.empty());

  // Dates the sentence gives are the stream's, on its periods.
  const ReportingObligation dated = duty(
      "Báo cáo kết quả lồng ghép trong báo cáo công tác phổ biến, giáo dục pháp luật gửi về "
      "Phòng Tư pháp trước ngày 10/6 và 10/12 hằng năm.");
  REQUIRE(dated.integrated_into.has_value());
  CHECK(dated.integrated_into->cadence == Cadence::half_yearly);
  REQUIRE(dated.integrated_into->due.size() == 1);
  CHECK(dated.integrated_into->due[0].day_rule ==
        DayRule{DueRelation::before, 10, std::nullopt, 0});
  CHECK(dated.due.empty());
  CHECK(due_dates(dated) == std::vector<Date>{Date(2024, 6, 10), Date(2024, 12, 10)});
}

TEST_CASE("case, NFD text and tone-mark placement do not change what is read") {
  const std::string nfc =
      "Định kỳ hằng quý, Ủy ban nhân dân xã báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng "
      "Tư pháp) chậm nhất vào ngày 20 của tháng cuối quý.";
  // The same sentence decomposed, with the old placement "Uỷ".
  const std::string nfd =
      "\u0110i\u0323nh ky\u0300 ha\u0306\u0300ng quy\u0301, Uy\u0309 ban nha\u0302n da\u0302n xa\u0303 "
      "ba\u0301o ca\u0301o ke\u0302\u0301t qua\u0309 ve\u0302\u0300 Uy\u0309 ban nha\u0302n "
      "da\u0302n huye\u0323\u0302n (qua Pho\u0300ng Tu\u031b pha\u0301p) cha\u0323\u0302m "
      "nha\u0302\u0301t va\u0300o nga\u0300y 20 cu\u0309a tha\u0301ng cuo\u0302\u0301i "
      "quy\u0301.";
  const std::string upper =
      "ĐỊNH KỲ HẰNG QUÝ, ỦY BAN NHÂN DÂN XÃ BÁO CÁO KẾT QUẢ VỀ ỦY BAN NHÂN DÂN HUYỆN (QUA PHÒNG "
      "TƯ PHÁP) CHẬM NHẤT VÀO NGÀY 20 CỦA THÁNG CUỐI QUÝ.";
  const ReportingObligation a = duty(nfc);
  CHECK(a.cadence == Cadence::quarterly);
  REQUIRE(a.due.size() == 1);
  CHECK(a.due[0].day_rule == DayRule{DueRelation::by, 20, std::nullopt, 0});
  CHECK(name_of(a.recipient) == "Ủy ban nhân dân huyện");
  for (const std::string& variant : {nfd, upper}) {
    const ReportingObligation b = duty(variant);
    CHECK(b.cadence == a.cadence);
    REQUIRE(b.due.size() == 1);
    CHECK(b.due[0].day_rule == a.due[0].day_rule);
    REQUIRE(b.recipient.has_value());
    REQUIRE(b.intermediary.has_value());
    CHECK(b.recipient->same_as(govplan::Party{PartyKind::body, "Uỷ ban nhân dân huyện"}));
    CHECK(b.intermediary->same_as(*a.intermediary));
  }
  // Names come out in NFC, as written otherwise.
  CHECK(name_of(duty(nfd).recipient) == "U\u1EF7 ban nhân dân huyện");
}

TEST_CASE("a sentence that states no duty to report gives nothing") {
  for (const char* text :
       {"Báo cáo viên pháp luật tham gia tuyên truyền tại các khu dân cư.",
        "Theo báo cáo của Sở Tư pháp, tình hình ổn định.",
        "Công chức Tài chính-Kế toán phường xem xét bố trí kinh phí để thực hiện Kế hoạch.",
        "Gửi kèm theo Kế hoạch này danh mục văn bản.",
        "Căn cứ Báo cáo số 12/BC-UBND ngày 05/01/2024 của UBND huyện.", ""}) {
    const std::string input = text;
    CAPTURE(input);
    CHECK_FALSE(govplan::parse_reporting_duty(text, k2024).has_value());
  }
}

TEST_CASE("invalid UTF-8 in a reporting sentence is a ParseError that names where it is") {
  try {
    (void)govplan::parse_reporting_duty("Báo cáo về UBND tỉnh \xC3(", k2024);
    FAIL("expected a ParseError");
  } catch (const govplan::ParseError& e) {
    CHECK(e.id() == "text.invalid_utf8");
    CHECK(e.where() == govplan::Location::in_text(1, 22));
  }
}

TEST_CASE("a context year outside the supported range is a ValidationError") {
  CHECK_THROWS_AS(govplan::parse_reporting_duty("báo cáo UBND tỉnh", govplan::PhraseContext{}),
                  govplan::ValidationError);
  CHECK_THROWS_AS(govplan::parse_reporting_duty(
                      "báo cáo UBND tỉnh", govplan::PhraseContext{2500, std::nullopt, std::nullopt}),
                  govplan::ValidationError);
}

TEST_CASE("garbage gives nothing or an empty duty and does not throw") {
  for (const char* text :
       {"xyz 123 ??? ///", "báo cáo", "báo cáo báo cáo báo cáo", "trước ngày 99/99/9999",
        "báo cáo về (qua (qua (qua", "lồng ghép trong báo cáo", "lồng ghép", "gửi gửi gửi",
        "báo cáo trước ngày 31/02/2024", "báo cáo trước ngày 15 tháng 13", ",,,,,,;;;;",
        "báo cáo chậm nhất 99 ngày kể từ khi kết thúc kỳ báo cáo", "\u00A0\u200B"}) {
    const std::string input = text;
    CAPTURE(input);
    std::optional<ReportingObligation> ob;
    CHECK_NOTHROW(ob = govplan::parse_reporting_duty(text, k2024));
    if (ob) {
      CHECK_FALSE(ob->recipient.has_value());
      CHECK(ob->due.empty());
    }
  }
}

TEST_CASE("a time after an event the sentence names is a due rule counted from that event") {
  using govplan::DueAfterEvent;
  using govplan::Offset;
  using govplan::TimeUnit;
  const ReportingObligation festival = duty(
      "Sở Văn hóa, Thể thao và Du lịch báo cáo Ủy ban nhân dân tỉnh chậm nhất là sau 10 ngày kể từ "
      "khi kết thúc lễ hội.");
  CHECK(festival.cadence == Cadence::once);
  CHECK(festival.cutoff == CutoffPolicy::none);
  CHECK(name_of(festival.recipient) == "Ủy ban nhân dân tỉnh");
  REQUIRE(festival.due.size() == 1);
  CHECK(festival.due[0].after_event == DueAfterEvent{"kết thúc lễ hội", Offset{10, TimeUnit::days}});
  CHECK(festival.due[0].text == "chậm nhất là sau 10 ngày kể từ khi kết thúc lễ hội");
  CHECK(due_dates(festival).empty());  // unknown until the festival ends
  // "trong thời hạn … ngày làm việc kể từ ngày …", the clause before the duty.
  const ReportingObligation request = duty(
      "Trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản đề nghị, Phòng Tư pháp gửi báo "
      "cáo về Ủy ban nhân dân huyện.");
  REQUIRE(request.due.size() == 1);
  CHECK(request.due[0].after_event ==
        DueAfterEvent{"nhận được văn bản đề nghị", Offset{5, TimeUnit::working_days}});
  CHECK(request.due[0].text == "Trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản đề nghị");
  // "… ngày làm việc sau khi …", and "trong vòng" with the number in words.
  const ReportingObligation decision = duty(
      "Sở Tài chính báo cáo Bộ Tài chính trong vòng 07 (bảy) ngày sau khi Ủy ban nhân dân tỉnh phê "
      "duyệt quyết toán; đồng thời gửi Kho bạc Nhà nước.");
  REQUIRE(decision.due.size() == 1);
  CHECK(decision.due[0].after_event ==
        DueAfterEvent{"Ủy ban nhân dân tỉnh phê duyệt quyết toán", Offset{7, TimeUnit::days}});
}

TEST_CASE("a report on each episode of the event its deadline counts from is ad hoc") {
  const ReportingObligation each = duty(
      "Ủy ban nhân dân cấp xã báo cáo Ủy ban nhân dân cấp huyện sau mỗi đợt kiểm tra, chậm nhất sau "
      "07 ngày kể từ ngày kết thúc đợt kiểm tra.");
  CHECK(each.cadence == Cadence::ad_hoc);
  CHECK(each.cutoff == CutoffPolicy::none);
  REQUIRE(each.due.size() == 1);
  CHECK(each.due[0].after_event->event == "kết thúc đợt kiểm tra");
  const ReportingObligation episode = duty(
      "Ban Chỉ huy phòng, chống thiên tai huyện lập báo cáo đợt mưa lũ gửi Ủy ban nhân dân tỉnh "
      "chậm nhất 10 ngày kể từ khi kết thúc mưa lũ.");
  CHECK(episode.cadence == Cadence::ad_hoc);
  // "đợt" inside the event's own name alone is one round: a single report.
  const ReportingObligation round = duty(
      "Hội đồng tuyển dụng báo cáo Sở Nội vụ trong thời hạn 10 ngày làm việc kể từ ngày kết thúc "
      "đợt tuyển dụng.");
  CHECK(round.cadence == Cadence::once);
  REQUIRE(round.due.size() == 1);
  CHECK(round.due[0].after_event->event == "kết thúc đợt tuyển dụng");
}

TEST_CASE("a date after kể từ ngày, or sau đó, names no event and gives no due rule") {
  const ReportingObligation dated = duty(
      "Phòng Nội vụ báo cáo Ủy ban nhân dân huyện trong thời hạn 30 ngày kể từ ngày 01/7/2024.");
  CHECK(dated.due.empty());
  const ReportingObligation after = duty("Phòng Giáo dục báo cáo Sở Giáo dục và Đào tạo 03 ngày sau đó.");
  CHECK(after.due.empty());
  // Working days after the period's end cannot be said as a day of the next month: left out,
  // not read as an event.
  const ReportingObligation period = duty(
      "Định kỳ hằng quý, Phòng Tài chính báo cáo Ủy ban nhân dân huyện trong thời hạn 05 ngày làm "
      "việc kể từ ngày kết thúc quý.");
  CHECK(period.cadence == Cadence::quarterly);
  CHECK(period.due.empty());
}

TEST_CASE("a yearly report due in a later month of the next year, or in the year before, is due then") {
  const ReportingObligation next = duty(
      "Hằng năm, Ủy ban nhân dân cấp huyện báo cáo kết quả về Sở Tư pháp trước ngày 10 tháng 3 của "
      "năm tiếp theo.");
  CHECK(next.cadence == Cadence::yearly);
  REQUIRE(next.due.size() == 1);
  CHECK(next.due[0].day_rule == DayRule{DueRelation::before, 10, std::nullopt, 15});
  CHECK(next.due[0].text == "trước ngày 10 tháng 3 của năm tiếp theo");
  CHECK(due_dates(next) == std::vector<Date>{Date(2025, 3, 10)});
  const ReportingObligation adjacent = duty(
      "Các xã báo cáo Ủy ban nhân dân huyện kết quả đánh giá trước ngày 20 tháng 01 của năm liền kề "
      "sau năm đánh giá.");
  CHECK(adjacent.cadence == Cadence::yearly);
  REQUIRE(adjacent.due.size() == 1);
  CHECK(adjacent.due[0].day_rule == DayRule{DueRelation::before, 20, std::nullopt, -1});
  CHECK(due_dates(adjacent) == std::vector<Date>{Date(2025, 1, 20)});
  const ReportingObligation before = duty(
      "Định kỳ hằng năm, các sở gửi báo cáo dự kiến kế hoạch về Sở Kế hoạch và Đầu tư trước ngày 30 "
      "tháng 11 của năm liền kề trước năm kế hoạch.");
  CHECK(before.cadence == Cadence::yearly);
  REQUIRE(before.due.size() == 1);
  CHECK(before.due[0].day_rule == DayRule{DueRelation::before, 30, std::nullopt, 0, 2});
  CHECK(due_dates(before) == std::vector<Date>{Date(2023, 11, 30)});
}
