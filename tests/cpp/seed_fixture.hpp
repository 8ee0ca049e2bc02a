// The bundled Chánh Lộ plan with its example events and the civil-service calendar, loaded once
// per test program: the fixture of the compliance and report tests.
#pragma once

#include <string>

#include "govplan/calendar.hpp"
#include "govplan/events.hpp"
#include "govplan/json.hpp"
#include "govplan/plan.hpp"
#include "support.hpp"

namespace test_support {

/// A file of the source tree (examples/…), by its path from the top.
inline std::string source(const std::string& relative) {
  return read_file(std::string(GOVPLAN_SOURCE_DIR) + "/" + relative);
}

inline const govplan::Plan& seed() {
  static const govplan::Plan p = govplan::load_plan(source("examples/plans/chanh-lo-2024.json"));
  return p;
}

inline const govplan::EventLog& seed_events() {
  static const govplan::EventLog log = govplan::load_events(source("examples/events/chanh-lo-2024.events.json"));
  return log;
}

inline const govplan::WorkCalendar& vietnam() {
  static const govplan::WorkCalendar c = govplan::WorkCalendar::vietnam();
  return c;
}

}  // namespace test_support
