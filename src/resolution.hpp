// Private: resolve() for a caller that resolves timeframe after timeframe into one Resolution.
#pragma once

#include <cstddef>
#include <optional>

#include "govplan/timeframe.hpp"

namespace govplan::detail {

// resolve(…, out) without cutting `out.occurrences` to length: the timeframe's occurrences are
// the first n (returned); the elements after them are spare storage, written over by the next
// call instead of being destroyed now and made again then.
std::size_t resolve_reusing(const Timeframe& timeframe, const Facts& facts, const WorkCalendar& calendar,
                            const std::optional<DateRange>& default_window, bool explain, Resolution& out);

}  // namespace govplan::detail
