#include "dateline/eval/seed_gold_reader.hpp"

#include <algorithm>
#include <string>
#include <tuple>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "dateline/eval/dct_value.hpp"
#include "text_position.hpp"

namespace dateline {

namespace {

using json = nlohmann::json;

constexpr std::string_view timex_types[] = {"DATE", "TIME", "DURATION", "SET"};

// Collects schema problems, each named by the JSON pointer of the offending value.
class schema_check {
public:
    explicit schema_check(std::string_view path) : path_(path) {}

    std::optional<std::string> string(const json& object, std::string_view key, std::string_view where,
                                      bool required = true) {
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required) problem(where, fmt::format("missing \"{}\"", key));
            return std::nullopt;
        }
        if (!it->is_string()) {
            problem(fmt::format("{}/{}", where, key), "expected a string");
            return std::nullopt;
        }
        return it->get<std::string>();
    }

    std::optional<std::size_t> offset(const json& object, std::string_view key, std::string_view where) {
        const auto it = object.find(key);
        if (it == object.end()) {
            problem(where, fmt::format("missing \"{}\"", key));
            return std::nullopt;
        }
        if (!it->is_number_unsigned()) {
            problem(fmt::format("{}/{}", where, key), "expected a byte offset (an integer, 0 or more)");
            return std::nullopt;
        }
        return it->get<std::size_t>();
    }

    void problem(std::string_view where, std::string_view what) {
        diagnostics.push_back({severity::error, std::string(path_), 0, 0,
                               fmt::format("{}: {}", where.empty() ? "/" : where, what)});
    }

    std::vector<diagnostic> diagnostics;

private:
    std::string_view path_;
};

std::optional<timex_annotation> read_timex(const json& t, std::string_view where, schema_check& check) {
    if (!t.is_object()) {
        check.problem(where, "expected an object");
        return std::nullopt;
    }
    const bool bytes = t.contains("start_byte") || t.contains("end_byte");
    const auto start = check.offset(t, bytes ? "start_byte" : "start", where);
    const auto end = check.offset(t, bytes ? "end_byte" : "end", where);
    const auto text = check.string(t, "text", where);
    const auto type = check.string(t, "type", where);
    const auto value = check.string(t, "value", where);
    const auto mod = check.string(t, "mod", where, false);
    const auto tid = check.string(t, "tid", where, false);
    if (type && std::find(std::begin(timex_types), std::end(timex_types), *type) == std::end(timex_types)) {
        check.problem(fmt::format("{}/type", where), fmt::format("\"{}\" is not DATE, TIME, DURATION or SET", *type));
        return std::nullopt;
    }
    if (!start || !end || !text || !type || !value) return std::nullopt;
    return timex_annotation{*start, *end, *text, tid.value_or(""), *type, *value, mod.value_or("")};
}

// "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..." -> "syntax error ..."
std::string parse_error_reason(const char* what) {
    const std::string_view s(what);
    const auto colon = s.find(": ");
    return std::string(colon == std::string_view::npos ? s : s.substr(colon + 2));
}

std::string shown(std::string_view text) {
    constexpr std::size_t limit = 40;
    return text.size() <= limit ? std::string(text) : std::string(text.substr(0, limit)) + "...";
}

}  // namespace

seed_gold_result read_seed_gold(std::string_view path, std::string_view json_text) {
    seed_gold_result result;
    json root;
    try {
        root = json::parse(json_text);
    } catch (const json::parse_error& e) {
        const auto p = detail::position_of(json_text, e.byte == 0 ? 0 : e.byte - 1);
        result.diagnostics.push_back({severity::error, std::string(path), p.line, p.column,
                                      "invalid JSON: " + parse_error_reason(e.what())});
        return result;
    } catch (const json::exception& e) {  // a number too large for a double ("1e999") is out_of_range
        const std::string_view what(e.what());
        const auto bracket = what.find("] ");
        result.diagnostics.push_back({severity::error, std::string(path), 0, 0,
                                      "invalid JSON: " + std::string(bracket == std::string_view::npos ? what : what.substr(bracket + 2))});
        return result;
    }

    schema_check check(path);
    if (!root.is_object()) {
        check.problem("", "expected an object with \"doc\", \"dct\" and \"timexes\"");
        result.diagnostics = std::move(check.diagnostics);
        return result;
    }
    seed_gold gold;
    const auto doc = check.string(root, "doc", "");
    const auto dct = check.string(root, "dct", "");
    const auto timexes = root.find("timexes");
    if (timexes == root.end()) {
        check.problem("", "missing \"timexes\"");
    } else if (!timexes->is_array()) {
        check.problem("/timexes", "expected an array");
    } else {
        for (std::size_t i = 0; i < timexes->size(); ++i) {
            if (auto t = read_timex((*timexes)[i], fmt::format("/timexes/{}", i), check)) {
                gold.timexes.push_back(std::move(*t));
            }
        }
    }
    result.diagnostics = std::move(check.diagnostics);
    if (!has_errors(result.diagnostics) && doc && dct) {
        gold.doc = *doc;
        gold.dct = *dct;
        result.gold = std::move(gold);
    }
    return result;
}

annotated_result attach_article(const seed_gold& gold, std::string_view gold_path, std::string article_path,
                                std::string article) {
    annotated_result result;
    auto error = [&](std::string message) {
        result.diagnostics.push_back({severity::error, std::string(gold_path), 0, 0, std::move(message)});
    };
    const auto dct = parse_dct_value(gold.dct);
    if (!dct) error(fmt::format("/dct: \"{}\" is not a date (YYYY-MM-DD, optionally THH:MM or THH:MM:SS)", gold.dct));

    std::vector<timex_annotation> timexes = gold.timexes;
    for (std::size_t i = 0; i < timexes.size(); ++i) {
        const timex_annotation& t = timexes[i];
        if (t.start > t.end || t.end > article.size()) {
            error(fmt::format("/timexes/{}: bytes {}-{} are not a span of {} ({} bytes)", i, t.start, t.end,
                              gold.doc, article.size()));
            continue;
        }
        const std::string_view found = std::string_view(article).substr(t.start, t.end - t.start);
        if (found != t.text) {
            error(fmt::format("/timexes/{}: \"{}\" is not at bytes {}-{} of {} (found \"{}\")", i, shown(t.text),
                              t.start, t.end, gold.doc, shown(found)));
        }
    }
    if (has_errors(result.diagnostics)) return result;

    std::stable_sort(timexes.begin(), timexes.end(), [](const timex_annotation& a, const timex_annotation& b) {
        return std::tie(a.start, a.end) < std::tie(b.start, b.end);
    });
    annotated_document& a = result.doc.emplace();
    a.doc.path = std::move(article_path);
    a.doc.content = std::move(article);
    a.doc.published = dct;
    a.doc.published_from = date_origin::manifest;  // given beside the text, as a manifest would
    a.dct_value = gold.dct;
    a.timexes = std::move(timexes);
    return result;
}

}  // namespace dateline
