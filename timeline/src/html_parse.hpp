// A page parsed by gumbo into an arena: gumbo allocates many small nodes, strings and vectors,
// and freeing them one by one costs as much as parsing; the arena hands out memory from large
// blocks and frees them all at once with the page.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include <gumbo.h>

namespace dateline::detail {

class parsed_page {
public:
    explicit parsed_page(std::string_view html);
    parsed_page(const parsed_page&) = delete;
    parsed_page& operator=(const parsed_page&) = delete;

    const GumboNode* root() const { return output_->document; }

private:
    static void* allocate(void* self, std::size_t size);
    static void deallocate(void*, void*) {}

    std::vector<std::unique_ptr<std::byte[]>> blocks_;
    std::vector<std::unique_ptr<std::byte[]>> large_;
    std::size_t used_ = 0;       // bytes handed out of the last block
    std::size_t capacity_ = 0;   // size of the last block
    GumboOutput* output_ = nullptr;
};

}  // namespace dateline::detail
