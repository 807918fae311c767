// read_jsonl_record: one line of a JSON Lines file into a document. The line is read with
// nlohmann-json's SAX interface, keeping only the top-level fields dateline uses: no tree is
// built, so memory stays near the size of the line however the record is nested.
#include <array>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "dateline/timeline/jsonl_reader.hpp"
#include "dateline/timeline/metadata_date.hpp"
#include "dateline/timeline/encoding_check.hpp"
#include "markup_text.hpp"
#include "text_scan.hpp"

namespace dateline {
namespace {

using json = nlohmann::json;

enum class field { text, published, title, url, source };

struct field_name {
    std::string_view name;
    field kind;
};

// In order of preference within each kind.
constexpr auto field_names = std::to_array<field_name>({
    {"text", field::text}, {"maintext", field::text}, {"body", field::text}, {"content", field::text},
    {"description", field::text},
    {"published", field::published}, {"date", field::published}, {"date_publish", field::published},
    {"datePublished", field::published}, {"publish_date", field::published}, {"pubDate", field::published},
    {"published_at", field::published}, {"publishedAt", field::published},
    {"title", field::title}, {"url", field::url},
    {"source", field::source}, {"source_domain", field::source}, {"outlet", field::source},
});

constexpr std::string_view text_field_list = "text, maintext, body, content, description";

struct found_value {
    std::size_t rank = field_names.size();  // index in field_names; field_names.size() when none
    std::string value;
    std::string_view key() const { return rank < field_names.size() ? field_names[rank].name : ""; }
};

// The SAX events of one line, reduced to the fields dateline reads.
class record_sax : public nlohmann::json_sax<json> {
public:
    std::array<found_value, 5> found;  // by field
    std::string not_an_object;         // "an array", "a string", ... when the line is JSON but no object
    std::optional<std::size_t> error_position;
    std::string error_reason;

    bool null() override { return scalar("null", {}); }
    bool boolean(bool v) override { return scalar("a boolean", v ? "true" : "false"); }
    bool number_integer(number_integer_t v) override { return scalar("a number", std::to_string(v)); }
    bool number_unsigned(number_unsigned_t v) override { return scalar("a number", std::to_string(v)); }
    bool number_float(number_float_t, const string_t& s) override { return scalar("a number", s); }
    bool binary(binary_t&) override { return scalar("binary data", {}); }

    bool string(string_t& v) override {
        if (depth_ == 0) return refuse("a string");
        if (depth_ == 1) offer(key_, std::move(v), true);
        else if (depth_ == 2 && in_source_object_ && inner_key_ == "name") offer("source", std::move(v), true);
        return true;
    }

    bool start_object(std::size_t) override {
        if (depth_ == 1 && key_ == "source") in_source_object_ = true;
        ++depth_;
        return true;
    }
    bool end_object() override {
        if (depth_ == 2) in_source_object_ = false;
        --depth_;
        return true;
    }
    bool start_array(std::size_t) override {
        if (depth_ == 0) return refuse("an array");
        ++depth_;
        return true;
    }
    bool end_array() override {
        --depth_;
        return true;
    }
    bool key(string_t& k) override {
        if (depth_ == 1) key_ = std::move(k);
        else if (depth_ == 2) inner_key_ = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
        error_position = position;
        error_reason = short_reason(e.what());
        return false;
    }

private:
    bool refuse(std::string_view what) {
        not_an_object = what;
        return false;
    }

    // A number where a date is expected is kept as text so that the error can quote it.
    bool scalar(std::string_view what, std::string text) {
        if (depth_ == 0) return refuse(what);
        if (depth_ == 1 && !text.empty()) offer(key_, std::move(text), false);
        return true;
    }

    void offer(std::string_view key, std::string value, bool is_string) {
        for (std::size_t rank = 0; rank < field_names.size(); ++rank) {
            if (field_names[rank].name != key) continue;
            const field kind = field_names[rank].kind;
            if (!is_string && kind != field::published) return;
            if (detail::trim(value).empty()) return;  // an empty field says nothing; the next name may
            found_value& slot = found[static_cast<std::size_t>(kind)];
            if (rank <= slot.rank) slot = {rank, std::move(value)};
            return;
        }
    }

    // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while parsing
    // value - invalid literal; last read: 'hel'" -> "syntax error while parsing value - invalid literal".
    static std::string short_reason(std::string_view what) {
        if (const std::size_t at = what.find("syntax error"); at != std::string_view::npos) what = what.substr(at);
        if (const std::size_t at = what.find("; last read"); at != std::string_view::npos) what = what.substr(0, at);
        return std::string(what.substr(0, 120));
    }

    std::size_t depth_ = 0;
    std::string key_;        // the last key of the top-level object
    std::string inner_key_;  // the last key of an object one level down
    bool in_source_object_ = false;
};

diagnostic error_at(std::string_view file, std::size_t line, std::size_t column, std::string message) {
    return {severity::error, std::string(file), line, column, std::move(message)};
}

}  // namespace

diagnostic jsonl_line_too_long(std::string_view file, std::size_t line, std::size_t length,
                               std::size_t max_line_bytes) {
    constexpr std::size_t mib = std::size_t{1} << 20;
    const std::string in_mib = max_line_bytes % mib == 0 ? fmt::format(" ({} MiB)", max_line_bytes / mib) : "";
    return error_at(file, line, 0,
                    fmt::format("line is {} bytes long; a record may be at most {} bytes{}", length, max_line_bytes,
                                in_mib));
}

article_result read_jsonl_record(std::string_view file, std::size_t line, std::string_view text,
                                 std::size_t max_line_bytes) {
    article_result out;
    if (detail::trim(text).empty()) return out;
    if (text.size() > max_line_bytes) {
        out.diagnostics.push_back(jsonl_line_too_long(file, line, text.size(), max_line_bytes));
        return out;
    }
    if (const auto bad = detail::first_invalid_utf8(text)) {
        out.diagnostics.push_back(error_at(file, line, *bad + 1,
                                           fmt::format("invalid UTF-8 (byte 0x{:02X}); record not read",
                                                       static_cast<unsigned char>(text[*bad]))));
        return out;
    }

    record_sax sax;
    json::sax_parse(text.begin(), text.end(), &sax);
    if (!sax.not_an_object.empty()) {
        out.diagnostics.push_back(error_at(file, line, 0, "not a JSON object but " + sax.not_an_object));
        return out;
    }
    if (sax.error_position) {
        const std::size_t column = std::clamp<std::size_t>(*sax.error_position, 1, text.size());
        out.diagnostics.push_back(error_at(file, line, column, "not JSON: " + sax.error_reason));
        return out;
    }

    const auto& found = sax.found;
    const found_value& body = found[static_cast<std::size_t>(field::text)];
    if (body.value.empty()) {
        out.diagnostics.push_back(
            error_at(file, line, 0, fmt::format("no article text (none of {} holds any)", text_field_list)));
        return out;
    }

    document doc;
    doc.path = fmt::format("{}:{}", file, line);
    const found_value& date = found[static_cast<std::size_t>(field::published)];
    if (!date.value.empty()) {
        doc.published = parse_metadata_date(date.value);
        if (!doc.published) {
            out.diagnostics.push_back(error_at(
                file, line, 0, fmt::format("cannot read publication date \"{}\" in \"{}\"", date.value, date.key())));
            return out;
        }
        doc.published_from = date_origin::record;
        doc.published_evidence = fmt::format("record field \"{}\": \"{}\"", date.key(), date.value);
    }
    doc.content = detail::looks_like_markup(body.value) ? detail::text_of_markup(body.value) : body.value;
    if (detail::trim(doc.content).empty()) {
        out.diagnostics.push_back(error_at(file, line, 0, fmt::format("no article text in \"{}\" once its markup is removed", body.key())));
        return out;
    }
    doc.title = found[static_cast<std::size_t>(field::title)].value;
    doc.url = found[static_cast<std::size_t>(field::url)].value;
    doc.source = found[static_cast<std::size_t>(field::source)].value;
    out.doc = std::move(doc);
    return out;
}

}  // namespace dateline
