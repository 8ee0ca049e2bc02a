// Private: hints to the processor to start loading memory that is about to be read. Evaluations
// of national portfolios read millions of small arrays (a plan's tasks, its events) that lie
// apart in memory; asking for a whole array at once lets the loads overlap. No effect on results.
#pragma once

#include <cstddef>

namespace govplan::detail {

inline void prefetch_bytes(const void* data, std::size_t bytes) noexcept {
#if defined(__GNUC__)
  const char* p = static_cast<const char*>(data);
  for (std::size_t at = 0; at < bytes; at += 64) __builtin_prefetch(p + at);
#else
  (void)data;
  (void)bytes;
#endif
}

}  // namespace govplan::detail
