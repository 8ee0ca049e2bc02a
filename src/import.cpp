// import.cpp — see include/govplan/import.hpp.
#include "govplan/import.hpp"
