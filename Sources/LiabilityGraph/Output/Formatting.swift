/// Small formatting and collection helpers shared by the project's modules.
package enum Formatting {
  /// `1.2e24`: a mantissa rounded to two decimals and a power of ten
  /// (`9.999e25` becomes `1.0e26`, not `10.0e25`). For compute and money.
  package static func scientific(_ value: Double) -> String {
    guard value > 0, value.isFinite else { return "\(value)" }
    var exponent = 0
    var mantissa = value
    while mantissa >= 10 {
      mantissa /= 10
      exponent += 1
    }
    while mantissa < 1 {
      mantissa *= 10
      exponent -= 1
    }
    var rounded = (mantissa * 100).rounded() / 100
    if rounded >= 10 {
      rounded /= 10
      exponent += 1
    }
    return "\(rounded)e\(exponent)"
  }
}

extension Formatting {
  /// A whole number below 10^15 as digits (`600`), anything else in
  /// `scientific` form: never a conversion that can trap, whatever finite
  /// value the loader accepted.
  package static func whole(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), value.magnitude < 1e15 {
      return String(Int64(value))
    }
    return scientific(value)
  }

  /// An amount in dollars: `$600`, `$1.5 million`, `$2 million`, or
  /// `$1.84e19` for amounts of a trillion dollars and more.
  package static func dollars(_ value: Double) -> String {
    guard value.isFinite else { return "$\(value)" }
    if value >= 1e6, value < 1e12 {
      let tenths = (value / 1e5).rounded()
      if tenths * 1e5 == value {
        let millions = tenths / 10
        return "$" + (millions == millions.rounded() ? whole(millions) : "\(millions)")
          + " million"
      }
    }
    if value.magnitude < 1e12 {
      return "$" + (value == value.rounded() ? whole(value) : "\(value)")
    }
    return "$" + scientific(value)
  }
}

extension Sequence where Element: Hashable {
  /// The elements in order, each once.
  package func uniqued() -> [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}

extension Array where Element: Hashable {
  /// The elements in order, each once. Most lists uniqued are a source or
  /// two long: those are compared in place, without a set.
  package func uniqued() -> [Element] {
    if count < 2 { return self }
    if count <= 8 {
      var out: [Element] = []
      out.reserveCapacity(count)
      for element in self where !out.contains(element) { out.append(element) }
      return out.count == count ? self : out
    }
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}

extension Formatting {
  /// Words as a message offers them: `a`, `a or b`, `a, b or c`.
  package static func alternatives(_ words: [String]) -> String {
    guard let last = words.last else { return "" }
    return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " or " + last
  }

  /// Words that all hold: `a`, `a and b`, `a, b and c`.
  package static func conjunction(_ words: [String]) -> String {
    guard let last = words.last else { return "" }
    return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " and " + last
  }
}
