// Tests of govplan/vntext.hpp: NFC, case folding, matching keys (the two tone-mark placements,
// spacing, hyphens), abbreviations and party keys, on hand-made cases and on every line of the
// seed plan and the corpus documents.
#include <doctest/doctest.h>
#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "govplan/error.hpp"
#include "govplan/vntext.hpp"
#include "support.hpp"

namespace vn = govplan::vntext;

namespace {

// One syllable in the two placements of its tone mark: on the main vowel as Điều 8 of Quyết định
// 1989/QĐ-BGDĐT (2018) writes it, and on the glide "o"/"u" as the older style writes it.
struct Placements {
  const char* main_vowel;
  const char* glide;
};

// Every tone (huyền, sắc, hỏi, ngã, nặng) on each of the rhymes oa, oe, uy.
const Placements kPlacements[] = {
    {"hoà", "hòa"},   {"hoá", "hóa"},   {"hoả", "hỏa"},   {"xoã", "xõa"},   {"hoạ", "họa"},
    {"xoè", "xòe"},   {"khoé", "khóe"}, {"khoẻ", "khỏe"}, {"nhoẽ", "nhõe"}, {"xoẹ", "xọe"},
    {"tuỳ", "tùy"},   {"thuý", "thúy"}, {"thuỷ", "thủy"}, {"luỹ", "lũy"},   {"thuỵ", "thụy"},
};

// The lines of the seed plan and of every corpus document.
std::vector<std::string> corpus_lines() {
  std::vector<std::string> lines = test_support::lines_of(
      test_support::data_file("seed-chanh-lo-2024.txt"));
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::filesystem::path(GOVPLAN_TEST_DATA_DIR) / "corpus" / "documents")) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 10);
  for (const auto& f : files) {
    for (std::string& line : test_support::lines_of(test_support::read_file(f.string()))) {
      lines.push_back(std::move(line));
    }
  }
  return lines;
}

// `text` decomposed (NFD) by ICU, independently of the library.
std::string nfd(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* decompose = icu::Normalizer2::getNFDInstance(status);
  REQUIRE(U_SUCCESS(status));
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  decompose->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                           sink, nullptr, status);
  REQUIRE(U_SUCCESS(status));
  return out;
}

// `text` in capitals (ICU's root-locale upper-casing).
std::string upper(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out);
  icu::CaseMap::utf8ToUpper("", 0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                            sink, nullptr, status);
  REQUIRE(U_SUCCESS(status));
  return out;
}

// The ParseError that `f` throws for `input`.
template <typename F>
govplan::ParseError parse_error_of(F f, std::string_view input) {
  try {
    f(input);
  } catch (const govplan::ParseError& e) {
    return e;
  }
  FAIL("no ParseError for " << input);
  return govplan::ParseError("", "", "");
}

}  // namespace

TEST_SUITE("vntext") {
  // ---- NFC and case ---------------------------------------------------------------------------

  TEST_CASE("nfc composes text that arrives decomposed") {
    // "Ủy ban nhân dân phường Chánh Lộ" with every mark as a combining character.
    const std::string decomposed =
        "U\u0309y ban nha\u0302n da\u0302n phu\u031Bo\u031B\u0300ng Cha\u0301nh Lo\u0323\u0302";
    CHECK(decomposed != "Ủy ban nhân dân phường Chánh Lộ");
    CHECK(vn::nfc(decomposed) == "Ủy ban nhân dân phường Chánh Lộ");
    CHECK(vn::nfc(decomposed).size() < decomposed.size());
  }

  TEST_CASE("nfc puts combining marks in odd order into one composed letter") {
    // ộ: circumflex then dot below, and dot below then circumflex.
    CHECK(vn::nfc("Lo\u0302\u0323") == "Lộ");
    CHECK(vn::nfc("Lo\u0323\u0302") == "Lộ");
    // ệ with the circumflex already composed and the dot below combining.
    CHECK(vn::nfc("Vi\u00EA\u0323t") == "Việt");
  }

  TEST_CASE("nfc leaves ASCII, composed text and invisible characters as they are") {
    CHECK(vn::nfc("43/KH-UBND") == "43/KH-UBND");
    CHECK(vn::nfc("Kế hoạch số 43/KH-UBND") == "Kế hoạch số 43/KH-UBND");
    CHECK(vn::nfc("Tư\u00A0pháp\u00AD") == "Tư\u00A0pháp\u00AD");
  }

  TEST_CASE("fold_case folds Vietnamese capitals and keeps each mark where it is") {
    CHECK(vn::fold_case("ĐẢNG ỦY") == "đảng ủy");
    CHECK(vn::fold_case("ỦY BAN NHÂN DÂN PHƯỜNG CHÁNH LỘ") == "ủy ban nhân dân phường chánh lộ");
    CHECK(vn::fold_case("HOÀ") == "hoà");
    CHECK(vn::fold_case("HÒA") == "hòa");
    CHECK(vn::fold_case("KH-UBND") == "kh-ubnd");
  }

  TEST_CASE("fold_case of decomposed text is composed") {
    CHECK(vn::fold_case("U\u0309Y BAN") == "ủy ban");
    CHECK(vn::fold_case("\u0110A\u0309NG") == "đảng");
  }

  TEST_CASE("empty text stays empty") {
    CHECK(vn::nfc("").empty());
    CHECK(vn::fold_case("").empty());
    CHECK(vn::match_key("").empty());
    CHECK(vn::expand_abbreviations("").empty());
    CHECK(vn::abbreviate("").empty());
    CHECK(vn::party_key("").empty());
    CHECK(vn::same_party("", ""));
    CHECK_FALSE(vn::same_party("", "UBND"));
  }

  TEST_CASE("the examples in vntext.hpp hold") {
    CHECK(vn::match_key("Luật Thủy sản") == vn::match_key("LUẬT THUỶ SẢN"));
    CHECK(vn::match_key("Luật Thủy sản") == "luật thuỷ sản");
    CHECK(vn::same_party("UBND phường Chánh Lộ", "uỷ ban nhân dân Phường Chánh Lộ"));
    CHECK(vn::match_key(" - Tư pháp – Hộ tịch;") == "tư pháp-hộ tịch");
    CHECK(vn::match_key("Ủy ban") == "uỷ ban");
    CHECK(vn::match_key("hòa") == "hoà");
    CHECK(vn::fold_case("HÒA") == "hòa");
    CHECK(vn::expand_abbreviations("UBND phường") == "Ủy ban nhân dân phường");
    CHECK(vn::abbreviate("văn bản quy phạm pháp luật") == "VBQPPL");
  }

  // ---- invalid UTF-8 --------------------------------------------------------------------------

  TEST_CASE("invalid UTF-8 is a parse error at the line and column of the bad byte") {
    const std::string text = "Kế hoạch\nsố 4\xC3(";
    const govplan::ParseError e = parse_error_of([](std::string_view t) { return vn::nfc(t); },
                                                 text);
    CHECK(e.id() == "text.invalid_utf8");
    CHECK(e.expected() == "UTF-8 text");
    CHECK(e.found().find("0xC3") != std::string::npos);
    CHECK(e.where() == govplan::Location::in_text(2, 5));
    CHECK(e.note().find(std::to_string(text.find('\xC3'))) != std::string::npos);
  }

  TEST_CASE("every function rejects invalid UTF-8 rather than replacing it") {
    // A lone continuation byte, a truncated sequence, an overlong "/", an encoded surrogate.
    for (const std::string& bad : {std::string("UBND \x80"), std::string("Ch\xC3"),
                                  std::string("a\xC0\xAF"), std::string("\xED\xA0\x80")}) {
      CAPTURE(bad);
      CHECK_THROWS_AS(vn::nfc(bad), govplan::ParseError);
      CHECK_THROWS_AS(vn::fold_case(bad), govplan::ParseError);
      CHECK_THROWS_AS(vn::match_key(bad), govplan::ParseError);
      CHECK_THROWS_AS(vn::expand_abbreviations(bad), govplan::ParseError);
      CHECK_THROWS_AS(vn::abbreviate(bad), govplan::ParseError);
      CHECK_THROWS_AS(vn::party_key(bad), govplan::ParseError);
      CHECK_THROWS_AS(vn::same_party(bad, "UBND"), govplan::ParseError);
    }
    const govplan::ParseError e =
        parse_error_of([](std::string_view t) { return vn::match_key(t); }, "Ch\xC3");
    CHECK(e.where() == govplan::Location::in_text(1, 3));
  }

  // ---- tone marks -----------------------------------------------------------------------------

  TEST_CASE("match_key unifies the two tone-mark placements of oa, oe and uy for every tone") {
    for (const Placements& p : kPlacements) {
      CAPTURE(p.main_vowel);
      CHECK(std::string(p.main_vowel) != p.glide);
      CHECK(vn::match_key(p.main_vowel) == vn::match_key(p.glide));
      // The key writes the mark on the main vowel (Điều 8, Quyết định 1989/QĐ-BGDĐT).
      CHECK(vn::match_key(p.glide) == p.main_vowel);
      // In a phrase, after an upper-case initial, and decomposed.
      const std::string glide_phrase = std::string("Luật ") + p.glide + " sản";
      CHECK(vn::match_key(glide_phrase) == std::string("luật ") + p.main_vowel + " sản");
      std::string capital = p.glide;
      capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
      CHECK(vn::match_key(capital) == p.main_vowel);
    }
  }

  TEST_CASE("match_key unifies the placements in capitals, without an initial and decomposed") {
    CHECK(vn::match_key("HÒA") == vn::match_key("HOÀ"));
    CHECK(vn::match_key("THỦY") == vn::match_key("thuỷ"));
    CHECK(vn::match_key("KHỎE") == vn::match_key("khoẻ"));
    CHECK(vn::match_key("Ủy ban") == vn::match_key("uỷ ban"));
    CHECK(vn::match_key("Đảng ủy") == vn::match_key("Đảng uỷ"));
    CHECK(vn::match_key("hòa") == vn::match_key("ho\u0300a"));
    CHECK(vn::match_key("hòa") == vn::match_key("hoa\u0300"));
    CHECK(vn::match_key("U\u0309y ban") == vn::match_key("Uy\u0309 ban"));
  }

  TEST_CASE("match_key does not move a mark whose place a final consonant, a vowel or qu fixes") {
    for (const char* word :
         {"hoàn", "toán", "hoàng", "khuyến", "thuyền", "tuyết", "quý", "quỹ", "quỳ", "quỷ", "quỵ",
          "thuở", "thuế", "huệ", "ngoài", "xoáy", "khuỷu", "của", "mùa", "hoặc", "loét", "khuya",
          "hoa", "thuy", "quy"}) {
      CAPTURE(word);
      CHECK(vn::match_key(word) == word);
    }
    CHECK(vn::match_key("Quỹ") == "quỹ");
    CHECK(vn::match_key("QUÝ") == "quý");
    // Misspellings are not the other style: they keep their own key.
    CHECK(vn::match_key("hòan") != vn::match_key("hoàn"));
    CHECK(vn::match_key("qúy") != vn::match_key("quý"));
  }

  TEST_CASE("match_key leaves words that are not Vietnamese syllables alone") {
    CHECK(vn::match_key("José") == "josé");
    CHECK(vn::match_key("Ñoà") == "ñoà");
    CHECK(vn::match_key("Ñòa") == "ñòa");
  }

  // ---- spacing and punctuation ----------------------------------------------------------------

  TEST_CASE("match_key ignores case, runs of white space and no-break spaces") {
    const std::string key = vn::match_key("Phòng Tư pháp thành phố");
    CHECK(key == "phòng tư pháp thành phố");
    CHECK(vn::match_key("PHÒNG   TƯ PHÁP\tthành\nphố") == key);
    CHECK(vn::match_key("Phòng\u00A0Tư\u202Fpháp\u2009thành\u200Bphố") == key);
  }

  TEST_CASE("match_key writes a hyphen or dash with or without spaces around it as one hyphen") {
    const std::string key = vn::match_key("Tư pháp-Hộ tịch");
    CHECK(key == "tư pháp-hộ tịch");
    CHECK(vn::match_key("Tư pháp - hộ tịch") == key);
    CHECK(vn::match_key("Tư pháp – Hộ tịch") == key);
    CHECK(vn::match_key("Tư pháp\u00A0-\u00A0Hộ tịch") == key);
    CHECK(vn::match_key("Tư pháp -hộ tịch") == key);
    CHECK(vn::match_key("kinh tế - xã hội") == "kinh tế-xã hội");
  }

  TEST_CASE("match_key drops leading and trailing space and punctuation but keeps inner marks") {
    CHECK(vn::match_key("- Phòng Tư pháp;") == "phòng tư pháp");
    CHECK(vn::match_key("  (qua Phòng Tư pháp).  ") == "qua phòng tư pháp");
    CHECK(vn::match_key("“Tổ chức truyền thông chính sách”") == "tổ chức truyền thông chính sách");
    CHECK(vn::match_key("phổ biến, giáo dục pháp luật") == "phổ biến, giáo dục pháp luật");
    CHECK(vn::match_key("Số: 43/KH-UBND") == "số: 43/kh-ubnd");
    CHECK(vn::match_key(" ;-– ").empty());
  }

  TEST_CASE("match_key drops invisible characters such as the soft hyphen and byte-order mark") {
    CHECK(vn::match_key("\uFEFFUBND") == "ubnd");
    CHECK(vn::match_key("ho\u00ADà") == "hoà");
    CHECK(vn::match_key("hò\u00ADa") == "hoà");
    CHECK(vn::match_key("ho\u00AD\u0300a") == "hoà");
    CHECK(vn::match_key("Tư pháp\u200D") == "tư pháp");
  }

  TEST_CASE("match_key of decomposed text equals that of composed text") {
    CHECK(vn::match_key("U\u0309y ban nha\u0302n da\u0302n phu\u031Bo\u031B\u0300ng") ==
          vn::match_key("Ủy ban nhân dân phường"));
    CHECK(vn::match_key("Lo\u0302\u0323") == "lộ");
  }

  // ---- abbreviations --------------------------------------------------------------------------

  TEST_CASE("the abbreviations include the administrative ones plans use") {
    std::set<std::string> shorts;
    std::set<std::string> long_keys;
    for (const vn::Abbreviation& a : vn::abbreviations()) {
      CAPTURE(a.short_form);
      CHECK(shorts.insert(std::string(a.short_form)).second);
      CHECK(long_keys.insert(vn::match_key(a.long_form)).second);
      CHECK(vn::nfc(a.long_form) == a.long_form);
      CHECK(vn::fold_case(a.short_form) != a.short_form);  // upper case
      CHECK(vn::match_key(a.long_form) != vn::match_key(a.short_form));
    }
    const auto long_of = [](std::string_view s) -> std::string {
      for (const vn::Abbreviation& a : vn::abbreviations()) {
        if (a.short_form == s) return std::string(a.long_form);
      }
      return {};
    };
    CHECK(long_of("UBND") == "Ủy ban nhân dân");
    CHECK(long_of("HĐND") == "Hội đồng nhân dân");
    CHECK(long_of("MTTQ") == "Mặt trận Tổ quốc");
    CHECK(long_of("UBMTTQ") == "Ủy ban Mặt trận Tổ quốc");
    CHECK(long_of("PBGDPL") == "phổ biến, giáo dục pháp luật");
    CHECK(long_of("QPPL") == "quy phạm pháp luật");
    CHECK(long_of("VBQPPL") == "văn bản quy phạm pháp luật");
    CHECK(long_of("CCHC") == "cải cách hành chính");
    CHECK(long_of("TTHC") == "thủ tục hành chính");
    CHECK(long_of("CNTT") == "công nghệ thông tin");
    CHECK(long_of("BCĐ") == "Ban Chỉ đạo");
    CHECK(long_of("KT-XH") == "kinh tế - xã hội");
  }

  TEST_CASE("expand_abbreviations writes out whole words and keeps the rest of the text") {
    CHECK(vn::expand_abbreviations("UBND phường") == "Ủy ban nhân dân phường");
    CHECK(vn::expand_abbreviations("Thường trực HĐND phường;") ==
          "Thường trực Hội đồng nhân dân phường;");
    CHECK(vn::expand_abbreviations("Ủy ban MTTQ Việt Nam phường") ==
          "Ủy ban Mặt trận Tổ quốc Việt Nam phường");
    CHECK(vn::expand_abbreviations("UBMTTQ phường") == "Ủy ban Mặt trận Tổ quốc phường");
    CHECK(vn::expand_abbreviations("văn bản QPPL (VBQPPL).") ==
          "văn bản quy phạm pháp luật (văn bản quy phạm pháp luật).");
    CHECK(vn::expand_abbreviations("phát triển KT-XH") == "phát triển kinh tế - xã hội");
    CHECK(vn::expand_abbreviations("BCĐ, CCHC") == "Ban Chỉ đạo, cải cách hành chính");
  }

  TEST_CASE("expand_abbreviations leaves a short form inside a longer word or a number alone") {
    for (const char* text : {"UBNDX", "XUBND", "43/KH-UBND", "UBND-VXNV", "UBND2", "KH&UBND",
                             "ĐUBND", "QPPLà"}) {
      CAPTURE(text);
      CHECK(vn::expand_abbreviations(text) == text);
    }
  }

  TEST_CASE("expand_abbreviations matches short forms in upper case only") {
    CHECK(vn::expand_abbreviations("Ubnd phường") == "Ubnd phường");
    CHECK(vn::expand_abbreviations("ubnd") == "ubnd");
  }

  TEST_CASE("abbreviate is the inverse of expand_abbreviations") {
    for (const vn::Abbreviation& a : vn::abbreviations()) {
      CAPTURE(a.short_form);
      CHECK(vn::expand_abbreviations(a.short_form) == a.long_form);
      CHECK(vn::abbreviate(a.long_form) == a.short_form);
      const std::string sentence = "Báo cáo của " + std::string(a.short_form) + " phường.";
      CHECK(vn::abbreviate(vn::expand_abbreviations(sentence)) == sentence);
    }
  }

  TEST_CASE("abbreviate finds long forms in any spelling that has their key") {
    CHECK(vn::abbreviate("Uỷ ban nhân dân phường") == "UBND phường");
    CHECK(vn::abbreviate("TM. ỦY BAN NHÂN DÂN") == "TM. UBND");
    CHECK(vn::abbreviate("phát triển kinh tế-xã hội") == "phát triển KT-XH");
    CHECK(vn::abbreviate("phát triển kinh tế – xã hội") == "phát triển KT-XH");
    CHECK(vn::abbreviate("xây dựng văn bản quy phạm pháp luật") == "xây dựng VBQPPL");
    CHECK(vn::abbreviate("quy phạm pháp luật") == "QPPL");
    CHECK(vn::abbreviate("Ủy ban Mặt trận Tổ quốc Việt Nam phường") == "UBMTTQVN phường");
  }

  TEST_CASE("abbreviate replaces whole words only") {
    CHECK(vn::abbreviate("Ủy ban nhân dânx") == "Ủy ban nhân dânx");
    CHECK(vn::abbreviate("Ủy ban nhân") == "Ủy ban nhân");
    CHECK(vn::abbreviate("hội đồng nhân dân2") == "hội đồng nhân dân2");
  }

  // ---- parties --------------------------------------------------------------------------------

  TEST_CASE("party_key gives one key to a body however its name is written") {
    const std::string key = vn::party_key("UBND phường Chánh Lộ");
    CHECK(key == "uỷ ban nhân dân phường chánh lộ");
    CHECK(vn::party_key("Ủy ban nhân dân phường Chánh Lộ") == key);
    CHECK(vn::party_key("uỷ ban nhân dân Phường Chánh Lộ") == key);
    CHECK(vn::party_key("ỦY BAN NHÂN DÂN PHƯỜNG CHÁNH LỘ") == key);
    CHECK(vn::party_key("UBND\u00A0phường  Chánh Lộ;") == key);
    CHECK(vn::party_key(
              "U\u0309y ban nha\u0302n da\u0302n phu\u031Bo\u031B\u0300ng Cha\u0301nh Lo\u0323\u0302") ==
          key);
    CHECK(vn::same_party("Ủy ban MTTQ Việt Nam phường", "UBMTTQVN phường"));
    CHECK(vn::same_party("Ủy ban MTTQ Việt Nam phường", "Uỷ ban Mặt trận Tổ quốc Việt Nam phường"));
  }

  TEST_CASE("party_key keeps different bodies apart") {
    CHECK_FALSE(vn::same_party("UBND phường Chánh Lộ", "UBND phường Nghĩa Chánh"));
    CHECK_FALSE(vn::same_party("UBND phường", "HĐND phường"));
    CHECK_FALSE(vn::same_party("UBND tỉnh", "UBMTTQ tỉnh"));
    CHECK_FALSE(vn::same_party("Phòng Tư pháp", "Sở Tư pháp"));
  }

  TEST_CASE("the seed's two spellings of the justice and civil-status official are one party") {
    const std::string seed = test_support::data_file("seed-chanh-lo-2024.txt");
    // The seed writes the official both ways (tasks 1 and 2).
    const std::string first = "Tư pháp-Hộ tịch";
    const std::string second = "Tư pháp-hộ tịch";
    REQUIRE(seed.find(first) != std::string::npos);
    REQUIRE(seed.find(second) != std::string::npos);
    CHECK(vn::same_party(first, second));
    CHECK(vn::same_party(first, "Tư pháp - hộ tịch"));
    CHECK(vn::same_party(second, "TƯ PHÁP – HỘ TỊCH"));
    CHECK(vn::party_key(first) == "tư pháp-hộ tịch");
    CHECK_FALSE(vn::same_party(first, "Tài chính-Kế toán"));
  }

  // ---- properties over real text --------------------------------------------------------------

  TEST_CASE("decomposed and upper-case lines of the seed and the corpus have the same keys") {
    std::size_t decomposed_differently = 0;
    for (const std::string& line : corpus_lines()) {
      CAPTURE(line);
      const std::string decomposed = nfd(line);
      if (decomposed != vn::nfc(line)) ++decomposed_differently;
      CHECK(vn::nfc(decomposed) == vn::nfc(line));
      CHECK(vn::fold_case(decomposed) == vn::fold_case(line));
      CHECK(vn::match_key(decomposed) == vn::match_key(line));
      CHECK(vn::party_key(decomposed) == vn::party_key(line));
      CHECK(vn::match_key(upper(line)) == vn::match_key(line));
      CHECK(vn::match_key(upper(decomposed)) == vn::match_key(line));
    }
    CHECK(decomposed_differently > 100);  // the lines do exercise decomposed input
  }

  TEST_CASE("keys are idempotent and blind to decomposition on random mixes of awkward text") {
    // Letters with and without tone marks, loose combining marks, every kind of space, invisible
    // characters, dashes, punctuation, abbreviations, and letters whose case folding is more than
    // one character (ẞ, İ, ﬁ) or outside the Latin blocks (Σ, ς).
    const std::vector<std::string> pieces = {
        "h", "q", "Q", "th", "o", "u", "y", "a", "e", "O", "U", "Y", "ò", "ủ", "ỷ", "à", "ẻ",
        "Ọ", "Ũ", "Ý", "ô", "ư", "ơ", "ê", "đ", "Đ", "\u0300", "\u0301", "\u0303", "\u0309",
        "\u0323", "\u0302", "\u031B", " ", "  ", "\t", "\n", "\u00A0", "\u202F", "\u200B",
        "\u00AD", "\u200D", "\uFEFF", "\u034F", "-", "–", "—", "\u2212", ",", ".", ";", "(",
        ")", "“", "”", "1", "2", "/", "&", "UBND", "HĐND", "KT-XH", "MTTQ", "ẞ", "İ", "ﬁ", "Σ",
        "ς", "=", "\u0338", "+"};
    std::mt19937 random(20240226);
    std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(1, 12);
    for (int n = 0; n < 3000; ++n) {
      std::string text;
      for (int k = length(random); k > 0; --k) text += pieces[piece(random)];
      CAPTURE(text);
      const std::string key = vn::match_key(text);
      CHECK(vn::match_key(key) == key);
      CHECK(vn::match_key(nfd(text)) == key);
      CHECK(vn::match_key(vn::nfc(text)) == key);
      CHECK(vn::nfc(vn::nfc(text)) == vn::nfc(text));
      CHECK(vn::nfc(nfd(text)) == vn::nfc(text));
      CHECK(vn::fold_case(vn::fold_case(text)) == vn::fold_case(text));
      CHECK(vn::fold_case(nfd(text)) == vn::fold_case(text));
      const std::string party = vn::party_key(text);
      CHECK(vn::party_key(party) == party);
      CHECK(vn::party_key(nfd(text)) == party);
      CHECK(vn::same_party(vn::abbreviate(text), text));
      CHECK(vn::same_party(vn::expand_abbreviations(text), text));
    }
  }

  TEST_CASE("random bytes give a result in NFC or a parse error, never a crash") {
    std::mt19937 random(43);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> length(0, 24);
    std::size_t rejected = 0;
    for (int n = 0; n < 3000; ++n) {
      std::string text;
      for (int k = length(random); k > 0; --k) text += static_cast<char>(byte(random));
      try {
        const std::string key = vn::match_key(text);
        CHECK(vn::nfc(key) == key);
        CHECK(vn::nfc(vn::fold_case(text)) == vn::fold_case(text));
        CHECK(vn::nfc(vn::abbreviate(text)) == vn::abbreviate(text));
        CHECK(vn::nfc(vn::expand_abbreviations(text)) == vn::expand_abbreviations(text));
      } catch (const govplan::ParseError& e) {
        ++rejected;
        CHECK(e.id() == "text.invalid_utf8");
        CHECK(e.where().is_known());
        CHECK_THROWS_AS(vn::nfc(text), govplan::ParseError);
      }
    }
    CHECK(rejected > 1000);
  }

  TEST_CASE("nfc and match_key are idempotent on every line of the seed and the corpus") {
    const std::vector<std::string> lines = corpus_lines();
    REQUIRE(lines.size() > 200);
    std::size_t non_empty_keys = 0;
    for (const std::string& line : lines) {
      CAPTURE(line);
      const std::string once = vn::nfc(line);
      CHECK(vn::nfc(once) == once);
      const std::string key = vn::match_key(line);
      CHECK(vn::match_key(key) == key);
      CHECK(vn::match_key(once) == key);
      CHECK(vn::fold_case(key) == key);
      CHECK(key.find("  ") == std::string::npos);
      CHECK(key.find(" -") == std::string::npos);
      CHECK(key.find("- ") == std::string::npos);
      const std::string party = vn::party_key(line);
      CHECK(vn::party_key(party) == party);
      if (!key.empty()) {
        ++non_empty_keys;
        CHECK(key.front() != ' ');
        CHECK(key.back() != ' ');
      }
    }
    CHECK(non_empty_keys > lines.size() / 2);
  }
}
