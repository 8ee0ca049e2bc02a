// govplan/finding.hpp — problems found *in* a document or plan, returned as data.
//
// A Finding is not an exception: checking a plan reports every problem at once, each with a
// stable code a program can match on ("date_line.month_not_padded"), a severity, the part of the
// document it concerns, where in the text it was seen, the rule it applies (with the article of
// law), and a message in Vietnamese and English.
#pragma once

#include <string>
#include <string_view>

#include "govplan/error.hpp"
#include "govplan/lang.hpp"

namespace govplan {

/// How serious a finding is. `error` means the input breaks a rule and a tool should fail (the
/// CLI exits 1); `warning` means it is probably wrong; `info` is worth knowing (a draft is not yet
/// numbered).
enum class Severity {
  info,
  warning,
  error,
};

/// "info", "warning", "error".
std::string_view to_string(Severity severity) noexcept;

/// One problem found in a document. Default-constructed, every text is empty and the severity is
/// info.
class Finding {
 public:
  Finding() = default;
  /// `code`: stable identifier; `subject`: the part concerned ("header.date_line", "II.1");
  /// `rule`: the rule applied, citing its source; `message_vi` / `message_en`: what a person reads.
  Finding(std::string code, Severity severity, std::string subject, Location where,
          std::string rule, std::string message_vi, std::string message_en);

  const std::string& code() const noexcept { return code_; }
  Severity severity() const noexcept { return severity_; }
  const std::string& subject() const noexcept { return subject_; }
  const Location& where() const noexcept { return where_; }
  const std::string& rule() const noexcept { return rule_; }
  /// The message in `lang`.
  const std::string& message(Lang lang = Lang::vi) const noexcept {
    return lang == Lang::en ? message_en_ : message_vi_;
  }

  bool operator==(const Finding&) const = default;

 private:
  std::string code_;
  Severity severity_ = Severity::info;
  std::string subject_;
  Location where_;
  std::string rule_;
  std::string message_vi_;
  std::string message_en_;
};

}  // namespace govplan
