// Private: finding the short ids of tasks, sections and reporting duties ("II.3", "III.1") where
// plans are checked and evaluated by the million.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <vector>

namespace govplan::detail {

// Eight bytes at a time, each word mixed in by a multiply and a shift (the multipliers of
// Steele, Lea and Flood's SplitMix64 finalizer), then the whole finalized. The last word is the
// last eight bytes, overlapping the one before, and an id shorter than eight bytes is read as two
// overlapping four-byte halves (or, under four bytes, its first, middle and last byte): whole
// loads instead of a byte loop, and ids of up to eight bytes cost two multiplies. The length is
// mixed in first, so overlaps cannot make two ids of different lengths alike. Equal hashes are
// always confirmed by comparing the ids themselves.
inline std::uint64_t id_hash(std::string_view id) noexcept {
  constexpr std::uint64_t k1 = 0xbf58476d1ce4e5b9ULL, k2 = 0x94d049bb133111ebULL;
  const auto load = [](const char* at, auto width) {
    decltype(width) v;
    std::memcpy(&v, at, sizeof v);
    return static_cast<std::uint64_t>(v);
  };
  const char* p = id.data();
  const std::size_t n = id.size();
  std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ n;
  const auto mix = [&](std::uint64_t word) {
    h = (h ^ word) * k1;
    h ^= h >> 31;
  };
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 < n; i += 8) mix(load(p + i, std::uint64_t{}));
    mix(load(p + n - 8, std::uint64_t{}));
  } else if (n >= 4) {
    mix(load(p, std::uint32_t{}) | load(p + n - 4, std::uint32_t{}) << 32);
  } else if (n > 0) {
    mix(static_cast<unsigned char>(p[0]) | std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
        std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
  }
  h *= k2;
  return h ^ (h >> 29);
}

// The ids of one plan by their hash: an open-addressing table (linear probing, at most half
// full) of positions in the caller's own list of ids, cleared and refilled plan after plan
// without allocating once it has grown. Which id a position stands for, and whether two ids
// are equal, is the caller's: `same(position)` says whether the id at that position is the one
// asked about.
class IdTable {
 public:
  IdTable() { reset(0); }

  // Empties the table for up to `n` ids.
  void reset(std::size_t n) {
    const std::size_t size = std::bit_ceil(std::max<std::size_t>(16, 2 * n));
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    shift_ = 64 - std::countr_zero(size);
  }

  // The position of an id equal to the one hashed to `h`, if the table has one.
  template <class Same>
  std::optional<std::uint32_t> find(std::uint64_t h, Same&& same) const {
    for (std::size_t i = h >> shift_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.position_plus_one == 0) return std::nullopt;
      if (s.hash == static_cast<std::uint32_t>(h) && same(s.position_plus_one - 1)) {
        return s.position_plus_one - 1;
      }
    }
  }

  // Adds the id at `position`, hashed to `h`, unless an equal id is there already; returns the
  // position of that earlier id, or `position` when it was added.
  template <class Same>
  std::uint32_t insert(std::uint64_t h, std::uint32_t position, Same&& same) {
    std::size_t i = h >> shift_;
    for (;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.position_plus_one == 0) break;
      if (s.hash == static_cast<std::uint32_t>(h) && same(s.position_plus_one - 1)) {
        return s.position_plus_one - 1;
      }
    }
    slots_[i] = Slot{static_cast<std::uint32_t>(h), position + 1};
    return position;
  }

 private:
  struct Slot {
    std::uint32_t hash = 0;               // the low half of the id's hash (its high bits placed it)
    std::uint32_t position_plus_one = 0;  // 0: empty
  };
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  int shift_ = 64;
};

}  // namespace govplan::detail
