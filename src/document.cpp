#include "govplan/document.hpp"

#include <array>
#include <ostream>
#include <string>

#include "date_syntax.hpp"
#include "text.hpp"

namespace govplan {

// ---- document types ---------------------------------------------------------------------------

namespace {

using T = DocumentType;

// Names and abbreviations of the administrative types and copies: Decree 30/2020/NĐ-CP, Art. 7
// and Appendix III §I. Legal-normative types: Law 80/2015/QH13, Art. 4 (abbreviations NĐ, TT,
// TTLT, NQLT and L as the numbers of such documents write them). Party types: Kết luận and
// Thông tri, as Party documents cited by plans number them ("80-KL/TW").
constexpr std::array<DocumentTypeInfo, 43> kTypes = {{
    {T::nghi_quyet, "nghi_quyet", "Nghị quyết", "Resolution", "NQ", true, true, true},
    {T::quyet_dinh, "quyet_dinh", "Quyết định", "Decision", "QĐ", true, true, true},
    {T::chi_thi, "chi_thi", "Chỉ thị", "Directive", "CT", true, false, true},
    {T::quy_che, "quy_che", "Quy chế", "Regulation", "QC", true, false, true},
    {T::quy_dinh, "quy_dinh", "Quy định", "Rules", "QyĐ", true, false, true},
    {T::thong_cao, "thong_cao", "Thông cáo", "Communiqué", "TC", true, false, false},
    {T::thong_bao, "thong_bao", "Thông báo", "Notice", "TB", true, false, true},
    {T::huong_dan, "huong_dan", "Hướng dẫn", "Guidance", "HD", true, false, true},
    {T::chuong_trinh, "chuong_trinh", "Chương trình", "Programme", "CTr", true, false, true},
    {T::ke_hoach, "ke_hoach", "Kế hoạch", "Plan", "KH", true, false, true},
    {T::phuong_an, "phuong_an", "Phương án", "Scheme of action", "PA", true, false, false},
    {T::de_an, "de_an", "Đề án", "Scheme", "ĐA", true, false, true},
    {T::du_an, "du_an", "Dự án", "Project", "DA", true, false, false},
    {T::bao_cao, "bao_cao", "Báo cáo", "Report", "BC", true, false, true},
    {T::bien_ban, "bien_ban", "Biên bản", "Minutes", "BB", true, false, true},
    {T::to_trinh, "to_trinh", "Tờ trình", "Submission", "TTr", true, false, true},
    {T::hop_dong, "hop_dong", "Hợp đồng", "Contract", "HĐ", true, false, false},
    {T::cong_van, "cong_van", "Công văn", "Official letter", "", true, false, true},
    {T::cong_dien, "cong_dien", "Công điện", "Urgent dispatch", "CĐ", true, false, false},
    {T::ban_ghi_nho, "ban_ghi_nho", "Bản ghi nhớ", "Memorandum", "BGN", true, false, false},
    {T::ban_thoa_thuan, "ban_thoa_thuan", "Bản thỏa thuận", "Agreement", "BTT", true, false,
     false},
    {T::giay_uy_quyen, "giay_uy_quyen", "Giấy ủy quyền", "Power of attorney", "GUQ", true, false,
     false},
    {T::giay_moi, "giay_moi", "Giấy mời", "Invitation", "GM", true, false, false},
    {T::giay_gioi_thieu, "giay_gioi_thieu", "Giấy giới thiệu", "Letter of introduction", "GGT",
     true, false, false},
    {T::giay_nghi_phep, "giay_nghi_phep", "Giấy nghỉ phép", "Leave permit", "GNP", true, false,
     false},
    {T::phieu_gui, "phieu_gui", "Phiếu gửi", "Dispatch slip", "PG", true, false, false},
    {T::phieu_chuyen, "phieu_chuyen", "Phiếu chuyển", "Transfer slip", "PC", true, false, false},
    {T::phieu_bao, "phieu_bao", "Phiếu báo", "Notification slip", "PB", true, false, false},
    {T::thu_cong, "thu_cong", "Thư công", "Public letter", "", true, false, false},
    {T::ban_sao_y, "ban_sao_y", "Bản sao y", "True copy", "SY", false, false, false},
    {T::ban_trich_sao, "ban_trich_sao", "Bản trích sao", "Extract copy", "TrS", false, false,
     false},
    {T::ban_sao_luc, "ban_sao_luc", "Bản sao lục", "Copy of a copy", "SL", false, false, false},
    {T::hien_phap, "hien_phap", "Hiến pháp", "Constitution", "", false, true, false},
    {T::bo_luat, "bo_luat", "Bộ luật", "Code", "", false, true, false},
    {T::luat, "luat", "Luật", "Law", "", false, true, false},
    {T::phap_lenh, "phap_lenh", "Pháp lệnh", "Ordinance", "", false, true, false},
    {T::lenh, "lenh", "Lệnh", "Order", "L", false, true, false},
    {T::nghi_dinh, "nghi_dinh", "Nghị định", "Decree", "NĐ", false, true, false},
    {T::thong_tu, "thong_tu", "Thông tư", "Circular", "TT", false, true, false},
    {T::thong_tu_lien_tich, "thong_tu_lien_tich", "Thông tư liên tịch", "Joint circular", "TTLT",
     false, true, false},
    {T::nghi_quyet_lien_tich, "nghi_quyet_lien_tich", "Nghị quyết liên tịch",
     "Joint resolution", "NQLT", false, true, false},
    {T::ket_luan, "ket_luan", "Kết luận", "Conclusion", "KL", false, false, true},
    {T::thong_tri, "thong_tri", "Thông tri", "Circular (Party)", "TT", false, false, true},
}};

std::string known_abbreviations() {
  std::string s;
  for (const auto& t : kTypes) {
    if (t.abbreviation.empty() || t.type == T::thong_tri) continue;
    if (!s.empty()) s += ", ";
    s += t.abbreviation;
  }
  return s;
}

std::optional<DocumentType> find_state_type(std::string_view abbreviation) {
  for (const auto& t : kTypes) {
    if (t.type == T::thong_tri || t.abbreviation.empty()) continue;
    if (detail::equals_ignore_case(abbreviation, t.abbreviation)) return t.type;
  }
  return std::nullopt;
}

std::optional<DocumentType> find_party_type(std::string_view abbreviation) {
  // In Party numbers "TT" is a Thông tri and "CV" a công văn; the other abbreviations read as in
  // state documents (UNCONFIRMED against the Party's own formatting rules: only the forms seen in
  // cited Party documents are relied on).
  if (detail::equals_ignore_case(abbreviation, "TT")) return T::thong_tri;
  if (detail::equals_ignore_case(abbreviation, "CV")) return T::cong_van;
  for (const auto& t : kTypes) {
    if (!t.party || t.abbreviation.empty()) continue;
    if (detail::equals_ignore_case(abbreviation, t.abbreviation)) return t.type;
  }
  return std::nullopt;
}

}  // namespace

std::span<const DocumentTypeInfo> document_types() noexcept { return kTypes; }

const DocumentTypeInfo& info(DocumentType type) noexcept {
  return kTypes[static_cast<std::size_t>(type)];
}

std::string_view to_string(DocumentType type) noexcept { return info(type).id; }

DocumentType parse_document_type(std::string_view id) {
  for (const auto& t : kTypes) {
    if (t.id == id) return t.type;
  }
  std::string names;
  for (const auto& t : kTypes) names += (names.empty() ? "" : ", ") + std::string(t.id);
  throw ParseError("document_type.unknown", "one of " + names, quote(id));
}

std::string_view display_name(DocumentType type, Lang lang) noexcept {
  return lang == Lang::en ? info(type).name_en : info(type).name_vi;
}

std::optional<std::string_view> abbreviation(DocumentType type) noexcept {
  const auto a = info(type).abbreviation;
  if (a.empty()) return std::nullopt;
  return a;
}

DocumentType document_type_from_abbreviation(std::string_view abbreviation) {
  if (auto t = find_state_type(abbreviation)) return *t;
  throw NotFound("document_type.abbreviation",
                 "a document type abbreviation (" + known_abbreviations() + ")",
                 quote(abbreviation),
                 {}, "Decree 30/2020/NĐ-CP, Appendix III; a công văn has no abbreviation");
}

DocumentType party_document_type_from_abbreviation(std::string_view abbreviation) {
  if (auto t = find_party_type(abbreviation)) return *t;
  throw NotFound("document_type.party_abbreviation",
                 "a Party document type abbreviation (NQ, QĐ, CT, KL, QC, HD, BC, KH, CTr, TB, "
                 "TTr, BB, ĐA, TT, CV)",
                 quote(abbreviation));
}

DocumentType document_type_from_name(std::string_view name) {
  const std::string_view n = detail::trim(name);
  for (const auto& t : kTypes) {
    if (detail::equals_ignore_case(n, t.name_vi)) return t.type;
  }
  if (detail::equals_ignore_case(n, "văn bản")) return T::cong_van;
  throw NotFound("document_type.name", "the Vietnamese name of a document type (\"Kế hoạch\")",
                 quote(name));
}

// ---- numbers and symbols ----------------------------------------------------------------------

std::string_view to_string(NumberStyle style) noexcept {
  return style == NumberStyle::party ? "party" : "state";
}

namespace {

bool is_symbol_group(std::string_view g) {
  if (g.empty()) return false;
  for (std::size_t i = 0; i < g.size();) {
    const detail::Utf8Char c = detail::decode_at(g, i);
    if (!c.valid || !(detail::is_letter(c.code_point) || detail::is_digit(c.code_point))) {
      return false;
    }
    i += c.length;
  }
  return true;
}

bool has_letter(std::string_view g) {
  for (std::size_t i = 0; i < g.size();) {
    const detail::Utf8Char c = detail::decode_at(g, i);
    if (detail::is_letter(c.code_point)) return true;
    i += c.length;
  }
  return false;
}

// Digits, then at most one ASCII letter ("30c"); not zero.
bool is_number_part(std::string_view n) {
  std::size_t digits = 0;
  while (digits < n.size() && detail::is_digit(static_cast<unsigned char>(n[digits]))) ++digits;
  if (digits == 0 || digits > 9) return false;
  if (n.size() - digits > 1) return false;
  if (n.size() - digits == 1) {
    const char c = n.back();
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  }
  return n.find_first_not_of('0') < digits;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    const std::size_t p = s.find(sep, start);
    parts.push_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos
                                                                 : p - start));
    if (p == std::string_view::npos) return parts;
    start = p + 1;
  }
}

constexpr std::string_view kExpectedNumber =
    "a number and symbol such as \"43/KH-UBND\", \"09/2019/NĐ-CP\" or \"06-CTr/TU\"";

// The text of a number with its white space removed, remembering where each byte came from.
struct Compact {
  std::string text;
  std::vector<std::size_t> origin;  // byte offset in the original text, per byte of `text`
};

Compact compact(std::string_view text, std::size_t from) {
  Compact c;
  for (std::size_t i = from; i < text.size();) {
    const detail::Utf8Char ch = detail::decode_at(text, i);
    if (!detail::is_space(ch.code_point)) {
      for (std::size_t k = 0; k < ch.length; ++k) {
        c.text += text[i + k];
        c.origin.push_back(i + k);
      }
    }
    i += ch.length;
  }
  return c;
}

}  // namespace

DocumentNumber::DocumentNumber(std::optional<std::string> number, std::optional<int> year,
                               std::string type_abbreviation, std::string issuer_abbreviation,
                               std::string unit_abbreviation, NumberStyle style)
    : number_(std::move(number)),
      year_(year),
      type_(std::move(type_abbreviation)),
      issuer_(std::move(issuer_abbreviation)),
      unit_(std::move(unit_abbreviation)),
      style_(style) {
  if (number_ && !is_number_part(*number_)) {
    throw ValidationError("number.ordinal", "digits from 1, with at most one letter after (\"30c\")",
                          quote(*number_));
  }
  if (year_ && (*year_ < 1000 || *year_ > 9999)) {
    throw ValidationError("number.year", "a four-digit year", std::to_string(*year_));
  }
  if (!type_.empty() && !is_symbol_group(type_)) {
    throw ValidationError("number.type", "letters only in the type abbreviation", quote(type_));
  }
  const bool bare = number_ && !year_ && type_.empty() && issuer_.empty() && unit_.empty();
  if (!bare && (!is_symbol_group(issuer_) || !has_letter(issuer_))) {
    throw ValidationError("number.issuer", "letters and digits in the issuer abbreviation",
                          issuer_.empty() ? "an empty text" : quote(issuer_));
  }
  if (!unit_.empty()) {
    for (std::string_view g : split(unit_, '-')) {
      if (!is_symbol_group(g)) {
        throw ValidationError("number.unit",
                              "letters and digits, groups joined by \"-\", in the unit "
                              "abbreviation",
                              quote(unit_));
      }
    }
  }
  if (style_ == NumberStyle::party && (type_.empty() || !number_)) {
    throw ValidationError("number.party", "a number and a type in a Party number (\"06-CTr/TU\")",
                          quote(to_string()));
  }
}

DocumentNumber DocumentNumber::parse(std::string_view text) {
  detail::require_max_length(text, 200, "number");
  detail::require_utf8(text, "number");

  // Skip white space and an optional "Số" / "Số:" label.
  std::size_t from = 0;
  while (from < text.size() && detail::is_space(detail::decode_at(text, from).code_point)) {
    from += detail::decode_at(text, from).length;
  }
  std::size_t label = 0;
  if (detail::starts_with_ignore_case(text, from, "số", label) &&
      (from + label >= text.size() ||
       !detail::is_letter(detail::decode_at(text, from + label).code_point))) {
    from += label;
    while (from < text.size() && detail::is_space(detail::decode_at(text, from).code_point)) {
      from += detail::decode_at(text, from).length;
    }
    if (from < text.size() && text[from] == ':') ++from;
  }

  const Compact c = compact(text, from);
  const auto where = [&](std::size_t i) {
    return detail::location_of(text, i < c.origin.size() ? c.origin[i] : text.size());
  };
  if (c.text.empty()) {
    throw ParseError("number.empty", std::string(kExpectedNumber),
                     text.empty() ? "an empty text" : quote(text), Location::in_text(1, 1));
  }
  for (std::size_t i = 0; i < c.text.size();) {
    const detail::Utf8Char ch = detail::decode_at(c.text, i);
    if (!(detail::is_letter(ch.code_point) || detail::is_digit(ch.code_point) ||
          ch.code_point == U'/' || ch.code_point == U'-')) {
      throw ParseError("number.character",
                       "letters, digits, \"/\" and \"-\" in a number and symbol",
                       quote(c.text.substr(i, ch.length)), where(i),
                       "reading " + quote(detail::trim(text)));
    }
    i += ch.length;
  }

  const std::string_view s = c.text;
  const std::vector<std::string_view> parts = split(s, '/');
  const auto offset_of = [&](std::string_view part) {
    return static_cast<std::size_t>(part.data() - s.data());
  };
  const auto bad = [&](std::string id, std::string expected, std::string_view part) {
    throw ParseError(std::move(id), std::move(expected),
                     part.empty() ? std::string("nothing") : quote(part), where(offset_of(part)),
                     "reading " + quote(detail::trim(text)));
  };
  if (parts.size() < 2) {
    // A citation may give the number alone ("Hướng dẫn số 9229 của BCĐ").
    if (is_number_part(s)) return DocumentNumber(std::string(s), std::nullopt, "", "", "");
    bad("number.syntax", std::string(kExpectedNumber), s);
  }
  if (parts.size() > 3) bad("number.syntax", "at most three parts separated by \"/\"", s);

  // The symbol part: [TYPE-]ISSUER[-UNIT...] — returns type, issuer, unit.
  struct Symbol {
    std::string type, issuer, unit;
  };
  const auto read_symbol = [&](std::string_view sym, bool party_issuer_only) {
    const std::vector<std::string_view> groups = split(sym, '-');
    for (std::string_view g : groups) {
      if (g.empty()) {
        bad("number.syntax", "groups of letters or digits joined by single \"-\"", sym);
      }
    }
    Symbol r;
    std::size_t next = 0;
    if (!party_issuer_only && groups.size() >= 2 && find_state_type(groups[0])) {
      r.type = std::string(groups[0]);
      next = 1;
    }
    r.issuer = std::string(groups[next]);
    if (!has_letter(r.issuer)) {
      bad("number.issuer", "an issuer abbreviation with letters (\"UBND\", \"QH13\")",
          groups[next]);
    }
    for (std::size_t i = next + 1; i < groups.size(); ++i) {
      if (!r.unit.empty()) r.unit += '-';
      r.unit += groups[i];
    }
    return r;
  };

  // Party style: "06-CTr/TU".
  const std::string_view head = parts[0];
  const std::size_t hyphen = head.find('-');
  if (parts.size() == 2 && hyphen != std::string_view::npos) {
    const std::string_view num = head.substr(0, hyphen);
    const std::string_view type = head.substr(hyphen + 1);
    if (!is_number_part(num)) bad("number.ordinal", "a document number from 1", num);
    if (!is_symbol_group(type)) bad("number.type", "a type abbreviation such as CTr or NQ", type);
    const Symbol sym = read_symbol(parts[1], true);
    return DocumentNumber(std::string(num), std::nullopt, std::string(type), sym.issuer,
                          sym.unit, NumberStyle::party);
  }

  std::optional<std::string> number;
  if (!head.empty()) {
    if (!is_number_part(head)) {
      bad("number.ordinal", "a document number from 1 (digits, at most one letter after)", head);
    }
    number = std::string(head);
  }
  std::optional<int> year;
  std::string_view symbol = parts[1];
  if (parts.size() == 3) {
    const std::string_view y = parts[1];
    if (y.size() != 4 || y.find_first_not_of("0123456789") != std::string_view::npos) {
      bad("number.year_digits", "a four-digit year between the number and the symbol", y);
    }
    year = std::stoi(std::string(y));
    symbol = parts[2];
  }
  if (symbol.empty()) bad("number.syntax", "a symbol after \"/\" (\"KH-UBND\")", symbol);
  const Symbol sym = read_symbol(symbol, false);
  return DocumentNumber(std::move(number), year, sym.type, sym.issuer, sym.unit,
                        NumberStyle::state);
}

std::optional<int> DocumentNumber::ordinal() const {
  if (!number_) return std::nullopt;
  int v = 0;
  for (char c : *number_) {
    if (!detail::is_digit(static_cast<unsigned char>(c))) break;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::optional<DocumentType> DocumentNumber::document_type() const {
  if (type_.empty()) return std::nullopt;
  return style_ == NumberStyle::party ? find_party_type(type_) : find_state_type(type_);
}

std::string DocumentNumber::symbol() const {
  std::string s;
  if (style_ == NumberStyle::party) {
    s = type_ + "/" + issuer_;
  } else {
    s = type_.empty() ? issuer_ : type_ + "-" + issuer_;
  }
  if (!unit_.empty()) s += "-" + unit_;
  return s;
}

std::string DocumentNumber::to_string() const {
  if (!has_symbol()) return number_.value_or("");
  if (style_ == NumberStyle::party) return number_.value_or("") + "-" + symbol();
  std::string s = number_.value_or("") + "/";
  if (year_) s += std::to_string(*year_) + "/";
  return s + symbol();
}

std::ostream& operator<<(std::ostream& os, const DocumentNumber& number) {
  return os << number.to_string();
}

std::vector<NumberMatch> find_document_numbers(std::string_view text) {
  detail::require_utf8(text, "text");
  std::vector<NumberMatch> found;
  bool previous_is_letter = false;
  for (std::size_t i = 0; i < text.size();) {
    const detail::Utf8Char ch = detail::decode_at(text, i);
    std::size_t length = 0;
    if (!previous_is_letter && detail::starts_with_ignore_case(text, i, "số", length) &&
        (i + length >= text.size() ||
         !detail::is_letter(detail::decode_at(text, i + length).code_point))) {
      // Skip white space and a colon, then take groups of letters and digits joined by "/" or
      // "-", allowing white space only next to a separator ("36 /KH - UBND").
      std::size_t p = i + length;
      const auto skip_space = [&](std::size_t q) {
        while (q < text.size() && detail::is_space(detail::decode_at(text, q).code_point)) {
          q += detail::decode_at(text, q).length;
        }
        return q;
      };
      p = skip_space(p);
      if (p < text.size() && text[p] == ':') p = skip_space(p + 1);
      const std::size_t start = p;
      std::size_t end = p;
      std::size_t q = p;
      while (q < text.size()) {
        const detail::Utf8Char c = detail::decode_at(text, q);
        if (detail::is_letter(c.code_point) || detail::is_digit(c.code_point)) {
          q += c.length;
          end = q;
        } else if (c.code_point == U'/' || c.code_point == U'-') {
          q = skip_space(q + 1);
          end = q;
        } else if (detail::is_space(c.code_point)) {
          const std::size_t after = skip_space(q);
          if (after < text.size() && (text[after] == '/' || text[after] == '-')) {
            q = after;
          } else {
            break;
          }
        } else {
          break;
        }
      }
      const std::string_view candidate = detail::trim(text.substr(start, end - start));
      if (!candidate.empty() && candidate.find('/') != std::string_view::npos) {
        try {
          found.push_back({DocumentNumber::parse(candidate), detail::location_of(text, start),
                           std::string(candidate)});
        } catch (const ParseError&) {
          // Not a document number ("số 5/6 đơn vị"): not a citation, so nothing to report.
        }
      }
      i = end > i + length ? end : i + length;
      previous_is_letter = false;
      continue;
    }
    previous_is_letter = detail::is_letter(ch.code_point);
    i += ch.length;
  }
  return found;
}

// ---- citations ---------------------------------------------------------------------------------

DocumentRef::DocumentRef(std::optional<DocumentType> type, std::optional<DocumentNumber> number,
                         std::optional<Date> date, std::optional<std::string> issuer,
                         std::optional<std::string> title, std::optional<std::string> part,
                         std::optional<int> year)
    : type_(type),
      number_(std::move(number)),
      date_(date),
      year_(year),
      issuer_(std::move(issuer)),
      title_(std::move(title)),
      part_(std::move(part)) {
  if (year_ && date_ && date_->year() != *year_) {
    throw ValidationError("document_ref.year", "the year of the date " + date_->to_string(),
                          std::to_string(*year_));
  }
}

std::optional<int> DocumentRef::year() const noexcept {
  if (date_) return date_->year();
  if (year_) return year_;
  if (number_) return number_->year();
  return std::nullopt;
}

std::string DocumentRef::to_string(Lang lang) const {
  const bool en = lang == Lang::en;
  std::string s;
  const auto add = [&](std::string_view piece) {
    if (!s.empty()) s += ' ';
    s += piece;
  };
  if (part_) add(*part_ + (en ? " of" : " kèm theo"));
  if (type_) add(display_name(*type_, lang));
  if (title_) add(*title_);
  if (number_) add((en ? "No. " : "số ") + number_->to_string());
  if (date_) {
    add((en ? "of " : "ngày ") + format_date(*date_, DateStyle::numeric));
  } else if (year_) {
    add((en ? "of " : "năm ") + std::to_string(*year_));
  }
  if (issuer_) add((en ? "by " : "của ") + *issuer_);
  return s;
}

// ---- bodies and signers ------------------------------------------------------------------------

std::string_view to_string(AdministrativeLevel level) noexcept {
  switch (level) {
    case AdministrativeLevel::central: return "central";
    case AdministrativeLevel::province: return "province";
    case AdministrativeLevel::district: return "district";
    case AdministrativeLevel::commune: return "commune";
  }
  return {};
}

AdministrativeLevel parse_administrative_level(std::string_view text) {
  for (auto l : {AdministrativeLevel::central, AdministrativeLevel::province,
                 AdministrativeLevel::district, AdministrativeLevel::commune}) {
    if (text == to_string(l)) return l;
  }
  throw ParseError("administrative_level.unknown", "one of central, province, district, commune",
                   quote(text));
}

std::string_view display_name(AdministrativeLevel level, Lang lang) noexcept {
  const bool en = lang == Lang::en;
  switch (level) {
    case AdministrativeLevel::central: return en ? "central" : "trung ương";
    case AdministrativeLevel::province: return en ? "province" : "cấp tỉnh";
    case AdministrativeLevel::district: return en ? "district" : "cấp huyện";
    case AdministrativeLevel::commune: return en ? "commune" : "cấp xã";
  }
  return {};
}

bool level_exists_on(AdministrativeLevel level, Date day) noexcept {
  // The two-level local government runs from 01/07/2025 (Resolution 203/2025/QH15 amending
  // Art. 110 of the Constitution): the district level existed until 30/06/2025.
  static const Date last_district_day(2025, 6, 30);
  return level != AdministrativeLevel::district || day <= last_district_day;
}

Authority::Authority(std::string name, AdministrativeLevel level,
                     std::optional<std::string> short_name, std::optional<std::string> parent)
    : name_(std::move(name)),
      level_(level),
      short_name_(std::move(short_name)),
      parent_(std::move(parent)) {
  if (detail::trim(name_).empty()) {
    throw ValidationError("authority.name", "the name of the body", "an empty name");
  }
}

std::string_view to_string(SignatureAuthority authority) noexcept {
  switch (authority) {
    case SignatureAuthority::none: return "none";
    case SignatureAuthority::tm: return "tm";
    case SignatureAuthority::kt: return "kt";
    case SignatureAuthority::tl: return "tl";
    case SignatureAuthority::tuq: return "tuq";
    case SignatureAuthority::q: return "q";
  }
  return {};
}

SignatureAuthority parse_signature_authority(std::string_view text) {
  for (auto a : {SignatureAuthority::none, SignatureAuthority::tm, SignatureAuthority::kt,
                 SignatureAuthority::tl, SignatureAuthority::tuq, SignatureAuthority::q}) {
    if (text == to_string(a)) return a;
  }
  throw ParseError("signature_authority.unknown", "one of none, tm, kt, tl, tuq, q", quote(text));
}

std::string_view prefix(SignatureAuthority authority) noexcept {
  switch (authority) {
    case SignatureAuthority::none: return "";
    case SignatureAuthority::tm: return "TM.";
    case SignatureAuthority::kt: return "KT.";
    case SignatureAuthority::tl: return "TL.";
    case SignatureAuthority::tuq: return "TUQ.";
    case SignatureAuthority::q: return "Q.";
  }
  return {};
}

Signer::Signer(std::vector<SignatureLine> authority_lines, std::string position,
               std::optional<std::string> name, bool acting)
    : lines_(std::move(authority_lines)),
      position_(std::move(position)),
      name_(std::move(name)),
      acting_(acting) {
  for (const auto& line : lines_) {
    if (line.authority == SignatureAuthority::none || line.authority == SignatureAuthority::q) {
      throw ValidationError("signer.authority_line", "TM., KT., TL. or TUQ. on an authority line",
                            std::string(govplan::to_string(line.authority)));
    }
    if (detail::trim(line.text).empty()) {
      throw ValidationError("signer.authority_line",
                            "the body or position after " + std::string(prefix(line.authority)),
                            "an empty text");
    }
  }
  if (detail::trim(position_).empty()) {
    throw ValidationError("signer.position", "the signer's position", "an empty text");
  }
}

namespace {

// Matches "TM.", "KT.", "TL.", "TUQ." or "Q." at the start of `line`; returns the authority and
// sets `rest` to the text after it.
SignatureAuthority match_prefix(std::string_view line, std::string_view& rest) {
  for (auto a : {SignatureAuthority::tuq, SignatureAuthority::tm, SignatureAuthority::kt,
                 SignatureAuthority::tl, SignatureAuthority::q}) {
    std::size_t length = 0;
    if (detail::starts_with_ignore_case(line, 0, prefix(a), length)) {
      rest = detail::trim(line.substr(length));
      return a;
    }
  }
  rest = line;
  return SignatureAuthority::none;
}

}  // namespace

SignatureAuthority Signer::authority() const noexcept {
  if (!lines_.empty()) return lines_.front().authority;
  return acting_ ? SignatureAuthority::q : SignatureAuthority::none;
}

std::optional<std::string> Signer::on_behalf_of() const {
  if (lines_.empty()) return std::nullopt;
  return lines_.front().text;
}

Signer Signer::parse(std::string_view block) {
  detail::require_max_length(block, 2000, "signer");
  detail::require_utf8(block, "signer");
  struct Line {
    std::string text;
    std::size_t number;
  };
  std::vector<Line> lines;
  std::size_t number = 0;
  for (std::string_view raw : split(block, '\n')) {
    ++number;
    std::string text;
    for (std::string_view piece : split(raw, '*')) text += piece;  // Markdown bold
    const std::string_view t = detail::trim(text);
    if (t.empty()) continue;
    if ((t.front() == '(' && t.back() == ')') || (t.front() == '[' && t.back() == ']')) continue;
    lines.push_back({std::string(t), number});
  }
  std::vector<SignatureLine> chain;
  std::size_t i = 0;
  for (; i < lines.size(); ++i) {
    std::string_view rest;
    const SignatureAuthority a = match_prefix(lines[i].text, rest);
    if (a == SignatureAuthority::none || a == SignatureAuthority::q) break;
    if (rest.empty()) {
      throw ParseError("signer.empty_authority",
                       "the body or position after " + std::string(prefix(a)),
                       quote(lines[i].text), Location::in_text(lines[i].number, 1));
    }
    chain.push_back({a, std::string(rest)});
  }
  if (i == lines.size()) {
    throw ParseError("signer.no_position", "the signer's position (\"CHỦ TỊCH\")",
                     lines.empty() ? "an empty block" : "the end of the block",
                     Location::in_text(number == 0 ? 1 : number, 1));
  }
  std::string_view position;
  const bool acting = match_prefix(lines[i].text, position) == SignatureAuthority::q;
  if (!acting) position = lines[i].text;
  if (position.empty()) {
    throw ParseError("signer.no_position", "the position after \"Q.\"", quote(lines[i].text),
                     Location::in_text(lines[i].number, 1));
  }
  std::optional<std::string> name;
  if (i + 1 < lines.size()) name = lines[i + 1].text;
  if (i + 2 < lines.size()) {
    throw ParseError("signer.extra_line", "the signer's name as the last line",
                     quote(lines[i + 2].text), Location::in_text(lines[i + 2].number, 1));
  }
  return Signer(std::move(chain), std::string(position), std::move(name), acting);
}

std::string Signer::to_string() const {
  std::string s;
  for (const auto& line : lines_) {
    s += std::string(prefix(line.authority)) + " " + line.text + "\n";
  }
  s += (acting_ ? "Q. " : "") + position_;
  if (name_) s += "\n" + *name_;
  return s;
}

// ---- the place-and-date line -------------------------------------------------------------------

namespace {

constexpr std::size_t kMaxLineBytes = 500;

struct SplitLine {
  std::string_view place;
  std::size_t date_offset = 0;
  bool has_comma = false;
};

// The place is what comes before the word "ngày" (or, without it, before the first comma).
SplitLine split_place_date(std::string_view line) {
  SplitLine r;
  bool previous_is_letter = false;
  for (std::size_t i = 0; i < line.size();) {
    const detail::Utf8Char c = detail::decode_at(line, i);
    std::size_t length = 0;
    if (!previous_is_letter && detail::starts_with_ignore_case(line, i, "ngày", length)) {
      std::string_view place = detail::trim(line.substr(0, i));
      if (!place.empty() && place.back() == ',') {
        r.has_comma = true;
        place = detail::trim(place.substr(0, place.size() - 1));
      }
      r.place = place;
      r.date_offset = i;
      return r;
    }
    previous_is_letter = detail::is_letter(c.code_point);
    i += c.length;
  }
  const std::size_t comma = line.find(',');
  if (comma != std::string_view::npos) {
    r.place = detail::trim(line.substr(0, comma));
    r.has_comma = true;
    r.date_offset = comma + 1;
  }
  return r;
}

constexpr std::string_view kRuleDateLine =
    "Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.4 (Decree 30/2020/NĐ-CP, Appendix I, §II.4)";
constexpr std::string_view kRuleDraft =
    "Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2 (Decree 30/2020/NĐ-CP, Art. 15(2))";

}  // namespace

PlaceDate parse_place_date(std::string_view line) {
  detail::require_max_length(line, kMaxLineBytes, "date_line");
  detail::require_utf8(line, "date_line");
  const SplitLine s = split_place_date(line);
  const detail::DateSyntax syntax = detail::read_date_syntax(line, s.date_offset);
  return {std::string(s.place), detail::to_partial_date(line, syntax)};
}

std::vector<Finding> check_place_date(std::string_view line) {
  std::vector<Finding> findings;
  const auto add = [&](std::string code, Severity severity, Location where, std::string_view rule,
                       std::string vi, std::string en) {
    findings.emplace_back(std::move(code), severity, "header.date_line", std::move(where),
                          std::string(rule), std::move(vi), std::move(en));
  };
  SplitLine s;
  detail::DateSyntax syntax;
  try {
    detail::require_max_length(line, kMaxLineBytes, "date_line");
    detail::require_utf8(line, "date_line");
    s = split_place_date(line);
    syntax = detail::read_date_syntax(line, s.date_offset);
    detail::to_partial_date(line, syntax);
  } catch (const ParseError& e) {
    add("date_line.unreadable", Severity::error, e.where(), kRuleDateLine,
        "Không đọc được ngày tháng trên dòng địa danh, ngày tháng: " + std::string(e.what()),
        "The date of the place-and-date line cannot be read: " + std::string(e.what()));
    return findings;
  }
  const auto at = [&](std::size_t offset) { return detail::location_of(line, offset); };
  if (s.place.empty()) {
    add("date_line.place_missing", Severity::warning, at(0), kRuleDateLine,
        "Thiếu địa danh trước ngày tháng ban hành.",
        "The place name before the date is missing.");
  } else if (!s.has_comma) {
    add("date_line.comma_missing", Severity::warning, at(s.place.size()), kRuleDateLine,
        "Thiếu dấu phẩy sau địa danh.", "The comma after the place name is missing.");
  }
  if (syntax.style != DateStyle::vietnamese) {
    add("date_line.numeric_form", Severity::warning, at(s.date_offset), kRuleDateLine,
        "Ngày tháng phải viết đầy đủ \"ngày … tháng … năm …\".",
        "The date must be written in full, \"ngày … tháng … năm …\".");
  }
  // The padding rule is about the full form; a numeric date was reported above as a whole.
  const bool full_form = syntax.style == DateStyle::vietnamese;
  const auto& day = syntax.day;
  if (day.present && !day.value) {
    add("date_line.day_blank", Severity::info, at(day.offset), kRuleDraft,
        "Chưa ghi ngày: văn bản là dự thảo, được ghi số và ngày sau khi ký ban hành.",
        "No day yet: the document is a draft, numbered and dated once signed.");
  } else if (full_form && day.value && *day.value < 10 && day.digits.size() == 1) {
    add("date_line.day_not_padded", Severity::warning, at(day.offset), kRuleDateLine,
        "Ngày nhỏ hơn 10 phải ghi thêm số 0 phía trước (\"ngày 0" + std::string(day.digits) +
            "\").",
        "A day below 10 takes a leading zero (\"ngày 0" + std::string(day.digits) + "\").");
  }
  const auto& month = syntax.month;
  if (month.present && !month.value) {
    add("date_line.month_blank", Severity::info, at(month.offset), kRuleDraft,
        "Chưa ghi tháng.", "No month yet.");
  } else if (full_form && month.value && *month.value <= 2 && month.digits.size() == 1) {
    add("date_line.month_not_padded", Severity::warning, at(month.offset), kRuleDateLine,
        "Tháng 1 và tháng 2 phải ghi thêm số 0 phía trước (\"tháng 0" +
            std::string(month.digits) + "\").",
        "Months 1 and 2 take a leading zero (\"tháng 0" + std::string(month.digits) + "\").");
  } else if (full_form && month.value && *month.value >= 3 && month.digits.size() == 2 &&
             month.digits[0] == '0') {
    add("date_line.month_padded", Severity::warning, at(month.offset), kRuleDateLine,
        "Tháng từ 3 đến 12 không ghi số 0 phía trước (\"tháng " +
            std::to_string(*month.value) + "\").",
        "Months 3 to 12 take no leading zero (\"tháng " + std::to_string(*month.value) +
            "\").");
  }
  return findings;
}

}  // namespace govplan

namespace govplan {

namespace {

struct TextLine {
  std::string_view text;
  std::size_t offset;  // byte offset in the whole text
};

// Lines of the header, table cells split at "|", up to the first Roman-numbered section heading.
std::vector<TextLine> header_lines(std::string_view text) {
  std::vector<TextLine> lines;
  std::size_t start = 0;
  while (start <= text.size() && lines.size() < 200) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    const std::string_view t = detail::trim(line);
    if (t.substr(0, 2) == "I.") break;  // "I. MỤC ĐÍCH, YÊU CẦU": the body starts
    std::size_t cell = 0;
    for (;;) {
      const std::size_t bar = line.find('|', cell);
      const std::string_view piece = line.substr(cell, bar == std::string_view::npos
                                                           ? std::string_view::npos
                                                           : bar - cell);
      if (!detail::trim(piece).empty()) lines.push_back({piece, start + cell});
      if (bar == std::string_view::npos) break;
      cell = bar + 1;
    }
    if (end == text.size() || lines.size() >= 60) break;
    start = end + 1;
  }
  return lines;
}

bool starts_with_so_label(std::string_view line) {
  const std::string_view t = detail::trim(line);
  std::size_t length = 0;
  if (!detail::starts_with_ignore_case(t, 0, "số", length)) return false;
  const std::string_view rest = detail::trim(t.substr(length));
  return rest.empty() || rest.front() == ':';
}

}  // namespace

DocumentHeader read_header(std::string_view text) {
  detail::require_utf8(text, "text");
  DocumentHeader h;
  const std::vector<TextLine> lines = header_lines(text);
  for (std::size_t i = 0; i < lines.size() && !h.number; ++i) {
    if (!starts_with_so_label(lines[i].text)) continue;
    std::string joined(lines[i].text);
    for (int attempt = 0; attempt < 2; ++attempt) {
      try {
        const DocumentNumber n = DocumentNumber::parse(joined);
        // Locate the number itself, after the "Số:" label (or on the next line, where a table
        // converted from Word puts it), as find_document_numbers() does.
        const std::string_view line = lines[i].text;
        std::size_t p = static_cast<std::size_t>(detail::trim(line).data() - line.data());
        std::size_t label = 0;
        detail::starts_with_ignore_case(line, p, "số", label);
        p += label;
        while (p < line.size() &&
               (line[p] == ':' || detail::is_space(detail::decode_at(line, p).code_point))) {
          p += detail::decode_at(line, p).length;
        }
        std::size_t offset = lines[i].offset + p;
        if (p >= line.size() && attempt == 1) {
          const std::string_view next = lines[i + 1].text;
          offset = lines[i + 1].offset +
                   static_cast<std::size_t>(detail::trim(next).data() - next.data());
        }
        const std::string rest = joined.substr(std::min(p, joined.size()));
        h.number = NumberMatch{n, detail::location_of(text, offset),
                               std::string(detail::trim(rest))};
        break;
      } catch (const ParseError&) {
        if (i + 1 >= lines.size()) break;
        joined += ' ';
        joined += lines[i + 1].text;
      }
    }
  }
  for (std::size_t i = 0; i < lines.size() && !h.date_line; ++i) {
    std::size_t length = 0;
    bool has_ngay = false;
    for (std::size_t k = 0; k < lines[i].text.size(); ++k) {
      if (detail::starts_with_ignore_case(lines[i].text, k, "ngày", length)) has_ngay = true;
    }
    if (!has_ngay) continue;
    std::string candidate(detail::trim(lines[i].text));
    for (int attempt = 0; attempt < 2; ++attempt) {
      try {
        const PlaceDate pd = parse_place_date(candidate);
        if (pd.place.empty()) throw ParseError("date_line.place", "a place", "none");
        h.date_line = candidate;
        const std::string_view first = detail::trim(lines[i].text);
        h.date_line_where = detail::location_of(
            text, lines[i].offset + static_cast<std::size_t>(first.data() - lines[i].text.data()));
        h.place_date = pd;
        break;
      } catch (const ParseError&) {
        if (i + 1 >= lines.size()) break;
        candidate += ' ';
        candidate += detail::trim(lines[i + 1].text);
      }
    }
  }
  const std::string rule_number =
      "Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm c (Decree 30/2020/NĐ-CP, Art. 8(2)(c))";
  if (!h.number) {
    h.findings.emplace_back("header.number_missing", Severity::warning, "header.number",
                            Location{}, rule_number, "Không tìm thấy dòng \"Số:\" của văn bản.",
                            "The document's \"Số:\" (number and symbol) line was not found.");
  } else if (h.number->number.is_draft()) {
    h.findings.emplace_back(
        "header.number_blank", Severity::info, "header.number", h.number->where,
        std::string(kRuleDraft),
        "Chưa có số: văn bản là dự thảo, được ghi số sau khi ký ban hành.",
        "No number yet: the document is a draft, numbered once signed.");
  }
  if (!h.date_line) {
    h.findings.emplace_back("header.date_line_missing", Severity::warning, "header.date_line",
                            Location{}, std::string(kRuleDateLine),
                            "Không tìm thấy dòng địa danh, ngày tháng ban hành.",
                            "The place-and-date line was not found.");
  } else {
    for (Finding& f : check_place_date(*h.date_line)) {
      // Locate the finding in the whole text: the line is where the date line starts.
      Location where = f.where();
      if (where.line() && h.date_line_where && h.date_line_where->line()) {
        where = Location::in_text(*h.date_line_where->line() + *where.line() - 1,
                                  *where.column() + (*where.line() == 1
                                                         ? *h.date_line_where->column() - 1
                                                         : 0));
      }
      h.findings.emplace_back(f.code(), f.severity(), f.subject(), where, f.rule(),
                              f.message(Lang::vi), f.message(Lang::en));
    }
  }
  return h;
}

}  // namespace govplan
