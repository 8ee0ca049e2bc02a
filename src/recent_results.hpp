// Private: the last few results a function computed on this thread, for inputs that a national
// portfolio repeats by the thousand (the same recurring rule, the same half-yearly report, in the
// same year, on the same calendar).
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

#include "govplan/calendar.hpp"

namespace govplan::detail {

// Keeps the last N (key, value) pairs computed on one calendar each, replacing the oldest. A
// value is returned only for the very calendar it was computed on (WorkCalendar::same_as) and a
// key the caller's `same` accepts. Each pair keeps its calendar alive, shared, until replaced.
template <class Key, class Value, std::size_t N = 4>
class RecentResults {
 public:
  template <class Same>
  const Value* find(const WorkCalendar& calendar, Same&& same) const {
    for (const Slot& s : slots_) {
      if (s.calendar && s.calendar->same_as(calendar) && same(s.key)) return &s.value;
    }
    return nullptr;
  }

  void keep(const WorkCalendar& calendar, Key key, Value value) {
    Slot& s = slots_[next_];
    next_ = (next_ + 1) % N;
    s.calendar.reset();  // no key matches while the slot is refilled (a copy may throw)
    s.key = std::move(key);
    s.value = std::move(value);
    s.calendar = calendar;
  }

 private:
  struct Slot {
    std::optional<WorkCalendar> calendar;
    Key key{};
    Value value{};
  };
  std::array<Slot, N> slots_{};
  std::size_t next_ = 0;
};

}  // namespace govplan::detail
