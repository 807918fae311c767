// json_line on one line (the tag JSON Lines) must give nlohmann's dump(-1) bytes: strings of
// every length with a byte JSON escapes at every place, as keys and as values, whatever value
// follows a key.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "json_line.hpp"
#include "json_string.hpp"

namespace dateline::render_detail {
namespace {

using ordered = nlohmann::ordered_json;

std::string dumped(const ordered& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// Strings of 0 to 72 bytes of plain text, and the same with one byte that is not plain at each place.
std::vector<std::string> hostile_strings() {
    std::vector<std::string> out;
    for (std::size_t n = 0; n <= 72; ++n) {
        std::string plain;
        for (std::size_t i = 0; i < n; ++i) plain += static_cast<char>('a' + i % 26);
        out.push_back(plain);
        for (const std::string_view odd : {"\"", "\\", "\n", "\x01", "\x7F", "\xC3\xA9", "\xFF"})
            for (std::size_t at = 0; at < n; ++at) out.push_back(plain.substr(0, at) + std::string(odd) + plain.substr(at + 1));
    }
    return out;
}

TEST(json_line, strings_as_keys_and_values_give_nlohmanns_bytes) {
    for (const std::string& s : hostile_strings()) {
        std::string out;
        {
            json_line w(out);
            w.begin_object();
            w.key("first");
            w.string(s);
            w.key(s);
            w.number(7);
            w.key("last");
            w.begin_array();
            w.string(s);
            w.string(s);
            w.end_array();
            w.end_object();
        }
        ordered j;
        j["first"] = s;
        j[s] = 7;
        j["last"] = ordered::array({s, s});
        ASSERT_EQ(out, dumped(j)) << s;
    }
}

TEST(json_line, a_key_is_written_with_any_value_after_it) {
    std::string out;
    {
        json_line w(out);
        w.begin_object();
        w.key("a");
        w.null();
        w.key("b");
        w.boolean(true);
        w.key("c");
        w.integer(-3);
        w.key("d");
        w.real(0.5);
        w.key("e");
        w.begin_object();
        w.end_object();
        w.key("f");
        w.written("[1,2]");
        w.key("g");
        w.local_time(date::local_days{date::year{2025} / 4 / 23} + std::chrono::hours{18});
        w.key("h");
        w.string(std::string(100, 'x'));
        w.end_object();
    }
    EXPECT_EQ(out, R"({"a":null,"b":true,"c":-3,"d":0.5,"e":{},"f":[1,2],"g":"2025-04-23T18:00:00","h":")" +
                       std::string(100, 'x') + "\"}");
}

TEST(json_line, writing_between_values_keeps_its_place) {
    std::string out;
    json_line w(out);
    w.begin_object();
    w.key("n");
    w.number(1);
    out += ",\"raw\":2";
    w.key("m");
    w.number(3);
    w.end_object();
    EXPECT_EQ(out, R"({"n":1,"raw":2,"m":3})");
}

TEST(json_line, a_key_left_without_its_value_is_written_at_the_end) {
    std::string out;
    {
        json_line w(out);
        w.begin_object();
        w.key("alone");
    }
    EXPECT_EQ(out, R"({"alone":)");
}

TEST(copy_plain, copies_and_accepts_only_plain_strings) {
    for (const std::string& s : hostile_strings()) {
        std::string to(s.size() + 8, '\0');
        bool plain = true;
        for (const char c : s) plain = plain && is_plain_json_byte(c);
        ASSERT_EQ(copy_plain(s, to.data()), plain) << s;
        if (plain) {
            EXPECT_EQ(to.substr(0, s.size()), s);
        }
    }
}

}  // namespace
}  // namespace dateline::render_detail
