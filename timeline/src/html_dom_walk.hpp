// The template bodies of detail::walk and detail::first_element (html_dom.hpp): an explicit stack instead of recursion.
#pragma once

#include <utility>
#include <vector>

namespace dateline::detail {

template <typename F>
void walk(const GumboNode* root, F&& f) {
    std::vector<std::pair<const GumboNode*, unsigned>> stack;  // node, next child index
    if (!f(root)) return;
    stack.emplace_back(root, 0u);
    while (!stack.empty()) {
        auto& [node, next] = stack.back();
        const GumboVector* children = nullptr;
        if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) children = &node->v.element.children;
        else if (node->type == GUMBO_NODE_DOCUMENT) children = &node->v.document.children;
        if (!children || next >= children->length) {
            stack.pop_back();
            continue;
        }
        const auto* child = static_cast<const GumboNode*>(children->data[next++]);
        if (f(child)) stack.emplace_back(child, 0u);
    }
}

template <typename Pred>
const GumboNode* first_element(const GumboNode* root, Pred&& pred) {
    const GumboNode* found = nullptr;
    walk(root, [&](const GumboNode* n) {
        if (found) return false;
        if (n->type == GUMBO_NODE_DOCUMENT) return true;
        if (!is_element(n) || is_hidden_content(n)) return false;
        if (pred(n)) {
            found = n;
            return false;
        }
        return true;
    });
    return found;
}

}  // namespace dateline::detail
