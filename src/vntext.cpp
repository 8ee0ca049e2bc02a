// vntext.cpp — see include/govplan/vntext.hpp.
#include "govplan/vntext.hpp"
