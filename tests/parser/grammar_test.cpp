#include <gtest/gtest.h>
#include "dateline/parser/recognize.hpp"
TEST(placeholder, builds) { EXPECT_TRUE(dateline::recognize("").empty()); }
