// import_closing.cpp — "Nơi nhận:", the archive line and the signature block (import_plan.hpp).
//
// Decree 30/2020/NĐ-CP, Appendix I §II.9: the recipients follow "Nơi nhận:", one to a line
// beginning with "-" and ending with ";"; the last line is "Lưu:" with VT (the clerical office),
// the drafting unit's abbreviation and optionally the number of copies. §II.7 and Art. 13: the
// signature block gives the authority (TM., KT., TL., TUQ., Q.), the position and the name.
#include <algorithm>
#include <string>

#include "import_plan.hpp"

namespace govplan::import_plan {

namespace {

constexpr std::string_view kRuleRecipients =
    "Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.9 (Decree 30/2020/NĐ-CP, App. I §II.9)";
constexpr std::string_view kRuleSigner =
    "Nghị định 30/2020/NĐ-CP, Điều 13 và Phụ lục I mục II.7 (Decree 30/2020/NĐ-CP, Art. 13; "
    "App. I §II.7)";

bool archive_line(std::string_view key, std::size_t& rest) {
  static const std::string luu = fold("lưu");
  if (key.compare(0, luu.size(), luu) != 0) return false;
  std::size_t i = luu.size();
  while (i < key.size() && key[i] == ' ') ++i;
  if (i >= key.size() || key[i] != ':') return false;
  rest = i + 1;
  return true;
}

bool signature_start(std::string_view key) {
  static const std::vector<std::string> prefixes =
      folded({"tm.", "kt.", "tl.", "tuq.", "q. "});
  return longest_at(key, 0, prefixes) != 0 ||
         std::any_of(prefixes.begin(), prefixes.end(),
                     [&](const std::string& p) { return key.compare(0, p.size(), p) == 0; });
}

// A person's name: two to six words, each beginning with a capital, not all in capitals.
bool name_line(const Para& p) {
  const std::size_t words = word_count(p.text);
  if (words < 2 || words > 6 || all_caps(p.text)) return false;
  for (std::size_t s : word_starts(p.key)) {
    if (!starts_upper(std::string_view(p.text).substr(s, 4))) return false;
  }
  return p.text.find_first_of(".:;,") == std::string::npos;
}

}  // namespace

std::size_t Importer::read_recipients(std::size_t i) {
  const Para& head = paras_[i];
  // "Nơi nhận:" may carry the first recipient on its own line.
  const std::size_t colon = head.text.find(':');
  std::vector<Para> lines;
  if (colon != std::string::npos && colon + 1 < head.text.size()) {
    lines.push_back(head.slice(colon + 1, head.text.size()));
  }
  std::size_t j = i + 1;
  for (; j < paras_.size(); ++j) {
    const Para& p = paras_[j];
    if (p.is_row()) break;
    const Marker m = marker_of(p);
    std::size_t rest = 0;
    if (m.kind == MarkerKind::bullet || archive_line(p.key, rest)) {
      lines.push_back(p);
      if (archive_line(p.key, rest) ||
          archive_line(std::string_view(p.key).substr(m.end), rest)) {
        ++j;
        break;
      }
      continue;
    }
    break;
  }
  for (const Para& line : lines) {
    const Marker m = marker_of(line);
    const Para item = line.slice(m.end, line.text.size());
    std::size_t rest = 0;
    if (archive_line(item.key, rest)) {
      const std::string& v = item.text;
      std::size_t b = rest;
      for (std::size_t e = rest; e <= v.size(); ++e) {
        if (e < v.size() && v[e] != ',') continue;
        const std::string_view a = strip(std::string_view(v).substr(b, e - b), ".;");
        if (!a.empty()) plan_.archive.emplace_back(a);
        b = e + 1;
      }
      continue;
    }
    const std::string_view r = strip(item.text, ";.,");
    if (!r.empty()) plan_.recipients.emplace_back(r);
  }
  if (lines.empty()) {
    note("import.recipients.empty", Severity::warning, "recipients", head, 0,
         std::string(kRuleRecipients), "Mục “Nơi nhận” không có nơi nhận nào.",
         "“Nơi nhận” lists no recipient.");
  }
  return j;
}

std::size_t Importer::read_signature(std::size_t i) {
  std::vector<Para> lines;
  std::size_t j = i;
  bool named = false;
  for (; j < paras_.size() && j < i + 8; ++j) {
    const Para& p = paras_[j];
    if (p.is_row()) break;
    if (signature_start(p.key) && (lines.empty() || !named)) {
      lines.push_back(p);
      continue;
    }
    if (lines.empty()) break;
    if (!p.text.empty() && (p.text.front() == '(' || p.text.front() == '[') &&
        word_count(p.text) <= 3) {
      lines.push_back(p);  // "(Đã ký)", "[daky]"
      continue;
    }
    if (all_caps(p.text) && word_count(p.text) <= 8 && !named) {
      lines.push_back(p);
      continue;
    }
    if (name_line(p) && !named) {
      lines.push_back(p);
      named = true;
      ++j;
      break;
    }
    break;
  }
  std::string block;
  for (const Para& l : lines) block += (block.empty() ? "" : "\n") + l.text;
  try {
    Signer s = Signer::parse(block);
    if (!plan_.signer) {
      plan_.signer = std::move(s);
    } else {
      note("import.signature.extra", Severity::info, "signer", lines.front(), 0,
           std::string(kRuleSigner), "Khối chữ ký khác (của văn bản kèm theo): “" + block + "”",
           "Another signature block (of an attached document): “" + block + "”");
    }
  } catch (const Error& e) {
    note("import.signature.unreadable", Severity::warning, "signer", lines.front(), 0,
         std::string(kRuleSigner),
         "Không đọc được khối chữ ký: “" + block + "” (" + e.what() + ")",
         "The signature block cannot be read: “" + block + "” (" + e.what() + ")");
  }
  signed_ = true;
  return j;
}

}  // namespace govplan::import_plan
