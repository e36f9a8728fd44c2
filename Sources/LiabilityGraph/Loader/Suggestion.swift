/// "Did you mean" suggestions for misspelt keys, ids and enum values.
package enum Suggestion {
  /// The candidate closest to `word`, if it is close enough to be a likely
  /// typo (edit distance at most a third of the word, and at most 3).
  package static func closest<S: Sequence>(to word: String, in candidates: S, limit: Int? = nil)
    -> String? where S.Element == String
  {
    let target = Array(word.lowercased().unicodeScalars)
    let limit = limit ?? min(3, max(1, target.count / 3))
    var best: (String, Int)? = nil
    for candidate in candidates {
      let other = Array(candidate.lowercased().unicodeScalars)
      if abs(other.count - target.count) > limit { continue }
      let distance = editDistance(target, other, limit: limit)
      if distance <= limit, best.map({ distance < $0.1 }) ?? true {
        best = (candidate, distance)
        if distance == 0 { break }
      }
    }
    return best?.0
  }

  /// Edit distance counting an insertion, deletion, substitution or swap
  /// of neighbouring letters as one edit (optimal string alignment), giving
  /// up (returning `limit + 1`) once every path exceeds `limit`.
  static func editDistance(
    _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int
  ) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var before = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMin = current[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, before[j - 2] + 1)
        }
        current[j] = value
        rowMin = min(rowMin, value)
      }
      if rowMin > limit { return limit + 1 }
      (before, previous, current) = (previous, current, before)
    }
    return previous[b.count]
  }

  /// ` (did you mean 'x'?)` or the empty string.
  package static func hint(_ suggestion: String?) -> String {
    suggestion.map { " (did you mean '\($0)'?)" } ?? ""
  }
}
