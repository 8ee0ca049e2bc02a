// govplan/date_boost.hpp — conversions between govplan::Date and boost::gregorian::date, for
// applications that already use Boost.Date_Time. Including this header needs Boost's headers;
// nothing else in govplan's public headers does.
//
//   boost::gregorian::date b = govplan::to_boost(govplan::Date(2024, 2, 26));
//   govplan::Date d = govplan::from_boost(b);
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "govplan/date.hpp"
#include "govplan/error.hpp"

namespace govplan {

/// The same day as a boost::gregorian::date.
inline boost::gregorian::date to_boost(Date date) {
  const YearMonthDay d = date.ymd();
  return boost::gregorian::date(static_cast<unsigned short>(d.year),
                                static_cast<unsigned short>(d.month),
                                static_cast<unsigned short>(d.day));
}

/// The same day as a govplan::Date. Throws ValidationError for Boost's special values
/// (not_a_date_time, ±infinity), which govplan has no counterpart for.
inline Date from_boost(const boost::gregorian::date& date) {
  if (date.is_special()) {
    throw ValidationError("date.boost_special", "a calendar day",
                          date.is_not_a_date()     ? "boost's not_a_date_time"
                          : date.is_pos_infinity() ? "boost's +infinity"
                                                   : "boost's -infinity");
  }
  const auto ymd = date.year_month_day();
  return Date(static_cast<int>(ymd.year), static_cast<int>(ymd.month), static_cast<int>(ymd.day));
}

}  // namespace govplan
