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

extension Sequence where Element: Hashable {
  /// The elements in order, each once.
  package func uniqued() -> [Element] {
    var seen: Set<Element> = []
    return filter { seen.insert($0).inserted }
  }
}
