#include "xml_tokenizer.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include <fmt/format.h>

namespace dateline::detail {

namespace {

bool is_name_start(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u == '_' || u == ':' || u >= 0x80;
}

bool is_name_char(char c) {
    return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_xml_char(std::uint32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::optional<std::uint32_t> parse_character_reference(std::string_view digits) {
    int base = 10;
    if (!digits.empty() && digits.front() == 'x') {
        base = 16;
        digits.remove_prefix(1);
    }
    std::uint32_t cp = 0;
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), cp, base);
    if (digits.empty() || ec != std::errc{} || ptr != digits.data() + digits.size() || !is_xml_char(cp)) {
        return std::nullopt;
    }
    return cp;
}

// Longest entity reference looked for: "&#x10FFFF;" and the named ones fit easily.
constexpr std::size_t max_entity_length = 32;

}  // namespace

const xml_attribute* find_attribute(const std::vector<xml_attribute>& attributes, std::string_view name) {
    const auto it = std::find_if(attributes.begin(), attributes.end(),
                                 [&](const xml_attribute& a) { return a.name == name; });
    return it == attributes.end() ? nullptr : &*it;
}

const xml_attribute* xml_token::attribute(std::string_view attribute_name) const {
    return find_attribute(attributes, attribute_name);
}

bool xml_tokenizer::next(xml_token& token) {
    while (!error_ && pos_ < input_.size()) {
        token.offset = pos_;
        token.name = {};
        token.attributes.clear();
        token.text.clear();
        if (input_[pos_] != '<') return read_text(token);
        if (read_markup(token)) return true;
    }
    return false;
}

bool xml_tokenizer::fail(std::size_t offset, std::string message) {
    error_ = xml_error{offset, std::move(message)};
    return false;
}

bool xml_tokenizer::read_text(xml_token& token) {
    token.kind = xml_token_kind::text;
    while (pos_ < input_.size() && input_[pos_] != '<') {
        if (input_[pos_] == '&') {
            if (!decode_entity(token.text)) return false;
            continue;
        }
        const std::size_t stop = input_.find_first_of("<&", pos_);
        const std::size_t end = stop == std::string_view::npos ? input_.size() : stop;
        token.text.append(input_.substr(pos_, end - pos_));
        pos_ = end;
    }
    return true;
}

bool xml_tokenizer::decode_entity(std::string& out) {
    const std::size_t start = pos_;
    std::size_t i = start + 1;
    while (i < input_.size() && i - start <= max_entity_length && is_name_char(input_[i])) ++i;
    if (i < input_.size() && input_[i] == '#' && i == start + 1) {
        ++i;
        while (i < input_.size() && i - start <= max_entity_length && is_name_char(input_[i])) ++i;
    }
    if (i >= input_.size() || input_[i] != ';' || i == start + 1) {
        return fail(start, "'&' does not start an entity reference (write &amp; for a literal '&')");
    }
    const std::string_view ref = input_.substr(start + 1, i - start - 1);
    if (ref == "amp") {
        out += '&';
    } else if (ref == "lt") {
        out += '<';
    } else if (ref == "gt") {
        out += '>';
    } else if (ref == "quot") {
        out += '"';
    } else if (ref == "apos") {
        out += '\'';
    } else if (ref.front() == '#') {
        const auto cp = parse_character_reference(ref.substr(1));
        if (!cp) return fail(start, fmt::format("&{}; is not a valid character reference", ref));
        append_utf8(out, *cp);
    } else {
        return fail(start, fmt::format("unknown entity &{};", ref));
    }
    pos_ = i + 1;
    return true;
}

bool xml_tokenizer::skip_until(std::string_view terminator, std::size_t from, std::string_view what) {
    const std::size_t found = input_.find(terminator, from);
    if (found == std::string_view::npos) {
        return fail(pos_, std::string(what) + " is never closed with '" + std::string(terminator) + "'");
    }
    pos_ = found + terminator.size();
    return false;  // nothing to return: the caller moves on to the next token
}

bool xml_tokenizer::read_markup(xml_token& token) {
    const std::string_view rest = input_.substr(pos_);
    if (rest.starts_with("<?")) return skip_until("?>", pos_ + 2, "processing instruction");
    if (rest.starts_with("<!--")) return skip_until("-->", pos_ + 4, "comment");
    if (rest.starts_with("<![CDATA[")) {
        const std::size_t begin = pos_ + 9;
        const std::size_t end = input_.find("]]>", begin);
        if (end == std::string_view::npos) return fail(pos_, "CDATA section is never closed with ']]>'");
        token.kind = xml_token_kind::text;
        token.text.assign(input_.substr(begin, end - begin));
        pos_ = end + 3;
        return true;
    }
    if (rest.starts_with("<!")) return skip_until(">", pos_ + 2, "declaration");
    if (rest.starts_with("</")) return read_end_tag(token);
    if (rest.size() > 1 && is_name_start(rest[1])) return read_start_tag(token);
    return fail(pos_, "'<' does not start a tag (write &lt; for a literal '<')");
}

bool xml_tokenizer::read_end_tag(xml_token& token) {
    const std::size_t start = pos_;
    pos_ += 2;
    if (pos_ >= input_.size() || !is_name_start(input_[pos_])) {
        return fail(start, "expected an element name after '</'");
    }
    const std::size_t name_begin = pos_;
    while (pos_ < input_.size() && is_name_char(input_[pos_])) ++pos_;
    token.name = input_.substr(name_begin, pos_ - name_begin);
    while (pos_ < input_.size() && is_space(input_[pos_])) ++pos_;
    if (pos_ >= input_.size() || input_[pos_] != '>') {
        return fail(pos_, "expected '>' to end </" + std::string(token.name) + ">");
    }
    ++pos_;
    token.kind = xml_token_kind::end_tag;
    return true;
}

bool xml_tokenizer::read_start_tag(xml_token& token) {
    const std::size_t start = pos_;
    const std::size_t name_begin = ++pos_;
    while (pos_ < input_.size() && is_name_char(input_[pos_])) ++pos_;
    token.name = input_.substr(name_begin, pos_ - name_begin);
    const std::string tag = fmt::format("<{}>", token.name);
    for (;;) {
        const std::size_t space_begin = pos_;
        while (pos_ < input_.size() && is_space(input_[pos_])) ++pos_;
        if (pos_ >= input_.size()) return fail(start, tag + " tag is never closed with '>'");
        const char c = input_[pos_];
        if (c == '>') {
            ++pos_;
            token.kind = xml_token_kind::start_tag;
            return true;
        }
        if (c == '/') {
            if (pos_ + 1 < input_.size() && input_[pos_ + 1] == '>') {
                pos_ += 2;
                token.kind = xml_token_kind::empty_tag;
                return true;
            }
            return fail(pos_, "expected '>' after '/' in " + tag);
        }
        if (!is_name_start(c)) return fail(pos_, "expected an attribute name or '>' in " + tag);
        if (pos_ == space_begin) return fail(pos_, "expected white space before an attribute in " + tag);

        const std::size_t attribute_begin = pos_;
        while (pos_ < input_.size() && is_name_char(input_[pos_])) ++pos_;
        const std::string_view name = input_.substr(attribute_begin, pos_ - attribute_begin);
        const std::string quoted = fmt::format("\"{}\"", name);
        while (pos_ < input_.size() && is_space(input_[pos_])) ++pos_;
        if (pos_ >= input_.size() || input_[pos_] != '=') {
            return fail(pos_, "expected '=' after attribute " + quoted + " in " + tag);
        }
        ++pos_;
        while (pos_ < input_.size() && is_space(input_[pos_])) ++pos_;
        if (pos_ >= input_.size() || (input_[pos_] != '"' && input_[pos_] != '\'')) {
            return fail(pos_, "value of attribute " + quoted + " must be in quotes");
        }
        if (token.attribute(name) != nullptr) {
            return fail(attribute_begin, "attribute " + quoted + " is given twice in " + tag);
        }
        xml_attribute attribute{name, {}, attribute_begin};
        if (!read_attribute_value(name, attribute.value)) return false;
        token.attributes.push_back(std::move(attribute));
    }
}

bool xml_tokenizer::read_attribute_value(std::string_view name, std::string& value) {
    const char quote = input_[pos_];
    const std::size_t open = pos_++;
    while (pos_ < input_.size()) {
        const char c = input_[pos_];
        if (c == quote) {
            ++pos_;
            return true;
        }
        if (c == '<') {
            return fail(pos_, "'<' in the value of attribute \"" + std::string(name) +
                                  "\" (is its closing quote missing?)");
        }
        if (c == '&') {
            if (!decode_entity(value)) return false;
            continue;
        }
        value += c;
        ++pos_;
    }
    return fail(open, "value of attribute \"" + std::string(name) + "\" is never closed");
}

}  // namespace dateline::detail
