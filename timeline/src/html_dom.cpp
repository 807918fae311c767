#include "html_dom.hpp"

#include "text_scan.hpp"

namespace dateline::detail {

bool is_element(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE; }

bool is_element(const GumboNode* n, GumboTag tag) { return is_element(n) && n->v.element.tag == tag; }

std::string_view attribute(const GumboNode* n, const char* name) {
    if (!is_element(n)) return {};
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a && a->value ? std::string_view(a->value) : std::string_view{};
}

bool class_or_id_contains(const GumboNode* n, std::initializer_list<std::string_view> needles) {
    for (const char* name : {"class", "id"}) {
        const std::string_view value = attribute(n, name);
        if (value.empty() || value.size() > 512) continue;
        const std::string lower = to_lower_ascii(value);
        for (const auto needle : needles)
            if (lower.find(needle) != std::string::npos) return true;
    }
    return false;
}

bool is_inline(const GumboNode* n) {
    switch (n->v.element.tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SPAN: case GUMBO_TAG_SMALL: case GUMBO_TAG_SUP: case GUMBO_TAG_SUB: case GUMBO_TAG_ABBR:
    case GUMBO_TAG_TIME: case GUMBO_TAG_U: case GUMBO_TAG_FONT: case GUMBO_TAG_MARK: case GUMBO_TAG_CITE:
    case GUMBO_TAG_Q: case GUMBO_TAG_CODE: case GUMBO_TAG_S: case GUMBO_TAG_DFN: case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO: case GUMBO_TAG_KBD: case GUMBO_TAG_VAR: case GUMBO_TAG_WBR: case GUMBO_TAG_INS:
    case GUMBO_TAG_DEL:
        return true;
    default:
        return false;
    }
}

bool is_hidden_content(const GumboNode* n) {
    switch (n->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_SELECT:
        return true;
    default:
        return false;
    }
}

void append_text(const GumboNode* n, std::string& out, std::size_t limit) {
    walk(n, [&](const GumboNode* node) {
        if (out.size() >= limit) return false;
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            out += node->v.text.text;
            return false;
        }
        if (!is_element(node)) return node->type == GUMBO_NODE_DOCUMENT;
        if (is_hidden_content(node)) return false;
        if (!is_inline(node)) out += ' ';
        return true;
    });
}

std::string text_of(const GumboNode* n, std::size_t limit) {
    std::string raw;
    append_text(n, raw, limit);
    return fold_spaces(raw);
}

}  // namespace dateline::detail
