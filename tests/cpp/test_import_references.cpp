// Tests of govplan::find_references (govplan/import.hpp): every form of citation plans write,
// where each citation is, and what the reader does with text it cannot use.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "govplan/date.hpp"
#include "govplan/document.hpp"
#include "govplan/error.hpp"
#include "govplan/import.hpp"
#include "support.hpp"

using govplan::Date;
using govplan::DocumentNumber;
using govplan::DocumentRef;
using govplan::DocumentType;
using govplan::ReferenceMatch;

namespace {

DocumentNumber num(const char* text) { return DocumentNumber::parse(text); }

// The only citation in `text`; fails the test if there is not exactly one.
ReferenceMatch only(const std::string& text) {
  const std::vector<ReferenceMatch> found = govplan::find_references(text);
  REQUIRE_MESSAGE(found.size() == 1, "citations found in \"" << text << "\": " << found.size());
  return found[0];
}

// The citation's text is where its offset and length say.
void check_span(const std::string& text, const ReferenceMatch& m) {
  REQUIRE(m.offset + m.length <= text.size());
  CHECK(text.substr(m.offset, m.length) == m.text);
}

}  // namespace

TEST_CASE("a plan cited with its number, date and issuer is found where it is written") {
  const std::string text =
      "Thực hiện Kế hoạch số 43/KH-UBND ngày 26/02/2024 của UBND thành phố thực hiện Đề án "
      "năm 2024; UBND phường ban hành Kế hoạch như sau:";
  const ReferenceMatch m = only(text);
  CHECK(m.reference == DocumentRef(DocumentType::ke_hoach, num("43/KH-UBND"), Date(2024, 2, 26),
                                   std::string("UBND thành phố")));
  CHECK(m.text == "Kế hoạch số 43/KH-UBND ngày 26/02/2024 của UBND thành phố");
  CHECK(m.offset == text.find("Kế hoạch số 43"));
  check_span(text, m);
}

TEST_CASE("an issuer ends where the next clause begins, not at the next body") {
  const ReferenceMatch m = only(
      "Thực hiện Kế hoạch số 43/KH-UBND ngày 26/02/2024 của UBND thành phố, UBND phường ban "
      "hành Kế hoạch thực hiện như sau:");
  CHECK(m.reference.issuer() == "UBND thành phố");
  const ReferenceMatch v = only(
      "Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2024 của UBND tỉnh, Trung tâm Y tế xây dựng "
      "kế hoạch");
  CHECK(v.reference.issuer() == "UBND tỉnh");
  // An official with two titles, and a ministry whose name has a comma, are one issuer.
  CHECK(only("Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng "
             "Chính phủ hướng dẫn về nghiệp vụ")
            .reference.issuer() == "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ");
  CHECK(only("Kế hoạch số 5/KH-BVHTTDL ngày 05/01/2024 của Bộ Văn hóa, Thể thao và Du lịch về")
            .reference.issuer() == "Bộ Văn hóa, Thể thao và Du lịch");
  // A Party committee's term in brackets is part of its name; a council's session is not.
  CHECK(only("Nghị quyết số 10-NQ/TU, ngày 18/3/2022 của Tỉnh ủy (khóa XIV) về")
            .reference.issuer() == "Tỉnh ủy (khóa XIV)");
  CHECK(only("Nghị quyết số 34/2019/NQ-HĐND ngày 13/12/2019 của HĐND tỉnh khóa XII, kỳ họp thứ 11")
            .reference.issuer() == "HĐND tỉnh");
}

TEST_CASE("a decision dated in words by the Prime Minister ends its issuer before the verb") {
  const std::string text =
      "Căn cứ Quyết định số 407/QĐ-TTg ngày 30 tháng 3 năm 2022 của Thủ tướng Chính phủ phê "
      "duyệt Đề án “Tổ chức truyền thông chính sách”;";
  const ReferenceMatch m = only(text);
  CHECK(m.reference == DocumentRef(DocumentType::quyet_dinh, num("407/QĐ-TTg"), Date(2022, 3, 30),
                                   std::string("Thủ tướng Chính phủ")));
  CHECK(m.text == "Quyết định số 407/QĐ-TTg ngày 30 tháng 3 năm 2022 của Thủ tướng Chính phủ");
  check_span(text, m);
}

TEST_CASE("a decree cited by its number alone has the Government as issuer, by law") {
  // Law 80/2015/QH13, Art. 4(5): decrees are the Government's; "CP" is its symbol.
  const ReferenceMatch m = only("theo Nghị định số 09/2019/NĐ-CP quy định về chế độ báo cáo");
  CHECK(m.reference.type() == DocumentType::nghi_dinh);
  CHECK(m.reference.number() == num("09/2019/NĐ-CP"));
  CHECK_FALSE(m.reference.date().has_value());
  CHECK(m.reference.year() == 2019);
  CHECK(m.reference.issuer() == "Chính phủ");
  CHECK(m.text == "Nghị định số 09/2019/NĐ-CP");
  // No issuer is inferred from a provincial symbol: every province has its UBND.
  CHECK_FALSE(only("Kế hoạch số 12/KH-UBND").reference.issuer().has_value());
}

TEST_CASE("a law cited by its name and number has its name as its title") {
  const ReferenceMatch m =
      only("Căn cứ Luật Phổ biến, giáo dục pháp luật số 80/2015/QH13 và các văn bản hướng dẫn;");
  CHECK(m.reference == DocumentRef(DocumentType::luat, num("80/2015/QH13"), std::nullopt,
                                   std::string("Quốc hội"),
                                   std::string("Phổ biến, giáo dục pháp luật")));
  CHECK(m.text == "Luật Phổ biến, giáo dục pháp luật số 80/2015/QH13");
}

TEST_CASE("a Party programme is read with its Party-style number") {
  const ReferenceMatch m = only(
      "Thực hiện Chương trình số 06-CTr/TU ngày 15/3/2021 của Thành ủy Quảng Ngãi về đẩy mạnh");
  CHECK(m.reference.type() == DocumentType::chuong_trinh);
  REQUIRE(m.reference.number().has_value());
  CHECK(m.reference.number()->style() == govplan::NumberStyle::party);
  CHECK(m.reference.number()->to_string() == "06-CTr/TU");
  CHECK(m.reference.date() == Date(2021, 3, 15));
  CHECK(m.reference.issuer() == "Thành ủy Quảng Ngãi");
  // A Party conclusion cited in lower case is found as well.
  const ReferenceMatch k = only("theo kết luận số 71-KL/TU ngày 24/3/2016");
  CHECK(k.reference.type() == DocumentType::ket_luan);
  CHECK(k.reference.date() == Date(2016, 3, 24));
}

TEST_CASE("an issuer written before the date is read, and the date after it") {
  const ReferenceMatch m =
      only("Nghị định số 38/2023/NĐ-CP của Chính phủ ngày 24 tháng 6 năm 2023 sửa đổi");
  CHECK(m.reference == DocumentRef(DocumentType::nghi_dinh, num("38/2023/NĐ-CP"),
                                   Date(2023, 6, 24), std::string("Chính phủ")));
  CHECK(m.text == "Nghị định số 38/2023/NĐ-CP của Chính phủ ngày 24 tháng 6 năm 2023");
}

TEST_CASE("a citation broken over lines is one citation, its issuer on one line") {
  const std::string text =
      "Căn cứ Nghị quyết\nsố 14/2020/NQ-HĐND ngày 13\ntháng 11 năm 2020 của HĐND\ntỉnh Thừa "
      "Thiên Huế;\nCăn cứ Thông tư 05/2022/TT-BNNPTNT ngày\n25 tháng 7 năm 2022 của Bộ Nông "
      "nghiệp và Phát\ntriển nông thôn;";
  const std::vector<ReferenceMatch> found = govplan::find_references(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].reference == DocumentRef(DocumentType::nghi_quyet, num("14/2020/NQ-HĐND"),
                                          Date(2020, 11, 13),
                                          std::string("HĐND tỉnh Thừa Thiên Huế")));
  CHECK(found[0].text ==
        "Nghị quyết\nsố 14/2020/NQ-HĐND ngày 13\ntháng 11 năm 2020 của HĐND\ntỉnh Thừa Thiên Huế");
  check_span(text, found[0]);
  // A circular cited without "số".
  CHECK(found[1].reference == DocumentRef(DocumentType::thong_tu, num("05/2022/TT-BNNPTNT"),
                                          Date(2022, 7, 25),
                                          std::string("Bộ Nông nghiệp và Phát triển nông thôn")));
  check_span(text, found[1]);
  CHECK(found[0].offset < found[1].offset);
}

TEST_CASE("a list sharing one prefix gives one citation per number, with the shared parts") {
  const std::string text = "Căn cứ các Quyết định số 01/QĐ-UBND, 02/QĐ-UBND của UBND tỉnh;";
  const std::vector<ReferenceMatch> found = govplan::find_references(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].reference == DocumentRef(DocumentType::quyet_dinh, num("01/QĐ-UBND"),
                                          std::nullopt, std::string("UBND tỉnh")));
  CHECK(found[1].reference == DocumentRef(DocumentType::quyet_dinh, num("02/QĐ-UBND"),
                                          std::nullopt, std::string("UBND tỉnh")));
  CHECK(found[0].text == "Quyết định số 01/QĐ-UBND");
  CHECK(found[1].text == "02/QĐ-UBND của UBND tỉnh");
  for (const auto& m : found) check_span(text, m);

  // The issuer may come before the numbers, each number with its own date.
  const std::string shared =
      "các Quyết định của Thủ tướng Chính phủ số: 1521/QĐ-TTg ngày 06/10/2020, 21/2021/QĐ-TTg "
      "ngày 21/6/2021 và 25/2021/QĐ-TTg ngày 22/7/2021 về Hội đồng phối hợp";
  const std::vector<ReferenceMatch> list = govplan::find_references(shared);
  REQUIRE(list.size() == 3);
  const Date dates[] = {Date(2020, 10, 6), Date(2021, 6, 21), Date(2021, 7, 22)};
  const char* numbers[] = {"1521/QĐ-TTg", "21/2021/QĐ-TTg", "25/2021/QĐ-TTg"};
  for (std::size_t n = 0; n < 3; ++n) {
    CAPTURE(n);
    CHECK(list[n].reference == DocumentRef(DocumentType::quyet_dinh, num(numbers[n]), dates[n],
                                           std::string("Thủ tướng Chính phủ")));
    check_span(shared, list[n]);
  }
}

TEST_CASE("a symbol that lost its hyphen or gained a space is read in its canonical form") {
  const ReferenceMatch q = only("Thực hiện Quyết định số 832/QĐUBND ngày 12/3/2021 của UBND huyện;");
  REQUIRE(q.reference.number().has_value());
  CHECK(q.reference.number()->to_string() == "832/QĐ-UBND");
  CHECK(q.reference.number()->document_type() == DocumentType::quyet_dinh);
  CHECK(q.text == "Quyết định số 832/QĐUBND ngày 12/3/2021 của UBND huyện");

  const ReferenceMatch n = only("Nghị định số 32/2020/NĐ- CP ngày 05 tháng 3 năm 2020 của Chính phủ");
  CHECK(n.reference.number() == num("32/2020/NĐ-CP"));
  CHECK(n.reference.date() == Date(2020, 3, 5));

  const ReferenceMatch s = only("(Quyết định số 884 /QĐ-UBND, ngày 24/5/2022)");
  CHECK(s.reference.number() == num("884/QĐ-UBND"));
  CHECK(s.reference.date() == Date(2022, 5, 24));
}

TEST_CASE("a law cited without a number, by its date or its year, is found") {
  const ReferenceMatch y = only("Thực hiện Luật Hòa giải ở cơ sở năm 2013; ");
  CHECK(y.reference == DocumentRef(DocumentType::luat, std::nullopt, std::nullopt,
                                   std::string("Quốc hội"), std::string("Hòa giải ở cơ sở"),
                                   std::nullopt, 2013));
  CHECK(y.text == "Luật Hòa giải ở cơ sở năm 2013");
  const ReferenceMatch d = only("Căn cứ Luật Tổ chức chính\nquyền địa phương ngày 19/6/2015;");
  CHECK(d.reference.title() == "Tổ chức chính quyền địa phương");
  CHECK(d.reference.date() == Date(2015, 6, 19));
  // An amending law's title names the laws it amends: one citation, not three.
  const ReferenceMatch a = only(
      "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
      "địa phương ngày 22/11/2019;");
  CHECK(a.reference.title() ==
        "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
        "phương");
  CHECK(a.reference.date() == Date(2019, 11, 22));
  // "luật" as a common noun is no citation, nor is a law named without number, date or year.
  CHECK(govplan::find_references("các dự thảo văn bản luật, Nghị quyết của Quốc hội").empty());
  CHECK(govplan::find_references("tuyên truyền Luật Hòa giải ở cơ sở;").empty());
  CHECK(govplan::find_references("PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2024").empty());
}

TEST_CASE("matching ignores letter case, NFD text and the old tone-mark placement") {
  const ReferenceMatch upper = only("NGHỊ ĐỊNH SỐ: 59/2023/NĐ-CP NGÀY 14/8/2023");
  CHECK(upper.reference.type() == DocumentType::nghi_dinh);
  CHECK(upper.reference.date() == Date(2023, 8, 14));

  // "Kế hoạch số 4/KH-UBND ngày 05/01/2024 của Uỷ ban nhân dân tỉnh" decomposed (NFD), with
  // the old placement "Uỷ".
  const std::string nfd =
      "Ke\u0302\u0301 hoa\u0323ch so\u0302\u0301 4/KH-UBND nga\u0300y 05/01/2024 cu\u0309a "
      "Uy\u0309 ban nha\u0302n da\u0302n ti\u0309nh";
  const ReferenceMatch m = only(nfd);
  CHECK(m.reference.type() == DocumentType::ke_hoach);
  CHECK(m.reference.date() == Date(2024, 1, 5));
  CHECK(m.reference.issuer() == "U\u1EF7 ban nhân dân tỉnh");  // NFC, placement as written
  CHECK(m.text == nfd);  // as written

  const ReferenceMatch hoa = only("Quyết định số 5/QĐ-UBND ngày 05/01/2024 của UBND tỉnh Khánh Hoà");
  CHECK(hoa.reference.issuer() == "UBND tỉnh Khánh Hoà");
  // The type's name in the old placement ("thoả") is the type named "Bản thỏa thuận".
  CHECK(only("Bản thoả thuận số 01/BTT-UBND ngày 02/01/2024").reference.type() ==
        DocumentType::ban_thoa_thuan);
}

TEST_CASE("a part of the cited document is kept with the citation") {
  const std::string text =
      "(tại Phụ lục kèm theo Kế hoạch số 30/KH-UBND ngày 05/02/2024 của UBND tỉnh).";
  const ReferenceMatch m = only(text);
  CHECK(m.reference.part() == "Phụ lục");
  CHECK(m.reference.number() == num("30/KH-UBND"));
  CHECK(m.reference.issuer() == "UBND tỉnh");
  CHECK(m.text == "Phụ lục kèm theo Kế hoạch số 30/KH-UBND ngày 05/02/2024 của UBND tỉnh");
  check_span(text, m);
}

TEST_CASE("a generic văn bản is a công văn unless its symbol names a type") {
  CHECK(only("văn bản số 9540/BTC-ĐT ngày 19 tháng 09 năm 2022 của Bộ Tài chính")
            .reference.type() == DocumentType::cong_van);
  CHECK(only("văn bản số 12/KH-UBND").reference.type() == DocumentType::ke_hoach);
}

TEST_CASE("a document's own number after its Số label is not a citation") {
  CHECK(govplan::find_references("ỦY BAN NHÂN DÂN\nSố: 36 /KH - UBND\nChánh Lộ, ngày").empty());
  CHECK(govplan::find_references("Báo cáo\n\nSố: 12/BC-UBND").empty());
}

TEST_CASE("every citation of the seed plan is found, in text order") {
  const std::string seed = test_support::data_file("seed-chanh-lo-2024.txt");
  const std::vector<ReferenceMatch> found = govplan::find_references(seed);
  std::vector<std::string> numbers;
  for (const auto& m : found) {
    REQUIRE(m.reference.number().has_value());
    numbers.push_back(m.reference.number()->to_string());
    check_span(seed, m);
    CHECK(m.reference.type() == DocumentType::ke_hoach);
  }
  CHECK(numbers == std::vector<std::string>{"43/KH-UBND", "164/KH-UBND", "164/KH-UBND",
                                            "30/KH-UBND"});
  for (std::size_t n = 1; n < found.size(); ++n) CHECK(found[n - 1].offset < found[n].offset);
  REQUIRE(found.size() == 4);
  CHECK(found[0].reference.date() == Date(2024, 2, 26));
  CHECK(found[0].reference.issuer() == "UBND thành phố");
  CHECK(found[3].reference.issuer() == "UBND tỉnh");
}

TEST_CASE("a citation introduced by the proposal of a body has that body as its issuer") {
  // A decision's preamble: "Theo đề nghị của <proposer> tại <the proposing document>".
  const ReferenceMatch m = only(
      "Căn cứ Nghị quyết của HĐND tỉnh về nhiệm vụ năm 2020;\n"
      "Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 148/TTr-STP ngày 20/12/2019,\n"
      "QUYẾT ĐỊNH:");
  CHECK(m.reference.number() == num("148/TTr-STP"));
  CHECK(m.reference.issuer() == "Giám đốc Sở Tư pháp");
  CHECK(m.text == "Tờ trình số 148/TTr-STP ngày 20/12/2019");
  CHECK(only("Theo đề nghị của Sở Tư pháp tại Tờ trình số 22/TTr-STP ngày 03/01/2025.")
            .reference.issuer() == "Sở Tư pháp");
  CHECK(only("theo đề nghị của Chủ tịch UBND huyện tại Công văn số 310/UBND-NV ngày 02/3/2023")
            .reference.issuer() == "Chủ tịch UBND huyện");
  // "đề xuất" and "tờ trình" introduce a proposal too, and "theo" may stand for "tại".
  CHECK(only("Theo đề xuất của Sở Tài chính theo Công văn số 45/STC-NS ngày 10/01/2024;")
            .reference.issuer() == "Sở Tài chính");
  CHECK(only("Xét tờ trình của Trưởng phòng Nội vụ tại Tờ trình số 07/TTr-NV ngày 05/02/2024")
            .reference.issuer() == "Trưởng phòng Nội vụ");
}

TEST_CASE("a proposer's name broken over lines is one name with single spaces") {
  const ReferenceMatch m = only(
      "Theo đề nghị của Giám đốc Sở\nTư pháp tại Tờ trình số 52/TTr-STP ngày 21/5/2024.\n"
      "QUYẾT ĐỊNH:");
  CHECK(m.reference.issuer() == "Giám đốc Sở Tư pháp");
  CHECK(m.reference.date() == Date(2024, 5, 21));
}

TEST_CASE("an issuer written after the citation wins over the proposer before it") {
  const ReferenceMatch m = only(
      "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 04/4/2024 của Sở Nội "
      "vụ về việc kiện toàn Ban Chỉ đạo");
  CHECK(m.reference.issuer() == "Sở Nội vụ");
  // The issuer the law fixes by the symbol comes before a proposer too.
  CHECK(only("Theo đề nghị của Bộ trưởng Bộ Tư pháp tại Tờ trình số 90/TTr-CP ngày 01/3/2024")
            .reference.issuer() == "Chính phủ");
}

TEST_CASE("citations joined by và after one proposal share its proposer") {
  const std::vector<ReferenceMatch> found = govplan::find_references(
      "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 52/TTr-STP ngày 21/5/2024 và Công "
      "văn số 760/STP-PBGDPL ngày 30/5/2024.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].reference.issuer() == "Giám đốc Sở Tư pháp");
  CHECK(found[1].reference.number() == num("760/STP-PBGDPL"));
  CHECK(found[1].reference.issuer() == "Giám đốc Sở Tư pháp");
}

TEST_CASE("a list of citations after one proposal shares its proposer") {
  const std::vector<ReferenceMatch> found = govplan::find_references(
      "Xét đề nghị của Giám đốc Sở Nội vụ tại các Tờ trình số 12/TTr-SNV ngày 04/4/2024 và số "
      "15/TTr-SNV ngày 10/4/2024;");
  REQUIRE(found.size() == 2);
  CHECK(found[0].reference.issuer() == "Giám đốc Sở Nội vụ");
  CHECK(found[1].reference.number() == num("15/TTr-SNV"));
  CHECK(found[1].reference.issuer() == "Giám đốc Sở Nội vụ");
}

TEST_CASE("a citation with no proposal right before it gets no proposer as its issuer") {
  // No "đề nghị của" at all.
  CHECK_FALSE(only("Căn cứ Tờ trình số 148/TTr-STP ngày 20/12/2019,").reference.issuer());
  CHECK_FALSE(only("của Giám đốc Sở Tư pháp tại Tờ trình số 148/TTr-STP").reference.issuer());
  // "đề nghị của" in an earlier sentence does not reach a later citation.
  CHECK_FALSE(only("Xét đề nghị của Giám đốc Sở Tư pháp. Các cơ quan báo cáo tại Tờ trình số "
                   "148/TTr-STP ngày 20/12/2019")
                  .reference.issuer());
  CHECK_FALSE(only("Theo đề nghị của Sở Tư pháp; tại Tờ trình số 148/TTr-STP ngày 20/12/2019")
                  .reference.issuer());
  // Something else between the proposer and the citation: the proposer's name does not end at
  // "tại", so it is not read.
  CHECK_FALSE(only("Theo đề nghị của Sở Tư pháp về việc tổ chức hội nghị tại Tờ trình số "
                   "148/TTr-STP")
                  .reference.issuer());
  // What follows "của" is not a body or an official.
  CHECK_FALSE(only("Theo đề nghị của nhân dân địa phương tại Tờ trình số 148/TTr-STP")
                  .reference.issuer());
  // A citation joined by "và" to one that has no proposer does not get one.
  const std::vector<ReferenceMatch> found = govplan::find_references(
      "Căn cứ Tờ trình số 52/TTr-STP ngày 21/5/2024 và Công văn số 760/STP-PBGDPL ngày "
      "30/5/2024.");
  REQUIRE(found.size() == 2);
  CHECK_FALSE(found[1].reference.issuer());
}

TEST_CASE("invalid UTF-8 is a ParseError that names where it is") {
  const std::string text = "Kế hoạch số 43/KH-UBND\nngày \xFF";
  try {
    (void)govplan::find_references(text);
    FAIL("expected a ParseError");
  } catch (const govplan::ParseError& e) {
    CHECK(e.id() == "text.invalid_utf8");
    CHECK(e.where() == govplan::Location::in_text(2, 6));
  }
}

TEST_CASE("garbage gives no citation and does not throw") {
  for (const char* text :
       {"", " ", "số", "số:", "Quyết định số", "Quyết định số ", "Kế hoạch số 0/KH-UBND",
        "số 5/6 đơn vị", "//// ---- ////", "Luật", "Luật năm", "Hiến pháp", "của", "ngày 31/02/2024",
        "Quyết định số 12/", "Quyết định số /QĐ-", "Nghị quyết số 34/201/NQ-HĐND",
        "(((((((", "Kế hoạch Kế hoạch Kế hoạch số số số", "2020/2021 và 5/6",
        "\u00A0\u200B\uFEFF"}) {
    const std::string input = text;
    CAPTURE(input);
    std::vector<ReferenceMatch> found;
    CHECK_NOTHROW(found = govplan::find_references(text));
    CHECK(found.empty());
  }
  std::string long_text;
  for (int n = 0; n < 2000; ++n) long_text += "số 1/ - ";
  CHECK_NOTHROW((void)govplan::find_references(long_text));
}
