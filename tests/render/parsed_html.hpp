// What a page of HTML holds once parsed by gumbo (an HTML5 parser, as a browser would): the
// elements and attributes it has, so tests and the fuzzer can check that no input text became
// markup.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace dateline::test {

struct parsed_html {
    std::set<std::string> elements;    // names of elements written in the source
    std::set<std::string> implied;     // names of elements the parser had to add (html, head, body, ...)
    std::set<std::string> attributes;  // names of attributes on written elements
    std::set<std::string> classes;     // every class name used
    std::vector<std::pair<std::string, std::string>> times;  // <time> datetime, data-timex ("" when absent)
    std::vector<std::string> hrefs;
    std::string text;  // all text outside <style>, <script> and <title>
    std::vector<std::string> text_nodes;  // the same, one entry per text node, <title> included
    std::vector<std::string> scripts;     // the text of each <script>, in document order
    std::vector<std::string> structure;   // every written element in document order: "name attr attr..."
    std::size_t errors = 0;
    bool has_doctype = false;
};

parsed_html parse_html(const std::string& html);

}  // namespace dateline::test
