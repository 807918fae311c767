// Checks on rendered output that hold whatever the articles said: input text never becomes
// HTML markup or a Markdown link, and the JSON outputs parse.
#pragma once

#include <set>
#include <string>

namespace dateline::fuzz {

// A whole page: only the renderer's elements, attributes and "dateline-" classes; every link is
// an http(s) URL that some document gave; the HTML5 parser finds no error; one script element,
// the JSON-LD, which parses.
void check_html_page(const std::string& html, const std::set<std::string>& document_urls);

// The same for a fragment, parsed inside a minimal page.
void check_html_fragment(const std::string& html, const std::set<std::string>& document_urls);

// Every line is one the renderer writes (heading, list item, note); outside code spans nothing
// unescaped could start HTML, an autolink or a link other than the renderer's own to an http(s)
// URL that some document gave.
void check_markdown(const std::string& md, const std::set<std::string>& document_urls);

void check_json(const std::string& json);

// TimelineJS data: parses, holds no '<' as such, and every headline and text, parsed as HTML,
// passes the same checks as the page.
void check_timelinejs(const std::string& json, const std::set<std::string>& document_urls);

}  // namespace dateline::fuzz
