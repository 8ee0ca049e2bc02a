// govplan/document.hpp — Vietnamese official documents: their types, numbers and symbols,
// citations of one document by another, issuing bodies, signers, and the place-and-date line.
//
// The rules are those of Decree 30/2020/NĐ-CP on clerical work (administrative documents),
// the Law on Promulgation of Legal Normative Documents (Law 80/2015/QH13, Art. 4, for the
// legal-normative types) and, for Party documents cited by plans ("06-CTr/TU"), the Party's own
// numbering. A number and symbol ("số, ký hiệu") reads:
//
//   43/KH-UBND          number / type abbreviation - issuer abbreviation   (administrative)
//   09/2019/NĐ-CP       number / year / type - issuer                       (legal normative)
//   80/2015/QH13        number / year / issuer (laws carry no type)
//   2450/VPCP-KGVX      number / issuer - drafting unit                     (công văn: no type)
//   06-CTr/TU           number - type / issuer                              (Party documents)
//   /KH-UBND            a draft: the number is given only when signed (Decree 30, Art. 15(2))
//
//   auto n = govplan::DocumentNumber::parse("36 /KH - UBND");
//   n.to_string();                  // "36/KH-UBND"
//   n.document_type();              // DocumentType::ke_hoach
//   n.issuer_abbreviation();        // "UBND"
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "govplan/date.hpp"
#include "govplan/error.hpp"
#include "govplan/finding.hpp"
#include "govplan/lang.hpp"

namespace govplan {

// ---- document types ---------------------------------------------------------------------------

/// The types of documents a plan issues or cites. Enumerators are the Vietnamese names without
/// diacritics. The first 29 are the administrative types of Decree 30/2020/NĐ-CP, Art. 7, in its
/// order; then the three kinds of copy (Appendix III §I); then the legal-normative types of Law
/// 80/2015/QH13, Art. 4, that are not also administrative types; then Party types.
enum class DocumentType {
  nghi_quyet,       ///< Nghị quyết (NQ)
  quyet_dinh,       ///< Quyết định (QĐ)
  chi_thi,          ///< Chỉ thị (CT)
  quy_che,          ///< Quy chế (QC)
  quy_dinh,         ///< Quy định (QyĐ)
  thong_cao,        ///< Thông cáo (TC)
  thong_bao,        ///< Thông báo (TB)
  huong_dan,        ///< Hướng dẫn (HD)
  chuong_trinh,     ///< Chương trình (CTr)
  ke_hoach,         ///< Kế hoạch (KH)
  phuong_an,        ///< Phương án (PA)
  de_an,            ///< Đề án (ĐA)
  du_an,            ///< Dự án (DA)
  bao_cao,          ///< Báo cáo (BC)
  bien_ban,         ///< Biên bản (BB)
  to_trinh,         ///< Tờ trình (TTr)
  hop_dong,         ///< Hợp đồng (HĐ)
  cong_van,         ///< Công văn (no abbreviation)
  cong_dien,        ///< Công điện (CĐ)
  ban_ghi_nho,      ///< Bản ghi nhớ (BGN)
  ban_thoa_thuan,   ///< Bản thỏa thuận (BTT)
  giay_uy_quyen,    ///< Giấy ủy quyền (GUQ)
  giay_moi,         ///< Giấy mời (GM)
  giay_gioi_thieu,  ///< Giấy giới thiệu (GGT)
  giay_nghi_phep,   ///< Giấy nghỉ phép (GNP)
  phieu_gui,        ///< Phiếu gửi (PG)
  phieu_chuyen,     ///< Phiếu chuyển (PC)
  phieu_bao,        ///< Phiếu báo (PB)
  thu_cong,         ///< Thư công (no abbreviation)
  ban_sao_y,        ///< Bản sao y (SY)
  ban_trich_sao,    ///< Bản trích sao (TrS)
  ban_sao_luc,      ///< Bản sao lục (SL)
  hien_phap,        ///< Hiến pháp
  bo_luat,          ///< Bộ luật
  luat,             ///< Luật
  phap_lenh,        ///< Pháp lệnh
  lenh,             ///< Lệnh of the State President (L)
  nghi_dinh,        ///< Nghị định (NĐ)
  thong_tu,         ///< Thông tư (TT)
  thong_tu_lien_tich,    ///< Thông tư liên tịch (TTLT)
  nghi_quyet_lien_tich,  ///< Nghị quyết liên tịch (NQLT)
  ket_luan,         ///< Kết luận, a Party document (KL)
  thong_tri,        ///< Thông tri, a Party document (TT in Party numbers)
};

/// The families a type belongs to; a type can be in several (a Nghị quyết may be an individual
/// administrative resolution or a legal-normative one; the number tells: only legal-normative
/// numbers carry a year).
struct DocumentTypeInfo {
  DocumentType type;
  std::string_view id;             ///< "ke_hoach": the enumerator's name, used in JSON
  std::string_view name_vi;        ///< "Kế hoạch"
  std::string_view name_en;        ///< "Plan"
  std::string_view abbreviation;   ///< "KH"; empty for công văn, thư công and laws
  bool administrative;             ///< one of the 29 types of Decree 30/2020, Art. 7
  bool legal_normative;            ///< a type of Law 80/2015/QH13, Art. 4
  bool party;                      ///< issued by Party bodies
};

/// Every type, in enumeration order.
std::span<const DocumentTypeInfo> document_types() noexcept;

/// The row of `type`.
const DocumentTypeInfo& info(DocumentType type) noexcept;

/// "ke_hoach".
std::string_view to_string(DocumentType type) noexcept;
/// The type named "ke_hoach"; throws ParseError listing the accepted names otherwise.
DocumentType parse_document_type(std::string_view id);

/// "Kế hoạch" (vi) or "Plan" (en).
std::string_view display_name(DocumentType type, Lang lang = Lang::vi) noexcept;

/// The official abbreviation ("KH"), or nothing for types that have none (công văn, thư công,
/// laws). Decree 30/2020/NĐ-CP, Appendix III §I.
std::optional<std::string_view> abbreviation(DocumentType type) noexcept;

/// The type whose abbreviation is `abbreviation` in a state document's symbol ("KH", "QĐ",
/// "NĐ", "TTr"; letter case is ignored, so "TTR" also reads Tờ trình). Throws NotFound, listing
/// the known abbreviations, otherwise. "CV" is not an official abbreviation (Decree 30: a công
/// văn's symbol has none) and is not found.
DocumentType document_type_from_abbreviation(std::string_view abbreviation);

/// The type a Party document's number abbreviates as `abbreviation` ("CTr", "NQ", "KL", "CV";
/// "TT" is a Thông tri there). Throws NotFound otherwise.
DocumentType party_document_type_from_abbreviation(std::string_view abbreviation);

/// The type named `name` in Vietnamese ("Kế hoạch", "KẾ HOẠCH", "kế hoạch"; also "văn bản",
/// which documents use for a công văn). Throws NotFound otherwise.
DocumentType document_type_from_name(std::string_view name);

// ---- numbers and symbols ----------------------------------------------------------------------

/// How a number and symbol is laid out.
enum class NumberStyle {
  state,  ///< "43/KH-UBND", "09/2019/NĐ-CP" (Decree 30/2020, Appendix I §II.3)
  party,  ///< "06-CTr/TU": number and type joined by a hyphen, then the issuing Party body
};

/// "state", "party".
std::string_view to_string(NumberStyle style) noexcept;

/// A document's number and symbol ("số, ký hiệu"), split into its parts. Values keep the parts as
/// written (a number "09" stays "09"); to_string() gives the canonical form, with no spaces,
/// slashes between number, year and symbol, hyphens between the groups of the symbol.
/// Default-constructed, it is the empty symbol of a draft with no parts; parse() never returns
/// that.
class DocumentNumber {
 public:
  DocumentNumber() = default;

  /// Builds a number from its parts; throws ValidationError for a part that is not a valid group
  /// (letters and digits only; a number is digits with at most one trailing letter, from 1; a
  /// year has four digits) or an empty issuer — unless the number stands alone, with no year,
  /// type or unit, as some citations give it ("Hướng dẫn số 9229 của BCĐ").
  DocumentNumber(std::optional<std::string> number, std::optional<int> year,
                 std::string type_abbreviation, std::string issuer_abbreviation,
                 std::string unit_abbreviation = {}, NumberStyle style = NumberStyle::state);

  /// Reads a number and symbol: every form in the file comment, a bare number ("9229"), an
  /// optional leading "Số:" or "số", spaces anywhere ("36 /KH - UBND" reads as "36/KH-UBND"). Throws ParseError, with the
  /// column, for anything else: empty text, a number of 0, a year that is not four digits, a
  /// character that cannot be in a symbol, more than 200 bytes, invalid UTF-8.
  static DocumentNumber parse(std::string_view text);

  /// The ordinal as written ("43", "09", "30c"), or nothing for a draft not yet numbered.
  const std::optional<std::string>& number() const noexcept { return number_; }
  /// The ordinal's value without any letter suffix (43, 9, 30).
  std::optional<int> ordinal() const;
  /// The year segment of a legal-normative number ("09/2019/NĐ-CP" → 2019).
  std::optional<int> year() const noexcept { return year_; }
  /// "KH", "NĐ", "CTr"; empty when the symbol has no type (công văn, laws).
  const std::string& type_abbreviation() const noexcept { return type_; }
  /// "UBND", "CP", "TTg", "QH13", "VPCP", "TU".
  const std::string& issuer_abbreviation() const noexcept { return issuer_; }
  /// The drafting unit or field after the issuer ("KGVX" in "2450/VPCP-KGVX"; "BNN-TCLN" has
  /// issuer "BNN" and unit "TCLN"); empty if none.
  const std::string& unit_abbreviation() const noexcept { return unit_; }
  NumberStyle style() const noexcept { return style_; }

  /// The document type the type abbreviation names, if it names one.
  std::optional<DocumentType> document_type() const;
  /// True when the number is absent: a draft ("/KH-UBND").
  bool is_draft() const noexcept { return !number_.has_value(); }
  /// False for a citation that gives the number alone ("Hướng dẫn số 9229"): no issuer, no type.
  bool has_symbol() const noexcept { return !issuer_.empty(); }
  /// True when the number has a year segment, as legal-normative documents do.
  bool has_year() const noexcept { return year_.has_value(); }
  /// The symbol after the number (and year): "KH-UBND", "NĐ-CP", "CTr/TU" for Party numbers.
  std::string symbol() const;

  /// The canonical form: "43/KH-UBND", "/KH-UBND", "09/2019/NĐ-CP", "06-CTr/TU".
  std::string to_string() const;

  bool operator==(const DocumentNumber&) const = default;

 private:
  std::optional<std::string> number_;
  std::optional<int> year_;
  std::string type_;
  std::string issuer_;
  std::string unit_;
  NumberStyle style_ = NumberStyle::state;
};

std::ostream& operator<<(std::ostream& os, const DocumentNumber& number);

/// A document number found in a text, with where it starts and the text it was read from.
struct NumberMatch {
  DocumentNumber number;
  Location where;    ///< line and column of the number's first character
  std::string text;  ///< as written in the text ("36 /KH - UBND")
  bool operator==(const NumberMatch&) const = default;
};

/// Finds every document number in `text` that follows the word "số" ("Kế hoạch số 43/KH-UBND",
/// "Số: /KH-UBND", "SỐ: 59/2023/NĐ-CP"), in text order. Text that follows "số" but is not a valid
/// number (a count, "số lượng") is skipped. Throws ParseError for invalid UTF-8.
std::vector<NumberMatch> find_document_numbers(std::string_view text);

// ---- citations ---------------------------------------------------------------------------------

/// One document as another cites it: "Kế hoạch số 43/KH-UBND ngày 26/02/2024 của UBND thành
/// phố". Every part is optional because real citations leave parts out ("Luật Hòa giải ở cơ sở
/// năm 2013" has neither number nor day). `part` names a part of the document ("Phụ lục").
/// Default-constructed, it is an empty citation.
class DocumentRef {
 public:
  DocumentRef() = default;
  /// Throws ValidationError if `year` disagrees with `date`.
  DocumentRef(std::optional<DocumentType> type, std::optional<DocumentNumber> number,
              std::optional<Date> date, std::optional<std::string> issuer,
              std::optional<std::string> title = std::nullopt,
              std::optional<std::string> part = std::nullopt,
              std::optional<int> year = std::nullopt);

  const std::optional<DocumentType>& type() const noexcept { return type_; }
  const std::optional<DocumentNumber>& number() const noexcept { return number_; }
  const std::optional<Date>& date() const noexcept { return date_; }
  /// The year of the document: from its date, else as given ("năm 2013"), else from the number's
  /// year segment.
  std::optional<int> year() const noexcept;
  const std::optional<std::string>& issuer() const noexcept { return issuer_; }
  const std::optional<std::string>& title() const noexcept { return title_; }
  const std::optional<std::string>& part() const noexcept { return part_; }

  /// The citation as a Vietnamese document writes it: "Kế hoạch số 43/KH-UBND ngày 26/02/2024
  /// của UBND thành phố"; in English, "Plan No. 43/KH-UBND of 26/02/2024 by UBND thành phố".
  std::string to_string(Lang lang = Lang::vi) const;

  bool operator==(const DocumentRef&) const = default;

 private:
  std::optional<DocumentType> type_;
  std::optional<DocumentNumber> number_;
  std::optional<Date> date_;
  std::optional<int> year_;
  std::optional<std::string> issuer_;
  std::optional<std::string> title_;
  std::optional<std::string> part_;
};

// ---- bodies and signers ------------------------------------------------------------------------

/// The level of the administration a body belongs to. Until 30/06/2025 local government had three
/// levels (province, district, commune); from 01/07/2025 it has two and the district level ceased
/// (Resolution 203/2025/QH15 amending Art. 110 of the Constitution; Law 72/2025/QH15).
enum class AdministrativeLevel {
  central,   ///< Quốc hội, Chính phủ, Thủ tướng, ministries
  province,  ///< tỉnh, thành phố trực thuộc trung ương
  district,  ///< huyện, quận, thị xã, thành phố thuộc tỉnh — until 30/06/2025
  commune,   ///< xã, phường, thị trấn, đặc khu
};

/// "central", "province", "district", "commune".
std::string_view to_string(AdministrativeLevel level) noexcept;
/// Reads the names to_string gives; throws ParseError otherwise.
AdministrativeLevel parse_administrative_level(std::string_view text);
/// "trung ương", "cấp tỉnh", "cấp huyện", "cấp xã" or the English.
std::string_view display_name(AdministrativeLevel level, Lang lang = Lang::vi) noexcept;
/// Whether local government had this level on `day`: the district level did until 30/06/2025.
bool level_exists_on(AdministrativeLevel level, Date day) noexcept;

/// A body that issues, leads, coordinates or receives: "Ủy ban nhân dân phường Chánh Lộ"
/// ("UBND phường Chánh Lộ"), level commune, parent "UBND thành phố Quảng Ngãi". The parent is
/// named, not pointed to. Default-constructed, the name is empty and the level central.
class Authority {
 public:
  Authority() = default;
  /// Throws ValidationError for an empty name.
  Authority(std::string name, AdministrativeLevel level,
            std::optional<std::string> short_name = std::nullopt,
            std::optional<std::string> parent = std::nullopt);

  const std::string& name() const noexcept { return name_; }
  AdministrativeLevel level() const noexcept { return level_; }
  const std::optional<std::string>& short_name() const noexcept { return short_name_; }
  const std::optional<std::string>& parent() const noexcept { return parent_; }

  bool operator==(const Authority&) const = default;

 private:
  std::string name_;
  AdministrativeLevel level_ = AdministrativeLevel::central;
  std::optional<std::string> short_name_;
  std::optional<std::string> parent_;
};

/// The authority with which a person signs (Decree 30/2020/NĐ-CP, Art. 13; Appendix I §II.7).
enum class SignatureAuthority {
  none,  ///< the head signs in their own name
  tm,    ///< "TM." thay mặt — on behalf of a collective ("TM. ỦY BAN NHÂN DÂN")
  kt,    ///< "KT." ký thay — a deputy in place of the head ("KT. CHỦ TỊCH")
  tl,    ///< "TL." thừa lệnh — by order of the head
  tuq,   ///< "TUQ." thừa ủy quyền — by written authorisation
  q,     ///< "Q." quyền — acting head ("Q. GIÁM ĐỐC")
};

/// "none", "tm", "kt", "tl", "tuq", "q".
std::string_view to_string(SignatureAuthority authority) noexcept;
/// Reads the names to_string gives; throws ParseError otherwise.
SignatureAuthority parse_signature_authority(std::string_view text);
/// "TM.", "KT.", "TL.", "TUQ.", "Q.", or "" for none.
std::string_view prefix(SignatureAuthority authority) noexcept;

/// One authority line of a signature block: "TM. ỦY BAN NHÂN DÂN" is {tm, "ỦY BAN NHÂN DÂN"}.
struct SignatureLine {
  SignatureAuthority authority = SignatureAuthority::tm;
  std::string text;
  bool operator==(const SignatureLine&) const = default;
};

/// Who signs a document, as the signature block shows it:
///
///   TM. ỦY BAN NHÂN DÂN     authority line {tm, "ỦY BAN NHÂN DÂN"}
///   KT. CHỦ TỊCH            authority line {kt, "CHỦ TỊCH"} (a deputy signs for the chair)
///   PHÓ CHỦ TỊCH            position
///   Nguyễn Văn A            name
///
/// A block has zero or more authority lines (TM., KT., TL., TUQ.; a TL. signer may let a deputy
/// sign KT. in turn), then the position — written "Q. GIÁM ĐỐC" by an acting head — then the
/// name. Default-constructed, it has no authority lines and an empty position.
class Signer {
 public:
  Signer() = default;
  /// Throws ValidationError for an authority line whose authority is none or q or whose text is
  /// empty, or an empty position.
  Signer(std::vector<SignatureLine> authority_lines, std::string position,
         std::optional<std::string> name, bool acting = false);

  /// Reads a signature block. Blank lines, surrounding spaces, Markdown bold ("**") and notes in
  /// brackets ("(Đã ký)", "[daky]") are ignored. Throws ParseError, naming the line, for a block
  /// with no position, an authority line with nothing after its prefix, or lines after the name.
  static Signer parse(std::string_view block);

  /// The authority of the first line (tm for "TM. ỦY BAN NHÂN DÂN"); q for an acting head who
  /// signs in their own name; none otherwise.
  SignatureAuthority authority() const noexcept;
  /// The text of the first authority line ("ỦY BAN NHÂN DÂN"), if any.
  std::optional<std::string> on_behalf_of() const;
  const std::vector<SignatureLine>& authority_lines() const noexcept { return lines_; }
  /// "CHỦ TỊCH", without the "Q." of an acting head.
  const std::string& position() const noexcept { return position_; }
  /// True when the position is held in an acting capacity ("Q. GIÁM ĐỐC").
  bool is_acting() const noexcept { return acting_; }
  /// The signer's name; absent while the document is an unsigned draft.
  const std::optional<std::string>& name() const noexcept { return name_; }

  /// The block as lines joined by '\n': "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Việt Dũng".
  std::string to_string() const;

  bool operator==(const Signer&) const = default;

 private:
  std::vector<SignatureLine> lines_;
  std::string position_;
  std::optional<std::string> name_;
  bool acting_ = false;
};

// ---- the place-and-date line -------------------------------------------------------------------

/// A document's place-and-date line, "Chánh Lộ, ngày    tháng 02 năm 2024": the place name and
/// the (possibly partial) date.
struct PlaceDate {
  std::string place;  ///< "Chánh Lộ"; empty if the line has none
  PartialDate date;
  bool operator==(const PlaceDate&) const = default;
};

/// Reads a place-and-date line. The place is everything before the first comma; the date may be
/// partial, as in a draft. Throws ParseError (with the column) if no date can be read.
PlaceDate parse_place_date(std::string_view line);

/// Checks a place-and-date line against Decree 30/2020/NĐ-CP, Appendix I §II.4, and returns
/// every departure as a Finding (subject "header.date_line"):
///   date_line.numeric_form      (warning) the date is not written "ngày … tháng … năm …"
///   date_line.day_not_padded    (warning) a day below 10 without its leading zero ("ngày 5")
///   date_line.month_not_padded  (warning) month 1 or 2 without its leading zero ("tháng 2")
///   date_line.month_padded      (warning) a month 3–12 with a leading zero ("tháng 09")
///   date_line.place_missing     (warning) no place name before the date
///   date_line.comma_missing     (warning) no comma after the place name
///   date_line.day_blank         (info)    no day yet: a draft, numbered and dated when signed
///                                         (Art. 15(2))
///   date_line.month_blank       (info)    no month yet
///   date_line.unreadable        (error)   no date can be read from the line
/// A line that follows the rule gives no findings.
std::vector<Finding> check_place_date(std::string_view line);

// ---- the header of a document --------------------------------------------------------------

/// What the header of a document's text says about the document itself: its own number (the
/// "Số:" line) and its place-and-date line, each with where it was found.
struct DocumentHeader {
  std::optional<NumberMatch> number;     ///< the document's own number and symbol
  std::optional<std::string> date_line;  ///< the place-and-date line as written
  std::optional<Location> date_line_where;
  std::optional<PlaceDate> place_date;   ///< the date line read
  /// check_place_date() on the date line, plus header.number_missing (warning: no "Số:" line),
  /// header.number_blank (info: a draft's number is given when signed, Decree 30/2020, Art.
  /// 15(2)) and header.date_line_missing (warning).
  std::vector<Finding> findings;
};

/// Reads the header of a document's text (the lines before its first Roman-numbered section,
/// at most the first 60): the first "Số:" line (its number may be on the next line) and the first
/// line that reads as a place-and-date line (possibly broken over two lines, as converted PDFs
/// break it). Table cells separated by "|" count as lines. It does not read the rest of the
/// document: that is the importer's work. Throws ParseError for invalid UTF-8.
DocumentHeader read_header(std::string_view text);

}  // namespace govplan
