// govplan/heap_optional.hpp — an optional value kept on the heap, at the size of one pointer.
//
// For large members that are usually absent: the source document of an event (a DocumentRef is
// about 300 bytes) would otherwise make every event of a log of millions that large, and an
// evaluation that reads each event's date and kind would read mostly empty space. The interface
// is std::optional's (has_value, operator bool, *, ->, value, value_or, reset, emplace, ==,
// = std::nullopt), so code reads the same; it is a value, not a shared reference: copies copy
// what it holds.
//
//   govplan::Event e{day, govplan::PlanAmendedEvent{}, {}, ""};
//   e.document = ref;                        // a DocumentRef, or a std::optional<DocumentRef>
//   if (e.document) std::cout << e.document->to_string(govplan::Lang::vi);
#pragma once

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace govplan {

template <class T>
class HeapOptional {
 public:
  using value_type = T;

  HeapOptional() noexcept = default;
  // Implicit, as std::optional's: from nothing, a value, or a std::optional.
  HeapOptional(std::nullopt_t) noexcept {}
  HeapOptional(const T& value) : p_(std::make_unique<T>(value)) {}
  HeapOptional(T&& value) : p_(std::make_unique<T>(std::move(value))) {}
  HeapOptional(const std::optional<T>& value) : p_(value ? std::make_unique<T>(*value) : nullptr) {}
  HeapOptional(std::optional<T>&& value) : p_(value ? std::make_unique<T>(std::move(*value)) : nullptr) {}

  HeapOptional(const HeapOptional& other) : p_(other.p_ ? std::make_unique<T>(*other.p_) : nullptr) {}
  /// Moving takes the value along: unlike a std::optional, a moved-from HeapOptional is empty.
  HeapOptional(HeapOptional&&) noexcept = default;
  HeapOptional& operator=(const HeapOptional& other) {
    if (this != &other) p_ = other.p_ ? std::make_unique<T>(*other.p_) : nullptr;
    return *this;
  }
  HeapOptional& operator=(HeapOptional&&) noexcept = default;
  HeapOptional& operator=(std::nullopt_t) noexcept {
    p_.reset();
    return *this;
  }
  ~HeapOptional() = default;

  bool has_value() const noexcept { return p_ != nullptr; }
  explicit operator bool() const noexcept { return p_ != nullptr; }

  /// The value; as with std::optional, only when there is one.
  const T& operator*() const noexcept { return *p_; }
  T& operator*() noexcept { return *p_; }
  const T* operator->() const noexcept { return p_.get(); }
  T* operator->() noexcept { return p_.get(); }

  /// The value, or std::bad_optional_access when there is none.
  const T& value() const {
    if (!p_) throw std::bad_optional_access();
    return *p_;
  }
  T& value() {
    if (!p_) throw std::bad_optional_access();
    return *p_;
  }
  template <class U>
  T value_or(U&& fallback) const {
    return p_ ? *p_ : static_cast<T>(std::forward<U>(fallback));
  }

  void reset() noexcept { p_.reset(); }
  template <class... Args>
  T& emplace(Args&&... args) {
    p_ = std::make_unique<T>(std::forward<Args>(args)...);
    return *p_;
  }

  /// A std::optional holding a copy of the value (or nothing).
  std::optional<T> to_optional() const { return p_ ? std::optional<T>(*p_) : std::nullopt; }

  friend bool operator==(const HeapOptional& a, const HeapOptional& b) {
    if (!a.p_ || !b.p_) return !a.p_ && !b.p_;
    return *a.p_ == *b.p_;
  }
  friend bool operator==(const HeapOptional& a, std::nullopt_t) noexcept { return !a.p_; }
  /// Against a std::optional or a value, as two std::optionals compare.
  friend bool operator==(const HeapOptional& a, const std::optional<T>& b) {
    if (!a.p_ || !b) return !a.p_ && !b;
    return *a.p_ == *b;
  }
  friend bool operator==(const HeapOptional& a, const T& b) { return a.p_ && *a.p_ == b; }

 private:
  std::unique_ptr<T> p_;
};

}  // namespace govplan
