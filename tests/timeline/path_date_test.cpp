#include "dateline/timeline/path_date.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace dateline {
namespace {

struct path_case {
    const char* path;
    const char* day;       // "" when the path names no day
    const char* evidence;
};

std::string day_text(const std::optional<path_date>& d) {
    if (!d) return "";
    return timex_value(d->published);
}

TEST(find_path_date, folder_and_file_names_that_are_days) {
    const std::vector<path_case> cases = {
        {"InputDocs/2010-05-24/1036.htm.txt", "2010-05-24", "2010-05-24/"},
        {"../data/tls/bpoil/InputDocs/2010-05-24/1036.htm.txt", "2010-05-24", "2010-05-24/"},
        {"news/2010/05/24/story.txt", "2010-05-24", "2010/05/24/"},
        {"news/2010/5/4/story.txt", "2010-05-04", "2010/5/4/"},
        {"20100524-story.txt", "2010-05-24", "20100524-story.txt"},
        {"_posts/2025-04-24-kyiv.md", "2025-04-24", "2025-04-24-kyiv.md"},
        {"archive/2025_04_24/a.txt", "2025-04-24", "2025_04_24/"},
        {"archive/2025.04.24 evening/a.txt", "2025-04-24", "2025.04.24 evening/"},
        {"dump-2025-04-24.jsonl", "", ""},             // the date must start the name
        {"2025-04-24x/a.txt", "", ""},                 // a letter straight after the day
        {"2010/05/3.txt", "", ""},                     // a file under month folders may be numbered
        {"2010/05/notes.txt", "", ""},                 // month folders alone name no day
        {"12345678.txt", "", ""},                      // no month 56
        {"17000101-old.txt", "", ""},                  // before 1800: an identifier, not a day
        {"2025-02-30/a.txt", "", ""},                  // no such day
        {"202504241/a.txt", "", ""},                   // nine digits
        {"1036.htm.txt", "", ""},
        {"", "", ""},
    };
    for (const path_case& c : cases) {
        const std::optional<path_date> d = find_path_date(c.path);
        EXPECT_EQ(day_text(d), c.day) << c.path;
        EXPECT_EQ(d ? d->evidence : "", c.evidence) << c.path;
    }
}

TEST(find_path_date, the_name_nearest_the_file_wins) {
    const auto d = find_path_date("2009-01-01-backup/2010/05/24/20100525-late.txt");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->published, (publication_time{test::day(2010, 5, 25), std::nullopt, ""}));
    EXPECT_EQ(find_path_date("2009-01-01-backup/2010/05/24/story.txt")->evidence, "2010/05/24/");
    EXPECT_EQ(find_path_date("2009-01-01-backup/news/story.txt")->evidence, "2009-01-01-backup/");
}

}  // namespace
}  // namespace dateline
