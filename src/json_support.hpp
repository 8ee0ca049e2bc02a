// Shared by the JSON readers (src/json.cpp, src/plan_json.cpp): parsing with located syntax errors
// and a nesting limit, and strict access to objects that names the JSON pointer of every problem.
// Private to the govplan::json library.
#pragma once

#include <cstdint>
#include <cstring>
#include <algorithm>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>
#include <string_view>

#include "govplan/date.hpp"
#include "govplan/document.hpp"
#include "govplan/timeframe.hpp"
#include "govplan/error.hpp"

namespace govplan::json_support {

using nlohmann::json;
using ordered = nlohmann::ordered_json;

/// Deeper documents are refused before parsing (a crafted "[[[[…" must not exhaust the stack).
inline constexpr int max_depth = 64;
/// Longer strings are refused (a plan's longest text is a few kilobytes).
inline constexpr std::size_t max_string_bytes = 1 << 20;

// JSON pointer escaping (RFC 6901).
inline std::string escape_token(std::string_view token) {
  std::string out;
  for (char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

inline std::string type_name(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return v.get<bool>() ? "true" : "false";
    case json::value_t::string: return "the string " + quote(v.get_ref<const std::string&>());
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "the number " + v.dump();
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    default: return "a value of another type";
  }
}

/// A document that does not have the shape its schema requires: ParseError at a JSON pointer.
[[noreturn]] inline void invalid(const std::string& pointer, std::string id, std::string expected,
                                 std::string found, std::string note = {}) {
  throw ParseError(std::move(id), std::move(expected), std::move(found),
                   Location::at_pointer(pointer.empty() ? "/" : pointer), std::move(note));
}

inline Location text_location(std::string_view text, std::size_t offset) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return Location::in_text(line, column);
}

/// Parses JSON text. Malformed text, nesting deeper than max_depth or a string longer than
/// max_string_bytes is a ParseError with line and column (`first_line` numbers the first line, for
/// documents inside a JSON Lines file).
inline json parse_text(std::string_view text) {
  if (text.empty()) {
    throw ParseError("json.syntax", "a JSON document", "an empty text", Location::in_text(1, 1));
  }
  // Scan nesting and string lengths first; the scan is cheap (strings are skipped with memchr)
  // and keeps the parser's recursion bounded.
  int depth = 0;
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  for (const char* p = begin; p < end; ++p) {
    const char c = *p;
    if (c == '"') {
      const char* start = p;
      for (;;) {
        p = static_cast<const char*>(std::memchr(p + 1, '"', static_cast<std::size_t>(end - p - 1)));
        if (p == nullptr) {
          p = end;
          break;
        }
        // The quote ends the string unless an odd number of backslashes precedes it.
        std::size_t slashes = 0;
        for (const char* q = p - 1; q > start && *q == '\\'; --q) ++slashes;
        if (slashes % 2 == 0) break;
      }
      if (static_cast<std::size_t>(p - start) > max_string_bytes) {
        throw ParseError("json.too_long",
                         "a string of at most " + std::to_string(max_string_bytes) + " bytes",
                         "a string of " + std::to_string(p - start) + " bytes",
                         text_location(text, static_cast<std::size_t>(start - begin)));
      }
      if (p == end) break;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) {
        throw ParseError("json.too_deep",
                         "JSON nested at most " + std::to_string(max_depth) + " levels deep",
                         "deeper nesting", text_location(text, static_cast<std::size_t>(p - begin)));
      }
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  // A key given twice in one object is an error, not last-wins: the reader is strict. The keys of
  // the open objects are kept on one stack (objects are small: a linear search is enough).
  std::vector<std::string> keys;
  std::vector<std::size_t> object_starts;
  const json::parser_callback_t no_duplicates = [&](int, json::parse_event_t event, json& parsed) {
    switch (event) {
      case json::parse_event_t::object_start: object_starts.push_back(keys.size()); break;
      case json::parse_event_t::object_end:
        keys.resize(object_starts.back());
        object_starts.pop_back();
        break;
      case json::parse_event_t::key: {
        const std::string& key = parsed.get_ref<const std::string&>();
        for (std::size_t i = object_starts.back(); i < keys.size(); ++i) {
          if (keys[i] == key) {
            // Where: the second occurrence of the quoted key after the first.
            const std::string quoted = json(key).dump();
            std::size_t at = text.find(quoted);
            if (at != std::string_view::npos) at = text.find(quoted, at + 1);
            throw ParseError("json.duplicate_key", "each key once in an object", "the key " + quote(key) + " twice",
                             at == std::string_view::npos ? Location{} : text_location(text, at));
          }
        }
        keys.push_back(key);
        break;
      }
      default: break;
    }
    return true;
  };
  try {
    return json::parse(text.begin(), text.end(), no_duplicates);
  } catch (const json::parse_error& e) {
    // e.byte is the 1-based offset of the offending byte.
    const std::size_t at = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
    std::string message = e.what();
    if (const auto pos = message.find(": "); pos != std::string::npos) message = message.substr(pos + 2);
    throw ParseError("json.syntax", "well-formed JSON",
                     at < text.size() ? quote(text.substr(at, 20)) : "the end of the text",
                     text_location(text, at), message);
  } catch (const json::exception& e) {
    // A number too large for a double ("1e999") and the like.
    std::string message = e.what();
    if (const auto pos = message.find("] "); pos != std::string::npos) message = message.substr(pos + 2);
    throw ParseError("json.value", "a JSON value govplan can represent", message);
  }
}

/// Read access to one JSON object with its pointer; checks for unknown keys.
class Object {
 public:
  Object(const json& value, std::string pointer, std::string_view what)
      : v_(value), p_(std::move(pointer)) {
    if (!v_.is_object()) invalid(p_, "json.type", std::string(what) + " (an object)", type_name(v_));
  }

  void allow_only(std::initializer_list<std::string_view> keys) const {
    for (auto it = v_.begin(); it != v_.end(); ++it) {
      const std::string& key = it.key();
      if (std::find(keys.begin(), keys.end(), std::string_view(key)) == keys.end()) {
        std::string list;
        for (std::string_view k : keys) list += (list.empty() ? "" : ", ") + std::string(k);
        invalid(at(key), "json.unknown_key", "one of the keys " + list, quote(key));
      }
    }
  }

  bool has(std::string_view key) const { return v_.contains(key); }
  std::string at(std::string_view key) const { return p_ + "/" + escape_token(key); }
  const json& get(std::string_view key) const {
    const auto it = v_.find(key);
    if (it == v_.end()) invalid(p_, "json.missing_key", "a key " + quote(key), "none");
    return *it;
  }

  std::string string(std::string_view key) const {
    const json& v = get(key);
    if (!v.is_string()) invalid(at(key), "json.type", "a string", type_name(v));
    return v.get<std::string>();
  }
  std::string string_or(std::string_view key, std::string fallback) const {
    return has(key) ? string(key) : fallback;
  }
  std::optional<std::string> optional_string(std::string_view key) const {
    if (!has(key)) return std::nullopt;
    return string(key);
  }
  bool boolean_or(std::string_view key, bool fallback) const {
    if (!has(key)) return fallback;
    const json& v = get(key);
    if (!v.is_boolean()) invalid(at(key), "json.type", "true or false", type_name(v));
    return v.get<bool>();
  }
  long long integer(std::string_view key, long long min, long long max) const {
    const json& v = get(key);
    if (!v.is_number_integer()) invalid(at(key), "json.type", "an integer", type_name(v));
    if (v.is_number_unsigned() && v.get<unsigned long long>() > static_cast<unsigned long long>(max)) {
      invalid(at(key), "json.range",
              "an integer from " + std::to_string(min) + " to " + std::to_string(max), v.dump());
    }
    const auto n = v.get<long long>();
    if (n < min || n > max) {
      invalid(at(key), "json.range",
              "an integer from " + std::to_string(min) + " to " + std::to_string(max), v.dump());
    }
    return n;
  }
  Date date(std::string_view key) const { return date_at(get(key), at(key)); }
  const json& array(std::string_view key) const {
    const json& v = get(key);
    if (!v.is_array()) invalid(at(key), "json.type", "an array", type_name(v));
    return v;
  }
  template <typename E>
  E enumeration(std::string_view key, E (*parse)(std::string_view)) const {
    return enum_at(get(key), at(key), parse);
  }

  static Date date_at(const json& v, const std::string& pointer) {
    if (!v.is_string()) invalid(pointer, "json.type", "a date written YYYY-MM-DD", type_name(v));
    const std::string& text = v.get_ref<const std::string&>();
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
      invalid(pointer, "json.date", "a date written YYYY-MM-DD", quote(text));
    }
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int k = 0; k < 3; ++k) {
      for (std::size_t i = starts[k]; i < starts[k] + lengths[k]; ++i) {
        if (text[i] < '0' || text[i] > '9') invalid(pointer, "json.date", "a date written YYYY-MM-DD", quote(text));
        parts[k] = parts[k] * 10 + (text[i] - '0');
      }
    }
    try {
      return Date(parts[0], parts[1], parts[2]);
    } catch (const Error& e) {
      invalid(pointer, "json.date", "a real date written YYYY-MM-DD", quote(text), e.note());
    }
  }
  template <typename E>
  static E enum_at(const json& v, const std::string& pointer, E (*parse)(std::string_view)) {
    if (!v.is_string()) invalid(pointer, "json.type", "a string", type_name(v));
    try {
      return parse(v.get_ref<const std::string&>());
    } catch (const Error& e) {
      invalid(pointer, e.id(), e.expected(), e.found());
    }
  }

  const json& value() const { return v_; }
  const std::string& pointer() const { return p_; }

 private:
  const json& v_;
  std::string p_;
};

// Parties and document references, as plans and event logs write them (defined in plan_json.cpp).
Party party_at(const json& v, const std::string& pointer);
DocumentRef ref_at(const json& v, const std::string& pointer);
ordered party_json(const Party& p);
ordered ref_json(const DocumentRef& r);

}  // namespace govplan::json_support
