// import.cpp — see include/govplan/import.hpp. The parts of the importer are in import_*.cpp
// (import_plan.hpp says which does what).
#include "govplan/import.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "import_plan.hpp"
#include "text.hpp"

namespace govplan {

bool ImportResult::has_errors() const noexcept {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Finding& f) { return f.severity() == Severity::error; });
}

ImportResult import_plan_text(std::string_view text) {
  detail::require_utf8(text, "text");
  return import_plan::Importer(text).run();
}

namespace import_plan {

namespace {

constexpr std::string_view kRuleAccount =
    "govplan: mỗi câu của văn bản được đưa vào kế hoạch hoặc vào một chẩn đoán (every sentence "
    "lands in the plan or in a diagnostic)";

}  // namespace

Input::Input(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    line_starts_.push_back(i + 1);
  }
}

Location Input::where(std::size_t offset) const noexcept {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  std::size_t start = line_starts_[line - 1];
  std::size_t column = 1;
  if (line == last_line_ && offset >= last_offset_ && last_offset_ >= start) {
    start = last_offset_;
    column = last_column_;
  }
  for (std::size_t i = start; i < offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0u) != 0x80u) ++column;
  }
  last_offset_ = offset;
  last_line_ = line;
  last_column_ = column;
  return Location::in_text(line, column);
}

Importer::Importer(std::string_view text) : input_(text) {}

Location Importer::where(const Para& p, std::size_t at) const noexcept {
  return input_.where(p.offset(at));
}

void Importer::note(std::string code, Severity severity, std::string subject, const Para& p,
                    std::size_t at, std::string rule, std::string vi, std::string en) {
  diagnostics_.emplace_back(std::move(code), severity, std::move(subject), where(p, at),
                            std::move(rule), std::move(vi), std::move(en));
}

std::string Importer::claim_id(const std::string& id, const Para& p) {
  if (ids_.insert(id).second) return id;
  std::string other;
  for (int k = 2;; ++k) {
    other = id + "-" + std::to_string(k);
    if (ids_.insert(other).second) break;
  }
  note("import.duplicate_id", Severity::warning, other, p, 0, std::string(kRuleAccount),
       "Số thứ tự “" + id + "” đã được dùng ở phần trước; phần này được ghi là “" + other + "”.",
       "The number “" + id + "” is already used by an earlier part; this one is “" + other +
           "”.");
  return other;
}

void Importer::unplaced(const Para& p, std::string_view subject, Severity severity) {
  if (word_count(p.text) == 0) return;
  note("import.unplaced_text", severity, std::string(subject), p, 0, std::string(kRuleAccount),
       "Đoạn văn bản chưa được đưa vào kế hoạch: “" + p.text + "”",
       "Text not placed in the plan: “" + p.text + "”");
}

ImportResult Importer::run() {
  paras_ = paragraphs(input_.text());
  const std::size_t body = read_front();
  read_body(body);
  if (!plan_.signer) {
    note("import.signature.missing", Severity::warning, "signer",
         paras_.empty() ? Para{} : paras_.back(), 0,
         "Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm g (Decree 30/2020/NĐ-CP, Art. 8(2)(g))",
         "Không tìm thấy khối chữ ký (thẩm quyền, chức vụ, họ tên người ký).",
         "No signature block (authority, position, name of the signer) was found.");
  }
  ImportResult result;
  result.plan = std::move(plan_);
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(),
                   [](const Finding& a, const Finding& b) {
                     const auto at = [](const Finding& f) {
                       return std::pair{f.where().line().value_or(0), f.where().column().value_or(0)};
                     };
                     return at(a) < at(b);
                   });
  result.diagnostics = std::move(diagnostics_);
  return result;
}

}  // namespace import_plan
}  // namespace govplan
