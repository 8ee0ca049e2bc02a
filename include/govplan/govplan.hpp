// govplan/govplan.hpp — everything public in one include.
#pragma once

#include "govplan/calendar.hpp"
#include "govplan/compliance.hpp"
#include "govplan/date.hpp"
#include "govplan/document.hpp"
#include "govplan/error.hpp"
#include "govplan/events.hpp"
#include "govplan/finding.hpp"
#include "govplan/heap_optional.hpp"
#include "govplan/lang.hpp"
#include "govplan/lunar.hpp"
#include "govplan/plan.hpp"
#include "govplan/portfolio.hpp"
#include "govplan/timeframe.hpp"
#include "govplan/version.hpp"
