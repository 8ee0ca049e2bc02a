#include "govplan/error.hpp"

#include <string>

#include "text.hpp"

namespace govplan {

Location Location::in_text(std::size_t line, std::size_t column) noexcept {
  Location l;
  l.line_ = line;
  l.column_ = column;
  return l;
}

Location Location::at_pointer(std::string json_pointer) {
  Location l;
  l.pointer_ = std::move(json_pointer);
  return l;
}

std::string Location::to_string() const {
  if (pointer_) return pointer_->empty() ? std::string("/ (the document root)") : *pointer_;
  if (line_) {
    std::string s = "line " + std::to_string(*line_);
    if (column_) s += ", column " + std::to_string(*column_);
    return s;
  }
  return "unknown location";
}

namespace {

std::string compose(std::string_view kind, const std::string& id, const std::string& expected,
                    const std::string& found, const Location& where, const std::string& note) {
  std::string body;
  if (!expected.empty()) body += "expected " + expected;
  if (!found.empty()) body += (expected.empty() ? "found " : ", found ") + found;
  if (!note.empty()) body += (body.empty() ? "(" : " (") + note + ")";
  std::string s = "[govplan.";
  s += kind;
  s += '.';
  s += id;
  s += ']';
  if (where.is_known()) s += " at " + where.to_string() + (body.empty() ? "" : ":");
  if (!body.empty()) s += " " + body;
  return s;
}

}  // namespace

Error::Error(std::string_view kind, std::string id, std::string expected, std::string found,
             Location where, std::string note)
    : std::runtime_error(compose(kind, id, expected, found, where, note)),
      id_(std::move(id)),
      expected_(std::move(expected)),
      found_(std::move(found)),
      note_(std::move(note)),
      where_(std::move(where)) {}

ParseError::ParseError(std::string id, std::string expected, std::string found, Location where,
                       std::string note)
    : Error("parse_error", std::move(id), std::move(expected), std::move(found), std::move(where),
            std::move(note)) {}

ValidationError::ValidationError(std::string id, std::string expected, std::string found,
                                 Location where, std::string note)
    : Error("validation_error", std::move(id), std::move(expected), std::move(found),
            std::move(where), std::move(note)) {}

NotFound::NotFound(std::string id, std::string expected, std::string found, Location where,
                   std::string note)
    : Error("not_found", std::move(id), std::move(expected), std::move(found), std::move(where),
            std::move(note)) {}

std::string quote(std::string_view text, std::size_t max_chars) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out = "\"";
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (chars == max_chars) {
      out += "…";
      break;
    }
    const detail::Utf8Char c = detail::decode_at(text, i);
    if (!c.valid) {
      const auto b = static_cast<unsigned char>(text[i]);
      out += "\\x";
      out += hex[b >> 4];
      out += hex[b & 0xF];
    } else if (c.code_point == U'"') {
      out += "\\\"";
    } else if (c.code_point == U'\\') {
      out += "\\\\";
    } else if (c.code_point == U'\n') {
      out += "\\n";
    } else if (c.code_point == U'\t') {
      out += "\\t";
    } else if (c.code_point == U'\r') {
      out += "\\r";
    } else if (c.code_point < 0x20 || c.code_point == 0x7F) {
      out += "\\x";
      out += hex[(c.code_point >> 4) & 0xF];
      out += hex[c.code_point & 0xF];
    } else {
      out.append(text.substr(i, c.length));
    }
    i += c.length;
    ++chars;
  }
  out += '"';
  return out;
}

}  // namespace govplan
