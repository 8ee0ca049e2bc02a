// Tests of govplan/document.hpp: document types, numbers and symbols, citations, bodies, signers,
// the place-and-date line and the header of a document (Decree 30/2020/NĐ-CP).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "govplan/date.hpp"
#include "govplan/document.hpp"
#include "govplan/error.hpp"
#include "govplan/finding.hpp"
#include "govplan/lang.hpp"
#include "support.hpp"

using govplan::AdministrativeLevel;
using govplan::Date;
using govplan::DocumentNumber;
using govplan::DocumentRef;
using govplan::DocumentType;
using govplan::Lang;
using govplan::Location;
using govplan::NumberStyle;
using govplan::PartialDate;
using govplan::Severity;
using govplan::SignatureAuthority;
using govplan::SignatureLine;
using govplan::Signer;

namespace {

Location at(const test_support::TextPos& p) { return Location::in_text(p.line, p.column); }

std::vector<std::string> codes_of(const std::vector<govplan::Finding>& findings) {
  std::vector<std::string> codes;
  for (const auto& f : findings) codes.push_back(f.code());
  return codes;
}

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

const govplan::Finding* find_code(const std::vector<govplan::Finding>& findings,
                                  std::string_view code) {
  for (const auto& f : findings) {
    if (f.code() == code) return &f;
  }
  return nullptr;
}

// Every finding is data a person can act on: a code, the part concerned, a rule citing Decree 30,
// and a message in each language.
void check_well_formed(const govplan::Finding& f) {
  CAPTURE(f.code());
  CHECK_FALSE(f.code().empty());
  CHECK_FALSE(f.subject().empty());
  CHECK(f.rule().find("30/2020/NĐ-CP") != std::string::npos);
  CHECK_FALSE(f.message(Lang::vi).empty());
  CHECK_FALSE(f.message(Lang::en).empty());
  CHECK(f.message(Lang::vi) != f.message(Lang::en));
  CHECK(f.message() == f.message(Lang::vi));
}

// Runs `f`, which must throw a ParseError; returns it (or a default one after failing).
template <class F>
govplan::ParseError parse_error_of(F f) {
  try {
    f();
  } catch (const govplan::ParseError& e) {
    return e;
  } catch (const std::exception& e) {
    FAIL_CHECK("threw something other than a ParseError: " << e.what());
    return govplan::ParseError("", "", "");
  }
  FAIL_CHECK("did not throw");
  return govplan::ParseError("", "", "");
}

}  // namespace

TEST_SUITE("document") {
  // ---- document types -------------------------------------------------------------------------

  TEST_CASE("the first 29 types are the administrative types of Decree 30, Art. 7, in order") {
    const auto types = govplan::document_types();
    REQUIRE(types.size() >= 32);
    const DocumentType article_7[] = {
        DocumentType::nghi_quyet,      DocumentType::quyet_dinh,     DocumentType::chi_thi,
        DocumentType::quy_che,         DocumentType::quy_dinh,       DocumentType::thong_cao,
        DocumentType::thong_bao,       DocumentType::huong_dan,      DocumentType::chuong_trinh,
        DocumentType::ke_hoach,        DocumentType::phuong_an,      DocumentType::de_an,
        DocumentType::du_an,           DocumentType::bao_cao,        DocumentType::bien_ban,
        DocumentType::to_trinh,        DocumentType::hop_dong,       DocumentType::cong_van,
        DocumentType::cong_dien,       DocumentType::ban_ghi_nho,    DocumentType::ban_thoa_thuan,
        DocumentType::giay_uy_quyen,   DocumentType::giay_moi,       DocumentType::giay_gioi_thieu,
        DocumentType::giay_nghi_phep,  DocumentType::phieu_gui,      DocumentType::phieu_chuyen,
        DocumentType::phieu_bao,       DocumentType::thu_cong,
    };
    static_assert(std::size(article_7) == 29);
    for (std::size_t i = 0; i < std::size(article_7); ++i) {
      CAPTURE(i);
      CHECK(types[i].type == article_7[i]);
      CHECK(types[i].administrative);
    }
    int administrative = 0;
    for (const auto& t : types) administrative += t.administrative ? 1 : 0;
    CHECK(administrative == 29);
    // Then the three kinds of copy (Appendix III §I), which are not administrative types.
    CHECK(types[29].type == DocumentType::ban_sao_y);
    CHECK(types[30].type == DocumentType::ban_trich_sao);
    CHECK(types[31].type == DocumentType::ban_sao_luc);
    for (std::size_t i = 29; i < 32; ++i) CHECK_FALSE(types[i].administrative);
  }

  TEST_CASE("every type has one row, in enumeration order, that info() returns") {
    const auto types = govplan::document_types();
    for (std::size_t i = 0; i < types.size(); ++i) {
      const auto& row = types[i];
      CAPTURE(row.id);
      CHECK(static_cast<std::size_t>(row.type) == i);
      CHECK(&govplan::info(row.type) == &row);
      CHECK(govplan::to_string(row.type) == row.id);
      CHECK(govplan::parse_document_type(row.id) == row.type);
      CHECK(govplan::display_name(row.type) == row.name_vi);
      CHECK(govplan::display_name(row.type, Lang::en) == row.name_en);
      CHECK_FALSE(row.name_vi.empty());
      CHECK_FALSE(row.name_en.empty());
      CHECK(govplan::document_type_from_name(row.name_vi) == row.type);
    }
    CHECK(govplan::display_name(DocumentType::ke_hoach) == "Kế hoạch");
    CHECK(govplan::display_name(DocumentType::ke_hoach, Lang::en) == "Plan");
    CHECK(govplan::to_string(DocumentType::ke_hoach) == "ke_hoach");
  }

  TEST_CASE("abbreviations are those of Decree 30, Appendix III") {
    struct Row {
      DocumentType type;
      const char* abbreviation;
    };
    const Row rows[] = {
        {DocumentType::nghi_quyet, "NQ"},     {DocumentType::quyet_dinh, "QĐ"},
        {DocumentType::chi_thi, "CT"},        {DocumentType::quy_che, "QC"},
        {DocumentType::quy_dinh, "QyĐ"},      {DocumentType::thong_cao, "TC"},
        {DocumentType::thong_bao, "TB"},      {DocumentType::huong_dan, "HD"},
        {DocumentType::chuong_trinh, "CTr"},  {DocumentType::ke_hoach, "KH"},
        {DocumentType::phuong_an, "PA"},      {DocumentType::de_an, "ĐA"},
        {DocumentType::du_an, "DA"},          {DocumentType::bao_cao, "BC"},
        {DocumentType::bien_ban, "BB"},       {DocumentType::to_trinh, "TTr"},
        {DocumentType::hop_dong, "HĐ"},       {DocumentType::cong_dien, "CĐ"},
        {DocumentType::ban_ghi_nho, "BGN"},   {DocumentType::ban_thoa_thuan, "BTT"},
        {DocumentType::giay_uy_quyen, "GUQ"}, {DocumentType::giay_moi, "GM"},
        {DocumentType::giay_gioi_thieu, "GGT"}, {DocumentType::giay_nghi_phep, "GNP"},
        {DocumentType::phieu_gui, "PG"},      {DocumentType::phieu_chuyen, "PC"},
        {DocumentType::phieu_bao, "PB"},      {DocumentType::ban_sao_y, "SY"},
        {DocumentType::ban_trich_sao, "TrS"}, {DocumentType::ban_sao_luc, "SL"},
    };
    static_assert(std::size(rows) == 27 + 3, "27 administrative types and 3 copies");
    for (const Row& r : rows) {
      CAPTURE(r.abbreviation);
      CHECK(govplan::abbreviation(r.type) == std::optional<std::string_view>(r.abbreviation));
      CHECK(govplan::info(r.type).abbreviation == r.abbreviation);
      CHECK(govplan::document_type_from_abbreviation(r.abbreviation) == r.type);
    }
  }

  TEST_CASE("a công văn and a thư công have no abbreviation") {
    CHECK_FALSE(govplan::abbreviation(DocumentType::cong_van).has_value());
    CHECK_FALSE(govplan::abbreviation(DocumentType::thu_cong).has_value());
    CHECK(govplan::info(DocumentType::cong_van).abbreviation.empty());
    CHECK(govplan::info(DocumentType::thu_cong).abbreviation.empty());
    CHECK_FALSE(govplan::abbreviation(DocumentType::luat).has_value());
  }

  TEST_CASE("\"CV\" is not an official abbreviation and is not found") {
    CHECK_THROWS_AS(govplan::document_type_from_abbreviation("CV"), govplan::NotFound);
    CHECK_THROWS_AS(govplan::document_type_from_abbreviation("cv"), govplan::NotFound);
    try {
      (void)govplan::document_type_from_abbreviation("CV");
    } catch (const govplan::NotFound& e) {
      CHECK(e.id() == "document_type.abbreviation");
      CHECK(e.found() == "\"CV\"");
      // The message lists the known abbreviations.
      CHECK(e.expected().find("KH") != std::string::npos);
      CHECK(e.expected().find("TTr") != std::string::npos);
    }
    CHECK_THROWS_AS(govplan::document_type_from_abbreviation(""), govplan::NotFound);
    CHECK_THROWS_AS(govplan::document_type_from_abbreviation("XYZ"), govplan::NotFound);
  }

  TEST_CASE("abbreviations are found whatever their letter case") {
    CHECK(govplan::document_type_from_abbreviation("TTR") == DocumentType::to_trinh);
    CHECK(govplan::document_type_from_abbreviation("ttr") == DocumentType::to_trinh);
    CHECK(govplan::document_type_from_abbreviation("kh") == DocumentType::ke_hoach);
    CHECK(govplan::document_type_from_abbreviation("qđ") == DocumentType::quyet_dinh);
    CHECK(govplan::document_type_from_abbreviation("QYĐ") == DocumentType::quy_dinh);
    CHECK(govplan::document_type_from_abbreviation("nđ") == DocumentType::nghi_dinh);
    CHECK(govplan::document_type_from_abbreviation("TT") == DocumentType::thong_tu);
  }

  TEST_CASE("Party numbers abbreviate their types in their own way") {
    CHECK(govplan::party_document_type_from_abbreviation("CTr") == DocumentType::chuong_trinh);
    CHECK(govplan::party_document_type_from_abbreviation("NQ") == DocumentType::nghi_quyet);
    CHECK(govplan::party_document_type_from_abbreviation("KL") == DocumentType::ket_luan);
    CHECK(govplan::party_document_type_from_abbreviation("CV") == DocumentType::cong_van);
    CHECK(govplan::party_document_type_from_abbreviation("TT") == DocumentType::thong_tri);
    CHECK_THROWS_AS(govplan::party_document_type_from_abbreviation("NĐ"), govplan::NotFound);
  }

  TEST_CASE("a type is found by its Vietnamese name in any letter case") {
    CHECK(govplan::document_type_from_name("Kế hoạch") == DocumentType::ke_hoach);
    CHECK(govplan::document_type_from_name("KẾ HOẠCH") == DocumentType::ke_hoach);
    CHECK(govplan::document_type_from_name("kế hoạch") == DocumentType::ke_hoach);
    CHECK(govplan::document_type_from_name("NGHỊ ĐỊNH") == DocumentType::nghi_dinh);
    CHECK(govplan::document_type_from_name("Tờ trình") == DocumentType::to_trinh);
    // Documents call a công văn "văn bản" ("văn bản số 9540/BTC-ĐT").
    CHECK(govplan::document_type_from_name("văn bản") == DocumentType::cong_van);
    CHECK(govplan::document_type_from_name("Văn bản") == DocumentType::cong_van);
    CHECK_THROWS_AS(govplan::document_type_from_name("Thư tình"), govplan::NotFound);
    CHECK_THROWS_AS(govplan::document_type_from_name(""), govplan::NotFound);
    try {
      (void)govplan::document_type_from_name("Thư tình");
    } catch (const govplan::NotFound& e) {
      CHECK(e.id() == "document_type.name");
    }
  }

  TEST_CASE("parse_document_type reads only the ids and names them when it fails") {
    CHECK(govplan::parse_document_type("ke_hoach") == DocumentType::ke_hoach);
    CHECK(govplan::parse_document_type("thong_tri") == DocumentType::thong_tri);
    for (const char* bad : {"Kế hoạch", "KE_HOACH", "", "kehoach", "ke_hoach "}) {
      CAPTURE(bad);
      const govplan::ParseError e =
          parse_error_of([&] { (void)govplan::parse_document_type(bad); });
      CHECK(e.id() == "document_type.unknown");
      CHECK(e.expected().find("ke_hoach") != std::string::npos);
      CHECK(e.expected().find("cong_van") != std::string::npos);
    }
  }

  // ---- numbers and symbols ----------------------------------------------------------------------

  TEST_CASE("DocumentNumber::parse reads every form of the header and of real documents") {
    struct Form {
      const char* text;
      const char* canonical;
      std::optional<std::string> number;
      std::optional<int> ordinal;
      std::optional<int> year;
      const char* type;
      const char* issuer;
      const char* unit;
      NumberStyle style;
      std::optional<DocumentType> document_type;
      const char* symbol;
    };
    const auto S = NumberStyle::state;
    const auto P = NumberStyle::party;
    const std::optional<std::string> draft;
    const Form forms[] = {
        {"43/KH-UBND", "43/KH-UBND", "43", 43, {}, "KH", "UBND", "", S, DocumentType::ke_hoach,
         "KH-UBND"},
        {"09/2019/NĐ-CP", "09/2019/NĐ-CP", "09", 9, 2019, "NĐ", "CP", "", S,
         DocumentType::nghi_dinh, "NĐ-CP"},
        {"407/QĐ-TTg", "407/QĐ-TTg", "407", 407, {}, "QĐ", "TTg", "", S, DocumentType::quyet_dinh,
         "QĐ-TTg"},
        {"80/2015/QH13", "80/2015/QH13", "80", 80, 2015, "", "QH13", "", S, {}, "QH13"},
        {"2057/HĐPH", "2057/HĐPH", "2057", 2057, {}, "", "HĐPH", "", S, {}, "HĐPH"},
        {"2450/VPCP-KGVX", "2450/VPCP-KGVX", "2450", 2450, {}, "", "VPCP", "KGVX", S, {},
         "VPCP-KGVX"},
        {"06-CTr/TU", "06-CTr/TU", "06", 6, {}, "CTr", "TU", "", P, DocumentType::chuong_trinh,
         "CTr/TU"},
        {"/KH-UBND", "/KH-UBND", draft, {}, {}, "KH", "UBND", "", S, DocumentType::ke_hoach,
         "KH-UBND"},
        {"36 /KH - UBND", "36/KH-UBND", "36", 36, {}, "KH", "UBND", "", S, DocumentType::ke_hoach,
         "KH-UBND"},
        {"Số: 24/KH-UBND", "24/KH-UBND", "24", 24, {}, "KH", "UBND", "", S,
         DocumentType::ke_hoach, "KH-UBND"},
        {"số 43/KH-UBND", "43/KH-UBND", "43", 43, {}, "KH", "UBND", "", S, DocumentType::ke_hoach,
         "KH-UBND"},
        {"SỐ: 59/2023/NĐ-CP", "59/2023/NĐ-CP", "59", 59, 2023, "NĐ", "CP", "", S,
         DocumentType::nghi_dinh, "NĐ-CP"},
        {"Số:        /KH-UBND", "/KH-UBND", draft, {}, {}, "KH", "UBND", "", S,
         DocumentType::ke_hoach, "KH-UBND"},
        {"32/2020/NĐ- CP", "32/2020/NĐ-CP", "32", 32, 2020, "NĐ", "CP", "", S,
         DocumentType::nghi_dinh, "NĐ-CP"},
        {"7308/KH-BNN-TCLN", "7308/KH-BNN-TCLN", "7308", 7308, {}, "KH", "BNN", "TCLN", S,
         DocumentType::ke_hoach, "KH-BNN-TCLN"},
        {"30c/NQ-CP", "30c/NQ-CP", "30c", 30, {}, "NQ", "CP", "", S, DocumentType::nghi_quyet,
         "NQ-CP"},
        {"884 /QĐ-UBND", "884/QĐ-UBND", "884", 884, {}, "QĐ", "UBND", "", S,
         DocumentType::quyet_dinh, "QĐ-UBND"},
        {"10-NQ/TU", "10-NQ/TU", "10", 10, {}, "NQ", "TU", "", P, DocumentType::nghi_quyet,
         "NQ/TU"},
        {"80-KL/TW", "80-KL/TW", "80", 80, {}, "KL", "TW", "", P, DocumentType::ket_luan,
         "KL/TW"},
        {"09/2022/TT-BLĐTBXH", "09/2022/TT-BLĐTBXH", "09", 9, 2022, "TT", "BLĐTBXH", "", S,
         DocumentType::thong_tu, "TT-BLĐTBXH"},
        {"197/STTTT", "197/STTTT", "197", 197, {}, "", "STTTT", "", S, {}, "STTTT"},
        {"12/UBND-VX", "12/UBND-VX", "12", 12, {}, "", "UBND", "VX", S, {}, "UBND-VX"},
        {"1187/NQ-UBTVQH14", "1187/NQ-UBTVQH14", "1187", 1187, {}, "NQ", "UBTVQH14", "", S,
         DocumentType::nghi_quyet, "NQ-UBTVQH14"},
    };
    for (const Form& f : forms) {
      CAPTURE(f.text);
      const DocumentNumber n = DocumentNumber::parse(f.text);
      CHECK(n.to_string() == f.canonical);
      CHECK(n.number() == f.number);
      CHECK(n.ordinal() == f.ordinal);
      CHECK(n.year() == f.year);
      CHECK(n.has_year() == f.year.has_value());
      CHECK(n.type_abbreviation() == f.type);
      CHECK(n.issuer_abbreviation() == f.issuer);
      CHECK(n.unit_abbreviation() == f.unit);
      CHECK(n.style() == f.style);
      CHECK(n.document_type() == f.document_type);
      CHECK(n.symbol() == f.symbol);
      CHECK(n.is_draft() == !f.number.has_value());
      CHECK(n.has_symbol());
      // The canonical form reads back as the same number.
      CHECK(DocumentNumber::parse(n.to_string()) == n);
      std::ostringstream os;
      os << n;
      CHECK(os.str() == f.canonical);
    }
  }

  TEST_CASE("the example of document.hpp's opening comment holds") {
    const auto n = DocumentNumber::parse("36 /KH - UBND");
    CHECK(n.to_string() == "36/KH-UBND");
    CHECK(n.document_type() == DocumentType::ke_hoach);
    CHECK(n.issuer_abbreviation() == "UBND");
  }

  TEST_CASE("a citation may give a number alone, without a symbol") {
    // The corpus: "Hướng dẫn số 9229 của BCĐ".
    for (const char* text : {"9229", "số 9229", " 9229 "}) {
      CAPTURE(text);
      const DocumentNumber n = DocumentNumber::parse(text);
      CHECK(n.number() == std::optional<std::string>("9229"));
      CHECK(n.ordinal() == 9229);
      CHECK_FALSE(n.has_symbol());
      CHECK_FALSE(n.is_draft());
      CHECK_FALSE(n.has_year());
      CHECK(n.type_abbreviation().empty());
      CHECK(n.issuer_abbreviation().empty());
      CHECK_FALSE(n.document_type().has_value());
      CHECK(n.to_string() == "9229");
    }
    CHECK(DocumentNumber::parse("30c").to_string() == "30c");
    CHECK(DocumentNumber(std::string("9229"), std::nullopt, "", "") ==
          DocumentNumber::parse("9229"));
  }

  TEST_CASE("number styles have names") {
    CHECK(govplan::to_string(NumberStyle::state) == "state");
    CHECK(govplan::to_string(NumberStyle::party) == "party");
  }

  TEST_CASE("every number cited in the corpus reads and writes back as labelled") {
    // references.jsonl labels each citation's number in canonical form, or a bare number when the
    // citation gives no symbol ("Hướng dẫn số 9229 của BCĐ"). A label whose year segment is not
    // four digits is a typo of the source ("34/201/NQ-HĐND", see corpus/README.md).
    int round_trips = 0;
    int bare = 0;
    std::vector<std::string> bad_years;
    for (const auto& entry : test_support::read_json_lines("corpus/references.jsonl")) {
      const std::size_t line = entry.line;
      const test_support::Json& record = entry.value;
      const test_support::Json* label = record.get("label");
      REQUIRE(label != nullptr);
      REQUIRE(label->get("number") != nullptr);
      const std::optional<std::string> number = label->string_at("number");
      if (!number) continue;  // a law cited by its name
      CAPTURE(line);
      CAPTURE(*number);
      const std::size_t slashes =
          static_cast<std::size_t>(std::count(number->begin(), number->end(), '/'));
      const std::size_t first = number->find('/');
      const std::size_t second = number->find('/', first + 1);
      if (slashes == 2 && second - first - 1 != 4) {
        const govplan::ParseError e = parse_error_of([&] { (void)DocumentNumber::parse(*number); });
        CHECK(e.id() == "number.year_digits");
        CHECK(e.where() == Location::in_text(1, first + 2));
        bad_years.push_back(*number);
        continue;
      }
      const DocumentNumber n = DocumentNumber::parse(*number);
      CHECK(n.to_string() == *number);
      CHECK(n.has_symbol() == (slashes > 0));
      CHECK(DocumentNumber::parse(n.to_string()) == n);
      bare += n.has_symbol() ? 0 : 1;
      ++round_trips;
    }
    CHECK(bare >= 1);
    CHECK(round_trips >= 80);
    CHECK(bad_years == std::vector<std::string>{"34/201/NQ-HĐND"});
  }

  TEST_CASE("every number the corpus cites after \"số\" is found in its citation") {
    int found = 0;
    for (const auto& entry : test_support::read_json_lines("corpus/references.jsonl")) {
      const std::size_t line = entry.line;
      const test_support::Json& record = entry.value;
      const std::optional<std::string> number = record.get("label")->string_at("number");
      const std::string text = *record.string_at("text");
      if (!number || number->find('/') == std::string::npos) continue;
      bool valid = true;
      try {
        (void)DocumentNumber::parse(*number);
      } catch (const govplan::ParseError&) {
        valid = false;
      }
      const bool after_so = text.find("số") != std::string::npos ||
                            text.find("Số") != std::string::npos ||
                            text.find("SỐ") != std::string::npos;
      if (!valid || !after_so) continue;
      CAPTURE(line);
      CAPTURE(text);
      const auto matches = govplan::find_document_numbers(text);
      const bool has = std::any_of(matches.begin(), matches.end(), [&](const auto& m) {
        return m.number.to_string() == *number;
      });
      CHECK(has);
      ++found;
    }
    CHECK(found >= 75);
  }

  TEST_CASE("a number a document does not have is a located ParseError") {
    struct Bad {
      std::string text;
      const char* id;
      std::size_t column;
    };
    const std::vector<Bad> bad = {
        {"", "number.empty", 1},
        {"   ", "number.empty", 1},
        {"Số:", "number.empty", 1},
        {"garbage", "number.syntax", 1},
        {"KH-UBND", "number.syntax", 1},
        {"0/KH-UBND", "number.ordinal", 1},
        {"00/KH-UBND", "number.ordinal", 1},
        {"0-NQ/TU", "number.ordinal", 1},
        {"43ab/KH-UBND", "number.ordinal", 1},
        {"43/KH+UBND", "number.character", 6},
        {"Số: 43/KH+UBND", "number.character", 10},  // columns count characters, not bytes
        {"43/KH_UBND", "number.character", 6},
        {"43/KH--UBND", "number.syntax", 4},
        {"43/KH-UBND-", "number.syntax", 4},
        {"43/", "number.syntax", 4},
        {"1/2/3/4", "number.syntax", 1},
        {"34/201/NQ-HĐND", "number.year_digits", 4},
        {"34/20190/NQ-HĐND", "number.year_digits", 4},
        {std::string(10000, '1'), "number.too_long", 1},
        {"43/KH-\xFFUBND", "number.invalid_utf8", 7},
        {"Số: 43/KH-\xC3(UBND", "number.invalid_utf8", 11},
    };
    for (const Bad& b : bad) {
      CAPTURE(b.text.substr(0, 40));
      const govplan::ParseError e = parse_error_of([&] { (void)DocumentNumber::parse(b.text); });
      CHECK(e.id() == b.id);
      CHECK(e.where() == Location::in_text(1, b.column));
      CHECK_FALSE(e.expected().empty());
      CHECK_FALSE(e.found().empty());
    }
  }

  TEST_CASE("a number error message says what was expected, what was found and where") {
    CHECK_THROWS_WITH_AS(DocumentNumber::parse("43/KH+UBND"),
                         "[govplan.parse_error.number.character] at line 1, column 6: expected "
                         "letters, digits, \"/\" and \"-\" in a number and symbol, found \"+\" "
                         "(reading \"43/KH+UBND\")",
                         govplan::ParseError);
    CHECK_THROWS_WITH_AS(DocumentNumber::parse("0/KH-UBND"),
                         "[govplan.parse_error.number.ordinal] at line 1, column 1: expected a "
                         "document number from 1 (digits, at most one letter after), found \"0\" "
                         "(reading \"0/KH-UBND\")",
                         govplan::ParseError);
    CHECK_THROWS_WITH_AS(DocumentNumber::parse(""),
                         "[govplan.parse_error.number.empty] at line 1, column 1: expected a "
                         "number and symbol such as \"43/KH-UBND\", \"09/2019/NĐ-CP\" or "
                         "\"06-CTr/TU\", found an empty text",
                         govplan::ParseError);
    CHECK_THROWS_WITH_AS(DocumentNumber::parse("34/201/NQ-HĐND"),
                         "[govplan.parse_error.number.year_digits] at line 1, column 4: expected a "
                         "four-digit year between the number and the symbol, found \"201\" "
                         "(reading \"34/201/NQ-HĐND\")",
                         govplan::ParseError);
  }

  TEST_CASE("a number is built from its parts and checks them") {
    const DocumentNumber party(std::string("06"), std::nullopt, "CTr", "TU", "",
                               NumberStyle::party);
    CHECK(party == DocumentNumber::parse("06-CTr/TU"));
    CHECK(party.to_string() == "06-CTr/TU");
    const DocumentNumber unit(std::string("7308"), std::nullopt, "KH", "BNN", "TCLN");
    CHECK(unit == DocumentNumber::parse("7308/KH-BNN-TCLN"));
    const DocumentNumber legal(std::string("09"), 2019, "NĐ", "CP");
    CHECK(legal.to_string() == "09/2019/NĐ-CP");
    const DocumentNumber draft(std::nullopt, std::nullopt, "KH", "UBND");
    CHECK(draft.to_string() == "/KH-UBND");
    CHECK(draft.is_draft());

    struct Bad {
      DocumentNumber (*make)();
      const char* id;
    };
    const Bad bad[] = {
        {[] { return DocumentNumber(std::string("0"), std::nullopt, "KH", "UBND"); },
         "number.ordinal"},
        {[] { return DocumentNumber(std::string("4 3"), std::nullopt, "KH", "UBND"); },
         "number.ordinal"},
        {[] { return DocumentNumber(std::string("43"), 123, "KH", "UBND"); }, "number.year"},
        {[] { return DocumentNumber(std::string("43"), std::nullopt, "K H", "UBND"); },
         "number.type"},
        {[] { return DocumentNumber(std::string("43"), std::nullopt, "KH", ""); },
         "number.issuer"},
        {[] { return DocumentNumber(std::string("43"), std::nullopt, "KH", "UB/ND"); },
         "number.issuer"},
        {[] { return DocumentNumber(std::string("43"), std::nullopt, "KH", "BNN", "A--B"); },
         "number.unit"},
        {[] {
           return DocumentNumber(std::nullopt, std::nullopt, "CTr", "TU", "", NumberStyle::party);
         },
         "number.party"},
        {[] {
           return DocumentNumber(std::string("06"), std::nullopt, "", "TU", "", NumberStyle::party);
         },
         "number.party"},
    };
    for (const Bad& b : bad) {
      CAPTURE(b.id);
      bool threw = false;
      try {
        (void)b.make();
      } catch (const govplan::ValidationError& e) {
        threw = true;
        CHECK(e.id() == b.id);
      }
      CHECK(threw);
    }
  }

  TEST_CASE("a default-constructed number is an empty draft") {
    const DocumentNumber n;
    CHECK(n.is_draft());
    CHECK_FALSE(n.has_symbol());
    CHECK_FALSE(n.has_year());
    CHECK(n.type_abbreviation().empty());
    CHECK(n.issuer_abbreviation().empty());
    CHECK(n.unit_abbreviation().empty());
    CHECK(n.style() == NumberStyle::state);
    CHECK_FALSE(n.document_type().has_value());
    CHECK_FALSE(n.ordinal().has_value());
  }

  // ---- finding numbers in a text ----------------------------------------------------------------

  TEST_CASE("the seed plan cites five numbers after \"số\", found in text order and located") {
    const std::string seed = test_support::data_file("seed-chanh-lo-2024.txt");
    const auto matches = govplan::find_document_numbers(seed);
    struct Expected {
      const char* number;
      const char* needle;  // the number with the label before it, as the seed writes it
      std::size_t occurrence;
      std::size_t label_chars;
    };
    const Expected expected[] = {
        {"/KH-UBND", "Số: /KH-UBND", 1, 4},
        {"43/KH-UBND", "số 43/KH-UBND", 1, 3},
        {"164/KH-UBND", "số 164/KH-UBND", 1, 3},
        {"164/KH-UBND", "số 164/KH-UBND", 2, 3},
        {"30/KH-UBND", "số 30/KH-UBND", 1, 3},
    };
    REQUIRE(matches.size() == std::size(expected));
    for (std::size_t i = 0; i < matches.size(); ++i) {
      CAPTURE(i);
      const Expected& e = expected[i];
      CHECK(matches[i].number.to_string() == e.number);
      CHECK(matches[i].text == e.number);
      CHECK(matches[i].where ==
            at(test_support::locate(seed, e.needle, e.occurrence, e.label_chars)));
    }
    CHECK(matches[0].where == Location::in_text(3, 5));
    CHECK(matches[0].number.is_draft());
    CHECK(matches[1].number.document_type() == DocumentType::ke_hoach);
  }

  TEST_CASE("a number is found with its stray spaces and any letter case of \"số\"") {
    const std::string text =
        "Căn cứ Kế hoạch số 36 /KH - UBND ngày 26/02/2024; NGHỊ ĐỊNH SỐ: 59/2023/NĐ-CP NGÀY "
        "14/8/2023.";
    const auto matches = govplan::find_document_numbers(text);
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].number.to_string() == "36/KH-UBND");
    CHECK(matches[0].text == "36 /KH - UBND");
    CHECK(matches[0].where == at(test_support::locate(text, "36 /KH")));
    CHECK(matches[1].number.to_string() == "59/2023/NĐ-CP");
    CHECK(matches[1].text == "59/2023/NĐ-CP");
    CHECK(matches[1].where == at(test_support::locate(text, "59/2023")));
  }

  TEST_CASE("\"số lượng\" and other words after \"số\" are not numbers") {
    // A sentence of the corpus (timeframes.jsonl): one citation, then "số lượng".
    const std::string text =
        "Điều 1 Nghị quyết số 1187/NQ-UBTVQH14 Hướng dẫn việc xác định dự kiến cơ cấu, thành phần "
        "và phân bổ số lượng người được giới thiệu ứng cử đại biểu Hội đồng nhân dân các cấp "
        "nhiệm kỳ 2021 - 2026";
    const auto matches = govplan::find_document_numbers(text);
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].number.to_string() == "1187/NQ-UBTVQH14");
    CHECK(govplan::find_document_numbers("tăng số lượng tài liệu 5/6 lần").empty());
    CHECK(govplan::find_document_numbers("số lượng 12/KH-UBND").empty());
    CHECK(govplan::find_document_numbers("số hóa").empty());
    CHECK(govplan::find_document_numbers("").empty());
    CHECK(govplan::find_document_numbers("Kế hoạch 43/KH-UBND").empty());  // no "số"
    CHECK(govplan::find_document_numbers("số 0/KH-UBND").empty());
  }

  TEST_CASE("find_document_numbers refuses invalid UTF-8") {
    const govplan::ParseError e =
        parse_error_of([] { (void)govplan::find_document_numbers("số 43/KH-UBND \xFF"); });
    CHECK(e.id() == "text.invalid_utf8");
    CHECK(e.where() == Location::in_text(1, 15));
  }

  // ---- citations ------------------------------------------------------------------------------

  TEST_CASE("a citation is written as a Vietnamese document writes it") {
    // The seed's first citation: "Kế hoạch số 43/KH-UBND ngày 26/02/2024 của UBND thành phố".
    const DocumentRef r(DocumentType::ke_hoach, DocumentNumber::parse("43/KH-UBND"),
                        Date(2024, 2, 26), std::string("UBND thành phố"));
    CHECK(r.to_string() == "Kế hoạch số 43/KH-UBND ngày 26/02/2024 của UBND thành phố");
    CHECK(r.to_string(Lang::vi) == r.to_string());
    const std::string seed = test_support::data_file("seed-chanh-lo-2024.txt");
    CHECK(seed.find(r.to_string()) != std::string::npos);
    CHECK(r.type() == DocumentType::ke_hoach);
    CHECK(r.number() == DocumentNumber::parse("43/KH-UBND"));
    CHECK(r.date() == Date(2024, 2, 26));
    CHECK(r.issuer() == std::optional<std::string>("UBND thành phố"));
    CHECK_FALSE(r.title().has_value());
    CHECK_FALSE(r.part().has_value());
    CHECK(r.year() == 2024);
  }

  TEST_CASE("a citation in English names the type, number and date in English") {
    const DocumentRef r(DocumentType::ke_hoach, DocumentNumber::parse("43/KH-UBND"),
                        Date(2024, 2, 26), std::string("UBND thành phố"));
    const std::string en = r.to_string(Lang::en);
    CHECK(en.starts_with("Plan No. 43/KH-UBND of 26/02/2024 "));
    CHECK(en.ends_with(" UBND thành phố"));
  }

  TEST_CASE("a citation of a part of a document names the part first") {
    // The seed: "tại Phụ lục kèm theo Kế hoạch số 30/KH-UBND ngày 05/02/2024 của UBND tỉnh".
    const DocumentRef r(DocumentType::ke_hoach, DocumentNumber::parse("30/KH-UBND"),
                        Date(2024, 2, 5), std::string("UBND tỉnh"), std::nullopt,
                        std::string("Phụ lục"));
    CHECK(r.to_string() == "Phụ lục kèm theo Kế hoạch số 30/KH-UBND ngày 05/02/2024 của UBND tỉnh");
    const std::string seed = test_support::data_file("seed-chanh-lo-2024.txt");
    CHECK(seed.find(r.to_string()) != std::string::npos);
    CHECK(r.part() == std::optional<std::string>("Phụ lục"));
  }

  TEST_CASE("a law cited by its name and year has neither number nor day") {
    // The corpus: "Luật Hòa giải ở cơ sở năm 2013".
    const DocumentRef r(DocumentType::luat, std::nullopt, std::nullopt, std::nullopt,
                        std::string("Hòa giải ở cơ sở"), std::nullopt, 2013);
    CHECK(r.to_string() == "Luật Hòa giải ở cơ sở năm 2013");
    CHECK(r.year() == 2013);
    CHECK_FALSE(r.number().has_value());
    CHECK_FALSE(r.date().has_value());
    CHECK(r.to_string(Lang::en).starts_with("Law Hòa giải ở cơ sở"));
    CHECK(r.to_string(Lang::en).find("2013") != std::string::npos);
  }

  TEST_CASE("a citation's year comes from its date, else as given, else from its number") {
    const auto legal = DocumentNumber::parse("09/2019/NĐ-CP");
    CHECK(DocumentRef(DocumentType::nghi_dinh, legal, Date(2019, 1, 24), std::nullopt).year() ==
          2019);
    CHECK(DocumentRef(DocumentType::nghi_dinh, legal, std::nullopt, std::nullopt).year() == 2019);
    CHECK(DocumentRef(DocumentType::luat, std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                      std::nullopt, 2013)
              .year() == 2013);
    CHECK(DocumentRef(DocumentType::nghi_dinh, legal, std::nullopt, std::nullopt, std::nullopt,
                      std::nullopt, 2019)
              .year() == 2019);
    CHECK(DocumentRef(DocumentType::ke_hoach, DocumentNumber::parse("43/KH-UBND"),
                      Date(2024, 2, 26), std::nullopt, std::nullopt, std::nullopt, 2024)
              .year() == 2024);
    CHECK_FALSE(DocumentRef(DocumentType::ke_hoach, DocumentNumber::parse("43/KH-UBND"),
                            std::nullopt, std::nullopt)
                    .year()
                    .has_value());
  }

  TEST_CASE("a citation whose year disagrees with its date is a ValidationError") {
    CHECK_THROWS_WITH_AS(DocumentRef(DocumentType::ke_hoach, DocumentNumber::parse("43/KH-UBND"),
                                     Date(2024, 2, 26), std::nullopt, std::nullopt, std::nullopt,
                                     2023),
                         "[govplan.validation_error.document_ref.year] expected the year of the "
                         "date 2024-02-26, found 2023",
                         govplan::ValidationError);
  }

  TEST_CASE("a default-constructed citation is empty") {
    const DocumentRef r;
    CHECK_FALSE(r.type().has_value());
    CHECK_FALSE(r.number().has_value());
    CHECK_FALSE(r.date().has_value());
    CHECK_FALSE(r.year().has_value());
    CHECK_FALSE(r.issuer().has_value());
    CHECK(r.to_string().empty());
    CHECK(r == DocumentRef());
  }

  // ---- bodies ---------------------------------------------------------------------------------

  TEST_CASE("an authority has a name, a level, and optionally a short name and a parent") {
    const govplan::Authority a("Ủy ban nhân dân phường Chánh Lộ", AdministrativeLevel::commune,
                               std::string("UBND phường Chánh Lộ"),
                               std::string("UBND thành phố Quảng Ngãi"));
    CHECK(a.name() == "Ủy ban nhân dân phường Chánh Lộ");
    CHECK(a.level() == AdministrativeLevel::commune);
    CHECK(a.short_name() == std::optional<std::string>("UBND phường Chánh Lộ"));
    CHECK(a.parent() == std::optional<std::string>("UBND thành phố Quảng Ngãi"));
    const govplan::Authority d;
    CHECK(d.name().empty());
    CHECK(d.level() == AdministrativeLevel::central);
    CHECK_FALSE(d.short_name().has_value());
    CHECK_THROWS_AS(govplan::Authority("", AdministrativeLevel::province),
                    govplan::ValidationError);
    CHECK_THROWS_AS(govplan::Authority("  ", AdministrativeLevel::province),
                    govplan::ValidationError);
  }

  TEST_CASE("the district level existed until 30 June 2025") {
    CHECK(govplan::level_exists_on(AdministrativeLevel::district, Date(2025, 6, 30)));
    CHECK_FALSE(govplan::level_exists_on(AdministrativeLevel::district, Date(2025, 7, 1)));
    CHECK(govplan::level_exists_on(AdministrativeLevel::district, Date(2020, 3, 5)));
    CHECK_FALSE(govplan::level_exists_on(AdministrativeLevel::district, Date(2026, 1, 1)));
    for (auto level : {AdministrativeLevel::central, AdministrativeLevel::province,
                       AdministrativeLevel::commune}) {
      CHECK(govplan::level_exists_on(level, Date(2025, 6, 30)));
      CHECK(govplan::level_exists_on(level, Date(2025, 7, 1)));
    }
  }

  TEST_CASE("administrative levels have names in code, Vietnamese and English") {
    for (auto level : {AdministrativeLevel::central, AdministrativeLevel::province,
                       AdministrativeLevel::district, AdministrativeLevel::commune}) {
      CHECK(govplan::parse_administrative_level(govplan::to_string(level)) == level);
    }
    CHECK(govplan::to_string(AdministrativeLevel::district) == "district");
    CHECK(govplan::display_name(AdministrativeLevel::district) == "cấp huyện");
    CHECK(govplan::display_name(AdministrativeLevel::commune) == "cấp xã");
    CHECK(govplan::display_name(AdministrativeLevel::province, Lang::en) == "province");
    const govplan::ParseError e =
        parse_error_of([] { (void)govplan::parse_administrative_level("District"); });
    CHECK(e.id() == "administrative_level.unknown");
  }

  // ---- signers --------------------------------------------------------------------------------

  TEST_CASE("signature authorities have names and prefixes") {
    for (auto a : {SignatureAuthority::none, SignatureAuthority::tm, SignatureAuthority::kt,
                   SignatureAuthority::tl, SignatureAuthority::tuq, SignatureAuthority::q}) {
      CHECK(govplan::parse_signature_authority(govplan::to_string(a)) == a);
    }
    CHECK(govplan::prefix(SignatureAuthority::tm) == "TM.");
    CHECK(govplan::prefix(SignatureAuthority::kt) == "KT.");
    CHECK(govplan::prefix(SignatureAuthority::tl) == "TL.");
    CHECK(govplan::prefix(SignatureAuthority::tuq) == "TUQ.");
    CHECK(govplan::prefix(SignatureAuthority::q) == "Q.");
    CHECK(govplan::prefix(SignatureAuthority::none).empty());
    const govplan::ParseError e =
        parse_error_of([] { (void)govplan::parse_signature_authority("TM."); });
    CHECK(e.id() == "signature_authority.unknown");
  }

  TEST_CASE("the seed's signature block reads as the chair signing on behalf of the committee") {
    const std::string seed = test_support::data_file("seed-chanh-lo-2024.txt");
    const std::string block = "**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**\n\nLê Việt Dũng";
    REQUIRE(seed.find(block) != std::string::npos);
    const Signer s = Signer::parse(block);
    CHECK(s.authority() == SignatureAuthority::tm);
    CHECK(s.on_behalf_of() == std::optional<std::string>("ỦY BAN NHÂN DÂN"));
    CHECK(s.authority_lines() ==
          std::vector<SignatureLine>{{SignatureAuthority::tm, "ỦY BAN NHÂN DÂN"}});
    CHECK(s.position() == "CHỦ TỊCH");
    CHECK_FALSE(s.is_acting());
    CHECK(s.name() == std::optional<std::string>("Lê Việt Dũng"));
    CHECK(s.to_string() == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Việt Dũng");
    CHECK(Signer::parse(s.to_string()) == s);
  }

  TEST_CASE("a deputy signs in place of the chair on behalf of the committee") {
    const Signer s =
        Signer::parse("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Văn A");
    CHECK(s.authority() == SignatureAuthority::tm);
    CHECK(s.on_behalf_of() == std::optional<std::string>("ỦY BAN NHÂN DÂN"));
    CHECK(s.authority_lines() ==
          std::vector<SignatureLine>{{SignatureAuthority::tm, "ỦY BAN NHÂN DÂN"},
                                     {SignatureAuthority::kt, "CHỦ TỊCH"}});
    CHECK(s.position() == "PHÓ CHỦ TỊCH");
    CHECK(s.name() == std::optional<std::string>("Nguyễn Văn A"));
    CHECK_FALSE(s.is_acting());
    CHECK(s.to_string() == "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A");
    CHECK(Signer::parse(s.to_string()) == s);
  }

  TEST_CASE("an acting head signs with \"Q.\" before the position") {
    const Signer s = Signer::parse("Q. GIÁM ĐỐC\nTrần B");
    CHECK(s.authority() == SignatureAuthority::q);
    CHECK(s.is_acting());
    CHECK(s.position() == "GIÁM ĐỐC");
    CHECK(s.authority_lines().empty());
    CHECK_FALSE(s.on_behalf_of().has_value());
    CHECK(s.name() == std::optional<std::string>("Trần B"));
    CHECK(s.to_string() == "Q. GIÁM ĐỐC\nTrần B");
    CHECK(Signer::parse(s.to_string()) == s);
    CHECK(s == Signer({}, "GIÁM ĐỐC", std::string("Trần B"), true));
  }

  TEST_CASE("other signature blocks read as Decree 30, Art. 13 describes them") {
    SUBCASE("a head signing in their own name") {
      const Signer s = Signer::parse("GIÁM ĐỐC\nTrần B");
      CHECK(s.authority() == SignatureAuthority::none);
      CHECK(s.position() == "GIÁM ĐỐC");
      CHECK(Signer::parse(s.to_string()) == s);
    }
    SUBCASE("by order, with a deputy signing in turn, and a seal note") {
      const Signer s =
          Signer::parse("TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n[daky]\nTrần C");
      CHECK(s.authority() == SignatureAuthority::tl);
      CHECK(s.authority_lines().size() == 2);
      CHECK(s.position() == "PHÓ CHÁNH VĂN PHÒNG");
      CHECK(s.name() == std::optional<std::string>("Trần C"));
      CHECK(Signer::parse(s.to_string()) == s);
    }
    SUBCASE("by written authorisation") {
      const Signer s = Signer::parse("TUQ. GIÁM ĐỐC\nTRƯỞNG PHÒNG\nLê D");
      CHECK(s.authority() == SignatureAuthority::tuq);
      CHECK(s.on_behalf_of() == std::optional<std::string>("GIÁM ĐỐC"));
      CHECK(s.position() == "TRƯỞNG PHÒNG");
    }
    SUBCASE("an unsigned draft has no name yet") {
      const Signer s = Signer::parse("  TM. ỦY BAN NHÂN DÂN  \n  CHỦ TỊCH\n\n");
      CHECK(s.position() == "CHỦ TỊCH");
      CHECK_FALSE(s.name().has_value());
      CHECK(s.to_string() == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH");
      CHECK(Signer::parse(s.to_string()) == s);
    }
  }

  TEST_CASE("a signature block that cannot be read is a ParseError naming the line") {
    struct Bad {
      const char* block;
      const char* id;
      std::size_t line;
    };
    const Bad bad[] = {
        {"", "signer.no_position", 1},
        {"TM.", "signer.empty_authority", 1},
        {"\n\nTM.\nCHỦ TỊCH", "signer.empty_authority", 3},
        {"TM. ỦY BAN NHÂN DÂN\nKT.\nPHÓ CHỦ TỊCH", "signer.empty_authority", 2},
        {"Q.", "signer.no_position", 1},
        {"TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Việt Dũng\nNguyễn Văn A", "signer.extra_line", 4},
        {"TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Việt Dũng\n\nNguyễn Văn A", "signer.extra_line", 6},
    };
    for (const Bad& b : bad) {
      CAPTURE(b.block);
      const govplan::ParseError e = parse_error_of([&] { (void)Signer::parse(b.block); });
      CHECK(e.id() == b.id);
      CHECK(e.where().line() == b.line);
    }
    CHECK_THROWS_WITH_AS(Signer::parse("TM."),
                         "[govplan.parse_error.signer.empty_authority] at line 1, column 1: "
                         "expected the body or position after TM., found \"TM.\"",
                         govplan::ParseError);
    CHECK_THROWS_WITH_AS(Signer::parse("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Việt Dũng\nextra"),
                         "[govplan.parse_error.signer.extra_line] at line 4, column 1: expected "
                         "the signer's name as the last line, found \"extra\"",
                         govplan::ParseError);
  }

  TEST_CASE("a signer built from parts checks them") {
    CHECK_THROWS_AS(Signer({{SignatureAuthority::q, "GIÁM ĐỐC"}}, "PHÓ GIÁM ĐỐC", std::nullopt),
                    govplan::ValidationError);
    CHECK_THROWS_AS(Signer({{SignatureAuthority::none, "GIÁM ĐỐC"}}, "PHÓ GIÁM ĐỐC", std::nullopt),
                    govplan::ValidationError);
    CHECK_THROWS_AS(Signer({{SignatureAuthority::tm, " "}}, "CHỦ TỊCH", std::nullopt),
                    govplan::ValidationError);
    CHECK_THROWS_AS(Signer({}, "", std::nullopt), govplan::ValidationError);
    const Signer d;
    CHECK(d.authority_lines().empty());
    CHECK(d.position().empty());
    CHECK(d.authority() == SignatureAuthority::none);
  }

  // ---- the place-and-date line ----------------------------------------------------------------

  TEST_CASE("the seed's date line names the place and a date without its day") {
    const std::string line = test_support::lines_of(test_support::data_file(
                                                        "seed-chanh-lo-2024.txt"))
                                 .at(4);
    REQUIRE(line == "Chánh Lộ, ngày tháng 02 năm 2024");
    const govplan::PlaceDate pd = govplan::parse_place_date(line);
    CHECK(pd.place == "Chánh Lộ");
    CHECK(pd.date == PartialDate(2024, 2));

    const auto findings = govplan::check_place_date(line);
    REQUIRE(findings.size() == 1);
    const govplan::Finding& f = findings[0];
    CHECK(f.code() == "date_line.day_blank");
    CHECK(f.severity() == Severity::info);
    CHECK(f.subject() == "header.date_line");
    CHECK(f.where().line() == 1u);
    // The blank lies between "ngày" and "tháng".
    const auto ngay = test_support::locate(line, "ngày");
    const auto thang = test_support::locate(line, "tháng");
    REQUIRE(f.where().column().has_value());
    CHECK(*f.where().column() > ngay.column + 3);
    CHECK(*f.where().column() <= thang.column);
    CHECK(f.rule().find("Điều 15") != std::string::npos);
    check_well_formed(f);
  }

  TEST_CASE("the date lines Decree 30 gives as examples have no findings") {
    for (const char* line : {"Hà Nội, ngày 05 tháng 01 năm 2020",
                             "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019",
                             "Quảng Nam, ngày 27 tháng 3 năm 2024",
                             "Dân Lực, ngày 18 tháng 02 năm 2021",
                             "Hà Nội, ngày 15 tháng 12 năm 2024"}) {
      CAPTURE(line);
      CHECK(govplan::check_place_date(line).empty());
    }
    const govplan::PlaceDate hcm =
        govplan::parse_place_date("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019");
    CHECK(hcm.place == "Thành phố Hồ Chí Minh");
    CHECK(hcm.date == PartialDate(Date(2019, 6, 29)));
    const govplan::PlaceDate hn = govplan::parse_place_date("Hà Nội, ngày 05 tháng 01 năm 2020");
    CHECK(hn == govplan::PlaceDate{"Hà Nội", PartialDate(Date(2020, 1, 5))});
  }

  TEST_CASE("a day below 10 and the months 1 and 2 without their leading zero are reported") {
    const std::string line = "Hà Nội, ngày 5 tháng 1 năm 2020";
    CHECK(govplan::parse_place_date(line).date == PartialDate(Date(2020, 1, 5)));
    const auto findings = govplan::check_place_date(line);
    CHECK(sorted(codes_of(findings)) ==
          std::vector<std::string>{"date_line.day_not_padded", "date_line.month_not_padded"});
    const govplan::Finding* day = find_code(findings, "date_line.day_not_padded");
    const govplan::Finding* month = find_code(findings, "date_line.month_not_padded");
    REQUIRE(day != nullptr);
    REQUIRE(month != nullptr);
    CHECK(day->where() == at(test_support::locate(line, "5 tháng")));
    CHECK(day->where() == Location::in_text(1, 14));
    CHECK(month->where() == at(test_support::locate(line, "1 năm")));
    CHECK(month->where() == Location::in_text(1, 22));
    CHECK(day->severity() == Severity::warning);
    CHECK(month->severity() == Severity::warning);
    CHECK(day->message(Lang::vi).find("ngày 05") != std::string::npos);
    CHECK(month->message(Lang::en).find("tháng 01") != std::string::npos);
    for (const auto& f : findings) check_well_formed(f);
  }

  TEST_CASE("a month from 3 to 12 with a leading zero, and a missing place, are reported") {
    const std::string line = "ngày 15 tháng 09 năm 2022";
    const govplan::PlaceDate pd = govplan::parse_place_date(line);
    CHECK(pd.place.empty());
    CHECK(pd.date == PartialDate(Date(2022, 9, 15)));
    const auto findings = govplan::check_place_date(line);
    CHECK(sorted(codes_of(findings)) ==
          std::vector<std::string>{"date_line.month_padded", "date_line.place_missing"});
    const govplan::Finding* month = find_code(findings, "date_line.month_padded");
    const govplan::Finding* place = find_code(findings, "date_line.place_missing");
    REQUIRE(month != nullptr);
    REQUIRE(place != nullptr);
    CHECK(month->where() == at(test_support::locate(line, "09")));
    CHECK(month->severity() == Severity::warning);
    CHECK(month->message(Lang::en).find("tháng 9") != std::string::npos);
    CHECK(place->severity() == Severity::warning);
    CHECK(place->where().line() == 1u);
    for (const auto& f : findings) check_well_formed(f);
  }

  TEST_CASE("a date line in numeric form is reported as such, not digit by digit") {
    const std::string line = "Hà Nội, 05/01/2020";
    const govplan::PlaceDate pd = govplan::parse_place_date(line);
    CHECK(pd.place == "Hà Nội");
    CHECK(pd.date == PartialDate(Date(2020, 1, 5)));
    const auto findings = govplan::check_place_date(line);
    REQUIRE(codes_of(findings) == std::vector<std::string>{"date_line.numeric_form"});
    CHECK(findings[0].severity() == Severity::warning);
    CHECK(findings[0].where().line() == 1u);
    check_well_formed(findings[0]);
    CHECK(codes_of(govplan::check_place_date("Hà Nội, 5/1/2020")) ==
          std::vector<std::string>{"date_line.numeric_form"});
    CHECK(codes_of(govplan::check_place_date("Hà Nội, ngày 05/01/2020")) ==
          std::vector<std::string>{"date_line.numeric_form"});
  }

  TEST_CASE("a draft with neither day nor month is reported twice, as information") {
    const std::string line = "Chánh Lộ, ngày    tháng    năm 2024";
    CHECK(govplan::parse_place_date(line).date == PartialDate(2024));
    const auto findings = govplan::check_place_date(line);
    CHECK(sorted(codes_of(findings)) ==
          std::vector<std::string>{"date_line.day_blank", "date_line.month_blank"});
    for (const auto& f : findings) {
      CHECK(f.severity() == Severity::info);
      check_well_formed(f);
    }
  }

  TEST_CASE("a line with no readable date is an error finding, and a ParseError to parse") {
    const auto findings = govplan::check_place_date("garbage");
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code() == "date_line.unreadable");
    CHECK(findings[0].severity() == Severity::error);
    CHECK(findings[0].where() == Location::in_text(1, 1));
    check_well_formed(findings[0]);
    for (const char* line : {"garbage", "", "Hà Nội, ngày 30 tháng 02 năm 2024",
                             "Hà Nội, ngày 05 tháng 01 năm 20"}) {
      CAPTURE(line);
      CHECK(codes_of(govplan::check_place_date(line)) ==
            std::vector<std::string>{"date_line.unreadable"});
      CHECK_THROWS_AS(govplan::parse_place_date(line), govplan::ParseError);
    }
    const govplan::ParseError e = parse_error_of(
        [] { (void)govplan::parse_place_date("Hà Nội, ngày 30 tháng 02 năm 2024"); });
    CHECK(e.id() == "date.impossible");
    CHECK(e.where() == Location::in_text(1, 14));
    CHECK(parse_error_of([] { (void)govplan::parse_place_date("Hà Nội, \xFF"); }).id() ==
          "date_line.invalid_utf8");
    CHECK(codes_of(govplan::check_place_date(std::string(1000, 'x'))) ==
          std::vector<std::string>{"date_line.unreadable"});
  }

  // ---- the header of a document ---------------------------------------------------------------

  TEST_CASE("the seed's header is a draft: no number yet, no day yet") {
    const std::string seed = test_support::data_file("seed-chanh-lo-2024.txt");
    const govplan::DocumentHeader h = govplan::read_header(seed);
    REQUIRE(h.number.has_value());
    CHECK(h.number->number == DocumentNumber::parse("/KH-UBND"));
    CHECK(h.number->number.is_draft());
    CHECK(h.number->where == Location::in_text(3, 5));
    CHECK(h.number->where == at(test_support::locate(seed, "Số: /KH-UBND", 1, 4)));
    REQUIRE(h.date_line.has_value());
    CHECK(*h.date_line == "Chánh Lộ, ngày tháng 02 năm 2024");
    CHECK(h.date_line_where == Location::in_text(5, 1));
    REQUIRE(h.place_date.has_value());
    CHECK(h.place_date->place == "Chánh Lộ");
    CHECK(h.place_date->date == PartialDate(2024, 2));
    CHECK(h.place_date->date.to_string() == "2024-02");

    CHECK(sorted(codes_of(h.findings)) ==
          std::vector<std::string>{"date_line.day_blank", "header.number_blank"});
    const govplan::Finding* number = find_code(h.findings, "header.number_blank");
    const govplan::Finding* day = find_code(h.findings, "date_line.day_blank");
    REQUIRE(number != nullptr);
    REQUIRE(day != nullptr);
    CHECK(number->severity() == Severity::info);
    CHECK(number->where() == Location::in_text(3, 5));
    CHECK(day->severity() == Severity::info);
    // Located in the whole text, not in the line.
    CHECK(day->where().line() == 5u);
    CHECK(day->where().column() == govplan::check_place_date(*h.date_line)[0].where().column());
    for (const auto& f : h.findings) check_well_formed(f);
  }

  TEST_CASE("the headers of published plans give their number, place and date") {
    struct Header {
      const char* file;
      const char* number;
      const char* date_line_start;  // the first characters of the place-and-date line
      const char* place;
      PartialDate date;
      std::vector<std::string> findings;
    };
    const Header headers[] = {
        {"003.txt", "/KH-UBND", "Dân Lực, ngày", "Dân Lực", PartialDate(Date(2021, 2, 18)),
         {"header.number_blank"}},
        {"008.txt", "22/KH-UBND", "Sơn La, ngày", "Sơn La", PartialDate(Date(2024, 1, 21)), {}},
        {"009.txt", "983/KH-UBND", "Tây Ninh, ngày", "Tây Ninh", PartialDate(Date(2019, 5, 15)),
         {}},
        {"012.txt", "1892/QĐ-UBND", "Bình Định, ngày", "Bình Định",
         PartialDate(Date(2024, 5, 28)), {}},
        {"013.txt", "2119/KH-UBND", "Quảng Nam, ngày", "Quảng Nam",
         PartialDate(Date(2024, 3, 27)), {}},
        {"014.txt", "23/KH-UBND", "Quảng Ngãi, ngày", "Quảng Ngãi",
         PartialDate(Date(2024, 1, 31)), {}},
        {"017.txt", "4881/QĐ-UBND", "Bình Định, ngày", "Bình Định",
         PartialDate(Date(2019, 12, 26)), {}},
        {"019.txt", "4851/KH-UBND", "Bình Dương, ngày", "Bình Dương",
         PartialDate(Date(2018, 10, 11)), {}},
        {"035.txt", "7822/KH-UBND", "Bến Tre, ngày", "Bến Tre", PartialDate(Date(2021, 11, 26)),
         {}},
        {"036.txt", "1556/KH-UBND", "Lai Châu, ngày", "Lai Châu", PartialDate(Date(2024, 4, 25)),
         {}},
    };
    for (const Header& e : headers) {
      CAPTURE(e.file);
      const std::string text = test_support::data_file(std::string("corpus/documents/") + e.file);
      const govplan::DocumentHeader h = govplan::read_header(text);
      REQUIRE(h.number.has_value());
      CHECK(h.number->number.to_string() == e.number);
      // Where the number is: its first character after the "Số:" label, found here.
      const std::size_t number_at = text.find(e.number, text.find("Số:"));
      REQUIRE(number_at != std::string::npos);
      CHECK(h.number->where == at(test_support::position_at(text, number_at)));
      REQUIRE(h.place_date.has_value());
      CHECK(h.place_date->place == e.place);
      CHECK(h.place_date->date == e.date);
      REQUIRE(h.date_line.has_value());
      CHECK(h.date_line->starts_with(e.date_line_start));
      CHECK(govplan::parse_place_date(*h.date_line) == *h.place_date);
      CHECK(h.date_line_where == at(test_support::locate(text, e.date_line_start)));
      CHECK(sorted(codes_of(h.findings)) == e.findings);
    }
  }

  TEST_CASE("a date line broken over two lines by a PDF conversion is read whole") {
    // documents/008.txt: "Sơn La, ngày 21" / "tháng 01 năm 2024"; 012.txt breaks after "ngày".
    const std::string text = test_support::data_file("corpus/documents/008.txt");
    const govplan::DocumentHeader h = govplan::read_header(text);
    REQUIRE(h.place_date.has_value());
    CHECK(h.place_date->date == PartialDate(Date(2024, 1, 21)));
    CHECK(h.date_line_where == at(test_support::locate(text, "Sơn La, ngày 21\ntháng 01")));
    CHECK(h.findings.empty());
  }

  TEST_CASE("a number on the line after its \"Số:\" label is read") {
    // documents/006.txt has "Số:" on one line and "24/KH-UBND" on the next. (Its place name is
    // itself broken, "Thừa" / "Thiên Huế, ngày 23 …": the place and the locations of that header
    // are not checked here.)
    const std::string text = test_support::data_file("corpus/documents/006.txt");
    const govplan::DocumentHeader h = govplan::read_header(text);
    REQUIRE(h.number.has_value());
    CHECK(h.number->number.to_string() == "24/KH-UBND");
    REQUIRE(h.place_date.has_value());
    CHECK(h.place_date->date == PartialDate(Date(2021, 1, 23)));
    CHECK(h.findings.empty());
  }

  TEST_CASE("a news item quoting a plan has no header of its own") {
    for (const char* file : {"018.txt", "025.txt", "026.txt", "027.txt", "030.txt", "033.txt",
                             "034.txt"}) {
      CAPTURE(file);
      const govplan::DocumentHeader h =
          govplan::read_header(test_support::data_file(std::string("corpus/documents/") + file));
      CHECK_FALSE(h.number.has_value());
      CHECK_FALSE(h.date_line.has_value());
      CHECK_FALSE(h.date_line_where.has_value());
      CHECK_FALSE(h.place_date.has_value());
      CHECK(sorted(codes_of(h.findings)) ==
            std::vector<std::string>{"header.date_line_missing", "header.number_missing"});
      for (const auto& f : h.findings) {
        CHECK(f.severity() == Severity::warning);
        check_well_formed(f);
      }
    }
  }

  TEST_CASE("read_header reads only the header, before the first Roman-numbered section") {
    const std::string text =
        "ỦY BAN NHÂN DÂN\nI. MỤC ĐÍCH, YÊU CẦU\nSố: 43/KH-UBND\n"
        "Hà Nội, ngày 05 tháng 01 năm 2020\n";
    const govplan::DocumentHeader h = govplan::read_header(text);
    CHECK_FALSE(h.number.has_value());
    CHECK_FALSE(h.date_line.has_value());
    CHECK(govplan::read_header("").findings.size() == 2);
    const govplan::ParseError e = parse_error_of([] { (void)govplan::read_header("Số: \xFF"); });
    CHECK(e.id() == "text.invalid_utf8");
    CHECK(e.where() == Location::in_text(1, 5));
  }

  TEST_CASE("a number on the line after its Số label is located and quoted where it is written") {
    const std::string text = test_support::data_file("corpus/documents/006.txt");
    const govplan::DocumentHeader h = govplan::read_header(text);
    REQUIRE(h.number.has_value());
    CHECK(h.number->number.to_string() == "24/KH-UBND");
    CHECK(h.number->text == "24/KH-UBND");
    const test_support::TextPos pos = test_support::locate(text, "24/KH-UBND");
    CHECK(h.number->where == Location::in_text(pos.line, pos.column));
    const govplan::DocumentHeader sl =
        govplan::read_header(test_support::data_file("corpus/documents/008.txt"));
    REQUIRE(sl.number.has_value());
    CHECK(sl.number->text == "22/KH-UBND");
  }

  TEST_CASE("a fraction after the word số is not a document number") {
    CHECK(govplan::find_document_numbers("gồm số 5/6 đơn vị").empty());
    const govplan::ParseError e = parse_error_of([] { (void)DocumentNumber::parse("5/6"); });
    CHECK(e.id() == "number.issuer");
  }

  TEST_CASE("a no-break space after the Số label is white space") {
    CHECK(DocumentNumber::parse("Số\u00A043/KH-UBND").to_string() == "43/KH-UBND");
    CHECK(DocumentNumber::parse("Số:\u00A0\u00A043/KH-UBND").to_string() == "43/KH-UBND");
  }
}
