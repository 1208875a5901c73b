// A count and a flag for each of a page's ids and tagged terms: a few
// hundred short strings, each looked up or added once or twice.  One flat
// table with open addressing (a lookup is one hash and, mostly, one probe),
// the entries and their strings kept in an arena freed with the table.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory_resource>
#include <new>
#include <string_view>
#include <vector>

namespace mdoc::html {

class StringCounts {
 public:
  explicit StringCounts(std::pmr::memory_resource* memory) : memory_(memory), slots_(kInitialSlots, memory) {}

  struct Entry {
    std::string_view key;  // as the table keeps it: valid as long as the table
    int count = 0;
    bool flag = false;  // the caller's
  };
  // The entry of s, added with count 0 if s is new: one lookup for a test
  // and an update.  The entry stays where it is as long as the table (the
  // table points to it), so that a caller may keep it.
  Entry& entry(std::string_view s) {
    std::uint32_t h = hash(s);
    std::size_t i = find(s, h);
    if (!slots_[i].entry) {
      if (2 * (used_ + 1) > slots_.size()) {
        grow();
        i = find(s, h);
      }
      slots_[i] = {new_entry(s), h};
      ++used_;
    }
    return *slots_[i].entry;
  }

 private:
  static constexpr std::size_t kInitialSlots = 64;  // a power of two
  struct Slot {
    Entry* entry = nullptr;  // null: an empty slot
    std::uint32_t hash = 0;
  };

  // An entry and a copy of its key, together in a block of the memory
  // resource (so that adding one is rarely a virtual call); the key has one
  // byte more, so that an empty string has an address too.
  static constexpr std::size_t kBlock = 1024;
  Entry* new_entry(std::string_view s) {
    std::size_t size = sizeof(Entry) + s.size() + 1;
    char* at = reinterpret_cast<char*>((reinterpret_cast<std::uintptr_t>(next_) + alignof(Entry) - 1) &
                                       ~std::uintptr_t{alignof(Entry) - 1});
    if (!next_ || at > end_ || static_cast<std::size_t>(end_ - at) < size) {
      std::size_t block = size < kBlock ? kBlock : size;
      at = static_cast<char*>(memory_->allocate(block, alignof(Entry)));
      end_ = at + block;
    }
    next_ = at + size;
    char* key = at + sizeof(Entry);
    std::memcpy(key, s.data(), s.size());
    return new (at) Entry{{key, s.size()}};
  }

  // Ids are short: hashed eight bytes at a time, the last eight (or fewer)
  // loaded with fixed-size loads that may overlap those before, never past
  // the end (a copy of a variable length would be a call).
  static std::uint32_t hash(std::string_view s) {
    const char* p = s.data();
    const std::size_t n = s.size();
    std::uint64_t h = n * 0x9E3779B97F4A7C15u;
    std::size_t i = 0;
    for (; i + 8 < n; i += 8) h = mix(h, load<8>(p + i));
    if (n >= 8) h = mix(h, load<8>(p + n - 8));
    else if (n >= 4) h = mix(h, load<4>(p) | load<4>(p + n - 4) << 32);
    else if (n > 0) h = mix(h, load<1>(p) | load<1>(p + n / 2) << 8 | load<1>(p + n - 1) << 16);
    return static_cast<std::uint32_t>(h ^ (h >> 32));
  }
  template <std::size_t N>
  static std::uint64_t load(const char* p) {
    std::uint64_t w = 0;
    std::memcpy(&w, p, N);
    return w;
  }
  static std::uint64_t mix(std::uint64_t h, std::uint64_t w) {
    h = (h ^ w) * 0xBF58476D1CE4E5B9u;
    return h ^ (h >> 31);
  }
  // The slot that holds s, or the empty slot where it would go.
  std::size_t find(std::string_view s, std::uint32_t h) const {
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (!slot.entry || (slot.hash == h && slot.entry->key == s)) return i;
    }
  }
  void grow() {
    std::pmr::vector<Slot> old(slots_.size() * 2, memory_);
    old.swap(slots_);
    std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (!slot.entry) continue;
      std::size_t i = slot.hash & mask;
      while (slots_[i].entry) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::pmr::memory_resource* memory_;
  std::pmr::vector<Slot> slots_;
  std::size_t used_ = 0;
  char* next_ = nullptr;  // the free part of the newest block of entries
  char* end_ = nullptr;
};

}  // namespace mdoc::html
