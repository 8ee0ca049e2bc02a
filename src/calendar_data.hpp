// The announced holiday schedules compiled into govplan (see calendar_data.cpp), as plain rows
// that calendar.cpp turns into HolidaySchedules.
#pragma once

#include <span>
#include <string_view>

#include "govplan/calendar.hpp"

namespace govplan::detail {

struct DocumentRow {
  std::string_view key;
  std::string_view document;
  std::string_view date;  // ISO, or empty
  std::string_view issuer;
  SourceStatus status;
  std::string_view url;
  std::string_view note;
};

struct EntryRow {
  std::string_view date;  // ISO
  DayKind kind;
  Occasion occasion;
  int occasion_year;
  std::string_view document;     // DocumentRow::key
  std::string_view paired_with;  // ISO, or empty
  std::string_view note;
  Sector sector = Sector::civil_service;
};

std::span<const DocumentRow> builtin_documents() noexcept;
std::span<const EntryRow> builtin_entries() noexcept;
/// The last day the compiled-in schedules were checked against published notices.
std::string_view builtin_verified_through() noexcept;

}  // namespace govplan::detail
