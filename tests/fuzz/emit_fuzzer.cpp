// libFuzzer target for the emitters on values built in code, not parsed:
// the input bytes are decoded into a template value (every kind: null,
// booleans, integers, doubles of every bit pattern, numerals, strings of
// awkward characters, lists, maps, functions in their tag forms), which must
// survive to_yaml / to_json -> parse unchanged.
#include <array>
#include <cstring>

#include "cfn/intrinsics.hpp"
#include "fuzz_support.hpp"

namespace {

class Decoder {
 public:
  Decoder(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

  cfn::Value value(int depth) {
    switch (depth >= kMaxDepth ? byte() % 6 : byte() % 11) {
      case 0:
        return nullptr;
      case 1:
        return (byte() & 1) != 0;
      case 2: {
        std::int64_t i = 0;
        bytes(&i, sizeof i);
        return i;
      }
      case 3: {
        double d = 0;
        bytes(&d, sizeof d);
        if (d != d || d - d != 0) return cfn::Numeral(d != d ? ".nan" : d > 0 ? ".inf" : "-.inf");
        return d;
      }
      case 4:
        return cfn::Numeral(std::string(pick(kNumerals)));
      case 5:
        return text();
      case 6: {
        cfn::List list;
        for (std::size_t n = byte() % 5; n > 0 && !done(); --n) list.push_back(value(depth + 1));
        return list;
      }
      case 7: {
        cfn::Map map;
        for (std::size_t n = byte() % 5; n > 0 && !done(); --n) {
          const std::string key = text();
          map[key] = value(depth + 1);
        }
        return map;
      }
      case 8:
        return cfn::ref("R" + text());  // a logical id is never empty
      case 9:
        return cfn::sub(text());
      default:
        return cfn::join(text(), cfn::List{value(depth + 1), value(depth + 1)});
    }
  }

 private:
  static constexpr int kMaxDepth = 24;
  static constexpr std::array<std::string_view, 8> kNumerals{
      "1e400", "-1e400", "18446744073709551616", "-9223372036854775809", "1E-400", ".inf", "-.inf", ".nan"};
  // What emitters get wrong: indicators, quotes, comment and document
  // markers, YAML 1.1 and 1.2 typed words, breaks of every kind, controls.
  static constexpr std::array<std::string_view, 32> kPieces{
      "",  " ", "\t", "\n", "\r\n", "\r", ":", "- ", "#", " #", "'", "\"", "\\", "!", "&", "*", "?", "|", ">",
      "%", "@", "`", "{", "}", "[", "]", ",", "---", "...", "\xc2\x85", "\xe2\x80\xa8", "\xef\xbb\xbf"};
  static constexpr std::array<std::string_view, 16> kWords{
      "yes", "No", "on", "OFF", "null", "~", "true", "0755", "1:20", "1_000", "0x1F", "0b101", "1e3", ".inf",
      "=",   "<<"};

  bool done() const { return pos_ >= size_; }
  std::uint8_t byte() { return done() ? 0 : data_[pos_++]; }
  void bytes(void* out, std::size_t n) {
    std::memset(out, 0, n);
    const std::size_t take = std::min(n, size_ - pos_);
    std::memcpy(out, data_ + pos_, take);
    pos_ += take;
  }
  template <std::size_t N>
  std::string_view pick(const std::array<std::string_view, N>& items) {
    return items[byte() % N];
  }

  // Valid UTF-8 only: the emitters refuse other text, as they should.
  std::string text() {
    std::string out;
    for (std::size_t n = byte() % 8; n > 0 && !done(); --n) {
      const std::uint8_t b = byte();
      if (b < 0x5f) {
        out += static_cast<char>(0x20 + b);  // printable ASCII
      } else if (b < 0xa0) {
        out += pick(kPieces);
      } else if (b < 0xc0) {
        out += pick(kWords);
      } else if (b < 0xe0) {
        out += static_cast<char>(byte() % 0x20);  // a control character
      } else {
        const unsigned code = 0x80 + (static_cast<unsigned>(byte()) << 4) + b % 16;  // U+0080..U+1007F
        append_utf8(out, code >= 0xd800 && code < 0xe000 ? 0xfffd : code);
      }
    }
    return out;
  }

  static void append_utf8(std::string& out, unsigned code) {
    if (code < 0x800) {
      out += static_cast<char>(0xc0 | (code >> 6));
    } else if (code < 0x10000) {
      out += static_cast<char>(0xe0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
    } else {
      out += static_cast<char>(0xf0 | (code >> 18));
      out += static_cast<char>(0x80 | ((code >> 12) & 0x3f));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3f));
    }
    out += static_cast<char>(0x80 | (code & 0x3f));
  }

  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Decoder decoder(data, size);
  // A template is a map; the value goes under a key of its own.
  const cfn::Value root = cfn::Map{{"Value", decoder.value(0)}};
  cfn::fuzz::check_round_trip(root, cfn::Format::Yaml);
  cfn::fuzz::check_round_trip(root, cfn::Format::Json);
  return 0;
}
