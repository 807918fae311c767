// A small, strict XML tokenizer: enough for TimeML, and loud about anything it does not handle.
// It checks the syntax of one tag at a time; nesting is the caller's concern. Comments,
// processing instructions and <!DOCTYPE ...> are skipped; CDATA sections come back as text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::detail {

enum class xml_token_kind : std::uint8_t { text, start_tag, end_tag, empty_tag };

struct xml_attribute {
    std::string_view name;
    std::string value;        // entity references decoded
    std::size_t offset = 0;   // byte offset of the name
};

struct xml_token {
    xml_token_kind kind = xml_token_kind::text;
    std::size_t offset = 0;   // byte offset of the '<', or of the first byte of the text
    std::string_view name;    // tags only
    std::vector<xml_attribute> attributes;  // start and empty tags only
    std::string text;         // text only: entity references decoded

    const xml_attribute* attribute(std::string_view attribute_name) const;
};

// The attribute called `name`, or nullptr.
const xml_attribute* find_attribute(const std::vector<xml_attribute>& attributes, std::string_view name);

struct xml_error {
    std::size_t offset = 0;
    std::string message;
};

class xml_tokenizer {
public:
    explicit xml_tokenizer(std::string_view input) : input_(input) {}

    // Reads the next token into `token`, reusing its storage. Returns false at the end of the
    // input and on an error, which error() then holds.
    bool next(xml_token& token);
    const std::optional<xml_error>& error() const { return error_; }

private:
    bool read_text(xml_token& token);
    bool read_markup(xml_token& token);
    bool read_end_tag(xml_token& token);
    bool read_start_tag(xml_token& token);
    bool read_attribute_value(std::string_view name, std::string& value);
    bool skip_until(std::string_view terminator, std::size_t from, std::string_view what);
    bool decode_entity(std::string& out);
    bool fail(std::size_t offset, std::string message);

    std::string_view input_;
    std::size_t pos_ = 0;
    std::optional<xml_error> error_;
};

}  // namespace dateline::detail
