#include "output_check.hpp"

#include <cctype>
#include <cstddef>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "check.hpp"
#include "escape_markdown.hpp"
#include "parsed_html.hpp"

namespace dateline::fuzz {
namespace {

const std::set<std::string> renderer_elements = {"html", "head", "meta", "title", "style", "body", "main",
                                                 "section", "h1", "h2", "h3", "ol", "ul", "li", "p", "mark",
                                                 "time", "a", "span", "code", "script", "nav", "details",
                                                 "summary", "h4", "strong", "table", "caption", "thead", "tbody", "tr",
                                                 "th", "td"};
const std::set<std::string> renderer_attributes = {"lang", "charset", "name", "content", "class", "datetime",
                                                   "data-timex", "href", "type", "style", "id",
                                                   "aria-label"};

bool starts_with_icase(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    return true;
}

bool is_web_link(std::string_view url) { return starts_with_icase(url, "http://") || starts_with_icase(url, "https://"); }

// The index of a long chronology links to its date headings: "#date-2025-04-23TNI".
bool is_date_permalink(std::string_view href) {
    if (href.rfind("#date-", 0) != 0) return false;
    for (const char c : href.substr(1))
        if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '-') return false;
    return true;
}

void check_parsed(const test::parsed_html& p, const std::set<std::string>& document_urls, const std::string& html) {
    require(p.errors == 0, "the HTML parses without errors", html);
    for (const std::string& e : p.elements) require(renderer_elements.count(e) == 1, "only the renderer's elements", e);
    for (const std::string& e : p.implied)
        require(e == "html" || e == "head" || e == "body", "the parser adds no element but the page's own", e);
    for (const std::string& a : p.attributes)
        require(renderer_attributes.count(a) == 1, "only the renderer's attributes", a);
    for (const std::string& c : p.classes) require(c.rfind("dateline-", 0) == 0, "only dateline- classes", c);
    for (const std::string& href : p.hrefs) {
        if (is_date_permalink(href)) continue;
        require(is_web_link(href), "a link is http or https", href);
        require(document_urls.count(href) == 1, "a link is the URL a document gave", href);
    }
}

void check_json_ld(const test::parsed_html& p, const std::string& html) {
    require(p.scripts.size() == 1, "one script element: the JSON-LD", html);
    if (!p.scripts.empty()) require(nlohmann::json::accept(p.scripts[0]), "the JSON-LD parses", p.scripts[0]);
}

bool is_ascii_punctuation(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }

// Scans one line of Markdown: backslash escapes, code spans and the renderer's links.
class markdown_line {
public:
    markdown_line(std::string_view line, const std::set<std::string>& urls) : line_(line), urls_(urls) {}

    void check() {
        while (i_ < line_.size()) {
            const char c = line_[i_];
            if (c == '\\' && i_ + 1 < line_.size() && is_ascii_punctuation(line_[i_ + 1])) {
                i_ += 2;
            } else if (c == '`') {
                skip_code_span();
            } else if (c == '[') {
                link();
            } else {
                require(c != '<' && c != ']', "no unescaped < or ] in Markdown text", line_);
                require(!(c == ':' && line_.substr(i_ + 1, 2) == "//"), "no autolink in Markdown text", line_);
                require(c != '@', "no e-mail autolink in Markdown text", line_);
                require(!(starts_with_icase(line_.substr(i_), "www.") && (i_ == 0 || !std::isalnum(static_cast<unsigned char>(line_[i_ - 1])))),
                        "no www autolink in Markdown text", line_);
                ++i_;
            }
        }
    }

private:
    void skip_code_span() {
        std::size_t run = 0;
        while (i_ + run < line_.size() && line_[i_ + run] == '`') ++run;
        const std::string fence(run, '`');
        std::size_t at = i_ + run;
        for (;;) {
            at = line_.find(fence, at);
            require(at != std::string_view::npos, "a code span is closed", line_);
            std::size_t end = at + run;
            if (end < line_.size() && line_[end] == '`') {  // a longer run is not the closing fence
                while (end < line_.size() && line_[end] == '`') ++end;
                at = end;
                continue;
            }
            i_ = end;
            return;
        }
    }

    // "[label](url)": the label escaped, the URL an http(s) one some document gave.
    void link() {
        ++i_;
        while (i_ < line_.size() && line_[i_] != ']') {
            if (line_[i_] == '\\') ++i_;
            else require(line_[i_] != '[' && line_[i_] != '<', "a link label holds no markup", line_);
            ++i_;
        }
        require(line_.substr(i_, 2) == "](", "a [ opens one of the renderer's links", line_);
        const std::size_t close = line_.find(')', i_);
        require(close != std::string_view::npos, "a link destination is closed", line_);
        const std::string_view url = line_.substr(i_ + 2, close - i_ - 2);
        require(is_web_link(url), "a Markdown link is http or https", url);
        bool known = false;
        for (const std::string& u : urls_) known = known || render_detail::markdown_link_destination(u) == url;
        require(known, "a Markdown link is the URL a document gave", url);
        i_ = close + 1;
    }

    std::string_view line_;
    const std::set<std::string>& urls_;
    std::size_t i_ = 0;
};

bool allowed_line_start(std::string_view line, std::string_view& rest) {
    for (const std::string_view prefix : {"# ", "## ", "### ", "- ", "  - ", "    - ", "| "}) {
        if (line.rfind(prefix, 0) == 0) {
            rest = line.substr(prefix.size());
            return true;
        }
    }
    rest = {};
    return line.empty() || line == "No dated events." || line == "Documents without a publication date:";
}

}  // namespace

void check_html_page(const std::string& html, const std::set<std::string>& document_urls) {
    const test::parsed_html p = test::parse_html(html);
    require(p.has_doctype, "a page starts with its doctype");
    check_parsed(p, document_urls, html);
    check_json_ld(p, html);
}

void check_html_fragment(const std::string& html, const std::set<std::string>& document_urls) {
    const std::string page = "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>t</title>\n"
                             "</head>\n<body>\n" + html + "</body>\n</html>\n";
    const test::parsed_html p = test::parse_html(page);
    check_parsed(p, document_urls, html);
    check_json_ld(p, html);
}

void check_markdown(const std::string& md, const std::set<std::string>& document_urls) {
    std::size_t pos = 0;
    while (pos < md.size()) {
        std::size_t end = md.find('\n', pos);
        require(end != std::string::npos, "Markdown ends with a line break");
        const std::string_view line(md.data() + pos, end - pos);
        std::string_view rest;
        require(allowed_line_start(line, rest), "every Markdown line is one the renderer writes", line);
        markdown_line(rest, document_urls).check();
        pos = end + 1;
    }
}

void check_json(const std::string& json) { require(nlohmann::json::accept(json), "the JSON output parses", json); }

void check_timelinejs(const std::string& json, const std::set<std::string>& document_urls) {
    require(json.find('<') == std::string::npos, "TimelineJS data has no '<' (safe inside a script)", json);
    const nlohmann::json t = nlohmann::json::parse(json, nullptr, false);
    require(!t.is_discarded(), "the TimelineJS data parses", json);
    if (t.is_discarded()) return;
    std::vector<const nlohmann::json*> texts = {&t.at("title").at("text")};
    for (const auto& slide : t.at("events")) texts.push_back(&slide.at("text"));
    for (const nlohmann::json* text : texts) {
        for (const char* field : {"headline", "text"}) {
            const std::string html = text->at(field).get<std::string>();
            check_parsed(test::parse_html("<!doctype html><title>t</title>" + html), document_urls, html);
        }
    }
}

}  // namespace dateline::fuzz
