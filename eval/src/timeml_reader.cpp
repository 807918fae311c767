#include "dateline/eval/timeml_reader.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "dateline/eval/dct_value.hpp"
#include "text_position.hpp"
#include "xml_tokenizer.hpp"

namespace dateline {

namespace {

using detail::find_attribute;
using detail::xml_attribute;
using detail::xml_token;
using detail::xml_token_kind;

constexpr std::string_view timex_types[] = {"DATE", "TIME", "DURATION", "SET"};

struct open_element {
    std::string_view name;
    std::size_t offset = 0;
};

struct open_timex {
    std::size_t offset = 0;         // of its '<' in the file
    std::size_t content_start = 0;  // in the extracted text
    std::vector<xml_attribute> attributes;
    bool in_text = false;
};

std::string attribute_or_empty(const std::vector<xml_attribute>& attributes, std::string_view name) {
    const xml_attribute* a = find_attribute(attributes, name);
    return a == nullptr ? std::string{} : a->value;
}

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// One pass over the file's tokens, building the document and stopping at the first error.
class timeml_parse {
public:
    timeml_parse(std::string path, std::string_view file) : path_(std::move(path)), file_(file) {}

    annotated_result run() {
        detail::xml_tokenizer tokenizer(file_);
        xml_token token;
        while (!failed_ && tokenizer.next(token)) on_token(token);
        if (!failed_) {
            if (const auto& e = tokenizer.error()) {
                fail(e->offset, e->message);
            } else if (!stack_.empty()) {
                fail(stack_.back().offset, opened_never_closed(stack_.back()));
            } else if (!text_offset_) {
                failed_ = true;
                result_.diagnostics.push_back({severity::error, path_, 0, 0, "no <TEXT> element"});
            }
        }
        if (failed_) {
            result_.doc.reset();
            return std::move(result_);
        }
        return finish();
    }

private:
    void on_token(const xml_token& token) {
        switch (token.kind) {
        case xml_token_kind::text:
            if (text_depth_) body_ += token.text;
            if (docid_depth_) docid_ += token.text;
            break;
        case xml_token_kind::start_tag:
            on_start(token, false);
            break;
        case xml_token_kind::empty_tag:
            on_start(token, true);
            break;
        case xml_token_kind::end_tag:
            on_end(token);
            break;
        }
    }

    void on_start(const xml_token& token, bool empty) {
        if (token.name == "TEXT") {
            if (text_offset_) {
                fail(token.offset, fmt::format("a second <TEXT> element (the first is at {})", where(*text_offset_)));
                return;
            }
            text_offset_ = token.offset;
            if (!empty) text_depth_ = stack_.size();
        } else if (token.name == "DOCID" && !empty && docid_.empty()) {
            docid_depth_ = stack_.size();
        } else if (token.name == "TIMEX3") {
            if (timex_) {
                fail(token.offset, fmt::format("<TIMEX3> inside the <TIMEX3> opened at {}: TIMEX3 elements cannot nest",
                                               where(timex_->offset)));
                return;
            }
            open_timex t{token.offset, body_.size(), token.attributes, text_depth_.has_value()};
            if (empty) {
                finish_timex(t);  // marks no text: only its creation-time role counts
                return;
            }
            timex_ = std::move(t);
        }
        if (!empty) stack_.push_back({token.name, token.offset});
    }

    void on_end(const xml_token& token) {
        if (stack_.empty() || stack_.back().name != token.name) {
            const bool open_below = std::any_of(stack_.begin(), stack_.end(),
                                                [&](const open_element& e) { return e.name == token.name; });
            if (open_below) {
                fail(stack_.back().offset, opened_never_closed(stack_.back()));
            } else {
                fail(token.offset, fmt::format("</{}> has no matching <{}>", token.name, token.name));
            }
            return;
        }
        stack_.pop_back();
        if (text_depth_ == stack_.size()) text_depth_.reset();
        if (docid_depth_ == stack_.size()) docid_depth_.reset();
        if (token.name == "TIMEX3" && timex_) {
            open_timex t = std::move(*timex_);
            timex_.reset();
            finish_timex(t);
        }
    }

    void finish_timex(const open_timex& t) {
        if (attribute_or_empty(t.attributes, "functionInDocument") == "CREATION_TIME") {
            if (!dct_offset_) {
                dct_offset_ = t.offset;
                result_.doc.emplace().dct_value = attribute_or_empty(t.attributes, "value");
            } else {
                warn(t.offset, fmt::format("a second creation-time <TIMEX3> is ignored (the first is at {})",
                                           where(*dct_offset_)));
            }
        }
        if (!t.in_text || t.content_start == body_.size()) return;

        const xml_attribute* type = find_attribute(t.attributes, "type");
        if (type == nullptr) {
            fail(t.offset, "<TIMEX3> has no type attribute");
            return;
        }
        if (std::find(std::begin(timex_types), std::end(timex_types), type->value) == std::end(timex_types)) {
            fail(type->offset, fmt::format("type \"{}\" is not DATE, TIME, DURATION or SET", type->value));
            return;
        }
        const xml_attribute* value = find_attribute(t.attributes, "value");
        if (value == nullptr) {
            fail(t.offset, "<TIMEX3> has no value attribute");
            return;
        }
        timexes_.push_back({t.content_start, body_.size(), body_.substr(t.content_start),
                            attribute_or_empty(t.attributes, "tid"), type->value, value->value,
                            attribute_or_empty(t.attributes, "mod")});
    }

    annotated_result finish() {
        if (!result_.doc) result_.doc.emplace();
        annotated_document& a = *result_.doc;
        a.doc.path = path_;
        a.doc.content = std::move(body_);
        a.doc.title = std::string(trim(docid_));
        a.timexes = std::move(timexes_);
        if (!dct_offset_) {
            warn_file("no creation-time <TIMEX3> (functionInDocument=\"CREATION_TIME\"): the document is undated");
        } else if (auto dct = parse_dct_value(a.dct_value)) {
            a.doc.published = std::move(dct);
            a.doc.published_from = date_origin::front_matter;  // the file's own metadata
        } else {
            warn(*dct_offset_, fmt::format("creation time \"{}\" is not a date (YYYY-MM-DD, optionally THH:MM or "
                                           "THH:MM:SS): the document is undated",
                                           a.dct_value));
        }
        return std::move(result_);
    }

    std::string opened_never_closed(const open_element& e) const {
        return fmt::format("<{}> opened here is never closed", e.name);
    }

    std::string where(std::size_t offset) const {
        const auto p = detail::position_of(file_, offset);
        return fmt::format("{}:{}", p.line, p.column);
    }

    void fail(std::size_t offset, std::string message) {
        failed_ = true;
        add(severity::error, offset, std::move(message));
    }

    void warn(std::size_t offset, std::string message) { add(severity::warning, offset, std::move(message)); }

    void warn_file(std::string message) {
        result_.diagnostics.push_back({severity::warning, path_, 0, 0, std::move(message)});
    }

    void add(severity level, std::size_t offset, std::string message) {
        const auto p = detail::position_of(file_, offset);
        result_.diagnostics.push_back({level, path_, p.line, p.column, std::move(message)});
    }

    std::string path_;
    std::string_view file_;
    annotated_result result_;
    bool failed_ = false;

    std::vector<open_element> stack_;
    std::optional<std::size_t> text_offset_;
    std::optional<std::size_t> text_depth_;   // stack size inside <TEXT>, while it is open
    std::optional<std::size_t> docid_depth_;
    std::optional<std::size_t> dct_offset_;
    std::optional<open_timex> timex_;
    std::string body_;
    std::string docid_;
    std::vector<timex_annotation> timexes_;
};

}  // namespace

annotated_result read_timeml(std::string path, std::string_view content) {
    return timeml_parse(std::move(path), content).run();
}

}  // namespace dateline
