//===- Printing.cpp - Arrays printed as NumPy and JAX print them ----------===//
//
// `Array([[ 0.,  1.], [10., 11.]], dtype=float32)`, following NumPy's
// arrayprint with its defaults (as jax.Array's repr uses it): precision 8 in
// 'maxprec' mode, scientific notation when the magnitudes call for it, every
// element padded to one width, lines wrapped at 75 columns, and arrays of
// more than 1,000 elements summarized to their first and last 3 items per
// axis around `...`.
//
//===----------------------------------------------------------------------===//

#include "frontend/Trace.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <ostream>
#include <sstream>

namespace numjit {

using detail::ArrayImpl;

namespace {

constexpr int kPrecision = 8;      // np.get_printoptions()['precision']
constexpr int64_t kThreshold = 1000; // ... summarizes beyond this many elements
constexpr int64_t kEdgeItems = 3;
constexpr size_t kLineWidth = 75;

std::string integerText(DType dtype, const void *data, int64_t i) {
  switch (dtype) {
  case DType::i32: return std::to_string(static_cast<const int32_t *>(data)[i]);
  case DType::i64: return std::to_string(static_cast<const int64_t *>(data)[i]);
  case DType::u8: return std::to_string(unsigned(static_cast<const uint8_t *>(data)[i]));
  case DType::u32: return std::to_string(static_cast<const uint32_t *>(data)[i]);
  default: return "";
  }
}

/// printf of one double.
std::string printed(const char *format, int digits, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, digits, v);
  return buf;
}

/// Whether `text` reads back as `v` in the precision of `dtype`.
bool roundTrips(const std::string &text, double v, DType dtype) {
  double read = std::strtod(text.c_str(), nullptr);
  switch (dtype) {
  case DType::f32: return std::strtof(text.c_str(), nullptr) == float(v);
  case DType::f16: return float16_t(read).bits == float16_t(v).bits;
  case DType::bf16: return bfloat16_t(read).bits == bfloat16_t(v).bits;
  default: return read == v;
  }
}

/// The fewest digits (at most kPrecision) after the point that identify `v`
/// in its dtype, positional ("%.*f") or scientific ("%.*e").
int uniqueDigits(double v, DType dtype, bool scientific) {
  const char *format = scientific ? "%.*e" : "%.*f";
  for (int d = 0; d < kPrecision; ++d)
    if (roundTrips(printed(format, d, v), v, dtype))
      return d;
  return kPrecision;
}

/// NumPy's FloatingFormat: decides the notation and the padding from the
/// elements shown, then formats each of them to one width.
class FloatFormat {
public:
  FloatFormat(const std::vector<double> &values, DType dtype) : dtype_(dtype) {
    double maxAbs = 0, minAbs = INFINITY;
    bool anyNonFinite = false, negInf = false;
    std::vector<double> finite;
    for (double v : values) {
      if (!std::isfinite(v)) {
        anyNonFinite = true;
        negInf |= std::isinf(v) && v < 0;
        continue;
      }
      finite.push_back(v);
      if (v != 0) {
        maxAbs = std::max(maxAbs, std::fabs(v));
        minAbs = std::min(minAbs, std::fabs(v));
      }
    }
    scientific_ = maxAbs > 0 && (maxAbs >= 1e8 || minAbs < 1e-4 || maxAbs / minAbs > 1e3);
    for (double v : finite) {
      int d = uniqueDigits(v, dtype_, scientific_);
      digits_ = std::max(digits_, d);
      std::string text = scientific_ ? printed("%.*e", d, v) : positional(v, d);
      size_t point = text.find_first_of(".e");
      padLeft_ = std::max(padLeft_, point);
      if (scientific_) {
        size_t e = text.find('e');
        expDigits_ = std::max(expDigits_, text.size() - e - 2); // after "e+"
      } else {
        padRight_ = std::max(padRight_, size_t(d));
      }
    }
    if (scientific_)
      padRight_ = size_t(digits_) + 2 + expDigits_; // fraction, 'e', sign, exponent
    if (anyNonFinite) {
      size_t offset = padRight_ + 1;
      size_t infLen = 3 + (negInf ? 1 : 0);
      padLeft_ = std::max({padLeft_, size_t(3) > offset ? 3 - offset : 0,
                           infLen > offset ? infLen - offset : 0});
    }
  }

  std::string operator()(double v) const {
    if (!std::isfinite(v)) {
      std::string text = std::isnan(v) ? "nan" : v < 0 ? "-inf" : "inf";
      size_t width = padLeft_ + padRight_ + 1;
      return std::string(width > text.size() ? width - text.size() : 0, ' ') + text;
    }
    if (scientific_) {
      // Every mantissa gets the same digits (zeros kept), every exponent
      // the same width.
      std::string text = printed("%.*e", digits_, v);
      size_t e = text.find('e');
      std::string mantissa = text.substr(0, e), exponent = text.substr(e + 2);
      if (digits_ == 0)
        mantissa += '.';
      exponent.insert(0, expDigits_ > exponent.size() ? expDigits_ - exponent.size() : 0, '0');
      std::string out = mantissa + "e" + text[e + 1] + exponent;
      size_t point = out.find('.');
      return std::string(padLeft_ > point ? padLeft_ - point : 0, ' ') + out;
    }
    int d = uniqueDigits(v, dtype_, false);
    std::string text = positional(v, d);
    size_t point = text.find('.');
    size_t fraction = text.size() - point - 1;
    return std::string(padLeft_ > point ? padLeft_ - point : 0, ' ') + text +
           std::string(padRight_ > fraction ? padRight_ - fraction : 0, ' ');
  }

private:
  /// "1.5", "2." (NumPy keeps the point of a whole number).
  static std::string positional(double v, int digits) {
    std::string text = printed("%.*f", digits, v);
    return digits == 0 ? text + "." : text;
  }

  DType dtype_;
  bool scientific_ = false;
  int digits_ = 0;
  size_t padLeft_ = 0, padRight_ = 0, expDigits_ = 0;
};

/// Formats the elements of one array, all to one width.
class ElementFormat {
public:
  ElementFormat(const ArrayImpl &a, const std::vector<int64_t> &shown)
      : a_(a), scalar_(a.shape.empty()) {
    if (is_floating(a.dtype)) {
      std::vector<double> values;
      for (int64_t i : shown)
        values.push_back(detail::load_element(a.dtype, a.data, i));
      floats_.emplace(values, a.dtype);
    } else if (a.dtype != DType::bool_) {
      for (int64_t i : shown)
        width_ = std::max(width_, integerText(a.dtype, a.data, i).size());
    }
  }
  std::string operator()(int64_t i) const {
    if (floats_)
      return (*floats_)(detail::load_element(a_.dtype, a_.data, i));
    if (a_.dtype == DType::bool_) {
      bool v = static_cast<const uint8_t *>(a_.data)[i];
      return v ? (scalar_ ? "True" : " True") : "False";
    }
    std::string text = integerText(a_.dtype, a_.data, i);
    return std::string(width_ - text.size(), ' ') + text;
  }

private:
  const ArrayImpl &a_;
  bool scalar_;
  std::optional<FloatFormat> floats_;
  size_t width_ = 0;
};

/// The positions shown along an axis of `size`: all, or the edges.
std::vector<int64_t> shownAlong(int64_t size, bool summarize) {
  std::vector<int64_t> idx;
  if (summarize && size > 2 * kEdgeItems) {
    for (int64_t i = 0; i < kEdgeItems; ++i)
      idx.push_back(i);
    idx.push_back(-1); // the "..."
    for (int64_t i = size - kEdgeItems; i < size; ++i)
      idx.push_back(i);
  } else {
    for (int64_t i = 0; i < size; ++i)
      idx.push_back(i);
  }
  return idx;
}

/// Flat indices of every element shown.
void collectShown(const Shape &shape, bool summarize, size_t dim, int64_t offset,
                  std::vector<int64_t> &out) {
  if (dim == shape.size()) {
    out.push_back(offset);
    return;
  }
  int64_t stride = 1;
  for (size_t d = dim + 1; d < shape.size(); ++d)
    stride *= shape[d];
  for (int64_t i : shownAlong(shape[dim], summarize))
    if (i >= 0)
      collectShown(shape, summarize, dim + 1, offset + i * stride, out);
}

/// NumPy's _extendLine: appends `word`, wrapping first when the line
/// would pass `width` (unless wrapping cannot help).
void extendLine(std::string &s, std::string &line, const std::string &word, size_t width,
                const std::string &prefix) {
  if (line.size() + word.size() > width && line.size() > prefix.size()) {
    size_t end = line.find_last_not_of(' ');
    s += line.substr(0, end + 1) + "\n";
    line = prefix;
  }
  line += word;
}

/// NumPy's _formatArray recurser.
std::string formatNested(const ArrayImpl &a, const ElementFormat &format, bool summarize,
                         size_t dim, int64_t offset, const std::string &hanging,
                         size_t width) {
  const Shape &shape = a.shape;
  if (dim == shape.size())
    return format(offset);
  int64_t stride = 1;
  for (size_t d = dim + 1; d < shape.size(); ++d)
    stride *= shape[d];
  std::string nextHanging = hanging + ' ';
  size_t nextWidth = width - 1; // room for this level's ']'
  std::vector<int64_t> idx = shownAlong(shape[dim], summarize);
  std::string s;
  if (dim + 1 == shape.size()) {
    size_t elemWidth = width - 1; // room for ',' or ']'
    std::string line = hanging;
    for (size_t k = 0; k < idx.size(); ++k) {
      std::string word = idx[k] < 0 ? "..."
                                    : formatNested(a, format, summarize, dim + 1,
                                                   offset + idx[k] * stride, nextHanging,
                                                   nextWidth);
      extendLine(s, line, word, elemWidth, hanging);
      if (k + 1 < idx.size())
        line += ", ";
    }
    s += line;
  } else {
    std::string lineSep(1, ',');
    lineSep.append(shape.size() - dim - 1, '\n'); // a blank line per axis left
    for (size_t k = 0; k < idx.size(); ++k) {
      s += hanging;
      s += idx[k] < 0 ? "..." : formatNested(a, format, summarize, dim + 1,
                                             offset + idx[k] * stride, nextHanging,
                                             nextWidth);
      if (k + 1 < idx.size())
        s += lineSep;
    }
  }
  std::string out(1, '[');
  out.append(s, hanging.size());
  out += ']';
  return out;
}

} // namespace

std::ostream &operator<<(std::ostream &os, const Array &a) {
  if (a.is_traced())
    return os << "Traced<" << dtype_name(a.dtype()) << shape_str(a.shape()) << ">";
  const ArrayImpl &impl = *a.impl();
  const std::string prefix = "Array(";
  std::string body;
  if (impl.size == 0) {
    body = impl.shape == Shape{0} ? "[]" : "[], shape=" + shape_str(impl.shape);
  } else {
    bool summarize = impl.size > kThreshold;
    std::vector<int64_t> shown;
    collectShown(impl.shape, summarize, 0, 0, shown);
    ElementFormat format(impl, shown);
    // jax.Array's repr passes suffix ',' to array2string: one column less.
    // The hanging indent skips "Array(" and "[".
    body = formatNested(impl, format, summarize, 0, 0, std::string(prefix.size() + 1, ' '),
                        kLineWidth - 1);
  }
  std::string text = prefix + body;
  std::string dtype = std::string("dtype=") + dtype_name(impl.dtype) + ")";
  size_t lastLine = text.size() - (text.rfind('\n') + 1);
  // The dtype goes on a line of its own when the last one has no room.
  os << text << ',';
  if (lastLine + dtype.size() + 1 > kLineWidth)
    os << '\n' << std::string(prefix.size(), ' ');
  else
    os << ' ';
  return os << dtype;
}

std::string to_string(const Array &a) {
  std::ostringstream os;
  os << a;
  return os.str();
}

} // namespace numjit
