// Small read-only helpers over gumbo's parse tree for the HTML page reader. Walks are iterative:
// a page nested thousands of elements deep must not overflow the stack.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <gumbo.h>

namespace dateline::detail {

bool is_element(const GumboNode* n);
bool is_element(const GumboNode* n, GumboTag tag);

// An attribute's value, or empty when the element has none.
std::string_view attribute(const GumboNode* n, const char* name);

// Whether any of the words of `class` or `id` (lowercase) contains one of `needles`.
bool class_or_id_contains(const GumboNode* n, std::initializer_list<std::string_view> needles);

// Elements whose text runs on in the line (a, b, em, span, time, ...), and elements whose content
// is no text a reader sees (script, style, noscript, template, svg, iframe, ...).
bool is_inline(const GumboNode* element);
bool is_hidden_content(const GumboNode* element);

// Appends the text inside n, a space at each block element, up to about `limit` bytes.
void append_text(const GumboNode* n, std::string& out, std::size_t limit);

// The text inside n with white space folded to single spaces (scripts and styles left out),
// stopping once `limit` bytes are collected.
std::string text_of(const GumboNode* n, std::size_t limit = 1u << 20);

// Calls f(node) for n and every node below it in document order; f returns false to skip the
// node's children.
template <typename F>
void walk(const GumboNode* n, F&& f);

// The first element at or below n (scripts, styles and the like not entered) for which
// pred(element) holds, or null.
template <typename Pred>
const GumboNode* first_element(const GumboNode* n, Pred&& pred);

}  // namespace dateline::detail

#include "html_dom_walk.hpp"
