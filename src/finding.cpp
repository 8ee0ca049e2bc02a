#include "govplan/finding.hpp"

#include <string>

#include "govplan/error.hpp"
#include "text.hpp"

namespace govplan {

std::string_view to_string(Severity severity) noexcept {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return {};
}

Finding::Finding(std::string code, Severity severity, std::string subject, Location where,
                 std::string rule, std::string message_vi, std::string message_en)
    : code_(std::move(code)),
      severity_(severity),
      subject_(std::move(subject)),
      where_(std::move(where)),
      rule_(std::move(rule)),
      message_vi_(std::move(message_vi)),
      message_en_(std::move(message_en)) {}

}  // namespace govplan
