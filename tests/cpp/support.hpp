// Helpers shared by the C++ tests: reading test data, locating text in it independently of the
// library, and a tiny JSON reader for the corpus's JSON-lines files (no JSON library is linked
// into the tests).
#pragma once

#include <doctest/doctest.h>

#include <cstddef>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace test_support {

/// The bytes of the file `path`; fails the test if it cannot be read.
inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// A file of the test data directory (tests/data).
inline std::string data_file(const std::string& relative) {
  return read_file(std::string(GOVPLAN_TEST_DATA_DIR) + "/" + relative);
}

/// The lines of a text, split at '\n'.
inline std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = text.find('\n', start);
    lines.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos
                                                                        : end - start));
    if (end == std::string_view::npos) return lines;
    start = end + 1;
  }
}

/// A 1-based line and column, the column counted in Unicode characters.
struct TextPos {
  std::size_t line = 0;
  std::size_t column = 0;
};

/// The number of characters of valid UTF-8 `text` (bytes that are not continuation bytes).
inline std::size_t char_count(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) ++n;
  }
  return n;
}

/// The line and column of byte `offset` of `text`, counted here without the library.
inline TextPos position_at(std::string_view text, std::size_t offset) {
  TextPos pos{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if ((b & 0xC0u) != 0x80u) {
      ++pos.column;
    }
  }
  return pos;
}

/// Where the `occurrence`-th (1-based) `needle` starts in `text`, plus `skip` characters (to
/// point past a label that is part of the needle).
inline TextPos locate(std::string_view text, std::string_view needle, std::size_t occurrence = 1,
                      std::size_t skip = 0) {
  std::size_t at = std::string_view::npos;
  std::size_t from = 0;
  for (std::size_t k = 0; k < occurrence; ++k) {
    at = text.find(needle, from);
    REQUIRE_MESSAGE(at != std::string_view::npos, "text does not contain " << needle);
    from = at + 1;
  }
  TextPos pos = position_at(text, at);
  pos.column += skip;
  return pos;
}

// ---- a tiny JSON reader -----------------------------------------------------------------------

/// A JSON value: null, a string, an object, an array, or another scalar kept as its text.
struct Json {
  enum class Kind { null, string, object, array, scalar } kind = Kind::null;
  std::string text;  // the string's value, or a number's / boolean's text
  std::vector<std::string> keys;  // an object's member names, in order
  std::vector<Json> items;        // an object's member values, or an array's items

  /// The member `key` of an object; nullptr if absent or not an object.
  const Json* get(std::string_view key) const {
    if (kind != Kind::object) return nullptr;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (keys[i] == key) return &items[i];
    }
    return nullptr;
  }
  /// The string at `key`, if it is a string.
  std::optional<std::string> string_at(std::string_view key) const {
    const Json* v = get(key);
    if (v == nullptr || v->kind != Kind::string) return std::nullopt;
    return v->text;
  }
};

class JsonReader {
 public:
  explicit JsonReader(std::string_view text) : text_(text) {}

  Json read_document() {
    Json v = value();
    space();
    if (pos_ != text_.size()) fail("end of input");
    return v;
  }

 private:
  [[noreturn]] void fail(const char* expected) const {
    throw std::runtime_error(std::string("test JSON: expected ") + expected + " at byte " +
                             std::to_string(pos_));
  }
  void space() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\n' || text_[pos_] == '\r')) {
      ++pos_;
    }
  }
  bool eat(char c) {
    space();
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  static void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  unsigned hex4() {
    if (pos_ + 4 > text_.size()) fail("four hex digits");
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = text_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') {
        v |= static_cast<unsigned>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        v |= static_cast<unsigned>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        v |= static_cast<unsigned>(c - 'A' + 10);
      } else {
        fail("a hex digit");
      }
    }
    return v;
  }
  std::string string_body() {
    std::string s;
    for (;;) {
      if (pos_ >= text_.size()) fail("a closing quote");
      const char c = text_[pos_++];
      if (c == '"') return s;
      if (c != '\\') {
        s += c;
        continue;
      }
      if (pos_ >= text_.size()) fail("an escape");
      const char e = text_[pos_++];
      switch (e) {
        case '"': s += '"'; break;
        case '\\': s += '\\'; break;
        case '/': s += '/'; break;
        case 'b': s += '\b'; break;
        case 'f': s += '\f'; break;
        case 'n': s += '\n'; break;
        case 'r': s += '\r'; break;
        case 't': s += '\t'; break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xD800 && cp <= 0xDBFF && pos_ + 6 <= text_.size() && text_[pos_] == '\\' &&
              text_[pos_ + 1] == 'u') {
            pos_ += 2;
            const unsigned low = hex4();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(s, cp);
          break;
        }
        default: fail("a valid escape");
      }
    }
  }
  Json value() {
    space();
    if (pos_ >= text_.size()) fail("a value");
    Json v;
    const char c = text_[pos_];
    if (c == '"') {
      ++pos_;
      v.kind = Json::Kind::string;
      v.text = string_body();
    } else if (c == '{') {
      ++pos_;
      v.kind = Json::Kind::object;
      if (eat('}')) return v;
      do {
        if (!eat('"')) fail("a member name");
        std::string key = string_body();
        if (!eat(':')) fail("':'");
        v.keys.push_back(std::move(key));
        v.items.push_back(value());
      } while (eat(','));
      if (!eat('}')) fail("'}'");
    } else if (c == '[') {
      ++pos_;
      v.kind = Json::Kind::array;
      if (eat(']')) return v;
      do {
        v.items.push_back(value());
      } while (eat(','));
      if (!eat(']')) fail("']'");
    } else if (text_.substr(pos_, 4) == "null") {
      pos_ += 4;
    } else {
      v.kind = Json::Kind::scalar;
      const std::size_t start = pos_;
      while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' &&
             text_[pos_] != ']' && text_[pos_] != ' ') {
        ++pos_;
      }
      if (pos_ == start) fail("a value");
      v.text = std::string(text_.substr(start, pos_ - start));
    }
    return v;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

/// One record of a JSON-lines file and its 1-based line number.
struct JsonLine {
  std::size_t line = 0;
  Json value;
};

/// Every record of a JSON-lines file of the test data directory.
inline std::vector<JsonLine> read_json_lines(const std::string& relative) {
  std::vector<JsonLine> records;
  const std::vector<std::string> lines = lines_of(data_file(relative));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].find_first_not_of(" \t\r") == std::string::npos) continue;
    records.push_back({i + 1, JsonReader(lines[i]).read_document()});
  }
  return records;
}

}  // namespace test_support
