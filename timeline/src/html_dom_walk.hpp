// The template body of detail::walk (html_dom.hpp): an explicit stack instead of recursion.
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

}  // namespace dateline::detail
