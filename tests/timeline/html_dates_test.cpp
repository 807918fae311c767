// read_html_article on the html-dates development pages (../shared/data/html-dates): the day
// found for each page against the day it was first published. A floor one point under what the
// reader reaches, so that a change that loses pages fails here (bench/html_dates prints the
// figures and, with --list, every page).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <date/date.h>

#include "dateline/timeline/html_article.hpp"

namespace dateline {
namespace {

namespace fs = std::filesystem;

const fs::path pages_folder = fs::path(DATELINE_SHARED_DIR) / "data" / "html-dates";

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(html_dates, publication_day_is_right_on_at_least_0_92_of_the_pages) {
    if (!fs::is_regular_file(pages_folder / "dates.tsv")) GTEST_SKIP() << "no pages at " << pages_folder;
    std::ifstream tsv(pages_folder / "dates.tsv");
    std::string line;
    std::getline(tsv, line);  // file, published, url (the URL is not given to the reader)
    std::size_t pages = 0, dated = 0, right = 0;
    while (std::getline(tsv, line)) {
        const auto tab1 = line.find('\t');
        const auto tab2 = line.find('\t', tab1 + 1);
        ASSERT_NE(tab2, std::string::npos) << line;
        const std::string file = line.substr(0, tab1);
        const std::string expected = line.substr(tab1 + 1, tab2 - tab1 - 1);
        const auto result = read_html_article(file, read_file(pages_folder / file));
        ++pages;
        if (!result.doc || !result.doc->published) continue;
        ++dated;
        if (date::format("%F", result.doc->published->day) == expected) ++right;
    }
    ASSERT_EQ(pages, 250u);
    const double accuracy = static_cast<double>(right) / static_cast<double>(pages);
    const double precision = static_cast<double>(right) / static_cast<double>(dated);
    EXPECT_GE(accuracy, 0.92) << right << " right of " << pages;
    EXPECT_GE(precision, 0.955) << right << " right of " << dated << " dated";
}

}  // namespace
}  // namespace dateline
