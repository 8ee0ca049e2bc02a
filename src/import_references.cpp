// import_references.cpp — see include/govplan/import.hpp.
#include "govplan/import.hpp"
