// Implementation detail of the public headers: a forward iterator over a
// range that hands out its items by index (range[i] returns a small view by
// value), for cfn::Path and the schema's row lists.
#pragma once

#include <cstddef>
#include <iterator>

namespace cfn::detail {

template <class Range, class Item>
class IndexIterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = Item;
  using difference_type = std::ptrdiff_t;
  using reference = Item;
  using pointer = void;

  IndexIterator() = default;
  IndexIterator(const Range* range, std::size_t i) : range_(range), i_(i) {}
  Item operator*() const { return (*range_)[i_]; }
  IndexIterator& operator++() {
    ++i_;
    return *this;
  }
  IndexIterator operator++(int) {
    IndexIterator old = *this;
    ++i_;
    return old;
  }
  friend bool operator==(const IndexIterator& a, const IndexIterator& b) { return a.i_ == b.i_; }

 private:
  const Range* range_ = nullptr;
  std::size_t i_ = 0;
};

}  // namespace cfn::detail
