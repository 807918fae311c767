#include "parsed_html.hpp"

#include <memory>
#include <sstream>

#include <gumbo.h>

namespace dateline::test {
namespace {

std::string tag_name(const GumboElement& e) {
    if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
    GumboStringPiece original = e.original_tag;
    gumbo_tag_from_original_text(&original);
    return std::string(original.data, original.length);
}

std::string attribute(const GumboElement& e, const char* name) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
    return a == nullptr ? std::string() : std::string(a->value);
}

void walk(const GumboNode* node, parsed_html& out, bool page_text) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        if (page_text) out.text += node->v.text.text;
        out.text_nodes.emplace_back(node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
    const GumboElement& e = node->v.element;
    const std::string name = tag_name(e);
    if ((node->parse_flags & GUMBO_INSERTION_BY_PARSER) != 0) {
        out.implied.insert(name);
    } else {
        out.elements.insert(name);
        std::string shape = name;
        for (unsigned i = 0; i < e.attributes.length; ++i) {
            const char* attribute_name = static_cast<const GumboAttribute*>(e.attributes.data[i])->name;
            out.attributes.insert(attribute_name);
            shape += std::string(" ") + attribute_name;
        }
        out.structure.push_back(shape);
        std::istringstream classes(attribute(e, "class"));
        for (std::string c; classes >> c;) out.classes.insert(c);
        if (name == "time") out.times.emplace_back(attribute(e, "datetime"), attribute(e, "data-timex"));
        if (name == "a") out.hrefs.push_back(attribute(e, "href"));
    }
    if (e.tag == GUMBO_TAG_STYLE) return;
    if (e.tag == GUMBO_TAG_SCRIPT) {
        std::string script;
        for (unsigned i = 0; i < e.children.length; ++i) {
            const auto* child = static_cast<const GumboNode*>(e.children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) script += child->v.text.text;
        }
        out.scripts.push_back(std::move(script));
        return;
    }
    const bool text_of_page = page_text && e.tag != GUMBO_TAG_TITLE;  // the title is not page text
    for (unsigned i = 0; i < e.children.length; ++i)
        walk(static_cast<const GumboNode*>(e.children.data[i]), out, text_of_page);
}

}  // namespace

parsed_html parse_html(const std::string& html) {
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
        [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    parsed_html out;
    out.errors = output->errors.length;
    out.has_doctype = output->document->v.document.has_doctype;
    walk(output->root, out, true);
    return out;
}

}  // namespace dateline::test
