// Private: a hash for the short ids of tasks, sections and reporting duties ("II.3", "III.1"),
// inlined where plans are checked and evaluated by the million. FNV-1a (64 bits): a multiply and
// an xor per byte, which for ids of a few bytes is cheaper than a call to std::hash. Equal hashes
// are always confirmed by comparing the ids themselves.
#pragma once

#include <cstdint>
#include <string_view>

namespace govplan::detail {

inline std::uint64_t id_hash(std::string_view id) noexcept {
  std::uint64_t h = 14695981039346656037ULL;
  for (const char c : id) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace govplan::detail
