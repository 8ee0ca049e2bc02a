// import_header.cpp — the header, title and preamble of a plan's text (import_plan.hpp).
//
// Decree 30/2020/NĐ-CP, Art. 8(2) lists what a document's first part carries: the national title
// and motto, the issuing body (under the body it belongs to), the number and symbol, the place
// and date, the type and the summary of content (the title). The preamble then gives the legal
// basis ("Căn cứ …", "Thực hiện …") and the sentence by which the body issues the plan ("UBND
// phường ban hành Kế hoạch …"), which also names the issuer when the header lost it.
#include <algorithm>
#include <string>
#include <utility>

#include "govplan/vntext.hpp"
#include "import_plan.hpp"
#include "text.hpp"

namespace govplan::import_plan {

namespace {

constexpr std::string_view kRuleHeader =
    "Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 (Decree 30/2020/NĐ-CP, Art. 8(2)): thể thức văn bản";
constexpr std::string_view kRulePlace =
    "Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.4.a (Decree 30/2020/NĐ-CP, App. I §II.4.a): cơ "
    "quan địa phương ghi tên đơn vị hành chính nơi đóng trụ sở";
constexpr std::string_view kRuleDraft =
    "Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2 (Decree 30/2020/NĐ-CP, Art. 15(2))";
constexpr std::string_view kRuleImport =
    "govplan: văn bản được đọc như được viết, không đoán (text is read as written, never guessed)";

const std::vector<std::string>& type_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const DocumentTypeInfo& t : document_types()) v.push_back(fold(t.name_vi));
    v.push_back(fold("văn bản"));
    return v;
  }();
  return names;
}

std::optional<DocumentType> type_named(std::string_view text) {
  try {
    return document_type_from_name(text);
  } catch (const Error&) {
    return std::nullopt;
  }
}

// "Số:" (a document's own number), with the offset of what follows the colon.
bool so_line(const Para& p, std::size_t& rest) {
  static const std::string so = fold("số");
  if (p.key.compare(0, so.size(), so) != 0) return false;
  std::size_t i = so.size();
  while (i < p.key.size() && p.key[i] == ' ') ++i;
  if (i >= p.key.size() || p.key[i] != ':') return false;
  rest = i + 1;
  return true;
}

// A type line: "KẾ HOẠCH", or the type and the title on one line ("KẾ HOẠCH CẢI CÁCH …").
std::optional<DocumentType> type_line(const Para& p, std::size_t& rest) {
  if (p.is_row() || !all_caps(p.text) || p.text.back() == ':') return std::nullopt;
  const std::size_t n = longest_at(p.key, 0, type_names());
  if (n == 0) return std::nullopt;
  const auto t = type_named(p.text.substr(0, n));
  if (t) rest = n;
  return t;
}

bool national(const Para& p) {
  static const std::vector<std::string> words =
      folded({"cộng hòa xã hội chủ nghĩa việt nam", "độc lập - tự do - hạnh phúc",
              "độc lập – tự do – hạnh phúc", "độc lập-tự do-hạnh phúc"});
  return longest_at(p.key, 0, words) != 0;
}

// "số 43/…", "số 9229": a citation's number.
bool has_citation(std::string_view key) {
  for (std::size_t p = find_word(key, "số"); p != std::string::npos;
       p = find_word(key, "số", p + 1)) {
    std::size_t i = p + fold("số").size();
    while (i < key.size() && key[i] == ' ') ++i;
    if (i < key.size() && key[i] >= '0' && key[i] <= '9') return true;
  }
  return false;
}

// A paragraph of the legal basis: an opener ("Căn cứ", "Thực hiện" …) and a cited document, by
// its number or by a type name within the next few words ("Căn cứ Luật Tổ chức …").
bool legal_opener(const Para& p) {
  static const std::vector<std::string> openers =
      folded({"căn cứ", "thực hiện", "thi hành", "trên cơ sở", "theo đề nghị", "xét đề nghị",
              "theo quy định", "theo chỉ đạo", "theo đề xuất", "xét", "theo"});
  const std::size_t o = longest_at(p.key, 0, openers);
  if (o == 0) return false;
  if (has_citation(p.key)) return true;
  const std::vector<std::size_t> ws = word_starts(p.key);
  for (std::size_t k = 0; k < ws.size() && k < 8; ++k) {
    if (ws[k] >= o && longest_at(p.key, ws[k], type_names()) != 0) return true;
  }
  return false;
}

bool proposal(const Para& p) {
  static const std::vector<std::string> words =
      folded({"theo đề nghị", "xét đề nghị", "theo đề xuất", "xét"});
  return longest_at(p.key, 0, words) != 0;
}

// A date written alone ("21/06/2024"): the day a news item was posted.
bool date_only(const Para& p) {
  if (p.text.empty() || p.text[0] < '0' || p.text[0] > '9' || word_count(p.text) > 6) return false;
  try {
    (void)parse_partial_date(p.text);
    return true;
  } catch (const Error&) {
    return false;
  }
}

// Appends `kept` to `out`, after a space unless it begins with punctuation.
void append_kept(Para& out, const Para& kept) {
  if (kept.text.empty()) return;
  const char c = kept.text[0];
  if (out.text.empty() || c == ',' || c == '.' || c == ';' || c == ':' || c == ')') {
    out.append(kept);
  } else {
    out.join(kept);
  }
}

// A paragraph without its parentheses of abbreviations ("(viết tắt là Đề án)", "(UBND)"); the
// removed parts are appended to `removed`.
Para without_abbreviations(const Para& p, std::vector<Para>& removed) {
  static const std::vector<std::string> intro =
      folded({"viết tắt", "gọi tắt", "sau đây gọi tắt", "sau đây viết tắt", "sau đây gọi là",
              "gọi chung là", "sau đây gọi chung là", "sau đây gọi chung", "dưới đây gọi tắt"});
  Para out;
  std::size_t copied = 0;
  for (std::size_t open = p.text.find('('); open != std::string::npos;
       open = p.text.find('(', open + 1)) {
    const std::size_t close = p.text.find(')', open);
    if (close == std::string::npos) break;
    const std::string_view inner = std::string_view(p.text).substr(open + 1, close - open - 1);
    const bool acronym = word_count(inner) == 1 && all_caps(inner) && inner.size() <= 16;
    if (!acronym && longest_at(p.key, open + 1, intro) == 0) continue;
    removed.push_back(p.slice(open, close + 1));
    append_kept(out, p.slice(copied, open));
    copied = close + 1;
    open = close;
  }
  if (copied == 0) return p;
  append_kept(out, p.slice(copied, p.text.size()));
  return out;
}

// The sentence by which a body issues a document: "<body> (đã|vừa) ban hành <type> [số …
// ngày …] <description>".
struct IssuanceSpan {
  std::size_t start = 0;        // where the issuing body's name starts
  std::size_t subject_end = 0;
  DocumentType type = DocumentType::ke_hoach;
  std::string number;           // as written after "số"
  std::string date;             // as written after "ngày"
  std::size_t desc_begin = 0;
  std::size_t desc_end = 0;
  std::size_t sentence_begin = 0;
  std::size_t sentence_end = 0;
};

std::optional<IssuanceSpan> find_issuance(const Para& p) {
  static const std::vector<std::string> verbs =
      folded({"ban hành", "ký ban hành", "có", "công bố", "phê duyệt"});
  static const std::vector<std::string> aux =
      folded({"đã", "vừa", "mới", "sẽ", "cũng", "chính thức"});
  static const std::vector<std::string> not_in_name =
      folded({"về", "của", "số", "tại", "theo", "để", "trong", "ngày", "với", "cho", "nhằm",
              "việc", "được", "đối với"});
  static const std::vector<std::string> generic = folded({"các", "những", "cơ quan", "đơn vị"});
  static const std::vector<std::string> ends =
      folded({", cụ thể", " cụ thể như sau", ", như sau", " như sau", ", gồm", " gồm các nội dung",
              " gồm những nội dung", " với những nội dung", " với các nội dung", " với nội dung"});
  const std::string& k = p.key;
  const std::vector<std::pair<std::size_t, std::size_t>> sents = sentences(p);
  const std::vector<std::size_t> ws = word_starts(k);
  for (std::size_t w = 0; w < ws.size(); ++w) {
    const std::size_t v = ws[w];
    const std::size_t vlen = longest_at(k, v, verbs);
    if (vlen == 0) continue;
    // Auxiliaries before the verb; "có" needs one ("đã có Công văn").
    std::size_t subject_end = v;
    bool had_aux = false;
    for (std::size_t b = w; b > 0;) {
      --b;
      if (longest_at(k, ws[b], aux) == 0) break;
      subject_end = ws[b];
      had_aux = true;
    }
    if (word_at(k, v, "có") && !had_aux) continue;
    std::size_t t = v + vlen;
    while (t < k.size() && k[t] == ' ') ++t;
    static const std::string kem = fold("kèm theo ");
    if (k.compare(t, kem.size(), kem) == 0) t += kem.size();
    static const std::string cac = fold("các ");
    if (k.compare(t, cac.size(), cac) == 0) t += cac.size();
    const std::size_t tlen = longest_at(k, t, type_names());
    if (tlen == 0) continue;
    const auto type = type_named(p.text.substr(t, tlen));
    if (!type) continue;
    // The issuing body: from the first head after the last clause boundary before the verb.
    // A name has at most fifteen words: look back no further than 200 bytes.
    const std::size_t floor = subject_end > 200 ? subject_end - 200 : 0;
    std::size_t boundary = floor;
    for (std::size_t i = subject_end; i > floor; --i) {
      const char c = k[i - 1];
      if (c == ')') {
        // A parenthesis inside the name ("Ủy ban nhân dân (UBND) tỉnh") is part of it.
        const std::size_t open = k.rfind('(', i - 1);
        if (open != std::string::npos && i - 1 - open <= 24) {
          i = open + 1;
          continue;
        }
      }
      if (c == ',' || c == ';' || c == ':' || c == '.' || c == ')' || c == '(') {
        boundary = i;
        break;
      }
      if (c == '-' && i >= 2 && k[i - 2] == ' ' && i < k.size() && k[i] == ' ') {
        boundary = i;
        break;
      }
    }
    std::size_t start = std::string::npos;
    const auto from = std::lower_bound(ws.begin(), ws.end(), boundary);
    for (auto it = from; it != ws.end() && *it < subject_end; ++it) {
      const std::size_t h = party_head_at(k, *it);
      if (h != 0 && longest_at(k, *it, generic) != h) {
        start = *it;
        break;
      }
    }
    if (start == std::string::npos) continue;
    // "… của Thủ tướng Chính phủ phê duyệt …" describes a cited document.
    {
      std::size_t b = start;
      while (b > 0 && k[b - 1] == ' ') --b;
      static const std::vector<std::string> owner = folded({"của", "tại", "theo"});
      bool cited = false;
      for (const std::string& o : owner) {
        if (b >= o.size() && word_at(k, b - o.size(), o)) cited = true;
      }
      if (cited) continue;
    }
    bool name_ok = word_count(std::string_view(k).substr(start, subject_end - start)) <= 15;
    for (auto it = std::upper_bound(ws.begin(), ws.end(), start);
         name_ok && it != ws.end() && *it < subject_end; ++it) {
      if (longest_at(k, *it, not_in_name) != 0) name_ok = false;
    }
    if (!name_ok) continue;
    IssuanceSpan span;
    span.start = start;
    span.subject_end = subject_end;
    span.type = *type;
    std::size_t d = t + tlen;
    while (d < k.size() && k[d] == ' ') ++d;
    if (word_at(k, d, "số")) {
      std::size_t n = d + fold("số").size();
      while (n < k.size() && k[n] == ' ') ++n;
      const std::size_t nb = n;
      while (n < k.size() && k[n] != ' ' && k[n] != ',' && k[n] != ';') ++n;
      span.number = p.text.substr(nb, n - nb);
      d = n;
      while (d < k.size() && k[d] == ' ') ++d;
      if (word_at(k, d, "ngày")) {
        std::size_t e = d + fold("ngày").size();
        while (e < k.size() && k[e] == ' ') ++e;
        const std::size_t db = e;
        // "23/8/2018" or "18 tháng 7 năm 2025".
        std::size_t words = 0;
        while (e < k.size() && words < 5) {
          std::size_t we = e;
          while (we < k.size() && k[we] != ' ' && k[we] != ',') ++we;
          const std::string_view word = std::string_view(k).substr(e, we - e);
          const bool numeric = !word.empty() && word[0] >= '0' && word[0] <= '9';
          if (!numeric && word != fold("tháng") && word != fold("năm")) break;
          e = we;
          ++words;
          if (numeric && word.find('/') != std::string_view::npos) break;
          while (e < k.size() && k[e] == ' ') ++e;
        }
        span.date = std::string(strip(std::string_view(p.text).substr(db, e - db)));
        d = e;
      }
    }
    while (d < k.size() && (k[d] == ' ' || k[d] == ',')) ++d;
    span.desc_begin = d;
    span.sentence_begin = 0;
    span.sentence_end = k.size();
    for (const auto& [sb, se] : sents) {
      if (v >= sb && v < se) {
        span.sentence_begin = sb;
        span.sentence_end = se;
      }
    }
    std::size_t e = span.sentence_end;
    for (const std::string& end : ends) {
      const std::size_t f = k.find(end, d);
      if (f != std::string::npos && f < e) e = f;
    }
    while (e > d && (k[e - 1] == ' ' || k[e - 1] == ':' || k[e - 1] == ',' || k[e - 1] == '.' ||
                     k[e - 1] == ';')) {
      --e;
    }
    span.desc_end = std::max(d, e);
    return span;
  }
  return std::nullopt;
}

// The words of `key` that end a name with an administrative unit ("UBND phường").
bool ends_with_unit(std::string_view key) {
  const std::vector<std::size_t> ws = word_starts(key);
  for (std::size_t k = ws.size(); k > 0 && k + 2 >= ws.size(); --k) {
    const std::size_t n = longest_at(key, ws[k - 1], unit_words());
    if (n != 0 && ws[k - 1] + n == strip(key, ".,;:").size()) return true;
  }
  return false;
}

bool names_unit(std::string_view key) {
  for (std::size_t s : word_starts(key)) {
    if (longest_at(key, s, unit_words()) != 0) return true;
  }
  return false;
}

}  // namespace

// ---- header -------------------------------------------------------------------------------------

std::size_t Importer::read_front() {
  std::size_t i = read_header_block(0);
  i = read_title(i);
  i = read_preamble(i);
  settle_identity();
  set_window_and_context();
  // The rest of the preamble (in news items, all their text) may still state duties to report.
  for (std::size_t k = 0; k < leftovers_.size(); ++k) {
    read_duties(leftovers_[k], "preamble." + std::to_string(k + 1), std::nullopt);
  }
  leftovers_.clear();
  return i;
}

std::size_t Importer::read_header_block(std::size_t i) {
  const std::size_t n = paras_.size();
  std::vector<Para> issuer_lines;
  std::vector<Para> national_lines;
  bool seen_number = false;
  bool seen_date = false;
  for (; i < n; ++i) {
    const Para& p = paras_[i];
    if (p.is_row()) break;
    std::size_t rest = 0;
    if (!seen_number && so_line(p, rest)) {
      seen_number = true;
      Para value = p.slice(rest, p.text.size());
      if (value.text.empty() && i + 1 < n && !paras_[i + 1].is_row() &&
          word_count(paras_[i + 1].text) <= 4) {
        value = paras_[++i];
      }
      try {
        plan_.number = DocumentNumber::parse(value.text);
        if (plan_.number->is_draft()) {
          note("import.header.number_blank", Severity::info, "header.number", value, 0,
               std::string(kRuleDraft),
               "Chưa có số: văn bản là dự thảo, được ghi số sau khi ký ban hành.",
               "No number yet: the document is a draft, numbered once signed.");
        }
      } catch (const Error& e) {
        note("import.header.number_unreadable", Severity::warning, "header.number", value, 0,
             std::string(kRuleHeader),
             "Không đọc được số, ký hiệu văn bản: “" + p.text + "” (" + e.what() + ")",
             "The document's number and symbol cannot be read: “" + p.text + "” (" + e.what() +
                 ")");
      }
      continue;
    }
    if (!seen_date && word_count(p.text) <= 16 &&
        find_word(p.key, "ngày") != std::string::npos) {
      try {
        const PlaceDate pd = parse_place_date(p.text);
        if (!pd.place.empty() && word_count(pd.place) <= 6) {
          seen_date = true;
          plan_.place = pd.place;
          plan_.issue_date = pd.date;
          plan_.date_line = p.text;
          for (const Finding& f : check_place_date(p.text)) {
            // Columns of the finding count characters of the line as read.
            std::size_t byte = 0;
            for (std::size_t c = 1; c < f.where().column().value_or(1) && byte < p.text.size();
                 ++c) {
              byte += detail::decode_at(p.text, byte).length;
            }
            diagnostics_.emplace_back("import." + f.code(), f.severity(), f.subject(),
                                      where(p, byte), f.rule(), f.message(Lang::vi),
                                      f.message(Lang::en));
          }
          continue;
        }
      } catch (const Error&) {
        // Not a place-and-date line.
      }
    }
    if (national(p)) {
      national_lines.push_back(p);
      continue;
    }
    if (date_only(p) && !seen_date) {
      note("import.header.posted_date", Severity::info, "header", p, 0, std::string(kRuleImport),
           "Ngày đứng riêng ở đầu văn bản (ngày đăng tin, không phải ngày ban hành): “" + p.text +
               "”",
           "A date alone at the top (the day the item was posted, not the issue date): “" +
               p.text + "”");
      continue;
    }
    std::size_t type_rest = 0;
    if (type_line(p, type_rest)) break;
    if (marker_of(p).kind != MarkerKind::none || legal_opener(p)) break;
    const bool head = party_head_at(p.key, 0) != 0;
    if (all_caps(p.text) && !seen_number && !seen_date &&
        (head || (!issuer_lines.empty() && word_count(p.text) <= 8))) {
      issuer_lines.push_back(p);
      continue;
    }
    break;
  }
  if (!national_lines.empty()) {
    std::string quoted;
    for (const Para& p : national_lines) quoted += (quoted.empty() ? "" : " / ") + p.text;
    note("import.header.national_title", Severity::info, "header", national_lines.front(), 0,
         std::string(kRuleHeader),
         "Quốc hiệu và tiêu ngữ (không lưu trong kế hoạch): “" + quoted + "”",
         "National title and motto (not kept in the plan): “" + quoted + "”");
  }
  if (!issuer_lines.empty()) {
    // The issuing body is the last name; a name before it is the body it belongs to, unless the
    // last line only continues it ("ỦY BAN NHÂN DÂN" / "TỈNH SƠN LA").
    std::vector<Para> names;
    for (const Para& p : issuer_lines) {
      const bool continues = !names.empty() && (party_head_at(p.key, 0) == 0 ||
                                                 longest_at(p.key, 0, unit_words()) != 0) &&
                             !names_unit(names.back().key);
      if (continues) {
        names.back().join(p);
      } else {
        names.push_back(p);
      }
    }
    // One line may hold both: "UBND TỈNH QUẢNG NGÃI SỞ TƯ PHÁP".
    if (names.size() == 1) {
      const Para& only = names.front();
      const std::vector<std::size_t> ws = word_starts(only.key);
      std::size_t split = 0;
      bool unit_seen = false;
      for (std::size_t k = 0; k < ws.size(); ++k) {
        const std::size_t h = party_head_at(only.key, ws[k]);
        if (h != 0 && k > 0 && unit_seen) split = ws[k];
        if (longest_at(only.key, ws[k], unit_words()) != 0) unit_seen = true;
        if (h != 0) {
          while (k + 1 < ws.size() && ws[k + 1] < ws[k] + h) ++k;
        }
      }
      if (split != 0) {
        const Para parent = only.slice(0, split);
        const Para issuer = only.slice(split, only.text.size());
        names = {parent, issuer};
      }
    }
    header_issuer_ = names.back();
    if (names.size() > 1) {
      Para parent = names.front();
      for (std::size_t k = 1; k + 1 < names.size(); ++k) parent.join(names[k]);
      note("import.header.parent_body", Severity::info, "header.issuer", parent, 0,
           std::string(kRuleHeader),
           "Cơ quan chủ quản (không lưu trong kế hoạch): “" + parent.text + "”",
           "The body the issuer belongs to (not kept in the plan): “" + parent.text + "”");
    }
  }
  if (!seen_number) {
    note("import.header.number_missing", Severity::warning, "header.number",
         i < n ? paras_[i] : Para{}, 0, std::string(kRuleHeader),
         "Không tìm thấy dòng \"Số:\" của văn bản.",
         "The document's \"Số:\" (number and symbol) line was not found.");
  }
  has_date_line_ = seen_date;
  return i;
}

std::size_t Importer::read_title(std::size_t i) {
  std::size_t n = paras_.size();
  if (i >= n) return i;
  std::size_t rest = 0;
  const auto caps_continuation = [&](const Para& p) {
    std::size_t r = 0;
    return !p.is_row() && all_caps(p.text) && marker_of(p).kind == MarkerKind::none &&
           p.text.back() != ':' && !type_line(p, r) && party_head_at(p.key, 0) == 0;
  };
  if (const auto t = type_line(paras_[i], rest)) {
    line_type_ = t;
    const Para& tl = paras_[i];
    ++i;
    if (rest < tl.text.size()) {
      title_para_ = tl.slice(rest, tl.text.size());
    } else if (i < n && !paras_[i].is_row() && marker_of(paras_[i]).kind == MarkerKind::none &&
               !proposal(paras_[i]) && paras_[i].text.back() != ':' &&
               paras_[i].text.back() != ';' && find_issuance(paras_[i]) == std::nullopt &&
               !(legal_opener(paras_[i]) &&
                 (has_citation(paras_[i].key) || word_at(paras_[i].key, 0, fold("căn cứ"))))) {
      title_para_ = paras_[i];
      ++i;
    }
    if (title_para_ && all_caps(title_para_->text)) {
      while (i < n && caps_continuation(paras_[i])) title_para_->join(paras_[i++]);
    }
  } else if (!paras_[i].is_row() && all_caps(paras_[i].text) && word_count(paras_[i].text) >= 3 &&
             marker_of(paras_[i]).kind == MarkerKind::none && party_head_at(paras_[i].key, 0) == 0 &&
             paras_[i].text.back() != ':') {
    // A title in capitals without a type line (the type comes from the number).
    title_para_ = paras_[i++];
    while (i < n && caps_continuation(paras_[i])) title_para_->join(paras_[i++]);
  } else if (!plan_.number && !has_date_line_ && !header_issuer_ && !paras_[i].is_row() &&
             marker_of(paras_[i]).kind == MarkerKind::none) {
    // No header at all: a news item, whose first line is its headline. The line may have been
    // joined to the next; it is cut off again when what follows begins a new sentence.
    Para& first = paras_[i];
    if (!first.joins.empty() && starts_upper(std::string_view(first.text).substr(first.joins[0])) &&
        word_count(std::string_view(first.text).substr(0, first.joins[0])) <= 25) {
      const std::size_t cut = first.joins[0];
      Para after = first.slice(cut, first.text.size());
      after.blank_before = true;
      first = first.slice(0, cut);
      paras_.insert(paras_.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(after));
    }
  }
  if (!title_para_ && !headline_ && i < paras_.size() && !plan_.number && !has_date_line_ &&
      !header_issuer_ && !paras_[i].is_row() && marker_of(paras_[i]).kind == MarkerKind::none &&
      word_count(paras_[i].text) <= 25 && sentences(paras_[i]).size() <= 1 &&
      paras_[i].text.back() != ':' && !legal_opener(paras_[i]) && !find_issuance(paras_[i]) &&
      i + 1 < paras_.size()) {
    headline_ = paras_[i];
    note("import.header.headline", Severity::info, "header.title", paras_[i], 0,
         std::string(kRuleImport),
         "Văn bản không có phần đầu; dòng đầu là tiêu đề tin: “" + paras_[i].text + "”",
         "The text has no header; its first line is a headline: “" + paras_[i].text + "”");
    ++i;
  }
  // What may follow the title: the note of an attached document, the deciding authority.
  n = paras_.size();
  while (i < n && !paras_[i].is_row()) {
    const Para& p = paras_[i];
    static const std::vector<std::string> attached =
        folded({"(ban hành kèm theo", "(kèm theo", "(ban hành theo"});
    if (longest_at(p.key, 0, attached) != 0) {
      note("import.header.attachment_note", Severity::info, "header.title", p, 0,
           std::string(kRuleHeader), "Ghi chú kèm theo tên văn bản: “" + p.text + "”",
           "Note under the title: “" + p.text + "”");
      ++i;
      continue;
    }
    if (all_caps(p.text) && party_head_at(p.key, 0) != 0 && word_count(p.text) <= 10 &&
        marker_of(p).kind == MarkerKind::none) {
      note("import.header.authority", Severity::info, "header", p, 0, std::string(kRuleHeader),
           "Thẩm quyền ban hành (không lưu riêng trong kế hoạch): “" + p.text + "”",
           "The deciding authority (not kept apart in the plan): “" + p.text + "”");
      ++i;
      continue;
    }
    break;
  }
  return i;
}

// ---- preamble -----------------------------------------------------------------------------------

std::size_t Importer::read_preamble(std::size_t i) {
  const std::size_t n = paras_.size();
  static const std::vector<std::string> operative =
      folded({"quyết định:", "quyết nghị:", "quyết định :", "chỉ thị:"});
  static const std::vector<std::string> closing =
      folded({"nơi nhận", "trên đây", "tm.", "kt.", "tl.", "tuq."});
  for (; i < n; ++i) {
    const Para& p = paras_[i];
    if (p.is_row()) break;
    const MarkerKind m = marker_of(p).kind;
    if (m != MarkerKind::none) break;
    if (longest_at(p.key, 0, closing) != 0) break;
    if (longest_at(p.key, 0, operative) != 0) {
      note("import.preamble.operative", Severity::info, "preamble", p, 0,
           std::string(kRuleHeader), "Phần quyết định bắt đầu: “" + p.text + "”",
           "The operative part begins: “" + p.text + "”");
      continue;
    }
    if (legal_opener(p)) {
      read_legal_basis(p);
      continue;
    }
    if (read_issuance(p)) continue;
    leftovers_.push_back(p);
  }
  return i;
}

bool Importer::read_issuance(const Para& p) {
  const auto span = find_issuance(p);
  if (!span) return false;
  Issuance is;
  is.clause = p.slice(span->start, span->sentence_end);
  std::vector<Para> removed;
  const Para subject = without_abbreviations(p.slice(span->start, span->subject_end), removed);
  is.issuer = subject.text;
  is.type = span->type;
  const Para desc = without_abbreviations(p.slice(span->desc_begin, span->desc_end), removed);
  is.title = desc.text;
  if (!span->number.empty()) {
    try {
      is.number = DocumentNumber::parse(span->number);
    } catch (const Error&) {
      // A number that cannot be read stays in the quoted sentence.
    }
  }
  if (!span->date.empty()) {
    try {
      is.date = parse_date(span->date);
    } catch (const Error&) {
      // Likewise.
    }
  }
  for (const Para& r : removed) {
    note("import.abbreviation", Severity::info, "preamble", r, 0, std::string(kRuleImport),
         "Chữ viết tắt do văn bản định nghĩa: “" + r.text + "”",
         "An abbreviation the document defines: “" + r.text + "”");
  }
  const Para sentence = p.slice(span->sentence_begin, span->sentence_end);
  note("import.preamble.issuance", Severity::info, "preamble", sentence, 0,
       std::string(kRuleHeader), "Câu ban hành văn bản: “" + sentence.text + "”",
       "The sentence that issues the document: “" + sentence.text + "”");
  // What else the paragraph says.
  if (span->sentence_begin > 0) leftovers_.push_back(p.slice(0, span->sentence_begin));
  if (span->sentence_end < p.text.size()) {
    leftovers_.push_back(p.slice(span->sentence_end, p.text.size()));
  }
  issuances_.push_back(std::move(is));
  return true;
}

void Importer::read_legal_basis(const Para& p) {
  if (proposal(p)) {
    note("import.legal_basis.proposal", Severity::info, "legal_basis", p, 0,
         std::string(kRuleHeader),
         "Đề nghị của cơ quan tham mưu (không phải căn cứ được thực hiện): “" + p.text + "”",
         "The proposal of the advising body (not a basis the plan implements): “" + p.text + "”");
    return;
  }
  std::size_t cut = p.text.size();
  if (const auto span = find_issuance(p)) {
    cut = span->sentence_begin < span->start && span->sentence_begin > 0 ? span->sentence_begin
                                                                         : span->start;
    (void)read_issuance(p.slice(cut, p.text.size()));
  }
  const Para basis = p.slice(0, cut);
  std::vector<ReferenceMatch> refs;
  if (has_citation(basis.key) || basis.text.find_first_of("0123456789") != std::string::npos) {
    refs = find_references(basis.text);
  }
  if (refs.empty()) {
    note("import.legal_basis.unread", Severity::warning, "legal_basis", basis, 0,
         std::string(kRuleImport),
         "Không đọc được văn bản nào được viện dẫn trong căn cứ: “" + basis.text + "”",
         "No cited document could be read in the legal basis: “" + basis.text + "”");
    return;
  }
  static const std::vector<std::string> filler = folded(
      {"căn cứ", "thực hiện", "thi hành", "trên cơ sở", "theo", "và", "các", "tại", "của"});
  std::string leftover;
  const auto keep_leftover = [&](std::size_t b, std::size_t e) {
    const Para part = basis.slice(b, e);
    std::size_t words = 0;
    std::size_t skip_to = 0;
    for (std::size_t s : word_starts(part.key)) {
      if (s < skip_to) continue;
      const std::size_t f = longest_at(part.key, s, filler);
      if (f == 0) ++words;
      skip_to = s + f;
    }
    if (words > 0) leftover += (leftover.empty() ? "" : " … ") + std::string(strip(part.text, ",;."));
  };
  // A citation inside another's title ("Nghị định số 38/2023/NĐ-CP … sửa đổi, bổ sung một số
  // điều của Nghị định số 27/2022/NĐ-CP") is part of that title, not a basis of its own.
  static const std::vector<std::string> linking =
      folded({"của", "tại", "theo", "kèm theo", "thực hiện", "thi hành", "về việc"});
  std::vector<ReferenceMatch> top;
  for (const ReferenceMatch& r : refs) {
    if (!top.empty()) {
      const std::size_t prev_end = top.back().offset + top.back().length;
      const std::string_view between =
          std::string_view(basis.key).substr(prev_end, r.offset - std::min(r.offset, prev_end));
      const std::string_view tail = strip(between, ",");
      bool nested = between.find(';') == std::string_view::npos;
      if (nested) {
        nested = false;
        for (const std::string& l : linking) {
          if (tail.size() >= l.size() && word_at(tail, tail.size() - l.size(), l)) nested = true;
        }
      }
      if (nested) continue;
    }
    top.push_back(r);
  }
  refs = std::move(top);
  keep_leftover(0, refs.front().offset);
  for (std::size_t k = 0; k < refs.size(); ++k) {
    const ReferenceMatch& r = refs[k];
    const std::size_t end = r.offset + r.length;
    const std::size_t next = k + 1 < refs.size() ? refs[k + 1].offset : basis.text.size();
    std::size_t title_end = basis.text.find(';', end);
    if (title_end == std::string::npos || title_end > next) title_end = next;
    Para title = basis.slice(end, title_end);
    // The issuer, when the citation did not take it in.
    static const std::string cua = fold("của ");
    if (r.reference.issuer() && title.key.compare(0, cua.size(), cua) == 0) {
      const std::string issuer_key = fold(*r.reference.issuer());
      if (title.key.compare(cua.size(), issuer_key.size(), issuer_key) == 0) {
        title = title.slice(cua.size() + issuer_key.size(), title.text.size());
      }
    }
    std::vector<Para> removed;
    title = without_abbreviations(title, removed);
    for (const Para& a : removed) {
      note("import.abbreviation", Severity::info, "legal_basis", a, 0, std::string(kRuleImport),
           "Chữ viết tắt do văn bản định nghĩa: “" + a.text + "”",
           "An abbreviation the document defines: “" + a.text + "”");
    }
    std::string_view t = strip(title.text, ",;.:");
    static const std::string va = fold(" và");
    if (t.size() >= va.size() && fold(t.substr(t.size() - va.size())) == va) {
      t = strip(t.substr(0, t.size() - va.size()), ",;.:");
    }
    if (t.size() >= 2 && fold(t.substr(0, 2)) == "và" && t.size() > 2 && t[2] == ' ') {
      t = strip(t.substr(2), ",;.:");
    }
    if (title_end < next) keep_leftover(title_end, next);
    const DocumentRef& ref = r.reference;
    std::optional<int> year;
    if (!ref.date() && !(ref.number() && ref.number()->year())) year = ref.year();
    std::optional<std::string> title_text = ref.title();
    if (!t.empty()) {
      title_text = title_text ? *title_text + " " + std::string(t) : std::string(t);
    }
    try {
      plan_.implements.push_back(Implements{DocumentRef(ref.type(), ref.number(), ref.date(),
                                                        ref.issuer(), title_text, ref.part(),
                                                        year)});
    } catch (const Error&) {
      plan_.implements.push_back(Implements{ref});
    }
  }
  if (!leftover.empty()) {
    note("import.legal_basis.context", Severity::info, "legal_basis", basis, 0,
         std::string(kRuleImport),
         "Lời dẫn của căn cứ (không lưu trong kế hoạch): “" + leftover + "”, trong câu “" +
             basis.text + "”",
         "Wording around the cited documents (not kept in the plan): “" + leftover +
             "”, in “" + basis.text + "”");
  }
}

// ---- identity -----------------------------------------------------------------------------------

void Importer::settle_identity() {
  const Para anchor = paras_.empty() ? Para{} : paras_.front();
  // The type: the type line, else the number's, else the issuing sentence's.
  std::optional<DocumentType> type = line_type_;
  if (plan_.number) {
    const auto from_number = plan_.number->document_type();
    if (type && from_number && *type != *from_number) {
      note("import.header.type_mismatch", Severity::warning, "header.type", anchor, 0,
           std::string(kRuleHeader),
           "Tên loại văn bản không khớp với ký hiệu “" + plan_.number->to_string() + "”.",
           "The type name does not match the symbol “" + plan_.number->to_string() + "”.");
    }
    if (!type) type = from_number;
  }
  const Issuance* chosen = nullptr;
  for (const Issuance& is : issuances_) {
    if (type && is.type == *type) {
      chosen = &is;
      break;
    }
  }
  if (!chosen && !issuances_.empty()) chosen = &issuances_.front();
  if (!type && chosen) type = chosen->type;
  if (type) {
    plan_.type = *type;
  } else {
    note("import.header.type_missing", Severity::warning, "header.type", anchor, 0,
         std::string(kRuleHeader),
         "Không xác định được tên loại văn bản; dùng mặc định “Kế hoạch”.",
         "The document type was not found; the default “Kế hoạch” (plan) is used.");
  }

  // The title.
  if (title_para_) {
    plan_.title = title_para_->text;
  } else if (chosen && !chosen->title.empty()) {
    plan_.title = chosen->title;
    note("import.header.title_from_text", Severity::warning, "header.title", chosen->clause, 0,
         std::string(kRuleHeader),
         "Không có dòng trích yếu; tên kế hoạch lấy từ câu ban hành: “" + chosen->title + "”",
         "No title line; the title is read from the issuing sentence: “" + chosen->title + "”");
  } else if (headline_) {
    plan_.title = headline_->text;
  } else {
    note("import.header.title_missing", Severity::error, "header.title", anchor, 0,
         std::string(kRuleHeader), "Không tìm thấy tên (trích yếu) của văn bản.",
         "The document's title (summary of content) was not found.");
  }

  // The issuer: the header's name, completed or replaced by the issuing sentence's.
  std::string issuer;
  if (header_issuer_) issuer = header_issuer_->text;
  if (chosen) {
    if (issuer.empty()) {
      issuer = chosen->issuer;
      note("import.header.issuer_from_text", Severity::warning, "header.issuer", chosen->clause,
           0, std::string(kRuleHeader),
           "Phần đầu không ghi tên cơ quan ban hành; lấy từ câu ban hành: “" + chosen->issuer +
               "”",
           "The header names no issuing body; it is read from the issuing sentence: “" +
               chosen->issuer + "”");
    } else {
      const std::string said = vntext::party_key(chosen->issuer);
      const std::string head = vntext::party_key(issuer);
      if (!names_unit(fold(issuer)) && said.size() > head.size() &&
          said.compare(0, head.size(), head) == 0) {
        note("import.header.issuer_completed", Severity::info, "header.issuer", chosen->clause,
             0, std::string(kRuleHeader),
             "Tên cơ quan ở phần đầu (“" + issuer + "”) được bổ sung theo câu ban hành: “" +
                 chosen->issuer + "”",
             "The header's body name (“" + issuer + "”) is completed from the issuing sentence: “" +
                 chosen->issuer + "”");
        issuer = chosen->issuer;
      } else if (said.compare(0, std::min(said.size(), head.size()),
                              head.substr(0, std::min(said.size(), head.size()))) != 0) {
        note("import.header.issuer_mismatch", Severity::warning, "header.issuer", chosen->clause,
             0, std::string(kRuleHeader),
             "Câu ban hành nêu cơ quan “" + chosen->issuer + "” khác phần đầu “" + issuer + "”.",
             "The issuing sentence names “" + chosen->issuer + "”, the header “" + issuer + "”.");
      }
    }
  }
  // "UBND phường" + the place where it sits, when the text names the unit so ("phường Chánh Lộ").
  if (!issuer.empty() && !plan_.place.empty() && ends_with_unit(fold(issuer))) {
    const std::vector<std::size_t> ws = word_starts(fold(issuer));
    std::string unit;
    const std::string ik = fold(issuer);
    for (std::size_t s : ws) {
      const std::size_t u = longest_at(ik, s, unit_words());
      if (u != 0) unit = ik.substr(s, u);
    }
    const std::string named = unit + " " + fold(plan_.place);
    const bool said = (title_para_ && find_word(title_para_->key, named) != std::string::npos) ||
                      (chosen && find_word(chosen->clause.key, named) != std::string::npos) ||
                      (!plan_.title.empty() && find_word(fold(plan_.title), named) != std::string::npos);
    if (said) {
      const std::string before = issuer;
      issuer += " " + plan_.place;
      note("import.header.issuer_completed", Severity::info, "header.issuer",
           chosen ? chosen->clause : anchor, 0, std::string(kRulePlace),
           "Tên cơ quan “" + before + "” được ghi đủ theo địa danh của văn bản: “" + issuer + "”",
           "The body name “" + before + "” is completed with the document's place: “" + issuer +
               "”");
    }
  }
  plan_.issuer = issuer;
  if (issuer.empty()) {
    note("import.header.issuer_missing", Severity::error, "header.issuer", anchor, 0,
         std::string(kRuleHeader), "Không tìm thấy tên cơ quan ban hành.",
         "The issuing body was not found.");
  }

  // A text without a header (a news item) is identified by the document its sentence cites.
  if (chosen && !has_date_line_ && !plan_.number && chosen->number && chosen->type == plan_.type) {
    plan_.number = chosen->number;
    note("import.header.identity_from_text", Severity::warning, "header.number", chosen->clause,
         0, std::string(kRuleHeader),
         "Số hiệu văn bản lấy từ câu dẫn: “" + chosen->number->to_string() + "”",
         "The number is read from the sentence that cites the document: “" +
             chosen->number->to_string() + "”");
  }
  if (chosen && !has_date_line_ && chosen->date && chosen->type == plan_.type) {
    plan_.issue_date = PartialDate(*chosen->date);
    has_issue_date_ = true;
  }
  if (has_date_line_) has_issue_date_ = true;
  if (!has_date_line_) {
    note("import.header.date_line_missing", Severity::warning, "header.date_line", anchor, 0,
         std::string(kRuleHeader), "Không tìm thấy dòng địa danh, ngày tháng ban hành.",
         "The place-and-date line was not found.");
  }
}

void Importer::set_window_and_context() {
  // The plan's own period, as its title names it: "năm 2024", "giai đoạn 2021-2025".
  const auto window_in = [](std::string_view text) -> std::optional<DateRange> {
    const std::string key = fold(text);
    std::optional<DateRange> inside;
    static const std::vector<std::string> spans = folded({"giai đoạn", "nhiệm kỳ"});
    const auto year_at = [&](std::size_t i, std::size_t& end) -> int {
      while (i < key.size() && key[i] == ' ') ++i;
      if (i + 4 > key.size()) return 0;
      for (std::size_t k = 0; k < 4; ++k) {
        if (key[i + k] < '0' || key[i + k] > '9') return 0;
      }
      if (i + 4 < key.size() && key[i + 4] >= '0' && key[i + 4] <= '9') return 0;
      end = i + 4;
      return std::stoi(key.substr(i, 4));
    };
    bool in_quotes = false;
    for (std::size_t i = 0; i < key.size(); ++i) {
      if (key.compare(i, 3, "“") == 0) in_quotes = true;
      if (key.compare(i, 3, "”") == 0) in_quotes = false;
      if (alnum_before(key, i) || !alnum_at(key, i)) continue;
      std::optional<DateRange> w;
      std::size_t end = 0;
      if (const std::size_t s = longest_at(key, i, spans)) {
        const int y1 = year_at(i + s, end);
        std::size_t j = end;
        while (j < key.size() && (key[j] == ' ' || key[j] == '-')) ++j;
        if (key.compare(j, 3, "–") == 0) j += 3;
        std::size_t end2 = 0;
        const int y2 = y1 != 0 ? year_at(j, end2) : 0;
        if (y1 >= 1995 && y2 >= y1 && y2 <= 2199) w = DateRange(Date(y1, 1, 1), Date(y2, 12, 31));
      } else if (word_at(key, i, "năm")) {
        static const std::vector<std::string> toward = folded({"đến ", "tới "});
        bool orientation = false;
        for (const std::string& t : toward) {
          if (i >= t.size() && key.compare(i - t.size(), t.size(), t) == 0) orientation = true;
        }
        const int y = year_at(i + fold("năm").size(), end);
        if (!orientation && y >= 1995 && y <= 2199) w = DateRange(Date(y, 1, 1), Date(y, 12, 31));
      }
      if (!w) continue;
      if (!in_quotes) return w;
      if (!inside) inside = w;
    }
    return inside;
  };
  std::optional<DateRange> window = window_in(plan_.title);
  if (!window) {
    for (const Issuance& is : issuances_) {
      if ((window = window_in(is.title))) break;
    }
  }
  plan_.window = window;
  int year = 0;
  if (has_issue_date_) {
    year = plan_.issue_date.year();
  } else if (plan_.number && plan_.number->year()) {
    year = *plan_.number->year();
  } else if (window) {
    year = window->first().year();
  }
  if (year >= 1995 && year <= 2199) {
    context_.year = year;
    context_.document_date = has_issue_date_ ? plan_.issue_date.date() : std::nullopt;
    context_.plan_window = window;
    has_context_ = true;
  }
}

}  // namespace govplan::import_plan
